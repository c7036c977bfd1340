// A described anaphor ("the man", "the woman") after a name that occurs only
// inside an unnamed person's content: the anaphor is that unnamed speaker,
// not the person named in what was said. Every text is invented.
#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;

namespace {

// The speaker of the quote whose text starts with `prefix`.
std::string Coref49SpeakerOf(const onrecord::AuditResult& r, const std::string& prefix) {
  for (const auto& q : r.quotes) {
    if (q.text.rfind(prefix, 0) == 0) return q.speaker;
  }
  return "<no such quote>";
}

}  // namespace

TEST_CASE("coref49: the man after a name in an unnamed speaker's content is that speaker", "[coref49]") {
  struct Case {
    const char* text;
    const char* prefix;
    const char* not_speaker;
  };
  const Case cases[] = {
      {"A shopkeeper said she had seen Maria Denner near the bridge. \"It was already dark,\" the woman said.",
       "It was already", "Maria Denner"},
      {"A neighbor said he watched Karl Osterhout leave the house. \"He did not look back,\" the man said.",
       "He did not", "Karl Osterhout"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    const auto r = AuditText(c.text, "t.txt", "en");
    const std::string speaker = Coref49SpeakerOf(r, c.prefix);
    CHECK(speaker != "<no such quote>");
    CHECK(speaker != c.not_speaker);
  }
}

TEST_CASE("coref49: guards where the described anaphor stays with the named person", "[coref49]") {
  struct Case {
    const char* text;
    const char* prefix;
    const char* speaker;
  };
  const Case cases[] = {
      // The named person spoke before: the man is that person.
      {"Tom Weller said the plan was late. \"We will finish in May,\" the man said.", "We will finish",
       "Tom Weller"},
      // The office a named source holds.
      {"Ana Ruiz, the mayor, said the road would open. \"It is ready,\" the mayor said.", "It is ready",
       "Ana Ruiz"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    const auto r = AuditText(c.text, "t.txt", "en");
    CHECK(Coref49SpeakerOf(r, c.prefix) == c.speaker);
  }
}

TEST_CASE("coref49: a participle after a set-off cue keeps that cue's source", "[coref49]") {
  // "when" opens a subordinate clause, but ", Marsh said," is set off by
  // commas after it: the participle shares Marsh's attribution, not the
  // subject of the clause before it (known as a person from the first
  // sentence).
  const auto r = AuditText(
      "She said Brandt came. Brandt left when the meeting was over, Marsh said, adding, \"He was worn out.\"",
      "t.txt", "en");
  CHECK(Coref49SpeakerOf(r, "He was worn") == "Marsh");
  // Guard: a cue inside the subordinate clause leaves the participle to the
  // main clause's subject.
  const auto g = AuditText(
      "Nora Vick left the hall after Ed Brandt announced his retirement, saying \"It is a sad day.\"", "t.txt", "en");
  CHECK(Coref49SpeakerOf(g, "It is a sad") == "Nora Vick");
}
