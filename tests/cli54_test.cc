// Command-line faults a newsroom user meets (forty-sixth round, branch
// cli54): `rules show` and `rules test` writing a rule file's own text raw
// (control characters reached the terminal); a Markdown draft's own table
// counted as scraped noise by the text report; `audit --db` leaving no row
// in `runs`, so that `compare` could not say a run stopped halfway.
#include <SQLiteCpp/SQLiteCpp.h>

#include <unistd.h>

#include <catch2/catch.hpp>
#include <csignal>
#include <nlohmann/json.hpp>
#include <string>

#include "env_util.h"
#include "test_util.h"

namespace onrecord {
namespace {

using testing::CliResult;
using testing::ReadFile;
using testing::RunCli;
using testing::ScopedEnv;
using testing::SourceDir;
using testing::TempDir;
using testing::WriteFile;
namespace fs = std::filesystem;

const std::string kEsc = "\x1B";

// A copy of the shipped rules with one rule of a newsroom's own whose
// description, message and examples hold escape sequences and a bell.
fs::path RulesWithEscapes(const TempDir& tmp) {
  const fs::path dir = tmp / "rules";
  fs::copy(SourceDir() / "rules", dir, fs::copy_options::recursive);
  WriteFile(dir / "any/attribution/desk-bare-source.yml",
            "kind: attribution\n"
            "description: Our desk's rule, " + kEsc + "[31min red" + kEsc + "[0m\n"
            "when:\n"
            "  anonymous: true\n"
            "  bare: true\n"
            "level: warning\n"
            "weight: 0.01\n"
            "message: \"Say who the sources are\a\"\n"
            "examples:\n"
            "  flag: [\"The ferry will stop running, sources said. " + kEsc + "[5m\"]\n"
            "  pass: [\"The ferry will stop running, the harbor master said.\", \"sources said it " + kEsc +
                "[2J\"]\n");
  return dir;
}

TEST_CASE("cli54: rules show writes a rule file's control characters escaped, its lines kept", "[cli54]") {
  TempDir tmp;
  const fs::path rules = RulesWithEscapes(tmp);
  CliResult r = RunCli({"--rules", rules.string(), "rules", "show", "attribution.desk-bare-source"});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find(kEsc) == std::string::npos);
  CHECK(r.out.find('\a') == std::string::npos);
  CHECK_THAT(r.out, Catch::Contains("description: Our desk's rule, \\x1B[31min red\\x1B[0m\n"));
  CHECK_THAT(r.out, Catch::Contains("message: \"Say who the sources are\\x07\"\n"));
  // Guard: a shipped rule reads as before, one line per line of its file.
  CliResult plain = RunCli({"--rules", rules.string(), "rules", "show", "attribution.bare-source"});
  CHECK(plain.exit_code == 0);
  CHECK_THAT(plain.out, Catch::Contains("\nkind: attribution\n"));
  CHECK_THAT(plain.out, Catch::Contains("\nlevel: error\n"));
  CHECK(plain.out.find("\\x") == std::string::npos);
}

TEST_CASE("cli54: rules show reads a rule file saved with CRLF line ends as it looks", "[cli54]") {
  TempDir tmp;
  const fs::path rules = tmp / "rules";
  fs::copy(SourceDir() / "rules", rules, fs::copy_options::recursive);
  std::string text = ReadFile(SourceDir() / "rules/any/attribution/bare-source.yml");
  std::string crlf;
  for (char c : text) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  WriteFile(rules / "any/attribution/bare-source.yml", crlf);
  CliResult r = RunCli({"--rules", rules.string(), "rules", "show", "attribution.bare-source"});
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find('\r') == std::string::npos);
  CHECK(r.out.find("\\x0D") == std::string::npos);
  CHECK_THAT(r.out, Catch::Contains("\nlevel: error\n"));
}

TEST_CASE("cli54: rules test writes the examples, path and detail of a rule file escaped", "[cli54]") {
  TempDir tmp;
  const fs::path rules = RulesWithEscapes(tmp);
  const fs::path file = rules / "any/attribution/desk-bare-source.yml";
  CliResult r = RunCli({"rules", "test", "-v", file.string()});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 1);  // the second pass example is flagged
  CHECK(r.out.find(kEsc) == std::string::npos);
  CHECK_THAT(r.out, Catch::Contains("ok    attribution.desk-bare-source [any] flag “The ferry will stop running, "
                                    "sources said. \\x1B[5m”\n"));
  CHECK_THAT(r.out, Catch::Contains("FAIL  attribution.desk-bare-source [any] pass “sources said it \\x1B[2J”\n      " +
                                    file.string() + ": expected the rule to pass it"));
  // Guard: the summary line and a plain example as they were.
  CHECK_THAT(r.out, Catch::Contains("ok    attribution.desk-bare-source [any] pass “The ferry will stop running, "
                                    "the harbor master said.”\n"));
  CHECK_THAT(r.out, Catch::EndsWith("1 rule, 3 examples, 1 failed\n"));
}

TEST_CASE("cli54: rules test names a path it cannot use escaped", "[cli54]") {
  TempDir tmp;
  const std::string missing = (tmp / ("no" + kEsc + "[2Jrules")).string();
  CliResult r = RunCli({"rules", "test", missing});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find(kEsc) == std::string::npos);
  CHECK_THAT(r.err, Catch::Contains("no\\x1B[2Jrules: no such file or directory"));
}

const std::string kDraftWithTable =
    "# Harbor budget\n\n"
    "The council passed the harbor budget on Monday, Mayor Ana Ruiz said.\n\n"
    "| Item | 2025 | 2026 |\n"
    "|------|------|------|\n"
    "| Dredging | 4.1 | 4.6 |\n"
    "| Piers | 1.2 | 1.1 |\n\n"
    "\"We kept the piers whole,\" said Tom Reyes, who chairs the finance panel.\n";

TEST_CASE("cli54: a Markdown draft's own table is not reported as scraped noise", "[cli54]") {
  TempDir tmp;
  WriteFile(tmp / "budget.md", kDraftWithTable);
  CliResult r = RunCli({"audit", (tmp / "budget.md").string()});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, !Catch::Contains("scraped noise"));
  CHECK_THAT(r.out, Catch::Contains("\n  table rows read as figures, not prose: 3 (`onrecord clean` shows them)\n"));
  // Guard: the rows are still left out of the prose (masked `markdown.table`).
  CliResult clean = RunCli({"clean", "--explain", (tmp / "budget.md").string()});
  CHECK_THAT(clean.out, Catch::Contains("⟦Item 2025 2026⟧{markdown.table}"));
}

TEST_CASE("cli54: scraped noise beside a table is counted apart from the table", "[cli54]") {
  TempDir tmp;
  WriteFile(tmp / "page.md", kDraftWithTable +
                                 "\nSign up for our newsletter to get the latest news in your inbox.\n\n"
                                 "Share this article on Facebook\n");
  CliResult r = RunCli({"audit", (tmp / "page.md").string()});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("\n  scraped noise left out: "));
  CHECK_THAT(r.out, Catch::Contains("\n  table rows read as figures, not prose: 3 "));
  // Guard: a text with neither says neither.
  WriteFile(tmp / "plain.md", "The council passed the harbor budget on Monday, Mayor Ana Ruiz said.\n");
  CliResult plain = RunCli({"audit", (tmp / "plain.md").string()});
  CHECK_THAT(plain.out, !Catch::Contains("scraped noise"));
  CHECK_THAT(plain.out, !Catch::Contains("table rows"));
}

// Four small drafts and the `audit --db` command line over them.
std::vector<std::string> AuditDbArgs(const TempDir& tmp, const fs::path& db, const std::string& stem = "p") {
  std::vector<std::string> args = {"audit", "--format", "jsonl", "--db", db.string()};
  for (int i = 0; i < 4; ++i) {
    const fs::path path = tmp / (stem + std::to_string(i) + ".txt");
    WriteFile(path, "The ferry fare rises by " + std::to_string(i + 2) + " dollars, Mayor Ana Ruiz said.\n");
    args.push_back(path.string());
  }
  return args;
}

struct RunRow {
  std::string command;
  std::string status;
  int64_t seen = 0, added = 0, updated = 0, failed = 0, articles = 0;
};

std::vector<RunRow> Runs(const fs::path& db) {
  SQLite::Database d(db.string(), SQLite::OPEN_READONLY);
  SQLite::Statement st(d,
                       "SELECT command, status, seen, added, updated, failed, "
                       "(SELECT COUNT(*) FROM articles a WHERE a.run_id = r.id) FROM runs r ORDER BY id");
  std::vector<RunRow> rows;
  while (st.executeStep()) {
    rows.push_back({st.getColumn(0).getString(), st.getColumn(1).getString(), st.getColumn(2).getInt64(),
                    st.getColumn(3).getInt64(), st.getColumn(4).getInt64(), st.getColumn(5).getInt64(),
                    st.getColumn(6).getInt64()});
  }
  return rows;
}

TEST_CASE("cli54: audit --db records its run, and compare warns when it was interrupted", "[cli54]") {
  TempDir tmp;
  const fs::path db = tmp / "a.db";
  const auto args = AuditDbArgs(tmp, db);
  CliResult r;
  {
    ScopedEnv env("ONRECORD_TEST_SIGNAL_AFTER_WRITES", "2:" + std::to_string(SIGINT));
    r = RunCli(args);
  }
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 130);
  CHECK_THAT(r.err, Catch::Contains("(run 1 recorded as 'interrupted' in table runs)"));
  auto runs = Runs(db);
  REQUIRE(runs.size() == 1);
  CHECK(runs[0].command == "audit");
  CHECK(runs[0].status == "interrupted");
  CHECK(runs[0].articles == 2);
  CHECK(runs[0].added == 2);
  CliResult c = RunCli({"compare", "--db", db.string(), "--bootstrap", "0"});
  INFO(c.out << c.err);
  CHECK(c.exit_code == 0);
  CHECK_THAT(c.err, Catch::Contains("Warning: an audit --db run of this database never finished (run 1 started "));
  CHECK_THAT(c.err, Catch::Contains("2 articles kept, interrupted by Ctrl-C or SIGTERM"));
  CHECK_THAT(c.err, Catch::Contains("Re-run that audit --db to complete the corpus."));
  CliResult j = RunCli({"compare", "--db", db.string(), "--bootstrap", "0", "--format", "json"});
  auto unfinished = nlohmann::json::parse(j.out)["unfinished_runs"];
  REQUIRE(unfinished.size() == 1);
  CHECK(unfinished[0]["command"] == "audit");
  CHECK(unfinished[0]["status"] == "interrupted");

  SECTION("an audit of other files does not complete it") {
    TempDir other;
    CliResult o = RunCli(AuditDbArgs(other, db, "q"));
    CHECK(o.exit_code == 0);
    CliResult again = RunCli({"compare", "--db", db.string(), "--bootstrap", "0"});
    CHECK_THAT(again.err, Catch::Contains("never finished (run 1 started "));
  }
  SECTION("guard: the same audit run to its end completes it, and compare says nothing") {
    CliResult whole = RunCli(args);
    CHECK(whole.exit_code == 0);
    CHECK(whole.err.empty());
    runs = Runs(db);
    REQUIRE(runs.size() == 2);
    CHECK(runs[1].status == "completed");
    CHECK(runs[1].seen == 4);
    CHECK(runs[1].updated == 2);
    CHECK(runs[1].added == 2);
    CHECK(runs[1].articles == 4);
    CliResult again = RunCli({"compare", "--db", db.string(), "--bootstrap", "0"});
    CHECK_THAT(again.err, !Catch::Contains("never finished"));
  }
  SECTION("the same files named from their folder and in another order complete it too") {
    CliResult whole = RunCli({"audit", "--db", db.string(), "p3.txt", "p2.txt", "p1.txt", "p0.txt"}, "", tmp.path().string());
    INFO(whole.err);
    CHECK(whole.exit_code == 0);
    CliResult again = RunCli({"compare", "--db", db.string(), "--bootstrap", "0"});
    CHECK_THAT(again.err, !Catch::Contains("never finished"));
  }
  SECTION("guard: a completed ingest completes it") {
    CliResult ingest = RunCli({"ingest", (tmp / "p0.txt").string(), "--db", db.string()});
    CHECK(ingest.exit_code == 0);
    CliResult again = RunCli({"compare", "--db", db.string(), "--bootstrap", "0"});
    CHECK_THAT(again.err, !Catch::Contains("never finished"));
  }
}

TEST_CASE("cli54: an audit --db killed outright is an unfinished run, marked abandoned later", "[cli54]") {
  TempDir tmp;
  const fs::path db = tmp / "k.db";
  const auto args = AuditDbArgs(tmp, db);
  CliResult r;
  {
    ScopedEnv env("ONRECORD_TEST_SIGNAL_AFTER_WRITES", "3:" + std::to_string(SIGKILL));
    r = RunCli(args);
  }
  REQUIRE(r.signal == SIGKILL);
  auto runs = Runs(db);
  REQUIRE(runs.size() == 1);
  CHECK(runs[0].status == "running");  // nothing says it finished
  CHECK(runs[0].articles == 3);        // each article written whole
  CliResult c = RunCli({"compare", "--db", db.string(), "--bootstrap", "0"});
  INFO(c.out << c.err);
  CHECK(c.exit_code == 0);
  CHECK_THAT(c.err, Catch::Contains("an audit --db run of this database never finished (run 1 started "));
  CHECK_THAT(c.err, Catch::Contains("3 articles kept, killed: its process is gone"));
  // The next run of this host records it as abandoned, as ingest does.
  TempDir other;
  CliResult next = RunCli(AuditDbArgs(other, db, "q"));
  CHECK(next.exit_code == 0);
  CHECK_THAT(next.err, Catch::Contains("run 1 (started "));
  CHECK_THAT(next.err, Catch::Contains("recorded as 'abandoned' in table runs"));
  runs = Runs(db);
  REQUIRE(runs.size() == 2);
  CHECK(runs[0].status == "abandoned");
  CHECK(runs[1].status == "completed");
}

TEST_CASE("cli54: an audit --db with a missing file completes with errors, not unfinished", "[cli54]") {
  TempDir tmp;
  const fs::path db = tmp / "e.db";
  auto args = AuditDbArgs(tmp, db);
  args.push_back((tmp / "missing.txt").string());
  CliResult r = RunCli(args);
  CHECK(r.exit_code == 2);
  auto runs = Runs(db);
  REQUIRE(runs.size() == 1);
  CHECK(runs[0].status == "completed-with-errors");
  CHECK(runs[0].articles == 4);
  CliResult c = RunCli({"compare", "--db", db.string(), "--bootstrap", "0"});
  CHECK(c.exit_code == 0);
  CHECK_THAT(c.err, !Catch::Contains("never finished"));
}

TEST_CASE("cli54: an interrupted ingest is still warned about after a completed audit --db of one file", "[cli54]") {
  TempDir tmp;
  const fs::path db = tmp / "i.db";
  const fs::path feed = tmp / "feed.jsonl";
  std::string lines;
  for (int i = 0; i < 6; ++i) {
    lines += "{\"id\":\"r" + std::to_string(i) + "\",\"outlet\":\"Valley Courier\",\"text\":\"The toll rises by " +
             std::to_string(i + 1) + " dollars, Mayor Ana Ruiz said.\"}\n";
  }
  WriteFile(feed, lines);
  {
    ScopedEnv env("ONRECORD_TEST_SIGNAL_AFTER_WRITES", "2:" + std::to_string(SIGINT));
    CliResult i = RunCli({"ingest", feed.string(), "--db", db.string(), "--batch-size", "1", "--jobs", "1"});
    INFO(i.out << i.err);
    REQUIRE(i.exit_code == 130);
  }
  TempDir other;
  WriteFile(other / "one.txt", "The ferry fare rises, Mayor Ana Ruiz said.\n");
  CliResult a = RunCli({"audit", "--db", db.string(), (other / "one.txt").string()});
  CHECK(a.exit_code == 0);
  CliResult c = RunCli({"compare", "--db", db.string(), "--bootstrap", "0"});
  INFO(c.out << c.err);
  CHECK_THAT(c.err, Catch::Contains("Warning: an ingest run of this database never finished"));
  CHECK_THAT(c.err, Catch::Contains("Re-run that ingest to complete the corpus."));
}

// A value left empty is a null node that yaml-cpp places at the next token:
// the error named the next key's line (for `levels:` with only comments
// under it, the line after the comments).
TEST_CASE("cli54: an empty value in the config is reported at its key, not at the next one", "[cli54]") {
  TempDir tmp;
  WriteFile(tmp / "a.md", "The harbor board met on Monday, Mayor Ana Ruiz said.\n");
  const fs::path config = tmp / "desk.yml";
  WriteFile(config, "min_level: suggestion\nlevels:\n  # attribution.vague-anonymous: warning\n\nfail_level: error\n");
  CliResult r = RunCli({"check", "--config", config.string(), (tmp / "a.md").string()});
  INFO(r.err);
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains(config.string() + ":2:8: 'levels' must map rule ids to suggestion, warning, "
                                    "error or off (no value given)"));
  // Guard: a value given but wrong, and a null written out, keep their place.
  WriteFile(config, "min_level: loud\nfail_level: ~\n");
  CliResult w = RunCli({"check", "--config", config.string(), (tmp / "a.md").string()});
  CHECK(w.exit_code == 2);
  CHECK_THAT(w.err, Catch::Contains(config.string() + ":1:12: 'min_level' must be suggestion, warning or error, "
                                    "not 'loud'"));
  CHECK_THAT(w.err, Catch::Contains(config.string() + ":2:13: 'fail_level' must be"));
  CHECK_THAT(w.err, !Catch::Contains("no value given"));
}

TEST_CASE("cli54: an empty value in a rule file is reported at its key", "[cli54]") {
  TempDir tmp;
  const fs::path rules = tmp / "rules";
  fs::copy(SourceDir() / "rules", rules, fs::copy_options::recursive);
  const fs::path file = rules / "any/attribution/desk-rule.yml";
  WriteFile(file,
            "kind: attribution\n"
            "when:\n"
            "  anonymous: true\n"
            "level:\n"
            "\n"
            "# the desk decides\n"
            "weight: 0.1\n"
            "message: Say who\n"
            "examples:\n"
            "  flag: [\"The ferry will stop running, sources said.\"]\n"
            "  pass: [\"The ferry will stop running, the harbor master said.\"]\n");
  CliResult r = RunCli({"--rules", rules.string(), "rules", "list"});
  INFO(r.err);
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains(file.string() + ":4:7: level must be suggestion, warning or error (no value given)"));
  // Guard: a wrong level given keeps its own place.
  std::string text = ReadFile(file);
  text.replace(text.find("level:\n"), 7, "level: loud\n");
  WriteFile(file, text);
  CliResult w = RunCli({"--rules", rules.string(), "rules", "list"});
  CHECK(w.exit_code == 2);
  CHECK_THAT(w.err, Catch::Contains(file.string() + ":4:8: "));
  CHECK_THAT(w.err, !Catch::Contains("no value given"));
}

}  // namespace
}  // namespace onrecord
