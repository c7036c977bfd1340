// Group comparison over the store's views (see onrecord/compare.h).
#include "onrecord/compare.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <string>
#include <thread>

#include "ascii.h"
#include "metadata_fields.h"
#include "store_sql.h"

namespace onrecord {

namespace {

// SQL function onrecord_lower(text): lower case in every script. SQLite's
// own lower() folds ASCII only, so "Источник в министерстве" opening a
// sentence and "источник в министерстве" inside one were two phrases. The
// anonymous_phrase_uses view keeps lower() (it must work in any sqlite3
// shell); compare groups its rows again with this.
void LowerSqlFunction(sqlite3_context* context, int argc, sqlite3_value** argv) {
  if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
    sqlite3_result_null(context);
    return;
  }
  const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
  const int bytes = sqlite3_value_bytes(argv[0]);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text, bytes));
  u.toLower(icu::Locale::getRoot());
  std::string out;
  u.toUTF8String(out);
  sqlite3_result_text(context, out.data(), static_cast<int>(out.size()), SQLITE_TRANSIENT);
}

struct Filter {
  std::string where;                // " WHERE …"
  std::vector<std::string> binds;  // in order
};

Filter MakeFilter(const CompareOptions& o) {
  Filter f;
  std::vector<std::string> terms;
  // Only a dated article passes a date filter: "March 3, 2026" sorts after
  // "2026-01" as text but is no date (ingest warned it would be left out).
  if (!o.since.empty() || !o.until.empty()) terms.push_back(kDatedSql);
  if (!o.since.empty()) {
    terms.push_back("substr(published, 1, length(?)) >= ?");
    f.binds.push_back(o.since);
    f.binds.push_back(o.since);
  }
  if (!o.until.empty()) {
    terms.push_back("substr(published, 1, length(?)) <= ?");
    f.binds.push_back(o.until);
    f.binds.push_back(o.until);
  }
  if (!o.outlets.empty()) {
    std::string in = "outlet IN (";
    for (size_t i = 0; i < o.outlets.size(); ++i) {
      in += i ? ",?" : "?";
      f.binds.push_back(o.outlets[i]);
    }
    terms.push_back(in + ")");
  }
  if (o.exclude_wire) terms.push_back("coalesce(wire, 0) = 0");
  for (size_t i = 0; i < terms.size(); ++i) f.where += (i ? " AND " : " WHERE ") + terms[i];
  return f;
}

void Bind(SQLite::Statement& st, const Filter& f) {
  for (size_t i = 0; i < f.binds.size(); ++i) st.bind(static_cast<int>(i) + 1, f.binds[i]);
}

std::optional<double> OptDouble(SQLite::Statement& st, int i) {
  if (st.isColumnNull(i)) return std::nullopt;
  return st.getColumn(i).getDouble();
}

int64_t Int(SQLite::Statement& st, int i) {
  return st.isColumnNull(i) ? 0 : st.getColumn(i).getInt64();
}

bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Words of a byline piece that name a publication or a desk, not a person
// ("David Jackson, USA TODAY", "Ann Lee, Associated Press", "Staff writer"),
// among them the news agencies known by their short names ("Ann Lee, AP",
// "Tom Roe, AFP", "dpa", "Agence France-Presse").
bool AffiliationWord(const std::string& lower_word) {
  static const char* const kWords[] = {"press", "news", "today", "times", "post", "staff", "reporter",
                                       "reporters", "writer", "writers", "correspondent", "editor",
                                       "editors", "contributor", "reuters", "wire", "agency", "bureau",
                                       "network", "magazine", "journal", "tribune", "herald", "daily",
                                       "desk", "service", "ap", "afp", "upi", "dpa", "efe", "ansa", "tass",
                                       "xinhua", "kyodo", "yonhap", "agence", "france-presse"};
  for (const char* w : kWords) {
    if (lower_word == w) return true;
  }
  return false;
}

}  // namespace

// See compare.h. Separators: commas, semicolons, " and ", " & " and "|".
// A piece is cut before its first word holding "@" or ":" (a handle,
// "Email: …"), before "contributed", and after a word of four or more
// characters with a full stop; a piece left empty, opening with a
// lower-case word, "The" or a bracket, or with a word of a publication or
// desk, is no author. A byline that gives no author this
// way stays whole, so no article loses its byline.
std::vector<std::string> BylineAuthors(std::string_view byline) {
  std::string whole = TrimAsciiSpace(byline);
  whole = TrimAsciiSpace(WithoutBylineWord(whole));
  std::vector<std::string> pieces;
  {
    // " and " and " & " become commas, whatever their letter case.
    std::string lower = AsciiLower(whole);
    std::string unified;
    for (size_t i = 0; i < whole.size();) {
      if (lower.compare(i, 5, " and ") == 0) {
        unified += ',';
        i += 5;
      } else if (lower.compare(i, 3, " & ") == 0) {
        unified += ',';
        i += 3;
      } else {
        unified += (whole[i] == ';' || whole[i] == '|') ? ',' : whole[i];
        ++i;
      }
    }
    size_t start = 0;
    for (size_t i = 0; i <= unified.size(); ++i) {
      if (i == unified.size() || unified[i] == ',') {
        pieces.push_back(unified.substr(start, i - start));
        start = i + 1;
      }
    }
  }
  std::vector<std::string> out;
  std::vector<std::string> folded;
  for (const std::string& piece : pieces) {
    std::string kept;
    bool affiliation = false;
    size_t i = 0;
    while (i < piece.size()) {
      while (i < piece.size() && IsSpaceByte(piece[i])) ++i;
      size_t end = i;
      while (end < piece.size() && !IsSpaceByte(piece[end])) ++end;
      if (end == i) break;
      const std::string word = piece.substr(i, end - i);
      if (word.find('@') != std::string::npos || word.find(':') != std::string::npos) break;
      std::string bare = AsciiLower(word);
      while (!bare.empty() && (bare.back() == '.' || bare.back() == ',')) bare.pop_back();
      // "Ann Lee contributed reporting from Rome": the name is before.
      if (!kept.empty() && (bare == "contributed" || bare == "contributing")) break;
      // A piece opening with a lower-case word, "The" or a bracket is a
      // description or a publication ("the author of …", "The Valley
      // Enquirer"), not a person.
      if (kept.empty() && (bare == "the" || (word[0] >= 'a' && word[0] <= 'z') || word[0] == '(')) {
        affiliation = true;
      }
      if (word.find_first_of("()") != std::string::npos) affiliation = true;
      if (AffiliationWord(bare)) affiliation = true;
      kept += (kept.empty() ? "" : " ") + word;
      i = end;
      // A full stop after a word longer than an initial ends the name
      // ("ANN LEE. Follow Ann Lee on Twitter"); "Tess A. Moreno" goes on.
      if (word.size() > 3 && word.back() == '.' && kept.find(' ') != std::string::npos) break;
    }
    while (!kept.empty() && kept.back() == '.') kept.pop_back();
    kept = TrimAsciiSpace(kept);
    if (kept.empty() || affiliation) continue;
    std::string key = AsciiLower(kept);
    if (std::find(folded.begin(), folded.end(), key) != folded.end()) continue;
    folded.push_back(std::move(key));
    out.push_back(std::move(kept));
  }
  if (out.empty() && !whole.empty()) out.push_back(whole);
  return out;
}

namespace {

// Reads the columns of kGroupAggregateSql starting at column `c`.
void ReadAggregate(SQLite::Statement& st, int c, GroupStats* g) {
  g->articles = Int(st, c);
  g->words = Int(st, c + 1);
  g->attributions = Int(st, c + 2);
  g->attributions_per_1000_words = OptDouble(st, c + 3);
  g->named = Int(st, c + 4);
  g->anonymous = Int(st, c + 5);
  g->vague = Int(st, c + 6);
  g->explained = Int(st, c + 7);
  g->named_share = OptDouble(st, c + 8);
  g->anonymous_share = OptDouble(st, c + 9);
  g->vague_share = OptDouble(st, c + 10);
  g->anonymity_explained = OptDouble(st, c + 11);
  g->transparency_index_mean = OptDouble(st, c + 12);
  g->unattributed_quotes = Int(st, c + 13);
}

// Per-article values the bootstrap resamples.
struct ArticleValues {
  int32_t attributions;
  int32_t named;
  int32_t anonymous;
  float ti;  // NaN when the article has none
};

struct ArticleSample {
  std::vector<ArticleValues> articles;
  std::vector<double> ti_values;        // the defined ones, for the median
  uint64_t ids = 1469598103934665603ULL;  // FNV-1a over the article ids, in order
  void Add(int64_t id, const ArticleValues& v, double ti) {
    articles.push_back(v);
    if (!std::isnan(ti)) ti_values.push_back(ti);
    for (int i = 0; i < 8; ++i) {
      ids ^= static_cast<uint64_t>(id) >> (8 * i) & 0xFF;
      ids *= 1099511628211ULL;
    }
  }
};

// SplitMix64: small, fast, and the same on every platform.
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }

 private:
  uint64_t state_;
};

// The generator's seed: --seed and the articles themselves, so the same
// articles give the same interval whichever row they are in (a group that
// holds every article and the (all) row agree).
uint64_t SampleSeed(uint64_t seed, const ArticleSample& s) { return s.ids ^ (seed * 0x9E3779B97F4A7C15ULL); }

// Linear interpolation between order statistics (type 7).
double Quantile(std::vector<double>& sorted, double p) {
  if (sorted.empty()) return NAN;
  double pos = p * static_cast<double>(sorted.size() - 1);
  size_t lo = static_cast<size_t>(std::floor(pos));
  size_t hi = std::min(lo + 1, sorted.size() - 1);
  double frac = pos - static_cast<double>(lo);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * frac;
}

std::optional<Interval> Percentiles(std::vector<double>& values) {
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  return Interval{Quantile(values, 0.025), Quantile(values, 0.975)};
}

// Poisson(1) quantiles for 12-bit uniforms: weight = kPoisson[u] for u in
// [0, 4096) (the inverse CDF at the middle of each 1/4096 interval).
const std::array<uint8_t, 4096>& PoissonTable() {
  static const std::array<uint8_t, 4096> table = [] {
    std::array<uint8_t, 4096> t{};
    double p = std::exp(-1.0), cumulative = p;
    int k = 0;
    for (size_t u = 0; u < t.size(); ++u) {
      double x = (static_cast<double>(u) + 0.5) / static_cast<double>(t.size());
      while (x > cumulative && k < 20) {
        ++k;
        p /= k;
        cumulative += p;
      }
      t[u] = static_cast<uint8_t>(k);
    }
    return t;
  }();
  return table;
}

// The Poisson bootstrap: in each replicate every article gets a Poisson(1)
// weight, the large-sample equivalent of drawing the articles with
// replacement; it runs as one sequential pass over the articles, which keeps
// 100,000 articles x 1,000 replicates well under a second. A replicate whose
// weights leave no attribution (or no transparency index) is skipped.
void Bootstrap(const ArticleSample& s, const CompareOptions& o, GroupStats* g) {
  if (!s.ti_values.empty()) {
    std::vector<double> v = s.ti_values;
    std::sort(v.begin(), v.end());
    size_t n = v.size();
    g->transparency_index_median = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
  }
  // One article gives the same value in every replicate: an interval of
  // one point, which says nothing of the uncertainty. Such a group has none.
  if (o.replicates <= 0 || s.articles.size() < 2) return;
  const auto& poisson = PoissonTable();
  const size_t b = static_cast<size_t>(o.replicates);
  Rng rng(SampleSeed(o.seed, s));
  std::vector<int64_t> attr(b), named(b), anonymous(b), ti_n(b);
  std::vector<double> ti_sum(b);
  for (const ArticleValues& v : s.articles) {
    bool has_ti = !std::isnan(v.ti);
    double ti = has_ti ? v.ti : 0.0;
    for (size_t r = 0; r < b; r += 5) {
      uint64_t bits = rng.Next();  // five 12-bit uniforms
      for (size_t k = 0; k < 5 && r + k < b; ++k) {
        int64_t w = poisson[(bits >> (12 * k)) & 0xFFF];
        attr[r + k] += w * v.attributions;
        named[r + k] += w * v.named;
        anonymous[r + k] += w * v.anonymous;
        ti_n[r + k] += has_ti ? w : 0;
        ti_sum[r + k] += static_cast<double>(w) * ti;
      }
    }
  }
  std::vector<double> named_share, anonymous_share, ti_mean;
  for (size_t r = 0; r < b; ++r) {
    if (attr[r] > 0) {
      named_share.push_back(static_cast<double>(named[r]) / static_cast<double>(attr[r]));
      anonymous_share.push_back(static_cast<double>(anonymous[r]) / static_cast<double>(attr[r]));
    }
    if (ti_n[r] > 0) ti_mean.push_back(ti_sum[r] / static_cast<double>(ti_n[r]));
  }
  g->named_share_ci = Percentiles(named_share);
  g->anonymous_share_ci = Percentiles(anonymous_share);
  g->transparency_index_mean_ci = Percentiles(ti_mean);
}

bool ValidDigits(const std::string& v, size_t from, size_t to) {
  for (size_t i = from; i < to; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(v[i]))) return false;
  }
  return true;
}

}  // namespace

const char* CompareByName(CompareBy by) {
  switch (by) {
    case CompareBy::kOutlet: return "outlet";
    case CompareBy::kMonth: return "month";
    case CompareBy::kLanguage: return "language";
    case CompareBy::kAuthor: return "author";
  }
  return "outlet";
}

std::optional<CompareBy> ParseCompareBy(const std::string& name) {
  for (CompareBy by : {CompareBy::kOutlet, CompareBy::kMonth, CompareBy::kLanguage, CompareBy::kAuthor}) {
    if (name == CompareByName(by)) return by;
  }
  return std::nullopt;
}

Status ValidateDateFilter(const std::string& v, const char* option) {
  bool ok = (v.size() == 4 && ValidDigits(v, 0, 4)) ||
            (v.size() == 7 && ValidDigits(v, 0, 4) && v[4] == '-' && ValidDigits(v, 5, 7)) ||
            (v.size() == 10 && ValidDigits(v, 0, 4) && v[4] == '-' && ValidDigits(v, 5, 7) &&
             v[7] == '-' && ValidDigits(v, 8, 10));
  // A month from 01 to 12 and a day from 01 to 31 ("2016-13" is no date).
  if (ok && v.size() >= 7) {
    const int month = (v[5] - '0') * 10 + (v[6] - '0');
    ok = month >= 1 && month <= 12;
  }
  if (ok && v.size() == 10) {
    const int day = (v[8] - '0') * 10 + (v[9] - '0');
    ok = day >= 1 && day <= 31;
  }
  // A day that month has: "2016-02-30" and "2015-02-29" are no dates.
  if (ok && v.size() == 10) {
    const int year = std::stoi(v.substr(0, 4));
    const int month = (v[5] - '0') * 10 + (v[6] - '0');
    const int day = (v[8] - '0') * 10 + (v[9] - '0');
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const int days = month == 2 && leap ? 29 : kDays[month - 1];
    if (day > days) {
      return Status::Error(std::string(option) + " \"" + v + "\" is no calendar date (" + v.substr(0, 7) +
                           " has " + std::to_string(days) + " days)");
    }
  }
  if (!ok) {
    return Status::Error(std::string(option) + " must be YYYY, YYYY-MM or YYYY-MM-DD, not \"" + v + "\"");
  }
  return Status::Ok();
}

Result<Comparison> Compare(Store& store, const CompareOptions& o) {
  if (!o.since.empty()) {
    if (Status s = ValidateDateFilter(o.since, "--since"); !s.ok()) return s;
  }
  if (!o.until.empty()) {
    if (Status s = ValidateDateFilter(o.until, "--until"); !s.ok()) return s;
  }
  Comparison c;
  c.options = o;
  // A column of article_metrics, or for authors a column of a temporary
  // table that holds one row per author of each byline (BylineAuthors): a
  // co-written article is in the group of each of its authors. An author is
  // grouped whatever its letter case ("BY ANDREW ROSS SORKIN" and "By Andrew
  // Ross Sorkin" are one author), shown as first seen without the "By".
  const bool by_author = o.by == CompareBy::kAuthor;
  // The month from `published` (store_sql.h), not the view's column: a
  // database of schema 5 or older, read unmigrated, has the old month.
  const std::string dim = by_author                      ? "byline_author COLLATE NOCASE"
                          : o.by == CompareBy::kMonth ? MonthSql()
                                                      : CompareByName(o.by);
  const std::string metrics =
      by_author ? " article_metrics LEFT JOIN temp.onrecord_byline USING (article_id)" : " article_metrics";
  const std::string phrase_uses =
      by_author ? " anonymous_phrase_uses LEFT JOIN temp.onrecord_byline USING (article_id)" : " anonymous_phrase_uses";
  Filter f = MakeFilter(o);
  try {
    SQLite::Database& db = store.database();
    if (by_author) {
      // A TEMP table, which lives with the connection and never in the
      // store's file. The store opens for compare with query_only set,
      // which refuses temporary tables too; it is lifted for this table
      // only and set again whatever happens.
      const bool query_only = db.execAndGet("PRAGMA query_only").getInt() != 0;
      struct QueryOnlyAgain {
        SQLite::Database& db;
        bool restore;
        ~QueryOnlyAgain() {
          if (!restore) return;
          try {
            db.exec("PRAGMA query_only = ON");
          } catch (const SQLite::Exception&) {
            // A pragma without a write does not fail; nothing to report from here.
          }
        }
      } again{db, query_only};
      if (query_only) db.exec("PRAGMA query_only = OFF");
      db.exec("DROP TABLE IF EXISTS temp.onrecord_byline");
      db.exec("CREATE TEMP TABLE onrecord_byline (article_id INTEGER NOT NULL, byline_author TEXT NOT NULL)");
      db.exec("CREATE INDEX temp.onrecord_byline_article ON onrecord_byline (article_id)");
      SQLite::Transaction fill(db);
      SQLite::Statement read(db, "SELECT article_id, author FROM article_metrics WHERE author IS NOT NULL");
      SQLite::Statement write(db, "INSERT INTO temp.onrecord_byline VALUES (?, ?)");
      while (read.executeStep()) {
        const int64_t id = read.getColumn(0).getInt64();
        for (const std::string& author : BylineAuthors(read.getColumn(1).getString())) {
          write.bind(1, id);
          write.bind(2, author);
          write.exec();
          write.reset();
        }
      }
      fill.commit();
    }
    if (!o.outlets.empty()) {
      // A mistyped outlet is an error naming it, not a group that is
      // silently missing (or an all-zero table when it is the only one).
      std::vector<std::string> known;
      SQLite::Statement st(db, "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet");
      while (st.executeStep()) known.push_back(st.getColumn(0).getString());
      for (const auto& outlet : o.outlets) {
        if (std::find(known.begin(), known.end(), outlet) != known.end()) continue;
        std::string list;
        for (size_t i = 0; i < known.size() && i < 12; ++i) list += (i ? ", " : "") + known[i];
        if (known.size() > 12) list += ", …";
        return Status::Error("--outlet '" + outlet + "' matches no article in the database (" +
                                 (known.empty() ? std::string("it has no outlet") : "its outlets: " + list) +
                                 "; names are compared exactly)",
                             store.path());
      }
    }
    std::map<std::string, size_t> index;
    std::optional<size_t> null_index;
    auto slot = [&](SQLite::Statement& st, int col) -> size_t {
      if (st.isColumnNull(col)) {
        if (!null_index) {
          null_index = c.groups.size();
          c.groups.emplace_back();
        }
        return *null_index;
      }
      std::string key = st.getColumn(col).getString();
      const std::string folded = by_author ? AsciiLower(key) : key;  // as NOCASE folds
      auto [it, added] = index.emplace(folded, c.groups.size());
      if (added) {
        c.groups.emplace_back();
        c.groups.back().group = key;
      }
      return it->second;
    };
    {
      SQLite::Statement st(db, "SELECT " + dim + " AS grp," + kGroupAggregateSql +
                                   "\nFROM" + metrics + f.where + " GROUP BY " + dim);
      Bind(st, f);
      while (st.executeStep()) ReadAggregate(st, 1, &c.groups[slot(st, 0)]);
    }
    {
      SQLite::Statement st(db, std::string("SELECT") + kGroupAggregateSql + "\nFROM article_metrics" + f.where);
      Bind(st, f);
      if (st.executeStep()) ReadAggregate(st, 0, &c.all);
    }
    if (!o.since.empty() || !o.until.empty()) {
      // The articles a date filter leaves out for having no date, counted
      // so that the reports say so (left44: they went unmentioned).
      CompareOptions undated = o;
      undated.since.clear();
      undated.until.clear();
      Filter u = MakeFilter(undated);
      u.where += std::string(u.where.empty() ? " WHERE " : " AND ") + "coalesce(" + kDatedSql + ", 0) = 0";
      SQLite::Statement st(db, "SELECT COUNT(*) FROM articles" + u.where);
      Bind(st, u);
      if (st.executeStep()) c.undated = st.getColumn(0).getInt64();
    }
    const bool filtered = !o.since.empty() || !o.until.empty() || !o.outlets.empty() || o.exclude_wire;
    if (filtered && c.all.articles == 0) {
      // Every filter alike: an empty selection is an error that says so,
      // never a table of zeros that reads as a result.
      std::vector<std::string> parts;
      if (!o.since.empty()) parts.push_back("--since " + o.since);
      if (!o.until.empty()) parts.push_back("--until " + o.until);
      for (const auto& outlet : o.outlets) parts.push_back("--outlet " + outlet);
      if (o.exclude_wire) parts.push_back("--exclude-wire");
      std::string list;
      for (size_t i = 0; i < parts.size(); ++i) list += (i ? ", " : "") + parts[i];
      const std::string undated = UndatedNote(c);
      return Status::Error("no article matches the filters (" + list + ")" + (undated.empty() ? "" : "; " + undated),
                           store.path());
    }
    {
      SQLite::Statement st(db, "SELECT coalesce(rules_hash, ''), coalesce(tool_version, ''), COUNT(*) FROM articles" +
                                   f.where + " GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2");
      Bind(st, f);
      while (st.executeStep()) {
        c.audited_with.push_back(
            {st.getColumn(0).getString(), st.getColumn(1).getString(), st.getColumn(2).getInt64()});
      }
    }
    {
      // Runs that never recorded an end (a database of the first schema has no `runs`).
      SQLite::Statement has(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'runs'");
      if (has.executeStep()) {
        // A later run that completed went over its inputs again (a re-run
        // continues where the killed one stopped), so only a killed run with
        // none after it is unfinished business.
        // Schema 4 records each run's pid and host (a database of schema 3
        // is read as it is): a run whose process is gone was killed.
        SQLite::Statement cols(db, "SELECT 1 FROM pragma_table_info('runs') WHERE name = 'pid'");
        const bool has_pid = cols.executeStep();
        // An `audit --db` run (cli54) read only the files it was given:
        // what completes it is a later ingest, or the same audit run again
        // to its end (same inputs), never an audit of other files; and a
        // later audit does not complete an ingest.
        SQLite::Statement st(
            db, std::string("SELECT r.id, r.started_at, (SELECT COUNT(*) FROM articles a WHERE a.run_id = r.id), "
                            "r.status, ") +
                    (has_pid ? "r.pid, r.host, " : "NULL, NULL, ") +
                    "r.command FROM runs r WHERE r.status IN ('running', 'abandoned', 'interrupted', 'failed') AND "
                    "NOT EXISTS (SELECT 1 FROM runs later WHERE later.id > r.id AND later.status IN ('completed', "
                    "'completed-with-errors') AND (later.command LIKE 'ingest%' OR (later.command = r.command AND "
                    "later.inputs IS r.inputs))) ORDER BY r.id");
        while (st.executeStep()) {
          UnfinishedRun run{st.getColumn(0).getInt64(), st.getColumn(1).getString(), st.getColumn(2).getInt64()};
          // An interrupted (Ctrl-C) or failed run stopped by itself and said
          // so when it did; it is unfinished all the same (fixed in left44:
          // only `running` and `abandoned` runs were warned about).
          run.status = st.getColumn(3).getString();
          const bool stopped = run.status == "interrupted" || run.status == "failed";
          run.abandoned = !stopped && (run.status == "abandoned" ||
                                       (!st.getColumn(4).isNull() && !st.getColumn(5).isNull() &&
                                        Store::RunProcessGone(st.getColumn(5).getString(), st.getColumn(4).getInt64())));
          run.command = st.getColumn(6).getString();
          c.unfinished_runs.push_back(std::move(run));
        }
      }
    }
    std::vector<ArticleSample> samples(c.groups.size());
    ArticleSample all_sample;
    {
      // Read in index order (fast), then put the articles in id order: the
      // bootstrap's weights follow that order, so the intervals do not
      // depend on the query plan.
      struct Row {
        int64_t id;
        size_t group;
        ArticleValues values;
        double ti;  // NaN: none
      };
      std::vector<Row> rows;
      SQLite::Statement st(db, "SELECT " + dim +
                                   ", attributions, named, anonymous, transparency_index, article_id "
                                   "FROM" + metrics + f.where);
      Bind(st, f);
      while (st.executeStep()) {
        double ti = st.isColumnNull(4) ? NAN : st.getColumn(4).getDouble();
        rows.push_back({st.getColumn(5).getInt64(), slot(st, 0),
                        ArticleValues{st.getColumn(1).getInt(), st.getColumn(2).getInt(),
                                      st.getColumn(3).getInt(), static_cast<float>(ti)},
                        ti});
      }
      std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.id < b.id; });
      // A co-written article has a row per author; all articles together
      // count it once (its rows are neighbours after the sort).
      std::optional<int64_t> last_id;
      for (const Row& r : rows) {
        if (r.group >= samples.size()) samples.resize(r.group + 1);
        samples[r.group].Add(r.id, r.values, r.ti);
        if (last_id != r.id) all_sample.Add(r.id, r.values, r.ti);
        last_id = r.id;
      }
    }
    // The groups on this thread, all articles together on another.
    std::thread all_thread([&] { Bootstrap(all_sample, o, &c.all); });
    for (size_t i = 0; i < c.groups.size(); ++i) Bootstrap(samples[i], o, &c.groups[i]);
    all_thread.join();
    if (o.top_phrases > 0) {
      db.createFunction("onrecord_lower", 1, true, nullptr, LowerSqlFunction);
      SQLite::Statement st(db, "SELECT " + dim +
                                   ", onrecord_lower(phrase), COUNT(*) AS uses, COUNT(DISTINCT article_id) "
                                   "FROM" +
                                   phrase_uses + f.where + " GROUP BY 1, 2 ORDER BY 1, 3 DESC, 4 DESC, 2");
      Bind(st, f);
      while (st.executeStep()) {
        GroupStats& g = c.groups[slot(st, 0)];
        if (static_cast<int>(g.anonymous_phrases.size()) < o.top_phrases) {
          g.anonymous_phrases.push_back(
              {st.getColumn(1).getString(), st.getColumn(2).getInt64(), st.getColumn(3).getInt64()});
        }
      }
      // All articles together, counted once each (a co-written article is in
      // more than one author's group, so the groups' counts do not add up).
      SQLite::Statement all(db, "SELECT onrecord_lower(phrase), COUNT(*) AS uses, COUNT(DISTINCT article_id) "
                                "FROM anonymous_phrase_uses" +
                                    f.where + " GROUP BY 1 ORDER BY 2 DESC, 3 DESC, 1 LIMIT " +
                                    std::to_string(o.top_phrases));
      Bind(all, f);
      while (all.executeStep()) {
        c.all.anonymous_phrases.push_back(
            {all.getColumn(0).getString(), all.getColumn(1).getInt64(), all.getColumn(2).getInt64()});
      }
    }
  } catch (const SQLite::Exception& e) {
    return Status::Error(std::string("cannot read the database: ") + e.what(), store.path());
  }
  // Groups in order of their value (months sort as text); no value last.
  std::stable_sort(c.groups.begin(), c.groups.end(), [](const GroupStats& a, const GroupStats& b) {
    if (!a.group || !b.group) return a.group.has_value() && !b.group.has_value();
    return *a.group < *b.group;
  });
  return c;
}

}  // namespace onrecord
