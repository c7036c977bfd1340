// A quote inside the source's noun phrase (thirty-fourth round, branch
// fixg40; issue #4, a regression from content40): a capitalized quote
// between a determiner and the rest of its noun phrase ("Members of the
// “Yes to Trams” campaign said …") names a campaign, a show or a work; it
// is neither the content nor the content's start. Sentences of our own.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::QuoteKind;
using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;

namespace {
using Parts = std::vector<std::string>;

QuoteKind KindOf(const onrecord::AuditResult& r, const std::string& text) {
  for (const auto& q : r.quotes) {
    if (q.text == text) return q.kind;
  }
  return QuoteKind::kDirect;
}
}  // namespace

TEST_CASE("fixg40: a quoted name inside the source's noun phrase is not the content", "[attribute][fixg40]") {
  auto campaign = AuditText(
      "Tram vote\n\n"
      "The count ended on Sunday. Members of the “Yes to Trams” campaign said the vote was rigged.\n");
  CHECK(SeenWithCue(campaign, "said").content == Parts{"the vote was rigged"});
  CHECK(SeenWithCue(campaign, "said").source == "Members of the “Yes to Trams” campaign");
  CHECK(KindOf(campaign, "Yes to Trams") == QuoteKind::kTitle);
  auto crowd = AuditText(
      "Harbour plan\n\n"
      "The council met on Monday. Some in the “Save Our Harbour” crowd say the plan costs too much.\n");
  CHECK(SeenWithCue(crowd, "say").content == Parts{"the plan costs too much"});
  CHECK(SeenWithCue(crowd, "say").source == "Some in the “Save Our Harbour” crowd");
  auto star = AuditText(
      "A television star\n\n"
      "The show ended in May. After the vote, the “Dragons’ Den” star said the panel had been unfair.\n");
  CHECK(SeenWithCue(star, "said").content == Parts{"the panel had been unfair"});
  CHECK(SeenWithCue(star, "said").source == "the “Dragons’ Den” star");
  CHECK(KindOf(star, "Dragons’ Den") == QuoteKind::kTitle);
}

TEST_CASE("fixg40: a quote after a determiner that a function word follows stays a quote",
          "[attribute][fixg40]") {
  // A preposition after the closing mark ends the noun phrase there: the
  // quote is the speaker's partial quote, as before.
  auto de = AuditText(
      "Ratssitzung\n\n"
      "Der Rat tagte am Montag. Der Vorsitzende Tom Berg sprach von einem „Tag der Schande“ für die Stadt.\n",
      "test.txt", "de");
  CHECK(KindOf(de, "Tag der Schande") == QuoteKind::kPartial);
  // A quote that ends in its own comma before the source is speech.
  auto speech = AuditText(
      "Tram vote\n\n"
      "The count ended on Sunday. The result is “a Disgrace,” campaign members said on Monday.\n");
  CHECK(KindOf(speech, "a Disgrace,") != QuoteKind::kTitle);
}

TEST_CASE("fixg40: a title-case quote closed by a comma after a preposition names a programme",
          "[attribute][fixg40]") {
  auto programme = AuditText(
      "Tram vote\n\n"
      "The count ended on Sunday. In an interview with “Harbour Radio Live,” Ruiz said the plan was dead.\n");
  CHECK(SeenWithCue(programme, "said").content == Parts{"the plan was dead"});
  CHECK(KindOf(programme, "Harbour Radio Live,") == QuoteKind::kTitle);
  // One word is left alone: a nickname is quoted as said.
  auto nickname = AuditText(
      "Tram vote\n\n"
      "The count ended on Sunday. The driver, who goes by “Kit,” said the plan was dead.\n");
  CHECK(KindOf(nickname, "Kit,") != QuoteKind::kTitle);
}
