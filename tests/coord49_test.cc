// Coordinated sources (forty-first round, branch coord49): the shown source
// span runs over both conjuncts of "and" when the first conjunct is a plural
// of a listed head noun ("Her directors and advisers said") or when two
// determiners open the coordination ("A few other …"). PolNeAR's source
// span covers the whole coordination.
#include <string>

#include <catch2/catch.hpp>

#include "source_span_util.h"
#include "test_util.h"

using onrecord::testing::SourceOf;

TEST_CASE("coord49: a plural of a listed head noun before and", "[coord49]") {
  CHECK(SourceOf("Her directors and advisers said the ferry deal would close in May.\n", "said") ==
        "Her directors and advisers");
}

TEST_CASE("coord49: two determiners open the coordination", "[coord49]") {
  CHECK(SourceOf("A few other harbor pilots and dock workers said the toll was unfair.\n", "said") ==
        "A few other harbor pilots and dock workers");
}

TEST_CASE("coord49: guards, readings that stay", "[coord49]") {
  // Already joined before this round.
  CHECK(SourceOf("Many ferry pilots and dock workers said the toll was unfair.\n", "said") ==
        "Many ferry pilots and dock workers");
  // A verb's object before "and" opens no coordination.
  CHECK(SourceOf("The council rejected the directors and harbor officials said the deal would close.\n", "said") ==
        "harbor officials");
  // After "than" the last conjunct stays (joining there also made the
  // words before "than" a content on tune).
  CHECK(SourceOf("The toll is higher than many harbor pilots and dock workers realize.\n", "realize") ==
        "dock workers");
}
