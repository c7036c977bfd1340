// Described sources outside English (multi50b): an adjective of the office
// between the role noun and its complement before the cue ("Le directeur
// financier du groupe a déclaré", "La portavoz adjunta del ministerio
// dijo") gave the complement alone as the source, because only a word of
// list modifiers or titles could stand there; Russian "Один из чиновников"
// gave "чиновников" ("из" opened no partitive where no article is
// written); a German plural person noun in no list ("Eine der
// Ärztinnen") gave the noun alone; and a German adjective inside the
// complement ("Ein Manager aus der mittleren Ebene") made the complement's
// noun the source.
#include <catch2/catch.hpp>

#include "described_source_util.h"
#include "test_util.h"

namespace onrecord {
namespace {

using Case = testing::DescribedSourceCase;

void CheckCase(const Case& c) { testing::CheckDescribedSourceCase(c); }

TEST_CASE("multi50b: an adjective of the office between the role noun and its complement", "[multi50b]") {
  const Case cases[] = {
      {"fr", "Le directeur financier du groupe a déclaré que les comptes seraient publiés.\n",
       "Le directeur financier du groupe", 2, true},
      {"fr", "La directrice commerciale du groupe a déclaré que les prix resteraient stables.\n",
       "La directrice commerciale du groupe", 2, true},
      {"es", "La portavoz adjunta del ayuntamiento dijo que el puente abrirá en mayo.\n",
       "La portavoz adjunta del ayuntamiento", 2, true},
      {"it", "Il direttore finanziario del consorzio ha detto che il bilancio sarà approvato.\n",
       "Il direttore finanziario del consorzio", 2, true},
      {"pt", "A porta-voz adjunta do ministério disse que a ponte abre em maio.\n",
       "A porta-voz adjunta do ministério", 2, true},
      {"pt", "O diretor financeiro da cooperativa disse que as contas serão publicadas.\n",
       "O diretor financeiro da cooperativa", 2, true},
  };
  for (const auto& c : cases) CheckCase(c);
}

TEST_CASE("multi50b: Russian one of the officials before the cue is the whole phrase", "[multi50b]") {
  const Case cases[] = {
      {"ru", "Один из чиновников заявил, что ремонт моста закончится в мае.\n", "Один из чиновников", 1, false},
      {"ru", "Одна из сотрудниц сказала, что склад закрыли ещё утром.\n", "Одна из сотрудниц", 1, false},
  };
  for (const auto& c : cases) CheckCase(c);
}

TEST_CASE("multi50b: German one of a plural person noun before the cue is the whole phrase", "[multi50b]") {
  const Case cases[] = {
      {"de", "Eine der Ärztinnen sagte, die Station sei seit Wochen überlastet.\n", "Eine der Ärztinnen", 1, false},
      {"de", "Einer der Anwälte sagte, das Urteil werde angefochten.\n", "Einer der Anwälte", 1, false},
  };
  for (const auto& c : cases) CheckCase(c);
}

TEST_CASE("multi50b: a German adjective inside the complement before the cue keeps the head", "[multi50b]") {
  const Case cases[] = {
      {"de", "Eine Managerin aus der unteren Ebene sagte, die Stellen würden gestrichen.\n",
       "Eine Managerin aus der unteren Ebene", 2, true},
      {"de", "Ein Techniker aus dem zweiten Werk sagte, die Anlage stehe still.\n", "Ein Techniker aus dem zweiten Werk",
       2, true},
  };
  for (const auto& c : cases) CheckCase(c);
}

// Readings that must not change.
TEST_CASE("multi50b: guards - a listed adjective of the office, a bare head and English keep their reading",
          "[multi50b]") {
  const Case cases[] = {
      {"fr", "La directrice générale du groupe a déclaré que les prix resteraient stables.\n",
       "La directrice générale du groupe", 2, true},
      {"es", "La portavoz del ayuntamiento dijo que el puente abrirá en mayo.\n", "La portavoz del ayuntamiento", 2,
       true},
      {"ru", "Чиновник заявил, что ремонт моста закончится в мае.\n", "Чиновник", 1, false},
      {"en", "One of the officials said the bridge would open in May.\n", "One of the officials", 1, false},
      {"en", "A person familiar with the plan said the bridge would open in May.\n",
       "A person familiar with the plan", 1, false},
      {"de", "Eine Mutter zweier Schüler, die anonym bleiben möchte, sagte, die Schule sei zu klein.\n",
       "Eine Mutter zweier Schüler", 1, false},
  };
  for (const auto& c : cases) CheckCase(c);
}

}  // namespace
}  // namespace onrecord
