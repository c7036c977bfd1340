// Direct quotes (thirty-ninth round, branch dq47): a quote that closes the
// sentence after an attributed quote, led into by the writer's own words
// ("The plan is “…”"), goes on with that speaker's words.
#include <string>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AttributionBySourceAndCue;
using onrecord::testing::AuditText;
using onrecord::testing::ContentJoined;
using onrecord::testing::ContentsWritten;

namespace {

const char* const kTitle = "Harbor council weighs a bridge levy.\n\n";

}  // namespace

TEST_CASE("dq47: a quote closing the next sentence goes on with the last speaker", "[dq47]") {
  auto r = AuditText(std::string(kTitle) +
                     "\"The bridge is our first task,\" said Tom Baker, the mayor. The plan is \"a promise to every "
                     "driver in this town.\"\n");
  const auto* a = AttributionBySourceAndCue(r, "Tom Baker, the mayor", "said");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) == "\"The bridge is our first task,\" | \"a promise to every driver in this town.\"");
  CHECK(ContentsWritten(r, "\"a promise to every driver in this town.\"") == 1);
}

TEST_CASE("dq47: a quote of several sentences after a name goes on with the last speaker", "[dq47]") {
  auto r = AuditText(std::string(kTitle) +
                     "\"We thought only the builders were careless,\" said Ana Ruiz, a councillor. Baker \"kind of "
                     "misspoke. He should not talk about the money in public.\"\n");
  const auto* a = AttributionBySourceAndCue(r, "Ana Ruiz, a councillor", "said");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) ==
        "\"We thought only the builders were careless,\" | \"kind of misspoke. He should not talk about the money "
        "in public.\"");
}

// Guards: readings that must not change.
TEST_CASE("dq47: a quote after a colon is not the last speaker's", "[dq47]") {
  auto r = AuditText(std::string(kTitle) +
                     "\"The bridge is our first task,\" said Tom Baker, the mayor. Councillor Jane Wu went even "
                     "further on the radio: \"We cannot pay for a bridge this year.\"\n");
  const auto* a = AttributionBySourceAndCue(r, "Tom Baker, the mayor", "said");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) == "\"The bridge is our first task,\"");
}

TEST_CASE("dq47: a phrase of fewer than four words is not the last speaker's", "[dq47]") {
  auto r = AuditText(std::string(kTitle) +
                     "\"The bridge is our first task,\" said Tom Baker, the mayor. The town wants to be \"carbon "
                     "neutral.\"\n");
  const auto* a = AttributionBySourceAndCue(r, "Tom Baker, the mayor", "said");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) == "\"The bridge is our first task,\"");
}

TEST_CASE("dq47: a quote the writer's words go on after is not the last speaker's", "[dq47]") {
  auto r = AuditText(std::string(kTitle) +
                     "\"The bridge is our first task,\" said Tom Baker, the mayor. The plan is \"a promise to every "
                     "driver\" in the town.\n");
  const auto* a = AttributionBySourceAndCue(r, "Tom Baker, the mayor", "said");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) == "\"The bridge is our first task,\"");
}

TEST_CASE("dq47: a quote with its own cue keeps its own speaker", "[dq47]") {
  auto r = AuditText(std::string(kTitle) +
                     "\"The bridge is our first task,\" said Tom Baker, the mayor. Councillor Jane Wu called it \"a "
                     "promise that nobody can keep.\"\n");
  const auto* a = AttributionBySourceAndCue(r, "Tom Baker, the mayor", "said");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) == "\"The bridge is our first task,\"");
  const auto* wu = AttributionBySourceAndCue(r, "Councillor Jane Wu", "called");
  REQUIRE(wu != nullptr);
  CHECK(ContentJoined(*wu) == "it \"a promise that nobody can keep.\"");
}
