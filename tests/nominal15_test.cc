// Nominal stances (fourteenth round, branch nominal15): a noun of stance
// whose holder is written as a possessive before it ("Ann Lee's opposition
// to the levy", "in its criticism of the contract", "Lee's decision to
// close the office") is an attribution as PolNeAR marks it, of kind
// "stance": the possessive is the source, the noun (with its preposition,
// not an infinitive's "to") the cue, the phrase after it the content.
// Nothing is reported as said, so it sources nothing: level 0, in no share.
// Lists stance-noun-cues, intent-noun-cues and stance-holders.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AnyCue;
using onrecord::testing::AuditText;
using onrecord::testing::FindAttributionByCue;
using onrecord::testing::SeenWithCue;

using Seen = onrecord::testing::SeenAttribution;

namespace {

}  // namespace

TEST_CASE("a possessive name before a noun of stance and its preposition is a stance attribution", "[nominal15]") {
  auto r = AuditText("The vote turned on Mayor Ann Lee\xE2\x80\x99s opposition to the harbor levy.\n");
  const Seen s = SeenWithCue(r, "opposition to");
  CHECK(s.source == "Mayor Ann Lee\xE2\x80\x99s");
  REQUIRE(s.content.size() == 1);
  CHECK(s.content[0] == "the harbor levy");
  CHECK(s.level == 0);
  const onrecord::Attribution* a = FindAttributionByCue(r, "opposition to");
  REQUIRE(a != nullptr);
  CHECK(a->kind == onrecord::AttributionKind::kStance);
  CHECK(std::string(onrecord::AttributionKindName(a->kind)) == "stance");
  CHECK(a->source_id == -1);
}

TEST_CASE("a possessive pronoun after a preposition holds the stance", "[nominal15]") {
  auto r = AuditText("The dock workers were firm in their criticism of the new contract.\n");
  const Seen s = SeenWithCue(r, "criticism of");
  CHECK(s.source == "their");
  REQUIRE(s.content.size() == 1);
  CHECK(s.content[0] == "the new contract");
}

TEST_CASE("a noun of intent before an infinitive is the cue and the infinitive the content", "[nominal15]") {
  auto r = AuditText("The vote turned on Ann Lee\xE2\x80\x99s decision to close the harbor office.\n");
  const Seen s = SeenWithCue(r, "decision");
  CHECK(s.source == "Ann Lee\xE2\x80\x99s");
  REQUIRE(s.content.size() == 1);
  CHECK(s.content[0] == "to close the harbor office");
  CHECK(s.level == 0);
}

TEST_CASE("the content of a stance stops before an auxiliary that opens the clause's verb", "[nominal15]") {
  auto r = AuditText("Hale\xE2\x80\x99s attacks on the harbor board have cost him votes.\n");
  const Seen s = SeenWithCue(r, "attacks on");
  CHECK(s.source == "Hale\xE2\x80\x99s");
  REQUIRE(s.content.size() == 1);
  CHECK(s.content[0] == "the harbor board");
}

TEST_CASE("a stance inside what someone said or a pronoun a verb governs is no stance attribution", "[nominal15]") {
  auto r = AuditText(
      "The vote turned on Ann Lee\xE2\x80\x99s support for the levy.\n\n"
      "Tom Hale said his support for the harbor levy was firm.\n\n"
      "Piet Vos voiced his support for the harbor board.\n");
  CHECK(AnyCue(r, "support for"));
  int stances = 0;
  for (const auto& a : r.attributions) stances += a.kind == onrecord::AttributionKind::kStance;
  CHECK(stances == 1);
  const Seen said = SeenWithCue(r, "said");
  CHECK(said.source == "Tom Hale");
}

TEST_CASE("a stance attribution sources nothing and counts in no share", "[nominal15]") {
  auto r = AuditText(
      "Ann Lee\xE2\x80\x99s support for the levy has faded.\n\n"
      "Mayor Tom Hale said the plan was dead.\n");
  const Seen s = SeenWithCue(r, "support for");
  CHECK(s.source == "Ann Lee\xE2\x80\x99s");
  CHECK(s.level == 0);
  CHECK(r.score.named_share == 1.0);
  CHECK(r.score.anonymous_share == 0.0);
  CHECK(r.anonymous_sources.empty());
  for (const auto& f : r.findings) CHECK(f.rule.find("attribution.") == std::string::npos);
}
