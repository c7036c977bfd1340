// The HTML report: one self-contained page per run (inline CSS, no script,
// no network resource; a Content-Security-Policy forbids fetching any) with
// each article's text, every quote and source mention highlighted by its
// transparency level, a legend, the sources, attributions and findings
// tables, and the score. All article text is HTML-escaped.
//
// Pure functions of their input; thread-safe. Output is UTF-8.
#ifndef ONRECORD_REPORT_HTML_H_
#define ONRECORD_REPORT_HTML_H_

#include <string>
#include <string_view>
#include <vector>

#include "onrecord/audit.h"

namespace onrecord {

// `text` with &, <, >, " and ' replaced by character references, and
// every control character but tab, line feed and carriage return (which
// HTML does not allow) and every byte that is not UTF-8 written as \xNN,
// as the text report writes them (PrintableText): an escape sequence from
// a scraped page reaches the reader as text (fu53r).
std::string HtmlEscape(std::string_view text);

// A page for one article.
std::string AuditToHtml(const AuditResult& result);

// One page for several articles, one section each, in order.
std::string AuditsToHtml(const std::vector<AuditResult>& results);

}  // namespace onrecord

#endif  // ONRECORD_REPORT_HTML_H_
