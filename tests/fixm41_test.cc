// Faults a fresh user (fu41) found on real articles (branch fixm41, issue
// #4): a pronoun after a quote that opens its paragraph went to a name that
// was only the object in a sentence whose subject was that same pronoun
// ("He nodded to his rival, Bob Lane."), and a gerund cue after the object
// of "got"/"set"/"have" ("got people talking about") took the whole clause
// before it as its source. Every sentence here was written for these tests.
#include <catch2/catch.hpp>
#include <string>

#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;
using testing::SourceOfCue;
using testing::SpeakerOf;

AuditResult Audit(const std::string& text) { return AuditText("Title\n\n" + text + "\n", "t.txt", "en"); }

TEST_CASE("fixm41: a pronoun after a quote keeps the chain of a paragraph whose subject is that pronoun",
          "[fixm41]") {
  const AuditResult r = Audit(
      "“We won,” Tom Hale said.\n\nHe nodded only to his narrow lead over Bob Lane.\n\n“We learned a lot,” he "
      "said.");
  CHECK(SpeakerOf(r, "We learned a lot") == "Tom Hale");
  const AuditResult r2 = Audit(
      "Tom Hale spoke on Tuesday.\n\nHe nodded only to his finish behind Bob Lane.\n\n“We learned a lot,” he "
      "said.");
  CHECK(SpeakerOf(r2, "We learned a lot") == "Tom Hale");
}

TEST_CASE("fixm41: the chain goes back to the person the paragraph named before the pronoun", "[fixm41]") {
  const AuditResult r = Audit(
      "“We won,” Tom Hale said.\n\nOne voter, Ann Ray, 35, came in a red hat. She had protested Bob Lane at a "
      "rally.\n\n“I liked it,” she said.");
  CHECK(SpeakerOf(r, "I liked it") == "Ann Ray");
}

TEST_CASE("fixm41: a name opening the paragraph before is still the pronoun's", "[fixm41]") {
  // (The subject is a name, not the pronoun: it stands.)
  const AuditResult r = Audit("“We won,” Tom Hale said.\n\nBob Lane nodded.\n\n“We learned a lot,” he said.");
  CHECK(SpeakerOf(r, "We learned a lot") == "Bob Lane");
}

TEST_CASE("fixm41: the object of a verb of causing is the source of a gerund cue", "[fixm41]") {
  const AuditResult r = Audit("The meeting got people talking about whether the plan would work.");
  CHECK(SourceOfCue(r, "talking about") == "people");
  CHECK(!testing::AnySourceText(r, "The meeting got people"));
  // (An auxiliary is no such verb: "has been talking" keeps its subject.)
  const AuditResult r2 = Audit("Ann Ray has been talking about whether the plan would work.");
  CHECK(SourceOfCue(r2, "talking about") != "been");
}

}  // namespace
}  // namespace onrecord
