// Contents of the twenty-fifth round (branch content31): a dateline
// ("KITTERING BAY - …") before a content that precedes its cue is no part
// of the content. (The branch's other change, no attribution for a short
// quoted fragment no cue reports, was not merged: it cost direct quotes.)
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

TEST_CASE("a dateline before a content that precedes its cue is left out of it", "[content31]") {
  auto r = onrecord::testing::AuditText(
      "KITTERING BAY - The harbor board will close the north pier for repairs next month, a spokeswoman said on "
      "Tuesday.\n\n"
      "PORT ELLEN (KBN) — Ferry fares will rise in the spring, the operator said.\n");
  const auto a = onrecord::testing::SeenWithCue(r, "said");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "The harbor board will close the north pier for repairs next month");
  const auto b = onrecord::testing::SeenWithCue(r, "said", 1);
  REQUIRE(b.content.size() == 1);
  CHECK(b.content[0] == "Ferry fares will rise in the spring");
}
