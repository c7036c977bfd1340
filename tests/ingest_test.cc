// `onrecord ingest`: metadata and outlets, idempotence, identical texts,
// failures, the sharded --results path, and faults (kill, concurrent
// ingests, unusable databases).
#include <SQLiteCpp/SQLiteCpp.h>
#include <signal.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <memory>
#include <optional>
#include <nlohmann/json.hpp>
#include <thread>

#include "onrecord/ingest.h"
#include "test_util.h"

namespace onrecord {
namespace {

using testing::ReadFile;
using testing::RunCli;
using testing::TempDir;
using testing::WriteFile;
namespace fs = std::filesystem;

const char* kNamed = "\"We will win,\" Mayor Ana Ruiz said.\n";
const char* kVague = "Prices will rise, people familiar with the matter said.\n";

int64_t Query(const fs::path& db, const std::string& sql) {
  SQLite::Database d(db.string(), SQLite::OPEN_READONLY);
  return d.execAndGet(sql).getInt64();
}

std::string QueryText(const fs::path& db, const std::string& sql) {
  SQLite::Database d(db.string(), SQLite::OPEN_READONLY);
  return d.execAndGet(sql).getString();
}

std::string IntegrityCheck(const fs::path& db) {
  SQLite::Database d(db.string(), SQLite::OPEN_READONLY);
  return d.execAndGet("PRAGMA integrity_check").getString();
}

// An article whose text is unique to `i`, with one named and one vague
// anonymous attribution and some filler to give the audit work.
std::string Synthetic(int i) {
  std::string s = "Report number " + std::to_string(i) + " on the harbour budget.\n\n";
  s += "\"We will win the vote on item " + std::to_string(i) + ",\" Mayor Ana Ruiz said.\n\n";
  s += "Prices will rise by " + std::to_string(i % 17) +
       " percent, people familiar with the matter said.\n\n";
  for (int p = 0; p < 12; ++p) {
    s += "The council met again on day " + std::to_string(p + i) +
         " and reviewed the dredging contract, the ferry timetable and the cost of new cranes "
         "for the container terminal.\n\n";
  }
  return s;
}

// Runs the CLI with `args` under `ulimit -f blocks` (512-byte blocks in sh;
// the limit binds root too) and returns its standard output and error,
// followed by "exit=N". Output goes through a pipe, as the limit would stop
// writes to a file as well; `scratch` holds it.
std::string RunWithFileLimit(int blocks, const std::vector<std::string>& args, const fs::path& scratch) {
  std::string cmd = "{ (ulimit -f " + std::to_string(blocks) + "; exec " + testing::ShellQuote(testing::Binary());
  for (const auto& a : args) cmd += " " + testing::ShellQuote(a);
  cmd += ") 2>&1; echo \"exit=$?\"; } | cat > " + testing::ShellQuote(scratch.string());
  REQUIRE(std::system(("sh -c " + testing::ShellQuote(cmd)).c_str()) == 0);
  return ReadFile(scratch);
}

void WriteCorpus(const fs::path& dir, int from, int to) {
  for (int i = from; i < to; ++i) WriteFile(dir / ("story-" + std::to_string(i) + ".txt"), Synthetic(i));
}

// Waits until the committed articles in `db` reach `at_least` (or two
// minutes pass); returns how many there were.
int64_t WaitForCommitted(const fs::path& db, int64_t at_least) {
  int64_t committed = 0;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    if (!fs::exists(db)) continue;
    try {
      committed = Query(db, "SELECT COUNT(*) FROM articles");
    } catch (const SQLite::Exception&) {
      continue;  // schema not there yet
    }
    if (committed >= at_least) break;
  }
  return committed;
}

TEST_CASE("ingest metadata: TSV keyed by stem, as PolNeAR's metadata.tsv") {
  auto t = MetadataTable::Parse(
      "compartment\tfilename\tpublisher\tpublication_date\tauthor\ttitle\twire\n"
      "train\tnyt_2016-01-02_a\tnyt\t2016-01-02\tJo Doe\tA \"quoted\" title\tNone\n"
      "train\tbb_2016-02-03_b\tbreitbart\t2016-02-03\tAP\tB\tAP\n"
      "train\twj_c\twest-journal\t2016-03-04\tX\tC\tNA\n",
      "metadata.tsv", false);
  REQUIRE(t.ok());
  CHECK(t->size() == 3);
  const Metadata* a = t->Find("../shared/text/nyt_2016-01-02_a.txt", std::nullopt);
  REQUIRE(a);
  CHECK(a->outlet == std::optional<std::string>("nyt"));
  CHECK(a->published == std::optional<std::string>("2016-01-02"));
  CHECK(a->title == std::optional<std::string>("A \"quoted\" title"));
  CHECK(a->wire == std::optional<bool>(false));
  CHECK(t->Find("bb_2016-02-03_b.txt", std::nullopt)->wire == std::optional<bool>(true));
  CHECK_FALSE(t->Find("wj_c.txt", std::nullopt)->wire.has_value());
  CHECK(t->Find("other.txt", std::nullopt) == nullptr);
}

TEST_CASE("ingest metadata: CSV with quoted fields, keyed by file name or id") {
  auto t = MetadataTable::Parse(
      "file,outlet,date,title\n"
      "a.txt,\"Smith, Jones & Co\",2020-05-01,\"He said \"\"no\"\"\"\n"
      "42,Wire Desk,2020-05-02,\"two\nlines\"\n",
      "m.csv", true);
  REQUIRE(t.ok());
  const Metadata* a = t->Find("dir/a.txt", std::nullopt);
  REQUIRE(a);
  CHECK(a->outlet == std::optional<std::string>("Smith, Jones & Co"));
  CHECK(a->title == std::optional<std::string>("He said \"no\""));
  const Metadata* b = t->Find("feed.jsonl", std::string("42"));
  REQUIRE(b);
  CHECK(b->title == std::optional<std::string>("two\nlines"));
}

TEST_CASE("ingest metadata: errors name path:line:column") {
  auto no_key = MetadataTable::Parse("outlet,date\nX,2020\n", "m.csv", true);
  REQUIRE_FALSE(no_key.ok());
  CHECK(no_key.status().ToString() == "m.csv:1:1: no key column: the header needs one of filename, file, name, path or id");
  auto twice = MetadataTable::Parse("file\toutlet\na\tX\nb\tY\na\tZ\n", "m.tsv", false);
  REQUIRE_FALSE(twice.ok());
  CHECK(twice.status().line() == 4);
  auto open_quote = MetadataTable::Parse("file,outlet\na,\"X\nb,Y\n", "m.csv", true);
  REQUIRE_FALSE(open_quote.ok());
  CHECK(open_quote.status().line() == 2);
  CHECK(open_quote.status().column() == 3);
  // Regression: a row wider than the header (an unquoted comma in a value)
  // was read with its cells shifted, in silence.
  auto wide = MetadataTable::Parse("file,outlet,date\na,Smith, Jones,2016-01-02\n", "m.csv", true);
  REQUIRE_FALSE(wide.ok());
  CHECK(wide.status().ToString() ==
        "m.csv:2:16: row has 4 fields but the header has 3 (a value holding the separator needs double quotes)");
  // Trailing empty fields (a separator at the end of the row) are no error.
  auto trailing = MetadataTable::Parse("file\toutlet\na\tX\t\t\n", "m.tsv", false);
  CHECK(trailing.ok());
}

// Regression: PolNeAR's metadata.tsv writes None for a missing author, and
// `compare --by author` listed "None" (127 articles) beside "(none)".
TEST_CASE("ingest metadata: None, NA, null and bare separators are missing values") {
  auto table = MetadataTable::Parse(
      "filename\tpublisher\tauthor\ttitle\tpublication_date\n"
      "a\tDaily\tNone\tnull\tNA\n"
      "b\tDaily\t, ,\tN/A\t2016-01-02\n"
      "c\tDaily\tNone Such\tNone of the above\t2016-01-03\n",
      "m.tsv", false);
  REQUIRE(table.ok());
  const Metadata* a = table->Find("a.txt", std::nullopt);
  REQUIRE(a);
  CHECK_FALSE(a->author.has_value());
  CHECK_FALSE(a->title.has_value());
  CHECK_FALSE(a->published.has_value());
  CHECK(table->warnings().empty());  // NA is no date to warn about
  const Metadata* b = table->Find("b.txt", std::nullopt);
  REQUIRE(b);
  CHECK_FALSE(b->author.has_value());
  CHECK_FALSE(b->title.has_value());
  const Metadata* c = table->Find("c.txt", std::nullopt);
  REQUIRE(c);
  CHECK(c->author == std::optional<std::string>("None Such"));
  CHECK(c->title == std::optional<std::string>("None of the above"));
}

TEST_CASE("ingest metadata: dates must be days of the calendar") {
  auto table = MetadataTable::Parse(
      "file,date\na,2016-02-29\nb,2015-02-29\nc,2016-04-31T08:00:00Z\nd,2016-13-01\ne,2016-12-31\n", "m.csv",
      true);
  REQUIRE(table.ok());
  std::vector<std::string> warned;
  for (const auto& w : table->warnings()) warned.push_back(std::to_string(w.line()) + ": " + w.message());
  REQUIRE(warned.size() == 3);
  CHECK_THAT(warned[0], Catch::StartsWith("3: publication date '2015-02-29' has a day its month does not have"));
  CHECK_THAT(warned[1], Catch::StartsWith("4: publication date '2016-04-31T08:00:00Z' has a day"));
  CHECK_THAT(warned[2], Catch::StartsWith("5: publication date '2016-13-01' is not a date"));
}

TEST_CASE("ingest: the outlet comes from --outlet, the record, the table, the URL host, the directory") {
  MetadataTable table = *MetadataTable::Parse("filename\tpublisher\nstory\tTable Times\n", "m.tsv", false);
  Metadata m;
  ApplyIngestMetadata(&m, "/x/dirname/story.txt", "", &table);
  CHECK(m.outlet == std::optional<std::string>("Table Times"));
  Metadata rec;
  rec.outlet = "Record Post";
  ApplyIngestMetadata(&rec, "/x/dirname/story.txt", "", &table);
  CHECK(rec.outlet == std::optional<std::string>("Record Post"));
  Metadata forced;
  forced.outlet = "Record Post";
  ApplyIngestMetadata(&forced, "/x/dirname/story.txt", "Forced", &table);
  CHECK(forced.outlet == std::optional<std::string>("Forced"));
  Metadata url;
  url.url = "https://www.Example.org:8080/news/1";
  ApplyIngestMetadata(&url, "/x/dirname/other.txt", "", &table);
  CHECK(url.outlet == std::optional<std::string>("example.org"));
  Metadata dir;
  ApplyIngestMetadata(&dir, "/x/dirname/other.txt", "", &table);
  CHECK(dir.outlet == std::optional<std::string>("dirname"));
  Metadata stdin_doc;
  ApplyIngestMetadata(&stdin_doc, "-", "", nullptr);
  CHECK_FALSE(stdin_doc.outlet.has_value());
  // A stored row's fields fill what this run did not give, before any guess.
  Metadata stored;
  stored.outlet = "Daily";
  stored.title = "Harbour vote";
  Metadata again;
  ApplyGivenMetadata(&again, "/x/dirname/other.txt", "", &table, nullptr);
  CHECK_FALSE(again.outlet.has_value());
  CompleteIngestMetadata(&again, "/x/dirname/other.txt", &stored);
  CHECK(again.outlet == std::optional<std::string>("Daily"));
  CHECK(again.title == std::optional<std::string>("Harbour vote"));
  Metadata given;
  given.outlet = "Record Post";
  CompleteIngestMetadata(&given, "/x/dirname/other.txt", &stored);
  CHECK(given.outlet == std::optional<std::string>("Record Post"));
  CHECK_FALSE(UrlHost("ftp://example.org/x").has_value());
  CHECK(UrlHost("http://user@news.example.com/a?b") == std::optional<std::string>("news.example.com"));
}

TEST_CASE("ingest: corpus articles ingested twice, the second run adds nothing") {
  TempDir tmp;
  fs::path db = tmp / "c.db";
  // The team's articles (corpus/gold holds annotations, not articles).
  std::string corpus = (testing::SourceDir() / "corpus" / "*.txt").string();
  auto first = RunCli({"ingest", corpus, "--db", db.string(), "-j", "2"});
  INFO(first.err);
  REQUIRE(first.exit_code == 0);
  int64_t n = Query(db, "SELECT COUNT(*) FROM articles");
  CHECK(n >= 10);
  CHECK_THAT(first.out, Catch::Contains(std::to_string(n) + " added"));
  CHECK(first.err.empty());  // no progress line: stderr is not a terminal
  int64_t max_id = Query(db, "SELECT MAX(id) FROM articles");
  int64_t attributions = Query(db, "SELECT COUNT(*) FROM attributions");
  auto second = RunCli({"ingest", corpus, "--db", db.string()});
  REQUIRE(second.exit_code == 0);
  CHECK_THAT(second.out, Catch::Contains("0 added, 0 updated, " + std::to_string(n) + " unchanged"));
  CHECK_THAT(second.out, Catch::Contains("0 audited"));
  CHECK(Query(db, "SELECT COUNT(*) FROM articles") == n);
  CHECK(Query(db, "SELECT MAX(id) FROM articles") == max_id);
  CHECK(Query(db, "SELECT COUNT(*) FROM attributions") == attributions);
  CHECK(Query(db, "SELECT COUNT(*) FROM runs WHERE status = 'completed'") == 2);
  CHECK(Query(db, "SELECT unchanged FROM runs ORDER BY id DESC LIMIT 1") == n);
  // From another directory the same files are the same publications.
  auto third = RunCli({"ingest", "corpus/*.txt", "--db", db.string()}, "", testing::SourceDir().string());
  REQUIRE(third.exit_code == 0);
  CHECK(Query(db, "SELECT COUNT(*) FROM articles") == n);
}

TEST_CASE("ingest: a changed rules hash re-audits, changed metadata updates the row") {
  TempDir tmp;
  fs::path db = tmp / "c.db";
  WriteFile(tmp / "in" / "a.txt", kNamed);
  WriteFile(tmp / "m1.csv", "file,outlet,title\na.txt,Daily,First\n");
  WriteFile(tmp / "m2.csv", "file,outlet,title\na.txt,Daily,Second\n");
  REQUIRE(RunCli({"ingest", (tmp / "in").string(), "--db", db.string(), "--metadata", (tmp / "m1.csv").string()}).exit_code == 0);
  auto retitled = RunCli({"ingest", (tmp / "in").string(), "--db", db.string(), "--metadata", (tmp / "m2.csv").string()});
  REQUIRE(retitled.exit_code == 0);
  CHECK_THAT(retitled.out, Catch::Contains("0 added, 1 updated, 0 unchanged"));
  CHECK_THAT(retitled.out, Catch::Contains("0 audited"));
  CHECK(QueryText(db, "SELECT title FROM articles") == "Second");
  // A copy of the rules with one more comment line has another hash.
  fs::copy(testing::SourceDir() / "rules", tmp / "rules", fs::copy_options::recursive);
  {
    std::ofstream extra(tmp / "rules" / "en" / "lists" / "zz-extra-comment.txt");
    extra << "# a list with only a comment changes the rules hash\n";
  }
  auto rerun = RunCli({"--rules", (tmp / "rules").string(), "ingest", (tmp / "in").string(), "--db",
                       db.string(), "--metadata", (tmp / "m2.csv").string()});
  INFO(rerun.err);
  REQUIRE(rerun.exit_code == 0);
  CHECK_THAT(rerun.out, Catch::Contains("0 added, 1 updated, 0 unchanged"));
  CHECK_THAT(rerun.out, Catch::Contains("1 audited"));
  CHECK(Query(db, "SELECT COUNT(*) FROM articles") == 1);
  CHECK(Query(db, "SELECT COUNT(DISTINCT rules_hash) FROM articles") == 1);
}

// Regression: the outlet was part of the publication key, so ingesting d.md
// with --outlet "Metro Daily" and then "Metro daily" gave "1 added" and two
// rows, although changed metadata only updates the row.
TEST_CASE("ingest: the same article again with another outlet updates its row") {
  TempDir tmp;
  fs::path db = tmp / "o.db";
  WriteFile(tmp / "d.md", "---\ntitle: Harbour\n---\n\n" + std::string(kNamed));
  WriteFile(tmp / "feed.jsonl", "{\"id\": \"7\", \"outlet\": \"Feed\", \"text\": \"Taxes will fall, aides said.\"}\n");
  WriteFile(tmp / "feed2.jsonl", "{\"id\": \"7\", \"outlet\": \"Feed Two\", \"text\": \"Taxes will fall, aides said.\"}\n");
  REQUIRE(RunCli({"ingest", "d.md", "--outlet", "Metro Daily", "--db", db.string()}, "", tmp.path().string())
              .exit_code == 0);
  auto again = RunCli({"ingest", "d.md", "--outlet", "Metro daily", "--db", db.string()}, "", tmp.path().string());
  REQUIRE(again.exit_code == 0);
  CHECK_THAT(again.out, Catch::Contains("0 added, 1 updated, 0 unchanged"));
  CHECK_THAT(again.out, Catch::Contains("0 audited"));
  CHECK(Query(db, "SELECT COUNT(*) FROM articles") == 1);
  CHECK(QueryText(db, "SELECT outlet FROM articles") == "Metro daily");
  // A record keyed by its id: the record's own outlet changed.
  REQUIRE(RunCli({"ingest", (tmp / "feed.jsonl").string(), "--db", db.string()}).exit_code == 0);
  auto feed = RunCli({"ingest", (tmp / "feed2.jsonl").string(), "--db", db.string()});
  REQUIRE(feed.exit_code == 0);
  CHECK_THAT(feed.out, Catch::Contains("0 added, 1 updated"));
  CHECK(Query(db, "SELECT COUNT(*) FROM articles") == 2);
  CHECK(QueryText(db, "SELECT outlet FROM articles WHERE publication_key = 'id:7'") == "Feed Two");
}

// Regression: a second ingest of the same files without --metadata (or an
// `audit --db` of one of them) replaced the outlet the table had given with
// the folder's name and cleared the title, date and author, reporting every
// article "updated": a forgotten option silently erased a corpus's metadata.
TEST_CASE("ingest: a re-run without the metadata table keeps what the table gave") {
  TempDir tmp;
  fs::path db = tmp / "k.db";
  WriteFile(tmp / "in" / "a.txt", kNamed);
  WriteFile(tmp / "in" / "b.txt", kVague);
  WriteFile(tmp / "m.csv", "file,outlet,title,date,author\na.txt,Daily,Harbour vote,2016-03-01,Kim Lee\n");
  REQUIRE(RunCli({"ingest", (tmp / "in").string(), "--db", db.string(), "--metadata", (tmp / "m.csv").string()})
              .exit_code == 0);
  const std::string row =
      "SELECT outlet || '|' || title || '|' || published || '|' || author FROM articles WHERE file LIKE '%a.txt'";
  REQUIRE(QueryText(db, row) == "Daily|Harbour vote|2016-03-01|Kim Lee");
  auto bare = RunCli({"ingest", (tmp / "in").string(), "--db", db.string()});
  INFO(bare.err);
  REQUIRE(bare.exit_code == 0);
  CHECK_THAT(bare.out, Catch::Contains("0 added, 0 updated, 2 unchanged"));
  CHECK(QueryText(db, row) == "Daily|Harbour vote|2016-03-01|Kim Lee");
  // b.txt had no row in the table: its outlet is still the folder's name.
  CHECK(QueryText(db, "SELECT outlet FROM articles WHERE file LIKE '%b.txt'") == "in");
  // audit --db on the same file keeps them too, and still prints the audit.
  auto audited = RunCli({"audit", "--db", db.string(), (tmp / "in" / "a.txt").string()});
  INFO(audited.err);
  REQUIRE(audited.exit_code == 0);
  CHECK_THAT(audited.out, Catch::Contains("Ana Ruiz"));
  CHECK(QueryText(db, row) == "Daily|Harbour vote|2016-03-01|Kim Lee");
  CHECK(Query(db, "SELECT COUNT(*) FROM articles") == 2);
  // A value given again still replaces the stored one.
  auto forced = RunCli({"ingest", (tmp / "in" / "a.txt").string(), "--db", db.string(), "--outlet", "Weekly"});
  REQUIRE(forced.exit_code == 0);
  CHECK_THAT(forced.out, Catch::Contains("0 added, 1 updated"));
  CHECK(QueryText(db, row) == "Weekly|Harbour vote|2016-03-01|Kim Lee");
}

// Regression: the same file named through a symlink (or from another
// directory) was found by its canonical path but reported "updated", and
// its row rewritten, because the path as typed differed.
TEST_CASE("ingest: the same file through a symlinked folder is unchanged") {
  TempDir tmp;
  fs::path db = tmp / "s.db";
  WriteFile(tmp / "in" / "a.txt", kNamed);
  fs::create_directory_symlink(tmp / "in", tmp / "via");
  REQUIRE(RunCli({"ingest", (tmp / "in" / "a.txt").string(), "--db", db.string()}).exit_code == 0);
  auto again = RunCli({"ingest", (tmp / "via" / "a.txt").string(), "--db", db.string()});
  INFO(again.err);
  REQUIRE(again.exit_code == 0);
  CHECK_THAT(again.out, Catch::Contains("0 added, 0 updated, 1 unchanged"));
  auto relative = RunCli({"ingest", "a.txt", "--db", db.string()}, "", (tmp / "in").string());
  REQUIRE(relative.exit_code == 0);
  CHECK_THAT(relative.out, Catch::Contains("0 added, 0 updated, 1 unchanged"));
  CHECK(Query(db, "SELECT COUNT(*) FROM articles") == 1);
}

// Regression: publication_date = not-a-date was stored without a word and
// the article landed in month "(none)". It is still stored (the article is
// useful), with a warning at the value's file:line:column.
TEST_CASE("ingest: a publication date that is not a date is a warning at its place and the article is kept") {
  TempDir tmp;
  fs::path db = tmp / "d.db";
  WriteFile(tmp / "in" / "a.txt", kNamed);
  WriteFile(tmp / "in" / "b.md", "---\ntitle: B\npublished: not-a-date\n---\n\n" + std::string(kVague));
  WriteFile(tmp / "in" / "feed.jsonl",
            "{\"id\": \"f1\", \"date\": \"2016-02-30T10:00:00Z\", \"text\": \"Taxes will fall, aides said.\"}\n"
            "{\"id\": \"f2\", \"date\": \"soon\", \"text\": \"Rents will rise, aides said.\"}\n");
  WriteFile(tmp / "m.tsv", "filename\tpublisher\tpublication_date\na\tDaily\tnot-a-date\n");
  const std::string tsv = (tmp / "m.tsv").string();
  auto r = RunCli({"ingest", (tmp / "in").string(), "--metadata", tsv, "--db", db.string()});
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("onrecord: warning: " + tsv + ":2:9: publication date 'not-a-date' is not a date"));
  CHECK_THAT(r.err, Catch::Contains((tmp / "in" / "b.md").string() + ":3:12: publication date 'not-a-date'"));
  CHECK_THAT(r.err, Catch::Contains((tmp / "in" / "feed.jsonl").string() + ":2:22: publication date 'soon'"));
  // Regression: a day the month does not have was accepted in silence.
  CHECK_THAT(r.err, Catch::Contains((tmp / "in" / "feed.jsonl").string() +
                                    ":1:22: publication date '2016-02-30T10:00:00Z' has a day its month does not "
                                    "have: the article is kept with the date as written (compare groups it under "
                                    "2016-02)"));
  CHECK(Query(db, "SELECT COUNT(*) FROM articles") == 4);
  CHECK(QueryText(db, "SELECT published FROM articles WHERE outlet = 'Daily'") == "not-a-date");
  // audit and check say it too, and still exit 0.
  auto audit = RunCli({"audit", (tmp / "in" / "b.md").string()});
  CHECK(audit.exit_code == 0);
  CHECK_THAT(audit.err, Catch::Contains("b.md:3:12: publication date 'not-a-date' is not a date"));
  auto check = RunCli({"check", "--fail-level", "none", (tmp / "in" / "feed.jsonl").string()});
  CHECK(check.exit_code == 0);
  CHECK_THAT(check.err, Catch::Contains("feed.jsonl:2:22: publication date 'soon'"));
}

TEST_CASE("ingest: identical texts are audited once and stored once per publication") {
  TempDir tmp;
  fs::path db = tmp / "c.db";
  std::string text = std::string(kNamed) + "\n" + kVague;
  WriteFile(tmp / "daily" / "wire-story.txt", text);
  WriteFile(tmp / "weekly" / "wire-story.txt", text);
  WriteFile(tmp / "herald" / "same.txt", text);
  auto r = RunCli({"ingest", tmp.path().string(), "--db", db.string(), "-j", "3"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("3 added"));
  CHECK_THAT(r.out, Catch::Contains("1 audited, 2 reused"));
  CHECK(Query(db, "SELECT COUNT(*) FROM articles") == 3);
  CHECK(Query(db, "SELECT COUNT(DISTINCT outlet) FROM articles") == 3);
  CHECK(Query(db, "SELECT COUNT(DISTINCT sha256) FROM articles") == 1);
  CHECK(Query(db, "SELECT COUNT(*) FROM attributions") == 3 * Query(db, "SELECT MIN(attributions) FROM articles"));
  // A later run with one more copy reuses the stored audit.
  WriteFile(tmp / "gazette" / "copy.txt", text);
  auto again = RunCli({"ingest", tmp.path().string(), "--db", db.string()});
  REQUIRE(again.exit_code == 0);
  CHECK_THAT(again.out, Catch::Contains("1 added, 0 updated, 3 unchanged"));
  CHECK_THAT(again.out, Catch::Contains("0 audited, 1 reused"));
}

TEST_CASE("ingest: a failing file is reported and the batch goes on") {
  TempDir tmp;
  fs::path db = tmp / "c.db";
  WriteFile(tmp / "in" / "a.txt", kNamed);
  WriteFile(tmp / "in" / "b.txt", std::string("\x01\x02\x03\x04\x05\x06\x07\x08binary", 14));
  WriteFile(tmp / "in" / "c.txt", kVague);
  WriteFile(tmp / "in" / "feed.jsonl",
            "{\"id\": \"1\", \"outlet\": \"Feed\", \"text\": \"Prices will rise, officials said.\"}\n"
            "{\"id\": \"2\", broken\n"
            "{\"id\": \"3\", \"outlet\": \"Feed\", \"text\": \"Taxes will fall, aides said.\"}\n");
  auto r = RunCli({"ingest", (tmp / "in").string(), "--db", db.string(), "--batch-size", "1"});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("b.txt: not a text file"));
  CHECK_THAT(r.err, Catch::Contains("feed.jsonl:2:"));
  CHECK_THAT(r.out, Catch::Contains("4 added"));
  CHECK_THAT(r.out, Catch::Contains("2 failed"));
  CHECK(Query(db, "SELECT COUNT(*) FROM articles") == 4);
  CHECK(Query(db, "SELECT COUNT(*) FROM articles WHERE outlet = 'Feed' AND record IN (1, 3)") == 2);
  CHECK(QueryText(db, "SELECT status FROM runs") == "completed-with-errors");
  CHECK(Query(db, "SELECT failed FROM runs") == 2);
}

// Regression: a first ingest whose every input failed left an empty 100 KB
// database behind, which later commands read as a corpus of no articles.
TEST_CASE("ingest: a new database in which nothing was stored is not kept") {
  TempDir tmp;
  fs::path db = tmp / "new.db";
  WriteFile(tmp / "b.bin", std::string("\x01\x02\x03\x04\x05\x06\x07\x08binary", 14));
  auto r = RunCli({"ingest", (tmp / "b.bin").string(), "--db", db.string()});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("b.bin: not a text file"));
  CHECK_THAT(r.err, Catch::Contains("no article was stored, so " + db.string() + " was not kept"));
  CHECK_FALSE(fs::exists(db));
  CHECK_FALSE(fs::exists(db.string() + "-wal"));
  // A database that existed before keeps its articles and records the failed run.
  WriteFile(tmp / "a.txt", kNamed);
  REQUIRE(RunCli({"ingest", (tmp / "a.txt").string(), "--db", db.string()}).exit_code == 0);
  CHECK(RunCli({"ingest", (tmp / "b.bin").string(), "--db", db.string()}).exit_code == 2);
  REQUIRE(fs::exists(db));
  CHECK(Query(db, "SELECT COUNT(*) FROM articles") == 1);
  CHECK(Query(db, "SELECT COUNT(*) FROM runs") == 2);
}

TEST_CASE("ingest: outlet names containing quotes or SQL are stored literally") {
  TempDir tmp;
  fs::path db = tmp / "c.db";
  const std::string evil = "Robert'); DROP TABLE articles;-- \"Times\"";
  WriteFile(tmp / "a.txt", kNamed);
  WriteFile(tmp / "feed.jsonl", "{\"id\": \"x\", \"outlet\": \"O'Hara \\\"Post\\\"; DELETE FROM runs\", \"text\": \"Prices will rise, officials said.\"}\n");
  REQUIRE(RunCli({"ingest", (tmp / "a.txt").string(), "--outlet", evil, "--db", db.string()}).exit_code == 0);
  REQUIRE(RunCli({"ingest", (tmp / "feed.jsonl").string(), "--db", db.string()}).exit_code == 0);
  CHECK(QueryText(db, "SELECT outlet FROM articles WHERE file LIKE '%a.txt'") == evil);
  CHECK(QueryText(db, "SELECT outlet FROM articles WHERE record = 1") == "O'Hara \"Post\"; DELETE FROM runs");
  CHECK(Query(db, "SELECT COUNT(*) FROM runs") == 2);
  auto cmp = RunCli({"compare", "--db", db.string(), "--format", "csv"});
  REQUIRE(cmp.exit_code == 0);
  CHECK_THAT(cmp.out, Catch::Contains("\"Robert'); DROP TABLE articles;-- \"\"Times\"\"\""));
}

TEST_CASE("ingest: unusable databases give a clear error and exit 2") {
  TempDir tmp;
  WriteFile(tmp / "a.txt", kNamed);
  std::string article = (tmp / "a.txt").string();
  SECTION("newer schema version") {
    {
      SQLite::Database d((tmp / "new.db").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
      d.exec("PRAGMA user_version = 7");
    }
    auto r = RunCli({"ingest", article, "--db", (tmp / "new.db").string()});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("new.db: database schema version 7 is newer than this onrecord understands"));
  }
  SECTION("not a database") {
    WriteFile(tmp / "text.db", "plain text, not SQLite\n");
    auto r = RunCli({"ingest", article, "--db", (tmp / "text.db").string()});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("text.db: not an onrecord database"));
    CHECK(ReadFile(tmp / "text.db") == "plain text, not SQLite\n");
    auto c = RunCli({"compare", "--db", (tmp / "text.db").string()});
    CHECK(c.exit_code == 2);
    CHECK_THAT(c.err, Catch::Contains("not an onrecord database"));
  }
  SECTION("cannot be created: the parent is a regular file") {
    // CI runs as root, for whom permissions do not stop writes; a path under
    // a regular file cannot be created by anyone.
    auto r = RunCli({"ingest", article, "--db", (tmp / "a.txt" / "x.db").string()});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("x.db: cannot open or create the database"));
  }
  SECTION("cannot be written: no byte may be added to any file (ulimit -f 0)") {
    // Simulates a full disk or quota for an existing database: the file size
    // limit binds root as well.
    fs::path db = tmp / "full.db";
    REQUIRE(RunCli({"ingest", article, "--db", db.string(), "--outlet", "A"}).exit_code == 0);
    auto size_before = fs::file_size(db);
    std::string out = RunWithFileLimit(0, {"ingest", article, "--outlet", "B", "--db", db.string()}, tmp / "out");
    INFO(out);
    CHECK_THAT(out, Catch::Contains("exit=2"));
    CHECK_THAT(out, Catch::Contains("cannot open the database for writing"));
    CHECK_THAT(out, Catch::Contains("full.db"));
    CHECK(fs::file_size(db) == size_before);
    CHECK(IntegrityCheck(db) == "ok");
    CHECK(Query(db, "SELECT COUNT(*) FROM articles") == 1);
  }
}

TEST_CASE("ingest: a database error in the middle of a run ends the run as failed with exit code 2") {
  // Simulates a disk that fills up mid-run: no file may grow past 200 KB
  // (ulimit -f 400 in 512-byte blocks binds root too). The run's row and a
  // small article fit; the rows of an article with 3,000 attributions do
  // not, so its batch fails to commit.
  TempDir tmp;
  fs::path db = tmp / "full.db";
  WriteFile(tmp / "in" / "a-small.txt", Synthetic(1));
  std::string big = "Harbour report\n\n";
  for (int i = 0; i < 3000; ++i) {
    big += "People familiar with the matter said item " + std::to_string(i) + " would close.\n\n";
  }
  WriteFile(tmp / "in" / "b-big.txt", big);
  WriteFile(tmp / "first.txt", Synthetic(0));
  REQUIRE(RunCli({"ingest", (tmp / "first.txt").string(), "--db", db.string()}).exit_code == 0);
  REQUIRE(fs::file_size(db) < 150 * 1024);
  std::string out = RunWithFileLimit(400, {"ingest", (tmp / "in").string(), "-j", "1", "--db", db.string()}, tmp / "out");
  INFO(out);
  CHECK_THAT(out, Catch::Contains("exit=2"));
  CHECK_THAT(out, Catch::Contains("full.db"));
  CHECK_THAT(out, Catch::Contains("ingest stopped"));
  CHECK(IntegrityCheck(db) == "ok");
  CHECK(Query(db, "SELECT COUNT(*) FROM runs") == 2);
  CHECK(QueryText(db, "SELECT status FROM runs ORDER BY id DESC LIMIT 1") == "failed");
  CHECK(Query(db, "SELECT COUNT(*) FROM runs WHERE status = 'running'") == 0);
  // Nothing half-written: the batch that failed was rolled back.
  CHECK(Query(db, "SELECT COUNT(*) FROM articles WHERE file LIKE '%b-big.txt'") == 0);
}

TEST_CASE("ingest: killed mid-run, the database is intact, committed batches stay, a re-run completes") {
  TempDir tmp;
  fs::path db = tmp / "k.db";
  const int n = 1500;
  WriteCorpus(tmp / "in", 0, n);
  testing::CliProcess ingest({"ingest", (tmp / "in").string(), "--db", db.string(), "-j", "1", "--batch-size", "25"});
  // Wait until a few batches are committed, then kill -9.
  int64_t committed = WaitForCommitted(db, 75);
  REQUIRE(kill(ingest.pid(), SIGKILL) == 0);
  CHECK(ingest.Wait().signal == SIGKILL);
  INFO("committed before the kill: " << committed);
  REQUIRE(committed >= 75);
  CHECK(IntegrityCheck(db) == "ok");
  int64_t kept = Query(db, "SELECT COUNT(*) FROM articles");
  CHECK(kept >= committed);
  REQUIRE(kept < n);  // killed before the end
  CHECK(QueryText(db, "SELECT status FROM runs") == "running");
  CHECK(Query(db, "SELECT COUNT(*) FROM sources WHERE article_id NOT IN (SELECT id FROM articles)") == 0);
  auto rerun = RunCli({"ingest", (tmp / "in").string(), "--db", db.string(), "-j", "2"});
  INFO(rerun.err);
  REQUIRE(rerun.exit_code == 0);
  CHECK_THAT(rerun.out, Catch::Contains(std::to_string(n - kept) + " added, 0 updated, " +
                                        std::to_string(kept) + " unchanged"));
  CHECK(Query(db, "SELECT COUNT(*) FROM articles") == n);
  CHECK(IntegrityCheck(db) == "ok");
}

TEST_CASE("ingest: SIGINT or SIGTERM rolls back the open batch and marks the run interrupted") {
  for (int signal_number : {SIGINT, SIGTERM}) {
    INFO("signal " << signal_number);
    TempDir tmp;
    fs::path db = tmp / "i.db";
    const int n = 1500;
    WriteCorpus(tmp / "in", 0, n);
    testing::CliProcess ingest({"ingest", (tmp / "in").string(), "--db", db.string(), "-j", "1", "--batch-size", "25"},
                               {.timeout_seconds = 300});
    int64_t committed = WaitForCommitted(db, 50);
    REQUIRE(kill(ingest.pid(), signal_number) == 0);
    const auto signalled = std::chrono::steady_clock::now();
    auto r = ingest.Wait();
    INFO(r.err);
    CHECK(std::chrono::steady_clock::now() - signalled < std::chrono::seconds(30));
    CHECK(r.signal == 0);  // it exits by itself, with the shell's code for the signal
    CHECK(r.exit_code == 128 + signal_number);
    CHECK_THAT(r.err, Catch::Contains(signal_number == SIGINT ? "interrupted by SIGINT" : "interrupted by SIGTERM"));
    CHECK_THAT(r.out, Catch::Contains("(interrupted)"));
    REQUIRE(committed >= 50);
    CHECK(IntegrityCheck(db) == "ok");
    CHECK(QueryText(db, "SELECT status FROM runs") == "interrupted");
    CHECK(Query(db, "SELECT finished_at IS NOT NULL FROM runs") == 1);
    int64_t kept = Query(db, "SELECT COUNT(*) FROM articles");
    CHECK(kept >= committed);
    REQUIRE(kept < n);
    // The run's counts are the rows that stayed: the open batch was rolled back.
    CHECK(Query(db, "SELECT added FROM runs") == kept);
    for (const char* table : {"sources", "attributions", "quotes", "anonymous_sources", "findings"}) {
      INFO(table);
      CHECK(Query(db, std::string("SELECT COUNT(*) FROM ") + table +
                          " WHERE article_id NOT IN (SELECT id FROM articles)") == 0);
    }
    // Every kept article has all its rows.
    CHECK(Query(db, "SELECT COUNT(*) FROM articles a WHERE (SELECT COUNT(*) FROM attributions t "
                    "WHERE t.article_id = a.id) <> a.attributions") == 0);
    if (signal_number != SIGINT) continue;  // once is enough (the sanitized build is slow)
    auto rerun = RunCli({"ingest", (tmp / "in").string(), "--db", db.string(), "-j", "2"});
    INFO(rerun.err);
    REQUIRE(rerun.exit_code == 0);
    CHECK_THAT(rerun.out, Catch::Contains(std::to_string(n - kept) + " added, 0 updated, " +
                                          std::to_string(kept) + " unchanged"));
    CHECK(Query(db, "SELECT COUNT(*) FROM runs WHERE status = 'completed'") == 1);
  }
}

TEST_CASE("ingest: a folder's README LICENSE CHANGELOG and CONTRIBUTING are skipped with a note") {
  TempDir tmp;
  WriteFile(tmp / "in" / "story.txt", kNamed);
  WriteFile(tmp / "in" / "README.md", "# Our corpus\n\nThe articles \"we collected\" said little.\n");
  WriteFile(tmp / "in" / "LICENSE.txt", "Permission is hereby granted, the authors said.\n");
  WriteFile(tmp / "in" / "CHANGELOG.md", "## 1.0\n\nAdded stories, the editor said.\n");
  WriteFile(tmp / "in" / "sub" / "contributing.md", "Send stories, the editor said.\n");
  WriteFile(tmp / "in" / "license-plates.txt", kVague);  // an article whose name only starts so
  fs::path db = tmp / "p.db";
  auto r = RunCli({"ingest", (tmp / "in").string(), "--db", db.string()});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("2 added"));
  CHECK_THAT(r.err, Catch::Contains("onrecord: skipped 4 project files while walking folders (CHANGELOG.md, "
                                    "LICENSE.txt, README.md, …); name a file to take it\n"));
  CHECK(Query(db, "SELECT COUNT(*) FROM articles WHERE file GLOB '*README*' OR file GLOB '*LICENSE*' "
                  "OR file GLOB '*CHANGELOG*' OR file GLOB '*contributing*'") == 0);
  // Named on the command line, a README is taken.
  auto named = RunCli({"ingest", (tmp / "in" / "README.md").string(), "--db", db.string()});
  CHECK(named.exit_code == 0);
  CHECK_THAT(named.out, Catch::Contains("1 added"));
  CHECK(named.err.find("skipped") == std::string::npos);
  // The other commands walk folders the same way.
  auto audited = RunCli({"audit", "--format", "jsonl", (tmp / "in").string()});
  CHECK(audited.exit_code == 0);
  CHECK(audited.out.find("README") == std::string::npos);
  CHECK(audited.out.find("license-plates.txt") != std::string::npos);
  CHECK_THAT(audited.err, Catch::Contains("skipped 4 project files"));
  WriteFile(tmp / "one" / "a.txt", kNamed);
  WriteFile(tmp / "one" / "README.txt", "About this folder.\n");
  CHECK_THAT(RunCli({"audit", (tmp / "one").string()}).err,
             Catch::Contains("skipped 1 project file while walking folders (README.txt)"));
}

TEST_CASE("ingest: a folder's gold annotation files are skipped with a note") {
  TempDir tmp;
  WriteFile(tmp / "in" / "story.txt", kNamed);
  WriteFile(tmp / "in" / "story.md", kVague);
  const std::string gold = "{\"file\": \"story.txt\", \"lang\": \"en\", \"quotes\": [], \"anonymous_sources\": []}\n";
  WriteFile(tmp / "in" / "gold" / "story.json", gold);
  WriteFile(tmp / "in" / "sub" / "GOLD" / "other.json", gold);
  WriteFile(tmp / "in" / "story.gold.json", gold);
  // A JSON article record is no gold file.
  WriteFile(tmp / "in" / "record.json", "{\"text\": \"Prices will rise, people familiar with the matter said.\"}\n");
  fs::path db = tmp / "g.db";
  auto r = RunCli({"ingest", (tmp / "in").string(), "--db", db.string()});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("3 added"));
  CHECK_THAT(r.err, Catch::Contains("onrecord: skipped 3 gold annotation files while walking folders (story.json, "
                                    "story.gold.json, other.json); name a file to take it\n"));
  CHECK(Query(db, "SELECT COUNT(*) FROM articles WHERE file GLOB '*gold*'") == 0);
  // The other commands walk folders the same way; a gold file named on the
  // command line is still taken (and is no article: exit code 2).
  auto audited = RunCli({"audit", "--format", "jsonl", (tmp / "in").string()});
  CHECK(audited.exit_code == 0);
  CHECK(audited.out.find("gold") == std::string::npos);
  auto named = RunCli({"audit", (tmp / "in" / "gold" / "story.json").string()});
  CHECK(named.exit_code == 2);
  CHECK_THAT(named.err, Catch::Contains("story.json:1:1: JSON record has no text field"));
}

TEST_CASE("ingest: title date author and outlet from Markdown front matter are stored") {
  TempDir tmp;
  WriteFile(tmp / "in" / "a.md",
            "---\ntitle: Harbour deal struck\ndate: 2016-03-01\nauthors: [Jo Lee, Sam Ode]\noutlet: Coast Post\n"
            "---\n\n\"We will win,\" Mayor Ana Ruiz said.\n");
  fs::path db = tmp / "m.db";
  auto r = RunCli({"ingest", (tmp / "in").string(), "--db", db.string()});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(QueryText(db, "SELECT title FROM articles") == "Harbour deal struck");
  CHECK(QueryText(db, "SELECT published FROM articles") == "2016-03-01");
  CHECK(QueryText(db, "SELECT author FROM articles") == "Jo Lee, Sam Ode");
  CHECK(QueryText(db, "SELECT outlet FROM articles") == "Coast Post");
}

// Regression: ingest filled the outlet from the folder name before the audit
// read the page, so an HTML page's og:site_name was lost (audit --db kept it).
TEST_CASE("ingest: an HTML page's site name and URL rank below the table and above the folder") {
  TempDir tmp;
  const std::string head =
      "<html><head><meta property=\"og:site_name\" content=\"Coast Herald\">"
      "<meta property=\"og:url\" content=\"https://coast.example/a\"><title>Dock</title></head>"
      "<body><article><p>\"We will win,\" Mayor Ana Ruiz said.</p></article></body></html>\n";
  WriteFile(tmp / "folder" / "a.html", head);
  WriteFile(tmp / "folder" / "b.html",
            "<html><head><meta property=\"og:url\" content=\"https://www.bay.example/b\"></head>"
            "<body><p>\"We will win,\" Mayor Ana Ruiz said.</p></body></html>\n");
  WriteFile(tmp / "folder" / "c.html", "<html><body><p>\"No,\" Mayor Ana Ruiz said.</p></body></html>\n");
  fs::path db = tmp / "h.db";
  auto r = RunCli({"ingest", (tmp / "folder").string(), "--db", db.string()});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(QueryText(db, "SELECT outlet FROM articles WHERE file LIKE '%a.html'") == "Coast Herald");
  CHECK(QueryText(db, "SELECT outlet FROM articles WHERE file LIKE '%b.html'") == "bay.example");
  CHECK(QueryText(db, "SELECT outlet FROM articles WHERE file LIKE '%c.html'") == "folder");
  // A second ingest compares the same metadata and finds nothing changed.
  auto again = RunCli({"ingest", (tmp / "folder").string(), "--db", db.string()});
  REQUIRE(again.exit_code == 0);
  CHECK_THAT(again.out, Catch::Contains("0 added, 0 updated, 3 unchanged"));
  // The table still wins over the page.
  WriteFile(tmp / "m.csv", "file,outlet\na.html,Table Times\n");
  auto table = RunCli({"ingest", (tmp / "folder").string(), "--db", db.string(), "--metadata",
                       (tmp / "m.csv").string()});
  REQUIRE(table.exit_code == 0);
  CHECK(QueryText(db, "SELECT outlet FROM articles WHERE file LIKE '%a.html'") == "Table Times");
  // audit --db ranks the page the same way.
  fs::path db2 = tmp / "h2.db";
  auto audit = RunCli({"audit", (tmp / "folder" / "a.html").string(), "--db", db2.string()});
  REQUIRE(audit.exit_code == 0);
  CHECK(QueryText(db2, "SELECT outlet FROM articles") == "Coast Herald");
}

TEST_CASE("ingest: two ingests into one database at once both finish") {
  TempDir tmp;
  fs::path db = tmp / "two.db";
  WriteCorpus(tmp / "one", 0, 160);
  WriteCorpus(tmp / "two", 100, 260);  // stories 100-159 in both, under another outlet
  WriteCorpus(tmp / "shared", 1000, 1040);  // the same publications in both runs
  std::string shared = (tmp / "shared").string();
  testing::CliProcess a(
      {"ingest", (tmp / "one").string(), shared, "--db", db.string(), "--batch-size", "10", "-j", "1"});
  testing::CliProcess b(
      {"ingest", (tmp / "two").string(), shared, "--db", db.string(), "--batch-size", "10", "-j", "1"});
  auto ra = a.Wait(), rb = b.Wait();
  INFO(ra.err << rb.err);
  CHECK(ra.exit_code == 0);
  CHECK(rb.exit_code == 0);
  CHECK(IntegrityCheck(db) == "ok");
  CHECK(Query(db, "SELECT COUNT(*) FROM articles") == 160 + 160 + 40);
  CHECK(Query(db, "SELECT COUNT(*) FROM runs WHERE status = 'completed'") == 2);
  CHECK(Query(db, "SELECT COUNT(*) FROM attributions WHERE article_id NOT IN (SELECT id FROM articles)") == 0);
}

// The columns that say what was found, without ids, paths and times.
std::vector<std::string> Rows(const fs::path& db) {
  SQLite::Database d(db.string(), SQLite::OPEN_READONLY);
  std::vector<std::string> rows;
  const char* queries[] = {
      "SELECT publication_key, outlet, url, title, published, author, language, words, wire, "
      "transparency_index, named_share, anonymous_share, vague_share, anonymity_explained, "
      "unattributed_quotes, attributions, tool_version, rules_hash, sha256, named_attributions, "
      "anonymous_attributions, vague_attributions, explained_attributions FROM articles",
      "SELECT a.publication_key, s.source_id, s.name, s.kind, s.role, s.transparency, s.score, "
      "s.specificity, s.reason_given, s.mentions, s.quotes FROM sources s JOIN articles a ON a.id = s.article_id",
      "SELECT a.publication_key, t.ordinal, t.source_id, t.source_text, t.cue, t.kind, t.transparency, "
      "t.score, t.cue_tone, t.in_lede, t.begin_offset, t.end_offset FROM attributions t JOIN articles a ON a.id = t.article_id",
      "SELECT a.publication_key, q.ordinal, q.text, q.kind, q.speaker, q.speaker_kind, q.source_id, q.cue, "
      "q.begin_offset, q.end_offset, q.line, q.column FROM quotes q JOIN articles a ON a.id = q.article_id",
      "SELECT a.publication_key, n.ordinal, n.phrase, n.specificity, n.reason_given, n.anaphoric, "
      "n.source_id, n.begin_offset, n.line FROM anonymous_sources n JOIN articles a ON a.id = n.article_id",
      "SELECT a.publication_key, f.ordinal, f.rule, f.level, f.message, f.begin_offset, f.line, f.column "
      "FROM findings f JOIN articles a ON a.id = f.article_id",
  };
  for (const char* sql : queries) {
    SQLite::Statement q(d, sql);
    while (q.executeStep()) {
      std::string row = sql[7] == 'p' ? "articles" : "rows";
      for (int i = 0; i < q.getColumnCount(); ++i) row += "|" + q.getColumn(i).getString();
      rows.push_back(row);
    }
  }
  std::sort(rows.begin(), rows.end());
  return rows;
}

TEST_CASE("ingest --results: audit shards as separate processes, load the results, same rows") {
  TempDir tmp;
  // Records with ids (the publication key), spread over three shards.
  std::string all;
  std::vector<std::string> shards(3);
  for (int i = 0; i < 12; ++i) {
    nlohmann::json rec = {{"id", "story-" + std::to_string(i)},
                          {"outlet", i % 2 ? "Daily" : "Weekly"},
                          {"published", "2016-0" + std::to_string(1 + i % 3) + "-15"},
                          {"text", Synthetic(i)}};
    std::string line = rec.dump() + "\n";
    all += line;
    shards[static_cast<size_t>(i % 3)] += line;
  }
  WriteFile(tmp / "all.jsonl", all);
  fs::path direct = tmp / "direct.db";
  REQUIRE(RunCli({"ingest", (tmp / "all.jsonl").string(), "--db", direct.string()}).exit_code == 0);
  // The map step: each shard on standard input of its own process.
  std::vector<std::unique_ptr<testing::CliProcess>> map;
  for (const std::string& shard : shards) {
    map.push_back(std::make_unique<testing::CliProcess>(
        std::vector<std::string>{"audit", "--input-format", "jsonl", "--format", "jsonl", "-"},
        testing::CliOptions{.input = shard}));
  }
  for (size_t s = 0; s < map.size(); ++s) {
    auto r = map[s]->Wait();
    REQUIRE(r.exit_code == 0);
    WriteFile(tmp / ("result-" + std::to_string(s) + ".jsonl"), r.out);
  }
  fs::path sharded = tmp / "sharded.db";
  std::vector<std::string> args = {"ingest", "--db", sharded.string()};
  for (size_t s = 0; s < shards.size(); ++s) {
    args.push_back("--results");
    args.push_back((tmp / ("result-" + std::to_string(s) + ".jsonl")).string());
  }
  auto loaded = RunCli(args);
  INFO(loaded.err);
  REQUIRE(loaded.exit_code == 0);
  CHECK_THAT(loaded.out, Catch::Contains("12 added"));
  CHECK_THAT(loaded.out, Catch::Contains("0 audited"));
  auto a = Rows(direct), b = Rows(sharded);
  CHECK(a.size() > 12 * 4);
  CHECK(a == b);
  // Loading the same results again adds nothing.
  auto again = RunCli(args);
  REQUIRE(again.exit_code == 0);
  CHECK_THAT(again.out, Catch::Contains("0 added, 0 updated, 12 unchanged"));
}

TEST_CASE("ingest --results: an error line or a broken line is reported, the rest is loaded") {
  TempDir tmp;
  auto audited = RunCli({"audit", "--format", "jsonl", "-", "--stdin-filename", "a.txt"}, kNamed);
  REQUIRE(audited.exit_code == 0);
  WriteFile(tmp / "r.jsonl", audited.out +
                                 "{\"schema\": \"onrecord/audit-1\", \"file\": \"gone.txt\", \"record\": null, "
                                 "\"error\": {\"message\": \"no such file\"}}\n"
                                 "not json\n");
  auto r = RunCli({"ingest", "--results", (tmp / "r.jsonl").string(), "--db", (tmp / "r.db").string()});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("r.jsonl:2:1: gone.txt could not be audited: no such file"));
  CHECK_THAT(r.err, Catch::Contains("r.jsonl:3:1: invalid JSON"));  // at the token that is not JSON
  CHECK(Query(tmp / "r.db", "SELECT COUNT(*) FROM articles") == 1);
}

// Regression: a line with the schema and nothing else was stored as an
// article (1 added, exit 0, an empty row with transparency index 0).
TEST_CASE("ingest --results: a record lacking the contract's fields is an error and nothing is stored for it") {
  TempDir tmp;
  auto audited = RunCli({"audit", "--format", "jsonl", "-", "--stdin-filename", "a.txt"}, kNamed);
  REQUIRE(audited.exit_code == 0);
  WriteFile(tmp / "r.jsonl", "{\"schema\":\"onrecord/audit-1\",\"garbage\":1}\n" + audited.out);
  auto r = RunCli({"ingest", "--results", (tmp / "r.jsonl").string(), "--db", (tmp / "r.db").string()});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("r.jsonl:1:1: not a complete onrecord/audit-1 result"));
  CHECK_THAT(r.out, Catch::Contains("1 added"));
  CHECK(Query(tmp / "r.db", "SELECT COUNT(*) FROM articles") == 1);
  CHECK(Query(tmp / "r.db", "SELECT COUNT(*) FROM articles WHERE file = 'a.txt'") == 1);
}

// Regression: a record id given twice in one run gave "2 added" and one row,
// the stored record flipped from run to run ("1 updated, 1 unchanged"), and
// with several workers the winner depended on which finished last.
TEST_CASE("ingest: a publication repeated within one run keeps the first record, whatever -j, and re-runs change nothing") {
  TempDir tmp;
  const fs::path input = tmp / "dup.jsonl";
  WriteFile(input, "{\"id\":\"a1\",\"text\":\"\\\"We won,\\\" said Mayor Ann Lee.\"}\n"
                   "{\"id\":\"a1\",\"text\":\"Talks failed, sources said.\"}\n");
  const std::string warning = input.string() + ":2: duplicate publication: the same id 'a1' as " +
                              input.string() + ":1, which is kept; this one is not stored";
  for (const char* jobs : {"1", "4"}) {
    const fs::path db = tmp / (std::string("dup-") + jobs + ".db");
    for (int run = 1; run <= 3; ++run) {
      auto r = RunCli({"ingest", input.string(), "--db", db.string(), "-j", jobs});
      INFO("-j " << jobs << ", run " << run << ": " << r.out << r.err);
      CHECK(r.exit_code == 0);
      CHECK_THAT(r.err, Catch::Contains(warning));
      CHECK_THAT(r.out, Catch::Contains("2 articles"));
      CHECK_THAT(r.out, Catch::Contains(run == 1 ? "1 added, 0 updated, 0 unchanged, 0 failed, 1 duplicate not stored;"
                                                 : "0 added, 0 updated, 1 unchanged, 0 failed, 1 duplicate not stored;"));
      CHECK(Query(db, "SELECT COUNT(*) FROM articles") == 1);
      CHECK(Query(db, "SELECT record FROM articles") == 1);
      CHECK(Query(db, "SELECT COUNT(*) FROM quotes") == 1);  // the first record's "We won,"
    }
  }
  // The same URL in two records (no id) is the same publication too.
  WriteFile(tmp / "url.jsonl", "{\"url\":\"https://news.example/a\",\"text\":\"Talks failed, sources said.\"}\n"
                               "{\"url\":\"https://news.example/a\",\"text\":\"Talks resumed, officials said.\"}\n");
  auto url = RunCli({"ingest", (tmp / "url.jsonl").string(), "--db", (tmp / "url.db").string()});
  CHECK(url.exit_code == 0);
  CHECK_THAT(url.err, Catch::Contains("url.jsonl:2: duplicate publication: the same URL 'https://news.example/a'"));
  CHECK(QueryText(tmp / "url.db", "SELECT group_concat(record) FROM articles") == "1");
}

// The twin of a duplicate: when the record that is not stored was the one
// audited, the identical text kept from the first record is stored from it.
TEST_CASE("ingest: repeated records with one text are stored once per publication, whatever order the workers finish in") {
  TempDir tmp;
  std::string input;
  for (int i = 0; i < 12; ++i) {
    input += "{\"id\":\"k" + std::to_string(i % 3) + "\",\"text\":\"Prices will rise, people familiar with the matter said.\"}\n";
  }
  WriteFile(tmp / "same.jsonl", input);
  for (int attempt = 0; attempt < 4; ++attempt) {
    const fs::path db = tmp / ("same-" + std::to_string(attempt) + ".db");
    auto r = RunCli({"ingest", (tmp / "same.jsonl").string(), "--db", db.string(), "-j", "4"});
    INFO(r.out << r.err);
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.out, Catch::Contains("3 added, 0 updated, 0 unchanged, 0 failed, 9 duplicates not stored;"));
    CHECK(QueryText(db, "SELECT group_concat(record) FROM (SELECT record FROM articles ORDER BY record)") == "1,2,3");
    CHECK(QueryText(db, "SELECT group_concat(DISTINCT anonymous_attributions) FROM articles") == "1");
  }
}

TEST_CASE("ingest --results: a publication in two result lines is stored once, from the first") {
  TempDir tmp;
  WriteFile(tmp / "in.jsonl", "{\"id\":\"a1\",\"text\":\"\\\"We won,\\\" said Mayor Ann Lee.\"}\n"
                              "{\"id\":\"a1\",\"text\":\"Talks failed, sources said.\"}\n");
  auto audited = RunCli({"audit", "--format", "jsonl", (tmp / "in.jsonl").string()});
  REQUIRE(audited.exit_code == 0);
  WriteFile(tmp / "r.jsonl", audited.out);
  auto r = RunCli({"ingest", "--results", (tmp / "r.jsonl").string(), "--db", (tmp / "r.db").string()});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("r.jsonl:2: duplicate publication: the same id 'a1' as " + (tmp / "r.jsonl").string() + ":1"));
  CHECK_THAT(r.out, Catch::Contains("1 added, 0 updated, 0 unchanged, 0 failed, 1 duplicate not stored"));
  CHECK(Query(tmp / "r.db", "SELECT record FROM articles") == 1);
}

// Regression: attributions [{"level": "T9"}] were stored as a T0 indirect
// attribution: a field the contract always writes was read as a default.
TEST_CASE("ingest --results: attributions with missing or invalid fields are refused at line:column") {
  TempDir tmp;
  auto audited = RunCli({"audit", "--format", "jsonl", "-", "--stdin-filename", "a.txt"}, kNamed);
  REQUIRE(audited.exit_code == 0);
  const nlohmann::json good = nlohmann::json::parse(audited.out);
  REQUIRE_FALSE(good["attributions"].empty());
  struct Case {
    nlohmann::json attributions;
    const char* marker;  // where the error points, as it appears in the line
    const char* says;
  };
  nlohmann::json bad_kind = good["attributions"];
  bad_kind[0]["kind"] = "sideways";
  nlohmann::json bad_level = good["attributions"];
  bad_level[0]["transparency"] = "T9";
  nlohmann::json bad_score = good["attributions"];
  bad_score[0]["score"] = 1.5;
  const Case cases[] = {
      {nlohmann::json::parse(R"([{"level":"T9"}])"), R"({"level":"T9"})", "attributions[0]: \"kind\" is missing"},
      {bad_kind, "\"sideways\"", "attributions[0]: \"kind\" has an unknown value \"sideways\""},
      {bad_level, "\"T9\"", "attributions[0]: \"transparency\" must be T0..T5"},
      {bad_score, "1.5", "attributions[0]: \"score\" must be between 0 and 1"},
      {nlohmann::json::parse("[5]"), "[5]", "attributions[0]: must be an object"},
  };
  for (const auto& c : cases) {
    nlohmann::json line = good;
    line["attributions"] = c.attributions;
    const std::string text = line.dump();
    size_t at = text.find(c.marker, text.find("\"attributions\":"));
    REQUIRE(at != std::string::npos);
    if (std::string(c.marker) == "[5]") ++at;  // the element, inside the list
    WriteFile(tmp / "r.jsonl", text + "\n");
    const fs::path db = tmp / "r.db";
    fs::remove(db);
    auto r = RunCli({"ingest", "--results", (tmp / "r.jsonl").string(), "--db", db.string()});
    INFO(r.err);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("r.jsonl:1:" + std::to_string(at + 1) + ": " + c.says));
    CHECK_FALSE(fs::exists(db));  // nothing stored: the new database is not kept
  }
}

TEST_CASE("ingest: PolNeAR articles with publisher and date from metadata.tsv") {
  if (!testing::HaveShared()) return;
  fs::path polnear = testing::SharedDir() / "polnear-train";
  TempDir tmp;
  fs::path db = tmp / "p.db";
  auto r = RunCli({"ingest", (polnear / "text" / "nyt_2016-0[12]*.txt").string(),
                   (polnear / "text" / "breitbart_2015-11-1*.txt").string(), "--metadata",
                   (polnear / "metadata.tsv").string(), "--db", db.string()});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  int64_t n = Query(db, "SELECT COUNT(*) FROM articles");
  CHECK(n > 5);
  CHECK(Query(db, "SELECT COUNT(*) FROM articles WHERE outlet IN ('nyt', 'breitbart')") == n);
  CHECK(Query(db, "SELECT COUNT(*) FROM articles WHERE published GLOB '201[56]-[01][0-9]-[0-3][0-9]'") == n);
  CHECK(Query(db, "SELECT COUNT(*) FROM articles WHERE title IS NULL") == 0);
  // breitbart_2015-11-16_o-malley… is an AP copy in metadata.tsv.
  CHECK(Query(db, "SELECT wire FROM articles WHERE file LIKE '%o-malley-campaign-to-shift-staff%'") == 1);
}

// Runs `onrecord ingest DIR --db DB` with a pseudo-terminal (`script`) as
// its standard error and returns what the terminal showed; nullopt when the
// machine has no `script`.
std::optional<std::string> IngestOnTerminal(const TempDir& tmp, const fs::path& dir, const fs::path& db) {
  if (std::system("command -v script > /dev/null 2>&1") != 0) return std::nullopt;
  std::string cmd = "script -qec " +
                    testing::ShellQuote(testing::ShellQuote(testing::Binary()) + " ingest " +
                                        testing::ShellQuote(dir.string()) + " --db " +
                                        testing::ShellQuote(db.string())) +
                    " /dev/null > " + testing::ShellQuote((tmp / "tty").string());
  REQUIRE(std::system(cmd.c_str()) == 0);
  return ReadFile(tmp / "tty");
}

TEST_CASE("ingest: the progress line appears only on a terminal") {
  TempDir tmp;
  WriteCorpus(tmp / "in", 0, 5);
  auto tty = IngestOnTerminal(tmp, tmp / "in", tmp / "t.db");
  if (!tty) return;
  CHECK_THAT(*tty, Catch::Contains("/5 articles"));
  CHECK_THAT(*tty, Catch::Contains("5 added"));
  // One article is one article, on the progress line and in the summary.
  WriteCorpus(tmp / "one", 0, 1);
  tty = IngestOnTerminal(tmp, tmp / "one", tmp / "one.db");
  CHECK_THAT(*tty, Catch::Contains("1/1 article "));
  CHECK(tty->find("1/1 articles") == std::string::npos);
  CHECK_THAT(*tty, Catch::Contains(": 1 article in "));
}

TEST_CASE("audit and ingest of a folder with no article are an error, and no database is made") {
  // They had audited nothing and exited 0, and ingest had made an empty
  // database: a wrong path passed as a run (check already refused it).
  TempDir tmp;
  const auto empty = tmp.path() / "empty";
  std::filesystem::create_directories(empty);
  auto audited = RunCli({"audit", empty.string()});
  CHECK(audited.exit_code == 2);
  CHECK_THAT(audited.err, Catch::Contains("no article files in this folder"));
  const auto db = tmp.path() / "e.db";
  auto ingested = RunCli({"ingest", empty.string(), "--db", db.string()});
  CHECK(ingested.exit_code == 2);
  CHECK_THAT(ingested.err, Catch::Contains("no article files in this folder"));
  CHECK_FALSE(std::filesystem::exists(db));
  // A folder with an article beside the empty one: the article is ingested,
  // and the empty folder still makes the exit status 2.
  WriteFile(tmp.path() / "a" / "one.txt", "Port\n\nThe port will close, Mayor Ana Ruiz said.\n");
  auto mixed = RunCli({"ingest", (tmp.path() / "a").string(), empty.string(), "--db", db.string()});
  CHECK(mixed.exit_code == 2);
  CHECK(std::filesystem::exists(db));
}

}  // namespace
}  // namespace onrecord
