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
