// Russian sources left after lang41 (branch fixp41, issue #4): the press
// service of an office whose holder follows in the genitive ("пресс-служба
// губернатора", "пресс-службе мэра") was a vague anonymous source (T1) where
// it is the office's organisation, as "the governor's press office" is; an
// acronym organisation with its country in the genitive before a name
// ("представитель МИД России Мария Захарова") gave the name "России Мария
// Захарова", and without a name made the phrase a named person (T4) where
// it is a described one (T2); a Romance press office before its verb ("La
// oficina de prensa del ayuntamiento dijo", "Le service de presse du maire
// a indiqué") gave the body after the preposition as the source. Every
// sentence here was written for these tests.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;

AuditResult Audit(const std::string& text, const char* lang) {
  return AuditText(std::string("Заголовок\n\n") + text + "\n", "t.txt", lang);
}

TEST_CASE("fixp41: the press service of an office holder in the genitive is an organisation", "[fixp41]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"По данным пресс-службы губернатора, на складе никто не пострадал.", "пресс-службы губернатора"},
      {"Пресс-служба губернатора сообщила, что на складе никто не пострадал.", "Пресс-служба губернатора"},
      {"Как сообщили в пресс-службе губернатора, на складе никто не пострадал.", "пресс-службе губернатора"},
      {"На складе никто не пострадал, сообщила пресс-служба мэра.", "пресс-служба мэра"},
      {"Пресс-служба губернатора области сообщила, что на складе никто не пострадал.",
       "Пресс-служба губернатора области"},
      {"По данным пресс-службы министра, на складе никто не пострадал.", "пресс-службы министра"},
      {"Пресс-служба главы района сообщила, что на складе никто не пострадал.", "Пресс-служба главы района"},
      {"По данным пресс-службы судьи, заседание перенесено.", "пресс-службы судьи"},
  };
  for (const auto& [text, span] : cases) {
    INFO(text);
    const AuditResult r = Audit(text, "ru");
    REQUIRE(r.sources.size() == 1);
    CHECK(r.sources[0].kind == SourceKind::kOrganization);
    CHECK(r.sources[0].level == 4);
    CHECK(r.anonymous_sources.empty());
    REQUIRE(r.attributions.size() == 1);
    REQUIRE(r.attributions[0].source.has_value());
    CHECK(r.attributions[0].source->text.find(span) != std::string::npos);
  }
  // Guards: the office holder alone is a person; an organisation's own
  // genitive ("пресс-служба министерства") stays an organisation.
  const AuditResult holder = Audit("Губернатор сообщил, что на складе никто не пострадал.", "ru");
  REQUIRE(holder.sources.size() == 1);
  CHECK(holder.sources[0].kind != SourceKind::kOrganization);
  const AuditResult ministry = Audit("Пресс-служба министерства сообщила, что на складе никто не пострадал.", "ru");
  REQUIRE(ministry.sources.size() == 1);
  CHECK(ministry.sources[0].kind == SourceKind::kOrganization);
}

TEST_CASE("fixp41: an acronym organisation with its country in the genitive before a name or none", "[fixp41]") {
  for (const std::string text : {
           "Официальный представитель МИД России Мария Захарова заявила, что визит отложен.",
           "Об этом заявила официальный представитель МИД России Мария Захарова.",
           "Визит отложен, заявила официальный представитель МИД России Мария Захарова.",
       }) {
    INFO(text);
    const AuditResult r = Audit(text, "ru");
    REQUIRE(r.sources.size() == 1);
    CHECK(r.sources[0].name == "Мария Захарова");
    CHECK(r.sources[0].kind == SourceKind::kNamed);
    CHECK(r.sources[0].role.find("МИД России") != std::string::npos);
  }
  // A representative with no name is a described person (T2), never the
  // ministry, and never a name.
  for (const auto& [text, span] : std::vector<std::pair<std::string, std::string>>{
           {"Представитель МИД России заявил, что визит отложен.", "Представитель МИД России"},
           {"Визит отложен, заявил представитель МИД России.", "представитель МИД России"},
       }) {
    INFO(text);
    const AuditResult r = Audit(text, "ru");
    REQUIRE(r.sources.size() == 1);
    CHECK(r.sources[0].kind == SourceKind::kDescribed);
    CHECK(r.sources[0].level == 2);
    REQUIRE(r.attributions.size() == 1);
    REQUIRE(r.attributions[0].source.has_value());
    CHECK(r.attributions[0].source->text == span);
  }
  // Guard: a name of two words after the organisation is still the name.
  const AuditResult named = Audit("Депутат Госдумы Иван Петров заявил, что визит отложен.", "ru");
  REQUIRE(named.sources.size() == 1);
  CHECK(named.sources[0].name == "Иван Петров");
}

TEST_CASE("fixp41: a Romance press office before the body it serves is an organisation", "[fixp41]") {
  struct Case {
    const char* lang;
    const char* text;
    const char* span;
  };
  const std::vector<Case> cases = {
      {"es", "La oficina de prensa del ayuntamiento dijo que el puente abrirá en mayo.",
       "La oficina de prensa del ayuntamiento"},
      {"es", "La oficina de prensa del alcalde dijo que el puente abrirá en mayo.", "La oficina de prensa del alcalde"},
      {"it", "L'ufficio stampa della questura ha detto che il ponte aprirà a maggio.",
       "L'ufficio stampa della questura"},
      {"it", "L'ufficio stampa del sindaco ha detto che il ponte aprirà a maggio.", "L'ufficio stampa del sindaco"},
      {"es", "La oficina de prensa de la alcaldía dijo que el puente abrirá en mayo.",
       "La oficina de prensa de la alcaldía"},
      {"es", "El gabinete de prensa del ayuntamiento dijo que el puente abrirá en mayo.",
       "El gabinete de prensa del ayuntamiento"},
      {"fr", "Le service de presse du maire a indiqué que le pont ouvrira en mai.", "Le service de presse du maire"},
      {"fr", "Le service de presse de la préfecture a indiqué que le pont ouvrira en mai.",
       "Le service de presse de la préfecture"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const AuditResult r = AuditText(std::string("Titolo\n\n") + c.text + "\n", "t.txt", c.lang);
    REQUIRE(r.sources.size() == 1);
    CHECK(r.sources[0].kind == SourceKind::kOrganization);
    CHECK(r.anonymous_sources.empty());
    REQUIRE(r.attributions.size() == 1);
    REQUIRE(r.attributions[0].source.has_value());
    CHECK(r.attributions[0].source->text == c.span);
  }
  // Guards: a person's noun before the body is still the described person.
  for (const auto& [lang, text] : std::vector<std::pair<const char*, const char*>>{
           {"es", "Un portavoz del ayuntamiento dijo que el puente abrirá en mayo."},
           {"es", "Funcionarios del ministerio dijeron que el puente abrirá en mayo."},
           {"es", "Un portavoz de la alcaldía dijo que el puente abrirá en mayo."},
           {"fr", "Le porte-parole de la préfecture a indiqué que le pont ouvrira en mai."},
       }) {
    INFO(text);
    const AuditResult r = AuditText(std::string("Titolo\n\n") + text + "\n", "t.txt", lang);
    REQUIRE(r.sources.size() == 1);
    CHECK(r.sources[0].kind == SourceKind::kDescribed);
  }
}

}  // namespace
}  // namespace onrecord
