// Fixes made on main in the thirty-third round.
#include <string>

#include <catch2/catch.hpp>

#include "onrecord/report.h"
#include "test_util.h"
#include "findings_util.h"

using onrecord::testing::CountFindings;

using onrecord::AuditResult;
using onrecord::Quote;
using onrecord::testing::AuditText;

namespace {

const Quote* QuoteText(const AuditResult& r, const std::string& text) {
  for (const auto& q : r.quotes) {
    if (q.text == text) return &q;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("main39: a quote inside an unattributed quote is part of it, not a second unattributed quote", "[main39]") {
  // fu39 (usa-today clarkston): “And I was like, ‘God, please, …’” with no
  // speaker in reach gave two unattributed quotes and two warnings.
  auto r = AuditText(
      "The harbor board met on Monday.\n\n"
      "“And I was like, ‘Please, let the ferry run.’ Then the bell rang.”\n");
  const Quote* outer = QuoteText(r, "And I was like, ‘Please, let the ferry run.’ Then the bell rang.");
  const Quote* inner = QuoteText(r, "Please, let the ferry run.");
  REQUIRE(outer != nullptr);
  REQUIRE(inner != nullptr);
  CHECK(outer->unattributed());
  CHECK_FALSE(outer->nested);
  CHECK(inner->nested);
  CHECK_FALSE(inner->unattributed());
  CHECK(inner->inside_quote_of < 0);
  CHECK(r.score.unattributed_quotes == 1);
  CHECK(CountFindings(r, "attribution.unattributed-quote") == 1);
  const std::string text = onrecord::AuditToText(r);
  CHECK(text.find("(inside a quote with no speaker)") != std::string::npos);
  const std::string line = onrecord::AuditToJsonLine(r);
  CHECK(line.find("\"nested\":true") != std::string::npos);
  CHECK(line.find("\"nested\":false") != std::string::npos);
  CHECK(onrecord::AuditToJson(r).dump() == line);
}

TEST_CASE("main39: a quote inside an attributed quote is nested and the outer speaker's", "[main39]") {
  auto r = AuditText(
      "The harbor board met on Monday.\n\n"
      "“He told me, ‘We sail at dawn,’ and I believed him,” Ruth Okafor said.\n");
  const Quote* inner = QuoteText(r, "We sail at dawn,");
  REQUIRE(inner != nullptr);
  CHECK(inner->nested);
  CHECK(inner->inside_quote_of >= 1);
  CHECK(r.score.unattributed_quotes == 0);
  // A quote standing alone is neither nested nor anyone's.
  auto alone = AuditText("The harbor board met on Monday.\n\n“We sail at dawn.”\n");
  REQUIRE(alone.quotes.size() == 1);
  CHECK_FALSE(alone.quotes[0].nested);
  CHECK(alone.score.unattributed_quotes == 1);
}

TEST_CASE("main39: a German dative pronoun before zufolge is the source, not a fronted object", "[main39]") {
  // fu39b: lang39's dative openers ("Ihm sagte der Minister") had made
  // "Ihm zufolge kommt sie im Mai" lose its attribution.
  auto r = AuditText("Der Minister Anton Weber äußerte sich am Montag zur Reform. Ihm zufolge kommt sie im Mai.\n",
                     "test.txt", "de");
  bool found = false;
  for (const auto& a : r.attributions) {
    if (!a.cue || a.cue->text != "zufolge") continue;
    found = true;
    REQUIRE(a.source.has_value());
    CHECK(a.source->text == "Ihm");
    REQUIRE(a.content.size() == 1);
    CHECK(a.content[0].text == "kommt sie im Mai");
  }
  CHECK(found);
  // The dative opener before a verb still gives the subject after it.
  auto v = AuditText("Ihm sagte der Minister, die Reform komme im Mai.\n", "test.txt", "de");
  bool minister = false;
  for (const auto& a : v.attributions) minister = minister || (a.source && a.source->text == "der Minister");
  CHECK(minister);
}

TEST_CASE("main39: a share of the people in a place or body is an unnamed group, not the place", "[main39]") {
  // fu39b: srcx39 grew the span to "Most in Miami" but the source stayed the
  // named place "Miami" (T4), where "Many on the council" was a described
  // group (T2).
  auto r = AuditText(
      "The storm hit the coast on Monday.\n\n"
      "Most in Miami said the warning came too late. Some in the White House said the response was slow.\n");
  for (const char* phrase : {"Most in Miami", "Some in the White House"}) {
    bool found = false;
    for (const auto& a : r.attributions) {
      if (!a.source || a.source->text != phrase) continue;
      found = true;
      const auto* s = r.FindSource(a.source_id);
      REQUIRE(s != nullptr);
      CHECK(s->kind != onrecord::SourceKind::kNamed);
      CHECK(s->kind != onrecord::SourceKind::kOrganization);
      CHECK(s->name != "Miami");
      CHECK(a.level <= 2);
    }
    CHECK(found);
  }
  // People at an event are as vague as the crowd (design §4), not tied to
  // a body (fu39c).
  auto crowd = AuditText("The rally ended at noon.\n\nMany in the crowd said the speech was too long.\n");
  bool vague = false;
  for (const auto& an : crowd.anonymous_sources) {
    if (an.phrase == "Many in the crowd") vague = an.specificity == onrecord::Specificity::kVague;
  }
  CHECK(vague);
  // With a cue of feeling the group is the town's mood, not an anonymous
  // source the article cites (corpus/ en_004's gold lists none).
  auto mood = AuditText(
      "The bridge closed on Monday.\n\n"
      "Many in Harlow had been expecting bad news since the county put a limit on the bridge.\n");
  for (const auto& an : mood.anonymous_sources) CHECK(an.phrase.find("Many in Harlow") == std::string::npos);
}
