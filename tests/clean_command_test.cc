// `onrecord clean`: the text with masked spans marked ⟦…⟧ and, with
// --explain, the rule ids that masked them.
#include <catch2/catch.hpp>

#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "test_util.h"

namespace onrecord {
namespace {

using testing::RunCli;
using testing::TempDir;
using testing::WriteFile;

const std::string kOpen = "\xE2\x9F\xA6", kClose = "\xE2\x9F\xA7";

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// The text of a line outside the ⟦…⟧{…} marks.
std::string Unmasked(const std::string& line) {
  std::string out;
  size_t pos = 0;
  while (true) {
    size_t open = line.find(kOpen, pos);
    out += line.substr(pos, open == std::string::npos ? std::string::npos : open - pos);
    if (open == std::string::npos) break;
    size_t close = line.find(kClose, open);
    REQUIRE(close != std::string::npos);
    pos = close + kClose.size();
    if (pos < line.size() && line[pos] == '{') pos = line.find('}', pos) + 1;
  }
  return out;
}

TEST_CASE("clean shows the seed's boilerplate masked and one copy of the lede", "[clean][shared]") {
  if (!testing::HaveShared()) return;
  const std::string seed = (testing::SharedDir() / "seed" / "trade-talks-scraped.txt").string();
  auto r = RunCli({"clean", "--explain", seed});
  REQUIRE(r.exit_code == 0);
  INFO(r.out);
  auto lines = Lines(r.out);
  const std::string lede = "Talks between the US and China on trade and other issues are stuck at lower levels";
  int kept = 0, masked_copies = 0;
  for (const auto& line : lines) {
    if (line.find(lede) == std::string::npos) continue;
    if (Unmasked(line).find(lede) != std::string::npos) ++kept;
    else ++masked_copies;
  }
  CHECK(kept == 1);
  CHECK(masked_copies == 2);
  // Each kind of furniture is masked, with its rule.
  CHECK(r.out.find(kOpen + "Article content" + kClose + "{boilerplate.article-content}") != std::string::npos);
  CHECK(r.out.find(kOpen + "Advertisement 2" + kClose + "{boilerplate.ad-slot}") != std::string::npos);
  CHECK(r.out.find(kOpen + "THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY" + kClose +
                   "{boilerplate.subscription-wall}") != std::string::npos);
  CHECK(r.out.find(kOpen + "Thanks for signing up!" + kClose + "{boilerplate.newsletter-signup}") !=
        std::string::npos);
  CHECK(r.out.find(kOpen + "Share this article in your social network" + kClose + "{boilerplate.share-line}") !=
        std::string::npos);
  CHECK(r.out.find("{boilerplate.dateline}") != std::string::npos);
  CHECK(r.out.find("boilerplate.repeated-paragraph") != std::string::npos);
  // Article text stays unmasked.
  bool wu_kept = false;
  for (const auto& line : lines) {
    if (Unmasked(line).find("said Wu Xinbo, an adviser to the Foreign Ministry") != std::string::npos) wu_kept = true;
  }
  CHECK(wu_kept);
  // Every line carries an explanation for each mark.
  std::regex unexplained(kClose + "(?!\\{)");
  CHECK_FALSE(std::regex_search(r.out, unexplained));
}

TEST_CASE("clean without --explain marks spans without rule ids", "[clean]") {
  TempDir tmp;
  WriteFile(tmp / "a.txt", "Article content\n\nTalks stalled on Monday, officials said.\n\nAdvertisement 3\n");
  auto r = RunCli({"clean", (tmp / "a.txt").string()});
  CHECK(r.exit_code == 0);
  CHECK(r.out == kOpen + "Article content" + kClose + "\nTalks stalled on Monday, officials said.\n" + kOpen +
                     "Advertisement 3" + kClose + "\n");
}

TEST_CASE("clean --format json gives each masked span with its rules and source offsets", "[clean]") {
  TempDir tmp;
  // Blank lines between paragraphs: short lines that do not end a sentence
  // would otherwise read as one hard-wrapped paragraph.
  const std::string text =
      "Article content\n\n(Ledger Wire) — Talks stalled on Monday, officials said.\n\nBy Jo Lee\n\n"
      "Published March 10, 2025 at 8:31 a.m. EDT\n\nWe use cookies to improve your experience.\n\n"
      "Read more: Talks stall again\n\nMinisters arrive. (AP Photo/Jo Lee)\n";
  WriteFile(tmp / "a.txt", text);
  auto r = RunCli({"clean", "--format", "json", (tmp / "a.txt").string()});
  REQUIRE(r.exit_code == 0);
  auto j = nlohmann::json::parse(r.out);
  std::map<std::string, std::string> by_rule;
  for (const auto& m : j["masked"]) {
    size_t b = m["begin"], e = m["end"];
    std::string bytes = text.substr(b, e - b);
    CHECK(bytes == m["text"].get<std::string>());
    for (const auto& rule : m["rules"]) by_rule[rule] = bytes;
  }
  CHECK(by_rule["boilerplate.article-content"] == "Article content");
  CHECK(by_rule["boilerplate.dateline"] == "(Ledger Wire) — ");
  CHECK(by_rule["boilerplate.byline"] == "By Jo Lee");
  CHECK(by_rule["boilerplate.timestamp"] == "Published March 10, 2025 at 8:31 a.m. EDT");
  CHECK(by_rule["boilerplate.cookie-notice"] == "We use cookies to improve your experience.");
  CHECK(by_rule["boilerplate.related-links"] == "Read more: Talks stall again");
  CHECK(by_rule["boilerplate.photo-caption"] == "Ministers arrive. (AP Photo/Jo Lee)");
}

TEST_CASE("clean reads every format and reports bad files with exit 2", "[clean]") {
  TempDir tmp;
  WriteFile(tmp / "a.html",
            "<nav>Home</nav><article><p>Advertisement</p><p>&ldquo;Fine,&rdquo; said Jo Lee.</p></article>");
  WriteFile(tmp / "b.md", "# Title\n\nArticle content\n\nText, officials said.\n");
  auto r = RunCli({"clean", "--explain", (tmp / "a.html").string(), (tmp / "b.md").string(),
                   (tmp / "missing.txt").string()});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("missing.txt: no such file") != std::string::npos);
  CHECK(r.out.find("==> " + (tmp / "a.html").string() + " <==") != std::string::npos);
  CHECK(r.out.find(kOpen + "Advertisement" + kClose + "{boilerplate.ad-slot}\n“Fine,” said Jo Lee.") !=
        std::string::npos);
  CHECK(r.out.find("Home") == std::string::npos);
  CHECK(r.out.find(kOpen + "Article content" + kClose + "{boilerplate.article-content}") != std::string::npos);
}

}  // namespace
}  // namespace onrecord
