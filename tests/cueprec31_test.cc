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

// "Trump's reported net worth", "Fox News's reporting often tells …",
// "(Additional reporting by …)": the participle as a noun or an adjective.
TEST_CASE("'reported' and 'reporting' after a possessive are no cue", "[cueprec31]") {
  auto r = AuditText("The ferries make up a small part of Ana Ruiz's reported fortune.\n\n"
                     "The Harbor Times's reporting often tells a different story.\n\n"
                     "(Additional reporting by Lee Park in Marion.)\n");
  CHECK_FALSE(AnyCue(r, "reported"));
  CHECK_FALSE(AnyCue(r, "reporting"));
  CHECK_FALSE(AnySourceText(r, "Ana Ruiz's"));
  auto kept = AuditText("The Harbor Times reported that the levy would end in May.\n");
  CHECK(AnyCue(kept, "reported"));
}

// "a roll call vote", "call centers", "Saturday's call": a call as a thing.
TEST_CASE("'call' as a noun is no cue", "[cueprec31]") {
  auto r = AuditText("Delegates begin roll call vote to nominate Ana Ruiz.\n\n"
                     "Workers protested outside the stores and call centers of the ferry line.\n\n"
                     "During Saturday's call, members voiced concerns about the levy.\n");
  CHECK_FALSE(AnyCue(r, "call"));
  CHECK_FALSE(AnySourceText(r, "Saturday\u2019s"));
  CHECK_FALSE(AnySourceText(r, "Saturday's"));
  auto kept = AuditText("Ana Ruiz called the levy a disaster.\n");
  CHECK(AnyCue(kept, "called"));
}

// "The most telling promise", "Read the rest of the story at …", "Federal
// Election Commission reports that track spending".
TEST_CASE("'most telling', 'Read the rest' and 'commission reports' are no cues", "[cueprec31]") {
  auto r = AuditText("The most telling promise Ana Ruiz has made is that she will not overpromise.\n\n"
                     "Read the rest of the story at the Harbor Times.\n\n"
                     "That is the takeaway from Federal Election Commission reports that track spending.\n");
  CHECK_FALSE(AnyCue(r, "telling"));
  CHECK_FALSE(AnyCue(r, "Read"));
  CHECK_FALSE(AnyCue(r, "reports"));
  CHECK_FALSE(AnySourceText(r, "The most"));
}

// "All the Republicans seeking the White House": running for an office.
TEST_CASE("seeking an office is no cue", "[cueprec31]") {
  auto r = AuditText("All the candidates seeking the nomination met in Marion on Tuesday.\n\n"
                     "Ana Ruiz, who is seeking reelection, spoke about the ferry.\n");
  CHECK_FALSE(AnyCue(r, "seeking"));
  CHECK_FALSE(AnyCue(r, "is seeking"));
  CHECK_FALSE(AnySourceText(r, "All the candidates"));
  auto kept = AuditText("Ana Ruiz sought to calm the ferry workers.\n");
  CHECK(AnyCue(kept, "sought"));
}

// "When I saw an oversize picture of my hero": sight, not a view.
TEST_CASE("'saw' in a clause of time or place is no cue", "[cueprec31]") {
  auto r = AuditText("When I saw the new ferry at the pier, I laughed.\n\n"
                     "He sat in the room where he saw Lee Park for the last time.\n");
  CHECK_FALSE(AnyCue(r, "saw"));
  auto kept = AuditText("The harbor council saw the levy as a mistake.\n");
  CHECK(AnyCue(kept, "saw"));
}

// "expressed concern that …", "expressed concerns about …": the gold cue
// holds the bare stance noun and the preposition after it.
TEST_CASE("'expressed' takes a bare stance noun and its preposition into the cue", "[cueprec31]") {
  auto r = AuditText("Ana Ruiz expressed concern that the levy would hurt the ferry workers.\n\n"
                     "Lee Park also expressed concerns about the cost of the new boats.\n");
  CHECK(AnyCue(r, "expressed concern"));
  CHECK(AnyCue(r, "also expressed concerns about"));
  CHECK_FALSE(AnyCue(r, "expressed"));
}

// "believes in …", "pleaded guilty to …": the particle is the cue's.
TEST_CASE("'believe in' and 'pleaded guilty' are whole cues", "[cueprec31]") {
  auto r = AuditText("Ana Ruiz believes in a ferry every hour.\n\n"
                     "Lee Park, a former harbor clerk, pleaded guilty to a charge of fraud.\n");
  CHECK(AnyCue(r, "believes in"));
  CHECK(AnyCue(r, "pleaded guilty"));
  CHECK_FALSE(AnyCue(r, "believes"));
  CHECK_FALSE(AnyCue(r, "pleaded"));
}

// "wrote on Facebook", "said on Twitter": the network is part of the cue.
TEST_CASE("'wrote on Facebook' is one cue", "[cueprec31]") {
  auto r = AuditText("Ana Ruiz wrote on Facebook that the ferry would run all night.\n");
  CHECK(AnyCue(r, "wrote on Facebook"));
  CHECK_FALSE(AnyCue(r, "wrote"));
}

}  // namespace
}  // namespace onrecord
