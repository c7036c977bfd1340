// A value printed beside the threshold it crossed ("transparency_index
// 0.3996", not "0.40" for a value below 0.4): the fewest decimals, at least
// two, whose printed value still lies on the value's side of the threshold.
#ifndef ONRECORD_AUDIT_THRESHOLD_FORMAT_H_
#define ONRECORD_AUDIT_THRESHOLD_FORMAT_H_

#include <cmath>
#include <cstdlib>
#include <string>

#include <fmt/format.h>

namespace onrecord {

inline std::string FormatPastThreshold(double value, double threshold) {
  for (int decimals = 2; decimals <= 12; ++decimals) {
    std::string s = fmt::format("{:.{}f}", value, decimals);
    double shown = std::strtod(s.c_str(), nullptr);
    bool same_side = value < threshold   ? shown < threshold
                     : value > threshold ? shown > threshold
                                         : true;
    if (same_side) return s;
  }
  return fmt::format("{}", value);  // shortest text that reads back as `value`
}

// An attribution's or a source's score in the text and HTML reports: two
// decimals, cut rather than rounded, so a score never shows the bottom of
// the next level up (T3's ceiling 0.7499 is "0.74"; 0.75 opens T4).
inline std::string LevelScoreText(double score) {
  return fmt::format("{:.2f}", std::floor(score * 100.0 + 1e-9) / 100.0);
}

}  // namespace onrecord

#endif  // ONRECORD_AUDIT_THRESHOLD_FORMAT_H_
