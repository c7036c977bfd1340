// Output-identical speed work of the fortieth round (branch perf48,
// docs/performance.md): in a long exception list the patterns with a word
// window are screened by a set of their own, so that their many live
// threads do not multiply the DFA states of the other patterns.
#include <catch2/catch.hpp>

#include <memory>
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

namespace {

// A list of `n` patterns: word windows, plain patterns and case-sensitive
// ones of both kinds interleaved, padded with plain words of our own.
ExceptionList MixedList(size_t n) {
  ExceptionList list = {
      MakePattern(R"((?i)\b(?:an?|another)\s+(?:[\w'-]+\s+){0,3}?(?:club|choir|league)\s+called\b)"),
      MakePattern(R"((?i)\bsaid\s+to\s+(be|have)\b)"),
      MakePattern(R"((?-i)\b(?:[Aa]n?)\s+(?:[\w-]+\s+){0,2}?named\s+[A-Z])", /*case_sensitive=*/true),
      MakePattern(R"(\bHarbor\s+Board\b)", /*case_sensitive=*/true),
      MakePattern(R"((?i)\b(?:who|that)\s+(?:\w+\s+)?(?:voted|votes)\s+(?:for|against)\b)"),
      MakePattern(R"((?i)\b(continue|continued)\s+to\b)"),
      MakePattern(R"(x*)"),
  };
  for (size_t i = 0; list.size() < n; ++i) {
    list.push_back(MakePattern("(?i)\\bferry" + std::to_string(i) + "\\s+notes?\\b"));
  }
  return list;
}

}  // namespace

TEST_CASE("perf48: a word window is read from the pattern's text", "[perf48]") {
  CHECK(HasWordWindow(R"(\b(?:an?|another)\s+(?:[\w-]+\s+){0,4}?group\b)"));
  CHECK(HasWordWindow(R"(\ban\s+(?:[\w-]+\s+){0,2}called)"));
  CHECK(HasWordWindow(R"(\bwho\s+(?:\w+\s+)?voted\b)"));
  CHECK(HasWordWindow(R"(\bmaintain\s+a\s+(?:[\w.-]+\s+){2}lead)"));
  // No repeated class before the spaces, a group not optional or counted,
  // a repetition of the group (not a window of so many words), none at all.
  CHECK_FALSE(HasWordWindow(R"(\bwho\s+(?:(?:has|had)\s+){0,3}advised\b)"));
  CHECK_FALSE(HasWordWindow(R"(\ba\s+(?:[\w-]+\s+)called)"));
  CHECK_FALSE(HasWordWindow(R"(\ba\s+(?:[\w-]+\s+)*called)"));
  CHECK_FALSE(HasWordWindow(R"(\bsaid\s+to\s+(be|have)\b)"));
  CHECK_FALSE(HasWordWindow(""));
  CHECK_FALSE(HasWordWindow(R"(+\s+))"));  // the end of the text right after the group
}

TEST_CASE("perf48: a long list screens its word windows in sets of their own", "[perf48]") {
  // Three sensitivities-and-kinds in use: case-insensitive plain and window
  // patterns, case-sensitive plain and window patterns.
  const ExceptionScreen long_screen(MixedList(ExceptionScreen::kWindowSplitMin));
  CHECK(long_screen.SetCount() == 4);
  // One pattern fewer: one set per case sensitivity, as before.
  const ExceptionScreen short_screen(MixedList(ExceptionScreen::kWindowSplitMin - 1));
  CHECK(short_screen.SetCount() == 2);
  // A long list without case-sensitive patterns or without windows.
  ExceptionList plain;
  for (size_t i = 0; i < ExceptionScreen::kWindowSplitMin; ++i) {
    plain.push_back(MakePattern("(?i)\\bdock" + std::to_string(i) + "\\b"));
  }
  CHECK(ExceptionScreen(plain).SetCount() == 1);
  plain.push_back(MakePattern(R"((?i)\bthat\s+(?:\w+\s+)?sings\b)"));
  CHECK(ExceptionScreen(plain).SetCount() == 2);
}

TEST_CASE("perf48: split and unsplit screens name exactly the patterns that match", "[perf48]") {
  const std::vector<std::string> texts = {
      "",
      "The mayor said the pier would open.",
      "A small harbor club called the Gulls said it would sing.",
      "an old league called",
      "A singer named Tove said it was said to be fine.",
      "a singer named tove",
      "The Harbor Board, which voted for the plan, continued to meet.",
      "the harbor board who often votes against",
      "Ferry3 notes and FERRY12 NOTE said to have xx",
      "Another very old quiet choir called them; that ferry20 note was said to be late.",
  };
  for (size_t n : {ExceptionScreen::kWindowSplitMin - 1, ExceptionScreen::kWindowSplitMin,
                   ExceptionScreen::kWindowSplitMin + 5}) {
    const ExceptionList list = MixedList(n);
    const ExceptionScreen screen(list);
    for (const auto& text : texts) {
      INFO("text: " << text << " (patterns: " << n << ")");
      std::vector<int> which = {99};
      REQUIRE(screen.Matching(text, &which));
      CHECK(which == MatchingOneByOne(list, text));
      CHECK(screen.MayMatch(text) == !which.empty());
      CHECK(OverlapsEverywhere(ExceptionMatches(list, text), text) ==
            OverlapsEverywhere(ExceptionMatches(list, text, &screen), text));
    }
  }
}
