// Source typing and resolution (twentieth round, branch orgspk26):
// organisations named like people ("Kanal Neun", "Mediengruppe X") are
// organisations and may speak where a person may; a definite epithet in an
// adjunct clause is not the main clause's subject (binding Principle C).
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::Source;
using onrecord::SourceKind;
using onrecord::testing::AuditText;
using onrecord::testing::SeenWithSource;
using onrecord::testing::SourceNamed;

TEST_CASE("a German name introduced by an organisation noun is an organisation where it recurs", "[orgspk26]") {
  auto r = AuditText(
      "Bericht\n\nDer Beitrag lief in der Abendsendung des Privatsenders Tannberg Eins.\n\n"
      "Tannberg Eins teilte am Montag mit, der Bericht sei korrekt.\n",
      "de.txt", "de");
  const auto a = SeenWithSource(r, "Tannberg Eins");
  CHECK(a.who == "Tannberg Eins");
  CHECK(a.kind == SourceKind::kOrganization);
  CHECK(a.level == 4);
}

TEST_CASE("a German name holding an organisation compound is an organisation", "[orgspk26]") {
  auto r = AuditText(
      "Bericht\n\nDie Zahlen seien gut, hiess es.\n\n"
      "Die Mediengruppe Vornholt teilte am Montag mit, die Zahlen seien gut.\n",
      "de.txt", "de");
  const auto a = SeenWithSource(r, "Mediengruppe Vornholt");
  CHECK(a.kind == SourceKind::kOrganization);
  // A person's name stays a person's, and a lone compound is no name.
  auto p = AuditText("Bericht\n\nDie Zahlen seien gut, sagte Jan Vornholt am Montag.\n", "de.txt", "de");
  const Source* o = SourceNamed(p, "Jan Vornholt");
  REQUIRE(o != nullptr);
  CHECK(o->kind == SourceKind::kNamed);
}

TEST_CASE("an organisation named before a quote with no cue of its own is its speaker", "[orgspk26]") {
  auto r = AuditText(
      "Port report\n\nThe harbor board met on Monday.\n\n"
      "The Verdan Foundation paid for two reports in May that examined \u201cthe cost of the new port to the "
      "fishermen of the bay.\u201d\n");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "Verdan Foundation");
  CHECK(r.quotes[0].speaker_kind == SourceKind::kOrganization);
}

TEST_CASE("a definite epithet after a subordinator is the person named other than the main subject",
          "[orgspk26]") {
  auto r = AuditText(
      "Debate night\n\n"
      "Mr. Harlan Doyle took on Maren Ostby at a rally on Tuesday after the Democratic front-runner had said "
      "the tariffs would hurt farmers.\n");
  const auto a = SeenWithSource(r, "the Democratic front-runner");
  CHECK(a.who == "Maren Ostby");
  CHECK(a.kind == SourceKind::kNamed);
}

TEST_CASE("a definite epithet after a subordinator makes no guess where the clauses say nothing", "[orgspk26]") {
  // Three people named: no guess.
  auto three = AuditText(
      "Debate night\n\n"
      "Mr. Harlan Doyle took on Maren Ostby and Pell Garrow at a rally on Tuesday after the Democratic "
      "front-runner had said the tariffs would hurt farmers.\n");
  const auto of_three = SeenWithSource(three, "the Democratic front-runner");
  CHECK(of_three.source == "the Democratic front-runner");
  CHECK(of_three.kind != SourceKind::kNamed);
  // A coordinated clause, not a subordinate one: no guess.
  auto coordinated = AuditText(
      "Debate night\n\n"
      "Mr. Harlan Doyle took on Maren Ostby at a rally on Tuesday, and the Democratic front-runner said "
      "the tariffs would hurt farmers.\n");
  const auto in_conjunct = SeenWithSource(coordinated, "the Democratic front-runner");
  CHECK(in_conjunct.source == "the Democratic front-runner");
  CHECK(in_conjunct.kind != SourceKind::kNamed);
  // The clause is a relative one of the other person's: no guess.
  auto relative = AuditText(
      "Debate night\n\n"
      "Mr. Harlan Doyle took on Maren Ostby, who changed course after the Democratic front-runner had said "
      "the tariffs would hurt farmers.\n");
  const auto in_relative = SeenWithSource(relative, "the Democratic front-runner");
  CHECK(in_relative.source == "the Democratic front-runner");
  CHECK(in_relative.kind != SourceKind::kNamed);
  // The other person is of another party than the epithet says: no guess.
  auto party = AuditText(
      "Debate night\n\n"
      "Maren Ostby, a Republican, spoke in Fairmont on Monday.\n\n"
      "Mr. Harlan Doyle took on Maren Ostby at a rally on Tuesday after the Democratic front-runner had said "
      "the tariffs would hurt farmers.\n");
  const auto of_party = SeenWithSource(party, "the Democratic front-runner");
  CHECK(of_party.source == "the Democratic front-runner");
  CHECK(of_party.who != "Maren Ostby");
}
