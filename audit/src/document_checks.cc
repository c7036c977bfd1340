// Document-wide checks named by `document` rules (docs/rules.md): findings
// that need more than one attribution, or the whole text, to decide.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "findings.h"
#include "ascii.h"
#include "quote_marks.h"

namespace onrecord {

namespace {

bool IsUnnamed(SourceKind k) { return k == SourceKind::kAnonymous || k == SourceKind::kDescribed; }

// An unnamed source that is not the holder of a sole office ("the mayor").
bool Anonymous(const Source& s, const ArticleFacts& facts) {
  return IsUnnamed(s.kind) && !facts.sources[static_cast<size_t>(s.id) - 1].office_holder;
}

// Words of `text`: runs of letters, digits, apostrophes and hyphens; a
// trailing possessive ('s, ’s) is dropped.
std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> out;
  std::string w;
  auto flush = [&] {
    for (const char* pos : {"'s", "\xE2\x80\x99s"}) {
      std::string_view p(pos);
      if (w.size() > p.size() && w.compare(w.size() - p.size(), p.size(), p) == 0) w.resize(w.size() - p.size());
    }
    if (!w.empty()) out.push_back(w);
    w.clear();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    bool word = c >= 0x80 || std::isalnum(c) || c == '\'' || c == '-';
    // U+2019 is an apostrophe inside a word, a closing mark elsewhere.
    if (word) w += static_cast<char>(c);
    else flush();
  }
  flush();
  return out;
}

bool Capitalized(const std::string& w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

// The proper-name words that identify a party ("Corvath", "Fisheries"),
// without generic organisation nouns, titles and function words.
std::set<std::string> PartyWords(const LanguagePack& pack, std::string_view text) {
  std::set<std::string> out;
  for (const auto& w : Words(text)) {
    if (!Capitalized(w) || w.size() < 4) continue;
    std::string low = AsciiLower(w);
    if (pack.InList("organization-heads", low) || pack.InList("function-words", low) ||
        pack.InList("determiners", low) || pack.InList("titles", low) ||
        pack.InList("anonymous-heads", low) || pack.InList("role-nouns", low)) {
      continue;
    }
    out.insert(w);
  }
  return out;
}

// "Corvath" and "Corvathi" name the same party; "China" and "Chinese" are
// left apart (a prefix of at least four letters, at most three more).
bool SameParty(const std::string& x, const std::string& y) {
  const std::string& a = x.size() <= y.size() ? x : y;
  const std::string& b = x.size() <= y.size() ? y : x;
  return a.size() >= 4 && b.size() - a.size() <= 3 && b.compare(0, a.size(), a) == 0;
}

// The words of a plural head's singular ("sources" -> "source") from head-pairs.
std::map<std::string, std::string> SingularOf(const LanguagePack& pack) {
  std::map<std::string, std::string> out;
  for (const auto& entry : pack.List("head-pairs")) {
    size_t colon = entry.find(':');
    if (colon == std::string::npos) continue;
    out[AsciiLower(entry.substr(colon + 1))] = AsciiLower(entry.substr(0, colon));
  }
  return out;
}

void LedeOnlyAnonymous(const FindingRule& rule, const AuditResult& r, const ArticleFacts& facts,
                       std::vector<Finding>* out) {
  int lede = 0, unnamed = 0;
  Span first{};
  for (size_t i = 0; i < r.attributions.size(); ++i) {
    const Attribution& at = r.attributions[i];
    if (!at.in_lede && !at.in_headline) continue;
    if (facts.attributions[i].SourcesNothing()) continue;  // a reporter's question sources nothing
    const Source* s = r.FindSource(at.source_id);
    ++lede;
    if (s && Anonymous(*s, facts)) {
      if (unnamed == 0 && at.source) first = at.source->location.span;
      ++unnamed;
    }
  }
  if (lede > 0 && lede == unnamed) out->push_back(MakeFinding(rule, first));
}

// The lede (and headline) rest on one unnamed source that is one person.
void SingleAnonymousCore(const FindingRule& rule, const AuditResult& r, const ArticleFacts& facts,
                         std::vector<Finding>* out) {
  std::set<int> ids;
  bool all_unnamed = true;
  Span first{};
  for (size_t i = 0; i < r.attributions.size(); ++i) {
    const Attribution& at = r.attributions[i];
    if (!at.in_lede && !at.in_headline) continue;
    if (facts.attributions[i].SourcesNothing()) continue;
    const Source* s = r.FindSource(at.source_id);
    if (!s || !Anonymous(*s, facts)) {
      all_unnamed = false;
      break;
    }
    if (ids.empty() && at.source) first = at.source->location.span;
    ids.insert(s->id);
  }
  if (!all_unnamed || ids.size() != 1) return;
  const Source* s = r.FindSource(*ids.begin());
  if (s->plural) return;
  out->push_back(MakeFinding(rule, first));
}

// "sources said" … "the source said": a plural description later referred
// to as one person, with no singular one ("a source") introduced between.
void PluralisedSingleSource(const Analysis& a, const FindingRule& rule, const AuditResult& r,
                            std::vector<Finding>* out) {
  if (r.anonymous_sources.empty()) return;  // nothing to check: the map of singulars is not built
  const LanguagePack& pack = *a.pack;
  auto singular_of = SingularOf(pack);
  std::map<std::string, Span> plural_at;   // singular head -> first plural mention
  std::set<std::string> introduced;        // singular heads introduced indefinitely
  std::set<std::string> reported;
  for (const auto& an : r.anonymous_sources) {
    auto words = Words(AsciiLower(an.phrase));
    if (words.empty()) continue;
    // The head: the last word before a postmodifier, else the last word.
    std::string head;
    for (const auto& w : words) {
      if (pack.InList("postmodifier-openers", w) && !head.empty()) break;
      head = w;
    }
    if (auto it = singular_of.find(head); it != singular_of.end()) {
      if (!plural_at.count(it->second)) plural_at[it->second] = an.location.span;
      continue;
    }
    bool definite = words.size() >= 2 && pack.InList("definite-determiners", words[0]) && words[1] == head;
    if (!definite) {
      introduced.insert(head);
      continue;
    }
    auto p = plural_at.find(head);
    if (p != plural_at.end() && !introduced.count(head) && !reported.count(head)) {
      reported.insert(head);
      out->push_back(MakeFinding(rule, p->second));
    }
  }
}

// A party reported as declining to comment (or not responding) that the
// article also quotes through an unnamed source tied to it (AP).
void DeclinedAndAnonymous(const Analysis& a, const ArticleFacts& facts, const FindingRule& rule,
                          const AuditResult& r, std::vector<Finding>* out) {
  const LanguagePack& pack = *a.pack;
  // Unnamed sources with an attribution that sources something (the
  // refusal itself, "A spokesman … declined to comment", sources nothing).
  std::set<int> informing;
  for (size_t i = 0; i < r.attributions.size() && i < facts.attributions.size(); ++i) {
    if (!facts.attributions[i].SourcesNothing()) informing.insert(r.attributions[i].source_id);
  }
  // The unnamed mentions as written, by source (one pass, not one per source).
  std::map<int, std::string> phrases;
  for (const auto& an : r.anonymous_sources) phrases[an.source_id] += " " + an.phrase;
  // The party words of every such source: the question below is whether
  // any of them is the same party as a word before an outreach phrase.
  std::set<std::string> unnamed;
  for (const auto& s : r.sources) {
    if (!Anonymous(s, facts) || s.attributions == 0 || informing.count(s.id) == 0) continue;
    // Its unnamed mentions as written, else its name: a joint source's name
    // holds its named members ("Ruiz and her supporters"), who are no
    // anonymous part of it (fu37b).
    const auto own = phrases.find(s.id);
    std::string text = own != phrases.end() ? own->second : s.name;
    for (const auto& role : s.roles) text += " " + role;
    auto words = PartyWords(pack, text);
    unnamed.insert(words.begin(), words.end());
  }
  if (unnamed.empty()) return;
  // SameParty(pw, sw) for some sw in `unnamed`, by look-ups: sw a prefix of
  // pw at most three bytes shorter, or pw a prefix of sw.
  auto same_party = [&](const std::string& pw) {
    for (size_t cut = 0; cut <= 3 && cut < pw.size(); ++cut) {
      const auto it = unnamed.find(pw.substr(0, pw.size() - cut));
      if (it != unnamed.end() && SameParty(pw, *it)) return true;
    }
    for (auto it = unnamed.lower_bound(pw); it != unnamed.end() && it->compare(0, pw.size(), pw) == 0; ++it) {
      if (SameParty(pw, *it)) return true;
    }
    return false;
  };
  for (const auto& hit : facts.outreach) {
    // The party: the clause before the outreach phrase, in its sentence
    // (the last sentence that holds it; sentences are in text order).
    size_t begin = hit.span.begin;
    auto next = std::upper_bound(a.sentences.begin(), a.sentences.end(), hit.span.begin,
                                 [](size_t at, const Sentence& sent) { return at < sent.span.begin; });
    for (auto k = next; k != a.sentences.begin();) {
      --k;
      if (k->span.Contains(hit.span.begin)) {
        begin = k->span.begin;
        break;
      }
      if (k->span.end <= hit.span.begin) break;
    }
    auto party = PartyWords(pack, std::string_view(a.text).substr(begin, hit.span.begin - begin));
    bool same = false;
    for (const auto& pw : party) same = same || same_party(pw);
    if (same) {
      out->push_back(MakeFinding(rule, Span{begin, hit.span.end}));
      return;  // once per article
    }
  }
}

// The length of the quote mark at `at`: one code point, or two for '' and ``.
size_t MarkLength(const std::string& t, size_t at) {
  if (at + 1 < t.size() && (t[at] == '\'' || t[at] == '`') && t[at + 1] == t[at]) return 2;
  size_t len = 1;
  while (at + len < t.size() && (static_cast<unsigned char>(t[at + len]) & 0xC0) == 0x80) ++len;
  return len;
}

// Where the curly double marks stop pairing when read in order: the first
// closing ” with nothing open (a paragraph that starts "” …"), else the
// first opening mark nothing closes; SIZE_MAX when they pair. “ opens, or
// closes a German „ left open; ” closes either.
size_t FirstUnpairedCurlyMark(const std::string& t) {
  static constexpr std::string_view kLeft = "\xE2\x80\x9C", kRight = "\xE2\x80\x9D", kLow9 = "\xE2\x80\x9E";
  std::vector<std::pair<size_t, bool>> open;  // position, low-9
  for (size_t p = t.find("\xE2\x80"); p != std::string::npos; p = t.find("\xE2\x80", p + 1)) {
    const std::string_view mark = std::string_view(t).substr(p, 3);
    if (mark == kLow9) {
      open.emplace_back(p, true);
    } else if (mark == kLeft) {
      if (!open.empty() && open.back().second) {
        open.pop_back();
      } else {
        open.emplace_back(p, false);
      }
    } else if (mark == kRight) {
      if (InchMarkAt(t, 0, p)) continue;  // "6’2”": a height, no mark
      if (open.empty()) return p;
      open.pop_back();
    }
  }
  return open.empty() ? SIZE_MAX : open.front().first;
}

// Curly double marks, guillemets and low-9 marks must pair up; a quote the
// quote stage had to close at the paragraph's end is unbalanced too.
void UnbalancedQuoteMarks(const Analysis& a, const FindingRule& rule, std::vector<Finding>* out) {
  const auto& qs = a.quote_spans;
  for (size_t i = 0; i < qs.size(); ++i) {
    const QuoteSpan& q = qs[i];
    if (!q.unclosed) continue;
    // Left open because the next paragraph reopens it (the convention for
    // a quote that runs on): not unbalanced.
    size_t n = i + 1;
    while (n < qs.size() && qs[n].level != 1) ++n;
    if (q.level == 1 && n < qs.size() && qs[n].continues) continue;
    out->push_back(MakeFinding(rule, Span{q.outer.begin, q.outer.begin + q.open_mark.size()}));
    return;
  }
  const std::string& t = a.work;
  // An inch mark in a height ("6’2”", "5'11\"") is no quote mark: the
  // quote stage skips it (InchMarkAt), and so does the count.
  auto count = [&](std::string_view m) {
    size_t n = 0;
    for (size_t p = t.find(m); p != std::string::npos; p = t.find(m, p + m.size())) {
      if ((m == "\xE2\x80\x9D" || m == "\"") && InchMarkAt(t, 0, p)) continue;
      ++n;
    }
    return n;
  };
  // “…” pairs U+201C with U+201D; German „…“ pairs U+201E with U+201C.
  size_t left = count("\xE2\x80\x9C"), right = count("\xE2\x80\x9D"), low9 = count("\xE2\x80\x9E");
  size_t open_guillemets = count("\xC2\xAB"), close_guillemets = count("\xC2\xBB"), straight = count("\"");
  // A quote that runs on into the next paragraph is left open at its
  // paragraph's end, and the next paragraph reopens it (AP style, and the
  // rule in most languages): each reopening stands for a closing mark the
  // convention leaves out.
  for (const auto& q : a.quote_spans) {
    if (!q.continues) continue;
    if (q.open_mark == "\xE2\x80\x9C") ++right;
    else if (q.open_mark == "\xE2\x80\x9E") ++left;
    else if (q.open_mark == "\xC2\xAB") ++close_guillemets;
    // Spanish reopens a «…» quote with a » (comillas de seguir): that mark
    // stands for an opening one.
    else if (q.open_mark == "\xC2\xBB") ++open_guillemets;
    else if (q.open_mark == "\"") ++straight;
  }
  bool curly_ok = low9 <= left && left - low9 == right;
  bool guillemets_ok = open_guillemets == close_guillemets;
  bool straight_ok = straight % 2 == 0;
  if (!curly_ok || !guillemets_ok || !straight_ok) {
    // At the first mark that pairs with nothing; at the article's start
    // only when the pairing found none (counts of marks that pair across
    // kinds, such as „…“, can be off with every mark paired).
    const size_t at = a.first_stray_mark != SIZE_MAX ? a.first_stray_mark : FirstUnpairedCurlyMark(t);
    out->push_back(MakeFinding(rule, at == SIZE_MAX ? Span{0, 0} : Span{at, at + MarkLength(t, at)}));
  }
}

// Whether quote `q` is an HTML <q> or Markdown inline quote, whose marks
// onrecord wrote in the marks of the element's language: the author typed
// no style there.
bool FromQuoteMarkup(const Analysis& a, const QuoteSpan& q) {
  if (a.extracted.inline_quotes.empty()) return false;
  Span s = q.inner;
  for (const auto& m : a.norm_maps) s = m.ToBase(s);
  for (const Span& iq : a.extracted.inline_quotes) {
    if (iq.begin == s.begin && iq.end == s.end) return true;
  }
  return false;
}

// Whether quote `q` runs on inside a sentence ("aseguró que \"la decisión
// ya está tomada\""): text of its paragraph stands before the mark, and that
// text does not end a sentence or open a quotation with a colon or a dash.
bool RunsOnInSentence(const Analysis& a, const QuoteSpan& q) {
  const std::string& t = a.work;
  size_t i = std::min(q.outer.begin, t.size());
  while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t')) --i;
  if (i == 0) return false;
  const char c = t[i - 1];
  if (c == '\n' || c == '.' || c == ':' || c == '!' || c == '?') return false;
  // A dash (— –) or a closing guillemet before the mark: a new quotation.
  if (i >= 2 && t.compare(i - 2, 2, "\xC2\xBB") == 0) return false;
  if (i >= 3 && (t.compare(i - 3, 3, "\xE2\x80\x94") == 0 || t.compare(i - 3, 3, "\xE2\x80\x93") == 0)) {
    return false;
  }
  return true;
}

// Languages whose press quotes with « » and marks a quotation inside a
// sentence of its own with “ ” or " " (RAE's comillas, Italian press style):
// there the two are one house style, not a mix.
bool GuillemetsOuterCurlyInner(const std::string& language) { return language == "es" || language == "it"; }

// More than one style of outermost quote marks in one article.
void MixedQuoteStyles(const Analysis& a, const FindingRule& rule, std::vector<Finding>* out) {
  std::map<std::string, Span> styles;  // style -> first quote in it
  // Spanish and Italian: “ ” or " " quotes run on inside a sentence, kept
  // apart; they are a second style only when the article has no « ».
  std::map<std::string, Span> run_on;
  const bool inner_style = GuillemetsOuterCurlyInner(a.language);
  for (const auto& q : a.quote_spans) {
    if (q.level != 1) continue;
    if (FromQuoteMarkup(a, q)) continue;
    // A quote opened by no mark of its own has no style: the second part of
    // a quote split at the writer's words («…, — сказал он. — …»), speech
    // after a dialogue dash, a block quotation.
    if (q.open_mark.empty() || q.open_mark == "\xE2\x80\x94" || q.open_mark == "\xE2\x80\x93" ||
        q.open_mark == "\xE2\x80\x95") {
      continue;
    }
    std::string style = q.open_mark == "\"" ? "straight"
                        : q.open_mark == "\xC2\xAB" || q.open_mark == "\xC2\xBB" ? "guillemets"
                        : q.open_mark == "\xE2\x80\x9E" ? "low-9"
                        : q.open_mark == "\xE2\x80\x98" || q.open_mark == "'" ? "single"
                                                                            : "curly";
    if (inner_style && (style == "curly" || style == "straight") && RunsOnInSentence(a, q)) {
      run_on.emplace(style, q.outer);
      continue;
    }
    styles.emplace(style, q.outer);
  }
  if (!styles.contains("guillemets")) {
    for (const auto& [style, span] : run_on) {
      auto [it, added] = styles.emplace(style, span);
      if (!added && span.begin < it->second.begin) it->second = span;
    }
  }
  // Single marks are the level-2 style or a headline's; they do not mix.
  styles.erase("single");
  if (styles.size() > 1) {
    Span second{};
    for (const auto& [style, span] : styles) {
      if (second.empty() || span.begin > second.begin) second = span;
    }
    out->push_back(MakeFinding(rule, second));
  }
}

}  // namespace

void RunDocumentCheck(const Analysis& a, const ArticleFacts& facts, const FindingRule& rule,
                      AuditResult& r, std::vector<Finding>* out) {
  const std::string& check = rule.check;
  if (check == "lede-only-anonymous") {
    LedeOnlyAnonymous(rule, r, facts, out);
  } else if (check == "single-anonymous-core") {
    SingleAnonymousCore(rule, r, facts, out);
  } else if (check == "pluralised-single-source") {
    PluralisedSingleSource(a, rule, r, out);
  } else if (check == "declined-and-anonymous") {
    DeclinedAndAnonymous(a, facts, rule, r, out);
  } else if (check == "unbalanced-quote-marks") {
    UnbalancedQuoteMarks(a, rule, out);
  } else if (check == "mixed-quote-styles") {
    MixedQuoteStyles(a, rule, out);
  } else if (check == "outlet-as-source") {
    for (const auto& hit : facts.outlet) out->push_back(MakeFinding(rule, hit.span));
  }
}

}  // namespace onrecord
