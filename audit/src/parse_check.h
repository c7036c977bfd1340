// The stand-in the rule loader parses in place of a pattern (internal).
#ifndef ONRECORD_PARSE_CHECK_H_
#define ONRECORD_PARSE_CHECK_H_

#include <optional>
#include <string>
#include <string_view>

namespace onrecord {

// A pattern that RE2's parser accepts exactly when it accepts `pattern`,
// cheaper to parse, or nothing when there is none to give. Loading the
// rules parses every pattern of every language to report a bad one at load;
// a Unicode letter class (\pL, \p{L}, \p{Lu}, \p{Ll}) makes RE2 build
// a class of several hundred ranges (about 70% of that parsing for the
// rules as shipped, 22 of 473 patterns). Whether a pattern parses does not
// depend on which characters such a class holds, so each becomes the range
// \x{10FFFE}-\x{10FFFF} (two noncharacters, no case to fold under "(?i)"):
// an atom outside brackets ("[\x{10FFFE}-\x{10FFFF}]"), a range inside
// them (a '-' after it stays a literal, as after the class). Nothing is
// given for a pattern with \Q...\E (read literally), one without such a
// class, or one where a class stands right after a '-' inside brackets
// ("[a-\pL]" is an error RE2 reports, "[a-\x{10FFFE}-…]" is not). The
// parse of the result only says the pattern is good: an error is always
// taken from a parse of `pattern` itself (its message quotes the pattern).
std::optional<std::string> ParseCheckPattern(std::string_view pattern);

}  // namespace onrecord

#endif  // ONRECORD_PARSE_CHECK_H_
