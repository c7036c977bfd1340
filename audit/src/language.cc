// Language stage: which language pack an article uses. A count of the
// scripts of the first 64 KB decides for Cyrillic, Han, kana and Hangul; for
// the rest CLD2 (when the build has it) reads a sample of the text.
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <cctype>
#include <cstring>
#include <map>

#include "analysis.h"

#ifdef ONRECORD_HAVE_CLD2
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>
#endif

namespace onrecord {

namespace {

// Letters that only some of the languages written in Cyrillic use. Russian
// has ы, э and ё, which Ukrainian, Serbian, Macedonian and Bulgarian lack;
// Ukrainian has і, ї, є and ґ; Serbian ђ and ћ; Macedonian ѓ, ќ and ѕ;
// Serbian and Macedonian share ј, љ, њ and џ; Belarusian has ў (and і, ы,
// э, ё). Bulgarian has none of its own but uses ъ as a vowel, about one
// letter in forty, where Russian uses it rarely (the hard sign).
struct CyrillicMarks {
  size_t russian = 0, ukrainian = 0, serbian = 0, macedonian = 0, serbo_macedonian = 0, belarusian = 0,
         hard_sign = 0;

  void Count(UChar32 c) {
    switch (u_tolower(c)) {
      case 0x044B: case 0x044D: case 0x0451: ++russian; break;                  // ы э ё
      case 0x0456: case 0x0457: case 0x0454: case 0x0491: ++ukrainian; break;   // і ї є ґ
      case 0x0452: case 0x045B: ++serbian; break;                               // ђ ћ
      case 0x0453: case 0x045C: case 0x0455: ++macedonian; break;               // ѓ ќ ѕ
      case 0x0458: case 0x0459: case 0x045A: case 0x045F: ++serbo_macedonian; break;  // ј љ њ џ
      case 0x045E: ++belarusian; break;                                         // ў
      case 0x044A: ++hard_sign; break;                                          // ъ
      default: break;
    }
  }

  // The language of a text whose letters are mostly Cyrillic. Marks of
  // another language must outnumber Russian's, so that a Russian article
  // quoting a Ukrainian name ("Київ") stays Russian. Without marks either
  // way, a text long enough that Russian would show ы or э (about one letter
  // in forty) and with ъ as frequent as a vowel is Bulgarian; anything else
  // stays Russian.
  std::string Language(size_t letters) const {
    if (belarusian > 0 && belarusian * 2 >= ukrainian) return "be";
    const size_t south = serbian + macedonian + serbo_macedonian;
    if (ukrainian > russian && ukrainian >= south) return "uk";
    if (south > russian) return macedonian > serbian ? "mk" : "sr";
    if (russian == 0 && letters >= 250 && hard_sign * 80 >= letters) return "bg";
    return "ru";
  }
};

std::string ByScript(std::string_view text) {
  size_t latin = 0, cyrillic = 0, han = 0, kana = 0, hangul = 0;
  CyrillicMarks marks;
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
      case USCRIPT_CYRILLIC:
        ++cyrillic;
        marks.Count(c);
        break;
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
  if (cyrillic > latin) return marks.Language(cyrillic);
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

// The closing mark of an opening quotation mark at `text[i]` (its bytes in
// `open_len`), or empty when `text[i]` opens no quotation. Only the marks of
// the Latin-script languages count: CJK and Cyrillic are decided by script.
std::string_view Closer(std::string_view text, size_t i, size_t* open_len) {
  static constexpr std::string_view kPairs[][2] = {
      {"\u201C", "\u201D"},  // “…”
      {"\u201E", "\u201C"},  // „…“ (German)
      {"\u00AB", "\u00BB"},  // «…»
      {"\u00BB", "\u00AB"},  // »…« (German)
      {"\"", "\""},
  };
  for (const auto& pair : kPairs) {
    if (text.substr(i, pair[0].size()) == pair[0]) {
      *open_len = pair[0].size();
      return pair[1];
    }
  }
  return {};
}

// Whether byte `c` can begin an opening mark Closer knows: '"', or the
// first byte of «/» (0xC2) or of “/„ (0xE2).
inline bool MayOpenQuotation(char c) {
  const unsigned char b = static_cast<unsigned char>(c);
  return b == '"' || b == 0xC2 || b == 0xE2;
}

}  // namespace

std::string NarrationSample(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  // Linear in the text: the end of the current line and, per closing mark,
  // its next occurrence are remembered, so that a long line with many
  // quotation marks (or many that are never closed) is not searched again
  // from every opening mark.
  size_t line_end = 0;
  std::map<std::string_view, size_t> next_close;  // closing mark -> next position at or after the last search
  auto find_close = [&](std::string_view mark, size_t from) {
    auto [it, fresh] = next_close.try_emplace(mark, 0);
    if (fresh || it->second < from) {
      it->second = text.find(mark, from);
      if (it->second == std::string_view::npos) it->second = text.size();
    }
    return it->second < line_end ? it->second : std::string_view::npos;
  };
  size_t i = 0;
  while (i < text.size()) {
    // Only '"' and the lead bytes 0xC2 («, ») and 0xE2 (“, „) can open a
    // quotation: the bytes before the next of them are copied at once,
    // not each compared with every opening mark. (line_end is brought up
    // to date at the next candidate as it would have been byte by byte:
    // the first line break at or after it either way.)
    if (!MayOpenQuotation(text[i])) {
      size_t run = i + 1;
      while (run < text.size() && !MayOpenQuotation(text[run])) ++run;
      out.append(text.data() + i, run - i);
      i = run;
      continue;
    }
    if (i >= line_end) line_end = std::min(text.find('\n', i), text.size());
    size_t open_len = 0;
    const std::string_view closer = Closer(text, i, &open_len);
    if (!closer.empty()) {
      // A quotation closed on the same line is left out; „…” closes too.
      size_t close = find_close(closer, i + open_len);
      if (close == std::string_view::npos && text.substr(i, open_len) == "\u201E") {
        close = find_close("\u201D", i + open_len);
      }
      if (close != std::string_view::npos) {
        out += ' ';
        i = close + closer.size();
        continue;
      }
    }
    out += text[i++];
  }
  return out;
}

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
  // The writer's own words decide, not what the article quotes: a German
  // report of an American diplomat's English remarks is German. The
  // quotations are left out of the sample unless too little remains.
  std::string sample = LanguageSample(text);
  if (std::string narration = NarrationSample(sample); narration.size() < sample.size()) {
    size_t letters = 0;
    for (char c : narration) letters += (static_cast<unsigned char>(c) >= 0x80 || std::isalpha(static_cast<unsigned char>(c))) ? 1 : 0;
    if (letters >= 40) sample = std::move(narration);
  }
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
    // CLD2 still gives a few withdrawn ISO 639-1 codes (Hebrew as "iw").
    if (code == "iw") code = "he";
    if (code == "jw") code = "jv";
    if (code == "in") code = "id";
    if (code == "ji") code = "yi";
    return code;
  }
#endif
  // Latin script and no answer from CLD2 (or no CLD2): "en" is a guess.
  if (is_reliable) *is_reliable = false;
  return script_guess;
}

}  // namespace onrecord
