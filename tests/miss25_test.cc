// Cues the engine never found (nineteenth round, branch miss25): a verb of
// seeming or a passive cue whose subject is set off from its verb group by
// a phrase between commas, on PolNeAR's conventions (no source; the
// subject, then what follows the verb, is the content).
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenAttributions;
using onrecord::testing::SeenWithCue;

using Seen = onrecord::testing::SeenAttribution;

TEST_CASE("a hedge keeps its subject across a parenthetical word set off by commas", "[miss25]") {
  auto r = AuditText("The ferry plan, however, seems unlikely to pass the harbor council.\n");
  const Seen a = SeenWithCue(r, "seems");
  CHECK(a.source == "<none>");
  REQUIRE(a.content.size() == 2);
  CHECK(a.content[0] == "The ferry plan, however,");
  CHECK(a.content[1] == "unlikely to pass the harbor council");
}

TEST_CASE("a hedge keeps its subject but not a participle or time phrase set off by commas", "[miss25]") {
  auto r = AuditText(
      "The new pier board, headed by Ana Ruiz, seems ready to raise the levy.\n\n"
      "The island economy, until recently, seemed immune to the storms.\n");
  const Seen a = SeenWithCue(r, "seems");
  CHECK(a.source == "<none>");
  REQUIRE(a.content.size() == 2);
  CHECK(a.content[0] == "The new pier board");
  CHECK(a.content[1] == "ready to raise the levy");
  const Seen b = SeenWithCue(r, "seemed");
  REQUIRE(b.content.size() == 2);
  CHECK(b.content[0] == "The island economy");
  CHECK(b.content[1] == "immune to the storms");
}

TEST_CASE("a passive cue keeps its subject across a relative clause set off by commas", "[miss25]") {
  auto r = AuditText("The ferry levy, which riders rejected twice, is widely expected to return in the spring.\n");
  const Seen a = SeenWithCue(r, "is widely expected");
  CHECK(a.source == "<none>");
  REQUIRE(a.content.size() == 2);
  CHECK(a.content[0] == "The ferry levy");
  CHECK(a.content[1] == "to return in the spring");
}

TEST_CASE("a verb of seeming after commas that close no insertion is still no cue", "[miss25]") {
  auto r = AuditText("Mara Quill, the harbor pilot, appeared on television on Monday.\n");
  for (const auto& a : SeenAttributions(r)) CHECK(a.cue != "appeared");
}
