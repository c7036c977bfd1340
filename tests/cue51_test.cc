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

// A speaker's verb of reported speech nested in what "according to" gives to
// an outlet, a record or a poll: PolNeAR marks the outer attribution alone.

TEST_CASE("cue51: told with a that-clause before according to is no cue of its own", "[cue51]") {
  auto r = AuditText(std::string(kHead) +
                     "Councillor Ana Ruiz told aides that the levy would pass, according to the Harbor Times.\n");
  CHECK_FALSE(HasCue(r, "told"));
  auto a = SeenWithCue(r, "according to");
  CHECK(a.source == "the Harbor Times");
}

TEST_CASE("cue51: said after According to and a comma is no cue of its own", "[cue51]") {
  auto r = AuditText(std::string(kHead) + "According to the Harbor Times, Ana Ruiz said the levy would pass in May.\n");
  CHECK_FALSE(HasCue(r, "said"));
  CHECK(HasCue(r, "According to"));
  auto p = AuditText(std::string(kHead) +
                     "According to a survey by the Harbor Times, most islanders said they opposed the levy.\n");
  CHECK_FALSE(HasCue(p, "said"));
}

TEST_CASE("cue51: guards, a quote's verb before according to and a plain that-clause stay", "[cue51]") {
  auto q = AuditText(std::string(kHead) + "“The levy will pass,” Ana Ruiz said, according to the Harbor Times.\n");
  CHECK(HasCue(q, "said"));
  CHECK(HasCue(q, "according to"));
  CHECK(CalledIsCue("Ana Ruiz said that the levy would pass after a long debate.", "said"));
}
