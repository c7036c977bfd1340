// Project configuration for `onrecord check`: the `.onrecord.yml` file.
//
// A config file is YAML with these top-level keys (all optional):
//
//   rules: path            rules directory, relative to the config file
//   language: en           language code; empty or absent = detect
//   min_level: suggestion  findings below it are not reported
//   fail_level: error      suggestion|warning|error|none: what fails the check
//   exclude: [glob, …]     paths (relative to the config file) never checked
//   levels: {rule.id: suggestion|warning|error|off, …}
//   thresholds:            article metrics; crossing one gives a finding
//     min_transparency_index, min_named_share, min_anonymity_explained,
//     max_vague_share, max_anonymous_share, max_unattributed_quotes
//   overrides:             later entries win over earlier ones and the top level
//     - files: [glob, …]   required
//       language, min_level, levels, thresholds: as above
//
// Globs use forward slashes: `*` and `?` stay inside one path segment, `**`
// spans any number of segments, `[…]` is a character class. A pattern with
// no `/` matches the file name at any depth (as in .gitignore); one with a
// `/` matches the whole path relative to the config file's directory. A glob
// also matches everything under a directory it matches.
//
// Errors: loading fails with a Status naming path:line:column (1-based) for a
// YAML syntax error, an unknown or duplicated key, or a value of the wrong
// type or out of range. Unknown keys are never ignored.
// Thread-safety: a loaded Config is an immutable value.
#ifndef ONRECORD_CONFIG_H_
#define ONRECORD_CONFIG_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "onrecord/audit.h"
#include "onrecord/rules.h"
#include "onrecord/status.h"

namespace onrecord {

// The file name looked for when walking up from a checked file.
inline constexpr const char* kConfigFileName = ".onrecord.yml";

// Where a value was written: 1-based line and column in the config file.
struct ConfigMark {
  int line = 0;
  int column = 0;
};

// A rule's configured level; `off` drops its findings.
struct RuleLevel {
  bool off = false;
  Severity level = Severity::kWarning;  // meaningful when !off
  ConfigMark mark;                      // where the rule id was written
};

// Article thresholds; each unset one is not checked. Shares are in [0, 1].
struct Thresholds {
  std::optional<double> min_transparency_index;
  std::optional<double> min_named_share;
  std::optional<double> min_anonymity_explained;
  std::optional<double> max_vague_share;
  std::optional<double> max_anonymous_share;
  std::optional<int> max_unattributed_quotes;
};

struct ConfigOverride {
  std::vector<std::string> files;  // globs
  std::optional<std::string> language;
  ConfigMark language_mark;  // where `language` was written
  std::optional<Severity> min_level;
  std::map<std::string, RuleLevel> levels;
  Thresholds thresholds;
};

// Everything that applies to one checked file once overrides are merged.
struct FileSettings {
  std::string language;  // empty = detect
  Severity min_level = Severity::kSuggestion;
  std::map<std::string, RuleLevel> levels;
  Thresholds thresholds;
};

struct Config {
  std::string path;        // the config file ("" for the built-in defaults)
  std::string directory;   // its directory; globs and `rules` are relative to it
  std::string rules;       // absolute or relative to `directory`; empty = default
  ConfigMark rules_mark;   // where `rules` was written
  std::string language;
  ConfigMark language_mark;
  std::optional<Severity> min_level;
  // fail_level: unset = not given; a value of nullopt inside = "none".
  std::optional<std::optional<Severity>> fail_level;
  std::vector<std::string> exclude;
  std::map<std::string, RuleLevel> levels;
  Thresholds thresholds;
  std::vector<ConfigOverride> overrides;

  // The rules directory with `directory` applied, or "" when not set.
  std::string RulesDirectory() const;
  // True when `path` (as given on the command line) lies under `directory`
  // and an `exclude` glob matches it.
  bool Excluded(const std::string& path) const;
  // The settings for `path`: top level, then each matching override in order.
  FileSettings ForPath(const std::string& path) const;
};

// Parses config text; `path` is used in messages and to set `directory`.
Result<Config> ParseConfig(std::string_view yaml, const std::string& path);
// Reads and parses a config file.
Result<Config> LoadConfig(const std::string& path);
// Reads and parses a config file, collecting every error in it (each at its
// line:column; a file that cannot be read, is not UTF-8 or not YAML gives
// one). Returns what was read from the values without an error; `errors`
// gets nothing when LoadConfig would succeed.
Config LoadConfigAllErrors(const std::string& path, std::vector<Status>* errors);
// The nearest `.onrecord.yml` in `start_dir` or one of its parents, or "".
// Whatever is at that name counts (a directory, a dangling symbolic link):
// LoadConfig then reports why it cannot be read.
std::string FindConfig(const std::string& start_dir);

// Glob matching as described above. `path` uses forward slashes and is
// relative (no leading "./").
bool GlobMatch(std::string_view pattern, std::string_view path);

// Every language the config names (top level and overrides), with where.
std::vector<std::pair<std::string, ConfigMark>> MentionedLanguages(const Config& config);

// Ids of the findings that thresholds produce (their default level is error).
inline constexpr const char* kThresholdRulePrefix = "threshold.";

// Applies `settings` to an audit's findings: drops rules set to `off`,
// re-levels the others, and adds one finding per crossed threshold (rule
// `threshold.<metric>`, placed at the article's first byte). Findings below
// min_level are kept; the caller filters them. An article with no
// attribution and no quote crosses no threshold.
std::vector<Finding> ApplySettings(const AuditResult& result, const FileSettings& settings);

// Every rule id the config files mention in `levels` (for validation against
// the loaded RuleSet), with where it was written.
std::vector<std::pair<std::string, ConfigMark>> MentionedRules(const Config& config);

// The name of `known` closest to a misspelt `key` (at most two edits away),
// for a "did you mean" hint; empty when none is that close.
std::string ClosestName(const std::string& key, const std::vector<std::string>& known);

// The commented starter config that `onrecord init` writes.
std::string StarterConfig();

}  // namespace onrecord

#endif  // ONRECORD_CONFIG_H_
