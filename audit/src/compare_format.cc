// Output formats of `onrecord compare` (see onrecord/compare.h).
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "onrecord/printable.h"
#include "onrecord/report.h"
#include "onrecord/report_html.h"
#include "onrecord/compare.h"
#include "onrecord/text.h"

namespace onrecord {

namespace {

using nlohmann::json;

const char* kNoValue = "(none)";
const char* kAll = "(all)";

std::string Label(const GroupStats& g) { return g.group ? *g.group : kNoValue; }

double Round4(double v) { return std::round(v * 10000.0) / 10000.0; }

json Num(const std::optional<double>& v) { return v ? json(Round4(*v)) : json(nullptr); }

json Ci(const std::optional<Interval>& v) {
  return v ? json::array({Round4(v->low), Round4(v->high)}) : json(nullptr);
}

json GroupJson(const GroupStats& g, bool all) {
  json phrases = json::array();
  for (const auto& p : g.anonymous_phrases) {
    phrases.push_back({{"phrase", p.phrase}, {"uses", p.uses}, {"articles", p.articles}});
  }
  json j = {{"group", all ? json(nullptr) : (g.group ? json(*g.group) : json(nullptr))},
            {"articles", g.articles},
            {"words", g.words},
            {"attributions", g.attributions},
            {"attributions_per_1000_words", Num(g.attributions_per_1000_words)},
            {"named", g.named},
            {"anonymous", g.anonymous},
            {"vague", g.vague},
            {"explained", g.explained},
            {"named_share", Num(g.named_share)},
            {"named_share_ci", Ci(g.named_share_ci)},
            {"anonymous_share", Num(g.anonymous_share)},
            {"anonymous_share_ci", Ci(g.anonymous_share_ci)},
            {"vague_share", Num(g.vague_share)},
            {"anonymity_explained", Num(g.anonymity_explained)},
            {"transparency_index_mean", Num(g.transparency_index_mean)},
            {"transparency_index_mean_ci", Ci(g.transparency_index_mean_ci)},
            {"transparency_index_median", Num(g.transparency_index_median)},
            {"unattributed_quotes", g.unattributed_quotes},
            {"anonymous_phrases", std::move(phrases)}};
  return j;
}

std::string Pct(const std::optional<double>& v) {
  return v ? fmt::format("{:.1f}%", *v * 100.0) : std::string("–");
}

std::string PctCi(const std::optional<double>& v, const std::optional<Interval>& ci) {
  if (!v) return "–";
  if (!ci) return Pct(v);
  return fmt::format("{:.1f}% ({:.1f}–{:.1f})", *v * 100.0, ci->low * 100.0, ci->high * 100.0);
}

std::string Dec(const std::optional<double>& v, int digits = 3) {
  return v ? fmt::format("{:.{}f}", *v, digits) : std::string("–");
}

std::string DecCi(const std::optional<double>& v, const std::optional<Interval>& ci) {
  if (!v) return "–";
  if (!ci) return Dec(v);
  return fmt::format("{:.3f} ({:.3f}–{:.3f})", *v, ci->low, ci->high);
}

std::string Phrases(const GroupStats& g) {
  std::string out;
  for (const auto& p : g.anonymous_phrases) {
    if (!out.empty()) out += "; ";
    out += fmt::format("{} ({})", p.phrase, p.uses);
  }
  return out;
}

// Whether the comparison has intervals to show (--bootstrap 0: none).
bool HasIntervals(const Comparison& c) { return c.options.replicates > 0; }

std::vector<std::string> Headers(const Comparison& c) {
  const std::string ci = HasIntervals(c) ? " (95% CI)" : "";
  return {"articles", "words", "attr/1k words", "named", "anonymous" + ci, "vague",
          "explained", "TI mean" + ci, "TI median", "unattributed quotes"};
}

std::vector<std::string> Cells(const GroupStats& g) {
  return {std::to_string(g.articles),
          std::to_string(g.words),
          Dec(g.attributions_per_1000_words, 1),
          Pct(g.named_share),
          PctCi(g.anonymous_share, g.anonymous_share_ci),
          Pct(g.vague_share),
          Pct(g.anonymity_explained),
          DecCi(g.transparency_index_mean, g.transparency_index_mean_ci),
          Dec(g.transparency_index_median),
          std::to_string(g.unattributed_quotes)};
}

size_t Width(const std::string& s) { return CountCodePoints(s); }

std::string Pad(const std::string& s, size_t width, bool right) {
  size_t w = Width(s);
  std::string fill(width > w ? width - w : 0, ' ');
  return right ? fill + s : s + fill;
}

// A field from the database (an outlet, an author, a phrase) as a row of
// the table or Markdown shows it: a line break or tab would break the row
// and becomes a space; any other control character, and bytes that are not
// UTF-8, are written as \xNN (PrintableText), as the text report of
// `audit` does, so that an escape sequence from a scraped page never
// reaches the reader's terminal (fu53r).
std::string OneLine(std::string s) {
  for (char& c : s) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return PrintableText(s);
}

std::string Filters(const CompareOptions& o) {
  std::vector<std::string> parts;
  if (!o.since.empty()) parts.push_back("since " + o.since);
  if (!o.until.empty()) parts.push_back("until " + o.until);
  if (!o.outlets.empty()) {
    std::string s = "outlets ";
    for (size_t i = 0; i < o.outlets.size(); ++i) s += (i ? ", " : "") + o.outlets[i];
    parts.push_back(s);
  }
  if (o.exclude_wire) parts.push_back("wire copy excluded");
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) out += (i ? "; " : "") + parts[i];
  return out;
}

}  // namespace

std::string MixedRulesWarning(const Comparison& c) {
  if (c.audited_with.size() < 2) return {};
  std::string parts;
  for (size_t i = 0; i < c.audited_with.size() && i < 4; ++i) {
    const AuditedWith& w = c.audited_with[i];
    parts += fmt::format("{}rules {} and version {}: {}", i ? "; " : "",
                         w.rules_hash.empty() ? std::string("(none)") : w.rules_hash.substr(0, 12),
                         w.tool_version.empty() ? std::string("(none)") : w.tool_version,
                         Counted(w.articles, "article", "articles"));
  }
  if (c.audited_with.size() > 4) parts += "; …";
  return fmt::format(
      "Warning: these articles were audited with {} different rule sets or onrecord versions ({}), so groups "
      "may differ because the rules did; re-ingest them with one to compare like with like.",
      c.audited_with.size(), parts);
}

std::string UnfinishedRunsWarning(const Comparison& c) {
  if (c.unfinished_runs.empty()) return {};
  auto all = [&](auto pred) { return std::all_of(c.unfinished_runs.begin(), c.unfinished_runs.end(), pred); };
  // `audit --db` records its runs too (cli54): such a run is named as one,
  // and only a re-run of its files (or an ingest) completes it.
  const bool audits = all([](const UnfinishedRun& r) { return r.command == "audit"; });
  const bool ingests = all([](const UnfinishedRun& r) { return r.command != "audit"; });
  const bool mixed = !audits && !ingests;
  std::string parts;
  for (size_t i = 0; i < c.unfinished_runs.size() && i < 4; ++i) {
    const UnfinishedRun& r = c.unfinished_runs[i];
    const char* how = r.status == "interrupted" ? ", interrupted by Ctrl-C or SIGTERM"
                      : r.status == "failed"      ? ", stopped by an error"
                      : r.abandoned               ? ", killed: its process is gone"
                                                  : "";
    parts += fmt::format("{}run {}{} started {}, {} kept{}", i ? "; " : "", r.id,
                         mixed && r.command == "audit" ? " (audit --db)" : "", r.started_at,
                         Counted(r.articles, "article", "articles"), how);
  }
  if (c.unfinished_runs.size() > 4) parts += "; …";
  const bool one = c.unfinished_runs.size() == 1;
  auto is = [](const char* status) { return [status](const UnfinishedRun& r) { return r.status == status; }; };
  // Known to be gone, every one of them: not possibly still going.
  const bool all_gone = all([](const UnfinishedRun& r) { return r.abandoned || r.status == "interrupted" || r.status == "failed"; });
  const bool all_killed = all([](const UnfinishedRun& r) { return r.status == "running" || r.status == "abandoned"; });
  const char* stopped = all_killed             ? "killed"
                        : all(is("interrupted")) ? "interrupted"
                        : all(is("failed"))      ? "stopped by an error"
                                                 : "stopped";
  // Each run's own words say how it stopped (fu53r: the sentence said it
  // twice); only a run with none (recorded `running`, its process not known
  // to be gone) gets the closing "killed, or still running".
  const bool unsaid = std::any_of(c.unfinished_runs.begin(), c.unfinished_runs.end(), [](const UnfinishedRun& r) {
    return r.status != "interrupted" && r.status != "failed" && !r.abandoned;
  });
  const std::string tail =
      unsaid ? fmt::format(": {} {}{}", one ? "it was" : "they were", stopped,
                           all_gone ? "" : (one ? ", or is still running" : ", or are still running"))
             : std::string();
  const std::string what = audits ? "audit --db run" : ingests ? "ingest run" : "run";
  const std::string runs = one ? "an " + what  // one run: all ingests or all audits
                               : fmt::format("{} {}s{}", c.unfinished_runs.size(), what,
                                             mixed ? " (ingest and audit --db)" : "");
  const char* after = ingests ? "no completed ingest" : "no completed ingest or re-run of the same files";
  const std::string rerun = ingests ? (one ? "that ingest" : "those ingests")
                            : audits ? (one ? "that audit --db" : "those audit --db runs")
                                     : "those runs";
  return fmt::format(
      "Warning: {} of this database never finished ({}), and {} came after {}{}. "
      "What {} committed is compared here; the rest of {} inputs are not. Re-run {} to "
      "complete the corpus.",
      runs, parts, after, one ? "it" : "them", tail, one ? "it" : "they", one ? "its" : "their", rerun);
}

std::string UndatedNote(const Comparison& c) {
  if (c.undated <= 0) return {};
  return fmt::format("{} no publication date (or none that is a date) {} left out by {}",
                     Counted(c.undated, "article with", "articles with"), c.undated == 1 ? "is" : "are",
                     !c.options.since.empty() && !c.options.until.empty() ? "--since and --until"
                     : !c.options.since.empty()                            ? "--since"
                                                                           : "--until");
}

namespace {

std::string Note(const Comparison& c) {
  std::string f = Filters(c.options);
  std::string out =
      "Shares are over attributions (named T4–T5, anonymous T1–T3, vague T1; the rest have no source, T0); "
      "explained: anonymous with a reason given; TI: transparency index.";
  if (HasIntervals(c)) {
    out += fmt::format(" Intervals: {} over articles, seed {}.",
                       Counted(c.options.replicates, "bootstrap replicate", "bootstrap replicates"), c.options.seed);
    bool single = c.all.articles == 1;
    for (const auto& g : c.groups) single = single || g.articles == 1;
    if (single) out += " There is no interval for a group of one article.";
  }
  if (!f.empty()) out += " Filters: " + f + (c.undated > 0 ? " (" + UndatedNote(c) + ")" : std::string()) + ".";
  if (std::string w = MixedRulesWarning(c); !w.empty()) out += " " + w;
  if (std::string w = UnfinishedRunsWarning(c); !w.empty()) out += " " + w;
  // The filters name the outlets given and the warnings values read from
  // the database: one line, printable.
  return OneLine(out);
}

std::string CsvCell(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char ch : s) {
    if (ch == '"') out += "\"\"";
    else out += ch;
  }
  return out + "\"";
}

std::string CsvNum(const std::optional<double>& v) {
  return v ? fmt::format("{}", Round4(*v)) : std::string();
}

std::string MarkdownCell(const std::string& s) {
  std::string out;
  for (char ch : OneLine(s)) {
    if (ch == '|' || ch == '\\' || ch == '*' || ch == '_' || ch == '`' || ch == '<' || ch == '[') {
      out += '\\';
    }
    out += ch;
  }
  return out;
}

// One horizontal bar chart: a bar per group, with the interval as a whisker.
std::string BarChart(const Comparison& c, const std::string& title,
                     std::optional<double> GroupStats::*value,
                     std::optional<Interval> GroupStats::*interval, bool percent) {
  const int label_w = 180, bar_w = 360, row_h = 22, top = 28;
  std::vector<const GroupStats*> rows;
  for (const auto& g : c.groups) rows.push_back(&g);
  rows.push_back(&c.all);
  int height = top + row_h * static_cast<int>(rows.size()) + 10;
  int width = label_w + bar_w + 150;
  std::string svg = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" role=\"img\" "
      "aria-label=\"{}\">\n<text x=\"0\" y=\"16\" class=\"title\">{}</text>\n",
      width, height, HtmlEscape(title), HtmlEscape(title));
  for (size_t i = 0; i < rows.size(); ++i) {
    const GroupStats& g = *rows[i];
    int y = top + row_h * static_cast<int>(i);
    std::string label = &g == &c.all ? kAll : Label(g);
    if (Width(label) > 26) {
      size_t cut = 0, cps = 0;
      while (cut < label.size() && cps < 25) {
        ++cut;
        while (cut < label.size() && (static_cast<unsigned char>(label[cut]) & 0xC0) == 0x80) ++cut;
        ++cps;
      }
      label = label.substr(0, cut) + "…";
    }
    svg += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", label_w - 8,
                       y + 15, HtmlEscape(OneLine(label)));
    const std::optional<double>& v = g.*value;
    if (!v) {
      svg += fmt::format("<text x=\"{}\" y=\"{}\">–</text>\n", label_w + 4, y + 15);
      continue;
    }
    double x = std::clamp(*v, 0.0, 1.0);
    svg += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{:.1f}\" height=\"16\" class=\"{}\"/>\n",
                       label_w, y + 2, x * bar_w, &g == &c.all ? "bar all" : "bar");
    const std::optional<Interval>& ci = g.*interval;
    if (ci) {
      double lo = label_w + std::clamp(ci->low, 0.0, 1.0) * bar_w;
      double hi = label_w + std::clamp(ci->high, 0.0, 1.0) * bar_w;
      svg += fmt::format(
          "<path d=\"M{0:.1f} {1} V{2} M{0:.1f} {3} H{4:.1f} M{4:.1f} {1} V{2}\" class=\"ci\"/>\n",
          lo, y + 4, y + 16, y + 10, hi);
    }
    std::string text = percent ? Pct(v) : Dec(v);
    if (ci) text += percent ? fmt::format(" ({:.1f}–{:.1f})", ci->low * 100, ci->high * 100)
                            : fmt::format(" ({:.3f}–{:.3f})", ci->low, ci->high);
    svg += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n", label_w + bar_w + 6, y + 15,
                       HtmlEscape(text));
  }
  return svg + "</svg>\n";
}

}  // namespace

std::string ComparisonToJson(const Comparison& c) {
  const CompareOptions& o = c.options;
  json groups = json::array();
  for (const auto& g : c.groups) groups.push_back(GroupJson(g, false));
  json j = {{"schema", "onrecord/compare-1"},
            {"by", CompareByName(o.by)},
            {"filters",
             {{"since", o.since.empty() ? json(nullptr) : json(o.since)},
              {"until", o.until.empty() ? json(nullptr) : json(o.until)},
              {"outlets", o.outlets},
              {"exclude_wire", o.exclude_wire},
              {"undated_left_out", c.undated}}},
            // --bootstrap 0: no interval, so no confidence level either.
            {"bootstrap",
             {{"replicates", o.replicates},
              {"seed", o.seed},
              {"confidence", HasIntervals(c) ? json(0.95) : json(nullptr)}}},
            {"groups", std::move(groups)},
            {"all", GroupJson(c.all, true)}};
  json audited = json::array();
  for (const auto& w : c.audited_with) {
    audited.push_back({{"rules_hash", w.rules_hash}, {"tool_version", w.tool_version}, {"articles", w.articles}});
  }
  j["audited_with"] = std::move(audited);
  json unfinished = json::array();
  for (const auto& r : c.unfinished_runs) {
    unfinished.push_back(
        {{"run", r.id}, {"started_at", r.started_at}, {"articles", r.articles}, {"abandoned", r.abandoned},
         {"status", r.status}, {"command", r.command}});
  }
  j["unfinished_runs"] = std::move(unfinished);
  return DumpJson(j, 2) + "\n";
}

std::string ComparisonToCsv(const Comparison& c) {
  std::string out = std::string(CompareByName(c.options.by)) +
                    ",articles,words,attributions,attributions_per_1000_words,named_share,"
                    "named_share_low,named_share_high,anonymous_share,anonymous_share_low,"
                    "anonymous_share_high,vague_share,anonymity_explained,transparency_index_mean,"
                    "transparency_index_mean_low,transparency_index_mean_high,"
                    "transparency_index_median,unattributed_quotes,anonymous_phrases\r\n";
  auto row = [&](const GroupStats& g, const std::string& label) {
    auto lo = [](const std::optional<Interval>& i) { return i ? CsvNum(i->low) : std::string(); };
    auto hi = [](const std::optional<Interval>& i) { return i ? CsvNum(i->high) : std::string(); };
    out += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\r\n", CsvCell(label),
                       g.articles, g.words, g.attributions, CsvNum(g.attributions_per_1000_words),
                       CsvNum(g.named_share), lo(g.named_share_ci), hi(g.named_share_ci),
                       CsvNum(g.anonymous_share), lo(g.anonymous_share_ci), hi(g.anonymous_share_ci),
                       CsvNum(g.vague_share), CsvNum(g.anonymity_explained),
                       CsvNum(g.transparency_index_mean), lo(g.transparency_index_mean_ci),
                       hi(g.transparency_index_mean_ci), CsvNum(g.transparency_index_median),
                       g.unattributed_quotes, CsvCell(Phrases(g)));
  };
  for (const auto& g : c.groups) row(g, Label(g));
  row(c.all, kAll);
  return out;
}

std::string ComparisonToTable(const Comparison& c) {
  std::vector<std::string> header = {CompareByName(c.options.by)};
  for (const auto& h : Headers(c)) header.push_back(h);
  std::vector<std::vector<std::string>> rows;
  for (const auto& g : c.groups) {
    std::vector<std::string> r = {OneLine(Label(g))};
    for (auto& cell : Cells(g)) r.push_back(cell);
    rows.push_back(std::move(r));
  }
  std::vector<std::string> all = {kAll};
  for (auto& cell : Cells(c.all)) all.push_back(cell);
  rows.push_back(std::move(all));
  std::vector<size_t> w(header.size());
  for (size_t i = 0; i < header.size(); ++i) w[i] = Width(header[i]);
  for (const auto& r : rows) {
    for (size_t i = 0; i < r.size(); ++i) w[i] = std::max(w[i], Width(r[i]));
  }
  auto line = [&](const std::vector<std::string>& r) {
    std::string s;
    for (size_t i = 0; i < r.size(); ++i) s += (i ? "  " : "") + Pad(r[i], w[i], i > 0);
    while (!s.empty() && s.back() == ' ') s.pop_back();
    return s + "\n";
  };
  std::string out = line(header);
  for (size_t i = 0; i < rows.size(); ++i) {
    if (i + 1 == rows.size()) {
      size_t total = 0;
      for (size_t x : w) total += x + 2;
      out += std::string(total - 2, '-') + "\n";
    }
    out += line(rows[i]);
  }
  if (c.options.top_phrases > 0) {  // --top 0: no phrase section
    out += "\nMost frequent anonymous-source phrases (uses)\n";
    for (const auto& g : c.groups) {
      out += "  " + OneLine(Label(g)) + ": " + (g.anonymous_phrases.empty() ? "–" : OneLine(Phrases(g))) + "\n";
    }
    out += std::string("  ") + kAll + ": " + (c.all.anonymous_phrases.empty() ? "–" : OneLine(Phrases(c.all))) +
           "\n";
  }
  out += "\n" + Note(c) + "\n";
  return out;
}

std::string ComparisonToMarkdown(const Comparison& c) {
  std::string out = "| " + MarkdownCell(CompareByName(c.options.by));
  const std::vector<std::string> headers = Headers(c);
  for (const auto& h : headers) out += " | " + h;
  out += " |\n|---";
  for (size_t i = 0; i < headers.size(); ++i) out += "|---:";
  out += "|\n";
  auto row = [&](const std::string& label, const GroupStats& g) {
    out += "| " + label;
    for (const auto& cell : Cells(g)) out += " | " + cell;
    out += " |\n";
  };
  for (const auto& g : c.groups) row(MarkdownCell(Label(g)), g);
  row(std::string("**") + kAll + "**", c.all);
  if (c.options.top_phrases > 0) {  // --top 0: no phrase section
    out += "\nMost frequent anonymous-source phrases (uses):\n\n";
    for (const auto& g : c.groups) {
      out += "- " + MarkdownCell(Label(g)) + ": " +
             (g.anonymous_phrases.empty() ? "–" : MarkdownCell(Phrases(g))) + "\n";
    }
    out += std::string("- ") + kAll + ": " +
           (c.all.anonymous_phrases.empty() ? "–" : MarkdownCell(Phrases(c.all))) + "\n";
  }
  out += "\n" + Note(c) + "\n";
  return out;
}

std::string ComparisonToHtml(const Comparison& c) {
  std::string by = CompareByName(c.options.by);
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<title>onrecord compare by " + HtmlEscape(by) + "</title>\n"
      "<style>\nbody{font-family:system-ui,sans-serif;margin:2em;color:#222}\n"
      "table{border-collapse:collapse;font-size:14px}th,td{padding:4px 8px;border-bottom:1px solid #ddd}\n"
      "td.n{text-align:right;font-variant-numeric:tabular-nums}tr.all td{font-weight:bold}\n"
      "svg{display:block;margin:1.5em 0;font-size:12px}svg .title{font-weight:bold;font-size:14px}\n"
      ".bar{fill:#4a78a8}.bar.all{fill:#2a4868}.ci{stroke:#111;stroke-width:1.5;fill:none}\n"
      "</style>\n</head>\n<body>\n<h1>Sourcing by " + HtmlEscape(by) + "</h1>\n<table>\n<thead><tr><th>" +
      HtmlEscape(by) + "</th>";
  for (const auto& h : Headers(c)) out += "<th>" + HtmlEscape(h) + "</th>";
  const bool phrases = c.options.top_phrases > 0;  // --top 0: no phrase column
  if (phrases) out += "<th>most frequent anonymous phrases</th>";
  out += "</tr></thead>\n<tbody>\n";
  auto row = [&](const std::string& label, const GroupStats& g, bool all) {
    out += all ? "<tr class=\"all\">" : "<tr>";
    out += "<td>" + HtmlEscape(label) + "</td>";
    for (const auto& cell : Cells(g)) out += "<td class=\"n\">" + HtmlEscape(cell) + "</td>";
    if (phrases) out += "<td>" + HtmlEscape(Phrases(g)) + "</td>";
    out += "</tr>\n";
  };
  for (const auto& g : c.groups) row(Label(g), g, false);
  row(kAll, c.all, true);
  out += "</tbody>\n</table>\n";
  const std::string interval = HasIntervals(c) ? " (95% interval)" : "";
  out += BarChart(c, "Anonymous share of attributions" + interval, &GroupStats::anonymous_share,
                  &GroupStats::anonymous_share_ci, true);
  out += BarChart(c, "Named share of attributions" + interval, &GroupStats::named_share,
                  &GroupStats::named_share_ci, true);
  out += BarChart(c, "Mean transparency index" + interval, &GroupStats::transparency_index_mean,
                  &GroupStats::transparency_index_mean_ci, false);
  out += "<p>" + HtmlEscape(Note(c)) + "</p>\n</body>\n</html>\n";
  return out;
}

}  // namespace onrecord
