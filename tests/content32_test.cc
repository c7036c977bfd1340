// Contents of the twenty-sixth round (branch content32). A short quoted
// fragment inside the writer's sentence that no cue reports ("toured the
// “old pier”") is no attribution: PolNeAR gives such words no content of
// their own. The quote keeps the speaker a nearby person gives it. A
// fragment stays an attribution when it ends its sentence, when it stands
// as the object of the words around it ("a defense of “…”", "a broadside
// against “…”", "a banner reading, “…”", "published “…”", "Pell’s “…”
// remark"), or when another quote is joined to it by "and".
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenAttributions;

namespace {

// Whether some attribution has a content part written exactly `text`.
bool AnyContent(const onrecord::AuditResult& r, const std::string& text) {
  for (const auto& a : SeenAttributions(r)) {
    for (const auto& c : a.content) {
      if (c == text) return true;
    }
  }
  return false;
}

const onrecord::Quote* QuoteStarting(const onrecord::AuditResult& r, const std::string& text) {
  for (const auto& q : r.quotes) {
    if (q.text.compare(0, text.size(), text) == 0) return &q;
  }
  return nullptr;
}

const std::string kLead =
    "Mayor Dana Pell opened the new ferry terminal on Monday. “We will keep the boats running all winter,” Pell "
    "said.\n\n";

}  // namespace

TEST_CASE("a short quoted fragment that no cue reports is no attribution", "[content32]") {
  auto r = AuditText(kLead + "Later, Pell toured the “old pier” with residents before lunch.\n");
  const onrecord::Quote* q = QuoteStarting(r, "old pier");
  REQUIRE(q != nullptr);
  CHECK(q->kind == onrecord::QuoteKind::kPartial);
  CHECK(q->speaker == "Dana Pell");
  CHECK(q->cue.empty());
  CHECK_FALSE(AnyContent(r, "“old pier”"));
  // The quote the cue reports is still an attribution.
  CHECK(AnyContent(r, "“We will keep the boats running all winter,”"));
}

TEST_CASE("a quoted fragment that ends its sentence stays an attribution", "[content32]") {
  auto r = AuditText(kLead + "At the dock, Pell held up a banner with “Ferries forever!”\n");
  const onrecord::Quote* q = QuoteStarting(r, "Ferries forever!");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Dana Pell");
  CHECK(AnyContent(r, "“Ferries forever!”"));
}

TEST_CASE("a quoted fragment after of or against stays an attribution", "[content32]") {
  auto r = AuditText(kLead +
                     "Pell gave a spirited defense of “harbor values” before the council voted.\n\n"
                     "Pell was campaigning against “any new tolls” at the terminal this week.\n");
  CHECK(AnyContent(r, "“harbor values”"));
  CHECK(AnyContent(r, "“any new tolls”"));
}

TEST_CASE("a quoted fragment after a verb set off by a comma stays an attribution", "[content32]") {
  auto r = AuditText(kLead + "Pell wore a cap reading, “Ferries First Always” at the opening on Monday.\n");
  CHECK(AnyContent(r, "“Ferries First Always”"));
}

TEST_CASE("a quoted title after a verb of putting out an artifact stays an attribution", "[content32]") {
  auto r = AuditText(kLead + "Pell published “Tides and Timetables,” a short history of the port, in 2010.\n");
  CHECK(AnyContent(r, "“Tides and Timetables,”"));
}

TEST_CASE("a quoted fragment between a possessive and its noun stays an attribution", "[content32]") {
  auto r = AuditText(kLead + "Pell’s “boats for all” pledge drew cheers from the crowd on Monday.\n");
  CHECK(AnyContent(r, "“boats for all”"));
}

TEST_CASE("a quoted fragment joined to another quote by and stays one content", "[content32]") {
  auto r = AuditText(kLead + "Pell tours the docks, alternately shouting “Stay home” and “Come back soon.”\n");
  CHECK(AnyContent(r, "“Stay home” and “Come back soon.”"));
}

TEST_CASE("a relative clause or an apposition after a parenthetical source is no part of the content", "[content32]") {
  auto r = AuditText(
      "Ferry fares will rise by a third next spring, said Ana Ruiz, the head of the port board, which sets the "
      "fares.\n\n"
      "Riders who work nights would pay half fare, the mayor's aide Tom Lee noted, a change that could cost the "
      "port millions.\n\n"
      "The old pier will stay open through the winter, say some residents, who fear it will be sold.\n");
  const auto a = onrecord::testing::SeenWithCue(r, "said");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "Ferry fares will rise by a third next spring");
  const auto b = onrecord::testing::SeenWithCue(r, "noted");
  REQUIRE(b.content.size() == 1);
  CHECK(b.content[0] == "Riders who work nights would pay half fare");
  const auto c = onrecord::testing::SeenWithCue(r, "say");
  REQUIRE(c.content.size() == 1);
  CHECK(c.content[0] == "The old pier will stay open through the winter");
}

TEST_CASE("a share after a parenthetical source goes on with the content", "[content32]") {
  auto r = AuditText(
      "Overall, according to the harbor survey, a number of riders are finding the new timetable hard to "
      "follow.\n");
  const auto a = onrecord::testing::SeenWithCue(r, "according to");
  REQUIRE(a.content.size() == 2);
  CHECK(a.content[1] == "a number of riders are finding the new timetable hard to follow");
}
