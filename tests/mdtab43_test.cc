// Branch mdtab43 (issues #1/#4): a Markdown pipe table that gives the
// speaker in one cell and the quotation in the next pairs them as an HTML
// table does (table40, fixk41): the source's cell is read as the signature
// line "— …" of the quotation's cell. Every text here was written for
// these tests.
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

const std::string kLede =
    "# Elm Street bridge stays shut\n\n"
    "Repairs to the Elm Street bridge will slip to spring, the council said on Monday. Shops on the "
    "street have lost trade since it closed, said Ana Ruiz, who runs a bakery there, and volunteers "
    "from Greenpeace have counted the traffic.\n\n";

const Quote* QuoteOf(const AuditResult& r, const std::string& text) {
  for (const auto& q : r.quotes) {
    if (q.text.compare(0, text.size(), text) == 0) return &q;
  }
  return nullptr;
}

size_t MaskedBy(const AuditResult& r, const std::string& rule) {
  size_t n = 0;
  for (const auto& m : r.masked) n += m.rule == rule;
  return n;
}

TEST_CASE("mdtab43: under a Who header a Markdown row gives its quotation a speaker", "[mdtab43]") {
  AuditResult r = AuditText(kLede +
                                "| Who | What they said |\n|---|---|\n"
                                "| Local shop owner | “Nobody tells us anything.” |\n"
                                "| A council engineer | “The beams need more work than we thought.” |\n"
                                "| Ana Ruiz | “We lose customers every week.” |\n",
                            "bridge.md");
  const Quote* shop = QuoteOf(r, "Nobody tells us anything.");
  REQUIRE(shop != nullptr);
  CHECK(shop->kind == QuoteKind::kDirect);  // was a scare quote
  CHECK(!shop->speaker.empty());
  CHECK(!SpeakerOf(r, "The beams need more work").empty());  // was unattributed
  CHECK(SpeakerOf(r, "We lose customers every week.") == "Ana Ruiz");
  CHECK(CountFindings(r, "attribution.unattributed-quote") == 0);
  // The header row is masked, as fixn41 made it, and is no attribution.
  CHECK(MaskedBy(r, "markdown.table") == 1);
  for (const auto& seen : SeenAttributions(r)) CHECK(seen.source != "they");
}

TEST_CASE("mdtab43: a row naming someone pairs without a Who header, either column order", "[mdtab43]") {
  AuditResult r = AuditText(kLede +
                                "| Jo Ray, harbour master | “The river is still too high.” |\n|---|---|\n"
                                "| “Half of the stalls are gone.” | Ruiz |\n"
                                "| Greenpeace | “Traffic fell by a third.” |\n",
                            "bridge.md");
  CHECK(SpeakerOf(r, "The river is still too high.") == "Jo Ray");
  CHECK(SpeakerOf(r, "Half of the stalls are gone.") == "Ana Ruiz");
  CHECK(!SpeakerOf(r, "Traffic fell by a third.").empty());
  CHECK(CountFindings(r, "attribution.unattributed-quote") == 0);
  // The extract stage links each source line to its quotation's block.
  Extracted x = ExtractMarkdown("| Who | Quote |\n|---|---|\n| Meier | „Wir bauen wieder auf.“ |\n");
  REQUIRE(x.signs.size() == x.kinds.size());
  bool linked = false;
  for (size_t b = 0; b < x.signs.size(); ++b) {
    if (x.signs[b] >= 0) {
      linked = true;
      CHECK(static_cast<size_t>(x.signs[b]) == b + 1);
    }
  }
  CHECK(linked);
  CHECK(x.text.find("\xE2\x80\x94 Meier\n„Wir bauen wieder auf.“") != std::string::npos);
}

TEST_CASE("mdtab43: glossary rows, third cells and cued cells stay unpaired", "[mdtab43]") {
  // A glossary's label names nobody.
  AuditResult glossary = AuditText(kLede +
                                       "| Term | Meaning |\n|---|---|\n"
                                       "| Filibuster | “A long speech that delays a vote.” |\n"
                                       "| Campaign song | “A tune played at rallies.” |\n",
                                   "bridge.md");
  for (const auto& seen : SeenAttributions(glossary)) {
    CHECK(seen.source != "Filibuster");
    CHECK(seen.source != "Campaign");
  }
  // A row of three cells with text reads as before (one line).
  AuditResult three = AuditText(kLede +
                                    "| Who | Said | When |\n|---|---|---|\n"
                                    "| Jo Ray | “The river is still too high.” | Monday |\n",
                                "bridge.md");
  Extracted x3 = ExtractMarkdown("| Who | Said | When |\n|---|---|---|\n| Jo Ray | “Too high.” | Monday |\n");
  for (int s : x3.signs) CHECK(s < 0);
  // A quotation cell with its own cue is a sentence, not a lone quotation.
  Extracted cued = ExtractMarkdown("| Name | Said |\n|---|---|\n| Tom Reyes | “We were lucky,” he said |\n");
  for (int s : cued.signs) CHECK(s < 0);
  // Single marks are no quotation cell (main41's guard).
  Extracted single = ExtractMarkdown("| Name | Said |\n|---|---|\n| Mia Chen | ‘We were lucky’ |\n");
  for (int s : single.signs) CHECK(s < 0);
  // A row of figures stays masked with its header (fixn41).
  AuditResult figures = AuditText(kLede + "| Year | Closures |\n|---|---|\n| 2024 | 12 |\n", "bridge.md");
  CHECK(MaskedBy(figures, "markdown.table") == 2);
}

// "selon" / "according to" after a quote that the sentence's own speaker
// gave before it, after a colon or a comma, relays that speaker's words.
TEST_CASE("mdtab43: a selon tail after a quote keeps the quote with its speaker", "[mdtab43]") {
  AuditResult fr = AuditText(
      "Réforme des retraites\n\nFrançois Hollande a déclaré : « Nous sommes prêts », selon l'Élysée. "
      "Le président a ajouté que la réforme serait votée en mars.\n",
      "fr.txt", "fr");
  CHECK(SpeakerOf(fr, "Nous sommes prêts") == "François Hollande");
  AuditResult en = AuditText(
      "Pension reform\n\nMarta Quinto said: “We are ready,” according to the ministry. "
      "She added that the vote would come in March.\n",
      "en.txt");
  CHECK(SpeakerOf(en, "We are ready") == "Marta Quinto");
  // Guards: with no cue before the quote the tail names its source.
  AuditResult alone = AuditText(
      "Réforme des retraites\n\nLe gouvernement veut aller vite. « Nous sommes prêts », selon l'Élysée.\n", "fr.txt", "fr");
  CAPTURE(SpeakerOf(alone, "Nous sommes prêts"));
  CHECK(SpeakerOf(alone, "Nous sommes prêts").find("lysée") != std::string::npos);
  AuditResult quoted = AuditText(
      "Pension reform\n\nThe plan is “dead on arrival,” according to Marta Quinto.\n", "en.txt");
  CHECK(SpeakerOf(quoted, "dead on arrival") == "Marta Quinto");
}

// Italian: a role whose complement opens with "ai", "agli", "alle" or
// "allo" (a and the article fused) before ", Name" after an inverted cue.
TEST_CASE("mdtab43: an Italian role with ai/agli/alle before the name after an inverted cue", "[mdtab43]") {
  AuditResult r = AuditText(
      "Lavori in centro\n\n«Il cantiere chiuderà a maggio», ha detto l'assessora ai Lavori pubblici, Marta Quinto. "
      "«Nessun rinvio», ha detto il consigliere alle Finanze, Paolo Neri.\n",
      "it.txt", "it");
  CHECK(SpeakerOf(r, "Il cantiere chiuderà a maggio") == "Marta Quinto");
  CHECK(SpeakerOf(r, "Nessun rinvio") == "Paolo Neri");
  // Guard: "ai giornalisti" after the cue is whom it was said to.
  AuditResult to = AuditText("Lavori in centro\n\n«Va bene», ha detto ai giornalisti il sindaco Luca Bassi.\n",
                             "it.txt", "it");
  CHECK(SpeakerOf(to, "Va bene") == "Luca Bassi");
}

// German: a council member's noun ("Stadträtin") is a role noun, so it
// heads a described source alone and before "für …, Name".
TEST_CASE("mdtab43: a German councillor after an inverted cue is a source", "[mdtab43]") {
  AuditResult r = AuditText(
      "Bauarbeiten in der Innenstadt\n\nViele Händler sind besorgt. „Die Baustelle schließt im Mai“, sagte die "
      "Stadträtin für Bauwesen, Marta Quinto. „Wir warten nicht länger“, sagte die Ratsfrau.\n",
      "de.txt", "de");
  CHECK(SpeakerOf(r, "Die Baustelle schließt im Mai") == "Marta Quinto");
  CHECK(!SpeakerOf(r, "Wir warten nicht länger").empty());
  CHECK(CountFindings(r, "attribution.unattributed-quote") == 0);
  // Guard: the council itself ("der Stadtrat") stays as before.
  AuditResult council = AuditText(
      "Bauarbeiten in der Innenstadt\n\nViele Händler sind besorgt. „Die Baustelle schließt im Mai“, sagte der "
      "Stadtrat.\n",
      "de.txt", "de");
  CHECK(!SpeakerOf(council, "Die Baustelle schließt im Mai").empty());
}

}  // namespace
}  // namespace onrecord
