// Content ends of the thirty-sixth round (branch cnt42). A passive or
// hedging cue whose subject is the content's first part ("The board is
// expected to approve the levy", "The closures appear to have helped")
// has the rest of its clause as the second part; PolNeAR ends that part at
// a comma that the writer's own clause or comment follows (", potentially
// raising fares", ", and it is clear that …", ", although …", ", a move
// that …"), not at a comma inside a list or an apposition.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;

namespace {

// The content parts of the first attribution whose cue is exactly `cue`,
// joined by " || " ("<no attribution>" when none has that cue).
std::string ContentOf(const std::string& sentence, const std::string& cue) {
  auto r = AuditText("Harbor council weighs a ferry levy.\n\n" + sentence + "\n");
  for (const auto& a : r.attributions) {
    if (!a.cue || a.cue->text != cue) continue;
    std::string out;
    for (const auto& c : a.content) out += (out.empty() ? "" : " || ") + c.text;
    return out;
  }
  return "<no attribution>";
}

}  // namespace

TEST_CASE("cnt42: a passive cue's content ends before the writer's comment", "[cnt42]") {
  CHECK(ContentOf("The harbor board is expected to approve the levy, potentially raising fares by spring.",
                  "is expected") == "The harbor board || to approve the levy");
  CHECK(ContentOf("Ana Ruiz was declared the winner in Lowmoor, and it is clear that she will run again.",
                  "was declared") == "Ana Ruiz || the winner in Lowmoor");
  CHECK(ContentOf("The harbor board is expected to approve the levy, a move that would raise fares by spring.",
                  "is expected") == "The harbor board || to approve the levy");
}

TEST_CASE("cnt42: a hedging cue's content ends before a clause of the writer's", "[cnt42]") {
  CHECK(ContentOf("The closures appear to have steadied the harbor's finances, although some shops still struggle.",
                  "appear") == "The closures || to have steadied the harbor's finances");
  CHECK(ContentOf("The two pilots seemed to be well known in town, and visitors greeted them by name.", "seemed") ==
        "The two pilots || to be well known in town");
}

TEST_CASE("cnt42: guards, lists and appositions inside the content stay", "[cnt42]") {
  // "and, potentially, …": an aside after a coordinator in a list.
  CHECK(ContentOf("Ana Ruiz is expected to unveil plans for the pier, the market and, potentially, the old ferry dock.",
                  "is expected") == "Ana Ruiz || to unveil plans for the pier, the market and, potentially, the old "
                                    "ferry dock");
  // An apposition set off inside the reported clause, its verb after it.
  CHECK(ContentOf("The ferry report appears to show that Tom Hale, a retired pilot, would back the levy.", "appears") ==
        "The ferry report || to show that Tom Hale, a retired pilot, would back the levy");
  // A list whose item opens with a possessive.
  CHECK(ContentOf("Tom Hale was challenged over the levy, his budget for the pier, and the closure of the dock.",
                  "was challenged over") == "Tom Hale || the levy, his budget for the pier, and the closure of the dock");
  // A cue with its source before it is not read so.
  CHECK(ContentOf("Ana Ruiz said the levy would pass, and it is clear that she will run again.", "said") ==
        "the levy would pass, and it is clear that she will run again");
}
