// Faults a fresh user found in the twenty-third round (fu29): pronouns given
// to a person of the other gender.
#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"

namespace onrecord {
namespace {

using testing::AnySourceText;
using testing::AuditText;
using testing::SpeakerOf;

// "she" went to the husband named last: neither given name was in list
// given-names, so nothing was known of either person's gender.
TEST_CASE("a given name common in the news tells whom 'she' stands for", "[fu29]") {
  auto r = AuditText(
      "Rachel Okafor, a school nurse, came with her husband, Milton Okafor, a bus driver. "
      "\u201CWe waited two hours,\u201D she said.\n");
  CHECK(SpeakerOf(r, "We waited") == "Rachel Okafor");
}

// The last person cited was a man ("Tom Reyes"); "she" ruled him out, and
// the pronoun then went back to him for want of anyone else, where the
// woman who spoke two paragraphs before was the one meant.
TEST_CASE("a gendered pronoun passes over the last speaker to one who agrees", "[fu29]") {
  auto r = AuditText(
      "\u201CWe will not sell the port,\u201D Mayor Ana Ruiz told reporters on Monday.\n\n"
      "\u201CThe port is not for sale,\u201D Governor Tom Reyes said on Tuesday.\n\n"
      "\u201CWe answer to nobody,\u201D she told a radio station.\n");
  CHECK(SpeakerOf(r, "We answer") == "Ana Ruiz");
}

// With nobody who agrees, the quote has no speaker rather than a man's.
TEST_CASE("a gendered pronoun with nobody who agrees stays unresolved", "[fu29]") {
  auto r = AuditText(
      "\u201CThe port is not for sale,\u201D Governor Tom Reyes said on Tuesday.\n\n"
      "\u201CWe answer to nobody,\u201D she told a radio station.\n");
  CHECK(SpeakerOf(r, "The port") == "Tom Reyes");
  CHECK(SpeakerOf(r, "We answer") != "Tom Reyes");
}

// "…, a former chairman of the council who has advised Mrs. Clinton" made
// "a former chairman of the council" a second, unnamed source of the cue
// "advised": serving as an adviser is no claim.
TEST_CASE("'who has advised' a named person is no cue", "[fu29]") {
  auto r = AuditText(
      "\u201CThe harbor has changed,\u201D said Ana Ruiz, a professor at Tamsin College and a former "
      "director of the port authority who has advised Governor Tom Reyes.\n");
  CHECK(SpeakerOf(r, "The harbor") == "Ana Ruiz");
  CHECK_FALSE(AnySourceText(r, "a former director of the port authority"));
  CHECK(r.attributions.size() == 1);
  // Advice given as speech stays a cue.
  auto told = AuditText("Ana Ruiz advised the council to delay the vote.\n");
  CHECK(AnySourceText(told, "Ana Ruiz"));
}

// "said on a media call set up by unions …" read "call" as a verb with
// the subject "a media", a described anonymous source.
TEST_CASE("a conference or media call is no cue", "[fu29]") {
  for (const std::string call : {"a media call", "a conference call", "her weekly phone call"}) {
    INFO(call);
    auto r = AuditText("Ana Ruiz said on " + call + " with reporters that she supports the plan.\n");
    CHECK(r.attributions.size() == 1);
    CHECK(AnySourceText(r, "Ana Ruiz"));
  }
  // The verb stays a cue.
  auto r = AuditText("Union leaders call the plan a disaster.\n");
  bool call_cue = false;
  for (const auto& a : r.attributions) call_cue = call_cue || (a.cue && a.cue->text.find("call") != std::string::npos);
  CHECK(call_cue);
}

}  // namespace
}  // namespace onrecord
