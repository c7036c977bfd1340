// Scare quotes after "so-called" and its kin (forty-fifth round, found by
// the fresh user fu53r).
//
// "The council debated the so-called “reform” package" was listed as a
// partial quote of the council's speech, against the README's promise that
// scare quotes are not listed: a word of list `scare-quote-markers` right
// before the mark ("so-called", "so called", German "sogenannte", French
// "soi-disant", Italian "cosiddetta", Russian "так называемая") makes the
// quote a scare quote whatever cue stands before it.
#include <catch2/catch.hpp>
#include <string>

#include "test_util.h"

using onrecord::AuditResult;
using onrecord::QuoteKind;
using onrecord::testing::AuditText;

namespace {

// The kind of the quote whose text opens with `text`; `found` says whether
// there was one.
QuoteKind KindOfQuote(const AuditResult& r, const std::string& text, bool* found) {
  for (const auto& q : r.quotes) {
    if (q.text.compare(0, text.size(), text) == 0) {
      *found = true;
      return q.kind;
    }
  }
  *found = false;
  return QuoteKind::kDirect;
}

}  // namespace

TEST_CASE("scare53: a quote right after a scare marker is a scare quote", "[scare53]") {
  struct Case {
    const char* text;
    const char* lang;
    const char* quote;
  };
  const Case cases[] = {
      {"The council debated the so-called “reform” package on Monday.\n", "en", "reform"},
      {"Ana Ruiz said the so called “reform” would fail.\n", "en", "reform"},
      {"Ana Ruiz criticized the so-called \"harbor tax\" again.\n", "en", "harbor tax"},
      {"Die Stadt lehnt die sogenannte „Reform“ ab, sagte Anna Weber.\n", "de", "Reform"},
      {"Le maire a critiqué la soi-disant « réforme » du port, a dit Paul Martin.\n", "fr", "réforme"},
      {"Il sindaco ha criticato la cosiddetta «riforma» del porto, ha detto Marco Bianchi.\n", "it", "riforma"},
      {"Мэр раскритиковал так называемую «реформу» порта, сказал Иван Петров.\n", "ru", "реформу"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const auto r = AuditText(c.text, "test.txt", c.lang);
    bool found = false;
    const QuoteKind kind = KindOfQuote(r, c.quote, &found);
    REQUIRE(found);
    CHECK(kind == QuoteKind::kScare);
  }
}

TEST_CASE("scare53: speech after other words keeps its kind", "[scare53]") {
  // The marker must stand right before the mark: a quote later in the
  // sentence, or one after "called" alone (a name given: "a group called
  // “…”" is the title rule's), is read as before.
  const auto r = AuditText("Ana Ruiz called the plan “a reckless gamble for the whole harbor,” and left.\n");
  bool found = false;
  const QuoteKind kind = KindOfQuote(r, "a reckless gamble", &found);
  REQUIRE(found);
  CHECK(kind == QuoteKind::kPartial);
  const auto r2 = AuditText("The so-called reform failed, Ana Ruiz said. “We will try again next year,” she added.\n");
  const QuoteKind kind2 = KindOfQuote(r2, "We will try again", &found);
  REQUIRE(found);
  CHECK(kind2 == QuoteKind::kDirect);
}
