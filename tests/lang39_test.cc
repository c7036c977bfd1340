// Non-English readings left open after the thirty-second round (branch
// lang39, issue #4): a Chinese demonstrative adverbial before the cue
// (对此, 就此, 为此) was read as the source; a German dative pronoun fronted
// before a verb-second cue ("Ihm sagte der Minister, …") was the source; a
// Japanese content without quote marks before the quotative と had no span.
// Every sentence here was written for these tests.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;

AuditResult Audit(const std::string& text, const char* lang) {
  return AuditText(std::string("Titel\n\n") + text + "\n", "t.txt", lang);
}

// The attribution whose cue text is `cue`, or nullptr.
const Attribution* ByCue(const AuditResult& r, const std::string& cue) {
  for (const Attribution& a : r.attributions) {
    if (a.cue && a.cue->text == cue) return &a;
  }
  return nullptr;
}

std::string Content(const Attribution& a) {
  std::string out;
  for (const TextRef& c : a.content) {
    if (!out.empty()) out += " | ";
    out += c.text;
  }
  return out;
}

std::string SourceNames(const AuditResult& r) {
  std::string out;
  for (const auto& s : r.sources) out += (out.empty() ? "" : " | ") + s.name;
  return out;
}

TEST_CASE("lang39: a Chinese demonstrative adverbial before the cue is no source", "[lang39]") {
  struct Case {
    const char* text;
    const char* source;
  };
  const std::vector<Case> cases = {
      {"王建国对此表示满意。", "王建国"},
      {"王建国就此表示，新码头明年开工。", "王建国"},
      {"港务局发言人为此表示，渡轮将照常运行。", "港务局发言人"},
      {"港務局發言人對此表示，渡輪將照常運行。", "港務局發言人"},
      {"王建国也对此表示欢迎。", "王建国"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const AuditResult r = Audit(c.text, "zh");
    const Attribution* a = ByCue(r, "表示");
    REQUIRE(a != nullptr);
    REQUIRE(a->source.has_value());
    CHECK(a->source->text == c.source);
    CHECK(SourceNames(r).find("此") == std::string::npos);
  }
  // Guard: an addressee adverbial of the list keeps its reading.
  const AuditResult g = Audit("王建国对记者表示，新码头明年开工。", "zh");
  const Attribution* a = ByCue(g, "表示");
  REQUIRE(a != nullptr);
  REQUIRE(a->source.has_value());
  CHECK(a->source->text == "王建国");
}

TEST_CASE("lang39: a German dative pronoun fronted before the cue is the addressee", "[lang39]") {
  struct Case {
    const char* text;
    const char* cue;
    const char* source;
    const char* content;
  };
  const std::vector<Case> cases = {
      {"Ihm sagte der Bürgermeister, die Fähre komme im Herbst.", "sagte", "der Bürgermeister",
       "die Fähre komme im Herbst"},
      {"Uns erklärte die Sprecherin, man prüfe den Antrag.", "erklärte", "die Sprecherin", "man prüfe den Antrag"},
      {"Mir sagte die Bürgermeisterin Karin Vogt, die Brücke bleibe offen.", "sagte", "die Bürgermeisterin Karin Vogt",
       "die Brücke bleibe offen"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const AuditResult r = Audit(c.text, "de");
    const Attribution* a = ByCue(r, c.cue);
    REQUIRE(a != nullptr);
    REQUIRE(a->source.has_value());
    CHECK(a->source->text == c.source);
    CHECK(Content(*a) == c.content);
  }
  // Guard: a subject pronoun before the cue is still the source.
  const AuditResult g = Audit("Anna Roth leitet das Amt. Sie sagte, die Brücke bleibe offen.", "de");
  const Attribution* a = ByCue(g, "sagte");
  REQUIRE(a != nullptr);
  REQUIRE(a->source.has_value());
  CHECK(a->source->text == "Sie");
}

TEST_CASE("lang39: a Japanese content without quote marks stands before the quotative と", "[lang39]") {
  struct Case {
    const char* text;
    const char* content;
  };
  const std::vector<Case> cases = {
      {"森田社長は記者団に対し、来年も運賃は上げないと語った。", "来年も運賃は上げない"},
      {"森田社長は記者団に対して、新しい船を二隻買うと述べた。", "新しい船を二隻買う"},
      {"森田社長は記者会見で、来年も運賃は上げないと述べた。", "来年も運賃は上げない"},
      {"森田社長は、来年も運賃は上げないと述べた。", "来年も運賃は上げない"},
      {"森田社長は5日、記者団に対し、来年も運賃は上げないと明らかにした。", "来年も運賃は上げない"},
      {"港湾局の幹部は、桟橋の工事は遅れていると明かした。", "桟橋の工事は遅れている"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const AuditResult r = Audit(c.text, "ja");
    REQUIRE(r.attributions.size() == 1);
    const Attribution& a = r.attributions[0];
    REQUIRE(a.source.has_value());
    CHECK(Content(a) == c.content);
    CHECK(a.kind == AttributionKind::kIndirect);
  }
  // The entry split around its subject: what was said opens the sentence.
  const AuditResult split = Audit("港の計画は見直されたと複数の市関係者が明らかにした。", "ja");
  REQUIRE(split.attributions.size() == 1);
  REQUIRE(split.attributions[0].source.has_value());
  CHECK(split.attributions[0].source->text == "複数の市関係者");
  CHECK(Content(split.attributions[0]) == "港の計画は見直された");
  // Guard: a quote before と stays the content, a direct attribution.
  const AuditResult g = Audit("森田社長は記者団に対し、「来年も運賃は上げない」と語った。", "ja");
  REQUIRE(g.attributions.size() == 1);
  CHECK(Content(g.attributions[0]) == "「来年も運賃は上げない」");
  CHECK(g.attributions[0].kind == AttributionKind::kDirect);
}

TEST_CASE("lang39: an addressee right after the cue is neither cue nor content", "[lang39]") {
  struct Case {
    const char* lang;
    const char* text;
    const char* cue;
    const char* content;
  };
  const std::vector<Case> cases = {
      {"ru", "Директор порта сообщил журналистам, что паром выйдет в рейс весной.", "сообщил",
       "что паром выйдет в рейс весной"},
      {"ru", "Директор порта сказал нам, что паром выйдет в рейс весной.", "сказал", "что паром выйдет в рейс весной"},
      {"de", "Die Sprecherin sagte uns, man prüfe den Antrag.", "sagte", "man prüfe den Antrag"},
      {"de", "Die Sprecherin sagte der Zeitung, man prüfe den Antrag.", "sagte", "man prüfe den Antrag"},
      {"es", "La alcaldesa dijo a los periodistas que el puente abrirá en mayo.", "dijo",
       "que el puente abrirá en mayo"},
      {"it", "Il sindaco ha detto ai giornalisti che il ponte aprirà a maggio.", "ha detto",
       "che il ponte aprirà a maggio"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const AuditResult r = Audit(c.text, c.lang);
    const Attribution* a = ByCue(r, c.cue);
    REQUIRE(a != nullptr);
    CHECK(Content(*a) == c.content);
  }
  // Guards: a comma right after the cue opens the content, whatever follows
  // it; an object phrase is no addressee.
  const AuditResult g = Audit("Die Sprecherin sagte, die Fähre fahre, wenn das Wetter hält.", "de");
  const Attribution* a = ByCue(g, "sagte");
  REQUIRE(a != nullptr);
  CHECK(Content(*a).rfind("die Fähre fahre", 0) == 0);
  const AuditResult o = Audit("La alcaldesa dijo que el puente abrirá en mayo.", "es");
  const Attribution* b = ByCue(o, "dijo");
  REQUIRE(b != nullptr);
  CHECK(Content(*b) == "que el puente abrirá en mayo");
}

TEST_CASE("lang39: a Russian role after a time phrase that opens the sentence stays the name's", "[lang39]") {
  for (const std::string opener : {"В понедельник", "На прошлой неделе", "Сегодня утром"}) {
    const std::string text = opener + " министр транспорта Олег Рябов заявил, что паром выйдет в рейс весной.";
    INFO(text);
    const AuditResult r = Audit(text, "ru");
    const Attribution* a = ByCue(r, "заявил");
    REQUIRE(a != nullptr);
    REQUIRE(a->source.has_value());
    CHECK(a->source->text == "министр транспорта Олег Рябов");
    const Source* src = r.FindSource(a->source_id);
    REQUIRE(src != nullptr);
    CHECK(src->name == "Олег Рябов");
    CHECK(src->role == "министр транспорта");
  }
  // Guard: with no role word after the time phrase the name stands alone.
  const AuditResult g = Audit("В понедельник Олег Рябов заявил, что паром выйдет в рейс весной.", "ru");
  const Attribution* a = ByCue(g, "заявил");
  REQUIRE(a != nullptr);
  REQUIRE(a->source.has_value());
  CHECK(a->source->text == "Олег Рябов");
}

TEST_CASE("lang39: the verb that closes a Chinese 据 frame is no content", "[lang39]") {
  struct Case {
    const char* text;
    const char* source;
  };
  const std::vector<Case> cases = {
      {"据知情人士透露，新码头将推迟开工。", "知情人士"},
      {"据港务局官员称，新码头将推迟开工。", "港务局官员"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const AuditResult r = Audit(c.text, "zh");
    REQUIRE(r.attributions.size() == 1);
    REQUIRE(r.attributions[0].source.has_value());
    CHECK(r.attributions[0].source->text == c.source);
    CHECK(Content(r.attributions[0]) == "新码头将推迟开工");
  }
}

}  // namespace
}  // namespace onrecord
