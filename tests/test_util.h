// Shared helpers for the test suite: repository paths, running the CLI,
// temporary directories, loading the default rules once.
#ifndef ONRECORD_TESTS_TEST_UTIL_H_
#define ONRECORD_TESTS_TEST_UTIL_H_

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
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
inline std::filesystem::path SharedDir() { return SourceDir().parent_path() / "shared"; }
inline std::string Binary() { return ONRECORD_BINARY; }

// True when ../shared is present; under CI=true its absence is a failure.
inline bool HaveShared() {
  bool present = std::filesystem::exists(SharedDir() / "design.md");
  const char* ci = std::getenv("CI");
  if (!present && ci && std::string(ci) == "true") {
    throw std::runtime_error("../shared is missing under CI=true");
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
  int exit_code = -1;
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

// Runs `PREFIX onrecord ARGS…` through the shell (stdin from `input` when
// given); PREFIX is empty or a shell-quoted command that runs the rest.
inline CliResult RunCliWith(const std::string& prefix, const std::vector<std::string>& args,
                            const std::string& input, const std::string& cwd) {
  TempDir tmp;
  std::string cmd;
  if (!cwd.empty()) cmd += "cd " + ShellQuote(cwd) + " && ";
  cmd += prefix + ShellQuote(Binary());
  for (const auto& a : args) cmd += " " + ShellQuote(a);
  auto in_path = tmp / "stdin";
  WriteFile(in_path, input);
  cmd += " < " + ShellQuote(in_path.string());
  cmd += " > " + ShellQuote((tmp / "out").string()) + " 2> " + ShellQuote((tmp / "err").string());
  int status = std::system(cmd.c_str());
  CliResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = ReadFile(tmp / "out");
  r.err = ReadFile(tmp / "err");
  return r;
}

// Runs `onrecord ARGS…` through the shell (stdin from `input` when given).
inline CliResult RunCli(const std::vector<std::string>& args, const std::string& input = {},
                        const std::string& cwd = {}) {
  return RunCliWith("", args, input, cwd);
}

// RunCli, and the peak resident memory (bytes) of the onrecord process
// alone in *peak_bytes (-1 when it could not be measured). Unlike
// getrusage(RUSAGE_CHILDREN), it never reports the test process's own peak
// (tests/peak_rss.cc says why that can happen).
inline CliResult RunCliMeasured(const std::vector<std::string>& args, long* peak_bytes,
                                const std::string& input = {}, const std::string& cwd = {}) {
  TempDir tmp;
  const auto peak_file = tmp / "peak";
  CliResult r = RunCliWith(ShellQuote(ONRECORD_PEAK_RSS) + " " + ShellQuote(peak_file.string()) + " ", args,
                           input, cwd);
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
