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

#include "test_util.h"

using onrecord::testing::AuditText;

namespace {

// "source | cue | content parts joined by ' || '" for every attribution of
// the sentence, in order.
std::vector<std::string> Attributions(const std::string& sentence) {
  auto r = AuditText("Harbor council weighs a ferry levy.\n\n" + sentence + "\n");
  std::vector<std::string> out;
  for (const auto& a : r.attributions) {
    std::string line =
        (a.source ? a.source->text : std::string("-")) + " | " + (a.cue ? a.cue->text : std::string("-")) + " |";
    std::string content;
    for (const auto& c : a.content) content += (content.empty() ? " " : " || ") + c.text;
    out.push_back(line + content);
  }
  return out;
}

}  // namespace

TEST_CASE("cnt44: an object content ends before a subordinate clause of the attribution event", "[cnt44]") {
  CHECK(Attributions("Tom Beck later walked back his remarks while speaking to reporters at the dock.") ==
        std::vector<std::string>{"Tom Beck | later walked back | his remarks"});
  CHECK(Attributions("Ana Ruiz lashed out at the ferry company after it canceled the morning run.") ==
        std::vector<std::string>{"Ana Ruiz | lashed out at | the ferry company"});
  CHECK(Attributions("The harbor board announced the new schedule after cutting two routes.") ==
        std::vector<std::string>{"The harbor board | announced | the new schedule"});
  CHECK(Attributions("Ana Ruiz declared her support despite the objections of her own party.") ==
        std::vector<std::string>{"Ana Ruiz | declared | her support"});
  CHECK(Attributions("Tom Beck announced the delay as he left the council chamber.") ==
        std::vector<std::string>{"Tom Beck | announced | the delay"});
  // A quote in the clause that another cue reports: that cue's, not this content's.
  CHECK(Attributions("Ana Ruiz walked back her remarks after the board called the plan “reckless.”") ==
        std::vector<std::string>{"Ana Ruiz | walked back | her remarks", "the board | called | the plan “reckless.”"});
}

TEST_CASE("cnt44: guards, a reported clause, if, because of, as before a noun phrase and a quote stay in", "[cnt44]") {
  CHECK(Attributions("Ana Ruiz said the levy would pass after the vote on Monday.") ==
        std::vector<std::string>{"Ana Ruiz | said | the levy would pass after the vote on Monday"});
  CHECK(Attributions("Tom Beck announced the delay because of the storm.") ==
        std::vector<std::string>{"Tom Beck | announced | the delay because of the storm"});
  CHECK(Attributions("Ana Ruiz announced the plan as a first step.") ==
        std::vector<std::string>{"Ana Ruiz | announced | the plan as a first step"});
  CHECK(Attributions("The harbor board announced the new schedule if the council agrees.") ==
        std::vector<std::string>{"The harbor board | announced | the new schedule if the council agrees"});
  // A quote in the clause with no cue of its own: the source's words, kept.
  CHECK(Attributions("Ana Ruiz announced the delay because the ferry had been “a sinking ship.”") ==
        std::vector<std::string>{"Ana Ruiz | announced | the delay because the ferry had been “a sinking ship.”"});
}

TEST_CASE("cnt44: a hedging cue's content goes on past and before a possessive noun phrase", "[cnt44]") {
  CHECK(Attributions("The harbor report seemed to capture how divided the council has become over the levy, and its "
                     "slow, costly and widely resented rollout.") ==
        std::vector<std::string>{"- | seemed | The harbor report || to capture how divided the council has become over "
                                 "the levy, and its slow, costly and widely resented rollout"});
  // A clause of its own after ", and its sponsors": the content ends before it.
  CHECK(Attributions("The harbor plan is expected to pass this week, and its sponsors are already counting votes.") ==
        std::vector<std::string>{"- | is expected | The harbor plan || to pass this week"});
}
