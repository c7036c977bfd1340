// Fixes made on main in the thirty-first round (2026-12-05), each with the
// case that showed it.
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

int64_t Rows(const fs::path& db) {
  SQLite::Database d(db.string(), SQLite::OPEN_READONLY);
  return d.execAndGet("SELECT count(*) FROM articles").getInt64();
}

// docs/compare.md: a record with a URL is keyed by the URL alone; a record
// with no URL by its id.
TEST_CASE("main37: one id at two URLs is two publications, one id with no URL is one", "[main37]") {
  TempDir tmp;
  const std::string text = "The bridge reopens on Monday, the county engineer said.";
  const fs::path with_urls = tmp / "urls.jsonl";
  WriteFile(with_urls, "{\"id\":\"w1\",\"url\":\"https://one.example/a\",\"text\":\"" + text + "\"}\n" +
                           "{\"id\":\"w1\",\"url\":\"https://two.example/b\",\"text\":\"" + text + "\"}\n");
  const fs::path db1 = tmp / "urls.db";
  auto a = RunCli({"ingest", with_urls.string(), "--db", db1.string()});
  INFO(a.out << a.err);
  CHECK(a.exit_code == 0);
  CHECK(Rows(db1) == 2);
  CHECK_THAT(a.err, !Catch::Contains("duplicate publication"));

  const fs::path no_urls = tmp / "ids.jsonl";
  WriteFile(no_urls, "{\"id\":\"w1\",\"text\":\"" + text + "\"}\n" +
                         "{\"id\":\"w1\",\"text\":\"" + text + " Work starts at dawn.\"}\n");
  const fs::path db2 = tmp / "ids.db";
  auto b = RunCli({"ingest", no_urls.string(), "--db", db2.string()});
  INFO(b.out << b.err);
  CHECK(b.exit_code == 0);
  CHECK(Rows(db2) == 1);
  CHECK_THAT(b.err, Catch::Contains(no_urls.string() + ":2: duplicate publication: the same id 'w1'"));
}

}  // namespace
}  // namespace onrecord
