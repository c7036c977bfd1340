// Source spans (thirty-second round, branch src38): a possessive and a noun
// that names an act of speaking before the cue's verb ("Her remarks
// indicated", "Hale’s comment highlighted"). The noun opens the cue and the
// possessor is the source (PolNeAR's guidelines: "Her words:", the one who
// speaks, not the act); a document noun ("letter") or a noun the list does
// not hold ("message") stays the source.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;

namespace {
const char kHead[] = "Harbor council weighs a ferry levy.\n\n";

struct Seen {
  std::string source, cue, name;
};

// The attribution whose cue ends in `verb`: its source as written, its cue,
// and the name of the source it resolved to.
Seen AttributionEndingIn(const std::string& body, const std::string& verb) {
  auto r = AuditText(std::string(kHead) + body);
  for (const auto& a : r.attributions) {
    if (!a.cue || a.cue->text.size() < verb.size() ||
        a.cue->text.compare(a.cue->text.size() - verb.size(), verb.size(), verb) != 0) {
      continue;
    }
    Seen seen;
    seen.source = a.source ? a.source->text : "<none>";
    seen.cue = a.cue->text;
    for (const auto& s : r.sources) {
      if (s.id != a.source_id) continue;
      seen.name = s.name;
    }
    return seen;
  }
  return {"<no attribution>", "<no attribution>", ""};
}
}  // namespace

TEST_CASE("src38: a possessive pronoun and a speech noun before the cue", "[src38]") {
  auto a = AttributionEndingIn(
      "Senator Ana Ruiz spoke in Dover on Monday. Her remarks indicated that the levy would be delayed.\n",
      "indicated");
  CHECK(a.source == "Her");
  CHECK(a.cue == "remarks indicated");
  CHECK(a.name == "Ana Ruiz");
  auto b = AttributionEndingIn(
      "Senator Ana Ruiz wrote to the council on Monday. Her statement repeated that the levy was unfair.\n",
      "repeated");
  CHECK(b.source == "Her");
  CHECK(b.cue == "statement repeated");
  CHECK(b.name == "Ana Ruiz");
}

TEST_CASE("src38: a speech noun after a preposition stays the source", "[src38]") {
  // "In her statement condemning …, Ruiz defended": the speaker is named
  // after the cue, where the pronoun would be left unresolved.
  auto a = AttributionEndingIn(
      "Senator Ana Ruiz wrote to the council on Monday. In her statement condemning the levy, Ruiz defended her "
      "record on the harbor.\n",
      "condemning");
  CHECK(a.source == "her statement");
  CHECK(a.cue == "condemning");
}

TEST_CASE("src38: a possessive name and a speech noun before the cue", "[src38]") {
  auto a = AttributionEndingIn(
      "Tom Hale, the mayor, met reporters at the pier. Hale’s comment highlighted the cost of the ferry.\n",
      "highlighted");
  CHECK(a.source == "Hale’s");
  CHECK(a.cue == "comment highlighted");
  CHECK(a.name == "Tom Hale");
  auto b = AttributionEndingIn("Tom Hale, the mayor, spoke last. Hale's remarks suggested that the levy was fair.\n",
                               "suggested");
  CHECK(b.source == "Hale's");
  CHECK(b.cue == "remarks suggested");
  CHECK(b.name == "Tom Hale");
}

TEST_CASE("src38: a document or an unlisted noun after a possessive stays the source", "[src38]") {
  // A letter is a document the gold keeps as the source ("Hoff's letter").
  auto a = AttributionEndingIn("Tom Hale, the mayor, wrote to the board. Hale’s letter said the ferry would close.\n",
                               "said");
  CHECK(a.source == "Hale’s letter");
  CHECK(a.cue == "said");
  // "message" is split in the gold, so it is not listed.
  auto b = AttributionEndingIn("Tom Hale, the mayor, wrote to the board. His message said the ferry would close.\n",
                               "said");
  CHECK(b.source == "His message");
  CHECK(b.cue == "said");
  // No possessive: the statement itself is the source.
  auto c = AttributionEndingIn("The statement said the ferry would close in May.\n", "said");
  CHECK(c.source == "The statement");
  CHECK(c.cue == "said");
}
