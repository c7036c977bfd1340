// YAML front matter of Markdown files (see front_matter.h).
#include "front_matter.h"

#include <yaml-cpp/yaml.h>

#include "metadata_fields.h"
#include "onrecord/text.h"
#include "yaml_check.h"

namespace onrecord {

namespace {

// The end of the line starting at `from` (before its break); `*next` is the
// start of the next line.
size_t LineEnd(std::string_view s, size_t from, size_t* next) {
  size_t e = s.find_first_of("\r\n", from);
  if (e == std::string_view::npos) {
    *next = s.size();
    return s.size();
  }
  *next = e + ((s[e] == '\r' && e + 1 < s.size() && s[e + 1] == '\n') ? 2 : 1);
  return e;
}

std::string_view TrimEnd(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// The file's 1-based line and code-point column of a 0-based line and byte
// column of the YAML text, which starts on the file's line 2.
std::pair<int, int> FilePosition(std::string_view yaml, int line, int byte_column) {
  if (line < 0) return {0, 0};
  size_t start = 0;
  for (int l = 0; l < line && start < yaml.size(); ++l) {
    size_t next = 0;
    LineEnd(yaml, start, &next);
    start = next;
  }
  size_t next = 0;
  std::string_view text = yaml.substr(start, LineEnd(yaml, start, &next) - start);
  size_t bytes = std::min(static_cast<size_t>(std::max(byte_column, 0)), text.size());
  while (bytes > 0 && bytes < text.size() && (static_cast<unsigned char>(text[bytes]) & 0xC0) == 0x80) --bytes;
  return {line + 2, static_cast<int>(CountCodePoints(text.substr(0, bytes))) + 1};
}

const char* KindName(const YAML::Node& n) {
  switch (n.Type()) {
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Scalar: return "a single value";
    default: return "something else";
  }
}

// A field's text: a scalar as written, a list's scalars joined with ", ".
std::optional<std::string> Text(const YAML::Node& v) {
  if (v.IsScalar()) return v.Scalar();
  if (!v.IsSequence()) return std::nullopt;
  std::string joined;
  for (const auto& item : v) {
    if (!item.IsScalar() || item.Scalar().empty()) continue;
    if (!joined.empty()) joined += ", ";
    joined += item.Scalar();
  }
  if (joined.empty()) return std::nullopt;
  return joined;
}

// The value of the first of `names` that `map` has with a value.
std::optional<YAML::Node> First(const YAML::Node& map, const std::vector<const char*>& names) {
  for (const char* name : names) {
    YAML::Node v = map[name];
    if (v.IsDefined() && !v.IsNull()) return v;
  }
  return std::nullopt;
}

}  // namespace

std::optional<FrontMatterSpan> FindFrontMatter(std::string_view s) {
  size_t next = 0;
  size_t end = LineEnd(s, 0, &next);
  if (TrimEnd(s.substr(0, end)) != "---" || next >= s.size()) return std::nullopt;
  FrontMatterSpan span;
  span.yaml_begin = next;
  size_t pos = next;
  while (pos < s.size()) {
    end = LineEnd(s, pos, &next);
    std::string_view line = TrimEnd(s.substr(pos, end - pos));
    if (line == "---" || line == "...") {
      span.yaml_end = pos;
      span.end = next;
      return span;
    }
    pos = next;
  }
  return std::nullopt;  // never closed: not front matter
}

Status ReadFrontMatter(std::string_view source, const std::string& path, Metadata* metadata,
                       std::vector<Status>* warnings) {
  std::optional<FrontMatterSpan> span = FindFrontMatter(source);
  if (!span) return Status::Ok();
  const std::string_view yaml = source.substr(span->yaml_begin, span->yaml_end - span->yaml_begin);
  auto error = [&](const std::string& message, int line, int byte_column) {
    auto [file_line, column] = FilePosition(yaml, line, byte_column);
    return Status::Error(message, path, file_line, column);
  };
  YAML::Node root;
  std::optional<YAML::Mark> alias;
  try {
    LoadedYaml loaded = LoadFindingAlias(std::string(yaml));
    root = std::move(loaded.root);
    alias = loaded.alias;
  } catch (const YAML::ParserException& e) {
    const YAML::Mark at = ParserErrorMark(e, yaml);
    return error("invalid YAML in the front matter: " + PrintableMessage(e.msg), at.line, at.column);
  } catch (const YAML::Exception& e) {
    return error("invalid YAML in the front matter: " + PrintableMessage(e.what()), 0, 0);
  }
  if (alias) {
    return error("YAML aliases (*name) are not read here: write the value out in full", alias->line, alias->column);
  }
  if (Status s = CheckClosedQuotes(root, yaml, path); !s.ok()) {
    std::string message = s.message();
    const std::string file_end = "the end of the file";
    if (size_t at = message.find(file_end); at != std::string::npos) {
      message.replace(at, file_end.size(), "the end of the front matter");
    }
    return error(message, s.line() - 1, s.column() - 1);
  }
  if (root.IsNull()) return Status::Ok();  // "---" and "---": nothing
  if (!root.IsMap()) {
    return error(std::string("the front matter (between the --- lines at the top) must be YAML fields such as "
                             "'title: …', not ") +
                     KindName(root) + "; start the article with *** for a horizontal rule",
                 root.Mark().line, root.Mark().column);
  }
  Metadata found = *metadata;
  for (const auto& f : MetadataFieldTable()) {
    if (found.*f.field) continue;
    if (auto v = First(root, f.names)) {
      found.*f.field = Text(*v);
      if (f.field == &Metadata::published && warnings && found.published && !IsIsoDate(*found.published)) {
        auto [file_line, column] = FilePosition(yaml, v->Mark().line, v->Mark().column);
        warnings->push_back(Status::Error(NotADateMessage(*found.published), path, file_line, column));
      }
      // The declared language: its place, for messages about it, and a
      // warning when it is no language tag.
      if (f.field == &Metadata::language && found.language) {
        auto [file_line, column] = FilePosition(yaml, v->Mark().line, v->Mark().column);
        found.language_line = file_line;
        found.language_column = column;
        if (warnings && !IsLanguageTag(*found.language)) {
          warnings->push_back(Status::Error(NotALanguageMessage("the front matter's language", *found.language), path,
                                            file_line, column));
        }
      }
    }
  }
  if (!found.wire) {
    if (auto v = First(root, {"wire"}); v && v->IsScalar()) found.wire = IsWireValue(v->Scalar());
  }
  *metadata = std::move(found);
  return Status::Ok();
}

}  // namespace onrecord
