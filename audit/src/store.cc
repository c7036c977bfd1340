// SQLite store: schema, migrations and writes (see onrecord/store.h).
#include "onrecord/store.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <filesystem>

namespace onrecord {

namespace {

// Migration N brings the schema from version N-1 to N.
const char* const kMigrations[] = {
    // 1: the first schema.
    R"sql(
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
)sql",
};

constexpr int kMigrationCount = static_cast<int>(sizeof(kMigrations) / sizeof(kMigrations[0]));
static_assert(kMigrationCount == Store::kSchemaVersion, "one migration per schema version");

std::string PublicationKey(const AuditResult& r, const StoreArticleKey& key) {
  std::string outlet = key.outlet ? *key.outlet : r.metadata.outlet.value_or("");
  std::string where = r.metadata.url ? *r.metadata.url : r.file;
  if (!r.metadata.url && r.record) where += "#" + std::to_string(*r.record);
  return outlet + "\x1f" + where;
}

template <typename T>
void BindOpt(SQLite::Statement& st, int i, const std::optional<T>& v) {
  if (v) st.bind(i, *v);
  else st.bind(i);
}

}  // namespace

Store::Store(std::string path, std::unique_ptr<SQLite::Database> db) : path_(std::move(path)), db_(std::move(db)) {}
Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::Open(const std::string& path) {
  try {
    auto db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db->setBusyTimeout(30000);
    // A file that is not a database fails here.
    int version = db->execAndGet("PRAGMA user_version").getInt();
    if (version > kSchemaVersion) {
      return Status::Error("database schema version " + std::to_string(version) +
                               " is newer than this onrecord understands (" +
                               std::to_string(kSchemaVersion) + "); upgrade onrecord",
                           path);
    }
    db->exec("PRAGMA journal_mode = WAL");
    db->exec("PRAGMA foreign_keys = ON");
    db->exec("PRAGMA synchronous = NORMAL");
    for (int v = version; v < kSchemaVersion; ++v) {
      SQLite::Transaction tx(*db, SQLite::TransactionBehavior::IMMEDIATE);
      // Re-read inside the write lock: another process may have migrated.
      int now = db->execAndGet("PRAGMA user_version").getInt();
      if (now > v) continue;
      db->exec(kMigrations[v]);
      db->exec("PRAGMA user_version = " + std::to_string(v + 1));
      tx.commit();
    }
    return std::unique_ptr<Store>(new Store(path, std::move(db)));
  } catch (const SQLite::Exception& e) {
    std::string msg = e.what();
    if (msg.find("file is not a database") != std::string::npos || msg.find("not a database") != std::string::npos) {
      return Status::Error("not an onrecord database (file is not SQLite)", path);
    }
    return Status::Error("cannot open database: " + msg, path);
  }
}

Status Store::WriteAudit(const AuditResult& r, const StoreArticleKey& key) {
  try {
    SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    std::string pkey = PublicationKey(r, key);
    {
      SQLite::Statement del(*db_, "DELETE FROM articles WHERE publication_key = ?");
      del.bind(1, pkey);
      del.exec();
    }
    SQLite::Statement ins(*db_, R"sql(
INSERT INTO articles (outlet, url, file, record, title, published, author, language, words, wire,
  transparency_index, named_share, anonymous_share, vague_share, anonymity_explained,
  unattributed_quotes, attributions, tool_version, rules_hash, sha256, publication_key)
VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?))sql");
    const Metadata& m = r.metadata;
    BindOpt(ins, 1, key.outlet ? key.outlet : m.outlet);
    BindOpt(ins, 2, m.url);
    ins.bind(3, r.file);
    if (r.record) ins.bind(4, *r.record); else ins.bind(4);
    BindOpt(ins, 5, m.title);
    BindOpt(ins, 6, m.published);
    BindOpt(ins, 7, m.author);
    ins.bind(8, r.language);
    ins.bind(9, static_cast<int64_t>(r.words));
    if (m.wire) ins.bind(10, *m.wire ? 1 : 0); else ins.bind(10);
    ins.bind(11, r.score.transparency_index);
    ins.bind(12, r.score.named_share);
    ins.bind(13, r.score.anonymous_share);
    ins.bind(14, r.score.vague_share);
    ins.bind(15, r.score.anonymity_explained);
    ins.bind(16, r.score.unattributed_quotes);
    ins.bind(17, r.score.attributions);
    ins.bind(18, r.tool_version);
    ins.bind(19, r.rules_hash);
    ins.bind(20, r.sha256);
    ins.bind(21, pkey);
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
      src.bind(7, s.score);
      if (s.specificity) src.bind(8, SpecificityName(*s.specificity)); else src.bind(8);
      if (s.specificity) src.bind(9, s.reason_given ? 1 : 0); else src.bind(9);
      src.bind(10, s.mentions);
      src.bind(11, s.quotes);
      src.exec();
    }
    SQLite::Statement att(*db_, "INSERT INTO attributions VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
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
      att.bind(8, a.score);
      att.bind(9, CueToneName(a.cue_tone));
      att.bind(10, a.in_lede ? 1 : 0);
      size_t b = SIZE_MAX, e = 0;
      if (a.source) { b = std::min(b, a.source->location.begin); e = std::max(e, a.source->location.end); }
      if (a.cue) { b = std::min(b, a.cue->location.begin); e = std::max(e, a.cue->location.end); }
      for (const auto& c : a.content) { b = std::min(b, c.location.begin); e = std::max(e, c.location.end); }
      if (b == SIZE_MAX) { att.bind(11); att.bind(12); }
      else { att.bind(11, static_cast<int64_t>(b)); att.bind(12, static_cast<int64_t>(e)); }
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
    tx.commit();
    return Status::Ok();
  } catch (const SQLite::Exception& e) {
    return Status::Error(std::string("cannot write article: ") + e.what(), path_);
  }
}

}  // namespace onrecord
