// Nominal and stance cues (forty-sixth round, branch nom54). "in" with a
// holder and "view", set off by a comma from the clause it qualifies ("In
// Lee's view, the levy is fair"), is a stance attribution: "view" is the
// cue, the holder the source, the rest of the sentence the content (two
// parts when the phrase stands inside it). "estimate"/"estimates" as neutral
// cues were withdrawn after fu54 (see the guard below).
#include <string>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AnyCue;
using onrecord::testing::AuditText;
using onrecord::testing::FindAttributionByCue;
using onrecord::testing::SeenWithCue;

using Seen = onrecord::testing::SeenAttribution;

namespace {

constexpr const char* kHead = "Harbor board weighs a ferry levy.\n\n";

}  // namespace

TEST_CASE("nom54: in a name's view opening the sentence is a stance on the clause after the comma", "[nom54]") {
  auto r = AuditText(std::string(kHead) + "In Ruth Okafor\xE2\x80\x99s view, the ferry levy would drive families off the island.\n");
  const Seen s = SeenWithCue(r, "view");
  CHECK(s.source == "Ruth Okafor\xE2\x80\x99s");
  REQUIRE(s.content.size() == 1);
  CHECK(s.content[0] == "the ferry levy would drive families off the island");
  CHECK(s.level == 0);
  const onrecord::Attribution* a = FindAttributionByCue(r, "view");
  REQUIRE(a != nullptr);
  CHECK(a->kind == onrecord::AttributionKind::kStance);
  CHECK(a->source_id == -1);
}

TEST_CASE("nom54: in a pronoun's view opening the sentence holds the stance", "[nom54]") {
  auto r = AuditText(std::string(kHead) + "In their view, the board could still win the vote in March.\n");
  const Seen s = SeenWithCue(r, "view");
  CHECK(s.source == "their");
  REQUIRE(s.content.size() == 1);
  CHECK(s.content[0] == "the board could still win the vote in March");
}

TEST_CASE("nom54: in a titled name's view between commas splits the content in two", "[nom54]") {
  auto r = AuditText(std::string(kHead) +
                     "The only sound fix, in Professor Dalby's view, would be a smaller levy on freight.\n");
  const Seen s = SeenWithCue(r, "view");
  CHECK(s.source == "Professor Dalby's");
  REQUIRE(s.content.size() == 2);
  CHECK(s.content[0] == "The only sound fix");
  CHECK(s.content[1] == "would be a smaller levy on freight");
}

TEST_CASE("nom54: in a name's view closing the sentence takes the clause before the comma", "[nom54]") {
  auto r = AuditText(std::string(kHead) + "The levy was a costly mistake for the whole coast, in Marsh\xE2\x80\x99s view.\n");
  const Seen s = SeenWithCue(r, "view");
  CHECK(s.source == "Marsh\xE2\x80\x99s");
  REQUIRE(s.content.size() == 1);
  CHECK(s.content[0] == "The levy was a costly mistake for the whole coast");
}

TEST_CASE("nom54: a view with no holder, or one not set off by a comma, is no attribution", "[nom54]") {
  auto r = AuditText(std::string(kHead) + "In this view, the levy is a tax on the poor.\n\n"
                     "The ships stayed in public view all week.\n\n"
                     "The pier came into her view at dawn.\n");
  CHECK_FALSE(AnyCue(r, "view"));
}

TEST_CASE("nom54: inside a quote or another attribution's content a view is left alone", "[nom54]") {
  auto r = AuditText(std::string(kHead) + "\"In my view, the levy is fair,\" said Tom Berry.\n\n"
                     "Lena Sato said that in her view, the levy was too steep.\n");
  CHECK_FALSE(AnyCue(r, "view"));
  CHECK(SeenWithCue(r, "said").source == "Tom Berry");
}

TEST_CASE("nom54: a view of something keeps the stance-noun cue with its preposition", "[nom54]") {
  auto r = AuditText(std::string(kHead) + "The vote turned on Ann Lee\xE2\x80\x99s view of the harbor levy.\n");
  CHECK_FALSE(AnyCue(r, "view"));
  const Seen s = SeenWithCue(r, "view of");
  CHECK(s.source == "Ann Lee\xE2\x80\x99s");
}

// "estimate"/"estimates" as neutral cues were withdrawn after the merge: a fresh
// user (fu54) found "The cost estimates have been revised twice." read as the source
// "The cost" with the cue "estimates", and "Crowd estimates vary widely." as a vague
// anonymous source that failed a CI check. These guards hold the withdrawal.
TEST_CASE("nom54: estimates as the head of a noun phrase gives no source", "[nom54]") {
  auto r = AuditText(std::string(kHead) + "The cost estimates have been revised twice.\n\n"
                     "Crowd estimates vary widely.\n\n"
                     "Police estimates of the crowd range from 5,000 to 8,000.\n");
  CHECK_FALSE(AnyCue(r, "estimates"));
  CHECK_FALSE(AnyCue(r, "estimates of"));
}

TEST_CASE("nom54: estimates as a noun is no cue", "[nom54]") {
  auto r = AuditText(std::string(kHead) + "The board's estimates were far too low.\n\n"
                     "Early estimates of the cost ran to $2 million.\n");
  CHECK_FALSE(AnyCue(r, "estimates"));
}

TEST_CASE("nom54: complaints that and a clause, with no holder, is a stance with no source", "[nom54]") {
  auto r = AuditText(std::string(kHead) +
                     "Despite complaints that the levy hurts islanders, the board voted for it in March.\n");
  const Seen s = SeenWithCue(r, "complaints");
  CHECK(s.source == "<none>");
  REQUIRE(s.content.size() == 1);
  CHECK(s.content[0] == "that the levy hurts islanders");
  const onrecord::Attribution* a = FindAttributionByCue(r, "complaints");
  REQUIRE(a != nullptr);
  CHECK(a->kind == onrecord::AttributionKind::kStance);
  CHECK(a->source_id == -1);
}

TEST_CASE("nom54: speculation that a person would act is a stance with no source", "[nom54]") {
  auto r = AuditText(std::string(kHead) + "Her visit to the pier stoked speculation that she would run for mayor.\n");
  const Seen s = SeenWithCue(r, "speculation");
  CHECK(s.source == "<none>");
  REQUIRE(s.content.size() == 1);
  CHECK(s.content[0] == "that she would run for mayor");
}

TEST_CASE("nom54: a relative that after a complaint noun, or a noun off the list, is no stance", "[nom54]") {
  auto r = AuditText(std::string(kHead) + "The complaints that were filed in March went unanswered.\n\n"
                     "The idea that the levy is fair won few friends.\n");
  CHECK_FALSE(AnyCue(r, "complaints"));
  CHECK_FALSE(AnyCue(r, "idea"));
}

TEST_CASE("nom54: complaints inside a said content stay part of that content", "[nom54]") {
  auto r = AuditText(std::string(kHead) + "Ann Lee said there were complaints that the ferry was late.\n");
  CHECK_FALSE(AnyCue(r, "complaints"));
  const Seen s = SeenWithCue(r, "said");
  CHECK(s.source == "Ann Lee");
  REQUIRE(s.content.size() == 1);
  CHECK(s.content[0] == "there were complaints that the ferry was late");
}

TEST_CASE("nom54: in a phrase opening the sentence the holderless clause ends at its comma", "[nom54]") {
  auto r = AuditText(std::string(kHead) +
                     "Despite worries that the ferry would be late, the board kept the old timetable.\n");
  const Seen s = SeenWithCue(r, "worries");
  CHECK(s.source == "<none>");
  REQUIRE(s.content.size() == 1);
  CHECK(s.content[0] == "that the ferry would be late");
}
