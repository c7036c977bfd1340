// Shared helpers for the test suite: repository paths, running the CLI,
// temporary directories, loading the default rules once.
#ifndef ONRECORD_TESTS_TEST_UTIL_H_
#define ONRECORD_TESTS_TEST_UTIL_H_

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "onrecord/audit.h"
#include "onrecord/rules.h"

namespace onrecord::testing {

// True in the sanitized build (ONRECORD_SANITIZE=ON, scripts/test --sanitize),
// where AddressSanitizer makes the audit many times slower.
#if defined(ONRECORD_SANITIZED)
inline constexpr bool kSanitized = true;
#else
inline constexpr bool kSanitized = false;
#endif

inline std::filesystem::path SourceDir() { return ONRECORD_SOURCE_DIR; }
// The shared development data: $ONRECORD_SHARED when set, else ../shared next
// to the source tree (a clone elsewhere sets the variable).
inline std::filesystem::path SharedDir() {
  if (const char* env = std::getenv("ONRECORD_SHARED"); env && *env) return env;
  return SourceDir().parent_path() / "shared";
}
inline std::string Binary() { return ONRECORD_BINARY; }

// True when the shared data is present; under CI=true its absence is a failure.
// Otherwise the caller returns early and this prints ONRECORD-SKIPPED, which
// ctest's SKIP_REGULAR_EXPRESSION (tests/CMakeLists.txt) reports as skipped.
inline bool HaveShared() {
  bool present = std::filesystem::exists(SharedDir() / "design.md");
  const char* ci = std::getenv("CI");
  if (!present && ci && std::string(ci) == "true") {
    throw std::runtime_error("shared data (" + SharedDir().string() + ") is missing under CI=true");
  }
  if (!present) {
    std::printf("ONRECORD-SKIPPED: %s not found; set ONRECORD_SHARED to the shared data folder\n",
                SharedDir().string().c_str());
    std::fflush(stdout);
  }
  return present;
}

inline std::string ReadFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void WriteFile(const std::filesystem::path& p, const std::string& bytes) {
  std::filesystem::create_directories(p.parent_path());
  std::ofstream out(p, std::ios::binary);
  out << bytes;
}

// A fresh temporary directory, removed when the object dies.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() /
            ("onrecord-test-" + std::to_string(::getpid()) + "-" + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

struct CliResult {
  int exit_code = -1;  // the exit status; 128 + N when killed by signal N; 124 on a timeout
  int signal = 0;      // the signal that killed the process (SIGKILL on a timeout), else 0
  std::string out;
  std::string err;
};

inline std::string ShellQuote(const std::string& s) {
  std::string q = "'";
  for (char c : s) {
    if (c == '\'') q += "'\\''";
    else q += c;
  }
  return q + "'";
}

// How RunCli (and CliProcess) run `onrecord`.
struct CliOptions {
  std::string input{};      // standard input (empty: an empty file)
  std::string cwd{};        // working directory (empty: the test's own)
  int timeout_seconds = 0;  // > 0: killed (SIGKILL) after this long, exit_code 124,
                            // so a command that would wait forever fails its test
  // A program and its arguments that run onrecord as their last arguments
  // (empty: onrecord is started directly).
  std::vector<std::string> wrapper{};
};

// One `onrecord ARGS…` process started without a shell; standard output and
// error go to files read by Wait(). Tests that signal the process use pid().
// Not copyable; a process not waited for is killed when the object dies.
class CliProcess {
 public:
  CliProcess(const std::vector<std::string>& args, const CliOptions& options = {}) : options_(options) {
    WriteFile(tmp_ / "stdin", options.input);
    const std::string binary = Binary();
    std::vector<std::string> argv_strings = options.wrapper;
    argv_strings.push_back(binary);
    argv_strings.insert(argv_strings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : argv_strings) argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, (tmp_ / "stdin").c_str(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, (tmp_ / "out").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, (tmp_ / "err").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (!options.cwd.empty()) posix_spawn_file_actions_addchdir_np(&actions, options.cwd.c_str());
    int rc = posix_spawn(&pid_, argv_strings.front().c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) throw std::runtime_error("cannot start " + argv_strings.front() + ": " + std::strerror(rc));
    started_ = std::chrono::steady_clock::now();
  }
  CliProcess(const CliProcess&) = delete;
  CliProcess& operator=(const CliProcess&) = delete;
  ~CliProcess() {
    if (pid_ > 0) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
    }
  }

  pid_t pid() const { return pid_; }

  // Waits for the process to end (up to the timeout, if any) and returns
  // its exit code and output. Call once.
  CliResult Wait() {
    CliResult r;
    int status = 0;
    bool timed_out = false;
    if (options_.timeout_seconds > 0) {
      const auto deadline = started_ + std::chrono::seconds(options_.timeout_seconds);
      while (::waitpid(pid_, &status, WNOHANG) == 0) {
        if (std::chrono::steady_clock::now() >= deadline) {
          ::kill(pid_, SIGKILL);
          ::waitpid(pid_, &status, 0);
          timed_out = true;
          break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
      }
    } else {
      ::waitpid(pid_, &status, 0);
    }
    pid_ = -1;
    if (WIFSIGNALED(status)) {
      r.signal = WTERMSIG(status);
      r.exit_code = 128 + r.signal;
    } else if (WIFEXITED(status)) {
      r.exit_code = WEXITSTATUS(status);
    }
    if (timed_out) r.exit_code = 124;
    r.out = ReadFile(tmp_ / "out");
    r.err = ReadFile(tmp_ / "err");
    return r;
  }

 private:
  CliOptions options_;
  TempDir tmp_;
  pid_t pid_ = -1;
  std::chrono::steady_clock::time_point started_;
};

// Runs `onrecord ARGS…` and waits for it.
inline CliResult RunCli(const std::vector<std::string>& args, const CliOptions& options) {
  return CliProcess(args, options).Wait();
}

// Runs `onrecord ARGS…` with `input` on standard input, in `cwd` when given.
inline CliResult RunCli(const std::vector<std::string>& args, const std::string& input = {},
                        const std::string& cwd = {}) {
  return RunCli(args, CliOptions{.input = input, .cwd = cwd});
}

// RunCli, and the peak resident memory (bytes) of the onrecord process
// alone in *peak_bytes (-1 when it could not be measured). Unlike
// getrusage(RUSAGE_CHILDREN), it never reports the test process's own peak
// (tests/peak_rss.cc says why that can happen).
inline CliResult RunCliMeasured(const std::vector<std::string>& args, long* peak_bytes,
                                const std::string& input = {}, const std::string& cwd = {}) {
  TempDir tmp;
  const auto peak_file = tmp / "peak";
  CliOptions options{.input = input, .cwd = cwd};
  options.wrapper = {ONRECORD_PEAK_RSS, peak_file.string()};
  CliResult r = RunCli(args, options);
  *peak_bytes = -1;
  std::ifstream in(peak_file);
  long peak = -1;
  if (in >> peak) *peak_bytes = peak;
  return r;
}

// The default rules, loaded once for the whole test run.
inline const RuleSet& DefaultRules() {
  static std::shared_ptr<const RuleSet> rules = [] {
    auto r = RuleSet::Load((SourceDir() / "rules").string());
    if (!r.ok()) throw std::runtime_error(r.status().ToString());
    return r.value();
  }();
  return *rules;
}

// The source, as written, of the first attribution whose cue text is
// `cue`: "<no source>" when it has none, "<no attribution>" when no
// attribution has that cue.
inline std::string SourceOfCue(const AuditResult& r, const std::string& cue) {
  for (const auto& a : r.attributions) {
    if (a.cue && a.cue->text == cue) return a.source ? a.source->text : "<no source>";
  }
  return "<no attribution>";
}

// An attribution as the text of its source, cue and first content part
// ("<none>" for a missing part, "<no attribution>" in all three when no
// attribution's cue matches).
struct AttributionTexts {
  std::string source, cue, content;
};

// The first attribution whose cue text contains `cue` (`exact`: equals it).
inline AttributionTexts AttributionWithCue(const AuditResult& r, const std::string& cue, bool exact = false) {
  for (const auto& a : r.attributions) {
    if (!a.cue || (exact ? a.cue->text != cue : a.cue->text.find(cue) == std::string::npos)) continue;
    AttributionTexts t;
    t.source = a.source ? a.source->text : "<none>";
    t.cue = a.cue->text;
    t.content = a.content.empty() ? "<none>" : a.content[0].text;
    return t;
  }
  return {"<no attribution>", "<no attribution>", "<no attribution>"};
}

// Whether some attribution's cue is written exactly `cue`.
inline bool AnyCue(const AuditResult& r, const std::string& cue) {
  for (const auto& a : r.attributions) {
    if (a.cue && a.cue->text == cue) return true;
  }
  return false;
}

// The source whose canonical name is `name`, or null.
inline const Source* SourceNamed(const AuditResult& r, const std::string& name) {
  for (const auto& s : r.sources) {
    if (s.name == name) return &s;
  }
  return nullptr;
}

// Whether some attribution's source mention is written exactly `text`.
inline bool AnySourceText(const AuditResult& r, const std::string& text) {
  for (const auto& a : r.attributions) {
    if (a.source && a.source->text == text) return true;
  }
  return false;
}

// The speaker of the first quote whose text begins with `text`, or "<no quote>".
inline std::string SpeakerOf(const AuditResult& r, const std::string& text) {
  for (const auto& q : r.quotes) {
    if (q.text.compare(0, text.size(), text) == 0) return q.speaker;
  }
  return "<no quote>";
}

// One attribution as the attribute tests look at it: the source mention
// as written ("<none>" when it has none; "<no attribution>" when the lookup
// found nothing), the cue, the content parts, the level, and the source it
// resolved to (canonical name, kind, specificity).
struct SeenAttribution {
  std::string source, cue, who;
  std::vector<std::string> content;
  int level = -1;
  SourceKind kind = SourceKind::kNamed;
  std::optional<Specificity> specificity;
};

inline std::vector<SeenAttribution> SeenAttributions(const AuditResult& r) {
  std::vector<SeenAttribution> out;
  for (const auto& a : r.attributions) {
    SeenAttribution s;
    s.source = a.source ? a.source->text : "<none>";
    s.cue = a.cue ? a.cue->text : "<none>";
    for (const auto& c : a.content) s.content.push_back(c.text);
    s.level = a.level;
    for (const auto& src : r.sources) {
      if (src.id == a.source_id) {
        s.who = src.name;
        s.kind = src.kind;
        s.specificity = src.specificity;
      }
    }
    out.push_back(std::move(s));
  }
  return out;
}

// The first attribution whose source mention is written `source`.
inline SeenAttribution SeenWithSource(const AuditResult& r, const std::string& source) {
  for (auto& a : SeenAttributions(r)) {
    if (a.source == source) return a;
  }
  SeenAttribution none;
  none.source = "<no attribution>";
  return none;
}

// The attribution whose cue is written `cue`, the first one from index `from` on.
inline SeenAttribution SeenWithCue(const AuditResult& r, const std::string& cue, size_t from = 0) {
  auto all = SeenAttributions(r);
  for (size_t i = from; i < all.size(); ++i) {
    if (all[i].cue == cue) return all[i];
  }
  SeenAttribution none;
  none.source = "<no attribution>";
  none.cue = cue;
  return none;
}

// The text of every quote, in the order found.
inline std::vector<std::string> QuoteTexts(const AuditResult& r) {
  std::vector<std::string> out;
  for (const auto& q : r.quotes) out.push_back(q.text);
  return out;
}

// Audits a text held in memory.
inline AuditResult AuditText(const std::string& text, const std::string& path = "test.txt",
                             const std::string& language = "en") {
  Document doc;
  doc.path = path;
  doc.source = text;
  doc.format = FormatForPath(path);
  AuditOptions opts;
  opts.language = language;
  auto r = Audit(doc, DefaultRules(), opts);
  if (!r.ok()) throw std::runtime_error(r.status().ToString());
  return std::move(r.value());
}

}  // namespace onrecord::testing

#endif  // ONRECORD_TESTS_TEST_UTIL_H_
