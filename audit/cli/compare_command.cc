// `onrecord compare --db FILE --by outlet|month|language|author`: sourcing
// compared across groups of stored articles (see onrecord/compare.h).
#include <iostream>

#include "commands.h"
#include "onrecord/printable.h"
#include "onrecord/compare.h"
#include "onrecord/store.h"

namespace onrecord::cli {

namespace {

struct CompareArgs {
  std::string db;
  std::string by = "outlet";
  std::string since;
  std::string until;
  std::vector<std::string> outlets;
  bool exclude_wire = false;
  std::string format = "table";
  int replicates = 1000;
  uint64_t seed = CompareOptions().seed;
  int top = 5;
};

int RunCompare(const CompareArgs& args) {
  CompareOptions options;
  options.by = *ParseCompareBy(args.by);
  options.since = args.since;
  options.until = args.until;
  options.outlets = args.outlets;
  options.exclude_wire = args.exclude_wire;
  options.replicates = args.replicates;
  options.seed = args.seed;
  options.top_phrases = args.top;
  for (const auto& [value, name] : {std::pair{&args.since, "--since"}, std::pair{&args.until, "--until"}}) {
    if (value->empty()) continue;
    if (Status s = ValidateDateFilter(*value, name); !s.ok()) {
      std::cerr << "onrecord: " << PrintableStatus(s) << "\n";
      return kExitError;
    }
  }
  auto store = Store::Open(args.db, StoreOptions{.create = false, .read_only = true});
  if (!store.ok()) {
    std::cerr << "onrecord: " << PrintableStatus(store.status()) << "\n";
    return kExitError;
  }
  auto comparison = Compare(**store, options);
  if (!comparison.ok()) {
    std::cerr << "onrecord: " << PrintableStatus(comparison.status()) << "\n";
    return kExitError;
  }
  const Comparison& c = *comparison;
  // Also on standard error, so a CSV or JSON run (whose data carry no note)
  // says it too.
  // They quote values read from the database: printable (fu53r).
  if (std::string w = MixedRulesWarning(c); !w.empty()) std::cerr << "onrecord: " << PrintableText(w) << "\n";
  if (std::string w = UnfinishedRunsWarning(c); !w.empty()) std::cerr << "onrecord: " << PrintableText(w) << "\n";
  if (std::string n = UndatedNote(c); !n.empty()) std::cerr << "onrecord: note: " << PrintableText(n) << "\n";
  if (args.format == "json") std::cout << ComparisonToJson(c);
  else if (args.format == "csv") std::cout << ComparisonToCsv(c);
  else if (args.format == "markdown") std::cout << ComparisonToMarkdown(c);
  else if (args.format == "html") std::cout << ComparisonToHtml(c);
  else std::cout << ComparisonToTable(c);
  return kExitOk;
}

CommandRegistration registration("compare", 45, [](CLI::App& app, GlobalOptions&) {
  auto args = std::make_shared<CompareArgs>();
  CLI::App* sub = app.add_subcommand("compare", "Compare sourcing across outlets, months, languages or authors");
  sub->add_option("--db", args->db, "The SQLite database written by `onrecord ingest`")->required();
  sub->add_option("--by", args->by, "outlet, month, language or author (default: outlet)")
      ->check(CLI::IsMember({"outlet", "month", "language", "author"}));
  sub->add_option("--since", args->since, "Only articles published on or after (YYYY[-MM[-DD]])");
  sub->add_option("--until", args->until, "Only articles published on or before (YYYY[-MM[-DD]])");
  sub->add_option("--outlet", args->outlets, "Only these outlets (repeatable)");
  sub->add_flag("--exclude-wire", args->exclude_wire, "Leave out articles marked as wire copy");
  sub->add_option("--format", args->format, "table, csv, json, markdown or html")
      ->check(CLI::IsMember({"table", "csv", "json", "markdown", "html"}));
  sub->add_option("--bootstrap", args->replicates, "Bootstrap replicates for the intervals (0: none)")
      ->check(WholeNumber())
      ->check(CLI::Range(0, 100000));
  sub->add_option("--seed", args->seed, "Seed of the bootstrap")->check(WholeNumber());
  sub->add_option("--top", args->top, "Anonymous phrases shown per group")->check(WholeNumber())->check(CLI::Range(0, 100));
  return std::function<int()>([args] { return RunCompare(*args); });
});

}  // namespace

}  // namespace onrecord::cli
