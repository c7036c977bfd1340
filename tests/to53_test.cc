// Cues that end in a preposition "to" (forty-fifth round, branch to53):
// after a verb of list cue-to-objects ("agreed", "admits"), "to" before a
// noun phrase or a gerund joins the cue and the content starts after it, as
// PolNeAR marks what was agreed to or admitted; before a verb "to" opens the
// infinitive and stays in the content.
#include <string>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::HasCue;
using onrecord::testing::SeenWithCue;

namespace {

constexpr const char* kHead = "Harbor council weighs a ferry levy.\n\n";

}  // namespace

TEST_CASE("to53: to before a noun phrase or a gerund joins the cue", "[to53]") {
  auto r = AuditText(std::string(kHead) +
                     "The harbor board agreed to a new ferry contract with the union.\n\n"
                     "Tom Reyes admits to several errors in the port audit.\n\n"
                     "Mara Quill admitted to taking the harbor files home.\n");
  auto a = SeenWithCue(r, "agreed to");
  CHECK(a.source == "The harbor board");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "a new ferry contract with the union");
  auto b = SeenWithCue(r, "admits to");
  CHECK(b.source == "Tom Reyes");
  REQUIRE(b.content.size() == 1);
  CHECK(b.content[0] == "several errors in the port audit");
  auto c = SeenWithCue(r, "admitted to");
  CHECK(c.source == "Mara Quill");
  REQUIRE(c.content.size() == 1);
  CHECK(c.content[0] == "taking the harbor files home");
  CHECK_FALSE(HasCue(r, "agreed"));
  CHECK_FALSE(HasCue(r, "admits"));
  CHECK_FALSE(HasCue(r, "admitted"));
}

TEST_CASE("to53: to before a number joins the cue", "[to53]") {
  auto r = AuditText(std::string(kHead) + "The ferry company agreed to $4 million in back pay for the crews.\n");
  auto a = SeenWithCue(r, "agreed to");
  CHECK(a.source == "The ferry company");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0].rfind("$4 million", 0) == 0);
}

TEST_CASE("to53: guards, an infinitive, a quote and other cue verbs keep to out", "[to53]") {
  // Before a verb "to" opens the infinitive, the content.
  auto r = AuditText(std::string(kHead) + "The harbor board agreed to pay the ferry crews for the lost week.\n");
  auto a = SeenWithCue(r, "agreed");
  CHECK(a.source == "The harbor board");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "to pay the ferry crews for the lost week");
  CHECK_FALSE(HasCue(r, "agreed to"));
  // A verb outside the list: "to" and its addressee stay out of the cue.
  auto s = AuditText(std::string(kHead) + "Ana Ruiz said to a crowd of dock workers that the levy would fall.\n");
  auto b = SeenWithCue(s, "said");
  CHECK(b.source == "Ana Ruiz");
  REQUIRE(b.content.size() == 1);
  CHECK(b.content[0] == "that the levy would fall");
  CHECK_FALSE(HasCue(s, "said to"));
  // A quote after "to" is the content as it stands.
  auto q = AuditText(std::string(kHead) + "The pilots agreed to “a fair deal for the night crews.”\n");
  CHECK(HasCue(q, "agreed"));
  CHECK_FALSE(HasCue(q, "agreed to"));
}
