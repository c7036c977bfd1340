// Findings: attribution rules (conditions on one attribution) and metric
// rules (an article metric past a threshold). Document-wide checks live in
// document_checks.cc. Every finding carries its rule's id, level, message
// and link; a rule's `exceptions` drop findings (docs/rules.md).
#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "findings.h"
#include "attribute.h"
#include "cue_display.h"
#include "threshold_format.h"

namespace onrecord {

namespace {

bool IsUnnamed(SourceKind k) { return k == SourceKind::kAnonymous || k == SourceKind::kDescribed; }

bool Truthy(const std::string& v) { return v == "true" || v == "yes"; }

bool OneOf(const std::string& alternatives, std::string_view name) {
  size_t b = 0;
  while (b <= alternatives.size()) {
    size_t e = alternatives.find_first_of(",| ", b);
    if (e == std::string::npos) e = alternatives.size();
    if (std::string_view(alternatives).substr(b, e - b) == name) return true;
    b = e + 1;
  }
  return false;
}

int LevelOf(const std::string& v) { return v.size() == 2 ? v[1] - '0' : -1; }

// A speech quote with no speaker: the findings about unattributed quotes
// are raised for these, one by one (the `unattributed_quotes` metric counts
// the same quotes).
// A quote inside another speaker's quote is that speaker's account.
bool UnattributedQuote(const Quote& q) { return q.unattributed(); }

// One condition of a rule's `when`, read once per rule and article rather
// than compared by name for every attribution.
enum class When {
  kSourceKind, kAnonymous, kTransparency, kMinTransparency, kMaxTransparency, kSpecificity, kReason,
  kBoilerplateReason, kAccess, kSide, kBare, kPlural, kDirectQuote, kPartialQuote, kInLede, kFirstQuote,
  kCueTone, kOpinion, kAttack, kOfficeHolder, kUnknown,
};

struct Condition {
  When key = When::kUnknown;
  const std::string* value = nullptr;
  bool want = false;
  int level = -1;
};

When WhenOf(const std::string& key) {
  static const std::pair<const char*, When> kNames[] = {
      {"source_kind", When::kSourceKind}, {"anonymous", When::kAnonymous}, {"transparency", When::kTransparency},
      {"min_transparency", When::kMinTransparency}, {"max_transparency", When::kMaxTransparency},
      {"specificity", When::kSpecificity}, {"reason", When::kReason}, {"boilerplate_reason", When::kBoilerplateReason},
      {"access", When::kAccess}, {"side", When::kSide}, {"bare", When::kBare}, {"plural", When::kPlural},
      {"direct_quote", When::kDirectQuote}, {"partial_quote", When::kPartialQuote}, {"in_lede", When::kInLede},
      {"first_quote", When::kFirstQuote}, {"cue_tone", When::kCueTone}, {"opinion", When::kOpinion},
      {"attack", When::kAttack}, {"office_holder", When::kOfficeHolder},
  };
  for (const auto& [name, when] : kNames) {
    if (key == name) return when;
  }
  return When::kUnknown;
}

std::vector<Condition> Conditions(const FindingRule& rule) {
  std::vector<Condition> out;
  out.reserve(rule.when.size());
  for (const auto& [key, value] : rule.when) {
    Condition c;
    c.key = WhenOf(key);
    c.value = &value;
    c.want = Truthy(value);
    c.level = LevelOf(value);
    out.push_back(c);
  }
  return out;
}

// Whether attribution `i` is the first of its source that sources something
// (the name is owed on first reference). Steps back to the source's previous
// attribution, so a source's attributions cost one step each after the first.
bool FirstOfSource(const AuditResult& r, const ArticleFacts& facts, size_t i) {
  const int id = r.attributions[i].source_id;
  for (size_t k = i; k-- > 0;) {
    if (r.attributions[k].source_id == id && !facts.attributions[k].SourcesNothing()) return false;
  }
  return true;
}

// Whether attribution `at` (index `i`) meets every condition of `rule.when`
// (`conditions`, from Conditions(rule)).
// `carries_unattributed_quote`: `at` has no source and holds a quote that
// UnattributedQuote() takes; that quote is judged as a quote, so a condition
// about sourceless quotes does not hold for `at` a second time.
bool Meets(const std::vector<Condition>& conditions, const AuditResult& r, const ArticleFacts& facts, size_t i,
           bool first_quote, bool carries_unattributed_quote) {
  const Attribution& at = r.attributions[i];
  const AttributionFacts& af = facts.attributions[i];
  if (af.SourcesNothing()) return false;  // no information sourced: no attribution rule applies
  const Source* s = r.FindSource(at.source_id);
  const SourceFacts* sf = s ? &facts.sources[static_cast<size_t>(s->id) - 1] : nullptr;
  SourceKind kind = s ? s->kind : SourceKind::kUnattributed;
  // The holder of a sole office ("the mayor") is unnamed but not anonymous.
  bool unnamed = IsUnnamed(kind) && !(sf && sf->office_holder);
  for (const Condition& c : conditions) {
    const bool want = c.want;
    const std::string& value = *c.value;
    bool ok = false;
    // `unattributed` is a quote with no speaker (docs/rules.md), never an
    // attribution: a claim with no source ("He said no." with no "he" in
    // reach) holds no quote, and a sourceless attribution's quotes are
    // judged as quotes. T0 conditions hold for a sourceless claim, but not
    // again for an attribution whose quote is judged as a quote.
    switch (c.key) {
      case When::kSourceKind: ok = s && OneOf(value, SourceKindName(kind)); break;
      case When::kAnonymous: ok = unnamed == want; break;
      case When::kTransparency: ok = at.level == c.level && !carries_unattributed_quote; break;
      case When::kMinTransparency: ok = at.level >= c.level; break;
      case When::kMaxTransparency: ok = at.level <= c.level && !carries_unattributed_quote; break;
      case When::kSpecificity: ok = s && s->specificity && SpecificityName(*s->specificity) == value; break;
      case When::kReason: ok = unnamed && s->reason_given == want; break;
      case When::kBoilerplateReason: ok = unnamed && (sf->boilerplate_reason && !sf->specific_reason) == want; break;
      case When::kAccess: ok = unnamed && s->access_given == want; break;
      case When::kSide: ok = unnamed && sf->side == want; break;
      case When::kBare: ok = unnamed && sf->bare == want; break;
      case When::kPlural: ok = s && s->plural == want; break;
      case When::kDirectQuote: ok = af.quoted == want; break;  // not a scare quote or a title
      case When::kPartialQuote: ok = af.partial == want; break;
      case When::kInLede: ok = (at.in_lede || at.in_headline) == want; break;
      case When::kFirstQuote: ok = first_quote == want; break;
      case When::kCueTone: ok = at.cue && OneOf(value, CueToneName(at.cue_tone)); break;
      case When::kOpinion: ok = af.opinion == want; break;
      case When::kAttack: ok = af.attack == want; break;
      case When::kOfficeHolder:
        ok = (sf && sf->office_holder && !sf->office_named && FirstOfSource(r, facts, i)) == want;
        break;
      case When::kUnknown: ok = false; break;
    }
    if (!ok) return false;
  }
  return true;
}

// Whether an unattributed quote meets the rule: rules about unattributed
// sources (source_kind: unattributed, or transparency T0).
bool MeetsUnattributed(const FindingRule& rule, bool in_lede, bool first_quote) {
  bool about_t0 = false;
  for (const auto& [key, value] : rule.when) {
    bool want = Truthy(value);
    bool ok = false;
    if (key == "source_kind") ok = about_t0 = OneOf(value, "unattributed");
    else if (key == "transparency" || key == "max_transparency") ok = about_t0 = LevelOf(value) == 0 || key == "max_transparency";
    else if (key == "in_lede") ok = in_lede == want;
    else if (key == "first_quote") ok = first_quote == want;
    else if (key == "direct_quote") ok = want;
    else if (key == "anonymous") ok = !want;
    if (!ok) return false;
  }
  return about_t0;
}

Span AttributionSpan(const Attribution& at) {
  if (at.source) return at.source->location.span;
  if (at.cue) return at.cue->location.span;
  if (!at.content.empty()) return at.content.front().location.span;
  return {};
}

double MetricValue(const ArticleScore& s, const std::string& m) {
  if (m == "transparency_index") return s.transparency_index;
  if (m == "named_share") return s.named_share;
  if (m == "anonymous_share") return s.anonymous_share;
  if (m == "vague_share") return s.vague_share;
  if (m == "anonymity_explained") return s.anonymity_explained;
  if (m == "unattributed_quotes") return s.unattributed_quotes;
  if (m == "loaded_cue_rate") return s.loaded_cue_rate;
  if (m == "distinct_sources") return s.distinct_sources;
  if (m == "fully_identified_sources") return s.fully_identified_sources;
  if (m == "outreach") return s.outreach ? 1.0 : 0.0;
  return 0.0;
}

// The sentence of the normalized text around `pos`.
std::string_view SentenceText(const Analysis& a, size_t pos) {
  // The first sentence that contains `pos`: sentences are in text order;
  // the search finds the last one starting at or before `pos`, then steps
  // back over any earlier one that also reaches past `pos`.
  auto it = std::upper_bound(a.sentences.begin(), a.sentences.end(), pos,
                             [](size_t p, const Sentence& s) { return p < s.span.begin; });
  const Sentence* found = nullptr;
  while (it != a.sentences.begin()) {
    --it;
    if (pos >= it->span.begin && pos < it->span.end) found = &*it;
    else if (found || it->span.end <= pos) break;
  }
  if (found) return std::string_view(a.work).substr(found->span.begin, found->span.size());
  return std::string_view(a.work);
}

}  // namespace

Finding MakeFinding(const FindingRule& rule, Span span) {
  Finding f;
  f.rule = rule.info->id;
  f.level = rule.info->level;
  f.message = rule.info->message;
  f.link = rule.info->link;
  f.location.span = span;
  return f;
}

void ApplyFindingRules(const Analysis& a, AuditResult& r) {
  if (a.sentences.empty()) return;
  ApplyFindingRules(a, r, ComputeFacts(a, r));
}

void ApplyFindingRules(const Analysis& a, AuditResult& r, const ArticleFacts& facts) {
  const LanguagePack& pack = *a.pack;
  if (a.sentences.empty()) return;
  // The first speech quote of the story, and which attribution carries it.
  // A headline's quote counts only when it is a direct quote with a speaker
  // of its own that the body does not quote again (a text file's first
  // line, "The minister, Ann Lee, told reporters: “…”", is read as its
  // headline, and its named quote comes first; fixa40). A headline that
  // restates a body quote ("Port Chief: ‘We Will Not Pay’"), or sets off a
  // word ("PAC ‘Rebranded’"), is passed over (fu40b).
  // A quote's letters and digits, lower-cased (Quote::text is not filled
  // yet: read the normalized text under the quote's marks).
  auto words = [&a](const Quote& q) {
    std::u16string w;
    if (q.with_marks.end > a.text.size() || q.with_marks.begin >= q.with_marks.end) return w;
    const char* t = a.text.data() + q.with_marks.begin;
    const int32_t n = static_cast<int32_t>(q.with_marks.end - q.with_marks.begin);
    for (int32_t i = 0; i < n;) {
      UChar32 c = 0;
      U8_NEXT(t, i, n, c);
      if (c >= 0 && u_isalnum(c)) w.push_back(static_cast<char16_t>(u_tolower(c) & 0xFFFF));
    }
    return w;
  };
  auto restated = [&](const Quote& h) {
    const std::u16string hw = words(h);
    if (hw.empty()) return true;
    for (const auto& b : r.quotes) {
      if (b.in_headline) continue;
      const std::u16string bw = words(b);
      // The body quotes the headline's words, or the headline holds whole a
      // body quote of at least half its length (one part of a quote the body
      // splits around its cue).
      if (!bw.empty() &&
          (bw.find(hw) != std::u16string::npos || (2 * bw.size() >= hw.size() && hw.find(bw) != std::u16string::npos))) {
        return true;
      }
    }
    return false;
  };
  const Quote* first = nullptr;
  for (const auto& q : r.quotes) {
    if (!q.speech() || (first && q.with_marks.begin >= first->with_marks.begin)) continue;
    if (q.in_headline && (q.kind != QuoteKind::kDirect || q.source_id < 0 || restated(q))) continue;
    first = &q;
  }
  auto in_lede_block = [&](size_t pos) {
    // Blocks are in text order and do not overlap.
    auto it = std::upper_bound(a.blocks.begin(), a.blocks.end(), pos,
                               [](size_t p, const Block& b) { return p < b.span.begin; });
    if (it == a.blocks.begin()) return false;
    --it;
    return it->span.Contains(pos) && (it->lede || it->kind == BlockKind::kHeadline);
  };
  for (const auto& rule : pack.finding_rules) {
    const std::string& kind = rule.info->kind;
    std::vector<Finding> found;
    std::vector<int> found_attribution;  // per finding: the attribution index or -1
    if (kind == "attribution") {
      std::vector<bool> carries_unattributed(r.attributions.size(), false);
      for (const auto& q : r.quotes) {
        if (!UnattributedQuote(q)) continue;
        if (q.attribution >= 0 && static_cast<size_t>(q.attribution) < r.attributions.size() &&
            !r.FindSource(r.attributions[static_cast<size_t>(q.attribution)].source_id)) {
          carries_unattributed[static_cast<size_t>(q.attribution)] = true;
        }
        if (MeetsUnattributed(rule, in_lede_block(q.with_marks.begin), &q == first)) {
          found.push_back(MakeFinding(rule, q.location.span));
          found_attribution.push_back(-1);
        }
      }
      const std::vector<Condition> conditions = Conditions(rule);
      // A rule about the cue ("claimed", "believes") points at the cue, any
      // other at the source.
      const bool about_cue = std::any_of(conditions.begin(), conditions.end(),
                                         [](const Condition& c) { return c.key == When::kCueTone; });
      // A rule about partial quotes points at the attribution's first
      // fragment: the words the editor has to rework.
      const bool about_partial = std::any_of(conditions.begin(), conditions.end(), [](const Condition& c) {
        return c.key == When::kPartialQuote && c.want;
      });
      // Each attribution's first partial quote, found in one pass over the
      // quotes (a search per attribution made a long article quadratic).
      std::vector<const Quote*> first_partial_of;
      if (about_partial) {
        first_partial_of.assign(r.attributions.size(), nullptr);
        for (const auto& q : r.quotes) {
          if (q.kind != QuoteKind::kPartial || q.attribution < 0) continue;
          const auto at = static_cast<size_t>(q.attribution);
          if (at < first_partial_of.size() && !first_partial_of[at]) first_partial_of[at] = &q;
        }
      }
      auto first_partial = [&first_partial_of](size_t i) -> const Quote* { return first_partial_of[i]; };
      for (size_t i = 0; i < r.attributions.size(); ++i) {
        const Attribution& at = r.attributions[i];
        // The writer's or the reader's own voice ("I think …", "we won't
        // see …", "As I told my readers, “…”": no source resolved, a pronoun
        // of list pronouns-unresolved) is no attribution of the newsroom's
        // to review: a rule's advice ("say how the source said it") has no
        // source to apply to (fixa40; score.cc counts it nowhere).
        if (at.source_id <= 0 && at.source && pack.InList("pronouns-unresolved", TokenKey(at.source->text))) {
          continue;
        }
        bool is_first = first && first->attribution == static_cast<int>(i) && first->source_id >= 0;
        if (Meets(conditions, r, facts, i, is_first, carries_unattributed[i])) {
          Span where = about_cue && at.cue ? at.cue->location.span : AttributionSpan(at);
          if (const Quote* q = about_partial ? first_partial(i) : nullptr) where = q->location.span;
          Finding f = MakeFinding(rule, where);
          // Which cue it is, so that the line alone tells the editor what
          // to change: "Loaded cue verb; "said" is neutral (cue “claimed”)".
          // (The cue's words, "insisted" for the span "insisted:"; fixd37.)
          // (A German separable cue with its particle: "wies … zurück".)
          const std::string& cue_words = at.cue_words.empty() && at.cue ? at.cue->text : at.cue_words;
          if (about_cue && at.cue && !CueForDisplay(cue_words).empty()) {
            f.message += fmt::format(" (cue \u201c{}\u201d)", CueForDisplay(cue_words));
          }
          found.push_back(std::move(f));
          found_attribution.push_back(static_cast<int>(i));
        }
      }
    } else if (kind == "metric") {
      // Nothing to measure: no attribution and no quoted speech (a scare
      // quote or a title alone gave an index of 0 and a "low transparency"),
      // or only the writer's own voice ("As I wrote last week, …"), which
      // counts in neither the index nor the shares: the report says n/a.
      if (!r.score.has_transparency_index() ||
          (r.attributions.empty() &&
           std::none_of(r.quotes.begin(), r.quotes.end(), [](const Quote& q) { return q.speech(); }))) {
        continue;
      }
      double v = MetricValue(r.score, rule.metric);
      if ((rule.above && v > *rule.above) || (rule.below && v < *rule.below)) {
        Finding f = MakeFinding(rule, {0, 0});
        f.article_level = true;
        // Enough decimals that the value visibly crosses the threshold
        // (0.3996 below 0.4 is not shown as "0.40").
        double threshold = rule.below && v < *rule.below ? *rule.below : *rule.above;
        f.message += fmt::format(" ({} {})", rule.metric, FormatPastThreshold(v, threshold));
        found.push_back(f);
        found_attribution.push_back(-1);
      }
    } else if (kind == "document") {
      RunDocumentCheck(a, facts, rule, r, &found);
      found_attribution.resize(found.size(), -1);
    }
    // Whether the rule's exceptions match in a text, asked once per text
    // (many findings share a sentence).
    std::map<std::pair<const char*, size_t>, bool> excepted;
    // One finding per rule and span: two attributions that share one source
    // mention ("…, according to a person familiar with the situation,
    // adding that …") are one problem to fix, not two.
    std::set<std::pair<size_t, size_t>> reported;
    for (size_t k = 0; k < found.size(); ++k) {
      // Exceptions: in the finding's sentence (attribution rules) or anywhere
      // in the article (document and metric rules).
      if (!rule.exceptions.empty()) {
        std::string_view where = kind == "attribution" ? SentenceText(a, found[k].location.span.begin)
                                                       : std::string_view(a.work);
        auto [it, fresh] = excepted.try_emplace({where.data(), where.size()}, false);
        if (fresh) it->second = ExceptionOverlaps(rule.exceptions, where, 0, 0);
        if (it->second) continue;
      }
      if (found_attribution[k] >= 0) {
        r.attributions[static_cast<size_t>(found_attribution[k])].reasons.push_back(
            fmt::format("finding {} ({}): {}", rule.info->id, SeverityName(rule.info->level),
                        rule.info->message));
      }
      const Span& span = found[k].location.span;
      if (!reported.emplace(span.begin, span.end).second) continue;
      r.findings.push_back(std::move(found[k]));
    }
  }
}

}  // namespace onrecord
