// Eleventh speed round (branch speed12): SourceGender reads lists
// gender-words and given-names through tables built once per article
// (sorted then, open-addressed since speed14), and finds the gendered
// title before a name ("Mr. Ivo Sarrow") once per name. The answers must
// be those of the lists and the text, the same for every pronoun that asks
// again.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SpeakerOf;

TEST_CASE("given names give a gender to every pronoun that asks", "[speed12]") {
  // "Ivo" is in no list and "Mary" is listed as f: "he" takes the nearest
  // person, "she" skips nobody known as m and finds Mary Quell each time.
  auto r = AuditText(
      "Budget talks\n\nSenator Ivo Sarrow met Governor Mary Quell on Monday. \u201cWe have a deal,\u201d he said.\n\n"
      "Senator Ivo Sarrow met Governor Mary Quell on Tuesday. \u201cIt took weeks,\u201d she said.\n");
  CHECK(SpeakerOf(r, "We have") == "Ivo Sarrow");
  CHECK(SpeakerOf(r, "It took") == "Mary Quell");
}

TEST_CASE("a gendered title before a name is found for each pronoun", "[speed12]") {
  // "Mr." (gender-words: m) before Ivo Sarrow: both "she" pronouns, one per
  // paragraph, skip him for Ada Quell.
  auto r = AuditText(
      "Budget talks\n\nSenator Ada Quell met Mr. Ivo Sarrow on Monday. \u201cWe have a deal,\u201d she said.\n\n"
      "Senator Ada Quell met Mr. Ivo Sarrow again on Tuesday. \u201cIt took weeks,\u201d she said.\n");
  CHECK(SpeakerOf(r, "We have") == "Ada Quell");
  CHECK(SpeakerOf(r, "It took") == "Ada Quell");
  // Without the title nothing is known of him, and the nearest person stays.
  auto plain = AuditText(
      "Budget talks\n\nSenator Ada Quell met Ivo Sarrow on Monday. \u201cWe have a deal,\u201d she said.\n");
  CHECK(SpeakerOf(plain, "We have") == "Ivo Sarrow");
}
