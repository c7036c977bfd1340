// Test helper that counts an audit's findings by rule. Kept out of
// test_util.h so that only the test files using it recompile when it changes.
#pragma once

#include <string>

#include "onrecord/audit.h"

namespace onrecord::testing {

// How many findings of `r` have the rule id `rule` ("attribution.anonymous-first-quote").
inline int CountFindings(const AuditResult& r, const std::string& rule) {
  int n = 0;
  for (const auto& f : r.findings) n += f.rule == rule ? 1 : 0;
  return n;
}

// Whether some finding of `r` has the rule id `rule`.
inline bool HasFinding(const AuditResult& r, const std::string& rule) { return CountFindings(r, rule) > 0; }

}  // namespace onrecord::testing
