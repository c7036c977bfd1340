// Extract stage for plain text (and the text of JSON records): lines ->
// blocks. Markdown and HTML live in extract_markdown.cc and extract_html.cc.
#include <string_view>

#include "analysis.h"

namespace onrecord {

namespace {

struct Line {
  size_t begin, end;   // content, without the line break
  size_t break_len;    // 0, 1 (LF or CR) or 2 (CRLF)
};

std::vector<Line> SplitLines(std::string_view s) {
  std::vector<Line> lines;
  size_t start = 0;
  for (size_t i = 0; i < s.size(); ++i) {
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
  bool first_block = true;
  size_t prev_end = 0;
  size_t prev_last = 0;
  size_t block_start = 0;
  size_t i = 0;
  while (i < lines.size()) {
    if (IsBlank(source.substr(lines[i].begin, lines[i].end - lines[i].begin))) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < lines.size() &&
           !IsBlank(source.substr(lines[j].begin, lines[j].end - lines[j].begin))) {
      ++j;
    }
    // A chunk that continues a sentence broken by blank lines (a scraped
    // widget or a name set on its own line) joins the previous block.
    bool joins = false;
    std::string_view prev_text = first_block ? std::string_view() :
        source.substr(lines[prev_last].begin, lines[prev_last].end - lines[prev_last].begin);
    // Only a line that reads like the start of a sentence (four words or
    // more) is continued; short lines are headings and page furniture.
    std::string_view block_text = first_block ? std::string_view() : source.substr(block_start, prev_end - block_start);
    if (!first_block && !EndsSentence(prev_text) && WordCount(block_text) >= 4) {
      std::string_view first_text = source.substr(lines[i].begin, lines[i].end - lines[i].begin);
      size_t next = j;
      while (next < lines.size() && IsBlank(source.substr(lines[next].begin, lines[next].end - lines[next].begin))) ++next;
      bool next_lower = next < lines.size() && StartsLower(source.substr(lines[next].begin, lines[next].end - lines[next].begin));
      joins = StartsLower(first_text) || (j - i == 1 && WordCount(first_text) <= 3 && next_lower);
    }
    // Lines [i, j) form a chunk. A hard-wrapped paragraph has lines that run
    // on without ending a sentence; otherwise every line is its own paragraph.
    size_t run_on = 0;
    for (size_t k = i; k + 1 < j; ++k) {
      if (!EndsSentence(source.substr(lines[k].begin, lines[k].end - lines[k].begin))) ++run_on;
    }
    bool wrapped = j - i >= 2 && run_on * 2 >= (j - i - 1);
    for (size_t k = i; k < j; ++k) {
      bool starts_block = (k == i && !joins) || (k > i && !wrapped);
      if (starts_block) {
        // The separator stands for the line break(s) before this line.
        if (!first_block) b.Replace("\n", prev_end, lines[k].begin - prev_end);
        block_start = lines[k].begin;
        first_block = false;
        out.kinds.push_back(BlockKind::kParagraph);
      } else {
        b.Replace(" ", prev_end, lines[k].begin - prev_end);
      }
      b.Copy(source, lines[k].begin, lines[k].end);
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
      Metadata unused;
      return ExtractHtml(doc.source, &unused);
    }
    default: return ExtractText(doc.source);
  }
}

}  // namespace onrecord
