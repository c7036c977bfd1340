// Content boundaries (forty-fifth round, branch content53).
//
// A relative adverb after a comma at the end of an indirect content ("… in
// Ohio, where her brother runs a bakery", "… the 1998 strike, when the
// ferries stood idle") opens the writer's note on where or when the
// content's last noun was: the content stops before the comma (list
// comma-relative-adverbs). A content opened by "that" keeps the clause, as
// does one with a cue in the clause or one with no comma before the adverb.
#include <catch2/catch.hpp>
#include <string>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AttributionBySourceAndCue;
using onrecord::testing::AuditText;
using onrecord::testing::ContentJoined;

namespace {

struct Case {
  const char* text;
  const char* source;
  const char* cue;
  const char* content;
};

void CheckCases(const Case* begin, const Case* end) {
  for (const Case* c = begin; c != end; ++c) {
    INFO(c->text);
    auto r = AuditText(c->text);
    const auto* a = AttributionBySourceAndCue(r, c->source, c->cue);
    REQUIRE(a != nullptr);
    CHECK(ContentJoined(*a) == c->content);
  }
}

}  // namespace

TEST_CASE("content53: a clause opened by \"where\" or \"when\" after a comma ends the content", "[content53]") {
  const Case cases[] = {
      {"Mara Quill said she would spend the final week in Ohio, where her brother runs a bakery.\n", "Mara Quill",
       "said", "she would spend the final week in Ohio"},
      {"Tom Reyes wants no repeat of the 1998 harbor strike, when the ferries stood idle for a month.\n",
       "Tom Reyes", "wants", "no repeat of the 1998 harbor strike"},
      {"Ana Ruiz said the vote would come before March 3, when the council returns from its recess.\n", "Ana Ruiz",
       "said", "the vote would come before March 3"},
      {"Ana Ruiz told reporters the levy would rise in Kellin, where the harbor board sits.\n", "Ana Ruiz", "told",
       "the levy would rise in Kellin"},
  };
  CheckCases(std::begin(cases), std::end(cases));
}

TEST_CASE("content53: the clause stays in a content opened by \"that\", with no comma, or inside a quote",
          "[content53]") {
  const Case cases[] = {
      // A content opened by the complementizer keeps the clause (the gold
      // keeps it every time on the tuning part).
      {"Mara Quill said that the fire started in the old mill in 1978, when the town had no fire crew.\n",
       "Mara Quill", "said", "that the fire started in the old mill in 1978, when the town had no fire crew"},
      // No comma before the adverb: a restrictive clause, part of the noun.
      {"Tom Reyes said the ferry would stop at the pier where the old mill stood.\n", "Tom Reyes", "said",
       "the ferry would stop at the pier where the old mill stood"},
      // The comma inside a quote is the speaker's.
      {"Ana Ruiz said, \u201CWe start in Kellin, where the pier is new.\u201D\n", "Ana Ruiz", "said",
       "\u201CWe start in Kellin, where the pier is new.\u201D"},
  };
  CheckCases(std::begin(cases), std::end(cases));
}

TEST_CASE("content53: a clause with a cue of its own ends the content as before", "[content53]") {
  const Case cases[] = {
      // (The comma before a subject and a cue already ended the content.)
      {"Nina Park said the buses would run to Kellin, where residents say the roads are worst.\n", "Nina Park",
       "said", "the buses would run to Kellin"},
  };
  CheckCases(std::begin(cases), std::end(cases));
}
