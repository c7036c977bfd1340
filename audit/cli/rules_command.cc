// `onrecord rules list|show|test`: the rules as loaded, one rule in full,
// and every rule's examples run (exit 1 when one fails, 2 when the rules do
// not load).
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "commands.h"
#include "onrecord/printable.h"
#include "onrecord/audit.h"
#include "onrecord/rule_test_runner.h"
#include "onrecord/text.h"

namespace fs = std::filesystem;

namespace onrecord::cli {

namespace {

struct RulesArgs {
  std::string language;  // list, show
  std::string id;        // show
  std::string path;      // test
  bool verbose = false;  // test
};

std::shared_ptr<const RuleSet> Load(const GlobalOptions& global, const std::string& dir) {
  GlobalOptions g = global;
  if (!dir.empty()) g.rules_dir = dir;
  return LoadRulesOrReport(g);
}

// `--language`, when given, names a pack (or "any"): "xx" or "german"
// would list or show the other packs' rules in silence. The pack's
// language ("fr" for "fr-FR"), or nothing after reporting the packs there
// are.
std::optional<std::string> PackLanguage(const std::string& language, const RuleSet& rules) {
  if (language.empty() || language == "any") return language;
  auto given = RequestedLanguage(language, rules);
  if (given.ok()) return *given;
  std::cerr << "onrecord: --language: " << given.status().message() << "\n";
  return std::nullopt;
}

int RunList(const RulesArgs& args, const GlobalOptions& global) {
  auto rules = Load(global, {});
  if (!rules) return kExitError;
  const auto language = PackLanguage(args.language, *rules);
  if (!language) return kExitError;
  std::vector<const RuleInfo*> shown;
  for (const auto& r : rules->rules()) {
    if (!language->empty() && r.language != *language && r.language != "any") continue;
    shown.push_back(&r);
  }
  std::stable_sort(shown.begin(), shown.end(), [](const RuleInfo* a, const RuleInfo* b) {
    return a->id != b->id ? a->id < b->id : a->language < b->language;
  });
  size_t width = 2;
  for (const auto* r : shown) width = std::max(width, r->id.size());
  std::cout << fmt::format("{:<{}}  {:<11}  {:<10}  {:<4}  {}\n", "id", width, "kind", "level", "lang", "message");
  for (const auto* r : shown) {
    // A rule pack of one's own is text like any other: printable (fu53r).
    std::cout << PrintableText(fmt::format("{:<{}}  {:<11}  {:<10}  {:<4}  {}", r->id, width, r->kind,
                                           SeverityName(r->level), r->language, r->message))
              << "\n";
  }
  return kExitOk;
}

int RunShow(const RulesArgs& args, const GlobalOptions& global) {
  auto rules = Load(global, {});
  if (!rules) return kExitError;
  const auto language = PackLanguage(args.language, *rules);
  if (!language) return kExitError;
  auto shown = ShowRule(*rules, args.id, *language);
  if (!shown.ok()) {
    std::cerr << "onrecord: " << PrintableStatus(shown.status()) << "\n";
    return kExitError;
  }
  // A rule file of one's own is text like any other (fu53r): its lines
  // are shown with control characters escaped, the line feeds kept (and a
  // CR before one dropped, so a file saved with CRLF reads as it looks).
  std::string text = std::move(*shown);
  for (size_t at = text.find("\r\n"); at != std::string::npos; at = text.find("\r\n", at)) text.erase(at, 1);
  std::cout << PrintableLines(text);
  return kExitOk;
}

// The rules directory that holds PATH: rule files sit at
// <dir>/<language>/<category>/<name>.yml, so a rule file is three levels
// below it, a category directory two, a language directory one.
std::string RulesRootOf(const fs::path& path) {
  std::error_code ec;
  fs::path p = fs::weakly_canonical(path, ec);
  if (fs::is_regular_file(p, ec)) return p.parent_path().parent_path().parent_path().string();
  int depth = -1;
  for (auto it = fs::recursive_directory_iterator(p, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    std::string ext = it->path().extension().string();
    if (ext != ".yml" && ext != ".yaml") continue;
    int d = static_cast<int>(std::distance(fs::relative(it->path(), p).begin(), fs::relative(it->path(), p).end()));
    if (depth < 0 || d > depth) depth = d;
  }
  for (int up = 3 - depth; depth > 0 && up > 0; --up) p = p.parent_path();
  return p.string();
}

int RunTest(const RulesArgs& args, const GlobalOptions& global) {
  std::string dir;
  if (!args.path.empty()) {
    std::error_code ec;
    if (!fs::exists(args.path, ec)) {
      std::cerr << "onrecord: " << PrintableText(args.path) << ": no such file or directory\n";
      return kExitError;
    }
    if (global.rules_dir.empty()) dir = RulesRootOf(args.path);
  }
  auto rules = Load(global, dir);
  if (!rules) return kExitError;
  RuleTestReport report = RunRuleExamples(*rules, args.path);
  size_t examples = 0;
  for (const auto& r : report.results) {
    if (!r.example.empty()) ++examples;
    if (r.ok && !args.verbose) continue;
    // The rule's id, example, path and the engine's words about them come
    // from the rule files: each line printable, as `rules list` writes them.
    std::string example = r.example.empty() ? "" : fmt::format(" “{}”", r.example);
    std::cout << PrintableText(fmt::format("{}  {} [{}] {}{}", r.ok ? "ok  " : "FAIL", r.rule, r.language,
                                           r.flag ? "flag" : "pass", example))
              << "\n";
    if (!r.ok) std::cout << "      " << PrintableText(fmt::format("{}: {}", r.path, r.detail)) << "\n";
  }
  if (report.rules == 0 && !args.path.empty()) {
    std::cerr << "onrecord: " << PrintableText(args.path) << ": no rule files there\n";
    return kExitError;
  }
  std::cout << fmt::format("{}, {}, {} failed\n", Counted(report.rules, "rule", "rules"),
                           Counted(examples, "example", "examples"), report.failures);
  return report.failures > 0 ? kExitFindings : kExitOk;
}

CommandRegistration registration("rules", 60, [](CLI::App& app, GlobalOptions& global) {
  auto args = std::make_shared<RulesArgs>();
  auto which = std::make_shared<std::string>();
  CLI::App* sub = app.add_subcommand("rules", "List, show and test the rules");
  sub->require_subcommand(1);
  CLI::App* list = sub->add_subcommand("list", "List every rule: id, kind, level, language, message");
  list->add_option("--language", args->language, "Only this language's rules (and the \"any\" ones)");
  list->callback([which] { *which = "list"; });
  CLI::App* show = sub->add_subcommand("show", "Show one rule as written, with its lists resolved");
  show->add_option("id", args->id, "Rule id, e.g. attribution.vague-anonymous")->required();
  show->add_option("--language", args->language, "The language whose version to show");
  show->callback([which] { *which = "show"; });
  CLI::App* test = sub->add_subcommand(
      "test", "Run every rule's examples (exit 1 when one fails, 2 when the rules do not load)");
  test->add_option("path", args->path, "A rules directory, or a rule file or folder inside one");
  test->add_flag("-v,--verbose", args->verbose, "Also list the examples that pass");
  test->callback([which] { *which = "test"; });
  GlobalOptions* g = &global;
  return std::function<int()>([args, which, g] {
    if (*which == "list") return RunList(*args, *g);
    if (*which == "show") return RunShow(*args, *g);
    return RunTest(*args, *g);
  });
});

}  // namespace

}  // namespace onrecord::cli
