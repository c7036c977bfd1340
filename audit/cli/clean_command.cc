// `onrecord clean FILE…`: the article text as the audit sees it, with every
// span that boilerplate removal masked shown between ⟦ and ⟧ (and, with
// --explain, the ids of the rules that masked it).
#include <algorithm>
#include <iostream>

#include "commands.h"
#include "onrecord/printable.h"
#include "onrecord/audit.h"
#include "onrecord/report.h"

namespace onrecord::cli {

namespace {

struct CleanArgs {
  std::vector<std::string> paths;
  bool explain = false;
  std::string format = "text";
  std::string language;
  std::string input_format;
  std::string encoding;
  std::string stdin_filename;
  size_t max_article_bytes = LoadOptions{}.max_article_bytes;
};

// One marked region of the normalized text and the rules that masked it.
struct Region {
  Span span;
  std::vector<std::string> rules;
  const MaskedSpan* first = nullptr;
  size_t source_end = 0;  // decoded-source end of the whole region
};

// Masked spans can nest (a dateline inside a repeated paragraph): the
// outermost span is shown, carrying the rules of the spans inside it.
std::vector<Region> Regions(const AuditResult& r) {
  std::vector<const MaskedSpan*> spans;
  for (const auto& m : r.masked) {
    if (!m.location.span.empty() && m.location.span.end <= r.text.size()) spans.push_back(&m);
  }
  std::stable_sort(spans.begin(), spans.end(), [](const MaskedSpan* a, const MaskedSpan* b) {
    if (a->location.span.begin != b->location.span.begin) return a->location.span.begin < b->location.span.begin;
    return a->location.span.end > b->location.span.end;
  });
  std::vector<Region> out;
  for (const MaskedSpan* m : spans) {
    Span s = m->location.span;
    if (!out.empty() && s.begin < out.back().span.end) {
      Region& last = out.back();
      if (std::find(last.rules.begin(), last.rules.end(), m->rule) == last.rules.end()) {
        last.rules.push_back(m->rule);
      }
      last.span.end = std::max(last.span.end, s.end);
      last.source_end = std::max(last.source_end, m->location.end);
      continue;
    }
    out.push_back({s, {m->rule}, m, m->location.end});
  }
  return out;
}

std::string MarkedText(const AuditResult& r, bool explain) {
  std::string out;
  size_t pos = 0;
  for (const Region& region : Regions(r)) {
    out.append(r.text, pos, region.span.begin - pos);
    out += "\xE2\x9F\xA6";  // ⟦
    out.append(r.text, region.span.begin, region.span.size());
    out += "\xE2\x9F\xA7";  // ⟧
    if (explain) {
      out += "{";
      for (size_t i = 0; i < region.rules.size(); ++i) {
        if (i) out += ",";
        out += region.rules[i];
      }
      out += "}";
    }
    pos = region.span.end;
  }
  out.append(r.text, pos, std::string::npos);
  if (out.empty() || out.back() != '\n') out += "\n";
  return out;
}

nlohmann::json CleanToJson(const AuditResult& r) {
  nlohmann::json j;
  j["file"] = r.file;
  j["record"] = r.record ? nlohmann::json(*r.record) : nlohmann::json(nullptr);
  j["text"] = r.text;
  nlohmann::json masked = nlohmann::json::array();
  for (const Region& region : Regions(r)) {
    const Location& l = region.first->location;
    masked.push_back({{"rules", region.rules},
                      {"text", r.text.substr(region.span.begin, region.span.size())},
                      {"begin", l.begin},
                      {"end", region.source_end},
                      {"line", l.line},
                      {"column", l.column}});
  }
  j["masked"] = std::move(masked);
  return j;
}

int RunClean(const CleanArgs& args, const GlobalOptions& global) {
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
  std::vector<std::string> errors;
  std::vector<std::string> paths = ExpandPaths(args.paths, &errors);
  int exit_code = kExitOk;
  for (const auto& e : errors) {
    std::cerr << "onrecord: " << e << "\n";
    exit_code = kExitError;
  }
  AuditOptions options;
  options.language = args.language;
  nlohmann::json array = nlohmann::json::array();
  std::vector<std::string> texts;
  std::vector<std::string> headers;
  for (const auto& path : paths) {
    std::string shown = path == "-" && !args.stdin_filename.empty() ? args.stdin_filename : path;
    auto articles = LoadPath(path, load, shown);
    // A JSONL input with no record gives nothing: said, as `audit` says it.
    if (articles.empty()) std::cerr << NoRecordsWarning(shown);
    for (auto& loaded : articles) {
      if (!loaded.document) {
        std::cerr << "onrecord: " << PrintableStatus(loaded.error) << "\n";
        exit_code = kExitError;
        continue;
      }
      // As `audit` prints them: standard input that looks like JSON read as
      // text, a date that is not a date, … (the exit status does not change).
      if (!loaded.document->warnings.empty()) std::cerr << WarningLines(loaded.document->warnings);
      auto result = Audit(*loaded.document, *rules, options);
      if (!result.ok()) {
        std::cerr << "onrecord: " << PrintableStatus(result.status()) << "\n";
        exit_code = kExitError;
        continue;
      }
      if (args.format == "json") {
        array.push_back(CleanToJson(*result));
      } else {
        std::string header = result->file;
        if (result->record) header += ":" + std::to_string(*result->record);
        headers.push_back(header);
        texts.push_back(MarkedText(*result, args.explain));
      }
    }
  }
  if (args.format == "json") {
    std::cout << DumpJson(array.size() == 1 ? array[0] : array, 2) << "\n";
  } else {
    for (size_t i = 0; i < texts.size(); ++i) {
      // Headers only when there is more than one article.
      if (texts.size() > 1) std::cout << (i ? "\n" : "") << "==> " << PrintableText(headers[i]) << " <==\n";
      // As the text report of `audit` shows the article: control characters
      // as \xNN, never raw on the terminal (fu53r).
      std::cout << PrintableLines(texts[i]);
    }
  }
  return exit_code;
}

CommandRegistration registration("clean", 50, [](CLI::App& app, GlobalOptions& global) {
  auto args = std::make_shared<CleanArgs>();
  CLI::App* sub = app.add_subcommand(
      "clean", "Show the text with the spans boilerplate removal masks marked ⟦…⟧");
  sub->add_option("paths", args->paths, "Files, directories or glob patterns ('-' for standard input)")
      ->required();
  sub->add_flag("--explain", args->explain, "Show the rule ids that masked each span: ⟦…⟧{rule}");
  sub->add_option("--format", args->format, "text or json")->check(CLI::IsMember({"text", "json"}));
  sub->add_option("--language", args->language, "Language code (default: detected)");
  sub->add_option("--input-format", args->input_format, "txt, md, html, json or jsonl (default: by extension)");
  sub->add_option("--encoding", args->encoding, "Input encoding (default: UTF-8 or a BOM)");
  sub->add_option("--stdin-filename", args->stdin_filename, "Name reported for standard input");
  sub->add_option("--max-article-bytes", args->max_article_bytes,
                  "Refuse articles (or JSONL lines) larger than this (default 4MiB; units: KiB, MiB)")
      ->transform(ByteSize());
  GlobalOptions* g = &global;
  return std::function<int()>([args, g] { return RunClean(*args, *g); });
});

}  // namespace

}  // namespace onrecord::cli
