// Rule loading, validation and compilation (see onrecord/rules.h, docs/rules.md).
#include "onrecord/rules.h"

#include <unistd.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "rule_pack.h"
#include "sha256.h"

namespace fs = std::filesystem;

namespace onrecord {

const char* SeverityName(Severity s) {
  switch (s) {
    case Severity::kSuggestion: return "suggestion";
    case Severity::kWarning: return "warning";
    case Severity::kError: return "error";
  }
  return "suggestion";
}

std::optional<Severity> ParseSeverity(std::string_view name) {
  if (name == "suggestion") return Severity::kSuggestion;
  if (name == "warning") return Severity::kWarning;
  if (name == "error") return Severity::kError;
  return std::nullopt;
}

const char* PhraseRoleName(PhraseRole r) {
  switch (r) {
    case PhraseRole::kAnonymous: return "anonymous";
    case PhraseRole::kReason: return "reason";
    case PhraseRole::kRequest: return "request";
    case PhraseRole::kAccess: return "access";
    case PhraseRole::kOutreach: return "outreach";
    case PhraseRole::kOutletAsSource: return "outlet-as-source";
    case PhraseRole::kBoilerplateReason: return "boilerplate-reason";
    case PhraseRole::kOpinion: return "opinion";
    case PhraseRole::kAttack: return "attack";
    case PhraseRole::kSide: return "side";
  }
  return "anonymous";
}

bool ExceptionOverlaps(const ExceptionList& exceptions, std::string_view text, size_t begin,
                       size_t end) {
  for (const auto& ex : exceptions) {
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece m;
    size_t pos = 0;
    while (pos <= text.size() && ex->Match(input, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
      size_t mb = static_cast<size_t>(m.data() - text.data());
      size_t me = mb + m.size();
      if (begin >= end) return true;
      if (mb < end && begin < me) return true;
      if (me == mb && mb == begin) return true;
      pos = me > mb ? me : mb + 1;
    }
  }
  return false;
}

RuleSet::RuleSet() = default;
RuleSet::~RuleSet() = default;

namespace {

const std::set<std::string> kKinds = {"boilerplate", "phrase", "cue", "attribution", "document",
                                      "metric"};
const std::set<std::string> kCommonKeys = {"kind", "message", "level", "link", "weight",
                                           "examples", "exceptions", "description"};
const std::map<std::string, std::set<std::string>> kKindKeys = {
    {"boilerplate", {"scope", "patterns", "list", "case_sensitive"}},
    {"phrase", {"role", "patterns", "list", "case_sensitive"}},
    {"cue", {"tone", "list", "source"}},
    {"attribution", {"when"}},
    {"document", {"check"}},
    {"metric", {"metric", "above", "below"}},
};
// Conditions an attribution rule may test (docs/rules.md), with the values
// each accepts.
const std::set<std::string> kBoolWhenKeys = {
    "reason", "boilerplate_reason", "access", "side", "direct_quote", "partial_quote", "in_lede",
    "first_quote", "anonymous", "opinion", "attack", "bare", "plural"};
const std::set<std::string> kLevelWhenKeys = {"transparency", "min_transparency",
                                              "max_transparency"};
const std::set<std::string> kSourceKinds = {"named", "described", "anonymous", "organization",
                                            "document", "unattributed"};
const std::set<std::string> kSpecificities = {"vague", "described"};
const std::set<std::string> kCueTones = {"neutral", "loaded", "non-speech"};
const std::set<std::string> kDocumentChecks = {
    "declined-and-anonymous", "pluralised-single-source", "lede-only-anonymous",
    "single-anonymous-core", "unbalanced-quote-marks", "mixed-quote-styles", "outlet-as-source"};
const std::set<std::string> kMetrics = {
    "transparency_index", "named_share", "anonymous_share", "vague_share", "anonymity_explained",
    "unattributed_quotes", "loaded_cue_rate", "distinct_sources", "fully_identified_sources",
    "outreach"};

std::string Joined(const std::set<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

// Splits "named|organization" or "named, organization" into its names.
std::vector<std::string> SplitAlternatives(const std::string& value) {
  std::vector<std::string> out;
  size_t b = 0;
  while (b <= value.size()) {
    size_t e = value.find_first_of(",| ", b);
    if (e == std::string::npos) e = value.size();
    if (e > b) out.push_back(value.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
  return std::string(s.substr(b, e - b));
}

Status ErrorAt(const std::string& path, const YAML::Node& node, const std::string& msg) {
  const YAML::Mark m = node.Mark();
  if (m.is_null()) return Status::Error(msg, path, 1, 1);
  return Status::Error(msg, path, m.line + 1, m.column + 1);
}

bool ReadFile(const fs::path& p, std::string* out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

// Escapes a literal for RE2 and lets any run of spaces in it match any white space.
std::string LiteralToPattern(std::string_view literal) {
  std::string out;
  bool in_space = false;
  for (char c : literal) {
    if (c == ' ') {
      if (!in_space) out += "\\s+";
      in_space = true;
      continue;
    }
    in_space = false;
    if (std::string_view("\\^$.|?*+()[]{}").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

// Word-bounded alternation of literal phrases; group 1 is the phrase. Works
// for every script (RE2's \b is ASCII-only, so boundaries use \pL\pN).
// The group named `phrase` is what a match reports (any pattern may name one).
std::string ListToPattern(const std::vector<std::string>& entries) {
  std::vector<std::string> sorted = entries;
  std::sort(sorted.begin(), sorted.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string alt;
  for (const auto& e : sorted) {
    if (!alt.empty()) alt += '|';
    alt += LiteralToPattern(e);
  }
  return "(?:^|[^\\pL\\pN])(?P<phrase>" + alt + ")(?:[^\\pL\\pN]|$)";
}

}  // namespace

class RuleLoader {
 public:
  explicit RuleLoader(std::string dir) : dir_(std::move(dir)) {}

  Result<std::shared_ptr<const RuleSet>> Load() {
    auto set = std::make_shared<RuleSet>();
    set_ = set.get();
    set->directory_ = dir_;
    std::error_code ec;
    if (!fs::is_directory(dir_, ec)) {
      return Status::Error("rules directory not found", dir_);
    }
    // Collect files in a stable order, hash them, and find the languages.
    std::vector<fs::path> files;
    for (auto it = fs::recursive_directory_iterator(dir_, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (it->is_regular_file()) files.push_back(it->path());
    }
    if (ec) return Status::Error("cannot list rules: " + ec.message(), dir_);
    std::sort(files.begin(), files.end());
    Sha256 hash;
    std::set<std::string> languages;
    for (const auto& f : files) {
      fs::path rel = fs::relative(f, dir_);
      std::string ext = f.extension().string();
      if (ext != ".yml" && ext != ".yaml" && ext != ".txt") continue;
      std::string bytes;
      if (!ReadFile(f, &bytes)) return Status::Error("cannot read rule file", f.string());
      hash.Update(rel.generic_string());
      hash.Update(std::string_view("\0", 1));
      hash.Update(bytes);
      contents_[f.string()] = std::move(bytes);
      auto first = rel.begin();
      if (first != rel.end() && std::distance(rel.begin(), rel.end()) >= 2) {
        languages.insert(first->string());
      }
    }
    set->hash_ = hash.Hex();
    languages.insert("any");
    // Lists first (rules refer to them), then rules.
    for (const auto& f : files) {
      fs::path rel = fs::relative(f, dir_);
      if (f.extension() == ".txt" && std::distance(rel.begin(), rel.end()) == 3 &&
          std::next(rel.begin())->string() == "lists") {
        ParseList(rel.begin()->string(), f.stem().string(), contents_[f.string()]);
      }
    }
    std::vector<std::pair<std::string, std::unique_ptr<RuleInfo>>> infos;
    for (const auto& f : files) {
      std::string ext = f.extension().string();
      if (ext != ".yml" && ext != ".yaml") continue;
      fs::path rel = fs::relative(f, dir_);
      if (std::distance(rel.begin(), rel.end()) != 3) {
        return Status::Error("a rule file must be at <language>/<category>/<name>.yml",
                             f.string(), 1, 1);
      }
      Status s = ParseRule(f.string(), rel);
      if (!s.ok()) return s;
    }
    // The RuleSet owns the rule descriptions; packs point into it.
    set->rules_.reserve(pending_.size());
    for (auto& r : pending_) {
      set->rules_.push_back(*r.info);
      r.owned = &set->rules_.back();
    }
    // Build one pack per language: its own rules plus the "any" rules.
    for (const auto& lang : languages) {
      auto pack = std::make_unique<LanguagePack>();
      pack->language = lang;
      Status s = BuildPack(lang, pack.get());
      if (!s.ok()) return s;
      set->packs_[lang] = std::move(pack);
    }
    return std::shared_ptr<const RuleSet>(set);
  }

 private:
  struct Pending {
    std::unique_ptr<RuleInfo> info;
    YAML::Node node;
    std::string path;
    const RuleInfo* owned = nullptr;  // the copy inside the RuleSet
  };

  void ParseList(const std::string& lang, const std::string& name, const std::string& bytes) {
    auto& entries = lists_[lang][name];
    std::istringstream in(bytes);
    std::string line;
    while (std::getline(in, line)) {
      size_t hash = line.find('#');
      if (hash != std::string::npos) line = line.substr(0, hash);
      line = Trim(line);
      if (!line.empty()) entries.push_back(line);
    }
  }

  bool ListExists(const std::string& lang, const std::string& name) const {
    for (const std::string& l : {lang, std::string("any")}) {
      auto it = lists_.find(l);
      if (it != lists_.end() && it->second.count(name)) return true;
    }
    return false;
  }

  Status ParseRule(const std::string& path, const fs::path& rel) {
    const std::string lang = rel.begin()->string();
    const std::string category = std::next(rel.begin())->string();
    const std::string name = rel.stem().string();
    YAML::Node root;
    try {
      root = YAML::Load(contents_[path]);
    } catch (const YAML::ParserException& e) {
      return Status::Error("YAML syntax: " + e.msg, path, e.mark.line + 1, e.mark.column + 1);
    }
    if (!root.IsMap()) return ErrorAt(path, root, "a rule file must be a YAML mapping");
    auto info = std::make_unique<RuleInfo>();
    info->id = category + "." + name;
    info->language = lang;
    info->path = path;
    const YAML::Node kind = root["kind"];
    if (!kind) return Status::Error("missing key 'kind'", path, 1, 1);
    info->kind = kind.as<std::string>("");
    if (!kKinds.count(info->kind)) {
      return ErrorAt(path, kind, "unknown kind '" + info->kind +
                                     "' (boilerplate, phrase, cue, attribution, document, metric)");
    }
    const auto& kind_keys = kKindKeys.at(info->kind);
    for (auto it = root.begin(); it != root.end(); ++it) {
      std::string key = it->first.as<std::string>("");
      if (!kCommonKeys.count(key) && !kind_keys.count(key)) {
        return ErrorAt(path, it->first, "unknown key '" + key + "' for kind " + info->kind);
      }
    }
    if (!root["message"]) return Status::Error("missing key 'message'", path, 1, 1);
    info->message = root["message"].as<std::string>("");
    if (info->message.empty()) return ErrorAt(path, root["message"], "empty 'message'");
    if (root["level"]) {
      auto sev = ParseSeverity(root["level"].as<std::string>(""));
      if (!sev) return ErrorAt(path, root["level"], "level must be suggestion, warning or error");
      info->level = *sev;
    }
    if (root["link"]) info->link = root["link"].as<std::string>("");
    if (root["weight"]) {
      try {
        info->weight = root["weight"].as<double>();
      } catch (const YAML::Exception&) {
        return ErrorAt(path, root["weight"], "weight must be a number");
      }
      if (info->weight < 0 || info->weight > 1) {
        return ErrorAt(path, root["weight"], "weight must be between 0 and 1 (a penalty is a positive weight)");
      }
    }
    if (const YAML::Node ex = root["examples"]) {
      if (!ex.IsMap()) return ErrorAt(path, ex, "examples must have 'flag' and 'pass' lists");
      for (auto it = ex.begin(); it != ex.end(); ++it) {
        std::string key = it->first.as<std::string>("");
        if (key != "flag" && key != "pass") {
          return ErrorAt(path, it->first, "unknown key '" + key + "' in examples (flag, pass)");
        }
        // A copy of the handle: it->second lives in a temporary proxy, and a
        // range-for over it would read the proxy after its end.
        const YAML::Node list = it->second;
        if (!list.IsSequence()) return ErrorAt(path, list, "examples must be a list");
        for (const auto& e : list) {
          if (!e.IsScalar()) return ErrorAt(path, e, "an example must be a string");
          (key == "flag" ? info->flag_examples : info->pass_examples).push_back(e.as<std::string>(""));
        }
      }
    }
    for (const auto& p : pending_) {
      if (p.info->id == info->id && p.info->language == lang) {
        return Status::Error("rule id '" + info->id + "' is used twice in language '" + lang +
                                 "' (also in " + p.path + ")",
                             path, 1, 1);
      }
    }
    Pending pending{std::move(info), root, path};
    // Validate kind-specific keys now so errors point at the file.
    Status s = ValidateKind(pending, lang);
    if (!s.ok()) return s;
    pending_.push_back(std::move(pending));
    return Status::Ok();
  }

  Status ValidateKind(const Pending& p, const std::string& lang) {
    const YAML::Node& root = p.node;
    const std::string& kind = p.info->kind;
    if (root["list"]) {
      std::string list = root["list"].as<std::string>("");
      if (!ListExists(lang, list)) {
        return ErrorAt(p.path, root["list"], "list '" + list + "' not found in " + lang +
                                                 "/lists/ or any/lists/");
      }
    }
    if (kind == "boilerplate" || kind == "phrase") {
      if (!root["patterns"] && !root["list"]) {
        return Status::Error("a " + kind + " rule needs 'patterns' or 'list'", p.path, 1, 1);
      }
      if (root["patterns"] && !root["patterns"].IsSequence()) {
        return ErrorAt(p.path, root["patterns"], "'patterns' must be a list");
      }
      for (const auto& pat : root["patterns"]) {
        RE2 re(pat.as<std::string>(""), RE2::Quiet);
        if (!re.ok()) return ErrorAt(p.path, pat, "bad pattern: " + re.error());
      }
    }
    if (root["exceptions"] && !root["exceptions"].IsSequence()) {
      return ErrorAt(p.path, root["exceptions"], "'exceptions' must be a list of patterns");
    }
    for (const auto& pat : root["exceptions"]) {
      RE2 re(pat.as<std::string>(""), RE2::Quiet);
      if (!re.ok()) return ErrorAt(p.path, pat, "bad exception pattern: " + re.error());
    }
    if (kind == "boilerplate" && root["scope"]) {
      std::string scope = root["scope"].as<std::string>("");
      if (scope != "line" && scope != "span" && scope != "adjacent-line" && scope != "dateline") {
        return ErrorAt(p.path, root["scope"], "scope must be line, span, adjacent-line or dateline");
      }
    }
    if (kind == "phrase") {
      if (!root["role"]) return Status::Error("a phrase rule needs 'role'", p.path, 1, 1);
      if (!ParseRole(root["role"].as<std::string>(""))) {
        return ErrorAt(p.path, root["role"], "unknown role '" + root["role"].as<std::string>("") +
                                                 "' (anonymous, reason, request, access, outreach, "
                                                 "outlet-as-source, boilerplate-reason, opinion, "
                                                 "attack, side)");
      }
    }
    if (kind == "cue") {
      if (!root["list"]) return Status::Error("a cue rule needs 'list'", p.path, 1, 1);
      if (root["tone"]) {
        std::string tone = root["tone"].as<std::string>("");
        if (tone != "neutral" && tone != "loaded" && tone != "non-speech") {
          return ErrorAt(p.path, root["tone"], "tone must be neutral, loaded or non-speech");
        }
      }
      if (root["source"]) {
        std::string where = root["source"].as<std::string>("");
        if (where != "either" && where != "after") {
          return ErrorAt(p.path, root["source"], "source must be either or after");
        }
      }
    }
    if (kind == "attribution") {
      const YAML::Node when = root["when"];
      if (!when || !when.IsMap()) return Status::Error("an attribution rule needs 'when'", p.path, 1, 1);
      for (auto it = when.begin(); it != when.end(); ++it) {
        Status s = ValidateCondition(p.path, it->first, it->second);
        if (!s.ok()) return s;
      }
    }
    if (kind == "document") {
      if (!root["check"]) return Status::Error("a document rule needs 'check'", p.path, 1, 1);
      std::string check = root["check"].as<std::string>("");
      if (!kDocumentChecks.count(check)) {
        return ErrorAt(p.path, root["check"], "unknown check '" + check + "' (" + Joined(kDocumentChecks) + ")");
      }
    }
    if (kind == "metric") {
      if (!root["metric"]) return Status::Error("a metric rule needs 'metric'", p.path, 1, 1);
      std::string metric = root["metric"].as<std::string>("");
      if (!kMetrics.count(metric)) {
        return ErrorAt(p.path, root["metric"], "unknown metric '" + metric + "' (" + Joined(kMetrics) + ")");
      }
      if (!root["above"] && !root["below"]) {
        return Status::Error("a metric rule needs 'above' or 'below'", p.path, 1, 1);
      }
      for (const char* bound : {"above", "below"}) {
        if (!root[bound]) continue;
        try {
          (void)root[bound].as<double>();
        } catch (const YAML::Exception&) {
          return ErrorAt(p.path, root[bound], std::string("'") + bound + "' must be a number");
        }
      }
    }
    return Status::Ok();
  }

  // One `when:` condition: a known name with a value of the right form.
  static Status ValidateCondition(const std::string& path, const YAML::Node& key_node,
                                  const YAML::Node& value_node) {
    const std::string key = key_node.as<std::string>("");
    if (!value_node.IsScalar()) return ErrorAt(path, value_node, "condition '" + key + "' needs one value");
    const std::string value = value_node.as<std::string>("");
    if (kBoolWhenKeys.count(key)) {
      if (value != "true" && value != "false") {
        return ErrorAt(path, value_node, "condition '" + key + "' must be true or false, not '" + value + "'");
      }
    } else if (kLevelWhenKeys.count(key)) {
      if (value.size() != 2 || value[0] != 'T' || value[1] < '0' || value[1] > '5') {
        return ErrorAt(path, value_node, "condition '" + key + "' must be a level T0 to T5, not '" + value + "'");
      }
    } else if (key == "source_kind") {
      auto names = SplitAlternatives(value);
      if (names.empty()) return ErrorAt(path, value_node, "condition 'source_kind' is empty");
      for (const auto& n : names) {
        if (!kSourceKinds.count(n)) {
          return ErrorAt(path, value_node, "unknown source_kind '" + n + "' (" + Joined(kSourceKinds) + ")");
        }
      }
    } else if (key == "specificity") {
      if (!kSpecificities.count(value)) {
        return ErrorAt(path, value_node, "specificity must be vague or described, not '" + value + "'");
      }
    } else if (key == "cue_tone") {
      for (const auto& n : SplitAlternatives(value)) {
        if (!kCueTones.count(n)) {
          return ErrorAt(path, value_node, "unknown cue_tone '" + n + "' (" + Joined(kCueTones) + ")");
        }
      }
    } else {
      return ErrorAt(path, key_node, "unknown condition '" + key + "'");
    }
    return Status::Ok();
  }

  static std::optional<PhraseRole> ParseRole(const std::string& r) {
    static const std::map<std::string, PhraseRole> kRoles = {
        {"anonymous", PhraseRole::kAnonymous}, {"reason", PhraseRole::kReason},
        {"request", PhraseRole::kRequest}, {"access", PhraseRole::kAccess},
        {"outreach", PhraseRole::kOutreach}, {"outlet-as-source", PhraseRole::kOutletAsSource},
        {"boilerplate-reason", PhraseRole::kBoilerplateReason}, {"opinion", PhraseRole::kOpinion},
        {"attack", PhraseRole::kAttack}, {"side", PhraseRole::kSide}};
    auto it = kRoles.find(r);
    if (it == kRoles.end()) return std::nullopt;
    return it->second;
  }

  std::vector<std::string> ListEntries(const std::string& lang, const std::string& name) const {
    std::vector<std::string> out;
    for (const std::string& l : {std::string("any"), lang}) {
      auto it = lists_.find(l);
      if (it == lists_.end()) continue;
      auto jt = it->second.find(name);
      if (jt != it->second.end()) out.insert(out.end(), jt->second.begin(), jt->second.end());
    }
    return out;
  }

  Status CompileGroup(const Pending& p, const std::string& lang, PatternGroup* group) {
    const YAML::Node& root = p.node;
    bool case_sensitive = root["case_sensitive"] && root["case_sensitive"].as<bool>(false);
    RE2::Options opts;
    opts.set_log_errors(false);
    opts.set_case_sensitive(case_sensitive);
    std::vector<std::string> sources;
    for (const auto& pat : root["patterns"]) sources.push_back(pat.as<std::string>(""));
    if (root["list"]) {
      auto entries = ListEntries(lang, root["list"].as<std::string>(""));
      if (!entries.empty()) sources.push_back(ListToPattern(entries));
    }
    group->set = std::make_unique<RE2::Set>(opts, RE2::UNANCHORED);
    for (const auto& src : sources) {
      auto re = std::make_unique<RE2>(src, opts);
      if (!re->ok()) return Status::Error("bad pattern: " + re->error(), p.path, 1, 1);
      std::string err;
      if (group->set->Add(src, &err) < 0) return Status::Error("bad pattern: " + err, p.path, 1, 1);
      group->patterns.push_back(std::move(re));
    }
    if (!group->set->Compile()) return Status::Error("patterns too large to compile", p.path, 1, 1);
    group->exceptions = CompileExceptions(p);
    return Status::Ok();
  }

  // The rule's `exceptions`, compiled with its case sensitivity (validated earlier).
  static ExceptionList CompileExceptions(const Pending& p) {
    const YAML::Node& root = p.node;
    RE2::Options opts;
    opts.set_log_errors(false);
    opts.set_case_sensitive(root["case_sensitive"] && root["case_sensitive"].as<bool>(false));
    ExceptionList out;
    for (const auto& pat : root["exceptions"]) {
      out.push_back(std::make_unique<RE2>(pat.as<std::string>(""), opts));
    }
    return out;
  }

  Status BuildPack(const std::string& lang, LanguagePack* pack) {
    // Lists: "any" first, then the language's own.
    for (const std::string& l : {std::string("any"), lang}) {
      auto it = lists_.find(l);
      if (it == lists_.end()) continue;
      for (const auto& [name, entries] : it->second) {
        auto& set = pack->lists[name];
        auto& order = pack->list_order[name];
        for (const auto& e : entries) {
          if (set.insert(e).second) order.push_back(e);
          set.insert(Lower(e));
        }
      }
    }
    for (auto& p : pending_) {
      if (p.info->language != lang && p.info->language != "any") continue;
      // A language's own rule replaces an "any" rule with the same id.
      if (p.info->language == "any" && lang != "any") {
        bool overridden = false;
        for (auto& q : pending_) {
          if (q.info->language == lang && q.info->id == p.info->id) overridden = true;
        }
        if (overridden) continue;
      }
      const YAML::Node& root = p.node;
      pack->weights[p.info->id] = p.info->weight;
      RuleSource& source = pack->sources[p.info->id];
      source.info = p.owned;
      source.yaml = contents_[p.path];
      if (root["list"]) source.list = root["list"].as<std::string>("");
      const std::string& kind = p.info->kind;
      if (kind == "boilerplate") {
        BoilerplateRule rule;
        rule.info = p.owned;
        std::string scope = root["scope"] ? root["scope"].as<std::string>("") : "line";
        rule.scope = scope == "span" ? BoilerplateScope::kSpan
                     : scope == "adjacent-line" ? BoilerplateScope::kAdjacentLine
                     : scope == "dateline" ? BoilerplateScope::kDateline
                                           : BoilerplateScope::kLine;
        Status s = CompileGroup(p, lang, &rule.patterns);
        if (!s.ok()) return s;
        pack->boilerplate.push_back(std::move(rule));
      } else if (kind == "phrase") {
        PhraseRule rule;
        rule.info = p.owned;
        rule.role = *ParseRole(root["role"].as<std::string>(""));
        Status s = CompileGroup(p, lang, &rule.patterns);
        if (!s.ok()) return s;
        pack->phrases.push_back(std::move(rule));
      } else if (kind == "cue") {
        std::string tone = root["tone"] ? root["tone"].as<std::string>("") : "neutral";
        bool after = root["source"] && root["source"].as<std::string>("") == "after";
        std::shared_ptr<const ExceptionList> exceptions;
        if (root["exceptions"]) exceptions = std::make_shared<const ExceptionList>(CompileExceptions(p));
        for (const auto& entry : ListEntries(lang, root["list"].as<std::string>(""))) {
          CueEntry cue;
          cue.tone = tone == "loaded" ? CueTone::kLoaded
                     : tone == "non-speech" ? CueTone::kNonSpeech
                                            : CueTone::kNeutral;
          cue.rule = p.owned;
          cue.source_follows = after;
          cue.exceptions = exceptions;
          std::istringstream words(Lower(entry));
          std::string w;
          while (words >> w) cue.words.push_back(w);
          if (!cue.words.empty()) pack->cues.push_back(std::move(cue));
        }
      } else {
        FindingRule rule;
        rule.info = p.owned;
        rule.exceptions = CompileExceptions(p);
        if (kind == "attribution") {
          for (auto it = root["when"].begin(); it != root["when"].end(); ++it) {
            rule.when[it->first.as<std::string>("")] = it->second.as<std::string>("");
          }
        } else if (kind == "document") {
          rule.check = root["check"].as<std::string>("");
        } else {
          rule.metric = root["metric"].as<std::string>("");
          if (root["above"]) rule.above = root["above"].as<double>(0.0);
          if (root["below"]) rule.below = root["below"].as<double>(0.0);
        }
        pack->finding_rules.push_back(std::move(rule));
      }
    }
    for (size_t i = 0; i < pack->cues.size(); ++i) {
      pack->cue_index[pack->cues[i].words.front()].push_back(i);
    }
    for (auto& [first, idx] : pack->cue_index) {
      std::stable_sort(idx.begin(), idx.end(), [&](size_t a, size_t b) {
        return pack->cues[a].words.size() > pack->cues[b].words.size();
      });
    }
    return Status::Ok();
  }

  std::string dir_;
  RuleSet* set_ = nullptr;
  std::map<std::string, std::string> contents_;
  // language -> list name -> entries
  std::map<std::string, std::map<std::string, std::vector<std::string>>> lists_;
  std::vector<Pending> pending_;
};

Result<std::shared_ptr<const RuleSet>> RuleSet::Load(const std::string& dir) {
  try {
    RuleLoader loader(dir);
    return loader.Load();
  } catch (const YAML::Exception& e) {
    return Status::Error(std::string("rules: ") + e.what(), dir);
  } catch (const std::exception& e) {
    return Status::Error(std::string("rules: ") + e.what(), dir);
  }
}

std::string RuleSet::DefaultDirectory(const std::string& argv0) {
  if (const char* env = std::getenv("ONRECORD_RULES"); env && *env) return env;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) exe = fs::path(argv0);
  std::vector<fs::path> candidates = {
      exe.parent_path() / ".." / "share" / "onrecord" / "rules",
      fs::path(ONRECORD_INSTALL_RULES_DIR),
      fs::path(ONRECORD_SOURCE_RULES_DIR),
  };
  for (const auto& c : candidates) {
    if (fs::is_directory(c, ec)) return fs::weakly_canonical(c, ec).string();
  }
  return ONRECORD_SOURCE_RULES_DIR;
}

const LanguagePack& RuleSet::Pack(std::string_view language) const {
  auto it = packs_.find(language);
  if (it != packs_.end()) return *it->second;
  it = packs_.find("en");
  if (it != packs_.end()) return *it->second;
  return *packs_.at("any");
}

std::vector<std::string> RuleSet::Languages() const {
  std::vector<std::string> out;
  for (const auto& [lang, pack] : packs_) {
    if (lang != "any") out.push_back(lang);
  }
  return out;
}

bool RuleSet::HasLanguage(std::string_view language) const {
  return language != "any" && packs_.count(language) > 0;
}

const RuleInfo* RuleSet::Find(std::string_view id, std::string_view language) const {
  const RuleInfo* fallback = nullptr;
  for (const auto& r : rules_) {
    if (r.id != id) continue;
    if (r.language == language) return &r;
    if (r.language == "any" || !fallback) fallback = &r;
  }
  return fallback;
}

}  // namespace onrecord
