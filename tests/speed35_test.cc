// speed35: a JSON record's long string values (an article's text) are
// decoded by the reader itself and left out of what nlohmann's parser reads
// (document.cc, LiftLongStrings). These tests hold that path to the
// parser's: the same text, issues and errors.
#include <catch2/catch.hpp>

#include "onrecord/document.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace onrecord {
namespace {

// A long article text in JSON string form (without its quotes): `part`
// repeated until it is past the length at which the reader decodes it.
std::string Long(const std::string& part) {
  std::string s;
  while (s.size() < 600) s += part;
  return s;
}

LoadedArticle LoadLine(const std::string& line) {
  auto loaded = LoadBytes(line + "\n", "records.jsonl", {});
  REQUIRE(loaded.size() == 1);
  return std::move(loaded[0]);
}

// The record with the text given once (decoded by the reader) against the
// same record with the key given twice (left to the parser, which keeps the
// last value): the same text and the same issues.
void SameAsParser(const std::string& escaped) {
  INFO(escaped.substr(0, 80));
  const LoadedArticle once = LoadLine(R"({"id": "a", "text": ")" + escaped + R"("})");
  const LoadedArticle twice = LoadLine(R"({"id": "a", "text": "x", "text": ")" + escaped + R"("})");
  REQUIRE(once.document);
  REQUIRE(twice.document);
  CHECK(once.document->source == twice.document->source);
  REQUIRE(once.document->issues.size() == twice.document->issues.size());
  for (size_t k = 0; k < once.document->issues.size(); ++k) {
    CHECK(once.document->issues[k].rule == twice.document->issues[k].rule);
    CHECK(once.document->issues[k].offset == twice.document->issues[k].offset);
  }
  CHECK(once.document->metadata.id == twice.document->metadata.id);
  // And, with nothing to repair, the text is what nlohmann makes of the string.
  if (once.document->issues.empty()) {
    const std::string direct = nlohmann::json::parse("\"" + escaped + "\"").get<std::string>();
    CHECK(once.document->source == direct);
  }
}

TEST_CASE("speed35 a long JSON text decodes as the parser decodes it", "[speed35]") {
  SameAsParser(Long("The mayor said \\\"no\\\" to the plan.\\nShe left. "));
  SameAsParser(Long("Back\\\\slash and \\/ slash\\ttab "));
  SameAsParser(Long("Caf\\u00e9 \\u20AC \\u20ac \\ud83d\\ude00 done. "));
  SameAsParser(Long("Café € 😀 Привет 東京 — “quoted” "));
  SameAsParser(Long("mixed é\\u00e9é\\né "));
  SameAsParser(Long("carriage\\r\\nreturn and \\f feed \\b back "));
  // A lone surrogate escape becomes U+FFFD with a finding, on both paths.
  SameAsParser(Long("before \\ud800 after ") + "end");
  // The string's last bytes an escape, and an escape at the start.
  SameAsParser("\\\"" + Long("quoted words ") + "\\\"");
  SameAsParser(Long("ends in a backslash \\\\"));
}

TEST_CASE("speed35 a long JSON text the parser refuses gives the parser's error", "[speed35]") {
  const std::vector<std::string> bad = {
      Long("a bad escape \\q here "),
      Long("a control character \x01 here "),
      Long("a short unicode escape ") + "\\u12",
      Long("a high surrogate with a bad low \\ud83d\\u0041 "),
      Long("overlong UTF-8 \xC0\xAF here "),
      Long("an encoded surrogate \xED\xA0\x80 here "),
      Long("cut UTF-8 \xE2\x82 here "),
  };
  for (const std::string& escaped : bad) {
    const std::string line = R"({"id": "a", "text": ")" + escaped + R"("})";
    INFO(escaped.substr(0, 60));
    const LoadedArticle loaded = LoadLine(line);
    // Whatever the reader makes of the record, it is what it makes of it
    // when the text is left to the parser (given twice).
    const LoadedArticle twice = LoadLine(R"({"id": "a", "text": "x", "text": ")" + escaped + R"("})");
    CHECK(loaded.document.has_value() == twice.document.has_value());
    if (loaded.document && twice.document) {
      CHECK(loaded.document->source == twice.document->source);
    }
    if (!loaded.document) {
      // The parser's own message, at the parser's place.
      std::string expected;
      try {
        const nlohmann::json parsed_line = nlohmann::json::parse(line);
        (void)parsed_line;
      } catch (const nlohmann::json::parse_error& e) {
        expected = e.what();
        expected = expected.substr(expected.find("syntax error"));
      }
      REQUIRE(!expected.empty());
      CHECK(loaded.error.ToString().find(expected) != std::string::npos);
    }
  }
}

TEST_CASE("speed35 a record whose other fields do not parse gives the parser's error", "[speed35]") {
  const std::string text = Long("A long and valid text. ");
  const std::string line = R"({"text": ")" + text + R"(", "title": tru , "id": "x"})";
  const LoadedArticle loaded = LoadLine(line);
  REQUIRE_FALSE(loaded.document);
  std::string expected;
  try {
    const nlohmann::json parsed_line = nlohmann::json::parse(line);
    (void)parsed_line;
  } catch (const nlohmann::json::parse_error& e) {
    expected = e.what();
    expected = expected.substr(expected.find("syntax error"));
  }
  REQUIRE(!expected.empty());
  CHECK(loaded.error.ToString().find(expected) != std::string::npos);
  // The same record with the text key given again after the error (so the
  // text is left to the parser): the same message at the same line:column.
  const LoadedArticle parsed = LoadLine(R"({"text": ")" + text + R"(", "title": tru , "text": "x"})");
  REQUIRE_FALSE(parsed.document);
  CHECK(loaded.error.ToString() == parsed.error.ToString());
}

TEST_CASE("speed35 long metadata strings and several long fields are read whole", "[speed35]") {
  const std::string title = Long("A very long headline ");
  const std::string author = Long("Ann Lee, ");
  const std::string text = Long("Body text here. ");
  const LoadedArticle loaded =
      LoadLine(R"({"title": ")" + title + R"(", "text": ")" + text + R"(", "author": ")" + author + R"(", "id": "x"})");
  REQUIRE(loaded.document);
  CHECK(loaded.document->source == text);
  REQUIRE(loaded.document->metadata.id);
  CHECK(*loaded.document->metadata.id == "x");
  // Metadata strings are read as the parser gives them (trimmed or not,
  // as StringField does): the same as with the short-field path.
  const LoadedArticle twice = LoadLine(R"({"title": "t", "title": ")" + title + R"(", "text": "t", "text": ")" + text +
                                       R"(", "author": "a", "author": ")" + author + R"(", "id": "x"})");
  REQUIRE(twice.document);
  CHECK(loaded.document->metadata.title == twice.document->metadata.title);
  CHECK(loaded.document->metadata.author == twice.document->metadata.author);
  // A non-string text under a long string's neighbour is still refused.
  const LoadedArticle number = LoadLine(R"({"title": ")" + title + R"(", "text": 5})");
  CHECK_FALSE(number.document);
  CHECK(number.error.ToString().find("must be a string") != std::string::npos);
}

}  // namespace
}  // namespace onrecord
