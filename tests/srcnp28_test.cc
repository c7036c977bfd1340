// Source noun phrases the engine cut short (twenty-second round, branch
// srcnp28): the right cue was found but the source's extent was too narrow.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;

using Seen = onrecord::testing::SeenAttribution;

TEST_CASE("two poll sponsors joined by a slash are one premodifier of the poll", "[srcnp28]") {
  auto r = AuditText(
      "A new Kestrel/Harlow poll found that most riders want a later ferry.\n\n"
      "The Vell Times/Harbor News survey found that the levy is unpopular.\n");
  const Seen a = SeenWithCue(r, "found");
  CHECK(a.source == "A new Kestrel/Harlow poll");
  const Seen b = SeenWithCue(r, "found", 1);
  CHECK(b.source == "The Vell Times/Harbor News survey");
}

TEST_CASE("a slash compound after according to stays in the cited poll", "[srcnp28]") {
  auto r = AuditText(
      "Most riders want a later ferry, according to a Kestrel/Harlow poll.\n\n"
      "The levy is unpopular, according to a Vell Times/Harbor News survey.\n");
  const Seen a = SeenWithCue(r, "according to");
  CHECK(a.source == "a Kestrel/Harlow poll");
  const Seen b = SeenWithCue(r, "according to", 1);
  CHECK(b.source == "a Vell Times/Harbor News survey");
}

TEST_CASE("a time phrase between a poll and its cue dates the poll and joins its source span", "[srcnp28]") {
  auto r = AuditText(
      "A Harbor Post poll released Monday found that voters like the levy.\n\n"
      "A Harbor Post poll last week showed that riders want a later ferry.\n");
  CHECK(SeenWithCue(r, "found").source == "A Harbor Post poll released Monday");
  CHECK(SeenWithCue(r, "showed").source == "A Harbor Post poll last week");
}

TEST_CASE("a time phrase between a person and the cue stays out of the source span", "[srcnp28]") {
  auto r = AuditText("Mara Quill on Monday said that voters like the levy.\n");
  CHECK(SeenWithCue(r, "said").source == "Mara Quill");
}

TEST_CASE("a plural role noun before two coordinated names is shown with both", "[srcnp28]") {
  auto r = AuditText(
      "Presidential candidates Ana Quill and Tom Bell said the pier was unsafe.\n\n"
      "The storm passed, and harbor officials Ana Quill and Tom Bell said the ferry was late.\n");
  CHECK(SeenWithCue(r, "said").source == "Presidential candidates Ana Quill and Tom Bell");
  CHECK(SeenWithCue(r, "said", 1).source == "harbor officials Ana Quill and Tom Bell");
}

TEST_CASE("two subjects of two clauses with their own cues stay apart", "[srcnp28]") {
  auto r = AuditText("Candidates Ana Quill said the pier was unsafe, and Tom Bell said the ferry was late.\n");
  CHECK(SeenWithCue(r, "said").source.find("Tom Bell") == std::string::npos);
}
