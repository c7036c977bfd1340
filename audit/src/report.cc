// Report stage: JSON (onrecord/audit-1) and the readable text report.
#include "onrecord/report.h"

#include "onrecord/printable.h"

#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <ostream>

#include "cue_display.h"
#include "onrecord/text.h"
#include "threshold_format.h"

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
                      {"in_headline", q.in_headline},
                      {"inside_quote_of", q.inside_quote_of > 0 ? json(q.inside_quote_of) : json(nullptr)},
                      {"nested", q.nested}});
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
                            {"counted", at.counted},
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
      src["office_holder"] = s.office_holder;
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
                    {"office_holder", a.office_holder},
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
                {"no_source_share", Round(s.no_source_share())},
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

namespace {

// Writes JSON text exactly as nlohmann::json::dump(indent) does (indent < 0:
// one line, as dump(); UTF-8 left as it is; objects' keys in std::map order:
// every object below lists its keys sorted). The text goes into a buffer
// that is handed to `sink` whenever it holds kFlushBytes or more, so a
// report of any size passes through a buffer of about that size; with no
// sink the buffer is the whole text. Strings are not checked for valid
// UTF-8 here: WriteAuditJson and AuditToJsonLine check the result first.
class JsonWriter {
 public:
  static constexpr size_t kFlushBytes = size_t{1} << 16;

  // `level`: how deep the value written is nested in an enclosing document
  // (an element of a top-level array: 1); it only sets the indentation.
  JsonWriter(std::string* buffer, std::ostream* sink, int indent, int level)
      : out_(*buffer), sink_(sink), indent_(indent), depth_(level) {}

  void Key(std::string_view key) {
    BeforeKey();
    if (PlainAscii(key)) {  // the keys are ASCII names: nothing to escape
      out_ += '"';
      out_.append(key);
      out_ += '"';
    } else {
      String(key);
    }
    out_.append(indent_ < 0 ? ":" : ": ");
    after_key_ = true;
  }
  // A key written as a literal (every key but the --stats stage names): an
  // ASCII name with nothing to escape, written with its quotes and colon in
  // one append.
  template <size_t N>
  void Key(const char (&key)[N]) {
    BeforeKey();
    char buf[N + 3];
    size_t n = 0;
    buf[n++] = '"';
    std::memcpy(buf + n, key, N - 1);
    n += N - 1;
    buf[n++] = '"';
    buf[n++] = ':';
    if (indent_ >= 0) buf[n++] = ' ';
    out_.append(buf, n);
    after_key_ = true;
  }
  void Open(char c) {
    BeforeValue();
    out_ += c;
    ++depth_;
    first_ = true;
  }
  void Close(char c) {
    --depth_;
    // dump() writes an empty array or object as [] or {} on any indent.
    if (indent_ >= 0 && !first_) {
      out_ += '\n';
      Indent();
    }
    out_ += c;
    first_ = false;
    MaybeFlush();
  }
  void Null() { Value("null"); }
  void Bool(bool v) { Value(v ? "true" : "false"); }
  void Int(long long v) { Number(v); }
  void Size(size_t v) { Number(v); }
  // nlohmann's own number formatting, so the digits are the same: what
  // json(v).dump() writes (its serializer's dump_float), without building
  // a json value, an output adapter and a string for every number.
  void Double(double v) {
    if (!std::isfinite(v)) {
      Value("null");
      return;
    }
    char buf[64];
    const char* end = nlohmann::detail::to_chars(buf, buf + sizeof buf, v);
    Value(std::string_view(buf, static_cast<size_t>(end - buf)));
  }
  void Str(std::string_view v) {
    BeforeValue();
    String(v);
  }
  void OptStr(const std::optional<std::string>& v) {
    if (v) Str(*v);
    else Null();
  }
  void IdOrNull(int id) {
    if (id > 0) Int(id);
    else Null();
  }
  void StrOrNull(const std::string& v) {
    if (v.empty()) Null();
    else Str(v);
  }
  void Strings(const std::vector<std::string>& v) {
    Open('[');
    for (const auto& e : v) Str(e);
    Close(']');
  }
  // Hands what the buffer holds to the sink (nothing without one).
  void Flush() {
    if (!sink_ || out_.empty()) return;
    sink_->write(out_.data(), static_cast<std::streamsize>(out_.size()));
    out_.clear();
  }

 private:
  void MaybeFlush() {
    if (out_.size() >= kFlushBytes) Flush();
  }
  void Indent() { out_.append(static_cast<size_t>(depth_ * indent_), ' '); }
  // A member's separator: a comma after the one before it, and on an
  // indent a new line at the member's depth.
  void Separate() {
    if (indent_ < 0) {
      if (!first_) out_ += ',';
    } else {
      out_.append(first_ ? "\n" : ",\n");
      Indent();
    }
    first_ = false;
  }
  void BeforeKey() {
    MaybeFlush();
    Separate();
  }
  // A value after its key takes nothing; an array's element, its separator.
  // The first value of all is neither.
  void BeforeValue() {
    if (after_key_ || !started_) {
      after_key_ = false;
      started_ = true;
      return;
    }
    MaybeFlush();
    Separate();
  }
  void Value(std::string_view v) {
    BeforeValue();
    out_.append(v);
  }
  template <typename T>
  void Number(T v) {
    char buf[24];
    auto end = std::to_chars(buf, buf + sizeof buf, v).ptr;
    Value(std::string_view(buf, static_cast<size_t>(end - buf)));
  }
  // Bytes of a string's text; a long run goes to the sink directly rather
  // than through the buffer.
  void Append(std::string_view s) {
    if (sink_ && s.size() >= kFlushBytes) {
      Flush();
      sink_->write(s.data(), static_cast<std::streamsize>(s.size()));
      return;
    }
    out_.append(s);
    MaybeFlush();
  }
  // Whether one of the eight bytes at `p` is below 0x20, '"' or '\\' (it may
  // also say so for a byte next to one that is: the caller then looks byte by byte).
  static bool NeedsEscape8(const char* p) {
    constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    uint64_t v;
    std::memcpy(&v, p, 8);
    auto has_zero = [&](uint64_t x) { return ((x - kOnes) & ~x & kHigh) != 0; };
    const bool control = ((v - kOnes * 0x20) & ~v & kHigh) != 0;
    return control || has_zero(v ^ (kOnes * '"')) || has_zero(v ^ (kOnes * '\\'));
  }
  static bool PlainAscii(std::string_view s) {
    for (char c : s) {
      if (c < 0x20 || c == '"' || c == '\\' || static_cast<unsigned char>(c) >= 0x7F) return false;
    }
    return true;
  }
  void String(std::string_view s) {
    out_ += '"';
    size_t run = 0;  // start of the bytes not yet copied
    for (size_t i = 0; i < s.size(); ++i) {
      // Eight bytes at a time while none is a control character, '"' or '\\'.
      while (i + 8 <= s.size() && !NeedsEscape8(s.data() + i)) i += 8;
      if (i >= s.size()) break;
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      Append(s.substr(run, i - run));
      run = i + 1;
      switch (c) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\b': out_ += "\\b"; break;
        case '\f': out_ += "\\f"; break;
        case '\n': out_ += "\\n"; break;
        case '\r': out_ += "\\r"; break;
        case '\t': out_ += "\\t"; break;
        default: {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
          out_ += buf;
        }
      }
    }
    Append(s.substr(run));
    out_ += '"';
  }

  std::string& out_;
  std::ostream* sink_;
  const int indent_;
  int depth_;
  bool first_ = true;      // nothing written yet in the innermost open array or object
  bool after_key_ = false;  // a key was written, its value not yet
  bool started_ = false;    // the first value has been begun
};

void WriteLocation(JsonWriter& w, const Location& l) {
  // begin, column, end, line: with `text`, the sorted keys of a span.
  w.Key("begin");
  w.Size(l.begin);
  w.Key("column");
  w.Int(l.column);
  w.Key("end");
  w.Size(l.end);
  w.Key("line");
  w.Int(l.line);
}

void WriteRef(JsonWriter& w, const TextRef& r) {
  w.Open('{');
  WriteLocation(w, r.location);
  w.Key("text");
  w.Str(r.text);
  w.Close('}');
}

// Whether every string WriteAudit writes is valid UTF-8 (dump() throws on
// one that is not, and so do the writers, before writing anything).
bool StringsValid(const AuditResult& r) {
  auto ok = [](std::string_view s) { return IsValidUtf8(s); };
  auto opt = [&](const std::optional<std::string>& s) { return !s || ok(*s); };
  auto ref = [&](const std::optional<TextRef>& t) { return !t || ok(t->text); };
  auto all = [&](const std::vector<std::string>& v) {
    for (const auto& s : v) {
      if (!ok(s)) return false;
    }
    return true;
  };
  const Metadata& m = r.metadata;
  if (!ok(r.file) || !ok(r.language) || !ok(r.rules_hash) || !ok(r.sha256) || !ok(r.tool_version)) return false;
  if (!opt(m.author) || !opt(m.dateline_wire) || !opt(m.id) || !opt(m.outlet) || !opt(m.published) ||
      !opt(m.title) || !opt(m.url)) {
    return false;
  }
  for (const auto& a : r.anonymous_sources) {
    if (!ok(a.phrase)) return false;
  }
  for (const auto& at : r.attributions) {
    if (!ref(at.cue) || !ref(at.source) || !all(at.reasons)) return false;
    for (const auto& c : at.content) {
      if (!ok(c.text)) return false;
    }
  }
  for (const auto& f : r.findings) {
    if (!ok(f.link) || !ok(f.message) || !ok(f.rule) || !opt(f.suppressed)) return false;
  }
  for (const auto& q : r.quotes) {
    if (!ok(q.cue) || !ok(q.speaker) || !ok(q.text)) return false;
  }
  for (const auto& s : r.sources) {
    if (!ok(s.name) || !ok(s.role) || !all(s.roles)) return false;
  }
  for (const auto& [stage, seconds] : r.stage_seconds) {
    if (!ok(stage)) return false;
  }
  return true;
}

void WriteAudit(JsonWriter& w, const AuditResult& r) {
  w.Open('{');
  w.Key("anonymous_sources");
  w.Open('[');
  for (const auto& a : r.anonymous_sources) {
    w.Open('{');
    w.Key("access_given");
    w.Bool(a.access_given);
    w.Key("anaphoric");
    w.Bool(a.anaphoric);
    w.Key("begin");
    w.Size(a.location.begin);
    w.Key("column");
    w.Int(a.location.column);
    w.Key("end");
    w.Size(a.location.end);
    w.Key("line");
    w.Int(a.location.line);
    w.Key("office_holder");
    w.Bool(a.office_holder);
    w.Key("phrase");
    w.Str(a.phrase);
    w.Key("reason_given");
    w.Bool(a.reason_given);
    w.Key("source_id");
    w.IdOrNull(a.source_id);
    w.Key("specificity");
    w.Str(SpecificityName(a.specificity));
    w.Close('}');
  }
  w.Close(']');
  w.Key("attributions");
  w.Open('[');
  for (const auto& at : r.attributions) {
    w.Open('{');
    w.Key("content");
    w.Open('[');
    for (const auto& c : at.content) WriteRef(w, c);
    w.Close(']');
    w.Key("counted");
    w.Bool(at.counted);
    w.Key("cue");
    if (at.cue) WriteRef(w, *at.cue);
    else w.Null();
    w.Key("cue_tone");
    w.Str(CueToneName(at.cue_tone));
    w.Key("in_lede");
    w.Bool(at.in_lede);
    w.Key("kind");
    w.Str(AttributionKindName(at.kind));
    w.Key("reasons");
    w.Strings(at.reasons);
    w.Key("score");
    w.Double(Round(at.score));
    w.Key("source");
    if (at.source) WriteRef(w, *at.source);
    else w.Null();
    w.Key("source_id");
    w.IdOrNull(at.source_id);
    w.Key("transparency");
    w.Str("T" + std::to_string(at.level));
    w.Close('}');
  }
  w.Close(']');
  w.Key("file");
  w.Str(r.file);
  w.Key("findings");
  w.Open('[');
  for (const auto& f : r.findings) {
    w.Open('{');
    w.Key("begin");
    w.Size(f.location.begin);
    w.Key("column");
    w.Int(f.location.column);
    w.Key("end");
    w.Size(f.location.end);
    w.Key("level");
    w.Str(SeverityName(f.level));
    w.Key("line");
    w.Int(f.location.line);
    if (!f.link.empty()) {
      w.Key("link");
      w.Str(f.link);
    }
    w.Key("message");
    w.Str(f.message);
    w.Key("rule");
    w.Str(f.rule);
    if (f.suppressed) {
      w.Key("suppressed");
      w.Str(*f.suppressed);
    }
    w.Close('}');
  }
  w.Close(']');
  w.Key("language");
  w.Str(r.language);
  const Metadata& m = r.metadata;
  w.Key("metadata");
  w.Open('{');
  w.Key("author");
  w.OptStr(m.author);
  w.Key("dateline_wire");
  w.OptStr(m.dateline_wire);
  w.Key("id");
  w.OptStr(m.id);
  w.Key("outlet");
  w.OptStr(m.outlet);
  w.Key("published");
  w.OptStr(m.published);
  w.Key("rules_hash");
  w.Str(r.rules_hash);
  w.Key("sha256");
  w.Str(r.sha256);
  w.Key("title");
  w.OptStr(m.title);
  w.Key("tool_version");
  w.Str(r.tool_version);
  w.Key("url");
  w.OptStr(m.url);
  w.Key("wire");
  if (m.wire) w.Bool(*m.wire);
  else w.Null();
  w.Key("words");
  w.Size(r.words);
  w.Close('}');
  w.Key("quotes");
  w.Open('[');
  for (const auto& q : r.quotes) {
    w.Open('{');
    w.Key("begin");
    w.Size(q.location.begin);
    w.Key("column");
    w.Int(q.location.column);
    w.Key("cue");
    w.StrOrNull(q.cue);
    w.Key("end");
    w.Size(q.location.end);
    w.Key("in_headline");
    w.Bool(q.in_headline);
    w.Key("inside_quote_of");
    w.IdOrNull(q.inside_quote_of);
    w.Key("kind");
    w.Str(QuoteKindName(q.kind));
    w.Key("line");
    w.Int(q.location.line);
    w.Key("nested");
    w.Bool(q.nested);
    w.Key("source_id");
    w.IdOrNull(q.source_id);
    w.Key("speaker");
    w.StrOrNull(q.speaker);
    w.Key("speaker_kind");
    w.Str(SourceKindName(q.speaker_kind));
    w.Key("text");
    w.Str(q.text);
    w.Close('}');
  }
  w.Close(']');
  w.Key("record");
  if (r.record) w.Int(*r.record);
  else w.Null();
  w.Key("schema");
  w.Str("onrecord/audit-1");
  const ArticleScore& sc = r.score;
  w.Key("score");
  w.Open('{');
  w.Key("anonymity_explained");
  w.Double(Round(sc.anonymity_explained));
  w.Key("anonymous_share");
  w.Double(Round(sc.anonymous_share));
  w.Key("attributions");
  w.Int(sc.attributions);
  w.Key("distinct_sources");
  w.Int(sc.distinct_sources);
  w.Key("fully_identified_sources");
  w.Int(sc.fully_identified_sources);
  w.Key("loaded_cue_rate");
  w.Double(Round(sc.loaded_cue_rate));
  w.Key("named_share");
  w.Double(Round(sc.named_share));
  w.Key("no_source_share");
  w.Double(Round(sc.no_source_share()));
  w.Key("outreach");
  w.Bool(sc.outreach);
  w.Key("transparency_index");
  w.Double(Round(sc.transparency_index));
  w.Key("unattributed_quotes");
  w.Int(sc.unattributed_quotes);
  w.Key("vague_share");
  w.Double(Round(sc.vague_share));
  w.Close('}');
  w.Key("sources");
  w.Open('[');
  for (const auto& src : r.sources) {
    w.Open('{');
    if (src.specificity) {
      w.Key("access_given");
      w.Bool(src.access_given);
    }
    w.Key("id");
    w.Int(src.id);
    w.Key("kind");
    w.Str(SourceKindName(src.kind));
    w.Key("mentions");
    w.Int(src.mentions);
    w.Key("name");
    w.Str(src.name);
    if (src.specificity) {
      w.Key("office_holder");
      w.Bool(src.office_holder);
    }
    w.Key("quotes");
    w.Int(src.quotes);
    if (src.specificity) {
      w.Key("reason_given");
      w.Bool(src.reason_given);
    }
    w.Key("role");
    w.StrOrNull(src.role);
    w.Key("roles");
    w.Strings(src.roles);
    w.Key("score");
    w.Double(Round(src.score));
    if (src.specificity) {
      w.Key("specificity");
      w.Str(SpecificityName(*src.specificity));
    }
    w.Key("transparency");
    w.Str("T" + std::to_string(src.level));
    w.Close('}');
  }
  w.Close(']');
  if (!r.stage_seconds.empty()) {
    w.Key("stats");
    w.Open('{');
    for (const auto& [stage, seconds] : r.stage_seconds) {  // a std::map: sorted
      w.Key(stage);
      w.Double(seconds);
    }
    w.Close('}');
  }
  w.Close('}');
}

// `value.dump(indent)` nested `level` levels deep: dump() escapes a line
// break inside a string, so every line break it writes is its own.
void WriteNested(std::ostream& out, const json& value, int indent, int level) {
  std::string text = DumpJson(value, indent);
  if (indent > 0 && level > 0) {
    const std::string br = "\n" + std::string(static_cast<size_t>(indent * level), ' ');
    size_t at = 0;
    while ((at = text.find('\n', at)) != std::string::npos) {
      text.replace(at, 1, br);
      at += br.size();
    }
  }
  out << text;
}

}  // namespace

std::string DumpJson(const json& value, int indent) {
  return value.dump(indent, ' ', false, json::error_handler_t::replace);
}

std::string AuditToJsonLine(const AuditResult& r) {
  // A string that is not valid UTF-8 (a file name): the slower tree, which
  // replaces each invalid sequence.
  if (!StringsValid(r)) return DumpJson(AuditToJson(r));
  std::string out;
  out.reserve(4096);
  JsonWriter w(&out, nullptr, -1, 0);
  WriteAudit(w, r);
  return out;
}

void WriteAuditJson(std::ostream& out, const AuditResult& r, int indent, int level) {
  if (!StringsValid(r)) {
    WriteNested(out, AuditToJson(r), indent, level);
    return;
  }
  // One buffer per thread for every report it writes: a fresh one of this
  // size for each article was an allocation large enough to make malloc
  // sweep its free lists every time.
  thread_local std::string buffer;
  buffer.clear();
  buffer.reserve(JsonWriter::kFlushBytes + 4096);
  JsonWriter w(&buffer, &out, indent, level);
  WriteAudit(w, r);
  w.Flush();
}

JsonReportStream::JsonReportStream(std::ostream& out, int indent) : out_(out), indent_(indent) {}

JsonReportStream::~JsonReportStream() = default;

void JsonReportStream::Add(AuditResult result) { Add(Entry{std::move(result)}); }

void JsonReportStream::AddError(const std::string& file, std::optional<int> record, const Status& error) {
  Add(Entry{ErrorToJson(file, record, error)});
}

void JsonReportStream::Write(const Entry& entry, int level) {
  if (const auto* result = std::get_if<AuditResult>(&entry)) {
    WriteAuditJson(out_, *result, indent_, level);
  } else {
    WriteNested(out_, std::get<json>(entry), indent_, level);
  }
}

void JsonReportStream::Add(Entry entry) {
  // Not knowing yet whether an array follows, the first entry waits.
  if (count_ == 0) {
    held_ = std::move(entry);
  } else {
    const std::string indent(static_cast<size_t>(std::max(indent_, 0)), ' ');
    if (count_ == 1) {
      out_ << (indent_ < 0 ? "[" : "[\n") << indent;
      Write(*held_, 1);
      held_.reset();
    }
    out_ << (indent_ < 0 ? "," : ",\n") << indent;
    Write(entry, 1);
  }
  ++count_;
}

void JsonReportStream::Finish() {
  if (count_ == 0) {
    out_ << "[]";
  } else if (count_ == 1) {
    Write(*held_, 0);
    held_.reset();
  } else {
    out_ << (indent_ < 0 ? "]" : "\n]");
  }
  out_ << "\n";
  count_ = 0;
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

// The first `max` characters of a UTF-8 text and "…" when it is longer. It
// counts code points, not bytes (a Cyrillic or Greek quote gets as many
// letters as an English one), and keeps a combining mark with the letter
// before it.
std::string Shorten(const std::string& s, size_t max) {
  const int32_t length = static_cast<int32_t>(s.size());
  int32_t i = 0;
  size_t characters = 0;
  while (i < length && characters < max) {
    UChar32 c;
    U8_NEXT(s.data(), i, length, c);
    ++characters;
  }
  // Marks that combine with the last character kept stay with it.
  while (i < length) {
    int32_t next = i;
    UChar32 c;
    U8_NEXT(s.data(), next, length, c);
    if (c < 0 || (U_GET_GC_MASK(c) & (U_GC_MN_MASK | U_GC_ME_MASK)) == 0) break;
    i = next;
  }
  if (i >= length) return s;
  return s.substr(0, static_cast<size_t>(i)) + "…";
}

// Text from the article (or its file name) as the text report shows it: a
// line break becomes a space, so that a field stays on its line, and control
// characters and broken UTF-8 are written as \xNN (PrintableText), so that an
// escape sequence in a scraped page never reaches the reader's terminal.
std::string Shown(std::string_view s) {
  std::string one_line(s);
  std::replace_if(one_line.begin(), one_line.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
  return PrintableText(one_line);
}

}  // namespace

std::string AuditToText(const AuditResult& r, const TextReportOptions& options) {
  std::string out;
  std::string where = Shown(r.file) + (r.record ? fmt::format(" (record {})", *r.record) : "");
  out += fmt::format("{}  [{}; {}]\n", where, r.language, Counted(r.words, "word", "words"));
  if (r.metadata.title) out += fmt::format("  title: {}\n", Shown(*r.metadata.title));
  const ArticleScore& s = r.score;
  // Undefined values (nothing scored, no attribution) are "n/a", never 0.
  auto share = [&](double v) { return s.has_shares() ? fmt::format("{:.0f}%", v * 100) : std::string("n/a"); };
  // Attributions whose source could not be resolved (T0: "He said no." with
  // no one for "he" to refer to) are in no share; say where they went, so
  // that the shares are not read as summing to the whole.
  std::string unresolved =
      s.no_source > 0 && s.has_shares()
          ? fmt::format("  no source {:.0f}%", 100.0 * s.no_source / static_cast<double>(s.attributions))
          : std::string();
  out += fmt::format("  transparency index {}  named {}  anonymous {}  vague {}{}  unattributed quotes {}\n",
                     s.has_transparency_index() ? fmt::format("{:.2f}", s.transparency_index) : "n/a",
                     share(s.named_share), share(s.anonymous_share), share(s.vague_share), unresolved,
                     s.unattributed_quotes);
  // What the clean stage left out is not silent: 40,000 copies of one
  // paragraph audited as 17 words should say why.
  // A Markdown table's header row and its rows of figures (`markdown.table`)
  // are the draft's own content, left out of the prose only: said apart,
  // never counted as scraped noise.
  const auto table_rows = static_cast<size_t>(
      std::count_if(r.masked.begin(), r.masked.end(), [](const MaskedSpan& m) { return m.rule == "markdown.table"; }));
  if (r.masked.size() > table_rows) {
    out += fmt::format("  scraped noise left out: {} (`onrecord clean` shows them)\n",
                       Counted(r.masked.size() - table_rows, "passage", "passages"));
  }
  if (table_rows > 0) {
    out += fmt::format("  table rows read as figures, not prose: {} (`onrecord clean` shows them)\n", table_rows);
  }
  out += "\nSources\n";
  if (r.sources.empty()) out += "  (none)\n";
  for (const auto& src : r.sources) {
    std::string detail = SourceKindName(src.kind);
    if (src.specificity) {
      if (src.kind == SourceKind::kAnonymous) detail += std::string(", ") + SpecificityName(*src.specificity);
      // An office-holder ("the mayor") was granted no anonymity, so it owes no reason for it.
      detail += src.office_holder ? ", office-holder, not named"
                                  : src.reason_given ? ", reason given" : ", no reason given";
    }
    out += fmt::format("  T{} {}  ({}; {}, {})\n", src.level, Shown(src.name), detail,
                       Counted(src.attributions, "attribution", "attributions"),
                       Counted(src.quotes, "quote", "quotes"));
    for (const auto& role : src.roles) out += fmt::format("       role: {}\n", Shown(role));
  }
  out += "\nQuotes\n";
  size_t speech = 0;
  for (const auto& q : r.quotes) {
    if (!q.speech()) continue;
    ++speech;
    std::string speaker = q.speaker;
    if (speaker.empty()) {
      const Source* outer = q.inside_quote_of > 0 ? r.FindSource(q.inside_quote_of) : nullptr;
      speaker = outer      ? "(inside a quote of " + outer->name + ")"
                : q.nested ? "(inside a quote with no speaker)"
                           : "UNATTRIBUTED";
    } else if (q.own_words) {
      speaker += " (the writer's own words, not counted)";
    }
    out += fmt::format("  {}:{}  “{}”\n        — {}{}  [{}]\n", q.location.line, q.location.column,
                       Shown(Shorten(q.text, 100)), Shown(speaker),
                       CueForDisplay(q.cue).empty() ? "" : " (" + Shown(CueForDisplay(q.cue)) + ")", QuoteKindName(q.kind));
  }
  if (speech == 0) out += "  (none)\n";
  size_t other = r.quotes.size() - speech;
  if (other > 0) {
    out += fmt::format("  ({} not counted)\n",
                       Counted(other, "scare quote or title", "scare quotes or titles"));
  }
  out += "\nAnonymous sources\n";
  if (r.anonymous_sources.empty()) out += "  (none)\n";
  for (const auto& a : r.anonymous_sources) {
    out += fmt::format("  {}:{}  {}  [{}{}{}]\n", a.location.line, a.location.column, Shown(a.phrase),
                       SpecificityName(a.specificity),
                       a.office_holder  ? ", office-holder"
                       : a.reason_given ? ", reason given"
                                        : ", no reason",
                       a.anaphoric ? ", refers back" : "");
  }
  if (options.explain) {
    out += "\nAttributions\n";
    for (const auto& at : r.attributions) {
      const Source* src = r.FindSource(at.source_id);
      int line = at.cue ? at.cue->location.line : (!at.content.empty() ? at.content[0].location.line : 0);
      // An uncounted attribution keeps its source's level; the line says
      // that it counts nowhere.
      out += fmt::format("  line {}  T{} {}  {} {} {}{}\n", line, at.level, LevelScoreText(at.score),
                         Shown(at.source ? at.source->text : (src ? "(" + src->name + ")" : "(no source)")),
                         Shown(ShownCue(at, "(no cue)")), AttributionKindName(at.kind), at.counted ? "" : "  (not counted)");
      for (const auto& why : at.reasons) out += fmt::format("        because: {}\n", Shown(why));
    }
  }
  out += "\nFindings\n";
  if (r.findings.empty()) out += "  (none)\n";
  for (const auto& f : r.findings) {
    out += fmt::format("  {}:{}  {}  {}  {}\n", f.location.line, f.location.column, SeverityName(f.level),
                       f.rule, Shown(f.message));
  }
  return out;
}

}  // namespace onrecord
