// Suppression directives written in a draft as HTML comments (they work the
// same in Markdown, HTML and plain text):
//
//   <!-- onrecord off [RULE…] [reason="…"] -->   from this line …
//   <!-- onrecord on [RULE…] -->                  … to this line
//   <!-- onrecord-disable-next-line [RULE…] [reason="…"] -->
//   <!-- onrecord-disable-line [RULE…] [reason="…"] -->
//   <!-- onrecord-disable-file [RULE…] [reason="…"] -->
//
// RULE is a rule id ("attribution.vague-anonymous"); several may be given,
// separated by spaces or commas; none means every rule. `next-line` covers
// the next non-blank line after the line the comment ends on and, in Markdown
// and plain text (not HTML), the rest of its paragraph: the lines up to the
// next blank line, as a paragraph is often wrapped; `disable-line`
// the line(s) the comment is on; `off` runs from the line the comment ends on
// to the line where a matching `on` starts (or to the end of the file); an
// `on` without rules closes every open region. The reason is what an editor
// records about why, for example, a source was granted anonymity; it is kept
// on the suppressed finding. Comments inside fenced code blocks of Markdown
// are ignored.
//
// Units: lines are 1-based lines of the decoded source (LF, CRLF or CR).
// Errors: a comment that starts with `onrecord` but is not a valid directive
// (an unknown verb, an unterminated reason, an unknown option) is reported in
// `problems` and otherwise ignored; parsing never fails.
// Thread-safety: pure functions over values.
#ifndef ONRECORD_SUPPRESSIONS_H_
#define ONRECORD_SUPPRESSIONS_H_

#include <climits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "onrecord/audit.h"
#include "onrecord/document.h"

namespace onrecord {

struct SuppressionRange {
  int first_line = 0;  // inclusive
  int last_line = 0;   // inclusive; INT_MAX = end of file
  std::vector<std::string> rules;  // empty = every rule
  std::string reason;              // may be empty
  int line = 0;                    // where the directive is written
  int column = 0;
  size_t begin = 0;                // byte offsets of the directive's comment
  size_t end = 0;
};

struct SuppressionProblem {
  std::string message;
  size_t begin = 0;  // byte offset of the comment in the source
  int line = 0;
  int column = 0;
};

struct Suppressions {
  std::vector<SuppressionRange> ranges;
  std::vector<SuppressionProblem> problems;

  // The range that covers `rule` on `line`, or null (the first one written).
  const SuppressionRange* Find(std::string_view rule, int line) const;
};

// Reads every directive in `source` (the decoded text of a document).
// Cost: linear in the text's length.
Suppressions ParseSuppressions(std::string_view source, InputFormat format);

// Marks each finding that a range covers (by its line) as suppressed,
// setting Finding::suppressed to the range's reason. Returns how many.
int ApplySuppressions(const Suppressions& suppressions, std::vector<Finding>* findings);

// A directive, or one rule id it names, that suppresses none of `findings`.
struct UnusedSuppression {
  const SuppressionRange* range = nullptr;  // into the Suppressions given
  std::string rule;                         // empty: a directive naming no rule
};

// The directives (per rule id named) that cover no finding of `findings`: a
// finding counts for the first directive that covers its rule and line (the
// one ApplySuppressions takes), so a second directive covering the same
// finding is unused too. In the order written.
std::vector<UnusedSuppression> UnusedSuppressions(const Suppressions& suppressions,
                                                  const std::vector<Finding>& findings);

}  // namespace onrecord

#endif  // ONRECORD_SUPPRESSIONS_H_
