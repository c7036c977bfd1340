// Verbs of seeming with a raised subject (twenty-first round, branch
// raise27), on PolNeAR's conventions: a hedge whose subject opens with a
// name's possessive ("Hale's style appears to …", "Mr. Ruiz's budget
// seemed …") has no source and that subject as the first part of its
// content, as one opening with a determiner has; a passive cue too.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenAttributions;
using onrecord::testing::SeenWithCue;

using Seen = onrecord::testing::SeenAttribution;

TEST_CASE("a verb of seeming before to and a plain verb stays a hedge", "[raise27]") {
  auto r = AuditText("Harbor Notes\n\nThe ferry rules seem to reflect an older era of shipping.\n");
  const Seen a = SeenWithCue(r, "seem");
  CHECK(a.source == "<none>");
  REQUIRE(a.content.size() == 2);
  CHECK(a.content[0] == "The ferry rules");
  CHECK(a.content[1] == "to reflect an older era of shipping");
}

TEST_CASE("a hedge whose subject opens with a name's possessive keeps that subject", "[raise27]") {
  auto r = AuditText(
      "Harbor Notes\n\n"
      "Hale's blunt style appears to resonate with older dock workers.\n\n"
      "Mr. Ruiz's new budget seemed unlikely to survive the vote.\n");
  const Seen a = SeenWithCue(r, "appears");
  CHECK(a.source == "<none>");
  REQUIRE(a.content.size() == 2);
  CHECK(a.content[0] == "Hale's blunt style");
  CHECK(a.content[1] == "to resonate with older dock workers");
  const Seen b = SeenWithCue(r, "seemed");
  CHECK(b.source == "<none>");
  REQUIRE(b.content.size() == 2);
  CHECK(b.content[0] == "Mr. Ruiz's new budget");
  CHECK(b.content[1] == "unlikely to survive the vote");
}

TEST_CASE("a verb of seeming before a place or a time is still no cue", "[raise27]") {
  auto r = AuditText("Harbor Notes\n\nHale's lawyer appeared in court on Monday. The mayor appeared Tuesday.\n");
  CHECK(r.attributions.empty());
}

TEST_CASE("a passive cue whose subject opens with a name's possessive keeps that subject", "[raise27]") {
  auto r = AuditText("Harbor Notes\n\nHale's ferry plan is expected to reach the council in May.\n");
  const Seen a = SeenWithCue(r, "is expected");
  CHECK(a.source == "<none>");
  REQUIRE(a.content.size() == 2);
  CHECK(a.content[0] == "Hale's ferry plan");
  CHECK(a.content[1] == "to reach the council in May");
}
