// A fresh user's faults: photo captions, credits and newsletter lines left
// in the audited text; a threshold finding whose value, rounded, contradicted
// its own condition ("below 0.4 (transparency_index 0.40)"); stated access
// ("people briefed on the negotiations") not detected.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "onrecord/config.h"
#include "test_util.h"
#include "threshold_format.h"

namespace onrecord {
namespace {

using testing::AuditText;

std::vector<std::string> Masked(const std::string& text, const std::string& path = "page.txt",
                                const std::string& language = "en") {
  const AuditResult r = AuditText(text, path, language);
  std::vector<std::string> out;
  for (const auto& m : r.masked) {
    out.push_back(m.rule + " " + text.substr(m.location.begin, m.location.end - m.location.begin));
  }
  return out;
}

bool AnyMaskHolds(const std::vector<std::string>& masked, const std::string& needle) {
  for (const auto& m : masked) {
    if (m.find(needle) != std::string::npos) return true;
  }
  return false;
}

bool TextHolds(const AuditResult& r, const std::string& needle) {
  return r.text.find(needle) != std::string::npos;
}

const std::string kBody1 = "The port authority in Kessby delayed its vote on the new quay on Monday, Mayor Lina Brandt said.";
const std::string kBody2 = "The board will meet again in April, according to its clerk, Piet Olsen.";

TEST_CASE("fix27: caption lines ending in a credit are masked in text", "[fix27]") {
  for (const std::string caption :
       {"Dock workers protest outside the terminal on Monday. (Photo: John Smith/Gazette)",
        "Dock workers protest outside the terminal on Monday. (Gazette Photo/John Smith)",
        "Dock workers protest outside the terminal on Monday. (Photo by John Smith)",
        "Dock workers protest outside the terminal on Monday. Credit: John Smith/Gazette"}) {
    const std::string text = "Quay vote delayed\n\n" + kBody1 + "\n\n" + caption + "\n\n" + kBody2 + "\n";
    auto m = Masked(text);
    INFO(caption << " " << ::Catch::Detail::stringify(m));
    CHECK(AnyMaskHolds(m, "boilerplate.photo-caption Dock workers protest"));
    CHECK_FALSE(AnyMaskHolds(m, "Mayor Lina Brandt"));
    CHECK_FALSE(AnyMaskHolds(m, "Piet Olsen"));
  }
}

TEST_CASE("fix27: newsletter lines are masked, article lines about newsletters are kept", "[fix27]") {
  const std::string text = "Quay vote delayed\n\n" + kBody1 +
                           "\n\nSubscribe to our newsletter for the latest news in your city.\n\n" +
                           "Subscribe to the newsletter, the mayor told residents, if you want updates.\n\n" +
                           "“Our photo desk was cut,” the editor said of the newsletter.\n\n" + kBody2 + "\n";
  auto m = Masked(text);
  INFO(::Catch::Detail::stringify(m));
  CHECK(AnyMaskHolds(m, "boilerplate.newsletter-signup Subscribe to our newsletter"));
  CHECK_FALSE(AnyMaskHolds(m, "the mayor told residents"));
  CHECK_FALSE(AnyMaskHolds(m, "photo desk"));
}

TEST_CASE("fix27: an HTML figcaption is not article text, a quotation's figcaption is", "[fix27]") {
  const std::string html =
      "<html><body><article><h1>Quay vote delayed</h1><p>" + kBody1 +
      "</p><figure><img src=\"a.jpg\"><figcaption>Dock workers protest outside the terminal on Monday, "
      "a union spokesman said. John Smith/Gazette</figcaption></figure>"
      "<figure><blockquote><p>“The quay will be built,”</p></blockquote><figcaption>Harbour Master Ola Berg"
      "</figcaption></figure><p>" + kBody2 + "</p></article></body></html>";
  const AuditResult r = AuditText(html, "page.html");
  INFO(r.text);
  // The photo's caption is not audited: since fixa40 it is kept in the text
  // only as a masked block (`clean` shows it), and nothing is read from it.
  CHECK(AnyMaskHolds(Masked(html, "page.html"), "html.figcaption Dock workers protest"));
  for (const auto& s : r.sources) CHECK(s.name.find("union spokesman") == std::string::npos);
  CHECK(TextHolds(r, "Piet Olsen"));
  CHECK(TextHolds(r, "Harbour Master Ola Berg"));
}

TEST_CASE("fix27: a value past a threshold is printed on its side of it", "[fix27]") {
  CHECK(FormatPastThreshold(0.3996, 0.4) == "0.3996");
  CHECK(FormatPastThreshold(0.3400001, 0.34) == "0.3400001");
  CHECK(FormatPastThreshold(0.25, 0.4) == "0.25");
  CHECK(FormatPastThreshold(0.5, 0.34) == "0.50");

  AuditResult r = AuditText("Budget cuts are coming, sources said.\n");
  r.score.transparency_index = 0.3996;
  r.score.vague_share = 0.34004;
  FileSettings s;
  s.thresholds.min_transparency_index = 0.4;
  s.thresholds.max_vague_share = 0.34;
  int seen = 0;
  for (const auto& f : ApplySettings(r, s)) {
    if (f.rule == "threshold.transparency-index") {
      ++seen;
      CHECK_THAT(f.message, Catch::Contains("index 0.3996 is below the configured minimum 0.40"));
    }
    if (f.rule == "threshold.vague-share") {
      ++seen;
      CHECK_THAT(f.message, Catch::Contains("attributions 0.34004 is above the configured maximum 0.34"));
    }
  }
  CHECK(seen == 2);
}

TEST_CASE("fix27: stated access is detected in the common phrasings", "[fix27]") {
  for (const std::string phrase :
       {"two people briefed on the negotiations", "an official who had seen the draft",
        "an official involved in the planning",
        "an official with direct knowledge of the talks"}) {
    const std::string text = "The harbour deal will be signed next week, " + phrase + " said.\n";
    const AuditResult r = AuditText(text);
    INFO(phrase);
    REQUIRE(r.anonymous_sources.size() >= 1);
    CHECK(r.anonymous_sources[0].access_given);
  }
  // Closeness and familiarity do not say how the source knows.
  for (const std::string phrase : {"a person familiar with the talks", "a person close to the minister"}) {
    const AuditResult r = AuditText("The harbour deal will be signed next week, " + phrase + " said.\n");
    INFO(phrase);
    REQUIRE(r.anonymous_sources.size() >= 1);
    CHECK_FALSE(r.anonymous_sources[0].access_given);
  }
  const AuditResult de = AuditText(
      "Der Hafenvertrag wird nächste Woche unterzeichnet, sagte eine in die Verhandlungen eingeweihte Person.\n",
      "t.txt", "de");
  REQUIRE(de.anonymous_sources.size() >= 1);
  CHECK(de.anonymous_sources[0].access_given);
}

}  // namespace
}  // namespace onrecord
