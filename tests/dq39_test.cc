// Direct quotes (thirty-third round, branch dq39): two quotes of one
// attribution inside one clause of the writer's, with only the writer's
// words between them, are one content running over those words; the
// writer's words that run into the first quote open it, as for a single
// quote (PolNeAR marks the clause, not the quotes apart). A cue between the
// quotes, a sentence break, and languages other than English keep the
// quotes apart.
#include <catch2/catch.hpp>
#include <string>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::AttributionBySourceAndCue;

TEST_CASE("dq39: two quotes in one clause before an inverted cue are one content", "[dq39]") {
  auto r = AuditText(
      "“The Last Ferry” was to be a “warning to the town,” said "
      "Mara Quint, the author’s agent.\n");
  const auto* a = AttributionBySourceAndCue(r, "Mara Quint, the author’s agent", "said");
  REQUIRE(a != nullptr);
  REQUIRE(a->content.size() == 1);
  CHECK(a->content[0].text == "“The Last Ferry” was to be a “warning to the town,”");
}

TEST_CASE("dq39: a quote broken by the writer's dash aside is one content", "[dq39]") {
  auto r = AuditText(
      "Tom Hale runs the harbor board. “I don’t think the old "
      "view” — that the port is finished — “will hold much "
      "longer,” he says.\n");
  const auto* a = AttributionBySourceAndCue(r, "he", "says");
  REQUIRE(a != nullptr);
  REQUIRE(a->content.size() == 1);
  CHECK(a->content[0].text ==
        "“I don’t think the old view” — that the port is "
        "finished — “will hold much longer,”");
}

TEST_CASE("dq39: the writer's words before the first of two quotes open the content", "[dq39]") {
  auto r = AuditText(
      "The ferry plan was a “good idea” that produced “solid "
      "results,” Mayor Tessa Grund said.\n");
  const auto* a = AttributionBySourceAndCue(r, "Mayor Tessa Grund", "said");
  REQUIRE(a != nullptr);
  REQUIRE(a->content.size() == 1);
  CHECK(a->content[0].text == "The ferry plan was a “good idea” that produced “solid results,”");
}

// Guards (pass before and after): the cue between the quotes, a sentence
// break, and a Spanish sentence keep two parts.
TEST_CASE("dq39: a cue between two quotes keeps them apart", "[dq39]") {
  auto r = AuditText("“We are ready,” Ana Lee said, “and the vote goes ahead.”\n");
  const auto* a = AttributionBySourceAndCue(r, "Ana Lee", "said");
  REQUIRE(a != nullptr);
  REQUIRE(a->content.size() == 2);
  CHECK(a->content[0].text == "“We are ready,”");
  CHECK(a->content[1].text == "“and the vote goes ahead.”");
}

TEST_CASE("dq39: a sentence break between two quotes keeps them apart", "[dq39]") {
  auto r = AuditText("“We are ready,” said Ana Lee. “The vote goes ahead.”\n");
  const auto* a = AttributionBySourceAndCue(r, "Ana Lee", "said");
  REQUIRE(a != nullptr);
  REQUIRE(a->content.size() == 2);
  CHECK(a->content[0].text == "“We are ready,”");
  CHECK(a->content[1].text == "“The vote goes ahead.”");
}

TEST_CASE("dq39: quotes of one clause in Spanish are not joined", "[dq39]") {
  auto r = AuditText(
      "Nadie sabe aún cuántos barcos guarda el \"astillero viejo\" "
      "ni \"si puede repararlos\", informó la emisora.\n",
      "test.txt", "es");
  const auto* a = AttributionBySourceAndCue(r, "la emisora", "informó");
  REQUIRE(a != nullptr);
  CHECK(a->content.size() == 2);
}
