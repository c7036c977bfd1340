// A source described only by an office one person holds at a time ("the
// mayor said"), with no name in the article: unnamed (T2), but granted no
// anonymity, so the anonymous-source findings give way to one suggestion to
// name the office-holder (rule attribution.unnamed-office-holder, list
// sole-offices; docs/scoring.md). A fresh user found that every city-hall
// story drew five anonymity warnings for "the mayor said".
#include <catch2/catch.hpp>
#include <string>

#include "onrecord/audit_json_reader.h"
#include "onrecord/report.h"
#include "onrecord/report_html.h"
#include "test_util.h"
#include "findings_util.h"

using onrecord::testing::CountFindings;

namespace onrecord {
namespace {

using testing::AuditText;
using testing::SourceNamed;

int CountFindingsStartingWith(const AuditResult& r, const std::string& prefix) {
  int n = 0;
  for (const auto& f : r.findings) n += f.rule.rfind(prefix, 0) == 0;
  return n;
}

const char* kCouncil =
    "Budget passes after a long night\n\n"
    "The council approved the budget on Tuesday after a debate that ran past midnight.\n\n"
    "\u201CThis budget keeps every library branch open,\u201D the mayor said after the vote.\n\n"
    "Later \u201CWe did not raise a single fee,\u201D the mayor said.\n";

TEST_CASE("an unnamed sole office-holder gets one suggestion, not the anonymity findings", "[office_holder]") {
  auto r = AuditText(kCouncil);
  CHECK(CountFindings(r, "attribution.unnamed-office-holder") == 1);
  CHECK(CountFindingsStartingWith(r, "attribution.anonymous-") == 0);
  CHECK(CountFindings(r, "document.lede-only-anonymous") == 0);
  CHECK(CountFindings(r, "document.single-anonymous-core") == 0);
  // Still unnamed: the level stays T2 and the mention stays listed.
  const Source* s = SourceNamed(r, "the mayor");
  REQUIRE(s != nullptr);
  CHECK(s->level == 2);
  CHECK_FALSE(r.anonymous_sources.empty());
}

TEST_CASE("a quote from an unnamed office-holder loses no anonymous-quote weight", "[office_holder]") {
  auto mayor = AuditText("\u201CThe pier will be rebuilt,\u201D the mayor said on Monday.\n");
  auto official = AuditText("\u201CThe pier will be rebuilt,\u201D a city official said on Monday.\n");
  REQUIRE(mayor.attributions.size() == 1);
  REQUIRE(official.attributions.size() == 1);
  CHECK(mayor.attributions[0].level == 2);
  CHECK(official.attributions[0].level == 2);
  CHECK(mayor.attributions[0].score > official.attributions[0].score);
  CHECK(CountFindings(official, "attribution.anonymous-direct-quote") == 1);
  CHECK(CountFindings(mayor, "attribution.anonymous-direct-quote") == 0);
}

TEST_CASE("which descriptions are the holder of a sole office", "[office_holder]") {
  auto holder = [](const std::string& who) {
    auto r = AuditText("Roads across the region were closed on Sunday, " + who + " said.\n");
    return CountFindings(r, "attribution.unnamed-office-holder") == 1;
  };
  for (const char* who : {"the mayor", "the governor of Vermont", "the state's police chief",
                          "the city's acting mayor", "the company's chief executive", "Ohio's governor",
                          "the Democratic governor"}) {
    INFO(who);
    CHECK(holder(who));
  }
  for (const char* who : {"the former mayor", "a mayor", "a spokesman for the governor", "the deputy mayor",
                          "the mayors", "the mayor's spokesman", "a senior official"}) {
    INFO(who);
    CHECK_FALSE(holder(who));
  }
}

// A fresh user (fu31b): the suggestion asked for a name the article gave
// ("President Obama" two lines on), and an office-holder granted anonymity
// in so many words escaped every anonymity rule.
TEST_CASE("no name is asked for when the article names the office-holder", "[office_holder]") {
  for (const char* text : {"\u201CWe will not send troops,\u201D the president said.\n\nPresident Obama spoke in Ohio.\n",
                           "Ana Ruiz, the mayor, toured the pier.\n\nLater \u201CWe will rebuild,\u201D the mayor said.\n"}) {
    INFO(text);
    auto r = AuditText(text);
    CHECK(CountFindings(r, "attribution.unnamed-office-holder") == 0);
    CHECK(CountFindingsStartingWith(r, "attribution.anonymous-") == 0);
  }
}

TEST_CASE("an office-holder granted anonymity is an anonymous source", "[office_holder]") {
  for (const char* text :
       {"\u201CThe roads will be cleared tonight,\u201D the police chief said on condition of anonymity.\n",
        "\u201CThe roads will be cleared tonight,\u201D said the mayor, who asked not to be named.\n",
        "\u201CThe roads will be cleared tonight,\u201D the police chief said on condition of anonymity because he "
        "was not authorized to speak.\n"}) {
    INFO(text);
    auto r = AuditText(text);
    CHECK(CountFindings(r, "attribution.unnamed-office-holder") == 0);
    CHECK(CountFindings(r, "attribution.anonymous-direct-quote") == 1);
    REQUIRE_FALSE(r.sources.empty());
    CHECK_FALSE(r.sources[0].office_holder);
  }
}

// A fresh user read "The mayor (described, no reason given)" as a fault of
// the article, and researchers reading the JSON could not tell an
// office-holder from an anonymous official.
TEST_CASE("reports and JSON mark an office-holder, and say no reason is owed", "[office_holder]") {
  auto r = AuditText(kCouncil);
  const Source* s = SourceNamed(r, "the mayor");
  REQUIRE(s != nullptr);
  CHECK(s->office_holder);
  REQUIRE_FALSE(r.anonymous_sources.empty());
  for (const auto& a : r.anonymous_sources) CHECK(a.office_holder);
  const std::string text = AuditToText(r);
  CHECK(text.find("office-holder") != std::string::npos);
  CHECK(text.find("no reason") == std::string::npos);
  CHECK(AuditToHtml(r).find("office-holder") != std::string::npos);
  // --explain's reasons owe no reason for anonymity either.
  for (const auto& at : r.attributions) {
    for (const auto& why : at.reasons) CHECK(why.find("no reason for anonymity") == std::string::npos);
  }
  CHECK(AuditToText(r, TextReportOptions{.explain = true}).find("no reason for anonymity") == std::string::npos);
  const auto j = AuditToJson(r);
  CHECK(j["sources"][0]["office_holder"] == true);
  CHECK(j["anonymous_sources"][0]["office_holder"] == true);
  // The streaming writer says the same, and the JSON reads back.
  const std::string line = AuditToJsonLine(r);
  CHECK(line.find("\"office_holder\":true") != std::string::npos);
  auto back = ParseAuditJsonLine(line, "x.jsonl", 1);
  REQUIRE(back.ok());
  CHECK(back.value().sources[0].office_holder);
  CHECK(back.value().anonymous_sources[0].office_holder);
  // An official is not an office-holder.
  auto official = AuditText("\u201CThe pier will be rebuilt,\u201D a city official said on Monday.\n");
  REQUIRE_FALSE(official.sources.empty());
  CHECK_FALSE(official.sources[0].office_holder);
  CHECK(AuditToJson(official)["sources"][0]["office_holder"] == false);
  CHECK(AuditToText(official).find("no reason given") != std::string::npos);
}

TEST_CASE("the low-transparency message does not call described sourcing vague", "[office_holder]") {
  auto r = AuditText(kCouncil);
  bool found = false;
  for (const auto& f : r.findings) {
    if (f.rule != "metric.low-transparency") continue;
    found = true;
    CHECK(f.message.find("mostly vague or unattributed") == std::string::npos);
    CHECK(f.message.find("unnamed") != std::string::npos);
  }
  CHECK(found);
}

TEST_CASE("the office-holder lists hold in German and French", "[office_holder]") {
  auto de = AuditText("\u201EDie Brücke bleibt bis Mai gesperrt\u201C, sagte der Bürgermeister am Montag.\n",
                      "test.txt", "de");
  CHECK(CountFindings(de, "attribution.unnamed-office-holder") == 1);
  CHECK(CountFindingsStartingWith(de, "attribution.anonymous-") == 0);
  auto fr = AuditText("\u00AB Le pont restera fermé jusqu\u2019en mai \u00BB, a déclaré le maire lundi.\n",
                      "test.txt", "fr");
  CHECK(CountFindings(fr, "attribution.unnamed-office-holder") == 1);
  CHECK(CountFindingsStartingWith(fr, "attribution.anonymous-") == 0);
}

}  // namespace
}  // namespace onrecord
