// Clean stage: blocks found, boilerplate masked by the language pack's
// boilerplate rules, repeated paragraphs masked, headline and lede marked.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "analysis.h"
#include "markup.h"
#include "metadata_fields.h"
#include "repeat_key.h"

namespace onrecord {

namespace {

void MaskSpan(Analysis& a, Span s, const std::string& rule) {
  if (s.empty()) return;
  for (size_t i = s.begin; i < s.end; ++i) {
    if (a.work[i] != '\n') a.work[i] = ' ';
  }
  MaskedSpan m;
  m.location.span = s;
  m.rule = rule;
  a.masked.push_back(std::move(m));
}

// The block's text without leading/trailing spaces, as a span.
Span TrimmedSpan(const std::string& text, Span s) {
  while (s.begin < s.end && text[s.begin] == ' ') ++s.begin;
  while (s.end > s.begin && text[s.end - 1] == ' ') --s.end;
  return s;
}

bool MatchedByException(const PatternGroup& g, std::string_view text) {
  for (const auto& ex : g.exceptions) {
    if (RE2::PartialMatch(text, *ex)) return true;
  }
  return false;
}

// Whether the block's trimmed text is one quotation: it opens with a
// quotation mark and ends with one (a headline that opens with a quoted
// word and goes on is not).
bool IsOnlyQuotation(std::string_view t) {
  static constexpr std::string_view kMarks[] = {
      "\"", "'", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99", "\xE2\x80\x9E",
      "\xE2\x80\x9A", "\xC2\xAB", "\xC2\xBB", "\xE2\x80\xB9", "\xE2\x80\xBA", "\xE3\x80\x8C",
      "\xE3\x80\x8D", "\xE3\x80\x8E", "\xE3\x80\x8F"};
  bool opens = false, closes = false;
  for (std::string_view m : kMarks) {
    opens = opens || t.substr(0, m.size()) == m;
    closes = closes || (t.size() > m.size() && t.substr(t.size() - m.size()) == m);
  }
  return opens && closes;
}

// A pull quote signed on its own line or after it, "“…” — Wu Xinbo": the
// quotation before the signature, else the whole text. The signature is
// what follows the last quotation mark: a dash (— – ― or --), then a
// letter that is not lower case, at most 80 bytes and no quotation mark.
std::string_view QuotationBeforeSignature(std::string_view t) {
  static constexpr std::string_view kDashes[] = {"\xE2\x80\x94", "\xE2\x80\x93", "\xE2\x80\x95", "--"};
  static constexpr std::string_view kClosing[] = {"\"", "'", "\xE2\x80\x9D", "\xE2\x80\x99", "\xC2\xBB",
                                                  "\xC2\xAB", "\xE2\x80\x9C", "\xE3\x80\x8D", "\xE3\x80\x8F"};
  // The signature is short: its dash is among the last 90 bytes.
  for (size_t at = t.size() > 90 ? t.size() - 90 : 1; at < t.size(); ++at) {
    // Every dash opens with byte 0xE2 or '-': any other byte is passed
    // over before the four dashes are compared (this runs for every block).
    if (t[at] != '\xE2' && t[at] != '-') continue;
    std::string_view d;
    for (std::string_view dash : kDashes) {
      if (t.substr(at, dash.size()) == dash) d = dash;
    }
    if (d.empty()) continue;
    std::string_view quote = t.substr(0, at);
    while (!quote.empty() && (quote.back() == ' ' || quote.back() == '\n')) quote.remove_suffix(1);
    bool closed = false;
    for (std::string_view m : kClosing) {
      closed = closed || (quote.size() > m.size() && quote.substr(quote.size() - m.size()) == m);
    }
    if (!closed) continue;
    std::string_view rest = t.substr(at + d.size());
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    if (rest.empty() || rest.size() > 80) continue;
    const unsigned char c = static_cast<unsigned char>(rest.front());
    if (c < 0x80 && !(c >= 'A' && c <= 'Z')) continue;  // "— and a little respect." goes on
    if (rest.find('"') != std::string_view::npos || rest.find("\xE2\x80\x9C") != std::string_view::npos ||
        rest.find("\xE2\x80\x9D") != std::string_view::npos) {
      continue;
    }
    return quote;
  }
  return t;
}

// A navigation bar left in the text, "Home | Politics | World" (a Markdown
// line of links, "[Home](/) | [Politics](/politics)", reads so): three or
// more items split by " | ", " · ", " • " or " / ", each one to three words
// that open with a capital letter or a digit (or are not ASCII), at least
// half of them one word, with no
// quotation mark, no sentence's end and no comma. A byline's "By Jo Lee |
// March 2, 2026" has a comma, and no line opening with "By " is one;
// "and/or" has no spaces around its slash.
// Whether `t` holds `sep` (a space, a mark, a space), as t.find(sep) would
// say: the search is for the mark and the space after it, whose first byte
// is rare in a line, and then for the space before (a search for the whole
// separator compared it at every space of every line).
bool HasSpacedSeparator(std::string_view t, std::string_view sep) {
  const std::string_view tail = sep.substr(1);
  for (size_t from = 1; from < t.size();) {
    const size_t at = t.find(tail, from);
    if (at == std::string_view::npos) return false;
    if (t[at - 1] == sep[0]) return true;
    from = at + 1;
  }
  return false;
}

bool IsNavigationLine(std::string_view t) {
  if (t.size() > 400) return false;
  if (t.substr(0, 3) == "By ") return false;  // a byline, "By Jo Lee | Reuters | Politics"
  static constexpr std::string_view kSeparators[] = {" | ", " \xC2\xB7 ", " \xE2\x80\xA2 ", " / "};
  for (std::string_view sep : kSeparators) {
    if (!HasSpacedSeparator(t, sep)) continue;
    size_t items = 0;
    size_t one_word = 0;
    bool ok = true;
    size_t from = 0;
    while (ok) {
      const size_t at = t.find(sep, from);
      std::string_view item = t.substr(from, at == std::string_view::npos ? std::string_view::npos : at - from);
      while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
      while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
      size_t words = 0;
      for (size_t k = 0; k < item.size(); ++k) {
        if (k > 0 && item[k - 1] != ' ') continue;
        if (item[k] == ' ') continue;
        ++words;
        const unsigned char c = static_cast<unsigned char>(item[k]);
        if (c < 0x80 && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '&') ok = false;
      }
      if (words == 0 || words > 3) ok = false;
      if (words == 1) ++one_word;
      if (item.find_first_of(",.!?:;\"") != std::string_view::npos &&
          !(item.size() <= 5 && item.back() == '.')) {  // "U.S." is an item
        ok = false;
      }
      if (item.find("\xE2\x80\x9C") != std::string_view::npos || item.find("\xE2\x80\x9D") != std::string_view::npos ||
          item.find("\xC2\xAB") != std::string_view::npos) {
        ok = false;
      }
      ++items;
      if (at == std::string_view::npos) break;
      from = at + sep.size();
    }
    // (Most of a menu's items are one word; a line of two-word items,
    // "Ana Ruiz · Tom Reyes · Mia Chen", is a list of people.)
    if (ok && items >= 3 && 2 * one_word >= items) return true;
  }
  return false;
}

// The words of `s` as RepeatKeyInto keys them, one key a word (a run of
// kept characters, an apostrophe or hyphen inside it kept with it).
std::vector<std::string> KeyWords(std::string_view s) {
  std::vector<std::string> out;
  std::string buffer;
  for (size_t i = 0; i < s.size();) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    buffer.resize(j - i);
    buffer.resize(RepeatKeyInto(s.substr(i, j - i), buffer.data()));
    if (!buffer.empty()) out.push_back(buffer);
    i = j;
  }
  return out;
}

// Whether the words `words` stand, in order and whole, inside one
// quotation of `line`: a stretch between “ and ”, « and », „ and “, or two
// straight double marks (fmt44).
bool WordsInsideQuotation(std::string_view line, const std::vector<std::string>& words) {
  struct Pair {
    std::string_view open, close;
  };
  static constexpr Pair kPairs[] = {{"\xE2\x80\x9C", "\xE2\x80\x9D"},
                                    {"\xC2\xAB", "\xC2\xBB"},
                                    {"\xE2\x80\x9E", "\xE2\x80\x9C"},
                                    {"\"", "\""}};
  for (const Pair& p : kPairs) {
    for (size_t from = 0;;) {
      const size_t open = line.find(p.open, from);
      if (open == std::string_view::npos) break;
      const size_t close = line.find(p.close, open + p.open.size());
      if (close == std::string_view::npos) break;
      const std::vector<std::string> quoted = KeyWords(line.substr(open + p.open.size(), close - open - p.open.size()));
      if (quoted.size() > words.size() &&
          std::search(quoted.begin(), quoted.end(), words.begin(), words.end()) != quoted.end()) {
        return true;
      }
      from = close + p.close.size();
    }
  }
  return false;
}

// Pull quotes: a short block that is only a quotation (or a block quote)
// and whose words all stand, in order, inside a longer block of the same
// article is the page repeating a line for display, not a second quote.
// Keys as RepeatKeyInto makes them; each candidate is searched for with
// memmem in every longer block's key, so the pass is linear in the article
// for each of at most kMaxCandidates candidates. `store` and `block_keys`
// are the keys the repeated-paragraph pass made: block i's key is
// store[block_keys[i].first, block_keys[i].second), for every block that
// was not masked when that pass reached it (no block's text has changed
// since, but for the blocks that pass masked, which are skipped here).
// A shorter candidate, two words or more under 20 letters and digits
// ("We will win", which the key would find inside any words), is a pull
// quote only when its words stand whole and in order inside a longer
// quotation of another block (WordsInsideQuotation): a short scare quote
// inside a sentence is no candidate at all (fmt44).
void MaskPullQuotes(Analysis& a, const std::string& text, const std::string& store,
                    const std::vector<std::pair<size_t, size_t>>& block_keys) {
  constexpr size_t kMinKey = 20, kMaxKey = 800, kMaxCandidates = 16;
  constexpr size_t kMinShortWords = 2, kMinShortKey = 6;
  struct Candidate {
    size_t block;
    std::string key;
    bool found = false;
    std::vector<std::string> words;  // a short candidate's words; empty for a long one
  };
  std::vector<Candidate> candidates;
  std::string buffer;
  for (size_t i = 0; i < a.blocks.size() && candidates.size() < kMaxCandidates; ++i) {
    const Block& b = a.blocks[i];
    if (b.masked) continue;
    const Span t = TrimmedSpan(text, b.span);
    // The signature under a pull quote, "— Wu Xinbo", is not looked for in
    // the article (the body names the speaker its own way): the quotation is.
    const std::string_view line =
        QuotationBeforeSignature(std::string_view(a.work.data() + t.begin, t.size()));
    if (b.kind != BlockKind::kBlockQuote && !IsOnlyQuotation(line)) continue;
    if (line.size() > 4 * kMaxKey) continue;
    buffer.resize(line.size());
    size_t words = 0;
    buffer.resize(RepeatKeyInto(line, buffer.data(), &words));
    if (buffer.size() > kMaxKey) continue;
    if (buffer.size() < kMinKey) {
      if (buffer.size() < kMinShortKey || words < kMinShortWords) continue;
      candidates.push_back({i, buffer, false, KeyWords(line)});
      continue;
    }
    candidates.push_back({i, buffer, false, {}});
  }
  if (candidates.empty()) return;
  // Each candidate is searched for in every unmasked longer block but its
  // own with memmem (glibc's is linear in the block and the key, whatever
  // their bytes); on an article without candidates nothing here runs.
  for (Candidate& cand : candidates) {
    const size_t len = cand.key.size();
    for (size_t i = 0; i < a.blocks.size() && !cand.found; ++i) {
      if (a.blocks[i].masked || i == cand.block) continue;
      const auto [from, to] = block_keys[i];
      if (to - from <= len) continue;  // only a longer block holds a pull quote
      cand.found = memmem(store.data() + from, to - from, cand.key.data(), len) != nullptr;
      if (cand.found && !cand.words.empty()) {
        const Span t = TrimmedSpan(text, a.blocks[i].span);
        cand.found = WordsInsideQuotation(std::string_view(a.work.data() + t.begin, t.size()), cand.words);
      }
    }
  }
  for (const auto& c : candidates) {
    if (!c.found) continue;
    Block& b = a.blocks[c.block];
    b.masked = true;
    MaskSpan(a, TrimmedSpan(text, b.span), "boilerplate.pull-quote");
    // Its signature on a line of its own ("> — Ana Ruiz", "<br>— Ana
    // Ruiz"): the next line with text, when it is a dash and a name and
    // stands in the same block quotation (or right under a quotation set
    // alone), goes with it; left behind it was read as a quotation of its
    // own (fmt42).
    for (size_t i = c.block + 1; i < a.blocks.size(); ++i) {
      Block& next = a.blocks[i];
      const Span t = TrimmedSpan(text, next.span);
      if (t.empty()) continue;
      if (next.masked) break;
      const bool same_quote = b.quote_group >= 0 ? next.quote_group == b.quote_group : next.quote_group < 0;
      if (same_quote && SignatureDashLength(std::string_view(a.work.data() + t.begin, t.size())) > 0) {
        next.masked = true;
        MaskSpan(a, t, "boilerplate.pull-quote");
      }
      break;
    }
  }
}

// Whether a line listed under a "Related stories" heading reads as a
// headline (a link to another story) rather than a sentence of the article:
// one sentence at most, and (unless it is a list item) not ended by a full
// stop, an exclamation mark, a colon or an ellipsis. A list item may end
// with a full stop; a hard-wrapped text line may hold a few headlines
// joined, so the limit is generous.
// Whether a line is written in title case, as headlines are ("Harbor
// Workers Reject The Offer Of A Pay Rise."): at least three words of four
// letters or more, each capitalized. A sentence of the article has
// lower-case words of that length.
bool TitleCase(std::string_view line) {
  int long_words = 0;
  for (size_t i = 0; i < line.size();) {
    while (i < line.size() && line[i] == ' ') ++i;
    size_t j = i;
    while (j < line.size() && line[j] != ' ') ++j;
    size_t letters = 0;
    for (size_t k = i; k < j; ++k) letters += std::isalpha(static_cast<unsigned char>(line[k])) ? 1 : 0;
    if (letters >= 4) {
      if (!std::isupper(static_cast<unsigned char>(line[i]))) return false;
      ++long_words;
    }
    i = j;
  }
  return long_words >= 3;
}

// A line of its own that reads as a subhead in plain text: at most 120
// bytes, title case (TitleCase), no quotation mark of any kind, and no
// sentence end, comma, colon or semicolon at its end (past closing
// brackets): "What the Mayor Said About Taxes", not "Mayor Ana Ruiz Said
// So.", "Ana Ruiz, Mayor" or a list "Tom Reyes; Ana Ruiz" (fmt42).
bool PlainSubhead(std::string_view line) {
  if (line.empty() || line.size() > 120) return false;
  for (std::string_view mark : {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99 ", "\xC2\xAB",
                                "\xC2\xBB", "\xE2\x80\x9E"}) {
    if (line.find(mark) != std::string_view::npos) return false;
  }
  if (line.find(", ") != std::string_view::npos || line.find("; ") != std::string_view::npos) return false;
  std::string_view t = line;
  while (!t.empty() && (t.back() == ')' || t.back() == ']' || t.back() == ' ')) t.remove_suffix(1);
  if (t.empty()) return false;
  const char last = t.back();
  if (last == '.' || last == ',' || last == ';' || last == ':' || last == '!' || last == '?') return false;
  return TitleCase(t);
}

// A kicker: a label set on its own line above the headline, "EXCLUSIVE",
// "ANALYSIS", "BREAKING:", "CITY HALL" (fmt44). At most three words and 40
// bytes, a colon or full stop at its end allowed, and either every cased
// letter upper case (two at least) or the whole line, lower-cased, an entry
// of the pack's list `kicker-labels` ("Exclusive", "News analysis").
bool KickerLine(const LanguagePack& pack, std::string_view line) {
  std::string_view t = line;
  while (!t.empty() && (t.back() == ':' || t.back() == '.' || t.back() == ' ')) t.remove_suffix(1);
  if (t.empty() || t.size() > 40) return false;
  size_t words = 1;
  for (char c : t) words += c == ' ' ? 1 : 0;
  if (words > 3) return false;
  int upper = 0;
  bool lower = false;
  for (int32_t i = 0, n = static_cast<int32_t>(t.size()); i < n;) {
    UChar32 c;
    U8_NEXT(t.data(), i, n, c);
    if (c < 0) return false;
    if (u_islower(c)) lower = true;
    if (u_isupper(c) || u_istitle(c)) ++upper;
  }
  if (!lower && upper >= 2) return true;
  std::string low;
  for (char c : t) low += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return pack.InList("kicker-labels", low);
}

bool HeadlineLike(std::string_view line, bool list_item) {
  if (line.empty() || line.size() > (list_item ? 300u : 400u)) return false;
  // A second sentence inside the line: ". X", "! X", "? X".
  for (size_t i = 0; i + 2 < line.size(); ++i) {
    const char c = line[i];
    if ((c == '.' || c == '!' || c == '?') && line[i + 1] == ' ' && line[i + 2] >= 'A' && line[i + 2] <= 'Z') {
      // "U.S. officials", "St. Louis": a short word before the stop is an abbreviation.
      size_t w = i;
      while (w > 0 && line[w - 1] != ' ') --w;
      if (i - w > 3) return false;
    }
  }
  // The last character, past closing quotation marks and brackets.
  std::string_view t = line;
  static constexpr std::string_view kClosers[] = {"\"", "'", ")", "]", "\xE2\x80\x9D", "\xE2\x80\x99", "\xC2\xBB"};
  for (bool again = true; again && !t.empty();) {
    again = false;
    for (std::string_view c : kClosers) {
      if (t.size() >= c.size() && t.substr(t.size() - c.size()) == c) {
        t.remove_suffix(c.size());
        again = true;
      }
    }
  }
  if (t.empty()) return false;
  if (t.back() == ':' || t.back() == '!') return false;
  if (t.size() >= 3 && (t.substr(t.size() - 3) == "\xE2\x80\xA6" || t.substr(t.size() - 3) == "\xE3\x80\x82")) return false;
  if (t.back() == '.' && !list_item && !TitleCase(t)) return false;
  return true;
}
}  // namespace

void Clean(Analysis& a) {
  const std::string& text = a.text;
  // Blocks: the '\n'-separated runs of the normalized text.
  a.blocks.clear();
  size_t start = 0, k = 0;
  while (true) {
    size_t nl = text.find('\n', start);
    size_t end = nl == std::string::npos ? text.size() : nl;
    Block b;
    b.span = {start, end};
    b.kind = k < a.extracted.kinds.size() ? a.extracted.kinds[k] : BlockKind::kParagraph;
    if (k < a.extracted.quote_groups.size()) b.quote_group = a.extracted.quote_groups[k];
    if (k < a.extracted.signs.size()) b.signs = a.extracted.signs[k];
    b.subhead = std::binary_search(a.extracted.subheads.begin(), a.extracted.subheads.end(), k);
    a.blocks.push_back(b);
    // A block the reader leaves unread but shows (a photo's caption): masked
    // with the reader's id, so `clean` shows it and nothing audits it.
    if (k < a.extracted.dropped.size() && !a.extracted.dropped[k].empty()) {
      a.blocks.back().masked = true;
      MaskSpan(a, b.span, a.extracted.dropped[k]);
    }
    // A line that is only a navigation bar's links is page furniture.
    if (!a.blocks.back().masked) {
      const Span t = TrimmedSpan(text, b.span);
      if (IsNavigationLine(std::string_view(text.data() + t.begin, t.size()))) {
        a.blocks.back().masked = true;
        MaskSpan(a, t, "boilerplate.nav-links");
      }
    }
    ++k;
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  const LanguagePack& pack = *a.pack;
  // Each block's line is screened once for every boilerplate pattern of the
  // pack (one RE2::Set pass); the three passes below read the hits.
  std::vector<std::vector<RuleScreen::Hit>> hits(a.blocks.size());
  for (size_t i = 0; i < a.blocks.size(); ++i) {
    Span t = TrimmedSpan(text, a.blocks[i].span);
    if (!t.empty()) pack.boilerplate_screen.Match(std::string_view(text.data() + t.begin, t.size()), &hits[i]);
  }
  // Whether boilerplate rule `rule` matches in `line`, given the line's hits.
  auto matches = [&](size_t rule, std::string_view line, const std::vector<RuleScreen::Hit>& block_hits) {
    for (const auto& h : block_hits) {
      if (h.rule != rule) continue;
      if (h.sure || RE2::PartialMatch(line, *pack.boilerplate[rule].patterns.patterns[h.pattern])) return true;
    }
    return false;
  };
  // The rules with hits in a block, in rule order, that have one of `scopes`.
  auto each_rule = [&](size_t block, std::initializer_list<BoilerplateScope> scopes, auto&& f) {
    const auto& block_hits = hits[block];
    for (size_t n = 0; n < block_hits.size(); ++n) {
      if (n > 0 && block_hits[n].rule == block_hits[n - 1].rule) continue;
      const BoilerplateRule& rule = pack.boilerplate[block_hits[n].rule];
      if (std::find(scopes.begin(), scopes.end(), rule.scope) == scopes.end()) continue;
      if (f(static_cast<size_t>(block_hits[n].rule), rule)) break;
    }
  };

  // Blocks of links to other stories: a heading that the pack's
  // `related-block` rule matches ("Related stories", "More from Reuters",
  // "Most read") is masked with the lines listed under it, as far as they
  // read as headlines (HeadlineLike). Blank lines between the heading and
  // its first line are passed over; after that a blank line ends the block,
  // unless the heading was itself followed by one (a page whose every line
  // is followed by a blank one). Once the first line is a list item (HTML
  // <li>, Markdown "- "), only list items follow it. Furniture inside the
  // block (an ad slot) is passed over.
  constexpr size_t kMaxRelated = 30;
  auto blank = [&](size_t i) { return TrimmedSpan(text, a.blocks[i].span).empty(); };
  // Whether a blank line stands in the source between block `j` and the one
  // before it (plain text and Markdown, where the text's blocks do not keep
  // the blank lines that separated them).
  const bool by_lines = a.document && (a.document->format == InputFormat::kText ||
                                       a.document->format == InputFormat::kMarkdown);
  auto blank_line_before = [&](size_t j) {
    if (!by_lines || j == 0) return false;
    size_t from = a.blocks[j - 1].span.end, to = a.blocks[j].span.begin;
    for (const auto& m : a.norm_maps) {
      from = m.EndToBase(from);
      to = m.BeginToBase(to);
    }
    from = a.extracted.map.EndToBase(from);
    to = a.extracted.map.BeginToBase(to);
    const std::string& src = a.document->source;
    if (to > src.size() || from >= to) return false;
    int newlines = 0;
    for (size_t p = from; p < to; ++p) {
      const char c = src[p];
      if (c == '\n') {
        if (++newlines == 2) return true;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        newlines = 0;
      }
    }
    return false;
  };
  for (size_t i = 0; i < a.blocks.size(); ++i) {
    if (hits[i].empty()) continue;
    Span t = TrimmedSpan(text, a.blocks[i].span);
    std::string_view line(text.data() + t.begin, t.size());
    const BoilerplateRule* heading = nullptr;
    each_rule(i, {BoilerplateScope::kLine}, [&](size_t r, const BoilerplateRule& rule) {
      if (rule.info->id != "boilerplate.related-block") return false;
      if (!matches(r, line, hits[i]) || MatchedByException(rule.patterns, line)) return false;
      heading = &rule;
      return true;
    });
    if (!heading) continue;
    a.blocks[i].masked = true;
    MaskSpan(a, t, heading->info->id);
    size_t j = i + 1;
    bool spaced = j < a.blocks.size() && blank_line_before(j);
    while (j < a.blocks.size() && blank(j)) {
      spaced = true;
      ++j;
    }
    bool list = false;
    size_t items = 0;
    for (; j < a.blocks.size() && items < kMaxRelated; ++j) {
      if (blank(j)) {
        if (!spaced) break;
        continue;
      }
      if (items > 0 && !spaced && blank_line_before(j)) break;
      Block& b = a.blocks[j];
      if (b.masked) continue;
      Span u = TrimmedSpan(text, b.span);
      std::string_view item(text.data() + u.begin, u.size());
      const bool list_item = b.kind == BlockKind::kListItem;
      if (items > 0 && list && !list_item) break;
      // Another block's heading: masked with its own lines on its turn.
      bool next_heading = false;
      each_rule(j, {BoilerplateScope::kLine}, [&](size_t r, const BoilerplateRule& rule) {
        if (rule.info->id != "boilerplate.related-block") return false;
        next_heading = matches(r, item, hits[j]) && !MatchedByException(rule.patterns, item);
        return next_heading;
      });
      if (next_heading || !HeadlineLike(item, list_item)) break;
      if (items == 0) list = list_item;
      b.masked = true;
      MaskSpan(a, u, heading->info->id);
      ++items;
    }
    i = j - 1;
  }
  // Whole-line rules.
  for (size_t i = 0; i < a.blocks.size(); ++i) {
    Block& b = a.blocks[i];
    if (b.masked) continue;
    Span t = TrimmedSpan(text, b.span);
    if (t.empty()) {
      b.masked = true;
      continue;
    }
    std::string_view line(text.data() + t.begin, t.size());
    each_rule(i, {BoilerplateScope::kLine}, [&](size_t r, const BoilerplateRule& rule) {
      if (!matches(r, line, hits[i]) || MatchedByException(rule.patterns, line)) return false;
      b.masked = true;
      MaskSpan(a, t, rule.info->id);
      return true;
    });
  }
  // Lines that are boilerplate only next to other boilerplate ("or", a block title).
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t i = 0; i < a.blocks.size(); ++i) {
      Block& b = a.blocks[i];
      if (b.masked || hits[i].empty()) continue;
      bool next_to_mask = (i > 0 && a.blocks[i - 1].masked && !TrimmedSpan(text, a.blocks[i - 1].span).empty()) ||
                          (i + 1 < a.blocks.size() && a.blocks[i + 1].masked &&
                           !TrimmedSpan(text, a.blocks[i + 1].span).empty());
      if (!next_to_mask) continue;
      Span t = TrimmedSpan(text, b.span);
      std::string_view line(text.data() + t.begin, t.size());
      each_rule(i, {BoilerplateScope::kAdjacentLine}, [&](size_t r, const BoilerplateRule& rule) {
        if (!matches(r, line, hits[i]) || MatchedByException(rule.patterns, line)) return false;
        b.masked = true;
        MaskSpan(a, t, rule.info->id);
        changed = true;
        return true;
      });
    }
  }
  // Spans inside lines, and datelines at the start of a paragraph.
  for (size_t i = 0; i < a.blocks.size(); ++i) {
    Block& b = a.blocks[i];
    if (b.masked || hits[i].empty()) continue;
    Span t = TrimmedSpan(text, b.span);
    std::string_view line(text.data() + t.begin, t.size());
    each_rule(i, {BoilerplateScope::kSpan, BoilerplateScope::kDateline}, [&](size_t r, const BoilerplateRule& rule) {
      for (const auto& h : hits[i]) {
        if (h.rule != r) continue;
        // An unsure hit is confirmed by the match loop itself.
        const RE2& re = *rule.patterns.patterns[h.pattern];
        int groups = re.NumberOfCapturingGroups();
        std::vector<re2::StringPiece> m(static_cast<size_t>(groups) + 1);
        size_t pos = 0;
        while (pos <= line.size() &&
               re.Match(line, pos, line.size(), RE2::UNANCHORED, m.data(), groups + 1)) {
          re2::StringPiece whole = m[0];
          size_t mb = static_cast<size_t>(whole.data() - line.data());
          size_t me = mb + whole.size();
          if (rule.scope == BoilerplateScope::kDateline) {
            if (mb != 0) break;  // a dateline opens the paragraph
            auto names = re.NamedCapturingGroups();
            auto wire = names.find("wire");
            if (wire != names.end() && !m[static_cast<size_t>(wire->second)].empty() &&
                !a.document->metadata.dateline_wire) {
              const_cast<Document*>(a.document)->metadata.dateline_wire =
                  std::string(m[static_cast<size_t>(wire->second)]);
            }
          }
          if (!MatchedByException(rule.patterns, whole)) {
            MaskSpan(a, {t.begin + mb, t.begin + me}, rule.info->id);
          }
          if (rule.scope == BoilerplateScope::kDateline) break;
          pos = me > mb ? me : me + 1;
        }
      }
      return false;  // every span rule runs
    });
  }
  // Repeated paragraphs (a lede printed again): keep the first copy. A
  // paragraph that is the start of an earlier one, 80 key bytes or more, is
  // a repeat too (a scraped page reprints the lede's first sentences). The
  // earlier keys are found by their first 40 bytes, at most 8 per prefix,
  // so the pass stays linear in the article.
  constexpr size_t kPrefix = 40, kPrefixRepeat = 80, kPerPrefix = 8;
  // The keys live in one buffer, one after another (the sets hold views
  // into it, and MaskPullQuotes reads every block's key from it): no
  // string per paragraph. It never grows past its first size (a key is no
  // longer than its paragraph, and paragraphs do not overlap), so views
  // stay valid.
  std::string store;
  store.reserve(a.work.size());
  std::unordered_set<std::string_view> seen;
  seen.reserve(a.blocks.size());
  std::vector<std::string_view> keys;
  struct Earlier {
    uint32_t size = 0;
    uint32_t key[kPerPrefix];  // indexes into keys
  };
  std::unordered_map<std::string_view, Earlier> by_prefix;
  by_prefix.reserve(a.blocks.size());
  // Every key stays in the store, short and repeated ones too, where
  // MaskPullQuotes reads it: (begin, end) in the store, per block.
  std::vector<std::pair<size_t, size_t>> block_keys(a.blocks.size(), {0, 0});
  for (size_t i = 0; i < a.blocks.size(); ++i) {
    Block& b = a.blocks[i];
    if (b.masked) continue;
    const size_t at = store.size();
    store.resize(at + b.span.size());
    const size_t n = RepeatKeyInto(std::string_view(a.work.data() + b.span.begin, b.span.size()), store.data() + at);
    store.resize(at + n);
    block_keys[i] = {at, at + n};
    if (n < kPrefix) continue;
    const std::string_view key(store.data() + at, n);
    auto [where, fresh] = seen.insert(key);
    bool repeat = !fresh;
    Earlier& earlier = by_prefix[key.substr(0, kPrefix)];
    if (!repeat && key.size() >= kPrefixRepeat) {
      for (uint32_t n_earlier = 0; n_earlier < earlier.size; ++n_earlier) {
        const std::string_view e = keys[earlier.key[n_earlier]];
        if (e.size() > key.size() && e.compare(0, key.size(), key) == 0) {
          repeat = true;
          break;
        }
      }
      if (repeat) seen.erase(where);  // a repeat's key is not seen (as an earlier copy's is)
    }
    if (!repeat) {
      if (earlier.size < kPerPrefix) {
        earlier.key[earlier.size++] = static_cast<uint32_t>(keys.size());
        keys.push_back(key);
      }
      continue;
    }
    b.masked = true;
    MaskSpan(a, TrimmedSpan(text, b.span), "boilerplate.repeated-paragraph");
  }
  MaskPullQuotes(a, text, store, block_keys);
  // Headline and lede: a short first paragraph without a full stop is a
  // headline; the lede is the first one or two paragraphs after it.
  int ledes = 0;
  bool first = true;
  // After a kicker line that opens the text, the next line is the headline
  // when it reads as one (fmt44).
  bool after_kicker = false;
  for (Block& b : a.blocks) {
    if (b.masked) continue;
    Span t = TrimmedSpan(a.work, b.span);
    if (t.empty()) continue;
    std::string_view line(a.work.data() + t.begin, t.size());
    bool has_more = &b != &a.blocks.back();
    char last = line.back();
    if (first) {
      first = false;
      if (b.kind == BlockKind::kHeadline ||
          (has_more && line.size() < 200 && last != '.' && last != ':' && last != ',')) {
        b.kind = BlockKind::kHeadline;
        after_kicker = KickerLine(pack, line);
        continue;
      }
      // ("BREAKING:" ends with a colon.)
      if (has_more && KickerLine(pack, line)) {
        b.kind = BlockKind::kHeadline;
        after_kicker = true;
        continue;
      }
    }
    // The headline under a kicker: a heading below it (Markdown "## …",
    // HTML <h2>, read as a subhead so far) or a line of three words or more
    // with no sentence end, colon or comma at its end that is no byline.
    if (after_kicker) {
      after_kicker = false;
      if (b.kind == BlockKind::kHeadline) continue;
      const bool heading = b.subhead && (b.kind == BlockKind::kParagraph);
      size_t words = 1;
      for (char c : line) words += c == ' ' ? 1 : 0;
      const bool byline = WithoutBylineWord(line).size() != line.size();  // "By Jo Ray"
      if (b.kind == BlockKind::kParagraph &&
          (heading || (has_more && line.size() < 200 && words >= 3 && !byline && last != '.' && last != ':' &&
                       last != ','))) {
        b.kind = BlockKind::kHeadline;
        b.subhead = false;
        continue;
      }
    }
    if (b.kind == BlockKind::kHeadline) continue;
    // A plain line below the first that reads as a subhead (English title
    // case, short, no sentence end, no quotation mark): "Anchor Expressed
    // Fear Over Ratings" (fmt42).
    if (!b.subhead && b.kind == BlockKind::kParagraph && a.language == "en") b.subhead = PlainSubhead(line);
    if (ledes < 2) {
      b.lede = true;
      ++ledes;
      // A long first paragraph is the whole lede.
      if (ledes == 1 && line.size() > 300) ledes = 2;
    }
  }
}

}  // namespace onrecord
