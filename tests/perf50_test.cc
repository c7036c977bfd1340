// Branch perf50 (issue #8, speed): the rule files' YAML is read on a few
// threads while the word lists are read, and the rules are then checked in
// path order as before (YamlPreloader in rules.cc). These cases pin what that
// must keep: a folder of many rule files loads to the same rules, and when
// several files are wrong the error reported is the first in path order,
// at its own line and column, whichever thread read which file.
#include <catch2/catch.hpp>

#include <string>

#include "onrecord/rules.h"
#include "test_util.h"

using namespace onrecord;
using namespace onrecord::testing;

namespace {

// Enough files that the loader starts its reading threads (16 a thread).
constexpr int kFiles = 96;

std::string Name(int i) {
  std::string n = std::to_string(i);
  return std::string(3 - n.size(), '0') + n;
}

std::string GoodRule(int i) {
  return "kind: phrase\nrole: access\nmessage: 'a briefing, number " + std::to_string(i) +
         "'\npatterns: ['who attended the briefing number " + std::to_string(i) + "']\n";
}

// kFiles good phrase rules, en/phrase/r000.yml …; `replace` gives other
// bytes for some of them.
void WriteRules(const TempDir& dir, const std::vector<std::pair<int, std::string>>& replace = {}) {
  for (int i = 0; i < kFiles; ++i) {
    std::string bytes = GoodRule(i);
    for (const auto& [at, other] : replace) {
      if (at == i) bytes = other;
    }
    WriteFile(dir / ("en/phrase/r" + Name(i) + ".yml"), bytes);
  }
}

}  // namespace

TEST_CASE("perf50: a folder of many rule files loads every rule", "[perf50]") {
  TempDir dir;
  WriteRules(dir);
  auto r = RuleSet::Load(dir.path().string());
  REQUIRE(r.ok());
  CHECK((*r)->rules().size() == static_cast<size_t>(kFiles));
  for (int i = 0; i < kFiles; ++i) {
    const RuleInfo* info = (*r)->Find("phrase.r" + Name(i), "en");
    REQUIRE(info != nullptr);
    CHECK(info->message == "a briefing, number " + std::to_string(i));
  }
  // The pack is built from what the threads read.
  CHECK((*r)->PackStatus("en").ok());
}

TEST_CASE("perf50: of two YAML syntax errors the first file's is reported", "[perf50]") {
  TempDir dir;
  // An unclosed flow sequence at r017, a tab-indented key at r081.
  WriteRules(dir, {{17, "kind: phrase\nrole: access\nmessage: m\npatterns: ['who attended'\n"},
                   {81, "kind: phrase\nrole: access\n\tmessage: m\npatterns: ['x']\n"}});
  auto r = RuleSet::Load(dir.path().string());
  REQUIRE_FALSE(r.ok());
  INFO(r.status().ToString());
  CHECK(r.status().path().find("r017.yml") != std::string::npos);
  CHECK(r.status().message().find("YAML syntax") == 0);
  CHECK(r.status().line() >= 4);
}

TEST_CASE("perf50: a rule error before a later file's YAML error is the one reported", "[perf50]") {
  TempDir dir;
  // r005 parses but lacks its kind; r090 does not parse.
  WriteRules(dir, {{5, "role: access\nmessage: m\npatterns: ['who attended']\n"},
                   {90, "kind: phrase\nrole: access\nmessage: m\npatterns: ['who attended'\n"}});
  auto r = RuleSet::Load(dir.path().string());
  REQUIRE_FALSE(r.ok());
  INFO(r.status().ToString());
  CHECK(r.status().path().find("r005.yml") != std::string::npos);
  CHECK(r.status().message() == "missing key 'kind'");
}

TEST_CASE("perf50: a YAML error in the last file is reported at its line and column", "[perf50]") {
  TempDir dir;
  WriteRules(dir, {{kFiles - 1, "kind: phrase\nrole: access\nmessage: &m 'a'\npatterns: ['x']\nlink: *m\n"}});
  auto r = RuleSet::Load(dir.path().string());
  REQUIRE_FALSE(r.ok());
  INFO(r.status().ToString());
  CHECK(r.status().path().find("r" + Name(kFiles - 1) + ".yml") != std::string::npos);
  CHECK(r.status().message().find("YAML aliases") != std::string::npos);
  CHECK(r.status().line() == 5);
  CHECK(r.status().column() == 7);
}
