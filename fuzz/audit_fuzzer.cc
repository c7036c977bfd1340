// Fuzz target: the whole pipeline on arbitrary bytes. The first byte picks
// the input format and whether the language is detected or given; the rest
// is the file's content, loaded with LoadBytes and audited with the default
// rules. Checks that every reported span lies inside its text.
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const char* const kPaths[] = {"fuzz.txt", "fuzz.md", "fuzz.html", "fuzz.json", "fuzz.jsonl"};
  static const char* const kLanguages[] = {"", "en", "de", "fr", "es", "ru", "zh", "ja"};
  uint8_t selector = data[0];
  std::string path = kPaths[selector % 5];
  std::string language = kLanguages[(selector / 5) % 8];
  std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  for (const auto& loaded : onrecord::LoadBytes(bytes, path, onrecord::LoadOptions{})) {
    if (!loaded.document) {
      FUZZ_CHECK(!loaded.error.ok());
      continue;
    }
    onrecord::fuzz::AuditAndCheck(*loaded.document, language);
  }
  return 0;
}
