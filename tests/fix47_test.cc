// Faults a fresh user found in real articles (thirty-ninth round, branch
// fix47). (1) "Nobody in Lisbon is talking about the ferry levy.": the place
// after an indefinite or negated pronoun and a preposition was read as a
// named source; the pronoun is the subject, so the attribution has the
// whole phrase as its source span and cites no one. (2) "The levy that Ana
// Ruiz was talking about failed.": a cue whose object is the relative
// pronoun before its source reports nothing in its own clause; it stays an
// attribution with no content but counts nowhere, as a non-answer does.
// (3) "Residents Tom and Ana Ruiz, 61 and 58, said …": a list of ages set
// off after coordinated names was read as a member's role. (4) "Ferry
// emails now deemed classified.": a lone word in -ed after a cue, a
// participle or adjective, was taken as a one-word content.
#include <catch2/catch.hpp>
#include <string>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::AuditResult;
using onrecord::testing::AuditText;
using onrecord::testing::ContentJoined;
using onrecord::testing::FindAttributionByCue;

namespace {

const onrecord::Source* SourceNamed(const AuditResult& r, const std::string& name) {
  for (const auto& s : r.sources) {
    if (s.name == name) return &s;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("fix47: nobody in a place is the source and cites no one", "[fix47]") {
  auto r = AuditText("Nobody in Lisbon is talking about the ferry levy.\n");
  const auto* a = FindAttributionByCue(r, "is talking about");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "Nobody in Lisbon");
  CHECK(a->source_id < 1);
  CHECK_FALSE(a->counted);
  CHECK(SourceNamed(r, "Lisbon") == nullptr);
}

TEST_CASE("fix47: everyone or no one at a named place is no named source", "[fix47]") {
  // ("Somebody at Harbor Freight", like "Someone", is an anonymous source:
  // main46_test.cc.)
  for (const char* text : {"Everyone in Lisbon says the ferry levy is unfair.\n",
                           "Nobody at Harbor Freight said the ferry levy is unfair.\n",
                           "No one in Lisbon said the ferry levy is unfair.\n"}) {
    INFO(text);
    auto r = AuditText(text);
    REQUIRE(r.attributions.size() == 1);
    const auto& a = r.attributions.front();
    REQUIRE(a.source);
    CHECK((a.source->text.starts_with("Everyone") || a.source->text.starts_with("Nobody") ||
           a.source->text.starts_with("No one")));
    CHECK(a.source_id < 1);
    CHECK_FALSE(a.counted);
    CHECK(r.sources.empty());
  }
}

TEST_CASE("fix47: a place after a preposition with no pronoun stays as it was", "[fix47]") {
  // (Guards: "Officials in Lisbon" is a described source with its place;
  // "Someone in Lisbon" was an anonymous source already.)
  auto r = AuditText("Officials in Lisbon said the ferry levy is unfair.\n");
  REQUIRE(r.attributions.size() == 1);
  REQUIRE(r.attributions.front().source);
  CHECK(r.attributions.front().source->text == "Officials in Lisbon");
  CHECK(r.attributions.front().counted);
  auto r2 = AuditText("Someone in Lisbon said the ferry levy is unfair.\n");
  REQUIRE(r2.attributions.size() == 1);
  REQUIRE(r2.attributions.front().source);
  CHECK(r2.attributions.front().source->text == "Someone in Lisbon");
  CHECK(r2.attributions.front().counted);
}

TEST_CASE("fix47: a cue whose object is the relative pronoun is not counted", "[fix47]") {
  for (const char* text : {"The levy that Ana Ruiz was talking about failed.\n",
                           "That is what Ana Ruiz is promising them.\n"}) {
    INFO(text);
    auto r = AuditText(text);
    bool seen = false;
    for (const auto& a : r.attributions) {
      if (!a.source || a.source->text != "Ana Ruiz") continue;
      seen = true;
      CHECK(a.content.empty());
      CHECK_FALSE(a.counted);
    }
    CHECK(seen);
  }
}

TEST_CASE("fix47: a cue after a complementizer with its content stays counted", "[fix47]") {
  // (Guard: "that" before the source opens the clause; the cue has its object.)
  auto r = AuditText("It is clear that Ana Ruiz is talking about the ferry levy.\n");
  const auto* a = FindAttributionByCue(r, "is talking about");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) == "the ferry levy");
  CHECK(a->counted);
}

TEST_CASE("fix47: a list of ages after coordinated names is no role", "[fix47]") {
  auto r = AuditText("Residents Tom and Ana Ruiz, 61 and 58, said the ferry levy is unfair.\n");
  REQUIRE(r.attributions.size() == 1);
  const auto* s = r.FindSource(r.attributions.front().source_id);
  REQUIRE(s != nullptr);
  CHECK(s->role == "Residents");
  for (const auto& role : s->roles) CHECK(role.find("58") == std::string::npos);
}

TEST_CASE("fix47: a role before coordinated names with no ages is kept", "[fix47]") {
  // (Guard: the same names without the ages keep their role.)
  auto r = AuditText("Residents Tom and Ana Ruiz said the ferry levy is unfair.\n");
  REQUIRE(r.attributions.size() == 1);
  const auto* s = r.FindSource(r.attributions.front().source_id);
  REQUIRE(s != nullptr);
  CHECK(s->role == "Residents");
}

TEST_CASE("fix47: a participle or adjective in -ed after a cue is no one-word content", "[fix47]") {
  for (const char* text : {"Ferry emails now deemed classified.\n", "The ferry crews felt betrayed.\n"}) {
    INFO(text);
    auto r = AuditText(text);
    for (const auto& a : r.attributions) {
      CHECK(ContentJoined(a).find("classified") == std::string::npos);
      CHECK(ContentJoined(a).find("betrayed") == std::string::npos);
    }
  }
}

TEST_CASE("fix47: a noun after a cue is still the one-word content", "[fix47]") {
  // (Guard: "greed" ends in -eed, a noun; "tides" as in cue45.)
  auto r = AuditText("The mayor talked about greed.\n");
  const auto* a = FindAttributionByCue(r, "talked about");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) == "greed");
}
