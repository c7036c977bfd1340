// Tables, headlines and partial quotes a fresh user found (issues #4 and
// #1, thirty-fifth round): a table's source cell that is a surname alone, a
// described source or an organisation of one word; a "Who" column header;
// a headline that gives its speaker's words after a colon without a final
// stop; a non-answer that still quotes its source's words. Every text here
// was written for these tests.
#include <catch2/catch.hpp>

#include <string>

#include "analysis.h"
#include "findings_util.h"
#include "test_util.h"

using onrecord::testing::CountFindings;

namespace onrecord {
namespace {

using testing::AuditText;
using testing::SeenAttributions;
using testing::SpeakerOf;

std::string Page(const std::string& body) {
  return "<html><body><article><h1>Lowmoor counts the cost</h1>\n"
         "<p>The river broke its banks in Lowmoor on Sunday night and flooded the market, said Ana Ruiz, "
         "the mayor, who met volunteers from Greenpeace and the fire service on Monday.</p>\n" +
         body + "\n</article></body></html>\n";
}

const Quote* QuoteOf(const AuditResult& r, const std::string& text) {
  for (const auto& q : r.quotes) {
    if (q.text.compare(0, text.size(), text) == 0) return &q;
  }
  return nullptr;
}

// -------------------------------------------------- 1: table cells

TEST_CASE("fixk41: a one-word name the article gives elsewhere signs its row", "[fixk41]") {
  AuditResult r = AuditText(Page("<table>\n"
                                 "<tr><td>Ruiz</td><td>“We will rebuild the market before winter.”</td></tr>\n"
                                 "<tr><td>“Half of the stalls are gone.”</td><td>Greenpeace</td></tr>\n"
                                 "</table>"),
                            "flood.html");
  CHECK(SpeakerOf(r, "We will rebuild the market before winter.") == "Ana Ruiz");
  CHECK(!SpeakerOf(r, "Half of the stalls are gone.").empty());
  CHECK(CountFindings(r, "attribution.unattributed-quote") == 0);
  // A definition list's term alike.
  AuditResult dl = AuditText(Page("<dl><dt>Ruiz</dt><dd>“We will rebuild the market before winter.”</dd></dl>"),
                             "flood.html");
  CHECK(SpeakerOf(dl, "We will rebuild the market before winter.") == "Ana Ruiz");
}

TEST_CASE("fixk41: under a Who header any short cell names its row's source", "[fixk41]") {
  AuditResult r = AuditText(Page("<table>\n"
                                 "<tr><th>Who</th><th>What they said</th></tr>\n"
                                 "<tr><td>Tomás</td><td>“We lost everything in the shop.”</td></tr>\n"
                                 "<tr><td>A council engineer</td><td>“The wall was never built to hold this.”</td></tr>\n"
                                 "</table>"),
                            "flood.html");
  CHECK(!SpeakerOf(r, "We lost everything in the shop.").empty());
  CHECK(!SpeakerOf(r, "The wall was never built to hold this.").empty());
  CHECK(CountFindings(r, "attribution.unattributed-quote") == 0);
  // The header row labels the columns: "What they said" is no attribution.
  for (const auto& seen : SeenAttributions(r)) CHECK(seen.source != "they");
  // Other languages' headers too.
  Extracted de = ExtractHtml(
      "<table><tr><th>Name</th><th>Zitat</th></tr><tr><td>Meier</td><td>„Wir bauen wieder auf.“</td></tr></table>",
      nullptr);
  REQUIRE(de.signs.size() == 2);
  CHECK(de.signs[0] == 1);
  Extracted fr = ExtractHtml(
      "<table><tr><th>Qui</th><th>Citation</th></tr><tr><td>Dupont</td><td>« Nous reconstruirons. »</td></tr></table>",
      nullptr);
  REQUIRE(fr.signs.size() == 2);
  CHECK(fr.signs[0] == 1);
}

TEST_CASE("fixk41: a Who header row is no attribution even where no row pairs", "[fixk41]") {
  AuditResult r = AuditText(Page("<table>\n"
                                 "<tr><th>Who</th><th>What they said</th><th>When</th></tr>\n"
                                 "<tr><td>Tomás</td><td>“We lost everything.”</td><td>Monday</td></tr>\n"
                                 "</table>"),
                            "flood.html");
  for (const auto& seen : SeenAttributions(r)) CHECK(seen.source != "they");
}

TEST_CASE("fixk41: glossary and fact-box labels still pair nothing", "[fixk41]") {
  // The page writes "filibuster" and "slogan" in lower case, and "Record"
  // only at a sentence's start: no name.
  AuditResult r = AuditText(Page("<p>Record rain fell. The council used a filibuster and a slogan to delay the vote.</p>\n"
                                 "<dl><dt>Filibuster</dt><dd>“A long speech made to delay a vote.”</dd></dl>\n"
                                 "<table>\n"
                                 "<tr><td>Slogan</td><td>“Build the market back.”</td></tr>\n"
                                 "<tr><td>Record</td><td>“Wettest week.”</td></tr>\n"
                                 "<tr><td>2019</td><td>“Record year.”</td></tr>\n"
                                 "<tr><td>Who pays</td><td>“The county.”</td></tr>\n"
                                 "</table>"),
                            "gloss.html");
  CHECK(SpeakerOf(r, "A long speech made to delay a vote.").empty());
  CHECK(SpeakerOf(r, "Build the market back.").empty());
  CHECK(SpeakerOf(r, "Wettest week.").empty());
  CHECK(SpeakerOf(r, "Record year.").empty());
  CHECK(SpeakerOf(r, "The county.").empty());
  // A name in a Title Case headline only is no name the prose gives.
  Extracted e = ExtractHtml(
      "<h1>Senate Filibuster Ends After Two Days</h1><p>The vote came at last.</p>"
      "<table><tr><td>Filibuster</td><td>“A long speech.”</td></tr></table>",
      nullptr);
  for (int s : e.signs) CHECK(s == -1);
}

// -------------------------------------------------- 2: headlines

TEST_CASE("fixk41: a headline's speaker, colon and words without a stop are a direct first quote", "[fixk41]") {
  for (const std::string headline : {"Ruiz: “We Will Rebuild”", "Mayor: “We will not close the library”",
                                     "Ruiz: “We will rebuild”", "Mayor Ana Ruiz: “We Will Not Close The Library”"}) {
    INFO(headline);
    AuditResult r = AuditText(headline +
                              "\n\nThe council of Lowmoor voted on Monday to cut the library budget, Ana Ruiz, the "
                              "mayor, said in a statement.\n\n"
                              "“It is the only way,” a person close to the council said.\n");
    REQUIRE(!r.quotes.empty());
    CHECK(r.quotes[0].kind == QuoteKind::kDirect);
    CHECK(r.quotes[0].speaker == "Ana Ruiz");
    CHECK(CountFindings(r, "attribution.anonymous-first-quote") == 0);
  }
}

TEST_CASE("fixk41: a title after a colon in the body, or words after the quote, keep their reading", "[fixk41]") {
  // Not a headline: the body's "Ruiz: “…”" is read as before.
  AuditResult body = AuditText(
      "Lowmoor votes on the library budget\n\n"
      "The council met on Monday. Its report has a title: “A Library For Everyone”.\n");
  const Quote* t = QuoteOf(body, "A Library For Everyone");
  REQUIRE(t != nullptr);
  CHECK(t->kind == QuoteKind::kTitle);
  // A section label before the colon names no speaker: the body's
  // anonymous quote stays the first.
  for (const std::string headline : {"Review: “The Long Road”", "Watch: “We Will Rebuild”"}) {
    INFO(headline);
    AuditResult r = AuditText(headline +
                              "\n\nThe council of Lowmoor voted on Monday to cut the library budget.\n\n"
                              "“It is the only way,” a person close to the council said.\n");
    CHECK(CountFindings(r, "attribution.anonymous-first-quote") == 1);
  }
}

// -------------------------------------------------- 3: non-answers

TEST_CASE("fixk41: a non-answer that quotes words still gives them to its source", "[fixk41]") {
  AuditResult r = AuditText(
      "Talks resume in Lowmoor\n\n"
      "The trade minister, Ana Ruiz, met her counterpart on Monday. She wouldn't say much beyond calling the "
      "talks “productive and frank.”\n");
  CHECK(SpeakerOf(r, "productive and frank") == "Ana Ruiz");
  // The attribution is counted: the article has one named attribution.
  REQUIRE(r.score.has_shares());
  CHECK(r.score.named_share == Approx(1.0));
  // A non-answer with no quote still sources nothing.
  AuditResult none = AuditText(
      "Talks resume in Lowmoor\n\n"
      "The trade minister, Ana Ruiz, met her counterpart on Monday. She wouldn't say much about the talks.\n");
  CHECK(!none.score.has_shares());
}

}  // namespace
}  // namespace onrecord
