// Faults found by auditing invented sentences in the twentieth round (own26).
#include <catch2/catch.hpp>

#include <string>

#include "attribution_util.h"
#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;
using onrecord::testing::FindAttributionByCue;

// "debated earlier in the evening": the time phrase with a determiner after
// its opener was no time phrase, so it became the content of the cue.
TEST_CASE("a time phrase with a determiner after the cue is no content", "[own26]") {
  for (const std::string tail : {"earlier in the evening", "late in the afternoon", "on the weekend"}) {
    INFO(tail);
    auto r = AuditText("Debate night\n\nFour more candidates debated " + tail + ".\n");
    // (No attribution at all would be right too.)
    const Attribution* a = FindAttributionByCue(r, "debated");
    bool time_as_content = false;
    if (a) {
      for (const auto& c : a->content) time_as_content = time_as_content || c.text.find(tail) != std::string::npos;
    }
    CHECK_FALSE(time_as_content);
  }
  // A content after the time phrase is still found, and the phrase is no part of it.
  auto r = AuditText("Tax plan\n\nLee said in the morning that taxes would rise.\n");
  const Attribution* a = FindAttributionByCue(r, "said");
  REQUIRE(a != nullptr);
  REQUIRE(a->content.size() == 1);
  CHECK(a->content[0].text == "that taxes would rise");
}

// "Absent Trump, rivals spar": a preposition the list function-words did
// not have, capitalized only because it opens the sentence, became the
// first word of a person's name ("T4 Absent Trump").
TEST_CASE("a sentence-initial preposition is no part of the name after it", "[own26]") {
  for (const std::string prep : {"Absent", "Unlike", "Without", "Beyond", "Besides", "Until", "Whereas"}) {
    INFO(prep);
    auto r = AuditText("Rivals spar\n\n" + prep + " Donald Trump, the rivals talked about taxes. Donald Trump said he "
                       "would watch. " + prep + " Trump, they would cut taxes, Lopez said.\n");
    CHECK(testing::SourceNamed(r, prep + " Donald Trump") == nullptr);
    CHECK(testing::SourceNamed(r, prep + " Trump") == nullptr);
    const Source* trump = testing::SourceNamed(r, "Donald Trump");
    CHECK(trump != nullptr);
    if (trump) CHECK(trump->attributions == 1);
  }
}

// "The plan, first reported by the Post, has not been approved, said a
// senior official": the predicate between commas was read as the Post's
// apposition (role "has not been approved"), so the Post became the source
// of "said" and the official was lost.
TEST_CASE("a predicate opened by a finite auxiliary is no apposition of the name before it", "[own26]") {
  for (const std::string predicate : {"has not been approved", "will not pass", "did not survive the vote"}) {
    INFO(predicate);
    auto r = AuditText("Plan stalls\n\nThe plan, first reported by The Kestrel Post, " + predicate +
                       ", said a senior defense official.\n");
    const Attribution* a = FindAttributionByCue(r, "said");
    REQUIRE(a != nullptr);
    REQUIRE(a->source);
    CHECK(a->source->text == "a senior defense official");
    for (const auto& s : r.sources) CHECK(s.role.find(predicate) == std::string::npos);
  }
  // An apposition opened by a lower-case word is still a role.
  auto r = AuditText("Plan stalls\n\nTom Hale, chief counsel to the board, said the plan was sound.\n");
  const Source* hale = testing::SourceNamed(r, "Tom Hale");
  REQUIRE(hale != nullptr);
  CHECK(hale->role == "chief counsel to the board");
}

const Source* SourceOfMention(const AuditResult& r, const std::string& text) {
  for (const auto& a : r.attributions) {
    if (!a.source || a.source->text != text) continue;
    for (const auto& s : r.sources) {
      if (s.id == a.source_id) return &s;
    }
  }
  return nullptr;
}

// "Nurses at the clinic, speaking on condition of anonymity …, said …. One
// nurse said …": the member of the group was a new vague source with no
// reason given (two warnings), though "one of the nurses" was the group.
TEST_CASE("one or another member of an unnamed group cited just before is that group", "[own26]") {
  auto r = AuditText(
      "Clinic\n\nNurses at the clinic, speaking on condition of anonymity for fear of losing their jobs, said "
      "staffing had been short for months. One nurse said two midwives ran some night shifts. Another nurse said "
      "the managers knew.\n");
  const Source* group = SourceOfMention(r, "Nurses at the clinic");
  REQUIRE(group != nullptr);
  CHECK(group->reason_given);
  for (const std::string member : {"One nurse", "Another nurse"}) {
    INFO(member);
    const Source* s = SourceOfMention(r, member);
    REQUIRE(s != nullptr);
    CHECK(s->id == group->id);
    CHECK(s->reason_given);
  }
  // Another head, or no group in reach: a source of its own.
  auto other = AuditText(
      "Clinic\n\nNurses at the clinic, speaking on condition of anonymity for fear of losing their jobs, said "
      "staffing had been short for months. One doctor said the shifts were long.\n");
  const Source* doctor = SourceOfMention(other, "One doctor");
  REQUIRE(doctor != nullptr);
  CHECK(doctor->id != SourceOfMention(other, "Nurses at the clinic")->id);
  // "another" with no "one" of the group before it is someone new.
  auto fresh = AuditText(
      "Club\n\nSources said the manager would go. \u201cHe has lost the room,\u201d said another source.\n");
  const Source* second = SourceOfMention(fresh, "another source");
  REQUIRE(second != nullptr);
  CHECK(second->id != SourceOfMention(fresh, "Sources")->id);
  auto alone = AuditText("Clinic\n\nOne nurse said two midwives ran some night shifts.\n");
  const Source* nurse = SourceOfMention(alone, "One nurse");
  REQUIRE(nurse != nullptr);
  CHECK_FALSE(nurse->reason_given);
}

// "François said yes." gave "T1 François (anonymous)" while "Maria said
// yes." gave a named source: any lone subject in -s was read as a plural
// common noun ("Economists said").
TEST_CASE("a lone capitalized subject in -s after a vowel is a name, not a plural noun", "[own26]") {
  for (const std::string name : {"Francois", "François", "Thomas", "Marcus", "Gladys", "Dennis"}) {
    INFO(name);
    auto r = AuditText("Vote\n\n" + name + " said the vote was fair.\n");
    const Source* s = testing::SourceNamed(r, name);
    REQUIRE(s != nullptr);
    CHECK(s->kind == SourceKind::kNamed);
  }
  for (const std::string noun : {"Economists", "Analysts", "Latinos"}) {
    INFO(noun);
    auto r = AuditText("Vote\n\n" + noun + " said the vote was fair.\n");
    const Source* s = SourceOfMention(r, noun);
    REQUIRE(s != nullptr);
    CHECK(s->kind != SourceKind::kNamed);
  }
}

// "The plan is dead, a person familiar with the plan said, and it will not
// come back, the person added.": the second clause was the content of both
// cues, and the content of "added" ran back over the first attribution, so
// that first attribution counted as nested in it (T0, "reported within the
// content of another attribution").
TEST_CASE("two attributions of one sentence each take their own clause", "[own26]") {
  for (const std::string source : {"a person familiar with the plan", "Lee"}) {
    INFO(source);
    auto r = AuditText("Plan\n\nThe plan is dead, " + source + " said, and it will not come back, " +
                       (source == "Lee" ? "she" : "the person") + " added.\n");
    const Attribution* said = FindAttributionByCue(r, "said");
    const Attribution* added = FindAttributionByCue(r, "added");
    REQUIRE(said != nullptr);
    REQUIRE(added != nullptr);
    REQUIRE(said->content.size() == 1);
    CHECK(said->content[0].text == "The plan is dead");
    REQUIRE(added->content.size() == 1);
    CHECK(added->content[0].text == "it will not come back");
    CHECK(said->level > 0);
    CHECK(said->counted);
  }
  // A cue inside the clause before, not set off by commas, stays content.
  auto r = AuditText("Plan\n\nThey could pick any plan they wanted to, or they could wait, Lee said.\n");
  const Attribution* said = FindAttributionByCue(r, "said");
  REQUIRE(said != nullptr);
  REQUIRE(said->content.size() == 1);
  CHECK(said->content[0].text == "They could pick any plan they wanted to, or they could wait");
}

}  // namespace
}  // namespace onrecord
