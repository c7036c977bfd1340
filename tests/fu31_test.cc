// Faults a fresh user found in the twenty-fifth round (fu31, and one left
// from fu30): a reason for anonymity missed after a determiner, a short
// quote opening its sentence read as a fragment, and a quote going on after
// the writer's fronted clause left with no speaker, a nickname read as a
// quote, a poll's respondents
// read as anonymous sources, and `compare` silent
// about an ingest that was killed before it finished.
#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "quote_util.h"
#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;
using testing::QuoteWith;
using testing::RunCli;
using testing::SpeakerOf;
using testing::TempDir;
using testing::WriteFile;
namespace fs = std::filesystem;

// rules/en/phrase/reason.yml wanted "to discuss private …" and missed "to
// discuss a private conversation"; "to speak freely" was no reason at all.
TEST_CASE("a reason for anonymity with a determiner or 'to speak freely' is a reason", "[fu31]") {
  for (const char* text :
       {"A White House official, who requested anonymity to discuss a private conversation, said the "
        "president had called the mayor.\n",
        "A party official spoke on condition of anonymity to speak freely about the nominee and said the "
        "convention would be tense.\n"}) {
    auto r = AuditText(text);
    INFO(text);
    REQUIRE_FALSE(r.anonymous_sources.empty());
    CHECK(r.anonymous_sources.front().reason_given);
  }
  auto bare = AuditText("A White House official, who requested anonymity, said the president had called the mayor.\n");
  REQUIRE_FALSE(bare.anonymous_sources.empty());
  CHECK_FALSE(bare.anonymous_sources.front().reason_given);
}

// "«Nested ‹inner› text» said Bob Roe." (three words, no comma inside the
// marks) was a partial quote: speech that opens its sentence with the cue
// right after it is what the cue reports, whole.
TEST_CASE("a short quote opening its sentence right before its cue is direct", "[fu31]") {
  auto r = AuditText(
      "\u00ABNested \u2039inner\u203A text\u00BB said Bob Roe.\n\n"
      "\u201CThree words here\u201D said Ann Lee.\n\n"
      "Lee called the plan \u201Cthree words here\u201D on Monday.\n");
  const Quote* nested = QuoteWith(r, "Nested");
  const Quote* three = QuoteWith(r, "Three words");
  const Quote* fragment = QuoteWith(r, "three words");
  REQUIRE(nested != nullptr);
  REQUIRE(three != nullptr);
  REQUIRE(fragment != nullptr);
  CHECK(nested->kind == QuoteKind::kDirect);
  CHECK(three->kind == QuoteKind::kDirect);
  CHECK(fragment->kind != QuoteKind::kDirect);
}

// "former police officer John “Tig” Tiegen found …" made “Tig” a partial
// quote of the Courier's, with a partial-quote suggestion: a nickname set
// inside a name is no speech.
TEST_CASE("a nickname in quote marks inside a name is no quote of speech", "[fu31]") {
  auto r = AuditText(
      "As reported by the Courier, former police officer John \u201CTig\u201D Tiegen found the plan flawed.\n\n"
      "Rep. Ann \u201CBunny\u201D Lee said the bill would pass.\n");
  for (const char* nick : {"Tig", "Bunny"}) {
    INFO(nick);
    const Quote* q = QuoteWith(r, nick);
    REQUIRE(q != nullptr);
    CHECK(q->kind == QuoteKind::kScare);
  }
  for (const auto& f : r.findings) CHECK(f.rule != "attribution.partial-quote");
  // A capitalised word quoted after a verb is still a partial quote.
  auto partial = AuditText("Senator Ann Lee called the plan \u201CReckless\u201D on Monday.\n");
  const Quote* q = QuoteWith(partial, "Reckless");
  REQUIRE(q != nullptr);
  CHECK(q->kind != QuoteKind::kScare);
}

// "Unless rivals quit the race, “it is very difficult …”" after a quote of
// Steve Schmidt's: the writer's fronted clause, then his words going on.
TEST_CASE("a quote going on after the writer's fronted clause keeps the speaker", "[fu31]") {
  auto r = AuditText(
      "\u201CIt is an enormous moment,\u201D said Steve Schmidt, a Republican strategist. Unless rivals "
      "quit the race, \u201Cit is very difficult to see how he is stopped.\u201D\n");
  CHECK(SpeakerOf(r, "it is very difficult") == "Steve Schmidt");
  // A clause with a cue of its own is another attribution, not the writer's frame.
  auto other = AuditText(
      "\u201CIt is an enormous moment,\u201D said Steve Schmidt, a Republican strategist. As Mary Ruiz "
      "said on Monday, \u201Cit is very difficult to see how he is stopped.\u201D\n");
  CHECK(SpeakerOf(other, "it is very difficult") == "Mary Ruiz");
}

// After "a new poll", "two-thirds" was the poll's (T4) but "three-fourths"
// (no list knew "fourths") and "Those surveyed" were vague anonymous sources.
TEST_CASE("after a poll, its respondents and every fraction of them are the poll's", "[fu31]") {
  auto r = AuditText(
      "A new poll of 1,000 voters was released on Monday.\n\n"
      "Three-fourths say the city should require body cameras. Respondents say the economy matters most. "
      "Those polled said taxes were too high.\n");
  for (const char* who : {"Three-fourths", "Respondents", "Those polled"}) {
    INFO(who);
    const Source* s = testing::SourceNamed(r, who);
    REQUIRE(s != nullptr);
    CHECK(s->kind == SourceKind::kDocument);
  }
  CHECK(r.anonymous_sources.empty());
  // With no poll spoken of, respondents of nothing stay an unnamed group.
  auto none = AuditText("Respondents say the economy matters most.\n");
  const Source* s = testing::SourceNamed(none, "Respondents");
  REQUIRE(s != nullptr);
  CHECK(s->kind != SourceKind::kDocument);
}

// A run killed outright (SIGKILL) stays `running` in table runs; compare
// read its committed part as if the corpus were whole.
TEST_CASE("compare warns about an ingest run that never finished", "[fu31]") {
  TempDir dir;
  const fs::path corpus = dir.path() / "in";
  fs::create_directories(corpus);
  WriteFile(corpus / "a.txt", "\u201CWe will win,\u201D Mayor Ana Ruiz said.\n");
  WriteFile(corpus / "b.txt", "Prices will rise, people familiar with the matter said.\n");
  const fs::path db = dir.path() / "c.db";
  auto ingest = RunCli({"ingest", corpus.string(), "--db", db.string(), "--outlet", "Courier"});
  REQUIRE(ingest.exit_code == 0);
  auto clean = RunCli({"compare", "--db", db.string(), "--format", "json"});
  REQUIRE(clean.exit_code == 0);
  CHECK(clean.err.find("never finished") == std::string::npos);
  CHECK(nlohmann::json::parse(clean.out)["unfinished_runs"].empty());
  {
    // What SIGKILL leaves: the run's row never got its end.
    SQLite::Database d(db.string(), SQLite::OPEN_READWRITE);
    d.exec("UPDATE runs SET status = 'running', finished_at = NULL");
  }
  auto killed = RunCli({"compare", "--db", db.string(), "--format", "json"});
  REQUIRE(killed.exit_code == 0);
  CHECK(killed.err.find("never finished") != std::string::npos);
  auto runs = nlohmann::json::parse(killed.out)["unfinished_runs"];
  REQUIRE(runs.size() == 1);
  CHECK(runs[0]["articles"] == 2);
  auto table = RunCli({"compare", "--db", db.string()});
  CHECK(table.out.find("never finished") != std::string::npos);
  // The re-run the warning asks for completes: no warning any more.
  auto rerun = RunCli({"ingest", corpus.string(), "--db", db.string(), "--outlet", "Courier"});
  REQUIRE(rerun.exit_code == 0);
  auto after = RunCli({"compare", "--db", db.string(), "--format", "json"});
  REQUIRE(after.exit_code == 0);
  CHECK(after.err.find("never finished") == std::string::npos);
  CHECK(nlohmann::json::parse(after.out)["unfinished_runs"].empty());
}

}  // namespace
}  // namespace onrecord
