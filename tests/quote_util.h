// Finding a quote by its text in an audit result, for the tests that look a
// quote up by the words it holds. Kept out of test_util.h, which nearly every
// test includes, so that these lookups are one copy.
#pragma once

#include <string>

#include "onrecord/audit.h"

namespace onrecord::testing {

// The first quote whose text contains `words`, or nullptr.
inline const Quote* QuoteWith(const AuditResult& r, const std::string& words) {
  for (const auto& q : r.quotes) {
    if (q.text.find(words) != std::string::npos) return &q;
  }
  return nullptr;
}

// The quote whose text is exactly `text`, or nullptr.
inline const Quote* QuoteOf(const AuditResult& r, const std::string& text) {
  for (const auto& q : r.quotes) {
    if (q.text == text) return &q;
  }
  return nullptr;
}

}  // namespace onrecord::testing
