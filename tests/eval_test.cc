// Tests for evaluation (onrecord/eval.h) and the `onrecord eval` command.
// Every fixture here is synthetic: no text from ../shared is copied.
#include "onrecord/eval.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "test_util.h"

namespace onrecord {
namespace {

using testing::RunCli;
using testing::TempDir;
using testing::WriteFile;

Quote MakeQuote(const std::string& text, const std::string& speaker, QuoteKind kind, size_t begin) {
  Quote q;
  q.text = text;
  q.speaker = speaker;
  q.kind = kind;
  q.location.begin = begin;
  q.location.end = begin + text.size();
  q.location.line = 1;
  q.location.column = int(begin) + 1;
  return q;
}

AnonymousSource MakeAnonymous(const std::string& phrase, Specificity specificity, bool reason, size_t begin) {
  AnonymousSource a;
  a.phrase = phrase;
  a.specificity = specificity;
  a.reason_given = reason;
  a.location.begin = begin;
  a.location.end = begin + phrase.size();
  a.location.line = 2;
  a.location.column = 1;
  return a;
}

TextRef Ref(size_t begin, size_t end) {
  TextRef r;
  r.location.begin = begin;
  r.location.end = end;
  return r;
}

// ---------------------------------------------------------------------------
// Counting.

TEST_CASE("PrfCounts follows the documented conventions for empty sets", "[eval]") {
  PrfCounts none;
  CHECK(none.Precision() == 1.0);
  CHECK(none.Recall() == 1.0);
  CHECK(none.F1() == 1.0);
  PrfCounts missed{4, 0, 0};
  CHECK(missed.Precision() == 1.0);
  CHECK(missed.Recall() == 0.0);
  CHECK(missed.F1() == 0.0);
  PrfCounts some{4, 2, 2};
  CHECK(some.Precision() == 1.0);
  CHECK(some.Recall() == 0.5);
  CHECK(some.F1() == Approx(2.0 / 3.0));
  some += missed;
  CHECK(some.gold == 8);
  CHECK(some.matched == 2);
  Ratio empty;
  CHECK_FALSE(empty.Value().has_value());
  Ratio r{3, 4};
  CHECK(*r.Value() == 0.75);
}

// ---------------------------------------------------------------------------
// Lenient matching.

TEST_CASE("NormalizeForMatch trims punctuation, folds case and maps curly marks", "[eval]") {
  CHECK(NormalizeForMatch("  “Hello,   World!”  ") == "hello, world");
  CHECK(NormalizeForMatch("We can’t wait,") == "we can't wait");
  CHECK(NormalizeForMatch("« Nous verrons. »") == "nous verrons");
  CHECK(NormalizeForMatch("…") == "");
  CHECK(NormalizeForMatch("STRASSE") == NormalizeForMatch("straße"));
}

TEST_CASE("MatchTokens splits words and single Han or kana characters", "[eval]") {
  CHECK(MatchTokens("Don’t STOP now.") == std::vector<std::string>{"don", "t", "stop", "now"});
  CHECK(MatchTokens("市政府表示") == std::vector<std::string>{"市", "政", "府", "表", "示"});
  CHECK(MatchTokens("Über 20 Prozent") == std::vector<std::string>{"über", "20", "prozent"});
}

TEST_CASE("CompareText: lenient, exact and 0.8 overlap criteria", "[eval]") {
  auto exact = CompareText("“We will open the bridge.”", "we will open the bridge");
  CHECK(exact.exact);
  CHECK(exact.Lenient());
  CHECK(exact.Overlap80());

  // Containment: a shorter quote inside a longer one.
  auto contained = CompareText("open the bridge", "We will open the bridge on Monday");
  CHECK_FALSE(contained.exact);
  CHECK(contained.of_shorter == 1.0);
  CHECK(contained.Lenient());
  CHECK_FALSE(contained.Overlap80());

  // Nine of ten tokens shared: within 0.8 of the longer.
  auto close = CompareText("one two three four five six seven eight nine ten",
                           "one two three four five six seven eight nine");
  CHECK(close.Overlap80());

  auto unrelated = CompareText("the council voted against it", "ferries will resume at dawn");
  CHECK_FALSE(unrelated.Lenient());
}

TEST_CASE("SpeakersAgree applies the lenient speaker rules", "[eval]") {
  struct Case {
    const char* gold;
    const char* predicted;
    bool agree;
  };
  const Case cases[] = {
      {"Anna Berg", "Anna Berg", true},
      {"Anna Berg", "anna berg", true},
      {"Anna Berg", "Berg", true},                     // containment
      {"Anna Berg", "Ms. Berg", true},                 // honorific removed
      {"Dr. Anna Berg", "Anna Berg", true},
      {"Anna Berg", "Tomas Berg", true},               // same surname
      {"Anna Berg", "Anna Lund", false},
      {"Anna Berg", "Bergström", false},               // tokens, not substrings
      {"a spokesman for the port authority (Veldin)", "the spokesman", true},  // head noun
      {"a spokesman for the port authority (Veldin)", "Veldin", false},        // gloss removed
      {"officials in Marrow", "Marrow officials", true},                     // head noun vs last token
      {"people familiar with the talks", "a person close to the mayor", false},
      {"Ivo Sand and Lea Moor", "Lea Moor", true},     // joint speakers
      {"Ivo Sand and Lea Moor", "Pia Dorn", false},
      {"", "", true},                                  // unattributed on both sides
      {"", "Anna Berg", false},
      {"Anna Berg", "", false},
  };
  for (const auto& c : cases) {
    INFO(c.gold << " | " << c.predicted);
    CHECK(SpeakersAgree(c.gold, c.predicted) == c.agree);
  }
  CHECK(NormalizeSpeaker("Mr. Ivo Sand (Harbour board)") == "ivo sand");
}

// ---------------------------------------------------------------------------
// Gold files.

TEST_CASE("ParseGold reads the seed schema", "[eval]") {
  const std::string json = R"({
 "file": "x.txt", "lang": "en",
 "quotes": [
  {"text": "We will open it", "speaker": "Anna Berg", "speaker_kind": "named", "cue": "said"},
  {"text": "Nobody told us", "speaker": null, "speaker_kind": "unattributed", "cue": null}
 ],
 "anonymous_sources": [
  {"phrase": "a person close to the board", "specificity": "vague", "reason_given": false},
  {"phrase": "an official at the ministry", "specificity": "described", "reason_given": true, "note": "x"}
 ],
 "named_sources": ["Anna Berg"]
})";
  auto gold = ParseGold(json, "g.json");
  REQUIRE(gold.ok());
  CHECK(*gold->file == "x.txt");
  CHECK(gold->language == "en");
  REQUIRE(gold->quotes.size() == 2);
  CHECK(*gold->quotes[0].speaker == "Anna Berg");
  CHECK_FALSE(gold->quotes[1].speaker.has_value());
  CHECK_FALSE(gold->quotes[1].cue.has_value());
  REQUIRE(gold->anonymous_sources.size() == 2);
  CHECK(*gold->anonymous_sources[0].specificity == Specificity::kVague);
  CHECK(*gold->anonymous_sources[1].specificity == Specificity::kDescribed);
  CHECK(*gold->anonymous_sources[1].reason_given == true);
}

TEST_CASE("ParseGold names path:line:column for malformed gold", "[eval]") {
  SECTION("a JSON syntax error") {
    auto gold = ParseGold("{\n  \"quotes\": [\n    {\"text\": \"a\",}\n  ]\n}", "bad.json");
    REQUIRE_FALSE(gold.ok());
    CHECK(gold.status().path() == "bad.json");
    CHECK(gold.status().line() == 3);
    CHECK(gold.status().column() == 18);  // the "}" after the comma
    CHECK(gold.status().ToString().rfind("bad.json:3:18: invalid JSON", 0) == 0);
  }
  SECTION("a value of the wrong type") {
    auto gold = ParseGold("{\"quotes\": [\n  {\"text\": \"a\"},\n  {\"text\": 7}\n]}", "bad.json");
    REQUIRE_FALSE(gold.ok());
    CHECK(gold.status().line() == 3);
    CHECK(gold.status().column() == 12);
    CHECK(gold.status().message() == "/quotes/1/text: expected a string");
  }
  SECTION("an unknown specificity") {
    auto gold = ParseGold(R"({"anonymous_sources": [{"phrase": "p", "specificity": "vauge"}]})", "bad.json");
    REQUIRE_FALSE(gold.ok());
    CHECK(gold.status().line() == 1);
    CHECK(gold.status().message().find("specificity") != std::string::npos);
  }
  SECTION("not a gold file") {
    auto gold = ParseGold(R"({"title": "x"})", "other.json");
    REQUIRE_FALSE(gold.ok());
    CHECK(gold.status().message().find("not a gold file") != std::string::npos);
  }
}

TEST_CASE("ArticleCandidatesForGold pairs gold files with articles", "[eval]") {
  Gold gold;
  auto in_gold_dir = ArticleCandidatesForGold("corpus/gold/en_001_x.json", gold);
  CHECK(in_gold_dir.front() == "corpus/en_001_x.txt");
  auto beside = ArticleCandidatesForGold("../shared/seed/story.gold.json", gold);
  CHECK(beside.front() == "../shared/seed/story.txt");
  auto plain = ArticleCandidatesForGold("dir/story.json", gold);
  CHECK(plain.front() == "dir/story.txt");
  gold.file = "other-name.html";
  auto named = ArticleCandidatesForGold("dir/gold/story.json", gold);
  CHECK(named.back() == "dir/other-name.html");
}

TEST_CASE("FindGoldFiles finds gold/*.json and *.gold.json", "[eval]") {
  TempDir dir;
  WriteFile(dir / "a/gold/one.json", "{}");
  WriteFile(dir / "a/gold/two.json", "{}");
  WriteFile(dir / "a/one.txt", "x");
  WriteFile(dir / "b/three.gold.json", "{}");
  WriteFile(dir / "b/data.json", "{}");
  WriteFile(dir / ".hidden/gold/four.json", "{}");
  auto found = FindGoldFiles(dir.path().string());
  REQUIRE(found.ok());
  REQUIRE(found->size() == 3);
  CHECK((*found)[0] == (dir / "a/gold/one.json").string());
  CHECK((*found)[1] == (dir / "a/gold/two.json").string());
  CHECK((*found)[2] == (dir / "b/three.gold.json").string());
  CHECK_FALSE(FindGoldFiles((dir / "missing").string()).ok());
}

// ---------------------------------------------------------------------------
// Scoring against seed-schema gold.

TEST_CASE("EvaluateGold matches quotes one-to-one and checks speakers", "[eval]") {
  Gold gold;
  gold.quotes = {{"We will open the bridge on Monday.", "Anna Berg", "named", "said"},
                 {"It is too late", "Ivo Sand", "named", "said"},
                 {"Nobody asked the fishermen", "Lea Moor", "named", "said"},
                 {"a quote the engine never finds", "Pia Dorn", "named", "said"}};
  AuditResult audit;
  audit.quotes = {MakeQuote("We will open the bridge on Monday", "Ms. Berg", QuoteKind::kDirect, 0),
                  MakeQuote("bridge", "", QuoteKind::kScare, 50),  // not speech: ignored
                  MakeQuote("it is too late, and everyone knows it", "Lea Moor", QuoteKind::kPartial, 100),
                  MakeQuote("Nobody asked the fishermen", "Lea Moor", QuoteKind::kDirect, 200),
                  MakeQuote("an invented remark", "Ivo Sand", QuoteKind::kDirect, 300)};
  GoldEval e = EvaluateGold(gold, audit);
  CHECK(e.quotes.gold == 4);
  CHECK(e.quotes.predicted == 4);  // the scare quote does not count
  CHECK(e.quotes.matched == 3);
  CHECK(e.quotes_exact.matched == 2);       // punctuation trimmed; the partial is longer
  CHECK(e.quotes_overlap80.matched == 2);   // 4 of 7 tokens is below 0.8
  CHECK(e.speaker.total == 3);
  CHECK(e.speaker.correct == 2);  // "It is too late" went to Lea Moor, not Ivo Sand

  int missed = 0, extra = 0, wrong = 0;
  for (const auto& issue : e.issues) {
    if (issue.kind == EvalIssue::Kind::kMissedQuote) {
      ++missed;
      CHECK(issue.context == "a quote the engine never finds");
    }
    if (issue.kind == EvalIssue::Kind::kExtraQuote) {
      ++extra;
      CHECK(issue.context == "an invented remark");
      CHECK(issue.column == 301);
    }
    if (issue.kind == EvalIssue::Kind::kWrongSpeaker) {
      ++wrong;
      CHECK(issue.gold == "Ivo Sand");
      CHECK(issue.predicted == "Lea Moor");
    }
  }
  CHECK(missed == 1);
  CHECK(extra == 1);
  CHECK(wrong == 1);
}

TEST_CASE("EvaluateGold scores anonymous sources with specificity and reason", "[eval]") {
  Gold gold;
  gold.anonymous_sources = {{"people familiar with the matter", Specificity::kVague, false},
                            {"an official at the port authority", Specificity::kDescribed, true},
                            {"the person", Specificity::kVague, false},
                            {"the person", Specificity::kVague, false}};
  AuditResult audit;
  audit.anonymous_sources = {MakeAnonymous("people familiar with the matter,", Specificity::kVague, false, 0),
                             MakeAnonymous("an official at the port authority", Specificity::kVague, false, 40),
                             MakeAnonymous("the person", Specificity::kVague, false, 90),
                             MakeAnonymous("a neighbour", Specificity::kVague, false, 120)};
  GoldEval e = EvaluateGold(gold, audit);
  CHECK(e.anonymous.gold == 4);
  CHECK(e.anonymous.predicted == 4);
  CHECK(e.anonymous.matched == 3);  // one "the person" is matched once only
  CHECK(e.specificity.total == 3);
  CHECK(e.specificity.correct == 2);
  CHECK(e.reason.total == 3);
  CHECK(e.reason.correct == 2);
  bool saw_extra = false;
  for (const auto& issue : e.issues) {
    if (issue.kind == EvalIssue::Kind::kExtraAnonymous) saw_extra = issue.context == "a neighbour";
  }
  CHECK(saw_extra);
}

TEST_CASE("EvaluateGold prefers the closest position among equal phrases", "[eval]") {
  Gold gold;
  gold.anonymous_sources = {{"the official", Specificity::kDescribed, false},
                            {"a person close to the club", Specificity::kVague, false},
                            {"the official", Specificity::kVague, false}};
  AuditResult audit;
  // Only the last "the official" is found; it must pair with the last gold
  // entry (vague), so specificity is right.
  audit.anonymous_sources = {MakeAnonymous("a person close to the club", Specificity::kVague, false, 10),
                             MakeAnonymous("the official", Specificity::kVague, false, 500)};
  GoldEval e = EvaluateGold(gold, audit);
  CHECK(e.anonymous.matched == 2);
  CHECK(e.specificity.correct == 2);
}

// ---------------------------------------------------------------------------
// PolNeAR: .ann parsing, offsets, split.

TEST_CASE("ParseAnn reads text-bound annotations and skips the rest", "[eval]") {
  const std::string ann =
      "T1\tSource 0 4\tAnna\n"
      "T2\tCue 5 9\tsaid\n"
      "T3\tContent 10 20;22 30\tfirst part second\n"
      "continued text of T3 on a second line\n"
      "T4\tAttribution 5 9\tsaid\n"
      "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
      "#1\tAnnotatorNotes T3\ta note\n"
      "T5\tDiscuss 40 45\tother\n";
  auto spans = ParseAnn(ann, "a.ann", {"Source", "Cue", "Content"});
  REQUIRE(spans.ok());
  REQUIRE(spans->size() == 3);
  CHECK((*spans)[0].id == "T1");
  CHECK((*spans)[0].label == "Source");
  CHECK((*spans)[0].segments == std::vector<Span>{{0, 4}});
  CHECK((*spans)[2].segments == std::vector<Span>{{10, 20}, {22, 30}});
  CHECK((*spans)[2].line == 3);
  auto all = ParseAnn(ann, "a.ann");
  REQUIRE(all.ok());
  CHECK(all->size() == 5);
}

TEST_CASE("ParseAnn reports malformed offsets with path:line:column", "[eval]") {
  auto bad = ParseAnn("T1\tSource 0 4\tAnna\nT2\tCue 5 x9\tsaid\n", "b.ann");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().ToString() == "b.ann:2:10: expected an end offset");
  auto reversed = ParseAnn("T1\tSource 9 4\tx\n", "b.ann");
  REQUIRE_FALSE(reversed.ok());
  CHECK(reversed.status().line() == 1);
  CHECK(reversed.status().message() == "end offset before start offset");
}

TEST_CASE("Code-point offsets convert to UTF-8 byte offsets", "[eval]") {
  // a(1) é(2) “(3) b(1) 中(3)
  const std::string text = "a\xC3\xA9\xE2\x80\x9C" "b\xE4\xB8\xAD";
  auto offsets = CodePointByteOffsets(text);
  CHECK(offsets == std::vector<size_t>{0, 1, 3, 6, 7, 10});

  std::vector<AnnSpan> spans(1);
  spans[0].id = "T1";
  spans[0].segments = {{1, 2}, {3, 5}};
  REQUIRE(ToByteSpans(offsets, "x.ann", &spans).ok());
  CHECK(spans[0].segments == std::vector<Span>{{1, 3}, {6, 10}});

  std::vector<AnnSpan> past(1);
  past[0].id = "T9";
  past[0].line = 4;
  past[0].segments = {{2, 6}};
  Status s = ToByteSpans(offsets, "x.ann", &past);
  REQUIRE_FALSE(s.ok());
  CHECK(s.line() == 4);
  CHECK(s.message().find("past the end") != std::string::npos);

  // An invalid byte counts as one code point.
  CHECK(CodePointByteOffsets("a\xFF" "b") == std::vector<size_t>{0, 1, 2, 3});
}

TEST_CASE("CanonicalSegments merges touching segments", "[eval]") {
  CHECK(CanonicalSegments({{5, 9}, {0, 5}}) == std::vector<Span>{{0, 9}});
  CHECK(CanonicalSegments({{10, 12}, {0, 4}, {3, 6}, {7, 7}}) == std::vector<Span>{{0, 6}, {10, 12}});
}

TEST_CASE("CanonicalSegments given the text merges segments with only whitespace between them", "[eval]") {
  //                       0         1         2
  //                       012345678901234567890123456
  const std::string text = "We won. \n We stay, he said.";
  // Two sentences of one quotation annotated as two segments: one span, as
  // at token level, where the gap holds no token.
  CHECK(CanonicalSegments({{0, 7}, {10, 18}}, text) == std::vector<Span>{{0, 18}});
  // A gap holding a word stays a gap; without the text nothing merges.
  CHECK(CanonicalSegments({{0, 7}, {19, 21}}, text) == std::vector<Span>{{0, 7}, {19, 21}});
  CHECK(CanonicalSegments({{0, 7}, {10, 18}}) == std::vector<Span>{{0, 7}, {10, 18}});
}

// A PolNeAR Content annotated sentence by sentence matches the engine's one
// span over both sentences.
TEST_CASE("PolNeAR exact match ignores whitespace-only gaps in a span", "[eval]") {
  const std::string text = "\"We will win. We will stay,\" said Ana Ruiz.";
  auto audit = testing::AuditText(text);
  REQUIRE(audit.attributions.size() == 1);
  const auto& content = audit.attributions[0].content;
  REQUIRE(content.size() == 1);
  const size_t from = content[0].location.begin, to = content[0].location.end;
  const size_t gap = text.find(" We will stay");
  REQUIRE(gap != std::string::npos);
  std::vector<AnnSpan> gold(1);
  gold[0].label = "Content";
  gold[0].segments = {{from, gap}, {gap + 1, to}};
  auto r = EvaluatePolnear(gold, text, audit);
  CHECK(r.exact[2].gold == 1);
  CHECK(r.exact[2].matched == 1);
}

TEST_CASE("The held-out split is FNV-1a 64 of the stem modulo 5", "[eval]") {
  // Published FNV-1a 64 test vectors.
  CHECK(Fnv1a64("") == 0xcbf29ce484222325ULL);
  CHECK(Fnv1a64("a") == 0xaf63dc4c8601ec8cULL);
  CHECK(Fnv1a64("foobar") == 0x85944171f73967e8ULL);
  // Values computed independently of this code.
  CHECK_FALSE(IsHeldOut("synthetic-article-0"));
  CHECK(IsHeldOut("synthetic-article-3"));
  CHECK(IsHeldOut("synthetic-article-6"));
  CHECK_FALSE(IsHeldOut("synthetic-article-7"));
  int held = 0;
  for (int i = 0; i < 1000; ++i) held += IsHeldOut("article-" + std::to_string(i)) ? 1 : 0;
  CHECK(held > 150);
  CHECK(held < 250);
}

TEST_CASE("EvaluatePolnear scores exact spans, overlaps and direct quotes", "[eval]") {
  //                    0         1         2         3         4         5
  //                    0123456789012345678901234567890123456789012345678901234
  const std::string text = "Anna Berg said \"the bridge opens Monday\" and added that it was late.";
  std::vector<AnnSpan> gold(6);
  gold[0] = {"T1", "Source", {{0, 9}}, 1};
  gold[1] = {"T2", "Cue", {{10, 14}}, 2};
  gold[2] = {"T3", "Content", {{15, 40}}, 3};
  gold[3] = {"T4", "Cue", {{45, 50}}, 4};
  gold[4] = {"T5", "Content", {{51, 67}}, 5};
  gold[5] = {"T6", "Source", {{0, 9}}, 6};  // a duplicate span counts once

  AuditResult audit;
  Attribution a;
  a.source = Ref(0, 9);
  a.cue = Ref(10, 14);
  a.content = {Ref(15, 28), Ref(28, 40)};  // touching segments equal one span
  audit.attributions.push_back(a);
  Attribution b;
  b.source = Ref(5, 9);   // "Berg": overlaps but is not exact
  b.cue = Ref(45, 50);
  b.content = {Ref(56, 67)};  // overlaps the indirect content
  audit.attributions.push_back(b);

  PolnearEval e = EvaluatePolnear(gold, text, audit);
  CHECK(e.exact[0].gold == 1);
  CHECK(e.exact[0].predicted == 2);
  CHECK(e.exact[0].matched == 1);
  CHECK(e.exact[1].matched == 2);
  CHECK(e.exact[2].gold == 2);
  CHECK(e.exact[2].matched == 1);
  CHECK(e.overlap[0].matched == 1);  // one-to-one: the gold Source is used once
  CHECK(e.overlap[2].matched == 2);
  CHECK(e.direct_quote.total == 1);
  CHECK(e.direct_quote.correct == 1);
  int missed = 0, extra = 0;
  for (const auto& issue : e.issues) {
    if (issue.kind == EvalIssue::Kind::kMissedSpan) ++missed;
    if (issue.kind == EvalIssue::Kind::kExtraSpan) ++extra;
  }
  CHECK(missed == 1);  // the indirect Content
  CHECK(extra == 2);   // "Berg" and the short Content

  // A predicted Content covering less than 80% of a quoted Content misses it.
  AuditResult partial;
  Attribution c;
  c.content = {Ref(15, 30)};
  partial.attributions.push_back(c);
  CHECK(EvaluatePolnear(gold, text, partial).direct_quote.correct == 0);
}

// ---------------------------------------------------------------------------
// The command.

// A tiny corpus in a temporary directory: DIR/NAME.txt + DIR/gold/NAME.json.
void WriteGoldPair(const TempDir& dir, const std::string& name, const std::string& article,
                   const std::string& gold) {
  WriteFile(dir / (name + ".txt"), article);
  WriteFile(dir / ("gold/" + name + ".json"), gold);
}

const char kArticle[] = "Harbour board\n\nThe harbour will close at noon, the board said.\n";
// A gold quote that is not in the article: recall is 0 whatever the engine does.
const char kImpossibleGold[] =
    R"({"quotes": [{"text": "words that appear nowhere in the article", "speaker": "Anna Berg"}],
        "anonymous_sources": []})";

TEST_CASE("eval prints per-file and total lines and exits 0 without floors", "[eval][cli]") {
  TempDir dir;
  WriteGoldPair(dir, "one", kArticle, kImpossibleGold);
  auto r = RunCli({"eval", dir.path().string()});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find((dir / "gold/one.json").string() + ": quotes F1 0.000") != std::string::npos);
  CHECK(r.out.find("TOTAL (1 article): quotes F1 0.000") != std::string::npos);
  CHECK(r.out.find("missed quote") == std::string::npos);
}

TEST_CASE("eval --verbose lists misses", "[eval][cli]") {
  TempDir dir;
  WriteGoldPair(dir, "one", kArticle, kImpossibleGold);
  auto r = RunCli({"eval", "--verbose", dir.path().string()});
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("missed quote: “words that appear nowhere in the article” (gold speaker Anna Berg)") !=
        std::string::npos);
}

TEST_CASE("eval exits 1 below a floor and 0 at or above it", "[eval][cli]") {
  TempDir dir;
  WriteGoldPair(dir, "one", kArticle, kImpossibleGold);
  auto below = RunCli({"eval", "--min-quote-f1", "0.5", dir.path().string()});
  CHECK(below.exit_code == 1);
  CHECK(below.err.find("quote-f1 0.000 is below the floor 0.500") != std::string::npos);
  auto at = RunCli({"eval", "--min-quote-f1", "0", "--min-anonymous-f1", "0", dir.path().string()});
  CHECK(at.exit_code == 0);
  CHECK(at.out.find("floor quote-f1 >= 0.000: 0.000 ok") != std::string::npos);
}

TEST_CASE("eval --format json prints the totals and floors", "[eval][cli]") {
  TempDir dir;
  WriteGoldPair(dir, "one", kArticle, kImpossibleGold);
  auto r = RunCli({"eval", "--format", "json", "--verbose", "--min-quote-recall", "0.9", dir.path().string()});
  CHECK(r.exit_code == 1);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["schema"] == "onrecord/eval-1");
  CHECK(j["mode"] == "gold");
  CHECK(j["total"]["articles"] == 1);
  CHECK(j["total"]["quotes"]["gold"] == 1);
  CHECK(j["total"]["quotes"]["matched"] == 0);
  CHECK(j["files"][0]["article"] == (dir / "one.txt").string());
  CHECK(j["files"][0]["issues"][0]["kind"] == "missed quote");
  CHECK(j["floors"][0]["metric"] == "quote-recall");
  CHECK(j["floors"][0]["ok"] == false);
}

TEST_CASE("eval pairs X.gold.json with X.txt next to it", "[eval][cli]") {
  TempDir dir;
  WriteFile(dir / "story.txt", kArticle);
  WriteFile(dir / "story.gold.json", kImpossibleGold);
  auto r = RunCli({"eval", "--format", "json", (dir / "story.gold.json").string()});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["files"][0]["article"] == (dir / "story.txt").string());
}

TEST_CASE("eval exits 2 on bad input and still scores the rest", "[eval][cli]") {
  TempDir dir;
  WriteGoldPair(dir, "good", kArticle, kImpossibleGold);
  WriteFile(dir / "gold/orphan.json", kImpossibleGold);             // no orphan.txt
  WriteGoldPair(dir, "broken", kArticle, "{\"quotes\": [\n  {\"text\": }\n]}");
  auto r = RunCli({"eval", "--min-quote-f1", "0.9", dir.path().string()});
  CHECK(r.exit_code == 2);  // 2 wins over the failed floor
  CHECK(r.err.find((dir / "gold/orphan.json").string() + ": the article is missing") != std::string::npos);
  CHECK(r.err.find((dir / "gold/broken.json").string() + ":2:12: invalid JSON") != std::string::npos);
  CHECK(r.out.find("TOTAL (1 article):") != std::string::npos);

  CHECK(RunCli({"eval", (dir / "nothing.json").string()}).exit_code == 2);
  TempDir empty;
  CHECK(RunCli({"eval", empty.path().string()}).exit_code == 2);
}

TEST_CASE("eval rejects bad usage with exit code 2", "[eval][cli]") {
  TempDir dir;
  WriteGoldPair(dir, "one", kArticle, kImpossibleGold);
  CHECK(RunCli({"eval"}).exit_code == 2);
  CHECK(RunCli({"eval", "--min-source-f1", "0.5", dir.path().string()}).exit_code == 2);
  CHECK(RunCli({"eval", "--min-quote-f1", "1.5", dir.path().string()}).exit_code == 2);
  CHECK(RunCli({"eval", "--polnear", (dir / "missing").string()}).exit_code == 2);
}

// A synthetic PolNeAR-shaped directory: one tuning and one held-out article.
void WritePolnear(const TempDir& dir) {
  // Code-point offsets; the curly marks are 3 bytes each in UTF-8.
  const std::string text = "Réka Lind said “the ferry is late” today.\n";
  //                        0123456789012345678901234567890123456789
  const std::string ann =
      "T1\tSource 0 9\tRéka Lind\n"
      "T2\tCue 10 14\tsaid\n"
      "T3\tContent 15 34\t“the ferry is late”\n"
      "T4\tAttribution 10 14\tsaid\n"
      "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n";
  for (const char* stem : {"synthetic-article-0", "synthetic-article-3"}) {
    WriteFile(dir / (std::string("text/") + stem + ".txt"), text);
    WriteFile(dir / (std::string("attributions/") + stem + "_b2.ann"), ann);
    // A second annotator's file sorts later and is ignored.
    WriteFile(dir / (std::string("attributions/") + stem + "_c9.ann"), "T1\tSource 0 1\tR\nT2\tSource 2 3\tk\n");
  }
}

TEST_CASE("eval --polnear scores a split and counts its parts", "[eval][cli]") {
  TempDir dir;
  WritePolnear(dir);
  auto r = RunCli({"eval", "--format", "json", "--polnear", dir.path().string(), "--split", "all"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["mode"] == "polnear");
  CHECK(j["articles"]["total"] == 2);
  CHECK(j["articles"]["tune"] == 1);
  CHECK(j["articles"]["heldout"] == 1);
  CHECK(j["articles"]["evaluated"] == 2);
  CHECK(j["labels"]["Source"]["exact"]["gold"] == 2);  // the first annotator's file
  CHECK(j["labels"]["Content"]["exact"]["gold"] == 2);
  CHECK(j["direct_quote_recall"]["total"] == 2);

  auto held = RunCli({"eval", "--format", "json", "--polnear", dir.path().string(), "--split", "heldout"});
  CHECK(held.exit_code == 0);
  CHECK(nlohmann::json::parse(held.out)["articles"]["evaluated"] == 1);
}

// Regression: with nothing evaluated (exit 2, rightly) the PolNeAR table
// still printed P, R and F1 of 1.000 from empty counts, and the JSON totals
// held 1.0.
TEST_CASE("eval with nothing evaluated prints no scores and null in JSON", "[eval][cli]") {
  TempDir dir;
  WritePolnear(dir);
  for (const auto& e : std::filesystem::directory_iterator(dir / "attributions")) std::filesystem::remove(e.path());
  auto text = RunCli({"eval", "--polnear", dir.path().string(), "--split", "all"});
  CHECK(text.exit_code == 2);
  CHECK(text.out.find("1.000") == std::string::npos);
  CHECK(text.out.find("no scores: no article could be evaluated (P, R and F1 n/a)") != std::string::npos);
  auto j = nlohmann::json::parse(RunCli({"eval", "--format", "json", "--polnear", dir.path().string(), "--split",
                                         "all"}).out);
  CHECK(j["labels"]["Source"]["exact"]["f1"].is_null());
  CHECK(j["labels"]["Cue"]["overlap"]["precision"].is_null());
  TempDir gold;
  WriteFile(gold / "gold/orphan.json", kImpossibleGold);  // no article
  auto g = RunCli({"eval", "--format", "json", gold.path().string()});
  CHECK(g.exit_code == 2);
  auto gj = nlohmann::json::parse(g.out);
  CHECK(gj["total"]["quotes"]["f1"].is_null());
  CHECK(gj["total"]["quotes"]["precision"].is_null());
  CHECK(gj["total"]["anonymous"]["recall"].is_null());
  auto gt = RunCli({"eval", gold.path().string()});
  CHECK(gt.exit_code == 2);
  CHECK(gt.out.find("1.000") == std::string::npos);
}

TEST_CASE("eval --polnear --list prints the split's article names", "[eval][cli]") {
  TempDir dir;
  WritePolnear(dir);
  auto held = RunCli({"eval", "--polnear", dir.path().string(), "--split", "heldout", "--list"});
  CHECK(held.exit_code == 0);
  CHECK(held.out == "synthetic-article-3\n");
  auto tune = RunCli({"eval", "--polnear", dir.path().string(), "--list"});
  CHECK(tune.out == "synthetic-article-0\n");
  CHECK(tune.err.find("2 articles, 1 tune, 1 held out") != std::string::npos);
  CHECK(RunCli({"eval", "--list", dir.path().string()}).exit_code == 2);
}

TEST_CASE("eval --polnear exits 1 below a floor", "[eval][cli]") {
  TempDir dir;
  // A one-character Cue that no attribution engine would predict: Cue F1 is 0.
  WriteFile(dir / "text/synthetic-article-0.txt", "Réka Lind said so.\n");
  WriteFile(dir / "attributions/synthetic-article-0_a1.ann", "T1\tCue 0 1\tR\n");
  auto below = RunCli({"eval", "--polnear", dir.path().string(), "--min-cue-f1", "0.5"});
  CHECK(below.exit_code == 1);
  CHECK(below.out.find("floor cue-f1 >= 0.500: 0.000 BELOW") != std::string::npos);
  auto ok = RunCli({"eval", "--polnear", dir.path().string(), "--min-cue-f1", "0"});
  CHECK(ok.exit_code == 0);
}

TEST_CASE("eval never shows per-article errors of the held-out slice", "[eval][cli]") {
  TempDir dir;
  WritePolnear(dir);
  auto refused = RunCli({"eval", "--polnear", dir.path().string(), "--split", "heldout", "--verbose"});
  CHECK(refused.exit_code == 2);
  CHECK(refused.out.empty());
  CHECK(refused.err.find("refused") != std::string::npos);

  auto all = RunCli({"eval", "--polnear", dir.path().string(), "--split", "all", "--verbose"});
  CHECK(all.exit_code == 0);
  CHECK(all.out.find("synthetic-article-0") != std::string::npos);
  CHECK(all.out.find("synthetic-article-3") == std::string::npos);
  auto json = RunCli({"eval", "--format", "json", "--polnear", dir.path().string(), "--split", "all", "--verbose"});
  CHECK(json.out.find("synthetic-article-3") == std::string::npos);
}

TEST_CASE("eval --polnear exits 2 when annotations are missing or malformed", "[eval][cli]") {
  TempDir dir;
  WritePolnear(dir);
  WriteFile(dir / "text/synthetic-article-9.txt", "No annotation for this one.\n");
  auto missing = RunCli({"eval", "--polnear", dir.path().string(), "--split", "all"});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("synthetic-article-9.txt: no annotation file") != std::string::npos);

  TempDir bad;
  WriteFile(bad / "text/synthetic-article-0.txt", "S");
  WriteFile(bad / "attributions/synthetic-article-0_a1.ann", "T1\tSource 0 400\tShort\n");
  auto past = RunCli({"eval", "--polnear", bad.path().string()});
  CHECK(past.exit_code == 2);
  CHECK(past.err.find("synthetic-article-0_a1.ann:1: T1: offset 400 is past the end of the text (1 code point)") !=
        std::string::npos);
}

TEST_CASE("eval --polnear counts one article in the singular", "[eval][cli]") {
  TempDir dir;
  WriteFile(dir / "text/synthetic-article-0.txt", "Réka Lind said so.\n");
  WriteFile(dir / "attributions/synthetic-article-0_a1.ann", "T1\tCue 0 1\tR\n");
  auto r = RunCli({"eval", "--polnear", dir.path().string()});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.err.find(": 1 article, 1 tune, 0 held out") != std::string::npos);
  CHECK(r.out.find("split tune: 1 of 1 article (1 tune, 0 held out)") != std::string::npos);
  CHECK(r.out.find("(0 of 0 quoted Contents covered >= 80%)") != std::string::npos);
}

}  // namespace
}  // namespace onrecord
