// Intentions (fifteenth round, branch cueinf16): a verb of intent or
// decision before an infinitive ("The harbor board plans to close the
// office", "Lee decided not to run", "Hale would like to see it repealed")
// is an attribution as PolNeAR marks it: the subject is the source, the verb
// the cue and the infinitive, "to" included, the content. Nothing is
// reported as said, so it sources nothing: level 0, in no share, no
// anonymous source, no finding. Elsewhere the verb is no cue ("plans a new
// park", "offered a defense", "Lee's plan to"). List intent-cues.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AnyCue;
using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;

using Seen = onrecord::testing::SeenAttribution;

TEST_CASE("a verb of intent is a cue only before an infinitive, which is its content", "[cueinf16]") {
  auto r = AuditText("The harbor board plans to close the ferry office next spring.\n");
  const Seen s = SeenWithCue(r, "plans");
  CHECK(s.source == "The harbor board");
  REQUIRE(s.content.size() == 1);
  CHECK(s.content[0] == "to close the ferry office next spring");
  // Without the infinitive, or as a noun, the verb is no cue.
  auto r2 = AuditText(
      "The council plans a new park by the river.\n\n"
      "Ana Ruiz offered a spirited defense of the levy.\n\n"
      "The city\xE2\x80\x99s plan to widen the road was dropped.\n\n"
      "The board came back with plans to widen the road.\n\n"
      "Piet Vos offered to the board a list of names.\n");
  CHECK_FALSE(AnyCue(r2, "plans"));
  CHECK_FALSE(AnyCue(r2, "plan"));
  CHECK_FALSE(AnyCue(r2, "offered"));
}

TEST_CASE("a decision and a wish before an infinitive are intentions", "[cueinf16]") {
  auto r = AuditText(
      "Mayor Ann Lee decided to sell the old ferry last winter.\n\n"
      "Tom Hale would like to see the harbor levy repealed.\n");
  const Seen d = SeenWithCue(r, "decided");
  CHECK(d.source == "Mayor Ann Lee");
  REQUIRE(d.content.size() == 1);
  CHECK(d.content[0] == "to sell the old ferry last winter");
  const Seen w = SeenWithCue(r, "would like");
  CHECK(w.source == "Tom Hale");
  REQUIRE(w.content.size() == 1);
  CHECK(w.content[0] == "to see the harbor levy repealed");
  auto n = AuditText("Ana Ruiz decided not to seek a second term on the harbor board.\n");
  CHECK(SeenWithCue(n, "decided").source == "Ana Ruiz");
}

TEST_CASE("an intention sources nothing and counts in no share", "[cueinf16]") {
  auto r = AuditText(
      "Mayor Ann Lee said the levy was fair.\n\n"
      "A senior harbor official plans to resign after the vote.\n");
  const Seen s = SeenWithCue(r, "plans");
  CHECK(s.source == "A senior harbor official");
  CHECK(s.level == 0);
  for (const auto& a : r.attributions) {
    if (a.cue && a.cue->text == "plans") CHECK(a.source_id == -1);
  }
  CHECK(r.score.attributions == 1);
  CHECK(r.score.named_share == 1.0);
  CHECK(r.anonymous_sources.empty());
  for (const auto& f : r.findings) CHECK(f.rule.find("anonymous") == std::string::npos);
}
