// Output-identical speed work of the thirty-first round (branch speed37,
// docs/performance.md), all in the attribute stage: FindCues rules a word
// out of the elided forms ("qu'a", "l'a") by its first byte; FindCjkCues
// walks the pack's cue entries only for an article with a CJK word outside
// quotes, and Cjk rules a token out by its lead byte (below 0xE2: before
// U+2000) before decoding it; WithoutPossessive rules a word out by its last
// byte; FiniteFormAt and the language checks (LangIs) compare views. The cases below pin what those steps give: every
// expected value was first printed by the base build (6b5f024) from the
// same text through `onrecord audit --format json`. Every text is invented.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "test_util.h"

using namespace onrecord;
using testing::AuditText;

namespace {

struct Seen {
  std::string source, cue;
  std::vector<std::string> content;
};

std::vector<Seen> Attributions(const AuditResult& r) {
  std::vector<Seen> out;
  for (const auto& a : r.attributions) {
    Seen s;
    if (a.source) s.source = a.source->text;
    if (a.cue) s.cue = a.cue->text;
    for (const auto& c : a.content) s.content.push_back(c.text);
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace

TEST_CASE("speed37: an elided object pronoun or que glued to the cue still opens it", "[speed37]") {
  struct Case {
    const char* language;
    const char* text;
    const char* source;
    const char* cue;
  };
  const Case cases[] = {
      {"fr", "Droits de douane\n\nLe ministre l'a démenti.\n", "Le ministre", "l'a démenti"},
      {"fr", "Droits de douane\n\nLa ministre l’a confirmé lundi.\n", "La ministre", "l’a confirmé lundi"},
      {"it", "Dazi\n\nIl ministro l'ha smentito.\n", "Il ministro", "l'ha smentito"},
      {"fr", "Le projet coûtera deux millions d'euros. C'est ce qu'a affirmé le maire Jean Dupuis lundi.\n",
       "le maire Jean Dupuis", "qu'a affirmé"},
      {"fr", "Droits de douane\n\nC’est ce qu’a déclaré la ministre Julie Arnaud.\n", "la ministre Julie Arnaud",
       "qu’a déclaré"},
  };
  for (const Case& c : cases) {
    INFO(c.language << ": " << c.text);
    const auto seen = Attributions(AuditText(c.text, "t.txt", c.language));
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].source == c.source);
    CHECK(seen[0].cue == c.cue);
  }
  // "l'annonce" is a noun after "l'", not a cue.
  CHECK(AuditText("Droits de douane\n\nLe ministre a lu l'annonce.\n", "t.txt", "fr").attributions.empty());
}

TEST_CASE("speed37: a CJK cue after Latin words in the same article is still found", "[speed37]") {
  // The article's first words are not CJK: the check for a CJK word must
  // read on to the Japanese sentence.
  const AuditResult r = AuditText(
      "Port plan\n\nThe Reuters report was read in Tokyo. 森田浩二社長は記者会見で「計画を見直す」と述べた。\n", "t.txt", "ja");
  const auto seen = Attributions(r);
  REQUIRE(seen.size() == 1);
  CHECK(seen[0].source == "森田浩二社長");
  CHECK(seen[0].cue == "と述べた");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "森田浩二");
  // Japanese and Chinese alone, as the CJK tests have them.
  const AuditResult ja = AuditText("政府高官は記者団に対し、「年内にまとめたい」と語った。", "t.txt", "ja");
  REQUIRE(ja.quotes.size() == 1);
  CHECK(ja.quotes[0].speaker == "政府高官");
}

TEST_CASE("speed37: possessive names keep their readings", "[speed37]") {
  const AuditResult r = AuditText(
      "Port plan\n\nAna Ruiz’s aide, Tom Reyes, said the port would open. Ruiz's office said it would not. Reyes’ "
      "team declined to comment.\n",
      "t.txt", "en");
  const auto seen = Attributions(r);
  REQUIRE(seen.size() == 3);
  CHECK(seen[0].source == "Ana Ruiz’s aide, Tom Reyes,");
  CHECK(seen[1].source == "Ruiz's office");
  CHECK(seen[2].source == "Reyes’ team");
  CHECK(seen[2].cue == "declined");
  REQUIRE(r.sources.size() == 2);
  CHECK(r.sources[0].name == "Tom Reyes");
  CHECK(r.sources[0].role == "Ana Ruiz’s aide");
  CHECK(r.sources[1].name == "Ruiz's office");
}

TEST_CASE("speed37: a verb coordinated after the content keeps the content whole", "[speed37]") {
  // FiniteFormAt reads the auxiliaries ("wasn't", "has", "doesn’t",
  // "hadn’t") of the verb after "and".
  struct Case {
    const char* text;
    const char* cue;
    const char* content;
  };
  const Case cases[] = {
      {"Lee said the group is nonpartisan and supports candidates from both parties.", "said",
       "the group is nonpartisan and supports candidates from both parties"},
      {"The mayor said the plan was sound and wasn't costly.", "said", "the plan was sound and wasn't costly"},
      {"The mayor says the plan is sound and has support.", "says", "the plan is sound and has support"},
      {"The chief said the unit doesn't talk and hadn't met.", "said", "the unit doesn't talk and hadn't met"},
      {"The mayor said the plan was sound and has visited the site.", "said",
       "the plan was sound and has visited the site"},
      {"The mayor says the plan is sound and doesn’t need changes.", "says",
       "the plan is sound and doesn’t need changes"},
      {"The mayor said the plan was sound and hadn’t changed.", "said", "the plan was sound and hadn’t changed"},
      {"The mayor says the plan is sound and visited the site.", "says", "the plan is sound and visited the site"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const auto seen = Attributions(AuditText(std::string("Group\n\n") + c.text + "\n", "t.txt", "en"));
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].cue == c.cue);
    REQUIRE(seen[0].content.size() == 1);
    CHECK(seen[0].content[0] == c.content);
  }
}

TEST_CASE("speed37: tokens on both sides of the CJK lead-byte test read as before", "[speed37]") {
  // Chinese: every word a CJK token (lead byte 0xE4 to 0xE9).
  const auto zh = Attributions(AuditText(
      "出口\n\n中国国际贸易促进委员会副秘书长李红表示，出口形势总体稳定。李红说：“企业信心正在恢复。”\n", "t.txt", "zh"));
  REQUIRE(zh.size() == 2);
  CHECK(zh[0].source == "中国国际贸易促进委员会副秘书长李红");
  CHECK(zh[0].cue == "表示");
  CHECK(zh[1].source == "李红");
  CHECK(zh[1].cue == "说");
  // Russian: two-byte letters (lead bytes 0xD0, 0xD1), ruled out at once.
  const auto ru =
      Attributions(AuditText("Налоги\n\n«Мы снизим налог», — сказал министр финансов Иван Петров.\n", "t.txt", "ru"));
  REQUIRE(ru.size() == 1);
  CHECK(ru[0].source == "министр финансов Иван Петров");
  CHECK(ru[0].cue == "сказал");
  REQUIRE(ru[0].content.size() == 1);
  CHECK(ru[0].content[0] == "«Мы снизим налог»");
  // English with dashes (lead byte 0xE2, below U+2E80: decoded, no CJK).
  const auto en =
      Attributions(AuditText("Fares\n\nThe mayor – who spoke on Monday – said fares would rise.\n", "t.txt", "en"));
  REQUIRE(en.size() == 1);
  CHECK(en[0].source == "The mayor – who spoke on Monday –");
  CHECK(en[0].cue == "said");
  REQUIRE(en[0].content.size() == 1);
  CHECK(en[0].content[0] == "fares would rise");
}
