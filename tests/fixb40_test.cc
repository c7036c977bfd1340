// Faults a fresh user found (thirty-fourth round, branch fixb40): a name
// suffix after a surname that is also a title ("Martin Luther King Jr."); a
// possessive in a named person's role taken for her gender ("Ms. Chen, his
// deputy"); and negated or empty speech ("did not say when", "said
// nothing") counted as an attribution that informs.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::AuditResult;
using onrecord::testing::AuditText;
using onrecord::testing::SourceNamed;

namespace {

const onrecord::Attribution* WithCue(const AuditResult& r, const std::string& cue) {
  for (const auto& a : r.attributions) {
    if (a.cue && a.cue->text == cue) return &a;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("fixb40: a name suffix after a surname that is also a title stays in the name", "[fixb40]") {
  auto r = AuditText("Dr. Walter Reed King Jr. once said, “The harbor will outlast us all.”\n");
  const auto* s = SourceNamed(r, "Walter Reed King Jr");
  REQUIRE(s != nullptr);
  CHECK(s->role == "Dr.");
  CHECK(SourceNamed(r, "Jr") == nullptr);
  auto r2 = AuditText("Tomas Elden King Sr. said, “We rebuilt the pier twice.”\n");
  CHECK(SourceNamed(r2, "Sr") == nullptr);
  CHECK(SourceNamed(r2, "Tomas Elden King Sr") != nullptr);
}

TEST_CASE("fixb40: a possessive in a named person's role tells nothing of her gender", "[fixb40]") {
  auto r = AuditText("Ms. Oduya, his deputy, said the ferry plan failed. She later told colleagues that she had "
                     "warned him.\n");
  const auto* told = WithCue(r, "later told");
  REQUIRE(told != nullptr);
  const auto* s = SourceNamed(r, "Oduya");
  REQUIRE(s != nullptr);
  CHECK(told->source_id == s->id);
}

TEST_CASE("fixb40: a negated cue with nothing said is a non-answer that counts nowhere", "[fixb40]") {
  auto r = AuditText("A port official said the levy would rise, speaking on condition of anonymity because she was "
                     "not authorized to discuss it. The official, who asked not to be named, did not say when.\n");
  const auto* a = WithCue(r, "did not say");
  REQUIRE(a != nullptr);
  CHECK_FALSE(a->counted);
  auto r2 = AuditText("Mayor Ana Ruiz would not say whether she would run again.\n");
  const auto* a2 = WithCue(r2, "would not say");
  REQUIRE(a2 != nullptr);
  CHECK_FALSE(a2->counted);
  // A negated cue with a claim after it still informs.
  auto r3 = AuditText("Mayor Ana Ruiz did not say the levy was fair, but she voted for it.\n");
  const auto* a3 = WithCue(r3, "did not say");
  if (a3 != nullptr) CHECK(a3->counted);
}

TEST_CASE("fixb40: a bare source that said nothing raises no finding", "[fixb40]") {
  auto r = AuditText("The harbor board met on Monday. A source, who spoke on condition of anonymity, did not say "
                     "when.\n");
  for (const auto& f : r.findings) {
    INFO(f.rule);
    CHECK(f.rule.rfind("attribution.", 0) != 0);
  }
}

TEST_CASE("fixb40: said nothing is a non-answer", "[fixb40]") {
  auto r = AuditText("Mr. Halloran, the harbor master, said nothing. Ms. Oduya said the pier was unsafe.\n");
  const auto* a = WithCue(r, "said");
  REQUIRE(a != nullptr);
  CHECK_FALSE(a->counted);
  // "said" with a claim after it counts as before.
  int counted = 0;
  for (const auto& at : r.attributions) counted += at.counted ? 1 : 0;
  CHECK(counted == 1);
}

TEST_CASE("fixb40: the asker of a question is not the speaker of the answer", "[fixb40]") {
  auto r = AuditText("“The ferry never left the dock,” she said, when asked by Tomas Brenner.\n");
  CHECK(onrecord::testing::SpeakerOf(r, "The ferry never left") != "Tomas Brenner");
  // With someone before, the pronoun reaches her as before.
  auto r2 = AuditText("Ines Arbel spoke first. “The ferry never left the dock,” she said, when asked by Tomas "
                      "Brenner.\n");
  CHECK(onrecord::testing::SpeakerOf(r2, "The ferry never left") == "Ines Arbel");
}

TEST_CASE("fixb40: a possessive after a dotted abbreviation ends no sentence", "[fixb40]") {
  for (const char* text : {"The E.U.'s trade commissioner said the tariff talks would resume.\n",
                           "The U.N.’s harbor envoy said the tariff talks would resume.\n"}) {
    INFO(text);
    auto r = AuditText(text);
    REQUIRE(r.attributions.size() == 1);
    REQUIRE(r.attributions[0].source);
    CHECK(r.attributions[0].source->text.rfind("The ", 0) == 0);
  }
}

TEST_CASE("fixb40: a first name given alone by request names nobody", "[fixb40]") {
  auto r = AuditText("“The pier is gone,” said a dock worker who gave only his first name, Ruben.\n");
  CHECK(SourceNamed(r, "Ruben") == nullptr);
  REQUIRE(r.sources.size() == 1);
  CHECK(r.sources[0].kind == onrecord::SourceKind::kAnonymous);
}
