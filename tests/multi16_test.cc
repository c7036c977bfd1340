// Non-English sourcing (fifteenth round, branch multi16): a reason for
// anonymity said with "not allowed to" or "has no permission to" in German,
// French, Spanish, Italian and Portuguese; insiders and people in the know
// are vague anonymous sources, never a name or a document; the outlet's own
// reporting after "according to" ("selon nos informations") is no source
// at all; and a Spanish, Italian or Portuguese cue with no subject written
// and no one for it to be is an attribution with no source.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;

namespace {

struct Case {
  std::string language, text, phrase;
};

onrecord::AuditResult Audit(const Case& c) {
  return AuditText(std::string("Titel\n\n") + c.text + "\n", "t.txt", c.language);
}

bool HasFinding(const onrecord::AuditResult& r, const std::string& rule) {
  for (const auto& f : r.findings) {
    if (f.rule == rule) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("a source not allowed or not permitted to speak is given a reason in five languages", "[multi16]") {
  const std::vector<Case> cases = {
      {"de", "Die Fabrik schließt im Mai, sagte ein Beamter, der anonym bleiben wollte, weil er nicht öffentlich sprechen darf.",
       "ein Beamter"},
      {"de", "Die Fabrik schließt im Mai, sagte eine Beamtin, die anonym bleiben wollte, weil sie keine Erlaubnis hatte.",
       "eine Beamtin"},
      {"de", "Die Fabrik schließt im Mai, sagte ein Beamter, der anonym bleiben wollte, weil er dazu nicht befugt ist.",
       "ein Beamter"},
      {"fr", "L'usine fermera en mai, affirme un cadre, qui a requis l'anonymat car il n'a pas le droit de s'exprimer.",
       "un cadre"},
      {"es", "La planta cerrará en mayo, dijo un técnico, que pidió el anonimato porque no tiene permiso para hablar.",
       "un técnico"},
      {"it", "Lo stabilimento chiuderà a maggio, ha detto un tecnico, che ha chiesto l'anonimato perché non può parlare.",
       "un tecnico"},
      {"pt", "A fábrica vai fechar em maio, disse um técnico, que pediu anonimato porque não tem autorização para falar.",
       "um técnico"},
  };
  for (const auto& c : cases) {
    INFO(c.language << ": " << c.text);
    auto r = Audit(c);
    REQUIRE(r.anonymous_sources.size() == 1);
    CHECK(r.anonymous_sources[0].phrase == c.phrase);
    CHECK(r.anonymous_sources[0].reason_given);
  }
}

TEST_CASE("a request with no reason after it is still no reason", "[multi16]") {
  auto r = Audit({"de", "Die Fabrik schließt im Mai, sagte ein Beamter, der anonym bleiben wollte.", ""});
  REQUIRE(r.anonymous_sources.size() == 1);
  CHECK_FALSE(r.anonymous_sources[0].reason_given);
}

TEST_CASE("insiders and people in the know are vague anonymous sources, not names or documents", "[multi16]") {
  const std::vector<Case> cases = {
      {"de", "Laut Insidern schließt die Fabrik im Mai.", "Insidern"},
      {"de", "Nach Angaben von Eingeweihten schließt die Fabrik im Mai.", "Eingeweihten"},
      {"de", "Die Fabrik schließe im Mai, sagte eine Insiderin.", "eine Insiderin"},
      {"fr", "Selon des milieux bien informés, l'usine fermera en mai.", "des milieux bien informés"},
      {"es", "Según conocedores del asunto, la planta cerrará en mayo.", "conocedores del asunto"},
      {"it", "Secondo alcuni insider, lo stabilimento chiuderà a maggio.", "alcuni insider"},
      {"pt", "Segundo insiders, a fábrica vai fechar em maio.", "insiders"},
  };
  for (const auto& c : cases) {
    INFO(c.language << ": " << c.text);
    auto r = Audit(c);
    REQUIRE(r.anonymous_sources.size() == 1);
    CHECK(r.anonymous_sources[0].phrase == c.phrase);
    CHECK(r.anonymous_sources[0].specificity == onrecord::Specificity::kVague);
    REQUIRE(r.attributions.size() == 1);
    CHECK(r.attributions[0].level == 1);
    for (const auto& s : r.sources) {
      CHECK(s.kind != onrecord::SourceKind::kNamed);
      CHECK(s.kind != onrecord::SourceKind::kDocument);
    }
  }
}

TEST_CASE("the own reporting of the outlet after according to is no source, and is flagged", "[multi16]") {
  const std::vector<Case> cases = {
      {"en", "According to our reporting, the plant will close in May.", ""},
      {"de", "Laut unseren Informationen schließt die Fabrik im Mai.", ""},
      {"fr", "Selon nos informations, l'usine fermera en mai.", ""},
      {"es", "Según ha podido saber este periódico, la planta cerrará en mayo.", ""},
      {"it", "Secondo le nostre informazioni, lo stabilimento chiuderà a maggio.", ""},
      {"pt", "Segundo apurou o jornal, a fábrica vai fechar em maio.", ""},
  };
  for (const auto& c : cases) {
    INFO(c.language << ": " << c.text);
    auto r = Audit(c);
    CHECK(r.attributions.empty());
    CHECK(r.sources.empty());
    CHECK(HasFinding(r, "document.outlet-as-source"));
  }
}

TEST_CASE("the own reporting of the outlet leaves a source named after according to alone", "[multi16]") {
  auto r = Audit({"fr", "Selon nos confrères du Courrier de Lenz, l'usine fermera en mai.", ""});
  CHECK(r.attributions.size() == 1);
  auto d = Audit({"de", "Laut unserem Korrespondenten Jan Falk schließt die Fabrik im Mai.", ""});
  CHECK(d.attributions.size() == 1);
}

TEST_CASE("a subjectless cue with no one to be its subject is an attribution with no source", "[multi16]") {
  const std::vector<Case> cases = {
      {"es", "Dijo que no.", ""},
      {"it", "Ha detto che la fabbrica chiuderà.", ""},
      {"pt", "Disse que não.", ""},
  };
  for (const auto& c : cases) {
    INFO(c.language << ": " << c.text);
    auto r = Audit(c);
    REQUIRE(r.attributions.size() == 1);
    CHECK(r.attributions[0].level == 0);
    CHECK(r.attributions[0].source_id == -1);
    CHECK(r.score.attributions == 1);
    CHECK(r.score.no_source == 1);
    CHECK(r.score.has_transparency_index());
  }
}

TEST_CASE("a subjectless cue takes the person named before it", "[multi16]") {
  auto r = Audit({"es", "La ministra Ana Ruiz llegó tarde. Dijo que no.", ""});
  REQUIRE(r.attributions.size() == 1);
  CHECK(r.attributions[0].source_id >= 0);
  CHECK(r.score.no_source == 0);
}

TEST_CASE("a subjectless cue next to a quote with no one to say it leaves one unattributed quote", "[multi16]") {
  auto r = Audit({"es", "«No firmaremos este acuerdo mientras siga así», dijo.", ""});
  CHECK(r.attributions.empty());
  CHECK(r.score.unattributed_quotes == 1);
}
