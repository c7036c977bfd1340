// Verbs of support after a subject that counts people (twenty-first round,
// branch stance27): "About two-thirds support a ban", "19 percent of the
// students polled support Lee". PolNeAR marks these poll results as
// attributions (the share the source, the verb the cue, the object the
// content), yet rarely the base form "support" elsewhere ("voters who
// support Beck", "to support the nominee"): list poll-stance-cues.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AnyCue;
using onrecord::testing::AuditText;
using onrecord::testing::SeenAttributions;
using onrecord::testing::SeenWithCue;

using Seen = onrecord::testing::SeenAttribution;

TEST_CASE("support after a counted share of people is a cue with its object as content", "[stance27]") {
  auto r = AuditText("The ferry survey asked residents about the harbor plans.\n\n"
                     "About three-quarters support a toll on weekend ferries.\n");
  Seen a = SeenWithCue(r, "support");
  CHECK(a.source == "About three-quarters");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "a toll on weekend ferries");

  r = AuditText("Nineteen percent of the nurses polled support Vera Lindqvist for the board seat.\n");
  a = SeenWithCue(r, "support");
  CHECK(a.source == "Nineteen percent of the nurses polled");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "Vera Lindqvist for the board seat");
}

TEST_CASE("a share with its figure and sign before the share word is the whole source", "[stance27]") {
  auto r = AuditText("The orchard growers split on the levy; a 61% majority of the growers support raising it.\n");
  CHECK(SeenWithCue(r, "support").source == "a 61% majority of the growers");
  r = AuditText("The tenants were polled in May, and a 58% majority of tenants said the rent rise was unfair.\n");
  CHECK(SeenWithCue(r, "said").source == "a 58% majority of tenants");
}

TEST_CASE("support with no counted subject, or as a noun, is no cue", "[stance27]") {
  // A plain or relative subject: PolNeAR rarely marks these.
  CHECK_FALSE(AnyCue(AuditText("Many voters who support Tom Beck plan to vote early.\n"), "support"));
  CHECK_FALSE(AnyCue(AuditText("The council members support the new ferry schedule.\n"), "support"));
  // The noun after a share or a possessive.
  CHECK_FALSE(AnyCue(AuditText("Mara Quill leads the field with 40 percent support.\n"), "support"));
  CHECK_FALSE(AnyCue(AuditText("His 32% support gives Mara Quill a clear lead in the race.\n"), "support"));
  CHECK_FALSE(AnyCue(AuditText("About 60 percent support for the levy came from the valley towns.\n"), "support"));
  // The share of a relative clause.
  CHECK_FALSE(AnyCue(AuditText("The delegates, the vast majority of whom support Vera Lindqvist, met on Monday.\n"),
                     "support"));
}

TEST_CASE("a hyphenated fraction before an of-phrase opens the source", "[stance27]") {
  auto r = AuditText("Two-thirds of voters said the ferry levy was unfair.\n");
  CHECK(SeenWithCue(r, "said").source == "Two-thirds of voters");
}
