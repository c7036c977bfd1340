// Fuzz target: Markdown extraction (md4c) and the audit of what it extracts.
#include "extract_fuzzer_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  onrecord::fuzz::ExtractAndCheck(data, size, "fuzz.md");
  return 0;
}
