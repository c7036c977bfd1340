// UTF-16 indexes of a text converted from valid UTF-8, turned back into
// byte offsets of the UTF-8 (perf40, docs/performance.md): the segment
// stage runs ICU's sentence iterator over a UTF-16 copy of each block, since
// a UTF-8 UText hands ICU 32 code units at a time through a conversion
// call, and needs the breaks as byte offsets.
#pragma once

#include <cstddef>
#include <cstdint>
#include <climits>
#include <cstring>
#include <string_view>
#include <vector>

#include <unicode/utf16.h>
#include <unicode/utf8.h>

namespace onrecord {

// `utf8` as UTF-16: the first `*length` units of `out` (grown when too
// small, never shrunk, so that a reused buffer is not filled again), or
// false when `utf8` is not valid UTF-8 (ill-formed, a surrogate, an
// overlong form: what u_strFromUTF8 refuses), `out` then holding no useful
// text. ASCII is
// widened eight bytes at a time; other code points are decoded with
// U8_NEXT, which refuses what u_strFromUTF8 refuses.
inline bool Utf8ToUtf16(std::string_view utf8, std::vector<UChar>* out, size_t* length) {
  *length = 0;
  if (utf8.size() > static_cast<size_t>(INT32_MAX)) return false;
  if (out->size() < utf8.size()) out->resize(utf8.size());  // at most one unit a byte
  UChar* dst = out->data();
  const char* src = utf8.data();
  const int32_t n = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  size_t k = 0;
  while (i < n) {
    if (i + 8 <= n) {
      uint64_t v;
      std::memcpy(&v, src + i, 8);
      if ((v & 0x8080808080808080ull) == 0) {
        for (int j = 0; j < 8; ++j) dst[k + static_cast<size_t>(j)] = static_cast<UChar>(src[i + j]);
        i += 8;
        k += 8;
        continue;
      }
    }
    UChar32 c;
    U8_NEXT(src, i, n, c);
    if (c < 0) return false;
    U16_APPEND_UNSAFE(dst, k, c);
  }
  *length = k;
  return true;
}

// Walks a valid UTF-8 text forward, counting the UTF-16 code units of what
// it has passed: a code point of four bytes is two units (a surrogate
// pair), every other code point one. ByteAt is asked increasing indexes
// (each at least the last one asked); each answer costs the bytes between
// it and the last, eight at a time over ASCII.
class Utf16ToUtf8Cursor {
 public:
  explicit Utf16ToUtf8Cursor(std::string_view utf8) : s_(utf8) {}

  // The byte offset where the code point at UTF-16 index `unit` begins (the
  // text's size for the index just past its end). `unit` must not fall
  // inside a surrogate pair, come before the last index asked, or pass the
  // end; the text must be valid UTF-8 (what u_strFromUTF8 accepts).
  size_t ByteAt(size_t unit) {
    while (unit_ < unit && byte_ < s_.size()) {
      if (unit - unit_ >= 8 && byte_ + 8 <= s_.size()) {
        uint64_t v;
        std::memcpy(&v, s_.data() + byte_, 8);
        if ((v & 0x8080808080808080ull) == 0) {  // eight ASCII bytes: eight units
          byte_ += 8;
          unit_ += 8;
          continue;
        }
      }
      const unsigned char b = static_cast<unsigned char>(s_[byte_]);
      if (b < 0x80) {
        byte_ += 1;
        unit_ += 1;
      } else if (b < 0xE0) {
        byte_ += 2;
        unit_ += 1;
      } else if (b < 0xF0) {
        byte_ += 3;
        unit_ += 1;
      } else {
        byte_ += 4;
        unit_ += 2;
      }
    }
    return byte_ < s_.size() ? byte_ : s_.size();
  }

 private:
  std::string_view s_;
  size_t byte_ = 0;  // the first byte not yet passed
  size_t unit_ = 0;  // the UTF-16 units before byte_
};

}  // namespace onrecord
