// Offset maps, text builders, line indexes and UTF-8 helpers (onrecord/text.h).
#include <catch2/catch.hpp>

#include "onrecord/text.h"

using onrecord::LineIndex;
using onrecord::OffsetMap;
using onrecord::Span;
using onrecord::TextBuilder;

TEST_CASE("identity map returns the same offsets", "[text]") {
  OffsetMap m = OffsetMap::Identity(10);
  for (size_t i = 0; i <= 10; ++i) {
    CHECK(m.BeginToBase(i) == i);
    CHECK(m.EndToBase(i) == i);
  }
}

TEST_CASE("replaced pieces map to their whole base run", "[text]") {
  // base: "a&amp;b"  derived: "a&b"
  std::string base = "a&amp;b";
  TextBuilder b;
  b.Copy(base, 0, 1);
  b.Replace("&", 1, 5);
  b.Copy(base, 6, 7);
  REQUIRE(b.text() == "a&b");
  const OffsetMap& m = b.map();
  CHECK(m.BeginToBase(0) == 0);
  CHECK(m.BeginToBase(1) == 1);
  CHECK(m.EndToBase(2) == 6);  // the end of "&" is the end of "&amp;"
  CHECK(m.BeginToBase(2) == 6);
  CHECK(m.EndToBase(3) == 7);
  CHECK(m.ToBase(Span{0, 3}) == Span{0, 7});
}

TEST_CASE("deleted base bytes are skipped", "[text]") {
  // base "ab\xC2\xAD" "cd" (soft hyphen removed)
  std::string base = "ab\xC2\xAD" "cd";
  TextBuilder b;
  b.Copy(base, 0, 2);
  b.Replace("", 2, 2);
  b.Copy(base, 4, 6);
  REQUIRE(b.text() == "abcd");
  CHECK(b.map().BeginToBase(2) == 4);
  CHECK(b.map().EndToBase(2) == 2);
  CHECK(b.map().EndToBase(4) == 6);
}

TEST_CASE("line index counts LF, CRLF and lone CR and columns in code points", "[text]") {
  std::string t = "ab\ncd\r\nef\rg\xC3\xA9h";
  LineIndex li(t);
  CHECK(li.At(0).line == 1);
  CHECK(li.At(3).line == 2);
  CHECK(li.At(3).column == 1);
  CHECK(li.At(7).line == 3);
  CHECK(li.At(10).line == 4);
  // 'h' comes after "gé": column 3 although it is byte 3 of the line plus one.
  CHECK(li.At(13).column == 3);
  // Where each offset's line starts, as a scan back to the last break finds it.
  for (size_t at = 0; at <= t.size(); ++at) {
    if (at > 0 && t[at - 1] == '\r' && at < t.size() && t[at] == '\n') continue;  // inside CRLF
    size_t start = at;
    while (start > 0 && t[start - 1] != '\n' && t[start - 1] != '\r') --start;
    INFO("offset " << at);
    CHECK(li.LineStart(at) == start);
  }
  CHECK(li.LineStart(t.size() + 5) == 10);  // past the end: the last line
}

TEST_CASE("UTF-8 validation finds the first bad byte", "[text]") {
  size_t at = 99;
  CHECK(onrecord::IsValidUtf8("plain \xE2\x80\x9Cok\xE2\x80\x9D"));
  CHECK_FALSE(onrecord::IsValidUtf8("ab\xFF" "c", &at));
  CHECK(at == 2);
  CHECK_FALSE(onrecord::IsValidUtf8("\xC0\xAF", &at));  // overlong
  CHECK_FALSE(onrecord::IsValidUtf8("\xED\xA0\x80", &at));  // surrogate
  CHECK(onrecord::CountCodePoints("g\xC3\xA9\xE2\x80\x9C") == 3);
}
