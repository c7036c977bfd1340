// Contents of the thirtieth round (branch contend36): where an indirect
// content ends before "and" or "but" and a verb. The engine ends a content
// there when the verb reads as a second predicate of the source ("Lee
// praised the plan and said …"); when the verb's form does not agree with
// the cue's ("Lee says the ferry is late and asked …", "Lee said the group
// is small and supports …"), it cannot share the cue's subject and goes on
// with the content's own clause, as PolNeAR marks it.
#include <string>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::ContentsWritten;
using onrecord::testing::SeenAttributions;

namespace {

const std::string kLead = "The ferry council met on Monday in Harlow.\n\n";

}  // namespace

TEST_CASE("a present cue and a past verb after and: the verb stays in the content", "[contend36]") {
  auto r = AuditText(kLead + "Mara Quist says the captain spoke to the council and asked it to add a second boat.\n");
  CHECK(ContentsWritten(r, "the captain spoke to the council and asked it to add a second boat") == 1);
  CHECK(ContentsWritten(r, "the captain spoke to the council") == 0);
}

TEST_CASE("a past cue and a present verb after and: the verb stays in the content", "[contend36]") {
  auto r = AuditText(kLead + "Mara Quist said the union is not a party group and supports candidates of every side.\n");
  CHECK(ContentsWritten(r, "the union is not a party group and supports candidates of every side") == 1);
  CHECK(ContentsWritten(r, "the union is not a party group") == 0);
}

TEST_CASE("a past cue and a plain verb after and: the verb stays in the content", "[contend36]") {
  auto r = AuditText(kLead + "Mara Quist said the captain would call the board and tell it about the delay.\n");
  CHECK(ContentsWritten(r, "the captain would call the board and tell it about the delay") == 1);
}

TEST_CASE("a present cue and an -ing verb after and: the verb stays in the content", "[contend36]") {
  auto r = AuditText(kLead + "Mara Quist says the board is ignoring the riders and showing contempt for the town.\n");
  CHECK(ContentsWritten(r, "the board is ignoring the riders and showing contempt for the town") == 1);
}

// Guards: a verb that agrees with the cue is the source's next predicate,
// and the content still ends before it.
TEST_CASE("a past cue and a past verb after and: the content ends before and", "[contend36]") {
  auto r = AuditText(kLead + "Mara Quist said the ferry was late and praised the crew for its work.\n");
  CHECK(ContentsWritten(r, "the ferry was late") == 1);
}

TEST_CASE("a present cue and a present verb after and: the content ends before and", "[contend36]") {
  auto r = AuditText(kLead + "Mara Quist says she respects the captain and calls him a careful sailor.\n");
  CHECK(ContentsWritten(r, "she respects the captain") == 1);
}

TEST_CASE("a cue with an auxiliary keeps its coordinated verb out", "[contend36]") {
  auto r = AuditText(kLead + "Mara Quist has criticized the ferry schedule and said the board must change it.\n");
  CHECK(ContentsWritten(r, "the ferry schedule") == 1);
}
