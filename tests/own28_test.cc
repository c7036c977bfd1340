// Faults found by auditing invented sentences in the twenty-second round
// (own28): unnamed sources tied to a named side by a possessive, and role
// abbreviations read as names.
#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;
using testing::SeenWithSource;

const std::string kIntro = "Senator Ann Hale opened the hearing on Monday. ";

// "Her lawyer said …" after the senator was named was a vague anonymous
// source (T1), where "Hale’s lawyer" was described (T2): the possessive
// pronoun ties the source to the named person as the possessive name does.
TEST_CASE("a possessive pronoun after a name ties an unnamed source to that side", "[own28]") {
  for (const std::string subject : {"Her lawyer", "Her chief aide", "Her advisers", "Her running mate"}) {
    INFO(subject);
    auto a = SeenWithSource(AuditText(kIntro + subject + " said the vote was close.\n"), subject);
    CHECK(a.kind == SourceKind::kDescribed);
    CHECK(a.specificity == Specificity::kDescribed);
    CHECK(a.level == 2);
  }
  // With nobody named before it, the same words stay vague.
  auto alone = SeenWithSource(AuditText("The hearing opened on Monday. Her lawyer said the vote was close.\n"),
                              "Her lawyer");
  CHECK(alone.kind == SourceKind::kAnonymous);
  CHECK(alone.specificity == Specificity::kVague);
}

// "The company’s chief executive" was vague: the organisation noun was
// looked up with its possessive ending ("company’s") and not found.
TEST_CASE("an organisation noun with a possessive ending is an affiliation", "[own28]") {
  for (const std::string subject : {"The company’s chief executive", "The agency's spokeswoman"}) {
    INFO(subject);
    auto a = SeenWithSource(AuditText("Profits fell in the spring. " + subject + " said costs had risen.\n"), subject);
    CHECK(a.specificity == Specificity::kDescribed);
  }
}

// "Trump’s potential running mate said …" gave no attribution at all, and
// "The VP said" or "The CFO said" a named person "VP" or an organisation
// "CFO": role abbreviations and "mate" were in no list, and "potential",
// "likely", "presumptive" not known as modifiers of a source's head.
TEST_CASE("role abbreviations and a running mate are unnamed people, not names", "[own28]") {
  for (const std::string subject : {"Hale’s potential running mate", "Hale’s presumptive running mate", "The VP",
                                    "The CFO", "The company’s CTO"}) {
    INFO(subject);
    auto a = SeenWithSource(AuditText(subject + " said the ticket was strong.\n"), subject);
    REQUIRE(a.source == subject);
    CHECK(a.content == std::vector<std::string>{"the ticket was strong"});
    CHECK(a.kind != SourceKind::kNamed);
    CHECK(a.kind != SourceKind::kOrganization);
  }
  // Before a name it is a title: "VP Dana Ortiz" is Dana Ortiz, role VP.
  auto titled = SeenWithSource(AuditText("VP Dana Ortiz said the ticket was strong.\n"), "VP Dana Ortiz");
  CHECK(titled.who == "Dana Ortiz");
  CHECK(titled.kind == SourceKind::kNamed);
}

}  // namespace
}  // namespace onrecord
