// Sentence segmentation: abbreviations and initials do not end sentences;
// real sentence ends still do.
#include <catch2/catch.hpp>

#include "analysis.h"
#include "test_util.h"

namespace onrecord {
namespace {

// Runs the pipeline up to the segment stage and returns the sentences, trimmed.
std::vector<std::string> Sentences(const std::string& text, const std::string& language = "en") {
  Document doc;
  doc.path = "t.txt";
  doc.source = text;
  Analysis a;
  a.document = &doc;
  a.extracted = Extract(doc);
  Normalize(a);
  a.language = language;
  a.pack = &testing::DefaultRules().Pack(language);
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

// Regressions: the lists hold abbreviations without their final period (the
// segment stage used to look words up with it, so only lists that also
// carried a dotted copy worked); a capitalised word that carries the
// sentence on follows "U.S." or "a.m."; an initial may open a sentence.
TEST_CASE("an abbreviation before a word that carries the sentence on", "[segment]") {
  const Case cases[] = {
      {"U.S. President Joe Biden said the deal was close. Nobody agreed.",
       {"U.S. President Joe Biden said the deal was close.", "Nobody agreed."}},
      {"The talks resume at 9 a.m. Monday in Geneva. Both sides will attend.",
       {"The talks resume at 9 a.m. Monday in Geneva.", "Both sides will attend."}},
      {"Polls close at 8 p.m. EDT tonight. Counting starts then.",
       {"Polls close at 8 p.m. EDT tonight.", "Counting starts then."}},
      {"The U.S. Army said the drill would go ahead. It did.",
       {"The U.S. Army said the drill would go ahead.", "It did."}},
      // Any other capitalised word starts a sentence.
      {"Exports fell to the U.S. Officials blamed tariffs.",
       {"Exports fell to the U.S.", "Officials blamed tariffs."}},
      {"He said no. The minister left.", {"He said no.", "The minister left."}},
      {"The award went to John Smith Jr. The crowd cheered.",
       {"The award went to John Smith Jr.", "The crowd cheered."}},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(Sentences(c.text) == c.sentences);
  }
}

TEST_CASE("an abbreviation right after a quote mark or a bracket", "[segment]") {
  const Case cases[] = {
      {"\xE2\x80\x9CGov. Ray was right,\xE2\x80\x9D she said. He nodded.",
       {"\xE2\x80\x9CGov. Ray was right,\xE2\x80\x9D she said.", "He nodded."}},
      {"The mayor (Gov. Ann Ray's ally) agreed. Voters did not.",
       {"The mayor (Gov. Ann Ray's ally) agreed.", "Voters did not."}},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(Sentences(c.text) == c.sentences);
  }
}

TEST_CASE("an initial at the start of a sentence", "[segment]") {
  const Case cases[] = {
      {"E. Jean Carroll spoke first. The jury listened.",
       {"E. Jean Carroll spoke first.", "The jury listened."}},
      {"The court sat at noon. J. Smith testified. Nobody objected.",
       {"The court sat at noon.", "J. Smith testified.", "Nobody objected."}},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(Sentences(c.text) == c.sentences);
  }
}

TEST_CASE("abbreviation lists of other languages apply", "[segment]") {
  struct LangCase {
    const char* language;
    const char* text;
    std::vector<std::string> sentences;
  };
  const LangCase cases[] = {
      {"de", "Prof. Weber widersprach am Montag. Die Sitzung endete.",
       {"Prof. Weber widersprach am Montag.", "Die Sitzung endete."}},
      {"es", "El Ing. P\xC3\xA9rez lo confirm\xC3\xB3 ayer. Nadie protest\xC3\xB3.",
       {"El Ing. P\xC3\xA9rez lo confirm\xC3\xB3 ayer.", "Nadie protest\xC3\xB3."}},
      {"fr", "Le Pr. Dubois a parl\xC3\xA9. La salle a applaudi.",
       {"Le Pr. Dubois a parl\xC3\xA9.", "La salle a applaudi."}},
      {"ru",
       "\xD0\x9F\xD1\x80\xD0\xBE\xD1\x84. \xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD\xD0\xBE\xD0\xB2 "
       "\xD0\xB2\xD1\x8B\xD1\x81\xD1\x82\xD1\x83\xD0\xBF\xD0\xB8\xD0\xBB. \xD0\x97\xD0\xB0\xD0\xBB "
       "\xD0\xBC\xD0\xBE\xD0\xBB\xD1\x87\xD0\xB0\xD0\xBB.",
       {"\xD0\x9F\xD1\x80\xD0\xBE\xD1\x84. \xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD\xD0\xBE\xD0\xB2 "
        "\xD0\xB2\xD1\x8B\xD1\x81\xD1\x82\xD1\x83\xD0\xBF\xD0\xB8\xD0\xBB.",
        "\xD0\x97\xD0\xB0\xD0\xBB \xD0\xBC\xD0\xBE\xD0\xBB\xD1\x87\xD0\xB0\xD0\xBB."}},
  };
  for (const auto& c : cases) {
    INFO(c.language << ": " << c.text);
    CHECK(Sentences(c.text, c.language) == c.sentences);
  }
}

// ICU's own suppression lists ("@ss=standard") kept German sentences from
// ending at any word in "-er." and English ones at "Act." or "TPP.": only
// the packs' lists decide where a period is no sentence end.
TEST_CASE("sentences end after ordinary words that ICU's suppressions held", "[segment]") {
  struct LangCase {
    const char* language;
    const char* text;
    std::vector<std::string> sentences;
  };
  const LangCase cases[] = {
      {"de", "Das sei falsch, sagte der Sprecher. Die Sitzung endete.",
       {"Das sei falsch, sagte der Sprecher.", "Die Sitzung endete."}},
      {"de", "Der Plan liege vor, sagte Weber. Kanal Neun schwieg.",
       {"Der Plan liege vor, sagte Weber.", "Kanal Neun schwieg."}},
      {"en", "It violated the Voting Rights Act. But the court disagreed.",
       {"It violated the Voting Rights Act.", "But the court disagreed."}},
      {"en", "Leaders should not pass the TPP. CREDO Action bought ads.",
       {"Leaders should not pass the TPP.", "CREDO Action bought ads."}},
  };
  for (const auto& c : cases) {
    INFO(c.language << ": " << c.text);
    CHECK(Sentences(c.text, c.language) == c.sentences);
  }
}

TEST_CASE("an abbreviation after a hyphen and plural titles", "[segment]") {
  const Case cases[] = {
      {"In Brooklyn -Mrs. Clinton said she would sign it. The crowd cheered.",
       {"In Brooklyn -Mrs. Clinton said she would sign it.", "The crowd cheered."}},
      {"Sen. Ann Ray (D-Calif.) said no. The bill died.",
       {"Sen. Ann Ray (D-Calif.) said no.", "The bill died."}},
      {"Sens. Ann Ray and Tom Voss objected. Reps. Jo Lee and Al Kim agreed.",
       {"Sens. Ann Ray and Tom Voss objected.", "Reps. Jo Lee and Al Kim agreed."}},
      {"It was signed by Govs. Ann Ray and Tom Voss. Nobody else signed.",
       {"It was signed by Govs. Ann Ray and Tom Voss.", "Nobody else signed."}},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(Sentences(c.text) == c.sentences);
  }
}

}  // namespace
}  // namespace onrecord
