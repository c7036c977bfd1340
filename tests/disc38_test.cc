// Discontinuous and multi-sentence contents (thirty-second round, branch
// disc38; issue #4): a continuation quote whose sentence opens with a word of
// list quote-resumers ("But", "Now,", "Instead,") before its mark is joined to
// the speaker's content with that word, as PolNeAR's segment holds it.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;

namespace {

constexpr const char *kHead = "Harbor council weighs a ferry levy.\n\n";

}  // namespace

TEST_CASE("disc38: a continuation after But keeps the word", "[disc38]") {
  auto r = AuditText(std::string(kHead) +
                     "“The levy is not the end of the night crossings,” Ana Ruiz said. "
                     "But “the crews will need a second boat by spring.”\n");
  auto a = SeenWithCue(r, "said");
  CHECK(a.source == "Ana Ruiz");
  REQUIRE(a.content.size() == 2);
  CHECK(a.content[0] == "“The levy is not the end of the night crossings,”");
  CHECK(a.content[1] == "But “the crews will need a second boat by spring.”");
}

TEST_CASE("disc38: a continuation after Now and a comma keeps the word", "[disc38]") {
  auto r = AuditText(std::string(kHead) +
                     "''We were angry when the levy was announced,'' said Tom Bell, who runs the "
                     "ferry cafe. Now, ''most of the harbor has come round to it.''\n");
  auto a = SeenWithCue(r, "said");
  CHECK(a.source.rfind("Tom Bell", 0) == 0);
  REQUIRE(a.content.size() == 2);
  CHECK(a.content[1] == "Now, ''most of the harbor has come round to it.''");
}

TEST_CASE("disc38: a continuation after Instead keeps the word", "[disc38]") {
  auto r = AuditText(std::string(kHead) +
                     "“The council should be fighting for the crews,” Ana Ruiz said. "
                     "Instead, “it is counting coins.”\n");
  auto a = SeenWithCue(r, "said");
  REQUIRE(a.content.size() == 2);
  CHECK(a.content[1] == "Instead, “it is counting coins.”");
}

TEST_CASE("disc38: a continuation opening its sentence starts at the mark", "[disc38]") {
  auto r = AuditText(std::string(kHead) +
                     "“The levy is not the end of the night crossings,” Ana Ruiz said. "
                     "“The crews will need a second boat by spring.”\n");
  auto a = SeenWithCue(r, "said");
  REQUIRE(a.content.size() == 2);
  CHECK(a.content[1] == "“The crews will need a second boat by spring.”");
}

TEST_CASE("disc38: a continuation after a fronted clause starts at the mark", "[disc38]") {
  auto r = AuditText(std::string(kHead) +
                     "“The levy is not the end of the night crossings,” Ana Ruiz said. "
                     "Unless the council buys a second boat, “the crews will walk out.”\n");
  auto a = SeenWithCue(r, "said");
  REQUIRE(a.content.size() == 2);
  CHECK(a.content[1] == "“the crews will walk out.”");
}

TEST_CASE("disc38: a citation after a quote's attribution takes its continuation", "[disc38]") {
  auto r = AuditText(std::string(kHead) +
                     "“The levy will hurt the night crews,” Ana Ruiz said, according to the Harbor Post. "
                     "“We will fight it at the next session.”\n");
  auto cited = SeenWithCue(r, "according to");
  CHECK(cited.source == "the Harbor Post");
  REQUIRE(cited.content.size() == 2);
  CHECK(cited.content[0] == "“The levy will hurt the night crews,” Ana Ruiz said");
  CHECK(cited.content[1] == "“We will fight it at the next session.”");
  // The quote keeps its speaker and its own attribution.
  auto said = SeenWithCue(r, "said");
  CHECK(said.source == "Ana Ruiz");
  CHECK(said.content.size() == 2);
}

TEST_CASE("disc38: a citation after a quote with no continuation is unchanged", "[disc38]") {
  auto r = AuditText(std::string(kHead) +
                     "“The levy will hurt the night crews,” Ana Ruiz said, according to the Harbor Post. "
                     "The council meets again in May.\n");
  auto cited = SeenWithCue(r, "according to");
  REQUIRE(cited.content.size() == 1);
  CHECK(cited.content[0] == "“The levy will hurt the night crews,” Ana Ruiz said");
}
