// A gerund cue after "by" that follows the object of another cue (fortieth
// round, branch cue48). "Ms. Ruiz distanced herself from the board by saying
// she would veto the levy.": the first cue's content (or a stance verb's
// object) ran on over "by saying …", so the gerund cue, a second attribution
// of the same source, lay inside it and was never reported. The content now
// ends before "by" when a cue of list participle-cues follows it and the
// first cue takes no clause (list clause-cues); after a clause cue ("said
// the mayor broke the rules by saying …") the gerund stays in what was said.
#include <catch2/catch.hpp>
#include <string>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AttributionBySourceAndCue;
using onrecord::testing::AuditText;
using onrecord::testing::ContentJoined;
using onrecord::testing::FindAttributionByCue;

TEST_CASE("cue48: a gerund cue after by ends the content of the cue before it", "[cue48]") {
  auto r = AuditText("Ms. Ruiz distanced herself from the harbor board by saying she would veto the levy.\n");
  const auto* first = FindAttributionByCue(r, "distanced herself from");
  REQUIRE(first != nullptr);
  CHECK(ContentJoined(*first) == "the harbor board");
  const auto* a = AttributionBySourceAndCue(r, "Ms. Ruiz", "saying");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) == "she would veto the levy");
}

TEST_CASE("cue48: a gerund cue after by ends a stance verb's object", "[cue48]") {
  auto r = AuditText("Mr. Okonjo dismissed the ferry charges by pointing out that the board had voted for them.\n");
  const auto* first = FindAttributionByCue(r, "dismissed");
  REQUIRE(first != nullptr);
  CHECK(ContentJoined(*first) == "the ferry charges");
  const auto* a = AttributionBySourceAndCue(r, "Mr. Okonjo", "pointing out");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) == "that the board had voted for them");
}

TEST_CASE("cue48: citing after by is a cue of the same source", "[cue48]") {
  auto r = AuditText("The harbor master defended the late opening by citing the storm damage.\n");
  const auto* first = FindAttributionByCue(r, "defended");
  REQUIRE(first != nullptr);
  CHECK(ContentJoined(*first) == "the late opening");
  const auto* a = AttributionBySourceAndCue(r, "The harbor master", "citing");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) == "the storm damage");
}

TEST_CASE("cue48: after a clause cue the gerund phrase stays in what was said", "[cue48]") {
  auto r = AuditText("The auditor said the mayor broke the rules by saying the vote was closed.\n");
  const auto* a = FindAttributionByCue(r, "said");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "The auditor");
  CHECK(ContentJoined(*a) == "the mayor broke the rules by saying the vote was closed");
  CHECK(FindAttributionByCue(r, "saying") == nullptr);
}

TEST_CASE("cue48: by and a gerund that is no cue stays in the object", "[cue48]") {
  auto r = AuditText("The harbor master defended the late opening by cutting the fees.\n");
  const auto* a = FindAttributionByCue(r, "defended");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) == "the late opening by cutting the fees");
}

// From a fresh user's probe (fu48): when a preposition and a gerund stand
// between the first cue's object and "by", the gerund after "by" says how the
// object's act was done ("praised Ana Ruiz for defying the board by saying
// no"), so the saying is Ruiz's, not the subject's. No second attribution of
// the subject is made, and the object keeps the whole phrase.
TEST_CASE("cue48: by and a gerund cue after a preposition and a gerund is the object's act", "[cue48]") {
  auto praised = AuditText("Mayor Tom Hale praised Ana Ruiz for defying the harbor board by saying no to the levy.\n");
  CHECK(AttributionBySourceAndCue(praised, "Mayor Tom Hale", "saying") == nullptr);
  const auto* p = FindAttributionByCue(praised, "praised");
  REQUIRE(p != nullptr);
  CHECK(ContentJoined(*p) == "Ana Ruiz for defying the harbor board by saying no to the levy");

  auto accused = AuditText("Tom Hale accused the ferry board of misleading riders by citing old fare tables.\n");
  CHECK(AttributionBySourceAndCue(accused, "Tom Hale", "citing") == nullptr);
  const auto* a = FindAttributionByCue(accused, "accused");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) == "the ferry board of misleading riders by citing old fare tables");

  // Guard: with no gerund before "by", the gerund cue is still the subject's.
  auto defended = AuditText("Tom Hale defended the levy by citing the storm damage at the pier.\n");
  const auto* d = AttributionBySourceAndCue(defended, "Tom Hale", "citing");
  REQUIRE(d != nullptr);
  CHECK(ContentJoined(*d) == "the storm damage at the pier");
}
