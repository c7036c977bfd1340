// Speed of the attribute stage with the same output (forty-sixth round,
// branch perf54).
//
// A quote that goes on after a speaker's earlier quote in the same paragraph
// is joined to a tag of that speaker between the two (nest53). The step now
// reads only the attributions whose cue begins between the two quotes, from
// an index by cue position, where it read every attribution of the text for
// each such quote. A quoted title or chant that no cue takes is given its
// own attribution unless another content holds it; that scan of every
// attribution now runs only when a title or chant cue stands before the
// quote. These tests pin what both steps keep, over texts long enough that
// a wrong index would pick another paragraph's tag. The speed itself is
// measured (docs/performance.md, scripts/bench.d/scaling.py), not tested.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AttributionLines;
using onrecord::testing::AuditText;
using onrecord::testing::ContentJoined;

namespace {

// Paragraph `i` of a long text: with a tag of the same speaker between its
// two quotes when `tag`, else the second quote right after the first.
std::string Paragraph(int i, bool tag) {
  const std::string n = std::to_string(i);
  if (tag) {
    return "“We will not sell pier " + n + ",” Mara Quill said on Monday. The board will wait for survey " + n +
           ", Quill says. “If survey " + n + " finds rot, we will talk again.”\n\n";
  }
  return "“We will not sell pier " + n + ",” Mara Quill said on Monday. “If survey " + n +
         " finds rot, we will talk again.”\n\n";
}

}  // namespace

TEST_CASE("perf54: each paragraph's continuation joins its own paragraph's tag in a long text", "[perf54]") {
  constexpr int kParagraphs = 120;
  std::string text = "Harbor council weighs a ferry levy.\n\n";
  for (int i = 1; i <= kParagraphs; ++i) text += Paragraph(i, i % 3 != 0);
  const auto r = AuditText(text);
  std::vector<std::string> want, got;
  for (int i = 1; i <= kParagraphs; ++i) {
    const std::string n = std::to_string(i);
    if (i % 3 != 0) {
      want.push_back("said: “We will not sell pier " + n + ",”");
      want.push_back("says: The board will wait for survey " + n + " | “If survey " + n +
                     " finds rot, we will talk again.”");
    } else {
      want.push_back("said: “We will not sell pier " + n + ",” | “If survey " + n + " finds rot, we will talk again.”");
    }
  }
  for (const auto& a : r.attributions) got.push_back((a.cue ? a.cue->text : std::string("-")) + ": " + ContentJoined(a));
  CHECK(got == want);
}

TEST_CASE("perf54: a tag outside the two quotes takes no continuation", "[perf54]") {
  {
    // The tag after the second quote: the quote goes on with the first.
    const auto lines = AttributionLines(
        "“We will not sell the pier,” Mara Quill said on Monday. “If the survey finds rot, we will talk again.” The "
        "board will wait for the survey, Quill says.");
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] ==
          "Mara Quill | said | “We will not sell the pier,” || “If the survey finds rot, we will talk again.”");
    CHECK(lines[1] == "Quill | says | The board will wait for the survey");
  }
  {
    // The tag in the paragraph before: the quotes of this one stay together.
    const auto lines = AttributionLines(
        "The board will wait for the survey, Mara Quill says.\n\n“We will not sell the pier,” Quill said on "
        "Monday. “If the survey finds rot, we will talk again.”");
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == "Mara Quill | says | The board will wait for the survey");
    CHECK(lines[1] == "Quill | said | “We will not sell the pier,” || “If the survey finds rot, we will talk again.”");
  }
}

TEST_CASE("perf54: a quoted title or chant no cue takes is its own attribution unless a content holds it",
          "[perf54]") {
  std::string text = "Harbor council weighs a ferry levy.\n\n";
  // Many attributions and quotes no cue takes before them.
  for (int i = 1; i <= 40; ++i) {
    text += "Ann Lee said item " + std::to_string(i) + " was late. The “big list” grew.\n\n";
  }
  text +=
      "The festival opens with a film titled “Harbor Lights” on Friday.\n\n"
      "Tomas Elden said the festival opens with a film titled “Night Ferry” on Friday.\n\n"
      "The crowd kept up chants of “No levy!” outside the hall.\n";
  const auto r = AuditText(text);
  int titled = 0, chants = 0;
  for (const auto& a : r.attributions) {
    if (!a.cue) continue;
    if (a.cue->text == "titled") {
      ++titled;
      CHECK(ContentJoined(a) == "“Harbor Lights”");
    }
    if (a.cue->text == "chants of") {
      ++chants;
      CHECK(ContentJoined(a) == "“No levy!”");
    }
  }
  // "Night Ferry" is held by Elden's content: no attribution of its own.
  CHECK(titled == 1);
  CHECK(chants == 1);
  // The scare quotes are no attribution.
  for (const auto& a : r.attributions) CHECK(ContentJoined(a) != "“big list”");
}
