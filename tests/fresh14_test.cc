// Faults a first-time user found on a real campaign article (thirteenth
// round, main): a state's name taken for the person a pronoun refers to, a
// question's auxiliary read as a first name, a programme's title counted as
// an unattributed quote, a quote given to the cue of a clause opened after
// it, and a participle's object taken for a subject.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SpeakerOf;

namespace {

// The name of the source of the attribution whose cue is written `cue`,
// "<none>" when it has no source, "<no attribution>" when there is none.
std::string SourceOfCue(const onrecord::AuditResult& r, const std::string& cue) {
  for (const auto& a : r.attributions) {
    if (!a.cue || a.cue->text != cue) continue;
    for (const auto& src : r.sources) {
      if (src.id == a.source_id) return src.name;
    }
    return "<none>";
  }
  return "<no attribution>";
}

bool HasSource(const onrecord::AuditResult& r, const std::string& name) {
  for (const auto& src : r.sources) {
    if (src.name == name) return true;
  }
  return false;
}

const onrecord::Quote* QuoteStarting(const onrecord::AuditResult& r, const std::string& text) {
  for (const auto& q : r.quotes) {
    if (q.text.compare(0, text.size(), text) == 0) return &q;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("a state named in full is no antecedent for he", "[fresh14]") {
  auto r = AuditText(
      "Bernie Sanders is here. He lost the primary in New Hampshire. He said the attacks would not stick.\n");
  CHECK(SourceOfCue(r, "said") == "Bernie Sanders");
  CHECK_FALSE(HasSource(r, "New Hampshire"));
}

TEST_CASE("the auxiliary that opens a question is no first name", "[fresh14]") {
  auto r = AuditText("5) Can Sanders take a punch?\n\nSanders has said that he expects a fight.\n");
  CHECK(SourceOfCue(r, "has said") == "Sanders");
  CHECK_FALSE(HasSource(r, "Can Sanders"));
  auto q = AuditText("Will Sanders run again?\n\nSanders said he would decide in May.\n");
  CHECK(SourceOfCue(q, "said") == "Sanders");
  // Outside a question the same word may be a first name.
  auto n = AuditText("Will Ortega said he would decide in May.\n");
  CHECK(SourceOfCue(n, "said") == "Will Ortega");
}

TEST_CASE("a programme title in title case with the period inside the marks is a title", "[fresh14]") {
  auto r = AuditText(
      "The senator started on Wednesday, showing more of his personal side on “The View” and on “The Late "
      "Show with Stephen Colbert.” He also visited Brooklyn.\n");
  const onrecord::Quote* q = QuoteStarting(r, "The Late Show");
  REQUIRE(q != nullptr);
  CHECK(q->kind == onrecord::QuoteKind::kTitle);
  CHECK_FALSE(q->unattributed());
}

TEST_CASE("a quote before a subordinate clause whose cue reports its own words is not that cue's", "[fresh14]") {
  auto r = AuditText(
      "He appeared rattled, unable to muster much more than “ooooh, whoooa” when Clinton accused him of an "
      "“artful smear” over her fundraising practices.\n");
  CHECK(SpeakerOf(r, "ooooh") != "Hillary Clinton");
  CHECK(SpeakerOf(r, "ooooh") != "Clinton");
  CHECK(SpeakerOf(r, "artful smear") == "Clinton");
  // "as X put it" still hands the words before it to X.
  auto as = AuditText("It was “a basket of deplorables,” as Clinton put it.\n");
  CHECK(SpeakerOf(as, "a basket") == "Clinton");
}

TEST_CASE("a phrase opened by a participle after a comma is no subject of the verb after it", "[fresh14]") {
  auto r = AuditText(
      "Sanders spent Wednesday on a victory tour in New York, filming television shows and meeting with "
      "the Rev. Al Sharpton.\n");
  CHECK(SourceOfCue(r, "shows") == "<no attribution>");
  auto s = AuditText("The report, citing new data, said the plan failed.\n");
  CHECK(SourceOfCue(s, "said") == "The report");
}

TEST_CASE("a draft of one line is read in the language whose rules know its words", "[fresh14][language]") {
  // CLD2 named the first Portuguese and the second Danish, so nothing was
  // analysed or the English cue was never seen.
  auto en = AuditText("“Vamos,” said Pedro.\n", "draft.txt", "");
  CHECK(en.language == "en");
  CHECK(SpeakerOf(en, "Vamos") == "Pedro");
  auto de = AuditText("„Ja“, sagte er.\n", "draft.txt", "");
  CHECK(de.language == "de");
  auto fr = AuditText("« Non », a déclaré le ministre.\n", "draft.txt", "");
  CHECK(fr.language == "fr");
  // A language with no rules stays itself: one word shared with a pack
  // ("de") decides nothing.
  auto nl = AuditText("Goedemorgen, zei de minister.\n", "draft.txt", "");
  CHECK(nl.language == "nl");
}

TEST_CASE("the everyday-words vote weighs cues two, needs a weight of two and lets the preferred language win a tie",
          "[fresh14][language]") {
  const auto& rules = onrecord::testing::DefaultRules();
  CHECK(rules.LanguageByListWords("Pedro said.") == "en");
  CHECK(rules.LanguageByListWords("xyzzy plugh") == "");
  CHECK(rules.LanguageByListWords("de") == "");
  CHECK(rules.LanguageByListWords("SAGTE ER") == "de");
  CHECK(rules.LanguageByListWords("« Non », a DÉCLARÉ le ministre.") == "fr");
}

TEST_CASE("a short quote whose cue has a source nobody can resolve is an unattributed direct quote", "[fresh14]") {
  auto r = AuditText("“We stay,” she said.\n");
  const onrecord::Quote* q = QuoteStarting(r, "We stay");
  REQUIRE(q != nullptr);
  CHECK(q->kind == onrecord::QuoteKind::kDirect);
  CHECK(q->unattributed());
  CHECK(q->cue == "said");
  auto de = AuditText("„Wir bleiben“, sagte sie.\n", "draft.txt", "de");
  const onrecord::Quote* d = QuoteStarting(de, "Wir bleiben");
  REQUIRE(d != nullptr);
  CHECK(d->kind == onrecord::QuoteKind::kDirect);
  // With no cue at all two words stay a scare quote.
  auto scare = AuditText("The plan is “dead wrong” for the city.\n");
  const onrecord::Quote* s = QuoteStarting(scare, "dead wrong");
  REQUIRE(s != nullptr);
  CHECK(s->kind == onrecord::QuoteKind::kScare);
}

TEST_CASE("a directional embedding before a quote mark does not hide the quote", "[fresh14][encoding]") {
  // Comment systems wrap a reader's words in U+202A ... U+202C.
  const std::string text =
      "Readers wrote in. \xE2\x80\xAA\xE2\x80\x9CThis is a disgrace to the city,\xE2\x80\x9D\xE2\x80\xAC posted "
      "Sharon Geyer.\n";
  auto r = AuditText(text);
  CHECK(SpeakerOf(r, "This is a disgrace") == "Sharon Geyer");
  // Offsets still point into the bytes as written.
  const onrecord::Quote* q = QuoteStarting(r, "This is a disgrace");
  REQUIRE(q != nullptr);
  CHECK(text.substr(q->location.begin, 4) == "This");
}

TEST_CASE("a German speaker after the verb is a determiner and a capitalized noun no list knows", "[fresh14]") {
  auto r = AuditText("„Das ist Erpressung“, sagte ein Arbeiter.\n", "de.txt", "de");
  CHECK(SpeakerOf(r, "Das ist Erpressung") == "ein Arbeiter");
  auto w = AuditText("„Das ist Erpressung“, sagte eine Rentnerin aus Bremen.\n", "de.txt", "de");
  CHECK(SpeakerOf(w, "Das ist Erpressung") == "eine Rentnerin");
  // A listed person noun (anonymous-heads, since the forty-first round:
  // "Anwohnerin") keeps its place of origin as its description.
  auto a = AuditText("„Das ist Erpressung“, sagte eine Anwohnerin aus Bremen.\n", "de.txt", "de");
  CHECK(SpeakerOf(a, "Das ist Erpressung") == "eine Anwohnerin aus Bremen");
  // A name after the noun is still the speaker.
  auto n = AuditText("„Das ist Erpressung“, sagte der Arbeiter Hans Meier.\n", "de.txt", "de");
  CHECK(SpeakerOf(n, "Das ist Erpressung") == "Hans Meier");
}

TEST_CASE("a French source with a plural postnominal adjective of affiliation is described, not bare", "[fresh14]") {
  // "des sources" alone is a bare source (an error finding in check); the
  // adjective in its plural form was not read, so a described source failed CI.
  for (const char* text : {"Le projet sera abandonné, selon des sources gouvernementales.\n",
                           "Le projet sera abandonné, ont indiqué des sources syndicales.\n"}) {
    auto r = AuditText(text, "fr.txt", "fr");
    REQUIRE(r.anonymous_sources.size() == 1);
    CHECK(r.anonymous_sources[0].phrase.rfind("des sources ", 0) == 0);
    CHECK(r.anonymous_sources[0].specificity == onrecord::Specificity::kDescribed);
  }
  auto bare = AuditText("Le projet sera abandonné, selon des sources.\n", "fr.txt", "fr");
  REQUIRE(bare.anonymous_sources.size() == 1);
  CHECK(bare.anonymous_sources[0].specificity == onrecord::Specificity::kVague);
}

TEST_CASE("a lower-case role with an of complement before a name is that named person's role", "[fresh14]") {
  // It had made the whole phrase an unnamed described source (T2), listed
  // among the anonymous sources with the name in it.
  for (const char* text : {"“We will win,” said former secretary of state Hillary Clinton, who praised Bush.\n",
                           "Former secretary of state Hillary Clinton said we will win.\n",
                           "“We will win,” said the minister of health Hillary Clinton.\n"}) {
    auto r = AuditText(text);
    INFO(text);
    REQUIRE(r.sources.size() == 1);
    CHECK(r.sources[0].name == "Hillary Clinton");
    CHECK(r.sources[0].kind == onrecord::SourceKind::kNamed);
    CHECK(r.anonymous_sources.empty());
  }
  // With no name after the complement the description stays unnamed.
  auto d = AuditText("“We will win,” said a professor of law at Yale.\n");
  REQUIRE(d.sources.size() == 1);
  CHECK(d.sources[0].kind == onrecord::SourceKind::kDescribed);
}
