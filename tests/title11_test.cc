// Title round eleven: lower-case role words between the cue and the name,
// an article before the role in German, and the kind of a source (a person
// marked by "who", plural role nouns that name no organisation).
#include <catch2/catch.hpp>

#include "onrecord/report.h"
#include "test_util.h"

using onrecord::SourceKind;
using onrecord::testing::AuditText;
using onrecord::testing::SourceNamed;

TEST_CASE("a lower-case unnamed-source noun before a name after the cue is the named person's title",
          "[title11]") {
  auto r = AuditText(
      "Harbour plan delayed\n\n"
      "The harbour board met on Tuesday.\n\n"
      "\"We will fight this in court,\" said board member Mereana Toa.\n\n"
      "\"The money is gone,\" said party official Tomas Riel.\n");
  REQUIRE(r.quotes.size() == 2);
  CHECK(r.quotes[0].speaker == "Mereana Toa");
  CHECK(r.quotes[1].speaker == "Tomas Riel");
  const auto* toa = SourceNamed(r, "Mereana Toa");
  REQUIRE(toa != nullptr);
  CHECK(toa->kind == SourceKind::kNamed);
  CHECK(toa->role == "board member");
  const auto* riel = SourceNamed(r, "Tomas Riel");
  REQUIRE(riel != nullptr);
  CHECK(riel->role == "party official");
  CHECK(r.anonymous_sources.empty());
}

TEST_CASE("the addressee after told stays no source when a title stands before the name", "[title11]") {
  auto r = AuditText(
      "Harbour plan delayed\n\n"
      "Mereana Toa chairs the harbour board.\n\n"
      "\"We will fight this,\" she told reporter Lia Fenn.\n");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "Mereana Toa");
  CHECK(SourceNamed(r, "Lia Fenn") == nullptr);
}

TEST_CASE("German article and role noun after an inverted cue give the named person with the role", "[title11]") {
  auto r = AuditText(
      "Streit um den Hafen\n\n"
      "»Das ist ein Fehler«, kritisierte der Oppositionsführer Henrik Vogt.\n\n"
      "»Wir warten ab«, sagte der Landwirt Ole Brand.\n",
      "de.txt", "de");
  REQUIRE(r.quotes.size() == 2);
  CHECK(r.quotes[0].speaker == "Henrik Vogt");
  CHECK(r.quotes[1].speaker == "Ole Brand");
  const auto* vogt = SourceNamed(r, "Henrik Vogt");
  REQUIRE(vogt != nullptr);
  CHECK(vogt->role == "Oppositionsführer");
  const auto* brand = SourceNamed(r, "Ole Brand");
  REQUIRE(brand != nullptr);
  CHECK(brand->role == "Landwirt");
  CHECK(r.score.unattributed_quotes == 0);
}

TEST_CASE("a plural role noun after an organisation noun is a described source not a named organisation",
          "[title11]") {
  auto r = AuditText(
      "Port strike looms\n\n"
      "Talks broke down on Friday.\n\n"
      "\"We will walk out on Monday,\" union leaders said.\n");
  REQUIRE(r.quotes.size() == 1);
  const auto* s = SourceNamed(r, "union leaders");
  REQUIRE(s != nullptr);
  CHECK(s->kind == SourceKind::kDescribed);
}

TEST_CASE("a relative who after a word the place list knows marks a person", "[title11]") {
  auto r = AuditText(
      "Port strike looms\n\n"
      "Talks broke down on Friday.\n\n"
      "Berlin, who once drove a crane at the port, said: \"Nobody asked the drivers what they think.\"\n");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "Berlin");
  const auto* s = SourceNamed(r, "Berlin");
  REQUIRE(s != nullptr);
  CHECK(s->kind == SourceKind::kNamed);
}

TEST_CASE("a lone surname opening the sentence before a who clause is the source", "[title11]") {
  auto r = AuditText(
      "Port strike looms\n\n"
      "Talks broke down on Friday.\n\n"
      "Okafor, who once drove a crane at the port, said: \"Nobody asked the drivers what they think.\"\n");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "Okafor");
}
