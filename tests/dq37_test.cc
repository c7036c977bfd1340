// Direct quotes (thirty-first round, branch dq37): crowds that chant a quote
// are its source, and a quote right after "titled" or "entitled" names a
// work, the content of that cue (PolNeAR marks both).
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::ContentOpeningWith;

// "The crowd chanted “…”": "crowd" heads a source description (list
// person-heads), as "supporters" already did.
TEST_CASE("dq37: a crowd that chants a quote is its source", "[dq37]") {
  auto r = AuditText("The mayor spoke for an hour at the pier. The crowd chanted “Keep the ferry running” at the end.\n");
  const auto* a = ContentOpeningWith(r, "“Keep the ferry running”");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "The crowd");
  REQUIRE(a->cue);
  CHECK(a->cue->text == "chanted");
}

TEST_CASE("dq37: marchers and spectators chanting two quotes are one source with one content", "[dq37]") {
  auto r = AuditText(
      "The parade was long and loud, with many marchers and spectators chanting “We are the harbor” and “Open the "
      "docks.” Later the rain came.\n");
  const auto* a = ContentOpeningWith(r, "“We are the harbor”");
  REQUIRE(a != nullptr);
  REQUIRE(a->content.size() == 1);
  CHECK(a->content[0].text == "“We are the harbor” and “Open the docks.”");
  REQUIRE(a->cue);
  CHECK(a->cue->text == "chanting");
}

// "a faux thriller titled ''…''": the quote is the content of an
// attribution with the cue "titled" and no source, counted nowhere.
TEST_CASE("dq37: a quote right after titled is the content of that cue", "[dq37]") {
  auto r = AuditText(
      "The shelves hold satires too, including a thriller titled “The Long Night of the Mayor,” which is set in a "
      "harbor town.\n");
  const auto* a = ContentOpeningWith(r, "“The Long Night of the Mayor,”");
  REQUIRE(a != nullptr);
  CHECK_FALSE(a->source);
  REQUIRE(a->cue);
  CHECK(a->cue->text == "titled");
  CHECK_FALSE(a->counted);
  CHECK(r.score.unattributed_quotes == 0);
}

TEST_CASE("dq37: entitled and is titled are cues of a title too", "[dq37]") {
  auto r = AuditText("The new ad, entitled “Our Harbor, Our Story,” shows five families at the docks.\n");
  const auto* a = ContentOpeningWith(r, "“Our Harbor, Our Story,”");
  REQUIRE(a != nullptr);
  REQUIRE(a->cue);
  CHECK(a->cue->text == "entitled");

  auto r2 = AuditText("Her second book is titled “Tides of the Old Pier.” It sold well in the town.\n");
  const auto* b = ContentOpeningWith(r2, "“Tides of the Old Pier.”");
  REQUIRE(b != nullptr);
  REQUIRE(b->cue);
  CHECK(b->cue->text == "is titled");
}

// Guard: a title inside what someone is reported to say stays in that
// content, with no attribution of its own.
TEST_CASE("dq37: a title inside another content gets no attribution of its own", "[dq37]") {
  auto r = AuditText("Ana Ruiz said the old book titled “The Long Night of the Mayor” was a warning to the town.\n");
  for (const auto& a : r.attributions) {
    if (a.cue) CHECK(a.cue->text != "titled");
  }
}

// "their chants of “…”", "calls of "…"": the noun and "of" are the cue, a
// possessive before the noun the source, the chant the content.
TEST_CASE("dq37: a quote after chants of is the content of that noun", "[dq37]") {
  auto r = AuditText(
      "The ferry crews gathered at the dock on Friday. But their chants of “Keep it! Keep it!” were cut short by "
      "the rain.\n");
  const auto* a = ContentOpeningWith(r, "“Keep it! Keep it!”");
  REQUIRE(a != nullptr);
  REQUIRE(a->cue);
  CHECK(a->cue->text == "chants of");
  REQUIRE(a->source);
  CHECK(a->source->text == "their");

  auto r2 = AuditText("And there were near-constant calls of “Save the pier” as the mayor walked by the harbor.\n");
  const auto* b = ContentOpeningWith(r2, "“Save the pier”");
  REQUIRE(b != nullptr);
  REQUIRE(b->cue);
  CHECK(b->cue->text == "calls of");
  CHECK_FALSE(b->counted);

  // A quote joined to it by "and" is one content with it.
  auto r3 = AuditText("There were loud calls of “Save the pier” and “Keep the ferry” as the mayor walked by.\n");
  const auto* c = ContentOpeningWith(r3, "“Save the pier”");
  REQUIRE(c != nullptr);
  REQUIRE(c->content.size() == 1);
  CHECK(c->content[0].text == "“Save the pier” and “Keep the ferry”");
}
