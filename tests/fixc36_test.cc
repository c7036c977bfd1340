// Fresh-user faults of the thirtieth round (branch fixc36): speech whose
// only capitalized long words are a person's name ("But Pete Wilson won,")
// is no title.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::QuoteKind;
using onrecord::testing::AuditText;

TEST_CASE("fixc36: speech naming a person with a short verb in lower case is no title", "[fixc36]") {
  auto r = AuditText("“That plan is dead,” Ruth said.\n\n\"But Mark Taylor won,” Kowalski said.\n");
  REQUIRE(r.quotes.size() == 2);
  CHECK(r.quotes[1].text == "But Mark Taylor won,");
  CHECK(r.quotes[1].kind == QuoteKind::kDirect);
  CHECK(r.quotes[1].speaker == "Kowalski");
  // Curly marks on both sides: the same.
  r = AuditText("“But Mark Taylor won,” Kowalski said.\n");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].kind == QuoteKind::kDirect);
  // A two-letter verb before a speech tag's comma.
  r = AuditText("“Harlow is New Bristol,” the mayor said.\n");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].kind == QuoteKind::kDirect);
}

TEST_CASE("fixc36: titles with lower-case small words stay titles", "[fixc36]") {
  for (const std::string text : {"She starred in “Gone with the Wind” last year.\n",
                                 "He watched “Keeping Up with the Kardashians” often.\n",
                                 "She joined the cast of “Orange is the New Black” in 2013.\n"}) {
    auto r = AuditText(text);
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].kind == QuoteKind::kTitle);
  }
}

TEST_CASE("fixc36: a photo credit line is no speaker for the next quote", "[fixc36]") {
  auto r = AuditText(
      "Singer and painter Ada Brook posted the sketch online on Friday.\n\n"
      "Lena Marsh via Getty Images.\n\n"
      "“Why not paint the mayor?” the 51-year-old asked in the post.\n");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "Ada Brook");
  for (const auto& s : r.sources) CHECK(s.name != "Lena Marsh");
  r = AuditText("Dock workers march on Monday.\n\nJo Lee/Reuters.\n\n“We stay out,” the union’s head said.\n");
  for (const auto& s : r.sources) CHECK(s.name != "Jo Lee");
}

TEST_CASE("fixc36: a hyphenated role noun opening a sentence is a title", "[fixc36]") {
  auto r = AuditText("Co-anchor Dana Whitfield then asked, “Is that so?”\n");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "Dana Whitfield");
  r = AuditText("Vice-chairman Otto Brandt said, “We will sell the plant.”\n");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "Otto Brandt");
}

TEST_CASE("fixc36: a person's name, \"of\" and an outlet is the person with the affiliation", "[fixc36]") {
  auto r = AuditText("Marta Lindqvist of Harbor Broadcasting News said the remark hurt.\n");
  REQUIRE(r.sources.size() == 1);
  CHECK(r.sources[0].name == "Marta Lindqvist");
  CHECK(r.sources[0].kind == onrecord::SourceKind::kNamed);
  CHECK(r.sources[0].role == "of Harbor Broadcasting News");
  // An organisation's own name with "of" stays whole.
  r = AuditText("Bank of Tarnmouth said the remark hurt.\n");
  REQUIRE(r.sources.size() == 1);
  CHECK(r.sources[0].kind == onrecord::SourceKind::kOrganization);
}
