// Rules: the data that drives onrecord (rules/<lang>/<category>/<name>.yml
// plus plain-text word lists in rules/<lang>/lists/*.txt). See docs/rules.md.
//
// A RuleSet is loaded once: every rule file of every language is read,
// parsed and validated at load (each RE2 pattern through RE2's parser), then
// the set is immutable and may be shared by any number of threads. Loading
// fails with a Status naming path:line:column for an unknown key, a bad
// pattern, an unknown kind, a missing message or list, or an id used twice
// within one language, whether or not that language is ever audited; also
// for a rule that would match nothing (`patterns: []`, a `list` with no
// entries), a list file with entries that no rule names and the engine does
// not read (engine_lists.h; a renamed list), a .txt with entries outside
// <language>/lists/, a NUL byte, and (naming the folder, line 0) a list the
// engine reads that no language defines when the folder holds grammar lists
// (docs/rules.md, "Errors a rule author can get").
// Compiling a language's patterns (its RE2 programs and the RE2::Sets that
// screen a text for all of them at once) waits until the language is first
// used: see Pack().
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
class PackBuilder;    // what the packs are compiled from (internal)

class RuleSet {
 public:
  // Loads every rule and list under `dir`. Cost: reads, parses and validates
  // every file; compiles nothing (see Pack).
  static Result<std::shared_ptr<const RuleSet>> Load(const std::string& dir);
  // The directory of the default rules: $ONRECORD_RULES, next to the binary
  // (../share/onrecord/rules), the install prefix, or the source tree.
  static std::string DefaultDirectory(const std::string& argv0);

  // The pack for `language`; unknown languages fall back to "en". The first
  // call for a language compiles its pack (tens to hundreds of milliseconds:
  // RE2 programs with large Unicode classes are the cost); later calls are a
  // lookup. Thread-safe: concurrent first calls compile once and the others
  // wait. Never fails: a pattern RE2 cannot compile within its memory budget
  // is left out of the pack and named by PackStatus(). The returned reference
  // lives as long as the RuleSet.
  const LanguagePack& Pack(std::string_view language) const;
  // Ok, or the first compile error of Pack(language) (path:line:column of the
  // pattern). Compiles the pack if it is not compiled yet.
  Status PackStatus(std::string_view language) const;
  std::vector<std::string> Languages() const;
  bool HasLanguage(std::string_view language) const;
  // For a text too short for the language detector to be sure of ("„Ja“,
  // sagte er."): the language with rules whose everyday words (its lists
  // function-words, pronouns, determiners and cues-neutral) occur most
  // often in `text`, words compared after simple lower-casing, a word of
  // speech (cues-neutral) weighing two and any other one; `prefer` wins a
  // tie. Empty when no language reaches a weight of two. When `prefer` (the
  // detector's guess) is a language without rules, the words must also read
  // as the winner's: at least two thirds of the text's short words (three
  // letters or fewer, nearly all of them everyday words in any language)
  // must be its everyday words, else the answer is empty. A language close
  // to one with rules (Dutch and German, Catalan and Spanish) shares a few
  // ("de", "die", "el"), never most. Reads the lists as loaded,
  // compiles no pack; safe to call from several threads at once.
  std::string LanguageByListWords(std::string_view text, std::string_view prefer = {}) const;
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
  struct PackSlot;  // one language: its pack, compiled on first use
  const PackSlot& Slot(std::string_view language) const;
  std::map<std::string, std::unique_ptr<PackSlot>, std::less<>> packs_;
  std::unique_ptr<PackBuilder> builder_;
  std::string hash_;
  std::string directory_;
};

}  // namespace onrecord

#endif  // ONRECORD_RULES_H_
