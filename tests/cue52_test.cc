// Missed cues (forty-fourth round, branch cue52): "compared" with a subject
// and an object is a verb of speech as "likened" is ("Lee compared the
// levy to a toll"): PolNeAR marks it, its subject the Source and the object
// with what it is set beside the Content. It was in no cue list, so the
// sentence had no attribution at all. "compared" and "compares" are now
// neutral cues; "compared to/with" right after each other is the
// preposition of a measure ("rose 4 percent compared to last year") and an
// exception of the rule.
#include <catch2/catch.hpp>
#include <string>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::ContentJoined;
using onrecord::testing::FindAttributionByCue;

TEST_CASE("cue52: compared with an object is a cue", "[cue52]") {
  auto r = AuditText("In her column, Mara Quill compared the new ferry levy to a toll on the open sea.\n");
  const auto* a = FindAttributionByCue(r, "compared");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "Mara Quill");
  CHECK(ContentJoined(*a) == "the new ferry levy to a toll on the open sea");
}

TEST_CASE("cue52: compares in the present, and a pronoun source", "[cue52]") {
  auto r = AuditText("Tomas Elden spoke at the harbor. He compares the night timetable with a lottery.\n");
  const auto* a = FindAttributionByCue(r, "compares");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "He");
  CHECK(ContentJoined(*a) == "the night timetable with a lottery");
}

TEST_CASE("cue52: guards, compared to or with as a preposition is no cue", "[cue52]") {
  auto r = AuditText("Ferry fares rose 4 percent in May compared to last year.\n");
  CHECK(FindAttributionByCue(r, "compared") == nullptr);
  CHECK(FindAttributionByCue(r, "compared to") == nullptr);
  auto b = AuditText("Compared with the old boats, the new ferries are quiet.\n");
  CHECK(FindAttributionByCue(b, "Compared") == nullptr);
  CHECK(FindAttributionByCue(b, "Compared with") == nullptr);
  // "likened" is as before.
  auto c = AuditText("Ana Ruiz likened the levy to a toll on the sea.\n");
  const auto* l = FindAttributionByCue(c, "likened");
  REQUIRE(l != nullptr);
  REQUIRE(l->source);
  CHECK(l->source->text == "Ana Ruiz");
}

TEST_CASE("cue52: opined, posited, implored and rebutted are cues", "[cue52]") {
  auto r = AuditText("On Tuesday, the harbor columnist opined that the levy would sink the ferry line.\n");
  const auto* a = FindAttributionByCue(r, "opined");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "the harbor columnist");
  CHECK(ContentJoined(*a) == "that the levy would sink the ferry line");

  auto b = AuditText("Mara Quill posited that the night ferry would pay for itself.\n");
  const auto* p = FindAttributionByCue(b, "posited");
  REQUIRE(p != nullptr);
  REQUIRE(p->source);
  CHECK(p->source->text == "Mara Quill");
  CHECK(ContentJoined(*p) == "that the night ferry would pay for itself");

  auto c = AuditText("The union has implored the board to keep the night ferry.\n");
  const auto* i = FindAttributionByCue(c, "has implored");
  REQUIRE(i != nullptr);
  REQUIRE(i->source);
  CHECK(i->source->text == "The union");
  CHECK(ContentJoined(*i) == "the board to keep the night ferry");

  auto d = AuditText("The harbor board rebutted the claim that the boats were unsafe.\n");
  const auto* t = FindAttributionByCue(d, "rebutted");
  REQUIRE(t != nullptr);
  REQUIRE(t->source);
  CHECK(t->source->text == "The harbor board");
}
