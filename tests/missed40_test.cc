// Attributions never found (thirty-fourth round, branch missed40): a clause,
// then a comma, a source and a cue of speech followed only by where, when or
// to whom it was said ("…, Tom Hale said at the time.", "…, a spokesman told
// The Harbor Gazette.") reports the clause before; the phrase after the cue
// had been read as the content, so the clause was no attribution's content.
// A "that" or a clause after the cue, a comma after the phrase, or too short
// a clause before keep the reading after the cue.
#include <catch2/catch.hpp>
#include <string>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::ContentJoined;

namespace {

// The attribution whose cue is `cue` and whose source is `source`, or nullptr.
const onrecord::Attribution* BySourceCue(const onrecord::AuditResult& r, const std::string& source,
                                         const std::string& cue) {
  for (const auto& a : r.attributions) {
    if (a.cue && a.cue->text == cue && a.source && a.source->text == source) return &a;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("missed40: a time phrase after the cue is no content", "[missed40]") {
  auto r = AuditText("The harbor plan was dead for the year, Tom Hale said at the time.\n");
  const auto* a = BySourceCue(r, "Tom Hale", "said");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) == "The harbor plan was dead for the year");
}

TEST_CASE("missed40: a place phrase after the cue is no content", "[missed40]") {
  auto r = AuditText("The mill will keep its night shift through the winter, the owner said in Millbrook.\n");
  const auto* a = BySourceCue(r, "the owner", "said");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) == "The mill will keep its night shift through the winter");
}

TEST_CASE("missed40: a named addressee that ends the sentence is no content", "[missed40]") {
  auto r = AuditText("The ferry will keep running until March, a port spokesman told The Harbor Gazette.\n");
  const auto* a = BySourceCue(r, "a port spokesman", "told");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) == "The ferry will keep running until March");
}

TEST_CASE("missed40: an addressee and a day after the cue are no content", "[missed40]") {
  auto r = AuditText("The union will sit out the vote this year, its director told a council panel Wednesday.\n");
  const auto* a = BySourceCue(r, "its director", "told");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) == "The union will sit out the vote this year");
}

TEST_CASE("missed40: a named addressee and a time phrase after the cue are no content", "[missed40]") {
  auto r = AuditText("The depot will close in May, the manager told Harbor Radio earlier this week.\n");
  const auto* a = BySourceCue(r, "the manager", "told");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) == "The depot will close in May");
}

TEST_CASE("missed40: a dash and the writer's comment after the phrase are no content", "[missed40]") {
  auto r = AuditText(
      "The ferry deficit will double this year, the harbor board reported on Tuesday -- a "
      "development that puts the new terminal in doubt.\n");
  const auto* a = BySourceCue(r, "the harbor board", "reported");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) == "The ferry deficit will double this year");
}

// Guards (pass before and after): what follows the cue is a content of its
// own, the phrase goes on past a comma, or nothing but a short phrase stands
// before the source.
TEST_CASE("missed40: a that-clause after the adjunct stays the content", "[missed40]") {
  auto r = AuditText("After a long night of talks, Tom Hale said in a statement that the plan was dead.\n");
  const auto* a = BySourceCue(r, "Tom Hale", "said in a statement");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) == "that the plan was dead");
}

TEST_CASE("missed40: an addressee before a clause stays out of the content", "[missed40]") {
  auto r = AuditText("The board met until midnight, and the mayor told reporters the plan was dead.\n");
  const auto* a = BySourceCue(r, "the mayor", "told");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) == "the plan was dead");
}

TEST_CASE("missed40: a short opening phrase is no content", "[missed40]") {
  auto r = AuditText("On Friday, Tom Hale said in Millbrook.\n");
  for (const auto& a : r.attributions) {
    for (const auto& c : a.content) CHECK(c.text != "On Friday");
  }
}

TEST_CASE("missed40: a bare object that ends the sentence stays the content", "[missed40]") {
  auto r = AuditText("On the last night of the fair in Millbrook, the mayor told a joke.\n");
  const auto* a = BySourceCue(r, "the mayor", "told");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) == "a joke");
}
