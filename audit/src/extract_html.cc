// Extract stage for HTML. Until the gumbo extractor lands (issue #3), HTML is
// read as plain text.
#include "analysis.h"

namespace onrecord {

Extracted ExtractHtml(std::string_view source, Metadata*) { return ExtractText(source); }

}  // namespace onrecord
