// Fast paths that answer what a slower, general path answers (docs/performance.md,
// the speed3 branch): each is held to the general path over varied inputs, and
// a test fails as soon as the two diverge.
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "rule_pack.h"

using namespace onrecord;

namespace {

PatternRef MakePattern(const std::string& pattern, bool case_sensitive = false) {
  RE2::Options opts;
  opts.set_log_errors(false);
  opts.set_case_sensitive(case_sensitive);
  return PatternRef(std::make_shared<const LazyPattern>(pattern, opts));
}

// Every (begin, end) range of `text` that ExceptionMatches is asked about:
// empty ranges and ranges of one to six bytes at every offset.
std::vector<std::pair<size_t, size_t>> Ranges(const std::string& text) {
  std::vector<std::pair<size_t, size_t>> out;
  for (size_t b = 0; b <= text.size(); ++b) {
    for (size_t n = 0; n <= 6 && b + n <= text.size(); ++n) out.emplace_back(b, b + n);
  }
  return out;
}

}  // namespace

TEST_CASE("an exception screen never rules out a text a pattern matches in", "[fast-path][rules]") {
  const ExceptionList exceptions = {
      MakePattern(R"((?i)\b(continue|continues|went on)\s+to\b)"),
      MakePattern(R"((?i)\bsaid\s+to\s+(be|have)\b)"),
      MakePattern(R"(^Update:)"),
      MakePattern(R"(x*)"),  // matches the empty string anywhere
  };
  const ExceptionList case_sensitive = {MakePattern(R"(\bNATO\b)", true), MakePattern(R"((?i)nato)", false)};
  const ExceptionList nothing_empty = {MakePattern(R"(\bpromises\s+of\b)"), MakePattern(R"(“[^”]*”\s+-)")};
  const std::vector<std::string> texts = {
      "", "The minister said.", "She continues to lead.", "He went on to win Ohio.", "It is said to be old.",
      "said to reporters", "Update: the talks resumed.", "A late Update: nothing.", "NATO said", "nato said",
      "Nato", "campaign promises of jobs", "promises", "“Hi” - she said", "“Hi” she said",
      "Continues To", "CONTINUES  TO LEAD", "went\non\tto", "saidto be", "said to bee",
  };
  for (const auto* list : {&exceptions, &case_sensitive, &nothing_empty}) {
    ExceptionScreen screen(*list);
    for (const auto& text : texts) {
      INFO("text: " << text);
      ExceptionMatches plain(*list, text);
      ExceptionMatches screened(*list, text, &screen);
      bool any = false;
      for (const auto& [b, e] : Ranges(text)) {
        CHECK(plain.Overlaps(b, e) == screened.Overlaps(b, e));
        any = any || plain.Overlaps(b, e);
      }
      // Ruled out only when no pattern matches.
      if (!screen.MayMatch(text)) CHECK_FALSE(any);
      CHECK(screen.MayMatch(text) == ExceptionOverlaps(*list, text, 0, 0));
    }
  }
}
