// An age noun refers back only to a person it agrees with (branch fixh40,
// issue #4): lang40 let German "die 41-Jährige" resolve to whoever was named
// last, so "der 55-Jährige" after "Maria Keller, 41," was she too, while the
// masculine "sagte der 41-Jährige" never resolved at all ("der" is also the
// genitive article). English "the 55-year-old" likewise went to a person the
// text gave another age. Every sentence here was written for these tests.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "quote_util.h"
#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;
using testing::QuoteOf;

AuditResult Audit(const std::string& text, const char* lang) {
  return AuditText(std::string("Titel\n\n") + text + "\n", "t.txt", lang);
}

TEST_CASE("fixh40: a German age noun of another age is not the person named before", "[fixh40]") {
  const AuditResult r = Audit(
      "Maria Keller, 41, leitet die Klinik seit 2019. Der Neubau verzögert sich. „Das ist ärgerlich“, sagte die "
      "41-Jährige. „Wir warten“, sagte der 55-Jährige.",
      "de");
  const Quote* first = QuoteOf(r, "Das ist ärgerlich");
  const Quote* second = QuoteOf(r, "Wir warten");
  REQUIRE(first != nullptr);
  REQUIRE(second != nullptr);
  CHECK(first->speaker == "Maria Keller");
  CHECK(second->speaker != "Maria Keller");
  CHECK(first->attribution != second->attribution);
}

TEST_CASE("fixh40: both genders of a German age noun resolve to the person of that age", "[fixh40]") {
  struct Case {
    const char* text;
    const char* speaker;
  };
  const std::vector<Case> cases = {
      {"Peter Roth, 41, leitet die Werft seit 2019. Die Halle ist zu klein. „Das ist ärgerlich“, sagte der 41-Jährige.",
       "Peter Roth"},
      {"Maria Keller, 41, leitet die Klinik seit 2019. Der Neubau verzögert sich. „Das ist ärgerlich“, sagte die "
       "41-Jährige.",
       "Maria Keller"},
      {"Die 41-jährige Maria Keller leitet die Klinik. Der Neubau verzögert sich. „Das ist ärgerlich“, sagte die "
       "41-Jährige.",
       "Maria Keller"},
      {"Peter Roth (41) leitet die Werft seit 2019. Die Halle ist zu klein. „Das ist ärgerlich“, sagte der 41-Jährige.",
       "Peter Roth"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const AuditResult r = Audit(c.text, "de");
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].speaker == c.speaker);
  }
}

TEST_CASE("fixh40: a German age noun of another age or gender has no named source", "[fixh40]") {
  const std::vector<const char*> texts = {
      // Another age.
      "Peter Roth, 41, leitet die Werft seit 2019. Die Halle ist zu klein. „Das ist ärgerlich“, sagte der 55-Jährige.",
      "Maria Keller (41) leitet die Klinik seit 2019. Der Neubau verzögert sich. „Das ist ärgerlich“, sagte die "
      "55-Jährige.",
      // Another gender: "Frau", a feminine role noun.
      "Kim Roth, 41, leitet die Klinik. „Wir bauen neu“, sagte Frau Roth. Der Neubau verzögert sich. „Das ist "
      "ärgerlich“, sagte der 41-Jährige.",
      "Die Ärztin Kim Roth (41) leitet die Klinik. Der Neubau verzögert sich. „Das ist ärgerlich“, sagte der "
      "41-Jährige.",
  };
  for (const char* text : texts) {
    INFO(text);
    const AuditResult r = Audit(text, "de");
    const Quote* q = QuoteOf(r, "Das ist ärgerlich");
    REQUIRE(q != nullptr);
    CHECK(q->speaker != "Peter Roth");
    CHECK(q->speaker != "Maria Keller");
    CHECK(q->speaker != "Kim Roth");
  }
}

TEST_CASE("fixh40: an English age noun is nobody the text gave another age", "[fixh40]") {
  const AuditResult other = Audit("Ann Lee, 43, runs the clinic. The building is late. “It is annoying,” said the "
                                  "55-year-old.",
                                  "en");
  REQUIRE(other.quotes.size() == 1);
  CHECK(other.quotes[0].speaker != "Ann Lee");
  const AuditResult same = Audit("Ann Lee, 43, runs the clinic. The building is late. “It is annoying,” said the "
                                 "43-year-old.",
                                 "en");
  REQUIRE(same.quotes.size() == 1);
  CHECK(same.quotes[0].speaker == "Ann Lee");
}

}  // namespace
}  // namespace onrecord
