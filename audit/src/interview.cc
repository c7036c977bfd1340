// Question-and-answer interviews (issue #4): "Q: …" / "A: …" paragraphs.
//
// An interview printed as questions and answers gives the answers no cue
// and no source in the words: the label says who speaks. Read after the
// attribute stage, a block of labelled paragraphs becomes one attribution
// per answer (source the answer's label as written, cue the label's colon
// or period, content the answer through its unlabelled continuation
// paragraphs, as PolNeAR marks it where it marks labels at all), credited
// to the interviewee the lead-in names. Inside an answer, "I" is the
// interviewee, other attributions are the interviewee's account (nested:
// counted nowhere, and no anonymous source of the article), and a quote is
// the interviewee's speech; inside a question, "you" is the interviewee.
// The questions themselves are no attribution: the interviewer is no source.
//
// The labels are word lists of each language pack (interview-question-labels,
// interview-answer-labels; docs/rules.md). A block needs a question label
// followed by an answer label, twice, or once with colons: a list "A: first
// point" (no question) or "A. Smith said" (no "Q." before it) is no block.
// And it needs an interviewee: a lead-in that says "interview", or questions
// that say "you" and answers that say "I" (an explainer's "Q: What is …?
// A: It is …" and a reader's FAQ are no one's).

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "analysis.h"
#include "attribute.h"

namespace onrecord {
namespace {

enum class LabelKind { kNone, kQuestion, kAnswer };

struct Label {
  LabelKind kind = LabelKind::kNone;
  Span label;  // the label word ("Q", "Antwort")
  Span cue;    // its colon or period; empty when glued ("QWhy …")
  size_t content_begin = 0;
  bool colon = false;
};

bool AsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool AsciiLower(char c) { return c >= 'a' && c <= 'z'; }
bool LetterByte(unsigned char c) { return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80; }

// Whitespace at `p` (a space, a tab, U+00A0 or U+202F): its length in bytes, 0 if none.
size_t SpaceAt(std::string_view t, size_t p) {
  if (p >= t.size()) return 0;
  if (t[p] == ' ' || t[p] == '\t') return 1;
  if (t.compare(p, 2, "\xC2\xA0") == 0) return 2;
  if (t.compare(p, 3, "\xE2\x80\xAF") == 0) return 3;
  return 0;
}

// The label that opens the block `b` of `text`, if any: a listed word, an
// optional space (French "Q :"), a colon or a period (a period only after a
// one-letter label: "Q. Why …", "A. Yes"), then a space. A one-letter
// question label glued to the next capitalized word ("QWhy …", bold markup
// lost) counts too; the block test below confirms it by the answers.
Label ReadLabel(const LanguagePack& pack, std::string_view text, Span b) {
  Label out;
  const std::string_view t = text.substr(0, b.end);
  size_t p = b.begin;
  while (SpaceAt(t, p)) p += SpaceAt(t, p);
  size_t e = p;
  while (e < t.size() && LetterByte(static_cast<unsigned char>(t[e]))) ++e;
  if (e == p || e - p > 24) return out;
  const std::string key = TokenKey(t.substr(p, e - p));
  size_t q = e;
  if (size_t s = SpaceAt(t, q); s && q + s < t.size() && t[q + s] == ':') q += s;
  if (q < t.size() && (t[q] == ':' || (t[q] == '.' && e - p == 1))) {
    const bool colon = t[q] == ':';
    const size_t after = q + 1;
    if (after >= t.size() || !SpaceAt(t, after)) return out;
    LabelKind kind = LabelKind::kNone;
    if (pack.InList("interview-question-labels", key))
      kind = LabelKind::kQuestion;
    else if (pack.InList("interview-answer-labels", key))
      kind = LabelKind::kAnswer;
    if (kind == LabelKind::kNone) return out;
    size_t c = after;
    while (SpaceAt(t, c)) c += SpaceAt(t, c);
    if (c >= t.size()) return out;
    out.kind = kind;
    out.label = Span{p, e};
    out.cue = Span{q, q + 1};
    out.content_begin = c;
    out.colon = colon;
    return out;
  }
  if (e - p >= 3 && AsciiUpper(t[p]) && AsciiUpper(t[p + 1]) && AsciiLower(t[p + 2]) &&
      pack.InList("interview-question-labels", TokenKey(t.substr(p, 1)))) {
    out.kind = LabelKind::kQuestion;
    out.label = Span{p, p + 1};
    out.cue = Span{p + 1, p + 1};
    out.content_begin = p + 1;
  }
  return out;
}

// The end of `b` without trailing spaces, and without one final period
// (PolNeAR's contents leave a sentence's last period out; "?" and "!" stay).
size_t ContentEnd(std::string_view text, size_t begin, size_t end) {
  while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\n' || text[end - 1] == '\t')) --end;
  if (end > begin && text[end - 1] == '.' && !(end >= begin + 3 && text.compare(end - 3, 3, "...") == 0)) --end;
  return end;
}

// The role the lead-in gives the interviewee whose name is the run of
// tokens [first, last] (role40): an apposition after the name, set off by a
// comma and closed by a comma, a period or the lead-in's end, opened by
// "a", "an", "the" or a possessive pronoun, of at most eight words with no
// verb of list past-forms, copulas or cue-auxiliaries, whose last word is a
// person's noun (lists role-nouns, titles, person-heads, anonymous-heads,
// or a lower-case word ending in -er, -or, -ist or -ian): "We spoke to Ana
// Lima, the city's chief planner." gives "city's chief planner" (the article
// left out, as for any role); else the capitalized words of the run before
// the name's two when the last of them is a title or a role noun ("Harbor
// Commissioner Ana Ruiz" gives "Harbor Commissioner"). Empty when there is
// none.
std::string LeadInRole(const Analysis& a, size_t lead_end, size_t first, size_t last) {
  const LanguagePack& pack = *a.pack;
  const std::string_view text(a.text);
  auto key = [&](size_t k) { return TokenKey(text.substr(a.tokens[k].span.begin, a.tokens[k].span.size())); };
  auto is_word = [&](size_t k) {
    return k < a.tokens.size() && a.tokens[k].type == TokenType::kWord && !a.tokens[k].in_quote &&
           a.tokens[k].span.begin < lead_end;
  };
  auto punct = [&](size_t k, std::string_view p) {
    return k < a.tokens.size() && a.tokens[k].type != TokenType::kWord &&
           text.substr(a.tokens[k].span.begin, a.tokens[k].span.size()) == p;
  };
  auto person_noun = [&](size_t k) {
    const std::string w = key(k);
    if (pack.InList("role-nouns", w) || pack.InList("titles", w) || pack.InList("person-heads", w) ||
        pack.InList("anonymous-heads", w)) {
      return true;
    }
    if (a.tokens[k].capitalized || w.size() < 5) return false;
    for (std::string_view e : {"er", "or", "ist", "ian"}) {
      if (w.size() > e.size() && w.compare(w.size() - e.size(), e.size(), e) == 0) return true;
    }
    return false;
  };
  const size_t c = last + 1;
  if (punct(c, ",") && is_word(c + 1) && a.tokens[c + 1].sentence == a.tokens[last].sentence) {
    const std::string opener = key(c + 1);
    const bool article = opener == "a" || opener == "an" || opener == "the";
    if (article || pack.InList("possessive-pronouns", opener)) {
      size_t e = c + 2;
      bool verb = false;
      while (e < a.tokens.size() && e < c + 10 && is_word(e) && a.tokens[e].sentence == a.tokens[last].sentence) {
        const std::string w = key(e);
        verb = verb || pack.InList("past-forms", w) || pack.InList("copulas", w) || pack.InList("cue-auxiliaries", w) ||
               pack.InList("relative-openers", w);
        ++e;
      }
      const bool closed = e >= a.tokens.size() || a.tokens[e].span.begin >= lead_end ||
                          a.tokens[e].sentence != a.tokens[last].sentence || punct(e, ",") || punct(e, ".");
      if (closed && !verb && e > c + 2 && person_noun(e - 1)) {
        const size_t b = article ? c + 2 : c + 1;
        return std::string(text.substr(a.tokens[b].span.begin, a.tokens[e - 1].span.end - a.tokens[b].span.begin));
      }
    }
  }
  auto title = [&](size_t t) {
    return is_word(t) && a.tokens[t].capitalized && (pack.InList("titles", key(t)) || pack.InList("role-nouns", key(t)));
  };
  // (A title the run left out, "Commissioner" of list titles, stands right
  // before it; capitalized words before that one are the title's too.)
  size_t t = SIZE_MAX;
  if (last >= first + 2 && title(last - 2)) {
    t = last - 2;
  } else if (first > 0 && title(first - 1) && a.tokens[first - 1].sentence == a.tokens[first].sentence) {
    t = first - 1;
  }
  if (t == SIZE_MAX) return "";
  size_t b = std::min(first, t);
  while (b > 0 && is_word(b - 1) && a.tokens[b - 1].capitalized && a.tokens[b - 1].sentence == a.tokens[t].sentence &&
         !pack.InList("function-words", key(b - 1)) && !pack.InList("determiners", key(b - 1)) &&
         !pack.InList("pronouns", key(b - 1)) && !pack.InList("interviewer-nouns", key(b - 1))) {
    --b;
  }
  return std::string(text.substr(a.tokens[b].span.begin, a.tokens[t].span.end - a.tokens[b].span.begin));
}

// The interviewee: among the names the lead-in gives (runs of two or more
// capitalized words, the last two taken: "Vice President Joe Biden" gives
// "Joe Biden"), one whose first word is a listed given name, else the one
// whose surname the lead-in uses most; the first on a tie. Empty when the
// lead-in names nobody.
std::string Interviewee(const Analysis& a, size_t lead_end, std::string* surname, std::string* role) {
  const LanguagePack& pack = *a.pack;
  struct Candidate {
    std::string name, last;
    size_t order;
    size_t first_token, last_token;  // the run that gives the name
  };
  std::vector<Candidate> found;
  auto word = [&](size_t k) {
    return std::string_view(a.text).substr(a.tokens[k].span.begin, a.tokens[k].span.size());
  };
  auto name_word = [&](size_t k) {
    const Token& tk = a.tokens[k];
    if (tk.type != TokenType::kWord || !tk.capitalized || tk.in_quote) return false;
    const std::string key = TokenKey(word(k));
    if (key.size() < 2 || pack.InList("function-words", key) || pack.InList("titles", key) ||
        pack.InList("honorifics", key) || pack.InList("pronouns", key) || pack.InList("determiners", key)) {
      return false;
    }
    // "QThere's", "USA": a word in capitals or with a capital inside is no name.
    const std::string_view w = word(k);
    return std::none_of(w.begin() + 1, w.end(), [](char c) { return AsciiUpper(c); });
  };
  size_t k = 0;
  while (k < a.tokens.size() && a.tokens[k].span.begin < lead_end) {
    if (!name_word(k)) {
      ++k;
      continue;
    }
    size_t last = k;
    while (last + 1 < a.tokens.size() && a.tokens[last + 1].span.begin < lead_end && name_word(last + 1) &&
           a.tokens[last + 1].span.begin == a.tokens[last].span.end + 1 && a.text[a.tokens[last].span.end] == ' ') {
      ++last;
    }
    // "Reporter Jane Smith", "senior writer Glenn Thrush": a name after a
    // noun of list interviewer-nouns is the one asking (the word before the
    // run, or a word of the run before the name's two words).
    bool interviewer = k > 0 && a.tokens[k - 1].type == TokenType::kWord &&
                       pack.InList("interviewer-nouns", TokenKey(word(k - 1)));
    for (size_t i = k; i + 1 < last && !interviewer; ++i) {
      interviewer = pack.InList("interviewer-nouns", TokenKey(word(i)));
    }
    if (last > k && !interviewer) {
      found.push_back({std::string(word(last - 1)) + " " + std::string(word(last)), std::string(word(last)),
                       found.size(), k, last});
    }
    k = last + 1;
  }
  if (found.empty()) return "";
  std::map<std::string, int> uses;
  for (const auto& c : found) uses[c.last] = 0;
  for (size_t i = 0; i < a.tokens.size() && a.tokens[i].span.begin < lead_end; ++i) {
    if (a.tokens[i].type != TokenType::kWord) continue;
    if (auto it = uses.find(std::string(word(i))); it != uses.end()) ++it->second;
  }
  // A listed given name first ("Joe Biden" over "White House"), then the
  // surname the lead-in uses most.
  auto given = [&](const Candidate& c) {
    const std::string first = TokenKey(std::string_view(c.name).substr(0, c.name.find(' ')));
    return pack.InList("given-names", first + ":m") || pack.InList("given-names", first + ":f");
  };
  const Candidate* best = &found.front();
  for (const auto& c : found) {
    if (std::pair(given(c), uses[c.last]) > std::pair(given(*best), uses[best->last])) best = &c;
  }
  *surname = best->last;
  if (role) *role = LeadInRole(a, lead_end, best->first_token, best->last_token);
  return best->name;
}

}  // namespace

void AttributeInterviews(const Analysis& a, AuditResult& r) {
  if (!a.pack || a.blocks.empty()) return;
  const LanguagePack& pack = *a.pack;
  // The labelled paragraphs, in order (headlines and masked blocks are skipped).
  struct Labelled {
    size_t block;
    Label label;
  };
  std::vector<size_t> body;
  for (size_t i = 0; i < a.blocks.size(); ++i) {
    if (!a.blocks[i].masked && a.blocks[i].kind != BlockKind::kHeadline) body.push_back(i);
  }
  std::vector<Label> labels(body.size());
  for (size_t j = 0; j < body.size(); ++j) labels[j] = ReadLabel(pack, a.text, a.blocks[body[j]].span);
  // Question → answer pairs: the next body block after a question is an answer.
  int pairs = 0, colon_pairs = 0;
  for (size_t j = 0; j + 1 < body.size(); ++j) {
    if (labels[j].kind == LabelKind::kQuestion && labels[j + 1].kind == LabelKind::kAnswer) {
      ++pairs;
      if (labels[j].colon && labels[j + 1].colon) ++colon_pairs;
    }
  }
  if (pairs < 2 && colon_pairs < 1) return;
  // A label that no pair confirms (an answer after no question, a glued
  // "Q" with no answer after it) stays a label only inside the block.
  size_t first = body.size(), last_answer = 0;
  for (size_t j = 0; j < body.size(); ++j) {
    if (labels[j].kind == LabelKind::kNone) continue;
    first = std::min(first, j);
    if (labels[j].kind == LabelKind::kAnswer) last_answer = j;
  }
  if (first >= body.size()) return;

  // The answers' spans, and the questions'.
  std::vector<Span> answers, questions;
  std::vector<size_t> answer_label;
  for (size_t j = first; j < body.size(); ++j) {
    if (labels[j].kind == LabelKind::kNone) continue;
    size_t end_j = j;
    // Unlabelled paragraphs after an answer go on with it, up to the next
    // label; after the last answer, none (a closing note is no answer).
    if (labels[j].kind == LabelKind::kAnswer && j < last_answer) {
      while (end_j + 1 < body.size() && labels[end_j + 1].kind == LabelKind::kNone) ++end_j;
    }
    const Span s{labels[j].content_begin, ContentEnd(a.text, labels[j].content_begin, a.blocks[body[end_j]].span.end)};
    if (s.empty()) continue;
    if (labels[j].kind == LabelKind::kAnswer) {
      answers.push_back(s);
      answer_label.push_back(j);
    } else {
      questions.push_back(s);
    }
    j = end_j;
  }
  auto inside = [](const std::vector<Span>& spans, size_t pos) {
    return std::any_of(spans.begin(), spans.end(), [pos](const Span& s) { return s.Contains(pos); });
  };
  // An explainer or a reader's FAQ is printed the same way ("Q: What is the
  // debt ceiling? A: It is …", "Q: Can you still drive? A: No.") with no
  // one answering. The block is an interview where the lead-in says so (a
  // phrase of list interview-lead-words: "in an interview", "edited for
  // length"), or where its questions speak to someone (list
  // pronouns-second-person; German "Sie", Italian "Lei" only written with a
  // capital inside a sentence: pronouns-second-person-formal) and at least
  // two answers speak as "I" (pronouns-first-person, not the plural).
  const size_t lead_end = a.blocks[body[first]].span.begin;
  bool said_interview = false;
  int addressed = 0;
  std::vector<bool> answer_says_i(answers.size(), false);
  std::vector<std::string> lead_keys;
  const std::string_view text(a.text);
  auto sentence_initial = [&](size_t pos) {
    size_t p = pos;
    while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\n' || text[p - 1] == '\t')) --p;
    if (p == 0) return true;
    const char c = text[p - 1];
    return c == '.' || c == '?' || c == '!' || c == ':' || inside(questions, pos) != inside(questions, p - 1);
  };
  for (const Token& t : a.tokens) {
    if (t.type != TokenType::kWord) continue;
    const std::string key = TokenKey(text.substr(t.span.begin, t.span.size()));
    if (t.span.begin < lead_end) {
      lead_keys.push_back(key);
      // Phrases of up to four words ending here.
      std::string phrase;
      for (size_t n = 0; n < 4 && n < lead_keys.size() && !said_interview; ++n) {
        phrase = n == 0 ? key : lead_keys[lead_keys.size() - 1 - n] + " " + phrase;
        said_interview = pack.InList("interview-lead-words", phrase);
      }
    } else if (inside(questions, t.span.begin)) {
      if (pack.InList("pronouns-second-person", key) ||
          (pack.InList("pronouns-second-person-formal", key) && t.capitalized && !sentence_initial(t.span.begin))) {
        ++addressed;
      }
    } else if (pack.InList("pronouns-first-person", key) && !pack.InList("pronouns-first-person-plural", key)) {
      for (size_t n = 0; n < answers.size(); ++n) {
        if (answers[n].Contains(t.span.begin)) answer_says_i[n] = true;
      }
    }
  }
  const auto answers_in_first_person = std::count(answer_says_i.begin(), answer_says_i.end(), true);
  if (!said_interview && !(addressed > 0 && answers_in_first_person >= 2)) return;

  std::string surname, role;
  const std::string name = Interviewee(a, lead_end, &surname, &role);
  // The interviewee's source: one the attribute stage made with that name
  // or surname, else a new named source.
  int id = -1;
  if (!name.empty()) {
    for (const auto& s : r.sources) {
      if (s.kind != SourceKind::kNamed) continue;
      if (s.name == name || s.name == surname ||
          (s.name.size() > surname.size() &&
           s.name.compare(s.name.size() - surname.size(), surname.size(), surname) == 0 &&
           s.name[s.name.size() - surname.size() - 1] == ' ')) {
        id = s.id;
        break;
      }
    }
    if (id < 0) {
      Source s;
      s.id = static_cast<int>(r.sources.size()) + 1;
      s.name = name;
      s.kind = SourceKind::kNamed;
      r.sources.push_back(s);
      id = s.id;
    }
    // ("We spoke to Ana Lima, the city's chief planner": the lead-in's
    // title is the interviewee's role when the text gave none; role40.)
    Source& interviewee = r.sources[static_cast<size_t>(id) - 1];
    if (interviewee.role.empty() && !role.empty()) interviewee.role = role;
  }

  if (id > 0) {
    Source& who = r.sources[static_cast<size_t>(id) - 1];
    // "I" in an answer and "you" in a question are the interviewee.
    for (auto& at : r.attributions) {
      if (!at.source) continue;
      const Span src = at.source->location.span;
      const std::string key = TokenKey(std::string_view(a.text).substr(src.begin, src.size()));
      const bool first_person =
          pack.InList("pronouns-first-person", key) && !pack.InList("pronouns-first-person-plural", key);
      const bool second_person = pack.InList("pronouns-unresolved", key) && !pack.InList("pronouns-first-person", key);
      // A "you" that a question asks about ("Do you think …?") says
      // nothing the interviewee said: only "you" in a statement ("You said
      // last year …") is theirs.
      auto asked = [&](size_t pos) {
        while (pos < text.size() && text[pos] != '.' && text[pos] != '?' && text[pos] != '!' && text[pos] != '\n') ++pos;
        return pos < text.size() && text[pos] == '?';
      };
      if ((first_person && inside(answers, src.begin)) ||
          (second_person && inside(questions, src.begin) && !asked(src.end))) {
        if (at.source_id != id) ++who.mentions;
        at.source_id = id;
      }
    }
    Source& speaker = r.sources[static_cast<size_t>(id) - 1];
    for (size_t n = 0; n < answers.size(); ++n) {
      const Label& l = labels[answer_label[n]];
      Attribution at;
      at.source = TextRef{Location{l.label, 0, 0, 0, 0}, a.text.substr(l.label.begin, l.label.size())};
      at.cue = TextRef{Location{l.cue, 0, 0, 0, 0}, a.text.substr(l.cue.begin, l.cue.size())};
      at.content.push_back(
          TextRef{Location{answers[n], 0, 0, 0, 0}, a.text.substr(answers[n].begin, answers[n].size())});
      at.kind = AttributionKind::kDirect;
      at.source_id = id;
      at.interview_answer = true;
      r.attributions.push_back(std::move(at));
      ++speaker.mentions;
      ++speaker.attributions;
    }
    // "I" made a source of its own ("I say …" read as a name): with its
    // mentions now the interviewee's, it is dropped and the ids after it
    // move down.
    for (size_t k = r.sources.size(); k-- > 0;) {
      const int gone = r.sources[k].id;
      const std::string key = TokenKey(r.sources[k].name);
      if (gone == id || !pack.InList("pronouns-first-person", key) || pack.InList("pronouns-first-person-plural", key))
        continue;
      const bool used =
          std::any_of(r.attributions.begin(), r.attributions.end(),
                      [gone](const Attribution& at) { return at.source_id == gone; }) ||
          std::any_of(r.quotes.begin(), r.quotes.end(),
                      [gone](const Quote& q) { return q.source_id == gone || q.inside_quote_of == gone; }) ||
          std::any_of(r.anonymous_sources.begin(), r.anonymous_sources.end(),
                      [gone](const AnonymousSource& an) { return an.source_id == gone; });
      if (used) continue;
      r.sources.erase(r.sources.begin() + static_cast<std::ptrdiff_t>(k));
      auto shift = [gone](int& v) {
        if (v > gone) --v;
      };
      for (auto& src : r.sources) shift(src.id);
      for (auto& at : r.attributions) shift(at.source_id);
      for (auto& q : r.quotes) {
        shift(q.source_id);
        shift(q.inside_quote_of);
      }
      for (auto& an : r.anonymous_sources) shift(an.source_id);
      if (id > gone) --id;
    }
    // A quote in an answer is the interviewee's speech, whoever it quotes.
    for (auto& q : r.quotes) {
      if (q.source_id < 0 && q.inside_quote_of < 0 && inside(answers, q.with_marks.begin)) q.inside_quote_of = id;
    }
  }
  if (id <= 0) return;  // nobody to credit: the answers are left as they are
  // Nouns in an answer are the interviewee's account, never the article's
  // anonymous sources; the attributions there are reported within the
  // answer (score.cc: nested, counted nowhere).
  r.anonymous_sources.erase(
      std::remove_if(r.anonymous_sources.begin(), r.anonymous_sources.end(),
                     [&](const AnonymousSource& an) { return inside(answers, an.location.span.begin); }),
      r.anonymous_sources.end());
  for (auto& at : r.attributions) {
    if (!at.interview_answer && at.cue && inside(answers, at.cue->location.span.begin)) at.in_interview_answer = true;
  }
}

}  // namespace onrecord
