// A second predicate of the source after an object content (twenty-third
// round, branch content29): "denied the charges and counter-accused her",
// "vowed to keep the clinic open and celebrated the ruling" — what the
// source did next is outside the content (PolNeAR). A clause content keeps
// its own coordinated verbs, and an adjunct in -ed before a noun is no verb.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;

using Seen = onrecord::testing::SeenAttribution;

TEST_CASE("an object content ends before the source's next predicate", "[content29]") {
  auto r = AuditText(
      "Mara Quill denied the allegations and walked out of the hearing.\n\n"
      "Tomas Brell has praised the new ferry contract and has since moved to Lisbon.\n\n"
      "Ines Varga has railed against the bridge tolls and she plans a run for mayor.\n");
  const Seen a = SeenWithCue(r, "denied");
  CHECK(a.source == "Mara Quill");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "the allegations");
  const Seen b = SeenWithCue(r, "has praised");
  REQUIRE(b.content.size() == 1);
  CHECK(b.content[0] == "the new ferry contract");
  const Seen c = SeenWithCue(r, "has railed against");
  REQUIRE(c.content.size() == 1);
  CHECK(c.content[0] == "the bridge tolls");
}

TEST_CASE("an infinitive content ends before the source's next predicate", "[content29]") {
  auto r = AuditText("The harbor board has vowed to keep the night ferry running and hired twelve new pilots.\n");
  const Seen a = SeenWithCue(r, "has vowed");
  CHECK(a.source == "The harbor board");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "to keep the night ferry running");
}

TEST_CASE("a clause content and a coordinated adjective keep their words", "[content29]") {
  auto r = AuditText(
      "Mara Quill said she visited the harbor and walked to the pier.\n\n"
      "Tomas Brell praised the new ferries and improved bus routes.\n");
  const Seen a = SeenWithCue(r, "said");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "she visited the harbor and walked to the pier");
  const Seen b = SeenWithCue(r, "praised");
  REQUIRE(b.content.size() == 1);
  CHECK(b.content[0] == "the new ferries and improved bus routes");
}

TEST_CASE("an object content ends before a clause with a subject of its own", "[content29]") {
  auto r = AuditText(
      "Mara Quill has railed against the levy and the harbor board could not find a buyer for the ferry.\n");
  const Seen a = SeenWithCue(r, "has railed against");
  CHECK(a.source == "Mara Quill");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "the levy");
}
