// Report, metrics, eval and input faults a fresh user found (issues #4 and
// #8, thirty-fourth round): the first-quote rule and a headline's quote, the
// writer quoting themself, the shares of unattributed quotes, one-word
// quotes, eval's gold schema and paths, cues shown with their colon, photo
// captions and "Trending:" lines in `clean`, and mojibake. Every text here
// was written for these tests.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "test_util.h"
#include "findings_util.h"

using onrecord::testing::CountFindings;

namespace onrecord {
namespace {

using testing::AuditText;
using testing::RunCli;
using testing::TempDir;
using testing::WriteFile;

TEST_CASE("fixa40: a named quote read as the headline is the story's first quote", "[fixa40]") {
  // The first line of a text file is its headline; its quote has a speaker.
  auto r = AuditText(
      "The harbour minister, Ann Lee, told reporters: “We are at a turning point.”\n"
      "A senior official said the decision was “historic.”\n");
  CHECK(CountFindings(r, "attribution.anonymous-first-quote") == 0);
  // The anonymous quote first is still flagged.
  auto first = AuditText(
      "“We have no deal yet,” a person close to the talks said on Monday.\n\n"
      "“We will keep trying,” the trade minister, Ana Ruiz, said.\n");
  CHECK(CountFindings(first, "attribution.anonymous-first-quote") == 1);
}

TEST_CASE("fixa40: the writer quoting their own words is no unattributed quote", "[fixa40]") {
  auto r = AuditText("As I told my readers last week, “the harbour budget is a fantasy.”\n");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].own_words);
  CHECK_FALSE(r.quotes[0].unattributed());
  CHECK(r.score.unattributed_quotes == 0);
  CHECK(CountFindings(r, "attribution.unattributed-quote") == 0);
  CHECK(CountFindings(r, "metric.low-transparency") == 0);
  CHECK_FALSE(r.score.has_transparency_index());
  // "you" is the reader, not the writer: that quote stays unattributed.
  auto you = AuditText("As you told us last week, “the harbour budget is a fantasy.”\n");
  REQUIRE(you.quotes.size() == 1);
  CHECK_FALSE(you.quotes[0].own_words);
}

TEST_CASE("fixa40: the writer's own opinion gets no non-speech-cue suggestion", "[fixa40]") {
  auto r = AuditText("I think the harbour plan is wrong. We believe the town deserves better.\n");
  CHECK(CountFindings(r, "attribution.non-speech-cue") == 0);
  // A source's belief still does.
  auto source = AuditText("The mayor, Ann Lee, believes the harbour plan will fail.\n");
  CHECK(CountFindings(source, "attribution.non-speech-cue") == 1);
}

TEST_CASE("fixa40: unattributed quotes count in the shares however they are laid out", "[fixa40]") {
  auto one = AuditText("“We will win this fight.”\n");
  auto three = AuditText("“We will win this fight.” “We will win the next.” “We will win them all.”\n");
  for (const auto* r : {&one, &three}) {
    CHECK(r->score.has_shares());
    CHECK(r->score.named_share == 0.0);
    CHECK(r->score.no_source_share() == 1.0);
  }
  CHECK(three.score.unattributed_quotes == 3);
  CHECK(three.score.attributions == 3);
  // A named source and one unattributed quote: half and half.
  auto mixed = AuditText("Ann Lee, the mayor, said the port would open.\n\n“It never will.” “Not this year.”\n");
  CHECK(mixed.score.named_share > 0.0);
  CHECK(mixed.score.no_source_share() > 0.0);
  CHECK(mixed.score.named_share + mixed.score.no_source_share() == Approx(1.0));
}

TEST_CASE("fixa40: a one-word quote with a cue is speech and counted", "[fixa40]") {
  // A guard (it passes at the base too): "“Yes,” she said." is a direct quote.
  auto cued = AuditText("Ann Lee, the mayor, was asked whether the plan would pass. “Yes,” she said.\n");
  REQUIRE(cued.quotes.size() == 1);
  CHECK(cued.quotes[0].kind == QuoteKind::kDirect);
  CHECK(cued.quotes[0].speaker == "Ann Lee");
}

TEST_CASE("fixa40: the cue is shown without its colon and its span keeps it", "[fixa40]") {
  TempDir tmp;
  WriteFile(tmp / "a.txt", "The minister, Priya Natarajan, insisted: “It was never sent to my office.”\n");
  auto text = RunCli({"audit", "--explain", (tmp / "a.txt").string()});
  CHECK(text.exit_code == 0);
  CHECK(text.out.find("insisted:") == std::string::npos);
  CHECK(text.out.find("Natarajan, insisted direct") != std::string::npos);
  CHECK(text.out.find("cue “insisted” is loaded") != std::string::npos);
  auto json = RunCli({"audit", "--format", "json", (tmp / "a.txt").string()});
  auto j = nlohmann::json::parse(json.out);
  REQUIRE(j["attributions"].size() == 1);
  CHECK(j["attributions"][0]["cue"]["text"] == "insisted:");  // PolNeAR's span
}

TEST_CASE("fixa40: eval rejects an unknown speaker_kind at its line and column", "[fixa40]") {
  TempDir tmp;
  WriteFile(tmp / "a.txt", "“We are ready,” said Maria Lopez, the finance chief.\n");
  WriteFile(tmp / "a.gold.json",
            "{\"quotes\": [\n  {\"text\": \"We are ready,\", \"speaker\": \"Maria Lopez\",\n"
            "   \"speaker_kind\": \"nameed\"}],\n \"anonymous_sources\": []}\n");
  auto r = RunCli({"eval", (tmp / "a.gold.json").string()});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("a.gold.json:3:") != std::string::npos);
  CHECK(r.err.find("speaker_kind") != std::string::npos);
}

TEST_CASE("fixa40: a gold with no anonymous_sources key is not annotated, not zero", "[fixa40]") {
  TempDir tmp;
  WriteFile(tmp / "a.txt",
            "“We are ready,” said Maria Lopez, the finance chief. The deal is close, people familiar with the "
            "matter said.\n");
  WriteFile(tmp / "a.gold.json",
            "{\"quotes\": [{\"text\": \"We are ready,\", \"speaker\": \"Maria Lopez\", \"speaker_kind\": "
            "\"named\"}]}\n");
  auto r = RunCli({"eval", (tmp / "a.gold.json").string()});
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("anonymous n/a (not annotated)") != std::string::npos);
  CHECK(r.out.find("anonymous F1 0.000") == std::string::npos);
  auto j = RunCli({"eval", "--format", "json", (tmp / "a.gold.json").string()});
  auto out = nlohmann::json::parse(j.out);
  CHECK(out["total"]["anonymous"]["f1"].is_null());
  CHECK(out["total"]["anonymous_articles"] == 0);
  CHECK(out["files"][0]["anonymous_annotated"] == false);
  // A floor on it has nothing to measure and does not fail.
  auto floor = RunCli({"eval", "--min-anonymous-f1", "0.9", (tmp / "a.gold.json").string()});
  CHECK(floor.exit_code == 0);
}

TEST_CASE("fixa40: a gold in a folder named gold/ finds its article beside it", "[fixa40]") {
  TempDir tmp;
  const std::string gold =
      "{\"file\": \"en01.txt\", \"quotes\": [{\"text\": \"We are ready,\", \"speaker\": \"Maria Lopez\"}], "
      "\"anonymous_sources\": []}\n";
  WriteFile(tmp / "gold" / "en01.gold.json", gold);
  WriteFile(tmp / "gold" / "en01.txt", "“We are ready,” said Maria Lopez, the finance chief.\n");
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"eval", "gold/en01.gold.json"},
           {"eval", (tmp / "gold" / "en01.gold.json").string()},
           {"eval", (tmp / "gold").string()},
           {"eval", "gold"}}) {
    auto r = RunCli(args, "", tmp.path().string());
    INFO(args.back() << "\n" << r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("quotes F1 1.000") != std::string::npos);
  }
  auto inside = RunCli({"eval", "en01.gold.json"}, "", (tmp / "gold").string());
  CHECK(inside.exit_code == 0);
}

TEST_CASE("fixa40: clean shows a photo caption masked and audit leaves it out", "[fixa40]") {
  TempDir tmp;
  WriteFile(tmp / "a.html",
            "<html lang=\"en\"><body><figure><img src=\"x.jpg\"><figcaption>“I am thrilled,” said the winner, "
            "Ola Berg. (Photo: Jo Lee)</figcaption></figure>\n<p>Ola Berg won the race, the organizers said.</p>\n"
            "<ul><li>Trending: Stocks fall as “panic” grips markets</li></ul>\n</body></html>\n");
  auto clean = RunCli({"clean", "--explain", (tmp / "a.html").string()});
  CHECK(clean.exit_code == 0);
  CHECK(clean.out.find("⟦“I am thrilled,” said the winner, Ola Berg. (Photo: Jo Lee)⟧{html.figcaption}") !=
        std::string::npos);
  CHECK(clean.out.find("⟦Trending: Stocks fall as “panic” grips markets⟧") != std::string::npos);
  CHECK(clean.out.find("\nOla Berg won the race, the organizers said.\n") != std::string::npos);
  auto audit = RunCli({"audit", "--format", "json", (tmp / "a.html").string()});
  auto j = nlohmann::json::parse(audit.out);
  CHECK(j["quotes"].size() == 0);
}

TEST_CASE("fixa40: UTF-8 read as windows-1252 upstream is an input warning", "[fixa40]") {
  auto r = AuditText("The minister, SÃ©golÃ¨ne Royal, said the talks with FranÃ§ois Delattre went well.\n");
  CHECK(CountFindings(r, "input.mojibake") == 1);
  auto quote = AuditText("Itâ€™s over, the mayor said.\n");
  CHECK(CountFindings(quote, "input.mojibake") == 1);
  // Correct text, and a capital Ã of Portuguese, raise nothing.
  CHECK(CountFindings(AuditText("The minister, Ségolène Royal, said the talks went well.\n"), "input.mojibake") == 0);
  CHECK(CountFindings(AuditText("SÃO PAULO — O ministro disse que as negociações continuam.\n", "a.txt", "pt"),
                  "input.mojibake") == 0);
}

}  // namespace
}  // namespace onrecord
