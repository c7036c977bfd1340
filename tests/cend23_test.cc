// Where a content ends (seventeenth round, branch cend23): the writer's
// background after a comma at the end of an indirect content, on PolNeAR's
// conventions.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;

using Seen = onrecord::testing::SeenAttribution;

TEST_CASE("a relative clause after a comma at the end of an indirect content is left out", "[cend23]") {
  auto r = AuditText(
      "Ana Lee called for a review of the ferry levy, which the council set in 1990.\n\n"
      "Piet Vos said he supports the final harbor bill, which includes new rules for the pier.\n");
  const Seen a = SeenWithCue(r, "called for");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "a review of the ferry levy");
  const Seen b = SeenWithCue(r, "said");
  REQUIRE(b.content.size() == 1);
  CHECK(b.content[0] == "he supports the final harbor bill");
  // A clause with a cue of its own stays in: the cue makes it an attribution
  // of its own inside the content.
  auto r2 = AuditText(
      "Mara Quill said the levy funds the pier, which the long report of the harbor board in May said was too slow.\n");
  const Seen c = SeenWithCue(r2, "said");
  REQUIRE(c.content.size() == 1);
  CHECK(c.content[0] == "the levy funds the pier, which the long report of the harbor board in May said was too slow");
}
