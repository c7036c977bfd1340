// Cue span boundaries (thirty-first round, branch cue37; issue #4): "about"
// after "said" opens the topic of what was said and stays in the cue (list
// cue-topic-prepositions), and a particle "back" closes the cue verb it
// follows (list cue-particles), as PolNeAR keeps the verb group together.
#include <string>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::HasCue;
using onrecord::testing::SeenAttributions;
using onrecord::testing::SeenWithCue;

namespace {

constexpr const char *kHead = "Harbor council weighs a ferry levy.\n\n";

// Whether any attribution has exactly this cue.

} // namespace

TEST_CASE("cue37: about after said and a quote stays in the cue", "[cue37]") {
  auto r = AuditText(std::string(kHead) +
                     "“The levy will hurt the night crews,” Ana Ruiz said "
                     "about the ferry plan.\n");
  auto a = SeenWithCue(r, "said about");
  CHECK(a.source == "Ana Ruiz");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "“The levy will hurt the night crews,”");
  CHECK_FALSE(HasCue(r, "said"));
}

TEST_CASE("cue37: about before a quantity stays out of the cue", "[cue37]") {
  auto r = AuditText(std::string(kHead) +
                     "The budget office said about half of the ferry crews "
                     "would lose shifts.\n");
  auto a = SeenWithCue(r, "said");
  CHECK(a.source == "The budget office");
  CHECK_FALSE(HasCue(r, "said about"));
}

TEST_CASE("cue37: about before an adverb stays out of the cue", "[cue37]") {
  auto r = AuditText(std::string(kHead) +
                     "“It took two years,” Ana Ruiz said about finally "
                     "signing the deal.\n");
  auto a = SeenWithCue(r, "said");
  CHECK(a.source == "Ana Ruiz");
  CHECK_FALSE(HasCue(r, "said about"));
}

TEST_CASE("cue37: about before a phrase that runs into that stays out",
          "[cue37]") {
  auto r = AuditText(std::string(kHead) +
                     "Ana Ruiz said about the levy that it would hurt the "
                     "night crews.\n");
  CHECK(HasCue(r, "said"));
  CHECK_FALSE(HasCue(r, "said about"));
}

TEST_CASE("cue37: back after a cue verb closes the cue", "[cue37]") {
  auto r = AuditText(std::string(kHead) +
                     "Mara Quill wrote back: “We will not sign the deal.”\n\n"
                     "Tom Hale then writes back, “Not this week.”\n");
  auto a = SeenWithCue(r, "wrote back:");
  CHECK(a.source == "Mara Quill");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "“We will not sign the deal.”");
  auto b = SeenWithCue(r, "then writes back");
  CHECK(b.source == "Tom Hale");
  REQUIRE(b.content.size() == 1);
  CHECK(b.content[0] == "“Not this week.”");
}

TEST_CASE("cue37: back that opens a time phrase stays out of the cue",
          "[cue37]") {
  auto r = AuditText(std::string(kHead) +
                     "Councillor Mara Quill said back then that the ferry "
                     "would run at night.\n");
  auto a = SeenWithCue(r, "said");
  CHECK(a.source == "Councillor Mara Quill");
  CHECK_FALSE(HasCue(r, "said back"));
}
