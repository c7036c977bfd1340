// Content spans around parenthetical tags of telling, and after a participle
// cue, forty-second round (branch content50).
// A source and a cue of telling set off by commas inside the clause they
// report keep the clause as the content, in two fragments, when the
// addressee is a short lower-case noun phrase ("The toll, Ruiz told the
// council, is …"); only "reporters", a pronoun or a capitalized name were
// read as the addressee, and the content had been the addressee and the
// rest of the clause. PolNeAR's guide leaves the recipient out of the
// content. And a cue whose comma is followed by a participle cue ("Hale
// said on Monday, adding, “…”") no longer takes the participle's clause as
// its content: that clause is the participle's attribution.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AttributionLines;

TEST_CASE("content50: a short addressee inside a parenthetical tag of telling", "[content50]") {
  CHECK(AttributionLines("The toll, Ruiz told the council, is a tax on commuters.") ==
        std::vector<std::string>{"Ruiz | told | The toll || is a tax on commuters"});
  CHECK(AttributionLines("The ferry, Tom Beck told his crew, will sail at dawn.") ==
        std::vector<std::string>{"Tom Beck | told | The ferry || will sail at dawn"});
  // A bare plural noun as the addressee, then a time phrase.
  CHECK(AttributionLines("The harbor plan, Ana Ruiz told neighbors on Friday, needs more money.") ==
        std::vector<std::string>{"Ana Ruiz | told | The harbor plan || needs more money"});
}

TEST_CASE("content50: guards, addressees already read and clauses after telling", "[content50]") {
  // "reporters" and a capitalized name were already the addressee.
  CHECK(AttributionLines("The toll, Ruiz told reporters, is a tax on commuters.") ==
        std::vector<std::string>{"Ruiz | told | The toll || is a tax on commuters"});
  // A clause after the addressee is the content.
  CHECK(AttributionLines("Ruiz told the council that the toll is a tax on commuters.") ==
        std::vector<std::string>{"Ruiz | told | that the toll is a tax on commuters"});
}

TEST_CASE("content50: a participle cue after the comma keeps its clause", "[content50]") {
  for (const std::string& line : AttributionLines("Hale said on Monday, adding, “It is overdue.”")) {
    CHECK(line.find("| said | adding") == std::string::npos);
  }
  CHECK(onrecord::testing::ContentsWritten(
            onrecord::testing::AuditText("Hale said on Monday, adding, “It is overdue.”\n"), "“It is overdue.”") == 1);
  for (const std::string& line : AttributionLines(
           "The mayor intends to give a speech at the club this month, Ms. Hale said, adding that she would "
           "also hold town meetings.")) {
    CHECK(line.find("| said | adding") == std::string::npos);
  }
}

TEST_CASE("content50: guards, the clause before the tag stays the content", "[content50]") {
  CHECK(AttributionLines("The levy will pass, Ms. Hale said, adding that she would also hold meetings.") ==
        std::vector<std::string>{"Ms. Hale | said | The levy will pass",
                                 "Ms. Hale | adding | that she would also hold meetings"});
  CHECK(AttributionLines("Although the vote is close, the levy will pass, Hale said, adding, “It is overdue.”") ==
        std::vector<std::string>{"Hale | said | Although the vote is close, the levy will pass",
                                 "Hale | adding | “It is overdue.”"});
}
