// Output-identical speed work of the thirty-fourth round (branch perf40,
// docs/performance.md): the segment stage runs ICU's sentence iterator over
// a UTF-16 copy of each block and turns the breaks back into byte offsets
// with Utf16ToUtf8Cursor; a block that is not valid UTF-8 keeps the UTF-8
// UText.
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <catch2/catch.hpp>

#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "analysis.h"
#include "test_util.h"
#include "utf16_offsets.h"

using namespace onrecord;

namespace {

// Every code point's (UTF-16 index, byte offset), and the end's.
std::vector<std::pair<size_t, size_t>> Boundaries(const std::string& s) {
  std::vector<std::pair<size_t, size_t>> out;
  int32_t i = 0;
  size_t unit = 0;
  const int32_t n = static_cast<int32_t>(s.size());
  while (i < n) {
    out.emplace_back(unit, static_cast<size_t>(i));
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    unit += static_cast<size_t>(U16_LENGTH(c));
  }
  out.emplace_back(unit, s.size());
  return out;
}

void CheckEveryBoundary(const std::string& s) {
  Utf16ToUtf8Cursor cursor(s);
  for (const auto& [unit, byte] : Boundaries(s)) {
    INFO("unit " << unit);
    CHECK(cursor.ByteAt(unit) == byte);
    CHECK(cursor.ByteAt(unit) == byte);  // the same index asked again
  }
}

// Sentences of `text` as the pipeline up to the segment stage finds them.
std::vector<std::string> Sentences(const std::string& text, const std::string& language,
                                   char poison_at_space = 0) {
  Document doc;
  doc.path = "t.txt";
  doc.source = text;
  Analysis a;
  a.document = &doc;
  a.extracted = Extract(doc);
  Normalize(a);
  a.language = language;
  a.pack = &testing::DefaultRules().Pack(language);
  Clean(a);
  if (poison_at_space != 0) {  // an invalid byte in place of the first space (same length)
    const size_t k = a.work.find(' ');
    if (k != std::string::npos) a.work[k] = poison_at_space;
  }
  Segment(a);
  std::vector<std::string> out;
  for (const auto& s : a.sentences) out.push_back(a.work.substr(s.span.begin, s.span.size()));
  return out;
}

}  // namespace

TEST_CASE("perf40: Utf16ToUtf8Cursor gives the byte offset of every UTF-16 index", "[perf40]") {
  CheckEveryBoundary("");
  CheckEveryBoundary("a");
  CheckEveryBoundary("plain ASCII text longer than eight bytes, and then some more of it");
  CheckEveryBoundary("é");                    // two bytes, one unit
  CheckEveryBoundary("说");                   // three bytes, one unit
  CheckEveryBoundary("😀");                   // four bytes, two units
  CheckEveryBoundary("abcdefg😀hijklmnop");   // a pair inside an ASCII run
  CheckEveryBoundary("„Ja“, sagte er. Émile est là. 他说：“好。” 😀😀 x");
  CheckEveryBoundary("12345678é12345678说12345678😀12345678");
}

TEST_CASE("perf40: Utf16ToUtf8Cursor over random text, asked at some indexes only", "[perf40]") {
  const std::vector<std::string> pieces = {"a", "b", " ", ".", "\n", "é", "ß", "“", "”", "说", "。", "😀", "𝄞",
                                           "abcdefghij"};
  std::mt19937 rng(40);
  for (int round = 0; round < 200; ++round) {
    std::string s;
    const int n = static_cast<int>(rng() % 80);
    for (int k = 0; k < n; ++k) s += pieces[rng() % pieces.size()];
    const auto all = Boundaries(s);
    Utf16ToUtf8Cursor cursor(s);
    for (const auto& [unit, byte] : all) {
      if (rng() % 3 != 0 && unit != all.back().first) continue;  // skip some: the cursor walks over them
      INFO("text " << s << " unit " << unit);
      CHECK(cursor.ByteAt(unit) == byte);
    }
  }
}

namespace {

// What u_strFromUTF8 makes of `s`: its units, or nothing with false when it refuses `s`.
bool ByIcu(const std::string& s, std::u16string* out) {
  std::vector<UChar> buf(s.size() + 1);
  int32_t length = 0;
  UErrorCode status = U_ZERO_ERROR;
  u_strFromUTF8(buf.data(), static_cast<int32_t>(buf.size()), &length, s.data(), static_cast<int32_t>(s.size()),
                &status);
  if (U_FAILURE(status)) return false;
  out->assign(buf.begin(), buf.begin() + length);
  return true;
}

void CheckAsIcu(const std::string& s, std::vector<UChar>* buffer) {
  std::u16string expected;
  const bool icu_ok = ByIcu(s, &expected);
  size_t length = 12345;
  const bool ok = Utf8ToUtf16(s, buffer, &length);
  INFO("text of " << s.size() << " bytes");
  REQUIRE(ok == icu_ok);
  if (ok) CHECK(std::u16string(buffer->begin(), buffer->begin() + static_cast<std::ptrdiff_t>(length)) == expected);
}

}  // namespace

TEST_CASE("perf40: Utf8ToUtf16 converts and refuses what u_strFromUTF8 does", "[perf40]") {
  std::vector<UChar> buffer;  // reused, as the segment stage reuses it
  for (const char* s : {"", "a", "plain ASCII text longer than eight bytes", "é", "说", "😀", "abcdefg😀hijklmnop",
                        "„Ja“, sagte er. Émile est là. 他说：“好。” 😀😀 x", "\xFF", "abcdefgh\xC3", "\xC3\xA9\xA9",
                        "\xED\xA0\x80 a surrogate", "\xC0\xAF an overlong slash", "\xF4\x90\x80\x80 past U+10FFFF",
                        "\xE2\x80 cut short"}) {
    CheckAsIcu(s, &buffer);
  }
  CheckAsIcu(std::string(100, 'x'), &buffer);
  CheckAsIcu("short", &buffer);  // a buffer larger than the text: only `length` units count
  const std::vector<std::string> pieces = {"a", " ", ".", "\n", "é", "ß", "“", "说", "😀", "𝄞", "abcdefghij"};
  std::mt19937 rng(16);
  for (int round = 0; round < 500; ++round) {
    std::string s;
    const int n = static_cast<int>(rng() % 40);
    for (int k = 0; k < n; ++k) s += pieces[rng() % pieces.size()];
    if (round % 2 == 1 && !s.empty()) s[rng() % s.size()] = static_cast<char>(0x80 | (rng() & 0x7F));  // often invalid
    CheckAsIcu(s, &buffer);
  }
  for (int round = 0; round < 2000; ++round) {  // random bytes: mostly refused, sometimes not
    std::string s(rng() % 12, '\0');
    for (char& c : s) c = static_cast<char>(rng() & 0xFF);
    CheckAsIcu(s, &buffer);
  }
}

TEST_CASE("perf40: sentence ends after characters of two, three and four bytes", "[perf40]") {
  CHECK(Sentences("He smiled 😀. Then he left. She stayed.", "en") ==
        std::vector<std::string>{"He smiled 😀. ", "Then he left. ", "She stayed."});
  CHECK(Sentences("Émile est là. Il a dit « oui ». Puis il est parti.", "fr") ==
        std::vector<std::string>{"Émile est là. ", "Il a dit « oui ». ", "Puis il est parti."});
  CHECK(Sentences("他说：“好。”她走了。𝄞 音乐开始了。", "zh") ==
        std::vector<std::string>{"他说：“好。”", "她走了。", "𝄞 音乐开始了。"});
  CHECK(Sentences("„Ja“, sagte er. Dann ging er 😀😀. Das war alles.", "de") ==
        std::vector<std::string>{"„Ja“, sagte er. ", "Dann ging er 😀😀. ", "Das war alles."});
}

TEST_CASE("perf40: a block that is not valid UTF-8 is still segmented, by the UTF-8 UText", "[perf40]") {
  CHECK(Sentences("He smiled 😀. Then he left. She stayed.", "en", '\xFF') ==
        std::vector<std::string>{"He\xFFsmiled 😀. ", "Then he left. ", "She stayed."});
  CHECK(Sentences("Émile est là. Il est parti.", "fr", '\xC3') ==
        std::vector<std::string>{"Émile\xC3" "est là. ", "Il est parti."});
}

namespace {

size_t CountByByte(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

}  // namespace

TEST_CASE("perf40: CountCodePoints eight bytes at a time counts as byte by byte", "[perf40]") {
  CHECK(CountCodePoints("") == 0);
  CHECK(CountCodePoints("abc") == 3);
  CHECK(CountCodePoints("abcdefgh") == 8);
  CHECK(CountCodePoints("Émile est là, 他说 😀!") == 19);
  CHECK(CountCodePoints("😀😀😀😀") == 4);                    // sixteen bytes, all in whole words
  CHECK(CountCodePoints("\x80\x80\x80\x80\x80\x80\x80\x80\xBF") == 0);  // continuation bytes only
  CHECK(CountCodePoints(std::string_view("\xC0\xFF\x7F\x40\x00\xE2\x80\x9C", 8)) == 6);  // 0x40 and 0xC0: only one of the two top bits
  // Every byte value in every position of a word, and random texts of
  // every length up to 40 bytes.
  for (int b = 0; b < 256; ++b) {
    for (size_t at = 0; at < 8; ++at) {
      std::string s(11, 'x');
      s[at] = static_cast<char>(b);
      INFO("byte " << b << " at " << at);
      CHECK(CountCodePoints(s) == CountByByte(s));
    }
  }
  std::mt19937 rng(8);
  for (int round = 0; round < 2000; ++round) {
    std::string s(rng() % 41, '\0');
    for (char& c : s) c = static_cast<char>(rng() & 0xFF);
    CHECK(CountCodePoints(s) == CountByByte(s));
  }
}

TEST_CASE("perf40: LineIndex columns over lines longer than its 64-byte checkpoints", "[perf40]") {
  std::string text;
  for (int k = 0; k < 30; ++k) text += "Él dijo «sí» 😀 y se fue; ";
  text += "\nsecond line é\n\nlast";
  const LineIndex index(text);
  int line = 1;
  size_t line_start = 0;
  for (size_t o = 0; o <= text.size(); ++o) {
    if (o > 0 && text[o - 1] == '\n') {
      ++line;
      line_start = o;
    }
    INFO("offset " << o);
    const LineIndex::Position p = index.At(o);
    CHECK(p.line == line);
    CHECK(p.column == static_cast<int>(CountByByte(std::string_view(text).substr(line_start, o - line_start))) + 1);
  }
}

namespace {

// The normalize stage's text for `text` as the extracted text.
std::string NormalizedText(const std::string& text) {
  Analysis a;
  a.extracted.text = text;
  Normalize(a);
  return a.text;
}

}  // namespace

TEST_CASE("perf40: the normalize stage folds and drops characters at every place in an eight-byte word",
          "[perf40]") {
  // (character, what the normalize stage makes of it)
  const std::vector<std::pair<std::string, std::string>> specials = {
      {"\t", " "}, {"\v", " "}, {"\f", " "}, {std::string(1, '\0'), ""}, {"\u00A0", " "}, {"\u2009", " "},
      {"\u200B", ""}, {"\u00AD", ""}, {"\u202A", ""}, {"\n", "\n"}, {"\r", "\r"}, {"é", "é"}};
  const std::string plain = "Lee said the vote was close and then he left";  // 44 bytes
  for (const auto& [in, out] : specials) {
    for (size_t at = 8; at <= 28; ++at) {
      std::string text = plain;
      text.insert(at, in);
      std::string expected = plain;
      expected.insert(at, out);
      INFO("character of " << in.size() << " bytes at " << at);
      CHECK(NormalizedText(text) == expected);
    }
  }
  // Bytes 0x0D to 0x7F (from carriage return to DEL) stay, in every position.
  std::string all;
  for (int c = 0x0D; c < 0x80; ++c) all += static_cast<char>(c);
  for (size_t shift = 0; shift < 8; ++shift) {
    const std::string text = std::string(shift, 'x') + all + "\n";
    CHECK(NormalizedText(text) == text);
  }
}
