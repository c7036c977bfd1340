// Fuzz target: JSON Lines records (one article per line, metadata fields,
// the text field) and the audit of each record.
#include <cstdint>
#include <string_view>

#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  int previous_record = 0;
  for (const auto& loaded : onrecord::LoadBytes(bytes, "fuzz.jsonl", onrecord::LoadOptions{})) {
    if (!loaded.document) {
      FUZZ_CHECK(!loaded.error.ok());
      FUZZ_CHECK(!loaded.error.message().empty());
      continue;
    }
    const onrecord::Document& doc = *loaded.document;
    // Records come in file order, each with its 1-based line.
    FUZZ_CHECK(doc.record.has_value());
    FUZZ_CHECK(*doc.record > previous_record);
    previous_record = *doc.record;
    onrecord::fuzz::AuditAndCheck(doc);
  }
  return 0;
}
