// Extract stage for HTML (gumbo): the article body as typed blocks, entities
// decoded, every piece of text mapped back to the source bytes it came from.
//
// gumbo gives each text node its decoded text and the original bytes it was
// decoded from; the two are aligned piece by piece (an entity, a CRLF, a tag
// gumbo ignored) so that a span of the extracted text maps onto exactly the
// source bytes that produced it.
#include <gumbo.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "analysis.h"
#include "ascii.h"
#include "markup.h"
#include "metadata_fields.h"

namespace onrecord {

namespace {

bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

size_t Utf8Length(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0) return 2;
  if ((c & 0xF0) == 0xE0) return 3;
  if ((c & 0xF8) == 0xF0) return 4;
  return 1;
}

template <size_t N>
bool OneOf(std::string_view s, const std::array<std::string_view, N>& set) {
  return std::find(set.begin(), set.end(), s) != set.end();
}

// Elements whose content is never article text.
constexpr std::array<std::string_view, 29> kSkipped = {
    "script", "style",  "noscript", "template", "nav",    "aside",  "footer",   "form",
    "button", "select", "option",   "textarea", "input",  "svg",    "math",     "iframe",
    "object", "embed",  "canvas",   "video",    "audio",  "img",    "picture",  "head",
    "title",  "dialog", "menu",     "label",    "datalist"};

// Elements that start and end a block of text.
constexpr std::array<std::string_view, 38> kBlocks = {
    "address", "article", "blockquote", "body",    "caption", "center",  "dd",     "details",
    "div",     "dl",      "dt",         "fieldset", "figcaption", "figure", "h1",   "h2",
    "h3",      "h4",      "h5",         "h6",      "header",  "hgroup",  "hr",     "html",
    "legend",  "li",      "main",       "ol",      "p",       "pre",     "section", "summary",
    "table",   "tbody",   "thead",      "tfoot",   "tr",      "ul"};

constexpr std::array<std::string_view, 8> kSkippedRoles = {
    "navigation", "complementary", "contentinfo", "banner", "search", "menu", "menubar", "dialog"};

std::string_view TagName(const GumboNode* n) {
  if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE) return {};
  if (n->v.element.tag == GUMBO_TAG_UNKNOWN) return {};
  return gumbo_normalized_tagname(n->v.element.tag);
}

std::string_view Attr(const GumboNode* n, const char* name) {
  if (n->type != GUMBO_NODE_ELEMENT) return {};
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a && a->value ? std::string_view(a->value) : std::string_view();
}

bool HasAttr(const GumboNode* n, const char* name) {
  return n->type == GUMBO_NODE_ELEMENT &&
         gumbo_get_attribute(&n->v.element.attributes, name) != nullptr;
}

bool ContainsTag(const GumboNode* n, std::string_view tag) {
  if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE) return false;
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    const auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (TagName(k) == tag || ContainsTag(k, tag)) return true;
  }
  return false;
}

// Whether `pred` holds for a word (lower-cased, split at white space) of
// `n`'s id or class attribute.
template <typename Pred>
bool AnyIdOrClassWord(const GumboNode* n, Pred pred) {
  for (const char* attr : {"id", "class"}) {
    const std::string words = AsciiLower(Attr(n, attr));
    size_t i = 0;
    while (i < words.size()) {
      size_t j = words.find_first_of(" \t\r\n\f", i);
      if (j == std::string::npos) j = words.size();
      const std::string_view w = std::string_view(words).substr(i, j - i);
      i = j + 1;
      if (!w.empty() && pred(w)) return true;
    }
  }
  return false;
}

// True for an element whose whole subtree is page furniture, not article text.
// Readers' comments under an article (<section id="comments">, <div
// class="comment">, <div id="disqus_thread">): an id or class word that
// names them. ("commentary", an opinion piece, is none.)
bool IsCommentSection(const GumboNode* n) {
  static constexpr std::string_view kCommentWords[] = {
      "comment",          "comments",           "comment-list",     "comments-list",    "commentlist",
      "comment-section",  "comments-section",   "comment-area",     "comments-area",    "comment-body",
      "comment-content",  "comments-wrapper",   "comments-container", "comment-thread", "comments-thread",
      "user-comments",    "reader-comments"};
  return AnyIdOrClassWord(n, [](std::string_view w) {
    for (std::string_view c : kCommentWords) {
      if (w == c) return true;
    }
    return w.find("disqus") != std::string_view::npos;
  });
}

// Whether `n` lies inside a <blockquote>.
bool InBlockquote(const GumboNode* n) {
  for (const GumboNode* p = n->parent; p; p = p->parent) {
    if (TagName(p) == "blockquote") return true;
  }
  return false;
}

// Whether a class word of `n` is `word`.
bool HasClassWord(const GumboNode* n, std::string_view word) {
  const std::string words = AsciiLower(Attr(n, "class"));
  size_t i = 0;
  while (i < words.size()) {
    size_t j = words.find_first_of(" \t\r\n\f", i);
    if (j == std::string::npos) j = words.size();
    if (std::string_view(words).substr(i, j - i) == word) return true;
    i = j + 1;
  }
  return false;
}

// The signature line of a quotation set as a block: a <footer> inside the
// <blockquote> (the HTML standard's markup, "<footer>— Ann Lee, mayor"),
// Bootstrap's <footer class="blockquote-footer"> (its dash drawn by CSS),
// or a <cite> that is a child of the <blockquote> (WordPress's quote block,
// "<blockquote><p>…</p><cite>Ann Lee</cite>"). Also any other element of
// class "blockquote-footer" inside a <blockquote> ("<p
// class="blockquote-footer">Ann Lee</p>"), and a <cite> that ends the
// quotation's last paragraph after its text ("<blockquote><p>We will
// build it. <cite>Ann Lee</cite></p></blockquote>").
bool IsQuoteSignature(const GumboNode* n) {
  const std::string_view tag = TagName(n);
  if (tag == "footer") return HasClassWord(n, "blockquote-footer") || InBlockquote(n);
  if (tag == "cite") {
    const GumboNode* p = n->parent;
    if (!p) return false;
    if (TagName(p) == "blockquote") return true;
    if (TagName(p) != "p" || !p->parent || TagName(p->parent) != "blockquote") return false;
    // The last element (or text that is not blank) of the paragraph, and
    // the paragraph the last element of the quotation.
    auto last_of = [](const GumboNode* parent, const GumboNode* child) {
      const GumboVector& kids = parent->v.element.children;
      for (size_t i = kids.length; i-- > 0;) {
        const auto* k = static_cast<const GumboNode*>(kids.data[i]);
        if (k == child) return true;
        if (k->type == GUMBO_NODE_ELEMENT) return false;
        if (k->type == GUMBO_NODE_TEXT) {
          const std::string_view t(k->v.text.text);
          if (t.find_first_not_of(" \t\r\n\f") != std::string_view::npos) return false;
        }
      }
      return false;
    };
    return n->index_within_parent > 0 && last_of(p, n) && last_of(p->parent, p);
  }
  return HasClassWord(n, "blockquote-footer") && InBlockquote(n);
}

bool IsSkipped(const GumboNode* n) {
  std::string_view tag = TagName(n);
  if (OneOf(tag, kSkipped) && !(tag == "footer" && IsQuoteSignature(n))) return true;
  if (HasAttr(n, "hidden")) return true;
  if (AsciiLower(Attr(n, "aria-hidden")) == "true") return true;
  if (OneOf(std::string_view(AsciiLower(Attr(n, "role"))), kSkippedRoles)) return true;
  // A page header with the site's menu.
  if (tag == "header" && ContainsTag(n, "nav")) return true;
  // A photo's caption and credit ("Dock workers protest … (Photo: Jo Lee/
  // Gazette)"), but not the line naming the speaker of a quotation set as a
  // figure (<figure><blockquote>…</blockquote><figcaption>).
  if (tag == "figcaption" && !(n->parent && ContainsTag(n->parent, "blockquote"))) return true;
  // (Never the page's own containers: "comments-open" on <main> is a state;
  // nor an element that holds a headline, <article class="comment"> set
  // around the story itself.)
  if (tag != "body" && tag != "html" && tag != "main" && IsCommentSection(n) && !ContainsTag(n, "h1")) return true;
  return false;
}

// Concatenated decoded text of a subtree (for <title> and metadata).
void CollectText(const GumboNode* n, std::string* out) {
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
    out->append(n->v.text.text);
    return;
  }
  if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE) return;
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) CollectText(static_cast<const GumboNode*>(kids.data[i]), out);
}

// Whether the decoded text of `n` opens (after whitespace) with a dash.
bool StartsWithDash(const GumboNode* n) {
  std::string text;
  CollectText(n, &text);
  const size_t at = text.find_first_not_of(" \t\r\n");
  if (at == std::string::npos) return false;
  const std::string_view rest = std::string_view(text).substr(at);
  return rest.rfind("\xE2\x80\x94", 0) == 0 || rest.rfind("\xE2\x80\x93", 0) == 0 ||
         rest.rfind("\xE2\x80\x95", 0) == 0 || rest.rfind("-", 0) == 0;
}

std::string CollapseSpaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (IsHtmlSpace(c)) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// Cells that pair a source with its quotation (table40): a table row
// ("<tr><td>Jo Ray, mayor</td><td>“We will rebuild.”</td></tr>", also under
// <th> headers "Who | What they said") or a definition list's term and its
// one description ("<dt>Jo Ray, mayor</dt><dd>“…”</dd>") whose one cell is
// only a quotation and whose other is a short line with no quote mark, a
// name, a role or an organisation. A reader takes the row as the
// attribution of the quotation to that source, as the signature line under
// a quotation set as a block; so the source's cell is read as such a line,
// "— Jo Ray, mayor", and the attribute stage links it to the quotation's
// cell (Block::signs). Whether the line names a source is the attribute
// stage's reading of it, as for any signature.

// The decoded text of a subtree, spaces collapsed, trimmed; a <q> adds the
// marks a browser shows for it.
void CellText(const GumboNode* n, std::string* out) {
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
    out->append(n->v.text.text);
    return;
  }
  if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE) return;
  if (IsSkipped(n)) return;
  const bool q = TagName(n) == "q";
  if (q) out->append("\xE2\x80\x9C");
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) CellText(static_cast<const GumboNode*>(kids.data[i]), out);
  if (q) out->append("\xE2\x80\x9D");
}

std::string CellString(const GumboNode* n) {
  std::string raw;
  CellText(n, &raw);
  return CollapseSpaces(raw);
}

// Double quotation marks of the languages the packs know, and the straight one.
constexpr std::array<std::string_view, 7> kOpenMarks = {
    "\xE2\x80\x9C", "\xE2\x80\x9E", "\xC2\xAB", "\xC2\xBB", "\xE3\x80\x8C", "\xE3\x80\x8E", "\""};
constexpr std::array<std::string_view, 7> kCloseMarks = {
    "\xE2\x80\x9D", "\xE2\x80\x9C", "\xC2\xBB", "\xC2\xAB", "\xE3\x80\x8D", "\xE3\x80\x8F", "\""};

template <size_t N>
bool StartsWithAny(std::string_view s, const std::array<std::string_view, N>& marks) {
  for (std::string_view m : marks) {
    if (s.substr(0, m.size()) == m) return true;
  }
  return false;
}

template <size_t N>
bool EndsWithAny(std::string_view s, const std::array<std::string_view, N>& marks) {
  for (std::string_view m : marks) {
    if (s.size() >= m.size() && s.substr(s.size() - m.size()) == m) return true;
  }
  return false;
}

// A cell that is only a quotation: it opens with a double quotation mark
// and closes with one (a period after the closing mark allowed).
bool IsQuotationCell(std::string_view t) {
  if (t.size() < 3 || !StartsWithAny(t, kOpenMarks)) return false;
  if (t.back() == '.') t.remove_suffix(1);
  return EndsWithAny(t, kCloseMarks);
}

// Whether a short line can name a person or a body: a word after its first
// that opens with a capital ("Jo Ray, mayor", "Mayor Jo Ray", "Harbor
// Authority"), or letters none of which is cased (a Chinese or Japanese
// name).
// A label, "Slogan", "Campaign song", "2019", "Who pays", names nobody: a
// glossary or a fact box is not a row of speakers (fu40b).
bool NamesSomeone(std::string_view t) {
  bool cased = false, letters = false, first_word = true, word_start = true;
  for (int32_t i = 0, n = static_cast<int32_t>(t.size()); i < n;) {
    UChar32 c = 0;
    U8_NEXT(t.data(), i, n, c);
    if (c < 0) continue;
    if (u_isUWhiteSpace(c)) {
      if (!word_start) first_word = false;
      word_start = true;
      continue;
    }
    const bool upper = u_isupper(c) || u_istitle(c);
    if (upper || u_islower(c)) cased = true;
    if (u_isalpha(c)) letters = true;
    if (word_start && !first_word && upper) return true;
    word_start = false;
  }
  return letters && !cased;
}

// A cell's text lower-cased (all scripts), a colon after it dropped.
std::string LowerLabel(std::string_view t) {
  while (!t.empty() && (t.back() == ':' || t.back() == ' ')) t.remove_suffix(1);
  std::string out;
  for (int32_t i = 0, n = static_cast<int32_t>(t.size()); i < n;) {
    UChar32 c = 0;
    U8_NEXT(t.data(), i, n, c);
    if (c < 0) continue;
    c = u_tolower(c);
    char buf[U8_MAX_LENGTH];
    int32_t len = 0;
    UBool error = false;
    U8_APPEND(buf, len, U8_MAX_LENGTH, c, error);
    if (!error) out.append(buf, static_cast<size_t>(len));
  }
  return out;
}

// Column headers that say the column names who speaks ("Who | What they
// said", "Name | Quote"), in the languages of rules/ (fixk41). Under such
// a header a cell names its row's source whatever its case: a surname
// alone ("Ruiz"), a described source ("A council engineer").
// (Markup words, as the tag names here: the extract stage runs before the
// language is known, so no language pack's list can be read yet.)
constexpr std::array<std::string_view, 45> kWhoHeaders = {
    // en
    "who", "name", "names", "speaker", "speakers", "source", "sources", "person", "said by", "quoted",
    // de
    "wer", "sprecher", "sprecherin", "quelle", "person",
    // fr
    "qui", "nom", "intervenant", "intervenante", "auteur",
    // es
    "quién", "quien", "nombre", "fuente", "portavoz", "persona",
    // it
    "chi", "nome", "fonte",
    // pt
    "quem", "pessoa",
    // ru
    "кто", "имя", "источник", "спикер",
    // zh
    "谁", "姓名", "人物", "发言人", "来源", "消息来源",
    // ja
    "誰", "名前", "氏名", "発言者"};

bool IsWhoHeader(std::string_view t) {
  const std::string l = LowerLabel(t);
  return !l.empty() && OneOf(std::string_view(l), kWhoHeaders);
}

// Column headers that say the column holds what was said ("Resident |
// Comment", "Voter | What they said", "Name | Quote"), in the languages of
// rules/ (fmt44). In a table of two columns whose header row has one of
// these over one column and no Who header, the other column names who
// speaks, as under "Who": its cells are sources whatever they write ("Local
// shop owner"). A glossary's or fact box's header ("Term | Meaning") is no
// such header. (Markup words, as kWhoHeaders.)
constexpr std::array<std::string_view, 58> kQuoteHeaders = {
    // en
    "quote", "quotes", "quotation", "quotations", "comment", "comments", "said", "says", "what they said",
    "what they say", "what he said", "what she said", "in their words", "in their own words", "reaction",
    "reactions", "statement", "view",
    // de
    "zitat", "zitate", "aussage", "aussagen", "kommentar", "was sie sagen", "was sie sagten", "stimme", "stimmen",
    // fr
    "citation", "citations", "propos", "commentaire", "ce qu'ils disent", "déclaration", "réaction",
    // es
    "cita", "citas", "comentario", "lo que dijo", "lo que dicen", "declaración", "reacción",
    // it
    "citazione", "commento", "cosa ha detto", "cosa dicono", "dichiarazione",
    // pt
    "citação", "comentário", "o que disse", "o que dizem", "declaração",
    // ru
    "цитата", "комментарий", "заявление",
    // zh
    "引语", "原话",
    // ja
    "発言"};

bool IsQuoteHeader(std::string_view t) {
  const std::string l = LowerLabel(t);
  return !l.empty() && OneOf(std::string_view(l), kQuoteHeaders);
}

// The capitalized words a page's text writes as names: inside a line of
// prose, after other words of their sentence ("said Ana Ruiz",
// "Greenpeace and the union"), where a capital marks a name, not a
// sentence's start. `page` is the page's text, a line per block; a line in
// title case (a headline: no more words in lower case than capitalized)
// tells nothing. A glossary's label ("Filibuster", "Slogan") is a common
// noun the text writes in lower case, if at all (fixk41). Linear in the
// page's length.
std::unordered_set<std::string> NamesInProse(std::string_view page) {
  std::unordered_set<std::string> names;
  for (size_t line_begin = 0; line_begin < page.size();) {
    size_t line_end = page.find('\n', line_begin);
    if (line_end == std::string_view::npos) line_end = page.size();
    const std::string_view line = page.substr(line_begin, line_end - line_begin);
    line_begin = line_end + 1;
    // The words: (begin, end, capitalized, after a sentence's start).
    struct Word {
      size_t begin, end;
      bool upper, opens;
    };
    std::vector<Word> words;
    int lower = 0, upper = 0;
    bool opens = true;  // the next word opens a sentence
    for (int32_t i = 0, n = static_cast<int32_t>(line.size()); i < n;) {
      const int32_t at = i;
      UChar32 c = 0;
      U8_NEXT(line.data(), i, n, c);
      if (c < 0) continue;
      if (u_isalnum(c)) {
        int32_t e = i;
        while (e < n) {
          int32_t k = e;
          UChar32 d = 0;
          U8_NEXT(line.data(), k, n, d);
          if (!(d >= 0 && (u_isalnum(d) || d == '-' || d == '\''))) break;
          e = k;
        }
        const bool up = u_isupper(c) || u_istitle(c);
        if (u_islower(c)) ++lower;
        if (up) ++upper;
        words.push_back({static_cast<size_t>(at), static_cast<size_t>(e), up, opens});
        opens = false;
        i = e;
        continue;
      }
      if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' || c == 0x201C || c == 0x2018 ||
          c == 0x201E || c == 0x2014 || c == 0x2013 || c == 0xAB || c == 0xBB) {
        opens = true;
      }
    }
    if (lower <= upper) continue;
    for (const Word& w : words) {
      if (w.upper && !w.opens) names.emplace(line.substr(w.begin, w.end - w.begin));
    }
  }
  return names;
}

// A cell that can be the line naming a quotation's source: one to twelve
// words, no quotation mark, not a sentence (no final period, question or
// exclamation mark, colon), and naming someone: it can name someone
// (NamesSomeone), stands in a column headed "Who" or the like (`who_column`)
// or is one word the page writes as a name elsewhere (NamesInProse,
// `page_names`: "Ruiz", "Greenpeace").
bool IsSourceCell(std::string_view t, bool who_column, const std::unordered_set<std::string>& page_names) {
  if (t.empty() || t.size() > 160) return false;
  for (std::string_view m : kOpenMarks) {
    if (t.find(m) != std::string_view::npos) return false;
  }
  for (std::string_view m : kCloseMarks) {
    if (t.find(m) != std::string_view::npos) return false;
  }
  const char last = t.back();
  if (last == '.' || last == '?' || last == '!' || last == ':' || last == ';') return false;
  if (std::count(t.begin(), t.end(), ' ') >= 12) return false;
  // (A cell with no letter, "2019", names nobody, under any header; fmt44.)
  if (std::none_of(t.begin(), t.end(), [](char c) {
        return static_cast<unsigned char>(c) >= 0x80 || std::isalpha(static_cast<unsigned char>(c));
      })) {
    return false;
  }
  return who_column || NamesSomeone(t) || page_names.count(std::string(t)) > 0;
}

// The cells of a table row (its <td> and <th> children that are read).
std::vector<const GumboNode*> RowCells(const GumboNode* tr) {
  std::vector<const GumboNode*> cells;
  const GumboVector& kids = tr->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    const auto* k = static_cast<const GumboNode*>(kids.data[i]);
    const std::string_view tag = TagName(k);
    if ((tag == "td" || tag == "th") && !IsSkipped(k)) cells.push_back(k);
  }
  return cells;
}

// Whether a cell holds block markup (paragraphs, lists, a nested table,
// line breaks): such a cell is more than one line.
bool HoldsBlocks(const GumboNode* n) {
  if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE) return false;
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    const auto* k = static_cast<const GumboNode*>(kids.data[i]);
    const std::string_view tag = TagName(k);
    if (tag == "br" || tag == "td" || tag == "th" || OneOf(tag, kBlocks) || HoldsBlocks(k)) return true;
  }
  return false;
}

// Of two cells, the one naming the source and the quotation's, when they
// pair so (see above); nulls otherwise.
// `who_a` and `who_b`: whether the cell stands in a column whose header
// says it names who speaks; `page_names`: NamesInProse of the page.
std::pair<const GumboNode*, const GumboNode*> SourceAndQuotation(const GumboNode* a, const GumboNode* b, bool who_a,
                                                                 bool who_b,
                                                                 const std::unordered_set<std::string>& page_names) {
  if (HoldsBlocks(a) || HoldsBlocks(b)) return {nullptr, nullptr};
  const std::string ta = CellString(a), tb = CellString(b);
  if (IsQuotationCell(tb) && IsSourceCell(ta, who_a, page_names)) return {a, b};
  if (IsQuotationCell(ta) && IsSourceCell(tb, who_b, page_names)) return {b, a};
  return {nullptr, nullptr};
}

// Whether `inner` is `outer` or lies inside it.
bool ContainsNode(const GumboNode* outer, const GumboNode* inner) {
  for (const GumboNode* p = inner; p; p = p->parent) {
    if (p == outer) return true;
  }
  return false;
}

// Amount of article-like text under a node (to pick the main <article>).
size_t TextWeight(const GumboNode* n) {
  if (n->type == GUMBO_NODE_TEXT) return std::strlen(n->v.text.text);
  if (n->type != GUMBO_NODE_ELEMENT) return 0;
  if (IsSkipped(n)) return 0;
  size_t total = 0;
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) total += TextWeight(static_cast<const GumboNode*>(kids.data[i]));
  return total;
}

// Text under a node that is not in a link: a teaser card's headline link,
// a "most read" list, weigh nothing beside the story's paragraphs.
size_t ProseWeight(const GumboNode* n) {
  if (n->type == GUMBO_NODE_TEXT) return std::strlen(n->v.text.text);
  if (n->type != GUMBO_NODE_ELEMENT) return 0;
  if (IsSkipped(n) || TagName(n) == "a") return 0;
  size_t total = 0;
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) total += ProseWeight(static_cast<const GumboNode*>(kids.data[i]));
  return total;
}

// The <article> elements that could hold the story: none inside page
// furniture that is never read (comments, an <aside>, a <footer>, …).
void FindArticles(const GumboNode* n, std::vector<const GumboNode*>* out) {
  if (n->type != GUMBO_NODE_ELEMENT || IsSkipped(n)) return;
  if (TagName(n) == "article") out->push_back(n);
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) FindArticles(static_cast<const GumboNode*>(kids.data[i]), out);
}

void FindAll(const GumboNode* n, std::string_view tag, std::vector<const GumboNode*>* out) {
  if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE) return;
  if (TagName(n) == tag) out->push_back(n);
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) FindAll(static_cast<const GumboNode*>(kids.data[i]), tag, out);
}

// Whether an id or class of `n` names a teaser card for another story: a
// word, or a part of a word split at "-" and "_", that is one of kCardParts
// ("teaser", "story-card", "related-articles", "promo_box"), or a word of
// kCardWords ("more-stories").
bool HasCardName(const GumboNode* n) {
  static constexpr std::string_view kCardParts[] = {"teaser", "teasers",     "card",            "cards",
                                                    "related", "promo",     "promos",          "recommended",
                                                    "recirculation", "recommendations", "outbrain", "taboola"};
  static constexpr std::string_view kCardWords[] = {"more-stories", "morestories", "more-news", "more-articles",
                                                    "read-next",    "also-read",   "most-read", "most-popular"};
  return AnyIdOrClassWord(n, [](std::string_view w) {
    for (std::string_view c : kCardWords) {
      if (w == c) return true;
    }
    size_t a = 0;
    while (a <= w.size()) {
      size_t b = w.find_first_of("-_", a);
      if (b == std::string_view::npos) b = w.size();
      const std::string_view part = w.substr(a, b - a);
      for (std::string_view c : kCardParts) {
        if (part == c) return true;
      }
      a = b + 1;
    }
    return false;
  });
}

// Whether the first heading (<h2>–<h6>) under `n` is, or is in, a link: a
// teaser's headline links to its story.
bool FirstHeadingIsLink(const GumboNode* n) {
  const GumboNode* heading = nullptr;
  std::vector<const GumboNode*> stack{n};
  while (!stack.empty() && !heading) {
    const GumboNode* e = stack.back();
    stack.pop_back();
    if (e->type != GUMBO_NODE_ELEMENT) continue;
    const std::string_view tag = TagName(e);
    if (e != n && tag.size() == 2 && tag[0] == 'h' && tag[1] >= '2' && tag[1] <= '6') {
      heading = e;
      break;
    }
    const GumboVector& kids = e->v.element.children;
    for (unsigned i = kids.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
  }
  if (!heading) return false;
  if (ContainsTag(heading, "a")) return true;
  for (const GumboNode* p = heading->parent; p && p != n; p = p->parent) {
    if (TagName(p) == "a") return true;
  }
  return false;
}

// Teaser cards for other stories, however long beside the story: an
// element (not the page's <body> or <main>) that does not hold the page's
// headline (`h1`, its first <h1>), holds a link, has under
// kMaxCardProse bytes of prose, and either has a card's name (HasCardName:
// "teaser", "related-stories", …) or is an <article> whose first heading
// is a link while the page's headline is not (`headline`: a site's name
// linked home as its <h1> says nothing of where the story is). The
// outermost ones under `n` are listed, none inside furniture never read.
constexpr size_t kMaxCardProse = 1000;

bool IsCard(const GumboNode* n, const GumboNode* h1, bool headline) {
  const std::string_view tag = TagName(n);
  if (tag == "body" || tag == "html" || tag == "main") return false;
  const bool named = HasCardName(n);
  if (!named && !(tag == "article" && headline)) return false;
  if (h1 && ContainsNode(n, h1)) return false;
  if (!named && !FirstHeadingIsLink(n)) return false;
  return ContainsTag(n, "a") && ProseWeight(n) < kMaxCardProse;
}

void FindCards(const GumboNode* n, const GumboNode* h1, bool headline, std::vector<const GumboNode*>* out) {
  if (n->type != GUMBO_NODE_ELEMENT || IsSkipped(n)) return;
  if (IsCard(n, h1, headline)) {
    out->push_back(n);
    return;
  }
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) FindCards(static_cast<const GumboNode*>(kids.data[i]), h1, headline, out);
}

// Metadata from <meta>, <title>, <link rel=canonical>, <html lang>.
class MetadataReader {
 public:
  void Visit(const GumboNode* n) {
    if (n->type != GUMBO_NODE_ELEMENT) return;
    std::string_view tag = TagName(n);
    if (tag == "meta") Meta(n);
    else if (tag == "title" && title_.empty()) CollectText(n, &title_);
    else if (tag == "link" && AsciiLower(Attr(n, "rel")) == "canonical") Set(&canonical_, Attr(n, "href"));
    else if (tag == "html") Set(&lang_, Attr(n, "lang"));
    else if (tag == "time" && HasAttr(n, "datetime")) Set(&time_, Attr(n, "datetime"));
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) Visit(static_cast<const GumboNode*>(kids.data[i]));
  }

  // The title is the page's own social title, else the article's headline
  // (<title> often carries the site's name: "Talks stall - The Ledger"), else
  // <title>, else any <h1>.
  void Fill(Metadata* m, const std::string& headline, const std::string& h1) const {
    auto pick = [](std::initializer_list<const std::string*> options) -> std::optional<std::string> {
      for (const std::string* o : options) {
        std::string v = CollapseSpaces(*o);
        if (!v.empty()) return v;
      }
      return std::nullopt;
    };
    if (!m->title) m->title = pick({&og_title_, &headline, &title_, &h1});
    if (!m->author) m->author = pick({&author_});
    if (!m->published) m->published = pick({&published_, &time_});
    if (!m->outlet) m->outlet = pick({&site_, &publisher_});
    if (!m->url) m->url = pick({&og_url_, &canonical_});
    if (!m->language) {
      std::string lang = AsciiLower(CollapseSpaces(lang_));
      lang = lang.substr(0, lang.find_first_of("-_"));
      if (!lang.empty()) m->language = lang;
    }
  }

 private:
  static void Set(std::string* field, std::string_view value) {
    if (field->empty()) *field = std::string(value);
  }

  void Meta(const GumboNode* n) {
    std::string key = AsciiLower(Attr(n, "property"));
    if (key.empty()) key = AsciiLower(Attr(n, "name"));
    if (key.empty()) key = AsciiLower(Attr(n, "itemprop"));
    std::string_view content = Attr(n, "content");
    if (key.empty() || content.empty()) return;
    if (key == "og:title" || key == "twitter:title") {
      Set(&og_title_, content);
    } else if (key == "author" || key == "article:author" || key == "byl" || key == "dc.creator" ||
               key == "parsely-author" || key == "sailthru.author") {
      // article:author is often a profile URL; a name is more useful.
      if (content.rfind("http", 0) == 0) return;
      Set(&author_, WithoutBylineWord(content));
    } else if (key == "article:published_time" || key == "og:published_time" || key == "date" ||
               key == "pubdate" || key == "publish-date" || key == "publishdate" ||
               key == "datepublished" || key == "dc.date" || key == "dc.date.issued" ||
               key == "parsely-pub-date" || key == "sailthru.date") {
      Set(&published_, content);
    } else if (key == "og:site_name" || key == "application-name") {
      Set(&site_, content);
    } else if (key == "article:publisher" || key == "publisher") {
      if (content.rfind("http", 0) != 0) Set(&publisher_, content);
    } else if (key == "og:url") {
      Set(&og_url_, content);
    }
  }

  std::string title_, og_title_, author_, published_, time_, site_, publisher_, og_url_,
      canonical_, lang_;
};

// The primary language subtag ("fr" for "fr-CA") of the nearest `lang`
// attribute on the element or its ancestors, lower-cased; empty if none.
std::string LanguageOf(const GumboNode* n) {
  for (; n; n = n->parent) {
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    std::string_view lang = Attr(n, "lang");
    if (lang.empty()) continue;
    std::string primary = AsciiLower(lang.substr(0, lang.find_first_of("-_")));
    while (!primary.empty() && IsHtmlSpace(primary.back())) primary.pop_back();
    while (!primary.empty() && IsHtmlSpace(primary.front())) primary.erase(0, 1);
    return primary;
  }
  return {};
}

struct QuoteMarks {
  std::string_view open, close, inner_open, inner_close;
};

// The quotation marks of a language, outer and nested, as browsers render <q>.
const QuoteMarks& MarksFor(std::string_view language) {
  static const QuoteMarks kEnglish{"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99"};
  static const QuoteMarks kGerman{"\xE2\x80\x9E", "\xE2\x80\x9C", "\xE2\x80\x9A", "\xE2\x80\x98"};
  static const QuoteMarks kGuillemets{"\xC2\xAB", "\xC2\xBB", "\xE2\x80\x9C", "\xE2\x80\x9D"};
  static const QuoteMarks kRussian{"\xC2\xAB", "\xC2\xBB", "\xE2\x80\x9E", "\xE2\x80\x9C"};
  static const QuoteMarks kJapanese{"\xE3\x80\x8C", "\xE3\x80\x8D", "\xE3\x80\x8E", "\xE3\x80\x8F"};
  if (language == "de") return kGerman;
  if (language == "fr" || language == "es" || language == "it" || language == "pt") return kGuillemets;
  if (language == "ru") return kRussian;
  if (language == "ja") return kJapanese;
  return kEnglish;
}

// Walks the chosen body and builds the extracted text.
class HtmlWalker {
 public:
  explicit HtmlWalker(std::string_view source) : src_(source) {}

  // Elements left out besides page furniture (teaser cards).
  void Skip(const GumboNode* n) { skipped_.insert(n); }

  void Node(const GumboNode* n) {
    switch (n->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        Text(n);
        break;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE:
        Element(n);
        break;
      default:  // comments and the document node carry no article text
        break;
    }
  }

  // Emits a headline block from an element outside the body (an <h1> before
  // the <article>).
  void Headline(const GumboNode* h1) {
    BlockKind saved = kind_;
    kind_ = BlockKind::kHeadline;
    Break();
    Children(h1);
    Break();
    kind_ = saved;
  }

  Extracted Finish() {
    Extracted out;
    out.text = b_.TakeText();
    out.map = b_.TakeMap();
    out.kinds = std::move(kinds_);
    out.quote_groups = std::move(groups_);
    out.subheads = std::move(subheads_);
    out.inline_quotes = std::move(quotes_);
    if (out.kinds.empty()) out.kinds.push_back(BlockKind::kParagraph);
    out.quote_groups.resize(out.kinds.size(), -1);
    out.signs.assign(out.kinds.size(), -1);
    for (const auto& [source, quotation] : pair_blocks_) {
      if (source >= 0 && quotation >= 0 && static_cast<size_t>(source) < out.signs.size()) {
        out.signs[static_cast<size_t>(source)] = quotation;
      }
    }
    if (any_dropped_) {
      out.dropped = std::move(dropped_blocks_);
      out.dropped.resize(out.kinds.size());
    }
    return out;
  }

 private:
  void Children(const GumboNode* n) {
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) Node(static_cast<const GumboNode*>(kids.data[i]));
  }

  void Element(const GumboNode* n) {
    // A photo's caption and credit is not read (IsSkipped), but it is text
    // a reader sees: it becomes a block of its own that the clean stage
    // masks, so `onrecord clean` shows it ⟦masked⟧ and nothing audits it
    // (fixa40). A caption that is hidden stays out altogether.
    if (dropping_.empty() && TagName(n) == "figcaption" && IsSkipped(n) && !HasAttr(n, "hidden") &&
        AsciiLower(Attr(n, "aria-hidden")) != "true") {
      Break();
      dropping_ = "html.figcaption";
      Children(n);
      Break();
      dropping_.clear();
      return;
    }
    if (IsSkipped(n)) return;
    if (!skipped_.empty() && skipped_.count(n) > 0) return;
    std::string_view tag = TagName(n);
    if (tag == "br") {
      Break();
      return;
    }
    if (tag == "q") {
      Quote(n);
      return;
    }
    if (tag == "table") PairTable(n);
    if (tag == "dl") PairTerms(n);
    if (tag == "td" || tag == "th") {
      // Each cell is a block of its own: joined with a space, a label cell
      // ran into the next ("Note People familiar with the matter said …")
      // and the sentence after it was never read as one (fu39).
      Break();
      const size_t first_block = kinds_.size();
      if (source_cells_.count(n) > 0) SignatureDash(n);
      Children(n);
      Break();
      RecordPairBlock(n, first_block);
      return;
    }
    // A quotation's signature (a <footer> or <cite> under it, see
    // IsQuoteSignature) is a block of its own, as the caption below; so is
    // a definition list's term naming the source of its description's
    // quotation (PairTerms).
    const bool signature = tag == "figcaption" || IsQuoteSignature(n) || source_cells_.count(n) > 0;
    if (!OneOf(tag, kBlocks) && !signature) {
      Children(n);  // inline markup: its text only
      return;
    }
    BlockKind saved_kind = kind_;
    bool saved_quote = in_blockquote_;
    const bool saved_subhead = in_subhead_;
    bool subhead = in_subhead_;
    if (tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6') {
      // <h1> is the headline; other headings are subheads, unless they open the text.
      kind_ = tag == "h1" || kinds_.empty() ? BlockKind::kHeadline : BlockKind::kParagraph;
      subhead = kind_ != BlockKind::kHeadline;  // (fmt42)
    } else if (tag == "blockquote") {
      kind_ = BlockKind::kBlockQuote;
      // Each outermost <blockquote> is one quotation, signed on its own.
      if (!in_blockquote_) group_ = next_group_++;
      in_blockquote_ = true;
    } else if (tag == "li" || tag == "dd" || tag == "dt") {
      if (!in_blockquote_) kind_ = BlockKind::kListItem;
    }
    in_subhead_ = subhead;
    Break();
    // The caption naming a quotation's speaker (<figure><blockquote>…
    // <figcaption>Ana Ruiz, mayor</figcaption>) reads as the signature line
    // a page shows under it, "— Ana Ruiz, mayor", whose dash the attribute
    // stage takes for the cue. The dash stands for no source bytes.
    // So does a <footer> or <cite> under the quotation.
    const size_t first_block = kinds_.size();
    if (signature) SignatureDash(n);
    Children(n);
    Break();
    RecordPairBlock(n, first_block);
    kind_ = saved_kind;
    in_subhead_ = saved_subhead;
    in_blockquote_ = saved_quote;
    if (!in_blockquote_) group_ = -1;
  }

  // Opens a signature line at `n`'s text with a dash standing for no source
  // bytes, unless the text opens with a dash of its own.
  void SignatureDash(const GumboNode* n) {
    if (StartsWithDash(n)) return;
    const size_t at = std::min(n->v.element.start_pos.offset + n->v.element.original_tag.length, src_.size());
    Content("\xE2\x80\x94", at, 0, false);
    Space(at, at);
  }

  // Registers a source cell and a quotation cell as a pair (see
  // SourceAndQuotation).
  void AddPair(std::pair<const GumboNode*, const GumboNode*> cells) {
    if (!cells.first) return;
    const int id = static_cast<int>(pair_blocks_.size());
    pair_blocks_.push_back({-1, -1});
    source_cells_.insert(cells.first);
    pair_of_[cells.first] = id;
    pair_of_[cells.second] = id;
  }

  // The rows of a table (not those of a table inside one of its cells).
  static void TableRows(const GumboNode* n, std::vector<const GumboNode*>* rows) {
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
      const auto* k = static_cast<const GumboNode*>(kids.data[i]);
      const std::string_view tag = TagName(k);
      if (tag == "tr") rows->push_back(k);
      else if (tag == "thead" || tag == "tbody" || tag == "tfoot") TableRows(k, rows);
    }
  }

  // Each table row of exactly two cells with text that pair a source with
  // its quotation. In a table with such a row, a row of headers only
  // ("Who | What they said") labels the columns and is not read: "What
  // they said" is no attribution.
  // A header row whose cell says its column names who speaks ("Who",
  // "Name", "Source"; kWhoHeaders) gives that column's cells as sources
  // whatever they write ("Ruiz", "A council engineer"), and, like any row
  // of headers in a table with a pair, is not read.
  void PairTable(const GumboNode* table) {
    std::vector<const GumboNode*> rows;
    TableRows(table, &rows);
    bool any = false, who_header = false;
    std::vector<const GumboNode*> headers;
    std::vector<size_t> who_columns;  // (columns by place among the row's cells)
    for (const GumboNode* tr : rows) {
      const std::vector<const GumboNode*> row = RowCells(tr);
      if (row.empty() || !std::all_of(row.begin(), row.end(), [](const GumboNode* c) { return TagName(c) == "th"; })) {
        continue;
      }
      if (std::any_of(row.begin(), row.end(), HoldsBlocks)) continue;
      for (size_t i = 0; i < row.size(); ++i) {
        if (IsWhoHeader(CellString(row[i]))) {
          who_columns.push_back(i);
          who_header = true;
        }
      }
      // ("Resident | Comment": the column beside a quotation header; fmt44.)
      std::vector<std::string> texts;
      for (const GumboNode* c : row) texts.push_back(CellString(c));
      // (The header row itself is read as before unless a row pairs: "Year |
      // What they said" alone stays text, as fixk41 left it.)
      if (const int other = SpeakerColumnBesideQuoteHeader(texts); other >= 0) {
        who_columns.push_back(static_cast<size_t>(other));
      }
    }
    auto who = [&who_columns](const std::vector<const GumboNode*>& row, const GumboNode* c) {
      const size_t i = static_cast<size_t>(std::find(row.begin(), row.end(), c) - row.begin());
      return std::find(who_columns.begin(), who_columns.end(), i) != who_columns.end();
    };
    for (const GumboNode* tr : rows) {
      const std::vector<const GumboNode*> row = RowCells(tr);
      // (A cell holding blocks, a nested table among them, pairs nothing;
      // its text is not gathered, so nested tables cost linear time.)
      if (std::any_of(row.begin(), row.end(), HoldsBlocks)) continue;
      std::vector<const GumboNode*> cells;
      bool all_th = true;
      for (const GumboNode* c : row) {
        all_th = all_th && TagName(c) == "th";
        if (!CellString(c).empty()) cells.push_back(c);
      }
      const auto pair = cells.size() == 2 ? SourceAndQuotation(cells[0], cells[1], who(row, cells[0]),
                                                               who(row, cells[1]), PageNames(table))
                                          : std::pair<const GumboNode*, const GumboNode*>{nullptr, nullptr};
      if (pair.first) {
        AddPair(pair);
        any = true;
      } else if (all_th && !cells.empty()) {
        headers.push_back(tr);
      }
    }
    // A header row saying "Who" labels its columns: "What they said" is no
    // attribution even where no row pairs (a row of three cells).
    if (any || who_header) {
      for (const GumboNode* tr : headers) skipped_.insert(tr);
    }
  }

  // The words the page that holds `n` writes as names (NamesInProse),
  // gathered once.
  const std::unordered_set<std::string>& PageNames(const GumboNode* n) {
    if (!page_names_) {
      const GumboNode* root = n;
      while (root->parent) root = root->parent;
      std::string text;
      GatherText(root, &text);
      page_names_ = NamesInProse(text);
    }
    return *page_names_;
  }

  static void GatherText(const GumboNode* n, std::string* out) {
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
      for (const char* c = n->v.text.text; *c; ++c) {
        const bool space = *c == ' ' || *c == '\n' || *c == '\t' || *c == '\r';
        if (space && (out->empty() || out->back() == ' ' || out->back() == '\n')) continue;
        out->push_back(space ? ' ' : *c);
      }
      return;
    }
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE && n->type != GUMBO_NODE_DOCUMENT) return;
    if (n->type != GUMBO_NODE_DOCUMENT && IsSkipped(n)) return;
    const bool block = n->type != GUMBO_NODE_DOCUMENT &&
                       (OneOf(TagName(n), kBlocks) || TagName(n) == "td" || TagName(n) == "th" || TagName(n) == "br");
    if (block && !out->empty() && out->back() != '\n') out->push_back('\n');
    const GumboVector& kids = n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) GatherText(static_cast<const GumboNode*>(kids.data[i]), out);
    if (block && !out->empty() && out->back() != '\n') out->push_back('\n');
  }

  // A definition list's groups of one term and one description that pair a
  // source with its quotation.
  void PairTerms(const GumboNode* dl) {
    std::vector<const GumboNode*> items;
    const GumboVector& kids = dl->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
      const auto* k = static_cast<const GumboNode*>(kids.data[i]);
      const std::string_view tag = TagName(k);
      if (tag == "dt" || tag == "dd") items.push_back(k);
      // (HTML allows the groups wrapped in a <div> each.)
      if (tag == "div") PairTerms(k);
    }
    for (size_t i = 0; i + 1 < items.size(); ++i) {
      if (TagName(items[i]) != "dt" || TagName(items[i + 1]) != "dd") continue;
      if (i > 0 && TagName(items[i - 1]) == "dt") continue;                      // several terms
      if (i + 2 < items.size() && TagName(items[i + 2]) == "dd") continue;       // several descriptions
      AddPair(SourceAndQuotation(items[i], items[i + 1], false, false, PageNames(dl)));
    }
  }

  // After a paired cell's walk: the block it made, when it made exactly one.
  void RecordPairBlock(const GumboNode* n, size_t first_block) {
    if (pair_of_.empty()) return;
    auto it = pair_of_.find(n);
    if (it == pair_of_.end()) return;
    std::array<int, 2>& blocks = pair_blocks_[static_cast<size_t>(it->second)];
    const int at = kinds_.size() == first_block + 1 ? static_cast<int>(first_block) : -1;
    blocks[source_cells_.count(n) > 0 ? 0 : 1] = at;
  }

  // <q>: the quoted text between the marks a browser shows for the
  // element's language (“…” and ‘…’ by default, «…» in French, „…“ in
  // German, …; the inner pair when nested), the marks standing for no source
  // bytes, and the span recorded as an inline quote.
  void Quote(const GumboNode* n) {
    const GumboElement& e = n->v.element;
    size_t open_at = std::min(e.start_pos.offset + e.original_tag.length, src_.size());
    bool nested = q_depth_ % 2 == 1;
    const QuoteMarks& marks = MarksFor(LanguageOf(n));
    Content(nested ? marks.inner_open : marks.open, open_at, 0, false);
    size_t inner_begin = b_.text().size();
    ++q_depth_;
    Children(n);
    --q_depth_;
    size_t inner_end = b_.text().size();
    space_ = false;  // no space before the closing mark
    Content(nested ? marks.inner_close : marks.close, EndTagOffset(n), 0, false);
    // A block inside the <q> (invalid, but seen) breaks it: no inline span then.
    std::string_view inner = std::string_view(b_.text()).substr(inner_begin, inner_end - inner_begin);
    if (!inner.empty() && inner.find('\n') == std::string_view::npos) {
      quotes_.push_back({inner_begin, inner_end});
    }
  }

  size_t EndTagOffset(const GumboNode* n) const {
    const GumboElement& e = n->v.element;
    if (e.original_end_tag.length > 0) return std::min<size_t>(e.end_pos.offset, src_.size());
    return pos_;
  }

  // The next text starts a new block.
  void Break() {
    open_ = false;
    space_ = false;
  }

  // Whitespace in the source: one space between words of a block.
  void Space(size_t begin, size_t end) {
    pos_ = std::max(pos_, end);
    if (!open_) return;
    if (!space_) {
      space_ = true;
      space_begin_ = begin;
    }
    space_end_ = end;
  }

  // Non-space text: copied from the source, or a replacement standing for
  // source bytes [base, base + base_length).
  void Content(std::string_view text, size_t base, size_t base_length, bool copy) {
    if (!open_) {
      if (!kinds_.empty()) b_.Replace("\n", base, 0);
      kinds_.push_back(kind_);
      groups_.push_back(in_blockquote_ ? group_ : -1);
      if (in_subhead_ && kind_ != BlockKind::kHeadline) subheads_.push_back(kinds_.size() - 1);
      if (!dropping_.empty()) {
        dropped_blocks_.resize(kinds_.size());
        dropped_blocks_.back() = dropping_;
        any_dropped_ = true;
      }
      open_ = true;
    } else if (space_) {
      b_.Replace(" ", space_begin_, space_end_ - space_begin_);
    }
    space_ = false;
    if (copy) b_.Copy(src_, base, base + base_length);
    else b_.Replace(text, base, base_length);
    pos_ = std::max(pos_, base + base_length);
  }

  // A decoded piece standing for source bytes [base, base + len): spaces fold.
  void Piece(std::string_view decoded, size_t base, size_t len, bool copy) {
    if (!copy) {
      bool all_space = !decoded.empty() && std::all_of(decoded.begin(), decoded.end(), IsHtmlSpace);
      if (decoded.empty()) pos_ = std::max(pos_, base + len);
      else if (all_space) Space(base, base + len);
      else Content(decoded, base, len, false);
      return;
    }
    // A copied run: split into space and non-space runs.
    size_t i = 0;
    while (i < len) {
      size_t j = i;
      bool space = IsHtmlSpace(src_[base + i]);
      while (j < len && IsHtmlSpace(src_[base + j]) == space) ++j;
      if (space) Space(base + i, base + j);
      else Content({}, base + i, j - i, true);
      i = j;
    }
  }

  void Text(const GumboNode* n) {
    const GumboText& t = n->v.text;
    std::string_view dec(t.text);
    std::string_view orig(t.original_text.data, t.original_text.length);
    bool inside = orig.data() >= src_.data() && orig.data() + orig.size() <= src_.data() + src_.size();
    if (!inside) {
      // No source bytes to point at (should not happen): the text stands for
      // an empty range where the walk is.
      Piece(dec, pos_, 0, false);
      return;
    }
    Align(dec, orig, static_cast<size_t>(orig.data() - src_.data()));
  }

  // Aligns gumbo's decoded text with the source bytes it came from.
  void Align(std::string_view dec, std::string_view orig, size_t base) {
    size_t i = 0, j = 0;  // orig, dec
    while (i < orig.size() && j < dec.size()) {
      char o = orig[i];
      if (o == '&') {
        size_t used = 0, produced = 0;
        if (MatchEntity(dec, orig, i, j, &used, &produced)) {
          if (used == produced && orig.substr(i, used) == dec.substr(j, produced)) {
            Piece({}, base + i, used, true);
          } else {
            Piece(dec.substr(j, produced), base + i, used, false);
          }
          i += used;
          j += produced;
          continue;
        }
      }
      if (o == dec[j] && o != '\r') {
        // A run of identical bytes up to the next special byte.
        size_t k = 0;
        while (i + k < orig.size() && j + k < dec.size() && orig[i + k] == dec[j + k] &&
               orig[i + k] != '&' && orig[i + k] != '\r' && orig[i + k] != '<') {
          ++k;
        }
        if (k == 0) k = 1;
        Piece({}, base + i, k, true);
        i += k;
        j += k;
        continue;
      }
      if (o == '\r' && dec[j] == '\n') {
        size_t len = i + 1 < orig.size() && orig[i + 1] == '\n' ? 2 : 1;
        Space(base + i, base + i + len);
        i += len;
        j += 1;
        continue;
      }
      if (o == '<') {
        // Markup gumbo dropped (an ignored tag) or a comment inside the run.
        size_t close = orig.find('>', i);
        if (close != std::string_view::npos) {
          pos_ = std::max(pos_, base + close + 1);
          i = close + 1;
          continue;
        }
      }
      // Anything else (a NUL gumbo replaced, a newline it dropped): if the
      // decoded character reappears later in the source, the source bytes
      // before it were dropped; otherwise the character replaces one.
      size_t dlen = std::min(Utf8Length(static_cast<unsigned char>(dec[j])), dec.size() - j);
      size_t olen = std::min(Utf8Length(static_cast<unsigned char>(o)), orig.size() - i);
      if (o == '\0' || o == '\n' || o == '\r' || o == '\t' || o == ' ') {
        pos_ = std::max(pos_, base + i + olen);
        i += olen;  // dropped by gumbo
        continue;
      }
      Piece(dec.substr(j, dlen), base + i, olen, false);
      i += olen;
      j += dlen;
    }
    if (j < dec.size()) Piece(dec.substr(j), base + i, 0, false);
    pos_ = std::max(pos_, base + orig.size());
  }

  // At orig[i] == '&': finds how many source bytes gumbo decoded (`used`)
  // into how many decoded bytes (`produced`), checking that the texts agree
  // again after the reference.
  bool MatchEntity(std::string_view dec, std::string_view orig, size_t i, size_t j, size_t* used,
                   size_t* produced) const {
    size_t e = i + 1;
    if (e < orig.size() && orig[e] == '#') {
      ++e;
      if (e < orig.size() && (orig[e] == 'x' || orig[e] == 'X')) ++e;
    }
    while (e < orig.size() && IsAsciiAlnum(orig[e]) && e - i < 40) ++e;
    if (e < orig.size() && orig[e] == ';') ++e;
    // Up to two decoded code points.
    std::array<size_t, 2> outs{};
    size_t d = j;
    for (size_t c = 0; c < 2; ++c) {
      if (d >= dec.size()) {
        outs[c] = 0;
        continue;
      }
      d += std::min(Utf8Length(static_cast<unsigned char>(dec[d])), dec.size() - d);
      outs[c] = d - j;
    }
    for (size_t end = e; end > i; --end) {
      for (size_t out : outs) {
        if (out == 0) continue;
        if (Agrees(dec, orig, end, j + out)) {
          *used = end - i;
          *produced = out;
          return true;
        }
      }
    }
    return false;
  }

  // True when orig[oi..] and dec[di..] start alike (up to the next special byte).
  static bool Agrees(std::string_view dec, std::string_view orig, size_t oi, size_t di) {
    size_t k = 0;
    while (oi + k < orig.size() && di + k < dec.size() && k < 16) {
      char o = orig[oi + k];
      if (o == '&' || o == '\r' || o == '<' || o == '\0') return true;
      if (o != dec[di + k]) return false;
      ++k;
    }
    // Both ran out together, or a long stretch agreed.
    return k == 16 || (oi + k == orig.size()) == (di + k == dec.size()) ||
           oi + k == orig.size();
  }

  std::string_view src_;
  TextBuilder b_;
  std::vector<BlockKind> kinds_;
  std::vector<int> groups_;  // per block: its <blockquote>'s number, -1 none
  int group_ = -1, next_group_ = 0;
  std::unordered_set<const GumboNode*> skipped_;
  // Cells that pair a source with its quotation: each paired cell's pair,
  // each pair's (source, quotation) blocks, and the source cells.
  std::unordered_map<const GumboNode*, int> pair_of_;
  std::vector<std::array<int, 2>> pair_blocks_;
  std::unordered_set<const GumboNode*> source_cells_;
  std::optional<std::unordered_set<std::string>> page_names_;  // PageNames
  // The id of the unread element whose text is being emitted to be shown
  // masked ("html.figcaption"), and the blocks so emitted (see Extracted::dropped).
  std::string dropping_;
  std::vector<std::string> dropped_blocks_;
  bool any_dropped_ = false;
  std::vector<Span> quotes_;
  BlockKind kind_ = BlockKind::kParagraph;
  bool in_blockquote_ = false;
  bool in_subhead_ = false;         // inside an <h2>–<h6> below the headline (fmt42)
  std::vector<size_t> subheads_;    // see Extracted::subheads
  bool open_ = false;   // the current block has text
  bool space_ = false;  // a space is pending before the next text
  size_t space_begin_ = 0, space_end_ = 0;
  size_t pos_ = 0;      // source offset after the last consumed byte
  int q_depth_ = 0;
};

const GumboNode* FindElement(const GumboNode* n, std::string_view tag) {
  std::vector<const GumboNode*> all;
  FindAll(n, tag, &all);
  return all.empty() ? nullptr : all.front();
}

struct GumboDeleter {
  void operator()(GumboOutput* o) const { gumbo_destroy_output(&kGumboDefaultOptions, o); }
};

std::unique_ptr<GumboOutput, GumboDeleter> Parse(std::string_view source) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // the error list is not used
  return std::unique_ptr<GumboOutput, GumboDeleter>(
      gumbo_parse_with_options(&options, source.data(), source.size()));
}

// Elements nested deeper than this are read as if their tags were not
// there (Blink's HTML parser stops nesting at the same depth). Real pages
// nest a few dozen deep; a page nested 100,000 deep made gumbo quadratic
// and overflowed the stack of the recursive walks here.
constexpr size_t kMaxNesting = 512;

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Elements that never nest (void) or whose end tag is implied by a sibling
// (so an unclosed one does not make the tree deeper).
constexpr std::array<std::string_view, 37> kFlatElements = {
    "area", "base", "br",    "col",   "embed", "hr",    "img",      "input",  "link",  "meta",
    "param", "source", "track", "wbr", "keygen", "p",   "li",       "dt",     "dd",    "option",
    "optgroup", "tr",  "td",    "th",  "thead", "tbody", "tfoot",   "colgroup", "caption", "rb",
    "rt",   "rtc",  "rp",    "html",  "head",  "body",  "frame"};

// Elements whose content is raw text, never tags.
constexpr std::array<std::string_view, 9> kRawText = {"script", "style",   "textarea", "title", "xmp",
                                                      "iframe", "noembed", "noframes", "plaintext"};

size_t FindCaseless(std::string_view s, std::string_view needle, size_t from) {
  for (size_t i = from; i + needle.size() <= s.size(); ++i) {
    size_t k = 0;
    while (k < needle.size() && std::tolower(static_cast<unsigned char>(s[i + k])) == needle[k]) ++k;
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

// When the source nests elements deeper than kMaxNesting, returns a copy of
// the same length in which the start tags beyond that depth are blanked to
// spaces (so every offset still points at the same source byte); otherwise
// returns nothing. A linear scan with a tag tokenizer that is only as exact
// as needed to count depth: comments and raw-text elements are skipped.
std::optional<std::string> LimitNesting(std::string_view s) {
  std::optional<std::string> copy;
  size_t depth = 0, excess = 0;
  size_t i = 0;
  while ((i = s.find('<', i)) != std::string_view::npos) {
    if (s.compare(i, 4, "<!--") == 0) {
      size_t end = s.find("-->", i + 4);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    bool closing = i + 1 < s.size() && s[i + 1] == '/';
    size_t n = i + (closing ? 2 : 1);
    if (n >= s.size() || !IsAsciiAlpha(s[n])) {
      ++i;
      continue;
    }
    size_t e = n;
    while (e < s.size() && (IsAsciiAlnum(s[e]) || s[e] == '-' || s[e] == ':')) ++e;
    std::string name = AsciiLower(s.substr(n, e - n));
    size_t gt = s.find('>', e);
    if (gt == std::string_view::npos) break;
    bool flat = OneOf(std::string_view(name), kFlatElements);
    if (closing) {
      if (!flat) {
        if (excess > 0) --excess;
        else if (depth > 0) --depth;
      }
      i = gt + 1;
      continue;
    }
    if (OneOf(std::string_view(name), kRawText)) {
      size_t close = FindCaseless(s, "</" + name, gt + 1);
      i = close == std::string_view::npos ? s.size() : close;
      continue;
    }
    bool self_closing = s[gt - 1] == '/';
    if (!flat && !self_closing) {
      if (depth < kMaxNesting) {
        ++depth;
      } else {
        if (!copy) copy.emplace(s);
        for (size_t k = i; k <= gt; ++k) {
          if ((*copy)[k] != '\n' && (*copy)[k] != '\r') (*copy)[k] = ' ';
        }
        ++excess;
      }
    }
    i = gt + 1;
  }
  return copy;
}

// Pages parsed by ExtractHtml (entities decoded for Markdown not counted).
std::atomic<uint64_t> html_documents_parsed{0};

}  // namespace

uint64_t HtmlDocumentsParsed() { return html_documents_parsed.load(std::memory_order_relaxed); }

std::string DecodeHtmlEntity(std::string_view entity) {
  if (entity.size() < 3 || entity.front() != '&' || entity.back() != ';') return {};
  auto out = Parse(entity);
  if (!out) return {};
  const GumboNode* body = FindElement(out->root, "body");
  if (!body || body->v.element.children.length != 1) return {};
  const auto* t = static_cast<const GumboNode*>(body->v.element.children.data[0]);
  if (t->type != GUMBO_NODE_TEXT) return {};
  std::string decoded = t->v.text.text;
  if (decoded == entity) return {};
  return decoded;
}

Extracted ExtractHtml(std::string_view original, Metadata* metadata) {
  // Same length as the original, so offsets into it are offsets into the original.
  const std::optional<std::string> limited = LimitNesting(original);
  const std::string_view source = limited ? std::string_view(*limited) : original;
  auto out = Parse(source);
  html_documents_parsed.fetch_add(1, std::memory_order_relaxed);
  if (!out) return ExtractText(source);
  const GumboNode* root = out->root;

  // The article body: the <article> with the most text, else <main>, else <body>.
  const GumboNode* body = nullptr;
  std::vector<const GumboNode*> articles;
  FindArticles(root, &articles);
  size_t best = 0;
  for (const GumboNode* a : articles) {
    size_t w = TextWeight(a);
    if (!body || w > best) {
      body = a;
      best = w;
    }
  }
  const GumboNode* page = FindElement(root, "main");
  if (!page) page = FindElement(root, "body");
  const GumboNode* first_h1 = FindElement(root, "h1");
  const size_t page_prose = page ? ProseWeight(page) : 0;
  // A live blog: two or more <article> entries side by side, none holding
  // the headline, that together hold at least half of the page's prose and
  // each under half. The page is the story, every entry in it.
  bool feed = false;
  if (page && articles.size() >= 2) {
    size_t sum = 0, largest = 0, top = 0;
    bool headline_inside = false;
    // (An entry nested in another is found by walking up its parents, not
    // by pairing every article with every other: a hostile page may hold
    // thousands.)
    const std::unordered_set<const GumboNode*> all(articles.begin(), articles.end());
    for (const GumboNode* a : articles) {
      bool nested = false;
      for (const GumboNode* p = a->parent; p && !nested; p = p->parent) nested = all.count(p) > 0;
      if (nested || !ContainsNode(page, a)) continue;
      ++top;
      const size_t w = ProseWeight(a);
      sum += w;
      largest = std::max(largest, w);
      headline_inside = headline_inside || (first_h1 && ContainsNode(a, first_h1));
    }
    feed = top >= 2 && !headline_inside && sum * 2 >= page_prose && largest * 2 < page_prose;
  }
  // A page whose story is in a <div> and whose teaser cards for other
  // stories are <article>s: an <article> with under a third of the page's
  // prose (what is read of <main>, else of <body>, less link text) is no
  // body. An <article> that holds the page's headline (its first <h1>) is
  // the story however short it is beside the cards after it.
  // Teaser and related-story cards (IsCard), found by their names or
  // linked headings, whatever their length: never the body (a short brief
  // in a <div> is read, not the longer card beside it), and left out of it.
  // (Not on a live blog, whose entries may look like cards.)
  std::vector<const GumboNode*> cards;
  if (!feed) {
    bool linked = false;
    for (const GumboNode* p = first_h1; p && !linked; p = p->parent) linked = TagName(p) == "a";
    const bool headline = first_h1 && !linked && !ContainsTag(first_h1, "a");
    FindCards(root, first_h1, headline, &cards);
  }
  auto in_card = [&](const GumboNode* x) {
    return std::any_of(cards.begin(), cards.end(), [&](const GumboNode* c) { return ContainsNode(c, x); });
  };
  if (body && in_card(body)) {
    const GumboNode* other = nullptr;
    size_t other_weight = 0;
    for (const GumboNode* a : articles) {
      if (in_card(a)) continue;
      const size_t w = TextWeight(a);
      if (!other || w > other_weight) {
        other = a;
        other_weight = w;
      }
    }
    body = other;
  }
  const bool holds_headline = body && first_h1 && ContainsNode(body, first_h1);
  bool teasers = false;
  if (feed) {
    body = nullptr;
  } else if (body && page && !holds_headline && !ContainsNode(body, page) && ProseWeight(body) * 3 < page_prose) {
    body = nullptr;
    teasers = true;
  }
  if (!body) body = page;
  if (!body) body = root;

  // The headline: the first <h1>, even when it precedes the <article>.
  const GumboNode* h1 = FindElement(root, "h1");
  // The <h1> the text shows as its headline: the body's own, else the first
  // one outside page furniture.
  const GumboNode* headline = nullptr;
  HtmlWalker walker(source);
  // The story read from the page around it: the teaser cards inside the
  // page are left out, each an <article> that holds no headline and has
  // under a third of the page's text.
  if (teasers) {
    for (const GumboNode* a : articles) {
      if (ContainsNode(body, a) && !(first_h1 && ContainsNode(a, first_h1)) && ProseWeight(a) * 3 < page_prose) {
        walker.Skip(a);
      }
    }
  }
  // The cards inside the body are left out, unless the body's prose is
  // mostly theirs (then they may be the story: a page laid out in cards).
  {
    std::vector<const GumboNode*> inside;
    size_t in_cards = 0;
    for (const GumboNode* c : cards) {
      if (c == body || !ContainsNode(body, c)) continue;
      inside.push_back(c);
      in_cards += ProseWeight(c);
    }
    const size_t all = inside.empty() ? 0 : ProseWeight(body);
    const size_t outside = all > in_cards ? all - in_cards : 0;
    if (outside > 0 && outside * 4 >= in_cards) {
      for (const GumboNode* c : inside) walker.Skip(c);
    }
  }
  if (h1 && body != root && !ContainsTag(body, "h1")) {
    bool skipped = false;
    for (const GumboNode* p = h1; p; p = p->parent) {
      if (p->type == GUMBO_NODE_ELEMENT && IsSkipped(p)) skipped = true;
    }
    if (!skipped) {
      walker.Headline(h1);
      headline = h1;
    }
  } else if (h1) {
    headline = FindElement(body, "h1");
  }
  walker.Node(body);

  if (metadata) {
    MetadataReader reader;
    reader.Visit(root);
    std::string headline_text, h1_text;
    if (headline) CollectText(headline, &headline_text);
    if (h1) CollectText(h1, &h1_text);
    reader.Fill(metadata, headline_text, h1_text);
  }
  return walker.Finish();
}

std::unordered_set<std::string> PageNamesInProse(std::string_view page) { return NamesInProse(page); }

bool WhoHeaderCell(std::string_view text) { return IsWhoHeader(text); }

int SpeakerColumnBesideQuoteHeader(const std::vector<std::string>& header_cells) {
  if (header_cells.size() != 2) return -1;
  if (IsWhoHeader(header_cells[0]) || IsWhoHeader(header_cells[1])) return -1;
  const bool q0 = IsQuoteHeader(header_cells[0]), q1 = IsQuoteHeader(header_cells[1]);
  if (q0 == q1) return -1;
  return q0 ? 1 : 0;
}

std::pair<int, int> PairCellTexts(std::string_view a, std::string_view b, bool who_a, bool who_b,
                                  const std::unordered_set<std::string>& page_names) {
  if (IsQuotationCell(b) && IsSourceCell(a, who_a, page_names)) return {0, 1};
  if (IsQuotationCell(a) && IsSourceCell(b, who_b, page_names)) return {1, 0};
  return {-1, -1};
}

}  // namespace onrecord
