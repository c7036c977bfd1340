// Load stage, Markdown front matter: the YAML block at the top of a .md file
// gives the article's metadata under the names a JSON record uses; bad
// front matter is an error at file:line:column; offsets still count it.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "onrecord/document.h"
#include "test_util.h"

using namespace onrecord;
using namespace onrecord::testing;

namespace {

Document LoadOne(const std::string& bytes, const std::string& path = "a.md") {
  auto loaded = LoadBytes(bytes, path, LoadOptions{});
  REQUIRE(loaded.size() == 1);
  INFO(loaded[0].error.ToString());
  REQUIRE(loaded[0].document);
  return *loaded[0].document;
}

Status LoadError(const std::string& bytes) {
  auto loaded = LoadBytes(bytes, "bad.md", LoadOptions{});
  REQUIRE(loaded.size() == 1);
  REQUIRE_FALSE(loaded[0].document);
  return loaded[0].error;
}

const char kBody[] = "\n“We will not move,” said Wu Xinbo, an adviser to the ministry.\n";

}  // namespace

TEST_CASE("front matter fills the metadata under the names of a JSON record", "[front_matter]") {
  const std::string md =
      "---\n"
      "title: Harbour talks stall\n"
      "date: 2016-03-01\n"
      "authors:\n  - Jo Lee\n  - Sam Ode\n"
      "publisher: Coast Post\n"
      "link: https://example.org/harbour\n"
      "lang: fr\n"
      "id: story-7\n"
      "wire: AP\n"
      "tags: [harbour, strike]\n"
      "---\n" +
      std::string(kBody);
  Document doc = LoadOne(md);
  const Metadata& m = doc.metadata;
  CHECK(m.title == std::optional<std::string>("Harbour talks stall"));
  CHECK(m.published == std::optional<std::string>("2016-03-01"));
  CHECK(m.author == std::optional<std::string>("Jo Lee, Sam Ode"));
  CHECK(m.outlet == std::optional<std::string>("Coast Post"));
  CHECK(m.url == std::optional<std::string>("https://example.org/harbour"));
  CHECK(m.language == std::optional<std::string>("fr"));
  CHECK(m.id == std::optional<std::string>("story-7"));
  CHECK(m.wire == std::optional<bool>(true));
  CHECK(doc.source == md);  // the front matter stays in the source: offsets count it

  Document plain = LoadOne("---\nheadline: \"Talks: stalled\"\nwire: false\n---\n" + std::string(kBody));
  CHECK(plain.metadata.title == std::optional<std::string>("Talks: stalled"));
  CHECK(plain.metadata.wire == std::optional<bool>(false));
  CHECK_FALSE(plain.metadata.author);

  // No front matter, an empty one, or one that is never closed: nothing.
  CHECK_FALSE(LoadOne(std::string("# Talks\n") + kBody).metadata.title);
  CHECK_FALSE(LoadOne(std::string("---\n---\n") + kBody).metadata.title);
  CHECK_FALSE(LoadOne(std::string("---\ntitle: x\n") + kBody).metadata.title);
  // The same bytes as plain text have no front matter.
  CHECK_FALSE(LoadOne(md, "a.txt").metadata.title);
}

TEST_CASE("bad front matter is an error at its file line and column", "[front_matter]") {
  SECTION("YAML that does not parse") {
    // At the '[' that is never closed, not where yaml-cpp gave up (the
    // closing --- line).
    Status s = LoadError("---\ntitle: Talks\nauthor: [Jo Lee\n---\n" + std::string(kBody));
    CHECK(s.path() == "bad.md");
    CHECK(s.line() == 3);
    CHECK(s.column() == 9);
    CHECK(s.message().find("invalid YAML in the front matter") != std::string::npos);
  }
  SECTION("a flow mapping that is never closed, after a closed list") {
    Status s = LoadError("---\ntags: [a, b]\nauthor: {name: Jo Lee\n---\n" + std::string(kBody));
    CHECK(s.line() == 3);
    CHECK(s.column() == 9);
    CHECK(s.message().find("invalid YAML in the front matter") != std::string::npos);
  }
  SECTION("a quote that is never closed") {
    Status s = LoadError("---\ntitle: Talks\nauthor: \"Jo Lee\n---\n" + std::string(kBody));
    CHECK(s.ToString() ==
          "bad.md:3:9: unclosed quote: the value opened with \" runs to the end of the front matter");
  }
  SECTION("not a mapping of fields") {
    Status s = LoadError("---\n- Talks stalled\n- officials said\n---\n" + std::string(kBody));
    CHECK(s.line() == 2);
    CHECK(s.column() == 1);
    CHECK(s.message().find("must be YAML fields such as 'title: …', not a list") != std::string::npos);
  }
  SECTION("the column counts code points") {
    Status s = LoadError("---\ntitle: «Débat»: x\n---\n" + std::string(kBody));
    CHECK(s.line() == 2);
    CHECK(s.column() == 15);  // the second ':' after 14 characters (17 bytes)
    CHECK(s.message().find("invalid YAML in the front matter") != std::string::npos);
  }
}

TEST_CASE("audit shows the front matter title and reports bad front matter with exit 2", "[front_matter][cli]") {
  TempDir tmp;
  const std::string md = "---\ntitle: Harbour talks stall\nauthor: Jo Lee\n---\n" + std::string(kBody);
  WriteFile(tmp / "good.md", md);
  WriteFile(tmp / "bad.md", "---\ntitle: [Harbour\n---\n" + std::string(kBody));

  auto text = RunCli({"audit", (tmp / "good.md").string()});
  CHECK(text.exit_code == 0);
  CHECK(text.out.find("  title: Harbour talks stall\n") != std::string::npos);

  auto r = RunCli({"audit", "--format", "json", (tmp / "good.md").string()});
  REQUIRE(r.exit_code == 0);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["metadata"]["title"] == "Harbour talks stall");
  CHECK(j["metadata"]["author"] == "Jo Lee");
  // Offsets are into the whole file, front matter included.
  REQUIRE(j["quotes"].size() == 1);
  const auto& q = j["quotes"][0];
  size_t begin = q["begin"], end = q["end"];
  CHECK(md.substr(begin, end - begin) == "We will not move,");
  CHECK(q["line"] == 6);
  CHECK(q["column"] == 2);

  auto both = RunCli({"audit", "--format", "jsonl", (tmp / "bad.md").string(), (tmp / "good.md").string()});
  CHECK(both.exit_code == 2);
  CHECK(both.err.find((tmp / "bad.md").string() + ":2:8: invalid YAML in the front matter") != std::string::npos);
  CHECK(both.out.find("Harbour talks stall") != std::string::npos);
}
