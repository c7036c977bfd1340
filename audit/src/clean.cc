// Clean stage: blocks found, boilerplate masked by the language pack's
// boilerplate rules, repeated paragraphs masked, headline and lede marked.
#include <unordered_map>

#include "analysis.h"

namespace onrecord {

namespace {

void MaskSpan(Analysis& a, Span s, const std::string& rule) {
  if (s.empty()) return;
  for (size_t i = s.begin; i < s.end; ++i) {
    if (a.work[i] != '\n') a.work[i] = ' ';
  }
  MaskedSpan m;
  m.location.span = s;
  m.rule = rule;
  a.masked.push_back(std::move(m));
}

// The block's text without leading/trailing spaces, as a span.
Span TrimmedSpan(const std::string& text, Span s) {
  while (s.begin < s.end && text[s.begin] == ' ') ++s.begin;
  while (s.end > s.begin && text[s.end - 1] == ' ') --s.end;
  return s;
}

bool MatchedByException(const PatternGroup& g, std::string_view text) {
  for (const auto& ex : g.exceptions) {
    if (RE2::PartialMatch(text, *ex)) return true;
  }
  return false;
}

// A key for spotting a paragraph printed twice: lower-case letters and digits only.
std::string RepeatKey(std::string_view s) {
  std::string key;
  key.reserve(s.size());
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (c >= '0' && c <= '9')) key.push_back(c);
    else if (c >= 'a' && c <= 'z') key.push_back(c);
    else if (c >= 'A' && c <= 'Z') key.push_back(static_cast<char>(c - 'A' + 'a'));
  }
  return key;
}

}  // namespace

void Clean(Analysis& a) {
  const std::string& text = a.text;
  // Blocks: the '\n'-separated runs of the normalized text.
  a.blocks.clear();
  size_t start = 0, k = 0;
  while (true) {
    size_t nl = text.find('\n', start);
    size_t end = nl == std::string::npos ? text.size() : nl;
    Block b;
    b.span = {start, end};
    b.kind = k < a.extracted.kinds.size() ? a.extracted.kinds[k] : BlockKind::kParagraph;
    a.blocks.push_back(b);
    ++k;
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  const LanguagePack& pack = *a.pack;

  // Whole-line rules.
  for (Block& b : a.blocks) {
    Span t = TrimmedSpan(text, b.span);
    if (t.empty()) {
      b.masked = true;
      continue;
    }
    std::string_view line(text.data() + t.begin, t.size());
    for (const auto& rule : pack.boilerplate) {
      if (rule.scope != BoilerplateScope::kLine) continue;
      std::vector<int> hits;
      if (!rule.patterns.set->Match(line, &hits) || MatchedByException(rule.patterns, line)) continue;
      b.masked = true;
      MaskSpan(a, t, rule.info->id);
      break;
    }
  }
  // Lines that are boilerplate only next to other boilerplate ("or", a block title).
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t i = 0; i < a.blocks.size(); ++i) {
      Block& b = a.blocks[i];
      if (b.masked) continue;
      bool next_to_mask = (i > 0 && a.blocks[i - 1].masked && !TrimmedSpan(text, a.blocks[i - 1].span).empty()) ||
                          (i + 1 < a.blocks.size() && a.blocks[i + 1].masked &&
                           !TrimmedSpan(text, a.blocks[i + 1].span).empty());
      if (!next_to_mask) continue;
      Span t = TrimmedSpan(text, b.span);
      std::string_view line(text.data() + t.begin, t.size());
      for (const auto& rule : pack.boilerplate) {
        if (rule.scope != BoilerplateScope::kAdjacentLine) continue;
        std::vector<int> hits;
        if (!rule.patterns.set->Match(line, &hits) || MatchedByException(rule.patterns, line)) continue;
        b.masked = true;
        MaskSpan(a, t, rule.info->id);
        changed = true;
        break;
      }
    }
  }
  // Spans inside lines, and datelines at the start of a paragraph.
  for (Block& b : a.blocks) {
    if (b.masked) continue;
    Span t = TrimmedSpan(text, b.span);
    std::string_view line(text.data() + t.begin, t.size());
    for (const auto& rule : pack.boilerplate) {
      if (rule.scope != BoilerplateScope::kSpan && rule.scope != BoilerplateScope::kDateline) continue;
      std::vector<int> hits;
      if (!rule.patterns.set->Match(line, &hits)) continue;
      for (int h : hits) {
        const RE2& re = *rule.patterns.patterns[static_cast<size_t>(h)];
        int groups = re.NumberOfCapturingGroups();
        std::vector<re2::StringPiece> m(static_cast<size_t>(groups) + 1);
        size_t pos = 0;
        while (pos <= line.size() &&
               re.Match(line, pos, line.size(), RE2::UNANCHORED, m.data(), groups + 1)) {
          re2::StringPiece whole = m[0];
          size_t mb = static_cast<size_t>(whole.data() - line.data());
          size_t me = mb + whole.size();
          if (rule.scope == BoilerplateScope::kDateline) {
            if (mb != 0) break;  // a dateline opens the paragraph
            auto names = re.NamedCapturingGroups();
            auto wire = names.find("wire");
            if (wire != names.end() && !m[static_cast<size_t>(wire->second)].empty() &&
                !a.document->metadata.dateline_wire) {
              const_cast<Document*>(a.document)->metadata.dateline_wire =
                  std::string(m[static_cast<size_t>(wire->second)]);
            }
          }
          if (!MatchedByException(rule.patterns, whole)) {
            MaskSpan(a, {t.begin + mb, t.begin + me}, rule.info->id);
          }
          if (rule.scope == BoilerplateScope::kDateline) break;
          pos = me > mb ? me : me + 1;
        }
      }
    }
  }
  // Repeated paragraphs (a lede printed again): keep the first copy.
  std::unordered_map<std::string, size_t> seen;
  for (size_t i = 0; i < a.blocks.size(); ++i) {
    Block& b = a.blocks[i];
    if (b.masked) continue;
    std::string key = RepeatKey(std::string_view(a.work.data() + b.span.begin, b.span.size()));
    if (key.size() < 40) continue;
    auto [it, inserted] = seen.emplace(key, i);
    if (inserted) continue;
    b.masked = true;
    MaskSpan(a, TrimmedSpan(text, b.span), "boilerplate.repeated-paragraph");
  }
  // Headline and lede: a short first paragraph without a full stop is a
  // headline; the lede is the first one or two paragraphs after it.
  int ledes = 0;
  bool first = true;
  for (Block& b : a.blocks) {
    if (b.masked) continue;
    Span t = TrimmedSpan(a.work, b.span);
    if (t.empty()) continue;
    std::string_view line(a.work.data() + t.begin, t.size());
    if (first) {
      first = false;
      bool has_more = &b != &a.blocks.back();
      char last = line.back();
      if (b.kind == BlockKind::kHeadline ||
          (has_more && line.size() < 200 && last != '.' && last != ':' && last != ',')) {
        b.kind = BlockKind::kHeadline;
        continue;
      }
    }
    if (b.kind == BlockKind::kHeadline) continue;
    if (ledes < 2) {
      b.lede = true;
      ++ledes;
      // A long first paragraph is the whole lede.
      if (ledes == 1 && line.size() > 300) ledes = 2;
    }
  }
}

}  // namespace onrecord
