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

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::ContentsWritten;
using onrecord::testing::SeenAttributions;

namespace {

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

// A second "that" clause of the same cue after "but" or "and", and the
// second half of "not just …, but …", go on with the content (PolNeAR keeps
// both halves in one content); the engine had ended the content at the
// comma before them.
TEST_CASE("cend38: a second that clause after but or and stays in the content", "[cend38]") {
  auto r = AuditText(kLead +
                     "Mara Quist said the old boat could run for another year, but that the council would have to "
                     "pay for its repairs.\n\n"
                     "Jon Hale wrote that the hull was sound, and that the riders should worry more about the fares.\n");
  CHECK(ContentsWritten(r,
                        "the old boat could run for another year, but that the council would have to pay for its "
                        "repairs") == 1);
  CHECK(ContentsWritten(r, "the old boat could run for another year") == 0);
  CHECK(ContentsWritten(r, "that the hull was sound, and that the riders should worry more about the fares") == 1);
  CHECK(ContentsWritten(r, "that the hull was sound") == 0);
}

TEST_CASE("cend38: the but of not just a mistake, but a failure stays in the content", "[cend38]") {
  auto r = AuditText(kLead + "Tom Bell said the timetable had been not just a mistake, but a failure of the whole board.\n");
  CHECK(ContentsWritten(r, "the timetable had been not just a mistake, but a failure of the whole board") == 1);
  CHECK(ContentsWritten(r, "the timetable had been not just a mistake") == 0);
}

// Guards: "that" as a pronoun before a modal, or as a determiner before its
// noun, opens the writer's own clause, and the content still ends before it.
TEST_CASE("cend38: but that before a modal or a noun still ends the content", "[cend38]") {
  auto r = AuditText(kLead +
                     "Ana Ruiz said the crossing seems busy, but that could change in the winter.\n\n"
                     "Lena Fischer said the fare was too high, but that report came too late for the vote.\n");
  CHECK(ContentsWritten(r, "the crossing seems busy") == 1);
  CHECK(ContentsWritten(r, "the fare was too high") == 1);
}
