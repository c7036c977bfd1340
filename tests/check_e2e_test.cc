// `onrecord check` end to end: a git repository of Markdown and HTML drafts
// with a config file, checked in every format; exit codes, positions against
// the drafts' real lines, suppressions with reasons, --diff-base, config
// errors, `onrecord init`, and the installed binary finding its rules.
#include <algorithm>
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <optional>

#include "check_test_util.h"
#include "onrecord/config.h"
#include "test_util.h"

namespace onrecord {
namespace {

using nlohmann::json;
using testing::CliResult;
using testing::ReadFile;
using testing::RunCli;
using testing::ShellQuote;
using testing::TempDir;
using testing::WriteFile;

// The drafts. Every name is invented.
const char kHarborMd[] =
    "# Harbor expansion stalls\n"
    "\n"
    "Talks on the *harbor* expansion have stalled, people familiar with the matter said.\n"
    "\n"
    "- Mayor Ana Ruiz, who chairs the port board, said the council &amp; the port \"will keep talking.\"\n"
    "- Officials say the cost has doubled.\n"
    "\n"
    "<!-- onrecord-disable-next-line attribution.vague-anonymous reason=\"Two sources; both verified by the city desk\" -->\n"
    "The deal could collapse next week, people familiar with the matter said.\n"
    "\n"
    "| Year | Cost |\n"
    "|------|------|\n"
    "| 2023 | 4m   |\n";

const char kCouncilHtml[] =
    "<!doctype html>\n"
    "<html><head><title>Council vote</title></head>\n"
    "<body>\n"
    "<article>\n"
    "<h1>Council delays vote</h1>\n"
    "<p>The council delayed its vote on the budget, Councillor Lena Park said on Tuesday.</p>\n"
    "<p>The caf\xC3\xA9&#8217;s owners asked for more time, a person close to the talks said.</p>\n"
    "<ul>\n"
    "<li>Budget chair Omar Hale said the delay was &ldquo;regrettable.&rdquo;</li>\n"
    "</ul>\n"
    "</article>\n"
    "</body></html>\n";

const char kCleanMd[] =
    "# Library opens\n"
    "\n"
    "The new library opened on Monday, Mayor Ana Ruiz said at the ceremony.\n";

const char kConfig[] =
    "# The city desk's settings.\n"
    "language: en\n"
    "fail_level: warning\n"
    "exclude:\n"
    "  - \"archive/**\"\n"
    "levels:\n"
    "  attribution.vague-anonymous: error\n";

struct Position {
  int line = 0;
  int column = 0;       // code points
  int byte_column = 0;  // UTF-8 bytes
  int end_column = 0;   // code points, exclusive
};

// Where the `occurrence`-th `needle` is in `text`, counted the plain way.
Position Find(const std::string& text, const std::string& needle, int occurrence = 1) {
  size_t at = std::string::npos;
  for (int i = 0; i < occurrence; ++i) at = text.find(needle, at == std::string::npos ? 0 : at + 1);
  REQUIRE(at != std::string::npos);
  Position p;
  size_t line_start = text.rfind('\n', at == 0 ? 0 : at - 1);
  line_start = (line_start == std::string::npos || at == 0) ? 0 : line_start + 1;
  p.line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
  p.column = 1 + static_cast<int>(CountCodePoints(text.substr(line_start, at - line_start)));
  p.byte_column = 1 + static_cast<int>(at - line_start);
  p.end_column = p.column + static_cast<int>(CountCodePoints(needle));
  return p;
}

// The start of a `line` report entry: "path:line:column:level:rule:".
std::string LineKey(const std::string& path, const Position& p, const std::string& level,
                    const std::string& rule) {
  return path + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) + ":" + level + ":" + rule + ":";
}

int Sh(const std::string& command) {
  int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// A temporary git repository holding the drafts, committed once.
struct DraftRepo {
  TempDir dir;
  std::string root;

  DraftRepo() : root(dir.path().string()) {
    WriteFile(dir / ".onrecord.yml", kConfig);
    WriteFile(dir / "drafts/harbor.md", kHarborMd);
    WriteFile(dir / "drafts/council.html", kCouncilHtml);
    WriteFile(dir / "drafts/clean.md", kCleanMd);
    WriteFile(dir / "archive/old.md", kHarborMd);  // excluded by the config
    Git("init -q");
    Git("add -A");
    Git("commit -q -m 'First drafts'");
  }

  void Git(const std::string& args) const {
    std::string cmd = "git -C " + ShellQuote(root) +
                      " -c user.name='Desk Bot' -c user.email=desk@example.org -c commit.gpgsign=false " + args +
                      " >/dev/null 2>&1";
    REQUIRE(Sh(cmd) == 0);
  }

  CliResult Check(std::vector<std::string> args, const std::string& input = {}) const {
    args.insert(args.begin(), "check");
    return RunCli(args, input, root);
  }
};

json JsonFindings(const json& report, const std::string& file) {
  for (const auto& f : report["files"]) {
    if (f["file"] == file) return f["findings"];
  }
  FAIL("no file " << file << " in the report");
  return json();
}

std::optional<json> FindingAt(const json& findings, const std::string& rule, int line) {
  for (const auto& f : findings) {
    if (f["rule"] == rule && f["line"] == line) return f;
  }
  return std::nullopt;
}

TEST_CASE("check e2e: exit codes", "[check_e2e]") {
  DraftRepo repo;
  // An unsuppressed vague source set to error by the config: findings fail.
  CliResult all = repo.Check({"drafts"});
  INFO(all.err);
  CHECK(all.exit_code == 1);
  CHECK(all.err.empty());
  // A clean draft passes at the default fail level.
  CHECK(repo.Check({"--fail-level", "error", "drafts/clean.md"}).exit_code == 0);
  // --fail-level none and --no-exit never fail on findings, but still report.
  CliResult none = repo.Check({"--fail-level", "none", "drafts"});
  CHECK(none.exit_code == 0);
  CHECK_THAT(none.out, Catch::Contains("attribution.vague-anonymous"));
  CHECK(repo.Check({"--no-exit", "drafts"}).exit_code == 0);
  // --min-level hides findings below it; what is hidden does not fail.
  CliResult errors_only = repo.Check({"--min-level", "error", "--format", "line", "drafts"});
  for (size_t b = 0, e; (e = errors_only.out.find('\n', b)) != std::string::npos; b = e + 1) {
    CHECK_THAT(errors_only.out.substr(b, e - b), Catch::Contains(":error:"));
  }
  // The excluded archive is never checked.
  CHECK_THAT(repo.Check({"--format", "line", "."}).out, !Catch::Contains("archive/"));
  // Usage and input errors give 2, and 2 wins over 1.
  CliResult missing = repo.Check({"drafts/harbor.md", "drafts/missing.md"});
  CHECK(missing.exit_code == 2);
  CHECK_THAT(missing.err, Catch::Contains("drafts/missing.md: no such file"));
  CHECK(repo.Check({"--format", "xml", "drafts"}).exit_code == 2);
  CHECK(repo.Check({"--fail-level", "loud", "drafts"}).exit_code == 2);
  CHECK(repo.Check({"--output", "sarif", "drafts"}).exit_code == 2);
  CHECK(repo.Check({"--output", "pdf=x.pdf", "drafts"}).exit_code == 2);
}

TEST_CASE("check e2e: a malformed config gives 2 with path:line:column", "[check_e2e]") {
  DraftRepo repo;
  WriteFile(repo.dir / "drafts/.onrecord.yml", "language: en\nfail_levle: warning\n");
  CliResult r = repo.Check({"drafts/harbor.md"});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains((repo.dir / "drafts/.onrecord.yml").string() +
                                    ":2:1: unknown key 'fail_levle' in the config (did you mean 'fail_level'?)"));
  CHECK(r.out.find("attribution.") == std::string::npos);

  WriteFile(repo.dir / "bad.yml", "levels:\n  attribution.vague-anonymous: loud\n");
  CliResult bad_level = repo.Check({"--config", "bad.yml", "drafts/clean.md"});
  CHECK(bad_level.exit_code == 2);
  CHECK_THAT(bad_level.err, Catch::Contains("bad.yml:2:32: level of 'attribution.vague-anonymous'"));
  // Regression: a broken --config stopped the run with the error alone,
  // where a broken config found beside the drafts (and an unknown rule id
  // in either) also gave the summary and the reports; now every kind of
  // config error does, and the error is printed once for all the drafts.
  CHECK_THAT(bad_level.out, Catch::Contains("1 file could not be checked because of an error in the config or rules"));
  CliResult two = repo.Check({"--config", "bad.yml", "--format", "sarif", "drafts/clean.md", "drafts/harbor.md"});
  CHECK(two.exit_code == 2);
  json sarif = json::parse(two.out);
  CHECK(sarif["runs"][0]["invocations"][0]["executionSuccessful"] == false);
  size_t first = two.err.find("level of 'attribution.vague-anonymous'");
  REQUIRE(first != std::string::npos);
  CHECK(two.err.find("level of 'attribution.vague-anonymous'", first + 1) == std::string::npos);

  WriteFile(repo.dir / "unknown-rule.yml", "levels:\n  attribution.vauge-anonymous: error\n");
  CliResult unknown = repo.Check({"--config", "unknown-rule.yml", "drafts/clean.md"});
  CHECK(unknown.exit_code == 2);
  CHECK_THAT(unknown.err, Catch::Contains("unknown-rule.yml:2:3: unknown rule id 'attribution.vauge-anonymous'"));

  // A level for a rule that makes no findings (a phrase rule feeds the
  // scoring) changed nothing and was accepted silently (fu29).
  WriteFile(repo.dir / "phrase-level.yml", "levels:\n  phrase.reason: error\n");
  CliResult phrase = repo.Check({"--config", "phrase-level.yml", "drafts/clean.md"});
  CHECK(phrase.exit_code == 2);
  CHECK_THAT(phrase.err, Catch::Contains("phrase-level.yml:2:3: rule 'phrase.reason' in levels is a phrase rule: "
                                         "it produces no findings of its own"));

  WriteFile(repo.dir / "broken.yml", "exclude: [archive\n");
  CliResult broken = repo.Check({"--config", "broken.yml", "drafts/clean.md"});
  CHECK(broken.exit_code == 2);
  CHECK_THAT(broken.err, Catch::Contains("broken.yml:"));
  CHECK_THAT(broken.err, Catch::Contains("invalid YAML"));
  CHECK_THAT(broken.out, Catch::Contains("1 file could not be checked because of an error in the config or rules"));
}

TEST_CASE("check e2e: every format places findings on the draft's real lines", "[check_e2e]") {
  DraftRepo repo;
  const std::string md = kHarborMd;
  const std::string html = kCouncilHtml;
  Position vague_md = Find(md, "people familiar with the matter", 1);
  Position vague_html = Find(html, "a person close to the talks");
  REQUIRE(vague_md.line == 3);
  REQUIRE(vague_html.line == 7);
  REQUIRE(vague_html.byte_column == vague_html.column + 1);  // the "é" before it

  SECTION("json") {
    CliResult r = repo.Check({"--format", "json", "drafts"});
    CHECK(r.exit_code == 1);
    json j = json::parse(r.out);
    CHECK(j["schema"] == "onrecord/check-1");
    auto f = FindingAt(JsonFindings(j, "drafts/harbor.md"), "attribution.vague-anonymous", vague_md.line);
    REQUIRE(f);
    CHECK((*f)["column"] == vague_md.column);
    CHECK((*f)["end_column"] == vague_md.end_column);
    CHECK((*f)["level"] == "error");  // re-levelled by the config
    CHECK((*f)["match"] == "people familiar with the matter");
    CHECK((*f)["suppressed"].is_null());
    auto h = FindingAt(JsonFindings(j, "drafts/council.html"), "attribution.vague-anonymous", vague_html.line);
    REQUIRE(h);
    CHECK((*h)["column"] == vague_html.column);
    CHECK((*h)["begin"] == html.find("a person close"));
  }
  SECTION("line") {
    CliResult r = repo.Check({"--format", "line", "drafts"});
    CHECK_THAT(r.out, Catch::Contains(LineKey("drafts/harbor.md", vague_md, "error", "attribution.vague-anonymous")));
    CHECK_THAT(r.out, Catch::Contains(LineKey("drafts/council.html", vague_html, "error", "attribution.vague-anonymous")));
    // Deterministic: the same run twice gives the same bytes.
    CHECK(repo.Check({"--format", "line", "drafts"}).out == r.out);
  }
  SECTION("cli") {
    CliResult r = repo.Check({"--format", "cli", "drafts"});
    CHECK_THAT(r.out, Catch::Contains(" drafts/harbor.md\n"));
    CHECK_THAT(r.out, Catch::Contains(" " + std::to_string(vague_md.line) + ":" + std::to_string(vague_md.column) + " "));
    CHECK_THAT(r.out, Catch::Contains("in 3 files (1 suppressed)."));
  }
  SECTION("github") {
    CliResult r = repo.Check({"--format", "github", "drafts"});
    CHECK_THAT(r.out, Catch::Contains("::error file=drafts/harbor.md,line=3,col=" + std::to_string(vague_md.column) +
                                      ",endLine=3,endColumn=" + std::to_string(vague_md.end_column) +
                                      ",title=attribution.vague-anonymous::"));
    CHECK_THAT(r.out, Catch::Contains("::error file=drafts/council.html,line=7,col=" + std::to_string(vague_html.column) + ","));
  }
  SECTION("junit") {
    CliResult r = repo.Check({"--format", "junit", "drafts"});
    CHECK_THAT(r.out, Catch::StartsWith("<?xml"));
    CHECK_THAT(r.out, Catch::Contains("name=\"attribution.vague-anonymous @ 3:" + std::to_string(vague_md.column) + "\""));
    CHECK_THAT(r.out, Catch::Contains("<testcase classname=\"drafts/clean.md\" name=\"onrecord\""));
  }
  SECTION("rdjsonl") {
    CliResult r = repo.Check({"--format", "rdjsonl", "drafts"});
    bool found = false;
    for (size_t b = 0, e; (e = r.out.find('\n', b)) != std::string::npos; b = e + 1) {
      json d = json::parse(r.out.substr(b, e - b));
      if (d["location"]["path"] == "drafts/council.html" && d["code"]["value"] == "attribution.vague-anonymous") {
        CHECK(d["location"]["range"]["start"]["line"] == 7);
        CHECK(d["location"]["range"]["start"]["column"] == vague_html.byte_column);  // bytes, not code points
        CHECK(d["severity"] == "ERROR");
        found = true;
      }
    }
    CHECK(found);
  }
  SECTION("sarif") {
    CliResult r = repo.Check({"--format", "sarif", "drafts"});
    json log = json::parse(r.out);
    testing::SarifValidator v;
    auto problems = v.Validate(log);
    for (const auto& p : problems) UNSCOPED_INFO(p);
    CHECK(problems.empty());
    const json& run = log["runs"][0];
    CHECK(run["columnKind"] == "unicodeCodePoints");
    bool found = false;
    for (const auto& res : run["results"]) {
      const json& loc = res["locations"][0]["physicalLocation"];
      if (res["ruleId"] == "attribution.vague-anonymous" && loc["artifactLocation"]["uri"] == "drafts/council.html") {
        CHECK(loc["region"]["startLine"] == 7);
        CHECK(loc["region"]["startColumn"] == vague_html.column);
        CHECK(loc["region"]["endColumn"] == vague_html.end_column);
        CHECK(res["level"] == "error");
        CHECK(run["tool"]["driver"]["rules"][res["ruleIndex"].get<size_t>()]["id"] == res["ruleId"]);
        found = true;
      }
    }
    CHECK(found);
  }
}

TEST_CASE("check e2e: suppressions keep their reason", "[check_e2e]") {
  DraftRepo repo;
  const std::string md = kHarborMd;
  Position suppressed = Find(md, "people familiar with the matter", 2);
  REQUIRE(suppressed.line == 9);
  const std::string reason = "Two sources; both verified by the city desk";

  json j = json::parse(repo.Check({"--format", "json", "drafts/harbor.md"}).out);
  auto f = FindingAt(JsonFindings(j, "drafts/harbor.md"), "attribution.vague-anonymous", suppressed.line);
  REQUIRE(f);
  CHECK((*f)["suppressed"] == reason);
  CHECK((*f)["column"] == suppressed.column);
  CHECK(j["summary"]["suppressed"] == 1);

  json log = json::parse(repo.Check({"--format", "sarif", "drafts/harbor.md"}).out);
  int with_justification = 0;
  for (const auto& res : log["runs"][0]["results"]) {
    if (!res.contains("suppressions")) continue;
    CHECK(res["ruleId"] == "attribution.vague-anonymous");
    CHECK(res["locations"][0]["physicalLocation"]["region"]["startLine"] == suppressed.line);
    CHECK(res["suppressions"][0]["kind"] == "inSource");
    CHECK(res["suppressions"][0]["justification"] == reason);
    ++with_justification;
  }
  CHECK(with_justification == 1);

  // Hidden from the line format unless asked for.
  std::string key = "drafts/harbor.md:9:" + std::to_string(suppressed.column) + ":error:attribution.vague-anonymous:";
  CHECK_THAT(repo.Check({"--format", "line", "drafts/harbor.md"}).out, !Catch::Contains(key));
  CHECK_THAT(repo.Check({"--format", "line", "--show-suppressed", "drafts/harbor.md"}).out,
             Catch::Contains(key + testing::DefaultRules().Find("attribution.vague-anonymous", "en")->message +
                             " [suppressed: " + reason + "]"));

  // A suppressed error does not fail the check; without the directive it does.
  const std::string only =
      "# Ferry\n\n"
      "<!-- onrecord off attribution.vague-anonymous reason=\"Protected whistleblower; approved by the editor\" -->\n"
      "The ferry contract was rigged, people familiar with the matter said.\n"
      "<!-- onrecord on attribution.vague-anonymous -->\n";
  WriteFile(repo.dir / "drafts/ferry.md", only);
  CliResult quiet = repo.Check({"--fail-level", "error", "--format", "json", "drafts/ferry.md"});
  CHECK(quiet.exit_code == 0);
  auto fq = FindingAt(JsonFindings(json::parse(quiet.out), "drafts/ferry.md"), "attribution.vague-anonymous", 4);
  REQUIRE(fq);
  CHECK((*fq)["suppressed"] == "Protected whistleblower; approved by the editor");
  WriteFile(repo.dir / "drafts/ferry.md", "# Ferry\n\nThe ferry contract was rigged, people familiar with the matter said.\n");
  CHECK(repo.Check({"--fail-level", "error", "drafts/ferry.md"}).exit_code == 1);

  // A malformed directive is a finding, not an error.
  WriteFile(repo.dir / "drafts/typo.md", "<!-- onrecord of -->\nThe library opened, Mayor Ana Ruiz said.\n");
  CliResult typo = repo.Check({"--format", "line", "--fail-level", "none", "drafts/typo.md"});
  CHECK(typo.exit_code == 0);
  CHECK_THAT(typo.out, Catch::Contains("drafts/typo.md:1:1:warning:suppression.invalid:"));
}

TEST_CASE("check e2e: --diff-base keeps findings on changed lines", "[check_e2e]") {
  DraftRepo repo;
  std::string md = kHarborMd;
  md += "\nPrices will rise again, people familiar with the matter said.\n";  // lines 14-15
  WriteFile(repo.dir / "drafts/harbor.md", md);
  Position added = Find(md, "people familiar with the matter", 3);
  REQUIRE(added.line == 15);

  CliResult r = repo.Check({"--diff-base", "HEAD", "--format", "json", "drafts"});
  INFO(r.err);
  CHECK(r.exit_code == 1);
  json j = json::parse(r.out);
  json harbor = JsonFindings(j, "drafts/harbor.md");
  REQUIRE(FindingAt(harbor, "attribution.vague-anonymous", added.line));
  CHECK_FALSE(FindingAt(harbor, "attribution.vague-anonymous", 3));  // unchanged line
  for (const auto& f : harbor) {
    bool article_level = f["rule"].get<std::string>().rfind("metric.", 0) == 0;
    if (!article_level) CHECK(f["line"] == added.line);
  }
  CHECK(JsonFindings(j, "drafts/council.html").empty());  // untouched file

  // Without the filter, the old finding is there.
  json full = json::parse(repo.Check({"--format", "json", "drafts/harbor.md"}).out);
  CHECK(FindingAt(JsonFindings(full, "drafts/harbor.md"), "attribution.vague-anonymous", 3));

  // A draft git does not track yet is new: every line counts.
  WriteFile(repo.dir / "drafts/new.md", "# New\n\nThe vote slipped, people familiar with the matter said.\n");
  json fresh = json::parse(repo.Check({"--diff-base", "HEAD", "--format", "json", "drafts/new.md"}).out);
  CHECK(FindingAt(JsonFindings(fresh, "drafts/new.md"), "attribution.vague-anonymous", 3));

  // Against an earlier commit, committed changes count too.
  repo.Git("add -A");
  repo.Git("commit -q -m 'More drafts'");
  json since = json::parse(repo.Check({"--diff-base", "HEAD~1", "--format", "json", "drafts/harbor.md"}).out);
  CHECK(FindingAt(JsonFindings(since, "drafts/harbor.md"), "attribution.vague-anonymous", added.line));
  CHECK_FALSE(FindingAt(JsonFindings(since, "drafts/harbor.md"), "attribution.vague-anonymous", 3));

  CliResult bad = repo.Check({"--diff-base", "no-such-branch", "drafts/harbor.md"});
  CHECK(bad.exit_code == 2);
  CHECK_THAT(bad.err, Catch::Contains("'no-such-branch' is not a commit"));
  CHECK(repo.Check({"--diff-base", "HEAD", "-"}, "text").exit_code == 2);
}

// Regression: a draft that --diff-base could not compare was left out of the
// report, so the summary read "✔ 0 errors … in 0 files." on a failed run.
TEST_CASE("check e2e: drafts --diff-base cannot compare are reported as not checked", "[check_e2e]") {
  DraftRepo repo;
  CliResult bad = repo.Check({"--diff-base", "no-such-branch", "drafts/harbor.md", "drafts/council.html"});
  CHECK(bad.exit_code == 2);
  CHECK_THAT(bad.out, Catch::Contains("2 files could not be checked"));
  CHECK_THAT(bad.out, !Catch::Contains("\xE2\x9C\x94"));  // no check mark
  // The bad ref is named once, not once per draft, and the others are counted.
  size_t first = bad.err.find("'no-such-branch' is not a commit");
  REQUIRE(first != std::string::npos);
  CHECK(bad.err.find("'no-such-branch' is not a commit", first + 1) == std::string::npos);
  CHECK_THAT(bad.err, Catch::Contains("the same --diff-base error stopped 1 more file"));
  json j = json::parse(
      repo.Check({"--diff-base", "no-such-branch", "--format", "json", "drafts/harbor.md"}).out);
  REQUIRE(j["files"].size() == 1);
  CHECK(j["files"][0]["file"] == "drafts/harbor.md");
  CHECK_THAT(j["files"][0]["error"].dump(), Catch::Contains("no-such-branch"));
}

TEST_CASE("check e2e: several outputs at once and the GitHub step summary", "[check_e2e]") {
  DraftRepo repo;
  std::string summary = (repo.dir / "summary.md").string();
  WriteFile(summary, "## Earlier step\n");
  ::setenv("GITHUB_STEP_SUMMARY", summary.c_str(), 1);
  std::filesystem::create_directories(repo.dir / "out");
  CliResult r = repo.Check({"--format", "line", "--output", "sarif=out/report.sarif", "--output",
                            "github=annotations.txt", "--output", "junit=junit.xml", "drafts"});
  ::unsetenv("GITHUB_STEP_SUMMARY");
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.out, Catch::Contains("drafts/harbor.md:3:"));
  json log = json::parse(ReadFile(repo.dir / "out/report.sarif"));
  testing::SarifValidator v;
  CHECK(v.Validate(log).empty());
  CHECK_THAT(ReadFile(repo.dir / "annotations.txt"), Catch::StartsWith("::"));
  CHECK_THAT(ReadFile(repo.dir / "junit.xml"), Catch::Contains("<testsuites name=\"onrecord\""));
  std::string md = ReadFile(summary);
  CHECK_THAT(md, Catch::StartsWith("## Earlier step\n### onrecord check\n"));  // appended
  CHECK_THAT(md, Catch::Contains("| `drafts/harbor.md` | 3:"));
  // Without a github report the summary is left alone.
  ::setenv("GITHUB_STEP_SUMMARY", summary.c_str(), 1);
  repo.Check({"--format", "line", "drafts"});
  ::unsetenv("GITHUB_STEP_SUMMARY");
  CHECK(ReadFile(summary) == md);
  // An unwritable output is an error.
  // (its folder would be a file: said so, with no advice to create it)
  CliResult under_file = repo.Check({"--output", "json=drafts/clean.md/x.json", "drafts/clean.md"});
  CHECK(under_file.exit_code == 2);
  CHECK_THAT(under_file.err, Catch::Contains("not a directory: drafts/clean.md (it is a file)"));
}

// Regression: --output sarif=/nonexistent/x.sarif made the folder /nonexistent
// at the root without a word. A report's folder must exist: otherwise the
// check stops with exit 2 before it runs, naming the folder, and makes none.
TEST_CASE("check e2e: an --output whose folder does not exist is refused and no folder is made", "[check_e2e]") {
  DraftRepo repo;
  const std::string missing = (repo.dir / "no-such-dir" / "deeper").string();
  CliResult r = repo.Check({"--output", "sarif=" + missing + "/x.sarif", "drafts/clean.md"});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("no such directory: " + missing));
  CHECK(r.out.empty());  // refused before checking anything
  CHECK_FALSE(std::filesystem::exists(repo.dir / "no-such-dir"));
  // A relative path into a missing folder likewise.
  CHECK(repo.Check({"--output", "json=reports/x.json", "drafts/clean.md"}).exit_code == 2);
  CHECK_FALSE(std::filesystem::exists(repo.dir / "reports"));
  // A file in the current folder, or in one that exists, is written.
  CHECK(repo.Check({"--output", "json=x.json", "drafts/clean.md"}).exit_code == 0);
  CHECK(std::filesystem::exists(repo.dir / "x.json"));
}

// Files in `dir` whose names start with `prefix` (temporary files left behind).
std::vector<std::string> FilesStartingWith(const std::filesystem::path& dir, const std::string& prefix) {
  std::vector<std::string> found;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().filename().string().rfind(prefix, 0) == 0) found.push_back(e.path().filename().string());
  }
  return found;
}

// Regression: a report that could not be written (a full file system) left a
// 0-byte file and said "cannot write the sarif report" without the reason.
TEST_CASE("check e2e: a report that cannot be written leaves nothing behind and says why", "[check_e2e]") {
  DraftRepo repo;
  SECTION("a file-size limit (as a full disk): the old report stays as it was") {
    WriteFile(repo.dir / "report.sarif", "old\n");
    const std::string scratch = (repo.dir / "scratch.txt").string();
    // The limit binds root too; output goes through a pipe, as the limit
    // would stop writes to a file as well. sh counts 512-byte blocks.
    std::string cmd = "cd " + ShellQuote(repo.root) + " && { (ulimit -f 2; exec " + ShellQuote(testing::Binary()) +
                      " check --output sarif=report.sarif drafts/harbor.md) 2>&1; echo \"exit=$?\"; } | cat > " +
                      ShellQuote(scratch);
    REQUIRE(Sh("sh -c " + ShellQuote(cmd)) == 0);
    const std::string out = ReadFile(scratch);
    INFO(out);
    CHECK_THAT(out, Catch::Contains("report.sarif: cannot write the sarif report: File too large"));
    CHECK_THAT(out, Catch::EndsWith("exit=2\n"));
    CHECK(ReadFile(repo.dir / "report.sarif") == "old\n");
    CHECK(FilesStartingWith(repo.dir.path(), ".report.sarif").empty());
  }
  SECTION("the path is a directory") {
    std::filesystem::create_directories(repo.dir / "out.sarif");
    CliResult r = repo.Check({"--output", "sarif=out.sarif", "drafts/harbor.md"});
    CHECK(r.exit_code == 2);
    // Refused before the check runs: no report is printed and then failed on.
    CHECK_THAT(r.err, Catch::Contains("--output sarif=out.sarif: is a directory: out.sarif"));
    CHECK(r.out.empty());
    CHECK(FilesStartingWith(repo.dir.path(), ".out.sarif").empty());
  }
  SECTION("a report written in full replaces the old one, and a link to it stays a link") {
    WriteFile(repo.dir / "reports/real.json", "old\n");
    std::filesystem::create_symlink("reports/real.json", repo.dir / "linked.json");
    CliResult r = repo.Check({"--output", "json=linked.json", "drafts/harbor.md"});
    CHECK(r.exit_code == 1);
    CHECK(std::filesystem::is_symlink(repo.dir / "linked.json"));
    CHECK(json::parse(ReadFile(repo.dir / "reports/real.json"))["files"].size() == 1);
    CHECK(FilesStartingWith(repo.dir / "reports", ".real.json").empty());
  }
  // Regression: a pipe or a device ("/dev/full", a FIFO) was replaced by a
  // regular file (a rename over it); as root that clobbered /dev/full.
  SECTION("a named pipe with a reader gets the report and stays a pipe") {
    const auto fifo = repo.dir / "report.fifo";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const std::string got = (repo.dir / "got.json").string();
    // The reader runs in the background until the writer closes the pipe.
    std::string cmd = "cd " + ShellQuote(repo.root) + " && { cat " + ShellQuote(fifo.string()) + " > " +
                      ShellQuote(got) + " & sleep 0.3; " + ShellQuote(testing::Binary()) +
                      " check --output json=" + ShellQuote(fifo.string()) +
                      " drafts/harbor.md > /dev/null 2>&1; wait; }";
    Sh("sh -c " + ShellQuote(cmd));
    CHECK(std::filesystem::is_fifo(fifo));
    CHECK(json::parse(ReadFile(got))["files"].size() == 1);
    CHECK(FilesStartingWith(repo.dir.path(), ".report.fifo").empty());
  }
  SECTION("a named pipe with no reader is an error, not a wait, and stays a pipe") {
    const auto fifo = repo.dir / "lonely.fifo";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    CliResult r = repo.Check({"--output", "json=" + fifo.string(), "drafts/harbor.md"});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("cannot write the json report"));
    CHECK(std::filesystem::is_fifo(fifo));
    CHECK(FilesStartingWith(repo.dir.path(), ".lonely.fifo").empty());
  }
}

// Regression: a .onrecord.yml that was a directory or a dangling link was
// skipped, and the parent's config (or the defaults) applied: exit 0.
TEST_CASE("check e2e: a .onrecord.yml that cannot be read is an error, never skipped", "[check_e2e]") {
  DraftRepo repo;
  const auto config = repo.dir / "drafts/.onrecord.yml";
  SECTION("a directory") {
    std::filesystem::create_directories(config);
    CliResult r = repo.Check({"--fail-level", "none", "drafts/clean.md"});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains(config.string() + ": cannot read the config file: is a directory"));
  }
  SECTION("a dangling symbolic link") {
    std::filesystem::create_symlink("gone.yml", config);
    CliResult r = repo.Check({"--fail-level", "none", "drafts/clean.md"});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains(config.string() + ": cannot read the config file: dangling symbolic link"));
  }
  CHECK(FindConfig((repo.dir / "drafts").string()) == config.string());
}

// Regression: `check emptydir` printed "✔ 0 errors … in 0 files." and exited
// 0; a glob that matched nothing exited 2 after the same success line.
TEST_CASE("check e2e: no files to check is an error and never a success line", "[check_e2e]") {
  DraftRepo repo;
  std::filesystem::create_directories(repo.dir / "empty");
  const char* kCheckMark = "\xE2\x9C\x94";
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"empty"}, {"drafts/*.nothing"}, {"--format", "sarif", "empty"}, {"archive"}}) {
    CliResult r = repo.Check(args);
    INFO(args.back() << ": " << r.out << r.err);
    CHECK(r.exit_code == 2);
    // One line for one cause (in45): the folder's or the glob's own error,
    // or, for a folder whose files are all excluded, "no files to check".
    const std::string said = args.back() == "empty"             ? "empty: no article files in this folder"
                             : args.back() == "drafts/*.nothing" ? "drafts/*.nothing: no file matches the pattern"
                                                                 : "no files to check in '" + args.back() + "'";
    CHECK_THAT(r.err, Catch::Contains(said));
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
    CHECK(r.out.empty());
  }
  CHECK_THAT(repo.Check({"archive"}).err, Catch::Contains("(1 file was excluded)"));
  // A glob that matches nothing beside a draft that is checked: exit 2, and
  // the summary is not a success.
  CliResult mixed = repo.Check({"--fail-level", "none", "drafts/clean.md", "drafts/*.nothing"});
  CHECK(mixed.exit_code == 2);
  CHECK_THAT(mixed.err, Catch::Contains("drafts/*.nothing: no file matches the pattern"));
  CHECK_THAT(mixed.out, !Catch::Contains(kCheckMark));
  CHECK_THAT(mixed.out, Catch::Contains("1 input could not be read"));
}

TEST_CASE("check e2e: --diff-base outside a git repository says there is none", "[check_e2e]") {
  TempDir dir;
  WriteFile(dir / "a.md", kCleanMd);
  CliResult r = RunCli({"check", "--diff-base", "HEAD", "a.md"}, {}, dir.path().string());
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("is not in a git repository"));
  CHECK_THAT(r.err, !Catch::Contains("is not a commit"));
}

// Regression: a draft named twice (relative and absolute) was checked twice,
// and every SARIF result and GitHub annotation came twice.
TEST_CASE("check e2e: the same draft given by two paths is checked once", "[check_e2e]") {
  DraftRepo repo;
  CliResult r = repo.Check({"--format", "json", "drafts/harbor.md", (repo.dir / "drafts/harbor.md").string(),
                            "./drafts/../drafts/harbor.md", "drafts"});
  CHECK(r.exit_code == 1);
  json report = json::parse(r.out);
  int harbor = 0;
  for (const auto& f : report["files"]) harbor += f["file"] == "drafts/harbor.md";
  CHECK(harbor == 1);
  CHECK(report["files"].size() == 3);  // harbor, council, clean
}

TEST_CASE("check e2e: standard input uses the config of --stdin-filename", "[check_e2e]") {
  DraftRepo repo;
  CliResult r = repo.Check({"--format", "line", "--stdin-filename", "drafts/piped.md", "-"}, kHarborMd);
  CHECK(r.exit_code == 1);
  Position p = Find(kHarborMd, "people familiar with the matter");
  CHECK_THAT(r.out, Catch::Contains("drafts/piped.md:3:" + std::to_string(p.column) + ":error:attribution.vague-anonymous:"));
}

TEST_CASE("check e2e: init writes a starter config once", "[check_e2e]") {
  TempDir dir;
  CliResult first = RunCli({"init"}, {}, dir.path().string());
  CHECK(first.exit_code == 0);
  std::string written = ReadFile(dir / ".onrecord.yml");
  CHECK(written == StarterConfig());
  CHECK(ParseConfig(written, (dir / ".onrecord.yml").string()).ok());
  WriteFile(dir / ".onrecord.yml", "# edited by the desk\n");
  CliResult again = RunCli({"init"}, {}, dir.path().string());
  CHECK(again.exit_code == 2);
  CHECK_THAT(again.err, Catch::Contains("already exists; use --force"));
  CHECK(ReadFile(dir / ".onrecord.yml") == "# edited by the desk\n");
  // A file given for the folder is named as such, not as missing.
  CliResult on_file = RunCli({"init", ".onrecord.yml"}, {}, dir.path().string());
  CHECK(on_file.exit_code == 2);
  CHECK_THAT(on_file.err, Catch::Contains(".onrecord.yml: not a directory"));
  CHECK(RunCli({"init", "--force"}, {}, dir.path().string()).exit_code == 0);
  CHECK(ReadFile(dir / ".onrecord.yml") == StarterConfig());
  // The starter config drives a real check.
  WriteFile(dir / "drafts/a.md", kCleanMd);
  CliResult check = RunCli({"check", "drafts"}, {}, dir.path().string());
  CHECK(check.exit_code != 2);
  CHECK(check.err.empty());
}

TEST_CASE("check e2e: the installed binary finds its rules", "[check_e2e][install]") {
  TempDir prefix;
  std::filesystem::path build_dir = std::filesystem::path(testing::Binary()).parent_path().parent_path();
  REQUIRE(Sh("cmake --install " + ShellQuote(build_dir.string()) + " --prefix " + ShellQuote(prefix.path().string()) +
             " >/dev/null") == 0);
  std::filesystem::path bin = prefix / "bin/onrecord";
  std::filesystem::path rules = prefix / "share/onrecord/rules";
  REQUIRE(std::filesystem::exists(bin));
  const RuleInfo* vague = testing::DefaultRules().Find("attribution.vague-anonymous", "en");
  REQUIRE(vague);
  std::filesystem::path rel = std::filesystem::relative(std::filesystem::canonical(vague->path),
                                                        std::filesystem::canonical(testing::SourceDir() / "rules"));
  REQUIRE(std::filesystem::exists(rules / rel));
  // A rule that exists only in the installed copy proves which rules are used.
  WriteFile(rules / rel.parent_path() / "install-marker.yml", ReadFile(vague->path));
  TempDir work;
  WriteFile(work / "draft.md", "# Vote\n\nThe vote slipped, people familiar with the matter said.\n");
  const char* saved = std::getenv("ONRECORD_RULES");
  std::string saved_value = saved ? saved : "";
  ::unsetenv("ONRECORD_RULES");
  int code = Sh("cd " + ShellQuote(work.path().string()) + " && " + ShellQuote(bin.string()) +
                " check --fail-level none --format line draft.md > out.txt 2> err.txt");
  if (saved) ::setenv("ONRECORD_RULES", saved_value.c_str(), 1);
  INFO(ReadFile(work / "err.txt"));
  CHECK(code == 0);
  Position p = Find(ReadFile(work / "draft.md"), "people familiar with the matter");
  CHECK_THAT(ReadFile(work / "out.txt"), Catch::Contains(LineKey("draft.md", p, "warning", "attribution.install-marker")));
}


namespace onrecord {
namespace {

TEST_CASE("check e2e: the starter config's globs match folders below drafts/", "[check_e2e]") {
  // "archive/**" and "opinion/**" matched only folders next to the config:
  // drafts/archive/ and drafts/opinion/ were checked as news.
  TempDir dir;
  REQUIRE(RunCli({"init"}, {}, dir.path().string()).exit_code == 0);
  auto config = ParseConfig(ReadFile(dir / ".onrecord.yml"), (dir / ".onrecord.yml").string());
  REQUIRE(config.ok());
  CHECK(config.value().Excluded((dir / "drafts/archive/2019/old.md").string()));
  CHECK(config.value().Excluded((dir / "archive/old.md").string()));
  CHECK(config.value().Excluded((dir / "drafts/site/app.min.html").string()));
  CHECK_FALSE(config.value().Excluded((dir / "drafts/harbor.md").string()));
  const FileSettings opinion = config.value().ForPath((dir / "drafts/opinion/column.md").string());
  REQUIRE(opinion.levels.count("attribution.loaded-cue"));
  CHECK(opinion.levels.at("attribution.loaded-cue").off);
  // The comments say what the globs are relative to.
  CHECK_THAT(ReadFile(dir / ".onrecord.yml"), Catch::Contains("relative to the folder of this file"));
}

TEST_CASE("check e2e: JUnit fails the findings at or above --fail-level only", "[check_e2e]") {
  TempDir dir;
  WriteFile(dir / "drafts/harbor.md", kHarborMd);
  CliResult error = RunCli({"check", "--format", "junit", "--fail-level", "error", "drafts"}, {}, dir.path().string());
  CHECK_THAT(error.out, Catch::Contains("<system-out>warning: drafts/harbor.md:"));
  CHECK_THAT(error.out, !Catch::Contains("<failure type=\"warning\""));
  CHECK_THAT(error.out, !Catch::Contains("<failure type=\"suggestion\""));
  CliResult warning = RunCli({"check", "--format", "junit", "--fail-level", "warning", "drafts"}, {}, dir.path().string());
  CHECK_THAT(warning.out, Catch::Contains("<failure type=\"warning\""));
  CHECK(warning.exit_code == 1);
}

}  // namespace
}  // namespace onrecord

// Regression (a fresh user's run): two --output options naming one file were
// accepted, and the second report overwrote the first.
TEST_CASE("check e2e: two reports into one file are refused before the check runs", "[check_e2e]") {
  DraftRepo repo;
  CliResult r = repo.Check({"--output", "sarif=out.sarif", "--output", "json=./out.sarif", "drafts/harbor.md"});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("--output json=./out.sarif: ./out.sarif is already the file of another --output"));
  CHECK(r.out.empty());
  CHECK_FALSE(std::filesystem::exists(repo.dir / "out.sarif"));
  // Two files are fine.
  CliResult ok = repo.Check({"--output", "sarif=a.sarif", "--output", "json=b.json", "drafts/harbor.md"});
  CHECK(ok.exit_code == 1);
  CHECK(std::filesystem::exists(repo.dir / "a.sarif"));
  CHECK(std::filesystem::exists(repo.dir / "b.json"));
}

// Regression (a fresh user's run): with a broken config the summary said only
// "1 file could not be checked", which points at the draft.
TEST_CASE("check e2e: the summary blames a broken config, not the drafts", "[check_e2e]") {
  DraftRepo repo;
  WriteFile(repo.dir / "drafts/.onrecord.yml", "min_level: warnin\n");
  CliResult r = repo.Check({"drafts/clean.md"});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains(".onrecord.yml:1:12: 'min_level' must be"));
  CHECK_THAT(r.out, Catch::Contains("1 file could not be checked because of an error in the config or rules (see above)."));
}

}  // namespace
}  // namespace onrecord
