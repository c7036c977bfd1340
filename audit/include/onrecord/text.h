// Text spans and offset maps, and counts written for people to read.
//
// Units: every offset here is a UTF-8 byte offset; every span is half-open
// [begin, end). An OffsetMap relates a derived text (for example the NFC
// normalized text) to the text it was made from (its base), so that a span
// found in the derived text can be reported in the base and, by composing
// maps, in the decoded source file. Lines and columns are 1-based; a column
// counts Unicode code points from the start of its line.
//
// Thread-safety: all types are values; const methods are safe to call from
// several threads at once.
#ifndef ONRECORD_TEXT_H_
#define ONRECORD_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace onrecord {

struct Span {
  size_t begin = 0;
  size_t end = 0;
  size_t size() const { return end > begin ? end - begin : 0; }
  bool empty() const { return end <= begin; }
  bool Contains(size_t pos) const { return pos >= begin && pos < end; }
  bool Overlaps(const Span& o) const { return begin < o.end && o.begin < end; }
  friend bool operator==(const Span&, const Span&) = default;
};

// Maps offsets of a derived text onto the base text it was built from.
// The derived text is a sequence of pieces; a piece is either copied from the
// base (same length, mapped byte for byte) or replaced (a derived run that
// stands for a base run of another length: an entity, a CRLF, a removed
// soft hyphen). Offsets inside a replaced piece map to its base start (for a
// begin) or its base end (for an end).
class OffsetMap {
 public:
  OffsetMap() = default;
  // The identity map over a text of `length` bytes.
  static OffsetMap Identity(size_t length);

  // Appends a piece: `derived_length` bytes of derived text standing for base
  // bytes [base_begin, base_begin + base_length). Pieces must be appended in
  // derived order. Adjacent copied pieces are merged. O(1) amortized.
  void Append(size_t derived_length, size_t base_begin, size_t base_length);

  // The base offset of a derived begin offset / end offset. O(log pieces).
  // Offsets past the end map to the end of the last piece.
  size_t BeginToBase(size_t derived) const;
  size_t EndToBase(size_t derived) const;
  Span ToBase(Span derived) const { return {BeginToBase(derived.begin), EndToBase(derived.end)}; }

  size_t derived_length() const { return derived_length_; }
  bool empty() const { return pieces_.empty(); }

 private:
  struct Piece {
    size_t derived_begin;
    size_t derived_length;
    size_t base_begin;
    size_t base_length;
    bool copied() const { return derived_length == base_length; }
  };
  std::vector<Piece> pieces_;
  size_t derived_length_ = 0;
};

// Builds a derived text together with its OffsetMap onto a base text.
class TextBuilder {
 public:
  // Copies base[begin, end) unchanged.
  void Copy(std::string_view base, size_t begin, size_t end);
  // Appends `text` standing for base bytes [base_begin, base_begin + base_length).
  void Replace(std::string_view text, size_t base_begin, size_t base_length);
  const std::string& text() const { return text_; }
  std::string TakeText() { return std::move(text_); }
  const OffsetMap& map() const { return map_; }
  OffsetMap TakeMap() { return std::move(map_); }

 private:
  std::string text_;
  OffsetMap map_;
};

// 1-based line and column (in code points) of byte offsets in a UTF-8 text.
// Line breaks are LF, CRLF and a lone CR. Building is O(n); a lookup is
// O(log lines + line length).
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  struct Position {
    int line = 1;
    int column = 1;
  };
  Position At(size_t offset) const;
  // Byte offset where the line holding `offset` starts: O(log lines), however
  // long the line (a minified page is one line of megabytes).
  size_t LineStart(size_t offset) const;

 private:
  std::string_view text_;
  std::vector<size_t> line_starts_;
  // Code points before byte k * 64, so At() costs O(log lines) plus at most
  // 2 * 63 bytes of counting, however long the line.
  std::vector<size_t> checkpoints_;
};

// True when `text` is valid UTF-8. `error_offset` (if not null) receives the
// offset of the first invalid byte.
bool IsValidUtf8(std::string_view text, size_t* error_offset = nullptr);

// Number of code points in a valid UTF-8 text.
size_t CountCodePoints(std::string_view text);

// A count and its noun for people to read: "1 word", "0 words", "3 words".
// `one` is used when n is exactly 1, `many` otherwise (the labels of the
// reports are English). Pure; thread-safe.
std::string Counted(long long n, std::string_view one, std::string_view many);

}  // namespace onrecord

#endif  // ONRECORD_TEXT_H_
