// Contents whose subject stands before the source (twenty-fourth round,
// branch content30): "a probe the agency said was ongoing", "The only
// regret he acknowledged was …" — a noun phrase followed by a relative
// clause with no pronoun is the subject of the reported verb group, and
// PolNeAR's content has it as the first fragment. Words after the cue that
// have a subject of their own keep the content as it was.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;

using Seen = onrecord::testing::SeenAttribution;

TEST_CASE("a noun phrase before the source is the first fragment of a subjectless content", "[content30]") {
  auto r = AuditText(
      "Harbor officials opened a probe the port authority said was still under way.\n\n"
      "The only regret Mara Quill acknowledged was the closing of the night ferry.\n");
  const Seen a = SeenWithCue(r, "said");
  CHECK(a.source == "the port authority");
  REQUIRE(a.content.size() == 2);
  CHECK(a.content[0] == "a probe");
  CHECK(a.content[1] == "was still under way");
  const Seen b = SeenWithCue(r, "acknowledged");
  CHECK(b.source == "Mara Quill");
  REQUIRE(b.content.size() == 2);
  CHECK(b.content[0] == "The only regret");
  CHECK(b.content[1] == "was the closing of the night ferry");
}

TEST_CASE("a content with a subject of its own takes no noun phrase before the source", "[content30]") {
  auto r = AuditText("The toll the council said it would raise has angered drivers.\n");
  const Seen a = SeenWithCue(r, "said");
  REQUIRE(a.content.size() == 1);
  CHECK(a.source == "the council");
  CHECK(a.content[0].rfind("it would raise", 0) == 0);
}
