// Direct quotes the engine missed (nineteenth round, branch dqr25): a quote
// that runs on into the writer's words of its clause.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;

using Seen = onrecord::testing::SeenAttribution;

TEST_CASE("a quote of several sentences runs on into the words before an inverted source", "[dqr25]") {
  auto r = AuditText(
      "Money in the race.\n\n"
      "\"Towns are short of money. Groups have the money. They do not have a choice\" but to lead the "
      "advertising, says Tom Reed, a consultant in Dover.\n");
  const Seen says = SeenWithCue(r, "says");
  CHECK(says.source == "Tom Reed, a consultant in Dover");
  REQUIRE(says.content.size() == 1);
  CHECK(says.content[0] ==
        "\"Towns are short of money. Groups have the money. They do not have a choice\" but to lead the advertising");
}

TEST_CASE("a quote after a cue and a comma runs on to the end of its sentence", "[dqr25]") {
  auto r = AuditText(
      "At the hall.\n\n"
      "Lee said as he introduced his wife in Dover, \"Finally, the wall fell and we are free\" to talk about "
      "whose plans are better.\n");
  const Seen said = SeenWithCue(r, "said");
  CHECK(said.source == "Lee");
  REQUIRE(said.content.size() == 1);
  CHECK(said.content[0] == "\"Finally, the wall fell and we are free\" to talk about whose plans are better");
}

TEST_CASE("a quote that goes on with the one before takes the words it runs on into", "[dqr25]") {
  auto r = AuditText(
      "The bridge.\n\n"
      "\"It will be fine for the town,\" Ana Ruiz said. \"Some people doubt it, but most of the council is in "
      "support\" of the plan to rebuild the bridge.\n");
  const Seen said = SeenWithCue(r, "said");
  CHECK(said.source == "Ana Ruiz");
  REQUIRE(said.content.size() == 2);
  CHECK(said.content[0] == "\"It will be fine for the town,\"");
  CHECK(said.content[1] ==
        "\"Some people doubt it, but most of the council is in support\" of the plan to rebuild the bridge");
}

TEST_CASE("the run-on words stop at a dash, and a quote ending in a comma runs on after \"and\" (dq38)", "[dqr25]") {
  auto r = AuditText(
      "The vote.\n\n"
      "\"The port is busy. Of course\" the mayor can run it -- after a long fight over the budget, Ruiz said.\n\n"
      "\"We are ready,\" and the vote went ahead, Ana Lee said.\n");
  const Seen said = SeenWithCue(r, "said");
  CHECK(said.source == "Ruiz");
  REQUIRE(said.content.size() == 1);
  CHECK(said.content[0] == "\"The port is busy. Of course\" the mayor can run it");
  const Seen lee = SeenWithCue(r, "said", 1);
  CHECK(lee.source == "Ana Lee");
  REQUIRE(lee.content.size() == 1);
  // dq38: after a quote ending in a comma, "and" opens the writer's words the
  // quote runs on into before its source (PolNeAR's gold takes them, as it
  // does after "as", "since" or "in"); the run-on still stops at a dash above.
  CHECK(lee.content[0] == "\"We are ready,\" and the vote went ahead");
}

TEST_CASE("a time phrase after a quote and words cut off on a conjunction do not run on", "[dqr25]") {
  auto r = AuditText(
      "The port.\n\n"
      "\"The port is busy. We are ready\" on Friday afternoon, Ruiz said.\n\n"
      "\"The dock is old. The council is ready\" for the vote and, Ana Lee said, for the budget.\n");
  const Seen ruiz = SeenWithCue(r, "said");
  CHECK(ruiz.source == "Ruiz");
  REQUIRE(ruiz.content.size() == 1);
  CHECK(ruiz.content[0] == "\"The port is busy. We are ready\"");
  const Seen lee = SeenWithCue(r, "said", 1);
  CHECK(lee.source == "Ana Lee");
  REQUIRE(!lee.content.empty());
  CHECK(lee.content[0] == "\"The dock is old. The council is ready\"");
}
