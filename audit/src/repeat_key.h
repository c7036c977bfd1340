// Keys for spotting words printed twice in one article: a paragraph the
// page repeats, a pull quote, a quotation the writer prints again.
//
// A key keeps only letters and digits: ASCII letters lower-cased, ASCII
// digits, and every character past ASCII but the punctuation of
// U+0080–U+00BF (« » ¿ ¡ and the no-break space), U+2000–U+207F (“ ” ‘ ’ „
// — – … and the other general punctuation) and U+3000–U+303F (「 」 、 。).
// So the same words with straight or curly quotation marks, another dash or
// other spacing make the same key. Offsets are not kept: a key is for
// comparing, never for pointing back into the text.
//
// Thread-safety: pure functions of their arguments.
#pragma once

#include <cstddef>
#include <string_view>

namespace onrecord {

// Writes the key of `s` into `out`, which must hold at least s.size()
// bytes, and returns the key's length. When `words` is given, adds to it
// the number of words in `s`: runs of kept characters, an apostrophe or a
// hyphen between kept characters joining them ("don't", "long-term").
// Invalid UTF-8 is kept byte by byte, as it stands.
inline size_t RepeatKeyInto(std::string_view s, char* out, size_t* words = nullptr) {
  size_t n = 0, count = 0;
  bool in_word = false;
  for (size_t k = 0; k < s.size();) {
    const unsigned char u = static_cast<unsigned char>(s[k]);
    bool kept;
    size_t len = 1;
    if (u < 0x80) {
      kept = (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
      if (kept) out[n++] = static_cast<char>(u >= 'A' && u <= 'Z' ? u - 'A' + 'a' : u);
    } else {
      len = u >= 0xF0 ? 4 : u >= 0xE0 ? 3 : u >= 0xC0 ? 2 : 1;
      if (k + len > s.size()) len = s.size() - k;
      const unsigned char second = len > 1 ? static_cast<unsigned char>(s[k + 1]) : 0;
      const bool latin1_punct = u == 0xC2;
      const bool general_punct = u == 0xE2 && len == 3 && second >= 0x80 && second <= 0x81;
      const bool cjk_punct = u == 0xE3 && len == 3 && second == 0x80;
      kept = !latin1_punct && !general_punct && !cjk_punct;
      if (kept) {
        for (size_t b = 0; b < len; ++b) out[n++] = s[k + b];
      }
    }
    if (kept && !in_word) ++count;
    in_word = kept || (in_word && (u == '\'' || u == '-'));
    k += len;
  }
  if (words != nullptr) *words += count;
  return n;
}

}  // namespace onrecord
