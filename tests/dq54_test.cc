// Direct quotes (forty-sixth round, branch dq54): a speaker's second quote in
// a paragraph, opening a sentence after the first quote and its tag, whose
// closing mark is missing at the paragraph's end while the next paragraph
// does not reopen it ("“…,” said Ana Ruiz. “The pier belongs to the town."
// then "She went on, “…”"). The quotes stage recovered a mark left open only
// when the next paragraph reopens it, after a colon, after a cue or at the
// article's end, so the second quote was no quote at all: its words were
// missing from the speaker's content and from the quotes.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AttributionLines;
using onrecord::testing::AuditText;
using onrecord::testing::QuoteTexts;
using onrecord::testing::SpeakerOf;
using Lines = std::vector<std::string>;

namespace {

bool HasQuote(const onrecord::AuditResult& r, const std::string& text) {
  for (const auto& q : QuoteTexts(r)) {
    if (q == text) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("dq54: a second quote left open at its paragraph's end is the speaker's", "[dq54]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "“We will not sell the pier,” said Ana Ruiz. “The pier belongs to the town and it will stay that way.\n\n"
      "She went on, “The council can vote again in May.”\n");
  CHECK(HasQuote(r, "The pier belongs to the town and it will stay that way."));
  CHECK(SpeakerOf(r, "The pier belongs to the town and it will stay that way.") == "Ana Ruiz");
  CHECK(AttributionLines("“We will not sell the pier,” Ana Ruiz said on Monday. “The crews know why we need the "
                         "levy.\n\nThe council meets again in May.") ==
        Lines{"Ana Ruiz | said | “We will not sell the pier,” || “The crews know why we need the levy."});
}

// A speech tag of the writer's inside the run: the closing mark was lost
// right before it, and the words are that tag's quote.
TEST_CASE("dq54: a lost closing mark before a later speech tag ends the second quote there", "[dq54]") {
  const std::string text =
      "“We will not sell the pier,” said Ana Ruiz. “The crews know why we need the levy, Tom Hale said.\n\nThe "
      "council meets again in May.";
  CHECK(AttributionLines(text) ==
        Lines{"Ana Ruiz | said | “We will not sell the pier,”", "Tom Hale | said | “The crews know why we need the levy,"});
  auto r = AuditText("Harbor council weighs a ferry levy.\n\n" + text + "\n");
  CHECK(SpeakerOf(r, "The crews know why we need the levy,") == "Tom Hale");
}

// Guards: a mark left open with no closed quote before it in the paragraph,
// one that opens inside a sentence (a scare quote whose closing mark was
// lost), one with a quote in marks inside its run, and a quote the next
// paragraph reopens read as before.
TEST_CASE("dq54: other marks left open at a paragraph's end are unchanged", "[dq54]") {
  auto r1 = AuditText(
      "Harbor council weighs a ferry levy.\n\nAna Ruiz spoke on Monday. “The crews know why we need the levy.\n\n"
      "The council meets again in May.\n");
  CHECK(QuoteTexts(r1).empty());
  CHECK(AttributionLines("“We will not sell the pier,” said Ana Ruiz, who called the offer “a bad joke.\n\nThe "
                         "council meets again in May.") ==
        Lines{"Ana Ruiz | said | “We will not sell the pier,”", "who | called | the offer “a bad joke"});
  auto r3 = AuditText(
      "Harbor council weighs a ferry levy.\n\n“We will not sell the pier,” said Ana Ruiz. “The “deal” is dead.\n\n"
      "The council meets again in May.\n");
  CHECK(!HasQuote(r3, "The “deal” is dead."));
  CHECK(AttributionLines("“We will not sell the pier,” said Ana Ruiz. “The pier belongs to the town.\n\n“The council "
                         "can vote again in May.”") ==
        Lines{"Ana Ruiz | said | “We will not sell the pier,” || “The pier belongs to the town. || “The council can "
              "vote again in May.”"});
}
