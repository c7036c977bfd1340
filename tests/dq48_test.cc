// Direct quotes (fortieth round, branch dq48): a quote that is its whole
// sentence, right after a sentence that reports one speaker's claim in
// indirect speech ("Tom Baker said the bridge would close. “Drivers
// should …”"), goes on with that speaker's words: it is content of the
// same attribution and the quote has that speaker.
#include <string>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AttributionBySourceAndCue;
using onrecord::testing::AuditText;
using onrecord::testing::ContentJoined;

namespace {

const char* const kTitle = "Harbor council weighs a bridge levy.\n\n";

// The speaker given to the quote whose words begin with `words`, or "" when
// it has none ("?" when no quote begins so).
std::string SpeakerOfQuote(const onrecord::AuditResult& r, const std::string& words) {
  for (const auto& q : r.quotes) {
    if (q.text.rfind(words, 0) == 0) return q.speaker;
  }
  return "?";
}

}  // namespace

TEST_CASE("dq48: a quote after a said-clause goes on with its speaker", "[dq48]") {
  auto r = AuditText(std::string(kTitle) +
                     "Tom Baker, the mayor, said the bridge would close for a month. \"Drivers should plan their "
                     "trips around the work now.\"\n");
  const auto* a = AttributionBySourceAndCue(r, "Tom Baker, the mayor,", "said");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) ==
        "the bridge would close for a month. \"Drivers should plan their trips around the work now.\"");
  CHECK(SpeakerOfQuote(r, "Drivers should") == "Tom Baker");
}

TEST_CASE("dq48: a quote after an argues-that clause goes on with its speaker", "[dq48]") {
  auto r = AuditText(std::string(kTitle) +
                     "Ana Ruiz, a councillor, argues that the levy is unfair to renters. \"They will pay for a bridge "
                     "they never use.\"\n");
  const auto* a = AttributionBySourceAndCue(r, "Ana Ruiz, a councillor,", "argues");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) == "that the levy is unfair to renters. \"They will pay for a bridge they never use.\"");
  CHECK(SpeakerOfQuote(r, "They will pay") == "Ana Ruiz");
}

TEST_CASE("dq48: a quote that is the next paragraph goes on with the claim before it", "[dq48]") {
  auto r = AuditText(std::string(kTitle) +
                     "Tom Baker, the mayor, said the bridge would close for a month.\n\n\"Drivers should plan their "
                     "trips around the work now.\"\n\nThe council meets again in May.\n");
  const auto* a = AttributionBySourceAndCue(r, "Tom Baker, the mayor,", "said");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) ==
        "the bridge would close for a month | \"Drivers should plan their trips around the work now.\"");
  CHECK(SpeakerOfQuote(r, "Drivers should") == "Tom Baker");
}

// Guards: readings that must not change.
TEST_CASE("dq48: a quote with a cue of its own keeps its own speaker", "[dq48]") {
  auto r = AuditText(std::string(kTitle) +
                     "Tom Baker, the mayor, said the bridge would close for a month. \"Drivers should plan around "
                     "it,\" Ana Ruiz said.\n");
  const auto* a = AttributionBySourceAndCue(r, "Tom Baker, the mayor,", "said");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) == "the bridge would close for a month");
  CHECK(SpeakerOfQuote(r, "Drivers should") == "Ana Ruiz");
}

TEST_CASE("dq48: a quote of fewer than four words is not joined", "[dq48]") {
  auto r = AuditText(std::string(kTitle) +
                     "Tom Baker, the mayor, said the bridge would close for a month. \"Plan ahead now.\"\n");
  const auto* a = AttributionBySourceAndCue(r, "Tom Baker, the mayor,", "said");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) == "the bridge would close for a month");
}

TEST_CASE("dq48: a quote the writer's words go on after is not joined", "[dq48]") {
  auto r = AuditText(std::string(kTitle) +
                     "Tom Baker, the mayor, said the bridge would close for a month. \"Drivers should plan their "
                     "trips\" was the advice on the sign.\n");
  const auto* a = AttributionBySourceAndCue(r, "Tom Baker, the mayor,", "said");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) == "the bridge would close for a month");
}

TEST_CASE("dq48: a quote after a sentence of two speakers is not joined", "[dq48]") {
  auto r = AuditText(std::string(kTitle) +
                     "Tom Baker, the mayor, said the bridge would close for a month, as Ana Ruiz had warned. "
                     "\"Drivers should plan their trips around the work now.\"\n");
  const auto* a = AttributionBySourceAndCue(r, "Tom Baker, the mayor,", "said");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) == "the bridge would close for a month");
  CHECK(SpeakerOfQuote(r, "Drivers should").empty());
}

TEST_CASE("dq48: a paragraph the writer's words go on in after the quote is not joined", "[dq48]") {
  auto r = AuditText(std::string(kTitle) +
                     "Tom Baker, the mayor, said the bridge would close for a month.\n\n\"Drivers should plan their "
                     "trips around the work,\" a sign on the old road reads.\n");
  const auto* a = AttributionBySourceAndCue(r, "Tom Baker, the mayor,", "said");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) == "the bridge would close for a month");
}
