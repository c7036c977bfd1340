// A lone surname opening a sentence, with words before its cue (forty-fourth
// round, branch lone52).
//
// A capitalized word that opens a sentence and that the article writes
// nowhere else was a surname only straight before its cue verb ("Hale
// said", "Hale will say"). With adverbs or auxiliaries between ("Trump also
// said", "Obama has said", "Hale has repeatedly said"), a participle aside
// in commas ("Ruiz, addressing the crowd, said"), or a verb of opening a
// speech before "by" and a gerund cue ("Hale began by saying", "Hale began
// her remarks by saying"), it was read as a plain word and the attribution
// had no source. Plural-looking
// words ("Companies", "Voters") stay plural descriptions; a word the
// article writes in lower case elsewhere, a passive ("has been told"), a
// verb in -s ("also says") and a verb of evidence after "has" ("Research
// has shown") give no surname.
#include <catch2/catch.hpp>
#include <string>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AttributionBySourceAndCue;
using onrecord::testing::AuditText;
using onrecord::testing::ContentJoined;

namespace {

// The kind of the source that attribution `a` of `r` credits.
onrecord::SourceKind KindOf(const onrecord::AuditResult& r, const onrecord::Attribution& a) {
  for (const auto& s : r.sources) {
    if (s.id == a.source_id) return s.kind;
  }
  FAIL("no source with the attribution's id");
  return onrecord::SourceKind::kUnattributed;
}

// Whether some attribution of `r` has a source whose text is `source`.
bool HasSourceText(const onrecord::AuditResult& r, const std::string& source) {
  for (const auto& a : r.attributions) {
    if (a.source && a.source->text == source) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("lone52: a lone surname before adverbs and auxiliaries is the cue's named source", "[lone52]") {
  struct Case {
    const char* text;
    const char* source;
    const char* cue;
    const char* content;
  };
  const Case cases[] = {
      {"The ferry sailed late. Dunmore also said the crossing was rough.\n", "Dunmore", "also said",
       "the crossing was rough"},
      {"The ferry sailed late. Dunmore has said that the crossing was rough.\n", "Dunmore", "has said",
       "that the crossing was rough"},
      {"The ferry sailed late. Okonjo has repeatedly said the crossing was rough.\n", "Okonjo",
       "has repeatedly said", "the crossing was rough"},
      {"The ferry sailed late. Okonjo has told reporters the crossing was rough.\n", "Okonjo", "has told",
       "the crossing was rough"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto r = AuditText(c.text);
    const auto* a = AttributionBySourceAndCue(r, c.source, c.cue);
    REQUIRE(a != nullptr);
    CHECK(ContentJoined(*a) == c.content);
    CHECK(KindOf(r, *a) == onrecord::SourceKind::kNamed);
  }
}

TEST_CASE("lone52: a lone surname before a verb of opening and a gerund cue is the source", "[lone52]") {
  auto r = AuditText("The ferry sailed late. Dunmore began by saying the crossing was rough.\n");
  const auto* a = AttributionBySourceAndCue(r, "Dunmore", "began by saying");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) == "the crossing was rough");
  CHECK(KindOf(r, *a) == onrecord::SourceKind::kNamed);
}

TEST_CASE("lone52: a lone surname before a participle aside in commas is the source", "[lone52]") {
  auto r = AuditText("The ferry sailed late. Dunmore, addressing the crowd, said the crossing was rough.\n");
  const auto* a = AttributionBySourceAndCue(r, "Dunmore", "said");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) == "the crossing was rough");
  CHECK(KindOf(r, *a) == onrecord::SourceKind::kNamed);
}

TEST_CASE("lone52: a lone surname before a verb of opening, its object and a gerund cue is the source",
          "[lone52]") {
  auto r = AuditText("The ferry sailed late. Dunmore began her remarks by saying the crossing was rough.\n");
  const auto* a = AttributionBySourceAndCue(r, "Dunmore", "saying");
  REQUIRE(a != nullptr);
  CHECK(ContentJoined(*a) == "the crossing was rough");
}

TEST_CASE("lone52: plural-looking words before auxiliaries stay unnamed descriptions", "[lone52]") {
  struct Case {
    const char* text;
    const char* source;
    const char* cue;
  };
  const Case cases[] = {
      {"The ferry sailed late. Companies have said the crossing was rough.\n", "Companies", "have said"},
      {"The ferry sailed late. Officials also said the crossing was rough.\n", "Officials", "also said"},
      {"The ferry sailed late. Critics have long said the crossing was rough.\n", "Critics", "have long said"},
      {"The ferry sailed late. Voters will tell you the crossing was rough.\n", "Voters", "will tell"},
      {"The ferry sailed late. Millennials have said the crossing was rough.\n", "Millennials", "have said"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto r = AuditText(c.text);
    const auto* a = AttributionBySourceAndCue(r, c.source, c.cue);
    REQUIRE(a != nullptr);
    CHECK(KindOf(r, *a) == onrecord::SourceKind::kAnonymous);
  }
}

TEST_CASE("lone52: no surname from a thing, a passive, a verb in -s or a word written in lower case",
          "[lone52]") {
  const char* texts[] = {
      "The ferry sailed late. Research has shown the crossing was rough.\n",
      "The ferry sailed late. Dunmore has been told the crossing was rough.\n",
      "The ferry sailed late. Dunmore also says the crossing was rough.\n",
      "The staff met at noon. Staff also said the crossing was rough.\n",
  };
  for (const char* text : texts) {
    INFO(text);
    auto r = AuditText(text);
    CHECK_FALSE(HasSourceText(r, "Research"));
    CHECK_FALSE(HasSourceText(r, "Dunmore"));
    CHECK_FALSE(HasSourceText(r, "Staff"));
  }
}

TEST_CASE("lone52: a surname straight before its cue reads as before", "[lone52]") {
  auto r = AuditText("The ferry sailed late. Dunmore will say the crossing was rough.\n");
  const auto* a = AttributionBySourceAndCue(r, "Dunmore", "will say");
  REQUIRE(a != nullptr);
  CHECK(KindOf(r, *a) == onrecord::SourceKind::kNamed);
}
