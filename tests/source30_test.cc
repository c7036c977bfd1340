// Source spans on PolNeAR (twenty-fourth round, branch source30): the
// source after "according to" runs to the end of its clause (a participle,
// a contact relative clause or a lower-case head after a name belong to
// it), and a mention read over a comma into a clause of its own is cut.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SourceOfCue;

namespace {

// The sources, as written, of every attribution whose cue is `cue`.
std::vector<std::string> SourcesOfCue(const onrecord::AuditResult& r, const std::string& cue) {
  std::vector<std::string> out;
  for (const auto& a : r.attributions) {
    if (a.cue && a.cue->text == cue) out.push_back(a.source ? a.source->text : "<no source>");
  }
  return out;
}

bool Contains(const std::vector<std::string>& v, const std::string& s) {
  for (const auto& x : v) {
    if (x == s) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("the source after according to runs over a participle or a contact relative clause", "[source30]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "The levy would raise ten million dollars a year, according to a fact sheet council members released "
      "Tuesday.\n\n"
      "Most riders oppose the levy, according to a harbor poll released Friday by the Daily Ledger.\n\n"
      "The ferry line spent four million dollars on fuel, according to Port Authority filings.\n");
  auto sources = SourcesOfCue(r, "according to");
  CHECK(Contains(sources, "a fact sheet council members released Tuesday"));
  CHECK(Contains(sources, "a harbor poll released Friday by the Daily Ledger"));
  CHECK(Contains(sources, "Port Authority filings"));
}

TEST_CASE("before a clause the source after according to ends at the comma", "[source30]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "According to a rider survey released Monday, most commuters want a later ferry.\n\n"
      "Since last May, according to Harbor Rights Watch, dock guards have turned away more than 400 riders.\n");
  auto a = onrecord::testing::AttributionWithCue(r, "According to", /*exact=*/true);
  CHECK(a.source == "a rider survey released Monday");
  CHECK(a.content == "most commuters want a later ferry");
  CHECK(Contains(SourcesOfCue(r, "according to"), "Harbor Rights Watch"));
}

TEST_CASE("a clause after the comma is no apposition of the cited source", "[source30]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "The mayor said she did not ''ride it that much.'' According to Port Authority records, the ferry has sailed "
      "300 times between May 1 and March 16, 2016.\n");
  CHECK(Contains(SourcesOfCue(r, "According to"), "Port Authority records"));
}

TEST_CASE("a relative clause or a time phrase alone after the cited phrase stays out", "[source30]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Fares will rise next year, according to a new survey that shows most riders are angry.\n\n"
      "The dock was closed twice, according to a harbor report on Wednesday.\n");
  auto sources = SourcesOfCue(r, "according to");
  CHECK(Contains(sources, "a new survey"));
  CHECK(Contains(sources, "a harbor report"));
}

TEST_CASE("a participle cue after the cited phrase keeps its own attribution", "[source30]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "According to a harbor strategist advising the mayor, the council spent three days on the plan.\n");
  auto sources = SourcesOfCue(r, "According to");
  CHECK(Contains(sources, "a harbor strategist"));
}

TEST_CASE("a state after a place in the apposition before who is not the source", "[source30]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Alan Roe, a dentist from Fairhaven, Massachusetts, who said he had voted for the mayor, said the levy was "
      "unfair.\n\n"
      "Ruth Kane, a nurse from Dayton, Ohio, who attended the meeting, said the fares were too high.\n");
  for (const auto& a : r.attributions) {
    if (a.source) {
      CHECK(a.source->text.rfind("Massachusetts", 0) != 0);
      CHECK(a.source->text.rfind("Ohio", 0) != 0);
    }
  }
  bool roe = false, kane = false;
  for (const auto& a : r.attributions) {
    if (!a.source || !a.cue || a.cue->text != "said") continue;
    roe = roe || a.source->text.rfind("Alan Roe, a dentist from Fairhaven, Massachusetts", 0) == 0;
    kane = kane || a.source->text.rfind("Ruth Kane, a nurse from Dayton, Ohio", 0) == 0;
  }
  CHECK(roe);
  CHECK(kane);
}

TEST_CASE("an outlet's contributor named after the cue is one source", "[source30]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "\"The ferry is late every day,\" said Harbor Gazette contributor Tom Reyes.\n\n"
      "\"The dock is too small,\" wrote Daily Ledger contributor and ferry historian Ana Voss.\n");
  CHECK(SourceOfCue(r, "said") == "Harbor Gazette contributor Tom Reyes");
  CHECK(SourceOfCue(r, "wrote") == "Daily Ledger contributor and ferry historian Ana Voss");
}

TEST_CASE("the content starts after a participle phrase of the manner adjunct", "[source30]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Mayor Ana Lee said on a media call set up by the dock unions that she supports the plan.\n\n"
      "Tom Reyes said during a conference call organized by the union that fares must fall.\n\n"
      "Ana Voss said in an interview arranged by her campaign that the dock is too small.\n");
  CHECK(onrecord::testing::AttributionWithCue(r, "said").content == "that she supports the plan");
  auto reyes = onrecord::testing::SeenWithSource(r, "Tom Reyes");
  REQUIRE(!reyes.content.empty());
  CHECK(reyes.content[0] == "that fares must fall");
  auto voss = onrecord::testing::SeenWithSource(r, "Ana Voss");
  REQUIRE(!voss.content.empty());
  CHECK(voss.content[0] == "that the dock is too small");
}
