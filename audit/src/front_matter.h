// YAML front matter of Markdown files (internal): where it is, and the
// article metadata it gives.
//
// Front matter is a block at the very top of a Markdown file: a first line
// "---" and a closing line "---" or "..." (spaces and tabs after either are
// allowed). The extract stage skips it; the load stage reads it with
// ReadFrontMatter. Units: UTF-8 byte offsets into the decoded source.
// Thread-safety: pure functions.
#ifndef ONRECORD_FRONT_MATTER_H_
#define ONRECORD_FRONT_MATTER_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "onrecord/document.h"
#include "onrecord/status.h"

namespace onrecord {

struct FrontMatterSpan {
  size_t yaml_begin = 0;  // the YAML: after the opening line ...
  size_t yaml_end = 0;    // ... up to the closing line
  size_t end = 0;         // after the closing line (and its line break)
};

// The front matter at the top of `source`, if there is one (an opening line
// that is never closed makes none). O(length of the front matter).
std::optional<FrontMatterSpan> FindFrontMatter(std::string_view source);

// Fills the fields of `metadata` that are still unset from the front matter
// of `source` (a Markdown file's decoded text), under the names a JSON
// record uses (metadata_fields.h): title/headline, published/date,
// author/authors/byline (a list joined with ", "), outlet, url, language,
// id and wire. Other keys are ignored, and so is a field whose value is a
// mapping. Without front matter it does nothing.
// Errors (at `path`:line:column of the file, the column in code points):
// YAML that does not parse or has an unclosed quote, and front matter that
// is not a mapping of fields. `metadata` is unchanged on error.
// A publication date that is not a date (IsIsoDate) is kept and, when
// `warnings` is given, a warning at its path:line:column is appended.
Status ReadFrontMatter(std::string_view source, const std::string& path, Metadata* metadata,
                       std::vector<Status>* warnings = nullptr);

}  // namespace onrecord

#endif  // ONRECORD_FRONT_MATTER_H_
