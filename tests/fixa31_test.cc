// Faults a fresh user found in pronoun and name resolution (fixa31): a
// pronoun given to an organisation's name or to "Much of X", a pronoun
// given to a person of the other gender because a common given name was in
// no list, and a role given outside any attribution lost to the source.
#include <catch2/catch.hpp>
#include <string>

#include "test_util.h"

namespace onrecord {
namespace {

using testing::AnySourceText;
using testing::AuditText;
using testing::SourceNamed;
using testing::SpeakerOf;

// "the Islamic State" was registered as a person's name and taken as the
// person the paragraph before the quote brought in.
TEST_CASE("a pronoun never stands for a name written after a lower-case 'the'", "[fixa31]") {
  auto r = AuditText(
      "Ana Ruiz spoke on Sunday.\n\n"
      "The former judge said the city needed a plan against the Islamic State.\n\n"
      "\u201CI think you will hear that from the council,\u201D she said.\n");
  CHECK(SpeakerOf(r, "I think") != "Islamic State");
  CHECK(SourceNamed(r, "Islamic State") == nullptr);
  // Within one paragraph too, and as a modifier ("the Red Lotus envoy").
  auto r2 = AuditText(
      "Tiegen said the plan was flawed.\n\n"
      "The council met the Red Lotus envoy on Monday. \u201CWho wants to work with us?\u201D he wondered.\n");
  CHECK(SpeakerOf(r2, "Who wants") == "Tiegen");
}

// "Much of Clinton" was read as a person's full name, by the registry and
// by the fallback on an earlier sentence's subject.
TEST_CASE("'Much of X' opening a sentence is no person's name", "[fixa31]") {
  auto r = AuditText(
      "Tiegen said the plan was flawed.\n\n"
      "Much of Clinton\u2019s time was spent on the video.\n\n"
      "\u201CWho wants to work with us?\u201D he wondered.\n");
  CHECK(SpeakerOf(r, "Who wants") != "Much of Clinton");
  CHECK(SourceNamed(r, "Much of Clinton") == nullptr);
  auto r2 = AuditText("Much of Clinton\u2019s time was spent on the video. \u201CWho wants to work with us?\u201D he wondered.\n");
  CHECK(SourceNamed(r2, "Much of Clinton") == nullptr);
}

// "Ana" was in no given-names list, so "he" could take Ana Ruiz and "she"
// found nobody.
TEST_CASE("common given names tell a pronoun who agrees", "[fixa31]") {
  auto he = AuditText("Ana Ruiz met Tom Roe on Monday.\n\n\u201CWe have a deal,\u201D he said.\n");
  CHECK(SpeakerOf(he, "We have") == "Tom Roe");
  auto she = AuditText("Tom Roe met Ana Ruiz on Monday.\n\n\u201CWe have a deal,\u201D she said.\n");
  CHECK(SpeakerOf(she, "We have") == "Ana Ruiz");
  for (const char* name : {"Priya Shah", "Fatima Diallo", "Delia Marsh"}) {
    auto r = AuditText(std::string("Tom Roe met ") + name + " on Monday.\n\n\u201CWe have a deal,\u201D she said.\n");
    INFO(name);
    CHECK(SpeakerOf(r, "We have") == name);
  }
}

// The role given in a sentence with no cue ("Ana Ruiz, the finance
// minister, arrived late") was lost to the source who spoke later.
TEST_CASE("a role given outside any attribution is the source's role", "[fixa31]") {
  auto r = AuditText(
      "Ana Ruiz, the finance minister, arrived late on Monday.\n\n"
      "\u201CWe will talk,\u201D Ruiz said.\n");
  const Source* s = SourceNamed(r, "Ana Ruiz");
  REQUIRE(s != nullptr);
  CHECK(s->role == "the finance minister");
  CHECK(s->level == 5);
  auto r2 = AuditText(
      "Union president Ana Ruiz has not met the board.\n\n"
      "\u201CWe will talk,\u201D Ruiz said.\n");
  const Source* s2 = SourceNamed(r2, "Ana Ruiz");
  REQUIRE(s2 != nullptr);
  CHECK(s2->role == "Union president");
  CHECK(s2->level == 5);
  // A phrase with no role word in commas is no role.
  auto r3 = AuditText(
      "Ana Ruiz, the day after the vote, left early.\n\n"
      "\u201CWe will talk,\u201D Ruiz said.\n");
  const Source* s3 = SourceNamed(r3, "Ana Ruiz");
  REQUIRE(s3 != nullptr);
  CHECK(s3->role.empty());
}

}  // namespace
}  // namespace onrecord
