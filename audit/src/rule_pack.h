// Compiled rules of one language (internal). Built by RuleLoader, immutable
// afterwards and shared read-only by every worker thread.
#ifndef ONRECORD_RULE_PACK_H_
#define ONRECORD_RULE_PACK_H_

#include <re2/re2.h>
#include <re2/set.h>

#include <map>
#include <memory>
#include <string>
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
  std::vector<std::unique_ptr<RE2>> exceptions;  // a match covered by one is dropped
  bool empty() const { return patterns.empty(); }
};

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
  kOpinion,         // the anonymous source gives an opinion or attacks
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
};

// A condition-driven finding rule (attribution, document and metric kinds).
struct FindingRule {
  const RuleInfo* info = nullptr;
  std::map<std::string, std::string> when;  // condition name -> value as written
  std::string check;                        // document kind: the check's name
  std::string metric;                       // metric kind
  std::optional<double> above, below;
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
