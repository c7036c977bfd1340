// Direct quotes the engine missed (twenty-second round, branch dqr28): a
// verb that is a cue only right after a quote and its subject ("“…?” Lee
// pressed.", "“…,” the memo states."), on PolNeAR's conventions.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;
using onrecord::testing::SeenWithSource;

using Seen = onrecord::testing::SeenAttribution;

TEST_CASE("pressed after a quote and its subject is the cue", "[dqr28]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "\xE2\x80\x9CWould riders pay two dollars more for a later boat?\xE2\x80\x9D Mara Quill pressed. "
      "\xE2\x80\x9COr would they stay home?\xE2\x80\x9D\n");
  const Seen a = SeenWithSource(r, "Mara Quill");
  CHECK(a.cue == "pressed");
  REQUIRE(a.content.size() == 2);
  CHECK(a.content[0].rfind("\xE2\x80\x9CWould riders pay", 0) == 0);
  CHECK(a.content[1] == "\xE2\x80\x9COr would they stay home?\xE2\x80\x9D");
}

TEST_CASE("states after a quote and its subject is the cue", "[dqr28]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "\"The levy will pay for two new boats and a later timetable,\" the council memo states in its summary. "
      "\"No fare will rise before spring.\"\n\n"
      "\xE2\x80\x9CWe cannot wait another winter,\xE2\x80\x9D a narrator in the campaign video states.\n");
  const Seen a = SeenWithCue(r, "states");
  CHECK(a.source == "the council memo");
  REQUIRE(a.content.size() == 2);
  CHECK(a.content[0].rfind("\"The levy will pay", 0) == 0);
  CHECK(a.content[1] == "\"No fare will rise before spring.\"");
  bool narrator = false;
  for (const auto& s : onrecord::testing::SeenAttributions(r)) {
    if (s.cue == "states" && s.source == "a narrator in the campaign video") {
      narrator = s.content.size() == 1 && s.content[0] == "\xE2\x80\x9CWe cannot wait another winter,\xE2\x80\x9D";
    }
  }
  CHECK(narrator);
}

TEST_CASE("states and pressed stay no cue away from a quote", "[dqr28]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Three states have passed a similar levy, and the council pressed ahead on Monday.\n\n"
      "The union of states pressed the button, \"for the record,\" officials in the capital state.\n\n"
      "\"We won the county,\" the Garden State, a swing state, backed Ana Lee.\n");
  for (const auto& cue : {"states", "pressed", "state", "State"}) {
    INFO(cue);
    CHECK(SeenWithCue(r, cue).source == "<no attribution>");
  }
}
