// Quotes round eleven: a speech tag set off inside the quote marks (French
// and Italian incises, Spanish and Portuguese dashes), a quote inside an
// attributed quote, titles before a name as the role, "as X put it:",
// markup attributes in scraped text, and figures alone in quote marks.
#include <catch2/catch.hpp>

#include "onrecord/report.h"
#include "test_util.h"

using onrecord::AuditResult;
using onrecord::Quote;
using onrecord::QuoteKind;
using onrecord::testing::AuditText;
using onrecord::testing::QuoteTexts;
using onrecord::testing::SourceNamed;

namespace {

const Quote* QuoteWithText(const AuditResult& r, const std::string& text) {
  for (const auto& q : r.quotes) {
    if (q.text == text) return &q;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("a French incise between commas inside guillemets is no part of the quote", "[quotes11]") {
  auto r = AuditText(
      "La maire de Brionne, Odile Ferrand, a présenté mardi le budget de la ville.\n\n"
      "« Nous ne fermerons aucune école, a-t-elle assuré. La rentrée se fera comme prévu. »\n",
      "fr.txt", "fr");
  CHECK(QuoteTexts(r) == std::vector<std::string>{"Nous ne fermerons aucune école,", "La rentrée se fera comme prévu."});
  for (const auto& q : r.quotes) CHECK(q.speaker == "Odile Ferrand");
  CHECK(r.score.unattributed_quotes == 0);
}

TEST_CASE("an Italian incise between commas splits the quote around it", "[quotes11]") {
  auto r = AuditText("« Non firmeremo, ha dichiarato Carla Benedetti, finché il piano resta così. »\n", "it.txt", "it");
  CHECK(QuoteTexts(r) == std::vector<std::string>{"Non firmeremo,", "finché il piano resta così."});
  for (const auto& q : r.quotes) CHECK(q.speaker == "Carla Benedetti");
  CHECK(r.score.unattributed_quotes == 0);
}

TEST_CASE("a Spanish or Portuguese speech tag between dashes inside the marks is no part of the quote",
          "[quotes11]") {
  auto es = AuditText("«No venderemos el puerto —dijo Marta Lozano—, ni este año ni el próximo».\n", "es.txt", "es");
  CHECK(QuoteTexts(es) == std::vector<std::string>{"No venderemos el puerto", "ni este año ni el próximo"});
  for (const auto& q : es.quotes) CHECK(q.speaker == "Marta Lozano");
  auto pt = AuditText("«Não vamos fechar a escola —afirmou Rui Tavares—».\n", "pt.txt", "pt");
  CHECK(QuoteTexts(pt) == std::vector<std::string>{"Não vamos fechar a escola"});
  REQUIRE(pt.quotes.size() == 1);
  CHECK(pt.quotes[0].speaker == "Rui Tavares");
}

TEST_CASE("reported speech inside a quote is no incise", "[quotes11]") {
  // A cue followed by a complementizer inside the speech: the speaker
  // reports someone else's words; the quote stays whole.
  auto r = AuditText("« Il m'a appelé hier, a dit qu'il viendrait lundi », a raconté Léa Morin.\n", "fr.txt", "fr");
  CHECK(QuoteTexts(r) == std::vector<std::string>{"Il m'a appelé hier, a dit qu'il viendrait lundi"});
}

TEST_CASE("a quote inside an attributed quote is not counted as unattributed", "[quotes11]") {
  // The inner quote's own speaker is a pronoun, which inside a quote has
  // nothing to refer back to: it stays without a speaker of its own.
  auto r = AuditText(
      "The harbor board met on Monday.\n\n"
      "“He told me, ‘We are not sailing tonight.’ Then he went home,” Ruth Okafor said.\n");
  const Quote* inner = QuoteWithText(r, "We are not sailing tonight.");
  REQUIRE(inner != nullptr);
  CHECK(inner->source_id < 0);
  const auto* okafor = SourceNamed(r, "Ruth Okafor");
  REQUIRE(okafor != nullptr);
  CHECK(inner->inside_quote_of == okafor->id);
  CHECK(r.score.unattributed_quotes == 0);
  for (const auto& f : r.findings) CHECK(f.rule != "attribution.unattributed-quote");
  const std::string text = onrecord::AuditToText(r);
  CHECK(text.find("(inside a quote of Ruth Okafor)") != std::string::npos);
  CHECK(text.find("UNATTRIBUTED") == std::string::npos);
  CHECK(onrecord::AuditToJsonLine(r).find("\"inside_quote_of\":" + std::to_string(okafor->id)) != std::string::npos);
  // A quote in marks with no speaker at all is still unattributed.
  auto alone = AuditText("The harbor board met on Monday.\n\n“We are not sailing tonight.”\n");
  CHECK(alone.score.unattributed_quotes == 1);
}

TEST_CASE("an abbreviated title before a name is the source's role", "[quotes11]") {
  auto r = AuditText(
      "Dr. Helen Marsh said the clinic would stay open. Gov. Peter Lang said the state would pay. "
      "Mr. Owen Tate said he was relieved.\n");
  const auto* marsh = SourceNamed(r, "Helen Marsh");
  REQUIRE(marsh != nullptr);
  CHECK(marsh->role == "Dr.");
  const auto* lang = SourceNamed(r, "Peter Lang");
  REQUIRE(lang != nullptr);
  CHECK(lang->role == "Gov.");
  // An honorific that is no title gives no role.
  const auto* tate = SourceNamed(r, "Owen Tate");
  REQUIRE(tate != nullptr);
  CHECK(tate->role.empty());
}

TEST_CASE("as X put it or as X observed before a quote attributes it to X", "[quotes11]") {
  auto r = AuditText(
      "The ferry line lost money again.\n\n"
      "As Nadia Brooks put it: “Nobody rides a boat that never comes.”\n\n"
      "As Victor Hale observed, “The timetable is a fiction.”\n");
  const Quote* brooks = QuoteWithText(r, "Nobody rides a boat that never comes.");
  REQUIRE(brooks != nullptr);
  CHECK(brooks->speaker == "Nadia Brooks");
  const Quote* hale = QuoteWithText(r, "The timetable is a fiction.");
  REQUIRE(hale != nullptr);
  CHECK(hale->speaker == "Victor Hale");
}

TEST_CASE("markup attributes in scraped text are no quotes and do not break the pairing", "[quotes11]") {
  auto r = AuditText(
      "<blockquote tweet-date=\"2024-05-01\" class=\"x\" data-id='3'>The pier is closed</blockquote> "
      "“We will reopen it in June,” said Tom Reyes.\n");
  CHECK(QuoteTexts(r) == std::vector<std::string>{"We will reopen it in June,"});
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "Tom Reyes");
  // An odd attribute value would have opened a quote that swallowed the rest.
  auto odd = AuditText("<span data-note=\"a\">The pier</span> is shut, \"It stays shut,\" said Tom Reyes.\n");
  CHECK(QuoteTexts(odd) == std::vector<std::string>{"It stays shut,"});
}

TEST_CASE("a date or a figure alone in quote marks is no speech", "[quotes11]") {
  auto r = AuditText(
      "Ana Ruiz said the shortfall was “$5 million.” Tom Lee said: “2024.” "
      "The bank said growth was \"15%\" and Lee said “12.5 percent” twice.\n");
  REQUIRE(r.quotes.size() == 4);
  for (const auto& q : r.quotes) {
    CHECK(q.kind == QuoteKind::kScare);
    CHECK_FALSE(q.speech());
  }
  // Words with the figure are speech.
  auto words = AuditText("Tom Lee said: “We lost $5 million this year.”\n");
  REQUIRE(words.quotes.size() == 1);
  CHECK(words.quotes[0].kind == QuoteKind::kDirect);
}

TEST_CASE("a paragraph ending in as X observed with a comma leads in the quote of the next one", "[quotes11]") {
  auto r = AuditText(
      "The ferry line lost money again.\n\n"
      "Or, as the harbor master, Victor Hale, observed,\n\n"
      "“We run empty ships on schedule.”\n");
  const Quote* q = QuoteWithText(r, "We run empty ships on schedule.");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Victor Hale");
  CHECK(r.score.unattributed_quotes == 0);
}
