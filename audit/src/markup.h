// Helpers shared by the HTML and Markdown extractors (internal).
//
// Units: UTF-8 byte offsets into the decoded source, as everywhere in the
// extract stage (see analysis.h).
#ifndef ONRECORD_MARKUP_H_
#define ONRECORD_MARKUP_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

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

// Table pairing shared by HTML and Markdown (table40, fixk41, mdtab43).
// The words a page's text (a line per block) writes as names inside prose
// ("said Ana Ruiz"); see NamesInProse in extract_html.cc.
std::unordered_set<std::string> PageNamesInProse(std::string_view page);

// Whether a header cell's text says its column names who speaks ("Who",
// "Name", "Speaker", "Source", and the same in the languages of rules/).
bool WhoHeaderCell(std::string_view text);

// Of a header row's cells (a table of two columns: exactly two), the index
// of the column that names who speaks because the other one's header says
// it holds what was said ("Resident | Comment", "Voter | Quote") and
// neither is a Who header; else -1 (fmt44). Thread-safe.
int SpeakerColumnBesideQuoteHeader(const std::vector<std::string>& header_cells);

// Of a row's two cells with text (trimmed, spaces collapsed), which one
// names the source and which is only its quotation: {0, 1} or {1, 0}, or
// {-1, -1} when they do not pair so. `who_a`, `who_b`: whether the cell
// stands under a "Who" header; `page_names`: PageNamesInProse of the page.
std::pair<int, int> PairCellTexts(std::string_view a, std::string_view b, bool who_a, bool who_b,
                                  const std::unordered_set<std::string>& page_names);

}  // namespace onrecord

#endif  // ONRECORD_MARKUP_H_
