// Fixes on main in the forty-first round, from fu49 (a fresh user trying the
// merged tree): the text report of `audit` and the terminal formats of
// `check` wrote the article's own bytes raw, so an escape sequence in a
// scraped page (ESC [2J clears the screen, ESC ] 0 ; … BEL retitles the
// window) reached the reader's terminal through a quote, a speaker's name, a
// cue or a finding's message.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::RunCli;
using onrecord::testing::TempDir;
using onrecord::testing::WriteFile;

namespace {

// A quote holding ESC [2J and a speaker whose name runs into ESC ] 0 ; … BEL,
// then a vague anonymous source (so that `check` has a finding to show).
const std::string kArticle =
    "Harbor toll vote delayed.\n\n"
    "\xE2\x80\x9CThe toll\x1B[2J is a tax on the poor,\xE2\x80\x9D said Ana Ruiz\x1B]0;pwn\x07, a ferry captain.\n\n"
    "Officials said the vote would wait\x1B[31m until May.\n";

bool HasControl(const std::string& s) {
  for (unsigned char c : s) {
    if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("main49: the audit text report escapes control characters from the article", "[main49]") {
  TempDir tmp;
  WriteFile(tmp / "esc.txt", kArticle);
  auto r = RunCli({"audit", (tmp / "esc.txt").string()});
  REQUIRE(r.exit_code == 0);
  CHECK_FALSE(HasControl(r.out));
  // The quote is shown, with the escape written out rather than dropped.
  CHECK(r.out.find("The toll\\x1B[2J is a tax") != std::string::npos);
  CHECK(r.out.find("T4 Ana Ruiz") != std::string::npos);
  // --explain lists the attributions' source texts and cues the same way.
  auto explained = RunCli({"audit", "--explain", (tmp / "esc.txt").string()});
  REQUIRE(explained.exit_code == 0);
  CHECK_FALSE(HasControl(explained.out));
}

TEST_CASE("main49: check's terminal and line formats escape control characters from the article", "[main49]") {
  TempDir tmp;
  // The file name carries a control character too.
  const std::string name = "draft\x1B[1m.txt";
  WriteFile(tmp / name, kArticle);
  for (const char* format : {"cli", "line"}) {
    CAPTURE(format);
    auto r = RunCli({"check", "--format", format, (tmp / name).string()});
    CHECK(r.exit_code != 2);
    CHECK_FALSE(r.out.empty());
    CHECK_FALSE(HasControl(r.out));
    CHECK(r.out.find("draft\\x1B[1m.txt") != std::string::npos);
  }
}

TEST_CASE("main49: guards - plain UTF-8 and tabs in the report are kept as they are", "[main49]") {
  TempDir tmp;
  WriteFile(tmp / "plain.txt",
            "Fähre teurer.\n\n\xE2\x80\x9C" "Die Maut ist zu hoch\xE2\x80\x9D, sagte Lena Brandt.\n");
  auto r = RunCli({"audit", "--language", "de", (tmp / "plain.txt").string()});
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("Die Maut ist zu hoch") != std::string::npos);
  CHECK(r.out.find("Lena Brandt") != std::string::npos);
  CHECK(r.out.find("\\x") == std::string::npos);
}
