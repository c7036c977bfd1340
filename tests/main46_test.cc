// Fixes on main in the thirty-ninth round, from fu47 (a fresh user trying the
// merged tree): dq47's continuation of the last speaker's quote into the next
// sentence took quotes the writer gives to someone else, and fix47 made
// "Somebody at …" cite no one while "Someone at …" stays an anonymous source.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AttributionBySourceAndCue;
using onrecord::testing::AuditText;
using onrecord::testing::ContentJoined;
using onrecord::testing::ContentsWritten;

namespace {

const char* const kTitle = "Ferry board weighs a harbor toll.\n\n";
const char* const kFirst = "\"We will win this vote,\" said Rosa Vidal. ";

}  // namespace

TEST_CASE("main46: a quote after another person's name or a person's noun is not the last speaker's", "[main46]") {
  for (const char* next : {"Carl Moss's reply was \"not in a hundred years, Rosa.\"\n",
                           "For Carl Moss, the toll is \"a promise nobody on the island can keep.\"\n",
                           "Her lawyer was more careful about \"any toll on a public ferry route.\"\n",
                           "Her lawyer, Carl Moss, was more careful about \"any toll on a public ferry route.\"\n",
                           "Moss was blunt, and his answer: it is \"the worst idea the board has had.\"\n"}) {
    INFO(next);
    auto r = AuditText(std::string(kTitle) + kFirst + next);
    const auto* a = AttributionBySourceAndCue(r, "Rosa Vidal", "said");
    REQUIRE(a != nullptr);
    CHECK(ContentJoined(*a) == "\"We will win this vote,\"");
  }
}

TEST_CASE("main46: a quote after a pronoun or the speaker's own name still goes on with the speaker", "[main46]") {
  // (Guards: dq47's readings.)
  auto r = AuditText(std::string(kTitle) + kFirst + "That makes her \"the only candidate who can carry the island.\"\n");
  const auto* a = AttributionBySourceAndCue(r, "Rosa Vidal", "said");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) == "\"We will win this vote,\" | \"the only candidate who can carry the island.\"");
  auto r2 = AuditText(std::string(kTitle) + kFirst + "The toll is \"a promise to every rider on the island.\"\n");
  CHECK(ContentsWritten(r2, "\"a promise to every rider on the island.\"") == 1);
  const auto* a2 = AttributionBySourceAndCue(r2, "Rosa Vidal", "said");
  REQUIRE(a2 != nullptr);
  CHECK(ContentJoined(*a2) == "\"We will win this vote,\" | \"a promise to every rider on the island.\"");
}

TEST_CASE("main46: somebody at a place is an anonymous source like someone", "[main46]") {
  // (The same unnamed source either way: described by its office.)
  std::vector<onrecord::SourceKind> kinds;
  for (const char* text : {"Somebody at the state transport office said the toll would fail.\n",
                           "Someone at the state transport office said the toll would fail.\n"}) {
    INFO(text);
    auto r = AuditText(std::string(kTitle) + text);
    REQUIRE(r.attributions.size() == 1);
    const auto& a = r.attributions.front();
    CHECK(a.counted);
    REQUIRE(r.sources.size() == 1);
    CHECK(r.sources.front().kind != onrecord::SourceKind::kNamed);
    kinds.push_back(r.sources.front().kind);
  }
  CHECK(kinds.front() == kinds.back());
}
