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

// The text of every quote the audit found.
std::vector<std::string> QuoteTexts(const onrecord::AuditResult& r) {
  std::vector<std::string> out;
  for (const auto& q : r.quotes) out.push_back(q.text);
  return out;
}

}  // namespace

// "… was conclusive in its findings: “…”": the quote follows a colon and
// closes the paragraph; PolNeAR marks it as content. Since the forty-fourth
// round (dq52) the clause before the colon is its cue and the board its
// source, as the tune gold marks "went even further:" and "had one
// message:"; before, no cue took the quote.
TEST_CASE("a quote after a colon that closes its paragraph is content", "[dqr33]") {
  auto r = AuditText(
      "Ferry board ends the dispute.\n\n"
      "The harbor board was conclusive in its findings: “Further talk about the ferry levy is not needed.”\n\n"
      "The vote is next week.\n");
  const Seen a = ContentOpening(r, "“Further talk");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "“Further talk about the ferry levy is not needed.”");
  CHECK(a.cue == "was conclusive in its findings:");
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

// "he’s like 6’2”,”": the mark after a height in feet and inches is an inch
// mark, and the quote closes at the mark after it.
TEST_CASE("an inch mark in a height does not close a quote", "[dqr33]") {
  auto r = AuditText(
      "Ferry race draws a crowd.\n\n"
      "“He keeps calling me short. I admit he is taller than me; he is like 6’2”,” Ruiz said on Sunday.\n\n"
      "“Which is why the ferry needs a captain who is 5'10\" and calm,” she added.\n");
  const auto quotes = QuoteTexts(r);
  REQUIRE(quotes.size() == 2);
  CHECK(quotes[0] == "He keeps calling me short. I admit he is taller than me; he is like 6’2”,");
  CHECK(quotes[1] == "Which is why the ferry needs a captain who is 5'10\" and calm,");
}

// "…," the group wrote. "… future.“": a straight opening mark closed by a
// left curly one.
TEST_CASE("a straight opening mark closed by a left curly one makes a quote", "[dqr33]") {
  auto r = AuditText(
      "Ferry fares to rise.\n\n"
      "“The ferry fund is out of balance,\" the board wrote. \"A change is needed now or the fund will run dry next year.“\n\n"
      "The vote is next week.\n");
  const auto quotes = QuoteTexts(r);
  REQUIRE(quotes.size() == 2);
  CHECK(quotes[1] == "A change is needed now or the fund will run dry next year.");
  const Seen a = ContentOpening(r, "“The ferry fund");
  REQUIRE(a.content.size() == 2);
  CHECK(a.content[1] == "\"A change is needed now or the fund will run dry next year.“");
}

// “…. We can win.’ Ruiz was in town …: a curly double opening mark closed by
// a single right one after the sentence's end; the later “…” pair is a
// quote of its own.
TEST_CASE("a curly double mark closed by a single right one after a full stop", "[dqr33]") {
  auto r = AuditText(
      "Ferry race draws a crowd.\n\n"
      "Ruiz posted online: “Let us go. We can save the ferry.’ Ruiz was at the harbor on Tuesday, where she read from her book, “Tides.”\n");
  const auto quotes = QuoteTexts(r);
  REQUIRE(quotes.size() == 2);
  CHECK(quotes[0] == "Let us go. We can save the ferry.");
  CHECK(quotes[1] == "Tides.");
}

// ''A,'' she said. ''B … (no closing mark) / ''C.'': a quote typed with two
// apostrophes left open at the paragraph's end goes on into the next
// paragraph that reopens it with two apostrophes.
TEST_CASE("a quote in doubled apostrophes goes on into the paragraph that reopens it", "[dqr33]") {
  auto r = AuditText(
      "Ferry race draws a crowd.\n\n"
      "''People make all kinds of claims,'' Ms. Ruiz said, a hint of anger in her voice. ''And it is hard for riders to weigh them. Are they real?\n\n"
      "''That is why I say what the ferry will cost.''\n");
  const Seen a = ContentOpening(r, "''People make");
  REQUIRE(a.content.size() == 3);
  CHECK(a.content[1] == "''And it is hard for riders to weigh them. Are they real?");
  CHECK(a.content[2] == "''That is why I say what the ferry will cost.''");
}

// "“A. B,” Lee replied, according to Ford’s account": the citation's
// content runs from the quote's opening mark, not from its second sentence.
TEST_CASE("a content that began inside a quote starts at its opening mark", "[dqr33]") {
  auto r = AuditText(
      "Ferry race draws a crowd.\n\n"
      "“I know the harbor well. I want to run for the council,” Dena Lopez replied at the time, according to Ford’s account.\n");
  bool found = false;
  for (const Seen& a : SeenAttributions(r)) {
    if (a.cue != "according to") continue;
    found = true;
    REQUIRE(a.content.size() == 1);
    CHECK(a.content[0] == "“I know the harbor well. I want to run for the council,” Dena Lopez replied at the time");
  }
  CHECK(found);
}
