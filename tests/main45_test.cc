// Fixes made on main in the thirty-eighth round (docs/accuracy.md,
// "Thirty-eighth round: fixes on main while merging").
#include <catch2/catch.hpp>

#include <string>

#include <unicode/ucnv.h>

#include "attribution_util.h"
#include "onrecord/document.h"
#include "test_util.h"

namespace onrecord {
namespace {

// `utf8` converted to `charset` with ICU.
std::string Encode(const std::string& utf8, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  const int32_t n = ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                                 static_cast<int32_t>(utf8.size()), &status);
  REQUIRE(U_SUCCESS(status));
  out.resize(static_cast<size_t>(n));
  return out;
}

// Whether `bytes` hold a well-formed two-byte UTF-8 sequence (a lead byte
// C2-DF and a continuation byte), as a legacy charset's pair may by accident.
bool HasAccidentalUtf8Pair(const std::string& bytes) {
  for (size_t i = 0; i + 1 < bytes.size(); ++i) {
    const auto a = static_cast<unsigned char>(bytes[i]);
    const auto b = static_cast<unsigned char>(bytes[i + 1]);
    if (a >= 0xC2 && a <= 0xDF && b >= 0x80 && b <= 0xBF) return true;
  }
  return false;
}

Document LoadOneText(const std::string& bytes) {
  auto loaded = LoadBytes(bytes, "article.txt", LoadOptions{});
  REQUIRE(loaded.size() == 1);
  REQUIRE(loaded[0].document);
  return *loaded[0].document;
}

// fu45b: in45 read a file as UTF-8 as soon as it held one well-formed
// multi-byte character, but text in a legacy charset of its own holds such
// pairs by accident, so GB2312, Shift_JIS, EUC-JP and windows-1251 articles
// came out as U+FFFD and windows-1252 letters (one finding per byte, the
// language guessed wrong, no sources). A file is now guessed whole again
// unless its bad bytes are mostly lone ones among ASCII (a Latin-1 paste).
TEST_CASE("main45: legacy charsets whose pairs look like UTF-8 by accident are still guessed whole", "[main45]") {
  struct Case {
    const char* charset;
    std::string utf8;
  };
  std::string zh, ja, ru;
  for (int i = 0; i < 4; ++i) {
    zh += "李明说，大桥是安全的。据一名官员透露，谈判已经破裂。\n";
    ja += "田中さんは、橋は安全だと述べた。関係者によると、交渉は決裂した。\n";
    ru += "Пётр Соколов сказал «ТАСС», что мост безопасен.\n";
  }
  for (const Case& c : {Case{"GB2312", zh}, Case{"Shift_JIS", ja}, Case{"EUC-JP", ja}, Case{"windows-1251", ru}}) {
    INFO(c.charset);
    const std::string bytes = Encode(c.utf8, c.charset);
    REQUIRE(HasAccidentalUtf8Pair(bytes));  // the case the in45 rule missed
    CHECK(GuessLegacyCharset(bytes) != "");
    const Document doc = LoadOneText(bytes);
    CHECK(doc.source == c.utf8);
  }
}

TEST_CASE("main45: a Latin-1 passage pasted into UTF-8 is still read byte by byte", "[main45]") {
  // Guards for in45's reading, before and after this fix.
  const std::string bytes =
      "\xE2\x80\x9CWe will rebuild the pier,\xE2\x80\x9D said Mayor Ana Ruiz.\n\n"
      "The plan was backed by H\xE9l\xE8ne S\xE9guin, the d\xE9" "put\xE9" "e for the coast.\n";
  CHECK(GuessLegacyCharset(bytes) == "");
  const Document doc = LoadOneText(bytes);
  CHECK(doc.source.find("\xE2\x80\x9CWe will rebuild") != std::string::npos);
  CHECK(doc.source.find("H\xC3\xA9l\xC3\xA8ne S\xC3\xA9guin") != std::string::npos);
  // A Russian file in windows-1251 with one UTF-8 line appended (a euro
  // sign) is still the legacy charset: its bad bytes come in runs.
  std::string ru;
  for (int i = 0; i < 3; ++i) ru += "Мэр города сказал, что план готов.\n";
  const std::string mixed = Encode(ru, "windows-1251") + "Price: 5 \xE2\x82\xAC\n";
  CHECK(GuessLegacyCharset(mixed) != "");
}

// fu45b: cue45's one-word content took the addressee of a verb of telling
// as what was said ("The minister told CNN." gave the content "CNN", "told
// Yahoo! News" the content "Yahoo"). A lone word after a cue of
// cues-addressee is whom it was said to, not the content.
TEST_CASE("main45: a lone word after a verb of telling is no content", "[main45]") {
  for (const char* text : {"The harbor master told Reuters.\n", "The harbor master told Hale.\n",
                           "The harbor master informed reporters.\n"}) {
    INFO(text);
    auto r = testing::AuditText(text);
    for (const auto& a : r.attributions) CHECK(a.content.empty());
  }
  // Guard: cue45's reading of a lone word after another cue stays.
  auto r = testing::AuditText("The harbor master talked about tides.\n");
  const auto* a = testing::FindAttributionByCue(r, "talked about");
  REQUIRE(a != nullptr);
  CHECK(testing::ContentJoined(*a) == "tides");
}

}  // namespace
}  // namespace onrecord
