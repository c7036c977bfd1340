// Output-identical speed work of the twenty-seventh round (branch speed33,
// docs/performance.md): OccurrenceIndex, which finds where a name occurs in
// a long text among the positions sharing its first three bytes instead of
// scanning the whole text once per name (SourceGender's search for a
// gendered title before a name).
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "occurrence_index.h"

using namespace onrecord;

namespace {

// Every position repeated find calls give, ascending.
std::vector<size_t> ByFind(std::string_view text, std::string_view needle) {
  std::vector<size_t> out;
  for (size_t at = text.find(needle); at != std::string_view::npos; at = text.find(needle, at + 1)) out.push_back(at);
  return out;
}

std::vector<size_t> ByIndex(const OccurrenceIndex& index, std::string_view needle) {
  std::vector<size_t> out;
  index.ForEach(needle, [&](size_t at) {
    out.push_back(at);
    return false;
  });
  return out;
}

// A long text of varied sentences (long enough to be indexed), with names
// inside words, overlapping runs, non-ASCII names and a name at the very end.
std::string LongText() {
  std::string text;
  const char* parts[] = {"Mrs. Ana Ruiz said the harbor would open. ",
                         "Mr. Tom Reyes told reporters it would not. ",
                         "McRuiz and Ruizdael met Ruiz at the AAAA depot; AAAAA. ",
                         "Senator Željka Šarić said “no” twice. ",
                         "she Ruiz, he Reyes, Mr.Reyes and congresswoman Holt. ",
                         "Plain words with no capitals at all, on and on. "};
  for (int i = 0; text.size() < 3 * OccurrenceIndex::kMinTextBytes; ++i) {
    text += parts[i % 6];
    text += std::to_string(i);
    text += ' ';
  }
  text += "Ruiz";
  return text;
}

}  // namespace

TEST_CASE("an occurrence index finds every occurrence of a name as repeated find calls do", "[speed33]") {
  const std::string text = LongText();
  const OccurrenceIndex index(text);
  REQUIRE(index.indexed());
  for (std::string_view needle : {"Ruiz", "Ana Ruiz", "Reyes", "Mr.", "AAAA", "AAA", "Željka Šarić", "Šarić",
                                  "Holt. ", "Nobody", "Ruiz said the harbor would open. Mr. Tom"}) {
    const auto expected = ByFind(text, needle);
    CHECK(ByIndex(index, needle) == expected);
  }
  // The name at the text's end and overlapping runs are among them.
  CHECK(ByIndex(index, "Ruiz").back() == text.size() - 4);
  const auto runs = ByIndex(index, "AAAA");
  REQUIRE(runs.size() >= 3);
  CHECK(runs[2] == runs[1] + 1);  // inside "AAAAA"
}

TEST_CASE("an occurrence index searches needles it does not index as find does", "[speed33]") {
  const std::string text = LongText();
  const OccurrenceIndex index(text);
  REQUIRE(index.indexed());
  // Shorter than three bytes, opening with a lower-case letter, a space or
  // a continuation byte, and the empty needle (every position).
  const std::string_view continuation = std::string_view("Željka").substr(1);  // opens inside "Ž"
  for (std::string_view needle : {std::string_view("Ru"), std::string_view("R"), std::string_view("said"),
                                  std::string_view("on and"), std::string_view(" Ruiz"), continuation,
                                  std::string_view()}) {
    CHECK(ByIndex(index, needle) == ByFind(text, needle));
  }
}

TEST_CASE("an occurrence index stops where the caller says so", "[speed33]") {
  const std::string text = LongText();
  const OccurrenceIndex index(text);
  std::vector<size_t> seen;
  index.ForEach("Reyes", [&](size_t at) {
    seen.push_back(at);
    return seen.size() == 3;
  });
  const auto all = ByFind(text, "Reyes");
  REQUIRE(all.size() > 3);
  CHECK(seen == std::vector<size_t>(all.begin(), all.begin() + 3));
}

TEST_CASE("a short text is not indexed and is searched as before", "[speed33]") {
  const std::string text = "Mrs. Ana Ruiz said it. Ruiz left. RuizRuiz.";
  const OccurrenceIndex index(text);
  CHECK_FALSE(index.indexed());
  CHECK(ByIndex(index, "Ruiz") == ByFind(text, "Ruiz"));
  CHECK(ByIndex(index, "Ruiz").size() == 4);
}
