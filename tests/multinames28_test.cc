// Faults found by a user auditing articles of their own in German, French,
// Spanish, Italian, Portuguese and Russian (multinames28): a role given to a
// person in an opening sentence whose verb is no speech verb was lost, so a
// definite role noun later ("selon le ministre") found nobody; an epithet
// for the person just named ("sagte die CDU-Politikerin", "— отметил
// депутат") was an anonymous source; the French honorific "M." was a role.
// Every sentence here is invented.
#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;
using testing::SourceNamed;
using testing::SpeakerOf;

std::string RoleOf(const AuditResult& r, const std::string& name) {
  const Source* s = SourceNamed(r, name);
  return s ? s->role : "<no source>";
}

// "La secrétaire générale de la CFDT, Hélène Brossard, s'est montrée
// sceptique": with a verb that is no cue, the role in front of the name was
// never recorded and the person's later quotes showed none.
TEST_CASE("a role opening a sentence with no speech verb is the named person's role", "[multinames28]") {
  struct Case {
    const char* lang;
    std::string text, name, role;
  };
  const Case cases[] = {
      {"fr",
       "La directrice de l’hôpital, Sophie Garnier, s’est dite inquiète mardi. « Nous manquons de lits », a "
       "déclaré Sophie Garnier.\n",
       "Sophie Garnier", "directrice de l’hôpital"},
      {"de",
       "Der Vorsitzende des Mieterbunds, Tobias Reuter, kritisierte den Entwurf. „Das reicht nicht“, sagte "
       "Reuter.\n",
       "Tobias Reuter", "Vorsitzende des Mieterbunds"},
      {"it",
       "Il presidente della regione, Paolo Ferri, ha visitato il cantiere. «Finiremo a maggio», ha detto "
       "Ferri.\n",
       "Paolo Ferri", "presidente della regione"},
      {"es",
       "La alcaldesa de Vigo, Marta Rial, visitó el puerto el jueves. «Vamos a ampliar el muelle», dijo "
       "Rial.\n",
       "Marta Rial", "alcaldesa de Vigo"},
      {"pt",
       "O prefeito de Santos, Ricardo Lima, visitou a obra nesta sexta-feira. “Vamos terminar em maio”, disse "
       "Lima.\n",
       "Ricardo Lima", "prefeito de Santos"},
  };
  for (const auto& c : cases) {
    INFO(c.lang);
    auto r = AuditText(c.text, "test.txt", c.lang);
    CHECK(RoleOf(r, c.name) == c.role);
  }
}

// "Selon le ministre, …" after "Le ministre de l'Économie, Julien
// Marchetti, a défendu …" was a described anonymous source "le ministre".
TEST_CASE("a definite role noun after a non-speech opening is the person named with that role",
          "[multinames28]") {
  auto r = AuditText(
      "Le ministre de la Culture, Paul Renard, a visité le musée lundi. Le bâtiment ferme en mars. Selon le "
      "ministre, les travaux dureront deux ans.\n",
      "test.txt", "fr");
  auto a = testing::SeenWithSource(r, "le ministre");
  CHECK(a.who == "Paul Renard");
  CHECK(a.kind == SourceKind::kNamed);
}

// "a déclaré M. Marchetti" gave the role "M.": the honorific without its
// period was in no list.
TEST_CASE("the French honorific M. before a name is no role", "[multinames28]") {
  auto r = AuditText("« Nous ne céderons pas », a déclaré M. Garnier aux journalistes.\n", "test.txt", "fr");
  CHECK(RoleOf(r, "Garnier") != "M.");
  CHECK(SpeakerOf(r, "Nous ne céderons pas") == "Garnier");
}

// "„…“, sagte die SPD-Politikerin" right after the minister was named was
// an anonymous source and the story's "first anonymous quote"; a noun of
// the other gender is still somebody else.
TEST_CASE("a German party epithet right after a named person is that person", "[multinames28]") {
  const std::string opening = "Ministerin Laura Brandt hat am Dienstag einen Plan vorgestellt. ";
  auto r = AuditText(opening + "„Wir handeln jetzt“, sagte die CDU-Politikerin in Bonn.\n", "test.txt", "de");
  CHECK(SpeakerOf(r, "Wir handeln jetzt") == "Laura Brandt");
  auto other = AuditText(opening + "„Wir handeln jetzt“, sagte der CDU-Politiker in Bonn.\n", "test.txt", "de");
  CHECK(SpeakerOf(other, "Wir handeln jetzt") != "Laura Brandt");
}

// "«…», — отметил депутат" after "Глава комитета … Игорь Савельев
// раскритиковал планы" was a vague anonymous source "депутат".
TEST_CASE("a Russian bare epithet right after a named person is that person", "[multinames28]") {
  auto r = AuditText("Глава фракции Андрей Котов раскритиковал закон. «Это серьёзная ошибка», — отметил депутат.\n",
                     "test.txt", "ru");
  CHECK(SpeakerOf(r, "Это серьёзная ошибка") == "Андрей Котов");
}

// "Министр финансов России Алексей Громов" gave the name "России Алексей
// Громов": a place in the genitive after the role's complement was read as
// the first word of the name.
TEST_CASE("a Russian place completing a role before a name is no part of the name", "[multinames28]") {
  auto r = AuditText("Министр обороны Франции Пьер Дюваль заявил, что учения пройдут летом.\n", "test.txt", "ru");
  CHECK(SourceNamed(r, "Пьер Дюваль") != nullptr);
  CHECK(SourceNamed(r, "Франции Пьер Дюваль") == nullptr);
}

}  // namespace
}  // namespace onrecord
