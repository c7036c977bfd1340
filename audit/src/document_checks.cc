// Document-wide checks named by `document` rules (docs/rules.md).
#include <algorithm>
#include <map>

#include "findings.h"

namespace onrecord {

namespace {

Finding Make(const FindingRule& rule, Span span) {
  Finding f;
  f.rule = rule.info->id;
  f.level = rule.info->level;
  f.message = rule.info->message;
  f.link = rule.info->link;
  f.location.span = span;
  return f;
}

bool IsUnnamed(SourceKind k) { return k == SourceKind::kAnonymous || k == SourceKind::kDescribed; }

}  // namespace

void RunDocumentCheck(const Analysis& a, const FindingRule& rule, AuditResult& r) {
  const std::string& check = rule.check;
  if (check == "lede-only-anonymous") {
    // Every attribution of the lede is to an unnamed source.
    int lede = 0, unnamed = 0;
    Span first{};
    for (const auto& at : r.attributions) {
      if (!at.in_lede) continue;
      const Source* s = r.FindSource(at.source_id);
      ++lede;
      if (s && IsUnnamed(s->kind)) {
        if (unnamed == 0 && at.source) first = at.source->location.span;
        ++unnamed;
      }
    }
    if (lede > 0 && lede == unnamed) r.findings.push_back(Make(rule, first));
  } else if (check == "pluralised-single-source") {
    // "sources said" … later "the source said": one source made plural.
    bool plural = false;
    Span plural_at{};
    for (const auto& an : r.anonymous_sources) {
      std::string p = an.phrase;
      for (char& c : p) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (p.find("sources") != std::string::npos && !plural) {
        plural = true;
        plural_at = an.location.span;
      }
      if (plural && (p == "the source" || p == "that source")) {
        r.findings.push_back(Make(rule, plural_at));
        break;
      }
    }
  } else if (check == "unbalanced-quote-marks") {
    // Opening and closing curly marks that do not pair up.
    const std::string& t = a.work;
    auto count = [&](std::string_view m) {
      size_t n = 0;
      for (size_t p = t.find(m); p != std::string::npos; p = t.find(m, p + m.size())) ++n;
      return n;
    };
    size_t open = count("\xE2\x80\x9C"), close = count("\xE2\x80\x9D");
    size_t guil_open = count("\xC2\xAB"), guil_close = count("\xC2\xBB");
    if (open != close || guil_open != guil_close) r.findings.push_back(Make(rule, {0, 0}));
  } else if (check == "mixed-quote-styles") {
    const std::string& t = a.work;
    bool curly = t.find("\xE2\x80\x9C") != std::string::npos;
    bool straight = false;
    for (const auto& q : a.quote_spans) {
      if (q.open_mark == "\"") straight = true;
    }
    if (curly && straight) r.findings.push_back(Make(rule, {0, 0}));
  } else if (check == "declined-and-anonymous" || check == "single-anonymous-core") {
    // Evaluated by the scoring rules of issue #5 (see docs/rules.md).
    (void)a;
  }
}

}  // namespace onrecord
