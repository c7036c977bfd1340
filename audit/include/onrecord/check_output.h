// Reports of `onrecord check`: the CI formats.
//
//   cli      a table per file and a summary line (for people)
//   line     path:line:column:level:rule:message, one finding a line
//   json     {"schema": "onrecord/check-1", "files": [...], "summary": {...}}
//   sarif    SARIF 2.1.0 (GitHub code scanning): rule catalogue, levels,
//            regions, columnKind, partialFingerprints, suppressions
//   github   GitHub Actions workflow commands (::error / ::warning / ::notice)
//   junit    JUnit XML: a testsuite per file, a testcase per finding, failing
//            when the finding reaches the fail level (CheckFinding::fails)
//   rdjsonl  reviewdog diagnostics, one JSON object a line
//
// Units: `line`/`column`/`end_line`/`end_column` are 1-based, columns in
// Unicode code points, ends exclusive (the column after the last character);
// rdjsonl uses the UTF-8 byte columns `byte_column`/`end_byte_column`.
// Order: every format lists files by path and findings by line, column, rule
// and message, so equal input gives byte-identical output.
// Suppressed findings are always carried by json and sarif (with their
// reason); the other formats show them only when `show_suppressed` is set
// (junit as skipped test cases, github as notices) and they never fail.
// Thread-safety: pure functions over values.
#ifndef ONRECORD_CHECK_OUTPUT_H_
#define ONRECORD_CHECK_OUTPUT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "onrecord/audit.h"
#include "onrecord/rules.h"
#include "onrecord/status.h"

namespace onrecord {

enum class CheckFormat { kCli, kLine, kJson, kSarif, kGithub, kJunit, kRdjsonl };
std::optional<CheckFormat> ParseCheckFormat(std::string_view name);
const char* CheckFormatName(CheckFormat f);

struct CheckFinding {
  std::string rule;
  Severity level = Severity::kWarning;
  std::string message;
  std::string link;
  size_t begin = 0;  // decoded source, UTF-8 bytes, half-open
  size_t end = 0;
  int line = 1;
  int column = 1;
  int end_line = 1;
  int end_column = 1;
  int byte_column = 1;
  int end_byte_column = 1;
  std::string match;        // the source text the finding covers (at most one line)
  std::string fingerprint;  // stable across line shifts: rule + match + occurrence
  std::optional<std::string> suppressed;  // the reason (possibly empty) when suppressed
  // At or above the file's fail level (`check` sets it from --fail-level or
  // the config): junit makes a failing test case of it, a passing one of
  // the others. Suppressed findings never fail.
  bool fails = true;
};

struct CheckFile {
  std::string path;  // as reported: forward slashes, no leading "./"
  std::vector<CheckFinding> findings;
  std::optional<Status> error;  // the file could not be checked
  // Why not, when `error` is set: its config or rules (reported on stderr
  // at their own file:line:column) rather than the file itself.
  bool config_error = false;
  // Or a command-line option that no file could be checked with (an
  // unknown --language).
  bool option_error = false;
  std::optional<ArticleScore> score;
};

struct CheckReport {
  std::vector<CheckFile> files;
  std::string tool_version;
  // Inputs that named no file to check (a glob matching nothing, a folder
  // that cannot be listed): reported on stderr; the cli summary counts them,
  // so that it never shows a success mark on a run that exits 2.
  int unread_inputs = 0;
};

struct CheckOutputOptions {
  bool show_suppressed = false;
  const RuleSet* rules = nullptr;  // SARIF rule catalogue (may be null)
};

// Builds the reported form of findings. `source` is the decoded text their
// byte offsets point into; `line`/`column` are taken from each finding (the
// extractors' exact positions) and the end position is computed from the
// source. Cost: linear in the source plus the findings.
std::vector<CheckFinding> MakeCheckFindings(const std::vector<Finding>& findings,
                                            std::string_view source);

// Sorts files and findings into the deterministic order and fills each
// finding's fingerprint (hash of rule, match text and occurrence index).
void Canonicalize(CheckReport* report);

// A path for reports: forward slashes, no leading "./".
std::string ReportPath(std::string_view path);

// The report in `format`. Ends with a newline unless empty.
std::string FormatCheck(const CheckReport& report, CheckFormat format,
                        const CheckOutputOptions& options);

// The Markdown table for $GITHUB_STEP_SUMMARY.
std::string GithubStepSummary(const CheckReport& report, const CheckOutputOptions& options);

// Workflow-command escaping: the message (`%`, CR, LF) and property values
// (also `:` and `,`).
std::string EscapeGithubData(std::string_view s);
std::string EscapeGithubProperty(std::string_view s);

}  // namespace onrecord

#endif  // ONRECORD_CHECK_OUTPUT_H_
