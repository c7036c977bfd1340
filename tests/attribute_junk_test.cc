// Wrong or junk sources a fresh user found auditing real articles (issue
// #4): each case is a kind of fault, written with sentences of our own.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SourceOfCue;

namespace {

const onrecord::Quote* QuoteOf(const onrecord::AuditResult& r, const std::string& text) {
  for (const auto& q : r.quotes) {
    if (q.text.compare(0, text.size(), text) == 0) return &q;
  }
  return nullptr;
}

const onrecord::Attribution* AttributionOf(const onrecord::AuditResult& r, const std::string& cue) {
  for (const auto& a : r.attributions) {
    if (a.cue && a.cue->text == cue) return &a;
  }
  return nullptr;
}

// The content of the attribution whose cue is `cue`, its parts joined by " | ".
std::string ContentOf(const onrecord::AuditResult& r, const std::string& cue) {
  const auto* a = AttributionOf(r, cue);
  if (a == nullptr) return "<no attribution>";
  std::string out;
  for (const auto& part : a->content) out += (out.empty() ? "" : " | ") + part.text;
  return out;
}

}  // namespace

TEST_CASE("a capitalized quote after on or told names a programme", "[attribute][junk]") {
  // No possessive before the title ("on “Meet the Press”", "told “Fox
  // News Sunday”"): the quote had been the speaker's partial quote or the
  // content of "told".
  auto r = AuditText(
      "Talks\n\nSenator Ana Ruiz spoke on Sunday. “We will not give way,” Ruiz said on “Morning in Kell.” "
      "She did not say more.\n");
  const auto* show = QuoteOf(r, "Morning in Kell");
  REQUIRE(show != nullptr);
  CHECK(show->kind == onrecord::QuoteKind::kTitle);
  CHECK(show->speaker.empty());
  const auto* speech = QuoteOf(r, "We will not give way");
  REQUIRE(speech != nullptr);
  CHECK(speech->speaker == "Ana Ruiz");
  CHECK(ContentOf(r, "said") == "“We will not give way,”");

  r = AuditText("Talks\n\nGovernor Tom Hale told “Kell Evening Report” that the ferry would run in May.\n");
  REQUIRE(QuoteOf(r, "Kell Evening Report") != nullptr);
  CHECK(QuoteOf(r, "Kell Evening Report")->kind == onrecord::QuoteKind::kTitle);
  CHECK(QuoteOf(r, "Kell Evening Report")->speaker.empty());
  CHECK(SourceOfCue(r, "told") == "Governor Tom Hale");
  CHECK(ContentOf(r, "told") == "that the ferry would run in May");

  r = AuditText("Talks\n\nTom Hale said on “Kell Evening Report” that the ferry would run in May.\n");
  REQUIRE(QuoteOf(r, "Kell Evening Report") != nullptr);
  CHECK(QuoteOf(r, "Kell Evening Report")->kind == onrecord::QuoteKind::kTitle);
  CHECK(ContentOf(r, "said") == "that the ferry would run in May");

  // A quote of speech after "told" is still speech.
  r = AuditText("Talks\n\nTom Hale told reporters: “We will run the ferry in May, whatever it costs.”\n");
  REQUIRE(QuoteOf(r, "We will run") != nullptr);
  CHECK(QuoteOf(r, "We will run")->speaker == "Tom Hale");
}

TEST_CASE("content spans at a semicolon, inside a place's commas and over coordinated phrases", "[attribute][junk]") {
  // A semicolon right after the cue: the reported clause is before the
  // source, as after a period; the content had started with the semicolon.
  auto r = AuditText("Talks\n\nThe defence had no case to answer, Ana Ruiz noted; the council had dropped two charges.\n");
  CHECK(ContentOf(r, "noted") == "The defence had no case to answer");
  // "Washington, D.C., had …": the comma after a place's state closes the
  // place, not the content (the verb after it has no subject of its own).
  r = AuditText("Talks\n\nAna Ruiz claimed that the museum in Washington, D.C., had expressed interest in the letters.\n");
  CHECK(ContentOf(r, "claimed") == "that the museum in Washington, D.C., had expressed interest in the letters");
  // "for X and for Y": "and" before the same preposition joins two
  // complements of the verb.
  r = AuditText("Talks\n\nAna Ruiz criticized the council for its delay and for its silence on the budget.\n");
  CHECK(ContentOf(r, "criticized") == "the council for its delay and for its silence on the budget");
}
