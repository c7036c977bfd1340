// `onrecord eval`: scores the engine against gold annotations.
//
//   onrecord eval GOLD|DIR…          gold in the seed's schema (lenient matching)
//   onrecord eval --polnear DIR      PolNeAR brat annotations (exact spans)
//
// Exit codes (design §6): 0, 1 when a metric is below its --min-* floor,
// 2 on a usage error or bad input (2 wins over 1).
#include <atomic>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <thread>

#include <fmt/format.h>

#include "commands.h"
#include "onrecord/printable.h"
#include "onrecord/report.h"
#include "onrecord/audit.h"
#include "onrecord/document.h"
#include "onrecord/eval.h"
#include "onrecord/file.h"
#include "onrecord/text.h"

namespace fs = std::filesystem;

namespace onrecord::cli {

namespace {

struct EvalArgs {
  std::vector<std::string> paths;
  std::string polnear;
  std::string split = "tune";
  std::string format = "text";
  std::string language;
  bool verbose = false;
  bool list = false;  // --polnear: print the split's article names, audit nothing
  int jobs = 1;
  // Floors, keyed by metric name ("quote-f1", …).
  std::map<std::string, double> floors;
};

// Metric names usable as floors, per mode.
const std::vector<std::pair<std::string, std::string>>& GoldFloorMetrics() {
  static const std::vector<std::pair<std::string, std::string>> kMetrics = {
      {"quote-f1", "quote F1 (lenient match)"},
      {"quote-precision", "quote precision (lenient match)"},
      {"quote-recall", "quote recall (lenient match)"},
      {"quote-exact-f1", "quote F1 (exact text)"},
      {"quote-overlap-f1", "quote F1 (token overlap >= 0.8)"},
      {"speaker-accuracy", "speaker accuracy over matched quotes"},
      {"anonymous-f1", "anonymous-source F1"},
      {"anonymous-precision", "anonymous-source precision"},
      {"anonymous-recall", "anonymous-source recall"},
      {"specificity-accuracy", "specificity accuracy over matched anonymous sources"},
      {"reason-accuracy", "reason_given accuracy over matched anonymous sources"},
  };
  return kMetrics;
}

const std::vector<std::pair<std::string, std::string>>& PolnearFloorMetrics() {
  static const std::vector<std::pair<std::string, std::string>> kMetrics = {
      {"source-f1", "PolNeAR Source exact-span F1"},
      {"cue-f1", "PolNeAR Cue exact-span F1"},
      {"content-f1", "PolNeAR Content exact-span F1"},
      {"direct-quote-recall", "PolNeAR direct-quote recall"},
  };
  return kMetrics;
}

std::string Fixed(double v) { return fmt::format("{:.3f}", v); }
std::string Articles(long long n) { return Counted(n, "article", "articles"); }
std::string Fixed(std::optional<double> v) { return v ? Fixed(*v) : std::string("n/a"); }

std::string PrfText(const char* name, const PrfCounts& c) {
  return fmt::format("{} F1 {} (P {} R {}; {} of {} gold, {} predicted)", name, Fixed(c.F1()), Fixed(c.Precision()),
                     Fixed(c.Recall()), c.matched, c.gold, c.predicted);
}

// A P/R/F1 over `articles` annotated articles of `evaluated`: "n/a (not
// annotated)" when none is, and the count when only some are.
std::string PrfTextOver(const char* name, const PrfCounts& c, int articles, int evaluated) {
  if (articles == 0) return fmt::format("{} n/a (not annotated)", name);
  std::string text = PrfText(name, c);
  if (articles < evaluated) text += fmt::format(" [{} of {} articles annotated]", articles, evaluated);
  return text;
}

std::string RatioText(const char* name, const Ratio& r) {
  return fmt::format("{} {} ({}/{})", name, Fixed(r.Value()), r.correct, r.total);
}

// `defined` false (nothing was evaluated): precision, recall and F1 are null,
// never the 1.000 that empty counts would give.
nlohmann::json PrfJson(const PrfCounts& c, bool defined = true) {
  if (!defined) {
    return {{"gold", c.gold},       {"predicted", c.predicted}, {"matched", c.matched},
            {"precision", nullptr}, {"recall", nullptr},        {"f1", nullptr}};
  }
  return {{"gold", c.gold},           {"predicted", c.predicted}, {"matched", c.matched},
          {"precision", c.Precision()}, {"recall", c.Recall()},    {"f1", c.F1()}};
}

nlohmann::json RatioJson(const Ratio& r) {
  nlohmann::json j = {{"correct", r.correct}, {"total", r.total}, {"accuracy", nullptr}};
  if (auto v = r.Value()) j["accuracy"] = *v;
  return j;
}

std::string Quoted(const std::string& s) { return "“" + s + "”"; }

std::string IssueText(const EvalIssue& issue) {
  std::string at = issue.line > 0 ? fmt::format(" at {}:{}", issue.line, issue.column) : std::string();
  std::string label = issue.label.empty() ? std::string() : issue.label + " ";
  switch (issue.kind) {
    case EvalIssue::Kind::kMissedQuote:
      return fmt::format("missed quote: {} (gold speaker {})", Quoted(issue.context), issue.gold);
    case EvalIssue::Kind::kExtraQuote:
      return fmt::format("extra quote{}: {} (speaker {})", at, Quoted(issue.context), issue.predicted);
    case EvalIssue::Kind::kWrongSpeaker:
      return fmt::format("wrong speaker{}: {}: gold {}, got {}", at, Quoted(issue.context), issue.gold,
                         issue.predicted);
    case EvalIssue::Kind::kMissedAnonymous:
      return fmt::format("missed anonymous source: {} ({})", Quoted(issue.context), issue.gold);
    case EvalIssue::Kind::kExtraAnonymous:
      return fmt::format("extra anonymous source{}: {} ({})", at, Quoted(issue.context), issue.predicted);
    case EvalIssue::Kind::kWrongSpecificity:
      return fmt::format("wrong specificity{}: {}: gold {}, got {}", at, Quoted(issue.context), issue.gold,
                         issue.predicted);
    case EvalIssue::Kind::kWrongReason:
      return fmt::format("wrong reason_given{}: {}: gold {}, got {}", at, Quoted(issue.context), issue.gold,
                         issue.predicted);
    case EvalIssue::Kind::kMissedSpan:
      return fmt::format("missed {}span{}: {}", label, at, Quoted(issue.context));
    case EvalIssue::Kind::kExtraSpan:
      return fmt::format("extra {}span{}: {}", label, at, Quoted(issue.context));
    case EvalIssue::Kind::kMissedDirectQuote:
      if (issue.predicted.empty()) {
        return fmt::format("missed direct quote{} ({} covered, no Content over it): {}", at, issue.gold,
                           Quoted(issue.context));
      }
      return fmt::format("missed direct quote{} ({} covered by {}): {}", at, issue.gold, Quoted(issue.predicted),
                         Quoted(issue.context));
  }
  return "?";
}

nlohmann::json IssueJson(const EvalIssue& issue) {
  nlohmann::json j = {{"kind", EvalIssueKindName(issue.kind)}, {"text", issue.context}};
  if (!issue.label.empty()) j["label"] = issue.label;
  if (!issue.gold.empty()) j["gold"] = issue.gold;
  if (!issue.predicted.empty()) j["predicted"] = issue.predicted;
  if (issue.line > 0) {
    j["line"] = issue.line;
    j["column"] = issue.column;
  }
  return j;
}

// Runs `work(i)` for i in [0, n) on `jobs` threads.
void ParallelFor(size_t n, int jobs, const std::function<void(size_t)>& work) {
  if (jobs <= 1 || n <= 1) {
    for (size_t i = 0; i < n; ++i) work(i);
    return;
  }
  std::atomic<size_t> next{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < jobs && size_t(t) < n; ++t) {
    threads.emplace_back([&] {
      for (size_t i = next++; i < n; i = next++) work(i);
    });
  }
  for (auto& t : threads) t.join();
}

// Loads and audits one article; sets `error` on failure.
std::optional<AuditResult> LoadAndAudit(const std::string& path, const RuleSet& rules, const AuditOptions& options,
                                        std::optional<InputFormat> format, std::string* source, std::string* error) {
  LoadOptions load;
  load.format = format;
  auto loaded = LoadPath(path, load);
  if (loaded.empty()) {
    *error = path + ": nothing to audit";
    return std::nullopt;
  }
  if (!loaded.front().document) {
    *error = PrintableStatus(loaded.front().error);
    return std::nullopt;
  }
  auto result = Audit(*loaded.front().document, rules, options);
  if (!result.ok()) {
    *error = PrintableStatus(result.status());
    return std::nullopt;
  }
  if (source) *source = loaded.front().document->source;
  return std::move(result.value());
}

struct FloorCheck {
  std::string metric;
  double floor = 0.0;
  std::optional<double> value;
  bool ok = true;
};

// Checks each requested floor against the metric values; a metric without a
// value (nothing to measure) is skipped with a note.
std::vector<FloorCheck> CheckFloors(const std::map<std::string, double>& floors,
                                    const std::map<std::string, std::optional<double>>& values) {
  std::vector<FloorCheck> checks;
  for (const auto& [metric, floor] : floors) {
    FloorCheck c;
    c.metric = metric;
    c.floor = floor;
    auto it = values.find(metric);
    if (it != values.end()) c.value = it->second;
    c.ok = !c.value || *c.value + 1e-12 >= floor;
    checks.push_back(c);
  }
  return checks;
}

int ReportFloors(const std::vector<FloorCheck>& checks, bool text, nlohmann::json* json) {
  int code = kExitOk;
  nlohmann::json array = nlohmann::json::array();
  for (const auto& c : checks) {
    if (!c.value) {
      std::cerr << "onrecord eval: " << c.metric << " has nothing to measure; its floor is not checked\n";
    } else if (!c.ok) {
      std::cerr << fmt::format("onrecord eval: {} {} is below the floor {}\n", c.metric, Fixed(*c.value),
                               Fixed(c.floor));
      code = kExitFindings;
    }
    if (text) {
      std::cout << fmt::format("floor {} >= {}: {} {}\n", c.metric, Fixed(c.floor), Fixed(c.value),
                               !c.value ? "not checked" : c.ok ? "ok" : "BELOW");
    }
    nlohmann::json j = {{"metric", c.metric}, {"floor", c.floor}, {"value", nullptr}, {"ok", c.ok}};
    if (c.value) j["value"] = *c.value;
    array.push_back(j);
  }
  if (json) (*json)["floors"] = array;
  return code;
}

// ---------------------------------------------------------------------------
// Gold in the seed's schema.

struct GoldItem {
  std::string gold_path;
  std::string article_path;
  std::optional<GoldEval> eval;
  std::string error;
};

int RunGoldEval(const EvalArgs& args, const RuleSet& rules) {
  int exit_code = kExitOk;
  std::vector<GoldItem> items;
  for (const auto& input : args.paths) {
    std::error_code ec;
    if (fs::is_directory(input, ec)) {
      auto found = FindGoldFiles(input);
      if (!found.ok()) {
        std::cerr << "onrecord eval: " << PrintableStatus(found.status()) << "\n";
        exit_code = kExitError;
        continue;
      }
      if (found->empty()) {
        std::cerr << "onrecord eval: " << PrintableText(input) << ": no gold files (gold/*.json or *.gold.json) found\n";
        exit_code = kExitError;
      }
      for (const auto& g : *found) items.push_back({g, "", std::nullopt, ""});
    } else {
      items.push_back({input, "", std::nullopt, ""});
    }
  }
  AuditOptions options;
  options.language = args.language;
  ParallelFor(items.size(), args.jobs, [&](size_t i) {
    GoldItem& item = items[i];
    auto gold = ReadGold(item.gold_path);
    if (!gold.ok()) {
      item.error = PrintableStatus(gold.status());
      return;
    }
    auto candidates = ArticleCandidatesForGold(item.gold_path, *gold);
    for (const auto& c : candidates) {
      std::error_code ec;
      if (fs::is_regular_file(c, ec)) {
        item.article_path = c;
        break;
      }
    }
    if (item.article_path.empty()) {
      item.error = item.gold_path + ": the article is missing (looked for " + candidates.front() + ")";
      return;
    }
    std::string error;
    auto audit = LoadAndAudit(item.article_path, rules, options, std::nullopt, nullptr, &error);
    if (!audit) {
      item.error = error;
      return;
    }
    item.eval = EvaluateGold(*gold, *audit, rules);
  });

  bool text = args.format == "text";
  GoldEval total;
  int evaluated = 0;
  nlohmann::json files = nlohmann::json::array();
  nlohmann::json errors = nlohmann::json::array();
  for (const auto& item : items) {
    if (!item.eval) {
      std::cerr << "onrecord eval: " << PrintableText(item.error) << "\n";
      errors.push_back(item.error);
      exit_code = kExitError;
      continue;
    }
    const GoldEval& e = *item.eval;
    total += e;
    ++evaluated;
    if (text) {
      std::cout << fmt::format("{}: {} · exact F1 {} · overlap>=0.8 F1 {} · {} · {} · {} · {}\n", PrintableText(item.gold_path),
                               PrfTextOver("quotes", e.quotes, e.quote_articles, 1),
                               e.quote_articles ? Fixed(e.quotes_exact.F1()) : "n/a",
                               e.quote_articles ? Fixed(e.quotes_overlap80.F1()) : "n/a",
                               RatioText("speaker", e.speaker),
                               PrfTextOver("anonymous", e.anonymous, e.anonymous_articles, 1),
                               RatioText("specificity", e.specificity), RatioText("reason", e.reason));
      if (args.verbose) {
        for (const auto& issue : e.issues) std::cout << "  " << PrintableText(IssueText(issue)) << "\n";
      }
    } else {
      nlohmann::json j = {{"gold", item.gold_path},
                          {"article", item.article_path},
                          {"quotes", PrfJson(e.quotes, e.quote_articles > 0)},
                          {"quotes_exact", PrfJson(e.quotes_exact, e.quote_articles > 0)},
                          {"quotes_overlap80", PrfJson(e.quotes_overlap80, e.quote_articles > 0)},
                          {"speaker", RatioJson(e.speaker)},
                          {"anonymous", PrfJson(e.anonymous, e.anonymous_articles > 0)},
                          {"quotes_annotated", e.quote_articles > 0},
                          {"anonymous_annotated", e.anonymous_articles > 0},
                          {"specificity", RatioJson(e.specificity)},
                          {"reason", RatioJson(e.reason)}};
      if (args.verbose) {
        j["issues"] = nlohmann::json::array();
        for (const auto& issue : e.issues) j["issues"].push_back(IssueJson(issue));
      }
      files.push_back(j);
    }
  }
  if (evaluated == 0) {
    std::cerr << "onrecord eval: no article could be evaluated\n";
    exit_code = kExitError;
  }
  // A metric no evaluated gold annotates has nothing to measure (no value).
  auto over = [](int articles, double v) { return articles > 0 ? std::optional<double>(v) : std::nullopt; };
  std::map<std::string, std::optional<double>> values = {
      {"quote-f1", over(total.quote_articles, total.quotes.F1())},
      {"quote-precision", over(total.quote_articles, total.quotes.Precision())},
      {"quote-recall", over(total.quote_articles, total.quotes.Recall())},
      {"quote-exact-f1", over(total.quote_articles, total.quotes_exact.F1())},
      {"quote-overlap-f1", over(total.quote_articles, total.quotes_overlap80.F1())},
      {"speaker-accuracy", total.speaker.Value()},
      {"anonymous-f1", over(total.anonymous_articles, total.anonymous.F1())},
      {"anonymous-precision", over(total.anonymous_articles, total.anonymous.Precision())},
      {"anonymous-recall", over(total.anonymous_articles, total.anonymous.Recall())},
      {"specificity-accuracy", total.specificity.Value()},
      {"reason-accuracy", total.reason.Value()},
  };
  nlohmann::json out;
  if (text && evaluated > 0) {
    std::cout << fmt::format("TOTAL ({}): {} · exact F1 {} · overlap>=0.8 F1 {} · {} · {} · {} · {}\n",
                             Articles(evaluated), PrfTextOver("quotes", total.quotes, total.quote_articles, evaluated),
                             total.quote_articles ? Fixed(total.quotes_exact.F1()) : "n/a",
                             total.quote_articles ? Fixed(total.quotes_overlap80.F1()) : "n/a",
                             RatioText("speaker", total.speaker),
                             PrfTextOver("anonymous", total.anonymous, total.anonymous_articles, evaluated),
                             RatioText("specificity", total.specificity), RatioText("reason", total.reason));
  } else if (!text) {
    out = {{"schema", "onrecord/eval-1"},
           {"mode", "gold"},
           {"files", files},
           {"total",
            {{"articles", evaluated},
             {"quotes", PrfJson(total.quotes, total.quote_articles > 0)},
             {"quotes_exact", PrfJson(total.quotes_exact, total.quote_articles > 0)},
             {"quotes_overlap80", PrfJson(total.quotes_overlap80, total.quote_articles > 0)},
             {"speaker", RatioJson(total.speaker)},
             {"anonymous", PrfJson(total.anonymous, total.anonymous_articles > 0)},
             {"quote_articles", total.quote_articles},
             {"anonymous_articles", total.anonymous_articles},
             {"specificity", RatioJson(total.specificity)},
             {"reason", RatioJson(total.reason)}}},
           {"errors", errors}};
  }
  int floor_code = evaluated > 0 ? ReportFloors(CheckFloors(args.floors, values), text, &out) : kExitOk;
  if (!text) std::cout << DumpJson(out, 2) << "\n";
  return exit_code == kExitError ? kExitError : floor_code;
}

// ---------------------------------------------------------------------------
// PolNeAR.

struct PolnearItem {
  std::string stem;
  std::string text_path;
  std::string ann_path;
  bool held_out = false;
  std::optional<PolnearEval> eval;
  std::string error;
};

int RunPolnearEval(const EvalArgs& args, const RuleSet& rules) {
  fs::path root(args.polnear);
  fs::path text_dir = root / "text", ann_dir = root / "attributions";
  std::error_code ec;
  if (!fs::is_directory(text_dir, ec) || !fs::is_directory(ann_dir, ec)) {
    std::cerr << "onrecord eval: " << args.polnear << ": expected the directories text/ and attributions/\n";
    return kExitError;
  }
  // The first annotator file of each article, in sort order.
  std::vector<std::string> ann_names;
  for (const auto& e : fs::directory_iterator(ann_dir, ec)) {
    if (e.path().extension() == ".ann") ann_names.push_back(e.path().filename().string());
  }
  std::sort(ann_names.begin(), ann_names.end());
  std::map<std::string, std::string> first_ann;
  for (const auto& name : ann_names) {
    std::string base = name.substr(0, name.size() - 4);
    size_t us = base.rfind('_');
    if (us == std::string::npos) continue;
    first_ann.emplace(base.substr(0, us), (ann_dir / name).string());
  }
  std::vector<PolnearItem> all;
  for (const auto& e : fs::directory_iterator(text_dir, ec)) {
    if (e.path().extension() != ".txt") continue;
    PolnearItem item;
    item.stem = e.path().stem().string();
    item.text_path = e.path().string();
    item.held_out = IsHeldOut(item.stem);
    auto it = first_ann.find(item.stem);
    if (it != first_ann.end()) item.ann_path = it->second;
    all.push_back(std::move(item));
  }
  if (ec) {
    std::cerr << "onrecord eval: " << text_dir.string() << ": " << ec.message() << "\n";
    return kExitError;
  }
  std::sort(all.begin(), all.end(), [](const PolnearItem& a, const PolnearItem& b) { return a.stem < b.stem; });
  size_t held = std::count_if(all.begin(), all.end(), [](const PolnearItem& i) { return i.held_out; });
  std::vector<PolnearItem> items;
  for (auto& item : all) {
    if (args.split == "all" || (args.split == "heldout") == item.held_out) items.push_back(std::move(item));
  }
  if (args.list) {
    for (const auto& item : items) std::cout << item.stem << "\n";
    std::cerr << fmt::format("onrecord eval: PolNeAR {}: {}, {} tune, {} held out; listed split '{}' ({})\n",
                             args.polnear, Articles(all.size()), all.size() - held, held, args.split, items.size());
    return kExitOk;
  }
  bool text = args.format == "text";
  std::cerr << fmt::format("onrecord eval: PolNeAR {}: {}, {} tune, {} held out; scoring split '{}' ({})\n",
                           args.polnear, Articles(all.size()), all.size() - held, held, args.split, items.size());

  AuditOptions options;
  options.language = args.language.empty() ? "en" : args.language;
  const std::vector<std::string> labels = {"Source", "Cue", "Content"};
  ParallelFor(items.size(), args.jobs, [&](size_t i) {
    PolnearItem& item = items[i];
    if (item.ann_path.empty()) {
      item.error = item.text_path + ": no annotation file " + (ann_dir / (item.stem + "_*.ann")).string();
      return;
    }
    auto read = ReadRegularFile(item.ann_path);
    if (!read.ok()) {
      item.error = item.ann_path + ": cannot read: " + read.status().message();
      return;
    }
    auto spans = ParseAnn(read.value(), item.ann_path, labels);
    if (!spans.ok()) {
      item.error = PrintableStatus(spans.status());
      return;
    }
    std::string source, error;
    auto audit = LoadAndAudit(item.text_path, rules, options, InputFormat::kText, &source, &error);
    if (!audit) {
      item.error = error;
      return;
    }
    Status s = ToByteSpans(CodePointByteOffsets(source), item.ann_path, &*spans);
    if (!s.ok()) {
      item.error = PrintableStatus(s);
      return;
    }
    item.eval = EvaluatePolnear(*spans, source, *audit);
  });

  int exit_code = kExitOk;
  PolnearEval total;
  int evaluated = 0;
  nlohmann::json files = nlohmann::json::array();
  nlohmann::json errors = nlohmann::json::array();
  for (const auto& item : items) {
    if (!item.eval) {
      std::cerr << "onrecord eval: " << PrintableText(item.error) << "\n";
      errors.push_back(item.error);
      exit_code = kExitError;
      continue;
    }
    total += *item.eval;
    ++evaluated;
    // Never show anything per article for the held-out slice.
    if (item.held_out || !args.verbose) continue;
    const PolnearEval& e = *item.eval;
    if (text) {
      std::cout << fmt::format("{}: Source {} · Cue {} · Content {} · direct quotes {}\n", PrintableText(item.text_path),
                               Fixed(e.exact[0].F1()), Fixed(e.exact[1].F1()), Fixed(e.exact[2].F1()),
                               Fixed(e.direct_quote.Value()));
      for (const auto& issue : e.issues) std::cout << "  " << PrintableText(IssueText(issue)) << "\n";
    } else {
      nlohmann::json j = {{"article", item.text_path}, {"annotations", item.ann_path}};
      for (int l = 0; l < kPolnearLabels; ++l) j[PolnearLabelName(l)] = PrfJson(e.exact[l]);
      j["direct_quote_recall"] = RatioJson(e.direct_quote);
      j["issues"] = nlohmann::json::array();
      for (const auto& issue : e.issues) j["issues"].push_back(IssueJson(issue));
      files.push_back(j);
    }
  }
  if (evaluated == 0) {
    std::cerr << "onrecord eval: no article could be evaluated\n";
    exit_code = kExitError;
  }
  std::map<std::string, std::optional<double>> values = {
      {"source-f1", total.exact[0].F1()},
      {"cue-f1", total.exact[1].F1()},
      {"content-f1", total.exact[2].F1()},
      {"direct-quote-recall", total.direct_quote.Value()},
  };
  nlohmann::json out;
  if (text) {
    std::cout << fmt::format("PolNeAR {} — split {}: {} of {} ({} tune, {} held out)\n", args.polnear,
                             args.split, evaluated, Articles(all.size()), all.size() - held, held);
  }
  if (text && evaluated == 0) {
    // No table: empty counts would read as a perfect 1.000.
    std::cout << "no scores: no article could be evaluated (P, R and F1 n/a)\n";
  } else if (text) {
    std::cout << fmt::format("{:<8} {:>6} {:>9} {:>9} | {:>7} {:>7} {:>7} | {:>7} {:>7} {:>7}\n", "label", "gold",
                             "predicted", "exact", "P", "R", "F1", "ovl P", "ovl R", "ovl F1");
    for (int l = 0; l < kPolnearLabels; ++l) {
      const PrfCounts& x = total.exact[l];
      const PrfCounts& o = total.overlap[l];
      std::cout << fmt::format("{:<8} {:>6} {:>9} {:>9} | {:>7} {:>7} {:>7} | {:>7} {:>7} {:>7}\n",
                               PolnearLabelName(l), x.gold, x.predicted, x.matched, Fixed(x.Precision()),
                               Fixed(x.Recall()), Fixed(x.F1()), Fixed(o.Precision()), Fixed(o.Recall()),
                               Fixed(o.F1()));
    }
    std::cout << fmt::format("direct-quote recall {} ({} of {} covered >= 80%)\n", Fixed(total.direct_quote.Value()),
                             total.direct_quote.correct,
                             Counted(total.direct_quote.total, "quoted Content", "quoted Contents"));
    if (args.verbose && args.split == "all") {
      std::cout << "(held-out articles are scored only in aggregate; no per-article output for them)\n";
    }
  } else {
    nlohmann::json labels_json;
    for (int l = 0; l < kPolnearLabels; ++l) {
      labels_json[PolnearLabelName(l)] = {{"exact", PrfJson(total.exact[l], evaluated > 0)},
                                          {"overlap", PrfJson(total.overlap[l], evaluated > 0)}};
    }
    out = {{"schema", "onrecord/eval-1"},
           {"mode", "polnear"},
           {"directory", args.polnear},
           {"split", args.split},
           {"articles",
            {{"total", all.size()}, {"tune", all.size() - held}, {"heldout", held}, {"evaluated", evaluated}}},
           {"labels", labels_json},
           {"direct_quote_recall", RatioJson(total.direct_quote)},
           {"files", files},
           {"errors", errors}};
  }
  int floor_code = evaluated > 0 ? ReportFloors(CheckFloors(args.floors, values), text, &out) : kExitOk;
  if (!text) std::cout << DumpJson(out, 2) << "\n";
  return exit_code == kExitError ? kExitError : floor_code;
}

int RunEval(EvalArgs& args, const GlobalOptions& global, const std::map<std::string, CLI::Option*>& floor_options,
            const std::map<std::string, double>& floor_values) {
  for (const auto& [metric, option] : floor_options) {
    if (option->count() > 0) args.floors[metric] = floor_values.at(metric);
  }
  bool polnear = !args.polnear.empty();
  if (polnear == !args.paths.empty()) {
    std::cerr << "onrecord eval: give gold files or directories, or --polnear DIR (not both)\n";
    return kExitError;
  }
  const auto& allowed = polnear ? PolnearFloorMetrics() : GoldFloorMetrics();
  for (const auto& entry : args.floors) {
    // Not a structured binding: clang 14 cannot capture one in a lambda.
    const std::string& metric = entry.first;
    bool ok = std::any_of(allowed.begin(), allowed.end(), [&](const auto& m) { return m.first == metric; });
    if (!ok) {
      std::cerr << "onrecord eval: --min-" << metric << " applies only "
                << (polnear ? "to gold files, not to --polnear" : "with --polnear") << "\n";
      return kExitError;
    }
  }
  if (polnear && args.verbose && args.split == "heldout") {
    std::cerr << "onrecord eval: --verbose is refused with --split heldout: the held-out slice is scored only in "
                 "aggregate, so that nobody tunes on its errors\n";
    return kExitError;
  }
  if (args.list && !polnear) {
    std::cerr << "onrecord eval: --list applies only with --polnear\n";
    return kExitError;
  }
  if (args.jobs < 1) args.jobs = 1;
  auto rules = LoadRulesOrReport(global);
  if (!rules) return kExitError;
  return polnear ? RunPolnearEval(args, *rules) : RunGoldEval(args, *rules);
}

CommandRegistration registration("eval", 70, [](CLI::App& app, GlobalOptions& global) {
  auto args = std::make_shared<EvalArgs>();
  auto floor_values = std::make_shared<std::map<std::string, double>>();
  auto floor_options = std::make_shared<std::map<std::string, CLI::Option*>>();
  CLI::App* sub = app.add_subcommand("eval", "Score the audit against gold annotations (seed schema or PolNeAR)");
  sub->footer(
      "Gold files: NAME.json in a gold/ directory pairs with ../NAME.txt; X.json or X.gold.json elsewhere pairs with\n"
      "X.txt next to it; a directory means every gold/*.json and *.gold.json under it.\n"
      "Exit status: 0 ok, 1 a metric below its --min-* floor, 2 usage or input error.");
  sub->add_option("gold", args->paths, "Gold files (seed schema) or directories holding gold/*.json");
  sub->add_option("--polnear", args->polnear, "A PolNeAR directory with text/ and attributions/");
  sub->add_option("--split", args->split, "PolNeAR part to score: tune (default), heldout or all")
      ->check(CLI::IsMember({"tune", "heldout", "all"}));
  sub->add_option("--format", args->format, "text (default) or json")->check(CLI::IsMember({"text", "json"}));
  sub->add_flag("--verbose,-v", args->verbose, "List every miss, extra and wrong speaker per article");
  sub->add_flag("--list", args->list, "With --polnear: print the article names of the split, one a line, and stop");
  sub->add_option("--language", args->language, "Language code for every article (default: detected; en for PolNeAR)");
  sub->add_option("--jobs,-j", args->jobs, "Articles audited in parallel (default 1)")->check(WholeNumber())->check(CLI::Range(1, 64));
  for (const auto* list : {&GoldFloorMetrics(), &PolnearFloorMetrics()}) {
    for (const auto& [metric, help] : *list) {
      (*floor_values)[metric] = 0.0;
      (*floor_options)[metric] =
          sub->add_option("--min-" + metric, (*floor_values)[metric], "Floor for " + help + " (0..1)")
              ->check(FiniteNumber())
              ->check(CLI::Range(0.0, 1.0));
    }
  }
  GlobalOptions* g = &global;
  return std::function<int()>(
      [args, g, floor_values, floor_options] { return RunEval(*args, *g, *floor_options, *floor_values); });
});

}  // namespace

}  // namespace onrecord::cli
