// Faults a fresh user found in the thirtieth round (fixa36, fu36): "they"
// after two people named and joined in the sentence before, and a joint
// source taken for "he".
#include <catch2/catch.hpp>
#include <string>

#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;
using testing::SeenAttributions;
using testing::SeenWithCue;
using testing::SeenWithSource;

const Quote* QuoteWith(const AuditResult& r, const std::string& text) {
  for (const auto& q : r.quotes) {
    if (q.text.find(text) != std::string::npos) return &q;
  }
  return nullptr;
}

// "they" in the sentence after two people joined by "and" as a subject is
// those two, one joint source.
TEST_CASE("they after two people joined in the sentence before", "[fixa36]") {
  auto r = AuditText("Ana Ruiz and Tom Hale said the drought was bad. “We lost everything,” they said.\n");
  CHECK(SeenWithSource(r, "they").who == "Ana Ruiz and Tom Hale");
  const Quote* q = QuoteWith(r, "We lost everything");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Ana Ruiz and Tom Hale");
  CHECK(r.score.unattributed_quotes == 0);
  auto added = AuditText("Ana Ruiz and Tom Hale said the drought was bad. They added that the rain came late.\n");
  CHECK(SeenWithCue(added, "added").who == "Ana Ruiz and Tom Hale");
}

TEST_CASE("they after a joint source across a paragraph break and with a plural title", "[fixa36]") {
  auto r = AuditText("Ana Ruiz and Tom Hale said the drought was bad.\n\n“We lost everything,” they said.\n");
  CHECK(SeenWithSource(r, "they").who == "Ana Ruiz and Tom Hale");
  auto t = AuditText("Senators Ana Ruiz and Tom Hale said the drought was bad. “We lost everything,” they said.\n");
  auto they = SeenWithSource(t, "they");
  CHECK(they.who == "Ana Ruiz and Tom Hale");
  CHECK(they.level == 5);
}

// Two people after a preposition are no subject: "they" is not them.
TEST_CASE("they is not a pair named as the object of a preposition", "[fixa36]") {
  auto r = AuditText(
      "Top campaign strategists spoke to a reporter in an article by Ana Ruiz and Tom Hale. They said the race "
      "was lost.\n");
  CHECK(SeenWithCue(r, "said").who != "Ana Ruiz and Tom Hale");
}

// "he" is one person, never the joint source a "they" stood for.
TEST_CASE("he after they is not the joint source", "[fixa36]") {
  auto r = AuditText(
      "Tom Hale, a farmer, spoke first. Ana Ruiz and Tom Hale said the drought was bad. The state can help, "
      "they said.\n\nTo save the farm, “we need rain,” he said.\n");
  CHECK(SeenWithSource(r, "they").who == "Ana Ruiz and Tom Hale");
  CHECK(SeenWithSource(r, "he").who == "Tom Hale");
}

}  // namespace
}  // namespace onrecord
