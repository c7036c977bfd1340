// Faults fresh users found in English sources, roles and coreference
// (thirty-fifth round, branch fixi41, issue #4).
#include <string>

#include <catch2/catch.hpp>

#include "findings_util.h"
#include "test_util.h"

using onrecord::AuditResult;
using onrecord::testing::HasFinding;
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

TEST_CASE("fixi41: an indefinite description in apposition to a generic source describes it", "[fixi41]") {
  using onrecord::testing::SeenWithCue;
  // Design §4's own T3 example, after a generic head and a comma.
  auto r = AuditText("The port talks stalled on Tuesday. Another source, a diplomat who attended the meeting and "
                     "asked not to be named because the talks were private, said the two sides were far apart.\n");
  const auto a = SeenWithCue(r, "said");
  CHECK(a.level == 3);
  CHECK(a.specificity == onrecord::Specificity::kDescribed);
  CHECK_FALSE(HasFinding(r, "attribution.bare-source"));
  // After an inverted cue, up to the sentence's end.
  auto r2 = AuditText("The strike at Kell General entered its third week. “We are worn out,” said one of the "
                      "nurses, a union steward at the hospital.\n");
  const auto b = SeenWithCue(r2, "said");
  CHECK(b.level == 2);
  CHECK(b.specificity == onrecord::Specificity::kDescribed);
  // A generic source with no apposition stays vague.
  auto r3 = AuditText("The port talks stalled on Tuesday. Another source said the two sides were far apart.\n");
  CHECK(SeenWithCue(r3, "said").level == 1);
}

TEST_CASE("fixi41: a business noun refers back to a one-word name cited just before", "[fixi41]") {
  auto r = AuditText("Kellora said on Monday that sales had risen. The company said it expected more growth next "
                     "year.\n");
  const auto* s = SourceNamed(r, "Kellora");
  REQUIRE(s != nullptr);
  CHECK(s->kind == onrecord::SourceKind::kOrganization);
  CHECK(r.sources.size() == 1);
  // A person named with an honorific stays a person, and "the company" another source.
  auto r2 = AuditText("Mr. Kellora said on Monday that sales had risen. The company said it expected more growth.\n");
  const auto* p = SourceNamed(r2, "Kellora");
  REQUIRE(p != nullptr);
  CHECK(p->kind == onrecord::SourceKind::kNamed);
}

TEST_CASE("fixi41: a shortened organisation name is the organisation named in full", "[fixi41]") {
  auto r = AuditText("The Harbor City Post reported that the deal was close. According to the Post, the signing "
                     "could come on Friday.\n");
  CHECK(SourceNamed(r, "the Post") == nullptr);
  const auto* s = SourceNamed(r, "Harbor City Post");
  REQUIRE(s != nullptr);
  CHECK(r.sources.size() == 1);
  // "the House" after "the White House" is another body.
  auto r2 = AuditText("The White House said the bill was dead. The House said it would vote anyway.\n");
  CHECK(r2.sources.size() == 2);
}
