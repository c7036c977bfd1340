// Input and command-line faults of the fortieth round (branch robust48):
// a config whose bad `exclude` hid a bad `rules` (and a list's second bad
// entry), a UTF-32 byte-order mark read as UTF-16, and `eval` given an
// article instead of a gold file saying only "invalid JSON". Every text
// here was written for these tests.
#include <catch2/catch.hpp>
#include <string>

#include "onrecord/document.h"
#include "encoding_util.h"
#include "test_util.h"

namespace onrecord {
namespace {

using testing::CliResult;
using testing::RunCli;
using testing::TempDir;
using testing::WriteFile;

// Where `needle` first occurs in `hay` (npos when it does not).
size_t At(const std::string& hay, const std::string& needle) { return hay.find(needle); }

using testing::ToUtf32;

const std::string kArticle =
    "The ferry will run again in June, harbour master Ines Varga said on Tuesday.\n\n"
    "\xE2\x80\x9CThe new pier is finally safe,\xE2\x80\x9D Varga told the board.\n";

// ------------------------------------------------------------------ config

TEST_CASE("robust48: a bad exclude glob no longer hides a missing rules directory", "[robust48]") {
  TempDir tmp;
  WriteFile(tmp / "d.md", "The pier will reopen in May, the mayor said.\n");
  const std::string config = (tmp / "bad.yml").string();
  WriteFile(tmp / "bad.yml", "exclude:\n  - \"[abc\"\nrules: no_such_rules\n");
  CliResult r = RunCli({"check", "--config", config, (tmp / "d.md").string()});
  INFO(r.err);
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains(config + ":2:6: 'exclude' entry \"[abc\" is not a valid glob"));
  CHECK_THAT(r.err, Catch::Contains(config + ":3:8: rules directory not found"));
  // The other way round, both in the file's order.
  WriteFile(tmp / "bad.yml", "rules: no_such_rules\nexclude: \"x[y\"\n");
  CliResult two = RunCli({"check", "--config", config, (tmp / "d.md").string()});
  INFO(two.err);
  CHECK(two.exit_code == 2);
  const size_t rules_at = At(two.err, config + ":1:8: rules directory not found");
  const size_t exclude_at = At(two.err, config + ":2:12: 'exclude' entry \"x[y\"");
  REQUIRE(rules_at != std::string::npos);
  REQUIRE(exclude_at != std::string::npos);
  CHECK(rules_at < exclude_at);
}

TEST_CASE("robust48: every bad entry of a list or a map in the config is reported", "[robust48]") {
  TempDir tmp;
  WriteFile(tmp / "d.md", "The pier will reopen in May, the mayor said.\n");
  const std::string config = (tmp / "bad.yml").string();
  WriteFile(tmp / "bad.yml",
            "exclude:\n"
            "  - \"[abc\"\n"
            "  - \"drafts/[x\"\n"
            "levels:\n"
            "  attribution.vague-anonymous: loud\n"
            "  attribution.loaded-cue: quiet\n"
            "thresholds:\n"
            "  min_named_share: 2\n"
            "  max_vague_share: -1\n"
            "overrides:\n"
            "  - files: \"[op\"\n"
            "    min_level: huge\n");
  CliResult r = RunCli({"check", "--config", config, (tmp / "d.md").string()});
  INFO(r.err);
  CHECK(r.exit_code == 2);
  const std::vector<std::string> said = {
      config + ":2:6: 'exclude' entry \"[abc\"",
      config + ":3:13: 'exclude' entry \"drafts/[x\"",
      config + ":5:32: level of 'attribution.vague-anonymous'",
      config + ":6:27: level of 'attribution.loaded-cue'",
      config + ":8:20: 'min_named_share' must be a number from 0 to 1",
      config + ":9:20: 'max_vague_share' must be a number from 0 to 1",
      config + ":11:13: 'files' entry \"[op\"",
      config + ":12:16: 'min_level' must be suggestion, warning or error",
  };
  size_t last = 0;
  for (const auto& s : said) {
    INFO(s);
    const size_t at = At(r.err, s);
    CHECK(at != std::string::npos);
    if (at != std::string::npos) {
      CHECK(at >= last);  // in the file's order
      last = at;
    }
  }
}

TEST_CASE("robust48: the rule ids and languages a config names are said in the file's order", "[robust48]") {
  TempDir tmp;
  WriteFile(tmp / "d.md", "The pier will reopen in May, the mayor said.\n");
  const std::string config = (tmp / "c.yml").string();
  // The language (line 1) before the rule id (line 3): the rule ids were
  // said first, whatever their line.
  WriteFile(tmp / "c.yml", "language: xx\nlevels:\n  attribution.vague-anonymos: warning\n");
  CliResult r = RunCli({"check", "--config", config, (tmp / "d.md").string()});
  INFO(r.err);
  CHECK(r.exit_code == 2);
  const size_t language_at = At(r.err, config + ":1:11:");
  const size_t id_at = At(r.err, config + ":3:3: unknown rule id 'attribution.vague-anonymos'");
  REQUIRE(language_at != std::string::npos);
  REQUIRE(id_at != std::string::npos);
  CHECK(language_at < id_at);
  // With a bad value beside them, all three are said, still in order.
  WriteFile(tmp / "c.yml", "language: xx\nlevels:\n  attribution.vague-anonymos: warning\nfail_level: warnin\n");
  CliResult three = RunCli({"check", "--config", config, (tmp / "d.md").string()});
  INFO(three.err);
  CHECK(three.exit_code == 2);
  const size_t a = At(three.err, config + ":1:11:");
  const size_t b = At(three.err, config + ":3:3: unknown rule id");
  const size_t c = At(three.err, config + ":4:13: 'fail_level' must be");
  REQUIRE(a != std::string::npos);
  REQUIRE(b != std::string::npos);
  REQUIRE(c != std::string::npos);
  CHECK(a < b);
  CHECK(b < c);
}

TEST_CASE("robust48: guards - a good config checks, a single error is said once", "[robust48]") {
  TempDir tmp;
  WriteFile(tmp / "d.md", "The pier will reopen in May, the mayor said.\n");
  WriteFile(tmp / "good.yml", "exclude:\n  - \"archive/**\"\n  - \"[ab]*.md\"\nfail_level: none\n");
  CliResult good = RunCli({"check", "--config", (tmp / "good.yml").string(), (tmp / "d.md").string()});
  INFO(good.err);
  CHECK(good.exit_code == 0);
  WriteFile(tmp / "one.yml", "exclude:\n  - \"ok/**\"\n  - \"[abc\"\n");
  CliResult one = RunCli({"check", "--config", (tmp / "one.yml").string(), (tmp / "d.md").string()});
  INFO(one.err);
  CHECK(one.exit_code == 2);
  const std::string said = "'exclude' entry \"[abc\"";
  size_t n = 0;
  for (size_t at = one.err.find(said); at != std::string::npos; at = one.err.find(said, at + 1)) ++n;
  CHECK(n == 1);
}

// ---------------------------------------------------------------- UTF-32

TEST_CASE("robust48: a UTF-32 file with its BOM is decoded, little and big endian", "[robust48]") {
  for (bool little : {true, false}) {
    INFO((little ? "UTF-32LE" : "UTF-32BE"));
    auto loaded = LoadBytes(ToUtf32(kArticle, little), "a.txt", {});
    REQUIRE(loaded.size() == 1);
    INFO(loaded[0].error.ToString());
    REQUIRE(loaded[0].document);
    CHECK(loaded[0].document->source == kArticle);
    CHECK(loaded[0].document->issues.empty());
    std::vector<InputIssue> issues;
    auto decoded = DecodeToUtf8(ToUtf32("Caf\xC3\xA9 \xF0\x9F\x98\x80", little), "", &issues);
    REQUIRE(decoded.ok());
    CHECK(decoded.value() == "Caf\xC3\xA9 \xF0\x9F\x98\x80");
  }
}

TEST_CASE("robust48: UTF-32 through the CLI - a file, standard input and JSONL", "[robust48]") {
  TempDir tmp;
  for (bool little : {true, false}) {
    INFO((little ? "UTF-32LE" : "UTF-32BE"));
    const std::string bytes = ToUtf32(kArticle, little);
    WriteFile(tmp / "a.txt", bytes);
    CliResult file = RunCli({"audit", "--format", "jsonl", (tmp / "a.txt").string()});
    INFO(file.err);
    CHECK(file.exit_code == 0);
    CHECK_THAT(file.out, Catch::Contains("Ines Varga"));
    // Read as UTF-16LE, every character was followed by a NUL.
    CHECK_THAT(file.out, Catch::Contains("\"The ferry will run again"));
    CHECK_THAT(file.out, !Catch::Contains("\\u0000"));
    CliResult in = RunCli({"audit", "--format", "jsonl", "-"}, bytes);
    INFO(in.err);
    CHECK(in.exit_code == 0);
    CHECK_THAT(in.out, Catch::Contains("Ines Varga"));
    CHECK_THAT(in.out, !Catch::Contains("\\u0000"));
    const std::string jsonl =
        "{\"text\": \"Harbour master Ines Varga said the ferry will run again in June.\"}\n"
        "{\"text\": \"Councillor Tom Reyes said the pier is finally safe.\"}\n";
    WriteFile(tmp / "a.jsonl", ToUtf32(jsonl, little));
    CliResult records = RunCli({"audit", "--format", "jsonl", (tmp / "a.jsonl").string()});
    INFO(records.err);
    CHECK(records.exit_code == 0);
    CHECK_THAT(records.out, Catch::Contains("Ines Varga"));
    CHECK_THAT(records.out, Catch::Contains("Tom Reyes"));
    CHECK_THAT(records.out, !Catch::Contains("\\u0000"));
  }
}

TEST_CASE("robust48: a UTF-32 unit that is no character and a cut last unit each give a finding", "[robust48]") {
  std::string bytes = ToUtf32("Ab", true);
  bytes += std::string("\x00\xD8\x00\x00", 4);  // U+D800, a surrogate
  bytes += ToUtf32("c", true, false);
  bytes += std::string("\x00\x00\x11\x00", 4);  // 0x110000, past Unicode
  bytes += ToUtf32("d", true, false);
  bytes += std::string("\x65\x00", 2);  // half a unit: a file cut short
  std::vector<InputIssue> issues;
  auto decoded = DecodeToUtf8(bytes, "", &issues);
  REQUIRE(decoded.ok());
  CHECK(decoded.value() == "Ab\xEF\xBF\xBD" "c\xEF\xBF\xBD" "d\xEF\xBF\xBD");
  REQUIRE(issues.size() == 3);
  for (const auto& i : issues) CHECK(i.rule == "input.invalid-utf32");
  CHECK(issues[0].offset == 2);
  CHECK(issues[1].offset == 6);
  CHECK(issues[2].offset == 10);
}

TEST_CASE("robust48: guards - UTF-16 with its BOM and a UTF-8 BOM read as before", "[robust48]") {
  // FF FE then a character that is not U+0000: UTF-16LE.
  std::string utf16 = "\xFF\xFE";
  for (char c : std::string("Hi there")) {
    utf16 += c;
    utf16 += '\0';
  }
  std::vector<InputIssue> issues;
  auto decoded = DecodeToUtf8(utf16, "", &issues);
  REQUIRE(decoded.ok());
  CHECK(decoded.value() == "Hi there");
  auto bom8 = DecodeToUtf8("\xEF\xBB\xBFHi there", "", &issues);
  REQUIRE(bom8.ok());
  CHECK(bom8.value() == "Hi there");
  CHECK(issues.empty());
  // Bytes with no BOM that open with two NULs are still binary.
  std::string binary(64, '\0');
  binary[2] = '\xFE';
  auto loaded = LoadBytes(binary.substr(4), "b.txt", {});
  REQUIRE(loaded.size() == 1);
  CHECK_FALSE(loaded[0].document);
}

// ------------------------------------------------------------------ eval

TEST_CASE("robust48: eval given an article says what it expects, at file:line:column", "[robust48]") {
  TempDir tmp;
  WriteFile(tmp / "story.txt", "\n  " + kArticle);
  const std::string path = (tmp / "story.txt").string();
  CliResult r = RunCli({"eval", path});
  INFO(r.err);
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains(path + ":2:3: does not open with '{': not a gold file"));
  CHECK_THAT(r.err, Catch::Contains("gold JSON"));
  CHECK_THAT(r.err, Catch::Contains("--polnear DIR"));
  CHECK_THAT(r.err, Catch::Contains(".ann"));
  // An empty file says so at 1:1.
  WriteFile(tmp / "empty.json", "");
  CliResult empty = RunCli({"eval", (tmp / "empty.json").string()});
  INFO(empty.err);
  CHECK(empty.exit_code == 2);
  CHECK_THAT(empty.err, Catch::Contains((tmp / "empty.json").string() + ":1:1: empty: not a gold file"));
}

TEST_CASE("robust48: eval given a gold file saved as UTF-16 or UTF-32 says it must be UTF-8", "[robust48]") {
  TempDir tmp;
  for (const std::string& bom : {std::string("\xFF\xFE"), std::string("\xFE\xFF"), std::string("\0\0\xFE\xFF", 4)}) {
    WriteFile(tmp / "g.json", bom + "{");
    CliResult r = RunCli({"eval", (tmp / "g.json").string()});
    INFO(r.err);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains((tmp / "g.json").string() + ":1:1: a gold file must be UTF-8"));
  }
}

TEST_CASE("robust48: guard - a gold file with broken JSON is still invalid JSON at its place", "[robust48]") {
  TempDir tmp;
  WriteFile(tmp / "g.json", "{\"quotes\": [\n  {\"text\": }\n]}\n");
  const std::string path = (tmp / "g.json").string();
  CliResult r = RunCli({"eval", path});
  INFO(r.err);
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains(path + ":2:12: invalid JSON"));
  CHECK_THAT(r.err, !Catch::Contains("not a gold file"));
}

}  // namespace
}  // namespace onrecord
