// onrecord/audit-1 JSON -> AuditResult (see onrecord/audit_json_reader.h).
#include "onrecord/audit_json_reader.h"
#include "json_error.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

#include "onrecord/text.h"

namespace onrecord {

namespace {

using nlohmann::json;

// A step of the way to a value: an object's key, or an array's index.
struct Step {
  std::string key;
  int index = -1;
};

// A field of the wrong type or value: the message names the field, `where`
// leads to it (an element's own problem: to the element), so that the error
// gives its column.
struct BadField : std::runtime_error {
  explicit BadField(const std::string& message, std::vector<Step> to = {})
      : std::runtime_error(message), where(std::move(to)) {}
  std::vector<Step> where;
};

BadField BadName(const char* name, const std::string& message) {
  return BadField(message, {Step{name}});
}

// The byte offset of the value that `where` leads to in the JSON `text` (as
// far as the text has it), for the column of an error. A small scanner: the
// text is known to be valid JSON.
size_t SkipWs(std::string_view s, size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
  return i;
}
size_t SkipString(std::string_view s, size_t i) {  // at the opening '"'
  for (++i; i < s.size() && s[i] != '"'; ++i) {
    if (s[i] == '\\') ++i;
  }
  return std::min(i + 1, s.size());
}
size_t SkipValue(std::string_view s, size_t i) {
  if (i >= s.size()) return i;
  if (s[i] == '"') return SkipString(s, i);
  if (s[i] == '{' || s[i] == '[') {
    int depth = 0;
    for (; i < s.size(); ++i) {
      if (s[i] == '"') {
        i = SkipString(s, i) - 1;
      } else if (s[i] == '{' || s[i] == '[') {
        ++depth;
      } else if ((s[i] == '}' || s[i] == ']') && --depth == 0) {
        return i + 1;
      }
    }
    return i;
  }
  while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ']') ++i;
  return i;
}
size_t ValueOffset(std::string_view s, const std::vector<Step>& where) {
  size_t at = SkipWs(s, 0);
  for (const Step& step : where) {
    if (at >= s.size()) return at;
    size_t i = SkipWs(s, at + 1);
    if (step.index >= 0) {
      if (s[at] != '[') return at;
      for (int k = 0; k < step.index && i < s.size() && s[i] != ']'; ++k) {
        i = SkipWs(s, SkipValue(s, i));
        if (i < s.size() && s[i] == ',') i = SkipWs(s, i + 1);
      }
      if (i >= s.size() || s[i] == ']') return at;
      at = i;
      continue;
    }
    if (s[at] != '{') return at;
    std::optional<size_t> found;
    while (i < s.size() && s[i] == '"') {
      size_t end = SkipString(s, i);
      std::string key;
      try {
        key = nlohmann::json::parse(s.substr(i, end - i)).get<std::string>();
      } catch (const nlohmann::json::exception&) {
      }
      i = SkipWs(s, end);
      if (i < s.size() && s[i] == ':') i = SkipWs(s, i + 1);
      if (key == step.key) found = i;  // the last of duplicate keys, as the parser keeps
      i = SkipWs(s, SkipValue(s, i));
      if (i < s.size() && s[i] == ',') i = SkipWs(s, i + 1);
    }
    if (!found) return at;
    at = *found;
  }
  return at;
}

const json* Field(const json& j, const char* name) {
  auto it = j.find(name);
  if (it == j.end() || it->is_null()) return nullptr;
  return &*it;
}

std::string Str(const json& j, const char* name, const std::string& fallback = {}) {
  const json* v = Field(j, name);
  if (!v) return fallback;
  if (!v->is_string()) throw BadName(name, std::string("\"") + name + "\" must be a string");
  return v->get<std::string>();
}

std::optional<std::string> OptStr(const json& j, const char* name) {
  if (!Field(j, name)) return std::nullopt;
  return Str(j, name);
}

int64_t Int(const json& j, const char* name, int64_t fallback = 0) {
  const json* v = Field(j, name);
  if (!v) return fallback;
  if (!v->is_number_integer()) throw BadName(name, std::string("\"") + name + "\" must be an integer");
  return v->get<int64_t>();
}

double Num(const json& j, const char* name) {
  const json* v = Field(j, name);
  if (!v) return 0.0;
  if (!v->is_number()) throw BadName(name, std::string("\"") + name + "\" must be a number");
  return v->get<double>();
}

bool Bool(const json& j, const char* name) {
  const json* v = Field(j, name);
  if (!v) return false;
  if (!v->is_boolean()) throw BadName(name, std::string("\"") + name + "\" must be true or false");
  return v->get<bool>();
}

const json& Array(const json& j, const char* name) {
  static const json kEmpty = json::array();
  const json* v = Field(j, name);
  if (!v) return kEmpty;
  if (!v->is_array()) throw BadName(name, std::string("\"") + name + "\" must be an array");
  return *v;
}

int Level(const json& j, const char* name) {
  std::string t = Str(j, name, "T0");
  if (t.size() != 2 || t[0] != 'T' || t[1] < '0' || t[1] > '5') {
    throw BadName(name, std::string("\"") + name + "\" must be T0..T5, not \"" + t + "\"");
  }
  return t[1] - '0';
}

template <typename E>
E Enum(const json& j, const char* name, E fallback, const char* (*to_name)(E),
       std::initializer_list<E> values) {
  const json* v = Field(j, name);
  if (!v) return fallback;
  std::string s = Str(j, name);
  for (E e : values) {
    if (s == to_name(e)) return e;
  }
  throw BadName(name, std::string("\"") + name + "\" has an unknown value \"" + s + "\"");
}

SourceKind Kind(const json& j, const char* name) {
  return Enum(j, name, SourceKind::kUnattributed, SourceKindName,
              {SourceKind::kNamed, SourceKind::kDescribed, SourceKind::kAnonymous,
               SourceKind::kOrganization, SourceKind::kDocument, SourceKind::kUnattributed});
}

Specificity Spec(const json& j) {
  return Enum(j, "specificity", Specificity::kVague, SpecificityName,
              {Specificity::kVague, Specificity::kDescribed});
}

Location Loc(const json& j) {
  Location l;
  l.begin = static_cast<size_t>(Int(j, "begin"));
  l.end = static_cast<size_t>(Int(j, "end"));
  l.line = static_cast<int>(Int(j, "line"));
  l.column = static_cast<int>(Int(j, "column"));
  return l;
}

std::optional<TextRef> Ref(const json& j, const char* name) {
  const json* v = Field(j, name);
  if (!v) return std::nullopt;
  if (!v->is_object()) throw BadName(name, std::string("\"") + name + "\" must be an object");
  return TextRef{Loc(*v), Str(*v, "text")};
}

const json& Object(const json& j, const char* name) {
  static const json kEmpty = json::object();
  const json* v = Field(j, name);
  if (!v) return kEmpty;
  if (!v->is_object()) throw BadName(name, std::string("\"") + name + "\" must be an object");
  return *v;
}

// Calls `fn` on each element of the list `list`, after checking that it is
// an object with the fields the contract always writes (`required`): a
// missing field is an error, never a default (an attribution without its
// transparency would be stored as T0). Errors name the element
// ("attributions[0]: …") and lead to it.
template <typename Fn>
void Each(const json& j, const char* list, std::initializer_list<const char*> required, const char* what,
          Fn fn) {
  const json& items = Array(j, list);
  for (size_t i = 0; i < items.size(); ++i) {
    const json& e = items[i];
    try {
      if (!e.is_object()) throw BadField(std::string("must be an object (") + what + ")");
      for (const char* name : required) {
        if (!Field(e, name)) throw BadField(std::string("\"") + name + "\" is missing (" + what + ")");
      }
      fn(e);
    } catch (const BadField& bad) {
      std::vector<Step> where{Step{list}, Step{"", static_cast<int>(i)}};
      where.insert(where.end(), bad.where.begin(), bad.where.end());
      throw BadField(std::string(list) + "[" + std::to_string(i) + "]: " + bad.what(), std::move(where));
    }
  }
}

// A score in [0, 1].
double Score(const json& j, const char* name) {
  const double v = Num(j, name);
  if (!(v >= 0.0 && v <= 1.0)) throw BadName(name, std::string("\"") + name + "\" must be between 0 and 1");
  return v;
}

AuditResult Read(const json& j) {
  AuditResult r;
  r.file = Str(j, "file");
  if (Field(j, "record")) r.record = static_cast<int>(Int(j, "record"));
  r.language = Str(j, "language");
  const json& m = Object(j, "metadata");
  r.metadata.id = OptStr(m, "id");
  r.metadata.outlet = OptStr(m, "outlet");
  r.metadata.url = OptStr(m, "url");
  r.metadata.title = OptStr(m, "title");
  r.metadata.published = OptStr(m, "published");
  r.metadata.author = OptStr(m, "author");
  r.metadata.dateline_wire = OptStr(m, "dateline_wire");
  if (Field(m, "wire")) r.metadata.wire = Bool(m, "wire");
  r.words = static_cast<size_t>(Int(m, "words"));
  r.sha256 = Str(m, "sha256");
  r.tool_version = Str(m, "tool_version");
  r.rules_hash = Str(m, "rules_hash");
  Each(j, "quotes", {"text", "kind", "speaker_kind"},
       "a quote has text, kind (direct, partial, scare, title) and speaker_kind", [&](const json& q) {
    Quote out;
    out.text = Str(q, "text");
    out.location = Loc(q);
    out.kind = Enum(q, "kind", QuoteKind::kDirect, QuoteKindName,
                    {QuoteKind::kDirect, QuoteKind::kPartial, QuoteKind::kScare, QuoteKind::kTitle});
    out.speaker = Str(q, "speaker");
    out.source_id = static_cast<int>(Int(q, "source_id", -1));
    out.speaker_kind = Kind(q, "speaker_kind");
    out.cue = Str(q, "cue");
    out.in_headline = Bool(q, "in_headline");
    out.inside_quote_of = static_cast<int>(Int(q, "inside_quote_of", -1));
    out.nested = Bool(q, "nested");
    r.quotes.push_back(std::move(out));
  });
  Each(j, "attributions", {"kind", "transparency", "score", "content"},
       "an attribution has kind (direct, indirect, mixed), transparency (T0..T5), score and content",
       [&](const json& a) {
    Attribution out;
    out.source = Ref(a, "source");
    out.cue = Ref(a, "cue");
    Each(a, "content", {"text"}, "a content segment has its text and place",
         [&](const json& c) { out.content.push_back(TextRef{Loc(c), Str(c, "text")}); });
    out.kind = Enum(a, "kind", AttributionKind::kIndirect, AttributionKindName,
                    {AttributionKind::kDirect, AttributionKind::kIndirect, AttributionKind::kMixed,
                     AttributionKind::kStance});
    out.source_id = static_cast<int>(Int(a, "source_id", -1));
    out.level = Level(a, "transparency");
    out.score = Score(a, "score");
    out.cue_tone = Enum(a, "cue_tone", CueTone::kNeutral, CueToneName,
                        {CueTone::kNeutral, CueTone::kLoaded, CueTone::kNonSpeech});
    out.in_lede = Bool(a, "in_lede");
    out.counted = Field(a, "counted") == nullptr || Bool(a, "counted");  // older results lack it
    for (const auto& why : Array(a, "reasons")) {
      if (why.is_string()) out.reasons.push_back(why.get<std::string>());
    }
    r.attributions.push_back(std::move(out));
  });
  Each(j, "sources", {"id", "name", "kind", "transparency"},
       "a source has id, name, kind and transparency (T0..T5)", [&](const json& s) {
    Source out;
    out.id = static_cast<int>(Int(s, "id"));
    out.name = Str(s, "name");
    out.kind = Kind(s, "kind");
    out.role = Str(s, "role");
    for (const auto& role : Array(s, "roles")) {
      if (role.is_string()) out.roles.push_back(role.get<std::string>());
    }
    out.level = Level(s, "transparency");
    out.score = Score(s, "score");
    out.mentions = static_cast<int>(Int(s, "mentions"));
    out.quotes = static_cast<int>(Int(s, "quotes"));
    if (Field(s, "specificity")) {
      out.specificity = Spec(s);
      out.reason_given = Bool(s, "reason_given");
      out.access_given = Bool(s, "access_given");
      out.office_holder = Bool(s, "office_holder");
    }
    r.sources.push_back(std::move(out));
  });
  Each(j, "anonymous_sources", {"phrase", "specificity"},
       "an anonymous source has phrase and specificity (vague, described)", [&](const json& a) {
    AnonymousSource out;
    out.phrase = Str(a, "phrase");
    out.location = Loc(a);
    out.specificity = Spec(a);
    out.reason_given = Bool(a, "reason_given");
    out.access_given = Bool(a, "access_given");
    out.anaphoric = Bool(a, "anaphoric");
    out.office_holder = Bool(a, "office_holder");
    out.source_id = static_cast<int>(Int(a, "source_id", -1));
    r.anonymous_sources.push_back(std::move(out));
  });
  Each(j, "findings", {"rule", "level", "message"},
       "a finding has rule, level (suggestion, warning, error) and message", [&](const json& f) {
    Finding out;
    out.rule = Str(f, "rule");
    std::string level = Str(f, "level", "suggestion");
    auto sev = ParseSeverity(level);
    if (!sev) throw BadName("level", "\"level\" has an unknown value \"" + level + "\"");
    out.level = *sev;
    out.message = Str(f, "message");
    out.location = Loc(f);
    out.link = Str(f, "link");
    out.suppressed = OptStr(f, "suppressed");
    r.findings.push_back(std::move(out));
  });
  const json& s = Object(j, "score");
  r.score.transparency_index = Num(s, "transparency_index");
  r.score.named_share = Num(s, "named_share");
  r.score.anonymous_share = Num(s, "anonymous_share");
  r.score.vague_share = Num(s, "vague_share");
  r.score.anonymity_explained = Num(s, "anonymity_explained");
  r.score.unattributed_quotes = static_cast<int>(Int(s, "unattributed_quotes"));
  r.score.distinct_sources = static_cast<int>(Int(s, "distinct_sources"));
  r.score.fully_identified_sources = static_cast<int>(Int(s, "fully_identified_sources"));
  r.score.loaded_cue_rate = Num(s, "loaded_cue_rate");
  r.score.outreach = Bool(s, "outreach");
  r.score.attributions =
      static_cast<int>(Int(s, "attributions", static_cast<int64_t>(r.attributions.size())));
  // (Absent in results written before the field existed: no count known.)
  if (s.contains("no_source_share")) {
    r.score.no_source = static_cast<int>(std::lround(Num(s, "no_source_share") * r.score.attributions));
  }
  return r;
}

// The fields the onrecord/audit-1 contract (design §3, docs/output.md)
// promises in every result: a record without them is not a result (a
// hand-written or truncated line would otherwise be stored as an empty
// article with a transparency index of 0). Returns the missing ones, each
// as its path ("metadata.sha256"), in the contract's order.
std::vector<std::string> MissingRequired(const json& j) {
  enum Type { kString, kInteger, kNumberOrNull, kArray, kObject };
  auto has = [](const json& o, const char* name, Type type) {
    auto it = o.find(name);
    if (it == o.end()) return false;
    switch (type) {
      case kString: return it->is_string();
      case kInteger: return it->is_number_integer();
      case kNumberOrNull: return it->is_number() || it->is_null();
      case kArray: return it->is_array();
      case kObject: return it->is_object();
    }
    return false;
  };
  std::vector<std::string> missing;
  auto need = [&](const json& o, const std::string& prefix, const char* name, Type type) {
    if (!has(o, name, type)) missing.push_back(prefix + name);
  };
  need(j, "", "file", kString);
  need(j, "", "language", kString);
  need(j, "", "metadata", kObject);
  if (has(j, "metadata", kObject)) {
    const json& m = j["metadata"];
    need(m, "metadata.", "words", kInteger);
    need(m, "metadata.", "sha256", kString);
    need(m, "metadata.", "tool_version", kString);
    need(m, "metadata.", "rules_hash", kString);
  }
  for (const char* list : {"quotes", "attributions", "sources", "anonymous_sources", "findings"}) {
    need(j, "", list, kArray);
  }
  need(j, "", "score", kObject);
  if (has(j, "score", kObject)) {
    const json& sc = j["score"];
    need(sc, "score.", "transparency_index", kNumberOrNull);
    need(sc, "score.", "named_share", kNumberOrNull);
    need(sc, "score.", "anonymous_share", kNumberOrNull);
    need(sc, "score.", "unattributed_quotes", kInteger);
  }
  return missing;
}


Result<AuditResult> FromJson(const json& j, const std::string& path, int line, std::string_view text) {
  if (!j.is_object()) return Status::Error("an audit result must be a JSON object", path, line, 1);
  auto schema = j.find("schema");
  if (schema == j.end() || !schema->is_string() || *schema != "onrecord/audit-1") {
    return Status::Error("not an onrecord/audit-1 result (\"schema\" is missing or different)", path,
                         line, 1);
  }
  if (const json* err = Field(j, "error")) {
    std::string where = j.value("file", std::string("?"));
    if (const json* rec = Field(j, "record"); rec && rec->is_number_integer()) {
      where += " record " + std::to_string(rec->get<int>());
    }
    std::string message = err->is_object() ? err->value("message", std::string("error")) : "error";
    return Status::Error(where + " could not be audited: " + message, path, line, 1);
  }
  if (auto missing = MissingRequired(j); !missing.empty()) {
    std::string list;
    for (size_t i = 0; i < missing.size() && i < 6; ++i) list += (i ? ", \"" : "\"") + missing[i] + "\"";
    if (missing.size() > 6) list += ", …";
    return Status::Error("not a complete onrecord/audit-1 result: " + list +
                             (missing.size() == 1 ? " is" : " are") +
                             " missing or of the wrong type (docs/output.md lists the fields every result has)",
                         path, line, 1);
  }
  try {
    return Read(j);
  } catch (const BadField& e) {
    // The column of the value at fault, when the line's text is known.
    int column = 1;
    if (!text.empty()) {
      column = static_cast<int>(CountCodePoints(text.substr(0, ValueOffset(text, e.where)))) + 1;
    }
    return Status::Error(e.what(), path, line, column);
  } catch (const json::exception& e) {
    return Status::Error(std::string("malformed result: ") + e.what(), path, line, 1);
  }
}

}  // namespace

Result<AuditResult> AuditFromJson(const json& j, const std::string& path, int line) {
  return FromJson(j, path, line, {});
}

Result<AuditResult> ParseAuditJsonLine(std::string_view text, const std::string& path, int line) {
  json j;
  try {
    j = json::parse(text);
  } catch (const json::parse_error& e) {
    size_t byte = JsonErrorOffset(e, text);
    int column = static_cast<int>(CountCodePoints(text.substr(0, byte))) + 1;
    std::string msg = e.what();
    size_t at = msg.find("syntax error");
    if (at != std::string::npos) msg = msg.substr(at);
    return Status::Error("invalid JSON: " + msg, path, line, column);
  }
  return FromJson(j, path, line, text);
}

}  // namespace onrecord
