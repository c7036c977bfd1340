// Cues the engine never found (eighteenth round, branch cuerec24): a
// negated "respond to" before what went unanswered, and a document subject
// with a past-participle clause set off by commas before its cue, on
// PolNeAR's conventions.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AnyCue;
using onrecord::testing::AuditText;
using onrecord::testing::SeenAttributions;
using onrecord::testing::SeenWithCue;

using Seen = onrecord::testing::SeenAttribution;

TEST_CASE("a negated respond to is a refusal cue with what went unanswered as content", "[cuerec24]") {
  auto r = AuditText(
      "The Vell campaign did not respond to a request for comment.\n\n"
      "A spokesman for the ferry board did not immediately respond to questions about the levy.\n");
  const Seen a = SeenWithCue(r, "did not respond to");
  CHECK(a.source == "The Vell campaign");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "a request for comment");
  const Seen b = SeenWithCue(r, "did not immediately respond to");
  CHECK(b.source == "A spokesman for the ferry board");
  REQUIRE(b.content.size() == 1);
  CHECK(b.content[0] == "questions about the levy");
}

TEST_CASE("respond to without a negation is no cue", "[cuerec24]") {
  auto r = AuditText(
      "The harbor council responded to the flood with a new levy.\n\n"
      "Mara Quill says the pier will respond to the tides.\n");
  CHECK_FALSE(AnyCue(r, "responded to"));
  CHECK_FALSE(AnyCue(r, "respond to"));
}

TEST_CASE("a document subject keeps its cue across a past-participle clause set off by commas", "[cuerec24]") {
  auto r = AuditText(
      "The survey, conducted by the Kestrel Institute, found that most riders want a later ferry.\n\n"
      "The report, released on Tuesday by the harbor board, said the pier was unsafe.\n");
  const Seen a = SeenWithCue(r, "found");
  CHECK(a.source.rfind("The survey", 0) == 0);
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "that most riders want a later ferry");
  const Seen b = SeenWithCue(r, "said");
  CHECK(b.source.rfind("The report", 0) == 0);
  REQUIRE(b.content.size() == 1);
  CHECK(b.content[0] == "the pier was unsafe");
}
