// `onrecord check PATH…|-`: the CI check. Audits drafts, applies the
// `.onrecord.yml` settings and the suppression directives, writes reports in
// the CI formats and exits 0 (nothing at or above the fail level), 1 (some
// finding is) or 2 (usage, config, rule, input or git error; 2 wins).
#include <sys/wait.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>

#include "commands.h"
#include "onrecord/printable.h"
#include "onrecord/audit.h"
#include "onrecord/check_output.h"
#include "onrecord/config.h"
#include "onrecord/file.h"
#include "onrecord/suppressions.h"

namespace fs = std::filesystem;

namespace onrecord::cli {

namespace {

struct CheckArgs {
  std::vector<std::string> paths;
  std::string config;
  std::string fail_level;
  std::string min_level;
  bool no_exit = false;
  std::string format = "cli";
  std::vector<std::string> outputs;
  bool show_suppressed = false;
  std::string diff_base;
  std::vector<std::string> exclude;
  std::string language;
  std::string input_format;
  std::string stdin_filename;
};

constexpr std::string_view kUnusedSuppressionRule = "suppression.unused";

// Finding ids made by the check itself rather than by a rule file.
bool BuiltInRule(const std::string& id) {
  return id.rfind("threshold.", 0) == 0 || id.rfind("input.", 0) == 0 ||
         id.rfind("suppression.", 0) == 0;
}

std::string Quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) {
    if (c == '\'') q += "'\\''";
    else q += c;
  }
  return q + "'";
}

// Runs a shell command; returns its exit status and standard output.
struct Ran {
  int status = -1;
  std::string out;
};

Ran Run(const std::string& command) {
  Ran r;
  FILE* p = popen(command.c_str(), "r");
  if (!p) return r;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  int st = pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

// Lines of `path` changed against `ref`: nullopt = every line (a file git
// does not track yet). Fails when git or the ref is unusable.
Result<std::optional<std::set<int>>> ChangedLines(const std::string& path, const std::string& ref) {
  std::error_code ec;
  fs::path abs = fs::absolute(path, ec);
  std::string dir = abs.parent_path().string();
  std::string name = abs.filename().string();
  std::string git = "git -C " + Quote(dir) + " ";
  // Outside a repository (or without git) no ref is a commit: say which.
  Ran inside = Run(git + "rev-parse --is-inside-work-tree 2>/dev/null");
  if (inside.status != 0 || inside.out.rfind("true", 0) != 0) {
    return Status::Error("--diff-base: " + dir + " is not in a git repository (or git is not installed), so there "
                         "is nothing to compare '" + ref + "' with",
                         path);
  }
  Ran verify = Run(git + "rev-parse --verify --quiet " + Quote(ref + "^{commit}") + " 2>/dev/null");
  if (verify.status != 0) {
    return Status::Error("--diff-base: '" + ref + "' is not a commit in the git repository here",
                         path);
  }
  Ran tracked = Run(git + "ls-files --error-unmatch -- " + Quote(name) + " >/dev/null 2>&1");
  if (tracked.status != 0) return std::optional<std::set<int>>();  // new, untracked draft
  Ran diff = Run(git + "diff -U0 --no-color --no-ext-diff " + Quote(ref) + " -- " + Quote(name));
  if (diff.status != 0) {
    return Status::Error("git diff against '" + ref + "' failed (exit " +
                             std::to_string(diff.status) + ")",
                         path);
  }
  std::set<int> lines;
  size_t pos = 0;
  while ((pos = diff.out.find("\n@@ ", pos)) != std::string::npos) {
    ++pos;
    size_t plus = diff.out.find(" +", pos);
    if (plus == std::string::npos) break;
    int start = 0, count = 1;
    size_t i = plus + 2;
    while (i < diff.out.size() && std::isdigit(static_cast<unsigned char>(diff.out[i]))) {
      start = start * 10 + (diff.out[i++] - '0');
    }
    if (i < diff.out.size() && diff.out[i] == ',') {
      count = 0;
      ++i;
      while (i < diff.out.size() && std::isdigit(static_cast<unsigned char>(diff.out[i]))) {
        count = count * 10 + (diff.out[i++] - '0');
      }
    }
    for (int l = start; l < start + count; ++l) lines.insert(l);
  }
  return std::optional<std::set<int>>(std::move(lines));
}

struct OutputSpec {
  CheckFormat format;
  std::string path;  // "-" = standard output
};

class Checker {
 public:
  Checker(const CheckArgs& args, const GlobalOptions& global) : args_(args), global_(global) {}

  int Run() {
    if (!ParseOptions()) return kExitError;
    std::vector<std::string> errors;
    std::vector<std::string> paths = ExpandPaths(args_.paths, &errors);
    // A report written over a draft it checks would replace the draft:
    // refused before anything is read or written.
    if (const std::string draft = OutputOverDraft(paths); !draft.empty()) {
      std::cerr << "onrecord: --output " << PrintableText(draft) << ": is a draft this check reads (the report would replace it)\n";
      return kExitError;
    }
    for (const auto& e : errors) Fail("onrecord: " + e);
    report_.unread_inputs = static_cast<int>(errors.size());
    for (const auto& path : paths) CheckPath(path);
    if (diff_base_repeats_ > 0) {
      std::cerr << "onrecord: the same --diff-base error stopped " << Counted(diff_base_repeats_, "more file", "more files")
                << "\n";
    }
    if (report_.files.empty() && errors.empty() && excluded_ > 0 && excluded_named_ == excluded_) {
      // Every path was a file named on the command line that the config or
      // --exclude leaves out, as a pre-commit hook does when a commit stages
      // only excluded drafts: the project said not to check them, so there is
      // nothing to fail. A folder or glob that gives nothing stays an error.
      std::cerr << "onrecord: nothing to check: " << Counted(excluded_, "file named is", "files named are")
                << " excluded by --exclude or the config's exclude\n";
      return kExitOk;
    }
    if (report_.files.empty() && !errors.empty()) {
      // Nothing was checked, and the lines above said why (an empty folder,
      // a glob that matches nothing, a missing file): one line per cause,
      // not a second one for the same (in45).
      return kExitError;
    }
    if (report_.files.empty()) {
      // Nothing was checked: never a report that reads as a pass.
      std::string given;
      for (size_t i = 0; i < args_.paths.size() && i < 3; ++i) given += (i ? ", '" : "'") + args_.paths[i] + "'";
      if (args_.paths.size() > 3) given += ", …";
      Fail("onrecord: no files to check in " + given +
           (excluded_ > 0 ? " (" + Counted(excluded_, "file was", "files were") + " excluded)"
                          : " (files ending .txt .md .markdown .html .htm .json .jsonl .ndjson are checked)"));
      return kExitError;
    }
    Canonicalize(&report_);
    report_.tool_version = ToolVersion();
    Emit();
    if (error_) return kExitError;
    return failed_ ? kExitFindings : kExitOk;
  }

 private:
  bool language_reported_ = false;  // a bad --language was reported
  std::string language_failure_;    // and its message, for the reports

  void Fail(const std::string& message) {
    std::cerr << message << "\n";
    error_ = true;
  }

  // An error of the config or its rules: held while pending_ collects them
  // (to be said in the config file's order), else said now.
  void Report(const Status& s) {
    error_ = true;
    if (pending_) pending_->push_back(s);
    else Fail("onrecord: " + PrintableStatus(s));
  }

  // Says `errors`: those in `config_path` in its line:column order, then
  // the others (a rules file's) in the order found.
  // Returns them in that order.
  std::vector<Status> SayInFileOrder(std::vector<Status> errors, const std::string& config_path) {
    std::stable_partition(errors.begin(), errors.end(),
                          [&](const Status& e) { return e.path() == config_path; });
    auto mid = std::find_if(errors.begin(), errors.end(),
                            [&](const Status& e) { return e.path() != config_path; });
    std::stable_sort(errors.begin(), mid, [](const Status& a, const Status& b) {
      return std::make_pair(a.line(), a.column()) < std::make_pair(b.line(), b.column());
    });
    for (const auto& e : errors) Fail("onrecord: " + PrintableStatus(e));
    return errors;
  }

  // Why the files under a config were left unchecked, for the reports
  // (SARIF, JUnit, JSON, GitHub): the first of the errors said on standard
  // error, as `file:line:column: message`, and how many more there were.
  // A config file that could not be read at all (no line) "could not be
  // read"; one that was read, or whose rules were, "is invalid" (fu53r).
  static std::string ConfigFailure(const std::vector<Status>& errors, const std::string& config_path) {
    if (errors.empty()) return "the config or its rules could not be used (see the errors above)";
    const Status& first = errors.front();
    std::string what = first.path() != config_path ? "the rules are invalid: "
                       : first.line() > 0          ? "the config is invalid: "
                                                   : "the config could not be read: ";
    std::string more = errors.size() > 1 ? " (and " + Counted(static_cast<int>(errors.size() - 1), "more error", "more errors") + ")"
                                         : std::string();
    return what + first.ToString() + more;
  }

  // The first --output (FORMAT=PATH as given) whose file is one of the
  // drafts in `paths` (the same file by canonical path), or "".
  std::string OutputOverDraft(const std::vector<std::string>& paths) const {
    std::error_code ec;
    std::set<fs::path> reports;
    for (const auto& o : outputs_) {
      if (o.path != "-" && fs::is_regular_file(o.path, ec)) reports.insert(fs::weakly_canonical(fs::absolute(o.path, ec), ec));
    }
    if (reports.empty()) return "";
    for (const auto& p : paths) {
      if (p == "-") continue;
      const fs::path draft = fs::weakly_canonical(fs::absolute(p, ec), ec);
      if (reports.count(draft) == 0) continue;
      for (const auto& o : outputs_) {
        if (o.path != "-" && fs::weakly_canonical(fs::absolute(o.path, ec), ec) == draft) return o.path;
      }
    }
    return "";
  }

  bool ParseOptions() {
    auto fmt = ParseCheckFormat(args_.format);
    if (!fmt) {
      std::cerr << "onrecord: unknown --format '" << args_.format
                << "' (cli, line, json, sarif, github, junit or rdjsonl)\n";
      return false;
    }
    outputs_.push_back({*fmt, "-"});
    for (const auto& spec : args_.outputs) {
      size_t eq = spec.find('=');
      auto f = eq == std::string::npos ? std::nullopt : ParseCheckFormat(spec.substr(0, eq));
      if (!f || eq + 1 >= spec.size()) {
        std::cerr << "onrecord: --output expects FORMAT=PATH with FORMAT one of cli, line, json, "
                     "sarif, github, junit, rdjsonl; got '"
                  << spec << "'\n";
        return false;
      }
      std::string path = spec.substr(eq + 1);
      // A report goes into a folder that exists: a mistyped path is an
      // error, never a folder made somewhere (such as at the root).
      fs::path parent = fs::path(path).parent_path();
      std::error_code ec;
      if (!parent.empty() && !fs::is_directory(parent, ec)) {
        std::cerr << "onrecord: --output " << PrintableText(spec) << ": "
                  << (fs::exists(parent, ec) ? "not a directory: " + parent.string() + " (it is a file)"
                                             : "no such directory: " + parent.string() + " (create it first)")
                  << "\n";
        return false;
      }
      // A folder at the path itself: refused before the check runs, so that
      // no report is printed for a run that then fails on writing it.
      if (fs::is_directory(path, ec)) {
        std::cerr << "onrecord: --output " << PrintableText(spec) << ": is a directory: " << PrintableText(path)
                  << " (give a file name in it)\n";
        return false;
      }
      // Two reports into one file: the second would overwrite the first.
      const fs::path same = fs::weakly_canonical(fs::absolute(path, ec), ec);
      for (size_t k = 1; k < outputs_.size(); ++k) {
        if (fs::weakly_canonical(fs::absolute(outputs_[k].path, ec), ec) == same) {
          std::cerr << "onrecord: --output " << PrintableText(spec) << ": " << PrintableText(path)
                    << " is already the file of another --output (one report per file)\n";
          return false;
        }
      }
      outputs_.push_back({*f, path});
    }
    if (args_.no_exit) {
      fail_level_ = std::optional<Severity>();
    } else if (!args_.fail_level.empty()) {
      if (args_.fail_level == "none") {
        fail_level_ = std::optional<Severity>();
      } else if (auto s = ParseSeverity(args_.fail_level)) {
        fail_level_ = std::optional<Severity>(*s);
      } else {
        std::cerr << "onrecord: --fail-level must be suggestion, warning, error or none\n";
        return false;
      }
    }
    if (!args_.min_level.empty()) {
      min_level_ = ParseSeverity(args_.min_level);
      if (!min_level_) {
        std::cerr << "onrecord: --min-level must be suggestion, warning or error\n";
        return false;
      }
    }
    if (!args_.input_format.empty()) {
      load_.format = ParseInputFormat(args_.input_format);
      if (!load_.format) {
        std::cerr << "onrecord: unknown --input-format '" << PrintableText(args_.input_format) << "'\n";
        return false;
      }
    }
    if (!args_.config.empty()) {
      // A broken --config is reported once here and then, like a broken
      // config found beside the drafts, makes every file unchecked (exit 2,
      // the summary and the reports say so).
      configs_[args_.config] = LoadReportingAll(args_.config);
    }
    return true;
  }

  // A config file, or null after reporting every error in it, each at its
  // line:column (in45): its values' errors, then the rule ids its `levels`
  // name that the rules do not have.
  std::shared_ptr<Config> LoadReportingAll(const std::string& path) {
    std::vector<Status> errors;
    Config c = LoadConfigAllErrors(path, &errors);
    if (errors.empty()) return std::make_shared<Config>(std::move(c));
    // The rules the config names, and the rule ids and languages it names,
    // are checked too (a bad `exclude` glob no longer hides a `rules`
    // directory that does not exist, ro48), and every error is said in the
    // file's order.
    const bool levels_named = !c.levels.empty() ||
                              std::any_of(c.overrides.begin(), c.overrides.end(),
                                          [](const ConfigOverride& o) { return !o.levels.empty(); });
    if (!c.path.empty() && (!c.rules.empty() || levels_named || !MentionedLanguages(c).empty())) {
      pending_ = &errors;
      ValidateWithRules(c);
      pending_ = nullptr;
    }
    const std::string config_path = c.path.empty() ? path : c.path;
    config_failures_[path] = ConfigFailure(SayInFileOrder(std::move(errors), config_path), config_path);
    return nullptr;
  }

  // The config for a file, or null after reporting an error; a default
  // config when there is no file.
  std::shared_ptr<const Config> ConfigFor(const std::string& path, std::string* found) {
    std::string& config_path = *found;
    config_path = args_.config;
    if (config_path.empty()) {
      std::string start;
      if (path == "-") {
        start = args_.stdin_filename.empty()
                    ? "."
                    : fs::absolute(args_.stdin_filename).parent_path().string();
      } else {
        start = fs::absolute(path).parent_path().string();
      }
      config_path = FindConfig(start);
    }
    auto it = configs_.find(config_path);
    if (it != configs_.end()) return it->second;
    std::shared_ptr<Config> config;
    if (config_path.empty()) {
      config = std::make_shared<Config>();
      config->directory = fs::current_path().string();
    } else {
      config = LoadReportingAll(config_path);
    }
    configs_[config_path] = config;
    return config;
  }

  std::shared_ptr<const RuleSet> RulesFor(const Config& config) {
    std::string dir = global_.rules_dir;
    if (dir.empty()) dir = config.RulesDirectory();
    if (dir.empty()) dir = RuleSet::DefaultDirectory(global_.argv0);
    auto it = rules_.find(dir);
    if (it != rules_.end()) return it->second;
    std::shared_ptr<const RuleSet> rules;
    std::error_code ec;
    const bool config_named = global_.rules_dir.empty() && !config.rules.empty();
    if (config_named && !fs::is_directory(dir, ec)) {
      // The config named it: the error is at the config's `rules:` value.
      const std::string what = fs::exists(dir, ec) ? "rules is not a directory: " : "rules directory not found: ";
      Report(Status::Error(what + dir, config.path, config.rules_mark.line, config.rules_mark.column));
      rules_[dir] = rules;
      return rules;
    }
    auto loaded = RuleSet::Load(dir);
    if (!loaded.ok() && config_named && loaded.status().path() == dir && loaded.status().line() == 0) {
      // A fault of the directory as a whole (no rule files in it): also at
      // the config's `rules:` value, which is what the writer has to change.
      Report(Status::Error("rules directory " + dir + ": " + loaded.status().message(), config.path,
                           config.rules_mark.line, config.rules_mark.column));
    } else if (!loaded.ok()) {
      Report(loaded.status());
    } else {
      rules = loaded.value();
    }
    rules_[dir] = rules;
    if (rules && !catalogue_) catalogue_ = rules;
    return rules;
  }

  // The config's rules, loaded and validated (RulesFor, Validate), or null.
  // When the config's `rules:` names a folder that does not exist, its
  // languages and rule ids are still checked, against the built-in rules,
  // so that the one error does not hide the others (docs/ci.md; fu53r).
  std::shared_ptr<const RuleSet> ValidateWithRules(const Config& config) {
    auto rules = RulesFor(config);
    if (rules) return Validate(config, *rules) ? rules : nullptr;
    std::error_code ec;
    if (global_.rules_dir.empty() && !config.rules.empty() && !fs::is_directory(config.RulesDirectory(), ec)) {
      if (!builtin_) {
        auto loaded = RuleSet::Load(RuleSet::DefaultDirectory(global_.argv0));
        if (loaded.ok()) builtin_ = loaded.value();
      }
      if (builtin_) Validate(config, *builtin_);
    }
    return nullptr;
  }

  // The rules for files under `config`, or null with why (ConfigFailure)
  // in *failure after its errors were said.
  std::shared_ptr<const RuleSet> UsableRules(const Config& config, std::string* failure) {
    std::string dir = global_.rules_dir;
    if (dir.empty()) dir = config.RulesDirectory();
    if (dir.empty()) dir = RuleSet::DefaultDirectory(global_.argv0);
    const std::string key = config.path + "\n" + dir;
    if (auto it = validation_failures_.find(key); it != validation_failures_.end()) {
      *failure = it->second;
      return nullptr;
    }
    std::vector<Status> errors;
    pending_ = &errors;
    auto rules = ValidateWithRules(config);
    pending_ = nullptr;
    std::vector<Status> said = SayInFileOrder(std::move(errors), config.path);
    if (rules) return rules;
    *failure = validation_failures_[key] = ConfigFailure(said, config.path);
    return nullptr;
  }

  // Every rule id that `levels` names must exist.
  bool Validate(const Config& config, const RuleSet& rules) {
    std::string key = config.path + "\n" + rules.directory();
    if (validated_.count(key)) return validated_[key];
    // Its errors are said in the config file's order (ro48).
    std::vector<Status> errors;
    const bool own = pending_ == nullptr;
    if (own) pending_ = &errors;
    bool ok = true;
    for (const auto& [id, mark] : MentionedRules(config)) {
      if (BuiltInRule(id)) continue;
      bool known = false;
      const RuleInfo* found = nullptr;
      for (const auto& info : rules.rules()) {
        if (info.id == id) found = &info;
      }
      known = found != nullptr;
      // Boilerplate, cue and phrase rules feed the scoring and produce no
      // findings of their own: a level for one would change nothing, and a
      // newsroom would believe it enforced something it does not (fu29).
      if (found && found->kind != "attribution" && found->kind != "metric" && found->kind != "document") {
        Report(Status::Error("rule '" + id + "' in levels is a " + found->kind +
                                 " rule: it produces no findings of its own, so a level changes "
                                 "nothing (docs/rules.md: which rules make findings)",
                             config.path, mark.line, mark.column));
        ok = false;
        continue;
      }
      if (!known) {
        std::vector<std::string> ids = {std::string(kUnusedSuppressionRule), "suppression.invalid",
                                        "suppression.unknown-rule"};
        for (const char* t : {"transparency-index", "named-share", "anonymity-explained", "vague-share",
                              "anonymous-share", "unattributed-quotes"}) {
          ids.push_back(std::string("threshold.") + t);
        }
        for (const auto& info : rules.rules()) ids.push_back(info.id);
        const std::string hint = ClosestName(id, ids);
        Report(Status::Error("unknown rule id '" + id + "' in levels" +
                                 (hint.empty() ? std::string(" (see `onrecord rules list`)")
                                               : " (did you mean '" + hint + "'?)"),
                             config.path, mark.line, mark.column));
        ok = false;
      }
    }
    // --language must name a language with rules: said once, not once per
    // draft (every file under this config is then left unchecked, exit 2).
    if (!args_.language.empty()) {
      auto given = RequestedLanguage(args_.language, rules);
      if (!given.ok()) {
        if (!language_reported_) Fail("onrecord: " + PrintableStatus(given.status()));
        language_reported_ = true;
        language_failure_ = "--language: " + given.status().message();
        error_ = true;
        ok = false;
      }
    }
    // Every language the config names must have rules (as --language must).
    if (args_.language.empty()) {
      for (const auto& [language, mark] : MentionedLanguages(config)) {
        auto given = RequestedLanguage(language, rules);
        if (!given.ok()) {
          Report(Status::Error(given.status().message(), config.path, mark.line, mark.column));
          ok = false;
        }
      }
    }
    if (own) {
      pending_ = nullptr;
      SayInFileOrder(std::move(errors), config.path);
    }
    validated_[key] = ok;
    return ok;
  }

  bool ExcludedByFlag(const std::string& path) const {
    std::string rel = ReportPath(fs::path(path).lexically_normal().generic_string());
    for (const auto& g : args_.exclude) {
      if (GlobMatch(ReportPath(g), rel)) return true;
    }
    return false;
  }

  // A file that could not be checked (its config, rules or git history is
  // unusable): counted in the summary and shown as an error in the reports.
  void Unchecked(const std::string& shown, const Status& status, bool config_error = false,
                 bool option_error = false) {
    CheckFile file;
    file.path = shown;
    file.error = status;
    file.config_error = config_error;
    file.option_error = option_error;
    report_.files.push_back(std::move(file));
  }

  // A path given on the command line as a file (not a folder or a glob).
  bool NamedFile(const std::string& path) const {
    std::error_code ec;
    return std::find(args_.paths.begin(), args_.paths.end(), path) != args_.paths.end() &&
           fs::is_regular_file(path, ec);
  }

  void Excluded(const std::string& path) {
    ++excluded_;
    if (NamedFile(path)) ++excluded_named_;
  }

  void CheckPath(const std::string& path) {
    if (path != "-" && ExcludedByFlag(path)) return Excluded(path);
    std::string shown = path == "-" && !args_.stdin_filename.empty() ? args_.stdin_filename : path;
    std::string config_path;
    auto config = ConfigFor(path, &config_path);
    if (!config) return Unchecked(shown, Status::Error(config_failures_[config_path], shown), true);
    if (path != "-" && config->Excluded(path)) return Excluded(path);
    std::string failure;
    auto rules = UsableRules(*config, &failure);
    if (!rules) {
      // A bad --language is the command line's fault, not the config's.
      if (language_reported_) return Unchecked(shown, Status::Error(language_failure_, shown), false, true);
      return Unchecked(shown, Status::Error(failure, shown), true);
    }
    FileSettings settings = config->ForPath(path == "-" ? shown : path);
    if (min_level_) settings.min_level = *min_level_;
    std::optional<Severity> fail_level = Severity::kError;
    if (fail_level_) fail_level = *fail_level_;
    else if (config->fail_level) fail_level = *config->fail_level;

    std::optional<std::optional<std::set<int>>> changed;
    if (!args_.diff_base.empty()) {
      if (path == "-") {
        Status st = Status::Error("--diff-base needs files; standard input has no git history", shown);
        Fail("onrecord: " + PrintableStatus(st));
        return Unchecked(shown, st);
      }
      auto c = ChangedLines(path, args_.diff_base);
      if (!c.ok()) {
        // A bad ref or a folder outside git fails every draft the same way:
        // say it once, then count the other drafts it stopped.
        if (diff_base_errors_.insert(c.status().message()).second) {
          Fail("onrecord: " + PrintableStatus(c.status()));
        } else {
          error_ = true;
          ++diff_base_repeats_;
        }
        return Unchecked(shown, c.status());
      }
      changed = c.value();
    }

    AuditOptions options;
    options.language = args_.language.empty() ? settings.language : args_.language;
    for (auto& loaded : LoadPath(path, load_, shown)) {
      CheckFile file;
      file.path = shown;
      if (!loaded.document) {
        Fail("onrecord: " + PrintableStatus(loaded.error));
        file.error = loaded.error;
        report_.files.push_back(std::move(file));
        continue;
      }
      const Document& doc = *loaded.document;
      std::cerr << WarningLines(doc.warnings);
      auto result = Audit(doc, *rules, options);
      if (!result.ok()) {
        Fail("onrecord: " + PrintableStatus(result.status()));
        file.error = result.status();
        report_.files.push_back(std::move(file));
        continue;
      }
      std::cerr << LanguageWithoutRulesWarning(*result, shown);
      Suppressions sup = ParseSuppressions(doc.source, doc.format);
      AddDirectiveFindings(sup, *rules, &result.value());
      std::vector<Finding> findings = ApplySettings(*result, settings);
      ApplySuppressions(sup, &findings);
      AddUnusedSuppressionFindings(sup, *rules, settings, &findings);
      std::vector<Finding> kept;
      for (auto& f : findings) {
        if (f.level < settings.min_level) continue;
        if (changed && *changed && !OnChangedLine(f, **changed, *rules, result->language)) continue;
        kept.push_back(std::move(f));
      }
      for (const auto& f : kept) {
        if (!f.suppressed && fail_level && f.level >= *fail_level) failed_ = true;
      }
      file.findings = MakeCheckFindings(kept, doc.source);
      for (auto& f : file.findings) f.fails = !f.suppressed && fail_level && f.level >= *fail_level;
      file.score = result->score;
      report_.files.push_back(std::move(file));
    }
  }

  // Malformed directives and directives naming unknown rules are findings.
  static void AddDirectiveFindings(const Suppressions& sup, const RuleSet& rules, AuditResult* r) {
    auto add = [&](const std::string& rule, const std::string& message, size_t begin, int line,
                   int column) {
      Finding f;
      f.rule = rule;
      f.level = Severity::kWarning;
      f.message = message;
      f.link = "docs/ci.md#suppressions";
      f.location.begin = f.location.end = begin;
      f.location.line = line;
      f.location.column = column;
      r->findings.push_back(f);
    };
    for (const auto& p : sup.problems) {
      add("suppression.invalid", "Suppression directive ignored: " + p.message, p.begin, p.line,
          p.column);
    }
    for (const auto& range : sup.ranges) {
      for (const auto& id : range.rules) {
        if (BuiltInRule(id)) continue;
        bool known = false;
        for (const auto& info : rules.rules()) known = known || info.id == id;
        if (!known) {
          std::vector<std::string> ids;
          for (const auto& info : rules.rules()) ids.push_back(info.id);
          const std::string hint = ClosestName(id, ids);
          add("suppression.unknown-rule",
              "Suppression directive names an unknown rule '" + id + "'" +
                  (hint.empty() ? std::string() : " (did you mean '" + hint + "'?)"),
              0, range.line, range.column);
        }
      }
    }
  }

  // A directive (or a rule id it names) that suppressed no finding is a
  // `suppression.unused` finding at the directive, a suggestion unless
  // `levels` says otherwise; it can itself be suppressed. Ids that are no
  // rule (reported as suppression.unknown-rule) and `suppression.unused`
  // itself are left out.
  static void AddUnusedSuppressionFindings(const Suppressions& sup, const RuleSet& rules,
                                           const FileSettings& settings, std::vector<Finding>* findings) {
    Severity level = Severity::kSuggestion;
    if (auto lv = settings.levels.find(std::string(kUnusedSuppressionRule)); lv != settings.levels.end()) {
      if (lv->second.off) return;
      level = lv->second.level;
    }
    std::vector<Finding> unused;
    for (const auto& u : UnusedSuppressions(sup, *findings)) {
      if (u.rule == kUnusedSuppressionRule) continue;
      if (!u.rule.empty() && !BuiltInRule(u.rule)) {
        bool known = false;
        for (const auto& info : rules.rules()) known = known || info.id == u.rule;
        if (!known) continue;
      }
      Finding f;
      f.rule = kUnusedSuppressionRule;
      f.level = level;
      f.message = u.rule.empty() ? "Unused suppression directive: it covers no finding"
                                 : "Unused suppression of '" + u.rule + "': no such finding where it applies";
      f.link = "docs/ci.md#unused-suppressions";
      f.location.begin = u.range->begin;
      f.location.end = u.range->end;
      f.location.line = u.range->line;
      f.location.column = u.range->column;
      unused.push_back(std::move(f));
    }
    ApplySuppressions(sup, &unused);
    for (auto& f : unused) findings->push_back(std::move(f));
  }

  // Article-level findings (metrics, thresholds) concern the whole text:
  // they stay when any line changed. The others need their own line changed.
  static bool OnChangedLine(const Finding& f, const std::set<int>& changed, const RuleSet& rules,
                            const std::string& language) {
    bool article_level = f.rule.rfind("threshold.", 0) == 0;
    if (const RuleInfo* info = rules.Find(f.rule, language)) {
      article_level = article_level || info->kind == "metric";
    }
    if (article_level) return !changed.empty();
    return changed.count(f.location.line) > 0;
  }

  void Emit() {
    CheckOutputOptions opts;
    opts.show_suppressed = args_.show_suppressed;
    opts.rules = catalogue_.get();
    bool github = false;
    for (const auto& o : outputs_) {
      std::string text = FormatCheck(report_, o.format, opts);
      github = github || o.format == CheckFormat::kGithub;
      if (o.path == "-") {
        std::cout << text;
        continue;
      }
      // Never a half-written report: a temporary file renamed into place.
      Status written = WriteFileAtomically(o.path, text, std::string("the ") + CheckFormatName(o.format) + " report");
      if (!written.ok()) Fail("onrecord: " + PrintableStatus(written));
    }
    std::cout.flush();
    const char* summary = std::getenv("GITHUB_STEP_SUMMARY");
    if (github && summary && *summary) {
      // Appended (the runner's file collects every step's summary).
      errno = 0;
      std::ofstream out(summary, std::ios::binary | std::ios::app);
      out << GithubStepSummary(report_, opts);
      out.close();
      if (!out) {
        Fail(std::string("onrecord: ") + summary + ": cannot append the step summary: " +
             std::strerror(errno != 0 ? errno : EIO));
      }
    }
  }

  const CheckArgs& args_;
  const GlobalOptions& global_;
  std::vector<OutputSpec> outputs_;
  std::optional<std::optional<Severity>> fail_level_;
  std::optional<Severity> min_level_;
  LoadOptions load_;
  std::map<std::string, std::shared_ptr<Config>> configs_;
  std::map<std::string, std::shared_ptr<const RuleSet>> rules_;
  std::map<std::string, bool> validated_;
  // ConfigFailure of a config that could not be loaded (by its path) and of
  // a config and rules that could not be used (by the config's path and
  // the rules directory).
  std::map<std::string, std::string> config_failures_;
  std::map<std::string, std::string> validation_failures_;
  std::shared_ptr<const RuleSet> builtin_;  // see ValidateWithRules
  std::vector<Status>* pending_ = nullptr;  // see Report
  std::shared_ptr<const RuleSet> catalogue_;
  CheckReport report_;
  bool error_ = false;
  bool failed_ = false;
  int excluded_ = 0;  // files left out by --exclude or the config's exclude
  int excluded_named_ = 0;  // of those, files named on the command line
  std::set<std::string> diff_base_errors_;  // --diff-base messages already printed
  int diff_base_repeats_ = 0;               // drafts stopped by an error already printed
};

CommandRegistration registration("check", 20, [](CLI::App& app, GlobalOptions& global) {
  auto args = std::make_shared<CheckArgs>();
  CLI::App* sub = app.add_subcommand(
      "check", "CI check of drafts: exit 1 when a finding reaches --fail-level, 2 on errors");
  sub->add_option("paths", args->paths, "Files, directories or glob patterns ('-' for standard input)")
      ->required();
  sub->add_option("--config", args->config, "Config file (default: the nearest .onrecord.yml)")
      ->check(CLI::ExistingFile);
  sub->add_option("--fail-level", args->fail_level,
                  "suggestion, warning, error or none (default: the config's, else error)");
  sub->add_flag("--no-exit", args->no_exit, "Never fail on findings (same as --fail-level none)");
  sub->add_option("--min-level,--minAlertLevel", args->min_level,
                  "Report only findings at or above: suggestion, warning or error");
  sub->add_option("--format", args->format, "cli, line, json, sarif, github, junit or rdjsonl");
  sub->add_option("--output", args->outputs, "Also write a report: FORMAT=PATH (repeatable)");
  sub->add_flag("--show-suppressed", args->show_suppressed, "List suppressed findings too");
  sub->add_option("--diff-base", args->diff_base,
                  "Report only findings on lines changed against this git ref");
  sub->add_option("--exclude", args->exclude, "Skip paths matching this glob (repeatable)");
  sub->add_option("--language", args->language, "Language code (default: config, else detected)");
  sub->add_option("--input-format", args->input_format, "txt, md, html, json or jsonl (default: by extension)");
  sub->add_option("--stdin-filename", args->stdin_filename, "Name (and format) reported for standard input");
  GlobalOptions* g = &global;
  return std::function<int()>([args, g] { return Checker(*args, *g).Run(); });
});

}  // namespace

}  // namespace onrecord::cli
