// German and Romance readings (issue #4, thirty-second round): a fronted
// adverb before a German verb-second cue, a German separable cue shown with
// its particle, the stance cue "sprach sich für … aus"; a capitalised role
// with a complement before a name, a ministry after "de la", and a crowd as
// a collective speaker in Spanish, Italian, Portuguese and French. Every
// sentence here was written for these tests.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "attribution_util.h"
#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;
using onrecord::testing::ContentJoined;
using onrecord::testing::FindAttributionByCue;

const Source* SourceOf(const AuditResult& r, const Attribution& a) { return r.FindSource(a.source_id); }

AuditResult Audit(const std::string& text, const char* lang) {
  return AuditText(std::string("Bericht\n\n") + text + "\n", "t.txt", lang);
}

TEST_CASE("lang38: a German adverb fronted before a verb-second cue is no part of the cue", "[lang38]") {
  struct Case {
    const char* text;
    const char* cue;
    const char* source;
  };
  const std::vector<Case> cases = {
      {"Die Feuerwehr rückte am Abend aus. Später erklärte allerdings die Polizei, dass niemand verletzt "
       "worden sei.",
       "erklärte", "die Polizei"},
      {"Heute betonte außerdem die Sprecherin Anna Roth, man sei zuversichtlich.", "betonte",
       "die Sprecherin Anna Roth"},
      {"Zuvor sagte der Bürgermeister Tim Kehl, die Brücke bleibe gesperrt.", "sagte", "der Bürgermeister Tim Kehl"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const AuditResult r = Audit(c.text, "de");
    const Attribution* a = FindAttributionByCue(r, c.cue);
    REQUIRE(a != nullptr);
    REQUIRE(a->source.has_value());
    CHECK(a->source->text == c.source);
  }
  // Guard: an adverb after the subject and auxiliary stays in the verb group.
  const AuditResult g = Audit("Die Polizei hat später erklärt, dass niemand verletzt worden sei.", "de");
  REQUIRE(g.attributions.size() == 1);
  REQUIRE(g.attributions[0].cue.has_value());
  CHECK(g.attributions[0].cue->text.find("erklärt") != std::string::npos);
  CHECK(g.attributions[0].source->text == "Die Polizei");
}

TEST_CASE("lang38: a German separable cue is shown with its particle after the content", "[lang38]") {
  const AuditResult r =
      Audit("Die Bürgermeisterin Karin Vogt wies die Vorwürfe am Dienstag entschieden zurück.", "de");
  const Attribution* a = FindAttributionByCue(r, "wies");
  REQUIRE(a != nullptr);
  CHECK(a->cue_words == "wies … zurück");
  CHECK(ContentJoined(*a) == "die Vorwürfe am Dienstag entschieden");
  bool shown = false;
  for (const Finding& f : r.findings) {
    if (f.message.find("(cue “wies … zurück”)") != std::string::npos) shown = true;
    CHECK(f.message.find("(cue “wies”)") == std::string::npos);
  }
  CHECK(shown);
  // With the source between the verb and its particle.
  const AuditResult b = Audit("Am Montag räumte der Sprecher die Fehler ein.", "de");
  const Attribution* e = FindAttributionByCue(b, "räumte");
  REQUIRE(e != nullptr);
  CHECK(e->cue_words == "räumte … ein");
  // Guard: a cue whose span holds its particle needs no other words.
  const AuditResult c = Audit("Der Sprecher teilte mit, die Schule bleibe geschlossen.", "de");
  const Attribution* m = FindAttributionByCue(c, "teilte mit");
  REQUIRE(m != nullptr);
  CHECK(m->cue_words.empty());
}

TEST_CASE("lang38: German sprach sich für … aus and gegen … aus are stance cues", "[lang38]") {
  struct Case {
    const char* text;
    const char* cue;
    const char* source;
    const char* content;
  };
  const std::vector<Case> cases = {
      {"Der Landrat Peter Haas sprach sich für eine neue Umgehungsstraße aus.", "sprach sich für",
       "Landrat Peter Haas", "eine neue Umgehungsstraße"},
      {"Der Verband sprach sich gegen die Pläne aus.", "sprach sich gegen", "Der Verband", "die Pläne"},
      {"Gestern sprach sich die Kanzlerin Eva Brandt gegen neue Steuern aus.", "sprach", "die Kanzlerin Eva Brandt",
       "neue Steuern"},
      {"Die Ärztin Lea Sommer sprach sich für eine Reform aus, weil die Kosten stiegen.", "sprach sich für",
       "Ärztin Lea Sommer", "eine Reform"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const AuditResult r = Audit(c.text, "de");
    const Attribution* a = FindAttributionByCue(r, c.cue);
    REQUIRE(a != nullptr);
    REQUIRE(a->source.has_value());
    CHECK(a->source->text == c.source);
    CHECK(ContentJoined(*a) == c.content);
    CHECK(a->cue_words == std::string(c.cue) + " … aus");
  }
}

TEST_CASE("lang38: a capitalised Romance role with a complement before a given name is that person's role",
          "[lang38]") {
  struct Case {
    const char* text;
    const char* lang;
    const char* name;
    const char* role;
  };
  const std::vector<Case> cases = {
      {"La Presidenta del Gobierno Ana López afirmó que el presupuesto se aprobará en marzo.", "es", "Ana López",
       "Presidenta del Gobierno"},
      {"Il Presidente della Regione Luca Bianchi ha affermato che il piano sarà approvato entro marzo.", "it",
       "Luca Bianchi", "Presidente della Regione"},
      {"A Presidente da Câmara Ana Costa afirmou que o orçamento será aprovado em março.", "pt", "Ana Costa",
       "Presidente da Câmara"},
      {"La Présidente de la Région Claire Martin a affirmé que le budget serait adopté en mars.", "fr",
       "Claire Martin", "Présidente de la Région"},
      // A ministry inside the role after "de la" opens no name.
      {"Le ministre de la Défense Jean Dupont a déclaré que les troupes rentreraient bientôt.", "fr", "Jean Dupont",
       "ministre de la Défense"},
      // (Already read so: pinned.)
      {"El ministro de Defensa Juan Pérez declaró que las tropas regresarán pronto.", "es", "Juan Pérez",
       "ministro de Defensa"},
      {"Il ministro della Difesa Marco Rossi ha dichiarato che le truppe rientreranno presto.", "it", "Marco Rossi",
       "ministro della Difesa"},
      {"O ministro da Defesa João Silva afirmou que as tropas voltarão em breve.", "pt", "João Silva",
       "ministro da Defesa"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const AuditResult r = Audit(c.text, c.lang);
    REQUIRE(r.attributions.size() == 1);
    const Source* s = SourceOf(r, r.attributions[0]);
    REQUIRE(s != nullptr);
    CHECK(s->name == c.name);
    CHECK(s->kind == SourceKind::kNamed);
    CHECK(s->role == c.role);
  }
  // Guard: with no given name after the complement the run stays an
  // organisation's.
  const AuditResult g = Audit("El Presidente del Banco Central Europeo afirmó que los tipos bajarán.", "es");
  for (const Source& s : g.sources) CHECK(s.kind != SourceKind::kNamed);
}

TEST_CASE("lang38: a Romance crowd is a collective speaker, and its chant counts nowhere", "[lang38]") {
  struct Case {
    const char* text;
    const char* lang;
    const char* cue;
    const char* source;
  };
  const std::vector<Case> acts = {
      {"La multitud gritó «¡Fuera!» frente al ayuntamiento.", "es", "gritó", "La multitud"},
      {"La folla ha gridato «Vergogna!» davanti al municipio.", "it", "ha gridato", "La folla"},
      {"A multidão gritou «Fora!» em frente à câmara.", "pt", "gritou", "A multidão"},
      {"La foule a crié « Démission ! » devant la mairie.", "fr", "a crié", "La foule"},
  };
  for (const Case& c : acts) {
    INFO(c.text);
    const AuditResult r = Audit(c.text, c.lang);
    const Attribution* a = FindAttributionByCue(r, c.cue);
    REQUIRE(a != nullptr);
    REQUIRE(a->source.has_value());
    CHECK(a->source->text == c.source);
    CHECK_FALSE(a->counted);
    CHECK(r.findings.empty());
  }
  // What a crowd says is sourcing as in English ("Protesters said …"): a
  // vague unnamed source, counted.
  const std::vector<Case> said = {
      {"La folla ha detto «basta» davanti al municipio.", "it", "ha detto", "La folla"},
      {"Los manifestantes dijeron que volverán mañana.", "es", "dijeron", "Los manifestantes"},
      {"I manifestanti hanno detto che torneranno domani.", "it", "hanno detto", "I manifestanti"},
  };
  for (const Case& c : said) {
    INFO(c.text);
    const AuditResult r = Audit(c.text, c.lang);
    const Attribution* a = FindAttributionByCue(r, c.cue);
    REQUIRE(a != nullptr);
    REQUIRE(a->source.has_value());
    CHECK(a->source->text == c.source);
    CHECK(a->counted);
    const Source* s = SourceOf(r, *a);
    REQUIRE(s != nullptr);
    CHECK(s->kind == SourceKind::kAnonymous);
    REQUIRE(s->specificity.has_value());
    CHECK(*s->specificity == Specificity::kVague);
  }
}

}  // namespace
}  // namespace onrecord
