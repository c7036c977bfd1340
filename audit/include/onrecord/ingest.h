// Helpers of `onrecord ingest`: the metadata table (TSV or CSV keyed by file
// name or stem), where an article's outlet comes from, and the input hash
// that lets an identical text be audited once.
//
// Errors: MetadataTable::Load names path:line:column (a missing key column,
// an unterminated CSV quote, a key given twice). Everything else is pure.
// Thread-safety: a loaded MetadataTable is immutable and may be shared.
#ifndef ONRECORD_INGEST_H_
#define ONRECORD_INGEST_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "onrecord/document.h"
#include "onrecord/status.h"

namespace onrecord {

// Rows of a metadata file. The key column is the first of `filename`,
// `file`, `name`, `path`, `id`; the others recognised are outlet
// (`outlet`, `publisher`, `source`, `site_name`), `published`
// (`publication_date`, `date`), `author`, `title`, `url`, `language`, `wire`
// (empty, `None`, `false`, `0`, `no`: not wire; `NA`: unknown; anything else,
// such as `AP`: wire copy). A `.csv` file is RFC 4180 CSV; any other is
// tab-separated (no quoting, as PolNeAR's metadata.tsv).
class MetadataTable {
 public:
  static Result<MetadataTable> Load(const std::string& path);
  static Result<MetadataTable> Parse(std::string_view text, const std::string& path, bool csv);

  // The row of an article: by its record id; else by its path, as given
  // ("in/a.txt" is the key "in/a.txt") or as the file it names (a key
  // holding a '/', relative or absolute, names the file it reaches from the
  // working directory or from the metadata file's folder: "./in/a.txt",
  // "/abs/in/a.txt" and "../in/a.txt" match "in/a.txt" when they reach the
  // same file, symbolic links resolved; a relative key with no "." or ".."
  // part also matches the end of the article's absolute path, whole parts
  // only, so "2024/a.txt" matches "/data/corpus/2024/a.txt" from anywhere,
  // the longest such key first); else its file name
  // ("a/b/NAME.txt" -> "NAME.txt"); else its stem ("NAME"). Null if none.
  // The pointer lives as long as the table.
  const Metadata* Find(const std::string& file, const std::optional<std::string>& id) const;
  // As Find, the row's index (0 for the first row under the header).
  std::optional<size_t> FindRow(const std::string& file, const std::optional<std::string>& id) const;
  size_t size() const { return rows_.size(); }
  // The key cell and the 1-based line of row `i`, for messages.
  const std::string& key(size_t i) const { return keys_[i]; }
  int line(size_t i) const { return lines_[i]; }
  // Rows kept with a problem: a publication date that is not a date
  // (YYYY[-MM[-DD]]), each at path:line:column of its cell.
  const std::vector<Status>& warnings() const { return warnings_; }

 private:
  std::vector<Metadata> rows_;
  std::vector<std::string> keys_;
  std::vector<int> lines_;
  std::unordered_map<std::string, size_t> index_;
  // Keys holding a '/', by the absolute path of the file they name (from
  // the working directory, and from the metadata file's folder).
  std::unordered_map<std::string, size_t> path_index_;
  // Relative keys holding a '/' and no "." or ".." part, lexically normal.
  std::unordered_map<std::string, size_t> tail_index_;
  std::vector<Status> warnings_;
};

// The host of an http(s) URL, lower-cased, without "www." and port; nullopt
// for anything else.
std::optional<std::string> UrlHost(std::string_view url);

// What an HTML page says about itself: title, author, published time, site
// name (as `outlet`), URL and <html lang>, from its <meta> tags (og:site_name,
// og:url, article:published_time, …), <title> and <link rel=canonical>.
// Every field is empty for a document that is not HTML. Parses the page once
// (gumbo); thread-safe.
Metadata PageMetadata(const Document& document);

// Completes an article's metadata for the store. Fields the record itself
// gives win over the table's, and the table's over the page's (`page`, from
// PageMetadata, or null). The outlet is, in order: `outlet_option`
// (--outlet), the record's field, the table's, the page's site name, the
// URL's host, the name of the directory holding the file (none for standard
// input). The language is never taken from the page here: the audit reads it.
// Equivalent to ApplyGivenMetadata then CompleteIngestMetadata with no
// stored row (a new publication).
void ApplyIngestMetadata(Metadata* metadata, const std::string& file,
                         const std::string& outlet_option, const MetadataTable* table,
                         const Metadata* page = nullptr);

// The first step of ApplyIngestMetadata: only what this run was given (the
// option, the record, the table, the page), no guesses. The URL and id it
// settles are what Store::PublicationKey reads, so a caller can look up the
// stored publication before the second step. The author loses a leading
// byline word ("By", "Par", "Von", "Por", "Di"), as the audit's does.
void ApplyGivenMetadata(Metadata* metadata, const std::string& file,
                        const std::string& outlet_option, const MetadataTable* table,
                        const Metadata* page);

// The second step: a field this run did not give keeps the value of the
// publication's stored row (`stored`, or null for a new publication), so a
// re-ingest without --metadata or --outlet, or `audit --db`, never replaces
// what an earlier run was told with a guess; then an outlet still missing is
// guessed from the URL's host or the directory holding the file.
void CompleteIngestMetadata(Metadata* metadata, const std::string& file, const Metadata* stored);

// SHA-256 (hex) over what the audit's result depends on besides the rules:
// the input format, the language asked for, the language declared by the
// record, and the decoded text.
std::string InputSha256(const Document& document, const std::string& language_option);

}  // namespace onrecord

#endif  // ONRECORD_INGEST_H_
