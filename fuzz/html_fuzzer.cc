// Fuzz target: HTML extraction (gumbo, entities, declared charsets) and the
// audit of what it extracts.
#include "extract_fuzzer_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  onrecord::fuzz::ExtractAndCheck(data, size, "fuzz.html");
  return 0;
}
