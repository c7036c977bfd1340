// Right edges of contents, thirty-seventh round (branch cnt44).
// An object content ("walked back his remarks", "announced the new
// schedule") ends before a subordinate clause that tells when or why the
// source spoke ("after cutting two routes", "while speaking to reporters",
// "despite the objections …"): PolNeAR marks such a clause outside the
// content, as it does a trailing time or manner phrase. A clause after a
// verb of saying stays in ("said the levy would pass after the vote"), and
// so do "if", "because of" and "as" before a noun phrase. A passive or
// hedging cue's content goes on past ", and" before a possessive noun phrase
// with no verb of its own.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AttributionLines;

TEST_CASE("cnt44: an object content ends before a subordinate clause of the attribution event", "[cnt44]") {
  CHECK(AttributionLines("Tom Beck later walked back his remarks while speaking to reporters at the dock.") ==
        std::vector<std::string>{"Tom Beck | later walked back | his remarks"});
  CHECK(AttributionLines("Ana Ruiz lashed out at the ferry company after it canceled the morning run.") ==
        std::vector<std::string>{"Ana Ruiz | lashed out at | the ferry company"});
  CHECK(AttributionLines("The harbor board announced the new schedule after cutting two routes.") ==
        std::vector<std::string>{"The harbor board | announced | the new schedule"});
  CHECK(AttributionLines("Ana Ruiz declared her support despite the objections of her own party.") ==
        std::vector<std::string>{"Ana Ruiz | declared | her support"});
  CHECK(AttributionLines("Tom Beck announced the delay as he left the council chamber.") ==
        std::vector<std::string>{"Tom Beck | announced | the delay"});
  // A quote in the clause that another cue reports: that cue's, not this content's.
  CHECK(AttributionLines("Ana Ruiz walked back her remarks after the board called the plan “reckless.”") ==
        std::vector<std::string>{"Ana Ruiz | walked back | her remarks", "the board | called | the plan “reckless.”"});
}

TEST_CASE("cnt44: guards, a reported clause, if, because of, as before a noun phrase and a quote stay in", "[cnt44]") {
  CHECK(AttributionLines("Ana Ruiz said the levy would pass after the vote on Monday.") ==
        std::vector<std::string>{"Ana Ruiz | said | the levy would pass after the vote on Monday"});
  CHECK(AttributionLines("Tom Beck announced the delay because of the storm.") ==
        std::vector<std::string>{"Tom Beck | announced | the delay because of the storm"});
  CHECK(AttributionLines("Ana Ruiz announced the plan as a first step.") ==
        std::vector<std::string>{"Ana Ruiz | announced | the plan as a first step"});
  CHECK(AttributionLines("The harbor board announced the new schedule if the council agrees.") ==
        std::vector<std::string>{"The harbor board | announced | the new schedule if the council agrees"});
  // A quote in the clause with no cue of its own: the source's words, kept.
  CHECK(AttributionLines("Ana Ruiz announced the delay because the ferry had been “a sinking ship.”") ==
        std::vector<std::string>{"Ana Ruiz | announced | the delay because the ferry had been “a sinking ship.”"});
}

TEST_CASE("cnt44: a hedging cue's content goes on past and before a possessive noun phrase", "[cnt44]") {
  CHECK(AttributionLines("The harbor report seemed to capture how divided the council has become over the levy, and its "
                     "slow, costly and widely resented rollout.") ==
        std::vector<std::string>{"- | seemed | The harbor report || to capture how divided the council has become over "
                                 "the levy, and its slow, costly and widely resented rollout"});
  // A clause of its own after ", and its sponsors": the content ends before it.
  CHECK(AttributionLines("The harbor plan is expected to pass this week, and its sponsors are already counting votes.") ==
        std::vector<std::string>{"- | is expected | The harbor plan || to pass this week"});
}
