// Described and unnamed sources outside English, and English party nouns
// (multi51): the plurals of residents and neighbours ("Les habitants",
// "Los vecinos", "Os moradores", "Gli abitanti") were in no list of head
// nouns, so such a subject gave no attribution; German "Mann" was no person
// noun, so in "Ein Mann aus der Nachbarschaft" the place was the named
// source, and a given name before a listed noun ("Anna Vater") read as an
// unnamed person; a lower-case adjective after a person's noun ("El
// director general de la empresa", "Le directeur général de la société")
// left only the owner as the source, a named organisation; German "Eine
// Mutter von zwei Schülern" gave only the count and its noun as the source;
// a cue closing a relative clause set off by commas ("Die Gebühr, die Weber
// kritisierte, gilt ab Mai.") took the main clause's predicate as its
// content; and English "Senior Tories", "Labour MPs" were read as a name
// with a title (T5).
#include <utility>

#include <catch2/catch.hpp>

#include "described_source_util.h"
#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;

using Case = testing::DescribedSourceCase;

void CheckCase(const Case& c) { testing::CheckDescribedSourceCase(c); }

// A one-sentence text whose one attribution has a named source `span` at
// level `level`.
void CheckNamed(const char* lang, const char* text, const char* span, int level) {
  INFO(text);
  const AuditResult r = AuditText(text, "t.txt", lang);
  REQUIRE(r.attributions.size() == 1);
  REQUIRE(r.attributions[0].source.has_value());
  CHECK(r.attributions[0].source->text == span);
  CHECK(r.attributions[0].level == level);
  REQUIRE(r.sources.size() == 1);
  CHECK(r.sources[0].kind == SourceKind::kNamed);
}

TEST_CASE("multi51: plural residents and neighbours are vague unnamed sources", "[multi51]") {
  const Case cases[] = {
      {"fr", "Les habitants ont dit que la nouvelle ligne de bus passait trop rarement.\n", "Les habitants", 1, false},
      {"fr", "Des riverains ont affirmé que le chantier commençait avant six heures.\n", "Des riverains", 1, false},
      {"fr", "Les voisines ont raconté que la rue était inondée depuis mardi.\n", "Les voisines", 1, false},
      {"es", "Los vecinos dijeron que la nueva línea de autobús pasaba muy poco.\n", "Los vecinos", 1, false},
      {"es", "Los residentes dijeron que las obras empezaban antes de las seis.\n", "Los residentes", 1, false},
      {"pt", "Os moradores disseram que a nova linha de ônibus passava pouco.\n", "Os moradores", 1, false},
      {"pt", "Os vizinhos disseram que a rua estava alagada desde terça-feira.\n", "Os vizinhos", 1, false},
      {"it", "Gli abitanti hanno detto che la nuova linea di autobus passava di rado.\n", "Gli abitanti", 1, false},
      {"it", "I residenti hanno detto che i lavori iniziavano prima delle sei.\n", "I residenti", 1, false},
  };
  for (const auto& c : cases) CheckCase(c);
}

TEST_CASE("multi51: a German man from a place is the source, not the place", "[multi51]") {
  const Case cases[] = {
      {"de", "Ein Mann aus der Nachbarschaft sagte, der Lärm der Baustelle sei kaum auszuhalten.\n",
       "Ein Mann aus der Nachbarschaft", 2, true},
      {"de", "Zwei Männer aus dem Dorf sagten, die Brücke sei seit Wochen gesperrt.\n",
       "Zwei Männer aus dem Dorf", 2, true},
  };
  for (const auto& c : cases) CheckCase(c);
}

TEST_CASE("multi51: a German given name before a listed noun is a person's name", "[multi51]") {
  CheckNamed("de", "Anna Vater sagte, der Lärm der Baustelle sei kaum auszuhalten.\n", "Anna Vater", 4);
  CheckNamed("de", "Peter Mann sagte, die Brücke sei seit Wochen gesperrt.\n", "Peter Mann", 4);
  // fu51: a title or a profession before the given name, too.
  CheckNamed("de", "Bürgermeisterin Anna Mann sagte, die Maut sei zu hoch.\n", "Bürgermeisterin Anna Mann", 5);
  CheckNamed("de", "Der Physiker Peter Mann sagte, die Maut sei zu hoch.\n", "Physiker Peter Mann", 4);
}

TEST_CASE("multi51: an adjective after a person's noun keeps the owner in the description", "[multi51]") {
  const Case cases[] = {
      {"es", "El director general de la empresa dijo que la planta cerrará en marzo.\n",
       "El director general de la empresa", 2, true},
      {"es", "La portavoz adjunta de la empresa dijo que la planta cerrará en marzo.\n",
       "La portavoz adjunta de la empresa", 2, true},
      {"fr", "Le directeur général de la société a dit que l'usine fermerait en mars.\n",
       "Le directeur général de la société", 2, true},
  };
  for (const auto& c : cases) CheckCase(c);
}

TEST_CASE("multi51: English party members and MPs written with capitals are described", "[multi51]") {
  const Case cases[] = {
      {"en", "Senior Tories said the budget vote would be close.\n", "Senior Tories", 2, true},
      {"en", "Senior Democrats said the budget vote would be close.\n", "Senior Democrats", 2, true},
      {"en", "Labour MPs said the budget vote would be close.\n", "Labour MPs", 2, true},
  };
  for (const auto& c : cases) CheckCase(c);
}

TEST_CASE("multi51: a German count after a person's noun and a preposition is its complement", "[multi51]") {
  const Case cases[] = {
      {"de", "Eine Mutter von zwei Schülern sagte, der Unterricht falle seit Tagen aus.\n",
       "Eine Mutter von zwei Schülern", 2, true},
      {"de", "Ein Sprecher von drei Verbänden sagte, die Gespräche seien gescheitert.\n",
       "Ein Sprecher von drei Verbänden", 2, true},
  };
  for (const auto& c : cases) CheckCase(c);
}

TEST_CASE("multi51: a cue closing a relative clause set off by commas reports nothing", "[multi51]") {
  const std::pair<const char*, const char*> texts[] = {
      {"de", "Die neue Gebühr, die Weber kritisierte, gilt ab Mai.\n"},
      {"fr", "Le projet, que Dupont a critiqué, sera voté en mai.\n"},
      {"es", "El plan, que Pérez criticó, se votará en mayo.\n"},
      {"de", "Die Umleitung, die Weber kritisiert hatte, endet im Juni.\n"},
      {"es", "La tasa, que Pérez criticó duramente, sube en junio.\n"},
  };
  for (const auto& [lang, text] : texts) {
    INFO(text);
    const AuditResult r = AuditText(text, "t.txt", lang);
    CHECK(r.attributions.empty());
  }
  // The relative clause's verb is no second cue before the main one.
  const AuditResult r = AuditText("Weber, die die Gebühr kritisierte, sagte, sie sei zu hoch.\n", "t.txt", "de");
  REQUIRE(r.attributions.size() == 1);
  REQUIRE(r.attributions[0].cue.has_value());
  CHECK(r.attributions[0].cue->text == "sagte");
}

// Readings that must not change.
TEST_CASE("multi51: guards - listed singulars, titled names and bare party nouns keep their reading", "[multi51]") {
  const Case cases[] = {
      {"en", "Democrats said the budget vote would be close.\n", "Democrats", 2, true},
      {"en", "Residents said the budget vote would be close.\n", "Residents", 1, false},
      {"de", "Die Anwohner sagten, die Brücke sei seit Wochen gesperrt.\n", "Die Anwohner", 1, false},
      {"fr", "Un voisin a dit que la rue était inondée depuis mardi.\n", "Un voisin", 1, false},
      {"es", "La portavoz de la empresa dijo que la planta cerrará en marzo.\n", "La portavoz de la empresa", 2, true},
      {"pt", "O diretor executivo da empresa disse que a fábrica vai fechar em março.\n",
       "O diretor executivo da empresa", 2, true},
  };
  for (const auto& c : cases) CheckCase(c);
  CheckNamed("de", "Frau Keller sagte, die Brücke sei seit Wochen gesperrt.\n", "Frau Keller", 4);
  // A relative clause whose verb has a clause of its own after it keeps
  // its attribution; so does a cue set off by commas inside the content.
  CHECK(testing::SourceOfCue(AuditText("Die Gebühr, sagte Weber, sei zu hoch.\n", "t.txt", "de"), "sagte") ==
        "Weber");
  CHECK(testing::SourceOfCue(
            AuditText("The plan, which officials said would fail, was dropped in May.\n"), "said") == "officials");
  // English keeps a cue closing such a clause, as PolNeAR marks it.
  CHECK(testing::SourceOfCue(AuditText("The fee, which Weber denies, was raised in May.\n"), "denies") == "Weber");
  CheckNamed("en", "Labour MP Ann Lee said the budget vote would be close.\n", "Labour MP Ann Lee", 5);
}

}  // namespace
}  // namespace onrecord
