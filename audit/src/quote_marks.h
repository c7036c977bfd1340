// Small helpers about quotation marks shared by the quote stage and the
// document checks.
#pragma once

#include <cstddef>
#include <string>

namespace onrecord {

// Whether the double mark (" or ”) at `i` of `w` is an inch mark, no
// quotation mark: a height ("6’2”", "5'11\"", "6’ 2”", "5’2¾”"), a fraction of
// an inch before a word ("a 3/4\" pipe"), or a whole number standing alone
// before a word ("55\" screens", "a 65\"-class set") with no mark of its kind
// open earlier in its line. Nothing before `b` (the start of the paragraph)
// is read. Cost: at most 600 bytes read back (a whole number more than 600
// bytes into its line is taken for a quote mark).
bool InchMarkAt(const std::string& w, size_t b, size_t i);

}  // namespace onrecord
