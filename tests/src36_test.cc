// Sources of cues we find (thirtieth round, branch src36): the subject of a
// verb that puts out an artifact ("issued a statement Wednesday saying")
// when a time phrase, the verb's own auxiliaries or an adverb stand around
// the artifact, not the artifact itself.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AttributionWithCue;
using onrecord::testing::AuditText;

namespace {
const char kHead[] = "Harbor council weighs a ferry levy.\n\n";
}  // namespace

TEST_CASE("src36 a weekday between the artifact and the participle", "[src36]") {
  auto r =
      AuditText(std::string(kHead) + "The port authority released a statement Wednesday saying the levy was fair.\n");
  const auto at = AttributionWithCue(r, "released a statement Wednesday saying", true);
  CHECK(at.source == "The port authority");
}

TEST_CASE("src36 a weekday and a part of the day with a comma before the participle", "[src36]") {
  auto r = AuditText(std::string(kHead) +
                     "The ferry union released a statement Tuesday evening, saying the levy would cost jobs.\n");
  CHECK(AttributionWithCue(r, "released a statement Tuesday evening, saying", true).source == "The ferry union");
}

TEST_CASE("src36 this week and this month between the artifact and the participle", "[src36]") {
  auto r1 = AuditText(std::string(kHead) +
                      "A coalition of harbor pilots sent a letter this week urging the council to wait.\n");
  CHECK(AttributionWithCue(r1, "sent a letter this week urging", true).source == "A coalition of harbor pilots");
  auto r2 = AuditText(std::string(kHead) +
                      "The harbor board issued a report this month charging that the levy was illegal.\n");
  CHECK(AttributionWithCue(r2, "issued a report this month charging", true).source == "The harbor board");
}

TEST_CASE("src36 the artifact verb's auxiliary and adverbs belong to the cue", "[src36]") {
  auto r1 = AuditText(std::string(kHead) + "The law school dean has published a letter disputing the claim.\n");
  CHECK(AttributionWithCue(r1, "has published a letter disputing", true).source == "The law school dean");
  auto r2 = AuditText(std::string(kHead) + "Mayor Ines Varga also sent a tweet saying the ferry would run.\n");
  CHECK(AttributionWithCue(r2, "also sent a tweet saying", true).source == "Mayor Ines Varga");
}

TEST_CASE("src36 an adverb before the participle after the artifact", "[src36]") {
  auto r = AuditText(std::string(kHead) + "The pilots union issued a statement strongly disputing the figures.\n");
  CHECK(AttributionWithCue(r, "issued a statement strongly disputing", true).source == "The pilots union");
}

TEST_CASE("src36 guards: the plain artifact cue, an artifact as subject, a time word that is the object", "[src36]") {
  auto r1 = AuditText(std::string(kHead) + "The port authority issued a statement saying the levy was fair.\n");
  CHECK(AttributionWithCue(r1, "issued a statement saying", true).source == "The port authority");
  // The artifact written as the subject stays the source.
  auto r2 = AuditText(std::string(kHead) + "A statement released Wednesday said the levy was fair.\n");
  CHECK(AttributionWithCue(r2, "said", true).source == "A statement released Wednesday");
  // A verb of no artifact before a time word: no cue from the verb.
  auto r3 = AuditText(std::string(kHead) + "The mayor spent the week Monday saying the levy was fair.\n");
  for (const auto& a : r3.attributions) {
    if (!a.cue) continue;
    CHECK(a.cue->text.find("spent") == std::string::npos);
  }
}

TEST_CASE("src36 a story, a petition and an email are artifacts a verb puts out", "[src36]") {
  auto r1 = AuditText(std::string(kHead) + "The harbor gazette published a story detailing four unpaid invoices.\n");
  CHECK(AttributionWithCue(r1, "published a story detailing", true).source == "The harbor gazette");
  auto r2 = AuditText(std::string(kHead) +
                      "The ferry union sent a fundraising email Wednesday saying that the vote was close.\n");
  CHECK(AttributionWithCue(r2, "sent a fundraising email Wednesday saying", true).source == "The ferry union");
  auto r3 = AuditText(std::string(kHead) + "The pilots union released a petition urging the council to wait.\n");
  CHECK(AttributionWithCue(r3, "released a petition urging", true).source == "The pilots union");
  // An email as the subject stays the source.
  auto r4 = AuditText(std::string(kHead) + "An email from the mayor said the ferry would run.\n");
  CHECK(AttributionWithCue(r4, "said", true).source == "An email from the mayor");
}

TEST_CASE("src36 a cue inside a relative clause has the relative pronoun as its source", "[src36]") {
  auto r1 = AuditText(std::string(kHead) +
                      "The levy was backed by Tom Hale, who has both praised the plan and criticized its cost.\n");
  const auto a1 = AttributionWithCue(r1, "criticized", true);
  CHECK(a1.source == "who");
  auto r2 = AuditText(std::string(kHead) +
                      "We met Ines Varga, who answered her door on Sunday and said she would vote no.\n");
  CHECK(AttributionWithCue(r2, "said", true).source == "who");
  // The speaker is still the antecedent.
  bool varga = false;
  for (const auto& q : r2.sources) {
    if (q.name == "Ines Varga") varga = true;
  }
  CHECK(varga);
}

TEST_CASE("src36 guards: a relative clause closed before the cue keeps the antecedent", "[src36]") {
  auto r1 = AuditText(std::string(kHead) + "Tom Hale, who backs the levy, said the cost was fair.\n");
  CHECK(AttributionWithCue(r1, "said", true).source == "Tom Hale, who backs the levy,");
  auto r2 = AuditText(std::string(kHead) + "Ines Varga, who owns a ferry, told reporters the levy was unfair.\n");
  CHECK(AttributionWithCue(r2, "told", true).source != "who");
}
