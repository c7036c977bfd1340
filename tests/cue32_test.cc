// Cues PolNeAR marks that no predicted cue reached (twenty-sixth round,
// branch cue32). A verb of speech in the progressive ("has been saying",
// "are warning", "would be asking") is active: "be" or "been" before it
// blocks no cue, and a subject no list knows is its source.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;

TEST_CASE("a progressive verb of speech after a subject no list knows is active", "[cue32]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "The levy is unpopular. Shopkeepers are saying that the fare rise will ruin them.\n\n"
      "Ferry riders have been warning that the night boat will close.\n");
  auto saying = SeenWithCue(r, "are saying");
  CHECK(saying.source == "Shopkeepers");
  REQUIRE(saying.content.size() == 1);
  CHECK(saying.content[0] == "that the fare rise will ruin them");
  auto warning = SeenWithCue(r, "have been warning");
  CHECK(warning.source == "Ferry riders");
  REQUIRE(warning.content.size() == 1);
  CHECK(warning.content[0] == "that the night boat will close");
}

TEST_CASE("a verb of speech after been or be and a present participle is a cue", "[cue32]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Mara Quill has been arguing that the levy is too high. "
      "She would be asking the council to drop it, her aide said.\n");
  auto arguing = SeenWithCue(r, "has been arguing");
  CHECK(arguing.source == "Mara Quill");
  REQUIRE(arguing.content.size() == 1);
  CHECK(arguing.content[0] == "that the levy is too high");
  CHECK(SeenWithCue(r, "would be asking").source == "She");
}

TEST_CASE("a passive verb of speech after a subject no list knows still has no source", "[cue32]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "The ferry schedules were announced on Monday by the port.\n");
  CHECK(SeenWithCue(r, "were announced").source != "The ferry schedules");
}

TEST_CASE("the object of a verb of causing is the source of to and a cue word after it", "[cue32]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "The sudden vote left many riders to wonder whether the night boat will run. "
      "The delay led some councillors to argue that the levy was rushed.\n");
  auto wonder = SeenWithCue(r, "to wonder");
  CHECK(wonder.source == "many riders");
  REQUIRE(wonder.content.size() == 1);
  CHECK(wonder.content[0] == "whether the night boat will run");
  auto argue = SeenWithCue(r, "to argue");
  CHECK(argue.source == "some councillors");
  REQUIRE(argue.content.size() == 1);
  CHECK(argue.content[0] == "that the levy was rushed");
}

TEST_CASE("an agent after a verb of causing and to before a verb give no cue", "[cue32]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "The protest was spurred by the council's refusal to discuss the levy.\n");
  CHECK(SeenWithCue(r, "to discuss").source == "<no attribution>");
}
