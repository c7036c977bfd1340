// Tooling faults a fresh user found (fixe37): the counts of an interrupted
// ingest that did not add up when identical texts were reused, and a run
// killed outright (SIGKILL) left `running` for good.
#include <SQLiteCpp/SQLiteCpp.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>

#include "onrecord/store.h"
#include "shell_util.h"
#include "env_util.h"
#include "test_util.h"

namespace onrecord {
namespace {

using testing::CliResult;
using testing::ReadFile;
using testing::RunCli;
using testing::Sh;
using testing::ShellQuote;
using testing::TempDir;
using testing::WriteFile;
namespace fs = std::filesystem;

using testing::ScopedEnv;

long Field(const std::string& out, const std::string& pattern) {
  std::smatch m;
  if (!std::regex_search(out, m, std::regex(pattern))) return 0;
  return std::stol(m[1].str());
}

int64_t Query(const fs::path& db, const std::string& sql) {
  SQLite::Database d(db.string(), SQLite::OPEN_READONLY);
  return d.execAndGet(sql).getInt64();
}

std::string QueryText(const fs::path& db, const std::string& sql) {
  SQLite::Database d(db.string(), SQLite::OPEN_READONLY);
  return d.execAndGet(sql).getString();
}

void Exec(const fs::path& db, const std::string& sql) {
  SQLite::Database d(db.string(), SQLite::OPEN_READWRITE);
  d.exec(sql);
}

// `count` articles in `dir`, every second one the same text as the one
// before it (so the ingest audits one of each pair and reuses that audit
// for the other).
void WritePairedArticles(const fs::path& dir, int count) {
  for (int i = 0; i < count; ++i) {
    const int k = i - i % 2;
    std::string text = "Report " + std::to_string(k) + ".\n\n\u201CWe will win item " + std::to_string(k) +
                       ",\u201D Mayor Ana Ruiz said.\n\n";
    for (int p = 0; p < 6; ++p) text += "The council met on day " + std::to_string(p + k) + " and voted.\n\n";
    WriteFile(dir / ("p" + std::to_string(1000 + i) + ".txt"), text);
  }
}

// A pid that no process has: a child that has exited and been reaped.
int64_t DeadPid() {
  const pid_t child = fork();
  if (child == 0) _exit(0);
  int status = 0;
  waitpid(child, &status, 0);
  return child;
}

// The user's report: "716 audited" against 508 kept + 196 rolled back + 13
// unwritten = 717, and 704 in the runs row. The rolled-back count held
// articles copied from an identical text (never audited) and called them
// all audited. The test seam ONRECORD_TEST_SIGNAL_AFTER_WRITES raises
// SIGINT in the writer after N articles, so the open batch is never empty.
TEST_CASE("fixe37: an interrupted ingest's summary and runs row add up when identical texts are reused", "[fixe37]") {
  TempDir tmp;
  WritePairedArticles(tmp / "in", 160);
  const fs::path db = tmp / "i.db";
  CliResult r;
  {
    ScopedEnv env("ONRECORD_TEST_SIGNAL_AFTER_WRITES", "70:" + std::to_string(SIGINT));
    r = RunCli({"ingest", (tmp / "in").string(), "--db", db.string(), "-j", "2", "--batch-size", "40"});
  }
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 130);
  const long done = Field(r.out, R"(: (\d+) articles? in )");
  const long audited = Field(r.out, R"((\d+) audited,)");
  const long added = Field(r.out, R"((\d+) added)");
  const long updated = Field(r.out, R"((\d+) updated)");
  const long reused = Field(r.out, R"((\d+) reused from identical texts \()");
  const long rolled_back = Field(r.out, R"((\d+) articles? of the open batch rolled back)");
  const long rolled_back_audited = Field(r.out, R"(rolled back \((\d+) audited)");
  const long rolled_back_reused = Field(r.out, R"((\d+) reused from identical texts, not kept)");
  const long in_flight = Field(r.out, R"((\d+) articles? audited but not yet written)");
  const long waiting = Field(r.out, R"((\d+) articles? left waiting)");
  CHECK(added >= 40);
  CHECK(reused > 0);
  REQUIRE(rolled_back > 0);
  CHECK(rolled_back_reused > 0);
  CHECK(rolled_back == rolled_back_audited + rolled_back_reused);
  // Every audit is kept (kept minus reused), rolled back or still in flight.
  CHECK(audited == added + updated - reused + rolled_back_audited + in_flight);
  // The runs row: what was kept, and `seen` = the summary's articles plus
  // the rolled-back ones plus twins left waiting.
  CHECK(QueryText(db, "SELECT status FROM runs") == "interrupted");
  CHECK(Query(db, "SELECT added FROM runs") == added);
  CHECK(Query(db, "SELECT reused FROM runs") == reused);
  CHECK(Query(db, "SELECT seen FROM runs") == done + rolled_back + waiting);
  CHECK(Query(db, "SELECT COUNT(*) FROM articles") == added);
}

// A run killed outright stayed `running` for good. A later ingest now
// records a run of this host whose process is gone as `abandoned`; a run of
// a live process or of another host is left alone.
TEST_CASE("fixe37: a later ingest marks a run whose process is gone as abandoned, and only such a run", "[fixe37]") {
  TempDir tmp;
  WriteFile(tmp / "in" / "a.txt", "\u201CWe will win,\u201D Mayor Ana Ruiz said.\n");
  const fs::path db = tmp / "k.db";
  REQUIRE(RunCli({"ingest", (tmp / "in").string(), "--db", db.string(), "--outlet", "Courier"}).exit_code == 0);
  CHECK(Query(db, "SELECT COUNT(*) FROM runs WHERE pid > 0 AND host = '" + Store::HostName() + "'") == 1);
  // Three runs SIGKILL could leave: this host's, process gone; this host's,
  // process alive (the test itself); another host's, pid unknown there.
  const int64_t dead = DeadPid();
  Exec(db,
       "INSERT INTO runs (command, tool_version, rules_hash, status, pid, host) VALUES "
       "('ingest', 'x', 'r', 'running', " +
           std::to_string(dead) + ", '" + Store::HostName() + "'), ('ingest', 'x', 'r', 'running', " +
           std::to_string(getpid()) + ", '" + Store::HostName() + "'), ('ingest', 'x', 'r', 'running', " +
           std::to_string(dead) + ", 'another-host.example')");
  // compare, reading only, already tells the killed run apart.
  CliResult before = RunCli({"compare", "--db", db.string(), "--format", "json"});
  REQUIRE(before.exit_code == 0);
  auto runs = nlohmann::json::parse(before.out)["unfinished_runs"];
  REQUIRE(runs.size() == 3);
  CHECK(runs[0]["abandoned"] == true);
  CHECK(runs[1]["abandoned"] == false);
  CHECK(runs[2]["abandoned"] == false);
  CHECK_THAT(before.err, Catch::Contains("killed: its process is gone"));
  CHECK_THAT(before.err, Catch::Contains("or are still running"));            // two of them may be
  CHECK(QueryText(db, "SELECT status FROM runs WHERE id = 2") == "running");  // compare writes nothing

  WriteFile(tmp / "in" / "b.txt", "Prices will rise, people familiar with the matter said.\n");
  CliResult again = RunCli({"ingest", (tmp / "in").string(), "--db", db.string(), "--outlet", "Courier"});
  INFO(again.err);
  REQUIRE(again.exit_code == 0);
  CHECK_THAT(again.err, Catch::Contains("run 2 (started"));
  CHECK_THAT(again.err, Catch::Contains("recorded as 'abandoned'"));
  CHECK_THAT(again.err, !Catch::Contains("run 3 ("));
  CHECK(QueryText(db, "SELECT status FROM runs WHERE id = 2") == "abandoned");
  CHECK(QueryText(db, "SELECT status FROM runs WHERE id = 3") == "running");
  CHECK(QueryText(db, "SELECT status FROM runs WHERE id = 4") == "running");
  CHECK(QueryText(db, "SELECT status FROM runs WHERE id = 5") == "completed");
  // A completed ingest came after all of them: compare warns no more.
  CliResult after = RunCli({"compare", "--db", db.string(), "--format", "json"});
  REQUIRE(after.exit_code == 0);
  CHECK(nlohmann::json::parse(after.out)["unfinished_runs"].empty());
}

// A run known to be gone is called killed, not "killed, or still running".
TEST_CASE("fixe37: compare calls a run whose process is gone killed", "[fixe37]") {
  TempDir tmp;
  WriteFile(tmp / "in" / "a.txt", "\u201CWe will win,\u201D Mayor Ana Ruiz said.\n");
  const fs::path db = tmp / "g.db";
  REQUIRE(RunCli({"ingest", (tmp / "in").string(), "--db", db.string(), "--outlet", "Courier"}).exit_code == 0);
  Exec(db, "UPDATE runs SET status = 'running', finished_at = NULL, pid = " + std::to_string(DeadPid()));
  CliResult c = RunCli({"compare", "--db", db.string()});
  INFO(c.err);
  REQUIRE(c.exit_code == 0);
  CHECK_THAT(c.out, Catch::Contains("1 article kept, killed: its process is gone), and no completed ingest came "
                                    "after it. What it committed"));
  CHECK_THAT(c.out, !Catch::Contains("still running"));
}

// Schema 4 only added `runs.pid` and `runs.host`: compare still reads a
// database of schema 3 (which it cannot migrate), and an ingest migrates it.
TEST_CASE("fixe37: compare reads a schema-3 database and an ingest migrates it to record pid and host", "[fixe37]") {
  TempDir tmp;
  WriteFile(tmp / "in" / "a.txt", "\u201CWe will win,\u201D Mayor Ana Ruiz said.\n");
  const fs::path db = tmp / "v3.db";
  REQUIRE(RunCli({"ingest", (tmp / "in").string(), "--db", db.string(), "--outlet", "Courier"}).exit_code == 0);
  Exec(db,
       "ALTER TABLE runs DROP COLUMN pid; ALTER TABLE runs DROP COLUMN host; "
       "ALTER TABLE attributions DROP COLUMN counted; "  // schema 5 (fixd38)
       "UPDATE runs SET status = 'running', finished_at = NULL; PRAGMA user_version = 3");
  CliResult c = RunCli({"compare", "--db", db.string(), "--format", "json"});
  INFO(c.err);
  REQUIRE(c.exit_code == 0);
  auto runs = nlohmann::json::parse(c.out)["unfinished_runs"];
  REQUIRE(runs.size() == 1);
  CHECK(runs[0]["abandoned"] == false);  // no pid recorded: cannot tell
  CHECK_THAT(c.err, Catch::Contains("it was killed, or is still running"));
  REQUIRE(RunCli({"ingest", (tmp / "in").string(), "--db", db.string(), "--outlet", "Courier"}).exit_code == 0);
  CHECK(Query(db, "PRAGMA user_version") == Store::kSchemaVersion);
  CHECK(QueryText(db, "SELECT status FROM runs WHERE id = 1") == "running");  // left alone: no pid
  CHECK(Query(db, "SELECT pid FROM runs WHERE id = 2") > 0);
}

// scripts/build answered a `-D…` option with its usage line alone.
TEST_CASE("fixe37: scripts/build names the CMake option it does not take and the launcher variable", "[fixe37]") {
  TempDir tmp;
  const fs::path log = tmp / "log.txt";
  const int rc =
      Sh(ShellQuote((testing::SourceDir() / "scripts/build").string()) + " -DCMAKE_CXX_COMPILER_LAUNCHER=ccache", log);
  const std::string err = ReadFile(log);
  INFO(err);
  CHECK(rc == 2);
  CHECK_THAT(err, Catch::Contains("CMake options (-DCMAKE_CXX_COMPILER_LAUNCHER=ccache) are not taken here"));
  CHECK_THAT(err, Catch::Contains("set CMAKE_CXX_COMPILER_LAUNCHER=ccache in the environment"));
}

// The first run printed one line, then nothing while it built for many
// minutes. A build of more than 20 steps now says so and shows each step
// (a line each when standard error is no terminal); one of a few steps
// stays quiet. A small CMake project of custom steps stands for onrecord's.
TEST_CASE("fixe37: scripts/build announces a long build and shows its progress, and keeps a short one quiet",
          "[fixe37]") {
  TempDir tmp;
  std::string lists = "cmake_minimum_required(VERSION 3.16)\nproject(steps NONE)\n";
  for (int i = 0; i < 30; ++i) {
    const std::string out = "${CMAKE_BINARY_DIR}/s" + std::to_string(i);
    lists += "add_custom_command(OUTPUT " + out + " COMMAND ${CMAKE_COMMAND} -E touch " + out + ")\n";
  }
  lists += "add_custom_target(many ALL DEPENDS";
  for (int i = 0; i < 30; ++i) lists += " ${CMAKE_BINARY_DIR}/s" + std::to_string(i);
  lists +=
      ")\nadd_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/one COMMAND ${CMAKE_COMMAND} -E touch "
      "${CMAKE_BINARY_DIR}/one)\nadd_custom_target(few DEPENDS ${CMAKE_BINARY_DIR}/one)\n";
  WriteFile(tmp / "src" / "CMakeLists.txt", lists);
  const fs::path log = tmp / "log.txt";
  REQUIRE(Sh("cmake -S " + ShellQuote((tmp / "src").string()) + " -B " + ShellQuote((tmp / "b").string()) + " -G Ninja",
             log) == 0);
  const std::string build =
      "env -u CMAKE_CXX_COMPILER_LAUNCHER -u CI ONRECORD_BUILD_DIR=" + ShellQuote((tmp / "b").string()) + " " +
      ShellQuote((testing::SourceDir() / "scripts/build").string());
  REQUIRE(Sh(build + " --target few", log) == 0);
  CHECK(ReadFile(log).empty());
  REQUIRE(Sh(build + " --target many", log) == 0);
  const std::string err = ReadFile(log);
  INFO(err);
  CHECK_THAT(err, Catch::Contains("scripts/build: building many ("));
  CHECK_THAT(err, Catch::Contains("minutes on an idle two-core machine"));
  CHECK_THAT(err, Catch::Contains("/30] "));        // ninja's progress, a line per step
  REQUIRE(Sh(build + " --target many", log) == 0);  // nothing left to do: quiet
  CHECK(ReadFile(log).empty());
}

}  // namespace
}  // namespace onrecord
