// Fixes on main in the thirty-sixth round. The clean stage's key for a
// paragraph printed twice and the score's key for a quote printed twice
// were two functions that disagreed about quotation marks: the clean
// stage's kept curly marks, so a pull quote in curly marks was never found
// in a body paragraph that quotes with straight marks, nor as the opening
// words of a longer quotation (its closing mark stood in the key). Both now
// use repeat_key.h. Every text here was written for these tests.
#include <catch2/catch.hpp>

#include <string>

#include "../audit/src/repeat_key.h"
#include "test_util.h"

namespace {

using onrecord::AuditResult;
using onrecord::testing::AuditText;

std::string Key(std::string_view s, size_t* words = nullptr) {
  std::string out(s.size(), '\0');
  out.resize(onrecord::RepeatKeyInto(s, out.data(), words));
  return out;
}

size_t QuotesWith(const AuditResult& r, const std::string& words) {
  size_t n = 0;
  for (const auto& q : r.quotes) n += q.text.find(words) != std::string::npos;
  return n;
}

size_t PullQuotesMasked(const AuditResult& r) {
  size_t n = 0;
  for (const auto& m : r.masked) n += m.rule == "boilerplate.pull-quote";
  return n;
}

const std::string kHead = "# Library stays open\n\nThe council voted on Tuesday to keep the branch library open.\n\n";
const std::string kBody =
    "\"We will not close the library while I am mayor,\" said Ana Ruiz, the mayor of Dunmore.\n\n"
    "She added that the budget would be balanced by spring.\n";

}  // namespace

TEST_CASE("main42: a repeat key is the same whatever the quotation marks, dashes and case", "[main42]") {
  const std::string plain = Key("We will not close it - ever");
  CHECK(plain == "wewillnotcloseitever");
  CHECK(Key("“We will not close it — ever”") == plain);
  CHECK(Key("«We will not close it – ever»") == plain);
  CHECK(Key("„We will NOT close it … ever“") == plain);
  // Letters past ASCII stay, as written (no case folding there).
  CHECK(Key("«Ça ne ferme pas»") == "Ça" + std::string("nefermepas"));
  CHECK(Key("「図書館は閉じない」") == "図書館は閉じない");
  size_t words = 0;
  Key("“Don't close the long-term plan,” she said.", &words);
  CHECK(words == 7);
  words = 10;
  Key("", &words);
  CHECK(words == 10);  // added to, never reset
}

TEST_CASE("main42: a pull quote in curly marks is found in a body that quotes with straight marks", "[main42]") {
  const AuditResult plain = AuditText(kHead + kBody, "a.md");
  REQUIRE(QuotesWith(plain, "close the library") == 1);
  SECTION("the whole quotation") {
    const AuditResult r = AuditText(kHead + "> “We will not close the library while I am mayor.”\n\n" + kBody, "a.md");
    CHECK(PullQuotesMasked(r) == 1);
    CHECK(QuotesWith(r, "close the library") == 1);
  }
  SECTION("the quotation's opening words") {
    const AuditResult r = AuditText(kHead + "> “We will not close the library”\n\n" + kBody, "a.md");
    CHECK(PullQuotesMasked(r) == 1);
    CHECK(QuotesWith(r, "close the library") == 1);
  }
  SECTION("words the body does not say are kept") {
    const AuditResult r = AuditText(kHead + "> “We will not close the harbour either”\n\n" + kBody, "a.md");
    CHECK(PullQuotesMasked(r) == 0);
    CHECK(QuotesWith(r, "close the harbour") == 1);
  }
}

TEST_CASE("main42: ingest --metadata's note names the first five articles without a row", "[main42]") {
  using onrecord::testing::RunCli;
  using onrecord::testing::TempDir;
  using onrecord::testing::WriteFile;
  TempDir tmp;
  // Written in an order that is not the order of their names.
  for (const char* name : {"g", "c", "a", "f", "b", "e", "d"}) {
    WriteFile(tmp.path() / "in" / (std::string(name) + ".txt"),
              "Bridge\n\nThe bridge will close, a council engineer said.\n");
  }
  WriteFile(tmp.path() / "some.tsv", "filename\toutlet\nd.txt\tHarbour Post\n");
  auto r = RunCli({"ingest", (tmp.path() / "in").string(), "--db", (tmp.path() / "some.db").string(), "--metadata",
                   (tmp.path() / "some.tsv").string(), "-j", "2"});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("6 articles have no row in"));
  const std::string in = (tmp.path() / "in").string() + "/";
  CHECK_THAT(r.err, Catch::Contains(in + "a.txt, " + in + "b.txt, " + in + "c.txt, " + in + "e.txt, " + in +
                                    "f.txt and 1 more"));
  CHECK_THAT(r.err, !Catch::Contains("d.txt"));
}

namespace {

const onrecord::Source* SourceOfCue(const AuditResult& r, const std::string& cue) {
  for (const auto& at : r.attributions) {
    if (at.cue && at.cue->text == cue) return r.FindSource(at.source_id);
  }
  return nullptr;
}

}  // namespace

TEST_CASE("main42: an occupation after an organisation's noun is a described person, not the organisation",
          "[main42]") {
  for (const std::string subject :
       {"a council engineer", "council engineers", "one company technician", "a museum curator",
        "the committee chairmen", "a council engineer who asked not to be named"}) {
    const AuditResult r = AuditText("Bridge\n\nThe bridge will close, " + subject + " said.\n");
    const onrecord::Source* s = SourceOfCue(r, "said");
    INFO(subject);
    REQUIRE(s != nullptr);
    CHECK(s->kind == onrecord::SourceKind::kDescribed);
    CHECK(s->level == 2);
  }
  // An organisation with an adjective after it, or a thing after the
  // organisation's noun, stays the organisation.
  for (const std::string subject : {"the company involved", "the agency responsible", "news outlets"}) {
    const AuditResult r = AuditText("Bridge\n\nThe bridge will close, " + subject + " said.\n");
    const onrecord::Source* s = SourceOfCue(r, "said");
    INFO(subject);
    REQUIRE(s != nullptr);
    CHECK(s->kind == onrecord::SourceKind::kOrganization);
  }
}
