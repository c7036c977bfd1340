// Cue words that were in no cue list (twenty-ninth round, branch recalla35):
// forms missing beside listed ones ("praises" beside "praised", "lists" and
// "listing" beside "listed", "refuse" beside "refused") and a few verbs of
// stance PolNeAR marks ("balked", "opted", "detailing"). Each gives an
// attribution with its subject as the source; a slide presentation that
// "lists" something is a document, not an unnamed source.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::SourceKind;
using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;

namespace {

constexpr const char *kHead = "Harbor council weighs a ferry levy.\n\n";

} // namespace

TEST_CASE("praises is a cue like praised", "[recalla35]") {
  auto r = AuditText(std::string(kHead) +
                     "Ana Ruiz praises the ferry crews for their work.\n");
  auto a = SeenWithCue(r, "praises");
  CHECK(a.source == "Ana Ruiz");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "the ferry crews for their work");
}

TEST_CASE("lists and listing before an object are cues like listed",
          "[recalla35]") {
  auto r = AuditText(
      std::string(kHead) +
      "The harbor registry lists Mara Quill as the owner of three boats.\n\n"
      "Tom Hale sent the council a letter, listing the new night routes.\n");
  auto lists = SeenWithCue(r, "lists");
  CHECK(lists.source == "The harbor registry");
  REQUIRE(lists.content.size() == 1);
  CHECK(lists.content[0] == "Mara Quill as the owner of three boats");
  auto listing = SeenWithCue(r, "listing");
  CHECK(listing.source == "Tom Hale");
  REQUIRE(listing.content.size() == 1);
  CHECK(listing.content[0] == "the new night routes");
}

TEST_CASE(
    "a presentation that lists options is a document, not an unnamed source",
    "[recalla35]") {
  auto r = AuditText(
      std::string(kHead) +
      "The levy is short of money, according to a budget presentation. "
      "The presentation lists a fare rise and two route cuts as options.\n");
  auto a = SeenWithCue(r, "lists");
  CHECK(a.source == "The presentation");
  CHECK(a.kind == SourceKind::kDocument);
  for (const auto &anon : r.anonymous_sources)
    CHECK(anon.phrase != "The presentation");
}

TEST_CASE("balked, opted and detailing are stance cues", "[recalla35]") {
  auto r = AuditText(
      std::string(kHead) +
      "Two members of the council balked at the cost of the new pier.\n\n"
      "The ferry union opted to stay out of the race.\n\n"
      "Mara Quill wrote to the council, detailing the cost of the new pier.\n");
  auto balked = SeenWithCue(r, "balked at");
  CHECK(balked.source == "Two members of the council");
  REQUIRE(balked.content.size() == 1);
  CHECK(balked.content[0] == "the cost of the new pier");
  auto opted = SeenWithCue(r, "opted");
  CHECK(opted.source == "The ferry union");
  REQUIRE(opted.content.size() == 1);
  CHECK(opted.content[0] == "to stay out of the race");
  auto detailing = SeenWithCue(r, "detailing");
  CHECK(detailing.source == "Mara Quill");
  REQUIRE(detailing.content.size() == 1);
  CHECK(detailing.content[0] == "the cost of the new pier");
}

TEST_CASE("refuse before to and a verb is a refusal cue like refused",
          "[recalla35]") {
  auto r = AuditText(std::string(kHead) +
                     "The ferry crews refuse to sign the new contract.\n");
  auto a = SeenWithCue(r, "refuse");
  CHECK(a.source == "The ferry crews");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "to sign the new contract");
}

// Guards: the nouns stay unread.
TEST_CASE("watch lists and a listing are no cues", "[recalla35]") {
  auto r =
      AuditText(std::string(kHead) +
                "People on two watch lists may not board the ferry.\n\n"
                "The listing for the old ferry was taken down on Tuesday.\n");
  CHECK(SeenWithCue(r, "lists").source == "<no attribution>");
  CHECK(SeenWithCue(r, "listing").source == "<no attribution>");
}

// "asked for" was a cue blocker (a request, not an attribution); PolNeAR
// marks the request with "for" in the cue and what was asked for as content.
TEST_CASE("asked for is a cue with what was asked for as content",
          "[recalla35]") {
  auto r =
      AuditText(std::string(kHead) +
                "A clerk at the pier asked for a recount of the ballots.\n");
  auto a = SeenWithCue(r, "asked for");
  CHECK(a.source == "A clerk at the pier");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "a recount of the ballots");
}

TEST_CASE("asked to and asked that stay blocked", "[recalla35]") {
  auto r = AuditText(std::string(kHead) +
                     "The clerk was asked to count the ballots again.\n");
  CHECK(SeenWithCue(r, "asked to").source == "<no attribution>");
  CHECK(SeenWithCue(r, "was asked to").source == "<no attribution>");
}
