// Long subjects before "said" (issue #4, twelfth round): a participle
// phrase after the head noun whose participle the cue lists had taken for a
// cue of its own ("A pastor supporting the mayor said"), a place adverb
// after the head ("Her colleagues here said") and a stray comma after the
// parenthesis that follows a name ("Sen. Ada Moreno (D-Ore.), said"). The
// sentences are ours; the kinds were found in the PolNeAR tuning part's
// missed "said" cues.
#include <string>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AttributionWithCue;
using onrecord::testing::AuditText;
using onrecord::testing::HasCue;

namespace {


}  // namespace

TEST_CASE("a present participle phrase after the head is part of the subject of said", "[subj13]") {
  auto r = AuditText("A pastor supporting the mayor said he had knocked on 200 doors.\n");
  const auto said = AttributionWithCue(r, "said", /*exact=*/true);
  CHECK(said.source == "A pastor supporting the mayor");
  CHECK(said.content == "he had knocked on 200 doors");
  CHECK_FALSE(HasCue(r, "supporting"));
  // A participle between commas and a participle cue after a comma stay as
  // they were.
  auto apart = AuditText(
      "Ann Lee, supporting the mayor, said she had knocked on 200 doors.\n\n"
      "The mayor rejected the plan, saying it cost too much.\n");
  CHECK(AttributionWithCue(apart, "said", /*exact=*/true).source == "Ann Lee");
  const auto saying = AttributionWithCue(apart, "saying", /*exact=*/true);
  CHECK(saying.source == "The mayor");
  CHECK(saying.content == "it cost too much");
}

TEST_CASE("a plural subject with a participle phrase keeps its finite cue", "[subj13]") {
  auto r = AuditText("Three pastors supporting the mayor said they had knocked on 200 doors.\n");
  const auto said = AttributionWithCue(r, "said", /*exact=*/true);
  CHECK(said.source == "Three pastors supporting the mayor");
  CHECK(said.content == "they had knocked on 200 doors");
}

TEST_CASE("a past participle phrase after a statement is part of its subject", "[subj13]") {
  auto r = AuditText("A statement posted on the city website said the pool would close early.\n");
  const auto said = AttributionWithCue(r, "said", /*exact=*/true);
  CHECK(said.source == "A statement posted on the city website");
  CHECK(said.content == "the pool would close early");
  CHECK_FALSE(HasCue(r, "posted on"));
}

TEST_CASE("a place adverb after the head belongs to neither source nor cue", "[subj13]") {
  auto r = AuditText("Her union colleagues here said they would strike on Monday.\n");
  const auto said = AttributionWithCue(r, "said", /*exact=*/true);
  CHECK(said.source == "Her union colleagues");
  CHECK(said.content == "they would strike on Monday");
}

TEST_CASE("a stray comma after the parenthesis of a name still gives the name", "[subj13]") {
  auto r = AuditText("Sen. Ada Moreno (D-Ore.), said on Monday that she had not read the bill.\n");
  const auto said = AttributionWithCue(r, "said", /*exact=*/true);
  CHECK(said.source == "Sen. Ada Moreno (D-Ore.),");
  CHECK(said.content == "that she had not read the bill");
}
