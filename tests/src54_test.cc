// Coordinated and listed sources (forty-sixth round, branch src54): an
// organisation's name joined inside by "and" ("… for Tides and Currents")
// was read from its last word, a list of shares of groups ("41% of nurses,
// 30% of teachers and 12% of pilots") was cut to its last share, and names
// listed after a description's preposition ("voters in Tarn, Vell and
// Ossa") made the last places a named speaker.
#include <string>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::AuditResult;
using onrecord::testing::AttributionLines;
using onrecord::testing::AuditText;

namespace {

AuditResult Audit(const std::string& body) {
  return AuditText(std::string("Harbor council weighs a ferry levy.\n\n") + body + "\n");
}

// The canonical names of every source, joined with " | ".
std::string SourceNames(const AuditResult& r) {
  std::string out;
  for (const auto& s : r.sources) out += (out.empty() ? "" : " | ") + s.name;
  return out;
}

}  // namespace

TEST_CASE("src54: an organisation's name joined inside by and is read whole", "[src54]") {
  {
    auto r = Audit("The Harbor Institute for Tides and Currents said the ferry levy was too low.");
    CHECK(AttributionLines("The Harbor Institute for Tides and Currents said the ferry levy was too low.") ==
          std::vector<std::string>{"The Harbor Institute for Tides and Currents | said | the ferry levy was too low"});
    CHECK(SourceNames(r) == "Harbor Institute for Tides and Currents");
  }
  CHECK(AttributionLines("A survey by the Northern Academies of Arts, Letters and Music found that ferry riders "
                         "were older.") ==
        std::vector<std::string>{"A survey by the Northern Academies of Arts, Letters and Music | found | that ferry "
                                 "riders were older"});
}

TEST_CASE("src54: guards, a person after and after an organisation stays a person", "[src54]") {
  auto r = Audit("The Port of Tarn and Ana Ruiz said the ferry levy was too low. Ruiz said the pier was old.");
  CHECK(SourceNames(r) == "Ana Ruiz");
  REQUIRE(r.sources.size() == 1);
  CHECK(r.sources[0].mentions == 2);
}

TEST_CASE("src54: a list of shares of groups is the source whole", "[src54]") {
  CHECK(AttributionLines("The levy splits the town: 41% of nurses, 30% of teachers and 12% of pilots say it is "
                         "fair.") ==
        std::vector<std::string>{"41% of nurses, 30% of teachers and 12% of pilots | say | it is fair"});
  CHECK(AttributionLines("On the ferry, 70% of young riders and 64% of older riders say the levy is fair.") ==
        std::vector<std::string>{"70% of young riders and 64% of older riders | say | the levy is fair"});
  // (Guard: one share alone is unchanged.)
  CHECK(AttributionLines("On the ferry, 64% of older riders say the levy is fair.") ==
        std::vector<std::string>{"64% of older riders | say | the levy is fair"});
}

TEST_CASE("src54: names listed after a description's preposition complete the description", "[src54]") {
  {
    auto r = Audit("Most voters in Tarnby, Vellham and Ossaford said the ferry was late.");
    CHECK(AttributionLines("Most voters in Tarnby, Vellham and Ossaford said the ferry was late.") ==
          std::vector<std::string>{"Most voters in Tarnby, Vellham and Ossaford | said | the ferry was late"});
    // (One described source, no place named as a speaker: the base read
    // "Vellham and Ossaford" as a named person.)
    REQUIRE(r.sources.size() == 1);
    CHECK(r.sources[0].name == "Most voters in Tarnby, Vellham and Ossaford");
    CHECK(r.sources[0].kind != onrecord::SourceKind::kNamed);
  }
}

TEST_CASE("src54: guards, listed names that open the clause stay joint speakers", "[src54]") {
  auto r = Audit("Ana Ruiz, Tom Hale and Ben Carr said the ferry was late. Later, Hale said the pier was old.");
  CHECK(AttributionLines("Ana Ruiz, Tom Hale and Ben Carr said the ferry was late.") ==
        std::vector<std::string>{"Ana Ruiz, Tom Hale and Ben Carr | said | the ferry was late"});
  CHECK(AttributionLines("Ana Ruiz and Tom Hale said the ferry was late.") ==
        std::vector<std::string>{"Ana Ruiz and Tom Hale | said | the ferry was late"});
}

TEST_CASE("src54: a person's hometown after the name is no speaker of its own", "[src54]") {
  {
    auto r = Audit("Tom Hale, 50, of Dayton said the ferry was late.");
    CHECK(AttributionLines("Tom Hale, 50, of Dayton said the ferry was late.") ==
          std::vector<std::string>{"Tom Hale, 50, of Dayton | said | the ferry was late"});
    CHECK(SourceNames(r) == "Tom Hale");
  }
  {
    auto r = Audit("Ana Ruiz of Dayton, Ohio says the ferry was late.");
    CHECK(AttributionLines("Ana Ruiz of Dayton, Ohio says the ferry was late.") ==
          std::vector<std::string>{"Ana Ruiz of Dayton, Ohio | says | the ferry was late"});
    CHECK(SourceNames(r) == "Ana Ruiz");
  }
  // (Guards: a state before a noun, and a hometown with no comma, are read
  // as before.)
  CHECK(AttributionLines("In Dayton, Ohio officials said the ferry was late.") ==
        std::vector<std::string>{"Ohio officials | said | the ferry was late"});
  CHECK(AttributionLines("Tom Hale of Dayton said the ferry was late.") ==
        std::vector<std::string>{"Tom Hale of Dayton | said | the ferry was late"});
  CHECK(AttributionLines("Tom Hale, 50, of Dayton, Ohio, said the ferry was late.") ==
        std::vector<std::string>{"Tom Hale, 50, of Dayton, Ohio, | said | the ferry was late"});
}
