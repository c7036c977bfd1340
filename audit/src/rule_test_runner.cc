// `onrecord rules test` and `rules show`: every rule's examples run against
// what the rule does; a rule printed with its lists resolved.
#include "onrecord/rule_test_runner.h"
#include "ascii.h"

#include <filesystem>
#include <sstream>

#include "onrecord/audit.h"
#include "onrecord/text.h"
#include "rule_pack.h"

namespace fs = std::filesystem;

namespace onrecord {

namespace {

std::vector<std::string> SplitWords(std::string_view s) {
  std::vector<std::string> out;
  std::istringstream in{std::string(s)};
  std::string w;
  while (in >> w) out.push_back(AsciiLower(w));
  return out;
}

// A cue of a separable verb reported with words between its parts: the
// entry "räumte ein" in the cue "räumte allerdings ein" (same first and last
// word, the entry's words in order).
bool SplitCueMatches(const std::vector<std::string>& entry, const std::vector<std::string>& words) {
  if (entry.size() < 2 || words.size() <= entry.size()) return false;
  if (entry.front() != words.front() || entry.back() != words.back()) return false;
  size_t k = 0;
  for (const auto& w : words) {
    if (k < entry.size() && w == entry[k]) ++k;
  }
  return k == entry.size();
}

std::string Canonical(const std::string& p) {
  std::error_code ec;
  fs::path c = fs::weakly_canonical(p, ec);
  return ec ? p : c.string();
}

bool UnderPrefix(const std::string& path, const std::string& prefix) {
  if (prefix.empty()) return true;
  std::string p = Canonical(path), q = Canonical(prefix);
  if (p == q) return true;
  if (!q.empty() && q.back() != '/') q += '/';
  return p.rfind(q, 0) == 0;
}

// The pack a rule's examples run in, and the language to audit them in.
std::string PackLanguage(const RuleSet& rules, const RuleInfo& info) {
  if (info.language != "any") return info.language;
  return rules.HasLanguage("en") ? "en" : "any";
}

Result<AuditResult> AuditExample(const RuleSet& rules, const RuleInfo& info, const std::string& text) {
  Document doc;
  doc.path = "example.txt";
  doc.source = text;
  doc.format = InputFormat::kText;
  AuditOptions opts;
  // An "any" rule's examples are English when there is an English pack.
  opts.language = info.language != "any" ? info.language : rules.HasLanguage("en") ? "en" : "";
  return Audit(doc, rules, opts);
}

std::string FindingIds(const AuditResult& r) {
  std::string out;
  for (const auto& f : r.findings) out += (out.empty() ? "" : ", ") + f.rule;
  return out.empty() ? "none" : out;
}

// Whether the example behaves as a flag (true) or a pass (false) example of
// the rule; `detail` says what was seen.
bool Flags(const RuleSet& rules, const RuleInfo& info, const std::string& example, std::string* detail) {
  const LanguagePack& pack = rules.Pack(PackLanguage(rules, info));
  if (info.kind == "phrase") {
    for (const auto& rule : pack.phrases) {
      if (rule.info->id != info.id) continue;
      std::vector<int> hits;
      if (!rule.patterns.set || !rule.patterns.set->Match(example, &hits)) continue;
      for (int h : hits) {
        const RE2& re = *rule.patterns.patterns[static_cast<size_t>(h)];
        re2::StringPiece m;
        size_t pos = 0;
        while (pos <= example.size() && re.Match(example, pos, example.size(), RE2::UNANCHORED, &m, 1)) {
          size_t mb = static_cast<size_t>(m.data() - example.data());
          size_t me = mb + m.size();
          pos = me > mb ? me : mb + 1;
          if (ExceptionOverlaps(rule.patterns.exceptions, example, mb, me)) continue;
          *detail = "matched “" + std::string(m.data(), m.size()) + "”";
          return true;
        }
      }
    }
    *detail = "no pattern matched";
    return false;
  }
  auto audited = AuditExample(rules, info, example);
  if (!audited.ok()) {
    *detail = "audit failed: " + audited.status().ToString();
    return false;
  }
  const AuditResult& r = *audited;
  if (info.kind == "boilerplate") {
    for (const auto& m : r.masked) {
      if (m.rule == info.id) {
        *detail = "masked “" + example.substr(m.location.begin, m.location.end - m.location.begin) + "”";
        return true;
      }
    }
    *detail = "nothing masked by this rule";
    return false;
  }
  if (info.kind == "cue") {
    std::vector<std::vector<std::string>> entries;
    for (const auto& c : pack.cues) {
      if (c.rule && c.rule->id == info.id) entries.push_back(c.words);
    }
    std::string cues;
    for (const auto& at : r.attributions) {
      if (!at.cue) continue;
      auto words = SplitWords(at.cue->text);
      cues += (cues.empty() ? "" : ", ") + at.cue->text;
      for (const auto& e : entries) {
        if (e == words || SplitCueMatches(e, words)) {
          *detail = "cue “" + at.cue->text + "”";
          return true;
        }
      }
    }
    *detail = "no cue of this rule (cues found: " + (cues.empty() ? std::string("none") : cues) + ")";
    return false;
  }
  for (const auto& f : r.findings) {
    if (f.rule == info.id) {
      *detail = "finding at " + std::to_string(f.location.line) + ":" + std::to_string(f.location.column);
      return true;
    }
  }
  *detail = "no finding " + info.id + " (findings: " + FindingIds(r) + ")";
  return false;
}

}  // namespace

RuleTestReport RunRuleExamples(const RuleSet& rules, std::string_view path_prefix) {
  RuleTestReport report;
  const std::string prefix(path_prefix);
  for (const RuleInfo& info : rules.rules()) {
    if (!UnderPrefix(info.path, prefix)) continue;
    ++report.rules;
    auto add = [&](bool flag, const std::string& example, bool ok, std::string detail) {
      RuleExampleResult res;
      res.rule = info.id;
      res.language = info.language;
      res.path = info.path;
      res.flag = flag;
      res.example = example;
      res.ok = ok;
      if (!ok) res.detail = std::move(detail);
      if (!ok) ++report.failures;
      report.results.push_back(std::move(res));
    };
    if (info.flag_examples.empty()) add(true, "", false, "the rule has no `flag:` example");
    if (info.pass_examples.empty()) add(false, "", false, "the rule has no `pass:` example");
    for (const auto& ex : info.flag_examples) {
      std::string detail;
      bool flagged = Flags(rules, info, ex, &detail);
      add(true, ex, flagged, "expected the rule to flag it, but " + detail);
    }
    for (const auto& ex : info.pass_examples) {
      std::string detail;
      bool flagged = Flags(rules, info, ex, &detail);
      add(false, ex, !flagged, "expected the rule to pass it, but " + detail);
    }
  }
  return report;
}

Result<std::string> ShowRule(const RuleSet& rules, std::string_view id, std::string_view language) {
  std::vector<std::string> languages;
  if (!language.empty()) languages.push_back(std::string(language));
  languages.push_back("en");  // the default pack first
  for (const auto& l : rules.Languages()) languages.push_back(l);
  languages.push_back("any");
  for (const auto& lang : languages) {
    if (lang != "any" && !rules.HasLanguage(lang)) continue;
    const LanguagePack& pack = rules.Pack(lang);
    auto it = pack.sources.find(id);
    if (it == pack.sources.end()) continue;
    const RuleSource& src = it->second;
    const RuleInfo& info = *src.info;
    std::ostringstream out;
    out << "# " << info.id << "  (" << info.kind << ", " << SeverityName(info.level) << ", language "
        << info.language << ")\n";
    out << "# " << info.path << "\n";
    out << src.yaml;
    if (!src.yaml.empty() && src.yaml.back() != '\n') out << "\n";
    std::vector<std::string> lists;
    if (!src.list.empty()) lists.push_back(src.list);
    if (!src.lemmas.empty()) lists.push_back(src.lemmas);  // the forms made from the verbs
    // Lists the engine reads for this rule's conditions.
    if (info.id == "attribution.bare-source") lists.push_back("bare-source-heads");
    if (info.id == "document.pluralised-single-source") lists.push_back("head-pairs");
    for (const auto& name : lists) {
      const auto& entries = pack.List(name);
      out << "\n# list " << name << " (" << Counted(entries.size(), "entry", "entries")
          << ", resolved for " << pack.language
          << ")\n";
      for (const auto& e : entries) out << "#   " << e << "\n";
    }
    return out.str();
  }
  return Status::Error("no rule with id '" + std::string(id) + "'" +
                       (language.empty() ? std::string() : " in language '" + std::string(language) + "'"));
}

}  // namespace onrecord
