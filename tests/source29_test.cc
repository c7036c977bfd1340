// Source spans on PolNeAR (twenty-third round, branch source29): the agent
// of a passive cue when a short adjunct stands between the participle and
// "by" ("was supported Friday by X", "was first reported last week by X").
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SourceOfCue;

TEST_CASE("the agent after a time or place adjunct of a passive cue is the source", "[source29]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "The levy plan was first reported last week by the Harbor Gazette.\n\n"
      "The ferry timetable was supported Friday by Mayor Ana Lee.\n\n"
      "The fare rise was criticized in a letter by the dock workers union.\n");
  CHECK(SourceOfCue(r, "was first reported") == "the Harbor Gazette");
  CHECK(SourceOfCue(r, "was supported") == "Mayor Ana Lee");
  CHECK(SourceOfCue(r, "was criticized") == "the dock workers union");
}

TEST_CASE("no agent after a deadline, a means or a hedge", "[source29]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "The levy plan was announced to the crews by Friday.\n\n"
      "The ferry timetable was endorsed in the end by voting twice.\n\n"
      "The fares seem to be understated in the report by the harbor board.\n");
  CHECK(SourceOfCue(r, "was announced") == "<no source>");
  CHECK(SourceOfCue(r, "was endorsed") == "<no source>");
  for (const auto& a : r.attributions) {
    if (a.source) CHECK(a.source->text != "the harbor board");
  }
}

TEST_CASE("a source closing its sentence with Jr. or an abbreviation with inner periods keeps the period", "[source29]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "\"We will build the new dock this year,\" said Vice Mayor Tomas Ruiz Jr.\n\n"
      "\"The levy is fair,\" said a ferry official from the U.S.\n\n"
      "\"The dock can wait,\" said Dana Holt, 41, of Meridian, Ind.\n\n"
      "\"Fares must not rise,\" said Mara Quill.\n");
  CHECK(onrecord::testing::SourceOfCue(r, "said") != "<no attribution>");
  bool ruiz = false, official = false, holt = false, quill = false;
  for (const auto& a : r.attributions) {
    if (!a.source) continue;
    ruiz = ruiz || a.source->text == "Vice Mayor Tomas Ruiz Jr.";
    official = official || a.source->text == "a ferry official from the U.S.";
    holt = holt || a.source->text == "Dana Holt, 41, of Meridian, Ind";
    quill = quill || a.source->text == "Mara Quill";
  }
  CHECK(ruiz);
  CHECK(official);
  CHECK(holt);  // a state's abbreviation: gold is split, the period stays out
  CHECK(quill);
}
