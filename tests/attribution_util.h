// Test helpers that read attributions (their cue and content texts). Kept out
// of test_util.h so that only the test files using them recompile when they
// change.
#pragma once

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "test_util.h"

namespace onrecord::testing {

// How many attributions of `r` have a content part whose text is exactly
// `text` (a part of a discontinuous content counts on its own).
inline int ContentsWritten(const AuditResult& r, const std::string& text) {
  int n = 0;
  for (const auto& a : SeenAttributions(r)) {
    for (const auto& c : a.content) {
      if (c == text) ++n;
    }
  }
  return n;
}

// The first attribution whose cue text is exactly `cue`, or nullptr.
inline const Attribution* FindAttributionByCue(const AuditResult& r, const std::string& cue) {
  for (const Attribution& a : r.attributions) {
    if (a.cue && a.cue->text == cue) return &a;
  }
  return nullptr;
}

// Whether some attribution of `r` has the cue text `cue` exactly.
inline bool HasCue(const AuditResult& r, const std::string& cue) {
  return FindAttributionByCue(r, cue) != nullptr;
}

// The attribution whose cue text is `cue` and whose source mention's text
// is `source`, or nullptr.
inline const Attribution* AttributionBySourceAndCue(const AuditResult& r, const std::string& source,
                                                     const std::string& cue) {
  for (const Attribution& a : r.attributions) {
    if (a.cue && a.cue->text == cue && a.source && a.source->text == source) return &a;
  }
  return nullptr;
}

// The content parts of `a` joined with " | " (one part: its text alone).
inline std::string ContentJoined(const Attribution& a) {
  std::string out;
  for (const TextRef& c : a.content) {
    if (!out.empty()) out += " | ";
    out += c.text;
  }
  return out;
}

// The first attribution whose first content part opens with `words`, or
// nullptr.
inline const Attribution* ContentOpeningWith(const AuditResult& r, const std::string& words) {
  for (const Attribution& a : r.attributions) {
    if (!a.content.empty() && a.content.front().text.rfind(words, 0) == 0) return &a;
  }
  return nullptr;
}

// One row of a table of source readings: a text in `lang`, the source span
// its one attribution must have, whole, and the kind of its one source.
struct SourceCase {
  const char* lang;
  std::string text;
  std::string span;
  SourceKind kind;
};

// Audits `title`, a blank line and `c.text` as t.txt in `c.lang` and checks
// that it gives one attribution whose source span is `c.span` and one source
// of kind `c.kind`.
inline void CheckSourceCase(const SourceCase& c, const std::string& title) {
  INFO(c.text);
  const AuditResult r = AuditText(title + "\n\n" + c.text + "\n", "t.txt", c.lang);
  REQUIRE(r.attributions.size() == 1);
  REQUIRE(r.attributions[0].source.has_value());
  CHECK(r.attributions[0].source->text == c.span);
  REQUIRE(r.sources.size() == 1);
  CHECK(r.sources[0].kind == c.kind);
}

// Every attribution of `sentence`, audited as the second paragraph of a
// short article with a neutral headline, in order, as "source | cue |
// content parts joined by ' || '" ("-" for a missing source or cue).
inline std::vector<std::string> AttributionLines(const std::string& sentence) {
  auto r = AuditText("Harbor council weighs a ferry levy.\n\n" + sentence + "\n");
  std::vector<std::string> out;
  for (const auto& a : r.attributions) {
    std::string line =
        (a.source ? a.source->text : std::string("-")) + " | " + (a.cue ? a.cue->text : std::string("-")) + " |";
    std::string content;
    for (const auto& c : a.content) content += (content.empty() ? " " : " || ") + c.text;
    out.push_back(line + content);
  }
  return out;
}

}  // namespace onrecord::testing
