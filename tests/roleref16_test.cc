// Role nouns that refer back to a named person (fifteenth round, branch
// roleref16): a definite description ("the senator", "the governor", "the
// billionaire businessman") after a person the article named with that
// office ("Sen. Bernie Sanders", "Gov. Ann Lee") or, for an epithet head of
// the list epithet-heads, after a person named just before, is that person,
// not an unnamed source. Indefinite descriptions, anonymous ones and role
// nouns nobody named holds stay unnamed.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenWithSource;
using onrecord::testing::SourceNamed;

using Seen = onrecord::testing::SeenAttribution;

namespace {

// Whether some source's canonical name is `name`.
bool HasSourceNamed(const onrecord::AuditResult& r, const std::string& name) {
  return SourceNamed(r, name) != nullptr;
}

}  // namespace

TEST_CASE("the senator after a senator named with the abbreviated title is that senator", "[roleref16]") {
  auto r = AuditText(
      "WASHINGTON - Sen. Bernie Sanders defended his call to raise the federal minimum wage on Saturday.\n\n"
      "The senator said higher wages would create jobs.\n");
  const Seen a = SeenWithSource(r, "The senator");
  CHECK(a.cue == "said");
  CHECK(a.who == "Bernie Sanders");
  CHECK(a.kind == onrecord::SourceKind::kNamed);
  CHECK_FALSE(HasSourceNamed(r, "The senator"));
  const auto* sanders = SourceNamed(r, "Bernie Sanders");
  REQUIRE(sanders != nullptr);
  CHECK(sanders->attributions >= 1);
}

TEST_CASE("the governor after a governor named with the abbreviated title is that governor", "[roleref16]") {
  auto r = AuditText(
      "Gov. Ann Lee signed the budget on Monday in the capital.\n\n"
      "The governor said the state would balance its books by June.\n");
  const Seen a = SeenWithSource(r, "The governor");
  CHECK(a.cue == "said");
  CHECK(a.who == "Ann Lee");
  CHECK(a.kind == onrecord::SourceKind::kNamed);
  CHECK(a.level == 5);
  CHECK_FALSE(HasSourceNamed(r, "The governor"));
}

TEST_CASE("the former secretary of state after a person given that office without an article", "[roleref16]") {
  auto r = AuditText(
      "Hillary Clinton, who was secretary of state, campaigned in Iowa on Monday.\n\n"
      "The former secretary of state said she would win the caucuses.\n");
  const Seen a = SeenWithSource(r, "The former secretary of state");
  CHECK(a.cue == "said");
  CHECK(a.who == "Hillary Clinton");
  CHECK(a.kind == onrecord::SourceKind::kNamed);
  auto b = AuditText(
      "Hillary Clinton, former secretary of state, campaigned in Iowa on Monday.\n\n"
      "Omar Reyes said the crowd was large. The former secretary of state said she would win.\n");
  CHECK(SeenWithSource(b, "The former secretary of state").who == "Hillary Clinton");
  CHECK_FALSE(HasSourceNamed(b, "The former secretary of state"));
}

TEST_CASE("the bare office noun is the holder of that title named last", "[roleref16]") {
  auto r = AuditText(
      "Sen. Claire Moss spoke in the morning. Later Sen. Bernie Sanders spoke to the same crowd.\n\n"
      "The senator said the plan would pass.\n");
  const Seen a = SeenWithSource(r, "The senator");
  CHECK(a.cue == "said");
  CHECK(a.who == "Bernie Sanders");
}

TEST_CASE("an epithet the article gave nobody is the person named just before", "[roleref16]") {
  auto r = AuditText(
      "Donald Trump won the primary in South Carolina on Saturday.\n\n"
      "The billionaire businessman said running for president was tough.\n");
  const Seen a = SeenWithSource(r, "The billionaire businessman");
  CHECK(a.cue == "said");
  CHECK(a.who == "Donald Trump");
  CHECK(a.kind == onrecord::SourceKind::kNamed);
  CHECK_FALSE(HasSourceNamed(r, "The billionaire businessman"));
}

TEST_CASE("an epithet is nobody when two people were named just before it", "[roleref16]") {
  auto r = AuditText(
      "Hillary Clinton criticized Donald Trump on Monday in Ohio.\n\n"
      "The Democratic presidential candidate said the election was close.\n");
  const Seen a = SeenWithSource(r, "The Democratic presidential candidate");
  CHECK(a.cue == "said");
  CHECK(a.kind != onrecord::SourceKind::kNamed);
  auto b = AuditText(
      "Hillary Clinton spoke in Ohio on Monday.\n\n"
      "The Democratic presidential candidate said the election was close.\n");
  const Seen one = SeenWithSource(b, "The Democratic presidential candidate");
  CHECK(one.who == "Hillary Clinton");
  CHECK(one.kind == onrecord::SourceKind::kNamed);
}

TEST_CASE("an indefinite senator stays unnamed while the definite one is the senator named", "[roleref16]") {
  auto r = AuditText(
      "Sen. Tom Reed spoke in Ohio on Monday. The senator said the bill would pass.\n\n"
      "A senator said the bill would fail.\n");
  const Seen named = SeenWithSource(r, "The senator");
  CHECK(named.who == "Tom Reed");
  const Seen other = SeenWithSource(r, "A senator");
  CHECK(other.cue == "said");
  CHECK(other.kind != onrecord::SourceKind::kNamed);
  CHECK(other.who != "Tom Reed");
}

TEST_CASE("an official not authorized to speak stays anonymous after a named governor", "[roleref16]") {
  auto r = AuditText(
      "Gov. Ann Lee signed the budget on Monday. The governor said the books were balanced.\n\n"
      "The official, who was not authorized to speak publicly, said the budget was short by millions.\n");
  CHECK(SeenWithSource(r, "The governor").who == "Ann Lee");
  const Seen a = SeenWithSource(r, "The official");
  CHECK(a.cue == "said");
  CHECK(a.kind == onrecord::SourceKind::kAnonymous);
  CHECK(a.who != "Ann Lee");
}

TEST_CASE("a role noun no named person holds stays an unnamed source", "[roleref16]") {
  auto r = AuditText(
      "Gov. Ann Lee signed the budget on Monday. The governor said the books were balanced.\n\n"
      "The senator said the budget was short by millions.\n");
  CHECK(SeenWithSource(r, "The governor").who == "Ann Lee");
  const Seen a = SeenWithSource(r, "The senator");
  CHECK(a.cue == "said");
  CHECK(a.kind == onrecord::SourceKind::kDescribed);
  CHECK(a.who != "Ann Lee");
}
