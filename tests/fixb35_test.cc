// Speakers and coreference found by a fresh user (fixb35): a bare surname
// that opens a sentence is what a later "he" or "she" stands for, and the
// one-word quote after that speaker's goes on with it; a passive cue's
// agent after the quoted words it reports ("was described as “…” by X") is
// the source, and the words are speech.
#include <catch2/catch.hpp>
#include <string>

#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;
using testing::SeenWithCue;
using testing::SeenWithSource;
using testing::SpeakerOf;

QuoteKind KindOf(const AuditResult& r, const std::string& text) {
  for (const auto& q : r.quotes) {
    if (q.text.compare(0, text.size(), text) == 0) return q.kind;
  }
  return QuoteKind::kTitle;
}

bool HasQuote(const AuditResult& r, const std::string& text) {
  for (const auto& q : r.quotes) {
    if (q.text.compare(0, text.size(), text) == 0) return true;
  }
  return false;
}

TEST_CASE("fixb35 a bare surname opening a sentence is a pronoun's antecedent", "[fixb35]") {
  const auto r = AuditText("Okafor was curt. “Not today,” she said. “Goodbye.”\n");
  CHECK(SpeakerOf(r, "Not today") == "Okafor");
  // The one-word quote after it goes on with the same speaker (no scare quote).
  CHECK(SpeakerOf(r, "Goodbye") == "Okafor");
  CHECK(KindOf(r, "Goodbye") == QuoteKind::kDirect);
  const auto r2 = AuditText("The vote was close.\n\nBrandt smiled. “We won,” he said.\n");
  CHECK(SpeakerOf(r2, "We won") == "Brandt");
}

TEST_CASE("fixb35 no bare-surname antecedent for a place, another paragraph or a full name", "[fixb35]") {
  // A place is nobody.
  const auto r = AuditText("Texas was hot. “It is too much,” he said.\n");
  CHECK(SpeakerOf(r, "It is too much") != "Texas");
  // Never from another paragraph.
  const auto r2 = AuditText("Okafor was curt.\n\n“Not today,” she said.\n");
  CHECK(SpeakerOf(r2, "Not today") != "Okafor");
  // A surname of a person named in full resolves to the full name, as before.
  const auto r3 = AuditText("Nina Okafor left early. Okafor was curt. “Not today,” she said.\n");
  CHECK(SpeakerOf(r3, "Not today") == "Nina Okafor");
}

TEST_CASE("fixb35 a passive cue's agent after quoted words is the source", "[fixb35]") {
  const auto r = AuditText("The ferry plan was called “a waste of money” by Mayor Tessa Grund.\n");
  CHECK(SpeakerOf(r, "a waste of money") == "Tessa Grund");
  CHECK(HasQuote(r, "a waste of money"));
  CHECK(KindOf(r, "a waste of money") != QuoteKind::kScare);
  const auto a = SeenWithCue(r, "was called");
  CHECK(a.source == "Mayor Tessa Grund");
  CHECK(a.who == "Tessa Grund");
  CHECK(a.level == 5);
  // A time after "by" is no agent.
  const auto r2 = AuditText("The bridge was described as “finished” by Friday.\n");
  CHECK(SpeakerOf(r2, "finished") != "Friday");
}

TEST_CASE("fixb35 a plural they with no group cited is the plural subject before it", "[fixb35]") {
  const auto r = AuditText("Nurses have reached a firm view on the rota: by a wide margin, they say shifts are too long.\n");
  const auto a = SeenWithSource(r, "they");
  CHECK(a.who == "Nurses");
  CHECK(a.level == 1);
  // A party is a side: described (T2).
  const auto r2 = AuditText("The budget fight went on. Republicans have split on the plan. Most of all, they say, it costs too much.\n");
  const auto b = SeenWithSource(r2, "they");
  CHECK(b.who == "Republicans");
  CHECK(b.level == 2);
  // A clause opening the sentence is no group ("That worries …").
  const auto r3 = AuditText("That worries many farmers because they say prices will fall.\n");
  CHECK(SeenWithSource(r3, "they").who.empty());
}

TEST_CASE("fixb35 a man's name in the genitive after по словам is registered in the nominative", "[fixb35]") {
  const auto r = AuditText(
      "По словам директора завода Игоря Белова, цех откроют в июне. Белов сказал, что рабочие уже наняты.\n", "test.txt",
      "ru");
  const auto a = SeenWithCue(r, "По словам");
  CHECK(a.who == "Игорь Белов");
  CHECK(SeenWithCue(r, "сказал").who == "Игорь Белов");
  // "-ского" and a given name in -я.
  const auto r3 = AuditText("По словам мэра Андрея Лисовского, мост закроют.\n", "test.txt", "ru");
  CHECK(SeenWithCue(r3, "По словам").who == "Андрей Лисовский");
  // Not after a cue that takes the nominative ("как сообщил Олег Смирнов").
  const auto r4 = AuditText("Как сообщил мэр Олег Смирнов, мост закроют.\n", "test.txt", "ru");
  CHECK(SeenWithCue(r4, "Как сообщил").who == "Олег Смирнов");
}

TEST_CASE("fixb35 a headline's abbreviated office is the person the body names in it", "[fixb35]") {
  const auto r = AuditText(
      "NBA chair rejects salary cap\n\nNational Basketball Association Chair Rhoda Kell rejected the cap on Monday.\n");
  const auto a = SeenWithSource(r, "NBA chair");
  CHECK(a.who == "Rhoda Kell");
  CHECK(a.level == 5);
  // Other initials are another body's chair: not that person.
  const auto r2 = AuditText(
      "NFL chair rejects salary cap\n\nNational Basketball Association Chair Rhoda Kell rejected the cap on Monday.\n");
  CHECK(SeenWithSource(r2, "NFL chair").who != "Rhoda Kell");
}

}  // namespace
}  // namespace onrecord
