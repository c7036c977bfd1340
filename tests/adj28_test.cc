// A trailing adjunct of the attribution event (twenty-second round, branch
// adj28): after an object noun phrase as content, a time phrase ("on
// Monday", "in 2012") or a manner phrase ("in an interview") that closes
// the sentence tells when or how the source spoke, not what; PolNeAR marks
// it outside the content. A clause as content keeps its own adjuncts.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;

using Seen = onrecord::testing::SeenAttribution;

TEST_CASE("a time phrase after an object content is no part of it", "[adj28]") {
  auto r = AuditText(
      "The harbor board announced the new ferry schedule on Tuesday night.\n\n"
      "Mara Quill announced a run for the council in 2012.\n");
  const Seen a = SeenWithCue(r, "announced");
  CHECK(a.source == "The harbor board");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "the new ferry schedule");
  const Seen b = SeenWithCue(r, "announced", 1);
  REQUIRE(b.content.size() == 1);
  CHECK(b.content[0] == "a run for the council");
}

TEST_CASE("a manner phrase after an object content is no part of it", "[adj28]") {
  auto r = AuditText("Tomas Brell touted the new ferry contract in an interview with the Kestrel Times.\n");
  const Seen a = SeenWithCue(r, "touted");
  CHECK(a.source == "Tomas Brell");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "the new ferry contract");
}

TEST_CASE("a clause content and an event noun keep their time phrases", "[adj28]") {
  auto r = AuditText(
      "The harbor board said the ferry would run on Tuesday night.\n\n"
      "Mara Quill mentioned the mayor's speech on Tuesday.\n");
  const Seen a = SeenWithCue(r, "said");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "the ferry would run on Tuesday night");
  const Seen b = SeenWithCue(r, "mentioned");
  REQUIRE(b.content.size() == 1);
  CHECK(b.content[0] == "the mayor's speech on Tuesday");
}
