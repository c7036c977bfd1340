// Right edges of long object contents, fortieth round (branch content48).
// TrailingAdjunctTrim ends a short object content (at most seven words)
// before the channel of the statement ("praised the plan in a tweet"); a
// longer object ran on through it ("expressed her support for the many
// families who moved … in an interview with a local paper"). PolNeAR leaves
// the channel out of the content whatever the object's length, so a manner
// phrase with a determiner or possessive that closes the content (alone,
// before a time phrase, or before a phrase of "with", "at", "on", "in",
// "ahead of" or "following" with no clause in it) now ends it too
// (LongObjectMannerTrim). Guards: a cue whose content is a clause, a
// content with "that" or a cue of its own, and one with a subject pronoun.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AttributionLines;

TEST_CASE("content48: a long object content ends before the channel of the statement", "[content48]") {
  // A phrase of "with" after the channel.
  CHECK(AttributionLines("Ana Ruiz expressed her support for the many families who moved to the harbor town in "
                     "search of work in an interview with a local paper.") ==
        std::vector<std::string>{"Ana Ruiz | expressed | her support for the many families who moved to the harbor "
                                 "town in search of work"});
  // A phrase of "at" after the channel.
  CHECK(AttributionLines("Tom Beck decried the slow repair of the ferry clinic on the north shore during a speech at "
                     "the harbor festival.") ==
        std::vector<std::string>{"Tom Beck | decried | the slow repair of the ferry clinic on the north shore"});
  // The channel alone.
  CHECK(AttributionLines("Tom Beck urged a larger role for the harbor board in the port budget at the annual "
                     "fisheries conference.") ==
        std::vector<std::string>{"Tom Beck | urged | a larger role for the harbor board in the port budget"});
  // A time phrase after the channel.
  CHECK(AttributionLines("Ana Ruiz voiced her support for the crew and its work on the new ferry line in a post on "
                     "Sunday.") ==
        std::vector<std::string>{"Ana Ruiz | voiced | her support for the crew and its work on the new ferry line"});
}

TEST_CASE("content48: guards, a clause content keeps the phrase", "[content48]") {
  // A cue whose content is a clause without "that" (list clause-cues).
  CHECK(AttributionLines("Ana Ruiz said the board would approve the new ferry line next spring in an interview.") ==
        std::vector<std::string>{
            "Ana Ruiz | said | the board would approve the new ferry line next spring in an interview"});
  // "that" and a cue inside the content: the phrase may be the inner cue's.
  CHECK(AttributionLines("Tom Beck cited reports that the pilot said in a radio call from the bridge that the ferry "
                     "was late.")
            .front() == "Tom Beck | cited | reports that the pilot said in a radio call from the bridge that the "
                        "ferry was late");
  // A subject pronoun: a clause of its own inside the content.
  CHECK(AttributionLines("Ana Ruiz decided not to run for the board and she did well in the first council debate.") ==
        std::vector<std::string>{
            "Ana Ruiz | decided | not to run for the board and she did well in the first council debate"});
  // A phrase of "in" that names no channel.
  CHECK(AttributionLines("Tom Beck praised the new ferry schedule for the north shore and its lower fares in the "
                     "spring.") ==
        std::vector<std::string>{
            "Tom Beck | praised | the new ferry schedule for the north shore and its lower fares in the spring"});
}
