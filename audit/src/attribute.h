// Attribute stage internals shared with the score stage and tests (internal).
#ifndef ONRECORD_ATTRIBUTE_H_
#define ONRECORD_ATTRIBUTE_H_

#include <string>
#include <string_view>
#include <vector>

#include "analysis.h"

namespace onrecord {

// What a source mention is.
enum class MentionType {
  kName,          // a person's name ("Wu Xinbo", "Wu")
  kOrganization,  // a named organisation, or a place standing for a government
  kDocument,      // "a white paper", "court filings"
  kPronoun,       // he, she, they
  kAnaphor,       // "the person", "one of the people", "the official"
  kDescription,   // an unnamed source described ("a White House official")
};

struct Mention {
  Span span;                 // normalized text
  MentionType type = MentionType::kDescription;
  std::string head;          // head noun, lower-case ("official", "people")
  std::string name;          // for names: the name without titles
  std::string role;          // a title before the name or an appositive after it
  bool plural = false;
  bool described = false;    // tied to an organisation, government or side
  int source = -1;           // index into the result's sources
  // A definite phrase whose head no list knows, next to a quote ("the
  // 43-year-old asked"): refers back to the person last named.
  bool unlisted = false;
  // Such a phrase before a verb of speech with no quote before it ("The
  // admiral said …"): a person by role, who is someone named before only
  // when a role of theirs has the head word.
  bool by_role = false;
  // A share of people ("Twenty-four percent said", "most of the voters
  // say"): the poll's document once a poll has been spoken of, else an
  // unnamed group.
  bool share = false;
  // A quantifier standing for members of a group the article has just
  // cited ("One said", "“…,” one of them said", "Each of them said"; list
  // group-member-words): that group, not a new source, when there is one.
  bool member = false;
};

// The key the attribute stage looks a token up by in the word lists:
// lower-cased (ICU's full mapping in the default locale), the curly
// apostrophe written "'". Plain ASCII, and ASCII with characters of the
// General Punctuation block (quote marks, dashes, "Trump’s"), are
// lower-cased without ICU; TokenKeyByIcu always asks ICU, for the tests
// that hold the two to the same answer.
std::string TokenKey(std::string_view s);
std::string TokenKeyByIcu(std::string_view s);

// Whether attribution `at` reports a crowd's collective act ("The crowd
// chanted “…”", "Protesters booed the speaker"): a word of its cue is in
// list crowd-act-cues and the last word of its source (the mention as
// written, else the resolved source's name) in list crowd-heads. Such an
// attribution sources no claim; its source is no anonymous source (the
// attribute stage) and it counts nowhere (the score stage). No rule of a
// newsroom standard: anonymity policies (AP, Reuters, NYT) concern people
// granted it, and a chant is public. Thread-safe (reads only).
bool CrowdAct(const LanguagePack& pack, const AuditResult& r, const Attribution& at);

// Whether attribution `at` is a headline's report that someone spoke, the
// article being what was said ("What Voters Said After The Debate", "17 Of
// The Most Powerful Things Latinos Said …"; fixm41): it stands in the
// headline, a word of its cue is in list headline-report-cues, and a word of
// its source as written, or the word right before it in `text` (the
// article's text), is in list headline-report-words. PolNeAR marks it; it
// sources no claim of its own, so it counts nowhere. Thread-safe.
bool HeadlineSpeechReport(const LanguagePack& pack, std::string_view text, const Attribution& at);

// Whether attribution `at` is read in a subhead (Block::subhead: "## What
// the Mayor Said About Taxes", <h2>, a plain title-case line such as
// "Anchor Expressed Fear Over Ratings"): its cue stands in such a block.
// A subhead is display text over the body, no attribution of a claim: the
// attribution stays (PolNeAR marks a headline's), sources nothing, names
// no anonymous source and counts nowhere (fmt42). Thread-safe.
bool SubheadAttribution(const Analysis& a, const Attribution& at);

// Whether attribution `at` reports that nothing was said (fixb40): its cue
// holds a negation (list negations, or a word in "n't") and it has no content
// or content opened by a word of list non-answer-words ("The source did not
// say when.", "Lee would not say whether …"), or its cue is not negated, it
// has no content and the word right after the cue in `text` (the article's
// text) is listed with a leading "=" ("Ms. Chen said nothing."). Like a
// refusal, it sources nothing: scoring counts it nowhere. Thread-safe.
bool NonAnswer(const LanguagePack& pack, std::string_view text, const Attribution& at);

// Whether the cue's text `cue` ends in "by" and a participle ("responded
// to the criticism by saying", "by saying:"): a verb of responding joined
// to the participle after it (join52) reports what the participle says, so
// a refusal word inside it ("responded to"; list refusal-cues) makes it no
// refusal. The attribute stage (a source that sources nothing) and scoring
// (AttributionFacts::refusal) both ask. Thread-safe.
bool ByParticipleCue(std::string_view cue);

}  // namespace onrecord

#endif  // ONRECORD_ATTRIBUTE_H_
