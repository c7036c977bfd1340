// Unnamed people of an organisation, in every language (branch desc43,
// issue #4, faults a fresh user found): an occupation noun tied to a body
// ("a council engineer", "un ingeniero municipal", "Ein Ingenieur der
// Stadt", "городской инженер") is an unnamed person described by that body
// (T2), never the body (T4) and never a name. It had given the organisation,
// a named "Stadt", or no attribution at all when the occupation was one no
// list knew; read to the right of its cue or on a signature line it had
// lost its head noun ("— A council"). Every sentence here was written for
// these tests.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;

struct Case {
  const char* lang;
  std::string text;
  std::string span;  // the source span, whole
};

// One attribution whose one source is the unnamed person, described (T2).
void CheckDescribedPerson(const Case& c, const std::string& path = "t.txt") {
  INFO(c.text);
  const AuditResult r = AuditText(std::string("Title\n\n") + c.text + "\n", path, c.lang);
  REQUIRE(r.attributions.size() == 1);
  REQUIRE(r.attributions[0].source.has_value());
  CHECK(r.attributions[0].source->text == c.span);
  REQUIRE(r.sources.size() == 1);
  CHECK(r.sources[0].kind == SourceKind::kDescribed);
  CHECK(r.sources[0].level == 2);
  CHECK(r.anonymous_sources.size() == 1);
}

TEST_CASE("desc43: an English engineer of a body is described by it, either side of the cue", "[desc43]") {
  for (const Case& c : std::vector<Case>{
           {"en", "“The bridge will close until June,” an engineer for the council said.",
            "an engineer for the council"},
           {"en", "“The bridge will close until June,” said an engineer for the council.",
            "an engineer for the council"},
           {"en", "“The bridge will close until June,” according to a council engineer.", "a council engineer"},
           {"en", "“The bridge will close until June,” said a council engineer.", "a council engineer"},
           {"en", "“The piers are cracked,” said a council surveyor.", "a council surveyor"},
           {"en", "“The piers are cracked,” according to a council surveyor.", "a council surveyor"},
           {"en", "“The piers are cracked,” said a council highways surveyor.", "a council highways surveyor"},
       }) {
    CheckDescribedPerson(c);
  }
}

TEST_CASE("desc43: a signature line keeps the person after the body's noun", "[desc43]") {
  for (const Case& c : std::vector<Case>{
           {"en", "> “The bridge will close until June.”\n> — A council engineer", "A council engineer"},
           {"en", "> “The bridge will close until June.”\n> — Council engineer", "Council engineer"},
           {"en", "> “The bridge will close until June.”\n> — A Harbor Authority engineer",
            "A Harbor Authority engineer"},
           {"en", "> “The bridge will close until June.”\n> — A council surveyor", "A council surveyor"},
       }) {
    CheckDescribedPerson(c, "t.md");
  }
  // An HTML figure's caption.
  const AuditResult r = AuditText(
      "<html><body><h1>Bridge</h1><p>The old bridge will close in June.</p><figure><blockquote>“The bridge "
      "will close until June.”</blockquote><figcaption>— A council engineer</figcaption></figure></body></html>\n",
      "t.html", "en");
  REQUIRE(r.sources.size() == 1);
  CHECK(r.sources[0].name == "A council engineer");
  CHECK(r.sources[0].kind == SourceKind::kDescribed);
  CHECK(r.sources[0].level == 2);
}

TEST_CASE("desc43: a plural agent noun after a body read to the right stays as it was", "[desc43]") {
  // ("according to media trackers": firms that track, not people.)
  const AuditResult r =
      AuditText("Title\n\nThe fund has spent $12 million on ads, according to media trackers.\n", "t.txt", "en");
  REQUIRE(r.sources.size() == 1);
  CHECK(r.sources[0].kind == SourceKind::kOrganization);
}

TEST_CASE("desc43: an engineer of a body in Spanish, French, Italian, Portuguese is described", "[desc43]") {
  for (const Case& c : std::vector<Case>{
           {"es", "Un ingeniero municipal dijo que el puente cerrará hasta junio.", "Un ingeniero municipal"},
           {"es", "Un ingeniero del Ayuntamiento dijo que el puente cerrará hasta junio.",
            "Un ingeniero del Ayuntamiento"},
           {"es", "Una arquitecta municipal dijo que el puente cerrará hasta junio.", "Una arquitecta municipal"},
           {"fr", "Un ingénieur municipal a déclaré que le pont fermera jusqu'en juin.", "Un ingénieur municipal"},
           {"it", "Un ingegnere comunale ha detto che il ponte resterà chiuso fino a giugno.",
            "Un ingegnere comunale"},
           {"pt", "Um engenheiro municipal disse que a ponte ficará fechada até junho.", "Um engenheiro municipal"},
       }) {
    CheckDescribedPerson(c);
  }
}

TEST_CASE("desc43: an engineer of a body in German is described, never a name", "[desc43]") {
  for (const Case& c : std::vector<Case>{
           {"de", "Ein Ingenieur der Stadt sagte, die Brücke bleibe bis Juni gesperrt.", "Ein Ingenieur der Stadt"},
           {"de", "Ein städtischer Ingenieur sagte, die Brücke bleibe bis Juni gesperrt.",
            "Ein städtischer Ingenieur"},
       }) {
    CheckDescribedPerson(c);
  }
}

TEST_CASE("desc43: an engineer of a body in Russian is described", "[desc43]") {
  for (const Case& c : std::vector<Case>{
           {"ru", "Городской инженер сказал, что мост закроют до июня.", "Городской инженер"},
       }) {
    CheckDescribedPerson(c);
  }
}

TEST_CASE("desc43: an engineer of a body in Chinese is described, the body no name", "[desc43]") {
  for (const Case& c : std::vector<Case>{
           {"zh", "“大桥将关闭到六月，”市政工程师说。", "市政工程师"},
           {"zh", "“大桥将关闭到六月，”一位市政工程师说。", "一位市政工程师"},
           {"zh", "“大桥将关闭到六月，”市政府工程师说。", "市政府工程师"},
       }) {
    CheckDescribedPerson(c);
  }
  // A surname before the title stays a named person with that role.
  const AuditResult r = AuditText("标题\n\n“大桥将关闭到六月，”王工程师说。\n", "t.txt", "zh");
  REQUIRE(r.sources.size() == 1);
  CHECK(r.sources[0].kind == SourceKind::kNamed);
  CHECK(r.sources[0].role == "工程师");
}

TEST_CASE("desc43: an engineer of a body in Japanese is described, never a name", "[desc43]") {
  CheckDescribedPerson({"ja", "「橋は六月まで閉鎖される」と市の技術者は述べた。", "市の技術者"});
}

}  // namespace
}  // namespace onrecord
