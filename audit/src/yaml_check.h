// Checks yaml-cpp leaves to the caller (internal). yaml-cpp 0.7 accepts a
// quoted scalar whose closing quote never comes: `language: "en` followed by
// `fail_level: warning` parses as one key whose value swallowed the next
// line, and the config silently lost a setting. Every loader of YAML
// written by people (the config, the rule files) runs this check after
// parsing.
#ifndef ONRECORD_YAML_CHECK_H_
#define ONRECORD_YAML_CHECK_H_

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <string_view>

#include "onrecord/status.h"

namespace onrecord {

// An error "unclosed quote" at `path`:line:column for the first scalar (key
// or value) of `root` that opens a quote in `text` (the bytes `root` was
// parsed from) and never closes it; Ok otherwise.
Status CheckClosedQuotes(const YAML::Node& root, std::string_view text, const std::string& path);

// An error "invalid UTF-8 (<what> must be UTF-8)" at `path`:line:column
// (column in code points) for the first byte of `bytes` that is not UTF-8;
// Ok otherwise. yaml-cpp reads such bytes without complaint and the error
// it gives later ("must be a mapping") hides the cause.
Status CheckUtf8(std::string_view bytes, const std::string& path, std::string_view what);

// `message` (a yaml-cpp error message) with every control character but
// tab (C0, DEL and C1) and every byte that is not part of well-formed UTF-8
// written as \xNN: yaml-cpp quotes the offending character ("unknown escape
// character: " and a NUL byte, or the first byte alone of a multi-byte
// character), which would otherwise reach the terminal raw, or cut the line
// where a program reading it stops at NUL.
std::string PrintableMessage(std::string_view message);

// Where a YAML syntax error is, as a 0-based mark. yaml-cpp reports an
// unclosed flow collection (`title: [unclosed`) where it gave up, at the end
// of the text; the place is the '[' or '{' that was never closed. A quote
// left open is reported where yaml-cpp gave up too: at the end of the text,
// or just after the next quote of its kind, lines later, which closed it
// (`message: 'Loaded verb` then `link: 'AP'`: "end of map not found" at
// "AP"). The place is the quote that opened it: one that never closes, else
// one whose scalar runs over a line break and closes just before the error.
YAML::Mark ParserErrorMark(const YAML::ParserException& e, std::string_view text);

// Where the first alias (`*name`) of `text` is, as a 0-based mark, or
// nothing when it has none (or does not parse: the loader reports that).
// yaml-cpp shares an aliased node rather than copying it, but every walk
// over the tree visits it once per alias: nine lines of nested aliases
// (the "billion laughs") make a walk of 9^9 nodes. Front matter, the config
// and rule files never need them, so their loaders refuse a text that has
// one. A text without both '&' and '*' has no alias and is not parsed again.
std::optional<YAML::Mark> FirstAlias(std::string_view text);

// The first document of `text` as YAML::Load(text) gives it (and throwing
// what it throws), and FirstAlias(text), from one parse where one does:
// a text with both '&' and '*' is loaded whole (every document, as
// FirstAlias reads them all), and an alias makes the tree reach its anchor's
// node twice, at the same mark and of the same type. Only a text whose tree
// reaches a mark twice (or that does not load whole) is parsed again by
// FirstAlias for the alias's place; a rule file whose patterns hold '&' and
// '*' no longer is.
struct LoadedYaml {
  YAML::Node root;
  std::optional<YAML::Mark> alias;
};
LoadedYaml LoadFindingAlias(const std::string& text);

// Where `node`, a value of a tree parsed from `text`, is, as a 0-based mark
// for an error about it. A value left empty (`levels:` with nothing, or only
// comments and blank lines, under it; `level:` at the end of its line) is a
// null node that yaml-cpp places at the next token, often the next key lines
// below, so an error about it named the wrong line (cli54): such a value is
// placed just after the last character written before it on the lines above
// (the key's colon), and *missing (when given) is set. A null written out
// (`~`, `null`) and an empty value inside a flow collection keep yaml-cpp's
// mark, as does every other node.
YAML::Mark ValueMark(const YAML::Node& node, std::string_view text, bool* missing = nullptr);

}  // namespace onrecord

#endif  // ONRECORD_YAML_CHECK_H_
