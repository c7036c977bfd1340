// The pipeline's working state for one article (internal). Each stage reads
// what earlier stages wrote and adds its own part; see design §2.
//
// Offsets: every Span here is a half-open UTF-8 byte range into `text`, the
// normalized text. `work` is `text` with masked bytes blanked to ASCII spaces
// (same length), so the two share offsets.
#ifndef ONRECORD_ANALYSIS_H_
#define ONRECORD_ANALYSIS_H_

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "onrecord/audit.h"
#include "onrecord/document.h"
#include "onrecord/text.h"
#include "rule_pack.h"

namespace onrecord {

enum class BlockKind { kHeadline, kParagraph, kBlockQuote, kListItem };

struct Block {
  Span span;
  BlockKind kind = BlockKind::kParagraph;
  bool masked = false;   // whole block is boilerplate
  bool lede = false;     // first one or two unmasked paragraphs
  // A subhead: a heading that is not the headline (Markdown "## …", HTML
  // <h2>–<h6>), or in plain English text a short title-case line of its own
  // after the first, with no sentence end ("What the Mayor Said About
  // Taxes"). Display text over the body, so an attribution read in it
  // sources nothing (fmt42).
  bool subhead = false;
  // The block quotation (a <blockquote>, a Markdown "> …" block) the block
  // belongs to, numbered from 0 in text order; -1 outside one or unknown.
  int quote_group = -1;
  // A line naming the source of a quotation in another block: the cell of
  // a table row, or a definition list's term, beside a cell that is only
  // that quotation (HTML, table40). The quotation's block; -1 for none.
  int signs = -1;
};

// An inline quoted span the extractor already knows (an HTML <q>).
struct InlineQuote {
  Span span;  // the quoted characters, normalized text
};

struct Sentence {
  Span span;
  int block = 0;
};

enum class TokenType { kWord, kNumber, kPunct };

struct Token {
  Span span;
  TokenType type = TokenType::kWord;
  int sentence = 0;
  bool capitalized = false;  // starts with an upper-case letter
  bool in_quote = false;     // inside a quote span (set by the quote stage)
};

struct QuoteSpan {
  Span inner;             // between the marks
  Span outer;             // including the marks
  int block = 0;
  int level = 1;          // 1 = outermost
  bool continues = false; // reopens the previous paragraph's quote
  bool unclosed = false;  // recovered: closed at the paragraph end
  // Opens the article's last paragraph and is never closed: cut off with the
  // page, and with it whatever attribution came after it.
  bool cut_off = false;
  std::string open_mark, close_mark;
};

struct Extracted {
  std::string text;          // extracted text, blocks separated by '\n'
  OffsetMap map;             // extracted -> decoded source
  std::vector<BlockKind> kinds;  // one per '\n'-separated block
  // One per block when the format knows it (HTML, Markdown): the outermost
  // block quotation holding the block (see Block::quote_group); else empty.
  std::vector<int> quote_groups;
  // One per block when the format knows it (HTML), else empty: see
  // Block::signs.
  std::vector<int> signs;
  // The blocks that are headings but not the headline (Markdown, HTML), in
  // order; empty for other formats. See Block::subhead.
  std::vector<size_t> subheads;
  // One per block when the format leaves some blocks unread but shows them
  // (HTML: a photo's <figcaption>): the id the clean stage masks such a
  // block with ("html.figcaption"), empty for a block that is read; else
  // empty. `clean` shows the block masked; nothing else reads it.
  std::vector<std::string> dropped;
  std::vector<Span> inline_quotes;  // extracted-text spans
  // What the source says about itself, found while extracting (HTML:
  // <meta>, <title>, <h1>, <link rel=canonical>, <html lang>); empty for
  // other formats. Read it instead of parsing the source a second time.
  Metadata metadata;
};

struct Analysis {
  const Document* document = nullptr;
  const LanguagePack* pack = nullptr;
  std::string language;

  Extracted extracted;
  std::string text;       // normalized (NFC, cleaned) text
  // text -> ... -> extracted text, applied in order (each maps onto the next).
  std::vector<OffsetMap> norm_maps;
  std::string work;       // text with masked bytes blanked
  std::vector<Block> blocks;
  std::vector<MaskedSpan> masked;
  std::vector<InlineQuote> inline_quotes;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<QuoteSpan> quote_spans;
  // The first double quote mark (“ ” „ « » " …) that pairs with nothing:
  // an opening one left open at its paragraph's end and not recovered, or
  // a closing one with nothing to close. SIZE_MAX: none.
  size_t first_stray_mark = SIZE_MAX;
  std::vector<Finding> findings;  // text findings before scoring (locations unset)
  // The pack's phrase screen (RuleScreen::Match) over spans of `work`
  // already screened, by (begin, end): the attribute stage's sentences
  // are asked about again by the score stage. Filled by FindPhrases, on
  // the thread auditing the article; `work` must not change once it is used.
  mutable std::map<std::pair<size_t, size_t>, std::vector<RuleScreen::Hit>> phrase_hits;
};

// Stages, in pipeline order. Each is pure apart from writing into `a`.
Extracted Extract(const Document& doc);
Extracted ExtractText(std::string_view source);      // plain text and JSON records
Extracted ExtractMarkdown(std::string_view source);  // md4c
Extracted ExtractHtml(std::string_view source, Metadata* metadata);  // gumbo
// How many pages ExtractHtml has parsed in this process, all threads
// (a relaxed counter: the tests check that an audit parses its page once).
uint64_t HtmlDocumentsParsed();
void Normalize(Analysis& a);
// The language of `text` (ISO 639-1): by script for Han, kana and Hangul;
// Cyrillic text by the letters only some of its languages use (ru, uk, be,
// sr, mk, bg); else CLD2's (when built with it) over the text outside its
// quotations (NarrationSample), else "en". `reliable`, when given, is set
// false when CLD2 found the text too short or too mixed to be sure.
std::string DetectLanguage(std::string_view text, bool* reliable = nullptr);
// What CLD2 reads of `text` (at most about 1 KB: the start and the middle,
// cut at spaces and never inside a character); the whole text when short.
std::string LanguageSample(std::string_view text);
// `text` with each quotation closed on its own line (“…”, „…“, „…”, «…»,
// »…«, "…") replaced by one space: the writer's own words, which decide an
// article's language when it quotes another.
std::string NarrationSample(std::string_view text);
void Clean(Analysis& a);
// Sentences (ICU's breaks, repaired after abbreviations and initials; a
// run longer than 4096 bytes with no sentence end is cut into pieces of at
// most that size, so later stages stay linear) and tokens over them.
void Segment(Analysis& a);
void FindQuotes(Analysis& a);
void Attribute(Analysis& a, AuditResult& result);
// Question-and-answer interviews (interview.cc): run at the end of Attribute().
void AttributeInterviews(const Analysis& a, AuditResult& result);
void ScoreArticle(Analysis& a, AuditResult& result);

// Fills the `begin/end/line/column` of a Location from its normalized span.
class Locator {
 public:
  Locator(const Analysis& a, const Document& doc);
  Location Locate(Span span) const;
  // Lines and columns of the document's source.
  const LineIndex& lines() const { return lines_; }

 private:
  const Analysis& a_;
  LineIndex lines_;
};

}  // namespace onrecord

#endif  // ONRECORD_ANALYSIS_H_
