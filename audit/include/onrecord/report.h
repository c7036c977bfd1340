// Reports: the onrecord/audit-1 JSON contract (design §3) and the readable
// text report. Pure functions of an AuditResult; thread-safe.
#ifndef ONRECORD_REPORT_H_
#define ONRECORD_REPORT_H_

#include <nlohmann/json.hpp>
#include <string>

#include "onrecord/audit.h"

namespace onrecord {

// The audit as an `onrecord/audit-1` JSON object.
nlohmann::json AuditToJson(const AuditResult& result);

// The same object as one line of JSON text: byte for byte what
// AuditToJson(result).dump() gives (keys in the same order, the same string
// escapes and number digits), written directly, several times faster. Like
// dump() it throws nlohmann::json::type_error on a string that is not valid
// UTF-8 (the pipeline never makes one).
std::string AuditToJsonLine(const AuditResult& result);

// The error object that stands in place of an article that could not be audited.
nlohmann::json ErrorToJson(const std::string& file, std::optional<int> record, const Status& error);

struct TextReportOptions {
  bool explain = false;  // show each attribution's level and the reasons behind it
  bool color = false;
};

// A readable report: sources, quotes with line:column, anonymous sources,
// findings and the score.
std::string AuditToText(const AuditResult& result, const TextReportOptions& options = {});

}  // namespace onrecord

#endif  // ONRECORD_REPORT_H_
