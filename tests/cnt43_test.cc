// Cited claims of the thirty-sixth round (branch cnt43). A sentence that
// closes with ", according to X" reports X's account: PolNeAR marks that one
// attribution, whose content is the whole clause before it, and no
// attribution for a verb of the writer's inside that clause ("decided",
// "declined", "has backing"). A verb of speech there keeps its own
// attribution ("Officials say …, according to …" names an anonymous source),
// and so does a quote's speaker ("“…,” Ana Ruiz said, according to …").
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AttributionLines;

TEST_CASE("cnt43: a verb of the writer's inside a cited claim is no attribution", "[cnt43]") {
  CHECK(AttributionLines("The harbor board decided to delay the levy vote, according to two people at the meeting.") ==
        std::vector<std::string>{"two people at the meeting | according to | The harbor board decided to delay the "
                                 "levy vote"});
  CHECK(AttributionLines("The ferry company declined to renew the lease, according to filings seen by the Courier.") ==
        std::vector<std::string>{"filings seen by the Courier | according to | The ferry company declined to renew "
                                 "the lease"});
  CHECK(AttributionLines("Ana Ruiz has backing from 40 percent of voters, according to a harbor poll released Monday.") ==
        std::vector<std::string>{"a harbor poll released Monday | according to | Ana Ruiz has backing from 40 percent "
                                 "of voters"});
}

TEST_CASE("cnt43: guards, a verb of speech and a quote's speaker keep their attribution", "[cnt43]") {
  // A verb of speech inside the cited claim: its source is one of its own.
  CHECK(AttributionLines("Officials in Lowmoor say the ferry will stay docked, according to two people at the meeting.") ==
        std::vector<std::string>{
            "Officials in Lowmoor | say | the ferry will stay docked",
            "two people at the meeting | according to | Officials in Lowmoor say the ferry will stay docked"});
  // A quote's speaker stays the quote's speaker.
  CHECK(AttributionLines("“The pier stays closed,” Ana Ruiz said, according to the station.") ==
        std::vector<std::string>{"Ana Ruiz | said | “The pier stays closed,”",
                                 "the station | according to | “The pier stays closed,” Ana Ruiz said"});
  // "According to X, …" opening the sentence: unchanged.
  CHECK(AttributionLines("According to two people at the meeting, the harbor board decided to delay the levy vote.") ==
        std::vector<std::string>{"two people at the meeting | According to | the harbor board decided to delay the "
                                 "levy vote"});
}
