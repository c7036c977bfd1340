// Numeric command-line options: a value that is negative, zero where zero
// means nothing, or not a number is a usage error (exit 2) naming the option,
// never a limit silently turned off or a value read in another base.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "test_util.h"

using namespace onrecord::testing;

namespace {

const char kArticle[] = "“We will not move,” said Wu Xinbo, an adviser to the ministry.\n";

void ExpectUsageError(const std::vector<std::string>& args, const std::string& option, const std::string& cwd) {
  CliResult r = RunCli(args, std::string(), cwd);
  INFO(args.front() << " " << option << " -> " << r.err);
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains(option));
  // Regression: usage errors from the option parser lacked the program's
  // name that every other error starts with.
  CHECK_THAT(r.err, Catch::StartsWith("onrecord: "));
}

}  // namespace

// Regression: `audit --max-article-bytes -5 huge.txt` was accepted and turned
// the size limit off (CLI11 read "-5" as a huge unsigned number).
TEST_CASE("numeric options: a size limit that is negative zero or not a size is a usage error", "[cli][options]") {
  TempDir tmp;
  WriteFile(tmp / "a.txt", kArticle);
  for (const char* command : {"audit", "clean"}) {
    for (const char* bad : {"-5", "0", "0KiB", "lots", "4 potatoes", "-1MiB", ""}) {
      ExpectUsageError({command, "--max-article-bytes", bad, "a.txt"}, "--max-article-bytes", tmp.path().string());
    }
    // The limit still works with a unit, and still refuses a larger file.
    CHECK(RunCli({command, "--max-article-bytes", "1KiB", "a.txt"}, std::string(), tmp.path().string()).exit_code ==
          0);
    CliResult small = RunCli({command, "--max-article-bytes", "10", "a.txt"}, std::string(), tmp.path().string());
    CHECK(small.exit_code == 2);
    CHECK_THAT(small.err, Catch::Contains("a.txt"));
  }
}

TEST_CASE("numeric options: jobs batch bootstrap seed top and floors refuse bad values", "[cli][options]") {
  TempDir tmp;
  WriteFile(tmp / "a.txt", kArticle);
  const std::string cwd = tmp.path().string();
  for (const char* bad : {"-1", "0", "two", "1.5", "0x10", "010"}) {
    ExpectUsageError({"ingest", "--db", "x.db", "-j", bad, "a.txt"}, "--jobs", cwd);
    ExpectUsageError({"ingest", "--db", "x.db", "--batch-size", bad, "a.txt"}, "--batch-size", cwd);
    ExpectUsageError({"eval", "-j", bad, "a.txt"}, "--jobs", cwd);
  }
  // No database was made by a refused ingest.
  CHECK_FALSE(std::filesystem::exists(tmp / "x.db"));
  for (const char* bad : {"-1", "many", "1e3", "0x10"}) {
    ExpectUsageError({"compare", "--db", "x.db", "--by", "outlet", "--bootstrap", bad}, "--bootstrap", cwd);
    ExpectUsageError({"compare", "--db", "x.db", "--by", "outlet", "--seed", bad}, "--seed", cwd);
    ExpectUsageError({"compare", "--db", "x.db", "--by", "outlet", "--top", bad}, "--top", cwd);
  }
  for (const char* bad : {"nan", "-0.1", "1.5", "high", "inf"}) {
    ExpectUsageError({"eval", "--min-quote-f1", bad, "a.txt"}, "--min-quote-f1", cwd);
  }
}

TEST_CASE("usage errors name the program and the way to help", "[cli][options]") {
  TempDir tmp;
  const std::string cwd = tmp.path().string();
  ExpectUsageError({"audit", "--format", "xml", "a.txt"}, "--format", cwd);
  ExpectUsageError({"check", "--config", "missing.yml", "a.txt"}, "--config", cwd);
  CliResult none = RunCli({"audit"}, std::string(), cwd);
  CHECK(none.exit_code == 2);
  CHECK_THAT(none.err, Catch::StartsWith("onrecord: "));
  CHECK_THAT(none.err, Catch::Contains("run with --help for more information"));
  // --help still succeeds, on standard output.
  CliResult help = RunCli({"audit", "--help"}, std::string(), cwd);
  CHECK(help.exit_code == 0);
  CHECK_THAT(help.out, Catch::Contains("--format"));
}

// Regression: `audit --stats` listed the stages alphabetically (attribute,
// clean, extract, …), not in the order they run.
TEST_CASE("audit --stats lists the stages in pipeline order", "[cli][options]") {
  TempDir tmp;
  WriteFile(tmp / "a.txt", "\"We will win,\" Mayor Ana Ruiz said.\n");
  auto r = RunCli({"audit", "--stats", (tmp / "a.txt").string()});
  REQUIRE(r.exit_code == 0);
  std::vector<std::string> shown;
  for (size_t at = r.out.find("  stage "); at != std::string::npos; at = r.out.find("  stage ", at + 1)) {
    const size_t begin = at + 8;
    shown.push_back(r.out.substr(begin, r.out.find(':', begin) - begin));
  }
  CHECK(shown == std::vector<std::string>{"extract", "normalize", "language", "rules", "clean", "segment", "quotes",
                                          "attribute", "score", "report"});
  CHECK(shown == onrecord::PipelineStages());
}

// Regression: `onrecord audit --format json a.txt > /dev/full` exited 0 with no
// message, so a CI step whose report was lost on a full disk still passed.
TEST_CASE("a report that cannot be written to standard output is an error", "[cli][options]") {
  TempDir tmp;
  WriteFile(tmp / "a.txt", kArticle);
  const std::string err = (tmp / "err.txt").string();
  for (const std::string command : {"audit --format json a.txt", "audit a.txt", "rules list", "--help"}) {
    const std::string cmd = "cd " + ShellQuote(tmp.path().string()) + " && " + ShellQuote(Binary()) + " " + command +
                            " > /dev/full 2> " + ShellQuote(err);
    const int status = std::system(cmd.c_str());
    INFO(command);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 2);
    CHECK_THAT(ReadFile(err), Catch::Contains("onrecord: cannot write to standard output"));
  }
  // Written in full, the same commands succeed.
  CHECK(RunCli({"audit", "--format", "json", "a.txt"}, std::string(), tmp.path().string()).exit_code == 0);
}
