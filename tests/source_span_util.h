// The source span PolNeAR-style tests compare: the text of the source of the
// attribution whose cue is exactly `cue`, after a one-line headline. Shared
// by the source-span tests (src37, src41).
#pragma once

#include <string>

#include "test_util.h"

namespace onrecord::testing {

// `body` audited after the one-line headline the source-span tests share.
inline AuditResult AuditAfterHeadline(const std::string& body) {
  return AuditText(std::string("Harbor council weighs a ferry levy.\n\n") + body);
}

inline std::string SourceOf(const std::string& body, const std::string& cue) {
  auto r = AuditAfterHeadline(body);
  return AttributionWithCue(r, cue, true).source;
}

}  // namespace onrecord::testing
