// Extract stage for Markdown (md4c): paragraphs, headings, block quotes and
// list items as typed blocks; front matter and code blocks skipped; emphasis
// and links reduced to their text; entities decoded.
//
// md4c hands every piece of text to a callback as a pointer into the source,
// so each piece is copied with its exact offset; the few pieces md4c makes up
// (soft breaks) and decoded entities are replacements in the offset map.
#include <md4c.h>

#include <algorithm>
#include <array>
#include <string>
#include <unordered_set>
#include <vector>
#include <string_view>

#include "analysis.h"
#include "front_matter.h"
#include "markup.h"

namespace onrecord {

namespace {

// A first pass over a Markdown text with pipe tables (mdtab43): each
// table row's cells as text, and the page's text a line per block (for
// PageNamesInProse), so the walk can tell which rows pair a cell naming a
// source with a cell that is only its quotation, as HTML tables do
// (table40, fixk41): "| Ana Ruiz | “We will rebuild.” |".
class TableRowReader {
 public:
  struct Row {
    std::vector<std::string> cells;  // text, spaces collapsed, trimmed
    bool header = false;             // a row of <th> cells (the header row)
  };

  static int EnterBlock(MD_BLOCKTYPE type, void*, void* self) {
    auto* r = static_cast<TableRowReader*>(self);
    if (type == MD_BLOCK_TABLE) r->tables_.emplace_back();
    if (type == MD_BLOCK_TR && !r->tables_.empty()) r->tables_.back().emplace_back();
    if ((type == MD_BLOCK_TH || type == MD_BLOCK_TD) && !r->tables_.empty() && !r->tables_.back().empty()) {
      Row& row = r->tables_.back().back();
      row.header = type == MD_BLOCK_TH;
      row.cells.emplace_back();
      r->cell_ = &row.cells.back();
    }
    r->Line();
    return 0;
  }
  static int LeaveBlock(MD_BLOCKTYPE type, void*, void* self) {
    auto* r = static_cast<TableRowReader*>(self);
    if (type == MD_BLOCK_TH || type == MD_BLOCK_TD) {
      if (r->cell_ && !r->cell_->empty() && r->cell_->back() == ' ') r->cell_->pop_back();
      r->cell_ = nullptr;
    }
    r->Line();
    return 0;
  }
  static int EnterSpan(MD_SPANTYPE type, void*, void* self) {
    if (type == MD_SPAN_IMG) ++static_cast<TableRowReader*>(self)->skip_;
    return 0;
  }
  static int LeaveSpan(MD_SPANTYPE type, void*, void* self) {
    if (type == MD_SPAN_IMG) --static_cast<TableRowReader*>(self)->skip_;
    return 0;
  }
  static int OnText(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* self) {
    auto* r = static_cast<TableRowReader*>(self);
    if (r->skip_ > 0 || type == MD_TEXT_CODE || type == MD_TEXT_HTML) return 0;
    std::string piece;
    if (type == MD_TEXT_ENTITY) piece = DecodeHtmlEntity(std::string_view(text, size));
    else if (type == MD_TEXT_SOFTBR || type == MD_TEXT_BR) piece = " ";
    else piece.assign(text, size);
    for (char c : piece) {
      const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
      if (r->cell_) {
        if (!space) r->cell_->push_back(c);
        else if (!r->cell_->empty() && r->cell_->back() != ' ') r->cell_->push_back(' ');
      }
      if (!space) r->page_.push_back(c);
      else if (!r->page_.empty() && r->page_.back() != ' ' && r->page_.back() != '\n') r->page_.push_back(' ');
    }
    return 0;
  }

  // Per table row, in the order md4c gives them: -1, or the index among
  // the row's cells of the cell naming the source; `quotation_cell` the same
  // for the quotation's cell.
  void Pairs(std::vector<int>* source_cell, std::vector<int>* quotation_cell) const {
    const std::unordered_set<std::string> names = PageNamesInProse(page_);
    for (const auto& table : tables_) {
      std::vector<size_t> who;  // columns a header cell says name who speaks
      for (const Row& row : table) {
        if (!row.header) continue;
        for (size_t i = 0; i < row.cells.size(); ++i) {
          if (WhoHeaderCell(row.cells[i])) who.push_back(i);
        }
        // ("Resident | Comment": the column beside a quotation header; fmt44.)
        if (const int other = SpeakerColumnBesideQuoteHeader(row.cells); other >= 0) {
          who.push_back(static_cast<size_t>(other));
        }
      }
      const auto is_who = [&who](size_t i) { return std::find(who.begin(), who.end(), i) != who.end(); };
      for (const Row& row : table) {
        std::vector<size_t> full;  // the cells with text
        for (size_t i = 0; i < row.cells.size(); ++i) {
          if (!row.cells[i].empty()) full.push_back(i);
        }
        int s = -1, q = -1;
        if (full.size() == 2) {
          const auto [a, b] = PairCellTexts(row.cells[full[0]], row.cells[full[1]], is_who(full[0]), is_who(full[1]),
                                            names);
          if (a >= 0) {
            s = static_cast<int>(full[static_cast<size_t>(a)]);
            q = static_cast<int>(full[static_cast<size_t>(b)]);
          }
        }
        source_cell->push_back(s);
        quotation_cell->push_back(q);
      }
    }
  }

 private:
  void Line() {
    if (!page_.empty() && page_.back() != '\n') page_.push_back('\n');
  }

  std::vector<std::vector<Row>> tables_;
  std::string* cell_ = nullptr;
  std::string page_;
  int skip_ = 0;
};

class MarkdownWalker {
 public:
  MarkdownWalker(std::string_view source, size_t offset) : src_(source), pos_(offset) {}

  static int EnterBlock(MD_BLOCKTYPE type, void* detail, void* self) {
    return static_cast<MarkdownWalker*>(self)->Enter(type, detail);
  }
  static int LeaveBlock(MD_BLOCKTYPE type, void*, void* self) {
    return static_cast<MarkdownWalker*>(self)->Leave(type);
  }
  static int EnterSpan(MD_SPANTYPE type, void*, void* self) {
    auto* w = static_cast<MarkdownWalker*>(self);
    if (type == MD_SPAN_IMG) ++w->skip_;  // alt text is not article text
    return 0;
  }
  static int LeaveSpan(MD_SPANTYPE type, void*, void* self) {
    auto* w = static_cast<MarkdownWalker*>(self);
    if (type == MD_SPAN_IMG) --w->skip_;
    return 0;
  }
  static int OnText(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* self) {
    static_cast<MarkdownWalker*>(self)->Text(type, std::string_view(text, size));
    return 0;
  }

  // The rows that pair a source cell with a quotation cell (see
  // TableRowReader::Pairs).
  void SetPairs(std::vector<int> source_cell, std::vector<int> quotation_cell) {
    row_source_ = std::move(source_cell);
    row_quotation_ = std::move(quotation_cell);
  }

  Extracted Finish() {
    Extracted out;
    out.text = b_.TakeText();
    out.map = b_.TakeMap();
    out.kinds = std::move(kinds_);
    if (!pair_blocks_.empty()) {
      out.signs.assign(out.kinds.size(), -1);
      for (const auto& [source, quotation] : pair_blocks_) {
        if (source >= 0 && quotation >= 0 && static_cast<size_t>(source) < out.signs.size()) {
          out.signs[static_cast<size_t>(source)] = quotation;
        }
      }
    }
    out.quote_groups = std::move(groups_);
    out.subheads = std::move(subheads_);
    out.inline_quotes = std::move(quotes_);
    if (out.kinds.empty()) out.kinds.push_back(BlockKind::kParagraph);
    out.quote_groups.resize(out.kinds.size(), -1);
    // A pipe table's header row, and a body row of figures or labels (no
    // quotation mark, at most three words with letters and no two
    // capitalized words in a row), is no prose: shown by `clean`, masked,
    // never audited or counted as words. A row that holds a quotation, a
    // name ("| Tom Reyes | No |") or a clause ("| Ana Ruiz | She said the
    // crew panicked |") stays text, since a name there may be the one the
    // body then calls by surname.
    if (!table_rows_.empty()) {
      std::vector<size_t> starts{0};
      for (size_t i = 0; i < out.text.size(); ++i) {
        if (out.text[i] == '\n') starts.push_back(i + 1);
      }
      for (size_t i = 0; i < table_rows_.size(); ++i) {
        const size_t row = table_rows_[i];
        if (row >= starts.size()) continue;
        const size_t end = row + 1 < starts.size() ? starts[row + 1] - 1 : out.text.size();
        const std::string_view line = std::string_view(out.text).substr(starts[row], end - starts[row]);
        if (!FiguresOrLabels(line, header_rows_[i])) continue;
        out.dropped.resize(out.kinds.size());
        out.dropped[row] = "markdown.table";
      }
    }
    return out;
  }

 private:
  struct Frame {
    MD_BLOCKTYPE type;
    BlockKind kind;
  };

  int Enter(MD_BLOCKTYPE type, void* detail) {
    BlockKind kind = frames_.empty() ? BlockKind::kParagraph : frames_.back().kind;
    bool in_quote = kind == BlockKind::kBlockQuote;
    switch (type) {
      case MD_BLOCK_CODE:
      case MD_BLOCK_HTML:
        ++skip_;
        break;
      case MD_BLOCK_QUOTE:
        kind = BlockKind::kBlockQuote;
        // Each outermost block quotation is one quotation (a blank line
        // between two "> …" runs makes two).
        if (quote_depth_++ == 0) group_ = next_group_++;
        break;
      case MD_BLOCK_LI:
        if (!in_quote) kind = BlockKind::kListItem;
        break;
      case MD_BLOCK_H: {
        unsigned level = static_cast<MD_BLOCK_H_DETAIL*>(detail)->level;
        // The first heading, when it opens the text, or an h1 is the headline.
        bool headline = kinds_.empty() || (level == 1 && !have_headline_);
        kind = headline ? BlockKind::kHeadline : BlockKind::kParagraph;
        if (headline) have_headline_ = true;
        break;
      }
      case MD_BLOCK_TR:
        ++row_;
        cell_ = -1;
        row_paired_ = false;
        break;
      case MD_BLOCK_TH:
      case MD_BLOCK_TD:
        ++cell_;
        if (PairedRow()) {
          // A row pairing a source with its quotation: each of its two
          // cells is a block of its own, the source's read as the
          // signature line "— Ana Ruiz" (a dash standing for no source
          // bytes), as in an HTML table (mdtab43).
          Break();
          cell_first_block_ = kinds_.size();
          pending_dash_ = cell_ == row_source_[static_cast<size_t>(row_)];
        } else if (open_) {
          space_ = true;  // cells of a row read as one line
        }
        break;
      case MD_BLOCK_TABLE:
        ++table_depth_;
        break;
      default:
        break;
    }
    frames_.push_back({type, kind});
    if (type != MD_BLOCK_TH && type != MD_BLOCK_TD) Break();
    return 0;
  }

  int Leave(MD_BLOCKTYPE type) {
    if ((type == MD_BLOCK_TH || type == MD_BLOCK_TD) && PairedRow()) {
      const size_t r = static_cast<size_t>(row_);
      const bool source = cell_ == row_source_[r];
      if (source || cell_ == row_quotation_[r]) {
        if (!row_paired_) pair_blocks_.push_back({-1, -1});
        row_paired_ = true;
        // (The block the cell made, when it made exactly one.)
        pair_blocks_.back()[source ? 0 : 1] =
            kinds_.size() == cell_first_block_ + 1 ? static_cast<int>(cell_first_block_) : -1;
      }
      pending_dash_ = false;
      Break();
    }
    if (type == MD_BLOCK_CODE || type == MD_BLOCK_HTML) --skip_;
    if (type == MD_BLOCK_TABLE && table_depth_ > 0) --table_depth_;
    if (type == MD_BLOCK_QUOTE && --quote_depth_ == 0) group_ = -1;
    if (!frames_.empty()) frames_.pop_back();
    if (type != MD_BLOCK_TH && type != MD_BLOCK_TD) Break();
    return 0;
  }

  void Break() {
    open_ = false;
    space_ = false;
  }

  // Whether the row being read pairs a source cell with a quotation cell.
  bool PairedRow() const {
    return row_ >= 0 && static_cast<size_t>(row_) < row_source_.size() && row_source_[static_cast<size_t>(row_)] >= 0;
  }

  bool InQuotation() const { return !frames_.empty() && frames_.back().kind == BlockKind::kBlockQuote; }

  // Whether the source line from `at` (after a line end) opens with a
  // signature dash once its block-quote markers ("> ") and emphasis
  // ("*— Tom Hale*") are skipped.
  bool SignatureLineAfter(size_t at) const {
    if (at >= src_.size()) return false;
    while (at < src_.size() && (src_[at] == '\n' || src_[at] == '\r')) ++at;
    while (at < src_.size() && (src_[at] == ' ' || src_[at] == '\t' || src_[at] == '>' || src_[at] == '*' || src_[at] == '_')) {
      ++at;
    }
    size_t end = src_.find('\n', at);
    if (end == std::string_view::npos) end = src_.size();
    return SignatureDashLength(src_.substr(at, end - at)) > 0;
  }

  bool InSource(std::string_view t) const {
    return t.data() >= src_.data() && t.data() + t.size() <= src_.data() + src_.size();
  }

  size_t OffsetOf(std::string_view t) const { return static_cast<size_t>(t.data() - src_.data()); }

  // Whether a table row's text (its cells joined by spaces) is labels or
  // figures rather than prose: no quotation mark of any kind, and, unless it
  // is the header row, at most three words with letters and no two
  // capitalized words in a row.
  static bool FiguresOrLabels(std::string_view line, bool header) {
    if (line.find_first_of("\"'") != std::string_view::npos) return false;
    for (std::string_view mark : {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9E", "\xE2\x80\x98", "\xE2\x80\x99",
                                  "\xE2\x80\x9A", "\xC2\xAB", "\xC2\xBB", "\xE2\x80\xB9", "\xE2\x80\xBA",
                                  "\xE3\x80\x8C", "\xE3\x80\x8E"}) {
      if (line.find(mark) != std::string_view::npos) return false;
    }
    if (header) return true;
    size_t words = 0;
    bool capital_before = false;
    for (size_t k = 0; k < line.size();) {
      if (line[k] == ' ') {
        ++k;
        continue;
      }
      size_t e = k;
      bool letters = false;
      while (e < line.size() && line[e] != ' ') {
        const unsigned char c = static_cast<unsigned char>(line[e]);
        letters = letters || c >= 0x80 || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        ++e;
      }
      const bool capital = line[k] >= 'A' && line[k] <= 'Z';
      if (letters) ++words;
      if (capital && capital_before) return false;
      capital_before = capital;
      k = e;
    }
    return words <= 3;
  }

  // Appends non-space text standing for source bytes [base, base + len).
  void Content(std::string_view text, size_t base, size_t len, bool copy) {
    if (!open_) {
      if (!kinds_.empty()) b_.Replace("\n", base, 0);
      kinds_.push_back(frames_.empty() ? BlockKind::kParagraph : frames_.back().kind);
      groups_.push_back(group_);
      if (!frames_.empty() && frames_.back().type == MD_BLOCK_H && frames_.back().kind != BlockKind::kHeadline) {
        subheads_.push_back(kinds_.size() - 1);  // "## …" below the headline (fmt42)
      }
      if (table_depth_ > 0 && !PairedRow()) {
        table_rows_.push_back(kinds_.size() - 1);
        header_rows_.push_back(!frames_.empty() && frames_.back().type == MD_BLOCK_TH);
      }
      open_ = true;
      if (pending_dash_) {
        pending_dash_ = false;
        const std::string_view rest = src_.substr(std::min(base, src_.size()), 200);
        if (SignatureDashLength(rest.substr(0, rest.find('\n'))) == 0) {
          b_.Replace("\xE2\x80\x94", base, 0);
          b_.Replace(" ", base, 0);
        }
      }
    } else if (space_) {
      b_.Replace(" ", space_at_, 0);
    }
    space_ = false;
    if (copy) b_.Copy(src_, base, base + len);
    else b_.Replace(text, base, len);
    pos_ = base + len;
  }

  void Text(MD_TEXTTYPE type, std::string_view t) {
    if (skip_ > 0) {
      if (InSource(t)) pos_ = OffsetOf(t) + t.size();
      return;
    }
    size_t base = InSource(t) ? OffsetOf(t) : pos_;
    switch (type) {
      case MD_TEXT_SOFTBR:
        // "> The deal is bad.\n> — Tom Hale": in a block quotation, a line
        // opening with a signature dash is a block of its own (the
        // quotation's signature), not more of the quoted paragraph.
        // (md4c's break text is no source text: the line end is the first
        // after the content so far.)
        if (open_ && InQuotation() && SignatureLineAfter(src_.find('\n', pos_))) {
          Break();
          return;
        }
        if (open_) {
          space_ = true;
          space_at_ = pos_;
        }
        return;
      case MD_TEXT_BR:
        Break();  // a hard break ends the block
        return;
      case MD_TEXT_ENTITY: {
        std::string decoded = DecodeHtmlEntity(t);
        if (decoded.empty()) Content({}, base, t.size(), true);
        else Content(decoded, base, t.size(), false);
        return;
      }
      case MD_TEXT_HTML:
        InlineHtml(t, base);
        return;
      case MD_TEXT_NULLCHAR:
        // Kept as is; the normalize stage removes it.
        if (InSource(t)) Content({}, base, t.size(), true);
        return;
      default:
        break;
    }
    if (!InSource(t)) {
      // Text md4c made up: no '\n' may enter a block.
      std::string s(t);
      for (char& c : s) {
        if (c == '\n' || c == '\r') c = ' ';
      }
      if (!s.empty()) Content(s, pos_, 0, false);
      return;
    }
    // Source text is copied; md4c reports line ends as breaks, but a stray
    // CR or LF must not enter a block.
    size_t i = 0;
    while (i < t.size()) {
      size_t j = t.find_first_of("\r\n", i);
      if (j == std::string_view::npos) j = t.size();
      if (j > i) Content({}, base + i, j - i, true);
      if (j < t.size() && open_) {
        space_ = true;
        space_at_ = base + j;
      }
      i = j + 1;
      pos_ = std::max(pos_, std::min(base + i, base + t.size()));
    }
  }

  // Inline raw HTML: <br> breaks the block, <q> … </q> becomes a quoted
  // span, other tags are dropped.
  void InlineHtml(std::string_view tag, size_t base) {
    std::string lower;
    for (char c : tag) {
      if (c == ' ' || c == '/' || c == '>') {
        if (lower.size() > 1) break;
        continue;
      }
      lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    bool closing = tag.size() > 1 && tag[1] == '/';
    if (lower == "<br") {
      Break();
    } else if (lower == "<q" && !closing) {
      Content("\xE2\x80\x9C", base + tag.size(), 0, false);
      q_starts_.push_back(b_.text().size());
    } else if (lower == "<q" && closing && !q_starts_.empty()) {
      size_t begin = q_starts_.back();
      q_starts_.pop_back();
      size_t end = b_.text().size();
      space_ = false;
      Content("\xE2\x80\x9D", base, 0, false);
      std::string_view inner = std::string_view(b_.text()).substr(begin, end - begin);
      if (!inner.empty() && inner.find('\n') == std::string_view::npos) quotes_.push_back({begin, end});
    }
    pos_ = base + tag.size();
  }

  std::string_view src_;
  TextBuilder b_;
  std::vector<BlockKind> kinds_;
  std::vector<size_t> subheads_;  // see Extracted::subheads
  std::vector<int> groups_;  // per block: its block quotation, -1 none
  std::vector<Span> quotes_;
  std::vector<Frame> frames_;
  std::vector<size_t> q_starts_;
  int skip_ = 0;            // inside a code block, raw HTML block or image
  int quote_depth_ = 0;     // block quotations open
  int group_ = -1;          // the outermost open block quotation's number, -1: none
  int next_group_ = 0;
  bool open_ = false;       // the current block has text
  bool space_ = false;      // a space is pending before the next text
  size_t space_at_ = 0;     // source offset the pending space stands at
  bool have_headline_ = false;
  int table_depth_ = 0;             // pipe tables open
  std::vector<size_t> table_rows_;  // blocks that are a table's rows
  std::vector<bool> header_rows_;  // of those, whether each is the header row
  size_t pos_ = 0;          // source offset after the last piece
  // Table rows pairing a source with its quotation (mdtab43).
  std::vector<int> row_source_;     // per row: the source cell's index, -1 none
  std::vector<int> row_quotation_;  // per row: the quotation cell's index
  int row_ = -1;                    // the row being read (all tables)
  int cell_ = -1;                   // its cell being read
  size_t cell_first_block_ = 0;     // the first block the cell makes
  bool pending_dash_ = false;       // the source cell's dash is still to come
  bool row_paired_ = false;         // the row's entry of pair_blocks_ is made
  std::vector<std::array<int, 2>> pair_blocks_;  // (source block, quotation block)
};

}  // namespace

Extracted ExtractMarkdown(std::string_view source) {
  std::optional<FrontMatterSpan> front_matter = FindFrontMatter(source);
  size_t start = front_matter ? front_matter->end : 0;
  MarkdownWalker walker(source, start);
  MD_PARSER parser{};
  parser.abi_version = 0;
  // Indented code blocks are off: drafts and scraped text indent paragraphs.
  parser.flags = MD_FLAG_NOINDENTEDCODEBLOCKS | MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH |
                 MD_FLAG_PERMISSIVEAUTOLINKS;
  parser.enter_block = &MarkdownWalker::EnterBlock;
  parser.leave_block = &MarkdownWalker::LeaveBlock;
  parser.enter_span = &MarkdownWalker::EnterSpan;
  parser.leave_span = &MarkdownWalker::LeaveSpan;
  parser.text = &MarkdownWalker::OnText;
  std::string_view body = source.substr(start);
  if (body.find('|') != std::string_view::npos) {
    TableRowReader reader;
    MD_PARSER first = parser;
    first.enter_block = &TableRowReader::EnterBlock;
    first.leave_block = &TableRowReader::LeaveBlock;
    first.enter_span = &TableRowReader::EnterSpan;
    first.leave_span = &TableRowReader::LeaveSpan;
    first.text = &TableRowReader::OnText;
    if (md_parse(body.data(), static_cast<MD_SIZE>(body.size()), &first, &reader) == 0) {
      std::vector<int> source_cell, quotation_cell;
      reader.Pairs(&source_cell, &quotation_cell);
      walker.SetPairs(std::move(source_cell), std::move(quotation_cell));
    }
  }
  if (md_parse(body.data(), static_cast<MD_SIZE>(body.size()), &parser, &walker) != 0) {
    return ExtractText(source);
  }
  return walker.Finish();
}

}  // namespace onrecord
