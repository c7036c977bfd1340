// Load and decode stages: bytes -> Document(s) (see onrecord/document.h).
#include "onrecord/document.h"
#include "json_error.h"

#include <algorithm>
#include <array>

#include "front_matter.h"
#include "metadata_fields.h"
#include "onrecord/file.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <unordered_map>

namespace fs = std::filesystem;

namespace onrecord {

const char* InputFormatName(InputFormat f) {
  switch (f) {
    case InputFormat::kText: return "text";
    case InputFormat::kMarkdown: return "markdown";
    case InputFormat::kHtml: return "html";
    case InputFormat::kJson: return "json";
    case InputFormat::kJsonl: return "jsonl";
  }
  return "text";
}

std::optional<InputFormat> ParseInputFormat(std::string_view n) {
  if (n == "txt" || n == "text") return InputFormat::kText;
  if (n == "md" || n == "markdown") return InputFormat::kMarkdown;
  if (n == "html" || n == "htm") return InputFormat::kHtml;
  if (n == "json") return InputFormat::kJson;
  if (n == "jsonl" || n == "ndjson") return InputFormat::kJsonl;
  return std::nullopt;
}

InputFormat FormatForPath(std::string_view path) {
  std::string ext = fs::path(std::string(path)).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (!ext.empty()) {
    auto f = ParseInputFormat(std::string_view(ext).substr(1));
    if (f) return *f;
  }
  return InputFormat::kText;
}

namespace {

// Converts `bytes` from an ICU converter name to UTF-8.
Result<std::string> ConvertWithIcu(std::string_view bytes, const char* encoding) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* from = ucnv_open(encoding, &status);
  if (U_FAILURE(status)) return Status::Error(std::string("unknown encoding '") + encoding + "'");
  std::unique_ptr<UConverter, void (*)(UConverter*)> from_guard(from, ucnv_close);
  UConverter* to = ucnv_open("UTF-8", &status);
  std::unique_ptr<UConverter, void (*)(UConverter*)> to_guard(to, ucnv_close);
  std::string out(bytes.size() * 3 + 16, '\0');
  char* target = out.data();
  const char* source = bytes.data();
  ucnv_convertEx(to, from, &target, out.data() + out.size(), &source, bytes.data() + bytes.size(),
                 nullptr, nullptr, nullptr, nullptr, true, true, &status);
  if (U_FAILURE(status)) return Status::Error(std::string("cannot decode as ") + encoding);
  out.resize(static_cast<size_t>(target - out.data()));
  return out;
}

constexpr std::string_view kReplacementChar = "\xEF\xBF\xBD";  // U+FFFD
// What a JSON file's invalid bytes become before the JSON is parsed: the
// noncharacter U+FDD0, as long as U+FFFD (3 bytes), so that once the record's
// text is out of the JSON each can become U+FFFD with a finding at its place
// in the text (a U+FFFD would be indistinguishable from one the text had).
constexpr std::string_view kJsonBadByteMark = "\xEF\xB7\x90";

// What a JSON string's unpaired surrogate escape ("\ud800" with no low
// surrogate after it, or a low one alone) becomes before the JSON is parsed:
// the escape of the noncharacter U+FDD1, as long (six bytes), so that the
// parser's error places hold; in the record's text it is then U+FFFD with
// the finding of the UTF-16 path.
constexpr std::string_view kLoneSurrogateEscape = "\\ufdd1";
constexpr std::string_view kLoneSurrogateMark = "\xEF\xB7\x91";  // U+FDD1 in UTF-8

// The four hex digits of a \u escape at json[i] ("\uXXXX"), or -1.
int EscapedUnit(std::string_view json, size_t i) {
  if (i + 6 > json.size() || json[i] != '\\' || (json[i + 1] != 'u')) return -1;
  int v = 0;
  for (size_t k = i + 2; k < i + 6; ++k) {
    const char c = json[k];
    const int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

// `json` with each unpaired surrogate escape replaced by kLoneSurrogateEscape;
// unchanged (and false) when it has none. Escapes are read left to right,
// so "\\ud800" (an escaped backslash, then "ud800") is no escape.
bool MarkLoneSurrogates(std::string_view json, std::string* out) {
  if (json.find("\\u") == std::string_view::npos) return false;
  bool any = false;
  std::string marked;
  size_t copied = 0;
  for (size_t i = 0; i + 1 < json.size(); ++i) {
    if (json[i] != '\\') continue;
    const int u = EscapedUnit(json, i);
    if (u < 0xD800 || u > 0xDFFF) {
      ++i;  // the escaped character, whatever it is
      continue;
    }
    if (u <= 0xDBFF) {
      const int next = EscapedUnit(json, i + 6);
      if (next >= 0xDC00 && next <= 0xDFFF) {
        i += 11;  // a pair
        continue;
      }
    }
    marked.append(json.substr(copied, i - copied));
    marked.append(kLoneSurrogateEscape);
    copied = i + 6;
    i += 5;
    any = true;
  }
  if (!any) return false;
  marked.append(json.substr(copied));
  *out = std::move(marked);
  return true;
}

// A JSON record's strings with kLoneSurrogateMark back to U+FFFD; in the
// text, each with the input.invalid-utf16 issue of broken UTF-16.
void UnmarkLoneSurrogates(std::string* text, std::vector<InputIssue>* issues) {
  for (size_t at = text->find(kLoneSurrogateMark); at != std::string::npos; at = text->find(kLoneSurrogateMark, at + 3)) {
    text->replace(at, kLoneSurrogateMark.size(), "\xEF\xBF\xBD");
    if (issues) issues->push_back({"input.invalid-utf16", "unpaired UTF-16 surrogate replaced with U+FFFD", at});
  }
}

// How many bytes at s[i] (an invalid sequence) one U+FFFD replaces: the
// maximal subpart (Unicode §3.9, as browsers decode): a lead byte and the
// continuation bytes that could still have completed it, else the one byte.
// A byte that cannot start or continue that sequence, such as the letter
// after a Latin-1 "é" (0xE9), is never taken with it.
size_t MaximalSubpart(std::string_view s, size_t i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  size_t len = 1;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;  // no overlong form
    if (c == 0xED) hi = 0x9F;  // no surrogate
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
  }
  size_t n = 1;
  while (n < len && i + n < s.size()) {
    const unsigned char d = static_cast<unsigned char>(s[i + n]);
    if (d < lo || d > hi) break;
    lo = 0x80;
    hi = 0xBF;
    ++n;
  }
  return n;
}

// Copies valid UTF-8 and replaces each invalid sequence (its maximal
// subpart: one lone byte, or a sequence cut short) with `replacement`
// (U+FFFD), listing each in `issues`. The characters around it are kept.
std::string RepairUtf8(std::string_view s, std::vector<InputIssue>* issues,
                       std::string_view replacement = kReplacementChar) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    size_t bad = 0;
    std::string_view rest = s.substr(i);
    if (IsValidUtf8(rest, &bad)) {
      out.append(rest);
      break;
    }
    out.append(rest.substr(0, bad));
    if (issues) {
      issues->push_back({"input.invalid-utf8", "invalid UTF-8 byte replaced with U+FFFD", out.size()});
    }
    out.append(replacement);
    i += bad + MaximalSubpart(rest, bad);
  }
  return out;
}

// The character windows-1252 gives byte `b` (0x80-0xFF) as UTF-8, or ""
// for the five bytes it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D).
std::string Cp1252Char(unsigned char b) {
  static constexpr char16_t kHigh[32] = {
      0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
  const uint32_t cp = b < 0xA0 ? kHigh[b - 0x80] : b;
  std::string out;
  if (cp == 0) return out;
  if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
  } else {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  }
  out += static_cast<char>(0x80 | (cp & 0x3F));
  return out;
}

// A UTF-8 file with a passage pasted in from a legacy charset: copies valid
// UTF-8 and reads each lone invalid byte (a maximal subpart of one byte) as
// windows-1252, the charset such a paste is almost always in ("Hélène"
// typed in Latin-1 keeps its letters). A multi-byte sequence cut short, and
// a byte windows-1252 leaves undefined, become U+FFFD as in RepairUtf8.
// Each gets an input.invalid-utf8 issue at its place (docs/input.md).
std::string RepairUtf8ReadingLoneBytesAsCp1252(std::string_view s, std::vector<InputIssue>* issues) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  size_t i = 0;
  while (i < s.size()) {
    size_t bad = 0;
    std::string_view rest = s.substr(i);
    if (IsValidUtf8(rest, &bad)) {
      out.append(rest);
      break;
    }
    out.append(rest.substr(0, bad));
    const size_t n = MaximalSubpart(rest, bad);
    const auto byte = static_cast<unsigned char>(rest[bad]);
    const std::string c = n == 1 ? Cp1252Char(byte) : std::string();
    if (issues) {
      static constexpr char kHex[] = "0123456789ABCDEF";
      const std::string hex = std::string("0x") + kHex[byte >> 4] + kHex[byte & 0xF];
      issues->push_back({"input.invalid-utf8",
                         c.empty() ? "invalid UTF-8 byte replaced with U+FFFD"
                                   : "byte " + hex + " is not UTF-8: read as windows-1252 \u201c" + c + "\u201d",
                         out.size()});
    }
    out.append(c.empty() ? std::string(kReplacementChar) : c);
    i += bad + n;
  }
  return out;
}

// A JSON record's strings with kJsonBadByteMark (its file's invalid bytes)
// back to U+FFFD; in the text, each with an input.invalid-utf8 issue.
void UnmarkBadBytes(std::string* text, std::vector<InputIssue>* issues) {
  for (size_t at = text->find(kJsonBadByteMark); at != std::string::npos; at = text->find(kJsonBadByteMark, at + 3)) {
    text->replace(at, kJsonBadByteMark.size(), kReplacementChar);
    if (issues) issues->push_back({"input.invalid-utf8", "invalid UTF-8 byte replaced with U+FFFD", at});
  }
}

// The byte-order mark `bytes` opens with, of UTF-32 or UTF-16: "UTF-32LE"
// (FF FE 00 00), "UTF-32BE" (00 00 FE FF), "UTF-16LE" (FF FE), "UTF-16BE"
// (FE FF), else "". UTF-32LE's mark opens with UTF-16LE's, so it is tried
// first: FF FE 00 00 is never UTF-16 text (its first character would be
// U+0000), as the Unicode standard's BOM table (section 23.8) and the
// WHATWG Encoding standard's sniffing of it agree.
std::string_view WideMark(std::string_view bytes) {
  if (bytes.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4)) return "UTF-32LE";
  if (bytes.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4)) return "UTF-32BE";
  if (bytes.substr(0, 2) == "\xFF\xFE") return "UTF-16LE";
  if (bytes.substr(0, 2) == "\xFE\xFF") return "UTF-16BE";
  return {};
}

// Control bytes a text may hold and still be text, whatever its length.
constexpr size_t kFewControlBytes = 16;

bool LooksBinary(std::string_view bytes) {
  size_t n = std::min<size_t>(bytes.size(), 65536);
  if (n == 0) return false;
  size_t control = 0;
  for (size_t i = 0; i < n; ++i) {
    // Eight bytes at a time while none is below 0x20 (nearly all of a text).
    while (i + 8 <= n) {
      uint64_t v;
      std::memcpy(&v, bytes.data() + i, 8);
      if (((v - 0x2020202020202020ull) & ~v & 0x8080808080808080ull) != 0) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  // More than 5% control bytes and more than a few, or more than a quarter
  // of the bytes: a short draft with a handful of stray NULs ("Hi," said
  // Bob. and three NULs is 17%) is text.
  return (control > kFewControlBytes && control * 20 > n) || control * 4 > n;
}

// Which half of UTF-16 the bytes look like when they have no byte-order
// mark: "utf-16le" when most of the first 4 KiB's byte pairs read, low byte
// first, as one alphabet's letters or as ASCII ("Ми" is 1C 04 38 04, "Hi"
// is 48 00 69 00: a non-zero low byte, and a high byte that is zero or the
// alphabet's block, the same for most letters), "utf-16be" for the mirror;
// else empty. Ideographs spread over too many blocks to be told from other
// binary content this way.
std::string Utf16WithoutMark(std::string_view bytes) {
  const size_t n = std::min<size_t>(bytes.size(), 4096) & ~size_t{1};
  if (n < 8) return {};
  const size_t pairs = n / 2;
  // `high` is 1 for low byte first (LE), 0 for high byte first (BE).
  auto texty = [&](size_t high) {
    std::array<size_t, 256> blocks{};
    for (size_t i = 0; i < n; i += 2) ++blocks[static_cast<unsigned char>(bytes[i + high])];
    // The alphabet's block: the commonest high byte from U+0100 to U+2FFF.
    unsigned char alphabet = 0;  // none
    size_t most = 0;
    for (unsigned b = 1; b < 0x30; ++b) {
      if (blocks[b] > most) {
        most = blocks[b];
        alphabet = static_cast<unsigned char>(b);
      }
    }
    size_t letters = 0;
    for (size_t i = 0; i < n; i += 2) {
      const auto hi = static_cast<unsigned char>(bytes[i + high]);
      const auto lo = static_cast<unsigned char>(bytes[i + 1 - high]);
      if (lo != 0 && (hi == 0 || (alphabet != 0 && hi == alphabet))) ++letters;
    }
    return letters * 10 >= pairs * 7;
  };
  if (texty(1)) return "utf-16le";
  if (texty(0)) return "utf-16be";
  return {};
}

// "utf-32le" when the first 4 KiB read as UTF-32 with no byte-order mark,
// low byte first: at least seven units in ten are text, that is a tab, a
// line break, printable ASCII, a letter of the commonest alphabet block
// from U+0100 to U+2FFF (as Utf16WithoutMark reads it), or CJK, kana,
// Hangul or full-width forms; "utf-32be" for the mirror; else empty.
// Control characters, surrogates and values spread over every block (any
// binary of 32-bit numbers) are not text.
std::string Utf32WithoutMark(std::string_view bytes) {
  const size_t n = std::min<size_t>(bytes.size(), 4096) & ~size_t{3};
  if (n < 16) return {};
  const size_t units = n / 4;
  auto texty = [&](bool little) {
    auto unit = [&](size_t i) {
      uint32_t u = 0;
      for (int k = 0; k < 4; ++k) {
        const int shift = little ? 8 * k : 8 * (3 - k);
        u |= static_cast<uint32_t>(static_cast<unsigned char>(bytes[i + static_cast<size_t>(k)])) << shift;
      }
      return u;
    };
    std::array<size_t, 0x30> blocks{};
    for (size_t i = 0; i < n; i += 4) {
      const uint32_t u = unit(i);
      if (u >= 0x100 && u < 0x3000) ++blocks[u >> 8];
    }
    const uint32_t alphabet = static_cast<uint32_t>(std::max_element(blocks.begin(), blocks.end()) - blocks.begin());
    size_t text = 0;
    for (size_t i = 0; i < n; i += 4) {
      const uint32_t u = unit(i);
      const bool ok = u == '\t' || u == '\n' || u == '\r' || (u >= 0x20 && u < 0x7F) ||
                      (u >= 0xA0 && u < 0x100) || (alphabet != 0 && (u >> 8) == alphabet) ||
                      (u >= 0x3000 && u < 0x3100) || (u >= 0x4E00 && u < 0xA000) ||
                      (u >= 0xAC00 && u < 0xD7A4) || (u >= 0xFF00 && u < 0xFFF0);
      if (ok) ++text;
    }
    return text * 10 >= units * 7;
  };
  if (texty(true)) return "utf-32le";
  if (texty(false)) return "utf-32be";
  return {};
}

// The error for bytes that are not text, naming the encoding that reads
// them when they look like UTF-32 or UTF-16 with no byte-order mark.
Status NotTextError(std::string_view bytes, const std::string& path) {
  std::string half = Utf32WithoutMark(bytes);
  if (half.empty()) half = Utf16WithoutMark(bytes);
  return Status::Error(half.empty() ? "not a text file (binary content)"
                                    : "not a text file (binary content; it looks like " + half +
                                          " with no byte-order mark: --encoding " + half + " reads it)",
                       path);
}

// Whether text read from standard input as one article holds JSON records
// instead, one a line: its first two non-blank lines each open with "{"
// and close with "}", or its only non-blank line is a JSON object.
bool LooksLikeJsonl(std::string_view bytes) {
  int records = 0;
  std::string_view first;
  size_t i = 0;
  while (i < bytes.size() && records < 2) {
    size_t end = bytes.find('\n', i);
    if (end == std::string_view::npos) end = bytes.size();
    std::string_view line = bytes.substr(i, end - i);
    i = end + 1;
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t' || line.front() == '\r')) line.remove_prefix(1);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
    if (line.empty()) continue;
    if (line.front() != '{' || line.back() != '}') return false;
    if (records == 0) first = line;
    ++records;
  }
  return records == 2 || (records == 1 && nlohmann::json::accept(first));
}

// What JSON the whole of standard input is, when it is one JSON value
// spread over lines: a record ("{" … "}", pretty-printed) or an array whose
// first element is a record ("[{…}, …]"); else neither.
enum class JsonShape { kNone, kRecord, kArray };
JsonShape WholeJsonShape(std::string_view bytes) {
  const size_t first = bytes.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos || (bytes[first] != '{' && bytes[first] != '[')) return JsonShape::kNone;
  if (bytes[first] == '[') {
    const size_t next = bytes.find_first_not_of(" \t\r\n", first + 1);
    if (next == std::string_view::npos || bytes[next] != '{') return JsonShape::kNone;
  }
  if (!nlohmann::json::accept(bytes)) return JsonShape::kNone;
  return bytes[first] == '{' ? JsonShape::kRecord : JsonShape::kArray;
}

// Standard input read as one text article when it holds JSONL, a
// pretty-printed JSON record or an array of records: a warning on the
// article, at 1:1 (`audit -`, `clean -` or `ingest -` with no
// --input-format).
void WarnOfJsonl(std::vector<LoadedArticle>* loaded, const std::string& shown) {
  if (loaded->size() != 1 || !(*loaded)[0].document) return;
  const std::string& source = (*loaded)[0].document->source;
  std::string message;
  if (LooksLikeJsonl(source)) {
    message = "standard input looks like JSONL (one JSON record a line) but is read as one text article; "
              "--input-format jsonl reads a record a line";
  } else if (const JsonShape shape = WholeJsonShape(source); shape == JsonShape::kRecord) {
    message = "standard input looks like a JSON record but is read as one text article; "
              "--input-format json reads it as a record";
  } else if (shape == JsonShape::kArray) {
    message = "standard input looks like a JSON array of records but is read as one text article; "
              "give one record a line with --input-format jsonl (or each record alone with --input-format json)";
  } else {
    return;
  }
  (*loaded)[0].document->warnings.push_back(Status::Error(message, shown, 1, 1));
}

// Why `s`, given as plain text, is clearly an HTML document: "it starts
// with <!doctype html>", "it starts with <html>", "it has 12 HTML tags";
// empty when it is not. Read as text, its tags would count as words and a
// page's navigation and share blocks would not be masked (fu39).
std::string HtmlEvidence(std::string_view s) {
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  auto starts_with = [&](size_t at, std::string_view prefix) {
    if (s.size() - at < prefix.size()) return false;
    for (size_t k = 0; k < prefix.size(); ++k) {
      if (lower(s[at + k]) != prefix[k]) return false;
    }
    return true;
  };
  size_t i = s.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) ++i;
  if (starts_with(i, "<!doctype html")) return "it starts with <!doctype html>";
  if (starts_with(i, "<html") && i + 5 < s.size() && (s[i + 5] == '>' || s[i + 5] == ' ' || s[i + 5] == '\n')) {
    return "it starts with <html>";
  }
  // Otherwise many tags of HTML's common elements, densely: at least six,
  // and one in every 200 bytes (a page's <p> per paragraph passes; prose
  // that names a tag or two does not).
  static const std::set<std::string, std::less<>> kTags = {
      "a",   "article", "aside", "b",  "blockquote", "body", "br",     "div",  "em",    "footer", "h1",
      "h2",  "h3",      "h4",    "h5", "h6",         "head", "header", "i",    "img",   "li",     "link",
      "main", "meta",   "nav",   "ol", "p",          "script", "section", "span", "strong", "style", "table",
      "td",  "th",      "title", "tr", "ul"};
  size_t tags = 0;
  for (size_t p = s.find('<'); p != std::string_view::npos; p = s.find('<', p + 1)) {
    size_t q = p + 1;
    if (q < s.size() && s[q] == '/') ++q;
    std::string name;
    while (q < s.size() && name.size() < 12 &&
           ((s[q] >= 'a' && s[q] <= 'z') || (s[q] >= 'A' && s[q] <= 'Z') || (s[q] >= '0' && s[q] <= '9'))) {
      name += lower(s[q++]);
    }
    if (name.empty() || q >= s.size()) continue;
    if (s[q] != '>' && s[q] != ' ' && s[q] != '/' && s[q] != '\t' && s[q] != '\n' && s[q] != '\r') continue;
    if (kTags.count(name)) ++tags;
  }
  if (tags >= 6 && tags * 200 >= s.size()) return "it has " + std::to_string(tags) + " HTML tags";
  return "";
}

// A text article that is clearly an HTML page (a .txt holding a saved page,
// standard input without --input-format) is read as HTML, with a warning.
void ReadHtmlSavedAsText(std::vector<LoadedArticle>* loaded, const std::string& shown) {
  if (loaded->size() != 1 || !(*loaded)[0].document) return;
  Document& doc = *(*loaded)[0].document;
  if (doc.format != InputFormat::kText) return;
  const std::string why = HtmlEvidence(doc.source);
  if (why.empty()) return;
  doc.format = InputFormat::kHtml;
  doc.warnings.push_back(Status::Error("the text is an HTML document (" + why +
                                           "): it is read as HTML; --input-format text reads it as plain text",
                                       shown, 1, 1));
}

// "200.0 MiB", "512 bytes": sizes in messages.
std::string SizeText(size_t bytes) {
  if (bytes < 1024) return Counted(bytes, "byte", "bytes");
  char buf[32];
  double v = static_cast<double>(bytes);
  const char* unit = "KiB";
  v /= 1024;
  if (v >= 1024) {
    v /= 1024;
    unit = "MiB";
  }
  if (v >= 1024) {
    v /= 1024;
    unit = "GiB";
  }
  std::snprintf(buf, sizeof buf, "%.1f %s", v, unit);
  return buf;
}

std::string TooLargeMessage(const std::string& amount, size_t limit) {
  return "article too large (" + amount + "; the limit is " + SizeText(limit) +
         " per article, raise it with --max-article-bytes)";
}

// Reads a whole stream, up to `cap` bytes (more is reported as too large).
// Returns false with `error` set when the read fails.
bool ReadStream(std::FILE* f, size_t cap, std::string* bytes, bool* too_large, std::string* error) {
  bytes->clear();
  *too_large = false;
  char buf[1 << 16];
  while (true) {
    size_t n = std::fread(buf, 1, sizeof buf, f);
    if (n > 0) {
      if (bytes->size() + n > cap) {
        *too_large = true;
        return true;
      }
      bytes->append(buf, n);
    }
    if (n < sizeof buf) {
      if (std::ferror(f)) {
        *error = std::strerror(errno);
        return false;
      }
      return true;
    }
  }
}

// ReadStream over a file descriptor, read straight into `bytes`: sized
// from `size_hint` (the file's size when known), so a file is read in one
// call and one more that finds its end.
bool ReadFd(int fd, size_t cap, size_t size_hint, std::string* bytes, bool* too_large, std::string* error) {
  bytes->clear();
  *too_large = false;
  // One byte more than the limit (when there is one) tells "too large".
  const size_t most = cap < SIZE_MAX ? cap + 1 : cap;
  bytes->resize(std::min(most, std::max<size_t>(size_hint + 1, 4096)));
  size_t n = 0;
  while (true) {
    if (n == bytes->size()) {
      if (n >= most) break;
      bytes->resize(std::min(most, std::max<size_t>(n * 2, size_t{1} << 16)));
    }
    ssize_t got = ::read(fd, bytes->data() + n, bytes->size() - n);
    if (got < 0) {
      if (errno == EINTR) continue;
      *error = std::strerror(errno);
      bytes->clear();
      return false;
    }
    if (got == 0) break;
    n += static_cast<size_t>(got);
  }
  bytes->resize(n);
  if (n > cap) {
    *too_large = true;
    bytes->clear();
  }
  return true;
}

const nlohmann::json* FirstField(const nlohmann::json& j, const std::vector<const char*>& names) {
  for (const char* n : names) {
    auto it = j.find(n);
    if (it != j.end() && !it->is_null()) return &*it;
  }
  return nullptr;
}

// A metadata field's value as text. A value of another type is still read
// where it can be (a number as written, the strings of a list joined), and
// `*problem` then says what was done, for a warning at the field's place
// (`*used`: the name found): a list of strings is expected for an author
// only ("authors": ["A", "B"]), and so are the schema.org shapes of one,
// a person as an object with a name ("authors": [{"name": "A"}, {"name":
// "B"}], "author": {"@type": "Person", "name": "A"}).
std::optional<std::string> StringField(const nlohmann::json& j, const std::vector<const char*>& names,
                                       const char** used = nullptr, std::string* problem = nullptr) {
  const nlohmann::json* v = nullptr;
  for (const char* n : names) {
    auto it = j.find(n);
    if (it != j.end() && !it->is_null()) {
      v = &*it;
      if (used) *used = n;
      break;
    }
  }
  if (!v) return std::nullopt;
  auto say = [&](std::string what) {
    if (problem) *problem = std::move(what);
  };
  const std::string name = used && *used ? *used : names.front();
  const bool author = names.front() == std::string_view("author");
  // An author's name: a string, or a person object's "name" string.
  auto person_name = [&](const nlohmann::json& e) -> const nlohmann::json* {
    if (e.is_string()) return &e;
    if (!author || !e.is_object()) return nullptr;
    auto it = e.find("name");
    return it != e.end() && it->is_string() ? &*it : nullptr;
  };
  if (v->is_string()) return v->get<std::string>();
  if (const nlohmann::json* one = person_name(*v)) return one->get<std::string>();
  if (v->is_array()) {
    std::string joined;
    bool all_strings = true;
    for (const auto& e : *v) {
      const nlohmann::json* person = person_name(e);
      if (!person) {
        all_strings = false;
        continue;
      }
      if (!joined.empty()) joined += ", ";
      joined += person->get<std::string>();
    }
    if (!all_strings || !author) {
      say("JSON field '" + name + "' should be a string, not a list" +
          (joined.empty() ? "; it is ignored" : "; its strings are joined as '" + joined + "'"));
    }
    if (!joined.empty()) return joined;
    return std::nullopt;
  }
  if (v->is_number() || v->is_boolean()) {
    say("JSON field '" + name + "' should be a string, not a " + (v->is_boolean() ? "boolean" : "number") +
        "; it is read as '" + v->dump() + "'");
    return v->dump();
  }
  say("JSON field '" + name + "' should be a string, not an object; it is ignored");
  return std::nullopt;
}

// The fields a JSON record's text is taken from, the first present wins.
// The last, "html", holds a page's markup and is read as HTML (the others
// are too when their text is clearly an HTML document: HtmlEvidence).
constexpr const char* kTextFields[] = {"text", "content", "body", "maintext", "article", "html"};

// Skips one JSON value (valid JSON) starting at `i`; returns the offset after it.
size_t SkipJsonValue(std::string_view s, size_t i) {
  if (i >= s.size()) return i;
  if (s[i] == '"') {
    // The next '"' not escaped: one preceded by an even number of
    // backslashes (inside the string; its opening quote is not one), found
    // with memchr rather than byte by byte.
    for (++i; i < s.size();) {
      const void* q = std::memchr(s.data() + i, '"', s.size() - i);
      if (q == nullptr) return s.size();
      const size_t at = static_cast<size_t>(static_cast<const char*>(q) - s.data());
      size_t slashes = 0;
      while (at - slashes > i && s[at - slashes - 1] == '\\') ++slashes;
      if (slashes % 2 == 0) return at + 1;
      i = at + 1;
    }
    return s.size();
  }
  if (s[i] == '{' || s[i] == '[') {
    int depth = 0;
    for (; i < s.size(); ++i) {
      char c = s[i];
      if (c == '"') {
        i = SkipJsonValue(s, i) - 1;
      } else if (c == '{' || c == '[') {
        ++depth;
      } else if (c == '}' || c == ']') {
        if (--depth == 0) return i + 1;
      }
    }
    return s.size();
  }
  while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ']' && s[i] != ' ' && s[i] != '\t' &&
         s[i] != '\n' && s[i] != '\r') {
    ++i;
  }
  return i;
}

// The keys of the top-level object `s` (valid JSON) in order, each with the
// byte offset of its value.
std::vector<std::pair<std::string, size_t>> TopLevelKeys(std::string_view s) {
  std::vector<std::pair<std::string, size_t>> keys;
  auto ws = [&](size_t i) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
    return i;
  };
  size_t i = ws(0);
  if (s.substr(0, 3) == "\xEF\xBB\xBF") i = ws(3);
  if (i >= s.size() || s[i] != '{') return keys;
  i = ws(i + 1);
  while (i < s.size() && s[i] == '"') {
    size_t end = SkipJsonValue(s, i);
    std::string name;
    try {
      name = nlohmann::json::parse(s.substr(i, end - i)).get<std::string>();
    } catch (const nlohmann::json::exception&) {
      return keys;
    }
    i = ws(end);
    if (i >= s.size() || s[i] != ':') return keys;
    i = ws(i + 1);
    keys.emplace_back(std::move(name), i);
    i = ws(SkipJsonValue(s, i));
    if (i >= s.size() || s[i] != ',') break;
    i = ws(i + 1);
  }
  return keys;
}

// Appends to `out` the string the JSON string `raw` (its quotes included,
// as SkipJsonValue delimits it) stands for, as nlohmann's lexer decodes it:
// the escapes \" \\ \/ \b \f \n \r \t and \uXXXX (a surrogate pair as one
// character), and UTF-8 as it is. False for any string the lexer would
// refuse (a control character, an unknown escape, a surrogate escape not
// in a pair, ill-formed UTF-8, no closing quote at the end of `raw`); the
// caller then leaves the string to the parser, which reports it.
bool DecodeJsonString(std::string_view raw, std::string* out) {
  const size_t n = raw.size();
  if (n < 2 || raw[0] != '"') return false;
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(raw[k]); };
  const auto hex4 = [&](size_t k, unsigned* v) {
    if (k + 4 > n) return false;
    unsigned x = 0;
    for (size_t d = k; d < k + 4; ++d) {
      const unsigned char c = byte(d);
      unsigned digit;
      if (c >= '0' && c <= '9') digit = c - '0';
      else if (c >= 'a' && c <= 'f') digit = c - 'a' + 10;
      else if (c >= 'A' && c <= 'F') digit = c - 'A' + 10;
      else return false;
      x = x * 16 + digit;
    }
    *v = x;
    return true;
  };
  // Whether one of the eight bytes at `p` is below 0x20, '"', '\\' or not
  // ASCII (it may also say so next to one that is: the loop then goes byte
  // by byte).
  const auto special8 = [](const char* p) {
    constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    uint64_t v;
    std::memcpy(&v, p, 8);
    const auto has_zero = [&](uint64_t x) { return ((x - kOnes) & ~x & kHigh) != 0; };
    return (v & kHigh) != 0 || ((v - kOnes * 0x20) & ~v & kHigh) != 0 || has_zero(v ^ (kOnes * '"')) ||
           has_zero(v ^ (kOnes * '\\'));
  };
  size_t i = 1;
  size_t run = 1;  // start of the bytes not yet copied
  while (i < n) {
    while (i + 8 <= n && !special8(raw.data() + i)) i += 8;
    if (i >= n) return false;
    const unsigned char c = byte(i);
    if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    if (c == '"') {
      out->append(raw.data() + run, i - run);
      return i + 1 == n;
    }
    if (c < 0x20) return false;
    if (c == '\\') {
      out->append(raw.data() + run, i - run);
      if (i + 1 >= n) return false;
      const char e = raw[i + 1];
      i += 2;
      run = i;
      switch (e) {
        case '"': out->push_back('"'); continue;
        case '\\': out->push_back('\\'); continue;
        case '/': out->push_back('/'); continue;
        case 'b': out->push_back('\b'); continue;
        case 'f': out->push_back('\f'); continue;
        case 'n': out->push_back('\n'); continue;
        case 'r': out->push_back('\r'); continue;
        case 't': out->push_back('\t'); continue;
        case 'u': break;
        default: return false;
      }
      unsigned cp = 0;
      if (!hex4(i, &cp)) return false;
      i += 4;
      if (cp >= 0xDC00 && cp <= 0xDFFF) return false;
      if (cp >= 0xD800 && cp <= 0xDBFF) {
        unsigned low = 0;
        if (i + 2 > n || raw[i] != '\\' || raw[i + 1] != 'u' || !hex4(i + 2, &low)) return false;
        if (low < 0xDC00 || low > 0xDFFF) return false;
        i += 6;
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
      }
      if (cp < 0x80) {
        out->push_back(static_cast<char>(cp));
      } else if (cp < 0x800) {
        out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
      } else if (cp < 0x10000) {
        out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
      } else {
        out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
      }
      run = i;
      continue;
    }
    // A UTF-8 sequence, well formed as the lexer requires (RFC 3629: no
    // overlong form, no surrogate, nothing past U+10FFFF).
    size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // the second byte's range
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c == 0xE0) {
      len = 3;
      lo = 0xA0;
    } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
      len = 3;
    } else if (c == 0xED) {
      len = 3;
      hi = 0x9F;
    } else if (c == 0xF0) {
      len = 4;
      lo = 0x90;
    } else if (c >= 0xF1 && c <= 0xF3) {
      len = 4;
    } else if (c == 0xF4) {
      len = 4;
      hi = 0x8F;
    } else {
      return false;
    }
    if (i + len > n) return false;
    if (byte(i + 1) < lo || byte(i + 1) > hi) return false;
    for (size_t k = i + 2; k < i + len; ++k) {
      if (byte(k) < 0x80 || byte(k) > 0xBF) return false;
    }
    i += len;
  }
  return false;
}

// nlohmann's lexer reads a string at about 75 instructions a byte (it
// keeps every byte twice, for the value and for error messages), most of
// the time a JSONL record takes to read. So the long string values of the
// top-level object `s` (an article's text) are decoded by DecodeJsonString
// and written as "" into `shortened`, for the parser to read the rest;
// `values` gets each key with its string. Only a string the decoder takes
// whole, under a key given once, is lifted out, so that when `shortened`
// parses, putting the values back gives what parsing `s` gives. False when
// nothing was lifted.
bool LiftLongStrings(std::string_view s, std::string* shortened,
                     std::vector<std::pair<std::string, std::string>>* values) {
  constexpr size_t kLong = 256;
  const auto keys = TopLevelKeys(s);
  std::unordered_map<std::string_view, int> uses;
  bool any = false;
  for (const auto& [name, at] : keys) {
    ++uses[name];
    any = any || (at < s.size() && s[at] == '"' && SkipJsonValue(s, at) - at >= kLong);
  }
  if (!any) return false;
  size_t copied = 0;
  for (const auto& [name, at] : keys) {
    if (at >= s.size() || s[at] != '"' || uses[name] != 1) continue;
    const size_t end = SkipJsonValue(s, at);
    if (end - at < kLong) continue;
    std::string value;
    value.reserve(end - at);
    if (!DecodeJsonString(s.substr(at, end - at), &value)) continue;
    shortened->append(s.substr(copied, at - copied));
    shortened->append("\"\"");
    copied = end;
    values->emplace_back(name, std::move(value));
  }
  if (values->empty()) return false;
  shortened->append(s.substr(copied));
  return true;
}

// Byte offset of the value of `key` in the top-level object `s` (valid JSON;
// the last one when the key repeats, as the parser keeps it).
std::optional<size_t> TopLevelValueOffset(std::string_view s, std::string_view key) {
  std::optional<size_t> found;
  for (const auto& [name, at] : TopLevelKeys(s)) {
    if (name == key) found = at;
  }
  return found;
}

// Column (in code points, 1-based) of byte `offset` within `line`.
int ColumnOf(std::string_view line, size_t offset) {
  offset = std::min(offset, line.size());
  return static_cast<int>(CountCodePoints(line.substr(0, offset))) + 1;
}

// Line and column of the value of top-level field `name` in a record whose
// first line is `line_base`; the record's start when the field is absent.
std::pair<int, int> OffsetPlace(std::string_view json_text, size_t at, int line_base) {
  int line = line_base;
  size_t line_start = 0;
  for (size_t i = 0; i < at && i < json_text.size(); ++i) {
    if (json_text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  return {line, ColumnOf(json_text.substr(line_start), at - line_start)};
}

std::pair<int, int> FieldPlace(std::string_view json_text, std::string_view name, int line_base) {
  if (auto at = TopLevelValueOffset(json_text, name)) return OffsetPlace(json_text, *at, line_base);
  return {line_base, 1};
}

// `marked`: the file's invalid bytes were replaced with kJsonBadByteMark.
LoadedArticle RecordToDocument(std::string_view json_text, const std::string& path,
                               std::optional<int> record, int line_base, InputFormat format, bool marked) {
  LoadedArticle out;
  nlohmann::json j;
  // "\ud800" alone: U+FFFD with a finding, as broken UTF-16 gives, not an
  // error for the whole record.
  std::string with_marks;
  const bool lone_surrogates = MarkLoneSurrogates(json_text, &with_marks);
  if (lone_surrogates) json_text = with_marks;
  // The long strings decoded apart (LiftLongStrings); a record whose rest
  // does not parse is parsed whole below, so that its error is the same.
  bool lifted = false;
  {
    std::string shortened;
    std::vector<std::pair<std::string, std::string>> values;
    if (LiftLongStrings(json_text, &shortened, &values)) {
      try {
        j = nlohmann::json::parse(shortened);
        if (j.is_object()) {
          for (auto& [name, value] : values) j[name] = std::move(value);
          lifted = true;
        }
      } catch (const nlohmann::json::parse_error&) {
      }
    }
  }
  if (!lifted) {
    try {
      j = nlohmann::json::parse(json_text);
    } catch (const nlohmann::json::parse_error& e) {
      size_t byte = JsonErrorOffset(e, json_text);
      // Find the line of `byte` inside json_text (a JSON file may span lines).
      int line = line_base;
      size_t line_start = 0;
      for (size_t i = 0; i < byte && i < json_text.size(); ++i) {
        if (json_text[i] == '\n') {
          ++line;
          line_start = i + 1;
        }
      }
      std::string msg = e.what();
      size_t colon = msg.find("syntax error");
      if (colon != std::string::npos) msg = msg.substr(colon);
      out.error = Status::Error("invalid JSON: " + msg, path, line,
                                ColumnOf(json_text.substr(line_start), byte - line_start));
      return out;
    }
  }
  if (!j.is_object()) {
    out.error = Status::Error("a JSON article must be an object", path, line_base, 1);
    return out;
  }
  // The text is the first of kTextFields present; it must be a string (a
  // number or an object is not an article, never turned into one).
  std::optional<std::string> text;
  const char* text_field = nullptr;
  for (const char* name : kTextFields) {
    auto it = j.find(name);
    if (it == j.end() || it->is_null()) continue;
    if (!it->is_string()) {
      // The place of the value, for "file:line:column".
      const auto [line, column] = FieldPlace(json_text, name, line_base);
      out.error = Status::Error(std::string("JSON field '") + name + "' must be a string (the article's text), not " +
                                    (it->is_object() || it->is_array() ? "an " : "a ") + it->type_name(),
                                path, line, column);
      return out;
    }
    text = it->get<std::string>();
    text_field = name;
    break;
  }
  if (!text) {
    // "text": null: the field is there but holds no text; name it at its
    // place rather than say there is none.
    for (const char* name : kTextFields) {
      if (!j.contains(name)) continue;
      const auto [line, column] = FieldPlace(json_text, name, line_base);
      out.error = Status::Error(std::string("JSON field '") + name + "' is null; it must be a string (the article's text)",
                                path, line, column);
      return out;
    }
    std::string names;
    for (const char* name : kTextFields) names += std::string(names.empty() ? "" : ", ") + name;
    out.error = Status::Error("JSON record has no text field (" + names + ")", path, line_base, 1);
    return out;
  }
  Document doc;
  doc.path = path;
  doc.record = record;
  doc.format = format;
  if (std::string_view(text_field) == "html") {
    doc.format = InputFormat::kHtml;
  } else if (const std::string why = HtmlEvidence(*text); !why.empty()) {
    doc.format = InputFormat::kHtml;
    const auto [line, column] = FieldPlace(json_text, text_field, line_base);
    doc.warnings.push_back(Status::Error(std::string("JSON field '") + text_field + "' holds an HTML document (" + why +
                                             "): it is read as HTML",
                                         path, line, column));
  }
  doc.source = RepairUtf8(*text, &doc.issues);
  if (marked) UnmarkBadBytes(&doc.source, &doc.issues);
  if (lone_surrogates) {
    UnmarkLoneSurrogates(&doc.source, &doc.issues);
    std::stable_sort(doc.issues.begin(), doc.issues.end(),
              [](const InputIssue& x, const InputIssue& y) { return x.offset < y.offset; });
  }
  Metadata& m = doc.metadata;
  {
    // A key given twice: the parser keeps the last value, silently.
    std::map<std::string, size_t> first;
    for (const auto& [name, at] : TopLevelKeys(json_text)) {
      auto [earlier, fresh] = first.emplace(name, at);
      if (fresh) continue;
      const auto [line, column] = OffsetPlace(json_text, at, line_base);
      const auto [first_line, first_column] = OffsetPlace(json_text, earlier->second, line_base);
      doc.warnings.push_back(Status::Error(
          "JSON field '" + name + "' is given twice (first at " + std::to_string(first_line) + ":" +
              std::to_string(first_column) + "); the last value is used",
          path, line, column));
    }
  }
  for (const auto& f : MetadataFieldTable()) {
    const char* used = nullptr;
    std::string problem;
    m.*f.field = StringField(j, f.names, &used, &problem);
    if (!problem.empty()) {
      const auto [line, column] = FieldPlace(json_text, used, line_base);
      doc.warnings.push_back(Status::Error(problem, path, line, column));
    }
    if (f.field == &Metadata::language && m.language && used != nullptr) {
      const auto [line, column] = FieldPlace(json_text, used, line_base);
      m.language_line = line;
      m.language_column = column;
      // "klingon", "English": no language tag, so the language is
      // detected; say so rather than audit it silently as another language.
      if (!IsLanguageTag(*m.language)) {
        doc.warnings.push_back(Status::Error(NotALanguageMessage(std::string("JSON field '") + used + "'", *m.language),
                                             path, line, column));
      }
    }
    if (marked && m.*f.field) UnmarkBadBytes(&*(m.*f.field), nullptr);
    if (lone_surrogates && m.*f.field) UnmarkLoneSurrogates(&*(m.*f.field), nullptr);
  }
  if (m.published && !IsIsoDate(*m.published)) {
    // The place of the value, as for a text field of the wrong type.
    std::pair<int, int> place{line_base, 1};
    const auto& fields = MetadataFieldTable();
    const auto published = std::find_if(fields.begin(), fields.end(),
                                         [](const MetadataFieldNames& f) { return f.field == &Metadata::published; });
    for (const char* name : published->names) {
      if (j.contains(name) && !j[name].is_null()) {
        place = FieldPlace(json_text, name, line_base);
        break;
      }
    }
    doc.warnings.push_back(Status::Error(NotADateMessage(*m.published), path, place.first, place.second));
  }
  if (const auto* w = FirstField(j, {"wire"}); w) {
    if (w->is_boolean()) {
      m.wire = w->get<bool>();
    } else if (w->is_string()) {
      m.wire = IsWireValue(w->get<std::string>());
    } else {
      const auto [line, column] = FieldPlace(json_text, "wire", line_base);
      doc.warnings.push_back(Status::Error(std::string("JSON field 'wire' should be true, false or a string, not ") +
                                               (w->is_number() ? "a number" : w->is_array() ? "a list" : "an object") +
                                               "; it is ignored",
                                           path, line, column));
    }
  }
  out.document = std::move(doc);
  return out;
}

// One line of a JSONL record (without its '\n') as LoadBytes splits them: a
// record, a blank line, or a line too long for `limit` (`size` bytes).
LoadedArticle JsonlLine(std::string_view row, const std::string& path, int line, const LoadOptions& options,
                        bool* blank_line, bool marked) {
  if (!row.empty() && row.back() == '\r') row.remove_suffix(1);
  *blank_line = row.find_first_not_of(" \t") == std::string_view::npos;
  if (*blank_line) return {};
  if (row.size() > options.max_article_bytes) {
    LoadedArticle a;
    a.error = Status::Error(TooLargeMessage(SizeText(row.size()), options.max_article_bytes), path, line, 1);
    return a;
  }
  return RecordToDocument(row, path, line, line, InputFormat::kJsonl,
                          marked && row.find(kJsonBadByteMark) != std::string_view::npos);
}

}  // namespace

namespace {

// UTF-16 after its BOM, converted by ICU, which writes U+FFFD for an
// unpaired surrogate and for a last byte with no partner (an odd byte
// count: a file cut short). Each of those gets an input.invalid-utf16 issue
// at its place in the UTF-8 text; a U+FFFD the file itself holds does not.
// `first_byte`: the file's offset of bytes[0] (2 after a BOM), for the
// byte offset each message names.
Result<std::string> DecodeUtf16(std::string_view bytes, bool little_endian, std::vector<InputIssue>* issues,
                                size_t first_byte = 0) {
  auto converted = ConvertWithIcu(bytes, little_endian ? "UTF-16LE" : "UTF-16BE");
  if (!converted.ok() || !issues) return converted;
  auto unit = [&](size_t i) -> uint32_t {
    const auto lo = static_cast<unsigned char>(bytes[little_endian ? i : i + 1]);
    const auto hi = static_cast<unsigned char>(bytes[little_endian ? i + 1 : i]);
    return static_cast<uint32_t>(hi) << 8 | lo;
  };
  std::vector<InputIssue> found;
  size_t out = 0;  // UTF-8 bytes of the text so far
  size_t i = 0;
  for (; i + 1 < bytes.size(); i += 2) {
    const uint32_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < bytes.size() && unit(i + 2) >= 0xDC00 && unit(i + 2) <= 0xDFFF) {
      out += 4;
      i += 2;
    } else if (u >= 0xD800 && u <= 0xDFFF) {
      char hex[16];
      std::snprintf(hex, sizeof hex, "0x%X", u);
      found.push_back({"input.invalid-utf16",
                       std::string("unpaired UTF-16 surrogate ") + hex + " at byte " +
                           std::to_string(first_byte + i) + " replaced with U+FFFD",
                       out});
      out += 3;
    } else {
      out += u < 0x80 ? 1 : u < 0x800 ? 2 : 3;
    }
  }
  if (i < bytes.size()) {
    found.push_back({"input.invalid-utf16",
                     "the UTF-16 text ends with half a character (an odd number of bytes, the last at byte " +
                         std::to_string(first_byte + i) + "); it is replaced with U+FFFD",
                     out});
    out += 3;
  }
  // Offsets hold only if ICU wrote what the walk counted; else one issue
  // for the whole text.
  if (!found.empty() && out != converted.value().size()) {
    found.assign(1, InputIssue{"input.invalid-utf16", found.front().message, 0});
  }
  issues->insert(issues->end(), found.begin(), found.end());
  return converted;
}

// UTF-32 after its BOM. A unit that is no Unicode scalar value (a
// surrogate, or past U+10FFFF) and a last unit cut short (a byte count
// that is not a multiple of four: a file cut short) each become U+FFFD
// with an input.invalid-utf32 issue at its place in the UTF-8 text; its
// message names the unit and its byte offset in the file (`first_byte`: the
// file's offset of bytes[0], 4 after a BOM).
std::string DecodeUtf32(std::string_view bytes, bool little_endian, std::vector<InputIssue>* issues,
                        size_t first_byte = 0) {
  std::string out;
  out.reserve(bytes.size());
  size_t i = 0;
  for (; i + 3 < bytes.size(); i += 4) {
    uint32_t u = 0;
    for (int k = 0; k < 4; ++k) {
      const auto b = static_cast<unsigned char>(bytes[i + (little_endian ? 3 - k : k)]);
      u = u << 8 | b;
    }
    if (u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF)) {
      if (issues) {
        char unit[16];
        std::snprintf(unit, sizeof unit, "0x%X", u);
        issues->push_back({"input.invalid-utf32",
                           std::string("UTF-32 unit ") + unit + " at byte " + std::to_string(first_byte + i) +
                               (u > 0x10FFFF ? " is past U+10FFFF" : " is a surrogate") +
                               ", no Unicode character: replaced with U+FFFD",
                           out.size()});
      }
      out += kReplacementChar;
    } else if (u < 0x80) {
      out += static_cast<char>(u);
    } else if (u < 0x800) {
      out += static_cast<char>(0xC0 | (u >> 6));
      out += static_cast<char>(0x80 | (u & 0x3F));
    } else if (u < 0x10000) {
      out += static_cast<char>(0xE0 | (u >> 12));
      out += static_cast<char>(0x80 | ((u >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (u & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (u >> 18));
      out += static_cast<char>(0x80 | ((u >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((u >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (u & 0x3F));
    }
  }
  if (i < bytes.size()) {
    if (issues) {
      issues->push_back({"input.invalid-utf32",
                         "the UTF-32 text ends with part of a character (" + std::to_string(bytes.size() - i) +
                             " byte" + (bytes.size() - i == 1 ? "" : "s") + " at byte " +
                             std::to_string(first_byte + i) +
                             ", a byte count that is not a multiple of four); it is replaced with U+FFFD",
                         out.size()});
    }
    out += kReplacementChar;
  }
  return out;
}

// `lone_bytes_as_cp1252`: a UTF-8 file's lone invalid bytes are read as
// windows-1252 (text, Markdown, HTML), not replaced with `replacement`.
Result<std::string> Decode(std::string_view bytes, const std::string& encoding, std::vector<InputIssue>* issues,
                           std::string_view replacement, bool lone_bytes_as_cp1252 = false) {
  auto repair = [&](std::string_view utf8) {
    return lone_bytes_as_cp1252 ? RepairUtf8ReadingLoneBytesAsCp1252(utf8, issues)
                                : RepairUtf8(utf8, issues, replacement);
  };
  if (!encoding.empty()) {
    std::string lower = encoding;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    // UTF-32 and UTF-16 named by --encoding are decoded as after a BOM,
    // so that a replaced unit has its finding; a BOM of the same order is
    // skipped. "utf-32" / "utf-16" with no order follow a BOM, else read
    // big-endian, as ICU and the Unicode standard do.
    std::string name;
    for (char c : lower) {
      if (c != '-' && c != '_') name += c;
    }
    const std::string_view mark = WideMark(bytes);
    if (name == "utf32le" || name == "utf32be" || name == "utf32") {
      const bool little = name == "utf32le" || (name == "utf32" && mark == "UTF-32LE");
      const size_t skip = mark == (little ? "UTF-32LE" : "UTF-32BE") ? 4 : 0;
      return DecodeUtf32(bytes.substr(skip), little, issues, skip);
    }
    if ((name == "utf16le" || name == "utf16be" || name == "utf16") && !mark.starts_with("UTF-32")) {
      const bool little = name == "utf16le" || (name == "utf16" && mark == "UTF-16LE");
      const size_t skip = mark == (little ? "UTF-16LE" : "UTF-16BE") ? 2 : 0;
      return DecodeUtf16(bytes.substr(skip), little, issues, skip);
    }
    if (lower != "utf-8" && lower != "utf8") {
      auto converted = ConvertWithIcu(bytes, encoding.c_str());
      if (!converted.ok()) return converted.status();
      std::string s = std::move(converted.value());
      if (s.rfind("\xEF\xBB\xBF", 0) == 0) s.erase(0, 3);
      return s;
    }
  }
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    return repair(bytes.substr(3));
  }
  const std::string_view mark = WideMark(bytes);
  if (mark == "UTF-32LE") return DecodeUtf32(bytes.substr(4), true, issues, 4);
  if (mark == "UTF-32BE") return DecodeUtf32(bytes.substr(4), false, issues, 4);
  if (mark == "UTF-16LE") return DecodeUtf16(bytes.substr(2), true, issues, 2);
  if (mark == "UTF-16BE") return DecodeUtf16(bytes.substr(2), false, issues, 2);
  return repair(bytes);
}

}  // namespace

Result<std::string> DecodeToUtf8(std::string_view bytes, const std::string& encoding,
                                 std::vector<InputIssue>* issues) {
  return Decode(bytes, encoding, issues, kReplacementChar);
}

std::string HtmlDeclaredCharset(std::string_view bytes) {
  std::string head(bytes.substr(0, 4096));
  for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  size_t pos = 0;
  while ((pos = head.find("<meta", pos)) != std::string::npos) {
    size_t close = head.find('>', pos);
    if (close == std::string::npos) close = head.size();
    std::string_view tag(head.data() + pos, close - pos);
    pos = close;
    size_t c = tag.find("charset");
    if (c == std::string_view::npos) continue;
    size_t i = c + 7;
    while (i < tag.size() && (tag[i] == ' ' || tag[i] == '\t' || tag[i] == '\n' || tag[i] == '\r')) ++i;
    if (i >= tag.size() || tag[i] != '=') continue;
    ++i;
    while (i < tag.size() && (tag[i] == ' ' || tag[i] == '"' || tag[i] == '\'')) ++i;
    size_t e = i;
    while (e < tag.size() && tag[e] != '"' && tag[e] != '\'' && tag[e] != ';' && tag[e] != ' ' &&
           tag[e] != '/' && tag[e] != '>') {
      ++e;
    }
    std::string name(tag.substr(i, e - i));
    if (name.empty()) continue;
    // The HTML standard reads these labels as windows-1252.
    if (name == "iso-8859-1" || name == "latin1" || name == "us-ascii" || name == "ascii" ||
        name == "l1" || name == "iso8859-1") {
      return "windows-1252";
    }
    return name;
  }
  return {};
}

std::string GuessLegacyCharset(std::string_view bytes, bool html) {
  // Well-formed multi-byte characters against invalid sequences.
  // An invalid byte is lone when ASCII (or the text's edge) stands on both
  // sides of it: "H\xE9l\xE8ne" pasted from Latin-1. In a legacy charset
  // of its own (GB2312, Shift_JIS, EUC-JP, windows-1251) the high bytes come
  // in runs, some pairs of which are well-formed UTF-8 by accident (GB2312
  // "\xCB\xB5", windows-1251 "\xCF\xB8").
  auto ascii_at = [&](size_t p) { return p >= bytes.size() || static_cast<unsigned char>(bytes[p]) < 0x80; };
  size_t multi = 0;
  size_t invalid = 0;
  size_t lone = 0;
  size_t i = 0;
  while (i < bytes.size()) {
    size_t bad = 0;
    std::string_view rest = bytes.substr(i);
    const bool valid = IsValidUtf8(rest, &bad);
    const size_t good = valid ? rest.size() : bad;
    for (size_t k = 0; k < good; ++k) {
      if (static_cast<unsigned char>(rest[k]) >= 0xC0) ++multi;
    }
    if (valid) break;
    ++invalid;
    const size_t at = i + bad;
    const size_t n = MaximalSubpart(rest, bad);
    if (n == 1 && (at == 0 || ascii_at(at - 1)) && ascii_at(at + 1)) ++lone;
    i += bad + n;
  }
  // A UTF-8 file (with a passage pasted from a legacy charset at most) has
  // as many well-formed multi-byte characters as bad bytes, or bad bytes
  // that are mostly lone: its bad bytes are then read one by one
  // (RepairUtf8ReadingLoneBytesAsCp1252), not the whole file.
  if (invalid == 0 || multi >= invalid || (multi > 0 && 2 * lone >= invalid)) return {};
  std::string guess = "windows-1252";
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector* detector = ucsdet_open(&status);
  if (U_FAILURE(status)) return guess;
  std::unique_ptr<UCharsetDetector, void (*)(UCharsetDetector*)> guard(detector, ucsdet_close);
  ucsdet_enableInputFilter(detector, html ? 1 : 0);
  const size_t n = std::min<size_t>(bytes.size(), size_t{1} << 20);  // the first MiB decides
  ucsdet_setText(detector, bytes.data(), static_cast<int32_t>(n), &status);
  const UCharsetMatch* match = U_SUCCESS(status) ? ucsdet_detect(detector, &status) : nullptr;
  if (U_FAILURE(status) || match == nullptr) return guess;
  const char* name = ucsdet_getName(match, &status);
  const int32_t confidence = ucsdet_getConfidence(match, &status);
  if (U_FAILURE(status) || name == nullptr || confidence < 10) return guess;
  std::string found(name);
  if (found.rfind("UTF-", 0) == 0 || found == "ISO-8859-1") return guess;
  return found;
}

bool JsonlReadWhole(std::string_view head, const std::string& encoding) {
  std::string lower = encoding;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (!lower.empty() && lower != "utf-8" && lower != "utf8") return true;
  if (!WideMark(head).empty()) return true;  // UTF-16 or UTF-32 with a BOM
  return lower.empty() && LooksBinary(head);
}

std::vector<LoadedArticle> LoadBytes(std::string_view bytes, const std::string& path,
                                     const LoadOptions& options) {
  std::vector<LoadedArticle> out;
  InputFormat format = options.format ? *options.format : FormatForPath(path);
  if (format != InputFormat::kJsonl && bytes.size() > options.max_article_bytes) {
    LoadedArticle a;
    a.error = Status::Error(TooLargeMessage(SizeText(bytes.size()), options.max_article_bytes), path);
    out.push_back(std::move(a));
    return out;
  }
  // UTF-16 or UTF-32 with a BOM (the name says UTF-16, the older case).
  bool utf16 = !WideMark(bytes).empty();
  if (!utf16 && options.encoding.empty() && LooksBinary(bytes)) {
    LoadedArticle a;
    a.error = NotTextError(bytes, path);
    out.push_back(std::move(a));
    return out;
  }
  std::vector<InputIssue> issues;
  std::string encoding = options.encoding;
  if (encoding.empty() && format == InputFormat::kHtml && !utf16 && !IsValidUtf8(bytes)) {
    // Not UTF-8: the charset the page declares, if ICU knows it.
    std::string declared = HtmlDeclaredCharset(bytes);
    if (!declared.empty() && declared != "utf-8" && declared != "utf8") {
      UErrorCode status = U_ZERO_ERROR;
      UConverter* probe = ucnv_open(declared.c_str(), &status);
      if (probe) ucnv_close(probe);
      if (U_SUCCESS(status)) {
        encoding = declared;
      } else {
        issues.push_back({"input.unknown-charset",
                          "the declared charset '" + declared + "' is unknown; read as UTF-8", 0});
      }
    }
  }
  // Text, Markdown, or HTML that declares no charset, and that is not UTF-8:
  // the legacy charset it was most likely written in, named in a finding.
  // (JSON is UTF-8 by its standard; its bad bytes stay marked below.)
  const bool record_format = format == InputFormat::kJson || format == InputFormat::kJsonl;
  if (encoding.empty() && !utf16 && !record_format && issues.empty() && !IsValidUtf8(bytes)) {
    std::string guess = GuessLegacyCharset(bytes, format == InputFormat::kHtml);
    if (!guess.empty()) {
      encoding = guess;
      issues.push_back({"input.encoding-guessed",
                        "not valid UTF-8: read as " + guess +
                            " (a guess from the bytes; --encoding NAME reads it as another charset)",
                        0});
    }
  }
  // A JSON file's invalid bytes are marked, not replaced, until its records'
  // texts are out of the JSON: each is then a U+FFFD with a finding at its
  // place in the text, as in every other format.
  const bool json = format == InputFormat::kJson || format == InputFormat::kJsonl;
  auto decoded = Decode(bytes, encoding, &issues, json ? kJsonBadByteMark : kReplacementChar, !json);
  const bool marked = json && !issues.empty();
  if (!decoded.ok()) {
    LoadedArticle a;
    a.error = Status::Error(decoded.status().message(), path);
    out.push_back(std::move(a));
    return out;
  }
  std::string& text = decoded.value();
  if (format == InputFormat::kJson) {
    out.push_back(RecordToDocument(text, path, std::nullopt, 1, format, marked));
    return out;
  }
  if (format == InputFormat::kJsonl) {
    size_t start = 0;
    int line = 1;
    while (start <= text.size()) {
      size_t nl = text.find('\n', start);
      size_t end = nl == std::string::npos ? text.size() : nl;
      bool blank = false;
      LoadedArticle a =
          JsonlLine(std::string_view(text.data() + start, end - start), path, line, options, &blank, marked);
      if (!blank) out.push_back(std::move(a));
      if (nl == std::string::npos) break;
      start = nl + 1;
      ++line;
    }
    return out;
  }
  Document doc;
  doc.path = path;
  doc.format = format;
  doc.source = std::move(text);
  doc.issues = std::move(issues);
  LoadedArticle a;
  if (format == InputFormat::kMarkdown) {
    // The front matter's title, date, author, … are the article's metadata.
    if (Status s = ReadFrontMatter(doc.source, path, &doc.metadata, &doc.warnings); !s.ok()) {
      a.error = s;
      out.push_back(std::move(a));
      return out;
    }
  }
  a.document = std::move(doc);
  out.push_back(std::move(a));
  return out;
}

std::vector<LoadedArticle> LoadPath(const std::string& path, const LoadOptions& options,
                                    const std::string& display_path) {
  const std::string shown = display_path.empty() ? path : display_path;
  LoadOptions opts = options;
  if (!opts.format) opts.format = FormatForPath(shown);
  // A JSONL file holds many articles; anything else is one.
  size_t cap = *opts.format == InputFormat::kJsonl
                   ? opts.max_bytes
                   : std::min(opts.max_bytes, opts.max_article_bytes);
  bool article_cap = *opts.format != InputFormat::kJsonl && opts.max_article_bytes <= opts.max_bytes;
  // `size` is 0 when only "more than the limit" is known (standard input).
  auto refuse = [&](size_t size) {
    std::string amount = size ? SizeText(size) : "more than " + SizeText(cap);
    std::string msg = article_cap ? TooLargeMessage(amount, cap)
                                  : "file too large (" + amount + "; the limit is " + SizeText(cap) + ")";
    return std::vector<LoadedArticle>{LoadedArticle{std::nullopt, Status::Error(msg, shown)}};
  };
  std::string bytes;
  bool too_large = false;
  std::string error;
  if (path == "-") {
    if (!ReadStream(stdin, cap, &bytes, &too_large, &error)) {
      return {LoadedArticle{std::nullopt, Status::Error("cannot read standard input: " + error, shown)}};
    }
    if (too_large) return refuse(0);
    if (!options.format && *opts.format == InputFormat::kText) {
      auto loaded = LoadBytes(bytes, shown, opts);
      WarnOfJsonl(&loaded, shown);
      ReadHtmlSavedAsText(&loaded, shown);
      return loaded;
    }
  } else {
    // One open and an fstat of the open file: one path lookup, where a
    // stat by name, a second one for the size and then the open took three.
    // The open never blocks (a named pipe) and only a regular file is read.
    auto opened = OpenRegularFile(path, shown);
    if (!opened.ok()) return {LoadedArticle{std::nullopt, opened.status()}};
    const int fd = *opened;
    struct stat st {};
    if (::fstat(fd, &st) == 0 && static_cast<uintmax_t>(st.st_size) > cap) {
      ::close(fd);
      return refuse(static_cast<size_t>(st.st_size));
    }
    const size_t size_hint = S_ISREG(st.st_mode) ? static_cast<size_t>(st.st_size) : 0;
    bool ok = ReadFd(fd, cap, size_hint, &bytes, &too_large, &error);
    ::close(fd);
    if (!ok) return {LoadedArticle{std::nullopt, Status::Error("cannot read file: " + error, shown)}};
    if (too_large) return refuse(0);
  }
  auto loaded = LoadBytes(bytes, shown, opts);
  if (!options.format && *opts.format == InputFormat::kText) ReadHtmlSavedAsText(&loaded, shown);
  return loaded;
}

// ---------------------------------------------------------------- streaming

struct ArticleReader::Stream {
  std::FILE* file = nullptr;
  bool owned = false;  // not standard input
  std::string buf;     // bytes read and not yet consumed, from `pos`
  size_t pos = 0;
  size_t scanned = 0;  // buf[pos, scanned) holds no '\n'
  bool at_end = false;
  std::string error;   // a read error, reported once
  int line = 0;        // 1-based number of the last line taken

  ~Stream() {
    if (owned && file) std::fclose(file);
  }

  // Appends up to one chunk to `buf`; false at the end of the input.
  bool Fill() {
    if (at_end) return false;
    constexpr size_t kChunk = size_t{1} << 20;
    if (pos > 0 && pos >= buf.size() / 2) {  // drop what was consumed
      buf.erase(0, pos);
      scanned -= pos;
      pos = 0;
    }
    size_t old = buf.size();
    buf.resize(old + kChunk);
    size_t n = std::fread(buf.data() + old, 1, kChunk, file);
    buf.resize(old + n);
    if (n == 0) {
      at_end = true;
      if (std::ferror(file)) error = std::strerror(errno);
      return false;
    }
    return true;
  }

  enum class Got { kEnd, kLine, kTooLong };
  // The next line without its '\n': in `row` (valid until the next call)
  // when it has at most `limit` bytes plus a '\r'; else it is skipped and
  // `long_size` (without a final '\r') and `long_blank` describe it.
  Got NextLine(size_t limit, std::string_view* row, size_t* long_size, bool* long_blank) {
    while (true) {
      size_t nl = buf.find('\n', scanned);
      if (nl != std::string::npos) {
        *row = std::string_view(buf.data() + pos, nl - pos);
        pos = scanned = nl + 1;
        return Got::kLine;
      }
      scanned = buf.size();
      if (buf.size() - pos > limit + 1) return SkipLong(long_size, long_blank);
      if (!Fill()) {
        if (pos >= buf.size()) return Got::kEnd;
        *row = std::string_view(buf.data() + pos, buf.size() - pos);
        pos = scanned = buf.size();
        return Got::kLine;
      }
    }
  }

  // Consumes the rest of a line too long to keep, counting it.
  Got SkipLong(size_t* size, bool* blank) {
    size_t length = 0, nonblank = 0;
    char last = 0;
    auto count = [&](size_t from, size_t to) {
      for (size_t i = from; i < to; ++i) {
        if (buf[i] != ' ' && buf[i] != '\t') ++nonblank;
      }
      length += to - from;
      if (to > from) last = buf[to - 1];
    };
    while (true) {
      size_t nl = buf.find('\n', pos);
      count(pos, nl == std::string::npos ? buf.size() : nl);
      if (nl != std::string::npos) {
        pos = scanned = nl + 1;
        break;
      }
      pos = scanned = buf.size();
      if (!Fill()) break;
    }
    if (last == '\r') {  // the '\r' of a CRLF is not part of the record
      --length;
      --nonblank;
    }
    *size = length;
    *blank = nonblank == 0;
    return Got::kTooLong;
  }
};

ArticleReader::ArticleReader(const std::string& path, const LoadOptions& options,
                             const std::string& display_path)
    : path_(path), shown_(display_path.empty() ? path : display_path), options_(options) {}

ArticleReader::~ArticleReader() = default;

// Decides how to read the input: streamed when it is UTF-8 JSONL, else whole.
bool ArticleReader::Start() {
  const bool format_given = options_.format.has_value();
  if (!format_given) options_.format = FormatForPath(shown_);
  std::string lower = options_.encoding;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (*options_.format != InputFormat::kJsonl || (!lower.empty() && lower != "utf-8" && lower != "utf8")) {
    whole_ = LoadPath(path_, options_, shown_);
    // `audit -` or `ingest -` given JSONL and no --input-format: read as one
    // text article, as asked, but with a warning.
    if (!format_given && path_ == "-" && *options_.format == InputFormat::kText) WarnOfJsonl(&whole_, shown_);
    // A saved page in a .txt file (or on standard input): read as HTML.
    if (!format_given && *options_.format == InputFormat::kText) ReadHtmlSavedAsText(&whole_, shown_);
    return false;
  }
  auto stream = std::make_unique<Stream>();
  if (path_ == "-") {
    stream->file = stdin;
  } else {
    auto opened = OpenRegularFile(path_, shown_);
    if (!opened.ok()) {
      whole_.push_back(LoadedArticle{std::nullopt, opened.status()});
      return false;
    }
    stream->file = ::fdopen(*opened, "rb");
    if (!stream->file) {
      const int e = errno;
      ::close(*opened);
      whole_.push_back(LoadedArticle{
          std::nullopt, Status::Error(std::string("cannot read file: ") + std::strerror(e), shown_)});
      return false;
    }
    stream->owned = true;
  }
  // The first 64 KB decide, as for a file read whole: UTF-16 and UTF-32
  // are converted whole, binary content is refused, a UTF-8 BOM is skipped.
  while (stream->buf.size() < 65536 && stream->Fill()) {
  }
  std::string_view head(stream->buf);
  bool utf16 = !WideMark(head).empty();  // or UTF-32, with a BOM
  if (!stream->error.empty()) {
    whole_.push_back(LoadedArticle{std::nullopt, Status::Error("cannot read file: " + stream->error, shown_)});
    return false;
  }
  if (utf16 && path_ != "-") {
    // UTF-16 is decoded as one text: the file is read whole.
    stream.reset();
    whole_ = LoadPath(path_, options_, shown_);
    return false;
  }
  if (utf16) {
    // Standard input: the rest (up to the file limit), decoded as one text.
    std::string bytes = std::move(stream->buf);
    stream->buf.clear();
    stream->pos = stream->scanned = 0;
    while (bytes.size() <= options_.max_bytes && stream->Fill()) {
      bytes += stream->buf;
      stream->buf.clear();
    }
    if (!stream->error.empty()) {
      whole_.push_back(LoadedArticle{std::nullopt, Status::Error("cannot read file: " + stream->error, shown_)});
    } else if (bytes.size() > options_.max_bytes) {
      whole_.push_back(LoadedArticle{
          std::nullopt, Status::Error("file too large (more than " + SizeText(options_.max_bytes) +
                                          "; the limit is " + SizeText(options_.max_bytes) + ")",
                                      shown_)});
    } else {
      whole_ = LoadBytes(bytes, shown_, options_);
    }
    return false;
  }
  if (options_.encoding.empty() && LooksBinary(head)) {
    whole_.push_back(LoadedArticle{std::nullopt, NotTextError(head, shown_)});
    return false;
  }
  if (head.substr(0, 3) == "\xEF\xBB\xBF") stream->pos = stream->scanned = 3;
  stream_ = std::move(stream);
  return true;
}

bool ArticleReader::Next(LoadedArticle* out) {
  if (!started_) {
    started_ = true;
    Start();
  }
  if (!stream_) {
    if (next_ >= whole_.size()) return false;
    *out = std::move(whole_[next_++]);
    return true;
  }
  Stream& s = *stream_;
  while (true) {
    std::string_view row;
    size_t long_size = 0;
    bool long_blank = false;
    Stream::Got got = s.NextLine(options_.max_article_bytes, &row, &long_size, &long_blank);
    if (got == Stream::Got::kEnd) {
      if (s.error.empty()) return false;
      *out = LoadedArticle{std::nullopt, Status::Error("cannot read file: " + s.error, shown_)};
      s.error.clear();
      return true;
    }
    ++s.line;
    if (got == Stream::Got::kTooLong) {
      if (long_blank) continue;
      *out = LoadedArticle{};
      out->error = Status::Error(TooLargeMessage(SizeText(long_size), options_.max_article_bytes), shown_, s.line, 1);
      return true;
    }
    // As LoadBytes decodes the whole file first: invalid UTF-8 becomes U+FFFD
    // (a broken sequence never spans a line break).
    std::vector<InputIssue> bad;
    const std::string repaired = RepairUtf8(row, &bad, kJsonBadByteMark);
    bool blank = false;
    LoadedArticle a = JsonlLine(repaired, shown_, s.line, options_, &blank, !bad.empty());
    if (blank) continue;
    *out = std::move(a);
    return true;
  }
}

}  // namespace onrecord
