// Non-English sources a fresh user found wrong (thirty-fourth round, branch
// fixc40, issue #4): the Chinese addressee after 对 with an outlet before
// 记者, straight quote marks closed before Chinese text, sources cited with
// 援引, and the German verb-final "unter Berufung auf" with a newspaper
// title in quote marks.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"
#include "findings_util.h"

using onrecord::testing::CountFindings;

using onrecord::testing::AuditText;
using onrecord::testing::SeenAttributions;
using onrecord::testing::SourceNamed;
using onrecord::testing::SpeakerOf;

namespace {
const onrecord::AnonymousSource* AnonymousNamed(const onrecord::AuditResult& r, const std::string& phrase) {
  for (const auto& a : r.anonymous_sources) {
    if (a.phrase == phrase) return &a;
  }
  return nullptr;
}

bool HasAttributionWithCue(const onrecord::AuditResult& r, const std::string& source, const std::string& cue) {
  for (const auto& a : SeenAttributions(r)) {
    if (a.source == source && a.cue == cue) return true;
  }
  return false;
}
}  // namespace

TEST_CASE("fixc40: zh the reporter addressed after 对 with an outlet before 记者 is no source", "[fixc40]") {
  for (const char* text : {
           "一位接近谈判的人士对本报记者说：“港口扩建还要再等一年。”他要求匿名，因为他无权公开发言。",
           "一位接近谈判的人士向新华社记者表示：“港口扩建还要再等一年。”他要求匿名，因为他无权公开发言。",
           "一位接近谈判的人士在接受本报记者采访时说：“港口扩建还要再等一年。”他要求匿名，因为他无权公开发言。",
       }) {
    auto r = AuditText(text, "t.txt", "zh");
    INFO(text);
    CHECK(SpeakerOf(r, "港口扩建") == "一位接近谈判的人士");
    CHECK(SourceNamed(r, "本报") == nullptr);
    CHECK(SourceNamed(r, "新华社") == nullptr);
    const auto* a = AnonymousNamed(r, "一位接近谈判的人士");
    REQUIRE(a != nullptr);
    CHECK(a->specificity == onrecord::Specificity::kVague);
    CHECK(a->reason_given);
  }
}

TEST_CASE("fixc40: guard: zh a bare 对记者 and a reporter who speaks keep their readings", "[fixc40]") {
  auto bare = AuditText("市政府发言人王丽华对记者说：“渡轮明年恢复运营。”", "t.txt", "zh");
  CHECK(SpeakerOf(bare, "渡轮明年") == "王丽华");
  // 的 in the gap: the reporter is the subject ("对华报道的记者" covers China).
  auto own = AuditText("负责对华报道的记者王丽华说：“渡轮明年恢复运营。”", "t.txt", "zh");
  CHECK(SpeakerOf(own, "渡轮明年") == "王丽华");
}

TEST_CASE("fixc40: zh a straight quote mark after a full stop and before Chinese text closes", "[fixc40]") {
  auto r = AuditText("一位接近谈判的人士对记者说:\"港口扩建还要再等一年。\"他要求匿名,因为他无权公开发言。", "t.txt",
                     "zh");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].text == "港口扩建还要再等一年。");
  CHECK(r.quotes[0].speaker == "一位接近谈判的人士");
  CHECK(CountFindings(r, "document.unbalanced-quote-marks") == 0);
  const auto* a = AnonymousNamed(r, "一位接近谈判的人士");
  REQUIRE(a != nullptr);
  CHECK(a->reason_given);
}

TEST_CASE("fixc40: zh the sources an outlet cites with 援引 are anonymous sources of their own", "[fixc40]") {
  auto r = AuditText("据路透社援引三名知情人士的话报道，港口扩建计划已被推迟。", "t.txt", "zh");
  const auto* a = AnonymousNamed(r, "三名知情人士");
  REQUIRE(a != nullptr);
  CHECK(a->specificity == onrecord::Specificity::kVague);
  CHECK(SourceNamed(r, "路透社") != nullptr);  // the outlet relays, and stays
  CHECK(HasAttributionWithCue(r, "三名知情人士", "援引"));
  // A named source cited is left to the attributions: no anonymous source.
  auto named = AuditText("据路透社援引市长王丽华的话报道，港口扩建计划已被推迟。", "t.txt", "zh");
  CHECK(named.anonymous_sources.empty());
}

TEST_CASE("fixc40: de the outlet before unter Berufung auf is the source of a verb-final cue", "[fixc40]") {
  for (const char* outlet : {"„Hafenkurier“", "Hafenzeitung"}) {
    const std::string text = std::string("Wie die ") + outlet +
                             " unter Berufung auf Sicherheitskreise berichtet, wurde der Verdächtige bereits im März "
                             "beobachtet.\n";
    auto r = AuditText(text, "t.txt", "de");
    INFO(text);
    bool direct = false, outlet_source = false;
    for (const auto& a : r.attributions) {
      direct = direct || a.kind == onrecord::AttributionKind::kDirect;
      if (a.cue && a.cue->text == "berichtet" && a.source) {
        outlet_source = a.source->text.find(std::string(outlet).find("Hafen") == 0 ? "Hafenzeitung" : "Hafenkurier") !=
                        std::string::npos;
      }
    }
    CHECK_FALSE(direct);  // a title in quote marks is no quoted speech
    CHECK(outlet_source);
    CHECK(AnonymousNamed(r, "Sicherheitskreise") != nullptr);
    for (const auto& q : r.quotes) CHECK(q.kind == onrecord::QuoteKind::kTitle);
  }
}

TEST_CASE("fixc40: guard: de a refusal to comment is outreach already", "[fixc40]") {
  auto r = AuditText("Der Reeder Hans Vogt sagte, man werde prüfen. Die Ministerin lehnte eine Stellungnahme ab.\n",
                     "t.txt", "de");
  CHECK(r.score.outreach);
}

TEST_CASE("fixc40: verbs of assurance, emphasis and confiding are no loaded cue in any language", "[fixc40]") {
  struct Case {
    const char* lang;
    const char* text;
  };
  const Case cases[] = {
      {"fr", "« Le bac sera prêt en mai », assure Marc Dufresnoy, le maire de Port-Vallon."},
      {"fr", "« Nous avons eu peur », confie Léa Morin, une habitante du quai."},
      {"es", "Los técnicos del puerto aseguraron que el muelle estará listo en mayo."},
      {"es", "«El muelle estará listo en mayo», subrayó la alcaldesa Ana Ruiz."},
      {"it", "«Il molo sarà pronto a maggio», ha assicurato il sindaco Marco Neri."},
      {"de", "Der Bürgermeister Hans Vogt betonte, der Anleger sei im Mai fertig."},
      {"ru", "Мэр Иван Петров подчеркнул, что причал будет готов в мае."},
      {"ja", "港湾局の田中一郎局長は「桟橋は五月に完成する」と強調した。"},
  };
  for (const auto& c : cases) {
    auto r = AuditText(c.text, "t.txt", c.lang);
    INFO(c.text);
    CHECK_FALSE(r.attributions.empty());
    CHECK(CountFindings(r, "attribution.loaded-cue") == 0);
    for (const auto& a : r.attributions) CHECK(a.cue_tone == onrecord::CueTone::kNeutral);
  }
}

TEST_CASE("fixc40: guard: doubt and concession verbs stay loaded", "[fixc40]") {
  struct Case {
    const char* lang;
    const char* text;
  };
  const Case cases[] = {
      {"fr", "« Le bac sera prêt en mai », a prétendu Marc Dufresnoy, le maire de Port-Vallon."},
      {"es", "La alcaldesa Ana Ruiz admitió que el muelle no estará listo en mayo."},
      {"de", "Der Bürgermeister Hans Vogt behauptete, der Anleger sei im Mai fertig."},
      {"ja", "港湾局の田中一郎局長は「桟橋は五月に完成する」と主張した。"},
  };
  for (const auto& c : cases) {
    auto r = AuditText(c.text, "t.txt", c.lang);
    INFO(c.text);
    CHECK(CountFindings(r, "attribution.loaded-cue") == 1);
  }
}

TEST_CASE("fixc40: it secondo quanto + verb + outlet + da fonti: the outlet relays, the sources are anonymous", "[fixc40]") {
  auto r = AuditText("Secondo quanto apprende l'Agenzia Nova da fonti di Palazzo Chigi, il vertice si terrà giovedì.\n",
                     "t.txt", "it");
  const auto* a = AnonymousNamed(r, "fonti di Palazzo Chigi");
  REQUIRE(a != nullptr);
  CHECK(r.anonymous_sources.size() == 1);
  bool outlet = false, cited = false;
  for (const auto& s : SeenAttributions(r)) {
    if (s.source.find("Agenzia Nova") != std::string::npos && s.source.find("fonti") == std::string::npos) {
      outlet = true;
      CHECK(s.content == std::vector<std::string>{"il vertice si terrà giovedì"});
    }
    if (s.source == "fonti di Palazzo Chigi" && s.cue == "apprende") {
      cited = true;
      CHECK(s.content == std::vector<std::string>{"il vertice si terrà giovedì"});
    }
  }
  CHECK(outlet);
  CHECK(cited);
  // With no source of its own after the outlet, the outlet is the source.
  auto plain = AuditText("Secondo quanto riferisce l'Agenzia Nova, il vertice si terrà giovedì.\n", "t.txt", "it");
  CHECK(plain.anonymous_sources.empty());
}
