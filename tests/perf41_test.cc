// Output-identical speed work of the thirty-fifth round (branch perf41,
// docs/performance.md): StringHash, the hash of every WordSet (the packs'
// word lists, the lists' map by name, the attribute stage's sets), is the
// inline WordHash that WordBits already used instead of a call of
// std::hash's _Hash_bytes. These tests hold the hash to what the sets need
// of it (the same value for a key however it is asked, the tail bytes of
// every length mixed in) and the pack's lookups to their answers.
#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "rule_pack.h"
#include "test_util.h"

using onrecord::HashedKey;
using onrecord::StringHash;
using onrecord::WordBits;
using onrecord::WordHash;
using onrecord::WordSet;
using onrecord::testing::DefaultRules;

namespace {

// Random words of 0 to 24 bytes, ASCII letters and UTF-8 lead and
// continuation bytes, distinct.
std::vector<std::string> RandomWords(size_t n, uint32_t seed) {
  std::mt19937 rng(seed);
  std::set<std::string> seen;
  std::vector<std::string> out;
  while (out.size() < n) {
    std::string w(rng() % 25, 'a');
    for (char& c : w) {
      const uint32_t r = rng() % 10;
      c = r < 7 ? static_cast<char>('a' + rng() % 26) : r < 9 ? static_cast<char>(0x80 + rng() % 64)
                                                               : static_cast<char>(0xC2 + rng() % 30);
    }
    if (seen.insert(w).second) out.push_back(w);
  }
  return out;
}

bool FoundHashed(const WordSet& set, std::string_view key) {
  return set.find(HashedKey{key, StringHash{}(key)}) != set.end();
}

}  // namespace

TEST_CASE("perf41: StringHash is WordHash, and every byte of a key of any length counts", "[perf41]") {
  const std::string base = "abcdefghijklmnopqrstuvwx";  // 24 bytes: three whole words
  for (size_t len = 0; len <= base.size(); ++len) {
    const std::string_view key(base.data(), len);
    INFO("length " << len);
    CHECK(StringHash{}(key) == static_cast<size_t>(WordHash(key)));
    CHECK(StringHash{}(std::string(key)) == StringHash{}(key));
    // One byte changed anywhere (in a whole word or in the last 0-7 bytes)
    // changes the hash; so does a byte more or less.
    for (size_t at = 0; at < len; ++at) {
      std::string other(key);
      other[at] = static_cast<char>(other[at] ^ 0x20);
      INFO("byte " << at);
      CHECK(WordHash(other) != WordHash(key));
    }
    if (len > 0) CHECK(WordHash(key.substr(0, len - 1)) != WordHash(key));
  }
  // Keys of NUL bytes only differ by their length.
  std::set<uint64_t> zeros;
  for (size_t len = 0; len <= 17; ++len) zeros.insert(WordHash(std::string(len, '\0')));
  CHECK(zeros.size() == 18);
  // A HashedKey carries its hash through (speed27).
  CHECK(StringHash{}(HashedKey{"said", 7}) == 7);
}

TEST_CASE("perf41: a WordSet and a WordBits find every word of every length, and no near miss", "[perf41]") {
  const std::vector<std::string> words = RandomWords(3000, 41);
  WordSet set;
  WordBits bits;
  for (size_t i = 0; i < words.size(); ++i) {
    set.insert(words[i]);
    bits.Add(words[i], (uint64_t{1} << (i % 64)) | 1);
  }
  REQUIRE(set.size() == words.size());
  std::set<std::string> all(words.begin(), words.end());
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    INFO("word " << i << " of " << w.size() << " bytes");
    CHECK(set.count(w) == 1);
    CHECK(set.find(std::string_view(w)) != set.end());
    CHECK(FoundHashed(set, w));
    CHECK(bits.Find(w) == ((uint64_t{1} << (i % 64)) | 1));
    // Near misses: a byte changed, added or dropped.
    std::vector<std::string> near;
    for (size_t at = 0; at < w.size(); ++at) {
      std::string o = w;
      o[at] = static_cast<char>(o[at] ^ 0x01);
      near.push_back(o);
    }
    near.push_back(w + "a");
    if (!w.empty()) near.push_back(w.substr(1));
    for (const std::string& o : near) {
      const bool in = all.count(o) == 1;
      CHECK((set.count(o) == 1) == in);
      CHECK(FoundHashed(set, o) == in);
      CHECK((bits.Find(o) != 0) == in);
    }
  }
}

TEST_CASE("perf41: the English pack's lists answer InList, Words and ListBits for each of their words", "[perf41]") {
  const onrecord::LanguagePack& pack = DefaultRules().Pack("en");
  size_t checked = 0;
  for (const auto& [name, order] : pack.list_order) {
    const WordSet& set = pack.Words(name);
    for (const std::string& w : order) {
      INFO("list " << name << ": " << w);
      CHECK(pack.InList(name, w));
      CHECK(set.count(w) == 1);
      ++checked;
    }
  }
  CHECK(checked > 1000);
  CHECK_FALSE(pack.InList("no-such-list", "said"));
  CHECK(pack.Words("no-such-list").empty());
  CHECK(pack.InList("abbreviations-title", "mr"));
  CHECK_FALSE(pack.InList("abbreviations-title", "mister-x"));
  CHECK(pack.ListBits("zzzz-not-a-word") == 0);
}
