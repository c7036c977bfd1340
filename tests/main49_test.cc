// Fixes on main in the forty-first round, from fu49 (a fresh user trying the
// merged tree): the text report of `audit` and the terminal formats of
// `check` wrote the article's own bytes raw, so an escape sequence in a
// scraped page (ESC [2J clears the screen, ESC ] 0 ; … BEL retitles the
// window) reached the reader's terminal through a quote, a speaker's name, a
// cue or a finding's message; and after a subject set off by a participle
// or an adverb phrase ("The champion, defending her title, said the court
// was slow.") the phrase after the cue was taken for an inverted source
// ("the court") and the subject with its aside for the content.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AttributionLines;
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

TEST_CASE("main49: a phrase after the cue that a verb group follows is no inverted source", "[main49]") {
  // The content clause's subject ("the court", "the team") is followed by
  // an auxiliary, a copula or a modal: it is no source set after its cue.
  for (const char* sentence : {"The champion, defending her title, said the court was slow.",
                               "The keeper, plainly worried, said the harbor board would lose the vote."}) {
    CAPTURE(sentence);
    for (const auto& line : AttributionLines(sentence)) {
      CHECK(line.rfind("the court |", 0) != 0);
      CHECK(line.rfind("the harbor board |", 0) != 0);
    }
  }
}

TEST_CASE("main49: a participle or adverb aside after the subject leaves the subject the source", "[main49]") {
  CHECK(AttributionLines("The mayor, visibly tired, said the council would lose.") ==
        std::vector<std::string>{"The mayor | said | the council would lose"});
  CHECK(AttributionLines("The coach, visibly tired, said the team played badly.") ==
        std::vector<std::string>{"The coach | said | the team played badly"});
  CHECK(AttributionLines("Lena Brandt, speaking at the dock, said the toll was too high.") ==
        std::vector<std::string>{"Lena Brandt | said | the toll was too high"});
}

TEST_CASE("main49: guards - inverted sources that end their clause stay sources", "[main49]") {
  CHECK(AttributionLines("The toll, said Ruiz, is a tax on the poor.") ==
        std::vector<std::string>{"Ruiz | said | The toll || is a tax on the poor"});
  CHECK(AttributionLines("The plan is dead, said the council, which met on Monday.") ==
        std::vector<std::string>{"the council | said | The plan is dead"});
  CHECK(AttributionLines("Tom Bell, the county clerk, said the ballots were counted.") ==
        std::vector<std::string>{"Tom Bell, the county clerk, | said | the ballots were counted"});
}
