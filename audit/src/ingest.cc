// Ingest helpers: metadata tables, outlets, input hashes (see onrecord/ingest.h).
#include "onrecord/ingest.h"
#include "ascii.h"

#include "onrecord/file.h"
#include "onrecord/text.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "analysis.h"
#include "metadata_fields.h"
#include "sha256.h"

namespace fs = std::filesystem;

namespace onrecord {

namespace {

struct Row {
  int line = 0;
  std::vector<std::string> cells;
  std::vector<int> columns;  // 1-based code-point column where each cell starts
};

int CodePointColumn(std::string_view line_text) {
  int n = 1;
  for (char c : line_text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

// Tab-separated: one row a line, no quoting.
std::vector<Row> SplitTsv(std::string_view text) {
  std::vector<Row> rows;
  int line = 0;
  size_t start = 0;
  while (start < text.size()) {
    ++line;
    size_t nl = text.find('\n', start);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view l = text.substr(start, end - start);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    if (!TrimAsciiSpace(l).empty()) {
      Row r;
      r.line = line;
      size_t cs = 0;
      while (true) {
        size_t tab = l.find('\t', cs);
        r.columns.push_back(CodePointColumn(l.substr(0, cs)));
        r.cells.emplace_back(l.substr(cs, tab == std::string_view::npos ? l.size() - cs : tab - cs));
        if (tab == std::string_view::npos) break;
        cs = tab + 1;
      }
      rows.push_back(std::move(r));
    }
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  return rows;
}

// RFC 4180: commas, double quotes around a cell, "" inside quotes.
Result<std::vector<Row>> SplitCsv(std::string_view text, const std::string& path) {
  std::vector<Row> rows;
  Row row;
  std::string cell;
  int line = 1, row_line = 1, quote_line = 0, quote_col = 0, col = 0;
  bool quoted = false, any = false;
  size_t line_start = 0;
  int cell_col = 1;
  auto end_row = [&] {
    row.columns.push_back(cell_col);
    row.cells.push_back(std::move(cell));
    cell.clear();
    bool blank = row.cells.size() == 1 && TrimAsciiSpace(row.cells[0]).empty();
    if (!blank) {
      row.line = row_line;
      rows.push_back(std::move(row));
    }
    row = Row();
    any = false;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    col = static_cast<int>(i - line_start) + 1;
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          cell += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') {
          ++line;
          line_start = i + 1;
        }
        cell += c;
      }
      continue;
    }
    if (c == '"' && TrimAsciiSpace(cell).empty()) {
      cell.clear();
      quoted = true;
      quote_line = line;
      quote_col = col;
      any = true;
    } else if (c == ',') {
      row.columns.push_back(cell_col);
      row.cells.push_back(std::move(cell));
      cell.clear();
      any = true;
      cell_col = CodePointColumn(text.substr(line_start, i + 1 - line_start));
    } else if (c == '\n') {
      if (!cell.empty() && cell.back() == '\r') cell.pop_back();
      end_row();
      ++line;
      line_start = i + 1;
      row_line = line;
      cell_col = 1;
    } else {
      cell += c;
      any = true;
    }
  }
  if (quoted) return Status::Error("unterminated quoted field", path, quote_line, quote_col);
  if (any || !cell.empty()) end_row();
  return rows;
}

std::optional<bool> ParseWire(const std::string& v) {
  std::string l = AsciiLower(TrimAsciiSpace(v));
  if (l == "na" || l == "n/a" || l == "null") return std::nullopt;
  if (l.empty() || l == "none" || l == "false" || l == "0" || l == "no") return false;
  return true;
}

int ColumnOf(const std::vector<std::string>& header, std::initializer_list<const char*> names) {
  for (const char* n : names) {
    for (size_t i = 0; i < header.size(); ++i) {
      if (AsciiLower(TrimAsciiSpace(header[i])) == n) return static_cast<int>(i);
    }
  }
  return -1;
}

template <typename T>
void Fill(std::optional<T>& field, const std::optional<T>& value) {
  if (!field && value) field = value;
}

// The absolute, normalised path of `p` (relative to `base` when relative),
// with the symbolic links of its existing part resolved: "in/a.txt",
// "./in/a.txt" and "/abs/in/a.txt" give one string for one file.
std::string ResolvedPath(const fs::path& p, const fs::path& base) {
  std::error_code ec;
  fs::path abs = p.is_absolute() ? p : base / p;
  fs::path canonical = fs::weakly_canonical(abs, ec);
  return (ec ? abs : canonical).lexically_normal().string();
}

}  // namespace

Result<MetadataTable> MetadataTable::Load(const std::string& path) {
  auto read = ReadRegularFile(path);
  if (!read.ok()) return Status::Error("cannot read the metadata file: " + read.status().message(), path);
  std::string text = std::move(read).value();
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  std::string ext = AsciiLower(fs::path(path).extension().string());
  return Parse(text, path, ext == ".csv");
}

Result<MetadataTable> MetadataTable::Parse(std::string_view text, const std::string& path, bool csv) {
  // Names, outlets and titles go into the store and into compare's tables:
  // a byte that is no UTF-8 (a Latin-1 export) is an error at its place,
  // not a value stored as it came.
  size_t bad = 0;
  if (!IsValidUtf8(text, &bad)) {
    const size_t line_start = text.rfind('\n', bad == 0 ? std::string_view::npos : bad - 1);
    const size_t from = line_start == std::string_view::npos || bad == 0 ? 0 : line_start + 1;
    int column = 1;
    for (size_t i = from; i < bad; ++i) {
      if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
    }
    const int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(bad), '\n'));
    return Status::Error("the metadata file is not UTF-8 (convert it, e.g. iconv -f latin1 -t utf-8)", path, line,
                         column);
  }
  std::vector<Row> rows;
  if (csv) {
    auto split = SplitCsv(text, path);
    if (!split.ok()) return split.status();
    rows = std::move(split.value());
  } else {
    rows = SplitTsv(text);
  }
  if (rows.empty()) return Status::Error("the metadata file is empty", path, 1, 1);
  const auto& header = rows[0].cells;
  int key = ColumnOf(header, {"filename", "file", "name", "path", "id"});
  if (key < 0) {
    return Status::Error(
        "no key column: the header needs one of filename, file, name, path or id", path,
        rows[0].line, 1);
  }
  int outlet = ColumnOf(header, {"outlet", "publisher", "source", "site_name"});
  int published = ColumnOf(header, {"published", "publication_date", "date"});
  int author = ColumnOf(header, {"author", "authors", "byline"});
  int title = ColumnOf(header, {"title", "headline"});
  int url = ColumnOf(header, {"url", "link"});
  int language = ColumnOf(header, {"language", "lang"});
  int wire = ColumnOf(header, {"wire"});
  MetadataTable table;
  for (size_t i = 1; i < rows.size(); ++i) {
    const Row& r = rows[i];
    auto cell = [&](int c) -> std::optional<std::string> {
      if (c < 0 || static_cast<size_t>(c) >= r.cells.size()) return std::nullopt;
      std::string v = TrimAsciiSpace(r.cells[static_cast<size_t>(c)]);
      if (v.empty()) return std::nullopt;
      return v;
    };
    // A value cell that only says "no value" (PolNeAR writes None; exports
    // write NA, N/A, null, NaN) or holds nothing but separators (", ,") is
    // missing, so that `compare --by author` does not make "None" an author.
    auto value = [&](int c) -> std::optional<std::string> {
      std::optional<std::string> v = cell(c);
      if (!v) return v;
      if (v->find_first_not_of(" ,;") == std::string::npos) return std::nullopt;
      const std::string l = AsciiLower(*v);
      if (l == "none" || l == "null" || l == "na" || l == "n/a" || l == "nan") return std::nullopt;
      return v;
    };
    size_t used = r.cells.size();
    while (used > header.size() && TrimAsciiSpace(r.cells[used - 1]).empty()) --used;  // trailing separators
    if (used > header.size()) {
      // Most often an unquoted comma or tab inside a value: every later
      // column would be read from the wrong cell.
      const size_t extra = header.size();
      const int column = extra < r.columns.size() ? r.columns[extra] : 1;
      return Status::Error("row has " + std::to_string(used) + " fields but the header has " +
                               std::to_string(header.size()) +
                               " (a value holding the separator needs double quotes)",
                           path, r.line, column);
    }
    auto k = cell(key);
    if (!k) return Status::Error("row without a key", path, r.line, 1);
    Metadata m;
    m.outlet = value(outlet);
    m.published = value(published);
    if (m.published && !IsIsoDate(*m.published)) {
      const int column = static_cast<size_t>(published) < r.columns.size() ? r.columns[static_cast<size_t>(published)] : 1;
      table.warnings_.push_back(Status::Error(NotADateMessage(*m.published), path, r.line, column));
    }
    m.author = value(author);
    m.title = value(title);
    m.url = value(url);
    m.language = value(language);
    if (wire >= 0 && static_cast<size_t>(wire) < r.cells.size()) {
      m.wire = ParseWire(r.cells[static_cast<size_t>(wire)]);
    }
    if (!table.index_.emplace(*k, table.rows_.size()).second) {
      return Status::Error("key \"" + *k + "\" appears twice", path, r.line, 1);
    }
    if (k->find('/') != std::string::npos) {
      // A path, relative or absolute: the file it names from the working
      // directory, or from the folder of the metadata file (the first row
      // naming a file keeps it).
      std::error_code ec;
      const fs::path cwd = fs::current_path(ec);
      if (!ec) table.path_index_.emplace(ResolvedPath(*k, cwd), table.rows_.size());
      const fs::path folder = fs::absolute(fs::path(path), ec).parent_path();
      if (!ec) table.path_index_.emplace(ResolvedPath(*k, folder), table.rows_.size());
      const fs::path rel(*k);
      bool plain = rel.is_relative();
      for (const auto& part : rel) plain = plain && part != "." && part != "..";
      if (plain) table.tail_index_.emplace(rel.lexically_normal().string(), table.rows_.size());
    }
    table.keys_.push_back(*k);
    table.lines_.push_back(r.line);
    table.rows_.push_back(std::move(m));
  }
  return table;
}

std::optional<size_t> MetadataTable::FindRow(const std::string& file, const std::optional<std::string>& id) const {
  auto look = [&](const std::string& k) -> std::optional<size_t> {
    auto it = index_.find(k);
    if (it == index_.end()) return std::nullopt;
    return it->second;
  };
  if (id) {
    if (auto i = look(*id)) return i;
  }
  if (auto i = look(file)) return i;
  if (!path_index_.empty() && file != "-" && !file.empty()) {
    std::error_code ec;
    const fs::path cwd = fs::current_path(ec);
    if (!ec) {
      const std::string resolved = ResolvedPath(file, cwd);
      auto it = path_index_.find(resolved);
      if (it != path_index_.end()) return it->second;
      if (!tail_index_.empty()) {
        // The longest tail of whole parts first: "corpus/2024/a.txt", then
        // "2024/a.txt" (a bare file name is looked up below).
        for (const std::string& full : {(cwd / file).lexically_normal().string(), resolved}) {
          for (size_t slash = full.find('/'); slash != std::string::npos; slash = full.find('/', slash + 1)) {
            const std::string tail = full.substr(slash + 1);
            if (tail.find('/') == std::string::npos) break;
            auto t = tail_index_.find(tail);
            if (t != tail_index_.end()) return t->second;
          }
        }
      }
    }
  }
  fs::path p(file);
  if (auto i = look(p.filename().string())) return i;
  return look(p.stem().string());
}

const Metadata* MetadataTable::Find(const std::string& file, const std::optional<std::string>& id) const {
  auto i = FindRow(file, id);
  return i ? &rows_[*i] : nullptr;
}

std::optional<std::string> UrlHost(std::string_view url) {
  std::string l = AsciiLower(TrimAsciiSpace(url));
  size_t scheme = l.find("://");
  if (scheme == std::string::npos) return std::nullopt;
  std::string s = l.substr(0, scheme);
  if (s != "http" && s != "https") return std::nullopt;
  std::string rest = l.substr(scheme + 3);
  size_t end = rest.find_first_of("/?#");
  std::string host = rest.substr(0, end);
  if (size_t at = host.rfind('@'); at != std::string::npos) host = host.substr(at + 1);
  if (size_t colon = host.find(':'); colon != std::string::npos) host = host.substr(0, colon);
  if (host.rfind("www.", 0) == 0) host = host.substr(4);
  if (host.empty()) return std::nullopt;
  return host;
}

Metadata PageMetadata(const Document& document) {
  if (document.format != InputFormat::kHtml) return Metadata();
  return Extract(document).metadata;
}

void ApplyGivenMetadata(Metadata* m, const std::string& file, const std::string& outlet_option,
                        const MetadataTable* table, const Metadata* page) {
  std::optional<std::string> record_outlet = m->outlet;
  const Metadata* row = table ? table->Find(file, m->id) : nullptr;
  if (row) {
    Fill(m->published, row->published);
    Fill(m->author, row->author);
    Fill(m->title, row->title);
    Fill(m->url, row->url);
    Fill(m->language, row->language);
    Fill(m->wire, row->wire);
  }
  if (page) {
    Fill(m->published, page->published);
    Fill(m->author, page->author);
    Fill(m->title, page->title);
    Fill(m->url, page->url);
  }
  if (!outlet_option.empty()) {
    m->outlet = outlet_option;
  } else if (record_outlet) {
    m->outlet = record_outlet;
  } else if (row && row->outlet) {
    m->outlet = row->outlet;
  } else if (page && page->outlet) {
    m->outlet = page->outlet;
  }
  if (m->author) *m->author = std::string(WithoutBylineWord(*m->author));
}

void CompleteIngestMetadata(Metadata* m, const std::string& file, const Metadata* stored) {
  if (stored) {
    Fill(m->outlet, stored->outlet);
    Fill(m->published, stored->published);
    Fill(m->author, stored->author);
    Fill(m->title, stored->title);
    Fill(m->url, stored->url);
    Fill(m->wire, stored->wire);
  }
  if (m->outlet) return;
  if (auto host = m->url ? UrlHost(*m->url) : std::nullopt) {
    m->outlet = host;
  } else if (file != "-" && !file.empty()) {
    // The folder's name from the absolute, normalised path: "./a.txt",
    // "sub/../a.txt" and "dir//a.txt" name the folder they are in, never
    // ".", ".." or "" (a file in the root folder gets no outlet).
    std::error_code ec;
    fs::path abs = fs::absolute(fs::path(file), ec);
    if (ec) abs = fs::path(file);
    std::string dir = abs.lexically_normal().parent_path().filename().string();
    if (!dir.empty() && dir != "." && dir != "..") m->outlet = dir;
  }
}

void ApplyIngestMetadata(Metadata* m, const std::string& file, const std::string& outlet_option,
                         const MetadataTable* table, const Metadata* page) {
  ApplyGivenMetadata(m, file, outlet_option, table, page);
  CompleteIngestMetadata(m, file, nullptr);
}

std::string InputSha256(const Document& d, const std::string& language_option) {
  Sha256 h;
  h.Update("onrecord-input-1");
  h.Update(std::string_view("\0", 1));
  h.Update(InputFormatName(d.format));
  h.Update(std::string_view("\0", 1));
  h.Update(language_option);
  h.Update(std::string_view("\0", 1));
  h.Update(d.metadata.language.value_or(""));
  h.Update(std::string_view("\0", 1));
  h.Update(d.source);
  return h.Hex();
}

}  // namespace onrecord
