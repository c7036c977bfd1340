// Party members and news outlets outside English (forty-second round, branch
// kind50b). Design §4 makes a party's members a described source (T2) and a
// news outlet an organisation; English had the list `party-heads`
// ("Democrats said": T2), the other languages none, and an outlet written
// with its article ("Der Spiegel", "Le Monde", "The Guardian") was read as
// a person's name. Now each language has its own `party-heads` list (in
// French, Spanish, Italian and Portuguese the words are also in
// `anonymous-heads`, so that a phrase with such a head is read as an
// unnamed source at all), a one-word name that is a `party-heads` word is
// the party's members (attribute.cc), and the outlets are words of each
// language's `organizations` list. A name after an article stays a person
// where the language writes one before names ("la Meloni", "o Lula").
#include <string>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::AuditResult;
using onrecord::Source;
using onrecord::SourceKind;
using onrecord::testing::AuditText;

namespace {

// The first source whose canonical name contains `word`, or null.
const Source* SourceWith(const AuditResult& r, const std::string& word) {
  for (const auto& s : r.sources) {
    if (s.name.find(word) != std::string::npos) return &s;
  }
  return nullptr;
}

void CheckKind(const std::string& text, const std::string& lang, const std::string& word, SourceKind kind,
               int level) {
  INFO(text);
  auto r = AuditText(text + "\n", "test.txt", lang);
  const Source* s = SourceWith(r, word);
  REQUIRE(s != nullptr);
  CHECK(s->kind == kind);
  CHECK(s->level == level);
}

}  // namespace

TEST_CASE("kind50b: a German party noun read as a name is the party's members", "[kind50b]") {
  CheckKind("Die Sozialdemokraten sagten am Montag, der Hafenplan sei zu teuer.", "de", "Sozialdemokraten",
            SourceKind::kDescribed, 2);
  CheckKind("Christdemokraten sagten am Montag, der Hafenplan sei zu teuer.", "de", "Christdemokraten",
            SourceKind::kDescribed, 2);
}

TEST_CASE("kind50b: a party member after an article or a number is described in five languages", "[kind50b]") {
  CheckKind("Ein Sozialdemokrat sagte am Montag, der Hafenplan sei zu teuer.", "de", "Sozialdemokrat",
            SourceKind::kDescribed, 2);
  CheckKind("Les socialistes ont dit lundi que le plan du port coûtait trop cher.", "fr", "socialistes",
            SourceKind::kDescribed, 2);
  CheckKind("Un socialista dijo el lunes que el plan del puerto era demasiado caro.", "es", "socialista",
            SourceKind::kDescribed, 2);
  CheckKind("Due leghisti hanno detto lunedì che il piano del porto costava troppo.", "it", "leghisti",
            SourceKind::kDescribed, 2);
  CheckKind("Os petistas disseram na segunda-feira que o plano do porto era caro demais.", "pt", "petistas",
            SourceKind::kDescribed, 2);
}

TEST_CASE("kind50b: a news outlet written with its article is an organisation", "[kind50b]") {
  CheckKind("The Guardian reported on Monday that the harbor plan was too costly.", "en", "Guardian",
            SourceKind::kOrganization, 4);
  CheckKind("Der Spiegel berichtete am Montag, der Hafenplan sei zu teuer.", "de", "Spiegel",
            SourceKind::kOrganization, 4);
  CheckKind("Le Monde a écrit lundi que le plan du port coûtait trop cher.", "fr", "Monde",
            SourceKind::kOrganization, 4);
  CheckKind("El País informó el lunes que el plan del puerto era demasiado caro.", "es", "País",
            SourceKind::kOrganization, 4);
  CheckKind("La Repubblica ha scritto lunedì che il piano del porto costava troppo.", "it", "Repubblica",
            SourceKind::kOrganization, 4);
  CheckKind("O Globo informou na segunda-feira que o plano do porto era caro demais.", "pt", "Globo",
            SourceKind::kOrganization, 4);
}

TEST_CASE("kind50b: guards, persons after an article and a political leaning keep their kinds", "[kind50b]") {
  CheckKind("La Bertoli ha detto lunedì che il piano del porto costava troppo.", "it", "Bertoli",
            SourceKind::kNamed, 4);
  CheckKind("O Amaral disse na segunda-feira que o plano do porto era caro demais.", "pt", "Amaral",
            SourceKind::kNamed, 4);
  CheckKind("Anna Berg sagte am Montag, der Hafenplan sei zu teuer.", "de", "Anna Berg", SourceKind::kNamed, 4);
  CheckKind("Democrats said on Monday that the harbor plan was too costly.", "en", "Democrats",
            SourceKind::kDescribed, 2);
  CheckKind("Conservatives said on Monday that the harbor plan was too costly.", "en", "Conservatives",
            SourceKind::kAnonymous, 1);
  // An outlet's word with no article before it is a person's name.
  auto g = AuditText("Tom Guardian chairs the harbor board. “The plan is too costly,” said Guardian.\n");
  const Source* guardian = SourceWith(g, "Guardian");
  REQUIRE(guardian != nullptr);
  CHECK(guardian->kind == SourceKind::kNamed);
  // "el mundo" (the world) in lower case is no outlet.
  auto r = AuditText("Todo el mundo sabe que el plan del puerto era demasiado caro.\n", "test.txt", "es");
  CHECK(SourceWith(r, "mundo") == nullptr);
}
