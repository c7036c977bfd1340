// Where an article's metadata is found in a JSON record or in Markdown front
// matter (internal; docs/input.md lists the names). Both readers use this
// table, so a record and a front matter take the same names.
#ifndef ONRECORD_METADATA_FIELDS_H_
#define ONRECORD_METADATA_FIELDS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "onrecord/document.h"

namespace onrecord {

// One metadata field and the names it is read from; the first name present
// with a value wins.
struct MetadataFieldNames {
  std::optional<std::string> Metadata::*field;
  std::vector<const char*> names;
};

// Every text field of Metadata that an input can give (`wire` is apart: see
// IsWireValue). Thread-safe (a constant).
inline const std::vector<MetadataFieldNames>& MetadataFieldTable() {
  static const std::vector<MetadataFieldNames> table = {
      {&Metadata::id, {"id", "article_id", "doc_id"}},
      {&Metadata::title, {"title", "headline"}},
      {&Metadata::url, {"url", "link"}},
      {&Metadata::outlet, {"outlet", "source", "site_name", "publisher", "source_domain"}},
      {&Metadata::published, {"published", "date", "date_publish", "publication_date", "pubdate"}},
      {&Metadata::author, {"author", "authors", "byline"}},
      {&Metadata::language, {"language", "lang"}},
  };
  return table;
}

// Whether a `wire` value given as text marks a wire copy: anything but "",
// "None", "false", "0" and "no".
inline bool IsWireValue(std::string_view v) {
  return !(v.empty() || v == "None" || v == "false" || v == "0" || v == "no");
}

}  // namespace onrecord

#endif  // ONRECORD_METADATA_FIELDS_H_
