// Group comparison over the store's views (see onrecord/compare.h).
#include "onrecord/compare.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "store_sql.h"

namespace onrecord {

namespace {

struct Filter {
  std::string where;                // " WHERE …"
  std::vector<std::string> binds;  // in order
};

Filter MakeFilter(const CompareOptions& o) {
  Filter f;
  std::vector<std::string> terms;
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
struct ArticleSample {
  std::vector<int32_t> attributions, named, anonymous;
  std::vector<double> ti;  // NaN when the article has none
  std::vector<double> ti_values;  // the defined ones, for the median
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
  // Uniform in [0, n) for n < 2^32 (multiply-shift of the high 32 bits:
  // the relative bias is below n / 2^32).
  size_t Below(size_t n) { return static_cast<size_t>(((Next() >> 32) * n) >> 32); }

 private:
  uint64_t state_;
};

uint64_t GroupSeed(uint64_t seed, const std::optional<std::string>& group) {
  uint64_t h = 1469598103934665603ULL;  // FNV-1a
  std::string key = group ? "v:" + *group : std::string("null");
  for (unsigned char c : key) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h ^ (seed * 0x9E3779B97F4A7C15ULL);
}

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

void Bootstrap(const ArticleSample& s, const CompareOptions& o, GroupStats* g) {
  if (!s.ti_values.empty()) {
    std::vector<double> v = s.ti_values;
    std::sort(v.begin(), v.end());
    size_t n = v.size();
    g->transparency_index_median = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
  }
  size_t n = s.attributions.size();
  if (o.replicates <= 0 || n == 0) return;
  Rng rng(GroupSeed(o.seed, g->group));
  std::vector<double> named, anonymous, ti;
  named.reserve(static_cast<size_t>(o.replicates));
  anonymous.reserve(static_cast<size_t>(o.replicates));
  ti.reserve(static_cast<size_t>(o.replicates));
  for (int r = 0; r < o.replicates; ++r) {
    int64_t attr = 0, nm = 0, an = 0, ti_n = 0;
    double ti_sum = 0;
    for (size_t i = 0; i < n; ++i) {
      size_t k = rng.Below(n);
      attr += s.attributions[k];
      nm += s.named[k];
      an += s.anonymous[k];
      double t = s.ti[k];
      if (!std::isnan(t)) {
        ti_sum += t;
        ++ti_n;
      }
    }
    if (attr > 0) {
      named.push_back(static_cast<double>(nm) / static_cast<double>(attr));
      anonymous.push_back(static_cast<double>(an) / static_cast<double>(attr));
    }
    if (ti_n > 0) ti.push_back(ti_sum / static_cast<double>(ti_n));
  }
  g->named_share_ci = Percentiles(named);
  g->anonymous_share_ci = Percentiles(anonymous);
  g->transparency_index_mean_ci = Percentiles(ti);
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
  const std::string dim = CompareByName(o.by);  // a column of article_metrics
  Filter f = MakeFilter(o);
  try {
    SQLite::Database& db = store.database();
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
      auto [it, added] = index.emplace(key, c.groups.size());
      if (added) {
        c.groups.emplace_back();
        c.groups.back().group = key;
      }
      return it->second;
    };
    {
      SQLite::Statement st(db, "SELECT " + dim + " AS grp," + kGroupAggregateSql +
                                   "\nFROM article_metrics" + f.where + " GROUP BY " + dim);
      Bind(st, f);
      while (st.executeStep()) ReadAggregate(st, 1, &c.groups[slot(st, 0)]);
    }
    {
      SQLite::Statement st(db, std::string("SELECT") + kGroupAggregateSql + "\nFROM article_metrics" + f.where);
      Bind(st, f);
      if (st.executeStep()) ReadAggregate(st, 0, &c.all);
    }
    std::vector<ArticleSample> samples(c.groups.size());
    ArticleSample all_sample;
    {
      SQLite::Statement st(db, "SELECT " + dim +
                                   ", attributions, named, anonymous, transparency_index "
                                   "FROM article_metrics" +
                                   f.where + " ORDER BY article_id");
      Bind(st, f);
      while (st.executeStep()) {
        size_t g = slot(st, 0);
        if (g >= samples.size()) samples.resize(g + 1);
        for (ArticleSample* s : {&samples[g], &all_sample}) {
          s->attributions.push_back(st.getColumn(1).getInt());
          s->named.push_back(st.getColumn(2).getInt());
          s->anonymous.push_back(st.getColumn(3).getInt());
          double ti = st.isColumnNull(4) ? NAN : st.getColumn(4).getDouble();
          s->ti.push_back(ti);
          if (!std::isnan(ti)) s->ti_values.push_back(ti);
        }
      }
    }
    for (size_t i = 0; i < c.groups.size(); ++i) Bootstrap(samples[i], o, &c.groups[i]);
    Bootstrap(all_sample, o, &c.all);
    if (o.top_phrases > 0) {
      SQLite::Statement st(db, "SELECT " + dim +
                                   ", phrase, COUNT(*) AS uses, COUNT(DISTINCT article_id) "
                                   "FROM anonymous_phrase_uses" +
                                   f.where + " GROUP BY 1, 2 ORDER BY 1, 3 DESC, 4 DESC, 2");
      Bind(st, f);
      while (st.executeStep()) {
        GroupStats& g = c.groups[slot(st, 0)];
        if (static_cast<int>(g.anonymous_phrases.size()) >= o.top_phrases) continue;
        g.anonymous_phrases.push_back(
            {st.getColumn(1).getString(), st.getColumn(2).getInt64(), st.getColumn(3).getInt64()});
      }
      SQLite::Statement all(db,
                            "SELECT phrase, COUNT(*) AS uses, COUNT(DISTINCT article_id) "
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
