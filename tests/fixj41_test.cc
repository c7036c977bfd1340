// Ordinary verbs read as attributions, and finding verbs missed (thirty-fifth
// round, branch fixj41): "called" and "named" that give a thing's or a
// person's name after an indefinite phrase ("a movement called …", "a worker
// named …"), the bond "10-year Treasury note", a finding verb closing its
// sentence after a name set off by a comma ("…, Lowmoor Freight found."),
// and "calculated that".
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::AuditResult;
using onrecord::testing::AuditText;

namespace {

const onrecord::Attribution* WithCue(const AuditResult& r, const std::string& cue) {
  for (const auto& a : r.attributions) {
    if (a.cue && a.cue->text == cue) return &a;
  }
  return nullptr;
}

bool HasSourceText(const AuditResult& r, const std::string& text) {
  for (const auto& a : r.attributions) {
    if (a.source && a.source->text == text) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("fixj41: called after an indefinite phrase of a group or venture names it", "[fixj41]") {
  for (const std::string text : {
           "Ana Ruiz joined a protest movement called the Harbour Front in May.\n",
           "The island has one PAC called Save Our Ferries and two unions.\n",
           "A newly formed ferry group called Tide Watch bought radio ads.\n",
           "A regional news organization called “The Quay” ran the story.\n",
       }) {
    INFO(text);
    auto r = AuditText(text);
    CHECK(WithCue(r, "called") == nullptr);
  }
}

TEST_CASE("fixj41: called with a person or a plain subject stays a cue", "[fixj41]") {
  auto r = AuditText("An official called the plan a disaster.\n");
  const auto* a = WithCue(r, "called");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "An official");
  auto r2 = AuditText("Ana Ruiz called the ferry plan “a costly mistake.”\n");
  CHECK(WithCue(r2, "called") != nullptr);
  auto r3 = AuditText("The harbor union called for a new vote on the levy.\n");
  CHECK(WithCue(r3, "called for") != nullptr);
}

TEST_CASE("fixj41: named after a singular indefinite phrase gives a name", "[fixj41]") {
  auto r = AuditText("A dock worker named Tomas Elden lives on the island.\n");
  CHECK(WithCue(r, "named") == nullptr);
  CHECK_FALSE(HasSourceText(r, "A dock worker"));
  auto r2 = AuditText("The suit was filed by a former ferry clerk named Mara Quill in March.\n");
  CHECK(WithCue(r2, "named") == nullptr);
}

TEST_CASE("fixj41: named as an appointment or a choice stays a cue", "[fixj41]") {
  // PolNeAR marks "named her to the Court" and a poll's "named Britain".
  auto r = AuditText("The governor named Ana Ruiz to the harbor court in 2012.\n");
  const auto* a = WithCue(r, "named");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "The governor");
  auto r2 = AuditText("Ana Ruiz, for example, named “Low Tide” as her favorite show.\n");
  CHECK(WithCue(r2, "named") != nullptr);
}

TEST_CASE("fixj41: the 10-year Treasury note is a bond, not a remark", "[fixj41]") {
  auto r = AuditText("The yield on the benchmark 10-year Treasury note fell to 2.1 percent.\n");
  CHECK(WithCue(r, "note") == nullptr);
  CHECK_FALSE(HasSourceText(r, "Treasury"));
  auto r2 = AuditText("Mara Quill notes that the levy ends in May.\n");
  CHECK(WithCue(r2, "notes") != nullptr);
}

TEST_CASE("fixj41: a finding verb closing its sentence after a name reports the clause before", "[fixj41]") {
  auto r = AuditText("Ferry fares rose by a third last year, Lowmoor Freight found.\n");
  const auto* a = WithCue(r, "found");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "Lowmoor Freight");
  REQUIRE(a->content.size() == 1);
  CHECK(a->content[0].text == "Ferry fares rose by a third last year");
  // Finding a thing is no attribution.
  auto r2 = AuditText("Ana Ruiz found her keys on the ferry.\n");
  CHECK(WithCue(r2, "found") == nullptr);
  auto r3 = AuditText("After the storm the pier was gone, and divers later found.\n");
  CHECK(WithCue(r3, "found") == nullptr);
}

TEST_CASE("fixj41: calculated that is a finding", "[fixj41]") {
  auto r = AuditText("The Harbour Board has calculated that the levy will raise two million.\n");
  const auto* a = WithCue(r, "has calculated");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "The Harbour Board");
  REQUIRE(a->content.size() == 1);
  CHECK(a->content[0].text == "that the levy will raise two million");
  auto r2 = AuditText("Tomas Elden, an economist at Lowmoor Bank, calculates that fares will double.\n");
  CHECK(WithCue(r2, "calculates") != nullptr);
  // Computing a figure with no clause reports nothing.
  auto r3 = AuditText("The new plan would calculate fares by distance.\n");
  CHECK(WithCue(r3, "would calculate") == nullptr);
  CHECK(WithCue(r3, "calculate") == nullptr);
}

TEST_CASE("fixj41: the noun brand is no cue", "[fixj41]") {
  for (const std::string text : {
           "The new boats give the ferry line's bid, and brand, a lift.\n",
           "An article about how Ana Ruiz's brand has gotten a lift ran on Monday.\n",
           "A spokesman for the Ana Ruiz brand - a small shoe business - did not reply.\n",
       }) {
    INFO(text);
    auto r = AuditText(text);
    CHECK(WithCue(r, "brand") == nullptr);
  }
  auto r = AuditText("Critics brand the levy a tax on islanders.\n");
  CHECK(WithCue(r, "brand") != nullptr);
}

TEST_CASE("fixj41: posting a result or a thing posted is no cue", "[fixj41]") {
  auto r = AuditText("Ana Ruiz posted an easy victory in the harbor ward.\n");
  CHECK(WithCue(r, "posted") == nullptr);
  auto r2 = AuditText("Ana Ruiz spoke in a video posted to the council's website.\n");
  CHECK(WithCue(r2, "posted") == nullptr);
  auto r3 = AuditText("In an article posted on the harbor board's website, the mayor defended the levy.\n");
  CHECK(WithCue(r3, "posted on") == nullptr);
  CHECK(WithCue(r3, "defended") != nullptr);
  // Posting words stays a cue.
  auto r4 = AuditText("Ana Ruiz posted on Twitter that the levy was unfair.\n");
  CHECK(WithCue(r4, "posted on Twitter") != nullptr);
}

TEST_CASE("fixj41: seeing something of one's own happen is no view", "[fixj41]") {
  auto r = AuditText("Most recently, Ana Ruiz saw her support collapse after the vote.\n");
  CHECK(WithCue(r, "saw") == nullptr);
  auto r2 = AuditText("Tomas Elden, founder of his own firm, saw his worth balloon to ten million.\n");
  CHECK(WithCue(r2, "saw") == nullptr);
  // Seeing something as something stays a view.
  auto r3 = AuditText("Ana Ruiz sees the levy as a tax on the poor.\n");
  CHECK(WithCue(r3, "sees") != nullptr);
}

TEST_CASE("fixj41: adding a thing or a number is no cue", "[fixj41]") {
  for (const std::string text : {
           "The harbor board has added another ferry to the winter timetable.\n",
           "In the past five years, the port has added 1,200 jobs.\n",
           "Organizers added 160 guards along the parade route.\n",
       }) {
    INFO(text);
    auto r = AuditText(text);
    for (const auto& a : r.attributions) {
      if (a.cue) CHECK(a.cue->text.find("add") == std::string::npos);
    }
  }
  // Adding words stays a cue.
  auto r = AuditText("Ana Ruiz added that more boats would come in May.\n");
  CHECK(WithCue(r, "added") != nullptr);
}

TEST_CASE("fixj41: assuming an office or a manner is no belief", "[fixj41]") {
  auto r = AuditText("Mara Quill has met the mayor twice since Ana Ruiz assumed her post in November.\n");
  CHECK(WithCue(r, "assumed") == nullptr);
  auto r2 = AuditText("When he assumed office in 2007, Tomas Elden cut the ferry budget.\n");
  CHECK(WithCue(r2, "assumed") == nullptr);
  // Supposing stays a cue.
  auto r3 = AuditText("Ana Ruiz assumed that the levy would pass.\n");
  CHECK(WithCue(r3, "assumed") != nullptr);
}

TEST_CASE("fixj41: declared candidates are running, not declaring", "[fixj41]") {
  auto r = AuditText("The harbor vote is close.\n\nDeclared 2016 Presidential Candidates.\n\n"
                     "Declared 2016 Presidential Candidates.\n\nSen. Ana Ruiz of Ohio.\n");
  CHECK(WithCue(r, "Declared") == nullptr);
  auto r2 = AuditText("Ana Ruiz declared victory on Tuesday night.\n");
  CHECK(WithCue(r2, "declared") != nullptr);
}

TEST_CASE("fixj41: serving as an adviser, and venture capital, are no cues", "[fixj41]") {
  for (const std::string text : {
           "Lowmoor Partners, which advises big ferry lines on mergers, grew fast last year.\n",
           "Tomas Elden was her chief of staff. He is now advising Ana Ruiz's campaign on the levy.\n",
           "Mara Quill, a pollster who advises the pro-levy group Harbor First, was there.\n",
           "Island venture capitalist Tomas Elden gave the most.\n",
       }) {
    INFO(text);
    auto r = AuditText(text);
    for (const auto& a : r.attributions) {
      if (a.cue) CHECK(a.cue->text.find("advis") == std::string::npos);
      if (a.cue) CHECK(a.cue->text.find("venture") == std::string::npos);
    }
  }
  // Advice given stays a cue.
  auto r = AuditText("In her speech, Ana Ruiz lashed out at the council, advising the members to stick to the facts.\n");
  CHECK(WithCue(r, "advising") != nullptr);
}
