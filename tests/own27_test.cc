// Faults found by auditing invented sentences in the twenty-first round
// (own27): a quantifier standing alone for a member of a group the article
// has just cited ("One said", "“…,” one of them said", "said another").
#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;
using testing::SeenWithCue;
using testing::SpeakerOf;

const std::string kGroup = "Two aides disputed the account on Monday. ";

// "“…,” one said" after "Two aides …" was an UNATTRIBUTED quote: "one" was
// read as a determiner, so "said" was no cue, and no list knew it as a
// source.
TEST_CASE("a quote followed by one and a cue goes to the group cited before", "[own27]") {
  for (const std::string tail : {"one said.", "one of them said.", "said one.", "said one of them.", "each added."}) {
    INFO(tail);
    auto r = AuditText(kGroup + "“We never saw the memo,” " + tail + "\n");
    CHECK(SpeakerOf(r, "We never saw the memo") == "Two aides");
  }
}

// "One said …", "Each of them said …", "Two of them said …" as an indirect
// attribution: no attribution at all for the bare word ("One" was a
// determiner), and none for "N of them".
TEST_CASE("a quantifier subject of a cue is the group cited before", "[own27]") {
  for (const std::string subject : {"One", "Each", "One of them", "Two of them", "None of them", "Some of them",
                                    "Neither"}) {
    INFO(subject);
    auto r = AuditText(kGroup + subject + " said the memo was a forgery.\n");
    auto a = SeenWithCue(r, "said");
    CHECK(a.source == subject);
    CHECK(a.who == "Two aides");
    CHECK(a.content == std::vector<std::string>{"the memo was a forgery"});
  }
}

// "Neither said …" was a named source "Neither" (T4): a capitalized lone word
// straight before its cue read as a surname.
TEST_CASE("neither at a sentence start is no person's name", "[own27]") {
  auto r = AuditText("The memo was leaked on Monday. Neither said anything about it.\n");
  const Source* neither = testing::SourceNamed(r, "Neither");
  const bool named = neither != nullptr && neither->kind == SourceKind::kNamed;
  CHECK_FALSE(named);
}

// "another" is a second member only once "one" of the group spoke.
TEST_CASE("another after one of the group is the group, alone it is someone new", "[own27]") {
  auto r = AuditText(kGroup + "One said the memo was a forgery. “It was never signed,” another added.\n");
  CHECK(SpeakerOf(r, "It was never signed") == "Two aides");
  auto fresh = AuditText(kGroup + "The aides said the memo was a forgery. “It was never signed,” another added.\n");
  CHECK(SpeakerOf(fresh, "It was never signed") != "Two aides");
}

// With no group in reach, the word is a vague source of its own, never the
// last person named.
TEST_CASE("a quantifier with no group before it is a vague unnamed source", "[own27]") {
  auto r = AuditText("Mayor Ana Ruiz spoke on Monday. The memo was leaked. It was read aloud. Nobody objected. "
                     "One said the memo was a forgery.\n");
  auto a = SeenWithCue(r, "said");
  CHECK(a.source == "One");
  CHECK(a.who != "Ana Ruiz");
  CHECK(a.kind == SourceKind::kAnonymous);
}

// The word is a determiner where a noun follows it, or where the cue word
// is a noun before a verb, or where it floats after its subject.
TEST_CASE("one and each stay determiners before a noun or after a subject", "[own27]") {
  for (const std::string s : {"One claim was that the memo was a forgery.", "One answer has been that it was fake.",
                              "No one said the memo was a forgery."}) {
    INFO(s);
    auto r = AuditText(kGroup + s + "\n");
    CHECK(SeenWithCue(r, "said").who != "Two aides");
    CHECK(SeenWithCue(r, "claim").source == "<no attribution>");
    CHECK(SeenWithCue(r, "answer").source == "<no attribution>");
  }
  // "The Courier and the Ledger each called it a forgery": "each" floats
  // after the subject and is no source.
  auto r = AuditText("The Courier and the Ledger each called it a forgery on Monday.\n");
  for (const auto& a : r.attributions) {
    if (a.source) CHECK(a.source->text != "each");
  }
}


// A fresh user's report (fu27): "That person said" after "a source close to
// him" was a second vague source: "person" is no head of the antecedent.
TEST_CASE("the person or that person refers back to the unnamed source cited last", "[own27]") {
  for (const std::string anaphor : {"The person", "That person", "This person"}) {
    INFO(anaphor);
    auto r = AuditText("A source close to the senator said he would run. " + anaphor +
                       " said the decision was final.\n");
    CHECK(r.sources.size() == 1);
    CHECK(SeenWithCue(r, "said", 1).who == "A source close to the senator");
  }
  auto r = AuditText("Two officials briefed on the talks said they stalled. “It is final,” the people said.\n");
  CHECK(SpeakerOf(r, "It is final") == "Two officials briefed on the talks");
}

// fu27: "A senior port official" was vague (no affiliation); the port ties
// the official to an institution as "a city official" does (design §4).
TEST_CASE("a port or airport official is described, not vague", "[own27]") {
  for (const std::string noun : {"port", "airport", "transit"}) {
    INFO(noun);
    auto r = AuditText("A senior " + noun + " official said the talks had stalled.\n");
    REQUIRE(r.sources.size() == 1);
    CHECK(r.sources[0].kind == SourceKind::kDescribed);
  }
}


// fu27: "Black voters have formed …, supporting her" gave a named source
// "Black"; "according to Democratic and independent analysts" one named
// "Democratic": a capitalized modifier before a lower-case head (with a
// coordinated modifier between) was read as a name.
TEST_CASE("a capitalized modifier before a head noun is no name", "[own27]") {
  auto r = AuditText("Black voters have formed an important part of her coalition, supporting her by wide margins.\n");
  CHECK(SeenWithCue(r, "supporting").source == "Black voters");
  CHECK(testing::SourceNamed(r, "Black") == nullptr);
  auto e = AuditText("Evangelical leaders have met twice, saying the plan is dead.\n");
  CHECK(SeenWithCue(e, "saying").source == "Evangelical leaders");
  auto d = AuditText("The plan would fail, according to Democratic and independent analysts.\n");
  auto a = SeenWithCue(d, "according to");
  CHECK(a.source == "Democratic and independent analysts");
  CHECK(a.kind != SourceKind::kNamed);
}


// fu27: "Sen. Ana Ruiz said that once the Senate goes on recess, “…”" gave
// the quote to "Senate" with the cue "goes on": "go on" before a determiner
// or a noun of an activity is no verb of speech.
TEST_CASE("go on before a noun or a determiner is no cue", "[own27]") {
  auto r = AuditText("Sen. Ana Ruiz said that once the Senate goes on recess, “I intend to campaign wherever I can.”\n");
  CHECK(SpeakerOf(r, "I intend to campaign") == "Ana Ruiz");
  for (const std::string s : {"The mayor went on a three-day tour of the islands.", "The senator is going on trial.",
                              "Lee went on television to defend the plan."}) {
    INFO(s);
    CHECK(SeenWithCue(AuditText(s + "\n"), "went on").source == "<no attribution>");
    CHECK(SeenWithCue(AuditText(s + "\n"), "going on").source == "<no attribution>");
  }
  // "“…,” she went on." is still a cue.
  auto q = AuditText("Ana Lee spoke first. “We will not give up,” she went on.\n");
  CHECK(SpeakerOf(q, "We will not give up") == "Ana Lee");
}

}  // namespace
}  // namespace onrecord
