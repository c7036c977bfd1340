// The no-source share in the JSON score (seventeenth round): the text
// report printed "no source N%", the JSON had no field for it.
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "onrecord/audit_json_reader.h"
#include "onrecord/check_output.h"
#include "onrecord/report.h"
#include "test_util.h"

using onrecord::testing::AuditText;

TEST_CASE("the JSON score gives the share of attributions with no source", "[score23]") {
  auto r = AuditText("The mayor spoke on Monday. \"We will not move,\" Lee said.\n\nHe said no.\n");
  const nlohmann::json j = onrecord::AuditToJson(r);
  REQUIRE(j["score"].contains("no_source_share"));
  REQUIRE(r.score.attributions > 0);
  const double expected = static_cast<double>(r.score.no_source) / r.score.attributions;
  CHECK(j["score"]["no_source_share"].get<double>() == Approx(expected).margin(1e-4));
  // The shares add up to one.
  CHECK(j["score"]["named_share"].get<double>() + j["score"]["anonymous_share"].get<double>() +
            j["score"]["no_source_share"].get<double>() ==
        Approx(1.0).margin(1e-3));
  // Read back (ingest --results): the count is restored.
  auto back = onrecord::AuditFromJson(j, "test.json");
  REQUIRE(back.ok());
  CHECK(back.value().score.no_source == r.score.no_source);
}

TEST_CASE("an article with every source resolved has a no-source share of zero", "[score23]") {
  auto r = AuditText("\"We will not move,\" Ana Lee said.\n");
  const nlohmann::json j = onrecord::AuditToJson(r);
  CHECK(j["score"]["no_source_share"].get<double>() == 0.0);
}

TEST_CASE("check JSON gives each file's attribution count beside its shares", "[score23]") {
  onrecord::CheckReport report;
  onrecord::CheckFile empty;
  empty.path = "empty.md";
  empty.score = onrecord::ArticleScore{};
  onrecord::CheckFile sourced;
  sourced.path = "sourced.md";
  onrecord::ArticleScore s;
  s.attributions = 4;
  s.no_source = 1;
  s.named_share = 0.75;
  sourced.score = s;
  report.files = {empty, sourced};
  const nlohmann::json j = nlohmann::json::parse(onrecord::FormatCheck(report, onrecord::CheckFormat::kJson, {}));
  CHECK(j["files"][0]["score"]["attributions"] == 0);
  CHECK(j["files"][0]["score"]["named_share"] == 0.0);
  CHECK(j["files"][1]["score"]["attributions"] == 4);
  CHECK(j["files"][1]["score"]["no_source_share"].get<double>() == Approx(0.25));
}
