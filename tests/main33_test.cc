// Faults fresh users found on main in the twenty-seventh round, fixed on
// main: signature lines under a quotation set as a block that were not read
// (no blank "> " line between, two hyphens, emphasis, a "Source:" label) or
// lost the signer's role; records ingested from standard input with no id
// or URL overwrote each other across runs and shards.
#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "quote_util.h"
#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;
using testing::QuoteWith;

const std::string kLead = "# Pier vote\n\nThe council voted on the pier on Monday.\n\n";

TEST_CASE("main33: a signature line right under the quotation, with no blank line, signs it", "[main33]") {
  const AuditResult r =
      AuditText(kLead + "> The pier will cost the town its beach.\n> — Ines Varga, harbor pilot\n", "draft.md");
  const Quote* q = QuoteWith(r, "its beach");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Ines Varga");
  // The signature is not part of the quotation.
  CHECK(q->text.find("Varga") == std::string::npos);
}

TEST_CASE("main33: two hyphens sign a quotation set as a block", "[main33]") {
  const AuditResult r = AuditText(kLead + "> The pier will cost the town its beach.\n>\n> -- Ines Varga\n", "draft.md");
  const Quote* q = QuoteWith(r, "its beach");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Ines Varga");
  CHECK(QuoteWith(r, "Ines Varga") == nullptr);
}

TEST_CASE("main33: two hyphens after a quote in running text are no cue", "[main33]") {
  // Outside a block quotation "--" is left alone, as "-" is.
  const AuditResult r = AuditText("\"The beach is gone\" -- Ines Varga was not there to hear it.\n", "draft.txt");
  const Quote* q = QuoteWith(r, "beach is gone");
  REQUIRE(q != nullptr);
  CHECK(q->speaker != "Ines Varga");
}

TEST_CASE("main33: the words after the signer's comma are the role, whatever their noun", "[main33]") {
  const AuditResult r =
      AuditText(kLead + "> The pier will cost the town its beach.\n>\n> — Ines Varga, union steward\n", "draft.md");
  const Source* s = testing::SourceNamed(r, "Ines Varga");
  REQUIRE(s != nullptr);
  CHECK(s->role == "union steward");
  CHECK(s->level == 5);
  // Emphasis around the signature changes nothing.
  const AuditResult e =
      AuditText(kLead + "> The pier will cost the town its beach.\n> *— Ines Varga, union steward*\n", "draft.md");
  const Source* se = testing::SourceNamed(e, "Ines Varga");
  REQUIRE(se != nullptr);
  CHECK(se->role == "union steward");
}

TEST_CASE("main33: a Source label on the signature line names the source, not a bare source", "[main33]") {
  const std::string html =
      "<!doctype html><html lang=\"en\"><body><article><h1>Pier vote</h1>"
      "<p>The council voted on the pier on Monday.</p>"
      "<figure><blockquote><p>The pier will cost the town its beach.</p></blockquote>"
      "<figcaption>Source: Harbor Authority annual report</figcaption></figure>"
      "</article></body></html>";
  const AuditResult r = AuditText(html, "page.html");
  const Quote* q = QuoteWith(r, "its beach");
  REQUIRE(q != nullptr);
  CHECK(q->speaker.find("Harbor Authority") == 0);
  for (const auto& f : r.findings) CHECK(f.rule != "attribution.bare-source");
  CHECK(r.anonymous_sources.empty());
}

TEST_CASE("main33: an apostrophe or a nested single quote keeps a block quotation the quoted matter", "[main33]") {
  const AuditResult r = AuditText(
      kLead + "> This bill guts veterans' care and 'the right way' of doing it.\n>\n> — Ines Varga, senator\n",
      "draft.md");
  const Quote* q = QuoteWith(r, "veterans' care");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Ines Varga");
  // The signature never becomes a quote of its own.
  CHECK(QuoteWith(r, "senator") == nullptr);
}

TEST_CASE("main33: a block quotation opening with a single mark is still paired by its marks", "[main33]") {
  // British style: the speech opens with a single mark and names its speaker.
  const AuditResult r = AuditText(kLead + "> 'The beach is gone,' said Ines Varga.\n", "draft.md");
  const Quote* q = QuoteWith(r, "beach is gone");
  REQUIRE(q != nullptr);
  CHECK(q->text.find("said") == std::string::npos);
  CHECK(q->speaker == "Ines Varga");
}

TEST_CASE("main33: an embedded post signed with a dash inside its blockquote is its author's", "[main33]") {
  const std::string html =
      "<html lang=\"en\"><body><article><h1>Pier vote</h1><p>The council voted on the pier on Monday.</p>"
      "<blockquote class=\"social-post\"><p>This bill guts veterans&#39; care.</p>&mdash; Sen. Ines Varga "
      "(@InesVarga) <a href=\"x\">March 2, 2026</a></blockquote><p>The vote was close.</p></article></body></html>";
  const AuditResult r = AuditText(html, "page.html");
  const Quote* q = QuoteWith(r, "veterans");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Ines Varga");
  CHECK(QuoteWith(r, "InesVarga") == nullptr);
}

std::string UnnamedRecords(int shard) {
  std::string out;
  for (int i = 0; i < 3; ++i) {
    out += "{\"text\": \"Shard " + std::to_string(shard) + " story " + std::to_string(i) +
           ". The pier opens on Monday, said Ines Varga.\", \"outlet\": \"Gazette\"}\n";
  }
  return out;
}

int ArticleRows(const std::string& db) {
  SQLite::Database d(db, SQLite::OPEN_READONLY);
  return d.execAndGet("SELECT count(*) FROM articles").getInt();
}

TEST_CASE("main33: two ingests from standard input of records with no id keep every record", "[main33]") {
  testing::TempDir tmp;
  const std::string db = (tmp / "st.db").string();
  auto first = testing::RunCli({"ingest", "--input-format", "jsonl", "-", "--db", db}, UnnamedRecords(0));
  REQUIRE(first.exit_code == 0);
  auto second = testing::RunCli({"ingest", "--input-format", "jsonl", "-", "--db", db}, UnnamedRecords(1));
  REQUIRE(second.exit_code == 0);
  CHECK((second.out + second.err).find("3 added") != std::string::npos);
  CHECK(ArticleRows(db) == 6);
  // The same records again are unchanged, not new.
  auto again = testing::RunCli({"ingest", "--input-format", "jsonl", "-", "--db", db}, UnnamedRecords(1));
  REQUIRE(again.exit_code == 0);
  CHECK((again.out + again.err).find("3 unchanged") != std::string::npos);
  CHECK(ArticleRows(db) == 6);
}

TEST_CASE("main33: result files of shards audited from standard input load every record", "[main33]") {
  testing::TempDir tmp;
  std::vector<std::string> args = {"ingest", "--db", (tmp / "sh.db").string()};
  for (int k = 0; k < 2; ++k) {
    auto audited = testing::RunCli({"audit", "--input-format", "jsonl", "--format", "jsonl", "-"}, UnnamedRecords(k));
    REQUIRE(audited.exit_code == 0);
    const auto path = tmp / ("r" + std::to_string(k) + ".jsonl");
    testing::WriteFile(path, audited.out);
    args.push_back("--results");
    args.push_back(path.string());
  }
  auto loaded = testing::RunCli(args);
  REQUIRE(loaded.exit_code == 0);
  CHECK((loaded.out + loaded.err).find("duplicate publication") == std::string::npos);
  CHECK(ArticleRows((tmp / "sh.db").string()) == 6);
}

TEST_CASE("main33: JSONL on standard input with no input format is read as text, with a warning", "[main33]") {
  const std::string jsonl = UnnamedRecords(0);
  auto audited = testing::RunCli({"audit", "-"}, jsonl);
  CHECK(audited.exit_code == 0);
  CHECK(audited.err.find("-:1:1: standard input looks like JSONL") != std::string::npos);
  testing::TempDir tmp;
  auto ingested = testing::RunCli({"ingest", "-", "--db", (tmp / "j.db").string()}, jsonl);
  CHECK(ingested.exit_code == 0);
  CHECK(ingested.err.find("--input-format jsonl reads a record a line") != std::string::npos);
  // Given the format, or given prose, no warning.
  CHECK(testing::RunCli({"audit", "--input-format", "jsonl", "-"}, jsonl).err.find("looks like JSONL") ==
        std::string::npos);
  CHECK(testing::RunCli({"audit", "-"}, "{Braces} open this line.\nAnd this one does not.\n").err.find(
            "looks like JSONL") == std::string::npos);
}

TEST_CASE("main33: UTF-16 with no byte-order mark is refused with the option that reads it", "[main33]") {
  testing::TempDir tmp;
  std::string le, be;
  for (char c : std::string("The mayor said the pier would open on Monday.\n")) {
    le += c;
    le += '\0';
    be += '\0';
    be += c;
  }
  testing::WriteFile(tmp / "le.txt", le);
  testing::WriteFile(tmp / "be.txt", be);
  auto r = testing::RunCli({"audit", (tmp / "le.txt").string()});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("--encoding utf-16le reads it") != std::string::npos);
  auto b = testing::RunCli({"audit", (tmp / "be.txt").string()});
  CHECK(b.exit_code == 2);
  CHECK(b.err.find("--encoding utf-16be reads it") != std::string::npos);
  // The option then reads it.
  auto ok = testing::RunCli({"audit", "--encoding", "utf-16le", (tmp / "le.txt").string()});
  CHECK(ok.exit_code == 0);
}

TEST_CASE("main33: teaser cards in article elements do not replace a story set in a div", "[main33]") {
  const std::string html =
      "<html lang=\"en\"><body><h1>Port to reopen</h1><div class=\"story\">"
      "<p>The port will reopen on Monday after a three-week strike, Mayor Ines Varga said.</p>"
      "<p>\u201cWe are ready,\u201d Varga told reporters at the quay on Friday evening.</p>"
      "<p>Dock workers voted to accept the offer, union leader Tom Odum said.</p></div>"
      "<section class=\"more\"><article class=\"card\"><h3>Ferry fares rise</h3>"
      "<p>Officials said fares would rise.</p></article></section></body></html>";
  const AuditResult r = AuditText(html, "page.html");
  CHECK(testing::SourceNamed(r, "Ines Varga") != nullptr);
  CHECK(testing::SourceNamed(r, "Tom Odum") != nullptr);
  CHECK(QuoteWith(r, "We are ready") != nullptr);
  // An article element that holds the story is still the body: the page's
  // teaser outside it is not read.
  const std::string story =
      "<html lang=\"en\"><body><article><h1>Port to reopen</h1>"
      "<p>The port will reopen on Monday after a three-week strike, Mayor Ines Varga said.</p>"
      "<p>Dock workers voted to accept the offer, union leader Tom Odum said.</p></article>"
      "<div class=\"promo\"><p>Officials said fares would rise.</p></div></body></html>";
  const AuditResult s = AuditText(story, "page.html");
  CHECK(testing::SourceNamed(s, "Ines Varga") != nullptr);
  CHECK(s.anonymous_sources.empty());
}

TEST_CASE("main33: a readers' comment section is not article text", "[main33]") {
  const std::string html =
      "<html lang=\"en\"><body><article><p>The port will reopen on Monday, Mayor Ines Varga said.</p>"
      "<section id=\"comments\"><h2>3 Comments</h2><div class=\"comment\"><span>dockfan22</span>"
      "<p>\"This is a scam,\" a friend who works at the port told me.</p></div></section>"
      "<div class=\"commentary\"><p>Critics said the deal came too late.</p></div></article></body></html>";
  const AuditResult r = AuditText(html, "page.html");
  CHECK(QuoteWith(r, "scam") == nullptr);
  bool friend_source = false, critics = false;
  for (const auto& a : r.anonymous_sources) {
    friend_source = friend_source || a.phrase.find("friend") != std::string::npos;
    critics = critics || a.phrase.find("Critics") != std::string::npos;
  }
  CHECK_FALSE(friend_source);
  // "commentary" (an opinion section) is read.
  CHECK(critics);
}

TEST_CASE("main33: the articles table stores NULL for what nothing measures, as article_metrics does", "[main33]") {
  testing::TempDir tmp;
  testing::WriteFile(tmp / "empty.txt", "The harbor was quiet on Sunday. Boats rocked at their moorings.\n");
  testing::WriteFile(tmp / "named.txt", "The pier opens on Monday, Mayor Ines Varga said.\n");
  const std::string db = (tmp / "n.db").string();
  auto r = testing::RunCli({"ingest", (tmp / "empty.txt").string(), (tmp / "named.txt").string(), "--db", db});
  REQUIRE(r.exit_code == 0);
  SQLite::Database d(db, SQLite::OPEN_READONLY);
  CHECK(d.execAndGet("SELECT transparency_index IS NULL AND named_share IS NULL AND anonymous_share IS NULL AND "
                     "vague_share IS NULL AND anonymity_explained IS NULL FROM articles WHERE file LIKE '%empty.txt'")
            .getInt() == 1);
  // The measured article keeps its figures; the explained share needs an anonymous attribution.
  CHECK(d.execAndGet("SELECT named_share FROM articles WHERE file LIKE '%named.txt'").getDouble() == 1.0);
  CHECK(d.execAndGet("SELECT anonymity_explained IS NULL FROM articles WHERE file LIKE '%named.txt'").getInt() == 1);
  // SQL over the table and the view agree.
  CHECK(d.execAndGet("SELECT AVG(transparency_index) FROM articles").getDouble() ==
        Approx(d.execAndGet("SELECT AVG(transparency_index) FROM article_metrics").getDouble()));
}

testing::CliOptions CliOptionsIn(const std::filesystem::path& dir) {
  testing::CliOptions o;
  o.cwd = dir.string();
  return o;
}

TEST_CASE("main33: SARIF and annotations name files from the repository root, normalized", "[main33]") {
  testing::TempDir tmp;
  std::filesystem::create_directories(tmp / "repo" / ".git");
  testing::WriteFile(tmp / "repo" / "drafts" / "harbor.md",
                     "People familiar with the matter said the pier would close.\n");
  // From the root, through a detour in the path.
  auto root = testing::RunCli({"check", "--format", "sarif", "./drafts/../drafts"}, CliOptionsIn(tmp / "repo"));
  REQUIRE(root.exit_code == 0);  // warnings only: the check passes
  const auto sarif = nlohmann::json::parse(root.out);
  const auto& run = sarif["runs"][0];
  REQUIRE(!run["results"].empty());
  const auto& where = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"];
  CHECK(where["uri"] == "drafts/harbor.md");
  CHECK(where["uriBaseId"] == "%SRCROOT%");
  const std::string base = run["originalUriBaseIds"]["%SRCROOT%"]["uri"];
  CHECK(base.rfind("file://", 0) == 0);
  CHECK(base.size() >= 6);
  CHECK(base.substr(base.size() - 6) == "/repo/");
  // From inside the drafts folder: the same URI, and the annotation's file too.
  auto inside = testing::RunCli({"check", "--format", "sarif", "."}, CliOptionsIn(tmp / "repo" / "drafts"));
  const auto sarif2 = nlohmann::json::parse(inside.out);
  CHECK(sarif2["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
        "drafts/harbor.md");
  auto github = testing::RunCli({"check", "--format", "github", "."}, CliOptionsIn(tmp / "repo" / "drafts"));
  CHECK(github.out.find("file=drafts/harbor.md,") != std::string::npos);
  // The people's report keeps the path as given, normalized.
  auto line = testing::RunCli({"check", "--format", "line", "./drafts/../drafts"}, CliOptionsIn(tmp / "repo"));
  CHECK(line.out.rfind("drafts/harbor.md:", 0) == 0);
}

TEST_CASE("main33: a quote inside another source's content keeps its own speaker's attribution", "[main33]") {
  // Ruiz's "urged" content runs over the clause after "but"; Lee's quote in
  // it is still an attribution of Lee's (content33 drops a second
  // attribution only where the content is the same source's).
  const AuditResult r = AuditText(
      "Port talks stall\n\nUnion leader Ana Ruiz said on Friday that talks had stalled. Port Minister Tom Lee said "
      "the port must reopen.\n\nRuiz has urged members to stay \u201cunited and patient,\u201d but Lee used a radio "
      "interview on Sunday to call the strike \u201creckless\u201d and to accuse the union of \u201cholding the city "
      "hostage.\u201d\n");
  const Source* lee = testing::SourceNamed(r, "Tom Lee");
  REQUIRE(lee != nullptr);
  CHECK(lee->attributions == 2);
  bool held = false;
  for (const auto& a : r.attributions) {
    if (a.source_id != lee->id) continue;
    for (const auto& c : a.content) held = held || c.text.find("hostage") != std::string::npos;
  }
  CHECK(held);
}

TEST_CASE("main33: a block quotation in marks of its own is signed by the dash line under it", "[main33]") {
  for (const std::string gap : {"", ">\n"}) {
    const AuditResult r =
        AuditText(kLead + "> \u201cThe pier will cost the town its beach.\u201d\n" + gap + "> \u2014 Ines Varga, union president\n",
                  "draft.md");
    const Quote* q = QuoteWith(r, "its beach");
    REQUIRE(q != nullptr);
    CHECK(q->speaker == "Ines Varga");
    CHECK(QuoteWith(r, "union president") == nullptr);
  }
  const std::string html =
      "<html lang=\"en\"><body><article><h1>Pier vote</h1><p>The council voted on the pier on Monday.</p>"
      "<blockquote class=\"social-post\"><p>\u201cA sad day for the port.\u201d</p>&mdash; Ines Varga (@ines) "
      "<a href=\"x\">December 1, 2026</a></blockquote></article></body></html>";
  const AuditResult t = AuditText(html, "page.html");
  const Quote* q = QuoteWith(t, "sad day");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Ines Varga");
  CHECK(QuoteWith(t, "December") == nullptr);
}

TEST_CASE("main33: emphasis after the dash and a lower-case line in a block quotation", "[main33]") {
  const AuditResult r =
      AuditText(kLead + "> The pier will cost the town its beach.\n> \u2014 *Ines Varga, harbor pilot*\n", "draft.md");
  const Quote* q = QuoteWith(r, "its beach");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Ines Varga");
  // "— and …" in lower case goes on with the quotation: no signature.
  const AuditResult c = AuditText(kLead + "> We asked for a contract.\n> \u2014 and a little respect.\n", "draft.md");
  const Quote* qc = QuoteWith(c, "a little respect");
  REQUIRE(qc != nullptr);
  CHECK(qc->speaker.empty());
}

TEST_CASE("main33: an article holding the headline is the story however short, and a main's state class is read", "[main33]") {
  std::string cards;
  for (int i = 0; i < 6; ++i) {
    cards += "<div class=\"card\"><h3>Fares rise</h3><p>Officials said the transit agency would raise fares again in "
             "March, and the council has promised another hearing on the matter before the vote.</p></div>";
  }
  const std::string html =
      "<html lang=\"en\"><body><main><article><h1>Council approves budget</h1>"
      "<p>The city council approved a budget on Tuesday.</p>"
      "<p>\u201cThis is a budget for working families,\u201d said Mayor Ines Varga.</p></article>"
      "<div class=\"related\">" + cards + "</div></main></body></html>";
  const AuditResult r = AuditText(html, "page.html");
  CHECK(r.anonymous_sources.empty());
  CHECK(testing::SourceNamed(r, "Ines Varga") != nullptr);
  const std::string state =
      "<html lang=\"en\"><body><main class=\"comments-open\"><h1>Council approves budget</h1>"
      "<p>\u201cThis is a budget for working families,\u201d said Mayor Ines Varga.</p></main></body></html>";
  CHECK(testing::SourceNamed(AuditText(state, "page.html"), "Ines Varga") != nullptr);
}

TEST_CASE("main33: a relative path outside the repository is an absolute URI in SARIF", "[main33]") {
  testing::TempDir tmp;
  std::filesystem::create_directories(tmp / "repo" / ".git");
  std::filesystem::create_directories(tmp / "repo" / "news");
  testing::WriteFile(tmp / "outside.md", "People familiar with the matter said the pier would close.\n");
  auto r = testing::RunCli({"check", "--format", "sarif", "../../outside.md"}, CliOptionsIn(tmp / "repo" / "news"));
  const auto sarif = nlohmann::json::parse(r.out);
  REQUIRE(!sarif["runs"][0]["results"].empty());
  const auto& where = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"];
  const std::string uri = where["uri"];
  CHECK(uri.rfind("file:///", 0) == 0);
  CHECK(uri.size() > 11);
  CHECK(uri.substr(uri.size() - 11) == "/outside.md");
  CHECK_FALSE(where.contains("uriBaseId"));
}

}  // namespace
}  // namespace onrecord
