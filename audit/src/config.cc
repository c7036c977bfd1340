// `.onrecord.yml`: parsing, discovery, glob matching and applying the
// settings to an audit's findings (see onrecord/config.h).
#include "onrecord/config.h"
#include "onrecord/file.h"
#include "onrecord/text.h"
#include "threshold_format.h"
#include "yaml_check.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <fmt/format.h>

namespace onrecord {

namespace fs = std::filesystem;

namespace {

// ---------------------------------------------------------------- globs

bool MatchClass(std::string_view pattern, size_t* pi, char c) {
  // pattern[*pi] == '['; on return *pi is just past the closing ']'.
  size_t i = *pi + 1;
  bool negate = false;
  if (i < pattern.size() && (pattern[i] == '!' || pattern[i] == '^')) {
    negate = true;
    ++i;
  }
  bool matched = false;
  bool first = true;
  while (i < pattern.size() && (first || pattern[i] != ']')) {
    first = false;
    char lo = pattern[i];
    char hi = lo;
    if (i + 2 < pattern.size() && pattern[i + 1] == '-' && pattern[i + 2] != ']') {
      hi = pattern[i + 2];
      i += 2;
    }
    if (c >= lo && c <= hi) matched = true;
    ++i;
  }
  *pi = i < pattern.size() ? i + 1 : i;
  return matched != negate;
}

// Matches one path segment against one pattern segment (no '/').
bool MatchSegment(std::string_view p, std::string_view s) {
  size_t pi = 0, si = 0;
  size_t star_p = std::string_view::npos, star_s = 0;
  while (si < s.size()) {
    if (pi < p.size() && p[pi] == '*') {
      star_p = pi++;
      star_s = si;
      continue;
    }
    if (pi < p.size() && p[pi] == '[' && p.find(']', pi + 2) != std::string_view::npos) {
      size_t next = pi;
      if (MatchClass(p, &next, s[si])) {
        pi = next;
        ++si;
        continue;
      }
    } else if (pi < p.size() && (p[pi] == '?' || p[pi] == s[si])) {
      ++pi;
      ++si;
      continue;
    }
    if (star_p == std::string_view::npos) return false;
    pi = star_p + 1;
    si = ++star_s;
  }
  while (pi < p.size() && p[pi] == '*') ++pi;
  return pi == p.size();
}

std::vector<std::string_view> Split(std::string_view s) {
  std::vector<std::string_view> out;
  size_t b = 0;
  while (b <= s.size()) {
    size_t e = s.find('/', b);
    if (e == std::string_view::npos) e = s.size();
    if (e > b) out.push_back(s.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

// Pattern segments against path segments; `**` spans zero or more segments.
// A pattern that runs out before the path matches a directory prefix.
bool MatchSegments(const std::vector<std::string_view>& p, size_t pi,
                   const std::vector<std::string_view>& s, size_t si) {
  if (pi == p.size()) return true;  // matched a directory: everything under it
  if (p[pi] == "**") {
    for (size_t k = si; k <= s.size(); ++k) {
      if (MatchSegments(p, pi + 1, s, k)) return true;
    }
    return false;
  }
  if (si == s.size()) return false;
  return MatchSegment(p[pi], s[si]) && MatchSegments(p, pi + 1, s, si + 1);
}

// `path` relative to `dir`, with forward slashes, or "" when outside it.
std::string RelativeTo(const std::string& path, const std::string& dir) {
  std::error_code ec;
  fs::path abs = fs::absolute(path, ec).lexically_normal();
  fs::path base = fs::absolute(dir.empty() ? "." : dir, ec).lexically_normal();
  fs::path rel = abs.lexically_relative(base);
  std::string r = rel.generic_string();
  if (r.empty() || r == "." || r.rfind("..", 0) == 0) return {};
  return r;
}

size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace

std::string ClosestName(const std::string& key, const std::vector<std::string>& known) {
  std::string best;
  size_t best_d = 3;  // only close misspellings
  for (const auto& k : known) {
    size_t d = EditDistance(key, k);
    if (d < best_d) {
      best_d = d;
      best = k;
    }
  }
  return best;
}

namespace {

// ---------------------------------------------------------------- parsing

class Parser {
 public:
  explicit Parser(std::string path, std::vector<Status>* collect = nullptr)
      : path_(std::move(path)), collect_(collect) {}

  // After a Parse that collected errors: what was read from the parts
  // without one.
  const Config& partial() const { return partial_; }

  // Whether an error ends the parse: always, unless errors are collected.
  bool Stop(const Status& s) const {
    if (!collect_) return true;
    collect_->push_back(s);
    return false;
  }

  Status Error(const YAML::Node& node, const std::string& message) const {
    bool missing = false;
    YAML::Mark m = ValueMark(node, text_, &missing);
    return Status::Error(missing ? message + " (no value given)" : message, path_, m.line >= 0 ? m.line + 1 : 0,
                         m.column >= 0 ? m.column + 1 : 0);
  }



  static ConfigMark MarkOf(const YAML::Node& node) {
    YAML::Mark m = node.Mark();
    return {m.line + 1, m.column + 1};
  }

  // Every error of the keys of `node`: not a map, or a key that is not a
  // plain name, repeated, or not in `known`, in the file's order.
  std::vector<Status> KeyErrors(const YAML::Node& node, const std::vector<std::string>& known,
                                const std::string& where) const {
    std::vector<Status> out;
    if (!node.IsMap()) {
      out.push_back(Error(node, where + " must be a mapping"));
      return out;
    }
    std::set<std::string> seen;
    for (auto it = node.begin(); it != node.end(); ++it) {
      if (!it->first.IsScalar()) {
        out.push_back(Error(it->first, "keys in " + where + " must be plain names"));
        continue;
      }
      std::string key = it->first.Scalar();
      if (!seen.insert(key).second) {
        out.push_back(Error(it->first, "duplicate key '" + key + "' in " + where));
        continue;
      }
      if (std::find(known.begin(), known.end(), key) == known.end()) {
        std::string msg = "unknown key '" + key + "' in " + where;
        std::string hint = ClosestName(key, known);
        if (!hint.empty()) msg += " (did you mean '" + hint + "'?)";
        else msg += " (known keys: " + Join(known) + ")";
        out.push_back(Error(it->first, msg));
      }
    }
    return out;
  }

  // Checks that `node` is a map whose keys are all in `known` and unique.
  Status CheckKeys(const YAML::Node& node, const std::vector<std::string>& known,
                   const std::string& where) const {
    std::vector<Status> errors = KeyErrors(node, known, where);
    return errors.empty() ? Status::Ok() : errors.front();
  }

  // The first of a value's errors, for the caller to Stop on; in a parse
  // that collects errors, the others are collected here (a second bad glob
  // or level entry is said in the same run as the first, ro48).
  Status FirstOf(const std::vector<Status>& errors) const {
    if (collect_) collect_->insert(collect_->end(), errors.begin() + 1, errors.end());
    return errors.front();
  }

  // " (did you mean 'warning'?)" for a misspelt level name, else "".
  static std::string LevelHint(const YAML::Node& node, const std::vector<std::string>& names) {
    if (!node.IsScalar()) return "";
    std::string hint = ClosestName(node.Scalar(), names);
    return hint.empty() ? "" : " (did you mean '" + hint + "'?)";
  }

  Result<std::string> String(const YAML::Node& node, const std::string& key) const {
    if (!node.IsScalar()) return Error(node, "'" + key + "' must be a string");
    return node.Scalar();
  }

  Result<Severity> Level(const YAML::Node& node, const std::string& key) const {
    if (!node.IsScalar()) return Error(node, "'" + key + "' must be suggestion, warning or error");
    auto s = ParseSeverity(node.Scalar());
    if (!s) {
      return Error(node, "'" + key + "' must be suggestion, warning or error, not '" +
                             node.Scalar() + "'" + LevelHint(node, {"suggestion", "warning", "error"}));
    }
    return *s;
  }

  Result<std::vector<std::string>> Globs(const YAML::Node& node, const std::string& key) const {
    std::vector<std::string> out;
    std::vector<YAML::Node> items;
    std::vector<Status> errors;
    if (node.IsScalar()) {
      out.push_back(node.Scalar());
      items.push_back(node);
    } else if (node.IsSequence()) {
      for (const auto& item : node) {
        if (!item.IsScalar() || item.Scalar().empty()) {
          errors.push_back(Error(item, "each entry of '" + key + "' must be a glob pattern"));
          continue;
        }
        out.push_back(item.Scalar());
        items.push_back(item);
      }
    } else {
      return Error(node, "'" + key + "' must be a glob or a list of globs");
    }
    // A '[' that no ']' closes is a mistyped glob: it would match nothing
    // (or a literal '['), and the paths it meant would be checked silently.
    // Reported at the entry, and at the '[' when the entry is on one line.
    for (size_t k = 0; k < out.size(); ++k) {
      const std::string& g = out[k];
      const YAML::Node& item = items[k];
      const size_t bad = UnclosedClass(g);
      if (bad == std::string::npos) continue;
      YAML::Mark m = item.Mark();
      int column = m.column >= 0 ? m.column + 1 : 0;
      if (column > 0 && item.Tag() != "!") {
        column += static_cast<int>(bad);  // a plain scalar: the '[' itself
      } else if (column > 0) {
        column += static_cast<int>(bad) + 1;  // after the opening quote
      }
      errors.push_back(Status::Error("'" + key + "' entry \"" + g + "\" is not a valid glob: the '[' at character " +
                                         std::to_string(bad + 1) + " opens a character class that no ']' closes",
                                     path_, m.line >= 0 ? m.line + 1 : 0, column));
    }
    if (!errors.empty()) {
      std::stable_sort(errors.begin(), errors.end(), [](const Status& a, const Status& b) {
        return std::make_pair(a.line(), a.column()) < std::make_pair(b.line(), b.column());
      });
      return FirstOf(errors);
    }
    for (auto& g : out) {
      if (g.rfind("./", 0) == 0) g = g.substr(2);
    }
    return out;
  }

  // The position of the first '[' in `glob` that no ']' closes (the first
  // character of a class may be ']' itself, after an optional '!' or '^'),
  // npos when every class is closed.
  static size_t UnclosedClass(std::string_view glob) {
    for (size_t i = 0; i < glob.size(); ++i) {
      if (glob[i] != '[') continue;
      size_t j = i + 1;
      if (j < glob.size() && (glob[j] == '!' || glob[j] == '^')) ++j;
      if (j < glob.size()) ++j;  // the class's first character, ']' included
      while (j < glob.size() && glob[j] != ']' && glob[j] != '/') ++j;
      if (j >= glob.size() || glob[j] == '/') return i;
      i = j;
    }
    return std::string::npos;
  }

  Result<std::map<std::string, RuleLevel>> Levels(const YAML::Node& node) const {
    std::map<std::string, RuleLevel> out;
    std::vector<Status> errors;
    if (!node.IsMap()) return Error(node, "'levels' must map rule ids to suggestion, warning, error or off");
    for (auto it = node.begin(); it != node.end(); ++it) {
      if (!it->first.IsScalar()) {
        errors.push_back(Error(it->first, "rule ids in 'levels' must be plain names"));
        continue;
      }
      std::string id = it->first.Scalar();
      if (out.count(id)) {
        errors.push_back(Error(it->first, "duplicate key '" + id + "' in levels"));
        continue;
      }
      const YAML::Node v = it->second;  // a copy: it->second is inside a temporary proxy
      RuleLevel rl;
      rl.mark = MarkOf(it->first);
      std::string value = v.IsScalar() ? v.Scalar() : "";
      if (value == "off") {
        rl.off = true;
      } else if (auto s = ParseSeverity(value)) {
        rl.level = *s;
      } else {
        errors.push_back(Error(v, "level of '" + id + "' must be suggestion, warning, error or off" +
                                      LevelHint(v, {"suggestion", "warning", "error", "off"})));
        continue;
      }
      out[id] = rl;
    }
    if (!errors.empty()) return FirstOf(errors);
    return out;
  }

  Status ReadThresholds(const YAML::Node& node, Thresholds* t) const {
    static const std::vector<std::string> kKeys = {
        "min_transparency_index", "min_named_share", "min_anonymity_explained",
        "max_vague_share",        "max_anonymous_share", "max_unattributed_quotes"};
    std::vector<Status> errors = KeyErrors(node, kKeys, "thresholds");
    if (!node.IsMap()) return FirstOf(errors);
    std::set<std::string> seen;
    for (auto it = node.begin(); it != node.end(); ++it) {
      if (!it->first.IsScalar()) continue;
      std::string key = it->first.Scalar();
      if (std::find(kKeys.begin(), kKeys.end(), key) == kKeys.end() || !seen.insert(key).second) continue;
      const YAML::Node v = it->second;  // a copy: it->second is inside a temporary proxy
      if (key == "max_unattributed_quotes") {
        int n = -1;
        if (!v.IsScalar() || !YAML::convert<int>::decode(v, n) || n < 0) {
          errors.push_back(Error(v, "'max_unattributed_quotes' must be a whole number, 0 or more"));
          continue;
        }
        t->max_unattributed_quotes = n;
        continue;
      }
      double d = -1;
      if (!v.IsScalar() || !YAML::convert<double>::decode(v, d) || !std::isfinite(d) || d < 0 ||
          d > 1) {
        errors.push_back(Error(v, "'" + key + "' must be a number from 0 to 1"));
        continue;
      }
      if (key == "min_transparency_index") t->min_transparency_index = d;
      else if (key == "min_named_share") t->min_named_share = d;
      else if (key == "min_anonymity_explained") t->min_anonymity_explained = d;
      else if (key == "max_vague_share") t->max_vague_share = d;
      else if (key == "max_anonymous_share") t->max_anonymous_share = d;
    }
    if (errors.empty()) return Status::Ok();
    std::stable_sort(errors.begin(), errors.end(), [](const Status& a, const Status& b) {
      return std::make_pair(a.line(), a.column()) < std::make_pair(b.line(), b.column());
    });
    return FirstOf(errors);
  }

  Result<Config> Parse(std::string_view text) const {
    text_ = text;
    Config c;
    c.path = path_;
    std::error_code ec;
    c.directory = fs::absolute(fs::path(path_).parent_path().empty() ? fs::path(".")
                                                                      : fs::path(path_).parent_path(),
                               ec)
                      .lexically_normal()
                      .string();
    if (Status utf8 = CheckUtf8(text, path_, "a config file"); !utf8.ok()) return utf8;
    YAML::Node root;
    std::optional<YAML::Mark> alias;
    try {
      LoadedYaml loaded = LoadFindingAlias(std::string(text));
      root = std::move(loaded.root);
      alias = loaded.alias;
    } catch (const YAML::ParserException& e) {
      const YAML::Mark at = ParserErrorMark(e, text);
      return Status::Error("invalid YAML: " + PrintableMessage(e.msg), path_, at.line + 1, at.column + 1);
    } catch (const YAML::Exception& e) {
      return Status::Error("invalid YAML: " + PrintableMessage(e.what()), path_);
    }
    if (alias) {
      return Status::Error("YAML aliases (*name) are not read here: write the value out in full", path_,
                           alias->line + 1, alias->column + 1);
    }
    if (Status s = CheckClosedQuotes(root, text, path_); !s.ok()) return s;
    if (root.IsNull()) return c;  // an empty file: all defaults
    static const std::vector<std::string> kTop = {"rules",  "language", "min_level",  "fail_level",
                                                  "exclude", "levels",  "thresholds", "overrides"};
    // Every error is collected (in45): a bad value of one key does not hide
    // another's. Unknown keys first, then each known key's value.
    if (!root.IsMap() || !collect_) {
      if (Status s = CheckKeys(root, kTop, "the config"); !s.ok()) return s;
    } else {
      for (auto it = root.begin(); it != root.end(); ++it) {
        if (!it->first.IsScalar()) {
          collect_->push_back(Error(it->first, "keys in the config must be plain names"));
          continue;
        }
        const std::string key = it->first.Scalar();
        if (std::find(kTop.begin(), kTop.end(), key) != kTop.end()) continue;
        std::string msg = "unknown key '" + key + "' in the config";
        std::string hint = ClosestName(key, kTop);
        if (!hint.empty()) msg += " (did you mean '" + hint + "'?)";
        else msg += " (known keys: " + Join(kTop) + ")";
        collect_->push_back(Error(it->first, msg));
      }
      std::set<std::string> seen;
      for (auto it = root.begin(); it != root.end(); ++it) {
        if (it->first.IsScalar() && !seen.insert(it->first.Scalar()).second) {
          collect_->push_back(Error(it->first, "duplicate key '" + it->first.Scalar() + "' in the config"));
        }
      }
    }
    for (auto it = root.begin(); it != root.end(); ++it) {
      if (!it->first.IsScalar()) continue;
      std::string key = it->first.Scalar();
      const YAML::Node v = it->second;  // a copy: it->second is inside a temporary proxy
      if (key == "rules") {
        auto r = String(v, key);
        if (!r.ok()) { if (Stop(r.status())) return r.status(); continue; }
        c.rules = r.value();
        c.rules_mark = MarkOf(v);
      } else if (key == "language") {
        if (v.IsNull()) continue;
        auto r = String(v, key);
        if (!r.ok()) { if (Stop(r.status())) return r.status(); continue; }
        c.language = r.value();
        c.language_mark = MarkOf(v);
      } else if (key == "min_level") {
        auto r = Level(v, key);
        if (!r.ok()) { if (Stop(r.status())) return r.status(); continue; }
        c.min_level = r.value();
      } else if (key == "fail_level") {
        if (v.IsScalar() && v.Scalar() == "none") {
          c.fail_level = std::optional<Severity>();
        } else {
          auto r = Level(v, key);
          if (!r.ok()) {
            Status e = Error(v, "'fail_level' must be suggestion, warning, error or none" +
                                    LevelHint(v, {"suggestion", "warning", "error", "none"}));
            if (Stop(e)) return e;
            continue;
          }
          c.fail_level = std::optional<Severity>(r.value());
        }
      } else if (key == "exclude") {
        auto r = Globs(v, key);
        if (!r.ok()) { if (Stop(r.status())) return r.status(); continue; }
        c.exclude = r.value();
      } else if (key == "levels") {
        auto r = Levels(v);
        if (!r.ok()) { if (Stop(r.status())) return r.status(); continue; }
        c.levels = r.value();
      } else if (key == "thresholds") {
        if (Status s = ReadThresholds(v, &c.thresholds); !s.ok() && Stop(s)) return s;
      } else if (key == "overrides") {
        if (!v.IsSequence()) {
          Status e = Error(v, "'overrides' must be a list of {files: …} entries");
          if (Stop(e)) return e;
          continue;
        }
        for (const auto& item : v) {
          auto o = Override(item);
          if (!o.ok()) {
            if (Stop(o.status())) return o.status();
            continue;
          }
          c.overrides.push_back(o.value());
        }
      }
    }
    if (collect_ && !collect_->empty()) {
      partial_ = c;
      return collect_->front();
    }
    return c;
  }

  Result<ConfigOverride> Override(const YAML::Node& node) const {
    static const std::vector<std::string> kKeys = {"files", "language", "min_level", "levels",
                                                   "thresholds"};
    // Every error of the entry, not only the first (ro48).
    std::vector<Status> errors = KeyErrors(node, kKeys, "an override");
    if (!node.IsMap()) return FirstOf(errors);
    ConfigOverride o;
    if (!node["files"]) errors.push_back(Error(node, "an override needs 'files' (the globs it applies to)"));
    // A value's first error; its others are collected by the call itself.
    auto note = [&](const Status& s) {
      if (!s.ok()) errors.push_back(s);
    };
    for (auto it = node.begin(); it != node.end(); ++it) {
      if (!it->first.IsScalar()) continue;
      std::string key = it->first.Scalar();
      const YAML::Node v = it->second;  // a copy: it->second is inside a temporary proxy
      if (key == "files") {
        auto r = Globs(v, key);
        if (!r.ok()) note(r.status());
        else o.files = r.value();
      } else if (key == "language") {
        auto r = String(v, key);
        if (!r.ok()) {
          note(r.status());
        } else {
          o.language = r.value();
          o.language_mark = MarkOf(v);
        }
      } else if (key == "min_level") {
        auto r = Level(v, key);
        if (!r.ok()) note(r.status());
        else o.min_level = r.value();
      } else if (key == "levels") {
        auto r = Levels(v);
        if (!r.ok()) note(r.status());
        else o.levels = r.value();
      } else if (key == "thresholds") {
        note(ReadThresholds(v, &o.thresholds));
      }
    }
    if (!errors.empty()) return FirstOf(errors);
    return o;
  }

 private:
  static std::string Join(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
    return out;
  }

  std::string path_;
  std::vector<Status>* collect_ = nullptr;
  mutable Config partial_;
  mutable std::string_view text_;  // the file being parsed (Parse)
};

void Merge(const Thresholds& from, Thresholds* to) {
  if (from.min_transparency_index) to->min_transparency_index = from.min_transparency_index;
  if (from.min_named_share) to->min_named_share = from.min_named_share;
  if (from.min_anonymity_explained) to->min_anonymity_explained = from.min_anonymity_explained;
  if (from.max_vague_share) to->max_vague_share = from.max_vague_share;
  if (from.max_anonymous_share) to->max_anonymous_share = from.max_anonymous_share;
  if (from.max_unattributed_quotes) to->max_unattributed_quotes = from.max_unattributed_quotes;
}

bool AnyMatch(const std::vector<std::string>& globs, const std::string& rel) {
  for (const auto& g : globs) {
    if (GlobMatch(g, rel)) return true;
  }
  return false;
}

// A configured threshold: two decimals, or all it has ("0.425", not "0.43").
std::string Num(double v) {
  std::string s = fmt::format("{:.2f}", v);
  return std::strtod(s.c_str(), nullptr) == v ? s : fmt::format("{}", v);
}

}  // namespace

bool GlobMatch(std::string_view pattern, std::string_view path) {
  if (pattern.empty() || path.empty()) return false;
  std::vector<std::string_view> s = Split(path);
  if (pattern.find('/') == std::string_view::npos) {
    // No slash: the name of the file or of any directory above it.
    for (auto seg : s) {
      if (MatchSegment(pattern, seg)) return true;
    }
    return false;
  }
  if (pattern.front() == '/') pattern.remove_prefix(1);
  return MatchSegments(Split(pattern), 0, s, 0);
}

std::string Config::RulesDirectory() const {
  if (rules.empty()) return {};
  fs::path p(rules);
  if (p.is_absolute() || directory.empty()) return p.lexically_normal().string();
  return (fs::path(directory) / p).lexically_normal().string();
}

bool Config::Excluded(const std::string& file) const {
  if (exclude.empty()) return false;
  std::string rel = RelativeTo(file, directory);
  return !rel.empty() && AnyMatch(exclude, rel);
}

FileSettings Config::ForPath(const std::string& file) const {
  FileSettings s;
  s.language = language;
  if (min_level) s.min_level = *min_level;
  s.levels = levels;
  s.thresholds = thresholds;
  std::string rel = RelativeTo(file, directory);
  if (rel.empty()) rel = fs::path(file).filename().generic_string();
  for (const auto& o : overrides) {
    if (!AnyMatch(o.files, rel)) continue;
    if (o.language) s.language = *o.language;
    if (o.min_level) s.min_level = *o.min_level;
    for (const auto& [id, lv] : o.levels) s.levels[id] = lv;
    Merge(o.thresholds, &s.thresholds);
  }
  return s;
}

Result<Config> ParseConfig(std::string_view yaml, const std::string& path) {
  return Parser(path).Parse(yaml);
}

Result<Config> LoadConfig(const std::string& path) {
  auto read = ReadRegularFile(path);
  if (!read.ok()) return Status::Error("cannot read the config file: " + read.status().message(), path);
  return ParseConfig(read.value(), path);
}

Config LoadConfigAllErrors(const std::string& path, std::vector<Status>* errors) {
  auto read = ReadRegularFile(path);
  if (!read.ok()) {
    errors->push_back(Status::Error("cannot read the config file: " + read.status().message(), path));
    return Config{};
  }
  const size_t before = errors->size();
  Parser parser(path, errors);
  auto parsed = parser.Parse(read.value());
  if (parsed.ok()) return parsed.value();
  // A fault before the values (not UTF-8, invalid YAML, an alias) ends the
  // parse with one error that was not collected.
  if (errors->size() == before) {
    errors->push_back(parsed.status());
    return Config{};
  }
  // In the file's order (unknown keys are found before the values).
  std::stable_sort(errors->begin() + static_cast<std::ptrdiff_t>(before), errors->end(),
                   [](const Status& a, const Status& b) {
                     return std::make_pair(a.line(), a.column()) < std::make_pair(b.line(), b.column());
                   });
  return parser.partial();
}

std::string FindConfig(const std::string& start_dir) {
  std::error_code ec;
  fs::path dir = fs::absolute(start_dir.empty() ? "." : start_dir, ec).lexically_normal();
  while (true) {
    fs::path candidate = dir / kConfigFileName;
    // Anything by that name is the config: a directory, a dangling link or
    // a file that cannot be read is an error where it is found (LoadConfig),
    // never skipped for a parent's config or the defaults.
    if (fs::exists(fs::symlink_status(candidate, ec))) return candidate.string();
    if (!dir.has_relative_path()) return {};
    fs::path parent = dir.parent_path();
    if (parent == dir) return {};
    dir = parent;
  }
}

std::vector<Finding> ApplySettings(const AuditResult& result, const FileSettings& settings) {
  std::vector<Finding> out;
  for (const auto& f : result.findings) {
    auto it = settings.levels.find(f.rule);
    if (it == settings.levels.end()) {
      out.push_back(f);
      continue;
    }
    if (it->second.off) continue;
    out.push_back(f);
    out.back().level = it->second.level;
  }
  const ArticleScore& sc = result.score;
  bool measurable = !result.attributions.empty() || !result.quotes.empty();
  if (!measurable) return out;
  const Thresholds& t = settings.thresholds;
  auto add = [&](const std::string& name, const std::string& message) {
    Finding f;
    f.rule = std::string(kThresholdRulePrefix) + name;
    f.level = Severity::kError;
    f.message = message;
    f.link = "docs/ci.md#thresholds";
    f.location.begin = f.location.end = 0;
    f.location.line = 1;
    f.location.column = 1;
    auto lv = settings.levels.find(f.rule);
    if (lv != settings.levels.end()) {
      if (lv->second.off) return;
      f.level = lv->second.level;
    }
    out.push_back(f);
  };
  if (t.min_transparency_index && sc.transparency_index < *t.min_transparency_index) {
    add("transparency-index", "Article transparency index " + FormatPastThreshold(sc.transparency_index, *t.min_transparency_index) +
                                  " is below the configured minimum " +
                                  Num(*t.min_transparency_index));
  }
  if (t.min_named_share && sc.named_share < *t.min_named_share) {
    add("named-share", "Share of named sources " + FormatPastThreshold(sc.named_share, *t.min_named_share) +
                           " is below the configured minimum " + Num(*t.min_named_share));
  }
  if (t.min_anonymity_explained && sc.anonymity_explained < *t.min_anonymity_explained) {
    add("anonymity-explained", "Share of anonymous attributions with a stated reason " +
                                   FormatPastThreshold(sc.anonymity_explained, *t.min_anonymity_explained) +
                                   " is below the configured minimum " +
                                   Num(*t.min_anonymity_explained));
  }
  if (t.max_vague_share && sc.vague_share > *t.max_vague_share) {
    add("vague-share", "Share of vague anonymous attributions " + FormatPastThreshold(sc.vague_share, *t.max_vague_share) +
                           " is above the configured maximum " + Num(*t.max_vague_share));
  }
  if (t.max_anonymous_share && sc.anonymous_share > *t.max_anonymous_share) {
    add("anonymous-share", "Share of anonymous attributions " + FormatPastThreshold(sc.anonymous_share, *t.max_anonymous_share) +
                               " is above the configured maximum " + Num(*t.max_anonymous_share));
  }
  if (t.max_unattributed_quotes && sc.unattributed_quotes > *t.max_unattributed_quotes) {
    add("unattributed-quotes", Counted(sc.unattributed_quotes, "unattributed quote", "unattributed quotes") +
                                   "; the configured maximum is " +
                                   std::to_string(*t.max_unattributed_quotes));
  }
  return out;
}

std::vector<std::pair<std::string, ConfigMark>> MentionedRules(const Config& config) {
  std::vector<std::pair<std::string, ConfigMark>> out;
  for (const auto& [id, lv] : config.levels) out.emplace_back(id, lv.mark);
  for (const auto& o : config.overrides) {
    for (const auto& [id, lv] : o.levels) out.emplace_back(id, lv.mark);
  }
  return out;
}

std::vector<std::pair<std::string, ConfigMark>> MentionedLanguages(const Config& config) {
  std::vector<std::pair<std::string, ConfigMark>> out;
  if (!config.language.empty()) out.emplace_back(config.language, config.language_mark);
  for (const auto& o : config.overrides) {
    if (o.language && !o.language->empty()) out.emplace_back(*o.language, o.language_mark);
  }
  return out;
}

std::string StarterConfig() {
  return R"(# onrecord configuration for `onrecord check` (see docs/ci.md).
# onrecord looks for this file in each checked file's folder and its parents;
# `onrecord check --config PATH` names one explicitly. Unknown keys are errors.

# Rules directory, relative to this file. Leave it out to use the rules that
# ship with onrecord.
# rules: rules

# Language of the drafts (en, de, ...). Left out, it is detected per file;
# set it only when every draft under this folder is in one language.
# language: en

# Findings below this level are not reported: suggestion, warning or error.
min_level: suggestion

# The check fails (exit code 1) when a finding is at or above this level:
# suggestion, warning, error, or none to never fail on findings.
fail_level: error

# Globs below (exclude, overrides) are relative to the folder of this file,
# not to the folder you check: "archive/**" matches only archive/ next to
# this file. A leading "**/" matches at any depth (drafts/archive/ too).
# ** spans folders.

# Paths never checked.
exclude:
  - "**/archive/**"
  - "**/*.min.html"

# Per-rule levels: suggestion, warning, error, or off to turn a rule off.
# `onrecord rules list` prints every rule id.
levels:
  attribution.vague-anonymous: warning
  # attribution.loaded-cue: error

# Article thresholds. Crossing one gives a finding named threshold.<metric>
# (level error unless `levels` says otherwise). Shares run from 0 to 1.
thresholds:
  min_transparency_index: 0.4
  # max_vague_share: 0.5
  # max_anonymous_share: 0.6
  # min_named_share: 0.3
  # min_anonymity_explained: 0.5
  # max_unattributed_quotes: 0

# Settings for some paths only; later entries win.
overrides:
  - files: ["**/opinion/**"]
    levels:
      attribution.loaded-cue: "off"
    thresholds:
      min_transparency_index: 0.2
)";
}

}  // namespace onrecord
