// English roles a fresh user found wrong, part 3 (thirty-third round, branch
// fixf39, issue #4): a role after an age set off by commas after an inverted
// cue, a role of two coordinated noun phrases, a fronted possessive role
// with "of course" before the cue, a capitalized sports position before a
// name, and no role from a span of time, a whose-clause or a participle.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;
using onrecord::testing::SourceNamed;

namespace {
const char kHead[] = "Harbor town counts the cost of the storm.\n\n";

std::string RoleOf(const onrecord::AuditResult& r, const std::string& name) {
  const auto* s = onrecord::testing::SourceNamed(r, name);
  return s ? s->role : std::string("<no source>");
}
}  // namespace

TEST_CASE("fixf39: an age set off by commas after an inverted cue keeps the role", "[fixf39]") {
  auto r1 = AuditText(std::string(kHead) + "“The pier is gone,” said Mara Lind, 58, a retired engineer.\n");
  CHECK(RoleOf(r1, "Mara Lind") == "retired engineer");
  CHECK(SeenWithCue(r1, "said").level == 5);
  auto r2 = AuditText(std::string(kHead) +
                      "“The pier is gone,” said Mara Lind, 58, a retired engineer who walks it every morning.\n");
  CHECK(RoleOf(r2, "Mara Lind") == "retired engineer who walks it every morning");
  auto r3 = AuditText(std::string(kHead) + "“We are ready,” said Ben Ray, 33, a teacher.\n");
  CHECK(RoleOf(r3, "Ben Ray") == "teacher");
}

TEST_CASE("fixf39: a role of two coordinated noun phrases", "[fixf39]") {
  auto r = AuditText(std::string(kHead) +
                     "“It is a fine day,” said Victor Hale, the designer and former candidate who runs a school.\n");
  CHECK(RoleOf(r, "Victor Hale") == "designer and former candidate who runs a school");
  CHECK(SeenWithCue(r, "said").level == 5);
}

TEST_CASE("fixf39: a fronted possessive role with of course before the cue", "[fixf39]") {
  auto r1 = AuditText(std::string(kHead) + "Acme’s chief executive, Ruth Dale, of course, said the deal was fair.\n");
  CHECK(RoleOf(r1, "Ruth Dale") == "Acme’s chief executive");
  CHECK(SeenWithCue(r1, "said").level == 5);
  auto r2 = AuditText(std::string(kHead) + "Tom Hale, Acme’s chief executive, of course, said the deal was fair.\n");
  CHECK(RoleOf(r2, "Tom Hale") == "Acme’s chief executive");
}

TEST_CASE("fixf39: guard: of course after a bare name keeps the name", "[fixf39]") {
  auto r1 = AuditText(std::string(kHead) + "Tom Hale, of course, said the deal was fair.\n");
  CHECK(SeenWithCue(r1, "said").source == "Tom Hale");
  auto r2 = AuditText(std::string(kHead) + "On Friday, Tom Hale, of course, said the deal was fair.\n");
  CHECK(SeenWithCue(r2, "said").source == "Tom Hale");
}

TEST_CASE("fixf39: a capitalized sports position before a name is a role", "[fixf39]") {
  auto r = AuditText(std::string(kHead) +
                     "Goalkeeper Ivo Marsh, who saved a penalty, was pleased. “The team fought hard,” he said.\n");
  CHECK(SourceNamed(r, "Goalkeeper Ivo Marsh") == nullptr);
  CHECK(RoleOf(r, "Ivo Marsh") == "Goalkeeper");
  auto r2 = AuditText(std::string(kHead) + "Striker Leo Banks said the team would go again on Saturday.\n");
  CHECK(RoleOf(r2, "Leo Banks") == "Striker");
}

TEST_CASE("fixf39: a span of time between source and cue is no role", "[fixf39]") {
  auto r = AuditText(std::string(kHead) + "Then Acme, only three weeks later, announced plans to close the plant.\n");
  CHECK(SeenWithCue(r, "announced").source == "Acme");
  CHECK(RoleOf(r, "Acme").empty());
  auto r2 = AuditText(std::string(kHead) + "Then Acme, a year earlier, announced plans to close the plant.\n");
  CHECK(SeenWithCue(r2, "announced").source == "Acme");
}

TEST_CASE("fixf39: a whose-clause or a participle after a relative is no role", "[fixf39]") {
  auto r1 = AuditText(std::string(kHead) +
                      "“I love this park,” said Lena Cruz, whose family moved to the city in 1998 after the war.\n");
  CHECK(RoleOf(r1, "Lena Cruz").empty());
  CHECK(SeenWithCue(r1, "said").level == 4);
  auto r2 = AuditText(std::string(kHead) + "“I will win,” says Joe Lamb, 33, who is acting as his own lawyer.\n");
  CHECK(RoleOf(r2, "Joe Lamb").empty());
}
