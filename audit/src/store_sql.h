// SQL shared by the store's views (migration 2) and `compare` (internal).
//
// The summary views that ship in the database and the queries `compare`
// runs use these same expressions over the `article_metrics` view, so
// sqlite3 or Datasette users see the numbers `compare` prints. A view, once
// shipped in a migration, is frozen in existing databases: change these only
// together with a new migration that recreates the views.
#ifndef ONRECORD_STORE_SQL_H_
#define ONRECORD_STORE_SQL_H_

#include <string>

namespace onrecord {

// Per group: counts, pooled shares (sums of counts over sums of
// attributions, so an article weighs by its attributions) and the mean
// transparency index over articles that have one.
inline constexpr const char* kGroupAggregateSql = R"sql(
  COUNT(*) AS articles,
  SUM(words) AS words,
  SUM(attributions) AS attributions,
  CASE WHEN SUM(words) > 0 THEN 1000.0 * SUM(attributions) / SUM(words) END
    AS attributions_per_1000_words,
  SUM(named) AS named,
  SUM(anonymous) AS anonymous,
  SUM(vague) AS vague,
  SUM(explained) AS explained,
  CASE WHEN SUM(attributions) > 0 THEN 1.0 * SUM(named) / SUM(attributions) END AS named_share,
  CASE WHEN SUM(attributions) > 0 THEN 1.0 * SUM(anonymous) / SUM(attributions) END
    AS anonymous_share,
  CASE WHEN SUM(attributions) > 0 THEN 1.0 * SUM(vague) / SUM(attributions) END AS vague_share,
  CASE WHEN SUM(anonymous) > 0 THEN 1.0 * SUM(explained) / SUM(anonymous) END
    AS anonymity_explained,
  AVG(transparency_index) AS transparency_index_mean,
  SUM(unattributed_quotes) AS unattributed_quotes)sql";

// The group expression of each `--by` dimension, as columns of article_metrics.
inline constexpr const char* kDimensions[][2] = {
    {"outlet", "outlet"}, {"month", "month"}, {"language", "language"}, {"author", "author"}};

// Whether `published` is a date as ingest reads one (IsIsoDate with
// calendar=false in metadata_fields.h): YYYY, YYYY-MM or YYYY-MM-DD with a
// month 01-12 and a day 01-31, a time after the day allowed. Anything else
// ("2026-13-45", "March 3, 2026") is no date: no month, and --since/--until
// leave it out, as ingest's warning says.
inline constexpr const char* kDatedSql =
    "(published GLOB '[0-9][0-9][0-9][0-9]'"
    " OR (published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' AND substr(published, 6, 2) BETWEEN '01' AND '12')"
    " OR ((published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
    " OR published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][Tt ]*')"
    " AND substr(published, 6, 2) BETWEEN '01' AND '12' AND substr(published, 9, 2) BETWEEN '01' AND '31'))";

// The month (YYYY-MM) of a dated article; NULL for a year alone or no date.
// article_metrics.month since migration 6; compare computes it from
// `published` itself so a database it reads unmigrated agrees.
inline std::string MonthSql() {
  return std::string("CASE WHEN ") + kDatedSql + " AND length(published) >= 7 THEN substr(published, 1, 7) END";
}

}  // namespace onrecord

#endif  // ONRECORD_STORE_SQL_H_
