// Output-identical speed work of the thirty-third round (branch perf39,
// docs/performance.md): TokenStartIndex, the attribute stage's table of the
// first token at or after every 16th byte offset (TokenStartingAt), held to
// the lower_bound it replaces; and the plain-text extractor's test for
// Markdown emphasis markers, which now looks for "*" and "_" with memchr.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

#include "analysis.h"
#include "token_start_index.h"

using namespace onrecord;

namespace {

struct Tok {
  size_t begin;
};

size_t BeginOf(const Tok& t) { return t.begin; }

size_t ByLowerBound(const std::vector<Tok>& toks, size_t offset) {
  return static_cast<size_t>(
      std::lower_bound(toks.begin(), toks.end(), offset, [](const Tok& t, size_t o) { return t.begin < o; }) -
      toks.begin());
}

// Every offset from 0 to a little past the text's end answered as the
// lower_bound answers it.
void CheckAll(const std::vector<Tok>& toks, size_t text_size, bool expect_built) {
  TokenStartIndex index;
  index.Build(toks, text_size, BeginOf);
  CHECK(index.built() == expect_built);
  for (size_t o = 0; o <= text_size + 3; ++o) {
    INFO("offset " << o);
    CHECK(index.Find(toks, o, BeginOf) == ByLowerBound(toks, o));
  }
}

}  // namespace

TEST_CASE("perf39: the token-start table answers every offset as lower_bound does", "[perf39]") {
  // "Ana said it." : tokens at 0, 4, 9, 11 in a text of 12 bytes.
  CheckAll({{0}, {4}, {9}, {11}}, 12, true);
  // A text that opens with spaces, and a token at its very end.
  CheckAll({{3}, {7}, {12}}, 12, true);
  // Tokens sharing a begin (an empty token), and no token at all.
  CheckAll({{0}, {2}, {2}, {5}}, 8, true);
  CheckAll({}, 5, true);
  // An empty text.
  CheckAll({}, 0, true);
  CheckAll({{0}}, 0, true);
}

TEST_CASE("perf39: the token-start table falls back to lower_bound where it must", "[perf39]") {
  // Tokens out of order: no table, and Find still gives lower_bound's answer.
  CheckAll({{4}, {2}, {9}}, 10, false);
  // A token beginning past the text's given size: the table ends at the
  // text's end and later offsets fall back.
  CheckAll({{1}, {20}}, 10, true);
}

TEST_CASE("perf39: the token-start table holds over a long text and crowded buckets", "[perf39]") {
  // A text of 300,000 bytes with a token every 7 bytes, and one with up to
  // four tokens (two of them empty, at the same byte) in each 16-byte bucket.
  std::vector<Tok> toks;
  const size_t size = 300000;
  for (size_t b = 0; b < size; b += 7) toks.push_back({b});
  TokenStartIndex index;
  index.Build(toks, size, BeginOf);
  CHECK(index.built());
  for (size_t o = 0; o <= size + 20; ++o) {
    if (index.Find(toks, o, BeginOf) != ByLowerBound(toks, o)) FAIL("offset " << o);
  }
  toks.clear();
  for (size_t b = 0; b < 4000; b += 5) {
    toks.push_back({b});
    if (b % 3 == 0) toks.push_back({b});
  }
  index.Build(toks, 4000, BeginOf);
  CHECK(index.built());
  for (size_t o = 0; o <= 4040; ++o) {
    if (index.Find(toks, o, BeginOf) != ByLowerBound(toks, o)) FAIL("offset " << o);
  }
}

TEST_CASE("perf39: a rebuilt token-start table forgets the earlier text", "[perf39]") {
  TokenStartIndex index;
  std::vector<Tok> first{{0}, {3}, {6}, {9}};
  index.Build(first, 12, BeginOf);
  std::vector<Tok> second{{1}, {2}};
  index.Build(second, 3, BeginOf);
  for (size_t o = 0; o <= 14; ++o) CHECK(index.Find(second, o, BeginOf) == ByLowerBound(second, o));
  // A rebuild that cannot be built leaves no table behind.
  std::vector<Tok> unsorted{{5}, {1}};
  index.Build(unsorted, 6, BeginOf);
  CHECK_FALSE(index.built());
  for (size_t o = 0; o <= 8; ++o) CHECK(index.Find(unsorted, o, BeginOf) == ByLowerBound(unsorted, o));
}

TEST_CASE("perf39: emphasis markers of either kind are still found in plain text", "[perf39]") {
  // Only "_" on the line, only "*", both, and neither.
  CHECK(ExtractText("The _coach_ said it was over.\n").text == "The coach said it was over.");
  CHECK(ExtractText("**“We lost,”** said Ben Ode.\n").text == "“We lost,” said Ben Ode.");
  CHECK(ExtractText("“No,” *she* said, and __left__.\n").text == "“No,” she said, and left.");
  CHECK(ExtractText("Nothing to mark on this line at all.\n").text == "Nothing to mark on this line at all.");
  // Markers that are text stay: snake_case, 2*3*4 and a bullet.
  CHECK(ExtractText("snake_case and 2*3*4 stay.\n").text == "snake_case and 2*3*4 stay.");
  CHECK(ExtractText("* a bullet item\n").text == "* a bullet item");
}
