// Suppression directives in HTML comments (see onrecord/suppressions.h).
#include "onrecord/suppressions.h"

#include <algorithm>
#include <set>
#include <utility>

#include "onrecord/text.h"

namespace onrecord {

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Byte offsets of line starts; line n (1-based) starts at starts[n - 1].
std::vector<size_t> LineStarts(std::string_view s) {
  std::vector<size_t> starts = {0};
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') continue;
    if (s[i] == '\n' || s[i] == '\r') starts.push_back(i + 1);
  }
  return starts;
}

int LineOf(const std::vector<size_t>& starts, size_t offset) {
  auto it = std::upper_bound(starts.begin(), starts.end(), offset);
  return static_cast<int>(it - starts.begin());
}

std::string_view LineText(std::string_view s, const std::vector<size_t>& starts, int line) {
  size_t b = starts[static_cast<size_t>(line) - 1];
  size_t e = static_cast<size_t>(line) < starts.size() ? starts[static_cast<size_t>(line)] : s.size();
  return s.substr(b, e - b);
}

bool Blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return IsSpace(c); });
}

// Byte ranges of fenced code blocks in Markdown (``` or ~~~, up to three
// spaces of indentation); directives inside them are text, not directives.
std::vector<std::pair<size_t, size_t>> FencedBlocks(std::string_view s,
                                                    const std::vector<size_t>& starts) {
  std::vector<std::pair<size_t, size_t>> out;
  char fence = 0;
  size_t fence_len = 0, open_at = 0;
  for (int line = 1; line <= static_cast<int>(starts.size()); ++line) {
    std::string_view t = LineText(s, starts, line);
    size_t i = 0;
    while (i < t.size() && i < 3 && t[i] == ' ') ++i;
    size_t run = 0;
    char c = i < t.size() ? t[i] : 0;
    if (c == '`' || c == '~') {
      while (i + run < t.size() && t[i + run] == c) ++run;
    }
    if (!fence) {
      if (run >= 3) {
        fence = c;
        fence_len = run;
        open_at = starts[static_cast<size_t>(line) - 1];
      }
    } else if (c == fence && run >= fence_len && Blank(t.substr(i + run))) {
      out.emplace_back(open_at, starts[static_cast<size_t>(line) - 1] + t.size());
      fence = 0;
    }
  }
  if (fence) out.emplace_back(open_at, s.size());
  return out;
}

struct Directive {
  std::string verb;                // off | on | disable-next-line | disable-line | disable-file
  std::vector<std::string> rules;
  std::string reason;
  std::string error;               // set when the comment is not a valid directive
};

bool IsRuleChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '.' || c == '-' || c == '_';
}

// Whether `a` and `b` differ by at most one letter added, dropped or changed.
bool WithinOneEdit(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() == b.size()) return a.substr(i + (i < a.size() ? 1 : 0)) == b.substr(i + (i < b.size() ? 1 : 0));
  return a.substr(i) == b.substr(i + 1);
}

// The word of `body` at `*i` (up to a space, a comma or "="), lower-cased;
// `*i` moves past it and the spaces after it.
std::string LowerWord(std::string_view body, size_t* i) {
  const size_t b = *i;
  while (*i < body.size() && !IsSpace(body[*i]) && body[*i] != ',' && body[*i] != '=') ++*i;
  std::string word(body.substr(b, *i - b));
  for (char& c : word) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  while (*i < body.size() && IsSpace(body[*i])) ++*i;
  return word;
}

// The first word of a comment's body, lower-cased, when the comment looks
// like a suppression directive in any case; else "". It does when the word
// starts with "onrecord-" ("ONRECORD-DISABLE-NEXT-LINE",
// "onrecord-disabel-line"), is a directive word written without its
// "onrecord-" ("disable-next-line", "disable-line", "disable-file"), or is
// "onrecord" alone or before "off" or "on" or a word one letter from them
// ("OnRecord off", "onrecord of"). Other comments are editors' notes and
// never checked (table40): "<!-- TODO: CHECK THIS -->", "<!-- NOTE -->",
// "<!-- ONRECORD NOTE: … -->", "<!-- onrecordings of the hearing -->".
std::string DirectiveHead(std::string_view body) {
  size_t i = 0;
  const std::string head = LowerWord(body, &i);
  if (head.rfind("onrecord-", 0) == 0) return head;
  for (std::string_view bare : {"disable-next-line", "disable-line", "disable-file"}) {
    if (head == bare) return head;
  }
  if (head != "onrecord") return "";
  const std::string verb = LowerWord(body, &i);
  if (verb.empty() || WithinOneEdit(verb, "off") || WithinOneEdit(verb, "on")) return head;
  return "";
}

// Whether a directive's first word (lower case) is one of the directives.
bool KnownHead(std::string_view head) {
  return head == "onrecord" || head == "onrecord-disable-next-line" || head == "onrecord-disable-line" ||
         head == "onrecord-disable-file";
}

// What an unknown directive word was expected to be: the directive it
// names without its "onrecord-", else the list.
std::string Expected(std::string_view head) {
  if (head == "disable-next-line" || head == "disable-line" || head == "disable-file") {
    return "did you mean 'onrecord-" + std::string(head) + "'?";
  }
  return "expected onrecord off, onrecord on, onrecord-disable-next-line, onrecord-disable-line or "
         "onrecord-disable-file";
}

// Parses the body of a comment that starts with "onrecord".
Directive ParseDirective(std::string_view body) {
  Directive d;
  size_t i = 0;
  auto skip = [&] {
    while (i < body.size() && (IsSpace(body[i]) || body[i] == ',')) ++i;
  };
  auto word = [&] {
    size_t b = i;
    while (i < body.size() && !IsSpace(body[i]) && body[i] != ',' && body[i] != '=') ++i;
    return std::string(body.substr(b, i - b));
  };
  std::string head = word();
  if (head == "onrecord") {
    skip();
    d.verb = word();
    if (d.verb != "off" && d.verb != "on") {
      d.error = "unknown directive 'onrecord " + d.verb + "' (expected off or on)";
      return d;
    }
  } else if (head == "onrecord-disable-next-line" || head == "onrecord-disable-line" ||
             head == "onrecord-disable-file") {
    d.verb = head.substr(9);
  } else {
    d.error = "unknown directive '" + head + "' (" + Expected(head) + ")";
    return d;
  }
  bool have_reason = false;
  while (true) {
    skip();
    if (i >= body.size()) break;
    std::string w = word();
    if (i < body.size() && body[i] == '=') {
      ++i;
      if (w != "reason") {
        d.error = "unknown option '" + w + "' (only reason=\"…\" is known)";
        return d;
      }
      if (d.verb == "on") {
        d.error = "'onrecord on' takes no reason";
        return d;
      }
      if (i >= body.size() || body[i] != '"') {
        d.error = "the reason must be in double quotes: reason=\"…\"";
        return d;
      }
      size_t close = body.find('"', i + 1);
      if (close == std::string_view::npos) {
        d.error = "unterminated reason: missing the closing double quote";
        return d;
      }
      d.reason = std::string(body.substr(i + 1, close - i - 1));
      have_reason = true;
      i = close + 1;
      continue;
    }
    if (have_reason) {
      d.error = "rule ids go before reason=\"…\"";
      return d;
    }
    if (w.empty() || !std::all_of(w.begin(), w.end(), IsRuleChar)) {
      d.error = "'" + w + "' is not a rule id";
      return d;
    }
    d.rules.push_back(w);
  }
  return d;
}

bool Covers(const SuppressionRange& r, std::string_view rule) {
  if (r.rules.empty()) return true;
  return std::find(r.rules.begin(), r.rules.end(), rule) != r.rules.end();
}

}  // namespace

const SuppressionRange* Suppressions::Find(std::string_view rule, int line) const {
  for (const auto& r : ranges) {
    if (line >= r.first_line && line <= r.last_line && Covers(r, rule)) return &r;
  }
  return nullptr;
}

Suppressions ParseSuppressions(std::string_view s, InputFormat format) {
  Suppressions out;
  std::vector<size_t> starts = LineStarts(s);
  int last_line = static_cast<int>(starts.size());
  std::vector<std::pair<size_t, size_t>> fenced;
  if (format == InputFormat::kMarkdown) fenced = FencedBlocks(s, starts);
  LineIndex index(s);
  // Open `off` regions, in the order written.
  std::vector<SuppressionRange> open;
  size_t pos = 0;
  while ((pos = s.find("<!--", pos)) != std::string_view::npos) {
    size_t close = s.find("-->", pos + 4);
    size_t end = close == std::string_view::npos ? s.size() : close + 3;
    size_t at = pos;
    pos = end;
    bool in_code = std::any_of(fenced.begin(), fenced.end(),
                               [&](const auto& f) { return at >= f.first && at < f.second; });
    if (in_code) continue;
    std::string_view body = s.substr(at + 4, (close == std::string_view::npos ? s.size() : close) - at - 4);
    size_t b = 0;
    while (b < body.size() && IsSpace(body[b])) ++b;
    body.remove_prefix(b);
    while (!body.empty() && IsSpace(body.back())) body.remove_suffix(1);
    const std::string head = DirectiveHead(body);
    if (head.empty()) continue;  // a comment, no directive
    if (body.substr(0, head.size()) != head) {
      // Like markdownlint's and ESLint's, directives are case-sensitive; a
      // comment that is one in another case (ONRECORD-DISABLE-NEXT-LINE) is
      // reported, not silently ignored.
      auto position = index.At(at);
      const std::string written(body.substr(0, head.size()));
      if (KnownHead(head)) {
        out.problems.push_back({"'" + written + "' is not applied: directives are lower case ('" + head + "')", at,
                                position.line, position.column});
      } else {
        const std::string expected = Expected(head);
        out.problems.push_back({"unknown directive '" + written + "' (" + expected +
                                    (expected.back() == '?' ? " " : "; ") + "directives are lower case)",
                                at, position.line, position.column});
      }
      continue;
    }
    auto position = index.At(at);
    if (close == std::string_view::npos) {
      out.problems.push_back({"unterminated comment: missing -->", at, position.line, position.column});
      continue;
    }
    Directive d = ParseDirective(body);
    if (!d.error.empty()) {
      out.problems.push_back({d.error, at, position.line, position.column});
      continue;
    }
    int start_line = LineOf(starts, at);
    int end_line = LineOf(starts, end == 0 ? 0 : end - 1);
    SuppressionRange r;
    r.rules = d.rules;
    r.reason = d.reason;
    r.line = position.line;
    r.column = position.column;
    r.begin = at;
    r.end = end;
    if (d.verb == "off") {
      r.first_line = end_line;
      r.last_line = INT_MAX;
      open.push_back(r);
    } else if (d.verb == "on") {
      bool closed = false;
      for (auto it = open.begin(); it != open.end();) {
        bool match = d.rules.empty() || it->rules == d.rules;
        if (match) {
          it->last_line = start_line;
          out.ranges.push_back(*it);
          it = open.erase(it);
          closed = true;
        } else {
          ++it;
        }
      }
      if (!closed) {
        out.problems.push_back({"'onrecord on' without a matching 'onrecord off'", at,
                                position.line, position.column});
      }
    } else if (d.verb == "disable-line") {
      r.first_line = start_line;
      r.last_line = end_line;
      out.ranges.push_back(r);
    } else if (d.verb == "disable-file") {
      r.first_line = 1;
      r.last_line = INT_MAX;
      out.ranges.push_back(r);
    } else {  // disable-next-line
      int next = end_line + 1;
      while (next <= last_line && Blank(LineText(s, starts, next))) ++next;
      if (next > last_line) {
        out.problems.push_back({"'onrecord-disable-next-line' has no line after it", at,
                                position.line, position.column});
        continue;
      }
      r.first_line = r.last_line = next;
      if (format != InputFormat::kHtml) {
        // Markdown and plain text wrap one paragraph over several lines; the
        // comment covers the paragraph, up to the next blank line.
        while (r.last_line < last_line && !Blank(LineText(s, starts, r.last_line + 1))) ++r.last_line;
      }
      out.ranges.push_back(r);
    }
  }
  for (auto& r : open) out.ranges.push_back(r);
  std::stable_sort(out.ranges.begin(), out.ranges.end(),
                   [](const SuppressionRange& a, const SuppressionRange& b) { return a.line < b.line; });
  return out;
}

int ApplySuppressions(const Suppressions& suppressions, std::vector<Finding>* findings) {
  int n = 0;
  for (auto& f : *findings) {
    if (f.suppressed) continue;
    if (const SuppressionRange* r = suppressions.Find(f.rule, f.location.line)) {
      f.suppressed = r->reason;
      ++n;
    }
  }
  return n;
}

std::vector<UnusedSuppression> UnusedSuppressions(const Suppressions& suppressions,
                                                  const std::vector<Finding>& findings) {
  std::set<std::pair<const SuppressionRange*, std::string>> used;
  for (const auto& f : findings) {
    if (const SuppressionRange* r = suppressions.Find(f.rule, f.location.line)) {
      used.emplace(r, r->rules.empty() ? std::string() : f.rule);
    }
  }
  std::vector<UnusedSuppression> out;
  for (const auto& r : suppressions.ranges) {
    if (r.rules.empty()) {
      if (!used.count({&r, std::string()})) out.push_back({&r, std::string()});
      continue;
    }
    std::set<std::string> named;
    for (const auto& id : r.rules) {
      if (named.insert(id).second && !used.count({&r, id})) out.push_back({&r, id});
    }
  }
  return out;
}

}  // namespace onrecord
