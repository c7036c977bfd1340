// Fresh-user faults of the thirty-first round (branch fixb37, issue #4):
// spurious sources. A tally ("43 said", "34,000 people supported") is no
// anonymous source; an adjective of nationality opening the sentence ties
// its source to a government.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::SourceKind;
using onrecord::Specificity;
using onrecord::testing::AuditText;

namespace {

// The kind of the source whose name is `name`, or kUnattributed if none.
SourceKind KindOf(const onrecord::AuditResult& r, const std::string& name) {
  for (const auto& s : r.sources) {
    if (s.name == name) return s.kind;
  }
  return SourceKind::kUnattributed;
}

}  // namespace

TEST_CASE("fixb37: a bare figure or a counted crowd is a tally, not an anonymous source", "[fixb37]") {
  auto r = AuditText(
      "A new county survey asked voters about the bridge. While 61 percent of older voters in the survey "
      "backed the toll, 38 said the same for the tunnel.\n");
  for (const auto& an : r.anonymous_sources) CHECK(an.phrase != "38");
  r = AuditText("In the county fair poll, 12,500 people supported the new mascot. That was a record.\n");
  for (const auto& an : r.anonymous_sources) CHECK(an.phrase != "12,500 people");
  CHECK(KindOf(r, "12,500 people") != SourceKind::kAnonymous);
  r = AuditText("The survey closed on Friday. By Sunday, about 300 marchers said they would stay in the square.\n");
  for (const auto& an : r.anonymous_sources) CHECK(an.phrase != "about 300 marchers");
}

// fu37b: with no poll in reach, people counted are people a reporter spoke
// to, an unnamed source as before ("Of the 50 nurses we spoke to, 12 said").
TEST_CASE("fixb37: a count with no poll in reach stays an unnamed source", "[fixb37]") {
  auto r = AuditText("Of the 50 nurses we spoke to, 12 said the ward was full.\n");
  CHECK(KindOf(r, "12") == SourceKind::kAnonymous);
  r = AuditText("On Monday, 150 protesters said they were beaten by guards.\n");
  CHECK(KindOf(r, "150 protesters") == SourceKind::kAnonymous);
  REQUIRE(r.anonymous_sources.size() == 1);
  CHECK(r.anonymous_sources[0].phrase == "150 protesters");
}

TEST_CASE("fixb37: a few people counted stay anonymous sources", "[fixb37]") {
  auto r = AuditText("Two officials said the ferry would be sold.\n");
  REQUIRE(r.anonymous_sources.size() == 1);
  CHECK(r.anonymous_sources[0].phrase == "Two officials");
  r = AuditText("The port was shut. 3 officials said the ferry would be sold.\n");
  REQUIRE(r.anonymous_sources.size() == 1);
  CHECK(r.anonymous_sources[0].phrase == "3 officials");
}

TEST_CASE("fixb37: an adjective of nationality opening the sentence makes the source described", "[fixb37]") {
  for (const std::string text : {"Chinese officials said the talks would resume.\n",
                                 "Russian diplomats said the sanctions were unlawful.\n",
                                 "The port was shut. Japanese officials said it would reopen.\n",
                                 "The port was shut. Later, Japanese officials said it would reopen.\n"}) {
    auto r = AuditText(text);
    REQUIRE(r.anonymous_sources.size() == 1);
    CHECK(r.anonymous_sources[0].specificity == Specificity::kDescribed);
  }
  // Without such a word the opening adjective ties the source to nothing.
  auto r = AuditText("Senior officials said the talks would resume.\n");
  REQUIRE(r.anonymous_sources.size() == 1);
  CHECK(r.anonymous_sources[0].specificity == Specificity::kVague);
}

TEST_CASE("fixb37: the object of a relative clause inside the subject is not the source", "[fixb37]") {
  auto r = AuditText("An aide to the governor who has seen the memo said it runs to 12 pages.\n");
  REQUIRE(r.attributions.size() == 1);
  REQUIRE(r.attributions[0].source.has_value());
  CHECK(r.attributions[0].source->text == "An aide to the governor who has seen the memo");
  REQUIRE(r.anonymous_sources.size() == 1);
  CHECK(r.anonymous_sources[0].access_given);
  for (const auto& s : r.sources) CHECK(s.kind != SourceKind::kDocument);
  r = AuditText("Two engineers who have tested the pump argue it will fail.\n");
  REQUIRE(r.attributions.size() == 1);
  REQUIRE(r.attributions[0].source.has_value());
  CHECK(r.attributions[0].source->text == "Two engineers who have tested the pump");
}

TEST_CASE("fixb37: a subject pronoun or a name after the relative clause's verb is left alone", "[fixb37]") {
  // "he" opens a clause of its own: the source of "should quit" is not the critics.
  auto r = AuditText("The mayor met several critics who think he should quit.\n");
  for (const auto& at : r.attributions) {
    if (at.source) CHECK(at.source->text != "several critics who think he");
  }
}

TEST_CASE("fixb37: the narrator of an ad is the ad, not an anonymous person", "[fixb37]") {
  auto r = AuditText("The Harbor Fund began airing a radio spot on Monday. “She voted to close the ferry,” says the spot’s "
                     "narrator.\n");
  CHECK(r.anonymous_sources.empty());
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker_kind == SourceKind::kDocument);
  r = AuditText("The council posted a video about the bridge. In it, a narrator says the work will take a year.\n");
  CHECK(r.anonymous_sources.empty());
  // With no recording in sight a narrator is still a person.
  r = AuditText("A narrator who grew up in the town says the mill closed in 1990.\n");
  CHECK_FALSE(r.anonymous_sources.empty());
}

TEST_CASE("fixb37: two titles joined by \"and\" before one name after the cue", "[fixb37]") {
  auto r = AuditText("“The dam will hold,” said former Oregon Gov. and Democratic Senate candidate Mara Quint.\n");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "Mara Quint");
  const auto* s = onrecord::testing::SourceNamed(r, "Mara Quint");
  REQUIRE(s != nullptr);
  CHECK(s->role.find("former Oregon Gov.") != std::string::npos);
  CHECK(s->role.find("Senate candidate") != std::string::npos);
  // Two people joined by "and" stay a joint source.
  r = AuditText("“The dam will hold,” said the governor and her aides.\n");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "the governor and her aides");
}

TEST_CASE("fixb37: a plural of a word from an organisation's name is no family", "[fixb37]") {
  auto r = AuditText(
      "Tom Reyes, the head of the Idaho Basque Chamber of Commerce, said the vote mattered.\n\n"
      "Many Basques said the vote mattered to them.\n");
  for (const auto& s : r.sources) CHECK(s.name != "Basque family");
  // A surname of a person the article names still makes the family.
  r = AuditText("Ana Szabo runs the ferry. The Szabos said the boat was stolen.\n");
  CHECK(onrecord::testing::SourceNamed(r, "Szabo family") != nullptr);
}
