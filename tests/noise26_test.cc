// Scraped noise (a fresh user's page): a "Related stories" block masked
// whole (the heading and the headlines listed under it) in text, HTML and
// Markdown and in the languages the boilerplate rules cover; a run of share
// buttons and a byline with its date masked; article text kept.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;

// "rule text" for every masked span, in order.
std::vector<std::string> Masked(const std::string& text, const std::string& path = "page.txt",
                                const std::string& language = "en") {
  const AuditResult r = AuditText(text, path, language);
  std::vector<std::string> out;
  for (const auto& m : r.masked) {
    out.push_back(m.rule + " " + text.substr(m.location.begin, m.location.end - m.location.begin));
  }
  return out;
}

bool AnyMaskHolds(const std::vector<std::string>& masked, const std::string& needle) {
  for (const auto& m : masked) {
    if (m.find(needle) != std::string::npos) return true;
  }
  return false;
}

const std::string kBody1 = "The harbour board in Kessby put off its vote on the new quay on Monday, Mayor Lina Brandt said.";
const std::string kBody2 = "The board will meet again in April, according to its clerk, Piet Olsen.";

TEST_CASE("noise26: text, a Related stories heading and the headlines under it are masked", "[noise26]") {
  const std::string text = "Quay vote put off\n\n" + kBody1 +
                           "\n\nRelated stories\nHarbour pilots say quay will open soon, sources said\n"
                           "Dock workers walk out over pay\n\n" + kBody2 + "\n";
  auto m = Masked(text);
  INFO(::Catch::Detail::stringify(m));
  CHECK(AnyMaskHolds(m, "boilerplate.related-block Related stories"));
  CHECK(AnyMaskHolds(m, "Harbour pilots say quay will open soon, sources said"));
  CHECK(AnyMaskHolds(m, "Dock workers walk out over pay"));
  CHECK_FALSE(AnyMaskHolds(m, "Mayor Lina Brandt"));
  CHECK_FALSE(AnyMaskHolds(m, "Piet Olsen"));
  // The headline is no anonymous source of the article.
  const AuditResult r = AuditText(text);
  for (const auto& s : r.sources) CHECK(s.name.find("sources") == std::string::npos);
}

TEST_CASE("noise26: text, a heading followed by a paragraph of body text masks only the heading", "[noise26]") {
  const std::string text = "Quay vote put off\n\n" + kBody1 + "\n\nMost read\n\n" + kBody2 + "\n";
  auto m = Masked(text);
  INFO(::Catch::Detail::stringify(m));
  CHECK(AnyMaskHolds(m, "boilerplate.related-block Most read"));
  CHECK_FALSE(AnyMaskHolds(m, "Piet Olsen"));
  // "More than …" opens a sentence, not a block.
  auto body = Masked("Quay vote put off\n\nMore than 40 dock workers walked out on Monday, the union said.\n\n" +
                     kBody2 + "\n");
  CHECK(body.empty());
}

TEST_CASE("noise26: HTML, a section of links under a Related stories heading is masked", "[noise26]") {
  const std::string html =
      "<html><body><article><h1>Quay vote put off</h1><p>" + kBody1 +
      "</p><h2>Related stories</h2><ul><li><a href=\"/a\">Harbour pilots say quay will open soon, sources "
      "said</a></li><li><a href=\"/b\">Dock workers walk out over pay.</a></li></ul><p>" + kBody2 +
      "</p></article></body></html>";
  auto m = Masked(html, "page.html");
  INFO(::Catch::Detail::stringify(m));
  CHECK(AnyMaskHolds(m, "boilerplate.related-block Related stories"));
  CHECK(AnyMaskHolds(m, "sources said"));
  CHECK(AnyMaskHolds(m, "Dock workers walk out over pay."));
  CHECK_FALSE(AnyMaskHolds(m, "Piet Olsen"));
  CHECK_FALSE(AnyMaskHolds(m, "Mayor Lina Brandt"));
}

TEST_CASE("noise26: Markdown, a list of links under a More from heading is masked", "[noise26]") {
  const std::string md = "# Quay vote put off\n\n" + kBody1 +
                         "\n\n## More from Kessby Ledger\n\n- [Harbour pilots say quay will open soon, sources "
                         "said](/a)\n- [Dock workers walk out over pay](/b)\n\nA quay without ships\n\n" + kBody2 + "\n";
  auto m = Masked(md, "page.md");
  INFO(::Catch::Detail::stringify(m));
  CHECK(AnyMaskHolds(m, "boilerplate.related-block More from Kessby Ledger"));
  CHECK(AnyMaskHolds(m, "sources said"));
  CHECK(AnyMaskHolds(m, "Dock workers walk out over pay"));
  // After the list, a subhead that is no list item is the article's again.
  CHECK_FALSE(AnyMaskHolds(m, "A quay without ships"));
  CHECK_FALSE(AnyMaskHolds(m, "Piet Olsen"));
}

TEST_CASE("noise26: a related block is masked in the other boilerplate languages", "[noise26]") {
  struct Case {
    std::string lang, heading, headline, body;
  };
  const std::vector<Case> cases = {
      {"de", "Mehr zum Thema", "Hafen soll bald wieder öffnen, heißt es aus Kreisen",
       "Der Hafenrat vertagte am Montag die Abstimmung, sagte die Bürgermeisterin."},
      {"es", "Noticias relacionadas", "El puerto reabrirá pronto, según fuentes oficiales",
       "El consejo aplazó la votación el lunes, dijo la alcaldesa."},
      {"fr", "Sur le même sujet", "Le port rouvrira bientôt, selon des sources",
       "Le conseil a reporté le vote lundi, a déclaré la maire."},
      {"it", "Articoli correlati", "Il porto riaprirà presto, secondo fonti",
       "Il consiglio ha rinviato il voto lunedì, ha detto la sindaca."},
      {"pt", "Notícias relacionadas", "Porto vai reabrir em breve, dizem fontes",
       "O conselho adiou a votação na segunda-feira, disse a prefeita."},
      {"ru", "Читайте также", "Порт скоро откроется, сообщили источники",
       "Совет отложил голосование в понедельник, сообщила мэр."},
  };
  for (const auto& c : cases) {
    const std::string text = "12345\n\n" + c.heading + "\n" + c.headline + "\n\n" + c.body + "\n";
    auto m = Masked(text, "page.txt", c.lang);
    INFO(c.lang << ": " << ::Catch::Detail::stringify(m));
    CHECK(AnyMaskHolds(m, "boilerplate.related-block " + c.heading));
    CHECK(AnyMaskHolds(m, c.headline));
    CHECK_FALSE(AnyMaskHolds(m, c.body));
  }
}

TEST_CASE("noise26: a run of share buttons and a byline with its date are masked", "[noise26]") {
  const std::string text = "Quay vote put off\n\nBy Jane Reporter | March 2, 2026\n\nShare on Facebook Share on Twitter\n\n" +
                           kBody1 + "\n\nFacebook Twitter LinkedIn Email\n\n" + kBody2 + "\n";
  auto m = Masked(text);
  INFO(::Catch::Detail::stringify(m));
  CHECK(AnyMaskHolds(m, "boilerplate.byline By Jane Reporter | March 2, 2026"));
  CHECK(AnyMaskHolds(m, "boilerplate.share-line Share on Facebook Share on Twitter"));
  CHECK(AnyMaskHolds(m, "boilerplate.share-line Facebook Twitter LinkedIn Email"));
  CHECK_FALSE(AnyMaskHolds(m, "Mayor Lina Brandt"));
  auto fr = Masked("Le conseil a reporté le vote.\n\nPartager sur Facebook Partager sur Twitter\n", "page.txt", "fr");
  CHECK(AnyMaskHolds(fr, "boilerplate.share-line Partager sur Facebook Partager sur Twitter"));
  // A sentence that opens with a date is kept.
  CHECK(Masked("By March 2, 2026, the port would reopen, the mayor said.\n").empty());
}

}  // namespace
}  // namespace onrecord
