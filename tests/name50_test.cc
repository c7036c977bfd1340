// Names that end in an abbreviation and a party as a role (forty-second
// round, branch name50): a company suffix ("Co.", "Inc.", "Corp.") makes the
// name an organisation's, "U.N." is an organisation known by a short name,
// and a party alone in apposition ("Gov. Ann Lee, a Democrat") leaves the
// title as the source's role.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SourceNamed;

namespace {
const char kHead[] = "Pier operator warns of higher fees.\n\n";
}  // namespace

TEST_CASE("name50: a company suffix makes the name an organisation's", "[name50]") {
  auto r = AuditText(std::string(kHead) + "Harbor Tug Co. said on Friday that it would raise its fees.\n");
  const auto* s = SourceNamed(r, "Harbor Tug Co");
  REQUIRE(s != nullptr);
  CHECK(s->kind == onrecord::SourceKind::kOrganization);
}

TEST_CASE("name50: a dotted short name of a body is an organisation", "[name50]") {
  auto r = AuditText(std::string(kHead) + "The U.N. said on Friday that the ferries would keep running.\n");
  const auto* s = SourceNamed(r, "U.N");
  REQUIRE(s != nullptr);
  CHECK(s->kind == onrecord::SourceKind::kOrganization);
}

TEST_CASE("name50: guard, a person's name without a suffix is unchanged", "[name50]") {
  auto r = AuditText(std::string(kHead) + "Ray Ortiz said the fees were too high.\n");
  const auto* s = SourceNamed(r, "Ray Ortiz");
  REQUIRE(s != nullptr);
  CHECK(s->kind == onrecord::SourceKind::kNamed);
}

TEST_CASE("name50: a party alone in apposition leaves the title as the role", "[name50]") {
  auto r = AuditText(std::string(kHead) + "\"The fees are unfair,\" said Gov. Ann Lee, a Democrat.\n");
  const auto* s = SourceNamed(r, "Ann Lee");
  REQUIRE(s != nullptr);
  CHECK(s->role == "Gov.");
}

TEST_CASE("name50: guard, a position in apposition still replaces the title", "[name50]") {
  auto r = AuditText(std::string(kHead) + "\"The fees are unfair,\" said Dr. Ann Lee, director of the port clinic.\n");
  const auto* s = SourceNamed(r, "Ann Lee");
  REQUIRE(s != nullptr);
  CHECK(s->role == "director of the port clinic");
}
