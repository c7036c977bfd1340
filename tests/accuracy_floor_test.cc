// Quality floors measured with the built-in evaluator: the English dev set
// (annotated by others) and our own corpus. Raise the floors as quality rises;
// docs/accuracy.md has the current figures and the commands behind them.
#include <catch2/catch.hpp>

#include <sstream>

#include "onrecord/eval.h"
#include "test_util.h"

using namespace onrecord;
using namespace onrecord::testing;

namespace {

GoldEval EvaluateDirectory(const std::filesystem::path& dir, const std::string& name_filter) {
  auto golds = FindGoldFiles(dir.string());
  REQUIRE(golds.ok());
  GoldEval total;
  int articles = 0;
  for (const auto& path : *golds) {
    if (!name_filter.empty() && std::filesystem::path(path).filename().string().find(name_filter) == std::string::npos) {
      continue;
    }
    auto gold = ReadGold(path);
    REQUIRE(gold.ok());
    std::string article;
    for (const auto& c : ArticleCandidatesForGold(path, *gold)) {
      if (std::filesystem::exists(c)) {
        article = c;
        break;
      }
    }
    REQUIRE_FALSE(article.empty());
    auto loaded = LoadPath(article, {});
    REQUIRE(loaded.size() == 1);
    REQUIRE(loaded[0].document);
    auto audit = Audit(*loaded[0].document, DefaultRules());
    REQUIRE(audit.ok());
    total += EvaluateGold(*gold, *audit, DefaultRules());
    ++articles;
  }
  REQUIRE(articles > 0);
  return total;
}

}  // namespace

TEST_CASE("English dev set: quote F1 and anonymous-source F1 floors", "[accuracy][devset]") {
  if (!HaveShared()) return;
  GoldEval e = EvaluateDirectory(SharedDir() / "dev-set", "_en_");
  INFO("quote F1 " << e.quotes.F1() << ", anonymous F1 " << e.anonymous.F1() << ", speaker "
                   << e.speaker.Value().value_or(0));
  // Issue #2 acceptance: quote F1 >= 0.80, anonymous-source F1 >= 0.70.
  CHECK(e.quotes.F1() >= 0.80);
  CHECK(e.anonymous.F1() >= 0.70);
  // Regression floors a little under the current figures (docs/accuracy.md).
  CHECK(e.quotes.F1() >= 0.95);
  CHECK(e.anonymous.F1() >= 0.95);  // 1.000 at 17b8504 (0.971 at 27867a8)
  // 0.935 at d0c7167 (0.774 before the language fix of 4859b24).
  CHECK(e.speaker.Value().value_or(0) >= 0.90);
}

TEST_CASE("whole dev set: regression floors", "[accuracy][devset]") {
  if (!HaveShared()) return;
  GoldEval e = EvaluateDirectory(SharedDir() / "dev-set", "");
  INFO("quote F1 " << e.quotes.F1() << ", anonymous F1 " << e.anonymous.F1() << ", speaker "
                   << e.speaker.Value().value_or(0));
  CHECK(e.quotes.F1() >= 0.97);     // 0.990 at b117570
  // 0.986 in the seventh round, 0.971 at 17b8504 (0.939 at 5d6b11d, 0.923 at 27867a8, 0.857 at d0c7167)
  CHECK(e.anonymous.F1() >= 0.98);
  // 0.981 (52/53) in the twenty-fourth round (multi30; three of the four gained are eval's head-glosses
  // comparing an English gold speaker with the article's German phrase), 0.906 (48/53) before;
  // 0.904 (47/52) in the sixth round, 0.885 in the fifth, 0.865 at 17b8504 (0.863 at 27867a8, 0.843 at
  // d0c7167, 0.66 at 854ee2d).
  CHECK(e.speaker.Value().value_or(0) >= 0.95);
}

TEST_CASE("corpus: regression floors", "[accuracy][corpus]") {
  GoldEval e = EvaluateDirectory(SourceDir() / "corpus", "");
  INFO("quote F1 " << e.quotes.F1() << ", anonymous F1 " << e.anonymous.F1() << ", speaker "
                   << e.speaker.Value().value_or(0));
  CHECK(e.quotes.F1() >= 0.975);    // 0.978 in the thirty-eighth round, 0.974 at 17b8504 (0.972 at b117570, 0.970 at 5d6b11d)
  CHECK(e.anonymous.F1() >= 0.95);  // 0.953 in the forty-second round (multi50, multi50b), 0.946 in the thirty-eighth round (ml45), 0.943 in the thirty-seventh, 0.908 in the fifth round, 0.890 in the fourth, 0.882 at 17b8504 (0.878 at b117570, 0.870 at 5d6b11d, 0.816 at 27867a8)
  // 0.957 (356/372) in the thirty-eighth round, 0.951 in the fifth round, 0.946 on branch spk (0.924 at 17b8504, 0.897 at b117570, 0.888 at 5d6b11d, 0.810 at 3cffd0f, 0.786 at
  // d0c7167).
  CHECK(e.speaker.Value().value_or(0) >= 0.95);
}

TEST_CASE("PolNeAR tuning split: exact-span F1 floors above the published CRF", "[accuracy][polnear]") {
  // The tuning part only: the held-out slice is reported, never tested or tuned on.
  if (!HaveShared() || !std::filesystem::exists(SharedDir() / "polnear-train" / "text")) return;
  CliResult r = RunCli({"eval", "--polnear", (SharedDir() / "polnear-train").string(), "--split", "tune"});
  REQUIRE(r.exit_code == 0);
  // Rows: "Source  gold predicted exact | P R F1 | …"
  auto exact_f1 = [&](const std::string& label) {
    std::istringstream lines(r.out);
    std::string line;
    while (std::getline(lines, line)) {
      if (line.rfind(label + " ", 0) != 0) continue;
      std::istringstream row(line);
      std::string name, bar;
      double gold = 0, predicted = 0, exact = 0, p = 0, rc = 0, f1 = -1;
      row >> name >> gold >> predicted >> exact >> bar >> p >> rc >> f1;
      return f1;
    }
    return -1.0;
  };
  INFO(r.out);
  // 0.720 / 0.691 / 0.563 in the twenty-eighth round (dqr34, content34, source34, coref34, fixa34, multi34,
  // speeda34, fu34 fixes),
  // 0.722 / 0.693 / 0.565 in the twenty-ninth round (recalla35, recallb35, quotefix35, fixa35, fixb35,
  // joint35, multi35, html35, speed35, fu35 fixes),
  // 0.722 / 0.694 / 0.569 in the thirtieth round (cueb36, src36, contend36, contstart36, multi36, eng36,
  // fixa36, fixb36, fixc36, mem36, fu36 fixes),
  // 0.737 / 0.704 / 0.587 in the forty-fifth round (cue53 in part, subj53, dq53, multi53, perf53, num53, to53,
  // nest53, scare53, fix53r, fu53 and fu53b fixes; content53 and lone53 not kept; F1 0.7373 / 0.7038 / 0.5869,
  // so the Cue and Content floors are 0.703 and 0.586),
  // 0.735 / 0.702 / 0.585 in the forty-fourth round (cue52, dq52, join52, src52 in part, content52, multi52,
  // perf52, fu52 and fu52b fixes, lone52 withdrawn; F1 0.7352 / 0.7016 / 0.5851),
  // 0.734 / 0.701 / 0.584 in the forty-third round (src51, content51, dq51, cue51 in part, multi51, eng51 in part,
  // fu51 fixes; Cue F1 0.7007, so its floor stays 0.700),
  // 0.733 / 0.700 / 0.583 in the forty-second round (abbr50, kind50, verb50, multi50, content50, cue50,
  // src50b, kind50b, name50, multi50b, tag50, fu50 fixes; Cue F1 0.7002),
  // 0.732 / 0.700 / 0.582 in the forty-first round (src49, cue49, fix49, fix49b, coord49, abbr49, multi49,
  // de49, coref49, named49, fu49 fixes; the Cue floor stays 0.699, its F1 being 0.6998),
  // 0.731 / 0.699 / 0.582 in the fortieth round (cue48, content48, fix48, fu48 fixes; dq48 reverted),
  // 0.730 / 0.698 / 0.580 in the thirty-eighth round (src45, cue45, dq46, cnt45, ml45),
  // 0.730 / 0.698 / 0.579 in the thirty-seventh round (src44, cue44, dq44, cnt44, reg44, dup45, dq45),
  // 0.729 / 0.697 / 0.577 in the thirty-sixth round (cnt42, cue42, dq42, cnt43, cue43, src43; src42 reverted),
  // 0.728 / 0.696 / 0.576 in the thirty-fifth round (src41, cue41, fixi41, fixj41, fixm41),
  // 0.726 / 0.696 / 0.575 in the thirty-fourth round (content40, missed40, fixg40, names40),
  // 0.726 / 0.696 / 0.573 in the thirty-third round (srcx39, qa39, role39, dq39),
  // 0.725 / 0.696 / 0.572 in the thirty-second round (cend38, cstart38, disc38, dq38, src38, fixc38, fixf38),
  // 0.725 / 0.695 / 0.569 in the thirty-first round (cue37, listed37, src37, dq37, eng37, de37, fixa37,
  // fixb37, fixd37, fixe37, speed37, fu37 fixes),
  // 0.720 / 0.691 / 0.562 in the twenty-seventh round (source33, cue33, content33, dqr33, fixa33, coref33, multi33,
  // speed33, fu33 fixes),
  // 0.718 / 0.690 / 0.558 in the twenty-sixth round (source32, content32, dqr32, cue32, fixa32, fixb32,
  // multi32, speed32, fu32 fixes),
  // 0.714 / 0.690 / 0.553 in the twenty-fifth round (dqr31, cueprec31, cue31, source31, content31 in part,
  // speed31, fixa31, fixb31, fu31 fixes),
  // 0.707 / 0.685 / 0.549 in the twenty-fourth round (cue30, source30, content30, dqr30, multi30, fu30),
  // 0.695 / 0.677 / 0.542 in the twenty-third round (cue29, source29, content29, dqr29),
  // 0.693 / 0.675 / 0.540 in the twenty-second round (cue28, left28, adj28, srcnp28, dqr28),
  // 0.691 / 0.674 / 0.538 in the twenty-first round (own27, stance27, evid27, raise27, colon27),
  // 0.688 / 0.672 / 0.537 in the nineteenth round (miss25, span25, dqr25),
  // 0.688 / 0.671 / 0.536 in the eighteenth round (cuetail24, cuerec24, dqr24, fu24 fixes),
  // 0.687 / 0.668 / 0.536 in the seventeenth round (content23, cend23, garbled sources), 0.685 / 0.668 / 0.530 in the sixteenth round (content17, dqr17, nested17), 0.685 / 0.668 / 0.524 in the fifteenth round (prec16, roleref16, multi16, cueinf16 after said15,
  // content15, nominal15), 0.681 / 0.665 / 0.522 in the thirteenth round (content14, cue14, fresh user's fixes),
  // 0.680 / 0.663 / 0.519 in the twelfth round (coord13, subj13, role13; Content also gains from the
  // whitespace-gap rule of eval --polnear), 0.678 / 0.661 / 0.509 in the eleventh,
  // 0.674 / 0.653 / 0.503 in the tenth round (recall11, quotes11, src11), 0.671 / 0.652 / 0.502 in the ninth,
  // 0.667 / 0.651 / 0.486 in the eighth round, 0.660 / 0.650 / 0.483 in the seventh, 0.658 / 0.648 / 0.481 in the sixth, 0.657 / 0.648 / 0.475 in the fifth, 0.650 / 0.640 / 0.451 in the
  // fourth, 0.639 / 0.635 / 0.446 at 17b8504 (0.632 / 0.632 / 0.443 at b117570, 0.619 / 0.619 / 0.437 at 5d6b11d).
  CHECK(exact_f1("Source") >= 0.737);
  CHECK(exact_f1("Cue") >= 0.703);
  CHECK(exact_f1("Content") >= 0.586);
  // "direct-quote recall 0.969 (3153 of 3254 …)" in the forty-fifth round (num53), 0.968 (3151 of 3254 …) in the forty-third round (dq51), "direct-quote recall 0.968 (3149 of 3254 …)" in the thirty-ninth to forty-second rounds (dq47), "direct-quote recall 0.966 (3144 of 3254 …)" in the thirty-eighth round (dq46), 0.964 (3137 of 3254 …) in the thirty-third round (dq39), 0.963 (3135 of 3254 …) in the thirty-second round (disc38, dq38), 0.963 (3132 of 3254 …) in the thirty-first round (dq37), 0.960 (3123 of 3254 …) in the twenty-eighth round, 0.958 (3117) in the twenty-seventh, 0.955 (3106) in the twenty-sixth, 0.953 (3100) in the twenty-fifth; "0.934 (3041 of 3255 …)" in
  // the sixth round (0.912 in the fifth).
  const size_t at = r.out.find("direct-quote recall ");
  REQUIRE(at != std::string::npos);
  CHECK(std::stod(r.out.substr(at + 20, 5)) >= 0.968);
}
