// Compiled rules of one language (internal). Built from the loaded rules the
// first time an article of the language is audited (RuleSet::Pack), immutable
// afterwards and shared read-only by every worker thread.
#ifndef ONRECORD_RULE_PACK_H_
#define ONRECORD_RULE_PACK_H_

#include <re2/re2.h>
#include <re2/set.h>

#include <cstdint>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "onrecord/audit.h"
#include "onrecord/rules.h"

namespace onrecord {

// One pattern of a rule, compiled on first use: a language pack that no
// article uses costs no compilation, and a pattern the pack's screening set
// answers for (a whole-line boilerplate pattern) is compiled only if
// something asks for its match positions. Thread-safe: the first caller
// compiles, concurrent callers wait for it. Patterns are checked by RE2's
// parser when the rules are loaded, so compiling can only fail when RE2
// cannot fit the program in its memory budget (then the RE2 is not ok() and
// matches nothing; the pack reports it, see LanguagePack::status).
class LazyPattern {
 public:
  LazyPattern(std::string pattern, const RE2::Options& options)
      : pattern_(std::move(pattern)), options_(options) {}
  const RE2& get() const {
    std::call_once(once_, [this] { re_ = std::make_unique<RE2>(pattern_, options_); });
    return *re_;
  }
  const std::string& pattern() const { return pattern_; }
  const RE2::Options& options() const { return options_; }

 private:
  std::string pattern_;
  RE2::Options options_;
  mutable std::once_flag once_;
  mutable std::unique_ptr<RE2> re_;
};

// A shared handle to a LazyPattern (packs of several languages share one
// compiled pattern): `*p` and `p->` give the compiled RE2.
class PatternRef {
 public:
  PatternRef() = default;
  explicit PatternRef(std::shared_ptr<const LazyPattern> re) : re_(std::move(re)) {}
  const RE2& operator*() const { return re_->get(); }
  const RE2* operator->() const { return &re_->get(); }
  const LazyPattern& lazy() const { return *re_; }

 private:
  std::shared_ptr<const LazyPattern> re_;
};

using ExceptionList = std::vector<PatternRef>;

// Whether any pattern of an exception list can match in a text, answered
// by one RE2::Set pass over all of them (compiled on first use, then
// read-only; thread-safe), so that a text none of them matches in (nearly
// every sentence) is scanned once instead of once per pattern. MayMatch is
// false only when the set ran and found no pattern matching; when the set
// did not compile or its DFA gave up it is true, and the caller runs the
// patterns themselves as before.
class ExceptionScreen {
 public:
  explicit ExceptionScreen(ExceptionList exceptions) : exceptions_(std::move(exceptions)) {}
  bool MayMatch(std::string_view text) const;
  // Which patterns match somewhere in `text`: fills `which` with their
  // indexes into the list, ascending (empty when none does), from the same
  // set pass as MayMatch, which reads a text nothing matches in to its end
  // either way. Returns false when the set cannot answer (it did not
  // compile, or its DFA gave up on this text); the caller then runs every
  // pattern. ExceptionMatches runs only the patterns named here.
  bool Matching(std::string_view text, std::vector<int>* which) const;
  // How many RE2::Set the screen runs over a text (after building them; 0
  // when it cannot answer): one per case sensitivity in use, and in a list
  // of kWindowSplitMin patterns or more a second one for the patterns with
  // a word window (HasWordWindow).
  size_t SetCount() const;

  // A list this long puts its word-window patterns in a set of their own.
  // A DFA state of one set over all of a list's patterns holds the live
  // threads of every pattern at once, and a word window after a frequent
  // word ("a", "another", "that") keeps threads alive for the next few
  // words; the sentences keep leading the set into states it has not met,
  // and each such step costs RE2 work in proportion to the threads the
  // state holds (under its write lock). Two smaller sets make those steps
  // cheaper; a second set is also a second scan of the text, which in a
  // short list costs more than it saves (perf48 in docs/performance.md
  // has the counts).
  static constexpr size_t kWindowSplitMin = 24;

 private:
  void Build() const;
  ExceptionList exceptions_;
  mutable std::once_flag once_;
  mutable std::vector<std::unique_ptr<RE2::Set>> sets_;  // one per case sensitivity in use
  mutable std::vector<std::vector<int>> owner_;           // per set: set index -> list index
  mutable bool usable_ = false;
};

// Whether a pattern holds a word window: a group that ends in a repeated
// class and `\s+` and is itself optional or counted, as in
// "(?:[\w-]+\s+){0,4}?" or "(?:\w+\s+)?" (a run of up to so many words of
// any spelling). Read from the pattern's text; a pattern it misreads only
// lands in the other set of its ExceptionScreen (the same answers).
bool HasWordWindow(std::string_view pattern);

// Which of a rule's own patterns match somewhere in a text, one pattern at a
// time (`onrecord rules test` and the benchmark use it; the pipeline screens
// all of a pack's rules at once with a RuleScreen).
class PatternScreen {
 public:
  explicit PatternScreen(std::vector<PatternRef> patterns) : patterns_(std::move(patterns)) {}
  // Fills `hits` with the indexes of the patterns that match in `text`, in
  // ascending order; returns whether there is any.
  bool Match(std::string_view text, std::vector<int>* hits) const {
    hits->clear();
    re2::StringPiece piece(text.data(), text.size());
    for (size_t i = 0; i < patterns_.size(); ++i) {
      if (RE2::PartialMatch(piece, *patterns_[i])) hits->push_back(static_cast<int>(i));
    }
    return !hits->empty();
  }

 private:
  std::vector<PatternRef> patterns_;
};

// A rule's patterns (`patterns` and its `list`) and exceptions.
struct PatternGroup {
  std::vector<PatternRef> patterns;
  std::unique_ptr<PatternScreen> set;  // over `patterns`; set when there are patterns
  ExceptionList exceptions;            // a match overlapped by one is dropped
  std::shared_ptr<const ExceptionScreen> exception_screen;  // over `exceptions`, when there are any
  bool empty() const { return patterns.empty(); }
};

// Whether a match of any pattern in `exceptions` inside `text` overlaps the
// half-open byte range [begin, end) of `text` (an empty range: any match).
bool ExceptionOverlaps(const ExceptionList& exceptions, std::string_view text, size_t begin,
                       size_t end);

// Every match of an exception list in one text, found in one pass, for
// callers that ask about many ranges of the same text (each cue of a
// sentence): ExceptionOverlaps rescans the text at every call, which is
// quadratic in a long sentence with many cues. Overlaps(begin, end) answers
// as ExceptionOverlaps(exceptions, text, begin, end) would.
class ExceptionMatches {
 public:
  // With `screen` (built from the same list), a text it rules out is not
  // scanned pattern by pattern: it holds no match.
  ExceptionMatches(const ExceptionList& exceptions, std::string_view text,
                   const ExceptionScreen* screen = nullptr);
  bool Overlaps(size_t begin, size_t end) const;

 private:
  std::vector<std::pair<size_t, size_t>> spans_;  // non-empty matches, by begin
  std::vector<size_t> max_end_;                   // max_end_[i]: the largest end of spans_[0..i]
  std::vector<size_t> empty_at_;                  // empty matches, sorted
};

// How a screening set's entry stands for its pattern (ScreenPattern).
enum class ScreenFit : uint8_t {
  kExact,         // the pattern as written
  kExactOnAscii,  // a wider pattern that matches exactly where it does in a text of ASCII only
  kCandidate,     // a wider pattern: each hit is a candidate the pattern itself confirms
};

// The pattern a screening set holds for `pattern`, cheaper to compile and
// matching at least wherever `pattern` matches: outside negated classes, a
// Unicode letter class (\pL, \p{L}, \p{Lu}, \p{Ll}) becomes its ASCII
// letters and every non-ASCII character (the same class on ASCII text:
// kExactOnAscii), and a counted repetition with an upper bound of 32 or
// more loses that bound ("x{0,300}" -> "x{0,}": kCandidate). RE2 copies a
// class once per repetition, so "[\pL.'-]*(\s+[\p{Lu}][\pL.'-]*){0,3}" and
// ".{1,200}" are programs of many thousand instructions; the English
// boilerplate screen took about 250 M instructions to compile as written,
// 25 M widened. `*fit` says how the result stands for `pattern`; a pattern
// the function cannot read safely (\Q...\E) comes back as it is (kExact).
std::string ScreenPattern(std::string_view pattern, ScreenFit* fit);

// Screens a text once for every pattern of a list of rules (a pack's
// boilerplate rules, or its phrase rules): one RE2::Set holds all their
// patterns (a case-sensitive one wrapped in "(?-i:...)" in the
// case-insensitive set; only one the wrapping cannot carry, \Q...\E, goes
// into a second, case-sensitive set), so a line or a sentence is scanned
// once whatever the number of rules, and only the rules the set names are
// run. Immutable after Build; Match is thread-safe.
class RuleScreen {
 public:
  struct Hit {
    uint32_t rule = 0;     // index into the screened rules
    uint32_t pattern = 0;  // index into that rule's `patterns`
    // The set saw the pattern match. When false the set could not answer
    // (it did not compile, or its DFA ran out of memory on this text) and
    // the caller must run the pattern itself.
    bool sure = true;
    friend bool operator<(const Hit& x, const Hit& y) {
      return x.rule != y.rule ? x.rule < y.rule : x.pattern < y.pattern;
    }
  };
  // The patterns of `groups[i]` are rule i's. A null group has no
  // patterns; a group not `screened[i]` (when given) stays out of the sets
  // and its patterns are named as candidates for every text. (The packs
  // screen every rule: a dateline rule, whose pattern runs anyway on the
  // lines it may match, ran on every line of an article when it was left
  // out.) Returns false when a set does not compile (its patterns become
  // candidates).
  // With `widen`, the sets hold ScreenPattern's wider patterns: a hit of a
  // widened pattern is sure only where it is exact (kExactOnAscii on a text
  // of ASCII only), else a candidate whose rule runs its own pattern.
  bool Build(const std::vector<const PatternGroup*>& groups, const std::vector<bool>& screened = {},
             bool widen = false);
  // Every (rule, pattern) whose pattern matches somewhere in `text`, sorted
  // by rule, then pattern. Cost: one pass of each set over `text`.
  void Match(std::string_view text, std::vector<Hit>* hits) const;
  bool empty() const { return parts_.empty() && unscreened_.empty(); }
  // How many RE2::Sets a Match runs over the text (one pass each).
  size_t passes() const { return parts_.size(); }

 private:
  struct Part {
    std::unique_ptr<RE2::Set> set;
    std::vector<Hit> owner;     // set index -> pattern
    std::vector<ScreenFit> fit;  // set index -> how its entry stands for the pattern
  };
  std::vector<Part> parts_;
  std::vector<Hit> unscreened_;  // not in a set: always candidates
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
  std::shared_ptr<const ExceptionScreen> exception_screen;  // over `exceptions`, when there are any
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
  std::string lemmas;      // a cue rule's `lemmas` key, if any
};

// A key with its StringHash already computed, for looking one word up in
// many sets: the attribute stage hashes a token's key once per spelling of
// the article, not once per WordSet it asks (`hash` must be
// StringHash{}(key), or the lookup can miss).
struct HashedKey {
  std::string_view key;
  size_t hash = 0;
};
inline bool operator==(const HashedKey& k, const std::string& s) { return k.key == s; }

// The first step of the word hashes (WordBits, and the attribution
// stage's table of an article's spellings): `s`'s whole eight-byte words
// mixed into a seed of its length. Sets `*consumed` to the bytes used; each
// caller mixes in the last 0-7 its own way.
inline uint64_t HashWholeWords(std::string_view s, size_t* consumed) {
  uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t v;
    std::memcpy(&v, s.data() + i, 8);
    h = (h ^ v) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
  }
  *consumed = i;
  return h;
}

// The word hash of WordBits and StringHash: HashWholeWords, then the last
// 0-7 bytes one by one (a memcpy of a variable size is a call), mixed.
// Inline: the keys are short (list words, list names), and a call of
// std::hash's _Hash_bytes cost more than the hashing (perf41).
inline uint64_t WordHash(std::string_view s) {
  size_t i = 0;
  uint64_t h = HashWholeWords(s, &i);
  uint64_t v = 0;
  for (; i < s.size(); ++i) v = (v << 8) | static_cast<unsigned char>(s[i]);
  h = (h ^ v) * 0xC4CEB9FE1A85EC53ull;
  return h ^ (h >> 29);
}

// Hashing for string-keyed sets looked up by std::string_view without
// building a std::string (C++20 heterogeneous lookup), or by a HashedKey
// without hashing again. WordHash, not std::hash (perf41): nothing may
// depend on the order in which such a set is iterated.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const noexcept { return static_cast<size_t>(WordHash(s)); }
  size_t operator()(const HashedKey& k) const noexcept { return k.hash; }
};
using WordSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

// Words with 64 bits each (LanguagePack::list_bits), looked up without
// building a string: an open-addressed table of hashes, offsets into one
// buffer of the words, and bits, probed through a separate array of 32-bit
// tags (32 KB for 8,192 slots: it stays in cache). The attribute stage asks
// it about every token, and most tokens are in no list: such a lookup reads
// one hash of the word and a tag or two.
// Built once (Add), then read-only: safe to read from any number of threads.
class WordBits {
 public:
  // Sets `bits` for `word` (or-ed into the bits it already has).
  void Add(std::string_view word, uint64_t bits);
  // The bits of `word`, 0 when it was never added.
  uint64_t Find(std::string_view word) const {
    if (slots_.empty()) return 0;
    const uint64_t h = Hash(word);
    const uint32_t tag = Tag(h);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      if (tags_[i] == 0) return 0;
      if (tags_[i] != tag) continue;
      const Slot& slot = slots_[i];
      if (slot.hash == h && slot.size == word.size() &&
          std::memcmp(words_.data() + slot.offset, word.data(), word.size()) == 0) {
        return slot.bits;
      }
    }
  }
  size_t size() const { return count_; }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint64_t bits = 0;  // 0: an empty slot (Add never stores 0)
    uint32_t offset = 0, size = 0;
  };
  static uint64_t Hash(std::string_view s) { return WordHash(s); }
  // A slot's tag: the high half of its hash, never 0 (0 marks an empty slot).
  static uint32_t Tag(uint64_t h) { return static_cast<uint32_t>(h >> 32) | 1u; }
  void Grow();
  std::string words_;
  std::vector<uint32_t> tags_;  // parallel to slots_
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t count_ = 0;
};

// A list of "word:g" entries ("she:f", "jane:f") added to `table` as word
// -> the byte after the entry's last colon (an entry without one, or with
// nothing after it, is skipped); the list's first entry for a word wins.
void AddGenderEntries(const std::vector<std::string>& list, WordBits* table);
// The gender byte AddGenderEntries gave `word` ('f', 'm'), 0 when none.
inline char GenderIn(const WordBits& table, std::string_view word) {
  return static_cast<char>(static_cast<unsigned char>(table.Find(word)));
}

struct LanguagePack {
  std::string language;
  std::vector<BoilerplateRule> boilerplate;
  std::vector<PhraseRule> phrases;
  std::vector<CueEntry> cues;
  // First lower-cased word of each cue -> indexes into `cues`, longest first.
  std::unordered_map<std::string, std::vector<size_t>> cue_index;
  std::vector<FindingRule> finding_rules;
  // Word lists by name (rules/<lang>/lists/<name>.txt): each entry as
  // written and lower-cased.
  std::unordered_map<std::string, WordSet, StringHash, std::equal_to<>> lists;
  // Every word of the lists word_lists.h numbers, and every first word of
  // a cue, with its bits: bit `ListId` for each of those lists that holds
  // the word, bit kCueFirstWordBit for a cue's first word (see ListBits).
  WordBits list_bits;
  // Lists gender-words and given-names by word (AddGenderEntries; read
  // with GenderIn), built with the pack: the attribute stage built tables
  // of them once per article.
  WordBits word_gender, given_gender;
  std::map<std::string, std::vector<std::string>, std::less<>> list_order;
  std::map<std::string, double, std::less<>> weights;  // scoring weights by rule id
  std::map<std::string, RuleSource, std::less<>> sources;  // by rule id
  // `boilerplate` and `phrases` screened at once (see RuleScreen).
  RuleScreen boilerplate_screen;
  RuleScreen phrase_screen;
  // Ok, or the first pattern of this pack that RE2 parsed at load but could
  // not compile (path:line:column); Audit refuses the pack's articles then.
  Status status;

  // Whether the rule with `id` is in this pack (an "any" rule or the language's own).
  bool HasRule(std::string_view id) const { return sources.find(id) != sources.end(); }
  // The weight of rule `id`, or `fallback` when the pack has no such rule.
  double Weight(std::string_view id, double fallback) const {
    auto it = weights.find(id);
    return it == weights.end() ? fallback : it->second;
  }

  // Whether `word` (as given: callers pass keys) is in the word list `list`.
  // Two hashes, no allocation: the attribute stage asks this for nearly every token.
  bool InList(std::string_view list, std::string_view word) const {
    auto it = lists.find(list);
    return it != lists.end() && it->second.find(word) != it->second.end();
  }
  // The word list `list` (empty when the pack has none), for callers that
  // look it up many times.
  const WordSet& Words(std::string_view list) const {
    static const WordSet kEmpty;
    auto it = lists.find(list);
    return it == lists.end() ? kEmpty : it->second;
  }
  // The bits of `word` in `list_bits` (0 for a word in none of those
  // lists): one lookup for every list word_lists.h numbers.
  uint64_t ListBits(std::string_view word) const {
    return list_bits.Find(word);
  }
  const std::vector<std::string>& List(std::string_view list) const {
    static const std::vector<std::string> kEmpty;
    auto it = list_order.find(list);
    return it == list_order.end() ? kEmpty : it->second;
  }
};

}  // namespace onrecord

#endif  // ONRECORD_RULE_PACK_H_
