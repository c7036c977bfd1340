// Plural head nouns of the twentieth round (plural26): a plural person or
// role noun that the list plural-heads did not have was read as singular,
// so "The moderators said" referred back to the one person named before.
#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <string>

#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;
using testing::SourceNamed;

const Source* SourceOfMention(const AuditResult& r, const std::string& text) {
  for (const auto& a : r.attributions) {
    if (!a.source || a.source->text != text) continue;
    for (const auto& s : r.sources) {
      if (s.id == a.source_id) return &s;
    }
  }
  return nullptr;
}

std::set<std::string> ListWords(const std::string& lang, const std::string& list) {
  std::set<std::string> words;
  std::ifstream in(testing::SourceDir() / "rules" / lang / "lists" / (list + ".txt"));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    words.insert(line);
  }
  return words;
}

TEST_CASE("a plural person noun after a named person is a group of its own", "[plural26]") {
  for (const std::string noun : {"moderators", "politicians", "front-runners", "teenagers"}) {
    INFO(noun);
    auto r = AuditText("Debate night\n\nSenator Maria Lopez spoke first on Tuesday. The " + noun +
                       " said trade would decide the race.\n");
    const Source* lopez = SourceNamed(r, "Maria Lopez");
    const Source* group = SourceOfMention(r, "The " + noun);
    REQUIRE(group != nullptr);
    // Without the plural, the group was Maria Lopez (T5) and she had an
    // attribution she never made.
    CHECK((lopez == nullptr || group->id != lopez->id));
    CHECK(group->kind != SourceKind::kNamed);
    if (lopez) CHECK(lopez->attributions == 0);
  }
  // The singular still refers back to her.
  auto one = AuditText(
      "Debate night\n\nSenator Maria Lopez spoke first on Tuesday. The politician said trade would decide the "
      "race.\n");
  const Source* lopez = SourceNamed(one, "Maria Lopez");
  REQUIRE(lopez != nullptr);
  CHECK(lopez->attributions == 1);
}

// The kind of fault, for every pack with an s-plural: a head noun listed
// with its singular must also be listed as plural.
TEST_CASE("every listed s-plural of a listed head noun is in plural-heads", "[plural26]") {
  for (const std::string lang : {"en", "es", "pt", "fr"}) {
    std::set<std::string> heads;
    for (const char* list : {"person-heads", "role-nouns", "anonymous-heads", "epithet-heads"}) {
      for (const auto& w : ListWords(lang, list)) heads.insert(w);
    }
    REQUIRE(!heads.empty());
    const std::set<std::string> plural = ListWords(lang, "plural-heads");
    for (const auto& w : heads) {
      bool s_plural = false;
      for (const std::string suffix : {"s", "es"}) {
        if (w.size() > suffix.size() + 2 && w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0 &&
            heads.count(w.substr(0, w.size() - suffix.size()))) {
          s_plural = true;
        }
      }
      if (!s_plural) continue;
      INFO(lang << "/lists: " << w);
      CHECK(plural.count(w) == 1);
    }
  }
}

}  // namespace
}  // namespace onrecord
