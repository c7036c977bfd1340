// Streaming: ArticleReader reads a JSONL input record by record (the same
// articles and errors as LoadPath, in bounded memory); AuditToJsonLine,
// WriteAuditJson and JsonReportStream write exactly what AuditToJson(…).dump()
// and dump(indent) write.
#include <sys/resource.h>

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <functional>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "onrecord/report.h"
#include "test_util.h"

using namespace onrecord;
using namespace onrecord::testing;

namespace {

// What a loaded article says, for comparing two readers.
std::string Describe(const LoadedArticle& a) {
  if (!a.document) return "error " + a.error.ToString();
  const Document& d = *a.document;
  std::string out = "doc " + d.path + " record " + (d.record ? std::to_string(*d.record) : "-") + " format " +
                    InputFormatName(d.format) + " text[" + d.source + "]";
  for (const auto& m : {d.metadata.id, d.metadata.title, d.metadata.outlet, d.metadata.language}) {
    out += " |" + m.value_or("∅");
  }
  for (const auto& i : d.issues) out += " issue " + i.rule + "@" + std::to_string(i.offset);
  return out;
}

std::vector<std::string> ViaReader(const std::string& path, const LoadOptions& options) {
  std::vector<std::string> out;
  for (auto& a : ArticleReader(path, options)) out.push_back(Describe(a));
  return out;
}

std::vector<std::string> ViaLoadPath(const std::string& path, const LoadOptions& options) {
  std::vector<std::string> out;
  for (auto& a : LoadPath(path, options)) out.push_back(Describe(a));
  return out;
}

// ASCII text as UTF-16LE with a byte-order mark.
std::string Utf16le(const std::string& ascii) {
  std::string out = "\xFF\xFE";
  for (char c : ascii) {
    out += c;
    out += '\0';
  }
  return out;
}

std::string Repeat(const std::string& s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

}  // namespace

TEST_CASE("ArticleReader gives a JSONL file's records and errors as LoadPath does", "[formats][stream]") {
  TempDir dir;
  const std::string good = R"({"id": "a1", "title": "T", "text": "“Yes,” said Ana Ruiz.\nShe left."})";
  struct Case {
    const char* name;
    std::string bytes;
    size_t max_article_bytes;
  };
  const std::string long_line = "{\"text\": \"" + Repeat("officials said so. ", 200'000) + "\"}";  // 3.8 MB
  const Case cases[] = {
      {"plain", good + "\n" + good + "\n", 4 << 20},
      {"no final newline, blank and CRLF lines", good + "\r\n\n  \t\n" + good, 4 << 20},
      {"a UTF-8 BOM", "\xEF\xBB\xBF" + good + "\n", 4 << 20},
      {"invalid JSON and a non-object", good + "\n{\"text\": \n[1, 2]\n\"str\"\n" + good + "\n", 4 << 20},
      {"no text field", "{\"title\": \"x\"}\n" + good + "\n", 4 << 20},
      {"invalid UTF-8 inside and at a line's end", "{\"text\": \"caf\xC3 ok\"}\n{\"text\": \"x\xE2\x80\"}\xE2\x80\n" + good,
       4 << 20},
      {"a line too long, across reads, then a good one", good + "\n" + long_line + "\r\n" + good + "\n", 1 << 20},
      {"a too-long line at the very end", good + "\n" + long_line, 1 << 20},
      {"a too-long line of blanks is a blank line", good + "\n" + Repeat(" \t", 1'500'000) + "\r\n" + good, 1 << 20},
      {"exactly at the limit, with a CR", "{\"text\": \"" + Repeat("a", 100) + "\"}\r\n" + good, 112},
      {"one byte over the limit", "{\"text\": \"" + Repeat("a", 101) + "\"}\r\n" + good, 112},
      {"empty file", "", 4 << 20},
      {"binary content", std::string(100, '\0') + "\n" + good, 4 << 20},
      {"UTF-16 with a BOM", Utf16le("{\"text\": \"hi\"}\n{\"text\": \"ho\"}\n"), 4 << 20},
  };
  for (const auto& c : cases) {
    SECTION(c.name) {
      WriteFile(dir / "in.jsonl", c.bytes);
      LoadOptions options;
      options.max_article_bytes = c.max_article_bytes;
      const std::string path = (dir / "in.jsonl").string();
      auto expected = ViaLoadPath(path, options);
      auto got = ViaReader(path, options);
      CHECK(got == expected);
    }
  }
  SECTION("standard input streams the same way") {
    auto r = RunCli({"audit", "--format", "jsonl", "--input-format", "jsonl", "-"}, good + "\n\n" + good + "\n");
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("\"record\":1") != std::string::npos);
    CHECK(r.out.find("\"record\":3") != std::string::npos);
  }
  SECTION("a missing file, a directory, and a file that is not JSONL") {
    LoadOptions options;
    CHECK(ViaReader((dir / "missing.jsonl").string(), options) == ViaLoadPath((dir / "missing.jsonl").string(), options));
    std::filesystem::create_directories(dir / "sub.jsonl");
    CHECK(ViaReader((dir / "sub.jsonl").string(), options) == ViaLoadPath((dir / "sub.jsonl").string(), options));
    WriteFile(dir / "a.txt", "“Yes,” said Ana Ruiz.\n");
    CHECK(ViaReader((dir / "a.txt").string(), options) == ViaLoadPath((dir / "a.txt").string(), options));
  }
}

namespace {

// AddressSanitizer keeps freed memory in a quarantine (256 MiB by default)
// to catch use after free, and that memory stays resident: under
// scripts/test --sanitize, skipping 260 MiB of long lines raised the child's
// peak by 149 MiB with nothing live. While it lives, this object gives the
// CLI processes a test starts a 16 MiB quarantine, so a peak measures what
// the program keeps, not what ASan holds back. Nothing in the plain build.
class SmallAsanQuarantine {
 public:
  SmallAsanQuarantine() {
    if (!kSanitized) return;
    const char* old = std::getenv("ASAN_OPTIONS");
    if (old) saved_ = old;
    std::string options = saved_.value_or("");
    options += (options.empty() ? "" : ":") + std::string("quarantine_size_mb=16");
    ::setenv("ASAN_OPTIONS", options.c_str(), 1);
  }
  ~SmallAsanQuarantine() {
    if (!kSanitized) return;
    if (saved_) ::setenv("ASAN_OPTIONS", saved_->c_str(), 1);
    else ::unsetenv("ASAN_OPTIONS");
  }
  SmallAsanQuarantine(const SmallAsanQuarantine&) = delete;
  SmallAsanQuarantine& operator=(const SmallAsanQuarantine&) = delete;

 private:
  std::optional<std::string> saved_;
};

}  // namespace

TEST_CASE("a JSONL file larger than the file limit streams in bounded memory", "[formats][stream][slow]") {
  // 260 MiB of JSONL (the limit for a file read whole is 256 MiB): lines too
  // long for the per-article limit, skipped as they are read, then one good
  // record. The whole file is never in memory.
  TempDir tmp;
  const std::string good = R"({"text": "“The fund is empty,” said Mayor Lena Ortiz."})";
  {
    std::ofstream out(tmp / "big.jsonl", std::ios::binary);
    std::string line = "{\"text\": \"" + Repeat("officials said the talks had stalled. ", 27'000) + "\"}\n";
    size_t written = 0;
    while (written < (size_t{260} << 20)) {
      out.write(line.data(), static_cast<std::streamsize>(line.size()));
      written += line.size();
    }
    out << good << "\n";
  }
  REQUIRE(std::filesystem::file_size(tmp / "big.jsonl") > (size_t{256} << 20));
  auto peak = [] {
    struct rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss * 1024L;
  };
  WriteFile(tmp / "good.jsonl", good + "\n");
  SmallAsanQuarantine quarantine;  // both runs alike
  auto baseline = RunCli({"audit", "--format", "jsonl", (tmp / "good.jsonl").string()});
  REQUIRE(baseline.exit_code == 0);
  const long baseline_peak = peak();
  auto r = RunCli({"audit", "--format", "jsonl", "--max-article-bytes", "512KiB", (tmp / "big.jsonl").string()});
  CHECK(r.exit_code == 2);  // the long lines are refused, each on its own line
  CHECK(r.err.find("file too large") == std::string::npos);
  CHECK(r.err.find("big.jsonl:1:1: article too large") != std::string::npos);
  CHECK(r.out.find("Lena Ortiz") != std::string::npos);
  INFO("peak " << (peak() >> 20) << " MiB, one small record alone " << (baseline_peak >> 20) << " MiB");
  CHECK(peak() < baseline_peak + (32L << 20));
}

TEST_CASE("AuditToJsonLine writes what AuditToJson(…).dump() writes", "[report][stream]") {
  size_t compared = 0;
  for (const auto& entry : std::filesystem::directory_iterator(SourceDir() / "corpus")) {
    if (entry.path().extension() != ".txt" && entry.path().extension() != ".md") continue;
    auto loaded = LoadPath(entry.path().string(), LoadOptions{});
    REQUIRE(loaded[0].document);
    AuditOptions options;
    options.timing = compared % 2 == 0;  // with and without "stats"
    auto r = Audit(*loaded[0].document, DefaultRules(), options);
    REQUIRE(r.ok());
    INFO(entry.path().filename().string());
    CHECK(AuditToJsonLine(r.value()) == AuditToJson(r.value()).dump());
    ++compared;
  }
  CHECK(compared >= 50);

  SECTION("every optional field, escapes and numbers") {
    AuditResult r;
    r.file = "dir/\"odd\"\\name\t.jsonl";
    r.record = 7;
    r.language = "en";
    r.metadata.id = "x\x01y\x1F\x7Fz";
    r.metadata.title = "Title\r\n\b\f/é“”";
    r.metadata.wire = true;
    r.metadata.dateline_wire = "Reuters";
    r.words = 123456789012ULL;
    Quote q;
    q.text = "q\u2028t";
    q.location = {{0, 0}, 1, 2, 3, 4};
    q.source_id = 2;
    q.speaker = "Ana";
    q.cue = "said";
    q.in_headline = true;
    r.quotes = {q, Quote{}};
    Attribution at;
    at.source = TextRef{{{0, 0}, 5, 6, 1, 1}, "He"};
    at.content = {TextRef{{{0, 0}, 7, 9, 1, 3}, "“x”"}, TextRef{}};
    at.level = 3;
    at.score = 0.123456789;
    at.reasons = {"a", "b\"c"};
    r.attributions = {at, Attribution{}};
    Source s;
    s.id = 1;
    s.name = "a person";
    s.kind = SourceKind::kAnonymous;
    s.roles = {"r1"};
    s.score = 1.0 / 3.0;
    s.specificity = Specificity::kDescribed;
    s.reason_given = true;
    r.sources = {s, Source{}};
    AnonymousSource an;
    an.phrase = "people familiar";
    an.anaphoric = true;
    r.anonymous_sources = {an};
    Finding f;
    f.rule = "x.y";
    f.message = "m";
    f.link = "https://example.org/?a=1&b=2";
    f.suppressed = "because";
    r.findings = {f, Finding{}};
    r.score.transparency_index = 0.1 + 0.2;
    r.score.named_share = 1e-9;
    r.score.vague_share = 1;
    r.score.outreach = true;
    r.stage_seconds = {{"clean", 1.5e-7}, {"attribute", 12.25}, {"rules", 0.0}};
    CHECK(AuditToJsonLine(r) == AuditToJson(r).dump());
    // The writer formats numbers itself (nlohmann's to_chars, as dump()
    // does): integral values keep their ".0", -0 its sign, what is not
    // finite is null, large and tiny values take an exponent.
    r.stage_seconds = {{"a-nan", std::nan("")},     {"b-inf", HUGE_VAL},      {"c-minus-inf", -HUGE_VAL},
                       {"d-minus-zero", -0.0},      {"e-integral", 42.0},     {"f-negative", -2.5},
                       {"g-huge", 1.7976931348623157e308}, {"h-denormal", 5e-324}, {"i-exp", 1e21},
                       {"j-below-exp", 1e-5},       {"k-third", 2.0 / 3.0},  {"l-big-int", 123456789012345.0}};
    CHECK(AuditToJsonLine(r) == AuditToJson(r).dump());
    for (double v : {0.0, 0.1, 0.25, 0.3, 0.5449, 0.55, 0.7499, 0.85, 0.9, 1.0, 1e15, 1e16, 1e-4, 123.456}) {
      r.stage_seconds = {{"v", v}, {"w", -v}};
      INFO(v);
      CHECK(AuditToJsonLine(r) == AuditToJson(r).dump());
    }
    r.metadata.wire = false;
    r.record.reset();
    r.stage_seconds.clear();
    CHECK(AuditToJsonLine(r) == AuditToJson(r).dump());
  }
  SECTION("invalid UTF-8 is written as U+FFFD, as DumpJson writes it") {
    AuditResult r;
    r.file = "bad\xC3.txt";
    CHECK_THROWS_AS(AuditToJson(r).dump(), nlohmann::json::type_error);
    CHECK(AuditToJsonLine(r) == onrecord::DumpJson(AuditToJson(r)));
    CHECK(AuditToJsonLine(r).find("bad\xEF\xBF\xBD.txt") != std::string::npos);
  }
}

namespace {

// What the CLI printed for --format json before it streamed: the objects in
// an nlohmann::json array, one alone without the array, dump(indent).
std::string AsDocument(const std::vector<nlohmann::json>& entries, int indent) {
  nlohmann::json array = nlohmann::json::array();
  for (const auto& e : entries) array.push_back(e);
  return (array.size() == 1 ? array[0] : array).dump(indent) + "\n";
}

std::string Streamed(const std::vector<AuditResult>& results, const std::vector<size_t>& errors_before, int indent) {
  std::ostringstream out;
  JsonReportStream stream(out, indent);
  for (size_t i = 0; i <= results.size(); ++i) {
    for (size_t e : errors_before) {
      if (e == i) stream.AddError("missing" + std::to_string(i) + ".txt", std::nullopt, Status::Error("no such file"));
    }
    if (i < results.size()) stream.Add(results[i]);
  }
  stream.Finish();
  return out.str();
}

std::string Expected(const std::vector<AuditResult>& results, const std::vector<size_t>& errors_before, int indent) {
  std::vector<nlohmann::json> entries;
  for (size_t i = 0; i <= results.size(); ++i) {
    for (size_t e : errors_before) {
      if (e == i) {
        entries.push_back(
            ErrorToJson("missing" + std::to_string(i) + ".txt", std::nullopt, Status::Error("no such file")));
      }
    }
    if (i < results.size()) entries.push_back(AuditToJson(results[i]));
  }
  return AsDocument(entries, indent);
}

// A result with every optional field, empty and full arrays, escapes, and
// strings longer than the writer's 64 KiB buffer.
AuditResult EdgeResult() {
  AuditResult r;
  r.file = "dir/\"odd\"\\name\t.txt";
  r.record = 3;
  r.language = "en";
  r.metadata.title = "Title\r\n\b\f/é“”";
  r.metadata.wire = false;
  r.metadata.dateline_wire = "Reuters";
  r.words = 42;
  Quote q;
  q.text = Repeat("a \"long\" quote\\ é\n", 20'000);  // 380 kB, escapes all along
  q.location = {{0, 0}, 1, 2, 3, 4};
  q.source_id = 1;
  q.speaker = "Ana";
  q.cue = "said";
  Quote plain;
  plain.text = Repeat("no escapes at all ", 10'000);  // 180 kB in one run
  r.quotes = {q, Quote{}, plain};
  Attribution at;
  at.source = TextRef{{{0, 0}, 5, 6, 1, 1}, "He"};
  at.content = {TextRef{{{0, 0}, 7, 9, 1, 3}, "“x”"}, TextRef{}};
  at.score = 2.0 / 3.0;
  at.reasons = {"a", "b\"c"};
  r.attributions = {at, Attribution{}};
  Source s;
  s.id = 1;
  s.name = "a person";
  s.kind = SourceKind::kAnonymous;
  s.specificity = Specificity::kVague;
  r.sources = {s, Source{}};
  Finding f;
  f.rule = "x.y";
  f.message = "m";
  f.link = "https://example.org/";
  f.suppressed = "because";
  r.findings = {f};
  r.score.transparency_index = 0.1 + 0.2;
  r.stage_seconds = {{"clean", 1.5e-7}, {"attribute", 12.25}};
  return r;
}

}  // namespace

TEST_CASE("WriteAuditJson and JsonReportStream write what dump(indent) writes", "[report][stream]") {
  std::vector<AuditResult> corpus;
  for (const auto& entry : std::filesystem::directory_iterator(SourceDir() / "corpus")) {
    if (entry.path().extension() != ".txt" || corpus.size() == 6) continue;
    auto loaded = LoadPath(entry.path().string(), LoadOptions{});
    REQUIRE(loaded[0].document);
    auto r = Audit(*loaded[0].document, DefaultRules(), AuditOptions{});
    REQUIRE(r.ok());
    corpus.push_back(std::move(r.value()));
  }
  REQUIRE(corpus.size() == 6);
  corpus.push_back(EdgeResult());
  corpus.push_back(AuditResult{});  // every array empty
  SECTION("one object, on one line or indented, at any depth") {
    for (const AuditResult& r : corpus) {
      INFO(r.file);
      for (int indent : {-1, 0, 2, 4}) {
        std::ostringstream out;
        WriteAuditJson(out, r, indent);
        CHECK(out.str() == AuditToJson(r).dump(indent));
      }
      std::ostringstream line;
      WriteAuditJson(line, r);
      CHECK(line.str() == AuditToJsonLine(r));
      // As the second element of an array: the array's dump() minus its
      // first element and brackets.
      for (int indent : {-1, 2}) {
        std::ostringstream nested;
        WriteAuditJson(nested, r, indent, 1);
        const nlohmann::json pair = nlohmann::json::array({nlohmann::json(nullptr), AuditToJson(r)});
        std::string whole = pair.dump(indent);
        const std::string head = indent < 0 ? "[null," : "[\n  null,\n  ";
        const std::string tail = indent < 0 ? "]" : "\n]";
        REQUIRE(whole.size() > head.size() + tail.size());
        CHECK(nested.str() == whole.substr(head.size(), whole.size() - head.size() - tail.size()));
      }
    }
  }
  SECTION("a run of articles: none, one alone, several in an array, errors among them") {
    const std::vector<AuditResult> one = {corpus[0]};
    const std::vector<AuditResult> three = {corpus[1], corpus[6], corpus[7]};
    for (int indent : {2, -1}) {
      CHECK(Streamed({}, {}, indent) == Expected({}, {}, indent));
      CHECK(Streamed(one, {}, indent) == Expected(one, {}, indent));
      CHECK(Streamed({}, {0}, indent) == Expected({}, {0}, indent));
      CHECK(Streamed(one, {0}, indent) == Expected(one, {0}, indent));
      CHECK(Streamed(one, {1}, indent) == Expected(one, {1}, indent));
      CHECK(Streamed(three, {}, indent) == Expected(three, {}, indent));
      CHECK(Streamed(three, {0, 2, 3}, indent) == Expected(three, {0, 2, 3}, indent));
      CHECK(Streamed(corpus, {}, indent) == Expected(corpus, {}, indent));
    }
  }
  SECTION("a string that is not valid UTF-8 is written as U+FFFD (DumpJson), never aborting") {
    std::vector<std::function<void(AuditResult&)>> spoil = {
        [](AuditResult& r) { r.file += "\xC3"; },
        [](AuditResult& r) { r.metadata.author = "\xFF"; },
        [](AuditResult& r) { r.quotes[0].text += "\xE2\x80"; },
        [](AuditResult& r) { r.quotes[2].speaker = "\x80"; },
        [](AuditResult& r) { r.attributions[0].content[1].text = "\xC0\xAF"; },
        [](AuditResult& r) { r.attributions[0].reasons.push_back("\xED\xA0\x80"); },
        [](AuditResult& r) { r.sources[0].roles.push_back("\xF8"); },
        [](AuditResult& r) { r.findings[0].suppressed = "\xC3("; },
        [](AuditResult& r) { r.stage_seconds["\xC3"] = 1.0; },
    };
    for (size_t i = 0; i < spoil.size(); ++i) {
      INFO("case " << i);
      AuditResult r = EdgeResult();
      spoil[i](r);
      CHECK_THROWS_AS(AuditToJson(r).dump(), nlohmann::json::type_error);
      std::ostringstream out;
      WriteAuditJson(out, r, 2);
      CHECK(out.str() == onrecord::DumpJson(AuditToJson(r), 2));
      CHECK(out.str().find("\xEF\xBF\xBD") != std::string::npos);
      CHECK(AuditToJsonLine(r) == onrecord::DumpJson(AuditToJson(r)));
    }
  }
}
