// Coreference faults a fresh user found in the thirty-first round (fixa37,
// issue #4): a pronoun opening a paragraph after an unnamed person spoke in
// the paragraph before went to someone named further back, in every
// language; and a bare surname given to a relative named once in passing.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "quote_util.h"
#include "findings_util.h"
#include "test_util.h"

namespace onrecord {
namespace {

using testing::HasFinding;

using testing::AuditText;
using testing::QuoteWith;
using testing::SeenWithCue;

// The unnamed person who spoke last, in the paragraph just before, is the
// nearer antecedent than the minister named before that.
TEST_CASE("fixa37: he after an unnamed speaker in the paragraph before", "[fixa37]") {
  auto r = AuditText(
      "“The bridge will open in May,” said Transport Minister Paul Ferris.\n\n"
      "A diplomat, who asked not to be named because he was not allowed to talk to the press, said the "
      "steel had arrived late.\n\n"
      "He added: “Nobody wants to say it yet.”\n");
  const Quote* q = QuoteWith(r, "Nobody wants");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "A diplomat");
  CHECK(HasFinding(r, "attribution.anonymous-direct-quote"));
}

TEST_CASE("fixa37: the same in German, French and Japanese", "[fixa37]") {
  auto de = AuditText(
      "„Die Brücke wird im Mai eröffnet“, sagte Verkehrsminister Paul Ferris.\n\n"
      "Ein Diplomat, der anonym bleiben wollte, sagte, der Stahl sei zu spät gekommen.\n\n"
      "Er fügte hinzu: „Das will noch keiner sagen.“\n",
      "test.txt", "de");
  const Quote* dq = QuoteWith(de, "keiner sagen");
  REQUIRE(dq != nullptr);
  CHECK(dq->speaker == "Ein Diplomat");
  auto fr = AuditText(
      "« Le pont ouvrira en mai », a déclaré le ministre Paul Ferris.\n\n"
      "Un diplomate, qui a requis l’anonymat, a déclaré que l’acier était arrivé en retard.\n\n"
      "Il a ajouté : « Personne ne veut encore le dire. »\n",
      "test.txt", "fr");
  const Quote* fq = QuoteWith(fr, "Personne ne veut");
  REQUIRE(fq != nullptr);
  CHECK(fq->speaker == "Un diplomate");
  auto ja = AuditText(
      "運輸相の田中一郎氏は「橋は五月に開通する」と述べた。\n\n"
      "政府関係者は、鋼材の到着が遅れたと述べた。\n\n"
      "彼は「まだ誰も言いたがらない」と述べた。\n",
      "test.txt", "ja");
  const Quote* jq = QuoteWith(ja, "まだ誰も");
  REQUIRE(jq != nullptr);
  CHECK(jq->speaker == "政府関係者");
}

// Guards: someone named after the unnamed speaker, a person who speaks only
// inside a restrictive relative clause, and a definite epithet after a name.
TEST_CASE("fixa37: an unnamed speaker is not carried past a name or out of a clause", "[fixa37]") {
  auto named = AuditText(
      "A diplomat, who asked not to be named, said the steel had arrived late. Paul Ferris, the minister, "
      "disagreed.\n\nHe added: “Nobody wants to say it yet.”\n");
  const Quote* nq = QuoteWith(named, "Nobody wants");
  REQUIRE(nq != nullptr);
  CHECK(nq->speaker == "Paul Ferris");
  auto clause = AuditText(
      "“We will win,” said Paul Ferris, the minister.\n\nThe reply came from a rival who promised lower taxes.\n\n"
      "He said the budget was sound.\n");
  CHECK(SeenWithCue(clause, "said", 1).who == "Paul Ferris");
  auto epithet = AuditText(
      "Paul Ferris, the minister, spoke in Tarn.\n\n“The budget is sound,” the Republican said.\n\n"
      "He blamed the rail strike for the delay.\n");
  CHECK(SeenWithCue(epithet, "blamed").who != "the Republican");
}

// "Mr. Hale" after a relative of the same surname named once in an
// apposition to "his father" / "her husband" is the person the article is
// about, named before.
TEST_CASE("fixa37: a bare surname is not a relative named in passing", "[fixa37]") {
  auto r = AuditText(
      "Senator Tom Hale spoke in Tarn on Monday. Mr. Hale grew up on a farm and often quarrelled with his father, "
      "Walter Hale, about money.\n\n“The farm taught me everything,” Mr. Hale wrote in his memoir.\n");
  const Quote* q = QuoteWith(r, "The farm taught");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Tom Hale");
  // Guard: a relative who is named in full and then speaks keeps the name.
  auto spoke = AuditText(
      "Senator Tom Hale spoke in Tarn on Monday.\n\nWalter Hale, a farmer, said the weather had been bad. "
      "“The farm taught me everything,” Mr. Hale said.\n");
  const Quote* sq = QuoteWith(spoke, "The farm taught");
  REQUIRE(sq != nullptr);
  CHECK(sq->speaker == "Walter Hale");
}

// An unnamed source written only as a pronoun had findings but no entry in
// anonymous_sources; its first pronoun is listed now, anaphoric.
TEST_CASE("fixa37: an unnamed source cited only by a pronoun is listed", "[fixa37]") {
  auto r = AuditText(
      "Millennials have reached a firm view on the new dam: by nearly three to one, they say the valley should not "
      "be flooded.\n");
  REQUIRE(SeenWithCue(r, "say").kind == SourceKind::kAnonymous);
  REQUIRE(r.anonymous_sources.size() == 1);
  CHECK(r.anonymous_sources[0].phrase == "they");
  CHECK(r.anonymous_sources[0].anaphoric);
  CHECK(r.anonymous_sources[0].source_id == r.attributions[0].source_id);
  // Guard: a source listed by its own phrase gets no pronoun entry.
  auto listed = AuditText("A diplomat said the talks were over. Later he said they might resume.\n");
  for (const auto& an : listed.anonymous_sources) CHECK(an.phrase != "he");
}

}  // namespace
}  // namespace onrecord
