// Fixes on main in the fortieth round, from fu48 (a fresh user trying the
// merged tree): a description the text says is left unnamed on purpose ("The
// co-founder, who spoke on condition of anonymity, said …") was resolved to a
// person named before with that role, so an anonymous source was shown as
// that named person (T5) and its anonymity was lost.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;

namespace {

const char* const kFirst =
    "Ferry board weighs a harbor toll.\n\n"
    "Lena Brandt, co-founder of Islandline, said the toll was a mistake.\n\n";

// The kind, level and name of the source of the attribution whose source
// text is `text`, as "kind T<level> name" (sources are found by `id`);
// "<none>" when no attribution has that source text.
std::string SourceOf(const onrecord::AuditResult& r, const std::string& text) {
  for (const auto& a : r.attributions) {
    if (!a.source || a.source->text != text) continue;
    for (const auto& s : r.sources) {
      if (s.id == a.source_id) {
        return std::string(onrecord::SourceKindName(s.kind)) + " T" + std::to_string(s.level) + " " + s.name;
      }
    }
    return "<no source>";
  }
  return "<none>";
}

}  // namespace

TEST_CASE("main48: a description said to be anonymous is not the person named with that role", "[main48]") {
  for (const char* next : {"The co-founder, who spoke on condition of anonymity, said the vote was rigged.\n",
                           "The company's co-founder, who asked not to be named, said the vote was rigged.\n"}) {
    INFO(next);
    auto r = AuditText(std::string(kFirst) + next);
    const std::string head = std::string(next).substr(0, std::string(next).find(','));
    const std::string got = SourceOf(r, head);
    CHECK(got.rfind("described T2", 0) == 0);
    CHECK(got.find("Lena Brandt") == std::string::npos);
  }
}

TEST_CASE("main48: a description with no anonymity clause still resolves to the named person", "[main48]") {
  auto r = AuditText(std::string(kFirst) + "The co-founder said the vote was rigged.\n");
  CHECK(SourceOf(r, "The co-founder") == "named T5 Lena Brandt");
}
