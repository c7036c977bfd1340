// Direct quotes (twenty-fourth round, branch dqr30): a quote mark left open
// before the writer's speech tag, "Related:" lines, and quotes of the tag's
// own phrase.
#include <algorithm>
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::QuoteTexts;
using onrecord::testing::SeenAttributions;
using onrecord::testing::SeenWithSource;

using Seen = onrecord::testing::SeenAttribution;

namespace {

bool AnyContentHas(const onrecord::AuditResult& r, const std::string& words) {
  for (const Seen& a : SeenAttributions(r)) {
    for (const std::string& c : a.content) {
      if (c.find(words) != std::string::npos) return true;
    }
  }
  return false;
}

bool AnyQuoteHas(const onrecord::AuditResult& r, const std::string& words) {
  for (const std::string& q : QuoteTexts(r)) {
    if (q.find(words) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

// `He said "the plan works. Next, said Lee.`: the closing mark was lost
// before the writer's tag, and the quote it opened ends there; the tag is
// found.
TEST_CASE("an unclosed quote mark ends before a speech tag after it", "[dqr30]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Mayor Ana Ruiz said \"the ferry plan works and the island keeps its last boat. It costs far too much, "
      "said Councilor Ben Adair.\n");
  CHECK_FALSE(AnyQuoteHas(r, "Councilor Ben Adair"));
  CHECK(AnyQuoteHas(r, "the ferry plan works and the island keeps its last boat."));
  CHECK(SeenWithSource(r, "Councilor Ben Adair").cue == "said");
}

TEST_CASE("an unclosed quote mark ends before a tag whose subject comes first", "[dqr30]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Mayor Ana Ruiz said \xE2\x80\x9Cthe ferry plan works and the island keeps its last boat. Councilor Ben "
      "Adair said: it is a tax on the night shift.\n");
  CHECK_FALSE(AnyQuoteHas(r, "Adair said"));
  const Seen adair = SeenWithSource(r, "Councilor Ben Adair");
  CHECK(adair.cue == "said:");
  REQUIRE(adair.content.size() == 1);
  CHECK(adair.content[0] == "it is a tax on the night shift");
}

// The quote after the tag keeps its own marks and speaker: the stray mark
// changes nothing past the tag.
TEST_CASE("a quote after the tag that follows an unclosed mark stays its own", "[dqr30]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Mayor Ana Ruiz said \"the ferry plan works and the island keeps its last boat. Not so, said Councilor "
      "Ben Adair, \"it is a tax on the night shift.\"\n");
  CHECK_FALSE(AnyQuoteHas(r, "Councilor Ben Adair"));
  const Seen adair = SeenWithSource(r, "Councilor Ben Adair");
  REQUIRE_FALSE(adair.content.empty());
  CHECK(adair.content.back() == "\"it is a tax on the night shift.\"");
}

// A quote cut off with the page and no tag after it still runs to the
// paragraph's end.
TEST_CASE("an unclosed quote with no tag after it still runs to the paragraph end", "[dqr30]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Mayor Ana Ruiz said \xE2\x80\x9Cthe ferry plan works. The island keeps its last boat, and we will\n");
  CHECK(AnyQuoteHas(r, "the ferry plan works. The island keeps its last boat, and we will"));
}

// "Related:" in quote marks is a heading of links, and the title-case
// headline under it (full stop and all) is a link, not the article's text.
TEST_CASE("a Related heading in quote marks is no quote", "[dqr30]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "The council met on Monday, Mayor Ana Ruiz said.\n\n"
      "\"Related:\"\n\n"
      "Harbor Workers Reject The Offer Of A Pay Rise, Union Says.\n\n"
      "The vote is due in May, said Councilor Ben Adair.\n");
  CHECK_FALSE(AnyQuoteHas(r, "Related"));
  CHECK_FALSE(AnyContentHas(r, "Harbor Workers Reject"));
  CHECK(SeenWithSource(r, "Councilor Ben Adair").cue == "said");
}

TEST_CASE("a Related line quoting a headline is no quote", "[dqr30]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "The council met on Monday, Mayor Ana Ruiz said.\n\n"
      "\xE2\x80\x9CRelated: Harbor workers reject the offer, union says\xE2\x80\x9D\n\n"
      "Related: \xE2\x80\x9C""Ferry fares will double, captains warn\xE2\x80\x9D\n\n"
      "The vote is due in May, said Councilor Ben Adair.\n");
  CHECK_FALSE(AnyQuoteHas(r, "Harbor workers reject"));
  CHECK_FALSE(AnyQuoteHas(r, "Ferry fares"));
  CHECK_FALSE(AnyContentHas(r, "Harbor workers reject"));
  CHECK_FALSE(AnyContentHas(r, "Ferry fares"));
}

// A sentence of the article in title case is rare; one with lower-case long
// words under a Related heading is text, not a link.
TEST_CASE("a sentence after a quoted Related heading is kept", "[dqr30]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "\"Related:\"\n\n"
      "The levy would double the fares, said Councilor Ben Adair.\n");
  CHECK(SeenWithSource(r, "Councilor Ben Adair").cue == "said");
}

// "“…,” said Ana Lee, author of “Open Harbors.”": a quote inside the speech
// tag's own phrase (after a determiner, preposition or conjunction) is a
// title or a phrase of the tag, not more of what the speaker said.
TEST_CASE("a quote inside the speech tag is not more of the quote before it", "[dqr30]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "\xE2\x80\x9CThe levy would pay for the night boat and nothing else,\xE2\x80\x9D said Ana Lee, author of "
      "\xE2\x80\x9CIsland Ferries and Their Towns.\xE2\x80\x9D\n\n"
      "\xE2\x80\x9CWe cannot lose the last boat,\xE2\x80\x9D Ben Adair told the hosts of \xE2\x80\x9CHarbor "
      "Morning,\xE2\x80\x9D a radio show.\n");
  const Seen lee = SeenWithSource(r, "Ana Lee, author of");
  const Seen said = lee.source != "<no attribution>" ? lee : SeenWithSource(r, "Ana Lee");
  REQUIRE(said.content.size() == 1);
  CHECK(said.content[0] == "\xE2\x80\x9CThe levy would pay for the night boat and nothing else,\xE2\x80\x9D");
  const Seen adair = SeenWithSource(r, "Ben Adair");
  REQUIRE(adair.content.size() == 1);
  CHECK(adair.content[0] == "\xE2\x80\x9CWe cannot lose the last boat,\xE2\x80\x9D");
}

// The quote that goes on after the tag's comma stays in the same Content.
TEST_CASE("a quote after the tag's comma still goes on with the quote before it", "[dqr30]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "\xE2\x80\x9CThe levy would pay for the night boat,\xE2\x80\x9D said Ana Lee, \xE2\x80\x9C""and the "
      "island keeps its nurses.\xE2\x80\x9D\n");
  const Seen lee = SeenWithSource(r, "Ana Lee");
  CHECK(lee.content.size() == 2);
}
