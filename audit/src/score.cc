// Score stage: transparency level and score of each source and attribution
// (design §4; docs/scoring.md), and the article metrics. Weights come from
// the rule files' `weight` keys; the level bands and base scores are fixed
// here and documented in docs/scoring.md.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>
#include <string_view>

#include <fmt/format.h>

#include "attribute.h"
#include "ascii.h"
#include "findings.h"
#include "repeat_key.h"
#include "cue_display.h"
#include "threshold_format.h"

namespace onrecord {

namespace {

// Whether the word right before the source of `at` (in `text`, the
// article's text; spaces and line breaks skipped) is a relative pronoun of
// list relative-openers or content-relatives, with the source before the
// cue: the cue's object moved out as that pronoun ("the plan that Smith was
// talking about", "what Clinton is promising them"; fix47).
bool ObjectMovedOut(const LanguagePack& pack, std::string_view text, const Attribution& at) {
  if (!at.cue || !at.source) return false;
  const size_t b = at.source->location.span.begin;
  if (b > text.size() || at.source->location.span.end > at.cue->location.span.begin) return false;
  size_t e = b;
  while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\n')) --e;
  size_t w = e;
  while (w > 0 && ((text[w - 1] >= 'a' && text[w - 1] <= 'z') || (text[w - 1] >= 'A' && text[w - 1] <= 'Z'))) --w;
  if (w == e || e == b) return false;
  const std::string word = TokenKey(text.substr(w, e - w));
  return pack.InList("relative-openers", word) || pack.InList("content-relatives", word);
}

bool IsUnnamed(SourceKind k) { return k == SourceKind::kAnonymous || k == SourceKind::kDescribed; }

// The words of `text` between spaces (no empty ones).
std::vector<std::string> SpaceSeparated(const std::string& text) {
  std::vector<std::string> words;
  std::string w;
  for (char c : text) {
    if (c == ' ') {
      if (!w.empty()) words.push_back(w);
      w.clear();
    } else {
      w += c;
    }
  }
  if (!w.empty()) words.push_back(w);
  return words;
}

// "a source", "sources", "another source", "insiders": a head noun from the
// bare-source-heads list with nothing but determiners in front of it.
bool IsBare(const LanguagePack& pack, const std::string& name) {
  const std::vector<std::string> words = SpaceSeparated(AsciiLower(name));
  if (words.empty()) return false;
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    if (!pack.InList("determiners", words[i])) return false;
  }
  return pack.InList("bare-source-heads", words.back());
}

// "the mayor", "the city's police chief", "the governor of Ohio", "der
// Kieler Oberbürgermeister", "el alcalde de Soria": a description that is
// nothing but the holder of an office one person holds at a time (list
// sole-offices, a phrase of up to four words matched whole). Before the office:
// a definite determiner (list definite-determiners) or a possessive ("Ohio's"),
// then only capitalised words, possessives and words of list
// sole-office-modifiers ("acting", "city"); after it, nothing, or a
// preposition ("of", "de", "di", "do", "da", "du", "des", "del", "della", "der")
// followed only by capitalised words and determiners. "the former mayor", "a
// mayor", "the mayor's spokesman" are not. Returns the office as listed
// ("police chief"), or an empty string. The office alone, one word with
// nothing before it, counts too ("首相", "премьер-министр").
std::string SoleOffice(const LanguagePack& pack, const std::string& name) {
  const std::vector<std::string> words = SpaceSeparated(name);
  if (words.empty()) return {};
  auto capitalised = [](const std::string& w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; };
  auto possessive = [](const std::string& w) {
    auto ends = [&](std::string_view t) { return w.size() > t.size() && w.compare(w.size() - t.size(), t.size(), t) == 0; };
    return ends("'s") || ends("\u2019s") || ends("s'") || ends("s\u2019");
  };
  size_t i = 0;
  const std::string first = TokenKey(words[0]);
  // "首相は…と述べた", "总理表示", "— заявил премьер-министр": where the
  // language writes no article, the office alone is the description.
  if (words.size() == 1 && pack.InList("sole-offices", first)) return first;
  if (pack.InList("definite-determiners", first)) {
    i = 1;
  } else if (!possessive(words[0])) {
    return {};
  }
  // The office: the longest listed phrase from some position after the modifiers.
  for (; i < words.size(); ++i) {
    size_t office_end = 0;
    std::string phrase, office;
    for (size_t j = i; j < words.size() && j < i + 4; ++j) {
      phrase += (j > i ? " " : "") + TokenKey(words[j]);
      if (pack.InList("sole-offices", phrase)) {
        office_end = j + 1;
        office = phrase;
      }
    }
    if (office_end > 0) {
      if (office_end == words.size()) return office;
      static constexpr std::string_view kOf[] = {"of", "de", "di", "do", "da", "du", "des", "del", "della", "der"};
      const std::string next = TokenKey(words[office_end]);
      if (std::find(std::begin(kOf), std::end(kOf), next) == std::end(kOf)) return {};
      bool named_place = false;
      for (size_t k = office_end + 1; k < words.size(); ++k) {
        const std::string key = TokenKey(words[k]);
        if (capitalised(words[k])) {
          named_place = true;
        } else if (!pack.InList("definite-determiners", key) &&
                   std::find(std::begin(kOf), std::end(kOf), key) == std::end(kOf)) {
          return {};
        }
      }
      return named_place ? office : std::string();
    }
    const std::string key = TokenKey(words[i]);
    if (!capitalised(words[i]) && !possessive(words[i]) && !pack.InList("sole-office-modifiers", key)) return {};
  }
  return {};
}

// Whether the article names someone who holds `office` (as SoleOffice
// returns it): a named source with the office in a role ("Ana Ruiz, the
// mayor"), or the office written as a title before a capitalised word
// ("Mayor Ruiz", "President Obama"). "The mayor said" then most likely is
// that person, though coreference did not say so: no name is owed.
bool OfficeHolderNamed(const Analysis& a, const AuditResult& r, const std::string& office) {
  for (const auto& s : r.sources) {
    if (s.kind != SourceKind::kNamed) continue;
    for (const auto& role : s.roles) {
      if (AsciiLower(role).find(office) != std::string::npos) return true;
    }
  }
  std::string title = office;
  for (size_t k = 0; k < title.size(); ++k) {
    if ((k == 0 || title[k - 1] == ' ') && title[k] >= 'a' && title[k] <= 'z') title[k] = static_cast<char>(title[k] - 'a' + 'A');
  }
  title += ' ';
  for (size_t at = a.text.find(title); at != std::string::npos; at = a.text.find(title, at + 1)) {
    const size_t next = at + title.size();
    if ((at == 0 || a.text[at - 1] == ' ' || a.text[at - 1] == '\n') && next < a.text.size() &&
        a.text[next] >= 'A' && a.text[next] <= 'Z') {
      return true;
    }
  }
  return false;
}

std::string Quoted(const Analysis& a, Span s) {
  return "“" + a.text.substr(s.begin, s.size()) + "”";
}

// The block that contains `pos`, or null (blocks are in text order and do not overlap).
const Block* BlockAt(const Analysis& a, size_t pos) {
  auto it = std::upper_bound(a.blocks.begin(), a.blocks.end(), pos,
                             [](size_t p, const Block& b) { return p < b.span.begin; });
  if (it == a.blocks.begin()) return nullptr;
  --it;
  return it->span.Contains(pos) ? &*it : nullptr;
}

int SentenceAt(const Analysis& a, size_t pos) {
  auto it = std::upper_bound(a.sentences.begin(), a.sentences.end(), pos,
                             [](size_t p, const Sentence& s) { return p < s.span.begin; });
  if (it == a.sentences.begin()) return 0;
  return static_cast<int>(it - a.sentences.begin()) - 1;
}

// The place an attribution is anchored: its cue, else its source, else its content.
size_t AnchorOf(const Attribution& at) {
  if (at.cue) return at.cue->location.span.begin;
  if (at.source) return at.source->location.span.begin;
  if (!at.content.empty()) return at.content.front().location.span.begin;
  return 0;
}

}  // namespace

const LevelBand& Band(int level) {
  static const LevelBand kBands[6] = {
      {0.0, 0.0, 0.0},      // T0: unattributed
      {0.01, 0.2999, 0.0},  // T1: vague anonymous (computed)
      {0.30, 0.5499, 0.0},  // T2: described, access or reason missing (computed)
      {0.55, 0.7499, 0.0},  // T3: described with access and reason (computed)
      {0.75, 0.8999, 0.85}, // T4: named without role, organisation, document
      {0.90, 1.0, 1.0},     // T5: named with role
  };
  return kBands[std::clamp(level, 0, 5)];
}

namespace {

// The matches of the phrase rules of `role` in `text` (the span `where` of
// the work text), given the screen's hits over the same text, in text order.
void CollectPhrases(const Analysis& a, Span where, std::string_view text, PhraseRole role,
                    const std::vector<RuleScreen::Hit>& hits, std::vector<PhraseHit>* out) {
  out->clear();
  for (const auto& h : hits) {
    const PhraseRule& rule = a.pack->phrases[h.rule];
    if (rule.role != role) continue;
    // An unsure hit is confirmed by the match loop itself.
    const RE2& re = *rule.patterns.patterns[h.pattern];
    // The group named `phrase` (list patterns have one), else the whole match.
    const auto& named = re.NamedCapturingGroups();
    auto group = named.find("phrase");
    int g = group == named.end() ? 0 : group->second;
    std::vector<re2::StringPiece> m(static_cast<size_t>(g) + 1);
    // The rule's exceptions in this text, matched once for all its matches.
    std::optional<ExceptionMatches> exceptions;
    if (!rule.patterns.exceptions.empty()) exceptions.emplace(rule.patterns.exceptions, text, rule.patterns.exception_screen.get());
    size_t pos = 0;
    while (pos <= text.size() && re.Match(text, pos, text.size(), RE2::UNANCHORED, m.data(), g + 1)) {
      re2::StringPiece got = !m[static_cast<size_t>(g)].empty() ? m[static_cast<size_t>(g)] : m[0];
      size_t gb = static_cast<size_t>(got.data() - text.data());
      size_t whole_end = static_cast<size_t>(m[0].data() - text.data()) + m[0].size();
      pos = whole_end > gb ? whole_end : gb + 1;
      if (exceptions && exceptions->Overlaps(gb, gb + got.size())) continue;
      out->push_back({{where.begin + gb, where.begin + gb + got.size()}, &rule});
    }
  }
  std::sort(out->begin(), out->end(),
            [](const PhraseHit& x, const PhraseHit& y) { return x.span.begin < y.span.begin; });
}

// FindPhrases for many spans of one article: each span is screened once
// for every phrase pattern of the pack, whatever the roles asked of it and
// whichever stage asks (the screen's hits are kept in a.phrase_hits).
class PhraseFinder {
 public:
  explicit PhraseFinder(const Analysis& a) : a_(a) {}
  std::vector<PhraseHit> Find(Span where, PhraseRole role) {
    std::vector<PhraseHit> out;
    if (where.empty() || where.end > a_.work.size()) return out;
    std::string_view text(a_.work.data() + where.begin, where.size());
    auto [it, screened] = a_.phrase_hits.try_emplace({where.begin, where.end});
    if (screened) a_.pack->phrase_screen.Match(text, &it->second);
    if (!it->second.empty()) CollectPhrases(a_, where, text, role, it->second, &out);
    return out;
  }

 private:
  const Analysis& a_;
};

}  // namespace

std::vector<PhraseHit> FindPhrases(const Analysis& a, Span where, PhraseRole role) {
  return PhraseFinder(a).Find(where, role);
}

// AttributionFacts::nested for every attribution of `r`: its cue lies
// inside a content part of another attribution, with a source and a cue of
// speech or reporting (not of belief), whose cue starts at or after that
// part's end ("…, officials said", "…, according to the survey"); only an
// indirect attribution (no quote in it) is marked. One sort and one pass: the parts
// in order of their start, each cue checked against the part reaching
// farthest among those starting at or before it.
static void MarkNested(const AuditResult& r, ArticleFacts* f) {
  struct Part {
    size_t begin, end;
    int attribution;
  };
  std::vector<Part> parts;
  for (size_t j = 0; j < r.attributions.size(); ++j) {
    const Attribution& outer = r.attributions[j];
    if (!outer.cue || !r.FindSource(outer.source_id) || outer.kind == AttributionKind::kStance ||
        outer.cue_tone == CueTone::kNonSpeech) {
      continue;
    }
    for (const auto& c : outer.content) {
      if (c.location.span.end <= outer.cue->location.span.begin) {
        parts.push_back({c.location.span.begin, c.location.span.end, static_cast<int>(j)});
      }
    }
  }
  if (parts.empty()) return;
  std::sort(parts.begin(), parts.end(), [](const Part& x, const Part& y) { return x.begin < y.begin; });
  // reach[k]: the part among parts[0..k] that ends last.
  std::vector<size_t> reach(parts.size());
  for (size_t k = 0; k < parts.size(); ++k) {
    reach[k] = k > 0 && parts[reach[k - 1]].end >= parts[k].end ? reach[k - 1] : k;
  }
  for (size_t i = 0; i < r.attributions.size(); ++i) {
    const Attribution& at = r.attributions[i];
    if (!at.cue || at.kind != AttributionKind::kIndirect) continue;
    const Span cue = at.cue->location.span;
    auto after = std::upper_bound(parts.begin(), parts.end(), cue.begin,
                                  [](size_t pos, const Part& p) { return pos < p.begin; });
    if (after == parts.begin()) continue;
    const Part& widest = parts[reach[static_cast<size_t>(after - parts.begin()) - 1]];
    if (widest.end < cue.end || widest.attribution == static_cast<int>(i)) continue;
    f->attributions[i].nested = true;
    f->attributions[i].outer = widest.attribution;
  }
}

// AttributionFacts::nested, too, for an attribution inside an interview's
// answer (interview.cc), of any kind: the interviewee's account ("A: … a
// neighbor told me …").
static void MarkInsideInterviewAnswers(const AuditResult& r, ArticleFacts* f) {
  for (size_t i = 0; i < r.attributions.size(); ++i) {
    const Attribution& at = r.attributions[i];
    if (!at.in_interview_answer || !at.cue || f->attributions[i].nested) continue;
    for (size_t j = 0; j < r.attributions.size(); ++j) {
      const Attribution& outer = r.attributions[j];
      if (!outer.interview_answer || outer.content.empty() ||
          !outer.content.front().location.span.Contains(at.cue->location.span.begin)) {
        continue;
      }
      f->attributions[i].nested = true;
      f->attributions[i].outer = static_cast<int>(j);
      break;
    }
  }
}

// AttributionFacts::citing: an indirect attribution whose cue is a
// citation word (list citation-words) that another attribution shares, and
// whose content holds that other attribution's source ("the Courier
// reported, citing two officials": the Courier's "citing", whose content is
// the officials, beside the officials' own). One sort by cue start.
static void MarkCiting(const Analysis& a, const AuditResult& r, ArticleFacts* f) {
  std::vector<size_t> by_cue;
  for (size_t i = 0; i < r.attributions.size(); ++i) {
    if (r.attributions[i].cue) by_cue.push_back(i);
  }
  auto cue_begin = [&](size_t i) { return r.attributions[i].cue->location.span.begin; };
  std::stable_sort(by_cue.begin(), by_cue.end(), [&](size_t x, size_t y) { return cue_begin(x) < cue_begin(y); });
  for (size_t g = 0; g < by_cue.size();) {
    size_t h = g + 1;
    while (h < by_cue.size() && cue_begin(by_cue[h]) == cue_begin(by_cue[g])) ++h;
    if (h - g >= 2) {
      const Attribution& first = r.attributions[by_cue[g]];
      std::string_view cue = first.cue->text;
      if (const size_t sp = cue.find(' '); sp != std::string_view::npos) cue = cue.substr(0, sp);
      if (a.pack->InList("citation-words", TokenKey(cue))) {
        for (size_t x = g; x < h; ++x) {
          const Attribution& at = r.attributions[by_cue[x]];
          if (at.kind != AttributionKind::kIndirect) continue;
          for (size_t y = g; y < h && !f->attributions[by_cue[x]].citing; ++y) {
            const Attribution& cited = r.attributions[by_cue[y]];
            if (y == x || !cited.source) continue;
            for (const auto& part : at.content) {
              if (part.location.span.begin <= cited.source->location.span.begin &&
                  cited.source->location.span.begin < part.location.span.end) {
                f->attributions[by_cue[x]].citing = true;
              }
            }
          }
        }
      }
    }
    g = h;
  }
}

ArticleFacts ComputeFacts(const Analysis& a, const AuditResult& r) {
  const LanguagePack& pack = *a.pack;
  PhraseFinder phrases(a);
  ArticleFacts f;
  f.sources.resize(r.sources.size());
  f.attributions.resize(r.attributions.size());
  if (a.sentences.empty()) return f;
  for (const auto& s : r.sources) {
    if (s.kind != SourceKind::kDescribed || s.plural) continue;
    const std::string office = SoleOffice(pack, s.name);
    if (office.empty()) continue;
    SourceFacts& sf = f.sources[static_cast<size_t>(s.id) - 1];
    sf.office_holder = true;
    sf.office_named = OfficeHolderNamed(a, r, office);
  }
  // Sentences that carry an attribution, and the unnamed sources attributed in each.
  std::vector<std::vector<int>> unnamed_in(a.sentences.size());
  std::vector<bool> has_attribution(a.sentences.size(), false);
  for (const auto& at : r.attributions) {
    size_t si = static_cast<size_t>(SentenceAt(a, AnchorOf(at)));
    has_attribution[si] = true;
    const Source* s = r.FindSource(at.source_id);
    if (s && IsUnnamed(s->kind)) unnamed_in[si].push_back(s->id);
  }
  auto note_reason = [&](int id, const std::vector<PhraseHit>& reasons,
                         const std::vector<PhraseHit>& boilerplate) {
    if (id <= 0 || static_cast<size_t>(id) > f.sources.size()) return;
    SourceFacts& sf = f.sources[static_cast<size_t>(id) - 1];
    for (const auto& h : reasons) {
      if (!sf.specific_reason) sf.evidence.push_back(h.rule->info->id + " matched " + Quoted(a, h.span));
      sf.specific_reason = true;
    }
    for (const auto& h : boilerplate) {
      if (!sf.boilerplate_reason) sf.evidence.push_back(h.rule->info->id + " matched " + Quoted(a, h.span));
      sf.boilerplate_reason = true;
    }
  };
  // A reason in a sentence of its own: for every source when it says so
  // ("Every source … because …"), else for the unnamed sources of the
  // sentence before (design §4.1: the same sentence or the next one).
  for (size_t si = 0; si < a.sentences.size(); ++si) {
    if (has_attribution[si]) continue;
    auto reasons = phrases.Find(a.sentences[si].span, PhraseRole::kReason);
    auto boilerplate = phrases.Find(a.sentences[si].span, PhraseRole::kBoilerplateReason);
    if (reasons.empty() && boilerplate.empty()) continue;
    std::string low = AsciiLower(a.text.substr(a.sentences[si].span.begin, a.sentences[si].span.size()));
    bool everyone = low.find("every ") != std::string::npos || low.find("all of the") != std::string::npos ||
                    low.find("none of the") != std::string::npos;
    if (everyone) {
      for (const auto& s : r.sources) {
        if (IsUnnamed(s.kind)) note_reason(s.id, reasons, boilerplate);
      }
    } else if (si > 0) {
      for (int id : unnamed_in[si - 1]) note_reason(id, reasons, boilerplate);
    }
  }
  // Reason, access and side in the sentence of each unnamed mention.
  // ("Officials say …, according to a source close to the council, who
  // spoke on condition of anonymity because …": with two unnamed sources
  // in the sentence, a reason belongs to the one mentioned last before it,
  // or to the first when it comes before them all; kin43.)
  std::map<size_t, std::vector<std::pair<size_t, int>>> unnamed_mentions;
  for (const auto& an : r.anonymous_sources) {
    if (an.source_id <= 0 || static_cast<size_t>(an.source_id) > f.sources.size()) continue;
    unnamed_mentions[static_cast<size_t>(SentenceAt(a, an.location.span.begin))].emplace_back(an.location.span.begin,
                                                                                              an.source_id);
  }
  for (auto& [si, ms] : unnamed_mentions) std::sort(ms.begin(), ms.end());
  auto own_hits = [&](size_t si, int id, std::vector<PhraseHit> hits) {
    const auto& ms = unnamed_mentions[si];
    if (std::none_of(ms.begin(), ms.end(), [&](const auto& m) { return m.second != id; })) return hits;
    // (Every source whose mention starts there owns it: two readings of
    // one mention share it.)
    std::erase_if(hits, [&](const PhraseHit& h) {
      size_t owner_at = ms.front().first;
      for (const auto& m : ms) {
        if (m.first <= h.span.begin) owner_at = m.first;
      }
      return std::none_of(ms.begin(), ms.end(), [&](const auto& m) { return m.first == owner_at && m.second == id; });
    });
    return hits;
  };
  for (const auto& an : r.anonymous_sources) {
    if (an.source_id <= 0 || static_cast<size_t>(an.source_id) > f.sources.size()) continue;
    const size_t si = static_cast<size_t>(SentenceAt(a, an.location.span.begin));
    Span sent = a.sentences[si].span;
    note_reason(an.source_id, own_hits(si, an.source_id, phrases.Find(sent, PhraseRole::kReason)),
                own_hits(si, an.source_id, phrases.Find(sent, PhraseRole::kBoilerplateReason)));
    SourceFacts& sf = f.sources[static_cast<size_t>(an.source_id) - 1];
    // "the police chief, who asked not to be named, said": anonymity was
    // asked for, so an office-holder is an anonymous source after all.
    if (sf.office_holder && !phrases.Find(sent, PhraseRole::kRequest).empty()) sf.office_holder = false;
    for (const auto& h : phrases.Find(sent, PhraseRole::kAccess)) {
      if (!sf.access) sf.evidence.push_back(h.rule->info->id + " matched " + Quoted(a, h.span));
      sf.access = true;
    }
    for (const auto& h : phrases.Find(sent, PhraseRole::kSide)) {
      if (!sf.side) sf.evidence.push_back(h.rule->info->id + " matched " + Quoted(a, h.span));
      sf.side = true;
    }
  }
  for (const auto& s : r.sources) {
    if (IsUnnamed(s.kind)) f.sources[static_cast<size_t>(s.id) - 1].bare = IsBare(pack, s.name);
  }
  // A reason for anonymity given for an office-holder ("the police chief
  // said on condition of anonymity because …"): granted anonymity after all.
  for (auto& sf : f.sources) {
    if (sf.office_holder && (sf.specific_reason || sf.boilerplate_reason)) sf.office_holder = false;
  }
  // Opinion and attack in what each attribution reports; partial quotes.
  for (size_t i = 0; i < r.attributions.size(); ++i) {
    const Attribution& at = r.attributions[i];
    AttributionFacts& af = f.attributions[i];
    if (const Source* s = r.FindSource(at.source_id); (!s || IsUnnamed(s->kind)) && at.cue) {
      // "then asked", "Asked": a word of the cue is a verb of asking.
      std::string_view cue = at.cue->text;
      for (size_t b = 0; b < cue.size() && !af.question;) {
        size_t e = cue.find(' ', b);
        if (e == std::string_view::npos) e = cue.size();
        af.question = pack.InList("question-cues", TokenKey(cue.substr(b, e - b)));
        b = e + 1;
      }
    }
    // "Lee's support for the bill": a stance a noun names (AttributionKind::kStance).
    af.stance = at.kind == AttributionKind::kStance;
    if (at.cue) {
      // "declined to comment", "refused to say": a word of the cue is a verb of refusing.
      // "plans to close", "would like to see": the cue's last word, or last two, a verb of intent.
      std::string_view cue = at.cue->text;
      std::string previous, last;
      for (size_t b = 0; b < cue.size() && !af.refusal;) {
        size_t e = cue.find(' ', b);
        if (e == std::string_view::npos) e = cue.size();
        const std::string word = TokenKey(cue.substr(b, e - b));
        // (Entries of two words too: "did not respond to" holds "respond to".)
        af.refusal = pack.InList("refusal-cues", word) ||
                     (!last.empty() && pack.InList("refusal-cues", last + " " + word));
        af.hedge = af.hedge || (!r.FindSource(at.source_id) && pack.InList("hedge-cues", word));
        previous = std::move(last);
        last = word;
        b = e + 1;
      }
      // "responded to the criticism by saying": a verb of responding joined
      // to the participle after "by" (cue-reply-verbs) reports what the
      // participle says; only a negated "responded to" stands alone (join52).
      if (af.refusal && ByParticipleCue(cue)) af.refusal = false;
      // "The source did not say when.", "Ms. Chen said nothing.": a
      // non-answer sources nothing, as a refusal does (fixb40).
      af.refusal = af.refusal || NonAnswer(pack, a.work, at);
      af.report = HeadlineSpeechReport(pack, a.work, at);  // "What Voters Said …" (fixm41)
      af.subhead = SubheadAttribution(a, at);              // "## What the Mayor Said …" (fmt42)
      af.intent = !af.refusal && (pack.InList("intent-cues", last) ||
                                  (!previous.empty() && pack.InList("intent-cues", previous + " " + last)));
      af.crowd = CrowdAct(pack, r, at);
    }
    std::vector<Span> where;
    for (const auto& c : at.content) where.push_back(c.location.span);
    if (where.empty()) where.push_back(a.sentences[static_cast<size_t>(SentenceAt(a, AnchorOf(at)))].span);
    for (const Span& w : where) {
      for (const auto& h : phrases.Find(w, PhraseRole::kOpinion)) {
        if (!af.opinion) af.evidence.push_back(h.rule->info->id + " matched " + Quoted(a, h.span));
        af.opinion = true;
      }
      for (const auto& h : phrases.Find(w, PhraseRole::kAttack)) {
        if (!af.attack) af.evidence.push_back(h.rule->info->id + " matched " + Quoted(a, h.span));
        af.attack = true;
      }
    }
  }
  MarkNested(r, &f);
  MarkInsideInterviewAnswers(r, &f);
  MarkCiting(a, r, &f);
  std::vector<int> speech(r.attributions.size(), 0), other(r.attributions.size(), 0);
  for (const auto& q : r.quotes) {
    if (q.attribution < 0 || static_cast<size_t>(q.attribution) >= f.attributions.size()) continue;
    const size_t i = static_cast<size_t>(q.attribution);
    if (q.kind == QuoteKind::kPartial) f.attributions[i].partial = true;
    ++(q.speech() ? speech[i] : other[i]);
  }
  for (size_t i = 0; i < r.attributions.size(); ++i) {
    f.attributions[i].quoted =
        r.attributions[i].kind != AttributionKind::kIndirect && r.attributions[i].kind != AttributionKind::kStance &&
        !(other[i] > 0 && speech[i] == 0);
  }
  for (const auto& sent : a.sentences) {
    for (const auto& h : phrases.Find(sent.span, PhraseRole::kOutreach)) f.outreach.push_back(h);
    for (const auto& h : phrases.Find(sent.span, PhraseRole::kOutletAsSource)) f.outlet.push_back(h);
  }
  return f;
}

void ScoreArticle(Analysis& a, AuditResult& r) {
  if (a.sentences.empty()) return;
  ScoreArticle(a, r, ComputeFacts(a, r));
}

void ScoreArticle(Analysis& a, AuditResult& r, const ArticleFacts& facts) {
  const LanguagePack& pack = *a.pack;
  if (a.sentences.empty()) return;
  // Sources: level by design §4, score inside the level's band.
  std::vector<std::vector<std::string>> source_why(r.sources.size());
  for (auto& s : r.sources) {
    const SourceFacts& sf = facts.sources[static_cast<size_t>(s.id) - 1];
    std::vector<std::string>& why = source_why[static_cast<size_t>(s.id) - 1];
    const bool unnamed = IsUnnamed(s.kind);
    if (unnamed) {
      s.reason_given = sf.specific_reason || sf.boilerplate_reason;
      s.access_given = sf.access;
      s.office_holder = sf.office_holder;
    }
    bool described = s.specificity && *s.specificity == Specificity::kDescribed;
    switch (s.kind) {
      case SourceKind::kNamed:
        s.level = s.role.empty() ? 4 : 5;
        why.push_back(s.role.empty() ? "T4: named source without a role"
                                     : "T5: named source with a role (" + s.role + ")");
        break;
      case SourceKind::kOrganization:
        s.level = 4;
        why.push_back("T4: named organisation");
        break;
      case SourceKind::kDocument:
        s.level = 4;
        why.push_back("T4: document");
        break;
      case SourceKind::kDescribed:
      case SourceKind::kAnonymous:
        if (!described) {
          s.level = 1;
          why.push_back("T1: vague anonymous source (no role or affiliation)");
        } else if (s.access_given && s.reason_given) {
          s.level = 3;
          why.push_back("T3: unnamed source with a role or affiliation, stated access and a reason");
        } else if (s.office_holder) {
          // Granted no anonymity, so it owes no reason for it (docs/scoring.md).
          s.level = 2;
          why.push_back("T2: unnamed office-holder (an office one person holds), not named");
        } else {
          s.level = 2;
          why.push_back(std::string("T2: unnamed source with a role or affiliation; ") +
                        (s.access_given ? "" : "no stated access") +
                        (!s.access_given && !s.reason_given ? ", " : "") +
                        (s.reason_given ? "" : "no reason for anonymity"));
        }
        break;
      case SourceKind::kUnattributed:
        s.level = 0;
        why.push_back("T0: no source");
        break;
    }
    double score = Band(s.level).base;
    if (unnamed) {
      score = described ? kDescribedBase : kVagueBase;
      why.push_back(fmt::format("base {:.2f} ({})", score, described ? "described" : "vague"));
      if (sf.specific_reason) {
        double w = pack.Weight("phrase.reason", 0.0);
        score += w;
        why.push_back(fmt::format("+{:.2f} phrase.reason: a reason for anonymity", w));
      } else if (sf.boilerplate_reason) {
        double w = pack.Weight("phrase.boilerplate-reason", 0.0);
        score += w;
        why.push_back(fmt::format("+{:.2f} phrase.boilerplate-reason: only a boilerplate reason", w));
      } else if (!s.office_holder) {
        why.push_back("no reason for anonymity given");
      }
      if (sf.access) {
        double w = pack.Weight("phrase.access", 0.0);
        score += w;
        why.push_back(fmt::format("+{:.2f} phrase.access: access stated", w));
      }
      if (sf.side) {
        double w = pack.Weight("phrase.side", 0.0);
        score += w;
        why.push_back(fmt::format("+{:.2f} phrase.side: side or motive stated", w));
      }
      if (sf.bare) {
        double w = pack.Weight("attribution.bare-source", 0.0);
        score -= w;
        why.push_back(fmt::format("-{:.2f} attribution.bare-source: bare \"{}\"", w, s.name));
      }
      for (const auto& e : sf.evidence) why.push_back(e);
    }
    const LevelBand& band = Band(s.level);
    s.score = std::clamp(score, band.low, band.high);
  }
  for (auto& an : r.anonymous_sources) {
    if (const Source* s = r.FindSource(an.source_id)) {
      an.reason_given = s->reason_given;
      an.access_given = s->access_given;
      an.office_holder = s->office_holder;
      an.specificity = s->specificity.value_or(Specificity::kVague);
    }
  }
  // Attributions: the source's level; the score refined by what this
  // attribution does (anonymous direct quote, opinion, attack, cue tone).
  double sum = 0, weight_sum = 0;
  int named = 0, anonymous = 0, vague = 0, explained = 0, loaded = 0, cued = 0, own_voice = 0, no_source = 0;
  // A direct quote printed again (a pull quote the clean stage did not
  // catch, a line the writer repeats): the key of each direct attribution's
  // quoted words (repeat_key.h: letters and digits only), and how many words
  // they hold. One whose key, 20 bytes and four words or more, stands inside
  // the key of an earlier counted direct attribution of the same source (or
  // of any source, when this one has none) that it does not overlap is no
  // second claim: it stays an attribution (PolNeAR marks both copies) and
  // counts nowhere.
  std::vector<std::string> quote_keys(r.attributions.size());
  std::vector<size_t> quote_words(r.attributions.size(), 0);
  for (size_t i = 0; i < r.attributions.size(); ++i) {
    const Attribution& at = r.attributions[i];
    if (at.kind != AttributionKind::kDirect) continue;
    for (const TextRef& c : at.content) {
      std::string& key = quote_keys[i];
      const size_t at_end = key.size();
      key.resize(at_end + c.text.size());
      key.resize(at_end + RepeatKeyInto(c.text, key.data() + at_end, &quote_words[i]));
      quote_keys[i] += ' ';  // segments do not run into each other
    }
  }
  // A copy in the headline (the attribution's own flag, or a headline
  // quote inside its content) is display, never the copy that is kept.
  std::vector<bool> headline_copy(r.attributions.size(), false);
  for (const Quote& q : r.quotes) {
    if (!q.in_headline) continue;
    for (size_t j = 0; j < r.attributions.size(); ++j) {
      if (quote_keys[j].empty()) continue;
      for (const TextRef& c : r.attributions[j].content) {
        if (c.location.span.begin < q.location.span.end && q.location.span.begin < c.location.span.end) {
          headline_copy[j] = true;
        }
      }
    }
  }
  for (size_t j = 0; j < r.attributions.size(); ++j) headline_copy[j] = headline_copy[j] || r.attributions[j].in_headline;
  auto repeats_earlier = [&](size_t i) -> int {
    const std::string& key = quote_keys[i];
    if (quote_words[i] < 4 || key.size() < 20) return -1;
    const std::string_view bare = std::string_view(key).substr(0, key.size() - 1);  // the last space
    // Printed again elsewhere: no content of the earlier one overlaps this
    // one's (an attribution nested in another's words is another matter).
    auto apart = [&](const Attribution& one, const Attribution& other) {
      for (const TextRef& x : one.content) {
        for (const TextRef& y : other.content) {
          if (x.location.span.begin < y.location.span.end && y.location.span.begin < x.location.span.end) return false;
        }
      }
      return true;
    };
    // The earlier copy holds the claim only when it has a source and is no
    // headline (a headline's „…“ shows what the body's "…, Reisinger said"
    // reports: the body's stays counted); a copy given to someone else is
    // another claim.
    const int by = r.attributions[i].source_id;
    // At most the 400 attributions before it are compared, so a long
    // article stays linear.
    for (size_t j = i > 400 ? i - 400 : 0; j < i; ++j) {
      const Attribution& earlier = r.attributions[j];
      if (earlier.source_id < 1 || headline_copy[j] || (by >= 1 && by != earlier.source_id)) continue;
      if (earlier.counted && quote_keys[j].find(bare) != std::string::npos && apart(r.attributions[i], earlier)) {
        return static_cast<int>(j);
      }
    }
    return -1;
  };
  // A pull quote set as a block quotation (Markdown "> …", <blockquote>,
  // <aside>) that shows part of a quotation the body gives later, longer
  // ("“We will not close the library.” — Ana Ruiz" above "“We will not
  // close the library, not while I am mayor,” Ana Ruiz said"): the clean
  // stage masks only a copy the body holds whole, and repeats_earlier
  // only a later copy. Its key stands inside the key of a later direct
  // attribution outside a block quotation and the headline, of the same
  // source (any, when it has none), that it does not overlap (fmt42).
  auto in_block_quote = [&](const Attribution& at) {
    if (at.content.empty()) return false;
    const Block* blk = BlockAt(a, at.content.front().location.span.begin);
    return blk && blk->kind == BlockKind::kBlockQuote;
  };
  auto pull_quote_of_later = [&](size_t i) -> int {
    const std::string& key = quote_keys[i];
    if (quote_words[i] < 4 || key.size() < 20 || headline_copy[i] || !in_block_quote(r.attributions[i])) return -1;
    const std::string_view bare = std::string_view(key).substr(0, key.size() - 1);
    const int by = r.attributions[i].source_id;
    for (size_t j = i + 1; j < r.attributions.size() && j <= i + 400; ++j) {
      const Attribution& later = r.attributions[j];
      if (later.source_id < 1 || headline_copy[j] || (by >= 1 && by != later.source_id)) continue;
      if (quote_keys[j].size() <= key.size() || in_block_quote(later)) continue;
      if (quote_keys[j].find(bare) == std::string::npos) continue;
      bool apart = true;
      for (const TextRef& x : r.attributions[i].content) {
        for (const TextRef& y : later.content) {
          if (x.location.span.begin < y.location.span.end && y.location.span.begin < x.location.span.end) apart = false;
        }
      }
      if (apart) return static_cast<int>(j);
    }
    return -1;
  };
  for (size_t i = 0; i < r.attributions.size(); ++i) {
    Attribution& at = r.attributions[i];
    const AttributionFacts& af = facts.attributions[i];
    const Source* s = r.FindSource(at.source_id);
    at.reasons.clear();
    at.counted = true;
    // "We know …", "You see, …", "as I wrote": the writer's or the reader's
    // own voice (list pronouns-unresolved, never resolved outside quotes).
    // PolNeAR marks these, so they stay attributions (T0, with no source),
    // but they are no claim the newsroom left unsourced: they count in
    // neither the transparency index nor the shares.
    // An attribution that stays but counts nowhere keeps its source's level
    // and score (a question put by "officials in Beijing" is T2), T0 and 0
    // only with no source resolved: the level says who the source is, the
    // `counted: false` that nothing aggregates it (fixd38).
    auto uncounted_level = [&] {
      at.level = s ? s->level : 0;
      at.score = s ? s->score : 0.0;
      at.reasons.push_back(fmt::format("T{} score {}", at.level, LevelScoreText(at.score)));
    };
    auto not_counted = [&](const std::string& why) {
      uncounted_level();
      at.reasons.push_back(why);
      at.counted = false;
      ++own_voice;
    };
    if (!s && at.source && pack.InList("pronouns-unresolved", TokenKey(at.source->text))) {
      not_counted("the writer's or the reader's own voice (\"" + at.source->text +
                  "\"): not counted in the transparency index or the shares");
      continue;
    }
    // "No official has confirmed", "Nobody in the cabinet has said": a
    // subject that denies anyone spoke (list negated-subjects) cites nobody.
    // PolNeAR marks it, so it stays an attribution (T0, no source), but no
    // claim rests on anyone: not counted (fixa36).
    if (!s && at.source) {
      const std::string_view text = at.source->text;
      // "Everybody believes in …" after a stray mark: an indefinite pronoun
      // (list function-words, "-one" or "-body") cites nobody either (fixd38).
      // ("Everyone in Ohio", the pronoun before a place or group, is one
      // too: its first word is read; fix47.)
      const std::string key = TokenKey(text.substr(0, text.find(' ')));
      const bool indefinite = key.size() > 4 &&
                              (key.ends_with("one") || key.ends_with("body")) && pack.InList("function-words", key) &&
                              !pack.InList("anonymous-heads", key);  // "Somebody at the ministry" is someone
      const bool negated = pack.InList("negated-subjects", key);
      if (indefinite || negated) {
        not_counted(std::string(indefinite && (!negated || text.find(' ') == std::string_view::npos)
                                    ? "an indefinite pronoun, no one in particular" : "a subject that says nobody spoke") +
                    " (\"" + at.source->text + "\"): no one is cited; not counted in the transparency index or the shares");
        continue;
      }
    }
    // "a faux thriller titled ''The Day of the Donald,''": a quote that names
    // a work (its cue a word of list title-cues, no source) says nothing
    // anyone said; PolNeAR marks it, so it stays, counted nowhere (dq37).
    if (!s && !at.source && at.cue) {
      const std::string_view cue = at.cue->text;
      const size_t sp = cue.rfind(' ');
      if (pack.InList("title-cues", TokenKey(sp == std::string_view::npos ? cue : cue.substr(sp + 1)))) {
        not_counted("the name of a work (cue “" + at.cue->text +
                    "”): no one is cited; not counted in the transparency index or the shares");
        continue;
      }
    }
    // "The company is known as Acme.", "The fund, called Harbor Trust, …",
    // "a plan dubbed Project Gull": a cue that gives something its name
    // (its last words an entry of list name-giving-cues), with no source
    // resolved, reports no claim anyone made: the name is the writer's own
    // fact. PolNeAR marks the passive ones, so the attribution stays (T0,
    // no source) but counts nowhere: an article that names a company
    // neither loses nor gains transparency by it (kind54). With a source
    // ("Critics called the plan reckless") it is counted as before.
    if (!s && at.cue) {
      const std::vector<std::string> words = SpaceSeparated(at.cue->text);
      bool naming = false;
      for (size_t from = 0; from < words.size() && !naming; ++from) {
        std::string tail;
        for (size_t j = from; j < words.size(); ++j) tail += (j > from ? " " : "") + TokenKey(words[j]);
        naming = pack.InList("name-giving-cues", tail);
      }
      if (naming) {
        not_counted("a cue that gives a name (cue “" + at.cue->text +
                    "”): no one is cited; not counted in the transparency index or the shares");
        continue;
      }
    }
    // "their chants of “Ted! Ted!”": a crowd's chant or sign (cue a noun of
    // list chant-nouns and "of", no source resolved) sources no claim (dq37).
    if (!s && at.cue) {
      const std::string_view cue = at.cue->text;
      const size_t sp = cue.find(' ');
      if (sp != std::string_view::npos && cue.substr(sp + 1) == "of" &&
          pack.InList("chant-nouns", TokenKey(cue.substr(0, sp)))) {
        not_counted("a chant, call or sign (cue “" + at.cue->text +
                    "”): no claim rests on it; not counted in the transparency index or the shares");
        continue;
      }
    }
    // "The plan that Smith was talking about failed.", "stances that he has
    // since disavowed": a cue in a relative clause whose object is the
    // relative pronoun right before its source (list relative-openers or
    // content-relatives) reports nothing in its own clause; the attribution
    // stays (PolNeAR marks its cue) with no content, and, as a non-answer,
    // counts nowhere (fix47).
    if (at.content.empty() && at.kind == AttributionKind::kIndirect && ObjectMovedOut(pack, a.work, at)) {
      not_counted("a cue whose object is the relative pronoun before its source (cue “" + at.cue->text +
                  "”): nothing reported in its clause; not counted in the transparency index or the shares");
      continue;
    }
    if (af.question) {
      uncounted_level();
      at.reasons.push_back("a question or request from an unnamed asker (cue “" + at.cue->text +
                           "”): no information sourced to it; not counted in the transparency index or the shares");
      at.counted = false;
      ++own_voice;
      continue;
    }
    if (af.nested) {
      const Attribution& outer = r.attributions[static_cast<size_t>(af.outer)];
      const Source* by = r.FindSource(outer.source_id);
      uncounted_level();
      at.reasons.push_back("reported within the content of another attribution (" +
                           (by ? by->name : std::string("another source")) + ", cue “" + outer.cue->text +
                           "”): the claim rests on that source; not counted in the transparency index or the shares");
      at.counted = false;
      ++own_voice;
      continue;
    }
    if (af.citing) {
      uncounted_level();
      at.reasons.push_back("the act of citing another source (cue “" + at.cue->text +
                           "”): the claim is the cited source's attribution and the citer's own; not counted in the "
                           "transparency index or the shares");
      at.counted = false;
      ++own_voice;
      continue;
    }
    if (af.refusal || af.hedge || af.stance || af.intent || af.crowd || af.report || af.subhead) {
      uncounted_level();
      at.reasons.push_back(std::string(af.refusal ? "a refusal"
                                       : af.hedge ? "the writer's own hedge"
                                       : af.intent ? "an intention, not words reported"
                                       : af.crowd ? "a crowd's chant, cheer or shout, public and collective"
                                       : af.report ? "a headline's report that someone spoke, the article being what was said"
                                       : af.subhead ? "a subhead, display text over the body, no attribution of a claim"
                                                  : "a stance a noun names, not words reported") +
                           " (cue “" +
                           at.cue->text + "”): no information sourced to it; not counted in the transparency index or the shares");
      at.counted = false;
      ++own_voice;
      continue;
    }
    if (const int earlier = repeats_earlier(i); earlier >= 0) {
      const Attribution& first = r.attributions[static_cast<size_t>(earlier)];
      not_counted("repeats a quote already attributed" +
                  (first.cue ? " (cue “" + first.cue->text + "”)" : std::string()) +
                  ": a quote printed again is no second claim; not counted in the transparency index or the shares");
      continue;
    }
    if (const int later = pull_quote_of_later(i); later >= 0) {
      const Attribution& body = r.attributions[static_cast<size_t>(later)];
      not_counted("a pull quote of a quotation the body gives" +
                  (body.cue ? " (cue “" + body.cue->text + "”)" : std::string()) +
                  ": a quote printed again is no second claim; not counted in the transparency index or the shares");
      continue;
    }
    at.level = s ? s->level : 0;
    if (at.level == 0) ++no_source;
    double score = 0.0;
    if (s) {
      const auto& why = source_why[static_cast<size_t>(s->id) - 1];
      at.reasons.insert(at.reasons.end(), why.begin(), why.end());
      const SourceFacts& sf = facts.sources[static_cast<size_t>(s->id) - 1];
      const bool unnamed = IsUnnamed(s->kind);
      score = unnamed ? (s->specificity == Specificity::kDescribed ? kDescribedBase : kVagueBase)
                      : Band(s->level).base;
      if (unnamed) {
        // Recompute from the base so the clamping happens once, per attribution.
        score += sf.specific_reason ? pack.Weight("phrase.reason", 0.0)
                 : sf.boilerplate_reason ? pack.Weight("phrase.boilerplate-reason", 0.0)
                                         : 0.0;
        if (sf.access) score += pack.Weight("phrase.access", 0.0);
        if (sf.side) score += pack.Weight("phrase.side", 0.0);
        if (sf.bare) score -= pack.Weight("attribution.bare-source", 0.0);
        if (af.quoted && !sf.office_holder) {  // no anonymity was granted to "the mayor"
          double w = pack.Weight("attribution.anonymous-direct-quote", 0.0);
          score -= w;
          at.reasons.push_back(fmt::format("-{:.2f} attribution.anonymous-direct-quote: anonymous direct quote", w));
        }
        if (af.opinion) {
          double w = pack.Weight("phrase.opinion", 0.0);
          score -= w;
          at.reasons.push_back(fmt::format("-{:.2f} phrase.opinion: anonymous opinion or speculation", w));
        }
        if (af.attack) {
          double w = pack.Weight("phrase.attack", 0.0);
          score -= w;
          at.reasons.push_back(fmt::format("-{:.2f} phrase.attack: anonymous personal attack", w));
        }
        for (const auto& e : af.evidence) at.reasons.push_back(e);
      }
    } else {
      at.reasons.push_back("T0: no source");
    }
    if (at.level > 0 && at.cue_tone != CueTone::kNeutral) {
      const char* id = at.cue_tone == CueTone::kLoaded ? "attribution.loaded-cue" : "attribution.non-speech-cue";
      double w = pack.Weight(id, 0.0);
      score -= w;
      at.reasons.push_back(fmt::format("-{:.2f} {}: cue “{}” is {}", w, id, at.cue ? CueForDisplay(at.cue->text) : "",
                                       CueToneName(at.cue_tone)));
    }
    const LevelBand& band = Band(at.level);
    at.score = std::clamp(score, band.low, band.high);
    at.reasons.insert(at.reasons.begin(), fmt::format("T{} score {}", at.level, LevelScoreText(at.score)));
    bool lede = at.in_lede || at.in_headline;
    if (lede) at.reasons.push_back("in the lede: counted twice in the transparency index");
    double wgt = lede ? kLedeWeight : 1.0;
    sum += at.score * wgt;
    weight_sum += wgt;
    if (at.level >= 4) ++named;
    if (at.level >= 1 && at.level <= 3) ++anonymous;
    if (at.level == 1) ++vague;
    if (s && IsUnnamed(s->kind) && s->reason_given) ++explained;
    if (at.cue) ++cued;
    if (at.cue && at.cue_tone == CueTone::kLoaded) ++loaded;
  }
  ArticleScore& sc = r.score;
  int n = static_cast<int>(r.attributions.size()) - own_voice;
  sc = ArticleScore{};
  sc.attributions = n;
  sc.no_source = no_source;
  for (const auto& q : r.quotes) {
    if (q.unattributed()) {
      ++sc.unattributed_quotes;
      // A quote held by an attribution with no source ("“…,” he said" with
      // no "he" in reach) is that T0 attribution, already counted above.
      if (q.attribution >= 0 && q.attribution < static_cast<int>(r.attributions.size()) &&
          !r.FindSource(r.attributions[static_cast<size_t>(q.attribution)].source_id)) {
        continue;
      }
      // An unattributed quote is a T0 attribution (score 0), twice in the lede,
      // and one with no source in the shares (design §4: T0 is an
      // unattributed quote or claim), whether or not the attribute stage
      // made an attribution of it: one quote alone in its paragraph and
      // three in one paragraph give the same shares (fixa40).
      const Block* b = BlockAt(a, q.with_marks.begin);
      bool lede = q.in_headline || (b && b->lede);
      weight_sum += lede ? kLedeWeight : 1.0;
      ++n;
      ++sc.attributions;
      ++sc.no_source;
    }
  }
  // The weighted mean of scores such as 0.35 and 0.05 lands a rounding error
  // off the decimal it stands for (0.19999999999999998 for 1/5), which a
  // configured minimum of 0.2 would flag. Scores carry at most a few decimals,
  // so snapping to 1e-12 gives back the decimal and changes nothing else.
  sc.transparency_index = weight_sum > 0 ? std::round(sum / weight_sum * 1e12) / 1e12 : 0.0;
  sc.named_share = n ? static_cast<double>(named) / n : 0.0;
  sc.anonymous_share = n ? static_cast<double>(anonymous) / n : 0.0;
  sc.vague_share = n ? static_cast<double>(vague) / n : 0.0;
  sc.anonymity_explained = anonymous ? static_cast<double>(explained) / anonymous : 0.0;
  sc.loaded_cue_rate = cued ? static_cast<double>(loaded) / cued : 0.0;
  sc.distinct_sources = static_cast<int>(r.sources.size());
  for (const auto& s : r.sources) {
    if (s.level == 5) ++sc.fully_identified_sources;
  }
  sc.outreach = !facts.outreach.empty();
}

}  // namespace onrecord
