// The audit: quotes, attributions, sources, anonymous sources, findings and
// the transparency score of one article. See ../shared/design.md §2–§4.
//
// Units: `span` fields are half-open UTF-8 byte ranges into the article's
// normalized text (AuditResult::text); `begin`/`end` fields are half-open
// UTF-8 byte offsets into the decoded source (Document::source), and
// `line`/`column` are 1-based positions in the original file (column in
// code points). Every string is UTF-8.
//
// Errors: Audit() fails only when the article cannot be processed at all;
// problems in the article's text are findings.
// Thread-safety: Audit() may run on many threads at once with one shared
// RuleSet; it keeps no global state.
#ifndef ONRECORD_AUDIT_H_
#define ONRECORD_AUDIT_H_

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "onrecord/document.h"
#include "onrecord/rules.h"
#include "onrecord/status.h"
#include "onrecord/text.h"

namespace onrecord {

// Transparency levels of design §4: T0 (unattributed) … T5 (named with role).
enum class SourceKind { kNamed, kDescribed, kAnonymous, kOrganization, kDocument, kUnattributed };
const char* SourceKindName(SourceKind k);

enum class QuoteKind { kDirect, kPartial, kScare, kTitle };
const char* QuoteKindName(QuoteKind k);

// kStance: a stance a noun names, with its holder ("Lee's support for the
// bill", "his criticism of the plan"): PolNeAR marks it as an attribution,
// but nothing is reported as said, so it sources nothing (docs/scoring.md).
enum class AttributionKind { kDirect, kIndirect, kMixed, kStance };
const char* AttributionKindName(AttributionKind k);

enum class Specificity { kVague, kDescribed };
const char* SpecificityName(Specificity s);

enum class CueTone { kNeutral, kLoaded, kNonSpeech };
const char* CueToneName(CueTone t);

// A place in the article: normalized span plus its position in the source.
struct Location {
  Span span;            // normalized text
  size_t begin = 0;     // decoded source, half-open
  size_t end = 0;
  int line = 0;         // original file, 1-based
  int column = 0;       // code points, 1-based
};

// One quote. Quotes nest up to 8 levels deep (a quote inside a quote is
// level 2); a quote nested deeper is not reported on its own, its words are
// part of the text of the quote around it.
struct Quote {
  std::string text;     // the characters between the marks
  Location location;    // covers `text`, without the marks
  Span with_marks;      // normalized span including the marks
  QuoteKind kind = QuoteKind::kDirect;
  int source_id = -1;   // -1: no speaker
  std::string speaker;  // canonical name or description; empty if none
  SourceKind speaker_kind = SourceKind::kUnattributed;
  std::string cue;      // the cue word(s) as written; empty if none
  int attribution = -1; // index into AuditResult::attributions
  bool in_headline = false;
  // A quote with no speaker inside a quote that has one: the outer
  // speaker's source id (1-based); -1 otherwise. Not an unattributed quote.
  int inside_quote_of = -1;
  // A quote with no speaker of its own inside another speech quote (a
  // quote at nesting level 2 or deeper): its words are part of the account
  // of the quote around it, whose speaker, if any, is `inside_quote_of`.
  // Such a quote is never an unattributed quote of its own: where the quote
  // around it has no speaker, that quote is the one reported unattributed.
  bool nested = false;
  // What a crowd chanted, cheered or shouted ("The crowd chanted “…”"):
  // `speaker` names the crowd as written, but the crowd is no source of
  // the article (source_id -1). Not an unattributed quote.
  bool crowd = false;
  // The writer quoting their own words ("As I told my readers, “…”"): the
  // cue's source is a first-person pronoun of the writer outside any quote
  // (list pronouns-unresolved, not pronouns-second-person), which the
  // attribution leaves uncounted. `speaker` is the pronoun as written
  // (source_id -1). Not an unattributed quote.
  bool own_words = false;
  bool speech() const { return kind == QuoteKind::kDirect || kind == QuoteKind::kPartial; }
  // A speech quote with no speaker, not inside another speech quote, no
  // crowd's and not the writer's own words.
  bool unattributed() const {
    return speech() && source_id < 0 && inside_quote_of < 0 && !nested && !crowd && !own_words;
  }
};

struct TextRef {
  Location location;
  std::string text;
};

struct Attribution {
  std::optional<TextRef> source;  // the mention as written here, or none
  std::optional<TextRef> cue;
  // The cue as a reader should see it when its span cannot hold it all: a
  // German separable verb whose particle ends the clause after the content
  // ("wies … zurück", "sprach sich für … aus"). Empty otherwise (then the
  // cue's own text is what a reader sees). Shown in findings' messages and
  // the text and HTML reports; not part of the JSON contract.
  std::string cue_words;
  std::vector<TextRef> content;   // direct quotes include their marks
  AttributionKind kind = AttributionKind::kIndirect;
  int source_id = -1;
  int level = 0;                  // 0..5 (T0..T5)
  double score = 0.0;             // in [0, 1], inside the level's band
  CueTone cue_tone = CueTone::kNeutral;
  bool in_lede = false;
  bool in_headline = false;
  // False for an attribution the score leaves out of the transparency index
  // and the shares (docs/scoring.md): the writer's or the reader's own
  // voice ("We know …"), a question from an unnamed asker, a refusal, the
  // writer's hedge, a stance a noun names, an intention. Always T0.
  bool counted = true;
  // An answer of a question-and-answer interview ("A: …"), credited to the
  // interviewee; and an attribution whose cue lies inside such an answer
  // (the interviewee's account: nested in the answer, counted nowhere).
  bool interview_answer = false;
  bool in_interview_answer = false;
  std::vector<std::string> reasons;  // rule ids and phrases behind the level
};

struct Source {
  int id = 0;
  std::string name;               // canonical: fullest name, or fullest description
  SourceKind kind = SourceKind::kNamed;
  std::string role;               // role or affiliation, if the text gives one
  std::vector<std::string> roles; // every role phrase the text gives
  int level = 0;
  double score = 0.0;
  int mentions = 0;
  int quotes = 0;
  int attributions = 0;
  std::optional<Specificity> specificity;  // unnamed sources
  bool reason_given = false;
  bool access_given = false;
  bool plural = false;
  // Unnamed and described only by an office one person holds ("the mayor",
  // list sole-offices): T2 by design §4, but nobody granted it anonymity, so
  // the anonymity rules leave it alone (docs/scoring.md). False once the text
  // gives a request or a reason for anonymity: then it is an anonymous source.
  bool office_holder = false;
};

struct AnonymousSource {
  std::string phrase;
  Location location;
  Specificity specificity = Specificity::kVague;
  bool reason_given = false;
  bool access_given = false;
  bool anaphoric = false;         // "the person said": refers to an earlier mention
  bool office_holder = false;     // the source's office_holder (Source::office_holder)
  int source_id = -1;
};

struct Finding {
  std::string rule;
  Severity level = Severity::kSuggestion;
  std::string message;
  Location location;
  std::string link;
  std::optional<std::string> suppressed;  // the reason, when a directive suppressed it
  // About the whole article (a `metric` rule): placed at line 1, column 1,
  // like the check's threshold findings, not at the article's first word.
  bool article_level = false;
};

// The article's metrics. The index and the shares are 0 where they are not
// defined; has_transparency_index() and has_shares() say where they are (the
// store's article_metrics view gives NULL there), and reports show "n/a".
struct ArticleScore {
  double transparency_index = 0.0;   // 0..1; defined when has_transparency_index()
  double named_share = 0.0;          // 0..1 of attributions; defined when has_shares()
  double anonymous_share = 0.0;
  double vague_share = 0.0;
  double anonymity_explained = 0.0;  // anonymous attributions with a reason
  int unattributed_quotes = 0;
  int distinct_sources = 0;
  int fully_identified_sources = 0;
  double loaded_cue_rate = 0.0;
  bool outreach = false;             // "declined to comment", "did not respond"
  int attributions = 0;
  // Of `attributions`, those whose source could not be resolved (T0, as "He
  // said no." with no one for "he" to refer to): in none of the other
  // shares. JSON gives it as `no_source_share` (no_source_share()).
  int no_source = 0;
  // no_source over attributions, in [0, 1]; 0 with no attribution.
  double no_source_share() const {
    return attributions > 0 ? static_cast<double>(no_source) / static_cast<double>(attributions) : 0.0;
  }

  // Something was scored: an attribution or an unattributed quote.
  bool has_transparency_index() const { return attributions + unattributed_quotes > 0; }
  // There is an attribution to take shares of.
  bool has_shares() const { return attributions > 0; }
};

struct MaskedSpan {
  Location location;
  std::string rule;
};

struct AuditResult {
  std::string file;
  std::optional<int> record;
  std::string language;
  Metadata metadata;
  size_t words = 0;
  std::string sha256;             // of the normalized text
  std::string tool_version;
  std::string rules_hash;
  std::string text;               // normalized text (spans point here)
  std::vector<Quote> quotes;
  std::vector<Attribution> attributions;
  std::vector<Source> sources;
  std::vector<AnonymousSource> anonymous_sources;
  std::vector<Finding> findings;
  std::vector<MaskedSpan> masked;
  ArticleScore score;
  // Filled when timing is asked for; keyed by stage name (PipelineStages()
  // gives the order the stages run in).
  std::map<std::string, double> stage_seconds;

  const Source* FindSource(int id) const;
};

// The stages of Audit() in the order they run ("extract", "normalize", …,
// "report"): the keys of AuditResult::stage_seconds.
const std::vector<std::string>& PipelineStages();

struct AuditOptions {
  // Empty: the language the document declares (a JSON record's `language`,
  // <html lang>), else detected from the text. A declared or detected
  // language with no rule pack is not analysed: the result has no quotes,
  // attributions or sources (so no transparency index) and one
  // `input.language-without-rules` warning finding. Given here, a
  // language tag ("de", "de-DE") whose pack the RuleSet lacks makes Audit()
  // return an error Status naming the packs there are.
  std::string language;
  bool timing = false;    // fill stage_seconds
};

// Runs the whole pipeline on one document. Cost: linear in the article's length.
Result<AuditResult> Audit(const Document& document, const RuleSet& rules,
                          const AuditOptions& options = {});

// The pack name a language asked for by name (AuditOptions::language) reads
// with, or the error Audit gives when `rules` have no such pack ("unknown
// language 'klingon': the rules have …"), without a place: a caller that
// knows where the name was written (a config file) adds it.
Result<std::string> RequestedLanguage(const std::string& language, const RuleSet& rules);

// The version of the tool ("0.1.0").
const char* ToolVersion();

}  // namespace onrecord

#endif  // ONRECORD_AUDIT_H_
