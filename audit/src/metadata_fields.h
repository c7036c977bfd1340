// Where an article's metadata is found in a JSON record or in Markdown front
// matter (internal; docs/input.md lists the names). Both readers use this
// table, so a record and a front matter take the same names.
#ifndef ONRECORD_METADATA_FIELDS_H_
#define ONRECORD_METADATA_FIELDS_H_

#include <chrono>
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

// A byline without the word that introduces it: "By Ana Ruiz" (en), "Par"
// (fr), "Von" (de), "Por" (es, pt), "Di" (it), in any letter case, followed
// by a space. Anything else is returned as it is. Thread-safe.
inline std::string_view WithoutBylineWord(std::string_view v) {
  for (std::string_view word : {"by ", "par ", "von ", "por ", "di "}) {
    if (v.size() <= word.size()) continue;
    bool same = true;
    for (size_t i = 0; i < word.size() && same; ++i) {
      char c = v[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      same = c == word[i];
    }
    if (same) return v.substr(word.size());
  }
  return v;
}

// Whether a publication date has the form `compare` groups and filters by:
// YYYY, YYYY-MM or YYYY-MM-DD (month 01-12, day 01-31), alone or followed by
// a time ("2016-03-01T10:00:00Z", "2016-03-01 10:00"). With `calendar`, the
// day must also be one its month has (2016-02-29 yes, 2015-02-29 and
// 2016-04-31 no). Thread-safe.
inline bool IsIsoDate(std::string_view v, bool calendar = true) {
  auto digits = [&](size_t at, size_t n) {
    if (v.size() < at + n) return false;
    for (size_t i = at; i < at + n; ++i) {
      if (v[i] < '0' || v[i] > '9') return false;
    }
    return true;
  };
  auto number = [&](size_t at) { return (v[at] - '0') * 10 + (v[at + 1] - '0'); };
  if (!digits(0, 4)) return false;
  if (v.size() == 4) return true;
  if (v[4] != '-' || !digits(5, 2) || number(5) < 1 || number(5) > 12) return false;
  if (v.size() == 7) return true;
  if (v[7] != '-' || !digits(8, 2) || number(8) < 1 || number(8) > 31) return false;
  if (calendar) {
    const std::chrono::year_month_day day{std::chrono::year(number(0) * 100 + number(2)),
                                          std::chrono::month(static_cast<unsigned>(number(5))),
                                          std::chrono::day(static_cast<unsigned>(number(8)))};
    if (!day.ok()) return false;
  }
  return v.size() == 10 || v[10] == 'T' || v[10] == 't' || v[10] == ' ';
}

// The warning for a publication date that IsIsoDate refuses.
inline std::string NotADateMessage(const std::string& value) {
  if (IsIsoDate(value, /*calendar=*/false)) {
    // The form is right: compare still reads its year and month.
    return "publication date '" + value +
           "' has a day its month does not have: the article is kept with the date as written (compare "
           "groups it under " +
           value.substr(0, 7) + ")";
  }
  return "publication date '" + value +
         "' is not a date (YYYY-MM-DD, YYYY-MM or YYYY, a time may follow): the article is kept, but compare "
         "gives it no month and date filters leave it out";
}

// Whether `value` is a BCP 47 language tag as far as the audit reads one:
// a primary subtag of two or three letters, then subtags of letters and
// digits after '-' or '_' ("en", "pt-BR", "zh_Hant"), spaces around it
// allowed.
inline bool IsLanguageTag(std::string_view value) {
  while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
  while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
  auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  size_t i = 0;
  while (i < value.size() && alpha(value[i])) ++i;
  if (i < 2 || i > 3) return false;
  while (i < value.size()) {
    if (value[i] != '-' && value[i] != '_') return false;
    size_t j = ++i;
    while (j < value.size() && (alpha(value[j]) || (value[j] >= '0' && value[j] <= '9'))) ++j;
    if (j == i || j - i > 8) return false;
    i = j;
  }
  return true;
}

// The warning for a declared language that IsLanguageTag refuses; `what`
// names where it was declared ("JSON field 'language'").
inline std::string NotALanguageMessage(const std::string& what, const std::string& value) {
  return what + " is \"" + value + "\", not a language tag (en, fr, pt-BR, …); the language is detected from the text";
}

}  // namespace onrecord

#endif  // ONRECORD_METADATA_FIELDS_H_
