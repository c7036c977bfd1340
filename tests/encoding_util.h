// Test helpers that write text in the wide encodings (robust48, robust49).
#pragma once

#include <cstdint>
#include <string>

namespace onrecord::testing {

// UTF-8 -> UTF-32 (little or big endian), with its BOM when `bom`.
inline std::string ToUtf32(const std::string& utf8, bool little_endian, bool bom = true) {
  std::string out;
  auto unit = [&](uint32_t u) {
    for (int k = 0; k < 4; ++k) {
      const int shift = little_endian ? 8 * k : 8 * (3 - k);
      out += static_cast<char>((u >> shift) & 0xFF);
    }
  };
  if (bom) unit(0xFEFF);
  for (size_t i = 0; i < utf8.size();) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    const size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
    uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    unit(cp);
    i += len;
  }
  return out;
}

}  // namespace onrecord::testing
