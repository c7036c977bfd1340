// Unlisted role nouns (twelfth round, branch role13): a definite phrase
// whose head noun is in no list ("the admiral", "the city treasurer")
// before a verb of speech, or in the reporting clause after what was said,
// is a person by role: someone named before with that word in a role, else
// an unnamed source described by its role (T2). Time nouns, things and
// demonstratives are no such person; documents the lists know are documents.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SeenWithSource;
using onrecord::testing::SpeakerOf;

using Seen = onrecord::testing::SeenAttribution;

TEST_CASE("an unlisted role noun after the clause it reports is an unnamed source by role", "[role13]") {
  auto r = AuditText("The ferry timetable will change in May, the admiral said.\n");
  const Seen a = SeenWithSource(r, "the admiral");
  CHECK(a.cue == "said");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "The ferry timetable will change in May");
  CHECK(a.kind == onrecord::SourceKind::kDescribed);
  CHECK(a.level == 2);
}

TEST_CASE("an unlisted role noun before a verb of speech with a clause after it is a source", "[role13]") {
  auto r = AuditText("The treasurer said the reserve fund was nearly empty.\n");
  const Seen a = SeenWithSource(r, "The treasurer");
  CHECK(a.cue == "said");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "the reserve fund was nearly empty");
  CHECK(a.level == 2);
}

TEST_CASE("the role noun refers to the person named before with it in an apposition", "[role13]") {
  auto r = AuditText(
      "Mara Quill, the county auditor, said the books were late.\n\n"
      "Piet Vos said the council would meet on Friday. The auditor said the books were now complete.\n");
  const Seen a = SeenWithSource(r, "The auditor");
  CHECK(a.cue == "said");
  CHECK(a.who == "Mara Quill");
  CHECK(a.kind == onrecord::SourceKind::kNamed);
}

TEST_CASE("the role noun refers to a person named with it who was no source before", "[role13]") {
  auto r = AuditText(
      "Odile Brack, a retired admiral, spoke at the harbor on Monday.\n\n"
      "Piet Vos said the port was busy. The admiral said the navy had ignored her warnings.\n");
  const Seen a = SeenWithSource(r, "The admiral");
  CHECK(a.cue == "said");
  CHECK(a.who == "Odile Brack");
}

TEST_CASE("a role noun is nobody named near it whose roles lack the word", "[role13]") {
  auto r = AuditText("Piet Vos, the harbor master, said the port was busy. The admiral said the fleet was ready.\n");
  const Seen a = SeenWithSource(r, "The admiral");
  CHECK(a.cue == "said");
  CHECK(a.who != "Piet Vos");
  CHECK(a.kind == onrecord::SourceKind::kDescribed);
}

TEST_CASE("after a quote an unlisted role noun in the reporting clause is the speaker", "[role13]") {
  auto r = AuditText("\xE2\x80\x9CWe sail at dawn,\xE2\x80\x9D said the admiral.\n");
  CHECK(SpeakerOf(r, "We sail") == "the admiral");
}

TEST_CASE("an unsigned opinion is a document and time nouns and demonstratives are no person", "[role13]") {
  auto r = AuditText(
      "The unsigned opinion said the appeal was moot. The day said little about the harvest. "
      "That bond says a lot about the crew, the admiral said.\n");
  const Seen doc = SeenWithSource(r, "The unsigned opinion");
  CHECK(doc.cue == "said");
  CHECK(doc.kind == onrecord::SourceKind::kDocument);
  CHECK(SeenWithSource(r, "The day").cue.empty());
  CHECK(SeenWithSource(r, "That bond").cue.empty());
  CHECK(SeenWithSource(r, "the admiral").cue == "said");
}
