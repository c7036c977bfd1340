// Source spans on PolNeAR (twenty-fifth round, branch source31): the
// words that open a source's noun phrase and that the parse left out.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AttributionWithCue;
using onrecord::testing::AuditText;

TEST_CASE("a determiner before a count or most opens the source", "[source31]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "The two harbor officials said the channel was too shallow.\n\n"
      "All three candidates argued that the levy was fair.\n\n"
      "Two other surveys show the levy is unpopular.\n\n"
      "The most recent tally shows riders oppose the levy.\n\n"
      "All the lawmakers insisted that the pay was too low.\n");
  CHECK(AttributionWithCue(r, "said", true).source == "The two harbor officials");
  CHECK(AttributionWithCue(r, "argued", true).source == "All three candidates");
  CHECK(AttributionWithCue(r, "show", true).source == "Two other surveys");
  CHECK(AttributionWithCue(r, "shows", true).source == "The most recent tally");
  CHECK(AttributionWithCue(r, "insisted", true).source == "All the lawmakers");
}

TEST_CASE("a quantifier before a capitalized group noun opens the source", "[source31]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Many Norwegians have said the levy is too high.\n\n"
      "Some Millennials are questioning whether the ferry is worth it.\n\n"
      "After the vote, several Canadians argued that the fares should fall.\n");
  CHECK(AttributionWithCue(r, "have said", true).source == "Many Norwegians");
  CHECK(AttributionWithCue(r, "are questioning", true).source == "Some Millennials");
  CHECK(AttributionWithCue(r, "argued", true).source == "several Canadians");
}

TEST_CASE("a single determiner and a complementizer stay as they were", "[source31]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "The pilots said that Norwegians pay less.\n\n"
      "Two commissioners argued that the levy was fair.\n");
  CHECK(AttributionWithCue(r, "said", true).source == "The pilots");
  CHECK(AttributionWithCue(r, "argued", true).source == "Two commissioners");
}

TEST_CASE("a phrase after of or for opens with the noun phrase before it", "[source31]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "A number of studies have found that ferries lose money.\n\n"
      "Many of you have noted that the fares keep rising.\n\n"
      "Lena Ortiz of the Harbor Institute wrote that the levy was fair.\n\n"
      "A spokesman for council Democrats said the vote would be close.\n\n"
      "Dozens of senators told the council that the schedule was unreliable.\n");
  CHECK(AttributionWithCue(r, "have found", true).source == "A number of studies");
  CHECK(AttributionWithCue(r, "have noted", true).source == "Many of you");
  CHECK(AttributionWithCue(r, "wrote", true).source == "Lena Ortiz of the Harbor Institute");
  CHECK(AttributionWithCue(r, "said", true).source == "A spokesman for council Democrats");
  CHECK(AttributionWithCue(r, "told", true).source == "Dozens of senators");
}

TEST_CASE("a coordination opens with its first conjunct's premodifiers and after a quote or a colon", "[source31]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Many coastal towns and harbor experts say the levy is too small.\n\n"
      "Five past and current pilots told the council that the channel was unsafe.\n\n"
      "\"We will not wait,\" Ana Lee and Tom Bell wrote in a letter.\n\n"
      "The mayor is hemmed in by her record: She and her deputy supported the first levy.\n\n"
      "The council met on Monday and officials said the vote would be close.\n");
  CHECK(AttributionWithCue(r, "say", true).source == "Many coastal towns and harbor experts");
  CHECK(AttributionWithCue(r, "told", true).source == "Five past and current pilots");
  CHECK(AttributionWithCue(r, "wrote", true).source == "Ana Lee and Tom Bell");
  CHECK(AttributionWithCue(r, "supported", true).source == "She and her deputy");
  // A clause coordinated by "and" is no conjunct of the source.
  CHECK(AttributionWithCue(r, "said", true).source == "officials");
}
