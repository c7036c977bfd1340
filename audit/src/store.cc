// SQLite store: schema, migrations and writes (see onrecord/store.h).
#include "onrecord/store.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <chrono>
#include <filesystem>
#include <map>
#include <thread>

#include "store_sql.h"

namespace onrecord {

namespace {

// Migration 1: the first schema. Never edit: existing databases have it.
const char* const kMigration1 = R"sql(
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  outlet TEXT,
  url TEXT,
  file TEXT NOT NULL,
  record INTEGER,
  title TEXT,
  published TEXT,
  author TEXT,
  language TEXT,
  words INTEGER NOT NULL DEFAULT 0,
  wire INTEGER,
  transparency_index REAL,
  named_share REAL,
  anonymous_share REAL,
  vague_share REAL,
  anonymity_explained REAL,
  unattributed_quotes INTEGER NOT NULL DEFAULT 0,
  attributions INTEGER NOT NULL DEFAULT 0,
  tool_version TEXT NOT NULL,
  rules_hash TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  publication_key TEXT NOT NULL UNIQUE,
  audited_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_sha256 ON articles(sha256);
CREATE TABLE sources (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  source_id INTEGER NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  role TEXT,
  transparency INTEGER NOT NULL,
  score REAL NOT NULL,
  specificity TEXT,
  reason_given INTEGER,
  mentions INTEGER NOT NULL,
  quotes INTEGER NOT NULL,
  PRIMARY KEY (article_id, source_id)
);
CREATE TABLE attributions (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  source_id INTEGER,
  source_text TEXT,
  cue TEXT,
  kind TEXT NOT NULL,
  transparency INTEGER NOT NULL,
  score REAL NOT NULL,
  cue_tone TEXT NOT NULL,
  in_lede INTEGER NOT NULL,
  begin_offset INTEGER,
  end_offset INTEGER,
  PRIMARY KEY (article_id, ordinal)
);
CREATE INDEX attributions_source ON attributions(article_id, source_id);
CREATE TABLE quotes (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  speaker TEXT,
  speaker_kind TEXT NOT NULL,
  source_id INTEGER,
  cue TEXT,
  begin_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  line INTEGER NOT NULL,
  column INTEGER NOT NULL,
  PRIMARY KEY (article_id, ordinal)
);
CREATE TABLE anonymous_sources (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  phrase TEXT NOT NULL,
  specificity TEXT NOT NULL,
  reason_given INTEGER NOT NULL,
  anaphoric INTEGER NOT NULL,
  source_id INTEGER,
  begin_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  line INTEGER NOT NULL,
  column INTEGER NOT NULL,
  PRIMARY KEY (article_id, ordinal)
);
CREATE TABLE findings (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  rule TEXT NOT NULL,
  level TEXT NOT NULL,
  message TEXT NOT NULL,
  begin_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  line INTEGER NOT NULL,
  column INTEGER NOT NULL,
  PRIMARY KEY (article_id, ordinal)
);
CREATE INDEX findings_rule ON findings(rule);
)sql";

// The article_metrics view (one row per article with the counts and shares
// compare uses), with `month_sql` the expression of its month column: the
// view of migration 2 and of migration 6 differ only there.
std::string ArticleMetricsView(const std::string& month_sql) {
  return R"sql(CREATE VIEW article_metrics AS
SELECT
  id AS article_id,
  outlet,
  published,
  )sql" + month_sql + R"sql(
    AS month,
  language,
  author,
  wire,
  words,
  attributions,
  named_attributions AS named,
  anonymous_attributions AS anonymous,
  vague_attributions AS vague,
  explained_attributions AS explained,
  unattributed_quotes,
  CASE WHEN attributions > 0 THEN 1.0 * named_attributions / attributions END AS named_share,
  CASE WHEN attributions > 0 THEN 1.0 * anonymous_attributions / attributions END
    AS anonymous_share,
  CASE WHEN attributions > 0 THEN 1.0 * vague_attributions / attributions END AS vague_share,
  CASE WHEN anonymous_attributions > 0
    THEN 1.0 * explained_attributions / anonymous_attributions END AS anonymity_explained,
  CASE WHEN attributions + unattributed_quotes > 0 THEN transparency_index END
    AS transparency_index
FROM articles;
)sql";
}

// Migration 2: the `runs` table, per-article attribution counts (backfilled
// from the stored rows), the input hash that lets identical texts be audited
// once, and the views that `compare` reads.
std::string Migration2() {
  std::string sql = R"sql(
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  command TEXT NOT NULL,
  inputs TEXT,
  tool_version TEXT NOT NULL,
  rules_hash TEXT NOT NULL,
  started_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  finished_at TEXT,
  status TEXT NOT NULL DEFAULT 'running',
  seen INTEGER NOT NULL DEFAULT 0,
  added INTEGER NOT NULL DEFAULT 0,
  updated INTEGER NOT NULL DEFAULT 0,
  unchanged INTEGER NOT NULL DEFAULT 0,
  reused INTEGER NOT NULL DEFAULT 0,
  failed INTEGER NOT NULL DEFAULT 0
);
ALTER TABLE articles ADD COLUMN input_sha256 TEXT;
ALTER TABLE articles ADD COLUMN run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL;
ALTER TABLE articles ADD COLUMN named_attributions INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN anonymous_attributions INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN vague_attributions INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN explained_attributions INTEGER NOT NULL DEFAULT 0;
UPDATE articles SET
  named_attributions = (SELECT COUNT(*) FROM attributions a
                        WHERE a.article_id = articles.id AND a.transparency >= 4),
  anonymous_attributions = (SELECT COUNT(*) FROM attributions a
                            WHERE a.article_id = articles.id AND a.transparency BETWEEN 1 AND 3),
  vague_attributions = (SELECT COUNT(*) FROM attributions a
                        WHERE a.article_id = articles.id AND a.transparency = 1),
  explained_attributions = (SELECT COUNT(*) FROM attributions a JOIN sources s
                              ON s.article_id = a.article_id AND s.source_id = a.source_id
                            WHERE a.article_id = articles.id AND a.transparency BETWEEN 1 AND 3
                              AND s.reason_given = 1);
CREATE INDEX articles_input ON articles(input_sha256, rules_hash);
CREATE INDEX anonymous_sources_article ON anonymous_sources(article_id);
-- Covers every column article_metrics reads, so compare scans this narrow
-- index instead of the wide rows.
CREATE INDEX articles_metrics ON articles(outlet, published, language, author, wire, words,
  attributions, named_attributions, anonymous_attributions, vague_attributions,
  explained_attributions, unattributed_quotes, transparency_index);
-- One row per article with the counts and shares compare uses. Named: T4-T5;
-- anonymous: T1-T3; vague: T1; explained: anonymous with a reason given.
-- Shares are NULL for an article without attributions; the transparency
-- index is NULL for an article with neither attributions nor quotes.
)sql" +
                    ArticleMetricsView(
                        "CASE WHEN published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' THEN substr(published, 1, 7) END") +
                    R"sql(
-- Every non-anaphoric anonymous-source description ("the person" refers back
-- and is left out), lower-cased, with its article's metrics.
CREATE VIEW anonymous_phrase_uses AS
SELECT m.article_id, m.outlet, m.published, m.month, m.language, m.author, m.wire,
  lower(s.phrase) AS phrase, s.specificity, s.reason_given
FROM anonymous_sources s JOIN article_metrics m ON m.article_id = s.article_id
WHERE s.anaphoric = 0;
CREATE VIEW anonymous_phrases AS
SELECT outlet, phrase, COUNT(*) AS uses, COUNT(DISTINCT article_id) AS articles
FROM anonymous_phrase_uses GROUP BY outlet, phrase;
)sql";
  for (const auto& dim : kDimensions) {
    sql += std::string("CREATE VIEW ") + dim[0] + "_summary AS SELECT " + dim[1] + " AS grp," +
           kGroupAggregateSql + "\nFROM article_metrics GROUP BY " + dim[1] + ";\n";
  }
  return sql;
}

// Migration 3: the publication key no longer holds the outlet (metadata is
// no part of a publication's identity: an article re-ingested with its
// outlet spelt differently is the same row). Keys were "outlet\x1fwhere";
// they become "where". Rows that only the outlet told apart were one
// publication stored twice: the last written (highest id) is kept.
const char* const kMigration3 = R"sql(
DELETE FROM articles WHERE id NOT IN (
  SELECT max(id) FROM articles
  GROUP BY substr(publication_key, instr(publication_key, char(31)) + 1));
UPDATE articles SET publication_key = substr(publication_key, instr(publication_key, char(31)) + 1)
  WHERE instr(publication_key, char(31)) > 0;
)sql";

// Migration 4: the process (pid) and host of each run, so that a later
// ingest can tell a run whose process is gone (killed outright) from one
// still going, and record it as abandoned (fixe37).
const char* const kMigration4 = R"sql(
ALTER TABLE runs ADD COLUMN pid INTEGER;
ALTER TABLE runs ADD COLUMN host TEXT;
)sql";

// Migration 5: whether each attribution counts in the index and the shares.
// An uncounted one (a refusal, a question, one nested in another's content)
// keeps its source's level since fixd38, so a query over `attributions` that
// re-aggregates must skip `counted = 0`. Rows written before hold 1: they
// were T0 then, as uncounted ones had to be.
const char* const kMigration5 = R"sql(
ALTER TABLE attributions ADD COLUMN counted INTEGER NOT NULL DEFAULT 1;
)sql";

// Migration 6: article_metrics.month only for a publication date ingest
// reads as one (store_sql.h kDatedSql). Before, any value starting with four
// and two digits gave a month, so "2026-13-45" was grouped under "2026-13"
// although ingest warned that compare gives it no month (fixa39). The views
// built on article_metrics read its columns by name and need no change.
std::string Migration6() {
  return std::string(R"sql(
DROP VIEW article_metrics;
)sql") + ArticleMetricsView(MonthSql()) + R"sql(
)sql";
}

// Migration N brings the schema from version N-1 to N.
const std::vector<std::string>& Migrations() {
  static const std::vector<std::string> migrations = {kMigration1, Migration2(), kMigration3, kMigration4,
                                                      kMigration5, Migration6()};
  return migrations;
}

// Test seam: ONRECORD_TEST_SIGNAL_IN_MIGRATION="V:SIGNAL" makes the process
// raise SIGNAL right after migration V's statements ran, before the commit,
// so that tests can stop (or kill) an ingest at that exact point. Unset (as
// always outside the tests) it does nothing.
void SignalAfterMigrationForTests(int version) {
  const char* spec = std::getenv("ONRECORD_TEST_SIGNAL_IN_MIGRATION");
  if (spec == nullptr) return;
  int v = 0, sig = 0;
  if (std::sscanf(spec, "%d:%d", &v, &sig) == 2 && v == version && sig > 0) std::raise(sig);
}

double Round4(double v) { return std::round(v * 10000.0) / 10000.0; }

template <typename T>
void BindOpt(SQLite::Statement& st, int i, const std::optional<T>& v) {
  if (v) st.bind(i, *v);
  else st.bind(i);
}

void BindWire(SQLite::Statement& st, int i, const std::optional<bool>& wire) {
  if (wire) st.bind(i, *wire ? 1 : 0);
  else st.bind(i);
}

std::optional<std::string> ColumnOpt(SQLite::Statement& st, int i) {
  if (st.isColumnNull(i)) return std::nullopt;
  return st.getColumn(i).getString();
}

// Counts of the article_metrics view, from the attributions being written.
struct AttributionCounts {
  int named = 0, anonymous = 0, vague = 0, explained = 0;
};

AttributionCounts CountAttributions(const AuditResult& r) {
  std::map<int, const Source*> by_id;
  for (const auto& s : r.sources) by_id[s.id] = &s;
  AttributionCounts c;
  for (const auto& a : r.attributions) {
    if (!a.counted) continue;  // a refusal, a question, a nested claim: counted nowhere
    if (a.level >= 4) ++c.named;
    if (a.level >= 1 && a.level <= 3) {
      ++c.anonymous;
      auto it = by_id.find(a.source_id);
      if (it != by_id.end() && it->second->specificity && it->second->reason_given) ++c.explained;
    }
    if (a.level == 1) ++c.vague;
  }
  return c;
}

// SAVEPOINT inside a batch, BEGIN IMMEDIATE otherwise; rolls back unless
// committed.
class ArticleTransaction {
 public:
  ArticleTransaction(SQLite::Database& db, bool in_batch) : db_(db), in_batch_(in_batch) {
    db_.exec(in_batch_ ? "SAVEPOINT article" : "BEGIN IMMEDIATE");
  }
  ~ArticleTransaction() {
    if (done_) return;
    try {
      if (in_batch_) db_.exec("ROLLBACK TO article; RELEASE article");
      else db_.exec("ROLLBACK");
    } catch (...) {  // NOLINT: nothing more can be done in a destructor
    }
  }
  void Commit() {
    db_.exec(in_batch_ ? "RELEASE article" : "COMMIT");
    done_ = true;
  }

 private:
  SQLite::Database& db_;
  bool in_batch_;
  bool done_ = false;
};

void DeletePublication(SQLite::Database& db, const std::string& pkey) {
  SQLite::Statement del(db, "DELETE FROM articles WHERE publication_key = ?");
  del.bind(1, pkey);
  del.exec();
}

}  // namespace

Store::Store(std::string path, std::unique_ptr<SQLite::Database> db)
    : path_(std::move(path)), db_(std::move(db)) {}
Store::~Store() {
  if (in_batch_) RollbackBatch();
}

Status Store::Fail(const std::string& what, const std::exception& e) const {
  return Status::Error(what + ": " + e.what(), path_);
}

namespace {

// `path` as a SQLite URI that opens the file read-only as immutable
// (https://sqlite.org/uri.html): "%", "?" and "#" are escaped.
std::string ImmutableUri(const std::string& path) {
  std::string uri = "file:";
  for (char c : path) {
    if (c == '%' || c == '?' || c == '#') {
      uri += fmt::format("%{:02X}", static_cast<unsigned char>(c));
    } else {
      uri += c;
    }
  }
  return uri + "?immutable=1";
}

}  // namespace

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const StoreOptions& options) {
  namespace fs = std::filesystem;
  int target = options.migrate_to < 0 ? kSchemaVersion : std::min(options.migrate_to, kSchemaVersion);
  std::error_code ec;
  if (!options.create && !fs::exists(path, ec)) {
    return Status::Error("no such database", path);
  }
  if (fs::is_directory(path, ec)) return Status::Error("is a directory, not a database", path);
  if (options.read_only && !fs::exists(path, ec)) return Status::Error("no such database", path);
  try {
    int flags = options.read_only ? SQLite::OPEN_READONLY
                                  : SQLite::OPEN_READWRITE | (options.create ? SQLite::OPEN_CREATE : 0);
    std::unique_ptr<SQLite::Database> db;
    if (options.read_only) {
      // Read-write where the file allows it, but with query_only set below:
      // a read-only connection cannot remove the -wal and -shm files a WAL
      // database needs, and leaves them behind when it closes last.
      try {
        db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE, 0, options.vfs);
        db->exec("PRAGMA query_only = ON");
      } catch (const SQLite::Exception&) {
        db.reset();
      }
    }
    if (!db) db = std::make_unique<SQLite::Database>(path, flags, 0, options.vfs);
    db->setBusyTimeout(options.busy_timeout_ms);
    // A file that is not a database fails here.
    int version = 0;
    try {
      version = db->execAndGet("PRAGMA user_version").getInt();
    } catch (const SQLite::Exception& e) {
      // A WAL database in a directory that cannot be written (a read-only
      // mount, a shared archive): SQLite cannot create its -shm file. With
      // nothing pending in a -wal file, the database file holds everything:
      // read it as immutable, which needs neither file.
      if (!options.read_only || (e.getErrorCode() != SQLITE_CANTOPEN && e.getErrorCode() != SQLITE_READONLY)) throw;
      if (fs::file_size(path + "-wal", ec) > 0 && !ec) {
        return Status::Error(
            "cannot read the database: its write-ahead log (" + path +
                "-wal) holds changes and SQLite cannot create the shared-memory file beside it (a read-only "
                "directory?); open it once where it can be written (sqlite3 FILE 'PRAGMA wal_checkpoint') or copy "
                "the database, its -wal and -shm files to a writable directory",
            path);
      }
      db = std::make_unique<SQLite::Database>(ImmutableUri(path), SQLite::OPEN_READONLY | SQLite::OPEN_URI, 0,
                                              options.vfs);
      version = db->execAndGet("PRAGMA user_version").getInt();
    }
    if (version > kSchemaVersion) {
      return Status::Error("database schema version " + std::to_string(version) +
                               " is newer than this onrecord understands (" +
                               std::to_string(kSchemaVersion) + "); upgrade onrecord",
                           path);
    }
    // An onrecord store has a schema version and its articles table; a
    // database with neither and no other objects is empty. Anything else
    // belongs to someone else and is never given onrecord's tables.
    // One statement, one snapshot: another process may be creating the
    // tables right now, and a version read before its commit with tables
    // counted after it looked like someone else's database.
    bool has_articles = false;
    int objects = 0;
    {
      SQLite::Statement q(*db,
                          "SELECT (SELECT user_version FROM pragma_user_version), "
                          "(SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'articles'), "
                          "(SELECT COUNT(*) FROM sqlite_master)");
      q.executeStep();
      version = q.getColumn(0).getInt();
      has_articles = q.getColumn(1).getInt() > 0;
      objects = q.getColumn(2).getInt();
    }
    if ((version > 0 && !has_articles) || (version == 0 && objects > 0)) {
      return Status::Error("not an onrecord database (a SQLite database with other tables; it was left unchanged)",
                           path);
    }
    if (options.read_only) {
      if (version == 0) {
        return Status::Error("empty database: nothing has been ingested into it (onrecord ingest --db FILE)", path);
      }
      if (version < kOldestReadableVersion) {
        return Status::Error("database schema version " + std::to_string(version) + " is older than this onrecord's (" +
                                 std::to_string(kSchemaVersion) +
                                 "); `onrecord ingest --db FILE` migrates it (this command only reads)",
                             path);
      }
      db->exec("PRAGMA foreign_keys = ON");  // per connection, nothing written
      db->exec("PRAGMA query_only = ON");    // again: the immutable fallback opened anew
      return std::unique_ptr<Store>(new Store(path, std::move(db)));
    }
    // Switching to WAL needs the file to itself; a second process opening a
    // new database at the same moment gets SQLITE_BUSY here, which the busy
    // timeout does not always cover. Retry for as long as that timeout.
    for (int waited_ms = 0;; waited_ms += 20) {
      try {
        if (db->execAndGet("PRAGMA journal_mode").getString() != "wal") db->exec("PRAGMA journal_mode = WAL");
        break;
      } catch (const SQLite::Exception& e) {
        if ((e.getErrorCode() & 0xFF) != SQLITE_BUSY || waited_ms >= options.busy_timeout_ms) throw;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
      }
    }
    db->exec("PRAGMA foreign_keys = ON");
    db->exec("PRAGMA synchronous = NORMAL");
    // Every pending migration in one transaction: a process stopped at any
    // instant (a signal, a crash, power loss) leaves the schema it found or
    // the current one, never a part of it (version 1 without `runs`).
    if (version < target) {
      const auto& migrations = Migrations();
      SQLite::Transaction tx(*db, SQLite::TransactionBehavior::IMMEDIATE);
      // Re-read inside the write lock: another process may have migrated.
      int now = db->execAndGet("PRAGMA user_version").getInt();
      for (int v = now; v < target; ++v) {
        db->exec(migrations[static_cast<size_t>(v)]);
        SignalAfterMigrationForTests(v + 1);
      }
      if (now < target) db->exec("PRAGMA user_version = " + std::to_string(target));
      tx.commit();
    }
    return std::unique_ptr<Store>(new Store(path, std::move(db)));
  } catch (const SQLite::Exception& e) {
    std::string msg = e.what();
    if (msg.find("not a database") != std::string::npos) {
      return Status::Error("not an onrecord database (the file is not SQLite)", path);
    }
    if (msg.find("unable to open") != std::string::npos) {
      // Say which part of the path is at fault when it is its folder: a
      // folder that is missing, or a file where a folder should be.
      const fs::path folder = fs::path(path).parent_path();
      for (fs::path up = folder; !up.empty(); up = up.parent_path()) {
        std::error_code status_ec;
        const fs::file_status st = fs::status(up, status_ec);
        if (fs::exists(st) && !fs::is_directory(st)) {
          return Status::Error("cannot open or create the database: " + up.string() + " is a file, not a folder", path);
        }
        if (fs::exists(st) || up == up.parent_path()) break;
      }
      if (!folder.empty() && !fs::exists(folder, ec)) {
        return Status::Error("cannot open or create the database: its folder " + folder.string() + " does not exist", path);
      }
      // The OS's reason, as --output gives it: a database file that cannot
      // be read or written, or a folder where no file can be made (in45).
      const std::string dir = folder.empty() ? std::string(".") : folder.string();
      if (::access(path.c_str(), F_OK) == 0) {
        if (::access(path.c_str(), options.read_only ? R_OK : R_OK | W_OK) != 0) {
          return Status::Error("cannot open the database: " + std::string(std::strerror(errno)), path);
        }
      } else if (::access(dir.c_str(), W_OK | X_OK) != 0) {
        return Status::Error("cannot create the database in the folder " + dir + ": " +
                                 std::string(std::strerror(errno)),
                             path);
      }
      return Status::Error("cannot open or create the database (" + msg + ")", path);
    }
    if (msg.find("malformed") != std::string::npos) {
      return Status::Error("the database file is damaged (" + msg +
                               "); restore it from a copy, or ingest the articles again into a new file",
                           path);
    }
    // compare and the other readers open it read-only: say "for reading"
    // there, or a damaged file reads as a permissions fault.
    return Status::Error(std::string(options.read_only ? "cannot read the database: " : "cannot open the database for writing: ") +
                             msg,
                         path);
  }
}

std::string Store::PublicationKey(const std::string& file, std::optional<int> record,
                                  const Metadata& m, const StoreArticleKey& key) {
  // The outlet, title, date and the rest of the metadata are not part of the
  // key: changing them updates the publication's row.
  if (m.url) return *m.url;
  if (m.id) return "id:" + *m.id;
  if (file == "-" && !key.location && key.unnamed_sha256) return "-#sha256:" + *key.unnamed_sha256;
  std::string where = key.location ? *key.location : file;
  if (record) where += "#" + std::to_string(*record);
  return where;
}

Status Store::WriteAudit(const AuditResult& r, const StoreArticleKey& key) {
  try {
    ArticleTransaction tx(*db_, in_batch_);
    std::string pkey = PublicationKey(r.file, r.record, r.metadata, key);
    DeletePublication(*db_, pkey);
    SQLite::Statement ins(*db_, R"sql(
INSERT INTO articles (outlet, url, file, record, title, published, author, language, words, wire,
  transparency_index, named_share, anonymous_share, vague_share, anonymity_explained,
  unattributed_quotes, attributions, tool_version, rules_hash, sha256, publication_key,
  input_sha256, run_id, named_attributions, anonymous_attributions, vague_attributions,
  explained_attributions)
VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?))sql");
    const Metadata& m = r.metadata;
    BindOpt(ins, 1, key.outlet ? key.outlet : m.outlet);
    BindOpt(ins, 2, m.url);
    ins.bind(3, r.file);
    BindOpt(ins, 4, r.record);
    BindOpt(ins, 5, m.title);
    BindOpt(ins, 6, m.published);
    BindOpt(ins, 7, m.author);
    ins.bind(8, r.language);
    ins.bind(9, static_cast<int64_t>(r.words));
    BindWire(ins, 10, m.wire);
    // What nothing measures is NULL, as article_metrics shows it, so that
    // SQL over the table itself (AVG, a share's sum) leaves such an article
    // out rather than counting it as 0: the index with neither attributions
    // nor quotes, a share with no attribution, the explained share with no
    // anonymous attribution.
    const AttributionCounts counts = CountAttributions(r);
    auto bind_measured = [&](int column, bool defined, double value) {
      if (defined) ins.bind(column, Round4(value));
      else ins.bind(column);
    };
    const bool attributed = r.score.attributions > 0;
    bind_measured(11, attributed || r.score.unattributed_quotes > 0, r.score.transparency_index);
    bind_measured(12, attributed, r.score.named_share);
    bind_measured(13, attributed, r.score.anonymous_share);
    bind_measured(14, attributed, r.score.vague_share);
    bind_measured(15, counts.anonymous > 0, r.score.anonymity_explained);
    ins.bind(16, r.score.unattributed_quotes);
    ins.bind(17, r.score.attributions);
    ins.bind(18, r.tool_version);
    ins.bind(19, r.rules_hash);
    ins.bind(20, r.sha256);
    ins.bind(21, pkey);
    BindOpt(ins, 22, key.input_sha256);
    BindOpt(ins, 23, run_id_);
    ins.bind(24, counts.named);
    ins.bind(25, counts.anonymous);
    ins.bind(26, counts.vague);
    ins.bind(27, counts.explained);
    ins.exec();
    int64_t id = db_->getLastInsertRowid();
    SQLite::Statement src(*db_, "INSERT INTO sources VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    for (const auto& s : r.sources) {
      src.reset();
      src.bind(1, id);
      src.bind(2, s.id);
      src.bind(3, s.name);
      src.bind(4, SourceKindName(s.kind));
      if (s.role.empty()) src.bind(5); else src.bind(5, s.role);
      src.bind(6, s.level);
      src.bind(7, Round4(s.score));
      if (s.specificity) src.bind(8, SpecificityName(*s.specificity)); else src.bind(8);
      if (s.specificity) src.bind(9, s.reason_given ? 1 : 0); else src.bind(9);
      src.bind(10, s.mentions);
      src.bind(11, s.quotes);
      src.exec();
    }
    SQLite::Statement att(*db_, "INSERT INTO attributions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    int ord = 0;
    for (const auto& a : r.attributions) {
      att.reset();
      att.bind(1, id);
      att.bind(2, ord++);
      if (a.source_id > 0) att.bind(3, a.source_id); else att.bind(3);
      if (a.source) att.bind(4, a.source->text); else att.bind(4);
      if (a.cue) att.bind(5, a.cue->text); else att.bind(5);
      att.bind(6, AttributionKindName(a.kind));
      att.bind(7, a.level);
      att.bind(8, Round4(a.score));
      att.bind(9, CueToneName(a.cue_tone));
      att.bind(10, a.in_lede ? 1 : 0);
      size_t b = SIZE_MAX, e = 0;
      if (a.source) { b = std::min(b, a.source->location.begin); e = std::max(e, a.source->location.end); }
      if (a.cue) { b = std::min(b, a.cue->location.begin); e = std::max(e, a.cue->location.end); }
      for (const auto& c : a.content) { b = std::min(b, c.location.begin); e = std::max(e, c.location.end); }
      if (b == SIZE_MAX) { att.bind(11); att.bind(12); }
      else { att.bind(11, static_cast<int64_t>(b)); att.bind(12, static_cast<int64_t>(e)); }
      att.bind(13, a.counted ? 1 : 0);
      att.exec();
    }
    SQLite::Statement qs(*db_, "INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    ord = 0;
    for (const auto& q : r.quotes) {
      qs.reset();
      qs.bind(1, id);
      qs.bind(2, ord++);
      qs.bind(3, q.text);
      qs.bind(4, QuoteKindName(q.kind));
      if (q.speaker.empty()) qs.bind(5); else qs.bind(5, q.speaker);
      qs.bind(6, SourceKindName(q.speaker_kind));
      if (q.source_id > 0) qs.bind(7, q.source_id); else qs.bind(7);
      if (q.cue.empty()) qs.bind(8); else qs.bind(8, q.cue);
      qs.bind(9, static_cast<int64_t>(q.location.begin));
      qs.bind(10, static_cast<int64_t>(q.location.end));
      qs.bind(11, q.location.line);
      qs.bind(12, q.location.column);
      qs.exec();
    }
    SQLite::Statement an(*db_, "INSERT INTO anonymous_sources VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    ord = 0;
    for (const auto& a : r.anonymous_sources) {
      an.reset();
      an.bind(1, id);
      an.bind(2, ord++);
      an.bind(3, a.phrase);
      an.bind(4, SpecificityName(a.specificity));
      an.bind(5, a.reason_given ? 1 : 0);
      an.bind(6, a.anaphoric ? 1 : 0);
      if (a.source_id > 0) an.bind(7, a.source_id); else an.bind(7);
      an.bind(8, static_cast<int64_t>(a.location.begin));
      an.bind(9, static_cast<int64_t>(a.location.end));
      an.bind(10, a.location.line);
      an.bind(11, a.location.column);
      an.exec();
    }
    SQLite::Statement fs(*db_, "INSERT INTO findings VALUES (?,?,?,?,?,?,?,?,?)");
    ord = 0;
    for (const auto& f : r.findings) {
      fs.reset();
      fs.bind(1, id);
      fs.bind(2, ord++);
      fs.bind(3, f.rule);
      fs.bind(4, SeverityName(f.level));
      fs.bind(5, f.message);
      fs.bind(6, static_cast<int64_t>(f.location.begin));
      fs.bind(7, static_cast<int64_t>(f.location.end));
      fs.bind(8, f.location.line);
      fs.bind(9, f.location.column);
      fs.exec();
    }
    tx.Commit();
    return Status::Ok();
  } catch (const SQLite::Exception& e) {
    return Fail("cannot write article " + r.file, e);
  }
}

Status Store::CopyArticle(int64_t from_id, const std::string& file, std::optional<int> record,
                          const Metadata& m, const StoreArticleKey& key) {
  try {
    ArticleTransaction tx(*db_, in_batch_);
    std::string pkey = PublicationKey(file, record, m, key);
    std::optional<std::string> outlet = key.outlet ? key.outlet : m.outlet;
    std::optional<int64_t> existing;
    {
      SQLite::Statement q(*db_, "SELECT id FROM articles WHERE publication_key = ?");
      q.bind(1, pkey);
      if (q.executeStep()) existing = q.getColumn(0).getInt64();
    }
    if (existing && *existing == from_id) {
      SQLite::Statement up(*db_, R"sql(
UPDATE articles SET outlet = ?, url = ?, file = ?, record = ?, title = ?, published = ?,
  author = ?, wire = coalesce(?, wire), run_id = coalesce(?, run_id),
  audited_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
WHERE id = ?)sql");
      BindOpt(up, 1, outlet);
      BindOpt(up, 2, m.url);
      up.bind(3, file);
      BindOpt(up, 4, record);
      BindOpt(up, 5, m.title);
      BindOpt(up, 6, m.published);
      BindOpt(up, 7, m.author);
      BindWire(up, 8, m.wire);
      BindOpt(up, 9, run_id_);
      up.bind(10, from_id);
      up.exec();
      tx.Commit();
      return Status::Ok();
    }
    if (existing) DeletePublication(*db_, pkey);
    SQLite::Statement ins(*db_, R"sql(
INSERT INTO articles (outlet, url, file, record, title, published, author, language, words, wire,
  transparency_index, named_share, anonymous_share, vague_share, anonymity_explained,
  unattributed_quotes, attributions, tool_version, rules_hash, sha256, publication_key,
  input_sha256, run_id, named_attributions, anonymous_attributions, vague_attributions,
  explained_attributions)
SELECT ?, ?, ?, ?, ?, ?, ?, language, words, coalesce(?, wire),
  transparency_index, named_share, anonymous_share, vague_share, anonymity_explained,
  unattributed_quotes, attributions, tool_version, rules_hash, sha256, ?,
  coalesce(?, input_sha256), ?, named_attributions, anonymous_attributions, vague_attributions,
  explained_attributions
FROM articles WHERE id = ?)sql");
    BindOpt(ins, 1, outlet);
    BindOpt(ins, 2, m.url);
    ins.bind(3, file);
    BindOpt(ins, 4, record);
    BindOpt(ins, 5, m.title);
    BindOpt(ins, 6, m.published);
    BindOpt(ins, 7, m.author);
    BindWire(ins, 8, m.wire);
    ins.bind(9, pkey);
    BindOpt(ins, 10, key.input_sha256);
    BindOpt(ins, 11, run_id_);
    ins.bind(12, from_id);
    if (ins.exec() != 1) {
      return Status::Error("cannot copy article " + file + ": article " + std::to_string(from_id) +
                               " is gone",
                           path_);
    }
    int64_t id = db_->getLastInsertRowid();
    static const char* const kChildren[] = {
        "INSERT INTO sources SELECT ?, source_id, name, kind, role, transparency, score, "
        "specificity, reason_given, mentions, quotes FROM sources WHERE article_id = ?",
        "INSERT INTO attributions SELECT ?, ordinal, source_id, source_text, cue, kind, "
        "transparency, score, cue_tone, in_lede, begin_offset, end_offset, counted FROM attributions "
        "WHERE article_id = ?",
        "INSERT INTO quotes SELECT ?, ordinal, text, kind, speaker, speaker_kind, source_id, cue, "
        "begin_offset, end_offset, line, column FROM quotes WHERE article_id = ?",
        "INSERT INTO anonymous_sources SELECT ?, ordinal, phrase, specificity, reason_given, "
        "anaphoric, source_id, begin_offset, end_offset, line, column FROM anonymous_sources "
        "WHERE article_id = ?",
        "INSERT INTO findings SELECT ?, ordinal, rule, level, message, begin_offset, end_offset, "
        "line, column FROM findings WHERE article_id = ?",
    };
    for (const char* sql : kChildren) {
      SQLite::Statement st(*db_, sql);
      st.bind(1, id);
      st.bind(2, from_id);
      st.exec();
    }
    tx.Commit();
    return Status::Ok();
  } catch (const SQLite::Exception& e) {
    return Fail("cannot write article " + file, e);
  }
}

Result<std::optional<StoredArticle>> Store::FindPublication(const std::string& publication_key) {
  try {
    SQLite::Statement q(*db_, R"sql(
SELECT id, file, record, outlet, url, title, published, author, wire, sha256, input_sha256,
  rules_hash FROM articles WHERE publication_key = ?)sql");
    q.bind(1, publication_key);
    if (!q.executeStep()) return std::optional<StoredArticle>();
    StoredArticle a;
    a.id = q.getColumn(0).getInt64();
    a.file = q.getColumn(1).getString();
    if (!q.isColumnNull(2)) a.record = q.getColumn(2).getInt();
    a.metadata.outlet = ColumnOpt(q, 3);
    a.metadata.url = ColumnOpt(q, 4);
    a.metadata.title = ColumnOpt(q, 5);
    a.metadata.published = ColumnOpt(q, 6);
    a.metadata.author = ColumnOpt(q, 7);
    if (!q.isColumnNull(8)) a.metadata.wire = q.getColumn(8).getInt() != 0;
    a.sha256 = q.getColumn(9).getString();
    a.input_sha256 = ColumnOpt(q, 10);
    a.rules_hash = q.getColumn(11).getString();
    return std::optional<StoredArticle>(std::move(a));
  } catch (const SQLite::Exception& e) {
    return Fail("cannot read the database", e);
  }
}

Result<std::optional<int64_t>> Store::FindAuditedInput(const std::string& input_sha256,
                                                       const std::string& rules_hash) {
  try {
    SQLite::Statement q(*db_,
                        "SELECT id FROM articles WHERE input_sha256 = ? AND rules_hash = ? "
                        "ORDER BY id LIMIT 1");
    q.bind(1, input_sha256);
    q.bind(2, rules_hash);
    if (!q.executeStep()) return std::optional<int64_t>();
    return std::optional<int64_t>(q.getColumn(0).getInt64());
  } catch (const SQLite::Exception& e) {
    return Fail("cannot read the database", e);
  }
}

Status Store::BeginBatch() {
  if (in_batch_) return Status::Ok();
  try {
    db_->exec("BEGIN IMMEDIATE");
    in_batch_ = true;
    return Status::Ok();
  } catch (const SQLite::Exception& e) {
    return Fail("cannot start a write transaction", e);
  }
}

Status Store::CommitBatch() {
  if (!in_batch_) return Status::Ok();
  try {
    db_->exec("COMMIT");
    in_batch_ = false;
    return Status::Ok();
  } catch (const SQLite::Exception& e) {
    RollbackBatch();
    return Fail("cannot commit", e);
  }
}

void Store::RollbackBatch() {
  if (!in_batch_) return;
  in_batch_ = false;
  try {
    db_->exec("ROLLBACK");
  } catch (const SQLite::Exception&) {  // the transaction may already be gone
  }
}

Result<int64_t> Store::BeginRun(const std::string& command, const std::string& inputs_json,
                                const std::string& rules_hash) {
  try {
    SQLite::Statement ins(*db_,
                          "INSERT INTO runs (command, inputs, tool_version, rules_hash, pid, host) "
                          "VALUES (?,?,?,?,?,?)");
    ins.bind(1, command);
    ins.bind(2, inputs_json);
    ins.bind(3, std::string(ToolVersion()));
    ins.bind(4, rules_hash);
    ins.bind(5, static_cast<int64_t>(::getpid()));
    ins.bind(6, HostName());
    ins.exec();
    run_id_ = db_->getLastInsertRowid();
    return *run_id_;
  } catch (const SQLite::Exception& e) {
    return Fail("cannot write to the database", e);
  }
}

bool Store::RunProcessGone(const std::string& host, int64_t pid) {
  if (host.empty() || host != HostName()) return false;  // another machine's run: cannot tell
  if (pid <= 0 || pid == static_cast<int64_t>(::getpid())) return false;
  // ESRCH: no such process. EPERM means one exists (another user's): it
  // may be the run, so it is not called gone.
  return ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

std::string Store::HostName() {
  char name[256] = {};
  if (::gethostname(name, sizeof name - 1) != 0) return std::string();
  return name;
}

Result<std::vector<AbandonedRun>> Store::MarkAbandonedRuns() {
  std::vector<AbandonedRun> marked;
  const std::string host = HostName();
  if (host.empty()) return marked;  // no host name to tell this machine's runs by
  try {
    std::vector<AbandonedRun> gone;
    {
      SQLite::Statement st(*db_,
                           "SELECT id, started_at, pid FROM runs WHERE status = 'running' AND host = ? "
                           "AND pid IS NOT NULL ORDER BY id");
      st.bind(1, host);
      while (st.executeStep()) {
        const int64_t pid = st.getColumn(2).getInt64();
        if (!RunProcessGone(host, pid)) continue;
        gone.push_back({st.getColumn(0).getInt64(), st.getColumn(1).getString(), pid});
      }
    }
    for (const auto& run : gone) {
      SQLite::Statement up(*db_, "UPDATE runs SET status = 'abandoned' WHERE id = ? AND status = 'running'");
      up.bind(1, run.id);
      if (up.exec() > 0) marked.push_back(run);
    }
    return marked;
  } catch (const SQLite::Exception& e) {
    return Fail("cannot write to the database", e);
  }
}

Status Store::FinishRun(int64_t run_id, const RunCounts& c, const std::string& status) {
  try {
    SQLite::Statement up(*db_, R"sql(
UPDATE runs SET finished_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), status = ?, seen = ?,
  added = ?, updated = ?, unchanged = ?, reused = ?, failed = ? WHERE id = ?)sql");
    up.bind(1, status);
    up.bind(2, c.seen);
    up.bind(3, c.added);
    up.bind(4, c.updated);
    up.bind(5, c.unchanged);
    up.bind(6, c.reused);
    up.bind(7, c.failed);
    up.bind(8, run_id);
    up.exec();
    return Status::Ok();
  } catch (const SQLite::Exception& e) {
    return Fail("cannot write to the database", e);
  }
}

}  // namespace onrecord
