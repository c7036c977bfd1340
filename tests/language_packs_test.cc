// Language packs (rules/<lang>/): quote speakers, cues and their tone,
// anonymous-source descriptions and their specificity, in German, French,
// Spanish, Italian, Portuguese and Russian. Every sentence is our own; each
// case exercises one list of the pack (cues, titles, heads, postmodifier
// openers, affiliation words, relative openers, function words).
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::AuditResult;
using onrecord::CueTone;
using onrecord::SourceKind;
using onrecord::Specificity;
using onrecord::testing::AuditText;
using onrecord::testing::FindAttributionByCue;

namespace {

const onrecord::Quote* QuoteStarting(const AuditResult& r, const std::string& prefix) {
  for (const auto& q : r.quotes) {
    if (q.text.rfind(prefix, 0) == 0) return &q;
  }
  return nullptr;
}

const onrecord::AnonymousSource* Anonymous(const AuditResult& r, const std::string& phrase) {
  for (const auto& a : r.anonymous_sources) {
    if (a.phrase == phrase) return &a;
  }
  return nullptr;
}

// One language's sentence, the start of its quote and the speaker expected.
struct SpeakerCase {
  const char* lang;
  const char* text;
  const char* quote;
  const char* speaker;
};

void CheckSpeakers(const std::vector<SpeakerCase>& cases) {
  for (const auto& c : cases) {
    INFO(c.lang << ": " << c.text);
    auto r = AuditText(c.text, "t.txt", c.lang);
    const auto* q = QuoteStarting(r, c.quote);
    REQUIRE(q != nullptr);
    CHECK(q->speaker == c.speaker);
  }
}

std::string Phrases(const AuditResult& r) {
  std::string out;
  for (const auto& a : r.anonymous_sources) out += "[" + a.phrase + "] ";
  return out;
}

}  // namespace

TEST_CASE("language packs: a quote's named speaker and cue", "[language-packs]") {
  struct Case {
    const char* lang;
    const char* text;
    const char* quote;    // the start of the quote
    const char* speaker;  // canonical speaker
    const char* cue;
  };
  const Case cases[] = {
      {"de", "„Wir werden die Brücke sanieren“, sagte Bürgermeisterin Anna Kessler am Montag.",
       "Wir werden", "Anna Kessler", "sagte"},
      {"de", "»Wir haben keine andere Wahl«, erklärte Geschäftsführer Paul Reiter.", "Wir haben",
       "Paul Reiter", "erklärte"},
      {"fr", "« Nous ne fermerons pas l’usine », a déclaré Claire Dubois, ministre de l’Industrie.",
       "Nous ne", "Claire Dubois", "a déclaré"},
      {"es", "«No vamos a cerrar el hospital», dijo Marta Ruiz, consejera de Sanidad.", "No vamos",
       "Marta Ruiz", "dijo"},
      {"it", "«Non riapriremo la strada», ha dichiarato Marco Neri, presidente della Provincia.",
       "Non riapriremo", "Marco Neri", "ha dichiarato"},
      {"pt", "“Não vamos fechar a escola”, disse Ana Lopes, secretária de Educação.", "Não vamos",
       "Ana Lopes", "disse"},
      {"ru", "«Мы не будем закрывать завод», — сказал Иван Петров, министр финансов.", "Мы не",
       "Иван Петров", "сказал"},
  };
  for (const auto& c : cases) {
    INFO(c.lang << ": " << c.text);
    auto r = AuditText(c.text, "t.txt", c.lang);
    const auto* q = QuoteStarting(r, c.quote);
    REQUIRE(q != nullptr);
    CHECK(q->speaker == c.speaker);
    CHECK(q->speaker_kind == SourceKind::kNamed);
    CHECK(q->cue == c.cue);
  }
}

TEST_CASE("language packs: a title before the name is the source's role", "[language-packs]") {
  struct Case {
    const char* lang;
    const char* text;
    const char* name;
    const char* role;
  };
  const Case cases[] = {
      {"de", "„Wir sind bereit“, sagte Bürgermeisterin Anna Kessler.", "Anna Kessler", "Bürgermeisterin"},
      {"de", "Landrätin Sabine Wendholt sagte, die Station schließe.", "Sabine Wendholt", "Landrätin"},
      {"ru", "Мэр Иван Петров признал, что бюджет не сходится.", "Иван Петров", "Мэр"},
  };
  for (const auto& c : cases) {
    INFO(c.lang << ": " << c.text);
    auto r = AuditText(c.text, "t.txt", c.lang);
    bool found = false;
    for (const auto& s : r.sources) {
      if (s.name == c.name) {
        found = true;
        CHECK(s.role == c.role);
      }
    }
    CHECK(found);
  }
}

TEST_CASE("language packs: anonymous descriptions and their specificity", "[language-packs]") {
  struct Case {
    const char* lang;
    const char* text;
    const char* phrase;
    Specificity specificity;
  };
  const Case cases[] = {
      // Genitive postmodifier after a capitalized German head noun.
      {"de", "Ein Sprecher des Verkehrsministeriums sagte, die Mittel seien bewilligt.",
       "Ein Sprecher des Verkehrsministeriums", Specificity::kDescribed},
      {"de", "Aus Kreisen des Stadtrats hieß es, die Sanierung sei verschleppt worden.",
       "Kreisen des Stadtrats", Specificity::kDescribed},
      {"de", "Eine Beamtin des Innenministeriums, die anonym bleiben wollte, sagte, die Akten seien vollständig.",
       "Eine Beamtin des Innenministeriums", Specificity::kDescribed},
      {"fr", "D’après une source proche du dossier, deux repreneurs se sont retirés.",
       "une source proche du dossier", Specificity::kVague},
      {"fr", "Selon un conseiller du ministère de l’Industrie, le plan sera revu.",
       "un conseiller du ministère de l’Industrie", Specificity::kDescribed},
      // A minister always speaks for a government.
      {"fr", "« Le calendrier ne tiendra pas », admet un ministre, sous couvert d’anonymat.", "un ministre",
       Specificity::kDescribed},
      {"es", "Fuentes del Ministerio de Sanidad confirmaron el plan.", "Fuentes del Ministerio de Sanidad",
       Specificity::kDescribed},
      {"es", "Según fuentes cercanas a la negociación, el acuerdo está cerca.",
       "fuentes cercanas a la negociación", Specificity::kVague},
      // A head noun capitalized only because it opens the sentence is no name.
      {"es", "Fuentes cercanas a la negociación dijeron que no hay acuerdo.",
       "Fuentes cercanas a la negociación", Specificity::kVague},
      {"it", "Fonti della Regione hanno confermato il ritardo.", "Fonti della Regione", Specificity::kDescribed},
      {"it", "Secondo fonti vicine al dossier, i lavori dureranno mesi.", "fonti vicine al dossier",
       Specificity::kVague},
      {"it", "«Il versante è instabile», ammette un tecnico della Provincia.", "un tecnico della Provincia",
       Specificity::kDescribed},
      {"pt", "Segundo uma pessoa próxima às negociações, o acordo está perto.",
       "uma pessoa próxima às negociações", Specificity::kVague},
      {"pt", "Uma fonte oficial do Ministério da Educação confirmou o plano.",
       "Uma fonte oficial do Ministério da Educação", Specificity::kDescribed},
      {"ru", "Источник в мэрии сообщил, что работы задерживаются.", "Источник в мэрии",
       Specificity::kDescribed},
      // A postmodifier set off by commas belongs to the phrase (as "une source
      // proche du dossier" without them); familiarity with a matter stays vague.
      {"ru", "Источник, знакомый с ситуацией, рассказал, что сроки сорваны.", "Источник, знакомый с ситуацией",
       Specificity::kVague},
  };
  for (const auto& c : cases) {
    INFO(c.lang << ": " << c.text << " — found: " << Phrases(AuditText(c.text, "t.txt", c.lang)));
    auto r = AuditText(c.text, "t.txt", c.lang);
    const auto* a = Anonymous(r, c.phrase);
    REQUIRE(a != nullptr);
    CHECK(a->specificity == c.specificity);
  }
}

TEST_CASE("language packs: a reason for anonymity is recognised", "[language-packs]") {
  struct Case {
    const char* lang;
    const char* text;
    const char* phrase;
    bool reason;
  };
  const Case cases[] = {
      {"de", "Ein Beamter des Innenministeriums sagte unter der Bedingung der Anonymität, weil die Ermittlungen noch laufen, die Akten seien vollständig.",
       "Ein Beamter des Innenministeriums", true},
      // A request alone is not a reason (design §4).
      {"de", "Eine Beamtin des Innenministeriums, die anonym bleiben wollte, sagte, die Akten seien vollständig.",
       "Eine Beamtin des Innenministeriums", false},
      {"fr", "Selon un haut fonctionnaire, qui a requis l’anonymat car il n’est pas autorisé à s’exprimer publiquement, la réunion n’a pas eu lieu.",
       "un haut fonctionnaire", true},
      {"it", "Un funzionario della Regione, che chiede di restare anonimo per paura di ritorsioni, dice che i lavori sono fermi.",
       "Un funzionario della Regione", true},
      {"pt", "Um médico do serviço, que pediu para não ser identificado por medo de represálias, disse que faltam médicos.",
       "Um médico do serviço", true},
      {"ru", "Источник в мэрии, пожелавший остаться неназванным из опасения увольнения, сообщил, что работы задерживаются.",
       "Источник в мэрии", true},
  };
  for (const auto& c : cases) {
    INFO(c.lang << ": " << c.text);
    auto r = AuditText(c.text, "t.txt", c.lang);
    const auto* a = Anonymous(r, c.phrase);
    REQUIRE(a != nullptr);
    CHECK(a->reason_given == c.reason);
  }
}

TEST_CASE("language packs: cue positions and tone", "[language-packs]") {
  struct Case {
    const char* lang;
    const char* text;
    const char* cue;
    const char* source;  // the source mention as written
    CueTone tone;
  };
  const Case cases[] = {
      // Postposed German attribution after a comma; source after the cue.
      {"de", "Die Arbeiten dauern ein Jahr, so Kessler.", "so", "Kessler", CueTone::kNeutral},
      // German zufolge: the source stands before the cue.
      {"de", "Dem Wirtschaftsministerium zufolge fehlen Fachkräfte.", "zufolge", "Dem Wirtschaftsministerium",
       CueTone::kNeutral},
      {"de", "Laut Kessler dauern die Arbeiten ein Jahr.", "Laut", "Kessler", CueTone::kNeutral},
      {"de", "Der Verband behauptete, die Zahlen seien falsch.", "behauptete", "Der Verband", CueTone::kLoaded},
      {"fr", "« Le calendrier ne tiendra pas », admet un ministre.", "admet", "un ministre", CueTone::kLoaded},
      {"fr", "Selon la direction, les commandes ont chuté.", "Selon", "la direction", CueTone::kNeutral},
      {"es", "«Es una vergüenza», admitió Pedro Gómez.", "admitió", "Pedro Gómez", CueTone::kLoaded},
      {"es", "De acuerdo con Marta Ruiz, el plan sigue adelante.", "De acuerdo con", "Marta Ruiz",
       CueTone::kNeutral},
      {"it", "«Il versante è instabile», ammette un tecnico della Provincia.", "ammette",
       "un tecnico della Provincia", CueTone::kLoaded},
      {"pt", "“O edital foi mal feito”, admitiu Caio Mendes.", "admitiu", "Caio Mendes", CueTone::kLoaded},
      {"pt", "De acordo com Ana Lopes, o plano avança.", "De acordo com", "Ana Lopes", CueTone::kNeutral},
      {"ru", "Мэр Иван Петров признал, что бюджет не сходится.", "признал", "Мэр Иван Петров", CueTone::kLoaded},
      {"ru", "Сенатор Анна Петрова считает, что закон примут.", "считает", "Сенатор Анна Петрова",
       CueTone::kNonSpeech},
      // "по его словам": the pronoun between the words takes the cue "словам".
      {"ru", "Мэр Иван Петров выступил в думе. По его словам, проект отложен.", "словам", "его",
       CueTone::kNeutral},
  };
  for (const auto& c : cases) {
    INFO(c.lang << ": " << c.text);
    auto r = AuditText(c.text, "t.txt", c.lang);
    const auto* a = FindAttributionByCue(r, c.cue);
    REQUIRE(a != nullptr);
    REQUIRE(a->source.has_value());
    CHECK(a->source->text == c.source);
    CHECK(a->cue_tone == c.tone);
  }
}

TEST_CASE("language packs: words that only look like cues are not cues", "[language-packs]") {
  struct Case {
    const char* lang;
    const char* text;
    const char* word;
  };
  const Case cases[] = {
      // German "so" is a cue only right after a comma.
      {"de", "Die Räume sind so groß wie nie, und die Stadt freut sich.", "so"},
      // "sagte ab" cancels; "pidió no ser identificado" is a request.
      {"de", "Der Minister sagte ab, weil er krank war.", "sagte"},
      {"es", "El técnico pidió no ser identificado.", "pidió"},
  };
  for (const auto& c : cases) {
    INFO(c.lang << ": " << c.text);
    auto r = AuditText(c.text, "t.txt", c.lang);
    CHECK(FindAttributionByCue(r, c.word) == nullptr);
  }
}

TEST_CASE("language packs: the pronoun after a dash takes the last named speaker", "[language-packs]") {
  auto r = AuditText("Мэр Иван Петров признал, что бюджет не сходится. «Денег нет», — заявил он.", "t.txt", "ru");
  const auto* q = QuoteStarting(r, "Денег нет");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Иван Петров");
  CHECK(q->cue == "заявил");
}

TEST_CASE("language packs: every language has the lists the engine reads", "[language-packs]") {
  const char* full[] = {"cues-neutral", "cues-loaded", "cues-source-after", "anonymous-heads", "titles",
                        "determiners", "definite-determiners", "postmodifier-openers",
                        "affiliation-prepositions", "function-words", "pronouns", "head-pairs"};
  const char* cjk[] = {"cues-neutral", "cues-loaded", "cues-source-after", "anonymous-heads", "titles",
                       "organization-heads", "document-heads", "pronouns"};
  auto has = [](const char* lang, const char* list) {
    return std::filesystem::exists(onrecord::testing::SourceDir() / "rules" / lang / "lists" /
                                   (std::string(list) + ".txt"));
  };
  for (const char* lang : {"de", "fr", "es", "it", "pt", "ru"}) {
    CHECK(onrecord::testing::DefaultRules().HasLanguage(lang));
    for (const char* list : full) {
      INFO(lang << "/lists/" << list << ".txt");
      CHECK(has(lang, list));
    }
  }
  for (const char* lang : {"zh", "ja"}) {
    for (const char* list : cjk) {
      INFO(lang << "/lists/" << list << ".txt");
      CHECK(has(lang, list));
    }
  }
}

// Regression: a head noun that a pack also lists among its function words
// (it is capitalized only at a sentence's start) was read as "said in …"
// after an inverted cue, and the quote lost its source in six languages.
TEST_CASE("language packs: an inverted source that opens with a role noun", "[language-packs]") {
  CheckSpeakers({
      {"ru", "«Мы готовы», — сказал министр Иван Петров.", "Мы готовы", "Иван Петров"},
      {"de", "„Wir sind bereit“, sagte Minister Hans Weber.", "Wir sind bereit", "Hans Weber"},
      {"es", "«Estamos listos», dijo el ministro Juan Pérez.", "Estamos listos", "Juan Pérez"},
      {"fr", "« Nous sommes prêts », a dit le ministre Jean Dupont.", "Nous sommes prêts", "Jean Dupont"},
      {"it", "«Siamo pronti», ha detto il ministro Marco Rossi.", "Siamo pronti", "Marco Rossi"},
      {"pt", "«Estamos prontos», disse o ministro João Silva.", "Estamos prontos", "João Silva"},
  });
  // Without a name the role noun is the source: a described official.
  auto r = AuditText("«Мы готовы», — сказал министр.", "t.txt", "ru");
  const auto* q = QuoteStarting(r, "Мы готовы");
  REQUIRE(q != nullptr);
  CHECK(q->attribution >= 0);
}

TEST_CASE("language packs: German compound heads are described sources", "[language-packs]") {
  auto r = AuditText("Die Lage ist ernst. „Wir bleiben dabei“, erklärte der Ministeriumssprecher am Samstag. "
                     "Ein Konzernsprecher sagte, man prüfe das.",
                     "t.txt", "de");
  const auto* a = Anonymous(r, "der Ministeriumssprecher");
  INFO(Phrases(r));
  REQUIRE(a != nullptr);
  CHECK(a->specificity == Specificity::kDescribed);
  // A lone capitalized head noun is a description, never a person's name.
  const auto* b = Anonymous(r, "Ein Konzernsprecher");
  REQUIRE(b != nullptr);
  CHECK(b->specificity == Specificity::kDescribed);
  // The compound refers back only to a source of the same institution.
  r = AuditText("Ein Sprecher des Innenministeriums sagte, die Lage sei ernst. "
                "„Wir reagieren“, hatte ein Sprecher der Netzagentur erklärt. "
                "„Wir bleiben dabei“, erklärte der Ministeriumssprecher am Samstag.",
                "t.txt", "de");
  const auto* q = QuoteStarting(r, "Wir bleiben dabei");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Ein Sprecher des Innenministeriums");
}

TEST_CASE("language packs: a German compound ending in any listed role noun is that role", "[language-packs]") {
  // "Fraktionsvorsitzende" is listed nowhere; "vorsitzende" is a role noun.
  auto r = AuditText("Die Lage ist ernst. „Wir brauchen mehr Geld“, sagte die Fraktionsvorsitzende Anna Berger am "
                     "Dienstag.",
                     "t.txt", "de");
  const auto* q = QuoteStarting(r, "Wir brauchen mehr Geld");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Anna Berger");
  // Unnamed: a described source, not a name.
  r = AuditText("Die Lage ist ernst. Ein Landtagsabgeordneter sagte, man prüfe das.", "t.txt", "de");
  const auto* a = Anonymous(r, "Ein Landtagsabgeordneter");
  INFO(Phrases(r));
  REQUIRE(a != nullptr);
  CHECK(a->specificity == Specificity::kDescribed);
}

TEST_CASE("language packs: a German source after laut ends before the verb", "[language-packs]") {
  auto r = AuditText("Die Lage ist ernst. Laut einem Sprecher des Ministeriums ist der Plan gescheitert.", "t.txt", "de");
  const auto* a = FindAttributionByCue(r, "Laut");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "einem Sprecher des Ministeriums");
  REQUIRE_FALSE(a->content.empty());
  CHECK(a->content[0].text == "ist der Plan gescheitert");
  // An adjective before the genitive's noun stays in the phrase.
  r = AuditText("Die Lage ist ernst. Laut einer Umfrage des neuen Instituts lehnen 60 Prozent den Plan ab.", "t.txt",
                "de");
  a = FindAttributionByCue(r, "Laut");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "einer Umfrage des neuen Instituts");
}

TEST_CASE("language packs: German verb-second order puts the source after the verb", "[language-packs]") {
  auto r = AuditText("So äußerte sich am Samstag in Velmarstadt ein Sprecher des Innenministeriums. "
                     "Insgesamt sagte die Regierung wenig.",
                     "t.txt", "de");
  const auto* a = FindAttributionByCue(r, "äußerte sich");
  REQUIRE(a != nullptr);
  CHECK(a->cue->text == "äußerte sich");  // the time phrase is neither cue nor source
  REQUIRE(a->source);
  CHECK(a->source->text == "ein Sprecher des Innenministeriums");
  const auto* b = FindAttributionByCue(r, "sagte");
  REQUIRE(b != nullptr);
  REQUIRE(b->source);
  CHECK(b->source->text == "die Regierung");
}

TEST_CASE("language packs: a French subject pronoun glued to the verb is the source", "[language-packs]") {
  struct Case {
    const char* text;
    const char* speaker;
  };
  const Case cases[] = {
      {"Jean Dupont est venu. « Non », dit-il.", "Jean Dupont"},
      {"Jean Dupont est venu. « Non », a-t-il déclaré.", "Jean Dupont"},
      {"Marie Durand est venue. « Non », explique-t-elle.", "Marie Durand"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto r = AuditText(c.text, "t.txt", "fr");
    const auto* q = QuoteStarting(r, "Non");
    REQUIRE(q != nullptr);
    CHECK(q->speaker == c.speaker);
    REQUIRE(r.attributions.size() == 1);
    REQUIRE(r.attributions[0].source);
    // The pronoun's own bytes inside the cue token.
    CHECK((r.attributions[0].source->text == "il" || r.attributions[0].source->text == "elle"));
  }
}

TEST_CASE("language packs: a subjectless cue in a null-subject language takes the last person", "[language-packs]") {
  CheckSpeakers({
      {"es", "La ministra Ana Ruiz habló con la prensa. «Nadie nos escucha», declaró hace pocos días.",
       "Nadie nos escucha", "Ana Ruiz"},
      {"it", "Il sindaco Marco Rossi è arrivato. «Nessuno ci ascolta», ha detto ieri.", "Nessuno ci ascolta",
       "Marco Rossi"},
      {"pt", "O ministro João Silva chegou. «Ninguém nos ouve», disse ontem.", "Ninguém nos ouve", "João Silva"},
  });
  // English writes its subjects: a subjectless cue there stays unattributed.
  auto r = AuditText("Mayor Ana Ruiz arrived. \"Nobody listens,\" said yesterday.");
  const auto* q = QuoteStarting(r, "Nobody listens");
  REQUIRE(q != nullptr);
  CHECK(q->speaker.empty());
}

TEST_CASE("language packs: a role noun phrase with the name in apposition after the verb", "[language-packs]") {
  CheckSpeakers({
      {"fr", "« Non », a déclaré le directeur général de Solvaris France, Bertrand Lemaire, lors d’une conférence.",
       "Non", "Bertrand Lemaire"},
      {"fr", "« Non », a déclaré jeudi soir le maire, Hervé Castagnède, dans un communiqué.", "Non",
       "Hervé Castagnède"},
      {"es", "«No», dijo el portavoz oficial, Juan Pérez.", "No", "Juan Pérez"},
      {"en", "\"No,\" said the chief executive, Ann Lee.", "No", "Ann Lee"},
  });
}

TEST_CASE("language packs: cues in the pluperfect and conditional, not only the perfect", "[language-packs]") {
  CheckSpeakers({
      {"fr", "La ministre Anne Morel avait répondu que « rien ne change ».", "rien ne change", "Anne Morel"},
      {"fr", "« Rien ne change », avaient déclaré les syndicats.", "Rien ne change", "les syndicats"},
      {"es", "La ministra Ana Ruiz había dicho que «nada cambia».", "nada cambia", "Ana Ruiz"},
      {"it", "Il sindaco Marco Rossi aveva detto che «nulla cambia».", "nulla cambia", "Marco Rossi"},
      {"pt", "O ministro João Silva tinha afirmado que «nada muda».", "nada muda", "João Silva"},
  });
}

TEST_CASE("language packs: the French narrative infinitive continues the speaker before it", "[language-packs]") {
  auto r = AuditText("Jean Dupont est venu. « Non », a-t-il dit au journal. Et de poursuivre : « Rien ne change. »",
                     "t.txt", "fr");
  const auto* q = QuoteStarting(r, "Rien ne change");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Jean Dupont");
}

TEST_CASE("language packs: the presidency is an institution", "[language-packs]") {
  auto r = AuditText("Sollicitée par le journal, la présidence avait répondu que « par principe, elle ne commente pas ».",
                     "t.txt", "fr");
  const auto* q = QuoteStarting(r, "par principe");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "la présidence");
}

TEST_CASE("language packs: postnominal adjectives and citing a source", "[language-packs]") {
  auto r = AuditText("La emisora informó, citando a un alto funcionario del Ministerio del Interior que pidió quedar "
                     "en el anonimato, que nadie sabe nada. Esas mismas fuentes oficiales contaron a la emisora que "
                     "todavía no se ha abierto una investigación.",
                     "t.txt", "es");
  INFO(Phrases(r));
  const auto* a = Anonymous(r, "Esas mismas fuentes oficiales");
  REQUIRE(a != nullptr);
  CHECK(a->specificity == Specificity::kDescribed);
  // (The request to remain anonymous is no part of the phrase, as in
  // every language: fu25.)
  const auto* b = Anonymous(r, "un alto funcionario del Ministerio del Interior");
  REQUIRE(b != nullptr);
  CHECK(b->specificity == Specificity::kDescribed);
  // "pidió quedar en el anonimato" is a request, not a cue.
  CHECK(FindAttributionByCue(r, "pidió") == nullptr);
}

TEST_CASE("language packs: a quote in a second reported clause has the speaker of the first", "[language-packs]") {
  auto r = AuditText("La présidence avait répondu que « par principe, elle ne commente jamais les rumeurs », mais que "
                     "l’hypothèse « d’une dissolution ne figure dans aucune note ».",
                     "t.txt", "fr");
  const auto* q = QuoteStarting(r, "d’une dissolution");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "La présidence");
}

TEST_CASE("language packs: an elided article before a name and a pronoun set off by commas", "[language-packs]") {
  // "l’Estuaire" is capitalized for the name it ends; ", elle," stands
  // between the subject and its verb.
  auto r = AuditText("La Tribune de l’Estuaire avait, elle, relayé en septembre un bruit de couloir : la présidente "
                     "voulait dissoudre l’Assemblée « avant la fin de l’hiver ».",
                     "t.txt", "fr");
  const auto* q = QuoteStarting(r, "avant la fin");
  REQUIRE(q != nullptr);
  CHECK(q->speaker.find("Tribune de l’Estuaire") != std::string::npos);
}

TEST_CASE("language packs: Chinese coordinated cue and a quote right after a finished one", "[language-packs]") {
  // "並稱": the cue shares the subject that opens the sentence; "並" is no source.
  auto r = AuditText("達瑟方面則矢口否認，並稱卡斯蘭的指控是「惡意抹黑」。", "t.txt", "zh");
  const auto* q = QuoteStarting(r, "惡意抹黑");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "達瑟方面");
  // 「…。」「…」: the second quote continues the first speaker's.
  r = AuditText("一位卡斯蘭政府高級官員說:「如果這批火箭炮真的運到前線，防線恐怕撐不過這個冬天。」「我們不會坐視不管。」",
                "t.txt", "zh");
  q = QuoteStarting(r, "我們不會");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "一位卡斯蘭政府高級官員");
}

TEST_CASE("language packs: quotes before the one an inverted cue took share its source", "[language-packs]") {
  auto r = AuditText("Nadie sabe aún cuántos archivos guarda el \"segundo informante\" ni \"si afecta a operaciones en curso\", "
                     "informó la directora Ana Ruiz.",
                     "t.txt", "es");
  const auto* q = QuoteStarting(r, "segundo informante");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Ana Ruiz");
  CHECK(q->kind == onrecord::QuoteKind::kPartial);
}

TEST_CASE("language packs: traditional Chinese heads and German pronominal adverbs", "[language-packs]") {
  // "卡斯蘭官員們" (officials, traditional script, plural): anonymous, not a name.
  auto r = AuditText("卡斯蘭官員們表示，運輸已經開始。", "t.txt", "zh");
  bool anonymous = false;
  for (const auto& s : r.sources) {
    if (s.name.find("官員們") != std::string::npos) anonymous = s.kind == SourceKind::kAnonymous || s.kind == SourceKind::kDescribed;
  }
  CHECK(anonymous);
  // "Darin hieß es": "therein", no person.
  r = AuditText("Der Bericht ist fertig. Darin hieß es, die Lage sei ernst.", "t.txt", "de");
  for (const auto& s : r.sources) CHECK(s.name != "Darin");
}
