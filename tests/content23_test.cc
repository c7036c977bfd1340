// Where a content starts (seventeenth round, branch content23): the words
// between a cue and what it reports, on PolNeAR's conventions.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;

using Seen = onrecord::testing::SeenAttribution;

TEST_CASE("the person asked is left out of the content before the question word", "[content23]") {
  auto r = AuditText(
      "Ana Lee asked Piet Vos whether the ferry would run in winter.\n\n"
      "Mara Quill asked the harbor board how the levy would be spent.\n\n"
      "Odile Brack asked him about the delay at the pier.\n");
  const Seen a = SeenWithCue(r, "asked");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "whether the ferry would run in winter");
  const Seen b = SeenWithCue(r, "asked", 1);
  REQUIRE(b.content.size() == 1);
  CHECK(b.content[0] == "how the levy would be spent");
  const Seen c = SeenWithCue(r, "asked", 2);
  REQUIRE(c.content.size() == 1);
  CHECK(c.content[0] == "about the delay at the pier");
}

TEST_CASE("the person asked stays in the content before an infinitive or a question noun", "[content23]") {
  auto r = AuditText(
      "Ana Lee asked the council to vote on the levy in May.\n\n"
      "Piet Vos asked the mayor a question about the ferry fares.\n");
  const Seen a = SeenWithCue(r, "asked");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "the council to vote on the levy in May");
  const Seen b = SeenWithCue(r, "asked", 1);
  REQUIRE(b.content.size() == 1);
  CHECK(b.content[0] == "the mayor a question about the ferry fares");
}
