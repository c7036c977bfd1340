// Extract stage for plain text (and the text of JSON records): lines ->
// blocks. Markdown and HTML live in extract_markdown.cc and extract_html.cc.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>

#include "analysis.h"

namespace onrecord {

namespace {

struct Line {
  size_t begin, end;   // content, without the line break
  size_t break_len;    // 0, 1 (LF or CR) or 2 (CRLF)
};

// Non-zero when a byte of `v` is zero.
inline uint64_t ZeroByte(uint64_t v) { return (v - 0x0101010101010101ull) & ~v & 0x8080808080808080ull; }

std::vector<Line> SplitLines(std::string_view s) {
  std::vector<Line> lines;
  size_t start = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    // Eight bytes at a time while none is a line break.
    while (i + 8 <= s.size()) {
      uint64_t v;
      std::memcpy(&v, s.data() + i, 8);
      if ((ZeroByte(v ^ 0x0A0A0A0A0A0A0A0Aull) | ZeroByte(v ^ 0x0D0D0D0D0D0D0D0Dull)) != 0) break;
      i += 8;
    }
    if (i >= s.size()) break;
    if (s[i] == '\n' || s[i] == '\r') {
      size_t len = (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ? 2 : 1;
      lines.push_back({start, i, len});
      i += len - 1;
      start = i + 1;
    }
  }
  if (start < s.size()) lines.push_back({start, s.size(), 0});
  return lines;
}

// HTML comments (`<!-- … -->`) in the source: suppression directives and
// editors' notes, never article text. An unterminated `<!--` is text.
std::vector<Span> FindComments(std::string_view s) {
  std::vector<Span> out;
  size_t pos = 0;
  while ((pos = s.find("<!--", pos)) != std::string_view::npos) {
    size_t end = s.find("-->", pos + 4);
    if (end == std::string_view::npos) break;
    out.push_back({pos, end + 3});
    pos = end + 3;
  }
  return out;
}

// Markdown emphasis markers in a line of plain text (fixd38): runs of one to
// three `*` or `_` that open before a word or a quotation mark and close
// after one on the same line, paired (`**“We lost,”** said *coach* Ben
// Ode.`). A plain-text article or a record's text pasted from a Markdown
// editor keeps them, and a marker between a quote's closing mark and its
// cue hid the cue. Their byte ranges within `line`, to be left out of the
// extracted text (the offset map skips them, so spans stay offsets of the
// source). Unpaired runs, a run inside a word (snake_case, 2*3*4), a bullet
// ("* item") and a rule ("***") are text.
std::vector<Span> EmphasisMarkers(std::string_view line) {
  std::vector<Span> out;
  // Most lines hold neither byte: two memchr scans, where find_first_of
  // called memchr over the set "*_" once per byte of the line (perf39).
  if (line.empty() || (std::memchr(line.data(), '*', line.size()) == nullptr &&
                       std::memchr(line.data(), '_', line.size()) == nullptr)) {
    return out;
  }
  auto space = [](char c) { return c == ' ' || c == '\t'; };
  auto alnum = [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  };
  struct Run {
    size_t begin, end;
    char c;
  };
  std::vector<Run> open;
  for (size_t i = 0; i < line.size();) {
    const char c = line[i];
    if (c != '*' && c != '_') {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < line.size() && line[j] == c) ++j;
    const size_t len = j - i;
    const bool has_prev = i > 0, has_next = j < line.size();
    const char prev = has_prev ? line[i - 1] : ' ';
    const char next = has_next ? line[j] : ' ';
    const bool can_open = has_next && !space(next) && !alnum(prev);
    const bool can_close = has_prev && !space(prev) && !alnum(next);
    bool closed = false;
    if (len <= 3 && can_close) {
      for (size_t k = open.size(); k-- > 0;) {
        if (open[k].c == c && open[k].end - open[k].begin == len && open[k].end < i) {
          out.push_back({open[k].begin, open[k].end});
          out.push_back({i, j});
          open.resize(k);
          closed = true;
          break;
        }
      }
    }
    if (!closed && len <= 3 && can_open) open.push_back({i, j, c});
    i = j;
  }
  std::sort(out.begin(), out.end(), [](const Span& x, const Span& y) { return x.begin < y.begin; });
  return out;
}

bool IsBlank(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\f' && c != '\v') return false;
  }
  return true;
}

// True when a line ends a sentence or a quotation (so the next line is a new paragraph).
bool EndsSentence(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  if (s.empty()) return true;
  static const std::string_view kEnds[] = {".", "!", "?", ":", "\"", "\xE2\x80\x9D", "\xE2\x80\x99",
                                           "\xC2\xBB", "\xE3\x80\x8D", "\xE3\x80\x82", ")"};
  for (auto e : kEnds) {
    if (s.size() >= e.size() && s.substr(s.size() - e.size()) == e) return true;
  }
  return false;
}

bool StartsLower(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return i < s.size() && s[i] >= 'a' && s[i] <= 'z';
}

// Width of a line in code points, trailing spaces left out: its bytes less
// its UTF-8 continuation bytes (10xxxxxx), counted eight at a time.
size_t Width(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  constexpr uint64_t kHigh = 0x8080808080808080ull, kOnes = 0x0101010101010101ull;
  size_t continuation = 0, i = 0;
  while (i + 8 <= s.size()) {
    // One counter a byte lane, for at most 31 words, so that the eight
    // lanes sum to under 256 and one multiplication adds them up.
    uint64_t lanes = 0;
    for (int w = 0; w < 31 && i + 8 <= s.size(); ++w, i += 8) {
      uint64_t v;
      std::memcpy(&v, s.data() + i, 8);
      lanes += (v & ~(v << 1) & kHigh) >> 7;  // bit 7 set and bit 6 clear
    }
    continuation += static_cast<size_t>((lanes * kOnes) >> 56);
  }
  for (; i < s.size(); ++i) continuation += (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
  return s.size() - continuation;
}

// Width of the line's first word (up to the first space), in code points.
size_t FirstWordWidth(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  size_t e = i;
  while (e < s.size() && s[e] != ' ' && s[e] != '\t') ++e;
  return Width(s.substr(i, e - i));
}

// Lines narrower than this are never taken for a wrapped text's full width.
constexpr size_t kMinWrapWidth = 40;

size_t WordCount(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\t';
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}

}  // namespace

Extracted ExtractText(std::string_view source) {
  Extracted out;
  TextBuilder b;
  std::vector<Line> lines = SplitLines(source);
  // Each line's text as the reader sees it: comments left out. Lines without
  // a comment (nearly all) are views of the source; the others own a copy,
  // and `pieces` holds the source ranges they copy.
  const std::vector<Span> comments = FindComments(source);
  std::vector<std::string_view> visible(lines.size());
  std::vector<std::vector<Span>> pieces(lines.size());
  std::vector<std::unique_ptr<std::string>> owned;
  for (size_t k = 0, c = 0; k < lines.size(); ++k) {
    const Line& l = lines[k];
    while (c < comments.size() && comments[c].end <= l.begin) ++c;
    if (c == comments.size() || comments[c].begin >= l.end) {
      visible[k] = source.substr(l.begin, l.end - l.begin);
      // Emphasis markers are left out the way comments are.
      std::vector<Span> marks = EmphasisMarkers(visible[k]);
      if (marks.empty()) continue;
      auto text = std::make_unique<std::string>();
      size_t at = l.begin;
      for (const Span& m : marks) {
        if (l.begin + m.begin > at) {
          pieces[k].push_back({at, l.begin + m.begin});
          text->append(source.substr(at, l.begin + m.begin - at));
        }
        at = l.begin + m.end;
      }
      if (at < l.end) {
        pieces[k].push_back({at, l.end});
        text->append(source.substr(at, l.end - at));
      }
      if (pieces[k].empty()) pieces[k].push_back({l.begin, l.begin});
      visible[k] = *text;
      owned.push_back(std::move(text));
      continue;
    }
    auto text = std::make_unique<std::string>();
    size_t at = l.begin;
    for (size_t d = c; d < comments.size() && comments[d].begin < l.end; ++d) {
      if (comments[d].begin > at) {
        pieces[k].push_back({at, comments[d].begin});
        text->append(source.substr(at, comments[d].begin - at));
      }
      at = std::max(at, std::min(comments[d].end, l.end));
    }
    if (at < l.end) {
      pieces[k].push_back({at, l.end});
      text->append(source.substr(at, l.end - at));
    }
    visible[k] = *text;
    owned.push_back(std::move(text));
  }
  auto copy_line = [&](size_t k) {
    if (pieces[k].empty()) {
      b.Copy(source, lines[k].begin, lines[k].end);
      return;
    }
    for (const Span& p : pieces[k]) b.Copy(source, p.begin, p.end);
  };
  bool first_block = true;
  size_t prev_end = 0;
  size_t prev_last = 0;
  size_t block_start = 0;
  size_t i = 0;
  while (i < lines.size()) {
    if (IsBlank(visible[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < lines.size() &&
           !IsBlank(visible[j])) {
      ++j;
    }
    // A chunk that continues a sentence broken by blank lines (a scraped
    // widget or a name set on its own line) joins the previous block.
    bool joins = false;
    std::string_view prev_text = first_block ? std::string_view() :
        visible[prev_last];
    // Only a line that reads like the start of a sentence (four words or
    // more) is continued; short lines are headings and page furniture.
    std::string_view block_text = first_block ? std::string_view() : source.substr(block_start, prev_end - block_start);
    if (!first_block && !EndsSentence(prev_text) && WordCount(block_text) >= 4) {
      std::string_view first_text = visible[i];
      size_t next = j;
      while (next < lines.size() && IsBlank(visible[next])) ++next;
      bool next_lower = next < lines.size() && StartsLower(visible[next]);
      joins = StartsLower(first_text) || (j - i == 1 && WordCount(first_text) <= 3 && next_lower);
    }
    // Lines [i, j) form a chunk. A hard-wrapped paragraph has lines that run
    // on without ending a sentence; otherwise every line is its own paragraph.
    auto line_text = [&](size_t k) { return visible[k]; };  // comments left out
    size_t run_on = 0, width = kMinWrapWidth;
    for (size_t k = i; k < j; ++k) {
      if (k + 1 < j && !EndsSentence(line_text(k))) ++run_on;
      width = std::max(width, Width(line_text(k)));
    }
    bool wrapped = j - i >= 2 && run_on * 2 >= (j - i - 1);
    // Inside a wrapped chunk, a line break is a wrap when the line was full:
    // the next line's first word would not have fitted on it, the width
    // being the chunk's widest line. After a full line that ends a sentence,
    // the next line stays in the paragraph when it is full too or ends a
    // sentence itself. A line that runs on in lower case also continues. A
    // short line ("Share this article", a subhead) stays a block of its own,
    // so the clean stage's line rules still see it.
    auto full = [&](size_t k) {
      return Width(line_text(k)) + 1 + FirstWordWidth(line_text(k + 1)) > width * 17 / 20;
    };
    auto continues = [&](size_t k) {
      bool ends = EndsSentence(line_text(k));
      if (full(k)) return !ends || EndsSentence(line_text(k + 1)) || (k + 2 < j && full(k + 1));
      return !ends && StartsLower(line_text(k + 1));
    };
    for (size_t k = i; k < j; ++k) {
      bool starts_block = (k == i && !joins) || (k > i && !(wrapped && continues(k - 1)));
      if (starts_block) {
        // The separator stands for the line break(s) before this line.
        if (!first_block) b.Replace("\n", prev_end, lines[k].begin - prev_end);
        block_start = lines[k].begin;
        first_block = false;
        out.kinds.push_back(BlockKind::kParagraph);
      } else {
        b.Replace(" ", prev_end, lines[k].begin - prev_end);
      }
      copy_line(k);
      prev_end = lines[k].end;
      prev_last = k;
    }
    i = j;
  }
  out.text = b.TakeText();
  out.map = b.TakeMap();
  if (out.kinds.empty()) out.kinds.push_back(BlockKind::kParagraph);
  return out;
}

Extracted Extract(const Document& doc) {
  switch (doc.format) {
    case InputFormat::kMarkdown: return ExtractMarkdown(doc.source);
    case InputFormat::kHtml: {
      Metadata found;
      Extracted e = ExtractHtml(doc.source, &found);
      e.metadata = std::move(found);
      return e;
    }
    default: return ExtractText(doc.source);
  }
}

}  // namespace onrecord
