// Robustness and user-facing faults a fresh user found (fu39, branch fixa39):
// numeric rule fields and duplicate keys in rule files, dates compare cannot
// read, suppressions in the wrong case, a config's `rules:` naming a file,
// HTML given as text, table cells, and the shared data for a clone elsewhere.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <SQLiteCpp/SQLiteCpp.h>

#include "analysis.h"
#include "onrecord/store.h"
#include "onrecord/suppressions.h"
#include "store_sql.h"
#include "shell_util.h"
#include "test_util.h"

namespace onrecord {
namespace {

namespace fs = std::filesystem;
using testing::CliOptions;
using testing::CliResult;
using testing::ReadFile;
using testing::RunCli;
using testing::Sh;
using testing::ShellQuote;
using testing::TempDir;
using testing::WriteFile;

// A copy of the shipped rules in `dir`, for a test to break one file.
fs::path CopyRules(const TempDir& tmp) {
  const fs::path dir = tmp.path() / "rules";
  fs::copy(testing::SourceDir() / "rules", dir, fs::copy_options::recursive);
  return dir;
}

// Replaces the line of `file` that starts with `key` by `line`.
void SetLine(const fs::path& file, const std::string& key, const std::string& line) {
  std::istringstream in(ReadFile(file));
  std::string out, l;
  bool done = false;
  while (std::getline(in, l)) {
    if (!done && l.rfind(key, 0) == 0) {
      l = line;
      done = true;
    }
    out += l + "\n";
  }
  REQUIRE(done);
  WriteFile(file, out);
}

// The 1-based line of `file` that starts with `key`.
int LineOf(const fs::path& file, const std::string& key) {
  std::istringstream in(ReadFile(file));
  std::string l;
  for (int n = 1; std::getline(in, l); ++n) {
    if (l.rfind(key, 0) == 0) return n;
  }
  return 0;
}

CliResult AuditWith(const fs::path& rules, const fs::path& article) {
  return RunCli({"--rules", rules.string(), "audit", article.string()});
}

const char* const kStory = "Talks stalled on Monday, people familiar with the matter said.\n";

// -------------------------------------------------- 1: numeric rule fields

TEST_CASE("fixa39: a rule weight that is not a number from 0 to 1 is refused at load with its place", "[fixa39]") {
  for (const std::string value : {".nan", ".NaN", ".inf", "-.inf", "-1", "2", "1.5"}) {
    INFO(value);
    TempDir tmp;
    const fs::path rules = CopyRules(tmp);
    const fs::path file = rules / "any/attribution/anonymous-direct-quote.yml";
    SetLine(file, "weight:", "weight: " + value);
    WriteFile(tmp.path() / "a.txt", kStory);
    CliResult r = AuditWith(rules, tmp.path() / "a.txt");
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains(file.string() + ":" + std::to_string(LineOf(file, "weight:")) + ":9"));
    CHECK_THAT(r.err, Catch::Contains("weight must be between 0 and 1"));
    CHECK_THAT(r.out, !Catch::Contains("nan"));
  }
}

TEST_CASE("fixa39: a metric rule bound that is not a finite number of 0 or more is refused", "[fixa39]") {
  for (const std::string value : {".nan", ".inf", "-0.5"}) {
    INFO(value);
    TempDir tmp;
    const fs::path rules = CopyRules(tmp);
    const fs::path file = rules / "any/metric/low-transparency.yml";
    SetLine(file, "below:", "below: " + value);
    WriteFile(tmp.path() / "a.txt", kStory);
    CliResult r = AuditWith(rules, tmp.path() / "a.txt");
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains(file.string() + ":" + std::to_string(LineOf(file, "below:")) + ":8"));
    CHECK_THAT(r.err, Catch::Contains("'below' must be a finite number of 0 or more"));
  }
}

// -------------------------------------------------- 2: duplicate keys

TEST_CASE("fixa39: a key given twice in a rule file is refused, at the second, at any depth", "[fixa39]") {
  SECTION("a top-level key") {
    TempDir tmp;
    const fs::path rules = CopyRules(tmp);
    const fs::path file = rules / "any/attribution/vague-anonymous.yml";
    const std::string before = ReadFile(file);
    const int lines = static_cast<int>(std::count(before.begin(), before.end(), '\n'));
    WriteFile(file, before + "level: error\n");
    WriteFile(tmp.path() / "a.txt", kStory);
    CliResult r = AuditWith(rules, tmp.path() / "a.txt");
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains(file.string() + ":" + std::to_string(lines + 1) + ":1: duplicate key 'level'"));
    // rules test loads the same way.
    CliResult t = RunCli({"--rules", rules.string(), "rules", "test"});
    CHECK(t.exit_code == 2);
    CHECK_THAT(t.err, Catch::Contains("duplicate key 'level'"));
  }
  SECTION("a condition inside when:") {
    TempDir tmp;
    const fs::path rules = CopyRules(tmp);
    const fs::path file = rules / "any/attribution/anonymous-direct-quote.yml";
    SetLine(file, "  direct_quote: true", "  direct_quote: true\n  anonymous: false");
    WriteFile(tmp.path() / "a.txt", kStory);
    CliResult r = AuditWith(rules, tmp.path() / "a.txt");
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains(file.string() + ":" + std::to_string(LineOf(file, "  direct_quote:") + 1) +
                                      ":3: duplicate key 'anonymous'"));
  }
}

// -------------------------------------------------- 3: dates compare cannot read

std::string JsonlRecord(const std::string& url, const std::string& published) {
  return nlohmann::json{{"url", url}, {"outlet", "Courier"}, {"published", published}, {"text", kStory}}.dump() +
         "\n";
}

// The groups of `compare --by month --format json` as "name=articles".
std::vector<std::string> MonthGroups(const fs::path& db, const std::vector<std::string>& extra = {}) {
  std::vector<std::string> args = {"compare", "--db", db.string(), "--by", "month", "--format", "json"};
  args.insert(args.end(), extra.begin(), extra.end());
  CliResult r = RunCli(args);
  INFO(r.err);
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  std::vector<std::string> out;
  const nlohmann::json j = nlohmann::json::parse(r.out);  // kept: the loop reads into it
  for (const auto& g : j["groups"]) {
    out.push_back((g["group"].is_null() ? std::string("(none)") : g["group"].get<std::string>()) + "=" +
                  std::to_string(g["articles"].get<int>()));
  }
  std::sort(out.begin(), out.end());
  return out;
}

void IngestDates(const TempDir& tmp, const fs::path& db) {
  WriteFile(tmp.path() / "in.jsonl", JsonlRecord("https://x.test/1", "2026-13-45") +
                                         JsonlRecord("https://x.test/2", "March 3, 2026") +
                                         JsonlRecord("https://x.test/3", "2026-03-03") +
                                         JsonlRecord("https://x.test/4", "2026-02-30") +
                                         JsonlRecord("https://x.test/5", "2026-1x-01"));
  CliResult r = RunCli({"ingest", (tmp.path() / "in.jsonl").string(), "--db", db.string()});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("compare gives it no month"));
}

TEST_CASE("fixa39: compare gives a date ingest cannot read no month, and date filters leave it out", "[fixa39]") {
  TempDir tmp;
  const fs::path db = tmp.path() / "c.db";
  IngestDates(tmp, db);
  // "2026-02-30" has the form: grouped under its month, as ingest's warning says.
  CHECK(MonthGroups(db) == std::vector<std::string>{"(none)=3", "2026-02=1", "2026-03=1"});
  CHECK(MonthGroups(db, {"--since", "2026-01"}) == std::vector<std::string>{"2026-02=1", "2026-03=1"});
  CHECK(MonthGroups(db, {"--until", "2026-12"}) == std::vector<std::string>{"2026-02=1", "2026-03=1"});
  // The shipped view agrees (sqlite3 and Datasette users read it).
  SQLite::Database d(db.string());
  CHECK(d.execAndGet("SELECT COUNT(*) FROM article_metrics WHERE month IS NULL").getInt() == 3);
  CHECK(d.execAndGet("SELECT COUNT(*) FROM month_summary WHERE grp = '2026-13'").getInt() == 0);
}

TEST_CASE("fixa39: a schema-5 database is read unmigrated with the right months, and migrates its view",
          "[fixa39]") {
  TempDir tmp;
  const fs::path db = tmp.path() / "old.db";
  IngestDates(tmp, db);
  {
    // Back to schema 5: article_metrics with the month it had then.
    SQLite::Database d(db.string(), SQLite::OPEN_READWRITE);
    std::string sql = d.execAndGet("SELECT sql FROM sqlite_master WHERE name = 'article_metrics'").getString();
    const size_t at = sql.find(MonthSql());
    REQUIRE(at != std::string::npos);
    sql.replace(at, MonthSql().size(),
                "CASE WHEN published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' THEN substr(published, 1, 7) END");
    d.exec("DROP VIEW article_metrics");
    d.exec(sql);
    d.exec("PRAGMA user_version = 5");
    CHECK(d.execAndGet("SELECT COUNT(*) FROM month_summary WHERE grp = '2026-13'").getInt() == 1);
  }
  // compare reads it as it is (read-only) and still gives no month.
  CHECK(MonthGroups(db) == std::vector<std::string>{"(none)=3", "2026-02=1", "2026-03=1"});
  {
    SQLite::Database d(db.string());
    CHECK(d.execAndGet("PRAGMA user_version").getInt() == 5);
  }
  // The next write migrates: the view is recreated, the rows are kept.
  WriteFile(tmp.path() / "more" / "b.txt", kStory);
  REQUIRE(RunCli({"ingest", (tmp.path() / "more").string(), "--db", db.string()}).exit_code == 0);
  SQLite::Database d(db.string());
  CHECK(d.execAndGet("PRAGMA user_version").getInt() == Store::kSchemaVersion);
  CHECK(d.execAndGet("SELECT COUNT(*) FROM articles").getInt() == 6);
  CHECK(d.execAndGet("SELECT COUNT(*) FROM month_summary WHERE grp = '2026-13'").getInt() == 0);
  CHECK(d.execAndGet("SELECT COUNT(*) FROM anonymous_phrase_uses WHERE month = '2026-13'").getInt() == 0);
}

// -------------------------------------------------- 4: suppressions, config

TEST_CASE("fixa39: a suppression directive in another case is reported, never silently ignored", "[fixa39]") {
  for (const std::string head : {"ONRECORD-DISABLE-NEXT-LINE attribution.vague-anonymous", "OnRecord off",
                                 "Onrecord-disable-line", "ONRECORD-DISABLE-FILE"}) {
    INFO(head);
    const std::string md = "# Talks\n\n<!-- " + head + " -->\n" + kStory;
    Suppressions s = ParseSuppressions(md, InputFormat::kMarkdown);
    REQUIRE(s.problems.size() == 1);
    CHECK_THAT(s.problems[0].message, Catch::Contains("directives are lower case"));
    CHECK(s.problems[0].line == 3);
    CHECK(s.ranges.empty());
  }
  // A comment that only mentions the tool is no directive.
  CHECK(ParseSuppressions("<!-- OnRecordings of the hearing -->\n", InputFormat::kMarkdown).problems.empty());
  // In check: a suppression.invalid finding, and the finding stays.
  TempDir tmp;
  WriteFile(tmp.path() / "d.md", std::string("<!-- ONRECORD-DISABLE-NEXT-LINE attribution.vague-anonymous -->\n") + kStory);
  CliResult r = RunCli({"check", (tmp.path() / "d.md").string()}, CliOptions{.cwd = tmp.path().string()});
  CHECK_THAT(r.out, Catch::Contains("suppression.invalid"));
  CHECK_THAT(r.out, Catch::Contains("attribution.vague-anonymous"));
}

TEST_CASE("fixa39: a config whose rules: names a file or an empty folder says so at the config's place",
          "[fixa39]") {
  TempDir tmp;
  WriteFile(tmp.path() / "story.md", kStory);
  WriteFile(tmp.path() / ".onrecord.yml", "language: en\nrules: story.md\n");
  CliResult r = RunCli({"check", "story.md"}, CliOptions{.cwd = tmp.path().string()});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains(".onrecord.yml:2:8: rules is not a directory"));
  fs::create_directories(tmp.path() / "empty");
  WriteFile(tmp.path() / ".onrecord.yml", "rules: empty\n");
  r = RunCli({"check", "story.md"}, CliOptions{.cwd = tmp.path().string()});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains(".onrecord.yml:1:8: rules directory"));
  CHECK_THAT(r.err, Catch::Contains("no rule files there"));
}

// -------------------------------------------------- 5: HTML given as text

const char* const kPage =
    "<!DOCTYPE html>\n<html><head><title>Harbour talks</title></head><body>\n"
    "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li></ul></nav>\n"
    "<article><h1>Harbour talks stall</h1>\n"
    "<p>Talks stalled on Monday, people familiar with the matter said.</p>\n"
    "<p>“We are not there yet,” said Mayor Ana Ruiz.</p></article>\n"
    "<div class=\"share\"><a href=\"/s\">Share on Facebook</a> <a href=\"/t\">Share on X</a></div>\n"
    "</body></html>\n";

nlohmann::json AuditJson(const fs::path& file) {
  CliResult r = RunCli({"audit", "--format", "json", file.string()});
  INFO(r.err);
  REQUIRE(r.exit_code <= 1);
  return nlohmann::json::parse(r.out);
}

TEST_CASE("fixa39: an HTML page saved as .txt is read as HTML, with a warning", "[fixa39]") {
  TempDir tmp;
  WriteFile(tmp.path() / "page.txt", kPage);
  WriteFile(tmp.path() / "page.html", kPage);
  CliResult r = RunCli({"audit", (tmp.path() / "page.txt").string()});
  CHECK_THAT(r.err, Catch::Contains("page.txt:1:1: the text is an HTML document (it starts with <!doctype html>): it is read as HTML"));
  const std::string as_text = ReadFile(tmp.path() / "page.txt");
  const auto txt = AuditJson(tmp.path() / "page.txt");
  const auto html = AuditJson(tmp.path() / "page.html");
  CHECK(txt["metadata"]["words"] == html["metadata"]["words"]);
  CHECK(txt["metadata"]["title"] == "Harbour talks stall");
  // --input-format text keeps it text.
  CliResult forced = RunCli({"audit", "--input-format", "text", (tmp.path() / "page.txt").string()});
  CHECK_THAT(forced.err + forced.out, !Catch::Contains("read as HTML"));
  // A page without a doctype but dense with tags, and plain prose naming a tag.
  WriteFile(tmp.path() / "frag.txt",
            "<div><p>Talks stalled on Monday, people familiar with the matter said.</p>"
            "<p>“We are not there yet,” said Mayor Ana Ruiz.</p><p><a href=\"/x\">More</a></p></div>\n");
  CHECK_THAT(RunCli({"audit", (tmp.path() / "frag.txt").string()}).err, Catch::Contains("read as HTML"));
  WriteFile(tmp.path() / "prose.txt",
            "The editor said the <p> tag and the <div> tag were left in the feed by mistake, a spokesman "
            "said on Monday.\n");
  CHECK_THAT(RunCli({"audit", (tmp.path() / "prose.txt").string()}).err, !Catch::Contains("read as HTML"));
}

TEST_CASE("fixa39: HTML in a JSONL text field is read as HTML, and so is a record with only an html field", "[fixa39]") {
  TempDir tmp;
  WriteFile(tmp.path() / "r.jsonl", nlohmann::json{{"text", kPage}}.dump() + "\n" +
                                        nlohmann::json{{"html", kPage}, {"url", "https://x.test/h"}}.dump() + "\n" +
                                        nlohmann::json{{"text", kStory}}.dump() + "\n");
  WriteFile(tmp.path() / "page.html", kPage);
  CliResult r = RunCli({"audit", "--format", "json", (tmp.path() / "r.jsonl").string()});
  INFO(r.err);
  REQUIRE(r.exit_code <= 1);
  CHECK_THAT(r.err, !Catch::Contains("no text field"));
  const auto j = nlohmann::json::parse(r.out);
  const auto html = AuditJson(tmp.path() / "page.html");
  REQUIRE(j.size() == 3);
  CHECK(j[0]["metadata"]["words"] == html["metadata"]["words"]);
  CHECK(j[1]["metadata"]["words"] == html["metadata"]["words"]);
  CHECK(j[1]["metadata"]["url"] == "https://x.test/h");
  // One warning, at the first record's text field; none for the html field.
  CHECK_THAT(r.err, Catch::Contains("r.jsonl:1:9: JSON field 'text' holds an HTML document"));
  CHECK(r.err.find("holds an HTML document") == r.err.rfind("holds an HTML document"));
}

// -------------------------------------------------- 6: table cells

TEST_CASE("fixa39: each HTML table cell is a block, its offsets in the source", "[fixa39]") {
  const std::string html =
      "<table><tr><td>Q&amp;A</td><td>People familiar with the matter said the deal was off.</td></tr></table>";
  Extracted e = ExtractHtml(html, nullptr);
  CHECK(e.text == "Q&A\nPeople familiar with the matter said the deal was off.");
  CHECK(e.kinds.size() == 2);
  const size_t at = e.text.find("People");
  CHECK(e.map.BeginToBase(at) == html.find("People"));
  TempDir tmp;
  WriteFile(tmp.path() / "t.html", "<p>Intro.</p>\n" + html + "\n");
  CliResult r = RunCli({"audit", (tmp.path() / "t.html").string()});
  INFO(r.out);
  CHECK_THAT(r.out, Catch::Contains("2:32  People familiar with the matter"));
  CHECK_THAT(r.out, Catch::Contains("2:32"));
}

// -------------------------------------------------- 7: clones elsewhere

TEST_CASE("fixa39: SharedDir honours ONRECORD_SHARED and HaveShared says what it skipped", "[fixa39]") {
  const char* before = std::getenv("ONRECORD_SHARED");
  const std::string saved = before ? before : "";
  ::setenv("ONRECORD_SHARED", "/nonexistent/shared-data", 1);
  CHECK(testing::SharedDir() == fs::path("/nonexistent/shared-data"));
  const char* ci = std::getenv("CI");
  const std::string saved_ci = ci ? ci : "";
  ::unsetenv("CI");
  // Its notice goes to standard output, which ctest reads for the test; it
  // is caught in a file here so that this test is not itself reported skipped.
  TempDir tmp;
  const fs::path caught = tmp.path() / "stdout.txt";
  std::fflush(stdout);
  const int saved_fd = ::dup(1);
  const int fd = ::open(caught.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  REQUIRE(fd >= 0);
  ::dup2(fd, 1);
  const bool have = testing::HaveShared();
  std::fflush(stdout);
  ::dup2(saved_fd, 1);
  ::close(fd);
  ::close(saved_fd);
  CHECK_FALSE(have);
  const std::string notice = ReadFile(caught);
  CHECK(notice.rfind("ONRECORD-SKIPPED: /nonexistent/shared-data not found", 0) == 0);
  if (!saved_ci.empty()) ::setenv("CI", saved_ci.c_str(), 1);
  if (before) ::setenv("ONRECORD_SHARED", saved.c_str(), 1);
  else ::unsetenv("ONRECORD_SHARED");
  CHECK(testing::SharedDir() != fs::path("/nonexistent/shared-data"));
}

// With one job ninja prints a step's line when the step ends: the notice
// waited for the first step, minutes of silence after "configuring". Each
// step here fails unless the notice is already in the log when it runs.
TEST_CASE("fixa39: scripts/build announces a long build before its first step", "[fixa39]") {
  TempDir tmp;
  const fs::path log = tmp.path() / "log.txt";
  std::string lists = "cmake_minimum_required(VERSION 3.16)\nproject(steps NONE)\n";
  for (int i = 0; i < 25; ++i) {
    const std::string out = "${CMAKE_BINARY_DIR}/s" + std::to_string(i);
    lists += "add_custom_command(OUTPUT " + out + " COMMAND grep -q \"scripts/build: building\" " + log.string() +
             " COMMAND ${CMAKE_COMMAND} -E touch " + out + ")\n";
  }
  lists += "add_custom_target(many ALL DEPENDS";
  for (int i = 0; i < 25; ++i) lists += " ${CMAKE_BINARY_DIR}/s" + std::to_string(i);
  lists += ")\n";
  WriteFile(tmp.path() / "src" / "CMakeLists.txt", lists);
  REQUIRE(Sh("cmake -S " + ShellQuote((tmp.path() / "src").string()) + " -B " +
                 ShellQuote((tmp.path() / "b").string()) + " -G Ninja",
             tmp.path() / "cmake.txt") == 0);
  const std::string build = "env -u CMAKE_CXX_COMPILER_LAUNCHER -u CI CMAKE_BUILD_PARALLEL_LEVEL=1 ONRECORD_BUILD_DIR=" +
                            ShellQuote((tmp.path() / "b").string()) + " " +
                            ShellQuote((testing::SourceDir() / "scripts/build").string());
  const int rc = Sh(build + " --target many", log);
  const std::string err = ReadFile(log);
  INFO(err);
  CHECK(rc == 0);
  CHECK(err.find("scripts/build: building many (25 steps") < err.find("[1/25]"));
  CHECK_THAT(err, Catch::Contains("CCACHE_BASEDIR"));
}

}  // namespace
}  // namespace onrecord
