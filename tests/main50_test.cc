// Fixes on main in the forty-second round, from fu50 (a fresh user trying
// the merged tree). A clause cue whose content before "by" and a gerund cue
// is only a noun phrase ("explained the vote by saying: “…”") took the
// gerund and its quote into its own content, so the one quote was counted
// under two attributions of the same source.
#include <string>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AttributionBySourceAndCue;
using onrecord::testing::AuditText;
using onrecord::testing::ContentJoined;
using onrecord::testing::FindAttributionByCue;

// Since eng51 a cue of list cue-reply-verbs ("explained") and the gerund
// after "by" are one cue over the words between (PolNeAR's marking of "He
// explained the Drudge headline by saying:"), with the gerund's content:
// the quote is still counted once.
TEST_CASE("main50: a noun phrase before by and a gerund cue is the first cue's whole content", "[main50]") {
  SECTION("a determiner and a noun") {
    auto r = AuditText("Senator Tom Hale explained the vote by saying: \xE2\x80\x9CWe had no choice.\xE2\x80\x9D\n");
    const auto* one = AttributionBySourceAndCue(r, "Senator Tom Hale", "explained the vote by saying:");
    REQUIRE(one != nullptr);
    CHECK(ContentJoined(*one) == "\xE2\x80\x9CWe had no choice.\xE2\x80\x9D");
    CHECK(FindAttributionByCue(r, "explained") == nullptr);
    CHECK(FindAttributionByCue(r, "saying:") == nullptr);
  }
  SECTION("capitalized words before the noun") {
    auto r = AuditText("Mara Quill spoke at the pier. She explained the Harbor Board decision by saying the tide had turned.\n");
    const auto* one = FindAttributionByCue(r, "explained the Harbor Board decision by saying");
    REQUIRE(one != nullptr);
    CHECK(ContentJoined(*one) == "the tide had turned");
    CHECK(FindAttributionByCue(r, "explained") == nullptr);
    CHECK(FindAttributionByCue(r, "saying") == nullptr);
  }
}

TEST_CASE("main50: guards - a reported clause before by keeps the gerund", "[main50]") {
  // "the mayor lied" is a clause (a lower-case word before the last may be
  // its verb): the gerund belongs to what was reported, not to the source.
  auto r = AuditText("Tom Hale said the mayor lied by saying the city had no choice.\n");
  const auto* said = FindAttributionByCue(r, "said");
  REQUIRE(said != nullptr);
  CHECK(ContentJoined(*said) == "the mayor lied by saying the city had no choice");
  CHECK(FindAttributionByCue(r, "saying") == nullptr);
  // A clause after "that" is untouched.
  auto t = AuditText("Tom Hale explained that the vote was close.\n");
  const auto* ex = FindAttributionByCue(t, "explained");
  REQUIRE(ex != nullptr);
  CHECK(ContentJoined(*ex) == "that the vote was close");
}

// fu50: "Paid Notice: Deaths …" opening a paid obituary gave a named
// source "Paid Notice" with the colon as its cue. A notice or an
// advertisement labels the line (list colon-labels).
TEST_CASE("main50: a notice or advertisement label before a colon is no source", "[main50]") {
  for (const char* text : {"Paid Notice: Deaths HALE, TOM ARTHUR.\n\nHALE--Tom Arthur, 91, of Dover, passed away Friday.\n",
                           "Public Notice: The harbor board will meet on Monday to set the toll.\n",
                           "Advertisement: Ferry passes are half price this week.\n"}) {
    INFO(text);
    auto r = AuditText(text);
    CHECK(r.sources.empty());
    CHECK(FindAttributionByCue(r, ":") == nullptr);
  }
  // A person's name before the colon still is a source.
  auto r = AuditText("Ana Ruiz spoke to the board on Monday.\n\nRuiz: \xE2\x80\x9CThe toll is a tax on the poor.\xE2\x80\x9D\n");
  CHECK(FindAttributionByCue(r, ":") != nullptr);
}

// fu50b: once name50 read "Ford Motor Co." as an organisation, a later
// "Ford said" no longer joined it and became a second source, a person.
// A name that opens an organisation's name ending in a company suffix
// (list organization-name-heads) is that company.
TEST_CASE("main50: a company's short name after its full name with a suffix is the same source", "[main50]") {
  for (const char* text : {"Harbor Tug Co. said fares would rise. Harbor Tug said it would cut two routes.\n",
                           "Dorsey Boat Corp. said the leak was small. In a statement, Dorsey Boat said it regretted the spill.\n"}) {
    INFO(text);
    auto r = AuditText(text);
    REQUIRE(r.sources.size() == 1);
    CHECK(r.sources[0].kind == onrecord::SourceKind::kOrganization);
    CHECK(r.attributions.size() == 2);
  }
  // A person who shares the first word stays a person of their own.
  auto r = AuditText("Harbor Tug Co. said fares would rise. Lena Harbor said the rise was unfair.\n");
  CHECK(r.sources.size() == 2);
}

// fu50b: after a clause and its comma, "…, Lee told lawmakers in Dover."
// and "…, Lee told the council." gave the addressee (with its place) as
// what was told. A bare head noun of a person or body, or a noun phrase
// ending in one at the sentence's end, is the addressee; what was said is
// the clause before (as "told reporters on Monday" already was).
TEST_CASE("main50: an addressee after a final tag of telling is no content", "[main50]") {
  for (const char* text : {"The harbor fees rose sharply, Lee told lawmakers in Dover.\n",
                           "The harbor fees rose sharply, Lee told the council.\n"}) {
    INFO(text);
    auto r = AuditText(text);
    const auto* a = FindAttributionByCue(r, "told");
    REQUIRE(a != nullptr);
    CHECK(ContentJoined(*a) == "The harbor fees rose sharply");
  }
  // Guard: a thing told that ends the sentence stays what was told.
  auto r = AuditText("After the harbor meeting ended, Lee told a joke.\n");
  const auto* a = FindAttributionByCue(r, "told");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) == "a joke");
}
