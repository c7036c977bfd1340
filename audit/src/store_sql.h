// SQL shared by the store's views (migration 2) and `compare` (internal).
//
// The summary views that ship in the database and the queries `compare`
// runs use these same expressions over the `article_metrics` view, so
// sqlite3 or Datasette users see the numbers `compare` prints. A view, once
// shipped in a migration, is frozen in existing databases: change these only
// together with a new migration that recreates the views.
#ifndef ONRECORD_STORE_SQL_H_
#define ONRECORD_STORE_SQL_H_

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

}  // namespace onrecord

#endif  // ONRECORD_STORE_SQL_H_
