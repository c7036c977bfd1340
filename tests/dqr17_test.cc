// Continuation quotes (sixteenth round, branch dqr17): a quote that opens its
// sentence right after an attributed quote of the same paragraph goes on with
// that quote's words, and PolNeAR counts both as one Content. It continues the
// quote that opened the sentence before, not a fragment a clause of the same
// speaker quoted later in that sentence; the cue of the next sentence does not
// take it when that cue reports words of its own; and a connective from list
// quote-resumers may open its sentence.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;

using Seen = onrecord::testing::SeenAttribution;

TEST_CASE("a continuation goes with the opening quote, not a fragment of a relative clause", "[dqr17]") {
  auto r = AuditText(
      "Golf is back.\n\n"
      "''Revenues are up a little bit,'' said Mr. Ekovich, who noted that the price of some courses had "
      "''cratered'' to about half. ''Things are moving in the right direction.''\n");
  const Seen said = SeenWithCue(r, "said");
  REQUIRE(said.content.size() == 2);
  CHECK(said.content[0] == "''Revenues are up a little bit,''");
  CHECK(said.content[1] == "''Things are moving in the right direction.''");
  const Seen noted = SeenWithCue(r, "noted");
  REQUIRE(noted.content.size() == 1);
}

TEST_CASE("a continuation goes with the opening quote, not a fragment of a participle clause", "[dqr17]") {
  auto r = AuditText(
      "Changes ahead.\n\n"
      "“Everything. Everything is on the table,” Carson told the AP on Wednesday after hinting that "
      "“personnel changes” could come. “Every single thing is on the table. I’m looking carefully.”\n");
  const Seen told = SeenWithCue(r, "told");
  REQUIRE(told.content.size() == 2);
  CHECK(told.content[1] == "“Every single thing is on the table. I’m looking carefully.”");
  CHECK(SeenWithCue(r, "hinting").content.size() == 1);
}

TEST_CASE("the cue after a continuation that introduces a quote of its own does not take it", "[dqr17]") {
  auto r = AuditText(
      "At the shelter.\n\n"
      "''We are refugees,'' Ms. Alawee said. ''We are not terrorists.'' Mr. Zahed said: ''The attack "
      "that happened today is the work of terrorists.''\n");
  const Seen first = SeenWithCue(r, "said");
  CHECK(first.source == "Ms. Alawee");
  REQUIRE(first.content.size() == 2);
  CHECK(first.content[1] == "''We are not terrorists.''");
  const Seen second = SeenWithCue(r, "said:");
  CHECK(second.source == "Mr. Zahed");
  REQUIRE(second.content.size() == 1);
  CHECK(second.content[0] == "''The attack that happened today is the work of terrorists.''");
}

TEST_CASE("the cue after a continuation that reports a clause of its own does not take it", "[dqr17]") {
  auto r = AuditText(
      "Results.\n\n"
      "''Our jobs are being sucked out of our states,'' Mr. Trump said. ''One of the big problems is "
      "the economy.'' He said, twice, that he was going back to work on Wednesday.\n");
  const Seen said = SeenWithCue(r, "said");
  CHECK(said.source == "Mr. Trump");
  REQUIRE(said.content.size() == 2);
  CHECK(said.content[1] == "''One of the big problems is the economy.''");
  // A cue right after it with nothing of its own to report still takes it.
  auto plain = AuditText(
      "Results.\n\n"
      "''Our jobs are being sucked out of our states,'' Mr. Trump said. ''One of the big problems is "
      "the economy.'' Mr. Lane said.\n");
  const Seen lane = SeenWithCue(plain, "said", 1);
  CHECK(lane.source == "Mr. Lane");
  REQUIRE(lane.content.size() == 1);
  CHECK(lane.content[0] == "''One of the big problems is the economy.''");
}

TEST_CASE("a quote after a connective opening its sentence continues the quote before", "[dqr17]") {
  auto r = AuditText(
      "On the trail.\n\n"
      "“He is supposed to be a cheerleader for this country,” Trump said. Instead, “he just acts like a "
      "defeated man.”\n\n"
      "“It is an enormous moment,” said Steve Schmidt, a strategist. Now, “it is very difficult to see how he "
      "is stopped.”\n");
  const Seen trump = SeenWithCue(r, "said");
  REQUIRE(trump.content.size() == 2);
  // (disc38: the resumer opening the sentence is in the segment, as in PolNeAR.)
  CHECK(trump.content[1] == "Instead, “he just acts like a defeated man.”");
  const Seen schmidt = SeenWithCue(r, "said", 1);
  CHECK(schmidt.source.rfind("Steve Schmidt", 0) == 0);
  REQUIRE(schmidt.content.size() == 2);
  CHECK(schmidt.content[1] == "Now, “it is very difficult to see how he is stopped.”");
  // A quoted word inside the writer's sentence after a connective is none.
  auto fragment = AuditText("On the trail.\n\n“We will win,” Trump said. But the “momentum” was gone by March.\n");
  CHECK(SeenWithCue(fragment, "said").content.size() == 1);
}
