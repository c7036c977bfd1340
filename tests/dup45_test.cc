// dup45: a quote inside the content of a cue's attribution is part of that
// claim. A later quote of the same content whose speaker was found only by
// a person named before it ("… declaring that “A” and that “B” after
// Alvarez lost") made a second attribution of the same words with the same
// cue, no source mention and that other person as its source; the audit
// report, its shares and its transparency index counted the claim twice.
// Run through the CLI (`audit --format json`).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>

#include "test_util.h"

using namespace onrecord::testing;
using nlohmann::json;

namespace {

json AuditJson(const std::string& text) {
  TempDir tmp;
  WriteFile(tmp / "article.txt", text);
  CliResult r = RunCli({"audit", "--format", "json", (tmp / "article.txt").string()});
  REQUIRE(r.exit_code == 0);
  return json::parse(r.out);
}

// How many attributions have cue text `cue`.
int WithCue(const json& j, const std::string& cue) {
  int n = 0;
  for (const auto& a : j["attributions"]) {
    if (!a["cue"].is_null() && a["cue"]["text"] == cue) ++n;
  }
  return n;
}

// The speaker of the quote whose text is `text` ("" when none or no such quote).
std::string Speaker(const json& j, const std::string& text) {
  for (const auto& q : j["quotes"]) {
    if (q["text"] == text) return q["speaker"].is_null() ? std::string() : q["speaker"].get<std::string>();
  }
  return std::string();
}

const char* const kDeclaring =
    "Council vote splits harbor town\n\n"
    "Mayor Ellen Moreno spoke at the pier on Tuesday. Moreno has also criticized the council for not backing "
    "Tomas Alvarez, declaring that \xE2\x80\x9Creal reform\xE2\x80\x9D is dead and that \xE2\x80\x9Cthe whole "
    "district is not listening to its voters\xE2\x80\x9D after Alvarez lost the vote.\n";

}  // namespace

TEST_CASE("dup45: a second quote in a cue's content is part of that claim, once, with its source", "[dup45]") {
  const json j = AuditJson(kDeclaring);
  // One attribution for "declaring" (with Moreno as its source), not a
  // second one of the same content given to Alvarez.
  CHECK(WithCue(j, "declaring") == 1);
  for (const auto& a : j["attributions"]) {
    if (!a["cue"].is_null() && a["cue"]["text"] == "declaring") CHECK(a["source"]["text"] == "Moreno");
  }
  CHECK(Speaker(j, "real reform") == "Ellen Moreno");
  CHECK(Speaker(j, "the whole district is not listening to its voters") == "Ellen Moreno");
  // The summary counts the claim once: two attributions (criticized,
  // declaring), one source, nobody else credited.
  CHECK(j["score"]["attributions"] == 2);
  CHECK(j["score"]["distinct_sources"] == 1);
  CHECK(j["score"]["unattributed_quotes"] == 0);
}

TEST_CASE("dup45: another person's cue in a coordinated clause still gives that person the quote", "[dup45]") {
  // Guard: Ruiz's content does not hold the quote and "called" is Lee's own
  // cue; nothing moves to Ruiz.
  const json j = AuditJson(
      "Strike talks stall at the depot\n\n"
      "Union leader Ana Ruiz has urged calm, but transport chief Peter Lee called the strike "
      "\xE2\x80\x9Creckless\xE2\x80\x9D on Friday.\n");
  CHECK(Speaker(j, "reckless") == "Peter Lee");
  CHECK(WithCue(j, "called") == 1);
  CHECK(j["score"]["distinct_sources"] == 2);
}

TEST_CASE("dup45: two quotes of one said-clause stay one attribution of the speaker", "[dup45]") {
  // Guard: the organisation in the speaker's appositive takes nothing.
  const json j = AuditJson(
      "Library plan draws fire\n\n"
      "Rita Okafor, a senior planner at the Halden Group, said the library plan had a "
      "\xE2\x80\x9Cweak budget\xE2\x80\x9D and that the town would \xE2\x80\x9Cpay for it for a "
      "decade.\xE2\x80\x9D\n");
  CHECK(WithCue(j, "said") == 1);
  CHECK(Speaker(j, "weak budget") == "Rita Okafor");
  CHECK(Speaker(j, "pay for it for a decade.") == "Rita Okafor");
  CHECK(j["score"]["attributions"] == 1);
}
