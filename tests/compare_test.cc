// `onrecord compare`: values against a hand-computed fixture, the views that
// ship in the database, filters, the bootstrap, and every output format.
#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "onrecord/compare.h"
#include "test_util.h"

namespace onrecord {
namespace {

using nlohmann::json;
using testing::RunCli;
using testing::TempDir;
using testing::WriteFile;
namespace fs = std::filesystem;

const char* kNamed = "\"We will win,\" Mayor Ana Ruiz said.\n";
const char* kVague = "Prices will rise, people familiar with the matter said.\n";

// Three articles whose attribution is unambiguous:
//   a1 (Alpha, 2016-01-10): one named attribution.
//   a2 (Alpha, 2016-02-11, wire copy): one vague anonymous attribution.
//   a3 (Beta <b>&"|, 2016-02-20): one of each.
struct Fixture {
  TempDir tmp;
  fs::path db = tmp / "f.db";
  static constexpr const char* kBeta = "Beta <b>&\"|";
  Fixture() {
    WriteFile(tmp / "in" / "a1.txt", kNamed);
    WriteFile(tmp / "in" / "a2.txt", kVague);
    WriteFile(tmp / "in" / "a3.txt", std::string(kNamed) + "\n" + kVague);
    WriteFile(tmp / "meta.csv",
              "filename,publisher,publication_date,wire\n"
              "a1,Alpha,2016-01-10,None\n"
              "a2,Alpha,2016-02-11,AP\n"
              "a3,\"Beta <b>&\"\"|\",2016-02-20,None\n");
    auto r = RunCli({"ingest", (tmp / "in").string(), "--metadata", (tmp / "meta.csv").string(), "--db",
                     db.string()});
    if (r.exit_code != 0) throw std::runtime_error(r.err);
  }
  double Column(const std::string& sql) const {
    SQLite::Database d(db.string(), SQLite::OPEN_READONLY);
    return d.execAndGet(sql).getDouble();
  }
  json Compare(std::vector<std::string> extra = {}) const {
    std::vector<std::string> args = {"compare", "--db", db.string(), "--format", "json"};
    args.insert(args.end(), extra.begin(), extra.end());
    auto r = RunCli(args);
    if (r.exit_code != 0) throw std::runtime_error(r.err);
    return json::parse(r.out);
  }
};

const json& Group(const json& j, const std::string& name) {
  for (const auto& g : j["groups"]) {
    if (g["group"] == name) return g;
  }
  throw std::runtime_error("no group " + name);
}

TEST_CASE("compare: values computed by hand for a small fixture") {
  Fixture f;
  // The engine's words and transparency indexes come from the stored rows.
  double words_a = f.Column("SELECT SUM(words) FROM articles WHERE outlet = 'Alpha'");
  double words_b = f.Column("SELECT SUM(words) FROM articles WHERE outlet <> 'Alpha'");
  double ti1 = f.Column("SELECT transparency_index FROM articles WHERE file LIKE '%a1.txt'");
  double ti2 = f.Column("SELECT transparency_index FROM articles WHERE file LIKE '%a2.txt'");
  double ti3 = f.Column("SELECT transparency_index FROM articles WHERE file LIKE '%a3.txt'");
  json j = f.Compare();
  CHECK(j["schema"] == "onrecord/compare-1");
  CHECK(j["by"] == "outlet");
  REQUIRE(j["groups"].size() == 2);
  CHECK(j["groups"][0]["group"] == "Alpha");
  const json& a = Group(j, "Alpha");
  CHECK(a["articles"] == 2);
  CHECK(a["attributions"] == 2);
  CHECK(a["named"] == 1);
  CHECK(a["anonymous"] == 1);
  CHECK(a["words"].get<double>() == words_a);
  CHECK(a["attributions_per_1000_words"].get<double>() == Approx(2000.0 / words_a).margin(1e-4));
  CHECK(a["named_share"].get<double>() == 0.5);
  CHECK(a["anonymous_share"].get<double>() == 0.5);
  CHECK(a["vague_share"].get<double>() == 0.5);
  CHECK(a["anonymity_explained"].get<double>() == 0.0);
  CHECK(a["unattributed_quotes"] == 0);
  CHECK(a["transparency_index_mean"].get<double>() == Approx((ti1 + ti2) / 2).margin(1e-4));
  CHECK(a["transparency_index_median"].get<double>() == Approx((ti1 + ti2) / 2).margin(1e-4));
  // Resampling two articles, one all-named and one all-anonymous: the share
  // is 0, 0.5 or 1, and with 1000 replicates both ends appear.
  CHECK(a["anonymous_share_ci"] == json::array({0.0, 1.0}));
  CHECK(a["named_share_ci"] == json::array({0.0, 1.0}));
  REQUIRE(a["anonymous_phrases"].size() == 1);
  CHECK(a["anonymous_phrases"][0]["phrase"] == "people familiar with the matter");
  CHECK(a["anonymous_phrases"][0]["uses"] == 1);
  const json& b = Group(j, Fixture::kBeta);
  CHECK(b["articles"] == 1);
  CHECK(b["attributions"] == 2);
  CHECK(b["words"].get<double>() == words_b);
  CHECK(b["anonymous_share"].get<double>() == 0.5);
  CHECK(b["anonymous_share_ci"].is_null());  // one article: no interval
  CHECK(b["transparency_index_median"].get<double>() == Approx(ti3).margin(1e-4));
  const json& all = j["all"];
  CHECK(all["articles"] == 3);
  CHECK(all["attributions"] == 4);
  CHECK(all["named_share"].get<double>() == 0.5);
  CHECK(all["vague_share"].get<double>() == 0.5);
  CHECK(all["transparency_index_median"].get<double>() == Approx(std::max(std::min(ti1, ti2), std::min(std::max(ti1, ti2), ti3))).margin(1e-4));
  CHECK(all["anonymous_phrases"][0]["uses"] == 2);
  CHECK(all["anonymous_phrases"][0]["articles"] == 2);
}

TEST_CASE("compare: the numbers are those of the views shipped in the database") {
  Fixture f;
  json j = f.Compare({"--by", "month"});
  SQLite::Database d(f.db.string(), SQLite::OPEN_READONLY);
  SQLite::Statement q(d,
                      "SELECT grp, articles, words, attributions, named_share, anonymous_share, "
                      "vague_share, anonymity_explained, transparency_index_mean, unattributed_quotes "
                      "FROM month_summary ORDER BY grp");
  size_t i = 0;
  while (q.executeStep()) {
    REQUIRE(i < j["groups"].size());
    const json& g = j["groups"][i++];
    CHECK(g["group"] == q.getColumn(0).getString());
    CHECK(g["articles"] == q.getColumn(1).getInt());
    CHECK(g["words"] == q.getColumn(2).getInt());
    CHECK(g["attributions"] == q.getColumn(3).getInt());
    CHECK(g["named_share"].get<double>() == Approx(q.getColumn(4).getDouble()).margin(1e-4));
    CHECK(g["anonymous_share"].get<double>() == Approx(q.getColumn(5).getDouble()).margin(1e-4));
    CHECK(g["vague_share"].get<double>() == Approx(q.getColumn(6).getDouble()).margin(1e-4));
    CHECK(g["transparency_index_mean"].get<double>() == Approx(q.getColumn(8).getDouble()).margin(1e-4));
    CHECK(g["unattributed_quotes"] == q.getColumn(9).getInt());
  }
  CHECK(i == 2);
  CHECK(j["groups"][0]["group"] == "2016-01");
  CHECK(j["groups"][1]["group"] == "2016-02");
  CHECK(j["groups"][1]["articles"] == 2);
}

TEST_CASE("compare: --since, --until, --outlet and --exclude-wire select articles") {
  Fixture f;
  CHECK(f.Compare({"--since", "2016-02"})["all"]["articles"] == 2);
  CHECK(f.Compare({"--until", "2016-02-11"})["all"]["articles"] == 2);
  CHECK(f.Compare({"--since", "2016-02-12", "--until", "2016"})["all"]["articles"] == 1);
  CHECK(f.Compare({"--outlet", "Alpha"})["groups"].size() == 1);
  CHECK(f.Compare({"--outlet", Fixture::kBeta})["all"]["articles"] == 1);
  json nowire = f.Compare({"--exclude-wire"});
  CHECK(nowire["all"]["articles"] == 2);
  CHECK(Group(nowire, "Alpha")["anonymous_share"].get<double>() == 0.0);
  CHECK(nowire["filters"]["exclude_wire"] == true);
  auto bad = RunCli({"compare", "--db", f.db.string(), "--since", "Jan 2016"});
  CHECK(bad.exit_code == 2);
  CHECK_THAT(bad.err, Catch::Contains("--since must be YYYY, YYYY-MM or YYYY-MM-DD"));
  // Digits in the right places are not enough: no 13th month, no 32nd day.
  for (const char* date : {"2016-13", "2016-00", "2016-02-32", "2016-02-00"}) {
    INFO(date);
    auto out_of_range = RunCli({"compare", "--db", f.db.string(), "--until", date});
    CHECK(out_of_range.exit_code == 2);
    CHECK_THAT(out_of_range.err, Catch::Contains("--until must be YYYY, YYYY-MM or YYYY-MM-DD"));
  }
}

// Regression: --outlet nope printed an all-zero table with exit 0.
TEST_CASE("compare: an outlet that matches no article, or filters that select none, are an error") {
  Fixture f;
  auto nope = RunCli({"compare", "--db", f.db.string(), "--outlet", "nope"});
  CHECK(nope.exit_code == 2);
  CHECK(nope.out.empty());
  CHECK_THAT(nope.err, Catch::Contains(f.db.string() + ": --outlet 'nope' matches no article in the database "
                                       "(its outlets: Alpha, " + std::string(Fixture::kBeta) + ";"));
  // One good outlet does not hide a mistyped one.
  auto mixed = RunCli({"compare", "--db", f.db.string(), "--outlet", "Alpha", "--outlet", "alpha"});
  CHECK(mixed.exit_code == 2);
  CHECK_THAT(mixed.err, Catch::Contains("--outlet 'alpha' matches no article"));
  // The other filters likewise: an empty selection is an error, not zeros.
  for (const std::vector<std::string>& filter :
       {std::vector<std::string>{"--since", "2099"}, {"--until", "2001-01"}, {"--since", "2016-02-12", "--outlet", "Alpha"}}) {
    std::vector<std::string> args = {"compare", "--db", f.db.string(), "--format", "json"};
    args.insert(args.end(), filter.begin(), filter.end());
    auto r = RunCli(args);
    INFO(filter.front());
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK_THAT(r.err, Catch::Contains("no article matches the filters (" + filter.front() + " " + filter[1]));
  }
}

TEST_CASE("compare: intervals are reproducible with a seed") {
  Fixture f;
  json a = f.Compare({"--seed", "7"}), b = f.Compare({"--seed", "7"});
  CHECK(a == b);
  json none = f.Compare({"--bootstrap", "0"});
  CHECK(Group(none, "Alpha")["anonymous_share_ci"].is_null());
  CHECK(Group(none, "Alpha")["anonymous_share"].get<double>() == 0.5);
}

TEST_CASE("compare: --bootstrap 0 computes no interval and prints no interval wording") {
  Fixture f;
  for (const char* format : {"table", "markdown", "html"}) {
    INFO(format);
    auto none = RunCli({"compare", "--db", f.db.string(), "--format", format, "--bootstrap", "0"});
    REQUIRE(none.exit_code == 0);
    CHECK_THAT(none.out, !Catch::Contains("95%"));
    CHECK_THAT(none.out, !Catch::Contains("CI"));
    CHECK_THAT(none.out, !Catch::Contains("nterval"));
    CHECK_THAT(none.out, !Catch::Contains("bootstrap"));
    CHECK_THAT(none.out, Catch::Contains("anonymous"));
    CHECK_THAT(none.out, Catch::Contains("TI mean"));
    auto with = RunCli({"compare", "--db", f.db.string(), "--format", format});
    CHECK_THAT(with.out, Catch::Contains("anonymous (95% CI)"));
    CHECK_THAT(with.out, Catch::Contains("TI mean (95% CI)"));
    CHECK_THAT(with.out, Catch::Contains("Intervals: 1000 bootstrap replicates over articles, seed 20160101."));
  }
}

TEST_CASE("compare: JSON with --bootstrap 0 gives no confidence level") {
  Fixture f;
  json none = f.Compare({"--bootstrap", "0"});
  CHECK(none["bootstrap"]["replicates"] == 0);
  CHECK(none["bootstrap"]["confidence"].is_null());
  CHECK(none["all"]["transparency_index_mean_ci"].is_null());
  json with = f.Compare({"--bootstrap", "10"});
  CHECK(with["bootstrap"]["replicates"] == 10);
  CHECK(with["bootstrap"]["confidence"] == 0.95);
}

TEST_CASE("compare: one bootstrap replicate is written in the singular") {
  Fixture f;
  auto one = RunCli({"compare", "--db", f.db.string(), "--bootstrap", "1"});
  CHECK_THAT(one.out, Catch::Contains("Intervals: 1 bootstrap replicate over articles, seed 20160101."));
  auto two = RunCli({"compare", "--db", f.db.string(), "--bootstrap", "2"});
  CHECK_THAT(two.out, Catch::Contains("Intervals: 2 bootstrap replicates over articles, seed 20160101."));
}

TEST_CASE("compare: bootstrap interval of a larger group covers its share") {
  TempDir tmp;
  auto store = Store::Open((tmp / "x.db").string());
  REQUIRE(store.ok());
  // 40 articles: every fourth has all three attributions anonymous.
  auto& db = (*store)->database();
  for (int i = 0; i < 40; ++i) {
    int anon = i % 4 == 0 ? 3 : 0;
    db.exec(fmt::format(
        "INSERT INTO articles (outlet, file, words, attributions, named_attributions, "
        "anonymous_attributions, vague_attributions, transparency_index, tool_version, rules_hash, "
        "sha256, publication_key) VALUES ('O', 'f{0}', 100, 3, {1}, {2}, {2}, {3}, '0', 'r', 's', 'k{0}')",
        i, 3 - anon, anon, anon ? 0.2 : 0.8));
  }
  CompareOptions o;
  auto c = Compare(**store, o);
  REQUIRE(c.ok());
  REQUIRE(c->groups.size() == 1);
  const GroupStats& g = c->groups[0];
  CHECK(*g.anonymous_share == Approx(0.25));
  REQUIRE(g.anonymous_share_ci);
  CHECK(g.anonymous_share_ci->low < 0.25);
  CHECK(g.anonymous_share_ci->high > 0.25);
  CHECK(g.anonymous_share_ci->low > 0.05);
  CHECK(g.anonymous_share_ci->high < 0.5);
  CHECK(*g.transparency_index_median == Approx(0.8));
  CHECK(*g.transparency_index_mean == Approx(0.65));
  // Regression: the group that holds every article and the (all) row drew
  // different replicates (the seed came from the group's name), so the same
  // data printed two intervals.
  REQUIRE(c->all.anonymous_share_ci);
  CHECK(c->all.anonymous_share_ci->low == g.anonymous_share_ci->low);
  CHECK(c->all.anonymous_share_ci->high == g.anonymous_share_ci->high);
  REQUIRE(c->all.transparency_index_mean_ci);
  REQUIRE(g.transparency_index_mean_ci);
  CHECK(c->all.transparency_index_mean_ci->low == g.transparency_index_mean_ci->low);
  CHECK(c->all.transparency_index_mean_ci->high == g.transparency_index_mean_ci->high);
}

TEST_CASE("compare: formats escape what they print") {
  Fixture f;
  auto html = RunCli({"compare", "--db", f.db.string(), "--format", "html"});
  REQUIRE(html.exit_code == 0);
  CHECK_THAT(html.out, Catch::StartsWith("<!DOCTYPE html>"));
  CHECK_THAT(html.out, Catch::Contains("Beta &lt;b&gt;&amp;&quot;|"));
  CHECK_THAT(html.out, !Catch::Contains("<b>&"));
  CHECK_THAT(html.out, Catch::Contains("<svg"));
  CHECK_THAT(html.out, !Catch::Contains("<script"));
  // No network: the only URL is the SVG namespace.
  std::string rest = html.out;
  size_t urls = 0;
  for (size_t at = rest.find("http"); at != std::string::npos; at = rest.find("http", at + 1)) {
    CHECK(rest.compare(at, 26, "http://www.w3.org/2000/svg") == 0);
    ++urls;
  }
  CHECK(urls == 3);
  auto csv = RunCli({"compare", "--db", f.db.string(), "--format", "csv"});
  REQUIRE(csv.exit_code == 0);
  CHECK_THAT(csv.out, Catch::StartsWith("outlet,articles,words,attributions,"));
  CHECK_THAT(csv.out, Catch::Contains("\n\"Beta <b>&\"\"|\",1,"));
  CHECK_THAT(csv.out, Catch::Contains("\n(all),3,"));
  auto md = RunCli({"compare", "--db", f.db.string(), "--format", "markdown"});
  REQUIRE(md.exit_code == 0);
  CHECK_THAT(md.out, Catch::Contains("| Beta \\<b>&\"\\| | 1 |"));
  auto table = RunCli({"compare", "--db", f.db.string()});
  REQUIRE(table.exit_code == 0);
  CHECK_THAT(table.out, Catch::Contains("Alpha"));
  CHECK_THAT(table.out, Catch::Contains("50.0% (0.0–100.0)"));
  CHECK_THAT(table.out, Catch::Contains("Alpha: people familiar with the matter (1)"));
}

// Regression: compare's read-only connection to the WAL database left -wal
// and -shm files beside it.
TEST_CASE("compare: reading a database leaves no -wal or -shm file beside it, and the file unchanged") {
  Fixture f;
  CHECK_FALSE(fs::exists(f.db.string() + "-wal"));
  CHECK_FALSE(fs::exists(f.db.string() + "-shm"));
  const std::string before = testing::ReadFile(f.db);
  auto r = RunCli({"compare", "--db", f.db.string()});
  REQUIRE(r.exit_code == 0);
  CHECK_FALSE(fs::exists(f.db.string() + "-wal"));
  CHECK_FALSE(fs::exists(f.db.string() + "-shm"));
  CHECK(testing::ReadFile(f.db) == before);
  // The next ingest still works.
  WriteFile(f.tmp / "in" / "a4.txt", kNamed);
  auto again = RunCli({"ingest", (f.tmp / "in").string(), "--db", f.db.string()});
  CHECK(again.exit_code == 0);
  CHECK(f.Column("SELECT COUNT(*) FROM articles") == 4);
}

TEST_CASE("compare: a missing database is an error and is not created") {
  TempDir tmp;
  auto r = RunCli({"compare", "--db", (tmp / "none.db").string()});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("none.db: no such database"));
  CHECK_FALSE(fs::exists(tmp / "none.db"));
}

}  // namespace
}  // namespace onrecord

namespace onrecord {
namespace {

// Whether `text` shows an interval of one point, "(50.0–50.0)".
bool HasPointInterval(const std::string& text) {
  const std::string dash = "\xE2\x80\x93";
  for (size_t open = text.find('('); open != std::string::npos; open = text.find('(', open + 1)) {
    const size_t mid = text.find(dash, open), close = text.find(')', open);
    if (mid == std::string::npos || close == std::string::npos || mid > close) continue;
    const std::string low = text.substr(open + 1, mid - open - 1), high = text.substr(mid + 3, close - mid - 3);
    if (!low.empty() && low == high && low.find_first_not_of("0123456789.") == std::string::npos) return true;
  }
  return false;
}

TEST_CASE("compare: a group of one article has no interval") {
  // A bootstrap over one article gives the same value in every replicate:
  // "50.0% (50.0–50.0)" claimed a certainty the data do not have.
  Fixture f;
  json j = f.Compare();
  CHECK(Group(j, Fixture::kBeta)["anonymous_share_ci"].is_null());
  CHECK(Group(j, Fixture::kBeta)["transparency_index_mean_ci"].is_null());
  CHECK_FALSE(Group(j, "Alpha")["anonymous_share_ci"].is_null());
  for (const char* format : {"table", "markdown", "html", "csv"}) {
    INFO(format);
    auto r = RunCli({"compare", "--db", f.db.string(), "--format", format});
    REQUIRE(r.exit_code == 0);
    CHECK_FALSE(HasPointInterval(r.out));
  }
  auto table = RunCli({"compare", "--db", f.db.string()});
  CHECK_THAT(table.out, Catch::Contains("no interval for a group of one article"));
}

}  // namespace
}  // namespace onrecord

namespace onrecord {
namespace {

// Regression: after part of a corpus was re-ingested with other rules,
// compare mixed the two rule sets in one table and said nothing.
TEST_CASE("compare: articles audited with different rule sets are reported and warned about") {
  Fixture f;
  json one = f.Compare();
  REQUIRE(one["audited_with"].size() == 1);
  CHECK(one["audited_with"][0]["articles"] == 3);
  auto clean = RunCli({"compare", "--db", f.db.string()});
  CHECK_THAT(clean.out, !Catch::Contains("Warning"));
  CHECK_THAT(clean.err, !Catch::Contains("rule sets"));
  {
    SQLite::Database d(f.db.string(), SQLite::OPEN_READWRITE);
    d.exec("UPDATE articles SET rules_hash = 'feedfacecafe0000' WHERE file LIKE '%a3.txt'");
  }
  json mixed = f.Compare();
  REQUIRE(mixed["audited_with"].size() == 2);
  CHECK(mixed["audited_with"][0]["articles"] == 2);
  CHECK(mixed["audited_with"][1]["rules_hash"] == "feedfacecafe0000");
  for (const char* format : {"table", "markdown", "html", "csv"}) {
    INFO(format);
    auto r = RunCli({"compare", "--db", f.db.string(), "--format", format});
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.err, Catch::Contains("audited with 2 different rule sets or onrecord versions"));
    CHECK_THAT(r.err, Catch::Contains("rules feedfacecafe and version"));
    if (std::string(format) != "csv") CHECK_THAT(r.out, Catch::Contains("audited with 2 different rule sets"));
  }
  // A filter that selects the articles of one rule set: no warning.
  json alpha = f.Compare({"--outlet", "Alpha"});
  CHECK(alpha["audited_with"].size() == 1);
}

TEST_CASE("compare: BylineAuthors splits co-authors and leaves out contacts and publications") {
  using V = std::vector<std::string>;
  CHECK(BylineAuthors("By Ann Lee and Tom Roe, Daily Post") == V{"Ann Lee", "Tom Roe"});
  CHECK(BylineAuthors("Ruth Okafor,Ivo Brandt,Lena Sato") == V{"Ruth Okafor", "Ivo Brandt", "Lena Sato"});
  CHECK(BylineAuthors("MIRA COLE AND DEV PATEL") == V{"MIRA COLE", "DEV PATEL"});
  CHECK(BylineAuthors("Kit Marr, and Jo Ames, Harbour Today") == V{"Kit Marr", "Jo Ames"});
  CHECK(BylineAuthors("Nell Shaw, @nellshaw, Valley Herald") == V{"Nell Shaw"});
  CHECK(BylineAuthors("By OTTO REIN. Email: otto@example.org,Twitter: @ottorein") == V{"OTTO REIN"});
  CHECK(BylineAuthors("Pia Lund & Sam Ford; Eli Grant | pia lund") == V{"Pia Lund", "Sam Ford", "Eli Grant"});
  CHECK(BylineAuthors("Tess A. Moreno") == V{"Tess A. Moreno"});
  CHECK(BylineAuthors("  BY June Hollis ") == V{"June Hollis"});
  CHECK(BylineAuthors("RAFE DUNN. Follow Rafe Dunn on Twitter") == V{"RAFE DUNN"});
  CHECK(BylineAuthors("Cora Vale, Bo Lind contributed reporting from Oslo") == V{"Cora Vale", "Bo Lind"});
  CHECK(BylineAuthors("Ida Holm, the author of a book on tides") == V{"Ida Holm"});
  CHECK(BylineAuthors("Ada Quist, The Valley Enquirer") == V{"Ada Quist"});
  CHECK(BylineAuthors("Una Berg, (Fairport) Courier") == V{"Una Berg"});
  CHECK(BylineAuthors("Lou Park Jr.") == V{"Lou Park Jr"});
  // Nothing but a desk: the byline stays whole rather than vanish.
  CHECK(BylineAuthors("By Staff Reporters") == V{"Staff Reporters"});
  CHECK(BylineAuthors("").empty());
}

// fu17 and fu23: a co-written byline was one author of its own ("Ann Lee and
// Tom Roe"), so neither writer's group held the article.
TEST_CASE("compare --by author: a co-written article is in each author's group, and once in all") {
  TempDir tmp;
  const fs::path db = tmp / "a.db";
  WriteFile(tmp / "in" / "a1.txt", kNamed);
  WriteFile(tmp / "in" / "a2.txt", kVague);
  WriteFile(tmp / "in" / "a3.txt", std::string(kNamed) + "\n" + kVague);
  WriteFile(tmp / "meta.csv",
            "filename,author\n"
            "a1,By Ann Lee\n"
            "a2,\"Ann Lee and Tom Roe, Daily Post\"\n"
            "a3,TOM ROE\n");
  auto ingest = RunCli({"ingest", (tmp / "in").string(), "--metadata", (tmp / "meta.csv").string(), "--db",
                        db.string()});
  REQUIRE(ingest.exit_code == 0);
  const std::string before = testing::ReadFile(db);
  auto r = RunCli({"compare", "--db", db.string(), "--by", "author", "--format", "json"});
  REQUIRE(r.exit_code == 0);
  json j = json::parse(r.out);
  REQUIRE(j["groups"].size() == 2);
  const json& ann = Group(j, "Ann Lee");
  CHECK(ann["articles"] == 2);
  CHECK(ann["attributions"] == 2);
  CHECK(ann["named"] == 1);
  CHECK(ann["anonymous"] == 1);
  REQUIRE(ann["anonymous_phrases"].size() == 1);
  CHECK(ann["anonymous_phrases"][0]["uses"] == 1);
  const json& tom = Group(j, "Tom Roe");
  CHECK(tom["articles"] == 2);
  CHECK(tom["attributions"] == 3);
  CHECK(tom["anonymous_phrases"][0]["uses"] == 2);
  CHECK(tom["anonymous_phrases"][0]["articles"] == 2);
  // All articles: three, with a2's phrase counted once.
  CHECK(j["all"]["articles"] == 3);
  CHECK(j["all"]["attributions"] == 4);
  REQUIRE(j["all"]["anonymous_phrases"].size() == 1);
  CHECK(j["all"]["anonymous_phrases"][0]["uses"] == 2);
  CHECK(j["all"]["anonymous_phrases"][0]["articles"] == 2);
  // The temporary table stays out of the store's file, and a second run in
  // the same process (the table made anew) gives the same groups.
  CHECK(testing::ReadFile(db) == before);
  auto store = Store::Open(db.string(), StoreOptions{.read_only = true});
  REQUIRE(store.ok());
  CompareOptions o;
  o.by = CompareBy::kAuthor;
  o.replicates = 0;
  for (int run = 0; run < 2; ++run) {
    auto c = Compare(**store, o);
    REQUIRE(c.ok());
    REQUIRE(c->groups.size() == 2);
    CHECK(c->groups[0].articles == 2);
    CHECK(c->all.articles == 3);
  }
  // The store stays read-only for everything else.
  CHECK_THROWS((*store)->database().exec("CREATE TEMP TABLE later (x)"));
}

}  // namespace
}  // namespace onrecord
