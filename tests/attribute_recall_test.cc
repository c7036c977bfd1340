// Attributions the engine used to miss whole (no cue found, or a cue with no
// source): polls as sources, possessive sources after "according to", and
// the linking words PolNeAR leaves out of a content written before its
// source. The sentences are ours; the kinds were found in the PolNeAR
// tuning part's missed cues.
#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"

using onrecord::AuditResult;
using onrecord::SourceKind;
using onrecord::testing::AuditText;

namespace {

// The attribution whose cue text is `cue`, as source/cue/content text.
onrecord::testing::AttributionTexts FindExact(const AuditResult& r, const std::string& cue) {
  return onrecord::testing::AttributionWithCue(r, cue, /*exact=*/true);
}

}  // namespace

TEST_CASE("a poll after the preposition in is the source of its figures", "[attribute][recall][poll]") {
  // After the clause: the content is the clause before the preposition.
  auto t = FindExact(AuditText("Ana Ruiz leads Tom Bell by 12 points in the latest Kestrel News poll released Monday."), "in");
  CHECK(t.source == "the latest Kestrel News poll released Monday");
  CHECK(t.content == "Ana Ruiz leads Tom Bell by 12 points");
  // Opening the sentence: the content follows the phrase's comma, past a
  // time phrase that is the poll's.
  t = FindExact(AuditText("In a Harbor College survey last week, 41 percent of voters backed the plan."), "In");
  CHECK(t.source == "a Harbor College survey");
  CHECK(t.content == "41 percent of voters backed the plan");
  // A preposition is no verb group: the adverb before it is not the cue's.
  t = FindExact(AuditText("Almost two in three voters now view him favorably in a recent Gallup poll."), "in");
  CHECK(t.source == "a recent Gallup poll");
  CHECK(t.content == "Almost two in three voters now view him favorably");
}

TEST_CASE("the preposition in is no cue when no poll is named or the poll word modifies another noun", "[attribute][recall][poll]") {
  // Polls at large name no poll.
  CHECK(FindExact(AuditText("Ana Ruiz has a decisive lead in the polls."), "in").cue == "<no attribution>");
  CHECK(FindExact(AuditText("Ana Ruiz has slipped in surveys all spring."), "in").cue == "<no attribution>");
  // A compound ("a polling place") and a phrase broken by a preposition.
  CHECK(FindExact(AuditText("Two volunteers waited in a crowded polling place downtown."), "in").cue == "<no attribution>");
  CHECK(FindExact(AuditText("Turnout was high in three of the counties where exit polls were taken."), "in").cue ==
        "<no attribution>");
  CHECK(FindExact(AuditText("The candidates rested in the hours before the first polls opened."), "in").cue ==
        "<no attribution>");
}

TEST_CASE("after according to, a possessive before an unlisted head is the source", "[attribute][recall]") {
  auto r = AuditText("The businessman is in excellent health, according to his longtime physician.");
  auto t = FindExact(r, "according to");
  CHECK(t.source == "his longtime physician");
  CHECK(t.content == "The businessman is in excellent health");
  // A person by the head's ending is a described person, not a record.
  bool described = false;
  for (const auto& s : r.sources) {
    described = described || (s.name == "his longtime physician" && s.kind != SourceKind::kDocument);
  }
  CHECK(described);
  r = AuditText("The pilot had flown for the airline since 2004, according to his Facebook profile.");
  CHECK(FindExact(r, "according to").source == "his Facebook profile");
  bool document = false;
  for (const auto& s : r.sources) document = document || (s.name == "his Facebook profile" && s.kind == SourceKind::kDocument);
  CHECK(document);
}

TEST_CASE("a content before its source leaves out the words that link it to the sentence before", "[attribute][recall][spans]") {
  CHECK(FindExact(AuditText("But the plan failed badly in the end, officials said."), "said").content ==
        "the plan failed badly in the end");
  CHECK(FindExact(AuditText("Meanwhile, her ratings have been rising fast, the poll found."), "found").content ==
        "her ratings have been rising fast");
  CHECK(FindExact(AuditText("Separately, the mill will close in June, according to the union."), "according to").content ==
        "the mill will close in June");
  // A fronted phrase of the clause stays in it.
  CHECK(FindExact(AuditText("In March, the mill closed for good, according to the union."), "according to").content ==
        "In March, the mill closed for good");
}

TEST_CASE("a party member noun heads an unnamed source, never a name", "[attribute][recall][sources]") {
  auto r = AuditText("“The plan is not good,” said one Republican involved in the planning.");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "one Republican involved in the planning");
  r = AuditText("A Democrat said the plan was bad.");
  CHECK(FindExact(r, "said").source == "A Democrat");
  for (const auto& s : r.sources) CHECK(s.kind != SourceKind::kNamed);
}

TEST_CASE("one and a singular noun is a new source, not a reference back", "[attribute][recall][sources]") {
  auto r = AuditText("A senator said the plan was bad. Voters said it was fine. “It will pass,” one mayor said.");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "one mayor");
  int senator_attributions = -1;
  for (const auto& s : r.sources) {
    if (s.name == "A senator") senator_attributions = s.attributions;
  }
  CHECK(senator_attributions == 1);
  // "one of the officials" still refers back to the officials.
  r = AuditText("Two officials said the plan was bad. “It will not pass,” one of the officials said.");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker != "");
}

TEST_CASE("a cue in a relative clause leaves the main verb its attribution", "[attribute][recall][relative]") {
  // The main verb's subject holds the relative clause; the relative
  // clause's content ends before the main verb.
  auto r = AuditText("Residents who have long opposed the tower say it blocks the view.");
  auto t = FindExact(r, "say");
  CHECK(t.source == "Residents who have long opposed the tower");
  CHECK(t.content == "it blocks the view");
  t = FindExact(r, "have long opposed");
  CHECK(t.source == "who");
  CHECK(t.content == "the tower");
  r = AuditText("Growers who want to ban the spray said the ruling will matter.");
  t = FindExact(r, "said");
  CHECK(t.source == "Growers who want to ban the spray");
  CHECK(t.content == "the ruling will matter");
  CHECK(FindExact(r, "want").content == "to ban the spray");
}

TEST_CASE("an apposition before an adverbial between commas leaves the name its source", "[attribute][recall][relative]") {
  auto r = AuditText("Senator Ann Lee, a lawyer from Ohio, in the name of thrift, said the tax would work.");
  CHECK(FindExact(r, "said").source == "Senator Ann Lee, a lawyer from Ohio,");
  bool named = false;
  for (const auto& s : r.sources) named = named || (s.name == "Ann Lee" && s.kind == SourceKind::kNamed);
  CHECK(named);
}

TEST_CASE("a cue after a comma and then shares the subject of the verb before", "[attribute][recall]") {
  // ("then" right after the comma stays out of the cue, as PolNeAR marks
  // it: cue49.)
  auto t = FindExact(AuditText("Mayor Ann Lee greeted the crowd, then said she will welcome advice."), "said");
  CHECK(t.source == "Mayor Ann Lee");
  CHECK(t.content == "she will welcome advice");
}

TEST_CASE("a relative pronoun as source stands for the noun phrase before it", "[attribute][recall][relative]") {
  auto r = AuditText("Two officials who said the plan failed left early.");
  bool found = false;
  for (const auto& a : r.attributions) {
    if (!a.cue || a.cue->text != "said") continue;
    found = true;
    REQUIRE(a.source);
    CHECK(a.source->text == "who");  // the span as PolNeAR marks it
    const auto* src = r.FindSource(a.source_id);
    REQUIRE(src != nullptr);
    CHECK(src->name == "Two officials");
    CHECK(a.level > 0);
  }
  CHECK(found);
  // After an apposition, the name the apposition describes.
  r = AuditText("The strike is hurting both sides, said Ann Lee, a labour economist at Kellin University, who has "
                "criticized three governments.");
  for (const auto& an : r.anonymous_sources) CHECK(an.phrase.find("labour economist") == std::string::npos);
}

TEST_CASE("an age set off by commas is not a role", "[attribute][recall][sources]") {
  auto r = AuditText("George Lane, 32, said the plan failed.");
  bool found = false;
  for (const auto& s : r.sources) {
    if (s.name != "George Lane") continue;
    found = true;
    CHECK(s.role.empty());
    CHECK(s.level == 4);  // a name with no role (T5 needs a role)
  }
  CHECK(found);
}

TEST_CASE("a lone surname opening the sentence before a past cue verb is the source", "[attribute][recall][names]") {
  // The surname appears nowhere else in the article.
  auto t = FindExact(AuditText("The council met on Monday.\n\nOkafor said the budget would pass."), "said");
  CHECK(t.source == "Okafor");
  CHECK(t.content == "the budget would pass");
  t = FindExact(AuditText("The council met on Monday.\n\nOkafor told reporters the budget would pass."), "told");
  CHECK(t.source == "Okafor");
  // Not a name: an indefinite pronoun.
  for (const char* text : {"Nobody said the budget would pass.", "Everyone says the budget would pass."}) {
    auto r = AuditText(std::string("The council met on Monday.\n\n") + text);
    bool named = false;
    for (const auto& s : r.sources) named = named || s.kind == onrecord::SourceKind::kNamed;
    CHECK_FALSE(named);
  }
}

TEST_CASE("a cue in the passive takes its subject as content and its source from by", "[attribute][recall][passive]") {
  // No agent: the subject is what was said, and nobody is the source.
  auto r = AuditText("Budget\n\nThe memo was emailed to every teacher on Monday.\n");
  bool found = false;
  for (const auto& a : r.attributions) {
    if (!a.cue || a.cue->text.find("emailed") == std::string::npos) continue;
    found = true;
    CHECK_FALSE(a.source);
    CHECK(a.source_id < 0);
    REQUIRE_FALSE(a.content.empty());
    CHECK(a.content[0].text == "The memo");
  }
  CHECK(found);
  // The agent after "by" is the source.
  auto t = FindExact(AuditText("Budget\n\nThe closure was first reported by the Kestrel Times.\n"), "was first reported");
  CHECK(t.source == "the Kestrel Times");
  CHECK(t.content == "The closure");
  // "is expected to": the subject, then the infinitive.
  r = AuditText("Budget\n\nMayor Ann Lee is expected to sign the budget.\n");
  found = false;
  for (const auto& a : r.attributions) {
    if (!a.cue || a.cue->text != "is expected") continue;
    found = true;
    CHECK_FALSE(a.source);
    REQUIRE(a.content.size() == 2);
    CHECK(a.content[0].text == "Mayor Ann Lee");
    CHECK(a.content[1].text == "to sign the budget");
  }
  CHECK(found);
  // Not a passive: a state of mind (list cue-states) and the progressive.
  CHECK(FindExact(AuditText("Budget\n\nTeachers are worried that the budget will fail.\n"), "are worried").source ==
        "Teachers");
  CHECK(FindExact(AuditText("Budget\n\nMayor Ann Lee is stressing that the budget will pass.\n"), "is stressing")
            .source == "Mayor Ann Lee");
}

TEST_CASE("results, statistics and findings show what they show", "[attribute][recall][documents]") {
  auto t = FindExact(AuditText("Vote\n\nThe results show that turnout fell in every district.\n"), "show");
  CHECK(t.source == "The results");
  CHECK(t.content == "that turnout fell in every district");
  t = FindExact(AuditText("Vote\n\nLast year's state statistics show that turnout fell.\n"), "show");
  CHECK(t.source == "Last year's state statistics");
}

TEST_CASE("as reported by an agent, the clause it is set against is the content", "[attribute][recall][as]") {
  auto t = FindExact(AuditText("Budget\n\nAs reported by the Kestrel Times, the mayor vetoed the budget.\n"), "reported");
  CHECK(t.source == "the Kestrel Times");
  CHECK(t.content == "the mayor vetoed the budget");
  t = FindExact(AuditText("Budget\n\nThe mayor vetoed the budget, as reported by the Kestrel Times.\n"), "reported");
  CHECK(t.source == "the Kestrel Times");
  CHECK(t.content == "The mayor vetoed the budget");
  // The subordinator is neither content nor cue.
  t = FindExact(AuditText("Budget\n\nThe mayor vetoed the budget, as the Kestrel Times reported on Monday.\n"), "reported");
  CHECK(t.content == "The mayor vetoed the budget");
}

TEST_CASE("a time phrase before the subject is no name with an apposition", "[attribute][recall][time]") {
  // "Monday" is no name, and "Mayor Ann Lee vetoed the budget" no role.
  auto t = FindExact(AuditText("Budget\n\nOn Monday, Mayor Ann Lee vetoed the budget, saying it was too large.\n"),
                     "saying");
  CHECK(t.source == "Mayor Ann Lee");
  t = FindExact(AuditText("Budget\n\nMayor Ann Lee spoke.\n\nOn Thursday, she expanded the plan, warning that it "
                          "would cost more.\n"),
                "warning");
  CHECK(t.source == "she");
}

TEST_CASE("since after an auxiliary is inside the verb group", "[attribute][recall][recall10]") {
  auto t = FindExact(AuditText("Harbor\n\nAnn Lee has since said the pier would reopen.\n"), "has since said");
  CHECK(t.source == "Ann Lee");
  CHECK(t.content == "the pier would reopen");
  t = FindExact(AuditText("Harbor\n\nCity officials have since said the pier would reopen.\n"), "have since said");
  CHECK(t.source == "City officials");
  // Opening a clause, "since" is no part of a cue.
  t = FindExact(AuditText("Harbor\n\nSince the storm, Ann Lee said the pier would reopen.\n"), "said");
  CHECK(t.source == "Ann Lee");
  CHECK(t.content == "the pier would reopen");
}

TEST_CASE("a quantifier floating after the subject is inside the verb group", "[attribute][recall][recall10]") {
  auto t = FindExact(AuditText("Harbor\n\nAnn Lee and Tom Bell spoke.\n\nLee and Bell both stressed that the pier "
                               "was safe.\n"),
                     "both stressed");
  CHECK(t.source == "Lee and Bell");
  CHECK(t.content == "that the pier was safe");
  t = FindExact(AuditText("Harbor\n\nThe harbor pilots all urged a slower schedule.\n"), "all urged");
  CHECK(t.source == "The harbor pilots");
  t = FindExact(AuditText("Harbor\n\nThey have all said the pier was safe.\n"), "have all said");
  CHECK(t.source == "They");
  // Opening the sentence, the quantifier is the subject.
  t = FindExact(AuditText("Harbor\n\nBoth said the pier was safe.\n"), "said");
  CHECK(t.source == "Both");
}

TEST_CASE("an adverb in list copulas makes no passive before an unlisted subject's cue",
          "[attribute][recall][recall10]") {
  // "also" and "now" are in list copulas (a role clause drops them with
  // "who is"); they are no form of "be".
  auto t = FindExact(AuditText("Harbor\n\nThe dock tenants also said the rent was too high.\n"), "also said");
  CHECK(t.source == "The dock tenants");
  CHECK(t.content == "the rent was too high");
  t = FindExact(AuditText("Harbor\n\nDock tenants now say the rent is too high.\n"), "now say");
  CHECK(t.source == "Dock tenants");
  // A passive still has no source.
  auto r = AuditText("Harbor\n\nThe closure was also expected.\n");
  for (const auto& a : r.attributions) CHECK_FALSE(a.source);
}

TEST_CASE("a coordinated cue after an auxiliary or adverb ends the first cue's content",
          "[attribute][recall][recall11]") {
  // "but did note", "and has said": the second verb group opens with an
  // auxiliary; it is a cue of its own with the same source, not part of
  // what the first cue reported.
  auto r = AuditText("Harbor\n\nMayor Ana Ruiz spoke on Tuesday. She did not mention her rivals by name but did "
                     "note that she had won more wards than anyone.\n");
  auto t = FindExact(r, "did not mention");
  CHECK(t.content == "her rivals by name");
  t = FindExact(r, "did note");
  CHECK(t.source == "She");
  CHECK(t.content == "that she had won more wards than anyone");
  r = AuditText("Harbor\n\nGovernor Tom Bell describes himself as a moderate and has said that he would sign the "
                "harbor bill.\n");
  t = FindExact(r, "describes");
  CHECK(t.content == "himself as a moderate");
  t = FindExact(r, "has said");
  CHECK(t.source == "Governor Tom Bell");
  CHECK(t.content == "that he would sign the harbor bill");
  // An auxiliary before a verb that is no cue ends nothing.
  r = AuditText("Harbor\n\nAna Ruiz said the ferry was late and had run out of fuel.\n");
  t = FindExact(r, "said");
  CHECK(t.content == "the ferry was late and had run out of fuel");
}

TEST_CASE("a participle cue after a comma takes a subject with a postmodifier",
          "[attribute][recall][recall11]") {
  // "A spokeswoman for the port declined to comment, saying …": the
  // subject's postmodifier ends with the noun phrase after its preposition.
  auto t = FindExact(AuditText("Harbor\n\nA spokeswoman for the port declined to comment, saying that nobody "
                               "involved still works there.\n"),
                     "saying");
  CHECK(t.source == "A spokeswoman for the port");
  CHECK(t.content == "that nobody involved still works there");
  t = FindExact(AuditText("Harbor\n\nOfficials at the port spoke briefly, noting that the schedule "
                          "had not changed.\n"),
                "noting");
  CHECK(t.source == "Officials at the port");
  CHECK(t.content == "that the schedule had not changed");
}

TEST_CASE("a relative clause with a cue of its own is no part of the source before it",
          "[attribute][recall][recall11]") {
  // The clause's cue is an attribution of its own (source "who"); the
  // outer source stops before the clause's comma.
  auto r = AuditText("Harbor\n\nAna Ruiz, who said last week that the pier was safe, also argued that the ferry "
                     "should run.\n");
  auto t = FindExact(r, "also argued");
  CHECK(t.source == "Ana Ruiz");
  CHECK(t.content == "that the ferry should run");
  t = FindExact(r, "said");
  CHECK(t.source == "who");
  CHECK(t.content == "that the pier was safe");
  // After the cue too.
  t = FindExact(AuditText("Harbor\n\n“The fares are too high,” said Tom Bell, who noted that the ferry lost money "
                          "last year.\n"),
                "said");
  CHECK(t.source == "Tom Bell");
  // After an apposition the apposition's comma stays, as PolNeAR marks it.
  t = FindExact(AuditText("Harbor\n\nAnn Cole, a teacher from Dover, who said the school was full, warned that "
                          "classes would grow.\n"),
                "warned");
  CHECK(t.source == "Ann Cole, a teacher from Dover,");
  // A relative clause with no cue stays in the source.
  t = FindExact(AuditText("Harbor\n\nAna Ruiz, who won the seat in May, argued that the ferry should run.\n"),
                "argued");
  CHECK(t.source == "Ana Ruiz, who won the seat in May,");
}

TEST_CASE("a cue coordinated inside a relative clause shares the relative pronoun",
          "[attribute][recall][recall11]") {
  // "…, who came out and endorsed …": the subject of both verbs is "who"
  // (standing for Tom Bell), not the sentence's subject.
  auto r = AuditText("Harbor\n\nThe mayor praised Tom Bell, who came out and endorsed the harbor plan during a "
                     "call.\n");
  auto t = FindExact(r, "endorsed");
  CHECK(t.source == "who");
  CHECK(t.content == "the harbor plan");
  // A clause closed by a comma before the coordinator is no subject.
  t = FindExact(AuditText("Harbor\n\nThe mayor, who won in May, thanked the crowd and said the pier would "
                          "reopen.\n"),
                "said");
  CHECK(t.source.rfind("The mayor", 0) == 0);
}

TEST_CASE("a passive cue coordinated with an earlier verb stands with no source",
          "[attribute][recall][recall11]") {
  // "… but is not expected to …": no one is named as expecting it; the
  // content is what follows the cue (the subject is the first verb's).
  auto r = AuditText("Harbor\n\nAna Ruiz is due to speak at the pier but is not expected to meet the "
                     "governor.\n");
  auto t = FindExact(r, "is not expected");
  CHECK(t.source == "<none>");
  CHECK(t.content == "to meet the governor");
  t = FindExact(AuditText("Harbor\n\nTom Bell has gained stature in the party and is widely expected to hold a "
                          "top job.\n"),
                "is widely expected");
  CHECK(t.source == "<none>");
  CHECK(t.content == "to hold a top job");
  // A coordinated passive that is no cue gives nothing.
  r = AuditText("Harbor\n\nThe ferry was late and was towed to the dock.\n");
  CHECK(r.attributions.empty());
}
