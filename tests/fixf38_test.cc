// Regressions of the thirty-second round's longer contents (branch fixf38):
// a content that runs past a fronted phrase's comma, a second "that" clause
// or the "but" of "not only …, but" must not take in a clause that is an
// attribution of its own ("…, he argued …"); a participle after a dash
// aside whose source is not found drops no quoted cue inside its clause;
// and a reduced relative clause whose "content" is only a time phrase ("the
// changes Ruiz requested months earlier") is no attribution.
#include <string>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AnyCue;
using onrecord::testing::AttributionWithCue;
using onrecord::testing::AuditText;
using onrecord::testing::ContentsWritten;
using onrecord::testing::SeenAttributions;

namespace {

const std::string kLead = "The ferry council met on Monday in Harlow.\n\n";

}  // namespace

TEST_CASE("fixf38: a fronted phrase's comma ends the content before a speech attribution of its own", "[fixf38]") {
  auto r = AuditText(kLead + "Tom Hale said that while the council debated the fare, Ana Ruiz argued it was unfair.\n\n"
                             "Lena Fischer admitted that while the harbor plan was never popular, he argued the board "
                             "could not drop it.\n");
  CHECK(ContentsWritten(r, "that while the council debated the fare") == 1);
  CHECK(ContentsWritten(r, "that while the council debated the fare, Ana Ruiz argued it was unfair") == 0);
  CHECK(AttributionWithCue(r, "argued").source == "Ana Ruiz");
  CHECK(ContentsWritten(r, "that while the harbor plan was never popular") == 1);
  CHECK(ContentsWritten(r, "the board could not drop it") == 1);
}

TEST_CASE("fixf38: a fronted phrase before a verb that takes no clause still runs on", "[fixf38]") {
  auto r = AuditText(kLead + "Tom Bell wrote that after the vote, the mayor called him to ask for his support.\n");
  CHECK(ContentsWritten(r, "that after the vote, the mayor called him to ask for his support") == 1);
}

TEST_CASE("fixf38: a second that clause or a correlative but stops before an attribution of its own", "[fixf38]") {
  auto r = AuditText(kLead + "Mara Quist said the timetable was not only late, but Tom Hale said it was wrong.\n");
  CHECK(ContentsWritten(r, "the timetable was not only late") == 1);
  CHECK(AttributionWithCue(r, "said it").source.empty() == false);
  CHECK(ContentsWritten(r, "it was wrong") == 1);
}

TEST_CASE("fixf38: a participle after a dash aside leaves the quoted cue in its clause", "[fixf38]") {
  auto r = AuditText(kLead + "Mayor Ana Ruiz is shy. She avoids a plain part of the job - small talk - conceding that, "
                             "when she tries it, she feels ''the long shadow of Rosa Ruiz,'' her quiet aunt.\n");
  CHECK(AnyCue(r, "feels"));
  CHECK(ContentsWritten(r, "''the long shadow of Rosa Ruiz,''") == 1);
}

TEST_CASE("fixf38: a reduced relative clause with a time phrase after it is no attribution", "[fixf38]") {
  auto r = AuditText(kLead + "The harbor clerk told the council that sometime in the week that followed, he realized "
                             "he had not made the repairs Ruiz requested months earlier.\n");
  CHECK_FALSE(AnyCue(r, "requested"));
  CHECK(ContentsWritten(r, "months earlier") == 0);
  CHECK(AttributionWithCue(r, "told", true).source == "The harbor clerk");
}
