// Coordinated sources (forty-first round, branch src49): the shown source
// span runs over both conjuncts of "and" when a lower-case adjective is
// shared over "and" with a capitalized one ("Eleven progressive and Muslim
// groups said"). PolNeAR's source span covers the whole coordination.
#include <string>

#include <catch2/catch.hpp>

#include "source_span_util.h"
#include "test_util.h"

using onrecord::testing::SourceOf;

TEST_CASE("src49: an adjective shared with a capitalized one over and", "[src49]") {
  CHECK(SourceOf("Eleven progressive and Muslim groups said the harbor levy was unfair.\n", "said") ==
        "Eleven progressive and Muslim groups");
}

TEST_CASE("src49: guards, coordinations that keep their reading", "[src49]") {
  // Already joined before this round.
  CHECK(SourceOf("Her lawyers and advisers said the ferry deal would close in May.\n", "said") ==
        "Her lawyers and advisers");
  CHECK(SourceOf("Ana Ruiz and Tom Hale said the ferry deal would close in May.\n", "said") == "Ana Ruiz and Tom Hale");
  // A verb's object before "and" opens no coordination.
  CHECK(SourceOf("The council rejected the plan and harbor officials said the ferry deal would close in May.\n",
                 "said") == "harbor officials");
  // "or", as before.
  CHECK(SourceOf("Ana Ruiz or her aides said the ferry deal would close in May.\n", "said") ==
        "Ana Ruiz or her aides");
}
