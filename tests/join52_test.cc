// One step for a verb joined to a participle cue after "by" (forty-fourth
// round, branch join52): a verb of opening, going on or closing (list
// cue-sequence-verbs, right before "by") and a verb of answering or
// explaining (list cue-reply-verbs, right before "by" or with an object
// between) are read by JoinVerbBeforeByParticiple, whether or not the verb
// is a cue of its own.
#include <string>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::HasCue;
using onrecord::testing::SeenAttributions;
using onrecord::testing::SeenWithCue;

namespace {

constexpr const char* kHead = "Pier repairs split the harbor board.\n\n";

}  // namespace

// "responded to" with nothing after its object reads as a refusal and its
// cue is dropped; the base then gave the participle alone ("saying").
TEST_CASE("join52: responded to an object by saying is one cue", "[join52]") {
  auto r = AuditText(std::string(kHead) +
                     "The port director responded to the complaints by saying the repairs "
                     "would end in May.\n");
  auto a = SeenWithCue(r, "responded to the complaints by saying");
  CHECK(a.source == "The port director");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "the repairs would end in May");
  CHECK_FALSE(HasCue(r, "saying"));
  REQUIRE(r.attributions.size() == 1);
  // (A joined "responded to" is no refusal: the attribution counts.)
  CHECK(r.attributions[0].counted);
}

TEST_CASE("join52: responded to an object by saying and a quote", "[join52]") {
  auto r = AuditText(std::string(kHead) +
                     "The port director responded to the complaints by saying: \xE2\x80\x9CThe "
                     "cranes arrive next week.\xE2\x80\x9D\n");
  auto a = SeenWithCue(r, "responded to the complaints by saying:");
  CHECK(a.source == "The port director");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "\xE2\x80\x9CThe cranes arrive next week.\xE2\x80\x9D");
  REQUIRE(r.attributions.size() == 1);
  CHECK(r.attributions[0].counted);
}

// The base gave no attribution: the participle, read alone, found no subject
// in a lone surname; joined, the cue starts at "responded", after it.
TEST_CASE("join52: a lone surname before responded to and by saying", "[join52]") {
  auto r = AuditText(std::string(kHead) + "Hale responded to the criticism by saying the vote was fair.\n");
  auto a = SeenWithCue(r, "responded to the criticism by saying");
  CHECK(a.source == "Hale");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "the vote was fair");
  REQUIRE(r.attributions.size() == 1);
  CHECK(r.attributions[0].counted);
}

// Guards: shapes both steps read before; they read the same through the one
// step.
TEST_CASE("join52: a verb of opening with no cue of its own still joins", "[join52]") {
  auto r = AuditText(std::string(kHead) +
                     "The port director has begun by saying the repairs would end in May.\n");
  auto a = SeenWithCue(r, "has begun by saying");
  CHECK(a.source == "The port director");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "the repairs would end in May");
}

TEST_CASE("join52: a reply verb with a time phrase and an object joins", "[join52]") {
  auto r = AuditText(std::string(kHead) +
                     "The port director explained the delay on Friday by saying the cranes "
                     "were late.\n");
  auto a = SeenWithCue(r, "explained the delay on Friday by saying");
  CHECK(a.source == "The port director");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "the cranes were late");
  CHECK(SeenAttributions(r).size() == 1);
}

TEST_CASE("join52: a reply word used as a noun is no verb to join", "[join52]") {
  auto r = AuditText(std::string(kHead) +
                     "The port director gave her answer by saying the repairs would end in "
                     "May.\n");
  auto a = SeenWithCue(r, "saying");
  CHECK(a.source == "The port director");
  CHECK_FALSE(HasCue(r, "answer by saying"));
}

TEST_CASE("join52: a verb of closing with an object keeps the participle alone", "[join52]") {
  auto r = AuditText(std::string(kHead) +
                     "The port director closed the meeting by saying the repairs would end in "
                     "May.\n");
  auto a = SeenWithCue(r, "saying");
  CHECK(a.source == "The port director");
  CHECK_FALSE(HasCue(r, "closed the meeting by saying"));
}

TEST_CASE("join52: another verb before by keeps two cues", "[join52]") {
  auto r = AuditText(std::string(kHead) +
                     "The port director criticized the board by arguing that the cranes were "
                     "late.\n");
  CHECK_FALSE(HasCue(r, "criticized the board by arguing"));
  CHECK(SeenWithCue(r, "arguing").source == "The port director");
}

// The splitter ends a sentence after "!”"; the cue right after "and" opening
// the next one had no subject, and the base gave the first attribution only.
TEST_CASE("join52: a cue after an exclamation and and keeps the speaker", "[join52]") {
  auto r = AuditText(std::string(kHead) +
                     "The port director declared \xE2\x80\x9CWhat a week!\xE2\x80\x9D and said that the "
                     "cranes were back.\n");
  REQUIRE(SeenAttributions(r).size() == 2);
  auto a = SeenWithCue(r, "said");
  CHECK(a.who == SeenWithCue(r, "declared").who);
  CHECK(a.who != "");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "that the cranes were back");
}

TEST_CASE("join52: a cue after a question mark and but keeps the speaker", "[join52]") {
  auto r = AuditText(std::string(kHead) +
                     "The port director asked \xE2\x80\x9CWhy now?\xE2\x80\x9D but said the repairs would "
                     "go on.\n");
  REQUIRE(SeenAttributions(r).size() == 2);
  auto a = SeenWithCue(r, "said");
  CHECK(a.who == SeenWithCue(r, "asked").who);
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "the repairs would go on");
}

// Guards: a subject after the coordinator, a capitalized "And" and a line
// break read as before.
TEST_CASE("join52: a subject after the coordinator keeps its own cue", "[join52]") {
  auto r = AuditText(std::string(kHead) +
                     "The port director shouted \xE2\x80\x9CGo home!\xE2\x80\x9D and the crowd said "
                     "nothing.\n");
  CHECK(SeenWithCue(r, "shouted").source == "The port director");
  CHECK(SeenWithCue(r, "said").source == "the crowd");
}

TEST_CASE("join52: a line break after the quote keeps the cue apart", "[join52]") {
  auto r = AuditText(std::string(kHead) +
                     "The port director declared \xE2\x80\x9CWhat a week!\xE2\x80\x9D\nand said that the "
                     "cranes were back.\n");
  CHECK(SeenAttributions(r).size() == 1);
  CHECK(SeenWithCue(r, "declared").source == "The port director");
}
