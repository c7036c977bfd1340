// Content boundaries (thirty-fourth round, branch content40; issue #4): the
// writer's words that run into a quote before its source and cue are the
// start of the content also where the sentence goes on past the cue ("…,”
// Ana Lee said from her office") and where the quote is split around the
// cue ("…,” she says, “but …”"), as contstart36 made them for a quote
// followed by nothing but its attribution. Sentences of our own.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;

namespace {
using Parts = std::vector<std::string>;
}

TEST_CASE("content40: the writer's lead-in opens the content when words follow the cue",
          "[attribute][content40]") {
  auto adjunct = AuditText(
      "Harbour clubs\n\n"
      "The season ended on Sunday. The sailing clubs are “barely breaking even,” Ana Lee said from her office"
      " in Portland.\n");
  CHECK(SeenWithCue(adjunct, "said").content == Parts{"The sailing clubs are “barely breaking even,”"});
}

TEST_CASE("content40: the writer's lead-in opens the first part of a quote split around its cue",
          "[attribute][content40]") {
  auto next_sentence = AuditText(
      "Harbour clubs\n\n"
      "The season ended on Sunday. The sailing clubs are “barely breaking even,” Ana Lee said from her office"
      " in Portland. “We need the ferry money back by spring.”\n");
  CHECK(SeenWithCue(next_sentence, "said").content ==
        Parts{"The sailing clubs are “barely breaking even,”", "“We need the ferry money back by spring.”"});
  auto same_sentence = AuditText(
      "Harbour clubs\n\n"
      "The season ended on Sunday. Still, the sailing clubs are “barely breaking even,” she says,"
      " “but we need the ferry money back by spring.”\n");
  CHECK(SeenWithCue(same_sentence, "says").content ==
        Parts{"Still, the sailing clubs are “barely breaking even,”",
              "“but we need the ferry money back by spring.”"});
  // An addressee and a time after the cue; doubled apostrophes as quote marks.
  auto told = AuditText(
      "Harbour clubs\n\n"
      "The season ended on Sunday. The ''mood is worse than last year,'' Tom Beck told the Harbour Post after"
      " the vote, ''and we need the ferry money back by spring.''\n");
  CHECK(SeenWithCue(told, "told").content ==
        Parts{"The ''mood is worse than last year,''", "''and we need the ferry money back by spring.''"});
}

TEST_CASE("content40: a split quote that opens its sentence or is a title keeps its segments",
          "[attribute][content40]") {
  // Nothing of the writer's before the first part.
  auto opens = AuditText(
      "Harbour clubs\n\n"
      "The season ended on Sunday. “The clubs are barely breaking even,” Ana Lee said from her office in"
      " Portland. “We need the ferry money back by spring.”\n");
  CHECK(SeenWithCue(opens, "said").content ==
        Parts{"“The clubs are barely breaking even,”", "“We need the ferry money back by spring.”"});
  // A title in a fronted adjunct, after a preposition.
  auto adjunct_title = AuditText(
      "Harbour clubs\n\n"
      "The season ended on Sunday. In an interview with “Harbour Radio,” Ana Lee said the clubs were barely"
      " breaking even.\n");
  for (const std::string& part : SeenWithCue(adjunct_title, "said").content) {
    CHECK(part.find("In an interview") == std::string::npos);
  }
  // A title in the subject's apposition, the source read further on.
  auto apposition_title = AuditText(
      "Harbour clubs\n\n"
      "The season ended on Sunday. The singer Ana Lee, known for “Harbour Lights”, wrote on Monday that her"
      " friend “deserves all the rest in the world.”\n");
  for (const std::string& part : SeenWithCue(apposition_title, "wrote").content) {
    CHECK(part.find("The singer Ana Lee") == std::string::npos);
  }
}
