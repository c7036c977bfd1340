// Fresh-user faults of the thirty-second round (branch fixd38): the level of
// an attribution that counts nowhere (a refusal, a nested claim) is its
// source's, not T0; a short line whose language CLD2 guesses wrongly; Markdown
// emphasis in a plain-text article or a record; an everyday word
// ("Everybody") after a stray quote mark read as a named source.
#include <string>
#include <vector>

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "onrecord/report.h"
#include "onrecord/store.h"
#include "attribution_util.h"
#include "test_util.h"

using onrecord::AuditToText;
using onrecord::testing::AuditText;
using onrecord::testing::FindAttributionByCue;
using onrecord::testing::RunCli;
using onrecord::testing::SourceNamed;
using onrecord::testing::SpeakerOf;
using onrecord::testing::TempDir;
using onrecord::testing::WriteFile;

namespace {

}  // namespace

// ------------------------------------------------- uncounted attributions

TEST_CASE("fixd38: an uncounted attribution keeps its source's level, and counts nowhere", "[fixd38]") {
  const std::string text =
      "The harbour will close in May, Mayor Ana Ruiz said on Monday.\n\n"
      "Ruiz declined to comment on the cost.\n";
  auto r = AuditText(text);
  const auto* refusal = FindAttributionByCue(r, "declined");
  REQUIRE(refusal != nullptr);
  CHECK_FALSE(refusal->counted);
  const auto* ruiz = SourceNamed(r, "Ana Ruiz");
  REQUIRE(ruiz != nullptr);
  CHECK(refusal->source_id == ruiz->id);
  CHECK(refusal->level == ruiz->level);
  CHECK(refusal->level >= 4);
  CHECK(refusal->score == ruiz->score);
  // The shares are over counted attributions only: one, named.
  CHECK(r.score.attributions == 1);
  CHECK(r.score.named_share == 1.0);
  // The JSON says so, and the explained text report marks it.
  auto j = onrecord::AuditToJson(r);
  bool seen = false;
  for (const auto& a : j["attributions"]) {
    if (a["cue"].is_object() && a["cue"]["text"] == "declined") {
      seen = true;
      CHECK(a["transparency"] != "T0");
      CHECK(a["counted"] == false);
    }
  }
  CHECK(seen);
  onrecord::TextReportOptions explain;
  explain.explain = true;
  CHECK_THAT(AuditToText(r, explain), Catch::Contains("Ruiz declined indirect  (not counted)"));
}

TEST_CASE("fixd38: an uncounted attribution with no source is still T0", "[fixd38]") {
  auto r = AuditText("We know the harbour will close in May.\n");
  for (const auto& a : r.attributions) {
    if (!a.counted && a.source_id <= 0) CHECK(a.level == 0);
  }
}

TEST_CASE("fixd38: the store counts an uncounted attribution nowhere and marks it", "[fixd38]") {
  TempDir tmp;
  WriteFile(tmp / "Daily" / "a.txt",
            "The harbour will close in May, Mayor Ana Ruiz said on Monday.\n\n"
            "Ruiz declined to comment on the cost.\n");
  const std::string db = (tmp / "s.db").string();
  auto in = RunCli({"ingest", (tmp / "Daily").string(), "--db", db, "-j", "1"});
  INFO(in.err);
  REQUIRE(in.exit_code == 0);
  auto store = onrecord::Store::Open(db);
  REQUIRE(store.ok());
  auto& d = store.value()->database();
  CHECK(d.execAndGet("SELECT named_attributions FROM articles").getInt() == 1);
  CHECK(d.execAndGet("SELECT attributions FROM articles").getInt() == 1);
  CHECK(d.execAndGet("SELECT COUNT(*) FROM attributions WHERE counted = 0 AND transparency >= 4").getInt() == 1);
  CHECK(d.execAndGet("SELECT COUNT(*) FROM attributions WHERE counted = 1").getInt() == 1);
}

// --------------------------------------------------- short-line language

TEST_CASE("fixd38: a short line with a name CLD2 misreads goes to the pack its words are", "[fixd38][language]") {
  CHECK(AuditText("“Hi,” said Bo Li.\n", "draft.txt", "").language == "en");
  CHECK(AuditText("„Ja“, sagte Bo Li.\n", "draft.txt", "").language == "de");
  CHECK(AuditText("« Oui », a dit Bo Li.\n", "draft.txt", "").language == "fr");
  auto en = AuditText("“Hi,” said Bo Li.\n", "draft.txt", "");
  CHECK(SpeakerOf(en, "Hi,") == "Bo Li");
  // A record of the same line.
  TempDir tmp;
  WriteFile(tmp / "r.jsonl", "{\"text\": \"“Hi,” said Bo Li.\"}\n");
  auto cli = RunCli({"audit", "--format", "json", (tmp / "r.jsonl").string()});
  REQUIRE(cli.exit_code == 0);
  auto j = nlohmann::json::parse(cli.out);
  CHECK(j["language"] == "en");
  REQUIRE(j["quotes"].size() == 1);
  CHECK(j["quotes"][0]["speaker"] == "Bo Li");
  // Guards: Dutch stays Dutch, names or not.
  CHECK(AuditText("De minister zei dat het kabinet de plannen zal aanpassen.\n", "draft.txt", "").language == "nl");
  CHECK(AuditText("Het kabinet zal de plannen aanpassen, zei Jan de Vries.\n", "draft.txt", "").language != "en");
}

// ------------------------------------------------ Markdown emphasis in text

TEST_CASE("fixd38: Markdown emphasis in plain text reads as the Markdown file does", "[fixd38]") {
  const std::string line = "**“We lost,”** said *coach* Ben Ode.\n";
  for (const char* path : {"a.txt", "a.md"}) {
    INFO(path);
    auto r = AuditText(line, path);
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].speaker == "Ben Ode");
    CHECK(r.quotes[0].text == "We lost,");
    // Offsets stay the source's: the quote's characters at its span.
    CHECK(line.substr(r.quotes[0].location.begin, r.quotes[0].location.end - r.quotes[0].location.begin) ==
          "We lost,");
  }
  auto under = AuditText("_“We lost,”_ said __coach__ Ben Ode.\n", "a.txt");
  REQUIRE(under.quotes.size() == 1);
  CHECK(under.quotes[0].speaker == "Ben Ode");
  // A record's text.
  TempDir tmp;
  WriteFile(tmp / "r.jsonl", "{\"text\": \"**“We lost,”** said *coach* Ben Ode.\", \"language\": \"en\"}\n");
  auto cli = RunCli({"audit", "--format", "json", (tmp / "r.jsonl").string()});
  REQUIRE(cli.exit_code == 0);
  auto j = nlohmann::json::parse(cli.out);
  REQUIRE(j["quotes"].size() == 1);
  CHECK(j["quotes"][0]["speaker"] == "Ben Ode");
  CHECK(j["quotes"][0]["begin"] == 5);
}

TEST_CASE("fixd38: asterisks and underscores that are no emphasis stay text", "[fixd38]") {
  for (const char* text : {"The file is my_file_name.txt, Ben Ode said.\n", "Two * three is six, Ben Ode said.\n",
                           "***\n\nThe score was 2*3*4, Ben Ode said.\n"}) {
    INFO(text);
    auto r = AuditText(text, "a.txt");
    CHECK(SourceNamed(r, "Ben Ode") != nullptr);
  }
  auto r = AuditText("The file is my_file_name.txt, Ben Ode said.\n", "a.txt");
  REQUIRE(!r.attributions.empty());
  CHECK_THAT(r.attributions[0].content[0].text, Catch::Contains("my_file_name.txt"));
}

// ---------------------------------------------- everyday words as names

TEST_CASE("fixd38: everybody, everyone, nobody and someone are never named sources", "[fixd38]") {
  for (const std::string word : {"Everybody", "Everyone", "Nobody", "Someone", "Anyone"}) {
    INFO(word);
    auto r = AuditText("\"" + word + " believes in the power of a strong army to keep the peace.\n");
    for (const auto& s : r.sources) CHECK(s.kind != onrecord::SourceKind::kNamed);
  }
  // A name after a stray mark still is one.
  auto r = AuditText("\"Okafor believes in the power of a strong army to keep the peace.\n");
  (void)r;
}

// ------------------------------------------- phrases that report no speech

TEST_CASE("fixd38: a race called, a task charged and seeing eye to eye report no speech", "[fixd38]") {
  for (const char* text : {"She thanked her volunteers after Ohio was called, ending a long night.\n",
                           "The crowd cheered when the race was called Tuesday.\n",
                           "The crowd cheered when Ohio was called for Ana Ruiz.\n",
                           "He met the board charged with rebuilding the harbour.\n",
                           "It is the one issue on which the two mayors see eye to eye.\n"}) {
    INFO(text);
    auto r = AuditText(text);
    for (const auto& a : r.attributions) {
      INFO((a.cue ? a.cue->text : std::string()));
      CHECK(!(a.cue && (a.cue->text.find("called") != std::string::npos ||
                        a.cue->text.find("charged") != std::string::npos || a.cue->text == "see")));
    }
  }
  // Guards: calling someone something, a call by someone, an accusation.
  CHECK(FindAttributionByCue(AuditText("He was called a liar by the senator.\n"), "was called") != nullptr);
  auto by = AuditText("The vote was called by the party to force a decision.\n");
  bool cued = false;
  for (const auto& a : by.attributions) cued = cued || (a.cue && a.cue->text.find("called") != std::string::npos);
  CHECK(cued);
  auto charged = AuditText("Three commissioners were charged with taking bribes, prosecutors said.\n");
  bool accused = false;
  for (const auto& a : charged.attributions) accused = accused || (a.cue && a.cue->text.find("charged") != std::string::npos);
  CHECK(accused);
}
