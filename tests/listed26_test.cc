// A listed cue the engine blocked (twentieth round, branch listed26): a verb
// of asking in the passive before "to" and a verb ("was asked to name …",
// "has been asked to release …") is the question put to its subject, as
// PolNeAR marks "was asked whether …": cue the verb group, no source, and
// the subject with the infinitive clause as content.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenAttributions;
using onrecord::testing::SeenWithCue;

using Seen = onrecord::testing::SeenAttribution;

namespace {

bool AnyCueContaining(const onrecord::AuditResult& r, const std::string& word) {
  for (const auto& a : SeenAttributions(r)) {
    if (a.cue.find(word) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("a passive verb of asking before an infinitive is a cue with its subject in the content", "[listed26]") {
  auto r = AuditText(
      "The ferry board met on Monday.\n\n"
      "Mara Quill was asked to name a single pier she had repaired.\n\n"
      "The candidates were also asked to pick a favorite bridge.\n");
  const Seen a = SeenWithCue(r, "was asked");
  CHECK(a.source == "<none>");
  REQUIRE(a.content.size() == 2);
  CHECK(a.content[0] == "Mara Quill");
  CHECK(a.content[1] == "to name a single pier she had repaired");
  const Seen b = SeenWithCue(r, "were also asked");
  CHECK(b.source == "<none>");
  REQUIRE(b.content.size() == 2);
  CHECK(b.content[0] == "The candidates");
  CHECK(b.content[1] == "to pick a favorite bridge");
}

TEST_CASE("a perfect passive of asking before an infinitive is a cue too", "[listed26]") {
  auto r = AuditText(
      "The ferry board met on Monday.\n\n"
      "Tobin Vell has been asked to release the minutes of the harbor meetings.\n");
  const Seen a = SeenWithCue(r, "has been asked");
  CHECK(a.source == "<none>");
  REQUIRE(a.content.size() == 2);
  CHECK(a.content[0] == "Tobin Vell");
  CHECK(a.content[1] == "to release the minutes of the harbor meetings");
}

TEST_CASE("asking in the active, negated, or before not or be stays no cue", "[listed26]") {
  auto r = AuditText(
      "The ferry board met on Monday.\n\n"
      "Tobin Vell was not asked to speak at the harbor fair.\n\n"
      "A clerk, who asked not to be named, counted the ballots.\n\n"
      "Mara Quill asked to see the ledger.\n\n"
      "The pier has been asked to be ready by May.\n");
  CHECK_FALSE(AnyCueContaining(r, "asked"));
}
