// Evaluation against PolNeAR brat annotations: .ann parsing, code-point to
// byte offsets, the held-out split and exact-span scores (see onrecord/eval.h).
#include <unicode/utf8.h>

#include <algorithm>
#include <map>
#include <set>

#include "eval_internal.h"
#include "onrecord/eval.h"
#include "onrecord/text.h"

namespace onrecord {

namespace {

bool IsDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Parses "start end;start end" starting at byte `base` of its line.
Status ParseSegments(std::string_view field, size_t base, std::string_view line_text, const std::string& path,
                     int line, std::vector<Span>* out) {
  auto error = [&](size_t at, const std::string& message) {
    int column = 1 + int(CountCodePoints(line_text.substr(0, std::min(base + at, line_text.size()))));
    return Status::Error(message, path, line, column);
  };
  size_t i = 0;
  while (true) {
    size_t semi = field.find(';', i);
    std::string_view segment = field.substr(i, semi == std::string_view::npos ? std::string_view::npos : semi - i);
    size_t space = segment.find(' ');
    if (space == std::string_view::npos) return error(i, "expected \"start end\" offsets");
    std::string_view a = segment.substr(0, space), b = segment.substr(space + 1);
    if (!IsDigits(a)) return error(i, "expected a start offset");
    if (!IsDigits(b)) return error(i + space + 1, "expected an end offset");
    if (a.size() > 15 || b.size() > 15) return error(i, "offset out of range");
    size_t begin = std::stoull(std::string(a)), end = std::stoull(std::string(b));
    if (end < begin) return error(i, "end offset before start offset");
    out->push_back({begin, end});
    if (semi == std::string_view::npos) break;
    i = semi + 1;
  }
  return Status::Ok();
}

}  // namespace

Result<std::vector<AnnSpan>> ParseAnn(std::string_view ann, const std::string& path,
                                      const std::vector<std::string>& labels) {
  std::vector<AnnSpan> spans;
  int line_number = 0;
  size_t pos = 0;
  while (pos < ann.size()) {
    size_t nl = ann.find('\n', pos);
    std::string_view line = ann.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? ann.size() : nl + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    size_t tab = line.find('\t');
    if (line.size() < 2 || line[0] != 'T' || tab == std::string_view::npos) continue;
    std::string_view id = line.substr(0, tab);
    if (!IsDigits(id.substr(1))) continue;  // a continuation line of some text
    size_t tab2 = line.find('\t', tab + 1);
    std::string_view field = line.substr(tab + 1, tab2 == std::string_view::npos ? std::string_view::npos
                                                                                 : tab2 - tab - 1);
    size_t space = field.find(' ');
    std::string label(field.substr(0, space));
    if (label.empty()) {
      return Status::Error("expected a label after the annotation id", path, line_number, int(tab) + 2);
    }
    if (!labels.empty() && std::find(labels.begin(), labels.end(), label) == labels.end()) continue;
    if (space == std::string_view::npos) {
      return Status::Error("expected offsets after the label", path, line_number,
                           int(CountCodePoints(line.substr(0, tab + 1 + field.size()))) + 1);
    }
    AnnSpan span;
    span.id = std::string(id);
    span.label = label;
    span.line = line_number;
    Status s = ParseSegments(field.substr(space + 1), tab + 1 + space + 1, line, path, line_number, &span.segments);
    if (!s.ok()) return s;
    spans.push_back(std::move(span));
  }
  return spans;
}

std::vector<size_t> CodePointByteOffsets(std::string_view text) {
  std::vector<size_t> offsets;
  offsets.reserve(text.size() + 1);
  int32_t i = 0, length = int32_t(text.size());
  while (i < length) {
    offsets.push_back(size_t(i));
    UChar32 c;
    U8_NEXT(text.data(), i, length, c);
    (void)c;
  }
  offsets.push_back(text.size());
  return offsets;
}

Status ToByteSpans(const std::vector<size_t>& offsets, const std::string& path, std::vector<AnnSpan>* spans) {
  size_t code_points = offsets.empty() ? 0 : offsets.size() - 1;
  for (auto& span : *spans) {
    for (auto& segment : span.segments) {
      if (segment.end < segment.begin) {
        return Status::Error(span.id + ": end offset before start offset", path, span.line);
      }
      if (segment.end > code_points) {
        return Status::Error(span.id + ": offset " + std::to_string(segment.end) + " is past the end of the text (" +
                                 Counted(code_points, "code point", "code points") + ")",
                             path, span.line);
      }
      segment = {offsets[segment.begin], offsets[segment.end]};
    }
  }
  return Status::Ok();
}

namespace {
bool OnlyWhitespace(std::string_view text, size_t begin, size_t end) {
  if (end > text.size() || begin > end) return false;
  for (size_t i = begin; i < end; ++i) {
    const char c = text[i];
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
  }
  return true;
}
}  // namespace

std::vector<Span> CanonicalSegments(std::vector<Span> segments, std::string_view text) {
  segments.erase(std::remove_if(segments.begin(), segments.end(), [](const Span& s) { return s.empty(); }),
                 segments.end());
  std::sort(segments.begin(), segments.end(),
            [](const Span& a, const Span& b) { return a.begin != b.begin ? a.begin < b.begin : a.end < b.end; });
  std::vector<Span> out;
  for (const auto& s : segments) {
    if (!out.empty() && (s.begin <= out.back().end || (!text.empty() && OnlyWhitespace(text, out.back().end, s.begin)))) {
      out.back().end = std::max(out.back().end, s.end);
    } else {
      out.push_back(s);
    }
  }
  return out;
}

uint64_t Fnv1a64(std::string_view bytes) {
  uint64_t hash = 14695981039346656037ULL;
  for (unsigned char c : bytes) {
    hash ^= c;
    hash *= 1099511628211ULL;
  }
  return hash;
}

bool IsHeldOut(std::string_view stem) { return Fnv1a64(stem) % 5 == 0; }

const char* PolnearLabelName(int label) {
  switch (label) {
    case 0: return "Source";
    case 1: return "Cue";
    case 2: return "Content";
    default: return "?";
  }
}

PolnearEval& PolnearEval::operator+=(const PolnearEval& o) {
  for (int i = 0; i < kPolnearLabels; ++i) {
    exact[i] += o.exact[i];
    overlap[i] += o.overlap[i];
  }
  direct_quote += o.direct_quote;
  return *this;
}

namespace {

using Segments = std::vector<Span>;

struct SegmentsLess {
  bool operator()(const Segments& a, const Segments& b) const {
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(), [](const Span& x, const Span& y) {
      return x.begin != y.begin ? x.begin < y.begin : x.end < y.end;
    });
  }
};
using SegmentSet = std::set<Segments, SegmentsLess>;

size_t Length(const Segments& s) {
  size_t n = 0;
  for (const auto& x : s) n += x.size();
  return n;
}

// Bytes shared by two canonical segment lists.
size_t Intersection(const Segments& a, const Segments& b) {
  size_t n = 0, i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    size_t lo = std::max(a[i].begin, b[j].begin), hi = std::min(a[i].end, b[j].end);
    if (hi > lo) n += hi - lo;
    if (a[i].end < b[j].end) ++i;
    else ++j;
  }
  return n;
}

int LabelIndex(const std::string& label) {
  if (label == "Source") return 0;
  if (label == "Cue") return 1;
  if (label == "Content") return 2;
  return -1;
}

bool StartsWithQuoteMark(std::string_view text, const Segments& segments) {
  if (segments.empty()) return false;
  size_t i = segments.front().begin;
  size_t end = std::min(segments.front().end, text.size());
  while (i < end && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n')) ++i;
  if (i >= end) return false;
  int32_t k = int32_t(i);
  UChar32 c;
  U8_NEXT(text.data(), k, int32_t(text.size()), c);
  switch (c) {
    case '"': case '\'': case 0x201C: case 0x201D: case 0x201E: case 0x2018: case 0x201A: case 0x00AB:
    case 0x00BB: case 0x2039: case 0x300C: case 0x300E:
      return true;
    default:
      return false;
  }
}

std::string Excerpt(std::string_view text, const Segments& segments) {
  std::string out;
  for (const auto& s : segments) {
    if (!out.empty()) out += " … ";
    size_t end = std::min(s.end, text.size());
    if (s.begin < end) out.append(text.substr(s.begin, end - s.begin));
  }
  for (char& c : out) {
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
  }
  return out;
}

}  // namespace

PolnearEval EvaluatePolnear(const std::vector<AnnSpan>& gold, std::string_view text, const AuditResult& audit) {
  SegmentSet gold_sets[kPolnearLabels], predicted_sets[kPolnearLabels];
  for (const auto& span : gold) {
    int label = LabelIndex(span.label);
    if (label < 0) continue;
    Segments canonical = CanonicalSegments(span.segments, text);
    if (!canonical.empty()) gold_sets[label].insert(std::move(canonical));
  }
  for (const auto& attribution : audit.attributions) {
    if (attribution.source) {
      Segments s = CanonicalSegments({{attribution.source->location.begin, attribution.source->location.end}}, text);
      if (!s.empty()) predicted_sets[0].insert(std::move(s));
    }
    if (attribution.cue) {
      Segments s = CanonicalSegments({{attribution.cue->location.begin, attribution.cue->location.end}}, text);
      if (!s.empty()) predicted_sets[1].insert(std::move(s));
    }
    Segments content;
    for (const auto& part : attribution.content) content.push_back({part.location.begin, part.location.end});
    content = CanonicalSegments(std::move(content), text);
    if (!content.empty()) predicted_sets[2].insert(std::move(content));
  }

  PolnearEval result;
  LineIndex lines(text);
  for (int label = 0; label < kPolnearLabels; ++label) {
    std::vector<Segments> g(gold_sets[label].begin(), gold_sets[label].end());
    std::vector<Segments> p(predicted_sets[label].begin(), predicted_sets[label].end());
    PrfCounts& exact = result.exact[label];
    exact.gold = int(g.size());
    exact.predicted = int(p.size());
    for (const auto& s : g) {
      if (predicted_sets[label].count(s)) {
        ++exact.matched;
      } else {
        EvalIssue issue;
        issue.kind = EvalIssue::Kind::kMissedSpan;
        issue.label = PolnearLabelName(label);
        issue.context = Excerpt(text, s);
        auto at = lines.At(s.front().begin);
        issue.line = at.line;
        issue.column = at.column;
        result.issues.push_back(std::move(issue));
      }
    }
    for (const auto& s : p) {
      if (gold_sets[label].count(s)) continue;
      EvalIssue issue;
      issue.kind = EvalIssue::Kind::kExtraSpan;
      issue.label = PolnearLabelName(label);
      issue.context = Excerpt(text, s);
      auto at = lines.At(s.front().begin);
      issue.line = at.line;
      issue.column = at.column;
      result.issues.push_back(std::move(issue));
    }
    // Overlap: any shared byte, one-to-one, largest share of the union first.
    std::vector<eval_internal::Candidate> candidates;
    for (size_t i = 0; i < g.size(); ++i) {
      for (size_t j = 0; j < p.size(); ++j) {
        size_t shared = Intersection(g[i], p[j]);
        if (shared == 0) continue;
        eval_internal::Candidate c;
        c.gold = int(i);
        c.predicted = int(j);
        c.primary = double(shared) / double(Length(g[i]) + Length(p[j]) - shared);
        c.secondary = double(shared);
        candidates.push_back(c);
      }
    }
    PrfCounts& overlap = result.overlap[label];
    overlap.gold = exact.gold;
    overlap.predicted = exact.predicted;
    overlap.matched = int(eval_internal::GreedyMatch(std::move(candidates)).size());
  }
  // Direct quotes: gold Contents that open with a quote mark.
  for (const auto& s : gold_sets[2]) {
    if (!StartsWithQuoteMark(text, s)) continue;
    ++result.direct_quote.total;
    size_t length = Length(s);
    size_t best = 0;
    const Segments* best_p = nullptr;
    for (const auto& p : predicted_sets[2]) {
      size_t shared = Intersection(s, p);
      if (shared > best) {
        best = shared;
        best_p = &p;
      }
      if (shared * 5 >= length * 4) break;
    }
    if (best * 5 >= length * 4) {
      ++result.direct_quote.correct;
      continue;
    }
    // Listed for `eval --verbose`: the quote, how much of it the predicted
    // Content that shares most with it covers, and that Content.
    EvalIssue issue;
    issue.kind = EvalIssue::Kind::kMissedDirectQuote;
    issue.label = PolnearLabelName(2);
    issue.context = Excerpt(text, s);
    issue.gold = std::to_string(length ? best * 100 / length : 0) + "%";
    if (best_p) issue.predicted = Excerpt(text, *best_p);
    auto at = lines.At(s.front().begin);
    issue.line = at.line;
    issue.column = at.column;
    result.issues.push_back(std::move(issue));
  }
  std::stable_sort(result.issues.begin(), result.issues.end(), [](const EvalIssue& a, const EvalIssue& b) {
    return a.line != b.line ? a.line < b.line : a.column < b.column;
  });
  return result;
}

}  // namespace onrecord
