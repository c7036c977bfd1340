// Epithets of named people (thirteenth round, branch epi14): a definite
// description ("the retired neurosurgeon", "The former secretary of state")
// that the article gave a named person, as a title before the name, in an
// apposition after it or in a "who is" clause, is that person and no
// unnamed source. With only its head noun in common it is the one person
// given a role with that noun, never one of two. A description nobody
// named was given stays an unnamed source, and so do the genuinely
// anonymous ones. Members of a party ("Democrats", "The Democrats") are
// tied to it (described, T2) with or without the article.
#include <optional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenWithSource;

namespace {

using Seen = onrecord::testing::SeenAttribution;

// Whether any anonymous-source mention of the article is written `text`.
bool AnonymousMention(const onrecord::AuditResult& r, const std::string& text) {
  for (const auto& a : r.anonymous_sources) {
    if (a.phrase == text) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("a description given in an apposition after a short name is the person", "[epi14]") {
  auto r = AuditText(
      "Republican presidential candidate Ben Carson spoke in Iowa on Monday. Carson, a retired "
      "neurosurgeon, drew a large crowd.\n\n"
      "Piet Vos said the crowd was the largest of the week. The retired neurosurgeon said the tax code "
      "was too complicated.\n");
  const Seen a = SeenWithSource(r, "The retired neurosurgeon");
  CHECK(a.cue == "said");
  CHECK(a.who == "Ben Carson");
  CHECK(a.kind == onrecord::SourceKind::kNamed);
  CHECK_FALSE(AnonymousMention(r, "The retired neurosurgeon"));
}

TEST_CASE("a description given as a title before the name is the person", "[epi14]") {
  auto r = AuditText(
      "Former Secretary of State Hillary Clinton campaigned in Ohio on Tuesday.\n\n"
      "Piet Vos said the hall was full. The former secretary of state said she would raise the minimum "
      "wage.\n");
  const Seen a = SeenWithSource(r, "The former secretary of state");
  CHECK(a.cue == "said");
  CHECK(a.who == "Hillary Clinton");
  CHECK(a.kind == onrecord::SourceKind::kNamed);
}

TEST_CASE("a description given after the name with the or in a who clause is the person", "[epi14]") {
  auto r = AuditText(
      "Hillary Clinton, the former secretary of state, campaigned in Ohio. Ben Carson, who is a retired "
      "neurosurgeon, spoke in Iowa.\n\n"
      "Piet Vos said both crowds were large. The former secretary of state said she would raise the "
      "minimum wage. The retired neurosurgeon said the tax code was too complicated.\n");
  CHECK(SeenWithSource(r, "The former secretary of state").who == "Hillary Clinton");
  CHECK(SeenWithSource(r, "The retired neurosurgeon").who == "Ben Carson");
}

TEST_CASE("a description sharing only its head noun is the one person given that noun", "[epi14]") {
  auto one = AuditText(
      "Ben Carson, a retired neurosurgeon, spoke in Iowa on Monday.\n\n"
      "Piet Vos said the crowd was large. The famous neurosurgeon said the tax code was too "
      "complicated.\n");
  CHECK(SeenWithSource(one, "The famous neurosurgeon").who == "Ben Carson");
  // Two people given the noun: the description may be either, so it stays unnamed.
  auto two = AuditText(
      "Ben Carson, a retired neurosurgeon, spoke in Iowa on Monday. Ann Lee, a young neurosurgeon, spoke "
      "in Ohio.\n\n"
      "Piet Vos said the crowds were large. The famous neurosurgeon said the tax code was too "
      "complicated.\n");
  const Seen a = SeenWithSource(two, "The famous neurosurgeon");
  CHECK(a.cue == "said");
  CHECK(a.kind != onrecord::SourceKind::kNamed);
}

TEST_CASE("descriptions nobody named was given and anonymous sources stay unnamed", "[epi14]") {
  auto r = AuditText(
      "Ben Carson, a retired neurosurgeon, spoke in Iowa on Monday.\n\n"
      "A senior administration official said the plan was dead. People familiar with the matter said "
      "talks had stalled. The retired admiral said the navy was ready. The senior administration official "
      "said the talks would resume. The famous neurosurgeon said the tax code was too complicated.\n");
  CHECK(SeenWithSource(r, "The famous neurosurgeon").who == "Ben Carson");
  CHECK(SeenWithSource(r, "The retired admiral").kind != onrecord::SourceKind::kNamed);
  CHECK(SeenWithSource(r, "A senior administration official").kind != onrecord::SourceKind::kNamed);
  CHECK(SeenWithSource(r, "People familiar with the matter").kind == onrecord::SourceKind::kAnonymous);
  CHECK(SeenWithSource(r, "The senior administration official").kind != onrecord::SourceKind::kNamed);
}

TEST_CASE("a newcomer introduced with an indefinite article is not the person named long before", "[epi14]") {
  auto r = AuditText(
      "Ann Lee, a union organizer, spoke at the harbor on Monday. The port was quiet. The ships stayed "
      "out. The crane drivers went home. The tugs were tied up.\n\n"
      "Visitors to the picket line were greeted by an organizer. The organizer said the strike would go "
      "on. The veteran organizer said the union would not give in.\n");
  CHECK(SeenWithSource(r, "The organizer").who != "Ann Lee");
  // Named again, she is the one the description points to.
  auto named = AuditText(
      "Ann Lee, a union organizer, spoke at the harbor on Monday.\n\n"
      "Piet Vos said the port was quiet. The veteran organizer said the union would not give in.\n");
  CHECK(SeenWithSource(named, "The veteran organizer").who == "Ann Lee");
}

TEST_CASE("members of a party are described with or without the article", "[epi14]") {
  auto r = AuditText(
      "The bill passed the House on Monday. Democrats said the vote was rushed. The Democrats said the "
      "bill was unfair. The vote was fair, the Republicans said. Conservatives said the tax was too "
      "high.\n");
  const Seen bare = SeenWithSource(r, "Democrats");
  const Seen definite = SeenWithSource(r, "The Democrats");
  const Seen after = SeenWithSource(r, "the Republicans");
  CHECK(bare.level == 2);
  CHECK(bare.specificity == onrecord::Specificity::kDescribed);
  CHECK(definite.level == 2);
  CHECK(definite.specificity == onrecord::Specificity::kDescribed);
  CHECK(after.level == 2);
  // A political leaning is no party.
  CHECK(SeenWithSource(r, "Conservatives").level == 1);
}
