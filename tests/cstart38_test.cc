// Where a Content starts (thirty-second round, branch cstart38; issue #4):
// an addressee before a pronoun with its clitic auxiliary, every form of
// a verb of reminding, informing and assuring, and an aside set off by
// dashes or commas between the cue and "that" stay out of the content.
// Sentences of our own.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;

namespace {
using Parts = std::vector<std::string>;
}

TEST_CASE("cstart38: an addressee before a pronoun with its clitic is no content", "[attribute][cstart38]") {
  auto he = AuditText(
      "Ferry vote\n\n"
      "The council met on Monday. In response, Tom Beck assured "
      "voters he’d keep the ferry running all winter.\n");
  CHECK(SeenWithCue(he, "assured").content == Parts{"he’d keep the ferry running all winter"});
  auto she = AuditText(
      "Ferry vote\n\n"
      "The council met on Monday. Ana Lee told the Harbour "
      "Post she’s already received hundreds of letters.\n");
  CHECK(SeenWithCue(she, "told").content == Parts{"she’s already received hundreds of letters"});
  // The bare pronoun, as before.
  auto bare = AuditText(
      "Ferry vote\n\n"
      "The council met on Monday. Tom Beck assured voters he "
      "would keep the ferry running.\n");
  CHECK(SeenWithCue(bare, "assured").content == Parts{"he would keep the ferry running"});
  // "it’s" opens no clause after an addressee here, as bare "it" does not.
  auto it = AuditText(
      "Ferry vote\n\n"
      "The council met on Monday. Tom Beck told voters it’s time to vote.\n");
  CHECK(SeenWithCue(it, "told").content == Parts{"voters it’s time to vote"});
}

TEST_CASE(
    "cstart38: every form of remind, inform and assure leaves the "
    "addressee out",
    "[attribute][cstart38]") {
  auto reminding = AuditText(
      "Ferry vote\n\n"
      "The council met on Monday. Ana Lee spoke for an hour, "
      "reminding islanders that the ferry had never run late.\n");
  CHECK(SeenWithCue(reminding, "reminding").content == Parts{"that the ferry had never run late"});
  auto assure = AuditText(
      "Ferry vote\n\n"
      "The council met on Monday. Her advisers continued "
      "to assure her that the vote was worth the risk.\n");
  CHECK(SeenWithCue(assure, "continued to assure").content == Parts{"that the vote was worth the risk"});
}

TEST_CASE("cstart38: an aside between dashes or commas before that is no content", "[attribute][cstart38]") {
  auto dashes = AuditText(
      "Ferry vote\n\n"
      "The council met on Monday. Tom Beck said — on the "
      "radio, as it happens — that the ferry would run "
      "all winter.\n");
  CHECK(SeenWithCue(dashes, "said").content == Parts{"that the ferry would run all winter"});
  auto hyphens = AuditText(
      "Ferry vote\n\n"
      "The council met on Monday. Ana Lee wrote - wrongly "
      "- that the ferry had been sold.\n");
  CHECK(SeenWithCue(hyphens, "wrote").content == Parts{"that the ferry had been sold"});
  auto commas = AuditText(
      "Ferry vote\n\n"
      "The council met on Monday. Officials told Harbour "
      "Radio, however, that the ferry had been sold.\n");
  CHECK(SeenWithCue(commas, "told").content == Parts{"that the ferry had been sold"});
  // A dash that opens a quote's lead, or no "that" after the aside, keeps
  // the content as it was.
  auto no_that = AuditText(
      "Ferry vote\n\n"
      "The council met on Monday. Tom Beck said — on the "
      "radio — the ferry would run all winter.\n");
  CHECK(SeenWithCue(no_that, "said").content != Parts{"that the ferry would run all winter"});
}

TEST_CASE(
    "cstart38: an aside with a cue of its own, and an addressee ending "
    "in a possessive, stay as they were",
    "[attribute][cstart38]") {
  // Two attributions share the "that" clause: the second cue's aside is no
  // writer's aside, and its attribution is not made from the dash on.
  auto two = AuditText(
      "Ferry vote\n\n"
      "The council met on Monday. Islanders would argue — and "
      "Ana Lee presumably believes — that the ferry "
      "should run all winter.\n");
  CHECK(SeenWithCue(two, "presumably believes").content != Parts{"— that the ferry should run all winter"});
  // A capitalized run that ends in a possessive is no whole addressee.
  auto possessive = AuditText(
      "Ferry vote\n\n"
      "The council met on Monday. The clerk is reminding Ana Lee’s "
      "campaign about the filing rules.\n");
  CHECK(SeenWithCue(possessive, "is reminding").content != Parts{"campaign about the filing rules"});
}
