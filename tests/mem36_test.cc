// `onrecord ingest` keeps the input hashes it has taken up for audit and the
// publication keys it has read (with where each was first read) for the
// whole run; since mem36 they live in a private temporary SQLite database
// instead of in-memory hash tables (issue #8: memory independent of the
// corpus size). These cases pin what those lists decide: which text is
// audited and which is reused, which record of a repeated publication is
// kept, the warning that names the first one, and re-runs.
#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <string>

#include "test_util.h"

namespace onrecord {
namespace {

using testing::RunCli;
using testing::TempDir;
using testing::WriteFile;
namespace fs = std::filesystem;

int64_t Count(const fs::path& db, const std::string& sql) {
  SQLite::Database d(db.string(), SQLite::OPEN_READONLY);
  return d.execAndGet(sql).getInt64();
}

std::string Text(const fs::path& db, const std::string& sql) {
  SQLite::Database d(db.string(), SQLite::OPEN_READONLY);
  return d.execAndGet(sql).getString();
}

// A short article unique to `i`, written here for these tests.
std::string Story(int i) {
  return "The ferry to island " + std::to_string(i) + " will run twice a day, harbour officials said. \\\"We have "
         "the crews for route " + std::to_string(i) + ",\\\" said Captain Ola Berg.";
}

std::string Record(const std::string& id, const std::string& text) {
  return "{\"id\":\"" + id + "\",\"text\":\"" + text + "\"}\n";
}

TEST_CASE("mem36: records far apart with one id or one text are found in a long run", "[mem36]") {
  TempDir tmp;
  const fs::path input = tmp / "feed.jsonl";
  std::string lines;
  for (int i = 0; i < 300; ++i) lines += Record("s" + std::to_string(i), Story(i));
  lines += Record("s7", Story(9000));      // line 301: the id of line 8, a new text
  lines += Record("late-3", Story(3));     // line 302: a new id, the text of line 4
  lines += Record("s250", Story(250));     // line 303: line 251 again, id and text
  lines += Record("late-9000", Story(9000));  // line 304: the text of line 301, which was not stored
  WriteFile(input, lines);
  const fs::path db = tmp / "long.db";
  auto r = RunCli({"ingest", input.string(), "--db", db.string(), "-j", "2"});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains(input.string() + ":301: duplicate publication: the same id 's7' as " +
                                    input.string() + ":8, which is kept; this one is not stored"));
  CHECK_THAT(r.err, Catch::Contains(input.string() + ":303: duplicate publication: the same id 's250' as " +
                                    input.string() + ":251, which is kept; this one is not stored"));
  // 300 texts, and the new text of line 301, audited but not stored with
  // it, then stored from that audit for line 304; line 302 reuses the
  // audit of line 4.
  CHECK_THAT(r.out, Catch::Contains("302 added, 0 updated, 0 unchanged, 0 failed, 2 duplicates not stored; "
                                    "301 audited, 1 reused from identical texts"));
  CHECK(Count(db, "SELECT COUNT(*) FROM articles") == 302);
  CHECK(Text(db, "SELECT group_concat(record) FROM (SELECT record FROM articles WHERE publication_key IN "
                 "('id:s7', 'id:s250', 'id:late-3', 'id:late-9000') ORDER BY record)") == "8,251,302,304");
  CHECK(Count(db, "SELECT COUNT(DISTINCT input_sha256) FROM articles") == 301);

  // A second run of the same feed stores nothing new and warns the same way.
  auto again = RunCli({"ingest", input.string(), "--db", db.string(), "-j", "2"});
  INFO(again.out << again.err);
  CHECK(again.exit_code == 0);
  CHECK_THAT(again.err, Catch::Contains(input.string() + ":301: duplicate publication: the same id 's7' as " +
                                        input.string() + ":8, which is kept"));
  CHECK_THAT(again.out, Catch::Contains("0 added, 0 updated, 302 unchanged, 0 failed, 2 duplicates not stored; "
                                        "0 audited, 0 reused"));
  CHECK(Count(db, "SELECT COUNT(*) FROM articles") == 302);
}

TEST_CASE("mem36: a later run reuses the audits of earlier runs and still sees repeats within itself", "[mem36]") {
  TempDir tmp;
  const fs::path db = tmp / "runs.db";
  WriteFile(tmp / "a.jsonl", Record("a1", Story(1)) + Record("a2", Story(2)));
  REQUIRE(RunCli({"ingest", (tmp / "a.jsonl").string(), "--db", db.string()}).exit_code == 0);
  // New ids with the texts of the first run, twice each, and one id twice.
  const fs::path b = tmp / "b.jsonl";
  WriteFile(b, Record("b1", Story(1)) + Record("b2", Story(1)) + Record("b3", Story(2)) + Record("b1", Story(5)));
  auto r = RunCli({"ingest", b.string(), "--db", db.string(), "-j", "3"});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains(b.string() + ":4: duplicate publication: the same id 'b1' as " + b.string() +
                                    ":1, which is kept; this one is not stored"));
  CHECK_THAT(r.out, Catch::Contains("3 added, 0 updated, 0 unchanged, 0 failed, 1 duplicate not stored; "
                                    "1 audited, 3 reused from identical texts"));
  CHECK(Count(db, "SELECT COUNT(*) FROM articles") == 5);
  CHECK(Count(db, "SELECT COUNT(DISTINCT input_sha256) FROM articles") == 2);
}

TEST_CASE("mem36: the same file named twice and one URL in two files are each stored once", "[mem36]") {
  TempDir tmp;
  WriteFile(tmp / "one.txt", "Prices will rise, people familiar with the matter said.\n");
  WriteFile(tmp / "u1.jsonl", "{\"url\":\"https://news.example/x\",\"text\":\"Talks failed, aides said.\"}\n");
  WriteFile(tmp / "u2.jsonl", "{\"url\":\"https://news.example/x\",\"text\":\"Talks resumed, aides said.\"}\n");
  const fs::path db = tmp / "files.db";
  auto r = RunCli({"ingest", (tmp / "one.txt").string(), (tmp / "u1.jsonl").string(), (tmp / "u2.jsonl").string(),
                   (tmp / "one.txt").string(), "--db", db.string(), "-j", "2"});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains((tmp / "u2.jsonl").string() + ":1: duplicate publication: the same URL "
                                    "'https://news.example/x' as " + (tmp / "u1.jsonl").string() + ":1"));
  CHECK(Count(db, "SELECT COUNT(*) FROM articles") == 2);
  CHECK(Text(db, "SELECT file FROM articles WHERE url = 'https://news.example/x'") == (tmp / "u1.jsonl").string());
}

}  // namespace
}  // namespace onrecord
