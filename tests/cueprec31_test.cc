// Precision of cues (cueprec31): cue words in a sense that reports nobody's
// words, which PolNeAR's annotators consistently leave unmarked.
#include <catch2/catch.hpp>
#include <string>

#include "test_util.h"

namespace onrecord {
namespace {

using testing::AnyCue;
using testing::AnySourceText;
using testing::AuditText;

// "Clinton maintains a wide lead over Sanders": keeping a lead, a title
// or a schedule is no claim; "maintained that …" still is.
TEST_CASE("'maintain' before a lead or a title is no cue", "[cueprec31]") {
  auto r = AuditText("Mara Quill maintains a wide lead over Ana Ruiz among ferry workers.\n\n"
                     "Ana Ruiz, who maintained a busy speaking schedule, left for the islands.\n");
  CHECK_FALSE(AnyCue(r, "maintains"));
  CHECK_FALSE(AnyCue(r, "maintained"));
  CHECK_FALSE(AnySourceText(r, "Mara Quill"));
  auto kept = AuditText("Mara Quill maintained that the levy was lawful.\n");
  CHECK(AnyCue(kept, "maintained"));
}

// "Berlin backed off", "the party backed down": a retreat, not support.
TEST_CASE("'backed' in a phrasal verb of retreat is no cue", "[cueprec31]") {
  auto r = AuditText("The harbor council backed down after the vote, and the port backed off its plan.\n");
  CHECK_FALSE(AnyCue(r, "backed"));
  CHECK_FALSE(AnySourceText(r, "The harbor council"));
  auto kept = AuditText("The harbor council backed the plan for a night ferry.\n");
  CHECK(AnyCue(kept, "backed"));
}

// "Canova, who is challenging Rep. Debbie Wasserman Schultz": running
// against a named incumbent.
TEST_CASE("'is challenging' before a name is no cue", "[cueprec31]") {
  auto r = AuditText("Lee Park, who is challenging Mayor Ana Ruiz in the primary, lives on the island.\n");
  CHECK_FALSE(AnyCue(r, "is challenging"));
  CHECK_FALSE(AnyCue(r, "challenging"));
}

// "Trump may want to check his stats": the writer's advice.
TEST_CASE("'may want to' is the writer's advice, not a wish", "[cueprec31]") {
  auto r = AuditText("The ferry board might want to check its figures before the vote.\n");
  CHECK_FALSE(AnyCue(r, "might want"));
  CHECK_FALSE(AnyCue(r, "want"));
  auto kept = AuditText("The ferry board wants to check its figures before the vote.\n");
  CHECK(AnyCue(kept, "wants"));
}

}  // namespace
}  // namespace onrecord
