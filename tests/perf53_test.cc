// Output-identical speed work of the forty-fifth round (branch perf53,
// docs/performance.md): a cue rule's exception patterns are no longer
// compiled one by one when its pack is built. The exception screen's sets
// are built then instead, within the budget of one pattern's own program,
// so a set that compiles vouches for each of its patterns; a list whose
// sets cannot be built has its patterns compiled one by one as before.
#include <catch2/catch.hpp>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <re2/re2.h>

#include "exception_screen_util.h"
#include "rule_pack.h"
#include "test_util.h"

using namespace onrecord;
using onrecord::testing::MakePattern;
using onrecord::testing::MatchingOneByOne;
using onrecord::testing::OverlapsEverywhere;
using onrecord::testing::SourceDir;
using onrecord::testing::TempDir;
using onrecord::testing::WriteFile;

namespace {

// A letter and then `n` letters or digits, case-insensitive: a program of
// about 1,350 RE2 instructions per repetition, so the size is chosen by `n`.
std::string LetterRun(int n) { return "(\\pL)[\\pL\\pN]{" + std::to_string(n) + "}"; }

// A copy of the rules with one more German cue rule whose exceptions are
// `exceptions` (YAML list items, one a line from line 6).
std::filesystem::path RulesWithGermanCueExceptions(const TempDir& dir, const std::vector<std::string>& exceptions) {
  std::filesystem::copy(SourceDir() / "rules", dir / "rules", std::filesystem::copy_options::recursive);
  std::string yaml = "kind: cue\ntone: loaded\nlist: cues-loaded\nmessage: m\nexceptions:\n";
  for (const auto& e : exceptions) yaml += "  - '" + e + "'\n";
  WriteFile(dir / "rules/de/cue/wide.yml", yaml);
  return dir / "rules";
}

}  // namespace

TEST_CASE("perf53: a cue exception too large to compile is still its pack's error, at its line and column",
          "[perf53]") {
  TempDir dir;
  const auto rules_dir = RulesWithGermanCueExceptions(dir, {"\\bsagte\\s+leise\\b", LetterRun(600)});
  auto loaded = RuleSet::Load(rules_dir.string());
  REQUIRE(loaded.ok());  // it parses: only compiling it fails
  auto rules = loaded.value();
  CHECK(rules->PackStatus("en").ok());
  const Status s = rules->PackStatus("de");
  REQUIRE_FALSE(s.ok());
  INFO(s.ToString());
  CHECK(s.path().find("de/cue/wide.yml") != std::string::npos);
  CHECK(s.line() == 7);
  CHECK(s.column() == 5);
  CHECK(s.message().find("bad exception pattern: ") == 0);
  CHECK(s.message().find("pattern too large") != std::string::npos);
}

TEST_CASE("perf53: a cue exception that compiles alone but not in a set leaves the pack sound", "[perf53]") {
  TempDir dir;
  const auto rules_dir = RulesWithGermanCueExceptions(dir, {"\\bsagte\\s+leise\\b", LetterRun(100)});
  auto loaded = RuleSet::Load(rules_dir.string());
  REQUIRE(loaded.ok());
  auto rules = loaded.value();
  CHECK(rules->PackStatus("de").ok());
  // The rule's screen could not be built; its patterns are run one by one.
  bool found = false;
  for (const CueEntry& cue : rules->Pack("de").cues) {
    if (cue.rule == nullptr || cue.rule->id != "cue.wide" || !cue.exception_screen) continue;
    found = true;
    CHECK(cue.exception_screen->SetCount() == 0);
    for (const auto& ex : *cue.exceptions) CHECK(ex->ok());
    break;
  }
  CHECK(found);
}

TEST_CASE("perf53: an exception set's budget is one pattern's own program's", "[perf53]") {
  // This pattern compiles alone (two thirds of RE2's default 8 MiB for its
  // program) and would fit a set given the whole 8 MiB; the screen's set
  // is held to the pattern's share and refuses it.
  const PatternRef wide = MakePattern(LetterRun(100));
  REQUIRE(wide->ok());
  const ExceptionList list = {MakePattern(R"(\bsaid\s+to\s+be\b)"), wide};
  const ExceptionScreen screen(list);
  CHECK(screen.SetCount() == 0);
  // Without a set the answers are still each pattern's own.
  const std::string text = "The ferry is said to be the oldest in the fleet.";
  std::vector<int> which;
  CHECK_FALSE(screen.Matching(text, &which));
  CHECK(MatchingOneByOne(list, text) == std::vector<int>{0});
  CHECK(OverlapsEverywhere(ExceptionMatches(list, text, &screen), text) ==
        OverlapsEverywhere(ExceptionMatches(list, text), text));
  // A list of small patterns keeps its set.
  const ExceptionList small = {MakePattern(R"(\bsaid\s+to\s+be\b)"), MakePattern(R"(\btime\s+will\s+tell\b)")};
  CHECK(ExceptionScreen(small).SetCount() == 1);
}

TEST_CASE("perf53: a set that compiles vouches for every pattern in it", "[perf53]") {
  // Lists of growing patterns, with capturing groups (which a set does not
  // compile and a pattern alone does): wherever the screen's sets compile,
  // every pattern compiles alone.
  for (int n : {1, 10, 40, 70, 100, 200, 300, 400}) {
    INFO("n = " << n);
    ExceptionList list = {MakePattern("((a)(b)(c))+" + LetterRun(n)), MakePattern("(x)(y)(z)" + LetterRun(n / 2 + 1))};
    const ExceptionScreen screen(list);
    if (screen.SetCount() > 0) {
      for (const auto& ex : list) CHECK(ex->ok());
    }
    if (n <= 10) CHECK(screen.SetCount() > 0);
  }
}

TEST_CASE("perf53: every cue exception list of the rules keeps its screen and compiles", "[perf53]") {
  // The shipped rules take the fast path in every language: each cue
  // rule's screen has its sets, and each of its patterns compiles alone.
  const RuleSet& rules = onrecord::testing::DefaultRules();
  size_t screens = 0;
  for (const char* lang : {"en", "de", "fr", "es", "it", "pt", "ru", "ja", "zh"}) {
    INFO(lang);
    const LanguagePack& pack = rules.Pack(lang);
    REQUIRE(pack.status.ok());
    const ExceptionScreen* last = nullptr;
    for (const CueEntry& cue : pack.cues) {
      if (!cue.exception_screen || cue.exception_screen.get() == last) continue;
      last = cue.exception_screen.get();
      ++screens;
      CHECK(cue.exception_screen->SetCount() > 0);
      for (const auto& ex : *cue.exceptions) CHECK(ex->ok());
    }
  }
  CHECK(screens >= 3);
}

