// Sentence segmentation: abbreviations and initials do not end sentences;
// real sentence ends still do.
#include <catch2/catch.hpp>

#include "analysis.h"
#include "test_util.h"

namespace onrecord {
namespace {

// Runs the pipeline up to the segment stage and returns the sentences, trimmed.
std::vector<std::string> Sentences(const std::string& text) {
  Document doc;
  doc.path = "t.txt";
  doc.source = text;
  Analysis a;
  a.document = &doc;
  a.extracted = Extract(doc);
  Normalize(a);
  a.language = "en";
  a.pack = &testing::DefaultRules().Pack("en");
  Clean(a);
  Segment(a);
  std::vector<std::string> out;
  for (const auto& s : a.sentences) {
    std::string t = a.text.substr(s.span.begin, s.span.size());
    while (!t.empty() && (t.back() == ' ' || t.back() == '\n')) t.pop_back();
    while (!t.empty() && t.front() == ' ') t.erase(0, 1);
    if (!t.empty()) out.push_back(t);
  }
  return out;
}

struct Case {
  const char* text;
  std::vector<std::string> sentences;
};

TEST_CASE("abbreviations do not end a sentence", "[segment]") {
  const Case cases[] = {
      {"The U.S. economy grew in May. Officials were pleased.",
       {"The U.S. economy grew in May.", "Officials were pleased."}},
      {"Mr. Lee said the talks had failed. He left early.",
       {"Mr. Lee said the talks had failed.", "He left early."}},
      {"Mrs. Ray and Dr. Voss arrived. They sat down.",
       {"Mrs. Ray and Dr. Voss arrived.", "They sat down."}},
      {"Gov. Ann Ray signed the bill. Sen. Tom Voss objected.",
       {"Gov. Ann Ray signed the bill.", "Sen. Tom Voss objected."}},
      {"The vote is set for Jan. 5 in the capital. It may slip.",
       {"The vote is set for Jan. 5 in the capital.", "It may slip."}},
      {"He lives at No. 10 on Main St. in Port Anselm. He moved in May.",
       {"He lives at No. 10 on Main St. in Port Anselm.", "He moved in May."}},
      {"The meeting began at 9 a.m. and ended at noon. Nobody spoke.",
       {"The meeting began at 9 a.m. and ended at noon.", "Nobody spoke."}},
      {"She holds a Ph.D. in economics. She teaches in Port Anselm.",
       {"She holds a Ph.D. in economics.", "She teaches in Port Anselm."}},
      {"Lt. Gen. Jo Lee and Rep. Ann Ray met on Feb. 3. They agreed.",
       {"Lt. Gen. Jo Lee and Rep. Ann Ray met on Feb. 3.", "They agreed."}},
      {"St. Anselm's church was full. The mayor spoke.",
       {"St. Anselm's church was full.", "The mayor spoke."}},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(Sentences(c.text) == c.sentences);
  }
}

TEST_CASE("initials inside a name do not end a sentence", "[segment]") {
  const Case cases[] = {
      {"President John F. Kennedy spoke in 1963. The crowd cheered.",
       {"President John F. Kennedy spoke in 1963.", "The crowd cheered."}},
      {"The novel by Mary A. B. Lee sold well. Critics agreed.",
       {"The novel by Mary A. B. Lee sold well.", "Critics agreed."}},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(Sentences(c.text) == c.sentences);
  }
}

TEST_CASE("sentences still end at abbreviations that close them", "[segment]") {
  const Case cases[] = {
      {"Exports fell to the U.S. The ministry blamed tariffs.",
       {"Exports fell to the U.S.", "The ministry blamed tariffs."}},
      {"The vote ended at 9 p.m. Nobody objected.", {"The vote ended at 9 p.m.", "Nobody objected."}},
      {"Talks stalled. Officials left. “We tried,” she said.",
       {"Talks stalled.", "Officials left.", "“We tried,” she said."}},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(Sentences(c.text) == c.sentences);
  }
}

}  // namespace
}  // namespace onrecord
