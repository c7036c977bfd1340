// Cues PolNeAR marks that no predicted cue reached (twenty-seventh round,
// branch cue33). "Asked whether …" opening a sentence right after a quote
// that ends with a period, in the same paragraph, is the writer's question
// cue; a quoted question with the tag after it ("“…?” Asked the boy")
// stays that quote's tag.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;

TEST_CASE("Asked opening a sentence after a quote closed by a period is a question cue", "[cue33]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "“The harbor needs the money,” Mara Quill said. “The boats are old.” "
      "Asked whether she would raise the levy again, she said she had no plans to do so.\n");
  auto asked = SeenWithCue(r, "Asked");
  CHECK(asked.source == "<none>");
  REQUIRE(asked.content.size() == 1);
  CHECK(asked.content[0] == "whether she would raise the levy again");
}

TEST_CASE("Asked after a quote closed by a question mark stays the tag of that quote", "[cue33]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "“Will the boats run at night?” Asked the ferry clerk, nodding toward the pier.\n");
  auto asked = SeenWithCue(r, "Asked");
  CHECK(asked.source == "the ferry clerk");
  REQUIRE(asked.content.size() == 1);
  CHECK(asked.content[0] == "“Will the boats run at night?”");
}

// "reportedly" (list hedge-cues): a cue of its own with no source, the
// clause around it the content, auxiliaries included; before a cue word it
// stays in that cue's verb group.
TEST_CASE("reportedly before what it hedges is a cue with no source", "[cue33]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "The harbor fund is reportedly spending two million on radio ads.\n");
  auto rep = SeenWithCue(r, "reportedly");
  CHECK(rep.source == "<none>");
  REQUIRE(rep.content.size() == 2);
  CHECK(rep.content[0] == "The harbor fund is");
  CHECK(rep.content[1] == "spending two million on radio ads");
}

TEST_CASE("reportedly before a cue word stays in that cue", "[cue33]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Mara Quill reportedly said the levy was unfair.\n");
  CHECK(SeenWithCue(r, "reportedly").source == "<no attribution>");
  auto said = SeenWithCue(r, "reportedly said");
  CHECK(said.source == "Mara Quill");
  REQUIRE(said.content.size() == 1);
  CHECK(said.content[0] == "the levy was unfair");
}
