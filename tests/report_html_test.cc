// The HTML report: one self-contained page, article text escaped, quotes
// and source mentions highlighted by level, legend, tables and score.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <regex>

#include "onrecord/report_html.h"
#include "test_util.h"

using namespace onrecord;
using namespace onrecord::testing;

namespace {

// Start and end tags must nest (void elements aside).
bool WellNested(const std::string& html) {
  std::regex tag(R"(<(/?)([a-zA-Z0-9]+)[^>]*>)");
  std::vector<std::string> stack;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), tag); it != std::sregex_iterator(); ++it) {
    std::string name = (*it)[2];
    if (name == "meta" || name == "br" || name == "DOCTYPE") continue;
    if ((*it)[1] == "/") {
      if (stack.empty() || stack.back() != name) return false;
      stack.pop_back();
    } else {
      stack.push_back(name);
    }
  }
  return stack.empty();
}

}  // namespace

TEST_CASE("HtmlEscape", "[report][html]") {
  CHECK(HtmlEscape("<a href=\"x\">Tom's & Jerry</a>") ==
        "&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; Jerry&lt;/a&gt;");
  CHECK(HtmlEscape("“curly” — ünïcode") == "“curly” — ünïcode");
}

TEST_CASE("the article's text is escaped: no markup from the article reaches the page", "[report][html]") {
  const std::string text =
      "Mayor <b>warns</b> of <script>alert(1)</script> & cuts\n\n"
      "“We will <script>document.write(\"pwned\")</script> fight & win,” Mayor Ana Ruiz said.\n\n"
      "The vote was close, a person familiar with the <img src=x onerror=alert(1)> matter said.\n";
  auto r = AuditText(text);
  std::string page = AuditToHtml(r);
  CHECK(page.find("<script") == std::string::npos);
  CHECK(page.find("<img") == std::string::npos);
  CHECK(page.find("<b>warns") == std::string::npos);
  CHECK(page.find("&lt;b&gt;warns&lt;/b&gt;") != std::string::npos);
  CHECK(page.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; cuts") != std::string::npos);
  CHECK(page.find("document.write(&quot;pwned&quot;)") != std::string::npos);
  CHECK(page.find("&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
  CHECK(WellNested(page));
}

TEST_CASE("the page is self-contained and highlights by level", "[report][html]") {
  auto r = AuditText(
      "Talks stall\n\n"
      "Talks have stalled, people familiar with the matter said.\n\n"
      "“We will keep trying,” said Ana Ruiz, the trade minister.\n\n"
      "The next round is due in May.\n\n"
      "“Nobody knows what happens next and nobody will say.”\n");
  std::string page = AuditToHtml(r);
  CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(page.find("<meta charset=\"utf-8\">") != std::string::npos);
  CHECK(page.find("Content-Security-Policy") != std::string::npos);
  CHECK(page.find("<style>") != std::string::npos);
  // Nothing fetched: no script, link, image, frame or remote URL.
  for (const char* bad : {"<script", "<link", "<img", "<iframe", "src=", "href=", "http://", "https://", "url("}) {
    INFO(bad);
    CHECK(page.find(bad) == std::string::npos);
  }
  CHECK(page.find("<mark class=\"source t1\"") != std::string::npos);
  CHECK(page.find("<mark class=\"quote t5\"") != std::string::npos);
  CHECK(page.find("<mark class=\"quote t0\"") != std::string::npos);  // the unattributed quote
  // Legend, sources table, attributions with reasons, findings and the score.
  CHECK(page.find("<h2>Legend</h2>") != std::string::npos);
  CHECK(page.find("T1 vague anonymous") != std::string::npos);
  CHECK(page.find("<h2>Sources</h2>") != std::string::npos);
  CHECK(page.find("people familiar with the matter</td>") != std::string::npos);
  CHECK(page.find("attribution.vague-anonymous") != std::string::npos);
  CHECK(page.find("transparency index") != std::string::npos);
  CHECK(page.find(fmt::format("{:.2f}", r.score.transparency_index)) != std::string::npos);
  CHECK(WellNested(page));
}

TEST_CASE("onrecord audit --format html writes one page for the seed", "[report][html][cli]") {
  if (!HaveShared()) return;
  auto out = RunCli({"audit", "--format", "html", (SharedDir() / "seed/trade-talks-scraped.txt").string()});
  REQUIRE(out.exit_code == 0);
  CHECK(out.out.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(std::count(out.out.begin(), out.out.end(), '<') > 100);
  CHECK(out.out.find("Wu Xinbo") != std::string::npos);
  CHECK(out.out.find("<section>") == out.out.rfind("<section>"));  // one article, one section
  CHECK(out.out.find("https://") == std::string::npos);
  CHECK(WellNested(out.out));
}
