// Sources a fresh user found wrong (fixd39, issue #4, part 2): a
// participle clause after a letter's addressee and the addressee's name in
// apposition ("wrote a letter to the minister, Ola Berg, calling …") has
// the main clause's subject as its source; a relative with a name in
// apposition after a preposition ("confirmed by her son, David") is that
// named person, whom a later "he" reaches.
#include <catch2/catch.hpp>
#include <string>

#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;
using testing::SeenWithCue;
using testing::SourceNamed;
using testing::SpeakerOf;

TEST_CASE("fixd39: a participle after a letter's addressee in apposition is the sender's", "[fixd39]") {
  const auto r = AuditText(
      "The union sent a letter to the transport minister, Ola Berg, calling the plan “a betrayal of workers.”\n");
  CHECK(SpeakerOf(r, "a betrayal") == "The union");
  CHECK(SeenWithCue(r, "calling").who == "The union");
  CHECK(SourceNamed(r, "Ola Berg") == nullptr);
  const auto r2 = AuditText(
      "The firm wrote a long letter to the college’s dean, Mara Quist, calling the two articles “plainly "
      "unfair.”\n");
  CHECK(SpeakerOf(r2, "plainly unfair") == "The firm");
  CHECK(SourceNamed(r2, "Mara Quist") == nullptr);
}

TEST_CASE("fixd39: a participle after a name with a role that holds to stays the name's", "[fixd39]") {
  // "ambassador to France" is a role: the person in apposition speaks.
  const auto r = AuditText("The U.S. ambassador to France, Jane Doe, saying she “had no comment.”\n");
  CHECK(SpeakerOf(r, "had no comment") == "Jane Doe");
}

TEST_CASE("fixd39: a relative with a name in apposition after by is that named person", "[fixd39]") {
  const auto r = AuditText(
      "Her death was confirmed by her son, David. “She never stopped asking questions,” he said.\n");
  const auto* david = SourceNamed(r, "David");
  REQUIRE(david != nullptr);
  CHECK(david->kind == SourceKind::kNamed);
  CHECK(david->role == "son");
  CHECK(SpeakerOf(r, "She never stopped") == "David");
  CHECK(r.anonymous_sources.empty());
  const auto r2 = AuditText(
      "The news was confirmed by his daughter, Ruth Amsel. “He loved the harbour,” she said.\n");
  CHECK(SpeakerOf(r2, "He loved the harbour") == "Ruth Amsel");
  const auto* ruth = SourceNamed(r2, "Ruth Amsel");
  REQUIRE(ruth != nullptr);
  CHECK(ruth->role == "daughter");
  CHECK(r2.anonymous_sources.empty());
}

TEST_CASE("fixd39: a party's members after a quantifier and a role noun are described, not named", "[fixd39]") {
  const auto r = AuditText("The senator is abrasive, according to numerous fellow Democrats.\n");
  CHECK(SourceNamed(r, "Democrats") == nullptr);
  REQUIRE(r.sources.size() == 1);
  CHECK(r.sources[0].kind == SourceKind::kDescribed);
  CHECK(r.sources[0].role.empty());
  const auto r2 = AuditText("Hank Lowe is abrasive, according to several fellow Republicans.\n");
  CHECK(SourceNamed(r2, "Republicans") == nullptr);
  CHECK(SeenWithCue(r2, "according to").who == "several fellow Republicans");
}

}  // namespace
}  // namespace onrecord
