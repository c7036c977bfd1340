// Helpers shared by the fuzz targets (fuzz/*_fuzzer.cc).
//
// Each target defines LLVMFuzzerTestOneInput. Built with clang and
// -fsanitize=fuzzer it is a libFuzzer binary; built with replay_main.cc it is
// a replay program that ctest runs over the seed inputs and corpus/.
// FUZZ_CHECK turns a broken invariant into a crash that both builds report.
#ifndef ONRECORD_FUZZ_FUZZ_UTIL_H_
#define ONRECORD_FUZZ_FUZZ_UTIL_H_

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "onrecord/audit.h"
#include "onrecord/document.h"
#include "onrecord/rules.h"

#define FUZZ_CHECK(cond)                                                          \
  do {                                                                            \
    if (!(cond)) {                                                                \
      std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                               \
    }                                                                             \
  } while (0)

namespace onrecord::fuzz {

// The repository's rules/ (compiled in by CMake).
inline std::string RulesDir() { return std::string(ONRECORD_SOURCE_DIR) + "/rules"; }

// The default rules, loaded once per process. Aborts when they do not load:
// a fuzz run against no rules would test nothing.
inline const RuleSet& DefaultRules() {
  static std::shared_ptr<const RuleSet> rules = [] {
    auto r = RuleSet::Load(RulesDir());
    if (!r.ok()) {
      std::fprintf(stderr, "cannot load %s: %s\n", RulesDir().c_str(),
                   r.status().ToString().c_str());
      std::abort();
    }
    return r.value();
  }();
  return *rules;
}

inline void CheckLocation(const Location& l, const Document& doc, const AuditResult& r) {
  FUZZ_CHECK(l.span.begin <= l.span.end);
  FUZZ_CHECK(l.span.end <= r.text.size());
  FUZZ_CHECK(l.begin <= l.end);
  FUZZ_CHECK(l.end <= doc.source.size());
}

// Checks an audit's result: every span lies inside the normalized text,
// every begin/end inside the decoded source; levels and scores in range.
inline void CheckResult(const Document& doc, const AuditResult& r) {
  for (const auto& q : r.quotes) {
    CheckLocation(q.location, doc, r);
    FUZZ_CHECK(q.with_marks.begin <= q.location.span.begin);
    FUZZ_CHECK(q.location.span.end <= q.with_marks.end);
    FUZZ_CHECK(q.attribution < static_cast<int>(r.attributions.size()));
  }
  for (const auto& a : r.attributions) {
    if (a.source) CheckLocation(a.source->location, doc, r);
    if (a.cue) CheckLocation(a.cue->location, doc, r);
    for (const auto& c : a.content) CheckLocation(c.location, doc, r);
    FUZZ_CHECK(a.level >= 0 && a.level <= 5);
    FUZZ_CHECK(a.score >= 0.0 && a.score <= 1.0);
  }
  for (const auto& s : r.anonymous_sources) CheckLocation(s.location, doc, r);
  for (const auto& f : r.findings) CheckLocation(f.location, doc, r);
  for (const auto& m : r.masked) CheckLocation(m.location, doc, r);
  FUZZ_CHECK(r.score.transparency_index >= 0.0 && r.score.transparency_index <= 1.0);
}

// Audits one loaded document (with the default rules unless `rules` is
// given) and checks the result; a failed audit must say why.
inline void AuditAndCheck(const Document& doc, const std::string& language = {},
                          const RuleSet* rules = nullptr) {
  AuditOptions options;
  options.language = language;
  auto result = Audit(doc, rules ? *rules : DefaultRules(), options);
  if (!result.ok()) {
    FUZZ_CHECK(!result.status().message().empty());
    return;
  }
  CheckResult(doc, result.value());
}

}  // namespace onrecord::fuzz

#endif  // ONRECORD_FUZZ_FUZZ_UTIL_H_
