// Compiled rules of one language (internal). Built by RuleLoader, immutable
// afterwards and shared read-only by every worker thread.
#ifndef ONRECORD_RULE_PACK_H_
#define ONRECORD_RULE_PACK_H_

#include <re2/re2.h>
#include <re2/set.h>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "onrecord/audit.h"
#include "onrecord/rules.h"

namespace onrecord {

// A compiled list of RE2 patterns with an RE2::Set to screen a text once.
struct PatternGroup {
  std::vector<std::unique_ptr<RE2>> patterns;
  std::unique_ptr<RE2::Set> set;
  std::vector<std::unique_ptr<RE2>> exceptions;  // a match overlapped by one is dropped
  bool empty() const { return patterns.empty(); }
};

using ExceptionList = std::vector<std::unique_ptr<RE2>>;

// Whether a match of any pattern in `exceptions` inside `text` overlaps the
// half-open byte range [begin, end) of `text` (an empty range: any match).
bool ExceptionOverlaps(const ExceptionList& exceptions, std::string_view text, size_t begin,
                       size_t end);

enum class BoilerplateScope { kLine, kSpan, kAdjacentLine, kDateline };

struct BoilerplateRule {
  const RuleInfo* info = nullptr;
  BoilerplateScope scope = BoilerplateScope::kLine;
  PatternGroup patterns;
};

// Roles a phrase rule can mark (design §5).
enum class PhraseRole {
  kAnonymous,       // a whole anonymous-source description
  kReason,          // why anonymity was granted
  kRequest,         // "asked not to be identified": a request, not a reason
  kAccess,          // how the source knows
  kOutreach,        // "declined to comment", "did not respond"
  kOutletAsSource,  // "X has learned", "reportedly"
  kBoilerplateReason,  // "not authorized to speak publicly"
  kOpinion,         // the content is opinion, speculation or prediction
  kAttack,          // the content is a personal or pejorative attack
  kSide,            // the source's side or motive is stated ("allies of", "a critic of")
};
const char* PhraseRoleName(PhraseRole r);

struct PhraseRule {
  const RuleInfo* info = nullptr;
  PhraseRole role = PhraseRole::kAnonymous;
  PatternGroup patterns;
};

struct CueEntry {
  std::vector<std::string> words;  // lower-cased tokens, e.g. {"according", "to"}
  CueTone tone = CueTone::kNeutral;
  const RuleInfo* rule = nullptr;
  // "according to X": the source follows the cue and the cue never follows its source.
  bool source_follows = false;
  // The cue rule's `exceptions`: a cue overlapped by a match is no cue.
  std::shared_ptr<const ExceptionList> exceptions;
};

// A condition-driven finding rule (attribution, document and metric kinds).
struct FindingRule {
  const RuleInfo* info = nullptr;
  std::map<std::string, std::string> when;  // condition name -> value as written
  std::string check;                        // document kind: the check's name
  std::string metric;                       // metric kind
  std::optional<double> above, below;
  // A finding is dropped when one matches in the sentence at the finding (or
  // anywhere in the article, for findings without a place).
  ExceptionList exceptions;
};

// A rule as written, for `onrecord rules show`.
struct RuleSource {
  const RuleInfo* info = nullptr;
  std::string yaml;        // the file's bytes
  std::string list;        // the `list` key, if any
};

struct LanguagePack {
  std::string language;
  std::vector<BoilerplateRule> boilerplate;
  std::vector<PhraseRule> phrases;
  std::vector<CueEntry> cues;
  // First lower-cased word of each cue -> indexes into `cues`, longest first.
  std::unordered_map<std::string, std::vector<size_t>> cue_index;
  std::vector<FindingRule> finding_rules;
  std::map<std::string, std::unordered_set<std::string>, std::less<>> lists;
  std::map<std::string, std::vector<std::string>, std::less<>> list_order;
  std::map<std::string, double, std::less<>> weights;  // scoring weights by rule id
  std::map<std::string, RuleSource, std::less<>> sources;  // by rule id

  // Whether the rule with `id` is in this pack (an "any" rule or the language's own).
  bool HasRule(std::string_view id) const { return sources.find(id) != sources.end(); }
  // The weight of rule `id`, or `fallback` when the pack has no such rule.
  double Weight(std::string_view id, double fallback) const {
    auto it = weights.find(id);
    return it == weights.end() ? fallback : it->second;
  }
  // Whether an exception of the cue's rule overlaps the cue at [begin, end) of `sentence`.
  bool CueExcepted(const CueEntry& cue, std::string_view sentence, size_t begin, size_t end) const {
    return cue.exceptions && ExceptionOverlaps(*cue.exceptions, sentence, begin, end);
  }

  bool InList(std::string_view list, std::string_view word) const {
    auto it = lists.find(list);
    return it != lists.end() && it->second.count(std::string(word)) > 0;
  }
  const std::vector<std::string>& List(std::string_view list) const {
    static const std::vector<std::string> kEmpty;
    auto it = list_order.find(list);
    return it == list_order.end() ? kEmpty : it->second;
  }
};

}  // namespace onrecord

#endif  // ONRECORD_RULE_PACK_H_
