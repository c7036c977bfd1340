// Fast paths that answer what a slower, general path answers (docs/performance.md,
// the speed3 and speed4 branches): each is held to the general path over varied inputs, and
// a test fails as soon as the two diverge.
#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "attribute.h"
#include "exception_screen_util.h"
#include "rule_pack.h"
#include "test_util.h"
#include "word_lists.h"

using namespace onrecord;
using onrecord::testing::MakePattern;

namespace {

// Every (begin, end) range of `text` that ExceptionMatches is asked about:
// empty ranges and ranges of one to six bytes at every offset.
std::vector<std::pair<size_t, size_t>> Ranges(const std::string& text) {
  std::vector<std::pair<size_t, size_t>> out;
  for (size_t b = 0; b <= text.size(); ++b) {
    for (size_t n = 0; n <= 6 && b + n <= text.size(); ++n) out.emplace_back(b, b + n);
  }
  return out;
}

}  // namespace

TEST_CASE("token keys lower-cased without ICU are ICU's keys", "[fast-path][attribute]") {
  const std::vector<std::string> words = {
      "", "said", "Said", "SAID", "U.S.", "McConnell", "O'Brien", "O’Brien", "Trump’s", "TRUMP’S",
      "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x94", "\xE2\x80\x93", "\xE2\x80\x98Hi\xE2\x80\x99",
      "\xE2\x80\xA6", "\xE2\x80\x8B", "\xE2\x81\xA0", "\xE2\x81\xAF", "\xE2\x81\xB0",  // U+2026, U+200B, U+2060, U+206F, U+2070
      "\xE2\x81\xB1",   // U+2071 superscript i: outside the block, ICU decides
      "\xE2\x84\xAA",   // U+212A Kelvin sign: lower-cases to "k"
      "\xE2\x93\x90",   // U+24D0 circled a, and the circled capital below
      "\xE2\x92\xB6", "Ⓐ’s", "É", "ÉTAT’s", "İstanbul", "ΣΟΦΟΣ", "Straße", "STRASSE", "Ǆ", "ǅ",
      "Москва’s", "北京", "l’Estuaire", "Dell’Italia", "A‐B", "x\xE2\x80", "\xE2\x80", "\xE2", "\x80\x99",
      "\xE2\x82\xAC",   // U+20AC euro sign
      "Ab\xE2\x80\x99\xE2\x80\x99" "CD", "NATO", "МИД", "naïve", "ﬁnance", "ＡＢＣ", "Mr.", "—Wu", "“Wu”",
  };
  for (const auto& w : words) {
    INFO("word: " << w);
    CHECK(TokenKey(w) == TokenKeyByIcu(w));
  }
  // Every character of the first 0x3000 code points, alone and between ASCII capitals.
  for (char32_t c = 1; c < 0x3000; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string w;
    if (c < 0x80) {
      w += static_cast<char>(c);
    } else if (c < 0x800) {
      w += static_cast<char>(0xC0 | (c >> 6));
      w += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      w += static_cast<char>(0xE0 | (c >> 12));
      w += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      w += static_cast<char>(0x80 | (c & 0x3F));
    }
    const std::string around = "AB" + w + "CD";
    INFO("code point " << static_cast<uint32_t>(c));
    REQUIRE(TokenKey(w) == TokenKeyByIcu(w));
    REQUIRE(TokenKey(around) == TokenKeyByIcu(around));
  }
}

TEST_CASE("an exception screen never rules out a text a pattern matches in", "[fast-path][rules]") {
  const ExceptionList exceptions = {
      MakePattern(R"((?i)\b(continue|continues|went on)\s+to\b)"),
      MakePattern(R"((?i)\bsaid\s+to\s+(be|have)\b)"),
      MakePattern(R"(^Update:)"),
      MakePattern(R"(x*)"),  // matches the empty string anywhere
  };
  const ExceptionList case_sensitive = {MakePattern(R"(\bNATO\b)", true), MakePattern(R"((?i)nato)", false)};
  const ExceptionList nothing_empty = {MakePattern(R"(\bpromises\s+of\b)"), MakePattern(R"(“[^”]*”\s+-)")};
  const std::vector<std::string> texts = {
      "", "The minister said.", "She continues to lead.", "He went on to win Ohio.", "It is said to be old.",
      "said to reporters", "Update: the talks resumed.", "A late Update: nothing.", "NATO said", "nato said",
      "Nato", "campaign promises of jobs", "promises", "“Hi” - she said", "“Hi” she said",
      "Continues To", "CONTINUES  TO LEAD", "went\non\tto", "saidto be", "said to bee",
  };
  for (const auto* list : {&exceptions, &case_sensitive, &nothing_empty}) {
    ExceptionScreen screen(*list);
    for (const auto& text : texts) {
      INFO("text: " << text);
      ExceptionMatches plain(*list, text);
      ExceptionMatches screened(*list, text, &screen);
      bool any = false;
      for (const auto& [b, e] : Ranges(text)) {
        CHECK(plain.Overlaps(b, e) == screened.Overlaps(b, e));
        any = any || plain.Overlaps(b, e);
      }
      // Ruled out only when no pattern matches.
      if (!screen.MayMatch(text)) CHECK_FALSE(any);
      CHECK(screen.MayMatch(text) == ExceptionOverlaps(*list, text, 0, 0));
    }
  }
}

TEST_CASE("quote marks are found at every offset of plain ASCII", "[fast-path][quotes]") {
  // The quote stage skips plain ASCII eight bytes at a time (speed4): a
  // straight mark, a doubled grave or apostrophe and a non-ASCII mark must
  // each be seen wherever it falls in those eight bytes, and a dash before
  // the writer's words wherever it falls in the quote.
  for (size_t k = 0; k <= 17; ++k) {
    const std::string pad(k, 'x');
    const std::string text = pad + " said \"yes\" then " + pad + "``no'' and " + pad +
                             " \u201Cmaybe\u201D, and \u00ABsi\u00BB.\n";
    INFO("text: " << text);
    const AuditResult r = testing::AuditText(text);
    std::vector<std::string> quotes;
    for (const auto& q : r.quotes) quotes.push_back(q.text);
    CHECK(quotes == std::vector<std::string>{"yes", "no", "maybe", "si"});
    // «…, — сказал X. — …»: the writer's words split the quote in two.
    const std::string ru = "\u00AB" + std::string(k + 1, '1') + " \u041C\u044B \u0433\u043E\u0442\u043E\u0432\u044B, "
                           "\u2014 \u0441\u043A\u0430\u0437\u0430\u043B \u0418\u0432\u0430\u043D\u043E\u0432. "
                           "\u2014 \u0418 \u0436\u0434\u0451\u043C " + std::string(k + 1, '2') + "\u00BB\n";
    INFO("text: " << ru);
    const AuditResult rr = testing::AuditText(ru, "ru.txt", "ru");
    REQUIRE(rr.quotes.size() == 2);
    CHECK(rr.quotes[0].text == std::string(k + 1, '1') + " \u041C\u044B \u0433\u043E\u0442\u043E\u0432\u044B,");
    CHECK(rr.quotes[1].text == "\u0418 \u0436\u0434\u0451\u043C " + std::string(k + 1, '2'));
  }
}

TEST_CASE("a widened screening pattern matches wherever its pattern does", "[fast-path][rules]") {
  // ScreenPattern: letter classes widened to every non-ASCII character,
  // long counted repetitions unbounded; what it cannot widen safely stays.
  struct Case {
    const char* pattern;
    const char* wide;
    ScreenFit fit;
  };
  const std::vector<Case> cases = {
      {R"(^By\s+\p{Lu}\pL+$)", R"(^By\s+[A-Z\x{80}-\x{10FFFF}][A-Za-z\x{80}-\x{10FFFF}]+$)", ScreenFit::kExactOnAscii},
      {R"(^[\p{Lu}][\pL.'’-]*$)", R"(^[A-Z\x{80}-\x{10FFFF}][A-Za-z\x{80}-\x{10FFFF}.'’-]*$)", ScreenFit::kExactOnAscii},
      {R"(^\p{Ll}x)", R"(^[a-z\x{80}-\x{10FFFF}]x)", ScreenFit::kExactOnAscii},
      {R"(^Read more: .{1,200}$)", R"(^Read more: .{1,}$)", ScreenFit::kCandidate},
      {R"(^a{2,31}b{0,32}c{1,5}d{3}e{4,}$)", R"(^a{2,31}b{0,}c{1,5}d{3}e{4,}$)", ScreenFit::kCandidate},
      {R"(^\pL{1,40}:)", R"(^[A-Za-z\x{80}-\x{10FFFF}]{1,}:)", ScreenFit::kCandidate},
      // Kept as written: negated classes, other classes, escapes, literals.
      {R"([^\pL]x)", R"([^\pL]x)", ScreenFit::kExact},
      {R"(\PLx\p{^L}\p{Greek}\pN)", R"(\PLx\p{^L}\p{Greek}\pN)", ScreenFit::kExact},
      {R"(\\pL\{1,99\}x{,99})", R"(\\pL\{1,99\}x{,99})", ScreenFit::kExact},
      {R"(\Q\pL{1,99}\E)", R"(\Q\pL{1,99}\E)", ScreenFit::kExact},
      {R"([{1,99}]\x{41}[]\pL][[:alpha:]\p{Lu}])", R"([{1,99}]\x{41}[]A-Za-z\x{80}-\x{10FFFF}][[:alpha:]A-Z\x{80}-\x{10FFFF}])",
       ScreenFit::kExactOnAscii},
  };
  const std::vector<std::string> texts = {
      "", "By Jane", "By jane", "By Łucja", "By Jane Doe", "Jane", "O’Neil", "élan", "ñx", "Read more: x",
      "Read more: " + std::string(199, 'x'), "Read more: " + std::string(201, 'x'), "aab", "aabbbbcdddeeee",
      "aa" + std::string(40, 'b') + "cdddeeee", "Word:", std::string(41, 'w') + ":", "Σ:", "1x", "Σx", "\\pL{1,99}",
      "\\pL{1,99}x", "{x]é", "{Aé", "AA", "a]Éa",
  };
  for (const Case& c : cases) {
    ScreenFit fit = ScreenFit::kCandidate;
    const std::string wide = ScreenPattern(c.pattern, &fit);
    INFO("pattern: " << c.pattern);
    CHECK(wide == c.wide);
    CHECK(fit == c.fit);
    for (bool case_sensitive : {true, false}) {
      RE2::Options opts;
      opts.set_log_errors(false);
      opts.set_case_sensitive(case_sensitive);
      RE2 original(c.pattern, opts), widened(wide, opts);
      REQUIRE(original.ok());
      REQUIRE(widened.ok());
      for (const auto& text : texts) {
        INFO("text: " << text << ", case-sensitive: " << case_sensitive);
        const bool matches = RE2::PartialMatch(text, original);
        if (matches) CHECK(RE2::PartialMatch(text, widened));
        const bool ascii = std::all_of(text.begin(), text.end(), [](char ch) { return (ch & 0x80) == 0; });
        if (fit != ScreenFit::kCandidate && ascii) CHECK(RE2::PartialMatch(text, widened) == matches);
      }
    }
  }
}

TEST_CASE("the list bits answer for every word of the lists the attribute stage reads per token",
          "[fast-path][rules][attribute]") {
  // The poll pass asks of every token whether it is a poll preposition and
  // of the words after one whether they are a poll head: from the token's
  // list bits, as for the other grammar lists, not by hashing its key.
  for (std::string_view name : {"poll-prepositions", "poll-heads", "function-words", "citation-words"}) {
    INFO("list " << name);
    const auto* at = std::find(std::begin(kListNames), std::end(kListNames), name);
    REQUIRE(at != std::end(kListNames));
    const uint64_t bit = uint64_t{1} << (at - std::begin(kListNames));
    for (const auto& language : testing::DefaultRules().Languages()) {
      INFO("language " << language);
      const LanguagePack& pack = testing::DefaultRules().Pack(language);
      for (const auto& word : pack.Words(name)) {
        INFO("word " << word);
        CHECK((pack.ListBits(word) & bit) != 0);
      }
      // A word of no list of the pack has no bit.
      CHECK((pack.ListBits("zzqxv-not-a-word") & bit) == 0);
    }
  }
  const LanguagePack& en = testing::DefaultRules().Pack("en");
  REQUIRE(!en.Words("poll-prepositions").empty());
  REQUIRE(!en.Words("poll-heads").empty());
  // A poll head is not a preposition, nor the other way round.
  const auto* prep = std::find(std::begin(kListNames), std::end(kListNames), std::string_view("poll-prepositions"));
  const auto* head = std::find(std::begin(kListNames), std::end(kListNames), std::string_view("poll-heads"));
  REQUIRE(prep != std::end(kListNames));
  REQUIRE(head != std::end(kListNames));
  CHECK((en.ListBits("poll") >> (prep - std::begin(kListNames)) & 1) == 0);
  CHECK((en.ListBits("poll") >> (head - std::begin(kListNames)) & 1) == 1);
  CHECK((en.ListBits("in") >> (prep - std::begin(kListNames)) & 1) == 1);
}
