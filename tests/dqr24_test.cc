// Direct quotes the engine missed (eighteenth round, branch dqr24).
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;

using Seen = onrecord::testing::SeenAttribution;

TEST_CASE("it before read right after a quote is the sign or letter that bears the quote", "[dqr24]") {
  auto r = AuditText(
      "Signs at the gate.\n\n"
      "Protesters gathered at the plant on Monday.\n\n"
      "\"Keep our jobs in this valley,\" it read.\n");
  const Seen read = SeenWithCue(r, "read");
  CHECK(read.source == "it");
  REQUIRE(read.content.size() == 1);
  CHECK(read.content[0] == "\"Keep our jobs in this valley,\"");
}

TEST_CASE("a person reading is still no cue", "[dqr24]") {
  auto r = AuditText(
      "At the library.\n\n"
      "The mayor took the old book from the shelf and it read well, he thought.\n\n"
      "\"The story is long,\" she read it twice.\n");
  CHECK(SeenWithCue(r, "read").source == "<no attribution>");
}
