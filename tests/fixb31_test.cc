// Faults a fresh user found in the twenty-fifth round (fixb31): things
// ("her plan", "timed tickets", "his response") taken for unnamed sources
// and listed as anonymous, with the warnings that go with anonymity.
#include <catch2/catch.hpp>
#include <string>

#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;
using testing::SourceNamed;

bool ListedAnonymous(const AuditResult& r, const std::string& phrase) {
  for (const auto& an : r.anonymous_sources) {
    if (an.phrase == phrase) return true;
  }
  return false;
}

// An unnamed source is a person or a group of people: a description whose
// lower-case head is in no list of people and has no person's ending names
// a thing, which keeps its attribution as a record does.
TEST_CASE("a thing as the subject of a cue is no anonymous source", "[fixb31]") {
  auto r = AuditText(
      "Her plan calls for a new tax on carbon.\n\n"
      "His response argued that the numbers were wrong.\n\n"
      "Timed tickets promised that the crowds would thin.\n");
  CHECK_FALSE(ListedAnonymous(r, "Her plan"));
  CHECK_FALSE(ListedAnonymous(r, "His response"));
  CHECK_FALSE(ListedAnonymous(r, "Timed tickets"));
  const Source* s = SourceNamed(r, "His response");
  REQUIRE(s != nullptr);
  CHECK(s->kind == SourceKind::kDocument);
}

// "A statement posted on the ministry website said": the phrase's last noun
// is a thing, so the statement is a record (T4), as "A statement posted
// online said" and "A statement from the ministry said" are.
TEST_CASE("a statement posted on a website is a document, not an anonymous source", "[fixb31]") {
  auto r = AuditText("A statement posted on the ministry website said listings are user generated.\n");
  CHECK_FALSE(ListedAnonymous(r, "A statement posted on the ministry website"));
  const Source* s = SourceNamed(r, "A statement posted on the ministry website");
  REQUIRE(s != nullptr);
  CHECK(s->kind == SourceKind::kDocument);
}

// People still count, including heads the lists had missed and a count of
// people whose head no list holds.
TEST_CASE("people and counts of people stay unnamed sources", "[fixb31]") {
  auto r = AuditText(
      "Several advocates said the bill was too weak.\n\n"
      "Two users complained that the app crashed.\n\n"
      "Three-fourths of them said they would stay in the race.\n");
  CHECK(ListedAnonymous(r, "Several advocates"));
  CHECK(ListedAnonymous(r, "Two users"));
  CHECK(ListedAnonymous(r, "Three-fourths of them"));
}

// An adverb and an adjective set off after a name say how the speaker was,
// not who the speaker is: no role, and so no T5 for it.
TEST_CASE("an adverb and an adjective after a name are no role", "[fixb31]") {
  auto r = AuditText("Ana Ruiz, visibly angry, said the campaign was lying.\n");
  const Source* s = SourceNamed(r, "Ana Ruiz");
  REQUIRE(s != nullptr);
  CHECK(s->role.empty());
  auto q = AuditText("Ana Ruiz, a deeply religious nurse, said the campaign was lying.\n");
  const Source* t = SourceNamed(q, "Ana Ruiz");
  REQUIRE(t != nullptr);
  CHECK_FALSE(t->role.empty());
}

// "the brothers" right after two men joined as a subject are those two, not
// an unnamed group.
TEST_CASE("a definite plural kin noun after two joined names is those two", "[fixb31]") {
  auto r = AuditText(
      "German Ortega and his brother Freddy Ortega wrote the play.\n\n"
      "In some ways, the brothers noted, the tycoon might appreciate it.\n");
  CHECK_FALSE(ListedAnonymous(r, "the brothers"));
}

}  // namespace
}  // namespace onrecord
