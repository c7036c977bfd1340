// Input formats end to end: the seed and 20 PolNeAR articles converted at
// test time (never stored) to Markdown, HTML, JSON, JSONL, UTF-16 and CRLF
// must give the same quotes, speakers and anonymous sources as the plain
// text, with every reported [begin, end) pointing at the quote's own bytes;
// a property test over generated inputs; bad input of every kind.
#include <sys/resource.h>
#include <sys/stat.h>
#include <unicode/normalizer2.h>

#include <catch2/catch.hpp>
#include <random>
#include <regex>

#include "analysis.h"
#include "onrecord/document.h"
#include "onrecord/report.h"
#include "test_util.h"

namespace onrecord {
namespace {

namespace fs = std::filesystem;
using testing::ReadFile;
using testing::RunCli;
using testing::TempDir;
using testing::WriteFile;

// ---------------------------------------------------------------------------
// Converters (test-time only: the converted third-party text never leaves
// the temporary directory).

std::vector<std::string> PlainBlocks(const std::string& text) {
  Extracted e = ExtractText(text);
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= e.text.size()) {
    size_t nl = e.text.find('\n', start);
    if (nl == std::string::npos) nl = e.text.size();
    out.push_back(e.text.substr(start, nl - start));
    start = nl + 1;
  }
  return out;
}

bool AllAsciiLetters(std::string_view w) {
  if (w.size() < 3) return false;
  for (char c : w) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
  }
  return true;
}

// Splits on single spaces, keeping everything else.
std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t sp = s.find(' ', start);
    out.push_back(s.substr(start, sp == std::string::npos ? std::string::npos : sp - start));
    if (sp == std::string::npos) break;
    start = sp + 1;
  }
  return out;
}

std::string MarkdownEscape(const std::string& w, bool line_start) {
  std::string out;
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    bool special = std::string_view("\\`*_[]<>&!|~#").find(c) != std::string_view::npos;
    // Characters that start a block only at the beginning of a line.
    if (line_start && i == 0 && std::string_view("-+=>#0123456789").find(c) != std::string_view::npos) {
      special = true;
    }
    if (special && !(c >= '0' && c <= '9')) out += '\\';
    out += c;
    if (line_start && i == 0 && c >= '0' && c <= '9') {
      // "1." or "1)" would open an ordered list: escape the delimiter.
      size_t j = i + 1;
      while (j < w.size() && w[j] >= '0' && w[j] <= '9') out += w[j++];
      if (j < w.size() && (w[j] == '.' || w[j] == ')')) out += '\\';
      i = j - 1;
    }
  }
  return out;
}

std::string ToMarkdown(const std::vector<std::string>& blocks) {
  std::string md = "---\ntitle: converted at test time\nslug: \"a: b\"\n---\n\n";
  int n = 0;
  for (size_t b = 0; b < blocks.size(); ++b) {
    std::string line;
    bool first = true;
    for (const std::string& w : Words(blocks[b])) {
      if (!first) line += ' ';
      ++n;
      if (AllAsciiLetters(w) && n % 7 == 0) line += "**" + w + "**";
      else if (AllAsciiLetters(w) && n % 11 == 0) line += "*" + w + "*";
      else if (AllAsciiLetters(w) && n % 13 == 0) line += "[" + w + "](https://example.org/" + std::to_string(n) + ")";
      else line += MarkdownEscape(w, first);
      first = false;
    }
    // Trailing spaces would be a hard break before the next line: none here.
    while (!line.empty() && line.back() == ' ') line.pop_back();
    md += line + "\n\n";
    if (b == 0) md += "```\n“Ignored,” said Nobody Atall, a code sample.\n```\n\n";
  }
  return md;
}

std::string HtmlEscapeWord(const std::string& w, int n) {
  std::string out;
  for (size_t i = 0; i < w.size();) {
    unsigned char c = static_cast<unsigned char>(w[i]);
    size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
    std::string ch = w.substr(i, len);
    i += len;
    if (ch == "&") out += "&amp;";
    else if (ch == "<") out += "&lt;";
    else if (ch == ">") out += "&gt;";
    else if (ch == "\"") out += n % 2 ? "&quot;" : "\"";
    else if (ch == "\xE2\x80\x99") out += n % 3 ? "&rsquo;" : "&#8217;";
    else if (ch == "\xE2\x80\x98") out += "&lsquo;";
    else if (ch == "\xE2\x80\x9C") out += n % 2 ? "&ldquo;" : "&#x201C;";
    else if (ch == "\xE2\x80\x9D") out += n % 2 ? "&rdquo;" : "&#8221;";
    else if (ch == "\xE2\x80\x94") out += "&mdash;";
    else if (ch == "'") out += n % 5 ? "'" : "&#39;";
    else if (len > 1 && !(len == 2 && c == 0xC2 && static_cast<unsigned char>(ch[1]) < 0xA0)) {
      // (C1 controls stay raw: HTML reads &#x80;–&#x9F; as windows-1252.)
      char32_t cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
      for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(ch[k]) & 0x3F);
      char buf[16];
      std::snprintf(buf, sizeof buf, "&#x%X;", static_cast<unsigned>(cp));
      out += buf;
    } else {
      out += ch;
    }
  }
  return out;
}

// Marks every other curly-quoted passage (an opening “ whose closing ” comes
// before any other “ and is followed by a space, punctuation or the end) with
// placeholders that become <q> and </q>.
std::string MarkInlineQuotes(const std::string& block) {
  const std::string open = "\xE2\x80\x9C", close = "\xE2\x80\x9D";
  std::string out = block;
  size_t pos = 0;
  int pair = 0;
  while ((pos = out.find(open, pos)) != std::string::npos) {
    size_t c = out.find(close, pos + 3);
    size_t next_open = out.find(open, pos + 3);
    if (c == std::string::npos) break;
    bool clean_end = c + 3 == out.size() || std::string_view(" .,;:!?)").find(out[c + 3]) != std::string_view::npos;
    if ((next_open == std::string::npos || c < next_open) && clean_end && pair++ % 2 == 0) {
      out.replace(c, 3, "\x03");
      out.replace(pos, 3, "\x02");
      pos = c - 2;
    } else {
      pos += 3;
    }
  }
  return out;
}

// One paragraph: entities for the special characters, some words in inline
// markup, some quoted passages as <q> elements, a few source line breaks.
std::string HtmlParagraph(const std::string& block, int* n) {
  std::string out;
  bool first = true;
  for (const std::string& w : Words(MarkInlineQuotes(block))) {
    if (!first) out += (*n % 17 == 0) ? "\n  " : " ";
    first = false;
    ++*n;
    if (AllAsciiLetters(w) && *n % 6 == 0) {
      out += "<em>" + w + "</em>";
    } else if (AllAsciiLetters(w) && *n % 9 == 0) {
      out += "<a href=\"https://example.org/?a=1&amp;b=" + std::to_string(*n) + "\">" + w + "</a>";
    } else if (AllAsciiLetters(w) && *n % 10 == 0) {
      out += "<span class=\"x\"><b>" + w.substr(0, 1) + "</b>" + w.substr(1) + "</span>";
    } else {
      std::string escaped = HtmlEscapeWord(w, *n);
      for (size_t p; (p = escaped.find('\x02')) != std::string::npos;) escaped.replace(p, 1, "<q>");
      for (size_t p; (p = escaped.find('\x03')) != std::string::npos;) escaped.replace(p, 1, "</q>");
      out += escaped;
    }
  }
  return out;
}

std::string ToHtml(const std::vector<std::string>& blocks) {
  std::string html =
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
      "<title>Converted at test time</title>\n"
      "<meta property=\"og:site_name\" content=\"Test Outlet\">\n"
      "<script>var s = \"“A script quote,” said Nobody Atall.\";</script>\n"
      "<style>p::before { content: \"“\"; }</style></head>\n<body>\n"
      "<header><nav><a href=\"/\">Home</a> | <a href=\"/politics\">Politics</a></nav></header>\n"
      "<article>\n";
  int n = 0;
  for (const std::string& b : blocks) html += "<p>" + HtmlParagraph(b, &n) + "</p>\n";
  html +=
      "<aside><p>“An aside quote,” said Nobody Atall, a sidebar.</p></aside>\n"
      "<form><label>Email</label><input name=e><button>Sign up</button></form>\n"
      "</article>\n<footer><p>“Footer quote,” said Nobody Atall.</p></footer>\n"
      "<!-- onrecord: comment kept in the source -->\n</body></html>\n";
  return html;
}

std::string ToUtf16(const std::string& utf8, bool little_endian) {
  std::string out = little_endian ? "\xFF\xFE" : "\xFE\xFF";
  auto unit = [&](uint32_t u) {
    char lo = static_cast<char>(u & 0xFF), hi = static_cast<char>((u >> 8) & 0xFF);
    out += little_endian ? std::string{lo, hi} : std::string{hi, lo};
  };
  for (size_t i = 0; i < utf8.size();) {
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
    uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    i += len;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      unit(0xD800 + (cp >> 10));
      unit(0xDC00 + (cp & 0x3FF));
    } else {
      unit(cp);
    }
  }
  return out;
}

std::string ToCrlf(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Comparing audits.

std::string Nfc(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  std::string out;
  icu::StringByteSink<std::string> sink(&out);
  nfc->normalizeUTF8(0, s, sink, nullptr, status);
  return U_SUCCESS(status) ? out : s;
}

// Text as the audit compares it: NFC, invisible characters removed, every
// run of spaces (ASCII, tab, line ends, no-break) one space, ends trimmed.
std::string Comparable(const std::string& in) {
  std::string s = Nfc(in);
  for (const char* invisible : {"\xC2\xAD", "\xE2\x80\x8B", "\xE2\x80\x8C", "\xE2\x80\x8D", "\xEF\xBB\xBF"}) {
    for (size_t p; (p = s.find(invisible)) != std::string::npos;) s.erase(p, std::strlen(invisible));
  }
  for (const char* space : {"\xC2\xA0", "\xE2\x80\xAF"}) {
    for (size_t p; (p = s.find(space)) != std::string::npos;) s.replace(p, std::strlen(space), " ");
  }
  std::string out;
  bool pending = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\0') {
      pending = true;
      continue;
    }
    if (pending && !out.empty()) out += ' ';
    pending = false;
    out += c;
  }
  return out;
}

// HTML source bytes -> text: tags removed, the entities the converter writes decoded.
std::string StripHtml(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '<') {
      size_t close = s.find('>', i);
      std::string tag = s.substr(i, close - i + 1);
      if (tag == "<q>") out += "\xE2\x80\x9C";
      if (tag == "</q>") out += "\xE2\x80\x9D";
      i = close + 1;
      continue;
    }
    if (s[i] == '&') {
      size_t semi = s.find(';', i);
      std::string name = s.substr(i + 1, semi - i - 1);
      static const std::map<std::string, std::string> kNamed = {
          {"amp", "&"},      {"lt", "<"},       {"gt", ">"},       {"quot", "\""},   {"rsquo", "’"},
          {"lsquo", "‘"},    {"ldquo", "“"},    {"rdquo", "”"},    {"mdash", "—"},   {"nbsp", "\u00A0"}};
      if (kNamed.count(name)) {
        out += kNamed.at(name);
      } else if (!name.empty() && name[0] == '#') {
        uint32_t cp = name.size() > 1 && (name[1] == 'x' || name[1] == 'X')
                          ? static_cast<uint32_t>(std::stoul(name.substr(2), nullptr, 16))
                          : static_cast<uint32_t>(std::stoul(name.substr(1)));
        if (cp < 0x80) {
          out += static_cast<char>(cp);
        } else if (cp < 0x800) {
          out += static_cast<char>(0xC0 | (cp >> 6));
          out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
          out += static_cast<char>(0xE0 | (cp >> 12));
          out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
          out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
          out += static_cast<char>(0xF0 | (cp >> 18));
          out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
          out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
          out += static_cast<char>(0x80 | (cp & 0x3F));
        }
      } else {
        out += '&';
        ++i;
        continue;
      }
      i = semi + 1;
      continue;
    }
    out += s[i++];
  }
  return out;
}

// Markdown source bytes -> text: the converter's emphasis and links
// removed, backslash escapes resolved.
std::string StripMarkdown(const std::string& s) {
  std::string t = std::regex_replace(s, std::regex(R"(\[([A-Za-z]+)\]\(https://example\.org/\d+\))"), "$1");
  t = std::regex_replace(t, std::regex(R"(\*\*([A-Za-z]+)\*\*)"), "$1");
  t = std::regex_replace(t, std::regex(R"(\*([A-Za-z]+)\*)"), "$1");
  std::string out;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '\\' && i + 1 < t.size()) ++i;
    out += t[i];
  }
  return out;
}

struct Signature {
  std::vector<std::pair<std::string, std::string>> quotes;  // text, speaker
  std::vector<std::string> speakers;                        // sources
  std::vector<std::pair<std::string, std::string>> anonymous;  // phrase, specificity
  friend bool operator==(const Signature&, const Signature&) = default;
};

Signature SignatureOf(const AuditResult& r) {
  Signature s;
  for (const auto& q : r.quotes) s.quotes.emplace_back(Comparable(q.text), q.speaker);
  for (const auto& src : r.sources) s.speakers.push_back(Comparable(src.name));
  for (const auto& a : r.anonymous_sources) s.anonymous.emplace_back(Comparable(a.phrase), SpecificityName(a.specificity));
  return s;
}

std::string Describe(const Signature& s) {
  std::string out;
  for (const auto& [t, sp] : s.quotes) out += "Q «" + t + "» — " + sp + "\n";
  for (const auto& sp : s.speakers) out += "S " + sp + "\n";
  for (const auto& [p, spec] : s.anonymous) out += "A " + p + " (" + spec + ")\n";
  return out;
}

struct Variant {
  std::string name;
  std::string file;      // path inside the temp dir
  std::string (*strip)(const std::string&);
};

std::string Identity(const std::string& s) { return s; }

std::vector<fs::path> Articles() {
  std::vector<fs::path> out = {testing::SharedDir() / "seed" / "trade-talks-scraped.txt"};
  std::vector<fs::path> all;
  for (const auto& e : fs::directory_iterator(testing::SharedDir() / "polnear-train" / "text")) {
    all.push_back(e.path());
  }
  std::sort(all.begin(), all.end());
  // 20 articles spread over the seven outlets.
  for (size_t i = 0; i < 20 && i * 42 < all.size(); ++i) out.push_back(all[i * 42]);
  return out;
}

// Loads one file (or one JSONL record) and audits it.
std::pair<Document, AuditResult> LoadAndAudit(const fs::path& path, int record = 0) {
  auto loaded = LoadPath(path.string(), LoadOptions{});
  REQUIRE(loaded.size() > static_cast<size_t>(record));
  INFO(path.string() << " " << loaded[static_cast<size_t>(record)].error.ToString());
  REQUIRE(loaded[static_cast<size_t>(record)].document);
  Document doc = *loaded[static_cast<size_t>(record)].document;
  AuditOptions options;
  options.language = "en";
  auto r = Audit(doc, testing::DefaultRules(), options);
  REQUIRE(r.ok());
  return {std::move(doc), std::move(r.value())};
}

TEST_CASE("every format of the seed and 20 PolNeAR articles gives the same audit", "[formats][shared]") {
  if (!testing::HaveShared()) return;
  TempDir tmp;
  std::vector<fs::path> articles = Articles();
  REQUIRE(articles.size() == 21);
  // The JSONL holds every article, one per line.
  std::string jsonl;
  for (size_t i = 0; i < articles.size(); ++i) {
    std::string text = ReadFile(articles[i]);
    nlohmann::json rec = {{"id", std::to_string(i)},
                          {"title", "Converted " + std::to_string(i)},
                          {"url", "https://example.org/" + std::to_string(i)},
                          {"source", "Test Outlet"},
                          {"date_publish", "2016-01-01"},
                          {"authors", {"A. Writer", "B. Writer"}},
                          {"maintext", text}};
    jsonl += rec.dump() + "\n";
  }
  WriteFile(tmp / "all.jsonl", jsonl);

  size_t checked_quotes = 0;
  for (size_t i = 0; i < articles.size(); ++i) {
    const std::string text = ReadFile(articles[i]);
    const std::string stem = "a" + std::to_string(i);
    WriteFile(tmp / (stem + ".txt"), text);
    std::vector<std::string> blocks = PlainBlocks(text);
    WriteFile(tmp / (stem + ".md"), ToMarkdown(blocks));
    WriteFile(tmp / (stem + ".html"), ToHtml(blocks));
    WriteFile(tmp / (stem + ".json"), nlohmann::json({{"title", "t"}, {"text", text}}).dump(1));
    WriteFile(tmp / (stem + ".utf16.txt"), ToUtf16(text, i % 2 == 0));
    WriteFile(tmp / (stem + ".crlf.txt"), ToCrlf(text));

    INFO("article " << articles[i].filename().string());
    auto [plain_doc, plain] = LoadAndAudit(tmp / (stem + ".txt"));
    Signature expected = SignatureOf(plain);

    const Variant variants[] = {
        {"markdown", stem + ".md", &StripMarkdown}, {"html", stem + ".html", &StripHtml},
        {"json", stem + ".json", &Identity},        {"jsonl", "all.jsonl", &Identity},
        {"utf16", stem + ".utf16.txt", &Identity},  {"crlf", stem + ".crlf.txt", &Identity},
        {"plain", stem + ".txt", &Identity},
    };
    for (const Variant& v : variants) {
      INFO("variant " << v.name);
      auto [doc, r] = LoadAndAudit(tmp / v.file, v.name == "jsonl" ? static_cast<int>(i) : 0);
      Signature got = SignatureOf(r);
      INFO("expected:\n" << Describe(expected) << "got:\n" << Describe(got));
      CHECK(got == expected);
      // The decoded-source bytes at every quote's [begin, end) are the quote.
      for (const auto& q : r.quotes) {
        const Location& l = q.location;
        REQUIRE(l.begin <= l.end);
        REQUIRE(l.end <= doc.source.size());
        std::string bytes = doc.source.substr(l.begin, l.end - l.begin);
        INFO("quote «" << q.text << "» source bytes «" << bytes << "»");
        CHECK(Comparable(v.strip(bytes)) == Comparable(q.text));
        ++checked_quotes;
      }
      // Where the decoded source is the plain text itself, offsets agree too.
      if (v.name == "json" || v.name == "jsonl" || v.name == "utf16") {
        CHECK(doc.source == plain_doc.source);
        REQUIRE(r.quotes.size() == plain.quotes.size());
        for (size_t k = 0; k < r.quotes.size(); ++k) {
          CHECK(r.quotes[k].location.begin == plain.quotes[k].location.begin);
          CHECK(r.quotes[k].location.end == plain.quotes[k].location.end);
          CHECK(r.quotes[k].location.line == plain.quotes[k].location.line);
        }
      }
      if (v.name == "jsonl") {
        CHECK(r.record == static_cast<int>(i) + 1);
        CHECK(r.metadata.outlet == "Test Outlet");
        CHECK(r.metadata.published == "2016-01-01");
        CHECK(r.metadata.author == "A. Writer, B. Writer");
      }
      if (v.name == "crlf") {
        REQUIRE(r.quotes.size() == plain.quotes.size());
        for (size_t k = 0; k < r.quotes.size(); ++k) {
          CHECK(r.quotes[k].location.line == plain.quotes[k].location.line);
          CHECK(r.quotes[k].location.column == plain.quotes[k].location.column);
        }
      }
    }
  }
  CHECK(checked_quotes > 300);
}

// ---------------------------------------------------------------------------
// Property test: generated inputs in every format.

std::string Generate(std::mt19937& rng, InputFormat format) {
  static const std::vector<std::string> kPieces = {
      "Talks", "stalled", "said", "Wu Xinbo", "an adviser to the ministry", "people familiar with the matter",
      "according to", "a senior official", "who asked not to be identified", "he added", ".", ",", " ", " ",
      "  ", "\n", "\n\n", "\r\n", "\r", "“", "”", "‘", "’", "\"", "'", "«", "»", "\u00A0", "\u202F", "\u00AD",
      "\u200B", "e\u0301", "😀", "—", "(Bloomberg) — ", "Article content\n", "Advertisement 3\n", "Ça",
      "\xFF", "\xE2\x80", std::string(1, '\0'), "\t", "U.S.", "Mr.", "&amp;", "&rsquo;", "&bogus;", "<"};
  static const std::vector<std::string> kHtml = {"<p>", "</p>", "<q>", "</q>", "<br>", "<em>", "</em>",
                                                 "<blockquote>", "</blockquote>", "<script>x</script>",
                                                 "<!-- c -->", "<li>", "<h1>", "</h1>", "<a href=\"#\">", "</a>"};
  static const std::vector<std::string> kMarkdown = {"# ", "> ", "- ", "**", "*", "_", "`", "[", "](u)",
                                                     "```\n", "---\n", "\\", "<q>", "</q>", "  \n", "1. "};
  std::uniform_int_distribution<size_t> len(0, 60);
  std::string s;
  size_t n = len(rng);
  for (size_t i = 0; i < n; ++i) {
    std::uniform_int_distribution<int> coin(0, 4);
    if (format == InputFormat::kHtml && coin(rng) == 0) {
      s += kHtml[std::uniform_int_distribution<size_t>(0, kHtml.size() - 1)(rng)];
    } else if (format == InputFormat::kMarkdown && coin(rng) == 0) {
      s += kMarkdown[std::uniform_int_distribution<size_t>(0, kMarkdown.size() - 1)(rng)];
    } else {
      s += kPieces[std::uniform_int_distribution<size_t>(0, kPieces.size() - 1)(rng)];
    }
    if (coin(rng) == 0) s += ' ';
  }
  if (format == InputFormat::kJson) {
    // Invalid UTF-8 cannot be put in JSON: repair it first.
    std::vector<InputIssue> ignored;
    auto repaired = DecodeToUtf8(s, "", &ignored);
    return nlohmann::json({{"text", repaired.ok() ? repaired.value() : std::string()}}).dump();
  }
  return s;
}

bool OnBoundary(const std::string& s, size_t i) {
  return i == s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
}

void CheckLocation(const Location& l, const Document& doc, const AuditResult& r, const std::string& what) {
  INFO(what << " [" << l.begin << ", " << l.end << ") span [" << l.span.begin << ", " << l.span.end << ")");
  CHECK(l.begin <= l.end);
  CHECK(l.end <= doc.source.size());
  CHECK(OnBoundary(doc.source, l.begin));
  CHECK(OnBoundary(doc.source, l.end));
  CHECK(l.line >= 1);
  CHECK(l.column >= 1);
  CHECK(l.span.begin <= l.span.end);
  CHECK(l.span.end <= r.text.size());
  CHECK(OnBoundary(r.text, l.span.begin));
  CHECK(OnBoundary(r.text, l.span.end));
}

TEST_CASE("property: spans lie inside the file, on UTF-8 boundaries, output is deterministic", "[formats][property]") {
  std::mt19937 rng(20250310);
  const std::pair<InputFormat, const char*> formats[] = {{InputFormat::kText, "g.txt"},
                                                         {InputFormat::kMarkdown, "g.md"},
                                                         {InputFormat::kHtml, "g.html"},
                                                         {InputFormat::kJson, "g.json"}};
  int audited = 0;
  for (int iteration = 0; iteration < 120; ++iteration) {
    for (const auto& [format, path] : formats) {
      std::string input = Generate(rng, format);
      INFO("format " << path << " input «" << input << "»");
      auto loaded = LoadBytes(input, path, LoadOptions{});
      REQUIRE(loaded.size() == 1);
      if (!loaded[0].document) continue;  // binary-looking noise is refused, which is fine
      const Document& doc = *loaded[0].document;
      AuditOptions options;
      options.language = "en";
      auto first = Audit(doc, testing::DefaultRules(), options);
      auto second = Audit(doc, testing::DefaultRules(), options);
      REQUIRE(first.ok());
      REQUIRE(second.ok());
      const AuditResult& r = *first;
      CHECK(AuditToJson(r).dump() == AuditToJson(*second).dump());
      for (const auto& q : r.quotes) CheckLocation(q.location, doc, r, "quote");
      for (const auto& at : r.attributions) {
        if (at.source) CheckLocation(at.source->location, doc, r, "source");
        if (at.cue) CheckLocation(at.cue->location, doc, r, "cue");
        for (const auto& c : at.content) CheckLocation(c.location, doc, r, "content");
      }
      for (const auto& a : r.anonymous_sources) CheckLocation(a.location, doc, r, "anonymous");
      for (const auto& m : r.masked) CheckLocation(m.location, doc, r, "masked");
      for (const auto& f : r.findings) {
        if (f.rule.rfind("input.", 0) == 0) {
          CHECK(f.location.begin <= doc.source.size());
          CHECK(OnBoundary(doc.source, f.location.begin));
        } else {
          CheckLocation(f.location, doc, r, "finding " + f.rule);
        }
      }
      ++audited;
    }
  }
  CHECK(audited > 400);
}

// ---------------------------------------------------------------------------
// Bad input through the command line: a clear message, exit code 2, and the
// other files still audited.

const char kGood[] = "“We will not move,” said Wu Xinbo, an adviser to the ministry.\n";

size_t CountLines(const std::string& s) { return static_cast<size_t>(std::count(s.begin(), s.end(), '\n')); }

TEST_CASE("an empty file is a finding, not an error", "[formats][bad-input]") {
  TempDir tmp;
  WriteFile(tmp / "empty.txt", "");
  auto r = RunCli({"audit", "--format", "json", (tmp / "empty.txt").string()});
  CHECK(r.exit_code == 0);
  auto j = nlohmann::json::parse(r.out);
  bool empty = false;
  for (const auto& f : j["findings"]) empty |= f["rule"] == "input.empty";
  CHECK(empty);
}

TEST_CASE("a binary file is refused, the other files are audited", "[formats][bad-input]") {
  TempDir tmp;
  std::string binary;
  for (int i = 0; i < 4096; ++i) binary += static_cast<char>(i % 32);
  WriteFile(tmp / "image.txt", binary);
  WriteFile(tmp / "good.txt", kGood);
  auto r = RunCli({"audit", "--format", "jsonl", (tmp / "image.txt").string(), (tmp / "good.txt").string()});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("image.txt: not a text file (binary content)") != std::string::npos);
  REQUIRE(CountLines(r.out) == 2);
  CHECK(r.out.find("\"error\"") != std::string::npos);
  CHECK(r.out.find("Wu Xinbo") != std::string::npos);
}

TEST_CASE("an unreadable file is refused with the system's reason", "[formats][bad-input]") {
  // CI runs as root, so file modes do not stop a read. /proc/self/mem opens
  // fine but read() fails with EIO at offset 0 (an unmapped address): the
  // same path through the loader as a disk read error. A symbolic link to
  // itself fails with ELOOP before any read.
  TempDir tmp;
  WriteFile(tmp / "good.txt", kGood);
  fs::create_symlink("self.txt", tmp / "self.txt");
  auto r = RunCli({"audit", "--format", "jsonl", "/proc/self/mem", (tmp / "self.txt").string(),
                   (tmp / "good.txt").string()});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("/proc/self/mem: cannot read file: Input/output error") != std::string::npos);
  CHECK(r.err.find("self.txt: cannot read file: Too many levels of symbolic links") != std::string::npos);
  CHECK(r.out.find("Wu Xinbo") != std::string::npos);
}

// A loop is a warning, not an error: it used to exit 2, which turned a CI
// check red for a harmless link (its files are taken once anyway).
TEST_CASE("a directory loop through symbolic links is a warning once and files are still audited", "[formats][bad-input]") {
  TempDir tmp;
  WriteFile(tmp / "tree" / "a.txt", kGood);
  WriteFile(tmp / "tree" / "sub" / "b.md", std::string("# Headline\n\n") + kGood);
  fs::create_directory_symlink("..", tmp / "tree" / "sub" / "loop");
  const std::string warning = "onrecord: warning: " + (tmp / "tree" / "sub" / "loop").string() +
                              ": directory loop through a symbolic link, skipped";
  auto r = RunCli({"audit", "--format", "jsonl", (tmp / "tree").string()});
  CHECK(r.exit_code == 0);
  CHECK(r.err.find(warning) != std::string::npos);
  CHECK(r.err.find(warning) == r.err.rfind(warning));  // once
  CHECK(CountLines(r.out) == 2);
  CHECK(r.out.find("a.txt") != std::string::npos);
  CHECK(r.out.find("b.md") != std::string::npos);
  // The same in every command that walks folders.
  for (std::vector<std::string> args :
       {std::vector<std::string>{"check", "--fail-level", "none"}, std::vector<std::string>{"clean"},
        std::vector<std::string>{"ingest", "--db", (tmp / "t.db").string()}}) {
    args.push_back((tmp / "tree").string());
    auto c = RunCli(args);
    INFO(args.front() << ": " << c.err);
    CHECK(c.exit_code == 0);
    CHECK(c.err.find(warning) != std::string::npos);
  }
  CHECK(RunCli({"check", (tmp / "tree").string()}).exit_code == 0);  // nothing at error level
}

// Regression: a loop of file links (l1.txt -> l2.txt -> l1.txt) in a walked
// folder exited 2 ("Too many levels of symbolic links") while a directory
// loop was a warning. In a walk it is a warning now; a looping file named
// on the command line stays an error (the test above).
TEST_CASE("a loop of file links in a walked folder is a warning, and the other files are audited", "[formats][bad-input]") {
  TempDir tmp;
  WriteFile(tmp / "tree" / "a.txt", kGood);
  fs::create_symlink("l2.txt", tmp / "tree" / "l1.txt");
  fs::create_symlink("l1.txt", tmp / "tree" / "l2.txt");
  for (std::vector<std::string> args :
       {std::vector<std::string>{"audit", "--format", "jsonl"}, std::vector<std::string>{"check", "--fail-level", "none"},
        std::vector<std::string>{"clean"}, std::vector<std::string>{"ingest", "--db", (tmp / "t.db").string()}}) {
    args.push_back((tmp / "tree").string());
    auto r = RunCli(args);
    INFO(args.front() << ": " << r.err);
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.err, Catch::Contains("onrecord: warning: " + (tmp / "tree" / "l1.txt").string() + ": symbolic link loop, skipped"));
    CHECK_THAT(r.err, Catch::Contains("onrecord: warning: " + (tmp / "tree" / "l2.txt").string() + ": symbolic link loop, skipped"));
  }
  CHECK(CountLines(RunCli({"audit", "--format", "jsonl", (tmp / "tree").string()}).out) == 1);
}

TEST_CASE("a dangling symbolic link is reported as one, not as a missing file", "[formats][bad-input]") {
  TempDir tmp;
  WriteFile(tmp / "tree" / "a.txt", kGood);
  fs::create_symlink("gone.txt", tmp / "tree" / "b.txt");
  for (const auto& input : {tmp / "tree", tmp / "tree" / "b.txt"}) {
    auto r = RunCli({"audit", "--format", "jsonl", input.string()});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains((tmp / "tree" / "b.txt").string() +
                                      ": dangling symbolic link (its target 'gone.txt' does not exist)"));
    CHECK_THAT(r.err, !Catch::Contains("no such file"));
  }
}

// Regression: `audit - -` read standard input twice (the second time empty).
TEST_CASE("standard input named twice is refused", "[formats][bad-input]") {
  for (std::vector<std::string> args : {std::vector<std::string>{"audit", "-", "-"}, std::vector<std::string>{"clean", "-", "-"},
                                        std::vector<std::string>{"check", "--fail-level", "none", "-", "-"}}) {
    auto r = RunCli(args, kGood);
    INFO(args.front() << ": " << r.out << r.err);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("standard input is given more than once"));
  }
  auto once = RunCli({"audit", "--format", "jsonl", "-", "-"}, kGood);
  CHECK(CountLines(once.out) == 1);  // read once
}

TEST_CASE("the same file given by two paths is audited once", "[formats]") {
  TempDir tmp;
  WriteFile(tmp / "a.txt", kGood);
  auto r = RunCli({"audit", "--format", "jsonl", "a.txt", (tmp / "a.txt").string(), "./a.txt", "."}, "",
                  tmp.path().string());
  CHECK(r.exit_code == 0);
  CHECK(CountLines(r.out) == 1);
}

// Regression: a JSONL line `not json` was reported at column 2.
TEST_CASE("a JSON syntax error is reported where the bad token starts", "[formats][bad-input]") {
  TempDir tmp;
  WriteFile(tmp / "c.jsonl", nlohmann::json({{"text", kGood}}).dump() + "\nnot json\n{\"text\": tru}\n");
  auto r = RunCli({"audit", "--format", "jsonl", (tmp / "c.jsonl").string()});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains((tmp / "c.jsonl").string() + ":2:1: invalid JSON"));
  CHECK_THAT(r.err, Catch::Contains((tmp / "c.jsonl").string() + ":3:10: invalid JSON"));
}

// Regression: metadata of another type was coerced without a word ("title":
// 5 -> '5', "date": ["x"] -> 'x'), an object dropped, a repeated "text" key
// kept its last value silently.
TEST_CASE("JSON record metadata of the wrong type is a warning at its place and the record is kept", "[formats][bad-input]") {
  TempDir tmp;
  const std::string line =
      R"({"title": 5, "date": ["2016-01-02"], "author": {"url": "Jo"}, "wire": 3, "authors_ok": 1, "text": "x", "text": ")" +
      std::string(kGood).substr(0, std::string(kGood).size() - 1) + "\"}";
  WriteFile(tmp / "m.jsonl", line + "\n");
  auto r = RunCli({"audit", "--format", "jsonl", (tmp / "m.jsonl").string()});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  const std::string at = "onrecord: warning: " + (tmp / "m.jsonl").string() + ":1:";
  auto column = [&](const std::string& marker) { return std::to_string(line.find(marker) + 1); };
  CHECK_THAT(r.err, Catch::Contains(at + column("5,") + ": JSON field 'title' should be a string, not a number; it is read as '5'"));
  CHECK_THAT(r.err, Catch::Contains(at + column("[\"2016") + ": JSON field 'date' should be a string, not a list; its strings are joined as '2016-01-02'"));
  CHECK_THAT(r.err, Catch::Contains(at + column("{\"url\"") + ": JSON field 'author' should be a string, not an object; it is ignored"));
  CHECK_THAT(r.err, Catch::Contains(at + column("3,") + ": JSON field 'wire' should be true, false or a string, not a number; it is ignored"));
  CHECK_THAT(r.err, Catch::Contains(at + std::to_string(line.rfind("\"text\": \"") + 9) + ": JSON field 'text' is given twice (first at 1:" +
                                    std::to_string(line.find("\"x\"") + 1) + "); the last value is used"));
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["metadata"]["title"] == "5");
  CHECK(j["metadata"]["author"].is_null());
  // A list of author names is what "authors" often is: no warning.
  WriteFile(tmp / "a.jsonl", nlohmann::json({{"authors", {"Jo Lee", "Ann Wu"}}, {"text", kGood}}).dump() + "\n");
  auto authors = RunCli({"audit", "--format", "jsonl", (tmp / "a.jsonl").string()});
  CHECK(authors.exit_code == 0);
  CHECK(authors.err.empty());
  CHECK(nlohmann::json::parse(authors.out)["metadata"]["author"] == "Jo Lee, Ann Wu");
}

TEST_CASE("a 200 MB one-line file is refused quickly, before it is read", "[formats][bad-input][slow]") {
  // A news article is a few tens of kilobytes; a one-line text of hundreds
  // of megabytes is a scraper accident. The default per-article limit (4 MiB)
  // refuses it from its size alone, in bounded memory and time: ctest's
  // TIMEOUT guards the time (no clock here: the sanitized build is many times
  // slower), the child's peak resident memory shows the file was never read.
  TempDir tmp;
  {
    std::ofstream out(tmp / "huge.txt", std::ios::binary);
    std::string chunk;
    while (chunk.size() < (1 << 20)) chunk += "officials said the talks had stalled ";
    chunk.resize(1 << 20);
    for (int i = 0; i < 200; ++i) out.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
  }
  WriteFile(tmp / "good.txt", kGood);
  // getrusage(RUSAGE_CHILDREN) gives the largest peak of any child so far:
  // first the peak of auditing good.txt alone, then of the run with both.
  auto peak = [] {
    struct rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss * 1024L;
  };
  auto baseline = RunCli({"audit", "--format", "jsonl", (tmp / "good.txt").string()});
  REQUIRE(baseline.exit_code == 0);
  const long baseline_peak = peak();
  auto r = RunCli({"audit", "--format", "jsonl", (tmp / "huge.txt").string(), (tmp / "good.txt").string()});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("huge.txt: article too large (200.0 MiB; the limit is 4.0 MiB per article") != std::string::npos);
  CHECK(r.out.find("Wu Xinbo") != std::string::npos);
  INFO("peak " << (peak() >> 20) << " MiB, auditing good.txt alone " << (baseline_peak >> 20) << " MiB");
  CHECK(peak() < baseline_peak + (64L << 20));
}

TEST_CASE("a size under a KiB is counted in bytes and one byte in the singular", "[formats][bad-input]") {
  TempDir tmp;
  WriteFile(tmp / "two.txt", "ab");
  auto r = RunCli({"audit", "--max-article-bytes", "1", (tmp / "two.txt").string()});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("article too large (2 bytes; the limit is 1 byte per article") != std::string::npos);
}

TEST_CASE("the --max-article-bytes option sets the per-article limit, also per JSONL line", "[formats][bad-input]") {
  TempDir tmp;
  std::string text = kGood;
  while (text.size() < 2048) text += "Talks stalled on Monday, officials said.\n";
  WriteFile(tmp / "two-kib.txt", text);
  auto refused = RunCli({"audit", "--max-article-bytes", "1KiB", (tmp / "two-kib.txt").string()});
  CHECK(refused.exit_code == 2);
  CHECK(refused.err.find("article too large") != std::string::npos);
  CHECK(refused.err.find("the limit is 1.0 KiB") != std::string::npos);
  auto accepted = RunCli({"audit", "--max-article-bytes", "4KiB", (tmp / "two-kib.txt").string()});
  CHECK(accepted.exit_code == 0);
  // Standard input is read only up to the limit, then refused.
  auto piped = RunCli({"audit", "--max-article-bytes", "1KiB", "-"}, text);
  CHECK(piped.exit_code == 2);
  CHECK(piped.err.find("article too large (more than 1.0 KiB") != std::string::npos);
  // JSONL: the long line is refused with its line number, the others audited.
  std::string jsonl = nlohmann::json({{"text", kGood}}).dump() + "\n" + nlohmann::json({{"text", text}}).dump() +
                      "\n" + nlohmann::json({{"text", kGood}}).dump() + "\n";
  WriteFile(tmp / "c.jsonl", jsonl);
  auto r = RunCli({"audit", "--format", "jsonl", "--max-article-bytes", "1KiB", (tmp / "c.jsonl").string()});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("c.jsonl:2:1: article too large") != std::string::npos);
  CHECK(CountLines(r.out) == 3);
}

TEST_CASE("a JSONL file with one broken line: that line reported, the others audited", "[formats][bad-input]") {
  TempDir tmp;
  std::string jsonl = nlohmann::json({{"text", kGood}, {"outlet", "One"}}).dump() + "\n" +
                      "{\"text\": \"unterminated\n" +
                      nlohmann::json({{"text", kGood}, {"outlet", "Three"}}).dump() + "\n";
  WriteFile(tmp / "corpus.jsonl", jsonl);
  auto r = RunCli({"audit", "--format", "jsonl", (tmp / "corpus.jsonl").string()});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("corpus.jsonl:2:") != std::string::npos);
  CHECK(r.err.find("invalid JSON") != std::string::npos);
  std::vector<nlohmann::json> lines;
  std::istringstream in(r.out);
  for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
  REQUIRE(lines.size() == 3);
  CHECK(lines[0]["record"] == 1);
  CHECK(lines[0]["metadata"]["outlet"] == "One");
  CHECK(lines[1]["record"] == 2);
  CHECK(lines[1].contains("error"));
  CHECK(lines[1]["error"]["line"] == 2);
  CHECK(lines[2]["record"] == 3);
  CHECK(lines[2]["metadata"]["outlet"] == "Three");
}

// ---------------------------------------------------------------------------
// Standard input with --stdin-filename picks the format by that name.

TEST_CASE("standard input is read as Markdown, HTML or JSONL by --stdin-filename", "[formats][stdin]") {
  const std::string md = "---\nslug: x\n---\n# Talks\n\n“The *talks* are stuck,” said Wu Xinbo, an adviser.\n";
  auto r = RunCli({"audit", "--format", "json", "--stdin-filename", "draft.md", "-"}, md);
  CHECK(r.exit_code == 0);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["file"] == "draft.md");
  REQUIRE(j["quotes"].size() == 1);
  CHECK(j["quotes"][0]["text"] == "The talks are stuck,");
  size_t b = j["quotes"][0]["begin"], e = j["quotes"][0]["end"];
  CHECK(md.substr(b, e - b) == "The *talks* are stuck,");

  const std::string html = "<article><p>&ldquo;The talks are stuck,&rdquo; said Wu Xinbo.</p></article>";
  r = RunCli({"audit", "--format", "json", "--stdin-filename", "page.html", "-"}, html);
  CHECK(r.exit_code == 0);
  j = nlohmann::json::parse(r.out);
  CHECK(j["file"] == "page.html");
  REQUIRE(j["quotes"].size() == 1);
  b = j["quotes"][0]["begin"];
  e = j["quotes"][0]["end"];
  CHECK(html.substr(b, e - b) == "The talks are stuck,");

  const std::string jsonl = nlohmann::json({{"text", kGood}}).dump() + "\n" + nlohmann::json({{"text", kGood}}).dump() + "\n";
  r = RunCli({"audit", "--format", "jsonl", "--stdin-filename", "corpus.jsonl", "-"}, jsonl);
  CHECK(r.exit_code == 0);
  CHECK(CountLines(r.out) == 2);
  CHECK(r.out.find("\"record\":2") != std::string::npos);
}

}  // namespace
}  // namespace onrecord
