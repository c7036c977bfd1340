// Direct quotes (twenty-sixth round, branch dqr32): the eval's list of
// missed direct quotes.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "onrecord/eval.h"
#include "test_util.h"

namespace {

onrecord::TextRef Ref(size_t begin, size_t end) {
  onrecord::TextRef r;
  r.location.begin = begin;
  r.location.end = end;
  return r;
}

}  // namespace

// `eval --verbose` lists each quoted gold Content no prediction covers to
// 80%, with how much of it the best prediction covers.
TEST_CASE("the PolNeAR eval lists the direct quotes it missed", "[dqr32]") {
  //                       0         1         2         3         4
  //                       01234567890123456789012345678901234567890123
  const std::string text = "Lee said \"the ferry is late again\" on Monday.";
  std::vector<onrecord::AnnSpan> gold(1);
  gold[0] = {"T1", "Content", {{9, 34}}, 1};
  onrecord::AuditResult audit;
  onrecord::Attribution a;
  a.content = {Ref(9, 19)};  // "the ferry": 10 of 25 bytes
  audit.attributions.push_back(a);
  onrecord::PolnearEval e = onrecord::EvaluatePolnear(gold, text, audit);
  CHECK(e.direct_quote.total == 1);
  CHECK(e.direct_quote.correct == 0);
  int listed = 0;
  for (const auto& issue : e.issues) {
    if (issue.kind != onrecord::EvalIssue::Kind::kMissedDirectQuote) continue;
    ++listed;
    CHECK(issue.context == "\"the ferry is late again\"");
    CHECK(issue.gold == "40%");
    CHECK(issue.predicted == "\"the ferry");
    CHECK(issue.column == 10);
  }
  CHECK(listed == 1);

  // Covered to 80%: not listed.
  onrecord::AuditResult covered;
  onrecord::Attribution b;
  b.content = {Ref(9, 34)};
  covered.attributions.push_back(b);
  onrecord::PolnearEval f = onrecord::EvaluatePolnear(gold, text, covered);
  CHECK(f.direct_quote.correct == 1);
  for (const auto& issue : f.issues) CHECK(issue.kind != onrecord::EvalIssue::Kind::kMissedDirectQuote);
}
