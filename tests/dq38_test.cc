// Direct quotes (thirty-second round, branch dq38): a quote that opens its
// sentence and ends in a comma inside the mark runs on into the writer's
// words up to its source and cue when those words open with a word of list
// quote-run-on-openers ("like", "and"), as they already did after a
// subordinator or a preposition (PolNeAR's Content runs to the attribution).
#include <string>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::ContentOpeningWith;

TEST_CASE("dq38: a quote runs on after its comma into words opened by like", "[dq38]") {
  auto r = AuditText(
      "“The best part has been a new resilience among shoppers to many bad events,” like the swings of the stock "
      "market, said Ana Ruiz, an economist at the bank.\n");
  const auto* a = ContentOpeningWith(r, "“The best part");
  REQUIRE(a != nullptr);
  REQUIRE(a->content.size() == 1);
  CHECK(a->content[0].text ==
        "“The best part has been a new resilience among shoppers to many bad events,” like the swings of the stock "
        "market");
  REQUIRE(a->cue);
  CHECK(a->cue->text == "said");
}

TEST_CASE("dq38: a quote runs on after its comma into a clause opened by and", "[dq38]") {
  auto r = AuditText("“There is a sense of calm now,” and gifts began to pick up again last week, Tom Lee said.\n");
  const auto* a = ContentOpeningWith(r, "“There is a sense of calm now,”");
  REQUIRE(a != nullptr);
  REQUIRE(a->content.size() == 1);
  CHECK(a->content[0].text == "“There is a sense of calm now,” and gifts began to pick up again last week");
  REQUIRE(a->source);
  CHECK(a->source->text == "Tom Lee");
}

// Guards (pass before and after): a cue of its own after "and" keeps the
// quote alone; a speaker after the comma is no run-on.
TEST_CASE("dq38: and with a cue of its own leaves the quote alone", "[dq38]") {
  auto r = AuditText("“There is a sense of calm now,” and Tom Lee said he agreed with the plan.\n");
  const auto* a = ContentOpeningWith(r, "“There is a sense of calm now,”");
  REQUIRE(a != nullptr);
  CHECK(a->content[0].text == "“There is a sense of calm now,”");
}

TEST_CASE("dq38: a speaker after the comma is no run-on", "[dq38]") {
  auto r = AuditText("“We will appeal the ruling,” the mayor’s lawyer, Ana Ruiz, said on Friday.\n");
  const auto* a = ContentOpeningWith(r, "“We will appeal the ruling,”");
  REQUIRE(a != nullptr);
  REQUIRE(a->content.size() == 1);
  CHECK(a->content[0].text == "“We will appeal the ruling,”");
}
