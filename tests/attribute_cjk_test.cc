// Attribution in Chinese and Japanese: subjects marked by particles, names
// after relative clauses and before titles, titles standing for their
// holder, and unnamed sources that ask for anonymity. Every text is invented.
#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::QuoteKind;
using onrecord::Specificity;
using onrecord::testing::AuditText;

namespace {

// The speaker of the quote whose text starts with `prefix`.
std::string CjkSpeakerOf(const onrecord::AuditResult& r, const std::string& prefix) {
  for (const auto& q : r.quotes) {
    if (q.text.rfind(prefix, 0) == 0) return q.speaker;
  }
  return "<no such quote>";
}

const onrecord::AnonymousSource* CjkAnonymous(const onrecord::AuditResult& r, const std::string& phrase) {
  for (const auto& a : r.anonymous_sources) {
    if (a.phrase == phrase) return &a;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("Japanese: the subject marked by a particle with a phrase between it and the quote",
          "[attribute][cjk]") {
  struct Case {
    const char* text;
    const char* speaker;
  };
  const Case cases[] = {
      {"森田浩二社長は記者会見で「計画を見直す」と述べた。", "森田浩二"},
      {"政府高官は記者団に対し、「年内にまとめたい」と語った。", "政府高官"},
      {"県土木課の幹部は匿名を条件に「予算は足りない」と明かした。", "県土木課の幹部"},
      // No list knows either subject: the sentence's first one.
      {"森田は会見で、工事が「遅れる」と述べた。", "森田"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto r = AuditText(c.text, "t.txt", "ja");
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].speaker == c.speaker);
  }
  auto r = AuditText("政府高官は記者団に対し、「年内にまとめたい」と語った。", "t.txt", "ja");
  REQUIRE(CjkAnonymous(r, "政府高官") != nullptr);
  CHECK(CjkAnonymous(r, "政府高官")->specificity == Specificity::kDescribed);
}

TEST_CASE("Japanese: a document with its title is the subject before an unknown one", "[attribute][cjk]") {
  auto r = AuditText("県がまとめた白書『港の未来』も、港の再編は「避けられない」と指摘している。", "t.txt", "ja");
  CHECK(CjkSpeakerOf(r, "避けられない") == "白書『港の未来』");
  bool title = false;
  for (const auto& q : r.quotes) {
    if (q.text == "港の未来") title = q.kind == QuoteKind::kTitle;
  }
  CHECK(title);
}

TEST_CASE("Japanese: the name after a relative clause without its title or honorific", "[attribute][cjk]") {
  struct Case {
    const char* text;
    const char* speaker;
  };
  const Case cases[] = {
      {"駅前で花屋を営む山口明美さんは「客が減った」と話した。", "山口明美"},
      {"港湾協会の石田隆会長は「人手が足りない」と語った。", "石田隆"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto r = AuditText(c.text, "t.txt", "ja");
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].speaker == c.speaker);
  }
}

TEST_CASE("Chinese and Japanese: a title alone refers to the person named with it", "[attribute][cjk]") {
  auto ja = AuditText("高橋誠一首相は３日、閣議で指示した。首相は「急ぎたい」と述べた。", "t.txt", "ja");
  CHECK(CjkSpeakerOf(ja, "急ぎたい") == "高橋誠一");
  auto zh = AuditText("河东市市长刘建平7日视察了工地。市长表示：“工程不会延期。”", "t.txt", "zh");
  CHECK(CjkSpeakerOf(zh, "工程不会延期") == "刘建平");
}

TEST_CASE("Japanese: a count after an unnamed source's head", "[attribute][cjk]") {
  auto r = AuditText("政府関係者の一人は、「まだ決まっていない」と明かした。", "t.txt", "ja");
  CHECK(CjkSpeakerOf(r, "まだ決まっていない") == "政府関係者の一人");
  REQUIRE(CjkAnonymous(r, "政府関係者の一人") != nullptr);
  CHECK(CjkAnonymous(r, "政府関係者の一人")->specificity == Specificity::kDescribed);
}

TEST_CASE("Japanese: a reason for anonymity and a bare condition", "[attribute][cjk]") {
  auto r = AuditText("政府関係者の一人は、協議が続いていることを理由に匿名を条件に取材に応じ、「まだ決まっていない」と明かした。",
                     "t.txt", "ja");
  REQUIRE(CjkAnonymous(r, "政府関係者の一人") != nullptr);
  CHECK(CjkAnonymous(r, "政府関係者の一人")->reason_given);
  r = AuditText("県土木課の幹部は匿名を条件に「予算は足りない」と明かした。", "t.txt", "ja");
  REQUIRE(CjkAnonymous(r, "県土木課の幹部") != nullptr);
  CHECK_FALSE(CjkAnonymous(r, "県土木課の幹部")->reason_given);
}

TEST_CASE("Chinese: an unnamed source asking for anonymity in a sentence of its own", "[attribute][cjk]") {
  auto r = AuditText("一名参与谈判的商务局官员透露，协议下周签署。这名官员因未获授权对外发言而要求匿名。", "t.txt", "zh");
  const auto* first = CjkAnonymous(r, "一名参与谈判的商务局官员");
  const auto* again = CjkAnonymous(r, "这名官员");
  REQUIRE(first != nullptr);
  REQUIRE(again != nullptr);
  CHECK(again->source_id == first->source_id);
  CHECK(first->reason_given);
  CHECK(again->reason_given);
  // Traditional script, the reason before the anaphor after a comma.
  r = AuditText("卡洛官員們說，談判已經結束。由於事涉機密，這些官員在要求匿名的前提下接受了採訪。", "t.txt", "zh");
  const auto* officials = CjkAnonymous(r, "卡洛官員們");
  const auto* these = CjkAnonymous(r, "這些官員");
  REQUIRE(officials != nullptr);
  REQUIRE(these != nullptr);
  CHECK(these->source_id == officials->source_id);
  CHECK(officials->reason_given);
  // No determiner: no anaphor to list.
  r = AuditText("市长周明远表示，方案下月公布。官员要求匿名。", "t.txt", "zh");
  CHECK(r.anonymous_sources.empty());
}

TEST_CASE("Chinese: an unnamed source tied to a proper noun no list knows is described", "[attribute][cjk]") {
  auto r = AuditText("卡洛官員們說，談判已經結束。", "t.txt", "zh");
  REQUIRE(CjkAnonymous(r, "卡洛官員們") != nullptr);
  CHECK(CjkAnonymous(r, "卡洛官員們")->specificity == Specificity::kDescribed);
  r = AuditText("两名熟悉情况的卡洛现任和前任官员表示，谈判已经结束。", "t.txt", "zh");
  REQUIRE(r.anonymous_sources.size() == 1);
  CHECK(r.anonymous_sources[0].specificity == Specificity::kDescribed);
  for (const char* vague : {"一位高级官员表示，谈判已经结束。", "相关人士表示，谈判已经结束。"}) {
    INFO(vague);
    auto v = AuditText(vague, "t.txt", "zh");
    REQUIRE(v.anonymous_sources.size() == 1);
    CHECK(v.anonymous_sources[0].specificity == Specificity::kVague);
  }
}
