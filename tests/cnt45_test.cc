// Right edges of contents, thirty-eighth round (branch cnt45).
// cnt44 ends an object content before a subordinate clause of the
// attribution event ("walked back his remarks after the board voted").
// "before", "after", "since" and "until" are prepositions too: after the
// verb of an infinitive in the content ("urged Tom Beck to testify before
// the harbor council") with a noun phrase and no clause after them, they
// belong to that verb and the content keeps them. A clause after them (a
// subject and a finite verb, a verb in -ing, or another subordinator) is
// still the event's adjunct and is cut.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AttributionLines;

TEST_CASE("cnt45: a preposition after an infinitive's verb stays in the content", "[cnt45]") {
  CHECK(AttributionLines("Ana Ruiz urged Tom Beck to testify before the harbor council.") ==
        std::vector<std::string>{"Ana Ruiz | urged | Tom Beck to testify before the harbor council"});
  CHECK(AttributionLines("Ana Ruiz asked the board to wait until the end of the season.") ==
        std::vector<std::string>{"Ana Ruiz | asked | the board to wait until the end of the season"});
  CHECK(AttributionLines("Tom Beck asked the crew to stay after the last ferry run.") ==
        std::vector<std::string>{"Tom Beck | asked | the crew to stay after the last ferry run"});
}

TEST_CASE("cnt45: guards, a clause after the subordinator and a noun before it are still cut", "[cnt45]") {
  // A subject pronoun and a verb.
  CHECK(AttributionLines("Ana Ruiz urged the board to act before it loses the grant.") ==
        std::vector<std::string>{"Ana Ruiz | urged | the board to act"});
  CHECK(AttributionLines("Ana Ruiz urged the board to decide before we lose the grant.") ==
        std::vector<std::string>{"Ana Ruiz | urged | the board to decide"});
  CHECK(AttributionLines("Ana Ruiz called on Tom Beck to resign since he had misled the council.") ==
        std::vector<std::string>{"Ana Ruiz | called on | Tom Beck to resign"});
  CHECK(AttributionLines("Ana Ruiz urged Tom Beck to resign after the ferry capsized.") ==
        std::vector<std::string>{"Ana Ruiz | urged | Tom Beck to resign"});
  // Another subordinator: "until after the vote".
  CHECK(AttributionLines("Tom Beck asked the board to stay until after the vote.") ==
        std::vector<std::string>{"Tom Beck | asked | the board to stay"});
  // A noun phrase after an object noun: the event's time, cut as before.
  CHECK(AttributionLines("Ana Ruiz praised the ferry crew after the storm.") ==
        std::vector<std::string>{"Ana Ruiz | praised | the ferry crew"});
}
