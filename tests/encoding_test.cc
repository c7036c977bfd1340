// Encodings and characters: BOMs, UTF-16, declared and given charsets,
// invalid UTF-8, NUL bytes, CRLF and lone CR, no-break spaces, soft hyphens
// and zero-width characters.
#include <catch2/catch.hpp>

#include "onrecord/document.h"
#include "test_util.h"

#include <unicode/ucnv.h>

namespace onrecord {
namespace {

// Exactly one input.invalid-utf16 finding, at `line`:`column`.
template <typename Result>
void CheckOneUtf16FindingAt(const Result& r, int line, int column) {
  int found = 0;
  for (const auto& f : r.findings) {
    if (f.rule != "input.invalid-utf16") continue;
    ++found;
    CHECK(f.location.line == line);
    CHECK(f.location.column == column);
  }
  CHECK(found == 1);
}

using testing::AuditText;

// UTF-8 -> UTF-16 (little or big endian) with a BOM.
std::string ToUtf16(const std::string& utf8, bool little_endian) {
  std::u32string cps;
  for (size_t i = 0; i < utf8.size();) {
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
    char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    cps.push_back(cp);
    i += len;
  }
  std::string out = little_endian ? "\xFF\xFE" : "\xFE\xFF";
  auto unit = [&](uint16_t u) {
    char lo = static_cast<char>(u & 0xFF), hi = static_cast<char>(u >> 8);
    out += little_endian ? std::string{lo, hi} : std::string{hi, lo};
  };
  for (char32_t cp : cps) {
    if (cp >= 0x10000) {
      cp -= 0x10000;
      unit(static_cast<uint16_t>(0xD800 + (cp >> 10)));
      unit(static_cast<uint16_t>(0xDC00 + (cp & 0x3FF)));
    } else {
      unit(static_cast<uint16_t>(cp));
    }
  }
  return out;
}

Document LoadOne(const std::string& bytes, const std::string& path, const LoadOptions& options = {}) {
  auto loaded = LoadBytes(bytes, path, options);
  REQUIRE(loaded.size() == 1);
  INFO(loaded[0].error.ToString());
  REQUIRE(loaded[0].document);
  return *loaded[0].document;
}

AuditResult AuditDocument(const Document& doc) {
  AuditOptions options;
  options.language = "en";
  auto r = Audit(doc, testing::DefaultRules(), options);
  REQUIRE(r.ok());
  return std::move(r.value());
}

const char kArticle[] =
    "Talks stalled on Monday.\n"
    "“We will not move,” said Wu Xinbo, an adviser to the ministry. 😀 Ça va.\n";

TEST_CASE("a UTF-8 BOM is removed and offsets start after it", "[encoding]") {
  Document plain = LoadOne(kArticle, "a.txt");
  Document bom = LoadOne(std::string("\xEF\xBB\xBF") + kArticle, "a.txt");
  CHECK(bom.source == plain.source);
  auto r = AuditDocument(bom);
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].location.begin == std::string(kArticle).find("We will"));
  CHECK(r.quotes[0].location.line == 2);
  CHECK(r.quotes[0].location.column == 2);
}

TEST_CASE("UTF-16 with a BOM, either byte order, decodes to the same text", "[encoding]") {
  for (bool le : {true, false}) {
    Document doc = LoadOne(ToUtf16(kArticle, le), "a.txt");
    CHECK(doc.source == kArticle);
    CHECK(doc.issues.empty());
    auto r = AuditDocument(doc);
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].speaker == "Wu Xinbo");
  }
}

TEST_CASE("broken UTF-16 becomes U+FFFD with a finding at line:column", "[encoding]") {
  // ICU replaced an unpaired surrogate or a last odd byte without a word;
  // the user could not tell a cut-short file from a good one.
  for (bool le : {true, false}) {
    INFO((le ? "little endian" : "big endian"));
    // A file cut one byte short.
    Document cut = LoadOne(ToUtf16(kArticle, le) + "A", "a.txt");
    CHECK(cut.source == std::string(kArticle) + "\xEF\xBF\xBD");
    REQUIRE(cut.issues.size() == 1);
    CHECK(cut.issues[0].rule == "input.invalid-utf16");
    CHECK(cut.issues[0].offset == std::string(kArticle).size());
    // A high surrogate with no low one after it, on line 2 before "said".
    std::string bytes = ToUtf16(kArticle, le);
    const std::string before = "Talks stalled on Monday.\n“We will not move,” ";
    const size_t at = 2 + 2 * 45;  // the BOM, then 45 BMP code units
    REQUIRE(ToUtf16(before, le).size() == at);
    bytes.insert(at, le ? std::string("\x00\xD8", 2) : std::string("\xD8\x00", 2));
    Document doc = LoadOne(bytes, "a.txt");
    REQUIRE(doc.issues.size() == 1);
    CHECK(doc.issues[0].offset == before.size());
    auto r = AuditDocument(doc);
    CheckOneUtf16FindingAt(r, 2, 21);
  }
  // A U+FFFD the file holds is text, not a fault.
  Document held = LoadOne(ToUtf16(std::string(kArticle) + "\xEF\xBF\xBD\n", true), "a.txt");
  CHECK(held.issues.empty());
}

TEST_CASE("the --encoding option converts a legacy charset with ICU", "[encoding]") {
  // "Ça" and curly quotes in windows-1252.
  const std::string cp1252 = "\x93We will not move,\x94 said Fran\xE7ois Roy, an adviser. \xC7" "a va.\n";
  LoadOptions options;
  options.encoding = "windows-1252";
  Document doc = LoadOne(cp1252, "a.txt", options);
  CHECK(doc.source == "“We will not move,” said François Roy, an adviser. Ça va.\n");
  CHECK(doc.issues.empty());
  options.encoding = "no-such-charset";
  auto bad = LoadBytes(cp1252, "a.txt", options);
  REQUIRE(bad.size() == 1);
  CHECK_FALSE(bad[0].document);
  CHECK(bad[0].error.message().find("unknown encoding") != std::string::npos);
}

TEST_CASE("an HTML page's declared charset is used when the bytes are not UTF-8", "[encoding]") {
  const std::string page =
      "<html><head><meta charset=\"windows-1252\"></head><body>"
      "<p>\x93We will not move,\x94 said Fran\xE7ois Roy, an adviser.</p></body></html>";
  Document doc = LoadOne(page, "a.html");
  CHECK(doc.source.find("“We will not move,” said François Roy") != std::string::npos);
  CHECK(doc.issues.empty());
  auto r = AuditDocument(doc);
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].text == "We will not move,");
  const Location& l = r.quotes[0].location;
  CHECK(doc.source.substr(l.begin, l.end - l.begin) == "We will not move,");

  // The http-equiv form, and "iso-8859-1" read as windows-1252 as browsers do.
  const std::string equiv =
      "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>\x93Oui,\x94 dit-il.</p>";
  CHECK(HtmlDeclaredCharset(equiv) == "windows-1252");
  CHECK(LoadOne(equiv, "b.htm").source.find("“Oui,” dit-il.") != std::string::npos);

  // A declaration is ignored when the bytes are valid UTF-8 (the usual lie).
  const std::string utf8 = "<meta charset=\"windows-1252\"><p>“Oui,” dit-il.</p>";
  CHECK(LoadOne(utf8, "c.html").source == utf8);
  // An unknown declared charset: read as UTF-8, with a finding.
  Document unknown = LoadOne("<meta charset=\"x-nonsense\"><p>caf\xE9</p>", "d.html");
  REQUIRE(unknown.issues.size() >= 1);
  CHECK(unknown.issues[0].rule == "input.unknown-charset");
}

TEST_CASE("HtmlDeclaredCharset reads the usual forms", "[encoding]") {
  CHECK(HtmlDeclaredCharset("<meta charset=utf-8>") == "utf-8");
  CHECK(HtmlDeclaredCharset("<META CHARSET='Shift_JIS'>") == "shift_jis");
  CHECK(HtmlDeclaredCharset("<meta content=\"text/html;charset=koi8-r\" http-equiv=content-type>") == "koi8-r");
  CHECK(HtmlDeclaredCharset("<p>charset=utf-8 in text</p>") == "");
  CHECK(HtmlDeclaredCharset("") == "");
}

// in45: a lone stray byte in a UTF-8 text file is read as windows-1252 (a
// Latin-1 paste), no longer U+FFFD; the finding and its place are the same.
TEST_CASE("invalid UTF-8 gets a finding at line:column", "[encoding]") {
  // A UTF-8 file (its "é" and "–" are well-formed) with one stray byte.
  const std::string bytes = "Talks stalled \xE2\x80\x93 in Montr\xC3\xA9" "al.\nThe caf\xE9 closed, officials said.\n";
  Document doc = LoadOne(bytes, "a.txt");
  CHECK(doc.source == "Talks stalled \xE2\x80\x93 in Montr\xC3\xA9" "al.\nThe caf\xC3\xA9 closed, officials said.\n");
  auto r = AuditDocument(doc);
  bool found = false;
  for (const auto& f : r.findings) {
    if (f.rule != "input.invalid-utf8") continue;
    found = true;
    CHECK(f.location.line == 2);
    CHECK(f.location.column == 8);
  }
  CHECK(found);
}

// One U+FFFD replaces one invalid sequence's maximal subpart (a lone byte,
// or a sequence cut short), as browsers decode; two stray bytes are two.
TEST_CASE("each invalid byte becomes one U+FFFD and no neighbouring character is lost", "[encoding]") {
  const std::string r = "\xEF\xBF\xBD";
  auto decode = [](const std::string& bytes) {
    std::vector<InputIssue> issues;
    auto out = DecodeToUtf8(bytes, "", &issues);
    REQUIRE(out.ok());
    return std::make_pair(out.value(), issues.size());
  };
  CHECK(decode("Dupr\xE9, the mayor") == std::make_pair("Dupr" + r + ", the mayor", size_t{1}));
  CHECK(decode("\x93Oui,\x94") == std::make_pair(r + "Oui," + r, size_t{2}));
  CHECK(decode("a\x93\x94" "b") == std::make_pair("a" + r + r + "b", size_t{2}));        // was one U+FFFD
  CHECK(decode("a\xE0\x80\x80" "b") == std::make_pair("a" + r + r + r + "b", size_t{3}));  // overlong: no prefix
  CHECK(decode("a\xE2\x80" "b") == std::make_pair("a" + r + "b", size_t{1}));            // cut short: one
  CHECK(decode("caf\xE9\xC3\xA9") == std::make_pair("caf" + r + "\xC3\xA9", size_t{1}));  // é kept
}

// Regression: a JSON or JSONL record lost the input.invalid-utf8 finding
// (the file was repaired before its text was read).
TEST_CASE("invalid bytes give the same finding in every format", "[encoding]") {
  const std::string line = "\xE2\x80\x9CWe will stay,\xE2\x80\x9D said Fran\xE7ois Dupont, the mayor.";
  const std::string fffd = "Fran\xEF\xBF\xBDois Dupont";
  // in45: text, Markdown and HTML read a lone stray byte as windows-1252;
  // JSON, UTF-8 by its standard, keeps U+FFFD. The finding is the same.
  const std::string cp1252 = "Fran\xC3\xA7ois Dupont";
  struct Case {
    std::string path, bytes;
    int line, column;
  };
  const std::vector<Case> cases = {
      {"a.txt", line + "\n", 1, 26},
      {"a.md", "---\ntitle: T\n---\n\n" + line + "\n", 5, 26},
      {"a.html", "<meta charset=\"klingon-9\"><p>" + line + "</p>\n", 1, 55},
      {"a.json", "{\"text\": \"" + line + "\"}", 1, 26},
      {"a.jsonl", "{\"text\": \"Fine.\"}\n{\"title\": \"Caf\xE9\", \"text\": \"" + line + "\"}\n", 1, 26},
  };
  for (const auto& c : cases) {
    INFO(c.path);
    auto loaded = LoadBytes(c.bytes, c.path, {});
    REQUIRE_FALSE(loaded.empty());
    const LoadedArticle& a = loaded.back();
    REQUIRE(a.document);
    auto result = AuditDocument(*a.document);
    int invalid = 0;
    for (const auto& f : result.findings) {
      if (f.rule != "input.invalid-utf8") continue;
      ++invalid;
      CHECK(f.location.line == c.line);
      CHECK(f.location.column == c.column);
    }
    CHECK(invalid == 1);
    REQUIRE(result.quotes.size() == 1);
    CHECK_FALSE(result.quotes[0].speaker.empty());
    const bool json_input = c.path == "a.json" || c.path == "a.jsonl";
    CHECK(a.document->source.find(json_input ? fffd : cp1252) != std::string::npos);  // the letters around it are kept
    if (c.path == "a.jsonl") {
      CHECK(a.document->metadata.title == std::optional<std::string>("Caf\xEF\xBF\xBD"));
      CHECK(loaded[0].document->issues.empty());  // the record without a bad byte
    }
  }
  // The streaming reader of a JSONL file reads it the same way.
  testing::TempDir tmp;
  testing::WriteFile(tmp / "s.jsonl", cases[4].bytes);
  std::vector<Document> docs;
  for (auto& a : ArticleReader((tmp / "s.jsonl").string(), {}, "s.jsonl")) {
    REQUIRE(a.document);
    docs.push_back(*a.document);
  }
  REQUIRE(docs.size() == 2);
  CHECK(docs[0].issues.empty());
  REQUIRE(docs[1].issues.size() == 1);
  CHECK(docs[1].source.find(fffd) != std::string::npos);
}

TEST_CASE("invisible characters and special spaces do not break matching", "[encoding]") {
  // A soft hyphen, a zero-width space, a no-break space and a NUL byte inside
  // the anonymous-source phrase and the speaker's name.
  std::string text =
      "Talks stalled, people fa\u00ADmiliar\u200B with\u00A0the matter said. "
      "“We will not move,” said Wu\u00A0Xin";
  text += '\0';
  text += "bo, an adviser to the ministry.\n";
  auto r = AuditText(text);
  REQUIRE(r.anonymous_sources.size() >= 1);
  // Reported as written, invisible characters included.
  CHECK(r.anonymous_sources[0].phrase == "people fa\u00ADmiliar\u200B with\u00A0the matter");
  CHECK(r.anonymous_sources[0].specificity == Specificity::kVague);
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "Wu Xinbo");
  // The phrase's span still points at the original bytes, invisible ones included.
  const Location& l = r.anonymous_sources[0].location;
  CHECK(text.substr(l.begin, l.end - l.begin).find("fa\u00ADmiliar") != std::string::npos);
}

TEST_CASE("French quotes with narrow no-break spaces are found", "[encoding]") {
  const std::string text = "«\u202FNous ne bougerons pas\u202F», a déclaré Anne Roy, ministre de l’Intérieur.\n";
  auto r = AuditText(text, "f.txt", "fr");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].text.find("Nous ne bougerons pas") != std::string::npos);
  CHECK(r.quotes[0].speaker == "Anne Roy");
}

TEST_CASE("CRLF and lone CR line ends give the same audit and correct lines", "[encoding]") {
  const std::string lf =
      "Talks stalled on Monday.\n\n“We will not move,” said Wu Xinbo, an adviser to the ministry.\n";
  std::string crlf, cr;
  for (char c : lf) {
    crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    cr += c == '\n' ? '\r' : c;
  }
  for (const std::string& text : {crlf, cr}) {
    auto r = AuditText(text);
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].text == "We will not move,");
    CHECK(r.quotes[0].speaker == "Wu Xinbo");
    const Location& l = r.quotes[0].location;
    CHECK(text.substr(l.begin, l.end - l.begin) == "We will not move,");
    CHECK(l.line == 3);
    CHECK(l.column == 2);
  }
}

TEST_CASE("a few NUL bytes are text, mostly control bytes are binary", "[encoding]") {
  std::string text = "Talks stalled, officials said.";
  text += '\0';
  text += "\n";
  auto ok = LoadBytes(text, "a.txt", {});
  REQUIRE(ok.size() == 1);
  CHECK(ok[0].document);
  std::string binary(4096, '\0');
  for (size_t i = 0; i < binary.size(); i += 7) binary[i] = 'x';
  auto bad = LoadBytes(binary, "a.txt", {});
  REQUIRE(bad.size() == 1);
  CHECK_FALSE(bad[0].document);
  CHECK(bad[0].error.message().find("binary") != std::string::npos);
}


namespace onrecord {
namespace {

TEST_CASE("a lone surrogate escape in JSON becomes U+FFFD with the UTF-16 finding", "[encoding]") {
  // "\ud800" with no low surrogate after it (and a low one alone) is what
  // broken UTF-16 gives; it had made the whole record an error.
  const std::string jsonl =
      "{\"text\": \"Fine.\"}\n"
      "{\"title\": \"Caf\\udc00\", \"text\": \"Talks stalled.\\n\\u201CWe will stay,\\u201D \\uD800said Ana Ruiz. "
      "Pairs \\ud83d\\ude00 stay.\"}\n";
  auto loaded = LoadBytes(jsonl, "a.jsonl", {});
  REQUIRE(loaded.size() == 2);
  REQUIRE(loaded[1].document);
  const Document& doc = *loaded[1].document;
  CHECK(doc.source == "Talks stalled.\n\xE2\x80\x9CWe will stay,\xE2\x80\x9D \xEF\xBF\xBDsaid Ana Ruiz. Pairs \xF0\x9F\x98\x80 stay.");
  CHECK(doc.metadata.title == std::optional<std::string>("Caf\xEF\xBF\xBD"));
  REQUIRE(doc.issues.size() == 1);
  CHECK(doc.issues[0].rule == "input.invalid-utf16");
  auto r = AuditDocument(doc);
  CheckOneUtf16FindingAt(r, 2, 17);
  // An escaped backslash before "u" is no escape.
  auto text = LoadBytes("{\"text\": \"C:\\\\ud800 is a path, officials said.\"}", "b.json", {});
  REQUIRE(text.size() == 1);
  REQUIRE(text[0].document);
  CHECK(text[0].document->source == "C:\\ud800 is a path, officials said.");
  CHECK(text[0].document->issues.empty());
}

}  // namespace
}  // namespace onrecord

// A file saved by an old editor or CMS in a legacy charset, with no
// --encoding: its curly quotes were lost as U+FFFD and the quote with them.
TEST_CASE("text that is not UTF-8 is read in the legacy charset its bytes suggest", "[encoding]") {
  const std::string cp1252 =
      "The mayor said \x93we will rebuild the bridge before winter\x94 on Monday.\n"
      "\x93The city stands,\x94 said Fran\xE7ois Roy, her deputy.\n";
  Document doc = LoadOne(cp1252, "a.txt");
  CHECK(doc.source.find("\xE2\x80\x9CThe city stands,\xE2\x80\x9D said Fran\xC3\xA7ois Roy") != std::string::npos);
  REQUIRE(doc.issues.size() == 1);
  CHECK(doc.issues[0].rule == "input.encoding-guessed");
  CHECK(doc.issues[0].message.find("windows-1252") != std::string::npos);
  CHECK(doc.issues[0].message.find("--encoding") != std::string::npos);
  auto r = AuditDocument(doc);
  REQUIRE(r.quotes.size() == 2);
  CHECK(r.quotes[1].text == "The city stands,");
  int guessed = 0;
  for (const auto& f : r.findings) {
    CHECK(f.rule != "input.invalid-utf8");
    if (f.rule == "input.encoding-guessed") ++guessed;
  }
  CHECK(guessed == 1);

  // An HTML page that declares no charset is guessed the same way.
  Document page = LoadOne("<html><body><p>" + cp1252 + "</p></body></html>", "a.html");
  CHECK(page.source.find("Fran\xC3\xA7ois") != std::string::npos);
  REQUIRE(page.issues.size() == 1);
  CHECK(page.issues[0].rule == "input.encoding-guessed");

  // --encoding still decides, with no finding.
  LoadOptions given;
  given.encoding = "iso-8859-15";
  CHECK(LoadOne(cp1252, "a.txt", given).issues.empty());
}

TEST_CASE("a Cyrillic legacy charset is told from a Western one", "[encoding]") {
  // "Мы не уйдём", — сказал министр. Правительство заявило, что переговоры продолжатся.
  const std::string utf8 =
      "\xC2\xAB\xD0\x9C\xD1\x8B \xD0\xBD\xD0\xB5 \xD1\x83\xD0\xB9\xD0\xB4\xD1\x91\xD0\xBC\xC2\xBB, "
      "\xE2\x80\x94 \xD1\x81\xD0\xBA\xD0\xB0\xD0\xB7\xD0\xB0\xD0\xBB \xD0\xBC\xD0\xB8\xD0\xBD\xD0\xB8"
      "\xD1\x81\xD1\x82\xD1\x80. \xD0\x9F\xD1\x80\xD0\xB0\xD0\xB2\xD0\xB8\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8C"
      "\xD1\x81\xD1\x82\xD0\xB2\xD0\xBE \xD0\xB7\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xB8\xD0\xBB\xD0\xBE, "
      "\xD1\x87\xD1\x82\xD0\xBE \xD0\xBF\xD0\xB5\xD1\x80\xD0\xB5\xD0\xB3\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x80"
      "\xD1\x8B \xD0\xBF\xD1\x80\xD0\xBE\xD0\xB4\xD0\xBE\xD0\xBB\xD0\xB6\xD0\xB0\xD1\x82\xD1\x81\xD1\x8F.\n";
  std::string text;
  for (int i = 0; i < 6; ++i) text += utf8;
  // The same text in windows-1251, converted with ICU.
  UErrorCode status = U_ZERO_ERROR;
  std::string cp1251(text.size() * 2, '\0');
  const int32_t n = ucnv_convert("windows-1251", "UTF-8", cp1251.data(), static_cast<int32_t>(cp1251.size()),
                                 text.data(), static_cast<int32_t>(text.size()), &status);
  REQUIRE(U_SUCCESS(status));
  cp1251.resize(static_cast<size_t>(n));
  CHECK(GuessLegacyCharset(cp1251) == "windows-1251");
  Document doc = LoadOne(cp1251, "ru.txt");
  CHECK(doc.source == text);
  REQUIRE(doc.issues.size() == 1);
  CHECK(doc.issues[0].message.find("windows-1251") != std::string::npos);
}

TEST_CASE("UTF-8 with a damaged byte or two is not taken for a legacy charset", "[encoding]") {
  CHECK(GuessLegacyCharset("plain ASCII") == "");
  CHECK(GuessLegacyCharset("caf\xC3\xA9 cr\xC3\xA8me \xE9") == "");     // two good, one bad: UTF-8
  CHECK(GuessLegacyCharset("caf\xE9 cr\xE8me") == "windows-1252");        // no good, two bad
  // in45: one well-formed multi-byte character makes it UTF-8 (a Latin-1
  // passage pasted in); its bad bytes are read one by one, not the file whole.
  CHECK(GuessLegacyCharset("caf\xC3\xA9 \x93" "a\x94 \xE8") == "");  // one good, three bad
}

}  // namespace
}  // namespace onrecord
