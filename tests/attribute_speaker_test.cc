// Speakers of quotes that a reader of the article can name but the engine
// once could not: each case is a kind of fault found on corpus/ (a source
// description parsed to the wrong head, an antecedent picked from the wrong
// place), written here with sentences of our own.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SourceOfCue;

namespace {


// The speaker of the quote whose text begins with `text`.
std::string SpeakerOf(const onrecord::AuditResult& r, const std::string& text) {
  for (const auto& q : r.quotes) {
    if (q.text.compare(0, text.size(), text) == 0) return q.speaker;
  }
  return "<no quote>";
}

// A sentence in a language, its cue and the source it must have.
struct Case {
  const char* text;
  const char* lang;
  const char* cue;
  const char* source;
};

template <size_t N>
void CheckSources(const Case (&cases)[N]) {
  for (const auto& c : cases) {
    INFO(c.text);
    auto r = AuditText(c.text, "t.txt", c.lang);
    CHECK(SourceOfCue(r, c.cue) == c.source);
  }
}

}  // namespace

TEST_CASE("a preposition fused with its article opens the head noun's postmodifier", "[attribute][speaker]") {
  // "del", "della", "du", "da" are listed as determiners and as postmodifier
  // openers; read as the determiner, they made the postmodifier's noun the
  // source ("del ayuntamiento", an organisation).
  const Case cases[] = {
      {"Un portavoz del ayuntamiento aseguró que las obras terminarán en mayo.", "es", "aseguró",
       "Un portavoz del ayuntamiento"},
      {"Un portavoce della regione ha spiegato che i lavori finiranno a maggio.", "it", "ha spiegato",
       "Un portavoce della regione"},
      {"Un porte-parole du syndicat a expliqué que la grève continuerait.", "fr", "a expliqué",
       "Un porte-parole du syndicat"},
  };
  CheckSources(cases);
}

TEST_CASE("a nurse or a doctor who asks for anonymity is the unnamed speaker", "[attribute][speaker]") {
  // Health workers are among the commonest unnamed sources of hospital
  // stories; an unlisted head noun left the cue without a source, and the
  // null subject of the next quote went to someone named earlier.
  auto r = AuditText(
      "O diretor do hospital, Carlos Nunes, garantiu que nada muda. Uma enfermeira do hospital, que pediu "
      "anonimato, relatou que faltam camas. «Estamos exaustas», disse.",
      "t.txt", "pt");
  CHECK(SourceOfCue(r, "relatou") == "Uma enfermeira do hospital");
  CHECK(SpeakerOf(r, "Estamos exaustas") == "Uma enfermeira do hospital");
  r = AuditText(
      "El director del hospital, Carlos Núñez, aseguró que nada cambia. Una enfermera del centro de salud, que "
      "pidió no ser identificada, contó que faltan camas. «Estamos agotadas», añadió.",
      "t.txt", "es");
  CHECK(SourceOfCue(r, "contó") == "Una enfermera del centro de salud");
  CHECK(SpeakerOf(r, "Estamos agotadas") == "Una enfermera del centro de salud");
}

TEST_CASE("a name inside a prepositional phrase loses to the sentence's subject as antecedent",
          "[attribute][speaker]") {
  // The place after "até" or "to" is a capitalized run of two words, as a
  // person's name is; the pronoun or the null subject of the quote after it
  // went to the place.
  auto r = AuditText(
      "Ana Ruiz drove her son to Santa Clara in the middle of the night. “We had no choice,” she said.");
  CHECK(SpeakerOf(r, "We had no choice") == "Ana Ruiz");
  r = AuditText(
      "Marta Soares levou o filho até Vila Franca a meio da noite. «Não tínhamos escolha», contou.", "t.txt",
      "pt");
  CHECK(SpeakerOf(r, "Não tínhamos escolha") == "Marta Soares");
}

TEST_CASE("a definite organisation noun refers to the organisation cited by name", "[attribute][speaker]") {
  auto r = AuditText(
      "Halden Motors said on Monday that it would recall 3,000 vans.\n\n"
      "The company said in a statement that a “faulty weld” was to blame.");
  CHECK(SpeakerOf(r, "faulty weld") == "Halden Motors");
  // A business name ending in "Foods" is an organisation, not a person.
  r = AuditText("Marlow Foods denied that any of its products had been affected.");
  REQUIRE(r.sources.size() == 1);
  CHECK(r.sources[0].kind == onrecord::SourceKind::kOrganization);
}

TEST_CASE("a bare source noun refers to the unnamed source cited before it", "[attribute][speaker]") {
  auto r = AuditText(
      "A person familiar with the talks said the deal was close. “We are nearly there,” the source said.");
  CHECK(SpeakerOf(r, "We are nearly there") == "A person familiar with the talks");
  r = AuditText(
      "Источник в министерстве, пожелавший остаться неназванным, сообщил, что сделка близка. «Осталось "
      "немного», — сказал собеседник.",
      "t.txt", "ru");
  CHECK(SpeakerOf(r, "Осталось немного") != "собеседник");
  REQUIRE(r.sources.size() == 1);
}

TEST_CASE("a condition of anonymity between the source and its cue belongs to neither", "[attribute][speaker]") {
  // Without commas the phrase ran into the source ("Источник … на условиях
  // анонимности") or stopped the parse, and the cue lost its source.
  const Case cases[] = {
      {"Источник в министерстве, знакомый с планами, на условиях анонимности рассказал, что сделка близка.", "ru",
       "рассказал", "Источник в министерстве"},
      {"A senior aide on condition of anonymity said the bill would pass.", "en", "said", "A senior aide"},
      {"Un asesor del ministro bajo condición de anonimato explicó que la ley pasará.", "es", "explicó",
       "Un asesor del ministro"},
  };
  CheckSources(cases);
}

TEST_CASE("a Chinese inner quote the speaker introduces with 我 is the speaker's own", "[attribute][speaker]") {
  auto r = AuditText("居民代表张伟说：“我告诉他们：‘这样下去不行。’可是没有人听。”", "t.txt", "zh");
  CHECK(SpeakerOf(r, "这样下去不行") == "张伟");
}

TEST_CASE("a possessive pronoun and a noun before a colon introduce the quote of the person meant",
          "[attribute][speaker]") {
  // "Her reason: “…”" had no cue at all (the colon reading took only names
  // and documents), so the quote stood unattributed.
  auto r = AuditText(
      "Ana Ruiz said she would stay in Marrow Bay. Her reason: “The kids, every single day, and the town too.”");
  CHECK(SpeakerOf(r, "The kids") == "Ana Ruiz");
  // A label is still no source ("Update: …" stays a label).
  r = AuditText("Ana Ruiz said she would stay. Her update: none.");
  CHECK(r.attributions.size() == 1);
}

TEST_CASE("a name in apposition to a noun with adjectives after a possessive is the source", "[attribute][speaker]") {
  // "Norvale’s largest customer, …" had no reading: the apposed name was
  // taken only after a determiner right before the noun, so the cue lost its
  // source and the quote after it its speaker.
  auto r = AuditText(
      "Ostrava Mills’s largest client, the retailer Dina Holm, said it would stop orders “until further notice.”");
  CHECK(SourceOfCue(r, "said") == "Ostrava Mills’s largest client, the retailer Dina Holm,");
  REQUIRE(r.sources.size() == 1);
  CHECK(r.sources[0].role == "Ostrava Mills’s largest client");
  CHECK(SpeakerOf(r, "until further notice") == "Dina Holm");
  r = AuditText("His longtime rival, the lawyer Tom Hale, said the vote was rigged.");
  REQUIRE(r.sources.size() == 1);
  CHECK(r.sources[0].name == "Tom Hale");
  CHECK(r.sources[0].role == "longtime rival");
}
