// A table-driven check of one unnamed source's reading, shared by the tests
// of described sources in several languages (multi49, de49). Kept out of
// test_util.h so that only the files using it recompile when it changes.
#ifndef ONRECORD_TESTS_DESCRIBED_SOURCE_UTIL_H_
#define ONRECORD_TESTS_DESCRIBED_SOURCE_UTIL_H_

#include <catch2/catch.hpp>

#include "test_util.h"

namespace onrecord::testing {

// A one-sentence text whose one attribution has an unnamed source.
struct DescribedSourceCase {
  const char* lang;
  const char* text;
  const char* span;  // the one attribution's source span
  int level;         // its level (1 vague, 2 described)
  bool described;    // the source's specificity: described, else vague
};

// Audits `c.text` in `c.lang` and checks that it gives one attribution with
// the source span, level and (one source's) specificity the case names.
inline void CheckDescribedSourceCase(const DescribedSourceCase& c) {
  INFO(c.text);
  const AuditResult r = AuditText(c.text, "t.txt", c.lang);
  REQUIRE(r.attributions.size() == 1);
  REQUIRE(r.attributions[0].source.has_value());
  CHECK(r.attributions[0].source->text == c.span);
  CHECK(r.attributions[0].level == c.level);
  REQUIRE(r.sources.size() == 1);
  REQUIRE(r.sources[0].specificity.has_value());
  CHECK(*r.sources[0].specificity == (c.described ? Specificity::kDescribed : Specificity::kVague));
}

}  // namespace onrecord::testing

#endif  // ONRECORD_TESTS_DESCRIBED_SOURCE_UTIL_H_
