// Contents of the thirty-second round (branch cend38): where an indirect
// content ends when a phrase is fronted right after its "that". The comma
// that closes such a phrase ("said that while she opposed the fare, she was
// backing …", "found that, according to an analysis of …, 40 of …") ends no
// content: the reported clause's own subject and verb come after it, and
// PolNeAR marks the whole clause. The engine had ended the content at that
// comma whenever a cue word stood among the next words, leaving contents
// such as "that although the captain apologized" or "that" alone.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenAttributions;

namespace {

// How many attributions have a content part written exactly `text`.
int ContentsWritten(const onrecord::AuditResult& r, const std::string& text) {
  int n = 0;
  for (const auto& a : SeenAttributions(r)) {
    for (const auto& c : a.content) {
      if (c == text) ++n;
    }
  }
  return n;
}

const std::string kLead = "The ferry council met on Monday in Harlow.\n\n";

}  // namespace

TEST_CASE("cend38: a clause opened by while after that runs past its comma", "[cend38]") {
  auto r = AuditText(kLead +
                     "Mara Quist said that while she opposed the new fare, she was backing the second boat because "
                     "it would cut waiting times.\n");
  CHECK(ContentsWritten(r,
                        "that while she opposed the new fare, she was backing the second boat because it would cut "
                        "waiting times") == 1);
  CHECK(ContentsWritten(r, "that while she opposed the new fare") == 0);
}

TEST_CASE("cend38: a phrase opened by after or although after that runs past its comma", "[cend38]") {
  auto r = AuditText(kLead +
                     "Tom Bell wrote that after the vote, the mayor called him to ask for his support.\n\n"
                     "Lena Fischer said that although the captain apologized, he showed no sign of changing the "
                     "timetable.\n");
  CHECK(ContentsWritten(r, "that after the vote, the mayor called him to ask for his support") == 1);
  CHECK(ContentsWritten(r, "that after the vote") == 0);
  CHECK(ContentsWritten(r, "that although the captain apologized, he showed no sign of changing the timetable") == 1);
  CHECK(ContentsWritten(r, "that although the captain apologized") == 0);
}

TEST_CASE("cend38: a phrase set off by commas right after that stays in the content", "[cend38]") {
  auto r = AuditText(kLead +
                     "The report found that, according to an analysis of the council minutes, 40 of the 90 "
                     "meetings were held in private.\n\n"
                     "Ana Ruiz said that, even if the board agreed, a second vote could not be held before June.\n");
  CHECK(ContentsWritten(r,
                        "that, according to an analysis of the council minutes, 40 of the 90 meetings were held in "
                        "private") == 1);
  CHECK(ContentsWritten(r, "that, even if the board agreed, a second vote could not be held before June") == 1);
  CHECK(ContentsWritten(r, "that") == 0);
}

// Guards: a content whose "that" opens no fronted phrase still ends before
// a citation after a comma, and a fronted phrase with no comma after it
// changes nothing.
TEST_CASE("cend38: a content opened by that and its subject still ends before according to", "[cend38]") {
  auto r = AuditText(kLead + "Ana Ruiz said that the fare would rise in May, according to the council minutes.\n");
  CHECK(ContentsWritten(r, "that the fare would rise in May") == 1);
}

TEST_CASE("cend38: a fronted phrase without a comma leaves the content as it was", "[cend38]") {
  auto r = AuditText(kLead + "Mara Quist said that after the vote the mayor would resign.\n");
  CHECK(ContentsWritten(r, "that after the vote the mayor would resign") == 1);
}
