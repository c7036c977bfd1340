// Direct quotes (twenty-fifth round, branch dqr31): a quoted block under a
// paragraph that ends with a colon and names no speaker.
#include <string>

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

// "Wait, it gets better:" and a quoted paragraph: PolNeAR marks the quote
// as content though no cue names who said it.
TEST_CASE("a quoted paragraph under a paragraph ending in a colon is content", "[dqr31]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "The council published its ferry figures on Monday, and they did not look good.\n\n"
      "Wait, it gets better:\n\n"
      "\"The ferry lost money in every quarter of the year, and the loss grew each time the fares fell.\"\n\n"
      "The vote is next week.\n");
  const Seen a = ContentOpening(r, "\"The ferry lost money");
  CHECK(a.source == "<none>");
  CHECK(a.cue == "<none>");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] ==
        "\"The ferry lost money in every quarter of the year, and the loss grew each time the fares fell.\"");
}

// A transcript whose paragraphs each reopen the quote is one content.
TEST_CASE("the paragraphs of a quoted block after a colon make one content", "[dqr31]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "The council met on Monday night to hear the harbor master.\n\n"
      "Partial transcript as follows:\n\n"
      "\"CHAIR: The ferry lost money in every quarter of the year. What will you do about it?\n\n"
      "\"MASTER: We will raise the fares next spring and run fewer boats in the winter.\n\n"
      "\"CHAIR: Thank you for coming tonight.\"\n\n"
      "The vote is next week.\n");
  const Seen a = ContentOpening(r, "\"CHAIR: The ferry");
  REQUIRE(a.content.size() == 3);
  CHECK(a.content[1].rfind("\"MASTER:", 0) == 0);
  CHECK(a.content[2].rfind("\"CHAIR: Thank you", 0) == 0);
}

// Not after a label of a line ("Watch:", list colon-labels).
TEST_CASE("a quote after a label line takes no colon block attribution", "[dqr31]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "The council met on Monday night to hear the harbor master.\n\n"
      "Watch:\n\n"
      "\"The ferry lost money in every quarter of the year, and the loss grew each time the fares fell.\"\n\n"
      "The vote is next week.\n");
  CHECK(ContentOpening(r, "\"The ferry lost money").source == "<missing>");
}

// A quote that a cue already takes keeps its speaker.
TEST_CASE("a quoted paragraph after a cue and a colon keeps its speaker", "[dqr31]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Mayor Ana Ruiz told the council on Monday:\n\n"
      "\"The ferry lost money in every quarter of the year, and the loss grew each time the fares fell.\"\n\n"
      "The vote is next week.\n");
  const Seen a = ContentOpening(r, "\"The ferry lost money");
  CHECK(a.source == "Mayor Ana Ruiz");
}

// "kept repeating “A” and “B”": two quotes joined by "and" are one object
// of the cue and one content.
TEST_CASE("two quotes joined by and are one content", "[dqr31]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "At the hall on Monday, Mayor Ana Ruiz kept repeating \"Keep the boat\" and \"No new levy.\"\n");
  const Seen a = ContentOpening(r, "\"Keep the boat\"");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "\"Keep the boat\" and \"No new levy.\"");
  CHECK(ContentOpening(r, "\"No new levy.\"").source == "<missing>");
}

TEST_CASE("two quotes joined by a comma and and are one content", "[dqr31]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Mayor Ana Ruiz won the room by telling the riders, \"I take this boat every day,\" and, \"Nobody here "
      "will pay more for it.\"\n");
  const Seen a = ContentOpening(r, "\"I take this boat");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "\"I take this boat every day,\" and, \"Nobody here will pay more for it.\"");
}

// Two quotes of two speakers stay apart.
TEST_CASE("quotes of two speakers joined by and stay two contents", "[dqr31]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "\"The boat stays,\" said Mayor Ana Ruiz, and \"the levy goes,\" said Councilor Ben Adair.\n");
  CHECK(ContentOpening(r, "\"The boat stays,\"").content.size() == 1);
  CHECK(ContentOpening(r, "\"The boat stays,\"").content[0] == "\"The boat stays,\"");
}
