// Citation cues whose source no reading parsed (fourteenth round, branch
// said15): after "according to" the phrase up to the next comma, dash,
// parenthesis or the sentence's end is the source, so the attribution and
// its cue are kept; before, the cue was dropped with its missing source.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;
using onrecord::testing::SpeakerOf;

using Seen = onrecord::testing::SeenAttribution;

TEST_CASE("according to a record with a quoted title inside keeps its source", "[said15]") {
  auto r = AuditText("The ferry line would cost $40 million a year, according to the \xE2\x80\x9C" "Harbor Link\xE2\x80\x9D plan the council released.\n");
  const Seen a = SeenWithCue(r, "according to");
  CHECK(a.source == "the \xE2\x80\x9C" "Harbor Link\xE2\x80\x9D plan the council released");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "The ferry line would cost $40 million a year");
  // The title inside the source is no quote of it.
  CHECK(SpeakerOf(r, "Harbor Link") == "");
}

TEST_CASE("according to a quantifier with a place phrase keeps its source", "[said15]") {
  auto r = AuditText("According to some on the forum, the ferry will stop running in May.\n");
  const Seen a = SeenWithCue(r, "According to");
  CHECK(a.source == "some on the forum");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "the ferry will stop running in May");
  // A measure or standard is still no source.
  auto standard = AuditText("The workers were paid according to their income, the ledger shows.\n");
  CHECK(SeenWithCue(standard, "according to").source == "<no attribution>");
}

TEST_CASE("according to an object pronoun between commas is a pronoun source", "[said15]") {
  auto r = AuditText("Piet Vos ran the harbor for years. He left after, according to him, the council cut his budget.\n");
  const Seen a = SeenWithCue(r, "according to");
  CHECK(a.source == "him");
  CHECK(a.who == "Piet Vos");
}
