// Faults fresh users found last round (forty-sixth round, branch left54):
// a clause of time after the cue ("…, Okafor said as she left the hall")
// was taken for the content in place of the clause before the source; "My"
// opening a coordinated subject ("My son came home and told me …") was read
// as a name of its own.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AttributionLines;
using Lines = std::vector<std::string>;

TEST_CASE("left54: a clause of time after the cue is no content", "[left54]") {
  CHECK(AttributionLines("The levy will pass, Okafor said as she left the hall.") ==
        Lines{"Okafor | said | The levy will pass"});
  CHECK(AttributionLines("The levy will pass, the mayor said when the vote closed.") ==
        Lines{"the mayor | said | The levy will pass"});
}

TEST_CASE("left54: guards, what follows the cue stays the content where it may be what was said",
          "[left54]") {
  // No clause before the source: what follows the cue is read as before.
  CHECK(AttributionLines("Okafor said as she left the hall that the levy would pass.") ==
        Lines{"Okafor | said | as she left the hall that the levy would pass"});
  // A phrase of time, as before.
  CHECK(AttributionLines("The levy will pass, Okafor said after the vote.") ==
        Lines{"Okafor | said | The levy will pass"});
  // A "that" after the clause of time may open what was said: left as before.
  CHECK(AttributionLines("The ferries were late, Okafor said when asked that the levy would pass.") ==
        Lines{"Okafor | said | when asked that the levy would pass"});
}

TEST_CASE("left54: My opens a noun phrase, no name of its own", "[left54]") {
  CHECK(AttributionLines("My son came home and told me the levy had passed.") ==
        Lines{"My son | told | the levy had passed"});
  const auto nested = AttributionLines("“My son came home and told me, ‘The levy passed,’” Ana Ruiz said.");
  REQUIRE(nested.size() == 2);
  CHECK(nested[1] == "My son | told | ‘The levy passed,’");
  // As before: "Our" and "Her" were already read so.
  CHECK(AttributionLines("Our son came home and told me the levy had passed.") ==
        Lines{"Our son | told | the levy had passed"});
}

TEST_CASE("left54: guard, a relative pronoun stays the source as PolNeAR marks it", "[left54]") {
  // PolNeAR marks "who" itself as the source of "who said" (444 gold
  // sources in the train split are the word "who").
  const auto lines = AttributionLines("The voters who said they were undecided left early.");
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].rfind("who | said |", 0) == 0);
}
