// Cue lemma lists: a reporting verb written once (its infinitive, with the
// principal parts of an irregular verb) becomes every third-person form a
// news text uses. French, Spanish, Italian and Portuguese (docs/rules.md,
// "Cue lemma lists").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace onrecord {

// Whether `lang` has a conjugator (lemma lists are allowed there).
bool HasConjugator(const std::string& lang);

struct LemmaError {
  size_t column = 1;  // 1-based byte column in the line
  std::string message;
};

// Expands one lemma-list line (comments already removed, not empty):
//   infinitive [more words] [key=form[,plural] ...]
// into cue entries (lower-cased, words separated by one space) appended to
// `forms`. False, with `error` set, for a line that cannot be conjugated.
bool ExpandCueLemma(const std::string& lang, std::string_view line, std::vector<std::string>* forms,
                    LemmaError* error);

}  // namespace onrecord
