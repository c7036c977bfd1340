// CLI command registry: each command file registers itself at start-up, so
// adding a command touches no other file.
#ifndef ONRECORD_CLI_COMMANDS_H_
#define ONRECORD_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "onrecord/audit.h"
#include "onrecord/rules.h"

namespace onrecord::cli {

// Exit codes (design §6).
inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitError = 2;

struct GlobalOptions {
  std::string argv0;
  std::string rules_dir;  // --rules; empty = default
};

// Called once per command to add its sub-app; returns the function that runs
// it after parsing (returning the exit code).
using CommandSetup = std::function<std::function<int()>(CLI::App& app, GlobalOptions& global)>;

struct CommandRegistration {
  CommandRegistration(const char* name, int order, CommandSetup setup);
};

struct RegisteredCommand {
  std::string name;
  int order;
  CommandSetup setup;
};
std::vector<RegisteredCommand>& Registry();

// Loads the rules named by --rules (or the default directory); prints the
// error (path:line:column) on failure and returns null.
std::shared_ptr<const RuleSet> LoadRulesOrReport(const GlobalOptions& global);

// Flushes standard output and checks that everything written to it arrived
// (a full disk, /dev/full, a closed file): on failure prints "onrecord:
// cannot write to standard output: <reason>" and returns kExitError,
// otherwise `exit_code`. Every command's result passes through it, so a
// report cut short never ends with a success status.
int FinishStandardOutput(int exit_code);

// Validators for numeric options, so that no value turns a limit off or
// means something other than it says (each error names the option, exit 2):
//  - ByteSize: a size above zero, in bytes or with a unit (512KiB, 16MiB,
//    1GiB; KB = KiB = 1024 bytes); replaces the value with the byte count.
//    "-5", "0", "4 potatoes" are errors.
//  - WholeNumber: decimal digits only ("-1", "1.5", "0x10", "010" as octal
//    are errors); use it before a CLI::Range.
//  - FiniteNumber: a decimal number that is not NaN or infinite; use it before
//    a CLI::Range (a NaN passes every range test).
CLI::Validator ByteSize();
CLI::Validator WholeNumber();
CLI::Validator FiniteNumber();

// The stderr lines for an article whose language has no rules (the
// input.language-without-rules finding) or whose text reads as another
// language than the one it declares (input.language-mismatch): one
// "onrecord: warning: PATH: …" line each, or nothing.
std::string LanguageWithoutRulesWarning(const AuditResult& result, const std::string& shown);

// "onrecord: warning: PATH:LINE:COLUMN: message" lines for problems that do
// not stop a command (Document::warnings, MetadataTable::warnings), as one
// string written at once.
std::string WarningLines(const std::vector<Status>& warnings);

// Expands files, directories (recursively, following no symlink loops) and
// glob patterns into a sorted list of article paths. Problems are appended
// to `errors` as "path: message" lines; a symbolic link back into a folder
// already walked is not one (a warning line on stderr, the files taken once). A folder's project files (README,
// LICENSE, CHANGELOG, CONTRIBUTING, … with an article extension) are left
// out, and one line on stderr says how many and which; a file named itself
// (or matched by a glob) is always kept. Each file comes once, as first
// given (paths are compared with links resolved); a second '-' is an error.
// In a walk, a loop of file links is skipped with a warning on stderr.
// A folder inside a walked folder whose name ends like an article file
// ("story.txt/") is walked as a folder, with one warning line on stderr
// naming such folders (the first three) and counting the files taken from
// them.
std::vector<std::string> ExpandPaths(const std::vector<std::string>& inputs,
                                     std::vector<std::string>* errors);

// The warning line ("onrecord: warning: SHOWN: no JSONL records: …") for a
// JSONL input (or, with `results`, an `ingest --results` file) that holds no
// record: empty, or only blank lines. The exit status does not change.
std::string NoRecordsWarning(const std::string& shown, bool results = false);

}  // namespace onrecord::cli

#endif  // ONRECORD_CLI_COMMANDS_H_
