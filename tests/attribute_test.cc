// Attribution: cues in every position, speakers, roles and coreference.
#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::SourceKind;
using onrecord::Specificity;
using onrecord::testing::AuditText;
using onrecord::testing::SourceNamed;
using onrecord::testing::SourceOfCue;

namespace {

// The speaker of the quote whose text starts with `prefix`.
std::string SpeakerOf(const onrecord::AuditResult& r, const std::string& prefix) {
  for (const auto& q : r.quotes) {
    if (q.text.rfind(prefix, 0) == 0) return q.speaker;
  }
  return "<no such quote>";
}

// The source, as written, of the attribution in the sentence holding `words`
// (the first attribution whose cue comes after where they start).
std::string SourceAfter(const onrecord::AuditResult& r, const std::string& text, const std::string& words) {
  const size_t at = text.find(words);
  if (at == std::string::npos) return "<no such words>";
  for (const auto& a : r.attributions) {
    if (a.cue && a.cue->location.span.begin >= at) return a.source ? a.source->text : "<no source>";
  }
  return "<no attribution>";
}

}  // namespace

TEST_CASE("cues before and after the source, inverted and colon forms", "[attribute]") {
  struct Case {
    const char* text;
    const char* speaker;
  };
  const Case cases[] = {
      {"“We will win,” Ana Ruiz said.", "Ana Ruiz"},
      {"“We will win,” said Ana Ruiz, the party leader.", "Ana Ruiz"},
      {"Ana Ruiz said: “We will win.”", "Ana Ruiz"},
      {"Ana Ruiz, who leads the party, said, “We will win.”", "Ana Ruiz"},
      {"“We will win,” Ana Ruiz told reporters on Monday.", "Ana Ruiz"},
      {"“We will win,” Ana Ruiz said in a statement.", "Ana Ruiz"},
      {"“We will win,” Treasury Secretary Ana Ruiz said.", "Ana Ruiz"},
      {"“We will win,” the ministry said in a statement.", "the ministry"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto r = AuditText(c.text);
    CHECK(SpeakerOf(r, "We will win") == c.speaker);
  }
}

TEST_CASE("a split quote is one attribution with two content segments", "[attribute]") {
  auto r = AuditText("“We will win,” said Ana Ruiz, the party leader. “Nobody doubts it.”");
  REQUIRE(r.quotes.size() == 2);
  CHECK(r.quotes[1].speaker == "Ana Ruiz");
  CHECK(r.quotes[0].attribution == r.quotes[1].attribution);
  REQUIRE(r.quotes[0].attribution >= 0);
  CHECK(r.attributions[static_cast<size_t>(r.quotes[0].attribution)].content.size() == 2);
}

TEST_CASE("surnames, pronouns and titles resolve to the fullest name", "[attribute]") {
  auto r = AuditText(
      "Foreign Minister Lena Okafor met her counterpart on Monday.\n\n"
      "“The talks went well,” Okafor said.\n\n"
      "“We will meet again,” she added.");
  CHECK(SpeakerOf(r, "The talks") == "Lena Okafor");
  CHECK(SpeakerOf(r, "We will meet") == "Lena Okafor");
  const auto* s = r.FindSource(r.quotes[0].source_id);
  REQUIRE(s != nullptr);
  CHECK(s->role == "Foreign Minister");
  CHECK(s->level == 5);
}

TEST_CASE("roles come from appositives and relative clauses", "[attribute]") {
  auto r = AuditText(
      "“Costs will rise,” said Tomas Berg, an adviser to the Finance Ministry, who is also a "
      "professor at Norland University.");
  const auto* s = r.FindSource(r.quotes.at(0).source_id);
  REQUIRE(s != nullptr);
  CHECK(s->name == "Tomas Berg");
  CHECK(s->role == "adviser to the Finance Ministry");
}

TEST_CASE("anonymous descriptions: vague, described, and anaphors", "[attribute]") {
  auto r = AuditText(
      "Talks have stalled, people familiar with the matter said.\n\n"
      "Officials in Varna say no date has been set, according to one of the people.\n\n"
      "A Finance Ministry official said the offer stands.");
  REQUIRE(r.anonymous_sources.size() == 4);
  CHECK(r.anonymous_sources[0].phrase == "people familiar with the matter");
  CHECK(r.anonymous_sources[0].specificity == Specificity::kVague);
  CHECK(r.anonymous_sources[1].phrase == "Officials in Varna");
  CHECK(r.anonymous_sources[1].specificity == Specificity::kDescribed);
  CHECK(r.anonymous_sources[2].phrase == "one of the people");
  CHECK(r.anonymous_sources[2].anaphoric);
  // The anaphor links to its antecedent.
  CHECK(r.anonymous_sources[2].source_id == r.anonymous_sources[0].source_id);
  CHECK(r.anonymous_sources[3].phrase == "A Finance Ministry official");
  CHECK(r.anonymous_sources[3].specificity == Specificity::kDescribed);
}

TEST_CASE("a request for anonymity is not a reason, a stated reason is", "[attribute]") {
  auto request = AuditText("Talks have stalled, according to the people, who asked not to be identified.");
  REQUIRE(request.anonymous_sources.size() == 1);
  CHECK_FALSE(request.anonymous_sources[0].reason_given);
  auto reason = AuditText(
      "Talks have stalled, said a diplomat who attended the meeting and spoke on condition of "
      "anonymity because the talks are private.");
  REQUIRE(reason.anonymous_sources.size() == 1);
  CHECK(reason.anonymous_sources[0].reason_given);
  const auto* s = reason.FindSource(reason.anonymous_sources[0].source_id);
  REQUIRE(s != nullptr);
  CHECK(s->access_given);
}

TEST_CASE("a quote with no speaker in reach is unattributed, never guessed", "[attribute]") {
  auto r = AuditText(
      "The council met on Tuesday.\n\n"
      "“This will change everything for the town and for the people who live here.”");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker.empty());
  CHECK(r.quotes[0].speaker_kind == SourceKind::kUnattributed);
  CHECK(r.score.unattributed_quotes == 1);
}

TEST_CASE("non-responses are outreach, not sources", "[attribute]") {
  auto r = AuditText("The Treasury didn’t respond to requests for comment. The ministry declined to comment.");
  CHECK(r.sources.empty());
  CHECK(r.score.outreach);
}

TEST_CASE("a request verb is not a cue", "[attribute]") {
  auto r = AuditText("Every source for this article asked not to be named.");
  CHECK(r.attributions.empty());
}

TEST_CASE("Chinese and Japanese cues and sources without spaces", "[attribute][cjk]") {
  auto zh = AuditText("市长周明远表示：「我们会继续努力，让道路回到市民手中。」", "t.txt", "zh");
  REQUIRE(zh.quotes.size() == 1);
  CHECK(zh.quotes[0].speaker == "周明远");
  CHECK(zh.quotes[0].cue == "表示");
  auto zh_anon = AuditText("据知情人士透露，方案将在下月公布。", "t.txt", "zh");
  REQUIRE(zh_anon.anonymous_sources.size() == 1);
  CHECK(zh_anon.anonymous_sources[0].phrase == "知情人士");
  auto ja = AuditText("木島俊介社長は「鉄道を残したい気持ちは誰よりも強い」と述べた。", "t.txt", "ja");
  REQUIRE(ja.quotes.size() == 1);
  CHECK(ja.quotes[0].speaker == "木島俊介");
  CHECK(ja.quotes[0].cue == "と述べた");
}

namespace {
std::vector<std::string> AnonymousPhrases(const onrecord::AuditResult& r) {
  std::vector<std::string> out;
  for (const auto& a : r.anonymous_sources) out.push_back(a.phrase);
  return out;
}
}  // namespace

TEST_CASE("an unnamed source that a writer or an outlet cites is an anonymous source", "[attribute]") {
  using V = std::vector<std::string>;
  auto r = AuditText("The Courier reported that the plan was dead, citing two officials familiar with the talks.");
  CHECK(AnonymousPhrases(r) == V{"two officials familiar with the talks"});
  // The source of the report stays the outlet.
  REQUIRE_FALSE(r.attributions.empty());
  CHECK(r.attributions[0].source->text == "The Courier");
  r = AuditText("Citing a \xE2\x80\x9Creliable source familiar with the plans,\xE2\x80\x9D GadgetLoop reports that "
                "Lumetra will list the new models.");
  CHECK(AnonymousPhrases(r) == V{"reliable source familiar with the plans"});
  r = AuditText("Kanal Neun hatte sich in seinem Bericht auf \xE2\x80\x9Egut unterrichtete Kreise\xE2\x80\x9C berufen.",
                "t.txt", "de");
  CHECK(AnonymousPhrases(r) == V{"gut unterrichtete Kreise"});
  r = AuditText("Der Plan sei tot, berichtete die Agentur unter Berufung auf Regierungskreise.", "t.txt", "de");
  CHECK(AnonymousPhrases(r) == V{"Regierungskreise"});
  // Not a source: a thing cited, a negated citation, a named person.
  for (const auto& phrase : AnonymousPhrases(AuditText("Ana Ruiz delayed the vote, citing the heat as a reason."))) {
    CHECK(phrase.find("heat") == std::string::npos);
  }
  CHECK(AnonymousPhrases(AuditText("Trump never cited a source for his claim about the refugees.")).empty());
  CHECK(AnonymousPhrases(AuditText("The paper, citing Senator Ann Ruiz, said the vote was near.")).empty());
  // A phrase that is also an attribution's source is listed once.
  r = AuditText("The files were gone, the station reported, citing a senior official. "
                "A senior official said the theft was recent.");
  CHECK(AnonymousPhrases(r) == V{"a senior official", "A senior official"});
  // "citando a X" is itself a cue whose source is X: X is listed once.
  r = AuditText("El plan estÃ¡ muerto, informÃ³ la emisora citando a un alto funcionario del ministerio.",
                "t.txt", "es");
  int listed = 0;
  for (const auto& phrase : AnonymousPhrases(r)) listed += phrase == "un alto funcionario del ministerio";
  CHECK(listed == 1);
}

TEST_CASE("after an inverted source the content is before the cue", "[attribute]") {
  auto r = AuditText("The plan is dead, said the agency, citing officials familiar with the talks.");
  bool found = false;
  for (const auto& a : r.attributions) {
    if (!a.cue || a.cue->text != "said") continue;
    found = true;
    REQUIRE(a.content.size() == 1);
    CHECK(a.content[0].text == "The plan is dead");
  }
  CHECK(found);
}

TEST_CASE("a hyphen-minus typed as a dash after a quote introduces the cue", "[attribute]") {
  // Russian wire copy: "\"…\", - заявила Сельдова".
  auto r = AuditText("\"\xD0\xAD\xD1\x82\xD0\xBE \xD0\xB2\xD1\x8B\xD0\xB4\xD1\x83\xD0\xBC\xD0\xBA\xD0\xB0\", - "
                     "\xD0\xB7\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xB8\xD0\xBB\xD0\xB0 \xD0\xA1\xD0\xB5\xD0\xBB\xD1\x8C\xD0\xB4"
                     "\xD0\xBE\xD0\xB2\xD0\xB0 \xD0\xB2 \xD1\x81\xD1\x80\xD0\xB5\xD0\xB4\xD1\x83.",
                     "t.txt", "ru");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "\xD0\xA1\xD0\xB5\xD0\xBB\xD1\x8C\xD0\xB4\xD0\xBE\xD0\xB2\xD0\xB0");
  // Indirect content stops before such a dash as before "—" when the
  // writer's remark follows (an aside between two dashes is content:
  // tests/content14_test.cc).
  auto e = AuditText("Officials said they found the old postings - but the files were gone.");
  REQUIRE_FALSE(e.attributions.empty());
  REQUIRE(e.attributions[0].content.size() == 1);
  CHECK(e.attributions[0].content[0].text == "they found the old postings");
}

TEST_CASE("a title after other capitalized words: the words after it are the person's name", "[attribute]") {
  struct Case {
    const char* text;
    const char* speaker;
  };
  const Case cases[] = {
      {"\xE2\x80\x9CWe are ready,\xE2\x80\x9D said White House Press Secretary Josh Earnest. "
       "\xE2\x80\x9CNothing changed,\xE2\x80\x9D Earnest added.",
       "Josh Earnest"},
      {"Senate Majority Leader Mitch McConnell spoke first. \xE2\x80\x9CIt is over,\xE2\x80\x9D McConnell said.",
       "Mitch McConnell"},
      {"Florida Sen. Marco Rubio spoke first. \xE2\x80\x9CIt is over,\xE2\x80\x9D Rubio said.", "Marco Rubio"},
      {"Clinton Chief of Staff Cheryl Mills spoke first. \xE2\x80\x9CIt is over,\xE2\x80\x9D Mills said.",
       "Cheryl Mills"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto r = AuditText(c.text);
    REQUIRE_FALSE(r.quotes.empty());
    for (const auto& q : r.quotes) CHECK(q.speaker == c.speaker);
  }
  // An acronym or an organisation word after the title: the run stays one name.
  auto r = AuditText("Ana Ruiz leads the House Majority PAC. \xE2\x80\x9CWe will win,\xE2\x80\x9D she said.");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "Ana Ruiz");
}

TEST_CASE("Chinese: a place or time phrase between source and cue, and an organisation and title before the name",
          "[attribute][cjk]") {
  struct Case {
    const char* text;
    const char* speaker;
  };
  const Case cases[] = {
      // 在 … 上 between the source and 表示; the organisation and 副局长 before the name.
      {"\xE6\xB2\xB3\xE8\xA5\xBF\xE5\xB8\x82\xE4\xBA\xA4\xE9\x80\x9A\xE5\xB1\x80\xE5\x89\xAF\xE5\xB1\x80\xE9\x95\xBF"
       "\xE9\x99\x88\xE5\xBF\x97\xE5\x88\x9A\xE5\x9C\xA8\xE5\x8F\x91\xE5\xB8\x83\xE4\xBC\x9A\xE4\xB8\x8A\xE8\xA1\xA8"
       "\xE7\xA4\xBA\xEF\xBC\x9A\xE2\x80\x9C\xE6\x88\x91\xE4\xBB\xAC\xE4\xBC\x9A\xE7\xBB\xA7\xE7\xBB\xAD\xE6\x8E\xA8"
       "\xE8\xBF\x9B\xE3\x80\x82\xE2\x80\x9D",
       "\xE9\x99\x88\xE5\xBF\x97\xE5\x88\x9A"},
      // A date (7日) before 在 … 時 (traditional script, 市長).
      {"\xE6\xB5\xB7\xE9\x99\xBD\xE5\xB8\x82\xE9\x95\xB7\xE6\x9E\x97\xE5\xBB\xBA\xE6\xB0\x91" "7"
       "\xE6\x97\xA5\xE5\x9C\xA8\xE8\xAD\xB0\xE6\x9C\x83\xE7\xAD\x94\xE8\xA9\xA2\xE6\x99\x82\xE8\xA1\xA8\xE7\xA4\xBA"
       "\xEF\xBC\x8C\xE3\x80\x8C\xE5\xAF\xA7\xE5\x8F\xAF\xE6\x85\xA2\xE4\xB8\x80\xE9\xBB\x9E\xE3\x80\x8D\xE3\x80\x82",
       "\xE6\x9E\x97\xE5\xBB\xBA\xE6\xB0\x91"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto r = AuditText(c.text, "t.txt", "zh");
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].speaker == c.speaker);
  }
}

TEST_CASE("Russian: a role, its genitive complement or an acronym organisation, then the name", "[attribute]") {
  struct Case {
    const char* text;
    const char* speaker;
  };
  const Case cases[] = {
      {"\xC2\xAB\xD0\xA0\xD0\xB5\xD1\x88\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xB5 \xD0\xB1\xD1\x8B\xD0\xBB\xD0\xBE \xD1\x82\xD1\x80\xD1\x83\xD0\xB4\xD0\xBD\xD1\x8B\xD0\xBC\xC2\xBB, \xE2\x80\x94 \xD0\xB7\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xB8\xD0\xBB \xD0\xB3\xD0\xB5\xD0\xBD\xD0\xB5\xD1\x80\xD0\xB0\xD0\xBB\xD1\x8C\xD0\xBD\xD1\x8B\xD0\xB9 \xD0\xB4\xD0\xB8\xD1\x80\xD0\xB5\xD0\xBA\xD1\x82\xD0\xBE\xD1\x80 \xD1\x85\xD0\xBE\xD0\xBB\xD0\xB4\xD0\xB8\xD0\xBD\xD0\xB3\xD0\xB0 \xD0\x9F\xD1\x91\xD1\x82\xD1\x80 \xD0\x9B\xD0\xB0\xD0\xBF\xD1\x82\xD0\xB5\xD0\xB2.",
       "\xD0\x9F\xD1\x91\xD1\x82\xD1\x80 \xD0\x9B\xD0\xB0\xD0\xBF\xD1\x82\xD0\xB5\xD0\xB2"},
      {"\xC2\xAB\xD0\xAD\xD1\x82\xD0\xBE \xD0\xB2\xD1\x8B\xD0\xB4\xD1\x83\xD0\xBC\xD0\xBA\xD0\xB0\xC2\xBB, \xE2\x80\x94 \xD0\xB7\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xB8\xD0\xBB\xD0\xB0 \xD0\xB4\xD0\xB5\xD0\xBF\xD1\x83\xD1\x82\xD0\xB0\xD1\x82 \xD0\xBE\xD0\xB1\xD0\xBB\xD0\xB0\xD1\x81\xD1\x82\xD0\xBD\xD0\xBE\xD0\xB9 \xD0\xB4\xD1\x83\xD0\xBC\xD1\x8B \xD0\x9D\xD0\xB8\xD0\xBD\xD0\xB0 \xD0\x97\xD0\xBE\xD1\x80\xD0\xB8\xD0\xBD\xD0\xB0.",
       "\xD0\x9D\xD0\xB8\xD0\xBD\xD0\xB0 \xD0\x97\xD0\xBE\xD1\x80\xD0\xB8\xD0\xBD\xD0\xB0"},
      {"\xD0\xAD\xD1\x82\xD0\xBE \xD0\xB2\xD1\x8B\xD0\xB4\xD1\x83\xD0\xBC\xD0\xBA\xD0\xB0, \xD0\xB7\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xB8\xD0\xBB\xD0\xB0 \xD0\xBE\xD1\x84\xD0\xB8\xD1\x86\xD0\xB8\xD0\xB0\xD0\xBB\xD1\x8C\xD0\xBD\xD1\x8B\xD0\xB9 \xD0\xBF\xD1\x80\xD0\xB5\xD0\xB4\xD1\x81\xD1\x82\xD0\xB0\xD0\xB2\xD0\xB8\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8C \xD0\x9C\xD0\x98\xD0\x94 \xD0\x92\xD0\xB5\xD0\xBB\xD0\xBE\xD1\x80\xD0\xB8\xD0\xB8 \xD0\x9E\xD0\xBB\xD1\x8C\xD0\xB3\xD0\xB0 \xD0\xA0\xD1\x8F\xD0\xB1\xD0\xBE\xD0\xB2\xD0\xB0. \xC2\xAB\xD0\x98\xD1\x85 \xD0\xBD\xD0\xB5\xD1\x82\xC2\xBB, \xE2\x80\x94 \xD0\xBD\xD0\xB0\xD0\xBF\xD0\xB8\xD1\x81\xD0\xB0\xD0\xBB\xD0\xB0 \xD0\xA0\xD1\x8F\xD0\xB1\xD0\xBE\xD0\xB2\xD0\xB0.",
       "\xD0\x9E\xD0\xBB\xD1\x8C\xD0\xB3\xD0\xB0 \xD0\xA0\xD1\x8F\xD0\xB1\xD0\xBE\xD0\xB2\xD0\xB0"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto r = AuditText(c.text, "t.txt", "ru");
    REQUIRE_FALSE(r.quotes.empty());
    for (const auto& q : r.quotes) CHECK(q.speaker == c.speaker);
  }
}

TEST_CASE("the sources refers back to the last plural unnamed source and shares its reason", "[attribute]") {
  auto r = AuditText(
      "The airline is close to ordering 60 jets, people familiar with the matter said.\n\n"
      "The order may grow, the sources said, requesting anonymity because the talks are private.");
  REQUIRE(r.anonymous_sources.size() == 2);
  CHECK(r.anonymous_sources[0].source_id == r.anonymous_sources[1].source_id);
  CHECK(r.anonymous_sources[0].reason_given);
}

TEST_CASE("a name in apposition after a determined noun, with role words before it", "[attribute]") {
  auto r = AuditText(
      "His rival, former state Treasurer Nina Castellano, claimed the campaign was \xE2\x80\x9Cin free fall.\xE2\x80\x9D "
      "Her spokesman, Ben Adair, said Castellano would keep her focus.");
  REQUIRE(r.quotes.size() == 1);
  // The quote is inside Castellano's sentence: the next sentence's cue does not take it.
  CHECK(r.quotes[0].speaker == "Nina Castellano");
  REQUIRE_FALSE(r.attributions.empty());
  CHECK(r.attributions[0].source->text == "His rival, former state Treasurer Nina Castellano,");
  // A time word is no name in apposition.
  auto t = AuditText("The listing was replaced on Monday, Thursday, said a message that read “Sorry.”");
  for (const auto& s : t.sources) CHECK(s.name != "Thursday");
}

TEST_CASE("a middle initial's period stays with it in the canonical name", "[attribute]") {
  auto r = AuditText("James B. Comey said the review was over. \xE2\x80\x9CWe are done,\xE2\x80\x9D Comey said.");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "James B. Comey");
}

TEST_CASE("he or a null subject after an unnamed person who spoke in the paragraph", "[attribute]") {
  // English: "he" is the official of the paragraph, not the mayor named before.
  auto en = AuditText(
      "Mayor Tom Bright spoke first. A senior official, who asked not to be named, said the talks had "
      "stalled. \"We are nowhere,\" he said.");
  CHECK(SpeakerOf(en, "We are nowhere") == "A senior official");
  // Spanish and Italian: the verb with no subject written.
  auto es = AuditText(
      "El alcalde Tomás Brillo habló primero. Un alto funcionario, que pidió no ser identificado, dijo que "
      "las negociaciones estaban estancadas. \xC2\xAB" "No estamos en ninguna parte\xC2\xBB, dijo.",
      "t.txt", "es");
  CHECK(SpeakerOf(es, "No estamos") == "Un alto funcionario");
  auto it = AuditText(
      "La sindaca Lucia Ferri ha parlato per prima. Un tecnico del Comune, che chiede l\xE2\x80\x99" "anonimato, "
      "racconta che il ponte era sotto osservazione. \xC2\xAB" "Lo sapevamo da anni\xC2\xBB, ammette.",
      "t.txt", "it");
  CHECK(SpeakerOf(it, "Lo sapevamo") == "Un tecnico del Comune");
  // A quote that opens the next paragraph goes back to whoever spoke last in
  // the paragraph before, named or not (changed on purpose: this asserted
  // "Tom Bright" until the quote-introducer rule; a reader takes the official
  // who just spoke). A definite description ("the candidate") or an
  // apposition to a name is no unnamed person of its own.
  auto next = AuditText(
      "Mayor Tom Bright spoke first. \"We will rebuild,\" Bright said.\n\n"
      "A senior official said the talks had stalled.\n\n"
      "\"We are nowhere,\" he said.");
  CHECK(SpeakerOf(next, "We are nowhere") == "A senior official");
  // Not right after a quote opening its paragraph, "he" goes to the official
  // too (changed on purpose in fixa37, issue #4: this asserted "Tom Bright";
  // the unnamed person who spoke last in the paragraph before, with nobody
  // named since, is the nearer antecedent, as for "He added: …").
  auto inside = AuditText(
      "Mayor Tom Bright spoke first. \"We will rebuild,\" Bright said.\n\n"
      "A senior official said the talks had stalled.\n\n"
      "Later on, \"we are nowhere,\" he said.");
  CHECK(SpeakerOf(inside, "we are nowhere") == "A senior official");
  auto apposition = AuditText(
      "Willie Minor, an actor in Dallas who runs a theater, recalled that times were hard. He said that he "
      "has \"been more secure financially.\"");
  CHECK(SpeakerOf(apposition, "been more secure") == "Willie Minor");
}

TEST_CASE("a headline quote with exactly the words of a body quote has its speaker", "[attribute]") {
  auto r = AuditText(
      "\xE2\x80\x9EWir sind doch kein Freizeitpark\xE2\x80\x9C: B\xC3\xBCrgermeister wehrt sich\n\n"
      "Der Streit eskaliert. B\xC3\xBCrgermeister Anton Reisinger lehnt die Pl\xC3\xA4ne ab. "
      "\xE2\x80\x9EWir sind doch kein Freizeitpark\xE2\x80\x9C, sagte Reisinger.\n",
      "t.txt", "de");
  REQUIRE(r.quotes.size() == 2);
  CHECK(r.quotes[0].in_headline);
  CHECK(r.quotes[0].speaker == "Anton Reisinger");
  CHECK(r.quotes[1].speaker == "Anton Reisinger");
  // A name in marks in the headline is not given the speaker of the body's
  // sentence that names it again.
  auto n = AuditText(
      "\xC2\xAB\xD0\x92\xD0\xBE\xD0\xBB\xD0\xB3\xD0\xB0\xC2\xBB \xD0\xB7\xD0\xB0\xD0\xBA\xD1\x80\xD0\xBE\xD0\xB5\xD1\x82 "
      "\xD0\xB7\xD0\xB0\xD0\xB2\xD0\xBE\xD0\xB4\n\n"
      "\xD0\x90\xD0\xB3\xD1\x80\xD0\xBE\xD1\x85\xD0\xBE\xD0\xBB\xD0\xB4\xD0\xB8\xD0\xBD\xD0\xB3 \xC2\xAB\xD0\x92\xD0\xBE\xD0\xBB"
      "\xD0\xB3\xD0\xB0\xC2\xBB \xD0\xB7\xD0\xB0\xD0\xBA\xD1\x80\xD0\xBE\xD0\xB5\xD1\x82 \xD0\xB7\xD0\xB0\xD0\xB2\xD0\xBE\xD0\xB4, "
      "\xD1\x81\xD0\xBE\xD0\xBE\xD0\xB1\xD1\x89\xD0\xB8\xD0\xBB\xD0\xB0 \xD0\xBF\xD1\x80\xD0\xB5\xD1\x81\xD1\x81-\xD1\x81\xD0\xBB"
      "\xD1\x83\xD0\xB6\xD0\xB1\xD0\xB0 \xD0\xBA\xD0\xBE\xD0\xBC\xD0\xBF\xD0\xB0\xD0\xBD\xD0\xB8\xD0\xB8.\n",
      "t.txt", "ru");
  REQUIRE_FALSE(n.quotes.empty());
  CHECK(n.quotes[0].speaker.empty());
}

TEST_CASE("a dash attribution after the quote's closing mark and a period", "[attribute]") {
  auto r = AuditText(
      "The mayor resigned on Friday.\n\n"
      "\xE2\x80\x9CLucia was the best mayor this town ever had\xE2\x80\x9D. \xE2\x80\x94 Rosa Diaz, a resident\n");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "Rosa Diaz");
}

TEST_CASE("after a quote a prepositional phrase between the verb and its subject", "[attribute]") {
  auto es = AuditText(
      "\xC2\xAB" "Hoy se ha hecho justicia con los trabajadores\xC2\xBB, dijo a la salida del tribunal la portavoz "
      "del sindicato, Nerea Goiri.",
      "t.txt", "es");
  REQUIRE(es.quotes.size() == 1);
  CHECK(es.quotes[0].speaker == "Nerea Goiri");
  REQUIRE(es.attributions.size() == 1);
  // The phrase opens with its determiner: no premodifiers are taken before it.
  CHECK(es.attributions[0].source->text == "la portavoz del sindicato, Nerea Goiri");
  auto fr = AuditText(
      "\xC2\xAB\xC2\xA0Nous \xC3\xA9tions les moins chers, point final\xC2\xA0\xC2\xBB, a assur\xC3\xA9 de son "
      "c\xC3\xB4t\xC3\xA9 Marc Dufour, g\xC3\xA9rant de la soci\xC3\xA9t\xC3\xA9.",
      "t.txt", "fr");
  REQUIRE(fr.quotes.size() == 1);
  CHECK(fr.quotes[0].speaker == "Marc Dufour");
}

TEST_CASE("a pronoun with nobody cited yet refers to the named subject of a sentence before", "[attribute]") {
  auto fr = AuditText(
      "La gare de Valbois fermera\n\n"
      "Le maire de Valbois, Jean-Marc Derval, ne d\xC3\xA9" "col\xC3\xA8re pas depuis l'annonce.\n\n"
      "\xC2\xAB\xC2\xA0Un village sans gare est un village qui s'endort\xC2\xA0\xC2\xBB, a-t-il d\xC3\xA9" "clar\xC3\xA9 lundi.\n",
      "t.txt", "fr");
  REQUIRE(fr.quotes.size() == 1);
  CHECK(fr.quotes[0].speaker == "Jean-Marc Derval");
  auto en = AuditText(
      "Delegates rally\n\n"
      "Another delegate, Michael Brown of Ohio, explained his late support.\n\n"
      "\xE2\x80\x9CIt is time to stand behind our candidate,\xE2\x80\x9D he declared.\n");
  REQUIRE(en.quotes.size() == 1);
  CHECK(en.quotes[0].speaker.find("Michael Brown") == 0);
  // The nearest subject is an organisation: no guess further back.
  auto org = AuditText(
      "Tax vote\n\n"
      "Paul Vasseur voted against the tax.\n\n"
      "The Airline Federation condemned the measure. In a statement, she said the tax would cost "
      "\xE2\x80\x9C" "four thousand jobs by 2027\xE2\x80\x9D.\n");
  for (const auto& q : org.quotes) CHECK(q.speaker != "Paul Vasseur");
}

TEST_CASE("a cue and colon ending a paragraph introduce the quote that opens the next", "[attribute]") {
  auto en = AuditText(
      "Town hall dispute\n\n"
      "Councillor Claire Monroe said:\n\n"
      "\"For two years we have asked the same questions. Nobody answered.\n\n"
      "\"Today it is no longer a local dispute.\"\n\n"
      "The town disputes this.\n");
  REQUIRE(en.quotes.size() == 2);
  CHECK(en.quotes[0].speaker == "Claire Monroe");
  CHECK(en.quotes[1].speaker == "Claire Monroe");
  auto fr = AuditText(
      "Cantines\n\n"
      "L\xE2\x80\x99" "\xC3\xA9lue Claire Montr\xC3\xA9sor a d\xC3\xA9" "clar\xC3\xA9 :\n\n"
      "\xC2\xAB Depuis deux ans, nous posons les m\xC3\xAAmes questions. \xC2\xBB\n",
      "t.txt", "fr");
  REQUIRE(fr.quotes.size() == 1);
  CHECK(fr.quotes[0].speaker == "Claire Montr\xC3\xA9sor");
  // Without the colon the quote is not the paragraph's.
  auto none = AuditText(
      "Town hall dispute\n\n"
      "Councillor Claire Monroe said the council would meet.\n\n"
      "\"For two years we have asked the same questions.\"\n");
  REQUIRE(none.quotes.size() == 1);
  CHECK(none.quotes[0].speaker != "Claire Monroe");
}

TEST_CASE("an inner quote has the speaker its outer quote names with a cue", "[attribute]") {
  auto pt = AuditText(
      "\"Meu m\xC3\xA9" "dico olhou para mim e disse: 'Ou voc\xC3\xAA para agora, ou para para sempre.' Eu escolhi "
      "parar\", afirmou Marisa Leal.",
      "t.txt", "pt");
  REQUIRE(pt.quotes.size() == 2);
  CHECK(pt.quotes[0].speaker == "Marisa Leal");
  CHECK(pt.quotes[1].speaker == "Meu m\xC3\xA9" "dico");
  CHECK(pt.quotes[1].attribution >= 0);
  // The doctor is the singer's source, not the newsroom's anonymous one.
  CHECK(pt.anonymous_sources.empty());
  // Nobody written before the verb, or a lone pronoun: no speaker.
  auto it = AuditText(
      "\xE2\x80\x9CMi hanno detto \xE2\x80\x98non \xC3\xA8 il momento giusto\xE2\x80\x99. Per chi?\xE2\x80\x9D, ha "
      "scritto il regista Matteo Serra.",
      "t.txt", "it");
  REQUIRE(it.quotes.size() == 2);
  CHECK(it.quotes[1].speaker.empty());
}

TEST_CASE("an object clitic between the subject and the cue is in neither", "[attribute]") {
  auto es = AuditText("La ministra nos dijo en julio que la ley saldr\xC3\xAD" "a pronto.", "t.txt", "es");
  REQUIRE(es.attributions.size() == 1);
  CHECK(es.attributions[0].source->text == "La ministra");
  auto fr = AuditText("Le ministre nous a dit que la loi passerait.", "t.txt", "fr");
  REQUIRE(fr.attributions.size() == 1);
  CHECK(fr.attributions[0].source->text == "Le ministre");
  // "Joseph Biden Jr. said": the period after a name suffix stays in the source.
  auto en = AuditText("Vice President Joseph R. Biden Jr. said the plan works.");
  REQUIRE(en.attributions.size() == 1);
  CHECK(en.attributions[0].source->text == "Vice President Joseph R. Biden Jr.");
}

TEST_CASE("after a quote and an inverted cue an unlisted role word before a name", "[attribute]") {
  auto pt = AuditText("\"Eu escolhi parar agora\", afirmou a cantora Marisa Leal.", "t.txt", "pt");
  REQUIRE(pt.quotes.size() == 1);
  CHECK(pt.quotes[0].speaker == "Marisa Leal");
  auto es = AuditText("\xC2\xAB" "Yo eleg\xC3\xAD parar ahora\xC2\xBB, dijo la cantante Marisa Leal.", "t.txt", "es");
  REQUIRE(es.quotes.size() == 1);
  CHECK(es.quotes[0].speaker == "Marisa Leal");
  // A title in the writer's sentence and a preposition fused with an
  // article ("nas") open no speaker.
  auto title = AuditText(
      "O compositor Beto Falc\xC3\xA3o, parceiro em sucessos como \"Luar de Itaoca\", escreveu nas redes sociais "
      "que a amiga \"merece todo o descanso do mundo\".",
      "t.txt", "pt");
  for (const auto& q : title.quotes) CHECK(q.speaker != "nas redes sociais");
}

TEST_CASE("after a comma and an inverted cue an addressee before an unnamed source", "[attribute]") {
  auto pt = AuditText(
      "A urg\xC3\xAAncia vai fechar a partir de mar\xC3\xA7o, confirmou ao Di\xC3\xA1rio do Sul fonte oficial do "
      "Minist\xC3\xA9rio da Sa\xC3\xBA" "de.",
      "t.txt", "pt");
  REQUIRE(pt.anonymous_sources.size() == 1);
  CHECK(pt.anonymous_sources[0].phrase == "fonte oficial do Minist\xC3\xA9rio da Sa\xC3\xBA" "de");
  // A name after the phrase is no source there: the comma may close an
  // apposition of the real subject.
  auto en = AuditText(
      "The agency works as a filter, James Comey Jr., the director of the bureau, said at a news conference in New "
      "York.");
  for (const auto& s : en.sources) CHECK(s.name != "New York");
}

TEST_CASE("a sentence-opening phrase of origin is the source of an impersonal or subjectless cue", "[attribute]") {
  auto fr = AuditText("De source gouvernementale, on indique qu\xE2\x80\x99un texte sera pr\xC3\xAAt au printemps.",
                      "t.txt", "fr");
  REQUIRE(fr.attributions.size() == 1);
  CHECK(fr.attributions[0].source->text == "source gouvernementale");
  REQUIRE(fr.anonymous_sources.size() == 1);
  auto es = AuditText(
      "Desde la direcci\xC3\xB3n del partido indicaron que la decisi\xC3\xB3n no sorprende a nadie.", "t.txt", "es");
  REQUIRE(es.attributions.size() == 1);
  CHECK(es.attributions[0].source->text == "la direcci\xC3\xB3n del partido");
  // A phrase of time or place before a written subject is no source.
  auto place = AuditText("Dans son discours, le ministre a assur\xC3\xA9 que le texte est pr\xC3\xAAt.", "t.txt", "fr");
  REQUIRE(place.attributions.size() == 1);
  CHECK(place.attributions[0].source->text == "le ministre");
}

TEST_CASE("a quote in a coordinated clause of another known person after a cue", "[attribute]") {
  auto r = AuditText(
      "Labour Minister Tobias Renn said talks would resume. Union president Delia March said the strike would go on.\n\n"
      "March has urged members to stay \xE2\x80\x9Cunited and patient,\xE2\x80\x9D but Renn used a radio interview "
      "to call the strike \xE2\x80\x9Creckless\xE2\x80\x9D and to accuse the union of \xE2\x80\x9Cholding the "
      "country hostage.\xE2\x80\x9D\n");
  CHECK(SpeakerOf(r, "united and patient") == "Delia March");
  CHECK(SpeakerOf(r, "reckless") == "Tobias Renn");
  CHECK(SpeakerOf(r, "holding the country") == "Tobias Renn");
  // No earlier cue in the sentence: "But X" opening it is one clause.
  auto one = AuditText(
      "Senator Ted Crane spoke on Monday.\n\n"
      "But Crane would not comment on an order signed by the governor \xE2\x80\x9Cto protect privacy and "
      "equality\xE2\x80\x9D for state workers.\n");
  for (const auto& q : one.quotes) CHECK(q.cue.empty());
}


TEST_CASE("the noun of a postmodifier belongs to the head before it even with a relative clause after", "[attribute]") {
  auto en = AuditText(
      "The line will close\n\n"
      "An official at the company, who asked not to be named, confirmed that the file was closed.\n");
  CHECK(SourceOfCue(en, "confirmed") == "An official at the company");
  auto fr = AuditText(
      "La ligne fermera\n\n"
      "Un cadre de la SCFR, qui a souhait\xC3\xA9 garder l'anonymat, confirme\xC2\xA0: "
      "\xC2\xAB\xC2\xA0Le dossier \xC3\xA9tait boucl\xC3\xA9 avant m\xC3\xAAme la consultation.\xC2\xA0\xC2\xBB\n",
      "t.txt", "fr");
  CHECK(SpeakerOf(fr, "Le dossier") == "Un cadre de la SCFR");
  // A German genitive article is the preposition itself: the head before it still counts.
  auto de = AuditText(
      "Die Klinik schlie\xC3\x9Ft\n\n"
      "Ein Sprecher der Netzagentur sagte, man pr\xC3\xBC" "fe den Fall.\n",
      "t.txt", "de");
  CHECK(SourceOfCue(de, "sagte") == "Ein Sprecher der Netzagentur");
}

TEST_CASE("a described subject with a postmodifier before a coordinated cue ends with the postmodifier's noun phrase", "[attribute]") {
  auto en = AuditText(
      "The law is late\n\n"
      "Officials at the Treasury played down the delay and recalled that the schedule was flexible.\n");
  CHECK(SourceOfCue(en, "recalled") == "Officials at the Treasury");
  auto es = AuditText(
      "La ley se retrasa\n\n"
      "Fuentes del Ministerio de Hacienda restaron importancia al retraso y recordaron que el calendario "
      "legislativo \xC2\xAB" "siempre fue orientativo\xC2\xBB.\n",
      "t.txt", "es");
  CHECK(SourceOfCue(es, "recordaron") == "Fuentes del Ministerio de Hacienda");
  CHECK(SpeakerOf(es, "siempre fue") == "Fuentes del Ministerio de Hacienda");
}

TEST_CASE("an opening adverbial phrase is not the subject of a coordinated cue", "[attribute]") {
  auto r = AuditText(
      "Pitcher fired\n\n"
      "Earlier Wednesday, Schilling appeared on a radio show in Boston and said he had been misunderstood.\n\n"
      "In June, the committee issued a report on the attack and said the agency had failed.\n");
  CHECK(SourceOfCue(r, "said") == "Schilling");
  bool committee = false;
  for (const auto& a : r.attributions) {
    if (!a.source) continue;
    if (a.source->text == "the committee") committee = true;
    CHECK(a.source->text.find("Earlier") == std::string::npos);
    CHECK(a.source->text.find("In June") == std::string::npos);
  }
  CHECK(committee);
}

TEST_CASE("a compound noun ending in a document cue's word is no cue", "[attribute]") {
  auto r = AuditText(
      "Pitcher fired\n\n"
      "Schilling defended the post on his weekly radio show that he hosts in Boston.\n\n"
      "Polls show that the race is close.\n");
  CHECK(SourceOfCue(r, "show") == "Polls");
  for (const auto& a : r.attributions) {
    if (a.source) CHECK(a.source->text.find("radio") == std::string::npos);
  }
  auto cues = 0;
  for (const auto& a : r.attributions) cues += a.cue && a.cue->text == "show";
  CHECK(cues == 1);
}

TEST_CASE("a named source after its cue takes its appositions into its span as PolNeAR does", "[attribute]") {
  auto r = AuditText(
      "Voters weigh in\n\n"
      "\xE2\x80\x9CI just want somebody who listens,\xE2\x80\x9D said David Magel, 53, who lives in the Chicago suburbs.\n\n"
      "\xE2\x80\x9CIt is a long race,\xE2\x80\x9D said Nicky Driscoll, 24, from Manchester, on Tuesday.\n\n"
      "\xE2\x80\x9CWe are watching,\xE2\x80\x9D said Ana Ruiz, adding that nothing was decided.\n\n"
      "According to Dennis Ross, another former envoy, the trouble began early.\n\n"
      "According to The Federalist, the men were wearing matching shirts.\n");
  CHECK(SpeakerOf(r, "I just want") == "David Magel");
  std::vector<std::string> sources;
  for (const auto& a : r.attributions) {
    if (a.source) sources.push_back(a.source->text);
  }
  auto has = [&](const std::string& t) { return std::find(sources.begin(), sources.end(), t) != sources.end(); };
  CHECK(has("David Magel, 53, who lives in the Chicago suburbs"));
  CHECK(has("Nicky Driscoll, 24, from Manchester,"));
  CHECK(has("Ana Ruiz"));
  CHECK(has("Dennis Ross, another former envoy"));
  CHECK(has("The Federalist"));
}

TEST_CASE("a participle cue that takes an earlier cue's source shows that source's words", "[attribute]") {
  auto r = AuditText(
      "Voters weigh in\n\n"
      "Ana Ruiz said the party was ready, adding that nothing was decided.\n");
  CHECK(SourceOfCue(r, "said") == "Ana Ruiz");
  CHECK(SourceOfCue(r, "adding") == "Ana Ruiz");
  int said = -1, adding = -2;
  for (const auto& a : r.attributions) {
    if (a.cue && a.cue->text == "said") said = a.source_id;
    if (a.cue && a.cue->text == "adding") adding = a.source_id;
  }
  CHECK(said == adding);
}

TEST_CASE("a coordinated subject is shown whole as the source's words", "[attribute]") {
  auto r = AuditText(
      "Talks fail\n\n"
      "Mr. Peck and Mr. Mahaney said the talks had failed.\n\n"
      "Both Bolton and Gorka argued that the plan was weak.\n\n"
      "Among voters in the north, the mayor and her deputy said the plan was weak.\n");
  CHECK(SourceOfCue(r, "said") == "Mr. Peck and Mr. Mahaney");
  CHECK(SourceOfCue(r, "argued") == "Both Bolton and Gorka");
  // The two names are one joint source (source34; the conjunct next to the
  // cue before).
  for (const auto& a : r.attributions) {
    if (a.cue && a.cue->text == "said" && a.source && a.source->text == "Mr. Peck and Mr. Mahaney") {
      REQUIRE(a.source_id >= 0);
      bool found = false;
      for (const auto& s : r.sources) {
        if (s.id == a.source_id) {
          found = true;
          CHECK(s.name == "Peck and Mahaney");
        }
      }
      CHECK(found);
    }
  }
  bool both = false;
  for (const auto& a : r.attributions) {
    if (a.source && a.source->text == "the mayor and her deputy") both = true;
  }
  CHECK(both);
}

TEST_CASE("a bare plural source opening its clause keeps its unlisted adjectives", "[attribute]") {
  auto r = AuditText(
      "Ethics panel\n\n"
      "Leaked emails show that the plan was weak.\n\n"
      "Public health officials said the water was safe.\n\n"
      "It is now clear that House ethics investigators had found that the deal was flawed.\n");
  CHECK(SourceOfCue(r, "show") == "Leaked emails");
  CHECK(SourceOfCue(r, "said") == "Public health officials");
  // After "that" (a complementizer and a determiner) the phrase starts after it.
  CHECK(SourceOfCue(r, "had found") == "House ethics investigators");
}

TEST_CASE("a short parenthesis after a named source is part of its words", "[attribute]") {
  auto r = AuditText(
      "Senate vote\n\n"
      "Sen. Chris Murphy (D-Conn.) said the bill was weak.\n\n"
      "The vote was close, said Florida Gov. Rick Scott (R).\n");
  CHECK(SourceOfCue(r, "said") == "Sen. Chris Murphy (D-Conn.)");
  bool scott = false;
  for (const auto& a : r.attributions) {
    if (a.source && a.source->text == "Florida Gov. Rick Scott (R)") scott = true;
  }
  CHECK(scott);
  for (const auto& s : r.sources) CHECK(s.name.find('(') == std::string::npos);
}

TEST_CASE("a name in apposition to a role phrase that ends in an organisation is the source", "[attribute]") {
  auto pt = AuditText(
      "Recuo do governo\n\n"
      "O l\xC3\xAD" "der da oposi\xC3\xA7\xC3\xA3o na Assembleia, deputado C\xC3\xA9lio Barros, afirmou que o recuo \xC3\xA9 "
      "\xE2\x80\x9Cuma vit\xC3\xB3ria da popula\xC3\xA7\xC3\xA3o\xE2\x80\x9D.\n",
      "t.txt", "pt");
  CHECK(SpeakerOf(pt, "uma vit") == "C\xC3\xA9lio Barros");
  auto en = AuditText(
      "Retreat\n\n"
      "The leader of the opposition in the Assembly, Deputy Carl Barros, said the retreat was "
      "\xE2\x80\x9C" "a victory for the people\xE2\x80\x9D.\n");
  CHECK(SpeakerOf(en, "a victory") == "Carl Barros");
}

TEST_CASE("a definite role phrase speaking inside a quote is the named source with that role", "[attribute]") {
  auto es = AuditText(
      "La ley se retrasa\n\n"
      "La ministra de Vivienda, Carmen Ibarrola, dijo el martes que la ley no se presentar\xC3\xA1 a\xC3\xBA" "n.\n\n"
      "\xC2\xAB" "La ministra nos dijo en julio: \xE2\x80\x9C" "Esta vez va en serio\xE2\x80\x9D. Seguimos esperando\xC2\xBB, "
      "a\xC3\xB1" "adi\xC3\xB3 Joaqu\xC3\xADn Salcedo.\n",
      "t.txt", "es");
  CHECK(SpeakerOf(es, "Esta vez") == "Carmen Ibarrola");
  // An indefinite one stays a person of its own.
  auto en = AuditText(
      "Housing\n\n"
      "Housing Minister Carmen Ibarra said the bill would pass.\n\n"
      "\xE2\x80\x9C" "A minister told us: \xE2\x80\x98" "This time it is serious.\xE2\x80\x99 We are still waiting,\xE2\x80\x9D "
      "said Joaquin Salcedo.\n");
  CHECK(SpeakerOf(en, "This time") == "A minister");
}

TEST_CASE("a cue with a short complement before a colon that ends its paragraph introduces the next paragraph's quote", "[attribute]") {
  auto fr = AuditText(
      "Le tribunal tranche\n\n"
      "La conseill\xC3\xA8re Marie Dubreuil s\xE2\x80\x99" "est f\xC3\xA9licit\xC3\xA9" "e de la d\xC3\xA9" "cision du tribunal :\n\n"
      "\xC2\xAB Nous attendions ce moment depuis deux ans. \xC2\xBB\n",
      "t.txt", "fr");
  CHECK(SpeakerOf(fr, "Nous attendions") == "Marie Dubreuil");
  auto en = AuditText(
      "Inquiry opened\n\n"
      "Councillor Claire Monroe complained about the delay in the inquiry:\n\n"
      "\xE2\x80\x9C" "For two years we asked the same questions and got no answer.\xE2\x80\x9D\n");
  CHECK(SpeakerOf(en, "For two years") == "Claire Monroe");
  // A colon far from the cue, after a sentence of the writer's own, introduces nothing.
  auto far = AuditText(
      "Inquiry opened\n\n"
      "Councillor Claire Monroe said so on Monday, and the mayor, who had opposed the inquiry from the start, lost the vote:\n\n"
      "\xE2\x80\x9C" "For two years we asked the same questions and got no answer.\xE2\x80\x9D\n");
  CHECK(SpeakerOf(far, "For two years") == "");
}

TEST_CASE("a sentence-opening word the article capitalizes nowhere else is no speaker", "[attribute]") {
  auto r = AuditText(
      "Campaign trail\n\n"
      "Speaking at a town hall in Portsmouth, New Hampshire, Donald Trump went after Jeb Bush, calling him "
      "\xE2\x80\x9C" "a total stiff.\xE2\x80\x9D\n\n"
      "Hours later, Trump called a reporter, telling him \xE2\x80\x9CI do not need anybody's money.\xE2\x80\x9D\n\n"
      "Carly Fiorina did not mention the merger. Instead, she spoke to the crowd, talking about "
      "\xE2\x80\x9Cwhat I learned in India.\xE2\x80\x9D\n");
  CHECK(SpeakerOf(r, "a total stiff") == "Donald Trump");
  CHECK(SpeakerOf(r, "I do not need") == "Donald Trump");
  CHECK(SpeakerOf(r, "what I learned") == "Carly Fiorina");
  for (const auto& s : r.sources) {
    CHECK(s.name != "Speaking");
    CHECK(s.name != "Hours");
    CHECK(s.name != "Instead");
  }
  // German capitalizes every noun (list orthography): a plural noun opening
  // the sentence is still the source.
  auto de = AuditText(
      "Stellenabbau\n\n"
      "Besch\xC3\xA4" "ftigte berichteten anschlie\xC3\x9F" "end, man habe sie zur Ruhe aufgefordert.\n",
      "t.txt", "de");
  CHECK(SourceOfCue(de, "berichteten") == "Besch\xC3\xA4" "ftigte");
  // A pronoun with a curly clitic is a pronoun ("He’s said"); the clitic
  // auxiliary is part of the cue.
  auto clitic = AuditText("Race\n\nAnna Berg ran again. He\xE2\x80\x99s said that the race is over.\n");
  CHECK(SourceOfCue(clitic, "\xE2\x80\x99s said") == "He");
}

TEST_CASE("capitalized words before adjectives and an unnamed-source head are that description", "[attribute]") {
  auto r = AuditText(
      "Bases\n\n"
      "The White House is considering a proposal to keep one base in Afghanistan, according to American "
      "military officials.\n");
  CHECK(SourceOfCue(r, "according to") == "American military officials");
  for (const auto& s : r.sources) CHECK(s.kind != SourceKind::kNamed);
  REQUIRE(r.anonymous_sources.size() == 1);
}

TEST_CASE("a belief inside what someone says or inside a free relative is no cue of its own", "[attribute]") {
  auto r = AuditText(
      "Budget vote nears\n\n"
      "The senator said she thinks the bill will pass.\n\n"
      "Ana Ruiz told reporters that voters wanted a cheaper plan.\n\n"
      "The mayor attacked what he sees as a costly plan.\n\n"
      "The governor believes the bill will pass.\n");
  CHECK(SourceOfCue(r, "said") == "The senator");
  CHECK(SourceOfCue(r, "thinks") == "<no attribution>");
  CHECK(SourceOfCue(r, "wanted") == "<no attribution>");
  CHECK(SourceOfCue(r, "sees") == "<no attribution>");
  CHECK(SourceOfCue(r, "believes") == "The governor");
}

TEST_CASE("support and backing of a person or a plan are stance cues with their object as content", "[attribute]") {
  auto r = AuditText(
      "Senate race tightens\n\n"
      "Mr. Mitchell supported the idea.\n\n"
      "The governor is backing Ana Ruiz.\n");
  CHECK(SourceOfCue(r, "supported") == "Mr. Mitchell");
  CHECK(SourceOfCue(r, "is backing") == "The governor");
  for (const auto& a : r.attributions) {
    if (a.cue && a.cue->text == "is backing") {
      REQUIRE(a.content.size() == 1);
      CHECK(a.content[0].text == "Ana Ruiz");
      CHECK(a.cue_tone == onrecord::CueTone::kNonSpeech);
    }
  }
}

TEST_CASE("vows pledges promises and made it clear are cues but campaign promises are a noun", "[attribute]") {
  auto r = AuditText(
      "Tax fight looms\n\n"
      "Ana Ruiz vows to build the bridge.\n\n"
      "The governor pledges to cut taxes.\n\n"
      "The mayor made it clear that she would run.\n\n"
      "The senator promises to fight.\n\n"
      "His campaign promises were broken.\n");
  CHECK(SourceOfCue(r, "vows") == "Ana Ruiz");
  CHECK(SourceOfCue(r, "pledges") == "The governor");
  CHECK(SourceOfCue(r, "made it clear") == "The mayor");
  auto promises = 0;
  for (const auto& a : r.attributions) {
    if (a.cue && a.cue->text == "promises") {
      ++promises;
      CHECK((a.source && a.source->text == "The senator"));
    }
  }
  CHECK(promises == 1);
}

TEST_CASE("a postmodifier of an unnamed source belongs to its mention with or without commas", "[attribute]") {
  // "close to": a two-word opener; the government is what the source is close to.
  auto en = AuditText("Budget\n\nThe plan will be revised, a source close to the government said.\n");
  CHECK(SourceOfCue(en, "said") == "a source close to the government");
  REQUIRE(en.anonymous_sources.size() == 1);
  CHECK(en.anonymous_sources[0].specificity == Specificity::kDescribed);
  // Set off by commas (list comma-postmodifiers), before and after the cue.
  auto ru = AuditText(
      "Бюджет\n\n"
      "По словам источника, близкого к правительству, проект будет переработан.\n\n"
      "Источник, знакомый с ситуацией, сообщил, что проект будет отложен.\n",
      "t.txt", "ru");
  CHECK(SourceOfCue(ru, "По словам") == "источника, близкого к правительству");
  CHECK(SourceOfCue(ru, "сообщил") == "Источник, знакомый с ситуацией");
  std::vector<std::string> phrases;
  for (const auto& a : ru.anonymous_sources) {
    phrases.push_back(a.phrase);
    // Close to the government ties the source to it; familiar with a matter does not.
    CHECK(a.specificity == (a.phrase.find("правительству") != std::string::npos ? Specificity::kDescribed
                                                                                 : Specificity::kVague));
  }
  CHECK(phrases == std::vector<std::string>{"источника, близкого к правительству", "Источник, знакомый с ситуацией"});
  // The content no longer starts inside the source's postmodifier.
  for (const auto& a : ru.attributions) {
    for (const auto& c : a.content) CHECK(c.text.find("близкого") == std::string::npos);
  }
  auto es = AuditText("Presupuesto\n\nSegún una fuente, cercana a la investigación, el plan será revisado.\n", "t.txt", "es");
  CHECK(SourceOfCue(es, "Según") == "una fuente, cercana a la investigación");
}

TEST_CASE("an age before an apposition and adverbs between source and cue keep the source", "[attribute]") {
  auto r = AuditText(
      "Caucus\n\n"
      "Marley Anderson, 21, a junior from Las Vegas, said she turned out to support the senator.\n\n"
      "The Carter campaign, however, said it would appeal. The Carter campaign meanwhile said it was calm.\n\n"
      "Mr. Trump, whose appeal rests on toughness, seldom speaks of his brother Freddy.\n");
  CHECK(SourceOfCue(r, "said") == "Marley Anderson, 21, a junior from Las Vegas,");
  std::vector<std::string> sources;
  for (const auto& a : r.attributions) {
    if (a.source && a.source->text.find("Carter") != std::string::npos) sources.push_back(a.source->text);
  }
  CHECK(sources == std::vector<std::string>{"The Carter campaign", "The Carter campaign"});
  // A frequency adverb belongs to the verb group (PolNeAR: "keep the verb group together").
  CHECK(SourceOfCue(r, "seldom speaks of") == "Mr. Trump, whose appeal rests on toughness,");
}

TEST_CASE("said of keeps the preposition out of the cue but spoke about keeps it in", "[attribute]") {
  auto r = AuditText(
      "Rivals\n\n"
      "\xE2\x80\x9CHe is a fighter,\xE2\x80\x9D Ana Ruiz said of the senator.\n\n"
      "Ana Ruiz spoke about the new budget plan for the city.\n");
  CHECK(SourceOfCue(r, "said") == "Ana Ruiz");
  CHECK(SourceOfCue(r, "said of") == "<no attribution>");
  CHECK(SourceOfCue(r, "spoke about") == "Ana Ruiz");
}

TEST_CASE("a label before a colon is no source even when it ends in a document noun", "[attribute]") {
  auto r = AuditText(
      "Rally\n\n"
      "Editor\xE2\x80\x99s note: The senator has repeatedly pledged to close the border to refugees.\n\n"
      "The memo: the senator has repeatedly pledged to close the border to refugees.\n");
  for (const auto& a : r.attributions) {
    REQUIRE(a.source);
    CHECK(a.source->text.find("note") == std::string::npos);
  }
  CHECK(SourceOfCue(r, ":") == "The memo");
}

TEST_CASE("a belief inside the content of another attribution is part of that content", "[attribute]") {
  auto r = AuditText(
      "Race\n\n"
      "Ana Ruiz said the tax cuts that the governor wants will cost the state a fortune.\n\n"
      "The mayor thinks the plan will pass next year.\n");
  std::vector<std::string> cues;
  for (const auto& a : r.attributions) cues.push_back(a.cue ? a.cue->text : "<none>");
  // "wants" lies inside what Ana Ruiz said; "thinks" stands alone.
  CHECK(cues == std::vector<std::string>{"said", "thinks"});
  CHECK(SourceOfCue(r, "said") == "Ana Ruiz");
  // Dropping the nested cue leaves every other attribution's source intact.
  CHECK(SourceOfCue(r, "thinks") == "The mayor");
}

TEST_CASE("a German sentence in the subjunctive of reported speech goes on with the sentence before", "[attribute]") {
  auto r = AuditText(
      "Stadtwerke\n\n"
      "Die Informationen lägen den Behörden seit Wochen vor, sagte der Sprecher des Innenministeriums. "
      "Kanal Neun habe Aussagen von Staatssekretärin Margit Holzapfel \xE2\x80\x9E" "deutlich zu weit ausgelegt\xE2\x80\x9C.\n\n"
      "Staatssekretärin Margit Holzapfel hat die Pläne \xE2\x80\x9E" "voreilig\xE2\x80\x9C genannt.\n",
      "t.txt", "de");
  // Not the person named before the fragment: the spokesman reports it.
  CHECK(SpeakerOf(r, "deutlich") == "der Sprecher des Innenministeriums");
  // Without the subjunctive the person named before the fragment stays its speaker.
  CHECK(SpeakerOf(r, "voreilig") == "Margit Holzapfel");
}

TEST_CASE("after an inverted cue unlisted role words before a closing name make a role", "[attribute]") {
  auto ru = AuditText("Школы\n\n\xC2\xAB" "Вот и вся экономия\xC2\xBB, \xE2\x80\x94 рассказала мать третьеклассника Анна Кирсанова.\n",
                      "t.txt", "ru");
  CHECK(SpeakerOf(ru, "Вот") == "Анна Кирсанова");
  CHECK(SourceOfCue(ru, "рассказала") == "мать третьеклассника Анна Кирсанова");
  auto fr = AuditText("Titre\n\n\xC2\xAB Rien ne va plus \xC2\xBB, a confi\xC3\xA9 la boulang\xC3\xA8re du village Anne Roy.\n",
                      "t.txt", "fr");
  CHECK(SpeakerOf(fr, "Rien") == "Anne Roy");
}

TEST_CASE("a Russian head noun before its genitives and a dative pronoun before the cue", "[attribute]") {
  auto r = AuditText(
      "Школы\n\n"
      "Замначальника управления нам сказал, что классов станет меньше.\n\n"
      "Вчера глава департамента транспорта заявил, что трамвай пойдёт осенью.\n",
      "t.txt", "ru");
  CHECK(SourceOfCue(r, "сказал") == "Замначальника управления");
  CHECK(SourceOfCue(r, "заявил") == "глава департамента транспорта");
}

TEST_CASE("German finden is an opinion cue before a colon or a comma only", "[attribute]") {
  auto r = AuditText(
      "Schulhaus\n\n"
      "Eine Mutter, die anonym bleiben m\xC3\xB6" "chte, findet: \xC2\xAB" "Wer heute spart, zahlt morgen doppelt.\xC2\xBB\n\n"
      "Die Polizei fand die Akten am Montag. Die Sitzung findet am Montag statt.\n",
      "t.txt", "de");
  // A capitalized noun after an indefinite article is no name (German
  // capitalizes every noun): an unnamed source, not the named "Mutter".
  CHECK(SpeakerOf(r, "Wer heute") == "Eine Mutter");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker_kind == SourceKind::kAnonymous);
  std::vector<std::string> cues;
  for (const auto& a : r.attributions) cues.push_back(a.cue ? a.cue->text : "<none>");
  CHECK(cues == std::vector<std::string>{"findet:"});
}

TEST_CASE("a sentence-opening cue or time word before a name is no part of the name", "[attribute]") {
  auto r = AuditText("Inquiry\n\nSaid Comey, \"We found no intent to break the law.\"\n");
  CHECK(SpeakerOf(r, "We found") == "Comey");
  for (const auto& s : r.sources) CHECK(s.name.find("Said") == std::string::npos);
}

TEST_CASE("a pronoun after a quote that opens its paragraph goes back to the person the paragraph before brought in", "[attribute]") {
  // The board chair has spoken; the next paragraph brings in a parent, whose
  // two-paragraph quote ends with "she said". "she" is the parent, not the
  // last person cited.
  const std::string text =
      "Board votes to close school\n\n"
      "Board chair Lorraine Whitlock said the decision was hard.\n\n"
      "\u201cNobody wanted to be here tonight,\u201d Whitlock said.\n\n"
      "Gwen Adeyemi, whose two children attend Ashcombe Primary, spoke for the parents.\n\n"
      "\u201cWe were told in September that the building was fine.\n\n"
      "\u201cThe families deserve to know why the money went elsewhere,\u201d she said.\n";
  auto r = AuditText(text);
  CHECK(SpeakerOf(r, "Nobody wanted") == "Lorraine Whitlock");
  CHECK(SpeakerOf(r, "We were told") == "Gwen Adeyemi");
  CHECK(SpeakerOf(r, "The families") == "Gwen Adeyemi");
  // One paragraph, the person named only by surname after a participle.
  auto one = AuditText(
      "Keeper retires\n\n\u201cIt was a good life,\u201d said Hamish Laird, the harbour master.\n\n"
      "Asked what she would miss, Moira Fennell paused for a long time.\n\n"
      "\u201cThe quiet, I suppose,\u201d she said.\n");
  CHECK(SpeakerOf(one, "The quiet") == "Moira Fennell");
  // A quote inside a paragraph, not opening it, keeps the usual rule.
  auto inside = AuditText(
      "Vote\n\n\u201cWe lost,\u201d said Lorraine Whitlock.\n\nGwen Adeyemi spoke next.\n\n"
      "Later, after the vote, \u201cit is over,\u201d she said.\n");
  CHECK(SpeakerOf(inside, "it is over") == "Lorraine Whitlock");
}

TEST_CASE("a definite unlisted person noun refers back to the person given that role before", "[attribute]") {
  // "historian" is in no list; the apposition gave Agnes Corrie that role.
  auto r = AuditText(
      "Keeper retires\n\nAgnes Corrie, a historian at the University of Kellin, said the keeper was the last of "
      "her line. The historian said the logbooks were \u201can extraordinary record of the weather.\u201d\n");
  CHECK(SpeakerOf(r, "an extraordinary record") == "Agnes Corrie");
  // A title before the name gives the role too.
  auto titled = AuditText(
      "Keeper retires\n\nLocal historian Agnes Corrie spoke at the museum. The historian said the logbooks were "
      "\u201can extraordinary record of the weather.\u201d\n");
  CHECK(SpeakerOf(titled, "an extraordinary record") == "Agnes Corrie");
  // Nobody was given the role: not a guess at the person named before, but
  // an unnamed source described by the role (since role13).
  auto unknown = AuditText(
      "Keeper retires\n\nAgnes Corrie spoke at the museum. The historian said the logbooks were "
      "\u201can extraordinary record of the weather.\u201d\n");
  CHECK(SpeakerOf(unknown, "an extraordinary record") == "The historian");
}

TEST_CASE("an inner quote the speaker introduces with a first-person pronoun is the speaker's", "[attribute]") {
  auto en = AuditText(
      "Cup exit\n\n\"I said to them at halftime, 'If you play like this for another 45 minutes, you will be "
      "watching the next round on television.' And they did,\" Colin Dunne told reporters.\n");
  CHECK(SpeakerOf(en, "I said to them") == "Colin Dunne");
  CHECK(SpeakerOf(en, "If you play") == "Colin Dunne");
  auto de = AuditText(
      "Werft\n\n\u00bbWir haben nie Nein gesagt. Wir haben gesagt: \u203aLegt uns einen Plan vor, dann reden wir "
      "\u00fcber Geld.\u2039 Dieser Plan kam nie\u00ab, sagte Ulrich Brandes.\n",
      "t.txt", "de");
  CHECK(SpeakerOf(de, "Legt uns einen Plan") == "Ulrich Brandes");
  // Someone else introduced inside the quote stays unattributed when
  // nothing names them ("you" is not the speaker).
  auto you = AuditText(
      "Cup exit\n\n\"You said to us at halftime, 'Play like this and we will lose.' And we did,\" Colin Dunne "
      "told reporters.\n");
  CHECK(SpeakerOf(you, "Play like this").empty());
  // Outside quotes "we" is the writer: no person of the article (since
  // fixa40 the quote is the writer's own words, shown with the pronoun).
  auto writer = AuditText(
      "Note\n\nColin Dunne spoke first. We said: \u201cThe club owes its fans an apology.\u201d\n");
  CHECK(SpeakerOf(writer, "The club owes") == "We");
  for (const auto& q : writer.quotes) {
    CHECK(q.source_id < 0);
    CHECK(q.own_words);
  }
}

TEST_CASE("role words between an inverted cue and the name it ends with", "[attribute]") {
  // A possessive relative word is a determiner after the cue.
  auto de = AuditText(
      "Werft\n\nDie Gewerkschaft verlangt Garantien. \u00bbDie Besch\u00e4ftigten d\u00fcrfen nicht zahlen\u00ab, "
      "sagte deren Bezirksleiter Sven Okonkwo.\n",
      "t.txt", "de");
  CHECK(SpeakerOf(de, "Die Besch") == "Sven Okonkwo");
  // A Russian institution's name in the genitive, capitals and all.
  auto ru = AuditText(
      "\u041d\u0414\u0421\n\n\u00ab\u041f\u043e\u0432\u044b\u0448\u0435\u043d\u0438\u0435 \u041d\u0414\u0421 \u2014 "
      "\u043e\u0448\u0438\u0431\u043a\u0430\u00bb, \u2014 \u0441\u0447\u0438\u0442\u0430\u0435\u0442 "
      "\u043f\u0440\u043e\u0444\u0435\u0441\u0441\u043e\u0440 \u0412\u044b\u0441\u0448\u0435\u0439 "
      "\u0448\u043a\u043e\u043b\u044b \u0444\u0438\u043d\u0430\u043d\u0441\u043e\u0432 \u041f\u0430\u0432\u0435\u043b "
      "\u0415\u0440\u043c\u043e\u043b\u0438\u043d.\n",
      "t.txt", "ru");
  CHECK(SpeakerOf(ru, "\u041f\u043e\u0432\u044b\u0448\u0435\u043d\u0438\u0435") ==
        "\u041f\u0430\u0432\u0435\u043b \u0415\u0440\u043c\u043e\u043b\u0438\u043d");
}

TEST_CASE("a Russian bare role noun is the person named before with that role and a duration is no part of it", "[attribute]") {
  // "Ещё в марте мэр Заречинска Виктор Лапин обещал … Мэр два года повторял
  // нам: «…»": "Мэр" is Виктор Лапин; "два года" (for two years) is a time
  // phrase between source and cue, not a genitive of the source.
  const std::string text =
      "\u0422\u0440\u0430\u043c\u0432\u0430\u0439\n\n"
      "\u0415\u0449\u0451 \u0432 \u043c\u0430\u0440\u0442\u0435 \u043c\u044d\u0440 "
      "\u0417\u0430\u0440\u0435\u0447\u0438\u043d\u0441\u043a\u0430 \u0412\u0438\u043a\u0442\u043e\u0440 "
      "\u041b\u0430\u043f\u0438\u043d \u043e\u0431\u0435\u0449\u0430\u043b, \u0447\u0442\u043e "
      "\u043b\u0438\u043d\u0438\u044f \u043e\u0442\u043a\u0440\u043e\u0435\u0442\u0441\u044f.\n\n"
      "\u041c\u044d\u0440 \u0434\u0432\u0430 \u0433\u043e\u0434\u0430 \u043f\u043e\u0432\u0442\u043e\u0440\u044f\u043b "
      "\u043d\u0430\u043c: \u00ab\u0422\u0440\u0430\u043c\u0432\u0430\u0439 \u043f\u043e\u0439\u0434\u0451\u0442 "
      "\u043a\u043e \u0414\u043d\u044e \u0433\u043e\u0440\u043e\u0434\u0430\u00bb.\n";
  auto r = AuditText(text, "t.txt", "ru");
  CHECK(SpeakerOf(r, "\u0422\u0440\u0430\u043c\u0432\u0430\u0439") ==
        "\u0412\u0438\u043a\u0442\u043e\u0440 \u041b\u0430\u043f\u0438\u043d");
}

TEST_CASE("a participle after a cue in a subordinate clause belongs to the main clause", "[attribute]") {
  auto r = AuditText(
      "Head\n\nGulls owner Renata Szabo released a statement after radio voice Len Halvorsen announced his "
      "retirement, saying the rink \u201cwon\u2019t sound the same without him.\u201d\n");
  CHECK(SpeakerOf(r, "won\u2019t sound") == "Renata Szabo");
  // Without a subordinate clause the participle still shares the earlier cue's source.
  auto same = AuditText(
      "Head\n\nMayor Jo Lane said the budget was late, saying \u201cwe will fix it before spring.\u201d\n");
  CHECK(SpeakerOf(same, "we will fix") == "Jo Lane");
}

TEST_CASE("a dateline before the sentence's subject is no part of it", "[attribute]") {
  for (const char* dateline : {"KITTERING BAY -- ", "KITTERING BAY \u2014 ", "PHILADELPHIA (CWS) \u2014 "}) {
    auto r = AuditText(std::string("Head\n\n") + dateline +
                       "Gulls owner Renata Szabo released a statement after radio voice Len Halvorsen announced "
                       "his retirement, saying the rink \u201cwon\u2019t sound the same without him.\u201d\n");
    CHECK(SpeakerOf(r, "won\u2019t sound") == "Renata Szabo");
  }
}

TEST_CASE("German informed circles are a vague anonymous source and hiess es aus takes its source after it", "[attribute]") {
  auto r = AuditText(
      "Kopf\n\nInformierte Kreise sagten, die Verhandlungen seien gescheitert.\n\n"
      "Die Regierung wolle den Vertrag k\u00fcndigen, hie\u00df es aus Regierungskreisen.\n",
      "t.txt", "de");
  REQUIRE(r.anonymous_sources.size() == 2);
  CHECK(r.anonymous_sources[0].phrase == "Informierte Kreise");
  CHECK(r.anonymous_sources[0].specificity == onrecord::Specificity::kVague);
  CHECK(r.anonymous_sources[1].phrase == "Regierungskreisen");
  CHECK(r.anonymous_sources[1].specificity == onrecord::Specificity::kDescribed);
  for (const auto& s : r.sources) CHECK(s.kind != onrecord::SourceKind::kNamed);
  REQUIRE(r.attributions.size() == 2);
  REQUIRE(r.attributions[1].cue);
  CHECK(r.attributions[1].cue->text == "hie\u00df es aus");
  REQUIRE_FALSE(r.attributions[1].content.empty());
  CHECK(r.attributions[1].content[0].text == "Die Regierung wolle den Vertrag k\u00fcndigen");
}

TEST_CASE("a paragraph that reprints the start of an earlier one is masked as a repeat", "[attribute][clean]") {
  const std::string lede =
      "People familiar with the matter said the harbour authority would close the northern pier for repairs.";
  const std::string text = "Pier closes\n\n" + lede +
                           " The mayor, Jo Lane, said the work would take a year and cost more than planned.\n\n"
                           "Photo: the northern pier\n\n" +
                           lede + "\n\nThe mayor said the pier would reopen in the spring.\n";
  auto r = AuditText(text);
  REQUIRE(r.anonymous_sources.size() == 1);
  CHECK(r.anonymous_sources[0].location.line == 3);
  // A short paragraph that happens to open like an earlier one stays.
  auto short_one = AuditText(
      "Pier\n\nOfficials said the pier would close. The mayor disagreed with them at length.\n\n"
      "Officials said the pier would close.\n");
  CHECK(short_one.anonymous_sources.size() == 2);
}

TEST_CASE("Chinese: a cited unnamed source before the verb of reporting is an anonymous source", "[attribute]") {
  // "寰宇電視網5日引述兩名熟悉相關情報的官員報導，…": 報導 (report) ends the
  // cited phrase, whose head 官員 makes it an unnamed source.
  auto r = AuditText(
      "\u6a19\u984c\n\n\u5bf0\u5b87\u96fb\u8996\u7db25\u65e5\u5f15\u8ff0\u5169\u540d\u719f\u6089\u76f8\u95dc"
      "\u60c5\u5831\u7684\u5361\u65af\u862d\u5b98\u54e1\u5831\u5c0e\uff0c\u9054\u745f\u806f\u90a6\u6709\u610f"
      "\u628a\u706b\u7bad\u70ae\u4ea4\u7d66\u83ab\u7dad\u4e9e\u3002\n",
      "t.txt", "zh");
  REQUIRE(r.anonymous_sources.size() == 1);
  CHECK(r.anonymous_sources[0].phrase ==
        "\u5169\u540d\u719f\u6089\u76f8\u95dc\u60c5\u5831\u7684\u5361\u65af\u862d\u5b98\u54e1");
  for (const auto& s : r.sources) CHECK(s.kind != onrecord::SourceKind::kNamed);
}

TEST_CASE("Chinese: an unnamed source with and without the plural suffix is one source", "[attribute]") {
  // "卡斯蘭官員們說 … 這些官員要求匿名 … 卡斯蘭官員指出": one group of officials;
  // the reason given for the first mention holds for the last.
  auto r = AuditText(
      "\u6a19\u984c\n\n\u5361\u65af\u862d\u5b98\u54e1\u5011\u8aaa\uff0c\u7dda\u7d22\u5df2\u7d93\u78ba\u8a8d\u3002"
      "\u7531\u65bc\u4e8b\u6d89\u6a5f\u5bc6\u60c5\u5831\uff0c\u9019\u4e9b\u5b98\u54e1\u5728\u8981\u6c42\u533f\u540d"
      "\u7684\u524d\u63d0\u4e0b\u63a5\u53d7\u4e86\u63a1\u8a2a\u3002\n\n\u5361\u65af\u862d\u5b98\u54e1\u6307\u51fa\uff0c"
      "\u4ed6\u5011\u9084\u6c92\u6709\u770b\u5230\u8de1\u8c61\u3002\n",
      "t.txt", "zh");
  REQUIRE(r.anonymous_sources.size() >= 2);
  const auto& first = r.anonymous_sources.front();
  const auto& last = r.anonymous_sources.back();
  CHECK(first.phrase == "\u5361\u65af\u862d\u5b98\u54e1\u5011");
  CHECK(last.phrase == "\u5361\u65af\u862d\u5b98\u54e1");
  CHECK(first.source_id == last.source_id);
  CHECK(last.reason_given);
}

TEST_CASE("unnamed sources with a postmodifier or a capitalized role are anonymous sources", "[attribute]") {
  auto r = AuditText(
      "Cabinet split\n\n"
      "Two people with direct knowledge of the cabinet discussions said the prime minister had asked for a delay.\n\n"
      "Two people familiar with the cabinet said the minister was tired.\n\n"
      "A source close to the White House said the president favored the cuts.\n\n"
      "\u201cIt was a shambles from start to finish,\u201d one senior Conservative MP said.\n\n"
      "\u201cNo,\u201d said Labour MP Jo Cox.\n");
  const std::vector<std::string> expected = {
      "Two people with direct knowledge of the cabinet discussions", "Two people familiar with the cabinet",
      "A source close to the White House", "one senior Conservative MP"};
  CHECK(AnonymousPhrases(r) == expected);
  CHECK(SpeakerOf(r, "It was a shambles") == "one senior Conservative MP");
  CHECK(SpeakerOf(r, "No,") == "Jo Cox");
  for (const auto& s : r.sources) {
    CHECK(s.kind != onrecord::SourceKind::kOrganization);
    if (s.kind == onrecord::SourceKind::kNamed) CHECK(s.name == "Jo Cox");
  }
}

TEST_CASE("an anonymity clause between the source and its cue keeps the source", "[attribute]") {
  auto r = AuditText(
      "Deal\n\nAn executive, speaking on the condition of anonymity to discuss sensitive matters, said bids were due "
      "next week.\n\nOne banker involved in the process, who insisted on anonymity because the talks were private, "
      "said talks had stalled.\n\nA trader, who requested anonymity, said prices fell.\n");
  const std::vector<std::string> expected = {"An executive", "One banker involved in the process", "A trader"};
  CHECK(AnonymousPhrases(r) == expected);
  // The requests for anonymity are no attributions of their own.
  REQUIRE(r.attributions.size() == 3);
  for (const auto& a : r.attributions) {
    REQUIRE(a.cue);
    CHECK(a.cue->text == "said");
    REQUIRE_FALSE(a.content.empty());
  }
  CHECK(r.attributions[2].content[0].text == "prices fell");
  // A participle clause is no role.
  for (const auto& s : r.sources) CHECK(s.role.find("speaking") == std::string::npos);
  // German: a subordinate clause inside the relative clause.
  auto de = AuditText(
      "Kopf\n\nEin hoher Beamter des Ministeriums, der anonym bleiben wollte, weil er nicht befugt war, sagte, die "
      "Gespr\u00e4che seien gescheitert.\n",
      "t.txt", "de");
  CHECK(AnonymousPhrases(de) == std::vector<std::string>{"Ein hoher Beamter des Ministeriums"});
}

TEST_CASE("an impersonal it before a passive cue is an unsourced claim", "[attribute]") {
  auto r = AuditText(
      "Plant\n\nThe Acme Corporation said it opened a plant.\n\n"
      "It is widely believed that the plan was drafted by consultants.\n");
  const onrecord::Attribution* believed = nullptr;
  for (const auto& a : r.attributions) {
    if (a.cue && a.cue->text == "is widely believed") believed = &a;
  }
  REQUIRE(believed != nullptr);
  CHECK(believed->source_id < 0);
  CHECK_FALSE(believed->source);  // "It" is shown as no source
  CHECK(believed->level == 0);
  // An active "It said" still refers back to the organisation.
  auto active = AuditText("Plant\n\nThe Acme Corporation said it opened a plant.\n\nIt said the plant would hire.\n");
  REQUIRE(active.attributions.size() == 2);
  CHECK(active.attributions[1].source_id == active.attributions[0].source_id);
}

TEST_CASE("Japanese: a quote first with the subject between the quotative and the verb", "[attribute]") {
  // 「合意はない」と田中太郎外相は述べた。
  auto r = AuditText(
      "\u898b\u51fa\u3057\n\n\u300c\u5408\u610f\u306f\u306a\u3044\u300d\u3068\u7530\u4e2d\u592a\u90ce\u5916\u76f8"
      "\u306f\u8ff0\u3079\u305f\u3002\n",
      "t.txt", "ja");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "\u7530\u4e2d\u592a\u90ce");
}

TEST_CASE("they after two people joined as the subject is both of them", "[attribute]") {
  auto r = AuditText(
      "Strike\n\nOfficials in Kellin say the talks are stuck.\n\n"
      "Labour Minister Tobias Rennick spoke on Monday.\n\n"
      "Rennick and union president Delia Marchetti have not met since they agreed to keep a \u201cdirect line\u201d "
      "open at a tense meeting.\n");
  CHECK(SpeakerOf(r, "direct line") == "Tobias Rennick and Delia Marchetti");
  // With no pair in the sentence, "they" is the last plural source.
  auto plural = AuditText(
      "Strike\n\nOfficials in Kellin said the talks were stuck. Since then they agreed to keep a \u201cdirect line\u201d "
      "open.\n");
  CHECK(SpeakerOf(plural, "direct line") == "Officials in Kellin");
}

TEST_CASE("a bare singular noun with no determiner is no unlisted speaker", "[attribute]") {
  auto r = AuditText(
      "Delegates\n\nClinton\u2019s win in six states and American Samoa so far assure her of at least 318 "
      "delegates.\n\nAbortion rights advocates said the ruling would stand.\n");
  for (const auto& a : r.attributions) {
    if (a.source) CHECK(a.source->text != "far");
  }
  REQUIRE_FALSE(r.attributions.empty());
  REQUIRE(r.attributions.back().source);
  CHECK(r.attributions.back().source->text == "Abortion rights advocates");
}

TEST_CASE("a relative clause gives a role only after a copula and an abbreviation is a premodifier", "[attribute]") {
  auto r = AuditText(
      "Vote\n\nDana Whitfield, who voted against the plan, said it was rushed.\n\n"
      "Jo Lane, who is the council treasurer, said the money was there.\n\n"
      "Two U.S. officials said the plan was dead.\n");
  for (const auto& s : r.sources) {
    if (s.name == "Dana Whitfield") CHECK(s.roles.empty());
    if (s.name == "Jo Lane") CHECK(s.roles == std::vector<std::string>{"council treasurer"});
  }
  CHECK(AnonymousPhrases(r) == std::vector<std::string>{"Two U.S. officials"});
  REQUIRE(r.anonymous_sources.size() == 1);
  CHECK(r.anonymous_sources[0].specificity == onrecord::Specificity::kDescribed);
}

TEST_CASE("she after an unnamed speaker who spoke last in the paragraph before is that speaker", "[attribute]") {
  auto r = AuditText(
      "Fire\n\nFire Chief Dan Ortiz said no one was hurt. A neighbor, who asked not to be named because she feared "
      "retaliation, said the landlord had ignored complaints.\n\n\u201cI warned them,\u201d she said.\n");
  CHECK(SpeakerOf(r, "I warned them") == "A neighbor");
}

TEST_CASE("a cue of speech inside another attribution's reported clause is part of its content", "[attribute]") {
  auto r = AuditText(
      "Trade\n\nOfficials in Beijing say the US hasn't outlined what it wants from the talks.\n\n"
      "Negotiators ended the talks without a deal, and a negotiator who attended the meeting said the data "
      "were disputed.\n");
  for (const auto& s : r.sources) CHECK(s.name != "US");
  bool negotiator = false;
  for (const auto& a : r.attributions) {
    if (a.source && a.source->text == "a negotiator who attended the meeting") negotiator = true;
  }
  CHECK(negotiator);
}

TEST_CASE("role words before a name and a relative clause of a position held are roles", "[attribute]") {
  auto r = AuditText(
      "Council\n\nAna Ruiz, who chairs the budget committee, said the buildings were unsafe.\n\n"
      "Board chair Lorraine Whitlock said the decision was hard.\n");
  for (const auto& s : r.sources) {
    if (s.name == "Ana Ruiz") CHECK(s.roles == std::vector<std::string>{"chairs the budget committee"});
    if (s.name == "Lorraine Whitlock") CHECK(s.roles == std::vector<std::string>{"Board chair"});
    if (s.kind == onrecord::SourceKind::kNamed) CHECK(s.level == 5);
  }
}

TEST_CASE("an unnamed source as the subject of a request for anonymity is listed", "[attribute]") {
  auto r = AuditText("Note\n\nThe plan was dropped.\n\nEvery source for this article asked not to be named.\n");
  CHECK(AnonymousPhrases(r) == std::vector<std::string>{"Every source for this article"});
  // A definite one refers back and is not listed again.
  auto back = AuditText(
      "Note\n\nA person familiar with the matter said the plan was dropped. The person asked not to be named "
      "because the talks are private.\n");
  CHECK(AnonymousPhrases(back) == std::vector<std::string>{"A person familiar with the matter"});
  REQUIRE(back.anonymous_sources.size() == 1);
  CHECK(back.anonymous_sources[0].reason_given);
}

TEST_CASE("sentence openers and dates are no part of a source's name", "[attribute]") {
  struct Case {
    const char* sentence;
    const char* source;  // as written
    const char* name;    // canonical
  };
  const Case cases[] = {
      // Adverbs and prepositions opening the sentence.
      {"Then Ana Ruiz said the talks would go on.", "Ana Ruiz", "Ana Ruiz"},
      {"Later Senator Mark Bell said the talks would go on.", "Senator Mark Bell", "Mark Bell"},
      {"Earlier Lena Okafor said the talks would go on.", "Lena Okafor", "Lena Okafor"},
      {"Despite Ana Ruiz the talks went on, Tomas Berg said.", "Tomas Berg", "Tomas Berg"},
      {"Despite the delays Ana Ruiz said the plan was sound.", "Ana Ruiz", "Ana Ruiz"},
      // Weekdays and months, at the start, after a preposition, after the name.
      {"Wednesday Ana Ruiz said the talks would go on.", "Ana Ruiz", "Ana Ruiz"},
      {"On Wednesday Ana Ruiz said the talks would go on.", "Ana Ruiz", "Ana Ruiz"},
      {"In May Ana Ruiz told reporters the plan was dead.", "Ana Ruiz", "Ana Ruiz"},
      {"On Dec. 3 Ana Ruiz said the deal was close.", "Ana Ruiz", "Ana Ruiz"},
      {"Last June Ana Ruiz said the deal was close.", "Ana Ruiz", "Ana Ruiz"},
      {"The deal is close, said Ana Ruiz Thursday.", "Ana Ruiz", "Ana Ruiz"},
      // Given names that lists also know as dates or modals stay names.
      {"May Chen said the numbers were wrong.", "May Chen", "May Chen"},
      {"April Ross said the numbers were wrong.", "April Ross", "April Ross"},
      {"Will Ortega said the numbers were wrong.", "Will Ortega", "Will Ortega"},
      {"Jan Berg said the numbers were wrong.", "Jan Berg", "Jan Berg"},
      {"Prime Minister Theresa May said the numbers were wrong.", "Prime Minister Theresa May", "Theresa May"},
      {"Senator Huey Long said the numbers were wrong.", "Senator Huey Long", "Huey Long"},
      // A title with "then-" is a role, not a name; an organisation keeps its date.
      {"Then-President Obama said the law would stand.", "Then-President Obama", "Obama"},
      {"The Sunday Times said the minister would resign.", "The Sunday Times", "Sunday Times"},
  };
  for (const auto& c : cases) {
    INFO(c.sentence);
    const std::string text = std::string("Talks\n\n") + c.sentence + "\n";
    auto r = AuditText(text);
    CHECK(SourceAfter(r, text, c.sentence) == c.source);
    std::vector<std::string> names;
    for (const auto& s : r.sources) names.push_back(s.name);
    CHECK(std::find(names.begin(), names.end(), c.name) != names.end());
  }
}

TEST_CASE("a date or an opener never joins a name the article repeats", "[attribute]") {
  auto r = AuditText(
      "Talks\n\nThen Ana Ruiz said the talks would go on. Wednesday Ruiz said so again.\n\n"
      "“We are close,” Ruiz said.\n");
  CHECK(SpeakerOf(r, "We are close") == "Ana Ruiz");
  CHECK(SourceOfCue(r, "said") == "Ana Ruiz");
  for (const auto& s : r.sources) {
    CHECK(s.name.find("Then") == std::string::npos);
    CHECK(s.name.find("Wednesday") == std::string::npos);
  }
}

TEST_CASE("a quote that names a programme or a work is nobody's words", "[attribute]") {
  // After an organisation's possessive or a title noun, capitalized: a
  // programme, a paper, a book. No cue takes it, and a quote after it still
  // continues the speaker's words.
  auto r = AuditText(
      "Talks\n\n“We will publish every figure,” Ana Ruiz said on Radio Kell’s “Morning Desk” on Friday. "
      "“Nothing will be held back.”\n");
  const onrecord::Quote* work = nullptr;
  for (const auto& q : r.quotes) {
    if (q.text == "Morning Desk") work = &q;
  }
  REQUIRE(work != nullptr);
  CHECK(work->kind == onrecord::QuoteKind::kTitle);
  CHECK(work->speaker.empty());
  CHECK(SpeakerOf(r, "Nothing will be held back") == "Ana Ruiz");
  // The attribution's content is the two quotes of speech, not the title.
  REQUIRE_FALSE(r.attributions.empty());
  for (const auto& a : r.attributions) {
    for (const auto& part : a.content) CHECK(part.text.find("Morning Desk") == std::string::npos);
  }
  // A title noun that ends the headline before is in another sentence.
  auto headline = AuditText("The Ferry Book\n\n“Nothing will be held back,” Ana Ruiz said.\n");
  CHECK(SpeakerOf(headline, "Nothing will be held back") == "Ana Ruiz");
  // Lower case after a possessive is someone's words ("Obama’s “red line”").
  auto words = AuditText("Talks\n\nAna Ruiz said the mayor’s “final offer” was an insult.\n");
  REQUIRE(words.quotes.size() == 1);
  CHECK(words.quotes[0].speaker == "Ana Ruiz");
}

TEST_CASE("a quote in the clause of a cue before it stays with that cue, not a later coordinated one",
          "[attribute]") {
  // "X admitted that the plan “…”, but said …": the writer's words between
  // the quote and the later cue; the later cue's content is its own clause.
  auto r = AuditText("Talks\n\nMayor Ana Ruiz admitted that the ferry plan “is not ideal”, but said the crossings "
                     "will resume in May.\n");
  const onrecord::Attribution* admitted = nullptr;
  const onrecord::Attribution* said = nullptr;
  for (const auto& a : r.attributions) {
    if (a.cue && a.cue->text == "admitted") admitted = &a;
    if (a.cue && a.cue->text == "said") said = &a;
  }
  REQUIRE(admitted != nullptr);
  REQUIRE(said != nullptr);
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].cue == "admitted");
  REQUIRE(said->content.size() == 1);
  CHECK(said->content[0].text == "the crossings will resume in May");
  // Right after the quote, a cue still takes it.
  auto inverted = AuditText("Talks\n\n“The plan is not ideal,” Mayor Ana Ruiz said, and the council agreed.\n");
  REQUIRE(inverted.quotes.size() == 1);
  CHECK(inverted.quotes[0].cue == "said");
}

TEST_CASE("a role written with and without an article is one role of the source", "[attribute]") {
  auto r = AuditText(
      "Port talks stall\n\nMara Vell, a port economist at the Harbour Institute, said the strike would "
      "cost millions.\n\n“The losses are real,” said Mara Vell, port economist at the Harbour Institute.\n\n"
      "“We will see,” said Mara Vell, the chair of the Dock Forum.\n");
  const onrecord::Source* vell = SourceNamed(r, "Mara Vell");
  REQUIRE(vell != nullptr);
  CHECK(vell->roles ==
        std::vector<std::string>{"port economist at the Harbour Institute", "chair of the Dock Forum"});
  CHECK(vell->role == "port economist at the Harbour Institute");
}

// A fresh user's trial (ninth round): sources read wrongly in plain news
// sentences.

TEST_CASE("an unnamed-source noun other than an office epithet is not the person just named", "[attribute][fu10]") {
  auto r = AuditText(
      "Budget\n\nThe city's budget director, Omar Reyes, said talks would resume.\n\n"
      "“We were told to stay quiet,” the employee said.\n");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "the employee");
  REQUIRE(r.anonymous_sources.size() == 1);
  CHECK(r.anonymous_sources[0].phrase == "the employee");
  // A noun the person's role has, or "the official", still is that person.
  r = AuditText(
      "Budget\n\nAn aide to the mayor, Omar Reyes, said talks would resume.\n\n"
      "“We were told to stay quiet,” the aide said.\n");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "Omar Reyes");
}

TEST_CASE("an organisation noun after an indefinite determiner is an unnamed source", "[attribute][fu10]") {
  auto r = AuditText("Jobs\n\nA major bank said it would cut 500 jobs.\n\nThe Harbor Bank said it would hire.\n");
  const auto* bank = SourceNamed(r, "A major bank");
  REQUIRE(bank != nullptr);
  CHECK(bank->kind == onrecord::SourceKind::kDescribed);
  CHECK(bank->level == 2);
  const auto* harbor = SourceNamed(r, "Harbor Bank");
  REQUIRE(harbor != nullptr);
  CHECK(harbor->kind == onrecord::SourceKind::kOrganization);
  CHECK(harbor->level == 4);
}

TEST_CASE("a cue with nothing reported is no attribution, and the reason goes to the sources before it",
          "[attribute][fu10]") {
  auto r = AuditText(
      "Arrests\n\nTwo officials said the suspects had been watched for weeks. They spoke on condition of "
      "anonymity because the investigation is continuing.\n");
  CHECK(SourceNamed(r, "the investigation") == nullptr);
  CHECK(SourceOfCue(r, "is continuing") == "<no attribution>");
  REQUIRE(r.anonymous_sources.size() == 1);
  CHECK(r.anonymous_sources[0].phrase == "Two officials");
  CHECK(r.anonymous_sources[0].reason_given);
  // A clause that runs into the source with no comma is no content of it.
  r = AuditText("Vote\n\nThe vote slipped because the mayor insisted.\n");
  CHECK(onrecord::testing::AttributionWithCue(r, "insisted").content == "<none>");
  r = AuditText("Vote\n\nThe vote slipped, the mayor insisted.\n");
  CHECK(onrecord::testing::AttributionWithCue(r, "insisted").content == "The vote slipped");
}

TEST_CASE("a name in apposition may carry its affiliation", "[attribute][fu10]") {
  auto r = AuditText(
      "Poll\n\nAnother pollster, David Woodard of Clemson University, said his survey showed support holding.\n");
  const auto* woodard = SourceNamed(r, "David Woodard");
  REQUIRE(woodard != nullptr);
  CHECK(woodard->level == 5);
  CHECK(woodard->role == "pollster of Clemson University");
  CHECK(r.anonymous_sources.empty());
}
