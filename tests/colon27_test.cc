// A colon as the cue (twenty-first round, branch colon27): a name after a
// dash right before a quote, a label word closing a name the article gives
// again, and subheads that are no attribution, on PolNeAR's conventions.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenAttributions;
using onrecord::testing::SeenWithCue;
using onrecord::testing::SeenWithSource;

using Seen = onrecord::testing::SeenAttribution;

namespace {

bool AnySource(const onrecord::AuditResult& r, const std::string& source) {
  for (const auto& a : SeenAttributions(r)) {
    if (a.source == source) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("a name after a dash and before a colon and a quote is the source with the colon as cue", "[colon27]") {
  auto r = AuditText(
      "Harbor council backs the new ferry levy.\n\n"
      "The levy would fund two boats, the council said on Tuesday.\n\n"
      "Riders want later boats - Mara Quill and Tobin Vell: \xE2\x80\x9CMost riders told us they would pay more "
      "for a boat after ten. The demand is real.\xE2\x80\x9D\n\n"
      "Councillors agree - Dana Whitcombe: \xE2\x80\x9CWe will fund the boats if the levy passes.\xE2\x80\x9D\n");
  const Seen a = SeenWithSource(r, "Mara Quill and Tobin Vell");
  CHECK(a.cue == ":");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0].rfind("\xE2\x80\x9CMost riders told us", 0) == 0);
  const Seen b = SeenWithSource(r, "Dana Whitcombe");
  CHECK(b.cue == ":");
  REQUIRE(b.content.size() == 1);
  CHECK(b.content[0] == "\xE2\x80\x9CWe will fund the boats if the levy passes.\xE2\x80\x9D");
}

TEST_CASE("more from a name after a dash gives the name as source of the quote after the colon", "[colon27]") {
  auto r = AuditText(
      "Riders are split on the fare.\n\n"
      "Mara Quill studied the ferry for a year.\n\n"
      "Older riders want seats - More from Quill: \xE2\x80\x9CYounger riders want cheaper fares, but older riders "
      "want more seats.\xE2\x80\x9D\n");
  const Seen a = SeenWithSource(r, "Quill");
  CHECK(a.cue == ":");
}

TEST_CASE("a dash and a colon without a quote after it give no colon cue", "[colon27]") {
  auto r = AuditText(
      "The ferry runs late - Mara Quill: the board has no plan for it.\n\n"
      "Fares rose in the spring - Update: the council meets on Friday.\n");
  CHECK_FALSE(AnySource(r, "Mara Quill"));
  CHECK_FALSE(AnySource(r, "Update"));
}

TEST_CASE("a headline name ending in a label word is a source when the article names it again", "[colon27]") {
  auto r = AuditText(
      "Harbor Watch: Ferry Board Hid Key Levy Memo For Months.\n\n"
      "Harbor Watch, a ferry riders' group, said on Tuesday that the board had kept the memo from the "
      "council.\n");
  const Seen a = SeenWithSource(r, "Harbor Watch");
  CHECK(a.cue == ":");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "Ferry Board Hid Key Levy Memo For Months");
}

TEST_CASE("a headline that opens with a label phrase the article never repeats has no source", "[colon27]") {
  auto r = AuditText(
      "Must Watch: Ferry Board Hid Key Levy Memo For Months.\n\n"
      "The riders' group said on Tuesday that the board had kept the memo from the council.\n");
  CHECK_FALSE(AnySource(r, "Must Watch"));
}

TEST_CASE("a subhead naming a candidate and a few words is no attribution", "[colon27]") {
  auto r = AuditText(
      "Four hopefuls face a long night in the harbor towns.\n\n"
      "Mara Sanders said the levy was fair.\n\n"
      "Sanders: Win in a walk.\n\n"
      "Sanders has led every survey since the spring by double digits.\n");
  CHECK_FALSE(AnySource(r, "Sanders"));
}

TEST_CASE("a transcript line with a name and a short answer after the colon stays an attribution", "[colon27]") {
  auto r = AuditText(
      "Mara Sanders spoke to Tobin Quill on the radio.\n\n"
      "QUILL: Will the levy pass?\n\n"
      "SANDERS: Well, it should.\n");
  CHECK(AnySource(r, "SANDERS"));
}
