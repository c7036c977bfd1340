// English roles a fresh user found wrong (thirty-second round, branch fixc38,
// issue #4): an adverb with an intensifier set off by commas after a name
// ("quite frankly") is no role, and a title written out ("Rabbi", "Senator")
// gives way to an apposition that names a position, as an abbreviated one
// does.
#include <algorithm>
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;
using onrecord::testing::SourceNamed;

namespace {
const char kHead[] = "Harbor board weighs a ferry merger.\n\n";
}  // namespace

TEST_CASE("fixc38: an intensifier and an adverb after a name are no role", "[fixc38]") {
  for (const char* aside : {"quite frankly", "very clearly", "rather bluntly"}) {
    auto r = AuditText(std::string(kHead) + "Tom Greer, " + aside + ", said the merger was a mistake.\n");
    const auto* s = SourceNamed(r, "Tom Greer");
    REQUIRE(s != nullptr);
    CHECK(s->role.empty());
    CHECK(s->roles.empty());
  }
  // Guard: a role with a modifier stays ("very senior adviser" names a person).
  auto g = AuditText(std::string(kHead) + "Tom Greer, a very senior adviser, said the merger was a mistake.\n");
  const auto* s = SourceNamed(g, "Tom Greer");
  REQUIRE(s != nullptr);
  CHECK(s->role == "a very senior adviser");
}

TEST_CASE("fixc38: a title written out gives way to an apposition naming a position", "[fixc38]") {
  auto r = AuditText(std::string(kHead) +
                     "Rabbi Noa Feld, president of the Harbor Congregations Council, said the merger was welcome.\n");
  const auto* s = SourceNamed(r, "Noa Feld");
  REQUIRE(s != nullptr);
  CHECK(s->role == "president of the Harbor Congregations Council");
  CHECK(std::find(s->roles.begin(), s->roles.end(), "Rabbi") != s->roles.end());
  // Guard: a party and a state are no position; "Senator" stays the role.
  auto g = AuditText(std::string(kHead) + "Senator Ann Vell, Republican of Ohio, said the merger was welcome.\n");
  const auto* v = SourceNamed(g, "Ann Vell");
  REQUIRE(v != nullptr);
  CHECK(v->role == "Senator");
}

TEST_CASE("fixc38: a relative clause of a position gives the position, not the clause", "[fixc38]") {
  auto r = AuditText(std::string(kHead) +
                     "Mara Quist, who served as harbor commissioner when the ferry line was sold, said the merger "
                     "was a mistake.\n");
  const auto* s = SourceNamed(r, "Mara Quist");
  REQUIRE(s != nullptr);
  CHECK(s->role == "former harbor commissioner");  // served: a past position (fu38c)
  auto r2 = AuditText(std::string(kHead) +
                      "“It was a mistake,” said Ned Olin, who worked as a ferry pilot for the old line.\n");
  const auto* o = SourceNamed(r2, "Ned Olin");
  REQUIRE(o != nullptr);
  CHECK(o->role == "former ferry pilot for the old line");
  // Guards: a clause with no "as" keeps its verb; "as" later in it does not
  // end it.
  auto g = AuditText(std::string(kHead) +
                     "Lena Rusk, who works at the port as a crane operator, said the merger was a mistake.\n");
  const auto* l = SourceNamed(g, "Lena Rusk");
  REQUIRE(l != nullptr);
  CHECK(l->role == "works at the port as a crane operator");
  // A clause with no "as" after its verb is not cut at a subordinator: the
  // later job stays (fu38c); "serves as" is a present position.
  auto g2 = AuditText(std::string(kHead) +
                      "Jane Roe, who worked for the mayor before she became a judge, said the merger was a mistake.\n");
  const auto* j = SourceNamed(g2, "Jane Roe");
  REQUIRE(j != nullptr);
  CHECK(j->role == "worked for the mayor before she became a judge");
  auto g3 = AuditText(std::string(kHead) +
                      "Omar Tell, who serves as harbor commissioner, said the merger was a mistake.\n");
  const auto* t = SourceNamed(g3, "Omar Tell");
  REQUIRE(t != nullptr);
  CHECK(t->role == "harbor commissioner");
}

TEST_CASE("fixc38: an inverted source runs on through \"to\" and the person it serves", "[fixc38]") {
  auto r1 = AuditText(std::string(kHead) + "“We are not worried,” said an aide to Rep. Ann Lee.\n");
  CHECK(SeenWithCue(r1, "said").source == "an aide to Rep. Ann Lee");
  CHECK(SeenWithCue(r1, "said").level == 2);
  auto r2 = AuditText(std::string(kHead) + "“We are not worried,” said a senior adviser to the mayor.\n");
  CHECK(SeenWithCue(r2, "said").source == "a senior adviser to the mayor");
  // Guard: before its verb, a subject's "to" phrase does not swallow the
  // verb; the cue stays.
  auto g = AuditText(std::string(kHead) + "Aides to Mayor Kim Rand have focused on the ferry fares.\n");
  CHECK(SeenWithCue(g, "have focused on").source == "Aides to Mayor Kim Rand");
}

TEST_CASE("fixc38: a modifier and a plain word before a title make the whole role", "[fixc38]") {
  auto r = AuditText(std::string(kHead) + "Former first lady Nell Hardy said the merger was welcome.\n");
  const auto* s = SourceNamed(r, "Nell Hardy");
  REQUIRE(s != nullptr);
  CHECK(s->role == "Former first lady");
  auto r2 = AuditText(std::string(kHead) +
                      "The board met on Friday, and former first lady Nell Hardy said the merger was welcome.\n");
  const auto* s2 = SourceNamed(r2, "Nell Hardy");
  REQUIRE(s2 != nullptr);
  CHECK(s2->role == "former first lady");
  // Guard: with no modifier the word stays out ("The board met, and first").
  auto g = AuditText(std::string(kHead) + "The board met, and then Gov. Nell Hardy said the merger was welcome.\n");
  const auto* h = SourceNamed(g, "Nell Hardy");
  REQUIRE(h != nullptr);
  CHECK(h->role == "Gov.");
}
