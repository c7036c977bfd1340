// Content span boundaries (sixteenth round, branch content17): where an
// attribution's content ends on PolNeAR's conventions.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;

using Seen = onrecord::testing::SeenAttribution;

TEST_CASE("a coordinated second noun stays in a stance verb's object but a coordinated cue ends it",
          "[content17]") {
  auto r = AuditText(
      "Sen. Ann Lee criticized Mayor Ruiz for accepting campaign donations and speaking fees from developers.\n\n"
      "Piet Vos praised the harbor council and said the budget was fair.\n");
  const Seen a = SeenWithCue(r, "criticized");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "Mayor Ruiz for accepting campaign donations and speaking fees from developers");
  const Seen b = SeenWithCue(r, "praised");
  REQUIRE(b.content.size() == 1);
  CHECK(b.content[0] == "the harbor council");
  const Seen c = SeenWithCue(r, "said");
  REQUIRE(c.content.size() == 1);
  CHECK(c.content[0] == "the budget was fair");
}

TEST_CASE("a coordinated object with a possessive stays in the content but a stance noun of its own ends it",
          "[content17]") {
  auto r = AuditText(
      "Mara Quill criticized the ferry board and its chairman for the delay.\n\n"
      "Odile Brack attacked the levy and his promise to cut fares.\n");
  const Seen a = SeenWithCue(r, "criticized");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "the ferry board and its chairman for the delay");
  const Seen b = SeenWithCue(r, "attacked");
  REQUIRE(b.content.size() == 1);
  CHECK(b.content[0] == "the levy");
  const Seen c = SeenWithCue(r, "promise");
  REQUIRE(c.content.size() == 1);
  CHECK(c.content[0] == "to cut fares");
}

TEST_CASE("a comma and but before a clause with its own subject end an indirect content", "[content17]") {
  auto r = AuditText(
      "Ana Lee said the pier would reopen in May, but the council has not voted.\n\n"
      "Piet Vos said the ferry would run on Sundays, but not in winter.\n\n"
      "Mara Quill said the levy was fair, yet she voted against it.\n");
  const Seen a = SeenWithCue(r, "said");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "the pier would reopen in May");
  const Seen b = SeenWithCue(r, "said", 1);
  REQUIRE(b.content.size() == 1);
  CHECK(b.content[0] == "the ferry would run on Sundays, but not in winter");
  const Seen c = SeenWithCue(r, "said", 2);
  REQUIRE(c.content.size() == 1);
  CHECK(c.content[0] == "the levy was fair");
}

TEST_CASE("an indirect content runs on past v and vs between the parties of a case", "[content17]") {
  auto r = AuditText(
      "Ana Lee said the ruling in Roe v. Wade should stand.\n\n"
      "Piet Vos said the final of Kellin vs. Fairview was sold out.\n");
  const Seen a = SeenWithCue(r, "said");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "the ruling in Roe v. Wade should stand");
  const Seen b = SeenWithCue(r, "said", 1);
  REQUIRE(b.content.size() == 1);
  CHECK(b.content[0] == "the final of Kellin vs. Fairview was sold out");
}
