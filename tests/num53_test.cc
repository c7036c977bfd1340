// Numbers as sources (forty-fifth round, branch num53): a number word that
// stands alone as the subject of a cue ("Two said", "the two write",
// "“…,” three added", "All but two said") was read as a determiner before a
// noun, so the cue was dropped and the sentence gave no attribution at all.
// Such a count is now the source, and it stands for the members of a group
// the article has just cited, as "Two of them said" does.
#include <string>

#include <catch2/catch.hpp>

#include "source_span_util.h"
#include "test_util.h"

using onrecord::testing::AttributionWithCue;
using onrecord::testing::SourceOf;

namespace {

// The source-span tests' headline before every body (source_span_util.h).
onrecord::AuditResult Audit(const std::string& body) { return onrecord::testing::AuditAfterHeadline(body); }

}  // namespace

TEST_CASE("num53: a number word alone before a cue is its source", "[num53]") {
  {
    auto r = Audit("Two said the ferry levy would double by spring.\n");
    const auto a = AttributionWithCue(r, "said", true);
    CHECK(a.source == "Two");
    CHECK(a.content == "the ferry levy would double by spring");
  }
  CHECK(SourceOf("Seven told reporters the pier would close in March.\n", "told") == "Seven");
  CHECK(SourceOf("Ada Moss and Lev Tran sent the board a letter in May. \"The levy hurts the island,\" the two write.\n",
                 "write") == "the two");
  CHECK(SourceOf("\"The pier is unsafe,\" three added.\n", "added") == "three");
  CHECK(SourceOf("The council polled its members, and all but two said the levy was fair.\n", "said") ==
        "all but two");
}

TEST_CASE("num53: a count after a cited group is that group", "[num53]") {
  auto r = Audit(
      "Three harbor pilots said on Monday that the channel was too shallow for the new ferry. "
      "Two said the dredging had been put off for a decade.\n");
  const onrecord::Attribution* group = nullptr;
  const onrecord::Attribution* count = nullptr;
  for (const auto& a : r.attributions) {
    if (!a.source) continue;
    if (a.source->text == "Three harbor pilots") group = &a;
    if (a.source->text == "Two") count = &a;
  }
  REQUIRE(group != nullptr);
  REQUIRE(count != nullptr);
  CHECK(count->source_id == group->source_id);
  CHECK(count->level == group->level);
}

TEST_CASE("num53: guards, numbers that are no subject of the cue", "[num53]") {
  // A time phrase before the subject.
  CHECK(SourceOf("Two years later, the board said the levy had paid for the pier.\n", "said") == "the board");
  // A share of a budget inside the content.
  CHECK(SourceOf("In 2016, 61 percent of the budget went to the ferries, the mayor said.\n", "said") == "the mayor");
  // An age after a name.
  CHECK(SourceOf("\"We were never asked,\" Ines Varga, 58, told the council.\n", "told") == "Ines Varga, 58,");
  // A cue word in the present before a plural noun modifies it: no cue.
  {
    auto r = Audit("Two report cards for the harbor school arrived on Friday.\n");
    CHECK(AttributionWithCue(r, "report", true).source == "<no attribution>");
  }
  // "One" and "another" in a run of quotes keep their reading.
  {
    auto r = Audit("\"We will win,\" one said. \"We will lose,\" another said.\n");
    int seen = 0;
    for (const auto& a : r.attributions) {
      if (a.source && (a.source->text == "one" || a.source->text == "another")) ++seen;
    }
    CHECK(seen == 2);
  }
  // A plural noun after the number is the head, as before.
  CHECK(SourceOf("Two officials said the levy would double.\n", "said") == "Two officials");
}
