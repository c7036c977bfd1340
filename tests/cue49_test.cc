// Cue span boundaries (forty-first round, branch cue49; issue #4): "then"
// right after "and", "but" or a comma joins the cue's verb to an earlier verb
// of the same subject and stays out of the cue ("thanked the crew and then
// announced": the cue is "announced"), as PolNeAR marks it; right after the
// subject it is part of the cue's verb group ("Ben Okafor then said").
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


} // namespace

TEST_CASE("cue49: then after and stays out of the cue", "[cue49]") {
  auto r = AuditText(std::string(kHead) +
                     "Councillor Ana Ruiz thanked the crew and then announced "
                     "that the levy would rise in March.\n");
  auto a = SeenWithCue(r, "announced");
  CHECK(a.source == "Councillor Ana Ruiz");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "that the levy would rise in March");
  CHECK_FALSE(HasCue(r, "then announced"));
}

TEST_CASE("cue49: then after a comma stays out of the cue", "[cue49]") {
  auto r = AuditText(std::string(kHead) +
                     "\"The fund is nearly empty,\" treasurer Omar Haddad told "
                     "the council, then added that reserves would last a "
                     "month.\n");
  auto a = SeenWithCue(r, "added");
  CHECK(a.source == "treasurer Omar Haddad");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "that reserves would last a month");
  CHECK_FALSE(HasCue(r, "then added"));
}

TEST_CASE("cue49: then right after the subject stays in the cue", "[cue49]") {
  auto r = AuditText(std::string(kHead) +
                     "Councillor Ben Okafor then said the levy was too high "
                     "for families.\n");
  auto a = SeenWithCue(r, "then said");
  CHECK(a.source == "Councillor Ben Okafor");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "the levy was too high for families");
}

TEST_CASE("cue49: later after and stays in the cue", "[cue49]") {
  auto r = AuditText(std::string(kHead) +
                     "The mayor met the union and later said the talks had "
                     "gone well.\n");
  auto a = SeenWithCue(r, "later said");
  CHECK(a.source == "The mayor");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "the talks had gone well");
}
