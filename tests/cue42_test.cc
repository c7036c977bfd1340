// A state of mind given with an adjective (thirty-sixth round, branch
// cue42): "The harbor pilots are concerned that …", "Dock workers remain
// confident that …", "Mara Quill was unsure whether …". An adjective of list
// stance-adjectives after a form of "be" or a word of stance-copulas
// ("remain"), before "that", a question opener or a clause, makes the
// subject the holder of a view: PolNeAR marks the verb group and the
// adjective as the cue, the subject as the source and what follows as the
// content ("was concerned about her daughter": the preposition in the cue).
// The engine found no attribution there. "confident in", "It is unclear
// whether" and "the parties concerned" stay
// no cue, and a state inside another attribution's content stays part of
// that content.
#include <catch2/catch.hpp>
#include <string>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::ContentJoined;
using onrecord::testing::FindAttributionByCue;

TEST_CASE("cue42: a form of be and concerned before that give a view", "[cue42]") {
  auto r = AuditText(
      "The harbor pilots are concerned that the new ferry schedule will leave the island without service at "
      "night.\n");
  const auto* a = FindAttributionByCue(r, "are concerned");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "The harbor pilots");
  CHECK(ContentJoined(*a) == "that the new ferry schedule will leave the island without service at night");
}

TEST_CASE("cue42: remain opens the cue and is no part of the source", "[cue42]") {
  auto r = AuditText("Dock workers and their union remain confident that the port will reopen before winter.\n");
  const auto* a = FindAttributionByCue(r, "remain confident");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "Dock workers and their union");
  CHECK(ContentJoined(*a) == "that the port will reopen before winter");
}

TEST_CASE("cue42: a question opener after the adjective opens the content", "[cue42]") {
  auto r = AuditText("Mara Quill was unsure whether the council would vote on the levy this year.\n");
  const auto* a = FindAttributionByCue(r, "was unsure");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "Mara Quill");
  CHECK(ContentJoined(*a) == "whether the council would vote on the levy this year");
}

TEST_CASE("cue42: a past form of be with optimistic gives a view", "[cue42]") {
  auto r = AuditText("Her advisers were optimistic that the levy would pass.\n");
  const auto* a = FindAttributionByCue(r, "were optimistic");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "Her advisers");
  CHECK(ContentJoined(*a) == "that the levy would pass");
}

TEST_CASE("cue42: about after the adjective joins the cue and opens the content", "[cue42]") {
  auto r = AuditText("Mara Quill was concerned about the ferry timetable.\n");
  const auto* a = FindAttributionByCue(r, "was concerned about");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "Mara Quill");
  CHECK(ContentJoined(*a) == "the ferry timetable");
}

TEST_CASE("cue42: a preposition, an impersonal subject or no verb give no view", "[cue42]") {
  for (const char* text : {"The ferry captains were confident in the new engines.\n",
                           "It is unclear whether the council will vote.\n",
                           "The parties concerned met on Monday.\n"}) {
    auto r = AuditText(text);
    INFO(text);
    CHECK(r.attributions.empty());
  }
}

TEST_CASE("cue42: a state inside reported speech stays in its content", "[cue42]") {
  auto r = AuditText("Ana Ruiz said the pilots were confident that the ferry would sail.\n");
  REQUIRE(r.attributions.size() == 1);
  const auto& a = r.attributions.front();
  CHECK(ContentJoined(a) == "the pilots were confident that the ferry would sail");
}
