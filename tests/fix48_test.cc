// Faults a fresh user found (fortieth round, branch fix48): a quote led
// into by a thing's words ("The bill would ban “…”") is not the last
// speaker's, and a parenthetical tag ("No one, Governor Tom Hale said,
// wants the toll.") leaves the whole clause around it as the content.
#include <string>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AttributionBySourceAndCue;
using onrecord::testing::AuditText;
using onrecord::testing::ContentJoined;

namespace {

const char* const kTitle = "Ferry toll vote nears.\n\n";

std::string LopezContent(const std::string& second) {
  auto r = AuditText(std::string(kTitle) + "\"We cannot wait any longer for a vote,\" said Senator Maria Lopez. " +
                     second + "\n");
  const auto* a = AttributionBySourceAndCue(r, "Senator Maria Lopez", "said");
  REQUIRE(a != nullptr);
  return ContentJoined(*a);
}

std::string TaggedContent(const std::string& sentence, const std::string& source) {
  auto r = AuditText(std::string(kTitle) + sentence + "\n");
  const auto* a = AttributionBySourceAndCue(r, source, "said");
  REQUIRE(a != nullptr);
  return ContentJoined(*a);
}

}  // namespace

TEST_CASE("fix48: a quote a bill or a law leads into is not the last speaker's", "[fix48]") {
  CHECK(LopezContent("The bill would ban \"any new toll on the ferry after next spring.\"") ==
        "\"We cannot wait any longer for a vote,\"");
  CHECK(LopezContent("The new law requires \"every driver to pay the fee at the gate.\"") ==
        "\"We cannot wait any longer for a vote,\"");
  CHECK(LopezContent("The measure would give \"every town a ferry of its own by next spring.\"") ==
        "\"We cannot wait any longer for a vote,\"");
}

// Guards: readings that must not change.
TEST_CASE("fix48: a quote a person's lead-in gives goes on with the last speaker", "[fix48]") {
  CHECK(LopezContent("Lopez \"will not give up on the ferry this year.\"") ==
        "\"We cannot wait any longer for a vote,\" | \"will not give up on the ferry this year.\"");
}

TEST_CASE("fix48: a quote naming what a plan is goes on with the last speaker", "[fix48]") {
  CHECK(LopezContent("The plan is \"a gift to every ferry owner on the coast.\"") ==
        "\"We cannot wait any longer for a vote,\" | \"a gift to every ferry owner on the coast.\"");
}

TEST_CASE("fix48: the content of a parenthetical tag is the whole clause around it", "[fix48]") {
  CHECK(TaggedContent("No one, Governor Tom Hale said, wants the toll.", "Governor Tom Hale") ==
        "No one | wants the toll");
  CHECK(TaggedContent("The council, Mayor Ana Ruiz said, hopes for a vote in May.", "Mayor Ana Ruiz") ==
        "The council | hopes for a vote in May");
  CHECK(TaggedContent("The pilot, Mayor Ana Ruiz said, ordered the crew to wait.", "Mayor Ana Ruiz") ==
        "The pilot | ordered the crew to wait");
}

TEST_CASE("fix48: a parenthetical tag before a verb that is no cue keeps its clause", "[fix48]") {
  CHECK(TaggedContent("The toll, Governor Tom Hale said, is too high.", "Governor Tom Hale") ==
        "The toll | is too high");
}

TEST_CASE("fix48: defending seats or states in an election is no cue", "[fix48]") {
  auto r = AuditText(std::string(kTitle) + "Democrats are defending 23 Senate seats this year.\n");
  CHECK(onrecord::testing::FindAttributionByCue(r, "are defending") == nullptr);
  auto r2 = AuditText(std::string(kTitle) + "The party will defend a number of swing states in the fall.\n");
  CHECK(onrecord::testing::FindAttributionByCue(r2, "will defend") == nullptr);
  CHECK(onrecord::testing::FindAttributionByCue(r2, "defend") == nullptr);
}

TEST_CASE("fix48: defending a record or a levy stays a cue", "[fix48]") {
  auto r = AuditText(std::string(kTitle) + "The governor defended his record in swing states.\n");
  const auto* a = onrecord::testing::FindAttributionByCue(r, "defended");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) == "his record in swing states");
}

TEST_CASE("fix48: a hyphenated role before a relative clause stays the named person's", "[fix48]") {
  for (const char* role : {"co-founder of Harbor Freight", "vice-chair of the harbor board"}) {
    auto r = AuditText(std::string(kTitle) + "Ana Ruiz, " + role +
                       ", who once backed the levy, said the vote was a mistake.\n");
    CHECK(AttributionBySourceAndCue(r, std::string("Ana Ruiz, ") + role + ",", "said") != nullptr);
    CHECK(r.anonymous_sources.empty());
  }
}

TEST_CASE("fix48: a hyphenated role with no name stays an anonymous source", "[fix48]") {
  auto r = AuditText(std::string(kTitle) + "A co-founder of Harbor Freight said the vote was a mistake.\n");
  CHECK(AttributionBySourceAndCue(r, "A co-founder of Harbor Freight", "said") != nullptr);
  CHECK(r.anonymous_sources.size() == 1);
}
