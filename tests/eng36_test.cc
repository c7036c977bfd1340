// English attribution faults a fresh user found (thirtieth round, branch
// eng36, issue #4): a participle inside another cue's source read as a cue,
// joint sources after their cue, degrees after a name, a title after
// "titled,", and the signature lines of a quotation set as a block.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::AuditResult;
using onrecord::QuoteKind;
using onrecord::SourceKind;
using onrecord::testing::AnyCue;
using onrecord::testing::AuditText;
using onrecord::testing::QuoteTexts;
using onrecord::testing::SeenWithCue;
using onrecord::testing::SourceNamed;
using onrecord::testing::SpeakerOf;

namespace {

bool HasQuoteStarting(const AuditResult& r, const std::string& start) {
  for (const auto& q : QuoteTexts(r)) {
    if (q.compare(0, start.size(), start) == 0) return true;
  }
  return false;
}

std::string Page(const std::string& quotation) {
  return "<html><body><article><h1>Harbor plan approved</h1>\n"
         "<p>The council approved the harbor plan on Monday after a long debate.</p>\n" +
         quotation + "\n<p>Work starts in March.</p></article></body></html>\n";
}

}  // namespace

TEST_CASE("eng36: a participle modifying the head of an according-to source is no cue", "[eng36]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "The town will cut spending on piers by 4 percent next year, according to a budget presentation "
      "posted on its website.\n");
  CHECK(r.attributions.size() == 1);
  CHECK_FALSE(AnyCue(r, "posted on"));
  CHECK_FALSE(AnyCue(r, "posted"));
  CHECK(SeenWithCue(r, "according to").source == "a budget presentation posted on its website");
}

TEST_CASE("eng36: a participle inside a description before a name is no cue", "[eng36]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "The head of the group backing Ruiz, Tom Hale, praised the levy on Tuesday.\n");
  CHECK_FALSE(AnyCue(r, "backing"));
  const auto seen = SeenWithCue(r, "praised");
  CHECK(seen.who == "Tom Hale");
  CHECK(seen.level == 5);
}

TEST_CASE("eng36: a clause the other source ran over keeps its own cue", "[eng36]") {
  // Guard: "the Courier reported" after a comma is a clause of its own.
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Ruiz, the Courier reported, citing two aides, will resign.\n");
  CHECK(AnyCue(r, "reported"));
}

TEST_CASE("eng36: names coordinated after their cue are a joint source", "[eng36]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Councillor Tobias Renn spoke first. The levy would pass, said Renn and Delia Marro.\n");
  const auto seen = SeenWithCue(r, "said");
  CHECK(seen.source == "Renn and Delia Marro");
  CHECK(seen.who == "Tobias Renn and Delia Marro");
  CHECK(seen.kind == SourceKind::kNamed);
  // Guard: a name after "and" that opens a clause of its own.
  auto r2 = AuditText("The levy would pass, said Renn and Marro agreed.\n");
  CHECK(SeenWithCue(r2, "said").who != "Renn and Marro");
}

TEST_CASE("eng36: a degree without periods after a name is no name", "[eng36]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Jane Dorn, PhD, an economist at the Tarn Institute, said rates would rise.\n\n"
      "Mary Pell, R.N., said the ward was full.\n");
  const auto seen = SeenWithCue(r, "said");
  CHECK(seen.who == "Jane Dorn");
  CHECK(seen.level == 5);
  CHECK(SourceNamed(r, "PhD") == nullptr);
  CHECK(SeenWithCue(r, "said", 1).who == "Mary Pell");
}

TEST_CASE("eng36: a quote after \"titled,\" is a title", "[eng36]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "The group ran an advertisement titled, “Scam.” It aired twice.\n");
  bool title = false;
  for (const auto& q : r.quotes) title = title || (q.text == "Scam." && q.kind == QuoteKind::kTitle);
  CHECK(title);
}

TEST_CASE("eng36: a blockquote-footer class on a paragraph signs the quotation", "[eng36]") {
  const AuditResult r = AuditText(
      Page("<blockquote class=\"blockquote\"><p>We have waited ten years for this harbor to be rebuilt.</p>"
           "<p class=\"blockquote-footer\">Ann Lee, mayor</p></blockquote>"),
      "a.html");
  CHECK(SpeakerOf(r, "We have waited") == "Ann Lee");
  CHECK_FALSE(HasQuoteStarting(r, "Ann Lee"));
}

TEST_CASE("eng36: a <cite> ending the quotation's last paragraph signs it", "[eng36]") {
  const AuditResult r = AuditText(
      Page("<blockquote><p>We have waited ten years for this harbor to be rebuilt. <cite>Ann Lee</cite></p>"
           "</blockquote>"),
      "a.html");
  CHECK(SpeakerOf(r, "We have waited") == "Ann Lee");
  // Guard: a <cite> naming a work inside the paragraph is no signature.
  const AuditResult r2 = AuditText(
      Page("<blockquote><p>As <cite>Harbor Days</cite> put it, the tide turns for us all.</p></blockquote>"),
      "a.html");
  CHECK(HasQuoteStarting(r2, "As Harbor Days put it"));
}

TEST_CASE("eng36: a source label without a dash under a quotation set as a block signs it", "[eng36]") {
  const AuditResult r = AuditText(
      Page("<blockquote><p>Prices rose by 3 percent in the year to March.</p><p>Source: Eurostat</p>"
           "</blockquote>"),
      "a.html");
  CHECK(SpeakerOf(r, "Prices rose") == "Eurostat");
  CHECK_FALSE(HasQuoteStarting(r, "Source"));
}

TEST_CASE("eng36: \"— From the … report\" under a quotation names the report", "[eng36]") {
  const AuditResult r = AuditText(
      Page("<blockquote><p>Growth slowed in the third quarter across the region.</p>"
           "<p>— From the Tarn Institute report</p></blockquote>"),
      "a.html");
  const std::string speaker = SpeakerOf(r, "Growth slowed");
  CHECK(speaker != "From");
  CHECK(speaker.find("Tarn Institute report") != std::string::npos);
  CHECK(SourceNamed(r, "From") == nullptr);
}

TEST_CASE("eng36: a place qualifier of a later member takes the plural title before the first", "[eng36]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Sens. Ana Quill of Tarn and Tom Bell of Vell said they would back the levy.\n");
  const auto* joint = SourceNamed(r, "Ana Quill and Tom Bell");
  REQUIRE(joint != nullptr);
  CHECK(joint->role == "Sens. of Tarn; Sens. of Vell");
  CHECK(joint->level == 5);
}

TEST_CASE("eng36: a name and an unnamed member are a joint source at the unnamed member's level", "[eng36]") {
  auto r = AuditText(
      "Harbor council weighs a ferry levy.\n\n"
      "Labour Minister Tobias Renn and an aide said the levy would pass.\n\n"
      "The aide said later that the vote was close.\n");
  const auto seen = SeenWithCue(r, "said");
  CHECK(seen.source == "Labour Minister Tobias Renn and an aide");
  CHECK(seen.who == "Tobias Renn and an aide");
  CHECK(seen.level == 1);
  CHECK(seen.kind == SourceKind::kAnonymous);
  // The aide alone is who speaks later.
  CHECK(SeenWithCue(r, "said", 1).who != "Tobias Renn and an aide");
}
