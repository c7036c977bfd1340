// Reports: the onrecord/audit-1 JSON contract (design §3) and the readable
// text report. The functions are pure functions of an AuditResult and
// thread-safe; a JsonReportStream writes one document to one stream.
#ifndef ONRECORD_REPORT_H_
#define ONRECORD_REPORT_H_

#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <variant>

#include "onrecord/audit.h"

namespace onrecord {

// The audit as an `onrecord/audit-1` JSON object.
nlohmann::json AuditToJson(const AuditResult& result);

// The same object as one line of JSON text: byte for byte what
// AuditToJson(result).dump() gives (keys in the same order, the same string
// escapes and number digits), written directly, several times faster. Like
// dump() it would refuse a string that is not valid UTF-8 (the pipeline
// makes none, but a file name may hold any bytes): such a result is written
// as DumpJson(AuditToJson(result)) writes it, each invalid sequence as
// U+FFFD. Memory: the returned string.
std::string AuditToJsonLine(const AuditResult& result);

// Writes the same object to `out` as it walks `result`, byte for byte what
// AuditToJson(result).dump(indent) gives: indent < 0 one line (what
// AuditToJsonLine returns), indent >= 0 one member a line, as dump(indent).
// `level` places the object that many levels deep in an enclosing document
// (an element of a top-level array: 1): its members are indented by
// (level + 1) * indent spaces and its closing brace by level * indent; the
// first line is not indented (the caller writes what goes before it). No
// line break follows the object.
// Memory: a buffer of 64 KiB, whatever the size of the report; neither a
// JSON tree nor the whole text is built. A string of 64 KiB or more goes to
// `out` directly.
// Errors: none of its own; a result with a string that is not valid UTF-8
// (a file name in another encoding) is written as DumpJson(AuditToJson(
// result), indent) writes it, each invalid sequence as U+FFFD; a failing
// stream is left to the caller to check (out.fail()).
// Thread-safety: a pure function of `result`; the stream is the caller's.
void WriteAuditJson(std::ostream& out, const AuditResult& result, int indent = -1, int level = 0);

// value.dump(indent), except that a string holding bytes that are not valid
// UTF-8 is written with each invalid sequence as U+FFFD where dump() throws
// nlohmann::json::type_error (and the program ended): a file name in another
// encoding, or a JSON parser's message quoting half a character of the line
// it stopped at. Every JSON text onrecord prints is written through it.
// Thread-safety: a pure function.
std::string DumpJson(const nlohmann::json& value, int indent = -1);

// The error object that stands in place of an article that could not be audited.
nlohmann::json ErrorToJson(const std::string& file, std::optional<int> record, const Status& error);

// What `onrecord audit --format json` prints for a run of articles, written
// as the articles come: a single entry (a result or an error object) alone,
// any other number of entries (none included) as a JSON array of them, each
// as dump(indent) writes it, then a line break. The text equals
//   (entries.size() == 1 ? entries[0] : entries).dump(indent) + "\n"
// for the nlohmann::json array `entries` of AuditToJson() and ErrorToJson()
// objects, without building it.
// Memory: until a second entry comes, the first waits (one AuditResult);
// after that each entry is written (WriteAuditJson) when it is added.
// Errors: none of its own; an invalid UTF-8 sequence in a string is written
// as U+FFFD (DumpJson, WriteAuditJson).
// Thread-safety: one object per stream, used from one thread.
class JsonReportStream {
 public:
  explicit JsonReportStream(std::ostream& out, int indent = 2);
  ~JsonReportStream();
  JsonReportStream(const JsonReportStream&) = delete;
  JsonReportStream& operator=(const JsonReportStream&) = delete;

  void Add(AuditResult result);
  void AddError(const std::string& file, std::optional<int> record, const Status& error);
  // Writes what is still held and the end of the document; call it once,
  // after the last entry (the object can then be used for a new document).
  void Finish();

 private:
  using Entry = std::variant<AuditResult, nlohmann::json>;
  void Add(Entry entry);
  void Write(const Entry& entry, int level);

  std::ostream& out_;
  int indent_;
  size_t count_ = 0;
  std::optional<Entry> held_;
};

struct TextReportOptions {
  bool explain = false;  // show each attribution's level and the reasons behind it
  bool color = false;
};

// A readable report: sources, quotes with line:column, anonymous sources,
// findings and the score.
std::string AuditToText(const AuditResult& result, const TextReportOptions& options = {});

}  // namespace onrecord

#endif  // ONRECORD_REPORT_H_
