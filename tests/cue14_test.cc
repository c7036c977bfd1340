// Cue extents (thirteenth round, branch cue14; issue #4): the clitic
// auxiliary glued to a pronoun subject, and the artifact a participle cue
// follows, belong to the cue as reported.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AttributionWithCue;
using onrecord::testing::AuditText;

TEST_CASE("a clitic auxiliary glued to a pronoun subject opens the cue", "[attribute][cue14]") {
  // PolNeAR guidelines, "Keep the verb group together": auxiliaries are in
  // the cue; the pronoun stays the source.
  auto t = AttributionWithCue(AuditText("Mira Holt chairs the harbour board. She\u2019s said the east pier is unsafe."),
                              "said");
  CHECK(t.cue == "\u2019s said");
  CHECK(t.source == "She");
  CHECK(t.content == "the east pier is unsafe");
  // A straight apostrophe, and a negation after the clitic.
  t = AttributionWithCue(
      AuditText("Ben Ashe runs the ferry line. He's not predicting that the fares will fall this winter."),
      "predicting");
  CHECK(t.cue == "'s not predicting");
  CHECK(t.source == "He");
  t = AttributionWithCue(AuditText("The dockworkers met on Friday. They\u2019ve said the pier must close."), "said");
  CHECK(t.cue == "\u2019ve said");
  CHECK(t.source == "They");
  // With no clitic the cue starts at its verb group, as before.
  t = AttributionWithCue(AuditText("Mira Holt chairs the board. She has said the east pier is unsafe."), "said");
  CHECK(t.cue == "has said");
  CHECK(t.source == "She");
}

TEST_CASE("an artifact put out before a participle cue is part of the cue", "[attribute][cue14]") {
  // PolNeAR guidelines, "Choose the sentient source": the artifact goes
  // into the cue and its maker is the source.
  auto t = AttributionWithCue(
      AuditText("The harbour authority issued a statement saying the east pier would reopen in March."), "saying");
  CHECK(t.cue == "issued a statement saying");
  CHECK(t.source == "The harbour authority");
  CHECK(t.content == "the east pier would reopen in March");
  t = AttributionWithCue(
      AuditText("Councillor Ben Ashe put out a short written statement calling the levy a disgrace."), "calling");
  CHECK(t.cue == "put out a short written statement calling");
  t = AttributionWithCue(
      AuditText("The ferry union released a new radio ad accusing the board of neglect."), "accusing");
  CHECK(t.cue == "released a new radio ad accusing");
  // Not after an object that is no artifact of expression.
  t = AttributionWithCue(
      AuditText("The harbour authority bought a crane, saying the east pier would reopen in March."), "saying");
  CHECK(t.cue == "saying");
}
