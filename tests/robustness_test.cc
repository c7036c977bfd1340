// Robustness: inputs that are not what a command expects (a named pipe, a
// JSON value of the wrong type, a malformed rule or config, a database that
// is not an onrecord store) give a clear error and exit code 2, never a hang,
// a guess or a changed file.
#include <sys/stat.h>
#include <sys/types.h>

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "onrecord/rules.h"
#include "onrecord/store.h"
#include "test_util.h"

using namespace onrecord;
using namespace onrecord::testing;
namespace fs = std::filesystem;

namespace {

const char kGood[] = "“We will not move,” said Wu Xinbo, an adviser to the ministry.\n";

// A command that would wait forever fails its test (exit code 124) instead
// of stalling the suite.
const CliOptions kBounded{.timeout_seconds = 30};

void MakeFifo(const fs::path& p) { REQUIRE(::mkfifo(p.c_str(), 0644) == 0); }

}  // namespace

// ------------------------------------------------------------ named pipes

TEST_CASE("a named pipe inside a folder is skipped and never opened", "[robust][fifo]") {
  TempDir tmp;
  MakeFifo(tmp / "p.txt");
  MakeFifo(tmp / "q.jsonl");
  WriteFile(tmp / "a.txt", kGood);
  for (const std::string command : {"audit", "check"}) {
    INFO(command);
    auto r = RunCli({command, "--format", "json", tmp.path().string()}, kBounded);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("a.txt") != std::string::npos);
    CHECK(r.err.find("p.txt") == std::string::npos);
  }
  auto r = RunCli({"ingest", "--db", (tmp / "c.db").string(), tmp.path().string()}, kBounded);
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("1 added") != std::string::npos);
}

TEST_CASE("a named pipe named directly is not a regular file", "[robust][fifo]") {
  TempDir tmp;
  MakeFifo(tmp / "p.txt");
  MakeFifo(tmp / "p.jsonl");
  WriteFile(tmp / "a.txt", kGood);
  for (const std::string name : {"p.txt", "p.jsonl"}) {
    for (const std::string command : {"audit", "check", "clean"}) {
      INFO(command << " " << name);
      auto r = RunCli({command, (tmp / name).string()}, kBounded);
      CHECK(r.exit_code == 2);
      CHECK(r.err.find(name + ": not a regular file") != std::string::npos);
    }
    INFO("ingest " << name);
    auto r = RunCli({"ingest", "--db", (tmp / "c.db").string(), (tmp / name).string()}, kBounded);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find(name + ": not a regular file") != std::string::npos);
  }
}

TEST_CASE("a named pipe as config or metadata or gold or results file is refused", "[robust][fifo]") {
  TempDir tmp;
  WriteFile(tmp / "a.txt", kGood);
  MakeFifo(tmp / "config.yml");
  MakeFifo(tmp / "meta.csv");
  MakeFifo(tmp / "gold.json");
  MakeFifo(tmp / "results.jsonl");
  auto r = RunCli({"check", "--config", (tmp / "config.yml").string(), (tmp / "a.txt").string()}, kBounded);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("config.yml: cannot read the config file: not a regular file") != std::string::npos);
  r = RunCli({"ingest", "--db", (tmp / "c.db").string(), "--metadata", (tmp / "meta.csv").string(),
                  (tmp / "a.txt").string()}, kBounded);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("meta.csv: cannot read the metadata file: not a regular file") != std::string::npos);
  r = RunCli({"eval", (tmp / "gold.json").string()}, kBounded);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("gold.json: cannot read gold file: not a regular file") != std::string::npos);
  r = RunCli({"ingest", "--db", (tmp / "d.db").string(), "--results", (tmp / "results.jsonl").string()}, kBounded);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("results.jsonl: cannot read the results file: not a regular file") != std::string::npos);
}

TEST_CASE("a named pipe in a rules directory does not stop the rules loading", "[robust][fifo][rules]") {
  TempDir tmp;
  fs::copy(SourceDir() / "rules", tmp / "rules", fs::copy_options::recursive);
  MakeFifo(tmp / "rules" / "en" / "lists" / "pipe.txt");
  MakeFifo(tmp / "rules" / "en" / "pipe.yml");
  WriteFile(tmp / "a.txt", kGood);
  auto r = RunCli({"--rules", (tmp / "rules").string(), "audit", (tmp / "a.txt").string()}, kBounded);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("Wu Xinbo") != std::string::npos);
}

// ------------------------------------------------------------ JSON records

TEST_CASE("a JSON text field that is not a string is an error at its place", "[robust][json]") {
  TempDir tmp;
  WriteFile(tmp / "r.jsonl",
            "{\"id\":\"a\",\"text\":\"“We will not move,” said Wu Xinbo.\"}\n"
            "{\"id\":\"b\",\"text\": 5}\n"
            "{\"text\":{\"a\":1}}\n"
            "{\"id\":\"d\", \"content\": [\"x\"]}\n"
            "{\"id\":\"e\", \"body\": true}\n");
  auto r = RunCli({"audit", "--format", "jsonl", (tmp / "r.jsonl").string()}, kBounded);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("r.jsonl:2:19: JSON field 'text' must be a string (the article's text), not a number") !=
        std::string::npos);
  CHECK(r.err.find("r.jsonl:3:9: JSON field 'text' must be a string (the article's text), not an object") !=
        std::string::npos);
  CHECK(r.err.find("r.jsonl:4:23: JSON field 'content' must be a string (the article's text), not an array") !=
        std::string::npos);
  CHECK(r.err.find("r.jsonl:5:20: JSON field 'body' must be a string (the article's text), not a boolean") !=
        std::string::npos);
  CHECK(r.out.find("Wu Xinbo") != std::string::npos);
  CHECK(r.out.find("\"5\"") == std::string::npos);

  // A .json file spanning lines: the line and column of the value.
  WriteFile(tmp / "one.json", "{\n  \"title\": \"x\",\n  \"maintext\": 12.5\n}\n");
  r = RunCli({"audit", (tmp / "one.json").string()}, kBounded);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("one.json:3:15: JSON field 'maintext' must be a string") != std::string::npos);
}

TEST_CASE("the no-text-field message lists every field a text is taken from", "[robust][json]") {
  TempDir tmp;
  WriteFile(tmp / "r.jsonl",
            "{\"title\":\"x\"}\n"
            "{\"id\":\"b\",\"article\":\"“We will not move,” said Wu Xinbo.\"}\n");
  auto r = RunCli({"audit", "--format", "jsonl", (tmp / "r.jsonl").string()}, kBounded);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("r.jsonl:1:1: JSON record has no text field (text, content, body, maintext, article, html)") !=
        std::string::npos);
  CHECK(r.out.find("Wu Xinbo") != std::string::npos);  // `article` is one of them
}

// ------------------------------------------------------------ rule files

TEST_CASE("a list of strings in a rule file holding something else is an error at its place", "[robust][rules]") {
  struct Case {
    const char* name;
    const char* yaml;
    int line, column;
    const char* says;
  };
  const char* head = "kind: phrase\nrole: access\nmessage: m\n";
  const Case cases[] = {
      {"number in patterns", "patterns: [ \"\\\\bfoo\", 5, [\"a\"] ]\n", 4, 23,
       "'patterns' must be a list of strings: item 2 is a number (quote it to make it a string)"},
      {"list in patterns", "patterns: [ \"x\", [\"a\"] ]\n", 4, 18, "'patterns' must be a list of strings: item 2 is a list"},
      {"mapping in patterns", "patterns:\n  - 'x'\n  - {a: b}\n", 6, 5,
       "'patterns' must be a list of strings: item 2 is a mapping"},
      {"boolean in patterns", "patterns:\n  - true\n", 5, 5, "item 1 is a boolean"},
      {"empty item in patterns", "patterns:\n  - 'x'\n  -\n  - 'y'\n", 0, 0, "item 2 is empty (null)"},
      {"mapping in exceptions", "patterns: ['x']\nexceptions:\n  - {a: b}\n", 6, 5,
       "'exceptions' must be a list of strings: item 1 is a mapping"},
      {"number in exceptions", "patterns: ['x']\nexceptions: [1.5]\n", 5, 14, "item 1 is a number"},
      {"list in flag examples", "patterns: ['x']\nexamples:\n  flag: [[x]]\n", 6, 10,
       "'examples: flag' must be a list of strings: item 1 is a list"},
      {"number in pass examples", "patterns: ['x']\nexamples:\n  pass: ['a', 7]\n", 6, 15,
       "'examples: pass' must be a list of strings: item 2 is a number"},
      {"mapping for link", "patterns: ['x']\nlink: {a: b}\n", 5, 7, "'link' must be a string, not a mapping"},
      {"case_sensitive not a boolean", "patterns: ['x']\ncase_sensitive: yes\n", 5, 17,
       "'case_sensitive' must be true or false"},
  };
  for (const auto& c : cases) {
    SECTION(c.name) {
      TempDir dir;
      WriteFile(dir / "en/phrase/z.yml", std::string(head) + c.yaml);
      auto r = RuleSet::Load(dir.path().string());
      REQUIRE_FALSE(r.ok());
      const Status& s = r.status();
      INFO(s.ToString());
      CHECK(s.path().find("z.yml") != std::string::npos);
      if (c.line > 0) {
        CHECK(s.line() == c.line);
        CHECK(s.column() == c.column);
      } else {
        CHECK(s.line() > 0);
      }
      CHECK(s.message().find(c.says) != std::string::npos);
    }
  }
  SECTION("quoted numbers and plain words are strings") {
    TempDir dir;
    WriteFile(dir / "en/phrase/z.yml",
              std::string(head) + "patterns: ['5', \"true\", word, 5x]\nexamples:\n  flag: ['5']\n  pass: [none]\n");
    auto r = RuleSet::Load(dir.path().string());
    INFO(r.status().ToString());
    CHECK(r.ok());
  }
  SECTION("a list where one string belongs") {
    TempDir dir;
    WriteFile(dir / "en/phrase/z.yml", "kind: phrase\nrole: access\nmessage: [m]\npatterns: ['x']\n");
    auto r = RuleSet::Load(dir.path().string());
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().ToString().find("z.yml:3:10: 'message' must be a string, not a list") != std::string::npos);
  }
}

TEST_CASE("invalid UTF-8 in a list or rule file is an error at its line and column", "[robust][rules]") {
  SECTION("a word list") {
    TempDir dir;
    WriteFile(dir / "en/lists/cues-neutral.txt", "# cues\nsaid\nca\xFFme\n");
    auto r = RuleSet::Load(dir.path().string());
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().ToString().find("cues-neutral.txt:3:3: invalid UTF-8") != std::string::npos);
  }
  SECTION("a rule file") {
    TempDir dir;
    WriteFile(dir / "en/phrase/z.yml", "kind: phrase\nrole: access\nmessage: \xC3\xA9t\xC3\n");
    auto r = RuleSet::Load(dir.path().string());
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().ToString().find("z.yml:3:12: invalid UTF-8") != std::string::npos);
  }
  SECTION("the CLI exits 2") {
    TempDir tmp;
    fs::copy(SourceDir() / "rules", tmp / "rules", fs::copy_options::recursive);
    std::string list = (tmp / "rules/en/lists/cues-neutral.txt").string();
    WriteFile(list, ReadFile(list) + "ca\xFFme\n");
    auto r = RunCli({"--rules", (tmp / "rules").string(), "rules", "list"}, kBounded);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("cues-neutral.txt:") != std::string::npos);
    CHECK(r.err.find(":3: invalid UTF-8") != std::string::npos);
  }
}

// ------------------------------------------------------------ config

TEST_CASE("a config language or rules directory that does not exist is an error at its value", "[robust][config]") {
  TempDir tmp;
  WriteFile(tmp / "a.txt", kGood);
  SECTION("language") {
    WriteFile(tmp / ".onrecord.yml", "min_level: suggestion\nlanguage: klingon\n");
    auto r = RunCli({"check", (tmp / "a.txt").string()}, kBounded);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find(".onrecord.yml:2:11: unknown language 'klingon': the rules have ") != std::string::npos);
  }
  SECTION("language in an override") {
    WriteFile(tmp / ".onrecord.yml", "overrides:\n  - files: [\"*.txt\"]\n    language: xx\n");
    auto r = RunCli({"check", (tmp / "a.txt").string()}, kBounded);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find(".onrecord.yml:3:15: unknown language 'xx'") != std::string::npos);
  }
  SECTION("a language tag with a region is its language") {
    WriteFile(tmp / ".onrecord.yml", "language: en-GB\n");
    auto r = RunCli({"check", (tmp / "a.txt").string()}, kBounded);
    CHECK(r.exit_code == 0);
  }
  SECTION("rules") {
    WriteFile(tmp / ".onrecord.yml", "fail_level: error\nrules: /nonexistent\n");
    auto r = RunCli({"check", (tmp / "a.txt").string()}, kBounded);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find(".onrecord.yml:2:8: rules directory not found: /nonexistent") != std::string::npos);
  }
  SECTION("relative rules") {
    WriteFile(tmp / ".onrecord.yml", "rules: 'no/such/rules'\n");
    auto r = RunCli({"check", (tmp / "a.txt").string()}, kBounded);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find(".onrecord.yml:1:8: rules directory not found: ") != std::string::npos);
  }
  SECTION("a rules directory with no rule in it") {
    // A wrong or empty rules directory would audit to nothing and pass every check.
    fs::create_directories(tmp / "emptyrules" / "en");
    WriteFile(tmp / "draft.txt", "Title\n\nSources say the plan is dead.\n");
    auto flag = RunCli({"--rules", (tmp / "emptyrules").string(), "check", (tmp / "draft.txt").string()}, kBounded);
    CHECK(flag.exit_code == 2);
    CHECK(flag.err.find("no rule files there") != std::string::npos);
    WriteFile(tmp / ".onrecord.yml", "rules: emptyrules\n");
    auto config = RunCli({"check", (tmp / "draft.txt").string()}, kBounded);
    CHECK(config.exit_code == 2);
    CHECK(config.err.find("emptyrules: no rule files there") != std::string::npos);
    auto audit = RunCli({"--rules", (tmp / "emptyrules").string(), "audit", (tmp / "draft.txt").string()}, kBounded);
    CHECK(audit.exit_code == 2);
  }
}

// ------------------------------------------------------------ databases

namespace {

// A SQLite database of someone else's: one table `t` with a row.
void WriteForeignDatabase(const fs::path& path) {
  SQLite::Database db(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  db.exec("CREATE TABLE t (x INTEGER)");
  db.exec("INSERT INTO t VALUES (1)");
}

}  // namespace

TEST_CASE("ingest and audit --db refuse a SQLite database that is not an onrecord store", "[robust][store]") {
  TempDir tmp;
  WriteFile(tmp / "a.txt", kGood);
  WriteForeignDatabase(tmp / "foreign.db");
  const std::string before = ReadFile(tmp / "foreign.db");
  auto r = RunCli({"ingest", "--db", (tmp / "foreign.db").string(), (tmp / "a.txt").string()}, kBounded);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("foreign.db: not an onrecord database") != std::string::npos);
  CHECK(ReadFile(tmp / "foreign.db") == before);
  r = RunCli({"audit", "--db", (tmp / "foreign.db").string(), (tmp / "a.txt").string()}, kBounded);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("foreign.db: not an onrecord database") != std::string::npos);
  CHECK(ReadFile(tmp / "foreign.db") == before);
  SQLite::Database db((tmp / "foreign.db").string(), SQLite::OPEN_READONLY);
  CHECK(db.execAndGet("SELECT COUNT(*) FROM sqlite_master").getInt() == 1);
}

TEST_CASE("ingest still creates its schema in a new or 0-byte file", "[robust][store]") {
  TempDir tmp;
  WriteFile(tmp / "a.txt", kGood);
  WriteFile(tmp / "empty.db", "");
  auto r = RunCli({"ingest", "--db", (tmp / "empty.db").string(), (tmp / "a.txt").string()}, kBounded);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("1 added") != std::string::npos);
}

TEST_CASE("compare never creates or changes a schema", "[robust][store]") {
  TempDir tmp;
  SECTION("a 0-byte file") {
    WriteFile(tmp / "empty.db", "");
    auto r = RunCli({"compare", "--db", (tmp / "empty.db").string(), "--by", "outlet"}, kBounded);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("empty.db: empty database") != std::string::npos);
    CHECK(fs::file_size(tmp / "empty.db") == 0);
  }
  SECTION("a foreign database") {
    WriteForeignDatabase(tmp / "foreign.db");
    const std::string before = ReadFile(tmp / "foreign.db");
    auto r = RunCli({"compare", "--db", (tmp / "foreign.db").string(), "--by", "outlet"}, kBounded);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("foreign.db: not an onrecord database") != std::string::npos);
    CHECK(ReadFile(tmp / "foreign.db") == before);
  }
  SECTION("an older onrecord schema is not migrated") {
    {
      auto v1 = Store::Open((tmp / "v1.db").string(), StoreOptions{.migrate_to = 1});
      REQUIRE(v1.ok());
    }
    const std::string before = ReadFile(tmp / "v1.db");
    auto r = RunCli({"compare", "--db", (tmp / "v1.db").string(), "--by", "outlet"}, kBounded);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("v1.db: database schema version 1 is older") != std::string::npos);
    CHECK(ReadFile(tmp / "v1.db") == before);
  }
  SECTION("a missing file is not created") {
    auto r = RunCli({"compare", "--db", (tmp / "none.db").string(), "--by", "outlet"}, kBounded);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("none.db: no such database") != std::string::npos);
    CHECK_FALSE(fs::exists(tmp / "none.db"));
  }
  SECTION("an onrecord store is read and left byte-identical") {
    WriteFile(tmp / "a.txt", kGood);
    REQUIRE(RunCli({"ingest", "--db", (tmp / "c.db").string(), (tmp / "a.txt").string()}, kBounded).exit_code == 0);
    const std::string before = ReadFile(tmp / "c.db");
    auto r = RunCli({"compare", "--db", (tmp / "c.db").string(), "--by", "outlet"}, kBounded);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("(all)") != std::string::npos);
    CHECK(ReadFile(tmp / "c.db") == before);
  }
}

// ------------------------------------------------------------ the test runner

TEST_CASE("the test runner runs the command in the working directory it is given", "[robust][runner]") {
  TempDir tmp;
  WriteFile(tmp / "a.txt", kGood);
  auto r = RunCli({"audit", "a.txt"}, CliOptions{.cwd = tmp.path().string(), .timeout_seconds = 30});
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("a.txt") != std::string::npos);
  CHECK(r.out.find("Wu Xinbo") != std::string::npos);
}

TEST_CASE("the test runner stops a command that outlasts its timeout with exit code 124", "[robust][runner]") {
  TempDir tmp;
  WriteFile(tmp / "a.txt", kGood);
  const std::string db = (tmp / "c.db").string();
  REQUIRE(RunCli({"ingest", "--db", db, (tmp / "a.txt").string()}, kBounded).exit_code == 0);
  // Another writer holds the database: ingest waits for it (30 s busy timeout).
  SQLite::Database holder(db, SQLite::OPEN_READWRITE);
  holder.exec("BEGIN IMMEDIATE");
  const auto start = std::chrono::steady_clock::now();
  auto r = RunCli({"ingest", "--db", db, (tmp / "a.txt").string()}, CliOptions{.timeout_seconds = 1});
  const auto waited = std::chrono::steady_clock::now() - start;
  holder.exec("ROLLBACK");
  CHECK(r.exit_code == 124);
  CHECK(waited < std::chrono::seconds(15));
}
