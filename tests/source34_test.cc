// Sources on PolNeAR and a fresh user's reports (twenty-eighth round,
// branch source34): coordinated names as one joint source, a role before
// a name with a middle initial, relative clauses that are no role, a
// clause opener before a name, and names listed before "and others".
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::SourceKind;
using onrecord::testing::AttributionWithCue;
using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;
using onrecord::testing::SourceNamed;

TEST_CASE("two coordinated names before a cue are one joint source", "[source34]") {
  auto r = AuditText("Ana Ruiz and Tom Hale said the bridge was closed.\n");
  CHECK(AttributionWithCue(r, "said", true).source == "Ana Ruiz and Tom Hale");
  const auto seen = SeenWithCue(r, "said");
  CHECK(seen.who == "Ana Ruiz and Tom Hale");
  CHECK(seen.kind == SourceKind::kNamed);
  CHECK(SourceNamed(r, "Tom Hale") == nullptr);
}

TEST_CASE("a conjunct named again later is its own source", "[source34]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Ana Ruiz and Tom Hale said the bridge was closed.\n\n"
      "Hale added that the ferry would run on Sunday.\n");
  CHECK(SeenWithCue(r, "said").who == "Ana Ruiz and Tom Hale");
  CHECK(SeenWithCue(r, "added").who == "Tom Hale");
}

TEST_CASE("names joined by or and places joined by and are no joint source", "[source34]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Ana Ruiz or Tom Hale will say whether the bridge is closed.\n");
  CHECK(SeenWithCue(r, "will say").who == "Tom Hale");
  auto r2 = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Ohio and Pennsylvania said the bridge was closed.\n");
  CHECK(SeenWithCue(r2, "said").who != "Ohio and Pennsylvania");
}

// (Thirtieth round, eng36: one name and a description are a joint source
// named after both, at the description's level; it was the phrase next to
// the cue alone.)
TEST_CASE("one name coordinated with a description is a joint source at the description's level", "[source34]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Tom Hale and other engineers said the bridge was closed.\n");
  CHECK(AttributionWithCue(r, "said", true).source == "Tom Hale and other engineers");
  const auto seen = SeenWithCue(r, "said");
  CHECK(seen.who == "Tom Hale and other engineers");
  CHECK(seen.level == 1);
}

TEST_CASE("a role before a name with a middle initial makes a named person", "[source34]") {
  auto r = AuditText("Senate Minority Leader Harry M. Reid said the bridge was closed.\n");
  const auto seen = SeenWithCue(r, "said");
  CHECK(seen.source == "Senate Minority Leader Harry M. Reid");
  CHECK(seen.who == "Harry M. Reid");
  CHECK(seen.kind == SourceKind::kNamed);
  CHECK(seen.level == 5);
  const auto* reid = SourceNamed(r, "Harry M. Reid");
  REQUIRE(reid != nullptr);
  CHECK(reid->role == "Senate Minority Leader");
  auto r2 = AuditText("White House Press Secretary Josh K. Earnest said the bridge was closed.\n");
  CHECK(SeenWithCue(r2, "said").who == "Josh K. Earnest");
  CHECK(SeenWithCue(r2, "said").kind == SourceKind::kNamed);
}

TEST_CASE("an organisation's name with a title word stays an organisation", "[source34]") {
  auto r = AuditText("The House Majority PAC said the bridge was closed.\n");
  CHECK(SeenWithCue(r, "said").kind == SourceKind::kOrganization);
}

TEST_CASE("a relative clause that tells an act is no role", "[source34]") {
  auto r = AuditText("Tom Hale, who also campaigned in Ohio, said the bridge was closed.\n");
  CHECK(AttributionWithCue(r, "said", true).source == "Tom Hale, who also campaigned in Ohio,");
  const auto* hale = SourceNamed(r, "Tom Hale");
  REQUIRE(hale != nullptr);
  CHECK(hale->role.empty());
  CHECK(SeenWithCue(r, "said").level == 4);
  auto r2 = AuditText("Ana Ruiz, who is now running for mayor, said the bridge was closed.\n");
  REQUIRE(SourceNamed(r2, "Ana Ruiz") != nullptr);
  CHECK(SourceNamed(r2, "Ana Ruiz")->role.empty());
  auto r3 = AuditText("Ana Ruiz, who has been active in politics since 1990, said the bridge was closed.\n");
  REQUIRE(SourceNamed(r3, "Ana Ruiz") != nullptr);
  CHECK(SourceNamed(r3, "Ana Ruiz")->role.empty());
}

TEST_CASE("a relative clause that gives an office is the role, adverbs left out", "[source34]") {
  auto r = AuditText("Tom Hale, who is also the county treasurer, said the bridge was closed.\n");
  REQUIRE(SourceNamed(r, "Tom Hale") != nullptr);
  CHECK(SourceNamed(r, "Tom Hale")->role == "county treasurer");
  auto r2 = AuditText("Ana Ruiz, who chairs the budget committee, said the bridge was closed.\n");
  REQUIRE(SourceNamed(r2, "Ana Ruiz") != nullptr);
  CHECK(SourceNamed(r2, "Ana Ruiz")->role == "chairs the budget committee");
}

TEST_CASE("a word that opens a clause before a name is no part of the source", "[source34]") {
  auto r = AuditText(
      "The vote came late.\n\n"
      "The bill went to the Senate, where Harry Reid said the plan was dead.\n");
  CHECK(AttributionWithCue(r, "said", true).source == "Harry Reid");
  auto r2 = AuditText(
      "The vote came late.\n\n"
      "The bill went to the Senate, where Senate Minority Leader Harry M. Reid (D-Nev.) said the plan was dead.\n");
  CHECK(AttributionWithCue(r2, "said", true).source == "Senate Minority Leader Harry M. Reid (D-Nev.)");
}

TEST_CASE("names listed before others keep their names in the joint source", "[source34]") {
  auto r = AuditText("Ruiz, Hale and others said the bridge was closed.\n");
  const auto seen = SeenWithCue(r, "said");
  CHECK(seen.source == "Ruiz, Hale and others");
  CHECK(seen.who == "Ruiz and Hale and others");
  CHECK(seen.kind == SourceKind::kNamed);
  auto r2 = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Ana Ruiz and Tom Hale run the ferry.\n\n"
      "Ruiz, Hale and other engineers said the bridge was closed.\n");
  CHECK(SeenWithCue(r2, "said").who == "Ana Ruiz and Tom Hale and other engineers");
}

TEST_CASE("an adverb opening the sentence is no name of the list", "[source34]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "The ferry was late, as it often is. Meanwhile, Hale and others said the bridge was closed.\n");
  CHECK(AttributionWithCue(r, "said", true).source == "Hale and others");
  auto r2 = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Its budget was well spent. Well, Hale and others said the bridge was closed.\n");
  CHECK(AttributionWithCue(r2, "said", true).source == "Hale and others");
  auto r3 = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Instead, Ruiz, Hale and others said the bridge was closed.\n");
  CHECK(AttributionWithCue(r3, "said", true).source == "Hale and others");
}

TEST_CASE("a person and the family named after them are no joint source", "[source34]") {
  auto r = AuditText("The owner, Mara Lind, spoke first. Mara Lind and her family issued a note after the pilot "
                     "retired, saying the port “will miss his voice.”");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "Lind family");
}
