// Cue constructions still missed (forty-second round, branch verb50).
// "Officials responded to the criticism by saying …": "responded to" is a
// verb of refusing (list refusal-cues) that reports nothing unless negated,
// and was dropped; yet its reading of a reported clause ("the criticism by
// saying …") had already hidden the gerund cue after "by", so the sentence
// had no attribution at all. Such a dropped refusal of two words now hides
// no cue after it.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "attribution_util.h"

using onrecord::testing::AttributionLines;

// (Since join52 the verb of responding and the gerund are one cue, as for
// "responded on Monday to the criticism by saying" and as PolNeAR marks "has
// responded to criticism … by pointing to"; the gerund's content and the
// source are as before.)
TEST_CASE("verb50: a gerund cue after by is not hidden by a verb of responding that reports nothing", "[verb50]") {
  CHECK(AttributionLines("Officials responded to the criticism by saying the budget was balanced.") ==
        std::vector<std::string>{"Officials | responded to the criticism by saying | the budget was balanced"});
  CHECK(AttributionLines("The senator responded to the report by insisting that the numbers were wrong.") ==
        std::vector<std::string>{"The senator | responded to the report by insisting | that the numbers were wrong"});
}

TEST_CASE("verb50: guards - refusals, hedges and non-cues keep their reading", "[verb50]") {
  // A negated refusal still reports what went unanswered.
  CHECK(AttributionLines("Officials did not respond to the criticism.") ==
        std::vector<std::string>{"Officials | did not respond to | the criticism"});
  // A response that is no speech reports nothing, with or without "by".
  CHECK(AttributionLines("The council responded to the flood by building a wall.").empty());
  CHECK(AttributionLines("The council responded to the flood.").empty());
  // A participle after a comma takes the subject, as before.
  CHECK(AttributionLines("Tom Bell responded to the letter, saying the ballots were counted.") ==
        std::vector<std::string>{"Tom Bell | saying | the ballots were counted"});
  // A refusal that is one keeps its gerund after "by" too.
  CHECK(AttributionLines("Officials declined to comment on the report by saying the numbers were old.") ==
        std::vector<std::string>{"Officials | declined | to comment on the report",
                                 "Officials | saying | the numbers were old"});
  // A hedge outside its frame ("appeared on television") or a refusal of
  // one word with no "to" still hides what its words run over.
  CHECK(AttributionLines("The mayor appeared on television by saying the numbers were old.").empty());
}
