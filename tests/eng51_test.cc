// English attribution faults users found (forty-third round, branch eng51):
// a company's name that ends in an abbreviation and its period ("Acme
// Inc.,") in apposition to a description before the cue, which lost the
// source (or gave it to the object of "told"); and a verb of answering or
// explaining joined to a participle after "by" ("responded by saying"),
// which made two cues of one act of speech, the first one's content
// opening with "by saying".
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "attribution_util.h"

using onrecord::testing::AttributionLines;

TEST_CASE("eng51: a name ending in an abbreviation, in apposition to a description, is the source", "[eng51]") {
  // Without the change the first sentence gives no attribution at all,
  // and the second gives "told" the source "investors".
  CHECK(AttributionLines("The company, Acme Inc., said the toll would end.") ==
        std::vector<std::string>{"The company, Acme Inc., | said | the toll would end"});
  CHECK(AttributionLines("The lender, Varo Corp., told investors that the fee would rise.") ==
        std::vector<std::string>{"The lender, Varo Corp., | told | that the fee would rise"});
}

TEST_CASE("eng51: apposed names without an abbreviation's period are read as before", "[eng51]") {
  CHECK(AttributionLines("The company, Acme, said the toll would end.") ==
        std::vector<std::string>{"The company, Acme, | said | the toll would end"});
  CHECK(AttributionLines("The coach, Tom Hale Jr., said the toll would end.") ==
        std::vector<std::string>{"The coach, Tom Hale Jr., | said | the toll would end"});
  CHECK(AttributionLines("The union, Dock Workers Local, said the toll would end.") ==
        std::vector<std::string>{"The union, Dock Workers Local, | said | the toll would end"});
}

TEST_CASE("eng51: a verb of answering or explaining and a participle after \"by\" make one cue", "[eng51]") {
  // Without the change each sentence gives the first verb an attribution
  // of its own whose content opens with "by" (and the participle a second
  // one, or none).
  CHECK(AttributionLines("Hale responded by saying, \xE2\x80\x9CWe are ready.\xE2\x80\x9D") ==
        std::vector<std::string>{"Hale | responded by saying | \xE2\x80\x9CWe are ready.\xE2\x80\x9D"});
  CHECK(AttributionLines("He explained the new rule by saying: \xE2\x80\x9CIt saves money.\xE2\x80\x9D") ==
        std::vector<std::string>{"He | explained the new rule by saying: | \xE2\x80\x9CIt saves money.\xE2\x80\x9D"});
  CHECK(AttributionLines("Hale responded first by saying the levy was fair.") ==
        std::vector<std::string>{"Hale | responded first by saying | the levy was fair"});
  CHECK(AttributionLines("Ruiz answered the question by asserting that the levy was fair.") ==
        std::vector<std::string>{"Ruiz | answered the question by asserting | that the levy was fair"});
}

TEST_CASE("eng51: other verbs before \"by\" and a participle keep two cues", "[eng51]") {
  // PolNeAR joins only answering and explaining to the participle: an
  // attack or an act that is no speech keeps a cue of its own.
  CHECK(AttributionLines("Ruiz attacked the levy by arguing that it was unfair.") ==
        std::vector<std::string>{"Ruiz | attacked | the levy", "Ruiz | arguing | that it was unfair"});
  // A participle with no "by" before it is not joined.
  CHECK(AttributionLines("Hale said the plan had failed, saying it was over.") ==
        std::vector<std::string>{"Hale | said | the plan had failed", "Hale | saying | it was over"});
}
