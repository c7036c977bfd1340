// Branch speed27 (docs/performance.md): the attribute stage hashes a
// token's key once per spelling of the article and hands the hash to every
// WordSet it asks (`Has`, through a HashedKey). These tests hold the
// pre-hashed lookup to the plain one, and an article whose list word comes
// in several spellings to the same answer for each.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "rule_pack.h"
#include "test_util.h"

using onrecord::HashedKey;
using onrecord::StringHash;
using onrecord::WordSet;
using onrecord::testing::AuditText;
using onrecord::testing::DefaultRules;
using onrecord::testing::SeenWithCue;

namespace {

bool FoundHashed(const WordSet& set, const std::string& key) {
  return set.find(HashedKey{key, StringHash{}(std::string_view(key))}) != set.end();
}

}  // namespace

TEST_CASE("a WordSet looked up by a HashedKey answers as by the key itself", "[speed27]") {
  WordSet small = {"went", "continued", "kept"};
  WordSet empty;
  WordSet big;
  for (int i = 0; i < 5000; ++i) big.insert("w" + std::to_string(i));
  const std::vector<std::string> keys = {"", "went", "Went", "wen", "wentt", "continued", "kept", "w0",
                                         "w4999", "w5000", "w12", "x12", "said", "\xE2\x80\x99s"};
  for (const auto& k : keys) {
    INFO("key: " << k);
    CHECK(FoundHashed(small, k) == (small.find(k) != small.end()));
    CHECK(FoundHashed(big, k) == (big.find(k) != big.end()));
    CHECK_FALSE(FoundHashed(empty, k));
  }
  // A wrong hash can only miss (it picks another bucket): the hash must be StringHash's.
  CHECK(StringHash{}(HashedKey{"went", 42}) == 42);
}

TEST_CASE("every word of the English pack's lists is found by its HashedKey", "[speed27]") {
  const onrecord::LanguagePack& pack = DefaultRules().Pack("en");
  size_t words = 0;
  for (const auto& [name, set] : pack.lists) {
    for (const auto& w : set) {
      INFO("list " << name << ": " << w);
      CHECK(FoundHashed(set, w));
      std::string other = w + "\x01";
      CHECK_FALSE(FoundHashed(set, other));
      ++words;
    }
  }
  CHECK(words > 1000);
}

TEST_CASE("a list word read through Has is found in each of its spellings in one article", "[speed27]") {
  // "went" (list cue-aspect-verbs, asked through Has) as "went" and "Went":
  // two spellings of one key, whose hash each spelling keeps for itself.
  auto r = AuditText(
      "Ana Lee went on to say the pier was safe.\n\n"
      "Later, Piet Vos Went on to say the levy would rise, and Mara Quill went on to say nothing.\n");
  const auto a = SeenWithCue(r, "went on to say");
  CHECK(a.source == "Ana Lee");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "the pier was safe");
  const auto b = SeenWithCue(r, "Went on to say");
  CHECK(b.source == "Piet Vos");
  REQUIRE(b.content.size() == 1);
  CHECK(b.content[0] == "the levy would rise");
  CHECK(SeenWithCue(r, "went on to say", 1).source == "Mara Quill");
}

TEST_CASE("a noun of claim before \"that\" still opens its content (keys compared as views)", "[speed27]") {
  // Low(k + 1) == "that" in NominalStances and the cue search, now LowIs.
  auto r = AuditText("Ana Lee's claim that the levy is illegal drew criticism.\n");
  const auto a = SeenWithCue(r, "claim");
  CHECK(a.source == "Ana Lee's");
  REQUIRE(a.content.size() == 1);
  CHECK(a.content[0] == "that the levy is illegal drew criticism");
}
