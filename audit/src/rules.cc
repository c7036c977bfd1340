// Rule loading, validation and compilation (see onrecord/rules.h, docs/rules.md).
#include "onrecord/rules.h"

#include "onrecord/file.h"
#include "onrecord/text.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <unistd.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>
#include <unordered_map>

#include "conjugate.h"
#include "engine_lists.h"
#include "parse_check.h"
#include "rule_pack.h"
#include "sha256.h"
#include "word_lists.h"
#include "yaml_check.h"

namespace fs = std::filesystem;

namespace onrecord {

const char* SeverityName(Severity s) {
  switch (s) {
    case Severity::kSuggestion: return "suggestion";
    case Severity::kWarning: return "warning";
    case Severity::kError: return "error";
  }
  return "suggestion";
}

std::optional<Severity> ParseSeverity(std::string_view name) {
  if (name == "suggestion") return Severity::kSuggestion;
  if (name == "warning") return Severity::kWarning;
  if (name == "error") return Severity::kError;
  return std::nullopt;
}

const char* PhraseRoleName(PhraseRole r) {
  switch (r) {
    case PhraseRole::kAnonymous: return "anonymous";
    case PhraseRole::kReason: return "reason";
    case PhraseRole::kRequest: return "request";
    case PhraseRole::kAccess: return "access";
    case PhraseRole::kOutreach: return "outreach";
    case PhraseRole::kOutletAsSource: return "outlet-as-source";
    case PhraseRole::kBoilerplateReason: return "boilerplate-reason";
    case PhraseRole::kOpinion: return "opinion";
    case PhraseRole::kAttack: return "attack";
    case PhraseRole::kSide: return "side";
  }
  return "anonymous";
}

namespace {

// Calls f(begin, end) for every match of `ex` in `text` (an empty match
// advances one byte) until f returns true; returns whether it did.
template <typename F>
bool ForEachPatternMatch(const PatternRef& ex, std::string_view text, F&& f) {
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m;
  size_t pos = 0;
  while (pos <= text.size() && ex->Match(input, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
    size_t mb = static_cast<size_t>(m.data() - text.data());
    size_t me = mb + m.size();
    if (f(mb, me)) return true;
    pos = me > mb ? me : mb + 1;
  }
  return false;
}

// Calls f(begin, end) for every match of every pattern of `exceptions` in
// `text` (an empty match advances one byte) until f returns true.
template <typename F>
void ForEachExceptionMatch(const ExceptionList& exceptions, std::string_view text, F&& f) {
  for (const auto& ex : exceptions) {
    if (ForEachPatternMatch(ex, text, f)) return;
  }
}

}  // namespace

bool ExceptionOverlaps(const ExceptionList& exceptions, std::string_view text, size_t begin,
                       size_t end) {
  bool found = false;
  ForEachExceptionMatch(exceptions, text, [&](size_t mb, size_t me) {
    found = begin >= end || (mb < end && begin < me) || (me == mb && mb == begin);
    return found;
  });
  return found;
}

bool HasWordWindow(std::string_view pattern) {
  static constexpr std::string_view kEnd = "+\\s+)";
  for (size_t at = pattern.find(kEnd); at != std::string_view::npos; at = pattern.find(kEnd, at + 1)) {
    const size_t next = at + kEnd.size();
    if (next < pattern.size() && (pattern[next] == '?' || pattern[next] == '{')) return true;
  }
  return false;
}

// Room in an exception set's budget for the instructions of one capturing
// group (see ExceptionSetBudget).
static constexpr int64_t kExceptionSetBytesPerGroup = 128;

// The max_mem of an exception list's RE2::Set such that, when the set
// compiles, every pattern of it compiles alone as an RE2 whose options
// have `pattern_max_mem`.
static int64_t ExceptionSetBudget(int64_t pattern_max_mem, const std::vector<std::string_view>& patterns) {
  // RE2 gives two thirds of an RE2's max_mem to its forward program and
  // allows a program as many instructions as that share holds at 8 bytes
  // each; a set allows as many as its whole max_mem holds, and then needs
  // room for its DFA too. A set of patterns holds every instruction of
  // each pattern but their captures: RE2::Set never captures, where a
  // pattern compiled alone spends two instructions on each capturing
  // group. Every '(' is counted as a group, with room for 16 instructions
  // (kExceptionSetBytesPerGroup), well over the two it can cost.
  int64_t opens = 0;
  for (std::string_view p : patterns) opens += static_cast<int64_t>(std::count(p.begin(), p.end(), '('));
  const int64_t budget = pattern_max_mem * 2 / 3 - opens * kExceptionSetBytesPerGroup;
  return std::max<int64_t>(budget, 1);
}

void ExceptionScreen::Build() const {
  std::call_once(once_, [this] {
    // The patterns as compiled one by one (LazyPattern): RE2's options
    // with one case sensitivity each; a set per sensitivity in use, and in
    // a long list one more per sensitivity for the word-window patterns.
    usable_ = true;
    const bool split = exceptions_.size() >= kWindowSplitMin;
    std::vector<bool> window(exceptions_.size(), false);
    if (split) {
      for (size_t i = 0; i < exceptions_.size(); ++i) window[i] = HasWordWindow(exceptions_[i].lazy().pattern());
    }
    for (int part = 0; part < 4; ++part) {
      const bool case_sensitive = part % 2 == 1;
      const bool windows = part >= 2;
      if (windows && !split) break;
      RE2::Options opts;
      opts.set_log_errors(false);
      opts.set_case_sensitive(case_sensitive);
      // The set's memory budget: what the forward program of an RE2 of
      // any one of its patterns may take, less room for two instructions
      // per '(' of the set (ExceptionSetBudget). A set that compiles then
      // vouches for each of its patterns compiled alone, and the pack
      // skips compiling them one by one (PackBuilder::Build).
      int64_t budget = -1;
      std::vector<std::string_view> members;
      for (size_t i = 0; i < exceptions_.size(); ++i) {
        const RE2::Options& o = exceptions_[i].lazy().options();
        if (o.case_sensitive() != case_sensitive || window[i] != windows) continue;
        budget = budget < 0 ? o.max_mem() : std::min(budget, o.max_mem());
        members.push_back(exceptions_[i].lazy().pattern());
      }
      if (members.empty()) continue;
      opts.set_max_mem(ExceptionSetBudget(budget, members));
      auto set = std::make_unique<RE2::Set>(opts, RE2::UNANCHORED);
      std::vector<int> owner;
      for (size_t i = 0; i < exceptions_.size(); ++i) {
        const auto& ex = exceptions_[i];
        const RE2::Options& o = ex.lazy().options();
        if (o.case_sensitive() != case_sensitive || window[i] != windows) continue;
        RE2::Options same = o;
        same.set_case_sensitive(case_sensitive);
        // Any other option would make the set read the pattern differently.
        if (same.encoding() != opts.encoding() || same.posix_syntax() != opts.posix_syntax() ||
            same.longest_match() != opts.longest_match() || same.literal() != opts.literal() ||
            same.never_nl() != opts.never_nl() || same.dot_nl() != opts.dot_nl() ||
            same.never_capture() != opts.never_capture() || same.perl_classes() != opts.perl_classes() ||
            same.word_boundary() != opts.word_boundary() || same.one_line() != opts.one_line()) {
          usable_ = false;
          return;
        }
        std::string error;
        const int index = set->Add(ex.lazy().pattern(), &error);
        if (index < 0) {
          usable_ = false;
          return;
        }
        if (static_cast<size_t>(index) != owner.size()) {  // RE2 numbers a set's patterns 0, 1, …
          usable_ = false;
          return;
        }
        owner.push_back(static_cast<int>(i));
      }
      if (owner.empty()) continue;
      if (!set->Compile()) {
        usable_ = false;
        return;
      }
      sets_.push_back(std::move(set));
      owner_.push_back(std::move(owner));
    }
  });
}

size_t ExceptionScreen::SetCount() const {
  Build();
  return usable_ ? sets_.size() : 0;
}

bool ExceptionScreen::MayMatch(std::string_view text) const {
  Build();
  if (!usable_) return true;
  re2::StringPiece piece(text.data(), text.size());
  for (const auto& set : sets_) {
    RE2::Set::ErrorInfo info{RE2::Set::kNoError};
    if (set->Match(piece, nullptr, &info) || info.kind != RE2::Set::kNoError) return true;
  }
  return false;
}

bool ExceptionScreen::Matching(std::string_view text, std::vector<int>* which) const {
  Build();
  which->clear();
  if (!usable_) return false;
  re2::StringPiece piece(text.data(), text.size());
  std::vector<int> hits;
  for (size_t s = 0; s < sets_.size(); ++s) {
    RE2::Set::ErrorInfo info{RE2::Set::kNoError};
    const bool any = sets_[s]->Match(piece, &hits, &info);
    if (info.kind != RE2::Set::kNoError) return false;
    if (!any) continue;
    for (int h : hits) {
      if (h < 0 || static_cast<size_t>(h) >= owner_[s].size()) return false;
      which->push_back(owner_[s][static_cast<size_t>(h)]);
    }
  }
  std::sort(which->begin(), which->end());
  return true;
}

ExceptionMatches::ExceptionMatches(const ExceptionList& exceptions, std::string_view text,
                                   const ExceptionScreen* screen) {
  auto keep = [&](size_t mb, size_t me) {
    if (me == mb) {
      empty_at_.push_back(mb);
    } else {
      spans_.emplace_back(mb, me);
    }
    return false;
  };
  // The screen names the patterns that match (none, in nearly every
  // sentence); only those are run for their positions.
  std::vector<int> which;
  if (screen && screen->Matching(text, &which)) {
    for (int i : which) ForEachPatternMatch(exceptions[static_cast<size_t>(i)], text, keep);
  } else {
    ForEachExceptionMatch(exceptions, text, keep);
  }
  std::sort(spans_.begin(), spans_.end());
  std::sort(empty_at_.begin(), empty_at_.end());
  max_end_.reserve(spans_.size());
  for (const auto& [b, e] : spans_) max_end_.push_back(max_end_.empty() ? e : std::max(max_end_.back(), e));
}

bool ExceptionMatches::Overlaps(size_t begin, size_t end) const {
  if (begin >= end) return !spans_.empty() || !empty_at_.empty();
  if (std::binary_search(empty_at_.begin(), empty_at_.end(), begin)) return true;
  // The spans that start before `end`; one of them reaching past `begin` overlaps.
  auto it = std::lower_bound(spans_.begin(), spans_.end(), std::make_pair(end, size_t{0}));
  if (it == spans_.begin()) return false;
  return max_end_[static_cast<size_t>(it - spans_.begin()) - 1] > begin;
}

RuleSet::RuleSet() = default;
RuleSet::~RuleSet() = default;

namespace {

const std::set<std::string> kKinds = {"boilerplate", "phrase", "cue", "attribution", "document",
                                      "metric"};
const std::set<std::string> kCommonKeys = {"kind", "message", "level", "link", "weight",
                                           "examples", "exceptions", "description"};
const std::map<std::string, std::set<std::string>> kKindKeys = {
    {"boilerplate", {"scope", "patterns", "list", "case_sensitive"}},
    {"phrase", {"role", "patterns", "list", "case_sensitive"}},
    {"cue", {"tone", "list", "lemmas", "source"}},
    {"attribution", {"when"}},
    {"document", {"check"}},
    {"metric", {"metric", "above", "below"}},
};
// Conditions an attribution rule may test (docs/rules.md), with the values
// each accepts.
const std::set<std::string> kBoolWhenKeys = {
    "reason", "boilerplate_reason", "access", "side", "direct_quote", "partial_quote", "in_lede",
    "first_quote", "anonymous", "opinion", "attack", "bare", "plural", "office_holder"};
const std::set<std::string> kLevelWhenKeys = {"transparency", "min_transparency",
                                              "max_transparency"};
const std::set<std::string> kSourceKinds = {"named", "described", "anonymous", "organization",
                                            "document", "unattributed"};
const std::set<std::string> kSpecificities = {"vague", "described"};
const std::set<std::string> kCueTones = {"neutral", "loaded", "non-speech"};
const std::set<std::string> kDocumentChecks = {
    "declined-and-anonymous", "pluralised-single-source", "lede-only-anonymous",
    "single-anonymous-core", "unbalanced-quote-marks", "mixed-quote-styles", "outlet-as-source"};
const std::set<std::string> kMetrics = {
    "transparency_index", "named_share", "anonymous_share", "vague_share", "anonymity_explained",
    "unattributed_quotes", "loaded_cue_rate", "distinct_sources", "fully_identified_sources",
    "outreach"};

std::string Joined(const std::set<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

// Splits "named|organization" or "named, organization" into its names.
std::vector<std::string> SplitAlternatives(const std::string& value) {
  std::vector<std::string> out;
  size_t b = 0;
  while (b <= value.size()) {
    size_t e = value.find_first_of(",| ", b);
    if (e == std::string::npos) e = value.size();
    if (e > b) out.push_back(value.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// A cue lemma list: one verb a line, expanded by the conjugator.
bool IsLemmaList(std::string_view name) { return name.rfind("cue-lemmas-", 0) == 0; }

// The text of the rule file being parsed on this thread (ParseRule), so
// that an error about a value left empty names the line of its key, not the
// next key's (ValueMark, cli54).
thread_local std::string_view t_rule_text;

Status ErrorAt(const std::string& path, const YAML::Node& node, const std::string& msg) {
  if (node.Mark().is_null()) return Status::Error(msg, path, 1, 1);
  bool missing = false;
  const YAML::Mark m = ValueMark(node, t_rule_text, &missing);
  return Status::Error(missing ? msg + " (no value given)" : msg, path, m.line + 1, m.column + 1);
}

// A key given twice in one mapping, at any depth: yaml-cpp keeps both and a
// lookup returns the first, so a second `level:` would be silently ignored.
// The config loader refuses duplicate keys; rule files do too.
Status CheckDuplicateKeys(const YAML::Node& node, const std::string& path) {
  if (node.IsSequence()) {
    for (const YAML::Node& item : node) {
      if (Status s = CheckDuplicateKeys(item, path); !s.ok()) return s;
    }
  } else if (node.IsMap()) {
    std::set<std::string> seen;
    for (auto it = node.begin(); it != node.end(); ++it) {
      const YAML::Node key = it->first;
      if (key.IsScalar() && !seen.insert(key.Scalar()).second) {
        return ErrorAt(path, key, "duplicate key '" + key.Scalar() + "'");
      }
      if (Status s = CheckDuplicateKeys(it->second, path); !s.ok()) return s;
    }
  }
  return Status::Ok();
}


// What a YAML node holds when it is not a string: "a number", "a list", …;
// empty for a string. A plain (unquoted) scalar that YAML's core schema reads
// as a number, a boolean or null is not a string: quoting it makes it one.
std::string NonStringKind(const YAML::Node& node) {
  if (!node || node.IsNull()) return "empty (null)";
  if (node.IsSequence()) return "a list";
  if (node.IsMap()) return "a mapping";
  if (node.Tag() != "?") return {};  // quoted, or an explicit tag
  static const RE2 kNull("null|Null|NULL|~");
  static const RE2 kBool("true|True|TRUE|false|False|FALSE");
  static const RE2 kNumber(
      "[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|"
      "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
  const std::string& v = node.Scalar();
  if (RE2::FullMatch(v, kNull)) return "null";
  if (RE2::FullMatch(v, kBool)) return "a boolean";
  if (RE2::FullMatch(v, kNumber)) return "a number";
  return {};
}

// The whole file, never blocking on what is not a regular file.
Status ReadFile(const fs::path& p, std::string* out) {
  auto bytes = ReadRegularFile(p.string());
  if (!bytes.ok()) return bytes.status();
  *out = std::move(bytes).value();
  return Status::Ok();
}

// Whether an RE2 pattern (of valid syntax) can match the empty string: an
// empty pattern or branch, an assertion alone (^, $, \b, \B, \A, \z), or
// items that may all repeat zero times. Read from the pattern's syntax, in
// one pass: compiling every pattern at load would cost more than the load
// itself (the packs compile theirs when an article first needs them).
class EmptyMatchReader {
 public:
  explicit EmptyMatchReader(std::string_view s) : s_(s) {}
  bool Read() { return Alternation(); }

 private:
  bool At(char c) const { return i_ < s_.size() && s_[i_] == c; }
  bool Alternation() {
    bool nullable = Concatenation();
    while (At('|')) {
      ++i_;
      nullable = Concatenation() || nullable;
    }
    return nullable;
  }
  bool Concatenation() {
    bool nullable = true;
    while (i_ < s_.size() && !At('|') && !At(')')) {
      const bool item = Repeat(Atom());
      nullable = nullable && item;
    }
    return nullable;
  }
  // Quantifiers after an item: `*`, `?` and a repeat from 0 make it optional.
  bool Repeat(bool nullable) {
    while (i_ < s_.size()) {
      const char c = s_[i_];
      if (c == '*' || c == '?' || c == '+') {
        ++i_;
        if (c != '+') nullable = true;
      } else if (c == '{') {
        size_t j = i_ + 1;
        size_t digits = 0;
        unsigned long min = 0;
        while (j < s_.size() && s_[j] >= '0' && s_[j] <= '9') {
          min = min * 10 + static_cast<unsigned long>(s_[j++] - '0');
          ++digits;
        }
        if (digits == 0) break;
        if (j < s_.size() && s_[j] == ',') {
          ++j;
          while (j < s_.size() && s_[j] >= '0' && s_[j] <= '9') ++j;
        }
        if (j >= s_.size() || s_[j] != '}') break;  // not a repeat: a literal '{'
        i_ = j + 1;
        if (min == 0) nullable = true;
      } else {
        break;
      }
      if (At('?')) ++i_;  // non-greedy
    }
    return nullable;
  }
  // Skips `open` … `close` (for \p{…}, \x{…}, [:alpha:]).
  void SkipTo(char close) {
    while (i_ < s_.size() && s_[i_] != close) ++i_;
    if (i_ < s_.size()) ++i_;
  }
  bool Atom() {
    const char c = s_[i_];
    if (c == '(') {
      ++i_;
      if (At('?')) {
        ++i_;
        if (At('P')) {
          SkipTo('>');
        } else {
          while (i_ < s_.size() && s_[i_] != ':' && s_[i_] != ')') ++i_;
          if (At(')')) {  // flags alone, such as (?i): matches nothing
            ++i_;
            return true;
          }
          ++i_;
        }
      }
      const bool nullable = Alternation();
      if (At(')')) ++i_;
      return nullable;
    }
    if (c == '[') {
      ++i_;
      if (At('^')) ++i_;
      if (At(']')) ++i_;
      while (i_ < s_.size() && !At(']')) {
        if (At('[') && i_ + 1 < s_.size() && s_[i_ + 1] == ':') {
          i_ += 2;
          SkipTo(']');
        } else if (At('\\')) {
          i_ += 2;
          if (i_ <= s_.size() && (s_[i_ - 1] == 'p' || s_[i_ - 1] == 'P' || s_[i_ - 1] == 'x') && At('{')) SkipTo('}');
        } else {
          ++i_;
        }
      }
      if (At(']')) ++i_;
      return false;
    }
    if (c == '^' || c == '$') {
      ++i_;
      return true;
    }
    if (c == '\\' && i_ + 1 < s_.size()) {
      const char e = s_[i_ + 1];
      i_ += 2;
      if (e == 'b' || e == 'B' || e == 'A' || e == 'z') return true;
      if (e == 'Q') {
        const size_t end = s_.find("\\E", i_);
        const size_t stop = end == std::string_view::npos ? s_.size() : end;
        const bool empty = stop == i_;
        i_ = end == std::string_view::npos ? s_.size() : end + 2;
        return empty;
      }
      if ((e == 'p' || e == 'P' || e == 'x') && At('{')) SkipTo('}');
      else if (e == 'p' || e == 'P') ++i_;
      else if (e == 'x') i_ += 2;
      return false;
    }
    ++i_;  // a character: never empty (a UTF-8 sequence is one character)
    while (i_ < s_.size() && (static_cast<unsigned char>(s_[i_]) & 0xC0) == 0x80) ++i_;
    return false;
  }

  std::string_view s_;
  size_t i_ = 0;
};

bool MatchesEmpty(std::string_view pattern) { return EmptyMatchReader(pattern).Read(); }

// Escapes a literal for RE2 and lets any run of spaces in it match any white space.
std::string LiteralToPattern(std::string_view literal) {
  std::string out;
  bool in_space = false;
  for (char c : literal) {
    if (c == ' ') {
      if (!in_space) out += "\\s+";
      in_space = true;
      continue;
    }
    in_space = false;
    if (std::string_view("\\^$.|?*+()[]{}").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

// Word-bounded alternation of literal phrases; group 1 is the phrase. Works
// for every script (RE2's \b is ASCII-only, so boundaries use \pL\pN).
// The group named `phrase` is what a match reports (any pattern may name one).
std::string ListToPattern(const std::vector<std::string>& entries) {
  std::vector<std::string> sorted = entries;
  std::sort(sorted.begin(), sorted.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string alt;
  for (const auto& e : sorted) {
    if (!alt.empty()) alt += '|';
    alt += LiteralToPattern(e);
  }
  return "(?:^|[^\\pL\\pN])(?P<phrase>" + alt + ")(?:[^\\pL\\pN]|$)";
}

}  // namespace

// A pattern as written in a rule file, with where it was written.
struct PatternSource {
  std::string text;
  int line = 1;
  int column = 1;
};

// One rule as loaded and validated, in plain values: what its packs are
// compiled from.
struct RuleSpec {
  const RuleInfo* info = nullptr;  // owned by the RuleSet
  std::string path;
  std::string yaml;  // the file's bytes, for `onrecord rules show`
  bool case_sensitive = false;
  std::vector<PatternSource> patterns;
  std::string list;  // the `list` key
  std::string lemmas;  // a cue rule's `lemmas` key (a cue-lemmas-* list)
  int list_line = 1, list_column = 1;
  std::vector<PatternSource> exceptions;
  BoilerplateScope scope = BoilerplateScope::kLine;
  PhraseRole role = PhraseRole::kAnonymous;
  CueTone tone = CueTone::kNeutral;
  bool source_after = false;
  std::map<std::string, std::string> when;
  std::string check;
  std::string metric;
  std::optional<double> above, below;
};

// What the packs are compiled from, and the compiled patterns they share.
class PackBuilder {
 public:
  std::vector<RuleSpec> specs;
  // language -> list name -> entries
  std::map<std::string, std::map<std::string, std::vector<std::string>>> lists;
  std::mutex mutex;  // held while a pack is compiled: one at a time
  // RuleSet::LanguageByListWords: per language with rules, each everyday
  // word (lower-cased) and its weight; made once, on first use.
  std::once_flag everyday_once;
  std::vector<std::pair<std::string, std::unordered_map<std::string, int>>> everyday;

  std::unique_ptr<LanguagePack> Build(const std::string& lang);

 private:
  // The compiled pattern for `pattern` with the rule's case sensitivity,
  // shared by every rule and pack that uses the same text.
  PatternRef Pattern(const std::string& pattern, bool case_sensitive) {
    auto key = std::make_pair(pattern, case_sensitive);
    auto it = cache_.find(key);
    if (it != cache_.end()) return PatternRef(it->second);
    RE2::Options opts;
    opts.set_log_errors(false);
    opts.set_case_sensitive(case_sensitive);
    auto re = std::make_shared<const LazyPattern>(pattern, opts);
    cache_.emplace(std::move(key), re);
    return PatternRef(re);
  }
  ExceptionList Exceptions(const RuleSpec& spec) {
    ExceptionList out;
    for (const auto& e : spec.exceptions) out.push_back(Pattern(e.text, spec.case_sensitive));
    return out;
  }
  std::vector<std::string> ListEntries(const std::string& lang, const std::string& name) const {
    std::vector<std::string> out;
    for (const std::string& l : {std::string("any"), lang}) {
      auto it = lists.find(l);
      if (it == lists.end()) continue;
      auto jt = it->second.find(name);
      if (jt != it->second.end()) out.insert(out.end(), jt->second.begin(), jt->second.end());
    }
    return out;
  }
  // The rule's `patterns`, then its `list` as one pattern; with each, where
  // it was written (for errors).
  PatternGroup Group(const RuleSpec& spec, const std::string& lang,
                     std::vector<const PatternSource*>* where, PatternSource* list_source) {
    PatternGroup g;
    for (const auto& p : spec.patterns) {
      g.patterns.push_back(Pattern(p.text, spec.case_sensitive));
      where->push_back(&p);
    }
    if (!spec.list.empty()) {
      auto entries = ListEntries(lang, spec.list);
      if (!entries.empty()) {
        *list_source = {ListToPattern(entries), spec.list_line, spec.list_column};
        g.patterns.push_back(Pattern(list_source->text, spec.case_sensitive));
        where->push_back(list_source);
      }
    }
    g.set = std::make_unique<PatternScreen>(g.patterns);
    g.exceptions = Exceptions(spec);
    if (!g.exceptions.empty()) g.exception_screen = std::make_shared<const ExceptionScreen>(g.exceptions);
    return g;
  }
  // Compiles `re` now; the first failure becomes the pack's status.
  static void Check(const PatternRef& re, const RuleSpec& spec, const PatternSource& where,
                    const char* what, LanguagePack* pack) {
    if (re->ok() || !pack->status.ok()) return;
    pack->status = Status::Error(std::string(what) + re->error(), spec.path, where.line, where.column);
  }

  std::map<std::pair<std::string, bool>, std::shared_ptr<const LazyPattern>> cache_;
};

struct RuleSet::PackSlot {
  std::string language;
  std::atomic<const LanguagePack*> ready{nullptr};
  std::unique_ptr<LanguagePack> pack;  // written once, under the builder's mutex
};

void WordBits::Add(std::string_view word, uint64_t bits) {
  if (bits == 0) return;
  if ((count_ + 1) * 2 > slots_.size()) Grow();
  const uint64_t h = Hash(word);
  for (size_t i = h & mask_;; i = (i + 1) & mask_) {
    Slot& slot = slots_[i];
    if (slot.bits == 0) {
      tags_[i] = Tag(h);
      slot.hash = h;
      slot.bits = bits;
      slot.offset = static_cast<uint32_t>(words_.size());
      slot.size = static_cast<uint32_t>(word.size());
      words_.append(word);
      ++count_;
      return;
    }
    if (slot.hash == h && slot.size == word.size() && words_.compare(slot.offset, slot.size, word) == 0) {
      slot.bits |= bits;
      return;
    }
  }
}

void AddGenderEntries(const std::vector<std::string>& list, WordBits* table) {
  for (const auto& entry : list) {
    const size_t colon = entry.rfind(':');
    if (colon == std::string::npos || colon + 1 >= entry.size()) continue;
    const std::string_view word = std::string_view(entry).substr(0, colon);
    // An earlier entry for the word wins (Add would or the bits together).
    if (table->Find(word) != 0) continue;
    table->Add(word, static_cast<unsigned char>(entry[colon + 1]));
  }
}

// List gender-suffixes ("in:f"): a role or office noun (lists role-nouns,
// titles, title-nouns, anonymous-heads, office-epithets) that is another
// such noun with the suffix added has the entry's gender ("ministerin" of
// "minister", "kanzlerin" of "kanzler"), and the noun without it the other
// one ("minister" is a man); gender-words' own entries win.
static void AddSuffixGenders(const LanguagePack& pack, WordBits* table) {
  const std::vector<std::string>& suffixes = pack.List("gender-suffixes");
  if (suffixes.empty()) return;
  std::set<std::string, std::less<>> nouns;
  for (const char* list : {"role-nouns", "titles", "title-nouns", "anonymous-heads", "office-epithets"}) {
    for (const std::string& w : pack.List(list)) nouns.insert(w);
  }
  for (const std::string& entry : suffixes) {
    const size_t colon = entry.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 >= entry.size()) continue;
    const std::string_view suffix = std::string_view(entry).substr(0, colon);
    const char g = entry[colon + 1];
    const char other = g == 'f' ? 'm' : 'f';
    for (const std::string& noun : nouns) {
      if (noun.size() < suffix.size() + 3 || noun.compare(noun.size() - suffix.size(), suffix.size(), suffix) != 0) {
        continue;
      }
      const std::string_view stem = std::string_view(noun).substr(0, noun.size() - suffix.size());
      if (nouns.find(stem) == nouns.end()) continue;
      if (table->Find(noun) == 0) table->Add(noun, static_cast<unsigned char>(g));
      if (table->Find(stem) == 0) table->Add(stem, static_cast<unsigned char>(other));
    }
  }
}

// Doubles the table (at least 64 slots) and places every word again.
void WordBits::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(std::max<size_t>(64, old.size() * 2), Slot{});
  tags_.assign(slots_.size(), 0);
  mask_ = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.bits == 0) continue;
    size_t i = slot.hash & mask_;
    while (slots_[i].bits != 0) i = (i + 1) & mask_;
    slots_[i] = slot;
    tags_[i] = Tag(slot.hash);
  }
}

std::unique_ptr<LanguagePack> PackBuilder::Build(const std::string& lang) {
  auto pack = std::make_unique<LanguagePack>();
  pack->language = lang;
  std::vector<CueEntry> generated_cues;  // from `lemmas`, added after the listed cues
  // Lists: "any" first, then the language's own.
  for (const std::string& l : {std::string("any"), lang}) {
    auto it = lists.find(l);
    if (it == lists.end()) continue;
    for (const auto& [name, entries] : it->second) {
      auto& set = pack->lists[name];
      auto& order = pack->list_order[name];
      for (const auto& e : entries) {
        if (set.insert(e).second) order.push_back(e);
        set.insert(Lower(e));
      }
    }
  }
  // A language's own rule replaces an "any" rule with the same id.
  std::set<std::string> own;
  for (const auto& spec : specs) {
    if (spec.info->language == lang) own.insert(spec.info->id);
  }
  for (const auto& spec : specs) {
    if (spec.info->language != lang && spec.info->language != "any") continue;
    if (spec.info->language == "any" && lang != "any" && own.count(spec.info->id)) continue;
    pack->weights[spec.info->id] = spec.info->weight;
    RuleSource& source = pack->sources[spec.info->id];
    source.info = spec.info;
    source.yaml = spec.yaml;
    source.list = spec.list;
    source.lemmas = spec.lemmas;
    const std::string& kind = spec.info->kind;
    if (kind == "boilerplate" || kind == "phrase") {
      std::vector<const PatternSource*> where;
      PatternSource list_source;
      PatternGroup group = Group(spec, lang, &where, &list_source);
      // Compiled now: the patterns whose match positions the stages need
      // (phrases, spans and datelines) and every exception. Whole-line
      // patterns are answered by the pack's screening set.
      bool positions = kind == "phrase" || spec.scope == BoilerplateScope::kSpan ||
                       spec.scope == BoilerplateScope::kDateline;
      if (positions) {
        for (size_t i = 0; i < group.patterns.size(); ++i) {
          Check(group.patterns[i], spec, *where[i], "bad pattern: ", pack.get());
        }
      }
      for (size_t i = 0; i < group.exceptions.size(); ++i) {
        Check(group.exceptions[i], spec, spec.exceptions[i], "bad exception pattern: ", pack.get());
      }
      if (kind == "boilerplate") {
        BoilerplateRule rule;
        rule.info = spec.info;
        rule.scope = spec.scope;
        rule.patterns = std::move(group);
        pack->boilerplate.push_back(std::move(rule));
      } else {
        PhraseRule rule;
        rule.info = spec.info;
        rule.role = spec.role;
        rule.patterns = std::move(group);
        pack->phrases.push_back(std::move(rule));
      }
    } else if (kind == "cue") {
      std::shared_ptr<const ExceptionList> exceptions;
      std::shared_ptr<const ExceptionScreen> exception_screen;
      if (!spec.exceptions.empty()) {
        exceptions = std::make_shared<const ExceptionList>(Exceptions(spec));
        exception_screen = std::make_shared<const ExceptionScreen>(*exceptions);
        // Every pattern must compile, and a pattern that does not is the
        // pack's error. The screen's sets hold every pattern of the list
        // within the budget of one pattern's own program (a set per case
        // sensitivity, ExceptionSetBudget): when they compile, so does each
        // pattern alone, and the patterns are compiled only when the screen
        // names one. A screen that cannot be built (a set over its budget)
        // sends every pattern to be compiled here, as before. The screen is
        // built now, not on the first sentence with a cue of the rule.
        if (exception_screen->SetCount() == 0) {
          for (size_t i = 0; i < exceptions->size(); ++i) {
            Check((*exceptions)[i], spec, spec.exceptions[i], "bad exception pattern: ", pack.get());
          }
        }
      }
      auto add = [&](const std::string& entry, std::vector<CueEntry>* to) {
        CueEntry cue;
        cue.tone = spec.tone;
        cue.rule = spec.info;
        cue.source_follows = spec.source_after;
        cue.exceptions = exceptions;
        cue.exception_screen = exception_screen;
        std::istringstream words(Lower(entry));
        std::string w;
        while (words >> w) cue.words.push_back(w);
        if (!cue.words.empty()) to->push_back(std::move(cue));
      };
      if (!spec.list.empty()) {
        for (const auto& entry : ListEntries(lang, spec.list)) add(entry, &pack->cues);
      }
      // Forms made from lemmas come after every listed cue (below).
      if (!spec.lemmas.empty()) {
        for (const auto& entry : ListEntries(lang, spec.lemmas)) add(entry, &generated_cues);
      }
    } else {
      FindingRule rule;
      rule.info = spec.info;
      rule.exceptions = Exceptions(spec);
      for (size_t i = 0; i < rule.exceptions.size(); ++i) {
        Check(rule.exceptions[i], spec, spec.exceptions[i], "bad exception pattern: ", pack.get());
      }
      rule.when = spec.when;
      rule.check = spec.check;
      rule.metric = spec.metric;
      rule.above = spec.above;
      rule.below = spec.below;
      pack->finding_rules.push_back(std::move(rule));
    }
  }
  // A generated form that a cue list of the pack already holds (in this
  // rule or another: "note" may be listed as neutral and made from a
  // loaded lemma) keeps the listed entry; duplicates are merged.
  {
    std::set<std::vector<std::string>> listed;
    for (const auto& c : pack->cues) listed.insert(c.words);
    for (auto& c : generated_cues) {
      if (listed.insert(c.words).second) pack->cues.push_back(std::move(c));
    }
  }
  for (size_t i = 0; i < pack->cues.size(); ++i) {
    pack->cue_index[pack->cues[i].words.front()].push_back(i);
  }
  for (auto& [first, idx] : pack->cue_index) {
    std::stable_sort(idx.begin(), idx.end(), [&](size_t a, size_t b) {
      return pack->cues[a].words.size() > pack->cues[b].words.size();
    });
  }
  for (size_t k = 0; k < kListCount; ++k) {
    auto it = pack->lists.find(kListNames[k]);
    if (it == pack->lists.end()) continue;
    for (const auto& word : it->second) pack->list_bits.Add(word, uint64_t{1} << k);
  }
  for (const auto& [first, idx] : pack->cue_index) pack->list_bits.Add(first, uint64_t{1} << kCueFirstWordBit);
  AddGenderEntries(pack->List("gender-words"), &pack->word_gender);
  AddSuffixGenders(*pack, &pack->word_gender);
  AddGenderEntries(pack->List("given-names"), &pack->given_gender);
  // Span and dateline rules are screened too: their own patterns (needed
  // for the match positions and the wire's name) then run only on the
  // lines the screen names, not on every line of the article.
  std::vector<const PatternGroup*> groups;
  for (const auto& r : pack->boilerplate) groups.push_back(&r.patterns);
  // Widened: the byline and other whole-line patterns are large programs
  // (Unicode letter classes, long counted repetitions) that a screen need
  // not hold exactly; the rare candidate runs the rule's own pattern.
  pack->boilerplate_screen.Build(groups, {}, /*widen=*/true);
  groups.clear();
  for (const auto& r : pack->phrases) groups.push_back(&r.patterns);
  pack->phrase_screen.Build(groups);
  return pack;
}

namespace {

// The memory budget of a screening set: a pack's whole-line boilerplate
// patterns with large Unicode classes are a few hundred thousand RE2
// instructions together (RE2 allows max_mem / 64), and what the program
// leaves is the DFA's cache.
constexpr int64_t kScreenMaxMem = int64_t{64} << 20;

}  // namespace

std::optional<std::string> ParseCheckPattern(std::string_view p) {
  if (p.find("\\Q") != std::string_view::npos) return std::nullopt;
  std::string out;
  out.reserve(p.size());
  bool in_class = false, changed = false;
  for (size_t i = 0; i < p.size(); ++i) {
    const char c = p[i];
    if (c == '\\' && i + 1 < p.size()) {
      if (p[i + 1] == 'p' && i + 2 < p.size()) {
        std::string_view name;
        size_t end = 0;  // one past the escape
        if (p[i + 2] == '{') {
          const size_t close = p.find('}', i + 3);
          if (close != std::string_view::npos) {
            name = p.substr(i + 3, close - (i + 3));
            end = close + 1;
          }
        } else {
          name = p.substr(i + 2, 1);
          end = i + 3;
        }
        if (name == "L" || name == "Lu" || name == "Ll") {
          if (in_class && i > 0 && p[i - 1] == '-') return std::nullopt;
          out += in_class ? "\\x{10FFFE}-\\x{10FFFF}" : "[\\x{10FFFE}-\\x{10FFFF}]";
          changed = true;
          i = end - 1;
          continue;
        }
      }
      out += c;
      out += p[i + 1];
      ++i;
      continue;
    }
    if (in_class) {
      if (c == '[' && i + 1 < p.size() && p[i + 1] == ':') {  // [:alpha:]
        const size_t close = p.find(":]", i + 2);
        if (close == std::string_view::npos) return std::nullopt;
        out.append(p.substr(i, close + 2 - i));
        i = close + 1;
        continue;
      }
      if (c == ']') in_class = false;
      out += c;
      continue;
    }
    if (c == '[') {
      in_class = true;
      out += c;
      if (i + 1 < p.size() && p[i + 1] == '^') out += p[++i];
      if (i + 1 < p.size() && p[i + 1] == ']') out += p[++i];  // a leading ']' is a member
      continue;
    }
    out += c;
  }
  if (!changed) return std::nullopt;
  return out;
}

std::string ScreenPattern(std::string_view p, ScreenFit* fit) {
  *fit = ScreenFit::kExact;
  // Inside \Q...\E everything is literal: not read here.
  if (p.find("\\Q") != std::string_view::npos) return std::string(p);
  auto digits = [&](size_t at) {
    size_t e = at;
    while (e < p.size() && p[e] >= '0' && p[e] <= '9') ++e;
    return e;
  };
  ScreenFit widest = ScreenFit::kExact;
  std::string out;
  out.reserve(p.size() + 64);
  bool in_class = false, negated = false;
  for (size_t i = 0; i < p.size(); ++i) {
    const char c = p[i];
    if (c == '\\' && i + 1 < p.size()) {
      // \pL, \p{Lu}: a letter class, widened where it adds characters
      // (never inside a negated class, where widening would remove them).
      if (p[i + 1] == 'p' && !(in_class && negated) && i + 2 < p.size()) {
        std::string_view name;
        size_t end;  // one past the escape
        if (p[i + 2] == '{') {
          const size_t close = p.find('}', i + 3);
          if (close == std::string_view::npos) return std::string(p);
          name = p.substr(i + 3, close - (i + 3));
          end = close + 1;
        } else {
          name = p.substr(i + 2, 1);
          end = i + 3;
        }
        const char* ascii = name == "L" ? "A-Za-z" : name == "Lu" ? "A-Z" : name == "Ll" ? "a-z" : nullptr;
        if (ascii) {
          if (!in_class) out += '[';
          out += ascii;
          out += "\\x{80}-\\x{10FFFF}";
          if (!in_class) out += ']';
          if (widest == ScreenFit::kExact) widest = ScreenFit::kExactOnAscii;
        } else {
          out.append(p.substr(i, end - i));  // another class (\p{Greek}, \p{^L}) as written
        }
        i = end - 1;
        continue;
      }
      out += c;
      out += p[i + 1];
      ++i;
      continue;
    }
    if (in_class) {
      if (c == '[' && i + 1 < p.size() && p[i + 1] == ':') {  // [:alpha:]
        const size_t close = p.find(":]", i + 2);
        if (close == std::string_view::npos) return std::string(p);
        out.append(p.substr(i, close + 2 - i));
        i = close + 1;
        continue;
      }
      if (c == ']') in_class = false;
      out += c;
      continue;
    }
    if (c == '[') {
      in_class = true;
      out += c;
      negated = i + 1 < p.size() && p[i + 1] == '^';
      if (negated) out += p[++i];
      if (i + 1 < p.size() && p[i + 1] == ']') out += p[++i];  // a leading ']' is a member
      continue;
    }
    if (c == '{') {
      // {m,n} with n >= 32 -> {m,}
      const size_t m_end = digits(i + 1);
      if (m_end > i + 1 && m_end < p.size() && p[m_end] == ',') {
        const size_t n_end = digits(m_end + 1);
        if (n_end > m_end + 1 && n_end < p.size() && p[n_end] == '}' &&
            (n_end - m_end - 1 > 2 || std::stoi(std::string(p.substr(m_end + 1, n_end - m_end - 1))) >= 32)) {
          out.append(p.substr(i, m_end + 1 - i));
          out += '}';
          widest = ScreenFit::kCandidate;
          i = n_end;
          continue;
        }
      }
    }
    out += c;
  }
  *fit = widest;
  return out;
}

bool RuleScreen::Build(const std::vector<const PatternGroup*>& groups, const std::vector<bool>& screened,
                       bool widen) {
  parts_.clear();
  unscreened_.clear();
  bool ok = true;
  for (size_t r = 0; r < groups.size(); ++r) {
    if (!groups[r] || r >= screened.size() || screened[r]) continue;
    for (size_t p = 0; p < groups[r]->patterns.size(); ++p) {
      unscreened_.push_back({static_cast<uint32_t>(r), static_cast<uint32_t>(p), false});
    }
  }
  // One set reads the case-insensitive patterns and, each wrapped in
  // "(?-i:...)", the case-sensitive ones: a text is scanned once, not once
  // per case sensitivity. A case-sensitive pattern the wrapping cannot
  // carry (\Q...\E, whose \E may be missing) or that the set refuses
  // wrapped goes into a second, case-sensitive set as before.
  Part merged, sensitive;
  for (bool case_sensitive : {false, true}) {
    RE2::Options opts;
    opts.set_log_errors(false);
    opts.set_case_sensitive(case_sensitive);
    opts.set_max_mem(kScreenMaxMem);
    Part& part = case_sensitive ? sensitive : merged;
    part.set = std::make_unique<RE2::Set>(opts, RE2::UNANCHORED);
  }
  for (bool case_sensitive : {false, true}) {
    for (size_t r = 0; r < groups.size(); ++r) {
      if (!groups[r] || (r < screened.size() && !screened[r])) continue;
      const auto& patterns = groups[r]->patterns;
      for (size_t p = 0; p < patterns.size(); ++p) {
        const LazyPattern& re = patterns[p].lazy();
        if (re.options().case_sensitive() != case_sensitive) continue;
        Hit hit{static_cast<uint32_t>(r), static_cast<uint32_t>(p), true};
        std::string error;
        ScreenFit fit = ScreenFit::kExact;
        const std::string wide = widen ? ScreenPattern(re.pattern(), &fit) : std::string();
        const std::string& entry = fit != ScreenFit::kExact ? wide : re.pattern();
        Part* into = &merged;
        bool added = false;
        if (!case_sensitive) {
          added = into->set->Add(entry, &error) >= 0;
          if (!added && fit != ScreenFit::kExact) {
            fit = ScreenFit::kExact;
            added = into->set->Add(re.pattern(), &error) >= 0;
          }
        } else {
          auto wrapped = [](const std::string& pat) { return "(?-i:" + pat + ")"; };
          const bool quoted = entry.find("\\Q") != std::string::npos || re.pattern().find("\\Q") != std::string::npos;
          if (!quoted) added = into->set->Add(wrapped(entry), &error) >= 0;
          if (!added && !quoted && fit != ScreenFit::kExact) {
            fit = ScreenFit::kExact;
            added = into->set->Add(wrapped(re.pattern()), &error) >= 0;
          }
          if (!added) {
            into = &sensitive;
            fit = ScreenFit::kExact;
            const std::string wide_again = widen ? ScreenPattern(re.pattern(), &fit) : std::string();
            if (fit != ScreenFit::kExact && sensitive.set->Add(wide_again, &error) < 0) fit = ScreenFit::kExact;
            added = fit != ScreenFit::kExact || sensitive.set->Add(re.pattern(), &error) >= 0;
          }
        }
        if (!added) {
          unscreened_.push_back(hit);
          ok = false;
          continue;
        }
        hit.sure = fit == ScreenFit::kExact;
        into->owner.push_back(hit);
        into->fit.push_back(fit);
      }
    }
  }
  for (Part* part : {&merged, &sensitive}) {
    if (part->owner.empty()) continue;
    if (!part->set->Compile()) {
      unscreened_.insert(unscreened_.end(), part->owner.begin(), part->owner.end());
      ok = false;
      continue;
    }
    parts_.push_back(std::move(*part));
  }
  for (Hit& h : unscreened_) h.sure = false;
  std::sort(unscreened_.begin(), unscreened_.end());
  return ok;
}

void RuleScreen::Match(std::string_view text, std::vector<Hit>* hits) const {
  hits->clear();
  re2::StringPiece piece(text.data(), text.size());
  thread_local std::vector<int> found;  // reused: RE2 clears it
  for (const Part& part : parts_) {
    RE2::Set::ErrorInfo info{RE2::Set::kNoError};
    // Most lines and sentences match no pattern. Asked only whether one
    // matches, RE2 allocates nothing and stops at the first match; the
    // patterns are named in a second pass over the texts that have one.
    bool any = part.set->Match(piece, nullptr, &info);
    if (any) any = part.set->Match(piece, &found, &info);
    if (any) {
      int ascii = -1;  // whether `text` is ASCII only, found when first asked
      for (int i : found) {
        Hit h = part.owner[static_cast<size_t>(i)];
        if (part.fit[static_cast<size_t>(i)] == ScreenFit::kExactOnAscii) {
          if (ascii < 0) {
            ascii = std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
          }
          h.sure = ascii == 1;
        }
        hits->push_back(h);
      }
    } else if (info.kind != RE2::Set::kNoError) {
      // The DFA gave up (out of memory on this text): every pattern of the
      // set is a candidate its rule must run itself.
      for (Hit h : part.owner) {
        h.sure = false;
        hits->push_back(h);
      }
    }
  }
  hits->insert(hits->end(), unscreened_.begin(), unscreened_.end());
  std::sort(hits->begin(), hits->end());
}

// Sorts `files` as fs::path's operator< orders them, without its cost (a
// comparison of two paths walks their elements as paths: a few thousand
// instructions, about 17 M for the 908 files of rules/). fs::path compares
// element by element, each element's bytes as std::string does; every path
// here is dir_ followed by elements the directory iterator appended with one
// '/'. With each '/' read as a byte below every other byte (the key below
// holds '\0' there, which no file name can hold), comparing two keys as
// strings gives the same order: the first element that differs decides it,
// and an element that is a prefix of the other's ends where the other goes
// on with a byte above '\0'.
static void SortAsPaths(std::vector<fs::path>* files) {
  if (fs::path::preferred_separator != '/') {
    std::sort(files->begin(), files->end());
    return;
  }
  std::vector<std::pair<std::string, size_t>> keys;
  keys.reserve(files->size());
  for (size_t i = 0; i < files->size(); ++i) {
    std::string key = (*files)[i].native();
    std::replace(key.begin(), key.end(), '/', '\0');
    keys.emplace_back(std::move(key), i);
  }
  std::sort(keys.begin(), keys.end());
  std::vector<fs::path> sorted;
  sorted.reserve(files->size());
  for (auto& [key, i] : keys) sorted.push_back(std::move((*files)[i]));
  *files = std::move(sorted);
}

class RuleLoader {
 public:
  explicit RuleLoader(std::string dir) : dir_(std::move(dir)) {}

  Result<std::shared_ptr<const RuleSet>> Load() {
    auto set = std::make_shared<RuleSet>();
    set->directory_ = dir_;
    auto builder = std::make_unique<PackBuilder>();
    builder_ = builder.get();
    std::error_code ec;
    if (!fs::is_directory(dir_, ec)) {
      return Status::Error("rules directory not found", dir_);
    }
    // Collect files in a stable order, hash them, and find the languages.
    std::vector<fs::path> files;
    for (auto it = fs::recursive_directory_iterator(dir_, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      std::error_code entry_ec;
      if (it->is_regular_file(entry_ec)) {
        files.push_back(it->path());
        continue;
      }
      // A rule or list file that cannot be read is an error, never a rule
      // that silently disappears: a dangling link or a link loop goes to the
      // reader below (which names the reason), a directory named like a rule
      // file is refused here. A named pipe, socket or device is no file of
      // the rules and is passed over, never opened.
      const std::string ext = it->path().extension().string();
      if (ext != ".yml" && ext != ".yaml" && ext != ".txt") continue;
      if (it->is_directory(entry_ec)) {
        if (ext == ".txt") continue;
        return Status::Error("cannot read rule file: is a directory", it->path().string());
      }
      if (it->is_symlink(entry_ec)) files.push_back(it->path());
    }
    if (ec) return Status::Error("cannot list rules: " + ec.message(), dir_);
    SortAsPaths(&files);
    // Each file's path below the rules directory. The iterator's paths all
    // begin with dir_, so the lexical form is exact; fs::relative would
    // resolve both paths on disk (a readlink per component) for every file.
    std::vector<fs::path> rels;
    rels.reserve(files.size());
    for (const auto& f : files) rels.push_back(f.lexically_relative(dir_));
    Sha256 hash;
    std::set<std::string> languages;
    for (size_t k = 0; k < files.size(); ++k) {
      const fs::path& f = files[k];
      const fs::path& rel = rels[k];
      std::string ext = f.extension().string();
      if (ext != ".yml" && ext != ".yaml" && ext != ".txt") continue;
      std::string bytes;
      if (Status read = ReadFile(f, &bytes); !read.ok()) {
        return Status::Error("cannot read rule file: " + read.message(), f.string());
      }
      const bool list_file = ext == ".txt" && std::distance(rel.begin(), rel.end()) == 3 &&
                             std::next(rel.begin())->string() == "lists";
      if (ext != ".txt" || list_file) {
        // A NUL byte first: a file saved as UTF-16 is otherwise valid
        // UTF-8 wherever it is ASCII, and its words would match nothing.
        if (const size_t nul = bytes.find('\0'); nul != std::string::npos) {
          const size_t line_start = nul == 0 ? 0 : bytes.rfind('\n', nul - 1);
          const size_t from = line_start == std::string::npos || nul == 0 ? 0 : line_start + 1;
          return Status::Error("a NUL byte: a rule or list file must be UTF-8 (is it UTF-16 or UTF-32?)", f.string(),
                               1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(from), '\n')),
                               1 + static_cast<int>(CountCodePoints(std::string_view(bytes).substr(from, nul - from))));
        }
        if (Status utf8 = CheckUtf8(bytes, f.string(), "a rule or list file"); !utf8.ok()) return utf8;
      } else if (std::distance(rel.begin(), rel.end()) >= 2) {
        // A .txt in a language folder but not in its lists/: read by nothing.
        bool has_entry = false;
        std::istringstream lines(bytes);
        for (std::string line; !has_entry && std::getline(lines, line);) {
          line = line.substr(0, line.find('#'));
          has_entry = line.find_first_not_of(" \t\r") != std::string::npos;
        }
        stray_texts_.emplace_back(f.string(), has_entry);
      }
      hash.Update(rel.generic_string());
      hash.Update(std::string_view("\0", 1));
      hash.Update(bytes);
      contents_[f.string()] = std::move(bytes);
      auto first = rel.begin();
      if (first != rel.end() && std::distance(rel.begin(), rel.end()) >= 2) {
        languages.insert(first->string());
      }
    }
    set->hash_ = hash.Hex();
    languages.insert("any");
    // Lists first (rules refer to them), then rules.
    for (size_t k = 0; k < files.size(); ++k) {
      const fs::path& f = files[k];
      const fs::path& rel = rels[k];
      if (f.extension() == ".txt" && std::distance(rel.begin(), rel.end()) == 3 &&
          std::next(rel.begin())->string() == "lists") {
        list_paths_[rel.begin()->string() + "/" + f.stem().string()] = f.string();
        Status s = ParseList(rel.begin()->string(), f.stem().string(), contents_[f.string()], f.string());
        if (!s.ok()) return s;
      }
    }
    for (size_t k = 0; k < files.size(); ++k) {
      const fs::path& f = files[k];
      std::string ext = f.extension().string();
      if (ext != ".yml" && ext != ".yaml") continue;
      const fs::path& rel = rels[k];
      if (std::distance(rel.begin(), rel.end()) != 3) {
        return Status::Error("a rule file must be at <language>/<category>/<name>.yml",
                             f.string(), 1, 1);
      }
      Status s = ParseRule(f.string(), rel);
      if (!s.ok()) return s;
    }
    // A directory with no rule at all (a wrong --rules, an empty checkout)
    // would audit everything to nothing and pass every check.
    if (pending_.empty()) {
      return Status::Error("no rule files there (rules are <language>/<category>/<name>.yml files)", dir_);
    }
    if (Status s = CheckLists(); !s.ok()) return s;
    // The RuleSet owns the rule descriptions; specs and packs point into it.
    set->rules_.reserve(pending_.size());
    for (auto& p : pending_) {
      set->rules_.push_back(*p.info);
      p.spec.info = &set->rules_.back();
      builder->specs.push_back(std::move(p.spec));
    }
    // One pack per language (its own rules plus the "any" rules), compiled
    // when first used.
    for (const auto& lang : languages) {
      auto slot = std::make_unique<RuleSet::PackSlot>();
      slot->language = lang;
      set->packs_[lang] = std::move(slot);
    }
    set->builder_ = std::move(builder);
    return std::shared_ptr<const RuleSet>(set);
  }

 private:
  struct Pending {
    std::unique_ptr<RuleInfo> info;
    RuleSpec spec;
  };

  // The lists of a rules folder against the names that read them
  // (docs/rules.md, "Errors a rule author can get"):
  // - a list file with entries that no rule names and the engine does not
  //   read (engine_lists.h), or a .txt file with entries inside a language
  //   folder but outside its lists/, is an error at that file: its words
  //   would change nothing, and a list renamed in a newsroom's copy
  //   ("anonymous-heads.txt" -> "anonymous-head.txt") would otherwise leave
  //   its language without the list and change the results with no word;
  // - every list the engine reads must be defined in at least one language
  //   (or any/) when the folder holds grammar lists at all (a list no rule
  //   names); an error naming the folder. A folder made only of rules and
  //   the lists they name (a test of a few rules) is not held to it, and a
  //   list defined for some languages only is fine.
  Status CheckLists() const {
    std::set<std::string, std::less<>> named;  // lists the rules name
    for (const auto& p : pending_) {
      if (!p.spec.list.empty()) named.insert(p.spec.list);
      if (!p.spec.lemmas.empty()) named.insert(p.spec.lemmas);
    }
    const auto engine = [](std::string_view name) {
      return std::binary_search(std::begin(kEngineLists), std::end(kEngineLists), name);
    };
    std::set<std::string, std::less<>> defined;
    for (const auto& [lang, lists] : builder_->lists) {
      for (const auto& [name, entries] : lists) {
        defined.insert(name);
        if (entries.empty() || named.count(name) || engine(name)) continue;
        // The nearest name this language lacks, as the likely original.
        std::string nearest;
        size_t best = 4;
        for (std::string_view want : kEngineLists) {
          if (lists.count(std::string(want))) continue;
          const size_t d = EditDistance(name, want);
          if (d < best) best = d, nearest = want;
        }
        auto path = list_paths_.find(lang + "/" + name);
        return Status::Error("no rule names the list '" + name + "' and the engine does not read it, so its words "
                                 "change nothing" +
                                 (nearest.empty() ? std::string()
                                                  : " (renamed from '" + nearest + "', which " + lang +
                                                        " no longer defines?)"),
                             path == list_paths_.end() ? dir_ : path->second, 1, 1);
      }
    }
    for (const auto& [path, has_entries] : stray_texts_) {
      if (!has_entries) continue;
      return Status::Error("a .txt file here is read by nothing: a word list belongs at "
                           "<language>/lists/<name>.txt",
                           path, 1, 1);
    }
    bool grammar = false;
    for (const auto& name : defined) grammar = grammar || !named.count(name);
    if (!grammar) return Status::Ok();
    std::vector<std::string> missing;
    for (std::string_view name : kEngineLists) {
      if (!defined.count(name)) missing.emplace_back(name);
    }
    if (missing.empty()) return Status::Ok();
    std::string msg = missing.size() == 1 ? "the engine reads the list '" + missing[0] +
                                                "', which no language defines (no <language>/lists/" + missing[0] +
                                                ".txt)"
                                          : "the engine reads lists that no language defines (no "
                                            "<language>/lists/NAME.txt):";
    if (missing.size() > 1) {
      for (size_t i = 0; i < missing.size() && i < 8; ++i) msg += (i ? ", '" : " '") + missing[i] + "'";
      if (missing.size() > 8) msg += " and " + std::to_string(missing.size() - 8) + " more";
    }
    msg += "; a list file renamed or removed? Without it the list reads as empty in every language";
    return Status::Error(msg, dir_);
  }

  static size_t EditDistance(std::string_view a, std::string_view b) {
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
      size_t diagonal = row[0];
      row[0] = i;
      for (size_t j = 1; j <= b.size(); ++j) {
        const size_t up = row[j];
        row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
        diagonal = up;
      }
    }
    return row[b.size()];
  }

  // A list whose name begins with cue-lemmas- holds one verb a line
  // (docs/rules.md, "Cue lemma lists"); its entries are the forms the
  // language's conjugator makes of them, and a line it cannot conjugate is
  // a load error at that line and column.
  Status ParseList(const std::string& lang, const std::string& name, const std::string& bytes,
                   const std::string& path) {
    auto& entries = builder_->lists[lang][name];
    const bool lemmas = IsLemmaList(name);
    // The lines as std::getline reads them (a last line without a newline
    // is one; nothing follows a final newline), as views of `bytes`.
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
    int number = 0;
    // A byte order mark (Windows editors write one) is no part of the
    // first entry, which would otherwise never match.
    const size_t start = bytes.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
    for (size_t pos = start; pos < bytes.size();) {
      const size_t nl = bytes.find('\n', pos);
      const size_t stop = nl == std::string::npos ? bytes.size() : nl;
      std::string_view line(bytes.data() + pos, stop - pos);
      pos = stop + 1;
      ++number;
      size_t hash = line.find('#');
      if (hash != std::string_view::npos) line = line.substr(0, hash);
      if (!lemmas) {
        // Trim, in place.
        while (!line.empty() && blank(line.front())) line.remove_prefix(1);
        while (!line.empty() && blank(line.back())) line.remove_suffix(1);
        if (!line.empty()) entries.emplace_back(line);
        continue;
      }
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (std::all_of(line.begin(), line.end(), blank)) continue;
      LemmaError error;
      if (!ExpandCueLemma(lang, line, &entries, &error)) {
        // The column in characters, not bytes ("évoquer").
        int column = 1;
        for (size_t b = 0; b + 1 < error.column && b < line.size(); ++b) {
          if ((static_cast<unsigned char>(line[b]) & 0xC0) != 0x80) ++column;
        }
        return Status::Error(error.message, path, number, column);
      }
    }
    return Status::Ok();
  }

  bool ListExists(const std::string& lang, const std::string& name) const {
    for (const std::string& l : {lang, std::string("any")}) {
      auto it = builder_->lists.find(l);
      if (it != builder_->lists.end() && it->second.count(name)) return true;
    }
    return false;
  }
  // Whether list `name` has an entry for `lang` (its own or any/'s).
  bool ListHasEntries(const std::string& lang, const std::string& name) const {
    for (const std::string& l : {lang, std::string("any")}) {
      auto it = builder_->lists.find(l);
      if (it == builder_->lists.end()) continue;
      auto jt = it->second.find(name);
      if (jt != it->second.end() && !jt->second.empty()) return true;
    }
    return false;
  }
  // Each item of the list `node` (the value of `key`) must be a string.
  static Status CheckStrings(const std::string& path, const YAML::Node& node, const std::string& key) {
    int index = 0;
    for (const auto& item : node) {
      ++index;
      std::string kind = NonStringKind(item);
      if (kind.empty()) continue;
      // A null item (`- ` with nothing after it) has no place of its own: the list's.
      const YAML::Node& at = item.Mark().is_null() ? node : item;
      return ErrorAt(path, at, "'" + key + "' must be a list of strings: item " + std::to_string(index) + " is " +
                                   kind + (kind == "a number" || kind == "a boolean" || kind == "null"
                                               ? " (quote it to make it a string)"
                                               : ""));
    }
    return Status::Ok();
  }

  Status ParseRule(const std::string& path, const fs::path& rel) {
    const std::string lang = rel.begin()->string();
    const std::string category = std::next(rel.begin())->string();
    const std::string name = rel.stem().string();
    YAML::Node root;
    std::optional<YAML::Mark> alias;
    struct TextGuard {
      explicit TextGuard(std::string_view text) { t_rule_text = text; }
      ~TextGuard() { t_rule_text = {}; }
      TextGuard(const TextGuard&) = delete;
      TextGuard& operator=(const TextGuard&) = delete;
    } guard(contents_[path]);
    try {
      LoadedYaml loaded = LoadFindingAlias(contents_[path]);
      root = std::move(loaded.root);
      alias = loaded.alias;
    } catch (const YAML::ParserException& e) {
      const YAML::Mark at = ParserErrorMark(e, contents_[path]);
      return Status::Error("YAML syntax: " + PrintableMessage(e.msg), path, at.line + 1, at.column + 1);
    }
    if (alias) {
      return Status::Error("YAML aliases (*name) are not read here: write the value out in full", path, alias->line + 1, alias->column + 1);
    }
    if (Status s = CheckClosedQuotes(root, contents_[path], path); !s.ok()) return s;
    if (Status s = CheckDuplicateKeys(root, path); !s.ok()) return s;
    if (!root.IsMap()) return ErrorAt(path, root, "a rule file must be a YAML mapping");
    auto info = std::make_unique<RuleInfo>();
    info->id = category + "." + name;
    info->language = lang;
    info->path = path;
    const YAML::Node kind = root["kind"];
    if (!kind) return Status::Error("missing key 'kind'", path, 1, 1);
    info->kind = kind.as<std::string>("");
    if (!kKinds.count(info->kind)) {
      return ErrorAt(path, kind, "unknown kind '" + info->kind +
                                     "' (boilerplate, phrase, cue, attribution, document, metric)");
    }
    const auto& kind_keys = kKindKeys.at(info->kind);
    for (auto it = root.begin(); it != root.end(); ++it) {
      std::string key = it->first.as<std::string>("");
      if (!kCommonKeys.count(key) && !kind_keys.count(key)) {
        return ErrorAt(path, it->first, "unknown key '" + key + "' for kind " + info->kind);
      }
      // Keys whose value is one string: a list or a mapping there is an
      // error, not an empty string.
      static const std::set<std::string> kStringKeys = {"message", "level", "link", "description", "scope",
                                                        "role", "list", "tone", "lemmas", "source",
                                                        "check", "metric"};
      const YAML::Node value = it->second;
      if (kStringKeys.count(key) && (value.IsSequence() || value.IsMap())) {
        return ErrorAt(path, value, "'" + key + "' must be a string, not " + NonStringKind(value));
      }
      if (key == "case_sensitive" && (!value.IsScalar() || (value.Scalar() != "true" && value.Scalar() != "false"))) {
        return ErrorAt(path, value, "'case_sensitive' must be true or false");
      }
    }
    if (!root["message"]) return Status::Error("missing key 'message'", path, 1, 1);
    info->message = root["message"].as<std::string>("");
    if (info->message.empty()) return ErrorAt(path, root["message"], "empty 'message'");
    if (root["level"]) {
      auto sev = ParseSeverity(root["level"].as<std::string>(""));
      if (!sev) return ErrorAt(path, root["level"], "level must be suggestion, warning or error");
      info->level = *sev;
    }
    if (root["link"]) info->link = root["link"].as<std::string>("");
    if (root["weight"]) {
      try {
        info->weight = root["weight"].as<double>();
      } catch (const YAML::Exception&) {
        return ErrorAt(path, root["weight"], "weight must be a number");
      }
      // !(0 <= w <= 1) also refuses .nan, which fails every comparison.
      if (!(info->weight >= 0 && info->weight <= 1)) {
        return ErrorAt(path, root["weight"], "weight must be between 0 and 1 (a penalty is a positive weight)");
      }
    }
    if (const YAML::Node ex = root["examples"]) {
      if (!ex.IsMap()) return ErrorAt(path, ex, "examples must have 'flag' and 'pass' lists");
      for (auto it = ex.begin(); it != ex.end(); ++it) {
        std::string key = it->first.as<std::string>("");
        if (key != "flag" && key != "pass") {
          return ErrorAt(path, it->first, "unknown key '" + key + "' in examples (flag, pass)");
        }
        // A copy of the handle: it->second lives in a temporary proxy, and a
        // range-for over it would read the proxy after its end.
        const YAML::Node list = it->second;
        if (!list.IsSequence()) return ErrorAt(path, list, "examples must be a list");
        if (Status s = CheckStrings(path, list, "examples: " + key); !s.ok()) return s;
        for (const auto& e : list) {
          (key == "flag" ? info->flag_examples : info->pass_examples).push_back(e.as<std::string>(""));
        }
      }
    }
    for (const auto& p : pending_) {
      if (p.info->id == info->id && p.info->language == lang) {
        return Status::Error("rule id '" + info->id + "' is used twice in language '" + lang +
                                 "' (also in " + p.spec.path + ")",
                             path, 1, 1);
      }
    }
    Pending pending;
    pending.info = std::move(info);
    pending.spec.path = path;
    pending.spec.yaml = contents_[path];
    // Validate kind-specific keys now so errors point at the file.
    Status s = ValidateKind(root, lang, &pending);
    if (!s.ok()) return s;
    pending_.push_back(std::move(pending));
    return Status::Ok();
  }

  // Checks the kind's keys and fills `p->spec` from them. Every pattern
  // goes through RE2's parser (with the rule's case sensitivity), so a bad
  // pattern is an error at load in every language; compiling waits for
  // the pack (RuleSet::Pack).
  Status ValidateKind(const YAML::Node& root, const std::string& lang, Pending* pending) {
    const Pending& p = *pending;
    RuleSpec& spec = pending->spec;
    const std::string& path = spec.path;
    const std::string& kind = p.info->kind;
    spec.case_sensitive = root["case_sensitive"] && root["case_sensitive"].as<bool>(false);
    RE2::Options opts;
    opts.set_log_errors(false);
    opts.set_case_sensitive(spec.case_sensitive);
    // Whether a pattern parses does not depend on case folding: folding
    // only adds the other cases of a literal or a class's ranges, which
    // cannot fail (RE2's parser checks syntax, ranges, repeat sizes and
    // nesting the same either way). Parsing without it is about a third
    // cheaper for the rules as written (no folded copy of each \pL range),
    // so every pattern is parsed case-sensitively first; only a pattern
    // that fails is parsed again with the rule's own options, and the
    // error (or, were it to parse, the pattern) comes from that parse.
    RE2::Options fast = opts;
    fast.set_case_sensitive(true);
    auto parse = [&](const YAML::Node& node, const char* what, std::vector<PatternSource>* out) {
      std::string text = node.as<std::string>("");
      std::string error;
      // A cheaper stand-in first (ParseCheckPattern); an error, or a
      // pattern with none, is read from the pattern itself as before.
      bool parsed = false;
      if (const auto stand_in = ParseCheckPattern(text)) {
        parsed = RE2::Set(fast, RE2::UNANCHORED).Add(*stand_in, &error) >= 0;
        error.clear();
      }
      if (!parsed) parsed = RE2::Set(fast, RE2::UNANCHORED).Add(text, &error) >= 0;
      if (!parsed && !spec.case_sensitive) {
        error.clear();
        parsed = RE2::Set(opts, RE2::UNANCHORED).Add(text, &error) >= 0;
      }
      if (!parsed) return ErrorAt(path, node, what + error);
      if (MatchesEmpty(text)) {
        return ErrorAt(path, node, std::string(what) + "'" + text +
                                       "' can match the empty string, so it would match everywhere "
                                       "(a pattern must match at least one character)");
      }
      const YAML::Mark m = node.Mark();
      out->push_back({std::move(text), m.is_null() ? 1 : m.line + 1, m.is_null() ? 1 : m.column + 1});
      return Status::Ok();
    };
    if (root["list"]) {
      std::string list = root["list"].as<std::string>("");
      if (!ListExists(lang, list)) {
        return ErrorAt(path, root["list"], "list '" + list + "' not found in " + lang +
                                               "/lists/ or any/lists/");
      }
      // A list file left with comments only would make a rule that
      // matches nothing, as `patterns: []` would.
      if (!ListHasEntries(lang, list)) {
        return ErrorAt(path, root["list"], "list '" + list + "' has no entries in " + lang +
                                               "/lists/ or any/lists/ (every line is empty or a comment), "
                                               "so the rule would match nothing");
      }
      spec.list = list;
      const YAML::Mark m = root["list"].Mark();
      if (!m.is_null()) {
        spec.list_line = m.line + 1;
        spec.list_column = m.column + 1;
      }
    }
    if (kind == "boilerplate" || kind == "phrase") {
      if (!root["patterns"] && !root["list"]) {
        return Status::Error("a " + kind + " rule needs 'patterns' or 'list'", path, 1, 1);
      }
      if (root["patterns"] && !root["patterns"].IsSequence()) {
        return ErrorAt(path, root["patterns"], "'patterns' must be a list");
      }
      if (root["patterns"] && root["patterns"].size() == 0) {
        return ErrorAt(path, root["patterns"], "'patterns' is empty: a " + kind +
                                                   " rule with no pattern matches nothing (give at least one, "
                                                   "or a 'list')");
      }
      if (Status s = CheckStrings(path, root["patterns"], "patterns"); !s.ok()) return s;
      for (const auto& pat : root["patterns"]) {
        Status s = parse(pat, "bad pattern: ", &spec.patterns);
        if (!s.ok()) return s;
      }
    }
    if (root["exceptions"] && !root["exceptions"].IsSequence()) {
      return ErrorAt(path, root["exceptions"], "'exceptions' must be a list of patterns");
    }
    if (Status s = CheckStrings(path, root["exceptions"], "exceptions"); !s.ok()) return s;
    for (const auto& pat : root["exceptions"]) {
      Status s = parse(pat, "bad exception pattern: ", &spec.exceptions);
      if (!s.ok()) return s;
    }
    if (kind == "boilerplate" && root["scope"]) {
      std::string scope = root["scope"].as<std::string>("");
      if (scope != "line" && scope != "span" && scope != "adjacent-line" && scope != "dateline") {
        return ErrorAt(path, root["scope"], "scope must be line, span, adjacent-line or dateline");
      }
      spec.scope = scope == "span" ? BoilerplateScope::kSpan
                   : scope == "adjacent-line" ? BoilerplateScope::kAdjacentLine
                   : scope == "dateline" ? BoilerplateScope::kDateline
                                         : BoilerplateScope::kLine;
    }
    if (kind == "phrase") {
      if (!root["role"]) return Status::Error("a phrase rule needs 'role'", path, 1, 1);
      if (!ParseRole(root["role"].as<std::string>(""))) {
        return ErrorAt(path, root["role"], "unknown role '" + root["role"].as<std::string>("") +
                                                 "' (anonymous, reason, request, access, outreach, "
                                                 "outlet-as-source, boilerplate-reason, opinion, "
                                                 "attack, side)");
      }
      spec.role = *ParseRole(root["role"].as<std::string>(""));
    }
    if (kind == "cue") {
      if (!root["list"] && !root["lemmas"]) return Status::Error("a cue rule needs 'list' or 'lemmas'", path, 1, 1);
      if (root["lemmas"]) {
        std::string lemmas = root["lemmas"].as<std::string>("");
        if (!IsLemmaList(lemmas)) {
          return ErrorAt(path, root["lemmas"], "'lemmas' names a cue-lemmas-* list, not '" + lemmas + "'");
        }
        if (!ListExists(lang, lemmas)) {
          return ErrorAt(path, root["lemmas"], "list '" + lemmas + "' not found in " + lang +
                                                   "/lists/ or any/lists/");
        }
        if (!ListHasEntries(lang, lemmas)) {
          return ErrorAt(path, root["lemmas"], "list '" + lemmas + "' has no entries in " + lang +
                                                   "/lists/ or any/lists/ (every line is empty or a comment)");
        }
        spec.lemmas = lemmas;
      }
      if (root["tone"]) {
        std::string tone = root["tone"].as<std::string>("");
        if (tone != "neutral" && tone != "loaded" && tone != "non-speech") {
          return ErrorAt(path, root["tone"], "tone must be neutral, loaded or non-speech");
        }
        spec.tone = tone == "loaded" ? CueTone::kLoaded
                    : tone == "non-speech" ? CueTone::kNonSpeech
                                           : CueTone::kNeutral;
      }
      if (root["source"]) {
        std::string where = root["source"].as<std::string>("");
        if (where != "either" && where != "after") {
          return ErrorAt(path, root["source"], "source must be either or after");
        }
        spec.source_after = where == "after";
      }
    }
    if (kind == "attribution") {
      const YAML::Node when = root["when"];
      if (!when) return Status::Error("an attribution rule needs 'when'", path, 1, 1);
      if (!when.IsMap()) {
        std::string what = NonStringKind(when);
        if (what.empty()) what = "a string";
        return ErrorAt(path, when, "'when' must be a mapping of conditions (anonymous: true), not " + what);
      }
      for (auto it = when.begin(); it != when.end(); ++it) {
        Status s = ValidateCondition(path, it->first, it->second);
        if (!s.ok()) return s;
        spec.when[it->first.as<std::string>("")] = it->second.as<std::string>("");
      }
    }
    if (kind == "document") {
      if (!root["check"]) return Status::Error("a document rule needs 'check'", path, 1, 1);
      std::string check = root["check"].as<std::string>("");
      if (!kDocumentChecks.count(check)) {
        return ErrorAt(path, root["check"], "unknown check '" + check + "' (" + Joined(kDocumentChecks) + ")");
      }
      spec.check = check;
    }
    if (kind == "metric") {
      if (!root["metric"]) return Status::Error("a metric rule needs 'metric'", path, 1, 1);
      std::string metric = root["metric"].as<std::string>("");
      if (!kMetrics.count(metric)) {
        return ErrorAt(path, root["metric"], "unknown metric '" + metric + "' (" + Joined(kMetrics) + ")");
      }
      spec.metric = metric;
      if (!root["above"] && !root["below"]) {
        return Status::Error("a metric rule needs 'above' or 'below'", path, 1, 1);
      }
      for (const char* bound : {"above", "below"}) {
        if (!root[bound]) continue;
        double value = 0;
        try {
          value = root[bound].as<double>();
        } catch (const YAML::Exception&) {
          return ErrorAt(path, root[bound], std::string("'") + bound + "' must be a number");
        }
        // Every metric is a share or a count: a finite number, not negative
        // (.nan would compare false against every value and never fire).
        if (!std::isfinite(value) || value < 0) {
          return ErrorAt(path, root[bound], std::string("'") + bound + "' must be a finite number of 0 or more");
        }
        (std::string_view(bound) == "above" ? spec.above : spec.below) = value;
      }
    }
    return Status::Ok();
  }

  // One `when:` condition: a known name with a value of the right form.
  static Status ValidateCondition(const std::string& path, const YAML::Node& key_node,
                                  const YAML::Node& value_node) {
    const std::string key = key_node.as<std::string>("");
    if (!value_node.IsScalar()) return ErrorAt(path, value_node, "condition '" + key + "' needs one value");
    const std::string value = value_node.as<std::string>("");
    if (kBoolWhenKeys.count(key)) {
      if (value != "true" && value != "false") {
        return ErrorAt(path, value_node, "condition '" + key + "' must be true or false, not '" + value + "'");
      }
    } else if (kLevelWhenKeys.count(key)) {
      if (value.size() != 2 || value[0] != 'T' || value[1] < '0' || value[1] > '5') {
        return ErrorAt(path, value_node, "condition '" + key + "' must be a level T0 to T5, not '" + value + "'");
      }
    } else if (key == "source_kind") {
      auto names = SplitAlternatives(value);
      if (names.empty()) return ErrorAt(path, value_node, "condition 'source_kind' is empty");
      for (const auto& n : names) {
        if (!kSourceKinds.count(n)) {
          return ErrorAt(path, value_node, "unknown source_kind '" + n + "' (" + Joined(kSourceKinds) + ")");
        }
      }
    } else if (key == "specificity") {
      if (!kSpecificities.count(value)) {
        return ErrorAt(path, value_node, "specificity must be vague or described, not '" + value + "'");
      }
    } else if (key == "cue_tone") {
      for (const auto& n : SplitAlternatives(value)) {
        if (!kCueTones.count(n)) {
          return ErrorAt(path, value_node, "unknown cue_tone '" + n + "' (" + Joined(kCueTones) + ")");
        }
      }
    } else {
      return ErrorAt(path, key_node, "unknown condition '" + key + "'");
    }
    return Status::Ok();
  }

  static std::optional<PhraseRole> ParseRole(const std::string& r) {
    static const std::map<std::string, PhraseRole> kRoles = {
        {"anonymous", PhraseRole::kAnonymous}, {"reason", PhraseRole::kReason},
        {"request", PhraseRole::kRequest}, {"access", PhraseRole::kAccess},
        {"outreach", PhraseRole::kOutreach}, {"outlet-as-source", PhraseRole::kOutletAsSource},
        {"boilerplate-reason", PhraseRole::kBoilerplateReason}, {"opinion", PhraseRole::kOpinion},
        {"attack", PhraseRole::kAttack}, {"side", PhraseRole::kSide}};
    auto it = kRoles.find(r);
    if (it == kRoles.end()) return std::nullopt;
    return it->second;
  }

  std::string dir_;
  PackBuilder* builder_ = nullptr;
  std::map<std::string, std::string> contents_;
  std::vector<Pending> pending_;
  // .txt files inside a language folder but outside its lists/, and
  // whether they hold an entry (a line that is not empty or a comment).
  std::vector<std::pair<std::string, bool>> stray_texts_;
  std::map<std::string, std::string> list_paths_;  // "<lang>/<name>" -> the list file
};

Result<std::shared_ptr<const RuleSet>> RuleSet::Load(const std::string& dir) {
  try {
    RuleLoader loader(dir);
    return loader.Load();
  } catch (const YAML::Exception& e) {
    return Status::Error("rules: " + PrintableMessage(e.what()), dir);
  } catch (const std::exception& e) {
    return Status::Error(std::string("rules: ") + e.what(), dir);
  }
}

std::string RuleSet::DefaultDirectory(const std::string& argv0) {
  if (const char* env = std::getenv("ONRECORD_RULES"); env && *env) return env;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) exe = fs::path(argv0);
  std::vector<fs::path> candidates = {
      exe.parent_path() / ".." / "share" / "onrecord" / "rules",
      fs::path(ONRECORD_INSTALL_RULES_DIR),
      fs::path(ONRECORD_SOURCE_RULES_DIR),
  };
  for (const auto& c : candidates) {
    if (fs::is_directory(c, ec)) return fs::weakly_canonical(c, ec).string();
  }
  return ONRECORD_SOURCE_RULES_DIR;
}

const RuleSet::PackSlot& RuleSet::Slot(std::string_view language) const {
  auto it = packs_.find(language);
  if (it == packs_.end()) it = packs_.find("en");
  if (it == packs_.end()) it = packs_.find("any");
  return *it->second;
}

const LanguagePack& RuleSet::Pack(std::string_view language) const {
  // Slots are created at load and never move; only their pack is written,
  // once, under the builder's mutex.
  auto& slot = const_cast<PackSlot&>(Slot(language));
  if (const LanguagePack* ready = slot.ready.load(std::memory_order_acquire)) return *ready;
  std::lock_guard<std::mutex> lock(builder_->mutex);
  if (!slot.pack) {
    try {
      slot.pack = builder_->Build(slot.language);
    } catch (const std::exception& e) {
      // Out of memory while compiling: an empty pack that says why.
      slot.pack = std::make_unique<LanguagePack>();
      slot.pack->language = slot.language;
      slot.pack->status = Status::Error(std::string("rules: ") + e.what(), directory_);
    }
    slot.ready.store(slot.pack.get(), std::memory_order_release);
  }
  return *slot.pack;
}

Status RuleSet::PackStatus(std::string_view language) const { return Pack(language).status; }

std::vector<std::string> RuleSet::Languages() const {
  std::vector<std::string> out;
  for (const auto& [lang, pack] : packs_) {
    if (lang != "any") out.push_back(lang);
  }
  return out;
}

std::string RuleSet::LanguageByListWords(std::string_view text, std::string_view prefer) const {
  // The text's words, lower-cased (simple case mapping per code point),
  // with how often each occurs.
  std::unordered_map<std::string, int> words;
  // Words written only with a capital inside a sentence ("said Bo Li"):
  // names, which belong to no language, so the short-word check below
  // leaves them out (fixd38: "“Hi,” said Bo Li." was Kinyarwanda).
  std::unordered_map<std::string, bool> lower_seen;
  std::string word;
  bool capital = false, sentence_start = true;
  auto flush = [&] {
    if (!word.empty()) {
      ++words[word];
      bool& seen = lower_seen[word];
      seen = seen || !capital || sentence_start;
      sentence_start = false;
    }
    word.clear();
  };
  const int32_t n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(text.data(), i, n, c);
    // An apostrophe inside a word keeps it whole ("don't", "l'État").
    const bool apostrophe = (c == '\'' || c == 0x2019) && !word.empty();
    if (c >= 0 && (u_isalnum(c) || apostrophe)) {
      if (word.empty()) capital = u_isupper(c) || u_istitle(c);
      char buf[U8_MAX_LENGTH];
      int32_t len = 0;
      U8_APPEND_UNSAFE(buf, len, u_tolower(c));
      word.append(buf, static_cast<size_t>(len));
    } else {
      flush();
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == 0x3002) sentence_start = true;
    }
  }
  flush();
  // Each language's everyday words, from its lists as loaded, once.
  std::call_once(builder_->everyday_once, [this] {
    static constexpr const char* kEverydayLists[] = {"function-words", "pronouns", "determiners", "cues-neutral"};
    for (const auto& [lang, lists] : builder_->lists) {
      if (lang == "any" || !HasLanguage(lang)) continue;
      // A word of speech (cues-neutral) weighs two, any other everyday
      // word one.
      std::unordered_map<std::string, int> known;
      for (const char* name : kEverydayLists) {
        auto it = lists.find(name);
        if (it == lists.end()) continue;
        const int weight = std::string_view(name) == "cues-neutral" ? 2 : 1;
        for (const auto& entry : it->second) {
          // Of a phrase ("a déclaré", "told reporters"), the cue's last
          // word only when it is a verb of speech; other phrases not at all.
          std::string_view last = entry;
          if (const size_t space = last.rfind(' '); space != std::string_view::npos) {
            if (weight < 2) continue;
            last.remove_prefix(space + 1);
          }
          int& w = known[Lower(last)];
          w = std::max(w, weight);
        }
      }
      builder_->everyday.emplace_back(lang, std::move(known));
    }
  });
  std::string best;
  int best_count = 0;
  const std::unordered_map<std::string, int>* best_known = nullptr;
  for (const auto& [lang, known] : builder_->everyday) {
    int count = 0;
    for (const auto& [w, times] : words) {
      auto k = known.find(w);
      if (k != known.end()) count += k->second * times;
    }
    // One article or preposition two languages share ("de") decides nothing.
    if (count < 2) continue;
    if (count > best_count || (count == best_count && lang == prefer)) {
      best = lang;
      best_count = count;
      best_known = &known;
    }
  }
  // The detector named a language without rules ("De minister zei dat het
  // kabinet …" is Dutch, not Spanish for its two "de"): a language with
  // rules replaces it only when the text's short words are mostly its own.
  if (best_known != nullptr && !prefer.empty() && !HasLanguage(prefer)) {
    int short_words = 0, short_known = 0;
    for (const auto& [w, times] : words) {
      int32_t letters = 0;
      bool alphabetic = true;
      const int32_t len = static_cast<int32_t>(w.size());
      for (int32_t i = 0; i < len;) {
        UChar32 c;
        U8_NEXT(w.data(), i, len, c);
        ++letters;
        if (c < 0 || !u_isalpha(c)) alphabetic = false;
      }
      if (!alphabetic || letters > 3) continue;
      if (auto seen = lower_seen.find(w); seen != lower_seen.end() && !seen->second) continue;
      short_words += times;
      if (best_known->count(w) > 0) short_known += times;
    }
    if (short_words >= 2 && short_known * 3 < short_words * 2) return {};
  }
  return best;
}

bool RuleSet::HasLanguage(std::string_view language) const {
  return language != "any" && packs_.count(language) > 0;
}

const RuleInfo* RuleSet::Find(std::string_view id, std::string_view language) const {
  const RuleInfo* fallback = nullptr;
  for (const auto& r : rules_) {
    if (r.id != id) continue;
    if (r.language == language) return &r;
    if (r.language == "any" || !fallback) fallback = &r;
  }
  return fallback;
}

}  // namespace onrecord
