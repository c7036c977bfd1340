// Faults a fresh user found outside English (multi33): a titled name with
// an adjunct after it or a body of two words before it, occupations read as
// names in Russian and Chinese, a Chinese time word glued to a name before
// a place phrase, Japanese cues of a view or a complaint and a surname with
// 氏 as a second source, a pronoun's gender in French, and outlets set in
// quote marks.
#include <catch2/catch.hpp>
#include <string>

#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;
using testing::SeenWithCue;
using testing::SourceNamed;
using testing::SpeakerOf;

const Quote* QuoteStarting(const AuditResult& r, const std::string& text) {
  for (const auto& q : r.quotes) {
    if (q.text.compare(0, text.size(), text) == 0) return &q;
  }
  return nullptr;
}

// "ha detto la segretaria del Pd Elly Schlein durante una conferenza
// stampa": the adjunct after the name is no part of the source, and a body
// of two capitalized words goes to the role when a given name opens the
// person's name.
TEST_CASE("multi33 a titled name before an adjunct or after a body of two words is the person", "[multi33]") {
  struct Case {
    const char* lang;
    const char* text;
    const char* quote;
    const char* name;
    const char* role;
    const char* source;
  };
  const Case cases[] = {
      {"it",
       "Il partito si è riunito ieri a Roma. «Non voteremo questa legge», ha detto la segretaria del Pd "
       "Marta Bellini durante una conferenza stampa.\n",
       "Non voteremo", "Marta Bellini", "segretaria del Pd", "la segretaria del Pd Marta Bellini"},
      {"de",
       "Der Bundestag hat am Freitag beraten. „Wir sparen nicht“, sagte der Bundesminister der Finanzen "
       "Jens Keller am Mittwoch.\n",
       "Wir sparen", "Jens Keller", "Bundesminister der Finanzen", "der Bundesminister der Finanzen Jens Keller"},
      {"it",
       "La giunta si è riunita ieri. «Non ci sono fondi», ha detto il presidente della Regione Lombardia "
       "Paolo Ferri.\n",
       "Non ci sono", "Paolo Ferri", "presidente della Regione Lombardia",
       "il presidente della Regione Lombardia Paolo Ferri"},
      {"it",
       "Il governo si è riunito ieri. «Siamo pronti», ha detto il ministro degli Affari Esteri Carlo Donati.\n",
       "Siamo pronti", "Carlo Donati", "ministro degli Affari Esteri",
       "il ministro degli Affari Esteri Carlo Donati"},
      // A surname that is a title word ("maire") after a capitalized particle.
      {"fr",
       "Le gouvernement a présenté son plan hier. « Nous tiendrons bon », a déclaré le ministre de "
       "l’Économie Luc Le Maire.\n",
       "Nous tiendrons", "Luc Le Maire", "ministre de l’Économie", "le ministre de l’Économie Luc Le Maire"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto r = AuditText(c.text, "test.txt", c.lang);
    CHECK(SpeakerOf(r, c.quote) == c.name);
    const Source* s = SourceNamed(r, c.name);
    REQUIRE(s != nullptr);
    CHECK(s->kind == SourceKind::kNamed);
    CHECK(s->level == 5);
    CHECK(s->role == c.role);
    CHECK(r.anonymous_sources.empty());
    REQUIRE(!r.attributions.empty());
    REQUIRE(r.attributions[0].source.has_value());
    CHECK(r.attributions[0].source->text == c.source);
  }
}

// The same surname before its cue: "Le ministre de l’Économie Luc Le Maire
// a déclaré" is the person, not an unnamed mayor ("Le Maire").
TEST_CASE("multi33 a surname that is a title word stays a name before the cue", "[multi33]") {
  auto r = AuditText(
      "Le gouvernement a présenté son plan hier. Le ministre de l’Économie Luc Le Maire a déclaré que "
      "la croissance sera forte.\n",
      "test.txt", "fr");
  auto a = SeenWithCue(r, "a déclaré");
  CHECK(a.who == "Luc Le Maire");
  CHECK(a.kind == SourceKind::kNamed);
  CHECK(a.level == 5);
  CHECK(r.anonymous_sources.empty());
}

// "Полицейский сказал", "一位警察说": an occupation describes an unnamed
// person; it names nobody.
TEST_CASE("multi33 Russian and Chinese occupations are unnamed people", "[multi33]") {
  struct Case {
    const char* lang;
    const char* text;
    const char* cue;
    const char* source;
  };
  const Case cases[] = {
      {"ru", "В Самаре прошла акция. Полицейский сказал, что все было спокойно.\n", "сказал", "Полицейский"},
      {"ru", "В Самаре прошла акция. «Все было спокойно», — сказал полицейский.\n", "сказал", "полицейский"},
      {"zh", "北京举行了活动。一位警察说，现场秩序良好。\n", "说", "一位警察"},
      {"zh", "上海举行了活动。一名医生表示，伤者情况稳定。\n", "表示", "一名医生"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto r = AuditText(c.text, "test.txt", c.lang);
    auto a = SeenWithCue(r, c.cue);
    CHECK(a.source == c.source);
    CHECK(a.kind == SourceKind::kAnonymous);
    CHECK(r.anonymous_sources.size() == 1);
  }
}

// "王文涛周二在北京表示": the day glued to the name before the place phrase
// is no part of the source.
TEST_CASE("multi33 a Chinese time word before a place phrase leaves the name", "[multi33]") {
  auto r = AuditText("两国举行了经贸会谈。李文涛周二在北京表示，双方取得了进展。\n", "test.txt", "zh");
  auto a = SeenWithCue(r, "表示");
  CHECK(a.source == "李文涛");
  CHECK(a.who == "李文涛");
}

// 「…」との見方を示した, 「…」と不満を漏らした are cues; 佐藤氏 after 佐藤恒治社長
// is the same person.
TEST_CASE("multi33 Japanese cues of a view or a complaint and a surname with 氏", "[multi33]") {
  auto r = AuditText(
      "政府は新しい予算案を発表した。山田恒治社長は「改革は必要だ」との見方を示した。"
      "山田氏は「時間がかかる」と不満を漏らした。\n",
      "test.txt", "ja");
  CHECK(SpeakerOf(r, "改革は必要だ") == "山田恒治");
  CHECK(SpeakerOf(r, "時間がかかる") == "山田恒治");
  CHECK(SeenWithCue(r, "との見方を示した").who == "山田恒治");
  CHECK(SeenWithCue(r, "と不満を漏らした").who == "山田恒治");
  CHECK(r.sources.size() == 1);
}

// "Selon elle" after a man's name is not his (gender-words, given-names).
TEST_CASE("multi33 a gendered pronoun after 'selon' respects the gender", "[multi33]") {
  auto two = AuditText(
      "Agnès Pannier a déclaré que tout va bien. Luc Moreau a présenté le budget hier. Selon elle, la "
      "croissance sera de 1 %.\n",
      "test.txt", "fr");
  CHECK(SeenWithCue(two, "Selon").who == "Agnès Pannier");
  auto one = AuditText("Luc Moreau a présenté le budget hier. Selon elle, la croissance sera de 1 %.\n",
                       "test.txt", "fr");
  CHECK(SeenWithCue(one, "Selon").who != "Luc Moreau");
  auto es = AuditText("Pedro Gil presentó el plan ayer. Según ella, el crecimiento será del 2 %.\n", "test.txt", "es");
  CHECK(SeenWithCue(es, "Según").who != "Pedro Gil");
  // A man's pronoun still goes to him.
  auto him = AuditText("Luc Moreau a présenté le budget hier. Selon lui, la croissance sera de 1 %.\n",
                       "test.txt", "fr");
  CHECK(SeenWithCue(him, "Selon").who == "Luc Moreau");
}

// «Ведомости», „Spiegel“, « Le Monde » next to a cue: an outlet's name in
// marks is a title, and the cue's source is the outlet.
TEST_CASE("multi33 an outlet's name in quote marks is a title and the source", "[multi33]") {
  struct Case {
    const char* lang;
    const char* text;
    const char* title;
    const char* cue;
    const char* outlet;
  };
  const Case cases[] = {
      {"ru", "Компания опубликовала отчет. Об этом сообщили «Известия».\n", "Известия", "сообщили", "Известия"},
      {"de", "Die Firma legte Zahlen vor. Das berichtete der „Stern“ am Montag.\n", "Stern", "berichtete", "Stern"},
      {"fr", "L'entreprise a publié ses comptes. Selon « Le Figaro », l'accord est signé.\n", "Le Figaro", "Selon",
       "Le Figaro"},
      {"fr", "L'entreprise a publié ses comptes. L'accord est signé, a rapporté « Le Figaro ».\n", "Le Figaro",
       "a rapporté", "Le Figaro"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto r = AuditText(c.text, "test.txt", c.lang);
    const Quote* q = QuoteStarting(r, c.title);
    REQUIRE(q != nullptr);
    CHECK(q->kind == QuoteKind::kTitle);
    auto a = SeenWithCue(r, c.cue);
    CHECK(a.who == c.outlet);
    CHECK(a.kind == SourceKind::kOrganization);
  }
  // A word a cue's preposition governs is what is spoken of, no outlet.
  auto de = AuditText(
      "Der Rat beriet am Montag. Kommissionspräsident Urs Keller spricht von einem «Luxusprojekt».\n", "test.txt",
      "de");
  const Quote* q = QuoteStarting(de, "Luxusprojekt");
  REQUIRE(q != nullptr);
  CHECK(q->kind != QuoteKind::kTitle);
}

}  // namespace
}  // namespace onrecord
