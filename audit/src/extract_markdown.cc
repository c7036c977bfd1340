// Extract stage for Markdown. Until the md4c extractor lands (issue #3),
// Markdown is read as plain text.
#include "analysis.h"

namespace onrecord {

Extracted ExtractMarkdown(std::string_view source) { return ExtractText(source); }

}  // namespace onrecord
