// Fuzz target: the rule loader. The first byte picks a category directory;
// the rest is written as one rule file beside a copy of the English word
// lists, and the directory is loaded with RuleSet::Load. A rule set that
// loads is then used to audit a short article, which runs its compiled
// patterns; one that does not must say why.
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

#include "engine_lists.h"
#include "fuzz_util.h"

namespace fs = std::filesystem;

namespace {

[[noreturn]] void Fail(const std::string& what, const fs::path& path, const std::error_code& ec) {
  std::fprintf(stderr, "rules fuzzer: %s %s: %s\n", what.c_str(), path.c_str(),
               ec.message().c_str());
  std::abort();
}

// A private rules directory, <tmp>/onrecord-rules-fuzz-XXXXXX/en/lists/ with
// a copy of the English word lists, made on first use and removed when the
// process exits normally (a crash leaves it for the post-mortem). Each list
// the engine reads that English lacks (engine_lists.h) is copied from the
// first language that has it, into that language's lists/: a folder with
// grammar lists must define every one of them somewhere, or every input
// would stop at that load error (docs/rules.md), and the English pack
// stays as it is.
//
// It is a function-local static object whose destructor removes the
// directory: the path stays valid until the removal is done. (An atexit()
// handler registered while the static was being built ran after the
// static's destructor and removed a freed path, so every run left its
// directory behind.) Every file-system call reports its error and aborts
// instead of throwing from inside a static initializer.
class WorkDir {
 public:
  WorkDir() {
    std::error_code ec;
    fs::path tmp = fs::temp_directory_path(ec);
    if (ec) Fail("no temporary directory", tmp, ec);
    std::string templ = (tmp / "onrecord-rules-fuzz-XXXXXX").string();
    if (!::mkdtemp(templ.data())) {
      Fail("cannot create", templ, std::error_code(errno, std::generic_category()));
    }
    root_ = templ;
    const fs::path from = fs::path(onrecord::fuzz::RulesDir()) / "en" / "lists";
    const fs::path to = root_ / "en" / "lists";
    fs::create_directories(to, ec);
    if (ec) Fail("cannot create", to, ec);
    size_t copied = 0;
    for (auto it = fs::directory_iterator(from, ec); !ec && it != fs::directory_iterator();
         it.increment(ec)) {
      if (!it->is_regular_file()) continue;
      fs::copy_file(it->path(), to / it->path().filename(), ec);
      if (ec) Fail("cannot copy", it->path(), ec);
      ++copied;
    }
    if (ec) Fail("cannot list", from, ec);
    if (copied == 0) Fail("no word lists in", from, std::make_error_code(std::errc::no_such_file_or_directory));
    for (std::string_view name : onrecord::kEngineLists) {
      const std::string file = std::string(name) + ".txt";
      if (fs::exists(to / file)) continue;
      for (const char* lang : {"de", "fr", "es", "it", "pt", "ru", "ja", "zh"}) {
        const fs::path have = fs::path(onrecord::fuzz::RulesDir()) / lang / "lists" / file;
        if (!fs::exists(have)) continue;
        fs::create_directories(root_ / lang / "lists", ec);
        if (ec) Fail("cannot create", root_ / lang / "lists", ec);
        fs::copy_file(have, root_ / lang / "lists" / file, ec);
        if (ec) Fail("cannot copy", have, ec);
        break;
      }
    }
  }
  ~WorkDir() {
    std::error_code ec;
    fs::remove_all(root_, ec);
  }
  WorkDir(const WorkDir&) = delete;
  WorkDir& operator=(const WorkDir&) = delete;

  const fs::path& root() const { return root_; }

 private:
  fs::path root_;
};

const fs::path& Root() {
  static const WorkDir dir;
  return dir.root();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const char* const kCategories[] = {"phrase",      "cue",      "boilerplate",
                                            "attribution", "document", "metric"};
  const fs::path& dir = Root();
  std::error_code ec;
  for (const char* c : kCategories) {
    fs::remove_all(dir / "en" / c, ec);
    if (ec) Fail("cannot remove", dir / "en" / c, ec);
  }
  fs::path file = dir / "en" / kCategories[data[0] % 6] / "fuzz-rule.yml";
  fs::create_directories(file.parent_path(), ec);
  if (ec) Fail("cannot create", file.parent_path(), ec);
  {
    std::ofstream out(file, std::ios::binary);
    out.write(reinterpret_cast<const char*>(data) + 1, static_cast<std::streamsize>(size - 1));
    if (!out.flush()) Fail("cannot write", file, std::make_error_code(std::errc::io_error));
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
  onrecord::fuzz::AuditAndCheck(doc, "en", rules.value().get());
  return 0;
}
