// Faults fresh users found in real articles (forty-first round, branch
// fix49): a parenthetical tag whose cue tells someone ("No one, Hale told
// reporters, wants the toll.") or whose source follows its cue ("The toll,
// said Ruiz, is a tax on the poor.") leaves the whole clause around it as
// the content, and the source after the cue ends at its name.
#include <string>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AttributionBySourceAndCue;
using onrecord::testing::AuditText;
using onrecord::testing::ContentJoined;

namespace {

const char* const kTitle = "Ferry toll vote nears.\n\n";

std::string ContentOf(const std::string& sentence, const std::string& source, const std::string& cue) {
  auto r = AuditText(std::string(kTitle) + sentence + "\n");
  const auto* a = AttributionBySourceAndCue(r, source, cue);
  REQUIRE(a != nullptr);
  return ContentJoined(*a);
}

}  // namespace

TEST_CASE("fix49: a parenthetical tag that tells someone leaves the clause around it as the content", "[fix49]") {
  CHECK(ContentOf("No one, Hale told reporters, wants the toll.", "Hale", "told") == "No one | wants the toll");
  CHECK(ContentOf("The plan, Hale told them, is dead.", "Hale", "told") == "The plan | is dead");
  CHECK(ContentOf("The toll, the mayor told the Harbor Times on Monday, is a tax on the poor.", "the mayor",
                  "told") == "The toll | is a tax on the poor");
}

TEST_CASE("fix49: a parenthetical tag with its source after the cue ends the source at the name", "[fix49]") {
  CHECK(ContentOf("The toll, said Ruiz, is a tax on the poor.", "Ruiz", "said") == "The toll | is a tax on the poor");
  CHECK(ContentOf("The toll, said Ana Ruiz, will hurt the poor.", "Ana Ruiz", "said") ==
        "The toll | will hurt the poor");
  CHECK(ContentOf("The ferry, said Ruiz, has run late all week.", "Ruiz", "said") == "The ferry | has run late all week");
}

// Guards: readings that must not change.
TEST_CASE("fix49: an apposition that ends the sentence after an inverted cue stays in the source", "[fix49]") {
  CHECK(ContentOf("The toll is high, said Ana Ruiz, a ferry captain.", "Ana Ruiz, a ferry captain", "said") ==
        "The toll is high");
  CHECK(ContentOf("The toll is high, said Ana Ruiz, who runs a ferry.", "Ana Ruiz, who runs a ferry", "said") ==
        "The toll is high");
}

TEST_CASE("fix49: a telling cue whose content follows its addressee keeps that content", "[fix49]") {
  CHECK(ContentOf("Later, Hale told reporters the toll would fall.", "Hale", "told") == "the toll would fall");
  CHECK(ContentOf("Later, Hale told reporters the toll fell, and the vote failed.", "Hale", "told") ==
        "the toll fell, and the vote failed");
}
