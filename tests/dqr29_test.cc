// Direct quotes the engine missed (twenty-third round, branch dqr29), on
// PolNeAR's conventions.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;

using Seen = onrecord::testing::SeenAttribution;

// "X stated, “…,” adding, “…”": a participle cue after a quote whose comma is
// written inside the closing mark has the sentence's source and reports the
// quote after it; the quote before it stays the earlier cue's.
TEST_CASE("a participle after a comma inside a closing quote mark", "[dqr29]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "On the radio the day before, Mara Quill stated, \xE2\x80\x9CWithout the levy the last boat would leave "
      "at six and the island would empty,\xE2\x80\x9D adding, \xE2\x80\x9CI think two hundred families would "
      "move to the mainland.\xE2\x80\x9D\n");
  const Seen stated = SeenWithCue(r, "stated");
  CHECK(stated.source == "Mara Quill");
  REQUIRE(stated.content.size() == 1);
  CHECK(stated.content[0].rfind("\xE2\x80\x9CWithout the levy", 0) == 0);
  const Seen adding = SeenWithCue(r, "adding");
  CHECK(adding.source == "Mara Quill");
  REQUIRE(adding.content.size() == 1);
  CHECK(adding.content[0] == "\xE2\x80\x9CI think two hundred families would move to the mainland.\xE2\x80\x9D");
}

TEST_CASE("a participle after a doubled straight closing mark", "[dqr29]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Ms. Quill said she kept thinking, ''This cannot be the last boat,'' adding, ''I had no words for "
      "what I felt on the pier.''\n");
  const Seen adding = SeenWithCue(r, "adding");
  CHECK(adding.source == "Ms. Quill");
  REQUIRE(adding.content.size() == 1);
  CHECK(adding.content[0] == "''I had no words for what I felt on the pier.''");
  CHECK(SeenWithCue(r, "said").source == "Ms. Quill");
}

TEST_CASE("a participle after a partial quote takes the sentence's source", "[dqr29]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Councilor Ben Adair called the levy \xE2\x80\x9C""a tax on the night shift,\xE2\x80\x9D claiming that "
      "it would cost the island its last bakery.\n");
  const Seen claiming = SeenWithCue(r, "claiming");
  CHECK(claiming.source == "Councilor Ben Adair");
  REQUIRE(claiming.content.size() == 1);
  CHECK(claiming.content[0] == "that it would cost the island its last bakery");
}
