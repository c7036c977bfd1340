// Faults a fresh user found in HTML and Markdown extraction and in reading
// input (twenty-ninth round, branch html35): a block quotation's signature
// in a <footer> or <cite>, a signature that signed the block quotation
// before its own, teaser cards read as the story, UTF-16 JSONL in `ingest`,
// and JSON on standard input read as text with no warning.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "analysis.h"
#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;
using testing::QuoteTexts;
using testing::RunCli;
using testing::SpeakerOf;
using testing::TempDir;
using testing::WriteFile;

bool HasQuote(const AuditResult& r, const std::string& start) {
  for (const auto& q : QuoteTexts(r)) {
    if (q.find(start) != std::string::npos) return true;
  }
  return false;
}

std::string Page(const std::string& quotation) {
  return "<html><body><article><h1>Harbor plan approved</h1>\n"
         "<p>The council approved the harbor plan on Monday after a long debate.</p>\n" +
         quotation + "\n<p>Work starts in March.</p></article></body></html>\n";
}

TEST_CASE("html35: a <footer> inside a <blockquote> signs the quotation", "[html35]") {
  const AuditResult r = AuditText(
      Page("<blockquote><p>We have waited ten years for this harbor to be rebuilt.</p>"
           "<footer>— Ann Lee, mayor</footer></blockquote>"),
      "a.html");
  CHECK(SpeakerOf(r, "We have waited") == "Ann Lee");
  CHECK_FALSE(HasQuote(r, "Ann Lee"));
}

TEST_CASE("html35: Bootstrap's blockquote-footer signs the quotation, its dash drawn by CSS", "[html35]") {
  const AuditResult r = AuditText(
      Page("<blockquote class=\"blockquote\"><p>We have waited ten years for this harbor to be rebuilt.</p>"
           "<footer class=\"blockquote-footer\">Ann Lee, mayor</footer></blockquote>"),
      "a.html");
  CHECK(SpeakerOf(r, "We have waited") == "Ann Lee");
  CHECK_FALSE(HasQuote(r, "Ann Lee"));
}

TEST_CASE("html35: a <cite> child of the <blockquote> signs the quotation", "[html35]") {
  const AuditResult r = AuditText(
      Page("<blockquote class=\"wp-block-quote\"><p>We have waited ten years for this harbor to be rebuilt.</p>"
           "<cite>Ann Lee, mayor</cite></blockquote>"),
      "a.html");
  CHECK(SpeakerOf(r, "We have waited") == "Ann Lee");
  CHECK_FALSE(HasQuote(r, "Ann Lee"));
  // A <cite> naming a work inside the quoted paragraph is no signature.
  const Extracted e = ExtractHtml(
      "<blockquote><p>As <cite>Harbor Days</cite> put it, the tide turns.</p></blockquote>", nullptr);
  CHECK(e.text == "As Harbor Days put it, the tide turns.");
}

TEST_CASE("html35: a footer outside a quotation is still page furniture", "[html35]") {
  const Extracted e = ExtractHtml(
      "<body><article><p>The story.</p><footer>Share this story</footer></article>"
      "<footer>© The Ledger</footer></body>",
      nullptr);
  CHECK(e.text == "The story.");
}

TEST_CASE("html35: a signature signs its own <blockquote>, not the one before it", "[html35]") {
  const std::string unsigned_quote =
      "<blockquote><p>Nobody asked the fishermen what they needed from the port.</p></blockquote>";
  const std::string signed_quote =
      "<blockquote><p>We have waited ten years for this harbor to be rebuilt.</p><p>— Ann Lee, mayor</p></blockquote>";
  for (const std::string& between : {std::string(), std::string("<p>The plan passed seven to two.</p>")}) {
    const AuditResult r = AuditText(Page(unsigned_quote + between + signed_quote), "a.html");
    CHECK(SpeakerOf(r, "We have waited") == "Ann Lee");
    CHECK(SpeakerOf(r, "Nobody asked") != "Ann Lee");
  }
  // One <blockquote> of two paragraphs is one quotation, signed once.
  const AuditResult one = AuditText(
      Page("<blockquote><p>Nobody asked the fishermen what they needed from the port.</p>"
           "<p>We have waited ten years for this harbor to be rebuilt.</p><p>— Ann Lee, mayor</p></blockquote>"),
      "a.html");
  CHECK(SpeakerOf(one, "Nobody asked") == "Ann Lee");
  CHECK(SpeakerOf(one, "We have waited") == "Ann Lee");
}

TEST_CASE("html35: a Markdown signature signs its own block quote, not the one before it", "[html35]") {
  const std::string head =
      "# Harbor plan approved\n\nThe council approved the harbor plan on Monday after a long debate.\n\n";
  const AuditResult two = AuditText(head +
                                        "> Nobody asked the fishermen what they needed from the port.\n\n"
                                        "> We have waited ten years for this harbor to be rebuilt.\n"
                                        "> — Ann Lee, mayor\n",
                                    "a.md");
  CHECK(SpeakerOf(two, "We have waited") == "Ann Lee");
  CHECK(SpeakerOf(two, "Nobody asked") != "Ann Lee");
  // A blank "> " line keeps one block quote: one quotation, signed once.
  const AuditResult one = AuditText(head +
                                        "> Nobody asked the fishermen what they needed from the port.\n>\n"
                                        "> We have waited ten years for this harbor to be rebuilt.\n"
                                        "> — Ann Lee, mayor\n",
                                    "a.md");
  CHECK(SpeakerOf(one, "Nobody asked") == "Ann Lee");
  CHECK(SpeakerOf(one, "We have waited") == "Ann Lee");
}

const char kBrief[] =
    "<h1>Ferry fares rise in May</h1>\n"
    "<div class=\"brief\"><p>Ferry fares will rise by five percent in May, the transit board said on Tuesday. "
    "“Fuel costs left us no choice,” said board chair Rita Gomez.</p></div>\n";
const char kCardText[] =
    "<p>Repairs to the old river bridge will take three more months than planned, according to the county "
    "roads office, which blamed a shortage of steel and a wet spring for the delay to the work.</p>\n"
    "<p>“We are doing what we can with the crews we have,” a roads office spokesman said in a statement.";

TEST_CASE("html35: a short brief in a <div> is read, not a longer teaser card beside it", "[html35]") {
  // A card found by its linked heading.
  const AuditResult linked = AuditText(std::string("<html><body><main>\n") + kBrief +
                                           "<article><h2><a href=\"/other\">Bridge repairs run late</a></h2>\n" +
                                           kCardText + "</p></article>\n</main></body></html>\n",
                                       "a.html");
  CHECK(SpeakerOf(linked, "Fuel costs") == "Rita Gomez");
  CHECK_FALSE(HasQuote(linked, "crews we have"));
  // A card found by its name.
  const AuditResult named = AuditText(std::string("<html><body>\n") + kBrief +
                                          "<div class=\"related-stories\"><article class=\"teaser\">"
                                          "<h3>Bridge repairs run late</h3>\n" +
                                          kCardText + " <a href=\"/other\">Read more</a></p></article></div>\n"
                                          "</body></html>\n",
                                      "a.html");
  CHECK(SpeakerOf(named, "Fuel costs") == "Rita Gomez");
  CHECK_FALSE(HasQuote(named, "crews we have"));
}

TEST_CASE("html35: teaser cards inside the story's own <article> are left out", "[html35]") {
  const AuditResult r = AuditText(
      "<html><body><article><h1>Ferry fares rise in May</h1>\n"
      "<p>Ferry fares will rise by five percent in May, the transit board said on Tuesday.</p>\n"
      "<p>“Fuel costs left us no choice,” said board chair Rita Gomez.</p>\n"
      "<div class=\"teaser-card\"><h3><a href=\"/other\">Bridge repairs run late</a></h3>"
      "<p>“We are doing what we can,” a roads office spokesman said.</p></div>\n"
      "<section class=\"more-stories\"><h3><a href=\"/o2\">Library hours cut</a></h3>"
      "<p>“It is a sad day,” said librarian Tom Hale.</p></section>\n"
      "<article><h3><a href=\"/o3\">Park reopens</a></h3><p>“Come and see it,” said ranger Jo Park.</p></article>\n"
      "<p>The board meets again in June.</p></article></body></html>\n",
      "a.html");
  CHECK(QuoteTexts(r) == std::vector<std::string>{"Fuel costs left us no choice,"});
}

TEST_CASE("html35: a story laid out in a card is still read", "[html35]") {
  // The card holds nearly all the page's prose: it is the story.
  const Extracted e = ExtractHtml(
      "<body><h1>Ferry fares rise</h1><div class=\"card\"><div class=\"card-body\">"
      "<p>Ferry fares will rise by five percent in May, the <a href=\"/b\">transit board</a> said.</p>"
      "<p>“Fuel costs left us no choice,” said board chair Rita Gomez.</p></div></div></body>",
      nullptr);
  CHECK(e.text.find("Fuel costs left us no choice") != std::string::npos);
  // A site's name linked home as the <h1>: a post whose heading is a link is the story.
  const Extracted blog = ExtractHtml(
      "<body><header><h1><a href=\"/\">Harbor Notes</a></h1></header>"
      "<article><h2><a href=\"/p/1\">Ferry fares rise</a></h2>"
      "<p>Ferry fares will rise by five percent in May, the transit board said.</p></article></body>",
      nullptr);
  CHECK(blog.text.find("Ferry fares will rise") != std::string::npos);
}

std::string Utf16(const std::string& utf8, bool little_endian, bool bom) {
  // The test records are ASCII and BMP characters only.
  std::string out;
  if (bom) out += little_endian ? "\xFF\xFE" : "\xFE\xFF";
  size_t i = 0;
  while (i < utf8.size()) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    unsigned cp = c;
    size_t n = 1;
    if (c >= 0xE0) {
      cp = (c & 0x0Fu) << 12 | (static_cast<unsigned char>(utf8[i + 1]) & 0x3Fu) << 6 |
           (static_cast<unsigned char>(utf8[i + 2]) & 0x3Fu);
      n = 3;
    } else if (c >= 0xC0) {
      cp = (c & 0x1Fu) << 6 | (static_cast<unsigned char>(utf8[i + 1]) & 0x3Fu);
      n = 2;
    }
    const char hi = static_cast<char>(cp >> 8), lo = static_cast<char>(cp & 0xFF);
    out += little_endian ? std::string{lo, hi} : std::string{hi, lo};
    i += n;
  }
  return out;
}

const char kRecords[] =
    "{\"id\":\"a1\",\"text\":\"“We will rebuild,” said Mayor Ann Lee.\"}\n"
    "{\"id\":\"a2\",\"text\":\"“Not yet,” said Tom Hale, a union steward.\"}\n";

TEST_CASE("html35: ingest reads UTF-16 JSONL as audit does, decoded before it is split", "[html35]") {
  for (bool le : {true, false}) {
    TempDir tmp;
    const auto file = tmp / "in.jsonl";
    WriteFile(file, Utf16(kRecords, le, true));
    const std::string db = (tmp / "s.db").string();
    auto in = RunCli({"ingest", file.string(), "--db", db});
    INFO(in.err);
    CHECK(in.exit_code == 0);
    CHECK((in.out + in.err).find("2 added") != std::string::npos);
    CHECK(in.err.find("not a text file") == std::string::npos);
    // Standard input too.
    const std::string db2 = (tmp / "s2.db").string();
    auto piped = RunCli({"ingest", "-", "--input-format", "jsonl", "--db", db2}, Utf16(kRecords, le, true));
    INFO(piped.err);
    CHECK(piped.exit_code == 0);
    CHECK((piped.out + piped.err).find("2 added") != std::string::npos);
  }
}

TEST_CASE("html35: UTF-16 JSONL with no byte-order mark: one error naming the right encoding, and --encoding reads it",
          "[html35]") {
  for (bool le : {true, false}) {
    TempDir tmp;
    const auto file = tmp / "in.jsonl";
    WriteFile(file, Utf16(kRecords, le, false));
    const std::string name = le ? "utf-16le" : "utf-16be";
    const std::string db = (tmp / "s.db").string();
    auto in = RunCli({"ingest", file.string(), "--db", db});
    INFO(in.err);
    CHECK(in.exit_code != 0);
    CHECK(in.err.find("--encoding " + name + " reads it") != std::string::npos);
    CHECK(in.err.find(le ? "utf-16be" : "utf-16le") == std::string::npos);
    CHECK(in.err.find("in.jsonl:2") == std::string::npos);
    auto given = RunCli({"ingest", file.string(), "--encoding", name, "--db", db});
    INFO(given.err);
    CHECK(given.exit_code == 0);
    CHECK((given.out + given.err).find("2 added") != std::string::npos);
  }
}

TEST_CASE("html35: a pretty-printed JSON record or a JSON array on standard input is warned of", "[html35]") {
  const std::string pretty = "{\n  \"id\": \"a1\",\n  \"text\": \"“We will rebuild,” said Mayor Ann Lee.\"\n}\n";
  auto a = RunCli({"audit", "-"}, pretty);
  CHECK(a.exit_code == 0);
  CHECK(a.err.find("warning: -:1:1: standard input looks like a JSON record") != std::string::npos);
  CHECK(a.err.find("--input-format json") != std::string::npos);
  const std::string array =
      "[{\"id\": \"a1\", \"text\": \"“We will rebuild,” said Mayor Ann Lee.\"},\n"
      " {\"id\": \"a2\", \"text\": \"“No,” said Tom Hale.\"}]\n";
  auto b = RunCli({"audit", "-"}, array);
  CHECK(b.exit_code == 0);
  CHECK(b.err.find("warning: -:1:1: standard input looks like a JSON array of records") != std::string::npos);
  // Text that merely opens with a brace or a bracket is not warned of.
  auto c = RunCli({"audit", "-"}, "[Updated] The mayor said the pier would open.\n{Sidebar}\n");
  CHECK(c.err.find("looks like") == std::string::npos);
}

TEST_CASE("html35: clean - warns of JSON read as text, as audit - does", "[html35]") {
  auto line = RunCli({"clean", "-"}, "{\"id\":\"a1\",\"text\":\"“We will rebuild,” said Mayor Ann Lee.\"}\n");
  CHECK(line.exit_code == 0);
  CHECK(line.err.find("warning: -:1:1: standard input looks like JSONL") != std::string::npos);
  auto pretty = RunCli({"clean", "-"}, "{\n  \"text\": \"“We will rebuild,” said Mayor Ann Lee.\"\n}\n");
  CHECK(pretty.err.find("standard input looks like a JSON record") != std::string::npos);
  auto text = RunCli({"clean", "-"}, "The mayor said the pier would open.\n");
  CHECK(text.err.empty());
}

}  // namespace
}  // namespace onrecord
