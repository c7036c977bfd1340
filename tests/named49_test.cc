// Unnamed people read as named sources (forty-first round, branch named49):
// one capitalized common noun after an article, determiner or numeral
// ("Der Nachbar sagte", German capitalizing every noun; "An American said",
// "Two Muslims said"), or alone at a sentence's start when it is a listed
// person noun ("Сосед сказал"), is an unnamed source, not a named one,
// unless the text registers it as a name.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::SourceKind;
using onrecord::testing::AuditText;
using onrecord::testing::SeenWithSource;

namespace {

// The kind and level of the attribution whose source is `source`.
void CheckUnnamed(const std::string& text, const std::string& language, const std::string& source) {
  auto r = AuditText(text, "test.txt", language);
  auto s = SeenWithSource(r, source);
  INFO(text);
  CHECK(s.source == source);
  CHECK(s.kind == SourceKind::kAnonymous);
  CHECK(s.level <= 2);
}

void CheckNamed(const std::string& text, const std::string& language, const std::string& source) {
  auto r = AuditText(text, "test.txt", language);
  auto s = SeenWithSource(r, source);
  INFO(text);
  CHECK(s.source == source);
  CHECK(s.kind != SourceKind::kAnonymous);
  CHECK(s.level >= 4);
}

}  // namespace

TEST_CASE("named49: a German article and one capitalized noun is an unnamed source", "[named49]") {
  CheckUnnamed("Der Nachbar sagte, er habe in der Nacht nichts bemerkt.\n", "de", "Der Nachbar");
  CheckUnnamed("Die Anwohnerin sagte, sie habe lange gewartet.\n", "de", "Die Anwohnerin");
  CheckUnnamed("Ein Bäcker sagte, er habe lange gewartet.\n", "de", "Ein Bäcker");
  CheckUnnamed("Der Landwirt sagte, die Ernte sei schlecht gewesen.\n", "de", "Der Landwirt");
}

TEST_CASE("named49: an indefinite article or numeral and one capitalized noun in English", "[named49]") {
  CheckUnnamed("An American said the ferry fares were too high.\n", "en", "An American");
  CheckUnnamed("Two Muslims said the new rules were unfair.\n", "en", "Two Muslims");
}

TEST_CASE("named49: a listed person noun alone at a Russian sentence start", "[named49]") {
  CheckUnnamed("Сосед сказал, что ночью ничего не слышал.\n", "ru", "Сосед");
  CheckUnnamed("Сотрудница сказала, что склад закрыт.\n", "ru", "Сотрудница");
}

TEST_CASE("named49: guards, names with articles or titles stay named", "[named49]") {
  CheckNamed("Der Bürgermeister Tom Hale sagte, er habe nichts bemerkt.\n", "de", "Bürgermeister Tom Hale");
  CheckNamed("Ana Ruiz said the ferry fares were too high.\n", "en", "Ana Ruiz");
  CheckNamed("Smith said the ferry fares were too high.\n", "en", "Smith");
  CheckNamed("The Pentagon said the ferry fares were too high.\n", "en", "The Pentagon");
  CheckNamed("Die Linke sagte, sie habe nichts bemerkt.\n", "de", "Linke");
  // A definite article before a paper's or a body's name (fu49b): only a
  // listed person noun after "der/die/das" is a common noun.
  CheckNamed("Der Spiegel berichtete, die Fähre sei verkauft.\n", "de", "Spiegel");
  CheckNamed("Die Telekom erklärte, die Leitung sei repariert.\n", "de", "Telekom");
  CheckNamed("Der ADAC sagte, die Straße sei gesperrt.\n", "de", "ADAC");
  CheckNamed("Путин сказал, что ночью ничего не слышал.\n", "ru", "Путин");
  // A compound ending in an organisation head is a body, not an unnamed person.
  CheckNamed("Aus dem Kreisamt hieß es, man prüfe den Antrag noch.\n", "de", "Kreisamt");
}
