// German word order (issue #4, thirty-first round): verb-second cues after a
// fronted phrase, particles between an inverted cue and its subject,
// separable verbs; and a capitalized role with a prepositional complement at
// a sentence's start in Italian, Spanish and Portuguese.
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

// The named source called `name`, or nullptr.
const Source* Named(const AuditResult& r, const std::string& name) {
  for (const Source& s : r.sources) {
    if (s.name == name) return &s;
  }
  return nullptr;
}

struct Case {
  const char* text;
  const char* cue;
  const char* source;   // the source as written
  const char* content;  // the content segments joined with " | "
};

void CheckCases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    INFO(c.text);
    const AuditResult r = AuditText(std::string("Politik\n\n") + c.text + "\n", "t.txt", "de");
    const Attribution* a = FindAttributionByCue(r, c.cue);
    REQUIRE(a != nullptr);
    REQUIRE(a->source.has_value());
    CHECK(a->source->text == c.source);
    CHECK(ContentJoined(*a) == c.content);
  }
}

TEST_CASE("de37: after a fronted phrase the reported clause follows the named subject's comma", "[de37]") {
  CheckCases({
      {"Am Montag sagte Minister Jens Bauer, die Lage sei ernst.", "sagte", "Minister Jens Bauer",
       "die Lage sei ernst"},
      // (The fronted adverb is no part of the cue since lang38.)
      {"Dann sagte Minister Jens Bauer, die Lage sei ernst.", "sagte", "Minister Jens Bauer",
       "die Lage sei ernst"},
      {"In Berlin erklärte Innenministerin Petra Lohmann, man werde die Grenzen nicht schließen.", "erklärte",
       "Innenministerin Petra Lohmann", "man werde die Grenzen nicht schließen"},
      {"Im Interview sagte Bürgermeister Karl Weiß, die Stadt habe kein Geld mehr.", "sagte", "Bürgermeister Karl Weiß",
       "die Stadt habe kein Geld mehr"},
      {"Nach der Sitzung erklärte die Vorsitzende Anna Roth, der Antrag sei abgelehnt worden.", "erklärte",
       "die Vorsitzende Anna Roth", "der Antrag sei abgelehnt worden"},
      {"Am Montag sagte Minister Jens Bauer, dass die Lage ernst sei.", "sagte", "Minister Jens Bauer",
       "dass die Lage ernst sei"},
      // A role after the comma is an apposition; a comma closes it.
      {"Am Montag sagte Jens Bauer, Sprecher des Ministeriums, die Lage sei ernst.", "sagte",
       "Jens Bauer, Sprecher des Ministeriums", "die Lage sei ernst"},
      // (The fronted adverb is no part of the cue since lang38.)
      {"Dazu sagte Jens Bauer, der Sprecher des Ministeriums, die Lage sei ernst.", "sagte",
       "Jens Bauer, der Sprecher des Ministeriums", "die Lage sei ernst"},
      // So does a relative clause, closed by its comma.
      {"Am Montag sagte Minister Jens Bauer, der seit 2020 im Amt ist, die Lage sei ernst.", "sagte",
       "Minister Jens Bauer, der seit 2020 im Amt ist", "die Lage sei ernst"},
      // An article and an adjective open the reported clause.
      {"Am Montag sagte Minister Jens Bauer, die neue Regel sei gut.", "sagte", "Minister Jens Bauer",
       "die neue Regel sei gut"},
      // The fronted phrase is never the content.
      {"Am Montag sagte Jens Bauer, Sprecher des Ministeriums.", "sagte", "Jens Bauer, Sprecher des Ministeriums", ""},
  });
  // The speaker and role stay as they were.
  const AuditResult r =
      AuditText("Politik\n\nAm Montag sagte Minister Jens Bauer, die Lage sei ernst.\n", "t.txt", "de");
  const Source* s = Named(r, "Jens Bauer");
  REQUIRE(s != nullptr);
  CHECK(s->role == "Minister");
}

TEST_CASE("de37: an apposition after a source that does not follow a fronted phrase is kept", "[de37]") {
  CheckCases({
      {"Die Lage sei ernst, sagte Jens Bauer, Sprecher des Ministeriums.", "sagte",
       "Jens Bauer, Sprecher des Ministeriums", "Die Lage sei ernst"},
      {"Am Montag sagte Minister Jens Bauer: »Die Lage ist ernst.«", "sagte", "Minister Jens Bauer",
       "»Die Lage ist ernst.«"},
  });
}

TEST_CASE("de37: after a phrase that refers back the source keeps its relative clause", "[de37]") {
  const AuditResult r =
      AuditText("Politik\n\nDas sagte Minister Jens Bauer, der seit 2020 im Amt ist.\n", "t.txt", "de");
  const Attribution* a = FindAttributionByCue(r, "sagte");
  REQUIRE(a != nullptr);
  REQUIRE(a->source.has_value());
  CHECK(a->source->text == "Minister Jens Bauer, der seit 2020 im Amt ist");
}

TEST_CASE("de37: a particle between an inverted cue and its subject is neither", "[de37]") {
  CheckCases({
      {"Am Montag sagte aber der Minister, die Lage sei ernst.", "sagte", "der Minister", "die Lage sei ernst"},
      {"Am Montag sagte jedoch Ministerin Eva Lang, die Lage sei ernst.", "sagte", "Ministerin Eva Lang",
       "die Lage sei ernst"},
      // (The fronted adverb is no part of the cue since lang38.)
      {"Später erklärte allerdings die Polizei, es habe keine Verletzten gegeben.", "erklärte", "die Polizei",
       "es habe keine Verletzten gegeben"},
      {"Im Rathaus sagte dagegen Bürgermeister Karl Weiß, das Projekt gehe weiter.", "sagte", "Bürgermeister Karl Weiß",
       "das Projekt gehe weiter"},
      {"Am Abend sagte zudem ein Sprecher der Stadt, die Straße bleibe gesperrt.", "sagte", "ein Sprecher der Stadt",
       "die Straße bleibe gesperrt"},
      {"Am Mittwoch sagte auch der Trainer, die Mannschaft sei müde.", "sagte", "der Trainer",
       "die Mannschaft sei müde"},
      // (The fronted adverb is no part of the cue since lang38.)
      {"Gestern erklärte jedoch Landrat Peter Vogt, er rechne mit weiteren Schäden.", "erklärte",
       "Landrat Peter Vogt", "er rechne mit weiteren Schäden"},
      // After the subject, before the content's comma.
      {"Am Montag sagte der Minister aber, die Lage sei ernst.", "sagte", "der Minister", "die Lage sei ernst"},
  });
  const AuditResult r = AuditText(
      "Politik\n\nIm Rathaus sagte dagegen Bürgermeister Karl Weiß, das Projekt gehe weiter.\n", "t.txt", "de");
  const Source* s = Named(r, "Karl Weiß");
  REQUIRE(s != nullptr);
  CHECK(s->role == "Bürgermeister");
  // The impersonal "es" still leaves the fronted phrase as the source.
  const AuditResult es = AuditText("Politik\n\nIm Ministerium hieß es, die Lage sei ernst.\n", "t.txt", "de");
  REQUIRE(es.attributions.size() == 1);
  REQUIRE(es.attributions[0].source.has_value());
  CHECK(es.attributions[0].source->text == "Ministerium");
}

TEST_CASE("de37: a separable particle that makes another verb leaves no cue", "[de37]") {
  for (const char* text :
       {"Der Verein sagte das Spiel am Montag ab.", "Am Montag sagte der Verein das Spiel ab.",
        "Wegen des Sturms sagte die Stadt das Fest ab.", "Die Stadt sagte ab Montag alle Termine ab."}) {
    INFO(text);
    const AuditResult r = AuditText(std::string("Sport\n\n") + text + "\n", "t.txt", "de");
    CHECK(r.attributions.empty());
  }
  // "sagte" with a particle that is no clause's end, or none, is speech.
  CheckCases({
      {"Der Minister sagte am Montag zu Journalisten, die Lage sei ernst.", "sagte", "Der Minister",
       "zu Journalisten, die Lage sei ernst"},
      {"Der Minister sagte, das Spiel falle aus.", "sagte", "Der Minister", "das Spiel falle aus"},
  });
}

TEST_CASE("de37: a separable cue whose particle ends the sentence reports the words between", "[de37]") {
  CheckCases({
      {"Der Minister wies die Vorwürfe zurück.", "wies", "Der Minister", "die Vorwürfe"},
      {"Am Montag wies der Minister die Vorwürfe entschieden zurück.", "wies", "der Minister",
       "die Vorwürfe entschieden"},
      // Separable cues with a clause after the particle are as before.
      {"Der Minister gab zu, dass er Fehler gemacht habe.", "gab zu", "Der Minister", "dass er Fehler gemacht habe"},
      {"Die Polizei teilte am Abend mit, dass zwei Personen festgenommen worden seien.", "teilte am Abend mit",
       "Die Polizei", "dass zwei Personen festgenommen worden seien"},
  });
  // A time phrase or a prepositional phrase between is no object.
  const AuditResult r = AuditText("Politik\n\n»Wir bleiben«, teilte der Verein am Montag mit.\n", "t.txt", "de");
  REQUIRE(r.attributions.size() == 1);
  CHECK(ContentJoined(r.attributions[0]) == "»Wir bleiben«");
}

TEST_CASE("de37: a capitalized role opening a sentence keeps its prepositional complement out of the name", "[de37]") {
  struct RoleCase {
    const char* language;
    const char* text;
    const char* name;
    const char* role;
  };
  const RoleCase cases[] = {
      {"it", "Ministro dell’Interno Carlo Fanti ha detto che la situazione è grave.", "Carlo Fanti",
       "Ministro dell’Interno"},
      {"it", "Ministro della Salute Carlo Fanti ha detto che la situazione è grave.", "Carlo Fanti",
       "Ministro della Salute"},
      {"es", "Ministro del Interior Juan Pérez dijo que la situación era grave.", "Juan Pérez",
       "Ministro del Interior"},
      {"pt", "Ministro da Economia João Silva disse que a situação era grave.", "João Silva", "Ministro da Economia"},
      // With the article, as before.
      {"it", "Il ministro dell’Interno Carlo Fanti ha detto che la situazione è grave.", "Carlo Fanti",
       "ministro dell’Interno"},
      {"fr", "Ministre de l’Intérieur Jean Dupont a déclaré que la situation était grave.", "Jean Dupont",
       "Ministre de l’Intérieur"},
  };
  for (const RoleCase& c : cases) {
    INFO(c.language << ": " << c.text);
    const AuditResult r = AuditText(std::string("Titolo\n\n") + c.text + "\n", "t.txt", c.language);
    const Source* s = Named(r, c.name);
    REQUIRE(s != nullptr);
    CHECK(s->role == c.role);
    CHECK(s->level == 5);
  }
}

}  // namespace
}  // namespace onrecord
