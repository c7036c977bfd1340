// Direct quotes (forty-fourth round, branch dq52): a quote after a colon
// whose clause names the speaker with a predicate that is no speech verb
// ("Ana Ruiz was blunt: “…”").
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AttributionLines;
using Lines = std::vector<std::string>;

TEST_CASE("dq52: a clause before a colon gives its quote to its subject", "[dq52]") {
  CHECK(AttributionLines("Ana Ruiz was blunt: “We will not pay the levy.”") ==
        Lines{"Ana Ruiz | was blunt: | “We will not pay the levy.”"});
  CHECK(AttributionLines("Ana Ruiz went even further: \"The ferries should stop running.\"") ==
        Lines{"Ana Ruiz | went even further: | \"The ferries should stop running.\""});
  // The subject after an opening phrase and its comma.
  CHECK(AttributionLines("In a radio interview on Monday, Ana Ruiz went even further: “The ferries should stop "
                         "running.”") == Lines{"Ana Ruiz | went even further: | “The ferries should stop running.”"});
}

TEST_CASE("dq52: a pronoun or a role before the colon is the source", "[dq52]") {
  CHECK(AttributionLines("Ana Ruiz chairs the harbor council. She was blunt: “We will not pay the levy.”") ==
        Lines{"She | was blunt: | “We will not pay the levy.”"});
  CHECK(AttributionLines("The mayor was blunt: “We will not pay the levy.”") ==
        Lines{"The mayor | was blunt: | “We will not pay the levy.”"});
  // A possessive source before "answer was:" (PolNeAR's possessive sources).
  CHECK(AttributionLines("Ana Ruiz’s answer was: “We will not pay the levy.”") ==
        Lines{"Ana Ruiz’s | answer was: | “We will not pay the levy.”"});
}

// Guards: a speech verb, a tag after the quote, the writer's words after
// it, or no source before the colon read as before.
TEST_CASE("dq52: speech verbs, later tags and other colons are unchanged", "[dq52]") {
  CHECK(AttributionLines("Ana Ruiz said: “We will not pay the levy.”") ==
        Lines{"Ana Ruiz | said: | “We will not pay the levy.”"});
  CHECK(AttributionLines("Ana Ruiz was blunt: “We will not pay the levy,” she said.") ==
        Lines{"she | said | “We will not pay the levy,”"});
  CHECK(AttributionLines("The council had one rule for riders: no “free rides.”").empty());
  CHECK(AttributionLines("The harbor stayed quiet: “Closed for repairs.”").empty());
  // "there’s …" opens no subject; a document after "From" keeps its colon cue.
  CHECK(AttributionLines("Each year, there’s a vow many riders make: “We will walk instead.”") ==
        Lines{"- | - | “We will walk instead.”"});
  CHECK(AttributionLines("From the report: “Ferry use fell by a third.”") ==
        Lines{"the report | : | “Ferry use fell by a third.”"});
  // A quote that runs past its sentence to a tag of its own.
  CHECK(AttributionLines("Ana Ruiz was blunt: “We will not pay. The fee is unfair,” she told reporters.") ==
        Lines{"she | told | “We will not pay. The fee is unfair,”"});
}
