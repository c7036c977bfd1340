// Non-English faults a fresh user found (issue #4, thirty-third round):
// Traditional Chinese forms missing from the zh word lists, Russian
// organisation names of a capitalized adjective and a lower-case noun,
// Russian sources tied to an outlet or a body in the genitive, and the
// « » outer / “ ” inner quote style of Spanish and Italian press. Every
// sentence here was written for these tests.
#include <catch2/catch.hpp>
#include <string>

#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;
using testing::SourceNamed;

bool HasRule(const AuditResult& r, const std::string& rule) {
  for (const auto& f : r.findings) {
    if (f.rule == rule) return true;
  }
  return false;
}

TEST_CASE("fixe39: the reporters after Traditional 對 are the addressee, not the speaker", "[fixe39][zh]") {
  auto r = AuditText("「新橋明年通車。」高雄市長林建華週三對記者表示。\n", "zh.txt", "zh");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "林建華");
  CHECK(r.quotes[0].speaker_kind == SourceKind::kNamed);
  CHECK(SourceNamed(r, "記者") == nullptr);
  // 向 too, and the Simplified forms stay as they were.
  auto to = AuditText("「新橋明年通車。」高雄市長林建華週三向記者表示。\n", "zh.txt", "zh");
  REQUIRE(to.quotes.size() == 1);
  CHECK(to.quotes[0].speaker == "林建華");
  auto simplified = AuditText("「新桥明年通车。」高雄市长林建华周三对记者表示。\n", "zh.txt", "zh");
  REQUIRE(simplified.quotes.size() == 1);
  CHECK(simplified.quotes[0].speaker == "林建华");
}

TEST_CASE("fixe39: Traditional Chinese reporting verbs and a Traditional unnamed head", "[fixe39][zh]") {
  // 證實 (Simplified 证实) is a neutral cue; 消息來源 a bare source.
  auto r = AuditText("交通局長王美玲週一證實，新線將延後開放。\n", "zh.txt", "zh");
  REQUIRE(r.attributions.size() == 1);
  CHECK(r.FindSource(r.attributions[0].source_id) != nullptr);
  CHECK(r.FindSource(r.attributions[0].source_id)->name == "王美玲");
  auto bare = AuditText("據消息來源透露，該工廠下月關閉。\n", "zh.txt", "zh");
  CHECK(HasRule(bare, "attribution.bare-source"));
}

TEST_CASE("fixe39: a Russian body named by a capitalized adjective and a lower-case noun", "[fixe39][ru]") {
  auto r = AuditText("Как сообщает Счётная палата, расходы выросли на треть.\n", "ru.txt", "ru");
  REQUIRE(r.attributions.size() == 1);
  const Source* s = r.FindSource(r.attributions[0].source_id);
  REQUIRE(s != nullptr);
  CHECK(s->name == "Счётная палата");
  CHECK(s->kind == SourceKind::kOrganization);
  auto subject = AuditText("Генеральная прокуратура заявила, что проверка продолжается.\n", "ru.txt", "ru");
  REQUIRE(subject.attributions.size() == 1);
  REQUIRE(subject.FindSource(subject.attributions[0].source_id) != nullptr);
  CHECK(subject.FindSource(subject.attributions[0].source_id)->name == "Генеральная прокуратура");
  // A person's name stays a person's.
  auto person = AuditText("Мэр Ольга Белова заявила, что мост откроют летом.\n", "ru.txt", "ru");
  REQUIRE(person.attributions.size() == 1);
  REQUIRE(person.FindSource(person.attributions[0].source_id) != nullptr);
  CHECK(person.FindSource(person.attributions[0].source_id)->kind == SourceKind::kNamed);
}

TEST_CASE("fixe39: a Russian unnamed source with an outlet or a bank in the genitive", "[fixe39][ru]") {
  for (const char* text :
       {"Источник агентства сообщил, что сделка сорвалась.\n", "Источник газеты сообщил, что сделка сорвалась.\n",
        "Источник банка сообщил, что сделка сорвалась.\n", "Источник телеканала сообщил, что сделка сорвалась.\n"}) {
    INFO(text);
    auto r = AuditText(text, "ru.txt", "ru");
    REQUIRE(r.attributions.size() == 1);
    REQUIRE(r.anonymous_sources.size() == 1);
    CHECK(r.anonymous_sources[0].phrase.rfind("Источник ", 0) == 0);
  }
}

TEST_CASE("fixe39: Spanish and Italian « » quotes with a “ ” quote inside a sentence are one style",
          "[fixe39][es][it]") {
  auto es = AuditText(
      "«No habrá recortes», dijo la ministra de Sanidad, Marta Gil, el lunes.\n\n"
      "Un asesor del ministerio aseguró que \"el plan ya está cerrado\".\n",
      "es.txt", "es");
  CHECK_FALSE(HasRule(es, "document.mixed-quote-styles"));
  auto it = AuditText(
      "«Non ci saranno tagli», ha detto la ministra Marta Villa lunedì.\n\n"
      "Un consigliere del ministero ha affermato che “il piano è già chiuso”.\n",
      "it.txt", "it");
  CHECK_FALSE(HasRule(it, "document.mixed-quote-styles"));
  // A whole quote in “ ” after « » quotes is still a second style, and
  // English keeps the finding for a partial too.
  auto whole = AuditText(
      "«No habrá recortes», dijo la ministra Marta Gil.\n\n“Firmaremos el viernes”, dijo el ministro Luis Vega.\n",
      "es.txt", "es");
  CHECK(HasRule(whole, "document.mixed-quote-styles"));
  auto en = AuditText(
      "«We will not cut», Health Minister Marta Gil said on Monday.\n\n"
      "An adviser said that \"the plan is closed\".\n",
      "en.txt", "en");
  CHECK(HasRule(en, "document.mixed-quote-styles"));
}

TEST_CASE("fixe39: a German capitalized head after an inverted cue ends the speaker search", "[fixe39][de]") {
  // Asked again without capitalized premodifiers, a language that
  // capitalizes every noun read the head as one again: endless recursion
  // and a crash.
  for (const char* text : {"„Das war schwach“, sagte die Jährige.\n",
                           "Anna Weber kam. „Wir haben zu viele Chancen vergeben“, sagte die Trainerin.\n"}) {
    INFO(text);
    auto r = AuditText(std::string("Bericht\n\n") + text, "de.txt", "de");
    CHECK(r.quotes.size() == 1);
  }
}

TEST_CASE("fixe39: a Chinese 因…而 reason inside the phrase of an anonymous source", "[fixe39][zh]") {
  auto r = AuditText("报道\n\n一名因未获授权而要求匿名的官员说，谈判已经破裂。\n", "zh.txt", "zh");
  REQUIRE(r.anonymous_sources.size() == 1);
  CHECK(r.anonymous_sources[0].phrase == "一名因未获授权而要求匿名的官员");
  CHECK(r.anonymous_sources[0].reason_given);
  auto by = AuditText("报道\n\n由于未经授权而不愿具名的人士透露，工厂将关闭。\n", "zh.txt", "zh");
  REQUIRE(by.anonymous_sources.size() == 1);
  CHECK(by.anonymous_sources[0].phrase == "由于未经授权而不愿具名的人士");
  CHECK(by.anonymous_sources[0].reason_given);
  // A request with no cause stays a request.
  auto request = AuditText("报道\n\n一名要求匿名的官员说，谈判已经破裂。\n", "zh.txt", "zh");
  REQUIRE(request.anonymous_sources.size() == 1);
  CHECK_FALSE(request.anonymous_sources[0].reason_given);
}

}  // namespace
}  // namespace onrecord
