// English speakers and sources a fresh user found wrong (thirty-third round,
// branch fixc39, issue #4).
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"
#include "findings_util.h"

using onrecord::testing::CountFindings;

using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;
using onrecord::testing::SourceNamed;
using onrecord::testing::SpeakerOf;

namespace {
const char kHead[] = "Harbor board weighs a ferry merger.\n\n";

}  // namespace

TEST_CASE("fixc39: a negation written as a contraction still gives the boilerplate reason", "[fixc39]") {
  for (const char* clause :
       {"who wasn't authorized to speak publicly", "who wasn’t authorized to speak publicly",
        "who isn't authorized to comment", "who did not have permission to speak publicly",
        "who didn’t have permission to speak publicly"}) {
    auto r = AuditText(std::string(kHead) + "The vote was delayed, according to a port authority official " + clause +
                       ".\n");
    INFO(clause);
    REQUIRE(r.anonymous_sources.size() == 1);
    CHECK(r.anonymous_sources[0].reason_given);
    CHECK(CountFindings(r, "attribution.boilerplate-reason-only") == 1);
    CHECK(CountFindings(r, "attribution.anonymous-without-reason") == 0);
  }
  auto plural = AuditText(std::string(kHead) +
                          "Two transit officials, who weren’t authorized to discuss the plan, said the depot would "
                          "close.\n");
  REQUIRE(plural.anonymous_sources.size() == 1);
  CHECK(plural.anonymous_sources[0].reason_given);
}

TEST_CASE("fixc39: guard: a request alone is still no reason", "[fixc39]") {
  auto r = AuditText(std::string(kHead) + "The vote was delayed, according to a port authority official who asked "
                                          "not to be named.\n");
  REQUIRE(r.anonymous_sources.size() == 1);
  CHECK_FALSE(r.anonymous_sources[0].reason_given);
}

TEST_CASE("fixc39: court copy's plea and passive charge are no loaded cue", "[fixc39]") {
  auto r = AuditText(std::string(kHead) +
                     "Tom Vale is accused of stealing two ferries. Vale pleaded not guilty on Monday. His partner, "
                     "Ann Roe, pleaded guilty in May.\n");
  CHECK(CountFindings(r, "attribution.loaded-cue") == 0);
  // The plea stays an attribution, its cue with "guilty" (as the gold has it).
  CHECK(SeenWithCue(r, "pleaded not guilty").source == "Vale");
  CHECK(SeenWithCue(r, "pleaded guilty").source != "<no attribution>");
}

TEST_CASE("fixc39: guard: an active accusation and a claim stay loaded", "[fixc39]") {
  auto r = AuditText(std::string(kHead) + "Ann Lee accused the mayor of lying about the budget.\n\n"
                                          "The mayor claimed the budget was balanced.\n");
  CHECK(CountFindings(r, "attribution.loaded-cue") == 2);
}

TEST_CASE("fixc39: claiming residency and being shown the door are no speech", "[fixc39]") {
  auto r = AuditText(std::string(kHead) +
                     "The merged firm is claiming residency in Ireland. The chief executive was shown the door in "
                     "May.\n");
  CHECK(CountFindings(r, "attribution.loaded-cue") == 0);
  CHECK(CountFindings(r, "attribution.non-speech-cue") == 0);
  CHECK(r.attributions.empty());
}
