// The HTML report (onrecord/report_html.h): the article with its quotes and
// source mentions highlighted by transparency level, a legend, the tables
// and the score, in one page with no script and no outside resource.
#include "onrecord/report_html.h"

#include <fmt/format.h>

#include <algorithm>

#include "onrecord/printable.h"
#include "onrecord/text.h"
#include "cue_display.h"
#include "threshold_format.h"

namespace onrecord {

namespace {

constexpr const char* kStyle = R"css(
body{font:16px/1.55 Georgia,'Times New Roman',serif;color:#1d1d1f;background:#fbfaf7;margin:0;padding:0 1rem 3rem}
main{max-width:60rem;margin:0 auto}
h1{font-size:1.5rem;margin:1.5rem 0 .25rem}h2{font-size:1.15rem;margin:1.75rem 0 .5rem;border-bottom:1px solid #ddd}
.meta{color:#555;font-size:.9rem}
.score{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;background:#fff;border:1px solid #ddd;border-radius:6px;padding:.75rem 1rem;font:14px/1.4 system-ui,sans-serif}
.score b{font-size:1.4rem;display:block}
.legend{display:flex;flex-wrap:wrap;gap:.4rem;font:13px/1.4 system-ui,sans-serif;padding:0;list-style:none}
.legend li{padding:.15rem .5rem;border-radius:4px}
.article{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.5rem 1.25rem}
.article p{margin:.6rem 0}
mark{border-radius:3px;padding:0 .1em;color:inherit}
mark.source{border-bottom:2px solid #333;font-weight:bold}
.t0{background:#f6b3b3}.t1{background:#f8cf9f}.t2{background:#f7e79c}.t3{background:#d9eea3}.t4{background:#b9e3c6}.t5{background:#a8d8f0}
.other{background:#e4e4e4}
.masked{color:#999;text-decoration:line-through}
table{border-collapse:collapse;width:100%;font:13px/1.4 system-ui,sans-serif;background:#fff}
th,td{border:1px solid #ddd;padding:.3rem .45rem;text-align:left;vertical-align:top}
th{background:#f1f0ec}
td.lvl{font-weight:bold;white-space:nowrap}
.error{color:#a40000;font-weight:bold}.warning{color:#8a5300}.suggestion{color:#245a8a}
ul.why{margin:0;padding-left:1.1rem}
)css";

const char* kLevelMeaning[6] = {
    "T0 unattributed", "T1 vague anonymous", "T2 unnamed, role or affiliation",
    "T3 unnamed with role, access and reason", "T4 named, organisation or document",
    "T5 named with role"};

struct Highlight {
  Span span;
  std::string css;    // classes
  std::string title;  // tooltip (escaped when written)
  int priority = 0;   // higher wins an overlap
};

std::string LevelClass(int level) { return "t" + std::to_string(std::clamp(level, 0, 5)); }

std::vector<Highlight> Highlights(const AuditResult& r) {
  std::vector<Highlight> out;
  for (const auto& q : r.quotes) {
    Highlight h;
    h.span = q.with_marks.empty() ? q.location.span : q.with_marks;
    h.priority = 2;
    if (!q.speech()) {
      h.css = "other";
      h.title = std::string(QuoteKindName(q.kind)) + " quote (not counted)";
    } else {
      int level = 0;
      if (q.attribution >= 0 && static_cast<size_t>(q.attribution) < r.attributions.size()) {
        level = r.attributions[static_cast<size_t>(q.attribution)].level;
      } else if (const Source* s = r.FindSource(q.source_id)) {
        level = s->level;
      }
      h.css = "quote " + LevelClass(level);
      std::string speaker = q.speaker;
      if (speaker.empty()) {
        const Source* outer = q.inside_quote_of > 0 ? r.FindSource(q.inside_quote_of) : nullptr;
        speaker = outer      ? "(inside a quote of " + outer->name + ")"
                : q.nested ? "(inside a quote with no speaker)"
                           : "UNATTRIBUTED";
      } else if (q.own_words) {
        speaker += " (the writer's own words, not counted)";
      }
      h.title = fmt::format("T{} quote — {}", level, speaker);
    }
    out.push_back(std::move(h));
  }
  for (const auto& at : r.attributions) {
    if (!at.source) continue;
    Highlight h;
    h.span = at.source->location.span;
    h.priority = 3;
    h.css = "source " + LevelClass(at.level);
    const Source* s = r.FindSource(at.source_id);
    h.title = fmt::format("T{} source {} — {}", at.level, LevelScoreText(at.score), s ? s->name : at.source->text);
    out.push_back(std::move(h));
  }
  for (const auto& m : r.masked) {
    Highlight h;
    h.span = m.location.span;
    h.priority = 1;
    h.css = "masked";
    h.title = "masked by " + m.rule;
    out.push_back(std::move(h));
  }
  // Keep the higher-priority span of two that overlap; the rest in order.
  std::stable_sort(out.begin(), out.end(), [](const Highlight& a, const Highlight& b) {
    return a.priority > b.priority;
  });
  std::vector<Highlight> kept;
  for (auto& h : out) {
    if (h.span.empty() || h.span.end > r.text.size()) continue;
    bool clash = false;
    for (const auto& k : kept) clash = clash || k.span.Overlaps(h.span);
    if (!clash) kept.push_back(std::move(h));
  }
  std::sort(kept.begin(), kept.end(), [](const Highlight& a, const Highlight& b) {
    return a.span.begin < b.span.begin;
  });
  return kept;
}

// The article text as paragraphs, highlights opened and closed around each
// paragraph break so the markup stays well nested.
std::string ArticleHtml(const AuditResult& r) {
  auto marks = Highlights(r);
  std::string out = "<div class=\"article\"><p>";
  size_t mi = 0;
  const Highlight* open = nullptr;
  auto open_tag = [&](const Highlight& h) {
    return fmt::format("<mark class=\"{}\" title=\"{}\">", h.css, HtmlEscape(h.title));
  };
  const std::string& t = r.text;
  size_t i = 0;
  while (i < t.size()) {
    if (open && i == open->span.end) {
      out += "</mark>";
      open = nullptr;
    }
    if (!open && mi < marks.size() && i == marks[mi].span.begin) {
      open = &marks[mi++];
      out += open_tag(*open);
    }
    size_t next = t.size();
    if (open) next = std::min(next, open->span.end);
    if (!open && mi < marks.size()) next = std::min(next, marks[mi].span.begin);
    size_t nl = t.find('\n', i);
    if (nl != std::string::npos && nl < next) {
      out += HtmlEscape(std::string_view(t).substr(i, nl - i));
      if (open) out += "</mark>";
      out += "</p>\n<p>";
      if (open) out += open_tag(*open);
      i = nl + 1;
      continue;
    }
    if (next == i) next = i + 1;  // a highlight that starts behind us (never, once sorted)
    out += HtmlEscape(std::string_view(t).substr(i, next - i));
    i = next;
  }
  if (open) out += "</mark>";
  out += "</p></div>\n";
  return out;
}

std::string ArticleSection(const AuditResult& r) {
  std::string out = "<section>\n";
  std::string title = r.metadata.title ? *r.metadata.title : r.file;
  out += fmt::format("<h1>{}</h1>\n", HtmlEscape(title));
  out += fmt::format("<p class=\"meta\">{}{} · language {} · {} · rules {}</p>\n", HtmlEscape(r.file),
                     r.record ? fmt::format(" (record {})", *r.record) : "", HtmlEscape(r.language),
                     Counted(r.words, "word", "words"),
                     HtmlEscape(r.rules_hash.substr(0, 12)));
  const ArticleScore& s = r.score;
  out += "<div class=\"score\">";
  auto cell = [&](const std::string& name, const std::string& value) {
    out += fmt::format("<div><b>{}</b>{}</div>", value, name);
  };
  // Undefined values (nothing scored, no attribution) are "n/a", never 0.
  auto share = [&](double v) { return s.has_shares() ? fmt::format("{:.0f}%", v * 100) : std::string("n/a"); };
  cell("transparency index", s.has_transparency_index() ? fmt::format("{:.2f}", s.transparency_index) : "n/a");
  cell("named share", share(s.named_share));
  cell("anonymous share", share(s.anonymous_share));
  cell("vague share", share(s.vague_share));
  cell("anonymity explained", fmt::format("{:.0f}%", s.anonymity_explained * 100));
  cell("distinct sources", std::to_string(s.distinct_sources));
  cell("fully identified", std::to_string(s.fully_identified_sources));
  cell("unattributed quotes", std::to_string(s.unattributed_quotes));
  cell("loaded cues", fmt::format("{:.0f}%", s.loaded_cue_rate * 100));
  cell("outreach", s.outreach ? "yes" : "no");
  out += "</div>\n";
  out += "<h2>Legend</h2>\n<ul class=\"legend\">";
  for (int l = 5; l >= 0; --l) out += fmt::format("<li class=\"t{}\">{}</li>", l, kLevelMeaning[l]);
  out += "<li class=\"other\">scare quote or title</li><li class=\"masked\">boilerplate (masked)</li>";
  out += "<li><mark class=\"source t4\">bold</mark> source mention</li></ul>\n";
  out += "<h2>Article</h2>\n" + ArticleHtml(r);
  out += "<h2>Sources</h2>\n<table><tr><th>level</th><th>source</th><th>kind</th><th>role</th>"
         "<th>score</th><th>attributions</th><th>quotes</th><th>anonymity</th></tr>\n";
  for (const auto& src : r.sources) {
    std::string anon;
    if (src.specificity) {
      anon = std::string(SpecificityName(*src.specificity)) +
             (src.office_holder  ? ", office-holder"
              : src.reason_given ? ", reason given"
                                 : ", no reason") +
             (src.access_given ? ", access stated" : "");
    }
    out += fmt::format(
        "<tr><td class=\"lvl t{}\">T{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>"
        "<td>{}</td></tr>\n",
        src.level, src.level, HtmlEscape(src.name), SourceKindName(src.kind), HtmlEscape(src.role), LevelScoreText(src.score),
        src.attributions, src.quotes, HtmlEscape(anon));
  }
  out += "</table>\n";
  out += "<h2>Attributions</h2>\n<table><tr><th>level</th><th>line</th><th>source</th><th>cue</th>"
         "<th>kind</th><th>why</th></tr>\n";
  for (const auto& at : r.attributions) {
    int line = at.cue ? at.cue->location.line : (!at.content.empty() ? at.content[0].location.line : 0);
    const Source* src = r.FindSource(at.source_id);
    std::string who = at.source ? at.source->text : (src ? "(" + src->name + ")" : "(no source)");
    std::string why = "<ul class=\"why\">";
    for (const auto& reason : at.reasons) why += "<li>" + HtmlEscape(reason) + "</li>";
    why += "</ul>";
    // An uncounted attribution shows its source's level, marked as such.
    out += fmt::format("<tr><td class=\"lvl t{}\">T{} {}{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>"
                       "<td>{}</td></tr>\n",
                       at.level, at.level, LevelScoreText(at.score), at.counted ? "" : " (not counted)", line,
                       HtmlEscape(who),
                       HtmlEscape(ShownCue(at, "")),
                       AttributionKindName(at.kind), why);
  }
  out += "</table>\n";
  out += "<h2>Findings</h2>\n<table><tr><th>where</th><th>level</th><th>rule</th><th>message</th>"
         "<th>standard</th></tr>\n";
  for (const auto& f : r.findings) {
    out += fmt::format("<tr><td>{}:{}</td><td class=\"{}\">{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                       f.location.line, f.location.column, SeverityName(f.level), SeverityName(f.level),
                       HtmlEscape(f.rule), HtmlEscape(f.message), HtmlEscape(f.link));
  }
  if (r.findings.empty()) out += "<tr><td colspan=\"5\">none</td></tr>\n";
  out += "</table>\n</section>\n";
  return out;
}

}  // namespace

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    // Line breaks are kept (a title attribute may hold one); the rest goes
    // through PrintableText a line at a time.
    const size_t brk = std::min(text.find_first_of("\r\n", i), text.size());
    for (char c : PrintableText(text.substr(i, brk - i))) {
      switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
      }
    }
    if (brk < text.size()) out += text[brk];
    i = brk + 1;
  }
  return out;
}

std::string AuditsToHtml(const std::vector<AuditResult>& results) {
  std::string title = results.size() == 1 ? (results[0].metadata.title ? *results[0].metadata.title : results[0].file)
                                          : fmt::format("{} articles", results.size());
  std::string out = "<!DOCTYPE html>\n<html lang=\"";
  out += HtmlEscape(results.size() == 1 ? results[0].language : std::string("en"));
  out += "\">\n<head>\n<meta charset=\"utf-8\">\n";
  // Nothing may be fetched: no script, no image, no font, no stylesheet link.
  out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += fmt::format("<meta name=\"generator\" content=\"onrecord {}\">\n", HtmlEscape(ToolVersion()));
  out += "<title>onrecord: " + HtmlEscape(title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n<main>\n";
  for (const auto& r : results) out += ArticleSection(r);
  out += "</main>\n</body>\n</html>\n";
  return out;
}

std::string AuditToHtml(const AuditResult& result) { return AuditsToHtml({result}); }

}  // namespace onrecord
