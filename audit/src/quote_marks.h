// Small helpers about quotation marks shared by the quote stage and the
// document checks.
#pragma once

#include <cstddef>
#include <string>

namespace onrecord {

// Whether the double mark at `i` of `w` ends a height in feet and inches
// ("6’2”", "5'11\""): a digit, ’ or ', then one or two digits right before
// it, none of them before `b` (the start of the paragraph). Such a mark is
// no quotation mark.
bool InchMarkAt(const std::string& w, size_t b, size_t i);

}  // namespace onrecord
