// Segment stage: sentences (ICU BreakIterator over UTF-8, byte offsets) with
// abbreviation repair from the pack's lists, and word/punctuation tokens.
#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <string_view>
#include <vector>

#include "analysis.h"
#include "utf16_offsets.h"

namespace onrecord {

namespace {

icu::BreakIterator* SentenceIterator(const std::string& language) {
  thread_local std::map<std::string, std::unique_ptr<icu::BreakIterator>> cache;
  auto it = cache.find(language);
  if (it != cache.end()) return it->second.get();
  UErrorCode status = U_ZERO_ERROR;
  // No "@ss=standard": ICU's suppression lists kept German sentences from
  // ending at any word in "-er." ("…, sagte der Sprecher. Die …"); the
  // packs' own abbreviation lists repair breaks instead (below).
  icu::Locale locale(language.c_str());
  std::unique_ptr<icu::BreakIterator> bi(icu::BreakIterator::createSentenceInstance(locale, status));
  if (U_FAILURE(status)) {
    status = U_ZERO_ERROR;
    bi.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  }
  auto* raw = bi.get();
  cache[language] = std::move(bi);
  return raw;
}

bool IsWordChar(UChar32 c) {
  if (c < 0) return false;
  if (c < 0x80) {  // ASCII: letters and digits only (what ICU says, without the lookups)
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  }
  int8_t t = u_charType(c);
  return u_isalnum(c) || t == U_NON_SPACING_MARK || t == U_COMBINING_SPACING_MARK ||
         t == U_ENCLOSING_MARK;
}

bool IsCjk(UChar32 c) {
  if (c < 0x2E80) return false;  // before the CJK radicals: no Han, Hiragana or Katakana
  UErrorCode err = U_ZERO_ERROR;
  UScriptCode sc = uscript_getScript(c, &err);
  return sc == USCRIPT_HAN || sc == USCRIPT_HIRAGANA || sc == USCRIPT_KATAKANA;
}

// What the token loop asks of an ASCII character, answered by ICU once.
struct AsciiClass {
  bool space = false;  // u_isspace
  bool digit = false;  // u_isdigit
  bool upper = false;  // u_isupper or u_istitle
  bool word = false;   // IsWordChar and not IsCjk: a letter or a digit
};

const AsciiClass* BuildAsciiClasses() {
  auto* t = new AsciiClass[128];
  for (UChar32 k = 0; k < 128; ++k) {
    t[k].space = u_isspace(k);
    t[k].digit = u_isdigit(k);
    t[k].upper = u_isupper(k) || u_istitle(k);
    t[k].word = (k >= '0' && k <= '9') || ((k | 0x20) >= 'a' && (k | 0x20) <= 'z');
  }
  return t;
}

const AsciiClass* const kAscii = BuildAsciiClasses();

inline const AsciiClass& Ascii(UChar32 c) { return kAscii[c]; }

// IsWordChar(c) && !IsCjk(c): a character that goes on a word; ASCII from the table.
inline bool WordNotCjk(UChar32 c) { return c >= 0 && c < 0x80 ? Ascii(c).word : IsWordChar(c) && !IsCjk(c); }

bool IsSpace(UChar32 c) { return c >= 0 && c < 0x80 ? Ascii(c).space : u_isspace(c); }
bool IsDigit(UChar32 c) { return c >= 0 && c < 0x80 ? Ascii(c).digit : u_isdigit(c); }
bool IsUpperOrTitle(UChar32 c) { return c >= 0 && c < 0x80 ? Ascii(c).upper : u_isupper(c) || u_istitle(c); }

UChar32 At(const std::string& s, size_t i, size_t* len) {
  int32_t k = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(s.data(), k, static_cast<int32_t>(s.size()), c);
  *len = static_cast<size_t>(k) - i;
  return c;
}

// Lower-cases the UTF-8 text [b, e) of `s` into `out` (ICU simple case
// mapping, code point by code point). `out` is reused to avoid allocations.
void LowerInto(const std::string& s, size_t b, size_t e, std::string* out) {
  out->clear();
  int32_t i = static_cast<int32_t>(b);
  const int32_t end = static_cast<int32_t>(e);
  while (i < end) {
    UChar32 c;
    U8_NEXT(s.data(), i, end, c);
    if (c < 0) continue;
    c = u_tolower(c);
    char buf[4];
    int32_t n = 0;
    UBool error = false;
    U8_APPEND(buf, n, 4, c, error);
    if (!error) out->append(buf, static_cast<size_t>(n));
  }
}

// Characters that make up an abbreviation: letters, digits, marks, inner
// periods ("U.S", "Ph.D") and hyphens ("г-н").
bool IsAbbreviationChar(UChar32 c) { return IsWordChar(c) || c == '.' || c == '-'; }

// The abbreviation whose final period is at `period` (s[period] == '.'),
// lower-cased and without that period ("U.S." -> "u.s", "Dr." -> "dr"), or
// empty. The word starts after a space, a bracket or a quote mark, never
// before `begin`.
void WordBefore(const std::string& s, size_t begin, size_t period, std::string* out) {
  int32_t b = static_cast<int32_t>(period);
  const int32_t lo = static_cast<int32_t>(begin);
  while (b > lo) {
    int32_t k = b;
    UChar32 c;
    U8_PREV(s.data(), lo, k, c);
    if (!IsAbbreviationChar(c)) break;
    b = k;
  }
  LowerInto(s, static_cast<size_t>(b), period, out);
}

// The word that starts at `at` (letters, digits and marks), lower-cased.
void WordAt(const std::string& s, size_t at, size_t limit, std::string* out) {
  int32_t e = static_cast<int32_t>(at);
  const int32_t hi = static_cast<int32_t>(std::min(limit, s.size()));
  while (e < hi) {
    int32_t k = e;
    UChar32 c;
    U8_NEXT(s.data(), k, hi, c);
    if (!IsWordChar(c)) break;
    e = k;
  }
  LowerInto(s, at, static_cast<size_t>(e), out);
}

// True when s[period] == '.' ends a one-letter capital initial ("F." in "John
// F. Kennedy", "E." opening "E. Jean Carroll said") that starts the sentence
// at `sentence_begin` or follows a space, an opening bracket or a quote mark.
bool EndsInitial(const std::string& s, size_t sentence_begin, size_t period) {
  if (period <= sentence_begin) return false;
  int32_t k = static_cast<int32_t>(period);
  UChar32 c;
  U8_PREV(s.data(), static_cast<int32_t>(sentence_begin), k, c);
  if (c < 0 || !(u_isupper(c) || u_istitle(c))) return false;
  if (static_cast<size_t>(k) == sentence_begin) return true;
  int32_t j = k;
  UChar32 before;
  U8_PREV(s.data(), static_cast<int32_t>(sentence_begin), j, before);
  return before == ' ' || before == '\n' || before == '(' || before == '"' || before == '\'' ||
         u_hasBinaryProperty(before, UCHAR_QUOTATION_MARK) ||
         u_charType(before) == U_START_PUNCTUATION || u_charType(before) == U_INITIAL_PUNCTUATION;
}

// True when s[period] == '.' ends two or more capital initials joined by
// periods ("J.J." in "said J.J. Tabor", "T.J."), the first of them starting
// the sentence or following a space, a bracket or a quote mark.
bool EndsInitials(const std::string& s, size_t sentence_begin, size_t period) {
  size_t k = period;
  int letters = 0;
  while (k >= sentence_begin + 1 && s[k - 1] >= 'A' && s[k - 1] <= 'Z') {
    ++letters;
    --k;
    if (k >= sentence_begin + 1 && s[k - 1] == '.' && k >= sentence_begin + 2 && s[k - 2] >= 'A' && s[k - 2] <= 'Z') {
      --k;
      continue;
    }
    break;
  }
  // k is now the first initial's letter; the period after it must end an
  // initial that opens a word.
  return letters >= 2 && EndsInitial(s, sentence_begin, k + 1);
}

// An elided article or preposition glued to a capitalized word: "l’Estuaire",
// "d’Estaing", "dell’Italia", "all’Onu". The word is capitalized for the
// names it belongs to ("La Tribune de l’Estuaire").
bool ElidedBeforeCapital(const std::string& s, size_t begin, size_t end) {
  for (size_t k = begin + 1; k < end && k <= begin + 4; ++k) {
    size_t mark = 0;
    if (s[k] == '\'') mark = 1;
    else if (s[k] == '\xE2' && s.compare(k, 3, "\xE2\x80\x99") == 0) mark = 3;
    if (mark == 0) {
      if (s[k] < 'a' || s[k] > 'z') return false;  // std::islower in the C locale, without the call
      continue;
    }
    if (k + mark >= end) return false;
    size_t len;
    UChar32 next = At(s, k + mark, &len);
    return u_isupper(next) || u_istitle(next);
  }
  return false;
}

// "L’ambassadrice", "L’ex-ministre", "Dell’assessore": a word capitalized
// only for an elided article of list elided-articles glued before a
// lower-case letter. Such a sentence's first word opens no name; the word
// after the apostrophe is a common noun ("D’Alema", "L’Oréal" have a
// capital after it and stay capitalized).
bool ElidedArticleBeforeLower(const std::string& s, size_t begin, size_t end, const WordSet& articles) {
  if (articles.empty()) return false;
  for (size_t k = begin + 1; k < end && k <= begin + 5; ++k) {
    size_t mark = 0;
    if (s[k] == '\'') mark = 1;
    else if (s[k] == '\xE2' && s.compare(k, 3, "\xE2\x80\x99") == 0) mark = 3;
    if (mark == 0) {
      const char ch = s[k];
      if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))) return false;
      continue;
    }
    if (k + mark >= end) return false;
    size_t len;
    const UChar32 next = At(s, k + mark, &len);
    if (!u_islower(next)) return false;
    std::string key(s, begin, k - begin);
    for (char& ch : key) {
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    }
    key += '\'';
    return articles.count(key) > 0;
  }
  return false;
}

}  // namespace

// The longest sentence the attribute stage reads as one (see Segment).
constexpr size_t kMaxSentenceBytes = 4096;

void Segment(Analysis& a) {
  const std::string& w = a.work;
  const LanguagePack& pack = *a.pack;
  a.sentences.clear();
  a.tokens.clear();
  icu::BreakIterator* bi = SentenceIterator(a.language);
  std::vector<size_t> breaks;
  for (size_t bidx = 0; bidx < a.blocks.size(); ++bidx) {
    const Block& block = a.blocks[bidx];
    if (block.masked) continue;
    UErrorCode status = U_ZERO_ERROR;
    // On the stack: the iterator keeps its own shallow clone (setText).
    UText storage = UTEXT_INITIALIZER;
    breaks.clear();
    // The block as UTF-16 when it is valid UTF-8 (Utf8ToUtf16 refuses
    // anything else): ICU reads a UTF-8 UText through a call that converts
    // 32 code units at a time, a UTF-16 one in place. The breaks, UTF-16
    // indexes, become byte offsets again; they fall between code points, so
    // they are the offsets the UTF-8 UText gives (perf40).
    const std::string_view block_text(w.data() + block.span.begin, block.span.size());
    thread_local std::vector<UChar> utf16;
    size_t utf16_length = 0;
    const bool as_utf16 = Utf8ToUtf16(block_text, &utf16, &utf16_length);
    if (as_utf16) {
      UText* ut = utext_openUChars(&storage, utf16.data(), static_cast<int64_t>(utf16_length), &status);
      if (U_FAILURE(status)) continue;
      bi->setText(ut, status);
      Utf16ToUtf8Cursor cursor(block_text);
      for (int32_t p = bi->next(); p != icu::BreakIterator::DONE; p = bi->next()) {
        breaks.push_back(block.span.begin + cursor.ByteAt(static_cast<size_t>(p)));
      }
      utext_close(ut);
    } else {
      UText* ut = utext_openUTF8(&storage, block_text.data(), static_cast<int64_t>(block_text.size()), &status);
      if (U_FAILURE(status)) continue;
      bi->setText(ut, status);
      for (int32_t p = bi->next(); p != icu::BreakIterator::DONE; p = bi->next()) {
        breaks.push_back(block.span.begin + static_cast<size_t>(p));
      }
      utext_close(ut);
    }
    // Repair breaks after abbreviations and initials. The lists hold
    // abbreviations lower-cased and without their final period.
    thread_local std::string word, next_word;
    size_t sb = block.span.begin;
    for (size_t i = 0; i < breaks.size(); ++i) {
      size_t br = breaks[i];
      bool merge = false;
      if (i + 1 < breaks.size()) {
        size_t e = br;
        while (e > sb && w[e - 1] == ' ') --e;
        if (e > sb && w[e - 1] == '.') {
          WordBefore(w, sb, e - 1, &word);
          // "-Mrs." or "(D-Calif.": when the whole word is no abbreviation,
          // the part after its last hyphen may be ("г-н" keeps its hyphen).
          size_t hyphen = word.rfind('-');
          if (hyphen != std::string::npos && hyphen + 1 < word.size() &&
              !pack.InList("abbreviations-title", word) && !pack.InList("abbreviations", word)) {
            word.erase(0, hyphen + 1);
          }
          size_t nl;
          UChar32 next = br < w.size() ? At(w, br, &nl) : -1;
          bool next_lower = next >= 0 && (u_islower(next) || u_isdigit(next));
          bool next_upper = next >= 0 && (u_isupper(next) || u_istitle(next));
          if (!word.empty() && pack.InList("abbreviations-title", word)) {
            merge = true;
          } else if (!word.empty() && pack.InList("abbreviations", word)) {
            // "at 9 a.m. on Monday"; and, before a capital, only words that
            // carry the sentence on ("U.S. President", "9 a.m. Monday").
            if (next_lower) {
              merge = true;
            } else if (next_upper) {
              WordAt(w, br, block.span.end, &next_word);
              merge = pack.InList("abbreviation-followers", next_word);
            }
          }
          if (!merge && next_upper && EndsInitial(w, sb, e - 1)) {
            merge = true;  // an initial: "John F. Kennedy", "E. Jean Carroll"
          }
          // Initials joined by periods ("J.J. Tabor", "T.J. Ruiz"), unless
          // the word is a listed abbreviation ("in the U.S. The …") or a
          // function word follows ("… to L.A. The …").
          if (!merge && next_upper && !pack.InList("abbreviations", word) && EndsInitials(w, sb, e - 1)) {
            WordAt(w, br, block.span.end, &next_word);
            merge = !pack.InList("function-words", next_word) && !pack.InList("determiners", next_word) &&
                    !pack.InList("pronouns", next_word);
          }
        }
      }
      if (merge) continue;
      // A run of text with no sentence end for more than kMaxSentenceBytes
      // (a scraped page with no punctuation, a hostile draft) is cut into
      // pieces of at most that size, at the last space before the limit
      // (else at a character's first byte). The attribute stage reads a
      // sentence as a unit, so a cue's content and subject search, and the
      // content text each attribution carries, stay bounded by the piece:
      // the cost stays linear in the article. No sentence of the PolNeAR,
      // dev-set or corpus texts comes near the limit.
      while (br - sb > kMaxSentenceBytes) {
        size_t cut = sb + kMaxSentenceBytes;
        size_t space = cut;
        while (space > sb + kMaxSentenceBytes / 2 && w[space - 1] != ' ' && w[space - 1] != '\n') --space;
        if (space > sb + kMaxSentenceBytes / 2) {
          cut = space;
        } else {
          while (cut > sb + 1 && (static_cast<unsigned char>(w[cut]) & 0xC0) == 0x80) --cut;
        }
        Sentence piece;
        piece.span = {sb, cut};
        piece.block = static_cast<int>(bidx);
        a.sentences.push_back(piece);
        sb = cut;
      }
      Sentence s;
      s.span = {sb, br};
      s.block = static_cast<int>(bidx);
      a.sentences.push_back(s);
      sb = br;
    }
  }
  // Tokens over the sentences (about one per five bytes of text).
  a.tokens.reserve(w.size() / 5);
  // Digit groups set off by a space ("34 000", written with a no-break or thin
  // space that normalizing folded to a space) are one number where the pack's
  // orthography says the language groups digits so (docs/rules.md).
  const bool space_groups = pack.Words("orthography").count("digit-groups-space") > 0;
  const WordSet& elided_articles = pack.Words("elided-articles");
  // Whether w[j] starts exactly three digits that end the group (no digit or
  // letter after them): the group after a thousands separator.
  auto three_digits = [&](size_t j, size_t end) {
    if (j + 3 > end) return false;
    for (size_t k = j; k < j + 3; ++k) {
      if (w[k] < '0' || w[k] > '9') return false;
    }
    if (j + 3 == end) return true;
    const unsigned char b = static_cast<unsigned char>(w[j + 3]);
    size_t len = 1;
    return b >= 0x80 ? !WordNotCjk(At(w, j + 3, &len)) : !Ascii(b).word;
  };
  for (size_t si = 0; si < a.sentences.size(); ++si) {
    Span s = a.sentences[si].span;
    size_t i = s.begin;
    while (i < s.end) {
      size_t len = 1;
      UChar32 c = static_cast<unsigned char>(w[i]);
      if (c >= 0x80) c = At(w, i, &len);
      if (c == ' ' || c == '\n' || IsSpace(c)) {
        i += len;
        continue;
      }
      Token t;
      t.sentence = static_cast<int>(si);
      if (WordNotCjk(c)) {
        size_t j = i + len;
        bool apostrophe = false;  // one joined inside the word (ElidedBeforeCapital needs one)
        // Whether the token is a number so far (digits and separators), and
        // its digits since the last separator.
        bool number = c >= '0' && c <= '9';
        size_t group = number ? 1 : 0;
        while (j < s.end) {
          // Inside a number: a comma between digits ("1,409", "2,500,000", the
          // decimal "3,5") and, where the orthography says so, a space before
          // a three-digit group ("34 000") join; a comma or space before any
          // other character is punctuation as before ("in 2019, 40 people").
          if (number && group > 0 && j + 1 < s.end &&
              (w[j] == ',' || (w[j] == ' ' && space_groups && group <= 3))) {
            const bool join = w[j] == ',' ? IsDigit(static_cast<unsigned char>(w[j + 1])) : three_digits(j + 1, s.end);
            if (join) {
              j += 1;
              group = 0;
              continue;
            }
          }
          // ASCII letters and digits go on without decoding.
          const unsigned char b = static_cast<unsigned char>(w[j]);
          if (b < 0x80 && Ascii(b).word) {
            number = number && b >= '0' && b <= '9';
            group = number ? group + 1 : 0;
            ++j;
            continue;
          }
          size_t l2 = 1;
          UChar32 d = b;  // an ASCII character here is no letter or digit
          if (b >= 0x80) {
            d = At(w, j, &l2);
            if (WordNotCjk(d)) {
              number = false;
              j += l2;
              continue;
            }
          }
          // "The E.U.'s envoy", "the U.S.’s share": a possessive glued to
          // an abbreviation's final period is part of the word (fixb40).
          if (d == '.' && j > i && j + 2 < s.end) {
            const size_t mark = w[j + 1] == '\'' ? 1 : (w.compare(j + 1, 3, "\xE2\x80\x99") == 0 ? 3 : 0);
            const size_t at = j + 1 + mark;
            if (mark > 0 && at < s.end && (w[at] == 's' || w[at] == 'S') &&
                (at + 1 >= s.end || !Ascii(static_cast<unsigned char>(w[at + 1])).word)) {
              apostrophe = true;
              number = false;
              j = at + 1;
              break;
            }
          }
          // "the A.F.L.-C.I.O.", "a U.S.-Mexico deal": a dotted
          // abbreviation's final period and a hyphen before a letter stay
          // inside the word, as "anti-union" does (abbr49; the period had
          // ended the span around it, "president of the A.F.L").
          if (d == '.' && j + 2 < s.end && w[j + 1] == '-' && b < 0x80 &&
              Ascii(static_cast<unsigned char>(w[j + 2])).word && !Ascii(static_cast<unsigned char>(w[j + 2])).digit &&
              std::string_view(w.data() + i, j - i).find('.') != std::string_view::npos) {
            number = false;
            j += 2;
            continue;
          }
          // Joiners inside a word: apostrophes, hyphens, periods (U.S), when a letter follows.
          bool joiner = d == '\'' || d == 0x2019 || d == '-' || d == 0x2010 || d == '.' || d == '&';
          if (joiner && j + l2 < s.end) {
            size_t l3;
            UChar32 e = At(w, j + l2, &l3);
            if (WordNotCjk(e)) {
              apostrophe = apostrophe || d == '\'' || d == 0x2019;
              // "34.000", "3.5": a period between digits keeps a number one.
              number = number && d == '.' && e >= '0' && e <= '9';
              group = number ? 1 : 0;
              j += l2 + l3;
              continue;
            }
          }
          break;
        }
        t.span = {i, j};
        t.type = IsDigit(c) ? TokenType::kNumber : TokenType::kWord;
        t.capitalized = IsUpperOrTitle(c) || (apostrophe && ElidedBeforeCapital(w, i, j));
        if (t.capitalized && apostrophe && ElidedArticleBeforeLower(w, i, j, elided_articles)) t.capitalized = false;
        i = j;
      } else {
        t.span = {i, i + len};
        t.type = (c >= 0 && c < 0x80 ? Ascii(c).word : IsWordChar(c)) ? TokenType::kWord : TokenType::kPunct;
        i += len;
      }
      a.tokens.push_back(t);
    }
  }
}

}  // namespace onrecord
