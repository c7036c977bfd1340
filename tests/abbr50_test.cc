// A subject or an inverted source ending in an abbreviation (forty-second
// round, branch abbr50): the period of an abbreviation that may also end a
// sentence (list abbreviations: "U.S.", "Inc.", "Corp.", "Co.", "Ltd.")
// closes a subject before its cue when the sentence goes on, and a title's
// abbreviation before initials keeps the initials in the name ("Gov. J. B.
// Pritzker").
#include <string>

#include <catch2/catch.hpp>

#include "source_span_util.h"
#include "test_util.h"

using onrecord::testing::SourceOf;

TEST_CASE("abbr50: a subject ending in a dotted abbreviation before its cue", "[abbr50]") {
  CHECK(SourceOf("The U.S. said it would fund the ferry levy.\n", "said") == "The U.S.");
  CHECK(SourceOf("Pilots in the U.S. said the ferry levy was unfair.\n", "said") == "Pilots in the U.S.");
}

TEST_CASE("abbr50: a company name ending in Inc. or Corp. before its cue", "[abbr50]") {
  CHECK(SourceOf("Harbor Ferries Inc. said the levy would raise fares.\n", "said") == "Harbor Ferries Inc");
  CHECK(SourceOf("Dorsey Boat Corp. said the levy would raise fares.\n", "said") == "Dorsey Boat Corp");
}

TEST_CASE("abbr50: a title's abbreviation before two initials", "[abbr50]") {
  CHECK(SourceOf("\"The levy stays,\" said Gov. K. D. Marsh.\n", "said") == "Gov. K. D. Marsh");
}

TEST_CASE("abbr50: guards, abbreviations that already worked", "[abbr50]") {
  CHECK(SourceOf("Lena Dorsey Jr. said the ferry levy was unfair.\n", "said") == "Lena Dorsey Jr.");
  CHECK(SourceOf("\"The levy is unfair,\" said Lena Dorsey Jr.\n", "said") == "Lena Dorsey Jr.");
  CHECK(SourceOf("Dr. Lena Dorsey said the ferry levy was unfair.\n", "said") == "Dr. Lena Dorsey");
  CHECK(SourceOf("The ferry levy is unfair, said Lena K. Dorsey, a harbor pilot.\n", "said") ==
        "Lena K. Dorsey, a harbor pilot");
}
