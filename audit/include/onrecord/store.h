// The SQLite store (design §7): one row per publication in `articles`, with
// its sources, attributions, quotes, anonymous sources and findings, a `runs`
// table recording each ingest, and the views that `onrecord compare` reads
// (article_metrics, outlet_summary, month_summary, language_summary,
// author_summary, anonymous_phrases). docs/compare.md describes them.
//
// Every article is written all-or-nothing: in its own transaction, or, inside
// a batch (BeginBatch/CommitBatch), in its own savepoint of the batch's
// transaction, so a failing article leaves the rest of the batch intact.
// The schema is versioned with PRAGMA user_version and migrated forward on
// open, every pending migration in one transaction (a process stopped at any
// point leaves the old schema or the current one, never a part); a database
// with a newer version than this tool knows is refused.
// Errors come back as Status naming the database path; nothing throws across
// this header.
//
// Thread-safety: a Store is used by one thread at a time. Several Stores
// (threads or processes) may open the same file: SQLite's WAL mode lets
// readers run beside the one writer, and a writer waits up to the busy
// timeout for another writer's transaction to end.
#ifndef ONRECORD_STORE_H_
#define ONRECORD_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "onrecord/audit.h"
#include "onrecord/status.h"

namespace SQLite {
class Database;
}

namespace onrecord {

// What identifies a publication and what the audit does not know about it.
struct StoreArticleKey {
  std::optional<std::string> outlet;    // overrides the audit's metadata
  // Overrides the file part of the publication key (ingest passes the
  // absolute path, so a re-run from another directory finds the same row).
  std::optional<std::string> location;
  // SHA-256 (hex) of the audit's input (see ingest.h InputSha256): lets an
  // identical text be audited once. Unset for rows loaded from results.
  std::optional<std::string> input_sha256;
  // For input with no name (standard input, file "-") and no URL or id:
  // a SHA-256 (hex) of the article that keys the publication instead of
  // "-" and the record number, which every run and every shard read from
  // standard input shares. Ingest and `audit --db` pass the input's hash,
  // `ingest --results` the text's (`sha256` of the result).
  std::optional<std::string> unnamed_sha256;
};

// What the store holds about one publication (for the re-ingest checks).
struct StoredArticle {
  int64_t id = 0;
  std::string file;
  std::optional<int> record;
  Metadata metadata;  // outlet, url, title, published, author, wire
  std::string sha256;
  std::optional<std::string> input_sha256;
  std::string rules_hash;
};

// One ingest, as recorded in the `runs` table.
struct RunCounts {
  int64_t seen = 0;       // articles read
  int64_t added = 0;      // new publications
  int64_t updated = 0;    // publications re-audited or whose metadata changed
  int64_t unchanged = 0;  // skipped: same text, same rules, same metadata
  int64_t reused = 0;     // of added+updated: copied from an identical text
  int64_t failed = 0;
};

struct StoreOptions {
  bool create = true;  // false: a missing file is an error
  // Read only (compare): the file is never created, migrated or changed; a
  // database without the current onrecord schema is an error. When SQLite
  // cannot create the -shm file a WAL database needs (a read-only directory
  // or file system), the file is read as immutable (SQLite's `immutable=1`
  // URI parameter) if no -wal file with pending changes lies beside it, and
  // is an error naming the -wal file if one does. Where the file can be
  // written, the connection is opened read-write with `PRAGMA query_only`,
  // so that, closing last, it removes the -wal and -shm files as a writer
  // does (a read-only connection cannot, and leaves them behind).
  bool read_only = false;
  // The SQLite VFS to open the file with (empty: SQLite's default). Tests
  // use a VFS that cannot create files to stand for a read-only directory.
  std::string vfs = "";
  // Migrate only up to this version (tests of the migrations); never above
  // kSchemaVersion.
  int migrate_to = -1;  // -1: kSchemaVersion
  int busy_timeout_ms = 30000;
};

// A run MarkAbandonedRuns recorded as abandoned.
struct AbandonedRun {
  int64_t id = 0;
  std::string started_at;
  int64_t pid = 0;
};

class Store {
 public:
  // The newest schema version this build writes.
  static constexpr int kSchemaVersion = 6;
  // The oldest schema a read-only open (compare) accepts: version 4 only
  // added columns to `runs` that readers look for before using, version 5
  // the `counted` column of `attributions`, which compare does not read, and
  // version 6 recreated article_metrics.month, which compare computes from
  // `published` itself.
  static constexpr int kOldestReadableVersion = 3;

  // Opens (creating and migrating if needed) the database at `path`.
  // Fails for a file that is not SQLite, a SQLite database that is not an
  // onrecord store (other tables and no onrecord schema: left untouched), a
  // newer schema version, a path that cannot be opened or created, or a
  // migration that cannot be written. With `read_only`, an empty database or
  // an older schema is an error too, and nothing is ever written.
  static Result<std::unique_ptr<Store>> Open(const std::string& path,
                                             const StoreOptions& options = {});
  ~Store();

  // The publication key: the URL, else the record's id, else the file
  // (key.location when given) and record number; for standard input with
  // no URL or id, key.unnamed_sha256 when given. Metadata (outlet, title,
  // date, author) is no part of it: changing it updates the same row.
  static std::string PublicationKey(const std::string& file, std::optional<int> record,
                                    const Metadata& metadata, const StoreArticleKey& key);

  // Writes one audited article and everything found in it, replacing an
  // earlier row of the same publication. All or nothing.
  Status WriteAudit(const AuditResult& result, const StoreArticleKey& key);

  // Writes a publication whose text is identical to article `from_id`: its
  // own metadata, the audit rows of `from_id`. When the publication is
  // `from_id` itself, only its metadata is updated. All or nothing.
  Status CopyArticle(int64_t from_id, const std::string& file, std::optional<int> record,
                     const Metadata& metadata, const StoreArticleKey& key);

  // The stored row of a publication key, if any.
  Result<std::optional<StoredArticle>> FindPublication(const std::string& publication_key);
  // An article audited from the same input under the same rules, if any.
  Result<std::optional<int64_t>> FindAuditedInput(const std::string& input_sha256,
                                                  const std::string& rules_hash);

  // A batch: one transaction holding many articles (each in a savepoint).
  // BeginBatch waits for the write lock (busy timeout). RollbackBatch drops
  // every article written since BeginBatch; it never fails.
  Status BeginBatch();
  Status CommitBatch();
  void RollbackBatch();
  bool in_batch() const { return in_batch_; }

  // Records an ingest in `runs` (its own transaction); later writes carry
  // the run id. FinishRun stores the counts and the final status:
  // "completed", "completed-with-errors", or "interrupted" (ingest stopped by
  // SIGINT or SIGTERM after rolling back its open batch). A run killed
  // outright (SIGKILL, a crash, power loss) stays "running" until
  // MarkAbandonedRuns finds its process gone. BeginRun records this
  // process's pid and host name.
  Result<int64_t> BeginRun(const std::string& command, const std::string& inputs_json,
                           const std::string& rules_hash);
  Status FinishRun(int64_t run_id, const RunCounts& counts, const std::string& status);
  // Runs still "running" that were started on this host (same host name) by
  // a process that no longer exists: marked "abandoned" and returned. A run
  // of a live process, of another host, or without a recorded pid (written
  // before schema 4) is left alone.
  Result<std::vector<AbandonedRun>> MarkAbandonedRuns();
  // True when a run recorded with `host` and `pid` cannot still be running:
  // it was started on this host (same host name) and no process `pid`
  // exists. False for another host, a missing pid, or a live process.
  static bool RunProcessGone(const std::string& host, int64_t pid);
  // This machine's host name (gethostname), or empty.
  static std::string HostName();

  SQLite::Database& database() { return *db_; }
  const std::string& path() const { return path_; }

 private:
  Store(std::string path, std::unique_ptr<SQLite::Database> db);
  Status Fail(const std::string& what, const std::exception& e) const;
  std::string path_;
  std::unique_ptr<SQLite::Database> db_;
  bool in_batch_ = false;
  std::optional<int64_t> run_id_;
};

}  // namespace onrecord

#endif  // ONRECORD_STORE_H_
