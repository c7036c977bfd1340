// Language packs compiled on first use (RuleSet::Pack): validation stays
// eager, compilation waits for the language, packs are shared by threads;
// and the screening sets (RuleScreen) that scan a text once for all of a
// pack's patterns.
#include <catch2/catch.hpp>

#include <optional>
#include <thread>

#include "onrecord/report.h"
#include "rule_pack.h"
#include "test_util.h"

using namespace onrecord;
using namespace onrecord::testing;

namespace {

const char* kEnglish = "corpus/en_003_club-manager-sources-say.txt";
const char* kGerman = "corpus/de_008_geburtsstation-altmoor.txt";

// The audit of a corpus file as JSON text, with a given rule set.
std::string AuditJson(const RuleSet& rules, const char* rel) {
  auto loaded = LoadPath((SourceDir() / rel).string(), LoadOptions{}, rel);
  REQUIRE(loaded.size() == 1);
  REQUIRE(loaded[0].document);
  auto r = Audit(*loaded[0].document, rules, AuditOptions{});
  REQUIRE(r.ok());
  return AuditToJson(r.value()).dump();
}

std::shared_ptr<const RuleSet> LoadOrFail(const std::filesystem::path& dir) {
  auto r = RuleSet::Load(dir.string());
  if (!r.ok()) FAIL(r.status().ToString());
  return r.value();
}

}  // namespace

TEST_CASE("a German article audited after an English one is audited as on its own", "[rules][packs]") {
  auto fresh = LoadOrFail(SourceDir() / "rules");
  const std::string german_alone = AuditJson(*fresh, kGerman);
  auto shared = LoadOrFail(SourceDir() / "rules");
  const std::string english = AuditJson(*shared, kEnglish);
  const std::string german_after = AuditJson(*shared, kGerman);
  CHECK(german_after == german_alone);
  CHECK(german_after.find("\"language\":\"de\"") != std::string::npos);
  CHECK(english.find("\"language\":\"en\"") != std::string::npos);
  // The same pack object every time.
  CHECK(&shared->Pack("de") == &shared->Pack("de"));
  CHECK(shared->PackStatus("de").ok());
}

TEST_CASE("a bad pattern in a language no article uses is still a load error", "[rules][packs]") {
  TempDir dir;
  std::filesystem::copy(SourceDir() / "rules", dir / "rules", std::filesystem::copy_options::recursive);
  WriteFile(dir / "rules/it/phrase/broken.yml",
            "kind: phrase\nrole: access\nmessage: m\npatterns:\n  - 'che ha visto'\n  - 'chi (ha'\n");
  auto r = RuleSet::Load((dir / "rules").string());
  REQUIRE_FALSE(r.ok());
  INFO(r.status().ToString());
  CHECK(r.status().path().find("it/phrase/broken.yml") != std::string::npos);
  CHECK(r.status().line() == 6);
  CHECK(r.status().column() == 5);
  CHECK(r.status().message().find("bad pattern") != std::string::npos);
  // The same for an exception pattern of a finding rule.
  std::filesystem::remove(dir / "rules/it/phrase/broken.yml");
  WriteFile(dir / "rules/pt/attribution/broken.yml",
            "kind: attribution\nmessage: m\nwhen: {anonymous: true}\nexceptions:\n  - '[z-a]'\n");
  r = RuleSet::Load((dir / "rules").string());
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().line() == 5);
  CHECK(r.status().message().find("bad exception pattern") != std::string::npos);
}

TEST_CASE("a pattern too large to compile is reported by its pack only", "[rules][packs]") {
  // RE2 parses this (1000 copies of every letter) but cannot compile it
  // within its memory budget: nothing fails at load, the German pack names
  // the pattern when it is compiled, and the English pack is unaffected.
  TempDir dir;
  std::filesystem::copy(SourceDir() / "rules", dir / "rules", std::filesystem::copy_options::recursive);
  WriteFile(dir / "rules/de/phrase/huge.yml",
            "kind: phrase\nrole: access\nmessage: m\npatterns:\n  - 'kurz'\n  - '[\\pL\\pN]{1000}'\n");
  auto rules = LoadOrFail(dir / "rules");
  CHECK(rules->PackStatus("en").ok());
  CHECK_FALSE(AuditJson(*rules, kEnglish).empty());
  Status s = rules->PackStatus("de");
  REQUIRE_FALSE(s.ok());
  INFO(s.ToString());
  CHECK(s.path().find("de/phrase/huge.yml") != std::string::npos);
  CHECK(s.line() == 6);
  CHECK(s.column() == 5);
  CHECK(s.message().find("pattern too large") != std::string::npos);
  // An article in that language is refused with the same error.
  auto loaded = LoadPath((SourceDir() / kGerman).string(), LoadOptions{}, kGerman);
  REQUIRE(loaded[0].document);
  auto r = Audit(*loaded[0].document, *rules, AuditOptions{});
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().path() == s.path());
}

TEST_CASE("threads that need the same pack first compile it once and agree", "[rules][packs]") {
  auto reference = LoadOrFail(SourceDir() / "rules");
  const std::string german = AuditJson(*reference, kGerman);
  const std::string english = AuditJson(*reference, kEnglish);
  auto rules = LoadOrFail(SourceDir() / "rules");
  constexpr int kThreads = 4;
  std::vector<const LanguagePack*> packs(kThreads);
  std::vector<std::string> outputs(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      packs[static_cast<size_t>(t)] = &rules->Pack("de");
      auto loaded = LoadPath((SourceDir() / (t % 2 ? kEnglish : kGerman)).string(), LoadOptions{},
                             t % 2 ? kEnglish : kGerman);
      auto r = Audit(*loaded[0].document, *rules, AuditOptions{});
      if (r.ok()) outputs[static_cast<size_t>(t)] = AuditToJson(r.value()).dump();
    });
  }
  for (auto& th : threads) th.join();
  for (int t = 0; t < kThreads; ++t) {
    CHECK(packs[static_cast<size_t>(t)] == packs[0]);
    CHECK(outputs[static_cast<size_t>(t)] == (t % 2 ? english : german));
  }
}

TEST_CASE("a rule screen names each matching pattern of each rule once, in order", "[rules][packs]") {
  auto pattern = [](const std::string& p, bool case_sensitive) {
    RE2::Options o;
    o.set_log_errors(false);
    o.set_case_sensitive(case_sensitive);
    return PatternRef(std::make_shared<const LazyPattern>(p, o));
  };
  PatternGroup first, second, none;
  first.patterns = {pattern("said", false), pattern("\\bSources?\\b", true)};
  second.patterns = {pattern("^Read more", true), pattern("familiar with", false), pattern("said", true)};
  RuleScreen screen;
  REQUIRE(screen.Build({&first, &none, &second}));
  std::vector<RuleScreen::Hit> hits;
  screen.Match("SOURCES SAID people familiar with it", &hits);
  REQUIRE(hits.size() == 2);
  CHECK((hits[0].rule == 0 && hits[0].pattern == 0 && hits[0].sure));
  CHECK((hits[1].rule == 2 && hits[1].pattern == 1));
  screen.Match("Read more: Sources said", &hits);
  REQUIRE(hits.size() == 4);
  CHECK((hits[0].rule == 0 && hits[0].pattern == 0));
  CHECK((hits[1].rule == 0 && hits[1].pattern == 1));
  CHECK((hits[2].rule == 2 && hits[2].pattern == 0));
  CHECK((hits[3].rule == 2 && hits[3].pattern == 2));
  screen.Match("nothing here", &hits);
  CHECK(hits.empty());
}

TEST_CASE("the English boilerplate screen decides ASCII lines and leaves the rest to the rules' patterns",
          "[rules][packs]") {
  // The screen holds widened patterns (ScreenPattern): the byline's letter
  // classes are exact on ASCII only, the credit line's ".{1,200}" is
  // unbounded; where the screen is not exact its hit is a candidate.
  const LanguagePack& pack = DefaultRules().Pack("en");
  auto hit_of = [&](const std::string& line, const std::string& rule) -> std::optional<RuleScreen::Hit> {
    std::vector<RuleScreen::Hit> hits;
    pack.boilerplate_screen.Match(line, &hits);
    for (const auto& h : hits) {
      if (pack.boilerplate[h.rule].info->id == rule) return h;
    }
    return std::nullopt;
  };
  auto own_pattern_matches = [&](const std::string& line, const RuleScreen::Hit& h) {
    return RE2::PartialMatch(line, *pack.boilerplate[h.rule].patterns.patterns[h.pattern]);
  };
  auto ascii_byline = hit_of("By Jane Doe", "boilerplate.byline");
  REQUIRE(ascii_byline);
  CHECK(ascii_byline->sure);
  auto byline = hit_of("By Łucja Nowak", "boilerplate.byline");
  REQUIRE(byline);
  CHECK_FALSE(byline->sure);
  CHECK(own_pattern_matches("By Łucja Nowak", *byline));
  auto credit = hit_of("Reporting by Jane Doe; Editing by Sam Lee", "boilerplate.credit-line");
  REQUIRE(credit);
  CHECK_FALSE(credit->sure);
  CHECK(own_pattern_matches("Reporting by Jane Doe; Editing by Sam Lee", *credit));
  // A candidate the rule's own pattern turns down: too long for ".{1,200}".
  const std::string long_credit = "Reporting by " + std::string(250, 'x');
  auto too_long = hit_of(long_credit, "boilerplate.credit-line");
  REQUIRE(too_long);
  CHECK_FALSE(too_long->sure);
  CHECK_FALSE(own_pattern_matches(long_credit, *too_long));
  // The clean stage masks by the rules' own patterns, as before.
  AuditResult r = AuditText("By Łucja Nowak\n\nThe mayor said the bridge would open in May.\n\n" + long_credit + "\n");
  std::vector<std::string> masked;
  for (const auto& m : r.masked) masked.push_back(m.rule);
  CHECK(masked == std::vector<std::string>{"boilerplate.byline"});
}

TEST_CASE("every pack's screens agree with its rules' own patterns", "[rules][packs]") {
  // Each block of the corpus, screened once, gives exactly the patterns
  // that match on their own, each once (so the pipeline's results cannot
  // depend on the screen).
  const RuleSet& rules = DefaultRules();
  for (const auto& entry : std::filesystem::directory_iterator(SourceDir() / "corpus")) {
    if (entry.path().extension() != ".txt") continue;
    const std::string name = entry.path().filename().string();
    const LanguagePack& pack = rules.Pack(name.substr(0, 2));
    const std::string text = ReadFile(entry.path());
    size_t start = 0;
    while (start < text.size()) {
      size_t nl = text.find('\n', start);
      if (nl == std::string::npos) nl = text.size();
      std::string_view line(text.data() + start, nl - start);
      start = nl + 1;
      auto check = [&](const RuleScreen& screen, auto rule_patterns, size_t rules_count) {
        std::vector<RuleScreen::Hit> hits;
        screen.Match(line, &hits);
        std::vector<std::pair<uint32_t, uint32_t>> expected, got;
        for (size_t r = 0; r < rules_count; ++r) {
          const auto& patterns = rule_patterns(r);
          for (size_t p = 0; p < patterns.size(); ++p) {
            if (RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), *patterns[p])) {
              expected.emplace_back(static_cast<uint32_t>(r), static_cast<uint32_t>(p));
            }
          }
        }
        for (const auto& h : hits) {
          // A candidate the screen did not decide is run on its own, as the stages do.
          if (h.sure || RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), *rule_patterns(h.rule)[h.pattern])) {
            got.emplace_back(h.rule, h.pattern);
          }
        }
        INFO(name << ": " << line);
        CHECK(got == expected);
      };
      check(pack.boilerplate_screen, [&](size_t r) -> const auto& { return pack.boilerplate[r].patterns.patterns; },
            pack.boilerplate.size());
      check(pack.phrase_screen, [&](size_t r) -> const auto& { return pack.phrases[r].patterns.patterns; },
            pack.phrases.size());
    }
  }
}

TEST_CASE("every shipped pattern compiles to a small program so start-up stays cheap", "[rules][packs]") {
  // RE2 copies a character class once per repetition: [\pL .-]{1,40} is 40
  // copies of every letter range of Unicode, some 60,000 instructions and
  // 60 ms to compile, paid by every process that audits the language. The
  // shipped rules bound words ("( [\pL.-]+){0,4}") or use ASCII classes
  // where ASCII is what the line holds (English month names, wire codes).
  constexpr int kMaxProgram = 30000;
  const RuleSet& rules = DefaultRules();
  int total_en = 0;
  for (const char* lang : {"en", "de", "fr", "es", "it", "pt", "ru", "zh", "ja"}) {
    const LanguagePack& pack = rules.Pack(lang);
    auto check = [&](const PatternGroup& group, const std::string& id) {
      for (const auto& p : group.patterns) {
        const int size = p->ProgramSize();
        INFO(lang << " " << id << ": " << p.lazy().pattern());
        CHECK(size < kMaxProgram);
        if (std::string(lang) == "en") total_en += size;
      }
    };
    for (const auto& r : pack.boilerplate) check(r.patterns, r.info->id);
    for (const auto& r : pack.phrases) check(r.patterns, r.info->id);
  }
  // Every English boilerplate and phrase pattern together: the screening
  // sets compile about this much when the first English article comes.
  INFO("English total " << total_en);
  CHECK(total_en < 150000);
}

TEST_CASE("exception matches found once answer every range as a fresh scan does", "[rules][packs]") {
  // ExceptionMatches serves the cues of a long sentence from one pass; a
  // fresh scan per cue was quadratic (100,000 cues in one sentence took
  // minutes once cue.neutral had an exception).
  ExceptionList exceptions;
  RE2::Options opts;
  for (const char* pattern : {"(?i)\\bcontinues?\\s+to\\b", "said to be( a)?", "x*" /* empty matches too */}) {
    exceptions.emplace_back(std::make_shared<LazyPattern>(pattern, opts));
  }
  const std::string text = "He continues to say it. She is said to be a critic; they continue to. xx said";
  ExceptionMatches matches(exceptions, text);
  for (size_t b = 0; b <= text.size(); ++b) {
    for (size_t e = b; e <= text.size(); ++e) {
      INFO(b << " " << e);
      CHECK(matches.Overlaps(b, e) == ExceptionOverlaps(exceptions, text, b, e));
    }
  }
  ExceptionList none;
  CHECK_FALSE(ExceptionMatches(none, text).Overlaps(0, 0));
}
