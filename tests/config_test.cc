// .onrecord.yml: parsing, errors with path:line:column, globs, discovery,
// overrides and applying levels and thresholds to findings.
#include "onrecord/config.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include "test_util.h"

namespace onrecord {
namespace {

using testing::TempDir;
using testing::WriteFile;

TEST_CASE("config: every key is read", "[config]") {
  auto c = ParseConfig(R"(rules: ../newsroom-rules
language: en
min_level: warning
fail_level: warning
exclude: ["archive/**", "*.min.html"]
levels:
  attribution.loaded-cue: error
  attribution.vague-anonymous: off
thresholds:
  min_transparency_index: 0.5
  max_vague_share: 0.25
  max_unattributed_quotes: 0
overrides:
  - files: "opinion/**"
    language: de
    min_level: error
    levels: {attribution.loaded-cue: suggestion}
    thresholds: {min_transparency_index: 0.2}
)",
                       "/srv/desk/.onrecord.yml");
  REQUIRE(c.ok());
  const Config& cfg = c.value();
  CHECK(cfg.directory == "/srv/desk");
  CHECK(cfg.RulesDirectory() == "/srv/newsroom-rules");
  CHECK(cfg.language == "en");
  CHECK(cfg.min_level == Severity::kWarning);
  REQUIRE(cfg.fail_level.has_value());
  CHECK(*cfg.fail_level == std::optional<Severity>(Severity::kWarning));
  CHECK(cfg.exclude == std::vector<std::string>{"archive/**", "*.min.html"});
  CHECK(cfg.levels.at("attribution.vague-anonymous").off);
  CHECK(cfg.levels.at("attribution.loaded-cue").level == Severity::kError);
  CHECK(cfg.levels.at("attribution.loaded-cue").mark.line == 7);
  CHECK(cfg.levels.at("attribution.loaded-cue").mark.column == 3);
  CHECK(*cfg.thresholds.min_transparency_index == Approx(0.5));
  CHECK(*cfg.thresholds.max_vague_share == Approx(0.25));
  CHECK(*cfg.thresholds.max_unattributed_quotes == 0);
  REQUIRE(cfg.overrides.size() == 1);
  CHECK(cfg.overrides[0].files == std::vector<std::string>{"opinion/**"});

  FileSettings plain = cfg.ForPath("/srv/desk/news/port.md");
  CHECK(plain.language == "en");
  CHECK(plain.min_level == Severity::kWarning);
  CHECK(plain.levels.at("attribution.loaded-cue").level == Severity::kError);
  CHECK(*plain.thresholds.min_transparency_index == Approx(0.5));

  FileSettings opinion = cfg.ForPath("/srv/desk/opinion/column.md");
  CHECK(opinion.language == "de");
  CHECK(opinion.min_level == Severity::kError);
  CHECK(opinion.levels.at("attribution.loaded-cue").level == Severity::kSuggestion);
  CHECK(opinion.levels.at("attribution.vague-anonymous").off);  // inherited
  CHECK(*opinion.thresholds.min_transparency_index == Approx(0.2));
  CHECK(*opinion.thresholds.max_vague_share == Approx(0.25));  // inherited

  CHECK(cfg.Excluded("/srv/desk/archive/2019/old.md"));
  CHECK(cfg.Excluded("/srv/desk/web/page.min.html"));
  CHECK_FALSE(cfg.Excluded("/srv/desk/web/page.html"));
  CHECK_FALSE(cfg.Excluded("/elsewhere/archive/x.md"));  // outside the config's folder
}

TEST_CASE("config: fail_level none and an empty file", "[config]") {
  auto none = ParseConfig("fail_level: none\n", "c.yml");
  REQUIRE(none.ok());
  REQUIRE(none->fail_level.has_value());
  CHECK_FALSE(none->fail_level->has_value());
  auto empty = ParseConfig("# nothing but a comment\n", "c.yml");
  REQUIRE(empty.ok());
  CHECK_FALSE(empty->fail_level.has_value());
  CHECK(empty->levels.empty());
}

struct BadConfig {
  const char* yaml;
  int line;
  int column;
  const char* says;
};

TEST_CASE("config: errors name path:line:column", "[config]") {
  const BadConfig cases[] = {
      {"language: en\nfail_levle: warning\n", 2, 1, "unknown key 'fail_levle' in the config (did you mean 'fail_level'?)"},
      {"language: en\ncolour: red\n", 2, 1, "unknown key 'colour'"},
      {"min_level: loud\n", 1, 12, "'min_level' must be suggestion, warning or error, not 'loud'"},
      {"fail_level: sometimes\n", 1, 13, "'fail_level' must be suggestion, warning, error or none"},
      {"levels:\n  attribution.loaded-cue: silent\n", 2, 27, "must be suggestion, warning, error or off"},
      {"thresholds:\n  min_transparency_index: 1.5\n", 2, 27, "must be a number from 0 to 1"},
      {"thresholds:\n  max_vague: 0.5\n", 2, 3, "unknown key 'max_vague' in thresholds"},
      {"thresholds:\n  max_unattributed_quotes: -1\n", 2, 28, "whole number"},
      {"language: en\nlanguage: de\n", 2, 1, "duplicate key 'language'"},
      {"overrides:\n  - language: de\n", 2, 5, "an override needs 'files'"},
      {"overrides:\n  - files: ['*.md']\n    fail_level: none\n", 3, 5, "unknown key 'fail_level' in an override"},
      {"exclude: {a: b}\n", 1, 10, "'exclude' must be a glob or a list of globs"},
      {"levels: [a, b]\n", 1, 9, "'levels' must map rule ids"},
      {"language: [en\n", 1, 11, "invalid YAML"},  // at the "[" never closed
      // yaml-cpp takes an unclosed quote to the end of the file: here it
      // swallowed the fail_level line, and a CI check passed.
      {"language: \"en\nfail_level: warning\n", 1, 11, "unclosed quote"},
      {"exclude:\n  - 'drafts/*\n", 2, 5, "unclosed quote"},
      {"- just\n- a list\n", 1, 1, "the config must be a mapping"},
      // Regression: invalid UTF-8 was reported as "the config must be a mapping".
      {"\xff\xfe: x\n", 1, 1, "invalid UTF-8 (a config file must be UTF-8)"},
      {"language: en\nexclude: ['caf\xc3']\n", 2, 15, "invalid UTF-8"},
  };
  for (const auto& c : cases) {
    INFO(c.yaml);
    auto r = ParseConfig(c.yaml, "desk/.onrecord.yml");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().path() == "desk/.onrecord.yml");
    CHECK(r.status().line() == c.line);
    CHECK(r.status().column() == c.column);
    CHECK_THAT(r.status().message(), Catch::Contains(c.says));
  }
}

TEST_CASE("config: glob matching", "[config]") {
  struct Case {
    const char* pattern;
    const char* path;
    bool match;
  };
  const Case cases[] = {
      {"*.md", "a.md", true},
      {"*.md", "drafts/deep/a.md", true},  // no slash: any depth
      {"*.md", "a.mdx", false},
      {"drafts/*.md", "drafts/a.md", true},
      {"drafts/*.md", "drafts/x/a.md", false},
      {"drafts/**/*.md", "drafts/a.md", true},
      {"drafts/**/*.md", "drafts/x/y/a.md", true},
      {"**/*.html", "web/a.html", true},
      {"archive/**", "archive/2019/a.md", true},
      {"archive", "archive/2019/a.md", true},  // a directory name covers its files
      {"archive/", "archive/a.md", true},
      {"/drafts/a.md", "drafts/a.md", true},
      {"dr?fts/a.md", "drafts/a.md", true},
      {"draft[0-9].md", "draft7.md", true},
      {"draft[!0-9].md", "draft7.md", false},
      {"draft[!0-9].md", "draftx.md", true},
      {"*", "anything/at/all.txt", true},
      {"news/*", "opinion/a.md", false},
  };
  for (const auto& c : cases) {
    INFO(c.pattern << " vs " << c.path);
    CHECK(GlobMatch(c.pattern, c.path) == c.match);
  }
}

TEST_CASE("config: found by walking up from the file", "[config]") {
  TempDir tmp;
  WriteFile(tmp / "desk/.onrecord.yml", "language: en\n");
  WriteFile(tmp / "desk/drafts/politics/a.md", "x\n");
  WriteFile(tmp / "other/b.md", "x\n");
  CHECK(FindConfig((tmp / "desk/drafts/politics").string()) == (tmp / "desk/.onrecord.yml").string());
  CHECK(FindConfig((tmp / "desk").string()) == (tmp / "desk/.onrecord.yml").string());
  // A nearer file wins.
  WriteFile(tmp / "desk/drafts/.onrecord.yml", "language: de\n");
  CHECK(FindConfig((tmp / "desk/drafts/politics").string()) ==
        (tmp / "desk/drafts/.onrecord.yml").string());
  std::string other = FindConfig((tmp / "other").string());
  CHECK(other.find(tmp.path().string()) == std::string::npos);  // none inside the temp tree
  auto loaded = LoadConfig((tmp / "desk/drafts/.onrecord.yml").string());
  REQUIRE(loaded.ok());
  CHECK(loaded->language == "de");
  auto missing = LoadConfig((tmp / "nope.yml").string());
  CHECK_FALSE(missing.ok());
}

TEST_CASE("config: levels turn rules off or re-level them, thresholds add findings", "[config]") {
  const std::string text =
      "Talks on the harbor expansion have stalled, people familiar with the matter said.\n\n"
      "Budget cuts are coming, sources said.\n";
  AuditResult r = testing::AuditText(text);
  auto count = [](const std::vector<Finding>& v, const std::string& rule) {
    return std::count_if(v.begin(), v.end(), [&](const Finding& f) { return f.rule == rule; });
  };
  REQUIRE(count(r.findings, "attribution.vague-anonymous") > 0);

  FileSettings none;
  CHECK(ApplySettings(r, none).size() == r.findings.size());

  FileSettings off;
  off.levels["attribution.vague-anonymous"].off = true;
  CHECK(count(ApplySettings(r, off), "attribution.vague-anonymous") == 0);

  FileSettings relevel;
  relevel.levels["attribution.vague-anonymous"].level = Severity::kError;
  for (const auto& f : ApplySettings(r, relevel)) {
    if (f.rule == "attribution.vague-anonymous") CHECK(f.level == Severity::kError);
  }

  FileSettings strict;
  strict.thresholds.min_transparency_index = 0.9;
  strict.thresholds.max_vague_share = 0.1;
  strict.thresholds.min_named_share = 0.5;
  auto out = ApplySettings(r, strict);
  REQUIRE(count(out, "threshold.transparency-index") == 1);
  REQUIRE(count(out, "threshold.vague-share") == 1);
  REQUIRE(count(out, "threshold.named-share") == 1);
  for (const auto& f : out) {
    if (f.rule.rfind("threshold.", 0) == 0) {
      CHECK(f.level == Severity::kError);
      CHECK(f.location.line == 1);
      CHECK_THAT(f.message, Catch::Contains("configured"));
    }
  }
  strict.levels["threshold.vague-share"].level = Severity::kWarning;
  strict.levels["threshold.named-share"].off = true;
  out = ApplySettings(r, strict);
  CHECK(count(out, "threshold.named-share") == 0);
  for (const auto& f : out) {
    if (f.rule == "threshold.vague-share") CHECK(f.level == Severity::kWarning);
  }

  FileSettings lenient;
  lenient.thresholds.min_transparency_index = 0.0;
  lenient.thresholds.max_vague_share = 1.0;
  CHECK(count(ApplySettings(r, lenient), "threshold.transparency-index") == 0);
  CHECK(count(ApplySettings(r, lenient), "threshold.vague-share") == 0);

  // An article without attributions or quotes crosses no threshold.
  AuditResult empty = testing::AuditText("The weather was mild on Tuesday.\n");
  CHECK(count(ApplySettings(empty, strict), "threshold.transparency-index") == 0);
}

TEST_CASE("config: the unattributed-quotes threshold counts one quote in the singular", "[config]") {
  AuditResult r = testing::AuditText("Talks stalled on Monday.\n\n“We will not pay for any of this.”\n");
  REQUIRE(r.score.unattributed_quotes == 1);
  FileSettings strict;
  strict.thresholds.max_unattributed_quotes = 0;
  auto out = ApplySettings(r, strict);
  auto it = std::find_if(out.begin(), out.end(),
                         [](const Finding& f) { return f.rule == "threshold.unattributed-quotes"; });
  REQUIRE(it != out.end());
  CHECK(it->message == "1 unattributed quote; the configured maximum is 0");
}

TEST_CASE("config: the starter config parses and names real rules", "[config]") {
  auto c = ParseConfig(StarterConfig(), "/tmp/x/.onrecord.yml");
  REQUIRE(c.ok());
  CHECK(c->fail_level.has_value());
  CHECK(c->thresholds.min_transparency_index.has_value());
  // The language is left to detection: a live "language: en" read every
  // draft of a multilingual desk with the English rules.
  CHECK(c->language.empty());
  for (const auto& [id, mark] : MentionedRules(c.value())) {
    INFO(id);
    CHECK(testing::DefaultRules().Find(id, "en") != nullptr);
  }
}

}  // namespace
}  // namespace onrecord

TEST_CASE("config: quoted values with escaped quotes are closed", "[config]") {
  auto r = onrecord::ParseConfig("exclude: ['it''s/*', \"a\\\"b/*\"]\nlanguage: 'en'\n", "desk/.onrecord.yml");
  REQUIRE(r.ok());
  CHECK(r.value().language == "en");
  CHECK(r.value().exclude.size() == 2);
}
