// Junk at a source span's left edge (forty-third round, branch src51): a
// word that opens the clause ahead of its subject ("Perhaps", "Soon",
// "Instead", "Like", "Alongside"; list source-edge-openers), the tail of a
// live blog's clock time glued to the name ("10:35PMAna Ruiz") or a doubled
// article ("the the harbor report") was read as the source's first word.
// PolNeAR's source starts after it.
#include <string>

#include <catch2/catch.hpp>

#include "source_span_util.h"

using onrecord::testing::SourceOf;

TEST_CASE("src51: a clause-opening adverb before the subject is no part of the source", "[src51]") {
  CHECK(SourceOf("Perhaps harbor pilots believe the levy will pass.\n", "believe") == "harbor pilots");
  CHECK(SourceOf("Perhaps Halvorsen believes the levy will pass.\n", "believes") == "Halvorsen");
  CHECK(SourceOf("Instead Halvorsen argued that the levy was fair.\n", "argued") == "Halvorsen");
  CHECK(SourceOf("It was late: soon Ana Ruiz had declared that she would fight the levy.\n", "had declared") ==
        "Ana Ruiz");
}

TEST_CASE("src51: a preposition opening the clause is cut from the source of a cue inside it", "[src51]") {
  CHECK(SourceOf("Like others defending the levy, Ruiz said the fees were fair.\n", "defending") == "others");
  CHECK(SourceOf("Alongside Hale calls for action, the harbor council said fees would rise.\n", "calls for") ==
        "Hale");
}

TEST_CASE("src51: a live blog's clock time glued to the name is cut", "[src51]") {
  CHECK(SourceOf("February 6, 2016 10:35PMAna Ruiz says the levy is dead.\n", "says") == "Ana Ruiz");
}

TEST_CASE("src51: a doubled article at the source's start is cut", "[src51]") {
  CHECK(SourceOf("The fares, according to the the harbor report, rose sharply.\n", "according to") ==
        "the harbor report");
}

TEST_CASE("src51: \"As\" before a capitalized subject opens the clause and is cut", "[src51]") {
  CHECK(SourceOf("~ As Halvorsen put it, the levy is a tax on commuters.\n", "put it") == "Halvorsen");
}

TEST_CASE("src51: guards, sources that open with a kept word keep their reading", "[src51]") {
  // Words the list leaves out stay: "only" before a share.
  CHECK(SourceOf("Only a third of the pilots said the levy was fair.\n", "said") == "Only a third of the pilots");
  // A doubled word that is no article is part of a name.
  CHECK(SourceOf("Walla Walla officials said the levy was fair.\n", "said") == "Walla Walla officials");
  // A source with no opener, and one that already started after it, are unchanged.
  CHECK(SourceOf("Harbor pilots believe the levy will pass.\n", "believe") == "Harbor pilots");
  CHECK(SourceOf("As Halvorsen has argued, the levy is a tax on commuters.\n", "has argued") == "Halvorsen");
  // A time of day written with periods, no clock tail glued to the name.
  CHECK(SourceOf("At 10 p.m. Ana Ruiz said the levy was dead.\n", "said") == "Ana Ruiz");
}
