// How a cue is shown to a reader (not public). The cue's span keeps what
// PolNeAR marks ("insisted:", a headline's ":", a block quote's "—"); a
// report shows the words only. Pure functions; thread-safe.
#ifndef ONRECORD_CUE_DISPLAY_H_
#define ONRECORD_CUE_DISPLAY_H_

#include <string>
#include <string_view>

#include "onrecord/audit.h"

namespace onrecord {

// `cue` as a reader should see it: without a colon (ASCII or full-width)
// and spaces at its end ("insisted:" → "insisted"), and empty when nothing
// but marks is left (":", "—", "–", "-"). Returns a new string; O(size).
inline std::string CueForDisplay(std::string_view cue) {
  auto ends_with = [&](std::string_view tail) {
    return cue.size() >= tail.size() && cue.compare(cue.size() - tail.size(), tail.size(), tail) == 0;
  };
  for (bool again = true; again && !cue.empty();) {
    again = false;
    for (std::string_view tail : {std::string_view(":"), std::string_view(" "), std::string_view("\xEF\xBC\x9A")}) {
      if (ends_with(tail)) {
        cue.remove_suffix(tail.size());
        again = true;
      }
    }
  }
  std::string_view rest = cue;
  for (std::string_view mark : {std::string_view("\xE2\x80\x94"), std::string_view("\xE2\x80\x93"),
                                std::string_view("\xE2\x80\x95"), std::string_view("-"), std::string_view(" ")}) {
    while (rest.size() >= mark.size() && rest.compare(0, mark.size(), mark) == 0) rest.remove_prefix(mark.size());
  }
  if (rest.empty()) return {};
  return std::string(cue);
}

// The cue of attribution `at` as a report lists it: its words (the cue
// words a cue was built from, else its span's text) without a trailing colon
// ("insisted:" → "insisted"); the span's own text when that leaves nothing
// (a headline's ":"); `none` when it has no cue. Returns a new string.
inline std::string ShownCue(const Attribution& at, std::string_view none) {
  const std::string& words = !at.cue_words.empty() ? at.cue_words : at.cue ? at.cue->text : std::string();
  if (words.empty()) return std::string(none);
  std::string shown = CueForDisplay(words);
  return shown.empty() ? words : shown;
}

}  // namespace onrecord

#endif  // ONRECORD_CUE_DISPLAY_H_
