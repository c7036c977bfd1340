// Offset maps, text builders and line indexes (see onrecord/text.h).
#include "onrecord/text.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace onrecord {

OffsetMap OffsetMap::Identity(size_t length) {
  OffsetMap m;
  m.Append(length, 0, length);
  return m;
}

void OffsetMap::Append(size_t derived_length, size_t base_begin, size_t base_length) {
  if (derived_length == 0 && base_length == 0) return;
  if (!pieces_.empty()) {
    Piece& last = pieces_.back();
    if (last.copied() && derived_length == base_length &&
        last.base_begin + last.base_length == base_begin) {
      last.derived_length += derived_length;
      last.base_length += base_length;
      derived_length_ += derived_length;
      return;
    }
  }
  pieces_.push_back({derived_length_, derived_length, base_begin, base_length});
  derived_length_ += derived_length;
}

size_t OffsetMap::BeginToBase(size_t derived) const {
  if (pieces_.empty()) return derived;
  // The first piece whose derived range contains `derived`, skipping empty ones.
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), derived,
                             [](size_t d, const Piece& p) { return d < p.derived_begin; });
  if (it == pieces_.begin()) return pieces_.front().base_begin;
  --it;  // the last piece starting at or before `derived`
  const Piece& p = *it;
  if (derived >= p.derived_begin + p.derived_length) return p.base_begin + p.base_length;
  if (p.copied()) return p.base_begin + (derived - p.derived_begin);
  return p.base_begin;
}

size_t OffsetMap::EndToBase(size_t derived) const {
  if (pieces_.empty()) return derived;
  if (derived == 0) return BeginToBase(0);
  // The piece that contains the last included byte, derived - 1.
  size_t last = derived - 1;
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), last,
                             [](size_t d, const Piece& p) { return d < p.derived_begin; });
  if (it == pieces_.begin()) return pieces_.front().base_begin;
  --it;
  const Piece& p = *it;
  if (last >= p.derived_begin + p.derived_length) return p.base_begin + p.base_length;
  if (p.copied()) return p.base_begin + (derived - p.derived_begin);
  return p.base_begin + p.base_length;
}

void TextBuilder::Copy(std::string_view base, size_t begin, size_t end) {
  if (end <= begin) return;
  text_.append(base.substr(begin, end - begin));
  map_.Append(end - begin, begin, end - begin);
}

void TextBuilder::Replace(std::string_view text, size_t base_begin, size_t base_length) {
  text_.append(text);
  map_.Append(text.size(), base_begin, base_length);
}

LineIndex::LineIndex(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  if (text.find('\r') == std::string_view::npos) {
    // Line feeds only (nearly every text): found with memchr.
    for (size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
      line_starts_.push_back(i + 1);
    }
  } else {
    for (size_t i = 0; i < text.size(); ++i) {
      char c = text[i];
      if (c == '\n') {
        line_starts_.push_back(i + 1);
      } else if (c == '\r') {
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        line_starts_.push_back(i + 1);
      }
    }
  }
  // The code points before every kStep-th byte (one more checkpoint at the
  // end when the size is a multiple of kStep), counted a block at a time.
  // A column then counts at most kStep - 1 bytes from each of two
  // checkpoints (the memory: one size_t per 64 bytes of text).
  constexpr size_t kStep = 64;
  checkpoints_.reserve(text.size() / kStep + 1);
  size_t count = 0;
  for (size_t b = 0; b <= text.size(); b += kStep) {
    checkpoints_.push_back(count);
    const size_t e = std::min(text.size(), b + kStep);
    count += CountCodePoints(text.substr(b, e - b));
  }
}

size_t LineIndex::LineStart(size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  return *(it - 1);  // line_starts_[0] == 0 <= offset
}

LineIndex::Position LineIndex::At(size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  size_t line = static_cast<size_t>(it - line_starts_.begin());  // 1-based
  size_t start = line_starts_[line - 1];
  Position pos;
  pos.line = static_cast<int>(line);
  // Code points before `o`: a checkpoint plus the bytes after it.
  constexpr size_t kStep = 64;
  auto before = [this](size_t o) {
    size_t k = o / kStep;
    return checkpoints_[k] + CountCodePoints(text_.substr(k * kStep, o - k * kStep));
  };
  // Near the line's start the bytes between are fewer than those after the
  // two checkpoints: counted directly (the same number).
  if (offset - start <= offset % kStep + start % kStep) {
    pos.column = static_cast<int>(CountCodePoints(text_.substr(start, offset - start))) + 1;
  } else {
    pos.column = static_cast<int>(before(offset) - before(start)) + 1;
  }
  return pos;
}

bool IsValidUtf8(std::string_view s, size_t* error_offset) {
  size_t i = 0, n = s.size();
  while (i < n) {
    // Eight ASCII bytes at a time.
    if (i + 8 <= n) {
      uint64_t v;
      std::memcpy(&v, s.data() + i, 8);
      if ((v & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len;
    uint32_t cp;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      if (error_offset) *error_offset = i;
      return false;
    }
    if (i + len > n) {
      if (error_offset) *error_offset = i;
      return false;
    }
    for (size_t k = 1; k < len; ++k) {
      unsigned char cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) {
        if (error_offset) *error_offset = i;
        return false;
      }
      cp = (cp << 6) | (cc & 0x3F);
    }
    bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      if (error_offset) *error_offset = i;
      return false;
    }
    i += len;
  }
  return true;
}

size_t CountCodePoints(std::string_view s) {
  // Every byte that is no continuation byte (10xxxxxx) starts a code point.
  // Eight bytes at a time: a byte's top bit set and the one below it clear
  // marks a continuation; the marks, one bit a byte, are summed by a multiply.
  size_t count = 0;
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t v;
    std::memcpy(&v, s.data() + i, 8);
    const uint64_t continuation = (v & ~(v << 1) & 0x8080808080808080ull) >> 7;
    count += 8 - static_cast<size_t>((continuation * 0x0101010101010101ull) >> 56);
  }
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++count;
  }
  return count;
}

std::string Counted(long long n, std::string_view one, std::string_view many) {
  std::string out = std::to_string(n);
  out += ' ';
  out += n == 1 ? one : many;
  return out;
}

}  // namespace onrecord
