// Where a name occurs in a long text, without reading the whole text once
// per name (speed33, docs/performance.md).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace onrecord {

// The positions of a text at which a name may start, bucketed by a hash of
// their first three bytes, so that the occurrences of a needle are found
// among the positions that share its first three bytes instead of by a scan
// of the whole text. Only positions holding an ASCII capital or a UTF-8
// lead byte are indexed (names start with one); any other needle, one
// shorter than three bytes, or a text too short to be worth indexing is
// searched with std::string_view::find as before. Either way ForEach gives
// exactly the positions repeated find(needle, at + 1) calls would, in the
// same (ascending) order, overlapping occurrences included.
class OccurrenceIndex {
 public:
  // Texts shorter than this are not indexed (a scan of them costs less
  // than building the index).
  static constexpr size_t kMinTextBytes = size_t{1} << 16;

  // `text` must outlive the index.
  explicit OccurrenceIndex(std::string_view text);

  // Whether the positions are indexed (the text is long enough and its
  // offsets fit in 32 bits).
  bool indexed() const { return !start_.empty(); }

  // Calls f(at) for every `at` with text.substr(at, needle.size()) ==
  // needle, ascending, until f returns true. An empty needle occurs at
  // every position, 0 to the text's size (as find gives it).
  template <class F>
  void ForEach(std::string_view needle, F&& f) const {
    if (!indexed() || needle.size() < 3 || !Indexable(static_cast<unsigned char>(needle[0]))) {
      for (size_t at = text_.find(needle); at != std::string_view::npos; at = text_.find(needle, at + 1)) {
        if (f(at)) return;
      }
      return;
    }
    const uint32_t b = Bucket(needle.data());
    for (uint32_t k = start_[b]; k < start_[b + 1]; ++k) {
      const size_t at = pos_[k];
      if (at + needle.size() <= text_.size() && text_.compare(at, needle.size(), needle) == 0 && f(at)) return;
    }
  }

 private:
  static constexpr int kBucketBits = 16;
  static bool Indexable(unsigned char c) { return (c >= 'A' && c <= 'Z') || c >= 0xC0; }
  static uint32_t Bucket(const char* p) {
    const uint32_t v = (uint32_t{static_cast<unsigned char>(p[0])} << 16) |
                       (uint32_t{static_cast<unsigned char>(p[1])} << 8) | static_cast<unsigned char>(p[2]);
    return (v * 2654435761u) >> (32 - kBucketBits);
  }

  std::string_view text_;
  std::vector<uint32_t> start_;  // per bucket, its first entry in pos_; one more at the end
  std::vector<uint32_t> pos_;    // indexed positions, by bucket, ascending within each
};

}  // namespace onrecord
