// Silences a fresh user found (thirty-seventh round, branch left44): inputs
// that gave nothing, or were taken or left out, with no word on standard
// error. An empty JSONL file, a folder named like an article inside a walked
// folder, an ingest stopped by Ctrl-C that `compare` did not mention, and
// `ingest --metadata` rows that name no article (or name it by its path, which
// never matched).
#include <SQLiteCpp/SQLiteCpp.h>
#include <signal.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>

#include "env_util.h"
#include "test_util.h"

namespace onrecord {
namespace {

using testing::CliResult;
using testing::RunCli;
using testing::TempDir;
using testing::WriteFile;
namespace fs = std::filesystem;

using testing::ScopedEnv;

std::string QueryText(const fs::path& db, const std::string& sql) {
  SQLite::Database d(db.string(), SQLite::OPEN_READONLY);
  return d.execAndGet(sql).getString();
}

void Exec(const fs::path& db, const std::string& sql) {
  SQLite::Database d(db.string(), SQLite::OPEN_READWRITE);
  d.exec(sql);
}

size_t Lines(const std::string& out) {
  size_t n = 0;
  for (char c : out) n += c == '\n';
  return n;
}

const char* kArticle = "\u201CThe ferry will sail at noon,\u201D harbour master Lina Oduya said on Tuesday.\n";

TEST_CASE("left44: audit, clean and ingest warn about a JSONL input that holds no record", "[left44]") {
  TempDir tmp;
  WriteFile(tmp / "empty.jsonl", "");
  WriteFile(tmp / "blank.jsonl", "\n   \n\t\n");
  WriteFile(tmp / "one.jsonl", std::string("{\"id\": \"f1\", \"text\": \"") + "The ferry sails at noon, Lina Oduya said." +
                                   "\"}\n");
  for (const char* name : {"empty.jsonl", "blank.jsonl"}) {
    const std::string path = (tmp / name).string();
    CliResult a = RunCli({"audit", "--format", "jsonl", path});
    INFO(name << ": " << a.err);
    CHECK(a.exit_code == 0);
    CHECK(a.out.empty());
    CHECK_THAT(a.err, Catch::Contains("warning: " + path + ": no JSONL records: the input is empty or holds only "
                                      "blank lines, so nothing was read from it"));
    CliResult c = RunCli({"clean", path});
    CHECK(c.exit_code == 0);
    CHECK_THAT(c.err, Catch::Contains(path + ": no JSONL records"));
    CliResult i = RunCli({"ingest", path, (tmp / "one.jsonl").string(), "--db", (tmp / "i.db").string()});
    INFO(i.out << i.err);
    CHECK(i.exit_code == 0);
    CHECK_THAT(i.err, Catch::Contains("warning: " + path + ": no JSONL records"));
  }
  // Standard input read as JSONL, and an `ingest --results` file.
  CliResult s = RunCli({"audit", "--input-format", "jsonl", "-"}, "\n\n");
  CHECK(s.exit_code == 0);
  CHECK_THAT(s.err, Catch::Contains("warning: -: no JSONL records"));
  CliResult r = RunCli({"ingest", "--results", (tmp / "empty.jsonl").string(), "--db", (tmp / "r.db").string()});
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains((tmp / "empty.jsonl").string() + ": no result lines"));
  // Guards: a JSONL file with a record, and an empty text file (an article of
  // 0 words, reported as such), say nothing of the kind.
  WriteFile(tmp / "empty.txt", "");
  CliResult g = RunCli({"audit", "--format", "jsonl", (tmp / "one.jsonl").string(), (tmp / "empty.txt").string()});
  CHECK(g.exit_code == 0);
  CHECK(Lines(g.out) == 2);
  CHECK_THAT(g.err, !Catch::Contains("no JSONL records"));
}

TEST_CASE("left44: a folder named like an article inside a walked folder is walked with a warning", "[left44]") {
  TempDir tmp;
  WriteFile(tmp / "in" / "a.txt", kArticle);
  WriteFile(tmp / "in" / "story.txt" / "part1.txt", kArticle);
  WriteFile(tmp / "in" / "story.txt" / "part2.md", kArticle);
  WriteFile(tmp / "in" / "plain" / "b.txt", kArticle);
  const std::string in = (tmp / "in").string();
  CliResult a = RunCli({"audit", "--format", "jsonl", in});
  INFO(a.err);
  CHECK(a.exit_code == 0);
  CHECK(Lines(a.out) == 4);  // nothing is lost: the folder's two files are read
  CHECK_THAT(a.err, Catch::Contains("warning: " + in + "/story.txt/: a folder named like an article file is walked "
                                    "as a folder, not read as an article: 2 article files in it are taken"));
  CHECK_THAT(a.err, !Catch::Contains("plain"));
  // One holding no article file is named too.
  fs::create_directories(tmp / "in2" / "empty.html");
  WriteFile(tmp / "in2" / "c.txt", kArticle);
  CliResult e = RunCli({"audit", "--format", "jsonl", (tmp / "in2").string()});
  CHECK(e.exit_code == 0);
  CHECK_THAT(e.err, Catch::Contains("empty.html/: a folder named like an article file is walked as a folder, not "
                                    "read as an article: no article file in it was taken"));
  // Named on the command line, a folder is what the user asked to walk: no warning.
  CliResult n = RunCli({"audit", "--format", "jsonl", (tmp / "in" / "story.txt").string()});
  CHECK(n.exit_code == 0);
  CHECK(Lines(n.out) == 2);
  CHECK_THAT(n.err, !Catch::Contains("named like"));
}

TEST_CASE("left44: compare warns about an ingest stopped by Ctrl-C or by an error", "[left44]") {
  TempDir tmp;
  for (int i = 0; i < 5; ++i) {
    WriteFile(tmp / "in" / ("s" + std::to_string(i) + ".txt"),
              "\u201CPier " + std::to_string(i) + " reopens in May,\u201D harbour master Lina Oduya said.\n");
  }
  const fs::path db = tmp / "c.db";
  CliResult i;
  {
    ScopedEnv env("ONRECORD_TEST_SIGNAL_AFTER_WRITES", "2:" + std::to_string(SIGINT));
    i = RunCli({"ingest", (tmp / "in").string(), "--db", db.string(), "-j", "1", "--batch-size", "1"});
  }
  INFO(i.out << i.err);
  REQUIRE(i.exit_code == 130);
  REQUIRE(QueryText(db, "SELECT status FROM runs") == "interrupted");
  CliResult c = RunCli({"compare", "--db", db.string(), "--bootstrap", "0"});
  INFO(c.err);
  CHECK(c.exit_code == 0);
  CHECK_THAT(c.err, Catch::Contains("never finished (run 1 started"));
  CHECK_THAT(c.err, Catch::Contains("kept, interrupted by Ctrl-C or SIGTERM), and no completed ingest came after "
                                    "it. What it committed is compared here"));
  CHECK_THAT(c.out, Catch::Contains("interrupted by Ctrl-C or SIGTERM), and no completed ingest came after it."));
  CliResult j = RunCli({"compare", "--db", db.string(), "--bootstrap", "0", "--format", "json"});
  auto runs = nlohmann::json::parse(j.out)["unfinished_runs"];
  REQUIRE(runs.size() == 1);
  CHECK(runs[0]["status"] == "interrupted");
  CHECK(runs[0]["abandoned"] == false);
  // A run stopped by a database error is unfinished too.
  Exec(db, "UPDATE runs SET status = 'failed'");
  CliResult f = RunCli({"compare", "--db", db.string(), "--bootstrap", "0"});
  CHECK_THAT(f.err, Catch::Contains("stopped by an error), and no completed ingest came after it. What"));
  // The re-run the warning asks for completes: nothing more to say.
  CliResult again = RunCli({"ingest", (tmp / "in").string(), "--db", db.string()});
  CHECK(again.exit_code == 0);
  CliResult done = RunCli({"compare", "--db", db.string(), "--bootstrap", "0"});
  CHECK_THAT(done.err, !Catch::Contains("never finished"));
}

TEST_CASE("left44: ingest --metadata matches rows keyed by the article's path", "[left44]") {
  TempDir tmp;
  for (const char* name : {"a", "b", "c", "d", "e"}) WriteFile(tmp / "corpus" / "in" / (std::string(name) + ".txt"), kArticle);
  const std::string abs_c = (tmp / "corpus" / "in" / "c.txt").string();
  // As given on the command line, with "./", absolute, and relative to the
  // table's own folder (corpus/tables/).
  WriteFile(tmp / "corpus" / "tables" / "meta.tsv",
            "path\toutlet\n"
            "in/a.txt\tAlpha Post\n"
            "./in/b.txt\tBeta News\n" +
                abs_c + "\tGamma Daily\n"
                        "../in/d.txt\tDelta Wire\n");
  const fs::path db = tmp / "m.db";
  CliResult r = RunCli({"ingest", "in", "--db", db.string(), "--metadata", "tables/meta.tsv"}, "",
                       (tmp / "corpus").string());
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  auto outlet = [&](const std::string& file) {
    return QueryText(db, "SELECT coalesce(outlet, '') FROM articles WHERE file = 'in/" + file + "'");
  };
  CHECK(outlet("a.txt") == "Alpha Post");
  CHECK(outlet("b.txt") == "Beta News");
  CHECK(outlet("c.txt") == "Gamma Daily");
  CHECK(outlet("d.txt") == "Delta Wire");
  CHECK(outlet("e.txt") == "in");  // no row: the folder's name, and a note naming it
  CHECK_THAT(r.err, Catch::Contains("1 article has no row in tables/meta.tsv: in/e.txt"));
  // From another working directory, a key relative to the corpus root
  // matches the end of the article's path; the table sits elsewhere.
  WriteFile(tmp / "tables" / "tail.tsv", "path\toutlet\nin/e.txt\tEcho Times\n");
  fs::create_directories(tmp / "elsewhere");
  const fs::path db2 = tmp / "t.db";
  CliResult t = RunCli({"ingest", (tmp / "corpus" / "in" / "e.txt").string(), "--db", db2.string(), "--metadata",
                        (tmp / "tables" / "tail.tsv").string()},
                       "", (tmp / "elsewhere").string());
  INFO(t.err);
  CHECK(t.exit_code == 0);
  CHECK(QueryText(db2, "SELECT coalesce(outlet, '') FROM articles") == "Echo Times");
  CHECK_THAT(t.err, !Catch::Contains("no row"));
  // Guard: a path key never matches another folder's file of the same name.
  WriteFile(tmp / "other" / "a.txt", kArticle);
  const fs::path db3 = tmp / "o.db";
  CliResult o = RunCli({"ingest", (tmp / "other" / "a.txt").string(), "--db", db3.string(), "--metadata",
                        (tmp / "corpus" / "tables" / "meta.tsv").string()},
                       "", (tmp / "corpus").string());
  CHECK(QueryText(db3, "SELECT coalesce(outlet, '') FROM articles") == "other");
  CHECK_THAT(o.err, Catch::Contains("no row matched an ingested article"));
}

TEST_CASE("left44: ingest --metadata names the first five rows that name no article", "[left44]") {
  TempDir tmp;
  WriteFile(tmp / "in" / "pier.txt", kArticle);
  std::string table = "filename\toutlet\npier.txt\tHarbour Post\n";
  for (int i = 1; i <= 7; ++i) table += "ghost" + std::to_string(i) + ".txt\tNowhere\n";
  WriteFile(tmp / "meta.tsv", table);
  const std::string meta = (tmp / "meta.tsv").string();
  CliResult r = RunCli({"ingest", (tmp / "in").string(), "--db", (tmp / "m.db").string(), "--metadata", meta});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("note: " + meta + ": 7 rows name no article of this ingest (rows are matched by "
                                    "record id, path, file name or file name without extension): ghost1.txt (line "
                                    "3), ghost2.txt (line 4), ghost3.txt (line 5), ghost4.txt (line 6), ghost5.txt "
                                    "(line 7) and 2 more"));
  // Every row names an article: nothing said.
  WriteFile(tmp / "all.tsv", "filename\toutlet\npier\tHarbour Post\n");
  CliResult all = RunCli({"ingest", (tmp / "in").string(), "--db", (tmp / "a.db").string(), "--metadata",
                          (tmp / "all.tsv").string()});
  CHECK(all.exit_code == 0);
  CHECK_THAT(all.err, !Catch::Contains("no article of this ingest"));
  CHECK_THAT(all.err, !Catch::Contains("no row"));
}

TEST_CASE("left44: compare says how many undated articles a date filter leaves out", "[left44]") {
  TempDir tmp;
  for (const char* name : {"a", "b", "c", "d"}) WriteFile(tmp / "in" / (std::string(name) + ".txt"), kArticle);
  WriteFile(tmp / "meta.tsv",
            "filename\toutlet\tpublished\n"
            "a.txt\tHarbour Post\t2026-03-02\n"
            "b.txt\tHarbour Post\t\n"
            "c.txt\tHarbour Post\tlast Tuesday\n"
            "d.txt\tQuay Times\t\n");
  const fs::path db = tmp / "d.db";
  REQUIRE(RunCli({"ingest", (tmp / "in").string(), "--db", db.string(), "--metadata", (tmp / "meta.tsv").string()})
              .exit_code == 0);
  CliResult c = RunCli({"compare", "--db", db.string(), "--bootstrap", "0", "--since", "2026-01"});
  INFO(c.out << c.err);
  CHECK(c.exit_code == 0);
  CHECK_THAT(c.err, Catch::Contains("note: 3 articles with no publication date (or none that is a date) are left out "
                                    "by --since"));
  CHECK_THAT(c.out, Catch::Contains("Filters: since 2026-01 (3 articles with no publication date"));
  CliResult j = RunCli({"compare", "--db", db.string(), "--bootstrap", "0", "--until", "2026-12", "--outlet",
                        "Harbour Post", "--format", "json"});
  CHECK(nlohmann::json::parse(j.out)["filters"]["undated_left_out"] == 2);
  // Nothing dated passes: the error counts the undated ones too.
  CliResult none = RunCli({"compare", "--db", db.string(), "--since", "2027"});
  CHECK(none.exit_code == 2);
  CHECK_THAT(none.err, Catch::Contains("no article matches the filters (--since 2027); 3 articles with no "
                                       "publication date"));
  // Guard: no date filter, nothing said.
  CliResult all = RunCli({"compare", "--db", db.string(), "--bootstrap", "0"});
  CHECK_THAT(all.err, !Catch::Contains("no publication date"));
}

}  // namespace
}  // namespace onrecord
