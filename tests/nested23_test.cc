// Attributions reported inside another attribution's content (seventeenth
// round): "China understands it must offer more, one of the people said"
// sources the claim to the person, not to China. The inner attribution is
// kept (PolNeAR spans, antecedents) but counts in neither the transparency
// index nor the shares, with the reason given.
#include <string>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::FindAttributionByCue;

namespace {

bool HasReason(const onrecord::Attribution& a, const std::string& part) {
  for (const auto& reason : a.reasons) {
    if (reason.find(part) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("a claim reported inside an anonymous source's words is not the article's sourcing", "[nested23]") {
  auto r = AuditText(
      "President Donald Trump's team rejects the assertion that it has given no clear demands, "
      "according to a person familiar with the matter.\n");
  const auto* inner = FindAttributionByCue(r, "rejects");
  const auto* outer = FindAttributionByCue(r, "according to");
  REQUIRE(inner != nullptr);
  REQUIRE(outer != nullptr);
  CHECK_FALSE(inner->counted);
  CHECK(inner->level == 4);  // the team's level, uncounted (fixd38)
  CHECK(HasReason(*inner, "within the content of another attribution (a person familiar with the matter"));
  CHECK(outer->counted);
  CHECK(outer->level == 1);
  // Only the anonymous person counts: no named share.
  CHECK(r.score.attributions == 1);
  CHECK(r.score.named_share == Approx(0.0));
  CHECK(r.score.anonymous_share == Approx(1.0));
}

TEST_CASE("a clause reported before a trailing reporting clause counts only for its reporter", "[nested23]") {
  auto r = AuditText(
      "The lawyers met on Monday.\n\n"
      "Eggleston said it could hurt the strategy, people familiar with the session said.\n");
  REQUIRE(r.attributions.size() == 2);
  const auto& inner = r.attributions[0];
  const auto& outer = r.attributions[1];
  REQUIRE(inner.source);
  CHECK(inner.source->text == "Eggleston");
  CHECK_FALSE(inner.counted);
  REQUIRE(outer.source);
  CHECK(outer.source->text == "people familiar with the session");
  CHECK(outer.counted);
  CHECK(r.score.attributions == 1);
  CHECK(r.score.vague_share == Approx(1.0));
}

TEST_CASE("attributions side by side, or after their reporting clause, all count", "[nested23]") {
  auto r = AuditText("Lee said the plan would fail. Ruiz said the plan would work.\n");
  for (const auto& a : r.attributions) CHECK(a.counted);
  CHECK(r.score.attributions == 2);
  // The outer cue before the content: "Lee said Ruiz believes …" keeps both
  // (the content follows its cue; only a reporting clause after the content
  // marks the claim as the reporter's).
  auto s = AuditText("Lee said that the plan would fail, and Ruiz told reporters the plan would work.\n");
  for (const auto& a : s.attributions) CHECK(a.counted);
}
