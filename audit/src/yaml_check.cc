#include "yaml_check.h"

namespace onrecord {

namespace {

// Whether the quoted scalar opening at text[pos] has its closing quote.
bool Closed(std::string_view text, size_t pos) {
  const char q = text[pos];
  for (size_t i = pos + 1; i < text.size(); ++i) {
    if (q == '"' && text[i] == '\\') {
      ++i;  // an escape: the next character is literal
    } else if (text[i] == q) {
      if (q == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        ++i;  // '' inside single quotes is a quote character
      } else {
        return true;
      }
    }
  }
  return false;
}

Status Check(const YAML::Node& node, std::string_view text, const std::string& path, int depth) {
  if (depth > 200) return Status::Ok();  // the parser bounds nesting; stay bounded here too
  switch (node.Type()) {
    case YAML::NodeType::Scalar: {
      const YAML::Mark m = node.Mark();
      if (m.pos >= 0 && static_cast<size_t>(m.pos) < text.size()) {
        const char c = text[static_cast<size_t>(m.pos)];
        if ((c == '"' || c == '\'') && !Closed(text, static_cast<size_t>(m.pos))) {
          return Status::Error(std::string("unclosed quote: the value opened with ") + c + " runs to the end of the file",
                               path, m.line + 1, m.column + 1);
        }
      }
      return Status::Ok();
    }
    case YAML::NodeType::Sequence:
      for (const auto& item : node) {
        if (Status s = Check(item, text, path, depth + 1); !s.ok()) return s;
      }
      return Status::Ok();
    case YAML::NodeType::Map:
      for (auto it = node.begin(); it != node.end(); ++it) {
        if (Status s = Check(it->first, text, path, depth + 1); !s.ok()) return s;
        if (Status s = Check(it->second, text, path, depth + 1); !s.ok()) return s;
      }
      return Status::Ok();
    default:
      return Status::Ok();
  }
}

}  // namespace

Status CheckClosedQuotes(const YAML::Node& root, std::string_view text, const std::string& path) {
  return Check(root, text, path, 0);
}

}  // namespace onrecord
