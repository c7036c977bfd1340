// Reports of `onrecord check` (see onrecord/check_output.h).
#include "onrecord/check_output.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "onrecord/printable.h"
#include "onrecord/report.h"
#include "onrecord/text.h"
#include "sha256.h"

namespace onrecord {

namespace {

using ojson = nlohmann::ordered_json;

constexpr const char* kSarifSchema = "https://json.schemastore.org/sarif-2.1.0.json";

bool IsBreak(char c) { return c == '\n' || c == '\r'; }

// Moves `i` back to the start of a UTF-8 sequence.
size_t CharStart(std::string_view s, size_t i) {
  while (i > 0 && i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

const char* SarifLevel(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kSuggestion: return "note";
  }
  return "note";
}

const char* GithubCommand(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kSuggestion: return "notice";
  }
  return "notice";
}

const char* RdSeverity(Severity s) {
  switch (s) {
    case Severity::kError: return "ERROR";
    case Severity::kWarning: return "WARNING";
    case Severity::kSuggestion: return "INFO";
  }
  return "INFO";
}

bool IsHttp(const std::string& link) {
  return link.rfind("https://", 0) == 0 || link.rfind("http://", 0) == 0;
}

bool Shown(const CheckFinding& f, const CheckOutputOptions& o) {
  return !f.suppressed || o.show_suppressed;
}

struct Counts {
  int errors = 0, warnings = 0, suggestions = 0, suppressed = 0, files = 0, failed = 0, unread = 0;
  int failed_config = 0;  // of `failed`: for an error in the config or rules
  int failed_option = 0;  // of `failed`: for a command-line option
};

Counts Count(const CheckReport& r) {
  Counts c;
  c.unread = r.unread_inputs;
  for (const auto& file : r.files) {
    if (file.error) {
      ++c.failed;
      if (file.config_error) ++c.failed_config;
      if (file.option_error) ++c.failed_option;
      continue;
    }
    ++c.files;
    for (const auto& f : file.findings) {
      if (f.suppressed) {
        ++c.suppressed;
        continue;
      }
      if (f.level == Severity::kError) ++c.errors;
      else if (f.level == Severity::kWarning) ++c.warnings;
      else ++c.suggestions;
    }
  }
  return c;
}

std::string SummaryLine(const Counts& c) {
  std::string s = Counted(c.errors, "error", "errors") + ", " +
                  Counted(c.warnings, "warning", "warnings") + " and " +
                  Counted(c.suggestions, "suggestion", "suggestions") + " in " +
                  Counted(c.files, "file", "files");
  if (c.suppressed) s += " (" + std::to_string(c.suppressed) + " suppressed)";
  if (c.failed) {
    s += "; " + Counted(c.failed, "file", "files") + " could not be checked";
    // A broken config stops every draft it covers: say so, or the summary
    // points at the drafts.
    // A bad option (--language) stops every draft too, and is no fault of
    // the config (fu53r).
    const char* config = "because of an error in the config or rules";
    const char* option = "because of a command-line option";
    if (c.failed_config == c.failed) {
      s += std::string(" ") + config + " (see above)";
    } else if (c.failed_option == c.failed) {
      s += std::string(" ") + option + " (see above)";
    } else if (c.failed_config || c.failed_option) {
      std::string why;
      if (c.failed_config) why += std::to_string(c.failed_config) + " " + config;
      if (c.failed_option) why += (why.empty() ? "" : ", ") + std::to_string(c.failed_option) + " " + option;
      s += " (" + why + ", see above)";
    }
  }
  if (c.unread) s += "; " + Counted(c.unread, "input", "inputs") + " could not be read";
  return s + ".";
}

// --------------------------------------------------------------- formats

std::string FormatLine(const CheckReport& r, const CheckOutputOptions& o) {
  std::string out;
  for (const auto& file : r.files) {
    for (const auto& f : file.findings) {
      if (!Shown(f, o)) continue;
      std::string msg = f.message;
      std::replace_if(msg.begin(), msg.end(), IsBreak, ' ');
      // The article's own words (a path, a cue, a suppression's reason) reach
      // the terminal with control characters escaped (PrintableText).
      out += fmt::format("{}:{}:{}:{}:{}:{}", PrintableText(file.path), f.line, f.column, SeverityName(f.level),
                         f.rule, PrintableText(msg));
      if (f.suppressed) {
        out += " [suppressed" + (f.suppressed->empty() ? std::string() : ": " + PrintableText(*f.suppressed)) + "]";
      }
      out += "\n";
    }
  }
  return out;
}

std::string FormatCli(const CheckReport& r, const CheckOutputOptions& o) {
  std::string out;
  for (const auto& file : r.files) {
    if (file.error) continue;  // reported on stderr
    std::vector<const CheckFinding*> shown;
    for (const auto& f : file.findings) {
      if (Shown(f, o)) shown.push_back(&f);
    }
    if (shown.empty()) continue;
    out += "\n " + PrintableText(file.path) + "\n";
    // The rule ids line up after the messages, but only messages of up to
    // kAlignedMessage code points set that column: one long message (an
    // invalid directive quotes the whole list of verbs) would otherwise pad
    // every line of the file past a terminal's width.
    constexpr size_t kAlignedMessage = 72;
    size_t pos_w = 0, msg_w = 0;
    // Messages quote the article's words: control characters and broken
    // UTF-8 in them are escaped (PrintableText) before they are measured.
    std::vector<std::string> messages;
    for (const auto* f : shown) {
      pos_w = std::max(pos_w, fmt::format("{}:{}", f->line, f->column).size());
      messages.push_back(PrintableText(f->message));
      const size_t w = CountCodePoints(messages.back());
      if (w <= kAlignedMessage) msg_w = std::max(msg_w, w);
    }
    for (size_t i = 0; i < shown.size(); ++i) {
      const CheckFinding* f = shown[i];
      std::string pos = fmt::format("{}:{}", f->line, f->column);
      std::string level = f->suppressed ? "suppressed" : SeverityName(f->level);
      const size_t w = CountCodePoints(messages[i]);
      std::string pad(w < msg_w ? msg_w - w : 0, ' ');
      out += fmt::format(" {:<{}}  {:<10}  {}{}  {}", pos, pos_w, level, messages[i], pad, f->rule);
      if (f->suppressed && !f->suppressed->empty()) out += "  (" + PrintableText(*f->suppressed) + ")";
      out += "\n";
    }
  }
  Counts c = Count(r);
  out += "\n";
  out += (c.errors || c.warnings || c.suggestions || c.failed || c.unread) ? "\xE2\x9C\x96 " : "\xE2\x9C\x94 ";
  out += SummaryLine(c) + "\n";
  return out;
}

ojson JsonFinding(const CheckFinding& f) {
  return ojson{{"rule", f.rule},
               {"level", SeverityName(f.level)},
               {"message", f.message},
               {"link", f.link},
               {"begin", f.begin},
               {"end", f.end},
               {"line", f.line},
               {"column", f.column},
               {"end_line", f.end_line},
               {"end_column", f.end_column},
               {"match", f.match},
               {"fingerprint", f.fingerprint},
               {"suppressed", f.suppressed ? ojson(*f.suppressed) : ojson(nullptr)}};
}

std::string FormatJson(const CheckReport& r) {
  ojson files = ojson::array();
  for (const auto& file : r.files) {
    ojson j;
    j["file"] = file.path;
    ojson findings = ojson::array();
    for (const auto& f : file.findings) findings.push_back(JsonFinding(f));
    j["findings"] = std::move(findings);
    if (file.score) {
      const ArticleScore& s = *file.score;
      j["score"] = {{"transparency_index", s.transparency_index}, {"named_share", s.named_share},
                    {"anonymous_share", s.anonymous_share}, {"vague_share", s.vague_share},
                    {"no_source_share", s.no_source_share()}, {"anonymity_explained", s.anonymity_explained},
                    {"unattributed_quotes", s.unattributed_quotes}, {"attributions", s.attributions}};
    } else {
      j["score"] = nullptr;
    }
    if (file.error) {
      // No position (a missing file, a broken config): null, as in
      // `audit`'s error object (docs/output.md), never 0.
      const int line = file.error->line(), column = file.error->column();
      j["error"] = {{"message", file.error->message()}, {"line", line > 0 ? ojson(line) : ojson(nullptr)},
                    {"column", line > 0 && column > 0 ? ojson(column) : ojson(nullptr)}};
    } else {
      j["error"] = nullptr;
    }
    files.push_back(std::move(j));
  }
  Counts c = Count(r);
  ojson root;
  root["schema"] = "onrecord/check-1";
  root["tool_version"] = r.tool_version;
  root["files"] = std::move(files);
  root["summary"] = {{"files", c.files},       {"errors", c.errors},
                     {"warnings", c.warnings}, {"suggestions", c.suggestions},
                     {"suppressed", c.suppressed}, {"unreadable", c.failed}};
  return DumpJson(root, 2) + "\n";
}

std::string PercentEncodePath(const std::string& path) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                std::string_view("-._~/!$&'()*+,;=:@").find(static_cast<char>(c)) !=
                    std::string_view::npos;
    if (keep) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string ArtifactUri(const std::string& path) {
  if (!path.empty() && path[0] == '/') return "file://" + PercentEncodePath(path);
  return PercentEncodePath(path);
}

// The folder that the relative paths of SARIF and GitHub annotations are
// relative to, as code scanning and annotations read them: the repository
// root (the nearest folder holding ".git", up from the working directory),
// else the working directory. Empty when the working directory is unknown.
std::filesystem::path SourceRoot() {
  std::error_code ec;
  const std::filesystem::path cwd = std::filesystem::current_path(ec);
  if (ec) return {};
  for (std::filesystem::path p = cwd; !p.empty(); p = p.parent_path()) {
    if (std::filesystem::exists(p / ".git", ec)) return p;
    if (p == p.parent_path()) break;
  }
  return cwd;
}

// `path` (as reported, relative to the working directory or absolute)
// relative to `root`; absolute for a file outside it; unchanged for
// standard input.
std::string RootRelative(const std::string& path, const std::filesystem::path& root) {
  if (path.empty() || path == "-" || root.empty()) return path;
  std::error_code ec;
  const std::filesystem::path abs = std::filesystem::absolute(path, ec).lexically_normal();
  if (ec) return path;
  const std::filesystem::path rel = abs.lexically_relative(root);
  // Outside the root: the absolute path ("../../outside.md" from a
  // subfolder is no path from the root).
  if (rel.empty() || rel.begin()->string() == "..") return abs.generic_string();
  return rel.generic_string();
}

// A SARIF artifactLocation: relative to %SRCROOT% (SourceRoot) when the
// file is under it, else an absolute file URI.
ojson ArtifactLocation(const std::string& path, const std::filesystem::path& root) {
  const std::string rel = RootRelative(path, root);
  if (rel.empty() || rel[0] == '/' || rel == "-" || root.empty()) return {{"uri", ArtifactUri(rel)}};
  return {{"uri", PercentEncodePath(rel)}, {"uriBaseId", "%SRCROOT%"}};
}

std::string FirstSentence(const std::string& s) {
  size_t p = s.find(". ");
  return p == std::string::npos ? s : s.substr(0, p + 1);
}

ojson SarifRule(const std::string& id, const std::string& kind, const std::string& message,
                Severity level, const std::string& link) {
  std::string full = message.empty() ? id : message;
  if (!link.empty()) full += " (standard: " + link + ")";
  if (full.size() > 1000) full = full.substr(0, CharStart(full, 997)) + "...";
  ojson r;
  r["id"] = id;
  r["shortDescription"] = {{"text", FirstSentence(message.empty() ? id : message)}};
  r["fullDescription"] = {{"text", full}};
  if (IsHttp(link)) r["helpUri"] = link;
  r["help"] = {{"text", full}};
  r["defaultConfiguration"] = {{"level", SarifLevel(level)}};
  std::string category = id.substr(0, id.find('.'));
  ojson tags = ojson::array({"sourcing"});
  if (category != "sourcing") tags.push_back(category);
  if (!kind.empty() && kind != category) tags.push_back(kind);
  r["properties"] = {{"tags", tags}, {"precision", "medium"}};
  return r;
}

std::string FormatSarif(const CheckReport& r, const CheckOutputOptions& o) {
  ojson rules = ojson::array();
  std::map<std::string, size_t> index;
  if (o.rules) {
    std::vector<const RuleInfo*> infos;
    for (const auto& info : o.rules->rules()) {
      if (info.kind != "attribution" && info.kind != "document" && info.kind != "metric") continue;
      infos.push_back(&info);
    }
    std::stable_sort(infos.begin(), infos.end(),
                     [](const RuleInfo* a, const RuleInfo* b) { return a->id < b->id; });
    for (const auto* info : infos) {
      if (index.count(info->id)) continue;  // the same id in another language
      index[info->id] = rules.size();
      rules.push_back(SarifRule(info->id, info->kind, info->message, info->level, info->link));
    }
  }
  // Findings from rules outside the catalogue (input checks, thresholds,
  // directives) still get an entry, so every ruleIndex is valid.
  std::set<std::string> extra;
  for (const auto& file : r.files) {
    for (const auto& f : file.findings) {
      if (!index.count(f.rule)) extra.insert(f.rule);
    }
  }
  for (const auto& id : extra) {
    const CheckFinding* sample = nullptr;
    for (const auto& file : r.files) {
      for (const auto& f : file.findings) {
        if (f.rule == id && !sample) sample = &f;
      }
    }
    index[id] = rules.size();
    rules.push_back(SarifRule(id, "", sample ? sample->message : id,
                              sample ? sample->level : Severity::kWarning,
                              sample ? sample->link : std::string()));
  }
  ojson results = ojson::array();
  ojson notifications = ojson::array();
  const std::filesystem::path root_dir = SourceRoot();
  for (const auto& file : r.files) {
    if (file.error) {
      ojson n;
      n["level"] = "error";
      n["message"] = {{"text", file.error->message()}};
      ojson phys = {{"artifactLocation", ArtifactLocation(file.path, root_dir)}};
      if (file.error->line() > 0) {
        phys["region"] = {{"startLine", file.error->line()},
                          {"startColumn", std::max(1, file.error->column())}};
      }
      n["locations"] = ojson::array({{{"physicalLocation", phys}}});
      notifications.push_back(std::move(n));
      continue;
    }
    for (const auto& f : file.findings) {
      ojson res;
      res["ruleId"] = f.rule;
      res["ruleIndex"] = index[f.rule];
      res["level"] = SarifLevel(f.level);
      res["message"] = {{"text", f.message}};
      ojson region = {{"startLine", f.line}, {"startColumn", f.column}};
      if (f.end > f.begin) {
        region["endLine"] = f.end_line;
        region["endColumn"] = f.end_column;
      }
      if (!f.match.empty()) region["snippet"] = {{"text", f.match}};
      res["locations"] = ojson::array(
          {{{"physicalLocation",
             {{"artifactLocation", ArtifactLocation(file.path, root_dir)}, {"region", region}}}}});
      res["partialFingerprints"] = {{"onrecord/v1", f.fingerprint}};
      if (f.suppressed) {
        ojson s = {{"kind", "inSource"}, {"status", "accepted"}};
        if (!f.suppressed->empty()) s["justification"] = *f.suppressed;
        res["suppressions"] = ojson::array({s});
      }
      results.push_back(std::move(res));
    }
  }
  ojson driver;
  driver["name"] = "onrecord";
  driver["semanticVersion"] = r.tool_version;
  driver["version"] = r.tool_version;
  driver["rules"] = std::move(rules);
  ojson run;
  run["tool"] = {{"driver", std::move(driver)}};
  run["invocations"] = ojson::array(
      {{{"executionSuccessful", notifications.empty()},
        {"toolExecutionNotifications", std::move(notifications)}}});
  if (!root_dir.empty()) {
    std::string base = root_dir.generic_string();
    if (base.empty() || base.back() != '/') base += '/';
    run["originalUriBaseIds"] = {{"%SRCROOT%", {{"uri", "file://" + PercentEncodePath(base)}}}};
  }
  run["columnKind"] = "unicodeCodePoints";
  run["results"] = std::move(results);
  ojson root;
  root["$schema"] = kSarifSchema;
  root["version"] = "2.1.0";
  root["runs"] = ojson::array({std::move(run)});
  return DumpJson(root, 2) + "\n";
}

std::string FormatGithub(const CheckReport& r, const CheckOutputOptions& o) {
  std::string out;
  // Annotations name files relative to the repository root, as SARIF does.
  const std::filesystem::path root_dir = SourceRoot();
  for (const auto& file : r.files) {
    if (file.error) {
      out += "::error file=" + EscapeGithubProperty(RootRelative(file.path, root_dir));
      if (file.error->line() > 0) {
        out += ",line=" + std::to_string(file.error->line());
        if (file.error->column() > 0) out += ",col=" + std::to_string(file.error->column());
      }
      out += ",title=onrecord::" + EscapeGithubData(file.error->message()) + "\n";
      continue;
    }
    for (const auto& f : file.findings) {
      if (!Shown(f, o)) continue;
      std::string title = f.rule;
      std::string msg = f.message;
      if (f.suppressed) {
        title += " (suppressed)";
        if (!f.suppressed->empty()) msg += " [suppressed: " + *f.suppressed + "]";
      }
      out += fmt::format("::{} file={},line={},col={}", f.suppressed ? "notice" : GithubCommand(f.level),
                         EscapeGithubProperty(RootRelative(file.path, root_dir)), f.line, f.column);
      if (f.end > f.begin) out += fmt::format(",endLine={},endColumn={}", f.end_line, f.end_column);
      out += ",title=" + EscapeGithubProperty(title) + "::" + EscapeGithubData(msg) + "\n";
    }
  }
  return out;
}

std::string XmlEscape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      case '\t': out += "&#9;"; break;
      default:
        // Control characters are not allowed in XML 1.0.
        if (static_cast<unsigned char>(c) < 0x20) out += "\xEF\xBF\xBD";
        else out += c;
    }
  }
  return out;
}

std::string FormatJunit(const CheckReport& r, const CheckOutputOptions& o) {
  std::string body;
  int total_tests = 0, total_failures = 0, total_errors = 0, total_skipped = 0;
  for (const auto& file : r.files) {
    std::string p = XmlEscape(file.path);
    if (file.error) {
      ++total_tests;
      ++total_errors;
      body += fmt::format(
          "  <testsuite name=\"{0}\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\" "
          "time=\"0\">\n    <testcase classname=\"{0}\" name=\"onrecord\" file=\"{0}\" time=\"0\">\n"
          "      <error message=\"{1}\">{2}</error>\n    </testcase>\n  </testsuite>\n",
          p, XmlEscape(file.error->message()), XmlEscape(file.error->ToString()));
      continue;
    }
    std::string cases;
    int tests = 0, failures = 0, skipped = 0;
    for (const auto& f : file.findings) {
      if (!Shown(f, o)) continue;
      ++tests;
      cases += fmt::format(
          "    <testcase classname=\"{}\" name=\"{} @ {}:{}\" file=\"{}\" line=\"{}\" time=\"0\">\n",
          p, XmlEscape(f.rule), f.line, f.column, p, f.line);
      if (f.suppressed) {
        ++skipped;
        cases += fmt::format("      <skipped message=\"{}\"/>\n",
                             XmlEscape("suppressed" + (f.suppressed->empty()
                                                           ? std::string()
                                                           : ": " + *f.suppressed)));
      } else if (f.fails) {
        ++failures;
        cases += fmt::format("      <failure type=\"{}\" message=\"{}\">{}:{}:{} {}</failure>\n",
                             SeverityName(f.level), XmlEscape(f.message), p, f.line, f.column,
                             XmlEscape(f.rule));
      } else {
        // Below the fail level: a passing test case that still shows the finding.
        cases += fmt::format("      <system-out>{}: {}:{}:{} {} {}</system-out>\n", SeverityName(f.level), p, f.line,
                             f.column, XmlEscape(f.rule), XmlEscape(f.message));
      }
      cases += "    </testcase>\n";
    }
    if (tests == 0) {
      tests = 1;
      cases = fmt::format("    <testcase classname=\"{0}\" name=\"onrecord\" file=\"{0}\" time=\"0\"/>\n", p);
    }
    total_tests += tests;
    total_failures += failures;
    total_skipped += skipped;
    body += fmt::format(
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\" "
        "time=\"0\">\n{}  </testsuite>\n",
        p, tests, failures, skipped, cases);
  }
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"onrecord\" tests=\"{}\" "
      "failures=\"{}\" errors=\"{}\" skipped=\"{}\" time=\"0\">\n{}</testsuites>\n",
      total_tests, total_failures, total_errors, total_skipped, body);
}

std::string FormatRdjsonl(const CheckReport& r, const CheckOutputOptions& o) {
  std::string out;
  for (const auto& file : r.files) {
    if (file.error) {
      ojson d;
      d["message"] = file.error->message();
      d["location"] = {{"path", file.path},
                       {"range", {{"start", {{"line", std::max(1, file.error->line())}}}}}};
      d["severity"] = "ERROR";
      d["source"] = {{"name", "onrecord"}};
      d["code"] = {{"value", "input.error"}};
      out += DumpJson(d) + "\n";
      continue;
    }
    for (const auto& f : file.findings) {
      // reviewdog has no notion of a suppressed diagnostic: never post one.
      if (f.suppressed) continue;
      ojson d;
      d["message"] = f.message;
      ojson range = {{"start", {{"line", f.line}, {"column", f.byte_column}}}};
      if (f.end > f.begin) range["end"] = {{"line", f.end_line}, {"column", f.end_byte_column}};
      d["location"] = {{"path", file.path}, {"range", range}};
      d["severity"] = RdSeverity(f.level);
      d["source"] = {{"name", "onrecord"}};
      ojson code = {{"value", f.rule}};
      if (IsHttp(f.link)) code["url"] = f.link;
      d["code"] = code;
      out += DumpJson(d) + "\n";
    }
  }
  (void)o;
  return out;
}

std::string MarkdownCell(std::string_view s) {
  std::string out;
  for (char c : PrintableText(s)) {
    if (c == '|') out += "\\|";
    else if (IsBreak(c)) out += ' ';
    else out += c;
  }
  return out;
}

std::string NormalizeMatch(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || IsBreak(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

}  // namespace

std::optional<CheckFormat> ParseCheckFormat(std::string_view name) {
  if (name == "cli") return CheckFormat::kCli;
  if (name == "line") return CheckFormat::kLine;
  if (name == "json") return CheckFormat::kJson;
  if (name == "sarif") return CheckFormat::kSarif;
  if (name == "github") return CheckFormat::kGithub;
  if (name == "junit") return CheckFormat::kJunit;
  if (name == "rdjsonl") return CheckFormat::kRdjsonl;
  return std::nullopt;
}

const char* CheckFormatName(CheckFormat f) {
  switch (f) {
    case CheckFormat::kCli: return "cli";
    case CheckFormat::kLine: return "line";
    case CheckFormat::kJson: return "json";
    case CheckFormat::kSarif: return "sarif";
    case CheckFormat::kGithub: return "github";
    case CheckFormat::kJunit: return "junit";
    case CheckFormat::kRdjsonl: return "rdjsonl";
  }
  return "cli";
}

std::vector<CheckFinding> MakeCheckFindings(const std::vector<Finding>& findings,
                                            std::string_view source) {
  LineIndex index(source);
  std::vector<CheckFinding> out;
  out.reserve(findings.size());
  for (const auto& f : findings) {
    CheckFinding c;
    c.rule = f.rule;
    c.level = f.level;
    c.message = f.message;
    c.link = f.link;
    c.suppressed = f.suppressed;
    c.begin = std::min(f.location.begin, source.size());
    c.end = std::clamp(f.location.end, c.begin, source.size());
    if (f.location.line > 0) {
      c.line = f.location.line;
      c.column = std::max(1, f.location.column);
    } else {
      auto p = index.At(c.begin);
      c.line = p.line;
      c.column = p.column;
    }
    auto e = index.At(c.end);
    c.end_line = e.line;
    c.end_column = e.column;
    if (c.end_line < c.line || (c.end_line == c.line && c.end_column < c.column)) {
      c.end_line = c.line;
      c.end_column = c.column;
    }
    size_t ls = index.LineStart(c.begin);
    c.byte_column = static_cast<int>(c.begin - ls) + 1;
    size_t le = index.LineStart(c.end);
    c.end_byte_column = static_cast<int>(c.end - le) + 1;
    std::string_view match = source.substr(c.begin, c.end - c.begin);
    size_t brk = match.find_first_of("\r\n");
    if (brk != std::string_view::npos) match = match.substr(0, brk);
    if (match.size() > 200) match = match.substr(0, CharStart(match, 200));
    c.match = std::string(match);
    out.push_back(std::move(c));
  }
  return out;
}

std::string ReportPath(std::string_view path) {
  std::string p(path);
  std::replace(p.begin(), p.end(), '\\', '/');
  while (p.rfind("./", 0) == 0) p = p.substr(2);
  // "drafts/../drafts/a.md" is "drafts/a.md" (lexically: no link is followed).
  if (p.find("/.") != std::string::npos && p != "-") p = std::filesystem::path(p).lexically_normal().generic_string();
  return p;
}

void Canonicalize(CheckReport* report) {
  for (auto& file : report->files) file.path = ReportPath(file.path);
  std::stable_sort(report->files.begin(), report->files.end(),
                   [](const CheckFile& a, const CheckFile& b) { return a.path < b.path; });
  for (auto& file : report->files) {
    auto& fs = file.findings;
    std::stable_sort(fs.begin(), fs.end(), [](const CheckFinding& a, const CheckFinding& b) {
      return std::tie(a.line, a.column, a.rule, a.message, a.end_line, a.end_column) <
             std::tie(b.line, b.column, b.rule, b.message, b.end_line, b.end_column);
    });
    std::map<std::string, int> seen;
    for (auto& f : fs) {
      std::string key = f.rule + '\x1f' + NormalizeMatch(f.match);
      int occurrence = seen[key]++;
      f.fingerprint = Sha256Hex(key + '\x1f' + std::to_string(occurrence)).substr(0, 16);
    }
  }
}

std::string FormatCheck(const CheckReport& report, CheckFormat format,
                        const CheckOutputOptions& options) {
  switch (format) {
    case CheckFormat::kCli: return FormatCli(report, options);
    case CheckFormat::kLine: return FormatLine(report, options);
    case CheckFormat::kJson: return FormatJson(report);
    case CheckFormat::kSarif: return FormatSarif(report, options);
    case CheckFormat::kGithub: return FormatGithub(report, options);
    case CheckFormat::kJunit: return FormatJunit(report, options);
    case CheckFormat::kRdjsonl: return FormatRdjsonl(report, options);
  }
  return {};
}

std::string GithubStepSummary(const CheckReport& report, const CheckOutputOptions& options) {
  Counts c = Count(report);
  std::string out = "### onrecord check\n\n";
  out += ((c.errors || c.warnings || c.suggestions || c.failed) ? "\xE2\x9C\x96 " : "\xE2\x9C\x94 ") +
         SummaryLine(c) + "\n\n";
  std::string rows;
  for (const auto& file : report.files) {
    if (file.error) {
      rows += fmt::format("| `{}` | {} | error | onrecord | {} |\n", MarkdownCell(file.path),
                          file.error->line() > 0 ? std::to_string(file.error->line()) : "",
                          MarkdownCell(file.error->message()));
      continue;
    }
    for (const auto& f : file.findings) {
      if (!Shown(f, options)) continue;
      std::string level = f.suppressed ? "suppressed" : SeverityName(f.level);
      std::string msg = f.message;
      if (f.suppressed && !f.suppressed->empty()) msg += " (reason: " + *f.suppressed + ")";
      rows += fmt::format("| `{}` | {}:{} | {} | `{}` | {} |\n", MarkdownCell(file.path), f.line,
                          f.column, level, MarkdownCell(f.rule), MarkdownCell(msg));
    }
  }
  if (!rows.empty()) {
    out += "| File | Line:Col | Level | Rule | Message |\n|---|---|---|---|---|\n" + rows + "\n";
  }
  return out;
}

std::string EscapeGithubData(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out += c;
  }
  // The log shows the annotations' text on a terminal too: any other
  // control character as \xNN, as the text report writes it (fu53r).
  return PrintableText(out);
}

std::string EscapeGithubProperty(std::string_view s) {
  std::string out;
  for (char c : EscapeGithubData(s)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

}  // namespace onrecord
