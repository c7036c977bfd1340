// Faults a fresh user (fu53r) found in the outputs of the CLI, forty-fifth
// round, branch fix53r: control characters from an article or its file name
// written raw by `compare`, `clean`, `check --format github` and `audit
// --format html`; `check --format json` giving 0 for an error's missing
// position; the reports of an invalid config naming neither file nor error,
// and a bad --language blamed on the config; `compare`'s default grouping
// and `init`'s refusal undocumented; the doubled words of `compare`'s
// warning about an interrupted ingest; and a `rules:` folder that does not
// exist hiding the config's other errors.
#include <SQLiteCpp/SQLiteCpp.h>

#include <unistd.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "onrecord/check_output.h"
#include "onrecord/printable.h"
#include "onrecord/report_html.h"
#include "test_util.h"

namespace onrecord {
namespace {

using testing::CliResult;
using testing::ReadFile;
using testing::RunCli;
using testing::SourceDir;
using testing::TempDir;
using testing::WriteFile;
namespace fs = std::filesystem;

const std::string kEsc = "\x1B";

// Two records: one whose outlet and anonymous-source phrase hold an escape
// sequence, one plain (the guard).
void IngestTwoOutlets(const TempDir& tmp, const fs::path& db) {
  WriteFile(tmp / "in.jsonl",
            "{\"id\":\"r1\",\"outlet\":\"Coast\\u001b[2J Herald\",\"text\":\"The ferry line will stop, people "
            "close to the \\u001b[31mboard said.\"}\n"
            "{\"id\":\"r2\",\"outlet\":\"Valley Courier\",\"text\":\"The toll will rise, an official said.\"}\n");
  CliResult i = RunCli({"ingest", (tmp / "in.jsonl").string(), "--db", db.string()});
  INFO(i.err);
  REQUIRE(i.exit_code == 0);
}

TEST_CASE("fix53r: compare's table, Markdown and HTML write control characters escaped", "[fix53r]") {
  TempDir tmp;
  const fs::path db = tmp / "c.db";
  IngestTwoOutlets(tmp, db);
  for (const char* format : {"table", "markdown", "html"}) {
    CliResult c = RunCli({"compare", "--db", db.string(), "--format", format, "--bootstrap", "0"});
    INFO(format << "\n" << c.out << c.err);
    CHECK(c.exit_code == 0);
    CHECK(c.out.find(kEsc) == std::string::npos);
    CHECK(c.err.find(kEsc) == std::string::npos);
    // The outlet and the phrase, shown as text (Markdown escapes the
    // backslash, so that it renders as one).
    const std::string slash = std::string(format) == "markdown" ? "\\\\" : "\\";
    CHECK_THAT(c.out, Catch::Contains("Coast" + slash + "x1B"));
    CHECK_THAT(c.out, Catch::Contains("the " + slash + "x1B"));
    // Guard: a plain outlet is as it was.
    CHECK_THAT(c.out, Catch::Contains("Valley Courier"));
  }
  // Guard: the machine formats keep the text as stored.
  CliResult j = RunCli({"compare", "--db", db.string(), "--format", "json", "--bootstrap", "0"});
  auto groups = nlohmann::json::parse(j.out)["groups"];
  bool raw = false;
  for (const auto& g : groups) raw = raw || g["group"] == "Coast" + kEsc + "[2J Herald";
  CHECK(raw);
  CliResult csv = RunCli({"compare", "--db", db.string(), "--format", "csv", "--bootstrap", "0"});
  CHECK_THAT(csv.out, Catch::Contains("Coast" + kEsc + "[2J Herald"));
}

TEST_CASE("fix53r: clean's text shows control characters escaped and keeps its lines", "[fix53r]") {
  TempDir tmp;
  WriteFile(tmp / "a.txt", "The ferry line will stop, people close to the " + kEsc +
                               "[31mboard said.\n\nThe mayor said the toll will rise.\n");
  CliResult c = RunCli({"clean", (tmp / "a.txt").string()});
  INFO(c.out << c.err);
  CHECK(c.exit_code == 0);
  CHECK(c.out.find(kEsc) == std::string::npos);
  CHECK_THAT(c.out, Catch::Contains("close to the \\x1B[31mboard said.\n"));
  // Guard: the line breaks stay line breaks.
  CHECK_THAT(c.out, Catch::Contains("said.\nThe mayor said the toll will rise.\n"));
  // Guard: JSON keeps the text.
  CliResult j = RunCli({"clean", "--format", "json", (tmp / "a.txt").string()});
  CHECK(nlohmann::json::parse(j.out)["text"].get<std::string>().find(kEsc) != std::string::npos);
}

TEST_CASE("fix53r: check --format github writes a file name's control characters escaped", "[fix53r]") {
  TempDir tmp;
  const fs::path draft = tmp / ("port" + kEsc + "[2Jnews.txt");
  WriteFile(draft, "The port will close, people familiar with the matter said.\n");
  CliResult c = RunCli({"check", "--format", "github", "--fail-level", "none", draft.string()});
  INFO(c.out << c.err);
  CHECK(c.exit_code == 0);
  CHECK(c.out.find(kEsc) == std::string::npos);
  CHECK_THAT(c.out, Catch::Contains("port\\x1B[2Jnews.txt"));
  // Guard: the annotations are still there, and a line break in data is
  // still %0A, not \x0A.
  CHECK_THAT(c.out, Catch::Contains("title=attribution.vague-anonymous::"));
  CHECK(EscapeGithubData("a\nb" + kEsc + "c") == "a%0Ab\\x1Bc");
}

TEST_CASE("fix53r: audit --format html writes control characters escaped", "[fix53r]") {
  TempDir tmp;
  WriteFile(tmp / "a.txt", "The port will close, people familiar with the " + kEsc + "[31mmatter said.\n");
  CliResult c = RunCli({"audit", "--format", "html", (tmp / "a.txt").string()});
  INFO(c.out << c.err);
  CHECK(c.exit_code == 0);
  CHECK(c.out.find(kEsc) == std::string::npos);
  CHECK_THAT(c.out, Catch::Contains("people familiar with the \\x1B[31mmatter</mark>"));
  CHECK(HtmlEscape("a\x07<b>") == "a\\x07&lt;b&gt;");
  // Guard: line breaks, tabs and UTF-8 are kept.
  CHECK(HtmlEscape("one\ntwo\r\nthree\tfour \u00E9") == "one\ntwo\r\nthree\tfour \u00E9");
}

// A config with two errors the parser finds: an unknown key on line 2 and
// a bad level value on line 3.
const char* kInvalidConfig = "min_level: suggestion\nfail_levle: warning\nmin_level2: x\n";

TEST_CASE("fix53r: the reports of an invalid config name its first error and count the rest", "[fix53r]") {
  TempDir tmp;
  WriteFile(tmp / ".onrecord.yml", kInvalidConfig);
  WriteFile(tmp / "a.txt", "The mayor said the toll will rise.\n");
  const std::string draft = (tmp / "a.txt").string();
  const std::string config = (tmp / ".onrecord.yml").string();
  CliResult j = RunCli({"check", "--format", "json", draft});
  INFO(j.out << j.err);
  CHECK(j.exit_code == 2);
  auto error = nlohmann::json::parse(j.out)["files"][0]["error"];
  const std::string message = error["message"];
  CHECK_THAT(message, Catch::StartsWith("the config is invalid: " + config + ":2:1: "));
  CHECK_THAT(message, Catch::EndsWith(" (and 1 more error)"));
  // No position in the draft: null, not 0.
  CHECK(error["line"].is_null());
  CHECK(error["column"].is_null());
  CliResult s = RunCli({"check", "--format", "sarif", draft});
  auto notes = nlohmann::json::parse(s.out)["runs"][0]["invocations"][0]["toolExecutionNotifications"];
  REQUIRE(notes.size() == 1);
  CHECK(notes[0]["message"]["text"] == message);
  CliResult u = RunCli({"check", "--format", "junit", draft});
  CHECK_THAT(u.out, Catch::Contains("the config is invalid: " + config + ":2:1: "));
  // The summary is as it was.
  CliResult cli = RunCli({"check", draft});
  CHECK_THAT(cli.out, Catch::Contains("1 file could not be checked because of an error in the config or rules (see "
                                      "above)."));
}

TEST_CASE("fix53r: check --format json gives null for a missing file's position", "[fix53r]") {
  TempDir tmp;
  WriteFile(tmp / "a.txt", "The mayor said the toll will rise.\n");
  CliResult j = RunCli({"check", "--format", "json", (tmp / "a.txt").string(), (tmp / "missing.txt").string()});
  INFO(j.out << j.err);
  auto files = nlohmann::json::parse(j.out)["files"];
  REQUIRE(files.size() == 2);
  // Guard: the checked file has no error.
  CHECK(files[0]["error"].is_null());
  CHECK(files[0]["score"].is_object());
  CHECK(files[1]["error"]["message"] == "no such file");
  CHECK(files[1]["error"]["line"].is_null());
  CHECK(files[1]["error"]["column"].is_null());
  // A config read but unusable (an unknown language): no position either.
  WriteFile(tmp / ".onrecord.yml", "language: xq\n");
  CliResult k = RunCli({"check", "--format", "json", (tmp / "a.txt").string()});
  INFO(k.out << k.err);
  auto error = nlohmann::json::parse(k.out)["files"][0]["error"];
  CHECK(error["line"].is_null());
  CHECK(error["column"].is_null());
  CHECK_THAT(error["message"].get<std::string>(),
             Catch::StartsWith("the config is invalid: " + (tmp / ".onrecord.yml").string() + ":1:11: unknown "
                               "language 'xq'"));
}

TEST_CASE("fix53r: an unknown --language is said to be the command line's error", "[fix53r]") {
  TempDir tmp;
  WriteFile(tmp / "a.txt", "The mayor said the toll will rise.\n");
  CliResult c = RunCli({"check", "--language", "xq", (tmp / "a.txt").string()});
  INFO(c.out << c.err);
  CHECK(c.exit_code == 2);
  CHECK_THAT(c.out, Catch::Contains("1 file could not be checked because of a command-line option (see above)."));
  CHECK_THAT(c.out, !Catch::Contains("config"));
  CliResult j = RunCli({"check", "--format", "json", "--language", "xq", (tmp / "a.txt").string()});
  CHECK_THAT(nlohmann::json::parse(j.out)["files"][0]["error"]["message"].get<std::string>(),
             Catch::StartsWith("--language: unknown language 'xq'"));
}

TEST_CASE("fix53r: a rules folder that does not exist no longer hides the config's other errors", "[fix53r]") {
  TempDir tmp;
  WriteFile(tmp / ".onrecord.yml", "rules: no-such-folder\nlanguage: xq\nlevels:\n  attribution.no-such-rule: error\n");
  WriteFile(tmp / "a.txt", "The mayor said the toll will rise.\n");
  CliResult c = RunCli({"check", (tmp / "a.txt").string()});
  INFO(c.out << c.err);
  CHECK(c.exit_code == 2);
  const std::string config = (tmp / ".onrecord.yml").string();
  const size_t rules = c.err.find(config + ":1:8: rules directory not found");
  const size_t language = c.err.find(config + ":2:11: unknown language 'xq'");
  const size_t level = c.err.find(config + ":4:3: unknown rule id 'attribution.no-such-rule' in levels");
  CHECK(rules != std::string::npos);
  CHECK(language != std::string::npos);
  CHECK(level != std::string::npos);
  CHECK(rules < language);  // in the file's order
  CHECK(language < level);
  // Guard: with known ids and languages, only the folder is an error.
  WriteFile(tmp / ".onrecord.yml", "rules: no-such-folder\nlanguage: en\n");
  CliResult ok = RunCli({"check", (tmp / "a.txt").string()});
  CHECK(ok.exit_code == 2);
  CHECK_THAT(ok.err, Catch::Contains("rules directory not found"));
  CHECK_THAT(ok.err, !Catch::Contains("unknown"));
}

TEST_CASE("fix53r: compare's warning about an interrupted ingest says it once", "[fix53r]") {
  TempDir tmp;
  const fs::path db = tmp / "c.db";
  IngestTwoOutlets(tmp, db);
  {
    SQLite::Database d(db.string(), SQLite::OPEN_READWRITE);
    d.exec("UPDATE runs SET status = 'interrupted'");
  }
  CliResult c = RunCli({"compare", "--db", db.string(), "--bootstrap", "0"});
  INFO(c.err);
  CHECK_THAT(c.err, Catch::Contains("kept, interrupted by Ctrl-C or SIGTERM), and no completed ingest came after "
                                    "it. What it committed is compared here"));
  CHECK_THAT(c.err, !Catch::Contains("))"));
  CHECK_THAT(c.err, !Catch::Contains("it was interrupted"));
  // A run whose process is gone says so once, with no nested parenthesis.
  {
    SQLite::Database d(db.string(), SQLite::OPEN_READWRITE);
    d.exec("UPDATE runs SET status = 'abandoned'");
  }
  CliResult k = RunCli({"compare", "--db", db.string(), "--bootstrap", "0"});
  INFO(k.err);
  CHECK_THAT(k.err, Catch::Contains("kept, killed: its process is gone), and no completed ingest came after it. What"));
  CHECK_THAT(k.err, !Catch::Contains("))"));
  // Guard: a run recorded as running by a process that is alive (this test)
  // still says it may be running.
  {
    SQLite::Database d(db.string(), SQLite::OPEN_READWRITE);
    d.exec("UPDATE runs SET status = 'running', finished_at = NULL, pid = " + std::to_string(::getpid()));
  }
  CliResult r = RunCli({"compare", "--db", db.string(), "--bootstrap", "0"});
  INFO(r.err);
  CHECK_THAT(r.err, Catch::Contains("kept), and no completed ingest came after it: it was killed, or is still running."));
}

TEST_CASE("fix53r: compare's default grouping and init's refusal are documented", "[fix53r]") {
  CliResult h = RunCli({"compare", "--help"});
  CHECK_THAT(h.out, Catch::Contains("(default: outlet)"));
  CHECK_THAT(ReadFile(SourceDir() / "README.md"), Catch::Contains("by outlet when `--by` is not given"));
  CHECK_THAT(ReadFile(SourceDir() / "docs/compare.md"), Catch::Contains("`--by outlet` is the default"));
  // init refuses to replace a config: exit 2, and the docs say so.
  TempDir tmp;
  CliResult first = RunCli({"init", tmp.path().string()});
  CHECK(first.exit_code == 0);
  CliResult second = RunCli({"init", tmp.path().string()});
  CHECK(second.exit_code == 2);
  CHECK_THAT(second.err, Catch::Contains("already exists; use --force"));
  CHECK_THAT(ReadFile(SourceDir() / "README.md"), Catch::Contains("it stops with exit 2 (\"already exists; use --force\")"));
  CHECK_THAT(ReadFile(SourceDir() / "docs/ci.md"), Catch::Contains("exit 2 if one exists; --force replaces it"));
}

TEST_CASE("fix53r: PrintableLines keeps line feeds and escapes the rest", "[fix53r]") {
  CHECK(PrintableLines("a\x1B[2Jb\n\nc\x07\n") == "a\\x1B[2Jb\n\nc\\x07\n");
  CHECK(PrintableLines("") == "");
  CHECK(PrintableLines("plain\ttext \u00E9") == "plain\ttext \u00E9");
}

}  // namespace
}  // namespace onrecord
