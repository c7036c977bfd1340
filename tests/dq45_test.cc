// Empty contents (thirty-seventh round, branch dq45): a cue sentence that
// ends with its cue group and a full stop ("Ana Ruiz, the port's spokeswoman,
// said in a statement.") has nothing of its own to report; when the next
// sentence, in the same paragraph or the one after, opens with a quote that
// no cue took, that quote is the cue's content, as PolNeAR marks it.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;

namespace {

// The attribution whose content opens with `words`, or nullptr.
const onrecord::Attribution* ContentOpening(const onrecord::AuditResult& r, const std::string& words) {
  for (const auto& a : r.attributions) {
    if (!a.content.empty() && a.content.front().text.rfind(words, 0) == 0) return &a;
  }
  return nullptr;
}

// The number of attributions whose cue reads `cue` and whose content is empty.
int EmptyContents(const onrecord::AuditResult& r, const std::string& cue) {
  int n = 0;
  for (const auto& a : r.attributions) {
    if (a.cue && a.cue->text == cue && a.content.empty()) ++n;
  }
  return n;
}

}  // namespace

TEST_CASE("dq45: a quote after a cue sentence that ends in a statement is its content", "[dq45]") {
  auto r = AuditText(
      "The ferry line will close for the winter. Ana Ruiz, the spokeswoman for the harbor board, said in a "
      "statement. “There is no money left for the night crossings. We will reopen the line in April.”\n");
  const auto* a = ContentOpening(r, "“There is no money left");
  REQUIRE(a != nullptr);
  CHECK(a->content.front().text ==
        "“There is no money left for the night crossings. We will reopen the line in April.”");
  REQUIRE(a->cue);
  CHECK(a->cue->text == "said in a statement");
  REQUIRE(a->source);
  CHECK(a->source->text.rfind("Ana Ruiz, the spokeswoman for the harbor board", 0) == 0);
  CHECK(EmptyContents(r, "said in a statement") == 0);
}

TEST_CASE("dq45: the quote may open the next paragraph", "[dq45]") {
  auto r = AuditText(
      "The council voted to sell the old depot on Monday. Tom Hale, the council's treasurer, wrote in an "
      "email.\n\n“The sale pays for the new roof of the school. Nobody else made an offer.”\n\nThe depot "
      "stood empty for ten years.\n");
  const auto* a = ContentOpening(r, "“The sale pays");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text.rfind("Tom Hale, the council's treasurer", 0) == 0);
  REQUIRE(a->cue);
  CHECK(a->cue->text == "wrote");
}

TEST_CASE("dq45: guards, a quote with its own cue or a cue with content stays as it was", "[dq45]") {
  // The quote names its own speaker: it stays with that cue.
  auto r = AuditText(
      "Ana Ruiz, the spokeswoman for the harbor board, said in a statement. “We will reopen the line in "
      "April,” said Tom Hale, the harbor treasurer.\n");
  const auto* a = ContentOpening(r, "“We will reopen");
  REQUIRE(a != nullptr);
  REQUIRE(a->source);
  CHECK(a->source->text == "Tom Hale, the harbor treasurer");

  // A cue sentence with content of its own keeps it; the next quote is not added.
  auto r2 = AuditText(
      "Ana Ruiz said the line would close for the winter. “Nobody rides the night ferry in January.”\n");
  const auto* b = ContentOpening(r2, "the line would close");
  REQUIRE(b != nullptr);
  CHECK(b->content.size() == 1);

  // A cue of belief, not speech, does not take the quote.
  auto r3 = AuditText(
      "The harbor board had hoped for more. Ana Ruiz, the spokeswoman for the board, worried. “We will reopen "
      "the line in April.”\n");
  CHECK(ContentOpening(r3, "“We will reopen") == nullptr);
}
