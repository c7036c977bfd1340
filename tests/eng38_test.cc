// English readings left open after the thirty-first round (issue #4,
// branch eng38): a crowd listed as an unnamed source, an adverb aside
// read as a role, and a pronoun given to the last of two people of its
// gender named in a paragraph.
#include <catch2/catch.hpp>
#include <string>

#include "attribution_util.h"
#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;
using testing::HasCue;

// The source of the first attribution whose cue is `cue`, or nullptr.
const Source* SourceOfCue(const AuditResult& r, const std::string& cue) {
  for (const auto& at : r.attributions) {
    if (at.cue && at.cue->text == cue) return r.FindSource(at.source_id);
  }
  return nullptr;
}


// A crowd's chant counts nowhere (fu37); it is no source of the article
// either: not in sources[], not among the unnamed sources, and its quote
// is no unattributed quote.
TEST_CASE("eng38: a chanting crowd is no source of the article", "[eng38]") {
  auto r = AuditText(
      "Mayor Tom Hale spoke at the harbor rally on Friday. The crowd chanted “Build the bridge” as he walked to "
      "the stage.\n");
  REQUIRE(HasCue(r, "chanted"));
  for (const auto& s : r.sources) CHECK(s.name != "The crowd");
  CHECK(r.anonymous_sources.empty());
  bool quote = false;
  for (const auto& q : r.quotes) {
    if (q.text != "Build the bridge") continue;
    quote = true;
    CHECK(q.speaker == "The crowd");
    CHECK(q.source_id < 0);
    CHECK_FALSE(q.unattributed());
  }
  CHECK(quote);
  CHECK(r.score.unattributed_quotes == 0);
  for (const auto& f : r.findings) {
    INFO(f.rule);
    CHECK(f.rule.find("unattributed") == std::string::npos);
  }

  // Guard: protesters who speak a quote are an unnamed source as before.
  auto said = AuditText("Protesters said “the ferry is ours” on Friday.\n");
  bool listed = false;
  for (const auto& an : said.anonymous_sources) listed = listed || an.phrase == "Protesters";
  CHECK(listed);
  REQUIRE(said.sources.size() == 1);
  CHECK(said.sources[0].name == "Protesters");
}

// "Mr. Trump, almost unilaterally, decided …": a hedge and an adverb set
// off by commas is how the person acted, not a role.
TEST_CASE("eng38: a hedged adverb aside is no role", "[eng38]") {
  auto r = AuditText(
      "Tom Bell and Ana Ruiz have clashed for months. Mr. Bell, almost unilaterally, decided to close the ferry. "
      "Bell said the harbor needs a new plan.\n");
  const Source* bell = SourceOfCue(r, "said");
  REQUIRE(bell);
  CHECK(bell->name == "Tom Bell");
  CHECK(bell->role.empty());
  for (const auto& role : bell->roles) CHECK(role.find("unilaterally") == std::string::npos);

  // Guard: an apposition naming a position is a role.
  auto role = AuditText("Tom Bell, a harbor pilot, said the channel is too shallow.\n");
  const Source* pilot = SourceOfCue(role, "said");
  REQUIRE(pilot);
  CHECK(pilot->role == "a harbor pilot");
}

// Two people of one gender named in a paragraph and nobody cited: the
// pronoun is the subject's, not the last name's; two joined as one
// subject leave it unresolved.
TEST_CASE("eng38: a pronoun after two people of its gender takes the subject", "[eng38]") {
  auto object = AuditText("Lena Fischer met Ana Ruiz at the pier on Monday. She said the ferry must stay open.\n");
  const Source* s = SourceOfCue(object, "said");
  REQUIRE(s);
  CHECK(s->name == "Lena Fischer");

  auto joint = AuditText("Lena Fischer and Ana Ruiz spoke at the pier on Monday. She said the ferry must stay open.\n");
  REQUIRE(HasCue(joint, "said"));
  CHECK(SourceOfCue(joint, "said") == nullptr);

  auto men = AuditText("Tom Bell and Omar Khan toured the harbor on Monday. He said the ferry must stay open.\n");
  REQUIRE(HasCue(men, "said"));
  CHECK(SourceOfCue(men, "said") == nullptr);

  // Guards: one person of the pronoun's gender, or a speaker just quoted.
  auto one = AuditText("Tom Bell met Ana Ruiz at the pier on Monday. She said the ferry must stay open.\n");
  const Source* ruiz = SourceOfCue(one, "said");
  REQUIRE(ruiz);
  CHECK(ruiz->name == "Ana Ruiz");
  auto quoted = AuditText(
      "Lena Fischer spoke first. “We need the ferry,” Ana Ruiz said at the pier. She added that the fares must "
      "fall.\n");
  const Source* added = SourceOfCue(quoted, "added");
  REQUIRE(added);
  CHECK(added->name == "Ana Ruiz");
}

}  // namespace
}  // namespace onrecord
