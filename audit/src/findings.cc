// Findings: attribution rules (conditions on one attribution) and metric
// rules (an article metric past a threshold). Document-wide checks live in
// document_checks.cc. Every finding carries its rule's id, level, message
// and link.
#include "findings.h"

#include <algorithm>

namespace onrecord {

namespace {

bool IsUnnamed(SourceKind k) { return k == SourceKind::kAnonymous || k == SourceKind::kDescribed; }

bool Truthy(const std::string& v) { return v == "true" || v == "yes"; }

// Whether attribution `at` meets every condition of `rule.when`.
bool Meets(const FindingRule& rule, const AuditResult& r, const Attribution& at, bool first_quote) {
  const Source* s = r.FindSource(at.source_id);
  SourceKind kind = s ? s->kind : SourceKind::kUnattributed;
  for (const auto& [key, value] : rule.when) {
    bool ok = true;
    if (key == "source_kind") {
      ok = false;
      size_t b = 0;
      while (b <= value.size()) {
        size_t e = value.find_first_of(", |", b);
        if (e == std::string::npos) e = value.size();
        if (value.substr(b, e - b) == SourceKindName(kind)) ok = true;
        b = e + 1;
      }
    } else if (key == "anonymous") {
      ok = IsUnnamed(kind) == Truthy(value);
    } else if (key == "transparency") {
      ok = "T" + std::to_string(at.level) == value;
    } else if (key == "max_transparency") {
      ok = value.size() == 2 && at.level <= value[1] - '0';
    } else if (key == "specificity") {
      ok = s && s->specificity && SpecificityName(*s->specificity) == value;
    } else if (key == "reason") {
      ok = s && IsUnnamed(kind) && s->reason_given == Truthy(value);
    } else if (key == "access") {
      ok = s && IsUnnamed(kind) && s->access_given == Truthy(value);
    } else if (key == "direct_quote") {
      ok = (at.kind != AttributionKind::kIndirect) == Truthy(value);
    } else if (key == "in_lede") {
      ok = at.in_lede == Truthy(value);
    } else if (key == "first_quote") {
      ok = first_quote == Truthy(value);
    } else if (key == "cue_tone") {
      ok = CueToneName(at.cue_tone) == value;
    } else {
      ok = false;  // conditions evaluated elsewhere (boilerplate_reason, opinion, partial_quote)
    }
    if (!ok) return false;
  }
  return true;
}

Finding MakeFinding(const FindingRule& rule, Span span) {
  Finding f;
  f.rule = rule.info->id;
  f.level = rule.info->level;
  f.message = rule.info->message;
  f.link = rule.info->link;
  f.location.span = span;
  return f;
}

Span AttributionSpan(const Attribution& at) {
  if (at.source) return at.source->location.span;
  if (at.cue) return at.cue->location.span;
  if (!at.content.empty()) return at.content.front().location.span;
  return {};
}

double MetricValue(const ArticleScore& s, const std::string& m) {
  if (m == "transparency_index") return s.transparency_index;
  if (m == "named_share") return s.named_share;
  if (m == "anonymous_share") return s.anonymous_share;
  if (m == "vague_share") return s.vague_share;
  if (m == "anonymity_explained") return s.anonymity_explained;
  if (m == "unattributed_quotes") return s.unattributed_quotes;
  if (m == "loaded_cue_rate") return s.loaded_cue_rate;
  if (m == "distinct_sources") return s.distinct_sources;
  return 0.0;
}

}  // namespace

void ApplyFindingRules(const Analysis& a, AuditResult& r) {
  const LanguagePack& pack = *a.pack;
  // The first attribution carrying a direct quote.
  int first_quote = -1;
  for (size_t i = 0; i < r.attributions.size(); ++i) {
    if (r.attributions[i].kind != AttributionKind::kIndirect) {
      first_quote = static_cast<int>(i);
      break;
    }
  }
  for (const auto& rule : pack.finding_rules) {
    const std::string& kind = rule.info->kind;
    if (kind == "attribution") {
      bool needs_quote_only = rule.when.count("source_kind") &&
                              rule.when.at("source_kind") == "unattributed";
      if (needs_quote_only) {
        // Unattributed quotes are quotes with no attribution at all.
        for (const auto& q : r.quotes) {
          if (q.speech() && q.source_id < 0) r.findings.push_back(MakeFinding(rule, q.location.span));
        }
        continue;
      }
      for (size_t i = 0; i < r.attributions.size(); ++i) {
        const Attribution& at = r.attributions[i];
        if (Meets(rule, r, at, static_cast<int>(i) == first_quote)) {
          r.findings.push_back(MakeFinding(rule, AttributionSpan(at)));
        }
      }
    } else if (kind == "metric") {
      if (r.attributions.empty() && r.quotes.empty()) continue;  // nothing to measure
      double v = MetricValue(r.score, rule.metric);
      bool hit = (rule.above && v > *rule.above) || (rule.below && v < *rule.below);
      if (hit) {
        Finding f = MakeFinding(rule, {0, 0});
        r.findings.push_back(f);
      }
    } else if (kind == "document") {
      RunDocumentCheck(a, rule, r);
    }
  }
}

}  // namespace onrecord
