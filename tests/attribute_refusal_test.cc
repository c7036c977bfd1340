// Questions and refusals that source nothing (eleventh round): a question
// with no asker ("Asked whether …, Daley said …") and a refusal to speak
// ("A spokesman declined to comment") are attributions, as PolNeAR marks
// them, with no level and in no share; neither is an anonymous source.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;

using Seen = onrecord::testing::SeenAttribution;

TEST_CASE("a question with no asker after a quoted paragraph is still an attribution", "[refusal]") {
  auto r = AuditText(
      "Daley said: \xE2\x80\x9C" "Of course.\xE2\x80\x9D\n\n"
      "Asked whether the loss had been hard for him, Daley said that it had.\n");
  const Seen q = SeenWithCue(r, "Asked");
  CHECK(q.source == "<none>");
  REQUIRE(q.content.size() == 1);
  CHECK(q.content[0] == "whether the loss had been hard for him");
  CHECK(q.level == 0);
  CHECK(r.score.named_share == 1.0);
}

TEST_CASE("a question ends at the comma before a subject with a title abbreviation", "[refusal]") {
  auto r = AuditText("Asked whether the loss had been hard for Mr. Biden, Mr. Daley said that it had.\n");
  const Seen q = SeenWithCue(r, "Asked");
  REQUIRE(q.content.size() == 1);
  CHECK(q.content[0] == "whether the loss had been hard for Mr. Biden");
  const Seen said = SeenWithCue(r, "said");
  CHECK(said.source == "Mr. Daley");
  REQUIRE(said.content.size() == 1);
  CHECK(said.content[0] == "that it had");
}

TEST_CASE("the question before an answer is no content of the answer", "[refusal]") {
  auto r = AuditText("Asked whether the loss had been hard, Daley said no.\n");
  const Seen said = SeenWithCue(r, "said");
  CHECK(said.source == "Daley");
  for (const auto& c : said.content) CHECK(c.find("Asked") == std::string::npos);
}

TEST_CASE("a participle of asking after a comma is a question put to the speaker", "[refusal]") {
  auto r = AuditText(
      "\xE2\x80\x9CIt has been a long time,\xE2\x80\x9D McCain said, asked about the delay in an interview.\n");
  const Seen q = SeenWithCue(r, "asked about");
  CHECK(q.source == "<none>");
  CHECK(q.level == 0);
  const Seen said = SeenWithCue(r, "said");
  CHECK(said.source == "McCain");
  CHECK(r.score.named_share == 1.0);
}

TEST_CASE("a refusal to speak is an attribution in no share and no anonymous source", "[refusal]") {
  auto r = AuditText(
      "A spokesman for the port declined to comment on the strike.\n\n"
      "Mayor Tom Hale said the plan was dead.\n");
  const Seen d = SeenWithCue(r, "declined");
  CHECK(d.source == "A spokesman for the port");
  REQUIRE(d.content.size() == 1);
  CHECK(d.content[0] == "to comment on the strike");
  CHECK(d.level == 0);
  CHECK(r.anonymous_sources.empty());
  CHECK(r.score.named_share == 1.0);
  CHECK(r.score.anonymous_share == 0.0);
  for (const auto& f : r.findings) CHECK(f.rule.find("anonymous") == std::string::npos);
}

TEST_CASE("a named refusal does not count as named sourcing", "[refusal]") {
  auto r = AuditText(
      "Lee refused to say whether she would run.\n\n"
      "People familiar with the matter said the race was open.\n");
  const Seen d = SeenWithCue(r, "refused");
  CHECK(d.source == "Lee");
  CHECK(d.level == 0);
  CHECK(r.score.named_share == 0.0);
  CHECK(r.score.anonymous_share == 1.0);
}

TEST_CASE("a verb of refusing with no infinitive after it is no cue", "[refusal]") {
  auto r = AuditText("Sales declined sharply in March. The board refused the offer.\n");
  CHECK(SeenWithCue(r, "declined").source == "<no attribution>");
  CHECK(SeenWithCue(r, "refused").source == "<no attribution>");
  CHECK(r.attributions.empty());
}

TEST_CASE("the subject of a refusal is read as the subject of a verb of speech", "[refusal]") {
  // A plural noun no list knows: a verb of belief would not take it.
  auto r = AuditText("The departments refused to provide any documentation, saying they cannot discuss the case.\n");
  CHECK(SeenWithCue(r, "refused").source == "The departments");
  CHECK(SeenWithCue(r, "saying").source == "The departments");
}

// Regression: "Reporters" stayed under Sources as a vague source (T1) with one
// attribution although it sourced nothing; so did a party that only declined.
TEST_CASE("a source that only asks or refuses is no source of the article", "[refusal]") {
  auto r = AuditText(
      "Reporters asked Mayor Tom Hale about the contract on Monday.\n\n"
      "Hale said he would stay. The union declined to comment.\n");
  CHECK(onrecord::testing::SourceNamed(r, "Reporters") == nullptr);
  CHECK(onrecord::testing::SourceNamed(r, "The union") == nullptr);
  REQUIRE(r.sources.size() == 1);
  CHECK(r.sources[0].name == "Tom Hale");
  CHECK(r.sources[0].id == 1);
  CHECK(r.score.distinct_sources == 1);
  // The attributions stay, with the mention as written and no source id.
  CHECK(SeenWithCue(r, "asked").source == "Reporters");
  CHECK(SeenWithCue(r, "declined").source == "The union");
  for (const auto& a : r.attributions) {
    if (a.cue && (a.cue->text == "asked" || a.cue->text == "declined")) CHECK(a.source_id == -1);
    if (a.cue && a.cue->text == "said") CHECK(a.source_id == 1);
  }
  // A source that also says something stays.
  auto both = AuditText("The union declined to comment on Monday. On Tuesday the union said the strike was over.\n");
  CHECK(both.sources.size() == 1);
}

TEST_CASE("the writer's hedge is a source-less attribution that counts nowhere", "[refusal]") {
  auto r = AuditText(
      "The statistics appear to be fabricated.\n\n"
      "It appears that the plan has stalled.\n\n"
      "Mayor Tom Hale said the port would reopen.\n");
  const Seen h = SeenWithCue(r, "appear");
  CHECK(h.source == "<none>");
  REQUIRE(h.content.size() == 2);
  CHECK(h.content[0] == "The statistics");
  CHECK(h.content[1] == "to be fabricated");
  CHECK(h.level == 0);
  // An impersonal it is no source.
  const Seen it = SeenWithCue(r, "appears");
  CHECK(it.source == "<none>");
  REQUIRE(it.content.size() == 1);
  CHECK(it.content[0] == "that the plan has stalled");
  REQUIRE(r.sources.size() == 1);
  CHECK(r.score.named_share == 1.0);
  CHECK(r.score.attributions == 1);
}

TEST_CASE("a verb of seeming with nothing hedged after it is no cue", "[refusal]") {
  auto r = AuditText("She appeared on television on Monday. The mayor appeared Tuesday.\n");
  CHECK(r.attributions.empty());
}

// Regression (fresh user): a spokeswoman who declined to comment, "saying"
// why, was an anonymous source counted in the shares but missing from the
// anonymous-source list, whose entry had been skipped at the refusal.
TEST_CASE("a source that refuses and also says something keeps its anonymous mention", "[refusal]") {
  auto r = AuditText("Port Review\n\nA spokeswoman for the port declined to comment, saying the matter was under review.\n");
  REQUIRE(r.anonymous_sources.size() == 1);
  CHECK(r.anonymous_sources[0].phrase == "A spokeswoman for the port");
  CHECK(r.score.anonymous_share == 1.0);
  // Its count is of what it said: the refusal is not one of them.
  REQUIRE(r.sources.size() == 1);
  CHECK(r.sources[0].attributions == 1);
  CHECK(r.anonymous_sources[0].source_id == r.sources[0].id);
}
