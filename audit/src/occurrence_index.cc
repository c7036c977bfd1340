#include "occurrence_index.h"

#include <limits>

namespace onrecord {

OccurrenceIndex::OccurrenceIndex(std::string_view text) : text_(text) {
  if (text.size() < kMinTextBytes || text.size() > std::numeric_limits<uint32_t>::max()) return;
  const size_t buckets = size_t{1} << kBucketBits;
  const size_t last = text.size() - 2;  // positions with three bytes after them: [0, last)
  std::vector<uint32_t> count(buckets + 1, 0);
  for (size_t p = 0; p < last; ++p) {
    if (Indexable(static_cast<unsigned char>(text[p]))) ++count[Bucket(text.data() + p) + 1];
  }
  for (size_t b = 0; b < buckets; ++b) count[b + 1] += count[b];
  pos_.resize(count[buckets]);
  start_ = count;
  for (size_t p = 0; p < last; ++p) {
    if (Indexable(static_cast<unsigned char>(text[p]))) pos_[count[Bucket(text.data() + p)]++] = static_cast<uint32_t>(p);
  }
}

}  // namespace onrecord
