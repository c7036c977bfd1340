// Source spans and false sources (tenth round, branch src11): a gerund in a
// clause that opens the sentence, an indefinite determiner before an
// acronym, a role noun before a headline's colon, and a relative clause
// whose verb is a cue of speech.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AttributionWithCue;
using onrecord::testing::AuditText;
using onrecord::testing::SourceNamed;
using onrecord::testing::AnySourceText;
using onrecord::testing::SourceOfCue;

namespace {

}  // namespace

TEST_CASE("a preposition opening the sentence before a gerund cue is no source", "[attribute][src11]") {
  auto r = AuditText(
      "Budget\n\nBesides attacking the budget, Councillor Mira Holt argued that the levy was too high.\n\n"
      "Despite praising the harbour plan, the mayor warned that it would cost more than promised.\n");
  CHECK_FALSE(AnySourceText(r, "Besides"));
  CHECK_FALSE(AnySourceText(r, "Despite"));
  CHECK(SourceNamed(r, "Besides") == nullptr);
  CHECK(SourceNamed(r, "Despite") == nullptr);
  // The main clause keeps its subject.
  CHECK(SourceOfCue(r, "argued") == "Councillor Mira Holt");
  CHECK(SourceOfCue(r, "warned") == "the mayor");
}

TEST_CASE("an indefinite determiner before an acronym is a described unnamed source", "[attribute][src11]") {
  auto r = AuditText(
      "Ads\n\nAn anti-tax PAC said it would spend heavily in the county.\n\n"
      "The Coastal Voters PAC said it would not.\n");
  const auto* pac = SourceNamed(r, "An anti-tax PAC");
  REQUIRE(pac != nullptr);
  CHECK(pac->kind == onrecord::SourceKind::kDescribed);
  CHECK(pac->level == 2);
  CHECK(SourceNamed(r, "PAC") == nullptr);
  // A capitalized name is still a name.
  const auto* named = SourceNamed(r, "Coastal Voters PAC");
  REQUIRE(named != nullptr);
  CHECK(named->level >= 4);
}

TEST_CASE("a role noun before a headline colon is the person the story names in that role",
          "[attribute][src11]") {
  auto r = AuditText(
      "Minister: Ferry fares will fall\n\nFerry fares will fall by a tenth next spring, the transport minister, "
      "Olga Brandt, said on Tuesday.\n");
  const auto* brandt = SourceNamed(r, "Olga Brandt");
  REQUIRE(brandt != nullptr);
  CHECK(brandt->level == 5);
  CHECK(SourceNamed(r, "Minister") == nullptr);
  CHECK(r.anonymous_sources.empty());
  CHECK(SourceOfCue(r, ":") == "Minister");
}

TEST_CASE("a role noun before a headline colon with nobody named is a described source, not a vague one",
          "[attribute][src11]") {
  auto r = AuditText(
      "Minister: Ferry fares will fall\n\nFerry fares will fall by a tenth next spring.\n\n"
      "The change follows a review of the routes.\n");
  const auto* minister = SourceNamed(r, "Minister");
  REQUIRE(minister != nullptr);
  CHECK(minister->kind == onrecord::SourceKind::kDescribed);
  CHECK(minister->level == 2);
  REQUIRE(r.anonymous_sources.size() == 1);
  CHECK(r.anonymous_sources[0].specificity == onrecord::Specificity::kDescribed);
}

TEST_CASE("a relative clause whose verb is a cue of speech is cut from the source span", "[attribute][src11]") {
  auto r = AuditText(
      "Harbour\n\n\"The pier is sinking,\" said Tomas Lindqvist, who noted that repairs had been put off "
      "for years.\n\nLater, Holt, who said the levy was unfair, argued that it hurt renters.\n");
  CHECK(SourceOfCue(r, "said") == "Tomas Lindqvist");
  CHECK(SourceOfCue(r, "argued") == "Holt");
  // A clause that tells who the source is stays in it.
  r = AuditText(
      "Harbour\n\n\"The pier is sinking,\" said Tomas Lindqvist, who runs the boatyard next to it.\n\n"
      "\"It was never built for this,\" said Ada Rourke, a harbour engineer who has supported the repairs.\n");
  CHECK(SourceOfCue(r, "said") == "Tomas Lindqvist, who runs the boatyard next to it");
  CHECK(AttributionWithCue(r, "said", true).source == "Tomas Lindqvist, who runs the boatyard next to it");
  CHECK(AnySourceText(r, "Ada Rourke, a harbour engineer who has supported the repairs"));
}

TEST_CASE("a present participle clause after a name before its cue is left out of the source span",
          "[attribute][src11]") {
  auto r = AuditText(
      "Rally\n\nSenator Ines Calloway, speaking at a rally in the old mill town, said the plant would "
      "reopen.\n\nDirk Vance, managing director at Harwell Freight, said the plan was sound.\n\n"
      "A city official, speaking on condition of anonymity because the talks were private, said the deal "
      "was close.\n");
  CHECK(SourceOfCue(r, "said") == "Senator Ines Calloway");
  // A role that opens with an -ing word stays in the span, and so does an
  // anonymity clause.
  CHECK(AnySourceText(r, "Dirk Vance, managing director at Harwell Freight,"));
  REQUIRE(r.anonymous_sources.size() == 1);
  CHECK(r.anonymous_sources[0].reason_given);
}

TEST_CASE("a list of three names before the cue is one source span", "[attribute][src11]") {
  auto r = AuditText(
      "Ethanol\n\nAnn Lee, Tom Barr and Rosa Diaz said the mandate should stay. The letter from Ann Lee "
      "was sent on Friday.\n\nAmong Democrats, Lee and Barr said the same.\n");
  CHECK(AnySourceText(r, "Ann Lee, Tom Barr and Rosa Diaz"));
  // A phrase that opens the sentence is no member of the list.
  CHECK_FALSE(AnySourceText(r, "Among Democrats, Lee and Barr"));
  CHECK(AnySourceText(r, "Lee and Barr"));
}

TEST_CASE("a name, its bare role and an apposition of the role's body make one source", "[attribute][src11]") {
  auto r = AuditText(
      "Web\n\nMatthew Ruiz, chief executive of Quillon, a software company, said the rules were vague.\n");
  CHECK(SourceOfCue(r, "said") == "Matthew Ruiz, chief executive of Quillon, a software company,");
  const auto* ruiz = SourceNamed(r, "Matthew Ruiz");
  REQUIRE(ruiz != nullptr);
  CHECK(ruiz->level == 5);
  // A relative clause after the role is left out, as before.
  r = AuditText(
      "Union\n\nAda Voss, the president of the Harbor Workers Union, which backed the mayor, said the deal "
      "was fair.\n");
  CHECK(SourceOfCue(r, "said") == "Ada Voss, the president of the Harbor Workers Union,");
}

TEST_CASE("a name with an apposition not closed before the cue is the source", "[attribute][num11]") {
  auto r = AuditText(
      "Ferry fares\n\n"
      "Nadia Brill, the spokeswoman for the harbour board said on Monday that fares would rise.\n\n"
      "Tomas Wend, a lawyer for the ferry workers argued that the contract was void.\n");
  CHECK(SourceOfCue(r, "said") == "Nadia Brill, the spokeswoman for the harbour board");
  CHECK(SourceOfCue(r, "argued") == "Tomas Wend, a lawyer for the ferry workers");
}

TEST_CASE("a name before a parenthetical speech tag is not merged with its source", "[attribute][num11]") {
  auto r = AuditText(
      "Ferry fares\n\n"
      "Brill, the harbour master said, will not renew the ferry contract.\n\n"
      "Wend, the union has said, broke the ferry agreement.\n");
  CHECK_FALSE(AnySourceText(r, "Brill, the harbour master"));
  CHECK_FALSE(AnySourceText(r, "Wend, the union"));
}
