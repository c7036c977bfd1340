// Span boundaries on PolNeAR's conventions (nineteenth round, branch
// span25): a named source after its cue keeps its affiliation ("said Ann
// Bell of the Harbor Institute"), as identifying modifiers belong to the
// source.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;

using Seen = onrecord::testing::SeenAttribution;

TEST_CASE("a source after its cue keeps its affiliation to the end of the sentence", "[span25]") {
  auto r = AuditText(
      "The ferry board voted on Monday to raise the levy.\n\n"
      "\"The levy will hurt every small ferry on the coast,\" said Tomas Brell of the Harbor Policy Institute.\n");
  const Seen a = SeenWithCue(r, "said");
  CHECK(a.source == "Tomas Brell of the Harbor Policy Institute");
}

TEST_CASE("an affiliation after a source keeps the apposition that follows it", "[span25]") {
  auto r = AuditText(
      "The ferry board voted on Monday to raise the levy.\n\n"
      "\"Nobody asked the riders,\" says Ilse Varga of consulting firm Kestrel Partners, a group that advises "
      "port towns.\n");
  const Seen a = SeenWithCue(r, "says");
  CHECK(a.source == "Ilse Varga of consulting firm Kestrel Partners, a group that advises port towns");
}

TEST_CASE("no affiliation before a time", "[span25]") {
  auto r = AuditText(
      "The ferry board voted on Monday to raise the levy.\n\n"
      "\"We will see what the riders say,\" said Ilse Varga of the Dover council on Tuesday.\n");
  bool varga = false;
  for (const auto& s : onrecord::testing::SeenAttributions(r)) {
    if (s.source.rfind("Ilse Varga", 0) == 0) {
      varga = true;
      CHECK(s.source == "Ilse Varga");
    }
  }
  CHECK(varga);
}

TEST_CASE("a gerund with its object after the preposition is no affiliation", "[span25]") {
  auto r = AuditText(
      "The ferry board voted on Monday to raise the levy.\n\n"
      "\"They rushed it,\" said Ilse Varga of passing the Harbor Levy Act.\n");
  const Seen a = SeenWithCue(r, "said");
  CHECK(a.source == "Ilse Varga");
}
