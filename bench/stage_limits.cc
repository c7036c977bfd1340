// onrecord_bench: how fast the building blocks of the audit run alone over
// the same bytes, so the audit's own throughput can be read as a ratio.
//
// Usage: onrecord_bench --rules DIR [--language en] PATH...
// Each PATH is a plain-text article or a directory of them (read recursively,
// in sorted order). Prints one JSON object:
//   {"bytes": N, "articles": N, "stages": {"<name>": {"seconds": s, "mb_per_s": r,
//    "units": n}, …}}
// where units counts what the stage produced (sentences, words, matching
// lines); seconds are CPU time of the process. MB is 10^6 bytes. Exits 2 on a usage, read or rule error.
//
// Stages:
//   icu_sentences  ICU sentence BreakIterator over utext_openUTF8, every article
//   icu_words      ICU word BreakIterator the same way
//   icu_sentences_utf16  the sentence BreakIterator over utext_openUChars of
//                  each article converted to UTF-16 before the clock starts
//                  (Utf8ToUtf16, as the segment stage converts each block
//                  since perf40; the conversion is timed on its own as
//                  utf8_to_utf16)
//   icu_words_utf16  the word BreakIterator the same way
//   utf8_to_utf16  Utf8ToUtf16 of every article into one reused buffer
//   re2_set        one RE2::Set of every phrase and boilerplate pattern of the
//                  language's rules, matched line by line
//   screens        the language pack's own screening sets (boilerplate and
//                  phrases, RuleScreen), line by line, as the stages run them
//   read           a copy of every byte (the memory bandwidth floor)
// and "rules": the ten phrase or boilerplate rules whose own patterns cost
// most over the first 5 MB (each pattern on each line).
#include <re2/re2.h>
#include <re2/set.h>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "onrecord/rules.h"
#include "rule_pack.h"
#include "utf16_offsets.h"

namespace {

// CPU time of this process: on a shared machine wall time would also
// measure the other users.
double CpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

struct StageResult {
  std::string name;
  double seconds = 0;
  size_t units = 0;
};

// Runs a break iterator over every article; returns the number of breaks.
size_t CountBreaks(icu::BreakIterator* it, const std::vector<std::string>& articles) {
  size_t n = 0;
  for (const auto& a : articles) {
    UErrorCode status = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, a.data(), static_cast<int64_t>(a.size()), &status);
    if (U_FAILURE(status)) continue;
    it->setText(ut, status);
    for (int32_t p = it->first(); p != icu::BreakIterator::DONE; p = it->next()) ++n;
    utext_close(ut);
  }
  return n;
}

// The same over UTF-16 copies of the articles (utext_openUChars, as the
// segment stage hands ICU each block since perf40).
size_t CountBreaksUtf16(icu::BreakIterator* it, const std::vector<std::vector<UChar>>& articles) {
  size_t n = 0;
  for (const auto& a : articles) {
    UErrorCode status = U_ZERO_ERROR;
    UText storage = UTEXT_INITIALIZER;
    UText* ut = utext_openUChars(&storage, a.data(), static_cast<int64_t>(a.size()), &status);
    if (U_FAILURE(status)) continue;
    it->setText(ut, status);
    for (int32_t p = it->first(); p != icu::BreakIterator::DONE; p = it->next()) ++n;
    utext_close(ut);
  }
  return n;
}

template <typename F>
StageResult Time(const std::string& name, F&& f) {
  double t0 = CpuSeconds();
  size_t units = f();
  return {name, CpuSeconds() - t0, units};
}

}  // namespace

int main(int argc, char** argv) {
  std::string rules_dir;
  std::string language = "en";
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--rules" && i + 1 < argc) {
      rules_dir = argv[++i];
    } else if (a == "--language" && i + 1 < argc) {
      language = argv[++i];
    } else if (!a.empty() && a[0] == '-') {
      std::fprintf(stderr, "onrecord_bench: unknown option %s\n", a.c_str());
      return 2;
    } else if (std::filesystem::is_directory(a)) {
      std::vector<std::string> found;
      std::error_code ec;
      for (std::filesystem::recursive_directory_iterator it(a, ec), end; !ec && it != end;
           it.increment(ec)) {
        if (it->is_regular_file(ec)) found.push_back(it->path().string());
      }
      if (ec) {
        std::fprintf(stderr, "onrecord_bench: %s: %s\n", a.c_str(), ec.message().c_str());
        return 2;
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else {
      files.push_back(a);
    }
  }
  if (rules_dir.empty() || files.empty()) {
    std::fprintf(stderr, "usage: onrecord_bench --rules DIR [--language en] PATH...\n");
    return 2;
  }
  std::vector<std::string> articles;
  size_t bytes = 0;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "onrecord_bench: %s: cannot read\n", f.c_str());
      return 2;
    }
    articles.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    bytes += articles.back().size();
  }

  auto loaded = onrecord::RuleSet::Load(rules_dir);
  if (!loaded.ok()) {
    std::fprintf(stderr, "onrecord_bench: %s\n", loaded.status().ToString().c_str());
    return 2;
  }
  const onrecord::LanguagePack& pack = loaded.value()->Pack(language);
  RE2::Options options;
  options.set_max_mem(int64_t{256} << 20);
  // Case-insensitive as most rules are; the cost of a set hardly depends on it.
  options.set_case_sensitive(false);
  RE2::Set set(options, RE2::UNANCHORED);
  size_t patterns = 0;
  auto add = [&](const onrecord::PatternGroup& g) {
    for (const auto& p : g.patterns) {
      std::string error;
      if (set.Add(p.lazy().pattern(), &error) >= 0) ++patterns;
    }
  };
  for (const auto& r : pack.phrases) add(r.patterns);
  for (const auto& r : pack.boilerplate) add(r.patterns);
  if (!set.Compile()) {
    std::fprintf(stderr, "onrecord_bench: the RE2::Set of %zu patterns does not compile\n", patterns);
    return 2;
  }

  std::vector<StageResult> results;
  results.push_back(Time("read", [&] {
    size_t sum = 0;
    for (const auto& a : articles) {
      std::string copy = a;
      sum += static_cast<unsigned char>(copy[copy.size() / 2]);
    }
    return sum;
  }));
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> sentences(
      icu::BreakIterator::createSentenceInstance(icu::Locale(language.c_str()), status));
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale(language.c_str()), status));
  if (U_FAILURE(status)) {
    std::fprintf(stderr, "onrecord_bench: ICU: %s\n", u_errorName(status));
    return 2;
  }
  results.push_back(Time("icu_sentences", [&] { return CountBreaks(sentences.get(), articles); }));
  results.push_back(Time("icu_words", [&] { return CountBreaks(words.get(), articles); }));
  // UTF-16 copies made before the clock starts; an article that is not
  // valid UTF-8 is left out of both UTF-16 rows (its count stays with the
  // UTF-8 rows only).
  std::vector<std::vector<UChar>> articles16;
  articles16.reserve(articles.size());
  for (const auto& a : articles) {
    std::vector<UChar> u;
    size_t n16 = 0;
    if (!onrecord::Utf8ToUtf16(a, &u, &n16)) continue;
    u.resize(n16);
    articles16.push_back(std::move(u));
  }
  results.push_back(Time("utf8_to_utf16", [&] {
    std::vector<UChar> buffer;
    size_t units = 0;
    for (const auto& a : articles) {
      size_t n16 = 0;
      if (onrecord::Utf8ToUtf16(a, &buffer, &n16)) units += n16;
    }
    return units;
  }));
  results.push_back(Time("icu_sentences_utf16", [&] { return CountBreaksUtf16(sentences.get(), articles16); }));
  results.push_back(Time("icu_words_utf16", [&] { return CountBreaksUtf16(words.get(), articles16); }));
  results.push_back(Time("re2_set", [&] {
    size_t matching = 0;
    std::vector<int> hits;
    for (const auto& a : articles) {
      std::string_view rest(a);
      while (!rest.empty()) {
        size_t nl = rest.find('\n');
        std::string_view line = rest.substr(0, nl);
        hits.clear();
        if (set.Match(line, &hits)) ++matching;
        if (nl == std::string_view::npos) break;
        rest.remove_prefix(nl + 1);
      }
    }
    return matching;
  }));

  // The pack's own screening sets, as the clean and phrase stages run them:
  // every line through the boilerplate screen and the phrase screen.
  results.push_back(Time("screens", [&] {
    size_t matching = 0;
    std::vector<onrecord::RuleScreen::Hit> hits;
    for (const auto& a : articles) {
      std::string_view rest(a);
      while (!rest.empty()) {
        size_t nl = rest.find('\n');
        std::string_view line = rest.substr(0, nl);
        pack.boilerplate_screen.Match(line, &hits);
        bool any = !hits.empty();
        pack.phrase_screen.Match(line, &hits);
        if (any || !hits.empty()) ++matching;
        if (nl == std::string_view::npos) break;
        rest.remove_prefix(nl + 1);
      }
    }
    return matching;
  }));

  // Each rule's own patterns over the first 5 MB, line by line (one at a
  // time, as `onrecord rules test` runs them): which rules cost the most.
  struct RuleCost {
    std::string id;
    double seconds;
  };
  std::vector<RuleCost> costs;
  size_t sample_bytes = 0;
  std::vector<std::string_view> sample_lines;
  for (const auto& a : articles) {
    if (sample_bytes >= 5'000'000) break;
    sample_bytes += a.size();
    std::string_view rest(a);
    while (!rest.empty()) {
      size_t nl = rest.find('\n');
      sample_lines.push_back(rest.substr(0, nl));
      if (nl == std::string_view::npos) break;
      rest.remove_prefix(nl + 1);
    }
  }
  auto cost = [&](const onrecord::RuleInfo* info, const onrecord::PatternGroup& g) {
    if (!g.set || !info) return;
    std::vector<int> hits;
    double t0 = CpuSeconds();
    for (auto line : sample_lines) {
      hits.clear();
      g.set->Match(line, &hits);
    }
    costs.push_back({info->id, CpuSeconds() - t0});
  };
  for (const auto& r : pack.phrases) cost(r.info, r.patterns);
  for (const auto& r : pack.boilerplate) cost(r.info, r.patterns);
  std::sort(costs.begin(), costs.end(),
            [](const RuleCost& x, const RuleCost& y) { return x.seconds > y.seconds; });

  std::printf("{\"bytes\": %zu, \"articles\": %zu, \"re2_patterns\": %zu, \"rule_sample_bytes\": %zu, "
              "\"rules\": [", bytes, articles.size(), patterns, sample_bytes);
  for (size_t i = 0; i < costs.size() && i < 10; ++i) {
    std::printf("%s{\"id\": \"%s\", \"seconds\": %.6f, \"mb_per_s\": %.3f}", i ? ", " : "",
                costs[i].id.c_str(), costs[i].seconds,
                costs[i].seconds > 0 ? static_cast<double>(sample_bytes) / 1e6 / costs[i].seconds : 0);
  }
  std::printf("], \"stages\": {");
  for (size_t i = 0; i < results.size(); ++i) {
    const auto& r = results[i];
    double rate = r.seconds > 0 ? static_cast<double>(bytes) / 1e6 / r.seconds : 0;
    std::printf("%s\"%s\": {\"seconds\": %.6f, \"mb_per_s\": %.3f, \"units\": %zu}",
                i ? ", " : "", r.name.c_str(), r.seconds, rate, r.units);
  }
  std::printf("}}\n");
  return 0;
}
