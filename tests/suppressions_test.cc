// Suppression directives in Markdown, HTML and plain text: ranges, reasons,
// problems, and applying them to findings by line.
#include "onrecord/suppressions.h"

#include <catch2/catch.hpp>

#include "test_util.h"

namespace onrecord {
namespace {

Finding At(const std::string& rule, int line) {
  Finding f;
  f.rule = rule;
  f.level = Severity::kWarning;
  f.location.line = line;
  f.location.column = 1;
  return f;
}

TEST_CASE("suppressions: off/on regions, all rules or some", "[suppressions]") {
  const std::string md =
      "# Harbor talks\n"                                          // 1
      "\n"                                                        // 2
      "<!-- onrecord off reason=\"sources verified by the desk\" -->\n"  // 3
      "Talks stalled, people familiar with the matter said.\n"    // 4
      "<!-- onrecord on -->\n"                                    // 5
      "Talks stalled, sources said.\n"                            // 6
      "<!-- onrecord off attribution.loaded-cue -->\n"            // 7
      "The mayor admitted the plan was late.\n"                   // 8
      "<!-- onrecord on attribution.loaded-cue -->\n"             // 9
      "Final line.\n";                                            // 10
  Suppressions s = ParseSuppressions(md, InputFormat::kMarkdown);
  CHECK(s.problems.empty());
  REQUIRE(s.ranges.size() == 2);
  CHECK(s.ranges[0].first_line == 3);
  CHECK(s.ranges[0].last_line == 5);
  CHECK(s.ranges[0].reason == "sources verified by the desk");
  CHECK(s.ranges[0].rules.empty());
  CHECK(s.ranges[1].rules == std::vector<std::string>{"attribution.loaded-cue"});

  REQUIRE(s.Find("attribution.vague-anonymous", 4) != nullptr);
  CHECK(s.Find("attribution.vague-anonymous", 4)->reason == "sources verified by the desk");
  CHECK(s.Find("attribution.vague-anonymous", 6) == nullptr);
  CHECK(s.Find("attribution.loaded-cue", 8) != nullptr);
  CHECK(s.Find("attribution.vague-anonymous", 8) == nullptr);  // other rules still apply
  CHECK(s.Find("attribution.loaded-cue", 10) == nullptr);
}

TEST_CASE("suppressions: an off without on runs to the end of the file", "[suppressions]") {
  Suppressions s = ParseSuppressions("a\n<!-- onrecord off -->\nb\nc\n", InputFormat::kText);
  REQUIRE(s.ranges.size() == 1);
  CHECK(s.Find("any.rule", 4) != nullptr);
  CHECK(s.Find("any.rule", 1) == nullptr);
}

TEST_CASE("suppressions: disable-next-line skips blank lines and keeps the reason", "[suppressions]") {
  const std::string html =
      "<article>\n"                                                                     // 1
      "<p>Opening line.</p>\n"                                                          // 2
      "<!-- onrecord-disable-next-line attribution.vague-anonymous, attribution.anonymous-direct-quote "
      "reason=\"Editor R. Okafor: the whistleblower faces dismissal if named\" -->\n"  // 3
      "\n"                                                                              // 4
      "<p>“We were told to stay quiet,” a person close to the port said.</p>\n"       // 5
      "<p>“Again,” a person close to the port said.</p>\n"                            // 6
      "</article>\n";
  Suppressions s = ParseSuppressions(html, InputFormat::kHtml);
  REQUIRE(s.problems.empty());
  REQUIRE(s.ranges.size() == 1);
  const auto& r = s.ranges[0];
  CHECK(r.first_line == 5);
  CHECK(r.last_line == 5);
  CHECK(r.line == 3);
  CHECK(r.column == 1);
  CHECK(r.rules == std::vector<std::string>{"attribution.vague-anonymous",
                                            "attribution.anonymous-direct-quote"});
  CHECK(r.reason == "Editor R. Okafor: the whistleblower faces dismissal if named");

  std::vector<Finding> findings = {At("attribution.vague-anonymous", 5),
                                   At("attribution.loaded-cue", 5),
                                   At("attribution.vague-anonymous", 6)};
  CHECK(ApplySuppressions(s, &findings) == 1);
  REQUIRE(findings[0].suppressed.has_value());
  CHECK(*findings[0].suppressed == r.reason);
  CHECK_FALSE(findings[1].suppressed.has_value());
  CHECK_FALSE(findings[2].suppressed.has_value());
}

// Regression: a wrapped Markdown paragraph spans several source lines, and a
// finding on its second line escaped disable-next-line.
TEST_CASE("suppressions: disable-next-line covers a wrapped paragraph in Markdown and text, one line in HTML", "[suppressions]") {
  const std::string md =
      "Opening line.\n"                                                              // 1
      "\n"                                                                           // 2
      "<!-- onrecord-disable-next-line attribution.vague-anonymous reason=\"verified\" -->\n"  // 3
      "The harbor board met on Tuesday to weigh the dredging contract. The deal\n"   // 4
      "could collapse next week, people familiar with the matter said.\n"           // 5
      "\n"                                                                           // 6
      "The plan will be late, people familiar with the matter said.\n";             // 7
  for (InputFormat format : {InputFormat::kMarkdown, InputFormat::kText}) {
    Suppressions s = ParseSuppressions(md, format);
    REQUIRE(s.ranges.size() == 1);
    CHECK(s.ranges[0].first_line == 4);
    CHECK(s.ranges[0].last_line == 5);
  }
  Suppressions html = ParseSuppressions(md, InputFormat::kHtml);
  REQUIRE(html.ranges.size() == 1);
  CHECK(html.ranges[0].last_line == 4);

  AuditResult r = testing::AuditText(md, "draft.md");
  std::vector<Finding> findings = r.findings;
  ApplySuppressions(ParseSuppressions(md, InputFormat::kMarkdown), &findings);
  int suppressed_on_5 = 0, open_on_7 = 0;
  for (const auto& f : findings) {
    if (f.rule != "attribution.vague-anonymous") continue;
    if (f.location.line == 5 && f.suppressed) ++suppressed_on_5;
    if (f.location.line == 7 && !f.suppressed) ++open_on_7;
  }
  CHECK(suppressed_on_5 == 1);
  CHECK(open_on_7 == 1);
}

TEST_CASE("suppressions: disable-line and disable-file", "[suppressions]") {
  const std::string text =
      "Prices will rise, insiders said. <!-- onrecord-disable-line reason=\"wire copy\" -->\n"
      "Prices will rise, insiders said.\n"
      "<!-- onrecord-disable-file metric.low-transparency reason=\"explainer, not news\" -->\n";
  Suppressions s = ParseSuppressions(text, InputFormat::kText);
  REQUIRE(s.ranges.size() == 2);
  CHECK(s.Find("attribution.vague-anonymous", 1) != nullptr);
  CHECK(s.Find("attribution.vague-anonymous", 2) == nullptr);
  REQUIRE(s.Find("metric.low-transparency", 1) != nullptr);
  CHECK(s.Find("metric.low-transparency", 1)->reason == "wire copy");  // first written wins
  CHECK(s.Find("metric.low-transparency", 2)->reason == "explainer, not news");
}

TEST_CASE("suppressions: CRLF line breaks count as one", "[suppressions]") {
  Suppressions s = ParseSuppressions(
      "a\r\n<!-- onrecord-disable-next-line -->\r\nb\r\nc\r\n", InputFormat::kText);
  REQUIRE(s.ranges.size() == 1);
  CHECK(s.ranges[0].first_line == 3);
}

TEST_CASE("suppressions: comments in Markdown code fences are text", "[suppressions]") {
  const std::string md =
      "How to suppress:\n"
      "\n"
      "```html\n"
      "<!-- onrecord off -->\n"
      "```\n"
      "\n"
      "Talks stalled, sources said.\n";
  CHECK(ParseSuppressions(md, InputFormat::kMarkdown).ranges.empty());
  // The same bytes as plain text are a directive.
  CHECK(ParseSuppressions(md, InputFormat::kText).ranges.size() == 1);
}

TEST_CASE("suppressions: other comments are ignored, malformed directives reported", "[suppressions]") {
  struct Case {
    const char* text;
    const char* problem;  // nullptr: no problem and no range
  };
  const Case cases[] = {
      {"<!-- a note for the copy desk -->\n", nullptr},
      {"<!-- vale off -->\n", nullptr},
      {"<!-- onrecord of -->\n", "unknown directive 'onrecord of'"},
      {"<!-- onrecord-disable-nextline x -->\nA\n", "unknown directive 'onrecord-disable-nextline'"},
      {"<!-- onrecord off reason=\"unterminated -->\n", "unterminated reason"},
      {"<!-- onrecord off reason=bare -->\n", "double quotes"},
      {"<!-- onrecord off why=\"x\" -->\n", "unknown option 'why'"},
      {"<!-- onrecord on -->\n", "without a matching"},
      {"<!-- onrecord on reason=\"x\" -->\n", "takes no reason"},
      {"<!-- onrecord-disable-next-line a.b -->\n\n", "no line after it"},
      {"<!-- onrecord off\n", "missing -->"},
      {"<!-- onrecord-disable-line reason=\"x\" a.b -->\n", "rule ids go before"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    Suppressions s = ParseSuppressions(c.text, InputFormat::kText);
    if (!c.problem) {
      CHECK(s.problems.empty());
      CHECK(s.ranges.empty());
      continue;
    }
    REQUIRE(s.problems.size() == 1);
    CHECK_THAT(s.problems[0].message, Catch::Contains(c.problem));
    CHECK(s.problems[0].line == 1);
    CHECK(s.problems[0].column == 1);
  }
}

TEST_CASE("suppressions: apply to a real audit of a Markdown draft", "[suppressions]") {
  const std::string md =
      "Talks on the harbor expansion have stalled, people familiar with the matter said.\n"
      "\n"
      "<!-- onrecord-disable-next-line attribution.vague-anonymous reason=\"two sources, both verified\" -->\n"
      "The deal could collapse next week, people familiar with the matter said.\n";
  AuditResult r = testing::AuditText(md, "draft.md");
  std::vector<Finding> findings = r.findings;
  Suppressions s = ParseSuppressions(md, InputFormat::kMarkdown);
  ApplySuppressions(s, &findings);
  int on_line_1 = 0, suppressed_on_4 = 0;
  for (const auto& f : findings) {
    if (f.rule != "attribution.vague-anonymous") continue;
    if (f.location.line == 1) {
      ++on_line_1;
      CHECK_FALSE(f.suppressed.has_value());
    }
    if (f.location.line == 4) {
      REQUIRE(f.suppressed.has_value());
      CHECK(*f.suppressed == "two sources, both verified");
      ++suppressed_on_4;
    }
  }
  CHECK(on_line_1 == 1);
  CHECK(suppressed_on_4 == 1);
}

}  // namespace
}  // namespace onrecord
