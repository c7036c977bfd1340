// The pipeline (design §2): extract, normalize, language, clean, segment,
// quotes, attribute, score, then every span located in the source.
#include "onrecord/audit.h"

#include <chrono>

#include "analysis.h"
#include "findings.h"
#include "metadata_fields.h"
#include "sha256.h"

namespace onrecord {

const char* SourceKindName(SourceKind k) {
  switch (k) {
    case SourceKind::kNamed: return "named";
    case SourceKind::kDescribed: return "described";
    case SourceKind::kAnonymous: return "anonymous";
    case SourceKind::kOrganization: return "organization";
    case SourceKind::kDocument: return "document";
    case SourceKind::kUnattributed: return "unattributed";
  }
  return "unattributed";
}

const char* QuoteKindName(QuoteKind k) {
  switch (k) {
    case QuoteKind::kDirect: return "direct";
    case QuoteKind::kPartial: return "partial";
    case QuoteKind::kScare: return "scare";
    case QuoteKind::kTitle: return "title";
  }
  return "direct";
}

const char* AttributionKindName(AttributionKind k) {
  switch (k) {
    case AttributionKind::kDirect: return "direct";
    case AttributionKind::kIndirect: return "indirect";
    case AttributionKind::kMixed: return "mixed";
    case AttributionKind::kStance: return "stance";
  }
  return "indirect";
}

const char* SpecificityName(Specificity s) {
  return s == Specificity::kDescribed ? "described" : "vague";
}

const char* CueToneName(CueTone t) {
  switch (t) {
    case CueTone::kNeutral: return "neutral";
    case CueTone::kLoaded: return "loaded";
    case CueTone::kNonSpeech: return "non-speech";
  }
  return "neutral";
}

const char* ToolVersion() { return ONRECORD_VERSION; }

const Source* AuditResult::FindSource(int id) const {
  if (id <= 0 || static_cast<size_t>(id) > sources.size()) return nullptr;
  return &sources[static_cast<size_t>(id) - 1];
}

Locator::Locator(const Analysis& a, const Document& doc) : a_(a), lines_(doc.source) {}

Location Locator::Locate(Span span) const {
  Location l;
  l.span = span;
  Span s = span;
  for (const auto& m : a_.norm_maps) s = m.ToBase(s);
  s = a_.extracted.map.ToBase(s);
  if (s.end < s.begin) s.end = s.begin;
  l.begin = s.begin;
  l.end = s.end;
  auto pos = lines_.At(s.begin);
  l.line = pos.line;
  l.column = pos.column;
  return l;
}

namespace {

// A declared language tag as a pack name: "fr" from "fr-CA", "FR" or
// " fr_FR "; empty for a tag that names no language ("und", "mul", "zxx",
// a private "x-…" tag, anything that is not 2 or 3 letters).
std::string PrimaryLanguage(std::string_view tag) {
  while (!tag.empty() && (tag.front() == ' ' || tag.front() == '\t')) tag.remove_prefix(1);
  while (!tag.empty() && (tag.back() == ' ' || tag.back() == '\t')) tag.remove_suffix(1);
  tag = tag.substr(0, tag.find_first_of("-_"));
  if (tag.size() < 2 || tag.size() > 3) return {};
  std::string out;
  for (char c : tag) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c < 'a' || c > 'z') return {};
    out += c;
  }
  if (out == "und" || out == "mul" || out == "zxx" || out == "mis") return {};
  return out;
}

// UTF-8 text that was decoded as windows-1252 (or Latin-1) somewhere
// upstream and saved again as UTF-8 ("SÃ©golÃ¨ne", "FranÃ§ois", "itâ€™s"):
// each of its accented letters is "Ã" or "Â" followed by the character the
// windows-1252 byte of a UTF-8 continuation (0x80-0xBF) stands for, and
// "’" and "—" are "â€" and one more. Returns the byte offset of the first
// such pair when they are at least half of the "Ã"/"Â" in the text (a
// Portuguese "SÃO" is no pair), else npos. O(size).
size_t MojibakeAt(std::string_view s) {
  // The characters windows-1252 gives bytes 0x80-0x9F (UTF-8), besides the
  // C1 controls it leaves undefined, and the Latin-1 range U+00A0-U+00BF.
  static constexpr std::string_view kCp1252High[] = {
      "\u20AC", "\u201A", "\u0192", "\u201E", "\u2026", "\u2020", "\u2021", "\u02C6", "\u2030",
      "\u0160", "\u2039", "\u0152", "\u017D", "\u2018", "\u2019", "\u201C", "\u201D", "\u2022",
      "\u2013", "\u2014", "\u02DC", "\u2122", "\u0161", "\u203A", "\u0153", "\u017E", "\u0178"};
  auto continuation_at = [&](size_t i) {
    if (i + 1 < s.size() && static_cast<unsigned char>(s[i]) == 0xC2) {
      const auto c = static_cast<unsigned char>(s[i + 1]);
      return c >= 0x80 && c <= 0xBF;  // C1 controls and U+00A0-U+00BF
    }
    for (std::string_view m : kCp1252High) {
      if (s.compare(i, m.size(), m) == 0) return true;
    }
    return false;
  };
  size_t leads = 0, pairs = 0, first = std::string_view::npos;
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    if (static_cast<unsigned char>(s[i]) != 0xC3) continue;
    const auto c = static_cast<unsigned char>(s[i + 1]);
    if (c != 0x83 && c != 0x82 && c != 0xA2) continue;  // Ã Â â
    const bool euro = c == 0xA2;                        // "â€" opens a three-byte character
    if (euro) {
      if (s.compare(i + 2, 3, "\u20AC") != 0) continue;
      ++leads;
      ++pairs;
    } else {
      ++leads;
      if (!continuation_at(i + 2)) continue;
      ++pairs;
    }
    if (first == std::string_view::npos) first = i;
  }
  return pairs > 0 && 2 * pairs >= leads ? first : std::string_view::npos;
}

size_t CountWords(const Analysis& a) {
  size_t n = 0;
  for (const auto& t : a.tokens) {
    if (t.type != TokenType::kPunct) ++n;
  }
  return n;
}

}  // namespace

Result<std::string> RequestedLanguage(const std::string& language, const RuleSet& rules) {
  std::string given = PrimaryLanguage(language);  // "fr-FR" is fr, not the fallback pack
  if (given.empty()) given = language;
  // A language asked for by name must have rules: "german" or "xx" would
  // silently be read with the English pack.
  if (!rules.HasLanguage(given)) {
    std::string known;
    for (const auto& l : rules.Languages()) known += (known.empty() ? "" : ", ") + l;
    return Status::Error("unknown language '" + language + "': the rules have " + known +
                         " (leave the language out to detect it)");
  }
  return given;
}

const std::vector<std::string>& PipelineStages() {
  static const std::vector<std::string> kStages = {"extract", "normalize", "language", "rules",  "clean",
                                                   "segment", "quotes",    "attribute", "score", "report"};
  return kStages;
}

Result<AuditResult> Audit(const Document& document, const RuleSet& rules, const AuditOptions& options) {
  using Clock = std::chrono::steady_clock;
  AuditResult r;
  r.file = document.path;
  r.record = document.record;
  r.metadata = document.metadata;
  r.tool_version = ToolVersion();
  r.rules_hash = rules.hash();
  Document doc = document;  // the clean stage may add a dateline to the metadata
  Analysis a;
  a.document = &doc;
  auto t0 = Clock::now();
  auto lap = [&](const char* stage) {
    if (!options.timing) return;
    auto now = Clock::now();
    r.stage_seconds[stage] += std::chrono::duration<double>(now - t0).count();
    t0 = now;
  };
  a.extracted = Extract(doc);
  if (doc.format == InputFormat::kHtml) {
    // What the page says about itself, read in the extract stage's one
    // parse; metadata the input gave (a record, an ingest table) wins.
    Metadata& m = doc.metadata;
    const Metadata& found = a.extracted.metadata;
    if (!m.title) m.title = found.title;
    if (!m.author) m.author = found.author;
    if (!m.published) m.published = found.published;
    if (!m.outlet) m.outlet = found.outlet;
    if (!m.url) m.url = found.url;
    if (!m.language) m.language = found.language;  // <html lang>
  }
  lap("extract");
  Normalize(a);
  lap("normalize");
  // --language (or the check config), else the language the input declares
  // (a JSON record's `language`, an ingest table's column, <html lang>),
  // else detected from the text.
  if (!options.language.empty()) {
    auto given = RequestedLanguage(options.language, rules);
    if (!given.ok()) return given.status();
    a.language = std::move(given).value();
  } else if (std::string declared = PrimaryLanguage(doc.metadata.language.value_or(""));
             !declared.empty()) {
    // The declared language is used; a text that reads as another language
    // (sure enough that CLD2 calls it reliable) is a finding, so that a
    // record labelled "en" holding a German article is not misread silently.
    bool reliable = false;
    const std::string detected = DetectLanguage(a.text, &reliable);
    if (reliable && detected != declared) {
      Finding f;
      f.rule = "input.language-mismatch";
      f.level = Severity::kWarning;
      f.message = "the article declares the language '" + declared + "' but its text reads as '" + detected +
                  "'; the '" + declared + "' rules were used (--language picks a pack)";
      f.location.begin = f.location.end = 0;
      r.findings.push_back(f);
    }
    a.language = std::move(declared);
  } else {
    bool reliable = true;
    a.language = DetectLanguage(a.text, &reliable);
    // A draft of a line or two: CLD2 is unsure ("„Ja“, sagte er." came out
    // Danish, "“Vamos,” said Pedro." Portuguese), so the language whose
    // rules know most of its everyday words decides, the detector's answer
    // winning a tie.
    if (!reliable) {
      std::string by_words = rules.LanguageByListWords(NarrationSample(a.text), a.language);
      if (!by_words.empty()) a.language = std::move(by_words);
    }
  }
  r.language = a.language;
  // A declared or detected language the rules have no pack for: as with
  // --language (an error there), its text is not read with another
  // language's pack, whose cues and names would misread it (every quote
  // unattributed, a transparency index of 0). Quotes, sources and scores are
  // left out (the index is n/a) and a finding says why.
  const bool without_rules = options.language.empty() && !rules.HasLanguage(a.language);
  lap("language");
  // The language's rules, compiled by the first article that needs them.
  a.pack = &rules.Pack(a.language);
  if (!a.pack->status.ok()) return a.pack->status;  // a pattern RE2 parsed but cannot compile
  lap("rules");
  Clean(a);
  lap("clean");
  Segment(a);
  lap("segment");
  if (!without_rules) FindQuotes(a);
  lap("quotes");
  if (!without_rules) Attribute(a, r);
  lap("attribute");
  if (without_rules) {
    std::string known;
    for (const auto& l : rules.Languages()) known += (known.empty() ? "" : ", ") + l;
    Finding f;
    f.rule = "input.language-without-rules";
    f.level = Severity::kWarning;
    f.message = "the article's language '" + a.language + "' (" +
                (PrimaryLanguage(doc.metadata.language.value_or("")).empty() ? "detected" : "declared") +
                ") has no rules (the rules have " + known +
                "): quotes and sources were not analysed and there is no score; --language picks a pack";
    r.findings.push_back(f);
  } else if (!a.sentences.empty()) {
    const ArticleFacts facts = ComputeFacts(a, r);
    ScoreArticle(a, r, facts);
    ApplyFindingRules(a, r, facts);
  }
  lap("score");
  // Input problems become findings.
  for (const auto& issue : doc.issues) {
    Finding f;
    f.rule = issue.rule;
    f.level = Severity::kWarning;
    f.message = issue.message;
    r.findings.push_back(f);
    r.findings.back().location.begin = issue.offset;
    r.findings.back().location.end = issue.offset;
  }
  // Mojibake: found, named and left as it is (the text is audited as
  // written; docs/input.md).
  if (size_t at = MojibakeAt(doc.source); at != std::string_view::npos) {
    Finding f;
    f.rule = "input.mojibake";
    f.level = Severity::kWarning;
    f.message =
        "the text looks like UTF-8 that was read as windows-1252 before it was saved (\u201c\u00c3\u00a9\u201d for "
        "\u201c\u00e9\u201d): names and quotes with accented letters may be misread; repair the source";
    r.findings.push_back(f);
    r.findings.back().location.begin = at;
    r.findings.back().location.end = at;
  }
  if (a.tokens.empty()) {
    Finding f;
    f.rule = "input.empty";
    f.level = Severity::kSuggestion;
    f.message = "no article text to audit";
    r.findings.push_back(f);
  }
  // Locate every span in the source.
  Locator loc(a, doc);
  const LineIndex& lines = loc.lines();
  // Reported texts are the extracted characters (entities decoded, markup
  // removed, but spaces and invisible characters as the author typed them).
  auto as_written = [&](Span s) {
    for (const auto& m : a.norm_maps) s = m.ToBase(s);
    if (s.end < s.begin || s.end > a.extracted.text.size()) return std::string();
    return a.extracted.text.substr(s.begin, s.end - s.begin);
  };
  for (auto& q : r.quotes) {
    q.text = as_written(q.location.span);
    q.location = loc.Locate(q.location.span);
  }
  for (auto& at : r.attributions) {
    if (at.source) {
      at.source->text = as_written(at.source->location.span);
      at.source->location = loc.Locate(at.source->location.span);
    }
    if (at.cue) {
      at.cue->text = as_written(at.cue->location.span);
      at.cue->location = loc.Locate(at.cue->location.span);
    }
    for (auto& c : at.content) {
      c.text = as_written(c.location.span);
      c.location = loc.Locate(c.location.span);
    }
  }
  for (auto& an : r.anonymous_sources) {
    an.phrase = as_written(an.location.span);
    an.location = loc.Locate(an.location.span);
  }
  for (auto& f : r.findings) {
    if (f.article_level) {
      f.location.begin = f.location.end = 0;
      f.location.line = 1;
      f.location.column = 1;
    } else if (f.rule.rfind("input.", 0) == 0) {
      auto pos = lines.At(f.location.begin);
      f.location.line = pos.line;
      f.location.column = pos.column;
    } else {
      f.location = loc.Locate(f.location.span);
    }
  }
  for (auto& m : a.masked) {
    MaskedSpan ms;
    ms.location = loc.Locate(m.location.span);
    ms.rule = m.rule;
    r.masked.push_back(ms);
  }
  std::stable_sort(r.findings.begin(), r.findings.end(), [](const Finding& x, const Finding& y) {
    if (x.location.begin != y.location.begin) return x.location.begin < y.location.begin;
    return x.rule < y.rule;
  });
  r.metadata = doc.metadata;
  if (!r.metadata.wire && r.metadata.dateline_wire) r.metadata.wire = true;
  // "By Ana Ruiz", "Par Jeanne Martin": from any input (a JSON record, front
  // matter, a metadata table, a page's meta), the author without the word
  // that introduces the byline.
  if (r.metadata.author) r.metadata.author = std::string(WithoutBylineWord(*r.metadata.author));
  r.words = CountWords(a);
  // No words, no language: an empty file's language was neither given nor
  // declared, and detecting it from nothing gave the default ("en"). It is
  // "und" (BCP 47: undetermined).
  if (r.words == 0 && options.language.empty() && PrimaryLanguage(doc.metadata.language.value_or("")).empty()) {
    r.language = "und";
  }
  r.sha256 = Sha256Hex(a.text);
  r.text = std::move(a.text);
  lap("report");
  return r;
}

}  // namespace onrecord
