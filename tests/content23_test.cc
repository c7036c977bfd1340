// Where a content starts (seventeenth round, branch content23): the words
// between a cue and what it reports, and the writer's words before a quote,
// on PolNeAR's conventions.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;

using Seen = onrecord::testing::SeenAttribution;

TEST_CASE("the person asked is left out of the content before the question word but not before an infinitive",
          "[content23]") {
  auto r = AuditText(
      "Ana Lee asked Piet Vos whether the ferry would run in winter.\n\n"
      "Mara Quill asked the harbor board how the levy would be spent.\n\n"
      "Odile Brack asked him about the delay at the pier.\n\n"
      "Ana Lee asked the council to vote on the levy in May.\n\n"
      "Piet Vos asked the mayor a question about the ferry fares.\n");
  const Seen a = SeenWithCue(r, "asked");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "whether the ferry would run in winter");
  const Seen b = SeenWithCue(r, "asked", 1);
  REQUIRE(b.content.size() == 1);
  CHECK(b.content[0] == "how the levy would be spent");
  const Seen c = SeenWithCue(r, "asked", 2);
  REQUIRE(c.content.size() == 1);
  CHECK(c.content[0] == "about the delay at the pier");
  const Seen d = SeenWithCue(r, "asked", 3);
  REQUIRE(d.content.size() == 1);
  CHECK(d.content[0] == "the council to vote on the levy in May");
  const Seen e = SeenWithCue(r, "asked", 4);
  REQUIRE(e.content.size() == 1);
  CHECK(e.content[0] == "the mayor a question about the ferry fares");
}

TEST_CASE("the writer's words that run into a partial quote before its source open the content", "[content23]") {
  auto r = AuditText(
      "The ferry program “is gaining traction quickly,” Ana Lee said.\n\n"
      "No Child Left Behind was “very assertive and interventionist,” according to Piet Vos.\n\n"
      "The council had one word for the plan: “unworkable,” Mara Quill said.\n\n"
      "On the pier, “we are tired but happy,” Odile Brack said.\n");
  const Seen a = SeenWithCue(r, "said");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "The ferry program “is gaining traction quickly,”");
  const Seen b = SeenWithCue(r, "according to");
  REQUIRE(b.content.size() == 1);
  CHECK(b.content[0] == "No Child Left Behind was “very assertive and interventionist,”");
  // A colon right before the mark sets the quote apart.
  const Seen c = SeenWithCue(r, "said", 2);
  REQUIRE(c.content.size() == 1);
  CHECK(c.content[0] == "“unworkable,”");
  // A fronted phrase set off by a comma runs into the quote too
  // (contstart36: PolNeAR's tuning part keeps it 14 times to 2).
  const Seen d = SeenWithCue(r, "said", 3);
  REQUIRE(d.content.size() == 1);
  CHECK(d.content[0] == "On the pier, “we are tired but happy,”");
}
