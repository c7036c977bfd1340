// Source spans of participle cues after an object (thirty-sixth round,
// branch src42): in "Ruiz endorsed Hale in June, telling reporters …" the
// phrase before the participle's comma stands right after a lower-case verb
// or preposition of the clause, which governs it; it is that word's object,
// and the participle's source is the clause's subject (as "…, saying" after
// a clause with no object always had it).
#include <string>

#include <catch2/catch.hpp>

#include "source_span_util.h"

using onrecord::testing::SourceOf;

TEST_CASE("src42: a participle cue after the object of a verb", "[src42]") {
  CHECK(SourceOf("Ana Ruiz endorsed Tom Hale in early June, but only after publicly deliberating over the decision, "
                 "telling reporters in May that she was not ready.\n",
                 "telling") == "Ana Ruiz");
  CHECK(SourceOf("Ana Ruiz, the harbor treasurer, also attacked harbor pilot Tom Hale, with whom she clashed on "
                 "Saturday, calling him a failure.\n",
                 "calling") == "Ana Ruiz, the harbor treasurer,");
}

TEST_CASE("src42: a participle cue after the object of a preposition", "[src42]") {
  CHECK(SourceOf("Mia Chen was upfront about her distaste for Tom Hale, the current front-runner, saying voters need "
                 "to band together to stop him.\n",
                 "saying") == "Mia Chen");
}

TEST_CASE("src42: guards, inverted sources and clauses with no subject keep their reading", "[src42]") {
  // The phrase after a cue that follows a quote is that cue's subject, and
  // the participle's too, with its apposition's comma (as before).
  CHECK(SourceOf("“We will rebuild,” said Ana Ruiz, the harbor treasurer, adding that the levy was fair.\n",
                 "adding") == "Ana Ruiz, the harbor treasurer,");
  // An imperative clause gives no subject; the phrase stays the source.
  CHECK(SourceOf("Check out the council website, and you will find a set of papers on the levy, laying out the "
                 "plans.\n",
                 "laying out") == "the council website");
  // No object before the comma: the subject, as before.
  CHECK(SourceOf("Sen. Leo Park on Thursday blamed the press for making an issue out of the levy, saying reporters "
                 "were nitpicking.\n",
                 "saying") == "Sen. Leo Park");
}
