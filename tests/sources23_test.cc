// Garbled and misread sources (seventeenth round): a source span that ends
// in a preposition before a participle cue ("the White House by" urging),
// a surname with a possessive opening a sentence read as an anonymous
// source ("Sanders's claim"), and a capitalized function word after a
// colon taken into a name ("That Cruz").
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;

TEST_CASE("a participle cue after by or without shares the sentence subject", "[sources23]") {
  auto r = AuditText("Trump attacked the White House by urging voters to reject \"a politics of hope.\"\n");
  CHECK(SeenWithCue(r, "urging").source == "Trump");
  auto w = AuditText(
      "The mayor met the union on Monday.\n\n"
      "The governor spent most of the week in Albany without mentioning \"the strike.\"\n");
  CHECK(SeenWithCue(w, "mentioning").source == "The governor");
}

TEST_CASE("a participle cue after of or for gets no subject ending in the preposition", "[sources23]") {
  auto r = AuditText("He accused the debate moderators of asking too many \"please attack Ted\" questions.\n");
  CHECK(SeenWithCue(r, "asking").source == "<no attribution>");
  CHECK(SeenWithCue(r, "accused").source == "He");
  auto f = AuditText("The senator mocked the governor for calling himself \"a reformer.\"\n");
  CHECK(SeenWithCue(f, "calling").source == "<no attribution>");
  CHECK(SeenWithCue(f, "mocked").source == "The senator");
}

TEST_CASE("a surname with a possessive opening a sentence is the named person", "[sources23]") {
  auto r = AuditText(
      "Bernie Sanders and Donald Trump won primaries in Oregon.\n\n"
      "Sanders's claim that he can still win depends on the superdelegates.\n");
  const auto claim = SeenWithCue(r, "claim");
  CHECK(claim.source == "Sanders's");
  CHECK(claim.who == "Bernie Sanders");
  CHECK(claim.kind == onrecord::SourceKind::kNamed);
  auto t = AuditText(
      "Bernie Sanders and Donald Trump won primaries in Oregon.\n\n"
      "Trump\u2019s repeated claim that he can win is false.\n");
  CHECK(SeenWithCue(t, "repeated").who == "Donald Trump");
  // A word no name holds stays what it was.
  auto n = AuditText("Today's poll shows the mayor ahead, officials said.\n");
  CHECK(SeenWithCue(n, "said").source == "officials");
}

TEST_CASE("a capitalized function word after a colon is no part of a name", "[sources23]") {
  auto r = AuditText(
      "Ted Cruz spoke on Monday.\n\n"
      "\"This is the lie,\" Rubio said: That Cruz is more conservative than everyone else.\n\n"
      "Later, Cruz said he disagreed.\n");
  CHECK(SeenWithCue(r, "said", 1).who == "Ted Cruz");
  for (const auto& s : r.sources) CHECK(s.name != "That Cruz");
  // After a closing quote mark a capital is a name's: "From" is a surname.
  auto f = AuditText("Al From founded the council.\n\n\"We changed the party,\" From said.\n");
  CHECK(SeenWithCue(f, "said").source == "From");
}

TEST_CASE("a state after a place in an apposition is no name", "[sources23]") {
  auto r = AuditText("Kevin Swanson spoke on Monday.\n\nSwanson, a pastor in Elizabeth, Colorado, said the plan failed.\n");
  const auto said = SeenWithCue(r, "said");
  CHECK(said.who == "Kevin Swanson");
  for (const auto& s : r.sources) CHECK(s.name != "Colorado");
  auto t = AuditText(
      "Kevin Swanson spoke on Monday.\n\n"
      "Swanson, who is a pastor at a church in Elizabeth, Colorado, said the plan failed.\n");
  CHECK(SeenWithCue(t, "said").who == "Kevin Swanson");
  // A description holding the place, in apposition to nothing, is the source.
  auto d = AuditText("He spoke after a woman in Worcester, Massachusetts, told him she worries about the plan.\n");
  CHECK(SeenWithCue(d, "told").source == "a woman in Worcester, Massachusetts,");
  // A name in apposition to a description still is the source.
  auto n = AuditText("Another delegate on the state slate, Jim Poole, said the plan failed.\n");
  CHECK(SeenWithCue(n, "said").who == "Jim Poole");
}

TEST_CASE("a source no attribution or quote refers to is not listed", "[sources23]") {
  auto r = AuditText(
      "Donald Trump skipped the debate.\n\n"
      "Trump's beef with Fox News initially was aimed at co-moderator Megyn Kelly, who he claims has been unfair "
      "to him.\n");
  CHECK(onrecord::testing::SourceNamed(r, "Megyn Kelly") == nullptr);
  REQUIRE(onrecord::testing::SourceNamed(r, "Donald Trump") != nullptr);
  for (const auto& s : r.sources) {
    CHECK(s.attributions + s.quotes > 0);
    CHECK(s.id >= 1);
    CHECK(static_cast<size_t>(s.id) <= r.sources.size());
  }
  for (const auto& a : r.attributions) CHECK(a.source_id <= static_cast<int>(r.sources.size()));
}

TEST_CASE("an anaphor refers to the unnamed source mentioned last, not the one brought in last", "[sources23]") {
  auto r = AuditText(
      "Officials met on Monday, according to a person familiar with the talks.\n\n"
      "The ministry is wary of the plan, a person familiar with the ministry said.\n\n"
      "Prices will rise, according to a person familiar with the talks. Demand is weak, the person said.\n");
  // The last "said" (an earlier sentence's stance cue, "is wary of", may
  // add an attribution before it).
  onrecord::testing::SeenAttribution said;
  for (const auto& a : onrecord::testing::SeenAttributions(r)) {
    if (a.cue == "said") said = a;
  }
  CHECK(said.source == "the person");
  CHECK(said.who == "a person familiar with the talks");
  // With one agreeing source the anaphor is that source, as before.
  auto one = AuditText("Prices will rise, a person familiar with the talks said. Demand is weak, the person added.\n");
  CHECK(SeenWithCue(one, "added").who == "a person familiar with the talks");
}

TEST_CASE("a relative or complementizer that before a plural subject is no part of the source", "[sources23]") {
  auto r = AuditText("The agency withheld information that government officials said would compromise the case.\n");
  CHECK(SeenWithCue(r, "said").source == "government officials");
  auto n = AuditText("Republicans Sanders supporters and others met.\n\nShe argued that Sanders supporters said the vote was rigged.\n");
  CHECK(SeenWithCue(n, "said").source.rfind("that ", 0) == std::string::npos);
  // A demonstrative before a singular noun stays: that group is the source.
  auto d = AuditText("Before the vote, that group said it would abstain.\n");
  CHECK(SeenWithCue(d, "said").source == "that group");
}
