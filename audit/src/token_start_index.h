// The token at or after a byte offset without a binary search over all the
// article's tokens (perf39, docs/performance.md): the attribute stage asks
// TokenStartingAt about 450 times per news article, from some thirty places.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace onrecord {

// The first token whose begin is at or after a byte offset: what
// std::lower_bound over the tokens' begins gives. For every 16 bytes of the
// text the index keeps that answer for the bucket's first offset; Find
// starts there and steps over the few tokens that begin before the offset
// within the bucket. Not built when the tokens' begins decrease somewhere
// or there are 2^32 tokens or more; Find then runs that lower_bound itself,
// as it does for an offset past the text. Either way Find answers as the
// lower_bound does.
class TokenStartIndex {
 public:
  static constexpr unsigned kShift = 4;  // 16 bytes a bucket: a table a quarter of the text's size

  // `begin_of(tokens[i])` is token i's first byte. The index keeps no
  // reference to `tokens`: Find must be given the same tokens.
  template <class Tokens, class BeginOf>
  void Build(const Tokens& tokens, size_t text_size, BeginOf begin_of) {
    first_.clear();
    const size_t n = tokens.size();
    if (n >= UINT32_MAX) return;
    for (size_t i = 1; i < n; ++i) {
      if (begin_of(tokens[i]) < begin_of(tokens[i - 1])) return;
    }
    const size_t buckets = (text_size >> kShift) + 1;
    first_.resize(buckets);
    size_t j = 0;
    for (size_t k = 0; k < buckets; ++k) {
      const size_t offset = k << kShift;
      while (j < n && static_cast<size_t>(begin_of(tokens[j])) < offset) ++j;
      first_[k] = static_cast<uint32_t>(j);
    }
  }

  // Whether Build made a table.
  bool built() const { return !first_.empty(); }

  template <class Tokens, class BeginOf>
  size_t Find(const Tokens& tokens, size_t offset, BeginOf begin_of) const {
    if ((offset >> kShift) < first_.size()) {
      size_t j = first_[offset >> kShift];
      while (j < tokens.size() && static_cast<size_t>(begin_of(tokens[j])) < offset) ++j;
      return j;
    }
    return static_cast<size_t>(
        std::lower_bound(tokens.begin(), tokens.end(), offset,
                         [&](const auto& t, size_t o) { return static_cast<size_t>(begin_of(t)) < o; }) -
        tokens.begin());
  }

 private:
  std::vector<uint32_t> first_;
};

}  // namespace onrecord
