// Where a JSON syntax error starts, for its line:column.
#ifndef ONRECORD_SRC_JSON_ERROR_H_
#define ONRECORD_SRC_JSON_ERROR_H_

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace onrecord {

// The 0-based byte offset in the parsed `text` where the token that failed
// begins. nlohmann's `byte` counts the bytes read up to the one that was
// wrong: for `not json` that is the 'o', and the token starts at the 'n'.
//  - an invalid literal (`tru}`, `not`): the run of letters before the byte;
//  - a string or a number: the token read so far, which the message gives
//    ("last read: '\"abc'"; a control character shown as "<U+000A>" is one
//    byte), counted back from the byte;
//  - the input ending where a value, a key, ',' or a closing bracket is
//    still due ("unexpected end of input" outside a string or a number):
//    just past the last byte, where the missing token belongs;
//  - anything else (an unexpected '}', a missing ':'): the byte itself.
inline size_t JsonErrorOffset(const nlohmann::json::parse_error& e, std::string_view text) {
  if (text.empty()) return 0;
  const size_t last = std::min(e.byte > 0 ? e.byte - 1 : 0, text.size() - 1);
  const std::string what = e.what();
  auto letter = [&](size_t i) {
    const char c = text[i];
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  };
  if (what.find("invalid literal") != std::string::npos) {
    size_t start = last;
    while (start > 0 && letter(start - 1)) --start;
    return start;
  }
  const std::string mark = "last read: '";
  const size_t at = what.find(mark);
  const size_t end = what.rfind('\'');
  if (at != std::string::npos && end != std::string::npos && end > at + mark.size()) {
    const char first = what[at + mark.size()];
    if (first == '"' || first == '-' || (first >= '0' && first <= '9')) {
      size_t token = 0;
      for (size_t i = at + mark.size(); i < end; ++i) {
        if (what.compare(i, 3, "<U+") == 0 && i + 7 < what.size() && what[i + 7] == '>') i += 7;
        ++token;
      }
      return last + 1 >= token ? last + 1 - token : 0;
    }
  }
  if (what.find("unexpected end of input") != std::string::npos) return text.size();
  return last;
}

}  // namespace onrecord

#endif  // ONRECORD_SRC_JSON_ERROR_H_
