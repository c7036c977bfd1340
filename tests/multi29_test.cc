// Faults a fresh user found reading non-English articles (multi29): a
// Japanese or Chinese quote with no subject right after an attributed
// sentence had no speaker; a Japanese or Chinese gendered pronoun took a
// person of the other gender for its antecedent; a German role noun
// ("Berater") was part of the name and an unlisted paywall line was read as
// text; French "C'est ce qu'a affirmé X" hid its cue; a Chinese name after a
// long title kept the title; 知情人士 and 関係者 were flagged as bare
// sources. Every sentence here is invented.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "test_util.h"
#include "findings_util.h"

using onrecord::testing::CountFindings;

namespace onrecord {
namespace {

using testing::AuditText;
using testing::SourceNamed;
using testing::SpeakerOf;

// "そのうえで、「…」と強調した。" after a sentence attributed to a named
// speaker: the zero subject is that speaker, as "he added" is in English.
TEST_CASE("a CJK quote with a cue and no subject carries the speaker of the sentence before", "[multi29]") {
  auto ja = AuditText(
      "山田太郎首相は10日、記者会見で「増税は行わない」と述べた。そのうえで、「景気の回復を最優先にする」と強調した。\n",
      "test.txt", "ja");
  CHECK(SpeakerOf(ja, "景気の回復") == "山田太郎");
}

// Only then: with no attribution in the sentence before, the quote stays
// unattributed; a topic-marked subject the lists do not know is no zero
// subject.
TEST_CASE("a CJK quote with no subject after an unattributed sentence has no speaker", "[multi29]") {
  auto ja = AuditText(
      "山田太郎首相は「増税は行わない」と述べた。会見は一時間続いた。そのうえで、「景気の回復を最優先にする」と強調した。\n",
      "test.txt", "ja");
  CHECK(SpeakerOf(ja, "増税は") == "山田太郎");
  CHECK(SpeakerOf(ja, "景気の回復").empty());
  auto topic = AuditText(
      "山田太郎首相は「増税は行わない」と述べた。若い店主は「景気の回復を待つ」と強調した。\n", "test.txt", "ja");
  CHECK(SpeakerOf(topic, "景気の回復") != "山田太郎");
}

// 彼女は / 她 after a man was named: a CJK name says nothing of gender, so
// the person a pronoun of the same gender stood for before is preferred.
TEST_CASE("a CJK gendered pronoun skips a person of unknown gender for one it stood for", "[multi29]") {
  auto ja = AuditText(
      "佐藤花子氏は会合で「計画は順調だ」と述べた。彼女は「来月に結論を出す」と説明した。鈴木一郎氏は「説明が足りない」"
      "と指摘した。彼女は「資料は公開する」と話した。\n",
      "test.txt", "ja");
  CHECK(SpeakerOf(ja, "説明が足りない") == "鈴木一郎");
  CHECK(SpeakerOf(ja, "資料は公開する") == "佐藤花子");
  auto zh = AuditText(
      "市长张丽华表示：“计划进展顺利。”她说：“下个月将作出决定。”副市长刘建国表示：“资金仍然不足。”她说：“我们会公开所有"
      "资料。”\n",
      "test.txt", "zh");
  CHECK(SpeakerOf(zh, "资金仍然不足") == "刘建国");
  CHECK(SpeakerOf(zh, "我们会公开") == "张丽华");
  // With nothing known, the nearest person still.
  auto near = AuditText("佐藤花子氏は「計画は順調だ」と述べた。鈴木一郎氏は「説明が足りない」と指摘した。彼は「資料を見たい」と話した。\n",
                        "test.txt", "ja");
  CHECK(SpeakerOf(near, "資料を見たい") == "鈴木一郎");
}

// "Der Berater Manuel Ortega sagte": "Berater" is a role (list role-nouns),
// not part of the name, and "sagte der Berater Manuel Ortega" names him.
TEST_CASE("German Berater before a name is a role", "[multi29]") {
  auto r = AuditText(
      "„Wir brauchen mehr Zeit“, sagte der Berater Manuel Ortega am Montag. Der Berater Manuel Ortega sagte, das Projekt "
      "sei zu teuer.\n",
      "test.txt", "de");
  CHECK(SpeakerOf(r, "Wir brauchen") == "Manuel Ortega");
  const Source* s = SourceNamed(r, "Manuel Ortega");
  REQUIRE(s != nullptr);
  CHECK(s->role == "Berater");
  CHECK(SourceNamed(r, "Berater Manuel Ortega") == nullptr);
}

// "Weiterlesen mit Abo" under a German article is page furniture, as
// "Subscribe now to read" is in English.
TEST_CASE("a German read-on paywall line is masked", "[multi29]") {
  const std::string text =
      "Die Stadt hat den Haushalt beschlossen, sagte die Kämmerin Eva Roth.\nWeiterlesen mit Abo\nJetzt abonnieren\n";
  auto r = AuditText(text, "test.txt", "de");
  std::vector<std::string> masked;
  for (const auto& m : r.masked) masked.push_back(text.substr(m.location.begin, m.location.end - m.location.begin));
  CHECK(std::find(masked.begin(), masked.end(), "Weiterlesen mit Abo") != masked.end());
  CHECK(std::find(masked.begin(), masked.end(), "Jetzt abonnieren") != masked.end());
}

// "C'est ce qu'a affirmé X": "que" elided onto the auxiliary hid the cue.
TEST_CASE("French c'est ce qu'a affirmé X is an attribution to X", "[multi29]") {
  for (const std::string apostrophe : {"'", "\xE2\x80\x99"}) {
    auto r = AuditText("Le projet coûtera deux millions d" + apostrophe + "euros. C" + apostrophe + "est ce qu" +
                           apostrophe + "a affirmé le maire Jean Dupuis lundi.\n",
                       "test.txt", "fr");
    INFO(apostrophe);
    bool found = false;
    for (const auto& a : testing::SeenAttributions(r)) found = found || a.who == "Jean Dupuis";
    CHECK(found);
  }
}

// "中国国际贸易促进委员会副秘书长李红": 秘书长 is a title (list titles), so
// the name is 李红 and the rest her role.
TEST_CASE("a Chinese name after an organisation and 副秘书长 is the name alone", "[multi29]") {
  auto r = AuditText("中国国际贸易促进委员会副秘书长李红表示，出口形势总体稳定。李红说：“企业信心正在恢复。”\n", "test.txt", "zh");
  const Source* s = SourceNamed(r, "李红");
  REQUIRE(s != nullptr);
  CHECK(s->role == "中国国际贸易促进委员会副秘书长");
  CHECK(r.sources.size() == 1);
}

// 知情人士 ("people in the know") and 関係者 are vague, as "people familiar
// with the matter" is, but not bare; 该人士 still refers back.
TEST_CASE("知情人士 and 関係者 are no bare sources and still have anaphors", "[multi29]") {
  auto zh = AuditText("知情人士表示，谈判将于下周恢复。该人士说，双方仍有分歧。\n", "test.txt", "zh");
  CHECK(CountFindings(zh, "attribution.bare-source") == 0);
  CHECK(CountFindings(zh, "attribution.vague-anonymous") > 0);
  CHECK(zh.sources.size() == 1);
  auto ja = AuditText("関係者によると、交渉は来週再開される。関係者は「双方の溝は深い」と語った。\n", "test.txt", "ja");
  CHECK(CountFindings(ja, "attribution.bare-source") == 0);
  CHECK(ja.sources.size() == 1);
  // A bare 消息人士 ("sources") still is.
  auto bare = AuditText("消息人士表示，谈判将于下周恢复。\n", "test.txt", "zh");
  CHECK(CountFindings(bare, "attribution.bare-source") > 0);
}

// "мэр Твери Ольга Белова": a genitive place no list knows, between a
// lower-case role noun and a two-word name, is the role's complement, not
// part of the name; a patronymic in the middle keeps three words a name.
TEST_CASE("Russian genitive place after a role noun is not part of the name", "[multi29]") {
  auto r = AuditText(
      "«Мы успеем к осени», — сказала мэр Твери Ольга Белова.\n«Денег хватит», — заявил министр Сергей Иванович Петров.\n",
      "test.txt", "ru");
  CHECK(SpeakerOf(r, "Мы успеем") == "Ольга Белова");
  CHECK(SpeakerOf(r, "Денег хватит") == "Сергей Иванович Петров");
  auto opening = AuditText("Мэр Твери Ольга Белова посетила стройку. «Мы успеем к осени», — сказала Белова.\n", "test.txt", "ru");
  CHECK(SpeakerOf(opening, "Мы успеем") == "Ольга Белова");
  CHECK(SourceNamed(opening, "Твери Ольга Белова") == nullptr);
}

}  // namespace
}  // namespace onrecord
