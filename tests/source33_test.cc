// Source spans on PolNeAR (twenty-seventh round, branch source33): the
// whole coordination before a cue, and possessives written with a bare
// apostrophe.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AttributionWithCue;
using onrecord::testing::AuditText;

TEST_CASE("a bare surname opening the sentence before a named conjunct is shown with it", "[source33]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Scholz and Macron said the levy was fair.\n");
  CHECK(AttributionWithCue(r, "said", true).source == "Scholz and Macron");
  // The two names are one joint source (source34; the conjunct next to the
  // cue alone before).
  bool joint = false, scholz_alone = false;
  for (const auto& s : r.sources) {
    if (s.name == "Scholz and Macron") joint = true;
    if (s.name == "Scholz") scholz_alone = true;
  }
  CHECK(joint);
  CHECK_FALSE(scholz_alone);
}

TEST_CASE("a time word opening the sentence is no conjunct of the source", "[source33]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Yesterday and Macron said the levy was fair.\n");
  CHECK(AttributionWithCue(r, "said", true).source == "Macron");
}

TEST_CASE("a first conjunct closed by a party tag is shown with the tag", "[source33]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Sens. Rand Ortiz (Ky.) and Lena Marsh (Fla.) debated the levy on Tuesday.\n\n"
      "Former Gov. Tom Hale (D) and former Gov. Ada Crane (R) announced they would back it.\n");
  CHECK(AttributionWithCue(r, "debated", true).source == "Sens. Rand Ortiz (Ky.) and Lena Marsh (Fla.)");
  CHECK(AttributionWithCue(r, "announced", true).source == "Former Gov. Tom Hale (D) and former Gov. Ada Crane (R)");
}

TEST_CASE("the coordinated subject of an artifact verb before a participle cue is shown whole", "[source33]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "The mayor and her deputy issued a statement saying that the levy was fair.\n");
  CHECK(AttributionWithCue(r, "issued a statement saying", true).source == "The mayor and her deputy");
}

TEST_CASE("a possessive written with a bare apostrophe is part of the source", "[source33]") {
  auto r1 = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Sanders’ aides say the levy is unfair.\n");
  CHECK(AttributionWithCue(r1, "say", true).source == "Sanders’ aides");
  auto r2 = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Bernie Sanders' campaign said the levy was unfair.\n");
  CHECK(AttributionWithCue(r2, "said", true).source == "Bernie Sanders' campaign");
  auto r3 = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "The candidates’ aides say the levy is unfair.\n");
  CHECK(AttributionWithCue(r3, "say", true).source == "The candidates’ aides");
}

TEST_CASE("a role that opens the sentence before a name with its own apposition is part of the source", "[source33]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "The harbor's director, Brian Sandell, a Republican, said on Tuesday that the levy was fair.\n");
  CHECK(AttributionWithCue(r, "said", true).source == "The harbor's director, Brian Sandell, a Republican,");
}

TEST_CASE("a fronted phrase before a name with its own apposition stays out of the source", "[source33]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "In an interview, Ada Quill, a teacher, said the levy was unfair.\n");
  CHECK(AttributionWithCue(r, "said", true).source == "Ada Quill, a teacher,");
}

TEST_CASE("a party tag goes with a name that the role before it made an organisation", "[source33]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Senate Minority Leader Tom M. Hale (D-Nev.) said the levy was fair.\n\n"
      "House Speaker Ada D. Crane (R-Wis.) told reporters the levy was unfair.\n");
  CHECK(AttributionWithCue(r, "said", true).source == "Senate Minority Leader Tom M. Hale (D-Nev.)");
  CHECK(AttributionWithCue(r, "told", true).source == "House Speaker Ada D. Crane (R-Wis.)");
}
