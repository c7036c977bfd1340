// Direct quotes (forty-fifth round, branch dq53): a quote that is a word of
// the speaker's own noun phrase — a campaign's slogan on a badge, the title
// of a book the speaker wrote — ended the reading of the tag's source, so a
// quote before "Ana Ruiz, wearing a “Save the Ferry” badge, said" had no
// speaker at all, and "said Ana Ruiz, author of “Harbor Days,” a history
// of the port" gave the source "Ana Ruiz, author of". And the brief's open
// case: "Voters will tell the council “enough,” Mayor Ana Ruiz said." gave
// the quote to "Voters".
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AttributionLines;
using onrecord::testing::AuditText;
using onrecord::testing::SpeakerOf;
using Lines = std::vector<std::string>;

TEST_CASE("dq53: a quoted name inside the apposition before the cue keeps the tag's source", "[dq53]") {
  CHECK(AttributionLines("“We need the night ferry back,” Ana Ruiz, wearing a “Save the Ferry” badge, said on "
                         "Monday.") ==
        Lines{"Ana Ruiz, wearing a “Save the Ferry” badge, | said | “We need the night ferry back,”"});
  CHECK(AttributionLines("“The tolls must go,” a dock worker, carrying a sign and “No Tolls” stickers, said.") ==
        Lines{"a dock worker, carrying a sign and “No Tolls” stickers, | said | “The tolls must go,”"});
  auto r = AuditText("“We need the night ferry back,” Ana Ruiz, wearing a “Save the Ferry” badge, said on Monday.\n");
  CHECK(SpeakerOf(r, "We need the night ferry back,") == "Ana Ruiz");
}

TEST_CASE("dq53: a title after \"of\" in an inverted source's apposition is part of it", "[dq53]") {
  CHECK(AttributionLines("“The fee is unfair,” said Ana Ruiz, author of “Harbor Days,” a history of the port.") ==
        Lines{"Ana Ruiz, author of “Harbor Days,” a history of the port | said | “The fee is unfair,”"});
  // (A relative clause after the title stays out of the source, as after
  // any apposition of an inverted source.)
  CHECK(AttributionLines("“The fee is unfair,” said Tom Hale, the author of “Tides and Tolls,” who studies the "
                         "harbor budget.") == Lines{"Tom Hale, the author of “Tides and Tolls,” | said | “The fee is unfair,”"});
}

// Guards: no quote in the apposition, a quote of someone's words in it, and
// a quote closing the sentence after the source read as before.
TEST_CASE("dq53: appositions with no title and speech inside them are unchanged", "[dq53]") {
  CHECK(AttributionLines("“We need the night ferry back,” Ana Ruiz, wearing a green badge, said on Monday.") ==
        Lines{"Ana Ruiz | said | “We need the night ferry back,”"});
  CHECK(AttributionLines("“The fee is unfair,” said Ana Ruiz, who called it “a scandal.”") ==
        Lines{"Ana Ruiz | said | “The fee is unfair,”", "who | called | it “a scandal.”"});
  CHECK(AttributionLines("“The fee is unfair,” said Ana Ruiz, a planner with the port.") ==
        Lines{"Ana Ruiz, a planner with the port | said | “The fee is unfair,”"});
}

// The brief's open case from eng51: a group in general ("Voters", no
// determiner) with a modal speech cue inside the clause of a named person's
// final tag is that person's prediction; the quoted words are the person's.
TEST_CASE("dq53: a bare plural's modal speech before a named tag gives the quote to the tag", "[dq53]") {
  auto r = AuditText("Voters will tell the council \xE2\x80\x9C" "enough,\xE2\x80\x9D Mayor Ana Ruiz said.\n");
  CHECK(SpeakerOf(r, "enough,") == "Ana Ruiz");
  CHECK(onrecord::testing::SourceNamed(r, "Voters") == nullptr);
  auto r3 = AuditText("Voters will say \xE2\x80\x9Cno\xE2\x80\x9D to the levy, Ruiz said.\n");
  CHECK(SpeakerOf(r3, "no") == "Ruiz");
}

// Guards: a named subject keeps its modal speech (fu51b), and with no tag
// after the quote the group keeps it.
TEST_CASE("dq53: named modal speech and untagged modal speech keep their speakers", "[dq53]") {
  CHECK(SpeakerOf(AuditText("Ruiz can say \xE2\x80\x9Cno,\xE2\x80\x9D Lee said.\n"), "no,") == "Ruiz");
  CHECK(SpeakerOf(AuditText("Ruiz would often say \xE2\x80\x9Cnever give up,\xE2\x80\x9D her daughter recalled.\n"),
                  "never give up,") == "Ruiz");
  CHECK(SpeakerOf(AuditText("Voters will tell the council \xE2\x80\x9C" "enough\xE2\x80\x9D on Monday.\n"), "enough") ==
        "Voters");
}
