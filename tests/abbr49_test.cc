// Abbreviations inside source and content spans (forty-first round, branch
// abbr49): a period that closes an abbreviation or an initial ends neither
// the sentence nor the span around it. "Ft." and "Mt." before a place's name
// (list abbreviations-title), a U.S. body after "U.S." (list
// abbreviation-followers), two initials written with a space ("J. J. Price")
// and a dotted abbreviation before a comma in a role ("a teacher at
// M.I.T., said").
#include <string>

#include <catch2/catch.hpp>

#include "source_span_util.h"
#include "test_util.h"

using onrecord::testing::AttributionWithCue;
using onrecord::testing::AuditText;
using onrecord::testing::SourceOf;

namespace {

std::string ContentOf(const std::string& body, const std::string& cue) {
  auto r = AuditText(std::string("Harbor council weighs a ferry levy.\n\n") + body);
  return AttributionWithCue(r, cue, true).content;
}

}  // namespace

TEST_CASE("abbr49: Ft. and Mt. before a place's name end no sentence", "[abbr49]") {
  CHECK(SourceOf("The ferry levy is unfair, said Lena Dorsey, a pilot in Ft. Lauderdale.\n", "said") ==
        "Lena Dorsey, a pilot in Ft. Lauderdale");
  CHECK(SourceOf("A boatbuilder from Mt. Pleasant said the ferry levy was unfair.\n", "said") ==
        "A boatbuilder from Mt. Pleasant");
}

TEST_CASE("abbr49: a U.S. body after U.S. ends no sentence", "[abbr49]") {
  CHECK(SourceOf("The U.S. Chamber of Commerce said the ferry levy was unfair.\n", "said") ==
        "The U.S. Chamber of Commerce");
  CHECK(SourceOf("The U.S. Geological Survey said the harbor floor had sunk.\n", "said") ==
        "The U.S. Geological Survey");
  CHECK(ContentOf("Lena Dorsey said the levy breaks the U.S. Constitution and must go.\n", "said") ==
        "the levy breaks the U.S. Constitution and must go");
}

TEST_CASE("abbr49: two initials written with a space stay in the name", "[abbr49]") {
  CHECK(SourceOf("The ferry levy is unfair, said K. D. Marsh, a harbor pilot.\n", "said") ==
        "K. D. Marsh, a harbor pilot");
}

TEST_CASE("abbr49: a dotted abbreviation and a hyphen stay one word", "[abbr49]") {
  CHECK(SourceOf("The ferry levy is unfair, said Lena Dorsey, president of the A.F.L.-C.I.O.\n", "said") ==
        "Lena Dorsey, president of the A.F.L.-C.I.O.");
  CHECK(SourceOf("The U.S.-based union said the ferry levy was unfair.\n", "said") == "The U.S.-based union");
}

TEST_CASE("abbr49: guards, sentences that still end at an abbreviation", "[abbr49]") {
  // A sentence that ends with "U.S." before a new one.
  CHECK(ContentOf("Lena Dorsey said the levy was first tried in the U.S. The mayor disagreed.\n", "said") ==
        "the levy was first tried in the U.S.");
  // "St." as before.
  CHECK(SourceOf("The ferry levy is unfair, said Lena Dorsey, a pilot in St. Louis.\n", "said") ==
        "Lena Dorsey, a pilot in St. Louis");
  // One initial, and initials without a space, as before.
  CHECK(SourceOf("The ferry levy is unfair, said Lena K. Dorsey, a harbor pilot.\n", "said") ==
        "Lena K. Dorsey, a harbor pilot");
  CHECK(SourceOf("K.D. Marsh said the ferry levy was unfair.\n", "said") == "K.D. Marsh");
  // A state's abbreviation before a comma, as before.
  CHECK(SourceOf("Lena Dorsey, a pilot from Nashua, N.H., said the ferry levy was unfair.\n", "said") ==
        "Lena Dorsey, a pilot from Nashua, N.H.,");
}
