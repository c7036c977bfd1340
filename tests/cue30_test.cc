// Cues the engine never found (twenty-fourth round, branch cue30): verbs
// and phrases PolNeAR marks as cues at least about half the time in the
// tune text, in the frames where it does, and nowhere else. One test case
// per group; each fails with the lists of the branch point.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;
using onrecord::testing::SeenWithSource;

TEST_CASE("thanking and reminding are cues with the object as content", "[cue30]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Ana Ruiz thanked the ferry crews for their work on Monday. "
      "Mara Quill reminded voters that the levy ends in May. "
      "The mayor is thanking volunteers this week.\n");
  auto ruiz = SeenWithSource(r, "Ana Ruiz");
  CHECK(ruiz.cue == "thanked");
  REQUIRE(ruiz.content.size() == 1);
  CHECK(ruiz.content[0] == "the ferry crews for their work on Monday");
  auto quill = SeenWithSource(r, "Mara Quill");
  CHECK(quill.cue == "reminded");
  REQUIRE(quill.content.size() == 1);
  CHECK(quill.content[0] == "that the levy ends in May");
  CHECK(SeenWithCue(r, "is thanking").source == "The mayor");
}

TEST_CASE("portraying and assailing are loaded cues with the object as content", "[cue30]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Ana Ruiz portrayed the levy as a tax on islanders. "
      "Mara Quill assailed the council for the delay. "
      "Lee Park blasts the plan in a new video.\n");
  auto ruiz = SeenWithSource(r, "Ana Ruiz");
  CHECK(ruiz.cue == "portrayed");
  REQUIRE(ruiz.content.size() == 1);
  CHECK(ruiz.content[0] == "the levy as a tax on islanders");
  auto quill = SeenWithSource(r, "Mara Quill");
  CHECK(quill.cue == "assailed");
  REQUIRE(quill.content.size() == 1);
  CHECK(quill.content[0] == "the council for the delay");
  CHECK(SeenWithCue(r, "blasts").source == "Lee Park");
}

TEST_CASE("phrasal verbs of taking a position are cues", "[cue30]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Ana Ruiz distanced herself from the levy on Monday. "
      "Mara Quill played down the cost of the boats. "
      "Lee Park singled out the harbor master for the delay.\n");
  auto ruiz = SeenWithSource(r, "Ana Ruiz");
  CHECK(ruiz.cue == "distanced herself from");
  REQUIRE(ruiz.content.size() == 1);
  CHECK(ruiz.content[0] == "the levy");
  CHECK(SeenWithSource(r, "Mara Quill").cue == "played down");
  CHECK(SeenWithSource(r, "Lee Park").cue == "singled out");
}

TEST_CASE("is eager and are hopeful are cues before what the subject wants", "[cue30]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "The harbor council is eager to settle the levy before winter. "
      "Mara Quill and Lee Park are hopeful that the boats arrive in May.\n");
  auto council = SeenWithCue(r, "is eager");
  CHECK(council.source == "The harbor council");
  REQUIRE(council.content.size() == 1);
  CHECK(council.content[0] == "to settle the levy before winter");
  auto pair = SeenWithCue(r, "are hopeful");
  CHECK(pair.source == "Mara Quill and Lee Park");
  REQUIRE(pair.content.size() == 1);
  CHECK(pair.content[0] == "that the boats arrive in May");
}

TEST_CASE("likening, crediting and envisioning are cues with the object as content", "[cue30]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Ana Ruiz likened the levy to a toll on the sea. "
      "Mara Quill credited the crews for the quick repairs. "
      "Lee Park envisions a ferry every hour by 2030.\n");
  auto ruiz = SeenWithSource(r, "Ana Ruiz");
  CHECK(ruiz.cue == "likened");
  REQUIRE(ruiz.content.size() == 1);
  CHECK(ruiz.content[0] == "the levy to a toll on the sea");
  CHECK(SeenWithSource(r, "Mara Quill").cue == "credited");
  auto park = SeenWithSource(r, "Lee Park");
  CHECK(park.cue == "envisions");
  REQUIRE(park.content.size() == 1);
  CHECK(park.content[0] == "a ferry every hour by 2030");
}

TEST_CASE("learned is a cue before what came to be known", "[cue30]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Mara Quill learned that the old ferry had been sold in March.\n");
  auto quill = SeenWithSource(r, "Mara Quill");
  CHECK(quill.cue == "learned");
  REQUIRE(quill.content.size() == 1);
  CHECK(quill.content[0] == "that the old ferry had been sold in March");
}

TEST_CASE("encouraging and knocking someone are cues", "[cue30]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Ana Ruiz encouraged islanders to vote against the levy. "
      "Mara Quill knocked the council for the delay.\n");
  CHECK(SeenWithSource(r, "Ana Ruiz").cue == "encouraged");
  auto quill = SeenWithSource(r, "Mara Quill");
  CHECK(quill.cue == "knocked");
  REQUIRE(quill.content.size() == 1);
  CHECK(quill.content[0] == "the council for the delay");
}

TEST_CASE("ruling and nominating are cues of an official judgment", "[cue30]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "The harbor court ruled that the levy was lawful. "
      "The council nominated Ana Ruiz for the port board.\n");
  auto court = SeenWithCue(r, "ruled");
  CHECK(court.source == "The harbor court");
  REQUIRE(court.content.size() == 1);
  CHECK(court.content[0] == "that the levy was lawful");
  CHECK(SeenWithCue(r, "nominated").source == "The council");
}

TEST_CASE("voting for or against is a cue with what was voted on as content", "[cue30]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Mara Quill voted against the levy on Tuesday.\n");
  auto quill = SeenWithSource(r, "Mara Quill");
  CHECK(quill.cue == "voted against");
  REQUIRE(quill.content.size() == 1);
  CHECK(quill.content[0] == "the levy");
}

TEST_CASE("a vote in a relative clause is no cue", "[cue30]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Lee Park, one of the two members who voted against the levy, said the fares were too high.\n");
  CHECK(SeenWithCue(r, "voted against").source == "<no attribution>");
  CHECK(r.anonymous_sources.empty());
  CHECK(SeenWithCue(r, "said").source.rfind("Lee Park", 0) == 0);
}

TEST_CASE("focused on is a cue with the topic as content", "[cue30]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "In her speech, Mara Quill focused on the cost of the new boats.\n");
  auto quill = SeenWithSource(r, "Mara Quill");
  CHECK(quill.cue == "focused on");
  REQUIRE(quill.content.size() == 1);
  CHECK(quill.content[0] == "the cost of the new boats");
}

TEST_CASE("embracing a plan and offering a defense are cues", "[cue30]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Ana Ruiz is embracing the plan for a night ferry. "
      "Mara Quill spoke on Monday, offering a defense of the levy.\n");
  auto ruiz = SeenWithSource(r, "Ana Ruiz");
  CHECK(ruiz.cue == "is embracing");
  REQUIRE(ruiz.content.size() == 1);
  CHECK(ruiz.content[0] == "the plan for a night ferry");
  auto quill = SeenWithCue(r, "offering");
  CHECK(quill.source == "Mara Quill");
  REQUIRE(quill.content.size() == 1);
  CHECK(quill.content[0] == "a defense of the levy");
}

TEST_CASE("identified is a cue with the object as content", "[cue30]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "The harbor inspector identified the old pier as unsafe.\n");
  auto inspector = SeenWithCue(r, "identified");
  CHECK(inspector.source == "The harbor inspector");
  REQUIRE(inspector.content.size() == 1);
  CHECK(inspector.content[0] == "the old pier as unsafe");
}

TEST_CASE("pushed for is a cue with what was asked for as content", "[cue30]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Mara Quill pushed for a night ferry to the outer islands.\n");
  auto quill = SeenWithSource(r, "Mara Quill");
  CHECK(quill.cue == "pushed for");
  REQUIRE(quill.content.size() == 1);
  CHECK(quill.content[0] == "a night ferry to the outer islands");
}
