// Language stage: which language pack an article uses. A count of the
// scripts of the first 64 KB decides for Cyrillic, Han, kana and Hangul; for
// the rest CLD2 (when the build has it) reads a sample of the text.
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <cstring>

#include "analysis.h"

#ifdef ONRECORD_HAVE_CLD2
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>
#endif

namespace onrecord {

namespace {

std::string ByScript(std::string_view text) {
  size_t latin = 0, cyrillic = 0, han = 0, kana = 0, hangul = 0;
  int32_t i = 0, n = static_cast<int32_t>(std::min<size_t>(text.size(), 1 << 16));
  // The first pass skips ASCII eight bytes at a time and counts only the
  // other characters: ASCII letters (Latin) matter only when a character of
  // another script was found, and are counted then.
  while (i < n) {
    if (i + 8 <= n) {
      uint64_t v;
      std::memcpy(&v, text.data() + i, 8);
      if ((v & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    unsigned char b = static_cast<unsigned char>(text[static_cast<size_t>(i)]);
    if (b < 0x80) {
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(text.data(), i, n, c);
    if (c < 0) continue;
    UErrorCode err = U_ZERO_ERROR;
    UScriptCode sc = uscript_getScript(c, &err);
    switch (sc) {
      case USCRIPT_LATIN: ++latin; break;
      case USCRIPT_CYRILLIC: ++cyrillic; break;
      case USCRIPT_HAN: ++han; break;
      case USCRIPT_HIRAGANA:
      case USCRIPT_KATAKANA: ++kana; break;
      case USCRIPT_HANGUL: ++hangul; break;
      default: break;
    }
  }
  if (cyrillic == 0 && han == 0 && kana == 0 && hangul == 0) return "en";
  for (int32_t k = 0; k < n; ++k) {  // ASCII letters are Latin, the rest of ASCII is common
    const unsigned char b = static_cast<unsigned char>(text[static_cast<size_t>(k)]);
    if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') ++latin;
  }
  if (kana > 0 && kana * 10 >= han) return "ja";
  if (han > latin && han > cyrillic) return "zh";
  if (cyrillic > latin) return "ru";
  if (hangul > latin) return "ko";
  return "en";
}

// CLD2 scores every quadgram and octagram of what it is given, at about
// 20 MB/s: over whole articles it cost more than any other stage, and over
// two kilobytes it was still the second stage. One kilobyte decides the
// language of an article as well as two and as the whole text do (the
// same answer for every article of corpus/, the dev-set and the PolNeAR
// texts, and for four shuffles of the paragraphs of each: 4,575 articles),
// so it reads the text itself when it is that short, else the first half
// kilobyte and one from the middle (a foreign block at the top, such as a
// cookie notice, cannot decide alone).
constexpr size_t kSampleBytes = 1024;

// The byte offset at most `pos` that starts a code point and follows a space
// or line break when one is near (words stay whole for CLD2's n-grams).
size_t CutBefore(std::string_view text, size_t pos) {
  pos = std::min(pos, text.size());
  for (size_t k = pos; k > 0 && pos - k < 64; --k) {
    if (text[k - 1] == ' ' || text[k - 1] == '\n') return k;
  }
  while (pos > 0 && pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) --pos;
  return pos;
}

}  // namespace

std::string LanguageSample(std::string_view text) {
  if (text.size() <= kSampleBytes) return std::string(text);
  const size_t half = kSampleBytes / 2;
  std::string out(text.substr(0, CutBefore(text, half)));
  size_t mid = CutBefore(text, text.size() / 2 - half / 2);
  size_t end = CutBefore(text, mid + half);
  out += '\n';
  out.append(text.substr(mid, end - mid));
  return out;
}

std::string DetectLanguage(std::string_view text, bool* is_reliable) {
  if (is_reliable) *is_reliable = true;
  std::string script_guess = ByScript(text);
  if (script_guess != "en") return script_guess;
#ifdef ONRECORD_HAVE_CLD2
  bool reliable = false;
  const std::string sample = LanguageSample(text);
  // CLD2's summary answer demotes English: when English leads but another
  // language holds a share of the text, it names the other language (meant
  // for foreign pages with English menus). An English article with a block
  // of Spanish related links then came out Spanish (82% English, 17%
  // Spanish). The language with the largest share of the text decides.
  CLD2::Language language3[3] = {CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE};
  int percent3[3] = {0, 0, 0};
  int text_bytes = 0;
  CLD2::Language lang = CLD2::DetectLanguageSummary(sample.data(), static_cast<int>(sample.size()),
                                                    /*is_plain_text=*/true, language3, percent3, &text_bytes,
                                                    &reliable);
  // CLD2 calls a line of a few words reliable as readily as a page; under
  // about two hundred bytes of letters its answer is a guess (it named
  // „Ja“, sagte er. Danish and “Vamos,” said Pedro. Portuguese).
  if (is_reliable) *is_reliable = reliable && text_bytes >= 200;
  if (language3[0] != CLD2::UNKNOWN_LANGUAGE && percent3[0] > 0) lang = language3[0];
  if (lang != CLD2::UNKNOWN_LANGUAGE) {
    std::string code = CLD2::LanguageCode(lang);
    if (code == "un" || code.empty()) {
      if (is_reliable) *is_reliable = false;
      return script_guess;
    }
    size_t dash = code.find('-');
    if (dash != std::string::npos) code = code.substr(0, dash);
    return code;
  }
#endif
  // Latin script and no answer from CLD2 (or no CLD2): "en" is a guess.
  if (is_reliable) *is_reliable = false;
  return script_guess;
}

}  // namespace onrecord
