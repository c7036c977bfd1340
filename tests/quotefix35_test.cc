// Quote spans (twenty-ninth round, branch quotefix35): a quote after a
// colon whose closing mark is lost stops before a later quote of its
// paragraph, and inch marks of heights with a space or a fraction, of
// fractions of an inch and of screen sizes are no quote marks.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "quote_marks.h"
#include "test_util.h"
#include "findings_util.h"

using onrecord::testing::CountFindings;

using onrecord::testing::AuditText;
using onrecord::testing::SeenAttributions;

using Seen = onrecord::testing::SeenAttribution;

namespace {

// The attributions whose source mention is written `source`.
std::vector<Seen> WithSource(const onrecord::AuditResult& r, const std::string& source) {
  std::vector<Seen> out;
  for (const Seen& a : SeenAttributions(r)) {
    if (a.source == source) out.push_back(a);
  }
  return out;
}

bool HasQuoteText(const onrecord::AuditResult& r, const std::string& text) {
  for (const auto& q : r.quotes) {
    if (q.text == text) return true;
  }
  return false;
}

}  // namespace

// Fault 1: the run to the paragraph's end of a quote opened after a colon
// and never closed swallowed a later quote with its own speech tag.
TEST_CASE("a colon quote left open stops at the sentence before a later quote", "[quotefix35]") {
  for (const std::string& tail : {std::string("\n\nThe count went on into the night.\n"), std::string("\n")}) {
    auto r = AuditText("Harbor vote count begins.\n\n"
                       "Mara Quill said: “We will hold the pier. Then “We lost the vote,” Ivo Brant said." +
                       tail);
    const auto quill = WithSource(r, "Mara Quill");
    REQUIRE(quill.size() == 1);
    REQUIRE(quill[0].content.size() == 1);
    CHECK(quill[0].content[0] == "“We will hold the pier.");
    const auto brant = WithSource(r, "Ivo Brant");
    REQUIRE(brant.size() == 1);
    REQUIRE(brant[0].content.size() == 1);
    CHECK(brant[0].content[0].find("“We lost the vote,”") != std::string::npos);
    CHECK(brant[0].content[0].find("hold the pier") == std::string::npos);
  }
}

// With no sentence end before the later opening mark, the run stops at it.
TEST_CASE("a colon quote left open stops at a later opening mark", "[quotefix35]") {
  auto r = AuditText("Harbor vote count begins.\n\n"
                     "Mara Quill said: “We will hold the pier while “the tide is low,” Ivo Brant said.\n\n"
                     "The count went on into the night.\n");
  const auto quill = WithSource(r, "Mara Quill");
  REQUIRE(quill.size() == 1);
  REQUIRE(quill[0].content.size() == 1);
  CHECK(quill[0].content[0] == "“We will hold the pier while");
  CHECK(HasQuoteText(r, "the tide is low,"));
}

// Guard: a colon quote left open with no later quote still runs to its
// paragraph's end (dqr34).
TEST_CASE("a colon quote left open with no later quote runs to the paragraph's end", "[quotefix35]") {
  auto r = AuditText("Harbor vote count begins.\n\n"
                     "Mara Quill said: “We will hold the pier. Then we will see about the ferry.\n\n"
                     "The count went on into the night.\n");
  const auto quill = WithSource(r, "Mara Quill");
  REQUIRE(quill.size() == 1);
  REQUIRE(quill[0].content.size() == 1);
  CHECK(quill[0].content[0] == "“We will hold the pier. Then we will see about the ferry.");
}

// Fault 5: inch marks that the quote stage and the document check read as
// quote marks.
TEST_CASE("heights with a space or a fraction of an inch are no quote marks", "[quotefix35]") {
  for (const std::string& height : {std::string("6’ 2”"), std::string("5’2¾”"), std::string("5' 11\"")}) {
    auto r = AuditText("Team news.\n\n“He is like " + height + ", and he never ducks,” Rosa Ilic said.\n");
    CHECK(CountFindings(r, "document.unbalanced-quote-marks") == 0);
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].text == "He is like " + height + ", and he never ducks,");
  }
}

TEST_CASE("fractions of an inch and screen sizes are no quote marks", "[quotefix35]") {
  for (const std::string& measure :
       {std::string("a 3/4\" pipe"), std::string("a ¾” bolt"), std::string("55\" screens"),
        std::string("a 65\" set"), std::string("a 65\"-class set")}) {
    auto r = AuditText("Shop news.\n\nThe shop sells " + measure + " now, and “it is a good deal,” Rosa Ilic said.\n");
    CHECK(CountFindings(r, "document.unbalanced-quote-marks") == 0);
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].text == "it is a good deal,");
  }
  // Inside a quote in straight marks: the inch mark no longer closes it.
  auto r = AuditText("Shop news.\n\n“The 55\" screens sold out by noon,” Rosa Ilic said.\n");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].text == "The 55\" screens sold out by noon,");
}

// Guards: a number closing a quote before a word stays a closing mark.
TEST_CASE("a number that ends a quote before a word still closes it", "[quotefix35]") {
  auto r = AuditText("Money news.\n\nShe said he had accepted \"about $200,000\" from the firms, and \"fight for 15\" "
                     "groups agreed.\n");
  CHECK(HasQuoteText(r, "about $200,000"));
  CHECK(HasQuoteText(r, "fight for 15"));
  auto c = AuditText("Money news.\n\nThe star “gave between $1,001 and 5,000” to the fund, Rosa Ilic said.\n");
  CHECK(HasQuoteText(c, "gave between $1,001 and 5,000"));
}

namespace {

const onrecord::Quote* QuoteWithText(const onrecord::AuditResult& r, const std::string& text) {
  for (const auto& q : r.quotes) {
    if (q.text == text) return &q;
  }
  return nullptr;
}

bool AnyContentHolds(const onrecord::AuditResult& r, const std::string& words) {
  for (const Seen& a : SeenAttributions(r)) {
    for (const auto& c : a.content) {
      if (c.find(words) != std::string::npos) return true;
    }
  }
  return false;
}

}  // namespace

// Fault 2: a quoted title after a title noun and "called" or a comma was a
// quote of the person, or the content of "called".
TEST_CASE("a quoted title after a title noun and called is a title", "[quotefix35]") {
  auto r = AuditText("Book news.\n\nNina Sorel wrote a book called “Low Tide.”\n\nThe shop sold out.\n");
  const auto* q = QuoteWithText(r, "Low Tide.");
  REQUIRE(q != nullptr);
  CHECK(q->kind == onrecord::QuoteKind::kTitle);
  CHECK(WithSource(r, "a book").empty());
  auto album = AuditText("Music news.\n\nHis album called “Low Tide” sold well, Nina Sorel said.\n");
  const auto* qa = QuoteWithText(album, "Low Tide");
  REQUIRE(qa != nullptr);
  CHECK(qa->kind == onrecord::QuoteKind::kTitle);
  CHECK(qa->source_id < 0);
}

TEST_CASE("a quoted title set off by a comma after a title noun is nobody's quote", "[quotefix35]") {
  auto r = AuditText("Book news.\n\nNina Sorel’s memoir, “Salt Roads,” says the port must change.\n");
  const auto* q = QuoteWithText(r, "Salt Roads,");
  REQUIRE(q != nullptr);
  CHECK(q->kind == onrecord::QuoteKind::kTitle);
  CHECK(q->source_id < 0);
  CHECK_FALSE(AnyContentHolds(r, "“Salt Roads,”"));
}

// Guard: speech after a title noun and a comma, with its speech tag, stays
// speech.
TEST_CASE("speech after a title noun and a comma with its tag stays speech", "[quotefix35]") {
  auto r = AuditText("Show news.\n\nOn the show, “We will win the vote,” Nina Sorel said.\n");
  const auto* q = QuoteWithText(r, "We will win the vote,");
  REQUIRE(q != nullptr);
  CHECK(q->kind == onrecord::QuoteKind::kDirect);
  CHECK(q->speaker == "Nina Sorel");
}

// Fault 3: a hypothetical inner quote ("If they ask ‘…’ we say ‘…’") was a
// second direct quote of the outer speaker.
TEST_CASE("a hypothetical inner quote is no second quote of the outer speaker", "[quotefix35]") {
  auto r = AuditText("Port news.\n\n“If they ask ‘Why now?’ we say ‘Because we must,’” Ivo Brant said.\n\n"
                     "The vote is Monday.\n");
  const auto* inner = QuoteWithText(r, "Because we must,");
  REQUIRE(inner != nullptr);
  CHECK(inner->source_id < 0);
  CHECK(inner->inside_quote_of >= 1);
  CHECK_FALSE(inner->unattributed());
  REQUIRE(r.sources.size() == 1);
  CHECK(r.sources[0].quotes == 1);
}

// Guard: words the speaker tells of having said are still theirs.
TEST_CASE("an inner quote the speaker tells of having said stays theirs", "[quotefix35]") {
  auto r = AuditText("Port news.\n\n“I said to them at halftime, ‘If you play like this, we lose,’” Ivo Brant said.\n");
  const auto* inner = QuoteWithText(r, "If you play like this, we lose,");
  REQUIRE(inner != nullptr);
  CHECK(inner->speaker == "Ivo Brant");
}

// Fault 4 (in part): a signature line with a hyphen after the source label,
// and one word after the label, which names an organisation or an office.
TEST_CASE("a signature line with a source label and one word is an organisation", "[quotefix35]") {
  const std::string lead = "# Jobs\n\nJobs grew in March.\n\n> Unemployment fell to six percent in the region.\n>\n";
  for (const std::string& signature : {std::string("> — Source - Eurostat\n"), std::string("> — Source: Eurostat\n"),
                                       std::string("> — Source – Eurostat\n")}) {
    const auto r = AuditText(lead + signature, "draft.md");
    REQUIRE(r.sources.size() == 1);
    CHECK(r.sources[0].name == "Eurostat");
    CHECK(r.sources[0].kind == onrecord::SourceKind::kOrganization);
  }
  // A person signing with a full name after the label stays a person.
  const auto p = AuditText(lead + "> — Source: Ines Varga\n", "draft.md");
  REQUIRE(p.sources.size() == 1);
  CHECK(p.sources[0].name == "Ines Varga");
  CHECK(p.sources[0].kind == onrecord::SourceKind::kNamed);
}

// The search back for an open mark before a screen size reads at most a few
// hundred bytes: a line of 100,000 numbers and marks is audited in linear
// time (read back to the line's start, it took quadratic time).
TEST_CASE("a long line of screen sizes is read in one pass", "[quotefix35][hostile]") {
  std::string line;
  for (int i = 0; i < 100000; ++i) line += "a 5\" set ";
  auto r = AuditText("Shop news.\n\n" + line + "\n");
  CHECK(r.quotes.size() <= 1);
  // Near the start of its line the mark is still an inch mark.
  const std::string shortline = "Shop news.\n\nA 55\" set sells.";
  CHECK(onrecord::InchMarkAt(shortline, 0, shortline.find('"')));
}
