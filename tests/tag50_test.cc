// Faults a fresh user found (forty-second round, branch tag50): outside
// English, a tag set off by commas in the middle of a sentence with its
// source after the cue ("Le péage, a dit Ruiz, est une taxe.") had the rest
// of the sentence read as an apposition of the source, and the content cut
// to the words before the tag. The source now ends at the name when a word
// of the language's tag-clause-verbs list opens the words after its comma,
// and the content is the clause around the tag, in two parts, as in English.
#include <string>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AttributionBySourceAndCue;
using onrecord::testing::AuditText;
using onrecord::testing::ContentJoined;

namespace {

std::string ContentOf(const std::string& title, const std::string& sentence, const std::string& language,
                      const std::string& source, const std::string& cue) {
  auto r = AuditText(title + "\n\n" + sentence + "\n", "test.txt", language);
  const auto* a = AttributionBySourceAndCue(r, source, cue);
  REQUIRE(a != nullptr);
  return ContentJoined(*a);
}

}  // namespace

TEST_CASE("tag50: an inverted parenthetical tag in French and Italian ends the source at the name", "[tag50]") {
  CHECK(ContentOf("Le conseil vote sur le bac.", "Le péage, a dit Ruiz, est une taxe sur les pauvres.", "fr", "Ruiz",
                  "a dit") == "Le péage | est une taxe sur les pauvres");
  CHECK(ContentOf("Il consiglio vota sul traghetto.", "Il pedaggio, ha detto Ruiz, è una tassa sui poveri.", "it",
                  "Ruiz", "ha detto") == "Il pedaggio | è una tassa sui poveri");
}

TEST_CASE("tag50: an inverted parenthetical tag in Spanish and Portuguese ends the source at the name", "[tag50]") {
  CHECK(ContentOf("El concejo vota sobre el ferry.", "El peaje, dijo Ruiz, es un impuesto a los pobres.", "es",
                  "Ruiz", "dijo") == "El peaje | es un impuesto a los pobres");
  CHECK(ContentOf("A câmara vota sobre a balsa.", "O pedágio, disse Ruiz, é um imposto sobre os pobres.", "pt",
                  "Ruiz", "disse") == "O pedágio | é um imposto sobre os pobres");
}

TEST_CASE("tag50: an inverted parenthetical tag in German ends the source at the name", "[tag50]") {
  CHECK(ContentOf("Der Rat stimmt über die Fähre ab.", "Die Maut, sagte Weber, sei eine Steuer für die Armen.", "de",
                  "Weber", "sagte") == "Die Maut | sei eine Steuer für die Armen");
}

TEST_CASE("tag50: an addressee after an inverted source in the tag is neither source nor content", "[tag50]") {
  CHECK(ContentOf("Der Rat stimmt über die Fähre ab.", "Die Maut, sagte Weber dem Rat, sei eine Steuer.", "de", "Weber",
                  "sagte") == "Die Maut | sei eine Steuer");
  CHECK(ContentOf("El concejo vota sobre el ferry.", "El peaje, dijo Ruiz al concejo, es un impuesto.", "es", "Ruiz",
                  "dijo") == "El peaje | es un impuesto");
  CHECK(ContentOf("A câmara vota sobre a balsa.", "O pedágio, disse Ruiz aos vereadores, é um imposto.", "pt", "Ruiz",
                  "disse") == "O pedágio | é um imposto");
}

// Guards: readings that must not change.
TEST_CASE("tag50: an apposition that ends the sentence after an inverted cue stays in the source", "[tag50]") {
  CHECK(ContentOf("Le conseil vote sur le bac.", "Le péage est trop cher, a dit Ruiz, une capitaine de bac.", "fr",
                  "Ruiz, une capitaine de bac", "a dit") == "Le péage est trop cher");
  CHECK(ContentOf("The council weighs a ferry toll.", "The toll, said Ruiz, is a tax on the poor.", "en", "Ruiz",
                  "said") == "The toll | is a tax on the poor");
}
