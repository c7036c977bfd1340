#include "yaml_check.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

#include <sstream>

#include <algorithm>

#include "onrecord/printable.h"
#include "onrecord/text.h"

#include <optional>
#include <set>
#include <tuple>
#include <utility>
#include <vector>

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

namespace {

// The innermost flow collection of kind `open` ('[' or '{') that `text`
// opens and never closes, as a 0-based line and byte column. A bracket
// opens a flow collection where a value starts (after ": ", "- ", "? " or
// at the start of a line) or inside another flow collection; quoted
// scalars and comments are skipped.
// A quoted scalar as the scan below sees it: where its quote opens (byte
// offset, 0-based line and byte column) and closes (npos: never).
struct QuotedScalar {
  size_t open = 0;
  int line = 0, column = 0;
  size_t close = std::string_view::npos;
};

// `open` may also be a quote ('\'' or '"'): the quoted scalar that is never
// closed (it runs to the end of the text). Every quoted scalar seen is added
// to `quoted` when given.
std::optional<std::pair<int, int>> UnclosedFlow(std::string_view text, char open,
                                                std::vector<QuotedScalar>* quoted = nullptr) {
  struct Opener {
    char c;
    int line, column;
  };
  std::vector<Opener> stack;
  int line = 0;
  size_t line_start = 0;
  bool value_start = true;  // only blanks since a line start or an indicator
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      ++line;
      line_start = i + 1;
      value_start = true;
      continue;
    }
    if (c == ' ' || c == '\t') continue;
    if (c == '#' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\t' || i == line_start)) {
      while (i + 1 < text.size() && text[i + 1] != '\n') ++i;
      continue;
    }
    const bool in_flow = !stack.empty();
    if ((c == '"' || c == '\'') && (value_start || in_flow)) {
      const size_t open_pos = i;
      const int open_line = line, open_column = static_cast<int>(i - line_start);
      bool closed = false;
      for (++i; i < text.size(); ++i) {
        if (text[i] == '\n') {
          ++line;
          line_start = i + 1;
        } else if (c == '"' && text[i] == '\\') {
          ++i;
        } else if (text[i] == c) {
          if (c == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
            ++i;
          } else {
            closed = true;
            break;
          }
        }
      }
      if (quoted) {
        quoted->push_back({open_pos, open_line, open_column, closed ? i : std::string_view::npos});
      }
      if (!closed && c == open) return std::make_pair(open_line, open_column);
      value_start = false;
      continue;
    }
    if ((c == '[' || c == '{') && (value_start || in_flow)) {
      stack.push_back({c, line, static_cast<int>(i - line_start)});
      value_start = true;
      continue;
    }
    if ((c == ']' || c == '}') && in_flow) {
      stack.pop_back();
      value_start = false;
      continue;
    }
    const bool indicator = (c == ':' || c == '-' || c == '?' || (c == ',' && in_flow)) &&
                           (i + 1 >= text.size() || text[i + 1] == ' ' || text[i + 1] == '\n' ||
                            text[i + 1] == '\t' || (in_flow && c != '-'));
    value_start = indicator;
  }
  for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
    if (it->c == open) return std::make_pair(it->line, it->column);
  }
  return std::nullopt;
}

}  // namespace

std::string PrintableMessage(std::string_view message) { return PrintableText(message); }

YAML::Mark ParserErrorMark(const YAML::ParserException& e, std::string_view text) {
  YAML::Mark mark = e.mark;
  std::vector<QuotedScalar> quoted;
  UnclosedFlow(text, '\0', &quoted);
  auto place = [&](const QuotedScalar& q) {
    mark.line = q.line;
    mark.column = q.column;
    mark.pos = static_cast<int>(q.open);
  };
  // A quote never closed runs to the end of the text and swallows every
  // bracket and line after it ("end of sequence flow not found", "illegal
  // EOF in scalar" at the end): the place is that quote.
  for (const auto& q : quoted) {
    if (q.close == std::string_view::npos) {
      place(q);
      return mark;
    }
  }
  const char open = e.msg.find("sequence flow") != std::string::npos ? '['
                    : e.msg.find("map flow") != std::string::npos   ? '{'
                                                                     : '\0';
  if (open != '\0') {
    if (auto at = UnclosedFlow(text, open)) {
      mark.line = at->first;
      mark.column = at->second;
    }
  } else if (mark.pos >= 0 && static_cast<size_t>(mark.pos) <= text.size()) {
    // A quote left open swallows the lines up to the next quote of its
    // kind, and yaml-cpp gives up just after that one ("end of map not
    // found"), far from the mistake: the place is the quote that opened a
    // scalar running over a line break and closing on the error's line,
    // right before it.
    const size_t at = static_cast<size_t>(mark.pos);
    for (auto it = quoted.rbegin(); it != quoted.rend(); ++it) {
      if (it->open >= at) continue;
      const size_t close = it->close;
      const bool spans_lines = text.substr(it->open, close - it->open).find('\n') != std::string_view::npos;
      const bool just_before = close < at && text.substr(close, at - close).find('\n') == std::string_view::npos;
      if (spans_lines && just_before) place(*it);
      break;
    }
  }
  return mark;
}

Status CheckUtf8(std::string_view bytes, const std::string& path, std::string_view what) {
  size_t bad = 0;
  if (IsValidUtf8(bytes, &bad)) return Status::Ok();
  size_t line_start = bytes.rfind('\n', bad == 0 ? 0 : bad - 1);
  line_start = line_start == std::string_view::npos || bad == 0 ? 0 : line_start + 1;
  int line = 1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(line_start), '\n'));
  int column = 1 + static_cast<int>(CountCodePoints(bytes.substr(line_start, bad - line_start)));
  return Status::Error("invalid UTF-8 (" + std::string(what) + " must be UTF-8)", path, line, column);
}

namespace {

// Stops the parse at the first alias (by throwing: yaml-cpp's parser has no
// other way to stop early).
class AliasFinder : public YAML::EventHandler {
 public:
  struct Found {
    YAML::Mark mark;
  };
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { throw Found{mark}; }
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

}  // namespace

namespace {

// An alias needs an anchor ('&') and its own '*'.
bool MayHoldAlias(std::string_view text) {
  return text.find('&') != std::string_view::npos && text.find('*') != std::string_view::npos;
}

// Whether a walk over `node` (keys and values, in document order) comes to
// a mark it has seen, for a node of the same type: true at the first such
// node, so a tree whose aliases multiply its walk (the "billion laughs") is
// walked no further than its distinct nodes. A tree with no alias has no
// node reached twice; two nodes at one mark only cost a second parse.
bool ReachesAMarkTwice(const YAML::Node& node, std::set<std::tuple<int, int, int, int>>* seen, int depth) {
  if (depth > 200) return true;  // deeper than the parser lets a document go: let FirstAlias answer
  const YAML::Mark m = node.Mark();
  if (!seen->emplace(m.pos, m.line, m.column, static_cast<int>(node.Type())).second) return true;
  switch (node.Type()) {
    case YAML::NodeType::Sequence:
      for (const auto& item : node) {
        if (ReachesAMarkTwice(item, seen, depth + 1)) return true;
      }
      return false;
    case YAML::NodeType::Map:
      for (auto it = node.begin(); it != node.end(); ++it) {
        if (ReachesAMarkTwice(it->first, seen, depth + 1) || ReachesAMarkTwice(it->second, seen, depth + 1)) {
          return true;
        }
      }
      return false;
    default:
      return false;
  }
}

}  // namespace

LoadedYaml LoadFindingAlias(const std::string& text) {
  LoadedYaml out;
  if (!MayHoldAlias(text)) {
    out.root = YAML::Load(text);
    return out;
  }
  std::vector<YAML::Node> docs;
  try {
    docs = YAML::LoadAll(text);
  } catch (const YAML::Exception&) {
    // A later document that does not parse (YAML::Load reads only the
    // first): the two steps as they were.
    out.root = YAML::Load(text);
    out.alias = FirstAlias(text);
    return out;
  }
  // YAML::Load's document is LoadAll's first (one parser, one builder each).
  if (!docs.empty()) out.root = docs.front();
  std::set<std::tuple<int, int, int, int>> seen;
  for (const auto& doc : docs) {
    if (ReachesAMarkTwice(doc, &seen, 0)) {
      out.alias = FirstAlias(text);
      break;
    }
  }
  return out;
}

std::optional<YAML::Mark> FirstAlias(std::string_view text) {
  if (!MayHoldAlias(text)) return std::nullopt;
  std::istringstream in{std::string(text)};
  YAML::Parser parser(in);
  AliasFinder finder;
  try {
    while (parser.HandleNextDocument(finder)) {
    }
  } catch (const AliasFinder::Found& found) {
    return found.mark;
  } catch (const YAML::Exception&) {
    return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace onrecord

namespace onrecord {

YAML::Mark ValueMark(const YAML::Node& node, std::string_view text, bool* missing) {
  YAML::Mark m = node.Mark();
  if (!node.IsNull() || text.empty() || m.pos < 0 || m.line < 0) return m;
  const size_t pos = std::min(static_cast<size_t>(m.pos), text.size());
  for (std::string_view written : {"~", "null", "Null", "NULL"}) {
    if (text.substr(pos, written.size()) == written) return m;
  }
  const size_t feed = pos == 0 ? std::string_view::npos : text.rfind('\n', pos - 1);
  const size_t line_start = feed == std::string_view::npos ? 0 : feed + 1;
  const size_t first = text.find_first_not_of(" \t", line_start);
  if (first != std::string_view::npos && first < pos) return m;  // not first on its line: a flow collection
  int line = m.line;
  for (size_t end = line_start; end > 0;) {
    const size_t nl = end - 1;  // the line feed that ends the line before
    const size_t before = nl == 0 ? std::string_view::npos : text.rfind('\n', nl - 1);
    const size_t prev = before == std::string_view::npos ? 0 : before + 1;
    --line;
    std::string_view written = text.substr(prev, nl - prev);
    if (!written.empty() && written.back() == '\r') written.remove_suffix(1);
    const size_t lead = written.find_first_not_of(" \t");
    if (lead == std::string_view::npos || written[lead] == '#') {  // a blank line or a comment
      end = prev;
      continue;
    }
    if (const size_t hash = written.find(" #"); hash != std::string_view::npos) written = written.substr(0, hash);
    const size_t last = written.find_last_not_of(" \t");
    m.line = line;
    m.column = static_cast<int>(last + 1);
    m.pos = static_cast<int>(prev + last + 1);
    if (missing) *missing = true;
    return m;
  }
  return m;
}

}  // namespace onrecord
