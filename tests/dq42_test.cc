// Direct quotes and contents (thirty-sixth round, branch dq42): a plain
// verb after "and" that goes on with an infinitive or a modal of the
// content is no second predicate of the source, when the cue's own verb
// group is one a plain verb cannot share ("is planning", "arguing"); and a
// closing parenthesis before the coordinator ("Sen. Ann Lee (R-Fla.) and
// endorse …") no longer hides the disagreement between "said" and a plain
// verb. Guards: a perfect cue with a past verb after "and", a plain present
// cue, and a closing quote mark before "and" keep the second predicate.
#include <catch2/catch.hpp>
#include <string>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::HasCue;
using onrecord::testing::AttributionBySourceAndCue;

namespace {


}  // namespace

TEST_CASE("dq42: a party tag before and a plain verb stays in the content of said", "[dq42]") {
  auto r = AuditText("Tom Hale said “zero” voters would follow Sen. Ann Lee (R-Fla.) and endorse Mark Bell.\n");
  const auto* a = AttributionBySourceAndCue(r, "Tom Hale", "said");
  REQUIRE(a != nullptr);
  REQUIRE(a->content.size() == 1);
  CHECK(a->content[0].text == "“zero” voters would follow Sen. Ann Lee (R-Fla.) and endorse Mark Bell");
  CHECK_FALSE(HasCue(r, "endorse"));
}

TEST_CASE("dq42: an infinitive after an auxiliary cue goes on over and a plain verb", "[dq42]") {
  auto r = AuditText("Rep. Ann Lee is planning to withdraw from her House race and seek the governorship.\n");
  const auto* a = AttributionBySourceAndCue(r, "Rep. Ann Lee", "is planning");
  REQUIRE(a != nullptr);
  REQUIRE(a->content.size() == 1);
  CHECK(a->content[0].text == "to withdraw from her House race and seek the governorship");
  CHECK_FALSE(HasCue(r, "seek"));
}

TEST_CASE("dq42: an infinitive after a cue in -ing goes on over and a plain verb", "[dq42]") {
  auto r = AuditText(
      "Tom Hale spoke for an hour, arguing that the way forward is to elect Ann Lee and reject Mark Bell.\n");
  const auto* a = AttributionBySourceAndCue(r, "Tom Hale", "arguing");
  REQUIRE(a != nullptr);
  REQUIRE(a->content.size() == 1);
  CHECK(a->content[0].text == "that the way forward is to elect Ann Lee and reject Mark Bell");
  CHECK_FALSE(HasCue(r, "reject"));
}

TEST_CASE("dq42: a perfect cue and a past verb after and stay two attributions", "[dq42]") {
  auto r = AuditText("Ann Cole has said the plan failed and called on Mark Bell to resign.\n");
  const auto* a = AttributionBySourceAndCue(r, "Ann Cole", "has said");
  REQUIRE(a != nullptr);
  REQUIRE(a->content.size() == 1);
  CHECK(a->content[0].text == "the plan failed");
  CHECK(AttributionBySourceAndCue(r, "Ann Cole", "called on") != nullptr);
}

TEST_CASE("dq42: a plain present cue shares its form with the verb after and", "[dq42]") {
  auto r = AuditText(
      "Harbor critics believe the deal allowed the city to keep its pier and admit that it works.\n");
  const auto* a = AttributionBySourceAndCue(r, "Harbor critics", "believe");
  REQUIRE(a != nullptr);
  REQUIRE(a->content.size() == 1);
  CHECK(a->content[0].text == "the deal allowed the city to keep its pier");
  CHECK(AttributionBySourceAndCue(r, "Harbor critics", "admit") != nullptr);
}

TEST_CASE("dq42: a closing quote mark before and keeps the second predicate", "[dq42]") {
  auto r = AuditText("Tom Hale said “The Harbor” and swears sailors love it.\n");
  const auto* a = AttributionBySourceAndCue(r, "Tom Hale", "said");
  REQUIRE(a != nullptr);
  REQUIRE(a->content.size() == 1);
  CHECK(a->content[0].text == "“The Harbor”");
  CHECK(AttributionBySourceAndCue(r, "Tom Hale", "swears") != nullptr);
}
