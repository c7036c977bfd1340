// Precision of cues (fifteenth round, branch prec16): words that look like
// cues but report nobody's words make no attribution. An idiom ("only time
// will tell", "a wake-up call"), "called" naming a thing after an indefinite
// noun ("a group called Black Votes Matter"), and "in" before polls at large
// in the plural ("leads in national polls"), where no one poll is named; a
// participle after "while" or a participle passive after a noun ("candidates
// backed by super PACs"); editor's notes and reporter credit lines ("Costa
// reported from Washington.").
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::HasCue;
using onrecord::testing::SeenAttributions;

namespace {


}  // namespace

TEST_CASE("only time will tell is an idiom and no attribution", "[prec16]") {
  auto r = AuditText("Only time will tell whether the new ferry schedule works for commuters.\n");
  CHECK_FALSE(HasCue(r, "will tell"));
  CHECK(r.attributions.empty());
}

TEST_CASE("a wake-up call is a noun and no cue", "[prec16]") {
  auto r = AuditText("The harbor flood served as a wake-up call for the council.\n");
  CHECK_FALSE(HasCue(r, "call for"));
  CHECK(r.attributions.empty());
}

TEST_CASE("called after an indefinite noun names a thing", "[prec16]") {
  auto r = AuditText("A new group called Ferry Riders United is raising money for a lawsuit.\n");
  CHECK_FALSE(HasCue(r, "called"));
  CHECK(r.attributions.empty());
  // A subject that calls something something still reports.
  auto s = AuditText("The mayor called the plan “a gift to the ferry company.”\n");
  CHECK(HasCue(s, "called"));
  // Only a capital after "called" names: these still report.
  CHECK(HasCue(AuditText("An official called the plan a disaster.\n"), "called"));
  CHECK(HasCue(AuditText("A coalition called for a new ferry terminal.\n"), "called for"));
}

TEST_CASE("in before polls at large in the plural is no poll attribution", "[prec16]") {
  auto r = AuditText("Ana Ruiz leads Tom Beck in national polls by three points.\n");
  CHECK_FALSE(HasCue(r, "in"));
  auto s = AuditText("Tom Beck is running third in most Kellin polls this spring.\n");
  CHECK_FALSE(HasCue(s, "in"));
  // Polls a determiner points at, and one poll, still attribute their figures.
  auto t = AuditText("Ana Ruiz leads Tom Beck by three points in the latest Courier polls.\n");
  CHECK(HasCue(t, "in"));
  auto u = AuditText("Ana Ruiz leads Tom Beck by three points in a Courier poll released Monday.\n");
  CHECK(HasCue(u, "in"));
}

TEST_CASE("a participle after while makes no source of the phrase before it", "[prec16]") {
  auto r = AuditText(
      "The Ferry Riders Association, which had more seats to defend, held onto most of its territory while adding "
      "two harbor districts.\n");
  for (const auto& a : SeenAttributions(r)) {
    CHECK(a.source.find("while") == std::string::npos);
  }
  CHECK_FALSE(HasCue(r, "adding"));
}

TEST_CASE("an editor note about the article is page furniture and no attribution", "[prec16]") {
  auto r = AuditText(
      "Ana Ruiz said the ferry would run again in May.\n\n"
      "Editor’s note: Tom Beck regularly insults ferry workers and is a serial liar and bully who has repeatedly "
      "pledged to ban all ferries from the harbor.\n");
  CHECK_FALSE(HasCue(r, "has repeatedly pledged"));
  CHECK(HasCue(r, "said"));
}

TEST_CASE("a noun before a participle passive with by is no source", "[prec16]") {
  auto r = AuditText("Harbor candidates backed by big-money ferry groups raised more than the mayor this spring.\n");
  for (const auto& a : SeenAttributions(r)) {
    CHECK(a.source != "Harbor candidates");
    CHECK(a.source != "candidates");
  }
  CHECK_FALSE(HasCue(r, "backed"));
  // A means after "by" keeps its cue (since eng51 one cue over the
  // participle, list cue-reply-verbs).
  auto s = AuditText("Ana Ruiz responded by saying the ferry would run again in May.\n");
  CHECK(HasCue(s, "responded by saying"));
}

TEST_CASE("a reporter credit line at the end is page furniture and no attribution", "[prec16]") {
  auto r = AuditText(
      "Ana Ruiz said the ferry would run again in May.\n\n"
      "Costa reported from Port Anselm.\n\n"
      "Jo Lee contributed reporting from Kellin. Tom Voss reported from Fairview, Del.\n");
  CHECK_FALSE(HasCue(r, "reported"));
  CHECK(HasCue(r, "said"));
  // A report from a place with what was reported stays.
  auto s = AuditText("Costa reported from Port Anselm that the pier had collapsed.\n");
  CHECK(HasCue(s, "reported"));
}
