// Source spans after a place (thirty-sixth round, branch src43): a dateline
// whose place in capitals is followed by its state ("KELSO FALLS, Ore. -")
// opens no subject, and a state set off by commas after a fronted phrase's
// place ("At a town meeting in Kelso, Oregon, on Sunday, Mrs. Ruiz …") belongs
// to that phrase; the clause's subject comes after them.
#include <string>

#include <catch2/catch.hpp>

#include "source_span_util.h"
#include "test_util.h"

using onrecord::testing::AttributionWithCue;
using onrecord::testing::AuditText;
using onrecord::testing::SourceOf;

TEST_CASE("src43: a dateline with its state is no subject", "[src43]") {
  CHECK(SourceOf("KELSO FALLS, Ore. - Sen. Mia Chen continued her attack on the levy on Saturday, casting it as a "
                 "tax on the poor and questioning the mayor's judgment.\n",
                 "questioning") == "Sen. Mia Chen");
  CHECK(SourceOf("KELSO FALLS, Ore. -- Sen. Mia Chen continued her attack on the levy on Saturday, casting it as a "
                 "tax on the poor and questioning the mayor's judgment.\n",
                 "questioning") == "Sen. Mia Chen");
  CHECK(SourceOf("BRIDGEPORT, Calif. - Rallying dozens of dock workers, Ana Ruiz tried here last week to calm them "
                 "and promised to fight the levy.\n",
                 "promised") == "Ana Ruiz");
}

TEST_CASE("src43: the content of a cue in a sentence after a dateline with its state", "[src43]") {
  auto r = AuditText("Harbor council weighs a ferry levy.\n\nKELSO FALLS, Ore. - The levy will pass next month, Ana "
                     "Ruiz said.\n");
  auto a = AttributionWithCue(r, "said", true);
  CHECK(a.source == "Ana Ruiz");
  CHECK(a.content == "The levy will pass next month");
}

TEST_CASE("src43: a state after a fronted phrase's place is no subject", "[src43]") {
  CHECK(SourceOf("At a town meeting in Kelso, Oregon, on Sunday, Mrs. Ruiz tried to expand on her remarks, saying "
                 "that the port needed a new plan.\n",
                 "saying") == "Mrs. Ruiz");
}

TEST_CASE("src43: guards, a place word that opens the subject keeps its reading", "[src43]") {
  // A place that modifies the subject's noun is part of the subject.
  CHECK(SourceOf("At a town meeting in Kelso, Iowa farmers defended the levy, saying that the port needed a new "
                 "plan.\n",
                 "saying") == "Iowa farmers");
  // After a lower-case word the comma closes the phrase; no place follows.
  CHECK(SourceOf("At a town meeting in the harbor, Oregon officials defended the levy, saying that the port needed "
                 "a new plan.\n",
                 "saying") == "Oregon officials");
  // A dateline without its state, as before.
  CHECK(SourceOf("KELSO FALLS - Sen. Mia Chen continued her attack on the levy on Saturday, casting it as a tax on "
                 "the poor and questioning the mayor's judgment.\n",
                 "questioning") == "Sen. Mia Chen");
}

// A list with a comma before its last "and" that opens the sentence: every
// segment between its commas is one noun phrase, and the source span runs
// over the whole list.
TEST_CASE("src43: a list with a comma before its last conjunct", "[src43]") {
  CHECK(SourceOf("Ana Ruiz, Tom Hale, and other council members want the levy cut.\n", "want") ==
        "Ana Ruiz, Tom Hale, and other council members");
  CHECK(SourceOf("But dock unions, ferry groups, and many harbor pilots claim it will fail.\n", "claim") ==
        "dock unions, ferry groups, and many harbor pilots");
  CHECK(SourceOf("Ana Ruiz, the harbor treasurer, and Tom Hale said the levy was fair.\n", "said") ==
        "Ana Ruiz, the harbor treasurer, and Tom Hale");
}

TEST_CASE("src43: guards, clauses joined by a comma and \"and\" are no list", "[src43]") {
  CHECK(SourceOf("The levy passed in 2015, and the harbor pilots say it is still unfair.\n", "say") ==
        "the harbor pilots");
  CHECK(SourceOf("The harbor pilots rejected the plan, the crews walked out, and the mayor said the levy would "
                 "stay.\n",
                 "said") == "the mayor");
  // A fronted phrase before the list: not read as a list (as before).
  CHECK(SourceOf("In Kelso, the ferry crews, and many harbor pilots say it is still unfair.\n", "say") ==
        "many harbor pilots");
}
