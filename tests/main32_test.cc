// Faults a fresh user (fu32) found in the input readers and metadata, fixed
// on main in the twenty-sixth round: a quotation set off as a block and
// signed under it ("> — Ana Ruiz" in Markdown, <figcaption> in HTML) went to
// the last speaker before it, and a byline word other than "By" stayed in
// the author's name.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "metadata_fields.h"
#include "onrecord/compare.h"
#include "quote_util.h"
#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;
using testing::QuoteWith;

TEST_CASE("main32: a Markdown block quotation signed with a dash line is its signer's", "[main32]") {
  const std::string md =
      "# Farm bill passes\n\n"
      "The Senate passed the bill on Tuesday. \"It is a good day for growers,\" said Senator Tom Vale.\n\n"
      "> We will not give an inch on the subsidies.\n>\n"
      "> — Rosa Delgado, president of the Growers Union\n\n"
      "The bill now goes to the House.\n";
  const AuditResult r = AuditText(md, "draft.md");
  const Quote* q = QuoteWith(r, "give an inch");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Rosa Delgado");
  // The signature line is no quoted matter.
  CHECK(QuoteWith(r, "Growers Union") == nullptr);
  const Source* s = testing::SourceNamed(r, "Rosa Delgado");
  REQUIRE(s != nullptr);
  CHECK(s->level == 5);
}

TEST_CASE("main32: a dash line that signs nothing stays as it was", "[main32]") {
  // A block quote opening with a dash and no quotation above it is quoted matter.
  const AuditResult r = AuditText("Intro line.\n\n> — and then the rain came, she wrote.\n", "draft.md");
  CHECK(QuoteWith(r, "rain came") != nullptr);
}

TEST_CASE("main32: an HTML quotation figure is attributed to the person its caption names", "[main32]") {
  const std::string html =
      "<!doctype html><html lang=\"en\"><body><article><h1>Farm bill passes</h1>"
      "<p>The Senate passed the bill on Tuesday. \"It is a good day for growers,\" said Senator Tom Vale.</p>"
      "<figure><blockquote><p>We will not give an inch on the subsidies.</p></blockquote>"
      "<figcaption>Rosa Delgado, president of the Growers Union</figcaption></figure>"
      "<p>The bill now goes to the House.</p></article></body></html>";
  const AuditResult r = AuditText(html, "page.html");
  const Quote* q = QuoteWith(r, "give an inch");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Rosa Delgado");
  // A caption that brings its own dash gets no second one.
  std::string dashed = html;
  dashed.replace(dashed.find("<figcaption>") + 12, 0, "— ");
  const AuditResult d = AuditText(dashed, "page.html");
  CHECK(d.text.find("— —") == std::string::npos);
  const Quote* dq = QuoteWith(d, "give an inch");
  REQUIRE(dq != nullptr);
  CHECK(dq->speaker == "Rosa Delgado");
}

TEST_CASE("main32: byline words of other languages are not part of the author", "[main32]") {
  CHECK(WithoutBylineWord("Par Jeanne Martin") == "Jeanne Martin");
  CHECK(WithoutBylineWord("von Jana Roth") == "Jana Roth");
  CHECK(WithoutBylineWord("POR Lucía Gil") == "Lucía Gil");
  CHECK(WithoutBylineWord("Di Marco Bassi") == "Marco Bassi");
  CHECK(WithoutBylineWord("By Jo Lee") == "Jo Lee");
  CHECK(WithoutBylineWord("Paris Desk") == "Paris Desk");
  CHECK(WithoutBylineWord("Bypass Smith") == "Bypass Smith");
  CHECK(BylineAuthors("Par Jeanne Martin") == std::vector<std::string>{"Jeanne Martin"});
  const AuditResult r = AuditText(
      "<html lang=\"fr\"><head><meta name=\"author\" content=\"Par Jeanne Martin\"></head>"
      "<body><p>Le ministre a parlé lundi.</p></body></html>",
      "page.html");
  CHECK(r.metadata.author == "Jeanne Martin");
}

// fu32: `check drafts/ --language nl` printed the same error once per draft.
TEST_CASE("main32: check names a --language without rules once, and exits 2", "[main32]") {
  testing::TempDir dir;
  testing::WriteFile(dir / "drafts/a.md", "De minister zei dat het plan werkt.\n");
  testing::WriteFile(dir / "drafts/b.md", "De burgemeester zei dat de brug opengaat.\n");
  auto r = testing::RunCli({"check", "--language", "nl", (dir / "drafts").string()});
  CHECK(r.exit_code == 2);
  size_t count = 0;
  for (size_t at = r.err.find("'nl'"); at != std::string::npos; at = r.err.find("'nl'", at + 1)) ++count;
  INFO(r.err);
  CHECK(count == 1);
}

// fu32: share bars and "read also" lines in other languages stayed in the
// text (and in the word count); a zh or ja refusal to comment was no
// outreach; es/pt/de reasons and a German boilerplate reason were missed.
TEST_CASE("main32: furniture, outreach and anonymity reasons in other languages", "[main32]") {
  const AuditResult de = AuditText(
      "Hafen öffnet wieder\n\nArtikel teilen: Facebook Twitter WhatsApp E-Mail\n\n"
      "Der Hafen öffnet am Montag, sagte die Ministerin.\n\nLesen Sie auch: Neuer Streit um den Hafen\n\n"
      "Vorschau – Artikel gekürzt\n",
      "t.txt", "de");
  CHECK(de.masked.size() == 3);
  const AuditResult en = AuditText("Share: Facebook Twitter LinkedIn Email\n\nThe port opens on Monday, the minister said.\n");
  CHECK(en.masked.size() == 1);
  const AuditResult zh = AuditText("外交部发言人"
                                   "拒绝置评。\n",
                                   "t.txt", "zh");
  CHECK(zh.score.outreach);
  const AuditResult pt = AuditText(
      "Um procurador, que pediu anonimato por se tratar de um processo em segredo de justiça, disse que a "
      "investigação avança.\n",
      "t.txt", "pt");
  REQUIRE_FALSE(pt.anonymous_sources.empty());
  CHECK(pt.anonymous_sources[0].reason_given);
  const AuditResult es = AuditText(
      "Un juez, que pidió el anonimato por tratarse de una investigación secreta, dijo que el caso avanza.\n",
      "t.txt", "es");
  REQUIRE_FALSE(es.anonymous_sources.empty());
  CHECK(es.anonymous_sources[0].reason_given);
  const AuditResult deb = AuditText(
      "Ein Berater des Kanzlers, der nicht öffentlich sprechen darf, sagte, der Entwurf sei fertig.\n", "t.txt", "de");
  REQUIRE_FALSE(deb.anonymous_sources.empty());
  CHECK(deb.anonymous_sources[0].reason_given);
}

// fu32b: a JSON record's or front matter's "Par Jeanne Martin" kept its "Par".
TEST_CASE("main32: every input's author loses its byline word", "[main32]") {
  testing::TempDir dir;
  testing::WriteFile(dir / "r.jsonl", "{\"author\": \"Par Jeanne Martin\", \"text\": \"Le ministre a parl\u00e9 lundi.\"}\n");
  testing::WriteFile(dir / "d.md", "---\nauthor: By Tom Hale\n---\n\nThe port opens on Monday.\n");
  for (const auto& [file, author] : std::vector<std::pair<std::string, std::string>>{{"r.jsonl", "Jeanne Martin"},
                                                                                     {"d.md", "Tom Hale"}}) {
    auto r = testing::RunCli({"audit", "--format", "jsonl", (dir / file).string()});
    INFO(r.out << r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(nlohmann::json::parse(r.out)["metadata"]["author"] == author);
  }
}

// fu32b: "Federal" is a title ("Federal Judge Ann Lee"), so "The Federal
// Reserve said" made a person "Reserve" with the role "Federal" (T5).
TEST_CASE("main32: the Federal Reserve is an organisation, not a person", "[main32]") {
  const AuditResult r = AuditText("The Federal Reserve said rates would rise.\n");
  REQUIRE(r.sources.size() == 1);
  CHECK(r.sources[0].kind == SourceKind::kOrganization);
  CHECK(r.sources[0].name == "Federal Reserve");
  const AuditResult judge = AuditText("Federal Judge Ann Lee said the case would proceed.\n");
  REQUIRE(judge.sources.size() == 1);
  CHECK(judge.sources[0].name == "Ann Lee");
}

}  // namespace
}  // namespace onrecord
