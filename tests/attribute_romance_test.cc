// Attributions through cues that the French, Spanish, Italian and
// Portuguese lemma lists make (rules/<lang>/lists/cue-lemmas-*.txt): tenses,
// inversions and reflexive verbs that no list spells out. Every sentence is
// our own.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "test_util.h"

using onrecord::AuditResult;
using onrecord::CueTone;
using onrecord::testing::AuditText;

namespace {

struct Case {
  const char* lang;
  const char* text;
  const char* quote;    // the start of the quote
  const char* cue;      // the quote's cue
  const char* speaker;  // its speaker
  CueTone tone;
};

void Check(const std::vector<Case>& cases) {
  for (const auto& c : cases) {
    INFO(c.lang << ": " << c.text);
    auto r = AuditText(c.text, "t.txt", c.lang);
    const onrecord::Quote* q = nullptr;
    for (const auto& x : r.quotes) {
      if (x.text.rfind(c.quote, 0) == 0) q = &x;
    }
    REQUIRE(q != nullptr);
    CHECK(q->cue == c.cue);
    CHECK(q->speaker == c.speaker);
    const onrecord::Attribution* a = nullptr;
    for (const auto& x : r.attributions) {
      if (x.cue && x.cue->text.rfind(c.cue, 0) == 0) a = &x;
    }
    REQUIRE(a != nullptr);
    CHECK(a->cue_tone == c.tone);
  }
}

}  // namespace

TEST_CASE("romance cues: French tenses inversions and reflexive verbs from lemmas", "[attribute][romance]") {
  Check({
      {"fr", "Le préfet Marc Aubry évoquera « une erreur de calcul » devant les élus.", "une erreur de calcul",
       "évoquera", "Marc Aubry", CueTone::kNeutral},
      {"fr", "« Personne n'y croit plus », glisse un député de la majorité.", "Personne n'y croit plus", "glisse",
       "un député de la majorité", CueTone::kNeutral},
      {"fr", "« Le chantier prendra du retard », concède la directrice, Claire Monnet.",
       "Le chantier prendra du retard", "concède", "Claire Monnet", CueTone::kLoaded},
      {"fr", "« Nous verrons bien », rétorqua le maire Paul Roux.", "Nous verrons bien", "rétorqua", "Paul Roux",
       CueTone::kNeutral},
      {"fr", "Le maire Paul Roux s'est inquiété : « Rien n'est prêt. »", "Rien n'est prêt", "s'est inquiété",
       "Paul Roux", CueTone::kLoaded},
      {"fr", "La juge Anne Lefort est arrivée tôt. « Le dossier est clos », rappelait-elle devant les élus.",
       "Le dossier est clos", "rappelait-elle", "Anne Lefort", CueTone::kNeutral},
      // The lists once had only the misspelt "prévient-ils" and "dément-ils".
      {"fr", "Le maire Paul Roux était là. « Ce sera long », prévient-il.", "Ce sera long", "prévient-il",
       "Paul Roux", CueTone::kNeutral},
      {"fr", "La ministre Anne Morel a répondu vite. « Je n'ai rien signé », dément-elle.", "Je n'ai rien signé",
       "dément-elle", "Anne Morel", CueTone::kLoaded},
  });
}

TEST_CASE("romance cues: Spanish Italian and Portuguese tenses from lemmas", "[attribute][romance]") {
  Check({
      {"es", "«El agua no llega», recordaba la alcaldesa Lucía Ferrer ante los vecinos.", "El agua no llega",
       "recordaba", "Lucía Ferrer", CueTone::kNeutral},
      {"es", "«Los plazos se cumplirán», matizó la ministra Elena Soto.", "Los plazos se cumplirán", "matizó",
       "Elena Soto", CueTone::kNeutral},
      {"it", "«Il ponte resterà chiuso», ha ribattuto l'assessore Paolo Neri.", "Il ponte resterà chiuso",
       "ha ribattuto", "Paolo Neri", CueTone::kNeutral},
      {"it", "«Non ci sono fondi», ammise il sindaco Luca Ferri davanti al consiglio.", "Non ci sono fondi",
       "ammise", "Luca Ferri", CueTone::kLoaded},
      {"it", "«Abbiamo fatto il possibile», si è sfogata la presidente Anna Greco.", "Abbiamo fatto il possibile",
       "si è sfogata", "Anna Greco", CueTone::kLoaded},
      {"pt", "\"Não há verbas\", ressaltou a secretária Marta Lopes durante a audiência.", "Não há verbas",
       "ressaltou", "Marta Lopes", CueTone::kNeutral},
      {"pt", "O agricultor Rui Matos queixou-se: \"Ninguém nos ouviu\".", "Ninguém nos ouviu", "queixou-se",
       "Rui Matos", CueTone::kLoaded},
  });
}
