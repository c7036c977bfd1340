// Source spans before a participle aside (forty-second round, branch src50b, from src50):
// in "Tom Hale, speaking later at a rally in Dover, Del., said …" the
// participle phrase tells where the source spoke, not who the source is;
// PolNeAR's guidelines keep only identifying modifiers in the source span,
// so the span ends before the aside's comma (list
// source-circumstance-participles), or with it when it closes an apposition
// the source holds; after the cue ("said Mia Chen, speaking at the pier")
// the same aside is cut.
#include <string>

#include <catch2/catch.hpp>

#include "source_span_util.h"

using onrecord::testing::SourceOf;

TEST_CASE("src50b: a participle aside with a comma inside ends the source before it", "[src50b]") {
  CHECK(SourceOf("Tom Hale, speaking later at a rally in Dover, Del., said the plan would fail.\n", "said") ==
        "Tom Hale");
}

TEST_CASE("src50b: after an apposition the source keeps the apposition's closing comma", "[src50b]") {
  CHECK(SourceOf("Sen. Ana Ruiz, D-Del., appearing on local radio after the vote, said the ferry would stay.\n",
                 "said") == "Sen. Ana Ruiz, D-Del.,");
}

TEST_CASE("src50b: after the cue the aside is cut from the source as well", "[src50b]") {
  CHECK(SourceOf("“The fees are too high,” said Mia Chen, speaking at the pier on Monday.\n", "said") == "Mia Chen");
}

TEST_CASE("src50b: guards, identifying asides and anonymity clauses keep their reading", "[src50b]") {
  // An outlet the source writes for identifies the source (not listed).
  CHECK(SourceOf("Jo Lee, writing for the Dover Post, said the levy was fair.\n", "said") == "Jo Lee");
  // An anonymity clause: the mention ends before it, as before.
  CHECK(SourceOf("A harbor official, speaking on condition of anonymity, said the talks had stalled.\n", "said") ==
        "A harbor official");
  // An apposition without a participle stays whole.
  CHECK(SourceOf("Mia Chen, a harbor pilot from Lewes, Del., said the fees were too high.\n", "said") ==
        "Mia Chen, a harbor pilot from Lewes, Del.,");
}

// A document's participle phrase with a time phrase before its agent ("A
// study released in May by the council found"): the source is the whole
// document phrase, as it is without the time phrase (AgentPhraseSubject);
// so for people a participle describes ("Pilots trained in May by …").
TEST_CASE("src50b: a time phrase between a document's participle and its agent keeps the document phrase",
          "[src50b]") {
  CHECK(SourceOf("A study issued in May by the Council for Harbor Safety and Navigation found that fares rose.\n",
                 "found") == "A study issued in May by the Council for Harbor Safety and Navigation");
  CHECK(SourceOf("A poll released Sunday by the Dover Post and Harbor News found that most voters backed the levy.\n",
                 "found") == "A poll released Sunday by the Dover Post and Harbor News");
  // Not only a document: people the participle describes.
  CHECK(SourceOf("Pilots trained in May by the harbor council said the levy was fair.\n", "said") ==
        "Pilots trained in May by the harbor council");
}

TEST_CASE("src50b: guards, an agent with no time phrase and a time phrase with no agent keep their reading",
          "[src50b]") {
  CHECK(SourceOf("A study released by the harbor council found that fares rose.\n", "found") ==
        "A study released by the harbor council");
  CHECK(SourceOf("A study released in May found that fares rose.\n", "found") == "A study released in May");
  CHECK(SourceOf("Lee, who was hired in May by the harbor council, said the levy was fair.\n", "said") ==
        "Lee, who was hired in May by the harbor council,");
}

// Content before an inverted coordinated source ("The fees rose, Lee and
// Hale said."): the content ends before the first name of the
// coordination, not before the last.
TEST_CASE("src50b: content before a coordinated source after it ends before the first conjunct", "[src50b]") {
  auto r = onrecord::testing::AuditText(
      "Harbor council weighs a ferry levy.\n\nThe fees rose, the mayor and the clerk said.\n");
  const auto a = onrecord::testing::AttributionWithCue(r, "said", true);
  CHECK(a.source == "the mayor and the clerk");
  CHECK(a.content == "The fees rose");
  // Guard: a single source after the content reads as before.
  auto g = onrecord::testing::AuditText("Harbor council weighs a ferry levy.\n\nThe fees rose, the mayor said.\n");
  CHECK(onrecord::testing::AttributionWithCue(g, "said", true).content == "The fees rose");
}
