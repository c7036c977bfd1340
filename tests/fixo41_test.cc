// English regressions a fresh user found (thirty-fifth round, branch
// fixo41): a quote after a word that names a thing ("a website called
// “…”") given to the person named before it; a fronted "To X," read as a
// view where X is a recipient ("To Congress, the president sent …") or
// where a relative clause follows the holder; "Republicans" read as the
// "Republican family" after a run "Presumptive Republican"; a quote given
// to an organisation's name that modifies "committee"; and a nation's
// adjective ("Former Mexican presidents") registered as a person's name.
#include <catch2/catch.hpp>
#include <string>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AttributionWithCue;
using onrecord::testing::AuditText;
using onrecord::testing::ContentJoined;
using onrecord::testing::FindAttributionByCue;
using onrecord::testing::SeenAttributions;
using onrecord::testing::SpeakerOf;

namespace {

// The canonical name of the source of the first attribution whose cue is
// written `cue`, or "<none>".
std::string WhoOfCue(const onrecord::AuditResult& r, const std::string& cue) {
  for (const auto& a : SeenAttributions(r)) {
    if (a.cue == cue) return a.who.empty() ? "<none>" : a.who;
  }
  return "<none>";
}

}  // namespace

TEST_CASE("fixo41: a quote after called or named is a name, nobody's words", "[fixo41]") {
  auto r = AuditText(
      "Tourism in the harbor town is down.\n\nOfficials in Nova Scotia set up a website called “Ferry Home If The "
      "Levy Passes Again” last week.\n");
  CHECK(SpeakerOf(r, "Ferry Home If") == "");
  for (const auto& a : r.attributions) {
    for (const auto& c : a.content) CHECK(c.text.find("Ferry Home If") == std::string::npos);
  }
  auto d = AuditText(
      "Ferry fares rose again.\n\nAna Ruiz opened a cafe named “The Harbor Levy Is A Tax On Us All” in "
      "March.\n");
  CHECK(SpeakerOf(d, "The Harbor Levy") == "");
  for (const auto& q : d.quotes) CHECK(q.kind == onrecord::QuoteKind::kTitle);
  CHECK(d.attributions.empty());
}

TEST_CASE("fixo41: a cue of naming still reports its speaker", "[fixo41]") {
  // "dubbed" as the cue of a clause of speech keeps its attribution.
  auto r = AuditText(
      "Two ferry firms bid for the route, in what one harbor official has dubbed ''the levy war,'' after the "
      "tax.\n");
  CHECK(AttributionWithCue(r, "dubbed").cue == "has dubbed");
  CHECK(SpeakerOf(r, "the levy war") == "one harbor official");
}

TEST_CASE("fixo41: To and a recipient of a verb of sending is no view", "[fixo41]") {
  auto r = AuditText("The budget fight goes on. To Congress, the president sent a budget request on Monday.\n");
  CHECK(FindAttributionByCue(r, "To") == nullptr);
  auto p = AuditText("The match was close. To Smith, the ball was passed in the final minute.\n");
  CHECK(FindAttributionByCue(p, "To") == nullptr);
  // A view keeps its reading.
  auto v = AuditText("The dam will rise next year. To Lena Ortiz, the dam is a threat to the whole valley.\n");
  const auto* a = FindAttributionByCue(v, "To");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) == "the dam is a threat to the whole valley");
}

TEST_CASE("fixo41: a relative clause after the holder is not the view", "[fixo41]") {
  auto r = AuditText("The dam will rise next year. To Lena Ortiz, who grew up in the valley, the dam is personal.\n");
  const auto* a = FindAttributionByCue(r, "To");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "Lena Ortiz");
  CHECK(ContentJoined(*a) == "the dam is personal");
}

TEST_CASE("fixo41: a party's plural is no family after a run ending in the party's adjective", "[fixo41]") {
  auto r = AuditText(
      "Presumptive Republican presidential nominee Dana Holt joined the debate on Monday. Republicans have "
      "blocked the bills, saying they infringe on gun rights.\n");
  CHECK(WhoOfCue(r, "saying") == "Republicans");
  // A surname in the plural is still its family.
  auto f = AuditText("Ana Szabo runs the bakery on Main Street. The Szabos said they would stay in town.\n");
  CHECK(WhoOfCue(f, "said") == "Szabo family");
}

TEST_CASE("fixo41: an organisation's name before committee is nobody speaking", "[fixo41]") {
  auto r = AuditText(
      "Ana Ruiz spoke in Iowa on Monday. A super PAC ran ads using her comments before a special House Harbor "
      "committee that \"I was responsible for quite a bit\" of the levy.\n");
  CHECK(SpeakerOf(r, "I was responsible") != "House Harbor");
  CHECK(SpeakerOf(r, "I was responsible") != "House");
}

TEST_CASE("fixo41: a nation's adjective after a title word is no person's name", "[fixo41]") {
  auto r = AuditText(
      "Former Mexican presidents Vicente Fox and Felipe Calderón fired back at the plan.\n\nDonald Trump held "
      "rallies all over the southwest, where protesters carried Mexican flags. “Everybody is talking about the "
      "protesters waving Mexican flags,” he tweeted on Friday.\n");
  CHECK(WhoOfCue(r, "tweeted") == "Donald Trump");
}
