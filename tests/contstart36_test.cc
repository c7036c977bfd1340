// Where a Content starts (thirtieth round, branch contstart36; issue #4):
// the writer's words that run into a quote are the content's start also
// when the clause goes on past the quote, and "what" after a preposition is
// the content's first fragment. Sentences of our own.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;

namespace {
using Parts = std::vector<std::string>;
}

TEST_CASE("a lead-in runs into a quote that runs on into the writer's words before the attribution",
          "[attribute][contstart36]") {
  auto r = AuditText(
      "Ferry vote\n\n"
      "The council met on Monday. Islanders had \xE2\x80\x9Cput the biggest dent\xE2\x80\x9D"
      " yet in the ferry plan, Ana Lee said.\n");
  CHECK(SeenWithCue(r, "said").content ==
        Parts{"Islanders had \xE2\x80\x9Cput the biggest dent\xE2\x80\x9D yet in the ferry plan"});
  auto memo = AuditText(
      "Ferry vote\n\n"
      "The council met on Monday. The campaign is paying \xE2\x80\x9C" "dozens\xE2\x80\x9D"
      " of canvassers to knock on doors, according to a memo.\n");
  CHECK(SeenWithCue(memo, "according to").content ==
        Parts{"The campaign is paying \xE2\x80\x9C" "dozens\xE2\x80\x9D of canvassers to knock on doors"});
}

TEST_CASE("a fronted phrase set off by a comma before a quote is the content's start", "[attribute][contstart36]") {
  auto r = AuditText(
      "Harbour campaign\n\n"
      "The board met on Monday. In past campaigns, \xE2\x80\x9Cwe could reach every islander by ferry,\xE2\x80\x9D"
      " Ana Lee said.\n");
  CHECK(SeenWithCue(r, "said").content ==
        Parts{"In past campaigns, \xE2\x80\x9Cwe could reach every islander by ferry,\xE2\x80\x9D"});
}

TEST_CASE("what after a preposition is the content's first fragment", "[attribute][contstart36]") {
  auto clause = AuditText(
      "Harbour clubs\n\n"
      "The clubs adapted to what Ana Lee said is a growing demand for ferry berths.\n");
  CHECK(SeenWithCue(clause, "said").content == Parts{"what", "is a growing demand for ferry berths"});
  auto quote = AuditText(
      "Harbour race\n\n"
      "The island prepares for what Tom Beck called \xE2\x80\x9Cthe loudest race in years.\xE2\x80\x9D\n");
  CHECK(SeenWithCue(quote, "called").content ==
        Parts{"what", "\xE2\x80\x9Cthe loudest race in years.\xE2\x80\x9D"});
  // "whom" after a preposition is its object and stays out.
  auto whom = AuditText(
      "Harbour pilots\n\n"
      "Ana Lee runs the harbour. The port hired a pilot to whom she explained that the fog would lift by noon.\n");
  CHECK(SeenWithCue(whom, "explained").content == Parts{"that the fog would lift by noon"});
}
