// Normalize stage: invisible and space characters cleaned, then NFC (ICU),
// each step with an offset map back to the extracted text.
#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>

#include <cstdint>
#include <cstring>

#include "analysis.h"

namespace onrecord {

namespace {

// Decodes one code point at s[i]; returns its length (1 for a stray byte).
size_t NextCodePoint(std::string_view s, size_t i, uint32_t* cp) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
  if (i + len > s.size() || len == 1) {
    *cp = 0xFFFD;
    return 1;
  }
  uint32_t v = len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t k = 1; k < len; ++k) v = (v << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  *cp = v;
  return len;
}

// Characters that never carry meaning for attribution: removed. Among them
// the directional marks, embeddings, overrides and isolates (U+200E–200F,
// U+202A–202E, U+2066–2069, U+061C), which comment systems put around a
// reader's words (“\u202A”…” posted …): left in, the mark after one was no
// quote's opening.
bool IsInvisible(uint32_t cp) {
  return cp == 0x00AD || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 ||
         cp == 0xFEFF || cp == 0x0000 || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069) || cp == 0x061C;
}

// Space characters folded to an ASCII space so patterns see one kind of space.
bool IsFoldedSpace(uint32_t cp) {
  return cp == '\t' || cp == '\f' || cp == '\v' || cp == 0x00A0 || cp == 0x202F ||
         (cp >= 0x2000 && cp <= 0x200A) || cp == 0x205F;
}

}  // namespace

void Normalize(Analysis& a) {
  const std::string& in = a.extracted.text;
  // Step 1: fold spaces, drop invisible characters.
  TextBuilder b;
  size_t copy_from = 0;
  for (size_t i = 0; i < in.size();) {
    // Eight bytes at a time while all are ASCII from U+000D on (NUL, tab,
    // vertical tab and form feed are below it; a line feed, also below,
    // only sends its eight bytes through the test below).
    if (i + 8 <= in.size()) {
      uint64_t v;
      std::memcpy(&v, in.data() + i, 8);
      constexpr uint64_t kHigh = 0x8080808080808080ull;
      if ((v & kHigh) == 0 && ((v - 0x0D0D0D0D0D0D0D0Dull) & ~v & kHigh) == 0) {
        i += 8;
        continue;
      }
    }
    // ASCII other than NUL, tab, vertical tab and form feed stays as it is.
    if (const unsigned char u = static_cast<unsigned char>(in[i]);
        u < 0x80 && u != 0 && u != '\t' && u != '\v' && u != '\f') {
      ++i;
      continue;
    }
    uint32_t cp;
    size_t len = NextCodePoint(in, i, &cp);
    if (IsInvisible(cp) || IsFoldedSpace(cp)) {
      b.Copy(in, copy_from, i);
      b.Replace(IsInvisible(cp) ? "" : " ", i, len);
      copy_from = i + len;
    }
    i += len;
  }
  b.Copy(in, copy_from, in.size());
  std::string cleaned = b.TakeText();
  OffsetMap clean_map = b.TakeMap();

  // Step 2: NFC, only when the text is not already normalized.
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  bool normalized = U_SUCCESS(status) && nfc->isNormalizedUTF8(cleaned, status) && U_SUCCESS(status);
  a.norm_maps.clear();
  if (normalized || U_FAILURE(status)) {
    a.text = std::move(cleaned);
  } else {
    std::string out;
    icu::StringByteSink<std::string> sink(&out);
    icu::Edits edits;
    status = U_ZERO_ERROR;
    nfc->normalizeUTF8(0, cleaned, sink, &edits, status);
    if (U_FAILURE(status)) {
      a.text = std::move(cleaned);
    } else {
      OffsetMap nfc_map;
      icu::Edits::Iterator it = edits.getFineIterator();
      status = U_ZERO_ERROR;
      while (it.next(status)) {
        nfc_map.Append(static_cast<size_t>(it.newLength()), static_cast<size_t>(it.sourceIndex()),
                       static_cast<size_t>(it.oldLength()));
      }
      a.text = std::move(out);
      a.norm_maps.push_back(std::move(nfc_map));
    }
  }
  a.norm_maps.push_back(std::move(clean_map));
  a.work = a.text;
}

}  // namespace onrecord
