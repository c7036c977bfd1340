// Segment stage: sentences (ICU BreakIterator over UTF-8, byte offsets) with
// abbreviation repair from the pack's lists, and word/punctuation tokens.
#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <map>
#include <memory>

#include "analysis.h"

namespace onrecord {

namespace {

icu::BreakIterator* SentenceIterator(const std::string& language) {
  thread_local std::map<std::string, std::unique_ptr<icu::BreakIterator>> cache;
  auto it = cache.find(language);
  if (it != cache.end()) return it->second.get();
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale((language + "@ss=standard").c_str());
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
  int8_t t = u_charType(c);
  return u_isalnum(c) || t == U_NON_SPACING_MARK || t == U_COMBINING_SPACING_MARK ||
         t == U_ENCLOSING_MARK;
}

bool IsCjk(UChar32 c) {
  UErrorCode err = U_ZERO_ERROR;
  UScriptCode sc = uscript_getScript(c, &err);
  return sc == USCRIPT_HAN || sc == USCRIPT_HIRAGANA || sc == USCRIPT_KATAKANA;
}

UChar32 At(const std::string& s, size_t i, size_t* len) {
  int32_t k = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(s.data(), k, static_cast<int32_t>(s.size()), c);
  *len = static_cast<size_t>(k) - i;
  return c;
}

// The word (letters, digits, periods) that ends right before `end`, lower-cased.
std::string WordBefore(const std::string& s, size_t begin, size_t end) {
  size_t b = end;
  while (b > begin && s[b - 1] != ' ' && s[b - 1] != '(' && s[b - 1] != '"') --b;
  std::string w = s.substr(b, end - b);
  for (char& c : w) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return w;
}

}  // namespace

void Segment(Analysis& a) {
  const std::string& w = a.work;
  const LanguagePack& pack = *a.pack;
  a.sentences.clear();
  a.tokens.clear();
  icu::BreakIterator* bi = SentenceIterator(a.language);
  for (size_t bidx = 0; bidx < a.blocks.size(); ++bidx) {
    const Block& block = a.blocks[bidx];
    if (block.masked) continue;
    UErrorCode status = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, w.data() + block.span.begin,
                               static_cast<int64_t>(block.span.size()), &status);
    if (U_FAILURE(status)) continue;
    bi->setText(ut, status);
    std::vector<size_t> breaks;
    for (int32_t p = bi->next(); p != icu::BreakIterator::DONE; p = bi->next()) {
      breaks.push_back(block.span.begin + static_cast<size_t>(p));
    }
    utext_close(ut);
    // Repair breaks after abbreviations and initials.
    size_t sb = block.span.begin;
    for (size_t i = 0; i < breaks.size(); ++i) {
      size_t br = breaks[i];
      bool merge = false;
      if (i + 1 < breaks.size()) {
        size_t e = br;
        while (e > sb && w[e - 1] == ' ') --e;
        if (e > sb && w[e - 1] == '.') {
          std::string word = WordBefore(w, sb, e);
          size_t nl;
          UChar32 next = br < w.size() ? At(w, br, &nl) : -1;
          bool next_lower = next >= 0 && (u_islower(next) || u_isdigit(next));
          if (pack.InList("abbreviations-title", word)) merge = true;
          else if (pack.InList("abbreviations", word) && next_lower) merge = true;
          else if (word.size() == 2 && u_isupper(static_cast<unsigned char>(w[e - 2])) && next >= 0 &&
                   u_isupper(next) && e - 2 > sb && w[e - 3] == ' ') {
            merge = true;  // an initial: "John F. Kennedy"
          }
        }
      }
      if (merge) continue;
      Sentence s;
      s.span = {sb, br};
      s.block = static_cast<int>(bidx);
      a.sentences.push_back(s);
      sb = br;
    }
  }
  // Tokens over the sentences.
  for (size_t si = 0; si < a.sentences.size(); ++si) {
    Span s = a.sentences[si].span;
    size_t i = s.begin;
    while (i < s.end) {
      size_t len;
      UChar32 c = At(w, i, &len);
      if (c == ' ' || c == '\n' || u_isspace(c)) {
        i += len;
        continue;
      }
      Token t;
      t.sentence = static_cast<int>(si);
      if (IsWordChar(c) && !IsCjk(c)) {
        size_t j = i + len;
        while (j < s.end) {
          size_t l2;
          UChar32 d = At(w, j, &l2);
          if (IsWordChar(d) && !IsCjk(d)) {
            j += l2;
            continue;
          }
          // Joiners inside a word: apostrophes, hyphens, periods (U.S), when a letter follows.
          bool joiner = d == '\'' || d == 0x2019 || d == '-' || d == 0x2010 || d == '.' || d == '&';
          if (joiner && j + l2 < s.end) {
            size_t l3;
            UChar32 e = At(w, j + l2, &l3);
            if (IsWordChar(e) && !IsCjk(e) && !(d == '.' && u_isdigit(e) && false)) {
              j += l2 + l3;
              continue;
            }
          }
          break;
        }
        t.span = {i, j};
        t.type = u_isdigit(c) ? TokenType::kNumber : TokenType::kWord;
        t.capitalized = u_isupper(c) || u_istitle(c);
        i = j;
      } else {
        t.span = {i, i + len};
        t.type = IsWordChar(c) ? TokenType::kWord : TokenType::kPunct;
        i += len;
      }
      a.tokens.push_back(t);
    }
  }
}

}  // namespace onrecord
