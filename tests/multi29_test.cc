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

}  // namespace
}  // namespace onrecord
