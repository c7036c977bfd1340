// Fixes made on main in the thirty-fourth round, from the second fresh
// user's report (fu40b): label cells of a glossary or fact box are no
// source, and a headline quote that restates the body's or only sets off
// a word is not the story's first quote.
#include <catch2/catch.hpp>

#include "test_util.h"
#include "findings_util.h"

using onrecord::testing::CountFindings;

namespace onrecord {
namespace {

using testing::AuditText;
using testing::SpeakerOf;

TEST_CASE("main40: a label cell next to a quotation names no source, a name still does", "[main40]") {
  const std::string html =
      "<html><body><article><h1>Lowmoor counts the cost</h1>\n"
      "<p>The river broke its banks in Lowmoor on Sunday night and flooded the market.</p>\n"
      "<dl><dt>Filibuster</dt><dd>“A long speech made to delay a vote.”</dd></dl>\n"
      "<table>\n"
      "<tr><td>Slogan</td><td>“Build the market back.”</td></tr>\n"
      "<tr><td>Campaign song</td><td>“Rise again, Lowmoor.”</td></tr>\n"
      "<tr><td>2019</td><td>“Record year.”</td></tr>\n"
      "<tr><td>Who pays</td><td>“The county.”</td></tr>\n"
      "<tr><td>Jo Ray, mayor</td><td>“We will rebuild the market before winter.”</td></tr>\n"
      "<tr><td>“The water rose fast.”</td><td>Harbor Authority</td></tr>\n"
      "</table>\n"
      "</article></body></html>\n";
  AuditResult r = AuditText(html, "gloss.html");
  CHECK(SpeakerOf(r, "A long speech made to delay a vote.").empty());
  CHECK(SpeakerOf(r, "Build the market back.").empty());
  CHECK(SpeakerOf(r, "Rise again, Lowmoor.").empty());
  CHECK(SpeakerOf(r, "Record year.").empty());
  CHECK(SpeakerOf(r, "The county.").empty());
  // Guards: a name and role, and an organisation, still sign their rows.
  CHECK(SpeakerOf(r, "We will rebuild the market before winter.") == "Jo Ray");
  CHECK(SpeakerOf(r, "The water rose fast.") == "Harbor Authority");
}

TEST_CASE("main40: a headline quote the body quotes again is not the story's first quote", "[main40]") {
  auto r = AuditText(
      "Port Chief On Strike: ‘We Will Not Pay Ransom To Anyone.’\n\n"
      "The strike at the port of Lowmoor entered its third week on Monday.\n\n"
      "“We will not pay ransom to anyone,” said Ana Ruiz, the port director.\n\n"
      "A person close to the talks said the union “will not move.”\n");
  CHECK(CountFindings(r, "attribution.anonymous-first-quote") == 0);
  // A short body quote inside the headline's is no restatement of it: the
  // headline's named quote stays the first.
  auto named = AuditText(
      "Ann Lee, the harbour minister, told reporters: “We are at a turning point for the port.”\n"
      "A senior official said the plan was “historic.” Another called it “a turning point.”\n");
  CHECK(CountFindings(named, "attribution.anonymous-first-quote") == 0);
}

TEST_CASE("main40: a word set off in the headline does not hide an anonymous first quote", "[main40]") {
  auto r = AuditText(
      "Harbor PAC ‘Rebranded,’ Becomes ‘Clean Water PAC’\n\n"
      "The Harbor PAC changed its name on Monday.\n\n"
      "“It’s a way to keep going,” said a person involved in the group who was not authorized to speak.\n\n"
      "“We are proud of the new name,” said Ana Ruiz, its treasurer.\n");
  CHECK(CountFindings(r, "attribution.anonymous-first-quote") == 1);
}

}  // namespace
}  // namespace onrecord
