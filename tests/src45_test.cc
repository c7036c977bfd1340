// Phrases of how long between a source and its cue (thirty-eighth round,
// branch src45): in "Engineers for years have said …" or "Pilots two
// seasons ago warned …" the phrase of duration ("for years", "for the past
// two decades", "two years ago") belongs to the verb, not to the source: the
// source is "Engineers", and an anonymous-source phrase is "Engineers", not
// "Engineers for years". A phrase with "of" and a capitalized name keep
// their reading.
#include <string>

#include <catch2/catch.hpp>

#include "source_span_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SourceOf;

TEST_CASE("src45: a phrase of how long between a source and its cue", "[src45]") {
  CHECK(SourceOf("Engineers for years have said the ferry ramp is unsafe.\n", "have said") == "Engineers");
  CHECK(SourceOf("Dock workers for the past two decades have complained that the levy is too high.\n",
                 "have complained") == "Dock workers");
  CHECK(SourceOf("The harbor pilots for months said the channel needed dredging.\n", "said") ==
        "The harbor pilots");
  CHECK(SourceOf("Critics of the levy for weeks have argued that it would drive the ferries away.\n",
                 "have argued") == "Critics of the levy");
}

TEST_CASE("src45: a phrase of how long ago between a source and its cue", "[src45]") {
  CHECK(SourceOf("Inspectors two years ago warned that the ferry ramp was failing.\n", "warned") == "Inspectors");
  // Before "ago", only numbers and determiners go with the phrase, so the
  // noun before a bare "years ago" stays in the source.
  CHECK(SourceOf("The inspectors years ago said the ferry ramp was failing.\n", "said") == "The inspectors");
  CHECK(SourceOf("Ana Ruiz, who for weeks had criticized the levy, said the council should drop it.\n",
                 "had criticized") == "who");
}

TEST_CASE("src45: the anonymous-source phrase leaves the phrase of how long out", "[src45]") {
  auto r = AuditText("Harbor council weighs a ferry levy.\n\nEngineers for years have said the ferry ramp is unsafe.\n");
  REQUIRE(r.anonymous_sources.size() == 1);
  CHECK(r.anonymous_sources[0].phrase == "Engineers");
}

TEST_CASE("src45: guards keep a noun's own phrase and a name", "[src45]") {
  // "of" phrases modify the noun.
  CHECK(SourceOf("The clerk of nearly four years said the levy was never explained to her.\n", "said") ==
        "The clerk of nearly four years");
  // A capitalized phrase is part of a name.
  CHECK(SourceOf("The Committee for Decades said the levy was fair.\n", "said") == "The Committee for Decades");
  // A time phrase after a comma is the source's apposition, as before.
  CHECK(SourceOf("Ana Ruiz, the harbor treasurer, said the levy was fair.\n", "said") ==
        "Ana Ruiz, the harbor treasurer,");
}
