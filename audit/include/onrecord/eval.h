// Evaluation: scoring audits against gold annotations.
//
// Two kinds of gold are supported:
//
//  - The seed's schema (../shared/seed/README.md): a JSON file per article
//    listing its speech quotes (text, speaker) and its anonymous-source
//    mentions (phrase, specificity, reason_given), without offsets. These are
//    scored leniently by text (see CompareText, SpeakersAgree and
//    EvaluateGold).
//  - PolNeAR brat standoff files (../shared/polnear-train/README.md): Source,
//    Cue and Content spans in Unicode code-point offsets, scored by exact span
//    after conversion to UTF-8 byte offsets (ParseAnn, ToByteSpans,
//    EvaluatePolnear).
//
// Units: every Span here is a half-open range of UTF-8 byte offsets into the
// article's decoded source (for a UTF-8 file without BOM, the file itself),
// the same offsets as Location::begin/end in audit.h. AnnSpan holds code-point
// offsets until ToByteSpans converts it.
//
// Errors: parsers return a Status naming path:line:column (column in code
// points) for malformed input. Scoring functions cannot fail.
// Thread-safety: all functions are reentrant and keep no state.
#ifndef ONRECORD_EVAL_H_
#define ONRECORD_EVAL_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "onrecord/audit.h"
#include "onrecord/status.h"
#include "onrecord/text.h"

namespace onrecord {

// ---------------------------------------------------------------------------
// Counting.

// Precision/recall/F1 from a one-to-one matching. Conventions for empty sets:
// precision is 1 when nothing was predicted, recall is 1 when the gold is
// empty; F1 is 0 when precision + recall is 0.
struct PrfCounts {
  int gold = 0;
  int predicted = 0;
  int matched = 0;  // matched pairs (one-to-one)
  double Precision() const;
  double Recall() const;
  double F1() const;
  PrfCounts& operator+=(const PrfCounts& o);
};

// An accuracy: correct out of total; no value when total is 0.
struct Ratio {
  int correct = 0;
  int total = 0;
  std::optional<double> Value() const;
  Ratio& operator+=(const Ratio& o);
};

// ---------------------------------------------------------------------------
// Lenient text matching (seed-schema gold).

// Text prepared for comparison: NFC, case-folded, curly apostrophes and
// quote marks mapped to ASCII, runs of white space collapsed to one space,
// and punctuation and spaces trimmed at both ends.
std::string NormalizeForMatch(std::string_view text);

// The word tokens of a text for overlap: runs of letters, digits and marks,
// case-folded; every Han, Hiragana, Katakana or Hangul character is a token
// of its own (those scripts do not separate words with spaces).
std::vector<std::string> MatchTokens(std::string_view text);

// How two texts compare. `shared` counts tokens common to both (as a
// multiset); the ratios are shared / shorter and shared / longer token count.
// Articles, the commonest prepositions and "and" (en, de, fr, es, it, pt, ru)
// are left out of the counts unless a text has no other token.
struct TextSimilarity {
  bool exact = false;           // NormalizeForMatch equal
  int shared = 0;
  double of_shorter = 0.0;
  double of_longer = 0.0;
  bool Lenient() const { return exact || of_shorter >= 0.5; }
  bool Overlap80() const { return exact || of_longer >= 0.8; }
};
TextSimilarity CompareText(std::string_view a, std::string_view b);

// A speaker prepared for comparison: NormalizeForMatch, bracketed glosses
// ("(Kastel)", "[…]") removed, honorifics (Mr, Mrs, Ms, Dr, Prof, Sir, Herr,
// Frau, M., Mme, Sr., Sra., …) removed.
std::string NormalizeSpeaker(std::string_view speaker);

// True when two speakers name the same source, leniently: equal after
// NormalizeSpeaker, one's tokens contained in the other's as a contiguous
// run, the same last token (surname), or the same head noun (the last token
// before a preposition or relative word: "spokesman" in "a spokesman for the
// ministry"). Joint speakers ("A and B") agree when any part agrees. An empty
// gold speaker (unattributed) agrees only with an empty prediction.
bool SpeakersAgree(std::string_view gold, std::string_view predicted);

// As above, and a predicted head noun also agrees with a gold head noun that
// `head_glosses` gives for it: entries "word:gloss" (lower case; the list
// head-glosses of the article's language pack, e.g. "sprecher:spokesman"),
// for gold that names an unnamed source in another language than the
// article's ("a spokesman for the Interior Ministry" for "ein Sprecher des
// Innenministeriums"). Cost: O(tokens + entries).
bool SpeakersAgree(std::string_view gold, std::string_view predicted, const std::vector<std::string>& head_glosses);

// ---------------------------------------------------------------------------
// Gold in the seed's schema.

struct GoldQuote {
  std::string text;
  std::optional<std::string> speaker;  // none: unattributed
  std::string speaker_kind;
  std::optional<std::string> cue;
};

struct GoldAnonymousSource {
  std::string phrase;
  std::optional<Specificity> specificity;
  std::optional<bool> reason_given;
};

struct Gold {
  std::string path;                   // where it was read from
  std::optional<std::string> file;    // the "file" field, when present
  std::string language;               // the "lang" field, when present
  std::vector<GoldQuote> quotes;
  std::vector<GoldAnonymousSource> anonymous_sources;
  // Whether the file has the key at all: a gold without "anonymous_sources"
  // did not annotate them (not "there are none"), and is left out of the
  // anonymous-source metrics; the same for "quotes".
  bool quotes_annotated = true;
  bool anonymous_annotated = true;
};

// Parses a gold file's JSON. Malformed JSON gives path:line:column of the
// syntax error; a value of the wrong type gives the line:column of that
// value and its JSON pointer. Unknown fields are ignored.
Result<Gold> ParseGold(std::string_view json, const std::string& path);
// Reads and parses `path`.
Result<Gold> ReadGold(const std::string& path);

// The article files a gold file may describe, most likely first: a gold at
// DIR/gold/NAME.json describes DIR/NAME.txt, else DIR/gold/NAME.txt beside
// it (whether the path is relative, absolute or the bare name run inside
// gold/); a gold elsewhere describes NAME.txt next to it (NAME without a
// ".gold" suffix: X.gold.json ↔ X.txt). Other extensions (.md, .html, .htm)
// follow, then the gold's "file" field (absolute, or relative to the gold's
// folder, then to DIR). The caller takes the first that exists.
std::vector<std::string> ArticleCandidatesForGold(const std::string& gold_path,
                                                  const Gold& gold);

// Gold files under a directory, recursively, sorted: every *.json in a
// directory named "gold", and every *.gold.json anywhere. Hidden entries are
// skipped. Fails when the directory cannot be read.
Result<std::vector<std::string>> FindGoldFiles(const std::string& directory);

// What went wrong, for developers studying errors (`eval --verbose`).
struct EvalIssue {
  enum class Kind {
    kMissedQuote, kExtraQuote, kWrongSpeaker,
    kMissedAnonymous, kExtraAnonymous, kWrongSpecificity, kWrongReason,
    kMissedSpan, kExtraSpan,  // PolNeAR
    kMissedDirectQuote,       // PolNeAR: a quoted gold Content no prediction covers to 80%
  };
  Kind kind;
  std::string label;      // PolNeAR label (Source, Cue, Content); empty otherwise
  std::string gold;       // gold text / speaker / value
  std::string predicted;  // predicted text / speaker / value
  std::string context;    // the quote or phrase the issue is about
  int line = 0;           // position of the prediction (or gold span), when known
  int column = 0;
};
const char* EvalIssueKindName(EvalIssue::Kind kind);

// Scores of one article against seed-schema gold. Only speech quotes
// (Quote::speech(): direct or partial) are predictions.
struct GoldEval {
  PrfCounts quotes;            // lenient match (CompareText(...).Lenient())
  PrfCounts quotes_exact;      // NormalizeForMatch equal
  PrfCounts quotes_overlap80;  // shared tokens >= 0.8 of the longer
  Ratio speaker;               // over leniently matched quotes
  PrfCounts anonymous;         // lenient match of phrases
  Ratio specificity;           // over matched anonymous mentions with gold specificity
  Ratio reason;                // over matched anonymous mentions with gold reason_given
  // Articles whose gold annotates quotes / anonymous sources (has the key):
  // a metric is not measured ("n/a", left out of totals) over the others.
  int quote_articles = 0;
  int anonymous_articles = 0;
  std::vector<EvalIssue> issues;
  GoldEval& operator+=(const GoldEval& o);  // adds the counts, not the issues
};

// Matches one article's audit against its gold. Each metric has its own
// one-to-one matching, greedy by best score: pairs meeting the metric's
// criterion are taken in order of shared/longer, then shared/shorter, then
// closeness of their relative positions (gold lists are in document order),
// each gold and prediction used at most once. Cost: O(gold × predicted).
GoldEval EvaluateGold(const Gold& gold, const AuditResult& audit);
// As above, with speakers compared through the list head-glosses of the
// pack of the audit's language in `rules` (see SpeakersAgree).
GoldEval EvaluateGold(const Gold& gold, const AuditResult& audit, const RuleSet& rules);

// ---------------------------------------------------------------------------
// PolNeAR.

// One brat text-bound annotation ("T3\tContent 207 579;581 851\t…").
struct AnnSpan {
  std::string id;                 // "T3"
  std::string label;              // "Source", "Cue", "Content", …
  std::vector<Span> segments;     // as written: code points until ToByteSpans
  int line = 0;                   // 1-based line in the .ann file
};

// Parses a brat .ann file and returns its text-bound annotations with the
// given labels (all labels when `labels` is empty). Relation (E, R), note
// (#) and attribute lines are skipped, and so are lines that continue the
// text of a previous annotation (a text field may contain a line break).
// A malformed offset field of a T line fails with path:line:column.
Result<std::vector<AnnSpan>> ParseAnn(std::string_view ann, const std::string& path,
                                      const std::vector<std::string>& labels = {});

// The UTF-8 byte offset of every code point of `text`, plus the text's
// length: result[i] is where code point i begins, result.back() == size.
// Invalid UTF-8 bytes count as one code point each. Cost: O(size).
std::vector<size_t> CodePointByteOffsets(std::string_view text);

// Converts code-point segments to byte segments with the table from
// CodePointByteOffsets. Fails (naming `path` and the annotation's line) when
// a segment is reversed or ends past the text.
Status ToByteSpans(const std::vector<size_t>& offsets, const std::string& path,
                   std::vector<AnnSpan>* spans);

// A span as a set of segments: sorted, with overlapping or touching segments
// merged and empty ones dropped. Two spans are equal for exact-span scoring
// when their canonical segments are equal (so "0 5;5 9" equals "0 9").
// Given the article's `text` (the bytes the offsets index), segments
// separated only by whitespace (space, tab, CR, LF) merge too: a gap with no
// token in it, as between two sentences of one quotation, which token-level
// scoring (the published PolNeAR systems tag tokens) cannot see either.
std::vector<Span> CanonicalSegments(std::vector<Span> segments, std::string_view text = {});

// FNV-1a, 64 bits: offset basis 14695981039346656037, prime 1099511628211,
// over the bytes of `bytes`.
uint64_t Fnv1a64(std::string_view bytes);

// The fixed held-out slice: an article is held out when the FNV-1a 64 hash
// of its file stem (the text file's name without ".txt") is divisible by 5.
bool IsHeldOut(std::string_view stem);

// Scores of one PolNeAR article. Labels are indexed Source, Cue, Content.
inline constexpr int kPolnearLabels = 3;
const char* PolnearLabelName(int label);

struct PolnearEval {
  PrfCounts exact[kPolnearLabels];    // canonical segments equal
  PrfCounts overlap[kPolnearLabels];  // sharing at least one byte
  Ratio direct_quote;                 // gold quoted Contents found (>= 80% covered)
  std::vector<EvalIssue> issues;      // exact-span misses and extras
  PolnearEval& operator+=(const PolnearEval& o);  // adds the counts, not the issues
};

// Compares gold spans (byte offsets, from ToByteSpans) with the audit's
// attributions: each attribution's source, cue and content (its segments
// together) is one predicted span of that label; identical spans of a label
// are counted once, in the gold and in the predictions. A gold Content is a
// direct quote when its first non-space character is a quote mark; it is
// found when one predicted Content covers at least 80% of its bytes.
// `text` is the article's decoded source (used for issue positions).
PolnearEval EvaluatePolnear(const std::vector<AnnSpan>& gold, std::string_view text,
                            const AuditResult& audit);

}  // namespace onrecord

#endif  // ONRECORD_EVAL_H_
