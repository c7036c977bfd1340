// Precision of the anonymous-source list (anonprec26): things, fragments and
// a name with the verb after it were listed as anonymous sources.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;

std::vector<std::string> AnonymousPhrases(const AuditResult& r) {
  std::vector<std::string> out;
  for (const auto& an : r.anonymous_sources) out.push_back(an.phrase);
  return out;
}

bool Listed(const AuditResult& r, const std::string& phrase) {
  for (const auto& an : r.anonymous_sources) {
    if (an.phrase == phrase) return true;
  }
  return false;
}

// "Some analyses suggest": a thing as the subject of a cue a thing takes as
// readily as a person was a vague anonymous source (T1); it is a record, as
// "a study suggests" is.
TEST_CASE("a thing as the subject of suggest or indicate is no anonymous source", "[anonprec26]") {
  for (const std::string sentence :
       {"Some analyses suggest the new levy would raise little money.",
        "A preliminary soil test indicated the water in the creek was safe.",
        "The early returns suggest the turnout was lower than in past years."}) {
    INFO(sentence);
    auto r = AuditText("Levy vote\n\n" + sentence + "\n");
    INFO(Catch::Detail::stringify(AnonymousPhrases(r)));
    CHECK(r.anonymous_sources.empty());
    REQUIRE(r.attributions.size() == 1);
    REQUIRE(r.attributions[0].source.has_value());
  }
  // People still are, whatever the cue: a head with a person's ending.
  auto people = AuditText("Levy vote\n\nSome beekeepers suggest the new levy would raise little money.\n");
  CHECK(Listed(people, "Some beekeepers"));
}

// "As Ana Ruiz began tweeting …": the verb after a name was taken for the
// head of an unnamed phrase ("Ana Ruiz began").
TEST_CASE("a name and the verb after it are no unnamed phrase", "[anonprec26]") {
  for (const std::string sentence :
       {"While preparing for the summit, President Mara Lind spent Thursday discussing trade with her neighbours.",
        "As Ana Ruiz began tweeting her new nickname for the mayor, the council met."}) {
    INFO(sentence);
    auto r = AuditText("Summit week\n\n" + sentence + "\n");
    for (const auto& phrase : AnonymousPhrases(r)) {
      INFO(phrase);
      CHECK(phrase.find("spent") == std::string::npos);
      CHECK(phrase.find("began") == std::string::npos);
    }
  }
  // A noun of people after a name still is a phrase of people.
  auto spokesmen = AuditText("Ban upheld\n\nCity Hall and Navy spokesmen said the ban was lawful.\n");
  bool listed = false;
  for (const auto& phrase : AnonymousPhrases(spokesmen)) listed = listed || phrase.find("spokesmen") != std::string::npos;
  CHECK(listed);
}

// A phrase that ends in a possessive, a relative word, a preposition or a
// negated auxiliary names nobody: the cue was read past the phrase's end.
TEST_CASE("a phrase ending in a possessive, relative word or preposition is no anonymous source", "[anonprec26]") {
  for (const std::string sentence :
       {"Few expected a deal, given the council leadership's repeated refusal to hold a vote.",
        "But no one\u2019s talking about raising the levy again this year.",
        "Ultimately 61.2 percent of the electorate voted in favor of the new bridge.",
        "Tom Reyes, the head of the Bakers Guild of Ohio, which endorsed Mr. Lind in May, said the vote was close."}) {
    INFO(sentence);
    auto r = AuditText("Bridge vote\n\n" + sentence + "\n");
    for (const auto& phrase : AnonymousPhrases(r)) {
      INFO(phrase);
      CHECK(phrase.find("leadership's") == std::string::npos);
      CHECK(phrase.find("one\u2019s") == std::string::npos);
      CHECK(phrase.find("voted in") == std::string::npos);
      CHECK(phrase.find(", which") == std::string::npos);
    }
  }
}

}  // namespace
}  // namespace onrecord
