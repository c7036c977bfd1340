// Coordinated cues (twelfth round, issue #4): a cue verb in the second
// conjunct of a coordinated predicate shares the subject of the first
// verb, also when a time or manner phrase stands between the coordinator
// and the cue, when the first verb stands in a clause of its own, when the
// subject is a pronoun with its clitic auxiliary in one token, and when the
// earlier cue of the sentence has no source. PolNeAR repeats the first
// conjunct's subject as the second cue's source.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;

namespace {

struct Seen {
  std::string source, cue, content;
};

// The attribution whose cue is written exactly `cue`, the `nth` such one.
Seen WithCue(const onrecord::AuditResult& r, const std::string& cue, int nth = 0) {
  for (const auto& a : r.attributions) {
    if (!a.cue || a.cue->text != cue) continue;
    if (nth-- > 0) continue;
    Seen s;
    s.source = a.source ? a.source->text : "<none>";
    s.cue = a.cue->text;
    s.content = a.content.empty() ? "<none>" : a.content.front().text;
    return s;
  }
  return Seen{"<no attribution>", cue, "<none>"};
}

}  // namespace

TEST_CASE("a manner phrase between but and the cue keeps the first subject", "[coord13]") {
  auto r = AuditText(
      "Mayor Ellen Vortigan first said she had not seen the memo, but in a later interview said she had read "
      "it twice.\n");
  const Seen first = WithCue(r, "first said");
  CHECK(first.source == "Mayor Ellen Vortigan");
  const Seen second = WithCue(r, "said");
  CHECK(second.source == "Mayor Ellen Vortigan");
  CHECK(second.content == "she had read it twice");
}

TEST_CASE("a cue coordinated inside a when clause takes that clause's subject", "[coord13]") {
  auto r = AuditText(
      "The crowd cheered, and when Mayor Tomas Lund thanked the volunteers and said the park would open in May, "
      "a child waved a flag.\n");
  const Seen said = WithCue(r, "said");
  CHECK(said.source == "Mayor Tomas Lund");
  CHECK(said.content == "the park would open in May");
}

TEST_CASE("a cue coordinated after but and a subject of its own clause takes that subject", "[coord13]") {
  auto r = AuditText(
      "The harbour master was asked about the delay, but he stayed calm and said the cranes would be repaired "
      "by Friday.\n");
  const Seen said = WithCue(r, "said");
  CHECK(said.source == "he");
  CHECK(said.content == "the cranes would be repaired by Friday");
}

TEST_CASE("a pronoun with its clitic auxiliary is the subject of a coordinated cue", "[coord13]") {
  auto r = AuditText(
      "Councillor Rita Brandt spoke on Monday. She\xE2\x80\x99s comparing the levy to a toll and says the council "
      "is ignoring its own rules.\n");
  const Seen says = WithCue(r, "says");
  CHECK(says.source == "She");
  CHECK(says.content == "the council is ignoring its own rules");
}

TEST_CASE("a coordinated cue after an earlier cue with no source takes the sentence subject", "[coord13]") {
  auto r = AuditText(
      "Councillor Rita Brandt opened the hearing saying the budget was short, but said she trusted the "
      "auditors.\n");
  const Seen said = WithCue(r, "said");
  CHECK(said.source == "Councillor Rita Brandt");
  CHECK(said.content == "she trusted the auditors");
}
