// Listed cue verbs in a sense that reports nothing (twenty-third round,
// branch cue29): "continue" before a word other than "that", "to" or
// "with" ("continued her tour", "continued campaigning", "Lee's continued
// lead"), and "add" before "up" or before "to" and a lower-case word
// ("adding to her lead", "the numbers don't add up"). Going on speaking
// ("she continued, “…”", "he continued that …") and "added to Reuters"
// stay cues.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;
using onrecord::testing::SeenWithSource;

TEST_CASE("continue before an object or a gerund is no cue", "[cue29]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Mara Quill continued her tour of the islands on Monday. "
      "The port authority is continuing its review of the timetable. "
      "Ana Ruiz continued campaigning in the north, and Ruiz's continued lead worries the council.\n");
  for (const auto& cue : {"continued", "is continuing", "continuing"}) {
    INFO(cue);
    CHECK(SeenWithCue(r, cue).source == "<no attribution>");
  }
}

TEST_CASE("continue as going on speaking stays a cue", "[cue29]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "\xE2\x80\x9CWe cannot wait another winter,\xE2\x80\x9D Mara Quill said. "
      "\xE2\x80\x9CThe boats are old,\xE2\x80\x9D she continued. "
      "Ana Ruiz continued that the levy would pay for two new boats.\n");
  CHECK(SeenWithSource(r, "Ana Ruiz").cue == "continued");
  bool quill = false;
  for (const auto& s : onrecord::testing::SeenAttributions(r)) {
    if (s.cue == "continued" && s.content.size() == 1 &&
        s.content[0] == "\xE2\x80\x9CThe boats are old,\xE2\x80\x9D") {
      quill = true;
    }
  }
  CHECK(quill);
}

TEST_CASE("add to and add up report nothing", "[cue29]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Ana Ruiz won the harbor ward on Tuesday, adding to her lead over Mara Quill.\n\n"
      "Mara Quill added up the cost of two new boats on Monday. Lee Park adds up every fare by hand.\n");
  CHECK(SeenWithSource(r, "Ana Ruiz").source == "<no attribution>");
  CHECK(SeenWithCue(r, "adding").source == "<no attribution>");
  CHECK(SeenWithCue(r, "added").source == "<no attribution>");
  CHECK(SeenWithCue(r, "adds").source == "<no attribution>");
}

TEST_CASE("added to a capitalized addressee stays a cue", "[cue29]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "\xE2\x80\x9CThe boats are old,\xE2\x80\x9D Mara Quill added to Reuters.\n");
  CHECK(SeenWithSource(r, "Mara Quill").cue == "added");
}

TEST_CASE("reports after a noun of the kind of report is a noun, not the cue", "[cue29]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "But FEC reports show that two groups spent $40,000 on ferry ads. "
      "Local news reports and port officials described the vote as close.\n");
  CHECK(SeenWithCue(r, "reports").source == "<no attribution>");
  CHECK(SeenWithCue(r, "show").source == "FEC reports");
  CHECK(SeenWithCue(r, "described").source == "Local news reports and port officials");
}

TEST_CASE("an outlet's name before reports keeps the cue", "[cue29]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Harbor News reports that the levy passed by two votes.\n");
  CHECK(SeenWithCue(r, "reports").source == "Harbor News");
}

TEST_CASE("pledged before delegates is an adjective, not the cue", "[cue29]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Ana Ruiz won a majority of the county's 20 pledged delegates on Tuesday. "
      "The party's figures include pledged delegates and superdelegates.\n");
  CHECK(SeenWithCue(r, "pledged").source == "<no attribution>");
}
