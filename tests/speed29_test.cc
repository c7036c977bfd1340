// speed29: a RuleScreen scans a text once for patterns of both case
// sensitivities (the case-sensitive ones wrapped in "(?-i:...)" inside the
// case-insensitive set), and still names exactly the patterns that match.
#include <catch2/catch.hpp>

#include <algorithm>

#include "rule_pack.h"
#include "test_util.h"

using namespace onrecord;

namespace {

PatternRef Pattern(const std::string& p, bool case_sensitive) {
  RE2::Options o;
  o.set_log_errors(false);
  o.set_case_sensitive(case_sensitive);
  return PatternRef(std::make_shared<const LazyPattern>(p, o));
}

}  // namespace

TEST_CASE("speed29: a screen of mixed case sensitivities is one pass and keeps each pattern's case",
          "[rules][packs][speed29]") {
  PatternGroup loose, strict;
  loose.patterns = {Pattern("according to", false), Pattern("^read more", false)};
  strict.patterns = {Pattern("\\bAP\\b", true), Pattern("^By [A-Z]", true), Pattern("(?i)reuters", true)};
  RuleScreen screen;
  REQUIRE(screen.Build({&loose, &strict}));
  CHECK(screen.passes() == 1);
  std::vector<RuleScreen::Hit> hits;
  // Case-sensitive patterns stay case-sensitive inside the merged set.
  screen.Match("by the ap, ACCORDING TO officials", &hits);
  REQUIRE(hits.size() == 1);
  CHECK((hits[0].rule == 0 && hits[0].pattern == 0 && hits[0].sure));
  screen.Match("By Ann Ray (AP) according to REUTERS", &hits);
  REQUIRE(hits.size() == 4);
  CHECK((hits[0].rule == 0 && hits[0].pattern == 0));
  CHECK((hits[1].rule == 1 && hits[1].pattern == 0));
  CHECK((hits[2].rule == 1 && hits[2].pattern == 1));
  CHECK((hits[3].rule == 1 && hits[3].pattern == 2));
  // An anchor inside the wrapping still anchors at the text's start.
  screen.Match("Read More: the AP story", &hits);
  REQUIRE(hits.size() == 2);
  CHECK((hits[0].rule == 0 && hits[0].pattern == 1));
  CHECK((hits[1].rule == 1 && hits[1].pattern == 0));
  screen.Match("Said by Ann, read more", &hits);
  CHECK(hits.empty());
}

TEST_CASE("speed29: a case-sensitive pattern quoting literal text (Q…E) keeps a set of its own", "[rules][packs][speed29]") {
  PatternGroup group;
  group.patterns = {Pattern("said", false), Pattern("\\QA.P.", true)};
  RuleScreen screen;
  REQUIRE(screen.Build({&group}));
  CHECK(screen.passes() == 2);
  std::vector<RuleScreen::Hit> hits;
  screen.Match("a.p. SAID", &hits);
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].pattern == 0);
  screen.Match("A.P. reports", &hits);
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].pattern == 1);
}

TEST_CASE("speed29: the English screens are one pass each", "[rules][packs][speed29]") {
  const LanguagePack& pack = testing::DefaultRules().Pack("en");
  CHECK(pack.boilerplate_screen.passes() == 1);
  CHECK(pack.phrase_screen.passes() == 1);
}

TEST_CASE("speed29: the dateline rule is screened like the others, named only where it can match",
          "[rules][packs][speed29]") {
  const LanguagePack& pack = testing::DefaultRules().Pack("en");
  auto rules_named = [&](const std::string& line) {
    std::vector<RuleScreen::Hit> hits;
    pack.boilerplate_screen.Match(line, &hits);
    std::vector<std::string> ids;
    for (const auto& h : hits) ids.push_back(pack.boilerplate[h.rule].info->id);
    return ids;
  };
  auto has = [](const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
  };
  CHECK_FALSE(has(rules_named("The harbor board voted on Tuesday to raise the fees, its chair said."),
                  "boilerplate.dateline"));
  CHECK(has(rules_named("PORT ANSELM (Ledger Wire) — The harbor board voted on Tuesday."), "boilerplate.dateline"));
  CHECK(has(rules_named("(Ledger Wire) — The harbor board voted on Tuesday."), "boilerplate.dateline"));
}
