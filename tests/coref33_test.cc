// Office nouns and whom they refer to (coref33, issue #4): an office one
// person holds (list sole-offices: "the sheriff", "the head coach", "the
// police chief", "the prime minister") is only a person the text gives
// that office, by a title or a role with the office's word ("Sheriff Ann
// Cole", "Ann Cole, the county sheriff"); otherwise it is its own unnamed
// source, described by the office (T2, an office-holder; docs/scoring.md).
// A fresh user found "the sheriff" made into the farmer quoted before it.
#include <catch2/catch.hpp>
#include <string>

#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;
using testing::SeenWithSource;

std::string Farmer(const std::string& office) {
  return "Tom Hale, a farmer, said the road flooded.\n\n"
         "“We lost everything,” he said.\n\n"
         "The " + office + " said the bridge was closed.\n";
}

TEST_CASE("coref33 an office noun is not the farmer quoted before it", "[coref33]") {
  for (const std::string office : {"sheriff", "head coach", "police chief", "city manager", "mayor"}) {
    INFO(office);
    const auto r = AuditText(Farmer(office));
    const auto seen = SeenWithSource(r, "The " + office);
    CHECK(seen.who == "The " + office);
    CHECK(seen.kind == SourceKind::kDescribed);
    CHECK(seen.level == 2);
    const auto* src = testing::SourceNamed(r, "The " + office);
    REQUIRE(src != nullptr);
    CHECK(src->office_holder);
  }
}

TEST_CASE("coref33 an office noun with no role named before is its own source", "[coref33]") {
  const auto r = AuditText("Tom Hale said the road flooded. The governor said the bridge was closed.\n");
  CHECK(SeenWithSource(r, "The governor").who == "The governor");
}

TEST_CASE("coref33 an office noun is the person the text gives that office", "[coref33]") {
  // A title before the name.
  CHECK(SeenWithSource(AuditText("Sheriff Ann Cole said the road flooded. Tom Hale, a farmer, said the fields were "
                                 "lost. The sheriff said the bridge was closed.\n"),
                       "The sheriff")
            .who == "Ann Cole");
  // A role in apposition, with another person cited since.
  CHECK(SeenWithSource(AuditText("Ann Cole, the county sheriff, said the road flooded. Tom Hale, a farmer, said the "
                                 "fields were lost. The sheriff said the bridge was closed.\n"),
                       "The sheriff")
            .who == "Ann Cole");
  // The office's head word as the title: "Coach", "Chief".
  CHECK(SeenWithSource(AuditText("Coach Ann Cole said the team lost. Tom Hale, a farmer, said it was bad. The head "
                                 "coach said it was a bad day.\n"),
                       "The head coach")
            .who == "Ann Cole");
  CHECK(SeenWithSource(AuditText("Police Chief Ann Cole said the road flooded. Tom Hale, a farmer, said it was "
                                 "bad. The police chief said the bridge was closed.\n"),
                       "The police chief")
            .who == "Ann Cole");
  CHECK(SeenWithSource(AuditText("Prime Minister Ann Cole said the road flooded. The prime minister said the bridge "
                                 "was closed.\n"),
                       "The prime minister")
            .who == "Ann Cole");
}

TEST_CASE("coref33 a vice president is not the president", "[coref33]") {
  const auto r =
      AuditText("Vice President Ann Cole said the road flooded. The president said the bridge was closed.\n");
  CHECK(SeenWithSource(r, "The president").who == "The president");
}

TEST_CASE("coref33 a title written inside a quote still gives the office", "[coref33]") {
  const auto r = AuditText(
      "Tom Hale wrote on social media: “Gov. Dale Prentice, answer the phone!”\n\n"
      "Dale Prentice spoke on Monday.\n\n"
      "“We are ready,” the governor said.\n");
  CHECK(SeenWithSource(r, "the governor").who == "Dale Prentice");
}

TEST_CASE("coref33 multi-word offices are described office-holders, not vague", "[coref33]") {
  for (const std::string office : {"prime minister", "attorney general"}) {
    INFO(office);
    const auto r = AuditText("The " + office + " said the bridge was closed.\n");
    const auto seen = SeenWithSource(r, "The " + office);
    CHECK(seen.level == 2);
    REQUIRE(seen.specificity.has_value());
    CHECK(*seen.specificity == Specificity::kDescribed);
    const auto* src = testing::SourceNamed(r, "The " + office);
    REQUIRE(src != nullptr);
    CHECK(src->office_holder);
  }
}

TEST_CASE("coref33 a headline read as a name takes no office noun", "[coref33]") {
  const auto r = AuditText(
      "Storm Response Criticized\n\n"
      "Residents said the county acted too slowly.\n\n"
      "The sheriff said the bridge was closed.\n");
  CHECK(SeenWithSource(r, "The sheriff").who == "The sheriff");
}

TEST_CASE("coref33 a bare office in a headline is the person the body names in it", "[coref33]") {
  const auto r = AuditText(
      "Indiana governor endorses Cruz\n\n"
      "Gov. Mike Pence said Friday that he would vote for Ted Cruz.\n\n"
      "“He is a principled conservative,” Pence said.\n\n"
      "The governor said he would campaign in the state.\n\n"
      "“I will be there,” the governor said.\n");
  CHECK(SeenWithSource(r, "Indiana governor").who == "Mike Pence");
  CHECK(SeenWithSource(r, "The governor").who == "Mike Pence");
  CHECK(SeenWithSource(r, "the governor").who == "Mike Pence");
}

TEST_CASE("coref33 an unnamed office mentioned before its holder is named gives way to the holder", "[coref33]") {
  const auto r = AuditText(
      "The judge said the hearing would resume.\n\n"
      "Lawyers for Tom Hale said they were ready.\n\n"
      "The courtroom was full.\n\n"
      "Reporters waited outside.\n\n"
      "Later Judge Ann Berman took a short recess.\n\n"
      "The lawyers said they had not expected it.\n\n"
      "“I have heard enough,” the judge said.\n");
  CHECK(SeenWithSource(r, "The judge").who == "The judge");
  CHECK(SeenWithSource(r, "the judge").who == "Ann Berman");
}

}  // namespace
}  // namespace onrecord
