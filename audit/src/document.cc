// Load and decode stages: bytes -> Document(s) (see onrecord/document.h).
#include "onrecord/document.h"

#include <unicode/ucnv.h>

#include <cstdio>
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

std::vector<LoadedArticle> LoadBytes(std::string_view bytes, const std::string& path,
                                     const LoadOptions& options) {
  std::vector<LoadedArticle> out;
  InputFormat format = options.format ? *options.format : FormatForPath(path);
  bool utf16 = bytes.size() >= 2 && (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF");
  if (!utf16 && options.encoding.empty() && LooksBinary(bytes)) {
    LoadedArticle a;
    a.error = Status::Error("not a text file (binary content)", path);
    out.push_back(std::move(a));
    return out;
  }
  std::vector<InputIssue> issues;
  auto decoded = DecodeToUtf8(bytes, options.encoding, &issues);
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
      if (!blank) out.push_back(RecordToDocument(row, path, line, line, format));
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
  std::string bytes;
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    bytes = ss.str();
  } else {
    std::error_code ec;
    auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      return {LoadedArticle{std::nullopt, Status::Error("no such file", shown)}};
    }
    if (fs::is_directory(status)) {
      return {LoadedArticle{std::nullopt, Status::Error("is a directory", shown)}};
    }
    auto size = fs::file_size(path, ec);
    if (!ec && size > options.max_bytes) {
      return {LoadedArticle{std::nullopt,
                            Status::Error("file too large (" + std::to_string(size >> 20) +
                                              " MiB; the limit is " +
                                              std::to_string(options.max_bytes >> 20) + " MiB)",
                                          shown)}};
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) return {LoadedArticle{std::nullopt, Status::Error("cannot read file", shown)}};
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) return {LoadedArticle{std::nullopt, Status::Error("cannot read file", shown)}};
  }
  LoadOptions opts = options;
  if (!opts.format) opts.format = FormatForPath(shown);
  return LoadBytes(bytes, shown, opts);
}

}  // namespace onrecord
