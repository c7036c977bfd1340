// Report stage: JSON (onrecord/audit-1) and the readable text report.
#include "onrecord/report.h"

#include <fmt/format.h>

#include <cmath>

namespace onrecord {

namespace {

using nlohmann::json;

json Opt(const std::optional<std::string>& v) { return v ? json(*v) : json(nullptr); }

double Round(double v, int digits = 4) {
  double p = std::pow(10.0, digits);
  return std::round(v * p) / p;
}

json Ref(const std::optional<TextRef>& r) {
  if (!r) return nullptr;
  return json{{"begin", r->location.begin}, {"end", r->location.end}, {"text", r->text},
              {"line", r->location.line}, {"column", r->location.column}};
}

}  // namespace

json AuditToJson(const AuditResult& r) {
  json j;
  j["schema"] = "onrecord/audit-1";
  j["file"] = r.file;
  j["record"] = r.record ? json(*r.record) : json(nullptr);
  j["language"] = r.language;
  const Metadata& m = r.metadata;
  j["metadata"] = {{"id", Opt(m.id)},
                   {"outlet", Opt(m.outlet)},
                   {"url", Opt(m.url)},
                   {"title", Opt(m.title)},
                   {"published", Opt(m.published)},
                   {"author", Opt(m.author)},
                   {"wire", m.wire ? json(*m.wire) : json(nullptr)},
                   {"dateline_wire", Opt(m.dateline_wire)},
                   {"words", r.words},
                   {"sha256", r.sha256},
                   {"tool_version", r.tool_version},
                   {"rules_hash", r.rules_hash}};
  json quotes = json::array();
  for (const auto& q : r.quotes) {
    quotes.push_back({{"text", q.text},
                      {"begin", q.location.begin},
                      {"end", q.location.end},
                      {"line", q.location.line},
                      {"column", q.location.column},
                      {"kind", QuoteKindName(q.kind)},
                      {"speaker", q.speaker.empty() ? json(nullptr) : json(q.speaker)},
                      {"source_id", q.source_id > 0 ? json(q.source_id) : json(nullptr)},
                      {"speaker_kind", SourceKindName(q.speaker_kind)},
                      {"cue", q.cue.empty() ? json(nullptr) : json(q.cue)},
                      {"in_headline", q.in_headline}});
  }
  j["quotes"] = std::move(quotes);
  json attributions = json::array();
  for (const auto& at : r.attributions) {
    json content = json::array();
    for (const auto& c : at.content) {
      content.push_back({{"begin", c.location.begin}, {"end", c.location.end}, {"text", c.text},
                         {"line", c.location.line}, {"column", c.location.column}});
    }
    attributions.push_back({{"source", Ref(at.source)},
                            {"cue", Ref(at.cue)},
                            {"content", std::move(content)},
                            {"kind", AttributionKindName(at.kind)},
                            {"source_id", at.source_id > 0 ? json(at.source_id) : json(nullptr)},
                            {"transparency", "T" + std::to_string(at.level)},
                            {"score", Round(at.score)},
                            {"cue_tone", CueToneName(at.cue_tone)},
                            {"in_lede", at.in_lede},
                            {"reasons", at.reasons}});
  }
  j["attributions"] = std::move(attributions);
  json sources = json::array();
  for (const auto& s : r.sources) {
    json src = {{"id", s.id},
                {"name", s.name},
                {"kind", SourceKindName(s.kind)},
                {"role", s.role.empty() ? json(nullptr) : json(s.role)},
                {"roles", s.roles},
                {"transparency", "T" + std::to_string(s.level)},
                {"score", Round(s.score)},
                {"mentions", s.mentions},
                {"quotes", s.quotes}};
    if (s.specificity) {
      src["specificity"] = SpecificityName(*s.specificity);
      src["reason_given"] = s.reason_given;
      src["access_given"] = s.access_given;
    }
    sources.push_back(std::move(src));
  }
  j["sources"] = std::move(sources);
  json anon = json::array();
  for (const auto& a : r.anonymous_sources) {
    anon.push_back({{"phrase", a.phrase},
                    {"begin", a.location.begin},
                    {"end", a.location.end},
                    {"line", a.location.line},
                    {"column", a.location.column},
                    {"specificity", SpecificityName(a.specificity)},
                    {"reason_given", a.reason_given},
                    {"access_given", a.access_given},
                    {"anaphoric", a.anaphoric},
                    {"source_id", a.source_id > 0 ? json(a.source_id) : json(nullptr)}});
  }
  j["anonymous_sources"] = std::move(anon);
  json findings = json::array();
  for (const auto& f : r.findings) {
    json fj = {{"rule", f.rule},
               {"level", SeverityName(f.level)},
               {"message", f.message},
               {"begin", f.location.begin},
               {"end", f.location.end},
               {"line", f.location.line},
               {"column", f.location.column}};
    if (!f.link.empty()) fj["link"] = f.link;
    if (f.suppressed) fj["suppressed"] = *f.suppressed;
    findings.push_back(std::move(fj));
  }
  j["findings"] = std::move(findings);
  const ArticleScore& s = r.score;
  j["score"] = {{"transparency_index", Round(s.transparency_index)},
                {"named_share", Round(s.named_share)},
                {"anonymous_share", Round(s.anonymous_share)},
                {"vague_share", Round(s.vague_share)},
                {"anonymity_explained", Round(s.anonymity_explained)},
                {"unattributed_quotes", s.unattributed_quotes},
                {"distinct_sources", s.distinct_sources},
                {"fully_identified_sources", s.fully_identified_sources},
                {"loaded_cue_rate", Round(s.loaded_cue_rate)},
                {"outreach", s.outreach},
                {"attributions", s.attributions}};
  if (!r.stage_seconds.empty()) j["stats"] = r.stage_seconds;
  return j;
}

json ErrorToJson(const std::string& file, std::optional<int> record, const Status& error) {
  return {{"schema", "onrecord/audit-1"},
          {"file", file},
          {"record", record ? json(*record) : json(nullptr)},
          {"error", {{"message", error.message()},
                     {"line", error.line() > 0 ? json(error.line()) : json(nullptr)},
                     {"column", error.column() > 0 ? json(error.column()) : json(nullptr)}}}};
}

namespace {

std::string Shorten(const std::string& s, size_t max) {
  if (s.size() <= max) return s;
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + "…";
}

}  // namespace

std::string AuditToText(const AuditResult& r, const TextReportOptions& options) {
  std::string out;
  std::string where = r.file + (r.record ? fmt::format(" (record {})", *r.record) : "");
  out += fmt::format("{}  [{}; {} words]\n", where, r.language, r.words);
  if (r.metadata.title) out += fmt::format("  title: {}\n", *r.metadata.title);
  const ArticleScore& s = r.score;
  out += fmt::format(
      "  transparency index {:.2f}  named {:.0f}%  anonymous {:.0f}%  vague {:.0f}%  unattributed quotes {}\n",
      s.transparency_index, s.named_share * 100, s.anonymous_share * 100, s.vague_share * 100,
      s.unattributed_quotes);
  out += "\nSources\n";
  if (r.sources.empty()) out += "  (none)\n";
  for (const auto& src : r.sources) {
    std::string detail = SourceKindName(src.kind);
    if (src.specificity) {
      if (src.kind == SourceKind::kAnonymous) detail += std::string(", ") + SpecificityName(*src.specificity);
      detail += src.reason_given ? ", reason given" : ", no reason given";
    }
    out += fmt::format("  T{} {}  ({}; {} attribution{}, {} quote{})\n", src.level, src.name, detail,
                       src.attributions, src.attributions == 1 ? "" : "s", src.quotes,
                       src.quotes == 1 ? "" : "s");
    for (const auto& role : src.roles) out += fmt::format("       role: {}\n", role);
  }
  out += "\nQuotes\n";
  size_t speech = 0;
  for (const auto& q : r.quotes) {
    if (!q.speech()) continue;
    ++speech;
    out += fmt::format("  {}:{}  “{}”\n        — {}{}  [{}]\n", q.location.line, q.location.column,
                       Shorten(q.text, 100), q.speaker.empty() ? "UNATTRIBUTED" : q.speaker,
                       q.cue.empty() ? "" : " (" + q.cue + ")", QuoteKindName(q.kind));
  }
  if (speech == 0) out += "  (none)\n";
  size_t other = r.quotes.size() - speech;
  if (other > 0) {
    out += fmt::format("  ({} scare quote{} or title{} not counted)\n", other, other == 1 ? "" : "s",
                       other == 1 ? "" : "s");
  }
  out += "\nAnonymous sources\n";
  if (r.anonymous_sources.empty()) out += "  (none)\n";
  for (const auto& a : r.anonymous_sources) {
    out += fmt::format("  {}:{}  {}  [{}{}{}]\n", a.location.line, a.location.column, a.phrase,
                       SpecificityName(a.specificity), a.reason_given ? ", reason given" : ", no reason",
                       a.anaphoric ? ", refers back" : "");
  }
  if (options.explain) {
    out += "\nAttributions\n";
    for (const auto& at : r.attributions) {
      const Source* src = r.FindSource(at.source_id);
      int line = at.cue ? at.cue->location.line : (!at.content.empty() ? at.content[0].location.line : 0);
      out += fmt::format("  line {}  T{} {:.2f}  {} {} {}\n", line, at.level, at.score,
                         at.source ? at.source->text : (src ? "(" + src->name + ")" : "(no source)"),
                         at.cue ? at.cue->text : "(no cue)", AttributionKindName(at.kind));
      for (const auto& why : at.reasons) out += fmt::format("        because: {}\n", why);
    }
  }
  out += "\nFindings\n";
  if (r.findings.empty()) out += "  (none)\n";
  for (const auto& f : r.findings) {
    out += fmt::format("  {}:{}  {}  {}  {}\n", f.location.line, f.location.column, SeverityName(f.level),
                       f.rule, f.message);
  }
  return out;
}

}  // namespace onrecord
