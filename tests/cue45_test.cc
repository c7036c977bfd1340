// A one-word content and a progressive cue before its preposition
// (thirty-eighth round, branch cue45). "The harbor master talked about
// tides.": a content needed two words, so the one word after the cue at the
// sentence's end was left out and the content was empty; it is the content
// now when the attribution opens its sentence and the word is no time word,
// adverb or word of list lone-object-blockers ("said again", "said
// nothing"). "The harbor master was talking about the spring tides.": the
// cue's last word is its preposition, so the progressive ("is stressing"
// is active) was not seen and the cue was read as a passive with no source
// and the subject as content; the verb in -ing before the preposition now
// keeps the subject as the source. "were talked about" stays a passive.
#include <catch2/catch.hpp>
#include <string>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::ContentJoined;
using onrecord::testing::FindAttributionByCue;

TEST_CASE("cue45: one word after the cue at the sentence end is the content", "[cue45]") {
  auto r = AuditText("The harbor master talked about tides.\n");
  const auto* a = FindAttributionByCue(r, "talked about");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "The harbor master");
  CHECK(ContentJoined(*a) == "tides");
}

TEST_CASE("cue45: a one-word noun object of a verb cue is the content", "[cue45]") {
  auto r = AuditText("The ferry captains expressed anger.\n");
  const auto* a = FindAttributionByCue(r, "expressed");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "The ferry captains");
  CHECK(ContentJoined(*a) == "anger");
}

TEST_CASE("cue45: an adverb, a time word or nothing after the cue is no content", "[cue45]") {
  for (const char* text : {"The harbor master said again.\n", "The harbor master said nothing.\n",
                           "The harbor master said yesterday.\n", "The harbor master said repeatedly.\n"}) {
    auto r = AuditText(text);
    INFO(text);
    for (const auto& a : r.attributions) CHECK(a.content.empty());
  }
}

TEST_CASE("cue45: a quote before the cue stays the content with a day after it", "[cue45]") {
  auto r = AuditText("\u201CThe tide is late,\u201D the harbor master said Tuesday.\n");
  REQUIRE(r.attributions.size() == 1);
  const auto& a = r.attributions.front();
  REQUIRE(a.source);
  CHECK(a.source->text == "the harbor master");
  CHECK(ContentJoined(a) == "\u201CThe tide is late,\u201D");
}

TEST_CASE("cue45: a progressive cue before its preposition keeps its source", "[cue45]") {
  auto r = AuditText("The harbor master was talking about the spring tides.\n");
  const auto* a = FindAttributionByCue(r, "was talking about");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "The harbor master");
  CHECK(ContentJoined(*a) == "the spring tides");
}

TEST_CASE("cue45: have been speaking about is active too", "[cue45]") {
  auto r = AuditText("The ferry captains have been speaking about the new engines.\n");
  const auto* a = FindAttributionByCue(r, "have been speaking about");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "The ferry captains");
  CHECK(ContentJoined(*a) == "the new engines");
}

TEST_CASE("cue45: a progressive cue and a one-word object give source and content", "[cue45]") {
  auto r = AuditText("The harbor master was talking about tides.\n");
  const auto* a = FindAttributionByCue(r, "was talking about");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "The harbor master");
  CHECK(ContentJoined(*a) == "tides");
}

TEST_CASE("cue45: a participle before the preposition stays a passive", "[cue45]") {
  auto r = AuditText("The spring tides were talked about.\n");
  for (const auto& a : r.attributions) {
    INFO((a.cue ? a.cue->text : std::string("(no cue)")));
    CHECK_FALSE(a.source);
  }
}
