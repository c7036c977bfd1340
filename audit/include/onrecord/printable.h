// PrintableText: text a user supplied, made safe to print in a message.
//
// A file name, a config key, a rule or front-matter value, a JSON field or a
// command-line argument can hold control characters or bytes that are not
// UTF-8; onrecord's messages quote them, and the CLI writes every message
// through here (PrintableStatus) so that none reaches a terminal raw.
//
// Thread-safety: pure functions.
#ifndef ONRECORD_PRINTABLE_H_
#define ONRECORD_PRINTABLE_H_

#include <algorithm>
#include <string>
#include <string_view>

#include "onrecord/status.h"

namespace onrecord {

// `text` with every control character but tab (C0, DEL and C1) and every
// byte that is not part of well-formed UTF-8 (a lone or cut byte, a
// surrogate, an overlong form, past U+10FFFF) written as \xNN; well-formed
// UTF-8 is kept. Idempotent: its output holds nothing it would escape.
inline std::string PrintableText(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  auto escape = [](std::string& out, unsigned char b) {
    out += "\\x";
    out += kHex[b >> 4];
    out += kHex[b & 0xF];
  };
  auto continuation = [&](size_t i) {
    return i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80;
  };
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      if ((b < 0x20 && b != '\t') || b == 0x7F) {
        escape(out, b);
      } else {
        out += static_cast<char>(b);
      }
      ++i;
      continue;
    }
    const size_t len = b >= 0xC2 && b < 0xE0 ? 2 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xF0 && b < 0xF5 ? 4 : 0;
    bool whole = len != 0;
    for (size_t k = 1; whole && k < len; ++k) whole = continuation(i + k);
    if (whole && len == 3) {  // no surrogate (ED A0..BF) and no overlong form (E0 80..9F)
      const auto c = static_cast<unsigned char>(text[i + 1]);
      whole = !(b == 0xED && c >= 0xA0) && !(b == 0xE0 && c < 0xA0);
    } else if (whole && len == 4) {  // no overlong form and nothing past U+10FFFF
      const auto c = static_cast<unsigned char>(text[i + 1]);
      whole = !(b == 0xF0 && c < 0x90) && !(b == 0xF4 && c >= 0x90);
    }
    if (whole && len == 2 && b == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0) {
      escape(out, b);  // a C1 control character (U+0080 to U+009F), both bytes
      escape(out, static_cast<unsigned char>(text[i + 1]));
      i += 2;
      continue;
    }
    if (!whole) {
      escape(out, b);
      ++i;
      continue;
    }
    out.append(text.substr(i, len));
    i += len;
  }
  return out;
}

// PrintableText of each line of `text`, the line feeds kept: for output that
// shows a text's lines as they are (`onrecord clean`).
inline std::string PrintableLines(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i <= text.size();) {
    const size_t nl = std::min(text.find('\n', i), text.size());
    out += PrintableText(text.substr(i, nl - i));
    if (nl < text.size()) out += '\n';
    i = nl + 1;
  }
  return out;
}

// `status.ToString()` ("path:line:column: message") through PrintableText:
// how the CLI shows an error or a warning.
inline std::string PrintableStatus(const Status& status) { return PrintableText(status.ToString()); }

}  // namespace onrecord

#endif  // ONRECORD_PRINTABLE_H_
