// Content edges (eleventh round, branch content12; issue #4): kinds of
// fault in where a predicted content starts or ends, each checked with
// sentences of our own.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AttributionWithCue;
using onrecord::testing::AuditText;

namespace {

// Every content part of the first attribution whose cue is `cue`.
std::vector<std::string> ContentParts(const onrecord::AuditResult& r, const std::string& cue) {
  std::vector<std::string> out;
  for (const auto& a : r.attributions) {
    if (!a.cue || a.cue->text != cue) continue;
    for (const auto& c : a.content) out.push_back(c.text);
    break;
  }
  return out;
}

}  // namespace

TEST_CASE("a place or manner phrase ending in a colon or comma before a quote is no content", "[attribute][content12]") {
  auto r = AuditText(
      "Harbour levy\n\n"
      "Mayor Ines Ruiz wrote on her blog on Monday: \xE2\x80\x9CWe will rebuild the pier before the storms.\xE2\x80\x9D\n\n"
      "Councillor Tom Beck replied flatly: \xE2\x80\x9CThe fares stay as they are.\xE2\x80\x9D\n\n"
      "Port director Ana Lee said to the dockworkers, \xE2\x80\x9CNobody here will lose a job.\xE2\x80\x9D\n");
  CHECK(AttributionWithCue(r, "wrote").content == "\xE2\x80\x9CWe will rebuild the pier before the storms.\xE2\x80\x9D");
  CHECK(AttributionWithCue(r, "replied").content == "\xE2\x80\x9CThe fares stay as they are.\xE2\x80\x9D");
  CHECK(AttributionWithCue(r, "said").content == "\xE2\x80\x9CNobody here will lose a job.\xE2\x80\x9D");
  // A complementizer opens a reported clause: it stays in the content.
  auto lee = AuditText(
      "Ferry times\n\n"
      "Ana Lee said that the ferry was too slow: \xE2\x80\x9CIt takes an hour to cross.\xE2\x80\x9D\n");
  CHECK(AttributionWithCue(lee, "said").content ==
        "that the ferry was too slow: \xE2\x80\x9CIt takes an hour to cross.\xE2\x80\x9D");
}

TEST_CASE("a noun phrase that glosses the clause at the content end is no content", "[attribute][content12]") {
  auto beck = AuditText(
      "Harbour levy\n\n"
      "Tom Beck said the port would close in March, a claim that the council disputes.\n");
  CHECK(AttributionWithCue(beck, "said").content == "the port would close in March");
  auto lee = AuditText(
      "Ferry contract\n\n"
      "Ana Lee said the ferry contract went to Marta Okafor, the former harbour master.\n");
  CHECK(AttributionWithCue(lee, "said").content == "the ferry contract went to Marta Okafor");
  // The comma closes a phrase that opens the content, or joins a list:
  // the clause stays whole.
  auto fronted = AuditText(
      "Harbour levy\n\n"
      "Tom Beck said that despite the vote, the plan would go ahead.\n");
  CHECK(AttributionWithCue(fronted, "said").content == "that despite the vote, the plan would go ahead");
  auto list = AuditText(
      "Harbour levy\n\n"
      "Ines Ruiz said they disagree on fares, the crane and the pier.\n");
  CHECK(AttributionWithCue(list, "said").content == "they disagree on fares, the crane and the pier");
}

TEST_CASE("a long addressee or a programme title before that is no content", "[attribute][content12]") {
  auto beck = AuditText(
      "Harbour levy\n\n"
      "Councillor Tom Beck told a packed hall in Fairview, Ohio, on Monday that the levy would fall.\n");
  CHECK(AttributionWithCue(beck, "told").content == "that the levy would fall");
  auto lee = AuditText(
      "Ferry fares\n\n"
      "Port director Ana Lee said on Channel 4\xE2\x80\x99s \xE2\x80\x9CHarbour Hour\xE2\x80\x9D on Sunday "
      "that the fares would rise.\n");
  CHECK(ContentParts(lee, "said") == std::vector<std::string>{"that the fares would rise"});
}

// Twelfth round (main): a reported clause that stops at a boundary of its own
// before this cue's quote (", but", "and expects") runs on to the quote's end.
TEST_CASE("a reported clause runs on to the end of the quote it holds", "[attribute][content13]") {
  auto r = AuditText(
      "Ferry vote\n\n"
      "Mayor Ines Ruiz says she is proud of the crews and expects to win the vote with a \xE2\x80\x9C" "clear margin.\xE2\x80\x9D\n\n"
      "According to Tom Beck, he was once a ferry skipper, but is now \xE2\x80\x9Cthe harbour's loudest critic.\xE2\x80\x9D\n");
  CHECK(ContentParts(r, "says") ==
        std::vector<std::string>{"she is proud of the crews and expects to win the vote with a \xE2\x80\x9C" "clear margin.\xE2\x80\x9D"});
  CHECK(ContentParts(r, "According to") ==
        std::vector<std::string>{"he was once a ferry skipper, but is now \xE2\x80\x9Cthe harbour's loudest critic.\xE2\x80\x9D"});
  // A clause of another source before the quote keeps the quote apart.
  auto two = AuditText(
      "Ferry vote\n\n"
      "Mayor Ines Ruiz said the fares would stay, but Tom Beck called the plan \xE2\x80\x9C" "a slow disaster.\xE2\x80\x9D\n");
  CHECK(ContentParts(two, "said") == std::vector<std::string>{"the fares would stay"});
}

// Regression: in "…, Obama said Tuesday, according to a pool report" the
// citation after the cue had been taken as what Obama said.
TEST_CASE("a citation after the cue is no content of the cue before it", "[attribute][content13]") {
  auto r = AuditText(
      "Ferry vote\n\n"
      "The crews want answers, Ruiz said Tuesday, according to a city hall pool report.\n");
  CHECK(ContentParts(r, "said") == std::vector<std::string>{"The crews want answers"});
}
