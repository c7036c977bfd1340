// Output-identical speed work of the twenty-sixth round (branch speed32,
// docs/performance.md): lists gender-words and given-names are tables of
// the language pack (AddGenderEntries, GenderIn), built once with the pack
// instead of once per article by the attribute stage.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "rule_pack.h"
#include "test_util.h"

using namespace onrecord;
using onrecord::testing::DefaultRules;

TEST_CASE("a gender table gives each word the letter after its entry's last colon", "[speed32]") {
  WordBits table;
  AddGenderEntries({"she:f", "he:m", "mrs.:f", "congresswoman:f"}, &table);
  CHECK(GenderIn(table, "she") == 'f');
  CHECK(GenderIn(table, "he") == 'm');
  CHECK(GenderIn(table, "mrs.") == 'f');
  CHECK(GenderIn(table, "congresswoman") == 'f');
  CHECK(table.size() == 4);
  // A word no entry has, a prefix of one and the entry as written are none.
  CHECK(GenderIn(table, "they") == 0);
  CHECK(GenderIn(table, "congress") == 0);
  CHECK(GenderIn(table, "she:f") == 0);
}

TEST_CASE("a gender table keeps a word's first entry and skips entries without a gender", "[speed32]") {
  WordBits table;
  AddGenderEntries({"jean:m", "jean:f", "noletter:", "nocolon", "a:b:f", "kim:m"}, &table);
  CHECK(GenderIn(table, "jean") == 'm');     // the first of two entries wins
  CHECK(GenderIn(table, "noletter") == 0);   // nothing after the colon
  CHECK(GenderIn(table, "nocolon") == 0);    // no colon at all
  CHECK(GenderIn(table, "a:b") == 'f');      // the word is everything before the last colon
  CHECK(GenderIn(table, "a") == 0);
  CHECK(GenderIn(table, "kim") == 'm');
  CHECK(table.size() == 3);
  // Entries added later never override one already in the table.
  AddGenderEntries({"kim:f", "lee:f"}, &table);
  CHECK(GenderIn(table, "kim") == 'm');
  CHECK(GenderIn(table, "lee") == 'f');
}

TEST_CASE("a language pack holds the gender tables of its lists", "[speed32]") {
  const LanguagePack* en = &DefaultRules().Pack("en");
  CHECK(GenderIn(en->word_gender, "she") == 'f');
  CHECK(GenderIn(en->word_gender, "he") == 'm');
  CHECK(GenderIn(en->word_gender, "mrs.") == 'f');
  CHECK(GenderIn(en->word_gender, "said") == 0);
  CHECK(en->word_gender.size() > 0);
  CHECK(en->given_gender.size() > 0);
  // Every entry of the lists as written is in its table, with its letter
  // or with the letter of the word's first entry.
  for (const auto* list : {&en->List("gender-words"), &en->List("given-names")}) {
    const WordBits& table = list == &en->List("gender-words") ? en->word_gender : en->given_gender;
    for (const std::string& entry : *list) {
      const size_t colon = entry.rfind(':');
      if (colon == std::string::npos || colon + 1 >= entry.size()) continue;
      CHECK(GenderIn(table, std::string_view(entry).substr(0, colon)) != 0);
    }
  }
}
