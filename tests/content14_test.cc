// Content edges (thirteenth round, branch content14; issue #4): where an
// indirect content ends at a dash, and the closing mark of its last word.
// Sentences of our own.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AttributionWithCue;
using onrecord::testing::AuditText;

TEST_CASE("an aside between two dashes is part of the content", "[attribute][content14]") {
  auto r = AuditText(
      "Harbour levy\n\n"
      "Mayor Ines Ruiz said the levy \xE2\x80\x94 a charge first set in 1990 \xE2\x80\x94 would rise in May.\n");
  CHECK(AttributionWithCue(r, "said").content ==
        "the levy \xE2\x80\x94 a charge first set in 1990 \xE2\x80\x94 would rise in May");
  auto plain = AuditText(
      "Ferry route\n\n"
      "Tom Beck said the ferry -- the slowest on the coast -- would keep its route.\n");
  CHECK(AttributionWithCue(plain, "said").content == "the ferry -- the slowest on the coast -- would keep its route");
}

TEST_CASE("an elaboration after a single dash is part of the content, a remark or gloss is not", "[attribute][content14]") {
  auto r = AuditText(
      "Ferry route\n\n"
      "Tom Beck said the ferry would stop at four towns \xE2\x80\x94 including Fairview and Kellin.\n");
  CHECK(AttributionWithCue(r, "said").content ==
        "the ferry would stop at four towns \xE2\x80\x94 including Fairview and Kellin");
  // Before the writer's remark (list dash-remark-openers) or a gloss opened
  // by a determiner, the content stops at the dash.
  auto but = AuditText(
      "Pier repairs\n\n"
      "Ana Lee said the pier was safe \xE2\x80\x94 but divers later found cracks in two pillars.\n");
  CHECK(AttributionWithCue(but, "said").content == "the pier was safe");
  auto gloss = AuditText(
      "Harbour fares\n\n"
      "Ana Lee said the fares would rise by ten percent \xE2\x80\x94 a figure the council disputes.\n");
  CHECK(AttributionWithCue(gloss, "said").content == "the fares would rise by ten percent");
}

TEST_CASE("a closing parenthesis, a percent sign or the period of an initialism ends the content with its word",
          "[attribute][content14]") {
  auto paren = AuditText(
      "Freight\n\n"
      "Ana Lee said the ferry now carried more freight than the tanker line (TLX).\n");
  CHECK(AttributionWithCue(paren, "said").content == "the ferry now carried more freight than the tanker line (TLX)");
  auto percent = AuditText(
      "Turnout\n\n"
      "Tom Beck said turnout in the harbour ward reached 39%.\n");
  CHECK(AttributionWithCue(percent, "said").content == "turnout in the harbour ward reached 39%");
  auto initialism = AuditText(
      "Cranes\n\n"
      "Ana Lee said the new crane was shipped from the U.S.\n");
  CHECK(AttributionWithCue(initialism, "said").content == "the new crane was shipped from the U.S.");
  // A period after a figure ends the sentence only.
  auto figure = AuditText(
      "Fares\n\n"
      "Tom Beck said the new fare was $27.16.\n");
  CHECK(AttributionWithCue(figure, "said").content == "the new fare was $27.16");
}
