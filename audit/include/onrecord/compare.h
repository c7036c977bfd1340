// Cross-outlet comparison (`onrecord compare`): per group of articles
// (outlet, month, language or author) the counts and shares of the store's
// `article_metrics` view, aggregated with the same SQL as the summary views
// that ship in the database, plus what SQL cannot give simply: medians,
// seeded bootstrap 95% intervals over articles, and the most frequent
// anonymous-source phrases.
//
// Shares are pooled: a group's anonymous share is its anonymous
// attributions over its attributions. Intervals come from a Poisson
// bootstrap over the group's articles (each replicate weighs every article
// by a Poisson(1) draw; attributions cluster within articles), so they are
// wider than a per-attribution interval would be; the same seed, data and
// options give the same intervals.
//
// Errors: a bad date filter or an unreadable database gives a Status.
// Cost: one pass over the filtered articles plus replicates x articles for
// the bootstrap. Thread-safety: Compare uses the Store it is given (one
// thread at a time); the formatters are pure.
#ifndef ONRECORD_COMPARE_H_
#define ONRECORD_COMPARE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "onrecord/status.h"
#include "onrecord/store.h"

namespace onrecord {

enum class CompareBy { kOutlet, kMonth, kLanguage, kAuthor };

// The authors of a stored byline, as `compare --by author` groups them:
// without a leading "By", split at commas, semicolons, " and ", " & " and
// "|"; contact details ("@handle", "Email: …"), what follows a name's
// full stop ("ANN LEE. Follow Ann Lee on Twitter") or "contributed", and
// pieces naming a publication, a desk or a description ("USA TODAY",
// "Associated Press", "Staff writer", "The Valley Enquirer", "the author
// of …") left out; duplicates (ignoring ASCII letter case) once, first
// spelling kept. "By Ann Lee and Tom Roe, Daily Post" gives {"Ann Lee", "Tom Roe"}.
// A byline that yields no author this way is returned whole (trimmed,
// without "By"); an empty byline gives nothing. Pure; thread-safe.
std::vector<std::string> BylineAuthors(std::string_view byline);
const char* CompareByName(CompareBy by);
std::optional<CompareBy> ParseCompareBy(const std::string& name);

struct CompareOptions {
  CompareBy by = CompareBy::kOutlet;
  std::string since;  // "YYYY", "YYYY-MM" or "YYYY-MM-DD"; inclusive; empty = open
  std::string until;  // inclusive at its own precision ("2016-03" includes March)
  std::vector<std::string> outlets;  // empty: every outlet
  bool exclude_wire = false;         // leave out articles marked as wire copy
  int replicates = 1000;             // bootstrap replicates (0: no intervals)
  uint64_t seed = 20160101;
  int top_phrases = 5;
};

struct Interval {
  double low = 0.0;
  double high = 0.0;
};

struct PhraseCount {
  std::string phrase;  // lower-cased
  int64_t uses = 0;
  int64_t articles = 0;
};

struct GroupStats {
  std::optional<std::string> group;  // nullopt: articles without a value
  int64_t articles = 0;
  int64_t words = 0;
  int64_t attributions = 0;
  int64_t named = 0;
  int64_t anonymous = 0;
  int64_t vague = 0;
  int64_t explained = 0;
  int64_t unattributed_quotes = 0;
  // Null when undefined (no words, no attributions, no anonymous ones).
  std::optional<double> attributions_per_1000_words;
  std::optional<double> named_share;
  std::optional<double> anonymous_share;
  std::optional<double> vague_share;
  std::optional<double> anonymity_explained;
  std::optional<double> transparency_index_mean;    // over articles that have one
  std::optional<double> transparency_index_median;
  std::optional<Interval> named_share_ci;
  std::optional<Interval> anonymous_share_ci;
  std::optional<Interval> transparency_index_mean_ci;
  std::vector<PhraseCount> anonymous_phrases;
};

// The rule set and onrecord version a share of the selected articles was
// audited with (articles.rules_hash, articles.tool_version).
struct AuditedWith {
  std::string rules_hash;
  std::string tool_version;
  int64_t articles = 0;
};

// An ingest run that did not go over all its inputs, with no completed
// ingest after it: still `running` (killed outright, SIGKILL, a crash, a
// power cut, or in progress now), `abandoned` (killed), `interrupted`
// (stopped by SIGINT or SIGTERM, Ctrl-C) or `failed` (stopped by a database
// error). What it committed before it stopped is in the comparison; the rest
// of its inputs are not.
struct UnfinishedRun {
  int64_t id = 0;
  std::string started_at;  // UTC, "2026-12-04T21:00:00Z"
  int64_t articles = 0;    // articles it last wrote that the comparison holds
  // Its process is known to be gone (a later ingest recorded it "abandoned",
  // or it was started on this host by a process that no longer exists):
  // killed, not still running. False for an interrupted or failed run.
  bool abandoned = false;
  // runs.status: "running", "abandoned", "interrupted" or "failed".
  std::string status = "running";
  // runs.command: "ingest", "ingest --results" or "audit" (`audit --db`).
  std::string command = "ingest";
};

struct Comparison {
  CompareOptions options;
  // Runs that stopped before the end of their inputs (UnfinishedRun), oldest
  // first: the reports warn.
  std::vector<UnfinishedRun> unfinished_runs;
  // Every (rules hash, version) of the selected articles, most articles
  // first. More than one means the groups may differ because the rules did:
  // the reports warn.
  std::vector<AuditedWith> audited_with;
  // With --since or --until: the articles the other filters keep that have
  // no publication date (none, or one that is no YYYY[-MM[-DD]] date) and
  // so are left out; the reports say how many. 0 without a date filter.
  int64_t undated = 0;
  std::vector<GroupStats> groups;  // by group value (months in order); no value last
  GroupStats all;                  // every selected article
};

// Checks a --since/--until value.
Status ValidateDateFilter(const std::string& value, const char* option);

Result<Comparison> Compare(Store& store, const CompareOptions& options);

// Output formats. JSON is schema "onrecord/compare-1"; CSV has one row per
// group plus "(all)"; HTML is one self-contained page (inline CSS and SVG
// bar charts, no scripts, no network), every text escaped.
// The warning the reports carry when the selected articles were audited
// with more than one rule set or version; empty otherwise.
std::string MixedRulesWarning(const Comparison& c);
// The warning the reports carry when an ingest run never finished (its
// status is `running`, `abandoned`, `interrupted` or `failed`, with no
// completed ingest after it); empty otherwise.
std::string UnfinishedRunsWarning(const Comparison& c);
// "N articles with no publication date are left out by --since/--until"
// when a date filter left undated articles out; empty otherwise.
std::string UndatedNote(const Comparison& c);

std::string ComparisonToJson(const Comparison& c);
std::string ComparisonToCsv(const Comparison& c);
std::string ComparisonToTable(const Comparison& c);
std::string ComparisonToMarkdown(const Comparison& c);
std::string ComparisonToHtml(const Comparison& c);

}  // namespace onrecord

#endif  // ONRECORD_COMPARE_H_
