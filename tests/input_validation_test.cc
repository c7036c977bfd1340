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

}  // namespace
}  // namespace onrecord
