// HTML extraction (gumbo): the article body as typed blocks, entities
// decoded, every piece mapped back to the exact source bytes, metadata from
// <meta>, <q> as a quoted span.
#include <catch2/catch.hpp>

#include <algorithm>

#include "analysis.h"
#include "test_util.h"

namespace onrecord {
namespace {

std::vector<std::string> Blocks(const Extracted& e) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t nl = e.text.find('\n', start);
    out.push_back(e.text.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  return out;
}

// The source bytes a piece of the extracted text maps to.
std::string SourceOf(const Extracted& e, std::string_view source, std::string_view piece) {
  size_t at = e.text.find(piece);
  REQUIRE(at != std::string::npos);
  Span s = e.map.ToBase({at, at + piece.size()});
  REQUIRE(s.begin <= s.end);
  REQUIRE(s.end <= source.size());
  return std::string(source.substr(s.begin, s.size()));
}

TEST_CASE("the article body is extracted and page furniture skipped", "[extract_html]") {
  const std::string html =
      "<!doctype html><html><head><title>Talks stall - The Ledger</title>"
      "<style>p { color: red }</style><script>var q = \"“not a quote,” he said\";</script></head>"
      "<body><header><nav><a href=/>Home</a> <a href=/p>Politics</a></nav></header>"
      "<aside><p>“Related quote,” said Jo Lee.</p></aside>"
      "<article><h1>Talks stall</h1>\n<p>Talks stalled on Monday,\n   officials said.</p>"
      "<form><label>Email</label><button>Sign up</button></form>"
      "<p>The ministry declined to comment.</p><footer>© The Ledger</footer></article>"
      "<footer><p>Contact us</p></footer></body></html>";
  Metadata m;
  Extracted e = ExtractHtml(html, &m);
  CHECK(Blocks(e) == std::vector<std::string>{"Talks stall", "Talks stalled on Monday, officials said.",
                                              "The ministry declined to comment."});
  REQUIRE(e.kinds.size() == 3);
  CHECK(e.kinds[0] == BlockKind::kHeadline);
  CHECK(e.kinds[1] == BlockKind::kParagraph);
  // The headline, not the <title> with the site's name after it.
  CHECK(m.title == "Talks stall");
}

// Regression: an HTML page's title came from <title> ("x", or the headline
// with the site's name) when the article had its headline in an <h1>.
TEST_CASE("the title of an HTML page is its og:title, else its headline, else <title>", "[extract_html]") {
  auto title = [](const std::string& html) {
    Metadata m;
    ExtractHtml(html, &m);
    return m.title.value_or("(none)");
  };
  CHECK(title("<html><head><title>x</title></head><body><h1>Protesters march</h1><p>Text.</p></body></html>") ==
        "Protesters march");
  // A logo <h1> in the page header is not the article's headline.
  CHECK(title("<html><head><title>x</title></head><body><header><h1>The Ledger</h1></header>"
              "<article><h1>Harbor strike</h1><p>Text.</p></article></body></html>") == "Harbor strike");
  CHECK(title("<html><head><meta property=\"og:title\" content=\"Strike ends\"><title>x</title></head>"
              "<body><h1>Harbor strike</h1></body></html>") == "Strike ends");
  CHECK(title("<html><head><title>Only a title</title></head><body><p>Text.</p></body></html>") == "Only a title");
}

TEST_CASE("without <article>, <main> and then <body> are the body", "[extract_html]") {
  Extracted main = ExtractHtml("<body><p>Menu</p><main><p>Inside main.</p></main></body>", nullptr);
  CHECK(Blocks(main) == std::vector<std::string>{"Inside main."});
  Extracted body = ExtractHtml("<p>First.</p><p>Second.</p>", nullptr);
  CHECK(Blocks(body) == std::vector<std::string>{"First.", "Second."});
  // The <article> with the most text wins over a teaser <article>.
  Extracted two = ExtractHtml(
      "<article><p>Teaser.</p></article><article><p>The long story, with many more words in it.</p></article>",
      nullptr);
  CHECK(Blocks(two) == std::vector<std::string>{"The long story, with many more words in it."});
}

TEST_CASE("an <h1> before the <article> is still the headline", "[extract_html]") {
  Extracted e = ExtractHtml(
      "<body><div class=top><h1>Talks stall</h1></div><article><p>Talks stalled.</p></article></body>",
      nullptr);
  CHECK(Blocks(e) == std::vector<std::string>{"Talks stall", "Talks stalled."});
  CHECK(e.kinds[0] == BlockKind::kHeadline);
}

TEST_CASE("hidden elements and navigation roles are skipped", "[extract_html]") {
  Extracted e = ExtractHtml(
      "<body><div role=navigation>Home</div><p hidden>Hidden.</p><p aria-hidden=\"true\">Also.</p>"
      "<p>Shown.</p><noscript>Enable JavaScript</noscript></body>",
      nullptr);
  CHECK(Blocks(e) == std::vector<std::string>{"Shown."});
}

TEST_CASE("entities are decoded and mapped to their source bytes", "[extract_html]") {
  const std::string html =
      "<p>&ldquo;We&rsquo;ll see &amp; wait,&#8221; said Ann&nbsp;Ray of AT&T &#x2014; a Q&A.</p>";
  Extracted e = ExtractHtml(html, nullptr);
  REQUIRE(Blocks(e).size() == 1);
  CHECK(e.text == "“We’ll see & wait,” said Ann\u00A0Ray of AT&T — a Q&A.");
  CHECK(SourceOf(e, html, "We’ll see & wait,") == "We&rsquo;ll see &amp; wait,");
  CHECK(SourceOf(e, html, "“") == "&ldquo;");
  CHECK(SourceOf(e, html, "”") == "&#8221;");
  CHECK(SourceOf(e, html, "AT&T") == "AT&T");
  CHECK(SourceOf(e, html, "—") == "&#x2014;");
  CHECK(SourceOf(e, html, "Q&A.") == "Q&A.");
}

TEST_CASE("markup inside a paragraph is removed, the text mapped", "[extract_html]") {
  const std::string html =
      "<p>“The <em>talks</em> are <a href=\"/x\">stuck</a>,” said <b>Wu\nXinbo</b>.</p>";
  Extracted e = ExtractHtml(html, nullptr);
  CHECK(e.text == "“The talks are stuck,” said Wu Xinbo.");
  CHECK(SourceOf(e, html, "The talks are stuck,") == "The <em>talks</em> are <a href=\"/x\">stuck</a>,");
  CHECK(SourceOf(e, html, "Wu Xinbo") == "Wu\nXinbo");
}

TEST_CASE("block elements give typed blocks, <br> breaks a block", "[extract_html]") {
  Extracted e = ExtractHtml(
      "<article><h1>Headline</h1><h2>Subhead</h2><p>One.<br>Two.</p>"
      "<blockquote><p>“Quoted,” she wrote.</p><p>Second.</p></blockquote>"
      "<ul><li>First item</li><li><p>Second item</p></li></ul>"
      "<table><tr><td>Cell a</td><td>Cell b</td></tr></table></article>",
      nullptr);
  CHECK(Blocks(e) == std::vector<std::string>{"Headline", "Subhead", "One.", "Two.", "“Quoted,” she wrote.",
                                              "Second.", "First item", "Second item", "Cell a", "Cell b"});
  const std::vector<BlockKind> kinds = {BlockKind::kHeadline,   BlockKind::kParagraph,  BlockKind::kParagraph,
                                        BlockKind::kParagraph,  BlockKind::kBlockQuote, BlockKind::kBlockQuote,
                                        BlockKind::kListItem,   BlockKind::kListItem,   BlockKind::kParagraph,
                                        BlockKind::kParagraph};
  CHECK(e.kinds == kinds);
}

TEST_CASE("<q> becomes a quoted span with marks and an inline quote", "[extract_html]") {
  const std::string html = "<p>She said <q>we will <q>never</q> agree</q> and left.</p>";
  Extracted e = ExtractHtml(html, nullptr);
  CHECK(e.text == "She said “we will ‘never’ agree” and left.");
  REQUIRE(e.inline_quotes.size() == 2);
  // Inner first (it closes first), then the outer quote.
  auto text_of = [&](Span s) { return e.text.substr(s.begin, s.size()); };
  CHECK(text_of(e.inline_quotes[0]) == "never");
  CHECK(text_of(e.inline_quotes[1]) == "we will ‘never’ agree");
  CHECK(SourceOf(e, html, "we will") == "we will");
  // The marks stand for no source bytes.
  Span open = e.map.ToBase({e.text.find("“"), e.text.find("“") + 3});
  CHECK(open.size() == 0);
}

TEST_CASE("<q> quotes are found by the audit with exact source offsets", "[extract_html]") {
  const std::string html =
      "<article><p><q>The talks are stuck,</q> said Wu Xinbo, an adviser to the ministry.</p></article>";
  auto r = testing::AuditText(html, "a.html");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].text == "The talks are stuck,");
  CHECK(r.quotes[0].speaker == "Wu Xinbo");
  const Location& l = r.quotes[0].location;
  CHECK(html.substr(l.begin, l.end - l.begin) == "The talks are stuck,");
  CHECK(l.line == 1);
  CHECK(l.column == static_cast<int>(html.find("The talks") + 1));
}

TEST_CASE("metadata comes from <meta>, <link rel=canonical> and <html lang>", "[extract_html]") {
  const std::string html =
      "<html lang=\"en-GB\"><head><title>Page title</title>"
      "<meta property=\"og:title\" content=\"Talks stall again\">"
      "<meta name=\"author\" content=\"By Jo Lee\">"
      "<meta property=\"article:published_time\" content=\"2025-03-10T08:31:00Z\">"
      "<meta property=\"og:site_name\" content=\"The Ledger\">"
      "<link rel=\"canonical\" href=\"https://example.org/talks\"></head>"
      "<body><p>Text.</p></body></html>";
  Metadata m;
  ExtractHtml(html, &m);
  CHECK(m.title == "Talks stall again");
  CHECK(m.author == "Jo Lee");
  CHECK(m.published == "2025-03-10T08:31:00Z");
  CHECK(m.outlet == "The Ledger");
  CHECK(m.url == "https://example.org/talks");
  CHECK(m.language == "en");
  // The audit keeps them as the article's metadata.
  auto r = testing::AuditText(html, "a.html");
  CHECK(r.metadata.title == "Talks stall again");
  CHECK(r.metadata.outlet == "The Ledger");
  CHECK(r.metadata.url == "https://example.org/talks");
  CHECK(r.metadata.published == "2025-03-10T08:31:00Z");
}

// Regression: <q> always became “…”, so a French page that writes « » got a
// document.mixed-quote-styles finding for marks nobody typed.
TEST_CASE("<q> takes the quotation marks of its language", "[extract_html]") {
  struct Case {
    const char* html;
    const char* text;
  };
  const Case cases[] = {
      {"<p><q>Non</q>, a dit Jo.</p>", "\xE2\x80\x9CNon\xE2\x80\x9D, a dit Jo."},
      {"<html lang=\"fr-CA\"><p><q>Non</q>, a dit Jo.</p></html>", "\xC2\xABNon\xC2\xBB, a dit Jo."},
      {"<html lang=\"de\"><p><q>Nein <q>nie</q></q>, sagte Jo.</p></html>",
       "\xE2\x80\x9ENein \xE2\x80\x9Anie\xE2\x80\x98\xE2\x80\x9C, sagte Jo."},
      {"<html lang=\"ru\"><p><q>\xD0\x9D\xD0\xB5\xD1\x82</q></p></html>",
       "\xC2\xAB\xD0\x9D\xD0\xB5\xD1\x82\xC2\xBB"},
      {"<html lang=\"fr\"><p lang=\"en\"><q>No</q>, Jo said.</p></html>",
       "\xE2\x80\x9CNo\xE2\x80\x9D, Jo said."},
  };
  for (const auto& c : cases) {
    INFO(c.html);
    Extracted e = ExtractHtml(c.html, nullptr);
    CHECK(e.text == c.text);
    REQUIRE_FALSE(e.inline_quotes.empty());
  }
  const std::string page =
      "<html lang=\"fr\"><body><article>"
      "<p>&laquo;&nbsp;Nous ne c&eacute;derons pas&nbsp;&raquo;, a d&eacute;clar&eacute; Ana Ruiz, "
      "pr&eacute;sidente du syndicat.</p>"
      "<p><q>C'est fini</q>, a dit Paul Vidal, le directeur du port.</p></article></body></html>";
  auto r = testing::AuditText(page, "a.html", "fr");
  bool found = false;
  for (const auto& q : r.quotes) found = found || q.text == "C'est fini";
  CHECK(found);
  for (const auto& f : r.findings) CHECK(f.rule != "document.mixed-quote-styles");
}

// Regression (fu28): a <q> in a French paragraph of an English page got the
// « » onrecord writes for French, and with the page's typed “…” that made
// a document.mixed-quote-styles finding for marks nobody typed. Marks
// written for <q> have no style; typed ones still mix.
TEST_CASE("the marks written for a <q> never make quote styles mixed", "[extract_html]") {
  const std::string page =
      "<html lang=\"en\"><body><article><p>The minister spoke in Lyon on Monday.</p>"
      "<p lang=\"fr\"><q>Nous ne c&eacute;derons pas</q>, a-t-elle dit.</p>"
      "<p>&ldquo;We will not give in,&rdquo; said her aide, Paul Ortiz.</p></article></body></html>";
  auto r = testing::AuditText(page, "a.html");
  bool found = false;
  for (const auto& q : r.quotes) found = found || q.text == "Nous ne céderons pas";
  CHECK(found);
  for (const auto& f : r.findings) CHECK(f.rule != "document.mixed-quote-styles");
  const std::string typed =
      "<html lang=\"en\"><body><article><p>The minister spoke in Lyon on Monday.</p>"
      "<p>&laquo;Nous ne c&eacute;derons pas&raquo;, she said.</p>"
      "<p>&ldquo;We will not give in,&rdquo; said her aide, Paul Ortiz.</p></article></body></html>";
  bool mixed = false;
  for (const auto& f : testing::AuditText(typed, "a.html").findings) {
    mixed = mixed || f.rule == "document.mixed-quote-styles";
  }
  CHECK(mixed);
}

// The extract stage hands on what the page says about itself, so the audit
// need not parse the HTML a second time for its metadata.
TEST_CASE("Extract gives the HTML metadata, <html lang> included, from its one parse", "[extract_html]") {
  Document doc;
  doc.path = "a.html";
  doc.format = InputFormat::kHtml;
  doc.source =
      "<html lang=\"de-AT\"><head><title>Seite</title>"
      "<meta property=\"og:site_name\" content=\"Die Zeitung\"></head>"
      "<body><p>Text.</p></body></html>";
  Extracted e = Extract(doc);
  CHECK(e.text == "Text.");
  CHECK(e.metadata.language == "de");
  CHECK(e.metadata.title == "Seite");
  CHECK(e.metadata.outlet == "Die Zeitung");
  doc.format = InputFormat::kText;
  doc.source = "Text.";
  CHECK_FALSE(Extract(doc).metadata.language.has_value());
}

// Regression: ExtractHtml read <html lang> but the audit never used it, so
// a page's declared language lost to detection (a JSON record's `language`
// was used, as given: "FR-ca" chose no pack of its own).
TEST_CASE("the declared language chooses the pack unless --language is given", "[extract_html][language]") {
  const std::string english =
      "The port will stay closed until Friday, said Ana Ruiz, the head of the dockers' union. "
      "Talks with the shipping companies broke down on Monday evening after nine hours.";
  const std::string page = "<html lang=\"fr-CA\"><body><article><p>" + english + "</p></article></body></html>";
  CHECK(testing::AuditText(page, "a.html", "").language == "fr");
  CHECK(testing::AuditText(page, "a.html", "en").language == "en");  // --language wins
  // Regression: --language en-GB chose no pack of its own (the fallback).
  CHECK(testing::AuditText(page, "a.html", "EN-gb").language == "en");
  // No declaration, or one that names no language: detected.
  CHECK(testing::AuditText("<html><body><p>" + english + "</p></body></html>", "a.html", "").language == "en");
  CHECK(testing::AuditText("<html lang=\"und\"><body><p>" + english + "</p></body></html>", "a.html", "")
            .language == "en");
  // A JSON record's language is read the same way.
  testing::TempDir dir;
  testing::WriteFile(dir / "a.jsonl", "{\"text\": \"" + english + "\", \"language\": \"FR-ca\"}\n{\"text\": \"" +
                                          english + "\"}\n");
  auto loaded = LoadPath((dir / "a.jsonl").string(), LoadOptions{});
  REQUIRE(loaded.size() == 2);
  std::vector<std::string> languages;
  for (const auto& l : loaded) {
    REQUIRE(l.document);
    auto r = Audit(*l.document, testing::DefaultRules(), AuditOptions{});
    REQUIRE(r.ok());
    languages.push_back(r.value().language);
  }
  CHECK(languages == std::vector<std::string>{"fr", "en"});
}

// Regression: the audit parsed every HTML page twice, once in the extract
// stage and again for its metadata.
TEST_CASE("the audit parses an HTML page once and keeps its metadata", "[extract_html]") {
  const std::string html =
      "<html><head><title>Page title</title>"
      "<meta property=\"og:site_name\" content=\"The Ledger\">"
      "<meta name=\"author\" content=\"Jo Lee\"></head>"
      "<body><article><p>&ldquo;We will not move,&rdquo; said Ana Ruiz, the union's leader.</p>"
      "</article></body></html>";
  const uint64_t before = HtmlDocumentsParsed();
  auto r = testing::AuditText(html, "a.html");
  CHECK(HtmlDocumentsParsed() - before == 1);
  CHECK(r.metadata.title == "Page title");
  CHECK(r.metadata.outlet == "The Ledger");
  CHECK(r.metadata.author == "Jo Lee");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "Ana Ruiz");
}

// Regression: 100,000 nested <div>s crashed the audit (the recursive walk
// overflowed the stack) after minutes in gumbo, which is quadratic in depth.
TEST_CASE("elements nested deeper than 512 are read as if their tags were not there", "[extract_html][hostile]") {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += i % 2 ? "<div class=\"x\">" : "<section>";
  html += "\xE2\x80\x9CWe will not move,\xE2\x80\x9D said Ana Ruiz, the union's chair.";
  for (int i = 99999; i >= 0; --i) html += i % 2 ? "</div>" : "</section>";
  html += "<p>After <b>the</b> nest.</p>";
  Extracted e = ExtractHtml(html, nullptr);
  CHECK(Blocks(e) == std::vector<std::string>{
                         "\xE2\x80\x9CWe will not move,\xE2\x80\x9D said Ana Ruiz, the union's chair.",
                         "After the nest."});
  CHECK(SourceOf(e, html, "said Ana Ruiz") == "said Ana Ruiz");
  CHECK(SourceOf(e, html, "After the") == "After <b>the");
  auto r = testing::AuditText(html, "deep.html");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "Ana Ruiz");
  const Location& l = r.quotes[0].location;
  CHECK(html.substr(l.begin, l.end - l.begin) == "We will not move,");
}

TEST_CASE("nesting up to the limit, comments and scripts do not change the text", "[extract_html]") {
  std::string html = "<script>var s = '";
  for (int i = 0; i < 2000; ++i) html += "<div>";  // inside a script: not tags
  html += "';</script><!-- ";
  for (int i = 0; i < 2000; ++i) html += "<div>";  // inside a comment: not tags
  html += " -->";
  for (int i = 0; i < 500; ++i) html += "<div><p>level " + std::to_string(i) + "</p>";
  for (int i = 0; i < 500; ++i) html += "</div>";
  Extracted e = ExtractHtml(html, nullptr);
  std::vector<std::string> blocks = Blocks(e);
  REQUIRE(blocks.size() == 500);
  CHECK(blocks.front() == "level 0");
  CHECK(blocks.back() == "level 499");
}

TEST_CASE("comments and CRLF line ends do not disturb the text or the map", "[extract_html]") {
  const std::string html =
      "<p>Talks\r\nstalled <!-- onrecord disable attribution.vague-anonymous -->on Monday,\r\n"
      "people familiar with the matter said.</p>";
  Extracted e = ExtractHtml(html, nullptr);
  CHECK(e.text == "Talks stalled on Monday, people familiar with the matter said.");
  CHECK(SourceOf(e, html, "people familiar") == "people familiar");
  CHECK(e.text.find("onrecord") == std::string::npos);
}

TEST_CASE("HTML extraction keeps the Extracted contract", "[extract_html]") {
  const std::vector<std::string> inputs = {
      "",
      "<p></p>",
      "plain text, no tags",
      "<p>a<br><br>b</p><div>c<p>d</p>e</div>",
      "<p>unclosed <b>bold <i>italic</p><p>next",
      "<table><td>stray</td>text</table>",
      "<pre>\nline one\nline two</pre>",
      "<p>&bogus; &amp &#xZZ; &#99999999; &</p>",
      std::string("<p>nul") + '\0' + "byte</p>",
      "<p>a</b>b</p>",
  };
  for (const std::string& html : inputs) {
    INFO(html);
    Extracted e = ExtractHtml(html, nullptr);
    size_t blocks = static_cast<size_t>(std::count(e.text.begin(), e.text.end(), '\n')) + 1;
    CHECK(e.kinds.size() == blocks);
    CHECK(e.map.derived_length() == e.text.size());
    for (size_t i = 0; i <= e.text.size(); ++i) {
      CHECK(e.map.BeginToBase(i) <= html.size());
      CHECK(e.map.EndToBase(i) <= html.size());
    }
  }
}

}  // namespace
}  // namespace onrecord
