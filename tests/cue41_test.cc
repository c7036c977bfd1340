// A view given with "to" (thirty-fifth round, branch cue41): a sentence
// opened by "To", a person's name or one word of list viewpoint-holders
// ("them", "many", "others") and a comma ("To Frank, issues of class get
// attention only …", "But to others, he is a journalist") gives that
// person's view of what follows. PolNeAR marks "To" as the cue, the person
// as the source and the clause after the comma, to the sentence's end, as
// the content; the engine found no attribution there. The attribution is a
// stance: nothing is reported as said, so it sources nothing. A phrase
// headed by a common noun ("To her supporters"), an infinitive ("To be
// sure"), a place or a time ("To date") and "For X," are left alone.
#include <catch2/catch.hpp>
#include <string>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::ContentJoined;
using onrecord::testing::FindAttributionByCue;

TEST_CASE("cue41: To and a name before a comma give the name's view", "[cue41]") {
  auto r = AuditText(
      "Ferry fares rose again this spring. To Frank Ruiz, the harbor levy is a tax on the poor, which the "
      "council has ignored for years.\n");
  const auto* a = FindAttributionByCue(r, "To");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "Frank Ruiz");
  CHECK(ContentJoined(*a) == "the harbor levy is a tax on the poor, which the council has ignored for years");
  CHECK(a->kind == onrecord::AttributionKind::kStance);
  CHECK(a->source_id == -1);
}

TEST_CASE("cue41: a title's abbreviation stays in the holder's name", "[cue41]") {
  auto r = AuditText("The old pier will close in May. To Ms. Alma Reyes, the pier is the heart of the town.\n");
  const auto* a = FindAttributionByCue(r, "To");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "Ms. Alma Reyes");
  CHECK(ContentJoined(*a) == "the pier is the heart of the town");
}

TEST_CASE("cue41: a holder word after But gives that group's view", "[cue41]") {
  auto r = AuditText(
      "Many residents welcomed the new ferry. But to others, the ferry is a waste of public money.\n");
  const auto* a = FindAttributionByCue(r, "to");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "others");
  CHECK(ContentJoined(*a) == "the ferry is a waste of public money");
  CHECK(a->kind == onrecord::AttributionKind::kStance);
}

TEST_CASE("cue41: an object pronoun opening the sentence holds the view", "[cue41]") {
  auto r = AuditText("The dockers met on Monday. To them, the new contract is a step backward for the port.\n");
  const auto* a = FindAttributionByCue(r, "To");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "them");
  CHECK(ContentJoined(*a) == "the new contract is a step backward for the port");
}

// Guards (pass before and after): no "To" cue where the phrase is no person.
TEST_CASE("cue41: an infinitive, a time, a common noun or a place after To gives no view", "[cue41]") {
  for (const std::string text :
       {"To be sure, the ferry plan has its critics in the council.\n",
        "To date, the council has spent two million dollars on the pier.\n",
        "To her supporters, the vote was a victory for the whole harbor.\n",
        "To Washington, the ferry runs twice a day in the summer months.\n",
        "For Frank Ruiz, the harbor levy is a tax on the poor and nothing else.\n"}) {
    auto r = AuditText(text);
    CHECK(FindAttributionByCue(r, "To") == nullptr);
    CHECK(FindAttributionByCue(r, "For") == nullptr);
  }
}

TEST_CASE("cue41: To inside a sentence after a verb gives no view", "[cue41]") {
  auto r = AuditText("The mayor spoke to Frank Ruiz, the harbor master, about the levy on Monday.\n");
  CHECK(FindAttributionByCue(r, "to") == nullptr);
}
