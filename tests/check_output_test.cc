// The CI formats of `onrecord check`: positions, escaping, order,
// fingerprints, suppressions and SARIF 2.1.0 structure.
#include "onrecord/check_output.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "check_test_util.h"
#include "test_util.h"

namespace onrecord {
namespace {

using nlohmann::json;

Finding MakeFinding(const std::string& rule, Severity level, const std::string& message,
                    size_t begin, size_t end, int line, int column) {
  Finding f;
  f.rule = rule;
  f.level = level;
  f.message = message;
  f.link = "https://example.org/standards/anonymity";
  f.location.begin = begin;
  f.location.end = end;
  f.location.line = line;
  f.location.column = column;
  return f;
}

// Two files given out of order, with findings out of order; "é" and "—"
// make code-point and byte columns differ.
CheckReport SampleReport() {
  const std::string budget =
      "Budget d\xC3\xA9" "bat \xE2\x80\x94 sources said.\n"  // line 1: 'sources' at cp 16, byte 19
      "Second line, insiders said.\n";                      // line 2
  size_t b1 = budget.find("sources");
  size_t b2 = budget.find("insiders");
  std::vector<Finding> fb = {
      MakeFinding("attribution.vague-anonymous", Severity::kWarning, "Vague anonymous source", b2, b2 + 8, 2, 14),
      MakeFinding("attribution.vague-anonymous", Severity::kWarning, "Vague anonymous source", b1, b1 + 7, 1, 16),
      MakeFinding("metric.low-transparency", Severity::kSuggestion, "Low index", 0, 0, 1, 1),
  };
  Finding sup = MakeFinding("attribution.anonymous-direct-quote", Severity::kError, "Anonymous direct quote",
                            b2, b2 + 8, 2, 14);
  sup.suppressed = "source's safety: approved by the managing editor";
  fb.push_back(sup);
  CheckReport r;
  r.tool_version = "0.1.0";
  CheckFile zoo;
  zoo.path = "./drafts/zoo.md";
  zoo.findings = MakeCheckFindings(
      {MakeFinding("attribution.loaded-cue", Severity::kError, "Loaded cue: 'admitted'", 4, 12, 1, 5)},
      "The admitted zoo\n");
  CheckFile bud;
  bud.path = "drafts/budget, draft: 1.md";
  bud.findings = MakeCheckFindings(fb, budget);
  r.files = {zoo, bud};
  Canonicalize(&r);
  return r;
}

TEST_CASE("check output: positions, ends and byte columns come from the source", "[check_output]") {
  CheckReport r = SampleReport();
  REQUIRE(r.files[0].path == "drafts/budget, draft: 1.md");  // sorted, "./" removed
  REQUIRE(r.files[1].path == "drafts/zoo.md");
  const auto& f = r.files[0].findings;
  REQUIRE(f.size() == 4);
  // Sorted by line, column, rule.
  CHECK(f[0].rule == "metric.low-transparency");
  CHECK(f[1].rule == "attribution.vague-anonymous");
  CHECK(f[1].line == 1);
  CHECK(f[1].column == 16);
  CHECK(f[1].end_line == 1);
  CHECK(f[1].end_column == 23);
  CHECK(f[1].byte_column == 19);
  CHECK(f[1].end_byte_column == 26);
  CHECK(f[1].match == "sources");
  CHECK(f[2].rule == "attribution.anonymous-direct-quote");
  CHECK(f[3].rule == "attribution.vague-anonymous");
  CHECK(f[3].line == 2);
  CHECK(f[3].match == "insiders");
}

TEST_CASE("check output: fingerprints follow the text, not the line", "[check_output]") {
  CheckReport r = SampleReport();
  const auto& f = r.files[0].findings;
  CHECK(f[1].fingerprint.size() == 16);
  CHECK(f[1].fingerprint != f[3].fingerprint);  // different matched text
  // The same finding two lines further down keeps its fingerprint.
  std::string shifted = "\n\nBudget d\xC3\xA9" "bat \xE2\x80\x94 sources said.\n";
  size_t b = shifted.find("sources");
  CheckReport r2;
  CheckFile file;
  file.path = "x.md";
  file.findings = MakeCheckFindings(
      {MakeFinding("attribution.vague-anonymous", Severity::kWarning, "Vague anonymous source", b, b + 7, 3, 16)},
      shifted);
  r2.files = {file};
  Canonicalize(&r2);
  CHECK(r2.files[0].findings[0].fingerprint == f[1].fingerprint);
  // Repeated matches are told apart by their occurrence.
  std::string twice = "sources said. sources said.\n";
  CheckReport r3;
  file.findings = MakeCheckFindings(
      {MakeFinding("attribution.vague-anonymous", Severity::kWarning, "m", 0, 7, 1, 1),
       MakeFinding("attribution.vague-anonymous", Severity::kWarning, "m", 14, 21, 1, 15)},
      twice);
  r3.files = {file};
  Canonicalize(&r3);
  CHECK(r3.files[0].findings[0].fingerprint != r3.files[0].findings[1].fingerprint);
}

TEST_CASE("check output: line format", "[check_output]") {
  CheckReport r = SampleReport();
  CheckOutputOptions o;
  CHECK(FormatCheck(r, CheckFormat::kLine, o) ==
        "drafts/budget, draft: 1.md:1:1:suggestion:metric.low-transparency:Low index\n"
        "drafts/budget, draft: 1.md:1:16:warning:attribution.vague-anonymous:Vague anonymous source\n"
        "drafts/budget, draft: 1.md:2:14:warning:attribution.vague-anonymous:Vague anonymous source\n"
        "drafts/zoo.md:1:5:error:attribution.loaded-cue:Loaded cue: 'admitted'\n");
  o.show_suppressed = true;
  CHECK_THAT(FormatCheck(r, CheckFormat::kLine, o),
             Catch::Contains("drafts/budget, draft: 1.md:2:14:error:attribution.anonymous-direct-quote:"
                             "Anonymous direct quote [suppressed: source's safety: approved by the "
                             "managing editor]\n"));
}

TEST_CASE("check output: cli format has a table and a summary", "[check_output]") {
  CheckReport r = SampleReport();
  std::string out = FormatCheck(r, CheckFormat::kCli, {});
  CHECK_THAT(out, Catch::Contains(" drafts/zoo.md\n 1:5  error       Loaded cue: 'admitted'  attribution.loaded-cue\n"));
  CHECK_THAT(out, Catch::EndsWith("\xE2\x9C\x96 1 error, 2 warnings and 1 suggestion in 2 files (1 suppressed).\n"));
  CHECK_THAT(out, !Catch::Contains("anonymous-direct-quote"));
  CheckOutputOptions o;
  o.show_suppressed = true;
  CHECK_THAT(FormatCheck(r, CheckFormat::kCli, o),
             Catch::Contains("suppressed  Anonymous direct quote  attribution.anonymous-direct-quote  "
                             "(source's safety: approved by the managing editor)"));
  CheckReport clean;
  CheckFile f;
  f.path = "a.md";
  clean.files = {f};
  CHECK(FormatCheck(clean, CheckFormat::kCli, {}) ==
        "\n\xE2\x9C\x94 0 errors, 0 warnings and 0 suggestions in 1 file.\n");
}

// Regression: the rule column was padded to the longest message, so one long
// message (an invalid suppression directive, ~190 characters) made every
// line of the table wider than 240 columns.
TEST_CASE("check output: one long message does not widen the cli table", "[check_output]") {
  CheckFile file;
  file.path = "d.md";
  const std::string text = "sources said.\n";
  const std::string long_message(190, 'x');
  file.findings = MakeCheckFindings(
      {MakeFinding("attribution.vague-anonymous", Severity::kWarning, "Vague anonymous source", 0, 7, 1, 1),
       MakeFinding("metric.vague-share", Severity::kSuggestion, "A third are vague", 0, 7, 1, 1),
       MakeFinding("suppression.invalid", Severity::kWarning, long_message, 0, 7, 1, 1)},
      text);
  CheckReport r;
  r.files = {file};
  std::string out = FormatCheck(r, CheckFormat::kCli, {});
  CHECK_THAT(out, Catch::Contains(" 1:1  warning     Vague anonymous source  attribution.vague-anonymous\n"));
  CHECK_THAT(out, Catch::Contains(" 1:1  suggestion  A third are vague       metric.vague-share\n"));
  CHECK_THAT(out, Catch::Contains(long_message + "  suppression.invalid\n"));
}

TEST_CASE("check output: GitHub workflow commands are escaped", "[check_output]") {
  CHECK(EscapeGithubData("50% done\r\nnext") == "50%25 done%0D%0Anext");
  CHECK(EscapeGithubProperty("a,b:c%\n") == "a%2Cb%3Ac%25%0A");
  CheckReport r = SampleReport();
  std::string out = FormatCheck(r, CheckFormat::kGithub, {});
  CHECK(out ==
        "::notice file=drafts/budget%2C draft%3A 1.md,line=1,col=1,title=metric.low-transparency::Low index\n"
        "::warning file=drafts/budget%2C draft%3A 1.md,line=1,col=16,endLine=1,endColumn=23,"
        "title=attribution.vague-anonymous::Vague anonymous source\n"
        "::warning file=drafts/budget%2C draft%3A 1.md,line=2,col=14,endLine=2,endColumn=22,"
        "title=attribution.vague-anonymous::Vague anonymous source\n"
        "::error file=drafts/zoo.md,line=1,col=5,endLine=1,endColumn=13,title=attribution.loaded-cue::"
        "Loaded cue: 'admitted'\n");
  CheckOutputOptions o;
  o.show_suppressed = true;
  CHECK_THAT(FormatCheck(r, CheckFormat::kGithub, o),
             Catch::Contains("::notice file=drafts/budget%2C draft%3A 1.md,line=2,col=14,endLine=2,endColumn=22,"
                             "title=attribution.anonymous-direct-quote (suppressed)::Anonymous direct quote "
                             "[suppressed: source's safety: approved by the managing editor]\n"));
  // A message with a line break stays one command.
  CheckReport multi;
  CheckFile f;
  f.path = "a.md";
  f.findings = MakeCheckFindings({MakeFinding("x.y", Severity::kWarning, "one\ntwo 100%", 0, 1, 1, 1)}, "ab\n");
  multi.files = {f};
  CHECK(FormatCheck(multi, CheckFormat::kGithub, {}) ==
        "::warning file=a.md,line=1,col=1,endLine=1,endColumn=2,title=x.y::one%0Atwo 100%25\n");
}

TEST_CASE("check output: step summary is a Markdown table", "[check_output]") {
  CheckReport r = SampleReport();
  std::string md = GithubStepSummary(r, {});
  CHECK_THAT(md, Catch::StartsWith("### onrecord check\n\n\xE2\x9C\x96 1 error, 2 warnings"));
  CHECK_THAT(md, Catch::Contains("| File | Line:Col | Level | Rule | Message |\n|---|---|---|---|---|\n"));
  CHECK_THAT(md, Catch::Contains("| `drafts/zoo.md` | 1:5 | error | `attribution.loaded-cue` | Loaded cue: 'admitted' |\n"));
  CheckReport pipes;
  CheckFile f;
  f.path = "a.md";
  f.findings = MakeCheckFindings({MakeFinding("x.y", Severity::kWarning, "a | b", 0, 1, 1, 1)}, "ab\n");
  pipes.files = {f};
  CHECK_THAT(GithubStepSummary(pipes, {}), Catch::Contains("| a \\| b |"));
}

TEST_CASE("check output: JSON carries suppressions with their reason", "[check_output]") {
  CheckReport r = SampleReport();
  json j = json::parse(FormatCheck(r, CheckFormat::kJson, {}));
  CHECK(j["schema"] == "onrecord/check-1");
  CHECK(j["summary"]["errors"] == 1);
  CHECK(j["summary"]["warnings"] == 2);
  CHECK(j["summary"]["suggestions"] == 1);
  CHECK(j["summary"]["suppressed"] == 1);
  const json& f = j["files"][0]["findings"];
  REQUIRE(f.size() == 4);
  CHECK(f[1]["line"] == 1);
  CHECK(f[1]["column"] == 16);
  CHECK(f[1]["end_column"] == 23);
  CHECK(f[1]["suppressed"].is_null());
  CHECK(f[2]["suppressed"] == "source's safety: approved by the managing editor");
}

TEST_CASE("check output: rdjsonl uses UTF-8 byte columns and skips suppressed", "[check_output]") {
  CheckReport r = SampleReport();
  std::string out = FormatCheck(r, CheckFormat::kRdjsonl, {});
  std::vector<json> lines;
  size_t b = 0, e;
  while ((e = out.find('\n', b)) != std::string::npos) {
    lines.push_back(json::parse(out.substr(b, e - b)));
    b = e + 1;
  }
  REQUIRE(lines.size() == 4);
  CHECK(lines[1]["location"]["path"] == "drafts/budget, draft: 1.md");
  CHECK(lines[1]["location"]["range"]["start"] == json({{"line", 1}, {"column", 19}}));
  CHECK(lines[1]["location"]["range"]["end"] == json({{"line", 1}, {"column", 26}}));
  CHECK(lines[1]["severity"] == "WARNING");
  CHECK(lines[1]["code"]["value"] == "attribution.vague-anonymous");
  CHECK(lines[1]["code"]["url"] == "https://example.org/standards/anonymity");
  CHECK(lines[0]["severity"] == "INFO");
  CHECK(lines[3]["severity"] == "ERROR");
}

TEST_CASE("check output: JUnit XML", "[check_output]") {
  CheckReport r = SampleReport();
  CheckFile broken;
  broken.path = "drafts/<broken>.md";
  broken.error = Status::Error("no such file", "drafts/<broken>.md");
  r.files.push_back(broken);
  Canonicalize(&r);
  CheckOutputOptions o;
  o.show_suppressed = true;
  std::string xml = FormatCheck(r, CheckFormat::kJunit, o);
  CHECK_THAT(xml, Catch::StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"onrecord\" "
                                    "tests=\"6\" failures=\"4\" errors=\"1\" skipped=\"1\""));
  CHECK_THAT(xml, Catch::Contains("<testsuite name=\"drafts/&lt;broken&gt;.md\" tests=\"1\" failures=\"0\" errors=\"1\""));
  CHECK_THAT(xml, Catch::Contains("<failure type=\"error\" message=\"Loaded cue: &apos;admitted&apos;\">"
                                  "drafts/zoo.md:1:5 attribution.loaded-cue</failure>"));
  CHECK_THAT(xml, Catch::Contains("name=\"attribution.vague-anonymous @ 2:14\""));
  CHECK_THAT(xml, Catch::Contains("<skipped message=\"suppressed: source&apos;s safety: approved by the managing editor\"/>"));
  CheckReport clean;
  CheckFile f;
  f.path = "ok.md";
  clean.files = {f};
  CHECK_THAT(FormatCheck(clean, CheckFormat::kJunit, {}),
             Catch::Contains("<testsuite name=\"ok.md\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"0\" time=\"0\">\n"
                             "    <testcase classname=\"ok.md\" name=\"onrecord\" file=\"ok.md\" time=\"0\"/>"));
}

TEST_CASE("check output: SARIF 2.1.0", "[check_output]") {
  CheckReport r = SampleReport();
  CheckFile broken;
  broken.path = "drafts/missing.md";
  broken.error = Status::Error("no such file", "drafts/missing.md");
  r.files.push_back(broken);
  CheckOutputOptions o;
  o.rules = &testing::DefaultRules();
  json log = json::parse(FormatCheck(r, CheckFormat::kSarif, o));
  testing::SarifValidator v;
  auto problems = v.Validate(log);
  for (const auto& p : problems) UNSCOPED_INFO(p);
  CHECK(problems.empty());

  CHECK(log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json");
  CHECK(log["version"] == "2.1.0");
  const json& run = log["runs"][0];
  CHECK(run["columnKind"] == "unicodeCodePoints");
  CHECK(run["tool"]["driver"]["name"] == "onrecord");
  CHECK(run["tool"]["driver"]["semanticVersion"] == "0.1.0");
  // The catalogue lists the default rules that give findings, once each.
  const json& rules = run["tool"]["driver"]["rules"];
  std::set<std::string> ids;
  for (const auto& rule : rules) ids.insert(rule["id"].get<std::string>());
  CHECK(ids.size() == rules.size());
  for (const auto& info : testing::DefaultRules().rules()) {
    if (info.kind == "attribution" || info.kind == "metric" || info.kind == "document") {
      CHECK(ids.count(info.id) == 1);
    }
  }
  for (const auto& rule : rules) {
    if (rule["id"] == "attribution.vague-anonymous") {
      CHECK(rule["defaultConfiguration"]["level"] == "warning");
      std::string message = testing::DefaultRules().Find("attribution.vague-anonymous", "en")->message;
      CHECK_THAT(message, Catch::StartsWith(rule["shortDescription"]["text"].get<std::string>()));
      CHECK_THAT(rule["fullDescription"]["text"].get<std::string>(), Catch::StartsWith(message));
    }
  }
  const json& results = run["results"];
  REQUIRE(results.size() == 5);  // suppressed findings are kept, marked
  const json& vague = results[1];
  CHECK(vague["ruleId"] == "attribution.vague-anonymous");
  CHECK(vague["level"] == "warning");
  CHECK(vague["message"]["text"] == "Vague anonymous source");
  const json& loc = vague["locations"][0]["physicalLocation"];
  CHECK(loc["artifactLocation"]["uri"] == "drafts/budget,%20draft:%201.md");
  CHECK(loc["region"] == json({{"startLine", 1}, {"startColumn", 16}, {"endLine", 1}, {"endColumn", 23},
                               {"snippet", {{"text", "sources"}}}}));
  CHECK(vague["partialFingerprints"]["onrecord/v1"].get<std::string>().size() == 16);
  CHECK_FALSE(vague.contains("suppressions"));
  CHECK(results[0]["level"] == "note");
  CHECK_FALSE(results[0]["locations"][0]["physicalLocation"]["region"].contains("endLine"));
  const json& sup = results[2];
  CHECK(sup["ruleId"] == "attribution.anonymous-direct-quote");
  CHECK(sup["level"] == "error");
  CHECK(sup["suppressions"] == json::array({{{"kind", "inSource"}, {"status", "accepted"},
                                             {"justification", "source's safety: approved by the managing editor"}}}));
  CHECK(results[4]["level"] == "error");
  // The unreadable file is a failed execution with a notification.
  CHECK(run["invocations"][0]["executionSuccessful"] == false);
  CHECK(run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"] == "no such file");
}

TEST_CASE("check output: SARIF names rules outside the catalogue too", "[check_output]") {
  CheckReport r;
  CheckFile f;
  f.path = "/abs/path/draft one.md";
  f.findings = MakeCheckFindings({MakeFinding("threshold.vague-share", Severity::kError, "Too vague", 0, 0, 1, 1)}, "x\n");
  r.files = {f};
  Canonicalize(&r);
  json log = json::parse(FormatCheck(r, CheckFormat::kSarif, {}));
  testing::SarifValidator v;
  CHECK(v.Validate(log).empty());
  const json& run = log["runs"][0];
  REQUIRE(run["tool"]["driver"]["rules"].size() == 1);
  CHECK(run["tool"]["driver"]["rules"][0]["id"] == "threshold.vague-share");
  CHECK(run["results"][0]["ruleIndex"] == 0);
  CHECK(run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
        "file:///abs/path/draft%20one.md");
  CHECK(run["invocations"][0]["executionSuccessful"] == true);
}

TEST_CASE("check output: the validator catches broken SARIF", "[check_output]") {
  testing::SarifValidator v;
  json bad = {{"version", "2.0.0"},
              {"runs", json::array({{{"tool", {{"driver", json::object()}}},
                                     {"results", json::array({{{"level", "fatal"},
                                                               {"ruleIndex", 3},
                                                               {"locations", json::array({{{"physicalLocation",
                                                                   {{"region", {{"startLine", 0}}}}}}})}}})}}})}};
  auto problems = v.Validate(bad);
  auto has = [&](const std::string& s) {
    return std::any_of(problems.begin(), problems.end(), [&](const std::string& p) { return p.find(s) != std::string::npos; });
  };
  CHECK(has("must be \"2.1.0\""));
  CHECK(has("missing required 'name'"));
  CHECK(has("missing required 'message'"));
  CHECK(has("value \"fatal\" not allowed"));
  CHECK(has("does not index tool.driver.rules"));
  CHECK(has("startLine: must be an integer >= 1"));
}

TEST_CASE("check output: format names", "[check_output]") {
  for (const char* name : {"cli", "line", "json", "sarif", "github", "junit", "rdjsonl"}) {
    auto f = ParseCheckFormat(name);
    REQUIRE(f.has_value());
    CHECK(std::string(CheckFormatName(*f)) == name);
  }
  CHECK_FALSE(ParseCheckFormat("xml").has_value());
  CHECK(ReportPath("./a\\b/c.md") == "a/b/c.md");
}

}  // namespace
}  // namespace onrecord

namespace onrecord {
namespace {

TEST_CASE("check output: JUnit fails only the findings at or above the fail level", "[check_output]") {
  // Under --fail-level error a warning or a suggestion does not fail the
  // run, so its test case passes (the finding in <system-out>).
  CheckReport r = SampleReport();
  auto fail_at = [&](std::optional<Severity> level) {
    for (auto& file : r.files) {
      for (auto& f : file.findings) f.fails = !f.suppressed && level && f.level >= *level;
    }
    return FormatCheck(r, CheckFormat::kJunit, {});
  };
  std::string xml = fail_at(Severity::kError);
  CHECK_THAT(xml, Catch::Contains("<testsuites name=\"onrecord\" tests=\"4\" failures=\"1\" errors=\"0\" skipped=\"0\""));
  CHECK_THAT(xml, Catch::Contains("<failure type=\"error\" message=\"Loaded cue: &apos;admitted&apos;\">"));
  CHECK_THAT(xml, Catch::Contains("<system-out>suggestion: drafts/budget, draft: 1.md:1:1 metric.low-transparency Low index</system-out>"));
  CHECK_THAT(xml, !Catch::Contains("<failure type=\"warning\""));
  CHECK_THAT(xml, !Catch::Contains("<failure type=\"suggestion\""));
  // With no fail level (--fail-level none) nothing fails.
  CHECK_THAT(fail_at(std::nullopt), Catch::Contains("failures=\"0\" errors=\"0\""));
  // At suggestion, every finding fails.
  CHECK_THAT(fail_at(Severity::kSuggestion), Catch::Contains("tests=\"4\" failures=\"4\""));
}

}  // namespace
}  // namespace onrecord
