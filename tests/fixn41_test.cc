// Branch fixn41 (issue #4, scraped pages): a pull quote signed on its own
// line is no second quote; a direct quote printed again counts once in the
// score; a line of navigation links and a Markdown table's rows of figures
// are not article words.
#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"

namespace {

using onrecord::AuditResult;
using onrecord::testing::AuditText;

const std::string kBody =
    "Harbour talks stall\n\n"
    "The port authority and the ferry union met again on Monday without a deal, officials said.\n\n"
    "“The team has not yet worked out what it wants from the talks,” said Ana Ruiz, an adviser to the "
    "ministry. “There is no coherent policy.”\n\n"
    "Mayor Tom Lee said the harbour would reopen by spring.\n";

size_t Masked(const AuditResult& r, const std::string& rule) {
  size_t n = 0;
  for (const auto& m : r.masked) n += m.rule == rule;
  return n;
}

size_t QuotesWith(const AuditResult& r, const std::string& words) {
  size_t n = 0;
  for (const auto& q : r.quotes) n += q.text.find(words) != std::string::npos;
  return n;
}

size_t AttributionsOf(const AuditResult& r, const std::string& name, bool counted_only) {
  size_t n = 0;
  for (const auto& at : r.attributions) {
    const onrecord::Source* s = r.FindSource(at.source_id);
    if (s && s->name == name && (!counted_only || at.counted)) ++n;
  }
  return n;
}

}  // namespace

TEST_CASE("fixn41: a pull quote with its signature on the same line is masked", "[fixn41]") {
  const std::string pull = "“The team has not yet worked out what it wants from the talks.” — Ana Ruiz";
  const AuditResult plain = AuditText(kBody);
  SECTION("plain text") {
    const AuditResult r = AuditText(kBody + "\n" + pull + "\n");
    CHECK(Masked(r, "boilerplate.pull-quote") == 1);
    CHECK(QuotesWith(r, "has not yet worked out") == 1);
    CHECK(AttributionsOf(r, "Ana Ruiz", false) == AttributionsOf(plain, "Ana Ruiz", false));
    CHECK(r.score.transparency_index == plain.score.transparency_index);
  }
  SECTION("Markdown block quote") {
    const AuditResult r = AuditText("# " + kBody + "\n> " + pull + "\n", "a.md");
    CHECK(Masked(r, "boilerplate.pull-quote") == 1);
    CHECK(QuotesWith(r, "has not yet worked out") == 1);
  }
  SECTION("HTML blockquote of class pullquote, before the body's paragraph") {
    const AuditResult r = AuditText(
        "<html><body><article><h1>Harbour talks stall</h1><p>Mayor Tom Lee said the harbour would reopen.</p>"
        "<blockquote class=\"pullquote\">" + pull + "</blockquote>"
        "<p>“The team has not yet worked out what it wants from the talks,” said Ana Ruiz, an adviser to the "
        "ministry.</p></article></body></html>",
        "a.html");
    CHECK(Masked(r, "boilerplate.pull-quote") == 1);
    CHECK(QuotesWith(r, "has not yet worked out") == 1);
    CHECK(onrecord::testing::SpeakerOf(r, "The team has not yet worked out") == "Ana Ruiz");
  }
  SECTION("a signed quotation said only once is kept") {
    const AuditResult r = AuditText(kBody + "\n“We will open a second ferry line next year.” — Tom Lee\n");
    CHECK(Masked(r, "boilerplate.pull-quote") == 0);
    CHECK(QuotesWith(r, "second ferry line") == 1);
  }
  SECTION("a dash that goes on in lower case is no signature") {
    const AuditResult r =
        AuditText(kBody + "\n“The team has not yet worked out what it wants from the talks.” — and the mayor agreed\n");
    CHECK(Masked(r, "boilerplate.pull-quote") == 0);
  }
}

TEST_CASE("fixn41: a direct quote printed again elsewhere counts once in the score", "[fixn41]") {
  // Not a paragraph of its own (the clean stage keeps it): the same words
  // quoted again inside a later sentence of the body.
  const std::string text =
      "Harbour talks stall\n\n"
      "“We will reopen the harbour by spring and not a day later,” Mayor Tom Lee said on Monday.\n\n"
      "The union disagreed, officials said.\n\n"
      "Asked again on Tuesday, Lee repeated: “We will reopen the harbour by spring and not a day later.”\n";
  const AuditResult r = AuditText(text);
  // Both stay attributions (PolNeAR marks both copies) ...
  CHECK(AttributionsOf(r, "Tom Lee", false) == 2);
  // ... and the second counts nowhere, with the reason said.
  CHECK(AttributionsOf(r, "Tom Lee", true) == 1);
  bool said = false;
  for (const auto& at : r.attributions) {
    for (const auto& why : at.reasons) said = said || why.find("repeats a quote already attributed") != std::string::npos;
  }
  CHECK(said);
  SECTION("a headline's copy leaves the body's quote counted") {
    const AuditResult s = AuditText(
        "“We will reopen the harbour by spring”: mayor rejects the delay\n\n"
        "Mayor Tom Lee rejected the delay on Monday. “We will reopen the harbour by spring,” Lee said.\n");
    size_t body_counted = 0;
    for (const auto& at : s.attributions) {
      const onrecord::Source* src = s.FindSource(at.source_id);
      if (src && src->name == "Tom Lee" && at.counted && !at.content.empty() && at.content[0].location.line == 3 &&
          at.content[0].text.find("reopen") != std::string::npos) {
        ++body_counted;
      }
    }
    CHECK(body_counted == 1);
  }
  SECTION("the same words given to someone else count again") {
    const AuditResult s = AuditText(
        "Harbour talks stall\n\n“We will reopen the harbour by spring,” Mayor Tom Lee said on Monday.\n\n"
        "“We will reopen the harbour by spring,” Ana Ruiz, the port's director, said on Tuesday.\n");
    CHECK(AttributionsOf(s, "Ana Ruiz", true) == 1);
  }
  SECTION("a short quote of three words is not deduplicated") {
    const AuditResult s = AuditText(
        "Harbour talks stall\n\n“Not this year,” Mayor Tom Lee said on Monday.\n\n"
        "On Tuesday Lee said it again: “Not this year.”\n");
    CHECK(AttributionsOf(s, "Tom Lee", true) == 2);
  }
}

TEST_CASE("fixn41: a line of navigation links is not article text", "[fixn41]") {
  const AuditResult clean = AuditText("# " + kBody, "a.md");
  SECTION("Markdown links split by pipes") {
    const AuditResult r = AuditText("[Home](/) | [Politics](/politics) | [World](/world)\n\n# " + kBody, "a.md");
    CHECK(Masked(r, "boilerplate.nav-links") == 1);
    CHECK(r.words == clean.words);
  }
  SECTION("plain text with middle dots and slashes") {
    const AuditResult base = AuditText(kBody);
    const AuditResult dots = AuditText("Home · U.S. · World News · Opinion\n\n" + kBody);
    const AuditResult slashes = AuditText("News / Local / Harbour\n\n" + kBody);
    CHECK(Masked(dots, "boilerplate.nav-links") == 1);
    CHECK(Masked(slashes, "boilerplate.nav-links") == 1);
    CHECK(dots.words == base.words);
  }
  SECTION("a sentence or a byline with pipes is kept") {
    const AuditResult r = AuditText(kBody + "\nThe vote was close | the count took hours | nobody slept.\n\n"
                                    "Red, White | Blue, Green | Gold, Black\n");
    CHECK(Masked(r, "boilerplate.nav-links") == 0);
    const AuditResult byline = AuditText("Harbour talks stall\n\nBy Jo Lee | Harbour Desk | Politics\n\n" + kBody.substr(21));
    CHECK(Masked(byline, "boilerplate.nav-links") == 0);
  }
}

TEST_CASE("fixn41: a Markdown table's rows without a quotation are not prose", "[fixn41]") {
  const AuditResult clean = AuditText("# " + kBody, "a.md");
  const AuditResult r = AuditText("# " + kBody +
                                      "\n| Year | Ferries | Passengers |\n|---|---|---|\n| 2024 | 12 | 1.4 million |\n\n"
                                      "| Who | What they said |\n|---|---|\n| Jo Ray, mayor | “We will rebuild the pier.” |\n",
                                  "a.md");
  CHECK(Masked(r, "markdown.table") == 3);  // two header rows and the row of figures
  CHECK(QuotesWith(r, "We will rebuild the pier") == 1);
  // Only the quotation's row adds words: "Jo Ray, mayor We will rebuild the pier."
  CHECK(r.words > clean.words);
  CHECK(r.words <= clean.words + 9);
}
