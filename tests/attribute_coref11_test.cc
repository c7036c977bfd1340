// Unnamed speakers (tenth round, branch coref11): an office noun, an age
// epithet or a noun brought in with "a" is not whoever was named last, and a
// gendered pronoun skips a person known to be of the other gender.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SpeakerOf;
using onrecord::testing::SourceNamed;

TEST_CASE("an office noun is not a person named with another role", "[attribute][coref11]") {
  auto r = AuditText(
      "Dock deal signed\n\n\u201cWe held the line,\u201d said Rolf Amsel, head of the dockers' guild.\n\n"
      "The mayor said the accord was \u201clong awaited.\u201d\n\n"
      "\u201cIt is long awaited,\u201d the governor said.\n");
  CHECK(SpeakerOf(r, "We held") == "Rolf Amsel");
  CHECK(SpeakerOf(r, "long awaited") == "The mayor");
  CHECK(SpeakerOf(r, "It is long") == "the governor");
  // Described by an office, not a vague anonymous source.
  const auto* mayor = SourceNamed(r, "The mayor");
  REQUIRE(mayor != nullptr);
  CHECK(mayor->kind == onrecord::SourceKind::kDescribed);
}

TEST_CASE("an office noun still refers to the person named in that office", "[attribute][coref11]") {
  auto r = AuditText(
      "Dock deal signed\n\n\u201cWe held the line,\u201d said Mayor Ilse Vortkamp at the pier.\n\n"
      "\u201cIt was long awaited,\u201d the mayor said.\n");
  CHECK(SpeakerOf(r, "It was long") == "Ilse Vortkamp");
}

TEST_CASE("an age epithet is only the person described with that age", "[attribute][coref11]") {
  auto r = AuditText(
      "Fair opens\n\nThe fair opened on Friday, said Gerd Pellow, the fair's director.\n\n"
      "Visitors queued for an hour. Tickets sold out by noon.\n\n"
      "\u201cI came every year as a child,\u201d said the 52-year-old.\n\n"
      "Hanne Lusk, 37, sold honey at a stall.\n\n"
      "\u201cBusiness is good,\u201d said the 37-year-old.\n");
  CHECK(SpeakerOf(r, "I came") == "the 52-year-old");
  CHECK(SpeakerOf(r, "Business") == "Hanne Lusk");
}

TEST_CASE("a noun brought in with an indefinite article is that unnamed person", "[attribute][coref11]") {
  auto r = AuditText(
      "Canvass begins\n\nOn Sunday, Willa Brandauer and her son, Piet, were met by an organizer at the hall.\n\n"
      "\u201cYou will knock on doors,\u201d the organizer told them.\n");
  CHECK(SpeakerOf(r, "You will") == "the organizer");
}

TEST_CASE("a gendered pronoun skips a person known to be of the other gender", "[attribute][coref11]") {
  SECTION("given names") {
    auto r = AuditText(
        "Budget talks\n\nSenator Mary Quell met Governor Tom Sarrow on Monday. \u201cWe have a deal,\u201d she said.\n");
    CHECK(SpeakerOf(r, "We have") == "Mary Quell");
  }
  SECTION("gendered titles") {
    auto r = AuditText(
        "Budget talks\n\nCongresswoman Ada Quell met Mr. Ivo Sarrow on Monday. \u201cWe have a deal,\u201d she said.\n");
    // (The title is read as part of the name here.)
    CHECK(SpeakerOf(r, "We have").find("Ada Quell") != std::string::npos);
  }
  SECTION("nothing known keeps the nearest person") {
    auto r = AuditText(
        "Budget talks\n\nSenator Ada Quell met Governor Ivo Sarrow on Monday. \u201cWe have a deal,\u201d she said.\n");
    CHECK(SpeakerOf(r, "We have") == "Ivo Sarrow");
  }
}
