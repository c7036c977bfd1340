// "called" as a telephone call (forty-third round, branch cue51): a subject
// calls someone (a pronoun, a name, "both candidates") and the sentence goes
// on with an errand that is no speech ("to set up a meeting"), a time
// ("shortly after the vote", "Tuesday night", "back"), "into" a show, or
// ends ("Tomas Elden called."). Nothing said is reported, and PolNeAR marks
// no cue there. "called X a liar", "called him to congratulate him" (a speech
// act the corpus marks) and the passive naming "is called Sea Star" stay.
#include <string>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::HasCue;
using onrecord::testing::SeenWithCue;

namespace {

constexpr const char *kHead = "Harbor council weighs a ferry levy.\n\n";

bool CalledIsCue(const std::string &sentence, const std::string &cue = "called") {
  return HasCue(AuditText(std::string(kHead) + sentence + "\n"), cue);
}

} // namespace

TEST_CASE("cue51: a call followed by a time is no cue", "[cue51]") {
  CHECK_FALSE(CalledIsCue("Mayor Ana Ruiz called Tomas Elden shortly after the vote."));
  CHECK_FALSE(CalledIsCue("The treasurer, who called Ana Ruiz after the count, stayed home."));
  CHECK_FALSE(CalledIsCue("Ana Ruiz called both candidates Tuesday night."));
}

TEST_CASE("cue51: a call with an errand, into a show, or with nothing after it is no cue", "[cue51]") {
  CHECK_FALSE(CalledIsCue("She called him to set up a meeting on the pier."));
  CHECK_FALSE(CalledIsCue("Ana Ruiz called into a harbor radio show on Friday."));
  CHECK_FALSE(CalledIsCue("Later that week, Tomas Elden called."));
}

TEST_CASE("cue51: a call back leaves the speech cue after it alone", "[cue51]") {
  auto r = AuditText(std::string(kHead) + "Tomas Elden called her back and said the levy was unfair.\n");
  CHECK_FALSE(HasCue(r, "called"));
  auto a = SeenWithCue(r, "said");
  CHECK(a.source == "Tomas Elden");
}

TEST_CASE("cue51: guards, calling someone something and speech acts stay cues", "[cue51]") {
  CHECK(CalledIsCue("Ana Ruiz called Tomas Elden a liar."));
  CHECK(CalledIsCue("She called him to congratulate him on the vote."));
  CHECK(CalledIsCue("Ana Ruiz called the levy “a disgrace” after the vote."));
  CHECK(CalledIsCue("Ana Ruiz called on Tomas Elden to resign.", "called on"));
  CHECK(CalledIsCue("The new ferry is called Sea Star after a local song.", "is called"));
}

// fu51: a second cue51 rule dropped a speaker's verb after "According to
// X," and before ", according to X"; the later pronoun's quote then lost its
// speaker. The rule was withdrawn; the verb and the speaker stay.
TEST_CASE("cue51: a speaker's verb beside according to stays, and so does the later quote's speaker", "[cue51]") {
  auto r = AuditText(std::string(kHead) +
                     "According to the Harbor Times, Elden told donors the levy was dead. "
                     "\xE2\x80\x9CWe will win,\xE2\x80\x9D he said.\n");
  CHECK(HasCue(r, "told"));
  auto said = SeenWithCue(r, "said");
  CHECK(said.who == "Elden");
  auto r2 = AuditText(std::string(kHead) + "According to the schedule, Lee said, the ferry leaves at noon.\n");
  CHECK(SeenWithCue(r2, "said").source == "Lee");
}
