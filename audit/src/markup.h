// Helpers shared by the HTML and Markdown extractors (internal).
//
// Units: UTF-8 byte offsets into the decoded source, as everywhere in the
// extract stage (see analysis.h).
#ifndef ONRECORD_MARKUP_H_
#define ONRECORD_MARKUP_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace onrecord {

// Decodes one HTML character reference ("&amp;", "&#8217;", "&#x2014;",
// "&rsquo;") with the full HTML5 table (via gumbo). Returns the UTF-8 text,
// or an empty string when `entity` is not a character reference.
// Thread-safe.
std::string DecodeHtmlEntity(std::string_view entity);

// The signature line under a quotation set as a block ("— Ana Ruiz,
// mayor", "-- Ana Ruiz"): when `line` opens with an em dash, an en dash, a
// horizontal bar or two hyphens, then optional spaces (and emphasis marks,
// "*", "_") and a letter that is not lower case, returns
// the byte length of the dash; else 0. Lines over 200 bytes are no
// signature. Thread-safe.
size_t SignatureDashLength(std::string_view line);

}  // namespace onrecord

#endif  // ONRECORD_MARKUP_H_
