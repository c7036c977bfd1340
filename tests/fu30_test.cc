// Faults a fresh user found in the twenty-fourth round (fu30): a hotel
// taken for a person's full name, a plural noun read as a cue, a pronoun
// left unresolved though the woman it stands for was named just before,
// and counts of an interrupted ingest that did not add up.
#include <signal.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <regex>
#include <string>
#include <thread>

#include "ingest_stop_util.h"
#include "test_util.h"

namespace onrecord {
namespace {

using testing::AnySourceText;
using testing::AuditText;
using testing::CliResult;
using testing::SpeakerOf;
using testing::TempDir;
using testing::WriteFile;
namespace fs = std::filesystem;

// "Trump International Hotel" was read as a person's name, and so as the
// fullest form of the "Trump" who spoke later.
TEST_CASE("a building's name is never the fullest name of a speaker", "[fu30]") {
  auto r = AuditText(
      "The tour ended at the new Tamsin Grand Hotel on Monday.\n\n"
      "\u201CWe will win,\u201D Tamsin told reporters.\n");
  CHECK(SpeakerOf(r, "We will win") == "Tamsin");
  CHECK_FALSE(AnySourceText(r, "Tamsin Grand Hotel"));
}

// With "Church" a listed organisation word, "Darran Whiting of Liberty
// Baptist Church" was read as one organisation's name, so the person was
// lost and "Mr. Whiting" later stood alone (the same with "Hospital").
TEST_CASE("a person's name before 'of' and an organisation's name stays the person's", "[fu30]") {
  for (const char* org : {"Liberty Baptist Church", "Lakeview Memorial Hospital"}) {
    auto r = AuditText(std::string("One pastor, Darran Whiting of ") + org +
                       " in Marion, said he had made 150 calls.\n\n"
                       "\u201CFind your polling place,\u201D Mr. Whiting tells them.\n");
    INFO(org);
    CHECK(SpeakerOf(r, "Find your") == "Darran Whiting");
  }
}

// "his business ventures or any of his family members": "ventures" is a
// plural noun there, and it had made "his business" an anonymous source.
TEST_CASE("'ventures' before a conjunction is a noun, not a cue", "[fu30]") {
  auto r = AuditText(
      "The contract bars staff from saying anything to \u201Cdemean or disparage\u201D the owner, his "
      "business ventures or his family.\n");
  CHECK_FALSE(AnySourceText(r, "his business"));
  CHECK(r.anonymous_sources.empty());
}

// The pronoun ruled out the man named last in its paragraph, and nobody
// had been cited before: the woman named as the subject a paragraph
// earlier is meant.
TEST_CASE("a gendered pronoun goes back to the last person named who agrees", "[fu30]") {
  auto r = AuditText(
      "Jobs leave town.\n\n"
      "Three days later, Tom Reyes seized on the video in a debate.\n\n"
      "Jennifer Hale is one of the workers who heard the news. After 14 years on the line, she earns "
      "$21 an hour.\n\n"
      "When she saw Mr. Reyes on the news, she shouted at the TV. \u201CI loved it,\u201D she said.\n");
  CHECK(SpeakerOf(r, "I loved it") == "Jennifer Hale");
}

// …but not to a person named only as the object of a preposition ("an
// agent for President Tom Reyes"), and never to one of the other gender.
TEST_CASE("a gendered pronoun passes over a name after a preposition", "[fu30]") {
  auto r = AuditText(
      "A book about the first lady.\n\n"
      "Gary Hale, a former agent for President Tom Reyes has written a book about Mary Ortiz.\n\n"
      "\u201CI have nothing to hide,\u201D Mary Ortiz said in 2010. In the book, the author wrote, \u201CThe first lady was hard to work for.\u201D\n\n"
      "He went on to say, \u201CShe once threw a book at an agent.\u201D\n");
  CHECK(SpeakerOf(r, "She once threw") == "Gary Hale");
  auto none = AuditText(
      "Three days later, Tom Reyes seized on the video in a debate.\n\n"
      "When she saw Mr. Reyes on the news, she shouted at the TV. \u201CI loved it,\u201D she said.\n");
  CHECK(SpeakerOf(none, "I loved it") != "Tom Reyes");
}

// Phrasal cue entries added this round ("walked back", "took a shot at",
// "played down") made their first word alone end a clause content at
// "and": "said she visited the harbor and walked to the pier" lost "and
// walked to the pier". Only a cue entry written out in full ends it.
TEST_CASE("the first word of a phrasal cue alone does not end a content", "[fu30]") {
  for (const char* tail : {"walked to the pier", "took a walk", "played in the park"}) {
    auto r = AuditText(std::string("Mara Quill said she visited the harbor and ") + tail + ".\n");
    INFO(tail);
    const auto a = testing::SeenWithCue(r, "said");
    REQUIRE(a.content.size() == 1);
    CHECK(a.content[0] == std::string("she visited the harbor and ") + tail);
  }
  // A full cue entry after "and" still ends it.
  auto r = AuditText("Mara Quill said she visited the harbor and played down the cost.\n");
  const auto a = testing::SeenWithCue(r, "said");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "she visited the harbor");
}

long Field(const std::string& out, const std::string& pattern) {
  std::smatch m;
  if (!std::regex_search(out, m, std::regex(pattern))) return 0;
  return std::stol(m[1].str());
}

// After Ctrl-C the summary counted articles audited but still queued for
// the writer among the audited, and named them nowhere else: 280 kept and
// 2 rolled back against 283 audited.
TEST_CASE("an interrupted ingest's counts add up", "[fu30]") {
  TempDir tmp;
  testing::WriteManyArticles(tmp / "in", 3000);
  bool checked = false;
  for (int delay_ms : {400, 200, 800}) {
    const fs::path db = tmp / ("i" + std::to_string(delay_ms) + ".db");
    testing::CliProcess ingest({"ingest", (tmp / "in").string(), "--db", db.string(), "-j", "2", "--batch-size", "50"},
                               {.timeout_seconds = 300});
    testing::WaitUntilExists(db);
    std::this_thread::sleep_for(std::chrono::milliseconds(testing::kSanitized ? 3 * delay_ms : delay_ms));
    REQUIRE(kill(ingest.pid(), SIGINT) == 0);
    CliResult r = ingest.Wait();
    INFO(r.out << r.err);
    if (r.exit_code == 0) continue;
    REQUIRE(r.exit_code == 130);
    const long audited = Field(r.out, R"((\d+) audited,)");
    const long added = Field(r.out, R"((\d+) added)");
    const long updated = Field(r.out, R"((\d+) updated)");
    const long failed = Field(r.out, R"((\d+) failed)");
    const long rolled_back = Field(r.out, R"((\d+) articles? of the open batch rolled back)");
    const long in_flight = Field(r.out, R"((\d+) articles? audited but not yet written)");
    CHECK(audited > 0);
    CHECK(audited == added + updated + failed + rolled_back + in_flight);
    checked = true;
    break;
  }
  CHECK(checked);
}

}  // namespace
}  // namespace onrecord
