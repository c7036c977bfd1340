// Language stage: which language pack an article uses. CLD2 when the build
// has it; otherwise (and for very short texts) a script count decides.
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

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
  while (i < n) {
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
  if (kana > 0 && kana * 10 >= han) return "ja";
  if (han > latin && han > cyrillic) return "zh";
  if (cyrillic > latin) return "ru";
  if (hangul > latin) return "ko";
  return "en";
}

}  // namespace

std::string DetectLanguage(std::string_view text) {
  std::string script_guess = ByScript(text);
  if (script_guess != "en") return script_guess;
#ifdef ONRECORD_HAVE_CLD2
  bool reliable = false;
  CLD2::Language lang = CLD2::DetectLanguage(text.data(), static_cast<int>(text.size()),
                                             /*is_plain_text=*/true, &reliable);
  if (lang != CLD2::UNKNOWN_LANGUAGE) {
    std::string code = CLD2::LanguageCode(lang);
    if (code == "un" || code.empty()) return script_guess;
    size_t dash = code.find('-');
    if (dash != std::string::npos) code = code.substr(0, dash);
    return code;
  }
#endif
  return script_guess;
}

}  // namespace onrecord
