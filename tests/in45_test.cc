// Hostile input a fresh user found in the thirty-eighth round (issue #8):
// a UTF-8 file with one pasted Latin-1 sentence was read whole as
// windows-1252 (its curly quotes lost); a 0-byte or blank file was stored by
// ingest as an article of 0 words; a config's second error was not said;
// `check EMPTYDIR` said one cause twice; a failed write to standard output
// gave no OS reason, nor did a database folder that cannot be written; and
// `audit --format json` left an empty folder's error out of the array.
// Every text here was written for these tests.
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "onrecord/audit.h"
#include "onrecord/document.h"
#include "test_util.h"

namespace onrecord {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::CliOptions;
using testing::CliResult;
using testing::DefaultRules;
using testing::ReadFile;
using testing::RunCli;
using testing::TempDir;
using testing::WriteFile;

// Curly quotes in UTF-8, then a sentence typed in Latin-1.
const std::string kMixed =
    "\xE2\x80\x9CWe will mend the pier,\xE2\x80\x9D said Mayor Lina Corr. \xE2\x80\x9CIt is overdue.\xE2\x80\x9D\n\n"
    "The work was praised by J\xE9r\xF4me Th\xE9" "baud, the harbour's d\xE9put\xE9.\n";

Document LoadOne(const std::string& bytes, const std::string& path) {
  auto loaded = LoadBytes(bytes, path, {});
  REQUIRE(loaded.size() == 1);
  REQUIRE(loaded[0].document);
  return *loaded[0].document;
}

int Lines(const std::string& s) { return static_cast<int>(std::count(s.begin(), s.end(), '\n')); }

TEST_CASE("in45: a UTF-8 file with a pasted Latin-1 sentence keeps its quotes and the pasted letters", "[in45]") {
  for (const std::string path : {"a.txt", "a.md"}) {
    INFO(path);
    Document doc = LoadOne(kMixed, path);
    // The UTF-8 quotes are kept; each lone Latin-1 byte is read as windows-1252.
    CHECK(doc.source.find("\xE2\x80\x9CWe will mend the pier,\xE2\x80\x9D") != std::string::npos);
    CHECK(doc.source.find("J\xC3\xA9r\xC3\xB4me Th\xC3\xA9" "baud") != std::string::npos);
    auto r = Audit(doc, DefaultRules(), {});
    REQUIRE(r.ok());
    CHECK(r->quotes.size() == 2);
    int invalid = 0;
    for (const auto& f : r->findings) {
      CHECK(f.rule != "input.encoding-guessed");
      CHECK(f.rule != "input.mojibake");
      if (f.rule != "input.invalid-utf8") continue;
      if (invalid++ == 0) {
        // The first bad byte's place: line 3, the "é" of "Jérôme".
        CHECK(f.location.line == 3);
        CHECK(f.location.column == 26);
        CHECK_THAT(f.message, Catch::Contains("0xE9") && Catch::Contains("windows-1252"));
      }
    }
    CHECK(invalid == 5);
  }
}

TEST_CASE("in45: guards for the per-byte reading of a UTF-8 file", "[in45]") {
  // No well-formed multi-byte character at all: the whole file is a legacy
  // charset, as before, with one warning at 1:1.
  Document legacy = LoadOne("\x93The pier is overdue,\x94 said J\xE9r\xF4me Th\xE9" "baud.\n", "b.txt");
  CHECK(legacy.source.find("\xE2\x80\x9CThe pier is overdue,\xE2\x80\x9D") != std::string::npos);
  REQUIRE(legacy.issues.size() == 1);
  CHECK(legacy.issues[0].rule == "input.encoding-guessed");
  // A multi-byte sequence cut short, and a byte windows-1252 leaves
  // undefined, are still U+FFFD.
  Document cut = LoadOne("Caf\xC3\xA9 owner \xE2\x80 said so, and \x81 that.\n", "c.txt");
  CHECK(cut.source == "Caf\xC3\xA9 owner \xEF\xBF\xBD said so, and \xEF\xBF\xBD that.\n");
  CHECK(cut.issues.size() == 2);
  // JSON is UTF-8 by its standard: its bad bytes stay U+FFFD.
  Document record = LoadOne("{\"text\": \"Caf\xC3\xA9 owner Th\xE9o said so.\"}", "d.json");
  CHECK(record.source.find("Th\xEF\xBF\xBDo") != std::string::npos);
  // Valid UTF-8 is read as it is.
  CHECK(LoadOne("Caf\xC3\xA9.\n", "e.txt").issues.empty());
}

TEST_CASE("in45: ingest does not store an input with no article text and counts it", "[in45]") {
  TempDir tmp;
  WriteFile(tmp / "news/empty.txt", "");
  WriteFile(tmp / "news/blank.txt", "  \n\n\t\n");
  WriteFile(tmp / "news/pier.txt", "\xE2\x80\x9CThe pier will reopen in May,\xE2\x80\x9D said Lina Corr, the mayor.\n");
  const std::string db = (tmp / "n.db").string();
  CliResult r = RunCli({"ingest", "--db", db, (tmp / "news").string()});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("empty.txt: no article text to audit; not stored"));
  CHECK_THAT(r.err, Catch::Contains("blank.txt: no article text to audit; not stored"));
  CHECK_THAT(r.out, Catch::Contains("3 articles"));
  CHECK_THAT(r.out, Catch::Contains("1 added"));
  CHECK_THAT(r.out, Catch::Contains("2 inputs with no text not stored"));
  CliResult c = RunCli({"compare", "--db", db, "--format", "csv"});
  INFO(c.out << c.err);
  REQUIRE(c.exit_code == 0);
  CHECK_THAT(c.out, Catch::Contains("news,1,"));
  // `audit` still names the empty file's state (input.empty).
  CliResult a = RunCli({"audit", (tmp / "news/empty.txt").string()});
  CHECK_THAT(a.out, Catch::Contains("input.empty"));
}

TEST_CASE("in45: every error in a config file is reported, each at its line and column", "[in45]") {
  TempDir tmp;
  WriteFile(tmp / "bad.yml", "min_level: sugestion\nfail_level: warnin\nlevels:\n  attribution.vague-anonymus: error\n");
  WriteFile(tmp / "d.md", "The pier will reopen in May, the mayor said.\n");
  const std::string config = (tmp / "bad.yml").string();
  CliResult r = RunCli({"check", "--config", config, (tmp / "d.md").string()});
  INFO(r.err);
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains(config + ":1:12: 'min_level' must be"));
  CHECK_THAT(r.err, Catch::Contains(config + ":2:13: 'fail_level' must be"));
  CHECK_THAT(r.err, Catch::Contains(config + ":4:3: unknown rule id 'attribution.vague-anonymus'"));
  // Guard: a config with one error still says it once.
  WriteFile(tmp / "one.yml", "fail_level: warnin\n");
  CliResult one = RunCli({"check", "--config", (tmp / "one.yml").string(), (tmp / "d.md").string()});
  CHECK(one.exit_code == 2);
  const std::string said = ":1:13: 'fail_level' must be";
  size_t n = 0;
  for (size_t at = one.err.find(said); at != std::string::npos; at = one.err.find(said, at + 1)) ++n;
  CHECK(n == 1);
}

TEST_CASE("in45: check of an empty folder says the cause in one line", "[in45]") {
  TempDir tmp;
  fs::create_directories(tmp / "drafts");
  CliResult r = RunCli({"check", (tmp / "drafts").string()});
  INFO(r.err);
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("no article files in this folder"));
  CHECK(Lines(r.err) == 1);
  CHECK(r.out.empty());
}

TEST_CASE("in45: a failed write to standard output gives the OS reason", "[in45]") {
  if (!fs::exists("/dev/full")) return;
  TempDir tmp;
  std::string text;
  for (int i = 0; i < 60; ++i) {
    text += "\xE2\x80\x9CThe pier needs " + std::to_string(i + 2) +
            " more beams,\xE2\x80\x9D said Lina Corr, the mayor, on the quay.\n\n";
  }
  WriteFile(tmp / "long.txt", text);
  CliOptions options;
  options.wrapper = {"/bin/sh", "-c", "exec \"$@\" > /dev/full", "sh"};
  for (const std::string format : {"text", "json"}) {
    CliResult r = RunCli({"audit", "--format", format, (tmp / "long.txt").string()}, options);
    INFO(format << ": " << r.err);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("cannot write to standard output: No space left on device"));
  }
}

TEST_CASE("in45: a database folder that cannot be written is named with the OS reason", "[in45]") {
  TempDir tmp;
  const fs::path locked = tmp / "locked";
  fs::create_directories(locked);
  WriteFile(tmp / "pier.txt", "The pier will reopen in May, the mayor said.\n");
  bool immutable = false;
  if (::geteuid() == 0) {
    // root writes through permission bits: an immutable folder, if the file
    // system allows one.
    immutable = std::system(("chattr +i " + testing::ShellQuote(locked.string()) + " 2>/dev/null").c_str()) == 0;
    if (!immutable) return;
  } else {
    ::chmod(locked.c_str(), 0555);
  }
  CliResult r = RunCli({"ingest", "--db", (locked / "x.db").string(), (tmp / "pier.txt").string()});
  if (immutable) std::system(("chattr -i " + testing::ShellQuote(locked.string())).c_str());
  ::chmod(locked.c_str(), 0755);
  INFO(r.err);
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("cannot create the database in the folder " + locked.string() + ": " +
                                    (immutable ? "Operation not permitted" : "Permission denied")));
  CHECK_FALSE(fs::exists(locked / "x.db"));
}

TEST_CASE("in45: audit --format json gives an empty folder's error as an error object", "[in45]") {
  TempDir tmp;
  fs::create_directories(tmp / "empty");
  WriteFile(tmp / "pier.txt", "The pier will reopen in May, the mayor said.\n");
  const std::string empty = (tmp / "empty").string();
  const std::string missing = (tmp / "nosuch.txt").string();
  CliResult r = RunCli({"audit", "--format", "json", empty, missing, (tmp / "pier.txt").string()});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 2);
  json j = json::parse(r.out);
  REQUIRE(j.is_array());
  REQUIRE(j.size() == 3);
  CHECK(j[0]["file"] == empty);
  CHECK_THAT(j[0]["error"]["message"].get<std::string>(), Catch::StartsWith("no article files in this folder"));
  CHECK(j[1]["file"] == missing);
  CHECK(j[1]["error"]["message"] == "no such file");
  CHECK(j[2].contains("attributions"));
  // JSONL: one error line for the folder too.
  CliResult l = RunCli({"audit", "--format", "jsonl", empty, (tmp / "pier.txt").string()});
  REQUIRE(Lines(l.out) == 2);
  CHECK(json::parse(l.out.substr(0, l.out.find('\n')))["file"] == empty);
}

}  // namespace
}  // namespace onrecord
