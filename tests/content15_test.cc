// Content edges (fourteenth round, branch content15; issue #4): a relative
// pronoun right before a source and its cue stands in the reported words
// and is the content's first fragment. Sentences of our own.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;

namespace {
using Parts = std::vector<std::string>;
}

TEST_CASE("a relative pronoun before a source is the first fragment of the quote after the cue", "[attribute][content15]") {
  auto r = AuditText(
      "Harbour levy\n\n"
      "The council approved a levy on cargo, which Mayor Ines Ruiz called \xE2\x80\x9C"
      "a tax on every ferry.\xE2\x80\x9D\n");
  CHECK(SeenWithCue(r, "called").content == Parts{"which", "\xE2\x80\x9C" "a tax on every ferry.\xE2\x80\x9D"});
}

TEST_CASE("what and whom before a source are the first fragment of the content, whom not after a preposition",
          "[attribute][content15]") {
  auto what = AuditText(
      "Harbour wages\n\n"
      "The budget also includes what Ana Lee said was a fair wage for dockworkers.\n");
  CHECK(SeenWithCue(what, "said").content == Parts{"what", "was a fair wage for dockworkers"});
  auto whom = AuditText(
      "Harbour pilots\n\n"
      "Ana Lee runs the harbour. The port hired a pilot whom she described as the best on the coast.\n");
  CHECK(SeenWithCue(whom, "described").content == Parts{"whom", "as the best on the coast"});
  // "what" holds its own antecedent: after a preposition it is the first
  // fragment too (contstart36: PolNeAR's tuning part, 10 times of 11).
  auto about = AuditText(
      "Harbour wages\n\n"
      "The union welcomed the news about what Ana Lee called \xE2\x80\x9C"
      "a fair wage.\xE2\x80\x9D\n");
  CHECK(SeenWithCue(about, "called").content == Parts{"what", "\xE2\x80\x9C" "a fair wage.\xE2\x80\x9D"});
}

TEST_CASE("that before a source is the first fragment when the words after the cue open with a verb",
          "[attribute][content15]") {
  auto be = AuditText(
      "Fishing rules\n\n"
      "The council passed a rule that Tom Beck said was unfair to fishermen.\n");
  CHECK(SeenWithCue(be, "said").content == Parts{"that", "was unfair to fishermen"});
  auto past = AuditText(
      "Ferry fares\n\n"
      "The board kept a plan that Ana Lee said lowered fares for students.\n");
  CHECK(SeenWithCue(past, "said").content == Parts{"that", "lowered fares for students"});
  // With a subject of its own the clause is the content alone.
  auto object = AuditText(
      "Fishing rules\n\n"
      "The council passed a rule that Tom Beck said the fishermen disliked.\n");
  CHECK(SeenWithCue(object, "said").content == Parts{"the fishermen disliked"});
}
