// Score stage: transparency level and score of each source and attribution
// (design §4), article metrics, and findings from attribution, document and
// metric rules. Weights, levels and messages come from the rule files.
#include <algorithm>
#include <cmath>
#include <map>

#include "analysis.h"

namespace onrecord {

namespace {

struct PhraseHit {
  Span span;
  const PhraseRule* rule;
};

std::vector<PhraseHit> FindPhrases(const Analysis& a, Span sentence, PhraseRole role) {
  std::vector<PhraseHit> out;
  std::string_view text(a.work.data() + sentence.begin, sentence.size());
  for (const auto& rule : a.pack->phrases) {
    if (rule.role != role) continue;
    std::vector<int> hits;
    if (!rule.patterns.set->Match(text, &hits)) continue;
    for (int h : hits) {
      const RE2& re = *rule.patterns.patterns[static_cast<size_t>(h)];
      re2::StringPiece m[2];
      int n = std::min(re.NumberOfCapturingGroups(), 1) + 1;
      if (!re.Match(text, 0, text.size(), RE2::UNANCHORED, m, n)) continue;
      re2::StringPiece got = n == 2 && !m[1].empty() ? m[1] : m[0];
      bool excepted = false;
      for (const auto& ex : rule.patterns.exceptions) {
        if (RE2::PartialMatch(text, *ex)) excepted = true;
      }
      if (excepted) continue;
      size_t b = sentence.begin + static_cast<size_t>(got.data() - text.data());
      out.push_back({{b, b + got.size()}, &rule});
    }
  }
  return out;
}

int SentenceOf(const Analysis& a, size_t pos) {
  auto it = std::upper_bound(a.sentences.begin(), a.sentences.end(), pos,
                             [](size_t p, const Sentence& s) { return p < s.span.begin; });
  if (it == a.sentences.begin()) return 0;
  return static_cast<int>(it - a.sentences.begin()) - 1;
}

double Weight(const LanguagePack& pack, const char* id, double fallback) {
  auto it = pack.weights.find(id);
  return it == pack.weights.end() || it->second == 0.0 ? fallback : it->second;
}

bool IsUnnamed(SourceKind k) { return k == SourceKind::kAnonymous || k == SourceKind::kDescribed; }

}  // namespace

void ScoreArticle(Analysis& a, AuditResult& r) {
  const LanguagePack& pack = *a.pack;
  if (a.sentences.empty()) return;
  // Reasons, requests and access, per sentence of each unnamed mention.
  std::map<int, bool> reason, access, boilerplate_reason;
  bool article_reason = false;
  std::vector<bool> sentence_has_attribution(a.sentences.size(), false);
  for (const auto& at : r.attributions) {
    if (at.cue) sentence_has_attribution[static_cast<size_t>(SentenceOf(a, at.cue->location.span.begin))] = true;
  }
  for (size_t si = 0; si < a.sentences.size(); ++si) {
    if (sentence_has_attribution[si]) continue;
    // A reason given once for every source ("Every source … asked not to be
    // named, because the meetings were private").
    if (!FindPhrases(a, a.sentences[si].span, PhraseRole::kReason).empty()) article_reason = true;
  }
  for (auto& an : r.anonymous_sources) {
    Span sent = a.sentences[static_cast<size_t>(SentenceOf(a, an.location.span.begin))].span;
    if (!FindPhrases(a, sent, PhraseRole::kReason).empty()) reason[an.source_id] = true;
    if (!FindPhrases(a, sent, PhraseRole::kBoilerplateReason).empty()) {
      reason[an.source_id] = true;
      boilerplate_reason[an.source_id] = true;
    }
    if (!FindPhrases(a, sent, PhraseRole::kAccess).empty()) access[an.source_id] = true;
  }
  for (auto& s : r.sources) {
    if (!IsUnnamed(s.kind)) continue;
    s.reason_given = reason[s.id] || article_reason;
    s.access_given = access[s.id];
  }
  // Levels and scores of sources.
  const double band = 1.0 / 6.0;
  for (auto& s : r.sources) {
    switch (s.kind) {
      case SourceKind::kNamed: s.level = s.role.empty() ? 4 : 5; break;
      case SourceKind::kOrganization:
      case SourceKind::kDocument: s.level = 4; break;
      case SourceKind::kDescribed: s.level = (s.access_given && s.reason_given) ? 3 : 2; break;
      case SourceKind::kAnonymous: s.level = 1; break;
      case SourceKind::kUnattributed: s.level = 0; break;
    }
    double score = s.level * band + band * 0.5;
    if (IsUnnamed(s.kind)) {
      if (s.reason_given) score += Weight(pack, "phrase.reason", 0.04);
      if (boilerplate_reason[s.id]) score -= Weight(pack, "phrase.boilerplate-reason", 0.02);
      if (s.access_given) score += Weight(pack, "phrase.access", 0.03);
    }
    s.score = std::clamp(score, s.level * band, (s.level + 1) * band - 1e-9);
    if (s.level == 5) s.score = std::min(1.0, s.score + band * 0.5);
  }
  for (auto& an : r.anonymous_sources) {
    if (const Source* s = r.FindSource(an.source_id)) {
      an.reason_given = s->reason_given;
      an.access_given = s->access_given;
      an.specificity = s->specificity.value_or(Specificity::kVague);
    }
  }
  // Attributions take their source's level; an anonymous direct quote costs.
  double sum = 0, weight_sum = 0;
  int named = 0, anonymous = 0, vague = 0, explained = 0, loaded = 0;
  for (auto& at : r.attributions) {
    const Source* s = r.FindSource(at.source_id);
    at.level = s ? s->level : 0;
    at.score = s ? s->score : 0.0;
    if (s && IsUnnamed(s->kind) && at.kind == AttributionKind::kDirect) {
      at.score = std::max(at.level * band, at.score - Weight(pack, "attribution.anonymous-direct-quote", 0.02));
      at.reasons.push_back("anonymous direct quote");
    }
    if (s && s->reason_given) at.reasons.push_back("reason for anonymity given");
    if (s && s->access_given) at.reasons.push_back("access stated");
    double wgt = at.in_lede ? 2.0 : 1.0;
    sum += at.score * wgt;
    weight_sum += wgt;
    if (at.level >= 4) ++named;
    if (at.level >= 1 && at.level <= 3) ++anonymous;
    if (at.level == 1) ++vague;
    if (s && IsUnnamed(s->kind) && s->reason_given) ++explained;
    if (at.cue_tone != CueTone::kNeutral) ++loaded;
  }
  ArticleScore& sc = r.score;
  int n = static_cast<int>(r.attributions.size());
  sc.attributions = n;
  for (const auto& q : r.quotes) {
    if (q.speech() && q.source_id < 0) {
      ++sc.unattributed_quotes;
      sum += 0.0;
      weight_sum += 1.0;  // an unattributed quote is a T0 attribution
    }
  }
  sc.transparency_index = weight_sum > 0 ? sum / weight_sum : 0.0;
  sc.named_share = n ? static_cast<double>(named) / n : 0.0;
  sc.anonymous_share = n ? static_cast<double>(anonymous) / n : 0.0;
  sc.vague_share = n ? static_cast<double>(vague) / n : 0.0;
  sc.anonymity_explained = anonymous ? static_cast<double>(explained) / anonymous : 0.0;
  sc.loaded_cue_rate = n ? static_cast<double>(loaded) / n : 0.0;
  sc.distinct_sources = static_cast<int>(r.sources.size());
  for (const auto& s : r.sources) {
    if (s.level == 5) ++sc.fully_identified_sources;
  }
  for (const auto& sent : a.sentences) {
    if (!FindPhrases(a, sent.span, PhraseRole::kOutreach).empty()) sc.outreach = true;
  }
}

}  // namespace onrecord
