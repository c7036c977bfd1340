// Faults a fresh user found in the twenty-sixth round (fixa32): documents
// and poll respondents read as anonymous sources, or not read at all.
// docs/scoring.md: a document is T4; a poll's respondents are the poll.
#include <catch2/catch.hpp>
#include <string>

#include "findings_util.h"
#include "test_util.h"

namespace onrecord {
namespace {

using testing::HasFinding;

using testing::AuditText;
using testing::SeenWithCue;

// A document's head with a participle phrase that names a date or an
// author was a vague anonymous source (T1), with the lede and core
// warnings; a thing owned through a possessive was a described one (T2).
TEST_CASE("a document with a dated or authored participle phrase is a document", "[fixa32]") {
  for (const char* text : {"A notice issued on Friday by the county board said the bridge would reopen.\n",
                           "A report published last Monday by Harlow Analytics said the bridge would reopen.\n"}) {
    INFO(text);
    auto r = AuditText(text);
    auto a = SeenWithCue(r, "said");
    REQUIRE(a.source != "<no attribution>");
    CHECK(a.kind == SourceKind::kDocument);
    CHECK(a.level == 4);
    CHECK(r.anonymous_sources.empty());
    CHECK_FALSE(HasFinding(r, "document.lede-only-anonymous"));
    CHECK_FALSE(HasFinding(r, "document.single-anonymous-core"));
  }
}

TEST_CASE("a thing owned through a possessive is a document, not a described source", "[fixa32]") {
  for (const char* text :
       {"Her party's manifesto said taxes would fall.\n", "Their coalition's budget said spending would rise.\n"}) {
    INFO(text);
    auto r = AuditText(text);
    auto a = SeenWithCue(r, "said");
    REQUIRE(a.source != "<no attribution>");
    CHECK(a.kind == SourceKind::kDocument);
    CHECK(r.anonymous_sources.empty());
  }
  // People owned the same way stay unnamed sources.
  auto people = AuditText("The union's negotiators said wages would rise.\n");
  CHECK(SeenWithCue(people, "said").kind != SourceKind::kDocument);
}

// A document with a postmodifier that no reading took ("sent to",
// a preposition) had no attribution at all.
TEST_CASE("a document with a participle or a prepositional postmodifier speaks", "[fixa32]") {
  struct Case {
    const char* text;
    const char* source;
  };
  for (const Case& c : {Case{"A letter sent to tenants said the rent would rise.\n", "A letter sent to tenants"},
                        Case{"A note on the clinic's website said the hours had changed.\n",
                             "A note on the clinic's website"},
                        Case{"A survey commissioned by the council on housing said rents were too high.\n",
                             "A survey commissioned by the council on housing"}}) {
    INFO(c.text);
    auto r = AuditText(c.text);
    auto a = SeenWithCue(r, "said");
    CHECK(a.source == c.source);
    CHECK(a.kind == SourceKind::kDocument);
  }
  // A finite verb after the head is no participle: the clause's own cue
  // keeps its speaker.
  auto finite = AuditText("The statement conflicted with what Ana Ruiz said.\n");
  CHECK(SeenWithCue(finite, "said").source == "Ana Ruiz");
}

// A bare plural and a poll participle opening the sentence ("Voters polled
// said") had no attribution; after a poll is spoken of they are the poll.
TEST_CASE("bare plural respondents opening a sentence are a group, or the poll", "[fixa32]") {
  auto none = AuditText("Nurses surveyed said the shifts were too long.\n");
  auto a = SeenWithCue(none, "said");
  CHECK(a.source == "Nurses surveyed");
  CHECK(a.kind != SourceKind::kDocument);
  auto party = AuditText("Republicans polled said the shifts were too long.\n");
  auto p = SeenWithCue(party, "said");
  CHECK(p.source == "Republicans polled");
  REQUIRE(p.specificity.has_value());
  CHECK(*p.specificity == Specificity::kDescribed);
  auto poll = AuditText(
      "The hospital ran a survey of its staff in March.\n\n"
      "Nurses surveyed said the shifts were too long.\n");
  auto d = SeenWithCue(poll, "said");
  CHECK(d.source == "Nurses surveyed");
  CHECK(d.kind == SourceKind::kDocument);
}

// "Those polled by CNN" names its pollster: it is the poll (T4) with no
// poll spoken of before, as "respondents in the Gallup poll" is.
TEST_CASE("respondents named with their pollster or poll are the poll", "[fixa32]") {
  for (const char* text : {"Those surveyed by Gallup said the race was close.\n",
                           "Respondents in the Harlow poll said the race was close.\n"}) {
    INFO(text);
    auto r = AuditText(text);
    auto a = SeenWithCue(r, "said");
    REQUIRE(a.source != "<no attribution>");
    CHECK(a.kind == SourceKind::kDocument);
    CHECK(r.anonymous_sources.empty());
  }
  // With neither, respondents of nothing stay an unnamed group.
  auto bare = AuditText("Those surveyed said the race was close.\n");
  CHECK(SeenWithCue(bare, "said").kind != SourceKind::kDocument);
}

}  // namespace
}  // namespace onrecord
