// Extract stage for plain text: lines become paragraphs, hard-wrapped lines
// are joined, and short lines (page furniture, subheads) keep their own block
// so that the line rules of the clean stage see them.
#include <catch2/catch.hpp>

#include "analysis.h"
#include "onrecord/document.h"
#include "test_util.h"

namespace onrecord {
namespace {

std::vector<std::string> Blocks(const std::string& text) {
  Extracted e = ExtractText(text);
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= e.text.size()) {
    size_t nl = e.text.find('\n', start);
    if (nl == std::string::npos) nl = e.text.size();
    out.push_back(e.text.substr(start, nl - start));
    start = nl + 1;
  }
  CHECK(e.kinds.size() == out.size());
  return out;
}

TEST_CASE("text: one paragraph a line when lines end sentences", "[extract][text]") {
  CHECK(Blocks("Talks stalled on Monday.\nOfficials left early.\n") ==
        std::vector<std::string>{"Talks stalled on Monday.", "Officials left early."});
}

TEST_CASE("text: a hard-wrapped paragraph is joined, also where a sentence ends at a wrap",
          "[extract][text]") {
  const std::string text =
      "The minister said on Tuesday that the talks with the union had\n"
      "stalled again and that no date had been set for the next round.\n"
      "Officials in Kellin said the strike could last into the spring, and\n"
      "that the port would stay closed until the two sides met again.\n\n"
      "A second paragraph, short.\n";
  CHECK(Blocks(text) ==
        std::vector<std::string>{
            "The minister said on Tuesday that the talks with the union had stalled again and that no "
            "date had been set for the next round. Officials in Kellin said the strike could last into "
            "the spring, and that the port would stay closed until the two sides met again.",
            "A second paragraph, short."});
}

// Regression: short lines that do not end a sentence were taken for a
// hard-wrapped paragraph and glued to the text around them, so
// "Share this article" was no longer a line of its own for the line rules.
TEST_CASE("text: short furniture lines next to a wrapped paragraph keep their own blocks",
          "[extract][text]") {
  const std::string text =
      "Share this article\n"
      "Follow us on Twitter\n"
      "The minister said on Tuesday that the talks with the union had\n"
      "stalled again and that no date had been set for the next round\n"
      "of them.\n"
      "Tariff Timing\n"
      "The timing of the announcement added to the union's annoyance, as\n"
      "its members had expected a vote within the week.\n";
  CHECK(Blocks(text) ==
        std::vector<std::string>{
            "Share this article", "Follow us on Twitter",
            "The minister said on Tuesday that the talks with the union had stalled again and that no "
            "date had been set for the next round of them.",
            "Tariff Timing",
            "The timing of the announcement added to the union's annoyance, as its members had expected "
            "a vote within the week."});
}

TEST_CASE("text: after a full line that ends a sentence, the paragraph's last line joins, furniture does not",
          "[extract][text]") {
  const std::string text =
      "\xE2\x80\x9CWe tried to reach a deal with the port for many weeks, and we did\n"
      "everything that the members asked of us at every meeting we had.\n"
      "We failed,\xE2\x80\x9D she said.\n"
      "Officials in Kellin said the strike could last into the spring, and\n"
      "that the port would stay closed until the two sides met once more.\n"
      "Share this article\n"
      "Follow us on Twitter\n";
  CHECK(Blocks(text) ==
        std::vector<std::string>{
            "\xE2\x80\x9CWe tried to reach a deal with the port for many weeks, and we did everything "
            "that the members asked of us at every meeting we had. We failed,\xE2\x80\x9D she said.",
            "Officials in Kellin said the strike could last into the spring, and that the port would stay "
            "closed until the two sides met once more.",
            "Share this article", "Follow us on Twitter"});
}

TEST_CASE("text: a line that continues in lower case joins even when short", "[extract][text]") {
  CHECK(Blocks("The strike, which began\nin May, goes on\nwithout an end in sight.\n") ==
        std::vector<std::string>{"The strike, which began in May, goes on without an end in sight."});
}

// Regression: in a plain-text draft a suppression directive was article
// text: its reason="…" read as a direct quote from the next line's source,
// and the comment line was glued to that line as one paragraph.
TEST_CASE("text: HTML comments (suppression directives) are not article text", "[extract][text]") {
  const std::string text =
      "The port closed on Monday, people familiar with the matter said.\n\n"
      "<!-- onrecord-disable-next-line attribution.vague-anonymous reason=\"Verified by the desk\" -->\n"
      "The deal could collapse, officials said.\n"
      "Talks stalled <!-- check the date -->on Monday.\n"
      "<!-- onrecord off\nreason=\"Two sources\" -->\n"
      "A note <!-- never closed\n";
  Extracted e = ExtractText(text);
  CHECK(Blocks(text) == std::vector<std::string>{"The port closed on Monday, people familiar with the matter said.",
                                                  "The deal could collapse, officials said.",
                                                  "Talks stalled on Monday.", "A note <!-- never closed"});
  // Offsets still point at the source bytes.
  size_t at = e.text.find("on Monday.");
  REQUIRE(at != std::string::npos);
  Span s = e.map.ToBase({at, at + 10});
  CHECK(text.substr(s.begin, s.size()) == "on Monday.");
  auto r = testing::AuditText(text);
  for (const auto& q : r.quotes) CHECK(q.text != "Verified by the desk");
  for (const auto& f : r.findings) CHECK(f.rule != "attribution.anonymous-direct-quote");
}

TEST_CASE("text: the share line of a scraped page is masked by its line rule", "[extract][text][clean]") {
  Document doc;
  doc.path = "scraped.txt";
  doc.source =
      "Talks between the two ports stalled on Monday, people familiar with\n"
      "the matter said, and no new date has been set for the two to meet.\n"
      "Share this article\n"
      "Follow us on Twitter\n"
      "\xE2\x80\x9CWe are still far apart,\xE2\x80\x9D said Ana Ruiz, the union's chair.\n";
  auto r = Audit(doc, testing::DefaultRules(), AuditOptions{});
  REQUIRE(r.ok());
  std::vector<std::string> masked;
  for (const auto& m : r->masked) {
    masked.push_back(m.rule + " " + doc.source.substr(m.location.begin, m.location.end - m.location.begin));
  }
  CHECK(masked == std::vector<std::string>{"boilerplate.share-line Share this article",
                                           "boilerplate.share-line Follow us on Twitter"});
  REQUIRE(r->quotes.size() == 1);
  CHECK(r->quotes[0].speaker == "Ana Ruiz");
}

}  // namespace
}  // namespace onrecord
