// HTML input faults (branch table40): a table, or a definition list, that
// gives the speaker in one cell and the quotation in the next; comments that
// are no suppression directive (upper case or not) are never checked.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "analysis.h"
#include "onrecord/suppressions.h"
#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;
using testing::CliOptions;
using testing::CliResult;
using testing::RunCli;
using testing::SeenAttribution;
using testing::SeenAttributions;
using testing::SpeakerOf;
using testing::TempDir;
using testing::WriteFile;

const std::string kIntro = "<p>The river broke its banks in Lowmoor on Sunday night and flooded the market.</p>\n";

std::string Page(const std::string& body) {
  return "<html><body><article><h1>Lowmoor counts the cost</h1>\n" + kIntro + body + "\n</article></body></html>\n";
}

// The attribution whose content is `content`.
SeenAttribution WithContent(const AuditResult& r, const std::string& content) {
  for (auto& a : SeenAttributions(r)) {
    if (a.content.size() == 1 && a.content[0] == content) return a;
  }
  SeenAttribution none;
  none.source = "<no attribution>";
  return none;
}

// -------------------------------------------------- 1: cells

TEST_CASE("table40: a table row gives its quotation cell to the source named in the other cell", "[table40]") {
  const std::string html = Page(
      "<table>\n"
      "<tr><th>Who</th><th>What they said</th></tr>\n"
      "<tr><td>Jo Ray, mayor of Lowmoor</td><td>“We will rebuild the market before winter.”</td></tr>\n"
      "<tr><td>“The water rose faster than any of us had seen.”</td><td>Ann Bell, fire chief</td></tr>\n"
      "<tr><td>The Environment Agency</td><td>“Half of the stalls are gone.”</td></tr>\n"
      "</table>");
  AuditResult r = AuditText(html, "flood.html");
  CHECK(SpeakerOf(r, "We will rebuild the market before winter.") == "Jo Ray");
  CHECK(SpeakerOf(r, "The water rose faster than any of us had seen.") == "Ann Bell");
  CHECK(SpeakerOf(r, "Half of the stalls are gone.") == "The Environment Agency");
  // Cue-less, as a signature line: the dash the cell stands for is the cue.
  const SeenAttribution a = WithContent(r, "“We will rebuild the market before winter.”");
  // (The source is read as on any signature line: the name, its role apart.)
  CHECK(a.source == "Jo Ray");
  CHECK(a.cue == "\xE2\x80\x94");
  CHECK(a.who == "Jo Ray");
  CHECK(a.level == 5);
  const Source* jo = testing::SourceNamed(r, "Jo Ray");
  REQUIRE(jo != nullptr);
  CHECK(jo->role == "mayor of Lowmoor");
  const SeenAttribution b = WithContent(r, "“The water rose faster than any of us had seen.”");
  CHECK(b.source == "Ann Bell");
  CHECK(b.who == "Ann Bell");
  CHECK(b.level == 5);
  for (const auto& f : r.findings) CHECK(f.rule != "attribution.unattributed-quote");
  // The header row labels the columns: "What they said" is no attribution.
  for (const auto& seen : SeenAttributions(r)) CHECK(seen.cue != "said");
  CHECK(r.attributions.size() == 3);
}

TEST_CASE("table40: a definition list's term names the source of its description's quotation", "[table40]") {
  const std::string html = Page(
      "<dl>\n"
      "<dt>Jo Ray, mayor of Lowmoor</dt><dd>“We will rebuild the market before winter.”</dd>\n"
      "<div><dt>Ann Bell, fire chief</dt><dd><q>The water rose faster than any of us had seen.</q></dd></div>\n"
      "</dl>");
  AuditResult r = AuditText(html, "flood.html");
  CHECK(SpeakerOf(r, "We will rebuild the market before winter.") == "Jo Ray");
  CHECK(SpeakerOf(r, "The water rose faster than any of us had seen.") == "Ann Bell");
  CHECK(WithContent(r, "“We will rebuild the market before winter.”").source == "Jo Ray");
  CHECK(WithContent(r, "“The water rose faster than any of us had seen.”").cue == "\xE2\x80\x94");
}

TEST_CASE("table40: the source cell reads as a signature line whose dash stands for no source bytes",
          "[table40]") {
  const std::string html = "<table><tr><td>Jo Ray, mayor</td><td>“We will rebuild.”</td></tr></table>";
  Extracted e = ExtractHtml(html, nullptr);
  CHECK(e.text == "\xE2\x80\x94 Jo Ray, mayor\n“We will rebuild.”");
  REQUIRE(e.signs.size() == 2);
  CHECK(e.signs[0] == 1);
  CHECK(e.signs[1] == -1);
  CHECK(e.map.BeginToBase(0) == html.find("Jo Ray"));
  CHECK(e.map.BeginToBase(e.text.find("Jo")) == html.find("Jo Ray"));
  // In the JSON: the cue is the dash, an empty span where the cell's text begins.
  TempDir tmp;
  WriteFile(tmp.path() / "t.html", Page(html));
  const std::string page = Page(html);
  CliResult r = RunCli({"audit", "--format", "json", (tmp.path() / "t.html").string()});
  REQUIRE(r.exit_code == 0);
  const auto j = nlohmann::json::parse(r.out);
  bool seen = false;
  for (const auto& a : j["attributions"]) {
    if (a["source"].is_null() || a["source"]["text"] != "Jo Ray") continue;
    seen = true;
    CHECK(a["cue"]["text"] == "\xE2\x80\x94");
    CHECK(a["cue"]["begin"] == page.find("Jo Ray"));
    CHECK(a["cue"]["end"] == page.find("Jo Ray"));
    CHECK(a["content"][0]["text"] == "“We will rebuild.”");
    CHECK(a["kind"] == "direct");
  }
  CHECK(seen);
  CHECK(j["quotes"][0]["speaker"] == "Jo Ray");
}

TEST_CASE("table40: cells that are no source beside a quotation are left as they were", "[table40]") {
  // fixa39's label cell: no pair, no dash.
  {
    Extracted e = ExtractHtml(
        "<table><tr><td>Note</td><td>People familiar with the matter said the deal was off.</td></tr></table>",
        nullptr);
    CHECK(e.text == "Note\nPeople familiar with the matter said the deal was off.");
    CHECK(e.signs == std::vector<int>{-1, -1});
  }
  // A sentence beside the quotation, a third cell with text, a quotation
  // with words after it, two terms for one description: no pair.
  for (const std::string rows :
       {"<tr><td>The mayor spoke on Monday.</td><td>“We will rebuild.”</td></tr>",
        "<tr><td>Jo Ray</td><td>“We will rebuild.”</td><td>Monday</td></tr>",
        "<tr><td>Jo Ray</td><td>“We will rebuild,” she said.</td></tr>",
        "<tr><td>Jo Ray</td><td><p>“We will rebuild.”</p><p>“Soon.”</p></td></tr>"}) {
    INFO(rows);
    Extracted e = ExtractHtml("<table>" + rows + "</table>", nullptr);
    CHECK(e.text.find("\xE2\x80\x94") == std::string::npos);
    for (int s : e.signs) CHECK(s == -1);
  }
  {
    Extracted e = ExtractHtml("<dl><dt>Jo Ray</dt><dt>Ann Bell</dt><dd>“We will rebuild.”</dd></dl>", nullptr);
    CHECK(e.text.find("\xE2\x80\x94") == std::string::npos);
  }
  // A header row that labels the columns pairs nothing either. (fixk41: a
  // header row with a "Who" column labels its columns and is not read even
  // where no row pairs, so "What they said" is no attribution; a header row
  // without one is read as before.)
  {
    Extracted e = ExtractHtml("<table><tr><th>Who</th><th>What they said</th></tr></table>", nullptr);
    CHECK(e.text.find("they said") == std::string::npos);
    for (int s : e.signs) CHECK(s == -1);
    Extracted other = ExtractHtml("<table><tr><th>Year</th><th>What they said</th></tr></table>", nullptr);
    CHECK(other.text == "Year\nWhat they said");
  }
}

// -------------------------------------------------- 2: comments

TEST_CASE("table40: a comment that is no directive is never checked, in any case", "[table40]") {
  for (const InputFormat format : {InputFormat::kHtml, InputFormat::kMarkdown, InputFormat::kText}) {
    for (const std::string comment :
         {"<!-- TODO: CHECK THIS -->", "<!-- NOTE -->", "<!--NOTE-->", "<!-- FIXME: quote needs a source -->",
          "<!-- OnRecordings of the hearing -->", "<!-- onrecordings of the hearing -->",
          "<!-- OFF THE RECORD: do not print -->", "<!-- on hold -->", "<!-- ONRECORD NOTE: check the quote -->",
          "<!-- onrecord note: check the quote -->", "<!-- OnRecord: check the quotes -->"}) {
      INFO(comment);
      Suppressions s = ParseSuppressions("Intro.\n\n" + comment + "\n\nMore.\n", format);
      CHECK(s.problems.empty());
      CHECK(s.ranges.empty());
    }
  }
}

TEST_CASE("table40: a comment that looks like a directive is checked, in any case", "[table40]") {
  struct Case {
    std::string comment, message;
  };
  for (const Case& c : {Case{"<!-- ONRECORD-DISABLE-NEXTLINE -->", "directives are lower case"},
                        Case{"<!-- ONRECORD OFF -->", "directives are lower case"},
                        Case{"<!-- onrecord-disable-nextline -->", "unknown directive 'onrecord-disable-nextline'"},
                        Case{"<!-- onrecord of -->", "unknown directive 'onrecord of'"},
                        Case{"<!-- onrecord -->", "unknown directive 'onrecord '"},
                        Case{"<!-- disable-next-line attribution.vague-anonymous -->",
                             "unknown directive 'disable-next-line' (did you mean 'onrecord-disable-next-line'?)"},
                        Case{"<!-- Disable-File -->",
                             "unknown directive 'Disable-File' (did you mean 'onrecord-disable-file'? directives are "
                             "lower case)"}}) {
    INFO(c.comment);
    Suppressions s = ParseSuppressions("Intro.\n\n" + c.comment + "\n\nMore.\n", InputFormat::kMarkdown);
    REQUIRE(s.problems.size() == 1);
    CHECK_THAT(s.problems[0].message, Catch::Contains(c.message));
    CHECK(s.problems[0].line == 3);
  }
  // A directive still works.
  Suppressions ok = ParseSuppressions("<!-- onrecord-disable-file -->\nText.\n", InputFormat::kMarkdown);
  CHECK(ok.problems.empty());
  CHECK(ok.ranges.size() == 1);
}

TEST_CASE("table40: check reports no suppression.invalid for upper-case notes in HTML and Markdown (fu39c)",
          "[table40]") {
  TempDir tmp;
  const std::string story = "The talks could collapse next week, people familiar with the matter said.\n";
  WriteFile(tmp.path() / "a.html", "<html><body><article><p>" + story +
                                       "</p>\n<!-- TODO: CHECK THIS -->\n<!-- NOTE -->\n"
                                       "<!-- ONRECORD NOTE: check the quote -->\n"
                                       "</article></body></html>\n");
  WriteFile(tmp.path() / "b.md", "# Talks\n\n<!-- ONRECORD NOTE: check the quote -->\n" + story +
                                   "\nText <!-- NOTE --> here.\n");
  WriteFile(tmp.path() / "c.md", "# Talks\n\n<!-- ONRECORD-DISABLE-NEXTLINE -->\n" + story);
  CliResult r = RunCli({"check", "--fail-level", "suggestion", (tmp.path() / "a.html").string(),
                        (tmp.path() / "b.md").string(), (tmp.path() / "c.md").string()},
                       CliOptions{.cwd = tmp.path().string()});
  INFO(r.out);
  // One report, c.md's; none for the notes in a.html and b.md.
  const size_t first = r.out.find("suppression.invalid");
  CHECK(first != std::string::npos);
  CHECK(first == r.out.rfind("suppression.invalid"));
  CHECK(first > r.out.find("c.md"));
  CHECK_THAT(r.out, Catch::Contains("3:1   warning     Suppression directive ignored"));
  CHECK_THAT(r.out, Catch::Contains("'ONRECORD-DISABLE-NEXTLINE'"));
}

}  // namespace
}  // namespace onrecord
