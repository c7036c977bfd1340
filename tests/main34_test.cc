// Faults fresh users found on main in the twenty-eighth round, fixed on
// main.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "onrecord/config.h"
#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;

bool HasRule(const std::vector<Finding>& fs, const std::string& rule) {
  for (const auto& f : fs) {
    if (f.rule == rule) return true;
  }
  return false;
}

TEST_CASE("main34: a transparency index of exactly a configured minimum is not below it", "[main34]") {
  // A described official (0.35) and a bare "sources said" (0.05), both in
  // the lede: the mean is 1/5, which floating point sums to
  // 0.19999999999999998.
  const AuditResult r = AuditText(
      "Storm update\n\nA county official said the pumps had failed.\n\nSources said the search would continue.\n",
      "storm.txt");
  REQUIRE(r.attributions.size() == 2);
  CHECK(r.score.transparency_index == 0.2);
  FileSettings at_index;
  at_index.thresholds.min_transparency_index = 0.2;
  CHECK_FALSE(HasRule(ApplySettings(r, at_index), "threshold.transparency-index"));
  // A minimum a hair above is still crossed.
  FileSettings above;
  above.thresholds.min_transparency_index = 0.21;
  CHECK(HasRule(ApplySettings(r, above), "threshold.transparency-index"));
}

}  // namespace
}  // namespace onrecord
