// Noun cues of a statement or belief before a clause opened by "that"
// (twentieth round, branch nouncue26): after a possessive that names who
// made the claim ("Ann Lee's contention that the levy is illegal", "in his
// warning that fares would rise"), the noun is the cue, the possessive the
// source and the clause, "that" included, the content, as PolNeAR marks
// it. Of kind "stance", as the nominal stances of nominal15: it sources
// nothing. List claim-noun-cues; holder and context as for
// stance-noun-cues.
#include <string>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::FindAttributionByCue;
using onrecord::testing::SeenWithCue;

using Seen = onrecord::testing::SeenAttribution;

namespace {

}  // namespace

TEST_CASE("a possessive name before a noun of contention and a that-clause is a stance attribution", "[nouncue26]") {
  auto r = AuditText("The ferry debate turned on Ann Lee\xE2\x80\x99s contention that the harbor levy was never approved.\n");
  const Seen s = SeenWithCue(r, "contention");
  CHECK(s.source == "Ann Lee\xE2\x80\x99s");
  REQUIRE(s.content.size() == 1);
  CHECK(s.content[0] == "that the harbor levy was never approved");
  const onrecord::Attribution* a = FindAttributionByCue(r, "contention");
  REQUIRE(a != nullptr);
  CHECK(a->kind == onrecord::AttributionKind::kStance);
  CHECK(a->source_id == -1);
}

TEST_CASE("a possessive pronoun after a preposition holds a warning, with one modifier in the cue", "[nouncue26]") {
  auto r = AuditText("Riders were unmoved by his stern warning that fares would rise again in the spring.\n");
  const Seen s = SeenWithCue(r, "stern warning");
  CHECK(s.source == "his");
  REQUIRE(s.content.size() == 1);
  CHECK(s.content[0] == "that fares would rise again in the spring");
}

TEST_CASE("a relative that after a noun of suggestion makes no attribution", "[nouncue26]") {
  auto r = AuditText("The board ruled on Tom Hale\xE2\x80\x99s suggestion that was filed in March.\n");
  CHECK(FindAttributionByCue(r, "suggestion") == nullptr);
}

TEST_CASE("a complementizer that before a possessive name is no part of the source", "[nouncue26]") {
  auto r = AuditText("The record shows one thing \xE2\x80\x94 that Ben Ortiz\xE2\x80\x99s contention that the pier was safe was wrong.\n");
  for (const auto& a : r.attributions) {
    if (a.source) CHECK(a.source->text.rfind("that ", 0) != 0);
  }
}
