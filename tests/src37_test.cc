// Source spans of cues we find (thirty-first round, branch src37): the
// article or possessive and the adjectives that open a source's noun phrase
// ("A mere 9 percent", "the nonpartisan Harbor Budget Office"), and the
// hedge before a count ("Virtually all analysts", "At least half of
// voters"), which PolNeAR's source span holds and ours had left out; and
// "hopefuls" and "contenders" as people's nouns, so a role before two
// coordinated names opens their joint span.
#include <string>

#include <catch2/catch.hpp>

#include "source_span_util.h"

using onrecord::testing::SourceOf;

TEST_CASE("src37: an article and an adjective before a share", "[src37]") {
  CHECK(SourceOf("A mere 9 percent say the levy is fair.\n", "say") == "A mere 9 percent");
  CHECK(SourceOf("The poll was taken in May. And a full 79 percent of ferry riders say the levy is fair.\n", "say") ==
        "a full 79 percent of ferry riders");
  CHECK(SourceOf("A strong majority of harbor voters say the levy is fair.\n", "say") ==
        "A strong majority of harbor voters");
  CHECK(SourceOf("The vast majority of ferry riders say the levy is fair.\n", "say") ==
        "The vast majority of ferry riders");
}

TEST_CASE("src37: an article and adjectives before an organisation's name", "[src37]") {
  CHECK(SourceOf("The levy will pass sooner than expected, the nonpartisan Harbor Budget Office reported on "
                 "Tuesday.\n",
                 "reported") == "the nonpartisan Harbor Budget Office");
  CHECK(SourceOf("The fiscally conservative Club for Harbor Growth reported spending on ads.\n", "reported") ==
        "The fiscally conservative Club for Harbor Growth");
  CHECK(SourceOf("The ferry union has two assets that the broader Harbor Party is eager to use.\n", "is eager") ==
        "the broader Harbor Party");
}

TEST_CASE("src37: a dotted abbreviation before a description", "[src37]") {
  CHECK(SourceOf("A U.S. law enforcement official familiar with the case said the levy was legal.\n", "said") ==
        "A U.S. law enforcement official familiar with the case");
}

TEST_CASE("src37: a hedge before a count", "[src37]") {
  CHECK(SourceOf("Virtually all analysts say the levy will pass.\n", "say") == "Virtually all analysts");
  CHECK(SourceOf("At least half of voters in each town say the levy is fair.\n", "say") ==
        "At least half of voters in each town");
  CHECK(SourceOf("The vote came on Tuesday, with nearly 140 harbor pilots blasting the levy.\n", "blasting") ==
        "nearly 140 harbor pilots");
  CHECK(SourceOf("But so far, only two Democrats are backing the levy.\n", "are backing") == "only two Democrats");
  CHECK(SourceOf("The council voted, and only two councillors said the levy was fair.\n", "said") ==
        "only two councillors");
}

TEST_CASE("src37: guards: a pronoun, a preposition's object, a phrase with its determiner", "[src37]") {
  // A pronoun after a noun is a relative clause's subject, not a premodified source.
  CHECK(SourceOf("That was the last time he said the levy was fair.\n", "said") == "he");
  // The determiner after a preposition opens its object, not the source.
  CHECK(SourceOf("After the long winter officials said the levy was fair.\n", "said") == "officials");
  // A phrase read with its own determiner is unchanged.
  CHECK(SourceOf("The harbor pilots say the levy is fair.\n", "say") == "The harbor pilots");
  // A word that is no hedge of a count stays out.
  CHECK(SourceOf("The figures were higher than most analysts said they would be.\n", "said") == "most analysts");
}

TEST_CASE("src37: a plural role noun before two coordinated names", "[src37]") {
  CHECK(SourceOf("Republican presidential hopefuls Ana Ruiz and Tom Hale say the levy is fair.\n", "say") ==
        "Republican presidential hopefuls Ana Ruiz and Tom Hale");
  CHECK(SourceOf("Trailing contenders Ana Ruiz and Tom Hale have agreed to fight the levy.\n", "have agreed") ==
        "Trailing contenders Ana Ruiz and Tom Hale");
}

TEST_CASE("src37: guards: a coordination after a preposition, a clause before and", "[src37]") {
  // After a preposition the coordination does not open its clause.
  CHECK(SourceOf("The levy was drafted by the former governor Ana Ruiz and Tom Hale said it was fair.\n", "said") ==
        "Tom Hale");
  // "and" joining clauses.
  CHECK(SourceOf("The ferry was late and officials said the levy was fair.\n", "said") == "officials");
}

TEST_CASE("src37: the subject of a reduced relative clause after a noun of non-source-heads", "[src37]") {
  CHECK(SourceOf("That is the reason President Ana Ruiz is seeking a new levy.\n", "is seeking") ==
        "President Ana Ruiz");
  CHECK(SourceOf("It was a word Ruiz then repeated at the rally.\n", "then repeated") == "Ruiz");
  CHECK(SourceOf("That is the kind Ruiz had previously described as unfair.\n", "had previously described") ==
        "Ruiz");
}

TEST_CASE("src37: guards: a name of an organisation, a role noun before a name", "[src37]") {
  // A capitalized word of the list is a name's ("the World Bank").
  CHECK(SourceOf("The World Bank said the levy was fair.\n", "said") == "The World Bank");
  // A role noun is no noun of the list.
  CHECK(SourceOf("The harbor treasurer Ana Ruiz said the levy was fair.\n", "said") ==
        "The harbor treasurer Ana Ruiz");
}
