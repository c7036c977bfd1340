// Where a cue ends (eighteenth round, branch cuetail24): time and manner
// words right after the cue verb that PolNeAR's cue spans take in.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;

using Seen = onrecord::testing::SeenAttribution;

TEST_CASE("a lone weekday that closes the sentence after the cue is part of the cue", "[cuetail24]") {
  auto r = AuditText("“The pier will open in spring,” Ana Lee said Tuesday.\n");
  const Seen a = SeenWithCue(r, "said Tuesday");
  CHECK(a.source == "Ana Lee");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "“The pier will open in spring,”");
}

TEST_CASE("a weekday before the content, or one after an opener, stays out of the cue", "[cuetail24]") {
  auto r = AuditText("Piet Vos said Tuesday that the ferry levy would rise.\n");
  const Seen a = SeenWithCue(r, "said");
  CHECK(a.source == "Piet Vos");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "that the ferry levy would rise");
  auto r2 = AuditText("“The levy stays,” Mara Quill said on Friday.\n");
  CHECK(SeenWithCue(r2, "said").source == "Mara Quill");
}

TEST_CASE("a manner adverb right after the cue is part of the cue", "[cuetail24]") {
  auto r = AuditText("Ana Lee has said repeatedly that the harbor board had failed.\n");
  const Seen a = SeenWithCue(r, "has said repeatedly");
  CHECK(a.source == "Ana Lee");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "that the harbor board had failed");
  auto r2 = AuditText("Piet Vos said flatly: “The pier is not sinking.”\n");
  const Seen b = SeenWithCue(r2, "said flatly:");
  CHECK(b.source == "Piet Vos");
}

TEST_CASE("an adverb that opens the content stays out of the cue", "[cuetail24]") {
  auto r = AuditText("Mara Quill said nearly half of the ferries were late.\n");
  const Seen a = SeenWithCue(r, "said");
  CHECK(a.source == "Mara Quill");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "nearly half of the ferries were late");
}
