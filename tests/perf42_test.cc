// Branch perf42 (issue #8, speed): the clean stage screens two per-line
// searches by a rare byte before comparing strings. The pull quote's
// signature ("“…” — Ana Ruiz") is looked for only where a byte could open
// a dash (0xE2 of "—", "–", "―", or the "-" of "--"), and a navigation bar's
// separator (" | ", " · ", " • ", " / ") by its mark and the space after it,
// then the space before. These cases pin what the fast paths must keep:
// every dash, a dash among other three-byte characters that open with 0xE2
// ("’", "…", "“"), a single hyphen (no dash), and separators that are half
// there ("Home| Politics", "Home |Politics", a line that opens with "| ").
#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"

namespace {

using onrecord::AuditResult;
using onrecord::testing::AuditText;

const std::string kArticle =
    "Ferry talks stall\n\n"
    "The port board and the crew union met again on Monday without a deal, officials said.\n\n"
    "“We have not yet worked out what we want from the talks,” said Ana Ruiz, an adviser to the "
    "board. “There is no plan.”\n\n"
    "Mayor Tom Lee said the pier would reopen by spring.\n";

const std::string kPull = "“We have not yet worked out what we want from the talks.”";

size_t Masked(const AuditResult& r, const std::string& rule) {
  size_t n = 0;
  for (const auto& m : r.masked) n += m.rule == rule;
  return n;
}

}  // namespace

TEST_CASE("perf42: a pull quote's signature after each dash is found", "[perf42]") {
  for (const std::string dash : {"—", "–", "―", "--"}) {
    INFO(dash);
    const AuditResult r = AuditText(kArticle + "\n" + kPull + " " + dash + " Ana Ruiz\n");
    CHECK(Masked(r, "boilerplate.pull-quote") == 1);
    // No space between the quotation mark and the dash, nor after it.
    const AuditResult tight = AuditText(kArticle + "\n" + kPull + dash + "Ana Ruiz\n");
    CHECK(Masked(tight, "boilerplate.pull-quote") == 1);
  }
}

TEST_CASE("perf42: other characters that open with byte 0xE2 are no dash", "[perf42]") {
  // "’", "…" and "“" share the dash's first byte: the signature is still the
  // one after the real dash, and a line with only those bytes has none.
  const AuditResult r = AuditText(kArticle + "\n" + kPull + " — Ana Ruiz’s note…\n");
  CHECK(Masked(r, "boilerplate.pull-quote") == 1);
  const AuditResult none = AuditText(kArticle + "\n" + kPull + " … Ana Ruiz’s note\n");
  CHECK(Masked(none, "boilerplate.pull-quote") == 0);
  // A single hyphen is no dash, so the line is no quotation alone.
  const AuditResult hyphen = AuditText(kArticle + "\n" + kPull + " - Ana Ruiz\n");
  CHECK(Masked(hyphen, "boilerplate.pull-quote") == 0);
  // A dash more than 90 bytes before the end is not a signature's.
  const AuditResult far = AuditText(kArticle + "\n" + kPull + " — Ana Ruiz, an adviser to the board of the "
                                                              "port, in a speech to the crew union on Monday\n");
  CHECK(Masked(far, "boilerplate.pull-quote") == 0);
}

TEST_CASE("perf42: navigation separators are found with a space on each side only", "[perf42]") {
  for (const std::string sep : {" | ", " · ", " • ", " / "}) {
    INFO(sep);
    const AuditResult r = AuditText("Home" + sep + "Politics" + sep + "World\n\n" + kArticle);
    CHECK(Masked(r, "boilerplate.nav-links") == 1);
  }
  // The mark with a space after it but not before, or before but not after,
  // is no separator; so a line of them is kept.
  CHECK(Masked(AuditText("Home| Politics| World\n\n" + kArticle), "boilerplate.nav-links") == 0);
  CHECK(Masked(AuditText("Home |Politics |World\n\n" + kArticle), "boilerplate.nav-links") == 0);
  CHECK(Masked(AuditText("Home·Politics·World\n\n" + kArticle), "boilerplate.nav-links") == 0);
  // A half separator before a whole one: the search goes on past it.
  CHECK(Masked(AuditText("Home| Politics | World | Sport\n\n" + kArticle), "boilerplate.nav-links") == 1);
  // A line that opens with the mark: its first item opens with "|", no menu.
  CHECK(Masked(AuditText("| Home | Politics | World\n\n" + kArticle), "boilerplate.nav-links") == 0);
}
