// Reading `onrecord/audit-1` JSON back into an AuditResult, so that results
// computed elsewhere (`onrecord audit --format jsonl` as the map step of a
// distributed job) can be loaded into the store without re-auditing.
//
// What is read: everything the store keeps (file, record, language,
// metadata, words, sha256, tool version, rules hash, quotes, attributions,
// sources, anonymous sources, findings, score). The normalized text and the
// normalized spans are not in the JSON and stay empty; offsets, lines and
// columns are the JSON's (decoded source, original file).
//
// Errors: a line that is not JSON, not an object, of another schema, or with
// a field of the wrong type gives a Status naming path:line:column; an
// error object (an article that could not be audited) gives a Status whose
// message is the article's own error, prefixed by its file and record.
// Thread-safety: pure functions.
#ifndef ONRECORD_AUDIT_JSON_READER_H_
#define ONRECORD_AUDIT_JSON_READER_H_

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "onrecord/audit.h"
#include "onrecord/status.h"

namespace onrecord {

// One parsed `onrecord/audit-1` object. `path`/`line` only name the place in
// error messages.
Result<AuditResult> AuditFromJson(const nlohmann::json& object, const std::string& path = {},
                                  int line = 0);

// One line of JSON Lines output (1-based `line` in `path`).
Result<AuditResult> ParseAuditJsonLine(std::string_view text, const std::string& path, int line);

}  // namespace onrecord

#endif  // ONRECORD_AUDIT_JSON_READER_H_
