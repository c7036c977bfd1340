// Cue span boundaries (thirtieth round, branch cueb36; issue #4): a verb of
// opening, going on or closing a speech right before "by" and a gerund cue
// is part of the cue ("began by saying", "followed up by asking", "concluded
// by warning"; list cue-sequence-verbs), as PolNeAR keeps the verb group
// together.
#include <string>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::HasCue;
using onrecord::testing::SeenAttributions;
using onrecord::testing::SeenWithCue;

namespace {

constexpr const char *kHead = "Harbor council weighs a ferry levy.\n\n";

// Whether any attribution has exactly this cue.

} // namespace

TEST_CASE("a verb of opening before by and a gerund cue is in the cue",
          "[cueb36]") {
  auto r = AuditText(std::string(kHead) +
                     "Mayor Ana Ruiz began by talking about the night "
                     "ferries and the cost of fuel.\n");
  auto a = SeenWithCue(r, "began by talking about");
  CHECK(a.source == "Mayor Ana Ruiz");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "the night ferries and the cost of fuel");
  CHECK_FALSE(HasCue(r, "talking about"));
}

TEST_CASE("a two-word verb of going on before by is in the cue",
          "[cueb36]") {
  auto r = AuditText(std::string(kHead) +
                     "Tom Hale followed up by asking whether the levy would "
                     "end in two years.\n");
  auto a = SeenWithCue(r, "followed up by asking");
  CHECK(a.source == "Tom Hale");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "whether the levy would end in two years");
}

TEST_CASE("a cue word of closing takes by and the gerund after it",
          "[cueb36]") {
  auto r = AuditText(std::string(kHead) +
                     "Councillor Mara Quill concluded by warning that the "
                     "crews could strike in May.\n");
  auto a = SeenWithCue(r, "concluded by warning");
  CHECK(a.source == "Councillor Mara Quill");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "that the crews could strike in May");
  CHECK_FALSE(HasCue(r, "concluded"));
}

TEST_CASE("with an object before by the gerund alone is the cue",
          "[cueb36]") {
  auto r = AuditText(std::string(kHead) +
                     "Ana Ruiz ended her speech by saying the ferries "
                     "would run all winter.\n");
  auto a = SeenWithCue(r, "saying");
  CHECK(a.source == "Ana Ruiz");
  CHECK_FALSE(HasCue(r, "ended her speech by saying"));
}

TEST_CASE("an adjective before by is no verb of opening", "[cueb36]") {
  auto r = AuditText(std::string(kHead) +
                     "Ana Ruiz left the door open by saying the levy could "
                     "fall next year.\n");
  auto a = SeenWithCue(r, "saying");
  CHECK(a.source == "Ana Ruiz");
  CHECK_FALSE(HasCue(r, "open by saying"));
}

// "responded" is in no cue-sequence-verbs entry; since eng51 it joins the
// participle through list cue-reply-verbs, as one cue with one content.
TEST_CASE("responded by and a gerund is one cue (cue-reply-verbs)", "[cueb36]") {
  auto r = AuditText(std::string(kHead) +
                     "Tom Hale responded by saying the levy was fair.\n");
  auto a = SeenWithCue(r, "responded by saying");
  CHECK(a.source == "Tom Hale");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "the levy was fair");
  CHECK_FALSE(HasCue(r, "responded"));
}

TEST_CASE("a closing cue word before by and a longer phrase stays alone",
          "[cueb36]") {
  auto r = AuditText(std::string(kHead) +
                     "Councillor Mara Quill concluded by making it clear to "
                     "the board that the crews could strike.\n");
  auto a = SeenWithCue(r, "concluded");
  CHECK(a.source == "Councillor Mara Quill");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "that the crews could strike");
  CHECK_FALSE(HasCue(r, "concluded by making"));
}
