// docs/ci.md and the Dockerfile: every fenced YAML block parses, the
// `onrecord check` commands in the GitHub workflow, the GitLab job, the
// pre-commit hook and the git hook run against a sample draft, and the
// Dockerfile installs what the build and the binary need.
#include <yaml-cpp/yaml.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <iostream>
#include <optional>
#include <regex>
#include <set>
#include <sstream>

#include "check_test_util.h"
#include "onrecord/config.h"
#include "test_util.h"

namespace onrecord {
namespace {

using testing::ReadFile;
using testing::ShellQuote;
using testing::TempDir;
using testing::WriteFile;

struct Fence {
  std::string info;  // the language after ```
  std::string body;
  int line = 0;      // of the opening fence
};

std::vector<Fence> Fences(const std::string& md) {
  std::vector<Fence> out;
  std::istringstream in(md);
  std::string line;
  int n = 0;
  std::optional<Fence> open;
  while (std::getline(in, line)) {
    ++n;
    if (line.rfind("```", 0) == 0) {
      if (open) {
        out.push_back(*open);
        open.reset();
      } else {
        open = Fence{line.substr(3), "", n};
      }
      continue;
    }
    if (open) open->body += line + "\n";
  }
  REQUIRE_FALSE(open.has_value());  // every fence is closed
  return out;
}

// The package list of scripts/setup (without the optional fuzzing ones).
std::set<std::string> SetupPackages() {
  std::string setup = ReadFile(testing::SourceDir() / "scripts/setup");
  size_t b = setup.find("packages=(");
  size_t e = setup.find(')', b);
  REQUIRE(b != std::string::npos);
  std::istringstream words(setup.substr(b + 10, e - b - 10));
  std::set<std::string> out;
  for (std::string w; words >> w;) out.insert(w);
  return out;
}

// The packages the build needs: scripts/setup less its developer tools.
std::set<std::string> BuildPackages() {
  std::set<std::string> p = SetupPackages();
  for (const char* tool : {"git", "python3", "sqlite3"}) p.erase(tool);
  return p;
}

// Words after each `apt-get install` in a shell text (options skipped).
std::set<std::string> AptInstalled(const std::string& shell) {
  std::string joined = std::regex_replace(shell, std::regex("\\\\\n"), " ");
  std::set<std::string> out;
  size_t pos = 0;
  while ((pos = joined.find("apt-get install", pos)) != std::string::npos) {
    pos += 15;
    size_t end = joined.find_first_of("&;\n", pos);
    std::istringstream words(joined.substr(pos, end == std::string::npos ? std::string::npos : end - pos));
    for (std::string w; words >> w;) {
      if (w[0] != '-') out.insert(w);
    }
  }
  return out;
}

std::vector<std::string> Missing(const std::set<std::string>& want, const std::set<std::string>& have) {
  std::vector<std::string> out;
  for (const auto& p : want) {
    if (!have.count(p)) out.push_back(p);
  }
  return out;
}

int Sh(const std::string& command) {
  int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

const char kSampleDraft[] =
    "# Bridge repairs\n"
    "\n"
    "The bridge will close for repairs in May, Transport Director Ines Vale said.\n";
const char kSampleChange[] =
    "\n"
    "The repairs will cost twice the estimate, people familiar with the matter said.\n";

// A newsroom repository: `main` holds a draft, the working branch adds a
// vague anonymous source to it (as a pull request would), and `onrecord`
// is on the PATH.
struct Newsroom {
  TempDir dir;
  std::filesystem::path repo = dir / "repo";
  std::string base_sha;

  Newsroom() {
    WriteFile(repo / ".onrecord.yml", "language: en\nfail_level: warning\n");
    WriteFile(repo / "drafts/bridge.md", kSampleDraft);
    std::filesystem::create_directories(dir / "bin");
    std::filesystem::create_symlink(testing::Binary(), dir / "bin/onrecord");
    std::filesystem::create_directories(dir / "home");
    Git("init -q -b main");
    Git("add -A");
    Git("commit -q -m 'Bridge draft'");
    Git("update-ref refs/remotes/origin/main HEAD");
    base_sha = Capture("git rev-parse HEAD");
    Git("checkout -q -b update");
    WriteFile(repo / "drafts/bridge.md", std::string(kSampleDraft) + kSampleChange);
    Git("add -A");
    Git("commit -q -m 'Cost figure'");
  }

  std::string Env() const {
    return "export PATH=" + ShellQuote((dir / "bin").string()) + ":\"$PATH\"\n" +
           "export HOME=" + ShellQuote((dir / "home").string()) + "\n" +
           "export GITHUB_WORKSPACE=" + ShellQuote(repo.string()) + "\n" +
           "export GITHUB_STEP_SUMMARY=" + ShellQuote((dir / "summary.md").string()) + "\n" +
           "export GITHUB_EVENT_NAME=pull_request GITHUB_BASE_REF=main\n" +
           "export CI_MERGE_REQUEST_DIFF_BASE_SHA=" + base_sha + "\n" +
           "unset ONRECORD_RULES\n";
  }

  void Git(const std::string& args) const {
    REQUIRE(Sh("git -C " + ShellQuote(repo.string()) +
               " -c user.name='Desk Bot' -c user.email=desk@example.org -c commit.gpgsign=false " + args +
               " >/dev/null 2>&1") == 0);
  }

  std::string Capture(const std::string& command) const {
    Sh("cd " + ShellQuote(repo.string()) + " && " + command + " > " + ShellQuote((dir / "cap").string()));
    std::string s = ReadFile(dir / "cap");
    while (!s.empty() && s.back() == '\n') s.pop_back();
    return s;
  }

  struct Ran {
    int exit_code;
    std::string out, err;
  };

  // Runs a script the way CI runners do (bash -e -o pipefail) in the repository.
  Ran Run(const std::string& script, const std::string& shell = "bash -eo pipefail") const {
    WriteFile(dir / "step.sh", Env() + script);
    int code = Sh("cd " + ShellQuote(repo.string()) + " && " + shell + " " + ShellQuote((dir / "step.sh").string()) +
                  " > " + ShellQuote((dir / "out").string()) + " 2> " + ShellQuote((dir / "err").string()));
    return {code, ReadFile(dir / "out"), ReadFile(dir / "err")};
  }
};

const std::string& CiDoc() {
  static const std::string doc = ReadFile(testing::SourceDir() / "docs/ci.md");
  return doc;
}

const Fence* FindFence(const std::vector<Fence>& fences, const std::string& info, const std::string& marker) {
  for (const auto& f : fences) {
    if (f.info == info && f.body.find(marker) != std::string::npos) return &f;
  }
  return nullptr;
}

TEST_CASE("ci docs: every YAML block parses, config examples are valid configs", "[ci_docs]") {
  auto fences = Fences(CiDoc());
  int yaml_blocks = 0;
  for (const auto& f : fences) {
    INFO("docs/ci.md:" << f.line);
    CHECK_FALSE(f.info.empty());  // every block names its language
    if (f.info != "yaml") continue;
    ++yaml_blocks;
    YAML::Node node;
    CHECK_NOTHROW(node = YAML::Load(f.body));
    CHECK(node.IsMap());
    if (f.body.rfind("# .onrecord.yml", 0) == 0) {
      auto c = ParseConfig(f.body, "/desk/.onrecord.yml");
      INFO(c.status().ToString());
      REQUIRE(c.ok());
      for (const auto& [id, mark] : MentionedRules(c.value())) {
        INFO(id);
        CHECK(testing::DefaultRules().Find(id, "en") != nullptr);
      }
    }
  }
  CHECK(yaml_blocks >= 4);  // config, GitHub, GitLab, pre-commit
}

TEST_CASE("ci docs: the GitHub Actions workflow", "[ci_docs]") {
  auto fences = Fences(CiDoc());
  const Fence* wf = FindFence(fences, "yaml", "# .github/workflows/");
  REQUIRE(wf);
  YAML::Node root = YAML::Load(wf->body);
  CHECK(root["permissions"]["security-events"].as<std::string>() == "write");
  YAML::Node job = root["jobs"].begin()->second;
  CHECK(job["container"].as<std::string>() == "debian:12");
  std::string all_runs, check_run, sarif_upload;
  bool cache = false;
  for (const auto& step : job["steps"]) {
    if (step["run"]) {
      std::string run = step["run"].as<std::string>();
      all_runs += run + "\n";
      if (run.find("onrecord check") != std::string::npos) check_run = run;
    }
    std::string uses = step["uses"] ? step["uses"].as<std::string>() : "";
    if (uses.rfind("actions/cache@", 0) == 0) cache = true;
    if (uses.rfind("github/codeql-action/upload-sarif@", 0) == 0) {
      sarif_upload = step["with"]["sarif_file"].as<std::string>();
      CHECK(step["if"].as<std::string>() == "always()");  // upload even when the check fails
    }
  }
  CHECK(cache);
  CHECK(Missing(BuildPackages(), AptInstalled(all_runs)).empty());
  // onrecord's source is the drafts repository's submodule: checked out with
  // it, hashed for the cache key, and built from there.
  bool submodules = false;
  std::string cache_key;
  for (const auto& step : job["steps"]) {
    std::string uses = step["uses"] ? step["uses"].as<std::string>() : "";
    if (uses.rfind("actions/checkout@", 0) == 0 && step["with"] && step["with"]["submodules"]) {
      submodules = step["with"]["submodules"].as<bool>();
    }
    if (uses.rfind("actions/cache@", 0) == 0) cache_key = step["with"]["key"].as<std::string>();
  }
  CHECK(submodules);
  CHECK_THAT(cache_key, Catch::Contains("tools/onrecord/audit/**"));
  CHECK_THAT(all_runs, Catch::Contains("cmake -S tools/onrecord "));
  CHECK_THAT(all_runs, Catch::Contains("cmake --build"));
  CHECK_THAT(all_runs, Catch::Contains("cmake --install"));
  REQUIRE_FALSE(check_run.empty());
  REQUIRE_FALSE(sarif_upload.empty());
  CHECK_THAT(check_run, Catch::Contains("--output sarif=" + sarif_upload));
  CHECK_THAT(check_run, Catch::Contains("--format github"));

  // Run the check step as a pull request would.
  Newsroom room;
  auto ran = room.Run(check_run);
  INFO(ran.err);
  CHECK(ran.exit_code == 1);  // the added vague source is a warning; fail_level is warning
  CHECK_THAT(ran.out, Catch::Contains("::warning file=drafts/bridge.md,line=5,col=43,"));
  CHECK_THAT(ran.out, !Catch::Contains("line=3,"));  // the unchanged line is not annotated
  nlohmann::json log = nlohmann::json::parse(ReadFile(room.repo / sarif_upload));
  testing::SarifValidator v;
  CHECK(v.Validate(log).empty());
  CHECK_THAT(ReadFile(room.dir / "summary.md"), Catch::Contains("| `drafts/bridge.md` | 5:43 |"));
}

TEST_CASE("ci docs: the GitLab CI job", "[ci_docs]") {
  auto fences = Fences(CiDoc());
  const Fence* gl = FindFence(fences, "yaml", "# .gitlab-ci.yml");
  REQUIRE(gl);
  YAML::Node job = YAML::Load(gl->body).begin()->second;
  std::string junit = job["artifacts"]["reports"]["junit"].as<std::string>();
  CHECK(job["artifacts"]["when"].as<std::string>() == "always");
  // It builds onrecord from the submodule in a Debian 12 image.
  CHECK(job["image"].as<std::string>() == "debian:12");
  CHECK(job["variables"]["GIT_SUBMODULE_STRATEGY"].as<std::string>() == "recursive");
  std::string before;
  for (const auto& line : job["before_script"]) before += line.as<std::string>() + "\n";
  CHECK(Missing(BuildPackages(), AptInstalled(before)).empty());
  CHECK_THAT(before, Catch::Contains("cmake -S tools/onrecord "));
  CHECK_THAT(before, Catch::Contains("cmake --build"));
  CHECK_THAT(before, Catch::Contains("cmake --install"));
  int ran_commands = 0;
  Newsroom room;
  for (const auto& line : job["script"]) {
    std::string cmd = line.as<std::string>();
    if (cmd.find("onrecord check") == std::string::npos) continue;
    CHECK_THAT(cmd, Catch::Contains("--output junit=" + junit));
    auto ran = room.Run(cmd, "sh -e");  // GitLab runs scripts with sh
    INFO(ran.err);
    CHECK(ran.exit_code == 1);
    CHECK_THAT(ran.out, Catch::Contains("drafts/bridge.md:5:43:warning:attribution.vague-anonymous:"));
    CHECK_THAT(ran.out, !Catch::Contains("drafts/bridge.md:3:"));
    CHECK_THAT(ReadFile(room.repo / junit), Catch::Contains("name=\"attribution.vague-anonymous @ 5:43\""));
    ++ran_commands;
  }
  CHECK(ran_commands == 1);
}

// Regression: the workflows named a placeholder repository
// (example-org/onrecord) and a placeholder registry (registry.example.org)
// that a newsroom copying them would have had to notice and replace.
TEST_CASE("ci docs: the CI files name no placeholder repository or registry", "[ci_docs]") {
  for (const auto& f : Fences(CiDoc())) {
    INFO("docs/ci.md:" << f.line);
    for (const char* placeholder : {"example-org", "example.org", "example.com", "your-org", "<"}) {
      if (f.info == "yaml" || f.info == "sh") CHECK(f.body.find(placeholder) == std::string::npos);
    }
  }
  // The set-up names the submodule path the workflows build from.
  auto fences = Fences(CiDoc());
  const Fence* setup = FindFence(fences, "sh", "git submodule add");
  REQUIRE(setup);
  CHECK_THAT(setup->body, Catch::Contains(" tools/onrecord\n"));
}

TEST_CASE("ci docs: the submodule set-up, run as written, gives the tree the CI jobs build from",
          "[ci_docs]") {
  auto fences = Fences(CiDoc());
  const Fence* setup = FindFence(fences, "sh", "git submodule add");
  REQUIRE(setup);
  Newsroom room;
  // A local clone of this repository stands in for the newsroom's onrecord
  // remote (only its committed files matter here).
  std::string origin = (room.dir / "onrecord.git").string();
  REQUIRE(Sh("git clone -q --bare " + ShellQuote(testing::SourceDir().string()) + " " + ShellQuote(origin) +
             " >/dev/null 2>&1") == 0);
  // git refuses file:// submodules unless told; the identity is the desk's.
  auto ran = room.Run("export ONRECORD_GIT_URL=" + ShellQuote(origin) + "\n" +
                      "export GIT_CONFIG_COUNT=3 GIT_CONFIG_KEY_0=protocol.file.allow GIT_CONFIG_VALUE_0=always\n"
                      "export GIT_CONFIG_KEY_1=user.name GIT_CONFIG_VALUE_1='Desk Bot'\n"
                      "export GIT_CONFIG_KEY_2=user.email GIT_CONFIG_VALUE_2=desk@example.org\n" +
                      setup->body);
  INFO(ran.err);
  CHECK(ran.exit_code == 0);
  CHECK(std::filesystem::exists(room.repo / "tools/onrecord/CMakeLists.txt"));
  CHECK(std::filesystem::exists(room.repo / "tools/onrecord/Dockerfile"));
  CHECK(room.Capture("git log -1 --format=%s") == "Add onrecord for the sourcing check");
}

TEST_CASE("ci docs: the pre-commit hooks", "[ci_docs]") {
  auto fences = Fences(CiDoc());
  const Fence* pc = FindFence(fences, "yaml", "# .pre-commit-config.yaml");
  REQUIRE(pc);
  YAML::Node hook = YAML::Load(pc->body)["repos"][0]["hooks"][0];
  std::string entry = hook["entry"].as<std::string>();
  std::regex files(hook["files"].as<std::string>());
  CHECK(std::regex_search("drafts/bridge.md", files));
  CHECK(std::regex_search("drafts/page.html", files));
  CHECK_FALSE(std::regex_search("drafts/photo.jpg", files));
  // Regression (fu41): the pattern took every Markdown file of the
  // repository, so a staged README.md was checked as an article.
  CHECK_FALSE(std::regex_search("README.md", files));
  CHECK_FALSE(std::regex_search("docs/style.md", files));
  Newsroom room;
  // pre-commit appends the staged file names to the entry.
  auto ran = room.Run(entry + " drafts/bridge.md");
  INFO(ran.err);
  CHECK(ran.exit_code == 1);
  CHECK_THAT(ran.out, Catch::Contains("drafts/bridge.md:5:43:warning:attribution.vague-anonymous:"));

  const Fence* sh = FindFence(fences, "sh", "#!/bin/sh");
  REQUIRE(sh);
  // Nothing staged: the hook passes without running a check.
  auto idle = room.Run(sh->body, "sh");
  CHECK(idle.exit_code == 0);
  CHECK(idle.out.empty());
  // A staged project file outside the drafts is not checked (regression,
  // fu41: the hook checked a README that quotes an unnamed source).
  WriteFile(room.repo / "README.md", "# Desk notes\n\nFares will rise, people familiar with the matter said.\n");
  room.Git("add README.md");
  auto readme = room.Run(sh->body, "sh");
  INFO(readme.out << readme.err);
  CHECK(readme.exit_code == 0);
  CHECK(readme.out.empty());
  room.Git("commit -q -m 'Desk notes'");
  // A staged draft with a vague source fails the commit.
  WriteFile(room.repo / "drafts/ferry.md", "# Ferry\n\nFares will rise, people familiar with the matter said.\n");
  room.Git("add drafts/ferry.md");
  auto staged = room.Run(sh->body, "sh");
  INFO(staged.err);
  CHECK(staged.exit_code == 1);
  CHECK_THAT(staged.out, Catch::Contains("drafts/ferry.md:3:"));
}

TEST_CASE("ci docs: the quick-start commands run", "[ci_docs]") {
  auto fences = Fences(CiDoc());
  const Fence* quick = FindFence(fences, "sh", "onrecord init");
  REQUIRE(quick);
  Newsroom room;
  std::filesystem::remove(room.repo / ".onrecord.yml");
  auto ran = room.Run(quick->body, "bash");
  INFO(ran.err);
  CHECK(ran.exit_code != 2);
  CHECK(std::filesystem::exists(room.repo / ".onrecord.yml"));
  CHECK_THAT(ran.out, Catch::Contains(" drafts/bridge.md\n"));
}

// ------------------------------------------------------------- Dockerfile

struct Instruction {
  std::string keyword;
  std::string args;
};

std::vector<Instruction> ParseDockerfile(const std::string& text) {
  std::vector<Instruction> out;
  std::istringstream in(text);
  std::string line, current;
  while (std::getline(in, line)) {
    size_t first = line.find_first_not_of(" \t");
    if (first == std::string::npos || line[first] == '#') continue;
    bool continued = !line.empty() && line.back() == '\\';
    if (continued) line.pop_back();
    current += line + (continued ? " " : "");
    if (continued) continue;
    size_t sp = current.find_first_of(" \t", current.find_first_not_of(" \t"));
    Instruction ins;
    ins.keyword = current.substr(current.find_first_not_of(" \t"), sp - current.find_first_not_of(" \t"));
    ins.args = sp == std::string::npos ? "" : current.substr(sp + 1);
    out.push_back(ins);
    current.clear();
  }
  return out;
}

TEST_CASE("ci docs: the Dockerfile builds on Debian 12 and ships the rules", "[ci_docs][docker]") {
  std::vector<Instruction> ins = ParseDockerfile(ReadFile(testing::SourceDir() / "Dockerfile"));
  static const std::set<std::string> kKnown = {"FROM", "ENV", "RUN", "WORKDIR", "COPY", "ENTRYPOINT", "CMD", "ARG", "LABEL"};
  std::vector<std::vector<Instruction>> stages;
  for (const auto& i : ins) {
    INFO(i.keyword << " " << i.args);
    CHECK(kKnown.count(i.keyword) == 1);
    if (i.keyword == "FROM") {
      CHECK_THAT(i.args, Catch::StartsWith("debian:12"));
      stages.emplace_back();
    }
    REQUIRE_FALSE(stages.empty());  // FROM comes first
    stages.back().push_back(i);
  }
  REQUIRE(stages.size() == 2);
  auto runs = [](const std::vector<Instruction>& stage) {
    std::string s;
    for (const auto& i : stage) {
      if (i.keyword == "RUN") s += i.args + "\n";
    }
    return s;
  };
  // Build stage: the Debian packages, then configure, build and install.
  std::string build = runs(stages[0]);
  INFO(build);
  CHECK(Missing(BuildPackages(), AptInstalled(build)).empty());
  CHECK_THAT(build, Catch::Contains("cmake -S . -B build"));
  CHECK_THAT(build, Catch::Contains("cmake --build build"));
  CHECK_THAT(build, Catch::Contains("cmake --install build --prefix /usr/local"));
  // It copies every source folder the top CMakeLists.txt builds (tests are off).
  std::string copies;
  for (const auto& i : stages[0]) {
    if (i.keyword == "COPY") copies += i.args + "\n";
  }
  CHECK_THAT(build, Catch::Contains("-DONRECORD_BUILD_TESTS=OFF"));
  std::string cmake = ReadFile(testing::SourceDir() / "CMakeLists.txt");
  std::regex subdir("add_subdirectory\\((\\w+)\\)");
  for (auto it = std::sregex_iterator(cmake.begin(), cmake.end(), subdir); it != std::sregex_iterator(); ++it) {
    std::string d = (*it)[1];
    if (d == "tests") continue;
    // Optional folders that are skipped when absent need not be in the image.
    if (cmake.find("EXISTS ${PROJECT_SOURCE_DIR}/" + d + "/CMakeLists.txt") != std::string::npos) continue;
    CHECK_THAT(copies, Catch::Contains(d + "/"));
  }
  CHECK_THAT(copies, Catch::Contains("rules/"));
  CHECK_THAT(copies, Catch::Contains("CMakeLists.txt"));

  // Runtime stage: the binary next to ../share/onrecord/rules, and the
  // shared-library packages it links against.
  std::string runtime_copies, entry;
  for (const auto& i : stages[1]) {
    if (i.keyword == "COPY") runtime_copies += i.args + "\n";
    if (i.keyword == "ENTRYPOINT") entry = i.args;
  }
  CHECK_THAT(runtime_copies, Catch::Contains("--from=build /usr/local/bin/onrecord /usr/local/bin/onrecord"));
  CHECK_THAT(runtime_copies,
             Catch::Contains("--from=build /usr/local/share/onrecord/rules /usr/local/share/onrecord/rules"));
  CHECK(nlohmann::json::parse(entry) == nlohmann::json::array({"onrecord"}));
  std::set<std::string> runtime = AptInstalled(runs(stages[1]));
  CHECK(runtime.count("git"));  // --diff-base
  if (Sh("command -v dpkg-query >/dev/null && command -v ldd >/dev/null") == 0) {
    TempDir tmp;
    Sh("ldd " + ShellQuote(testing::Binary()) + " | awk '{print $3}' | grep / | xargs -r readlink -f | "
       "xargs -r dpkg -S 2>/dev/null | cut -d: -f1 | sort -u > " + ShellQuote((tmp / "pkgs").string()));
    std::istringstream pk(ReadFile(tmp / "pkgs"));
    std::set<std::string> linked;
    for (std::string p; pk >> p;) {
      if (p == "libc6" || p == "libgcc-s1" || p == "libstdc++6") continue;  // in the base image
      // The sanitized build (scripts/test --sanitize) links the ASan and
      // UBSan runtimes; the image is a Release build without them.
      if (testing::kSanitized && (p.rfind("libasan", 0) == 0 || p.rfind("libubsan", 0) == 0)) continue;
      linked.insert(p);
    }
    CHECK(linked.size() >= 5);
    auto missing = Missing(linked, runtime);
    for (const auto& m : missing) UNSCOPED_INFO("runtime stage lacks " << m);
    CHECK(missing.empty());
  }
}

}  // namespace
TEST_CASE("scripts/test --help prints its usage without building", "[ci_docs]") {
  TempDir dir;
  const std::string out = (dir / "help.txt").string();
  // Run from an empty folder with a build directory that does not exist:
  // --help must answer before set-up or build.
  const std::string cmd = "cd " + ShellQuote(dir.path().string()) + " && ONRECORD_BUILD_DIR=" +
                          ShellQuote((dir / "nothing").string()) + " " +
                          ShellQuote((testing::SourceDir() / "scripts/test").string()) + " --help > " + ShellQuote(out) +
                          " 2>&1";
  CHECK(Sh(cmd) == 0);
  const std::string help = ReadFile(out);
  CHECK(help.find("usage: scripts/test [--sanitize]") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir / "nothing"));
}

// On a fresh machine a script that configures CMake before installing the
// packages stops at "A required package was not found" (scripts/bench did,
// before it ran scripts/setup). Every script that configures must run
// scripts/setup first, itself or through scripts/build.
TEST_CASE("scripts: each script that configures CMake installs the packages first", "[ci_docs]") {
  size_t configuring = 0;
  for (const auto& entry : std::filesystem::directory_iterator(testing::SourceDir() / "scripts")) {
    if (!entry.is_regular_file()) continue;
    // The commands only: comments may name the scripts in any order.
    std::string text;
    std::istringstream lines(ReadFile(entry.path()));
    for (std::string line; std::getline(lines, line);) {
      const size_t first = line.find_first_not_of(" \t");
      if (first != std::string::npos && line[first] != '#') text += line + "\n";
    }
    const size_t configure = text.find("cmake -S");
    if (configure == std::string::npos) continue;
    ++configuring;
    size_t setup = text.find("scripts/setup");
    const size_t build = text.find("scripts/build");
    if (build != std::string::npos && (setup == std::string::npos || build < setup)) setup = build;
    INFO(entry.path().filename().string());
    CHECK(setup < configure);
  }
  CHECK(configuring >= 2);  // scripts/build and scripts/bench at least
  // scripts/bench measures peak memory with GNU time, which --bench installs.
  const std::string setup = ReadFile(testing::SourceDir() / "scripts/setup");
  CHECK(setup.find("--bench) packages+=(time)") != std::string::npos);
  CHECK(ReadFile(testing::SourceDir() / "scripts/bench").find("scripts/setup\" --bench") != std::string::npos);
}

// scripts/onrecord printed "ninja: no work to do." before every run, though
// scripts/build says it is quiet on success (fu25).
TEST_CASE("scripts/onrecord prints nothing of the build when there is nothing to build", "[ci_docs]") {
  const std::filesystem::path build_dir = std::filesystem::path(testing::Binary()).parent_path().parent_path();
  REQUIRE(std::filesystem::exists(build_dir / "build.ninja"));
  TempDir dir;
  const std::string out = (dir / "out.txt").string(), err = (dir / "err.txt").string();
  // Only when there is nothing to build: with a source edited since the
  // build, scripts/onrecord would rebuild the CLI that the other tests are
  // running, and while the linker writes it every process they start fails
  // ("cannot start …/onrecord: Permission denied", seven failures in one of
  // two overlapping runs, robust48). A dry run decides; then it is skipped.
  // The dry run reads a copy of build.ninja: with the file itself, ninja
  // first "re-runs" CMake (its glob check is always out of date in a dry
  // run) and stops there without saying what the build would do.
  std::string ninja = "ninja";
  {
    std::istringstream cache(ReadFile(build_dir / "CMakeCache.txt"));
    for (std::string line; std::getline(cache, line);) {
      if (line.rfind("CMAKE_MAKE_PROGRAM:", 0) == 0) ninja = line.substr(line.find('=') + 1);
    }
  }
  const std::string manifest = (dir / "dry.ninja").string();
  std::filesystem::copy_file(build_dir / "build.ninja", manifest);
  const std::string dry = (dir / "dry.txt").string();
  REQUIRE(Sh(ShellQuote(ninja) + " -C " + ShellQuote(build_dir.string()) + " -f " + ShellQuote(manifest) +
             " -n onrecord > " + ShellQuote(dry) + " 2>&1") == 0);
  if (ReadFile(dry).find("no work to do") == std::string::npos) {
    std::cout << "ONRECORD-SKIPPED: " << build_dir.string()
              << " is not up to date; scripts/onrecord would rebuild the CLI under the other tests\n";
    CHECK(std::getenv("CI") == nullptr);  // CI builds before it tests
    return;
  }
  // The launcher from the build directory, so scripts/build does not
  // configure again (which would rebuild everything) for a different one.
  const std::string cmd = "unset CMAKE_CXX_COMPILER_LAUNCHER; ONRECORD_BUILD_DIR=" + ShellQuote(build_dir.string()) + " " +
                          ShellQuote((testing::SourceDir() / "scripts/onrecord").string()) + " --version > " +
                          ShellQuote(out) + " 2> " + ShellQuote(err);
  REQUIRE(Sh(cmd) == 0);
  CHECK(ReadFile(out).rfind("onrecord ", 0) == 0);
  const std::string printed = ReadFile(err);
  INFO(printed);
  CHECK(printed.find("ninja") == std::string::npos);
  CHECK(printed.empty());
}

}  // namespace onrecord
