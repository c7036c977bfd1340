// Non-English sources (multi53): a surname whose particle is also an
// article opening the sentence ("Le Pen a dit" after "Marine Le Pen" named
// "Pen"; "Da Silva disse", "De Villepin a dit" were vague unnamed sources);
// a person after a role of an organisation whose given name no list held
// ("El portavoz de la empresa Marcos Blanco") was the organisation; German
// nouns of what was stated ("Laut Angaben des Gerichts", "Den Angaben der
// Polizei zufolge", "Ersten Angaben zufolge") were named sources; a Russian
// organisation's name in the genitive ("По данным Счётной палаты") kept only
// its adjective; Chinese 质疑 was no cue, and the verb of a stock reason for
// anonymity ("因未獲授權對外說明而要求匿名") made an attribution whose
// source was a word of that reason.
#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;

// The attribution whose cue is written `cue`, or null.
const Attribution* ByCue(const AuditResult& r, const std::string& cue) {
  for (const auto& a : r.attributions) {
    if (a.cue && a.cue->text == cue) return &a;
  }
  return nullptr;
}

const Source* SourceOf(const AuditResult& r, const Attribution& a) {
  for (const auto& s : r.sources) {
    if (s.id == a.source_id) return &s;
  }
  return nullptr;
}

TEST_CASE("multi53: an article particle of a registered surname opening the sentence", "[multi53]") {
  {
    const AuditResult r = AuditText(
        "Mathilde Le Garrec a critiqué le budget des écoles. Le Garrec a dit que le texte était injuste.\n",
        "t.txt", "fr");
    const Attribution* a = ByCue(r, "a dit");
    REQUIRE(a != nullptr);
    REQUIRE(a->source.has_value());
    CHECK(a->source->text == "Le Garrec");
    const Source* s = SourceOf(r, *a);
    REQUIRE(s != nullptr);
    CHECK(s->kind == SourceKind::kNamed);
    CHECK(s->name == "Mathilde Le Garrec");
  }
  // A title noun as the surname ("Le Maire") is the person too, not an
  // unnamed mayor, once the full name was given.
  {
    const AuditResult r = AuditText(
        "Paul Le Maire a présenté le budget des ports. Le Maire a déclaré que la dette baisserait.\n", "t.txt",
        "fr");
    const Attribution* a = ByCue(r, "a déclaré");
    REQUIRE(a != nullptr);
    REQUIRE(a->source.has_value());
    CHECK(a->source->text == "Le Maire");
    const Source* s = SourceOf(r, *a);
    REQUIRE(s != nullptr);
    CHECK(s->kind == SourceKind::kNamed);
    CHECK(s->name == "Paul Le Maire");
  }
}

TEST_CASE("multi53: a particle that is also a determiner opens a surname", "[multi53]") {
  struct Case {
    const char* lang;
    const char* text;
    const char* name;
  };
  for (const Case& c : {Case{"pt", "Da Cunha disse que o time do porto estava cansado.\n", "Da Cunha"},
                        Case{"fr", "Du Roselier a dit que le texte du port était injuste.\n", "Du Roselier"},
                        Case{"fr", "De Varenne a dit que le texte du port était injuste.\n", "De Varenne"}}) {
    INFO(c.text);
    const AuditResult r = AuditText(c.text, "t.txt", c.lang);
    REQUIRE(r.attributions.size() == 1);
    REQUIRE(r.attributions[0].source.has_value());
    CHECK(r.attributions[0].source->text == c.name);
    CHECK(r.attributions[0].level == 4);
    const Source* s = SourceOf(r, r.attributions[0]);
    REQUIRE(s != nullptr);
    CHECK(s->kind == SourceKind::kNamed);
    CHECK(r.anonymous_sources.empty());
  }
}

TEST_CASE("multi53: guards: articles and determiners that open no surname", "[multi53]") {
  // No full name given: "Le Maire" is the mayor, as before.
  {
    const AuditResult r = AuditText("Le Maire a déclaré que la dette du port baisserait.\n", "t.txt", "fr");
    REQUIRE(r.attributions.size() == 1);
    const Source* s = SourceOf(r, r.attributions[0]);
    REQUIRE(s != nullptr);
    CHECK(s->kind != SourceKind::kNamed);
  }
  // An outlet after a capitalized article, as before.
  {
    const AuditResult r = AuditText("Le Canard a rapporté que le budget des écoles baissait.\n", "t.txt", "fr");
    REQUIRE(r.attributions.size() == 1);
    REQUIRE(r.attributions[0].source.has_value());
    CHECK(r.attributions[0].source->text == "Canard");
  }
  // Lower case, the article of a common noun.
  {
    const AuditResult r = AuditText("Le ministre a dit que le texte du port était injuste.\n", "t.txt", "fr");
    REQUIRE(r.attributions.size() == 1);
    const Source* s = SourceOf(r, r.attributions[0]);
    REQUIRE(s != nullptr);
    CHECK(s->kind != SourceKind::kNamed);
  }
  // A determiner that is no particle before a person's noun stays unnamed.
  {
    const AuditResult r = AuditText("Um Vizinho disse que o time do porto estava cansado.\n", "t.txt", "pt");
    REQUIRE(r.attributions.size() == 1);
    const Source* s = SourceOf(r, r.attributions[0]);
    REQUIRE(s != nullptr);
    CHECK(s->kind != SourceKind::kNamed);
  }
}

TEST_CASE("multi53: a person named after a role of an organisation", "[multi53]") {
  struct Case {
    const char* lang;
    const char* text;
    const char* name;
  };
  for (const Case& c :
       {Case{"es", "El portavoz de la empresa Marcos Ferrán dijo que la planta cerrará en marzo.\n", "Marcos Ferrán"},
        Case{"pt", "O porta-voz da empresa Marcos Tavares disse que a fábrica vai fechar em março.\n",
             "Marcos Tavares"},
        Case{"es", "La directora de la empresa Raquel Soler dijo que la planta cerrará en marzo.\n", "Raquel Soler"}}) {
    INFO(c.text);
    const AuditResult r = AuditText(c.text, "t.txt", c.lang);
    REQUIRE(r.attributions.size() == 1);
    CHECK(r.attributions[0].level == 5);
    const Source* s = SourceOf(r, r.attributions[0]);
    REQUIRE(s != nullptr);
    CHECK(s->kind == SourceKind::kNamed);
    CHECK(s->name == c.name);
  }
}

TEST_CASE("multi53: German nouns of what was stated are no source", "[multi53]") {
  struct Case {
    const char* text;
    const char* source;
  };
  for (const Case& c : {Case{"Laut Angaben des Gerichts wurde der Hafenmeister verurteilt.\n", "Gerichts"},
                        Case{"Laut Aussage des Zeugen wurden drei Fischer verletzt.\n", "Zeugen"},
                        Case{"Laut Angaben von Anna Weber wurde der Hafenmeister verurteilt.\n", "Anna Weber"}}) {
    INFO(c.text);
    const AuditResult r = AuditText(c.text, "t.txt", "de");
    REQUIRE(r.attributions.size() == 1);
    REQUIRE(r.attributions[0].source.has_value());
    CHECK(r.attributions[0].source->text == c.source);
  }
  // Before "zufolge" the phrase keeps its span; the owner is the source.
  {
    const AuditResult r =
        AuditText("Den Angaben der Polizei zufolge wurden drei Fischer verletzt.\n", "t.txt", "de");
    REQUIRE(r.attributions.size() == 1);
    const Source* s = SourceOf(r, r.attributions[0]);
    REQUIRE(s != nullptr);
    CHECK(s->name == "Polizei");
    REQUIRE(r.attributions[0].content.size() == 1);
    CHECK(r.attributions[0].content[0].text == "wurden drei Fischer verletzt");
  }
  // With no owner the claim names no source: no attribution.
  for (const char* text : {"Ersten Angaben zufolge wurden drei Fischer verletzt.\n",
                           "Nach Angaben wurden drei Fischer verletzt.\n",
                           "Laut Angaben wurden drei Fischer verletzt.\n"}) {
    INFO(text);
    const AuditResult r = AuditText(text, "t.txt", "de");
    CHECK(r.attributions.empty());
  }
}

TEST_CASE("multi53: guards: German sources after laut, nach and before zufolge", "[multi53]") {
  struct Case {
    const char* text;
    const char* source;
  };
  for (const Case& c : {Case{"Laut Polizei wurden drei Fischer verletzt.\n", "Polizei"},
                        Case{"Nach Angaben der Polizei wurden drei Fischer verletzt.\n", "Polizei"},
                        Case{"Laut der Zentralbank steigen die Preise im nächsten Jahr.\n", "der Zentralbank"},
                        Case{"Ihm zufolge kommt die Fähre im Mai.\n", "Ihm"}}) {
    INFO(c.text);
    const AuditResult r = AuditText(c.text, "t.txt", "de");
    REQUIRE(r.attributions.size() == 1);
    REQUIRE(r.attributions[0].source.has_value());
    CHECK(r.attributions[0].source->text == c.source);
  }
}

TEST_CASE("multi53: a Russian organisation's name in the genitive", "[multi53]") {
  const AuditResult r = AuditText("По данным Счётной палаты, дефицит бюджета вырос на треть.\n", "t.txt", "ru");
  REQUIRE(r.attributions.size() == 1);
  REQUIRE(r.attributions[0].source.has_value());
  CHECK(r.attributions[0].source->text == "Счётной палаты");
  const Source* s = SourceOf(r, r.attributions[0]);
  REQUIRE(s != nullptr);
  CHECK(s->kind == SourceKind::kOrganization);
  REQUIRE(r.attributions[0].content.size() == 1);
  CHECK(r.attributions[0].content[0].text == "дефицит бюджета вырос на треть");
  // Guards: a one-word name and the nominative read as before.
  {
    const AuditResult g = AuditText("По данным Росстата, инфляция замедлилась.\n", "t.txt", "ru");
    REQUIRE(g.attributions.size() == 1);
    REQUIRE(g.attributions[0].source.has_value());
    CHECK(g.attributions[0].source->text == "Росстата");
  }
  {
    const AuditResult g = AuditText("Счётная палата сообщила, что дефицит бюджета вырос.\n", "t.txt", "ru");
    REQUIRE(g.attributions.size() == 1);
    REQUIRE(g.attributions[0].source.has_value());
    CHECK(g.attributions[0].source->text == "Счётная палата");
  }
}

TEST_CASE("multi53: Chinese: 质疑 is a cue, a stock reason's verb is none", "[multi53]") {
  {
    const AuditResult r = AuditText("市議員林美華質疑市府的計畫「不切實際」。\n", "t.txt", "zh");
    const Attribution* a = ByCue(r, "質疑");
    REQUIRE(a != nullptr);
    REQUIRE(a->source.has_value());
    CHECK(a->source->text == "市議員林美華");
  }
  {
    const AuditResult r =
        AuditText("一名港务局官员透露，码头将延后开放。这名官员因未获授权对外说明而要求匿名。\n", "t.txt", "zh");
    REQUIRE(r.attributions.size() == 1);
    REQUIRE(r.attributions[0].cue.has_value());
    CHECK(r.attributions[0].cue->text == "透露");
  }
  // Guard: a request for anonymity before the sentence's only cue leaves
  // the cue its attribution.
  {
    const AuditResult r = AuditText("港湾局の関係者は匿名を条件に「工事は遅れている」と語った。\n", "t.txt", "ja");
    REQUIRE(r.attributions.size() == 1);
    REQUIRE(r.attributions[0].source.has_value());
    CHECK(r.attributions[0].source->text == "港湾局の関係者");
  }
}

}  // namespace
}  // namespace onrecord
