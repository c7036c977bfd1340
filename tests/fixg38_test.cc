// Fresh-user faults of the thirty-second round (branch fixg38, issue #4): a
// Chinese sentence of a pronoun, an adverbial and a cue after a quote
// ("「…。」他笑着说。") made the pronoun and the adverbial one named source;
// a pronoun object ("记者问他说") was a named source too; 说明 ("explain")
// was read over 说 + 明天; and a German dative addressee after an inverted
// pronoun, with a time or place phrase after it ("sagte sie den Arbeitern
// in Kiel"), lost the speaker.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"
#include "findings_util.h"

using onrecord::testing::CountFindings;

using onrecord::SourceKind;
using onrecord::testing::AuditText;

namespace {

const char kLead[] = "外交部长王毅周二抵达北京。「我们会继续合作。」";

}  // namespace

TEST_CASE("fixg38: a Chinese pronoun and an adverbial before a bare cue take the quote before", "[fixg38]") {
  for (const std::string tail : {"他笑着说。\n", "她低声说。\n", "他再次说。\n", "他周二在北京说。\n", "他在北京说。\n"}) {
    INFO(tail);
    const auto r = AuditText(kLead + tail, "test.txt", "zh");
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].speaker == "王毅");
    CHECK(r.quotes[0].speaker_kind == SourceKind::kNamed);
    CHECK(CountFindings(r, "attribution.unattributed-quote") == 0);
    for (const auto& s : r.sources) CHECK(s.name.find("\xE7\x9D\x80") == std::string::npos);  // no "…着" name
  }
}

TEST_CASE("fixg38: a Chinese name before an addressee and a bare cue takes the quote before", "[fixg38]") {
  for (const std::string tail : {"王毅对记者说。\n", "王毅对他说。\n"}) {
    INFO(tail);
    const auto r = AuditText(kLead + tail, "test.txt", "zh");
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].speaker == "王毅");
  }
}

TEST_CASE("fixg38: a Chinese pronoun object before the cue is no source", "[fixg38]") {
  const auto r = AuditText(std::string(kLead) + "记者问他说。\n", "test.txt", "zh");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker_kind == SourceKind::kUnattributed);
  for (const auto& s : r.sources) {
    CHECK(s.name != "问他");
    CHECK(s.name != "记者问他");
  }
}

TEST_CASE("fixg38: 说 before a time word is the cue, not 说明", "[fixg38]") {
  const auto r = AuditText(std::string(kLead) + "他说明天会再来。\n", "test.txt", "zh");
  bool found = false;
  for (const auto& a : r.attributions) {
    if (!a.cue) continue;
    CHECK(a.cue->text != "说明");
    found |= a.cue->text == "说";
  }
  CHECK(found);
  // Guard: 说明 with no time word after it stays the cue.
  const auto g = AuditText("外交部长王毅周二抵达北京。他说明了原因。\n", "test.txt", "zh");
  bool explain = false;
  for (const auto& a : g.attributions) explain |= a.cue && a.cue->text == "说明";
  CHECK(explain);
}

TEST_CASE("fixg38: a Chinese possessive after the pronoun keeps the whole subject", "[fixg38]") {
  // (A guard: "他的发言人" is a spokesman, not the pronoun.)
  const auto r = AuditText("外交部长王毅周二抵达北京。他的发言人说，会谈很顺利。\n", "test.txt", "zh");
  REQUIRE(!r.attributions.empty());
  REQUIRE(r.attributions[0].source);
  CHECK(r.attributions[0].source->text == "他的发言人");
}

TEST_CASE("fixg38: a German dative addressee and a time or place phrase after an inverted pronoun", "[fixg38]") {
  const std::string lead = "Die Ministerin Anna Keller besuchte den Hafen. ";
  for (const std::string tail :
       {"„Wir bleiben“, sagte sie am Montag den Arbeitern in Kiel.\n", "„Wir bleiben“, sagte sie den Arbeitern in Kiel.\n",
        "„Wir bleiben“, sagte sie dem Sender am Montag.\n", "„Wir bleiben“, sagte sie der Zeitung.\n",
        "„Wir bleiben“, sagte sie am Montag der Presse.\n"}) {
    INFO(tail);
    const auto r = AuditText(lead + tail, "test.txt", "de");
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].speaker == "Anna Keller");
  }
}

TEST_CASE("fixg38: a surname after Ms. never resolves to a man's full name", "[fixg38]") {
  const auto r = AuditText(
      "Tom Cole runs the ferry company with his wife. “We are not selling,” Ms. Cole said on Monday.\n", "test.txt",
      "en");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker != "Tom Cole");
  const auto both = AuditText(
      "Jane Cole and Tom Cole both spoke at the hearing. “Nothing is off the table,” Ms. Cole said.\n", "test.txt",
      "en");
  REQUIRE(both.quotes.size() == 1);
  CHECK(both.quotes[0].speaker == "Jane Cole");
}

TEST_CASE("fixg38: a surname after Mr. keeps the man's full name", "[fixg38]") {
  // (A guard: the honorific of the same gender resolves as before.)
  const auto r = AuditText("Jane Cole and Tom Cole both spoke at the hearing. “Nothing is off the table,” Mr. Cole said.\n",
                           "test.txt", "en");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "Tom Cole");
}

TEST_CASE("fixg38: a subject named with an honorific is the pronoun's antecedent", "[fixg38]") {
  const auto r = AuditText("Mr. Tom Hale met Mr. Sam Ortiz on Monday. He said the plan was dead.\n", "test.txt", "en");
  REQUIRE(r.attributions.size() == 1);
  REQUIRE(r.attributions[0].source_id >= 0);
  bool hale = false;
  for (const auto& s : r.sources) hale |= s.id == r.attributions[0].source_id && s.name == "Tom Hale";
  CHECK(hale);
}
