// README.md: the sample command it gives prints every line the README shows
// (lines left out are marked "…"), and the commands it lists exist.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <set>
#include <sstream>

#include "test_util.h"

namespace onrecord {
namespace {

using testing::ReadFile;
using testing::RunCli;
using testing::SourceDir;

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// The fenced block right after `heading`.
std::string BlockAfter(const std::string& md, const std::string& heading) {
  size_t h = md.find(heading);
  REQUIRE(h != std::string::npos);
  size_t open = md.find("\n```", h);
  REQUIRE(open != std::string::npos);
  size_t body = md.find('\n', open + 1) + 1;
  size_t close = md.find("\n```", body);
  REQUIRE(close != std::string::npos);
  return md.substr(body, close - body + 1);
}

// Regression: the README showed a quote attributed to "her members (wanted)"
// long after the audit had learnt to give it to "Delia Marchetti (told)".
TEST_CASE("README: the sample command prints the lines the README shows", "[readme][docs]") {
  const std::string readme = ReadFile(SourceDir() / "README.md");
  // The quick start names the sample article; the report shows its output.
  const std::string sample = "corpus/en_001_harbor-strike-scraped.txt";
  CHECK(readme.find("scripts/onrecord audit " + sample) != std::string::npos);
  auto ran = RunCli({"audit", sample}, {}, SourceDir().string());
  REQUIRE(ran.exit_code == 0);
  std::vector<std::string> out = Lines(ran.out);
  std::set<std::string> printed(out.begin(), out.end());
  size_t shown = 0;
  for (const auto& line : Lines(BlockAfter(readme, "## What the report shows"))) {
    if (line == "\xE2\x80\xA6") continue;  // "…": lines left out
    INFO("README line: " << line);
    CHECK(printed.count(line) == 1);
    ++shown;
  }
  CHECK(shown >= 10);
}

// Regression: scripts/onrecord's usage comment named
// corpus/en_001_harbor-talks-scraped.txt; the file is …harbor-strike-….
TEST_CASE("every corpus file that README.md, docs/ and scripts/ name exists", "[readme][docs]") {
  std::vector<std::filesystem::path> files = {SourceDir() / "README.md"};
  for (const char* dir : {"docs", "scripts"}) {
    for (const auto& e : std::filesystem::recursive_directory_iterator(SourceDir() / dir)) {
      if (e.is_regular_file()) files.push_back(e.path());
    }
  }
  const std::regex named(R"(corpus/[A-Za-z0-9_./-]+\.(txt|md|json|jsonl|html))");
  size_t checked = 0;
  for (const auto& f : files) {
    const std::string text = ReadFile(f);
    for (std::sregex_iterator m(text.begin(), text.end(), named), end; m != end; ++m) {
      INFO(f.filename().string() << " names " << m->str());
      CHECK(std::filesystem::exists(SourceDir() / m->str()));
      ++checked;
    }
  }
  CHECK(checked >= 3);
}

TEST_CASE("README: every command in its table answers --help", "[readme][docs]") {
  const std::string readme = ReadFile(SourceDir() / "README.md");
  for (const char* command : {"audit", "check", "init", "ingest", "compare", "clean", "rules", "eval"}) {
    INFO(command);
    CHECK(readme.find(std::string("| `onrecord ") + command) != std::string::npos);
    CHECK(RunCli({command, "--help"}).exit_code == 0);
  }
}

TEST_CASE("an unknown command is named as such, with the commands there are", "[readme][cli]") {
  for (const std::vector<std::string>& args : {std::vector<std::string>{"frobnicate", "x.txt"},
                                               std::vector<std::string>{"--rules", "rules", "audits"}}) {
    auto r = RunCli(args);
    INFO(args.front());
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("unknown command '" + args[args.size() == 2 ? 0 : 2] + "'") != std::string::npos);
    CHECK(r.err.find("audit, check") != std::string::npos);
  }
  // No command at all is still the parser's own message.
  auto none = RunCli({});
  CHECK(none.exit_code == 2);
  CHECK(none.err.find("unknown command") == std::string::npos);
}

}  // namespace
}  // namespace onrecord
