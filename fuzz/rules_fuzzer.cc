// Fuzz target: the rule loader. The first byte picks a category directory;
// the rest is written as one rule file beside a copy of the English word
// lists, and the directory is loaded with RuleSet::Load. A rule set that
// loads is then used to audit a short article, which runs its compiled
// patterns; one that does not must say why.
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "fuzz_util.h"

namespace fs = std::filesystem;

namespace {

// A private directory holding en/lists/ (copied once) for the whole run.
const fs::path& WorkDir() {
  static const fs::path dir = [] {
    std::string templ = (fs::temp_directory_path() / "onrecord-rules-fuzz-XXXXXX").string();
    if (!::mkdtemp(templ.data())) std::abort();
    fs::path d(templ);
    fs::create_directories(d / "en");
    fs::copy(fs::path(onrecord::fuzz::RulesDir()) / "en" / "lists", d / "en" / "lists",
             fs::copy_options::recursive);
    std::atexit([] {
      std::error_code ec;
      fs::remove_all(WorkDir(), ec);
    });
    return d;
  }();
  return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const char* const kCategories[] = {"phrase",      "cue",      "boilerplate",
                                            "attribution", "document", "metric"};
  const fs::path& dir = WorkDir();
  for (const char* c : kCategories) {
    std::error_code ec;
    fs::remove_all(dir / "en" / c, ec);
  }
  fs::path file = dir / "en" / kCategories[data[0] % 6] / "fuzz-rule.yml";
  fs::create_directories(file.parent_path());
  {
    std::ofstream out(file, std::ios::binary);
    out.write(reinterpret_cast<const char*>(data) + 1, static_cast<std::streamsize>(size - 1));
  }
  auto rules = onrecord::RuleSet::Load(dir.string());
  if (!rules.ok()) {
    FUZZ_CHECK(!rules.status().message().empty());
    return 0;
  }
  onrecord::Document doc;
  doc.path = "fuzz.txt";
  doc.source =
      "Officials said on Monday that the plan was \"dead\". \"We will not sign it,\" said "
      "Ana Ruiz, a spokeswoman for the ministry. A person familiar with the talks, who asked "
      "not to be named because they were private, said the deal was close.\n";
  onrecord::AuditOptions options;
  options.language = "en";
  auto result = onrecord::Audit(doc, *rules.value(), options);
  if (result.ok()) {
    for (const auto& f : result.value().findings) {
      onrecord::fuzz::CheckLocation(f.location, doc, result.value());
    }
  }
  return 0;
}
