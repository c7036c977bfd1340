// Load and decode stages: bytes -> Document(s) (see onrecord/document.h).
#include "onrecord/document.h"

#include <unicode/ucnv.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

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

// Copies valid UTF-8 and replaces each invalid sequence with U+FFFD.
std::string RepairUtf8(std::string_view s, std::vector<InputIssue>* issues) {
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
    out.append("\xEF\xBF\xBD");
    i += bad + 1;
    // Skip the continuation bytes of the broken sequence.
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  }
  return out;
}

bool LooksBinary(std::string_view bytes) {
  size_t n = std::min<size_t>(bytes.size(), 65536);
  if (n == 0) return false;
  size_t control = 0;
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  return control * 20 > n;  // more than 5% control bytes
}

// "200.0 MiB", "512 bytes": sizes in messages.
std::string SizeText(size_t bytes) {
  if (bytes < 1024) return std::to_string(bytes) + " bytes";
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

const nlohmann::json* FirstField(const nlohmann::json& j, std::initializer_list<const char*> names) {
  for (const char* n : names) {
    auto it = j.find(n);
    if (it != j.end() && !it->is_null()) return &*it;
  }
  return nullptr;
}

std::optional<std::string> StringField(const nlohmann::json& j,
                                       std::initializer_list<const char*> names) {
  const nlohmann::json* v = FirstField(j, names);
  if (!v) return std::nullopt;
  if (v->is_string()) return v->get<std::string>();
  if (v->is_array()) {
    std::string joined;
    for (const auto& e : *v) {
      if (!e.is_string()) continue;
      if (!joined.empty()) joined += ", ";
      joined += e.get<std::string>();
    }
    if (!joined.empty()) return joined;
    return std::nullopt;
  }
  if (v->is_number() || v->is_boolean()) return v->dump();
  return std::nullopt;
}

// Column (in code points, 1-based) of byte `offset` within `line`.
int ColumnOf(std::string_view line, size_t offset) {
  offset = std::min(offset, line.size());
  return static_cast<int>(CountCodePoints(line.substr(0, offset))) + 1;
}

LoadedArticle RecordToDocument(std::string_view json_text, const std::string& path,
                               std::optional<int> record, int line_base, InputFormat format) {
  LoadedArticle out;
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(json_text);
  } catch (const nlohmann::json::parse_error& e) {
    size_t byte = e.byte > 0 ? e.byte - 1 : 0;
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
  if (!j.is_object()) {
    out.error = Status::Error("a JSON article must be an object", path, line_base, 1);
    return out;
  }
  auto text = StringField(j, {"text", "content", "body", "maintext", "article"});
  if (!text) {
    out.error = Status::Error(
        "JSON record has no text field (text, content, body, maintext)", path, line_base, 1);
    return out;
  }
  Document doc;
  doc.path = path;
  doc.record = record;
  doc.format = format;
  doc.source = RepairUtf8(*text, &doc.issues);
  Metadata& m = doc.metadata;
  m.id = StringField(j, {"id", "article_id", "doc_id"});
  m.title = StringField(j, {"title", "headline"});
  m.url = StringField(j, {"url", "link"});
  m.outlet = StringField(j, {"outlet", "source", "site_name", "publisher", "source_domain"});
  m.published = StringField(j, {"published", "date", "date_publish", "publication_date", "pubdate"});
  m.author = StringField(j, {"author", "authors", "byline"});
  m.language = StringField(j, {"language", "lang"});
  if (const auto* w = FirstField(j, {"wire"}); w) {
    if (w->is_boolean()) m.wire = w->get<bool>();
    else if (w->is_string()) {
      std::string v = w->get<std::string>();
      m.wire = !(v.empty() || v == "None" || v == "false" || v == "0" || v == "no");
    }
  }
  out.document = std::move(doc);
  return out;
}

}  // namespace

Result<std::string> DecodeToUtf8(std::string_view bytes, const std::string& encoding,
                                 std::vector<InputIssue>* issues) {
  if (!encoding.empty()) {
    std::string lower = encoding;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower != "utf-8" && lower != "utf8") {
      auto converted = ConvertWithIcu(bytes, encoding.c_str());
      if (!converted.ok()) return converted.status();
      std::string s = std::move(converted.value());
      if (s.rfind("\xEF\xBB\xBF", 0) == 0) s.erase(0, 3);
      return s;
    }
  }
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    return RepairUtf8(bytes.substr(3), issues);
  }
  if (bytes.size() >= 2 && bytes.substr(0, 2) == "\xFF\xFE") {
    return ConvertWithIcu(bytes.substr(2), "UTF-16LE");
  }
  if (bytes.size() >= 2 && bytes.substr(0, 2) == "\xFE\xFF") {
    return ConvertWithIcu(bytes.substr(2), "UTF-16BE");
  }
  return RepairUtf8(bytes, issues);
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
  bool utf16 = bytes.size() >= 2 && (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF");
  if (!utf16 && options.encoding.empty() && LooksBinary(bytes)) {
    LoadedArticle a;
    a.error = Status::Error("not a text file (binary content)", path);
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
  auto decoded = DecodeToUtf8(bytes, encoding, &issues);
  if (!decoded.ok()) {
    LoadedArticle a;
    a.error = Status::Error(decoded.status().message(), path);
    out.push_back(std::move(a));
    return out;
  }
  std::string& text = decoded.value();
  if (format == InputFormat::kJson) {
    out.push_back(RecordToDocument(text, path, std::nullopt, 1, format));
    return out;
  }
  if (format == InputFormat::kJsonl) {
    size_t start = 0;
    int line = 1;
    while (start <= text.size()) {
      size_t nl = text.find('\n', start);
      size_t end = nl == std::string::npos ? text.size() : nl;
      std::string_view row(text.data() + start, end - start);
      if (!row.empty() && row.back() == '\r') row.remove_suffix(1);
      bool blank = row.find_first_not_of(" \t") == std::string_view::npos;
      if (!blank && row.size() > options.max_article_bytes) {
        LoadedArticle a;
        a.error = Status::Error(TooLargeMessage(SizeText(row.size()), options.max_article_bytes), path, line, 1);
        out.push_back(std::move(a));
      } else if (!blank) {
        out.push_back(RecordToDocument(row, path, line, line, format));
      }
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
  } else {
    std::error_code ec;
    auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      std::string why = !ec || ec == std::errc::no_such_file_or_directory
                            ? "no such file"
                            : "cannot read file: " + ec.message();
      return {LoadedArticle{std::nullopt, Status::Error(why, shown)}};
    }
    if (fs::is_directory(status)) {
      return {LoadedArticle{std::nullopt, Status::Error("is a directory", shown)}};
    }
    if (fs::is_regular_file(status)) {
      auto size = fs::file_size(path, ec);
      if (!ec && size > cap) return refuse(size);
    }
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) {
      return {LoadedArticle{std::nullopt,
                            Status::Error(std::string("cannot read file: ") + std::strerror(errno), shown)}};
    }
    bool ok = ReadStream(f, cap, &bytes, &too_large, &error);
    std::fclose(f);
    if (!ok) return {LoadedArticle{std::nullopt, Status::Error("cannot read file: " + error, shown)}};
    if (too_large) return refuse(0);
  }
  return LoadBytes(bytes, shown, opts);
}

}  // namespace onrecord
