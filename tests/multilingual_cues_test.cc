// Cues and speakers in the other languages' news conventions that a user
// found unattributed: French "a réagi", a German hyphenated role noun, a
// Japanese addressee between speaker and verb; and short whole sentences
// quoted with the comma outside the marks, which are direct quotes.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::QuoteKind;
using onrecord::testing::AuditText;

TEST_CASE("reaction verbs are cues in French, Spanish and Portuguese", "[attribute][languages]") {
  struct Case {
    const char* text;
    const char* lang;
    const char* speaker;
  };
  const Case cases[] = {
      {"« C'est inacceptable », a réagi Marie Dupont, porte-parole du syndicat.", "fr", "Marie Dupont"},
      {"«Es inaceptable», reaccionó la ministra Ana Ruiz.", "es", "Ana Ruiz"},
      {"«É inaceitável», reagiu a ministra Ana Ruiz.", "pt", "Ana Ruiz"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto r = AuditText(c.text, "t.txt", c.lang);
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].speaker == c.speaker);
    // A whole short sentence, the comma outside the marks: direct, not partial.
    CHECK(r.quotes[0].kind == QuoteKind::kDirect);
  }
}

TEST_CASE("a German role noun in a hyphenated compound is a role, not part of the name", "[attribute][languages]") {
  auto r = AuditText("„Das ist ein Skandal“, kritisierte die Grünen-Politikerin Anna Schmidt.", "t.txt", "de");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "Anna Schmidt");
  r = AuditText("„Das ist ein Skandal“, sagte der Konzernsprecher Jan Ott.", "t.txt", "de");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "Jan Ott");
}

TEST_CASE("a Japanese addressee between the speaker and the verb", "[attribute][languages]") {
  auto r = AuditText("「交渉は続ける」と岸田文雄首相は記者団に語った。", "t.txt", "ja");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "岸田文雄");
  CHECK(r.quotes[0].kind == QuoteKind::kDirect);
}
