// Input that is wrong or empty is said to be so, at file:line:column: a
// glob that cannot match, a date no calendar has, a language that is no
// language tag; an author's byline prefix and case do not split a group; an
// empty file claims no language (the eighth round's fresh-user report).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "onrecord/config.h"
#include "test_util.h"

namespace onrecord {
namespace {

using nlohmann::json;
using testing::RunCli;
using testing::TempDir;
using testing::WriteFile;

TEST_CASE("config: a glob with a '[' that no ']' closes is an error at its place", "[config][input]") {
  auto r = ParseConfig("min_level: warning\nexclude:\n  - \"drafts/*\"\n  - \"a[\"\n", "desk/.onrecord.yml");
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().path() == "desk/.onrecord.yml");
  CHECK(r.status().line() == 4);
  CHECK(r.status().column() == 7);  // the '[' itself, after the opening quote
  CHECK_THAT(r.status().message(), Catch::Contains("\"a[\" is not a valid glob"));
  // In an override, and unquoted.
  auto o = ParseConfig("overrides:\n  - files: [x, \"b[!c/*.md\"]\n", "desk/.onrecord.yml");
  REQUIRE_FALSE(o.ok());
  CHECK(o.status().line() == 2);
  CHECK_THAT(o.status().message(), Catch::Contains("no ']' closes"));
  // Closed classes, a ']' first in its class, and the negated form are fine.
  CHECK(ParseConfig("exclude: [\"a[bc]/*\", \"[]x]*\", \"[!._]*.md\"]\n", "c.yml").ok());
  // The command line: exit status 2 and file:line:column.
  TempDir dir;
  WriteFile(dir / ".onrecord.yml", "exclude:\n  - \"a[\"\n");
  WriteFile(dir / "a.txt", "The council met on Monday.\n");
  auto cli = RunCli({"check", "--config", (dir / ".onrecord.yml").string(), (dir / "a.txt").string()});
  CHECK(cli.exit_code == 2);
  CHECK_THAT(cli.err, Catch::Contains((dir / ".onrecord.yml").string() + ":2:7:"));
}

TEST_CASE("compare: a date filter must be a day of the calendar", "[compare][input]") {
  TempDir dir;
  const std::string db = (dir / "c.db").string();
  WriteFile(dir / "a.txt", "“We will win,” Mayor Ana Ruiz said.\n");
  REQUIRE(RunCli({"ingest", "--db", db, (dir / "a.txt").string()}).exit_code == 0);
  for (const char* date : {"2016-02-30", "2015-02-29", "2016-04-31", "1900-02-29"}) {
    INFO(date);
    auto bad = RunCli({"compare", "--db", db, "--since", date});
    CHECK(bad.exit_code == 2);
    CHECK_THAT(bad.err, Catch::Contains("is no calendar date"));
  }
  // Leap days of leap years are days.
  for (const char* date : {"2016-02-29", "2000-02-29", "2016-04-30"}) {
    INFO(date);
    auto ok = RunCli({"compare", "--db", db, "--until", date});
    CHECK_THAT(ok.err, !Catch::Contains("is no calendar date"));
  }
}

TEST_CASE("a JSONL record's language that is no language tag, or has no rules, is named at its place",
          "[input][language]") {
  TempDir dir;
  const std::string first = "{\"text\": \"The mayor said the bridge would reopen in May.\", \"language\": \"klingon\"}";
  const std::string second = "{\"text\": \"De burgemeester zei dat de brug in mei opengaat.\", \"lang\": \"nl\"}";
  WriteFile(dir / "lang.jsonl", first + "\n" + second + "\n");
  const std::string path = (dir / "lang.jsonl").string();
  auto r = RunCli({"audit", "--format", "json", path});
  CHECK(r.exit_code == 0);
  // At the value, 1-based.
  const std::string at1 = ":1:" + std::to_string(first.find("\"klingon\"") + 1) + ":";
  const std::string at2 = ":2:" + std::to_string(second.find("\"nl\"") + 1) + ":";
  CHECK_THAT(r.err, Catch::Contains("warning: " + path + at1));
  CHECK_THAT(r.err, Catch::Contains("\"klingon\", not a language tag"));
  CHECK_THAT(r.err, Catch::Contains("warning: " + path + at2 + " the article's language 'nl'"));
  CHECK_THAT(r.err, Catch::Contains("the article's language 'nl' (declared) has no rules"));
  CHECK_THAT(r.err, !Catch::Contains("record 2:"));
}

TEST_CASE("compare --by author: a byline's By and its letter case make no separate author", "[compare][input]") {
  TempDir dir;
  const std::string db = (dir / "c.db").string();
  WriteFile(dir / "in" / "a1.txt", "“We will win,” Mayor Ana Ruiz said.\n");
  WriteFile(dir / "in" / "a2.txt", "Prices will rise, people familiar with the matter said.\n");
  WriteFile(dir / "in" / "a3.txt", "“We are ready,” said Tom Ellery, the harbour master.\n");
  WriteFile(dir / "meta.csv",
            "filename,author\n"
            "a1,BY JUNE HOLLIS\n"
            "a2,By JUNE HOLLIS\n"
            "a3,Peter Vance\n");
  REQUIRE(RunCli({"ingest", (dir / "in").string(), "--metadata", (dir / "meta.csv").string(), "--db", db})
              .exit_code == 0);
  auto r = RunCli({"compare", "--db", db, "--by", "author", "--format", "json"});
  REQUIRE(r.exit_code == 0);
  json j = json::parse(r.out);
  REQUIRE(j["groups"].size() == 2);
  CHECK(j["groups"][0]["group"] == "JUNE HOLLIS");
  CHECK(j["groups"][0]["articles"] == 2);
  CHECK(j["groups"][1]["group"] == "Peter Vance");
  CHECK(j["groups"][1]["articles"] == 1);
}

TEST_CASE("an empty article claims no language", "[audit][input]") {
  TempDir dir;
  WriteFile(dir / "empty.txt", "");
  auto text = RunCli({"audit", (dir / "empty.txt").string()});
  CHECK(text.exit_code == 0);
  CHECK_THAT(text.out, Catch::Contains("[und; 0 words]"));
  CHECK(json::parse(RunCli({"audit", "--format", "json", (dir / "empty.txt").string()}).out)["language"] == "und");
  // Asked for, the language stays.
  CHECK_THAT(RunCli({"audit", "--language", "fr", (dir / "empty.txt").string()}).out, Catch::Contains("[fr; 0 words]"));
}

TEST_CASE("audit --format sarif points to check", "[cli][input]") {
  TempDir dir;
  WriteFile(dir / "a.txt", "The council met on Monday.\n");
  auto r = RunCli({"audit", "--format", "sarif", (dir / "a.txt").string()});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("onrecord check --format sarif"));
  auto other = RunCli({"audit", "--format", "yaml", (dir / "a.txt").string()});
  CHECK(other.exit_code == 2);
  CHECK_THAT(other.err, Catch::Contains("yaml not in {text,json,jsonl,html}"));
}

}  // namespace
}  // namespace onrecord
