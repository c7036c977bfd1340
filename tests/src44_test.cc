// Source spans of a phrase headed by a noun of a set of members before "of"
// (thirty-seventh round, branch src44): in "a constellation of super PACs
// backing Ana Ruiz" the participle's subject is the whole phrase, and
// PolNeAR's source span covers it; the noun ("constellation", "chorus",
// "array": list collective-heads) is no head of people, so only the members
// ("super PACs") were read. The members stay the source; the span shown
// grows (ShowCollectiveHead in attribute.cc).
#include <string>

#include <catch2/catch.hpp>

#include "source_span_util.h"

using onrecord::testing::SourceOf;

TEST_CASE("src44: a participle cue right after a collective phrase opening the clause", "[src44]") {
  CHECK(SourceOf("And a constellation of super PACs backing Ana Ruiz has spent heavily on the race.\n",
                 "backing") == "a constellation of super PACs");
}

TEST_CASE("src44: a participle cue right after a collective phrase governed by a word", "[src44]") {
  CHECK(SourceOf("Any delay on the levy would be met by a chorus of residents urging the council to act.\n",
                 "urging") == "a chorus of residents");
  CHECK(SourceOf("The biggest spenders on radio ads were a family of super PACs supporting Tom Hale.\n",
                 "supporting") == "a family of super PACs");
}

TEST_CASE("src44: guards, an object before a comma and phrases read before keep their reading", "[src44]") {
  // A collective phrase that a verb governs, before a comma, is its object;
  // the participle's source is the clause's subject (src42), as before.
  CHECK(SourceOf("Ana Ruiz thanked a handful of harbor volunteers on Monday, saying they had kept the docks "
                 "open.\n",
                 "saying") == "Ana Ruiz");
  // A collective phrase opening the sentence before a verb was read whole.
  CHECK(SourceOf("A chorus of harbor pilots urged the council to delay the vote on the ferry levy.\n", "urged") ==
        "A chorus of harbor pilots");
  // A noun of time or amount is not in the list: "couple" keeps the reading.
  CHECK(SourceOf("Over the last couple of weeks, harbor pilots said the levy was unfair.\n", "said") ==
        "harbor pilots");
}
