// Verbs of evidence whose subject is a thing (twenty-first round, branch
// evid27): "A new survey of riders shows …", "Their experience shows that
// …", "the footage, which showed …". The cue ("shows", list document-cues)
// was dropped when no list reading found a document as its subject.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AnyCue;
using onrecord::testing::AuditText;
using onrecord::testing::SeenAttributions;
using onrecord::testing::SeenWithCue;

using Seen = onrecord::testing::SeenAttribution;

TEST_CASE("a document subject with a postmodifier keeps its evidence cue and the whole phrase", "[evid27]") {
  auto r = AuditText(
      "Ferry vote\n\n"
      "A new survey of ferry riders shows the later sailing with 60 percent support.\n\n"
      "A recent clip getting many views shows the mayor dancing on the pier.\n");
  const Seen a = SeenWithCue(r, "shows");
  CHECK(a.source == "A new survey of ferry riders");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "the later sailing with 60 percent support");
  const Seen b = SeenWithCue(r, "shows", 1);
  CHECK(b.source == "A recent clip getting many views");
  REQUIRE(b.content.size() == 1);
  CHECK(b.content[0] == "the mayor dancing on the pier");
}

TEST_CASE("a thing no list knows as the subject of an evidence cue is its source", "[evid27]") {
  auto r = AuditText(
      "Ferry fares\n\n"
      "Their experience shows that cutting fares remains hard.\n\n"
      "Simple arithmetic shows the harbor board cannot pay for both piers.\n");
  const Seen a = SeenWithCue(r, "shows");
  CHECK(a.source == "Their experience");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "that cutting fares remains hard");
  const Seen b = SeenWithCue(r, "shows", 1);
  CHECK(b.source == "Simple arithmetic");
  REQUIRE(b.content.size() == 1);
  CHECK(b.content[0] == "the harbor board cannot pay for both piers");
}

TEST_CASE("which after a thing is the source of an evidence cue", "[evid27]") {
  auto r = AuditText(
      "Pier crash\n\n"
      "The harbor board released the footage, which showed the ferry striking the pier.\n");
  const Seen a = SeenWithCue(r, "showed");
  CHECK(a.source == "which");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "the ferry striking the pier");
}

TEST_CASE("show and found as other verbs or nouns stay no cue", "[evid27]") {
  auto r = AuditText(
      "Pier news\n\n"
      "The new ferry showed up at the pier on Monday.\n\n"
      "Mara Quill helped found the ferry cooperative in 2009.\n\n"
      "The award show is on Sunday at the pier.\n\n"
      "The senator showed no sign of fatigue at the pier.\n");
  CHECK_FALSE(AnyCue(r, "showed"));
  CHECK_FALSE(AnyCue(r, "found"));
  CHECK_FALSE(AnyCue(r, "show"));
}
