// Source spans (thirty-third round, branch srcx39): a source before its cue
// whose head stands before a preposition of place or origin ("a voice-over
// in the ad", "most in Miami", "Exit polls taken in Ohio") was read as the
// preposition's object alone; PolNeAR's source span is the whole phrase.
// And a list of three full names whose first name opens the sentence ("Ben
// Carson, Ted Cruz and Rand Paul said") lost its first member.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;

namespace {
const char kHead[] = "Harbor council weighs a ferry levy.\n\n";

// The source span of the attribution whose cue ends in `verb`.
std::string SourceOf(const std::string& body, const std::string& verb) {
  auto r = AuditText(std::string(kHead) + body);
  for (const auto& a : r.attributions) {
    if (!a.cue || a.cue->text.size() < verb.size() ||
        a.cue->text.compare(a.cue->text.size() - verb.size(), verb.size(), verb) != 0) {
      continue;
    }
    return a.source ? a.source->text : "<none>";
  }
  return "<no attribution>";
}
}  // namespace

TEST_CASE("srcx39: a head before a preposition of place or origin opens the source", "[srcx39]") {
  CHECK(SourceOf("“The levy is a tax on riders,” the pitch on Kickstarter says.\n", "says") ==
        "the pitch on Kickstarter");
  CHECK(SourceOf("And a projection from the Harbor Policy Report shows a drop in riders.\n", "shows") ==
        "a projection from the Harbor Policy Report");
  CHECK(SourceOf("The mood on the Harbor Levy Act suggests a shift among riders.\n", "suggests") ==
        "The mood on the Harbor Levy Act");
  CHECK(SourceOf("A clerk at the Dover Ferry Company in 2019 sought a delay.\n", "sought") ==
        "A clerk at the Dover Ferry Company in 2019");
}

TEST_CASE("srcx39: a quantifier before 'in' and a place", "[srcx39]") {
  CHECK(SourceOf("Most in Dover want the levy dropped.\n", "want") == "Most in Dover");
  CHECK(SourceOf("Many in the Harbor Party reaffirm their support for the levy.\n", "reaffirm") ==
        "Many in the Harbor Party");
}

TEST_CASE("srcx39: a past participle between the head and the preposition", "[srcx39]") {
  CHECK(SourceOf("Exit polls taken in Dover found that riders opposed the levy.\n", "found") ==
        "Exit polls taken in Dover");
}

TEST_CASE("srcx39: a head with no determiner whose premodifier opens the sentence", "[srcx39]") {
  CHECK(SourceOf("Early results of an entrance poll of Dover riders are showing a close race.\n", "showing") ==
        "Early results of an entrance poll of Dover riders");
}

TEST_CASE("srcx39: a name's possessive before the head", "[srcx39]") {
  CHECK(SourceOf("Ruiz's keenest backers in Dover insisted that she would win.\n", "insisted") ==
        "Ruiz's keenest backers in Dover");
}

TEST_CASE("srcx39: the preposition's object stays the source where the phrase is no subject", "[srcx39]") {
  // A possessor of a noun cue after "in".
  CHECK(SourceOf("One factor working in Ruiz's favor is the ferry.\n", "favor") != "One factor working in Ruiz's");
  // A clause of its own before the preposition.
  CHECK(SourceOf("The board met in Dover, and Tom Hale said the levy was fair.\n", "said") == "Tom Hale");
  // A fronted phrase set off by a comma.
  CHECK(SourceOf("At the pier in Dover, Tom Hale said the levy was fair.\n", "said") == "Tom Hale");
  // A verb before the preposition: "relies on".
  CHECK(SourceOf("The council relies on Tom Hale, who says the levy is fair.\n", "says") !=
        "The council relies on Tom Hale");
}

TEST_CASE("srcx39: a list of full names opening the sentence", "[srcx39]") {
  CHECK(SourceOf("Ben Okafor, Tom Hale and Ana Ruiz have all attacked the levy as a tax on riders.\n", "attacked") ==
        "Ben Okafor, Tom Hale and Ana Ruiz");
  // A fronted word before a comma is no member ("Among Democrats, …").
  CHECK(SourceOf("Among Democrats, Tom Hale and Ana Ruiz said the levy was fair.\n", "said") ==
        "Tom Hale and Ana Ruiz");
}
