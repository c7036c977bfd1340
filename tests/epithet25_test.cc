// Definite epithets of named people (nineteenth round, branch epithet25):
// "the Democratic front-runner", "the former secretary of state", "the
// Vermont senator" said paragraphs after a person was named refer back to
// that person when nothing known of them contradicts the epithet, rather
// than making an unnamed described source.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::SourceKind;
using onrecord::testing::AuditText;
using onrecord::testing::SeenWithSource;

TEST_CASE("a definite epithet paragraphs after a named person is that person", "[epithet25]") {
  auto r = AuditText(
      "Farm tour draws a crowd\n\n"
      "Laura Vennick toured a bakery in Brookfield on Monday.\n\n"
      "She praised the owners and bought two loaves. The shop was crowded. The bread was warm.\n\n"
      "The weather was cold, and many people waited outside for an hour.\n\n"
      "\xE2\x80\x9CWe will carry this county,\xE2\x80\x9D the Democratic front-runner said.\n");
  const auto a = SeenWithSource(r, "the Democratic front-runner");
  CHECK(a.who == "Laura Vennick");
  CHECK(a.kind == SourceKind::kNamed);
}

TEST_CASE("an office epithet with a title complement refers back past a nearer holder of another office",
          "[epithet25]") {
  auto r = AuditText(
      "Farm tour draws a crowd\n\n"
      "Laura Vennick met dairy farmers in Brookfield on Monday.\n\n"
      "The farmers asked about milk prices. Gov. Tom Arlo introduced the guests.\n\n"
      "\xE2\x80\x9CThe prices will recover,\xE2\x80\x9D the former secretary of state said.\n");
  const auto a = SeenWithSource(r, "the former secretary of state");
  CHECK(a.who == "Laura Vennick");
}

TEST_CASE("a definite epithet of another party than the person named stays an unnamed source", "[epithet25]") {
  auto r = AuditText(
      "Farm tour draws a crowd\n\n"
      "Laura Vennick, a Democrat, toured a bakery in Brookfield on Monday.\n\n"
      "\xE2\x80\x9CThe bill is dead,\xE2\x80\x9D the Republican senator said.\n");
  const auto a = SeenWithSource(r, "the Republican senator");
  CHECK(a.who != "Laura Vennick");
  CHECK(a.kind == SourceKind::kDescribed);
}

TEST_CASE("a definite epithet of another place than the office on record stays an unnamed source",
          "[epithet25]") {
  auto r = AuditText(
      "Farm tour draws a crowd\n\n"
      "Vermont Sen. Tom Arlo toured a bakery in Brookfield on Monday.\n\n"
      "\xE2\x80\x9CThe bill is dead,\xE2\x80\x9D the Florida senator said.\n");
  const auto a = SeenWithSource(r, "the Florida senator");
  CHECK(a.who != "Tom Arlo");
}

TEST_CASE("a definite epithet is the person cited in the sentence before, not the subject of the words",
          "[epithet25]") {
  auto r = AuditText(
      "Fares to rise\n\n"
      "Tom Arlo will raise the ferry fares next spring, Laura Vennick said Monday.\n\n"
      "The dock was quiet. Gulls circled the harbor.\n\n"
      "\xE2\x80\x9CThe riders will pay for his mistakes,\xE2\x80\x9D the retired ferry captain said.\n");
  const auto a = SeenWithSource(r, "the retired ferry captain");
  CHECK(a.who == "Laura Vennick");
}

TEST_CASE("a definite epithet after two people named in its own sentence makes no guess", "[epithet25]") {
  auto r = AuditText(
      "Laura Vennick leads Tom Arlo by nine points, but the billionaire businessman said the race is close.\n");
  const auto a = SeenWithSource(r, "the billionaire businessman");
  CHECK(a.who != "Laura Vennick");
  CHECK(a.who != "Tom Arlo");
}
