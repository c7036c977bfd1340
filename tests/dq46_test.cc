// Direct quotes (thirty-eighth round, branch dq46): a verb of list
// quote-tail-cues ("started", "beamed", "begins", "blared") is a cue right
// after a quote and its subject ("“…,” Tom Hale started.") and, new here,
// right after a quote that opens its sentence with the subject after the
// verb ("“…!” beamed Ana Ruiz.", "“…,” begins a recorded message that …").
// Elsewhere these words report nothing ("started the engine", "beamed
// images"), and a quote in the middle of a sentence (a title) stays one.
#include <string>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::ContentOpeningWith;

TEST_CASE("dq46: a quote with its subject and started after it is attributed", "[dq46]") {
  auto r = AuditText(
      "The harbor board met on Tuesday.\n\n“The pier has waited long enough for its repairs,” Tom Hale "
      "started.\n");
  const auto* a = ContentOpeningWith(r, "“The pier has waited");
  REQUIRE(a != nullptr);
  REQUIRE(a->cue);
  CHECK(a->cue->text == "started");
  REQUIRE(a->source);
  CHECK(a->source->text == "Tom Hale");
}

TEST_CASE("dq46: beamed before the speaker after a quote opening the sentence", "[dq46]") {
  auto r = AuditText(
      "The harbor board met on Tuesday.\n\n“This is the best news the island has had in years!” beamed Ana "
      "Ruiz, a ferry pilot who came to the meeting early.\n");
  const auto* a = ContentOpeningWith(r, "“This is the best news");
  REQUIRE(a != nullptr);
  REQUIRE(a->cue);
  CHECK(a->cue->text == "beamed");
  REQUIRE(a->source);
  CHECK(a->source->text.rfind("Ana Ruiz", 0) == 0);
}

TEST_CASE("dq46: begins with a recorded message after it", "[dq46]") {
  auto r = AuditText(
      "The harbor board met on Tuesday.\n\n“Please stay in your seats until the vote is called,” begins a "
      "recorded message that plays before each meeting.\n");
  const auto* a = ContentOpeningWith(r, "“Please stay in your seats");
  REQUIRE(a != nullptr);
  REQUIRE(a->cue);
  CHECK(a->cue->text == "begins");
  REQUIRE(a->source);
  CHECK(a->source->text.rfind("a recorded message", 0) == 0);
}

TEST_CASE("dq46: guards, the verbs elsewhere and a title in mid-sentence", "[dq46]") {
  // No quote before the verb: no attribution with these cues.
  auto r = AuditText(
      "Tom Hale started the ferry's engine at dawn. The satellite beamed images of the storm to the harbor. "
      "The season begins a week later this year.\n");
  for (const auto& a : r.attributions) {
    REQUIRE(a.cue);
    CHECK(a.cue->text != "started");
    CHECK(a.cue->text != "beamed");
    CHECK(a.cue->text != "begins");
  }
  // A quoted title inside a sentence before "begins" is no speech.
  auto r2 = AuditText("Her new play, “Low Tide,” begins a run at the harbor theater in May.\n");
  for (const auto& a : r2.attributions) {
    REQUIRE(a.cue);
    CHECK(a.cue->text != "begins");
  }
}
