// Direct quotes (twenty-seventh round, branch dqr33): a quote after a colon
// that closes its paragraph, quote marks paired across typing slips, and a
// content that began inside a quote.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

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

}  // namespace

// "… was conclusive in its findings: “…”": no cue takes the quote, which
// follows a colon and closes the paragraph; PolNeAR marks it as content.
TEST_CASE("a quote after a colon that closes its paragraph is content", "[dqr33]") {
  auto r = AuditText(
      "Ferry board ends the dispute.\n\n"
      "The harbor board was conclusive in its findings: “Further talk about the ferry levy is not needed.”\n\n"
      "The vote is next week.\n");
  const Seen a = ContentOpening(r, "“Further talk");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "“Further talk about the ferry levy is not needed.”");
  CHECK(a.cue == "<none>");
}

// Straight marks and a full stop after the closing one.
TEST_CASE("a quote in straight marks after a colon closing the paragraph is content", "[dqr33]") {
  auto r = AuditText(
      "Ferry board ends the dispute.\n\n"
      "Then came the laugh line of the evening: \"I would call the ferry company myself, but it is beneath me\".\n\n"
      "The vote is next week.\n");
  const Seen a = ContentOpening(r, "\"I would call");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "\"I would call the ferry company myself, but it is beneath me\"");
}

// A slogan of two words after a colon stays a title, and a quote that the
// paragraph goes on after is left alone.
TEST_CASE("a slogan after a colon, or a quote the paragraph goes on after, is no content", "[dqr33]") {
  auto r = AuditText(
      "Ferry board ends the dispute.\n\n"
      "The rally by the harbor on Wednesday had one message: \"Stop Ferries.\"\n\n"
      "The banner carried a line: \"we will not pay the ferry levy\" and the crowd cheered it loudly.\n\n"
      "The vote is next week.\n");
  CHECK(ContentOpening(r, "\"Stop Ferries").source == "<missing>");
  CHECK(ContentOpening(r, "\"we will not pay").source == "<missing>");
}
