// Contents of the twenty-eighth round (branch content34). A quote that the
// engine gives to the subject of a cue (the source phrase here holds a title
// in quotes, so the quote's attribution is made from the quote itself) and
// whose words run on into the writer's clause ("called the budget “a
// disgrace” to everyone who …") takes those words into its content, as a
// quote with its own cue already does (QuoteRunOnEnd).
#include <string>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::ContentsWritten;
using onrecord::testing::SeenAttributions;

namespace {

const std::string kLead = "Mayor Dana Pell opened the new ferry terminal on Monday.\n\n";
const std::string kReyes = "Tom Reyes, a host of the radio show \"Harbor Hour,\" who later ran for the council, ";

}  // namespace

TEST_CASE("a subject's quote that runs on into its clause takes the clause's words", "[content34]") {
  auto r = AuditText(kLead + kReyes + "called the ferry budget \"a disgrace\" to everyone who rides the boats.\n");
  CHECK(ContentsWritten(r, "the ferry budget \"a disgrace\" to everyone who rides the boats") == 1);
  CHECK(ContentsWritten(r, "the ferry budget \"a disgrace\"") == 0);
}

TEST_CASE("a subject's quote right after its cue runs on to the end of the sentence", "[content34]") {
  auto r = AuditText(kLead + kReyes + "said \"it will be hard to win\" if the vote slips again.\n");
  CHECK(ContentsWritten(r, "\"it will be hard to win\" if the vote slips again") == 1);
}

TEST_CASE("a subject's quote followed by a time phrase keeps the time phrase out", "[content34]") {
  auto r = AuditText(kLead + kReyes + "said the pier was \"a ruin\" on Friday.\n");
  CHECK(ContentsWritten(r, "the pier was \"a ruin\"") == 1);
  CHECK(ContentsWritten(r, "the pier was \"a ruin\" on Friday") == 0);
}

// A "that" between the cue and the quote, where the words before it open
// with a preposition or hold a quote closed by a comma (ClauseBeforeQuote
// keeps such a content to the quote): the content runs from "that".
TEST_CASE("a subject's quote after a phrase and that runs from that", "[content34]") {
  auto r = AuditText(kLead + kReyes + "said on the radio that the pier was \"a ruin.\"\n");
  CHECK(ContentsWritten(r, "that the pier was \"a ruin.\"") == 1);
  CHECK(ContentsWritten(r, "\"a ruin.\"") == 0);
}

TEST_CASE("a subject's second quote after that and a quote closed by a comma runs from that", "[content34]") {
  auto r = AuditText(kLead + kReyes + "warned that while \"the boats are old,\" the pier \"may fall into the sea.\"\n");
  CHECK(ContentsWritten(r, "that while \"the boats are old,\" the pier \"may fall into the sea.\"") == 1);
  CHECK(ContentsWritten(r, "\"may fall into the sea.\"") == 0);
}

TEST_CASE("a that after an infinitive opens no content", "[content34]") {
  auto r = AuditText(kLead + kReyes + "hopes to win the vote with the argument that \"ferries pay.\"\n");
  CHECK(ContentsWritten(r, "that \"ferries pay.\"") == 0);
  CHECK(ContentsWritten(r, "\"ferries pay.\"") == 1);
}
