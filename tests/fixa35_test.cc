// Faults a fresh user found in the twenty-ninth round (fixa35, fu35): an
// age between a name and its apposition, a given name that is also a cue
// verb, an outlet named by one capitalized word after "The", a role noun
// inside a prepositional phrase read as the source, a sponsor's name with
// an inner "the" cut from its poll, a book read as an anonymous person, a
// sentence's opening verb taken into its source, "both candidates" after
// two named people, and "Its lawyers" after an organisation.
#include <catch2/catch.hpp>
#include <string>

#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;
using testing::SourceNamed;
using testing::SeenAttributions;
using testing::SeenWithCue;

bool ListedAnonymous(const AuditResult& r, const std::string& phrase) {
  for (const auto& a : r.anonymous_sources) {
    if (a.phrase == phrase) return true;
  }
  return false;
}

// "Name, 34, a role from Town, State, says": the age set off by commas
// does not cut the name from its apposition.
TEST_CASE("an age between a name and its apposition with a place and a state", "[fixa35]") {
  auto r = AuditText("Marta Olsen, 41, a nurse from Laredo, Texas, says the new rules hurt small shops.\n");
  auto says = SeenWithCue(r, "says");
  CHECK(says.who == "Marta Olsen");
  CHECK(says.level == 5);
  CHECK(says.kind == SourceKind::kNamed);
  const Source* s = SourceNamed(r, "Marta Olsen");
  REQUIRE(s != nullptr);
  CHECK(s->role == "nurse from Laredo");
  CHECK(r.anonymous_sources.empty());
}

TEST_CASE("an age and a town after a name, and an age in parentheses", "[fixa35]") {
  auto r = AuditText("Marta Olsen, 41, of Laredo, says the new rules hurt small shops.\n");
  CHECK(SeenWithCue(r, "says").who == "Marta Olsen");
  CHECK(r.anonymous_sources.empty());
  auto p = AuditText("Marta Olsen (41), a baker, says the new rules hurt small shops.\n");
  CHECK(SeenWithCue(p, "says").who == "Marta Olsen");
  CHECK(SeenWithCue(p, "says").level == 5);
  CHECK(p.anonymous_sources.empty());
}

// "Hope" is a cue verb and a given name: before a capitalized surname it
// opens the name.
TEST_CASE("a given name that is also a cue verb opens a name", "[fixa35]") {
  auto r = AuditText("Hope Lindqvist, a spokeswoman for the mayor, said the ferry would run on Sunday.\n");
  for (const auto& a : SeenAttributions(r)) CHECK(a.cue != "Hope");
  auto said = SeenWithCue(r, "said");
  CHECK(said.who == "Hope Lindqvist");
  CHECK(said.level == 5);
  for (const auto& f : r.findings) CHECK(f.rule != "attribution.non-speech-cue");
  auto lone = AuditText("Hope Lindqvist, a spokeswoman for the mayor, did not respond to a request for comment.\n");
  for (const auto& a : SeenAttributions(lone)) CHECK(a.cue != "Hope");
  for (const auto& f : lone.findings) CHECK(f.rule != "attribution.non-speech-cue");
}

TEST_CASE("the verb hope stays a cue", "[fixa35]") {
  auto r = AuditText("Officials in Tarn hope the ferry will run again by May.\n");
  CHECK(SeenWithCue(r, "hope").source == "Officials in Tarn");
}

// A newspaper named by one capitalized word after "The" is a named
// organisation (T4), as "the Daily Star" is.
TEST_CASE("an outlet named The and one capitalized person noun", "[fixa35]") {
  auto r = AuditText("The Advocate had chided the mayor for the delay.\n");
  auto a = SeenWithCue(r, "had chided");
  CHECK(a.level == 4);
  CHECK(a.kind == SourceKind::kOrganization);
  CHECK(r.anonymous_sources.empty());
  auto o = AuditText("The ferry will stop in June, the Advocate reported.\n");
  CHECK(SeenWithCue(o, "reported").level == 4);
  CHECK(o.anonymous_sources.empty());
  auto right = AuditText("The ferry will stop in June, according to the Advocate.\n");
  CHECK(SeenWithCue(right, "according to").level == 4);
  CHECK(right.anonymous_sources.empty());
}

TEST_CASE("a lower-case description after The stays unnamed", "[fixa35]") {
  auto r = AuditText("The advocate said the ferry should run.\n");
  CHECK(SeenWithCue(r, "said").level == 1);
  CHECK(ListedAnonymous(r, "The advocate"));
}

// A bare role noun after a preposition ("for president") is inside the
// phrase of the head before it; that head's phrase is the source.
TEST_CASE("a role noun inside a prepositional phrase is not the source", "[fixa35]") {
  auto r = AuditText("Supporters of Democrat Ana Ruiz for governor say by 60%-35% that the levy should stay.\n");
  auto say = SeenWithCue(r, "say");
  CHECK(say.source == "Supporters of Democrat Ana Ruiz for governor");
  CHECK_FALSE(ListedAnonymous(r, "governor"));
}

// "A new X/Y the Z survey": a sponsor's name with an inner "the" after a
// slash stays in the poll's span.
TEST_CASE("a poll's sponsor with a slash and an inner the", "[fixa35]") {
  auto r = AuditText("A new HARBOR NEWS/Save the Coast poll of those 18 to 29 years old finds wide support.\n");
  auto finds = SeenWithCue(r, "finds");
  CHECK(finds.source.rfind("A new HARBOR NEWS/Save the Coast poll", 0) == 0);
  CHECK(finds.level == 4);
}

// A book is a document, never an anonymous person.
TEST_CASE("a novel that says something is a document", "[fixa35]") {
  auto r = AuditText("Ferry fares rose. And at least in part because a popular novel for sailors says so.\n");
  auto says = SeenWithCue(r, "says");
  CHECK(says.kind == SourceKind::kDocument);
  CHECK(r.anonymous_sources.empty());
}

// "Looks like someone told …": the sentence's opening verb and "like" are
// no premodifiers of the source.
TEST_CASE("a verb and like before an indefinite source stay out of its span", "[fixa35]") {
  auto r = AuditText("Looks like someone told the mayor that the ferry is late.\n");
  auto told = SeenWithCue(r, "told");
  CHECK(told.source == "someone");
  CHECK(ListedAnonymous(r, "someone"));
  auto o = AuditText("Sounds like officials told the mayor that the ferry is late.\n");
  CHECK(SeenWithCue(o, "told").source == "officials");
}

// "both candidates" after two people named, not joined as one subject.
TEST_CASE("both and a plural person noun after two named people", "[fixa35]") {
  auto r = AuditText(
      "Ana Ruiz met Tom Hale in Tarn on Monday. After the debate, the mayor and the challenger traded barbs, "
      "both candidates saying the ferry must run.\n");
  auto saying = SeenWithCue(r, "saying");
  CHECK(saying.source == "both candidates");
  CHECK(saying.who == "Ana Ruiz and Tom Hale");
  CHECK_FALSE(ListedAnonymous(r, "both candidates"));
}

// "Its lawyers" after "The company … said": the possessive ties the role
// noun to the organisation (T2 described), as "The company's lawyers" is.
TEST_CASE("its and a role noun after an organisation is described", "[fixa35]") {
  auto r = AuditText("The company, in a statement, said it would appeal. Its lawyers said the ruling was flawed.\n");
  auto lawyers = SeenWithCue(r, "said", 1);
  CHECK(lawyers.source == "Its lawyers");
  CHECK(lawyers.level == 2);
  REQUIRE(lawyers.specificity);
  CHECK(*lawyers.specificity == Specificity::kDescribed);
  // With no organisation before, "its" ties the noun to nothing.
  auto bare = AuditText("The bill passed in March. Its critics said the ruling was flawed.\n");
  CHECK(SeenWithCue(bare, "said").level == 1);
}

}  // namespace
}  // namespace onrecord
