// Content boundaries (forty-fourth round, branch content52).
//
// 1. A comma written inside the closing quote mark of an indirect content
//    ("said he opposed the “Kestrel rule,” which lets …") ends the content,
//    after the mark, when the writer's own clause follows: a relative clause
//    opened by a word of list comma-background-openers, or a word of list
//    comma-remark-openers ("but", "yet") and a subject. The same words after
//    a comma outside a quote already ended it.
// 2. The trim that cuts a second predicate off an object content ("called
//    the mayor a fraud and walked out") stopped at any quote, so a word the
//    writer quotes inside the object kept the predicate in the content. A
//    short quote is now scanned past; a long one still stops the scan.
#include <catch2/catch.hpp>
#include <string>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AttributionBySourceAndCue;
using onrecord::testing::AuditText;
using onrecord::testing::ContentJoined;

namespace {

struct Case {
  const char* text;
  const char* source;
  const char* cue;
  const char* content;
};

void CheckCases(const Case* begin, const Case* end) {
  for (const Case* c = begin; c != end; ++c) {
    INFO(c->text);
    auto r = AuditText(c->text);
    const auto* a = AttributionBySourceAndCue(r, c->source, c->cue);
    REQUIRE(a != nullptr);
    CHECK(ContentJoined(*a) == c->content);
  }
}

}  // namespace

TEST_CASE("content52: the writer's clause after a comma inside the closing mark ends the content",
          "[content52]") {
  const Case cases[] = {
      {"Ben Cruz said he opposed the \u201CKestrel rule,\u201D which lets buses use the bridge.\n", "Ben Cruz", "said",
       "he opposed the \u201CKestrel rule,\u201D"},
      {"Nina Park said the deal was a \u201Cfair bargain,\u201D but the board rejected it.\n", "Nina Park", "said",
       "the deal was a \u201Cfair bargain,\u201D"},
      {"Rosa Diaz said the ferry was \u201Ctoo slow,\u201D yet the council kept it.\n", "Rosa Diaz", "said",
       "the ferry was \u201Ctoo slow,\u201D"},
  };
  CheckCases(std::begin(cases), std::end(cases));
}

TEST_CASE("content52: what goes on with what was said after a quoted comma stays in", "[content52]") {
  const Case cases[] = {
      // "but" with no subject of its own, or "and": what was said goes on.
      {"Ann Lee said the plan was \u201Cbold,\u201D but risky.\n", "Ann Lee", "said",
       "the plan was \u201Cbold,\u201D but risky"},
      {"Omar Reyes said the ferry was \u201Cslow, leaky and old,\u201D and costly.\n", "Omar Reyes", "said",
       "the ferry was \u201Cslow, leaky and old,\u201D and costly"},
      // A participle after the quoted comma is left as it was.
      {"Ivy Stone said the budget was \u201Clean,\u201D leaving every office short of staff.\n", "Ivy Stone",
       "said", "the budget was \u201Clean,\u201D leaving every office short of staff"},
  };
  CheckCases(std::begin(cases), std::end(cases));
}

TEST_CASE("content52: a second predicate after a short quote in an object content is left out", "[content52]") {
  const Case cases[] = {
      {"Sam Hart called the mayor a \u201Cfraud\u201D and walked out of the hall.\n", "Sam Hart", "called",
       "the mayor a \u201Cfraud\u201D"},
  };
  CheckCases(std::begin(cases), std::end(cases));
}

TEST_CASE("content52: a long quote still stops the scan for a second predicate", "[content52]") {
  const Case cases[] = {
      // More than six quoted words: a quoted clause, not a word the writer quotes.
      {"Dana Wu called the bill \u201Ca gift to the few who need help the least\u201D and walked out of the hall.\n",
       "Dana Wu", "called",
       "the bill \u201Ca gift to the few who need help the least\u201D and walked out of the hall"},
  };
  CheckCases(std::begin(cases), std::end(cases));
}
