// English sources and roles that fresh users reported (thirty-fourth round,
// branch role40, issue #4): no role from the object of a relative clause's
// own verb, the name registry's role from an apposition after a clause, a
// named refusal kept out of the sources, a given name alone before its
// apposition, words of quantity opening a sentence, and an interviewee's
// title in the lead-in.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;
using onrecord::testing::SourceNamed;

namespace {
const char kHead[] = "Ferry town weighs the new timetable.\n\n";

std::string RoleOf(const onrecord::AuditResult& r, const std::string& name) {
  const auto* s = SourceNamed(r, name);
  return s ? s->role : std::string("<no source>");
}
}  // namespace

TEST_CASE("role40: a relative clause with a verb of its own gives no role", "[role40]") {
  auto r1 = AuditText(std::string(kHead) +
                      "“We are tired,” said Alderman Jo Ray, who thinks the mayor and his staff “need to listen.”\n");
  const auto* s1 = SourceNamed(r1, "Alderman Jo Ray");
  if (!s1) s1 = SourceNamed(r1, "Jo Ray");
  REQUIRE(s1 != nullptr);
  CHECK(s1->role.find("mayor") == std::string::npos);
  auto r2 = AuditText(std::string(kHead) + "“We are tired,” said Jo Ray, who met the mayor and her staff.\n");
  CHECK(RoleOf(r2, "Jo Ray").empty());
  auto r3 = AuditText(std::string(kHead) + "“We are tired,” said Jo Ray, who thinks the mayor “must listen.”\n");
  CHECK(RoleOf(r3, "Jo Ray").empty());
  CHECK(SeenWithCue(r3, "said").level == 4);
}

TEST_CASE("role40: a relative clause of a position held still gives the role", "[role40]") {
  auto r1 = AuditText(std::string(kHead) + "“We are tired,” said Jo Ray, who is the harbor treasurer.\n");
  CHECK(RoleOf(r1, "Jo Ray") == "harbor treasurer");
  auto r2 = AuditText(std::string(kHead) + "“We are tired,” said Jo Ray, who chairs the ferry board.\n");
  CHECK(RoleOf(r2, "Jo Ray") == "chairs the ferry board");
  auto r3 = AuditText(std::string(kHead) + "“We are tired,” said Jo Ray, who has been the harbor treasurer.\n");
  CHECK(RoleOf(r3, "Jo Ray") == "harbor treasurer");
}

TEST_CASE("role40: an apposition after a clause gives the registry its role, not the clause", "[role40]") {
  auto r = AuditText(std::string(kHead) +
                     "The union leader spoke to the minister, Ola Berg, calling for higher pay. “We need more,” Berg "
                     "said.\n");
  CHECK(RoleOf(r, "Ola Berg") == "minister");
  // Unchanged: a role phrase that opens the sentence.
  auto r2 = AuditText(std::string(kHead) + "The harbor minister, Ola Berg, left early. “We need more,” Berg said.\n");
  CHECK(RoleOf(r2, "Ola Berg") == "harbor minister");
}

TEST_CASE("role40: a named person who only declines stays out of the sources", "[role40]") {
  // Guard (passes before and after): a refusal sources nothing (design §4:
  // outreach; docs/scoring.md), so the refusal keeps its mention as PolNeAR
  // marks it and lists no source.
  auto r = AuditText(std::string(kHead) + "His lawyer, Sam Ruiz, declined to comment.\n");
  const auto d = SeenWithCue(r, "declined");
  CHECK(d.source == "His lawyer, Sam Ruiz,");
  CHECK(d.level == 0);
  CHECK(r.sources.empty());
  CHECK(r.anonymous_sources.empty());
  // Quoted elsewhere, the same person is a source with the apposition's role.
  auto both = AuditText(std::string(kHead) +
                        "His lawyer, Sam Ruiz, declined to comment. “The case is weak,” Ruiz said later.\n");
  CHECK(RoleOf(both, "Sam Ruiz") == "lawyer");
}

TEST_CASE("role40: a given name alone before its apposition names the source", "[role40]") {
  auto r1 = AuditText(std::string(kHead) +
                      "Greta, a nurse who asked that her surname not be used, said the ward was full.\n");
  const auto s1 = SeenWithCue(r1, "said");
  CHECK(s1.who == "Greta");
  CHECK(s1.kind == onrecord::SourceKind::kNamed);
  CHECK(s1.level == 5);
  auto r2 = AuditText(std::string(kHead) + "Greta, a nurse, said the ward was full.\n");
  CHECK(SeenWithCue(r2, "said").who == "Greta");
  CHECK(RoleOf(r2, "Greta").find("nurse") != std::string::npos);
  // Guard: a sentence-opening word that is no given name stays no source.
  auto r3 = AuditText(std::string(kHead) + "Instead, the ferry board said the timetable would stand.\n");
  CHECK(SeenWithCue(r3, "said").source == "the ferry board");
  // Guard: a given name that is also a place, with no person's noun in the
  // apposition, names nobody.
  auto r4 = AuditText(std::string(kHead) + "Virginia, a swing state, said no to the levy.\n");
  CHECK(SourceNamed(r4, "Virginia") == nullptr);
}

TEST_CASE("role40: a word of quantity opening the sentence is never a name", "[role40]") {
  for (const char* q : {"Numerous", "Countless", "Various", "Myriad"}) {
    auto r = AuditText(std::string(kHead) + q + " Democrats said the levy would fail.\n");
    const auto s = SeenWithCue(r, "said");
    INFO(q);
    CHECK(s.source == std::string(q) + " Democrats");
    CHECK(s.kind != onrecord::SourceKind::kNamed);
    CHECK(s.level == 2);
  }
  for (const char* q : {"Scores of", "Hundreds of", "Thousands of", "Lots of", "Plenty of"}) {
    auto r = AuditText(std::string(kHead) + q + " Democrats said the levy would fail.\n");
    const auto s = SeenWithCue(r, "said");
    INFO(q);
    CHECK(s.source == std::string(q) + " Democrats");
    CHECK(s.kind != onrecord::SourceKind::kNamed);
  }
  // Unchanged: a name after a quantifier inside the sentence.
  auto r = AuditText(std::string(kHead) + "“It will fail,” said Myriad Holm, a ferry pilot.\n");
  CHECK(SeenWithCue(r, "said").who == "Myriad Holm");
}

TEST_CASE("role40: an interviewee's title in the lead-in is the role", "[role40]") {
  const std::string qa =
      "Q: What comes next for you?\n\n"
      "A: I think we rebuild the pier first.\n\n"
      "Q: Do you have the money?\n\n"
      "A: I believe the state will pay for most of it.\n";
  auto r1 = AuditText(std::string(kHead) + "In an interview, we spoke to Ana Lima, the city's chief planner.\n\n" + qa);
  CHECK(RoleOf(r1, "Ana Lima") == "city's chief planner");
  auto r2 = AuditText(std::string(kHead) + "Harbor Commissioner Ana Lima sat down with us on Monday.\n\n" + qa);
  CHECK(RoleOf(r2, "Ana Lima") == "Harbor Commissioner");
  // Guard: an apposition that is no person's noun gives none.
  auto r3 = AuditText(std::string(kHead) + "In an interview, we spoke to Ana Lima, the day after the vote.\n\n" + qa);
  CHECK(RoleOf(r3, "Ana Lima").empty());
}
