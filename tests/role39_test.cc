// English titles and roles a fresh user reported (thirty-third round, branch
// role39, issue #4): an ordinal that belongs to a title ("First lady"), a
// relative clause of a position held after an abbreviated title ("Dr. Helen
// Marsh, who heads …"), and one rule for a title and an apposition, whether
// the title is abbreviated ("Sen.") or written out ("Senator").
#include <algorithm>
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;
using onrecord::testing::SourceNamed;

namespace {
const char kHead[] = "Harbor board weighs a ferry merger.\n\n";

bool HasRole(const onrecord::Source* s, const std::string& role) {
  return s != nullptr && std::find(s->roles.begin(), s->roles.end(), role) != s->roles.end();
}

std::string RoleOf(const onrecord::AuditResult& r, const std::string& name) {
  const auto* s = SourceNamed(r, name);
  return s == nullptr ? std::string("<no source>") : s->role;
}
}  // namespace

TEST_CASE("role39: an ordinal before a title is the title's, at a sentence's start too", "[role39]") {
  auto r1 = AuditText(std::string(kHead) + "First lady Mo Penn said the garden would open in May.\n");
  CHECK(RoleOf(r1, "Mo Penn") == "First lady");
  CHECK(SeenWithCue(r1, "said").source == "First lady Mo Penn");
  auto r2 = AuditText(std::string(kHead) + "On Monday, first lady Mo Penn said the garden would open.\n");
  CHECK(RoleOf(r2, "Mo Penn") == "first lady");
  CHECK(SeenWithCue(r2, "said").source == "first lady Mo Penn");
  auto r3 = AuditText(std::string(kHead) + "First Minister Ola Brand said the ferry would run.\n");
  CHECK(RoleOf(r3, "Ola Brand") == "First Minister");
  CHECK(SeenWithCue(r3, "said").source == "First Minister Ola Brand");
  auto r4 = AuditText(std::string(kHead) + "Then first lady Mo Penn said the garden would open.\n");
  CHECK(RoleOf(r4, "Mo Penn") == "first lady");
  CHECK(SeenWithCue(r4, "said").source == "first lady Mo Penn");
}

TEST_CASE("role39: guard: other titles before a name and a cue adverb that opens the sentence", "[role39]") {
  for (const char* title : {"Second lady", "Attorney General", "Lieutenant Governor", "Chief Justice",
                            "Vice President", "Press Secretary"}) {
    auto r = AuditText(std::string(kHead) + title + " Ray Dunn said the ferry would run.\n");
    CHECK(RoleOf(r, "Ray Dunn") == title);
    CHECK(SeenWithCue(r, "said").source == std::string(title) + " Ray Dunn");
  }
  // ("Then" and "First," open the sentence; they are no part of the title.)
  auto r1 = AuditText(std::string(kHead) + "Then Mayor Mo Penn said the garden would open.\n");
  CHECK(SeenWithCue(r1, "said").source == "Mayor Mo Penn");
  auto r2 = AuditText(std::string(kHead) + "First, Mayor Mo Penn said the garden would open.\n");
  CHECK(SeenWithCue(r2, "said").source == "Mayor Mo Penn");
  CHECK(RoleOf(r2, "Mo Penn") == "Mayor");
}

TEST_CASE("role39: a relative clause of a position held outranks an abbreviated title", "[role39]") {
  auto r = AuditText(std::string(kHead) + "Dr. Helen Marsh, who heads the cardiology unit, said the ward was full.\n");
  CHECK(RoleOf(r, "Helen Marsh") == "heads the cardiology unit");
  CHECK(HasRole(SourceNamed(r, "Helen Marsh"), "Dr."));
  // (A clause of an act, a past verb, does not; nor does a title written out.)
  auto r2 = AuditText(std::string(kHead) + "Dr. Helen Marsh, who led the review, said the ward was full.\n");
  CHECK(RoleOf(r2, "Helen Marsh") == "Dr.");
  auto r3 = AuditText(std::string(kHead) +
                      "Chief Auditor Helena Grieve, who chairs the audit panel, said the ward was full.\n");
  CHECK(RoleOf(r3, "Helena Grieve") == "Chief Auditor");
}

TEST_CASE("role39: a party and a place never outrank a title, abbreviated or written out", "[role39]") {
  for (const char* title : {"Senator", "Sen."}) {
    auto r = AuditText(std::string(kHead) + title +
                       " Bob Corker, a Tennessee Republican who chairs the Foreign Relations Committee, said "
                       "the vote would wait.\n");
    CHECK(RoleOf(r, "Bob Corker") == title);
    CHECK(HasRole(SourceNamed(r, "Bob Corker"),
                  "a Tennessee Republican who chairs the Foreign Relations Committee"));
    auto r2 = AuditText(std::string(kHead) + title + " Ann Lee, a Democrat from Ohio, said she would vote no.\n");
    CHECK(RoleOf(r2, "Ann Lee") == title);
    CHECK(HasRole(SourceNamed(r2, "Ann Lee"), "a Democrat from Ohio"));
  }
}

TEST_CASE("role39: guard: an apposition that names a position outranks either title", "[role39]") {
  for (const char* title : {"Senator", "Sen."}) {
    auto r = AuditText(std::string(kHead) + title +
                       " Ann Lee, chair of the finance committee, said she would vote no.\n");
    CHECK(RoleOf(r, "Ann Lee") == "chair of the finance committee");
    CHECK(HasRole(SourceNamed(r, "Ann Lee"), title));
  }
  auto r2 = AuditText(std::string(kHead) + "“The first doses arrive next week,” said Gen. Tom Hale.\n\n"
                                           "“We are ready,” said General Tom Hale.\n");
  CHECK(RoleOf(r2, "Tom Hale") == "General");
}

TEST_CASE("role39: a possessor after the verb yields to a subject of the pronoun's gender", "[role39]") {
  auto r = AuditText(std::string(kHead) +
                     "Tom Hale faced Anderson Cooper’s questions on Monday, while he insisted the plan was sound.\n");
  CHECK(SeenWithCue(r, "insisted").who == "Tom Hale");
}

TEST_CASE("role39: guard: a possessor stays the antecedent when no subject of that gender precedes it",
          "[role39]") {
  auto r1 = AuditText(std::string(kHead) + "Ana Ruiz drew Tom Hale’s ire on Monday. He called the plan weak.\n");
  CHECK(SeenWithCue(r1, "called").who == "Tom Hale");
  auto r2 = AuditText(std::string(kHead) + "Tom Hale’s office was quiet on Monday. “We are ready,” he said.\n");
  CHECK(SeenWithCue(r2, "said").who == "Tom Hale");
  auto r3 = AuditText(std::string(kHead) + "Mary Cole met Tom Hale’s aides on Monday. “We are ready,” he said.\n");
  CHECK(SeenWithCue(r3, "said").who == "Tom Hale");
}
