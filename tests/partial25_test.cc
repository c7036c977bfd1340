// Quotes wrongly left without a speaker (nineteenth round, branch
// partial25): a quote that lies within the reported speech of an
// attribution with a source takes that source, whether it comes after a
// subordinator ("because"), in a second conjunct ("and"), or after a colon.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;

namespace {

const onrecord::Quote* QuoteWith(const onrecord::AuditResult& r, const std::string& text) {
  for (const auto& q : r.quotes) {
    if (q.text.find(text) != std::string::npos) return &q;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("a quote after because in reported speech takes the speaker of the cue", "[partial25]") {
  auto r = AuditText(
      "One harbour inspector said the dock crews would be “livid” if the fines are dropped "
      "because “smaller ferries were fined for much less.”\n");
  const onrecord::Quote* first = QuoteWith(r, "livid");
  const onrecord::Quote* second = QuoteWith(r, "smaller ferries");
  REQUIRE(first);
  REQUIRE(second);
  CHECK(first->speaker == "One harbour inspector");
  CHECK(second->speaker == "One harbour inspector");
  CHECK_FALSE(second->unattributed());
  CHECK(r.score.unattributed_quotes == 0);
}

TEST_CASE("a second quoted conjunct and a quote after a colon take the speaker", "[partial25]") {
  auto r = AuditText(
      "Mayor Tilda Brenn vowed to “keep the ferry running” and to "
      "“fight the levy in every council vote.”\n\n"
      "A boatman said he hoped with his “whole heart” that the levy falls: "
      "“Then my children can stay on the island.”\n");
  const onrecord::Quote* q = QuoteWith(r, "fight the levy");
  REQUIRE(q);
  CHECK(q->speaker == "Tilda Brenn");
  const onrecord::Quote* c = QuoteWith(r, "Then my children");
  REQUIRE(c);
  CHECK(c->speaker == "A boatman");
}

TEST_CASE("a quote outside any reported speech stays unattributed and the addressee gets nothing", "[partial25]") {
  auto r = AuditText(
      "Lena Voss told the harbour master that the dock would close.\n\n"
      "“Nobody on the island believes the levy will pass,” a banner on the pier read.\n");
  for (const auto& q : r.quotes) CHECK(q.speaker != "the harbour master");
}
