// Long subjects before a cue (forty-fifth round, branch subj53): a subject
// whose postmodifier holds a clause with a verb, a contact clause ("people
// I've spoken with") or a relative clause that "that" opens ("unions that
// backed the mayor"), ended at that verb, so the main cue had no source or
// the clause's object as one; a subject with a postmodifier before two
// joined verbs ("The appeals court for the district overruled … and said")
// was run on into the first verb and dropped; "All but the chair said" gave
// the exception alone as the source.
#include <string>

#include <catch2/catch.hpp>

#include "source_span_util.h"
#include "test_util.h"

using onrecord::testing::AttributionWithCue;
using onrecord::testing::SourceOf;

namespace {

// The source-span tests' headline before every body (source_span_util.h).
onrecord::AuditResult Audit(const std::string& body) { return onrecord::testing::AuditAfterHeadline(body); }

}  // namespace

TEST_CASE("subj53: a contact clause whose verb is a cue stays in the subject", "[subj53]") {
  {
    auto r = Audit("Several people I've spoken with over the last two weeks said Hale had called the port often.\n");
    const auto a = AttributionWithCue(r, "said", true);
    CHECK(a.source == "Several people I've spoken with over the last two weeks");
    CHECK(a.content == "Hale had called the port often");
  }
  {
    auto r = Audit("Several dockworkers we've talked to in recent days say the levy is unfair.\n");
    const auto a = AttributionWithCue(r, "say", true);
    CHECK(a.source == "Several dockworkers we've talked to in recent days");
    CHECK(a.content == "the levy is unfair");
  }
}

TEST_CASE("subj53: a relative clause opened by \"that\" after a head noun stays in the subject", "[subj53]") {
  CHECK(SourceOf("Unions that backed the mayor say the levy is unfair.\n", "say") == "Unions that backed the mayor");
  CHECK(SourceOf("Tenants that have fought the tower say it is too tall.\n", "say") ==
        "Tenants that have fought the tower");
  CHECK(SourceOf("The groups that backed the mayor say the levy is unfair.\n", "say") ==
        "The groups that backed the mayor");
}

TEST_CASE("subj53: guards, a relative clause's own verb and a reported \"that\" clause", "[subj53]") {
  // The relative clause's verb has the relative pronoun as its subject, not
  // the phrase before it.
  CHECK(SourceOf("The voters who said they were undecided left the hall.\n", "said") == "who");
  // "that" after a verb of speech opens what was said.
  {
    auto r = Audit("Ana Ruiz said that unions say the levy is unfair.\n");
    const auto a = AttributionWithCue(r, "said", true);
    CHECK(a.source == "Ana Ruiz");
    CHECK(a.content == "that unions say the levy is unfair");
  }
  // A pronoun after a verb of speech is no contact clause's subject.
  CHECK(SourceOf("Voters we interviewed said the plan was dead.\n", "said") == "Voters we interviewed");
}

TEST_CASE("subj53: a subject with a postmodifier before two joined verbs ends before the first verb", "[subj53]") {
  {
    auto r = Audit("The appeals court for the harbor district overruled the board and said the levy was lawful.\n");
    const auto a = AttributionWithCue(r, "said", true);
    CHECK(a.source == "The appeals court for the harbor district");
    CHECK(a.content == "the levy was lawful");
  }
  CHECK(SourceOf("The officers in the harbor unit chafed at the criticism and said the chief had acted well.\n", "said") ==
        "The officers in the harbor unit");
  CHECK(SourceOf("But the U.S. Court of Appeals for the 6th Circuit overruled the board and said the levy was lawful.\n",
                 "said") == "the U.S. Court of Appeals for the 6th Circuit");
  // Guard: a subject the parse does not run on keeps its reading.
  CHECK(SourceOf("The court overruled the board and said the levy was lawful.\n", "said") == "The court");
}

TEST_CASE("subj53: a quantifier with an exceptive \"but\" is the whole subject", "[subj53]") {
  CHECK(SourceOf("All but the chair said the vote should wait.\n", "said") == "All but the chair");
  CHECK(SourceOf("Everyone but Hale said the vote should wait.\n", "said") == "Everyone but Hale");
  // Guard: "but" joining two clauses is no exception.
  CHECK(SourceOf("The board met on Monday but Hale said the vote should wait.\n", "said") == "Hale");
}
