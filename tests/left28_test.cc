// Where a content starts after a verb of telling (twenty-second round,
// branch left28): the addressee of "told", "assured", "tells", a phrase with
// no verb of its own before a clause opened by a subject pronoun, or a name
// with a place set off by commas before "that", is neither cue nor content,
// on PolNeAR's conventions.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;

using Seen = onrecord::testing::SeenAttribution;

TEST_CASE("an addressee with a determiner before a subject pronoun is no content", "[left28]") {
  auto r = AuditText(
      "Mara Quill told the harbor crowd she would reopen the ferry pier.\n\n"
      "Tomas Vell assured his audience they would get a vote on the levy.\n");
  const Seen a = SeenWithCue(r, "told");
  CHECK(a.source == "Mara Quill");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "she would reopen the ferry pier");
  const Seen b = SeenWithCue(r, "assured");
  CHECK(b.source == "Tomas Vell");
  REQUIRE(b.content.size() == 1);
  CHECK(b.content[0] == "they would get a vote on the levy");
}

TEST_CASE("a bare plural addressee and a comma before the pronoun are no content", "[left28]") {
  auto r = AuditText(
      "The mayor tells ferry riders in Dunmore he will lower the fares.\n\n"
      "And Edda Rusk told the council, she is not leaving the board.\n");
  const Seen a = SeenWithCue(r, "tells");
  CHECK(a.source == "The mayor");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "he will lower the fares");
  const Seen b = SeenWithCue(r, "told");
  CHECK(b.source == "Edda Rusk");
  REQUIRE(b.content.size() == 1);
  CHECK(b.content[0] == "she is not leaving the board");
}

TEST_CASE("an addressee phrase with a clause of its own stays in the content", "[left28]") {
  auto r = AuditText("Mara Quill told the story of how she built the pier.\n");
  const Seen a = SeenWithCue(r, "told");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0].find("she built the pier") != std::string::npos);
  CHECK(a.content[0] != "she built the pier");
}

TEST_CASE("an addressee with a place set off by commas ends at that", "[left28]") {
  auto r = AuditText("Tomas Vell told ferry riders in Dunmore, Maine, that the pier would reopen in May.\n");
  const Seen a = SeenWithCue(r, "told");
  CHECK(a.source == "Tomas Vell");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "that the pier would reopen in May");
}

TEST_CASE("a bare plural or a long phrase asked before the question word is no content", "[left28]") {
  auto r = AuditText(
      "Edda Rusk asked workers if they planned to strike.\n\n"
      "Tomas Vell asked the longtime Democratic harbor commissioner of Dunmore whether the pier was safe.\n");
  const Seen a = SeenWithCue(r, "asked");
  CHECK(a.source == "Edda Rusk");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "if they planned to strike");
  auto r2 = AuditText("Tomas Vell asked the longtime Democratic harbor commissioner of Dunmore whether the pier was safe.\n");
  const Seen b = SeenWithCue(r2, "asked");
  CHECK(b.source == "Tomas Vell");
  REQUIRE(b.content.size() == 1);
  CHECK(b.content[0] == "whether the pier was safe");
}

TEST_CASE("questions asked about something stay in the content", "[left28]") {
  auto r = AuditText("Edda Rusk asked questions about the levy.\n");
  const Seen a = SeenWithCue(r, "asked");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "questions about the levy");
}
