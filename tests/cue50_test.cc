// Cues that report no held content (forty-second round, branch cue50):
// "felt like …" likens a feeling ("I felt like I had no voice") and "is
// favored to win" gives the odds others set on the subject, who holds no
// view. PolNeAR's annotators mark neither (tune text: "feel/feels/felt/
// feeling like" 1 time in 24, "favored to" 1 in 3), while the engine made
// "felt" a non-speech cue with "like …" as its content and "is favored" a
// sourceless cue with the subject as content. List cue-blockers now holds
// the pairs; "felt that …" and "favored the plan" stay attributions.
#include <catch2/catch.hpp>
#include <string>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::ContentJoined;
using onrecord::testing::FindAttributionByCue;

TEST_CASE("cue50: felt like gives no attribution", "[cue50]") {
  auto r = AuditText("Ana Ruiz felt like the levy was unfair to the ferry crews.\n");
  CHECK(FindAttributionByCue(r, "felt") == nullptr);
  CHECK(r.attributions.empty());
}

TEST_CASE("cue50: favored to win gives no attribution", "[cue50]") {
  auto r = AuditText("The mayor is favored to win the vote in May.\n");
  CHECK(FindAttributionByCue(r, "is favored") == nullptr);
  CHECK(r.attributions.empty());
}

TEST_CASE("cue50: guards, felt that and favored with an object stay attributions", "[cue50]") {
  auto r = AuditText("Mara Quill felt that the levy was unfair.\n");
  const auto* a = FindAttributionByCue(r, "felt");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "Mara Quill");
  CHECK(ContentJoined(*a) == "that the levy was unfair");
  auto b = AuditText("The harbor board favored the plan for a night ferry.\n");
  const auto* f = FindAttributionByCue(b, "favored");
  REQUIRE(f != nullptr);
  REQUIRE(f->source);
  CHECK(f->source->text == "The harbor board");
}
