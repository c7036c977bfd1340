// Missed cues (forty-fifth round, branch cue53): verbs and phrases of speech
// or stance that were in no cue list, so that their sentences gave no
// attribution at all. "alluded to", "acquiesced to", "dwelled on", "vouched
// for", "came out against", "spoken out", "uttered" and "intimated" (with
// their other forms) are neutral cues, "rips", "belittled" and "savaged"
// loaded ones. "known for", "shrugged off", "contradicted", "vetoed" and
// "mulling" were withdrawn after the fresh user fu53, "cast … as" and
// "heralded" after fu53b (fu53_test holds the sentences).
#include <catch2/catch.hpp>
#include <string>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::ContentJoined;
using onrecord::testing::FindAttributionByCue;

namespace {

// The one attribution whose cue text is `cue` has the source `source` and
// the content `content`.
void CheckCue(const std::string& text, const std::string& cue, const std::string& source,
              const std::string& content) {
  INFO(text);
  auto r = AuditText(text);
  const auto* a = FindAttributionByCue(r, cue);
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == source);
  CHECK(ContentJoined(*a) == content);
}

}  // namespace

TEST_CASE("cue53: guards, a ballot, a shadow, votes or doubt cast is no cue", "[cue53]") {
  for (const char* text : {"Ana Ruiz cast her ballot early on Tuesday.\n",
                           "The storm cast a long shadow over the harbor fair.\n",
                           "Hundreds cast their votes for the ferry plan as the rain fell.\n",
                           "The new report cast doubt on the cost of the pier.\n"}) {
    INFO(text);
    auto r = AuditText(text);
    CHECK(FindAttributionByCue(r, "cast") == nullptr);
    CHECK(r.attributions.empty());
  }
  // "portrayed … as" is as before.
  CheckCue("Ana Ruiz portrayed the levy as a tax on islanders.\n", "portrayed", "Ana Ruiz",
           "the levy as a tax on islanders");
}

TEST_CASE("cue53: guard, known for after a noun with no be is no cue", "[cue53]") {
  auto r = AuditText("A ferry line known for its slow boats won the contract.\n");
  CHECK(FindAttributionByCue(r, "known for") == nullptr);
  CHECK(r.attributions.empty());
}

TEST_CASE("cue53: alluding, acquiescing, dwelling, vouching and coming out against", "[cue53]") {
  CheckCue("Mara Quill alluded to the harbor board's debts in her speech.\n", "alluded to", "Mara Quill",
           "the harbor board's debts in her speech");
  CheckCue("The council acquiesced to the union's demand for a night ferry.\n", "acquiesced to", "The council",
           "the union's demand for a night ferry");
  CheckCue("Tomas Elden dwelled on the cost of the new pier.\n", "dwelled on", "Tomas Elden",
           "the cost of the new pier");
  CheckCue("The harbor master vouched for the new pilot.\n", "vouched for", "The harbor master", "the new pilot");
  CheckCue("Ana Ruiz came out against the ferry levy on Monday.\n", "came out against", "Ana Ruiz",
           "the ferry levy");
  CheckCue("Ana Ruiz has spoken out against the levy for years.\n", "has spoken out against", "Ana Ruiz",
           "the levy for years");
}

TEST_CASE("cue53: rips", "[cue53]") {
  CheckCue("Tomas Elden spoke on Monday. The next day Mara Quill rips the harbor board over the delays.\n", "rips",
           "Mara Quill", "the harbor board over the delays");
}

TEST_CASE("cue53: uttered, intimated, savaged and belittled", "[cue53]") {
  CheckCue("Mara Quill uttered a warning about the old pier.\n", "uttered", "Mara Quill",
           "a warning about the old pier");
  CheckCue("Tomas Elden has intimated that the ferry line would close.\n", "has intimated", "Tomas Elden",
           "that the ferry line would close");
  CheckCue("At the rally, Tomas Elden savaged the harbor board.\n", "savaged", "Tomas Elden", "the harbor board");
  CheckCue("Mara Quill belittled the harbor board's plan.\n", "belittled", "Mara Quill", "the harbor board's plan");
}

TEST_CASE("cue53: guards, other uses stay no cue", "[cue53]") {
  // "reportedly" before "taken" keeps its hedge: "taken" opens no cue.
  auto h = AuditText("The ferry line has reportedly taken heat from the unions over the fares.\n");
  CHECK(FindAttributionByCue(h, "reportedly") != nullptr);
  // "ripped" tears something, a person "dwells" somewhere, and "speaking out"
  // after "for" is no cue of its own.
  auto r = AuditText("The crowd ripped the banner away.\n");
  CHECK(r.attributions.empty());
  auto d = AuditText("Ana Ruiz dwells in a small house by the pier.\n");
  CHECK(d.attributions.empty());
  auto s = AuditText("The ferry crews were praised for speaking out.\n");
  CHECK(FindAttributionByCue(s, "speaking out") == nullptr);
  CHECK(FindAttributionByCue(s, "were praised for") != nullptr);
}
