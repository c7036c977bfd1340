// Input faults of the forty-first round (branch robust49): UTF-32 and
// UTF-16 named by --encoding were converted by ICU with no finding for a
// unit it replaced (only the byte-order mark path reported one), and the
// findings of the wide encodings now name the byte offset in the file.
// Every text here was written for these tests.
#include <catch2/catch.hpp>
#include <string>

#include "onrecord/document.h"
#include "onrecord/printable.h"
#include "encoding_util.h"
#include "test_util.h"

namespace onrecord {
namespace {

using testing::CliResult;
using testing::RunCli;
using testing::TempDir;
using testing::ToUtf32;
using testing::WriteFile;

const std::string kLine = "The lock keeper Mara Olsen said the canal reopens in April.\n";

// One UTF-32 unit (little or big endian).
std::string Unit32(uint32_t u, bool little) {
  std::string s;
  for (int k = 0; k < 4; ++k) s += static_cast<char>((u >> (little ? 8 * k : 8 * (3 - k))) & 0xFF);
  return s;
}

// UTF-32 with no BOM: "Ab", a surrogate, "c", 0x110000, "d", then two
// bytes of a cut last unit.
std::string Damaged32(bool little) {
  return ToUtf32("Ab", little, false) + Unit32(0xD800, little) + ToUtf32("c", little, false) +
         Unit32(0x110000, little) + ToUtf32("d", little, false) + std::string("\x65\x00", 2);
}

TEST_CASE("robust49: --encoding utf-32le and utf-32be report each replaced unit", "[robust49]") {
  for (bool little : {true, false}) {
    INFO((little ? "utf-32le" : "utf-32be"));
    std::vector<InputIssue> issues;
    auto decoded = DecodeToUtf8(Damaged32(little), little ? "utf-32le" : "UTF-32BE", &issues);
    REQUIRE(decoded.ok());
    CHECK(decoded.value() == "Ab\xEF\xBF\xBD" "c\xEF\xBF\xBD" "d\xEF\xBF\xBD");
    REQUIRE(issues.size() == 3);
    for (const auto& i : issues) CHECK(i.rule == "input.invalid-utf32");
    CHECK(issues[0].offset == 2);
    CHECK(issues[1].offset == 6);
    CHECK(issues[2].offset == 10);
    // The byte offset in the file, and what the unit was.
    CHECK_THAT(issues[0].message, Catch::Contains("0xD800 at byte 8"));
    CHECK_THAT(issues[0].message, Catch::Contains("surrogate"));
    CHECK_THAT(issues[1].message, Catch::Contains("0x110000 at byte 16"));
    CHECK_THAT(issues[2].message, Catch::Contains("at byte 24"));
  }
}

TEST_CASE("robust49: a BOM file's UTF-32 findings count the BOM in the byte offset", "[robust49]") {
  std::vector<InputIssue> issues;
  const std::string bytes = ToUtf32("", true, true) + Damaged32(true);
  auto decoded = DecodeToUtf8(bytes, "", &issues);
  REQUIRE(decoded.ok());
  REQUIRE(issues.size() == 3);
  CHECK_THAT(issues[0].message, Catch::Contains("at byte 12"));
  // Named by --encoding too: the BOM of the same order is skipped, not text.
  std::vector<InputIssue> named;
  auto same = DecodeToUtf8(bytes, "utf-32le", &named);
  REQUIRE(same.ok());
  CHECK(same.value() == decoded.value());
  REQUIRE(named.size() == 3);
  CHECK_THAT(named[0].message, Catch::Contains("at byte 12"));
  // "utf-32" with no order follows the BOM.
  std::vector<InputIssue> plain;
  auto unordered = DecodeToUtf8(bytes, "utf-32", &plain);
  REQUIRE(unordered.ok());
  CHECK(unordered.value() == decoded.value());
  CHECK(plain.size() == 3);
}

TEST_CASE("robust49: --encoding utf-16le reports an unpaired surrogate with its byte offset", "[robust49]") {
  // "Hi", a lone high surrogate, "!", then one odd byte.
  const std::string bytes = std::string("H\0i\0\x00\xD8!\0", 8) + "x";
  std::vector<InputIssue> issues;
  auto decoded = DecodeToUtf8(bytes, "utf-16le", &issues);
  REQUIRE(decoded.ok());
  CHECK(decoded.value() == "Hi\xEF\xBF\xBD!\xEF\xBF\xBD");
  REQUIRE(issues.size() == 2);
  CHECK(issues[0].rule == "input.invalid-utf16");
  CHECK(issues[0].offset == 2);
  CHECK_THAT(issues[0].message, Catch::Contains("0xD800 at byte 4"));
  CHECK(issues[1].offset == 6);
  CHECK_THAT(issues[1].message, Catch::Contains("at byte 8"));
}

TEST_CASE("robust49: the CLI shows the UTF-32 finding at its line and column with --encoding", "[robust49]") {
  TempDir tmp;
  for (bool little : {true, false}) {
    INFO((little ? "utf-32le" : "utf-32be"));
    const std::string bytes = ToUtf32(kLine, little, false) + ToUtf32("Second ", little, false) +
                              Unit32(0x110000, little) + ToUtf32(" line.\n", little, false);
    WriteFile(tmp / "a.txt", bytes);
    CliResult r = RunCli({"audit", "--encoding", little ? "utf-32le" : "utf-32be", (tmp / "a.txt").string()});
    INFO(r.err);
    INFO(r.out);
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.out, Catch::Contains("2:8"));
    CHECK_THAT(r.out, Catch::Contains("input.invalid-utf32"));
    CHECK_THAT(r.out, Catch::Contains("0x110000 at byte " + std::to_string(4 * (kLine.size() + 7))));
    CHECK_THAT(r.out, Catch::Contains("Mara Olsen"));
  }
}

TEST_CASE("robust49: guards - clean UTF-32 and UTF-16 named by --encoding read as before, with no finding", "[robust49]") {
  for (bool little : {true, false}) {
    for (bool bom : {true, false}) {
      INFO(little << " " << bom);
      std::vector<InputIssue> issues;
      auto decoded = DecodeToUtf8(ToUtf32("Caf\xC3\xA9 \xF0\x9F\x98\x80", little, bom),
                                  little ? "utf-32le" : "utf-32be", &issues);
      REQUIRE(decoded.ok());
      CHECK(decoded.value() == "Caf\xC3\xA9 \xF0\x9F\x98\x80");
      CHECK(issues.empty());
    }
  }
  // A U+FFFD the file holds is text, not a finding.
  std::vector<InputIssue> issues;
  auto held = DecodeToUtf8(ToUtf32("a\xEF\xBF\xBD", true, false), "utf-32le", &issues);
  REQUIRE(held.ok());
  CHECK(held.value() == "a\xEF\xBF\xBD");
  CHECK(issues.empty());
  // UTF-16LE with a surrogate pair and its BOM.
  std::vector<InputIssue> wide;
  auto pair = DecodeToUtf8(std::string("\xFF\xFEO\0\x3D\xD8\x00\xDE", 8), "utf-16le", &wide);
  REQUIRE(pair.ok());
  CHECK(pair.value() == "O\xF0\x9F\x98\x80");
  CHECK(wide.empty());
  // Another ICU name still goes through ICU.
  std::vector<InputIssue> legacy;
  auto latin = DecodeToUtf8("caf\xE9", "windows-1252", &legacy);
  REQUIRE(latin.ok());
  CHECK(latin.value() == "caf\xC3\xA9");
}

// ------------------------------------------------------------ messages

// True when `text` holds a C0 control byte other than tab and newline, or DEL.
bool HasRawControl(const std::string& text) {
  for (char c : text) {
    const auto b = static_cast<unsigned char>(c);
    if ((b < 0x20 && b != '\t' && b != '\n') || b == 0x7F) return true;
  }
  return false;
}

TEST_CASE("robust49: PrintableText escapes control bytes and broken UTF-8 and keeps good UTF-8", "[robust49]") {
  CHECK(PrintableText("caf\xC3\xA9 \xE2\x80\x9Cok\xE2\x80\x9D\t") == "caf\xC3\xA9 \xE2\x80\x9Cok\xE2\x80\x9D\t");
  CHECK(PrintableText("a\x1B[31mb") == "a\\x1B[31mb");
  CHECK(PrintableText("line\nnext") == "line\\x0Anext");
  CHECK(PrintableText(std::string("n\0l", 3)) == "n\\x00l");
  CHECK(PrintableText("lone \xE9 byte") == "lone \\xE9 byte");
  CHECK(PrintableText("c1 \xC2\x9B") == "c1 \\xC2\\x9B");
  CHECK(PrintableText("surrogate \xED\xA0\x80") == "surrogate \\xED\\xA0\\x80");
  // Idempotent: a message escaped twice reads the same.
  CHECK(PrintableText(PrintableText("a\x1B b")) == "a\\x1B b");
  // PrintableStatus escapes the path and the message.
  CHECK(PrintableStatus(Status::Error("unknown key 'k\x07'", "c\x1B.yml", 1, 1)) ==
        "c\\x1B.yml:1:1: unknown key 'k\\x07'");
}

TEST_CASE("robust49: a config key, a front-matter value and a JSON field reach stderr escaped", "[robust49]") {
  TempDir tmp;
  WriteFile(tmp / "a.txt", kLine);
  WriteFile(tmp / "c.yml", "\"bad\\x1bkey\": 1\n");
  CliResult config = RunCli({"check", "--config", (tmp / "c.yml").string(), (tmp / "a.txt").string()});
  CHECK(config.exit_code == 2);
  CHECK_THAT(config.err, Catch::Contains("unknown key 'bad\\x1Bkey'"));
  CHECK_FALSE(HasRawControl(config.err));
  WriteFile(tmp / "f.md", "---\nlanguage: \"x\\x07y\"\n---\n" + kLine);
  CliResult front = RunCli({"audit", (tmp / "f.md").string()});
  CHECK_THAT(front.err, Catch::Contains("x\\x07y"));
  CHECK_FALSE(HasRawControl(front.err));
  WriteFile(tmp / "r.jsonl", "{\"text\": \"" + kLine.substr(0, kLine.size() - 1) + "\", \"language\": \"e\\u001bn\"}\n");
  CliResult record = RunCli({"audit", (tmp / "r.jsonl").string()});
  CHECK_THAT(record.err, Catch::Contains("e\\x1Bn"));
  CHECK_FALSE(HasRawControl(record.err));
}

TEST_CASE("robust49: file names, a command and an option value with control bytes reach stderr escaped", "[robust49]") {
  TempDir tmp;
  CliResult missing = RunCli({"audit", (tmp / "gone\x1B[2J.txt").string()});
  CHECK(missing.exit_code == 2);
  CHECK_THAT(missing.err, Catch::Contains("gone\\x1B[2J.txt"));
  CHECK_FALSE(HasRawControl(missing.err));
  CliResult pattern = RunCli({"audit", (tmp / "none\x07*.txt").string()});
  CHECK(pattern.exit_code == 2);
  CHECK_THAT(pattern.err, Catch::Contains("none\\x07*.txt: no file matches the pattern"));
  CHECK_FALSE(HasRawControl(pattern.err));
  CliResult command = RunCli({"au\x1B" "dit"});
  CHECK(command.exit_code == 2);
  CHECK_THAT(command.err, Catch::Contains("unknown command 'au\\x1Bdit'"));
  CHECK_FALSE(HasRawControl(command.err));
  WriteFile(tmp / "a.txt", kLine);
  CliResult option = RunCli({"audit", "--format", "te\x1Bxt", (tmp / "a.txt").string()});
  CHECK(option.exit_code == 2);
  CHECK_THAT(option.err, Catch::Contains("te\\x1Bxt"));
  CHECK_FALSE(HasRawControl(option.err));
}

}  // namespace
}  // namespace onrecord
