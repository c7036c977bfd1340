// Fuzz target: the .onrecord.yml config parser and its globs. Any bytes
// either parse or give an error with a message; a parsed config is then
// asked about a few paths (exclude and override globs, `**` included).
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_util.h"
#include "onrecord/config.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view yaml(reinterpret_cast<const char*>(data), size);
  auto config = onrecord::ParseConfig(yaml, "/nonexistent/fuzz/.onrecord.yml");
  if (!config.ok()) {
    FUZZ_CHECK(!config.status().message().empty());
    FUZZ_CHECK(config.status().line() >= 0);
    return 0;
  }
  static const char* const kPaths[] = {
      "/nonexistent/fuzz/a.md", "/nonexistent/fuzz/drafts/2024/b.html",
      "/nonexistent/fuzz/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/b.txt",
      "/elsewhere/c.txt"};
  for (const char* p : kPaths) {
    config.value().Excluded(p);
    onrecord::FileSettings s = config.value().ForPath(p);
    (void)s;
  }
  // The globs against the bytes themselves as a path.
  for (const auto& glob : config.value().exclude) {
    onrecord::GlobMatch(glob, std::string(yaml.substr(0, 256)));
  }
  return 0;
}
