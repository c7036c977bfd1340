// The SQLite store: schema and migrations, writes, copies, batches, runs,
// and the errors for files that are not usable databases.
#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <algorithm>

#include <catch2/catch.hpp>

#include "onrecord/audit_json_reader.h"
#include "onrecord/report.h"
#include "onrecord/store.h"
#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;
using testing::TempDir;
using testing::WriteFile;

const char* kNamed = "\"We will win,\" Mayor Ana Ruiz said.\n";
const char* kVague = "Prices will rise, people familiar with the matter said.\n";

StoreArticleKey Key(std::optional<std::string> outlet, std::optional<std::string> location = {},
                    std::optional<std::string> input_sha256 = {}) {
  StoreArticleKey k;
  k.outlet = std::move(outlet);
  k.location = std::move(location);
  k.input_sha256 = std::move(input_sha256);
  return k;
}

std::unique_ptr<Store> OpenOrDie(const std::string& path, const StoreOptions& o = {}) {
  auto s = Store::Open(path, o);
  if (!s.ok()) FAIL(s.status().ToString());
  return std::move(s.value());
}

int64_t Count(Store& s, const std::string& sql) {
  return s.database().execAndGet(sql).getInt64();
}

TEST_CASE("store: a new database has the current schema, WAL, the runs table and views") {
  TempDir tmp;
  auto store = OpenOrDie((tmp / "a.db").string());
  CHECK(Count(*store, "PRAGMA user_version") == Store::kSchemaVersion);
  CHECK(store->database().execAndGet("PRAGMA journal_mode").getString() == "wal");
  for (const char* name : {"articles", "sources", "attributions", "quotes", "anonymous_sources",
                           "findings", "runs"}) {
    CHECK(Count(*store, std::string("SELECT COUNT(*) FROM sqlite_master WHERE type='table' AND name='") +
                            name + "'") == 1);
  }
  for (const char* name : {"article_metrics", "outlet_summary", "month_summary", "language_summary",
                           "author_summary", "anonymous_phrase_uses", "anonymous_phrases"}) {
    CHECK(Count(*store, std::string("SELECT COUNT(*) FROM sqlite_master WHERE type='view' AND name='") +
                            name + "'") == 1);
  }
  CHECK(Count(*store, "PRAGMA foreign_keys") == 1);
}

TEST_CASE("store: a version-1 database migrates and its counts are backfilled") {
  TempDir tmp;
  std::string path = (tmp / "v1.db").string();
  {
    auto v1 = OpenOrDie(path, StoreOptions{.migrate_to = 1});
    CHECK(Count(*v1, "PRAGMA user_version") == 1);
    auto& db = v1->database();
    db.exec(
        "INSERT INTO articles (id, outlet, file, words, attributions, tool_version, rules_hash, "
        "sha256, publication_key, transparency_index) VALUES (1, 'X', 'a.txt', 100, 3, '0', 'r', "
        "'s', 'k', 0.5)");
    db.exec(
        "INSERT INTO sources VALUES (1, 1, 'Ana Ruiz', 'named', NULL, 4, 0.7, NULL, NULL, 1, 1),"
        "(1, 2, 'officials', 'anonymous', NULL, 1, 0.2, 'vague', 1, 1, 0),"
        "(1, 3, 'an aide', 'described', NULL, 2, 0.4, 'described', 0, 1, 0)");
    db.exec(
        "INSERT INTO attributions VALUES (1, 0, 1, 'Ruiz', 'said', 'direct', 4, 0.7, 'neutral', 1, "
        "0, 5), (1, 1, 2, 'officials', 'said', 'indirect', 1, 0.2, 'neutral', 0, 6, 9),"
        "(1, 2, 3, 'an aide', 'said', 'indirect', 2, 0.4, 'neutral', 0, 10, 19)");
  }
  auto store = OpenOrDie(path);
  CHECK(Count(*store, "PRAGMA user_version") == Store::kSchemaVersion);
  SQLite::Statement q(store->database(),
                      "SELECT named, anonymous, vague, explained, named_share, anonymity_explained "
                      "FROM article_metrics WHERE article_id = 1");
  REQUIRE(q.executeStep());
  CHECK(q.getColumn(0).getInt() == 1);
  CHECK(q.getColumn(1).getInt() == 2);
  CHECK(q.getColumn(2).getInt() == 1);
  CHECK(q.getColumn(3).getInt() == 1);
  CHECK(q.getColumn(4).getDouble() == Approx(1.0 / 3));
  CHECK(q.getColumn(5).getDouble() == Approx(0.5));
}

TEST_CASE("store: a newer schema version is refused") {
  TempDir tmp;
  std::string path = (tmp / "new.db").string();
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("PRAGMA user_version = 99");
  }
  auto s = Store::Open(path);
  REQUIRE_FALSE(s.ok());
  CHECK_THAT(s.status().ToString(), Catch::Contains("schema version 99 is newer"));
  CHECK_THAT(s.status().ToString(), Catch::Contains(path));
}

TEST_CASE("store: a file that is not a database is refused and left alone") {
  TempDir tmp;
  auto path = tmp / "notes.db";
  WriteFile(path, "these are my notes, not a database\n");
  auto s = Store::Open(path.string());
  REQUIRE_FALSE(s.ok());
  CHECK_THAT(s.status().message(), Catch::Contains("not an onrecord database"));
  CHECK(testing::ReadFile(path) == "these are my notes, not a database\n");
}

TEST_CASE("store: a database that cannot be created gives an error") {
  // Simulated: CI runs as root, so permissions do not stop writes; a path
  // under a regular file cannot be created by anyone.
  TempDir tmp;
  WriteFile(tmp / "file", "x");
  auto s = Store::Open((tmp / "file" / "a.db").string());
  REQUIRE_FALSE(s.ok());
  CHECK_THAT(s.status().message(), Catch::Contains("cannot open or create"));
  auto missing = Store::Open((tmp / "missing.db").string(), StoreOptions{.create = false});
  REQUIRE_FALSE(missing.ok());
  CHECK_THAT(missing.status().message(), Catch::Contains("no such database"));
  CHECK_FALSE(std::filesystem::exists(tmp / "missing.db"));
}

// A SQLite VFS that stands for a read-only directory (CI runs as root, so
// file modes do not stop writes): no file can be created, existing files
// open read-only, and the shared-memory file of a WAL database cannot be
// made. Everything else is the default VFS's.
struct ReadOnlyDirFile {
  sqlite3_file base;
  sqlite3_file* real;
};

sqlite3_file* RealFile(sqlite3_file* f) { return reinterpret_cast<ReadOnlyDirFile*>(f)->real; }

const sqlite3_io_methods kReadOnlyDirIo = {
    3,
    [](sqlite3_file* f) { return RealFile(f)->pMethods->xClose(RealFile(f)); },
    [](sqlite3_file* f, void* b, int n, sqlite3_int64 o) { return RealFile(f)->pMethods->xRead(RealFile(f), b, n, o); },
    [](sqlite3_file*, const void*, int, sqlite3_int64) { return SQLITE_READONLY; },
    [](sqlite3_file*, sqlite3_int64) { return SQLITE_READONLY; },
    [](sqlite3_file* f, int flags) { return RealFile(f)->pMethods->xSync(RealFile(f), flags); },
    [](sqlite3_file* f, sqlite3_int64* size) { return RealFile(f)->pMethods->xFileSize(RealFile(f), size); },
    [](sqlite3_file* f, int lock) { return RealFile(f)->pMethods->xLock(RealFile(f), lock); },
    [](sqlite3_file* f, int lock) { return RealFile(f)->pMethods->xUnlock(RealFile(f), lock); },
    [](sqlite3_file* f, int* out) { return RealFile(f)->pMethods->xCheckReservedLock(RealFile(f), out); },
    [](sqlite3_file* f, int op, void* arg) { return RealFile(f)->pMethods->xFileControl(RealFile(f), op, arg); },
    [](sqlite3_file* f) { return RealFile(f)->pMethods->xSectorSize(RealFile(f)); },
    [](sqlite3_file* f) { return RealFile(f)->pMethods->xDeviceCharacteristics(RealFile(f)); },
    // The -shm file cannot be created, as open(2) fails with EROFS.
    [](sqlite3_file*, int, int, int, void volatile** pp) {
      *pp = nullptr;
      return SQLITE_CANTOPEN;
    },
    [](sqlite3_file*, int, int, int) { return SQLITE_IOERR; },
    [](sqlite3_file*) {},
    [](sqlite3_file*, int) { return SQLITE_OK; },
    [](sqlite3_file*, sqlite3_int64, int, void** pp) {
      *pp = nullptr;
      return SQLITE_OK;
    },
    [](sqlite3_file*, sqlite3_int64, void*) { return SQLITE_OK; },
};

sqlite3_vfs* DefaultVfs() {
  static sqlite3_vfs* const vfs = sqlite3_vfs_find(nullptr);
  return vfs;
}

int ReadOnlyDirOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* out_flags) {
  auto* f = reinterpret_cast<ReadOnlyDirFile*>(file);
  f->base.pMethods = nullptr;
  f->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + sizeof(ReadOnlyDirFile));
  std::error_code ec;
  if (!name || !std::filesystem::exists(name, ec)) return SQLITE_CANTOPEN;
  flags = (flags & ~(SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) | SQLITE_OPEN_READONLY;
  int rc = DefaultVfs()->xOpen(DefaultVfs(), name, f->real, flags, out_flags);
  if (rc == SQLITE_OK) f->base.pMethods = &kReadOnlyDirIo;
  return rc;
}

// Registers the VFS once; returns its name.
const char* ReadOnlyDirVfs() {
  static const char* const name = [] {
    static sqlite3_vfs vfs = *DefaultVfs();
    vfs.pNext = nullptr;
    vfs.zName = "onrecord-test-read-only-dir";
    vfs.szOsFile = static_cast<int>(sizeof(ReadOnlyDirFile)) + DefaultVfs()->szOsFile;
    vfs.xOpen = ReadOnlyDirOpen;
    sqlite3_vfs_register(&vfs, 0);
    return vfs.zName;
  }();
  return name;
}

TEST_CASE("store: a WAL database in a directory that cannot be written is read as immutable") {
  TempDir tmp;
  const std::string path = (tmp / "a.db").string();
  {
    auto store = OpenOrDie(path);
    REQUIRE(store->WriteAudit(AuditText(kNamed), Key("Daily")).ok());
  }
  REQUIRE_FALSE(std::filesystem::exists(path + "-wal"));
  // The simulation fails as a read-only directory does.
  {
    SQLite::Database raw(path, SQLite::OPEN_READONLY, 0, ReadOnlyDirVfs());
    CHECK_THROWS(raw.execAndGet("PRAGMA user_version"));
  }
  auto store = Store::Open(path, StoreOptions{.create = false, .read_only = true, .vfs = ReadOnlyDirVfs()});
  REQUIRE(store.ok());
  CHECK(Count(**store, "SELECT COUNT(*) FROM articles") == 1);
  CHECK(Count(**store, "SELECT COUNT(*) FROM attributions") > 0);
  CHECK_FALSE(std::filesystem::exists(path + "-shm"));
  CHECK_FALSE(std::filesystem::exists(path + "-wal"));
}

TEST_CASE("store: changes still in the WAL file of a read-only directory are an error naming it") {
  TempDir tmp;
  const std::string path = (tmp / "a.db").string();
  auto writer = OpenOrDie(path);  // open: its commits stay in a.db-wal
  REQUIRE(writer->WriteAudit(AuditText(kNamed), Key("Daily")).ok());
  REQUIRE(std::filesystem::file_size(path + "-wal") > 0);
  auto store = Store::Open(path, StoreOptions{.create = false, .read_only = true, .vfs = ReadOnlyDirVfs()});
  REQUIRE_FALSE(store.ok());
  CHECK_THAT(store.status().ToString(), Catch::Contains(path + "-wal"));
  CHECK_THAT(store.status().message(), Catch::Contains("write-ahead log"));
}

TEST_CASE("store: a publication is written once, with its counts, and replaced on rewrite") {
  TempDir tmp;
  auto store = OpenOrDie((tmp / "a.db").string());
  AuditResult r = AuditText(std::string(kNamed) + "\n" + kVague, "both.txt");
  r.metadata.outlet = "Daily";
  REQUIRE(store->WriteAudit(r, {}).ok());
  REQUIRE(store->WriteAudit(r, {}).ok());
  CHECK(Count(*store, "SELECT COUNT(*) FROM articles") == 1);
  CHECK(Count(*store, "SELECT named_attributions FROM articles") == 1);
  CHECK(Count(*store, "SELECT anonymous_attributions FROM articles") == 1);
  CHECK(Count(*store, "SELECT vague_attributions FROM articles") == 1);
  CHECK(Count(*store, "SELECT COUNT(*) FROM anonymous_sources") ==
        static_cast<int64_t>(r.anonymous_sources.size()));
  // Another outlet for the same file is the same publication (metadata is
  // no part of its identity); the same text in another file is another.
  r.metadata.outlet = "Weekly";
  REQUIRE(store->WriteAudit(r, {}).ok());
  CHECK(Count(*store, "SELECT COUNT(*) FROM articles") == 1);
  CHECK(store->database().execAndGet("SELECT outlet FROM articles").getString() == "Weekly");
  r.file = "weekly/both.txt";
  REQUIRE(store->WriteAudit(r, {}).ok());
  CHECK(Count(*store, "SELECT COUNT(*) FROM articles") == 2);
}

TEST_CASE("store: outlet names with quotes and SQL are stored literally") {
  TempDir tmp;
  auto store = OpenOrDie((tmp / "a.db").string());
  const std::string evil = "O'Brien's \"Daily\"; DROP TABLE articles; --";
  AuditResult r = AuditText(kNamed, "a.txt");
  REQUIRE(store->WriteAudit(r, Key(evil)).ok());
  CHECK(store->database().execAndGet("SELECT outlet FROM articles").getString() == evil);
  CHECK(store->database().execAndGet("SELECT grp FROM outlet_summary").getString() == evil);
}

TEST_CASE("store: inside a batch a failing article is rolled back alone") {
  TempDir tmp;
  auto store = OpenOrDie((tmp / "a.db").string());
  AuditResult good = AuditText(kNamed, "good.txt");
  AuditResult bad = AuditText(kVague, "bad.txt");
  REQUIRE_FALSE(bad.sources.empty());
  bad.sources.push_back(bad.sources[0]);  // duplicate primary key: the insert fails
  REQUIRE(store->BeginBatch().ok());
  CHECK(store->WriteAudit(good, {}).ok());
  Status s = store->WriteAudit(bad, {});
  CHECK_FALSE(s.ok());
  CHECK_THAT(s.message(), Catch::Contains("bad.txt"));
  REQUIRE(store->CommitBatch().ok());
  CHECK(Count(*store, "SELECT COUNT(*) FROM articles") == 1);
  CHECK(store->database().execAndGet("SELECT file FROM articles").getString() == "good.txt");
  CHECK(Count(*store, "SELECT COUNT(*) FROM sources WHERE article_id NOT IN (SELECT id FROM articles)") == 0);
}

TEST_CASE("store: an uncommitted batch leaves nothing behind") {
  TempDir tmp;
  std::string path = (tmp / "a.db").string();
  {
    auto store = OpenOrDie(path);
    REQUIRE(store->BeginBatch().ok());
    REQUIRE(store->WriteAudit(AuditText(kNamed, "a.txt"), {}).ok());
  }  // destroyed without CommitBatch
  auto store = OpenOrDie(path);
  CHECK(Count(*store, "SELECT COUNT(*) FROM articles") == 0);
}

TEST_CASE("store: an identical text is copied with its rows, a copy onto itself updates metadata") {
  TempDir tmp;
  auto store = OpenOrDie((tmp / "a.db").string());
  AuditResult r = AuditText(std::string(kNamed) + "\n" + kVague, "a/story.txt");
  r.metadata.outlet = "A";
  REQUIRE(store->WriteAudit(r, Key({}, {}, "h1")).ok());
  auto twin = store->FindAuditedInput("h1", r.rules_hash);
  REQUIRE(twin.ok());
  REQUIRE(twin->has_value());
  CHECK_FALSE(store->FindAuditedInput("h1", "other rules")->has_value());
  Metadata m;
  m.outlet = "B";
  m.title = "Copied";
  REQUIRE(store->CopyArticle(**twin, "b/story.txt", std::nullopt, m, Key({}, {}, "h1")).ok());
  CHECK(Count(*store, "SELECT COUNT(*) FROM articles") == 2);
  for (const char* table : {"sources", "attributions", "quotes", "anonymous_sources", "findings"}) {
    SQLite::Statement q(store->database(),
                        std::string("SELECT COUNT(DISTINCT n) FROM (SELECT article_id, COUNT(*) AS n FROM ") +
                            table + " GROUP BY article_id)");
    REQUIRE(q.executeStep());
    CHECK(q.getColumn(0).getInt() <= 1);  // the same number of rows for both articles
  }
  CHECK(Count(*store, "SELECT COUNT(DISTINCT sha256) FROM articles") == 1);
  std::string key = Store::PublicationKey("b/story.txt", std::nullopt, m, {});
  auto found = store->FindPublication(key);
  REQUIRE(found.ok());
  REQUIRE(found->has_value());
  CHECK((*found)->metadata.title == std::optional<std::string>("Copied"));
  // Copying the article onto its own publication changes only its metadata.
  m.title = "Retitled";
  REQUIRE(store->CopyArticle((*found)->id, "b/story.txt", std::nullopt, m, {}).ok());
  CHECK(Count(*store, "SELECT COUNT(*) FROM articles") == 2);
  CHECK(store->database().execAndGet("SELECT title FROM articles WHERE outlet = 'B'").getString() ==
        "Retitled");
}

TEST_CASE("store: the publication key is the url or id or file and record and never the outlet") {
  Metadata m;
  m.outlet = "X";
  CHECK(Store::PublicationKey("a.txt", std::nullopt, m, {}) == "a.txt");
  CHECK(Store::PublicationKey("a.jsonl", 3, m, {}) == "a.jsonl#3");
  CHECK(Store::PublicationKey("a.txt", std::nullopt, m, Key({}, "/abs/a.txt")) == "/abs/a.txt");
  m.id = "42";
  CHECK(Store::PublicationKey("a.jsonl", 3, m, {}) == "id:42");
  m.url = "https://example.org/a";
  CHECK(Store::PublicationKey("a.jsonl", 3, m, Key("Y")) == "https://example.org/a");
  // Metadata is no part of the identity (it was: "Metro Daily" and "Metro
  // daily" made two rows of one article).
  Metadata other = m;
  other.outlet = "Other";
  other.title = "Retitled";
  other.published = "2024-01-02";
  CHECK(Store::PublicationKey("a.jsonl", 3, other, Key("Z")) == Store::PublicationKey("a.jsonl", 3, m, Key("Y")));
}

TEST_CASE("store: a version-2 database drops the outlet from its keys and merges what only it told apart") {
  TempDir tmp;
  std::string path = (tmp / "v2.db").string();
  {
    auto v2 = OpenOrDie(path, StoreOptions{.migrate_to = 2});
    auto& db = v2->database();
    for (const char* row : {"(1, 'Metro Daily', 'd.md', '/n/d.md')", "(2, 'Metro daily', 'd.md', '/n/d.md')",
                            "(3, 'Other', 'e.md', '/n/e.md')"}) {
      db.exec(std::string("INSERT INTO articles (id, outlet, file, publication_key, words, tool_version, "
                          "rules_hash, sha256) SELECT column1, column2, column3, column2 || char(31) || column4, "
                          "10, '0', 'r', 's' FROM (VALUES ") +
              row + ")");
    }
    db.exec("INSERT INTO findings VALUES (1, 0, 'r', 'warning', 'm', 0, 0, 1, 1)");
  }
  auto store = OpenOrDie(path);
  CHECK(Count(*store, "PRAGMA user_version") == Store::kSchemaVersion);
  CHECK(Count(*store, "SELECT COUNT(*) FROM articles") == 2);
  CHECK(store->database().execAndGet("SELECT outlet FROM articles WHERE publication_key = '/n/d.md'").getString() ==
        "Metro daily");  // the last written
  CHECK(Count(*store, "SELECT COUNT(*) FROM articles WHERE publication_key = '/n/e.md'") == 1);
  CHECK(Count(*store, "SELECT COUNT(*) FROM findings") == 0);  // the dropped row's rows went with it
}

TEST_CASE("store: runs record each ingest") {
  TempDir tmp;
  auto store = OpenOrDie((tmp / "a.db").string());
  auto run = store->BeginRun("ingest", "[\"corpus\"]", "rules-hash");
  REQUIRE(run.ok());
  REQUIRE(store->WriteAudit(AuditText(kNamed, "a.txt"), {}).ok());
  CHECK(Count(*store, "SELECT run_id FROM articles") == *run);
  CHECK(store->database().execAndGet("SELECT status FROM runs").getString() == "running");
  RunCounts c;
  c.seen = 1;
  c.added = 1;
  REQUIRE(store->FinishRun(*run, c, "completed").ok());
  CHECK(store->database().execAndGet("SELECT status FROM runs").getString() == "completed");
  CHECK(Count(*store, "SELECT added FROM runs") == 1);
  CHECK(store->database().execAndGet("SELECT tool_version FROM runs").getString() == ToolVersion());
}

TEST_CASE("store: a result read back from JSON gives the same rows as the audit itself") {
  TempDir tmp;
  AuditResult r = AuditText(std::string(kNamed) + "\n" + kVague, "both.txt");
  r.metadata.outlet = "Daily";
  auto back = AuditFromJson(AuditToJson(r));
  REQUIRE(back.ok());
  auto a = OpenOrDie((tmp / "a.db").string());
  auto b = OpenOrDie((tmp / "b.db").string());
  REQUIRE(a->WriteAudit(r, {}).ok());
  REQUIRE(b->WriteAudit(*back, {}).ok());
  for (const char* table : {"sources", "attributions", "quotes", "anonymous_sources", "findings"}) {
    std::string sql = std::string("SELECT * FROM ") + table + " ORDER BY 1, 2";
    SQLite::Statement qa(a->database(), sql), qb(b->database(), sql);
    int rows = 0;
    while (qa.executeStep()) {
      REQUIRE(qb.executeStep());
      ++rows;
      for (int i = 0; i < qa.getColumnCount(); ++i) {
        INFO(table << " column " << qa.getColumnName(i));
        CHECK(qa.getColumn(i).getString() == qb.getColumn(i).getString());
      }
    }
    CHECK_FALSE(qb.executeStep());
    if (std::string(table) != "findings") CHECK(rows > 0);
  }
  std::string cols =
      "SELECT outlet, language, words, transparency_index, named_share, anonymous_share, "
      "unattributed_quotes, attributions, sha256, rules_hash, named_attributions, "
      "anonymous_attributions, vague_attributions, explained_attributions FROM articles";
  SQLite::Statement qa(a->database(), cols), qb(b->database(), cols);
  REQUIRE(qa.executeStep());
  REQUIRE(qb.executeStep());
  for (int i = 0; i < qa.getColumnCount(); ++i) {
    INFO(qa.getColumnName(i));
    CHECK(qa.getColumn(i).getString() == qb.getColumn(i).getString());
  }
}

TEST_CASE("audit JSON reader: errors name the place") {
  auto bad = ParseAuditJsonLine("{\"schema\": \"onrecord/audit-1\", oops}", "r.jsonl", 7);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().line() == 7);
  CHECK(bad.status().column() > 1);
  CHECK_THAT(bad.status().ToString(), Catch::StartsWith("r.jsonl:7:"));
  auto other = ParseAuditJsonLine("{\"schema\": \"other\"}", "r.jsonl", 2);
  REQUIRE_FALSE(other.ok());
  CHECK_THAT(other.status().message(), Catch::Contains("not an onrecord/audit-1"));
  auto error = ParseAuditJsonLine(
      R"({"schema": "onrecord/audit-1", "file": "x.txt", "record": null, "error": {"message": "no such file"}})",
      "r.jsonl", 3);
  REQUIRE_FALSE(error.ok());
  CHECK_THAT(error.status().message(), Catch::Contains("x.txt could not be audited: no such file"));
  nlohmann::json full = AuditToJson(AuditText(kNamed, "x.txt"));
  REQUIRE_FALSE(full["attributions"].empty());
  full["attributions"][0]["transparency"] = "T9";
  auto wrong = ParseAuditJsonLine(full.dump(), "r.jsonl", 4);
  REQUIRE_FALSE(wrong.ok());
  CHECK_THAT(wrong.status().message(), Catch::Contains("T0..T5"));
}

// Regression: {"schema":"onrecord/audit-1","garbage":1} was read as an
// article (an empty row with a transparency index of 0 that compare counted).
TEST_CASE("audit JSON reader: a result without the contract's required fields is an error") {
  auto garbage = ParseAuditJsonLine(R"({"schema":"onrecord/audit-1","garbage":1})", "r.jsonl", 5);
  REQUIRE_FALSE(garbage.ok());
  CHECK_THAT(garbage.status().ToString(), Catch::StartsWith("r.jsonl:5:1: not a complete onrecord/audit-1 result"));
  CHECK_THAT(garbage.status().message(), Catch::Contains("\"file\", \"language\", \"metadata\""));
  nlohmann::json full = AuditToJson(AuditText(kNamed, "x.txt"));
  REQUIRE(AuditFromJson(full).ok());
  for (const char* path : {"/file", "/language", "/metadata/sha256", "/metadata/rules_hash", "/metadata/words",
                           "/quotes", "/attributions", "/sources", "/anonymous_sources", "/findings",
                           "/score/transparency_index", "/score/unattributed_quotes", "/score"}) {
    nlohmann::json broken = full;
    nlohmann::json::json_pointer ptr(path);
    broken[ptr.parent_pointer()].erase(ptr.back());
    auto r = AuditFromJson(broken, "r.jsonl", 2);
    INFO(path);
    REQUIRE_FALSE(r.ok());
    std::string name = std::string(path).substr(1);
    std::replace(name.begin(), name.end(), '/', '.');
    CHECK_THAT(r.status().message(), Catch::Contains("\"" + name + "\""));
  }
  // The wrong type counts as missing: a list of findings that is a string.
  nlohmann::json typed = full;
  typed["findings"] = "none";
  CHECK_FALSE(AuditFromJson(typed).ok());
  // A null index (an article with nothing to measure) is a value.
  nlohmann::json na = full;
  na["score"]["transparency_index"] = nullptr;
  CHECK(AuditFromJson(na).ok());
}

}  // namespace
}  // namespace onrecord
