// Direct quotes (twenty-eighth round, branch dqr34): a quote after a colon
// whose closing mark is lost inside the article, and heights in feet and
// inches that the document check counted as quote marks.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "test_util.h"
#include "findings_util.h"

using onrecord::testing::CountFindings;

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

}  // namespace

// "… - More from Vell: “The town council … (no closing mark)" in a
// paragraph that is not the article's last: the quote runs to the end of
// its paragraph, and the name before the colon gives it.
TEST_CASE("a quote after a colon whose closing mark is lost mid-article is kept", "[dqr34]") {
  auto r = AuditText(
      "Ferry polls shift.\n\n"
      "What that means for the town - More from Vell: “The town council has not yet said whether it will pay for the "
      "extra crossings.\n\n"
      "The rest is a plain line, where readers click “sign up.” That is all.\n");
  const Seen a = ContentOpening(r, "“The town council");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "“The town council has not yet said whether it will pay for the extra crossings.");
}

// The same with a document before the colon, which no rule reads as a
// source: the quote is still content, with no cue.
TEST_CASE("a quote after a lower-case colon phrase whose closing mark is lost is content", "[dqr34]") {
  auto r = AuditText(
      "Ferry polls shift.\n\n"
      "Not every poll is equal - more from the harbor report: “Samples weighted by age and region tended to be less "
      "accurate than the others.\n\n"
      "THE WEEK IN POLLS\n\n"
      "Riders who click “sign up.” get the update.\n");
  const Seen a = ContentOpening(r, "“Samples weighted");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "“Samples weighted by age and region tended to be less accurate than the others.");
}

// A quote left open after a colon that the next paragraph reopens runs
// on: it is the next paragraph's quote too, not a lost closing mark.
TEST_CASE("a quote after a colon that the next paragraph reopens still runs on", "[dqr34]") {
  auto r = AuditText(
      "Ferry polls shift.\n\n"
      "Ana Ruiz, the harbor master, said on Monday: “The late boat is full every night in summer.\n\n"
      "“It should run all year. The board has the money for it.”\n\n"
      "The vote is next week.\n");
  CHECK(CountFindings(r, "document.unbalanced-quote-marks") == 0);
  const Seen a = ContentOpening(r, "“The late boat");
  REQUIRE(a.content.size() == 2);
  CHECK(a.content[0] == "“The late boat is full every night in summer.");
  CHECK(a.content[1] == "“It should run all year. The board has the money for it.”");
}

// "6’2”" and "5'11"": the inch mark of a height is no quote mark, so the
// document check finds the marks balanced.
TEST_CASE("a height in feet and inches does not unbalance the quote marks", "[dqr34]") {
  auto curly = AuditText(
      "Ferry race draws a crowd.\n\n"
      "The new captain is tall. “He is like 6’2”, and he never ducks,” Ruiz said.\n");
  CHECK(CountFindings(curly, "document.unbalanced-quote-marks") == 0);
  auto straight = AuditText(
      "Ferry race draws a crowd.\n\n"
      "Her deputy is 5'11\" and calm, the crew said. \"She never ducks,\" Ruiz said.\n");
  CHECK(CountFindings(straight, "document.unbalanced-quote-marks") == 0);
  // A mark that really is left open is still found.
  auto open = AuditText(
      "Ferry race draws a crowd.\n\n"
      "The new captain is 6’2”. “He never ducks, Ruiz said on Sunday at the harbor.\n\n"
      "The race is next week.\n");
  CHECK(CountFindings(open, "document.unbalanced-quote-marks") == 1);
}
