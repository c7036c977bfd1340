// Indirect attributions and the span conventions of PolNeAR (design §3:
// attributions follow ../shared/polnear-train/guidelines.txt): the cue is the
// whole verb group, the content keeps its "that", and sources include
// relative pronouns, described people and survey figures.
#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"

using onrecord::AuditResult;
using onrecord::SourceKind;
using onrecord::testing::AuditText;

namespace {

struct Triple {
  std::string source, cue, content;
};

// The attribution whose cue text contains `cue_word`, as source/cue/content text.
Triple Find(const AuditResult& r, const std::string& cue_word) {
  for (const auto& a : r.attributions) {
    if (!a.cue || a.cue->text.find(cue_word) == std::string::npos) continue;
    Triple t;
    t.source = a.source ? a.source->text : "<none>";
    t.cue = a.cue->text;
    t.content = a.content.empty() ? "<none>" : a.content[0].text;
    return t;
  }
  return {"<no attribution>", "<no attribution>", "<no attribution>"};
}

}  // namespace

TEST_CASE("the cue is the verb group: auxiliaries, adverbs and negation before it", "[attribute][spans]") {
  CHECK(Find(AuditText("Mayor Ana Ruiz has also said the budget is balanced."), "said").cue == "has also said");
  CHECK(Find(AuditText("Mayor Ana Ruiz did not say whether the plant would close."), "say").cue == "did not say");
  // Never into the source.
  CHECK(Find(AuditText("Mayor Ana Ruiz said the budget is balanced."), "said").source == "Mayor Ana Ruiz");
}

TEST_CASE("the cue takes the time and manner phrases after it", "[attribute][spans]") {
  auto t = Find(AuditText("Mayor Ana Ruiz said Tuesday that the budget is balanced."), "said");
  CHECK(t.cue == "said Tuesday");
  CHECK(t.content == "that the budget is balanced");
  t = Find(AuditText("Mayor Ana Ruiz said in a statement that the plant would close."), "said");
  CHECK(t.cue == "said in a statement");
  CHECK(t.content == "that the plant would close");
  t = Find(AuditText("Mayor Ana Ruiz said on Monday night that the plant would close."), "said");
  CHECK(t.cue == "said on Monday night");
  // An inverted source is never swallowed: "said Ana Ruiz".
  auto r = AuditText("“The plant will close,” said Ana Ruiz on Monday.");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "Ana Ruiz");
}

TEST_CASE("the content of an indirect attribution keeps its complementizer", "[attribute][spans]") {
  CHECK(Find(AuditText("Most economists believe that the bailouts were unjust."), "believe").content ==
        "that the bailouts were unjust");
}

TEST_CASE("beliefs and intentions in every form are cues", "[attribute][spans]") {
  auto t = Find(AuditText("Republican voters think the plan will fail."), "think");
  CHECK(t.source == "Republican voters");
  CHECK(t.content == "the plan will fail");
  t = Find(AuditText("Senator Ana Ruiz wants to build a new bridge."), "wants");
  CHECK(t.source == "Senator Ana Ruiz");
  CHECK(t.content == "to build a new bridge");
}

TEST_CASE("a capitalized word inside running text is no cue", "[attribute][spans]") {
  // "States" in "the United States" is not the verb "states".
  auto r = AuditText("The talks between the United States and Canada ended without a deal.");
  CHECK(r.attributions.empty());
  // A headline in title case still has its cue.
  auto h = AuditText("Senator Ana Ruiz Says Bridge Will Close\n\nThe bridge is old.");
  CHECK(Find(h, "Says").source == "Senator Ana Ruiz");
}

TEST_CASE("a relative pronoun after a comma is the source of its clause", "[attribute][spans]") {
  auto r = AuditText("“The plan is dead,” said Tom Beck, who said the vote would fail anyway.");
  bool found = false;
  for (const auto& a : r.attributions) {
    if (a.source && a.source->text == "who") {
      found = true;
      REQUIRE(a.content.size() == 1);
      CHECK(a.content[0].text == "the vote would fail anyway");
      const auto* s = r.FindSource(a.source_id);
      REQUIRE(s != nullptr);
      CHECK(s->name == "Tom Beck");
    }
  }
  CHECK(found);
}

TEST_CASE("described people with unlisted adjectives are sources", "[attribute][spans]") {
  auto t = Find(AuditText("The Democratic presidential candidate said the meeting was private."), "said");
  CHECK(t.source == "The Democratic presidential candidate");
  t = Find(AuditText("Several longtime supporters said the rally was too short."), "said");
  CHECK(t.source == "Several longtime supporters");
}

TEST_CASE("survey figures are sources of the survey, not anonymous people", "[attribute][spans]") {
  auto r = AuditText(
      "A new poll of 900 voters was released on Monday. Fifty-nine percent said the country is on the wrong "
      "track, and six in 10 said they want a change. Most of the voters said taxes are too high.");
  for (const char* source : {"Fifty-nine percent", "six in 10", "Most of the voters"}) {
    INFO(source);
    bool found = false;
    for (const auto& a : r.attributions) {
      if (a.source && a.source->text == source) {
        found = true;
        const auto* s = r.FindSource(a.source_id);
        REQUIRE(s != nullptr);
        CHECK(s->kind == SourceKind::kDocument);
      }
    }
    CHECK(found);
  }
  CHECK(r.anonymous_sources.empty());
}

TEST_CASE("a parenthesis between the source and the cue is skipped", "[attribute][spans]") {
  auto t = Find(AuditText("Senator Rand Ruiz (R-Ky.) said the tax plan would cost too much."), "said");
  CHECK(t.source == "Senator Rand Ruiz");
  CHECK(t.content == "the tax plan would cost too much");
}
