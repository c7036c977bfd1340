// Output-identical speed work of the forty-first round (branch perf49,
// docs/performance.md): a cue lemma line's forms are made unique with a
// hash set of views of the forms instead of an ordered set of copies.
// These cases pin what the change keeps: the order the forms are made in,
// each form once per line (not once per list), the fixed words after every
// form, the forms an except= key leaves out and what stays before the
// line's forms in the caller's vector. They hold on the base too (the
// change keeps every answer).
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "conjugate.h"

using namespace onrecord;

namespace {

std::vector<std::string> Forms(const std::string& lang, const std::string& line,
                               std::vector<std::string> before = {}) {
  LemmaError error;
  if (!ExpandCueLemma(lang, line, &before, &error)) return {"error: " + error.message};
  return before;
}

size_t Count(const std::vector<std::string>& forms, const std::string& form) {
  return static_cast<size_t>(std::count(forms.begin(), forms.end(), form));
}

bool Unique(const std::vector<std::string>& forms) {
  return std::set<std::string>(forms.begin(), forms.end()).size() == forms.size();
}

}  // namespace

TEST_CASE("perf49: a form two tenses share is listed once, where it is first made", "[perf49]") {
  // "dit" is both the present and the simple past of "dire".
  const auto forms =
      Forms("fr", "dire present=dit,disent imperfect=disait past=dit,dirent future=dira participle=dit");
  REQUIRE(forms.size() == 52);
  CHECK(Unique(forms));
  CHECK(forms.front() == "dit");
  CHECK(forms[1] == "dit-il");
  CHECK(Count(forms, "dit") == 1);
  CHECK(Count(forms, "a dit") == 1);
  CHECK(forms.back() == "auraient-elles dit");
}

TEST_CASE("perf49: the forms of a regular verb keep the order they are made in", "[perf49]") {
  const std::vector<std::string> expected = {
      "annuncia",          "annunciano",          "annunciava",        "annunciavano",
      "annunciò",          "annunciarono",        "annuncerà",         "annunceranno",
      "annuncerebbe",      "annuncerebbero",      "ha annunciato",     "aveva annunciato",
      "avrebbe annunciato", "hanno annunciato",   "avevano annunciato", "avrebbero annunciato"};
  CHECK(Forms("it", "annunciare") == expected);
}

TEST_CASE("perf49: fixed words follow every form and do not change which forms repeat", "[perf49]") {
  const auto plain = Forms("it", "annunciare");
  const auto with_words = Forms("it", "annunciare pubblicamente oggi");
  REQUIRE(plain.size() == with_words.size());
  for (size_t i = 0; i < plain.size(); ++i) CHECK(with_words[i] == plain[i] + " pubblicamente oggi");
  const auto repeated = Forms("fr", "dire ouvertement present=dit,disent imperfect=disait past=dit,dirent "
                                    "future=dira participle=dit");
  REQUIRE(repeated.size() == 52);
  CHECK(Unique(repeated));
  CHECK(Count(repeated, "dit ouvertement") == 1);
}

TEST_CASE("perf49: an except= form is left out and the rest keep their order", "[perf49]") {
  const auto all = Forms("fr", "juger");
  const auto some = Forms("fr", "juger except=juge,jugea");
  std::vector<std::string> expected;
  for (const auto& f : all) {
    if (f != "juge" && f != "jugea") expected.push_back(f);
  }
  REQUIRE(expected.size() + 2 == all.size());
  CHECK(some == expected);
}

TEST_CASE("perf49: entries already in the vector stay and are not taken for repeats", "[perf49]") {
  // A form equal to an entry the caller holds (the same verb in another
  // line) is still appended: forms repeat only within one line.
  const auto alone = Forms("es", "anunciar");
  const auto after = Forms("es", "anunciar", {"anuncia", "otra entrada"});
  REQUIRE(after.size() == alone.size() + 2);
  CHECK(after[0] == "anuncia");
  CHECK(after[1] == "otra entrada");
  CHECK(std::equal(alone.begin(), alone.end(), after.begin() + 2));
  CHECK(Count(after, "anuncia") == 2);
}

TEST_CASE("perf49: a line that cannot be conjugated appends nothing", "[perf49]") {
  CHECK(Forms("fr", "rappeler except=", {"avant"}) ==
        std::vector<std::string>{"error: 'except=' takes forms separated by ','"});
  LemmaError error;
  std::vector<std::string> kept = {"avant"};
  CHECK_FALSE(ExpandCueLemma("fr", "plaindre", &kept, &error));
  CHECK(kept == std::vector<std::string>{"avant"});
}
