// Direct quotes (thirty-seventh round, branch dq44): a quote joined to an
// attributed quote by "and" or "or" (a comma allowed on either side) in the
// same sentence, and held by no other attribution (or by a sourceless one of
// the same cue), is part of the same content, and so is a list of quotes set
// side by side after a comma inside the marks: PolNeAR marks one content
// from the first quote's opening mark to the last one's closing mark
// ("telling the crowd, “…,” and, “…”", "named “…,” “…” and “…”").
#include <string>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::ContentOpeningWith;

TEST_CASE("dq44: a second quote after and with commas joins the first one's content", "[dq44]") {
  auto r = AuditText(
      "The mayor joked with the dock workers, telling them, “I am a plumber like you, friends,” and, “Is there "
      "anyone here who has never fixed a sink?” The answer drew laughter.\n");
  const auto* a = ContentOpeningWith(r, "“I am a plumber");
  REQUIRE(a != nullptr);
  REQUIRE(a->content.size() == 1);
  CHECK(a->content[0].text ==
        "“I am a plumber like you, friends,” and, “Is there anyone here who has never fixed a sink?”");
  REQUIRE(a->cue);
  CHECK(a->cue->text == "telling");
  REQUIRE(a->source);
  CHECK(a->source->text == "The mayor");
}

TEST_CASE("dq44: a crowd's two chants joined by and are one content", "[dq44]") {
  auto r = AuditText(
      "Marsh spoke at the depot on Tuesday. The crowd shouted back at her, \"Open the gates,\" and \"Fund the "
      "clinic.\" Then the rally ended.\n");
  const auto* a = ContentOpeningWith(r, "\"Open the gates,\"");
  REQUIRE(a != nullptr);
  REQUIRE(a->content.size() == 1);
  CHECK(a->content[0].text == "\"Open the gates,\" and \"Fund the clinic.\"");
  REQUIRE(a->cue);
  CHECK(a->cue->text == "shouted back");
}

TEST_CASE("dq44: guards, a quote with its own speaker or in the next sentence stays apart", "[dq44]") {
  // The next quote has its own cue and speaker: two attributions.
  auto r = AuditText(
      "“We will rebuild the pier,” said Ana Ruiz, and “We will pay for it,” said Tom Hale, the harbor "
      "treasurer.\n");
  const auto* a = ContentOpeningWith(r, "“We will rebuild");
  REQUIRE(a != nullptr);
  REQUIRE(a->content.size() == 1);
  CHECK(a->content[0].text == "“We will rebuild the pier,”");
  // A quote in the next sentence is not joined, even after "And".
  auto r2 = AuditText(
      "The crowd shouted back at her, \"Open the gates.\" And \"Fund the clinic\" was painted on a banner.\n");
  const auto* b = ContentOpeningWith(r2, "\"Open the gates.\"");
  REQUIRE(b != nullptr);
  CHECK(b->content.front().text == "\"Open the gates.\"");
}

// A list of quotes with commas inside the marks, the last joined by "and".
TEST_CASE("dq44: a list of quoted titles under one cue is one content", "[dq44]") {
  auto r = AuditText(
      "Mayor Ana Ruiz, who has just returned from the coast, named “Harbor Lights,” “The Long Tide,” “Dock Street” "
      "and “Pier Nine” as her favorite shows.\n");
  const auto* a = ContentOpeningWith(r, "“Harbor Lights,”");
  REQUIRE(a != nullptr);
  REQUIRE(a->content.size() == 1);
  CHECK(a->content[0].text.rfind("“Harbor Lights,” “The Long Tide,” “Dock Street” and “Pier Nine”", 0) == 0);
}
