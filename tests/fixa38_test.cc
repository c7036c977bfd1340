// English persons, pronouns and roles a fresh user found wrong (thirty-second
// round, branch fixa38, issue #4): a person named only by an honorific and a
// surname ("Ms. Cole") is a person a pronoun can stand for, and a described
// source after an inverted cue runs on over an abbreviated title ("said a
// spokesman for Sen. Ted Cruz").
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;
using onrecord::testing::SeenWithSource;
using onrecord::testing::SourceNamed;
using onrecord::testing::SpeakerOf;

namespace {
const char kHead[] = "Harbor board weighs a ferry merger.\n\n";
}  // namespace

TEST_CASE("fixa38: an honorific and a surname name a person a pronoun stands for", "[fixa38]") {
  for (const char* honorific : {"Ms.", "Mrs.", "Miss"}) {
    auto r = AuditText(std::string(kHead) + honorific + " Cole arrived on Monday. “Nothing is off,” she said.\n");
    CHECK(SpeakerOf(r, "Nothing is off") == "Cole");
    CHECK(SeenWithSource(r, "she").level == 4);
  }
  auto r2 = AuditText(std::string(kHead) + "Mr. Reed arrived. “Nothing is off,” he said.\n");
  CHECK(SpeakerOf(r2, "Nothing is off") == "Reed");
}

TEST_CASE("fixa38: two people by honorific, the pronoun's gender picks one", "[fixa38]") {
  auto r = AuditText(std::string(kHead) +
                     "Mr. Reed met Ms. Cole on Monday. She said the merger was off. He disagreed. "
                     "“Nothing is off,” he said.\n");
  CHECK(SeenWithSource(r, "She").who == "Cole");
  CHECK(SeenWithSource(r, "She").level == 4);
  CHECK(SpeakerOf(r, "Nothing is off") == "Reed");
}

TEST_CASE("fixa38: other languages' honorifics name a person too", "[fixa38]") {
  auto de = AuditText("Hafen prüft Fusion.\n\nHerr Braun kam spät. „Nichts ist abgesagt“, sagte er.\n", "t.txt", "de");
  CHECK(SpeakerOf(de, "Nichts ist abgesagt") == "Braun");
  auto fr = AuditText("Le port étudie une fusion.\n\nM. Dupont est arrivé. « Rien n’est annulé », a-t-il dit.\n",
                      "t.txt", "fr");
  CHECK(SpeakerOf(fr, "Rien n’est annulé") == "Dupont");
}

TEST_CASE("fixa38: guard: a full name written before keeps the honorific's mention", "[fixa38]") {
  auto r = AuditText(std::string(kHead) +
                     "Jane Cole chairs the board. Later, Ms. Cole arrived. “Nothing is off,” she said.\n");
  CHECK(SpeakerOf(r, "Nothing is off") == "Jane Cole");
  CHECK(SourceNamed(r, "Cole") == nullptr);
}

TEST_CASE("fixa38: an inverted described source runs on over an abbreviated title", "[fixa38]") {
  auto r1 = AuditText(std::string(kHead) + "“We are reviewing it,” said a spokesman for Sen. Ted Cruz.\n");
  CHECK(SeenWithCue(r1, "said").source == "a spokesman for Sen. Ted Cruz");
  CHECK(SeenWithCue(r1, "said").level == 2);
  auto r2 = AuditText(std::string(kHead) + "“We are looking at it,” said a spokeswoman for Gov. Greg Abbott.\n");
  CHECK(SeenWithCue(r2, "said").source == "a spokeswoman for Gov. Greg Abbott");
  auto r3 = AuditText(std::string(kHead) + "“We are reviewing it,” said a spokesman for Mr. Cruz.\n");
  CHECK(SeenWithCue(r3, "said").source == "a spokesman for Mr. Cruz");
  auto r4 = AuditText(std::string(kHead) + "“We are reviewing it,” said a spokesman for Dr. Ann Lee.\n");
  CHECK(SeenWithCue(r4, "said").source == "a spokesman for Dr. Ann Lee");
  // Guard: the source before the cue was already whole.
  auto r5 = AuditText(std::string(kHead) + "“We are reviewing it,” a spokesman for Sen. Ted Cruz said.\n");
  CHECK(SeenWithCue(r5, "said").source == "a spokesman for Sen. Ted Cruz");
}

TEST_CASE("fixa38: a possessive outlet before a name is the role without its possessive", "[fixa38]") {
  auto r1 = AuditText(std::string(kHead) + "The Atlantic’s Jeffrey Goldberg said the deal was weak.\n");
  const auto* s1 = SourceNamed(r1, "Jeffrey Goldberg");
  REQUIRE(s1 != nullptr);
  CHECK(s1->level == 5);
  REQUIRE_FALSE(s1->roles.empty());
  CHECK(s1->roles.front() == "the Atlantic");
  auto r2 = AuditText(std::string(kHead) + "“It is weak,” said CNN’s Dana Bash.\n");
  const auto* s2 = SourceNamed(r2, "Dana Bash");
  REQUIRE(s2 != nullptr);
  REQUIRE_FALSE(s2->roles.empty());
  CHECK(s2->roles.front() == "CNN");
  // Guard: a possessive inside the role stays.
  auto r3 = AuditText(std::string(kHead) + "China’s Commerce Minister Gao Hucheng said the deal was weak.\n");
  const auto* s3 = SourceNamed(r3, "Gao Hucheng");
  REQUIRE(s3 != nullptr);
  REQUIRE_FALSE(s3->roles.empty());
  CHECK(s3->roles.front() == "China’s Commerce Minister");
}

TEST_CASE("fixa38: the pontiff after Pope Francis is the pope", "[fixa38]") {
  auto r = AuditText(std::string(kHead) +
                     "Pope Francis said the war must end. The pontiff added that peace was near.\n");
  auto a = SeenWithSource(r, "The pontiff");
  CHECK(a.who == "Francis");
  CHECK(a.level == 5);
  CHECK(r.anonymous_sources.empty());
}
