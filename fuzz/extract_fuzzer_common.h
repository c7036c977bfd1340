// The body of the HTML and Markdown extraction fuzz targets.
#ifndef ONRECORD_FUZZ_EXTRACT_FUZZER_COMMON_H_
#define ONRECORD_FUZZ_EXTRACT_FUZZER_COMMON_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "analysis.h"
#include "fuzz_util.h"

namespace onrecord::fuzz {

// Loads `data` as a file named `path`, extracts its blocks and checks that
// the offset map sends every extracted offset into the decoded source (in
// order), then audits it.
inline void ExtractAndCheck(const uint8_t* data, size_t size, const std::string& path) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  for (const auto& loaded : LoadBytes(bytes, path, LoadOptions{})) {
    if (!loaded.document) {
      FUZZ_CHECK(!loaded.error.ok());
      continue;
    }
    const Document& doc = *loaded.document;
    Extracted e = Extract(doc);
    size_t previous = 0;
    for (size_t i = 0; i <= e.text.size(); ++i) {
      if (i < e.text.size() && e.text[i] != '\n') continue;
      size_t base = e.map.EndToBase(i);
      FUZZ_CHECK(base <= doc.source.size());
      FUZZ_CHECK(base >= previous);
      previous = base;
    }
    for (const Span& q : e.inline_quotes) {
      FUZZ_CHECK(q.begin <= q.end);
      FUZZ_CHECK(q.end <= e.text.size());
    }
    AuditAndCheck(doc);
  }
}

}  // namespace onrecord::fuzz

#endif  // ONRECORD_FUZZ_EXTRACT_FUZZER_COMMON_H_
