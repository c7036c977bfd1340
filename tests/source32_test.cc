// Source spans on PolNeAR (twenty-sixth round, branch source32): the words
// after a source that follows its cue and that PolNeAR keeps in the span.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AttributionWithCue;
using onrecord::testing::AuditText;

TEST_CASE("a relative clause after a source that follows its cue is part of the source", "[source32]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "\xE2\x80\x9CThe levy is fair,\xE2\x80\x9D said Dorothy Vance, who grew up near the harbor, "
      "\xE2\x80\x9C" "and the ferry needs it.\xE2\x80\x9D\n");
  CHECK(AttributionWithCue(r, "said", true).source == "Dorothy Vance, who grew up near the harbor,");
}

TEST_CASE("a relative clause after the apposition of a source that follows its cue is part of the source",
          "[source32]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "\xE2\x80\x9CThe fares are too high,\xE2\x80\x9D said Hal Norberg, chairman of the riders union, "
      "who organized the petition.\n");
  CHECK(AttributionWithCue(r, "said", true).source ==
        "Hal Norberg, chairman of the riders union, who organized the petition");
}

TEST_CASE("a relative clause with a cue of speech of its own stays out of the source", "[source32]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "\xE2\x80\x9CThe fares are too high,\xE2\x80\x9D said Ivo Strand, who added that the union would sue.\n");
  CHECK(AttributionWithCue(r, "said", true).source == "Ivo Strand");
  CHECK(AttributionWithCue(r, "added", true).source == "who");
}

TEST_CASE("a source after its cue keeps the comma that closes its apposition", "[source32]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "\xE2\x80\x9CThe levy is fair,\xE2\x80\x9D said Peter Rice, chairman of the harbor board, "
      "in an interview last week.\n");
  CHECK(AttributionWithCue(r, "said", true).source == "Peter Rice, chairman of the harbor board,");
}

TEST_CASE("before a participle cue the apposition's comma goes to that cue's source", "[source32]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "\xE2\x80\x9CThe levy is fair,\xE2\x80\x9D said Peter Rice, chairman of the harbor board, "
      "noting that fares would rise.\n");
  CHECK(AttributionWithCue(r, "said", true).source == "Peter Rice, chairman of the harbor board");
  CHECK(AttributionWithCue(r, "noting", true).source == "Peter Rice, chairman of the harbor board,");
}

TEST_CASE("an apposition that opens with a place or an organisation before a role noun is the role", "[source32]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Rashad Lind, Harbor Union's executive director, said the levy was unfair.\n\n"
      "Ada Moss, North Dale director for the riders, argued that the fares would rise.\n");
  CHECK(AttributionWithCue(r, "said", true).source == "Rashad Lind, Harbor Union's executive director,");
  CHECK(AttributionWithCue(r, "argued", true).source == "Ada Moss, North Dale director for the riders,");
}
