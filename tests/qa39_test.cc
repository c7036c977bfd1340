// Question-and-answer interviews (branch qa39, issue #4): "Q: …" / "A: …"
// paragraphs. Each answer is an attribution of the interviewee the lead-in
// names (source the label as written, cue its colon, content the answer
// through its continuation paragraphs, as PolNeAR marks labels where it
// marks them); "I" in an answer and "you" in a question are the
// interviewee; nouns inside an answer make no anonymous source and no
// finding; the questions are no attribution. Labels are the language
// packs' lists interview-question-labels and interview-answer-labels.
#include <catch2/catch.hpp>
#include <string>

#include "test_util.h"

using onrecord::AuditResult;
using onrecord::testing::AuditText;
using onrecord::testing::SeenAttribution;
using onrecord::testing::SeenAttributions;

namespace {

// The attributions whose source mention is written `label` and whose cue is `cue`.
std::vector<SeenAttribution> Labelled(const AuditResult& r, const std::string& label, const std::string& cue = ":") {
  std::vector<SeenAttribution> out;
  for (auto& a : SeenAttributions(r)) {
    if (a.source == label && a.cue == cue) out.push_back(a);
  }
  return out;
}

bool AnyFinding(const AuditResult& r, const std::string& rule) {
  for (const auto& f : r.findings) {
    if (f.rule == rule) return true;
  }
  return false;
}

bool AnonymousPhrase(const AuditResult& r, const std::string& phrase) {
  for (const auto& an : r.anonymous_sources) {
    if (an.phrase.find(phrase) != std::string::npos) return true;
  }
  return false;
}

const std::string kInterview =
    "Harbor pilot Mara Quist on the storm season.\n\n"
    "Harbor pilot Mara Quist has guided ships into Port Elwin for twenty years. Quist sat down with the "
    "Elwin Courier this week.\n\n"
    "Q: How bad was the winter?\n\n"
    "A: It was the worst I have seen. Many pilots told me they wanted to quit, and some owners said the port "
    "should close.\n\n"
    "Q: You said last year that the port was safe.\n\n"
    "A: I think it still is. The harbor needs us.\n\n"
    "We will see what the spring brings.\n\n"
    "Q: What about the new rules?\n\n"
    "A: They are fair, and the crews call them “long overdue.”\n";

}  // namespace

TEST_CASE("qa39: each answer is an attribution of the interviewee", "[qa39]") {
  const AuditResult r = AuditText(kInterview);
  const auto answers = Labelled(r, "A");
  REQUIRE(answers.size() == 3);
  for (const auto& a : answers) CHECK(a.who == "Mara Quist");
  REQUIRE(answers[0].content.size() == 1);
  CHECK(answers[0].content[0] ==
        "It was the worst I have seen. Many pilots told me they wanted to quit, and some owners said the port "
        "should close");
  // The continuation paragraph goes with the answer before it.
  REQUIRE(answers[1].content.size() == 1);
  CHECK(answers[1].content[0].rfind("I think it still is.", 0) == 0);
  CHECK(answers[1].content[0].find("We will see what the spring brings") != std::string::npos);
  for (const auto& a : answers) CHECK(a.level >= 4);
  // The questions are no attribution.
  CHECK(Labelled(r, "Q").empty());
}

TEST_CASE("qa39: nouns inside an answer make no anonymous source and no finding", "[qa39]") {
  const AuditResult r = AuditText(kInterview);
  CHECK_FALSE(AnonymousPhrase(r, "pilots"));
  CHECK_FALSE(AnonymousPhrase(r, "owners"));
  CHECK_FALSE(AnyFinding(r, "attribution.vague-anonymous"));
  CHECK_FALSE(AnyFinding(r, "attribution.anonymous-without-reason"));
  // A quote inside an answer is the interviewee's speech, not unattributed.
  CHECK_FALSE(AnyFinding(r, "attribution.unattributed-quote"));
  CHECK(r.score.unattributed_quotes == 0);
}

TEST_CASE("qa39: I in an answer and you in a question are the interviewee", "[qa39]") {
  const AuditResult r = AuditText(kInterview);
  bool saw_i = false, saw_you = false;
  for (const auto& a : SeenAttributions(r)) {
    if (a.source == "I" && a.cue == "think") {
      saw_i = true;
      CHECK(a.who == "Mara Quist");
    }
    if (a.source == "You" && a.cue == "said") {
      saw_you = true;
      CHECK(a.who == "Mara Quist");
    }
  }
  CHECK(saw_i);
  CHECK(saw_you);
}

TEST_CASE("qa39: Markdown and HTML labels in bold", "[qa39]") {
  const std::string md =
      "# Harbor pilot Mara Quist on the storm season\n\n"
      "Harbor pilot Mara Quist has guided ships into Port Elwin for twenty years. This interview was edited for length.\n\n"
      "**Q:** How bad was the winter?\n\n"
      "**A:** It was the worst I have seen. Many pilots told me they wanted to quit.\n\n"
      "**Q:** Will you stay?\n\n"
      "**A:** Yes, for one more year.\n";
  const AuditResult m = AuditText(md, "test.md");
  const auto ma = Labelled(m, "A");
  REQUIRE(ma.size() == 2);
  CHECK(ma[0].who == "Mara Quist");
  CHECK(ma[1].content == std::vector<std::string>{"Yes, for one more year"});
  CHECK_FALSE(AnonymousPhrase(m, "pilots"));

  const std::string html =
      "<html><body><h1>Harbor pilot Mara Quist on the storm season</h1>"
      "<p>Harbor pilot Mara Quist has guided ships into Port Elwin for twenty years. This interview was edited for length.</p>"
      "<p><strong>Q:</strong> How bad was the winter?</p>"
      "<p><strong>A:</strong> It was the worst I have seen. Many pilots told me they wanted to quit.</p>"
      "<p><strong>Q:</strong> Will you stay?</p>"
      "<p><strong>A:</strong> Yes, for one more year.</p></body></html>";
  const AuditResult h = AuditText(html, "test.html");
  const auto ha = Labelled(h, "A");
  REQUIRE(ha.size() == 2);
  CHECK(ha[0].who == "Mara Quist");
  CHECK(ha[1].content == std::vector<std::string>{"Yes, for one more year"});
  CHECK_FALSE(AnonymousPhrase(h, "pilots"));
}

TEST_CASE("qa39: German, French and Spanish labels", "[qa39]") {
  const AuditResult de = AuditText(
      "Lotsin Mara Quist über den Sturm.\n\n"
      "Mara Quist bringt seit zwanzig Jahren Schiffe in den Hafen von Elwin. Im Gespräch erzählt sie vom Winter.\n\n"
      "Frage: Wie schlimm war der Winter?\n\n"
      "Antwort: Es war der schlimmste, den ich erlebt habe.\n\n"
      "F: Bleiben Sie?\n\n"
      "A: Ja, noch ein Jahr.\n",
      "test.txt", "de");
  const auto de_a = Labelled(de, "Antwort");
  REQUIRE(de_a.size() == 1);
  CHECK(de_a[0].who == "Mara Quist");
  CHECK(de_a[0].content == std::vector<std::string>{"Es war der schlimmste, den ich erlebt habe"});
  REQUIRE(Labelled(de, "A").size() == 1);

  const AuditResult fr = AuditText(
      "La pilote Mara Quist raconte la tempête.\n\n"
      "Mara Quist guide les navires dans le port d’Elwin depuis vingt ans. Entretien.\n\n"
      "Q : L’hiver a-t-il été dur ?\n\n"
      "R : Le pire que j’aie connu.\n\n"
      "Q : Allez-vous rester ?\n\n"
      "R : Oui, encore un an.\n",
      "test.txt", "fr");
  const auto fr_r = Labelled(fr, "R");
  REQUIRE(fr_r.size() == 2);
  CHECK(fr_r[0].who == "Mara Quist");
  CHECK(fr_r[0].content == std::vector<std::string>{"Le pire que j’aie connu"});

  const AuditResult es = AuditText(
      "La piloto Mara Quist habla de la tormenta.\n\n"
      "Mara Quist guía barcos en el puerto de Elwin desde hace veinte años. Esta es la entrevista.\n\n"
      "P: ¿Fue duro el invierno?\n\n"
      "R: El peor que he visto.\n\n"
      "P: ¿Se quedará?\n\n"
      "R: Sí, un año más.\n",
      "test.txt", "es");
  const auto es_r = Labelled(es, "R");
  REQUIRE(es_r.size() == 2);
  CHECK(es_r[1].who == "Mara Quist");
  CHECK(es_r[1].content == std::vector<std::string>{"Sí, un año más"});
}

TEST_CASE("qa39: a list or an initial is no interview", "[qa39]") {
  // "A:" and "B:" items with no question before them.
  const AuditResult list = AuditText(
      "The ferry council listed its plans on Monday.\n\n"
      "A: build a second pier.\n\n"
      "B: hire two more pilots.\n\n"
      "Mayor Tom Hale said the plan was ready.\n");
  CHECK(Labelled(list, "A").empty());
  // "A. Smith said": an initial, not an answer label.
  const AuditResult initial = AuditText(
      "The ferry council met on Monday.\n\n"
      "Q. Tran, the harbor master, resigned last week.\n\n"
      "A. Smith said the port would reopen in May.\n");
  CHECK(Labelled(initial, "A", ".").empty());
  CHECK(onrecord::testing::SeenWithCue(initial, "said").source.find("Smith") != std::string::npos);
}

TEST_CASE("qa39: an explainer's or a reader's FAQ's questions and answers are no one's", "[qa39]") {
  // Neither the lead-in says "interview" nor do the questions say "you"
  // with answers that say "I": the person the lead-in names did not
  // answer (main, after qa39 and fu39b).
  const std::string explainer =
      "What the harbor levy means for you.\n\n"
      "Mayor Tessa Grund asked the council on Monday to raise the harbor levy.\n\n"
      "Q: What is the harbor levy?\n\n"
      "A: It is a charge on every ship that docks in Port Elwin.\n\n"
      "Q: Who pays it?\n\n"
      "A: The owners, and many pilots say the crews pay in the end.\n";
  const AuditResult r = AuditText(explainer);
  CHECK(Labelled(r, "A").empty());
  for (const auto& s : r.sources) CHECK(s.attributions + s.quotes > 0);
  CHECK(AnonymousPhrase(r, "pilots"));
  // A reader's FAQ: "you" is the reader, and no answer speaks as "I".
  std::string faq = explainer;
  faq.replace(faq.find("Who pays it?"), 12, "Will you pay it?");
  CHECK(Labelled(AuditText(faq), "A").empty());
  // "interview" as a verb in the lead-in says no interview.
  std::string verb = explainer;
  verb.replace(verb.find("asked the council on Monday"), 27, "will interview three firms on Monday");
  CHECK(Labelled(AuditText(verb), "A").empty());
  // German lower-case "sie" (they) is no "Sie".
  const AuditResult de = AuditText(
      "Verkehrsministerin Anna Berg stellte den Plan vor.\n\n"
      "Frage: Wann fahren sie wieder?\n\n"
      "Antwort: Ab Mai, sagen Beamte der Stadt. Ich weiß es nicht.\n\n"
      "Frage: Was kostet es?\n\n"
      "Antwort: Fünf Euro, sagte ein Sprecher. Ich finde das viel.\n",
      "test.txt", "de");
  CHECK(Labelled(de, "Antwort").empty());
  // With "you" in a question and "I" in two answers, or "in an interview"
  // in the lead-in, the block is an interview.
  std::string asked = faq;
  asked.replace(asked.find("It is a charge"), 14, "I think it is a charge");
  asked.replace(asked.find("The owners, and"), 15, "I pay it, and");
  CHECK(Labelled(AuditText(asked), "A").size() == 2);
  std::string told = explainer;
  told.replace(told.find("on Monday"), 9, "in an interview");
  CHECK(Labelled(AuditText(told), "A").size() == 2);
}

TEST_CASE("qa39: the reporter the lead-in names is not the interviewee, and a question's you asks nothing", "[qa39]") {
  const AuditResult r = AuditText(
      "Reporter Jane Smith interviewed Harbor Commissioner Ana Ruiz about the strike. Smith has covered the port "
      "since 2010, and Smith wrote this interview.\n\n"
      "Q: Do you think the council will approve the increase?\n\n"
      "A: I hope so. I have asked them twice.\n\n"
      "Q: You said last week that the drivers were misled.\n\n"
      "A: I think they were.\n");
  const auto answers = Labelled(r, "A");
  REQUIRE(answers.size() == 2);
  for (const auto& a : answers) CHECK(a.who == "Ana Ruiz");
  bool asked_claim = false, said_claim = false;
  for (const auto& a : SeenAttributions(r)) {
    for (const auto& c : a.content) {
      if (c.find("the council will approve") != std::string::npos && a.who == "Ana Ruiz") asked_claim = true;
      if (c.find("the drivers were misled") != std::string::npos && a.who == "Ana Ruiz") said_claim = true;
    }
  }
  CHECK_FALSE(asked_claim);
  CHECK(said_claim);
}
