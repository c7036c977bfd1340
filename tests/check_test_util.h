// Test helpers for `onrecord check`: a structural validator for SARIF 2.1.0
// (the required properties, enumerations and value ranges of the objects
// onrecord writes, and no property the standard does not define there).
#ifndef ONRECORD_TESTS_CHECK_TEST_UTIL_H_
#define ONRECORD_TESTS_CHECK_TEST_UTIL_H_

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

namespace onrecord::testing {

class SarifValidator {
 public:
  // Problems found in `log`, as "json/path: problem" lines; empty = valid.
  std::vector<std::string> Validate(const nlohmann::json& log) {
    problems_.clear();
    Object(log, "$", {"$schema", "version", "runs", "inlineExternalProperties", "properties"});
    Require(log, "$", "version");
    Require(log, "$", "runs");
    if (log.contains("version") && log["version"] != "2.1.0") Problem("$.version", "must be \"2.1.0\"");
    if (log.contains("$schema") && !log["$schema"].is_string()) Problem("$.$schema", "must be a URI string");
    if (!log.contains("runs") || !log["runs"].is_array()) {
      Problem("$.runs", "must be an array");
      return problems_;
    }
    for (size_t i = 0; i < log["runs"].size(); ++i) Run(log["runs"][i], "$.runs[" + std::to_string(i) + "]");
    return problems_;
  }

 private:
  void Problem(const std::string& where, const std::string& what) { problems_.push_back(where + ": " + what); }

  void Require(const nlohmann::json& j, const std::string& where, const char* key) {
    if (!j.is_object() || !j.contains(key)) Problem(where, std::string("missing required '") + key + "'");
  }

  void Object(const nlohmann::json& j, const std::string& where, const std::set<std::string>& allowed) {
    if (!j.is_object()) {
      Problem(where, "must be an object");
      return;
    }
    for (auto it = j.begin(); it != j.end(); ++it) {
      if (!allowed.count(it.key())) Problem(where, "property '" + it.key() + "' is not defined here");
    }
  }

  void Enum(const nlohmann::json& j, const std::string& where, const std::set<std::string>& values) {
    if (!j.is_string() || !values.count(j.get<std::string>())) Problem(where, "value " + j.dump() + " not allowed");
  }

  void PositiveInt(const nlohmann::json& j, const std::string& where) {
    if (!j.is_number_integer() || j.get<long long>() < 1) Problem(where, "must be an integer >= 1");
  }

  void Message(const nlohmann::json& j, const std::string& where) {
    Object(j, where, {"text", "markdown", "id", "arguments", "properties"});
    if (j.is_object() && !j.contains("text") && !j.contains("id")) Problem(where, "needs 'text' or 'id'");
    if (j.is_object() && j.contains("text") && !j["text"].is_string()) Problem(where + ".text", "must be a string");
  }

  void Run(const nlohmann::json& run, const std::string& where) {
    Object(run, where,
           {"tool", "invocations", "conversion", "language", "versionControlProvenance",
            "originalUriBaseIds", "artifacts", "logicalLocations", "graphs", "results",
            "automationDetails", "runAggregates", "baselineGuid", "redactionTokens",
            "defaultEncoding", "defaultSourceLanguage", "newlineSequences", "columnKind",
            "externalPropertyFileReferences", "threadFlowLocations", "taxonomies", "addresses",
            "translations", "policies", "webRequests", "webResponses", "specialLocations",
            "properties"});
    Require(run, where, "tool");
    if (run.contains("columnKind")) Enum(run["columnKind"], where + ".columnKind", {"utf16CodeUnits", "unicodeCodePoints"});
    size_t rule_count = 0;
    std::vector<std::string> rule_ids;
    if (run.contains("tool")) {
      const auto& tool = run["tool"];
      Object(tool, where + ".tool", {"driver", "extensions", "properties"});
      Require(tool, where + ".tool", "driver");
      if (tool.contains("driver")) {
        const auto& d = tool["driver"];
        std::string w = where + ".tool.driver";
        Object(d, w,
               {"guid", "name", "organization", "product", "productSuite", "shortDescription",
                "fullDescription", "fullName", "version", "semanticVersion", "dottedQuadFileVersion",
                "releaseDateUtc", "downloadUri", "informationUri", "globalMessageStrings",
                "notifications", "rules", "taxa", "locations", "language", "contents",
                "isComprehensive", "localizedDataSemanticVersion", "minimumRequiredLocalizedDataSemanticVersion",
                "associatedComponent", "translationMetadata", "supportedTaxonomies", "properties"});
        Require(d, w, "name");
        if (d.contains("rules")) {
          std::set<std::string> seen;
          for (size_t i = 0; i < d["rules"].size(); ++i) {
            const auto& r = d["rules"][i];
            std::string rw = w + ".rules[" + std::to_string(i) + "]";
            Object(r, rw,
                   {"id", "deprecatedIds", "guid", "deprecatedGuids", "name", "deprecatedNames",
                    "shortDescription", "fullDescription", "messageStrings", "defaultConfiguration",
                    "helpUri", "help", "relationships", "properties"});
            Require(r, rw, "id");
            if (r.contains("id") && !seen.insert(r["id"].get<std::string>()).second) Problem(rw, "duplicate rule id");
            for (const char* k : {"shortDescription", "fullDescription", "help"}) {
              if (r.contains(k)) Message(r[k], rw + "." + k);
            }
            if (r.contains("defaultConfiguration")) {
              const auto& dc = r["defaultConfiguration"];
              Object(dc, rw + ".defaultConfiguration", {"enabled", "level", "rank", "parameters", "properties"});
              if (dc.contains("level")) Enum(dc["level"], rw + ".defaultConfiguration.level", {"none", "note", "warning", "error"});
            }
            rule_ids.push_back(r.value("id", ""));
          }
          rule_count = d["rules"].size();
        }
      }
    }
    if (run.contains("invocations")) {
      for (size_t i = 0; i < run["invocations"].size(); ++i) {
        const auto& inv = run["invocations"][i];
        std::string iw = where + ".invocations[" + std::to_string(i) + "]";
        Require(inv, iw, "executionSuccessful");
        if (inv.contains("executionSuccessful") && !inv["executionSuccessful"].is_boolean()) {
          Problem(iw, "executionSuccessful must be a boolean");
        }
        if (inv.contains("toolExecutionNotifications")) {
          for (const auto& n : inv["toolExecutionNotifications"]) {
            Require(n, iw + ".toolExecutionNotifications[]", "message");
            if (n.contains("message")) Message(n["message"], iw + ".toolExecutionNotifications[].message");
            if (n.contains("level")) Enum(n["level"], iw + ".toolExecutionNotifications[].level", {"none", "note", "warning", "error"});
            if (n.contains("locations")) {
              for (const auto& l : n["locations"]) Location(l, iw + ".toolExecutionNotifications[].locations[]");
            }
          }
        }
      }
    }
    if (!run.contains("results")) return;
    if (!run["results"].is_array()) {
      Problem(where + ".results", "must be an array");
      return;
    }
    for (size_t i = 0; i < run["results"].size(); ++i) {
      const auto& res = run["results"][i];
      std::string rw = where + ".results[" + std::to_string(i) + "]";
      Object(res, rw,
             {"guid", "correlationGuid", "ruleId", "ruleIndex", "rule", "taxa", "kind", "level",
              "message", "analysisTarget", "webRequest", "webResponse", "locations", "relatedLocations",
              "attachments", "codeFlows", "graphs", "graphTraversals", "stacks", "fixes", "occurrenceCount",
              "fingerprints", "partialFingerprints", "baselineState", "rank", "suppressions", "provenance",
              "hostedViewerUri", "workItemUris", "properties"});
      Require(res, rw, "message");
      if (res.contains("message")) Message(res["message"], rw + ".message");
      if (res.contains("level")) Enum(res["level"], rw + ".level", {"none", "note", "warning", "error"});
      if (res.contains("ruleIndex")) {
        if (!res["ruleIndex"].is_number_integer() || res["ruleIndex"].get<long long>() < 0 ||
            static_cast<size_t>(res["ruleIndex"].get<long long>()) >= rule_count) {
          Problem(rw + ".ruleIndex", "does not index tool.driver.rules");
        } else if (res.contains("ruleId") && rule_ids[res["ruleIndex"].get<size_t>()] != res["ruleId"]) {
          Problem(rw + ".ruleIndex", "names another rule than ruleId");
        }
      }
      if (res.contains("locations")) {
        for (size_t k = 0; k < res["locations"].size(); ++k) {
          Location(res["locations"][k], rw + ".locations[" + std::to_string(k) + "]");
        }
      }
      if (res.contains("partialFingerprints")) {
        for (auto it = res["partialFingerprints"].begin(); it != res["partialFingerprints"].end(); ++it) {
          if (!it->is_string()) Problem(rw + ".partialFingerprints", "values must be strings");
        }
      }
      if (res.contains("suppressions")) {
        for (const auto& s : res["suppressions"]) {
          Object(s, rw + ".suppressions[]", {"guid", "kind", "status", "justification", "location", "properties"});
          Require(s, rw + ".suppressions[]", "kind");
          if (s.contains("kind")) Enum(s["kind"], rw + ".suppressions[].kind", {"inSource", "external"});
          if (s.contains("status")) Enum(s["status"], rw + ".suppressions[].status", {"accepted", "underReview", "rejected"});
          if (s.contains("justification") && !s["justification"].is_string()) Problem(rw + ".suppressions[]", "justification must be a string");
        }
      }
    }
  }

  void Location(const nlohmann::json& l, const std::string& where) {
    Object(l, where, {"id", "physicalLocation", "logicalLocations", "message", "annotations", "relationships", "properties"});
    if (!l.contains("physicalLocation")) return;
    const auto& p = l["physicalLocation"];
    std::string pw = where + ".physicalLocation";
    Object(p, pw, {"address", "artifactLocation", "region", "contextRegion", "properties"});
    if (p.contains("artifactLocation")) {
      Object(p["artifactLocation"], pw + ".artifactLocation", {"uri", "uriBaseId", "index", "description", "properties"});
      if (!p["artifactLocation"].contains("uri") || !p["artifactLocation"]["uri"].is_string()) {
        Problem(pw + ".artifactLocation", "needs a 'uri' string");
      }
    }
    if (p.contains("region")) {
      const auto& r = p["region"];
      std::string rw = pw + ".region";
      Object(r, rw, {"startLine", "startColumn", "endLine", "endColumn", "charOffset", "charLength",
                     "byteOffset", "byteLength", "snippet", "message", "sourceLanguage", "properties"});
      if (!r.contains("startLine") && !r.contains("charOffset") && !r.contains("byteOffset")) {
        Problem(rw, "needs startLine, charOffset or byteOffset");
      }
      for (const char* k : {"startLine", "startColumn", "endLine", "endColumn"}) {
        if (r.contains(k)) PositiveInt(r[k], rw + "." + k);
      }
      if (r.contains("startLine") && r.contains("endLine") && r["endLine"] < r["startLine"]) {
        Problem(rw, "endLine before startLine");
      }
      if (r.contains("startLine") && r.contains("endLine") && r["endLine"] == r["startLine"] &&
          r.contains("startColumn") && r.contains("endColumn") && r["endColumn"] < r["startColumn"]) {
        Problem(rw, "endColumn before startColumn");
      }
      if (r.contains("snippet")) Object(r["snippet"], rw + ".snippet", {"text", "binary", "rendered", "properties"});
    }
  }

  std::vector<std::string> problems_;
};

}  // namespace onrecord::testing

#endif  // ONRECORD_TESTS_CHECK_TEST_UTIL_H_
