// Speakers and coreference found by a fresh user (coref34, issue #4): an
// unnamed person who speaks ("the sheriff", "the official", "a
// spokeswoman") is what a following "he" or "she" refers to, its gender
// read from its description; an office with "deputy" or "assistant", or
// one the person only serves ("an aide to the mayor"), is not that office;
// "Sanders’ aides" names whose aides they are (T2); unnamed "reports" are
// a vague source (T1), and "Reports say" has one attribution.
#include <catch2/catch.hpp>
#include <string>

#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;
using testing::SeenWithSource;
using testing::SpeakerOf;

TEST_CASE("coref34 a pronoun after an unnamed office-holder is that office-holder", "[coref34]") {
  const auto r = AuditText("The sheriff said the bridge was closed. “We will reopen it Monday,” he said.\n");
  CHECK(SpeakerOf(r, "We will reopen") == "The sheriff");
  const auto he = SeenWithSource(r, "he");
  CHECK(he.who == "The sheriff");
  CHECK(he.level == 2);
  // Nearer than a person named before it.
  const auto r2 = AuditText(
      "Tom Hale, a farmer, said the road was wet. The sheriff said the bridge was closed. “We will reopen it "
      "Monday,” she said.\n");
  CHECK(SpeakerOf(r2, "We will reopen") == "The sheriff");
}

TEST_CASE("coref34 a pronoun after the official is the official", "[coref34]") {
  const auto r = AuditText("The official said the bridge was closed. “We will reopen it Monday,” he said.\n");
  CHECK(SpeakerOf(r, "We will reopen") == "The official");
}

TEST_CASE("coref34 a gendered description does not agree with the other pronoun", "[coref34]") {
  // "a spokeswoman" is no "he": nobody else, so the quote stays unattributed.
  const auto r = AuditText("A spokeswoman said the bridge was closed. “We will reopen it Monday,” he said.\n");
  CHECK(SpeakerOf(r, "We will reopen").empty());
  // But "her spokesman" is a man: the possessive is someone else's.
  const auto r2 = AuditText(
      "Mayor Ann Cole left early. Her spokesman said the bridge was closed. “We will reopen it Monday,” he said.\n");
  CHECK(SpeakerOf(r2, "We will reopen") == "Her spokesman");
}

TEST_CASE("coref34 a definite noun of another head is not the unnamed person before it", "[coref34]") {
  const auto r = AuditText(
      "The governor ordered a quarantine. The sheriff said it was legal. The nurse later sued, claiming the "
      "quarantine was unlawful.\n");
  CHECK(SeenWithSource(r, "The nurse").who == "The nurse");
}

TEST_CASE("coref34 a deputy or an aide does not hold the office", "[coref34]") {
  struct Case {
    const char* text;
    const char* office;
  };
  for (const Case& c : {
           Case{"Tom Hale, the deputy sheriff, said the road was flooded.\n\nThe sheriff said the bridge would stay "
                "closed.\n",
                "The sheriff"},
           Case{"Deputy Sheriff Tom Hale said the road was flooded.\n\nThe sheriff said the bridge would stay "
                "closed.\n",
                "The sheriff"},
           Case{"Tom Hale, the deputy police chief, said the road was flooded.\n\nThe police chief said the bridge "
                "would stay closed.\n",
                "The police chief"},
           Case{"Tom Hale, the assistant coach, said the team was tired.\n\nThe head coach said the team would "
                "rest.\n",
                "The head coach"},
           Case{"Tom Hale, an aide to the mayor, said the road was flooded.\n\nThe mayor said the bridge would stay "
                "closed.\n",
                "The mayor"},
       }) {
    INFO(c.text);
    const auto seen = SeenWithSource(AuditText(c.text), c.office);
    CHECK(seen.who == c.office);
    CHECK(seen.level == 2);
  }
  // Guard: the office itself in apposition still makes him the holder.
  CHECK(SeenWithSource(AuditText("Tom Hale, the county sheriff, said the road was flooded.\n\nThe sheriff said the "
                                 "bridge would stay closed.\n"),
                       "The sheriff")
            .who == "Tom Hale");
}

TEST_CASE("coref34 a possessive with a bare apostrophe names a side", "[coref34]") {
  for (const char* text : {"Sanders’ aides said the campaign would go on.\n",
                           "Sanders' aides said the campaign would go on.\n",
                           "The rally ended late. Hastings’ top advisers said the campaign would go on.\n"}) {
    INFO(text);
    const auto r = AuditText(text);
    REQUIRE_FALSE(r.attributions.empty());
    CHECK(r.attributions[0].level == 2);
  }
}

TEST_CASE("coref34 unnamed reports are a vague source", "[coref34]") {
  const auto r = AuditText("According to reports, the mayor will resign.\n");
  const auto seen = SeenWithSource(r, "reports");
  CHECK(seen.level == 1);
  CHECK(seen.kind == SourceKind::kAnonymous);
  // "Reports say": one attribution, the plural noun its source.
  const auto r2 = AuditText("Reports say the mayor will resign.\n");
  REQUIRE(r2.attributions.size() == 1);
  CHECK(SeenWithSource(r2, "Reports").cue == "say");
  CHECK(SeenWithSource(r2, "Reports").level == 1);
  const auto r3 = AuditText("Media reports said the mayor will resign.\n");
  REQUIRE(r3.attributions.size() == 1);
  CHECK(SeenWithSource(r3, "Media reports").level == 1);
  // Guards: reports a reader can find stay documents (T4).
  CHECK(SeenWithSource(AuditText("According to a report in The Courier, the mayor will resign.\n"),
                       "a report in The Courier")
            .level == 4);
  CHECK(SeenWithSource(AuditText("The city filed its budget. The reports show the mayor will resign.\n"),
                       "The reports")
            .level == 4);
}

}  // namespace
}  // namespace onrecord
