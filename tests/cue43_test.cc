// A stance verb with a noun phrase for its content (thirty-sixth round,
// branch cue43). (1) "a practice criticized by Ana Ruiz", "the ferry law,
// opposed by Democrats,": a participle of list cues-object with no
// auxiliary, right after the noun phrase it modifies (or its comma) and
// before "by" and an agent. PolNeAR marks the participle as the cue, the
// agent as the source and the noun phrase as the content; the engine had
// read the phrase as a source and dropped the attribution. (2) "lambasted"
// is a stance verb like "blasted" (lists cues-object and cues-loaded).
// A participle after a verb ("have seen families backed by"), a charge
// with "of" and a gerund after the agent, and a passive with its auxiliary
// keep their earlier reading.
#include <catch2/catch.hpp>
#include <string>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::ContentJoined;
using onrecord::testing::FindAttributionByCue;

TEST_CASE("cue43: a stance participle after a noun phrase and its comma takes the agent as source", "[cue43]") {
  auto r = AuditText("The council blocked the ferry law, opposed by Democrats, on Monday.\n");
  const auto* a = FindAttributionByCue(r, "opposed");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "Democrats");
  CHECK(ContentJoined(*a) == "the ferry law");
}

TEST_CASE("cue43: a stance participle right after an apposed noun phrase", "[cue43]") {
  auto r = AuditText("The states still combine the two counts, a practice criticized by Ana Ruiz for years.\n");
  const auto* a = FindAttributionByCue(r, "criticized");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "Ana Ruiz");
  CHECK(ContentJoined(*a) == "a practice");
}

TEST_CASE("cue43: an adverb in -ly opens the cue of a stance participle", "[cue43]") {
  auto r = AuditText("Voters in Marlow passed a measure strongly opposed by the teachers.\n");
  const auto* a = FindAttributionByCue(r, "strongly opposed");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "the teachers");
  CHECK(ContentJoined(*a) == "a measure");
}

TEST_CASE("cue43: lambasted is a stance verb with its object as content", "[cue43]") {
  auto r = AuditText("Tom Hale lambasted the harbor deal at a rally on Friday.\n");
  const auto* a = FindAttributionByCue(r, "lambasted");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "Tom Hale");
}

TEST_CASE("cue43: a participle after a verb, a charge with of and a passive keep their reading", "[cue43]") {
  auto r = AuditText(
      "The charities said they have seen families backed by the fund. A professor accused by the council of "
      "leaking the plan resigned. The plan was criticized by Ana Ruiz.\n");
  CHECK(FindAttributionByCue(r, "backed") == nullptr);
  CHECK(FindAttributionByCue(r, "accused") == nullptr);
  const auto* a = FindAttributionByCue(r, "was criticized");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "Ana Ruiz");
  CHECK(ContentJoined(*a) == "The plan");
}
