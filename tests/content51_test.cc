// Content boundaries (forty-third round, branch content51).
//
// 1. A quote after a colon inside an indirect content ("argued that the town
//    had lost its way: “…,” she added") that carries a speaker tag of its
//    own, or runs on past the content's last word, is what that tag
//    reports: the content ends before the colon. A quote closed with no tag
//    after it stays in the content.
// 2. A short clause of two or three words before ", Lee told reporters on
//    Monday." is what was said; the phrase after the cue had been read as
//    the content because the rule for a clause before the tag wanted four
//    tokens. A fronted phrase of time or place, or a name, is no clause.
#include <catch2/catch.hpp>
#include <string>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AttributionBySourceAndCue;
using onrecord::testing::AuditText;
using onrecord::testing::ContentJoined;

TEST_CASE("content51: a quote with its own tag after a colon ends the content before the colon", "[content51]") {
  auto r = AuditText("Ruiz argued that the town had lost its way: \u201CThe town is gone,\u201D she added.\n");
  const auto* a = AttributionBySourceAndCue(r, "Ruiz", "argued");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) == "that the town had lost its way");
  // The quote stays the content of its own tag.
  const auto* b = AttributionBySourceAndCue(r, "she", "added");
  REQUIRE(b != nullptr);
  CHECK(ContentJoined(*b) == "\u201CThe town is gone,\u201D");
}

TEST_CASE("content51: a quote that runs past the content after a colon is left out", "[content51]") {
  auto r = AuditText(
      "The clerk said he was too busy to check the ledger: \u201CI have a lot on my desk. Good luck with the "
      "audit,\u201D he wrote.\n");
  const auto* a = AttributionBySourceAndCue(r, "The clerk", "said");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) == "he was too busy to check the ledger");
}

TEST_CASE("content51: a closed quote after a colon with no tag stays in the content", "[content51]") {
  auto r = AuditText("Lee said the port faced two choices: \u201CStay open or close for good.\u201D\n");
  const auto* a = AttributionBySourceAndCue(r, "Lee", "said");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) == "the port faced two choices: \u201CStay open or close for good.\u201D");
}

TEST_CASE("content51: a short clause before the tag is the content, not the phrase after the cue",
          "[content51]") {
  struct Case {
    const char* text;
    const char* source;
    const char* cue;
    const char* content;
  };
  const Case cases[] = {
      {"The fees rose, Lee told reporters on Monday.\n", "Lee", "told", "The fees rose"},
      {"Prices fell, the minister said at the time.\n", "the minister", "said", "Prices fell"},
      {"Ferries stopped, a port spokesman told The Harbor Gazette.\n", "a port spokesman", "told", "Ferries stopped"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto r = AuditText(c.text);
    const auto* a = AttributionBySourceAndCue(r, c.source, c.cue);
    REQUIRE(a != nullptr);
    CHECK(ContentJoined(*a) == c.content);
  }
}

TEST_CASE("content51: a short fronted phrase or a name before the tag is no content", "[content51]") {
  const char* texts[] = {
      "Last week, the mayor told reporters in Millbrook.\n",
      "Mayor Ruiz, Lee told reporters on Monday.\n",
      "Speaking Monday, the mayor told reporters in Millbrook.\n",
  };
  const char* fronted[] = {"Last week", "Mayor Ruiz", "Speaking Monday"};
  for (size_t i = 0; i < 3; ++i) {
    INFO(texts[i]);
    auto r = AuditText(texts[i]);
    for (const auto& a : r.attributions) {
      for (const auto& c : a.content) CHECK(c.text != fronted[i]);
    }
  }
}
