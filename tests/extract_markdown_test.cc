// Markdown extraction (md4c): front matter and code skipped, headings as
// headlines, block quotes and list items as their own blocks, inline markup
// reduced to its text, entities decoded, exact offsets back to the source.
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

std::string SourceOf(const Extracted& e, std::string_view source, std::string_view piece) {
  size_t at = e.text.find(piece);
  REQUIRE(at != std::string::npos);
  Span s = e.map.ToBase({at, at + piece.size()});
  REQUIRE(s.begin <= s.end);
  REQUIRE(s.end <= source.size());
  return std::string(source.substr(s.begin, s.size()));
}

TEST_CASE("front matter and code blocks are skipped, offsets stay exact", "[extract_markdown]") {
  const std::string md =
      "---\ntitle: \"Talks stall\"\nauthor: Jo Lee\n---\n\n"
      "Talks stalled, officials said.\n\n"
      "```\n“Not a quote,” said the code.\n```\n\n"
      "~~~ text\nmore code\n~~~\n\n"
      "The ministry declined to comment.\n";
  Extracted e = ExtractMarkdown(md);
  CHECK(Blocks(e) == std::vector<std::string>{"Talks stalled, officials said.", "The ministry declined to comment."});
  CHECK(SourceOf(e, md, "officials said.") == "officials said.");
  Span s = e.map.ToBase({0, 5});
  CHECK(md.substr(s.begin, s.size()) == "Talks");
  CHECK(s.begin == md.find("Talks stalled"));
}

TEST_CASE("an unclosed front matter fence is not front matter", "[extract_markdown]") {
  Extracted e = ExtractMarkdown("---\nTalks stalled, officials said.\n");
  CHECK(e.text.find("Talks stalled, officials said.") != std::string::npos);
}

TEST_CASE("headings are headlines first, then paragraphs", "[extract_markdown]") {
  Extracted e = ExtractMarkdown(
      "# Talks stall again\n\nFirst paragraph.\n\n## Tariff timing\n\nSecond paragraph.\n\n"
      "Setext subhead\n--------------\n");
  CHECK(Blocks(e) == std::vector<std::string>{"Talks stall again", "First paragraph.", "Tariff timing",
                                              "Second paragraph.", "Setext subhead"});
  const std::vector<BlockKind> kinds = {BlockKind::kHeadline, BlockKind::kParagraph, BlockKind::kParagraph,
                                        BlockKind::kParagraph, BlockKind::kParagraph};
  CHECK(e.kinds == kinds);
}

TEST_CASE("block quotes and list items are their own blocks", "[extract_markdown]") {
  Extracted e = ExtractMarkdown(
      "Intro.\n\n> “We will not move,” she wrote.\n> The letter went on.\n>\n> Second quoted paragraph.\n\n"
      "- first item\n- second\n  item\n\n1. ordered\n");
  CHECK(Blocks(e) == std::vector<std::string>{"Intro.", "“We will not move,” she wrote. The letter went on.",
                                              "Second quoted paragraph.", "first item", "second item",
                                              "ordered"});
  const std::vector<BlockKind> kinds = {BlockKind::kParagraph, BlockKind::kBlockQuote, BlockKind::kBlockQuote,
                                        BlockKind::kListItem,  BlockKind::kListItem,   BlockKind::kListItem};
  CHECK(e.kinds == kinds);
}

TEST_CASE("emphasis, links and images reduce to their text", "[extract_markdown]") {
  const std::string md =
      "“The **talks** are [stuck](https://example.org \"t\"),” said *Wu Xinbo*. "
      "![a photo](p.jpg) `code` ~~gone~~ <https://example.org>\n";
  Extracted e = ExtractMarkdown(md);
  CHECK(e.text == "“The talks are stuck,” said Wu Xinbo.  code gone https://example.org");
  CHECK(SourceOf(e, md, "The talks are stuck,") == "The **talks** are [stuck](https://example.org \"t\"),");
  CHECK(SourceOf(e, md, "Wu Xinbo") == "Wu Xinbo");
}

TEST_CASE("entities and backslash escapes are decoded and mapped", "[extract_markdown]") {
  const std::string md = "&ldquo;We&rsquo;ll see &amp; wait,&#8221; said Ann Ray \\*twice\\*.\n";
  Extracted e = ExtractMarkdown(md);
  CHECK(e.text == "“We’ll see & wait,” said Ann Ray *twice*.");
  CHECK(SourceOf(e, md, "We’ll see & wait,") == "We&rsquo;ll see &amp; wait,");
  CHECK(SourceOf(e, md, "*twice*") == "*twice\\*");
}

TEST_CASE("soft breaks are spaces, hard breaks end a block", "[extract_markdown]") {
  Extracted e = ExtractMarkdown("Talks stalled\non Monday.  \nA new line.\\\nAnother.\r\nSame block.\n");
  CHECK(Blocks(e) == std::vector<std::string>{"Talks stalled on Monday.", "A new line.", "Another. Same block."});
}

TEST_CASE("inline <q> in Markdown is a quoted span, other tags are dropped", "[extract_markdown]") {
  Extracted e = ExtractMarkdown("She said <q>no deal</q> and <span>left</span>.\n\n<div>\nraw html block\n</div>\n");
  CHECK(Blocks(e) == std::vector<std::string>{"She said “no deal” and left."});
  REQUIRE(e.inline_quotes.size() == 1);
  CHECK(e.text.substr(e.inline_quotes[0].begin, e.inline_quotes[0].size()) == "no deal");
}

TEST_CASE("indented paragraphs are text, not code", "[extract_markdown]") {
  Extracted e = ExtractMarkdown("    Talks stalled, officials said.\n");
  CHECK(e.text == "Talks stalled, officials said.");
}

TEST_CASE("Markdown quotes are audited with exact source offsets", "[extract_markdown]") {
  const std::string md =
      "---\nslug: talks\n---\n# Talks stall\n\n"
      "“The *talks* are stuck,” said Wu Xinbo, an adviser to the ministry.\n";
  auto r = testing::AuditText(md, "a.md");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].text == "The talks are stuck,");
  CHECK(r.quotes[0].speaker == "Wu Xinbo");
  const Location& l = r.quotes[0].location;
  CHECK(md.substr(l.begin, l.end - l.begin) == "The *talks* are stuck,");
  CHECK(l.line == 6);
  CHECK(l.column == 2);
}

TEST_CASE("Markdown extraction keeps the Extracted contract", "[extract_markdown]") {
  const std::vector<std::string> inputs = {
      "", "---\n---\n", "#", "> ", "- ", "a\n\n\n\nb", "&bogus; & &#0; &#xFFFFFF;", "| a | b |\n|---|---|\n| c | d |\n",
      std::string("nul") + '\0' + "byte", "*unclosed **emphasis", "[link](", "line\rcr only\r",
  };
  for (const std::string& md : inputs) {
    INFO(md);
    Extracted e = ExtractMarkdown(md);
    size_t blocks = static_cast<size_t>(std::count(e.text.begin(), e.text.end(), '\n')) + 1;
    CHECK(e.kinds.size() == blocks);
    CHECK(e.map.derived_length() == e.text.size());
    for (size_t i = 0; i <= e.text.size(); ++i) {
      CHECK(e.map.BeginToBase(i) <= md.size());
      CHECK(e.map.EndToBase(i) <= md.size());
    }
  }
}

}  // namespace
}  // namespace onrecord
