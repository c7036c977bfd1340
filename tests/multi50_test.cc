// Described sources outside English with a complement (multi50): "one of
// the officials" written with a word for "one" before an article fused
// with its preposition ("Einer der Beamten", "L'un des responsables",
// "Uno dei funzionari", "Um dos funcionários") or before the preposition
// and its article ("Uno de los funcionarios") gave only the complement as
// the source; a parent named only as a parent ("Eine Mutter von zwei
// Schülern", "Une mère de deux élèves") was in no list of person nouns, so
// the complement or nothing was the source; and "vicedirettore" was no
// role noun.
#include <catch2/catch.hpp>

#include "described_source_util.h"
#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;

using Case = testing::DescribedSourceCase;

void CheckCase(const Case& c) { testing::CheckDescribedSourceCase(c); }

TEST_CASE("multi50: one of the officials before the cue is the whole phrase", "[multi50]") {
  const Case cases[] = {
      {"de", "Einer der Beamten sagte, die Ermittlungen dauerten noch an.\n", "Einer der Beamten", 1, false},
      {"de", "Einer der Polizisten sagte, die Lage am Hafen sei ruhig.\n", "Einer der Polizisten", 1, false},
      {"fr", "L'un des responsables a déclaré que le chantier reprendrait lundi.\n", "L'un des responsables", 1, false},
      {"fr", "Un des policiers a déclaré que la situation au port était calme.\n", "Un des policiers", 1, false},
      {"es", "Uno de los funcionarios dijo que la obra se reanudará el lunes.\n", "Uno de los funcionarios", 1,
       false},
      {"it", "Uno dei funzionari ha detto che il cantiere riaprirà lunedì.\n", "Uno dei funzionari", 1, false},
      {"pt", "Um dos funcionários disse que a obra vai recomeçar na segunda-feira.\n", "Um dos funcionários", 1,
       false},
  };
  for (const auto& c : cases) CheckCase(c);
}

TEST_CASE("multi50: a parent named only as a parent is the source with the complement", "[multi50]") {
  const Case cases[] = {
      {"de", "Der Unterricht falle aus, sagte eine Mutter von zwei Schülern.\n", "eine Mutter von zwei Schülern", 2,
       true},
      {"fr", "Une mère de deux élèves a déclaré que l'école avait réagi trop tard.\n", "Une mère de deux élèves", 1,
       false},
      {"es", "Una madre de dos alumnos dijo que la escuela reaccionó tarde.\n", "Una madre de dos alumnos", 1, false},
      {"ru", "Мать двух учеников сказала, что школа отреагировала поздно.\n", "Мать двух учеников", 1, false},
  };
  for (const auto& c : cases) CheckCase(c);
}

TEST_CASE("multi50: an Italian deputy director with the company is a described source", "[multi50]") {
  const Case c = {"it", "Il vicedirettore della società ha detto che i conti del semestre sono in ordine.\n",
                  "Il vicedirettore della società", 2, true};
  CheckCase(c);
}

// Readings that must not change.
TEST_CASE("multi50: guards - English one of the officials and a German participle phrase keep their reading", "[multi50]") {
  const Case cases[] = {
      {"en", "One of the officials said the talks would resume on Monday.\n", "One of the officials", 1, false},
      {"de", "Eine der Regierung nahestehende Quelle sagte, der Plan sei gescheitert.\n",
       "Eine der Regierung nahestehende Quelle", 2, true},
      {"fr", "Un haut fonctionnaire du gouvernement a déclaré que la mesure entrerait en vigueur.\n",
       "Un haut fonctionnaire du gouvernement", 2, true},
  };
  for (const auto& c : cases) CheckCase(c);
}

}  // namespace
}  // namespace onrecord
