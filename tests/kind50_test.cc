// Predicted speech nested in another source's content (forty-second round,
// branch kind50): in "Ana Ruiz said she expected that voters will tell the
// council “no”", the voters' telling is Ruiz's prediction, part of what she
// said, not a second source of the article. PolNeAR marks only the outermost
// attribution (guidelines, "No nested attributions"), and design §4 counts
// the sources the article cites; a cue whose verb group holds a modal
// ("will tell", "would say", "can say"; list `modals`) inside the reported
// clause of a cue before it in its sentence is now dropped also where the
// sentence holds a quote (a cue of speech inside another's clause was kept
// there, since a quote's own cue may follow the words it ends).
#include <string>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AnyCue;
using onrecord::testing::AnySourceText;
using onrecord::testing::AuditText;
using onrecord::testing::SourceOfCue;

TEST_CASE("kind50: a predicted group speech inside a named source's clause is no source", "[kind50]") {
  auto r = AuditText("Mayor Ana Ruiz said she expected that voters will tell the council “enough” in May.\n");
  CHECK(SourceOfCue(r, "said") == "Mayor Ana Ruiz");
  CHECK_FALSE(AnyCue(r, "will tell"));
  CHECK_FALSE(AnySourceText(r, "voters"));
  CHECK(r.score.unattributed_quotes == 0);
  CHECK(r.score.anonymous_share == 0.0);
}

TEST_CASE("kind50: a named speaker's prediction of another's words is no attribution", "[kind50]") {
  auto r = AuditText("Ana Ruiz said that Tom Hale will tell the council “no”.\n");
  CHECK(SourceOfCue(r, "said") == "Ana Ruiz");
  CHECK_FALSE(AnyCue(r, "will tell"));
}

TEST_CASE("kind50: guards, a speech announced ahead and a cue inside a quote keep their sources", "[kind50]") {
  // The speaker of a quote whose cue follows it, with a modal (a speech to
  // come, from excerpts): no cue before it in the sentence.
  auto a = AuditText("“We are ready,” the mayor will say, according to excerpts released by her office.\n");
  CHECK(SourceOfCue(a, "will say") == "the mayor");
  // A cue inside a direct quote, its quote's cue after it.
  auto b = AuditText("“Then Hale can say ‘I won the harbor vote,’” said Ana Ruiz.\n");
  CHECK(SourceOfCue(b, "said") == "Ana Ruiz");
  CHECK(SourceOfCue(b, "can say") == "Hale");
  // A modal cue of its own sentence.
  auto c = AuditText("Tom Hale will say on Monday that the levy is fair.\n");
  CHECK(SourceOfCue(c, "will say") == "Tom Hale");
}
