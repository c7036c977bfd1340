// Quotes stage: quotation-mark pairing over whole paragraphs, for the marks of
// every supported language: “…” ‘…’ "…" '…' „…“ „…” ‚…‘ »…« «…» ‹…› 「…」 『…』.
// Apostrophes and elisions are never marks; a stray or missing mark is
// recovered inside its paragraph; a paragraph left open whose successor
// reopens with the same mark continues the quote (one entry per paragraph).
// Quotes nested deeper than kMaxQuoteLevel are not reported.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <array>
#include <cstdint>
#include <cstring>
#include <vector>

#include "analysis.h"
#include "markup.h"
#include "quote_marks.h"

namespace onrecord {

namespace {

enum MarkId {
  kNone = 0,
  kLdq,     // “ U+201C
  kRdq,     // ” U+201D
  kLow9dq,  // „ U+201E
  kLsq,     // ‘ U+2018
  kRsq,     // ’ U+2019
  kLow9sq,  // ‚ U+201A
  kStraightDq,  // "
  kStraightSq,  // '
  kLaquo,   // « U+00AB
  kRaquo,   // » U+00BB
  kLsaquo,  // ‹ U+2039
  kRsaquo,  // › U+203A
  kLcorner,   // 「 U+300C
  kRcorner,   // 」 U+300D
  kLwcorner,  // 『 U+300E
  kRwcorner,  // 』 U+300F
  kLfull,     // ＂ U+FF02 (full-width straight)
};

MarkId Classify(UChar32 c) {
  switch (c) {
    case 0x201C: return kLdq;
    case 0x201D: return kRdq;
    case 0x201E: return kLow9dq;
    case 0x2018: return kLsq;
    case 0x2019: return kRsq;
    case 0x201A: return kLow9sq;
    case '"': return kStraightDq;
    case '\'': return kStraightSq;
    case 0x00AB: return kLaquo;
    case 0x00BB: return kRaquo;
    case 0x2039: return kLsaquo;
    case 0x203A: return kRsaquo;
    case 0x300C: return kLcorner;
    case 0x300D: return kRcorner;
    case 0x300E: return kLwcorner;
    case 0x300F: return kRwcorner;
    case 0xFF02: return kLfull;
    default: return kNone;
  }
}

bool CanOpen(MarkId m) {
  switch (m) {
    case kLdq: case kRdq: case kLow9dq: case kLsq: case kLow9sq: case kStraightDq:
    case kStraightSq: case kLaquo: case kRaquo: case kLsaquo: case kRsaquo: case kLcorner:
    case kLwcorner: case kLfull:
      return true;
    default:
      return false;
  }
}

// Whether `close` ends a quote opened by `open`.
bool Closes(MarkId open, MarkId close) {
  switch (open) {
    case kLdq: return close == kRdq || close == kLdq;  // “…” (en), “…“ rare
    case kLow9dq: return close == kLdq || close == kRdq;  // „…“ (de), „…” (pl)
    case kRdq: return close == kRdq;                     // ”…” (sv, fi)
    case kLsq: return close == kRsq;
    case kLow9sq: return close == kLsq || close == kRsq;
    case kStraightDq: return close == kStraightDq || close == kRdq;
    case kStraightSq: return close == kStraightSq || close == kRsq;
    case kLaquo: return close == kRaquo;
    case kRaquo: return close == kLaquo;                 // »…« (de)
    case kLsaquo: return close == kRsaquo;
    case kRsaquo: return close == kLsaquo;
    case kLcorner: return close == kRcorner;
    case kLwcorner: return close == kRwcorner;
    case kLfull: return close == kLfull;
    default: return false;
  }
}

// The deepest nesting level reported. The articles we know nest two levels
// ("He said: “She told me ‘no’”"), rarely three; deeper levels are text
// built to be hostile, and each level's text holds every level inside it:
// a nest n deep made n quotes of O(n) bytes each, O(n²) memory and output
// (a 60 kB nest of 10,000 marks gave 75 MB of quote text). Quotes of one
// level are disjoint, so the reported quotes' text is at most
// kMaxQuoteLevel times the article's length. A deeper quote is part of the
// text of the quote around it.
constexpr int kMaxQuoteLevel = 8;

bool IsSingle(MarkId m) {
  return m == kLsq || m == kRsq || m == kLow9sq || m == kStraightSq || m == kLsaquo || m == kRsaquo;
}

constexpr int kMarkCount = kLfull + 1;

// For each mark, the marks whose open quote it closes (Closes), ending at
// kNone: at most four (” closes “, „, ” and ").
using Openers = std::array<MarkId, 5>;
const std::array<Openers, kMarkCount> kOpenersOf = [] {
  std::array<Openers, kMarkCount> table{};
  for (int c = 0; c < kMarkCount; ++c) {
    table[c].fill(kNone);
    size_t n = 0;
    for (int o = 1; o < kMarkCount; ++o) {
      if (Closes(static_cast<MarkId>(o), static_cast<MarkId>(c))) table[c].at(n++) = static_cast<MarkId>(o);
    }
  }
  return table;
}();

struct MarkAt {
  MarkId id;
  size_t pos, len;
  bool left_flanking;   // can open by context: text follows, space or punctuation before
  bool right_flanking;  // can close by context: text before, space or punctuation after
};

UChar32 CodePointBefore(const std::string& s, size_t begin, size_t pos) {
  if (pos <= begin) return -1;
  int32_t k = static_cast<int32_t>(pos);
  UChar32 c;
  U8_PREV(s.data(), static_cast<int32_t>(begin), k, c);
  return c;
}

UChar32 CodePointAt(const std::string& s, size_t pos, size_t end, size_t* len) {
  if (pos >= end) {
    *len = 0;
    return -1;
  }
  int32_t k = static_cast<int32_t>(pos);
  UChar32 c;
  U8_NEXT(s.data(), k, static_cast<int32_t>(end), c);
  *len = static_cast<size_t>(k) - pos;
  return c;
}

bool IsSpaceOrEdge(UChar32 c) { return c < 0 || u_isspace(c); }
// Han, kana, CJK and full-width punctuation.
bool IsCjk(UChar32 c) {
  return (c >= 0x3000 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF);
}
bool IsLetterOrDigit(UChar32 c) { return c >= 0 && (u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK); }

// The first byte at or after `i` (before `e`) that may begin a mark: not
// ASCII, or " ' `. Reads eight bytes at a time.
size_t SkipPlainAscii(const std::string& w, size_t i, size_t e) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
  // Whether a byte of `x` equals `c` (c < 0x80; `x` has no byte >= 0x80).
  auto has = [](uint64_t x, unsigned char c) {
    const uint64_t y = x ^ (kOnes * c);
    return ((y - kOnes) & ~y & kHighs) != 0;
  };
  while (i + 8 <= e) {
    uint64_t x;
    std::memcpy(&x, w.data() + i, 8);
    if ((x & kHighs) != 0 || has(x, '"') || has(x, '\'') || has(x, '`')) break;
    i += 8;
  }
  while (i < e) {
    const unsigned char u = static_cast<unsigned char>(w[i]);
    if (u >= 0x80 || u == '"' || u == '\'' || u == '`') break;
    ++i;
  }
  return i;
}

}  // namespace

// A dash: em dash, en dash, or a hyphen-minus between spaces.
size_t DashAt(const std::string& w, size_t i, size_t end) {
  if (w.compare(i, 3, "\xE2\x80\x94") == 0 || w.compare(i, 3, "\xE2\x80\x93") == 0) return 3;
  if (w[i] == '-' && i > 0 && w[i - 1] == ' ' && i + 1 < end && w[i + 1] == ' ') return 1;
  return 0;
}

// Whether a dash (DashAt) can start with byte `c`: the lead byte of — and –,
// or a hyphen-minus.
namespace {
bool MayStartDash(char c) { return c == '\xE2' || c == '-'; }
// A markup attribute's value: the opening mark `id` at `i` right after
// "name=" (an ASCII letter, digit, '-' or '_' before the '='), closed by a
// mark that closes it before any other mark, '<', '>' or the end of the
// paragraph, at most kMaxAttributeValue bytes on. Returns the byte after
// the closing mark, else 0.
constexpr size_t kMaxAttributeValue = 200;

size_t AttributeValueEnd(const std::string& w, size_t b, size_t i, size_t e, MarkId id) {
  if (i < b + 2 || w[i - 1] != '=') return 0;
  const unsigned char n = static_cast<unsigned char>(w[i - 2]);
  if (!(std::isalnum(n) || n == '-' || n == '_')) return 0;
  size_t len;
  CodePointAt(w, i, e, &len);
  if (len == 0) return 0;
  for (size_t j = i + len; j < e && j <= i + len + kMaxAttributeValue;) {
    if (w[j] == '<' || w[j] == '>') return 0;
    size_t l;
    const UChar32 c = CodePointAt(w, j, e, &l);
    if (l == 0) return 0;
    const MarkId m = Classify(c);
    if (m != kNone) return (m == id || Closes(id, m)) ? j + l : 0;
    j += l;
  }
  return 0;
}

}  // namespace

// The first word at or after `i` (letters only), lower-cased.
std::string LowerWordAt(const std::string& w, size_t i, size_t end) {
  std::string out;
  while (i < end) {
    size_t len;
    UChar32 c = CodePointAt(w, i, end, &len);
    if (len == 0 || !u_isalpha(c)) break;
    c = u_tolower(c);
    char buf[4];
    int32_t n = 0;
    UBool error = false;
    U8_APPEND(buf, n, 4, c, error);
    if (error) break;
    out.append(buf, static_cast<size_t>(n));
    i += len;
  }
  return out;
}

// «Мы не имеем права снова переносить сроки, — сказал Громов журналистам в
// среду. — Люди восьмой год ездят в объезд»: the writer's words set off by
// dashes inside one pair of marks (Russian, and Spanish dialogue) are no
// part of the quote. Such a quote becomes two, before and after them, when
// a dash after a comma (or ! ? …) is followed by a cue word of the article's
// language and a later dash after a full stop or a comma reopens the speech.
void SplitAtAuthorWords(const Analysis& a, std::vector<QuoteSpan>& found) {
  if (a.pack == nullptr || a.pack->cue_index.empty()) return;
  const std::string& w = a.work;
  std::vector<QuoteSpan> out;
  for (size_t fi = 0; fi < found.size(); ++fi) {
    const QuoteSpan& q = found[fi];
    bool split = false;
    if (q.level == 1 && !q.unclosed) {
      const size_t b = q.inner.begin, e = q.inner.end;
      size_t scan = b + 1;  // the bytes before it were looked at for a reopening dash
      // The first reopening dash at or after the last k, and its length (SIZE_MAX: none before `scan`).
      size_t reopen_dash = SIZE_MAX, reopen_len = 0;
      bool nested_listed = false;          // listed when a reopening dash is first found
      size_t nested_end = fi + 1;          // found[fi + 1, nested_end): the quotes inside q
      std::vector<size_t> nested_max_end;  // the largest outer.end of found[fi + 1 .. fi + 1 + n]
      for (size_t i = b + 1; i + 1 < e && !split; ++i) {
        if (!MayStartDash(w[i])) continue;  // most bytes: no call
        const size_t d1 = DashAt(w, i, e);
        if (d1 == 0) continue;
        // A comma, !, ? or … right before the dash (one space between).
        size_t p = i;
        while (p > b && w[p - 1] == ' ') --p;
        if (p == b || p + 1 < i) continue;
        const char before = w[p - 1];
        const bool ellipsis = p >= b + 3 && w.compare(p - 3, 3, "\xE2\x80\xA6") == 0;
        if (before != ',' && before != '!' && before != '?' && !ellipsis) continue;
        size_t k = i + d1;
        while (k < e && w[k] == ' ') ++k;
        if (!a.pack->cue_index.count(LowerWordAt(w, k, e))) continue;
        // The dash that reopens the speech: the first after ". " or ", "
        // past the writer's words. w[k] is a letter, so the mark before a
        // dash after it does not depend on k, and k only grows: the quote
        // is read once for such dashes, and the quotes nested in it once
        // (a walk from k to the quote's end for every dash, and over every
        // nested quote, was quadratic in a long quote of "x! — сказал"
        // that never reopens).
        if (reopen_dash == SIZE_MAX || reopen_dash < k) {
          reopen_dash = SIZE_MAX;
          for (size_t j = std::max(k, scan); j + 1 < e; ++j) {
            scan = j + 1;
            if (!MayStartDash(w[j])) continue;
            const size_t d2 = DashAt(w, j, e);
            if (d2 == 0) continue;
            size_t r = j;
            while (r > b && w[r - 1] == ' ') --r;
            if (r > b && (w[r - 1] == '.' || w[r - 1] == ',')) {
              reopen_dash = j;
              reopen_len = d2;
              break;
            }
          }
        }
        if (reopen_dash == SIZE_MAX) continue;
        size_t reopen = reopen_dash + reopen_len;
        while (reopen < e && w[reopen] == ' ') ++reopen;
        if (reopen >= e) continue;
        if (!nested_listed) {
          nested_listed = true;
          while (nested_end < found.size() && found[nested_end].outer.begin < q.outer.end) {
            const size_t end = found[nested_end].outer.end;
            nested_max_end.push_back(nested_max_end.empty() ? end : std::max(nested_max_end.back(), end));
            ++nested_end;
          }
        }
        // No quote nested across the writer's words: none of those that
        // begin before `reopen` ends after the dash.
        const auto nested_begin = found.begin() + static_cast<std::ptrdiff_t>(fi + 1);
        const auto before_reopen = std::lower_bound(
            nested_begin, found.begin() + static_cast<std::ptrdiff_t>(nested_end), reopen,
            [](const QuoteSpan& x, size_t at) { return x.outer.begin < at; });
        if (before_reopen != nested_begin &&
            nested_max_end[static_cast<size_t>(before_reopen - nested_begin) - 1] > i) {
          continue;
        }
        QuoteSpan first = q, second = q;
        first.inner.end = p;
        first.outer.end = p;
        first.close_mark.clear();
        second.inner.begin = reopen;
        second.outer.begin = reopen;
        second.open_mark.clear();
        second.continues = false;
        out.push_back(first);
        out.push_back(second);
        split = true;
      }
    }
    if (!split) out.push_back(q);
  }
  if (out.size() != found.size()) {
    std::sort(out.begin(), out.end(), [](const QuoteSpan& x, const QuoteSpan& y) { return x.outer.begin < y.outer.begin; });
    found = std::move(out);
  }
}

namespace {

// Whether the word ending right before `at` (after an optional comma) is
// the first word of one of the language's cues: "said “…", "sagte, „…".
bool CueWordBefore(const Analysis& a, size_t b, size_t at) {
  if (a.pack == nullptr || a.pack->cue_index.empty()) return false;
  const std::string& w = a.work;
  size_t e = at;
  if (e > b && w[e - 1] == ',') --e;
  while (e > b && w[e - 1] == ' ') --e;
  size_t start = e;
  while (start > b) {
    const UChar32 c = CodePointBefore(w, b, start);
    if (c < 0 || !u_isalpha(c)) break;
    start -= static_cast<size_t>(U8_LENGTH(c));
  }
  return start < e && a.pack->cue_index.count(LowerWordAt(w, start, e)) > 0;
}

bool AbbreviationBefore(const Analysis& a, size_t from, size_t dot);

// Whether the words at `k` (a word's first byte) up to `e` read as a
// speech tag of the writer's: a cue of the language right after a comma
// and followed by a capitalized word ("…, said Lee"), or one to three
// capitalized words or a subject pronoun followed by a cue that ends its
// clause ("Lee said.", "she added,", "Ben Adair said:"). A quote mark left open before such a
// tag lost its closing mark: the tag is no part of the quote.
bool SpeechTagAt(const Analysis& a, size_t k, size_t e, bool after_comma) {
  const std::string& w = a.work;
  auto word_end = [&](size_t i) {
    while (i < e) {
      size_t len;
      const UChar32 c = CodePointAt(w, i, e, &len);
      if (len == 0 || !(u_isalpha(c) || c == '.' || c == '-')) break;
      i += len;
    }
    return i;
  };
  auto capitalized = [&](size_t i) {
    size_t len;
    const UChar32 c = CodePointAt(w, i, e, &len);
    return len > 0 && u_isupper(c);
  };
  auto next_word = [&](size_t i) {
    while (i < e && w[i] == ' ') ++i;
    return i;
  };
  // "…, said Lee": the cue, then a capitalized word.
  if (after_comma && a.pack->cue_index.count(LowerWordAt(w, k, e))) {
    const size_t cue_end = word_end(k);
    const size_t n = next_word(cue_end);
    if (n > cue_end && n < e && capitalized(n)) return true;
  }
  // "Lee said.", "Mayor Ana Lee said,", "she said.": the subject, then a cue
  // that only punctuation follows.
  const std::string first = LowerWordAt(w, k, e);
  const bool pronoun = a.pack->InList("pronouns-subject", first);
  if (!pronoun && !capitalized(k)) return false;
  size_t i = k;
  for (int words = 0; words < 3; ++words) {
    if (words > 0 && !capitalized(i)) break;
    const size_t we = word_end(i);
    if (we == i) return false;
    const size_t n = next_word(we);
    if (n == we || n >= e) return false;
    if (a.pack->cue_index.count(LowerWordAt(w, n, e))) {
      const size_t ce = word_end(n);
      if (ce == n) return false;
      size_t after = ce;
      while (after > n && w[after - 1] == '.') --after;  // word_end took the period
      return after == e || w[after] == '.' || w[after] == ',' || w[after] == ':';
    }
    if (pronoun) return false;
    i = n;
  }
  return false;
}

// Where a quote mark opened at `b` and never closed in its paragraph (up to
// `e`) ends when a speech tag of the writer's follows it inside the
// paragraph: its closing mark was lost right before the tag, after the
// comma (`He said "the plan works. Next, said Lee.`) or the sentence's end
// ("… boat. Ben Adair said: …") before it.
// SIZE_MAX when no tag follows: the quote runs to the paragraph's end.
size_t EndBeforeSpeechTag(const Analysis& a, size_t b, size_t e) {
  if (a.pack == nullptr || a.pack->cue_index.empty()) return SIZE_MAX;
  const std::string& w = a.work;
  for (size_t i = b; i + 2 < e; ++i) {
    const char c = w[i];
    if (c != ',' && c != '.' && c != '!' && c != '?') continue;
    if (w[i + 1] != ' ') continue;
    size_t k = i + 1;
    while (k < e && w[k] == ' ') ++k;
    if (k >= e) break;
    if (c == '.' && AbbreviationBefore(a, b, i)) continue;
    if (c == ',') {
      if (SpeechTagAt(a, k, e, true)) return i + 1;
      continue;
    }
    // A sentence's end: the next sentence opens with a capital letter and
    // with the tag ("Lee said: …").
    size_t len;
    const UChar32 next = CodePointAt(w, k, e, &len);
    if (len == 0 || !u_isupper(next)) continue;
    if (SpeechTagAt(a, k, e, false)) return i + 1;
  }
  return SIZE_MAX;
}

// Dialogue dashes (raya, tiret, тире): a paragraph that opens with a dash
// is speech up to a dash or a comma that sets off the writer's speech tag
// ("—No vamos a aceptarlo —afirmó Jorge Sanz—. Es un golpe.",
// "— Nous ne céderons pas, a déclaré le ministre.", "— Это ошибка, —
// сказал депутат. — Бизнес не выдержит."). The tag runs to the next dash,
// after which the speech resumes, or else to the paragraph's end. A tag
// begins with one of the language's cues; a paragraph with none is left
// alone (a dash also opens list items and the writer's asides). Only in the
// languages whose list orthography holds "dialogue-dashes".

// An em dash, en dash or horizontal bar at `i`: its length, else 0.
size_t DialogueDashAt(const std::string& w, size_t i, size_t end) {
  if (i + 3 > end || w[i] != '\xE2') return 0;
  if (w.compare(i, 3, "\xE2\x80\x94") == 0 || w.compare(i, 3, "\xE2\x80\x93") == 0 ||
      w.compare(i, 3, "\xE2\x80\x95") == 0) {
    return 3;
  }
  return 0;
}

// The end of `word` (a cue's word, lower-cased) when the text at `i` spells
// it, any letter case, and no letter follows; SIZE_MAX otherwise.
size_t SpelledAt(const std::string& w, size_t i, size_t end, const std::string& word) {
  size_t wi = 0;
  while (wi < word.size()) {
    size_t len, wl;
    const UChar32 c = CodePointAt(w, i, end, &len);
    const UChar32 want = CodePointAt(word, wi, word.size(), &wl);
    if (len == 0 || wl == 0 || u_tolower(c) != want) return SIZE_MAX;
    i += len;
    wi += wl;
  }
  size_t len;
  const UChar32 next = CodePointAt(w, i, end, &len);
  if (len > 0 && u_isalpha(next)) return SIZE_MAX;
  return i;
}

// Whether one of the language's cues starts at `k`, its words in order
// ("afirmó", "a déclaré", "a-t-il ajouté", "сказал").
bool CueStartsAt(const Analysis& a, size_t k, size_t e) {
  const std::string& w = a.work;
  // The cue index is keyed by a cue's first word as written in the list:
  // letters only ("afirmó"), or with hyphens ("dit-il").
  std::string run;
  for (size_t i = k; i < e && w[i] != ' '; ++i) run += w[i];
  while (!run.empty() && std::strchr(".,;:!?", run.back()) != nullptr) run.pop_back();
  std::string lowered;
  for (size_t i = 0; i < run.size();) {
    size_t len;
    const UChar32 c = CodePointAt(run, i, run.size(), &len);
    if (len == 0) break;
    char buf[4];
    int32_t n = 0;
    UBool error = false;
    U8_APPEND(buf, n, 4, u_tolower(c), error);
    if (error) break;
    lowered.append(buf, static_cast<size_t>(n));
    i += len;
  }
  for (const std::string& key : {LowerWordAt(w, k, e), lowered}) {
    const auto it = a.pack->cue_index.find(key);
    if (it == a.pack->cue_index.end()) continue;
    for (size_t ci : it->second) {
      const CueEntry& cue = a.pack->cues[ci];
      size_t p = k;
      bool ok = true;
      for (size_t wi = 0; wi < cue.words.size() && ok; ++wi) {
        if (wi > 0) {
          const size_t from = p;
          while (p < e && w[p] == ' ') ++p;
          if (p == from) ok = false;
        }
        if (ok) {
          p = SpelledAt(w, p, e, cue.words[wi]);
          ok = p != SIZE_MAX;
        }
      }
      if (ok) return true;
    }
  }
  return false;
}

// The dialogue quotes of block `b..e` (a paragraph opening with a dash), in
// order; empty when the paragraph has no speech tag.
std::vector<QuoteSpan> DialogueQuotes(const Analysis& a, size_t b, size_t e, int block) {
  std::vector<QuoteSpan> out;
  if (a.pack == nullptr || a.pack->cue_index.empty()) return out;
  const std::string& w = a.work;
  size_t open = b;
  while (open < e && w[open] == ' ') ++open;
  const size_t open_len = DialogueDashAt(w, open, e);
  if (open_len == 0) return out;
  auto skip_spaces = [&](size_t i) {
    while (i < e && w[i] == ' ') ++i;
    return i;
  };
  auto trim_end = [&](size_t from, size_t i) {
    while (i > from && w[i - 1] == ' ') --i;
    return i;
  };
  size_t speech = skip_spaces(open + open_len);
  bool first = true;
  while (speech < e) {
    // The tag: a dash after a space (a comma or other mark may stand before
    // the space), or a comma, followed by a cue.
    size_t tag = SIZE_MAX, speech_end = SIZE_MAX;
    for (size_t i = speech + 1; i < e; ++i) {
      if (const size_t d = DialogueDashAt(w, i, e); d > 0 && w[i - 1] == ' ') {
        const size_t k = skip_spaces(i + d);
        if (CueStartsAt(a, k, e)) {
          tag = k;
          speech_end = trim_end(speech, i);
          break;
        }
        i += d - 1;
      } else if (w[i] == ',' && i + 1 < e && w[i + 1] == ' ') {
        const size_t k = skip_spaces(i + 1);
        if (k < e && DialogueDashAt(w, k, e) == 0 && CueStartsAt(a, k, e)) {
          tag = k;
          speech_end = i + 1;
          break;
        }
      }
    }
    if (tag == SIZE_MAX) break;
    if (speech_end > speech) {
      QuoteSpan q;
      q.inner = {speech, speech_end};
      q.outer = {first ? open : speech, speech_end};
      q.block = block;
      q.level = 1;
      if (first) q.open_mark = w.substr(open, open_len);
      out.push_back(q);
    }
    first = false;
    // The dash that ends the tag; the speech resumes after it and after the
    // punctuation that follows it ("Sanz—. Es", "Смирнов. — Бизнес").
    size_t resume = e;
    for (size_t i = tag; i < e; ++i) {
      if (const size_t d = DialogueDashAt(w, i, e); d > 0) {
        resume = i + d;
        while (resume < e && (w[resume] == ' ' || std::strchr(".,;:", w[resume]) != nullptr)) ++resume;
        break;
      }
    }
    speech = resume;
  }
  // Speech with no tag after it (the last stretch after a tag's closing
  // dash) runs to the paragraph's end.
  if (!out.empty() && speech < e) {
    const size_t end = trim_end(speech, e);
    if (end > speech) {
      QuoteSpan q;
      q.inner = {speech, end};
      q.outer = {speech, end};
      q.block = block;
      q.level = 1;
      out.push_back(q);
    }
  }
  return out;
}

// Adds the dialogue quotes of a paragraph opening with a dash to `found`
// (its quotes in marks), the quotes in marks inside them one level deeper.
// Nothing changes when a quote in marks straddles the speech and the tag.
void AddDialogueQuotes(const Analysis& a, size_t b, size_t e, int block, std::vector<QuoteSpan>& found) {
  std::vector<QuoteSpan> dialogue = DialogueQuotes(a, b, e, block);
  if (dialogue.empty()) return;
  // The dialogue quotes are disjoint and in order: for each quote in marks
  // only the one starting at or before it and the one after it can meet it
  // (a scan of every pair was quadratic in a paragraph of both).
  std::vector<int> inside(found.size(), 0);
  for (size_t i = 0; i < found.size(); ++i) {
    const Span& o = found[i].outer;
    const auto next = std::upper_bound(dialogue.begin(), dialogue.end(), o.begin,
                                       [](size_t at, const QuoteSpan& d) { return at < d.outer.begin; });
    if (next != dialogue.end() && next->outer.begin < o.end) return;  // straddles
    if (next == dialogue.begin()) continue;
    const QuoteSpan& d = *(next - 1);
    if (d.inner.begin <= o.begin && o.end <= d.inner.end) {
      inside[i] = 1;
    } else if (o.begin < d.outer.end) {
      return;  // straddles
    }
  }
  for (size_t i = 0; i < found.size(); ++i) found[i].level += inside[i];
  found.insert(found.end(), dialogue.begin(), dialogue.end());
  std::sort(found.begin(), found.end(), [](const QuoteSpan& x, const QuoteSpan& y) {
    return x.outer.begin < y.outer.begin || (x.outer.begin == y.outer.begin && x.level < y.level);
  });
}

// Incises (list orthography "quote-incises": fr, it, es, pt): the writer's
// speech tag set off inside one pair of marks, by commas ("« Nous ne
// céderons pas, a-t-il déclaré. Le texte reste sur la table. »", "« Non
// cederemo, ha detto il ministro, finché … »") or by dashes ("«No cederemos
// —dijo el ministro—, ni hoy ni mañana»"). The tag opens with one of the
// language's cues right after the comma or the dash and runs to the next
// comma or sentence end (after a comma) or the next dash (after a dash); it
// is no part of the quote, which becomes the speech before it and, when the
// speech goes on, the speech after it. Not a tag: one holding a
// complementizer ("…, a dit qu'il viendrait": reported speech inside the
// speech), one of more than kMaxInciseWords words, one that a quote nested
// inside straddles.
constexpr size_t kMaxInciseWords = 10;
constexpr size_t kMaxInciseCandidates = 16;

// Whether the lower-cased word at `i` is a complementizer of the language
// (an entry ending in an apostrophe matches glued: "qu'il").
bool ComplementizerAt(const Analysis& a, size_t i, size_t end) {
  const WordSet& comp = a.pack->Words("complementizers");
  if (comp.empty()) return false;
  const std::string word = LowerWordAt(a.work, i, end);
  if (word.empty()) return false;
  if (comp.count(word)) return true;
  const size_t after = i + [&] {
    size_t n = 0, k = i;
    while (k < end) {
      size_t len;
      const UChar32 c = CodePointAt(a.work, k, end, &len);
      if (len == 0 || !u_isalpha(c)) break;
      n += len;
      k += len;
    }
    return n;
  }();
  if (after < end && (a.work[after] == '\'' || a.work.compare(after, 3, "\xE2\x80\x99") == 0)) {
    return comp.count(word + "'") > 0 || comp.count(word + "\xE2\x80\x99") > 0;
  }
  return false;
}

// Whether the word ending right before the period at `dot` is an
// abbreviation of the language ("M. Dupont", "Mme. Rossi"), not a sentence's end.
bool AbbreviationBefore(const Analysis& a, size_t from, size_t dot) {
  size_t start = dot;
  while (start > from) {
    const UChar32 c = CodePointBefore(a.work, from, start);
    if (c < 0 || !u_isalpha(c)) break;
    start -= static_cast<size_t>(U8_LENGTH(c));
  }
  if (start == dot) return false;
  const std::string word = LowerWordAt(a.work, start, dot);
  return dot - start == 1 || a.pack->InList("abbreviations-title", word) || a.pack->InList("abbreviations", word);
}

void SplitAtIncises(const Analysis& a, std::vector<QuoteSpan>& found) {
  if (a.pack == nullptr || a.pack->cue_index.empty()) return;
  const std::string& w = a.work;
  std::vector<QuoteSpan> out;
  out.reserve(found.size() + 1);
  for (size_t fi = 0; fi < found.size(); ++fi) {
    const QuoteSpan& q = found[fi];
    // Only a whole quote with both its marks (not one already split, nor
    // one recovered at its paragraph's end).
    if (q.level != 1 || q.unclosed || q.open_mark.empty() || q.close_mark.empty()) {
      out.push_back(q);
      continue;
    }
    const size_t b = q.inner.begin, e = q.inner.end;
    size_t cut = SIZE_MAX, resume = e;
    size_t candidates = 0;
    for (size_t i = b + 1; i < e && cut == SIZE_MAX; ++i) {
      size_t k = 0;
      bool dash = false;
      if (w[i] == ',') {
        if (i + 1 >= e || w[i + 1] != ' ') continue;
        k = i + 1;
      } else if (const size_t d = DialogueDashAt(w, i, e); d > 0) {
        k = i + d;
        dash = true;
      } else {
        continue;
      }
      while (k < e && w[k] == ' ') ++k;
      if (k >= e || !CueStartsAt(a, k, e)) continue;
      // A quote of many cue words after commas is text built to be hostile
      // (each candidate is checked against the quotes nested inside).
      if (++candidates > kMaxInciseCandidates) break;
      // The tag's end, and where the speech resumes.
      size_t tag_end = e, r = e;
      for (size_t j = k; j < e; ++j) {
        if (dash) {
          if (const size_t d2 = DialogueDashAt(w, j, e); d2 > 0) {
            tag_end = j;
            r = j + d2;
            break;
          }
        } else if (w[j] == ',' || w[j] == ';' || w[j] == '!' || w[j] == '?' ||
                   (w[j] == '.' && !AbbreviationBefore(a, k, j))) {
          tag_end = j;
          r = j + 1;
          break;
        }
      }
      // Its words: not too many, no complementizer.
      size_t words = 0;
      bool reported = false;
      for (size_t j = k; j < tag_end && !reported; ++j) {
        if (j == k || w[j - 1] == ' ') {
          ++words;
          reported = ComplementizerAt(a, j, tag_end);
        }
      }
      if (reported || words > kMaxInciseWords) continue;
      while (r < e && (w[r] == ' ' || std::strchr(",.;:", w[r]) != nullptr)) ++r;
      size_t c = dash ? i : i + 1;  // the comma stays with the speech before it
      while (c > b && w[c - 1] == ' ') --c;
      if (c <= b) continue;
      // No quote nested inside straddles the tag, nor holds it.
      bool straddled = false;
      for (size_t nj = fi + 1; nj < found.size() && found[nj].outer.begin < q.outer.end; ++nj) {
        if (found[nj].outer.begin < r && found[nj].outer.end > c) straddled = true;
      }
      if (straddled) continue;
      cut = c;
      resume = r;
    }
    if (cut == SIZE_MAX) {
      out.push_back(q);
      continue;
    }
    QuoteSpan first = q;
    first.inner.end = cut;
    first.outer.end = cut;
    first.close_mark.clear();
    out.push_back(first);
    if (resume < e) {
      QuoteSpan second = q;
      second.inner.begin = resume;
      second.outer.begin = resume;
      second.open_mark.clear();
      second.continues = false;
      out.push_back(second);
    }
  }
  if (out.size() != found.size() ||
      !std::equal(out.begin(), out.end(), found.begin(), [](const QuoteSpan& x, const QuoteSpan& y) {
        return x.outer.begin == y.outer.begin && x.outer.end == y.outer.end;
      })) {
    std::sort(out.begin(), out.end(), [](const QuoteSpan& x, const QuoteSpan& y) {
      return x.outer.begin < y.outer.begin || (x.outer.begin == y.outer.begin && x.level < y.level);
    });
    found = std::move(out);
  }
}

// Whether mark `m`, opening a paragraph, continues a quote opened with
// `open` and left open at the end of the paragraph before: a » glued to the
// text it opens, after a « (the Spanish comillas de seguir). A spaced »
// is not taken for one.
bool ContinuesGuillemet(MarkId open, const MarkAt& m) {
  return open == kLaquo && m.id == kRaquo && m.left_flanking;
}

// A block quotation's marks that leave the block itself the quoted matter:
// none, or only single marks (an apostrophe, "veterans' care", or a quote
// nested in the quotation, 'the right way') when no single mark opens the
// block (British style opens its speech with one: 'It is a bad deal,' said
// Ana Ruiz).
bool OnlyInnerMarks(const std::vector<MarkAt>& marks, const std::string& w, size_t b, size_t e) {
  for (const MarkAt& m : marks) {
    if (m.id != kLsq && m.id != kRsq && m.id != kLow9sq && m.id != kStraightSq && m.id != kLsaquo &&
        m.id != kRsaquo) {
      return false;
    }
  }
  if (marks.empty()) return true;
  size_t first = b;
  while (first < e && w[first] == ' ') ++first;
  return marks.front().pos != first;
}

// "— Ana Ruiz, mayor of Lyon": a short line opening with a dash, as a
// quotation set off as a block is signed under it (SignatureDashLength).
bool OpensWithAttributionDash(std::string_view line) { return SignatureDashLength(line) > 0; }

// "Source: Eurostat", "Sources: Eurostat; Tarn Institute": a short line
// under a quotation set as a block that opens with a label of the source
// (list source-labels) and its colon, then a letter that is no lower-case
// one, names where the quotation comes from (the attribute stage reads the
// label as the cue), as a dash line does.
bool OpensWithSourceLabel(const Analysis& a, const std::string& w, size_t b, size_t e) {
  constexpr size_t kMaxSignature = 200;
  if (a.pack == nullptr || e <= b || e - b > kMaxSignature) return false;
  const std::string label = LowerWordAt(w, b, e);
  size_t i = w.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", b);
  if (label.empty() || i == std::string::npos || i >= e || w[i] != ':' || i - b != label.size()) return false;
  if (a.pack->Words("source-labels").count(label) == 0) return false;
  ++i;
  while (i < e && w[i] == ' ') ++i;
  if (i >= e) return false;
  size_t len;
  const UChar32 c = CodePointAt(w, i, e, &len);
  return len > 0 && u_isalpha(c) && !u_islower(c);
}

}  // namespace

size_t SignatureDashLength(std::string_view line) {
  constexpr size_t kMaxSignature = 200;
  if (line.size() > kMaxSignature) return 0;
  size_t dash = 0;
  if (line.rfind("\xE2\x80\x94", 0) == 0 || line.rfind("\xE2\x80\x93", 0) == 0 || line.rfind("\xE2\x80\x95", 0) == 0) {
    dash = 3;
  } else if (line.rfind("--", 0) == 0 && line.rfind("---", 0) != 0) {
    dash = 2;
  } else {
    return 0;
  }
  // Spaces and emphasis ("— *Mara Lind*" in Markdown source), then a
  // letter that is no lower-case one: "— and a little respect." goes on
  // with the quotation; it signs nothing.
  size_t i = dash;
  while (i < line.size() && (line[i] == ' ' || line[i] == '*' || line[i] == '_')) ++i;
  if (i >= line.size()) return 0;
  size_t len;
  const UChar32 c = CodePointAt(std::string(line), i, line.size(), &len);
  return len > 0 && u_isalpha(c) && !u_islower(c) ? dash : 0;
}

namespace {

// The byte length of a vulgar fraction (¼ ½ ¾ ⅛ ⅜ ⅝ ⅞) ending at `k`, or 0.
size_t VulgarFractionBefore(const std::string& w, size_t b, size_t k) {
  if (k >= b + 2 && w[k - 2] == '\xC2' && (w[k - 1] == '\xBC' || w[k - 1] == '\xBD' || w[k - 1] == '\xBE')) return 2;
  if (k >= b + 3 && w[k - 3] == '\xE2' && w[k - 2] == '\x85') {
    const unsigned char c = static_cast<unsigned char>(w[k - 1]);
    if (c >= 0x9B && c <= 0x9E) return 3;  // ⅛ ⅜ ⅝ ⅞
  }
  return 0;
}

bool AsciiDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

// Whether the double mark at `i` ends a measure in inches: a height in feet
// and inches ("6’2”", "5'11\"", "6’ 2”", "5’2¾”"), a fraction of an inch
// before a word ("a 3/4\" pipe", "a ¾” bolt"), or a whole number of inches
// before a word where no mark of its kind is open in the paragraph ("55\"
// screens", "a 65\"-class set"; "accepted \"about $200,000\" from" closes).
bool InchMarkAt(const std::string& w, size_t b, size_t i) {
  const bool straight = i < w.size() && w[i] == '"';
  const bool right = w.compare(i, 3, "\xE2\x80\x9D") == 0;
  if (!straight && !right) return false;
  size_t k = i;
  const size_t fraction = VulgarFractionBefore(w, b, k);
  k -= fraction;
  size_t digits = 0;
  while (k > b && digits < 4 && AsciiDigit(w[k - 1])) {
    --k;
    ++digits;
  }
  // A height: feet, ’ or ' and an optional space, then one or two digits
  // (and perhaps a fraction) of inches.
  if (digits >= 1 && digits <= 2) {
    size_t f = k;
    if (f > b && w[f - 1] == ' ') --f;
    size_t feet = SIZE_MAX;
    if (f > b && w[f - 1] == '\'') {
      feet = f - 1;
    } else if (f >= b + 3 && w.compare(f - 3, 3, "\xE2\x80\x99") == 0) {
      feet = f - 3;
    }
    if (feet != SIZE_MAX && feet > b && AsciiDigit(w[feet - 1])) return true;
  }
  // The rest stand before a word: a space and a letter, or a hyphen.
  const size_t after = i + (straight ? 1 : 3);
  const bool before_word =
      after < w.size() && (w[after] == '-' || (w[after] == ' ' && after + 1 < w.size() &&
                                                ((w[after + 1] >= 'a' && w[after + 1] <= 'z') ||
                                                 (w[after + 1] >= 'A' && w[after + 1] <= 'Z'))));
  if (!before_word) return false;
  // A fraction of an inch: "3/4\"", "1 1/2\"", "¾”".
  if (fraction > 0 && digits == 0) return k > b && w[k - 1] == ' ';
  if (digits > 0 && fraction == 0 && k > b && w[k - 1] == '/' && k - 1 > b && AsciiDigit(w[k - 2])) return true;
  // A whole number of inches, the number standing alone ("a 55\"", not
  // "$5,000\"" or "15\"" closing a quote), no mark of its kind open before it
  // in the paragraph.
  if (digits == 0 || digits > 3 || (k > b && w[k - 1] != ' ')) return false;
  // The line before it, read back at most kLookBack bytes: a mark whose
  // line starts further back is taken for a quote mark (a line of many
  // numbers and marks must not cost quadratic time).
  constexpr size_t kLookBack = 600;
  size_t start = k;
  while (start > b && w[start - 1] != '\n') {
    if (k - start >= kLookBack) return false;
    --start;
  }
  const std::string_view para(w.data() + start, k - start);
  if (straight) {
    size_t n = 0;
    for (char c : para) n += c == '"' ? 1 : 0;
    return n % 2 == 0;
  }
  size_t opens = 0, closes = 0;
  for (size_t p = para.find("\xE2\x80"); p != std::string_view::npos; p = para.find("\xE2\x80", p + 1)) {
    if (p + 2 >= para.size()) break;
    if (para[p + 2] == '\x9C') ++opens;
    if (para[p + 2] == '\x9D') ++closes;
  }
  return opens <= closes;
}

void FindQuotes(Analysis& a) {
  const std::string& w = a.work;
  a.quote_spans.clear();
  a.first_stray_mark = SIZE_MAX;
  std::vector<MarkId> open_at_end_prev;  // marks left open at the end of the previous block
  int prev_block = -1;
  bool block_quoted_prev = false;  // the previous block is a block quotation read as a quote
  // Whether the language sets speech off with dashes (list orthography).
  const bool dialogue_dashes = a.pack != nullptr && a.pack->Words("orthography").count("dialogue-dashes") > 0;
  // Whether the language sets a speech tag off inside the quote marks (list orthography).
  const bool quote_incises = a.pack != nullptr && a.pack->Words("orthography").count("quote-incises") > 0;
  for (size_t bi = 0; bi < a.blocks.size(); ++bi) {
    const Block& block = a.blocks[bi];
    if (block.masked) continue;
    size_t b = block.span.begin, e = block.span.end;
    // 1. Collect marks with their flanking.
    std::vector<MarkAt> marks;
    for (size_t i = b; i < e;) {
      // An ASCII byte other than a straight mark or a grave accent is no mark.
      if (const unsigned char u = static_cast<unsigned char>(w[i]); u < 0x80 && u != '"' && u != '\'' && u != '`') {
        i = SkipPlainAscii(w, i + 1, e);
        continue;
      }
      size_t len;
      UChar32 c = CodePointAt(w, i, e, &len);
      if (len == 0) break;
      MarkId id = Classify(c);
      // Two straight apostrophes ('') or two grave accents (``) typed for a
      // double quotation mark, as some newsroom systems export them.
      if ((c == '\'' || c == '`') && i + 1 < e && w[i + 1] == static_cast<char>(c)) {
        id = kStraightDq;
        len = 2;
        // Three in a row after text ("… 'We'll win,''' he said") close an
        // inner single quotation and then the outer double one: the first
        // is the single mark, the pair after it the double. (Before text,
        // ''' opens the double and then the single: the pair comes first.)
        const bool three = i + 2 < e && w[i + 2] == static_cast<char>(c) && (i + 3 >= e || w[i + 3] != static_cast<char>(c));
        if (three && !IsSpaceOrEdge(CodePointBefore(w, b, i))) {
          id = Classify(c);
          len = 1;
        }
      }
      // A markup attribute's value in scraped text (tweet-date="2024-05-01",
      // class="x", data-id='3'): the mark right after "name=" and the mark
      // that closes it are no quote marks.
      if (id != kNone && id != kRdq && id != kRsq && len <= 3) {
        if (const size_t skip = AttributeValueEnd(w, b, i, e, id); skip != 0) {
          i = skip;
          continue;
        }
      }
      if (id != kNone) {
        UChar32 before = CodePointBefore(w, b, i);
        size_t nlen;
        UChar32 after = CodePointAt(w, i + len, e, &nlen);
        // Feet and inches: "he’s like 6’2”," / "5'10"": a double mark after
        // a digit, an apostrophe and one or two digits is an inch mark.
        if ((id == kRdq || (id == kStraightDq && len == 1)) && before >= 0 &&
            (u_isdigit(before) || (before >= 0xBC && before <= 0xBE) || (before >= 0x215B && before <= 0x215E)) &&
            InchMarkAt(w, b, i)) {
          i += len;
          continue;
        }
        // Apostrophes and elisions: Trump’s, l’État, ’90s, rock ’n’ roll.
        if (id == kRsq || id == kStraightSq) {
          bool letter_before = IsLetterOrDigit(before);
          bool letter_after = IsLetterOrDigit(after);
          if (letter_before && letter_after) {
            i += len;
            continue;
          }
          if (IsSpaceOrEdge(before) && after >= 0 && u_isdigit(after)) {
            i += len;
            continue;  // ’90s
          }
          if (IsSpaceOrEdge(before) && (after == 'n' || after == 'N')) {
            size_t l2;
            UChar32 after2 = CodePointAt(w, i + len + nlen, e, &l2);
            if (Classify(after2) == kRsq || Classify(after2) == kStraightSq) {
              i += len + nlen + l2;  // ’n’
              continue;
            }
          }
        }
        MarkAt m;
        m.id = id;
        m.pos = i;
        m.len = len;
        // Flanking: a mark opens when text follows it and space or
        // punctuation precedes it; it closes in the mirror case.
        bool punct_before = before >= 0 && (u_ispunct(before) || u_charType(before) == U_MATH_SYMBOL);
        bool punct_after = after >= 0 && (u_ispunct(after) || u_charType(after) == U_MATH_SYMBOL);
        m.left_flanking = !IsSpaceOrEdge(after) && (IsSpaceOrEdge(before) || punct_before);
        m.right_flanking = !IsSpaceOrEdge(before) && (IsSpaceOrEdge(after) || punct_after);
        if (IsLetterOrDigit(before) && IsLetterOrDigit(after)) {
          m.left_flanking = m.right_flanking = true;  // glued between words: ambiguous
        }
        // `…a test,"Katie Packer said`: scraped text often loses the space
        // after a closing mark; glued between a comma or a sentence's end
        // and a word, a straight or right double mark may close as well as
        // open ("said,"We …" opens), and the pairing decides.
        if ((id == kStraightDq || id == kRdq) && (before == ',' || before == '.' || before == '?' || before == '!') &&
            IsLetterOrDigit(after)) {
          m.right_flanking = true;
        }
        // The same after a Chinese or Japanese full stop, comma, question or
        // exclamation mark before a Chinese character (说:"分歧很大。"他要求匿名):
        // Chinese puts no space after a closing mark, and the pairing decides.
        if (id == kStraightDq && (before == 0x3002 || before == 0xFF0C || before == 0xFF01 || before == 0xFF1F ||
                                  before == 0x3001 || before == 0xFF1B) &&
            IsCjk(after)) {
          m.right_flanking = true;
        }
        // Curly marks touching Chinese or Japanese text, which puts no space
        // around them (他说：“我们会赢。”然后离开了): the glyph decides.
        if ((IsCjk(before) || IsCjk(after)) && (id == kLdq || id == kLsq || id == kRdq || id == kRsq)) {
          m.left_flanking = id == kLdq || id == kLsq;
          m.right_flanking = !m.left_flanking;
        }
        // CJK corner brackets and French spaced guillemets: the glyph decides.
        if (id == kLcorner || id == kLwcorner) { m.left_flanking = true; m.right_flanking = false; }
        if (id == kRcorner || id == kRwcorner) { m.left_flanking = false; m.right_flanking = true; }
        if (id == kLaquo && IsSpaceOrEdge(after)) m.left_flanking = true;
        if (id == kRaquo && IsSpaceOrEdge(before)) m.right_flanking = true;
        marks.push_back(m);
      }
      i += len;
    }
    // A block quotation (<blockquote>, a Markdown "> " line) with no quote
    // mark in it: the block is the quoted matter, and a run of such blocks
    // is one quotation going on from paragraph to paragraph.
    if (block.kind == BlockKind::kBlockQuote && OnlyInnerMarks(marks, w, b, e)) {
      size_t qb = b, qe = e;
      while (qb < qe && w[qb] == ' ') ++qb;
      while (qe > qb && w[qe - 1] == ' ') --qe;
      // "> — Ana Ruiz, mayor": the line naming the quotation's speaker under
      // it is no quoted matter (the attribute stage reads the dash as its cue).
      // (Also under a block quotation in marks of its own: "> “We will not
      // go back.”" then "> — Ana Ruiz".)
      const bool under_quotation =
          block_quoted_prev || (bi > 0 && a.blocks[bi - 1].kind == BlockKind::kBlockQuote && !a.blocks[bi - 1].masked);
      if (qb < qe && under_quotation &&
          (OpensWithAttributionDash(std::string_view(w).substr(qb, qe - qb)) || OpensWithSourceLabel(a, w, qb, qe))) {
        block_quoted_prev = false;
        prev_block = static_cast<int>(bi);
        open_at_end_prev.clear();
        continue;
      }
      if (qb < qe) {
        QuoteSpan q;
        q.inner = q.outer = {qb, qe};
        q.block = static_cast<int>(bi);
        q.level = 1;
        // (Only within one block quotation: the next <blockquote>, or a
        // Markdown "> …" block after a blank line, is another quotation,
        // signed on its own.)
        q.continues = block_quoted_prev && prev_block >= 0 &&
                      a.blocks[static_cast<size_t>(prev_block)].quote_group == block.quote_group;
        a.quote_spans.push_back(q);
        open_at_end_prev.clear();
        prev_block = static_cast<int>(bi);
        block_quoted_prev = true;
        continue;
      }
    }
    block_quoted_prev = false;
    // 2. Pair them with a stack.
    // The open marks, innermost last. Each entry links to the entry below
    // it with the same mark (`below_same`) and names the innermost double
    // (non-single) mark at or below it (`double_at`), so that the mark a
    // closing one matches is found without walking the stack: a walk made
    // a paragraph of n marks that close nothing (“»‘ …) cost O(n²).
    struct Open {
      MarkId id;
      size_t pos, len;
      int below_same;  // index of the next entry down with the same id, -1: none
      int double_at;   // index of the innermost non-single entry at or below, -1: none
    };
    std::vector<Open> stack;
    std::array<int, kMarkCount> top_of;  // per mark: index of its innermost entry, -1: none
    top_of.fill(-1);
    // A block that reopens the previous block's unclosed quote continues it.
    bool reopen_candidate = false;
    if (!open_at_end_prev.empty() && prev_block >= 0 && !marks.empty()) {
      // The first non-space character of the block must be the reopening mark.
      size_t first = b;
      while (first < e && w[first] == ' ') ++first;
      reopen_candidate = marks.front().pos == first && marks.front().id == open_at_end_prev.front();
      // Spanish (and some French and Italian) typesetting opens each
      // paragraph a «…» quote runs on to with a closing guillemet, the
      // comillas de seguir: "«Llevamos años…¶»Sin personal…», advirtió".
      // That » reopens the «, which the quote's own » then closes.
      if (!reopen_candidate && marks.front().pos == first && ContinuesGuillemet(open_at_end_prev.front(), marks.front())) {
        marks.front().id = kLaquo;
        reopen_candidate = true;
      }
    }
    std::vector<QuoteSpan> found;
    for (size_t mi = 0; mi < marks.size(); ++mi) {
      const MarkAt& m = marks[mi];
      // The innermost open mark this one can close, if any. A single mark
      // never closes past an open double mark, and a double mark closes past
      // (and drops) unclosed single marks inside it.
      // That is the innermost entry of any mark it closes, unless a double
      // mark lies above that entry and this mark is single.
      int match = -1;
      if (!stack.empty()) {
        for (MarkId o : kOpenersOf[m.id]) {
          if (o == kNone) break;
          match = std::max(match, top_of[o]);
        }
        if (match >= 0 && IsSingle(m.id) && match < stack.back().double_at) match = -1;
      }
      // “…," — a curly opening mark closed by a straight one, a typing slip
      // common in wire copy: a straight mark that can only close closes the
      // innermost open “.
      // The same for German „…" in scraped text: the low-9 mark survives,
      // the closing “ became a typed ". Only a straight mark that cannot
      // open, and only the innermost open mark: the rest of the article
      // pairs as before.
      if (match < 0 && m.id == kStraightDq && m.right_flanking && !m.left_flanking && !stack.empty() &&
          (stack.back().id == kLdq || stack.back().id == kLow9dq)) {
        match = static_cast<int>(stack.size()) - 1;
      }
      // The mirror slip, "…future.“": a straight opening mark closed by a
      // left curly one that can only close.
      if (match < 0 && m.id == kLdq && m.right_flanking && !m.left_flanking && !stack.empty() &&
          stack.back().id == kStraightDq) {
        match = static_cast<int>(stack.size()) - 1;
      }
      // “We can win.’ — a curly double opening mark closed by a single
      // right one after a sentence's end or a comma, with no single mark
      // open inside it: a slip of the key, not an apostrophe.
      if (match < 0 && m.id == kRsq && m.right_flanking && !m.left_flanking && !stack.empty() &&
          stack.back().id == kLdq) {
        const UChar32 before = CodePointBefore(w, b, m.pos);
        size_t alen;
        const UChar32 after = CodePointAt(w, m.pos + m.len, e, &alen);
        if ((before == '.' || before == ',' || before == '!' || before == '?') && IsSpaceOrEdge(after)) {
          match = static_cast<int>(stack.size()) - 1;
        }
      }
      bool open = false, close = false;
      if (m.left_flanking && !m.right_flanking) {
        open = CanOpen(m.id);
        // A closing glyph that cannot open here still closes: „…“ in German.
        if (!open) close = match >= 0;
      } else if (m.right_flanking && !m.left_flanking) {
        close = match >= 0;
      } else {
        close = match >= 0;
        open = !close && CanOpen(m.id);
      }
      if (!close && !open && !IsSingle(m.id)) a.first_stray_mark = std::min(a.first_stray_mark, m.pos);
      if (close) {
        const Open& o = stack[static_cast<size_t>(match)];
        QuoteSpan q;
        q.inner = {o.pos + o.len, m.pos};
        q.outer = {o.pos, m.pos + m.len};
        q.block = static_cast<int>(bi);
        q.open_mark = w.substr(o.pos, o.len);
        q.close_mark = w.substr(m.pos, m.len);
        found.push_back(q);
        // Drop the matched entry and the unclosed inner marks above it.
        for (int& top : top_of) {
          while (top >= match) top = stack[static_cast<size_t>(top)].below_same;
        }
        stack.resize(static_cast<size_t>(match));
      } else if (open) {
        const int at = static_cast<int>(stack.size());
        const int double_below = stack.empty() ? -1 : stack.back().double_at;
        stack.push_back({m.id, m.pos, m.len, top_of[m.id], IsSingle(m.id) ? double_below : at});
        top_of[m.id] = at;
      }
    }
    // 3. Marks still open at the end of the paragraph: the outermost one is a
    // quote running to the paragraph's end when the next paragraph reopens it
    // or when it is an outer double mark; inner single marks are dropped.
    open_at_end_prev.clear();
    if (!stack.empty()) {
      const Open& o = stack.front();
      size_t end = e;
      while (end > o.pos + o.len && w[end - 1] == ' ') --end;
      bool next_reopens = false;
      bool last_block = true;
      for (size_t nb = bi + 1; nb < a.blocks.size(); ++nb) {
        if (a.blocks[nb].masked) continue;
        last_block = false;
        size_t first = a.blocks[nb].span.begin;
        while (first < a.blocks[nb].span.end && a.work[first] == ' ') ++first;
        size_t l;
        UChar32 c = CodePointAt(a.work, first, a.blocks[nb].span.end, &l);
        MarkId first_id = Classify(c);
        // Two straight apostrophes or grave accents typed for a double mark
        // ('' in scraped wire copy) reopen a quote opened with them.
        if ((c == '\'' || c == '`') && first + 1 < a.blocks[nb].span.end && a.work[first + 1] == static_cast<char>(c)) {
          first_id = kStraightDq;
        }
        next_reopens = first_id == o.id;
        if (!next_reopens && Classify(c) == kRaquo) {
          // A » glued to the text of the next paragraph (the comillas de seguir).
          size_t l2 = 0;
          const UChar32 after = first + l < a.blocks[nb].span.end
                                    ? CodePointAt(a.work, first + l, a.blocks[nb].span.end, &l2)
                                    : -1;
          MarkAt m{kRaquo, first, l, !IsSpaceOrEdge(after), false};
          next_reopens = ContinuesGuillemet(o.id, m);
        }
        break;
      }
      // Introduced by a colon ("zitiert: „…"): speech that runs on, with its
      // closing mark lost, as in an article cut off mid-quote.
      size_t before = o.pos;
      while (before > b && w[before - 1] == ' ') --before;
      const bool introduced = before > b && w[before - 1] == ':' && end > o.pos + o.len;
      // Opening the article's last paragraph ("“This case recycles" at the
      // end of a scraped page), the one mark left open there, after other
      // paragraphs: a quote cut off with the page.
      const bool opens_last = last_block && bi > 0 && stack.size() == 1 && before == b && end > o.pos + o.len;
      // After a cue inside the article's last paragraph ("Ruiz said “we
      // will keep", "sagte, „wir"): the file ends mid-quote, and the quote
      // runs to the end of the paragraph, as after a colon.
      const bool after_cue = last_block && end > o.pos + o.len && CueWordBefore(a, b, before);
      // Opening a paragraph after one that ends with a colon ("She went on
      // to say:" / "Transcript as follows:"), the one mark left open: a
      // block quotation whose closing mark was never typed or falls in a
      // later paragraph that does not reopen it.
      bool after_colon_block = false;
      if (before == b && stack.size() == 1 && end > o.pos + o.len) {
        for (size_t pb = bi; pb-- > 0;) {
          if (a.blocks[pb].masked) continue;
          size_t pe = a.blocks[pb].span.end;
          while (pe > a.blocks[pb].span.begin && w[pe - 1] == ' ') --pe;
          after_colon_block = pe > a.blocks[pb].span.begin && w[pe - 1] == ':';
          break;
        }
      }
      // Introduced by a colon inside the paragraph and left open there, the
      // one mark left open, the next paragraph not reopening it ("… - More
      // from Jones: “The partisanship … District of Columbia. [Gallup.]"):
      // its closing mark was lost, and the quote runs to the paragraph's end.
      const bool introduced_open = introduced && !last_block && !next_reopens && stack.size() == 1;
      // Opening a new sentence after a quote of the same paragraph that
      // closed, the one mark left open, the next paragraph not reopening it
      // ("“We will not sell,” said Ana Ruiz. “The pier is ours and it stays
      // ours." then "She went on, “…”"): the speaker's second quote, whose
      // closing mark was lost at the paragraph's end, runs to there. Not
      // when a quote in marks of its own opens inside the run (the mark may
      // then be a scare quote's, closed by the one that seems to open).
      bool resumed_open = false;
      if (!next_reopens && !last_block && stack.size() == 1 && end > o.pos + o.len && before > b &&
          (w[before - 1] == '.' || w[before - 1] == '?' || w[before - 1] == '!')) {
        bool closed_before = false, inside = false;
        for (const QuoteSpan& f : found) {
          size_t ml = 0;
          const bool double_mark = f.open_mark == "''" || f.open_mark == "``" ||
                                   (!f.open_mark.empty() && !IsSingle(Classify(CodePointAt(f.open_mark, 0, f.open_mark.size(), &ml))));
          if (double_mark && f.outer.end <= o.pos) closed_before = true;
          if (f.outer.begin > o.pos && f.outer.begin < end) inside = true;
        }
        resumed_open = closed_before && !inside;
      }
      const bool recovered =
          (next_reopens || (introduced && last_block) || introduced_open || opens_last || after_cue ||
           after_colon_block || resumed_open) &&
          !IsSingle(o.id);
      if (!recovered) {
        for (const Open& left : stack) {
          if (!IsSingle(left.id)) {
            a.first_stray_mark = std::min(a.first_stray_mark, left.pos);
            break;
          }
        }
      }
      // A speech tag of the writer's after a mark opened right after a cue
      // or a colon in the article's last paragraph ("He said "the plan
      // works. Next, said Lee."): the mark's closing one was lost before
      // the tag, and the quote ends there, not at the paragraph's end. (Not
      // in a block quotation after a colon or a quote that a later
      // paragraph reopens: a transcript's speaker tells of what others said.)
      // A later quote in marks of their own inside the run ("Lee said: “We
      // will win. Then “We lost,” Hale said."): the lost closing mark falls
      // before it, and the run stops at the end of the sentence before that
      // quote (or at its opening mark), never taking another speaker's words.
      size_t quote_cut = SIZE_MAX;
      if (recovered && !next_reopens && (after_cue || (introduced && last_block) || introduced_open)) {
        for (const QuoteSpan& f : found) {
          size_t ml = 0;
          const bool doubled = f.open_mark == "''" || f.open_mark == "``";
          if (f.outer.begin > o.pos && f.outer.begin < end && !f.open_mark.empty() &&
              (doubled || !IsSingle(Classify(CodePointAt(f.open_mark, 0, f.open_mark.size(), &ml))))) {
            quote_cut = std::min(quote_cut, f.outer.begin);
          }
        }
      }
      if (quote_cut != SIZE_MAX) {
        size_t cut = quote_cut;
        for (size_t pc = quote_cut; pc > o.pos + o.len + 1; --pc) {
          if (w[pc - 1] == ' ' && (w[pc - 2] == '.' || w[pc - 2] == '?' || w[pc - 2] == '!')) {
            cut = pc - 1;
            break;
          }
        }
        end = cut;
        while (end > o.pos + o.len && w[end - 1] == ' ') --end;
      }
      const size_t tag_cut =
          recovered && !next_reopens && (after_cue || (introduced && last_block) || introduced_open || resumed_open)
              ? EndBeforeSpeechTag(a, o.pos + o.len, end)
              : SIZE_MAX;
      if (tag_cut != SIZE_MAX) {
        end = tag_cut;
        while (end > o.pos + o.len && w[end - 1] == ' ') --end;
      }
      if (recovered) {
        QuoteSpan q;
        q.inner = {o.pos + o.len, end};
        q.outer = {o.pos, end};
        q.block = static_cast<int>(bi);
        q.level = 1;
        q.unclosed = true;
        q.cut_off = opens_last && !next_reopens && !introduced && tag_cut == SIZE_MAX;
        q.open_mark = w.substr(o.pos, o.len);
        found.push_back(q);
        if (tag_cut == SIZE_MAX && quote_cut == SIZE_MAX) open_at_end_prev.push_back(o.id);
      }
    }
    // Mark continuation: the first quote of this block reopens the previous one.
    if (reopen_candidate) {
      for (auto& q : found) {
        if (q.level == 1 && q.outer.begin == marks.front().pos) q.continues = true;
      }
    }
    std::sort(found.begin(), found.end(), [](const QuoteSpan& x, const QuoteSpan& y) {
      return x.outer.begin < y.outer.begin;
    });
    // Levels: a quote inside another is level 2, and so on. The quotes of a
    // paragraph nest or are disjoint (the pairing is a stack), so in begin
    // order the ones still open are exactly those containing the next.
    std::vector<size_t> open_ends;
    for (auto& q : found) {
      while (!open_ends.empty() && open_ends.back() <= q.outer.begin) open_ends.pop_back();
      q.level = static_cast<int>(open_ends.size()) + 1;
      open_ends.push_back(q.outer.end);
    }
    // Strip a stray mark right inside the opening one ("'the first…).
    // (Not a right single mark glued to a letter: an elision's apostrophe,
    // "“’Twas the morning…”", "“’Cause we…”"; a quote inside the quote
    // would open with a left mark, or close inside; fixd37.)
    for (auto& q : found) {
      size_t l;
      UChar32 c = CodePointAt(w, q.inner.begin, q.inner.end, &l);
      MarkId id = Classify(c);
      size_t nl = 0;
      const UChar32 next = id == kRsq && l > 0 ? CodePointAt(w, q.inner.begin + l, q.inner.end, &nl) : -1;
      const bool elision = id == kRsq && nl > 0 && next >= 0 && u_isalpha(next);
      if (id != kNone && l > 0 && !elision) {
        // `found` is sorted by outer.begin.
        auto r = std::lower_bound(found.begin(), found.end(), q.inner.begin,
                                  [](const QuoteSpan& x, size_t at) { return x.outer.begin < at; });
        bool closed_inside = r != found.end() && r->outer.begin == q.inner.begin;
        if (!closed_inside) q.inner.begin += l;
      }
      // Trim spaces French puts inside guillemets.
      while (q.inner.begin < q.inner.end && w[q.inner.begin] == ' ') ++q.inner.begin;
      while (q.inner.end > q.inner.begin && w[q.inner.end - 1] == ' ') --q.inner.end;
    }
    SplitAtAuthorWords(a, found);
    if (quote_incises) SplitAtIncises(a, found);
    if (dialogue_dashes) AddDialogueQuotes(a, b, e, static_cast<int>(bi), found);
    for (auto& q : found) {
      if (!q.inner.empty() && q.level <= kMaxQuoteLevel) a.quote_spans.push_back(q);
    }
    prev_block = static_cast<int>(bi);
  }
  // Tokens inside a quote.
  size_t qi = 0;
  std::vector<Span> outers;
  for (const auto& q : a.quote_spans) {
    if (q.level == 1) outers.push_back(q.outer);
  }
  for (auto& t : a.tokens) {
    while (qi < outers.size() && outers[qi].end <= t.span.begin) ++qi;
    t.in_quote = qi < outers.size() && outers[qi].begin <= t.span.begin && t.span.end <= outers[qi].end;
  }
}

}  // namespace onrecord
