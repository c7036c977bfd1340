// Rules: the data that drives onrecord (rules/<lang>/<category>/<name>.yml
// plus plain-text word lists in rules/<lang>/lists/*.txt). See docs/rules.md.
//
// A RuleSet is loaded once, validated and compiled (RE2 patterns into sets),
// then immutable: one RuleSet may be shared by any number of threads.
// Loading fails with a Status naming path:line:column for an unknown key, a
// bad pattern, an unknown kind, a missing message or list, or an id used
// twice within one language.
#ifndef ONRECORD_RULES_H_
#define ONRECORD_RULES_H_

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "onrecord/status.h"

namespace onrecord {

enum class Severity { kSuggestion = 0, kWarning = 1, kError = 2 };
const char* SeverityName(Severity s);
std::optional<Severity> ParseSeverity(std::string_view name);

// What every rule file declares, whatever its kind.
struct RuleInfo {
  std::string id;         // "<category>.<name>"
  std::string language;   // "en", "de", … or "any"
  std::string kind;       // boilerplate | phrase | cue | attribution | document | metric
  std::string path;       // the file it came from
  std::string message;
  Severity level = Severity::kSuggestion;
  std::string link;       // the standard the rule encodes
  double weight = 0.0;
  std::vector<std::string> flag_examples;
  std::vector<std::string> pass_examples;
};

struct LanguagePack;  // compiled rules of one language (internal)

class RuleSet {
 public:
  // Loads every rule and list under `dir`. Cost: reads and compiles all files.
  static Result<std::shared_ptr<const RuleSet>> Load(const std::string& dir);
  // The directory of the default rules: $ONRECORD_RULES, next to the binary
  // (../share/onrecord/rules), the install prefix, or the source tree.
  static std::string DefaultDirectory(const std::string& argv0);

  // The pack for `language`; unknown languages fall back to "en".
  // The returned pointer lives as long as the RuleSet.
  const LanguagePack& Pack(std::string_view language) const;
  std::vector<std::string> Languages() const;
  bool HasLanguage(std::string_view language) const;
  const std::vector<RuleInfo>& rules() const { return rules_; }
  const RuleInfo* Find(std::string_view id, std::string_view language) const;
  // SHA-256 (hex) over every rule and list file's path and bytes.
  const std::string& hash() const { return hash_; }
  const std::string& directory() const { return directory_; }

  ~RuleSet();
  RuleSet();

 private:
  friend class RuleLoader;
  std::vector<RuleInfo> rules_;
  std::map<std::string, std::unique_ptr<LanguagePack>, std::less<>> packs_;
  std::string hash_;
  std::string directory_;
};

}  // namespace onrecord

#endif  // ONRECORD_RULES_H_
