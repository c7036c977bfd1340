// Fixes on main in the thirty-seventh round, from the fresh user fu44.
// (1) A JSON Lines record broken inside a UTF-8 character (curly quotes
// around keys, a line cut mid-character) made the JSON parser's message quote
// half a character; `audit --format json|jsonl` and `check`'s JSON formats
// then died in nlohmann::json::dump() (exit 134, SIGABRT) with the records
// after it never audited. A file name that is not valid UTF-8 did the same.
// Every JSON text is now written through DumpJson (report.h), which writes
// an invalid sequence as U+FFFD. (2) `check --output FORMAT=PATH` naming a
// draft the same run checks replaced the draft with the report; it is now an
// error before anything is read or written. (3) below. Every text here was
// written for these tests.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "onrecord/report.h"
#include "test_util.h"

namespace {

using onrecord::testing::ReadFile;
using onrecord::testing::RunCli;
using onrecord::testing::TempDir;
using onrecord::testing::WriteFile;

// Three records; the second has curly quotation marks around its keys, so
// the parser stops inside the three bytes of “.
const std::string kCurlyRecords =
    "{\"id\":\"a\",\"text\":\"Ana Ruiz said the ferry would run.\"}\n"
    "{\xE2\x80\x9Cid\xE2\x80\x9D: \xE2\x80\x9C" "b\xE2\x80\x9D}\n"
    "{\"id\":\"c\",\"text\":\"Tom Hale said the pier would close.\"}\n";

}  // namespace

TEST_CASE("main44: a JSONL record broken inside a character is an error line, and the next record is audited",
          "[main44]") {
  TempDir tmp;
  const auto feed = tmp / "curly.jsonl";
  WriteFile(feed, kCurlyRecords);
  SECTION("jsonl") {
    auto r = RunCli({"audit", "--format", "jsonl", feed.string()});
    CHECK(r.signal == 0);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("curly.jsonl:2:") != std::string::npos);
    size_t lines = 0, errors = 0, audited = 0;
    size_t at = 0;
    while (at < r.out.size()) {
      const size_t end = r.out.find('\n', at);
      const auto j = nlohmann::json::parse(r.out.substr(at, end - at));
      ++lines;
      if (j.contains("error")) {
        ++errors;
        CHECK(j["record"] == 2);
        CHECK(j["error"]["line"] == 2);
      } else {
        ++audited;
      }
      at = end == std::string::npos ? r.out.size() : end + 1;
    }
    CHECK(lines == 3);
    CHECK(errors == 1);
    CHECK(audited == 2);
    CHECK(r.out.find("Tom Hale") != std::string::npos);
  }
  SECTION("json") {
    auto r = RunCli({"audit", "--format", "json", feed.string()});
    CHECK(r.signal == 0);
    CHECK(r.exit_code == 2);
    const auto j = nlohmann::json::parse(r.out);
    REQUIRE(j.is_array());
    CHECK(j.size() == 3);
    CHECK(j[1].contains("error"));
  }
  SECTION("check, sarif") {
    auto r = RunCli({"check", "--format", "sarif", feed.string()});
    CHECK(r.signal == 0);
    CHECK(r.exit_code == 2);
    CHECK_NOTHROW(nlohmann::json::parse(r.out));
  }
}

TEST_CASE("main44: a file name that is not valid UTF-8 is written with U+FFFD in JSON", "[main44]") {
  TempDir tmp;
  const auto draft = tmp / "harbor\xE9.txt";  // Latin-1 é
  WriteFile(draft, "Ana Ruiz said the ferry would run on Sunday.\n");
  auto r = RunCli({"audit", "--format", "json", draft.string()});
  CHECK(r.signal == 0);
  CHECK(r.exit_code == 0);
  const auto j = nlohmann::json::parse(r.out);
  CHECK(j["file"].get<std::string>().find("harbor\xEF\xBF\xBD.txt") != std::string::npos);
  auto line = RunCli({"audit", "--format", "jsonl", draft.string()});
  CHECK(line.signal == 0);
  CHECK(line.exit_code == 0);
  CHECK(line.out.find("harbor\xEF\xBF\xBD.txt") != std::string::npos);
  auto sarif = RunCli({"check", "--format", "sarif", draft.string()});
  CHECK(sarif.signal == 0);
  CHECK(sarif.exit_code == 0);
  CHECK_NOTHROW(nlohmann::json::parse(sarif.out));
  // Valid names are written as before, byte for byte what dump() gives.
  const nlohmann::json plain = {{"file", "harbor.txt"}, {"n", 1}};
  CHECK(onrecord::DumpJson(plain) == plain.dump());
  CHECK(onrecord::DumpJson(plain, 2) == plain.dump(2));
}

TEST_CASE("main44: check refuses an --output that is one of the drafts it checks", "[main44]") {
  TempDir tmp;
  const std::string text = "# Ferry\n\nAna Ruiz said the ferry would run on Sunday.\n";
  WriteFile(tmp / "drafts" / "harbor.md", text);
  SECTION("the draft named") {
    auto r = RunCli({"check", "--output", "sarif=" + (tmp / "drafts" / "harbor.md").string(),
                     (tmp / "drafts" / "harbor.md").string()});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("is a draft this check reads") != std::string::npos);
  }
  SECTION("the draft found in a walked folder, named another way") {
    auto r = RunCli({"check", "--output", "json=drafts/./harbor.md", "drafts"}, "", tmp.path().string());
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("is a draft this check reads") != std::string::npos);
  }
  CHECK(ReadFile(tmp / "drafts" / "harbor.md") == text);
  // Guard: a report beside the drafts is written as before.
  auto ok = RunCli({"check", "--output", "sarif=" + (tmp / "report.sarif").string(),
                    (tmp / "drafts" / "harbor.md").string()});
  CHECK(ok.exit_code == 0);
  CHECK(std::filesystem::exists(tmp / "report.sarif"));
}

// (3) cnt44 ends an object content before a subordinate clause; the word
// that modifies or measures the subordinator, and a coordinator before it,
// stayed behind in the content ("the report shortly", "this faith even",
// "the deal two weeks", "the mayor personally, and"; fu44b counted 15 over
// the tune texts). They go with the clause now (lists subordinator-modifiers
// and subordinator-measures); a content that would keep nothing is not cut.
TEST_CASE("main44: a modifier or measure of a subordinator goes with its clause, out of the content", "[main44]") {
  struct Row {
    std::string text, cue, content;
  };
  for (const Row& row : std::vector<Row>{
           {"Officials denied the report shortly after it was published.", "denied", "the report"},
           {"Ramos has maintained this faith even though the polls turned.", "has maintained", "this faith"},
           {"The mayor announced the deal two weeks before the vote.", "announced", "the deal"},
           {"The mayor announced the deal the night before the vote.", "announced", "the deal"},
           {"Few residents know the mayor personally, and while they disagree with her, they vote for her.", "know",
            "the mayor personally"},
           // A time phrase of its own stays (a guard, the same before); a
           // content that opens with the modifier is not cut to it (it was
           // "soon").
           {"The mayor has played down the idea in recent weeks after the vote.", "has played down",
            "the idea in recent weeks"},
           {"Residents complained soon after that the buses ran late.", "complained",
            "soon after that the buses ran late"},
       }) {
    INFO(row.text);
    const auto r = onrecord::testing::AuditText(row.text + "\n");
    const onrecord::Attribution* found = nullptr;
    for (const auto& a : r.attributions) {
      if (a.cue && a.cue->text == row.cue) found = &a;
    }
    REQUIRE(found != nullptr);
    REQUIRE(found->content.size() == 1);
    CHECK(found->content[0].text == row.content);
  }
}
