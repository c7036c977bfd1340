// Attribution outside English found by a fresh user (multi35, issue #4): a
// German pronoun in a later paragraph reaches the person named before it
// (a capitalized German sentence is no headline), with the gender of "er"
// and "sie" and of feminine role nouns in -in ("Ministerin",
// "Bundesinnenministerin"); a Chinese name written without a space is named
// in full; a time phrase after a Russian addressee is no role; Japanese
// titles glued to a name ("田中太郎外務大臣") or joined to it by の
// ("外務大臣の田中太郎氏") are the person's role.
#include <catch2/catch.hpp>
#include <string>

#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;
using testing::SeenWithSource;
using testing::SourceNamed;
using testing::SpeakerOf;

TEST_CASE("multi35 a German pronoun reaches the person named in an earlier paragraph", "[multi35]") {
  const auto r = AuditText(
      "Jana Kröger eröffnete am Dienstag die neue Bibliothek in Lindau.\n\n"
      "„Hier können alle Kinder lesen lernen“, sagte sie.\n",
      "de.txt", "de");
  CHECK(SpeakerOf(r, "Hier können") == "Jana Kröger");
  CHECK(SeenWithSource(r, "sie").who == "Jana Kröger");
  // "Sie sagte" opening the paragraph too.
  const auto r2 = AuditText(
      "Jana Kröger eröffnete am Dienstag die neue Bibliothek in Lindau.\n\n"
      "Sie sagte, die Stadt habe lange auf den Bau gewartet.\n",
      "de.txt", "de");
  CHECK(SeenWithSource(r2, "Sie").who == "Jana Kröger");
  // A determiner and a title before the name: the title is her role.
  const auto r3 = AuditText(
      "Die Ministerin Jana Kröger eröffnete am Dienstag die neue Bibliothek in Lindau.\n\n"
      "„Hier können alle Kinder lesen lernen“, sagte sie.\n",
      "de.txt", "de");
  CHECK(SpeakerOf(r3, "Hier können") == "Jana Kröger");
  const auto* kroeger = SourceNamed(r3, "Jana Kröger");
  REQUIRE(kroeger != nullptr);
  CHECK(kroeger->role == "Ministerin");
}

TEST_CASE("multi35 a German pronoun skips a person of the other gender", "[multi35]") {
  // Whoever spoke last is a woman by her title; "er" is the man named
  // before her, "sie" is she.
  const auto r = AuditText(
      "Bürgermeister Lutz Harms hat am Montag den Hafen besucht.\n\n"
      "Die Sprecherin Vera Olt kündigte an: „Die Arbeiten beginnen im Mai.“\n\n"
      "„Wir haben lange darauf gewartet“, sagte er.\n",
      "de.txt", "de");
  CHECK(SpeakerOf(r, "Die Arbeiten") == "Vera Olt");
  CHECK(SpeakerOf(r, "Wir haben lange") == "Lutz Harms");
}

TEST_CASE("multi35 a German compound title in -in marks a woman", "[multi35]") {
  // "Bundesbauministerin" is in no list: it ends in a feminine role noun.
  // The man cited last is not "sie".
  const auto r = AuditText(
      "Bundesbauministerin Petra Lindqvist besuchte am Montag die Baustelle in Kiel.\n\n"
      "Der Bauleiter Tomas Brede sagte: „Wir liegen im Plan.“\n\n"
      "„Das freut mich sehr“, sagte sie.\n",
      "de.txt", "de");
  CHECK(SpeakerOf(r, "Wir liegen") == "Tomas Brede");
  CHECK(SpeakerOf(r, "Das freut") == "Petra Lindqvist");
}

TEST_CASE("multi35 a Chinese pronoun reaches a person named before, not yet quoted", "[multi35]") {
  const auto r = AuditText("杭州论坛开幕\n\n陈晓梅周二在杭州出席了论坛。\n\n她说：“我们会继续投资教育。”\n", "zh.txt", "zh");
  CHECK(SpeakerOf(r, "我们会继续") == "陈晓梅");
  // Japanese: the name before 氏 and は, another person after it.
  const auto r2 = AuditText(
      "首脳会談\n\n小野里美氏は火曜日、大阪で川口誠氏と会談した。\n\n彼女は「協力を深めたい」と述べた。\n", "ja.txt", "ja");
  CHECK(SpeakerOf(r2, "協力を") == "小野里美");
}

TEST_CASE("multi35 a time phrase after a Russian addressee is no role", "[multi35]") {
  const auto r = AuditText("«Мост откроют весной», — сообщил журналистам в среду Пётр Лаптев.\n", "ru.txt", "ru");
  CHECK(SpeakerOf(r, "Мост откроют") == "Пётр Лаптев");
  const auto* src = SourceNamed(r, "Пётр Лаптев");
  REQUIRE(src != nullptr);
  CHECK(src->role.empty());
  CHECK(SeenWithSource(r, "Пётр Лаптев").cue == "сообщил");
}

TEST_CASE("multi35 a Japanese title glued to the name is the person's role", "[multi35]") {
  const auto r = AuditText("山口健一財務大臣は会見で「予算は来月まとめる」と述べた。\n", "ja.txt", "ja");
  CHECK(SpeakerOf(r, "予算は") == "山口健一");
  const auto* src = SourceNamed(r, "山口健一");
  REQUIRE(src != nullptr);
  CHECK(src->role == "財務大臣");
  CHECK(src->level == 5);
}

TEST_CASE("multi35 a Japanese title joined to the name by の is the person's role", "[multi35]") {
  const auto r = AuditText("防衛大臣の森本亮氏は「訓練を続ける」と語った。\n", "ja.txt", "ja");
  CHECK(SpeakerOf(r, "訓練を") == "森本亮");
  const auto* src = SourceNamed(r, "森本亮");
  REQUIRE(src != nullptr);
  CHECK(src->role == "防衛大臣");
  CHECK(src->level == 5);
  // A place before の is no role.
  const auto r2 = AuditText("大阪の森本亮氏は「訓練を続ける」と語った。\n", "ja.txt", "ja");
  const auto* src2 = SourceNamed(r2, "森本亮");
  REQUIRE(src2 != nullptr);
  CHECK(src2->role.empty());
}

TEST_CASE("multi35 a role before the name in a colon attribution is the person's role", "[multi35]") {
  struct Case {
    const char* text;
    const char* language;
    const char* quote;
    const char* name;
    const char* role;
  };
  for (const Case& c : {
           Case{"La ministra de Hacienda, Carmen Robles: «No habrá nuevos impuestos este año».\n", "es", "No habrá",
                "Carmen Robles", "ministra de Hacienda"},
           Case{"Le ministre de l’Agriculture, Julien Marchal : « Les prix vont baisser. »\n", "fr", "Les prix",
                "Julien Marchal", "ministre de l’Agriculture"},
           Case{"Il ministro dell’Interno, Carlo Fanti: «La sicurezza è la priorità».\n", "it", "La sicurezza",
                "Carlo Fanti", "ministro dell’Interno"},
       }) {
    INFO(c.text);
    const auto r = AuditText(c.text, std::string(c.language) + ".txt", c.language);
    CHECK(SpeakerOf(r, c.quote) == c.name);
    const auto* src = SourceNamed(r, c.name);
    REQUIRE(src != nullptr);
    CHECK(src->role == c.role);
    CHECK(src->level == 5);
    CHECK(SeenWithSource(r, c.name).cue == ":");
  }
  // No role noun before the comma: no person.
  const auto r = AuditText("La ville, Paris : « Une fête pour tous. »\n", "fr.txt", "fr");
  CHECK(SpeakerOf(r, "Une fête").empty());
}

}  // namespace
}  // namespace onrecord
