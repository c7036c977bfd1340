// Output-identical speed work of the twenty-fifth round (branch speed31,
// docs/performance.md): a cue rule's exception screen names the patterns
// that match, so that only those run for their positions.
#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

#include "exception_screen_util.h"
#include "rule_pack.h"
#include "test_util.h"

using namespace onrecord;
using onrecord::testing::MakePattern;
using onrecord::testing::MatchingOneByOne;
using onrecord::testing::OverlapsEverywhere;

TEST_CASE("an exception screen names exactly the patterns that match in a text", "[speed31]") {
  // Case-insensitive and case-sensitive patterns mixed (two sets), one that
  // matches the empty string, and patterns that match more than once.
  const ExceptionList list = {
      MakePattern(R"((?i)\b(continue|continues|went on)\s+to\b)"),
      MakePattern(R"(\bNATO\b)", /*case_sensitive=*/true),
      MakePattern(R"((?i)\bsaid\s+to\s+(be|have)\b)"),
      MakePattern(R"(x*)"),
      MakePattern(R"((?-i)\b(?:news|media)\s+reports\b)"),
      MakePattern(R"(^Update:)", /*case_sensitive=*/true),
      MakePattern(R"((?i)\bwake-?\s?up\s+calls?\b)"),
  };
  const ExceptionList no_empty(list.begin(), list.begin() + 3);
  const std::vector<std::string> texts = {
      "", "The minister said.", "She continues to lead and went on to win.", "NATO said", "nato said",
      "It is said to be old, NATO said it continues to be.", "Update: news reports say", "Update: News reports",
      "update: media reports", "a wake-up call", "A WAKE UP CALLS", "xx", "Continues To NATO Said To Have",
  };
  for (const auto* l : {&list, &no_empty}) {
    const ExceptionScreen screen(*l);
    for (const auto& text : texts) {
      INFO("text: " << text << " (patterns: " << l->size() << ")");
      std::vector<int> which = {99};  // cleared by Matching
      REQUIRE(screen.Matching(text, &which));
      CHECK(which == MatchingOneByOne(*l, text));
      CHECK(screen.MayMatch(text) == !which.empty());
      // ExceptionMatches runs only the named patterns and finds what running all of them finds.
      const ExceptionMatches plain(*l, text);
      const ExceptionMatches screened(*l, text, &screen);
      CHECK(OverlapsEverywhere(plain, text) == OverlapsEverywhere(screened, text));
    }
  }
}

TEST_CASE("an exception screen whose patterns cannot share a set answers nothing and all patterns run",
          "[speed31]") {
  // A pattern compiled with an option the set does not carry (longest
  // match) keeps the set from being built: Matching says it cannot answer.
  RE2::Options longest;
  longest.set_log_errors(false);
  longest.set_longest_match(true);
  const ExceptionList list = {MakePattern(R"(\bsaid\s+to\b)"),
                              PatternRef(std::make_shared<const LazyPattern>(R"(went\s+on)", longest))};
  const ExceptionScreen screen(list);
  std::vector<int> which;
  CHECK_FALSE(screen.Matching("He went on to say", &which));
  CHECK(which.empty());
  CHECK(screen.MayMatch("nothing here"));  // cannot rule a text out either
  const std::string text = "It was said to be so, and he went on.";
  CHECK(OverlapsEverywhere(ExceptionMatches(list, text), text) ==
        OverlapsEverywhere(ExceptionMatches(list, text, &screen), text));
  CHECK(ExceptionMatches(list, text, &screen).Overlaps(0, 0));
}
