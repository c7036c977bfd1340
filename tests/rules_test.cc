// Rule loading and validation, `when:` values, exceptions, and the
// `onrecord rules list|show` commands.
#include <catch2/catch.hpp>

#include <regex>

#include "onrecord/rule_test_runner.h"
#include "conjugate.h"
#include "rule_pack.h"
#include "test_util.h"

using namespace onrecord;
using namespace onrecord::testing;

namespace {

// Loads a rules directory holding one rule file (and optional lists).
Status LoadOne(const TempDir& dir, const std::string& rel, const std::string& yaml) {
  WriteFile(dir / rel, yaml);
  auto r = RuleSet::Load(dir.path().string());
  return r.ok() ? Status::Ok() : r.status();
}

}  // namespace

TEST_CASE("rule files that break a rule of the format name path:line:column", "[rules]") {
  struct Case {
    const char* name;
    const char* yaml;
    int line, column;
    const char* says;
  };
  const Case cases[] = {
      {"unknown key", "kind: attribution\nwhen: {anonymous: true}\nmessage: m\ncolour: red\n", 4, 1, "unknown key"},
      {"unknown kind", "kind: sentiment\nmessage: m\n", 1, 7, "unknown kind"},
      {"missing message", "kind: attribution\nwhen: {anonymous: true}\n", 1, 1, "missing key 'message'"},
      {"bad pattern", "kind: phrase\nrole: access\nmessage: m\npatterns:\n  - 'who (attended'\n", 5, 5, "bad pattern"},
      {"missing list", "kind: phrase\nrole: access\nmessage: m\nlist: no-such-list\n", 4, 7, "list 'no-such-list'"},
      {"transparency out of range", "kind: attribution\nmessage: m\nwhen:\n  transparency: T7\n", 4, 17, "T0 to T5"},
      {"transparency not a level", "kind: attribution\nmessage: m\nwhen:\n  max_transparency: high\n", 4, 21, "T0 to T5"},
      {"boolean condition", "kind: attribution\nmessage: m\nwhen:\n  reason: maybe\n", 4, 11, "true or false"},
      {"specificity", "kind: attribution\nmessage: m\nwhen:\n  specificity: precise\n", 4, 16, "vague or described"},
      {"source kind", "kind: attribution\nmessage: m\nwhen:\n  source_kind: named|ghost\n", 4, 16, "unknown source_kind 'ghost'"},
      {"cue tone", "kind: attribution\nmessage: m\nwhen:\n  cue_tone: angry\n", 4, 13, "unknown cue_tone"},
      {"unknown condition", "kind: attribution\nmessage: m\nwhen:\n  mood: grim\n", 4, 3, "unknown condition 'mood'"},
      {"unknown check", "kind: document\nmessage: m\ncheck: vibes\n", 3, 8, "unknown check"},
      {"unknown metric", "kind: metric\nmessage: m\nmetric: vibes\nbelow: 1\n", 3, 9, "unknown metric"},
      {"weight not a number", "kind: phrase\nrole: access\nmessage: m\npatterns: ['x']\nweight: heavy\n", 5, 9, "weight must be a number"},
      {"negative weight", "kind: phrase\nrole: access\nmessage: m\npatterns: ['x']\nweight: -0.2\n", 5, 9, "between 0 and 1"},
      {"bad exception", "kind: attribution\nmessage: m\nwhen: {anonymous: true}\nexceptions: ['(']\n", 4, 14, "bad exception pattern"},
      {"bad level", "kind: attribution\nmessage: m\nwhen: {anonymous: true}\nlevel: fatal\n", 4, 8, "suggestion, warning or error"},
      // At the '[' that is never closed (yaml-cpp gives up at the end).
      {"YAML syntax", "kind: attribution\nmessage: [unclosed\n", 2, 10, "YAML syntax"},
      {"YAML unclosed map inside a list", "kind: attribution\nmessage: m\nexamples: [a, {b: c\nlevel: error\n", 3, 15,
       "YAML syntax"},
      // A pattern that can match the empty string would match everywhere.
      {"empty pattern", "kind: phrase\nrole: access\nmessage: m\npatterns:\n  - ''\n", 5, 5,
       "can match the empty string"},
      {"word boundary only", "kind: phrase\nrole: access\nmessage: m\npatterns:\n  - 'who said'\n  - '\\b'\n", 6, 5,
       "can match the empty string"},
      {"optional pattern", "kind: boilerplate\nmessage: m\npatterns: ['(?:Advertisement)?']\n", 3, 12,
       "can match the empty string"},
      {"line start", "kind: boilerplate\nmessage: m\npatterns: ['(?m)^']\n", 3, 12, "can match the empty string"},
      {"empty exception", "kind: attribution\nmessage: m\nwhen: {anonymous: true}\nexceptions: ['x|']\n", 4, 14,
       "can match the empty string"},
      {"unclosed quote", "kind: attribution\nmessage: 'unclosed\nlevel: error\nwhen: {anonymous: true}\n", 2, 10,
       "unclosed quote"},
  };
  for (const auto& c : cases) {
    SECTION(c.name) {
      TempDir dir;
      Status s = LoadOne(dir, "en/attribution/broken.yml", c.yaml);
      REQUIRE_FALSE(s.ok());
      INFO(s.ToString());
      CHECK(s.path().find("broken.yml") != std::string::npos);
      CHECK(s.line() == c.line);
      CHECK(s.column() == c.column);
      CHECK(s.message().find(c.says) != std::string::npos);
    }
  }
}

// Regression: a rule file that was a dangling symbolic link, or a directory
// named like a rule file, was skipped, and its rule silently disappeared.
TEST_CASE("a rule file that cannot be read is a load error naming it", "[rules]") {
  const std::string rule = "kind: attribution\nwhen: {anonymous: true}\nmessage: m\n";
  SECTION("dangling symbolic link") {
    TempDir dir;
    WriteFile(dir / "en/attribution/ok.yml", rule);
    std::filesystem::create_symlink("gone.yml", dir / "en/attribution/linked.yml");
    auto r = RuleSet::Load(dir.path().string());
    REQUIRE_FALSE(r.ok());
    INFO(r.status().ToString());
    CHECK(r.status().path() == (dir / "en/attribution/linked.yml").string());
    CHECK_THAT(r.status().message(), Catch::Contains("dangling symbolic link"));
  }
  SECTION("symbolic link loop") {
    TempDir dir;
    WriteFile(dir / "en/attribution/ok.yml", rule);
    std::filesystem::create_symlink("b.yml", dir / "en/attribution/a.yml");
    std::filesystem::create_symlink("a.yml", dir / "en/attribution/b.yml");
    auto r = RuleSet::Load(dir.path().string());
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.status().ToString(), Catch::Contains("a.yml: cannot read rule file"));
  }
  SECTION("directory named like a rule file") {
    TempDir dir;
    WriteFile(dir / "en/attribution/ok.yml", rule);
    std::filesystem::create_directories(dir / "en/attribution/folder.yml");
    auto r = RuleSet::Load(dir.path().string());
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().path() == (dir / "en/attribution/folder.yml").string());
    CHECK_THAT(r.status().message(), Catch::Contains("is a directory"));
  }
  SECTION("a list file that is a dangling link") {
    TempDir dir;
    WriteFile(dir / "en/attribution/ok.yml", rule);
    std::filesystem::create_directories(dir / "en/lists");
    std::filesystem::create_symlink("missing.txt", dir / "en/lists/words.txt");
    auto r = RuleSet::Load(dir.path().string());
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().path() == (dir / "en/lists/words.txt").string());
  }
  SECTION("the CLI exits 2 naming the path") {
    TempDir dir;
    std::filesystem::copy(SourceDir() / "rules", dir / "rules", std::filesystem::copy_options::recursive);
    const auto linked = dir / "rules/en/phrase/zz-linked.yml";
    std::filesystem::create_symlink("nowhere.yml", linked);
    auto r = RunCli({"--rules", (dir / "rules").string(), "rules", "list"});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains(linked.string() + ": cannot read rule file: dangling symbolic link"));
  }
}

TEST_CASE("an id used twice within one language is a load error", "[rules]") {
  TempDir dir;
  WriteFile(dir / "en/attribution/twice.yml", "kind: attribution\nwhen: {anonymous: true}\nmessage: m\n");
  WriteFile(dir / "en/attribution/twice.yaml", "kind: attribution\nwhen: {anonymous: true}\nmessage: m\n");
  auto r = RuleSet::Load(dir.path().string());
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().message().find("used twice") != std::string::npos);
}

TEST_CASE("valid when: values load", "[rules]") {
  TempDir dir;
  Status s = LoadOne(dir, "en/attribution/ok.yml",
                     "kind: attribution\nmessage: m\nwhen:\n  min_transparency: T1\n  max_transparency: T3\n"
                     "  source_kind: anonymous|described\n  cue_tone: loaded, non-speech\n  reason: false\n"
                     "  bare: true\n  side: false\n  attack: false\n  plural: true\n");
  INFO(s.ToString());
  CHECK(s.ok());
}

TEST_CASE("a broken rule file makes every command exit 2 with one path:line:column", "[rules][cli]") {
  TempDir dir;
  std::filesystem::copy(SourceDir() / "rules", dir / "rules", std::filesystem::copy_options::recursive);
  std::string broken = (dir / "rules/any/attribution/vague-anonymous.yml").string();
  WriteFile(broken, "kind: attribution\nmessage: m\nwhen:\n  transparency: T9\n");
  TempDir work;
  WriteFile(work / "a.txt", "Talks stalled, people familiar with the matter said.\n");
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"rules", "test"}, {"rules", "list"}, {"audit", (work / "a.txt").string()}}) {
    std::vector<std::string> full = {"--rules", (dir / "rules").string()};
    full.insert(full.end(), args.begin(), args.end());
    auto r = RunCli(full);
    INFO(args[0] << ": " << r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find(broken + ":4:17:") != std::string::npos);
    // One message, on one line.
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
  }
  // `rules test PATH` finds the rules directory above PATH and reports the same.
  auto r = RunCli({"rules", "test", (dir / "rules/any/attribution").string()});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find(broken + ":4:17:") != std::string::npos);
}

TEST_CASE("exceptions drop findings, phrase matches and cues", "[rules][exceptions]") {
  TempDir dir;
  std::filesystem::copy(SourceDir() / "rules", dir / "rules", std::filesystem::copy_options::recursive);
  const std::string text = "Talks have stalled, people familiar with the matter said.\n";
  Document doc;
  doc.path = "a.txt";
  doc.source = text;
  AuditOptions opts;
  opts.language = "en";
  auto count = [&](const RuleSet& rules, const std::string& id) {
    auto r = Audit(doc, rules, opts);
    REQUIRE(r.ok());
    return std::count_if(r->findings.begin(), r->findings.end(), [&](const Finding& f) { return f.rule == id; });
  };
  {
    auto before = RuleSet::Load((dir / "rules").string());
    REQUIRE(before.ok());
    CHECK(count(**before, "attribution.vague-anonymous") == 1);
  }
  // An attribution rule's exception: matched in the finding's sentence.
  std::string path = (dir / "rules/any/attribution/vague-anonymous.yml").string();
  std::string yaml = ReadFile(path);
  WriteFile(path, yaml + "exceptions: ['\\bTalks have stalled\\b']\n");
  {
    auto after = RuleSet::Load((dir / "rules").string());
    REQUIRE(after.ok());
    CHECK(count(**after, "attribution.vague-anonymous") == 0);
  }
  // A cue rule's exception: "familiar … said" no longer a cue, so no attribution.
  std::string cue = (dir / "rules/en/cue/neutral.yml").string();
  std::string cue_yaml = ReadFile(cue);
  const std::string key = "\nexceptions:\n";
  if (size_t at = cue_yaml.find(key); at != std::string::npos) {
    cue_yaml.insert(at + key.size(), "  - 'matter said'\n");  // the rule has exceptions already
  } else {
    cue_yaml += "exceptions: ['matter said']\n";
  }
  WriteFile(cue, cue_yaml);
  auto rules = RuleSet::Load((dir / "rules").string());
  REQUIRE(rules.ok());
  auto r = Audit(doc, **rules, opts);
  REQUIRE(r.ok());
  CHECK(r->attributions.empty());
}

TEST_CASE("a phrase rule's exception drops an overlapping match only", "[rules][exceptions]") {
  TempDir dir;
  WriteFile(dir / "en/phrase/opinion.yml",
            "kind: phrase\nrole: opinion\nmessage: m\npatterns: ['\\bdisaster\\b']\n"
            "exceptions: ['natural disaster']\n"
            "examples:\n  flag: ['It is a disaster']\n  pass: ['the natural disaster fund']\n");
  auto rules = RuleSet::Load(dir.path().string());
  REQUIRE(rules.ok());
  RuleTestReport report = RunRuleExamples(**rules);
  CHECK(report.failures == 0);
  CHECK(report.results.size() == 2);
}

TEST_CASE("onrecord rules list and show", "[rules][cli]") {
  auto list = RunCli({"rules", "list"});
  REQUIRE(list.exit_code == 0);
  CHECK(list.out.find("attribution.vague-anonymous") != std::string::npos);
  CHECK(std::regex_search(list.out, std::regex(R"(document\.declined-and-anonymous\s+document\s+error\s+any\s+The same party)")));
  // One line per rule plus the header.
  CHECK(static_cast<size_t>(std::count(list.out.begin(), list.out.end(), '\n')) ==
        DefaultRules().rules().size() + 1);

  auto show = RunCli({"rules", "show", "cue.loaded"});
  REQUIRE(show.exit_code == 0);
  CHECK(show.out.find("tone: loaded") != std::string::npos);
  CHECK(show.out.find("# list cues-loaded") != std::string::npos);
  CHECK(show.out.find("#   claimed") != std::string::npos);

  // A cue rule's lemma list is shown with the forms the loader made.
  auto lemmas = RunCli({"rules", "show", "cue.neutral", "--language", "fr"});
  REQUIRE(lemmas.exit_code == 0);
  CHECK(lemmas.out.find("lemmas: cue-lemmas-neutral") != std::string::npos);
  CHECK(lemmas.out.find("# list cue-lemmas-neutral") != std::string::npos);
  CHECK(lemmas.out.find("#   a-t-elle évoqué\n") != std::string::npos);

  auto bare = RunCli({"rules", "show", "attribution.bare-source"});
  CHECK(bare.out.find("#   insiders") != std::string::npos);

  auto missing = RunCli({"rules", "show", "attribution.no-such-rule"});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("no rule with id") != std::string::npos);
}

TEST_CASE("rules list and show refuse a language that has no pack", "[rules][cli]") {
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"rules", "list", "--language", "xx"},
        std::vector<std::string>{"rules", "show", "cue.neutral", "--language", "german"}}) {
    auto r = RunCli(args);
    INFO(args.back());
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err.find("unknown language '" + args.back() + "'") != std::string::npos);
    CHECK(r.err.find("the rules have de, en") != std::string::npos);
  }
  // A regional tag is its language's pack; "any" is the rules of every pack.
  auto fr = RunCli({"rules", "list", "--language", "fr-FR"});
  REQUIRE(fr.exit_code == 0);
  // (The language column follows the level's.)
  CHECK(std::regex_search(fr.out, std::regex(R"((error|warning|suggestion|info)\s+fr\s)")));
  CHECK_FALSE(std::regex_search(fr.out, std::regex(R"((error|warning|suggestion|info)\s+de\s)")));
  CHECK(RunCli({"rules", "list", "--language", "any"}).exit_code == 0);
}

TEST_CASE("rules test and rules show count one rule one example and one entry in the singular", "[rules][cli]") {
  TempDir dir;
  std::filesystem::copy(SourceDir() / "rules", dir / "rules", std::filesystem::copy_options::recursive);
  const std::string access = (dir / "rules/en/phrase/access.yml").string();
  std::string yaml = ReadFile(access);
  yaml = yaml.substr(0, yaml.find("examples:")) + "examples:\n  flag: [\"a diplomat who attended the meeting said\"]\n";
  WriteFile(access, yaml);
  auto test = RunCli({"rules", "test", access});
  INFO(test.out);
  CHECK(test.exit_code == 1);  // a rule needs a pass: example too
  CHECK(test.out.find("\n1 rule, 1 example, 1 failed\n") != std::string::npos);
  auto all = RunCli({"rules", "test", (dir / "rules/en/phrase").string()});
  CHECK(all.out.find(" rules, ") != std::string::npos);
  CHECK(all.out.find(" examples, ") != std::string::npos);

  WriteFile(dir / "rules/en/lists/cues-loaded.txt", "# one verb\nclaimed\n");
  auto show = RunCli({"--rules", (dir / "rules").string(), "rules", "show", "cue.loaded"});
  INFO(show.err);
  CHECK(show.out.find("# list cues-loaded (1 entry, resolved for en)") != std::string::npos);
}

TEST_CASE("the pack is chosen by --language or the detected language", "[rules][language]") {
  TempDir dir;
  std::filesystem::copy(SourceDir() / "rules", dir / "rules", std::filesystem::copy_options::recursive);
  // A German pack whose only finding rule flags every named source.
  WriteFile(dir / "rules/de/attribution/named-only.yml",
            "kind: attribution\nwhen: {source_kind: named}\nmessage: de rule\n"
            "examples:\n  flag: ['x']\n  pass: ['y']\n");
  auto rules = RuleSet::Load((dir / "rules").string());
  REQUIRE(rules.ok());
  CHECK(rules.value()->HasLanguage("de"));
  CHECK(rules.value()->Pack("de").HasRule("attribution.named-only"));
  CHECK_FALSE(rules.value()->Pack("en").HasRule("attribution.named-only"));
  CHECK(rules.value()->Pack("en").HasRule("attribution.vague-anonymous"));
  // Rules under any/ are in every pack.
  CHECK(rules.value()->Pack("de").HasRule("attribution.vague-anonymous"));
  auto en = RunCli({"--rules", (dir / "rules").string(), "audit", "--format", "json", "--language", "en",
                    (SourceDir() / "corpus/en_003_club-manager-sources-say.txt").string()});
  auto forced = RunCli({"--rules", (dir / "rules").string(), "audit", "--format", "json", "--language", "de",
                        (SourceDir() / "corpus/en_003_club-manager-sources-say.txt").string()});
  auto detected = RunCli({"--rules", (dir / "rules").string(), "audit", "--format", "json",
                          (SourceDir() / "corpus/de_008_geburtsstation-altmoor.txt").string()});
  CHECK(en.out.find("\"language\": \"en\"") != std::string::npos);
  CHECK(forced.out.find("\"language\": \"de\"") != std::string::npos);
  CHECK(detected.out.find("\"language\": \"de\"") != std::string::npos);
  // The German pack's own rule fires on the German article only.
  CHECK(detected.out.find("\"attribution.named-only\"") != std::string::npos);
  CHECK(en.out.find("\"attribution.named-only\"") == std::string::npos);
}

TEST_CASE("docs/rules.md lists every rule id", "[rules][docs]") {
  const std::string doc = ReadFile(SourceDir() / "docs/rules.md");
  for (const auto& rule : DefaultRules().rules()) {
    INFO(rule.id << " (" << rule.path << ")");
    CHECK(doc.find("`" + rule.id + "`") != std::string::npos);
  }
}

TEST_CASE("WordBits finds every word added with all its bits, and no other word", "[rules]") {
  WordBits table;
  CHECK(table.Find("said") == 0);  // empty: nothing to probe
  // Enough words to grow the table many times; short ones and ones longer
  // than the eight bytes hashed at a time.
  std::vector<std::string> words;
  for (int i = 0; i < 3000; ++i) {
    const std::string n = std::to_string(i);
    words.push_back(std::string("w").append(n));
    words.push_back(std::string("a much longer list entry ").append(n));
  }
  for (size_t i = 0; i < words.size(); ++i) table.Add(words[i], uint64_t{1} << (i % 64));
  table.Add("w7", uint64_t{1} << 40);  // a second list holding the same word
  table.Add("", 2);
  table.Add("never stored", 0);  // no bits: not a member of anything
  CHECK(table.size() == words.size() + 1);
  size_t wrong = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    uint64_t want = uint64_t{1} << (i % 64);
    if (words[i] == "w7") want |= uint64_t{1} << 40;
    if (table.Find(words[i]) != want) ++wrong;
  }
  CHECK(wrong == 0);
  CHECK(table.Find("") == 2);
  CHECK(table.Find("never stored") == 0);
  CHECK(table.Find("w3000") == 0);
  CHECK(table.Find("W7") == 0);  // callers pass keys: no case folding here
  CHECK(table.Find(std::string_view("w7x", 2)) == table.Find("w7"));
}

namespace {

// The forms a lemma line makes, or the error's message.
std::vector<std::string> Expand(const std::string& lang, const std::string& line) {
  std::vector<std::string> forms;
  LemmaError error;
  if (!ExpandCueLemma(lang, line, &forms, &error)) return {"error: " + error.message};
  return forms;
}

bool Has(const std::vector<std::string>& forms, const std::string& form) {
  return std::find(forms.begin(), forms.end(), form) != forms.end();
}

}  // namespace

TEST_CASE("a French cue lemma makes every third-person form and the inversions", "[rules][lemmas]") {
  auto f = Expand("fr", "rappeler");
  for (const char* form : {"rappelle", "rappellent", "rappelait", "rappelaient", "rappela", "rappelèrent",
                           "rappellera", "rappelleront", "rappellerait", "rappelleraient", "a rappelé",
                           "ont rappelé", "avait rappelé", "aurait rappelé", "auraient rappelé", "rappelle-t-il",
                           "rappelle-t-on", "rappelait-elle", "rappela-t-il", "rappellera-t-elle",
                           "rappellent-ils", "a-t-il rappelé", "a-t-elle rappelé", "ont-ils rappelé",
                           "avait-on rappelé"}) {
    INFO(form);
    CHECK(Has(f, form));
  }
  CHECK_FALSE(Has(f, "rappelle-il"));
  // Spelling of -cer, -ger, -é-er, e-er verbs, -ir like finir and -dre.
  CHECK(Has(Expand("fr", "annoncer"), "annonçait"));
  CHECK(Has(Expand("fr", "annoncer"), "annonça-t-il"));
  CHECK(Has(Expand("fr", "juger"), "jugeait"));
  CHECK(Has(Expand("fr", "répéter"), "répète"));
  CHECK(Has(Expand("fr", "répéter"), "répétera"));
  CHECK(Has(Expand("fr", "répéter"), "répètera"));
  CHECK(Has(Expand("fr", "marteler"), "martèle"));
  CHECK(Has(Expand("fr", "avertir"), "avertissent"));
  CHECK(Has(Expand("fr", "avertir"), "avertit-il"));
  CHECK(Has(Expand("fr", "avertir"), "a averti"));
  CHECK(Has(Expand("fr", "répondre"), "répond-elle"));
  CHECK(Has(Expand("fr", "répondre"), "a répondu"));
  CHECK(Has(Expand("fr", "relayer"), "relaie"));
  // An irregular verb with its forms; fixed words after the verb.
  auto dire = Expand("fr", "dire present=dit,disent imperfect=disait past=dit future=dira participle=dit");
  for (const char* form : {"dit", "disent", "disait", "disaient", "dirent", "dira", "dirait", "dit-il",
                           "dira-t-il", "disait-on", "a-t-elle dit", "auraient-ils dit"}) {
    INFO(form);
    CHECK(Has(dire, form));
  }
  auto garde = Expand("fr", "mettre en garde present=met,mettent imperfect=mettait past=mit future=mettra participle=mis");
  CHECK(Has(garde, "met en garde"));
  CHECK(Has(garde, "met-il en garde"));
  CHECK(Has(garde, "a mis en garde"));
  // Reflexive verbs take être and agree.
  auto refl = Expand("fr", "s'inquiéter");
  for (const char* form : {"s'inquiète", "s'inquiètent", "s'inquiétait", "s'inquiète-t-il", "s'est inquiété",
                           "s'est inquiétée", "se sont inquiétés", "se sont inquiétées", "s'est-elle inquiétée",
                           "s'était inquiété"}) {
    INFO(form);
    CHECK(Has(refl, form));
  }
  CHECK(Has(Expand("fr", "se féliciter"), "se félicite"));
  CHECK(Has(Expand("fr", "se féliciter"), "s'est félicitée"));
  // except= leaves a form out.
  auto juger = Expand("fr", "juger except=juge");
  CHECK_FALSE(Has(juger, "juge"));
  CHECK(Has(juger, "a jugé"));
}

TEST_CASE("Spanish Italian and Portuguese cue lemmas make their tenses", "[rules][lemmas]") {
  auto es = Expand("es", "recordar present=recuerda,recuerdan");
  for (const char* form : {"recuerda", "recuerdan", "recordó", "recordaron", "recordaba", "recordaban",
                           "recordará", "recordaría", "ha recordado", "había recordado", "habrían recordado"}) {
    INFO(form);
    CHECK(Has(es, form));
  }
  CHECK(Has(Expand("es", "decir present=dice,dicen past=dijo future=dirá participle=dicho"), "dijeron"));
  CHECK(Has(Expand("es", "decir present=dice,dicen past=dijo future=dirá participle=dicho"), "diría"));
  CHECK(Has(Expand("es", "responder"), "respondió"));
  CHECK(Has(Expand("es", "quejarse"), "se quejó"));
  CHECK(Has(Expand("es", "quejarse"), "se han quejado"));
  auto it = Expand("it", "ammettere past=ammise participle=ammesso");
  for (const char* form : {"ammette", "ammettono", "ammetteva", "ammettevano", "ammise", "ammisero", "ammetterà",
                           "ammetterebbe", "ha ammesso", "hanno ammesso", "aveva ammesso", "avrebbero ammesso"}) {
    INFO(form);
    CHECK(Has(it, form));
  }
  CHECK(Has(Expand("it", "spiegare"), "spiegherà"));
  CHECK(Has(Expand("it", "annunciare"), "annuncerà"));
  CHECK(Has(Expand("it", "chiarire"), "chiarisce"));
  CHECK(Has(Expand("it", "lamentarsi"), "si lamenta"));
  CHECK(Has(Expand("it", "lamentarsi"), "si è lamentata"));
  CHECK(Has(Expand("it", "lamentarsi"), "si sono lamentati"));
  auto pt = Expand("pt", "dizer present=diz,dizem imperfect=dizia past=disse,disseram future=dirá participle=dito");
  for (const char* form : {"diz", "dizem", "dizia", "diziam", "disse", "disseram", "dissera", "dirá", "diria",
                           "tem dito", "tinha dito", "teriam dito"}) {
    INFO(form);
    CHECK(Has(pt, form));
  }
  auto afirmar = Expand("pt", "afirmar");
  for (const char* form : {"afirma", "afirmam", "afirmou", "afirmaram", "afirmara", "afirmava", "afirmará",
                           "afirmaria", "havia afirmado"}) {
    INFO(form);
    CHECK(Has(afirmar, form));
  }
  CHECK(Has(Expand("pt", "concluir"), "conclui"));
  CHECK(Has(Expand("pt", "queixar-se"), "queixou-se"));
  CHECK(Has(Expand("pt", "queixar-se"), "se queixou"));
}

TEST_CASE("a bad cue lemma line is a load error at its file line and column", "[rules][lemmas]") {
  struct Case {
    const char* name;
    const char* lang;
    const char* line;
    int column;
    const char* says;
  };
  const Case cases[] = {
      {"not an infinitive", "fr", "  déclaré", 3, "not a French infinitive"},
      {"irregular without forms", "fr", "admettre", 1, "give present= imperfect= past= future= participle="},
      {"unknown key", "es", "contar presente=cuenta,cuentan", 8, "unknown key 'presente'"},
      {"present needs the plural", "it", "dire present=dice", 14, "present=3sg,3pl"},
      {"plural of the past not derivable", "pt", "dizer past=disse", 12, "write past=disse,plural"},
      {"future ending", "es", "decir future=dir", 14, "does not end in"},
      {"key twice", "pt", "afirmar participle=a participle=b", 22, "given twice"},
      {"no conjugator", "de", "sagen", 1, "no conjugator for language 'de'"},
  };
  for (const auto& c : cases) {
    SECTION(c.name) {
      TempDir dir;
      WriteFile(dir / c.lang / "lists" / "cue-lemmas-neutral.txt", std::string("# verbs\n\n") + c.line + "\n");
      auto r = RuleSet::Load(dir.path().string());
      REQUIRE_FALSE(r.ok());
      const Status& s = r.status();
      INFO(s.ToString());
      CHECK(s.path().find("cue-lemmas-neutral.txt") != std::string::npos);
      CHECK(s.line() == 3);
      CHECK(s.column() == c.column);
      CHECK(s.message().find(c.says) != std::string::npos);
    }
  }
}

TEST_CASE("a cue rule takes its lemma list and a listed cue keeps its own tone", "[rules][lemmas]") {
  TempDir dir;
  WriteFile(dir / "fr/lists/cues-neutral.txt", "note\n");
  WriteFile(dir / "fr/lists/cues-loaded.txt", "prétend\n");
  WriteFile(dir / "fr/lists/cue-lemmas-loaded.txt", "noter\névoquer\n");
  WriteFile(dir / "fr/cue/neutral.yml", "kind: cue\ntone: neutral\nlist: cues-neutral\nmessage: m\n");
  WriteFile(dir / "fr/cue/loaded.yml",
            "kind: cue\ntone: loaded\nlist: cues-loaded\nlemmas: cue-lemmas-loaded\nmessage: m\n");
  auto r = RuleSet::Load(dir.path().string());
  REQUIRE(r.ok());
  const LanguagePack& pack = r.value()->Pack("fr");
  auto tones = [&](const std::vector<std::string>& words) {
    std::vector<CueTone> out;
    for (const auto& c : pack.cues) {
      if (c.words == words) out.push_back(c.tone);
    }
    return out;
  };
  CHECK(tones({"note"}) == std::vector<CueTone>{CueTone::kNeutral});
  CHECK(tones({"a", "noté"}) == std::vector<CueTone>{CueTone::kLoaded});
  CHECK(tones({"évoque-t-il"}) == std::vector<CueTone>{CueTone::kLoaded});
  CHECK(tones({"a-t-elle", "évoqué"}) == std::vector<CueTone>{CueTone::kLoaded});
  CHECK(tones({"prétend"}) == std::vector<CueTone>{CueTone::kLoaded});

  SECTION("lemmas must name a lemma list") {
    TempDir bad;
    WriteFile(bad / "fr/lists/cues-loaded.txt", "prétend\n");
    Status s = LoadOne(bad, "fr/cue/loaded.yml", "kind: cue\nlist: cues-loaded\nlemmas: cues-loaded\nmessage: m\n");
    REQUIRE_FALSE(s.ok());
    CHECK(s.line() == 3);
    CHECK(s.column() == 9);
    CHECK(s.message().find("cue-lemmas-") != std::string::npos);
  }
}

// Regression: a `phrase` rule of role `anonymous` loaded, passed `rules
// test`, and changed nothing: "according to a well-placed figure" stayed a
// T4 document. A newsroom's own euphemism for an unnamed source now makes the
// source it covers anonymous.
TEST_CASE("a phrase rule of role anonymous makes the source it covers unnamed", "[rules][phrase-anonymous]") {
  TempDir dir;
  std::filesystem::copy(SourceDir() / "rules", dir / "rules", std::filesystem::copy_options::recursive);
  Document doc;
  doc.path = "a.txt";
  doc.source =
      "The deal is off, according to a well-placed figure. "
      "The port will reopen, Mayor Ana Ruiz said on Monday.\n";
  AuditOptions opts;
  opts.language = "en";
  auto kind_of = [&](const RuleSet& rules, const std::string& name) -> std::string {
    auto r = Audit(doc, rules, opts);
    REQUIRE(r.ok());
    for (const auto& s : r->sources) {
      if (s.name.find(name) != std::string::npos) return SourceKindName(s.kind);
    }
    return "(none)";
  };
  auto listed = [&](const RuleSet& rules) {
    auto r = Audit(doc, rules, opts);
    REQUIRE(r.ok());
    return std::any_of(r->anonymous_sources.begin(), r->anonymous_sources.end(),
                       [](const AnonymousSource& a) { return a.phrase.find("figure") != std::string::npos; });
  };
  {
    auto before = RuleSet::Load((dir / "rules").string());
    REQUIRE(before.ok());
    CHECK(kind_of(**before, "figure") != "anonymous");
  }
  WriteFile(dir / "rules/en/phrase/newsroom-anonymous.yml",
            "kind: phrase\nrole: anonymous\nmessage: A newsroom euphemism for an unnamed source\n"
            "patterns: ['\\b(?P<phrase>a\\s+well-placed\\s+figure)\\b']\n"
            "examples:\n  flag: ['The deal is off, a well-placed figure said.']\n"
            "  pass: ['The deal is off, Mayor Ana Ruiz said.']\n");
  auto after = RuleSet::Load((dir / "rules").string());
  REQUIRE(after.ok());
  CHECK(kind_of(**after, "figure") == "anonymous");
  CHECK(listed(**after));
  CHECK(kind_of(**after, "Ana Ruiz") == "named");  // what the phrase does not cover is unchanged
}
