// Verbs of naming and perceiving with "as" (twenty-second round, branch
// cue28): in the passive ("is widely regarded as", "was known as") PolNeAR
// marks them as cues with no source, the subject and what follows "as" the
// content; a participle modifying a noun ("a fee known as", "a town seen
// as") or a relative clause ("who is seen as") is none.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AnyCue;
using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;

using Seen = onrecord::testing::SeenAttribution;

TEST_CASE("a passive naming cue has no source and the subject and the name as content", "[cue28]") {
  auto r = AuditText(
      "The harbor levy is widely regarded as the costliest fee in the county.\n\n"
      "The old pier was known as the Crooked Mile for most of a century.\n\n"
      "Mara Quill is not known as a patient negotiator.\n");
  const Seen a = SeenWithCue(r, "is widely regarded as");
  CHECK(a.source == "<none>");
  REQUIRE(a.content.size() == 2);
  CHECK(a.content[0] == "The harbor levy");
  CHECK(a.content[1].rfind("the costliest fee in the county", 0) == 0);
  const Seen b = SeenWithCue(r, "was known as");
  CHECK(b.source == "<none>");
  REQUIRE(b.content.size() == 2);
  CHECK(b.content[0] == "The old pier");
  CHECK(b.content[1].rfind("the Crooked Mile", 0) == 0);
  const Seen c = SeenWithCue(r, "is not known as");
  CHECK(c.source == "<none>");
  REQUIRE(c.content.size() == 2);
  CHECK(c.content[0] == "Mara Quill");
}

TEST_CASE("seen as and regarded as in the passive are cues", "[cue28]") {
  auto r = AuditText(
      "The ferry vote is increasingly seen as a test of the mayor.\n\n"
      "The new toll was regarded as a threat to the night market.\n");
  const Seen a = SeenWithCue(r, "is increasingly seen as");
  CHECK(a.source == "<none>");
  REQUIRE(a.content.size() == 2);
  CHECK(a.content[0] == "The ferry vote");
  CHECK(a.content[1] == "a test of the mayor");
  CHECK(AnyCue(r, "was regarded as"));
}

TEST_CASE("naming participles modifying a noun or in a relative clause are no cues", "[cue28]") {
  auto r = AuditText(
      "Ana Ruiz won the string of contests known as the Harbor Primaries.\n\n"
      "The council backed a fee that was known as the pier tax.\n\n"
      "Voters in Kellin, a town seen as a bellwether, went to the polls.\n\n"
      "Tom Hale seeks to be seen as the heir of the old council.\n");
  CHECK_FALSE(AnyCue(r, "known as"));
  CHECK_FALSE(AnyCue(r, "was known as"));
  CHECK_FALSE(AnyCue(r, "seen as"));
  CHECK_FALSE(AnyCue(r, "to be seen as"));
  CHECK_FALSE(AnyCue(r, "be seen as"));
}
