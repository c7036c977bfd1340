// Fresh-user faults of the thirty-first round (branch fixd37): a Russian
// named source after an inverted cue with a time or place phrase after the
// name; roles hidden by a title before the name, split by case or by a
// name's run, or holding a relative pronoun; and what a report shows (an
// elision's apostrophe at a quote's start, a cue's colon, a cue that is
// only a mark, a preposition before a source).
#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "onrecord/report.h"
#include "test_util.h"

using onrecord::AuditToText;
using onrecord::testing::AuditText;
using onrecord::testing::SourceNamed;

namespace {

bool HasRole(const onrecord::Source* s, const std::string& role) {
  return s != nullptr && std::find(s->roles.begin(), s->roles.end(), role) != s->roles.end();
}

}  // namespace

TEST_CASE("fixd37: a Russian name after an inverted cue and a role's complement, then a time or place", "[fixd37]") {
  for (const std::string tail : {" во вторник в Москве.", " в четверг.", " вчера.", " на брифинге.", " журналистам."}) {
    INFO(tail);
    auto r = AuditText("«Мы не станем закрывать завод», — заявил министр промышленности Олег Сурков" + tail + "\n",
                       "test.txt", "ru");
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].speaker == "Олег Сурков");
    const auto* s = SourceNamed(r, "Олег Сурков");
    REQUIRE(s != nullptr);
    CHECK(s->role == "министр промышленности");
    CHECK(r.anonymous_sources.empty());
  }
  // Guards: the name closing the sentence, and no complement.
  auto r =
      AuditText("«Мы не станем закрывать завод», — заявил министр промышленности Олег Сурков.\n", "test.txt", "ru");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "Олег Сурков");
  r = AuditText("«Мы не станем закрывать завод», — сказал министр Олег Сурков в пятницу.\n", "test.txt", "ru");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "Олег Сурков");
}

TEST_CASE("fixd37: the other inverted-cue languages keep the name before a time or place", "[fixd37]") {
  struct Case {
    std::string lang, text, speaker;
  };
  for (const auto& c : std::vector<Case>{
           {"de", "„Wir schließen das Werk nicht“, sagte Minister Olaf Kern am Dienstag in Bremen.\n", "Olaf Kern"},
           {"fr", "« Nous ne fermerons pas l'usine », a déclaré le ministre Paul Girard mardi à Lyon.\n",
            "Paul Girard"},
           {"es", "«No cerraremos la fábrica», dijo el ministro Luis Campos el martes en Sevilla.\n", "Luis Campos"},
           {"it", "«Non chiuderemo la fabbrica», ha detto il ministro Paolo Neri martedì a Torino.\n", "Paolo Neri"},
           {"pt", "«Não vamos fechar a fábrica», disse o ministro Rui Costa na terça-feira no Porto.\n",
            "Rui Costa"}}) {
    INFO(c.text);
    auto r = AuditText(c.text, "test.txt", c.lang);
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].speaker == c.speaker);
  }
}

TEST_CASE("fixd37: a title before a name does not hide the apposition's role", "[fixd37]") {
  auto r = AuditText(
      "“The first doses arrive next week,” Dr. Nora Vance, director of the county's clinic network, said on "
      "Monday.\n\n"
      "“The bridge will hold,” Maj. Gen. Carl Ostrow, a retired engineer, said in an interview.\n");
  const auto* vance = SourceNamed(r, "Nora Vance");
  REQUIRE(vance != nullptr);
  CHECK(vance->role == "director of the county's clinic network");
  CHECK(HasRole(vance, "Dr."));
  const auto* ostrow = SourceNamed(r, "Carl Ostrow");
  REQUIRE(ostrow != nullptr);
  CHECK(ostrow->role == "a retired engineer");
  CHECK(HasRole(ostrow, "Maj. Gen."));
  // After an inverted cue, the same.
  r = AuditText("“The bridge will hold,” said Maj. Gen. Carl Ostrow, a retired engineer.\n");
  ostrow = SourceNamed(r, "Carl Ostrow");
  REQUIRE(ostrow != nullptr);
  CHECK(ostrow->role == "retired engineer");
  CHECK(HasRole(ostrow, "Maj. Gen."));
  // Guard: a title alone stays the role.
  r = AuditText("“The bridge will hold,” Dr. Nora Vance said.\n");
  REQUIRE(SourceNamed(r, "Nora Vance") != nullptr);
  CHECK(SourceNamed(r, "Nora Vance")->role == "Dr.");
}

TEST_CASE("fixd37: one role in two cases is one role", "[fixd37]") {
  auto r = AuditText(
      "# Budget closes, Mayor Lina Perez says\n\n“We cut where it hurt least,” mayor Lina Perez said on Tuesday.\n",
      "test.md");
  const auto* s = SourceNamed(r, "Lina Perez");
  REQUIRE(s != nullptr);
  CHECK(s->roles.size() == 1);
  CHECK(s->role == "mayor");
}

TEST_CASE("fixd37: a relative clause of a position gives the role without its pronoun", "[fixd37]") {
  auto r = AuditText(
      "<html><body><article><h1>Levy vote delayed</h1>\n"
      "<p>“We will not vote on the levy before June,” said Ivo Marsh, who chairs the transit board.</p>\n"
      "</article></body></html>\n",
      "test.html");
  const auto* s = SourceNamed(r, "Ivo Marsh");
  REQUIRE(s != nullptr);
  CHECK(s->role == "chairs the transit board");
}

TEST_CASE("fixd37: a Russian role noun, its complement and an organisation before the name are one role", "[fixd37]") {
  auto r = AuditText("Переговоры продолжатся в апреле, заявил официальный представитель МИД Велории Пётр Сомов.\n",
                     "test.txt", "ru");
  const auto* s = SourceNamed(r, "Пётр Сомов");
  REQUIRE(s != nullptr);
  CHECK(s->role == "официальный представитель МИД Велории");
  CHECK(s->roles.size() == 1);
  // No adjective before the role noun: the place in the genitive is the
  // organisation's, not the name's; a patronymic keeps three words a name.
  r = AuditText("«Переговоры продолжатся», — заявил представитель МИД Велории Пётр Сомов.\n", "test.txt", "ru");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "Пётр Сомов");
  s = SourceNamed(r, "Пётр Сомов");
  REQUIRE(s != nullptr);
  CHECK(s->role == "представитель МИД Велории");
  r = AuditText("«Переговоры продолжатся», — заявил представитель МИД Пётр Ильич Сомов.\n", "test.txt", "ru");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "Пётр Ильич Сомов");
  // The surname alone later: its run's role is part of the first one.
  r = AuditText(
      "Переговоры продолжатся в апреле, заявил официальный представитель МИД Велории Пётр Сомов.\n\n"
      "«Сроки нас не пугают», — написал Сомов в пятницу в своём блоге.\n",
      "test.txt", "ru");
  s = SourceNamed(r, "Пётр Сомов");
  REQUIRE(s != nullptr);
  CHECK(s->roles == std::vector<std::string>{"официальный представитель МИД Велории"});
}

TEST_CASE("fixd37: an elision's apostrophe at a quote's start is the quote's", "[fixd37]") {
  auto r = AuditText("“’Twas a cold night on the pier,” said Edda Holm, a ferry pilot.\n");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].text == "’Twas a cold night on the pier,");
  r = AuditText("“’Cause the tide turned, we waited,” said Edda Holm, a ferry pilot.\n");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].text == "’Cause the tide turned, we waited,");
}

TEST_CASE("fixd37: a report shows a cue's words, not its colon or a mark alone", "[fixd37]") {
  auto r = AuditText("Rolf Hahn insisted: “The pier will be rebuilt by spring.”\n");
  bool seen = false;
  for (const auto& f : r.findings) {
    if (f.rule != "attribution.loaded-cue") continue;
    seen = true;
    CHECK(f.message.find("(cue “insisted”)") != std::string::npos);
  }
  CHECK(seen);
  // The span keeps the colon, as PolNeAR marks it.
  CHECK(onrecord::testing::AnyCue(r, "insisted:"));
  r = AuditText(
      "# Rolf Hahn: “The pier will be rebuilt”\n\n> “We will not leave the harbour.”\n> — Edda Holm, ferry pilot\n",
      "test.md");
  const std::string text = AuditToText(r);
  CHECK(text.find("(:)") == std::string::npos);
  CHECK(text.find("(—)") == std::string::npos);
  CHECK(text.find("— Rolf Hahn  [direct]") != std::string::npos);
}

TEST_CASE("fixd37: a German source after its cue without the preposition that ties it", "[fixd37]") {
  auto r = AuditText("Die Reform werde verschoben, hieß es am Montag aus Koalitionskreisen.\n", "test.txt", "de");
  REQUIRE(r.anonymous_sources.size() == 1);
  CHECK(r.anonymous_sources[0].phrase == "Koalitionskreisen");
  // Guard: a fronted phrase keeps its reading.
  r = AuditText("Aus Koalitionskreisen hieß es, die Reform werde verschoben.\n", "test.txt", "de");
  REQUIRE(r.anonymous_sources.size() == 1);
  CHECK(r.anonymous_sources[0].phrase == "Koalitionskreisen");
}
