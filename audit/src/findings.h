// The transparency model and finding rules (internal): the facts the score
// stage and the finding rules share, the level bands, and the attribution,
// document and metric rules. See docs/scoring.md and docs/rules.md.
#ifndef ONRECORD_FINDINGS_H_
#define ONRECORD_FINDINGS_H_

#include <string>
#include <vector>

#include "analysis.h"

namespace onrecord {

// The score range of one transparency level (design §4): every score of a
// level lies in [low, high]; `base` is the fixed score of a named level.
struct LevelBand {
  double low;
  double high;
  double base;
};
const LevelBand& Band(int level);  // level 0..5; out-of-range levels are clamped

// Base scores of unnamed sources before the rules' weights (docs/scoring.md).
inline constexpr double kVagueBase = 0.10;
inline constexpr double kDescribedBase = 0.35;
// Lede and headline attributions count this many times in transparency_index.
inline constexpr double kLedeWeight = 2.0;

struct PhraseHit {
  Span span;  // normalized text
  const PhraseRule* rule;
};

// Every match of the pack's phrase rules of `role` inside `where` (a span of
// the normalized text), with the rules' exceptions applied, in text order.
// The span's screening is kept in a.phrase_hits for the next question about it.
std::vector<PhraseHit> FindPhrases(const Analysis& a, Span where, PhraseRole role);

// What the text says about one source (index: source id - 1).
struct SourceFacts {
  bool specific_reason = false;     // phrase.reason (or another reason-role rule)
  bool boilerplate_reason = false;  // "not authorized to speak publicly"
  bool access = false;
  bool side = false;
  bool bare = false;                // "a source", "sources", "insiders"
  // Described only as the holder of an office one person holds at a time
  // ("the mayor", "the city's police chief"; list sole-offices), resolved to
  // no name: unnamed (T2, design §4), but no anonymity was granted, so the
  // rules about anonymity do not apply to it (docs/scoring.md). Not when the
  // text asks for or explains anonymity for it ("who asked not to be named").
  bool office_holder = false;
  // The article names someone who holds that office ("Mayor Ruiz"): the
  // mention is most likely that person, so no name is owed.
  bool office_named = false;
  std::vector<std::string> evidence;  // "phrase.access matched “who attended”"
};

// What one attribution reports (index: attribution index).
struct AttributionFacts {
  bool opinion = false;
  bool attack = false;
  bool partial = false;  // carries a partial quote
  // Quotes someone's words: a direct (or mixed) attribution whose quote
  // marks do not hold only scare quotes or titles ("said the memoir “Harbour
  // Lights” would be delayed" quotes nobody).
  bool quoted = false;
  // A question or request put by an unnamed asker ("Reporters asked the
  // mayor about …", "Asked by reporters whether …"): its cue is a verb of
  // asking (list question-cues) and its source is unnamed. No information
  // is sourced to the asker, so it counts in neither the transparency index
  // nor the shares, and no anonymous-source finding is raised for it.
  bool question = false;
  // A refusal to speak ("A spokesman declined to comment", "Lee refused to
  // say whether …"): its cue is a verb of refusing (list refusal-cues),
  // whoever the source is. PolNeAR marks it as an attribution, but the
  // source gave no information, so it counts nowhere, like a question.
  bool refusal = false;
  // The writer's own hedge, with no source ("The figures appear to be
  // wrong", "It seems that …"): its cue is a verb of seeming (list
  // hedge-cues). PolNeAR marks it; it is no claim left unsourced by the
  // newsroom's standards (nobody is quoted), so it counts nowhere.
  bool hedge = false;
  // A stance a noun names, with its holder ("Lee's support for the bill";
  // AttributionKind::kStance, list stance-noun-cues): nothing is reported
  // as said, so it counts nowhere, like a hedge.
  bool stance = false;
  // An intention ("The board plans to close the office", "Lee decided not
  // to run", "Hale would like to see it repealed"): its cue is a verb of
  // intent before an infinitive (list intent-cues). PolNeAR marks it, but
  // nothing is reported as said, so it counts nowhere, like a refusal.
  bool intent = false;
  // A crowd's collective act ("The crowd chanted “…”", "Protesters booed"):
  // the cue's last word is in list crowd-act-cues and the source's head in
  // list crowd-heads. Public and collective, it sources no claim and grants
  // nobody anonymity, so it counts nowhere, like a refusal (fu37).
  bool crowd = false;
  // Reported inside what another source is said to have said: the cue lies
  // in an indirect content of another attribution (with a source and a cue
  // of speech or reporting, not of belief) whose own cue follows that content ("China understands it must offer more, one of the people
  // said": "China understands" is the person's claim, not the article's
  // sourcing), and no quote mark is in the inner attribution. PolNeAR
  // never nests attributions, but the attribute stage keeps the inner one
  // (it may be an antecedent); it counts nowhere, like a stance. `outer`:
  // the index of that other attribution.
  bool nested = false;
  int outer = -1;
  // The citer's own attribution at a citation word ("the Courier reported,
  // citing two officials": the Courier, cue "citing", content the phrase
  // cited), next to the cited source's attribution at the same cue. PolNeAR
  // marks it; the claim is already the Courier's "reported" and the
  // officials' "citing", so it counts nowhere (docs/scoring.md, "Cited
  // sources").
  bool citing = false;
  // Whether the attribution sources no information of its own (a question,
  // a refusal, a hedge, a nominal stance, an intention, words reported
  // inside another source's, the act of citing another source, or a
  // headline's report of speech).
  // A headline's report that someone spoke, the article being what was
  // said ("What Voters Said After The Debate"; HeadlineSpeechReport): it
  // sources no claim, so it counts nowhere, like a refusal (fixm41).
  bool report = false;
  // An attribution read in a subhead ("## What the Mayor Said About
  // Taxes"; SubheadAttribution): display text, no claim (fmt42).
  bool subhead = false;
  bool SourcesNothing() const {
    return question || refusal || hedge || stance || intent || nested || citing || crowd || report || subhead;
  }
  std::vector<std::string> evidence;
};

struct ArticleFacts {
  std::vector<SourceFacts> sources;
  std::vector<AttributionFacts> attributions;
  std::vector<PhraseHit> outreach;  // "declined to comment", "did not respond"
  std::vector<PhraseHit> outlet;    // "has learned", "reportedly"
};

// Reads the facts off the text (phrase rules) for the attributions and
// sources of `r`. Pure; each sentence (and each attribution's content) is
// screened once for every phrase pattern, so the cost is linear in the text.
ArticleFacts ComputeFacts(const Analysis& a, const AuditResult& r);

// A finding of `rule` at `span` (normalized text), with the rule's id, level,
// message and link.
Finding MakeFinding(const FindingRule& rule, Span span);

// Adds the findings of every attribution, document and metric rule of the
// pack to `r.findings` (locations: normalized spans only), and the ids of
// the rules that fired to each attribution's `reasons`.
void ApplyFindingRules(const Analysis& a, AuditResult& r);
// The same with the facts already computed: they depend only on the text
// and on what the attribute stage found, so the audit computes them once
// for the score stage and the finding rules.
void ApplyFindingRules(const Analysis& a, AuditResult& r, const ArticleFacts& facts);
// The score stage (ScoreArticle in analysis.h) with the facts already computed.
void ScoreArticle(Analysis& a, AuditResult& r, const ArticleFacts& facts);

// Runs one document-kind rule (`rule.check` names the check).
void RunDocumentCheck(const Analysis& a, const ArticleFacts& facts, const FindingRule& rule,
                      AuditResult& r, std::vector<Finding>* out);

}  // namespace onrecord

#endif  // ONRECORD_FINDINGS_H_
