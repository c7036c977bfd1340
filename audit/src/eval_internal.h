// Internal helpers shared by eval.cc and eval_polnear.cc (not a public header).
#ifndef ONRECORD_EVAL_INTERNAL_H_
#define ONRECORD_EVAL_INTERNAL_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "onrecord/eval.h"

namespace onrecord::eval_internal {

// A possible pair for a one-to-one matching. Pairs are taken greedily by
// `primary` (higher first), then `secondary` (higher first), then `distance`
// (lower first), then by indices.
struct Candidate {
  int gold = 0;
  int predicted = 0;
  double primary = 0.0;
  double secondary = 0.0;
  double distance = 0.0;
};

// The chosen (gold, predicted) pairs, sorted by gold index.
std::vector<std::pair<int, int>> GreedyMatch(std::vector<Candidate> candidates);

// A text prepared once for many comparisons.
struct PreparedText {
  std::string normalized;                // NormalizeForMatch
  std::vector<std::string> tokens;       // MatchTokens, in order
  std::vector<std::string> sorted_tokens;  // without function words (all tokens if none remain)
};
PreparedText Prepare(std::string_view text);
TextSimilarity Compare(const PreparedText& a, const PreparedText& b);

// The byte offset where the value at a JSON pointer (a list of member names
// and array indices) begins, or none when it cannot be found. Assumes the
// text parsed as JSON.
std::optional<size_t> LocateJsonPointer(std::string_view json, const std::vector<std::string>& pointer);

}  // namespace onrecord::eval_internal

#endif  // ONRECORD_EVAL_INTERNAL_H_
