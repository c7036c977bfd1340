// Cue extents (thirty-seventh round, branch cue44). (1) "said with a
// laugh", "replied with a shrug:": a phrase of "with" and a noun of list
// cue-expression-nouns right after the cue that closes the clause is how
// it was said, and PolNeAR puts it in the cue (its guidelines: "she said
// with anger"). (2) "The village released a statement Wednesday saying",
// "Sen. Ana Ruiz (D-Maine) issued a statement saying": an artifact verb's
// subject that the strict left parse did not read (a head no list knows, a
// name with a parenthesis, a name with an apposition between commas) is
// now the source, and the artifact opens the cue, instead of the artifact
// being read as the source of the participle alone.
#include <catch2/catch.hpp>
#include <string>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::ContentJoined;
using onrecord::testing::FindAttributionByCue;

TEST_CASE("cue44: with a laugh after a quote is part of the cue", "[cue44]") {
  auto r = AuditText("“We will see about the fares,” Ana Ruiz said with a laugh.\n");
  const auto* a = FindAttributionByCue(r, "said with a laugh");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "Ana Ruiz");
  CHECK(FindAttributionByCue(r, "said") == nullptr);
}

TEST_CASE("cue44: with an eye roll and with a shrug before a colon are part of the cue", "[cue44]") {
  auto r = AuditText(
      "“Not the ferry again,” Tom Hale said with an eye roll. “It never ends.” Mara Quill replied with a "
      "shrug: “Then build the bridge.”\n");
  const auto* a = FindAttributionByCue(r, "said with an eye roll");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "Tom Hale");
  const auto* b = FindAttributionByCue(r, "replied with a shrug:");
  REQUIRE(b != nullptr);
  REQUIRE(b->source);
  CHECK(b->source->text == "Mara Quill");
  CHECK(ContentJoined(*b).find("Then build the bridge.") != std::string::npos);
}

TEST_CASE("cue44: a with phrase that does not close the clause or names no manner stays out", "[cue44]") {
  auto r = AuditText("“Fine,” Ana Ruiz said with a smile on her face. Tom Hale agreed with the mayor about the levy.\n");
  const auto* a = FindAttributionByCue(r, "said");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "Ana Ruiz");
  CHECK(FindAttributionByCue(r, "agreed with") != nullptr);
}

TEST_CASE("cue44: an unlisted subject of an artifact verb is the source", "[cue44]") {
  auto r = AuditText("The village released a statement Wednesday saying the ferry fares were too high.\n");
  const auto* a = FindAttributionByCue(r, "released a statement Wednesday saying");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "The village");
  CHECK(ContentJoined(*a) == "the ferry fares were too high");
}

TEST_CASE("cue44: a name and its parenthesis before an artifact verb is the source", "[cue44]") {
  auto r = AuditText("Sen. Ana Ruiz (D-Maine) issued a statement saying the levy was unfair to island families.\n");
  const auto* a = FindAttributionByCue(r, "issued a statement saying");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "Sen. Ana Ruiz (D-Maine)");
}

TEST_CASE("cue44: a name and its apposition before an artifact verb is the source", "[cue44]") {
  auto r = AuditText("Tom Hale, the port’s director, released a statement confirming the night ferry will run all winter.\n");
  const auto* a = FindAttributionByCue(r, "released a statement confirming");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text.rfind("Tom Hale, the port’s director", 0) == 0);
  CHECK(ContentJoined(*a) == "the night ferry will run all winter");
}

TEST_CASE("cue44: a subject the left parse reads only in part keeps the earlier reading", "[cue44]") {
  // ("experts, including Tom Hale,": the phrase read before the comma is
  // not the whole subject, so the artifact verb takes no source from it.)
  auto r = AuditText("A group of more than forty harbor experts, including Tom Hale, issued an open letter calling the levy unwise.\n");
  CHECK(FindAttributionByCue(r, "issued an open letter calling") == nullptr);
  const auto* a = FindAttributionByCue(r, "calling");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) == "the levy unwise");
}
