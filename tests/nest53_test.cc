// Attributions inside another's content (forty-fifth round, branch nest53).
//
// A tag of speech after its content ("…, its chair said", "…, officials told
// reporters") reports the whole clause before it; a cue of belief, intention
// or stance inside that clause ("The harbor board plans to …") is part of
// the tag's content and no attribution of its own (PolNeAR marks only the
// outer one), as a cue inside a content after its cue already was. A cue of
// speech there, a cue in a relative clause and a sentence with a quote keep
// their attributions.
//
// A quote that continues a speaker's earlier quote in the same paragraph,
// with a tag of that speaker between them that has a content of its own
// ("“…,” Mara Quill said. The board will wait, Quill says. “…”"), is joined
// to that nearer content, not to the first quote's.
#include <catch2/catch.hpp>
#include <string>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AttributionBySourceAndCue;
using onrecord::testing::AuditText;
using onrecord::testing::ContentJoined;
using onrecord::testing::HasCue;

TEST_CASE("nest53: a stance cue inside the content of a tag after it is no attribution", "[nest53]") {
  {
    auto r = AuditText("The harbor board plans to close the east pier in May, its chair said.\n");
    CHECK_FALSE(HasCue(r, "plans"));
    const auto* a = AttributionBySourceAndCue(r, "its chair", "said");
    REQUIRE(a != nullptr);
    CHECK(ContentJoined(*a) == "The harbor board plans to close the east pier in May");
    CHECK(r.attributions.size() == 1);
  }
  {
    auto r = AuditText("Tomas Elden wants a new ferry schedule for the winter, officials told reporters on Monday.\n");
    CHECK_FALSE(HasCue(r, "wants"));
    const auto* a = AttributionBySourceAndCue(r, "officials", "told");
    REQUIRE(a != nullptr);
    CHECK(ContentJoined(*a) == "Tomas Elden wants a new ferry schedule for the winter");
    CHECK(r.attributions.size() == 1);
  }
}

TEST_CASE("nest53: speech cues, relative clauses, quotes and contents after the cue read as before", "[nest53]") {
  {
    // A cue of speech inside the tag's content keeps its attribution.
    auto r = AuditText("Tomas Elden told the council the pier would close, his aide said.\n");
    CHECK(AttributionBySourceAndCue(r, "Tomas Elden", "told") != nullptr);
    CHECK(AttributionBySourceAndCue(r, "his aide", "said") != nullptr);
  }
  {
    // A cue in a relative clause inside the tag's content stays.
    auto r = AuditText("The levy, which Mara Quill hoped to block, will pass next week, her aide said.\n");
    CHECK(AttributionBySourceAndCue(r, "Mara Quill", "hoped") != nullptr);
    CHECK(AttributionBySourceAndCue(r, "her aide", "said") != nullptr);
  }
  {
    // A sentence with a quote keeps the inner speaker of the quoted words.
    auto r = AuditText("The union wants “a fair deal” from the board, its leader said.\n");
    CHECK(AttributionBySourceAndCue(r, "The union", "wants") != nullptr);
    CHECK(AttributionBySourceAndCue(r, "its leader", "said") != nullptr);
  }
  {
    // "according to" at the end already took the clause whole.
    auto r = AuditText("The council expects the levy to pass in March, according to two people at the meeting.\n");
    CHECK_FALSE(HasCue(r, "expects"));
    const auto* a = AttributionBySourceAndCue(r, "two people at the meeting", "according to");
    REQUIRE(a != nullptr);
    CHECK(ContentJoined(*a) == "The council expects the levy to pass in March");
  }
  {
    // A content after its cue: the stance cue inside it was already dropped.
    auto r = AuditText("Its chair said the harbor board plans to close the east pier in May.\n");
    CHECK_FALSE(HasCue(r, "plans"));
    const auto* a = AttributionBySourceAndCue(r, "Its chair", "said");
    REQUIRE(a != nullptr);
    CHECK(ContentJoined(*a) == "the harbor board plans to close the east pier in May");
  }
}

TEST_CASE("nest53: a quote after the same speaker's tag joins that tag's content", "[nest53]") {
  {
    auto r = AuditText(
        "“We will not sell the pier,” Mara Quill, the harbor board’s chair, said on Monday. The board will wait for "
        "the spring survey, Quill says. “If the survey finds rot, we will talk again.”\n");
    const auto* said = AttributionBySourceAndCue(r, "Mara Quill, the harbor board’s chair,", "said");
    REQUIRE(said != nullptr);
    CHECK(ContentJoined(*said) == "“We will not sell the pier,”");
    const auto* says = AttributionBySourceAndCue(r, "Quill", "says");
    REQUIRE(says != nullptr);
    CHECK(ContentJoined(*says) ==
          "The board will wait for the spring survey | “If the survey finds rot, we will talk again.”");
  }
  {
    // With no tag between, the quote goes on with the first one.
    auto r = AuditText(
        "“We will not sell the pier,” Mara Quill, the harbor board’s chair, said on Monday. “If the survey finds "
        "rot, we will talk again.”\n");
    const auto* said = AttributionBySourceAndCue(r, "Mara Quill, the harbor board’s chair,", "said");
    REQUIRE(said != nullptr);
    CHECK(ContentJoined(*said) == "“We will not sell the pier,” | “If the survey finds rot, we will talk again.”");
  }
  {
    // Another speaker's tag between: no continuation, as before.
    auto r = AuditText(
        "“We will not sell the pier,” Mara Quill said on Monday. The board will wait, Tomas Elden says. “If the "
        "survey finds rot, we will talk again.”\n");
    const auto* said = AttributionBySourceAndCue(r, "Mara Quill", "said");
    REQUIRE(said != nullptr);
    CHECK(ContentJoined(*said) == "“We will not sell the pier,”");
    const auto* says = AttributionBySourceAndCue(r, "Tomas Elden", "says");
    REQUIRE(says != nullptr);
    CHECK(ContentJoined(*says) == "The board will wait");
  }
}
