// Faults fresh users found on main in the twenty-ninth round, fixed on
// main.
#include <catch2/catch.hpp>
#include <string>
#include <string_view>

#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;

TEST_CASE("main35: design's T3 example, a diplomat with access and a reason, is T3", "[main35]") {
  // design.md §4 gives "a diplomat who attended the meeting and asked not to
  // be named because the talks were private" as its T3 example; "diplomat"
  // was a generic role noun, so the source was vague (T1).
  const AuditResult r = AuditText(
      "Ferry talks\n\nA diplomat who attended the meeting and asked not to be named because the talks "
      "were private said the two sides were close to a deal. Another diplomat said that was premature.\n");
  REQUIRE(r.sources.size() == 2);
  CHECK(r.sources[0].level == 3);
  CHECK(r.sources[0].specificity == Specificity::kDescribed);
  CHECK(r.sources[0].access_given);
  CHECK(r.sources[0].reason_given);
  // Without access or reason the diplomat is described, T2.
  CHECK(r.sources[1].level == 2);
  CHECK(r.sources[1].specificity == Specificity::kDescribed);
}

TEST_CASE("main35: a diplomat is a described source in every language", "[main35]") {
  struct Case {
    const char* language;
    const char* text;
  };
  const Case cases[] = {
      {"de", "Gespräche\n\nEin Diplomat sagte, die Gespräche seien gescheitert.\n"},
      {"fr", "Négociations\n\nUn diplomate a déclaré que l'accord était proche.\n"},
      {"es", "Negociaciones\n\nUn diplomático dijo que el acuerdo estaba cerca.\n"},
      {"it", "Negoziati\n\nUn diplomatico ha detto che l'accordo era vicino.\n"},
      {"pt", "Negociações\n\nUm diplomata disse que o acordo estava próximo.\n"},
      {"ru", "Переговоры\n\nДипломат сказал, что переговоры провалились.\n"},
      {"zh", "谈判\n\n一名外交官表示，谈判已经破裂。\n"},
  };
  for (const Case& c : cases) {
    INFO(c.language << ": " << c.text);
    const AuditResult r = AuditText(c.text, "t.txt", c.language);
    REQUIRE(r.sources.size() == 1);
    CHECK(r.sources[0].level == 2);
    CHECK(r.sources[0].specificity == Specificity::kDescribed);
  }
}

TEST_CASE("main35: a reported text differs from its bytes only where lines were joined", "[main35]") {
  // docs/input.md: a name a scraper set on a paragraph of its own is joined
  // to the sentence, and the reported text has one space for the breaks.
  const std::string text =
      "Freight case\n\n"
      "“Small carriers have been paying for years,” Commissioner\n\nDaria Mendel\n\n"
      "told reporters in the capital on Wednesday.\n";
  const AuditResult r = AuditText(text);
  const Attribution* found = nullptr;
  for (const auto& at : r.attributions) {
    if (at.source && at.source->text.find("Mendel") != std::string::npos) found = &at;
  }
  REQUIRE(found != nullptr);
  CHECK(found->source->text == "Commissioner Daria Mendel");
  const Location& where = found->source->location;
  CHECK(text.substr(where.begin, where.end - where.begin) == "Commissioner\n\nDaria Mendel");
}

}  // namespace
}  // namespace onrecord
