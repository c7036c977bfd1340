// Every shipped rule's examples: each rule has `flag:` and `pass:` examples,
// and every example does what it says (the same runner as `rules test`).
#include <catch2/catch.hpp>

#include "onrecord/rule_test_runner.h"
#include "test_util.h"

using namespace onrecord;
using namespace onrecord::testing;

TEST_CASE("every shipped rule carries flag and pass examples", "[rules][examples]") {
  for (const auto& rule : DefaultRules().rules()) {
    INFO(rule.path);
    CHECK_FALSE(rule.flag_examples.empty());
    CHECK_FALSE(rule.pass_examples.empty());
  }
}

TEST_CASE("every shipped rule's examples pass", "[rules][examples]") {
  RuleTestReport report = RunRuleExamples(DefaultRules());
  CHECK(report.rules == static_cast<int>(DefaultRules().rules().size()));
  for (const auto& r : report.results) {
    INFO(r.path << ": " << (r.flag ? "flag" : "pass") << " “" << r.example << "”: " << r.detail);
    CHECK(r.ok);
  }
  CHECK(report.failures == 0);
}

TEST_CASE("the runner fails a rule without examples and an example that does not hold",
          "[rules][examples]") {
  TempDir dir;
  WriteFile(dir / "en/attribution/no-examples.yml",
            "kind: attribution\nwhen: {anonymous: true}\nmessage: m\n");
  WriteFile(dir / "en/phrase/wrong.yml",
            "kind: phrase\nrole: access\nmessage: m\npatterns: ['\\bwho attended\\b']\n"
            "examples:\n  flag: ['a diplomat familiar with the talks']\n  pass: ['a diplomat who attended']\n");
  auto rules = RuleSet::Load(dir.path().string());
  REQUIRE(rules.ok());
  RuleTestReport report = RunRuleExamples(**rules);
  CHECK(report.rules == 2);
  // no flag + no pass example, a flag example that does not match, a pass one that does.
  CHECK(report.failures == 4);
}

TEST_CASE("rules test runs each kind the way the kind works", "[rules][examples]") {
  TempDir dir;
  // A boilerplate rule that masks its flag line; a cue rule; an attribution rule.
  WriteFile(dir / "en/boilerplate/promo.yml",
            "kind: boilerplate\nmessage: m\npatterns: ['^Buy the print edition$']\n"
            "examples:\n  flag: ['Buy the print edition']\n  pass: ['Readers buy the print edition, the editor said.']\n");
  WriteFile(dir / "en/lists/cues-test.txt", "said\n");
  WriteFile(dir / "en/cue/said.yml",
            "kind: cue\nlist: cues-test\nmessage: m\n"
            "examples:\n  flag: ['The talks stalled, Mayor Ana Ruiz said.']\n  pass: ['The talks stalled on Monday.']\n");
  WriteFile(dir / "en/attribution/named.yml",
            "kind: attribution\nwhen: {source_kind: named}\nmessage: m\n"
            "examples:\n  flag: ['The talks stalled, Mayor Ana Ruiz said.']\n  pass: ['The talks stalled on Monday.']\n");
  auto rules = RuleSet::Load(dir.path().string());
  REQUIRE(rules.ok());
  RuleTestReport report = RunRuleExamples(**rules);
  for (const auto& r : report.results) {
    INFO(r.rule << " " << r.example << ": " << r.detail);
    CHECK(r.ok);
  }
  CHECK(report.rules == 3);
}

TEST_CASE("onrecord rules test passes on the shipped rules and fails on a bad example", "[rules][cli]") {
  auto ok = RunCli({"rules", "test"});
  CHECK(ok.exit_code == 0);
  CHECK(ok.out.find("0 failed") != std::string::npos);

  TempDir dir;
  std::filesystem::copy(SourceDir() / "rules", dir / "rules", std::filesystem::copy_options::recursive);
  // A pass example that the rule flags.
  WriteFile(dir / "rules/any/attribution/vague-anonymous.yml",
            "kind: attribution\nwhen: {anonymous: true, specificity: vague}\nlevel: warning\nmessage: m\n"
            "examples:\n  flag: ['Talks have stalled, people familiar with the matter said.']\n"
            "  pass: ['Talks have stalled, people familiar with the matter said again.']\n");
  auto bad = RunCli({"--rules", (dir / "rules").string(), "rules", "test"});
  CHECK(bad.exit_code == 1);
  CHECK(bad.out.find("FAIL  attribution.vague-anonymous") != std::string::npos);
  // A PATH inside the rules directory limits the run to the rules under it.
  auto one = RunCli({"rules", "test", (dir / "rules/en/phrase").string()});
  CHECK(one.exit_code == 0);
  CHECK(one.out.find("0 failed") != std::string::npos);
  auto file = RunCli({"rules", "test", (dir / "rules/any/attribution/vague-anonymous.yml").string()});
  CHECK(file.exit_code == 1);
  CHECK(file.out.find("\n1 rule, ") != std::string::npos);
}
