// Numbers written with digit-group separators (tenth round, branch num11):
// "1,409", "2,500,000", the decimal "3,5" and, where the language groups
// digits with a (no-break) space, "34 000" are one token, so a source, a
// content's end or a clause split on commas never cuts through them.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "analysis.h"
#include "onrecord/eval.h"
#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::AnySourceText;
using onrecord::testing::SourceOfCue;

namespace {

// The pipeline up to the segment stage: each token's text.
std::vector<std::string> Tokens(const std::string& text, const std::string& language) {
  onrecord::Document doc;
  doc.path = "t.txt";
  doc.source = text;
  onrecord::Analysis a;
  a.document = &doc;
  a.extracted = onrecord::Extract(doc);
  onrecord::Normalize(a);
  a.language = language;
  a.pack = &onrecord::testing::DefaultRules().Pack(language);
  onrecord::Clean(a);
  onrecord::Segment(a);
  std::vector<std::string> out;
  for (const auto& t : a.tokens) out.push_back(a.text.substr(t.span.begin, t.span.size()));
  return out;
}

}  // namespace

TEST_CASE("digit-group separators keep a number one token", "[segment][num11]") {
  using V = std::vector<std::string>;
  CHECK(Tokens("Some 1,409 nurses and 2,500,000 voters.", "en") ==
        V{"Some", "1,409", "nurses", "and", "2,500,000", "voters", "."});
  // A comma before a space, or after a word, is still punctuation.
  CHECK(Tokens("In 2024, 40 pilots left.", "en") == V{"In", "2024", ",", "40", "pilots", "left", "."});
  CHECK(Tokens("Prices rose 3,5 % and 3.5 %.", "fr") == V{"Prices", "rose", "3,5", "%", "and", "3.5", "%", "."});
  // A no-break or thin space before a group of three digits, in a language
  // that groups digits so; not before two or four digits, and not in English.
  CHECK(Tokens("Quelque 34\xC2\xA0""000 et 2\xE2\x80\xAF""500\xC2\xA0""000 voix.", "fr") ==
        V{"Quelque", "34 000", "et", "2 500 000", "voix", "."});
  CHECK(Tokens("Es waren 34.000 und 12 500 Stimmen.", "de") ==
        V{"Es", "waren", "34.000", "und", "12 500", "Stimmen", "."});
  CHECK(Tokens("Il y a 12 50 et 3 5000 voix.", "fr") == V{"Il", "y", "a", "12", "50", "et", "3", "5000", "voix", "."});
  CHECK(Tokens("Some 34\xC2\xA0""000 voters.", "en") == V{"Some", "34", "000", "voters", "."});
}

TEST_CASE("a thousands comma keeps a number whole in a source", "[attribute][num11]") {
  auto r = AuditText(
      "Harbour levy\n\n"
      "Some 2,318 dockworkers said on Friday that the levy would close the port.\n\n"
      "About 1,250,000 residents warned that the ferry fares were too high.\n");
  CHECK(SourceOfCue(r, "said") == "Some 2,318 dockworkers");
  CHECK(SourceOfCue(r, "warned") == "About 1,250,000 residents");
  CHECK_FALSE(AnySourceText(r, "318 dockworkers"));
  CHECK_FALSE(AnySourceText(r, "000 residents"));
}

TEST_CASE("a comma after a number before a space still ends a clause", "[attribute][num11]") {
  auto r = AuditText("Harbour levy\n\nIn 2024, 40 pilots said that the channel was unsafe.\n");
  CHECK(SourceOfCue(r, "said") == "40 pilots");
}

TEST_CASE("digit groups set off by a no-break space are one number in French", "[attribute][num11]") {
  auto r = AuditText(
      "La digue\n\n"
      "Selon 4\xC2\xA0""800 pêcheurs, la digue ne tiendra pas. Selon 3\xE2\x80\xAF""150 riverains interrogés, "
      "le port fermera.\n",
      "test.txt", "fr");
  // The source's text is the article's own, its no-break spaces kept.
  CHECK(AnySourceText(r, "4\xC2\xA0""800 pêcheurs"));
  CHECK(AnySourceText(r, "3\xE2\x80\xAF""150 riverains interrogés"));
  CHECK_FALSE(AnySourceText(r, "800 pêcheurs"));
  CHECK_FALSE(AnySourceText(r, "150 riverains interrogés"));
}

TEST_CASE("a decimal comma stays inside a French source", "[attribute][num11]") {
  auto r = AuditText("Les loyers\n\nSelon 1,8 million de locataires, les loyers sont trop chers.\n", "test.txt", "fr");
  CHECK(AnySourceText(r, "1,8 million de locataires"));
  CHECK_FALSE(AnySourceText(r, "1"));
}

TEST_CASE("a comma inside a number splits no speaker in gold-mode matching", "[eval][num11]") {
  // "1,409 nurses" is one speaker, not the two parts "1" and "409 nurses".
  CHECK(onrecord::NormalizeSpeaker("1,409 nurses").find(" and ") == std::string::npos);
  // A list comma still splits joint speakers.
  CHECK(onrecord::NormalizeSpeaker("Ivo Sand, Lea Moor") == "ivo sand and lea moor");
}
