// Described sources with a genitive complement (de49): in German, where
// every noun is capitalized, the noun after a genitive article right before
// the cue ("Die Mutter eines Schülers sagte", "Eine Sprecherin einer Partei
// sagte") was read as the source on its own, a vague "eines Schülers" or an
// organisation "einer Partei"; the source is the head noun before it with
// its complement. In Italian a preposition fused with an elided article and
// glued to an organisation's noun ("la cofondatrice dell'azienda") did not
// tie the source to that body, as "della società" does.
#include <catch2/catch.hpp>
#include <string>

#include "described_source_util.h"
#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;

using Case = testing::DescribedSourceCase;

void CheckCase(const Case& c) { testing::CheckDescribedSourceCase(c); }

TEST_CASE("de49: a German noun with a genitive complement before the cue is the source", "[de49]") {
  const Case cases[] = {
      {"de", "Die Mutter eines Schülers sagte, die Turnhalle sei seit Wochen gesperrt.\n",
       "Die Mutter eines Schülers", 1, false},
      {"de", "Der Vater einer Schülerin erklärte, der Bus komme oft zu spät.\n", "Der Vater einer Schülerin", 1,
       false},
      {"de", "Die Tochter einer Patientin sagte, die Station sei überlastet.\n", "Die Tochter einer Patientin", 1,
       false},
      {"de", "Eine Sprecherin einer Partei sagte, die Koalition stehe vor dem Aus.\n",
       "Eine Sprecherin einer Partei", 2, true},
      {"de", "Die Sprecherin eines Verbands betonte, die Mitglieder seien verärgert.\n",
       "Die Sprecherin eines Verbands", 2, true},
      {"de", "Eine Lehrerin eines Gymnasiums sagte: „Wir haben zu wenige Räume.“\n",
       "Eine Lehrerin eines Gymnasiums", 1, false},
  };
  for (const auto& c : cases) CheckCase(c);
}

TEST_CASE("de49: a German noun with a definite genitive complement is the source, not the complement", "[de49]") {
  const Case cases[] = {
      {"de", "Ein Nachbar der Familie berichtete, das Haus stehe seit Jahren leer.\n", "Ein Nachbar der Familie", 2,
       true},
      {"de", "Eine Kollegin des Opfers sagte, sie sei schockiert.\n", "Eine Kollegin des Opfers", 2, true},
  };
  for (const auto& c : cases) CheckCase(c);
}

TEST_CASE("de49: an Italian fused elided preposition before an organisation's noun describes the source", "[de49]") {
  const Case cases[] = {
      {"it", "La cofondatrice dell'azienda ha detto che le vendite calano.\n", "La cofondatrice dell'azienda", 2,
       true},
      {"it", "La presidente dell'associazione ha spiegato che i soci sono preoccupati.\n",
       "La presidente dell'associazione", 2, true},
      {"it", "Il direttore dell'azienda ha dichiarato che i conti sono in ordine.\n", "Il direttore dell'azienda", 2,
       true},
  };
  for (const auto& c : cases) CheckCase(c);
}

TEST_CASE("de49: an adjective of the office before the fused opener at the sentence's start keeps the head", "[de49]") {
  const Case cases[] = {
      {"fr", "La directrice générale du groupe a déclaré que les ventes baissent.\n",
       "La directrice générale du groupe", 2, true},
      {"fr", "Le directeur général du groupe a dit : « Les ventes baissent. »\n", "Le directeur général du groupe", 2,
       true},
      {"es", "La directora general del grupo dijo que las ventas caen.\n", "La directora general del grupo", 2, true},
      {"it", "La direttrice generale del gruppo ha detto che le vendite calano.\n",
       "La direttrice generale del gruppo", 2, true},
  };
  for (const auto& c : cases) CheckCase(c);
}

// Readings that must not change.
TEST_CASE("de49: guards - a role noun with its body, an organisation and an Italian named body keep their reading", "[de49]") {
  const Case cases[] = {
      {"de", "Ein Sprecher des Ministeriums sagte, die Zahlen würden geprüft.\n", "Ein Sprecher des Ministeriums", 2,
       true},
      {"de", "Eine Mutter, die anonym bleiben möchte, sagte, die Schule sei zu klein.\n", "Eine Mutter", 1, false},
      {"it", "La presidente della società ha detto che le vendite calano.\n", "La presidente della società", 2, true},
      {"it", "La portavoce dell'Anas ha detto che la strada riapre lunedì.\n", "La portavoce dell'Anas", 2, true},
  };
  for (const auto& c : cases) CheckCase(c);
  // An organisation's noun before the genitive stays the organisation.
  const AuditResult r = AuditText("Der Vorstand des Konzerns erklärte, die Zahlen seien gut.\n", "t.txt", "de");
  REQUIRE(r.attributions.size() == 1);
  REQUIRE(r.attributions[0].source.has_value());
  CHECK(r.attributions[0].source->text == "Der Vorstand des Konzerns");
}

}  // namespace
}  // namespace onrecord
