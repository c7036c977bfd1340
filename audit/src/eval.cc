// Evaluation against gold in the seed's schema: lenient text matching,
// speaker agreement, gold parsing and per-article scores (see onrecord/eval.h).
#include "onrecord/eval.h"
#include "json_error.h"

#include "onrecord/file.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <unordered_set>

#include "eval_internal.h"
#include "rule_pack.h"

namespace fs = std::filesystem;

namespace onrecord {

// ---------------------------------------------------------------------------
// Counting.

double PrfCounts::Precision() const { return predicted > 0 ? double(matched) / predicted : 1.0; }
double PrfCounts::Recall() const { return gold > 0 ? double(matched) / gold : 1.0; }
double PrfCounts::F1() const {
  double p = Precision(), r = Recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}
PrfCounts& PrfCounts::operator+=(const PrfCounts& o) {
  gold += o.gold;
  predicted += o.predicted;
  matched += o.matched;
  return *this;
}

std::optional<double> Ratio::Value() const {
  if (total <= 0) return std::nullopt;
  return double(correct) / total;
}
Ratio& Ratio::operator+=(const Ratio& o) {
  correct += o.correct;
  total += o.total;
  return *this;
}

const char* EvalIssueKindName(EvalIssue::Kind kind) {
  switch (kind) {
    case EvalIssue::Kind::kMissedQuote: return "missed quote";
    case EvalIssue::Kind::kExtraQuote: return "extra quote";
    case EvalIssue::Kind::kWrongSpeaker: return "wrong speaker";
    case EvalIssue::Kind::kMissedAnonymous: return "missed anonymous source";
    case EvalIssue::Kind::kExtraAnonymous: return "extra anonymous source";
    case EvalIssue::Kind::kWrongSpecificity: return "wrong specificity";
    case EvalIssue::Kind::kWrongReason: return "wrong reason_given";
    case EvalIssue::Kind::kMissedSpan: return "missed span";
    case EvalIssue::Kind::kExtraSpan: return "extra span";
    case EvalIssue::Kind::kMissedDirectQuote: return "missed direct quote";
  }
  return "?";
}

GoldEval& GoldEval::operator+=(const GoldEval& o) {
  quotes += o.quotes;
  quotes_exact += o.quotes_exact;
  quotes_overlap80 += o.quotes_overlap80;
  speaker += o.speaker;
  anonymous += o.anonymous;
  specificity += o.specificity;
  reason += o.reason;
  quote_articles += o.quote_articles;
  anonymous_articles += o.anonymous_articles;
  return *this;
}

// ---------------------------------------------------------------------------
// Greedy one-to-one matching (shared with eval_polnear.cc).

namespace eval_internal {

std::vector<std::pair<int, int>> GreedyMatch(std::vector<Candidate> candidates) {
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    if (a.primary != b.primary) return a.primary > b.primary;
    if (a.secondary != b.secondary) return a.secondary > b.secondary;
    if (a.distance != b.distance) return a.distance < b.distance;
    if (a.gold != b.gold) return a.gold < b.gold;
    return a.predicted < b.predicted;
  });
  std::unordered_set<int> used_gold, used_predicted;
  std::vector<std::pair<int, int>> pairs;
  for (const auto& c : candidates) {
    if (used_gold.count(c.gold) || used_predicted.count(c.predicted)) continue;
    used_gold.insert(c.gold);
    used_predicted.insert(c.predicted);
    pairs.emplace_back(c.gold, c.predicted);
  }
  std::sort(pairs.begin(), pairs.end());
  return pairs;
}

}  // namespace eval_internal

using eval_internal::Candidate;
using eval_internal::GreedyMatch;

// ---------------------------------------------------------------------------
// Lenient text matching.

namespace {

icu::UnicodeString FoldedNfc(std::string_view text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), int32_t(text.size())));
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_SUCCESS(status)) {
    icu::UnicodeString n = nfc->normalize(u, status);
    if (U_SUCCESS(status)) u = n;
  }
  u.foldCase(U_FOLD_CASE_DEFAULT);
  return u;
}

UChar32 MapMark(UChar32 c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC: case 0x00B4:
    case 0x0060:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB: case 0x2039:
    case 0x203A: case 0x300C: case 0x300D: case 0x300E: case 0x300F: case 0x2033:
      return '"';
    default:
      return c;
  }
}

bool IsTrimmable(UChar32 c) {
  return u_isUWhiteSpace(c) || u_ispunct(c) || c == '"' || c == '\'';
}

bool IsSingleCharScript(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript(c, &status);
  if (U_FAILURE(status)) return false;
  return script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA;
}

bool IsWordChar(UChar32 c) {
  if (u_hasBinaryProperty(c, UCHAR_ALPHABETIC) || u_isdigit(c)) return true;
  int8_t type = u_charType(c);
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK;
}

std::string ToUtf8(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}

}  // namespace

std::string NormalizeForMatch(std::string_view text) {
  icu::UnicodeString folded = FoldedNfc(text);
  std::vector<UChar32> cps;
  bool space = false;
  for (int32_t i = 0; i < folded.length();) {
    UChar32 c = MapMark(folded.char32At(i));
    i += U16_LENGTH(folded.char32At(i));
    if (u_isUWhiteSpace(c) || c == 0x200B) {
      space = true;
      continue;
    }
    if (space && !cps.empty()) cps.push_back(' ');
    space = false;
    cps.push_back(c);
  }
  size_t begin = 0, end = cps.size();
  while (begin < end && IsTrimmable(cps[begin])) ++begin;
  while (end > begin && IsTrimmable(cps[end - 1])) --end;
  icu::UnicodeString out;
  for (size_t i = begin; i < end; ++i) out.append(cps[i]);
  return ToUtf8(out);
}

std::vector<std::string> MatchTokens(std::string_view text) {
  icu::UnicodeString folded = FoldedNfc(text);
  std::vector<std::string> tokens;
  icu::UnicodeString current;
  auto flush = [&] {
    if (!current.isEmpty()) tokens.push_back(ToUtf8(current));
    current.remove();
  };
  for (int32_t i = 0; i < folded.length();) {
    UChar32 c = folded.char32At(i);
    i += U16_LENGTH(c);
    if (IsSingleCharScript(c) && IsWordChar(c)) {
      flush();
      current.append(c);
      flush();
    } else if (IsWordChar(c)) {
      current.append(c);
    } else {
      flush();
    }
  }
  flush();
  return tokens;
}

namespace eval_internal {

namespace {

// Articles, the commonest prepositions and "and" in the languages of the
// corpus: they do not count toward token overlap, so that "the person" and
// "people familiar with the matter" do not match on "the" alone.
const std::set<std::string>& FunctionWords() {
  static const std::set<std::string> kSet = {
      "a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "by", "with", "from",
      "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und", "von", "zu", "im",
      "le", "la", "les", "l", "un", "une", "de", "du", "d", "et", "à", "au", "aux", "en",
      "el", "los", "las", "unos", "unas", "del", "y", "al",
      "il", "lo", "i", "gli", "di", "della", "e",
      "o", "os", "as", "um", "uma", "do", "da", "dos", "em",
      "и", "в", "на", "с", "по"};
  return kSet;
}

}  // namespace

PreparedText Prepare(std::string_view text) {
  PreparedText p;
  p.normalized = NormalizeForMatch(text);
  p.tokens = MatchTokens(text);
  for (const auto& t : p.tokens) {
    if (!FunctionWords().count(t)) p.sorted_tokens.push_back(t);
  }
  if (p.sorted_tokens.empty()) p.sorted_tokens = p.tokens;
  std::sort(p.sorted_tokens.begin(), p.sorted_tokens.end());
  return p;
}

TextSimilarity Compare(const PreparedText& a, const PreparedText& b) {
  TextSimilarity s;
  s.exact = a.normalized == b.normalized;
  size_t i = 0, j = 0;
  while (i < a.sorted_tokens.size() && j < b.sorted_tokens.size()) {
    int c = a.sorted_tokens[i].compare(b.sorted_tokens[j]);
    if (c == 0) {
      ++s.shared;
      ++i;
      ++j;
    } else if (c < 0) {
      ++i;
    } else {
      ++j;
    }
  }
  size_t shorter = std::min(a.sorted_tokens.size(), b.sorted_tokens.size());
  size_t longer = std::max(a.sorted_tokens.size(), b.sorted_tokens.size());
  if (shorter > 0) s.of_shorter = double(s.shared) / double(shorter);
  if (longer > 0) s.of_longer = double(s.shared) / double(longer);
  return s;
}

}  // namespace eval_internal

TextSimilarity CompareText(std::string_view a, std::string_view b) {
  return eval_internal::Compare(eval_internal::Prepare(a), eval_internal::Prepare(b));
}

// ---------------------------------------------------------------------------
// Speakers.

namespace {

std::string RemoveGlosses(std::string_view s) {
  // Drops (…), […], （…） with their contents, nesting allowed.
  std::string out;
  int depth = 0;
  size_t i = 0;
  while (i < s.size()) {
    UChar32 c;
    size_t start = i;
    U8_NEXT(s.data(), i, s.size(), c);
    bool open = c == '(' || c == '[' || c == 0xFF08;
    bool close = c == ')' || c == ']' || c == 0xFF09;
    if (open) {
      ++depth;
    } else if (close) {
      if (depth > 0) --depth;
    } else if (depth == 0) {
      out.append(s.substr(start, i - start));
    }
  }
  return out;
}

const std::set<std::string>& Honorifics() {
  static const std::set<std::string> kSet = {
      "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "rev",
      "herr", "frau", "m", "mme", "mlle", "monsieur", "madame", "sr", "sra", "srta", "señor",
      "señora", "don", "doña", "dona", "sig", "signor", "signora", "dott", "г", "н",
      "господин", "госпожа"};
  return kSet;
}

// Words after which the head noun of a description has ended.
const std::set<std::string>& HeadBoundaries() {
  static const std::set<std::string> kSet = {
      // en
      "for", "of", "in", "at", "from", "with", "who", "whom", "whose", "which", "that", "familiar",
      "close", "briefed", "on", "to", "by", "under", "inside", "within", "involved", "knowledgeable",
      // de
      "von", "vom", "der", "des", "aus", "bei", "beim", "für", "im", "mit", "die", "das",
      // fr, es, it, pt
      "de", "du", "des", "del", "della", "dello", "dei", "degli", "di", "da", "do", "dos", "das",
      "au", "aux", "en", "qui", "que", "proche", "proches", "cercano", "cercana", "vicino",
      // ru
      "из", "от", "в", "при", "близкий", "который", "которая", "которые"};
  return kSet;
}

const std::set<std::string>& Conjunctions() {
  static const std::set<std::string> kSet = {"and", "und", "et", "y", "e", "и"};
  return kSet;
}

std::vector<std::string> StripHonorifics(std::vector<std::string> tokens) {
  std::vector<std::string> out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    bool last = i + 1 == tokens.size();
    if (!last && Honorifics().count(tokens[i])) continue;
    out.push_back(tokens[i]);
  }
  return out;
}

// The parts of a (possibly joint) speaker, each as honorific-free tokens.
std::vector<std::vector<std::string>> SpeakerParts(std::string_view speaker) {
  std::string cleaned = RemoveGlosses(speaker);
  // Split on list punctuation first, then on conjunction words.
  std::vector<std::string> pieces;
  std::string current;
  size_t i = 0;
  while (i < cleaned.size()) {
    UChar32 c;
    size_t start = i;
    U8_NEXT(cleaned.data(), i, cleaned.size(), c);
    // A comma between digits groups a number ("1,409 teachers"): no list.
    const bool digit_comma = c == ',' && start > 0 && i < cleaned.size() && cleaned[start - 1] >= '0' &&
                             cleaned[start - 1] <= '9' && cleaned[i] >= '0' && cleaned[i] <= '9';
    if (!digit_comma && (c == ',' || c == ';' || c == '&' || c == 0x3001 || c == 0xFF0C || c == 0xFF1B)) {
      pieces.push_back(current);
      current.clear();
    } else {
      current.append(cleaned.substr(start, i - start));
    }
  }
  pieces.push_back(current);
  std::vector<std::vector<std::string>> parts;
  for (const auto& piece : pieces) {
    std::vector<std::string> part;
    for (auto& token : MatchTokens(piece)) {
      if (Conjunctions().count(token)) {
        if (!part.empty()) parts.push_back(StripHonorifics(std::move(part)));
        part.clear();
      } else {
        part.push_back(std::move(token));
      }
    }
    if (!part.empty()) parts.push_back(StripHonorifics(std::move(part)));
  }
  return parts;
}

bool ContainsRun(const std::vector<std::string>& hay, const std::vector<std::string>& needle) {
  if (needle.empty() || needle.size() > hay.size()) return false;
  return std::search(hay.begin(), hay.end(), needle.begin(), needle.end()) != hay.end();
}

std::string HeadNoun(const std::vector<std::string>& tokens) {
  size_t end = tokens.size();
  for (size_t i = 1; i < tokens.size(); ++i) {
    if (HeadBoundaries().count(tokens[i])) {
      end = i;
      break;
    }
  }
  return end > 0 ? tokens[end - 1] : std::string();
}

// Whether `glosses` ("word:gloss" entries) give `gloss` for `word`.
bool Glosses(const std::vector<std::string>& glosses, const std::string& word, const std::string& gloss) {
  if (word.empty() || gloss.empty()) return false;
  for (const auto& entry : glosses) {
    if (entry.size() == word.size() + 1 + gloss.size() && entry.compare(0, word.size(), word) == 0 &&
        entry[word.size()] == ':' && entry.compare(word.size() + 1, gloss.size(), gloss) == 0) {
      return true;
    }
  }
  return false;
}

bool PartsAgree(const std::vector<std::string>& g, const std::vector<std::string>& p,
                const std::vector<std::string>* glosses = nullptr) {
  if (g.empty() || p.empty()) return false;
  if (g == p || ContainsRun(g, p) || ContainsRun(p, g)) return true;
  if (g.back() == p.back()) return true;
  std::string hg = HeadNoun(g), hp = HeadNoun(p);
  if (!hg.empty() && hg == hp) return true;
  // "a spokesman for the Interior Ministry" for "ein Sprecher des
  // Innenministeriums": the gold's head is the gloss of a predicted word
  // before the first boundary word (its head; in Russian, where genitives
  // follow with no preposition, "пресс-секретарь министерства", an earlier
  // word).
  if (!glosses || hg.empty()) return false;
  for (size_t i = 0; i < p.size(); ++i) {
    if (i > 0 && HeadBoundaries().count(p[i])) break;
    if (Glosses(*glosses, p[i], hg)) return true;
  }
  return false;
}

}  // namespace

std::string NormalizeSpeaker(std::string_view speaker) {
  std::string out;
  for (const auto& part : SpeakerParts(speaker)) {
    if (!out.empty()) out += " and ";
    for (size_t i = 0; i < part.size(); ++i) {
      if (i) out += ' ';
      out += part[i];
    }
  }
  return out;
}

bool SpeakersAgree(std::string_view gold, std::string_view predicted) {
  static const std::vector<std::string> kNone;
  return SpeakersAgree(gold, predicted, kNone);
}

bool SpeakersAgree(std::string_view gold, std::string_view predicted, const std::vector<std::string>& head_glosses) {
  std::string g = NormalizeForMatch(gold), p = NormalizeForMatch(predicted);
  if (g.empty() || p.empty()) return g.empty() && p.empty();
  if (g == p) return true;
  auto gold_parts = SpeakerParts(gold);
  auto predicted_parts = SpeakerParts(predicted);
  if (gold_parts.empty() || predicted_parts.empty()) return false;
  for (const auto& gp : gold_parts) {
    for (const auto& pp : predicted_parts) {
      if (PartsAgree(gp, pp, &head_glosses)) return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------
// Gold files.

namespace eval_internal {

namespace {

size_t SkipSpace(std::string_view s, size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
  return i;
}

// Skips a JSON string starting at s[i] == '"'; returns the index past it and
// (when `out` is given) its raw contents with simple escapes decoded.
size_t SkipString(std::string_view s, size_t i, std::string* out) {
  ++i;
  while (i < s.size() && s[i] != '"') {
    if (s[i] == '\\' && i + 1 < s.size()) {
      if (out) out->push_back(s[i + 1] == 'n' ? '\n' : s[i + 1]);
      i += 2;
    } else {
      if (out) out->push_back(s[i]);
      ++i;
    }
  }
  return std::min(i + 1, s.size());
}

size_t SkipValue(std::string_view s, size_t i) {
  i = SkipSpace(s, i);
  if (i >= s.size()) return i;
  if (s[i] == '"') return SkipString(s, i, nullptr);
  if (s[i] == '{' || s[i] == '[') {
    int depth = 0;
    while (i < s.size()) {
      char c = s[i];
      if (c == '"') {
        i = SkipString(s, i, nullptr);
        continue;
      }
      if (c == '{' || c == '[') ++depth;
      if (c == '}' || c == ']') {
        --depth;
        if (depth == 0) return i + 1;
      }
      ++i;
    }
    return i;
  }
  while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ']' && s[i] != ' ' &&
         s[i] != '\n' && s[i] != '\t' && s[i] != '\r') {
    ++i;
  }
  return i;
}

}  // namespace

std::optional<size_t> LocateJsonPointer(std::string_view s, const std::vector<std::string>& pointer) {
  size_t i = SkipSpace(s, 0);
  for (const auto& token : pointer) {
    if (i >= s.size()) return std::nullopt;
    if (s[i] == '{') {
      i = SkipSpace(s, i + 1);
      bool found = false;
      while (i < s.size() && s[i] == '"') {
        std::string key;
        i = SkipString(s, i, &key);
        i = SkipSpace(s, i);
        if (i < s.size() && s[i] == ':') i = SkipSpace(s, i + 1);
        if (key == token) {
          found = true;
          break;
        }
        i = SkipSpace(s, SkipValue(s, i));
        if (i < s.size() && s[i] == ',') i = SkipSpace(s, i + 1);
      }
      if (!found) return std::nullopt;
    } else if (s[i] == '[') {
      size_t index = 0;
      try {
        index = std::stoul(token);
      } catch (...) {
        return std::nullopt;
      }
      i = SkipSpace(s, i + 1);
      for (size_t k = 0; k < index; ++k) {
        i = SkipSpace(s, SkipValue(s, i));
        if (i < s.size() && s[i] == ',') i = SkipSpace(s, i + 1);
        else return std::nullopt;
      }
    } else {
      return std::nullopt;
    }
  }
  return i;
}

}  // namespace eval_internal

namespace {

class GoldParser {
 public:
  GoldParser(std::string_view text, std::string path) : text_(text), path_(std::move(path)) {}

  Status Error(const std::vector<std::string>& pointer, const std::string& message) const {
    std::string where;
    for (const auto& p : pointer) where += "/" + p;
    int line = 0, column = 0;
    if (auto offset = eval_internal::LocateJsonPointer(text_, pointer)) {
      LineIndex index(text_);
      auto pos = index.At(*offset);
      line = pos.line;
      column = pos.column;
    }
    return Status::Error((where.empty() ? std::string() : where + ": ") + message, path_, line, column);
  }

  // Reads an optional string member; null counts as absent.
  Status OptString(const nlohmann::json& obj, const std::vector<std::string>& at, const char* key,
                   std::optional<std::string>* out) const {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return Status::Ok();
    if (!it->is_string()) return Error(Extend(at, key), "expected a string or null");
    *out = it->get<std::string>();
    return Status::Ok();
  }

  Status RequiredString(const nlohmann::json& obj, const std::vector<std::string>& at, const char* key,
                        std::string* out) const {
    auto it = obj.find(key);
    if (it == obj.end()) return Error(at, std::string("missing \"") + key + "\"");
    if (!it->is_string()) return Error(Extend(at, key), "expected a string");
    *out = it->get<std::string>();
    return Status::Ok();
  }

  static std::vector<std::string> Extend(std::vector<std::string> at, std::string key) {
    at.push_back(std::move(key));
    return at;
  }

  Result<Gold> Parse() {
    nlohmann::json root;
    try {
      root = nlohmann::json::parse(text_.begin(), text_.end());
    } catch (const nlohmann::json::parse_error& e) {
      size_t offset = JsonErrorOffset(e, text_);
      LineIndex index(text_);
      auto pos = index.At(offset);
      std::string what = e.what();
      size_t colon = what.find(": ");
      std::string message = colon == std::string::npos ? what : what.substr(colon + 2);
      // A file that does not open as JSON at all (an article, a PolNeAR
      // .ann file) is named for what it is not, at its first character
      // (ro48): "invalid JSON" alone did not say what eval wanted.
      const size_t first = text_.find_first_not_of(" \t\r\n");
      const char c = first == std::string_view::npos ? '\0' : text_[first];
      const bool wide = text_.substr(0, 2) == "\xFF\xFE" || text_.substr(0, 2) == "\xFE\xFF" ||
                        text_.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4);
      if (wide) {
        return Status::Error("a gold file must be UTF-8 (JSON's encoding): this one opens with a UTF-16 or "
                             "UTF-32 byte-order mark; save it as UTF-8",
                             path_, 1, 1);
      }
      if (c != '{' && c != '[') {
        auto at = index.At(first == std::string_view::npos ? text_.size() : first);
        return Status::Error(
            std::string(first == std::string_view::npos ? "empty: " : "does not open with '{': ") +
                "not a gold file. `onrecord eval` reads gold JSON files (a JSON object with \"quotes\" and "
                "\"anonymous_sources\", docs/accuracy.md), folders holding them, or `--polnear DIR` (a PolNeAR "
                "folder: text/ and attributions/ with its .ann files); an article is found from its gold file",
            path_, at.line, at.column);
      }
      return Status::Error("invalid JSON: " + message, path_, pos.line, pos.column);
    }
    if (!root.is_object()) return Error({}, "a gold file must be a JSON object");
    Gold gold;
    gold.path = path_;
    std::optional<std::string> lang;
    if (Status s = OptString(root, {}, "file", &gold.file); !s.ok()) return s;
    if (Status s = OptString(root, {}, "lang", &lang); !s.ok()) return s;
    if (lang) gold.language = *lang;
    bool has_quotes = root.contains("quotes"), has_anonymous = root.contains("anonymous_sources");
    if (!has_quotes && !has_anonymous) {
      return Error({}, "not a gold file: it has neither \"quotes\" nor \"anonymous_sources\"");
    }
    gold.quotes_annotated = has_quotes;
    gold.anonymous_annotated = has_anonymous;
    if (has_quotes) {
      const auto& quotes = root["quotes"];
      if (!quotes.is_array()) return Error({"quotes"}, "expected an array");
      for (size_t i = 0; i < quotes.size(); ++i) {
        std::vector<std::string> at = {"quotes", std::to_string(i)};
        const auto& q = quotes[i];
        if (!q.is_object()) return Error(at, "expected an object");
        GoldQuote quote;
        std::optional<std::string> kind;
        if (Status s = RequiredString(q, at, "text", &quote.text); !s.ok()) return s;
        if (Status s = OptString(q, at, "speaker", &quote.speaker); !s.ok()) return s;
        if (Status s = OptString(q, at, "speaker_kind", &kind); !s.ok()) return s;
        if (Status s = OptString(q, at, "cue", &quote.cue); !s.ok()) return s;
        if (kind) {
          // Every enum of the gold schema is checked, as "specificity" is: a
          // typo ("nameed") would otherwise be compared as a kind and never agree.
          static constexpr const char* kKinds[] = {"named",    "described", "anonymous",
                                                   "organization", "document", "unattributed"};
          if (std::none_of(std::begin(kKinds), std::end(kKinds), [&](const char* k) { return *kind == k; })) {
            return Error(Extend(at, "speaker_kind"),
                         "expected \"named\", \"described\", \"anonymous\", \"organization\", \"document\" or "
                         "\"unattributed\"");
          }
          quote.speaker_kind = *kind;
        }
        gold.quotes.push_back(std::move(quote));
      }
    }
    if (has_anonymous) {
      const auto& anonymous = root["anonymous_sources"];
      if (!anonymous.is_array()) return Error({"anonymous_sources"}, "expected an array");
      for (size_t i = 0; i < anonymous.size(); ++i) {
        std::vector<std::string> at = {"anonymous_sources", std::to_string(i)};
        const auto& a = anonymous[i];
        if (!a.is_object()) return Error(at, "expected an object");
        GoldAnonymousSource source;
        if (Status s = RequiredString(a, at, "phrase", &source.phrase); !s.ok()) return s;
        std::optional<std::string> specificity;
        if (Status s = OptString(a, at, "specificity", &specificity); !s.ok()) return s;
        if (specificity) {
          if (*specificity == "vague") source.specificity = Specificity::kVague;
          else if (*specificity == "described") source.specificity = Specificity::kDescribed;
          else return Error(Extend(at, "specificity"), "expected \"vague\" or \"described\"");
        }
        auto it = a.find("reason_given");
        if (it != a.end() && !it->is_null()) {
          if (!it->is_boolean()) return Error(Extend(at, "reason_given"), "expected true, false or null");
          source.reason_given = it->get<bool>();
        }
        gold.anonymous_sources.push_back(std::move(source));
      }
    }
    return gold;
  }

 private:
  std::string_view text_;
  std::string path_;
};

}  // namespace

Result<Gold> ParseGold(std::string_view json, const std::string& path) {
  GoldParser parser(json, path);
  return parser.Parse();
}

Result<Gold> ReadGold(const std::string& path) {
  auto read = ReadRegularFile(path);
  if (!read.ok()) return Status::Error("cannot read gold file: " + read.status().message(), path);
  std::string bytes = std::move(read).value();
  if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) bytes.erase(0, 3);
  return ParseGold(bytes, path);
}

std::vector<std::string> ArticleCandidatesForGold(const std::string& gold_path, const Gold& gold) {
  fs::path p(gold_path);
  fs::path own = p.parent_path();
  // A gold in a folder named gold/ describes the article in the folder above
  // it first, then one beside it (a folder of *.gold.json and their texts
  // that happens to be called gold/). The folder's name is read from the path
  // made absolute, so "gold/NAME.json", "./NAME.json" run inside gold/ and an
  // absolute path find the same article.
  std::error_code ec;
  const fs::path absolute = fs::absolute(p, ec);
  const bool in_gold = (ec ? own : absolute.parent_path()).filename() == "gold";
  const fs::path up = ((own.empty() ? fs::path(".") : own) / "..").lexically_normal();
  std::vector<fs::path> dirs;
  if (in_gold) dirs.push_back(up == "." ? fs::path() : up);
  dirs.push_back(own);
  std::string stem = p.stem().string();  // NAME from NAME.json
  if (stem.size() > 5 && stem.compare(stem.size() - 5, 5, ".gold") == 0) stem.resize(stem.size() - 5);
  std::vector<std::string> out;
  auto add = [&out](const fs::path& path) {
    if (std::find(out.begin(), out.end(), path.string()) == out.end()) out.push_back(path.string());
  };
  for (const auto& dir : dirs) {
    for (const char* ext : {".txt", ".md", ".html", ".htm"}) add(dir / (stem + ext));
  }
  // The "file" field: an absolute path as it is; a relative one from the gold
  // file's own folder, then (for gold/) from the folder above it, then its
  // bare name in each.
  if (gold.file && !gold.file->empty()) {
    fs::path named(*gold.file);
    if (named.is_absolute()) {
      add(named);
    } else {
      add(own / named);
      if (in_gold) add((dirs.front() / named).lexically_normal());
      for (const auto& dir : dirs) add(dir / named.filename());
    }
  }
  return out;
}

Result<std::vector<std::string>> FindGoldFiles(const std::string& directory) {
  std::error_code ec;
  if (!fs::is_directory(directory, ec)) return Status::Error("not a directory", directory);
  std::vector<std::string> out;
  auto options = fs::directory_options::skip_permission_denied;
  fs::recursive_directory_iterator it(directory, options, ec), end;
  if (ec) return Status::Error("cannot read directory: " + ec.message(), directory);
  for (; it != end; it.increment(ec)) {
    if (ec) return Status::Error("cannot read directory: " + ec.message(), directory);
    const fs::path& path = it->path();
    std::string name = path.filename().string();
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(ec) || path.extension() != ".json") continue;
    bool in_gold = path.parent_path().filename() == "gold";
    bool gold_suffix = name.size() > 10 && name.compare(name.size() - 10, 10, ".gold.json") == 0;
    if (in_gold || gold_suffix) out.push_back(path.string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// ---------------------------------------------------------------------------
// Scoring one article.

namespace {

double RelativePosition(size_t index, size_t count) {
  return count == 0 ? 0.0 : (double(index) + 0.5) / double(count);
}

template <typename Accept>
std::vector<std::pair<int, int>> MatchTexts(const std::vector<eval_internal::PreparedText>& gold,
                                            const std::vector<eval_internal::PreparedText>& predicted,
                                            Accept accept) {
  std::vector<Candidate> candidates;
  for (size_t g = 0; g < gold.size(); ++g) {
    for (size_t p = 0; p < predicted.size(); ++p) {
      TextSimilarity s = eval_internal::Compare(gold[g], predicted[p]);
      if (!accept(s)) continue;
      Candidate c;
      c.gold = int(g);
      c.predicted = int(p);
      c.primary = s.exact ? 2.0 : s.of_longer;
      c.secondary = s.of_shorter;
      c.distance = std::fabs(RelativePosition(g, gold.size()) - RelativePosition(p, predicted.size()));
      candidates.push_back(c);
    }
  }
  return GreedyMatch(std::move(candidates));
}

EvalIssue MakeIssue(EvalIssue::Kind kind, std::string gold, std::string predicted, std::string context,
                    const Location* where) {
  EvalIssue issue;
  issue.kind = kind;
  issue.gold = std::move(gold);
  issue.predicted = std::move(predicted);
  issue.context = std::move(context);
  if (where) {
    issue.line = where->line;
    issue.column = where->column;
  }
  return issue;
}

GoldEval EvaluateGoldWith(const Gold& gold, const AuditResult& audit, const std::vector<std::string>& head_glosses) {
  GoldEval result;
  // Predictions in document order.
  std::vector<const Quote*> quotes;
  for (const auto& q : audit.quotes) {
    if (q.speech()) quotes.push_back(&q);
  }
  std::stable_sort(quotes.begin(), quotes.end(), [](const Quote* a, const Quote* b) {
    return a->location.begin < b->location.begin;
  });
  std::vector<const AnonymousSource*> anonymous;
  for (const auto& a : audit.anonymous_sources) anonymous.push_back(&a);
  std::stable_sort(anonymous.begin(), anonymous.end(), [](const AnonymousSource* a, const AnonymousSource* b) {
    return a->location.begin < b->location.begin;
  });
  // A gold with no "quotes" or no "anonymous_sources" key did not annotate
  // them: nothing is measured there (no prediction counts as extra), and the
  // article is left out of that metric's totals (fixa40).
  if (gold.quotes_annotated) {
    result.quote_articles = 1;
  } else {
    quotes.clear();
  }
  if (gold.anonymous_annotated) {
    result.anonymous_articles = 1;
  } else {
    anonymous.clear();
  }

  std::vector<eval_internal::PreparedText> gold_quotes, predicted_quotes, gold_phrases, predicted_phrases;
  for (const auto& q : gold.quotes) gold_quotes.push_back(eval_internal::Prepare(q.text));
  for (const auto* q : quotes) predicted_quotes.push_back(eval_internal::Prepare(q->text));
  for (const auto& a : gold.anonymous_sources) gold_phrases.push_back(eval_internal::Prepare(a.phrase));
  for (const auto* a : anonymous) predicted_phrases.push_back(eval_internal::Prepare(a->phrase));

  // Quotes.
  auto lenient = MatchTexts(gold_quotes, predicted_quotes, [](const TextSimilarity& s) { return s.Lenient(); });
  auto exact = MatchTexts(gold_quotes, predicted_quotes, [](const TextSimilarity& s) { return s.exact; });
  auto overlap = MatchTexts(gold_quotes, predicted_quotes, [](const TextSimilarity& s) { return s.Overlap80(); });
  for (PrfCounts* c : {&result.quotes, &result.quotes_exact, &result.quotes_overlap80}) {
    c->gold = int(gold_quotes.size());
    c->predicted = int(predicted_quotes.size());
  }
  result.quotes.matched = int(lenient.size());
  result.quotes_exact.matched = int(exact.size());
  result.quotes_overlap80.matched = int(overlap.size());

  std::vector<bool> gold_hit(gold_quotes.size()), predicted_hit(predicted_quotes.size());
  for (auto [g, p] : lenient) {
    gold_hit[g] = predicted_hit[p] = true;
    const GoldQuote& gq = gold.quotes[g];
    const Quote& pq = *quotes[p];
    bool ok = SpeakersAgree(gq.speaker.value_or(""), pq.speaker, head_glosses);
    ++result.speaker.total;
    if (ok) {
      ++result.speaker.correct;
    } else {
      result.issues.push_back(MakeIssue(EvalIssue::Kind::kWrongSpeaker, gq.speaker.value_or("(unattributed)"),
                                        pq.speaker.empty() ? "(unattributed)" : pq.speaker, pq.text,
                                        &pq.location));
    }
  }
  for (size_t g = 0; g < gold_quotes.size(); ++g) {
    if (gold_hit[g]) continue;
    result.issues.push_back(MakeIssue(EvalIssue::Kind::kMissedQuote, gold.quotes[g].speaker.value_or("(unattributed)"),
                                      "", gold.quotes[g].text, nullptr));
  }
  for (size_t p = 0; p < predicted_quotes.size(); ++p) {
    if (predicted_hit[p]) continue;
    const Quote& pq = *quotes[p];
    result.issues.push_back(MakeIssue(EvalIssue::Kind::kExtraQuote, "",
                                      pq.speaker.empty() ? "(unattributed)" : pq.speaker, pq.text, &pq.location));
  }

  // Anonymous sources.
  auto phrases = MatchTexts(gold_phrases, predicted_phrases, [](const TextSimilarity& s) { return s.Lenient(); });
  result.anonymous.gold = int(gold_phrases.size());
  result.anonymous.predicted = int(predicted_phrases.size());
  result.anonymous.matched = int(phrases.size());
  std::vector<bool> gold_phrase_hit(gold_phrases.size()), predicted_phrase_hit(predicted_phrases.size());
  for (auto [g, p] : phrases) {
    gold_phrase_hit[g] = predicted_phrase_hit[p] = true;
    const GoldAnonymousSource& ga = gold.anonymous_sources[g];
    const AnonymousSource& pa = *anonymous[p];
    if (ga.specificity) {
      ++result.specificity.total;
      if (*ga.specificity == pa.specificity) {
        ++result.specificity.correct;
      } else {
        result.issues.push_back(MakeIssue(EvalIssue::Kind::kWrongSpecificity, SpecificityName(*ga.specificity),
                                          SpecificityName(pa.specificity), pa.phrase, &pa.location));
      }
    }
    if (ga.reason_given) {
      ++result.reason.total;
      if (*ga.reason_given == pa.reason_given) {
        ++result.reason.correct;
      } else {
        result.issues.push_back(MakeIssue(EvalIssue::Kind::kWrongReason, *ga.reason_given ? "true" : "false",
                                          pa.reason_given ? "true" : "false", pa.phrase, &pa.location));
      }
    }
  }
  for (size_t g = 0; g < gold_phrases.size(); ++g) {
    if (gold_phrase_hit[g]) continue;
    const auto& ga = gold.anonymous_sources[g];
    result.issues.push_back(MakeIssue(EvalIssue::Kind::kMissedAnonymous,
                                      ga.specificity ? SpecificityName(*ga.specificity) : "", "", ga.phrase, nullptr));
  }
  for (size_t p = 0; p < predicted_phrases.size(); ++p) {
    if (predicted_phrase_hit[p]) continue;
    const auto& pa = *anonymous[p];
    result.issues.push_back(MakeIssue(EvalIssue::Kind::kExtraAnonymous, "", SpecificityName(pa.specificity),
                                      pa.phrase, &pa.location));
  }
  return result;
}

}  // namespace

GoldEval EvaluateGold(const Gold& gold, const AuditResult& audit) {
  static const std::vector<std::string> kNone;
  return EvaluateGoldWith(gold, audit, kNone);
}

GoldEval EvaluateGold(const Gold& gold, const AuditResult& audit, const RuleSet& rules) {
  return EvaluateGoldWith(gold, audit, rules.Pack(audit.language).List("head-glosses"));
}

}  // namespace onrecord
