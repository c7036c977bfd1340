// Non-English sources left after the thirty-fourth round (branch lang41,
// issue #4): a Romance job noun that names an unnamed source's head
// ("enfermeira", "médico", "expert") before a name was not read as the
// person's role, nor a German one ("Der Ermittler Peter Müller"); a
// Russian press service ("пресс-служба Кремля",
// "в пресс-службе Кремля сообщили") was an anonymous described source or a
// named person where it is an organisation speaking, and an organisation's
// noun after an inverted cue lost its genitive ("сообщило министерство
// обороны"); an age noun before its cue ("Die 41-Jährige sagte: „…“") gave
// no source, one after a quote missed the person the article gave that age
// when somebody unnamed spoke in between, and one that resolved to nobody
// was a vague source. Every sentence here was written for these tests.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;

AuditResult Audit(const std::string& text, const char* lang) {
  return AuditText(std::string("Titel\n\n") + text + "\n", "t.txt", lang);
}

TEST_CASE("lang41: a Romance job noun of an unnamed source's head before a name is the person's role",
          "[lang41]") {
  struct Case {
    const char* lang;
    const char* text;
    const char* name;
    const char* role;
    const char* span;
  };
  const std::vector<Case> cases = {
      {"pt", "A enfermeira Ana Costa disse que o hospital está cheio.", "Ana Costa", "enfermeira",
       "A enfermeira Ana Costa"},
      {"pt", "O médico João Silva disse que o hospital está cheio.", "João Silva", "médico",
       "O médico João Silva"},
      {"pt", "Ontem, a enfermeira Ana Costa disse que o hospital está cheio.", "Ana Costa", "enfermeira",
       "a enfermeira Ana Costa"},
      {"es", "La enfermera Ana López dijo que el hospital está lleno.", "Ana López", "enfermera",
       "La enfermera Ana López"},
      {"es", "El asesor Juan Pérez dijo que el plan sigue adelante.", "Juan Pérez", "asesor",
       "El asesor Juan Pérez"},
      {"fr", "Le diplomate Jean Dupont a déclaré que le pont tiendra.", "Jean Dupont", "diplomate",
       "Le diplomate Jean Dupont"},
      {"fr", "L'expert Jean Dupont a déclaré que le pont tiendra.", "Jean Dupont", "expert",
       "L'expert Jean Dupont"},
      {"it", "Il consulente Marco Bellini ha detto che il ponte sarà chiuso.", "Marco Bellini", "consulente",
       "Il consulente Marco Bellini"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const AuditResult r = Audit(c.text, c.lang);
    REQUIRE(r.sources.size() == 1);
    CHECK(r.sources[0].name == c.name);
    CHECK(r.sources[0].kind == SourceKind::kNamed);
    CHECK(r.sources[0].role == c.role);
    CHECK(r.sources[0].level == 5);
    REQUIRE(r.attributions.size() == 1);
    REQUIRE(r.attributions[0].source.has_value());
    CHECK(r.attributions[0].source->text == c.span);
    CHECK(r.anonymous_sources.empty());
  }
  // Guards, read so before: a listed role, and a name with nothing before it.
  const AuditResult listed = Audit("Il sindaco Marco Bellini ha detto che il ponte sarà chiuso.", "it");
  REQUIRE(listed.sources.size() == 1);
  CHECK(listed.sources[0].role == "sindaco");
  const AuditResult bare = Audit("Ana Costa disse que o hospital está cheio.", "pt");
  REQUIRE(bare.sources.size() == 1);
  CHECK(bare.sources[0].name == "Ana Costa");
  CHECK(bare.sources[0].role.empty());
}

TEST_CASE("lang41: a Russian press service is the organisation speaking", "[lang41]") {
  const std::vector<std::string> texts = {
      "Пресс-служба Кремля сообщила, что встреча состоится в пятницу.",
      "Пресс-служба компании сообщила, что встреча состоится в пятницу.",
      "В пресс-службе Кремля сообщили, что встреча состоится в пятницу.",
      "Встреча состоится в пятницу, как сообщили в пресс-службе Кремля.",
  };
  for (const std::string& text : texts) {
    INFO(text);
    const AuditResult r = Audit(text, "ru");
    REQUIRE(r.sources.size() == 1);
    CHECK(r.sources[0].kind == SourceKind::kOrganization);
    CHECK(r.sources[0].level == 4);
    CHECK(r.anonymous_sources.empty());
    REQUIRE(r.attributions.size() == 1);
    REQUIRE(r.attributions[0].source.has_value());
    CHECK(r.attributions[0].source->text.find("ресс-служб") != std::string::npos);
  }
  // After an inverted cue an organisation's noun keeps its genitive.
  for (const auto& [text, span] : std::vector<std::pair<std::string, std::string>>{
           {"Встреча состоится в пятницу, сообщила пресс-служба компании.", "пресс-служба компании"},
           {"Встреча состоится в пятницу, сообщило министерство обороны.", "министерство обороны"},
       }) {
    INFO(text);
    const AuditResult r = Audit(text, "ru");
    REQUIRE(r.attributions.size() == 1);
    REQUIRE(r.attributions[0].source.has_value());
    CHECK(r.attributions[0].source->text == span);
    REQUIRE(r.sources.size() == 1);
    CHECK(r.sources[0].kind == SourceKind::kOrganization);
    CHECK(r.anonymous_sources.empty());
  }
  // Guard: a press secretary is a person, an unnamed one with an affiliation.
  const AuditResult person = Audit("Пресс-секретарь Кремля заявил, что встреча состоится в пятницу.", "ru");
  REQUIRE(person.sources.size() == 1);
  CHECK(person.sources[0].kind == SourceKind::kDescribed);
  CHECK(person.anonymous_sources.size() == 1);
}

// The quote whose text is `text`, or nullptr.
const Quote* QuoteOf(const AuditResult& r, const std::string& text) {
  for (const Quote& q : r.quotes) {
    if (q.text == text) return &q;
  }
  return nullptr;
}

TEST_CASE("lang41: an age noun before its cue is the person of that age", "[lang41]") {
  struct Case {
    const char* lang;
    const char* text;
    const char* quote;
    const char* speaker;
    const char* span;
  };
  const std::vector<Case> cases = {
      {"de", "Maria Keller, 41, leitet die Klinik. Die 41-Jährige sagte: „Wir brauchen mehr Personal.“",
       "Wir brauchen mehr Personal.", "Maria Keller", "Die 41-Jährige"},
      {"de", "Maria Keller leitet die Klinik seit 2019. Die 41-Jährige sagte: „Wir brauchen mehr Personal.“",
       "Wir brauchen mehr Personal.", "Maria Keller", "Die 41-Jährige"},
      {"en", "Ann Lee, 43, runs the bakery. The 43-year-old said: “We are staying.”", "We are staying.",
       "Ann Lee", "The 43-year-old"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const AuditResult r = Audit(c.text, c.lang);
    const Quote* q = QuoteOf(r, c.quote);
    REQUIRE(q != nullptr);
    CHECK(q->speaker == c.speaker);
    REQUIRE(r.attributions.size() == 1);
    REQUIRE(r.attributions[0].source.has_value());
    CHECK(r.attributions[0].source->text == c.span);
    CHECK(r.anonymous_sources.empty());
  }
}

TEST_CASE("lang41: an age noun is the person the article gave that age, else a described source", "[lang41]") {
  // Somebody unnamed spoke in between, and the person of that age never
  // spoke before.
  const AuditResult de = Audit(
      "Peter Müller, 41, leitet das Ministerium seit Mai.\n\nDer Minister sagte am Montag, der Hafen bleibe "
      "offen. Die Arbeiter waren erleichtert.\n\n„Wir bleiben hier“, sagte der 41-Jährige.",
      "de");
  const Quote* q = QuoteOf(de, "Wir bleiben hier");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Peter Müller");
  CHECK(q->speaker_kind == SourceKind::kNamed);
  // The age given with a period closing the sentence.
  const AuditResult en = Audit(
      "Ann Lee runs the bakery with her husband Tom Lee, 43.\n\nThe shop opened in May. Sales grew fast.\n\n"
      "“We are staying,” said the 43-year-old.",
      "en");
  q = QuoteOf(en, "We are staying,");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Tom Lee");
  // Nobody of that age: a source described by its age (T2), not a vague one.
  for (const auto& [text, lang] : std::vector<std::pair<std::string, const char*>>{
           {"Ann Lee runs the bakery with her husband Tom, 43.\n\nThe shop opened in May.\n\n“We are "
            "staying,” said the 43-year-old.",
            "en"},
           {"Die Klinik ist voll.\n\n„Wir bleiben hier“, sagte der 41-Jährige.", "de"},
       }) {
    INFO(text);
    const AuditResult r = Audit(text, lang);
    REQUIRE(r.sources.size() == 1);
    CHECK(r.sources[0].kind == SourceKind::kDescribed);
    CHECK(r.sources[0].level == 2);
    REQUIRE(r.anonymous_sources.size() == 1);
    CHECK(r.anonymous_sources[0].specificity == Specificity::kDescribed);
  }
}

TEST_CASE("lang41: a German unnamed source's head before a name is the person's role", "[lang41]") {
  struct Case {
    const char* text;
    const char* name;
    const char* role;
  };
  const std::vector<Case> cases = {
      {"Der Ermittler Peter Müller sagte, die Spur sei kalt.", "Peter Müller", "Ermittler"},
      {"Gestern sagte der Ermittler Peter Müller, die Spur sei kalt.", "Peter Müller", "Ermittler"},
      {"Die Spur sei kalt, sagte der Ermittler Peter Müller.", "Peter Müller", "Ermittler"},
      {"Die Expertin Anna Roth sagte, die Lage sei ernst.", "Anna Roth", "Expertin"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const AuditResult r = Audit(c.text, "de");
    REQUIRE(r.sources.size() == 1);
    CHECK(r.sources[0].kind == SourceKind::kNamed);
    CHECK(r.sources[0].name == c.name);
    CHECK(r.sources[0].role == c.role);
    CHECK(r.sources[0].level == 5);
    CHECK(r.anonymous_sources.empty());
  }
  // Guard: one capitalized noun after the head is its object, no name.
  const AuditResult addressee = Audit("Die Spur sei kalt, sagte der Ermittler Journalisten.", "de");
  for (const auto& src : addressee.sources) CHECK(src.name != "Journalisten");
}

}  // namespace
}  // namespace onrecord
