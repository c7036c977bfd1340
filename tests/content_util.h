// Test helper for the content-boundary tests: counts the attributions that
// have a content part written exactly as expected. Kept out of test_util.h so
// that only the test files using it recompile when it changes.
#pragma once

#include <string>

#include "test_util.h"

namespace onrecord::testing {

// How many attributions of `r` have a content part whose text is exactly
// `text` (a part of a discontinuous content counts on its own).
inline int ContentsWritten(const AuditResult& r, const std::string& text) {
  int n = 0;
  for (const auto& a : SeenAttributions(r)) {
    for (const auto& c : a.content) {
      if (c == text) ++n;
    }
  }
  return n;
}

}  // namespace onrecord::testing
