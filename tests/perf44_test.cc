// Branch perf44 (issue #8, speed): less fixed cost in loading the rules.
// (1) A YAML text holding both '&' and '*' is parsed once: LoadFindingAlias
// loads every document and looks for a node the tree reaches twice (what an
// alias makes), and only then asks FirstAlias where the alias is. (2) The
// check that every pattern parses reads a stand-in where the pattern has a
// Unicode letter class (ParseCheckPattern): the stand-in must parse exactly
// when the pattern does, and an error still quotes the pattern. (3) The
// rule files are sorted by a string key in fs::path's order. These cases pin
// what the fast paths must keep; the loader's answers are the same as before.
#include <catch2/catch.hpp>

#include <re2/re2.h>
#include <re2/set.h>
#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

#include "onrecord/rules.h"
#include "parse_check.h"
#include "sha256.h"
#include "test_util.h"
#include "yaml_check.h"

using namespace onrecord;
using namespace onrecord::testing;

namespace {

bool Parses(const std::string& pattern, bool case_sensitive) {
  RE2::Options o;
  o.set_log_errors(false);
  o.set_case_sensitive(case_sensitive);
  std::string error;
  return RE2::Set(o, RE2::UNANCHORED).Add(pattern, &error) >= 0;
}

// YAML::Dump of a loaded root, to compare two roots.
std::string Dumped(const YAML::Node& n) { return YAML::Dump(n); }

}  // namespace

TEST_CASE("perf44: a stand-in parses exactly when its pattern does", "[perf44]") {
  const std::vector<std::string> patterns = {
      "\\pL+",
      "^\\p{Lu}[\\pL.\\-/]*( [\\pL.\\-/]+){0,4}\\s\\((?P<wire>[A-Za-z&./]{2,12})\\)",
      "(?i)\\bsaid\\s+\\pL+",
      "[^\\pL]x",
      "[\\pL-x]",      // the '-' after the class is a literal
      "[\\pL-!]",      // so is this one ('!' is below every letter)
      "[\\pL--x]",     // '-' to 'x' after the class
      "[]\\pL]",       // a leading ']' is a member
      "[[:alpha:]\\pL]",
      "\\p{Ll}{2,3}",
      "\\pL(",         // missing )
      "\\pL{2,1001}",  // repeat count too large
      "(\\pL{40}){40}",  // nested repetitions too large
      "[\\pL",         // missing ]
      "\\pL)",         // unexpected )
      "x{3,2}\\pL",    // bad repetition
      "\\pL\\",        // trailing backslash
      "\\pL\\8",       // bad escape
      "(?P<a>\\pL)(?P<a>x)",  // duplicate name
      "\\pL*+",        // bad repetition operator
      "[z-a\\pL]",     // bad range before the class
  };
  for (const auto& p : patterns) {
    INFO(p);
    const auto stand_in = ParseCheckPattern(p);
    REQUIRE(stand_in);
    CHECK(stand_in->find("\\p") == std::string::npos);
    for (bool cs : {true, false}) CHECK(Parses(*stand_in, cs) == Parses(p, cs));
  }
}

TEST_CASE("perf44: no stand-in where the class could hide an error or nothing is gained", "[perf44]") {
  CHECK_FALSE(ParseCheckPattern("said\\s+\\w+"));      // no letter class
  CHECK_FALSE(ParseCheckPattern("\\Q\\pL\\E"));         // literal text
  CHECK_FALSE(ParseCheckPattern("\\\\pL"));             // a backslash, then "pL"
  CHECK_FALSE(ParseCheckPattern("\\p{Greek}+"));        // another class, as written
  CHECK_FALSE(ParseCheckPattern("[a-\\pL]"));           // an error RE2 reports
  CHECK_FALSE(ParseCheckPattern("[\\x00-\\pL]"));       // "[\x00-\x{10FFFE}-…]" would parse
  CHECK(Parses("[\\x00-\\x{10FFFE}-\\x{10FFFF}]", true));  // (it would)
  CHECK_FALSE(Parses("[\\x00-\\pL]", true));
  CHECK(ParseCheckPattern("\\pLu") == std::string("[\\x{10FFFE}-\\x{10FFFF}]u"));
  CHECK(ParseCheckPattern("[.\\p{Lu}]") == std::string("[.\\x{10FFFE}-\\x{10FFFF}]"));
}

TEST_CASE("perf44: a bad pattern with a letter class is reported from the pattern itself", "[perf44]") {
  TempDir dir;
  WriteFile(dir / "en/phrase/broken.yml",
            "kind: phrase\nrole: access\nmessage: m\npatterns:\n  - 'who\\s+\\pL+'\n  - '\\pL+ (attended'\n");
  auto r = RuleSet::Load(dir.path().string());
  REQUIRE_FALSE(r.ok());
  INFO(r.status().ToString());
  CHECK(r.status().line() == 6);
  CHECK(r.status().column() == 5);
  CHECK(r.status().message() == "bad pattern: missing ): \\pL+ (attended");

  TempDir good;
  WriteFile(good / "en/phrase/fine.yml",
            "kind: phrase\nrole: access\nmessage: m\npatterns:\n  - '[\\pL-]+ attended'\n  - '(?i)\\p{Lu}\\pL+ said'\n");
  CHECK(RuleSet::Load(good.path().string()).ok());
}

TEST_CASE("perf44: LoadFindingAlias gives what YAML::Load and FirstAlias give", "[perf44]") {
  const std::vector<std::string> texts = {
      "kind: phrase\nmessage: m\n",
      // '&' and '*' only inside quoted patterns (the datelines, bylines)
      "kind: boilerplate\nmessage: 'AT&T'\npatterns:\n  - '^(By|by)\\s+\\w*(\\s*&\\s*\\w+)*$'\n",
      "a: &x 1\nb: *x\n",
      "a: &x [1, 2]\nb: {c: *x}\n",
      "a: &x {}\nb: *x\n",
      "? &k key\n: 1\n*k : 2\n",
      "a: 1\n---\nb: &y 2\nc: *y\n",  // the alias is in the second document
      "a: &x 1\n---\nb: [*x\n",        // a second document that does not parse
      "a: &p 'x & y'\nb: '*p'\n",     // an anchor, no alias
      "",
      "&a [*a]\n",
      "a: &a ['l','o','l']\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
      "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
      "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n",
  };
  for (const auto& t : texts) {
    INFO(t);
    bool load_throws = false;
    YAML::Node expected;
    try {
      expected = YAML::Load(t);
    } catch (const YAML::Exception&) {
      load_throws = true;
    }
    if (load_throws) {
      CHECK_THROWS_AS(LoadFindingAlias(t), YAML::ParserException);
      continue;
    }
    const LoadedYaml got = LoadFindingAlias(t);
    const auto alias = FirstAlias(t);
    REQUIRE(got.alias.has_value() == alias.has_value());
    if (alias) {
      CHECK(got.alias->line == alias->line);
      CHECK(got.alias->column == alias->column);
      CHECK(got.alias->pos == alias->pos);
      continue;  // the loaders refuse it; the tree is not walked
    }
    CHECK(got.root.Type() == expected.Type());
    CHECK(Dumped(got.root) == Dumped(expected));
    CHECK(got.root.Mark().pos == expected.Mark().pos);
  }
  // An unclosed flow sequence throws as YAML::Load does.
  CHECK_THROWS_AS(LoadFindingAlias("a: &x [1\nb: *x\n"), YAML::ParserException);
}

TEST_CASE("perf44: a rule file with an alias after '&' and '*' in patterns is refused at the alias", "[perf44]") {
  TempDir dir;
  WriteFile(dir / "en/phrase/aliased.yml",
            "kind: phrase\nrole: access\nmessage: &m 'AT&T said'\npatterns:\n  - 'a\\w*b'\nlink: *m\n");
  auto r = RuleSet::Load(dir.path().string());
  REQUIRE_FALSE(r.ok());
  INFO(r.status().ToString());
  CHECK(r.status().message().find("YAML aliases") != std::string::npos);
  CHECK(r.status().line() == 6);
  CHECK(r.status().column() == 7);
}

TEST_CASE("perf44: rule files are read in path order, element by element", "[perf44]") {
  // As strings "en-x/…" sorts before "en/…" ('-' is below '/'); as paths
  // "en" comes first (a shorter element that the other begins with). The
  // rules' hash is over the files in the loader's order.
  TempDir dir;
  const std::string a = "kind: phrase\nrole: access\nmessage: m\npatterns: ['who attended']\n";
  const std::string b = "kind: phrase\nrole: access\nmessage: n\npatterns: ['who spoke']\n";
  WriteFile(dir / "en/phrase/a.yml", a);
  WriteFile(dir / "en-x/phrase/a.yml", b);
  WriteFile(dir / "en.x/phrase/a.yml", b);
  auto r = RuleSet::Load(dir.path().string());
  REQUIRE(r.ok());
  Sha256 hash;
  for (const auto& [rel, bytes] : std::vector<std::pair<std::string, std::string>>{
           {"en/phrase/a.yml", a}, {"en-x/phrase/a.yml", b}, {"en.x/phrase/a.yml", b}}) {
    hash.Update(rel);
    hash.Update(std::string_view("\0", 1));
    hash.Update(bytes);
  }
  CHECK((*r)->hash() == hash.Hex());
}
