// Source spans of participle cues (thirty-fifth round, branch src41): in
// "Tom Hale, the port director, has been critical of the plan, threatening
// to resign" the participle's source is the clause's subject; the segment
// before the participle's comma holds the clause's own verb and is no
// apposition of the subject, so the span stops before it, after the comma
// that closes the subject's own apposition. A phrase of a
// preposition or an adverb set off by commas after the subject's name ("Mr.
// Lee, in a long interview on Friday, …") is no apposition either.
#include <string>

#include <catch2/catch.hpp>

#include "source_span_util.h"

using onrecord::testing::SourceOf;

TEST_CASE("src41: a participle cue after a predicate with an auxiliary", "[src41]") {
  CHECK(SourceOf("Tom Hale, the port director, has been even more critical of the levy, threatening to resign.\n",
                 "threatening") == "Tom Hale, the port director,");
  CHECK(SourceOf("Ana Ruiz, who runs the ferry board, has picked up on the complaint, telling reporters the fares "
                 "would rise.\n",
                 "telling") == "Ana Ruiz, who runs the ferry board,");
}

TEST_CASE("src41: a participle cue after a predicate in the past", "[src41]") {
  CHECK(SourceOf("Tom Hale, the port director, spoke to reporters on Monday, saying the ferry would run.\n",
                 "saying") == "Tom Hale, the port director,");
  CHECK(SourceOf("Ana Ruiz, the harbor treasurer, presented the budget on Tuesday, arguing the levy was fair.\n",
                 "arguing") == "Ana Ruiz, the harbor treasurer,");
}

TEST_CASE("src41: a phrase of a preposition or an adverb after the subject", "[src41]") {
  CHECK(SourceOf("Mr. Lee, in a long interview on Friday, barely dwelled on his rivals, saying the race was over.\n",
                 "saying") == "Mr. Lee");
  CHECK(SourceOf("Tom Hale, particularly in the last days of the race, has preached unity, claiming the levy "
                 "would pass.\n",
                 "claiming") == "Tom Hale");
}

TEST_CASE("src41: guards, appositions before a participle cue stay", "[src41]") {
  // The apposition right before the participle is the source's own.
  CHECK(SourceOf("Tom Hale, the port director, said the ferry would run, adding that fares would rise.\n", "said") ==
        "Tom Hale, the port director,");
  CHECK(SourceOf("Tom Hale, a retired pilot appointed by the council, agreed, saying the levy was fair.\n",
                 "saying") == "Tom Hale, a retired pilot appointed by the council,");
  CHECK(SourceOf("Former mayor Ana Ruiz drew a contrast, saying the harbor was safer now.\n", "saying") ==
        "Former mayor Ana Ruiz");
}

TEST_CASE("src41: a participle cue after two opening phrases or a phrase of time", "[src41]") {
  CHECK(SourceOf("On Thursday, after a long silence on the levy, Ruiz appeared with the mayor and backed Hale, saying "
                 "the levy was fair.\n",
                 "saying") == "Ruiz");
  CHECK(SourceOf("Ana Ruiz spoke first. But a few days later, Ruiz reversed herself yet again, telling reporters the "
                 "levy was fair.\n",
                 "telling") == "Ruiz");
  // Guard: one opening phrase, as before.
  CHECK(SourceOf("On Sunday, Ruiz issued a new line of attack, telling reporters the levy was unfair.\n", "telling") ==
        "Ruiz");
}
