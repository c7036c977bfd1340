// Direct quotes (twenty-sixth round, branch dqr32): a quote that is a
// paragraph of its own, and the eval's list of missed direct quotes.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "onrecord/eval.h"
#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenAttributions;

using Seen = onrecord::testing::SeenAttribution;

namespace {

// The attribution whose content opens with `words`, or one with source
// "<missing>".
Seen ContentOpening(const onrecord::AuditResult& r, const std::string& words) {
  for (const Seen& a : SeenAttributions(r)) {
    if (!a.content.empty() && a.content.front().rfind(words, 0) == 0) return a;
  }
  Seen none;
  none.source = "<missing>";
  return none;
}

onrecord::TextRef Ref(size_t begin, size_t end) {
  onrecord::TextRef r;
  r.location.begin = begin;
  r.location.end = end;
  return r;
}

}  // namespace

// A paragraph that is nothing but a quote, with no cue near it: PolNeAR
// marks the quote as content though the speaker is left to the reader.
TEST_CASE("a quote that is a paragraph of its own is content", "[dqr32]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "The harbor master spoke only in general terms about the ferry during the long meeting.\n\n"
      "\"We have to do something about the ferry, and soon.\"\n\n"
      "The vote is next week.\n");
  const Seen a = ContentOpening(r, "\"We have to do something");
  CHECK(a.source == "<none>");
  CHECK(a.cue == "<none>");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "\"We have to do something about the ferry, and soon.\"");
}

// Consecutive paragraphs that are each a quote make one content.
TEST_CASE("consecutive quote paragraphs make one content", "[dqr32]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "The harbor master spoke only in general terms about the ferry during the long meeting.\n\n"
      "\"We have to do something about the ferry, and soon.\"\n\n"
      "\"We have to be a lot tougher with the operators than we have been.\"\n\n"
      "The vote is next week.\n");
  const Seen a = ContentOpening(r, "\"We have to do something");
  REQUIRE(a.content.size() == 2);
  CHECK(a.content[1] == "\"We have to be a lot tougher with the operators than we have been.\"");
}

// A heading in capitals, a slogan of three words and a line in single marks
// stay out: they are no quote of speech PolNeAR marks.
TEST_CASE("a quoted heading, slogan or single-marked line alone is no content", "[dqr32]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "The harbor master spoke only in general terms about the ferry during the long meeting.\n\n"
      "\"FERRY FARES MUST RISE NOW\"\n\n"
      "The council met again on Tuesday to look at the figures.\n\n"
      "\"Ferries, fares, folly.\"\n\n"
      "The council met once more on Wednesday to hear the operators.\n\n"
      "'A quiet harbor town no more.'\n\n"
      "The vote is next week.\n");
  CHECK(ContentOpening(r, "\"FERRY").source == "<missing>");
  CHECK(ContentOpening(r, "\"Ferries").source == "<missing>");
  CHECK(ContentOpening(r, "'A quiet").source == "<missing>");
}

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
