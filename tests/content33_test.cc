// Contents of the twenty-seventh round (branch content33). A quote that a
// clause content already holds ("Pell said the plan was not to “build
// fast” but to “build well.”") is marked once: the quote after the first
// takes no attribution of its own with the same cue and no source, though
// it keeps its speaker.
#include <string>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::ContentsWritten;
using onrecord::testing::SeenAttributions;

namespace {

const onrecord::Quote* QuoteStarting(const onrecord::AuditResult& r, const std::string& text) {
  for (const auto& q : r.quotes) {
    if (q.text.compare(0, text.size(), text) == 0) return &q;
  }
  return nullptr;
}

const std::string kLead = "Mayor Dana Pell opened the new ferry terminal on Monday.\n\n";

}  // namespace

TEST_CASE("a quote inside a clause content takes no attribution of its own", "[content33]") {
  auto r = AuditText(kLead + "Pell said the plan was not to “build fast” but to “build the harbor well.”\n");
  CHECK(ContentsWritten(r, "the plan was not to “build fast” but to “build the harbor well.”") == 1);
  CHECK(ContentsWritten(r, "“build the harbor well.”") == 0);
  // The quote keeps its speaker.
  const onrecord::Quote* q = QuoteStarting(r, "build the harbor well");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Dana Pell");
}

TEST_CASE("a quote after a clause joined by because is held by the content", "[content33]") {
  auto r = AuditText(kLead + "Pell said the pier had “become a ruin” because “nobody paid for the repairs in ten years.”\n");
  CHECK(ContentsWritten(r, "the pier had “become a ruin” because “nobody paid for the repairs in ten years.”") == 1);
  CHECK(ContentsWritten(r, "“nobody paid for the repairs in ten years.”") == 0);
}

TEST_CASE("a quote that no content holds still takes its own attribution", "[content33]") {
  auto r = AuditText(kLead + "“We will keep the boats running all winter,” Pell said.\n");
  CHECK(ContentsWritten(r, "“We will keep the boats running all winter,”") == 1);
}

// The speaker here is found as the subject of the cue only (the source
// phrase holds a title in quotes), so the quote's attribution is made from
// the quote itself.
const std::string kReyes = "Tom Reyes, a host of the radio show \"Harbor Hour,\" who later ran for the council, ";

TEST_CASE("a quote that ends the clause after the cue takes the clause's first words", "[content33]") {
  auto r = AuditText(kLead + kReyes + "said his rival was \"never once on time for a council vote.\"\n");
  CHECK(ContentsWritten(r, "his rival was \"never once on time for a council vote.\"") == 1);
  CHECK(ContentsWritten(r, "\"never once on time for a council vote.\"") == 0);
}

TEST_CASE("a quote after a preposition or a comma keeps its own words only", "[content33]") {
  auto r = AuditText(kLead + kReyes + "chants of \"Ferries forever!\"\n\n" + kReyes +
                     "said in his \"last show of the season\" that he would leave.\n\n" + kReyes +
                     "said it twice, \"We will not stop.\"\n");
  CHECK(ContentsWritten(r, "\"Ferries forever!\"") == 1);
  CHECK(ContentsWritten(r, "\"last show of the season\"") == 1);
  CHECK(ContentsWritten(r, "\"We will not stop.\"") == 1);
}
