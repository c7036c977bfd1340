// `onrecord audit FILE…`: the report per article (text, JSON or JSON Lines).
#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <filesystem>
#include <iostream>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "interrupt.h"
#include "onrecord/printable.h"
#include "onrecord/audit.h"
#include "onrecord/ingest.h"
#include "onrecord/report.h"
#include "onrecord/report_html.h"
#include "onrecord/store.h"

namespace onrecord::cli {

namespace {

struct AuditArgs {
  std::vector<std::string> paths;
  std::string format = "text";
  bool explain = false;
  std::string language;
  std::string input_format;
  std::string encoding;
  std::string stdin_filename;
  std::string db;
  bool stats = false;
  size_t max_article_bytes = LoadOptions{}.max_article_bytes;
};

// An ExpandPaths error ("drafts/: no article files in this folder (…)") as
// a Status with the input's path apart from the message.
Status InputErrorStatus(const std::string& error) {
  for (const char* marker : {": no article files in this folder", ": no file matches the pattern",
                             ": cannot read directory: "}) {
    const size_t at = error.rfind(marker);
    if (at != std::string::npos) return Status::Error(error.substr(at + 2), error.substr(0, at));
  }
  return Status::Error(error);
}

int RunAudit(const AuditArgs& args, const GlobalOptions& global) {
  auto rules = LoadRulesOrReport(global);
  if (!rules) return kExitError;
  LoadOptions load;
  if (!args.input_format.empty()) {
    load.format = ParseInputFormat(args.input_format);
    if (!load.format) {
      std::cerr << "onrecord: unknown input format '" << PrintableText(args.input_format) << "'\n";
      return kExitError;
    }
  }
  load.encoding = args.encoding;
  load.max_article_bytes = args.max_article_bytes;
  std::unique_ptr<Store> store;
  // With --db, SIGINT and SIGTERM stop the run between two articles, as
  // they stop an ingest: each article is written whole (its own
  // transaction), what was written is kept and said, and the exit code is
  // 128 + the signal's number (docs/compare.md, "Interrupting").
  std::optional<InterruptHandler> interrupt_handler;
  int64_t written = 0;
  // Test seam (ONRECORD_TEST_SIGNAL_AFTER_WRITES="N:SIGNAL", as for
  // ingest): raise SIGNAL once N articles are written.
  long long signal_after_writes = 0;
  int signal_for_tests = 0;
  if (!args.db.empty()) {
    interrupt_handler.emplace();
    if (const char* spec = std::getenv("ONRECORD_TEST_SIGNAL_AFTER_WRITES")) {
      if (std::sscanf(spec, "%lld:%d", &signal_after_writes, &signal_for_tests) != 2) signal_after_writes = 0;
    }
    auto opened = Store::Open(args.db);
    if (!opened.ok()) {
      std::cerr << "onrecord: " << PrintableStatus(opened.status()) << "\n";
      return kExitError;
    }
    store = std::move(opened.value());
    if (g_interrupted != 0) {
      std::cerr << "onrecord: audit interrupted by " << InterruptName(g_interrupted)
                << " while opening the database: nothing was written to " << args.db << "\n";
      return 128 + g_interrupted;
    }
  }
  // With --db the run is a row of `runs`, as an ingest is (cli54): written
  // `running` before the first article, so that a run killed outright
  // (SIGKILL, a crash) is seen by `compare` as unfinished, and marked
  // `completed`, `completed-with-errors` or `interrupted` at the end. Each
  // article row it writes carries the run's id.
  std::optional<int64_t> run_id;
  RunCounts counts;
  if (store) {
    if (auto gone = store->MarkAbandonedRuns(); gone.ok()) {
      for (const auto& run : *gone) {
        std::cerr << "onrecord: run " << run.id << " (started " << run.started_at << ", process " << run.pid
                  << ") ended without finishing (killed?); recorded as 'abandoned' in table runs\n";
      }
    }
    // The inputs as absolute paths, sorted and each once: `compare` takes
    // a later completed run of the same inputs as this run's re-run,
    // wherever it was started from and in whatever order it named them.
    std::vector<std::string> named;
    for (const auto& p : args.paths) {
      std::error_code ec;
      std::filesystem::path canonical = std::filesystem::weakly_canonical(std::filesystem::absolute(p), ec);
      named.push_back(p == "-" || ec ? p : canonical.string());
    }
    std::sort(named.begin(), named.end());
    named.erase(std::unique(named.begin(), named.end()), named.end());
    nlohmann::json inputs = nlohmann::json::array();
    for (const auto& p : named) inputs.push_back(p);
    auto run = store->BeginRun("audit", DumpJson(inputs), rules->hash());
    if (!run.ok()) {
      std::cerr << "onrecord: " << PrintableStatus(run.status()) << "\n";
      return kExitError;
    }
    run_id = *run;
  }
  std::vector<std::string> errors;
  std::vector<std::string> paths = ExpandPaths(args.paths, &errors);
  int exit_code = kExitOk;
  AuditOptions options;
  options.language = args.language;
  options.timing = args.stats;
  // --format json: each result is written when the next one comes (one
  // result alone is printed without the array around it).
  JsonReportStream json(std::cout, 2);
  for (const auto& e : errors) {
    std::cerr << "onrecord: " << e << "\n";
    exit_code = kExitError;
    // In JSON and JSONL too, as an error object like a missing file's: an
    // empty folder, a glob that matches nothing, a folder that cannot be
    // read (in45).
    // Other expansion errors (standard input named twice) name no input.
    const Status error = InputErrorStatus(e);
    if ((args.format == "json" || args.format == "jsonl") && !error.path().empty()) {
      if (args.format == "json") json.AddError(error.path(), std::nullopt, error);
      if (args.format == "jsonl") std::cout << DumpJson(ErrorToJson(error.path(), std::nullopt, error)) << "\n";
    }
  }
  std::vector<AuditResult> html;  // --format html: one page at the end
  bool first_text = true;
  for (const auto& path : paths) {
    if (g_interrupted != 0) break;
    std::string shown = path == "-" && !args.stdin_filename.empty() ? args.stdin_filename : path;
    // One article at a time: a JSONL file streams record by record.
    size_t yielded = 0;  // articles and errors the input gave
    for (auto& loaded : ArticleReader(path, load, shown)) {
      if (store && g_interrupted != 0) break;
      ++yielded;
      ++counts.seen;
      if (!loaded.document) {
        std::cerr << "onrecord: " << PrintableStatus(loaded.error) << "\n";
        exit_code = kExitError;
        ++counts.failed;
        auto record = loaded.error.line() > 0 && FormatForPath(shown) == InputFormat::kJsonl
                          ? std::optional<int>(loaded.error.line())
                          : std::nullopt;
        if (args.format == "json") json.AddError(shown, record, loaded.error);
        if (args.format == "jsonl") std::cout << DumpJson(ErrorToJson(shown, record, loaded.error)) << "\n";
        continue;
      }
      std::cerr << WarningLines(loaded.document->warnings);
      auto result = Audit(*loaded.document, *rules, options);
      if (!result.ok()) {
        std::cerr << "onrecord: " << PrintableStatus(result.status()) << "\n";
        exit_code = kExitError;
        ++counts.failed;
        continue;
      }
      std::cerr << LanguageWithoutRulesWarning(*result, shown);
      // A signal during the audit: this article is neither written nor printed.
      if (store && g_interrupted != 0) break;
      if (store) {
        // The row is keyed and filled as `ingest` would: the file by its
        // canonical absolute path (so `a1.txt` and `/abs/path/a1.txt` are one
        // publication); a field the article does not give keeps what the
        // store already holds for it (an earlier `ingest --metadata` told
        // it), and an outlet still missing comes from the URL's host or the
        // folder holding the file; and the input hash, so a later ingest of
        // the same file finds it unchanged.
        StoreArticleKey key;
        Metadata given = result->metadata;
        ApplyGivenMetadata(&given, path, std::string(), nullptr, nullptr);
        if (path != "-") {
          std::error_code ec;
          std::filesystem::path canonical = std::filesystem::weakly_canonical(std::filesystem::absolute(path), ec);
          if (!ec) key.location = canonical.string();
        }
        key.input_sha256 = InputSha256(*loaded.document, args.language);
        if (path == "-") key.unnamed_sha256 = key.input_sha256;
        auto found = store->FindPublication(Store::PublicationKey(path, result->record, given, key));
        Status s = found.status();
        const bool stored_before = found.ok() && found->has_value();
        if (found.ok()) {
          CompleteIngestMetadata(&given, path, found->has_value() ? &(*found)->metadata : nullptr);
          key.outlet = given.outlet;
          std::swap(given, result->metadata);  // stored with the completed fields, printed as audited
          s = store->WriteAudit(*result, key);
          std::swap(given, result->metadata);
        }
        if (!s.ok()) {
          std::cerr << "onrecord: " << PrintableStatus(s) << "\n";
          exit_code = kExitError;
          ++counts.failed;
        } else {
          ++(stored_before ? counts.updated : counts.added);
          if (++written == signal_after_writes && signal_for_tests > 0) std::raise(signal_for_tests);
        }
      }
      if (args.format == "html") {
        html.push_back(std::move(*result));
      } else if (args.format == "json") {
        json.Add(std::move(*result));
      } else if (args.format == "jsonl") {
        WriteAuditJson(std::cout, *result);
        std::cout << "\n";
      } else {
        if (!first_text) std::cout << "\n";
        first_text = false;
        TextReportOptions t;
        t.explain = args.explain;
        std::cout << AuditToText(*result, t);
        if (args.stats) {
          // In the order the stages run (the map is sorted by name).
          for (const auto& stage : PipelineStages()) {
            auto it = result->stage_seconds.find(stage);
            if (it != result->stage_seconds.end()) std::cout << "  stage " << stage << ": " << it->second * 1000 << " ms\n";
          }
          for (const auto& [stage, secs] : result->stage_seconds) {
            const auto& known = PipelineStages();
            if (std::find(known.begin(), known.end(), stage) == known.end()) {
              std::cout << "  stage " << stage << ": " << secs * 1000 << " ms\n";
            }
          }
        }
      }
    }
    // Only a JSONL input can give nothing (an empty text file is an article
    // of 0 words): nothing was read from it, and the user is told.
    if (yielded == 0 && g_interrupted == 0) std::cerr << NoRecordsWarning(shown);
  }
  if (args.format == "html" && !html.empty()) std::cout << AuditsToHtml(html);
  if (args.format == "json") json.Finish();
  if (store && run_id) {
    const bool interrupted = g_interrupted != 0;
    const char* status = interrupted ? "interrupted" : exit_code == kExitOk ? "completed" : "completed-with-errors";
    if (Status s = store->FinishRun(*run_id, counts, status); !s.ok()) {
      std::cerr << "onrecord: " << PrintableStatus(s) << " (run " << *run_id << " could not be recorded as " << status
                << "; it stays 'running' in table runs)\n";
      if (!interrupted) exit_code = kExitError;
    }
  }
  if (store && g_interrupted != 0) {
    const int sig = g_interrupted;
    store.reset();
    std::cerr << "onrecord: audit interrupted by " << InterruptName(sig) << ": what was written to " << args.db
              << " before it (" << Counted(written, "article", "articles")
              << ") is kept, each article whole; the article being audited and those after it were not written (run "
              << *run_id << " recorded as 'interrupted' in table runs)\n";
    return 128 + sig;
  }
  return exit_code;
}

// --format: text, json, jsonl or html. A format only `check` writes (SARIF,
// GitHub annotations, JUnit, …) gets a message that points there.
CLI::Validator AuditFormat() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        for (const char* f : {"text", "json", "jsonl", "html"}) {
          if (value == f) return std::string();
        }
        for (const char* f : {"sarif", "github", "junit", "rdjsonl", "cli", "line"}) {
          if (value == f) {
            return value + " is a format of `onrecord check` (CI checks of drafts: onrecord check --format " + value +
                   " PATH…); audit writes text, json, jsonl or html";
          }
        }
        return value + " not in {text,json,jsonl,html}";
      },
      "FORMAT");
}

CommandRegistration registration("audit", 10, [](CLI::App& app, GlobalOptions& global) {
  auto args = std::make_shared<AuditArgs>();
  CLI::App* sub = app.add_subcommand("audit", "Audit articles: quotes, sources, anonymous sources, findings, score");
  sub->add_option("paths", args->paths, "Files, directories or glob patterns ('-' for standard input)")->required();
  sub->add_option("--format", args->format, "text, json, jsonl or html (one self-contained page)")
      ->check(AuditFormat());
  sub->add_flag("--explain", args->explain, "Show each attribution's level and the reasons behind it");
  sub->add_option("--language", args->language, "Language code (default: detected)");
  sub->add_option("--input-format", args->input_format, "txt, md, html, json or jsonl (default: by extension)");
  sub->add_option("--encoding", args->encoding, "Input encoding (default: UTF-8 or a BOM)");
  sub->add_option("--stdin-filename", args->stdin_filename, "Name reported for standard input");
  sub->add_option("--max-article-bytes", args->max_article_bytes,
                  "Refuse articles (or JSONL lines) larger than this (default 4MiB; units: KiB, MiB)")
      ->transform(ByteSize());
  sub->add_option("--db", args->db, "Also write the results into this SQLite database");
  sub->add_flag("--stats", args->stats, "Time each pipeline stage");
  GlobalOptions* g = &global;
  return std::function<int()>([args, g] { return RunAudit(*args, *g); });
});

}  // namespace

}  // namespace onrecord::cli
