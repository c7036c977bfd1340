// Test helpers for the cue-exception screen (rule_pack.h's ExceptionList,
// ExceptionScreen and ExceptionMatches): a pattern made as the rule loader
// makes one, and answers worked out pattern by pattern to compare the
// screen's with. Kept out of test_util.h so that only the files using them
// recompile when they change.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "rule_pack.h"

namespace onrecord::testing {

// A lazily compiled pattern, case-insensitive unless asked, with RE2's
// error log off.
inline PatternRef MakePattern(const std::string& pattern, bool case_sensitive = false) {
  RE2::Options opts;
  opts.set_log_errors(false);
  opts.set_case_sensitive(case_sensitive);
  return PatternRef(std::make_shared<const LazyPattern>(pattern, opts));
}

// The patterns of `list` that match somewhere in `text`, each run on its own.
inline std::vector<int> MatchingOneByOne(const ExceptionList& list, std::string_view text) {
  std::vector<int> out;
  for (size_t i = 0; i < list.size(); ++i) {
    if (RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *list[i])) out.push_back(static_cast<int>(i));
  }
  return out;
}

// ExceptionMatches::Overlaps over every range of `text` up to 8 bytes long,
// in order: two ExceptionMatches that answer alike give equal vectors.
inline std::vector<bool> OverlapsEverywhere(const ExceptionMatches& m, std::string_view text) {
  std::vector<bool> out;
  for (size_t b = 0; b <= text.size(); ++b) {
    for (size_t n = 0; n <= 8 && b + n <= text.size(); ++n) out.push_back(m.Overlaps(b, b + n));
  }
  return out;
}

}  // namespace onrecord::testing
