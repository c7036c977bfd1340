// Loading articles: files, standard input, JSON records; decoding to UTF-8.
//
// A Document is one article as read: its decoded source text (UTF-8, BOM
// removed), where it came from, its format and the metadata the input
// carried. Offsets reported for a Document are UTF-8 byte offsets into
// `source` (half-open); for a JSON/JSONL record, into the record's text field.
//
// Errors: loading returns, per article, either a Document or a Status naming
// path, line and column. Problems inside an article's text (invalid UTF-8
// bytes, an empty file) are findings, not errors.
//
// Thread-safety: free functions are reentrant; they share no state.
#ifndef ONRECORD_DOCUMENT_H_
#define ONRECORD_DOCUMENT_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "onrecord/status.h"
#include "onrecord/text.h"

namespace onrecord {

enum class InputFormat { kText, kMarkdown, kHtml, kJson, kJsonl };
const char* InputFormatName(InputFormat f);
// "txt"/"text", "md"/"markdown", "html"/"htm", "json", "jsonl"/"ndjson".
std::optional<InputFormat> ParseInputFormat(std::string_view name);
// The format a path's extension implies (text when unknown).
InputFormat FormatForPath(std::string_view path);

struct Metadata {
  std::optional<std::string> id;
  std::optional<std::string> outlet;
  std::optional<std::string> url;
  std::optional<std::string> title;
  std::optional<std::string> published;  // as given; ISO 8601 date when known
  std::optional<std::string> author;
  std::optional<bool> wire;
  std::optional<std::string> language;  // declared by the input, if any
  std::optional<std::string> dateline_wire;  // "Bloomberg" from "(Bloomberg) —"
  // Where a JSON record declared `language`: the line and column of its
  // value in the file, for messages about it (0: not from a JSON field).
  int language_line = 0, language_column = 0;
};

// A problem found while reading an article's bytes, reported as a finding.
struct InputIssue {
  std::string rule;     // e.g. "input.invalid-utf8", "input.empty"
  std::string message;
  size_t offset = 0;    // byte offset into Document::source
};

struct Document {
  std::string path;             // as given by the user ("-" or --stdin-filename for stdin)
  std::optional<int> record;    // 1-based line of a JSONL record
  InputFormat format = InputFormat::kText;
  std::string source;           // decoded UTF-8 text of the article
  Metadata metadata;
  std::vector<InputIssue> issues;
  // Problems in the input's metadata that do not stop the audit (a
  // publication date that is not a date), each at path:line:column of the
  // file; the command line prints them as warnings.
  std::vector<Status> warnings;
};

struct LoadOptions {
  std::optional<InputFormat> format;  // overrides the extension
  std::string encoding;               // e.g. "windows-1252"; empty = detect
  size_t max_bytes = size_t{256} << 20;  // larger inputs are refused
  // The largest single article: a text, Markdown, HTML or JSON file, or one
  // line of a JSONL file. Larger ones are refused with an error before they
  // are decoded, so one huge input cannot exhaust memory or time.
  size_t max_article_bytes = size_t{4} << 20;
};

// One loaded article or the reason it could not be loaded.
struct LoadedArticle {
  std::optional<Document> document;
  Status error;  // set when document is empty
};

// Reads one file (or "-" for standard input, reported as `display_path`) and
// returns its articles: one for text/Markdown/HTML/JSON, one per line for
// JSONL. A file that cannot be read gives one entry with an error.
// Metadata comes from a JSON record's fields and from a Markdown file's YAML
// front matter (the same names; docs/input.md); front matter that is not
// YAML fields is an error at path:line:column, and `source` keeps the front
// matter (offsets count it).
std::vector<LoadedArticle> LoadPath(const std::string& path, const LoadOptions& options,
                                    const std::string& display_path = {});

// The articles of one input, read one at a time. A JSONL file (or standard
// input read as JSONL) in UTF-8 is read record by record: one line is held
// in memory at a time, never the file, so a corpus of any size streams in
// bounded memory (`max_bytes` does not apply; each line is limited by
// `max_article_bytes` and a longer one is skipped and reported in its
// place). Any other input is read whole, as LoadPath reads it. The articles
// and errors are those LoadPath would return, in the same order.
//
// Use: `for (LoadedArticle& a : ArticleReader(path, options)) …` or Next().
// Not thread-safe (one reader per thread); it owns the file while it lives.
class ArticleReader {
 public:
  ArticleReader(const std::string& path, const LoadOptions& options,
                const std::string& display_path = {});
  ~ArticleReader();
  ArticleReader(const ArticleReader&) = delete;
  ArticleReader& operator=(const ArticleReader&) = delete;

  // The next article or error; false at the end of the input.
  bool Next(LoadedArticle* out);

  class iterator {
   public:
    LoadedArticle& operator*() { return current_; }
    iterator& operator++() {
      if (!reader_->Next(&current_)) reader_ = nullptr;
      return *this;
    }
    bool operator!=(const iterator& o) const { return reader_ != o.reader_; }

   private:
    friend class ArticleReader;
    explicit iterator(ArticleReader* reader) : reader_(reader) {}
    ArticleReader* reader_;
    LoadedArticle current_;
  };
  iterator begin() { return ++iterator(this); }
  iterator end() { return iterator(nullptr); }

 private:
  struct Stream;  // the JSONL being streamed
  bool Start();
  std::string path_, shown_;
  LoadOptions options_;
  bool started_ = false;
  std::vector<LoadedArticle> whole_;  // a non-streamed input's articles
  size_t next_ = 0;
  std::unique_ptr<Stream> stream_;
};

// Whether JSONL whose first bytes (up to 64 KiB) are `head` must be decoded
// whole before it is split into lines, as ArticleReader and LoadPath read
// it: UTF-16 (a byte-order mark; a line break is two bytes there), a named
// `encoding` other than UTF-8, or, with no encoding named, content that is
// not text (UTF-16 with no byte-order mark among it), whose error is the
// file's. A file split first fails from its second line on.
bool JsonlReadWhole(std::string_view head, const std::string& encoding);

// Builds a Document from bytes already in memory (tests, fuzzing, stdin).
std::vector<LoadedArticle> LoadBytes(std::string_view bytes, const std::string& path,
                                     const LoadOptions& options);

// Decodes raw bytes to UTF-8: strips a UTF-8 BOM, converts UTF-16 LE/BE with a
// BOM, or the named `encoding`; invalid UTF-8 sequences become U+FFFD and are
// listed in `issues` (offsets into the returned text). Fails only for an
// unknown encoding name. (LoadBytes also honours an HTML file's declared
// charset, see HtmlDeclaredCharset.)
Result<std::string> DecodeToUtf8(std::string_view bytes, const std::string& encoding,
                                 std::vector<InputIssue>* issues);

// The charset an HTML document declares in its first 4096 bytes (<meta
// charset=…> or <meta http-equiv="Content-Type" content="…; charset=…">),
// lower-cased, with the HTML rule that "iso-8859-1", "latin1" and "us-ascii"
// mean "windows-1252"; empty when none is declared.
std::string HtmlDeclaredCharset(std::string_view bytes);

// The single-byte or legacy multi-byte charset that bytes which are not UTF-8
// were most likely written in, or "" when they are UTF-8 with a few damaged
// bytes. Bytes are read as UTF-8 when they hold at least as many well-formed
// multi-byte UTF-8 characters as invalid sequences (a UTF-8 file cut or
// corrupted in places), or at least one such character and invalid bytes of
// which at least half are lone, with ASCII or the text's edge on both sides
// (a Latin-1 passage pasted into UTF-8; a legacy charset's high bytes come in
// runs, some pairs well-formed UTF-8 by accident); otherwise ICU's charset
// detector (ucsdet) names the
// charset, "ISO-8859-1" is read as "windows-1252" (the HTML standard's rule),
// and a guess below confidence 10 or naming a Unicode encoding falls back to
// "windows-1252", the HTML standard's default for legacy Western text.
// `html` lets the detector skip markup. Thread-safe (no shared state).
std::string GuessLegacyCharset(std::string_view bytes, bool html = false);

}  // namespace onrecord

#endif  // ONRECORD_DOCUMENT_H_
