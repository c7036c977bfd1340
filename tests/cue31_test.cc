// Cues PolNeAR marks that no predicted cue reached (twenty-fifth round,
// branch cue31). A cue verb whose subject is a relative "that" or "which"
// after a thing ("a new ad that urges voters to …", "a message that said,
// “…”"): the relative word is the source as written, the thing before it
// the source resolved. A relative clause inside another cue's content, a
// passive ("a clip that was discussed") and a noun after "that" ("that
// support is fading") give no attribution.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;

TEST_CASE("a cue after a relative that or which about a thing is an attribution", "[cue31]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "The ferry union is running a new radio ad that urges voters in the islands to back the levy. "
      "Riders waved small flags that said, \xE2\x80\x9C" "Ferries for all.\xE2\x80\x9D\n\n"
      "Harbor Watch, a small group which has long backed a night ferry, sent a letter to the port.\n");
  auto urges = SeenWithCue(r, "urges");
  CHECK(urges.source == "that");
  REQUIRE(urges.content.size() == 1);
  CHECK(urges.content[0] == "voters in the islands to back the levy");
  auto said = SeenWithCue(r, "said");
  CHECK(said.source == "that");
  REQUIRE(said.content.size() == 1);
  CHECK(said.content[0] == "\xE2\x80\x9C" "Ferries for all.\xE2\x80\x9D");
  auto backed = SeenWithCue(r, "has long backed");
  CHECK(backed.source == "which");
  REQUIRE(backed.content.size() == 1);
  CHECK(backed.content[0] == "a night ferry");
}

TEST_CASE("a passive, a noun after that and a clause inside a content give no relative attribution", "[cue31]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "In a clip that was discussed at length, the port director walked the pier. "
      "Ana Ruiz won the ward, but the council knows that support is fading.\n\n"
      "Mara Quill said the council wants a levy that favors island families.\n");
  CHECK(SeenWithCue(r, "was discussed").source == "<no attribution>");
  CHECK(SeenWithCue(r, "discussed").source == "<no attribution>");
  CHECK(SeenWithCue(r, "support").source == "<no attribution>");
  CHECK(SeenWithCue(r, "favors").source == "<no attribution>");
  CHECK(SeenWithCue(r, "said").source == "Mara Quill");
}

TEST_CASE("a cue after a name and a comma which is an attribution of the name", "[cue31]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "The levy drew fire from Harbor Freight Lines, which opposed the plan at the hearing.\n");
  auto opposed = SeenWithCue(r, "opposed");
  CHECK(opposed.source == "which");
  REQUIRE(opposed.content.size() == 1);
  CHECK(opposed.content[0] == "the plan");
}
