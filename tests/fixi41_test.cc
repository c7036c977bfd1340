// Faults fresh users found in English sources, roles and coreference
// (thirty-fifth round, branch fixi41, issue #4).
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::AuditResult;
using onrecord::testing::AuditText;
using onrecord::testing::SourceNamed;

TEST_CASE("fixi41: an abbreviated title before a name ending in a title word is the role", "[fixi41]") {
  auto r = AuditText("The hall fell silent. “We will march at dawn,” the Rev. Martin Luther King Jr. said.\n");
  const auto* s = SourceNamed(r, "Martin Luther King Jr");
  REQUIRE(s != nullptr);
  CHECK(s->role == "Rev.");
  auto r2 = AuditText("Col. Dana Marshal said the convoy left at noon.\n");
  const auto* s2 = SourceNamed(r2, "Dana Marshal");
  REQUIRE(s2 != nullptr);
  CHECK(s2->role == "Col.");
}
