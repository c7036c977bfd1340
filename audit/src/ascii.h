// Small ASCII text helpers shared by the library's sources (not public).
// Letter case and spaces here are ASCII only: other bytes, UTF-8 included,
// pass through unchanged. Pure functions; thread-safe.
#ifndef ONRECORD_ASCII_H_
#define ONRECORD_ASCII_H_

#include <string>
#include <string_view>

namespace onrecord {

// `s` with A-Z lower-cased (as SQLite's NOCASE folds).
inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// `s` without spaces, tabs, carriage returns and line feeds at either end.
inline std::string TrimAsciiSpace(std::string_view s) {
  const size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  const size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

}  // namespace onrecord

#endif  // ONRECORD_ASCII_H_
