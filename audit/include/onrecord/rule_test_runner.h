// Running and showing rules: the `examples:` of every rule checked against
// what the rule does (`onrecord rules test`), and a rule shown in full with
// its lists resolved (`onrecord rules show`). See docs/rules.md.
//
// Thread-safety: pure functions of an immutable RuleSet; safe on any thread.
// Errors: never fail; a rule whose examples cannot be run is a failed result.
#ifndef ONRECORD_RULE_TEST_RUNNER_H_
#define ONRECORD_RULE_TEST_RUNNER_H_

#include <string>
#include <string_view>
#include <vector>

#include "onrecord/rules.h"
#include "onrecord/status.h"

namespace onrecord {

// The outcome of one example of one rule.
struct RuleExampleResult {
  std::string rule;      // rule id
  std::string language;  // the rule's language ("en", "any")
  std::string path;      // the rule file
  bool flag = true;      // a `flag:` example (true) or a `pass:` example
  std::string example;   // the example text; empty for a missing-examples failure
  bool ok = false;
  std::string detail;    // why it failed (empty when ok)
};

struct RuleTestReport {
  std::vector<RuleExampleResult> results;
  int rules = 0;     // rules tested
  int failures = 0;  // results that are not ok
};

// Runs the examples of every rule of `rules` whose file lies under
// `path_prefix` (every rule when empty). A rule with no `flag:` or no
// `pass:` example is a failure. What an example must do, by kind:
//   boilerplate: a flag example line is masked by the rule, a pass line is not;
//   phrase:      the rule's patterns match a flag example and not a pass one;
//   cue:         auditing a flag example finds a cue of the rule, a pass one none;
//   attribution, document, metric: auditing the example (onrecord::Audit)
//                gives the rule's finding for a flag example and not for a pass one.
// Examples of a language's rule are audited in that language; "any" rules as
// English when the rules have an English pack, else in the detected language. Cost: one audit per example.
RuleTestReport RunRuleExamples(const RuleSet& rules, std::string_view path_prefix = {});

// The rule `id` in `language` (empty: English, else the first language that has it) as
// written, followed by every list it uses with its entries as resolved for
// that language ("any" lists merged). Fails when no such rule exists.
Result<std::string> ShowRule(const RuleSet& rules, std::string_view id, std::string_view language = {});

}  // namespace onrecord

#endif  // ONRECORD_RULE_TEST_RUNNER_H_
