// The SQLite store (design §7): one row per publication in `articles`, with
// its sources, attributions, quotes, anonymous sources and findings.
//
// Every article is written in its own transaction: all of it or none of it.
// The schema is versioned with PRAGMA user_version; a database with a newer
// version than this tool knows is refused. Errors come back as Status (path
// of the database in the message); nothing throws across this header.
//
// Thread-safety: a Store is used by one thread at a time (ingest runs audit
// workers in parallel with a single writer).
#ifndef ONRECORD_STORE_H_
#define ONRECORD_STORE_H_

#include <memory>
#include <optional>
#include <string>

#include "onrecord/audit.h"
#include "onrecord/status.h"

namespace SQLite {
class Database;
}

namespace onrecord {

// Identifies a publication: outlet plus URL, or outlet plus file (and record).
struct StoreArticleKey {
  std::optional<std::string> outlet;  // overrides the audit's metadata
};

class Store {
 public:
  // The newest schema version this build writes.
  static constexpr int kSchemaVersion = 1;

  // Opens (creating and migrating if needed) the database at `path`.
  static Result<std::unique_ptr<Store>> Open(const std::string& path);
  ~Store();

  // Writes one audited article and everything found in it, replacing an
  // earlier row of the same publication. One transaction.
  Status WriteAudit(const AuditResult& result, const StoreArticleKey& key);

  SQLite::Database& database() { return *db_; }
  const std::string& path() const { return path_; }

 private:
  Store(std::string path, std::unique_ptr<SQLite::Database> db);
  std::string path_;
  std::unique_ptr<SQLite::Database> db_;
};

}  // namespace onrecord

#endif  // ONRECORD_STORE_H_
