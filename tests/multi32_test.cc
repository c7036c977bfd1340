// Faults a fresh user found outside English (multi32): a named official
// written after a role and its body with no comma read as an unnamed
// source, German speech taken for a title, a pronoun before an addressee
// losing its speaker, French "selon lui", and occupations missing from
// the head-noun lists.
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

// "ha detto la segretaria del Pd Elly Schlein": a role, a preposition,
// the body's one capitalized word, then the name, with no comma. The source
// is the person, named, with the role.
TEST_CASE("multi32 a role and its capitalized body before a name make a named source", "[multi32]") {
  struct Case {
    const char* lang;
    const char* text;
    const char* quote;
    const char* name;
    const char* role;
  };
  const Case cases[] = {
      {"it",
       "Il partito si \u00E8 riunito ieri a Roma. \u00ABNon voteremo questa legge\u00BB, ha detto la segretaria "
       "del Pd Marta Bellini.\n",
       "Non voteremo", "Marta Bellini", "segretaria del Pd"},
      {"es",
       "El Gobierno present\u00F3 ayer las cuentas en Madrid. \u00ABLas cuentas cuadran\u00BB, dijo el ministro "
       "de Hacienda Luis Romero.\n",
       "Las cuentas", "Luis Romero", "ministro de Hacienda"},
      {"it",
       "Il governo ha approvato il decreto ieri sera. \u00ABNon ci saranno tagli\u00BB, ha detto il ministro "
       "dell'Agricoltura Paolo Ferri.\n",
       "Non ci saranno", "Paolo Ferri", "ministro dell'Agricoltura"},
      {"fr",
       "Le gouvernement a pr\u00E9sent\u00E9 son plan hier. \u00AB Nous tiendrons bon \u00BB, a d\u00E9clar\u00E9 le "
       "ministre de l\u2019Agriculture Luc Moreau.\n",
       "Nous tiendrons", "Luc Moreau", "ministre de l\u2019Agriculture"},
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
  }
}

// German capitalizes every noun, so a quoted sentence looked like a title.
TEST_CASE("multi32 a German sentence quoted before its cue is speech, not a title", "[multi32]") {
  auto r = AuditText(
      "Der Landtag hat am Freitag \u00FCber den Etat beraten. \u201EDas ist ein Geschenk auf Kosten der "
      "Rentner\u201C, erkl\u00E4rte der SPD-Politiker Jonas Keller.\n",
      "test.txt", "de");
  const Quote* q = QuoteStarting(r, "Das ist ein Geschenk");
  REQUIRE(q != nullptr);
  CHECK(q->kind == QuoteKind::kDirect);
  CHECK(q->speaker == "Jonas Keller");
}

// "сказал он журналистам", "sagte sie der Zeitung": the pronoun is the
// subject; the addressee after it closes the clause.
TEST_CASE("multi32 a subject pronoun before an addressee keeps the speaker", "[multi32]") {
  auto ru = AuditText(
      "\u0418\u0432\u0430\u043D \u041F\u0435\u0442\u0440\u043E\u0432 \u0432\u044B\u0441\u0442\u0443\u043F\u0438\u043B "
      "\u0432\u0447\u0435\u0440\u0430. \u00AB\u041C\u044B \u0433\u043E\u0442\u043E\u0432\u044B \u043A "
      "\u0440\u0430\u0431\u043E\u0442\u0435\u00BB, \u2014 \u0441\u043A\u0430\u0437\u0430\u043B \u043E\u043D "
      "\u0436\u0443\u0440\u043D\u0430\u043B\u0438\u0441\u0442\u0430\u043C.\n",
      "test.txt", "ru");
  CHECK(SpeakerOf(ru, "\u041C\u044B") == "\u0418\u0432\u0430\u043D \u041F\u0435\u0442\u0440\u043E\u0432");
  auto de = AuditText(
      "Die Ministerin Petra Lang \u00E4u\u00DFerte sich am Montag in Bonn. \u201EWir bleiben im "
      "Amt\u201C, sagte sie der Zeitung.\n",
      "test.txt", "de");
  CHECK(SpeakerOf(de, "Wir bleiben") == "Petra Lang");
}

// "ha detto all’Ansa": the addressee glued to its elided preposition is
// neither the speaker nor part of the speaker's name.
TEST_CASE("multi32 an elided addressee is no speaker and no part of a name", "[multi32]") {
  auto r = AuditText(
      "Il ministro Carlo Donati era a Torino ieri. \u00ABNon ci fermeremo\u00BB, ha detto all\u2019Ansa. "
      "\u00ABAndiamo avanti\u00BB, ha detto Donati all\u2019Ansa.\n",
      "test.txt", "it");
  CHECK(SpeakerOf(r, "Non ci fermeremo") == "Carlo Donati");
  CHECK(SpeakerOf(r, "Andiamo avanti") == "Carlo Donati");
}

// "Selon lui" resolves its pronoun as "Según él" does; "Il lui a dit" keeps
// its subject.
TEST_CASE("multi32 French 'selon lui' is a pronoun, 'il lui a dit' keeps its subject", "[multi32]") {
  auto r = AuditText(
      "Le ministre Jean Valois a pr\u00E9sent\u00E9 le budget hier. Selon lui, la croissance sera de 1 %. "
      "Il lui a dit que tout allait bien.\n",
      "test.txt", "fr");
  auto selon = SeenWithCue(r, "Selon");
  CHECK(selon.source == "lui");
  CHECK(selon.who == "Jean Valois");
  CHECK(selon.kind == SourceKind::kNamed);
  auto dit = SeenWithCue(r, "a dit");
  CHECK(dit.source == "Il");
}

// Occupations as unnamed people: "Un magistrado dijo que …".
TEST_CASE("multi32 common occupations are people, not things", "[multi32]") {
  struct Case {
    const char* lang;
    const char* text;
    const char* cue;
    const char* source;
  };
  const Case cases[] = {
      {"es", "El juicio sigui\u00F3 ayer en Sevilla. Un empresario dijo que la huelga era grave.\n", "dijo",
       "Un empresario"},
      {"fr", "Le proc\u00E8s a repris hier \u00E0 Lyon. Un policier a d\u00E9clar\u00E9 que la foule \u00E9tait calme.\n",
       "a d\u00E9clar\u00E9", "Un policier"},
      {"it", "Il processo \u00E8 ripreso ieri a Bari. Un magistrato ha detto che la sentenza arriver\u00E0 presto.\n",
       "ha detto", "Un magistrato"},
      {"pt", "O julgamento continuou ontem no Porto. Um empres\u00E1rio disse que a greve era grave.\n", "disse",
       "Um empres\u00E1rio"},
      {"en", "The trial resumed on Monday in Hull. A policeman said the crowd was calm.\n", "said", "A policeman"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto r = AuditText(c.text, "test.txt", c.lang);
    auto a = SeenWithCue(r, c.cue);
    CHECK(a.source == c.source);
    CHECK(a.kind == SourceKind::kAnonymous);
  }
}

// "一名美国官员周二表示": the day between the source and its cue is no part
// of the source; "ある閣僚は" ("a certain minister") names nobody.
TEST_CASE("multi32 CJK time words leave the source and an indefinite office names nobody", "[multi32]") {
  auto zh = AuditText(
      "\u4E24\u56FD\u5728\u5317\u4EAC\u4E3E\u884C\u4E86\u4F1A\u8C08\u3002\u4E00\u540D\u7F8E\u56FD"
      "\u5B98\u5458\u5468\u4E8C\u8868\u793A\uFF0C\u8C08\u5224\u53D6\u5F97\u4E86\u8FDB\u5C55\u3002\n",
      "test.txt", "zh");
  auto a = SeenWithCue(zh, "\u8868\u793A");
  CHECK(a.source == "\u4E00\u540D\u7F8E\u56FD\u5B98\u5458");  // 一名美国官员
  CHECK(a.kind == SourceKind::kDescribed);
  CHECK(a.level == 2);
  auto ja = AuditText(
      "\u653F\u5E9C\u306F\u65B0\u3057\u3044\u4E88\u7B97\u6848\u3092\u767A\u8868\u3057\u305F\u3002"
      "\u3042\u308B\u95A3\u50DA\u306F\u300C\u6539\u9769\u306F\u5FC5\u8981\u3060\u300D\u3068\u8FF0"
      "\u3079\u305F\u3002\n",
      "test.txt", "ja");
  auto b = SeenWithCue(ja, "\u3068\u8FF0\u3079\u305F");
  CHECK(b.kind == SourceKind::kDescribed);
  CHECK(b.level == 2);
}

}  // namespace
}  // namespace onrecord
