// Growth with the number of quotes (quad41, issue #8): the stages that were
// quadratic in the number of attributions or of distinct names now look
// things up through indexes. These tests hold the behaviour those stages
// had: a citation still takes the continuation of the quote it cites when
// the article holds many other attributions, and a surname still resolves
// to the right person when thousands of distinct names share a given name.
// (No timing here: scripts/bench's scaling rows measure the growth.)
#include <catch2/catch.hpp>
#include <string>

#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;
using testing::SeenAttributions;
using testing::SpeakerOf;

// The attribution whose source mention is `source` and whose cue is `cue`.
testing::SeenAttribution Find(const AuditResult& r, const std::string& source, const std::string& cue) {
  for (auto& a : SeenAttributions(r)) {
    if (a.source == source && a.cue == cue) return a;
  }
  testing::SeenAttribution none;
  none.source = "<no attribution>";
  return none;
}

std::string Citation() {
  return "“We will not march on the square,” Pell said, according to the Courier. “Tell that to your "
         "members.”\n\n";
}

TEST_CASE("quad41: a citation takes the cited quote's continuation", "[quad41]") {
  const auto r = AuditText(Citation());
  const auto cited = Find(r, "the Courier", "according to");
  REQUIRE(cited.source == "the Courier");
  REQUIRE(cited.content.size() == 2);
  CHECK(cited.content[1].find("Tell that to your members") != std::string::npos);
}

TEST_CASE("quad41: a citation takes the continuation among many other attributions", "[quad41]") {
  // Two thousand attributed quotes before and after it, each in its own
  // paragraph: the citation's inner attribution is found by its cue's place.
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "“Item " + std::to_string(i) + " is late,” said Ann Lee.\n\n";
  text += Citation();
  for (int i = 0; i < 2000; ++i) text += "“Part " + std::to_string(i) + " is lost,” said Bo Kim.\n\n";
  const auto r = AuditText(text, "test.txt");
  const auto cited = Find(r, "the Courier", "according to");
  REQUIRE(cited.source == "the Courier");
  REQUIRE(cited.content.size() == 2);
  CHECK(cited.content[1].find("Tell that to your members") != std::string::npos);
  // No other attribution gained a part.
  size_t two = 0;
  for (const auto& a : SeenAttributions(r)) two += a.content.size() >= 2 ? 1 : 0;
  CHECK(two <= 2);  // the citation and the quote it cites
  CHECK(SpeakerOf(r, "Item 1999 is late") == "Ann Lee");
  CHECK(SpeakerOf(r, "Part 0 is lost") == "Bo Kim");
}

TEST_CASE("quad41: quotes repeated on one line keep their speaker", "[quad41]") {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "“Quote,” said Ann Lee. ";
  text += "\n";
  const auto r = AuditText(text, "test.txt");
  CHECK(r.quotes.size() == 3000);
  size_t ann = 0;
  for (const auto& q : r.quotes) ann += q.speaker == "Ann Lee" ? 1 : 0;
  CHECK(ann == 3000);
}

// Distinct full names "Ann <surname i>": the given name is shared by all.
std::string ManyAnns(int n) {
  std::string text;
  for (int i = 0; i < n; ++i) {
    std::string surname;
    for (int j = i;; j /= 10) {
      surname += "klmnrstvzb"[j % 10];
      surname += "aoiu"[j % 4];
      if (j < 10) break;
    }
    surname[0] = static_cast<char>(surname[0] - 'a' + 'A');
    text += "“Item " + std::to_string(i) + " is late,” said Ann " + surname + "dell.\n\n";
  }
  return text;
}

TEST_CASE("quad41: a surname resolves among thousands of names sharing a given name", "[quad41]") {
  std::string text = "Ann Quorrel, the port's director, said the cranes were idle.\n\n";
  text += ManyAnns(3000);
  text += "“We will hire again in spring,” Quorrel said.\n\n";
  const auto r = AuditText(text, "test.txt");
  CHECK(SpeakerOf(r, "We will hire again") == "Ann Quorrel");
  CHECK(SpeakerOf(r, "Item 0 is late") == "Ann Kadell");
}

TEST_CASE("quad41: a given name alone still resolves to the nearest bearer", "[quad41]") {
  // "Ann" is a token of every name: the nearest mention before it wins, as
  // before the shortest-list walk.
  std::string text = ManyAnns(500);
  text += "Ann Quorrel, the port's director, spoke last.\n\n“We will hire again in spring,” Ann said.\n\n";
  const auto r = AuditText(text, "test.txt");
  CHECK(SpeakerOf(r, "We will hire again") == "Ann Quorrel");
}

TEST_CASE("quad41: a given name alone after a gendered honorific skips a bearer of the other gender", "[quad41]") {
  // More than 64 names hold "Lee" (the indexed walk over mentions): "Ms.
  // Lee" passes over the 81 men named since to the woman named before them.
  std::string text = "Ann Lee, the port's director, said the cranes were idle.\n\n";
  const char* given[] = {"James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph"};
  const char* middle[] = {"Hart", "Vance", "Ogden", "Price", "Ellis", "Marsh", "Quill", "Brand", "Stowe", "Pike"};
  for (int i = 0; i < 80; ++i) {
    text += std::string(given[i % 8]) + " " + middle[i / 8] + " Lee spoke.\n\n";
  }
  text += "Tom Lee, the mayor, spoke too.\n\n“We will hire again in spring,” Ms. Lee said.\n\n";
  const auto r = AuditText(text, "test.txt");
  CHECK(SpeakerOf(r, "We will hire again") == "Ann Lee");
  const auto he = AuditText(text + "“Not before summer,” Mr. Lee said.\n\n", "test.txt");
  CHECK(SpeakerOf(he, "Not before summer") == "Tom Lee");
}

bool Declined(const AuditResult& r) {
  for (const auto& f : r.findings) {
    if (f.rule == "document.declined-and-anonymous") return true;
  }
  return false;
}

TEST_CASE("quad41: declined-and-anonymous among many unnamed sources", "[quad41]") {
  // Hundreds of unnamed sources of other parties; one tied to the party
  // that declined (a word of it three letters longer: "Corvathi").
  std::string text;
  for (int i = 0; i < 300; ++i) {
    text += "“Item " + std::to_string(i) + " is late,” said a spokesman for Acme" + std::to_string(i) + " Corp.\n\n";
  }
  const std::string declined = "A spokesman for Corvath’s Fisheries Ministry declined to comment.\n";
  CHECK_FALSE(Declined(AuditText(text + declined, "test.txt")));
  CHECK(Declined(AuditText(text + "Two Corvathi officials said the talks had failed. " + declined, "test.txt")));
  // The party word the longer one: "Corvathi" declined, "Corvath" unnamed.
  CHECK(Declined(AuditText(text + "Two Corvath officials said the talks had failed. A spokesman for the "
                                  "Corvathi ministry declined to comment.\n",
                           "test.txt")));
}

}  // namespace
}  // namespace onrecord
