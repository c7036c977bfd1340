// Output-identical speed work of the twenty-fourth round (branch speed30):
// the fast paths give what the plain byte-by-byte reading gave.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>

#include "analysis.h"

using onrecord::NarrationSample;

namespace {

// NarrationSample as it was before speed30: every byte compared with each
// opening mark. Kept here as the reference the fast path must agree with.
std::string NarrationSampleByteByByte(std::string_view text) {
  static constexpr std::string_view kPairs[][2] = {
      {"\u201C", "\u201D"}, {"\u201E", "\u201C"}, {"\u00AB", "\u00BB"}, {"\u00BB", "\u00AB"}, {"\"", "\""},
  };
  std::string out;
  size_t line_end = 0;
  std::map<std::string_view, size_t> next_close;
  auto find_close = [&](std::string_view mark, size_t from) {
    auto [it, fresh] = next_close.try_emplace(mark, 0);
    if (fresh || it->second < from) {
      it->second = text.find(mark, from);
      if (it->second == std::string_view::npos) it->second = text.size();
    }
    return it->second < line_end ? it->second : std::string_view::npos;
  };
  size_t i = 0;
  while (i < text.size()) {
    if (i >= line_end) line_end = std::min(text.find('\n', i), text.size());
    std::string_view closer;
    size_t open_len = 0;
    for (const auto& pair : kPairs) {
      if (text.substr(i, pair[0].size()) == pair[0]) {
        open_len = pair[0].size();
        closer = pair[1];
        break;
      }
    }
    if (!closer.empty()) {
      size_t close = find_close(closer, i + open_len);
      if (close == std::string_view::npos && text.substr(i, open_len) == "\u201E") close = find_close("\u201D", i + open_len);
      if (close != std::string_view::npos) {
        out += ' ';
        i = close + closer.size();
        continue;
      }
    }
    out += text[i++];
  }
  return out;
}

}  // namespace

TEST_CASE("speed30 NarrationSample skips runs without a possible opening mark and agrees with the byte-by-byte reading",
          "[speed30]") {
  const std::vector<std::string> texts = {
      "",
      "No marks at all, only words.\nAnd a second line.",
      // Lead bytes 0xE2 and 0xC2 that open nothing: a dash, an ellipsis, a
      // no-break space, a degree sign, a euro sign.
      "The ferry \u2014 late again \u2026 left at 9\u00A0a.m. in 4\u00B0C for \u20AC3.",
      "He said \u201Cyes\u201D and \u201Eja\u201C and \u00ABoui\u00BB and \"si\".",
      "An open \u201Cquote\nruns on, then \u201Ccloses\u201D here.",
      "A \u201Estray\nthen \u201Eja\u201D und \u00BBnein\u00AB \u2014 \u201Cdone\u201D",
      "Caf\u00E9 owners \u201Cwere \u00ABthrilled\u00BB\u201D, said Ana \u2013 \"twice\" \"unclosed\nnext",
      "\"\"\u201C\u201D\u00AB\u00BB\u201E",
      "Line one \u201Cno close\nLine two \u201D stray \u00AB open\n\u00BB closes nothing here",
  };
  for (const std::string& t : texts) {
    INFO(t);
    CHECK(NarrationSample(t) == NarrationSampleByteByByte(t));
  }
  // What is kept and what is dropped, spelled out.
  CHECK(NarrationSample("A \u2014 dash, \u201Cgone\u201D.") == "A \u2014 dash,  .");
  CHECK(NarrationSample("Euro \u20AC and \u00ABx\u00BB") == "Euro \u20AC and  ");
}
