// Cue extents (eleventh round, branch cue12; issue #4): a preposition or
// particle that links a cue to its object belongs to the cue, and the
// content starts after it.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AttributionWithCue;
using onrecord::testing::AuditText;

TEST_CASE("a preposition linking the cue to its object content is in the cue", "[attribute][cue12]") {
  // PolNeAR guidelines, "Keep the verb group together": prepositions are
  // part of the verb group when they link the cue to the content.
  auto t = AttributionWithCue(AuditText("Councillor Mira Holt agreed with the harbour levy."), "agreed");
  CHECK(t.cue == "agreed with");
  CHECK(t.content == "the harbour levy");
  t = AttributionWithCue(AuditText("Councillor Mira Holt cautioned against raising the ferry fares again."),
                         "cautioned");
  CHECK(t.cue == "cautioned against");
  CHECK(t.content == "raising the ferry fares again");
  t = AttributionWithCue(AuditText("Councillor Ben Ashe weighed in on the ferry timetable."), "weighed");
  CHECK(t.cue == "weighed in on");
  CHECK(t.content == "the ferry timetable");
  // A particle: "called out".
  t = AttributionWithCue(AuditText("Councillor Ben Ashe called out the harbour board for its silence."), "called");
  CHECK(t.cue == "called out");
  CHECK(t.content == "the harbour board for its silence");
}

TEST_CASE("a preposition opening a time or manner phrase or an adjunct stays out of the cue", "[attribute][cue12]") {
  auto t = AttributionWithCue(AuditText("Councillor Mira Holt wrote on Twitter that the levy was unfair."), "wrote");
  CHECK(t.cue.rfind("wrote", 0) == 0);
  CHECK(t.content == "that the levy was unfair");
  t = AttributionWithCue(AuditText("Councillor Mira Holt said at the meeting that the levy was unfair."), "said");
  CHECK(t.cue == "said");
  // After a quote that opens the sentence, the phrase is an adjunct.
  t = AttributionWithCue(AuditText("\u201cWe need the pier,\u201d Councillor Ben Ashe joked with reporters at the quay."),
                         "joked");
  CHECK(t.cue == "joked");
  CHECK(t.source == "Councillor Ben Ashe");
}

TEST_CASE("a manner phrase with a listed noun is in the reported cue", "[attribute][cue12]") {
  // (With a time phrase before it: "said in a statement that" right after
  // the verb was in the reported cue before this rule.)
  auto t = AttributionWithCue(AuditText("The harbour authority said Friday in a statement that the east pier would reopen."),
                              "said");
  CHECK(t.cue == "said Friday in a statement");
  CHECK(t.content == "that the east pier would reopen");
  // Other manner phrases stay out of the reported cue.
  t = AttributionWithCue(AuditText("Councillor Mira Holt said in an interview that the levy was unfair."), "said");
  CHECK(t.cue == "said");
  CHECK(t.content == "that the levy was unfair");
}
