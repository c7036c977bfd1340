// `onrecord ingest PATH… --db FILE`: audits articles into the SQLite store.
//
// Threads: one reader walks the inputs (files, directories, globs, JSONL
// records, or result lines with --results) into a bounded queue; -j workers
// load, check whether the publication is unchanged, and audit; one writer
// (this thread) writes into the database in batched transactions, each
// article in its own savepoint. Queues are bounded, and the run-long lists
// (input hashes taken up for audit, publications read) are kept in a private
// temporary SQLite database (ScratchMap), so memory does not grow with the
// corpus.
//
// SIGINT and SIGTERM stop an ingest cleanly: the writer stops taking
// articles, rolls back the batch it has open (committed batches stay), marks
// the run "interrupted" and exits 128 + the signal's number (130, 143). The
// signals are delivered to the writer thread only; a second one ends the
// process at once (the database stays consistent: SQLite's journal). The
// handler is in place before the database is opened: a signal that comes
// while the schema is made stops the run once it is made, and a database the
// run created is removed again.
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <cstdio>
#include <cstdlib>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "interrupt.h"
#include "onrecord/printable.h"
#include "onrecord/report.h"
#include "onrecord/audit.h"
#include "onrecord/audit_json_reader.h"
#include "onrecord/file.h"
#include "onrecord/ingest.h"
#include "onrecord/store.h"
#include "onrecord/text.h"

namespace fs = std::filesystem;

namespace onrecord::cli {

namespace {

// A run-long map of strings (a set, with empty values) kept in a private
// temporary SQLite database (the empty file name): its pages stay in a
// cache of a fixed size and, once they outgrow it, go to a file in the
// temporary directory that SQLite has already unlinked. The memory it takes
// does not grow with the number of keys, as a std::unordered_map's did
// (issue #8: about 230,000 input hashes and as many publication keys on
// 1 GB of JSONL). Not thread-safe: callers serialize. Throws
// SQLite::Exception (the temporary directory full or not writable).
class ScratchMap {
 public:
  ScratchMap()
      : db_("", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE),
        insert_(Init(db_), "INSERT INTO scratch(k, v) VALUES (?, ?) ON CONFLICT(k) DO NOTHING"),
        find_(db_, "SELECT v FROM scratch WHERE k = ?") {}
  // Stores key -> value unless the key is there already; then returns the
  // value stored with it (std::nullopt: stored now).
  std::optional<std::string> TryEmplace(const std::string& key, const std::string& value) {
    insert_.bind(1, key);
    insert_.bind(2, value);
    const int changed = insert_.exec();
    insert_.reset();
    if (changed == 1) return std::nullopt;
    find_.bind(1, key);
    std::string stored = find_.executeStep() ? find_.getColumn(0).getString() : std::string();
    find_.reset();
    return stored;
  }

 private:
  static SQLite::Database& Init(SQLite::Database& db) {
    // About 2 MiB of cache; no journal (nothing to roll back or recover).
    db.exec("PRAGMA cache_size = -2048");
    db.exec("PRAGMA journal_mode = OFF");
    db.exec("PRAGMA synchronous = OFF");
    db.exec("CREATE TABLE scratch (k TEXT PRIMARY KEY, v TEXT NOT NULL) WITHOUT ROWID");
    return db;
  }
  SQLite::Database db_;
  SQLite::Statement insert_, find_;
};

struct IngestArgs {
  std::vector<std::string> paths;
  std::vector<std::string> results;
  std::string db;
  std::string outlet;
  std::string metadata;
  std::string language;
  std::string input_format;
  std::string encoding;
  int jobs = 0;
  int batch_size = 200;
  double batch_seconds = 1.0;
};

// A bounded multi-producer, multi-consumer queue that can be closed.
template <typename T>
class Channel {
 public:
  explicit Channel(size_t capacity) : capacity_(capacity) {}
  // Blocks while full; false once closed.
  bool Push(T item) {
    std::unique_lock<std::mutex> lock(mu_);
    not_full_.wait(lock, [&] { return closed_ || items_.size() < capacity_; });
    if (closed_) return false;
    items_.push_back(std::move(item));
    not_empty_.notify_one();
    return true;
  }
  enum class Got { kItem, kTimeout, kClosed };
  Got Pop(T* out, std::chrono::milliseconds timeout) {
    std::unique_lock<std::mutex> lock(mu_);
    if (!not_empty_.wait_for(lock, timeout, [&] { return closed_ || !items_.empty(); })) {
      return Got::kTimeout;
    }
    if (items_.empty()) return Got::kClosed;
    *out = std::move(items_.front());
    items_.pop_front();
    not_full_.notify_one();
    return Got::kItem;
  }
  // Items already queued can still be popped.
  void Close() {
    std::lock_guard<std::mutex> lock(mu_);
    closed_ = true;
    not_empty_.notify_all();
    not_full_.notify_all();
  }

 private:
  std::mutex mu_;
  std::condition_variable not_empty_, not_full_;
  std::deque<T> items_;
  size_t capacity_;
  bool closed_ = false;
};

// One unit of work: a whole file, one JSONL record, or one result line.
struct Item {
  int64_t seq = -1;   // the item's place in input order (0, 1, …)
  std::string path;
  int line = 0;       // JSONL / results: 1-based line
  std::string bytes;  // the line's text
  bool whole_file = false;
  bool preloaded = false;  // whole_file: `bytes` holds the file (JSONL decoded whole)
  bool result = false;
  std::string unreadable;  // whole_file: why the file could not be read by lines
};

struct Message {
  // kEnd: the last message of an item (every item sends one).
  enum class Kind { kWrite, kCopy, kSkip, kFail, kEnd };
  Kind kind = Kind::kFail;
  int64_t seq = -1;                   // the item's place in input order
  std::string pkey;                   // the publication (empty: not known)
  std::string where;                  // FILE or FILE:LINE, for a duplicate's warning
  std::string key_what;               // "id 'a1'", "URL '…'" or "file"
  std::optional<AuditResult> result;  // kWrite
  std::string file;                   // kCopy: the publication
  std::optional<int> record;
  Metadata metadata;
  StoreArticleKey key;
  bool existed = false;  // the publication was in the database already
  Status error;          // kFail
  bool audited = false;  // the worker audited the text for this message (audited_)
  bool empty = false;    // no article text (blank input, or an audit of 0 words)
  std::string input_hash;
};

// What a publication key is made of, for a duplicate's warning (the rule of
// Store::PublicationKey: URL, else id, else file and record).
std::string KeyWhat(const Metadata& m) {
  if (m.url) return "URL '" + *m.url + "'";
  if (m.id) return "id '" + *m.id + "'";
  return "file";
}

bool IsJsonl(const std::string& path, const std::optional<InputFormat>& forced) {
  InputFormat f = forced ? *forced : FormatForPath(path);
  return f == InputFormat::kJsonl;
}

// A JSONL input that must be decoded before it is split into lines
// (JsonlReadWhole: UTF-16, a named encoding, content that is not text):
// ForEachLine then calls no line function and puts the bytes (at most
// `cap` + 1 of them) in `*bytes` and sets `*taken`.
struct WholeRead {
  std::string encoding;
  size_t cap = 0;
  std::string* bytes = nullptr;
  bool* taken = nullptr;
};

// Calls `line_fn(line_number, text)` for each non-blank line of a file ("-":
// standard input). An error when the file cannot be read.
template <typename Fn>
Status ForEachLine(const std::string& path, Fn line_fn, const WholeRead* whole = nullptr) {
  std::FILE* in = stdin;
  if (path != "-") {
    // Never a blocking open: a named pipe or a device is not read here.
    auto fd = OpenRegularFile(path);
    if (!fd.ok()) return fd.status();
    in = ::fdopen(*fd, "rb");
    if (!in) {
      const int e = errno;
      ::close(*fd);
      return Status::Error(std::string("cannot read file: ") + std::strerror(e), path);
    }
  }
  // The first 64 KiB decide, as for `audit` (ArticleReader): a file that
  // is not UTF-8 lines is read whole, for the loader to decode and split.
  std::string head(65536, '\0');
  head.resize(std::fread(head.data(), 1, head.size(), in));
  if (whole && JsonlReadWhole(head, whole->encoding)) {
    *whole->taken = true;
    std::string& bytes = *whole->bytes;
    bytes = std::move(head);
    std::array<char, 65536> chunk;
    size_t got = 0;
    while (bytes.size() <= whole->cap && (got = std::fread(chunk.data(), 1, chunk.size(), in)) > 0) {
      bytes.append(chunk.data(), got);
    }
    if (in != stdin) std::fclose(in);
    return Status::Ok();
  }
  int n = 0;
  bool go_on = true;
  auto take = [&](std::string line) {
    ++n;
    if (!line.empty() && line.back() == '\n') line.pop_back();
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) return;
    go_on = line_fn(n, std::move(line));
  };
  // The lines of the head; its last, unfinished one goes on after it.
  size_t start = 0;
  for (size_t nl; go_on && (nl = head.find('\n', start)) != std::string::npos; start = nl + 1) {
    take(head.substr(start, nl + 1 - start));
  }
  std::string carry = go_on ? head.substr(start) : std::string();
  char* buf = nullptr;
  size_t cap = 0;
  ssize_t got = 0;
  while (go_on && (got = ::getline(&buf, &cap, in)) >= 0) {
    carry.append(buf, static_cast<size_t>(got));
    if (carry.back() != '\n') continue;  // the end of the file
    take(std::move(carry));
    carry.clear();
  }
  if (go_on && !carry.empty()) take(std::move(carry));
  std::free(buf);
  if (in != stdin) std::fclose(in);
  return Status::Ok();
}

// While alive, this thread and the threads it starts do not take SIGINT or
// SIGTERM (so that the writer thread, which does, gets them).
class BlockInterrupts {
 public:
  BlockInterrupts() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, &old_);
  }
  ~BlockInterrupts() { pthread_sigmask(SIG_SETMASK, &old_, nullptr); }
  BlockInterrupts(const BlockInterrupts&) = delete;
  BlockInterrupts& operator=(const BlockInterrupts&) = delete;

 private:
  sigset_t old_;
};

int64_t CountLines(const std::string& path) {
  if (path == "-") return 0;
  int64_t n = 0;
  ForEachLine(path, [&](int, std::string) {
    ++n;
    return g_interrupted == 0;
  });
  return n;
}

template <typename T>
bool SameIfGiven(const std::optional<T>& given, const std::optional<T>& stored) {
  return !given || given == stored;
}

// True when nothing the ingest would store differs from the stored row.
bool SameMetadata(const Metadata& m, const std::string& file, std::optional<int> record,
                  const StoredArticle& s) {
  return s.file == file && s.record == record && m.outlet == s.metadata.outlet &&
         SameIfGiven(m.url, s.metadata.url) && SameIfGiven(m.title, s.metadata.title) &&
         SameIfGiven(m.published, s.metadata.published) &&
         SameIfGiven(m.author, s.metadata.author) && SameIfGiven(m.wire, s.metadata.wire);
}

std::string FormatDuration(double seconds) {
  if (!(seconds >= 0) || seconds > 359999) return "--:--";
  int s = static_cast<int>(seconds + 0.5);
  if (s >= 3600) return fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60);
  return fmt::format("{}:{:02}", s / 60, s % 60);
}

class Ingest {
 public:
  Ingest(const IngestArgs& args, const GlobalOptions& global) : args_(args), global_(global) {}
  int Run();

 private:
  void Produce(const std::vector<std::string>& files, const std::vector<std::string>& results);
  void Work();
  void HandleDocument(Store& reader, Document doc);
  void HandleResult(Store& reader, AuditResult r);
  // Sends one message of the item being worked on (current_seq_). Items
  // are written in input order; a worker more than a window of items ahead
  // of the writer waits here, so the writer's reorder buffer stays bounded.
  void Send(Message m);
  // The last message of an item: the writer moves on to the next one.
  void EndItem() {
    Message m;
    m.kind = Message::Kind::kEnd;
    Send(std::move(m));
  }
  void Fail(const Status& s, const std::string& hash = {}, bool audited = false) {
    Message m;
    m.kind = Message::Kind::kFail;
    m.error = s;
    m.input_hash = hash;
    m.audited = audited;
    Send(std::move(m));
  }
  // Writer side.
  void Drain();
  bool Admit(Message& m);
  bool Write(Message& m);
  void ReportFailure(const Status& s);
  void Progress(bool final);
  bool Fatal(const Status& s);
  void Interrupt();
  void RemoveDatabase();

  const IngestArgs& args_;
  const GlobalOptions& global_;
  std::shared_ptr<const RuleSet> rules_;
  std::optional<MetadataTable> table_;
  LoadOptions load_;
  std::unique_ptr<Channel<Item>> items_;
  std::unique_ptr<Channel<Message>> messages_;
  std::atomic<bool> stop_{false};
  std::atomic<bool> producer_done_{false};
  std::atomic<int> active_workers_{0};
  std::mutex claimed_mu_;
  // The input hashes a worker has taken up for audit in this run.
  std::optional<ScratchMap> claimed_;
  std::atomic<int64_t> audited_{0};
  // Articles that found their row in --metadata, and those that did not.
  std::atomic<int64_t> metadata_matched_{0};
  std::atomic<int64_t> metadata_unmatched_{0};
  // The files of the articles without a row (named in the note), under
  // unmatched_mu_.
  std::mutex unmatched_mu_;
  std::vector<std::string> unmatched_files_;

  // Counts whether an article has a row in --metadata (called by the
  // workers, hence the atomics).
  void CountMetadataRow(const std::string& file, const std::optional<std::string>& id) {
    if (!table_) return;
    if (auto row = table_->FindRow(file, id)) {
      ++metadata_matched_;
      row_used_[*row] = true;
      return;
    }
    ++metadata_unmatched_;
    std::lock_guard<std::mutex> lock(unmatched_mu_);
    unmatched_files_.push_back(file);
  }

  // A --metadata file whose rows fit no article is most often keyed
  // differently from the files (full paths, other extensions): say so,
  // since every outlet then silently falls back to the folder name.
  void ReportMetadataMatches() {
    if (!table_ || metadata_unmatched_ == 0) return;
    if (metadata_matched_ == 0) {
      std::cerr << "onrecord: warning: " << args_.metadata << ": no row matched an ingested article ("
                << Counted(static_cast<long long>(table_->size()), "row", "rows") << ", "
                << Counted(metadata_unmatched_.load(), "article", "articles")
                << "; rows are matched by record id, path, file name or file name without extension), so their metadata "
                   "came from --outlet, the records or the folder names\n";
    } else {
      // Named in file order (workers finish in any order), the first five.
      std::lock_guard<std::mutex> lock(unmatched_mu_);
      std::sort(unmatched_files_.begin(), unmatched_files_.end());
      constexpr size_t kNamed = 5;
      std::string named;
      for (size_t i = 0; i < unmatched_files_.size() && i < kNamed; ++i) {
        named += (i ? ", " : "") + unmatched_files_[i];
      }
      if (unmatched_files_.size() > kNamed) named += fmt::format(" and {} more", unmatched_files_.size() - kNamed);
      std::cerr << "onrecord: note: " << Counted(metadata_unmatched_.load(), "article has", "articles have") << " no row in "
                << args_.metadata << ": " << named << "\n";
    }
  }

  // The reverse: rows that named no article of this run (a typo, a file not
  // given, a key spelt another way), the first five in the table's order.
  // Not said when no row matched at all (ReportMetadataMatches warns then).
  void ReportUnusedRows() {
    if (!table_ || metadata_matched_ == 0) return;
    std::vector<size_t> unused;
    for (size_t i = 0; i < table_->size(); ++i) {
      if (!row_used_[i]) unused.push_back(i);
    }
    if (unused.empty()) return;
    constexpr size_t kNamed = 5;
    std::string named;
    for (size_t i = 0; i < unused.size() && i < kNamed; ++i) {
      named += fmt::format("{}{} (line {})", i ? ", " : "", table_->key(unused[i]), table_->line(unused[i]));
    }
    if (unused.size() > kNamed) named += fmt::format(" and {} more", unused.size() - kNamed);
    std::cerr << "onrecord: note: " << args_.metadata << ": "
              << Counted(static_cast<long long>(unused.size()), "row names", "rows name")
              << " no article of this ingest (rows are matched by record id, path, file name or file name without "
                 "extension): "
              << named << "\n";
  }
  // Whether row i of --metadata named an article of this run (set by the
  // workers).
  std::unique_ptr<std::atomic<bool>[]> row_used_;
  // Inputs that held no record (an empty JSONL file, one of blank lines),
  // each a warning line, said once the workers are done (producer and
  // workers add them, hence the mutex).
  std::mutex empty_mu_;
  std::vector<std::string> empty_inputs_;
  void NoteEmptyInput(std::string warning) {
    std::lock_guard<std::mutex> lock(empty_mu_);
    empty_inputs_.push_back(std::move(warning));
  }
  int64_t audits_taken_ = 0;  // audited messages the writer took up (the rest were in flight at a stop)
  static thread_local int64_t current_seq_;
  static thread_local std::string current_where_;  // --results: FILE:LINE of the line
  int64_t window_ = 0;
  std::mutex turn_mu_;
  std::condition_variable turn_cv_;
  int64_t next_seq_ = 0;  // the item the writer waits for (under turn_mu_)
  // Writer state.
  std::unique_ptr<Store> store_;
  RunCounts counts_;
  RunCounts committed_;  // counts_ at the last commit
  int64_t total_ = 0;
  int64_t batch_articles_ = 0;
  std::chrono::steady_clock::time_point batch_start_, start_, last_progress_;
  std::map<std::string, std::vector<Message>> deferred_;
  std::map<int64_t, std::deque<Message>> pending_;  // items ahead of next_seq_
  // The publications written or kept in this run: key -> where it was read.
  std::optional<ScratchMap> taken_;
  // Audits of duplicates that were not stored, by input hash: an identical
  // text waiting to be copied from them is stored from them instead.
  std::map<std::string, AuditResult> spare_;
  int64_t duplicates_ = 0;
  int64_t empty_ = 0;  // inputs with no article text: not stored (in45)
  std::set<std::string> failed_hashes_;
  bool progress_ = false;
  bool progress_shown_ = false;
  bool fatal_ = false;
  int interrupted_ = 0;  // the signal that stopped the run
  // Test seam (ONRECORD_TEST_SIGNAL_AFTER_WRITES="N:SIGNAL"): the writer
  // raises SIGNAL once it has written N articles; 0 when unset.
  int64_t signal_after_writes_ = 0;
  int signal_for_tests_ = 0;
};

void Ingest::Produce(const std::vector<std::string>& files, const std::vector<std::string>& results) {
  int64_t seq = 0;
  auto lines = [&](const std::string& path, bool result) {
    // Articles (not a results file) that are not UTF-8 lines are decoded
    // whole by the loader, then split.
    std::string bytes;
    bool taken = false;
    int64_t records = 0;
    const WholeRead whole{load_.encoding, load_.max_bytes, &bytes, &taken};
    Status read = ForEachLine(path, [&](int n, std::string text) {
      ++records;
      Item it;
      it.seq = seq++;
      it.path = path;
      it.line = n;
      it.bytes = std::move(text);
      it.result = result;
      return !stop_ && items_->Push(std::move(it));
    }, result ? nullptr : &whole);
    if (taken) {
      Item it;
      it.seq = seq++;
      it.path = path;
      it.whole_file = true;
      it.preloaded = true;
      it.bytes = std::move(bytes);
      items_->Push(std::move(it));
      return;
    }
    if (!read.ok()) {
      Item it;
      it.seq = seq++;
      it.path = path;
      it.whole_file = true;  // the loader reports why it cannot be read
      it.result = result;
      it.unreadable = read.message();
      items_->Push(std::move(it));
    } else if (records == 0 && !stop_) {
      NoteEmptyInput(NoRecordsWarning(path, result));
    }
  };
  for (const auto& path : results) {
    if (stop_) break;
    lines(path, true);
  }
  for (const auto& path : files) {
    if (stop_) break;
    if (IsJsonl(path, load_.format) && (path == "-" || fs::is_regular_file(path))) {
      lines(path, false);
    } else {
      Item it;
      it.seq = seq++;
      it.path = path;
      it.whole_file = true;
      if (!items_->Push(std::move(it))) break;
    }
  }
  items_->Close();
  producer_done_ = true;
}

thread_local int64_t Ingest::current_seq_ = -1;
thread_local std::string Ingest::current_where_;

void Ingest::Send(Message m) {
  m.seq = current_seq_;
  if (m.seq >= 0) {
    std::unique_lock<std::mutex> lock(turn_mu_);
    turn_cv_.wait(lock, [&] { return stop_ || m.seq < next_seq_ + window_; });
  }
  messages_->Push(std::move(m));
}

void Ingest::Work() {
  auto reader = Store::Open(args_.db, StoreOptions{.create = false});
  if (!reader.ok()) {
    Fail(reader.status());
  }
  Item it;
  while (items_->Pop(&it, std::chrono::milliseconds(200)) != Channel<Item>::Got::kClosed) {
    if (it.seq < 0) continue;  // a timeout: nothing popped
    current_seq_ = it.seq;
    if (it.path.empty() || stop_ || !reader.ok()) {
      EndItem();
      it = Item();
      continue;
    }
    if (it.result) {
      if (it.whole_file) {
        Fail(Status::Error("cannot read the results file: " + it.unreadable, it.path));
      } else {
        current_where_ = it.path + ":" + std::to_string(it.line);
        auto parsed = ParseAuditJsonLine(it.bytes, it.path, it.line);
        if (!parsed.ok()) Fail(parsed.status());
        else HandleResult(**reader, std::move(parsed.value()));
      }
    } else if (it.preloaded && it.bytes.size() > load_.max_bytes) {
      const std::string limit = fmt::format("{:.1f} MiB", static_cast<double>(load_.max_bytes) / (1 << 20));
      Fail(Status::Error("file too large (more than " + limit + "; the limit is " + limit + ")", it.path));
    } else if (it.preloaded) {
      LoadOptions whole = load_;
      whole.format = InputFormat::kJsonl;
      auto articles = LoadBytes(it.bytes, it.path, whole);
      if (articles.empty()) NoteEmptyInput(NoRecordsWarning(it.path));  // decoded, then no line
      for (auto& loaded : articles) {
        if (!loaded.document) Fail(loaded.error);
        else HandleDocument(**reader, std::move(*loaded.document));
      }
    } else if (it.whole_file) {
      for (auto& loaded : LoadPath(it.path, load_)) {
        if (!loaded.document) Fail(loaded.error);
        else HandleDocument(**reader, std::move(*loaded.document));
      }
    } else {
      LoadOptions one = load_;
      one.format = InputFormat::kJsonl;
      for (auto& loaded : LoadBytes(it.bytes, it.path, one)) {
        if (!loaded.document) {
          const Status& e = loaded.error;
          Fail(Status::Error(e.message(), e.path(), it.line, e.column()));
          continue;
        }
        loaded.document->record = it.line;
        // The line was loaded alone: its warnings are on the file's line.
        for (Status& w : loaded.document->warnings) w = Status::Error(w.message(), w.path(), it.line, w.column());
        // So is its declared language, which the language-mismatch warning names.
        if (loaded.document->metadata.language_line > 0) loaded.document->metadata.language_line = it.line;
        HandleDocument(**reader, std::move(*loaded.document));
      }
    }
    EndItem();
    it = Item();
  }
  if (--active_workers_ == 0) messages_->Close();
}

void Ingest::HandleDocument(Store& reader, Document doc) {
  if (!doc.warnings.empty()) std::cerr << WarningLines(doc.warnings);
  // An HTML page's own <meta> (og:site_name, og:url, …) ranks below the
  // table and above the folder name, as `audit --db` ranks it; read before the
  // unchanged-article check so that a second ingest compares like with like.
  Metadata page = PageMetadata(doc);
  CountMetadataRow(doc.path, doc.metadata.id);
  ApplyGivenMetadata(&doc.metadata, doc.path, args_.outlet, table_ ? &*table_ : nullptr, &page);
  StoreArticleKey key;
  if (doc.path != "-") {
    std::error_code ec;
    fs::path canonical = fs::weakly_canonical(fs::absolute(doc.path), ec);
    if (!ec) key.location = canonical.string();
  }
  key.input_sha256 = InputSha256(doc, args_.language);
  if (doc.path == "-") key.unnamed_sha256 = key.input_sha256;
  const std::string& hash = *key.input_sha256;
  std::string pkey = Store::PublicationKey(doc.path, doc.record, doc.metadata, key);
  auto found = reader.FindPublication(pkey);
  if (!found.ok()) return Fail(found.status(), hash);
  bool existed = found->has_value();
  CompleteIngestMetadata(&doc.metadata, doc.path, existed ? &(*found)->metadata : nullptr);
  Message m;
  m.file = doc.path;
  m.record = doc.record;
  m.metadata = doc.metadata;
  m.key = key;
  m.existed = existed;
  m.input_hash = hash;
  m.pkey = pkey;
  m.key_what = KeyWhat(doc.metadata);
  m.where = doc.record ? doc.path + ":" + std::to_string(*doc.record) : doc.path;
  m.empty = std::all_of(doc.source.begin(), doc.source.end(),
                        [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
  if (existed) {
    const StoredArticle& s = **found;
    if (s.input_sha256 == hash && s.rules_hash == rules_->hash()) {
      // Found by its canonical path (no URL or id in the key): the same file,
      // even when named this time through a symlink or another directory.
      bool same_place = key.location && !doc.metadata.url && !doc.metadata.id;
      m.kind = SameMetadata(doc.metadata, same_place ? s.file : doc.path, doc.record, s)
                   ? Message::Kind::kSkip
                   : Message::Kind::kCopy;
      return Send(std::move(m));
    }
  }
  bool first;
  try {
    std::lock_guard<std::mutex> lock(claimed_mu_);
    first = !claimed_->TryEmplace(hash, std::string());
  } catch (const std::exception& e) {
    return Fail(Status::Error(std::string("cannot keep the run's list of audited texts: ") + e.what(),
                              doc.path, doc.record.value_or(0)));
  }
  if (first) {
    auto same = reader.FindAuditedInput(hash, rules_->hash());
    if (!same.ok()) return Fail(same.status(), hash);
    first = !same->has_value();
  }
  if (!first) {
    m.kind = Message::Kind::kCopy;  // the writer finds (or waits for) the audited twin
    return Send(std::move(m));
  }
  AuditOptions options;
  options.language = args_.language;
  auto result = Audit(doc, *rules_, options);
  ++audited_;
  if (!result.ok()) return Fail(result.status(), hash, /*audited=*/true);
  m.kind = Message::Kind::kWrite;
  m.audited = true;
  m.empty = m.empty || result->words == 0;
  m.result = std::move(result.value());
  Send(std::move(m));
}

void Ingest::HandleResult(Store& reader, AuditResult r) {
  CountMetadataRow(r.file, r.metadata.id);
  ApplyGivenMetadata(&r.metadata, r.file, args_.outlet, table_ ? &*table_ : nullptr, nullptr);
  StoreArticleKey key;
  if (r.file == "-") key.unnamed_sha256 = r.sha256;
  std::string pkey = Store::PublicationKey(r.file, r.record, r.metadata, key);
  auto found = reader.FindPublication(pkey);
  if (!found.ok()) return Fail(found.status());
  Message m;
  m.existed = found->has_value();
  CompleteIngestMetadata(&r.metadata, r.file, m.existed ? &(*found)->metadata : nullptr);
  m.pkey = pkey;
  m.key_what = KeyWhat(r.metadata);
  m.where = current_where_;
  if (m.existed) {
    const StoredArticle& s = **found;
    if (s.sha256 == r.sha256 && s.rules_hash == r.rules_hash &&
        SameMetadata(r.metadata, r.file, r.record, s)) {
      m.kind = Message::Kind::kSkip;
      return Send(std::move(m));
    }
  }
  m.kind = Message::Kind::kWrite;
  m.key = key;
  m.empty = r.words == 0;
  m.result = std::move(r);
  Send(std::move(m));
}

void Ingest::ReportFailure(const Status& s) {
  if (progress_shown_) std::cerr << "\r\033[K";
  std::cerr << "onrecord: " << PrintableStatus(s) << "\n";
  ++counts_.failed;
}

bool Ingest::Fatal(const Status& s) {
  if (progress_shown_) std::cerr << "\r\033[K";
  std::cerr << "onrecord: " << PrintableStatus(s) << "\n";
  std::cerr << "onrecord: ingest stopped; articles committed before this point are kept, and a "
               "re-run continues from them\n";
  fatal_ = true;
  {
    std::lock_guard<std::mutex> lock(turn_mu_);
    stop_ = true;
  }
  turn_cv_.notify_all();
  items_->Close();
  return false;
}

// Stops taking articles after SIGINT or SIGTERM; Run() then rolls back the
// open batch and marks the run interrupted.
void Ingest::Interrupt() {
  interrupted_ = g_interrupted;
  {
    std::lock_guard<std::mutex> lock(turn_mu_);
    stop_ = true;
  }
  turn_cv_.notify_all();
  items_->Close();
  messages_->Close();
}

// Writes the messages that are next in input order (a message that belongs
// to no item at once), so that which of two records with the same
// publication key is kept does not depend on the order the workers finish.
void Ingest::Drain() {
  while (!fatal_ && !interrupted_) {
    auto it = pending_.begin();
    if (it == pending_.end() || it->first != next_seq_) return;
    bool ended = false;
    while (!it->second.empty() && !fatal_ && !interrupted_) {
      Message m = std::move(it->second.front());
      it->second.pop_front();
      if (m.kind == Message::Kind::kEnd) {
        ended = true;
        break;
      }
      ++counts_.seen;
      if (m.audited) ++audits_taken_;
      if (Admit(m)) Write(m);
    }
    if (!ended) return;
    pending_.erase(it);
    {
      std::lock_guard<std::mutex> lock(turn_mu_);
      ++next_seq_;
    }
    turn_cv_.notify_all();
  }
}

// False for a publication already read in this run (the same id, URL or
// file again): the first in input order is kept and the others are reported
// as warnings and not stored, so that a re-run of the same input changes
// nothing. A duplicate's audit still serves identical texts waiting for it.
bool Ingest::Admit(Message& m) {
  if (m.pkey.empty()) return true;
  std::optional<std::string> first_where;
  try {
    first_where = taken_->TryEmplace(m.pkey, m.where);
  } catch (const std::exception& e) {
    return Fatal(Status::Error(std::string("cannot keep the run's list of publications: ") + e.what()));
  }
  if (!first_where) return true;
  ++duplicates_;
  if (progress_shown_) std::cerr << "\r\033[K";
  std::cerr << "onrecord: warning: " << PrintableText(m.where) << ": duplicate publication: the same " << m.key_what
            << " as " << PrintableText(*first_where) << ", which is kept; this one is not stored\n";
  if (m.kind == Message::Kind::kWrite && !m.input_hash.empty() && m.result) {
    auto waiting = deferred_.find(m.input_hash);
    if (waiting != deferred_.end()) {
      // An identical text that waits for this audit: stored from it.
      std::vector<Message> copies = std::move(waiting->second);
      deferred_.erase(waiting);
      Message& w = copies.front();
      std::optional<std::string> dateline = m.result->metadata.dateline_wire;
      w.result = std::move(m.result);
      w.result->file = w.file;
      w.result->record = w.record;
      w.result->metadata = w.metadata;
      w.result->metadata.dateline_wire = dateline;
      w.kind = Message::Kind::kWrite;
      for (auto& c : copies) {
        if (!Write(c)) break;
      }
    } else {
      spare_.emplace(m.input_hash, std::move(*m.result));
    }
  }
  return false;
}

// Writes one message; false after a fatal database error.
bool Ingest::Write(Message& m) {
  using Kind = Message::Kind;
  if (m.kind == Kind::kSkip) {
    ++counts_.unchanged;
    return true;
  }
  if (m.kind == Kind::kFail) {
    ReportFailure(m.error);
    if (!m.input_hash.empty()) {
      failed_hashes_.insert(m.input_hash);
      auto it = deferred_.find(m.input_hash);
      if (it != deferred_.end()) {
        for (auto& d : it->second) {
          ReportFailure(Status::Error("not stored: the identical text of another article could not "
                                      "be audited",
                                      d.file, d.record.value_or(0)));
        }
        deferred_.erase(it);
      }
    }
    return true;
  }
  if (!store_->in_batch()) {
    Status s = store_->BeginBatch();
    if (!s.ok()) return Fatal(s);
    batch_start_ = std::chrono::steady_clock::now();
    batch_articles_ = 0;
  }
  if (m.empty) {
    // No article text (a 0-byte or blank file, or an audit of 0 words): not
    // stored, so that compare's article counts hold only articles (in45).
    // Identical texts waiting for this one's audit are said the same way.
    if (progress_shown_) std::cerr << "\r\033[K";
    std::cerr << "onrecord: warning: " << PrintableText(m.where) << ": no article text to audit; not stored\n";
    ++empty_;
    if (m.kind == Kind::kWrite && !m.input_hash.empty()) {
      auto it = deferred_.find(m.input_hash);
      if (it != deferred_.end()) {
        std::vector<Message> waiting = std::move(it->second);
        deferred_.erase(it);
        for (auto& d : waiting) {
          d.empty = true;
          Write(d);
        }
      }
    }
    return true;
  }
  Status s;
  bool reused = false;
  if (m.kind == Kind::kWrite) {
    if (std::string w = LanguageWithoutRulesWarning(*m.result, m.result->file); !w.empty()) {
      if (progress_shown_) std::cerr << "\r\033[K";
      std::cerr << w;
    }
    s = store_->WriteAudit(*m.result, m.key);
  } else {
    auto twin = store_->FindAuditedInput(m.input_hash, rules_->hash());
    if (!twin.ok()) return Fatal(twin.status());
    if (!twin->has_value()) {
      if (auto spare = spare_.find(m.input_hash); spare != spare_.end()) {
        // The identical text was audited for a duplicate that was not stored.
        std::optional<std::string> dateline = spare->second.metadata.dateline_wire;
        m.result = std::move(spare->second);
        spare_.erase(spare);
        m.result->file = m.file;
        m.result->record = m.record;
        m.result->metadata = m.metadata;
        m.result->metadata.dateline_wire = dateline;
        m.kind = Kind::kWrite;
        m.empty = m.empty || m.result->words == 0;
        return Write(m);
      }
      if (failed_hashes_.count(m.input_hash)) {
        ReportFailure(Status::Error(
            "not stored: the identical text of another article could not be audited", m.file,
            m.record.value_or(0)));
      } else {
        std::string hash = m.input_hash;
        deferred_[hash].push_back(std::move(m));
      }
      return true;
    }
    s = store_->CopyArticle(**twin, m.file, m.record, m.metadata, m.key);
    reused = true;
  }
  if (!s.ok()) {
    // A failed article is rolled back alone; a dead database stops the run.
    if (s.message().find("disk") != std::string::npos ||
        s.message().find("readonly") != std::string::npos ||
        s.message().find("read-only") != std::string::npos) {
      return Fatal(s);
    }
    ReportFailure(s);
    return true;
  }
  ++batch_articles_;
  if (m.existed) ++counts_.updated;
  else ++counts_.added;
  if (reused) ++counts_.reused;
  if (signal_for_tests_ > 0 && counts_.added + counts_.updated == signal_after_writes_) std::raise(signal_for_tests_);
  if (m.kind == Kind::kWrite && !m.input_hash.empty()) {
    auto it = deferred_.find(m.input_hash);
    if (it != deferred_.end()) {
      std::vector<Message> waiting = std::move(it->second);
      deferred_.erase(it);
      for (auto& d : waiting) {
        if (!Write(d)) return false;
      }
    }
  }
  return true;
}

void Ingest::Progress(bool final) {
  if (!progress_) return;
  auto now = std::chrono::steady_clock::now();
  if (!final && now - last_progress_ < std::chrono::milliseconds(250)) return;
  last_progress_ = now;
  int64_t done = counts_.added + counts_.updated + counts_.unchanged + counts_.failed + duplicates_ + empty_;
  double secs = std::chrono::duration<double>(now - start_).count();
  double rate = secs > 0 ? static_cast<double>(done) / secs : 0;
  std::string total = total_ > 0 ? std::to_string(std::max(total_, done)) : "?";
  std::string eta = total_ > 0 && rate > 0 ? FormatDuration(static_cast<double>(total_ - done) / rate)
                                           : "--:--";
  std::cerr << fmt::format("\r\033[Kingest: {}/{} {}  {:.1f}/s  ETA {}", done, total,
                           total == "1" ? "article" : "articles", rate, eta)
            << std::flush;
  progress_shown_ = true;
  if (final) {
    std::cerr << "\r\033[K" << std::flush;
    progress_shown_ = false;
  }
}

// Removes the database this run created (closed first) and says so.
void Ingest::RemoveDatabase() {
  store_.reset();
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
    std::error_code ec;
    std::filesystem::remove(args_.db + suffix, ec);
  }
  std::cerr << "onrecord: no article was stored, so " << args_.db << " was not kept\n";
}

// The summary's "; N of the open batch rolled back (…)": the audited ones
// and the ones copied from an identical text (reused, never audited) said
// apart, so that the audited count adds up (fixe37).
std::string RolledBackPhrase(int64_t rolled_back, int64_t reused) {
  const int64_t audited = rolled_back - reused;
  std::string how = reused == 0    ? "audited"
                    : audited == 0 ? "reused from identical texts"
                                   : fmt::format("{} audited and {} reused from identical texts", audited, reused);
  return fmt::format("; {} of the open batch rolled back ({}, not kept)", Counted(rolled_back, "article", "articles"),
                     how);
}

int Ingest::Run() {
  start_ = last_progress_ = std::chrono::steady_clock::now();
  if (const char* spec = std::getenv("ONRECORD_TEST_SIGNAL_AFTER_WRITES")) {
    long long n = 0;
    int sig = 0;
    if (std::sscanf(spec, "%lld:%d", &n, &sig) == 2 && n > 0 && sig > 0) {
      signal_after_writes_ = n;
      signal_for_tests_ = sig;
    }
  }
  if (args_.paths.empty() && args_.results.empty()) {
    std::cerr << "onrecord: ingest needs PATH… or --results FILE\n";
    return kExitError;
  }
  rules_ = LoadRulesOrReport(global_);
  if (!rules_) return kExitError;
  if (!args_.input_format.empty()) {
    load_.format = ParseInputFormat(args_.input_format);
    if (!load_.format) {
      std::cerr << "onrecord: unknown input format '" << PrintableText(args_.input_format) << "'\n";
      return kExitError;
    }
  }
  load_.encoding = args_.encoding;
  if (!args_.metadata.empty()) {
    auto table = MetadataTable::Load(args_.metadata);
    if (!table.ok()) {
      std::cerr << "onrecord: " << PrintableStatus(table.status()) << "\n";
      return kExitError;
    }
    table_ = std::move(table.value());
    row_used_ = std::make_unique<std::atomic<bool>[]>(table_->size());
    std::cerr << WarningLines(table_->warnings());
  }
  try {
    claimed_.emplace();
    taken_.emplace();
  } catch (const std::exception& e) {
    std::cerr << "onrecord: cannot make the run's scratch database: " << e.what() << "\n";
    return kExitError;
  }
  // A file-size limit (ulimit -f) should be a write error, not a signal.
  std::signal(SIGXFSZ, SIG_IGN);
  std::vector<std::string> errors;
  std::vector<std::string> files = args_.paths.empty() ? std::vector<std::string>{}
                                                       : ExpandPaths(args_.paths, &errors);
  int exit_code = kExitOk;
  for (const auto& e : errors) {
    std::cerr << "onrecord: " << e << "\n";
    exit_code = kExitError;
  }
  // Nothing to ingest and an input that could not be read (an empty folder,
  // a pattern matching nothing): no database is made or touched.
  if (files.empty() && args_.results.empty() && !errors.empty()) return kExitError;
  std::error_code exists_ec;
  const bool db_existed = std::filesystem::exists(args_.db, exists_ec) || exists_ec;
  // From before the database is created on, a signal stops the run cleanly:
  // one that comes while the schema is made is acted on once it is made (a
  // single transaction), and a database this run created is removed again.
  InterruptHandler interrupt_handler;
  auto opened = Store::Open(args_.db);
  if (!opened.ok()) {
    std::cerr << "onrecord: " << PrintableStatus(opened.status()) << "\n";
    return kExitError;
  }
  store_ = std::move(opened.value());
  if (g_interrupted != 0) {
    const int sig = g_interrupted;
    store_.reset();
    std::cerr << "onrecord: ingest interrupted by " << (sig == SIGINT ? "SIGINT" : "SIGTERM")
              << " while opening the database: nothing was ingested\n";
    if (!db_existed) RemoveDatabase();
    return 128 + sig;
  }
  // A run left 'running' by a process of this host that no longer exists
  // (killed outright: SIGKILL, a crash) is recorded as abandoned (fixe37).
  if (auto gone = store_->MarkAbandonedRuns(); gone.ok()) {
    for (const auto& run : *gone) {
      std::cerr << "onrecord: run " << run.id << " (started " << run.started_at << ", process " << run.pid
                << ") ended without finishing (killed?); recorded as 'abandoned' in table runs\n";
    }
  }
  nlohmann::json inputs = nlohmann::json::array();
  for (const auto& p : args_.paths) inputs.push_back(p);
  for (const auto& p : args_.results) inputs.push_back("--results " + p);
  auto run = store_->BeginRun(args_.results.empty() ? "ingest" : "ingest --results", DumpJson(inputs),
                              rules_->hash());
  if (!run.ok()) {
    std::cerr << "onrecord: " << PrintableStatus(run.status()) << "\n";
    return kExitError;
  }
  for (const auto& p : args_.results) total_ += CountLines(p);
  for (const auto& p : files) total_ += IsJsonl(p, load_.format) ? CountLines(p) : 1;
  progress_ = ::isatty(STDERR_FILENO) != 0;

  int jobs = args_.jobs > 0 ? args_.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  items_ = std::make_unique<Channel<Item>>(static_cast<size_t>(jobs) * 4);
  window_ = static_cast<int64_t>(jobs) * 16;
  messages_ = std::make_unique<Channel<Message>>(static_cast<size_t>(jobs) * 4);
  active_workers_ = jobs;
  std::thread producer;
  std::vector<std::thread> workers;
  {
    BlockInterrupts blocked;  // the threads inherit the mask: signals come to this thread
    producer = std::thread([&] { Produce(files, args_.results); });
    for (int i = 0; i < jobs; ++i) workers.emplace_back([this] { Work(); });
  }

  Message m;
  while (true) {
    if (g_interrupted != 0 && !interrupted_) Interrupt();
    auto got = messages_->Pop(&m, std::chrono::milliseconds(200));
    if (got == Channel<Message>::Got::kClosed) break;
    if (got == Channel<Message>::Got::kItem && !fatal_ && !interrupted_) {
      if (m.seq < 0) {
        ++counts_.seen;
        if (m.audited) ++audits_taken_;
        Write(m);
      } else {
        pending_[m.seq].push_back(std::move(m));
        Drain();
      }
      m = Message();
    }
    if (!fatal_ && !interrupted_ && store_->in_batch()) {
      auto age = std::chrono::steady_clock::now() - batch_start_;
      if (batch_articles_ >= args_.batch_size ||
          age >= std::chrono::duration<double>(args_.batch_seconds)) {
        Status s = store_->CommitBatch();
        if (s.ok()) committed_ = counts_;
        else Fatal(s);
      }
    }
    Progress(false);
  }
  if (g_interrupted != 0 && !interrupted_) Interrupt();  // came after the last message
  // Every item ends with kEnd, so nothing is left unless the run was
  // stopped; should an item's end be missing, its messages are still written.
  for (auto& [seq, waiting] : pending_) {
    for (auto& p : waiting) {
      if (fatal_ || interrupted_) break;
      if (p.kind == Message::Kind::kEnd) continue;
      ++counts_.seen;
      if (p.audited) ++audits_taken_;
      if (Admit(p)) Write(p);
    }
  }
  pending_.clear();
  // Once interrupted, a producer still waiting on standard input is left
  // behind (and the process ends without waiting for it, below).
  for (int i = 0; interrupted_ && !producer_done_ && i < 100; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  const bool producer_waits = !producer_done_;
  if (producer_waits) producer.detach();
  else producer.join();
  for (auto& w : workers) w.join();
  {
    std::lock_guard<std::mutex> lock(empty_mu_);
    if (!empty_inputs_.empty() && progress_shown_) std::cerr << "\r\033[K";
    for (const auto& w : empty_inputs_) std::cerr << w;
  }
  if (!interrupted_ && !fatal_) {
    ReportMetadataMatches();
    ReportUnusedRows();
  }
  if (!interrupted_ && !fatal_) {
    Status s = store_->CommitBatch();
    if (!s.ok()) Fatal(s);
  }
  int64_t rolled_back = 0;         // articles written in the open batch, then rolled back
  int64_t rolled_back_reused = 0;  // of them, copied from an identical text (not audited)
  if (interrupted_ || fatal_) {
    // Nothing half-written: the open batch goes, the committed ones stay.
    rolled_back = std::max<int64_t>(0, counts_.added + counts_.updated - committed_.added - committed_.updated);
    rolled_back_reused = std::max<int64_t>(0, counts_.reused - committed_.reused);
    store_->RollbackBatch();
    counts_.added = committed_.added;
    counts_.updated = committed_.updated;
    counts_.reused = committed_.reused;
  }
  // Twins left waiting for an audit the stop cut off are no failures, but
  // the writer took them up (they are in `seen`): counted for the summary.
  int64_t left_waiting = 0;
  if (interrupted_) {
    for (const auto& [hash, waiting] : deferred_) left_waiting += static_cast<int64_t>(waiting.size());
    deferred_.clear();
  }
  for (auto& [hash, waiting] : deferred_) {
    for (auto& d : waiting) {
      ReportFailure(Status::Error("not stored: its identical twin was not audited", d.file,
                                  d.record.value_or(0)));
    }
  }
  Progress(true);
  if (interrupted_) exit_code = 128 + interrupted_;
  else if (counts_.failed > 0 || fatal_) exit_code = kExitError;
  {
    // A fatal database error ends the run as failed, when the database
    // still takes that one row.
    const char* status = interrupted_             ? "interrupted"
                         : fatal_                 ? "failed"
                         : exit_code == kExitOk ? "completed"
                                                : "completed-with-errors";
    Status s = store_->FinishRun(*run, counts_, status);
    if (!s.ok()) {
      std::cerr << "onrecord: " << PrintableStatus(s) << " (run " << *run << " could not be recorded as " << status
                << "; it stays 'running' in table runs)\n";
      exit_code = kExitError;
    }
  }
  if (interrupted_) {
    std::cerr << "onrecord: ingest interrupted by " << (interrupted_ == SIGINT ? "SIGINT" : "SIGTERM")
              << ": the open batch ("
              << Counted(rolled_back, "article", "articles") << ") was rolled back; what was committed before it ("
              << Counted(counts_.added + counts_.updated, "article", "articles")
              << ") is kept, and a re-run continues from there\n";
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  int64_t done = counts_.added + counts_.updated + counts_.unchanged + counts_.failed + duplicates_ + empty_;
  // Audited by a worker, but still queued for the writer when the run
  // stopped: neither kept nor rolled back, so said apart for the counts to
  // add up (fu30).
  const int64_t in_flight = std::max<int64_t>(0, audited_.load() - audits_taken_);
  // After a stop: the rolled-back batch (audited and reused apart), the twins
  // left waiting, and the audited articles not yet written, so that the
  // counts add up (docs/compare.md, "Interrupting").
  std::string stopped_tail;
  if (fatal_ || interrupted_) {
    stopped_tail = fatal_ ? " (stopped early)" : " (interrupted)";
    if (rolled_back > 0) stopped_tail += RolledBackPhrase(rolled_back, rolled_back_reused);
    if (left_waiting > 0) {
      stopped_tail += fmt::format("; {} left waiting for an identical text's audit",
                                  Counted(left_waiting, "article", "articles"));
    }
    if (in_flight > 0) {
      stopped_tail += fmt::format("; {} audited but not yet written when the run stopped",
                                  Counted(in_flight, "article", "articles"));
    }
  }
  std::cout << fmt::format(
      "ingest {}: {} in {:.1f} s ({:.1f}/s): {} added, {} updated, {} unchanged, {} "
      "failed{}; {} audited, {} reused from identical texts{}\n",
      args_.db, Counted(done, "article", "articles"), secs, secs > 0 ? static_cast<double>(done) / secs : 0.0,
      counts_.added, counts_.updated, counts_.unchanged, counts_.failed,
      fmt::format("{}{}",
                  duplicates_ > 0 ? fmt::format(", {} not stored", Counted(duplicates_, "duplicate", "duplicates"))
                                  : "",
                  empty_ > 0 ? fmt::format(", {} with no text not stored", Counted(empty_, "input", "inputs"))
                             : ""),
      audited_.load(),
      counts_.reused,
      stopped_tail);
  if (!db_existed && exit_code != kExitOk && counts_.added + counts_.updated == 0) {
    // A database this run made and stored no article in (every input
    // failed, or the run was stopped first) is removed: a failed first
    // ingest leaves no empty database behind to be mistaken for a result.
    store_.reset();
    RemoveDatabase();
  }
  if (producer_waits) {
    // The producer is blocked reading standard input: end without it.
    exit_code = FinishStandardOutput(exit_code);
    std::cerr.flush();
    store_.reset();
    std::_Exit(exit_code);
  }
  return exit_code;
}

CommandRegistration registration("ingest", 40, [](CLI::App& app, GlobalOptions& global) {
  auto args = std::make_shared<IngestArgs>();
  CLI::App* sub = app.add_subcommand(
      "ingest", "Audit articles into a SQLite database for comparison across outlets and time");
  sub->add_option("paths", args->paths,
                  "Files, directories, glob patterns or JSONL files ('-' for standard input)");
  sub->add_option("--db", args->db, "The SQLite database (created if missing)")->required();
  sub->add_option("--results", args->results,
                  "Load `onrecord audit --format jsonl` output instead of auditing (repeatable)")
      ->allow_extra_args(false);
  sub->add_option("--outlet", args->outlet, "Outlet of every article (overrides all other sources)");
  sub->add_option("--metadata", args->metadata,
                  "TSV or CSV of metadata keyed by record id, path, file name or stem (filename, publisher or outlet, "
                  "publication_date, author, title, url, wire)");
  sub->add_option("-j,--jobs", args->jobs, "Audit workers (default: the number of cores)")
      ->check(WholeNumber())
      ->check(CLI::Range(1, 256));
  sub->add_option("--batch-size", args->batch_size, "Articles per committed transaction")
      ->check(WholeNumber())
      ->check(CLI::Range(1, 100000));
  sub->add_option("--language", args->language, "Language code (default: detected)");
  sub->add_option("--input-format", args->input_format,
                  "txt, md, html, json or jsonl (default: by extension)");
  sub->add_option("--encoding", args->encoding, "Input encoding (default: UTF-8 or a BOM)");
  GlobalOptions* g = &global;
  return std::function<int()>([args, g] { return Ingest(*args, *g).Run(); });
});

}  // namespace

}  // namespace onrecord::cli
