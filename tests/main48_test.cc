// Fixes on main in the fortieth round, from fu48 (a fresh user trying the
// merged tree): a description the text says is left unnamed on purpose ("The
// co-founder, who spoke on condition of anonymity, said …") was resolved to a
// person named before with that role, so an anonymous source was shown as
// that named person (T5) and its anonymity was lost; and a UTF-32 file with
// no byte-order mark was refused as binary with no word of the encoding that
// reads it, as a UTF-16 one gets.
#include <cstdint>
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::RunCli;
using onrecord::testing::TempDir;
using onrecord::testing::WriteFile;

namespace {

const char* const kFirst =
    "Ferry board weighs a harbor toll.\n\n"
    "Lena Brandt, co-founder of Islandline, said the toll was a mistake.\n\n";

// The kind, level and name of the source of the attribution whose source
// text is `text`, as "kind T<level> name" (sources are found by `id`);
// "<none>" when no attribution has that source text.
std::string SourceOf(const onrecord::AuditResult& r, const std::string& text) {
  for (const auto& a : r.attributions) {
    if (!a.source || a.source->text != text) continue;
    for (const auto& s : r.sources) {
      if (s.id == a.source_id) {
        return std::string(onrecord::SourceKindName(s.kind)) + " T" + std::to_string(s.level) + " " + s.name;
      }
    }
    return "<no source>";
  }
  return "<none>";
}

}  // namespace

TEST_CASE("main48: a description said to be anonymous is not the person named with that role", "[main48]") {
  struct Case {
    const char* next;
    const char* source;
  };
  for (const Case& c : {Case{"The co-founder, who spoke on condition of anonymity, said the vote was rigged.\n",
                             "The co-founder"},
                        Case{"The company's co-founder, who asked not to be named, said the vote was rigged.\n",
                             "The company's co-founder"},
                        Case{"\"The vote was rigged,\" the co-founder said on condition of anonymity.\n",
                             "the co-founder"},
                        Case{"Speaking anonymously, the co-founder said the vote was rigged.\n", "the co-founder"},
                        Case{"The co-founder, speaking anonymously, said the vote was rigged.\n", "The co-founder"}}) {
    INFO(c.next);
    auto r = AuditText(std::string(kFirst) + c.next);
    const std::string got = SourceOf(r, c.source);
    CHECK(got.rfind("described T2", 0) == 0);
    CHECK(got.find("Lena Brandt") == std::string::npos);
  }
}

TEST_CASE("main48: a description with no anonymity clause still resolves to the named person", "[main48]") {
  auto r = AuditText(std::string(kFirst) + "The co-founder said the vote was rigged.\n");
  CHECK(SourceOf(r, "The co-founder") == "named T5 Lena Brandt");
}

TEST_CASE("main48: UTF-32 with no byte-order mark is named with the encoding that reads it", "[main48]") {
  TempDir tmp;
  const std::u32string text = U"Мэр сказал, что мост откроют в понедельник. The mayor said so.\n";
  for (const bool little : {true, false}) {
    std::string bytes;
    for (const char32_t c : text) {
      for (int k = 0; k < 4; ++k) {
        const int shift = little ? 8 * k : 8 * (3 - k);
        bytes += static_cast<char>((static_cast<std::uint32_t>(c) >> shift) & 0xFF);
      }
    }
    const std::string name = little ? "le.txt" : "be.txt";
    const std::string encoding = little ? "utf-32le" : "utf-32be";
    WriteFile(tmp / name, bytes);
    auto r = RunCli({"audit", (tmp / name).string()});
    INFO(r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("--encoding " + encoding + " reads it") != std::string::npos);
    auto ok = RunCli({"audit", "--encoding", encoding, (tmp / name).string()});
    CHECK(ok.exit_code == 0);
  }
  // Guard: UTF-16 is still named as UTF-16.
  std::string half;
  for (const char16_t c : std::u16string(u"The mayor said the pier would open on Monday.\n")) {
    half += static_cast<char>(c & 0xFF);
    half += static_cast<char>(c >> 8);
  }
  WriteFile(tmp / "h.txt", half);
  auto h = RunCli({"audit", (tmp / "h.txt").string()});
  CHECK(h.err.find("--encoding utf-16le reads it") != std::string::npos);
}

TEST_CASE("main48: a YAML error quoting a control character prints it as an escape, never raw", "[main48]") {
  TempDir tmp;
  // A double-quoted scalar with a backslash and a NUL byte: yaml-cpp's
  // message quotes the character after the backslash.
  WriteFile(tmp / "c.yml", std::string("language: \"en\\") + '\0' + "\"\n");
  WriteFile(tmp / "d.md", "Mayor Tom Hale said the toll would rise.\n");
  auto r = RunCli({"check", "--config", (tmp / "c.yml").string(), (tmp / "d.md").string()});
  INFO(r.err);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("invalid YAML") != std::string::npos);
  CHECK(r.err.find('\0') == std::string::npos);
  CHECK(r.err.find("\\x00") != std::string::npos);
}

TEST_CASE("main48: a YAML error quoting part of a multi-byte character escapes the lone byte", "[main48]") {
  TempDir tmp;
  // A backslash before "\xC2\x9B" (a C1 control character): yaml-cpp quotes
  // its first byte alone, which is no UTF-8.
  WriteFile(tmp / "c.yml", std::string("fail_level: \"\\\xC2\x9B" "31m\"\n"));
  WriteFile(tmp / "d.md", "Mayor Tom Hale said the toll would rise.\n");
  auto r = RunCli({"check", "--config", (tmp / "c.yml").string(), (tmp / "d.md").string()});
  INFO(r.err);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find('\xC2') == std::string::npos);
  CHECK(r.err.find("\\xC2") != std::string::npos);
}

TEST_CASE("main48: binary 32-bit values are not named UTF-32", "[main48]") {
  TempDir tmp;
  auto le32 = [](uint32_t u) {
    std::string out;
    for (int k = 0; k < 4; ++k) out += static_cast<char>((u >> (8 * k)) & 0xFF);
    return out;
  };
  std::string controls, surrogates, spread;
  for (uint32_t k = 0; k < 1000; ++k) {
    controls += le32(1 + k % 31);
    surrogates += le32(0xD800 + k);
    spread += le32((k * 40503u + 7u) & 0xFFFFu);
  }
  for (const auto& [name, bytes] : {std::pair<std::string, std::string>{"c.bin.txt", controls},
                                    {"s.bin.txt", surrogates},
                                    {"r.bin.txt", spread}}) {
    WriteFile(tmp / name, bytes);
    auto r = RunCli({"audit", (tmp / name).string()});
    INFO(name << ": " << r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("not a text file (binary content") != std::string::npos);
    CHECK(r.err.find("utf-32") == std::string::npos);
  }
}
