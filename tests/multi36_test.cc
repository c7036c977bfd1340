// Attribution outside English found by a fresh user (multi36, issue #4):
// an object pronoun (or Russian "это") between the comma after a quote and
// an inverted cue stands for the quote, so the subject follows the cue
// ("“…”, lo confirmó la portavoz …"), in Spanish, French (with the
// participle agreeing: "les a démentis", "l'a confirmée"), Italian,
// Portuguese and Russian; and a role noun or title opening a sentence
// before a name is that person's role ("Министр финансов Антон Силуанов
// заявил"), the role nouns no longer being listed as function words.
#include <catch2/catch.hpp>
#include <string>

#include "test_util.h"

namespace onrecord {
namespace {

using testing::AttributionWithCue;
using testing::AuditText;
using testing::SourceNamed;
using testing::SpeakerOf;

TEST_CASE("multi36 an object pronoun after a quote's comma: the subject follows the cue", "[multi36]") {
  struct Case {
    const char* lang;
    const char* text;
    const char* quote;
    const char* speaker;
    const char* role;
  };
  const Case cases[] = {
      {"es",
       "El ayuntamiento presentó el martes un plan de tráfico.\n\n"
       "“Las obras empezarán en marzo”, lo confirmó la portavoz Marta Llorente.\n",
       "Las obras", "Marta Llorente", "portavoz"},
      {"es",
       "El ayuntamiento presentó el martes un plan de tráfico.\n\n"
       "“Las obras empezarán en marzo”, le dijo el concejal Iván Serrat.\n",
       "Las obras", "Iván Serrat", "concejal"},
      {"fr",
       "La mairie a publié mardi un rapport sur les transports.\n\n"
       "« Ces chiffres sont faux », les a démentis le ministre Luc Garnier.\n",
       "Ces chiffres", "Luc Garnier", "ministre"},
      {"fr",
       "La mairie a publié mardi un rapport sur les transports.\n\n"
       "« Les travaux commencent en mars », l'a confirmé le ministre Luc Garnier.\n",
       "Les travaux", "Luc Garnier", "ministre"},
      {"it",
       "Il comune ha presentato martedì un piano per il traffico.\n\n"
       "«I lavori partiranno a marzo», lo ha confermato la portavoce Elena Rinaldi.\n",
       "I lavori", "Elena Rinaldi", "portavoce"},
      {"pt",
       "A prefeitura apresentou na terça-feira um plano de trânsito.\n\n"
       "“As obras começam em março”, o confirmou o diretor Rui Teixeira.\n",
       "As obras", "Rui Teixeira", "diretor"},
      {"ru",
       "Мэрия во вторник представила план ремонта дорог.\n\n"
       "«Это неправда», — это опроверг депутат Олег Жаров.\n",
       "Это неправда", "Олег Жаров", "депутат"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    const auto r = AuditText(c.text, std::string(c.lang) + ".txt", c.lang);
    CHECK(SpeakerOf(r, c.quote) == c.speaker);
    const auto* s = SourceNamed(r, c.speaker);
    REQUIRE(s != nullptr);
    CHECK(s->role == c.role);
  }
}

TEST_CASE("multi36 the French participle agrees with the object pronoun before its auxiliary", "[multi36]") {
  const auto r = AuditText(
      "La mairie a publié mardi un rapport sur les transports.\n\n"
      "« Cette décision est la bonne », l'a confirmée la porte-parole Julie Arnaud.\n",
      "fr.txt", "fr");
  CHECK(SpeakerOf(r, "Cette décision") == "Julie Arnaud");
}

TEST_CASE("multi36 guards: the plain inverted cue and a determiner before a noun", "[multi36]") {
  // The order with no pronoun still works.
  const auto r = AuditText(
      "El ayuntamiento presentó el martes un plan de tráfico.\n\n"
      "“Las obras empezarán en marzo”, confirmó la portavoz Marta Llorente.\n",
      "es.txt", "es");
  CHECK(SpeakerOf(r, "Las obras") == "Marta Llorente");
  // "a conta" opening a sentence is an article and a noun, no cue.
  const auto r2 = AuditText("A conta foi paga pela prefeitura na terça-feira.\n", "pt.txt", "pt");
  CHECK(AttributionWithCue(r2, "conta").cue == "<no attribution>");
  // A pronoun after a comma with no quote before it: nothing changes.
  const auto r3 = AuditText("El plan, lo confirmó la portavoz Marta Llorente en una nota.\n", "es.txt", "es");
  CHECK(SourceNamed(r3, "Marta Llorente") == nullptr);
}

TEST_CASE("multi36 a role noun opening a sentence before a name is the role", "[multi36]") {
  struct Case {
    const char* lang;
    const char* text;
    const char* name;
    const char* role;
  };
  const Case cases[] = {
      {"ru", "Министр финансов Олег Жаров заявил, что бюджет будет исполнен.\n", "Олег Жаров", "Министр финансов"},
      {"ru", "Пресс-секретарь Анна Белова заявила, что встреча состоится.\n", "Анна Белова", "Пресс-секретарь"},
      {"de", "Ministerin Jana Kröger sagte, der Haushalt werde eingehalten.\n", "Jana Kröger", "Ministerin"},
      {"de", "Sprecher Lutz Harms sagte, das Treffen finde statt.\n", "Lutz Harms", "Sprecher"},
      {"pt", "Diretor Rui Teixeira disse que o orçamento será cumprido.\n", "Rui Teixeira", "Diretor"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    const auto r = AuditText(c.text, std::string(c.lang) + ".txt", c.lang);
    const auto* s = SourceNamed(r, c.name);
    REQUIRE(s != nullptr);
    CHECK(s->role == c.role);
  }
  // A pronoun after two titled people joined as one subject reaches the
  // man with his role.
  const auto rc = AuditText(
      "Die Stadt plant eine Schule.\n\n"
      "Minister Lutz Harms und Ministerin Jana Kröger trafen sich am Montag in Bonn.\n\n"
      "Er sagte, die Schule werde gebaut.\n",
      "de.txt", "de");
  const auto* harms = SourceNamed(rc, "Lutz Harms");
  REQUIRE(harms != nullptr);
  CHECK(harms->role == "Minister");
  CHECK(testing::SeenWithSource(rc, "Er").who == "Lutz Harms");
  // A role noun alone keeps its reading: an unnamed source.
  const auto r = AuditText("Sprecher sagten, das Treffen finde statt.\n", "de.txt", "de");
  CHECK(SourceNamed(r, "Sprecher") != nullptr);
}

TEST_CASE("multi36 a Chinese title opening the sentence before a name", "[multi36]") {
  // "他" in the next paragraph reaches the minister named with his title.
  const auto r = AuditText(
      "两国举行会谈\n\n"
      "外交部长李建华周二会见了来访的代表团。\n\n"
      "他说：“双方应加强合作。”\n",
      "zh.txt", "zh");
  CHECK(SpeakerOf(r, "双方应加强") == "李建华");
  const auto* s = SourceNamed(r, "李建华");
  REQUIRE(s != nullptr);
  CHECK(s->role == "外交部长");
  // A title and then a time word: no name.
  const auto r2 = AuditText(
      "两国举行会谈\n\n"
      "市长周二在杭州出席了论坛。\n\n"
      "他说：“双方应加强合作。”\n",
      "zh.txt", "zh");
  CHECK(SourceNamed(r2, "周二") == nullptr);
}

TEST_CASE("multi36 Japanese 外交官 and 報道官: a bare title is described, a name before it is the person",
          "[multi36]") {
  const auto r = AuditText("外交官は「交渉は続く」と述べた。\n", "ja.txt", "ja");
  const auto bare = testing::SeenWithSource(r, "外交官");
  CHECK(bare.kind == SourceKind::kDescribed);
  CHECK(bare.level == 2);
  const auto r2 = AuditText("報道官は「調査を進める」と述べた。\n", "ja.txt", "ja");
  CHECK(testing::SeenWithSource(r2, "報道官").kind == SourceKind::kDescribed);
  const auto r3 = AuditText("山田太郎外交官は「交渉は続く」と述べた。\n", "ja.txt", "ja");
  const auto* s = SourceNamed(r3, "山田太郎");
  REQUIRE(s != nullptr);
  CHECK(s->role == "外交官");
  const auto r4 = AuditText("森本一郎報道官は「調査を進める」と述べた。\n", "ja.txt", "ja");
  const auto* s4 = SourceNamed(r4, "森本一郎");
  REQUIRE(s4 != nullptr);
  CHECK(s4->role == "報道官");
}

TEST_CASE("multi36 a Japanese given name's ending gives the gender a pronoun skips by", "[multi36]") {
  // The man spoke last; 彼女は is the woman named before him.
  const auto r = AuditText(
      "会談の記録\n\n"
      "森本花子氏は「協力を続ける」と述べた。川口一郎氏は「予算は足りない」と述べた。\n\n"
      "彼女は「改革を進める」と述べた。\n",
      "ja.txt", "ja");
  CHECK(SpeakerOf(r, "予算は") == "川口一郎");
  CHECK(SpeakerOf(r, "改革を") == "森本花子");
  // And 彼は the man, after the woman spoke.
  const auto r2 = AuditText(
      "会談の記録\n\n"
      "川口一郎氏は「予算は足りない」と述べた。森本花子氏は「協力を続ける」と述べた。\n\n"
      "彼は「改革を進める」と述べた。\n",
      "ja.txt", "ja");
  CHECK(SpeakerOf(r2, "改革を") == "川口一郎");
}

TEST_CASE("multi36 an unnamed described source before a colon and a quote", "[multi36]") {
  struct Case {
    const char* lang;
    const char* text;
    const char* quote;
    const char* source;
  };
  const Case cases[] = {
      {"es", "El ayuntamiento presentó un plan.\n\nEl alcalde de Tarsia: “Las obras empezarán en marzo”.\n",
       "Las obras", "El alcalde de Tarsia"},
      {"fr", "La mairie a présenté un plan.\n\nLe maire de Vernac : « Les travaux commencent en mars. »\n",
       "Les travaux", "Le maire de Vernac"},
      {"it", "Il comune ha presentato un piano.\n\nIl sindaco di Varonna: «I lavori partiranno a marzo».\n", "I lavori",
       "Il sindaco di Varonna"},
      {"de",
       "Die Stadt hat einen Plan vorgestellt.\n\nDer Bürgermeister von Hallstett: „Die Arbeiten beginnen im März.“\n",
       "Die Arbeiten", "Der Bürgermeister von Hallstett"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    const auto r = AuditText(c.text, std::string(c.lang) + ".txt", c.lang);
    const auto seen = testing::SeenWithSource(r, c.source);
    CHECK(seen.cue == ":");
    CHECK(seen.kind != SourceKind::kNamed);
    CHECK(SpeakerOf(r, c.quote) != "");
  }
  // A phrase with no role noun stays unattributed.
  const auto r = AuditText(
      "La mairie a présenté un plan.\n\nLa ville de Vernac : « Les travaux commencent en mars. »\n", "fr.txt", "fr");
  CHECK(SpeakerOf(r, "Les travaux") == "");
}

}  // namespace
}  // namespace onrecord
