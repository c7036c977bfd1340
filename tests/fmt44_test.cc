// Branch fmt44 (issue #1: a single article as scraped, Markdown and HTML):
// a kicker line above the headline, a column of quotations under a
// "Comment" header, a short pull quote set apart, and a listener after an
// inverted cue's subject in Italian and French. Every text here was
// written for these tests.
#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"

namespace {

using onrecord::AuditResult;
using onrecord::testing::AuditText;
using onrecord::testing::SeenAttributions;
using onrecord::testing::SeenWithCue;
using onrecord::testing::SpeakerOf;

const std::string kHeadline = "Mayor Ana Ruiz Says Taxes Will Rise Next Year";
const std::string kBody =
    "The city will raise property taxes next spring to pay for the new bridge, officials confirmed on Tuesday.\n\n"
    "“We have no other choice,” Ruiz said at a press conference.\n";

size_t Masked(const AuditResult& r, const std::string& rule) {
  size_t n = 0;
  for (const auto& m : r.masked) n += m.rule == rule;
  return n;
}

// The counted attributions whose source resolved to `name`.
size_t CountedOf(const AuditResult& r, const std::string& name) {
  size_t n = 0;
  for (const auto& at : r.attributions) {
    const onrecord::Source* s = r.FindSource(at.source_id);
    if (s && s->name == name && at.counted) ++n;
  }
  return n;
}

bool AnySourceNamed(const AuditResult& r, const std::string& name) {
  for (const auto& s : r.sources) {
    if (s.name == name) return true;
  }
  return false;
}

// The headline's attribution: counted, to Ana Ruiz, and no source named
// with the headline's words after her name.
void CheckHeadlineRead(const AuditResult& r) {
  const auto says = SeenWithCue(r, "Says");
  CHECK(says.source == "Mayor Ana Ruiz");
  CHECK(says.who == "Ana Ruiz");
  CHECK(CountedOf(r, "Ana Ruiz") == 1);
  CHECK(!AnySourceNamed(r, "Ana Ruiz Says Taxes Will Rise Next Year"));
}

}  // namespace

TEST_CASE("fmt44: a kicker line above the headline leaves the headline read as one", "[fmt44]") {
  SECTION("text, all capitals") { CheckHeadlineRead(AuditText("EXCLUSIVE\n\n" + kHeadline + "\n\n" + kBody, "a.txt")); }
  SECTION("text, a section label right above") {
    CheckHeadlineRead(AuditText("CITY HALL\n" + kHeadline + "\n\n" + kBody, "a.txt"));
  }
  SECTION("text, a listed label in title case") {
    CheckHeadlineRead(AuditText("Analysis\n\n" + kHeadline + "\n\n" + kBody, "a.txt"));
  }
  SECTION("Markdown, above a second-level heading") {
    CheckHeadlineRead(AuditText("ANALYSIS\n\n## " + kHeadline + "\n\n" + kBody, "a.md"));
  }
  SECTION("Markdown, in bold") {
    CheckHeadlineRead(AuditText("**EXCLUSIVE**\n\n## " + kHeadline + "\n\n" + kBody, "a.md"));
  }
  SECTION("HTML, with a colon, above an h2") {
    CheckHeadlineRead(AuditText("<html><body><article><p class=\"kicker\">BREAKING:</p><h2>" + kHeadline +
                                    "</h2><p>The city will raise property taxes next spring to pay for the new "
                                    "bridge, officials confirmed on Tuesday.</p><p>“We have no other choice,” Ruiz "
                                    "said at a press conference.</p></article></body></html>",
                                "a.html"));
  }
}

TEST_CASE("fmt44: guards for kickers, headlines and subheads", "[fmt44]") {
  // A kicker over a first paragraph that is a sentence: the sentence is body.
  const AuditResult body = AuditText("EXCLUSIVE\n\n" + kBody, "a.txt");
  CHECK(SeenWithCue(body, "confirmed").source == "officials");
  CHECK(CountedOf(body, "Ruiz") == 1);
  // A headline of its own in capitals over a body keeps its reading.
  const AuditResult caps = AuditText("TAXES WILL RISE\n\n" + kBody, "a.txt");
  CHECK(SeenWithCue(caps, "confirmed").source == "officials");
  // Without a kicker the headline reads as before.
  CheckHeadlineRead(AuditText(kHeadline + "\n\n" + kBody, "a.txt"));
  // A subhead under a real headline is still display text (fmt42).
  const AuditResult sub =
      AuditText("# Bridge Plan Moves Ahead\n\n## What the Mayor Said About Taxes\n\n" + kBody, "a.md");
  for (const auto& at : sub.attributions) {
    if (at.cue && at.cue->text == "Said About") CHECK(!at.counted);
  }
}

TEST_CASE("fmt44: a quotation column's header makes the column beside it name the speakers", "[fmt44]") {
  const std::string lede =
      "# Elm Street bridge stays shut\n\n"
      "Repairs to the Elm Street bridge will slip to spring, the council said on Monday.\n\n";
  SECTION("Markdown") {
    const AuditResult r = AuditText(lede +
                                        "| Resident | Comment |\n|---|---|\n"
                                        "| Local shop owner | “Nobody tells us anything.” |\n"
                                        "| A retired teacher | “The detour adds an hour to my week.” |\n",
                                    "t.md");
    CHECK(!SpeakerOf(r, "Nobody tells us anything.").empty());
    CHECK(!SpeakerOf(r, "The detour adds an hour").empty());
  }
  SECTION("HTML") {
    const AuditResult r = AuditText(
        "<html><body><article><h1>Elm Street bridge stays shut</h1><p>Repairs to the Elm Street bridge will slip "
        "to spring, the council said on Monday.</p><table><tr><th>Voter</th><th>What they said</th></tr>"
        "<tr><td>Local shop owner</td><td>“Nobody tells us anything.”</td></tr></table></article></body></html>",
        "t.html");
    CHECK(!SpeakerOf(r, "Nobody tells us anything.").empty());
  }
  SECTION("guards: a glossary's header, and no header words") {
    const AuditResult gloss = AuditText(lede +
                                            "| Term | Meaning |\n|---|---|\n"
                                            "| Campaign song | “A tune played at rallies.” |\n",
                                        "g.md");
    for (const auto& seen : SeenAttributions(gloss)) CHECK(seen.source.find("Campaign") == std::string::npos);
    const AuditResult bare = AuditText(lede +
                                           "|  |  |\n|---|---|\n"
                                           "| Campaign song | “A tune played at rallies.” |\n",
                                       "g.md");
    for (const auto& seen : SeenAttributions(bare)) CHECK(seen.source.find("Campaign") == std::string::npos);
    // A column of figures beside a quotation header names nobody.
    const AuditResult years = AuditText(lede +
                                            "| Year | What they said |\n|---|---|\n"
                                            "| 2019 | “Record year for the market.” |\n",
                                        "y.md");
    CHECK(SpeakerOf(years, "Record year for the market.").empty());
  }
}

TEST_CASE("fmt44: a short pull quote set apart from the body's quotation counts once", "[fmt44]") {
  const std::string head = "# Council Votes to Keep Library Open\n\n"
                           "The council voted on Tuesday to keep the central library open for another year.\n\n"
                           "“We will fight every closure, and we will win,” Mayor Ana Ruiz said after the vote.\n\n";
  const std::string tail = "\n\nThe library had faced closure since the spring, when the budget was cut.\n";
  SECTION("Markdown block quotation") {
    const AuditResult r = AuditText(head + "> “We will win”" + tail, "p.md");
    CHECK(Masked(r, "boilerplate.pull-quote") == 1);
    CHECK(r.quotes.size() == 1);
  }
  SECTION("Markdown, signed on its own line") {
    const AuditResult r = AuditText(head + "> “We will win”\n>\n> — Ana Ruiz" + tail, "p.md");
    CHECK(Masked(r, "boilerplate.pull-quote") == 2);
    CHECK(CountedOf(r, "Ana Ruiz") == 1);
  }
  SECTION("text, a line of its own") {
    const AuditResult r = AuditText(head.substr(2) + "“We will win”" + tail, "p.txt");
    CHECK(Masked(r, "boilerplate.pull-quote") == 1);
    CHECK(r.quotes.size() == 1);
  }
  SECTION("HTML blockquote") {
    const AuditResult r = AuditText(
        "<html><body><article><h1>Council Votes to Keep Library Open</h1><p>The council voted on Tuesday to keep "
        "the central library open for another year.</p><p>“We will fight every closure, and we will win,” Mayor "
        "Ana Ruiz said after the vote.</p><blockquote><p>“We will win”</p></blockquote><p>The library had faced "
        "closure since the spring.</p></article></body></html>",
        "p.html");
    CHECK(Masked(r, "boilerplate.pull-quote") == 1);
    CHECK(r.quotes.size() == 1);
  }
  SECTION("guards: repeated scare quotes, and words the body does not quote") {
    const AuditResult scare = AuditText(
        "Library plan\n\nCritics called the plan “dead on arrival” on Monday. By Friday even its authors said it was "
        "“dead on arrival” and withdrew it.\n\nThe council will vote again in May.\n",
        "s.txt");
    CHECK(Masked(scare, "boilerplate.pull-quote") == 0);
    CHECK(scare.quotes.size() == 2);
    const AuditResult unquoted = AuditText(
        "# Library plan\n\nThe mayor said the city would win the appeal, and the council agreed.\n\n"
        "> “We will win”\n\nThe appeal will be heard in May.\n",
        "u.md");
    CHECK(Masked(unquoted, "boilerplate.pull-quote") == 0);
  }
}

TEST_CASE("fmt44: a listener after an inverted cue's subject is no role of the source", "[fmt44]") {
  const AuditResult it = AuditText(
      "Il comune chiude la biblioteca\n\nIl comune ha deciso di chiudere la biblioteca centrale per tre mesi.\n\n"
      "«Non abbiamo alternative», ha detto il sindaco ai cronisti presenti.\n\n"
      "«Non abbiamo soldi», ha spiegato un funzionario ai giornalisti.\n",
      "it.txt", "it");
  CHECK(SeenWithCue(it, "ha detto").source == "il sindaco");
  CHECK(SeenWithCue(it, "ha spiegato").source == "un funzionario");
  const AuditResult fr = AuditText(
      "La mairie ferme la bibliothèque\n\nLa bibliothèque centrale fermera trois mois.\n\n"
      "« Nous n’avons pas le choix », a déclaré le maire aux journalistes présents.\n",
      "fr.txt", "fr");
  CHECK(SeenWithCue(fr, "a déclaré").source == "le maire");
  // Guards: a portfolio after "ai"/"aux" stays the role; an addressee
  // before the subject reads as before.
  const AuditResult roles = AuditText(
      "Il comune chiude la biblioteca\n\nIl comune ha deciso di chiudere la biblioteca centrale per tre mesi.\n\n"
      "«Serve tempo», ha detto l'assessora ai Lavori pubblici, Marta Quinto.\n\n"
      "«Non abbiamo soldi», ha detto ai giornalisti il sindaco Luca Bassi.\n",
      "it.txt", "it");
  CHECK(SpeakerOf(roles, "Serve tempo") == "Marta Quinto");
  CHECK(SpeakerOf(roles, "Non abbiamo soldi") == "Luca Bassi");
}
