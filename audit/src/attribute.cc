// Attribute stage: cues, source mentions, coreference and attributions.
//
// Cues come from the pack's cue lists. For each cue the source is the noun
// phrase before it ("Wu said", "people familiar with the matter said"), or
// after it when inverted ("said Wu, who …") or when the cue asks for it
// ("according to X"). Mentions are classified with word lists (titles,
// organisation heads, anonymous-source heads, document heads) and resolved:
// names to the fullest name in the article, pronouns to the last person
// quoted, "the person"/"one of the people" to the last matching unnamed
// source, "the former consultant" to the named source with that role.
// Quotes are then given the attribution whose cue is in reach, or inherit
// the speaker of the quote they continue; otherwise they stay unattributed.
#include "attribute.h"
#include "findings.h"
#include "occurrence_index.h"
#include "word_lists.h"

#include <unicode/bytestream.h>
#include <unicode/casemap.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <climits>
#include <cstring>

namespace onrecord {

namespace {

std::string LowerUtf8(std::string_view s) {
  bool ascii = true;
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
  }
  if (ascii) {
    std::string out(s);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }
  std::string out;
  if (IsValidUtf8(s)) {
    // ICU's full lower-case mapping run over the UTF-8 itself (the default
    // locale, as UnicodeString::toLower uses): the same bytes as a round
    // trip through UTF-16, without the two conversions and their buffers.
    out.reserve(s.size());
    icu::StringByteSink<std::string> sink(&out);
    UErrorCode status = U_ZERO_ERROR;
    icu::CaseMap::utf8ToLower(nullptr, 0, icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), sink,
                              nullptr, status);
    if (U_SUCCESS(status)) return out;
    out.clear();
  }
  // Ill-formed UTF-8 (the mapping above would keep the bad bytes where
  // the UTF-16 copy has U+FFFD).
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  u.toLower();
  u.toUTF8String(out);
  return out;
}

// Whether ICU's default locale lower-cases ASCII letters as ASCII does
// (not Turkish or Azeri, where "I" becomes "ı", nor Lithuanian).
bool DefaultLocaleLowersAsciiPlainly() {
  static const bool plain = [] {
    const std::string_view lang = icu::Locale::getDefault().getLanguage();
    return lang != "tr" && lang != "az" && lang != "lt";
  }();
  return plain;
}

// Whether `s` holds, besides ASCII, only characters of the General
// Punctuation block (U+2000–U+206F: spaces, dashes, quote marks, the curly
// apostrophe), none of which has a lower-case mapping or changes another
// character's: lower-casing it is lower-casing its ASCII letters.
bool AsciiOrGeneralPunctuation(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      ++i;
      continue;
    }
    if (b != 0xE2 || i + 3 > s.size()) return false;
    const auto b1 = static_cast<unsigned char>(s[i + 1]), b2 = static_cast<unsigned char>(s[i + 2]);
    if ((b2 & 0xC0) != 0x80) return false;
    if (b1 != 0x80 && !(b1 == 0x81 && b2 <= 0xAF)) return false;  // U+2000–U+203F, U+2040–U+206F
    i += 3;
  }
  return true;
}

// `lower` (a lower-cased text) with every curly apostrophe as "'", into `out`.
void UnifyApostrophes(std::string lower, std::string* out) {
  if (lower.find("\xE2\x80\x99") == std::string::npos) {
    *out = std::move(lower);
    return;
  }
  // The bytes between apostrophes copied at once (not compared with the
  // apostrophe one by one), left to right as before.
  out->clear();
  out->reserve(lower.size());
  size_t from = 0;
  for (size_t at = lower.find("\xE2\x80\x99"); at != std::string::npos; at = lower.find("\xE2\x80\x99", from)) {
    out->append(lower, from, at - from);
    out->push_back('\'');
    from = at + 3;
  }
  out->append(lower, from, std::string::npos);
}

// Key() into `out` (its buffer reused): lower-case, apostrophes unified.
void KeyInto(std::string_view s, std::string* out) {
  // ASCII (nearly every token): copied and lower-cased in one pass.
  out->resize(s.size());
  char* d = out->data();
  unsigned char high = 0;
  for (size_t k = 0; k < s.size(); ++k) {
    const auto b = static_cast<unsigned char>(s[k]);
    high |= b;
    d[k] = static_cast<char>(b + (static_cast<unsigned char>(b - 'A') < 26 ? 'a' - 'A' : 0));
  }
  if (high < 0x80) return;
  if (AsciiOrGeneralPunctuation(s) && DefaultLocaleLowersAsciiPlainly()) {
    // Quote marks, dashes, "Trump’s": what ICU would give, without it.
    UnifyApostrophes(std::move(*out), out);
  } else {
    UnifyApostrophes(LowerUtf8(s), out);
  }
}

// Every token's Key() and its list bits (pack.ListBits), and the first
// token spelled as it is. A token spelled as an earlier one takes that
// one's: each spelling of the article is lower-cased and looked up once
// ("the", "said" and the names recur).
void KeysAndBits(const std::string& text, const std::vector<Token>& tokens, const LanguagePack& pack,
                 std::vector<std::string>* keys, std::vector<uint64_t>* bits, std::vector<uint32_t>* spellings) {
  const size_t n = tokens.size();
  keys->resize(n);
  bits->resize(n);
  spellings->resize(n);
  // Plain pointers: a store through one of the strings (chars) would make
  // the compiler reload the vectors' buffers at every token.
  std::string* const key = keys->data();
  uint64_t* const bit = bits->data();
  uint32_t* const same = spellings->data();
  const Token* const tok = tokens.data();
  const char* const chars = text.data();
  const size_t size = text.size();
  auto spelling = [&](size_t i) { return std::string_view(chars + tok[i].span.begin, tok[i].span.size()); };
  // Open addressing, at most half full: the first token of each spelling
  // (the hash only picks a slot; spellings are compared byte for byte).
  size_t capacity = 16;
  while (capacity < 2 * n) capacity <<= 1;
  constexpr uint32_t kEmpty = UINT32_MAX;
  std::vector<uint32_t> table(capacity, kEmpty);
  uint32_t* const first = table.data();
  for (size_t i = 0; i < n; ++i) {
    const std::string_view t = spelling(i);
    // Eight bytes at a time; the last 1-7 read as one word masked to them
    // when the text goes on that far (it nearly always does).
    size_t k = 0;
    uint64_t h = HashWholeWords(t, &k);
    if (const size_t rest = t.size() - k; rest > 0) {
      uint64_t v = 0;
      if (tok[i].span.begin + k + 8 <= size) {
        std::memcpy(&v, t.data() + k, 8);
        v &= ~uint64_t{0} >> (64 - 8 * rest);  // the first `rest` bytes (little-endian)
      } else {
        std::memcpy(&v, t.data() + k, rest);
      }
      h = (h ^ v) * 0xC4CEB9FE1A85EC53ull;
    }
    for (size_t slot = (h ^ (h >> 29)) & (capacity - 1);; slot = (slot + 1) & (capacity - 1)) {
      const uint32_t j = first[slot];
      if (j == kEmpty) {
        first[slot] = static_cast<uint32_t>(i);
        same[i] = static_cast<uint32_t>(i);
        KeyInto(t, &key[i]);
        break;
      }
      if (spelling(j) == t) {
        key[i] = key[j];
        same[i] = j;
        break;
      }
    }
  }
  // The list bits, looked up for the first spellings in a loop of their own:
  // most lookups miss the cache (the pack's table is cold after the other
  // stages), and with nothing else in the loop the processor has several of
  // them under way at once.
  for (size_t i = 0; i < n; ++i) {
    if (same[i] == i) bit[i] = pack.ListBits(key[i]);
  }
  // "l’ambassadrice", "dell’assessore": an elided article of list
  // elided-articles glued to a noun gives the word the noun's lists among
  // those of nouns and their modifiers (a role noun, a title, a head), so
  // "l’ex-ministre Claire Dubois" has the role "ex-ministre" as "la ministre
  // Claire Dubois" has "ministre". Entries with the article ("l'expert")
  // keep their own lists as well.
  if (const WordSet& articles = pack.Words("elided-articles"); !articles.empty()) {
    constexpr uint64_t kNounLists =
        (uint64_t{1} << kRoleNouns) | (uint64_t{1} << kTitles) | (uint64_t{1} << kTitleNouns) |
        (uint64_t{1} << kModifiers) | (uint64_t{1} << kAnonymousHeads) | (uint64_t{1} << kSpecificHeads) |
        (uint64_t{1} << kDocumentHeads) | (uint64_t{1} << kOrganizationHeads) | (uint64_t{1} << kGroupHeads) |
        (uint64_t{1} << kPersonHeads) | (uint64_t{1} << kPluralHeads) | (uint64_t{1} << kKinHeads);
    for (size_t i = 0; i < n; ++i) {
      if (same[i] != i) continue;
      const std::string& k = key[i];
      const size_t apos = k.find('\'');
      if (apos == std::string::npos || apos == 0 || apos > 5 || apos + 1 >= k.size()) continue;
      if (!articles.count(std::string_view(k.data(), apos + 1))) continue;
      const std::string_view rest = std::string_view(k).substr(apos + 1);
      uint64_t found = pack.ListBits(rest) & kNounLists;
      // "l’ex-ministre", "l’ex-ambasciatore": a hyphenated compound whose
      // last part is the noun (as HeadKey reads one).
      if (const size_t hyphen = rest.rfind('-'); found == 0 && hyphen != std::string_view::npos && hyphen > 0) {
        found = pack.ListBits(rest.substr(hyphen + 1)) & kNounLists;
      }
      bit[i] |= found;
    }
  }
  for (size_t i = 0; i < n; ++i) {
    if (same[i] != i) bit[i] = bit[same[i]];
  }
}

// Lower-case, apostrophes unified.
std::string Key(std::string_view s) {
  std::string out;
  KeyInto(s, &out);
  return out;
}

std::string StripPossessive(const std::string& s) {
  for (std::string_view suf : {std::string_view("\xE2\x80\x99s"), std::string_view("'s")}) {
    if (s.size() > suf.size() && s.compare(s.size() - suf.size(), suf.size(), suf) == 0) {
      return s.substr(0, s.size() - suf.size());
    }
  }
  return s;
}

// StripPossessive without a copy.
std::string_view WithoutPossessive(std::string_view s) {
  for (std::string_view suf : {std::string_view("\xE2\x80\x99s"), std::string_view("'s")}) {
    if (s.size() > suf.size() && s.substr(s.size() - suf.size()) == suf) return s.substr(0, s.size() - suf.size());
  }
  return s;
}

bool EndsWithPossessive(std::string_view s) {
  return (s.size() > 3 && s.substr(s.size() - 4) == "\xE2\x80\x99s") ||
         (s.size() > 2 && s.substr(s.size() - 2) == "'s");
}

struct CueHit {
  size_t first, last;  // token indexes, inclusive
  const CueEntry* entry;
  int sentence;
  // How many bytes before `group_first`'s first byte the cue as reported
  // begins (0: there): the clitic auxiliary of a pronoun glued to it
  // ("He’s been saying": "’s been saying"), or the verb and noun of an
  // artifact before a participle ("issued a statement saying").
  uint32_t report_lead = 0;
  // The verb group around the cue word(s): auxiliaries, negation and
  // adverbs before it ("has also said"), time and manner phrases after it
  // ("said Tuesday", "said in a statement"). The content starts after the
  // group.
  size_t group_first = 0, group_last = 0;
  // The last token of the cue as reported: the cue word(s) and a colon
  // right after them, without the time and manner phrases (PolNeAR's cue
  // spans leave those out: "said", not "said Tuesday").
  size_t report_last = 0;
  // A German separable verb's particle at the end of its clause ("räumte
  // der Sprecher allerdings ein"): the cue is `first`..`last` (the verb)
  // and this token; the words between may hold the source. SIZE_MAX: none.
  size_t particle = SIZE_MAX;
};

struct PendingAttribution {
  CueHit cue;
  std::optional<Mention> mention;
  bool inherit_sentence_source = false;  // a participle cue ("…, saying")
  std::vector<size_t> quotes;            // indexes into quote_spans
  int source = -1;
  // A null-subject language's cue with no subject written ("«…», declaró
  // ayer"): the source is the last person named (plural: the last plural source).
  bool null_subject = false;
  bool null_subject_plural = false;
  // A null-subject cue with no one for its subject to be ("Dijo que no."
  // opening an article): an attribution with no source, as "He said no."
  // with no antecedent for "he".
  bool null_subject_unresolved = false;
  // A source-after cue whose phrase is the outlet's own reporting ("selon
  // nos informations", list own-reporting): no source and no attribution.
  bool own_reporting = false;
  // "Et de poursuivre : « … »": the source of the attribution before it.
  bool continuation = false;
  // "そのうえで、「…」と強調した。": a CJK cue with a quote and no subject
  // written (ZeroSubjectCjk). The source is that of an attribution in the
  // sentence before (or earlier in its own), if there is one; else none.
  bool zero_subject = false;
  // "Об этом заявил …", "Das sagte …", "Así lo afirmó …": a phrase of list
  // back-reference-openers opening the sentence before the cue (the
  // phrase starts at the sentence's first token). The source follows the
  // cue and what was said is the sentence before (or its quote).
  bool back_reference = false;
  // "When asked whether …", "Asked by Starnes if …": a question put to
  // someone. Its source is the asker when named ("by Starnes"), else none,
  // and the attribution stands without one (PolNeAR marks cue and content).
  bool question_passive = false;
  // "It is widely believed that …": an impersonal "it" before a passive cue
  // stands for nobody, so the claim has no source (level T0).
  bool expletive = false;
  // "Lee is due to speak but is not expected to meet the governor": a cue in
  // the passive coordinated with an earlier verb. It has no source and its
  // subject is the first verb's; the content is what follows the cue.
  bool coordinated_passive = false;
  // "“…,” adding, “…”": a participle cue right after a quote whose comma is
  // written inside its closing mark. It reports what follows it; the quote
  // before it is the earlier cue's.
  bool participle_after_quote = false;
  // A participle cue's sentence subject, for when no earlier cue of the
  // sentence has a source to lend ("The departments declined …, saying").
  // Boxed: few cues have one, and a Mention in place made every entry of
  // pending_ (one per cue) 136 bytes larger.
  std::unique_ptr<Mention> sentence_subject;
  // The source's words when they were written for an earlier cue of the
  // sentence and this one took its source ("Ruiz said …, adding that …":
  // PolNeAR gives "adding" the source span "Ruiz" too).
  std::optional<Span> shared_source_span;
  // The source's words as shown when they are wider than the mention that
  // was resolved: a coordination ("Mr. Peck and Mr. Mahaney said") shows
  // both conjuncts; the source is the one next to the cue.
  std::optional<Span> shown_source_span;
  // "The plan was announced on Monday", "Lee is expected to win": a cue in
  // the passive. Its subject, tokens [passive_first, passive_end), is what
  // was said, the first part of the content; the source is the agent after
  // "by", if written. passive_end 0: none.
  uint32_t passive_first = 0, passive_end = 0;
};

// pending_ holds one per cue (an article of 200,000 quotes has 200,000):
// keep rare and large parts out of line (sentence_subject).
static_assert(sizeof(PendingAttribution) <= 320, "PendingAttribution grew: box what few cues need");

class Attributor {
 public:
  Attributor(Analysis& a, AuditResult& r)
      : a_(a), r_(r), w_(a.work), pack_(*a.pack), head_suffixes_(pack_.List("head-suffixes")) {}

  void Run() {
    title_cased_.assign(a_.sentences.size(), -1);
    KeysAndBits(w_, a_.tokens, pack_, &keys_, &bits_, &spelling_);
    key_hashes_.assign(keys_.size(), kNoKeyHash);
    IndexSentences();
    BuildNameRegistry();
    FindCues();
    FindDashAttributions();
    FindQuoteTailCues();
    FindColonAttributions();
    FindPollAttributions();
    DropAnonymityPhraseCues();
    DropModifierParticipleCues();
    DropNamingCuesOutsidePassive();
    // Per sentence, the last token of its earliest-ending cue (SIZE_MAX: none).
    first_cue_end_.assign(a_.sentences.size(), SIZE_MAX);
    for (const auto& p : pending_) {
      auto& e = first_cue_end_[static_cast<size_t>(p.cue.sentence)];
      e = std::min(e, p.cue.last);
    }
    cue_starts_.assign(a_.tokens.size(), false);
    for (const auto& p : pending_) cue_starts_[p.cue.first] = true;
    last_outside_.assign(a_.tokens.size(), SIZE_MAX);
    for (size_t i = 0; i < a_.tokens.size(); ++i) {
      last_outside_[i] = !a_.tokens[i].in_quote ? i : (i > 0 ? last_outside_[i - 1] : SIZE_MAX);
    }
    in_cue_.assign(a_.tokens.size(), false);
    cue_ends_.assign(a_.tokens.size(), false);
    for (const auto& p : pending_) {
      for (size_t t = p.cue.first; t <= p.cue.last; ++t) in_cue_[t] = true;
      cue_ends_[p.cue.last] = true;
    }
    {
      // A dropped document cue ("a radio show") is no earlier cue for a
      // later one in its sentence to take its source from.
      // Cues by sentence and end; cursor: a sentence's earliest-ending cue not dropped.
      std::vector<size_t> by_end(pending_.size());
      for (size_t i = 0; i < by_end.size(); ++i) by_end[i] = i;
      std::sort(by_end.begin(), by_end.end(), [this](size_t x, size_t y) {
        return std::pair(pending_[x].cue.sentence, pending_[x].cue.last) <
               std::pair(pending_[y].cue.sentence, pending_[y].cue.last);
      });
      std::vector<size_t> cursor(a_.sentences.size(), SIZE_MAX);
      for (size_t r = by_end.size(); r-- > 0;) cursor[static_cast<size_t>(pending_[by_end[r]].cue.sentence)] = r;
      std::vector<bool> dropped(pending_.size(), false);
      for (size_t i = 0; i < pending_.size(); ++i) {
        auto& p = pending_[i];
        FindSource(p);
        ClipSourceAtParticle(p);
        TrimOpeningComplementizer(p);
        DropClauseSource(p);
        ThingSubjectOfDocumentCue(p);
        RelativeThingSubject(p);
        if (!KeepDocumentCue(p) && !DropRefusalCue(p)) continue;
        dropped[i] = true;
        const auto sent = static_cast<size_t>(p.cue.sentence);
        size_t& r = cursor[sent];
        while (r < by_end.size() && pending_[by_end[r]].cue.sentence == p.cue.sentence && dropped[by_end[r]]) ++r;
        const bool more = r < by_end.size() && pending_[by_end[r]].cue.sentence == p.cue.sentence;
        first_cue_end_[sent] = more ? pending_[by_end[r]].cue.last : SIZE_MAX;
      }
    }
    // Cues whose subject holds a relative clause ("others who want to ban
    // it said"): the relative clause's content ends before them.
    relative_subject_cue_.assign(a_.tokens.size(), false);
    for (const auto& p : pending_) {
      if (!p.mention || p.mention->type == MentionType::kPronoun) continue;
      for (size_t t = TokenStartingAt(p.mention->span.begin); t < p.cue.first && a_.tokens[t].span.end <= p.mention->span.end; ++t) {
        if (In(kRelativeOpeners, t) && !LowIs(t, "that")) relative_subject_cue_[p.cue.first] = true;
      }
    }
    for (auto& p : pending_) ExtendNamePremodifiers(p);
    for (auto& p : pending_) ExtendNameParenthesis(p);
    for (auto& p : pending_) ExtendAppositionRight(p);
    for (auto& p : pending_) ShowCoordinatedSource(p);
    for (auto& p : pending_) ExtendCueGroup(p);
    for (auto& p : pending_) TrimAnonymityClause(p);
    for (auto& p : pending_) TrimCueRelativeClause(p);
    // 据 X 透露: two cues around one source make one attribution.
    {
      std::set<std::pair<size_t, size_t>> taken;
      for (auto& p : pending_) {
        if (p.mention && !taken.insert({p.mention->span.begin, p.mention->span.end}).second) p.mention.reset();
      }
    }
    DropCuesInNamedSources();
    DropNestedBeliefs();
    DropSourcesEndingInSubordinator();
    DropReducedPassives();
    DropCuesReportingNothing();
    // Resolve mentions into sources, in text order.
    std::sort(pending_.begin(), pending_.end(), [](const PendingAttribution& x, const PendingAttribution& y) {
      return x.cue.first < y.cue.first;
    });
    // "Two officials who said …": the relative pronoun is the source as
    // written (PolNeAR), and stands for the noun phrase right before it,
    // which is the source resolved; with no such phrase it is read as a
    // pronoun ("Ann Lee, who" after a name).
    std::vector<bool> predicate_who(pending_.size(), false);
    for (size_t pi = 0; pi < pending_.size(); ++pi) {
      auto& p = pending_[pi];
      if (!p.mention || p.mention->type != MentionType::kPronoun || p.mention->head != "who") continue;
      const int s = p.cue.sentence;
      size_t j = TokenStartingAt(p.mention->span.begin);
      if (j <= SentFirst(s)) continue;
      --j;
      if (IsComma(j)) {
        if (j == SentFirst(s)) continue;
        --j;
      }
      if (!IsWord(j) || a_.tokens[j].in_quote) continue;
      auto antecedent = ParseLeftOnce(j, s);
      if (antecedent) {
        if (auto named = NameAfterRoleComplement(*antecedent)) antecedent = named;
      }
      if (!antecedent || antecedent->type == MentionType::kPronoun || antecedent->span.end != a_.tokens[j].span.end) {
        continue;
      }
      // "The ads cast Mayor Ruiz as a reckless operative who will say
      // anything": a phrase after "as" describes someone named before; it
      // is nobody who speaks, and its relative clause reports nothing
      // (PolNeAR marks no cue there). It had made an anonymous source.
      if (const size_t ab = TokenStartingAt(antecedent->span.begin);
          antecedent->type == MentionType::kDescription && ab > SentFirst(s) && LowIs(ab - 1, "as") &&
          !a_.tokens[ab - 1].in_quote) {
        predicate_who[pi] = true;
        continue;
      }
      // "Anselm Okafor, a labour economist at the university, who has
      // advised": after an apposition, the name it describes.
      if (antecedent->type == MentionType::kDescription && IsComma(j + 1)) {
        auto wide = ParseLeftOnce(j + 1, s);
        if (wide && wide->type == MentionType::kName && wide->span.begin < antecedent->span.begin) {
          antecedent = wide;
        }
      } else if (const size_t ab = TokenStartingAt(antecedent->span.begin);
                 antecedent->type == MentionType::kDescription && !antecedent->plural && ab >= SentFirst(s) + 2 &&
                 IsComma(ab - 1) && In(kDeterminers, ab) && IsWord(ab - 2) && !a_.tokens[ab - 2].in_quote) {
        // "Allan Lichtman, a professor of history at American University
        // who has predicted …": a relative clause inside the apposition of
        // a name is about the person named, not an unnamed one (fixa36).
        // (A person: no place, and not after a preposition that opens the
        // sentence, "In Tarn, a pollster who advises the mayor said".)
        auto name = ParseLeftOnce(ab - 2, s);
        const size_t nb = name ? TokenStartingAt(name->span.begin) : 0;
        if (name && name->type == MentionType::kName && name->span.end == a_.tokens[ab - 2].span.end &&
            !Place(name->name.empty() ? w_.substr(name->span.begin, name->span.size()) : name->name) &&
            (nb != SentFirst(s) + 1 || !IsWord(nb - 1) || !PrepositionAt(nb - 1))) {
          antecedent = name;
        }
      }
      p.shown_source_span = p.mention->span;
      p.mention = antecedent;
    }
    ErasePending(predicate_who);
    pending_by_sentence_.assign(a_.sentences.size(), {});
    for (size_t i = 0; i < pending_.size(); ++i) {
      pending_by_sentence_[static_cast<size_t>(pending_[i].cue.sentence)].push_back(i);
    }
    for (size_t i = 0; i < pending_.size(); ++i) {
      // The asker of a question ("Asked by Matt Lauer whether …, she said")
      // is no antecedent for the pronoun of the answer.
      // Nor is a pronoun's referent in a belief ("…, who asked not to be
      // named because she feared retaliation, said"): only speech moves the
      // last person cited.
      note_persons_ = !pending_[i].question_passive &&
                      !(pending_[i].cue.entry->tone == CueTone::kNonSpeech && pending_[i].mention &&
                        pending_[i].mention->type == MentionType::kPronoun);
      Resolve(i);
    }
    note_persons_ = true;
    AssignQuotes();
    FindCitedSources();
    FindCjkAnonymitySubjects();
    FindAnonymitySubjects();
    JointSourceRoles();
    Emit();
  }

  // "Senators", "Sens.": a title or role noun in the plural (lists
  // plural-heads, titles, role-nouns), the title of several people.
  // ("Presidential candidates", "Professors": the last word decides.)
  bool PluralTitle(const std::string& role) const {
    if (role.empty()) return false;
    const size_t sp = role.rfind(' ');
    const std::string key = Key(std::string_view(role).substr(sp == std::string::npos ? 0 : sp + 1));
    if (key == "sens." || key == "reps.") return true;
    if (key.size() < 4 || key.back() != 's') return false;
    const std::string one = key.substr(0, key.size() - 1);
    return InWord(kTitles, one) || InWord(kRoleNouns, one) || (InWord(kPluralHeads, key) && InWord(kPersonHeads, one));
  }

  // "Labour Minister Tobias Rennick and union president Delia Marchetti
  // said": a joint source is as transparent as its least transparent
  // member (design §4). When every member is named with a role, the joint
  // source keeps their roles (one "role" line each, the role field
  // joining them with "; ", as a role may hold "and") and is T5; when one
  // has none, or is unnamed ("and others"), it stays T4.
  // Read once every mention is resolved (and before Emit renumbers the
  // sources), so that a role the text gives a member elsewhere ("Ruiz and
  // Hale said …  Hale, the harbour master,") counts, and no coreference by
  // role sees the joint source's roles. "Senators Rubio and Cruz": a
  // plural title before the first name is every member's role.
  void JointSourceRoles() {
    for (const auto& [joint, members] : joint_members_) {
      Source& js = r_.sources[static_cast<size_t>(joint)];
      if (js.kind != SourceKind::kNamed || !js.role.empty() || members.size() < 2) continue;
      std::vector<std::string> roles;
      for (const auto& [name, conjunct_role] : members) {
        std::string role = conjunct_role;
        if (const auto known = by_key_.find("P:" + name); !name.empty() && known != by_key_.end() && known->second != joint) {
          const Source& ms = r_.sources[static_cast<size_t>(known->second)];
          if (ms.kind == SourceKind::kNamed && !ms.role.empty()) role = ms.role;
        }
        // (A member who speaks nowhere alone: the title the article writes
        // before the name, "Councillor Ana Ruiz and Mayor Tom Hale met".)
        if (role.empty() && !name.empty()) CanonicalName(name, w_.size(), &role);
        if (role.empty() && !roles.empty() && roles.size() == 1 && PluralTitle(roles.front())) role = roles.front();
        // "Sens. Johnny Isakson of Georgia and John Boozman of Arkansas": a
        // later member's role that is only a place qualifier ("of Arkansas")
        // takes the plural title that opens the first member's ("Sens. of
        // Georgia").
        if (!roles.empty() && (role.rfind("of ", 0) == 0 || role.rfind("from ", 0) == 0)) {
          const std::string& lead = roles.front();
          const std::string title = lead.substr(0, lead.find(' '));
          if (title != lead && PluralTitle(title)) role = title + " " + role;
        }
        // ("Former Secretary of": a title cut at "and" is no role.)
        if (const size_t sp = role.rfind(' '); sp != std::string::npos && InWord(kFunctionWords, Key(std::string_view(role).substr(sp + 1)))) {
          role.clear();
        }
        if (role.empty() || StateNotRole(role) ||
            std::all_of(role.begin(), role.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
          roles.clear();
          break;
        }
        roles.push_back(role);
      }
      if (roles.empty()) continue;
      std::string joined;
      for (size_t k = 0; k < roles.size(); ++k) {
        if (std::find(roles.begin(), roles.begin() + static_cast<std::ptrdiff_t>(k), roles[k]) !=
            roles.begin() + static_cast<std::ptrdiff_t>(k)) {
          continue;  // "both councillors" given to each: one role
        }
        if (std::find(js.roles.begin(), js.roles.end(), roles[k]) == js.roles.end()) js.roles.push_back(roles[k]);
        joined += (joined.empty() ? "" : "; ") + roles[k];
      }
      js.role = joined;
    }
  }

 private:
  // ---------------------------------------------------------------- tokens
  // "He said he'll support the nominee, but he doesn't want to be involved":
  // a belief or intention inside what another attribution of the sentence
  // reports is part of that content, not an attribution of its own (PolNeAR
  // never marks a cue inside another attribution's content). Speech cues
  // inside a content stay: "said officials told him" names a source.
  // Removes the pending attributions marked in `drop` (one flag per entry),
  // keeping the others in order.
  void ErasePending(const std::vector<bool>& drop) {
    size_t out = 0;
    for (size_t i = 0; i < pending_.size(); ++i) {
      if (drop[i]) continue;
      if (out != i) pending_[out] = std::move(pending_[i]);
      ++out;
    }
    pending_.erase(pending_.begin() + static_cast<std::ptrdiff_t>(out), pending_.end());
  }

  // "The association held onto most of its territory while adding
  // Democratic strongholds": a participle right after a subordinator ("while
  // adding", "when charging") is no cue of the phrase before the
  // subordinator, which then ended in "while" and became a source ("most of
  // its territory while"). Nobody is reported there (PolNeAR marks no cue),
  // so the attribution is dropped.
  void DropSourcesEndingInSubordinator() {
    if (subordinators_.empty()) return;
    std::vector<bool> drop(pending_.size(), false);
    bool any = false;
    for (size_t i = 0; i < pending_.size(); ++i) {
      const PendingAttribution& p = pending_[i];
      if (!p.mention || p.mention->span.size() == 0 || p.cue.group_first == 0) continue;
      const size_t last = p.cue.group_first - 1;
      if (a_.tokens[last].in_quote || !IsWord(last) || !Has(subordinators_, last)) continue;
      if (a_.tokens[last].span.end != p.mention->span.end) continue;
      drop[i] = any = true;
    }
    if (any) ErasePending(drop);
  }

  // "candidates backed by super PACs", "a plan opposed by Israel", "polling
  // reported by CNN": a past participle with no auxiliary, right after a
  // noun phrase and before "by" and its agent, is a passive that modifies
  // the phrase. The phrase is no source (it is what is backed, reported,
  // opposed), yet it had become one. PolNeAR rarely marks these (once in
  // about ten on the tuning part, and then with the agent as the source),
  // so the attribution is dropped. "responded by saying" (a means, "by"
  // before "-ing"), "was backed by" (an auxiliary in the cue) and a state
  // ("officials worried by the rise") stay.
  void DropReducedPassives() {
    std::vector<bool> drop(pending_.size(), false);
    bool any = false;
    for (size_t i = 0; i < pending_.size(); ++i) {
      const PendingAttribution& p = pending_[i];
      if (!p.mention || p.mention->span.size() == 0 || p.cue.first == 0) continue;
      if (p.cue.group_first != p.cue.first || p.cue.first != p.cue.last) continue;
      const size_t k = p.cue.first;
      const std::string& w = Low(k);
      if (w.size() < 5 || w.compare(w.size() - 2, 2, "ed") != 0) continue;
      // "German authorities worried by the rise in hate speech": a
      // participle of a state (list cue-states) is the phrase's own state,
      // and the phrase is its holder.
      if (Has(cue_states_, k)) continue;
      if (a_.tokens[k].in_quote || a_.tokens[k - 1].span.end != p.mention->span.end) continue;
      if (!IsWord(k - 1) || p.mention->type == MentionType::kPronoun) continue;
      const int s = p.cue.sentence;
      if (k + 2 >= SentEnd(s) || !LowIs(k + 1, "by") || !IsWord(k + 2)) continue;
      const std::string& agent = Low(k + 2);
      if (agent.size() > 4 && agent.compare(agent.size() - 3, 3, "ing") == 0) continue;
      drop[i] = any = true;
    }
    if (any) ErasePending(drop);
  }

  void DropNestedBeliefs() {
    std::vector<std::vector<size_t>> by_sentence(a_.sentences.size());
    for (size_t i = 0; i < pending_.size(); ++i) by_sentence[static_cast<size_t>(pending_[i].cue.sentence)].push_back(i);
    std::vector<bool> drop(pending_.size(), false);
    bool any = false;
    for (size_t si = 0; si < by_sentence.size(); ++si) {
      const auto& group = by_sentence[si];
      if (group.size() < 2) continue;
      // A reported clause is read to its sentence's end: in a "sentence" of
      // more than 300 tokens (no prose has one; hostile or broken text
      // does) the reading would cost the square of its length.
      if (SentEnd(static_cast<int>(si)) - SentFirst(static_cast<int>(si)) > 300) continue;
      const bool has_quote = SentenceHasQuote(static_cast<int>(si));
      for (size_t gi = 0; gi < group.size(); ++gi) {
        const size_t pi = group[gi];
        const PendingAttribution& p = pending_[pi];
        // A cue of speech inside another's reported clause ("officials in
        // Beijing say the US hasn't outlined …") too, in a sentence with no
        // quote (where a quote's cue may stand after the content it ends).
        if (p.cue.entry->tone != CueTone::kNonSpeech && has_quote) continue;
        const Span cue{a_.tokens[p.cue.group_first].span.begin, a_.tokens[p.cue.report_last].span.end};
        // The cues before it in the sentence, nearest first; at most eight,
        // so that a sentence of thousands of cues stays linear.
        size_t looked = 0;
        for (size_t gq = group.size(); gq-- > 0 && looked < 8;) {
          const size_t qi = group[gq];
          if (qi == pi || drop[qi]) continue;
          const PendingAttribution& q = pending_[qi];
          if (q.cue.last >= p.cue.first) continue;
          ++looked;
          // "Hawkins and others who want to ban it said …": a cue in a
          // relative clause reports no clause the sentence's main verb is in.
          if (q.mention && q.mention->type == MentionType::kPronoun &&
              In(kRelativeOpeners, TokenStartingAt(q.mention->span.begin)) &&
              TokenStartingAt(q.mention->span.begin) > SentFirst(static_cast<int>(si))) {
            continue;
          }
          auto content = IndirectContent(q);
          if (!content) continue;
          // "told a rally that the union had asked for talks, and that her
          // members wanted …": a second reported clause of the same verb
          // (", and that") holds the cue too; "her members" had been an
          // anonymous source.
          const bool second_clause = p.mention && content->end <= p.mention->span.begin &&
                                     SecondReportedClause(content->end, p.mention->span.begin);
          if (!second_clause && (content->begin > cue.begin || cue.end > content->end)) continue;
          // A speech cue after a comma between the two ("…, and a Lismeri
          // negotiator who attended the meeting said …") may begin a clause
          // of its own that the reported clause ran into.
          if (p.cue.entry->tone != CueTone::kNonSpeech) {
            bool comma = false;
            for (size_t t = q.cue.last + 1; t < p.cue.first && !comma; ++t) comma = IsComma(t);
            if (comma) continue;
          }
          drop[pi] = any = true;
          break;
        }
      }
    }
    if (!any) return;
    ErasePending(drop);
  }

  // "said Rick Wilson, a strategist who once worked for Bush and has
  // advised a super PAC": a cue inside a named source's mention (its
  // apposition, which PolNeAR marks as part of the source) describes that
  // person; it is no attribution of its own, whose source would be the
  // apposition cut off before the verb.
  // Only a name after its cue, whose apposition runs on: a relative
  // pronoun's own cue ("who said", "who has endorsed") keeps its
  // attribution, as PolNeAR marks it; so does a cue whose source the parse
  // found elsewhere.
  //
  // So is a participle that modifies the head of another cue's source of any
  // kind ("according to a budget presentation posted on its website", "The
  // head of the PAC backing Bush, Mike Murphy, praised"): its own source
  // starts inside that source, where the other cue's parse put it, and it
  // reports nothing of its own.
  void DropCuesInNamedSources() {
    std::vector<Span> named, any_source;
    for (const auto& p : pending_) {
      if (!p.mention || p.mention->type == MentionType::kPronoun || p.mention->span.size() == 0) continue;
      const Span cue{a_.tokens[p.cue.first].span.begin, a_.tokens[p.cue.last].span.end};
      if (cue.begin < p.mention->span.end && p.mention->span.begin < cue.end) continue;
      if (p.mention->type == MentionType::kName && cue.end <= p.mention->span.begin) named.push_back(p.mention->span);
      any_source.push_back(p.mention->span);
    }
    // The participle modifying a noun inside another cue's source (the word
    // before it a head noun: no relative pronoun, auxiliary, copula or
    // pronoun, which make a clause of its own). English: "-ing" and "-ed".
    auto modifier_in_source = [&](const PendingAttribution& p) {
      if (a_.language != "en" || !p.mention || p.mention->type == MentionType::kPronoun) return false;
      const size_t c = p.cue.first;
      if (c == 0 || c <= SentFirst(p.cue.sentence) || !IsWord(c) || Cap(c) || a_.tokens[c].in_quote) return false;
      const std::string& w = Low(c);
      if (!Participle(c) && !(w.size() > 4 && w.ends_with("ed"))) return false;
      const size_t h = c - 1;
      if (!IsWord(h) || a_.tokens[h].in_quote || In(kPronouns, h) || In(kCopulas, h) || In(kCueAuxiliaries, h) ||
          In(kRelativeOpeners, h) || In(kFunctionWords, h)) {
        return false;
      }
      // ("Lewandowski, the Post reported, citing", "May, a judge sided with
      // the Democrats, saying": a past form whose subject opens right after a
      // comma is a clause of its own that the other source ran over.)
      const size_t mb = TokenStartingAt(p.mention->span.begin);
      if (!Participle(c) && mb > 0 && IsComma(mb - 1)) return false;
      const Span cue{a_.tokens[c].span.begin, a_.tokens[p.cue.last].span.end};
      for (const Span& o : any_source) {
        if (o.begin <= p.mention->span.begin && p.mention->span.begin < o.end && o.begin <= cue.begin &&
            cue.end <= o.end && !(o.begin == p.mention->span.begin && o.end == p.mention->span.end)) {
          return true;
        }
      }
      return false;
    };
    pending_.erase(std::remove_if(pending_.begin(), pending_.end(), modifier_in_source), pending_.end());
    if (named.empty()) return;
    std::sort(named.begin(), named.end(), [](const Span& x, const Span& y) { return x.begin < y.begin; });
    std::vector<size_t> reach(named.size());  // the furthest end of spans 0..k
    for (size_t k = 0; k < named.size(); ++k) reach[k] = std::max(named[k].end, k ? reach[k - 1] : 0);
    auto inside = [&](const PendingAttribution& p) {
      if (!p.mention || p.mention->type == MentionType::kPronoun) return false;
      const Span cue{a_.tokens[p.cue.first].span.begin, a_.tokens[p.cue.last].span.end};
      auto it = std::upper_bound(named.begin(), named.end(), cue.begin,
                                 [](size_t b, const Span& x) { return b <= x.begin; });
      if (it == named.begin()) return false;
      const size_t last = static_cast<size_t>(it - named.begin()) - 1;
      if (reach[last] < cue.end) return false;
      // The source must begin inside a name's mention that holds the cue.
      for (size_t k = last + 1; k-- > 0;) {
        if (named[k].end >= cue.end && named[k].begin < p.mention->span.begin &&
            p.mention->span.begin < named[k].end) {
          return true;
        }
        if (k + 8 < last) break;  // a few spans back is enough
      }
      return false;
    };
    pending_.erase(std::remove_if(pending_.begin(), pending_.end(), inside), pending_.end());
  }

  // "One pastor supporting the senator said", "A notice posted on the
  // site said": a participle right after the head noun of a phrase that
  // opens its clause modifies that noun; when a finite cue follows in the
  // same clause, the phrase with its participle is that cue's subject
  // (PolNeAR marks the whole phrase as the source) and the participle is no
  // cue. Not after a comma ("…, saying"), a pronoun ("He, posting …") or a
  // form of "be", nor when a verb ("was", "has") or a quote stands between;
  // commas between may only close an apposition right before the finite
  // cue ("One pastor supporting the senator, Ann Lee of Elm Church, said").
  // `starts`: whether a cue starts at each token.
  bool ModifierParticipleCue(const PendingAttribution& p, const PendingAttribution& finite,
                             const std::vector<bool>& starts) const {
    const int s = p.cue.sentence;
    const size_t first = SentFirst(s);
    const size_t c = p.cue.first;
    if (finite.cue.sentence != s || finite.cue.first <= p.cue.last + 1 || finite.cue.first > p.cue.last + 25) return false;
    if (c < first + 1 || !IsWord(c) || Cap(c) || a_.tokens[c].in_quote) return false;
    const bool ing = Participle(c);
    const bool past = Has(modifier_participles_, c) && c + 1 < SentEnd(s) &&
                      (PrepositionAt(c + 1) || In(kTimeWords, c + 1));
    if (!ing && !past) return false;
    // The finite cue: no participle, not in a quote.
    const size_t f = finite.cue.first;
    if (!IsWord(f) || a_.tokens[f].in_quote || Participle(f)) return false;
    // The noun before the participle heads a phrase that opens the clause.
    const size_t h = c - 1;
    if (!IsWord(h) || a_.tokens[h].in_quote || !IsHead(h) || In(kPronouns, h) || In(kCopulas, h) ||
        In(kCueAuxiliaries, h)) {
      return false;
    }
    size_t b = h;
    for (int guard = 0; guard < 8 && b > first; ++guard) {
      const size_t t = b - 1;
      if (!IsWord(t) || a_.tokens[t].in_quote) break;
      if (In(kClauseOpeners, t) || In(kVerbCoordinators, t) || In(kComplementizers, t) || Has(subordinators_, t)) break;
      if (In(kDeterminers, t) || In(kModifiers, t) || In(kNumbers, t) || IsPlainModifier(t) || IsHead(t) ||
          (Cap(t) && !SentenceInitialFunction(t)) || EndsWithPossessive(Tok(t))) {
        b = t;
        continue;
      }
      return false;
    }
    // ("People posted reminders of how the slurs echoed …": after a bare
    // noun, a verb in -ed is as likely the clause's own verb.)
    if (past && !In(kDeterminers, b)) return false;
    if (b > first && IsWord(b - 1) && !a_.tokens[b - 1].in_quote && !In(kClauseOpeners, b - 1) &&
        !In(kVerbCoordinators, b - 1) && !In(kComplementizers, b - 1) && !Has(subordinators_, b - 1)) {
      return false;
    }
    // Between the participle cue and the finite one: no verb, quote, clause
    // punctuation or cue; commas only to close an apposition before the cue.
    size_t commas = 0;
    bool last_comma = false;
    for (size_t t = p.cue.last + 1; t < f; ++t) {
      last_comma = IsComma(t);
      if (last_comma) {
        ++commas;
        continue;
      }
      if (a_.tokens[t].in_quote || Tok(t) == ";" || Tok(t) == ":" || IsDash(t)) return false;
      if (In(kCopulas, t) || In(kCueAuxiliaries, t) || In(kPronounsSubject, t)) return false;
      if (starts[t]) return false;
    }
    if (commas > 2 || (commas > 0 && !last_comma)) return false;
    return true;
  }

  // "the contests known as Super Tuesday", "a town seen as a bellwether",
  // "Trump, who is seen as …": a naming cue (list naming-cues) outside the
  // passive (NamingPassive) is no cue. Dropped before sources and contents
  // are read, so it cuts neither a source's relative clause nor a content.
  void DropNamingCuesOutsidePassive() {
    if (naming_cues_.empty()) return;
    std::vector<bool> drop(pending_.size(), false);
    bool any = false;
    for (size_t i = 0; i < pending_.size(); ++i) {
      const CueHit& c = pending_[i].cue;
      if (NamingCue(c) && NamingPassive(c) == SIZE_MAX) drop[i] = any = true;
    }
    if (any) ErasePending(drop);
  }

  void DropModifierParticipleCues() {
    std::vector<std::vector<size_t>> by_sentence(a_.sentences.size());
    for (size_t i = 0; i < pending_.size(); ++i) by_sentence[static_cast<size_t>(pending_[i].cue.sentence)].push_back(i);
    std::vector<bool> drop(pending_.size(), false);
    std::vector<bool> starts(a_.tokens.size(), false);
    for (const auto& p : pending_) starts[p.cue.first] = true;
    bool any = false;
    for (auto& cues : by_sentence) {
      if (cues.size() < 2) continue;
      std::sort(cues.begin(), cues.end(),
                [this](size_t x, size_t y) { return pending_[x].cue.first < pending_[y].cue.first; });
      // Each cue against the cues starting at most 25 tokens after it.
      for (size_t i = 0; i < cues.size(); ++i) {
        const PendingAttribution& p = pending_[cues[i]];
        for (size_t k = i + 1; k < cues.size() && pending_[cues[k]].cue.first <= p.cue.last + 25; ++k) {
          if (ModifierParticipleCue(p, pending_[cues[k]], starts)) {
            drop[cues[i]] = true;
            any = true;
            break;
          }
        }
      }
    }
    if (!any) return;
    ErasePending(drop);
  }

  // "一位不愿透露姓名的官员说", "…, said one aide who asked not to be named
  // because he feared retaliation": a cue inside a phrase that asks for
  // anonymity or gives its reason (phrase rules request, reason,
  // boilerplate-reason) reports nothing of the source's when its sentence
  // has a cue outside every such phrase; it had taken the source ("一位不愿",
  // a named source) or the content. A phrase's verb that is its sentence's
  // only cue stays ("関係者は匿名で語った").
  void DropAnonymityPhraseCues() {
    std::vector<bool> inside(pending_.size(), false);
    std::vector<bool> outside(a_.sentences.size(), false);
    // A sentence's only cue is never dropped (no other cue is outside the
    // phrases): its sentence need not be screened for them here.
    std::vector<uint8_t> cues_in(a_.sentences.size(), 0);
    for (const auto& p : pending_) {
      auto& n = cues_in[static_cast<size_t>(p.cue.sentence)];
      n = static_cast<uint8_t>(std::min(n + 1, 2));
    }
    bool any = false;
    for (size_t i = 0; i < pending_.size(); ++i) {
      const PendingAttribution& p = pending_[i];
      const size_t at = a_.tokens[p.cue.first].span.begin;
      if (cues_in[static_cast<size_t>(p.cue.sentence)] < 2) continue;
      for (const Span& h : AnonymityPhrases(p.cue.sentence)) inside[i] = inside[i] || (at >= h.begin && at < h.end);
      if (!inside[i]) outside[static_cast<size_t>(p.cue.sentence)] = true;
      any = any || inside[i];
    }
    if (!any) return;
    std::vector<bool> drop(pending_.size(), false);
    for (size_t i = 0; i < pending_.size(); ++i) {
      drop[i] = inside[i] && outside[static_cast<size_t>(pending_[i].cue.sentence)];
    }
    ErasePending(drop);
  }

  // "They spoke on condition of anonymity because the investigation is
  // continuing.": a cue word with a source but nothing it reports (no
  // clause after it, none before its source, no quote in its sentence) is
  // no attribution; "the investigation" had been a document source.
  void DropCuesReportingNothing() {
    std::vector<Span> parts;
    auto nothing = [&](const PendingAttribution& p) {
      if (!p.mention || p.passive_end > 0 || p.cue.entry == nullptr || p.cue.entry->source_follows) return false;
      // Only a document or an organisation (a person's "…, she said." may
      // report the paragraph before or after) whose cue ends its sentence.
      if (p.mention->type != MentionType::kDocument && p.mention->type != MentionType::kOrganization) return false;
      size_t after = p.cue.last + 1;
      while (after < SentEnd(p.cue.sentence) && !IsWord(after) && !a_.tokens[after].in_quote &&
             Tok(after) != ":") {
        ++after;
      }
      if (after < SentEnd(p.cue.sentence)) return false;
      if (ParagraphHasQuote(p.cue.sentence) || IndirectContent(p)) return false;
      parts.clear();
      return !ParentheticalContent(p, &parts);
    };
    pending_.erase(std::remove_if(pending_.begin(), pending_.end(), nothing), pending_.end());
  }

  // Whether the paragraph (block) of sentence `s` holds a quote.
  bool ParagraphHasQuote(int s) const {
    const int block = a_.sentences[static_cast<size_t>(s)].block;
    int first = s, last = s;
    while (first > 0 && a_.sentences[static_cast<size_t>(first - 1)].block == block) --first;
    while (static_cast<size_t>(last + 1) < a_.sentences.size() && a_.sentences[static_cast<size_t>(last + 1)].block == block) ++last;
    for (int k = first; k <= last; ++k) {
      if (SentenceHasQuote(k)) return true;
    }
    return false;
  }

  bool SentenceHasQuote(int s) const {
    for (size_t k = SentFirst(s); k < SentEnd(s); ++k) {
      if (a_.tokens[k].in_quote) return true;
    }
    return false;
  }

  std::string_view Tok(size_t i) const {
    const Token& t = a_.tokens[i];
    return std::string_view(w_.data() + t.span.begin, t.span.size());
  }
  // The token's key (lower case, apostrophes unified), computed once per token.
  const std::string& Low(size_t i) const { return keys_[i]; }
  // Low(i) == w, compared as views: the sizes first, inline (std::string's
  // operator== with a C string calls compare(), which measures the literal).
  bool LowIs(size_t i, std::string_view w) const { return std::string_view(keys_[i]) == w; }
  bool In(ListId list, size_t i) const { return (bits_[i] >> list) & 1; }
  // The list bits of `word`; a word that is one of keys_ (Low(i)) has them
  // at hand, anything else is looked up.
  uint64_t BitsOf(const std::string& word) const {
    const std::less<const std::string*> before;
    if (!keys_.empty() && !before(&word, keys_.data()) && before(&word, keys_.data() + keys_.size())) {
      return bits_[static_cast<size_t>(&word - keys_.data())];
    }
    return pack_.ListBits(word);
  }
  bool InWord(ListId list, const std::string& word) const { return (BitsOf(word) >> list) & 1; }
  // Whether Low(i) without a possessive ending is in `list`.
  bool StrippedIn(ListId list, size_t i) const {
    // Both possessive endings end in "s": any other key is its own.
    if (Low(i).empty() || Low(i).back() != 's') return (bits_[i] >> list) & 1;
    std::string_view stripped = WithoutPossessive(Low(i));
    return ((stripped.size() == Low(i).size() ? bits_[i] : pack_.ListBits(stripped)) >> list) & 1;
  }
  bool InWord(ListId list, std::string_view word) const { return (pack_.ListBits(word) >> list) & 1; }
  // The list bits of Key(text), the key made in a reused buffer.
  uint64_t KeyBits(std::string_view text) const {
    KeyInto(text, &scratch_key_);
    return pack_.ListBits(scratch_key_);
  }
  // The lists only a few rare constructions read (named members below).
  // Asked of some forty sets for the same tokens: the key's hash is
  // computed once per spelling (KeyHash) and handed to each set.
  bool Has(const WordSet& set, size_t i) const {
    return !set.empty() && set.find(HashedKey{Low(i), KeyHash(i)}) != set.end();
  }
  // StringHash{}(Low(i)), computed the first time it is asked for a
  // spelling of the article (a key whose hash is kNoKeyHash is hashed at
  // every call, with the same answer).
  size_t KeyHash(size_t i) const {
    size_t& h = key_hashes_[spelling_[i]];
    if (h == kNoKeyHash) h = StringHash{}(std::string_view(Low(i)));
    return h;
  }
  bool HasWord(const WordSet& set, std::string_view w) const { return set.find(w) != set.end(); }
  // Whether "Low(k) Low(k + 1)" is an entry of list stance-noun-cues ("support
  // for", "decision on"). Asked for nearly every pair of words, so the pair
  // is spelled out (in a reused buffer) and looked up only when Low(k + 1)
  // is what some entry has after one of its spaces.
  bool StanceNounCueAt(size_t k) const {
    if (stance_noun_cues_.empty()) return false;
    if (!stance_noun_tails_ready_) {
      for (const std::string& entry : stance_noun_cues_) {
        for (size_t sp = entry.find(' '); sp != std::string::npos; sp = entry.find(' ', sp + 1)) {
          const std::string_view tail = std::string_view(entry).substr(sp + 1);
          if (std::find(stance_noun_tails_.begin(), stance_noun_tails_.end(), tail) == stance_noun_tails_.end()) {
            stance_noun_tails_.push_back(tail);
          }
          if (tail.size() >= 64) stance_noun_long_tail_ = true;
          else stance_noun_tail_lengths_ |= uint64_t{1} << tail.size();
          if (!tail.empty()) stance_noun_tail_firsts_[static_cast<unsigned char>(tail[0])] = true;
        }
      }
      stance_noun_tails_ready_ = true;
    }
    const std::string& next = Low(k + 1);
    // Most words are no tail: their length or first byte rules them out.
    const size_t n = next.size();
    const bool length_fits = n < 64 ? ((stance_noun_tail_lengths_ >> n) & 1) != 0 : stance_noun_long_tail_;
    if (!length_fits || (n > 0 && !stance_noun_tail_firsts_[static_cast<unsigned char>(next[0])])) return false;
    if (std::find(stance_noun_tails_.begin(), stance_noun_tails_.end(), std::string_view(next)) ==
        stance_noun_tails_.end()) {
      return false;
    }
    scratch_pair_.assign(Low(k));
    scratch_pair_ += ' ';
    scratch_pair_ += next;
    return HasWord(stance_noun_cues_, scratch_pair_);
  }
  bool IsPunct(size_t i, std::string_view p) const {
    return a_.tokens[i].type == TokenType::kPunct && Tok(i) == p;
  }
  bool IsComma(size_t i) const {
    // The token's type first: most tokens asked about are words.
    if (a_.tokens[i].type != TokenType::kPunct) return false;
    const std::string_view t = Tok(i);
    return t == "," || t == "\xEF\xBC\x8C" || t == "\xE3\x80\x81";
  }
  bool IsWord(size_t i) const { return a_.tokens[i].type != TokenType::kPunct; }
  // The period closing an abbreviation of a title ("Mr.", "Sen."; list
  // abbreviations-title), written right after it.
  bool AbbreviationPeriod(size_t i) const {
    return i > 0 && Tok(i) == "." && IsWord(i - 1) && a_.tokens[i - 1].span.end == a_.tokens[i].span.begin &&
           In(kAbbreviationsTitle, i - 1);
  }
  // A word in capitals of two letters or more ("NATO", "МИД").
  bool IsAcronym(size_t i) const {
    std::string_view t = Tok(i);
    int32_t k = 0, letters = 0;
    while (k < static_cast<int32_t>(t.size())) {
      UChar32 c;
      U8_NEXT(t.data(), k, static_cast<int32_t>(t.size()), c);
      if (c < 0 || !u_isupper(c)) return false;
      ++letters;
    }
    return letters >= 2;
  }
  // A dash between words: "—", "–", "--", or a hyphen-minus standing alone
  // between spaces as typed for a dash (Russian wire copy: "\"…\", - заявила").
  bool IsDash(size_t i) const {
    if (a_.tokens[i].type != TokenType::kPunct) return false;
    std::string_view t = Tok(i);
    if (t == "\xE2\x80\x94" || t == "\xE2\x80\x93" || t == "--") return true;
    const Span sp = a_.tokens[i].span;
    return t == "-" && sp.begin > 0 && sp.end < w_.size() && w_[sp.begin - 1] == ' ' && w_[sp.end] == ' ';
  }
  bool Cap(size_t i) const { return a_.tokens[i].capitalized; }
  // "dell’Interno", "all'Ambiente", "l’Estuaire": capitalized only for the
  // word after an elided article or preposition (Segment), which no
  // person's name opens with.
  bool ElidedCapital(size_t i) const {
    const std::string_view t = Tok(i);
    return Cap(i) && !t.empty() && t[0] >= 'a' && t[0] <= 'z';
  }
  // "all’Ansa", "all'Ansa": a word capitalized after an elided preposition
  // of list addressee-prepositions ("all'"), the addressee of a cue.
  bool ElidedAddressee(size_t i) const {
    if (!ElidedCapital(i) || addressee_prepositions_.empty()) return false;
    const std::string_view t = Tok(i);
    size_t apos = t.find('\'');
    size_t len = 1;
    const size_t curly = t.find("\xE2\x80\x99");
    if (curly != std::string_view::npos && (apos == std::string_view::npos || curly < apos)) {
      apos = curly;
      len = 3;
    }
    if (apos == std::string_view::npos || apos == 0) return false;
    return addressee_prepositions_.count(Key(t.substr(0, apos + len))) > 0;
  }
  size_t SentFirst(int s) const { return sent_first_[static_cast<size_t>(s)]; }
  size_t SentEnd(int s) const { return sent_end_[static_cast<size_t>(s)]; }  // exclusive
  bool SentenceInitial(size_t i) const { return i == SentFirst(a_.tokens[i].sentence); }

  // Whether the word at `k` is a name the article's registry holds, or,
  // with a possessive ending, a word of one ("Sanders's" when "Bernie
  // Sanders" is registered).
  bool RegisteredNameAt(size_t k) const {
    const std::string_view word = Tok(k);
    if (registry_names_.count(std::string(word))) return true;
    const std::string_view bare = WithoutPossessive(word);
    return bare.size() < word.size() && names_with_token_.find(bare) != names_with_token_.end();
  }

  // Whether the word at `k` is written capitalized somewhere in the article
  // other than at a sentence's start or after an opening mark: names are,
  // "Instead" and "Speaking" are not.
  bool CapitalizedInside(size_t k) const {
    if (!capitalized_inside_built_) {
      capitalized_inside_built_ = true;
      capitalized_inside_.assign(a_.tokens.size(), false);
      for (size_t i = 1; i < a_.tokens.size(); ++i) {
        if (!IsWord(i) || !Cap(i) || SentenceInitial(i)) continue;
        // After a quote mark, colon, dash or bracket a capital proves
        // nothing; after an initial's or a title's period inside the
        // sentence ("James C. Cacheris", "Mr. Cacheris") it does.
        if (!IsWord(i - 1) && !IsComma(i - 1) && !IsPunct(i - 1, ".")) continue;
        capitalized_inside_[spelling_[i]] = true;
      }
    }
    return capitalized_inside_[spelling_[k]];
  }


  // Whether word `k` has an apostrophe with a lower-case letter after it
  // ("Don’t", "It's", "l’ambassadrice"), unlike a name's ("O’Brien").
  bool ContractionAt(size_t k) const {
    const std::string_view t = Tok(k);
    for (size_t p = 0; p < t.size(); ++p) {
      size_t len = 0;
      if (t[p] == '\'') len = 1;
      else if (t.compare(p, 3, "\xE2\x80\x99") == 0) len = 3;
      if (len == 0) continue;
      if (p + len >= t.size()) return true;  // "Jones’" (a possessive)
      int32_t at = static_cast<int32_t>(p + len);
      UChar32 next;
      U8_NEXT(t.data(), at, static_cast<int32_t>(t.size()), next);
      if (next < 0 || !(u_isupper(next) || u_istitle(next))) return true;
      p += len - 1;
    }
    return false;
  }

  // Whether the sentence's first word `k`, a capitalized word named
  // nowhere else in the article, stands straight before a cue verb in the
  // past as its subject: "Smith said the plan failed", "Okafor told
  // reporters". A word ending in "s" may be a plural common noun
  // ("Economists said"), and one before a verb in the present may be a
  // thing ("Research says"): neither counts. Function words and adverbs
  // never do ("Instead,").
  bool LoneSubjectOfCue(size_t k) const {
    size_t v = k + 1;
    // "Воронина также сообщила": adverbs of list cue-insertions between
    // the surname and its verb.
    while (v < a_.tokens.size() && v < k + 3 && a_.tokens[v].sentence == a_.tokens[k].sentence && IsWord(v) &&
           !Cap(v) && !a_.tokens[v].in_quote && Has(cue_insertions_, v)) {
      ++v;
    }
    if (v >= a_.tokens.size() || a_.tokens[v].sentence != a_.tokens[k].sentence) return false;
    if (!IsWord(k) || !IsWord(v) || Cap(v) || a_.tokens[k].in_quote || a_.tokens[v].in_quote) return false;
    const std::string& low = Low(k);
    if (InWord(kDeterminers, low) || InWord(kFunctionWords, low) || InWord(kTimeWords, low) ||
        InWord(kCueAdverbs, low) || InWord(kClauseOpeners, low) || InWord(kRelativeOpeners, low) ||
        InWord(kModifiers, low) || InWord(kPronouns, low) || InWord(kStandaloneSources, low) ||
        InWord(kQuantityHedges, low) || InWord(kNumbers, low) || pack_.cue_index.count(low) != 0) {
      return false;
    }
    // Adverbs, gerunds and participles ("Eagerly", "Having", "Asked"), and
    // contractions ("Don’t", "It’s": a lower-case letter after the
    // apostrophe), are no surnames; "O’Brien" and "D’Alema" are.
    auto ends_with = [&low](std::string_view tail) {
      return low.size() > tail.size() + 2 && low.compare(low.size() - tail.size(), tail.size(), tail) == 0;
    };
    if (ends_with("ly") || ends_with("ing") || ends_with("ed") || ContractionAt(k)) return false;
    const std::string& verb = Low(v);
    const bool cue_verb = pack_.cue_index.count(verb) != 0 && !In(kDocumentCues, v);
    if (!cue_verb && !In(kCueAuxiliaries, v)) return false;
    // A verb in the present ("says", "suggests") as often has a thing for
    // its subject ("Research says"); a past one rarely does. (An English
    // plural in -s has no "a", "i", "u" or "y" before it: "Thomas",
    // "Francois", "Marcus", "Gladys" are names.)
    const char before_s = low.size() > 3 ? low[low.size() - 2] : 's';
    const bool may_be_plural = low.size() > 3 && low.back() == 's' && before_s != 's' && before_s != 'a' &&
                               before_s != 'i' && before_s != 'u' && before_s != 'y';
    return !may_be_plural && !verb.empty() && verb.back() != 's';
  }
  // A headline written in title case ("Ana Ruiz Isn't Too Impressed By
  // The Plan"): its capitals are the style's, not names'.
  // The headline: a block of its own (one sentence) that is a headline
  // block or the article's first, with every word of four letters or more
  // capitalized, three at least. (A first paragraph of running text, or
  // a sentence full of titles and names, is no such line.)
  bool TitleCaseHeadline(int s) const {
    if (title_case_headline_.empty()) title_case_headline_.assign(a_.sentences.size(), -1);
    auto& cached = title_case_headline_[static_cast<size_t>(s)];
    if (cached < 0) cached = ComputeTitleCaseHeadline(s) ? 1 : 0;
    return cached == 1;
  }
  bool ComputeTitleCaseHeadline(int s) const {
    const int b = a_.sentences[static_cast<size_t>(s)].block;
    const Block& blk = a_.blocks[static_cast<size_t>(b)];
    if (!(blk.kind == BlockKind::kHeadline || HeadlineSentence(s))) return false;
    if ((s > 0 && a_.sentences[static_cast<size_t>(s - 1)].block == b) ||
        (static_cast<size_t>(s) + 1 < a_.sentences.size() && a_.sentences[static_cast<size_t>(s + 1)].block == b)) {
      return false;
    }
    size_t long_words = 0;
    for (size_t k = SentFirst(s); k < SentEnd(s); ++k) {
      if (!IsWord(k)) continue;
      // "Senator Maria Gonzalez met Governor Paul Whitman on Friday.": title
      // case leaves only articles, prepositions, conjunctions (and at times a
      // copula) in lower case; a short verb there makes it running text whose
      // capitals are names and titles.
      // (Not a word that opens with no letter: "’s" of "Obama’s", "39PM".)
      const unsigned char c0 = static_cast<unsigned char>(Tok(k).front());
      const bool letter = (c0 >= 'a' && c0 <= 'z') || (c0 >= 0x80 && !Tok(k).starts_with("\xE2\x80\x99"));
      if (!Cap(k) && letter && !In(kFunctionWords, k) && !In(kDeterminers, k) && !In(kCopulas, k)) return false;
      if (CountCodePoints(Tok(k)) < 4) continue;
      // ("Pence Calls for Special Prosecutor after Report Reveals …": a
      // long preposition, list function-words, stays in lower case in title
      // case too; fixb36.)
      if (!Cap(k) && In(kFunctionWords, k)) continue;
      if (!Cap(k)) return false;
      ++long_words;
    }
    return long_words >= 3;
  }

  // Whether the word at `k` is written capitalized in a sentence that is
  // not a title-case headline, other than at a sentence's start or after an
  // opening mark (as CapitalizedInside).
  bool CapitalizedInBody(size_t k) const {
    if (!capitalized_in_body_built_) {
      capitalized_in_body_built_ = true;
      capitalized_in_body_.assign(a_.tokens.size(), false);
      for (size_t i = 1; i < a_.tokens.size(); ++i) {
        if (!IsWord(i) || !Cap(i) || SentenceInitial(i)) continue;
        if (!IsWord(i - 1) && !IsComma(i - 1) && !IsPunct(i - 1, ".")) continue;
        if (TitleCaseHeadline(a_.tokens[i].sentence)) continue;
        capitalized_in_body_[spelling_[i]] = true;
      }
    }
    return capitalized_in_body_[spelling_[k]];
  }

  void IndexSentences() {
    sent_first_.assign(a_.sentences.size(), 0);
    sent_end_.assign(a_.sentences.size(), 0);
    // A sentence is seen once its end is set (at least 1).
    for (size_t i = 0; i < a_.tokens.size(); ++i) {
      size_t s = static_cast<size_t>(a_.tokens[i].sentence);
      if (sent_end_[s] == 0) sent_first_[s] = i;
      sent_end_[s] = i + 1;
    }
    for (size_t s = 0; s < a_.sentences.size(); ++s) {
      if (sent_end_[s] == 0) sent_first_[s] = sent_end_[s] = s > 0 ? sent_end_[s - 1] : 0;
    }
  }

  // ---------------------------------------------------------- name registry
  // Every capitalized run in the article, split into title and name, so that
  // "Xi" and "Trump" can be expanded to "Xi Jinping" and "Donald Trump".
  struct RegisteredName {
    std::vector<std::string> tokens;  // name tokens as written
    std::string name;
    std::string role;
    size_t position;
    bool organization = false;
  };

  // "По словам губернатора области Олега Смирнова": a man's name of two
  // words after a cue that governs the genitive (list genitive-name-cues),
  // with only lower-case words (a role) between, is registered in the
  // nominative, "Олег Смирнов", so that "Смирнов сказал" later is the same
  // person (fixb35). Only a given name in -а/-я and a surname in
  // -ова/-ева/-ина/-ского/-цкого.
  void NominativeAfterGenitiveCue(size_t i, RegisteredName* n) const {
    const auto& cues = pack_.List("genitive-name-cues");
    if (cues.empty() || i < 2) return;
    const int s = a_.tokens[i].sentence;
    size_t k = i;
    while (k > SentFirst(s) && i - k < 6 && IsWord(k - 1) && !Cap(k - 1) && !a_.tokens[k - 1].in_quote) --k;
    bool after_cue = false;
    for (const auto& cue : cues) {
      const size_t sp = cue.find(' ');
      if (sp == std::string::npos) continue;
      // The cue's two words end at k or one word later (the role's first word).
      for (size_t e = k; e <= k + 1 && e < i && !after_cue; ++e) {
        if (e >= SentFirst(s) + 2 && Low(e - 2) == std::string_view(cue).substr(0, sp) &&
            Low(e - 1) == std::string_view(cue).substr(sp + 1)) {
          after_cue = true;
        }
      }
      if (after_cue) break;
    }
    if (!after_cue) return;
    auto ends = [](const std::string& w, std::string_view e) {
      return w.size() > e.size() + 2 && std::string_view(w).substr(w.size() - e.size()) == e;
    };
    std::string given = n->tokens[0], surname = n->tokens[1];
    if (ends(given, "а")) {
      given.resize(given.size() - std::string_view("а").size());
    } else if (ends(given, "я")) {
      // "Андрея" -> "Андрей" after a vowel, "Игоря" -> "Игорь" after a consonant.
      given.resize(given.size() - std::string_view("я").size());
      static constexpr std::string_view kVowels[] = {"а", "е", "и", "о", "у", "э", "ю", "я", "ы", "ё"};
      const std::string_view last = std::string_view(given).substr(given.size() - 2);  // (two bytes a letter)
      const bool vowel = std::find(std::begin(kVowels), std::end(kVowels), last) != std::end(kVowels);
      given += vowel ? "й" : "ь";
    } else {
      return;
    }
    if (ends(surname, "ова") || ends(surname, "ева") || ends(surname, "ина")) {
      surname.resize(surname.size() - std::string_view("а").size());
    } else if (ends(surname, "ского") || ends(surname, "цкого")) {
      surname.resize(surname.size() - std::string_view("ого").size());
      surname += "ий";
    } else {
      return;
    }
    n->tokens = {given, surname};
    n->name = given + " " + surname;
  }

  // A lower-case word inside a name ("Center for Strategy", "Ursula von der Leyen").
  bool IsNameConnector(size_t i) const { return !Cap(i) && In(kNameConnectors, i); }
  // "Bruno Le Maire", "Ursula Von Der Leyen": a connector written with a
  // capital inside a name, before the next capitalized word; a title after
  // it ("Maire") is then the surname, no title.
  bool SurnameParticle(size_t i) const {
    return i + 1 < a_.tokens.size() && IsWord(i) && Cap(i) && In(kNameConnectors, i) && IsWord(i + 1) &&
           Cap(i + 1) && a_.tokens[i + 1].sentence == a_.tokens[i].sentence;
  }
  // "(il ministro degli) Affari Esteri Antonio Tajani", "(il presidente
  // della) Regione Lombardia Attilio Fontana": in a capitalized run [first,
  // end) after a role's preposition, where the person's name begins: at the
  // first word after `first` that list given-names holds with a word after
  // it, else at first + 1 (one word names the body: "del Pd Elly Schlein").
  size_t ComplementNameStart(size_t first, size_t end) const {
    for (size_t k = first + 1; k + 2 <= end; ++k) {
      if (GenderIn(pack_.given_gender, Low(k))) return k;
    }
    return first + 1;
  }

  // The period of a title abbreviation written before a name ("Mr. O'Brien",
  // "Sen. Tammy Baldwin"): the tokenizer makes it a token of its own, but it
  // is inside the name's run.
  bool TitlePeriod(size_t k) const {
    return k > 0 && k + 1 < a_.tokens.size() && IsPunct(k, ".") && IsWord(k - 1) && Cap(k - 1) &&
           In(kAbbreviationsTitle, k - 1) && a_.tokens[k - 1].span.end == a_.tokens[k].span.begin &&
           IsWord(k + 1) && Cap(k + 1) && a_.tokens[k + 1].sentence == a_.tokens[k].sentence;
  }

  // The period of a middle initial ("Joseph R. Biden"): glued to a single
  // capital letter that follows a capitalized word, a capitalized word after it.
  // Whether token `i` is a capital initial, or initials joined by periods
  // ("J", "J.J", "T.J").
  bool InitialsAt(size_t i) const {
    std::string_view t = Tok(i);
    if (t.size() == 1) return true;
    if (t.empty() || t.size() % 2 == 0) return false;
    for (size_t c = 0; c < t.size(); ++c) {
      if (c % 2 == 0 ? !(t[c] >= 'A' && t[c] <= 'Z') : t[c] != '.') return false;
    }
    return true;
  }

  bool InitialPeriod(size_t k) const {
    return k > 1 && k + 1 < a_.tokens.size() && IsPunct(k, ".") && IsWord(k - 1) && InitialsAt(k - 1) &&
           Cap(k - 1) && a_.tokens[k - 1].span.end == a_.tokens[k].span.begin && IsWord(k - 2) && Cap(k - 2) &&
           IsWord(k + 1) && Cap(k + 1) && a_.tokens[k + 1].sentence == a_.tokens[k].sentence;
  }

  // The period of a first initial that opens a run at `i` ("C. Stewart
  // Verdon Jr."): glued to a single capital letter, a capitalized word
  // after it in the same sentence.
  bool LeadingInitialPeriod(size_t k, size_t i) const {
    return k == i + 1 && k + 1 < a_.tokens.size() && IsPunct(k, ".") && IsWord(i) && InitialsAt(i) && Cap(i) &&
           a_.tokens[i].span.end == a_.tokens[k].span.begin && IsWord(k + 1) && Cap(k + 1) &&
           a_.tokens[k + 1].sentence == a_.tokens[k].sentence;
  }

  // "Supporters of Ben Hart", "Members of Congress": a noun of unnamed
  // people (list person-heads or anonymous-heads) at `b`, capitalized only
  // because it opens the sentence, before a name connector that also opens
  // a postmodifier ("of"). The run after the connector is the name.
  bool PeopleNounBeforeConnector(size_t b) const {
    return b + 2 < a_.tokens.size() && IsWord(b) && SentenceInitial(b) && !CapitalizedInside(b) &&
           IsNameConnector(b + 1) && In(kPostmodifierOpeners, b + 1) &&
           (In(kPersonHeads, b) || In(kAnonymousHeads, b)) && !In(kOrganizationHeads, b);
  }

  // "Much of Clinton’s time …", "Some of Ruiz’s aides …": a sentence's
  // first word that the article capitalizes nowhere else, then a
  // lower-case connector ("of"), opens a phrase of which the name after
  // the connector is the complement; the first word is no part of a name
  // (fixa31). A run naming an organisation ("Bank of America") keeps it.
  bool ShareBeforeConnector(size_t b, size_t end) const {
    return b + 2 < end && IsWord(b) && SentenceInitial(b) && !CapitalizedInside(b) && IsNameConnector(b + 1) &&
           !Cap(b + 1) && In(kPostmodifierOpeners, b + 1) && !In(kTitles, b) && !In(kHonorifics, b) &&
           !SplitName(b, end).organization;
  }

  // A capitalized run [i, …) split as `n` (a person's name so far, no
  // title) that follows a lower-case "the" (English): "the Islamic State",
  // "the Affordable Care Act". A name written so is no person's.
  bool ArticleBeforeRun(size_t i, const RegisteredName& n) const {
    if (a_.language != "en" || i == 0 || !n.role.empty() || n.tokens.size() < 2) return false;
    if (a_.tokens[i - 1].sentence != a_.tokens[i].sentence || !IsWord(i - 1) || Cap(i - 1)) return false;
    return Low(i - 1) == "the";
  }

  // The role a sentence gives the person's name [i, j) outside any
  // attribution, for the source whichever mention of it speaks (fixa31): in
  // English, an apposition of a determiner and at most eight words with a
  // role noun or title among them, closed by a comma or the sentence's end
  // ("Ana Ruiz, the finance minister, arrived": "the finance minister"); in
  // every language, a lower-case role noun or title right before the name,
  // with one word before it after a determiner, a comma or the sentence's
  // start ("Union president Ana Ruiz", "the finance minister Ana Ruiz", "La
  // ministre Claire Dubois était furieuse", "l’ambassadrice Marie Roux").
  // Empty when there is none.
  std::string RoleAroundRun(size_t i, size_t j, size_t s) const {
    const bool english = a_.language == "en";
    const size_t sf = SentFirst(static_cast<int>(s)), se = SentEnd(static_cast<int>(s));
    if (english && j + 2 < se && IsComma(j) && !a_.tokens[j].in_quote && IsWord(j + 1) && !Cap(j + 1) &&
        In(kDeterminers, j + 1)) {
      size_t c = j + 2;
      bool role = false;
      while (c < se && c < j + 11 && IsWord(c) && !a_.tokens[c].in_quote && !In(kCopulas, c) &&
             !In(kRelativeOpeners, c)) {
        if (!Cap(c) && (In(kRoleNouns, c) || In(kTitles, c))) role = true;
        ++c;
      }
      // ("The warning came from Ana Ruiz, an economist: “…”": a colon
      // before a quote closes it too, with no cue inside; fixb36.)
      bool colon = c + 1 < se && IsPunct(c, ":") && !a_.tokens[c].in_quote && a_.tokens[c + 1].in_quote;
      for (size_t t = j + 2; colon && t < c; ++t) colon = !CueStartsAt(t);
      const bool closed =
          c < se && !a_.tokens[c].in_quote && (IsComma(c) || colon || (c + 1 == se && IsPunct(c, ".")));
      if (role && closed && c > j + 2) return Text(j + 1, c - 1);
    }
    // (A modifier alone, "former" or "senior" before a name the run took
    // its title into, is no role.)
    if (i > sf && IsWord(i - 1) && !Cap(i - 1) && !a_.tokens[i - 1].in_quote &&
        (In(kRoleNouns, i - 1) || In(kTitles, i - 1)) && !In(kModifiers, i - 1)) {
      // ("Former secretary of state", "Republican pollster": modifiers,
      // role words, capitalized words and an "of" between role words.)
      size_t b = i - 1;
      for (int words = 0; words < 4 && b > sf; ++words) {
        const size_t k = b - 1;
        if (!IsWord(k) || a_.tokens[k].in_quote || In(kDeterminers, k) || In(kPronouns, k)) break;
        const bool role_word = In(kModifiers, k) || In(kRoleNouns, k) || In(kTitles, k);
        const bool of = LowIs(k, "of") && k > sf && IsWord(k - 1) && (In(kRoleNouns, k - 1) || In(kTitles, k - 1));
        if (!role_word && !of && !(Cap(k) && !In(kFunctionWords, k))) break;
        b = k;
      }
      // One word in no list right after a determiner, a comma or the
      // sentence's start ("Union president", "the finance minister").
      if (b > sf && IsWord(b - 1) && !a_.tokens[b - 1].in_quote && !In(kDeterminers, b - 1) &&
          !In(kFunctionWords, b - 1) && !PrepositionAt(b - 1) &&
          (b - 1 == sf || IsComma(b - 2) || (IsWord(b - 2) && In(kDeterminers, b - 2)))) {
        --b;
      }
      return Text(b, i - 1);
    }
    return {};
  }

  // Whether token `k` is a slash glued to capitalized words on both sides
  // ("a CNN/ORC poll", "Reuters/Ipsos").
  bool SlashCompoundAt(size_t k) const {
    if (k == 0 || k + 1 >= a_.tokens.size() || !IsPunct(k, "/") || a_.tokens[k].in_quote) return false;
    return IsWord(k - 1) && Cap(k - 1) && IsWord(k + 1) && Cap(k + 1) && !a_.tokens[k - 1].in_quote &&
           !a_.tokens[k + 1].in_quote && a_.tokens[k - 1].span.end == a_.tokens[k].span.begin &&
           a_.tokens[k].span.end == a_.tokens[k + 1].span.begin;
  }

  // A run of capitalized tokens starting at `i` (inclusive) going right.
  size_t CapRunEnd(size_t i, size_t end) const {
    size_t j = i;
    while (j < end && !a_.tokens[j].in_quote) {
      if (j > i && j + 1 < end && (TitlePeriod(j) || InitialPeriod(j) || LeadingInitialPeriod(j, i))) {
        ++j;
        continue;
      }
      // "CNN/ORC", "Times/Bloomberg": a slash with no space between two
      // capitalized words joins them.
      if (j > i && j + 1 < end && SlashCompoundAt(j)) {
        ++j;
        continue;
      }
      if (!IsWord(j)) break;
      if (Cap(j)) {
        if (j > i && ElidedAddressee(j)) break;  // "Piantedosi all’Ansa"
        ++j;
        continue;
      }
      if (IsNameConnector(j) && j + 1 < end && Cap(j + 1) && IsWord(j + 1)) {
        ++j;
        continue;
      }
      // "Ursula von der Leyen", "Juan de la Cruz": two lower-case name
      // connectors in a row inside a name (fixb32).
      if (j > i && IsNameConnector(j) && j + 2 < end && IsWord(j + 1) && IsNameConnector(j + 1) && IsWord(j + 2) &&
          Cap(j + 2) && !a_.tokens[j + 1].in_quote && !a_.tokens[j + 2].in_quote) {
        j += 2;
        continue;
      }
      break;
    }
    // "Ann “Bunny” Lee": a nickname in quote marks between two capitalized
    // words of the name is inside the run (fixb32); the name's tokens
    // leave it out (SplitName).
    if (j > i && j < end) {
      if (const size_t after = NicknameEnd(j, end); after > j) return CapRunEnd(after, end);
    }
    return j;
  }

  // Whether quote `q` is a nickname inside a person's capitalized run
  // (NicknameEnd).
  bool NicknameInRun(const QuoteSpan& q) const {
    const size_t open = TokenStartingAt(q.outer.begin);
    if (open == 0 || open >= a_.tokens.size()) return false;
    return NicknameEnd(open, SentEnd(a_.tokens[open].sentence)) > open;
  }

  // Where the nickname in quote marks opening at token `open` ends: the
  // token after its closing mark, when one to three capitalized words stand
  // in marks right after a capitalized word outside any quote, a space on
  // each side, and a capitalized word outside any quote follows in the same
  // sentence ("Ann “Bunny” Lee", "Mark "Oz" Geist"). `open` otherwise.
  size_t NicknameEnd(size_t open, size_t end) const {
    if (open == 0 || open + 3 >= end || IsWord(open) || !a_.tokens[open].in_quote) return open;
    const size_t before = open - 1;
    if (!IsWord(before) || !Cap(before) || a_.tokens[before].in_quote ||
        a_.tokens[before].span.end >= a_.tokens[open].span.begin) {
      return open;
    }
    size_t k = open + 1;
    while (k < end && k < open + 4 && IsWord(k) && Cap(k) && a_.tokens[k].in_quote) ++k;
    if (k == open + 1 || k + 1 >= end || IsWord(k) || !a_.tokens[k].in_quote) return open;
    const size_t after = k + 1;
    if (!IsWord(after) || !Cap(after) || a_.tokens[after].in_quote ||
        a_.tokens[k].span.end >= a_.tokens[after].span.begin ||
        a_.tokens[after].sentence != a_.tokens[before].sentence) {
      return open;
    }
    // Not in a headline's title case ("… Not To ‘Moan’ About Hillary
    // Clinton"), nor next to a function word or a preposition.
    for (const size_t t : {before, after}) {
      if (In(kFunctionWords, t) || In(kDeterminers, t) || PrepositionAt(t)) return open;
    }
    // Nor a programme's title after a possessive or before a date ("ABC’s
    // “Good Morning America” Tuesday").
    if (EndsWithPossessive(Tok(before)) || In(kTimeWords, after) || PartOfDate(after)) return open;
    if (TitleCaseHeadline(a_.tokens[before].sentence)) return open;
    return after;
  }

  // "Then-President", "Former-Senator": a title joined by a hyphen to a
  // cue adverb or a modifier before it; a role, not part of the name.
  bool HyphenatedTitle(size_t k) const {
    const std::string& low = Low(k);
    const size_t h = low.find('-');
    if (h == std::string::npos || h == 0 || h + 1 >= low.size()) return false;
    const std::string_view before = std::string_view(low).substr(0, h), after = std::string_view(low).substr(h + 1);
    if ((InWord(kCueAdverbs, before) || InWord(kModifiers, before)) && InWord(kTitles, after)) return true;
    // "Co-anchor Norah Fell", "Vice-chairman Jo Lee", "Co-founder Ann Ray":
    // a prefix of list title-prefixes before a title, role or person noun.
    return pack_.InList("title-prefixes", before) &&
           (InWord(kTitles, after) || InWord(kRoleNouns, after) || InWord(kPersonHeads, after));
  }

  // Whether token `k` is an organisation noun of list organization-heads or
  // a compound ending in one of at least five bytes, also with a genitive
  // -s or -es ("Privatsenders": "sender"; "Konzerns").
  bool OrganizationNounCompound(size_t k) const {
    const std::string& low = Low(k);
    for (const size_t cut : {size_t{0}, size_t{1}, size_t{2}}) {
      if (low.size() < cut + 5) break;
      if (cut == 1 && low.back() != 's') continue;
      if (cut == 2 && low.compare(low.size() - 2, 2, "es") != 0) continue;
      const std::string stem = low.substr(0, low.size() - cut);
      if (InWord(kOrganizationHeads, stem)) return true;
      for (size_t at = 3; at + 5 <= stem.size(); ++at) {
        if ((static_cast<unsigned char>(stem[at]) & 0xC0) == 0x80) continue;  // inside a character
        if (InWord(kOrganizationHeads, std::string_view(stem).substr(at))) return true;
      }
    }
    return false;
  }

  // Splits a capitalized run into role (leading titles, possessive places)
  // and name; decides whether it names an organisation.
  RegisteredName SplitName(size_t first, size_t end) const {
    RegisteredName n;
    n.position = a_.tokens[first].span.begin;
    size_t i = first;
    size_t role_begin = first, role_end = first;
    // Leading titles and possessives ("China’s Commerce Minister").
    while (i + 1 < end) {
      const std::string& low = Low(i);
      bool title = In(kTitles, i) || HyphenatedTitle(i) || In(kHonorifics, i) || StrippedIn(kHonorifics, i) ||
                   TitlePeriod(i) ||
                   (EndsWithPossessive(Tok(i)) && i + 2 < end) ||
                   (std::string_view(low) == "the" && i == first) || IsNameConnector(i) ||
                   // German capitalizes role nouns: "Grünen-Politikerin Anna
                   // Schmidt", "Konzernsprecher Jan Ott".
                   (nouns_capitalized_ && (InWord(kRoleNouns, HeadKey(i)) || InWord(kPersonHeads, HeadKey(i)))) ||
                   // "der Oppositionsführer Karl Braun": there an article
                   // before the run stands before a noun, never a name; a
                   // first word with a name of two words after it is a role.
                   (nouns_capitalized_ && i == first && end >= first + 3 && first > 0 && IsWord(first - 1) &&
                    !Cap(first - 1) && In(kDeterminers, first - 1) &&
                    a_.tokens[first - 1].sentence == a_.tokens[first].sentence);
      if (!title) break;
      ++i;
      role_end = i;
    }
    // A title after other capitalized words ("White House Press Secretary
    // Josh Earnest", "Senate Majority Leader Mitch McConnell", "Florida Sen.
    // Marco Rubio"): everything up to the last title is the role, the words
    // after it the name (none of them a title).
    // The name must look like one: it opens with a capitalized word, and
    // holds no acronym or organisation word ("House Majority PAC" stays whole).
    // A capitalized role noun there is a title too ("Police Chief Ann
    // Ruiz", "Fire Department Spokesman Tom Hale"), and so is a person noun
    // capitalized at the start of a sentence ("Pollster Ann Lee said").
    bool title_inside = false;
    for (size_t k = end - 1; k-- > i;) {
      const std::string& low = Low(k);
      if (InWord(kTitles, low) || TitlePeriod(k) || (Cap(k) && In(kRoleNouns, k)) ||
          (k == first && (k == 0 || a_.tokens[k - 1].sentence != a_.tokens[k].sentence) && Cap(k) &&
           In(kPersonHeads, k))) {
        bool name_like = Cap(k + 1) && !IsNameConnector(k + 1);
        for (size_t t = k + 1; t < end && name_like; ++t) {
          name_like = !IsAcronym(t) && !StrippedIn(kOrganizationHeads, t);
        }
        if (name_like) {
          title_inside = true;
          i = k + 1;
          role_end = i;
        }
        break;
      }
      // ("Senate Minority Leader Harry M. Reid": the period of a middle
      // initial is part of the name, no end of it.)
      if (k + 1 < end && (InWord(kTitles, Low(k + 1)) || (!IsWord(k + 1) && !InitialPeriod(k + 1)))) break;
    }
    // "МИД Ардании Ирина Сельдова": an acronym organisation and its
    // complement before a person's two-word name.
    // So is a place in the genitive after a lower-case complement of the
    // role ("Министр финансов России Алексей Громов"; list places).
    // In a language of genitive postmodifiers a lower-case role noun or
    // title before a run of three words takes the first as its complement
    // too, a place no list knows ("мэр Твери Ольга Белова"), unless the
    // second word is a patronymic ("министр Сергей Иванович Петров").
    const auto patronymic = [&](size_t k) {
      const std::string& low = Low(k);
      for (const char* part : {"\xD0\xB2\xD0\xB8\xD1\x87", "\xD0\xBE\xD0\xB2\xD0\xBD", "\xD0\xB5\xD0\xB2\xD0\xBD",
                               "\xD0\xB8\xD1\x87\xD0\xBD"}) {  // вич, овн, евн, ичн
        if (low.find(part) != std::string::npos) return true;
      }
      return false;
    };
    const bool lower_before = first > 0 && IsWord(first - 1) && !Cap(first - 1) && !a_.tokens[first - 1].in_quote &&
                              a_.tokens[first - 1].sentence == a_.tokens[first].sentence;
    const bool place_complement =
        lower_before && (In(kPlaces, first) || (genitive_postmodifiers_ && end == first + 3 && IsWord(first + 1) &&
                                                 !patronymic(first + 1) &&
                                                 (In(kRoleNouns, first - 1) || In(kTitles, first - 1))));
    // So after a capitalized role noun or title opening the run ("Мэр Твери
    // Ольга Белова сказала").
    const bool opening_role_complement = genitive_postmodifiers_ && i > first && end == i + 3 && IsWord(i + 1) &&
                                         !patronymic(i + 1) && (In(kRoleNouns, i - 1) || In(kTitles, i - 1));
    if (!title_inside && opening_role_complement) {
      bool name_like = IsWord(i) && !IsAcronym(i);
      for (size_t t = end - 2; t < end && name_like; ++t) {
        name_like = IsWord(t) && Cap(t) && !IsNameConnector(t) && !IsAcronym(t) &&
                    !StrippedIn(kOrganizationHeads, t) && !In(kPlaces, t);
      }
      if (name_like) {
        title_inside = true;
        i = end - 2;
        role_end = i;
      }
    }
    // "(il ministro) dell'Economia Giancarlo Giorgetti", "(le ministre de)
    // l’Économie Bruno Le Maire": a word capitalized after an elided article
    // or preposition opens no person's name; before a run of two or more
    // words it is the complement of a role.
    // So, outside English, is one capitalized word after a lower-case
    // role noun and an affiliation preposition ("(la segretaria) del Pd Elly
    // Schlein", "(el ministro) de Economía Carlos Cuerpo", "(der
    // Bundesminister) der Finanzen Christian Lindner"). The role is then
    // the words from the role noun.
    std::string lead_role;
    const auto role_word = [&](size_t k) {
      return IsWord(k) && !Cap(k) && !a_.tokens[k].in_quote &&
             (In(kRoleNouns, k) || In(kTitles, k) || InWord(kRoleNouns, HeadKey(k)));
    };
    const auto role_noun_before = [&](size_t k) {  // k: the token before the complement
      if (k < 1 || a_.tokens[k - 1].sentence != a_.tokens[first].sentence) return false;
      if (nouns_capitalized_) {
        return IsWord(k - 1) && !a_.tokens[k - 1].in_quote && InWord(kRoleNouns, HeadKey(k - 1));
      }
      return role_word(k - 1);
    };
    // With a given name further on, the body is all the words before it
    // ("(della) Regione Lombardia Attilio Fontana"; ComplementNameStart).
    const size_t name_start = end >= first + 3 ? ComplementNameStart(first, end) : first + 1;
    if (!title_inside && i == first && end >= first + 3 && first >= 2 && a_.language != "en" &&
        (ElidedCapital(first) || (lower_before && In(kAffiliationPrepositions, first - 1) &&
                                  role_noun_before(first - 1) && !In(kTitles, first) && !In(kRoleNouns, first) &&
                                  !In(kPlaces, name_start)))) {
      bool name_like = true;
      for (size_t t = first + 1; t < end && name_like; ++t) {
        name_like = IsWord(t) && (Cap(t) || (t > name_start && IsNameConnector(t))) && !ElidedCapital(t) &&
                    !IsAcronym(t) && !(t == name_start && IsNameConnector(t)) &&
                    !(t >= name_start && StrippedIn(kOrganizationHeads, t)) &&
                    !(In(kTitles, t) && !(t > name_start && SurnameParticle(t - 1)));
      }
      if (name_like) {
        title_inside = true;
        i = name_start;
        role_end = i;
        if (ElidedCapital(first) && role_word(first - 1)) {
          lead_role = Text(first - 1, name_start - 1);  // "ministro dell’Interno"
        } else if (In(kAffiliationPrepositions, first - 1) && role_noun_before(first - 1)) {
          lead_role = Text(first - 2, name_start - 1);  // "ministre de l’Intérieur", "segretaria del Pd"
        }
      }
    }
    if (!title_inside && i == first && ((end >= first + 3 && IsAcronym(first)) || (end == first + 3 && place_complement))) {
      bool name_like = true;
      for (size_t t = end - 2; t < end && name_like; ++t) {
        name_like = IsWord(t) && Cap(t) && !IsNameConnector(t) && !IsAcronym(t) &&
                    !StrippedIn(kOrganizationHeads, t) && !In(kPlaces, t);
      }
      if (name_like) {
        title_inside = true;
        i = end - 2;
        role_end = i;
      }
    }
    // Drop trailing connector words from the role ("of").
    for (size_t k = role_begin; k < role_end; ++k) {
      const std::string& low = Low(k);
      // A title's period glued to it stays ("Sen.", not "Sen").
      if (IsPunct(k, ".") && k > role_begin && !n.role.empty() && a_.tokens[k - 1].span.end == a_.tokens[k].span.begin &&
          IsWord(k - 1) && !InWord(kHonorifics, Low(k - 1))) {
        n.role += ".";
        continue;
      }
      if (InWord(kHonorifics, low) || low == "the" || !IsWord(k)) continue;
      if (!n.role.empty()) n.role += " ";
      n.role += Tok(k);
    }
    if (!lead_role.empty()) n.role = lead_role;
    n.tokens.reserve(end - i);
    for (size_t k = i; k < end; ++k) {
      // A nickname in marks inside the name is no part of it (fixb32).
      if (a_.tokens[k].in_quote && !a_.tokens[i].in_quote) continue;
      // A period glued to its word stays with it ("James B. Comey").
      if (IsPunct(k, ".") && !n.tokens.empty() && k > i && a_.tokens[k - 1].span.end == a_.tokens[k].span.begin) {
        n.tokens.back() += ".";
        continue;
      }
      n.tokens.emplace_back(Tok(k));
    }
    // Possessive at the end of a name is not part of the name (Trump’s).
    if (!n.tokens.empty()) n.tokens.back().resize(WithoutPossessive(n.tokens.back()).size());
    for (size_t k = 0; k < n.tokens.size(); ++k) {
      if (k) n.name += " ";
      n.name += n.tokens[k];
    }
    // Organisation: any token is an organisation head, or the whole is a
    // place. After a title inside the run only the name's own words count
    // ("White House Press Secretary Josh Earnest" is a person), and so after
    // leading titles that end in a role noun ("Police Chief Ann Ruiz":
    // "Police" is a title word and an organisation's).
    const bool role_before = i > first && In(kRoleNouns, i - 1);
    for (size_t k = title_inside || role_before ? i : first; k < end; ++k) {
      if (Cap(k) && StrippedIn(kOrganizationHeads, k)) n.organization = true;
    }
    // "des Privatsenders Kanal Neun", "der Konzern Globex": where every noun
    // is capitalized, a noun right before the name that is an organisation's
    // (or ends in one, in the genitive too) makes the name an organisation's,
    // not a person's with that noun for a role.
    if (nouns_capitalized_ && i > first && i < end && IsWord(i - 1) && OrganizationNounCompound(i - 1)) {
      n.organization = true;
      n.role.clear();
    }
    // "Mediengruppe Nordlicht", "Globex Holding": there a word of a name of
    // two words or more that is an organisation noun or a compound ending
    // in one names an organisation too (alone, "im Regionalmagazin", it is
    // a common noun).
    for (size_t k = i; nouns_capitalized_ && end >= i + 2 && k < end && !n.organization; ++k) {
      if (IsWord(k) && Cap(k) && OrganizationNounCompound(k)) n.organization = true;
    }
    // A state or region written in full ("New Hampshire", list
    // place-qualifiers) is a place as much as a country of `places` is:
    // never a person a pronoun could refer to.
    KeyInto(n.name, &split_name_key_);
    const std::string& name_key = split_name_key_;
    if ((pack_.ListBits(name_key) & (uint64_t{1} << kPlaces | uint64_t{1} << kOrganizations)) != 0 ||
        (n.tokens.size() >= 2 && place_qualifiers_.count(name_key) > 0)) {
      n.organization = true;
    }
    // "for the Harbor City Rovers", "The Kell Falcons lost": English writes
    // no article before a person's name, so a run of two or more words in
    // the plural after "the", with no title in it, names a team, a band or a
    // firm, not a person (a pronoun had taken the team for its antecedent).
    // Not before a head noun it modifies ("the Bernie Sanders campaign").
    // ("the Harbor City Rovers": "City" is a title word, "Rovers" no name.)
    if (!n.organization && !n.tokens.empty()) {
      const bool lead_article = LowIs(first, "the");
      const bool article = lead_article || (first > 0 && IsWord(first - 1) && LowIs(first - 1, "the") &&
                                            a_.tokens[first - 1].sentence == a_.tokens[first].sentence);
      size_t words = 0;
      bool personal = false;
      for (size_t k = lead_article ? first + 1 : first; k < end; ++k) {
        if (!IsWord(k)) continue;
        ++words;
        personal = personal || In(kRoleNouns, k) || In(kPersonHeads, k) || In(kHonorifics, k) ||
                   StrippedIn(kHonorifics, k) || TitlePeriod(k) || HyphenatedTitle(k) || IsNameConnector(k);
      }
      const std::string_view last = WithoutPossessive(Tok(end - 1));
      const bool plural = last.size() > 3 && last.back() == 's' && !EndsWithPossessive(Tok(end - 1)) && Cap(end - 1);
      const int s = a_.tokens[first].sentence;
      const bool modifies = end < SentEnd(s) && IsWord(end) && !Cap(end) && IsHead(end);
      if (article && words >= 2 && !personal && plural && !modifies) n.organization = true;
    }
    // "Sen. Bernie Sanders of Vermont": a person's name ends before "of";
    // the place after it goes with the role.
    if (!n.organization && n.tokens.size() >= 4) {
      for (size_t k = 2; k + 1 < n.tokens.size(); ++k) {
        if (n.tokens[k] != "of") continue;
        std::string place;
        for (size_t t = k; t < n.tokens.size(); ++t) place += (place.empty() ? "" : " ") + n.tokens[t];
        n.role += (n.role.empty() ? "" : " ") + place;
        n.tokens.resize(k);
        n.name.clear();
        for (size_t t = 0; t < n.tokens.size(); ++t) n.name += (t ? " " : "") + n.tokens[t];
        break;
      }
    }
    return n;
  }

  // One distinct registered name: where it is mentioned, its first role.
  struct DistinctName {
    const std::string* name = nullptr;                // registry_'s storage
    const std::vector<std::string>* tokens = nullptr;
    const std::string* role = nullptr;                // the first non-empty role given, if any
    size_t first = 0;                                 // index of its first entry in registry_
    std::vector<size_t> positions;                    // ascending
  };

  // An adverb or auxiliary of a cue's verb group ("also said", "has said").
  // Capitalized inside a sentence before a lower-case word it is a name
  // ("Theresa May said", "Huey Long said"; not in "Trump Will Say").
  bool VerbGroupWord(size_t k) const {
    if (SuffixAdverbAt(k) || InnerGroupWordAt(k)) return true;
    if (!In(kCueAdverbs, k) && !In(kCueAuxiliaries, k)) return false;
    return !Cap(k) || SentenceInitial(k) || k + 1 >= a_.tokens.size() || !IsWord(k + 1) || Cap(k + 1);
  }

  // A form of "be" between a subject and its verb: a copula that is also an
  // auxiliary ("is", "were", "been"). List copulas also holds the adverbs a
  // role clause drops with them ("who is also", "now"), which make no
  // passive: "The tenants also said" is active.
  bool BeFormAt(size_t t) const { return In(kCopulas, t) && In(kCueAuxiliaries, t); }

  // A word that belongs to a verb group only inside it, never opening it:
  // one of list auxiliary-adverbs after an auxiliary ("has since said";
  // elsewhere "since" opens a clause), one of list floating-quantifiers
  // after an auxiliary or after the subject's last word ("Lee and Bell both
  // said", "have all said"; opening the sentence, "Both said", or after a
  // determiner or "of", it is the subject). Lower-case, outside quotes.
  bool InnerGroupWordAt(size_t k) const {
    if (k == 0 || !IsWord(k) || Cap(k) || a_.tokens[k].in_quote || SentenceInitial(k)) return false;
    const bool auxiliary_before = IsWord(k - 1) && In(kCueAuxiliaries, k - 1);
    if (Has(auxiliary_adverbs_, k)) return auxiliary_before;
    if (!Has(floating_quantifiers_, k)) return false;
    if (auxiliary_before) return true;
    // (")": "Lee (D-Ohio) and Bell (R-Ind.) both said".)
    if (!IsWord(k - 1)) return Tok(k - 1) == ")";
    return !a_.tokens[k - 1].in_quote && !In(kDeterminers, k - 1) &&
           (!In(kFunctionWords, k - 1) || In(kPronouns, k - 1)) &&
           !In(kComplementizers, k - 1) && !In(kCueAdverbs, k - 1) && !LowIs(k - 1, "of");
  }

  // An adverb no list names, known by its ending (list adverb-suffixes:
  // "similarly", "publicly"), lower-case, outside quotes, after a word that
  // cannot be its noun's determiner or modifier, and itself no head noun
  // ("the family said", "the elderly say").
  bool SuffixAdverbAt(size_t k) const {
    if (adverb_suffixes_.empty() || !IsWord(k) || Cap(k) || a_.tokens[k].in_quote) return false;
    const std::string& w = Low(k);
    bool ending = false;
    for (const auto& suffix : adverb_suffixes_) {
      ending = ending || (w.size() > suffix.size() + 3 && w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0);
    }
    if (!ending || IsHead(k) || In(kKinHeads, k) || In(kTimeWords, k)) return false;
    return k == 0 || !IsWord(k - 1) || !(In(kDeterminers, k - 1) || In(kModifiers, k - 1));
  }

  // A sentence's first word that lists know as a cue adverb, a time word, a
  // time opener ("Last June") or a cue's first word: capitalized only
  // because it opens the sentence. A month is one only where it is a date
  // ("May 3 …", not "May Chen said"), and an auxiliary never ("Will Ortega
  // said": before a name it would open a question).
  bool SentenceOpenerOnly(size_t k) const {
    if (!(SentenceInitial(k) || AfterListMarker(k)) || !IsWord(k)) return false;
    if (Has(months_, k)) return DateWord(k);
    // "Had Sanders won, …", "Had I received …": an auxiliary that opens a
    // condition (list condition-inverters) is no first name.
    if (Has(condition_inverters_, k)) return true;
    // "Can Sanders take a punch?", "Will Ortega run?": in a sentence that
    // ends in a question mark the auxiliary opens the question.
    if (In(kCueAuxiliaries, k)) return QuestionSentence(a_.tokens[k].sentence);
    // ("Hope Hicks said": a cue word that is a given name before a surname
    // opens the name, GivenNameBeforeSurname.)
    return In(kCueAdverbs, k) || In(kTimeWords, k) || In(kTimeOpeners, k) ||
           (pack_.cue_index.count(Low(k)) > 0 && !GivenNameBeforeSurname(k, a_.tokens[k].sentence));
  }

  // Whether token `k` is the first word of its sentence after a list
  // marker: "5) Can Sanders take a punch?", "(b) The ministry said".
  bool AfterListMarker(size_t k) const {
    const size_t f = SentFirst(a_.tokens[k].sentence);
    if (k < f + 2 || k > f + 3) return false;
    size_t m = f;
    if (k == f + 3) {
      if (Tok(f) != "(") return false;
      m = f + 1;
    }
    if (m + 2 != k) return false;
    const bool label = a_.tokens[m].type == TokenType::kNumber ||
                       (Tok(m).size() == 1 && std::isalpha(static_cast<unsigned char>(Tok(m)[0])) != 0);
    return label && (Tok(m + 1) == ")" || (k == f + 2 && Tok(m + 1) == "."));
  }

  // Whether sentence `s` ends in a question mark (before closing quotes or
  // brackets).
  bool QuestionSentence(int s) const {
    for (size_t t = SentEnd(s); t > SentFirst(s);) {
      --t;
      if (IsWord(t)) return false;
      if (Tok(t) == "?") return true;
    }
    return false;
  }

  // Whether token `t` is a number in the sentence of token `k`.
  bool NumberNear(size_t t, size_t k) const {
    return t < a_.tokens.size() && a_.tokens[t].type == TokenType::kNumber &&
           a_.tokens[t].sentence == a_.tokens[k].sentence;
  }

  // A capitalized weekday, or a month where it dates something: next to a
  // number ("May 3", "Jan. 3", "3 June", "May 2016") or after a time opener
  // ("in May"). Elsewhere a month may be a name ("May Chen", "Delia March").
  bool DateWord(size_t k) const {
    if (!IsWord(k) || !Cap(k) || a_.tokens[k].in_quote) return false;
    if (Has(weekdays_, k)) return true;
    if (!Has(months_, k)) return false;
    if (NumberNear(k + 1, k) || (k + 2 < a_.tokens.size() && IsPunct(k + 1, ".") && NumberNear(k + 2, k))) {
      return true;
    }
    return !SentenceInitial(k) && (NumberNear(k - 1, k) || (IsWord(k - 1) && In(kTimeOpeners, k - 1)));
  }

  // Whether token `k` belongs to a date: a date word, the period of its
  // abbreviation, or the day number or year after or before it ("Dec. 3",
  // "3 May").
  bool PartOfDate(size_t k) const {
    if (DateWord(k)) return true;
    const auto& t = a_.tokens;
    if (IsPunct(k, ".")) return k > 0 && t[k - 1].span.end == t[k].span.begin && DateWord(k - 1);
    if (t[k].type != TokenType::kNumber) return false;
    if (k > 0 && DateWord(k - 1)) return true;
    if (k > 1 && IsPunct(k - 1, ".") && DateWord(k - 2)) return true;
    return k + 1 < t.size() && DateWord(k + 1);
  }

  // "Using Ted Cruz as a foil, …": a participle that opens the sentence
  // and that the article capitalizes nowhere else opens no name. (A
  // compound adjective is a premodifier: "Best-selling author Brad Thor".)
  bool OpeningParticiple(size_t k) const {
    if (!SentenceInitial(k) || !IsWord(k) || In(kFunctionWords, k) || In(kTimeWords, k)) return false;
    const std::string& w = Low(k);
    return w.size() >= 5 && w.compare(w.size() - 3, 3, "ing") == 0 && w.find('-') == std::string::npos &&
           !CapitalizedInside(k);
  }

  // Where the person's name in the capitalized run [b, end) begins: after
  // leading words that open no name, a sentence opener ("Then Trump", "Said
  // Comey") or a date ("Wednesday Trump", "Dec. 3 Trump"). A run naming an
  // organisation keeps them ("the Sunday Times").
  size_t NameBegin(size_t b, size_t end) const {
    size_t k = b;
    while (k + 1 < end && (SentenceOpenerOnly(k) || PartOfDate(k) || OpeningParticiple(k))) ++k;
    if (k == b || SplitName(b, end).organization) return b;
    return k;
  }

  // Where the person's name in the capitalized run [b, end) ends: before
  // trailing dates ("said Marchetti Thursday"), unless the run names an
  // organisation ("Fox News Sunday").
  size_t NameEnd(size_t b, size_t end) const {
    size_t e = end;
    while (e > b + 1 && PartOfDate(e - 1)) --e;
    if (e == end || SplitName(b, end).organization) return end;
    return e;
  }

  // "La secrétaire générale de la CFDT, Hélène Brossard, s'est montrée
  // sceptique", "Der Präsident des Verbands, Ralf Beck, begrüßte …": a
  // definite role phrase opening the sentence, the name [i, j) in commas
  // right after it, is that person's role whatever the verb (a speech verb
  // finds it through the source's own phrase). Languages with articles
  // only; the phrase has no comma or quote and a role noun or title within
  // its first three words. Empty when there is none.
  std::string OpeningRoleBefore(size_t i, size_t j, size_t s) const {
    if (no_articles_) return {};
    const size_t sf = SentFirst(static_cast<int>(s)), end = SentEnd(static_cast<int>(s));
    if (i < sf + 3 || i > sf + 14 || !IsComma(i - 1) || j >= end || !IsComma(j)) return {};
    // ("Her deputy, Jan Berg, disagreed", "His chief strategist, Tad Devine,
    // …": a possessive pronoun, list possessive-pronouns, in the article's
    // place; then an office subordinate or an anonymous source's head,
    // "deputy", "aide", "strategist", is a role too, a kin word never
    // (fixb36).)
    if (!IsWord(sf) || a_.tokens[sf].in_quote) return {};
    const bool possessive = Has(possessive_pronouns_, sf);
    if (!possessive && !In(kDefiniteDeterminers, sf)) return {};
    bool role = false;
    for (size_t k = sf + 1; k + 1 < i; ++k) {
      if (a_.tokens[k].in_quote || IsComma(k) || IsPunct(k, ":") || IsPunct(k, ";")) return {};
      if (k <= sf + 3 && IsWord(k) &&
          (In(kRoleNouns, k) || In(kTitles, k) || (nouns_capitalized_ && InWord(kRoleNouns, HeadKey(k))) ||
           (possessive && !Cap(k) && (In(kAnonymousHeads, k) || Has(office_subordinates_, k)) &&
            !In(kKinHeads, k)))) {
        role = true;
      }
    }
    return role ? Text(sf + 1, i - 2) : std::string();
  }

  // "Neither Warren nor Sanders answered", "Either Hale or Ruiz will run":
  // a word of list group-member-words (not a number) opening a sentence
  // opens a phrase, never a person's name, so the registry leaves it out
  // (fixb32). (A source span keeps it: PolNeAR marks "Neither Cruz nor
  // Christie" whole.)
  bool CorrelativeOpener(size_t k) const {
    return SentenceInitial(k) && IsWord(k) && HasWord(group_member_words_, Low(k)) && !In(kNumbers, k);
  }

  void BuildNameRegistry() {
    // The capitalized runs the second pass reads (a person's name, not an
    // organisation's), split once for both passes: the run's first token,
    // and its name in registry_ (an index) or, not registered, its name and
    // first name token here.
    struct Run {
      size_t first;
      size_t registered = SIZE_MAX;
      std::string name, first_token;
    };
    std::vector<Run> runs;
    for (size_t s = 0; s < a_.sentences.size(); ++s) {
      size_t i = SentFirst(static_cast<int>(s)), end = SentEnd(static_cast<int>(s));
      while (i < end) {
        if (!IsWord(i) || !Cap(i) || a_.tokens[i].in_quote || SentenceInitialFunction(i) || CorrelativeOpener(i)) {
          ++i;
          continue;
        }
        size_t j = CapRunEnd(i, end);
        // "Then Trump said", "Said Comey, …", "Wednesday Trump", "In May
        // Trump told", "said Ruiz Thursday": a sentence's first word that a
        // list knows as an adverb, a time word or a cue, and a date, are no
        // part of a person's name.
        if (j > i) {
          const size_t nb = NameBegin(i, j);
          if (nb > i) {
            i = nb;
            continue;
          }
          j = NameEnd(i, j);
        }
        if (j > i + 2 && (PeopleNounBeforeConnector(i) || ShareBeforeConnector(i, j))) {
          i += 2;
          continue;
        }
        // In a title-case headline a name runs over the words the article
        // capitalizes elsewhere ("Ana Ruiz" of "Ana Ruiz Isn't Too
        // Impressed"); with none, the run names nobody (a cue in the
        // headline still makes its speaker).
        if (j > i && TitleCaseHeadline(static_cast<int>(s))) {
          size_t k = i;
          while (k < j && (CapitalizedInBody(k) || !IsWord(k))) ++k;
          if (k == i) {
            i = j;
            continue;
          }
          j = k;
        }
        // "Pastor Joseph Brown of Marion Avenue Baptist Church", "Ann Lee of
        // Lakeview Memorial Hospital": a person's name of two words or more,
        // a connector, and an organisation's name make one capitalized run,
        // which as a whole names the organisation; the person's name is the
        // run before the connector (the organisation's follows it).
        std::string affiliation;  // "of Marion Avenue Baptist Church", a role
        if (j > i + 3) {
          for (size_t c = i + 2; c + 1 < j; ++c) {
            if (!IsNameConnector(c) || !In(kAffiliationPrepositions, c)) continue;
            if (SplitName(i, j).organization) {
              const RegisteredName before = SplitName(i, c);
              if (!before.organization && before.tokens.size() >= 2 && SplitName(c + 1, j).organization) {
                affiliation = Text(c, j - 1);
                j = c;
              }
            }
            break;
          }
        }
        if (j > i) {
          // Split runs joined by "and" into separate names.
          RegisteredName n = SplitName(i, j);
          if (!affiliation.empty()) n.role = n.role.empty() ? affiliation : n.role + " " + affiliation;
          if (case_inflected_names_ && !n.organization && n.tokens.size() == 2) NominativeAfterGenitiveCue(i, &n);
          bool sentence_initial_word = i == SentFirst(static_cast<int>(s)) && j == i + 1;
          // ("des Privatsenders Kanal Neun", "la emisora Radiovisión
          // Austral": an organisation's noun right before the run, the run
          // having been cut after it, makes the name an organisation's.)
          if (!n.organization && !n.tokens.empty() && n.role.empty() && i > SentFirst(static_cast<int>(s)) &&
              IsWord(i - 1) && !a_.tokens[i - 1].in_quote && !In(kRoleNouns, i - 1) && !In(kPersonHeads, i - 1)) {
            n.organization = nouns_capitalized_
                                 ? Cap(i - 1) && OrganizationNounCompound(i - 1)
                                 : OrganizationNounAt(i - 1) && i - 1 > SentFirst(static_cast<int>(s)) &&
                                       In(kDeterminers, i - 2);
          }
          if (n.organization && !n.tokens.empty() && !sentence_initial_word && !Place(n.name)) {
            organization_names_.insert(n.name);
          }
          if (!n.organization && n.role.empty() && n.tokens.size() >= 2) n.role = OpeningRoleBefore(i, j, s);
          // "a plan against the Islamic State", "the Clean Water Act": in
          // English a run of two words or more right after a lower-case
          // "the", with no title in it, names a thing or a body, never a
          // person a pronoun could stand for (fixa31).
          if (!n.organization && ArticleBeforeRun(i, n)) {
            i = std::max(j, i + 1);
            continue;
          }
          if (!n.organization && n.role.empty() && n.tokens.size() >= 2) n.role = RoleAroundRun(i, j, s);
          if (!n.organization && !n.tokens.empty() && !sentence_initial_word &&
              (n.tokens.size() >= 2 || !n.role.empty())) {
            registry_names_.insert(n.name);
            runs.push_back({i, registry_.size(), {}, {}});
            registry_.push_back(std::move(n));
          } else if (!n.organization && !n.tokens.empty()) {
            runs.push_back({i, SIZE_MAX, std::move(n.name), std::move(n.tokens.front())});
          }
        }
        i = std::max(j, i + 1);
      }
    }
    IndexRegistry();
    // Second pass: every mention of a registered person ("Marchetti",
    // "Duquesne"), for pronoun resolution.
    for (const Run& run : runs) {
      const bool registered = run.registered != SIZE_MAX;
      const std::string& name = registered ? registry_[run.registered].name : run.name;
      const std::string& first_token = registered ? registry_[run.registered].tokens.front() : run.first_token;
      // A run whose first word is in no registered name names nobody
      // registered (CanonicalName would give it back as it is).
      if (names_with_token_.find(std::string_view(first_token)) == names_with_token_.end()) continue;
      std::string canonical = CanonicalName(name, a_.tokens[run.first].span.begin, nullptr);
      if (registry_names_.count(canonical)) person_mentions_.push_back({a_.tokens[run.first].span.begin, canonical});
    }
  }

  // "In his bill, Joe Salt cited a 2001 memo issued by the immigration
  // agency. It says visitors can be barred.": "it" before a verb of speech,
  // with no organisation or document cited before, is the last document
  // (a phrase headed by a word of list document-heads, outside quotes) the
  // sentence before speaks of; that phrase becomes a document source. -1
  // when there is none.
  int DocumentNounBefore(const Mention& m) {
    const size_t b = TokenStartingAt(m.span.begin);
    if (b >= a_.tokens.size()) return -1;
    const int s = a_.tokens[b].sentence - 1;
    if (s < 0) return -1;
    for (size_t h = SentEnd(s); h-- > SentFirst(s);) {
      if (!IsWord(h) || a_.tokens[h].in_quote || !In(kDocumentHeads, h) || Cap(h)) continue;
      auto doc = ParseLeft(h, s);
      if (!doc || doc->span.end != a_.tokens[h].span.end) return -1;
      const std::string phrase = w_.substr(doc->span.begin, doc->span.size());
      const std::string key = "D:" + Key(phrase);
      auto it = by_key_.find(key);
      doc->type = MentionType::kDocument;
      const int idx = it != by_key_.end() ? it->second : NewSource(*doc, SourceKind::kDocument, phrase);
      by_key_[key] = idx;
      return idx;
    }
    return -1;
  }

  // The person a singular pronoun at `pos` refers to: the last person named
  // before it in the same paragraph, else the last person quoted or cited.
  // `from_subject`: with nobody cited yet, fall back on a named subject of
  // the sentences before (for a pronoun or a null subject, not for a noun).
  // `exclude`: a source the pronoun cannot stand for (NamedAfterCue); the
  // next candidate is taken instead.
  int PronounAntecedent(size_t pos, bool from_subject = false, int exclude = -1) {
    const std::string* excluded_name =
        exclude >= 0 && r_.sources[static_cast<size_t>(exclude)].kind == SourceKind::kNamed
            ? &r_.sources[static_cast<size_t>(exclude)].name
            : nullptr;
    const Block* block = nullptr;
    {
      auto it = std::upper_bound(a_.blocks.begin(), a_.blocks.end(), pos,
                                 [](size_t p, const Block& b) { return p < b.span.begin; });
      if (it != a_.blocks.begin() && pos < (it - 1)->span.end) block = &*(it - 1);
    }
    // A person already cited in this paragraph is the likeliest subject.
    int cited = -1;
    size_t cited_at = 0;
    for (const auto& [idx, at] : last_person_at_) {
      // (Never several people joined, "Ana Ruiz and Tom Hale": one person
      // is meant; fixa36.)
      if (idx == exclude || disagreeing_.count(idx) || joint_members_.count(idx)) continue;
      if (block && at >= block->span.begin && at < pos && (cited < 0 || at > cited_at)) {
        cited = idx;
        cited_at = at;
      }
    }
    const std::string* name = nullptr;
    size_t name_at = 0;
    {
      auto it = std::lower_bound(person_mentions_.begin(), person_mentions_.end(), pos,
                                 [](const auto& m, size_t p) { return m.first < p; });
      while (it != person_mentions_.begin() &&
             ((excluded_name && (it - 1)->second == *excluded_name) || DisagreeingName((it - 1)->second))) {
        --it;
      }
      if (it != person_mentions_.begin() && block && (it - 1)->first >= block->span.begin) {
        name = &(it - 1)->second;
        name_at = (it - 1)->first;
        // "Sónia Falé … já fez o percurso até Santa Clara …. «…», contou.":
        // a name that is the object of a preposition is a weaker antecedent
        // than one written earlier in its sentence outside a prepositional
        // phrase (the subject), which wins.
        if (ObjectOfPreposition(name_at)) {
          const int s = SentenceOf(name_at);
          const size_t sb = std::max(block->span.begin, a_.tokens[SentFirst(s)].span.begin);
          for (auto e = it - 1; e != person_mentions_.begin() && (e - 1)->first >= sb;) {
            --e;
            if (!ObjectOfPreposition(e->first) && !(excluded_name && e->second == *excluded_name) &&
                !DisagreeingName(e->second)) {
              name = &e->second;
              name_at = e->first;
              break;
            }
          }
        }
      }
    }
    // An unnamed person who spoke in this paragraph ("Un investigatore, che
    // chiede l’anonimato, spiega che …. «…», dice."), when no person was
    // cited or named after it; never across paragraphs, where "he" more
    // often goes back to someone named.
    int unnamed = -1;
    size_t unnamed_at = 0;
    for (const auto& [idx, at] : unnamed_person_at_) {
      if (idx == exclude || disagreeing_.count(idx)) continue;
      if (block && at >= block->span.begin && at < pos && (unnamed < 0 || at > unnamed_at)) {
        unnamed = idx;
        unnamed_at = at;
      }
    }
    // "“We made progress,” Gonzalez said. Whitman was less upbeat. He said
    // …": a person named as a sentence's subject (its first word) after the
    // last person cited in the paragraph is the nearer antecedent, cue or no
    // cue.
    if (cited >= 0 && name && name_at > cited_at && NameOpensSentence(name_at)) cited = -1;
    if (unnamed >= 0 && (cited < 0 || unnamed_at > cited_at) && (!name || unnamed_at > name_at)) return unnamed;
    if (cited >= 0) return cited;
    if (name) {
      std::string role;
      CanonicalName(*name, pos, &role);
      return EnsurePerson(*name, role);
    }
    if (block) {
      int intro = QuoteIntroducer(pos, *block);
      if (intro >= 0 && !disagreeing_.count(intro)) return intro == exclude ? -1 : intro;
    }
    // The last person who spoke; when the pronoun's gender has ruled that
    // person out (GenderedAntecedent), the last one before who agrees
    // ("Marine Le Pen told CNN … Trump …. “…,” she told CNN." is Le Pen's).
    int last = LastPerson(pos);
    if (last >= 0 && disagreeing_.count(last)) last = LastPersonNotDisagreeing(pos);
    if (last >= 0) return last == exclude || disagreeing_.count(last) ? -1 : last;
    // Nobody has spoken yet: the person named in full as the subject of
    // one of the three sentences before (quoted ones not counted), in this
    // paragraph or the two
    // before it, not in the headline ("Le bourgmestre de Vireux-le-Val,
    // Jean-Luc Delvaux, ne décolère pas. … « … », a-t-il déclaré").
    if (!block || !from_subject) return -1;
    const size_t this_block = static_cast<size_t>(block - a_.blocks.data());
    int s = SentenceOf(pos);
    for (int look = 0, seen = 0; look < 3 && seen < 8 && s > 0; ++seen) {
      --s;
      const size_t first = SentFirst(s), end = SentEnd(s);
      if (end <= first + 1) continue;
      if (a_.tokens[first].in_quote || a_.tokens[first + 1].in_quote) continue;  // a quoted sentence
      ++look;
      const size_t at = a_.tokens[first].span.begin;
      size_t b = this_block;
      while (b > 0 && a_.blocks[b].span.begin > at) --b;
      if (this_block - b > 2 || a_.blocks[b].kind == BlockKind::kHeadline) break;
      // (Where every noun is capitalized, "Anna Weber besuchte am Montag die
      // Schule in Bonn." looks title-cased; a headline has no full stop.)
      if (TitleCased(s) && !(nouns_capitalized_ && Tok(end - 1) == ".")) continue;  // a headline set as a sentence
      // "Lee was blunt. “No,” he said.": a bare surname, never given a full
      // name in the text, that opens a sentence of this paragraph as the
      // subject of "be" or of a past verb is a person a gendered pronoun
      // can stand for (fixb35); not a place or a body, never further back.
      if (gendered_pronoun_ && b == this_block && first + 2 < end && IsWord(first) && Cap(first) &&
          IsWord(first + 1) && !Cap(first + 1) && !a_.tokens[first + 1].in_quote &&
          (In(kCopulas, first + 1) || EndsWithParticiple(Low(first + 1))) && Tok(first).size() >= 2) {
        const std::string bare(Tok(first));
        const std::string& low = Low(first);
        if (!In(kFunctionWords, first) && !In(kPronouns, first) && !In(kDeterminers, first) &&
            !In(kTimeOpeners, first) && !In(kClauseOpeners, first) && !In(kTimeWords, first) && !PrepositionAt(first) &&
            !IsHead(first) && !Place(bare) && !organization_names_.count(bare) && !HasWord(negations_, low) &&
            !InWord(kOrganizations, low) && names_with_token_.find(std::string_view(bare)) == names_with_token_.end() &&
            std::any_of(bare.begin() + 1, bare.end(), [](char ch) {
              return ch >= 'a' && ch <= 'z';
            })) {
          if (DisagreeingName(bare) || (excluded_name && bare == *excluded_name)) return -1;
          return EnsurePerson(bare, "");
        }
      }
      auto m = SentenceSubject(s, end - 1);
      // "Le bourgmestre de Vireux-le-Val, Jean-Luc Delvaux, ne décolère
      // pas": the name in apposition to the subject.
      if (!m || m->type != MentionType::kName) {
        size_t comma = first + 1;
        while (comma < end && comma < first + 8 && IsWord(comma) && !a_.tokens[comma].in_quote) ++comma;
        if (comma + 2 < end && IsComma(comma) && Cap(comma + 1)) {
          auto apposed = ParseRight(comma + 1, s);
          if (apposed && apposed->type == MentionType::kName) {
            const size_t after = TokenStartingAt(apposed->span.end);
            if (after < end && IsComma(after)) m = apposed;
          }
        }
      }
      // "Die Ministerin Anna Weber besuchte …": a determiner and a role
      // noun before the name.
      if ((!m || m->type != MentionType::kName) && first + 2 < end && IsWord(first) && In(kDeterminers, first) &&
          IsWord(first + 1) && (In(kRoleNouns, first + 1) || In(kTitles, first + 1)) && Cap(first + 2)) {
        auto titled = ParseRight(first + 1, s);
        if (titled && titled->type == MentionType::kName) m = titled;
      }
      // "陈晓梅周二在杭州出席了论坛。", "佐藤花子氏は…": a CJK name of two to
      // four characters opening the sentence, ended by a time word, a
      // locative opener, an honorific, a topic particle or a date.
      // "外交部长王毅周二会见了…": after a title (list titles) that opens
      // the sentence, the name read the same way, with the title its role.
      if ((!m || m->type != MentionType::kName) && Cjk(first)) {
        std::string entry;
        size_t name_first = first;
        for (size_t k = 2; k <= 6 && first + k < end; ++k) {
          if (a_.tokens[first + k - 1].in_quote || !Cjk(first + k - 1)) break;
          const size_t b0 = a_.tokens[first].span.begin;
          const std::string_view prefix(w_.data() + b0, a_.tokens[first + k - 1].span.end - b0);
          for (const auto& e : pack_.List("titles")) {
            if (prefix.size() >= e.size() && prefix.compare(prefix.size() - e.size(), e.size(), e) == 0) {
              name_first = first + k;
              break;
            }
          }
        }
        // ("市长周二在…": no name after the title, a time word.)
        if (name_first != first && name_first < end) {
          const size_t b1 = a_.tokens[name_first].span.begin;
          const std::string from_name(w_.substr(b1, a_.tokens[end - 1].span.end - b1));
          if (StartsWithEntry(from_name, "time-words", &entry) || IsCjkDate(name_first)) name_first = end;
        }
        for (size_t len = 2; len <= 4 && name_first + len < end; ++len) {
          const size_t nx = name_first + len;
          if (a_.tokens[nx - 1].in_quote || !Cjk(nx - 1)) break;
          const std::string rest(w_.substr(a_.tokens[nx].span.begin, a_.tokens[end - 1].span.end - a_.tokens[nx].span.begin));
          if (!(StartsWithEntry(rest, "time-words", &entry) || StartsWithEntry(rest, "locative-openers", &entry) ||
                StartsWithEntry(rest, "honorifics", &entry) || InWord(kTopicParticles, std::string(Tok(nx))) ||
                IsCjkDate(nx))) {
            continue;
          }
          auto named = ClassifyCjk(first, nx - 1);
          if (named && named->type == MentionType::kName && !named->name.empty()) m = named;
          break;
        }
      }
      if (!m) continue;
      // The nearest subject is something else ("La Fédération … dénonce …
      // Dans un communiqué, elle estime"): no guess further back.
      // (A CJK name is written without a space: "李娜周一在北京参加了会议。"
      // names her in full with two characters or more.)
      const size_t mt0 = TokenStartingAt(m->span.begin);
      const bool cjk_full = mt0 < end && Cjk(mt0) && m->name.find(' ') == std::string::npos && m->name.size() >= 6;
      if (m->type != MentionType::kName || (m->name.find(' ') == std::string::npos && !cjk_full)) break;
      // "Though Delaware …": a name that opens with a function word is none;
      // nor is one that opens with a negation ("Not Reed; he keeps …").
      if (InWord(kFunctionWords, Key(m->name.substr(0, m->name.find(' ')))) ||
          HasWord(negations_, Key(m->name.substr(0, m->name.find(' '))))) {
        continue;
      }
      // "Much of Clinton’s time was spent …": no person's name.
      if (const size_t mt = TokenStartingAt(m->span.begin);
          mt < end && ShareBeforeConnector(mt, CapRunEnd(mt, end))) {
        continue;
      }
      std::string role = m->role;
      std::string canonical = CanonicalName(m->name, pos, &role);
      if ((excluded_name && canonical == *excluded_name) || DisagreeingName(canonical)) return -1;
      return EnsurePerson(canonical, role);
    }
    return -1;
  }

  // "Millennials have reached a broad consensus …: By nearly 2-1, they say
  // …": with no plural source cited before, "they" at `pos` is the plural
  // group that opens its sentence, or the sentence before in its
  // paragraph, as the subject of a verb (fixb35). The group becomes an
  // unnamed source, as if it had spoken. -1 when there is none.
  int PluralSubjectBefore(size_t pos) {
    const size_t t = TokenStartingAt(pos);
    if (t >= a_.tokens.size()) return -1;
    const int s = a_.tokens[t].sentence;
    const size_t block = BlockAt(pos);
    for (int ss = s; ss >= 0 && ss + 1 >= s; --ss) {
      const size_t b = SentFirst(ss);
      if (b >= SentEnd(ss) || a_.tokens[b].in_quote || BlockAt(a_.tokens[b].span.begin) != block) break;
      if (a_.blocks[block].kind == BlockKind::kHeadline) break;
      auto g = ParseRight(b, ss);
      // ("Democrats", "Millennials": a plural head of list plural-heads read
      // as a name because it opens the sentence.)
      if (g && g->type == MentionType::kName && g->span.begin == a_.tokens[b].span.begin &&
          g->span.end == a_.tokens[b].span.end && InWord(kPluralHeads, Low(b))) {
        g->type = MentionType::kDescription;
        g->plural = true;
        g->head = Low(b);
        g->name.clear();
        g->role.clear();
        g->described = HasWord(party_heads_, g->head);  // "Democrats" names a side (T2)
      }
      if (!g || !g->plural || g->type != MentionType::kDescription || g->span.end > pos) continue;
      const size_t after = TokenStartingAt(g->span.end);
      // Its verb next: an auxiliary ("have reached", "are undecided") or a
      // past form ("voted"), not a clause ("That frustrates many analysts
      // because …").
      if (after >= SentEnd(ss) || !IsWord(after) || Cap(after) || a_.tokens[after].in_quote ||
          !(In(kCueAuxiliaries, after) || EndsWithParticiple(Low(after)))) {
        continue;
      }
      // A noun phrase, no clause ("That is especially troubling because …").
      bool clause = false;
      for (size_t k = b; k < after && !clause; ++k) {
        clause = IsWord(k) && (In(kCueAuxiliaries, k) || Has(subordinators_, k) || In(kRelativeOpeners, k) ||
                               In(kComplementizers, k));
      }
      if (clause) continue;
      const std::string phrase = w_.substr(g->span.begin, g->span.size());
      const std::string key = "A:" + Key(phrase);
      auto it = by_key_.find(key);
      const int idx = it != by_key_.end()
                          ? it->second
                          : NewSource(*g, g->described ? SourceKind::kDescribed : SourceKind::kAnonymous, phrase);
      by_key_[key] = idx;
      return idx;
    }
    return -1;
  }

  // Whether `name` is that of a source the pronoun being resolved cannot
  // stand for (GenderedAntecedent).
  bool DisagreeingName(const std::string& name) const {
    for (const int idx : disagreeing_) {
      if (r_.sources[static_cast<size_t>(idx)].name == name) return true;
    }
    return false;
  }

  // 'f' or 'm' for a word of list gender-words ("she", "Mrs.",
  // "congresswoman"), else 0.
  char WordGender(std::string_view low) const {
    // List gender-words ("she:f") by word, read once per pack; the list's
    // first entry for a word wins.
    if (const char g = GenderIn(pack_.word_gender, low)) return g;
    // Where list gender-suffixes gives gendered role nouns ("-in"), a
    // compound ends in one: "Bundesinnenministerin", "Regierungssprecher".
    if (!gender_compounds_ || low.size() < 9) return 0;
    for (size_t at = 3; at + 6 <= low.size(); ++at) {
      if ((static_cast<unsigned char>(low[at]) & 0xC0) == 0x80) continue;  // (inside a character)
      if (const char g = GenderIn(pack_.word_gender, low.substr(at))) return g;
    }
    return 0;
  }

  // What is known of a named source's gender: a gendered pronoun used of it
  // before, a gendered word in a role or title ("Congresswoman", "Mrs."),
  // else its given name (list given-names, "jane:f"); 0 when nothing is.
  char SourceGender(int idx) const {
    if (idx < 0) return 0;
    if (auto it = gender_of_.find(idx); it != gender_of_.end()) return it->second;
    const Source& src = r_.sources[static_cast<size_t>(idx)];
    if (src.kind != SourceKind::kNamed) return src.plural ? 0 : DescriptionGender(src.name);
    for (const auto& role : src.roles) {
      KeyInto(role, &gender_key_);
      const std::string_view key = gender_key_;
      size_t b = 0;
      while (b < key.size()) {
        size_t e = key.find(' ', b);
        if (e == std::string_view::npos) e = key.size();
        std::string_view word = key.substr(b, e - b);
        while (!word.empty() && word.back() == ',') word.remove_suffix(1);
        if (const char g = WordGender(word)) return g;
        b = e + 1;
      }
    }
    // "Mr. Ivo Sarrow", "Mrs. Sarrow": a gendered title written just before
    // the name or the surname.
    const size_t space = src.name.rfind(' ');
    const std::string_view name = src.name;
    for (const std::string_view form : {name, name.substr(space == std::string::npos ? 0 : space + 1)}) {
      // The text never changes: each form's answer is found once per article.
      auto known = title_gender_.find(form);
      if (known == title_gender_.end()) {
        known = title_gender_.emplace(std::string(form), 0).first;
        // (Every occurrence, as repeated find calls give them; in a long
        // text through an index, not a scan of the text per name.)
        if (!occurrences_) occurrences_ = std::make_unique<OccurrenceIndex>(w_);
        occurrences_->ForEach(form, [&](size_t at) {
          const size_t from = at > 24 ? at - 24 : 0;
          KeyInto(std::string_view(w_).substr(from, at - from), &gender_key_);
          std::string_view before = gender_key_;
          while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
          const size_t sp = before.rfind(' ');
          if (const char g = WordGender(sp == std::string_view::npos ? before : before.substr(sp + 1))) {
            known->second = g;
            return true;
          }
          return false;
        });
      }
      if (known->second) return known->second;
    }
    // List given-names ("jane:f") by name, read once per pack; the list's
    // first entry for a name wins.
    if (const char g = GenderIn(pack_.given_gender, Key(std::string_view(src.name).substr(0, src.name.find(' '))))) {
      return g;
    }
    return NameEndingGender(src.name);
  }

  // "山田花子", "川口一郎": a Japanese name written without a space ends in
  // its given name, whose last character often tells its bearer's gender
  // (list gender-name-endings, "子:f", "郎:m"); 0 when no entry ends the
  // name or the name has a space.
  char NameEndingGender(const std::string& name) const {
    if (name.find(' ') != std::string::npos) return 0;
    for (const auto& entry : pack_.List("gender-name-endings")) {
      const size_t colon = entry.rfind(':');
      if (colon == std::string::npos || colon == 0 || colon + 2 != entry.size()) continue;
      const std::string_view ending(entry.data(), colon);
      if (name.size() > ending.size() && name.compare(name.size() - ending.size(), ending.size(), ending) == 0) {
        return entry[colon + 1];
      }
    }
    return 0;
  }

  // The gender an unnamed person's description gives ("a spokeswoman for
  // the mayor", "the man's wife"): that of its first word of list
  // gender-words, determiners passed over ("her spokesman" is a man),
  // before a word that opens a prepositional phrase or a clause ("an aide
  // to Mrs. Lee" tells nothing of the aide), else 0.
  char DescriptionGender(const std::string& description) const {
    KeyInto(description, &gender_key_);
    const std::string_view key = gender_key_;
    for (size_t b = 0; b < key.size();) {
      size_t e = key.find(' ', b);
      if (e == std::string_view::npos) e = key.size();
      std::string_view word = key.substr(b, e - b);
      while (!word.empty() && (word.back() == ',' || word.back() == ';')) word.remove_suffix(1);
      b = e + 1;
      if (InWord(kDeterminers, word)) continue;  // ("her spokesman": the possessive is someone else's)
      if (InWord(kFunctionWords, word)) return 0;
      if (const char g = WordGender(word)) return g;
    }
    return 0;
  }

  // PronounAntecedent for the pronoun `low`: "Senator Jane Holt met
  // Governor Tom Reyes. “…,” she said." is Holt. A gendered pronoun (list
  // gender-words) skips a person known to be of the other gender; with
  // nothing known, or nobody agreeing, the antecedent is PronounAntecedent's.
  int GenderedAntecedent(size_t pos, const std::string& low, bool from_subject, int exclude = -1) {
    const char g = WordGender(low);
    gendered_pronoun_ = g != 0;
    const int first = PronounAntecedent(pos, from_subject, exclude);
    if (!g) return first;
    // "佐藤花子氏は…。彼女は…。鈴木一郎氏は…。彼女は…": a CJK name tells
    // nothing of its bearer's gender (no list given-names), so a person of
    // unknown gender is passed over for an earlier one a pronoun of the
    // same gender already stood for; with none, the first of unknown gender.
    const size_t at = TokenStartingAt(pos);
    const bool genderless_names = at < a_.tokens.size() && Cjk(at);
    int idx = first, unknown = -1;
    for (int tries = 0; tries < 4 && idx >= 0; ++tries) {
      const char known = SourceGender(idx);
      if (known == g) break;
      if (!known && !genderless_names) break;
      if (!known && unknown < 0) unknown = idx;
      disagreeing_.insert(idx);
      idx = PronounAntecedent(pos, from_subject, exclude);
    }
    disagreeing_.clear();
    if ((idx < 0 || SourceGender(idx) != g) && unknown >= 0) idx = unknown;
    // Nobody who agrees: the pronoun stays unresolved rather than given to
    // a person known to be of the other gender ("Marine Le Pen backs Donald
    // Trump. … “…,” she told CNN." is not Trump's; fu29). With nothing
    // known of the first antecedent, it stands.
    if (idx < 0 || (SourceGender(idx) && SourceGender(idx) != g)) {
      idx = first >= 0 && SourceGender(first) && SourceGender(first) != g ? -1 : first;
      // "Jennifer Hawkins is one of those workers …. And when she saw Mr.
      // Trump on the news …. “I loved it,” she said.": with everyone nearer
      // ruled out by gender, the last person named in this paragraph or
      // the two before whose gender agrees, cited or not (fu29).
      if (idx < 0 && first >= 0) idx = LastNamedAgreeing(pos, g);
    }
    if (idx >= 0 && r_.sources[static_cast<size_t>(idx)].kind == SourceKind::kNamed && !SourceGender(idx)) {
      gender_of_[idx] = g;
    }
    gendered_pronoun_ = false;
    return idx;
  }

  // The person named last before byte `pos`, in its paragraph or the two
  // before it (no headline), whose gender (SourceGender, or the given name
  // of one never cited) is `g`, as a source; -1 if none. The name must be
  // outside quote marks and not the object of a preposition.
  int LastNamedAgreeing(size_t pos, char g) {
    const size_t here = BlockAt(pos);
    auto it = std::lower_bound(person_mentions_.begin(), person_mentions_.end(), pos,
                               [](const auto& m, size_t p) { return m.first < p; });
    while (it != person_mentions_.begin()) {
      --it;
      const size_t block = BlockAt(it->first);
      if (here - block > 2 || a_.blocks[block].kind == BlockKind::kHeadline) break;
      const size_t t = TokenStartingAt(it->first);
      if (t >= a_.tokens.size() || a_.tokens[t].in_quote) continue;
      // "Gary Byrne, a former agent for President Bill Clinton, has written
      // a book …. He went on to say": the object of a preposition is
      // passed over.
      if (TitledObjectOfPreposition(t)) continue;
      int known = -1;
      for (size_t i = 0; i < r_.sources.size(); ++i) {
        if (r_.sources[i].kind == SourceKind::kNamed && r_.sources[i].name == it->second) known = static_cast<int>(i);
      }
      char gender = known >= 0 ? SourceGender(known) : GivenNameGender(it->second);
      std::string role;
      // (One never cited with no gendered given name: the title written
      // with the name, "Bürgermeister Lutz Harms", tells.)
      if (known < 0) {
        CanonicalName(it->second, pos, &role);
        if (!gender) gender = DescriptionGender(role);
      }
      if (gender != g) continue;
      if (known >= 0) return known;
      return EnsurePerson(it->second, role);
    }
    return -1;
  }

  // Whether the person mention at offset `at` is the first word of its
  // sentence, outside quote marks: the sentence's subject.
  bool NameOpensSentence(size_t at) const {
    const size_t t = TokenStartingAt(at);
    if (t >= a_.tokens.size() || a_.tokens[t].in_quote) return false;
    return t == SentFirst(a_.tokens[t].sentence);
  }

  // "information that government officials said would …", "the notion
  // that people want …": a lower-case word that is both a complementizer
  // and a determiner ("that") opening the source, before a plural phrase
  // or a capitalized word, is the relative or the complementizer before
  // the subject, not a demonstrative ("that group said" keeps it); the
  // source starts after it.
  void TrimOpeningComplementizer(PendingAttribution& p) const {
    if (!p.mention || p.mention->type == MentionType::kPronoun) return;
    const size_t b = TokenStartingAt(p.mention->span.begin);
    if (b + 1 >= a_.tokens.size() || !IsWord(b) || Cap(b) || a_.tokens[b].in_quote) return;
    if (!In(kComplementizers, b) || !In(kDeterminers, b)) return;
    const size_t n = b + 1;
    if (!IsWord(n) || a_.tokens[n].span.begin >= p.mention->span.end) return;
    if (!p.mention->plural && !Cap(n)) return;
    const bool name_was_text = p.mention->name == w_.substr(p.mention->span.begin, p.mention->span.size());
    p.mention->span.begin = a_.tokens[n].span.begin;
    if (name_was_text) p.mention->name = w_.substr(p.mention->span.begin, p.mention->span.size());
  }

  // A source phrase must be a noun phrase. A description, organisation or
  // document whose words hold a verb of their own outside a relative
  // clause ("Their efforts are centered around …", "The Department of
  // Education has misled the public about") or a semicolon is a clause the
  // parse ran over, not a source: the attribution is left without one.
  void DropClauseSource(PendingAttribution& p) const {
    if (!p.mention) return;
    const MentionType type = p.mention->type;
    if (type != MentionType::kDescription && type != MentionType::kOrganization && type != MentionType::kDocument) return;
    const size_t b = TokenStartingAt(p.mention->span.begin);
    for (size_t t = b; t < a_.tokens.size() && a_.tokens[t].span.end <= p.mention->span.end; ++t) {
      if (a_.tokens[t].in_quote) continue;
      if (Tok(t) == ";") {
        p.mention.reset();
        return;
      }
      if (!IsWord(t)) continue;
      if (In(kRelativeOpeners, t)) return;  // a relative clause may hold a verb
      const std::string& w = Low(t);
      if (t > b && !Cap(t) && In(kCueAuxiliaries, t) && w != "not" && w != "never" && w != "be" && w != "being") {
        p.mention.reset();
        return;
      }
    }
  }

  // Whether the person `source` is named after cue `c` in its sentence,
  // before a semicolon or a dash ends the clause.
  bool NamedAfterCue(const CueHit& c, int source) const {
    const Source& src = r_.sources[static_cast<size_t>(source)];
    if (src.kind != SourceKind::kNamed) return false;
    size_t end = SentEnd(c.sentence);
    for (size_t t = c.last + 1; t < end; ++t) {
      if (Tok(t) == ";" || IsDash(t)) {
        end = t;
        break;
      }
    }
    const size_t from = a_.tokens[c.last].span.end;
    const size_t to = end < a_.tokens.size() ? a_.tokens[end].span.begin : a_.text.size();
    auto it = std::lower_bound(person_mentions_.begin(), person_mentions_.end(), from,
                               [](const auto& m, size_t p) { return m.first < p; });
    for (; it != person_mentions_.end() && it->first < to; ++it) {
      if (it->second == src.name) return true;
    }
    return false;
  }

  // Whether the word starting at byte `pos` follows a preposition ("até
  // Santa Clara", "with Ana Ruiz"), not a conjunction joining names.
  bool ObjectOfPreposition(size_t pos) const {
    const size_t t = TokenStartingAt(pos);
    if (t == 0 || t >= a_.tokens.size()) return false;
    const size_t k = t - 1;
    return IsWord(k) && !Cap(k) && !a_.tokens[k].in_quote && a_.tokens[k].sentence == a_.tokens[t].sentence &&
           PrepositionAt(k) && !Has(noun_coordinators_, k) && !In(kNameConnectors, k);
  }

  // Whether the name at token `t` is the object of a preposition
  // (PrepositionAt, or list affiliation-prepositions: "an agent for
  // President Bill Clinton"), perhaps with a title of up to three
  // capitalized words between ("with Sen. Tom Carper").
  bool TitledObjectOfPreposition(size_t t) const {
    if (t >= a_.tokens.size()) return false;
    size_t k = t;
    for (int steps = 0; steps < 4 && k > 0; ++steps) {
      const size_t p = k - 1;
      if (a_.tokens[p].sentence != a_.tokens[t].sentence || a_.tokens[p].in_quote) return false;
      if (IsWord(p) && !Cap(p)) {
        // A connector inside a name ("Center for American Progress") joins
        // capitalized words.
        const bool in_name = In(kNameConnectors, p) && p > 0 && IsWord(p - 1) && Cap(p - 1);
        return (PrepositionAt(p) || In(kAffiliationPrepositions, p)) && !Has(noun_coordinators_, p) && !in_name;
      }
      if (!(IsWord(p) && Cap(p)) && Tok(p) != ".") return false;
      k = p;
    }
    return false;
  }

  // A pronoun right after a quote that opens its paragraph, the quote
  // perhaps begun paragraphs before ("Gwen Adeyemi, whose two children
  // attend Ashcombe, spoke for the parents. ¶ “… ¶ “…,” she said."): the
  // person the paragraph before the quote brought in, cited there or else
  // named there last. -1 when the pronoun does not follow such a quote or
  // that paragraph names nobody.
  int QuoteIntroducer(size_t pos, const Block& block) {
    // The last outermost quote opening before `pos` (quote_spans are in the
    // order they open; a binary search keeps this linear overall).
    const QuoteSpan* quote = nullptr;
    {
      auto it = std::lower_bound(a_.quote_spans.begin(), a_.quote_spans.end(), pos,
                                 [](const QuoteSpan& q, size_t p) { return q.outer.begin < p; });
      for (int look = 0; look < 64 && it != a_.quote_spans.begin(); ++look) {
        --it;
        if (it->level == 1) {
          quote = &*it;
          break;
        }
      }
    }
    if (!quote || quote->outer.begin < block.span.begin || quote->outer.end > pos) return -1;
    // Only a comma, a space or a dash between the quote and the pronoun.
    for (size_t k = quote->outer.end; k < pos; ++k) {
      const char c = a_.text[k];
      if (c != ' ' && c != ',' && c != '\t' && static_cast<unsigned char>(c) < 0x80) return -1;
    }
    if (pos - quote->outer.end > 8) return -1;
    // The quote opens its paragraph; follow reopened quotes back to where it began.
    auto opens_block = [&](const QuoteSpan& q) {
      const Block& b = a_.blocks[static_cast<size_t>(q.block)];
      size_t k = b.span.begin;
      while (k < q.outer.begin && (a_.text[k] == ' ' || a_.text[k] == '\t')) ++k;
      return k == q.outer.begin;
    };
    if (!opens_block(*quote)) return -1;
    size_t qi = static_cast<size_t>(quote - a_.quote_spans.data());
    while (a_.quote_spans[qi].continues) {
      size_t prev = qi;
      while (prev > 0 && a_.quote_spans[prev - 1].level != 1) --prev;
      if (prev == 0) return -1;
      --prev;
      if (a_.quote_spans[prev].block >= a_.quote_spans[qi].block) return -1;
      qi = prev;
      if (!opens_block(a_.quote_spans[qi])) return -1;
    }
    const int first_block = a_.quote_spans[qi].block;
    if (first_block <= 0) return -1;
    const Block& intro = a_.blocks[static_cast<size_t>(first_block - 1)];
    if (intro.kind == BlockKind::kHeadline || intro.masked) return -1;
    int cited = -1;
    size_t cited_at = 0;
    for (const auto& [idx, at] : last_person_at_) {
      if (at >= intro.span.begin && at < intro.span.end && (cited < 0 || at > cited_at)) {
        cited = idx;
        cited_at = at;
      }
    }
    // An unnamed person who spoke there after anyone named ("Fire Chief Dan
    // Ortiz said no one was hurt. A neighbor, who asked not to be named,
    // said …. ¶ “I warned them,” she said.").
    for (const auto& [idx, at] : unnamed_person_at_) {
      if (at >= intro.span.begin && at < intro.span.end && (cited < 0 || at > cited_at)) {
        cited = idx;
        cited_at = at;
      }
    }
    if (cited >= 0) return cited;
    // Else the first person named in the last sentence of it that names
    // one: the subject more often than not ("Asked what she would miss,
    // Fennell paused"; "Gwen Adeyemi, whose children attend Ashcombe, …").
    auto it = std::lower_bound(person_mentions_.begin(), person_mentions_.end(), intro.span.end,
                               [](const auto& m, size_t p) { return m.first < p; });
    if (it == person_mentions_.begin() || (it - 1)->first < intro.span.begin) return -1;
    const int sentence = SentenceOf((it - 1)->first);
    while (it - 1 != person_mentions_.begin() && (it - 2)->first >= intro.span.begin &&
           SentenceOf((it - 2)->first) == sentence) {
      --it;
    }
    std::string role;
    std::string canonical = CanonicalName((it - 1)->second, pos, &role);
    return EnsurePerson(canonical, role);
  }

  // "Both": exactly two distinct people named from the start of the
  // sentence before up to `pos` are its referent, one joint source ("Ann
  // Lee and Tom Hale", design §3). -1 otherwise.
  int BothAntecedent(size_t pos) {
    const int s = SentenceOf(pos);
    if (s <= 0) return -1;
    const size_t sb = a_.tokens[SentFirst(s - 1)].span.begin;
    auto it = std::lower_bound(person_mentions_.begin(), person_mentions_.end(), sb,
                               [](const auto& x, size_t at) { return x.first < at; });
    std::vector<std::string> names;
    for (; it != person_mentions_.end() && it->first < pos; ++it) {
      if (std::find(names.begin(), names.end(), it->second) == names.end()) names.push_back(it->second);
      if (names.size() > 2) return -1;
    }
    if (names.size() != 2) return -1;
    return JointSource(names[0], names[1]);
  }

  // The joint source of two people named `a` and `b` (canonical names),
  // its members noted for JointSourceRoles.
  int JointSource(const std::string& a, const std::string& b) {
    const int idx = EnsurePerson(a + " and " + b, "");
    if (idx >= 0 && joint_members_.count(idx) == 0) joint_members_[idx] = {{a, ""}, {b, ""}};
    return idx;
  }

  // Two people named and joined ("Rennick and union president Delia
  // Marchetti") earlier in the sentence of `pos`: one joint source named
  // "Tobias Rennick and Delia Marchetti" (design: joint speakers' names
  // joined with " and "). -1 when there is no such pair.
  // With `subject`, only a pair joined by "and" with nothing but a title
  // between ("Ana Ruiz and Sen. Tom Hale"), and not the object of a
  // preposition ("an article by Ann Lee and Tom Hale"): a "they" in the
  // sentence after refers to such a pair (fixa36).
  int JointAntecedent(size_t pos, int back = 0, bool subject = false) {
    const int s = SentenceOf(pos);
    const size_t sb = a_.tokens[SentFirst(std::max(0, s - back))].span.begin;
    auto it = std::lower_bound(person_mentions_.begin(), person_mentions_.end(), sb,
                               [](const auto& m, size_t p) { return m.first < p; });
    for (; it != person_mentions_.end() && it + 1 != person_mentions_.end() && (it + 1)->first < pos; ++it) {
      const size_t t1 = TokenStartingAt(it->first), t2 = TokenStartingAt((it + 1)->first);
      if (t1 >= a_.tokens.size() || t2 >= a_.tokens.size() || a_.tokens[t1].in_quote) continue;
      const size_t e1 = CapRunEnd(t1, SentEnd(s));
      const int s1 = SentenceOf(it->first);
      if (e1 >= t2 || e1 >= SentEnd(s1) || !Has(noun_coordinators_, e1)) continue;
      bool plain = t2 - e1 <= 4;
      for (size_t t = e1 + 1; plain && t < t2; ++t) plain = IsWord(t) && !a_.tokens[t].in_quote;
      if (!plain || it->second == (it + 1)->second) continue;
      if (subject) {
        bool titles = LowIs(e1, "and");
        for (size_t t = e1 + 1; titles && t < t2; ++t) titles = Cap(t);
        if (!titles || TitledObjectOfPreposition(t1)) continue;
      }
      return JointSource(it->second, (it + 1)->second);
    }
    return -1;
  }

  // The fullest registered person name containing every token of `name`,
  // preferring the one mentioned most recently before `pos`. Looks only at
  // the distinct names sharing a token with `name` (names_with_token_), so
  // the cost does not grow with how often the article repeats its names.
  // Nominative forms a Russian name word in an oblique case may have,
  // likeliest first: "Ворониной", "Воронину" -> "Воронина"; "Петрову",
  // "Петровым", "Петрове" -> "Петров"; "Елены", "Елене", "Елену", "Еленой"
  // -> "Елена"; "Ольги" -> "Ольга"; "Марии" -> "Мария". Empty for a word
  // with none of those endings. The caller keeps only a form the article
  // writes as a name.
  static std::vector<std::string> NominativeForms(std::string_view w, bool lone) {
    std::vector<std::string> out;
    auto ends = [&](std::string_view e) { return w.size() > e.size() + 2 && w.substr(w.size() - e.size()) == e; };
    auto stem = [&](std::string_view e) { return std::string(w.substr(0, w.size() - e.size())); };
    if (ends("ой")) out.push_back(stem("ой") + "а");
    if (ends("ей")) out.push_back(stem("ей") + "я");
    if (ends("ым") || ends("им")) out.push_back(stem("ым"));
    if (ends("ом")) out.push_back(stem("ом"));
    if (ends("ы")) out.push_back(stem("ы") + "а");
    if (ends("и")) {
      out.push_back(stem("и") + "а");
      out.push_back(stem("и") + "я");
    }
    if (ends("у")) {
      out.push_back(stem("у") + "а");
      out.push_back(stem("у"));
    }
    if (ends("ю")) out.push_back(stem("ю") + "я");
    if (ends("е")) {
      out.push_back(stem("е") + "а");
      out.push_back(stem("е") + "я");
      out.push_back(stem("е"));
    }
    if (ends("ого")) out.push_back(stem("ого") + "ий");
    // "Андрея Кравца" -> "Кравец" (the vowel that drops in the oblique
    // cases); "Ивана Петрова" -> "Иван Петров" only as a whole name: alone,
    // "Петрова" may be a woman's name in the nominative.
    if (ends("ца")) out.push_back(stem("ца") + "ец");
    if (!lone && ends("а")) out.push_back(stem("а"));
    // "Андрея Лисовского", "Игоря Белова": a man's given name in -й or -ь
    // (fixb35).
    if (!lone && ends("я")) {
      out.push_back(stem("я") + "й");
      out.push_back(stem("я") + "ь");
    }
    return out;
  }

  std::string CanonicalName(const std::string& name, size_t pos, std::string* role) const {
    std::vector<std::string_view> parts;
    {
      size_t b = 0;
      while (b < name.size()) {
        size_t e = name.find(' ', b);
        if (e == std::string::npos) e = name.size();
        if (e > b) parts.emplace_back(name.data() + b, e - b);
        b = e + 1;
      }
    }
    auto contains_all = [](const DistinctName& d, const auto& tokens) {
      for (const auto& t : tokens) {
        if (std::find(d.tokens->begin(), d.tokens->end(), t) == d.tokens->end()) return false;
      }
      return true;
    };
    // Every distinct name holding all of `tokens`, in order of first mention.
    auto each_holding = [&](const auto& tokens, auto&& f) {
      if (tokens.empty()) {
        for (uint32_t d = 0; d < names_.size(); ++d) f(names_[d]);
        return;
      }
      auto it = names_with_token_.find(tokens.front());
      if (it == names_with_token_.end()) return;
      for (uint32_t d : it->second) {
        if (contains_all(names_[d], tokens)) f(names_[d]);
      }
    };
    // The mention at or before `pos` nearest to it, else the first after it.
    auto nearest = [&](const auto& tokens) -> const DistinctName* {
      const DistinctName* best = nullptr;
      size_t best_at = 0;
      const DistinctName* after = nullptr;
      size_t after_at = 0;
      each_holding(tokens, [&](const DistinctName& d) {
        if (d.tokens->size() < tokens.size()) return;
        auto it = std::upper_bound(d.positions.begin(), d.positions.end(), pos);
        if (it != d.positions.begin() && (!best || *(it - 1) > best_at)) {
          best = &d;
          best_at = *(it - 1);
        }
        if (it != d.positions.end() && (!after || *it < after_at)) {
          after = &d;
          after_at = *it;
        }
      });
      return best ? best : after;
    };
    const DistinctName* chosen = nullptr;
    // "Ворониной", "Воронину", "Елены Ворониной": in a language that
    // inflects names for case (orthography case-inflected-names), a word of
    // the name in an oblique case is the nominative form the article names
    // someone by, when it does ("Елена Воронина"); only that form is asked.
    if (case_inflected_names_) {
      std::vector<std::string> nominative;
      bool changed = false;
      for (const auto& part : parts) {
        std::string form(part);
        for (const auto& candidate : NominativeForms(part, parts.size() == 1)) {
          if (names_with_token_.find(std::string_view(candidate)) != names_with_token_.end()) {
            form = candidate;
            changed = true;
            break;
          }
        }
        nominative.push_back(std::move(form));
      }
      if (changed) chosen = nearest(nominative);
    }
    if (!chosen) chosen = nearest(parts);
    if (!chosen) return name;
    // Prefer the longest form of the same person, up to four words: the
    // first-mentioned of the longest.
    const DistinctName* fullest = chosen;
    each_holding(*chosen->tokens, [&](const DistinctName& d) {
      size_t n = d.tokens->size();
      if (n > 4 || n < fullest->tokens->size()) return;
      if (n > fullest->tokens->size() || (fullest != chosen && d.first < fullest->first)) fullest = &d;
    });
    if (role && role->empty() && fullest->role) *role = *fullest->role;
    return *fullest->name;
  }

  // Indexes registry_ by distinct name and by token (after the first pass).
  void IndexRegistry() {
    std::unordered_map<std::string_view, uint32_t> by_name;
    by_name.reserve(registry_.size());
    names_.reserve(names_.size() + registry_.size());
    for (size_t k = 0; k < registry_.size(); ++k) {
      const RegisteredName& n = registry_[k];
      auto [it, fresh] = by_name.try_emplace(n.name, static_cast<uint32_t>(names_.size()));
      if (fresh) {
        DistinctName d;
        d.name = &n.name;
        d.tokens = &n.tokens;
        d.first = k;
        names_.push_back(d);
        // Each distinct token once (a name has a handful: a linear look
        // back, no set allocated per name).
        for (auto t = n.tokens.begin(); t != n.tokens.end(); ++t) {
          if (std::find(n.tokens.begin(), t, *t) == t) names_with_token_[*t].push_back(it->second);
        }
        if (n.tokens.size() >= 2) surnames_.insert(n.tokens.back());
      }
      DistinctName& d = names_[it->second];
      d.positions.push_back(n.position);
      if (!d.role && !n.role.empty()) d.role = &n.role;
    }
  }

  // ------------------------------------------------------------------ cues
  // Chinese and Japanese: a token is one character, so a cue ("表示",
  // "と述べた") is matched on the glued characters of consecutive tokens.
  bool Cjk(size_t i) const {
    if (i >= a_.tokens.size()) return false;
    int32_t k = static_cast<int32_t>(a_.tokens[i].span.begin);
    UChar32 c;
    U8_NEXT(w_.data(), k, static_cast<int32_t>(w_.size()), c);
    if (c < 0x2E80) return false;  // before the CJK radicals (and invalid bytes)
    UErrorCode err = U_ZERO_ERROR;
    UScriptCode sc = uscript_getScript(c, &err);
    return sc == USCRIPT_HAN || sc == USCRIPT_HIRAGANA || sc == USCRIPT_KATAKANA;
  }

  // Token index whose span ends exactly at byte `end`, at or after `from`.
  size_t TokenEndingAt(size_t from, size_t end, int s) const {
    for (size_t t = from; t < SentEnd(s); ++t) {
      if (a_.tokens[t].span.end == end) return t;
      if (a_.tokens[t].span.end > end) break;
    }
    return SIZE_MAX;
  }

  void FindCjkCues() {
    // The cue entries written without spaces in a CJK script, longest first.
    std::vector<size_t> entries;
    for (size_t ci = 0; ci < pack_.cues.size(); ++ci) {
      const auto& words = pack_.cues[ci].words;
      if (words.size() == 1 && !words[0].empty() && static_cast<unsigned char>(words[0][0]) >= 0xE0) {
        entries.push_back(ci);
      }
    }
    if (entries.empty()) return;
    std::stable_sort(entries.begin(), entries.end(), [&](size_t x, size_t y) {
      return pack_.cues[x].words[0].size() > pack_.cues[y].words[0].size();
    });
    for (size_t i = 0; i < a_.tokens.size(); ++i) {
      if (a_.tokens[i].in_quote || !Cjk(i)) continue;
      int s = a_.tokens[i].sentence;
      size_t pos = a_.tokens[i].span.begin;
      for (size_t ci : entries) {
        const std::string& word = pack_.cues[ci].words[0];
        size_t length = word.size();
        if (w_.compare(pos, word.size(), word) != 0) {
          // "「…」とも語った": the particle も after the quotative と ("also
          // said") is of the cue, not of the content.
          static const std::string kTo = "\xE3\x81\xA8", kMo = "\xE3\x82\x82";  // と, も
          if (word.size() <= kTo.size() || word.compare(0, kTo.size(), kTo) != 0 ||
              w_.compare(pos, kTo.size(), kTo) != 0 || w_.compare(pos + kTo.size(), kMo.size(), kMo) != 0 ||
              w_.compare(pos + kTo.size() + kMo.size(), word.size() - kTo.size(), std::string_view(word).substr(kTo.size())) != 0) {
            continue;
          }
          length += kMo.size();
        }
        size_t last = TokenEndingAt(i, pos + length, s);
        if (last == SIZE_MAX) continue;
        bool quoted = false;
        for (size_t t = i; t <= last; ++t) quoted |= a_.tokens[t].in_quote;
        if (quoted) continue;
        pending_.push_back({CueHit{i, last, &pack_.cues[ci], s}, std::nullopt, false, {}, -1});
        i = last;
        break;
      }
    }
    FindSplitQuotativeCues(entries);
  }

  // Between the nearest と before `pos` (at most 60 bytes back, after
  // `from`) and the topic particle that ends right before `pos`: a phrase
  // that ends in an anonymous-heads entry ("複数の政府関係者が").
  bool AnonymousSubjectAfterTo(size_t from, size_t pos, const std::vector<std::string>& particles) const {
    static const std::string kTo = "\xE3\x81\xA8";  // と
    size_t particle = 0;
    for (const auto& pt : particles) {
      if (pos >= pt.size() && w_.compare(pos - pt.size(), pt.size(), pt) == 0) particle = pt.size();
    }
    if (particle == 0) return false;
    const size_t end = pos - particle;
    for (size_t at = end; at > from && pos - at <= 60;) {
      --at;
      if (w_.compare(at, kTo.size(), kTo) != 0) continue;
      const size_t b = at + kTo.size();
      if (b >= end) return false;
      return EndsWithEntry(w_.substr(b, end - b), "anonymous-heads", nullptr);
    }
    return false;
  }

  // Japanese with the quote first: "「合意はない」と田中太郎外相は述べた。"
  // The entry "と述べた" is split around its subject: "と" closes the quote
  // and the verb follows the subject's topic particle (list
  // topic-particles). The verb is the cue; the subject is found left of it.
  void FindSplitQuotativeCues(const std::vector<size_t>& entries) {
    static const std::string kTo = "\xE3\x81\xA8";  // と
    const auto& particles = pack_.List("topic-particles");
    if (particles.empty()) return;
    std::vector<bool> taken(a_.tokens.size(), false);
    for (const auto& p : pending_) {
      for (size_t t = p.cue.first; t <= p.cue.last && t < taken.size(); ++t) taken[t] = true;
    }
    for (size_t i = 1; i < a_.tokens.size(); ++i) {
      if (a_.tokens[i].in_quote || !Cjk(i) || taken[i]) continue;
      const int s = a_.tokens[i].sentence;
      const size_t pos = a_.tokens[i].span.begin;
      // A topic particle right before the verb; or an oblique particle
      // ("首相は記者団に語った": list oblique-particles) with a topic
      // particle before it in the stretch checked below.
      bool after_particle = false;
      bool after_oblique = false;
      for (const auto& pt : particles) {
        if (pos >= pt.size() && w_.compare(pos - pt.size(), pt.size(), pt) == 0) after_particle = true;
      }
      for (const auto& op : oblique_particles_) {
        if (pos >= op.size() && w_.compare(pos - op.size(), op.size(), op) == 0) after_oblique = true;
      }
      if (!after_particle && !after_oblique) continue;
      for (size_t ci : entries) {
        const std::string& word = pack_.cues[ci].words[0];
        if (word.size() <= kTo.size() || word.compare(0, kTo.size(), kTo) != 0) continue;
        const std::string verb = word.substr(kTo.size());
        if (w_.compare(pos, verb.size(), verb) != 0) continue;
        const size_t last = TokenEndingAt(i, pos + verb.size(), s);
        if (last == SIZE_MAX) continue;
        // "と" right after a closing quote mark earlier in the sentence, at
        // most 40 bytes (about a dozen characters) before the verb.
        const size_t from = a_.tokens[SentFirst(s)].span.begin;
        bool quote_to = false;
        bool topic_between = after_particle;
        const size_t reach = after_particle ? 40 : 60;
        for (size_t at = pos; at > from && pos - at <= reach && !quote_to;) {
          --at;
          for (const auto& pt : particles) {
            if (!topic_between && at + pt.size() <= pos && w_.compare(at, pt.size(), pt) == 0) topic_between = true;
          }
          if (w_.compare(at, kTo.size(), kTo) != 0 || at < 3) continue;
          const std::string_view mark(w_.data() + at - 3, 3);
          quote_to = mark == "\xE3\x80\x8D" || mark == "\xE3\x80\x8F";  // 」 』
        }
        // "計画は中止されたと複数の政府関係者が明らかにした": no quote, what
        // was said before と; the subject between と and the verb must end
        // in an unnamed-source head (list anonymous-heads) before its
        // particle, so that a clause's own と (「…」) is not read so.
        if (!quote_to && after_particle) quote_to = AnonymousSubjectAfterTo(from, pos, particles);
        if (!quote_to || !topic_between) continue;
        pending_.push_back({CueHit{i, last, &pack_.cues[ci], s}, std::nullopt, false, {}, -1});
        i = last;
        break;
      }
    }
  }


  bool EndsWithEntry(const std::string& text, std::string_view list, std::string* entry) const {
    std::string best;
    for (const auto& e : pack_.List(list)) {
      if (e.size() > best.size() && text.size() >= e.size() &&
          text.compare(text.size() - e.size(), e.size(), e) == 0) {
        best = e;
      }
    }
    if (entry) *entry = best;
    return !best.empty();
  }

  bool StartsWithEntry(const std::string& text, std::string_view list, std::string* entry) const {
    std::string best;
    for (const auto& e : pack_.List(list)) {
      if (e.size() > best.size() && text.compare(0, e.size(), e) == 0) best = e;
    }
    if (entry) *entry = best;
    return !best.empty();
  }

  // A CJK noun phrase over tokens [b, e] (inclusive), classified by its ending.
  std::optional<Mention> ClassifyCjk(size_t b, size_t e) {
    auto m = MentionFromRange(b, e);
    if (!m) return m;
    std::string text = w_.substr(m->span.begin, m->span.size());
    std::string entry;
    if (InWord(kPronouns, text)) {
      m->type = MentionType::kPronoun;
      m->head = text;
      m->plural = InWord(kPronounsPlural, text);
      return m;
    }
    // "田村由香さん", "王女士": an honorific after the name is not part of it.
    if (EndsWithEntry(text, "honorifics", &entry) && text.size() > entry.size()) {
      size_t t = CjkTokenEndingAt(b, m->span.end - entry.size());
      if (t != SIZE_MAX) return ClassifyCjk(b, t);
    }
    // "首相は", "同社長", "该局长": a title or role noun alone (after a
    // definite determiner) refers to the person who holds it; an unnamed
    // source's head ("发言人") stays an unnamed source.
    {
      std::string det, bare = text, indefinite;
      if (StartsWithEntry(text, "definite-determiners", &det)) {
        bare = text.substr(det.size());
      } else if (StartsWithEntry(text, "determiners", &indefinite)) {
        bare = text.substr(indefinite.size());
      }
      if (!bare.empty() && (InWord(kTitles, bare) || InWord(kRoleNouns, bare)) && !InWord(kAnonymousHeads, bare)) {
        // "ある閣僚は": after an indefinite determiner ("a certain") the
        // office names nobody in particular: an unnamed source described
        // by its role.
        const bool before = det.empty() && indefinite.empty() && b > 0 &&
                            a_.tokens[b - 1].sentence == a_.tokens[b].sentence && !a_.tokens[b - 1].in_quote &&
                            In(kDeterminers, b - 1) && !In(kDefiniteDeterminers, b - 1);
        if (before || !indefinite.empty()) {
          if (before) m->span.begin = a_.tokens[b - 1].span.begin;
          m->type = MentionType::kDescription;
          m->head = bare;
          m->described = true;
          return m;
        }
        m->type = MentionType::kAnaphor;
        m->head = bare;
        return m;
      }
    }
    // "政府関係者の一人": a count after an unnamed source's head.
    std::string counted;
    if (EndsWithEntry(text, "count-suffixes", &counted) && text.size() > counted.size()) {
      std::string rest = text.substr(0, text.size() - counted.size());
      if (EndsWithEntry(rest, "anonymous-heads", &entry)) text = rest;
    }
    if (EndsWithEntry(text, "anonymous-heads", &entry)) {
      m->head = entry;
      m->plural = InWord(kPluralHeads, entry);
      std::string det;
      if (StartsWithEntry(text, "definite-determiners", &det) && text.size() == det.size() + entry.size()) {
        m->type = MentionType::kAnaphor;
        return m;
      }
      m->type = MentionType::kDescription;
      std::string before = text.substr(0, text.size() - entry.size());
      std::string org;
      // Tied to an organisation or a place: "交通运输局工作人员", "卡斯蘭政府高級官員".
      for (const auto& list : {"organization-heads", "affiliation-nouns", "places", "organizations"}) {
        for (const auto& o : pack_.List(list)) {
          if (!o.empty() && (before.find(o) != std::string::npos || entry.find(o) == 0)) m->described = true;
        }
      }
      if (InWord(kSpecificHeads, entry)) m->described = true;
      // "卡斯蘭官員們", "兩名熟悉相關情報的卡斯蘭現任和前任官員": a proper noun
      // no list knows (a country, a party, a company) before the head ties
      // the source to it; determiners, numbers, modifiers ("高级", "现任")
      // and a relative clause ending in 的 do not.
      if (!m->described && CjkNamesSide(before)) m->described = true;
      return m;
    }
    if (EndsWithEntry(text, "document-heads", &entry)) {
      // "県が昨年まとめた報告書": the document, without the relative clause.
      for (size_t t = e; t > b; --t) {
        if (CjkHiragana(t - 1)) {
          if (t <= e) return ClassifyCjk(t, e);
          break;
        }
      }
      m->type = MentionType::kDocument;
      m->name = text;
      return m;
    }
    if (EndsWithEntry(text, "organization-heads", &entry) || InWord(kOrganizations, text)) {
      m->type = MentionType::kOrganization;
      m->name = text;
      return m;
    }
    // A person: titles before or after the name are the role.
    // Japanese: a relative clause before the name ends in kana
    // ("高校に通う田村由香", "協議会の川村誠会長"); the name is what follows
    // its last hiragana.
    for (size_t t = e; t > b; --t) {
      if (!CjkHiragana(t - 1)) continue;
      if (t > e) break;
      auto named = ClassifyCjk(t, e);
      // "外務大臣の田中太郎氏": a title joined to the name by の (list
      // title-linkers) is the person's role.
      if (named && named->type == MentionType::kName && named->role.empty() && t - 1 > b &&
          HasWord(title_linkers_, std::string(Tok(t - 1)))) {
        size_t tb = b;
        for (size_t k = t - 1; k-- > b;) {
          if (CjkHiragana(k)) {
            tb = k + 1;
            break;
          }
        }
        std::string before = tb < t - 1 ? Text(tb, t - 2) : std::string();
        std::string title;
        if (!before.empty() && EndsWithEntry(before, "titles", &title)) named->role = before;
      }
      return named;
    }
    m->type = MentionType::kName;
    std::string title;
    std::string name = text;
    if (StartsWithEntry(name, "titles", &title) && name.size() > title.size()) {
      m->role = title;
      name = name.substr(title.size());
    } else if (EndsWithEntry(name, "titles", &title) && name.size() > title.size()) {
      m->role = title;
      name = name.substr(0, name.size() - title.size());
      // "田中太郎外務大臣": the words of list title-prefixes ("外務", "財務")
      // written before the title are part of it, not of the name.
      std::string prefix;
      for (int guard = 0; guard < 3 && EndsWithEntry(name, "title-prefixes", &prefix) && name.size() > prefix.size();
           ++guard) {
        m->role = prefix + m->role;
        name.resize(name.size() - prefix.size());
      }
    }
    // "江临市交通运输局副局长周明远": an organisation and a title before the
    // name. The name is what follows the last title, when that is two to
    // four ideographs (the length of a Chinese personal name).
    size_t split = 0;
    for (const auto& t : pack_.List("titles")) {
      size_t at = name.rfind(t);
      if (t.empty() || at == std::string::npos) continue;
      size_t after = at + t.size();
      size_t chars = 0;
      bool ideographs = true;
      for (int32_t k = static_cast<int32_t>(after); k < static_cast<int32_t>(name.size());) {
        UChar32 c;
        U8_NEXT(name.data(), k, static_cast<int32_t>(name.size()), c);
        ideographs = ideographs && c >= 0 && u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC);
        ++chars;
      }
      if (ideographs && chars >= 2 && chars <= 4 && after > split) split = after;
    }
    if (split > 0) {
      m->role = m->role.empty() ? name.substr(0, split) : m->role + name.substr(0, split);
      name = name.substr(split);
    }
    m->name = name;
    return m;
  }

  // Whether `before` (the words before an unnamed source's head) holds a
  // word of its own after its relative clause (up to the last
  // postmodifier opener, 的) and any determiners, numbers, modifiers and
  // coordinators (verb-coordinators, np-boundaries): two ideographs or
  // katakana at least, and no hiragana (a Japanese clause).
  bool CjkNamesSide(std::string before) const {
    for (const auto& o : pack_.List("postmodifier-openers")) {
      size_t at = o.empty() ? std::string::npos : before.rfind(o);
      if (at != std::string::npos) before = before.substr(at + o.size());
    }
    for (bool stripped = true; stripped && !before.empty();) {
      stripped = false;
      for (const char* list : {"determiners", "definite-determiners", "numbers", "modifiers", "np-boundaries"}) {
        std::string entry;
        if (StartsWithEntry(before, list, &entry)) {
          before = before.substr(entry.size());
          stripped = true;
        }
      }
      // A modifier at the end ("卡斯蘭現任和前任") is stripped there too.
      for (const char* list : {"modifiers", "np-boundaries"}) {
        std::string entry;
        if (EndsWithEntry(before, list, &entry) && entry.size() < before.size()) {
          before.resize(before.size() - entry.size());
          stripped = true;
        }
      }
    }
    size_t chars = 0;
    for (int32_t k = 0; k < static_cast<int32_t>(before.size());) {
      UChar32 c;
      U8_NEXT(before.data(), k, static_cast<int32_t>(before.size()), c);
      UErrorCode err = U_ZERO_ERROR;
      const UScriptCode sc = c < 0 ? USCRIPT_INVALID_CODE : uscript_getScript(c, &err);
      if (sc != USCRIPT_HAN && sc != USCRIPT_KATAKANA) return false;
      ++chars;
    }
    return chars >= 2;
  }

  // Whether token `t` is one Hiragana character (Japanese particles and
  // verb endings; never part of a kanji or katakana name).
  bool CjkHiragana(size_t t) const {
    int32_t k = static_cast<int32_t>(a_.tokens[t].span.begin);
    UChar32 c;
    U8_NEXT(w_.data(), k, static_cast<int32_t>(w_.size()), c);
    UErrorCode err = U_ZERO_ERROR;
    return c >= 0x3040 && uscript_getScript(c, &err) == USCRIPT_HIRAGANA;
  }

  // The token of `first`'s sentence, at or after it, that ends at byte `end`.
  size_t CjkTokenEndingAt(size_t first, size_t end) const {
    return TokenEndingAt(first, end, a_.tokens[first].sentence);
  }

  bool CjkBoundary(size_t t) const {
    if (!IsWord(t) || a_.tokens[t].in_quote) return true;
    if (in_cue_[t]) return true;  // another cue
    // "参与", "參與": a boundary character (与, "and") that ends a modifier.
    if (t > 0 && Cjk(t - 1) && a_.tokens[t - 1].span.end == a_.tokens[t].span.begin) {
      const std::string pair = std::string(Tok(t - 1)) + std::string(Tok(t));
      if (InWord(kModifiers, pair)) return false;
    }
    // "現任和前任": a coordinator between two modifiers of one head.
    if (t >= 2 && t + 2 < a_.tokens.size() && Cjk(t - 2) && Cjk(t + 2)) {
      const std::string left = std::string(Tok(t - 2)) + std::string(Tok(t - 1));
      const std::string right = std::string(Tok(t + 1)) + std::string(Tok(t + 2));
      if (InWord(kModifiers, left) && InWord(kModifiers, right)) return false;
    }
    return InWord(kNpBoundaries, Tok(t));
  }

  // A date token of CJK text: digits with 日/月/年/号 ("7日", "12月").
  bool IsCjkDate(size_t k) const {
    std::string_view t = Tok(k);
    size_t d = 0;
    while (d < t.size() && t[d] >= '0' && t[d] <= '9') ++d;
    if (d == 0) return false;
    std::string_view rest = t.substr(d);
    return rest == "\xE6\x97\xA5" || rest == "\xE6\x9C\x88" || rest == "\xE5\xB9\xB4" || rest == "\xE5\x8F\xB7" ||
           rest.empty();
  }
  // ... or 日/月/年/号 as a token of its own after the digits.
  bool IsCjkDateUnit(size_t k) const {
    std::string_view t = Tok(k);
    return k > 0 && IsCjkDate(k - 1) &&
           (t == "\xE6\x97\xA5" || t == "\xE6\x9C\x88" || t == "\xE5\xB9\xB4" || t == "\xE5\x8F\xB7");
  }

  // The CJK noun phrase ending at token `j`, looking left to a boundary.
  std::optional<Mention> ParseLeftCjk(size_t j, int s) {
    // 「…」と述べた: the source stands before the quote, marked by は/が.
    while (j > SentFirst(s) && a_.tokens[j].in_quote) --j;
    if (a_.tokens[j].in_quote) return std::nullopt;
    // "記者団に対し「…」と述べた": the phrase before 対し (list
    // addressee-markers) is the addressee. The speaker is the phrase a topic
    // particle marks before it; with none, the quote has no speaker here.
    {
      const size_t end = a_.tokens[j].span.end;
      const size_t from = a_.tokens[SentFirst(s)].span.begin;
      for (const auto& marker : pack_.List("addressee-markers")) {
        if (end < from + marker.size() || w_.compare(end - marker.size(), marker.size(), marker) != 0) continue;
        // The token holding the marker's first byte; the addressee before it
        // carries no topic particle, so TopicSubjectCjk passes over it.
        size_t m = TokenStartingAt(end - marker.size());
        if (m >= a_.tokens.size() || a_.tokens[m].span.begin > end - marker.size()) --m;
        return m > SentFirst(s) ? TopicSubjectCjk(m - 1, s) : std::nullopt;
      }
    }
    const bool particle = InWord(kTopicParticles, std::string(Tok(j)));
    if (particle || CjkBoundary(j)) {
      if (auto subject = TopicSubjectCjk(j, s)) return subject;
    }
    // "岸田文雄首相は記者団に語った": an addressee or other phrase with a
    // case particle (list oblique-particles: に, へ) before the cue; the
    // subject is the phrase a topic particle marks before it.
    if (!particle && j > SentFirst(s) && Has(oblique_particles_, j)) {
      if (auto subject = TopicSubjectCjk(j - 1, s)) return subject;
    }
    if (particle && j > SentFirst(s)) --j;
    return NounPhraseLeftCjk(j, s);
  }

  // Japanese: the subject is the phrase a topic particle (list
  // topic-particles: は, が, も) marks, and adverbial phrases may stand
  // between it and the quote or the cue ("政府高官は記者団に対し、「…」と
  // 語った", "幹部は匿名を条件に「…」と明かした"). Of the marked phrases
  // before token `j`, the nearest that the lists know (an unnamed source, an
  // organisation, a document, a pronoun, a title, a name with a title or an
  // honorific); else the first of the sentence ("木島は会見で、計画が「…」").
  std::optional<Mention> TopicSubjectCjk(size_t j, int s, bool known_only = false, bool comma_after = false) {
    std::optional<Mention> weak;
    for (size_t k = j + 1; k-- > SentFirst(s) + 1;) {
      if (a_.tokens[k].in_quote || !IsWord(k) || !InWord(kTopicParticles, std::string(Tok(k)))) continue;
      if (comma_after && (k + 1 >= SentEnd(s) || !IsComma(k + 1))) continue;
      // "報告書『地域公共交通の将来像』も": a title in marks after its document.
      size_t e = k - 1;
      const size_t marked_end = e;
      while (e > SentFirst(s) && a_.tokens[e].in_quote) --e;
      if (a_.tokens[e].in_quote) continue;
      auto m = NounPhraseLeftCjk(e, s);
      if (!m) continue;
      if (e != marked_end) {
        if (m->type != MentionType::kDocument) continue;
        m->span.end = a_.tokens[marked_end].span.end;
        m->name = w_.substr(m->span.begin, m->span.size());
      }
      bool known = m->type != MentionType::kName || !m->role.empty() ||
                   StartsWithEntry(w_.substr(m->span.end, 16), "honorifics", nullptr);
      if (known) return m;
      if (!known_only) weak = m;
    }
    return weak;
  }

  // The CJK noun phrase ending at token `j` (inclusive).
  std::optional<Mention> NounPhraseLeftCjk(size_t j, int s) {
    if (CjkBoundary(j)) return std::nullopt;
    // "一名美国官员周二表示", "发言人毛宁周一表示": time words between the
    // source and its cue are not part of the source.
    const auto skip_time_words = [&](size_t at) {
      for (int guard = 0; guard < 4 && at > SentFirst(s) + 1; ++guard) {
        if (IsCjkDate(at) || IsCjkDateUnit(at)) {
          if (CjkBoundary(at - 1)) break;
          --at;
          continue;
        }
        const size_t from = a_.tokens[SentFirst(s)].span.begin;
        std::string entry;
        if (!EndsWithEntry(std::string(w_.substr(from, a_.tokens[at].span.end - from)), "time-words", &entry)) break;
        const size_t start = a_.tokens[at].span.end - entry.size();
        size_t t = at;
        while (t > SentFirst(s) && a_.tokens[t].span.begin > start) --t;
        if (a_.tokens[t].span.begin != start || t <= SentFirst(s) || CjkBoundary(t - 1)) break;
        at = t - 1;
      }
      return at;
    };
    j = skip_time_words(j);
    size_t b = j;
    // "周明远在当天的新闻发布会上表示", "許文彬7日在市議會答詢時表示": a
    // place or time phrase opened by a locative preposition stands between
    // the source and its cue; skip it, and time words before it ("7日").
    for (int rounds = 0; rounds < 2; ++rounds) {
      b = j;
      size_t guard = 24;
      while (b > SentFirst(s) && guard-- > 0 && !CjkBoundary(b - 1) &&
             !InWord(kTopicParticles, std::string(Tok(b - 1)))) {
        --b;
      }
      if (b < SentFirst(s) + 2 || !Has(locative_openers_, b - 1)) break;
      size_t k = b - 2;
      while (k > SentFirst(s) && (InWord(kTimeWords, Low(k)) || IsCjkDate(k) || IsCjkDateUnit(k))) --k;
      if (CjkBoundary(k)) break;
      // ("王文涛周二在北京表示": a time word glued to the name before the
      // place phrase.)
      j = skip_time_words(k);
    }
    // Time words at the start ("5日", "昨天") are not part of the source.
    return ClassifyCjk(b, j);
  }

  // The CJK noun phrase starting at token `i` (据 X 称): up to the next cue,
  // boundary or particle.
  std::optional<Mention> ParseRightCjk(size_t i, int s) {
    if (i >= SentEnd(s) || CjkBoundary(i)) return std::nullopt;
    size_t e = i;
    size_t guard = 24;
    while (e + 1 < SentEnd(s) && guard-- > 0 && !CjkBoundary(e + 1) && !CueStartsAt(e + 1)) ++e;
    return ClassifyCjk(i, e);
  }

  // Whether a cue whose source follows it ("according to", list entries
  // with source_after) starts at token `t`.
  bool CitationCueAt(size_t t) const {
    auto it = std::lower_bound(pending_.begin(), pending_.end(), t,
                               [](const PendingAttribution& p, size_t at) { return p.cue.first < at; });
    return it != pending_.end() && it->cue.first == t && it->cue.entry != nullptr && it->cue.entry->source_follows &&
           it->cue.entry != &dash_cue_ && it->cue.entry != &poll_cue_;
  }

  // "Two aides disputed it. One said …", "“…,” each added": a word of list
  // group-member-words `d` right before the cue word `i` is its subject,
  // not a determiner, when the cue word is no plural noun and what follows
  // it opens no verb group ("One claim was false", "Each report said": the
  // word is a noun's determiner).
  bool GroupMemberSubject(size_t d, size_t i, int s) const {
    if (!HasWord(group_member_words_, Low(d)) || Low(i).back() == 's') return false;
    // (At a clause's start: "Lee and Bell each said" floats "each" after
    // its subject, list floating-quantifiers.)
    if (d > SentFirst(s) && IsWord(d - 1) && !In(kClauseOpeners, d - 1) && !In(kComplementizers, d - 1)) return false;
    const size_t n = i + 1;
    if (n >= SentEnd(s) || !IsWord(n) || a_.tokens[n].in_quote) return true;
    return !In(kCopulas, n) && !Has(modals_, n) && !In(kCueAuxiliaries, n) && !CueStartsAt(n);
  }

  bool CueStartsAt(size_t t) const {
    if (cue_starts_.size() == a_.tokens.size()) return cue_starts_[t];
    for (const auto& p : pending_) {
      if (p.cue.first == t) return true;
    }
    return false;
  }

  // A headline-style sentence ("Senator Praises Ruling"): most of its words
  // of four letters or more are capitalized. Cached per sentence.
  bool TitleCased(int s) const {
    auto& cached = title_cased_[static_cast<size_t>(s)];
    if (cached < 0) {
      size_t long_words = 0, capitalized = 0;
      for (size_t k = SentFirst(s); k < SentEnd(s); ++k) {
        std::string_view t = Tok(k);
        if (!IsWord(k) || t.size() < 4) continue;
        ++long_words;
        if (t[0] >= 'A' && t[0] <= 'Z') ++capitalized;
      }
      cached = long_words >= 2 && capitalized * 10 >= long_words * 7 ? 1 : 0;
    }
    return cached == 1;
  }

  bool MidSentenceCapitalized(size_t i, int s) const {
    if (i <= SentFirst(s)) return false;
    std::string_view t = Tok(i);
    if (t.size() < 2 || !(t[0] >= 'A' && t[0] <= 'Z') || (t[1] >= 'A' && t[1] <= 'Z')) return false;
    const Block& blk = a_.blocks[static_cast<size_t>(a_.sentences[static_cast<size_t>(s)].block)];
    if (blk.kind == BlockKind::kHeadline || TitleCased(s)) return false;
    // After an opening mark, a colon or a dash a word may start a sentence.
    std::string_view prev = Tok(i - 1);
    return IsWord(i - 1) || prev == "," || prev == "(";
  }

  // "Hope Hicks, a spokeswoman, did not respond", "said Hope Hicks": in
  // English running text, a capitalized cue word that list given-names
  // holds, right before a capitalized word that is no function word and
  // no cue, opens a person's name; it is no verb.
  bool GivenNameBeforeSurname(size_t i, int s) const {
    if (a_.language != "en" || i + 1 >= SentEnd(s) || !Cap(i) || !IsWord(i + 1) || !Cap(i + 1)) return false;
    const std::string_view t = Tok(i);
    const std::string_view n = Tok(i + 1);
    if (t.size() < 2 || !(t[1] >= 'a' && t[1] <= 'z') || n.size() < 2 || !(n[1] >= 'a' && n[1] <= 'z')) return false;
    if (a_.tokens[i + 1].in_quote || !GenderIn(pack_.given_gender, Low(i))) return false;
    const Block& blk = a_.blocks[static_cast<size_t>(a_.sentences[static_cast<size_t>(s)].block)];
    if (blk.kind == BlockKind::kHeadline || TitleCased(s)) return false;
    if (In(kFunctionWords, i + 1) || In(kPronouns, i + 1) || In(kDeterminers, i + 1)) return false;
    return pack_.cue_index.find(Low(i + 1)) == pack_.cue_index.end();
  }

  // "les a démentis", "l'a confirmée": in French a participle after its
  // auxiliary agrees with a direct object pronoun written before the
  // auxiliary (list object-clitics, or elided and glued to it); word `j`
  // is the last word `k` of cue `cue`, opened at `i`, with "e", "s" or
  // "es" added.
  bool AgreeingParticiple(size_t i, size_t j, size_t k, const CueEntry& cue, bool elided) const {
    if (a_.language != "fr" || k == 0 || k + 1 != cue.words.size()) return false;
    if (!elided && (i == 0 || !Has(object_clitics_, i - 1) || a_.tokens[i - 1].in_quote)) return false;
    const std::string& w = Low(j);
    const std::string& base = cue.words[k];
    if (w.size() <= base.size() || w.compare(0, base.size(), base) != 0) return false;
    const std::string_view rest(w.data() + base.size(), w.size() - base.size());
    return rest == "e" || rest == "s" || rest == "es";
  }

  void FindCues() {
    FindCjkCues();
    int exception_sentence = -1;
    std::vector<std::pair<const ExceptionList*, ExceptionMatches>> exception_cache;  // this sentence's
    for (size_t i = 0; i < a_.tokens.size(); ++i) {
      if (a_.tokens[i].in_quote || !IsWord(i)) continue;
      // "C'est ce qu'a affirmé le maire", "ce qu'affirme X": "que" elided
      // and glued to the cue's first word (an auxiliary or the verb); the
      // cue is read from the word after the apostrophe.
      const std::string* key = &Low(i);
      std::string elided;
      if (!((bits_[i] >> kCueFirstWordBit) & 1)) {
        size_t cut = 0;
        if (key->rfind("qu'", 0) == 0) cut = 3;
        else if (key->rfind("qu\xE2\x80\x99", 0) == 0) cut = 5;
        // "Le ministre l'a démenti", "Il ministro l'ha smentito": the object
        // pronoun elided and glued to the auxiliary (ElidedObjectBeforeCue).
        else if (ElidedObjectBeforeCue(i)) cut = key->rfind("l'", 0) == 0 ? 2 : 4;
        if (cut == 0 || cut >= key->size()) continue;
        elided = key->substr(cut);
        key = &elided;
      }
      if (Cjk(i)) continue;
      auto it = pack_.cue_index.find(*key);
      if (it == pack_.cue_index.end()) continue;
      int s = a_.tokens[i].sentence;
      // A capitalized word inside a sentence of running text is part of a
      // name ("the United States", "Fox News Reports"), not a reporting verb.
      if (MidSentenceCapitalized(i, s)) continue;
      if (GivenNameBeforeSurname(i, s)) continue;
      for (size_t ci : it->second) {
        const CueEntry& cue = pack_.cues[ci];
        // (After an elided object pronoun only an auxiliary and its
        // participle: "l'annonce" is a noun.)
        if (!elided.empty() && cue.words.size() < 2 && ElidedObjectBeforeCue(i)) continue;
        size_t k = 1;
        size_t j = i + 1;
        size_t inserted = 0;
        while (k < cue.words.size() && j < SentEnd(s) && !a_.tokens[j].in_quote) {
          if (Low(j) == cue.words[k] || AgreeingParticiple(i, j, k, cue, !elided.empty())) {
            ++k;
            ++j;
          } else if (inserted < 2 && IsWord(j) && !Cap(j) && Has(cue_insertions_, j)) {
            // "a également déclaré", "ha inoltre dichiarato": up to two
            // adverbs (list cue-insertions) between the words of a cue
            // belong to its verb group.
            ++inserted;
            ++j;
          } else {
            break;
          }
        }
        size_t particle = SIZE_MAX;
        if (k == 1 && cue.words.size() == 2) particle = SeparableParticle(i, cue.words[1], s);
        if (particle != SIZE_MAX) j = i + 1;
        else if (k < cue.words.size()) continue;
        // "asked not to be named", "asked to leave": a request, not a cue;
        // "to be named", "declined to say": no attribution either.
        // But a verb of asking in the passive before "to" and a verb
        // ("Lee was asked to name a project", "they have been asked to
        // rank their choices") is the question put to its subject: PolNeAR
        // marks it as it marks "was asked whether …".
        if (j < SentEnd(s) && InWord(kCueBlockers, Low(j - 1) + " " + Low(j)) && !PassiveAskedTo(i, j, s)) break;
        // "went on to say", "continued to insist": a verb of going on before
        // "to" (list cue-aspect-verbs) is part of the cue, which starts at it.
        // "began by saying", "followed up by asking": a verb of opening,
        // going on or closing right before "by" and the cue's gerund (list
        // cue-sequence-verbs) is part of the cue too (SequenceVerbBy).
        size_t aspect = AspectVerbBefore(i, s);
        if (aspect == SIZE_MAX) aspect = SequenceVerbBy(i, s);
        // ("has been saying", "would be asking": "be" or "been" before a
        // present participle makes a progressive, which is active.)
        const bool progressive = a_.language == "en" && i > SentFirst(s) && (LowIs(i - 1, "been") || LowIs(i - 1, "be")) &&
                                 Participle(i);
        // "leaving many to wonder whether …", "led some allies to worry
        // that …": a verb of causing, its object and "to" before the cue
        // word; the cue starts at "to" (CausedInfinitiveObject).
        const size_t caused = CausedInfinitiveObject(i, j, s) != SIZE_MAX ? i - 1 : SIZE_MAX;
        // (Not "has been asked to name …": see PassiveAskedTo.)
        if (aspect == SIZE_MAX && caused == SIZE_MAX && i > SentFirst(s) && In(kCueBlockersBefore, i - 1) && !progressive &&
            !(BeFormAt(i - 1) && PassiveAskedTo(i, j, s)) && !BackReferenceBefore(i, s) && !ObjectCliticBeforeCue(i, s)) {
          break;
        }
        // A cue word used as a noun after a determiner ("a report") is no cue.
        // But "Some said", "many believe": a quantifier that stands alone as
        // the source, before a verb form (not a plural noun: "some reports").
        // Nor is a number that ends a share of a poll: "one in five say",
        // "two out of three said".
        // "Das sagte der Minister", "Así lo afirmó": a determiner that
        // refers back (list back-reference-openers) is no noun's.
        // Nor is a relative "that" after a thing ("an ad that urges …",
        // RelativeThingSubject), before a verb with no verb after it ("that
        // support is" is a noun), with no cue before it in the sentence.
        if (i > SentFirst(s) && In(kDeterminers, i - 1) && cue.words.size() == 1 &&
            !(In(kStandaloneSources, i - 1) && Low(i).back() != 's') && !GroupMemberSubject(i - 1, i, s) &&
            !ShareEndsAt(i - 1, s) && !BackReferenceBefore(i, s) && !RelativeThatCue(i, j, s) &&
            !ObjectCliticBeforeCue(i, s)) {
          break;
        }
        // "Reports say …", "Media reports said …": a plural document noun
        // (list document-heads) right before a lower-case cue word is the
        // subject of that cue, not a verb of its own (English).
        if (a_.language == "en" && cue.words.size() == 1 && j == i + 1 && j < SentEnd(s) && IsWord(j) && !Cap(j) &&
            !a_.tokens[j].in_quote && In(kDocumentHeads, i) && Low(i).size() > 3 && Low(i).back() == 's' &&
            ((bits_[j] >> kCueFirstWordBit) & 1)) {
          break;
        }
        // (These two tests come before the exceptions: they read a few
        // tokens, where the exceptions' screen reads the whole sentence.)
        // "plans a new park", "were decided by", "Lee's plan to": a verb of
        // intent (list intent-cues) is a cue only before its infinitive.
        if (IntentWordAt(j - 1) && !IntentBeforeInfinitive(CueHit{i, j - 1, &cue, s})) continue;
        // "most voters support", "About three-quarters support a ban": a
        // verb of support (list poll-stance-cues) only after a counted group.
        if (j == i + 1 && Has(poll_stance_cues_, i) && !CountedSubjectBefore(i, s)) continue;
        // The cue rule's `exceptions` (e.g. "is said to be"): no cue here.
        // Matched once per sentence and rule, whatever the number of cues.
        if (cue.exceptions) {
          const Span ss = a_.sentences[static_cast<size_t>(s)].span;
          if (exception_sentence != s) {
            exception_cache.clear();
            exception_sentence = s;
          }
          auto found = std::find_if(exception_cache.begin(), exception_cache.end(),
                                    [&](const auto& e) { return e.first == cue.exceptions.get(); });
          if (found == exception_cache.end()) {
            std::string_view st(w_.data() + ss.begin, ss.size());
            exception_cache.emplace_back(cue.exceptions.get(),
                                         ExceptionMatches(*cue.exceptions, st, cue.exception_screen.get()));
            found = exception_cache.end() - 1;
          }
          if (found->second.Overlaps(a_.tokens[i].span.begin - ss.begin, a_.tokens[j - 1].span.end - ss.begin)) continue;
        }
        // "she concluded by warning …": a cue word that is itself a verb of
        // list cue-sequence-verbs takes "by" and the gerund after it, when
        // the gerund is a cue word of one word ("concluded by making it
        // clear to the judge" is a longer phrase: the verb stays alone).
        if (aspect == SIZE_MAX && caused == SIZE_MAX && j == i + 1 && i + 2 < SentEnd(s) && !a_.tokens[i + 2].in_quote &&
            SequenceVerbBy(i + 2, s) == i && OneWordCueAt(i + 2)) {
          j = i + 3;
        }
        pending_.push_back({CueHit{aspect != SIZE_MAX ? aspect : (caused != SIZE_MAX ? caused : i), j - 1, &cue, s},
                            std::nullopt, false, {}, -1});
        pending_.back().cue.particle = particle;
        i = j - 1;
        break;
      }
    }
  }

  // A cue word at `i` (its entry ending before `j`) right after a relative
  // "that" standing for a thing (RelativeThingAntecedent), in English: a
  // verb, not a gerund, with no copula, auxiliary or modal after it, and no
  // cue found before it in its sentence.
  bool RelativeThatCue(size_t i, size_t j, int s) const {
    if (a_.language != "en" || !LowIs(i - 1, "that") || Participle(i)) return false;
    if (RelativeThingAntecedent(i - 1, s) == SIZE_MAX) return false;
    if (j < SentEnd(s) && IsWord(j) && (In(kCopulas, j) || In(kCueAuxiliaries, j) || Has(modals_, j))) return false;
    return pending_.empty() || pending_.back().cue.sentence != s;
  }

  // The first token of a verb of going on and "to" right before the cue
  // word at `i` ("went on to", "continued to"; list cue-aspect-verbs, entries
  // of one or two words), else SIZE_MAX.
  size_t AspectVerbBefore(size_t i, int s) const {
    if (cue_aspect_verbs_.empty() || i < SentFirst(s) + 2 || !LowIs(i - 1, "to")) return SIZE_MAX;
    const size_t v = i - 2;
    if (a_.tokens[v].in_quote || !IsWord(v)) return SIZE_MAX;
    if (Has(cue_aspect_verbs_, v)) return v;
    if (v > SentFirst(s) && IsWord(v - 1) && HasWord(cue_aspect_verbs_, Low(v - 1) + " " + Low(v))) return v - 1;
    return SIZE_MAX;
  }

  // Whether the word at `i` is a cue entry of one word ("warning", "saying").
  bool OneWordCueAt(size_t i) const {
    auto it = pack_.cue_index.find(Low(i));
    if (it == pack_.cue_index.end()) return false;
    return std::any_of(it->second.begin(), it->second.end(),
                       [&](size_t ci) { return pack_.cues[ci].words.size() == 1; });
  }

  // The first token of a verb of opening, going on or closing a speech and
  // "by" right before the gerund cue word at `i` ("Lee began by saying",
  // "Hannity followed up by asking", "Husted continued by saying"; list
  // cue-sequence-verbs, entries of one or two words), else SIZE_MAX.
  // PolNeAR marks the verb, "by" and the gerund as one cue (the verb group
  // kept together); with an object between ("ended her speech by quoting")
  // the gerund alone. English only.
  size_t SequenceVerbBy(size_t i, int s) const {
    if (cue_sequence_verbs_.empty() || a_.language != "en" || i < SentFirst(s) + 2 || !LowIs(i - 1, "by") ||
        !Participle(i))
      return SIZE_MAX;
    const size_t v = i - 2;
    if (a_.tokens[v].in_quote || !IsWord(v)) return SIZE_MAX;
    if (Has(cue_sequence_verbs_, v)) return v;
    if (v > SentFirst(s) && IsWord(v - 1) && !a_.tokens[v - 1].in_quote &&
        HasWord(cue_sequence_verbs_, Low(v - 1) + " " + Low(v)))
      return v - 1;
    return SIZE_MAX;
  }

  // "leaving many to wonder whether …", "led some allies to worry that
  // …", "prompted Anderson Cooper to accuse …" (English): the cue word at
  // `i` (its entry ending before `j`) after "to", one to four words of an
  // object and a verb of causing (list causative-verbs) before them. The
  // object's first token, or SIZE_MAX. PolNeAR marks "to" and the cue word
  // as the cue and the object as its source (9 of the 12 such frames with
  // a listed cue word outside other contents on the tuning part). The
  // object's words are no cue word, copula, auxiliary or complementizer;
  // the cue word is a plain infinitive ("to knowing" is none) with
  // something after it in the sentence.
  size_t CausedInfinitiveObject(size_t i, size_t j, int s) const {
    if (a_.language != "en" || causative_verbs_.empty() || i < SentFirst(s) + 3 || !LowIs(i - 1, "to") ||
        Participle(i) || j >= SentEnd(s)) {
      return SIZE_MAX;
    }
    for (size_t b = i - 2; b > SentFirst(s) && i - 1 - b <= 4; --b) {
      if (a_.tokens[b].in_quote || !IsWord(b)) return SIZE_MAX;
      if (In(kCopulas, b) || In(kCueAuxiliaries, b) || In(kComplementizers, b) ||
          pack_.cue_index.count(Low(b)) > 0) {
        return SIZE_MAX;
      }
      // ("spurred by Trump's failure to denounce": a passive's agent.)
      if (IsWord(b - 1) && !a_.tokens[b - 1].in_quote && Has(causative_verbs_, b - 1)) {
        return PrepositionAt(b) ? SIZE_MAX : b;
      }
    }
    return SIZE_MAX;
  }

  // Whether the words before the verb at `i` are a subject that counts
  // people as a poll does ("About three-quarters support", "19 percent of
  // the students polled support", "a majority of Republicans support",
  // "nearly 8 in 10 in Alabama support"): back to the clause's start, at
  // most sixteen words, no verb of its own (copula, auxiliary, relative
  // pronoun), opening with a word of list quantity-heads or a share (at
  // most three words before it: "Fewer than half", "a 69% majority"), and
  // no possessive ("His 32% support" is a noun). An object must follow:
  // "40 percent support." and "majority support for" are nouns too.
  bool CountedSubjectBefore(size_t i, int s) const {
    if (i == SentFirst(s) || i + 1 >= SentEnd(s) || !IsWord(i + 1) || a_.tokens[i + 1].in_quote ||
        PrepositionAt(i + 1)) {
      return false;
    }
    size_t b = i;
    size_t counted = SIZE_MAX;  // the first word that counts
    while (b > SentFirst(s) && i - b < 16) {
      const size_t t = b - 1;
      if (a_.tokens[t].in_quote) return false;
      const bool number = a_.tokens[t].type == TokenType::kNumber;
      if (!IsWord(t) && !number && !In(kQuantityHeads, t) && !IsPunct(t, "-")) break;
      if (IsWord(t) && (In(kClauseOpeners, t) || In(kComplementizers, t) || In(kVerbCoordinators, t) ||
                        Has(subordinators_, t) || In(kCopulas, t) || In(kCueAuxiliaries, t) ||
                        In(kRelativeOpeners, t))) {
        break;
      }
      // "the vast majority of whom support": a relative clause's subject.
      if (LowIs(t, "whom") || LowIs(t, "which")) return false;
      const std::string& low = Low(t);
      const size_t hyphen = low.rfind('-');
      if (In(kQuantityHeads, t) || ShareEndsAt(t, s) ||
          (hyphen != std::string::npos && hyphen > 0 && IsWord(t) &&
           InWord(kQuantityHeads, low.substr(hyphen + 1)))) {  // "two-thirds"
        counted = t;
      }
      b = t;
    }
    if (counted == SIZE_MAX || counted > b + 3 || Has(possessive_pronouns_, b) || EndsWithPossessive(Tok(b))) {
      return false;
    }
    return b == SentFirst(s) || IsComma(b - 1) || IsPunct(b - 1, ";") || IsPunct(b - 1, ":") ||
           In(kClauseOpeners, b - 1) || In(kComplementizers, b - 1) || Has(subordinators_, b - 1) ||
           In(kVerbCoordinators, b - 1);
  }

  // Whether token `k` is the number closing a share: "one in five", "two
  // out of three", "six in 10".
  bool ShareEndsAt(size_t k, int s) const {
    if (k < SentFirst(s) + 2) return false;
    if (a_.tokens[k].type != TokenType::kNumber && !In(kNumbers, k)) return false;
    if (!LowIs(k - 1, "in") && !LowIs(k - 1, "of")) return false;
    size_t n = k - 2;
    if (LowIs(k - 1, "of") && LowIs(n, "out") && n > SentFirst(s)) --n;
    return a_.tokens[n].type == TokenType::kNumber || In(kNumbers, n);
  }

  // A separable verb's particle (list separable-particles) split from its
  // verb at `verb`: "räumte allerdings ein, dass …", "teilte das
  // Ministerium am Montag mit." At most eight words between, no
  // punctuation or quote; the particle ends its clause (punctuation, the
  // sentence's end or a complementizer follows). SIZE_MAX: none.
  size_t SeparableParticle(size_t verb, const std::string& particle, int s) const {
    if (!HasWord(separable_particles_, particle)) return SIZE_MAX;
    const size_t end = std::min(SentEnd(s), verb + 10);
    for (size_t t = verb + 1; t < end; ++t) {
      if (!IsWord(t) || a_.tokens[t].in_quote) return SIZE_MAX;
      if (t == verb + 1 || Low(t) != particle) continue;
      if (t + 1 >= SentEnd(s) || !IsWord(t + 1) || In(kComplementizers, t + 1)) return t;
    }
    return SIZE_MAX;
  }

  // “…” — Colm Hardacre, county director of roads: the dash is the cue.
  void FindDashAttributions() {
    dash_cue_.words = {"\xE2\x80\x94"};
    dash_cue_.source_follows = true;
    for (const auto& q : a_.quote_spans) {
      if (q.level != 1) continue;
      // The first token at or after the closing mark (tokens are in text order).
      size_t t = static_cast<size_t>(
          std::lower_bound(a_.tokens.begin(), a_.tokens.end(), q.outer.end,
                           [](const Token& x, size_t end) { return x.span.begin < end; }) -
          a_.tokens.begin());
      // “…”. — Rosario Díaz: a period or comma between the mark and the dash.
      while (t + 1 < a_.tokens.size() && (Tok(t) == "." || Tok(t) == ",") && !a_.tokens[t].in_quote) ++t;
      if (t + 1 >= a_.tokens.size()) continue;
      // Only when nothing but spaces and punctuation separate the quote and
      // the dash; a quotation set as a block (no marks) may be signed on the
      // line under it ("> — Ana Ruiz", "-- Ana Ruiz", <figcaption>).
      const bool block = q.inner.begin == q.outer.begin && q.inner.end == q.outer.end;
      // (A quotation in marks of its own set as a block, "> “…”" or a
      // post's <p>, signs the same way when it ends its block.)
      const bool set_as_block = block || MarkedBlockQuotation(q);
      size_t dash_last = DashEnd(t, set_as_block);
      // "Source: Eurostat" on the line under a quotation set as a block
      // (no dash): the label and its colon are the cue.
      bool label_only = false;
      bool determiner_source = false;
      if (dash_last == SIZE_MAX && block && t + 2 < a_.tokens.size() && IsWord(t) && Has(source_labels_, t) &&
          Tok(t + 1) == ":" && a_.tokens[t].span.begin > 0 && w_[a_.tokens[t].span.begin - 1] == '\n') {
        dash_last = t;
        label_only = true;
      }
      if (dash_last == SIZE_MAX || a_.tokens[t].in_quote) continue;
      // "— Source: Harbor Authority annual report": a label of the source
      // (list source-labels) and its colon go with the cue.
      size_t cue_last = dash_last;
      // ("— Source - Eurostat": a hyphen or an en dash for the colon.)
      if (label_only) {
        cue_last = t + 1;
      } else if (set_as_block && dash_last + 3 < a_.tokens.size() && IsWord(dash_last + 1) &&
                 Has(source_labels_, dash_last + 1) &&
                 (Tok(dash_last + 2) == ":" || Tok(dash_last + 2) == "-" || Tok(dash_last + 2) == "\xE2\x80\x93")) {
        cue_last = dash_last + 2;
      } else if (set_as_block && dash_last + 3 < a_.tokens.size() && IsWord(dash_last + 1) &&
                 Has(signature_openers_, dash_last + 1) && !a_.tokens[dash_last + 1].in_quote &&
                 (In(kDeterminers, dash_last + 2) || Cap(dash_last + 2))) {
        // "— From the Tarn Institute report": the opener (list
        // signature-openers) goes with the cue; the source may open with a
        // determiner.
        cue_last = dash_last + 1;
        determiner_source = In(kDeterminers, dash_last + 2);
      }
      if (cue_last + 1 >= a_.tokens.size() || (!Cap(cue_last + 1) && !determiner_source) ||
          a_.tokens[cue_last + 1].sentence != a_.tokens[t].sentence) {
        continue;
      }
      bool adjacent = true;
      for (size_t k = q.outer.end; k < a_.tokens[t].span.begin; ++k) {
        if (w_[k] != ' ' && w_[k] != '.' && w_[k] != ',' && !(set_as_block && w_[k] == '\n')) adjacent = false;
      }
      if (!adjacent) continue;
      pending_.push_back({CueHit{t, cue_last, &dash_cue_, a_.tokens[t].sentence}, std::nullopt, false, {}, -1});
    }
  }

  // Whether quote `q`, in marks, is a paragraph of a block quotation and
  // ends it (">“We will not go back.”", a post's <p>“…”</p> in a
  // <blockquote>): a signature line under it signs it.
  bool MarkedBlockQuotation(const QuoteSpan& q) const {
    if (q.level != 1 || q.block < 0 || (q.inner.begin == q.outer.begin && q.inner.end == q.outer.end)) return false;
    const Block& blk = a_.blocks[static_cast<size_t>(q.block)];
    return blk.kind == BlockKind::kBlockQuote && QuoteClosesItsBlock(q);
  }

  // The last token of a dash of attribution at `t`: an em dash, an en dash
  // or a horizontal bar (not "-": "“Do svidaniya” - Russian for …"), and
  // under a quotation set as a block also two hyphens; SIZE_MAX when there
  // is none.
  size_t DashEnd(size_t t, bool block) const {
    const std::string_view dash = Tok(t);
    if (dash == "\xE2\x80\x94" || dash == "\xE2\x80\x93" || dash == "\xE2\x80\x95") return t;
    if (!block) return SIZE_MAX;
    if (dash == "--") return t;
    if (dash == "-" && t + 1 < a_.tokens.size() && Tok(t + 1) == "-" &&
        a_.tokens[t].span.end == a_.tokens[t + 1].span.begin &&
        (t + 2 >= a_.tokens.size() || Tok(t + 2) != "-")) {
      return t + 1;
    }
    return SIZE_MAX;
  }

  // Whether the source starting at token `i` follows the dash (and label)
  // of a signature line, a dash opening its paragraph ("— Tom Hale, union
  // steward" under a quotation set as a block).
  bool AfterSignatureDash(size_t i) const {
    // Only after a dash or a label's colon (the cue's last token): the scan
    // of the pending attributions is for those few.
    if (i == 0 || i > a_.tokens.size()) return false;
    const std::string_view before = Tok(i - 1);
    if (before != ":" && before != "-" && before != "--" && before != "\xE2\x80\x94" && before != "\xE2\x80\x93" &&
        before != "\xE2\x80\x95") {
      return false;
    }
    for (const auto& p : pending_) {
      if (p.cue.entry != &dash_cue_ || p.cue.last + 1 != i) continue;
      const size_t b = a_.tokens[p.cue.first].span.begin;
      if (b == 0 || w_[b - 1] == '\n') return true;
    }
    return false;
  }

  // "“Would it pay?” Ana Lee pressed.", "“…,” the memo states.": a verb that
  // is a cue only right after a quote (list quote-tail-cues: "states" is a
  // noun elsewhere, "pressed" a verb of force), with its subject between the
  // quote and it. The quote ends on a comma, question or exclamation mark
  // inside its marks; at most six words, no punctuation and no other cue
  // come between the mark and the verb, the subject opening capitalized or
  // with a determiner; and the verb ends its clause (a period, a comma or a
  // preposition follows).
  void FindQuoteTailCues() {
    if (quote_tail_cues_.empty()) return;
    tail_cue_.words = {"states"};
    std::vector<bool> taken(a_.tokens.size(), false);
    for (const auto& p : pending_) {
      for (size_t t = p.cue.first; t <= p.cue.last && t < taken.size(); ++t) taken[t] = true;
    }
    for (const auto& q : a_.quote_spans) {
      if (q.level != 1 || q.inner.end <= q.inner.begin) continue;
      const char last = w_[q.inner.end - 1];
      if (last != ',' && last != '?' && last != '!') continue;
      size_t t = static_cast<size_t>(
          std::lower_bound(a_.tokens.begin(), a_.tokens.end(), q.outer.end,
                           [](const Token& x, size_t end) { return x.span.begin < end; }) -
          a_.tokens.begin());
      if (t + 1 >= a_.tokens.size() || !IsWord(t) || a_.tokens[t].in_quote) continue;
      if (!Cap(t) && !In(kDeterminers, t)) continue;
      const int s = a_.tokens[t].sentence;
      size_t v = SIZE_MAX;
      for (size_t k = t + 1; k < SentEnd(s) && k <= t + 6; ++k) {
        if (!IsWord(k) || a_.tokens[k].in_quote || taken[k]) break;
        if (Has(quote_tail_cues_, k)) {
          v = k;
          break;
        }
      }
      // "“…,” the Badger State, …": a capitalized word is part of a name.
      if (v == SIZE_MAX || taken[t] || Cap(v)) continue;
      const size_t after = v + 1;
      if (after < SentEnd(s) && !IsPunct(after, ".") && !IsComma(after) && !PrepositionAt(after)) continue;
      bool cue_later = false;
      for (size_t k = after; k < SentEnd(s) && !cue_later; ++k) cue_later = taken[k];
      if (cue_later) continue;
      pending_.push_back({CueHit{v, v, &tail_cue_, s}, std::nullopt, false, {}, -1});
      taken[v] = true;
    }
  }

  // "Trey Gowdy: Benghazi inquiry helped", "Poll: Sanders leads": a name or
  // a document opening the sentence, then a colon. The colon is the cue
  // (PolNeAR guidelines, "punctuation as a cue").
  void FindColonAttributions() {
    colon_cue_.words = {":"};
    // The first cue of each sentence: a colon after a cue ("he said: …") is
    // that cue's.
    std::vector<size_t> first_cue(a_.sentences.size(), SIZE_MAX);
    for (const auto& p : pending_) {
      auto& f = first_cue[static_cast<size_t>(p.cue.sentence)];
      f = std::min(f, p.cue.first);
    }
    for (size_t si = 0; si < a_.sentences.size(); ++si) {
      const int s = static_cast<int>(si);
      const size_t sb = SentFirst(s), se = SentEnd(s);
      if (se <= sb + 2 || a_.tokens[sb].in_quote || !IsWord(sb) || Cjk(sb)) continue;
      size_t k = sb;
      while (k < se && k < sb + 6 && IsWord(k) && !a_.tokens[k].in_quote && Tok(k) != ":") ++k;
      // "Le ministre de l'Économie, Paul Durand : « … »", "La ministra de
      // Hacienda, Carmen López: «…»": a definite phrase with a role noun or
      // title among its first three words, a comma, and a name of two
      // words or more right before the colon: the person named, with the
      // phrase (its determiner left out) as the role.
      if (k < se && k > sb + 1 && IsComma(k) && In(kDefiniteDeterminers, sb) && first_cue[si] > k) {
        bool role_noun = false;
        for (size_t t = sb + 1; t < k && t <= sb + 3; ++t) role_noun = role_noun || In(kRoleNouns, t) || In(kTitles, t);
        const size_t nb = k + 1;
        size_t colon = nb;
        while (colon < se && colon < nb + 5 && IsWord(colon) && !a_.tokens[colon].in_quote && Tok(colon) != ":") ++colon;
        if (role_noun && colon < se && colon >= nb + 2 && Tok(colon) == ":" && colon + 1 < se && Cap(nb) &&
            CapRunEnd(nb, colon) == colon && first_cue[si] > colon &&
            (a_.tokens[colon + 1].in_quote || (colon + 2 < se && a_.tokens[colon + 2].in_quote))) {
          auto m = ParseRight(nb, s);
          if (m && m->type == MentionType::kName && m->span.end == a_.tokens[colon - 1].span.end) {
            if (m->role.empty()) m->role = Text(sb + 1, k - 1);
            pending_.push_back({CueHit{colon, colon, &colon_cue_, s}, m, false, {}, -1});
            continue;
          }
        }
      }
      // "El alcalde de Madrid: «…»", "Le maire de Lyon : « … »", "Der
      // Bürgermeister von Bonn: „…“": a definite description with a role
      // noun or title among its first three words, and nothing else,
      // before a colon and a quote is the unnamed source of the quote.
      if (k < se && k >= sb + 2 && Tok(k) == ":" && k + 1 < se && In(kDefiniteDeterminers, sb) && first_cue[si] > k &&
          (a_.tokens[k + 1].in_quote || (k + 2 < se && a_.tokens[k + 2].in_quote))) {
        bool role_noun = false;
        for (size_t t = sb + 1; t < k && t <= sb + 3; ++t) role_noun = role_noun || In(kRoleNouns, t) || In(kTitles, t);
        if (role_noun) {
          auto m = ParseRight(sb, s);
          if (m && m->type == MentionType::kDescription && m->span.begin == a_.tokens[sb].span.begin &&
              m->span.end == a_.tokens[k - 1].span.end) {
            pending_.push_back({CueHit{k, k, &colon_cue_, s}, m, false, {}, -1});
            continue;
          }
        }
      }
      if (k >= se || k == sb || Tok(k) != ":" || k + 1 >= se || first_cue[si] < k) continue;
      // "Her reason: “…”", "His answer: “…”": a possessive pronoun (list
      // possessive-pronouns) and one lower-case noun before a colon and a
      // quote; the person the pronoun refers to gives the quote.
      if (k == sb + 2 && Has(possessive_pronouns_, sb) && IsWord(sb + 1) && !Cap(sb + 1) &&
          !In(kColonLabels, sb + 1) && (a_.tokens[k + 1].in_quote || (k + 2 < se && a_.tokens[k + 2].in_quote))) {
        if (auto m = MentionFromRange(sb, sb)) {
          m->type = MentionType::kPronoun;
          m->head = Low(sb);
          m->plural = false;
          pending_.push_back({CueHit{k, k, &colon_cue_, s}, m, false, {}, -1});
        }
        continue;
      }
      // A name or an organisation (capitalized run covering the phrase) or
      // a document head ("Poll", "A new report").
      bool document = In(kDocumentHeads, k - 1);
      // One word only when it names a person the article names in full
      // ("Kasich: …" after "John Kasich", "HALVORSEN: …" in a transcript),
      // or, in the headline, a word of a name the article gives ("Dana: …"
      // after "Dana Whitcombe", "Whitcombes: …") or a head noun of a source
      // ("Economists: …"); "Update:", "Note:" and "Editor’s note:" are
      // labels, and a topic ("Ferries: …") is none of these.
      // "Judicial Watch: …": a label word closing a capitalized phrase the
      // article writes again elsewhere is part of a name, not a label.
      const bool label = StrippedIn(kColonLabels, sb) ||
                         (In(kColonLabels, k - 1) && !(k - sb >= 2 && Cap(sb) && Cap(k - 1) && NamedElsewhere(sb, k - 1)));
      bool known_surname = false;
      if (k - sb == 1) {
        known_surname = surnames_.count(Tok(sb)) > 0 || surnames_.count(TitleCaseOfCapitals(Tok(sb))) > 0 ||
                        (!label && HeadlineSentence(s) && HeadlineSourceWord(sb));
      }
      bool name = Cap(sb) && CapRunEnd(sb, k) == k && !SentenceInitialFunction(sb) &&
                  !label && (k - sb >= 2 || known_surname);
      // "Big Win For Unions: Council Delays Vote.": a headline in title case
      // capitalizes its prepositions; a run with one inside is a phrase, not
      // a name. "CNN President On Trump: ‘…’": before "On" or "About" (the
      // topic), the words are the speaker.
      size_t topic = SIZE_MAX;
      for (size_t t = sb + 1; name && t < k; ++t) {
        if (!Cap(t) || !In(kFunctionWords, t)) continue;
        if ((LowIs(t, "on") || LowIs(t, "about")) && topic == SIZE_MAX && t + 1 < k) topic = t;
        else name = false;
      }
      if (name && topic != SIZE_MAX) {
        size_t words = 0;
        for (size_t t = k + 1; t < se && words < 3; ++t) words += IsWord(t) || a_.tokens[t].in_quote ? 1 : 0;
        if (words < 3 || Subhead(s, k)) continue;
        if (auto m = MentionFromRange(sb, topic - 1)) {
          m->type = MentionType::kDescription;
          m->head = Low(topic - 1);
          m->described = true;
          pending_.push_back({CueHit{k, k, &colon_cue_, s}, m, false, {}, -1});
        }
        continue;
      }
      if ((!document || label) && !name) continue;
      // Something said after it: a quote or at least three words.
      size_t words = 0;
      for (size_t t = k + 1; t < se && words < 3; ++t) words += IsWord(t) || a_.tokens[t].in_quote ? 1 : 0;
      if (words < 3) continue;
      if (Subhead(s, k)) continue;
      pending_.push_back({CueHit{k, k, &colon_cue_, s}, std::nullopt, false, {}, -1});
    }
    FindDashColonAttributions();
  }

  // Whether the words of [first, last] occur again in the article outside
  // the sentence they are in ("Judicial Watch" in the headline and in the
  // body).
  bool NamedElsewhere(size_t first, size_t last) const {
    const size_t b = a_.tokens[first].span.begin, e = a_.tokens[last].span.end;
    const std::string_view phrase = std::string_view(w_).substr(b, e - b);
    const Span sent = a_.sentences[static_cast<size_t>(a_.tokens[first].sentence)].span;
    for (size_t at = w_.find(phrase); at != std::string::npos; at = w_.find(phrase, at + 1)) {
      if (at < sent.begin || at >= sent.end) return true;
    }
    return false;
  }

  // "Sanders: Win in a walk." between the paragraphs of a story: a
  // subhead, a line of its own outside the headline with four words or
  // fewer after the colon, no comma and no question, names a section, not
  // a claim ("Lee: Well, that is wrong." in a transcript is one).
  bool Subhead(int s, size_t k) const {
    if (HeadlineSentence(s)) return false;
    const int b = a_.sentences[static_cast<size_t>(s)].block;
    if (s > 0 && a_.sentences[static_cast<size_t>(s - 1)].block == b) return false;
    if (static_cast<size_t>(s) + 1 < a_.sentences.size() && a_.sentences[static_cast<size_t>(s) + 1].block == b) {
      return false;
    }
    const size_t se = SentEnd(s);
    size_t words = 0;
    for (size_t t = k + 1; t < se; ++t) {
      if (a_.tokens[t].in_quote || IsComma(t) || Tok(t) == "?" || Tok(t) == "!") return false;
      words += IsWord(t) ? 1 : 0;
    }
    return words <= 4;
  }

  // "RIDERS WANT LATER BOATS - Mara Quill and Tobin Vell: “…”", "… - More
  // from Quill: “…”": after a dash, a name (or two joined by "and") and a
  // colon right before a quote; the colon is the cue, the name the source.
  void FindDashColonAttributions() {
    for (size_t t = 0; t + 3 < a_.tokens.size(); ++t) {
      if (!IsDash(t) || a_.tokens[t].in_quote) continue;
      const int s = a_.tokens[t].sentence;
      const size_t se = SentEnd(s);
      size_t first = t + 1;
      if (first + 1 < se && LowIs(first, "more") && LowIs(first + 1, "from")) first += 2;
      else if (first < se && LowIs(first, "from")) first += 1;
      if (first >= se || !Cap(first) || !IsWord(first) || a_.tokens[first].in_quote || SentenceInitialFunction(first)) continue;
      size_t e = CapRunEnd(first, se);
      bool plural = false;
      if (e + 1 < se && LowIs(e, "and") && Cap(e + 1) && IsWord(e + 1)) {
        e = CapRunEnd(e + 1, se);
        plural = true;
      }
      if (e + 1 >= se || Tok(e) != ":" || e - first > 6 || a_.tokens[e].in_quote) continue;
      if (!a_.tokens[e + 1].in_quote && !(e + 2 < se && a_.tokens[e + 2].in_quote)) continue;
      // One word only when it is a name the article gives.
      if (e - first == 1 && surnames_.count(Tok(first)) == 0 && names_with_token_.count(Tok(first)) == 0) continue;
      if (In(kColonLabels, first) || In(kColonLabels, e - 1)) continue;
      bool taken = false;
      for (const auto& p : pending_) taken = taken || (p.cue.sentence == s && p.cue.first == e);
      if (taken) continue;
      auto m = MentionFromRange(first, e - 1);
      if (!m) continue;
      m->type = MentionType::kName;
      m->name = Text(first, e - 1);
      m->head = Low(e - 1);
      m->plural = plural;
      pending_.push_back({CueHit{e, e, &colon_cue_, s}, m, false, {}, -1});
    }
  }

  // "Trump leads by 20 points in the latest CNN poll", "In a Gallup survey
  // released Monday, 40 percent …": a poll's figures are the poll's claim.
  // PolNeAR marks the preposition (list poll-prepositions) as the cue and
  // the poll as the source when the noun phrase after it ends in a head of
  // list poll-heads; the content is the clause the phrase is attached to.
  void FindPollAttributions() {
    if (poll_prepositions_.empty() || poll_heads_.empty()) return;
    poll_cue_.words = {"in"};
    poll_cue_.source_follows = true;
    for (size_t si = 0; si < a_.sentences.size(); ++si) {
      const int s = static_cast<int>(si);
      const size_t sb = SentFirst(s), se = SentEnd(s);
      for (size_t t = sb; t + 2 < se; ++t) {
        if (a_.tokens[t].in_quote || !In(kPollPrepositions, t)) continue;
        // The phrase: up to eight words ("a Des Moines Register/Bloomberg
        // Politics poll"), no comma, no quote, ending in a poll head that
        // is not the first part of a compound ("poll numbers").
        size_t h = SIZE_MAX;
        for (size_t u = t + 1; u < se && u <= t + 9; ++u) {
          if (a_.tokens[u].in_quote) break;
          const std::string_view w = Tok(u);
          if (!IsWord(u) && w != "/" && w != "-" && w != "\xE2\x80\x99s" && w != "'s" && w != "&") break;
          if (In(kPollHeads, u)) {
            // "a polling place", "poll numbers": the head of a compound.
            if (u + 1 < se && IsWord(u + 1) && !Cap(u + 1) && !In(kFunctionWords, u + 1) &&
                !In(kAffiliationPrepositions, u + 1) && !In(kTimeWords, u + 1) && !In(kTimeOpeners, u + 1) &&
                !EndsWithParticiple(Low(u + 1)) && !LowIs(u + 1, "by") && !LowIs(u + 1, "to")) {
              break;
            }
            h = u;
            break;
          }
          if (IsWord(u) && u > t + 1 && pack_.cue_index.count(Low(u))) break;
          // "in front of a polling place", "in the hours before the polls":
          // a preposition or a clause opener ends the phrase first.
          if (IsWord(u) && !Cap(u) &&
              (In(kFunctionWords, u) || In(kAffiliationPrepositions, u) || In(kRelativeOpeners, u) ||
               Has(subordinators_, u) || LowIs(u, "to"))) {
            break;
          }
        }
        if (h == SIZE_MAX) continue;
        // "in the polls", "in surveys": a standing in polls at large, no poll
        // to name as the source.
        if (h == t + 1 || (h == t + 2 && In(kDefiniteDeterminers, t + 1))) continue;
        // "leads in national polls", "third in most Iowa polls", "above 80
        // percent in some surveys": polls at large in the plural, with no
        // determiner that points at particular ones ("in the latest polls",
        // "in these surveys", "in his polls"), are a standing, not a poll's
        // claim; PolNeAR marks few of them. A phrase opening the sentence
        // ("In exit polls, …") still is one.
        const bool plural_head = Low(h).back() == 's' || LowIs(h, "polling");
        if (plural_head && t != sb && !In(kDefiniteDeterminers, t + 1) && !Has(possessive_pronouns_, t + 1) &&
            !LowIs(t + 1, "the") && !std::isdigit(static_cast<unsigned char>(Tok(t + 1).front()))) {
          continue;
        }
        // Something claimed: words of the clause before the preposition, or
        // after the phrase's comma when the phrase opens the sentence.
        const bool opens = t == sb;
        if (!opens && t < sb + 2) continue;
        if (opens) {
          size_t c = h + 1;
          while (c < se && !IsComma(c)) ++c;
          if (c + 3 >= se) continue;
        }
        // "a survey released Monday", "the poll conducted by X": a
        // participle phrase after the head is the poll's too, up to a comma.
        size_t e = h;
        if (h + 1 < se && IsWord(h + 1) && !Cap(h + 1) && EndsWithParticiple(Low(h + 1))) {
          e = h + 1;
          while (e + 1 < se && !IsComma(e + 1) && !a_.tokens[e + 1].in_quote && !IsPunct(e + 1, ".") &&
                 !IsPunct(e + 1, ";")) {
            ++e;
          }
        }
        auto m = MentionFromRange(t + 1, e);
        if (!m) continue;
        m->type = MentionType::kDocument;
        m->head = Low(h);
        m->plural = Low(h).back() == 's';
        m->name = Text(t + 1, e);
        pending_.push_back({CueHit{t, t, &poll_cue_, s}, m, false, {}, -1});
        t = e;
      }
    }
  }

  // "released", "taken", "conducted": a past participle by its ending.
  static bool EndsWithParticiple(const std::string& w) {
    return w.size() > 4 && (w.compare(w.size() - 2, 2, "ed") == 0 || w.compare(w.size() - 2, 2, "en") == 0);
  }

  // "HALVORSEN" -> "Halvorsen": a word in capitals as a name is written; any
  // other word unchanged (empty when it is not ASCII).
  static std::string TitleCaseOfCapitals(std::string_view w) {
    if (w.size() < 2) return std::string(w);
    for (char ch : w) {
      if (!(ch >= 'A' && ch <= 'Z')) return std::string(w);
    }
    std::string out(w);
    for (size_t i = 1; i < out.size(); ++i) out[i] = static_cast<char>(out[i] - 'A' + 'a');
    return out;
  }

  // A word that can stand alone for a source before a headline's colon: a
  // word of a name the article gives, also as a plural ("Whitcombes" after
  // "Dana Whitcombe"), or a listed head noun of a person, an organisation or
  // a document, or a plural of a person noun ("Economists").
  bool HeadlineSourceWord(size_t k) const {
    const std::string_view w = Tok(k);
    const std::string_view singular = w.size() > 3 && w.back() == 's' ? w.substr(0, w.size() - 1) : w;
    if (names_with_token_.count(w) || names_with_token_.count(singular)) return true;
    if (IsHead(k) || In(kPluralHeads, k)) return true;
    const std::string& low = Low(k);
    return low.size() > 3 && low.back() == 's' && PersonLike(low.substr(0, low.size() - 1));
  }

  // The headline: the first sentence of the article's first block with
  // text, when that block is short (a line, not a paragraph).
  bool HeadlineSentence(int s) const {
    const int b = a_.sentences[static_cast<size_t>(s)].block;
    const Block& blk = a_.blocks[static_cast<size_t>(b)];
    if (blk.masked) return false;
    if (blk.kind != BlockKind::kHeadline) {
      for (int e = 0; e < b; ++e) {
        if (!a_.blocks[static_cast<size_t>(e)].masked) return false;
      }
      if (blk.span.size() > 200) return false;
    }
    return s == 0 || a_.sentences[static_cast<size_t>(s - 1)].block != b;
  }

  // --------------------------------------------------------------- sources
  bool IsHeadWord(const std::string& low) const {
    constexpr uint64_t kHeads = uint64_t{1} << kAnonymousHeads | uint64_t{1} << kOrganizationHeads |
                                uint64_t{1} << kDocumentHeads | uint64_t{1} << kRoleNouns |
                                uint64_t{1} << kPersonHeads;
    return (BitsOf(low) & kHeads) != 0;
  }

  // The head noun a word is looked up as. Compounding languages write the
  // affiliation into the noun ("Ministeriumssprecher", "Regierungskreise"):
  // a word ending in one of the pack's head-suffixes, longer than it, is
  // looked up as that suffix. Otherwise the word itself.
  std::string HeadKey(size_t i) const {
    const std::string& low = Low(i);
    // "l’ambassadeur", "un’esperta": the noun after an elided article of
    // list elided-articles is the head ("ambassadeur"), as after "le".
    if (!elided_articles_.empty()) {
      const size_t apos = low.find('\'');
      if (apos != std::string::npos && apos > 0 && apos <= 4 && apos + 1 < low.size() &&
          elided_articles_.count(std::string_view(low.data(), apos + 1)) && IsHeadWord(low.substr(apos + 1))) {
        return low.substr(apos + 1);
      }
    }
    if (IsHeadWord(low)) return low;
    // "Grünen-Politikerin", "ex-minister": a hyphenated compound whose last
    // part is a head noun.
    const size_t hyphen = low.rfind('-');
    if (hyphen != std::string::npos && hyphen > 0 && hyphen + 3 < low.size()) {
      std::string last = low.substr(hyphen + 1);
      if (IsHeadWord(last)) return last;
      // "secretary-general", "secretário-geral", "director-general": an
      // office whose first part is the role noun and whose last qualifies it.
      const size_t first_hyphen = low.find('-');
      if (first_hyphen >= 3) {
        std::string first = low.substr(0, first_hyphen);
        if (InWord(kRoleNouns, first) || InWord(kTitles, first)) return first;
      }
    }
    for (const auto& suffix : head_suffixes_) {
      if (low.size() >= suffix.size() + 3 && low.compare(low.size() - suffix.size(), suffix.size(), suffix) == 0 &&
          IsHeadWord(suffix)) {
        return suffix;
      }
    }
    // Where the pack compounds (it lists head-suffixes), a word ending in
    // any person or role noun of its lists is that noun: "Fraktions-
    // vorsitzende", "Landtagsabgeordneter", "Stellvertreter". The longest
    // such ending of at least five bytes, after at least three bytes of
    // first part. (Not organisation or document heads: "Apparat" is no
    // "Rat".)
    if (!head_suffixes_.empty() && low.size() >= 8) {
      constexpr uint64_t kPersonLike = uint64_t{1} << kAnonymousHeads | uint64_t{1} << kRoleNouns |
                                       uint64_t{1} << kPersonHeads;
      for (size_t at = 3; at + 5 <= low.size(); ++at) {
        if ((static_cast<unsigned char>(low[at]) & 0xC0) == 0x80) continue;  // inside a character
        std::string tail = low.substr(at);
        if ((BitsOf(tail) & kPersonLike) != 0) return tail;
      }
    }
    return low;
  }

  // A compound whose last part is a head noun: its first part ties the
  // source to an institution ("Ministeriumssprecher").
  bool IsCompoundHead(size_t i) const { return HeadKey(i) != Low(i); }

  bool IsHead(size_t i) const { return IsHeadWord(Low(i)) || IsHeadWord(HeadKey(i)); }

  // Extends a head noun at `h` leftwards over its premodifiers and determiner.
  size_t PremodifiersStart(size_t h, int s) const {
    size_t b = h;
    bool after_capitalized = false;  // unlisted words already taken before a capitalized one
    size_t limit = 6;
    while (b > SentFirst(s) && limit-- > 0) {
      size_t k = b - 1;
      // "two U.S. officials": an abbreviation's period glued to its capitals.
      if (IsPunct(k, ".") && k > SentFirst(s) && IsWord(k - 1) && Cap(k - 1) && !a_.tokens[k].in_quote &&
          a_.tokens[k - 1].span.end == a_.tokens[k].span.begin) {
        b = k - 1;
        continue;
      }
      // "a CNN/ORC poll", "the Reuters/Ipsos survey": two capitalized
      // sponsors joined by a slash with no space are one premodifier (the
      // slash takes no step of the limit).
      if (k > SentFirst(s) && b == k + 1 && SlashCompoundAt(k)) {
        b = k - 1;
        ++limit;
        continue;
      }
      // "Sanders’ aides", "Bernie Sanders' campaign", "the candidates’
      // aides": a bare apostrophe glued to a word in -s is its possessive
      // (the apostrophe is a token of its own), a premodifier as
      // "Sanders’s" is; a lower-case one only after a determiner (English).
      if (a_.language == "en" && (Tok(k) == "'" || Tok(k) == "\xE2\x80\x99") && k >= SentFirst(s) + 1 &&
          IsWord(k - 1) && !a_.tokens[k - 1].in_quote && a_.tokens[k - 1].span.end == a_.tokens[k].span.begin &&
          a_.tokens[k].span.end < a_.tokens[b].span.begin && Low(k - 1).size() > 2 && Low(k - 1).back() == 's' &&
          (Cap(k - 1) ? !SentenceInitialFunction(k - 1)
                      : k >= SentFirst(s) + 2 && In(kDeterminers, k - 2) && !a_.tokens[k - 2].in_quote)) {
        b = k - 1;
        continue;
      }
      if (a_.tokens[k].in_quote || !IsWord(k)) {
        // "one of the people": keep "of the"; a hyphenated modifier is one token.
        break;
      }
      const std::string& low = Low(k);
      // "A University of New Hampshire poll": a connector inside a
      // capitalized premodifier.
      if (IsNameConnector(k) && k > SentFirst(s) && Cap(k - 1) && Cap(b) && b == k + 1) {
        b = k - 1;
        continue;
      }
      // "A new USA TODAY/Rock the Vote survey", "a Rock the Vote poll": a
      // lower-case "the" between two capitalized words of a name, the
      // first after a slash, a determiner or another capitalized word,
      // is inside the name (English).
      if (low == "the" && a_.language == "en" && b == k + 1 && Cap(b) && k >= SentFirst(s) + 2 && IsWord(k - 1) &&
          Cap(k - 1) && !a_.tokens[k - 1].in_quote && !SentenceInitial(k - 1) && !In(kFunctionWords, k - 1) &&
          !StrippedIn(kTimeWords, k - 1) && !Has(weekdays_, k - 1) && !Has(months_, k - 1) &&
          (Tok(k - 2) == "/" || (IsWord(k - 2) && (In(kDeterminers, k - 2) || Cap(k - 2))))) {
        b = k - 1;
        continue;
      }
      if (InWord(kDeterminers, low)) {
        if (after_capitalized && In(kComplementizers, k)) break;  // "that House ethics investigators"
        b = k;
        // "one of the people", "some of the officials"
        if (k >= SentFirst(s) + 2 && LowIs(k - 1, "of") && In(kDeterminers, k - 2)) {
          b = k - 2;
        } else if (k > SentFirst(s) && StackedDeterminer(k - 1, k)) {
          b = k - 1;  // "the two lawmakers", "All three candidates", "Two other emails"
        }
        break;
      }
      if (InWord(kModifiers, low) || InWord(kAffiliationNouns, low) ||
          InWord(kAnonymousHeads, low) || (Cap(k) && !SentenceInitialFunction(k)) ||
          a_.tokens[k].type == TokenType::kNumber || InWord(kNumbers, low) ||
          (low == "and" && k > SentFirst(s) && (In(kModifiers, k - 1) || In(kNumbers, k - 1)))) {
        b = k;
        continue;
      }
      // Unlisted adjectives ("the presidential candidate", "a longtime GOP
      // donor"): up to three plain lower-case words, only when a determiner
      // opens the phrase right before them.
      size_t d = k;  // [d + 1, k] are plain words once the loop ends
      size_t plain = 0;
      while (d > SentFirst(s) && plain < 3 && IsPlainModifier(d)) {
        --d;
        ++plain;
      }
      if (plain > 0 && d + plain == k && IsWord(d) && !a_.tokens[d].in_quote && In(kDeterminers, d)) {
        b = d;
        if (d > SentFirst(s) && StackedDeterminer(d - 1, d)) b = d - 1;  // "The most recent poll"
      } else if (plain > 0 && plain <= 2 && d + plain == k && !a_.tokens[d].in_quote && !after_capitalized) {
        // A bare plural with its adjectives opening a clause ("leaked
        // emails show", "…, public health officials said", "that mainstream
        // Republicans …"), or after a capitalized premodifier ("Bergen
        // County land records").
        if (!IsWord(d) || In(kComplementizers, d) || In(kClauseOpeners, d) || SentenceInitialFunction(d)) {
          b = d + 1;
        } else if (Cap(d) && !In(kFunctionWords, d)) {
          b = d + 1;
          after_capitalized = true;
          continue;
        }
      }
      break;
    }
    // "Eine mit der Sache vertraute Person", "Eine der Regierung
    // nahestehende Quelle": where every noun is capitalized (German), a
    // participle's complement stands between the phrase's own determiner
    // and the participle before the head; the phrase starts at that
    // determiner, over a preposition that opens the complement.
    if (nouns_capitalized_ && b + 2 < h && b > SentFirst(s) && In(kDeterminers, b) && IsWord(b + 1) && Cap(b + 1) &&
        IsWord(h - 1) && !Cap(h - 1) && !a_.tokens[b].in_quote) {
      size_t d = b - 1;
      if (d > SentFirst(s) && IsWord(d) && !Cap(d) && !a_.tokens[d].in_quote && !In(kDeterminers, d) &&
          PrepositionAt(d)) {
        --d;
      }
      if (IsWord(d) && !a_.tokens[d].in_quote && In(kDeterminers, d) && !CueStartsAt(d)) b = d;
    }
    return b;
  }

  // Whether the word at `p` is a determiner that may stand before the one
  // at `k` in the same noun phrase (English): an article or possessive
  // before a count or "most", "other", "few", "many" ("the two lawmakers",
  // "The most recent poll", "his other advisers"), a predeterminer before
  // one ("All three candidates", "all the Democrats", "both these groups")
  // or a count before "other" ("Two other emails"). PolNeAR's source span
  // starts at the first (the gold keeps such a word in front of a source
  // far more often than it leaves it out).
  bool StackedDeterminer(size_t p, size_t k) const {
    if (a_.language != "en" || !IsWord(p) || a_.tokens[p].in_quote || !IsWord(k) || a_.tokens[k].in_quote) return false;
    static const std::unordered_set<std::string> kArticles = {"the", "these", "those", "his", "her", "their",
                                                                "its", "our", "my", "your"};
    static const std::unordered_set<std::string> kPredeterminers = {"all", "both"};
    static const std::unordered_set<std::string> kAfterArticle = {"two", "three", "four", "five", "six", "seven",
                                                                  "eight", "nine", "ten", "most", "other",
                                                                  "few", "many", "several"};
    static const std::unordered_set<std::string> kAfterPredeterminer = {
        "the", "these", "those", "his", "her", "their", "its", "our", "two", "three", "four",
        "five", "six", "seven", "eight", "nine", "ten", "other"};
    const std::string& pl = Low(p);
    const std::string& kl = Low(k);
    if (kArticles.count(pl) > 0) return kAfterArticle.count(kl) > 0;
    if (kPredeterminers.count(pl) > 0) return kAfterPredeterminer.count(kl) > 0;
    const bool count = (a_.tokens[p].type == TokenType::kNumber || In(kNumbers, p)) && !In(kTimeWords, p);
    return count && kl == "other";
  }

  // "A number of studies have credited", "Many of you have noted", "Paul
  // Krugman of the New York Times points out", "A spokesman for committee
  // Democrats said": the phrase read before the cue follows "of" or "for"
  // after a noun phrase that opens its clause; the subject, and PolNeAR's
  // source span, is the whole phrase (English). The outer phrase is a
  // quantifier or a count before "of" ("Many", "None", "Dozens"), a
  // lower-case noun with its determiner ("A number", "a bipartisan group",
  // "A spokesman for"), or a person's name before "of". A name before "of"
  // is the source; otherwise the phrase read keeps its reading and only its
  // span grows. Not after a word that makes the phrase an object ("won the
  // support of", "43 percent of the vote" in a clause of its own).
  std::optional<Mention> OuterOfPhrase(const Mention& m, int s) {
    if (a_.language != "en") return std::nullopt;
    const size_t first = SentFirst(s);
    const size_t mb = TokenStartingAt(m.span.begin);
    if (mb < first + 2 || mb >= SentEnd(s)) return std::nullopt;
    const size_t prep = mb - 1;
    if (!IsWord(prep) || a_.tokens[prep].in_quote) return std::nullopt;
    const bool of = LowIs(prep, "of");
    if (!of && !LowIs(prep, "for")) return std::nullopt;
    const size_t h = prep - 1;
    if (!IsWord(h) || a_.tokens[h].in_quote) return std::nullopt;
    static const std::unordered_set<std::string> kShares = {
        "many", "some", "none", "most", "all", "both", "several", "few", "dozens", "hundreds", "thousands",
        "millions", "each", "any", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
    size_t o = SIZE_MAX;
    std::optional<Mention> named;
    if (of && kShares.count(Low(h)) > 0) {
      o = h;
    } else if (m.type == MentionType::kPronoun) {
      return std::nullopt;
    } else if (!Cap(h) && (IsPlainModifier(h) || IsHead(h))) {
      const size_t b = PremodifiersStart(h, s);
      if (b < h && IsWord(b) && In(kDeterminers, b) && !In(kComplementizers, b)) o = b;
    } else if (of && Cap(h) && !SentenceInitialFunction(h)) {
      named = ParseLeftOnce(h, s);
      if (named && named->type == MentionType::kName && named->span.end == a_.tokens[h].span.end) {
        o = TokenStartingAt(named->span.begin);
      } else {
        named.reset();
      }
    }
    if (o == SIZE_MAX || o < first) return std::nullopt;
    // The outer phrase opens its clause.
    if (o > first && IsWord(o - 1) && !a_.tokens[o - 1].in_quote && !In(kClauseOpeners, o - 1) &&
        !In(kVerbCoordinators, o - 1) && !In(kComplementizers, o - 1) && !Has(subordinators_, o - 1) &&
        !In(kCueAdverbs, o - 1)) {
      return std::nullopt;
    }
    Mention outer = named ? *named : m;
    outer.span.begin = a_.tokens[o].span.begin;
    outer.span.end = m.span.end;
    return outer;
  }

  // Whether a quantifier or a count stands right before the capitalized
  // run that starts at `b` (English): "many", "most", "some", "several",
  // "few", "all", "both", "another", "each", "every", "these", "those",
  // "this", "two" … "ten". Not an article (the run reading handles "the"),
  // a possessive or "that", which is more often a complementizer.
  bool QuantifierBeforeRun(size_t b) const {
    if (a_.language != "en" || b == 0 || b <= SentFirst(a_.tokens[b].sentence)) return false;
    const size_t q = b - 1;
    if (!IsWord(q) || a_.tokens[q].in_quote || a_.tokens[q].span.end == a_.tokens[b].span.begin) return false;
    static const std::unordered_set<std::string> kQuantifiers = {
        "many", "most", "some", "several", "few", "all", "both", "another", "each", "every", "these", "those",
        "this", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
    return kQuantifiers.count(Low(q)) > 0;
  }

  // A lower-case word that may be an adjective before a head noun: not a
  // function word, pronoun, cue, number or time word.
  bool IsPlainModifier(size_t k) const {
    if (!IsWord(k) || a_.tokens[k].in_quote || Cap(k)) return false;
    const std::string& low = Low(k);
    // ("Looks like someone told him", "Sounds like officials …": "like"
    // after a verb of seeming is a preposition, no adjective of the noun
    // after it; "critics like Huffman" keeps it, as PolNeAR's spans do.)
    if (low == "like" && k > 0 && IsWord(k - 1)) {
      static const std::unordered_set<std::string> kSeeming = {"looks", "look", "looked", "seems", "seem",
                                                               "seemed", "sounds", "sound", "sounded", "feels",
                                                               "feel", "felt"};
      if (kSeeming.count(Low(k - 1)) > 0) return false;
    }
    return !InWord(kDeterminers, low) && !InWord(kFunctionWords, low) &&
           !InWord(kPronouns, low) && !InWord(kCopulas, low) &&
           !InWord(kTimeWords, low) && !InWord(kCueAdverbs, low) &&
           !InWord(kCueAuxiliaries, low) && !InWord(kRelativeOpeners, low) &&
           pack_.cue_index.find(low) == pack_.cue_index.end();
  }

  bool SentenceInitialFunction(size_t k) const {
    if ((SentenceInitial(k) || AfterOpeningPunctuation(k)) && (In(kDeterminers, k) || In(kFunctionWords, k))) {
      return true;
    }
    // "Not Reed; he keeps doing it.": a capitalized "not" opening the
    // sentence negates what follows; it is no part of a name.
    if ((SentenceInitial(k) || AfterOpeningPunctuation(k)) && LowIs(k, "not")) return true;
    // "…; But expert says": a capitalized conjunction opens a clause (a
    // headline's second line, a clause after a semicolon) wherever it
    // stands; it is never part of a source.
    return IsWord(k) && Cap(k) && (In(kVerbCoordinators, k) || Has(noun_coordinators_, k));
  }

  // Whether the word at `k` follows a colon, a dash, an opening bracket or
  // the quote mark that opens the quote `k` is in, inside its sentence:
  // there a capital proves nothing ("Rubio said: That Cruz is …"). (After
  // a closing mark it does: "“…,” From said.")
  bool AfterOpeningPunctuation(size_t k) const {
    if (k <= SentFirst(a_.tokens[k].sentence) || IsWord(k - 1)) return false;
    if (IsPunct(k - 1, ":") || IsPunct(k - 1, "(") || IsPunct(k - 1, "[") || IsDash(k - 1)) return true;
    return a_.tokens[k].in_quote && !a_.tokens[k - 1].in_quote;
  }

  // The last token of a capitalized name before ", who is …" when that
  // relative clause (list person-relatives, then a copula: a role given to
  // the name, not a verb the cue could be coordinated with) runs, with no
  // comma, quote or verb of speech, up to token `j`, at most twelve words
  // long; SIZE_MAX when there is none.
  size_t UnclosedRelativeBefore(size_t j, int s) const {
    const size_t first = SentFirst(s);
    for (size_t k = j, words = 0; k > first + 1 && words < 12; --k, ++words) {
      if (a_.tokens[k].in_quote || IsComma(k) || (!IsWord(k) && a_.tokens[k].type != TokenType::kNumber)) break;
      if (k != j && cue_ends_[k]) break;
      if (!Has(person_relatives_, k)) continue;
      if (k == j || !IsComma(k - 1) || k - 1 <= first || !In(kCopulas, k + 1)) break;
      const size_t name = k - 2;
      if (!IsWord(name) || !Cap(name) || a_.tokens[name].in_quote || SentenceInitialFunction(name)) break;
      return name;
    }
    return SIZE_MAX;
  }

  // Skips adverbs, auxiliaries and short time phrases between a source and its cue.
  size_t SkipLeft(size_t j, int s) const {
    size_t guard = 6;
    while (j > SentFirst(s) && guard-- > 0) {
      // "Katie Packer, who is chairman of the PAC said": a relative clause
      // after a name, its closing comma missing; the name is the source.
      if (const size_t n = UnclosedRelativeBefore(j, s); n != SIZE_MAX) {
        j = n;
        continue;
      }
      // "Sen. Rand Paul (R-Ky.) said": skip a short parenthesis.
      if (Tok(j) == ")") {
        size_t k = j;
        while (k > SentFirst(s) && j - k < 10 && Tok(k) != "(") --k;
        if (Tok(k) == "(" && k > SentFirst(s)) {
          j = k - 1;
          continue;
        }
        break;
      }
      // "La Tribune avait, elle, relayé", "Le ministre a, lui, refusé":
      // a pronoun set off by commas between the subject and its verb.
      if (IsComma(j) && j >= SentFirst(s) + 3 && IsComma(j - 2) && In(kPronouns, j - 1)) {
        j -= 3;
        continue;
      }
      const std::string& low = Low(j);
      if (VerbGroupWord(j)) {
        --j;
        continue;
      }
      // "Her campaign workers here said": a place adverb (list
      // place-adverbs) after a noun belongs to neither.
      if (Has(place_adverbs_, j) && !a_.tokens[j].in_quote && IsWord(j - 1) && !a_.tokens[j - 1].in_quote &&
          !Cap(j) && (IsHead(j - 1) || (Cap(j - 1) && !In(kPronouns, j - 1)))) {
        --j;
        continue;
      }
      // "Carter however said", "The campaign, meanwhile, said", "Замначальника
      // управления нам сказал".
      if (Has(interjected_words_, j) && !a_.tokens[j].in_quote) {
        --j;
        continue;
      }
      if (IsComma(j) && j >= SentFirst(s) + 3 && IsComma(j - 2) && Has(interjected_words_, j - 1)) {
        j -= 3;
        continue;
      }
      // "A person familiar with the matter who spoke on condition of
      // anonymity because the talks are private said": a relative or
      // participle clause that asks for anonymity or gives a reason for it
      // belongs to the source's span, not its name (TrimAnonymityClause).
      if (const size_t r = AnonymityClauseEndingAt(j, s); r != SIZE_MAX) {
        j = r - 1;
        continue;
      }
      // "Источник … на условиях анонимности рассказал": the condition of
      // anonymity (list anonymity-asides) written between the source and
      // its cue without commas belongs to neither.
      if (const size_t n = AnonymityAsideEndingAt(j, s)) {
        j -= n;
        continue;
      }
      // ("Theresa May said": a name, no date.)
      if (InWord(kTimeWords, low) && !(Cap(j) && Has(months_, j) && !DateWord(j))) {
        size_t k = j;
        // "on Saturday", "last week", "earlier this month"
        // "два года": a count before a time word goes with it.
        while (k > SentFirst(s) && (In(kTimeWords, k) || In(kTimeOpeners, k) ||
                                    (k < j && (In(kNumbers, k) || a_.tokens[k].type == TokenType::kNumber)))) {
          --k;
        }
        if (k < j) {
          j = k;
          continue;
        }
      }
      break;
    }
    return j;
  }

  // Each entry's words (split at spaces; empty pieces left out).
  static std::vector<std::vector<std::string_view>> SplitWords(const std::vector<std::string>& entries) {
    std::vector<std::vector<std::string_view>> out;
    out.reserve(entries.size());
    for (const auto& entry : entries) {
      auto& words = out.emplace_back();
      for (size_t b = 0; b < entry.size();) {
        size_t e = entry.find(' ', b);
        if (e == std::string::npos) e = entry.size();
        if (e > b) words.emplace_back(std::string_view(entry).substr(b, e - b));
        b = e + 1;
      }
    }
    return out;
  }

  // The spans of the request, reason and boilerplate-reason phrases of
  // sentence `s`, asked of the phrase rules once per sentence (the score
  // stage asks the same spans and finds them screened).
  const std::vector<Span>& AnonymityPhrases(int s) const {
    if (anonymity_phrases_.size() != a_.sentences.size()) {
      anonymity_phrases_.assign(a_.sentences.size(), {});
      anonymity_phrases_done_.assign(a_.sentences.size(), false);
    }
    const auto si = static_cast<size_t>(s);
    if (!anonymity_phrases_done_[si]) {
      anonymity_phrases_done_[si] = true;
      for (PhraseRole role : {PhraseRole::kRequest, PhraseRole::kReason, PhraseRole::kBoilerplateReason}) {
        for (const auto& h : FindPhrases(a_, a_.sentences[si].span, role)) anonymity_phrases_[si].push_back(h.span);
      }
    }
    return anonymity_phrases_[si];
  }

  // True when a match of a phrase rule of role `anonymous` overlaps `span`
  // (the matches asked of the phrase rules once per sentence, and only when
  // the pack has such a rule).
  bool InAnonymousPhrase(Span span) const {
    if (!has_anonymous_phrases_ || span.empty()) return false;
    const auto si = static_cast<size_t>(SentenceOf(span.begin));
    if (anonymous_phrases_.size() != a_.sentences.size()) anonymous_phrases_.assign(a_.sentences.size(), std::nullopt);
    if (!anonymous_phrases_[si]) {
      anonymous_phrases_[si].emplace();
      for (const auto& h : FindPhrases(a_, a_.sentences[si].span, PhraseRole::kAnonymous)) {
        anonymous_phrases_[si]->push_back(h.span);
      }
    }
    return std::any_of(anonymous_phrases_[si]->begin(), anonymous_phrases_[si]->end(),
                       [&](const Span& p) { return p.begin < span.end && span.begin < p.end; });
  }

  // The last word of a clause about the source's anonymity that opens at
  // token `k` and ends before token `limit`: a relative pronoun ("who spoke
  // on condition of anonymity because …", "der anonym bleiben wollte"), a
  // participle that opens a request or reason phrase ("speaking on
  // condition of anonymity") or an entry of list anonymity-asides, up to a
  // comma, the sentence's end or (`stop_at_cues`) a cue outside those
  // phrases, holding a request, a reason or an aside. SIZE_MAX: none.
  size_t AnonymityClauseLast(size_t k, int s, size_t limit, bool stop_at_cues) const {
    const size_t se = std::min(SentEnd(s), limit);
    if (k >= se || !IsWord(k) || a_.tokens[k].in_quote) return SIZE_MAX;
    const bool relative = In(kRelativeOpeners, k);
    const bool aside = AnonymityAsideStartingAt(k, s) > 0;
    if (!relative && !aside && !Participle(k)) return SIZE_MAX;
    const std::vector<Span>& hits = AnonymityPhrases(s);
    if (hits.empty() && anonymity_asides_.empty()) return SIZE_MAX;
    bool opens_phrase = false;
    for (const Span& h : hits) opens_phrase = opens_phrase || h.begin == a_.tokens[k].span.begin;
    if (!relative && !aside && !opens_phrase) return SIZE_MAX;
    size_t last = SIZE_MAX;
    bool anonymity = aside || opens_phrase;
    for (size_t t = k; t < se; ++t) {
      if (a_.tokens[t].in_quote || IsComma(t) || Tok(t) == "." || Tok(t) == ";" || Tok(t) == ":") break;
      // "one owner of a shop that sells shoes who declined to be named":
      // the request is the next clause's; the first is the description's.
      if (t > k && !anonymity && In(kRelativeOpeners, t)) return SIZE_MAX;
      const size_t at = a_.tokens[t].span.begin;
      bool in_phrase = false;
      for (const Span& h : hits) {
        in_phrase = in_phrase || (at >= h.begin && at < h.end);
        anonymity = anonymity || h.begin == at;
      }
      if (stop_at_cues && t > k && !in_phrase && CueStartsAt(t)) break;
      if (t > k && AnonymityAsideStartingAt(t, s) > 0) anonymity = true;
      if (IsWord(t)) last = t;
    }
    return anonymity ? last : SIZE_MAX;
  }

  // The opening token of an anonymity clause (AnonymityClauseLast) whose
  // last word is token `j`, with no comma inside and a word before it (the
  // source's head); SIZE_MAX: none.
  size_t AnonymityClauseEndingAt(size_t j, int s) const {
    // The clause ends with a word of its own, not a preposition ("who
    // spoke on condition of anonymity for fear of …": "fear" is no cue).
    if (!IsWord(j) || a_.tokens[j].in_quote || Cjk(j) || In(kFunctionWords, j) || PrepositionAt(j)) return SIZE_MAX;
    for (size_t r = j; r > SentFirst(s) + 1 && r + 30 > j; --r) {
      if (a_.tokens[r].in_quote || IsComma(r)) break;
      if (!IsWord(r - 1) || a_.tokens[r - 1].in_quote) continue;
      if (!In(kRelativeOpeners, r) && !Participle(r)) continue;
      if (AnonymityClauseLast(r, s, j + 1, /*stop_at_cues=*/false) == j) return r;
    }
    return SIZE_MAX;
  }

  // Whether an entry of list own-reporting starts at token `k` (outside
  // quotes): the outlet's own reporting ("our information", "nos
  // informations", "ha podido saber este periódico") where a source-after
  // cue's source belongs. The claim is the newsroom's, sourced to no one.
  bool OwnReportingAt(size_t k, int s) const { return PhraseStartingAt(own_reporting_, k, s) > 0; }

  // The number of words of an entry of list anonymity-asides starting at
  // token `k` (outside quotes), or 0.
  size_t AnonymityAsideStartingAt(size_t k, int s) const { return PhraseStartingAt(anonymity_asides_, k, s); }

  // The number of words of the first of `phrases` (each split into lower-case
  // words) that starts at token `k`, every word outside quotes and inside
  // sentence `s`; 0 when none does.
  size_t PhraseStartingAt(const std::vector<std::vector<std::string_view>>& phrases, size_t k, int s) const {
    for (const auto& words : phrases) {
      const size_t n = words.size();
      if (n == 0 || k + n > SentEnd(s)) continue;
      bool match = true;
      for (size_t w = 0; match && w < n; ++w) {
        const size_t t = k + w;
        match = IsWord(t) && !a_.tokens[t].in_quote && Low(t) == words[w];
      }
      if (match) return n;
    }
    return 0;
  }

  // The number of words of an entry of list anonymity-asides ending at
  // token `j` (outside quotes, after the sentence's first word), or 0.
  size_t AnonymityAsideEndingAt(size_t j, int s) const {
    for (const auto& words : anonymity_asides_) {
      const size_t n = words.size();
      if (n == 0 || j < SentFirst(s) + n) continue;
      bool match = true;
      for (size_t w = 0; match && w < n; ++w) {
        const size_t t = j + 1 - n + w;
        match = IsWord(t) && !a_.tokens[t].in_quote && Low(t) == words[w];
      }
      if (match) return n;
    }
    return 0;
  }

  // A share of people from a survey ending at token `j`: "59 percent",
  // "27 percent of those polled", "six in 10 (voters)", "almost half", "most
  // of the voters". Attributed to the survey: a document source.
  std::optional<Mention> QuantityMention(size_t j, int s) const {
    const size_t sb = SentFirst(s);
    // The quantity word, at j or before an "of …" phrase ending at j.
    auto is_quantity = [&](size_t k) {
      const std::string& low = Low(k);
      if (InWord(kQuantityHeads, low)) return true;
      // "two-thirds", "three-quarters": a hyphenated fraction.
      if (const size_t hyphen = low.rfind('-');
          hyphen != std::string::npos && hyphen > 0 && IsWord(k) && InWord(kQuantityHeads, low.substr(hyphen + 1))) {
        return true;
      }
      // "42%" as one token.
      if (low.size() > 1 && low.back() == '%' && a_.tokens[k].type == TokenType::kNumber) return true;
      // "six in 10", "one in five", "nine out of 10"
      return k >= sb + 2 && ShareEndsAt(k, s);
    };
    size_t q = j;
    if (!is_quantity(q)) {
      size_t guard = 6;
      bool found = false;
      while (q > sb + 1 && guard-- > 0) {
        --q;
        if (!IsWord(q) || a_.tokens[q].in_quote) return std::nullopt;
        // ("less than half of what researchers say": a free relative's
        // subject, not a share of people.)
        if (Has(question_openers_, q) && !In(kRelativeOpeners, q) && !LowIs(q, "about") && !LowIs(q, "if")) return std::nullopt;
        if (LowIs(q, "of") && q > sb && is_quantity(q - 1)) {
          --q;
          found = true;
          break;
        }
      }
      if (!found) return std::nullopt;
    }
    size_t b = q;
    if (LowIs(q, "in")) return std::nullopt;
    if (b >= sb + 2 && LowIs(b - 1, "in")) b -= 2;  // "six in 10"
    if (b >= sb + 3 && LowIs(b - 1, "of") && LowIs(b - 2, "out")) b -= 3;  // "nine out of 10"
    // Numbers and hedges before it: "about 59 percent", "more than half".
    // "a 69% majority": a figure with its sign before the share word.
    while (b > sb && (IsWord(b - 1) || (LowIs(b - 1, "%") && b - 1 > sb && b - 1 < q)) &&
           !a_.tokens[b - 1].in_quote &&
           (a_.tokens[b - 1].type == TokenType::kNumber || In(kNumbers, b - 1) || LowIs(b - 1, "%") ||
            In(kQuantityHedges, b - 1) || LowIs(b - 1, "a") || LowIs(b - 1, "the"))) {
      --b;
    }
    // "percent" takes the word before it as its number ("Fifty-nine percent").
    if (b == q && (LowIs(q, "percent") || LowIs(q, "%"))) {
      if (q == sb || !IsWord(q - 1) || a_.tokens[q - 1].in_quote) return std::nullopt;
      b = q - 1;
    }
    auto m = MentionFromRange(b, j);
    if (!m) return m;
    m->span.end = a_.tokens[j].span.end;  // "42%": the sign is part of it
    m->type = MentionType::kDocument;
    m->head = Low(q);
    m->plural = true;
    m->share = true;
    m->name = Text(b, j);
    return m;
  }

  // "About two-thirds, 64 percent, say", "A third of the tenants, 31%,
  // said", "Four in 10, or 40 percent, say": a figure set off by commas
  // (after "or" too) restates the share before it. The share is the
  // source; PolNeAR's span runs over the figure to the closing comma at
  // `j`. The figure must hold a number.
  std::optional<Mention> ShareWithApposedFigure(size_t j, int s) const {
    const size_t first = SentFirst(s);
    if (j < first + 4 || j >= SentEnd(s) || !IsComma(j) || a_.tokens[j].in_quote) return std::nullopt;
    auto figure = QuantityMention(j - 1, s);
    if (!figure) return std::nullopt;
    size_t fb = TokenStartingAt(figure->span.begin);
    bool number = false;
    for (size_t t = fb; t < j; ++t) number = number || a_.tokens[t].type == TokenType::kNumber;
    if (!number || fb < first + 2) return std::nullopt;
    size_t k = fb - 1;
    if (LowIs(k, "or") && k > first + 1) --k;
    if (!IsComma(k) || a_.tokens[k].in_quote || k < first + 1) return std::nullopt;
    auto share = QuantityMention(k - 1, s);
    // "about two-thirds": a hyphenated fraction reads as the bare share
    // does ("Two-thirds say").
    if (!share) {
      const std::string& w = Low(k - 1);
      const size_t hyphen = w.rfind('-');
      if (hyphen == std::string::npos || !InWord(kQuantityHeads, w.substr(hyphen + 1))) return std::nullopt;
      share = UnlistedSubject(k - 1, s);
      if (!share || share->type == MentionType::kPronoun || share->type == MentionType::kName) return std::nullopt;
    }
    // The share opens its clause: not "the rent rose by a third, 33
    // percent, say tenants".
    const size_t sb = TokenStartingAt(share->span.begin);
    if (sb != first && !IsComma(sb - 1) && !In(kClauseOpeners, sb - 1) && !In(kVerbCoordinators, sb - 1) &&
        !QuoteEndsBefore(sb)) {
      return std::nullopt;
    }
    share->span.end = a_.tokens[j].span.end;
    return share;
  }

  std::optional<Mention> MentionFromRange(size_t first, size_t last) const {
    // [first, last] inclusive, trimmed of punctuation.
    while (first <= last && !IsWord(first)) ++first;
    while (last > first && !IsWord(last)) --last;
    if (first > last || !IsWord(first)) return std::nullopt;
    Mention m;
    m.span = {a_.tokens[first].span.begin, a_.tokens[last].span.end};
    return m;
  }

  // The source noun phrase ending at token `j` (inclusive), looking left.
  // When the one-comma apposition reading finds nothing, an apposition with
  // commas of its own (ApposedSourceLeft).
  std::optional<Mention> ParseLeft(size_t j, int s) {
    if (auto outlet = OutletTitleMention(j, s, true)) return outlet;
    if (auto share = ShareWithApposedFigure(j, s)) return share;
    // "Sen. Ann Lee (D-Ohio), said": a stray comma after the parenthesis
    // that follows a name, with no apposition before it; the comma is in
    // the source span (PolNeAR).
    if (j >= SentFirst(s) + 3 && j < SentEnd(s) && IsComma(j) && Tok(j - 1) == ")" && !a_.tokens[j].in_quote) {
      size_t o = j - 1;
      while (o > SentFirst(s) && j - o < 10 && Tok(o) != "(" && !IsComma(o)) --o;
      if (Tok(o) == "(" && o > SentFirst(s) && IsWord(o - 1) && Cap(o - 1)) {
        bool comma_before = false;
        for (size_t t = o; t-- > SentFirst(s) && !comma_before;) comma_before = IsComma(t) && !a_.tokens[t].in_quote;
        if (!comma_before) {
          auto m = ParseLeftOnce(j - 1, s);
          if (m && m->type == MentionType::kName) {
            m->span.end = a_.tokens[j].span.end;
            return m;
          }
        }
      }
    }
    auto m = ParseLeftOnce(j, s);
    if (m) {
      if (auto named = NameAfterRoleComplement(*m)) m = named;  // "Former secretary of state Hillary Clinton said"
      FrontedRoleOfName(*m, s);
    }
    if (j < SentFirst(s) || j >= SentEnd(s)) return m;
    // "Sen. Ann Lee, a Democrat from Ohio, in the name of thrift, has
    // proposed": past an adverbial between commas, an indefinite phrase
    // after a comma is the apposition of the name before it, which is the
    // source, read as it would be with the cue right after the apposition.
    if (m && m->type == MentionType::kDescription) {
      const size_t mb = TokenStartingAt(m->span.begin);
      const size_t me = TokenStartingAt(m->span.end) - 1;
      if (mb > SentFirst(s) + 1 && IsComma(mb - 1) && me + 1 < j && IsComma(me + 1) && In(kDeterminers, mb) &&
          !In(kDefiniteDeterminers, mb)) {
        auto wide = ParseLeftOnce(me + 1, s);
        if (wide && wide->type == MentionType::kName && wide->span.begin < m->span.begin) return wide;
      }
      // ("Matthew Ruiz, chief executive of Quillon, a software company,
      // said", "Ada Voss, the president of the union, which endorsed him,
      // said": a bare role or a definite description between commas, after
      // a name that opens the clause.)
      if (mb > SentFirst(s) + 1 && IsComma(mb - 1) && me + 1 < j && IsComma(me + 1) &&
          (In(kDefiniteDeterminers, mb) || (IsWord(mb) && !Cap(mb) && IsRoleStart(mb)))) {
        auto wide = ParseLeftOnce(me + 1, s);
        if (wide && wide->type == MentionType::kName && wide->span.begin < m->span.begin &&
            OpensClauseAt(TokenStartingAt(wide->span.begin), s)) {
          // The apposition after the role, when it is a noun phrase ("a
          // software company"), is in the span too (PolNeAR).
          if (IsComma(j) && me + 2 < j && In(kDeterminers, me + 2)) wide->span.end = a_.tokens[j].span.end;
          return wide;
        }
      }
      // "Sam Lau, the communications director for the party said on Monday
      // that": the same apposition with no comma closing it before the cue
      // is still the named person's, when the name opens the sentence (not
      // "In an interview with Mika Brzezinski, the candidate said"). Not
      // when a comma follows the cue
      // ("Smith, the mayor said, will not run": a parenthetical tag whose
      // source is the role, speaking about the name).
      if (mb > SentFirst(s) + 1 && IsComma(mb - 1) && me == j && j + 1 < SentEnd(s) && !CommaAfterCue(j + 1, s) &&
          (In(kDeterminers, mb) || (IsWord(mb) && !Cap(mb) && IsRoleStart(mb)))) {
        auto wide = ParseLeftOnce(mb - 2, s);
        if (wide && wide->type == MentionType::kName && wide->span.begin < m->span.begin &&
            TokenStartingAt(wide->span.end) == mb - 1 && TokenStartingAt(wide->span.begin) == SentFirst(s)) {
          wide->span.end = m->span.end;
          return wide;
        }
      }
    }
    const size_t k = SkipLeft(j, s);
    // "Sen. Chuck Grassley, facing a challenge in Iowa, a swing state,
    // said": the one-comma reading found a phrase inside the apposition
    // ("Iowa", after a preposition); the chain reading may find the source
    // that opens the clause.
    if (m && IsComma(k) && !a_.tokens[k].in_quote && !OpensClauseAt(TokenStartingAt(m->span.begin), s)) {
      if (auto chain = ApposedSourceLeft(k, s)) return chain;
    }
    // "Alan Roe, a dentist from Fairhaven, Massachusetts, who said …, said":
    // the phrase read is a state set off by commas after a place (list
    // place-qualifiers), which names nobody; the chain reading runs on to
    // the person the apposition describes.
    if (m && IsComma(k) && !a_.tokens[k].in_quote && m->type != MentionType::kPronoun) {
      const size_t mb = TokenStartingAt(m->span.begin);
      if (mb > SentFirst(s) + 1 && mb < k && IsComma(mb - 1) && !a_.tokens[mb - 1].in_quote && Cap(mb)) {
        const size_t re = CapRunEnd(mb, k);
        const std::string key = PhraseKey(mb, re);
        if (!key.empty() && place_qualifiers_.count(key) > 0) {
          if (auto chain = ApposedSourceLeft(k, s); chain && chain->span.begin < m->span.begin) return chain;
          // (A relative clause with a cue of its own, ", who said …,", ends
          // the chain's reading; read it from the comma after the state.)
          if (re < k && IsComma(re) && !a_.tokens[re].in_quote) {
            if (auto chain = ApposedSourceLeft(re, s); chain && chain->span.begin < m->span.begin) return chain;
          }
        }
      }
    }
    if (m) {
      // "…, filming television shows and meeting with …": a phrase that a
      // participle opens after a comma is that participle's object in a
      // clause of its own, not the subject of the verb after it.
      if (m->type != MentionType::kName && m->type != MentionType::kPronoun) {
        const size_t mb = TokenStartingAt(m->span.begin);
        if (mb > SentFirst(s) && mb < k && IsComma(mb - 1) && !a_.tokens[mb - 1].in_quote && IsWord(mb) && !Cap(mb) &&
            Participle(mb)) {
          return std::nullopt;
        }
      }
      // "some House conservatives who have vehemently opposed": a phrase
      // that runs into the relative clause whose own verb the cue is; the
      // relative pronoun is the source (PolNeAR).
      for (size_t t = TokenStartingAt(m->span.begin) + 1; t < k && a_.tokens[t].span.end <= m->span.end; ++t) {
        if (!LowIs(t, "who") || a_.tokens[t].in_quote) continue;
        if (OnlyVerbGroupAfter(t, k)) return ParseLeftOnce(t, s);
        break;
      }
      if (auto subject = AgentPhraseSubject(*m, s)) return subject;
      OrganizationBeforeName(*m, s);
      ExtendShareStart(*m, s);
      ExtendDocumentBy(*m, s);
      ExtendDocumentTime(*m, k, j, s);
      return m;
    }
    if (IsComma(k) && !a_.tokens[k].in_quote) m = ApposedSourceLeft(k, s);
    if (!m && IsDash(k) && !a_.tokens[k].in_quote) m = DashedAsideSourceLeft(k, s);
    return m;
  }

  // "Nevada's governor, Brian Sandoval, a Republican, said", "The
  // campaign's manager, Corey Lane, who …, declined": a name read with an
  // apposition of its own after it, set off by commas after a role phrase
  // that opens the clause. The role is read as it is with the cue right
  // after the name ("Nevada's governor, Brian Sandoval, said"), and the
  // source span starts with it (English).
  void FrontedRoleOfName(Mention& m, int s) {
    if (a_.language != "en" || m.type != MentionType::kName) return;
    const size_t first = SentFirst(s);
    const size_t mb = TokenStartingAt(m.span.begin);
    if (mb < first + 3 || mb >= SentEnd(s) || !IsComma(mb - 1) || a_.tokens[mb - 1].in_quote) return;
    size_t t = mb + 1;
    while (t < SentEnd(s) && a_.tokens[t].span.end <= m.span.end && !IsComma(t)) ++t;
    if (t >= SentEnd(s) || !IsComma(t) || a_.tokens[t].in_quote || a_.tokens[t].span.end > m.span.end) return;
    auto wide = ParseLeftOnce(t, s);
    if (!wide || wide->type != MentionType::kName || wide->span.end != a_.tokens[t].span.end) return;
    const size_t wb = TokenStartingAt(wide->span.begin);
    // (Only where the role opens the sentence or a clause after a
    // coordinator or complementizer: after a fronted phrase, "In an
    // interview, Reid, …," or "On Tuesday, his campaign manager, Jeff
    // Weaver, …", the phrase before the comma is no role.)
    if (wb >= mb - 1) return;
    if (wb != first && !(IsWord(wb - 1) && !a_.tokens[wb - 1].in_quote &&
                         (In(kComplementizers, wb - 1) || In(kVerbCoordinators, wb - 1)))) {
      return;
    }
    m.span.begin = wide->span.begin;
    if (m.role.empty()) m.role = wide->role;
  }

  // Whether a comma closes the cue's verb group that starts at token `c`
  // ("said,", "has said,", "told reporters,"): within its first three tokens.
  bool CommaAfterCue(size_t c, int s) const {
    for (size_t t = c; t < SentEnd(s) && t < c + 4; ++t) {
      if (IsComma(t)) return t > c;
      if (!IsWord(t)) return false;
    }
    return false;
  }

  // "Democrats — and some Republicans — say", "Jason Sims — a teacher from
  // Mount Pleasant — says": an aside between two dashes after the source.
  // The dash at `j` closes it; the source ends before the opening dash and
  // starts its clause. PolNeAR's source span runs over the aside to the
  // closing dash.
  std::optional<Mention> DashedAsideSourceLeft(size_t j, int s) {
    const size_t first = SentFirst(s);
    size_t d = j;
    while (d > first && j - d < 30) {
      --d;
      if (a_.tokens[d].in_quote || Tok(d) == ";" || Tok(d) == ":") return std::nullopt;
      if (IsDash(d)) break;
    }
    if (!IsDash(d) || d == first || d + 1 >= j) return std::nullopt;
    auto src = ParseLeftOnce(d - 1, s);
    if (!src || src->type == MentionType::kPronoun) return std::nullopt;
    const size_t b = TokenStartingAt(src->span.begin);
    if (b != first && !IsComma(b - 1) && !In(kClauseOpeners, b - 1) && !In(kVerbCoordinators, b - 1)) {
      return std::nullopt;
    }
    if (src->role.empty() && In(kDeterminers, d + 1) && !In(kVerbCoordinators, d + 1)) src->role = Text(d + 2, j - 1);
    src->span.end = a_.tokens[j].span.end;
    return src;
  }

  // "Six in 10 Americans say", "Only about 4 in 10 voters said": a phrase
  // that starts with the number closing a share takes the share and the
  // hedges before it.
  void ExtendShareStart(Mention& m, int s) const {
    const size_t b = TokenStartingAt(m.span.begin);
    if (b < SentFirst(s) + 2 || b >= SentEnd(s) || (a_.tokens[b].type != TokenType::kNumber && !In(kNumbers, b))) return;
    if (!ShareEndsAt(b, s)) return;
    size_t nb = LowIs(b - 1, "in") ? b - 2 : b - 3;  // "six in 10", "nine out of 10"
    while (nb > SentFirst(s) && IsWord(nb - 1) && !a_.tokens[nb - 1].in_quote &&
           (In(kQuantityHedges, nb - 1) || LowIs(nb - 1, "only"))) {
      --nb;
    }
    m.span.begin = a_.tokens[nb].span.begin;
    if (!m.name.empty() && m.type != MentionType::kName) m.name = w_.substr(m.span.begin, m.span.end - m.span.begin);
  }

  // "A Vell poll released Monday found", "A Vell poll last week found": a
  // time phrase between a document's phrase, ending at token `k`, and the
  // cue after token `j` dates the document (PolNeAR's source span runs over
  // it); it is no adverb of the cue, as it would be after a person.
  void ExtendDocumentTime(Mention& m, size_t k, size_t j, int s) const {
    if (m.type != MentionType::kDocument || m.share || k >= j || j >= SentEnd(s)) return;
    if (TokenStartingAt(m.span.end) != k + 1 || !IsWord(k) || Cap(k)) return;
    if (!In(kDocumentHeads, k) && !EndsWithParticiple(Low(k))) return;
    if (TimePhraseEnd(k + 1, j + 1) != j) return;
    m.span.end = a_.tokens[j].span.end;
  }

  // "A study by the liberal watchdog group Public Citizen found": the
  // author of a document ("by" after a document head) stands for it; the
  // source phrase is the document's, from its determiner.
  void ExtendDocumentBy(Mention& m, int s) const {
    size_t t = TokenStartingAt(m.span.begin);
    if (t >= SentEnd(s)) return;
    for (int guard = 0; guard < 5 && t > SentFirst(s) && IsWord(t - 1) && !Cap(t - 1) && !LowIs(t - 1, "by") &&
                        !a_.tokens[t - 1].in_quote && (In(kDeterminers, t - 1) || IsPlainModifier(t - 1));
         ++guard) {
      --t;
    }
    if (t < SentFirst(s) + 2 || !LowIs(t - 1, "by") || !In(kDocumentHeads, t - 2) || Cap(t - 2)) return;
    const size_t b = PremodifiersStart(t - 2, s);
    if (b < t - 2 && !In(kDeterminers, b) && !IsPlainModifier(b)) return;
    m.span.begin = a_.tokens[b].span.begin;
  }

  // A noun naming a person's role or kind: a role noun, a title, or a head
  // noun that is no organisation's or document's ("director", "farmer").
  bool PersonNounAt(size_t t) const {
    return In(kRoleNouns, t) || In(kPersonHeads, t) || In(kTitles, t) ||
           (IsHead(t) && !In(kOrganizationHeads, t) && !In(kDocumentHeads, t));
  }

  // Whether tokens (from, to] are only the verb group of a cue: auxiliaries,
  // cue adverbs and -ly adverbs ("who have vehemently opposed").
  // Whether the cue starting at `k` is the verb of a relative clause:
  // "who" or "which" before it, with only its verb group between ("who
  // have long wanted"), after token `first`.
  bool RelativeClauseVerb(size_t k, size_t first) const {
    for (size_t r = k; r > first + 1 && k - r < 4;) {
      --r;
      if (!IsWord(r) || a_.tokens[r].in_quote) return false;
      if (In(kRelativeOpeners, r) && !LowIs(r, "that")) return r + 1 == k || OnlyVerbGroupAfter(r, k - 1);
    }
    return false;
  }

  bool OnlyVerbGroupAfter(size_t from, size_t to) const {
    for (size_t u = from + 1; u <= to; ++u) {
      const std::string& w = Low(u);
      if (!IsWord(u) || !(VerbGroupWord(u) || In(kCueAdverbs, u) || In(kCueAuxiliaries, u) ||
                          (w.size() > 4 && w.compare(w.size() - 2, 2, "ly") == 0))) {
        return false;
      }
    }
    return true;
  }

  // Whether a source phrase starting at token `b` opens its clause: the
  // sentence's start, or after punctuation, a quote, a conjunction, a
  // clause opener or a time phrase.
  bool OpensClauseAt(size_t b, int s) const {
    if (b <= SentFirst(s)) return true;
    const size_t p = b - 1;
    if (!IsWord(p) || a_.tokens[p].in_quote) return true;
    return In(kClauseOpeners, p) || In(kVerbCoordinators, p) || In(kComplementizers, p) || In(kRelativeOpeners, p) ||
           Has(subordinators_, p) || Has(interjected_words_, p) || In(kTimeWords, p) || In(kCueAdverbs, p) ||
           Cap(p) || In(kModifiers, p) || In(kDeterminers, p) || !PrepositionAt(p);
  }

  // The words of tokens [b, e) lower-cased and joined by spaces, periods
  // left out ("N.C." -> "n.c", "South Carolina" -> "south carolina").
  std::string PhraseKey(size_t b, size_t e) const {
    std::string key;
    for (size_t t = b; t < e; ++t) {
      if (IsPunct(t, ".")) continue;
      if (!IsWord(t)) return {};
      if (!key.empty()) key += ' ';
      key += Low(t);
    }
    return key;
  }

  // Tokens [b, e) spell a suffix or degree after a personal name (list
  // name-suffixes, written without periods): "M.D.", "MD", "Ph.D.",
  // "Jr.", "III", "Esq.". Outside quotes, capitalized.
  bool PostNominalAt(size_t b, size_t e) const {
    if (b >= e || e - b > 6 || !IsWord(b) || !Cap(b) || a_.tokens[b].in_quote) return false;
    std::string key;
    for (size_t t = b; t < e; ++t) {
      if (IsPunct(t, ".")) continue;
      if (!IsWord(t) || a_.tokens[t].in_quote) return false;
      for (const char ch : Low(t)) {
        if (ch != '.') key += ch;
      }
    }
    return !key.empty() && HasWord(name_suffixes_, key);
  }

  // A party and state tag after a lawmaker's name: "R-Ky.", "D-N.Y.", "R",
  // "(D-Calif.)". Tokens [b, e).
  bool PartyTag(size_t b, size_t e) const {
    while (b < e && (Tok(b) == "(" || IsPunct(b, "."))) ++b;
    while (e > b && (Tok(e - 1) == ")" || IsPunct(e - 1, "."))) --e;
    if (e != b + 1 || !IsWord(b)) return false;
    std::string_view t = Tok(b);
    if (t.size() == 1) return t == "R" || t == "D" || t == "I";
    return t.size() >= 3 && (t[0] == 'R' || t[0] == 'D' || t[0] == 'I') && t[1] == '-' && t[2] >= 'A' && t[2] <= 'Z';
  }

  // "Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the
  // boycott, said", "Sen. Rand Paul, R-Ky., told", "Harry Bond, 30, of
  // Raleigh, N.C., who …, said", "Rep. Ana Ortiz (D-Calif.), who chairs the
  // panel, said", "Tom Hale, Smith's campaign manager, said", "Another
  // delegate on the state slate, Jim Poole, said": the source, then an
  // apposition that has commas of its own or that the one-comma reading
  // does not know, closed by the comma at `j` before the cue. The segments
  // between commas are read from the cue back: a place qualifier (list
  // place-qualifiers) continues the segment before it; the segment right
  // after the source opens an apposition (a determiner, a relative or
  // lower-case word, a capitalized possessive, a party tag, an age, "of" and
  // a place, or a name after a description of a person). The source is the
  // nearest segment that parses as one noun phrase from its first word (a
  // conjunction may precede it). PolNeAR's source span runs to the comma.
  std::optional<Mention> ApposedSourceLeft(size_t j, int s) {
    const size_t first = SentFirst(s);
    std::vector<size_t> commas{j};
    size_t start = first;  // the first token the chain may use
    for (size_t k = j; k-- > first;) {
      if (j - k > 60 || a_.tokens[k].in_quote || CueStartsAt(k) || IsDash(k) || Tok(k) == ";" || Tok(k) == ":") {
        start = k + 1;
        break;
      }
      if (IsComma(k)) {
        if (commas.size() == 7) {
          start = k + 1;
          break;
        }
        commas.push_back(k);
      }
    }
    const size_t n = commas.size();
    if (n < 2) return std::nullopt;
    // Segment i: [seg_b(i), commas[i]).
    auto seg_b = [&](size_t i) { return i + 1 < n ? commas[i + 1] + 1 : start; };
    const WordSet& places = place_qualifiers_;
    auto place = [&](size_t i) {
      const std::string key = PhraseKey(seg_b(i), commas[i]);
      return !key.empty() && places.count(key) > 0;
    };
    auto age = [&](size_t i) {
      return commas[i] == seg_b(i) + 1 && a_.tokens[seg_b(i)].type == TokenType::kNumber;
    };
    // "Tom Hale, M.D., a surgeon, said", "Ann Lee, PhD, said": a degree or
    // a suffix set off by commas (list name-suffixes, periods left out)
    // goes with the name before it, as a place qualifier does; it is
    // neither the source nor its role.
    auto suffix = [&](size_t i) { return PostNominalAt(seg_b(i), commas[i]); };
    auto opens_apposition = [&](size_t i, bool name_allowed) {
      const size_t b = seg_b(i);
      const size_t e = commas[i];
      if (b >= e || (!IsWord(b) && Tok(b) != "(")) return false;
      if (PartyTag(b, e) || age(i)) return true;
      if (In(kDeterminers, b) || In(kRelativeOpeners, b)) return true;
      // "Tracy Martin, Trayvon's father, issued a statement Thursday,
      // saying": a verb in -ed with its object after it is the clause's own
      // predicate, not an apposition ("appointed by the council" is one).
      if (!Cap(b) && b + 1 < e && IsWord(b + 1) && In(kDeterminers, b + 1) && !In(kNumbers, b + 1)) {
        const std::string& w = Low(b);
        if (w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0 && !IsHead(b)) return false;
      }
      // ("alguien, siguiendo el ejemplo de Tomás Arriaga, está sacando …,
      // informó la emisora …": a segment opened by a copula is the
      // clause's predicate, not an apposition.)
      if (!Cap(b)) {
        return !In(kPronouns, b) && !In(kClauseOpeners, b) && !In(kVerbCoordinators, b) && !PredicateOpensAt(b);
      }
      // "Gore's communications director", "Sanders' campaign manager" (the
      // bare apostrophe is a token of its own).
      if (EndsWithPossessive(Tok(b))) return b + 1 < e && IsWord(b + 1) && !Cap(b + 1);
      if (b + 2 < e && (Tok(b + 1) == "'" || Tok(b + 1) == "\xE2\x80\x99") && IsWord(b + 2) && !Cap(b + 2)) return true;
      if (name_allowed && CapRunEnd(b, e) == e) return true;
      // "Rashad Robinson, Color of Change's executive director, said",
      // "Chris Covert, South Carolina director for Sanders, said" (English):
      // a place or an organisation, then a lower-case noun of a person
      // (role, title, kin) within the first six words, is a role.
      if (a_.language == "en") {
        for (size_t t = b + 1; t < e && t < b + 6; ++t) {
          if (!IsWord(t) || a_.tokens[t].in_quote || CueStartsAt(t)) return false;
          if (!Cap(t) && (In(kRoleNouns, t) || In(kPersonHeads, t) || In(kTitles, t) || In(kKinHeads, t))) return true;
          if (!Cap(t) && !EndsWithPossessive(Tok(t)) && !In(kFunctionWords, t) && !In(kModifiers, t) &&
              !IsPlainModifier(t)) {
            return false;
          }
        }
      }
      return false;
    };
    for (size_t m = 1; m < n; ++m) {
      // The chain: segments m-1 … 0. A place qualifier continues the
      // segment before it, so the source's own segment is none.
      if (place(m) || age(m) || suffix(m) || PartyTag(seg_b(m), commas[m])) continue;
      bool chain = true;
      for (size_t i = 0; i + 1 < m && chain; ++i) {
        chain = (place(i) || suffix(i) || opens_apposition(i, false)) && commas[i] - seg_b(i) <= 25;
      }
      if (!chain || commas[m - 1] - seg_b(m - 1) > 25) continue;
      const size_t sb = seg_b(m);
      size_t e = commas[m] - 1;
      if (e < sb) continue;
      // "C. Stewart Verdon Jr., a former official, said": the suffix's
      // period goes with the name.
      if (e > sb && IsPunct(e, ".") && a_.tokens[e - 1].span.end == a_.tokens[e].span.begin &&
          IsWord(e - 1) && Has(name_suffixes_, e - 1)) {
        --e;
      }
      // "Rep. Ana Ortiz (D-Calif.)": the parenthesis goes with the name.
      if (Tok(e) == ")") {
        size_t o = e;
        while (o > sb && e - o < 10 && Tok(o) != "(") --o;
        if (Tok(o) != "(" || o == sb) continue;
        e = o - 1;
      }
      auto src = ParseLeftOnce(e, s);
      const size_t src_b = src ? TokenStartingAt(src->span.begin) : SIZE_MAX;
      const bool whole = src && src_b >= sb &&
                         (src_b == sb || (src_b == sb + 1 && (In(kClauseOpeners, sb) || In(kVerbCoordinators, sb))));
      // "Another delegate on the state slate, Jim Poole,", "Its chief
      // inspector, Ruth Okonedo,": a name in apposition to a description
      // of a person is the source; the description is the role. (Not a
      // state after a place: "a pastor in Elizabeth, Colorado," names
      // nobody; the chain runs on to the name before it.)
      if (m == 1 && !place(0) && (!whole || src->type == MentionType::kDescription)) {
        const size_t nb = seg_b(0);
        bool person = false;
        for (size_t t = sb; t < commas[1] && !person; ++t) {
          person = IsWord(t) && !Cap(t) && PersonNounAt(t);
        }
        if (person && Cap(nb) && CapRunEnd(nb, commas[0]) == commas[0] && (In(kDeterminers, sb) || !Cap(sb))) {
          auto named = ClassifyCapRun(nb, commas[0]);
          if (named && named->type == MentionType::kName) {
            named->role = Text(In(kDeterminers, sb) ? sb + 1 : sb, commas[1] - 1);
            named->span.begin = a_.tokens[sb].span.begin;
            named->span.end = a_.tokens[j].span.end;
            return named;
          }
        }
      }
      if (!whole) continue;
      if (!opens_apposition(m - 1, src->type != MentionType::kName) &&
          !(suffix(m - 1) && src->type == MentionType::kName)) {
        continue;
      }
      if (src->type != MentionType::kName && src->type != MentionType::kDescription &&
          src->type != MentionType::kOrganization) {
        continue;
      }
      // "Matthew Ruiz, chief executive of Quillon, a software company,
      // said", "Ada Voss, the president of the union, which endorsed him,
      // said": a description that is itself an apposition to a name right
      // before it; the chain runs on to the name, the source.
      // ("Gloria Garcia, 34, a nurse from Brownsville, Texas, says": an
      // age set off by commas between the name and its apposition.)
      const size_t named_seg = m + 2 < n && age(m + 1) ? m + 2 : m + 1;
      if (src->type != MentionType::kName && named_seg < n && opens_apposition(m, false) &&
          commas[m] - seg_b(m) <= 25 && commas[named_seg] > seg_b(named_seg)) {
        auto named = ParseLeftOnce(commas[named_seg] - 1, s);
        if (named && named->type == MentionType::kName && TokenStartingAt(named->span.begin) == seg_b(named_seg)) {
          continue;
        }
      }
      // The role: the first segment of the chain that reads as one, not a
      // party tag, an age or a place; a participle clause or a phrase after
      // one gives none ("facing a challenge in Iowa, a swing state,").
      if (src->role.empty()) {
        for (size_t i = m; i-- > 0;) {
          const size_t b = seg_b(i);
          if (place(i) || age(i) || suffix(i) || PartyTag(b, commas[i]) || LowIs(b, "of")) continue;
          if (Participle(b) || PrepositionAt(b) || PastParticipleClause(b, commas[i])) break;
          if (In(kRelativeOpeners, b)) {
            src->role = RelativeClauseRole(b, commas[i]);
          } else {
            src->role = Text(In(kDeterminers, b) ? b + 1 : b, commas[i] - 1);
          }
          break;
        }
      }
      src->span.end = a_.tokens[j].span.end;
      return src;
    }
    return std::nullopt;
  }

  // Russian: a person noun (lists anonymous-heads, role-nouns, titles)
  // whose organisation follows it in the genitive, with no preposition:
  // "представитель МВД", "депутат Госдумы", "чиновник Минфина",
  // "сотрудники ведомства", "пресс-секретарь мэрии Олег Смирнов". Where
  // other languages write "de", "des", "of" and the description is read
  // as described (T2), the genitive had made the organisation a name (T4,
  // or T5 with the person noun as its role) or left no source at all.
  bool PersonHeadRu(size_t t) const {
    if (!IsWord(t) || a_.tokens[t].in_quote || CueStartsAt(t)) return false;
    const std::string h = HeadKey(t);
    return InWord(kAnonymousHeads, h) || InWord(kRoleNouns, h) || InWord(kTitles, h) || InWord(kPersonHeads, h);
  }

  // Whether token `t` reads as an organisation in the genitive: a listed
  // organisation or affiliation noun ("министерства", "мэрии", "Кремля"),
  // an abbreviation in capitals ("МВД", "МИДа", "ФСБ"), or a capitalized
  // compound of a ministry or state body ("Минфина", "Минобороны",
  // "Госдумы", "Росстата"). A capitalized word of another shape
  // ("Петров") is a name.
  bool GenitiveOrganizationRu(size_t t) const {
    if (!IsWord(t) || a_.tokens[t].in_quote || CueStartsAt(t) || PersonHeadRu(t)) return false;
    const std::string& low = Low(t);
    if (InWord(kAffiliationNouns, low) || In(kOrganizationHeads, t) || In(kOrganizations, t)) return true;
    if (!Cap(t)) return false;
    const std::string_view w = Tok(t);
    // Two leading capital letters (Cyrillic А-Я are D0 90..D0 AF, Ё D0 81).
    auto upper_at = [&](size_t off) {
      if (off + 1 >= w.size()) return false;
      const auto b0 = static_cast<unsigned char>(w[off]), b1 = static_cast<unsigned char>(w[off + 1]);
      return b0 == 0xD0 && ((b1 >= 0x90 && b1 <= 0xAF) || b1 == 0x81);
    };
    if (upper_at(0) && upper_at(2)) return true;
    for (std::string_view prefix : {"мин", "гос", "рос"}) {
      if (low.size() >= prefix.size() + 8 && low.compare(0, prefix.size(), prefix) == 0) return true;
    }
    return false;
  }

  // The genitive organisation run that starts at `o` (at most three
  // words, each an organisation by GenitiveOrganizationRu); `o` when none.
  size_t GenitiveOrganizationEndRu(size_t o, size_t limit) const {
    size_t e = o;
    while (e < limit && e < o + 3 && GenitiveOrganizationRu(e)) ++e;
    return e;
  }

  // The mention for person noun `h` (premodifiers from `b`), organisation
  // tokens [o, oe) and, when `name_b` < `name_e`, the person's name
  // [name_b, name_e): the named person with the role "пресс-секретарь
  // мэрии", or else the described phrase.
  std::optional<Mention> GenitiveAffiliateMentionRu(size_t b, size_t h, size_t oe, size_t name_b, size_t name_e) {
    if (name_b + 1 < name_e) {
      auto named = ClassifyCapRun(name_b, name_e);
      if (!named || named->type != MentionType::kName || named->name.empty()) return std::nullopt;
      std::string role = Low(b);
      if (b < oe - 1) role += w_.substr(a_.tokens[b].span.end, a_.tokens[oe - 1].span.end - a_.tokens[b].span.end);
      named->role = role + (named->role.empty() ? "" : " " + named->role);
      named->span.begin = a_.tokens[b].span.begin;
      return named;
    }
    auto m = ClassifyDescription(b, h, oe - 1);
    if (!m) return m;
    if (m->type == MentionType::kDescription || m->type == MentionType::kAnaphor) {
      m->type = MentionType::kDescription;
      m->described = true;
    }
    return m;
  }

  std::optional<Mention> GenitiveAffiliateLeftRu(size_t j, int s) {
    if (j <= SentFirst(s) || j >= SentEnd(s) || !IsWord(j) || a_.tokens[j].in_quote) return std::nullopt;
    for (size_t h = j; h-- > SentFirst(s) && h + 6 > j;) {
      if (!IsWord(h) || a_.tokens[h].in_quote) return std::nullopt;
      if (!PersonHeadRu(h)) continue;
      const size_t oe = GenitiveOrganizationEndRu(h + 1, j + 1);
      if (oe == h + 1) return std::nullopt;
      size_t name_b = oe;
      if (oe <= j) {
        // A name of two or more capitalized words after the organisation
        // closes the phrase ("мэрии Олег Смирнов").
        for (size_t t = oe; t <= j; ++t) {
          if (!Cap(t) || PersonHeadRu(t)) return std::nullopt;
        }
        if (j + 1 - oe < 2) return std::nullopt;
      }
      // (A capitalized word may close the organisation run and open the
      // name: "депутат Госдумы Иван Петров" is read organisation, name.)
      return GenitiveAffiliateMentionRu(PremodifiersStart(h, s), h, oe, name_b, j + 1);
    }
    return std::nullopt;
  }

  std::optional<Mention> GenitiveAffiliateRightRu(size_t i, int s) {
    if (i + 1 >= SentEnd(s) || !PersonHeadRu(i)) return std::nullopt;
    const size_t oe = GenitiveOrganizationEndRu(i + 1, SentEnd(s));
    if (oe == i + 1) return std::nullopt;
    size_t name_e = oe;
    while (name_e < SentEnd(s) && IsWord(name_e) && Cap(name_e) && !a_.tokens[name_e].in_quote &&
           !PersonHeadRu(name_e) && !CueStartsAt(name_e)) {
      ++name_e;
    }
    // (The phrase ends at the organisation or the name: a word after it,
    // "руководитель городского департамента транспорта Артём …", is a
    // genitive no list knows, left to the readings after.)
    if (name_e == oe && oe < SentEnd(s) && IsWord(oe) && !a_.tokens[oe].in_quote) {
      return std::nullopt;
    }
    return GenitiveAffiliateMentionRu(i, i, oe, oe, name_e - oe >= 2 ? name_e : oe);
  }

  std::optional<Mention> ParseLeftOnce(size_t j, int s) {
    if (j < SentFirst(s) || j >= SentEnd(s)) return std::nullopt;
    j = SkipLeft(j, s);
    if (a_.tokens[j].in_quote) return std::nullopt;
    if (a_.language == "ru") {
      if (auto g = GenitiveAffiliateLeftRu(j, s)) return g;
    }
    std::string role;
    size_t apposition_end = SIZE_MAX;  // the comma closing ", who …," when there is one
    bool person_relative = false;      // that clause opens with "who" (list person-relatives)
    bool thing_relative = false;       // that clause opens with "which" (list thing-relatives)
    // "Wu, who is the director at …, said": skip back over the clause.
    if (IsComma(j) && j > SentFirst(s)) {
      size_t k = j - 1;
      size_t guard = 40;
      while (k > SentFirst(s) && guard-- > 0 && !IsComma(k) && !a_.tokens[k].in_quote) --k;
      // ", who …," or ", the …," after any source; a bare role (", managing
      // director of Hallam & Pike,") only after a name.
      // ", speaking on condition of anonymity …,": a participle clause.
      auto participle_at = [&](size_t t) {
        if (t >= j || !IsWord(t) || Cap(t) || a_.tokens[t].in_quote) return false;
        const std::string& w = Low(t);
        // (Russian: a past active participle, ", пожелавший остаться
        // неизвестным,", ", попросивший не называть его имени,"; the
        // clause is no part of the source's name. A present one, ",
        // знающий ситуацию,", stays the head's postmodifier.)
        if (a_.language == "ru") {
          for (std::string_view e : {"вший", "вшая", "вшее", "вшие"}) {
            if (w.size() > e.size() + 4 && w.compare(w.size() - e.size(), e.size(), e) == 0) return true;
          }
          return false;
        }
        return w.size() > 5 && w.compare(w.size() - 3, 3, "ing") == 0 && !In(kFunctionWords, t);
      };
      auto opens_clause = [&](size_t t) {
        return t < j && (In(kRelativeOpeners, t) || In(kDeterminers, t) || participle_at(t));
      };
      // "Ein hoher Beamter, der anonym bleiben wollte, weil …, sagte": a
      // clause of its own inside the relative clause; look one comma further.
      if (IsComma(k) && k > SentFirst(s) + 1 && !opens_clause(k + 1) &&
          (In(kClauseOpeners, k + 1) || In(kComplementizers, k + 1) || Has(subordinators_, k + 1))) {
        size_t k2 = k - 1;
        size_t guard2 = 40;
        while (k2 > SentFirst(s) && guard2-- > 0 && !IsComma(k2) && !a_.tokens[k2].in_quote) --k2;
        if (IsComma(k2) && opens_clause(k2 + 1)) k = k2;
      }
      // "Lee, who served in Iran, Turkey and France, said": the clause ends
      // in a list whose items the commas part; look back over the items
      // (each a short capitalized phrase, the last one coordinated) to the
      // comma that opens the clause.
      if (IsComma(k) && k > SentFirst(s) + 1 && !opens_clause(k + 1)) {
        auto list_item = [&](size_t from, size_t to, bool last) {  // tokens from..to-1
          if (from >= to || to - from > 4) return false;
          size_t first = from;
          if (Has(noun_coordinators_, first)) {
            if (!last) return false;
            ++first;
          }
          if (first >= to || !IsWord(first) || !Cap(first) || a_.tokens[first].in_quote) return false;
          bool coordinated = first != from;
          for (size_t t = first; t < to; ++t) {
            if (CueStartsAt(t) || a_.tokens[t].in_quote) return false;
            coordinated = coordinated || Has(noun_coordinators_, t);
          }
          return !last || coordinated;
        };
        if (list_item(k + 1, j, true)) {
          size_t item_end = k;
          for (int items = 0; items < 6 && item_end > SentFirst(s) + 1; ++items) {
            size_t c = item_end - 1;
            size_t guard3 = 40;
            while (c > SentFirst(s) && guard3-- > 0 && !IsComma(c) && !a_.tokens[c].in_quote) --c;
            if (!IsComma(c)) break;
            if (opens_clause(c + 1)) {
              k = c;
              break;
            }
            if (!list_item(c + 1, item_end, false)) break;
            item_end = c;
          }
        }
      }
      // (", asked about the deaths of …,", ", released on Tuesday by the
      // board,": a past participle's clause too, after any head.)
      const bool participle_clause = participle_at(k + 1) || PastParticipleClause(k + 1, j);
      // (A past participle with a determiner after it is the verb and its
      // object: "Ana Ruiz, Tomas's mother, issued a statement Friday,
      // saying …" is no clause on "mother".)
      bool clause = k + 1 < j && (opens_clause(k + 1) ||
                                  (participle_clause && (participle_at(k + 1) || !In(kDeterminers, k + 2))));
      // "Источник, близкий к правительству, сообщил": the head noun's
      // postmodifier, set off by commas, is part of the source mention.
      if (IsComma(k) && k > SentFirst(s) && IsHead(k - 1) && CommaPostmodifierEnd(k, s) == j - 1) {
        auto head = ParseLeft(k - 1, s);
        if (head && head->type == MentionType::kDescription && a_.tokens[k - 1].span.end == head->span.end) {
          return ClassifyDescription(TokenStartingAt(head->span.begin), k - 1, j - 1);
        }
      }
      // "Roy Blunt, after a long pause, said", "Cruz, as he has in the
      // past, said": a phrase opened by a preposition or a subordinator
      // between the source and its cue belongs to neither.
      if (k + 1 < j && k > SentFirst(s) && IsWord(k + 1) && !Cap(k + 1) && IsWord(k - 1) &&
          !a_.tokens[k - 1].in_quote && !In(kRelativeOpeners, k + 1) && !In(kDeterminers, k + 1) &&
          !IsRoleStart(k + 1) && !Has(comma_postmodifiers_, k + 1) &&
          (PrepositionAt(k + 1) || In(kClauseOpeners, k + 1) || Has(subordinators_, k + 1))) {
        return ParseLeftOnce(k - 1, s);
      }
      // (Not a segment opened by a copula: "Arriaga, está sacando …," is
      // the clause's predicate.)
      // (Nor a time phrase and the clause after it: "On Monday, Mayor Ann
      // Lee vetoed the budget, saying …", "On Thursday, he expanded …".)
      bool role_apposition = k + 1 < j && (IsRoleStart(k + 1) || (IsWord(k + 1) && !Cap(k + 1))) &&
                             !PredicateOpensAt(k + 1) && !FiniteAuxiliaryAt(k + 1) && k > SentFirst(s) && Cap(k - 1) &&
                             !In(kTimeWords, k - 1) &&
                             !In(kPronouns, k + 1);
      // "A White House spokesman, Daniel Ortiz, said": the name in apposition
      // to a role noun phrase; the source is the person, the phrase their
      // role, and PolNeAR's source span runs over both.
      // The role's head noun: the word before the comma, or one with a
      // postmodifier after it ("deputy minister for the sea, Joran Vell,").
      size_t role_head = k > SentFirst(s) ? k - 1 : k;
      if (k > SentFirst(s) && (!IsHead(role_head) || In(kOrganizationHeads, role_head))) {
        // ("The leader of the opposition in the Assembly, Deputy Carl
        // Barros,": the head is a person's, not an organisation's.)
        for (size_t h = k - 1; h > SentFirst(s) && h + 9 > k; --h) {
          const size_t c = h - 1;
          if (!IsWord(c) || a_.tokens[c].in_quote) break;
          if (IsHead(c) && !In(kOrganizationHeads, c) && In(kPostmodifierOpeners, c + 1)) {
            role_head = c;
            break;
          }
        }
      }
      // "His rival, former state Treasurer Nina Castellano, claimed": lower-
      // case role words may open the name's apposition, and the phrase
      // before it may be any lower-case noun after a determiner.
      size_t name_first = k + 1;
      while (name_first < j && name_first < k + 4 && IsWord(name_first) && !Cap(name_first) &&
             !a_.tokens[name_first].in_quote && !In(kRelativeOpeners, name_first) && !In(kPronouns, name_first)) {
        ++name_first;
      }
      // ("Norvale’s largest customer, the supermarket chain Harlow’s,": up
      // to two adjectives, and a possessive name in the determiner's place.)
      size_t det = role_head >= SentFirst(s) + 1 ? role_head - 1 : role_head;
      for (int adjectives = 0; adjectives < 2 && det > SentFirst(s) && IsPlainModifier(det); ++adjectives) --det;
      const bool determined_noun =
          k >= SentFirst(s) + 2 && IsWord(role_head) && !Cap(role_head) && role_head == k - 1 && det < role_head &&
          (In(kDeterminers, det) || (IsWord(det) && Cap(det) && !a_.tokens[det].in_quote && EndsWithPossessive(Tok(det))));
      // ("Another pollster, David Woodard of Clemson University, said": the
      // name may carry an affiliation, which joins the role.)
      const size_t name_end = name_first < j ? CapRunEnd(name_first, j) : j;
      const bool affiliated = name_end > name_first + 1 && name_end + 1 < j && In(kAffiliationPrepositions, name_end) &&
                              Cap(name_end + 1) && CapRunEnd(name_end + 1, j) == j;
      bool name_apposition = IsComma(k) && k > SentFirst(s) && name_first < j && Cap(name_first) &&
                             !SentenceInitialFunction(name_first) && (name_end == j || affiliated) &&
                             !In(kTimeWords, name_first) &&
                             (IsHead(role_head) || determined_noun) && !In(kOrganizationHeads, role_head) &&
                             !In(kDocumentHeads, role_head);
      // ("a pastor in Elizabeth, Colorado,": a state after a capitalized
      // place is that place's qualifier, list place-qualifiers; no name.)
      // A description that holds the place and is in apposition to nothing
      // is the source, with the qualifier ("a woman in Worcester,
      // Massachusetts, told him"); after a comma it is a name's apposition
      // and the chain runs on ("Swanson, a pastor in Elizabeth, Colorado,").
      if (name_apposition && name_first == k + 1 && IsWord(k - 1) && Cap(k - 1)) {
        const std::string key = PhraseKey(name_first, j);
        if (!key.empty() && place_qualifiers_.count(key) > 0) {
          name_apposition = false;
          auto described = ParseLeftOnce(k - 1, s);
          if (described && described->type == MentionType::kDescription) {
            const size_t db = TokenStartingAt(described->span.begin);
            if (db == SentFirst(s) || (db > SentFirst(s) && !IsComma(db - 1))) {
              described->span.end = a_.tokens[j].span.end;
              return described;
            }
          }
        }
      }
      if (name_apposition) {
        auto named = ClassifyCapRun(name_first, name_end);
        // ("David Woodard of Clemson University" reads as one organisation's
        // name: the person is the run before the preposition.)
        size_t person_end = name_end;
        for (size_t t = name_first + 2; (!named || named->type != MentionType::kName) && t + 1 < name_end; ++t) {
          if (!In(kAffiliationPrepositions, t) || !Cap(t + 1)) continue;
          auto person = ClassifyCapRun(name_first, t);
          if (person && person->type == MentionType::kName) {
            named = person;
            person_end = t;
          }
          break;
        }
        if (named && named->type == MentionType::kName) {
          size_t b = PremodifiersStart(role_head, s);
          if (determined_noun && b > det) b = det;
          named->role = Text(In(kDeterminers, b) ? b + 1 : b, k - 1);
          if (person_end < j) named->role += " " + Text(person_end, j - 1);
          named->span.begin = a_.tokens[b].span.begin;
          named->span.end = a_.tokens[j].span.end;
          return named;
        }
      }
      if (IsComma(k) && (clause || role_apposition) && k > SentFirst(s)) {
        if (!participle_clause && In(kRelativeOpeners, k + 1)) {
          role = RelativeClauseRole(k + 1, j);
        } else if (!participle_clause) {
          role = Text(k + 1, j - 1);
        }
        // "Marco Rubio, speaking at a rally in Miami, said", "Mr. Biden,
        // recalling the breakfasts, described": a present participle's
        // clause tells what the person was doing, not who they are; PolNeAR
        // leaves it out of a name's source span (not an anonymity clause,
        // ", speaking on condition of anonymity,", nor examples,
        // ", including …,", list prepositional-participles).
        // ("managing director at …" is a role.)
        const bool incidental = participle_at(k + 1) && !Has(prepositional_participles_, k + 1) &&
                                !IsRoleStart(k + 1) &&
                                AnonymityClauseLast(k + 1, s, j, /*stop_at_cues=*/false) == SIZE_MAX;
        if (!incidental) apposition_end = j;
        person_relative = clause && !participle_clause && Has(person_relatives_, k + 1);
        thing_relative = clause && !participle_clause && Has(thing_relatives_, k + 1);
        j = k - 1;
        // "Marley Anderson, 21, a junior from Las Vegas, said": an age
        // between the name and its apposition.
        if (j >= SentFirst(s) + 2 && clause && a_.tokens[j].type == TokenType::kNumber && IsComma(j - 1) &&
            IsWord(j - 2) && Cap(j - 2) && !a_.tokens[j - 2].in_quote) {
          j -= 2;
        }
      } else {
        return std::nullopt;
      }
    }
    if (!IsWord(j)) {
      if (Tok(j) == "%") return QuantityMention(j, s);  // "42% say"
      return std::nullopt;
    }
    const std::string& low = Low(j);
    if (PronounWithClitic(j)) return PronounCliticMention(j);
    // "Beck, who said …": the relative pronoun is the source (PolNeAR), and
    // refers to the person named before the comma.
    if (low == "who" && j > SentFirst(s) && (IsComma(j - 1) || (IsWord(j - 1) && !a_.tokens[j - 1].in_quote))) {
      auto m = MentionFromRange(j, j);
      if (m) {
        m->type = MentionType::kPronoun;
        m->head = low;
        // "Beck, who": the word before the comma; "supporters who": the word before.
        m->plural = IsComma(j - 1) ? j >= SentFirst(s) + 2 && In(kPluralHeads, j - 2)
                                   : In(kPluralHeads, j - 1);
      }
      return m;
    }
    // "“…,” one of them said", "Two of those said": a quantifier or number
    // and "of" before an object pronoun of a group (list
    // group-member-pronouns) are members of a group cited before
    // (GroupOfMember), not a share of a poll.
    if (j >= SentFirst(s) + 2 && HasWord(group_member_pronouns_, low) && LowIs(j - 1, "of") && IsWord(j - 2) &&
        !a_.tokens[j - 2].in_quote && !a_.tokens[j - 1].in_quote &&
        (HasWord(group_member_words_, Low(j - 2)) || In(kStandaloneSources, j - 2) || In(kNumbers, j - 2) ||
         a_.tokens[j - 2].type == TokenType::kNumber)) {
      size_t b = j - 2;
      // ("Only one of them", "At least two of them": a hedge before the count.)
      while (b > SentFirst(s) && IsWord(b - 1) && !a_.tokens[b - 1].in_quote && In(kQuantityHedges, b - 1)) --b;
      if (b == SentFirst(s) || !IsWord(b - 1) || In(kClauseOpeners, b - 1) || In(kComplementizers, b - 1)) {
        auto m = MentionFromRange(b, j);
        if (m) {
          m->type = MentionType::kDescription;
          m->head = Low(j - 2);
          m->plural = !HasWord(group_member_words_, Low(j - 2)) && Low(j - 2) != "one" && Tok(j - 2) != "1";
          m->member = true;
        }
        return m;
      }
    }
    // "One said", "“…,” each added": a word of list group-member-words alone
    // as the subject, at a clause's start, is one of a group cited before.
    if (HasWord(group_member_words_, low) &&
        (j == SentFirst(s) || !IsWord(j - 1) || In(kClauseOpeners, j - 1) || In(kComplementizers, j - 1))) {
      auto m = MentionFromRange(j, j);
      if (m) {
        m->type = MentionType::kDescription;
        m->head = low;
        m->plural = false;
        m->member = true;
      }
      return m;
    }
    // Poll figures: "59 percent", "six in 10", "most of the voters".
    if (auto q = QuantityMention(j, s)) return q;
    // "He and Rep. Ann Lee (R-Ohio) both condemned": a quantifier right
    // after a parenthesis floats after the subject before it; the source is
    // that phrase, not "both".
    if (InWord(kStandaloneSources, low) && j > SentFirst(s) + 1 && Tok(j - 1) == ")" && !a_.tokens[j - 1].in_quote) {
      return ParseLeftOnce(j - 1, s);
    }
    // "Others say", "many believe": a vague source of its own.
    if (InWord(kStandaloneSources, low) &&
        (j == SentFirst(s) || !IsWord(j - 1) || In(kClauseOpeners, j - 1))) {
      auto m = MentionFromRange(j, j);
      if (m) {
        m->type = MentionType::kDescription;
        m->head = low;
        m->plural = low != "another";
      }
      return m;
    }
    // Pronouns. ("Il lui a dit": a pronoun that is no subject's, right
    // after a subject pronoun, is its object; the subject is the source.)
    if (InWord(kPronouns, low) && j > SentFirst(s) && !InWord(kPronounsSubject, low) && IsWord(j - 1) &&
        !a_.tokens[j - 1].in_quote && In(kPronounsSubject, j - 1)) {
      return ParseLeftOnce(j - 1, s);
    }
    if (InWord(kPronouns, low)) {
      auto m = MentionFromRange(j, j);
      if (m) {
        m->type = MentionType::kPronoun;
        m->head = low;
        m->plural = InWord(kPronounsPlural, low);
      }
      return m;
    }
    // "Insiders say": a capitalized head noun only because it opens the sentence.
    if (Cap(j) && SentenceInitial(j) && (InWord(kAnonymousHeads, low) || InWord(kKinHeads, low))) {
      return ClassifyDescription(j, j, j);
    }
    // A capitalized run ending here: a name, an organisation, or a place
    // completing a description ("officials in Beijing").
    if (Cap(j) && !SentenceInitialFunction(j)) {
      size_t b = j;
      while (b > SentFirst(s)) {
        // "Ann “Bunny” Lee said": a nickname in marks inside the name (fixb32).
        if (a_.tokens[b - 1].in_quote) {
          size_t o = b - 1;
          while (o > SentFirst(s) + 1 && o + 5 > b && a_.tokens[o - 1].in_quote) --o;
          if (o > SentFirst(s) && NicknameEnd(o, SentEnd(s)) == b) {
            b = o - 1;
            continue;
          }
          break;
        }
        if (b >= SentFirst(s) + 2 && (TitlePeriod(b - 1) || InitialPeriod(b - 1) ||  // "Mr. Trump", "Joseph R. Biden"
                                      LeadingInitialPeriod(b - 1, b - 2))) {         // "C. Stewart Verdon"
          b -= 2;
          continue;
        }
        if (IsWord(b - 1) && ((Cap(b - 1) && !SentenceInitialFunction(b - 1)) ||
                              (IsNameConnector(b - 1) && b >= SentFirst(s) + 2 && Cap(b - 2)))) {
          --b;
          continue;
        }
        // "Ursula von der Leyen": two connectors in a row (fixb32).
        if (b >= SentFirst(s) + 3 && IsWord(b - 1) && IsWord(b - 2) && IsNameConnector(b - 1) &&
            IsNameConnector(b - 2) && Cap(b - 3) && IsWord(b - 3) && !a_.tokens[b - 2].in_quote &&
            !a_.tokens[b - 3].in_quote) {
          b -= 2;
          continue;
        }
        break;
      }
      while (b < j && IsNameConnector(b)) ++b;
      b = NameBegin(b, j + 1);
      // "Supporters of Ben Hart said", "Members of Congress say": a noun of
      // unnamed people, capitalized only because it opens the sentence,
      // before a postmodifier's connector is the head of a description
      // whose affiliation is the name; it is no part of the name.
      if (b + 1 < j && PeopleNounBeforeConnector(b)) {
        auto m = ClassifyDescription(b, b, j);
        if (m && !role.empty() && m->role.empty()) m->role = role;
        return m;
      }
      // "Instead, the senator is sticking to his message, hoping …": a lone
      // sentence-opening word the article capitalizes nowhere else is no name.
      // ("“… offensive!” Cruz said.": a sentence that a closing quote mark
      // ended just before is the same sentence; the word is a name.)
      // ("Smith says the plan failed": a word straight before its cue verb
      // is that verb's subject, a surname introduced nowhere else. A word
      // that may be a plural noun ("Economists say") is left to the
      // unlisted-subject reading unless the verb is singular.)
      if (!nouns_capitalized_ && b == j && SentenceInitial(j) && !IsHead(j) &&
          !RegisteredNameAt(j) && !CapitalizedInside(j) && !QuoteEndsBefore(j) &&
          !LoneSubjectOfCue(j) && !person_relative) {  // ("Jones, who …, said": a person's surname)
        return std::nullopt;
      }
      // A lone capitalized head noun: German capitalizes every noun ("Ein
      // Konzernsprecher sagte"), and a sentence's first word is capitalized
      // anyway. It is a description, not a name.
      if (b == j && IsHead(j) && !InWord(kOrganizationHeads, HeadKey(j)) &&
          !registry_names_.count(std::string(Tok(j)))) {
        // ("The Advocate had chided", "the Advocate said": one capitalized
        // person noun after "the" in running text names an outlet,
        // OutletNameHead.)
        if (j > SentFirst(s) && LowIs(j - 1, "the") && !a_.tokens[j - 1].in_quote && OutletNameHead(j, j, j + 1)) {
          auto m = MentionFromRange(j - 1, j);
          if (m) {
            m->type = MentionType::kOrganization;
            m->name = std::string(Tok(j));
            m->head = low;
          }
          return m;
        }
        return ClassifyDescription(PremodifiersStart(j, s), j, j);
      }
      // "one senior Conservative MP", "a Labour MP": a capitalized run
      // ending in a role noun after a determiner or a modifier describes an
      // unnamed person; it names nobody.
      // ("… Bruno Le Maire": a title after a capitalized particle is a
      // surname.)
      if (b < j && IsHead(j) && !InWord(kOrganizationHeads, HeadKey(j)) && b > SentFirst(s) && IsWord(b - 1) &&
          !Cap(b - 1) && (In(kDeterminers, b - 1) || In(kModifiers, b - 1)) && !(j > b + 1 && SurnameParticle(j - 1))) {
        auto m = ClassifyDescription(PremodifiersStart(j, s), j, j);
        if (m && !role.empty() && m->role.empty()) m->role = role;
        return m;
      }
      // Where every noun is capitalized, one after an indefinite or
      // possessive determiner is no name either, listed or not ("Eine Mutter,
      // die anonym bleiben möchte, findet").
      if (nouns_capitalized_ && b == j && j > SentFirst(s) && In(kDeterminers, j - 1) &&
          !In(kDefiniteDeterminers, j - 1) && !registry_names_.count(std::string(Tok(j)))) {
        auto m = ClassifyDescription(j - 1, j, j);
        if (m && !role.empty() && m->role.empty()) m->role = role;
        return m;
      }
      // "officials in Beijing", "a spokesman for the ministry", "a spokeswoman
      // for the state Department of Transportation": a description.
      size_t pb = b;
      for (int guard = 0; guard < 3 && pb > SentFirst(s) && IsWord(pb - 1) && !Cap(pb - 1) &&
                          (LowIs(pb - 1, "the") || (In(kDefiniteDeterminers, pb - 1) && !In(kPostmodifierOpeners, pb - 1)) ||
                           In(kAffiliationNouns, pb - 1) || In(kModifiers, pb - 1));
           ++guard) {
        --pb;
      }
      if (pb > SentFirst(s) + 1 && OpensPostmodifier(pb - 2, pb - 1)) {
        auto head = FindHeadLeft(pb - 1, j, s);
        if (head) return head;
      }
      // "A source close to the White House": a two-word opener. (Its
      // preposition may hold the article: "Una fuente cercana al Gobierno",
      // "une source proche du Gouvernement", where "al" and "du" are
      // determiners.)
      if (pb > SentFirst(s) + 2 && IsWord(pb - 1) && (PrepositionAt(pb - 1) || In(kDeterminers, pb - 1)) &&
          In(kPostmodifierOpeners, pb - 2) &&
          !a_.tokens[pb - 2].in_quote) {
        auto head = FindHeadLeft(pb - 1, j, s);
        if (head) return head;
      }
      // "the White House"; a lone organisation noun keeps its article in any
      // language ("Die Firma sagte", "Der Konzern teilte mit").
      if (b > SentFirst(s) && (LowIs(b - 1, "the") || (b == j && IsHead(j) && In(kDefiniteDeterminers, b - 1)))) --b;
      auto m = ClassifyCapRun(b, j + 1);
      // "Many Latinos have said", "Some Germans are questioning", "Two House
      // Committees asked": a quantifier before a capitalized run opens the
      // phrase; PolNeAR's source span starts there.
      if (m && QuantifierBeforeRun(b)) m->span.begin = a_.tokens[b - 1].span.begin;
      // "Paris, who used to work on Capitol Hill, said": a relative pronoun
      // only of people (list person-relatives) makes a run that the place
      // or organisation lists took for an organisation a person's name,
      // unless a word of it is an organisation's head or an acronym.
      if (m && m->type == MentionType::kOrganization && person_relative) {
        bool personal = true;
        for (size_t t = b; t <= j && personal; ++t) {
          personal = !IsWord(t) || (Cap(t) && !IsAcronym(t) && !StrippedIn(kOrganizationHeads, t) && !IsHead(t));
        }
        if (personal) m->type = MentionType::kName;
      }
      // "The Tenants Rights Legal Fund, which brought the suit, said": a
      // relative pronoun never of people (list thing-relatives) makes a
      // run read as a person's name an organisation's.
      if (m && m->type == MentionType::kName && thing_relative) {
        m->type = MentionType::kOrganization;
        m->name = StripPossessive(Text(LowIs(b, "the") && b < j ? b + 1 : b, j));
      }
      // (A "which" clause tells what the organisation does; it is no role.)
      if (m && !role.empty() && m->role.empty() && !thing_relative) m->role = role;
      // PolNeAR: "Dale Belman, a professor at …, said": the apposition and
      // its closing comma belong to the source mention.
      if (m && m->type == MentionType::kName && apposition_end != SIZE_MAX) {
        m->span.end = a_.tokens[apposition_end].span.end;
      }
      return m;
    }
    // A postnominal adjective ends the phrase: "Esas mismas fuentes
    // oficiales", "des sources officielles", "fonti ufficiali".
    if (j > SentFirst(s) && IsPlainModifier(j) && !IsHead(j) && IsHead(j - 1) && !Cap(j - 1)) {
      size_t b = PremodifiersStart(j - 1, s);
      // "Two people familiar with the cabinet discussions": the phrase is
      // the object of an earlier head's postmodifier, which is the source.
      if (b > SentFirst(s) + 1 &&
          (In(kPostmodifierOpeners, b - 1) ||
           (b > SentFirst(s) + 2 && PrepositionAt(b - 1) && In(kPostmodifierOpeners, b - 2)))) {
        auto outer = FindHeadLeft(b - 1, j, s);
        if (outer) return outer;
      }
      return ClassifyDescription(b, j - 1, j);
    }
    // A head noun before one or two lower-case genitives, in a language
    // that writes them so (orthography genitive-postmodifiers):
    // "замначальника управления", "глава департамента транспорта".
    if (genitive_postmodifiers_ && !IsHead(j) && !Cap(j)) {
      for (size_t h = j; h > SentFirst(s) && h + 2 >= j; --h) {
        const size_t k = h - 1;
        // A count or a time word is no genitive: "Мэр два года повторял".
        if (!IsWord(k) || (Cap(k) && !SentenceInitial(k)) || a_.tokens[k].in_quote || In(kFunctionWords, k) ||
            In(kNumbers, k) || In(kTimeWords, k)) {
          break;
        }
        if (IsHead(k)) {
          // Not a time word nor the object of a preposition before it
          // ("Вчера", "На собрании").
          size_t b = PremodifiersStart(k, s);
          while (b < k && (In(kTimeWords, b) || (b > SentFirst(s) && PrepositionAt(b - 1)))) ++b;
          return ClassifyDescription(b, k, j);
        }
      }
    }
    // A head noun ending here ("the person", "a White House official").
    if (IsHead(j)) {
      size_t b = PremodifiersStart(j, s);
      // The noun of a postmodifier belongs to the head before it: "An
      // official at the company, who …, said", "Un cadre de la société".
      // Two-word openers too: "a source close to the government", "источник
      // близкий к правительству".
      size_t head = j;
      // (From the sentence's second word: "Funcionarios del ministerio
      // dijeron", a bare plural before the fused preposition.)
      for (int guard = 0; guard < 3 && b >= SentFirst(s) + 1; ++guard) {
        size_t o = b - 1;
        // "Un dirigente del sindicato", "uma enfermeira do serviço": a
        // preposition fused with its article (listed as a determiner and a
        // postmodifier opener) after a head noun opens the postmodifier;
        // it is not the determiner of a phrase of its own.
        if (b > SentFirst(s) && b < j && In(kDeterminers, b) && In(kPostmodifierOpeners, b) && IsHead(b - 1) &&
            !In(kOrganizationHeads, b - 1) && !a_.tokens[b - 1].in_quote) {
          o = b;
        }
        if (o <= SentFirst(s)) break;
        // Two-word openers: "close to", "familiar with" (both words listed).
        if (o >= SentFirst(s) + 2 && IsWord(o) && PrepositionAt(o) && In(kPostmodifierOpeners, o - 1) &&
            !IsHead(o - 1) && !a_.tokens[o - 1].in_quote) {
          --o;
        }
        // ("An aide to a senator said": "to" after a person's noun too.)
        if (!OpensPostmodifier(o - 1, o) || !IsHead(o - 1) || a_.tokens[o - 1].in_quote) break;
        head = o - 1;
        b = PremodifiersStart(head, s);
      }
      if (head != j) {
        auto outer = ClassifyDescription(b, head, j);
        if (outer && !role.empty() && outer->role.empty()) outer->role = role;
        return outer;
      }
      // "Supporters of Republican Donald Trump for president say": a bare
      // noun right after a preposition ("for president") is that
      // preposition's object inside a longer phrase; the source is the
      // head whose postmodifier runs on to it (FindHeadLeft), when there
      // is one.
      if (a_.language == "en" && b == j && b >= SentFirst(s) + 2 && IsWord(b - 1) && !Cap(b - 1) && !Cap(j) &&
          !a_.tokens[b - 1].in_quote && PrepositionAt(b - 1) && In(kPostmodifierOpeners, b - 1)) {
        if (auto outer = FindHeadLeft(b - 1, j, s)) return outer;
      }
      // "Due persone a conoscenza del dossier hanno detto", "Personas al
      // tanto del plan del ministerio dijeron": an organisation or a
      // document in the postmodifier of an unnamed source's head further
      // left (an opener of more than two words) is not the source; the
      // head is. Up to five words back, over no clause opener and no cue.
      if (b >= SentFirst(s) + 2 && (In(kOrganizationHeads, j) || In(kDocumentHeads, j)) && !In(kAnonymousHeads, j)) {
        for (size_t h = b - 1; h > SentFirst(s) && h + 6 > b; --h) {
          if (!IsWord(h) || a_.tokens[h].in_quote || In(kComplementizers, h) || In(kRelativeOpeners, h) ||
              In(kVerbCoordinators, h) || CueStartsAt(h)) {
            break;
          }
          const size_t k = h - 1;
          if (In(kAnonymousHeads, k) && !a_.tokens[k].in_quote && In(kPostmodifierOpeners, h)) {
            auto outer = ClassifyDescription(PremodifiersStart(k, s), k, j);
            if (outer && !role.empty() && outer->role.empty()) outer->role = role;
            return outer;
          }
        }
      }
      return ClassifyDescription(b, j, j);
    }
    // The end of a postmodifier ("people familiar with the matter"); a
    // postmodifier never ends in "and" or "that" ("Officials at the
    // Treasury played down the delay and recalled …" is a coordinated verb).
    if (In(kVerbCoordinators, j) || In(kComplementizers, j)) return std::nullopt;
    auto head = FindHeadLeft(j, j, s);
    if (head) return head;
    return std::nullopt;
  }

  // A word after a verb that opens a prepositional phrase, not what was
  // said: "about", "of", and the function words that are neither pronouns,
  // determiners nor clause openers ("in", "at", "for"). Not a word at all
  // (punctuation) counts too.
  bool PrepositionAt(size_t k) const {
    if (!IsWord(k)) return true;
    const std::string& low = Low(k);
    if (low == "about" || low == "of") return true;
    return In(kFunctionWords, k) && !In(kPronouns, k) && !In(kClauseOpeners, k) && !In(kDeterminers, k);
  }

  // "according to the results", "according to state law": whatever noun
  // phrase follows a source-after cue is its source, listed head or not.
  // Unlisted, it is most often a record (results, a law, a schedule, a
  // site), so it is taken as a document. The phrase runs to a comma, a
  // quote, a clause opener or a preposition other than "of".
  std::optional<Mention> UnlistedSourceAfter(size_t k, int s) const {
    if (!IsWord(k) || a_.tokens[k].in_quote || In(kPronouns, k) || In(kClauseOpeners, k)) return std::nullopt;
    // "his grieving relatives", "her aides": a person's people, which the
    // list readings handle (or leave alone on purpose; the loop below turns
    // down listed heads). A possessive before a head no list knows ("his
    // longtime physician", "her Facebook page") is read here.
    if (In(kPronounsObject, k) && !Has(possessive_pronouns_, k)) return std::nullopt;
    size_t e = k;
    while (e < SentEnd(s) && e < k + 8 && IsWord(e) && !a_.tokens[e].in_quote && !In(kClauseOpeners, e) &&
           (e == k || LowIs(e, "of") || !PrepositionAt(e))) {
      ++e;
    }
    while (e > k && (LowIs(e - 1, "of") || In(kDeterminers, e - 1))) --e;  // "a poll of" -> "a poll"
    if (e == k) return std::nullopt;
    // "vote according to their instinctive preference": a measure or a
    // standard (list standard-heads) is no source.
    if (Has(standard_heads_, e - 1)) return std::nullopt;
    for (size_t t = k; t < e; ++t) {
      if (IsHead(t) || In(kKinHeads, t)) return std::nullopt;  // a listed head the parse turned down
    }
    auto m = MentionFromRange(k, e - 1);
    if (!m) return m;
    m->type = MentionType::kDocument;
    m->name = Text(k, e - 1);
    // "his physician", "a local historian": a person by the head's ending
    // (person-suffixes) is a person described, not a record.
    if (e - 1 > k && PersonLike(Low(e - 1))) {
      m->type = MentionType::kDescription;
      m->head = Low(e - 1);
    }
    return m;
  }

  // Whether the cue `c` opens its clause, so that what it attributes comes
  // after the source ("According to the poll, …", "But according to …"):
  // nothing but coordinators, clause openers and punctuation before it.
  bool CueOpensClause(const CueHit& c, int s) const {
    for (size_t t = SentFirst(s); t < c.first; ++t) {
      if (a_.tokens[t].in_quote) return false;
      if (IsWord(t) && !In(kVerbCoordinators, t) && !In(kClauseOpeners, t)) return false;
      if (IsComma(t)) return false;
    }
    return true;
  }

  // "…, according to a poll released Monday.", "according to FEC filings",
  // "according to a fact sheet lawmakers released Monday": PolNeAR's
  // source after a source-after cue runs to the end of its clause (a comma,
  // semicolon, colon, dash, bracket, quote or the sentence's end): 300 of
  // the 319 such sources on the tuning part, where the parse stopped at a
  // participle, a contact relative clause or a lower-case noun after a
  // name. The words after the mention are taken up to that end when they
  // are at most 16, open with no relative word or complementizer ("a new
  // poll that shows …" stays "a new poll") and are not a time phrase alone
  // ("a report on Wednesday"). When the cue opens its clause, what it
  // attributes follows, so only a comma may end the source ("According to
  // a poll released Monday, …"), and a mention read over that comma is cut
  // there ("According to the Guardian, an email was sent …"). English only:
  // other languages' cues take a content after them with no comma.
  void ExtendCitedToClauseEnd(Mention& m, const CueHit& c, int s) const {
    if (a_.language != "en" || m.type == MentionType::kPronoun) return;
    if (m.span.begin < a_.tokens[c.last].span.end) return;
    const bool opens = CueOpensClause(c, s);
    const size_t first = TokenStartingAt(m.span.begin);
    if (first >= SentEnd(s)) return;
    // (Mid-sentence too, a mention read over a comma into a clause of its
    // own, one with a verb group or a cue, is cut there: "Since May,
    // according to Harbor Watch, guards have turned away …".)
    for (size_t t = first + 1; t < SentEnd(s) && a_.tokens[t].span.end <= m.span.end; ++t) {
      if (!IsComma(t) || a_.tokens[t].in_quote) continue;
      bool clause = opens;
      for (size_t u = t + 1; !clause && u < SentEnd(s) && a_.tokens[u].span.end <= m.span.end; ++u) {
        clause = IsWord(u) && !a_.tokens[u].in_quote &&
                 (In(kCueAuxiliaries, u) || CueStartsAt(u));
      }
      if (!clause) break;
      m.span.end = a_.tokens[t - 1].span.end;
      if (!m.name.empty()) m.name = w_.substr(m.span.begin, m.span.size());
      return;
    }
    const size_t n = TokenStartingAt(m.span.end);
    if (n == 0 || n >= SentEnd(s) || a_.tokens[n - 1].span.end != m.span.end) return;
    // "F.A.A. records", "through Jan. 31": a period glued to the word before
    // it with a word after it in the same sentence is an abbreviation's.
    auto inner_period = [&](size_t t) {
      return IsPunct(t, ".") && t > 0 && IsWord(t - 1) && a_.tokens[t - 1].span.end == a_.tokens[t].span.begin &&
             t + 1 < SentEnd(s) && IsWord(t + 1) && !a_.tokens[t + 1].in_quote;
    };
    size_t t = n;
    size_t last = SIZE_MAX;
    for (; t < SentEnd(s) && t < n + 16; ++t) {
      if (a_.tokens[t].in_quote) break;
      // ("According to a strategist advising the campaign, …": a participle
      // cue keeps its own attribution, and the words stay out.)
      if (IsWord(t) && CueStartsAt(t) && Participle(t)) return;
      if (IsWord(t)) {
        last = t;
        continue;
      }
      if (inner_period(t)) continue;
      // The apostrophe of a plural possessive ("the Sanders' campaign").
      if ((Tok(t) == "'" || Tok(t) == "\xE2\x80\x99") && IsWord(t - 1) &&
          a_.tokens[t - 1].span.end == a_.tokens[t].span.begin) {
        continue;
      }
      break;
    }
    if (last == SIZE_MAX || t == n + 16) return;
    // What ends the clause: the sentence's end or a punctuation mark.
    if (t < SentEnd(s)) {
      const bool comma = IsComma(t);
      const bool stop = comma || IsDash(t) || IsPunct(t, ".") || IsPunct(t, ";") || IsPunct(t, ":") ||
                        IsPunct(t, "(") || IsPunct(t, ")") || IsPunct(t, "?") || IsPunct(t, "!") ||
                        a_.tokens[t].in_quote;
      if (!stop || (opens && !comma)) return;
    } else if (opens) {
      return;
    }
    if (In(kRelativeOpeners, n) || In(kComplementizers, n) || Has(subordinators_, n)) return;
    if (TimePhraseEnd(n, last + 1) == last) return;
    m.span.end = a_.tokens[last].span.end;
    if (!m.name.empty()) m.name = w_.substr(m.span.begin, m.span.size());
  }

  // The source of a cue whose source follows it ("according to …") when
  // neither the parse nor UnlistedSourceAfter read one: the phrase from `k`
  // to the next comma, semicolon, colon, dash, parenthesis or sentence end
  // outside quotes, at most 16 tokens, with no cue of its own: "a count by
  // The Associated Press", "the “Medicare for all” document he released",
  // "some on Twitter", "“Perfect Enough” by George Anders", "him". It had
  // been no source, and the attribution was dropped with its cue. The
  // phrase opens with a determiner, a possessive, a standalone quantifier,
  // a capital or a quote mark, or is an object pronoun alone; a measure or
  // standard (standard-heads: "according to their income") is no source,
  // nor is a phrase with a noun of kin (kin-heads).
  std::optional<Mention> CitedPhraseAfter(size_t k, int s) const {
    if (k >= SentEnd(s)) return std::nullopt;
    // An opening quote mark (a title: "“Perfect Enough” by George Anders").
    const bool quote_first = !IsWord(k) && k + 1 < SentEnd(s) && a_.tokens[k + 1].in_quote;
    if (IsWord(k) ? a_.tokens[k].in_quote : !quote_first) return std::nullopt;
    size_t e = k;
    size_t head = SIZE_MAX;  // the last word before a preposition outside quotes
    for (; e < SentEnd(s) && e < k + 16; ++e) {
      if (!a_.tokens[e].in_quote) {
        if (e > k && IsWord(e) && CueStartsAt(e)) return std::nullopt;
        if (IsDash(e) || IsComma(e) || IsPunct(e, ";") || IsPunct(e, ":") || IsPunct(e, "(") || IsPunct(e, ")") ||
            IsPunct(e, "!") || IsPunct(e, "?")) {
          break;
        }
        if (IsPunct(e, ".") && !AbbreviationPeriod(e)) break;
        if (head == SIZE_MAX && e > k && IsWord(e) && PrepositionAt(e)) head = e - 1;
        // "his grieving relatives": a person's people, which the readings
        // of kin (kin-heads) give their own source or leave alone.
        if (IsWord(e) && In(kKinHeads, e)) return std::nullopt;
      }
    }
    if (e == k + 16) return std::nullopt;
    size_t last = e;
    while (last > k && !IsWord(last - 1) && !a_.tokens[last - 1].in_quote) --last;
    if (last == k) return std::nullopt;
    --last;  // inclusive
    if (head == SIZE_MAX) head = last;
    if (IsWord(head) && Has(standard_heads_, head)) return std::nullopt;
    Mention m;
    m.span = {a_.tokens[k].span.begin, a_.tokens[last].span.end};
    if (IsWord(k) && In(kPronounsObject, k) && !Has(possessive_pronouns_, k)) {
      if (last != k) return std::nullopt;
      m.type = MentionType::kPronoun;
      m.head = Low(k);
      return m;
    }
    if (IsWord(k) && !(In(kDeterminers, k) || Has(possessive_pronouns_, k) || In(kStandaloneSources, k) || Cap(k))) {
      return std::nullopt;
    }
    m.type = MentionType::kDocument;
    m.name = w_.substr(m.span.begin, m.span.size());
    return m;
  }

  // A head noun for a person by its ending (the pack's person-suffixes:
  // "designer", "historian", "43-year-old").
  bool PersonLike(const std::string& low) const {
    for (const auto& suffix : pack_.List("person-suffixes")) {
      if (low.size() > suffix.size() + 2 && low.compare(low.size() - suffix.size(), suffix.size(), suffix) == 0) {
        return true;
      }
    }
    return false;
  }

  // Whether a quote of speech closes right before token `b`, with at most
  // a comma between: “…,” the boy asked. Speech ends inside its marks with
  // a comma or a sentence's end; a title (“Luar de Itaoca”) does not.
  // With `speech_marked` false, a quote of two words or more that opens its
  // sentence will do («…», dijo: the comma outside the marks).
  bool QuoteEndsBefore(size_t b, bool speech_marked = true, bool opens_sentence = true) const {
    if (b == 0 || b >= a_.tokens.size()) return false;
    const size_t at = a_.tokens[b].span.begin;
    const auto& qs = a_.quote_spans;
    auto it = std::upper_bound(qs.begin(), qs.end(), at, [](size_t x, const QuoteSpan& q) { return x < q.outer.begin; });
    for (int look = 0; look < 4 && it != qs.begin(); ++look) {
      const QuoteSpan& q = *--it;
      if (q.level != 1 || q.outer.end > at) continue;
      for (size_t k = q.outer.end; k < at; ++k) {
        if (w_[k] != ' ' && w_[k] != ',') return false;
      }
      if (q.inner.size() == 0) return false;
      std::string_view inner(w_.data() + q.inner.begin, q.inner.size());
      // Unmarked, it must open its sentence if `opens_sentence`: not a title
      // in the writer's sentence ("… sucessos como "Luar de Itaoca", escreveu …").
      if (!speech_marked) return CountWords(inner, 2) >= 2 && (!opens_sentence || StartsSentence(q));
      for (std::string_view end : {",", ".", "?", "!", "\xE2\x80\xA6"}) {
        if (inner.size() >= end.size() && inner.substr(inner.size() - end.size()) == end) return true;
      }
      return false;
    }
    return false;
  }

  // A comma or colon at `k` that introduces a quote: "said, “…”", "said: “…”".
  bool QuoteIntroducedAt(size_t k) const {
    if (!(IsComma(k) || IsPunct(k, ":")) || k + 1 >= a_.tokens.size()) return false;
    if (a_.tokens[k + 1].in_quote) return true;
    return !IsWord(k + 1) && k + 2 < a_.tokens.size() && a_.tokens[k + 2].in_quote;
  }

  // The phrase after an inverted verb of speech (“…,” asked the boy, who …):
  // a determiner and up to three plain words, ending before a comma, a
  // relative pronoun, a preposition or the sentence's end.
  std::optional<Mention> UnlistedSpeakerAfter(size_t k, int s, bool capitalized_premodifiers = true) {
    // Not a preposition and article in one word ("escreveu nas redes sociais").
    if (k >= SentEnd(s) || !In(kDeterminers, k) || In(kAffiliationPrepositions, k)) return std::nullopt;
    size_t e = k + 1;
    // "another Kestrel Bank customer": a capitalized run may premodify the
    // head, when a plain word follows it.
    while (e < SentEnd(s) && e < k + 6) {
      if (IsPlainModifier(e) && !In(kRelativeOpeners, e)) {
        ++e;
        continue;
      }
      // "„…“, sagte ein Arbeiter.": where every noun is capitalized
      // (orthography nouns-capitalized), the head is too.
      if (nouns_capitalized_ && IsWord(e) && Cap(e) && !a_.tokens[e].in_quote && !In(kDeterminers, e) &&
          !In(kFunctionWords, e) && !In(kPronouns, e) && (e + 1 >= SentEnd(s) || !IsWord(e + 1) || !Cap(e + 1))) {
        ++e;
        continue;
      }
      if (capitalized_premodifiers && IsWord(e) && Cap(e) && !a_.tokens[e].in_quote) {
        const size_t run = CapRunEnd(e, SentEnd(s));
        if (run > e && run < SentEnd(s) && run < k + 6 && IsPlainModifier(run) && !In(kRelativeOpeners, run)) {
          e = run + 1;
          continue;
        }
      }
      break;
    }
    if (e == k + 1) return std::nullopt;
    // (Where the capitalized words give nobody, they are read as before:
    // "said the printed Kell slate card".)
    bool premodified = false;
    for (size_t t = k + 1; t < e && !premodified; ++t) premodified = Cap(t);
    if (premodified) {
      if (auto m = UnlistedSpeakerAfterWithin(k, e, s)) return m;
      return UnlistedSpeakerAfter(k, s, /*capitalized_premodifiers=*/false);
    }
    return UnlistedSpeakerAfterWithin(k, e, s);
  }

  // UnlistedSpeakerAfter once the phrase's words [k, e) are known.
  std::optional<Mention> UnlistedSpeakerAfterWithin(size_t k, size_t e, int s) {
    // "said another Facebook user, Ann Lee": a name in apposition after the
    // description is the speaker; the description is the role.
    if (e + 1 < SentEnd(s) && IsComma(e) && IsWord(e + 1) && Cap(e + 1) && !a_.tokens[e + 1].in_quote &&
        !In(kDeterminers, e + 1)) {
      const size_t run = CapRunEnd(e + 1, SentEnd(s));
      if (run >= SentEnd(s) || !IsWord(run) || IsComma(run)) {
        auto name = ClassifyCapRun(e + 1, run);
        if (name && name->type == MentionType::kName) {
          if (name->role.empty()) name->role = Text(k + 1, e - 1);
          name->span.begin = a_.tokens[k].span.begin;
          return name;
        }
      }
    }
    // "«…», afirmou a cantora Marisa Leal": the words are the role of the
    // name that follows them.
    if (e < SentEnd(s) && IsWord(e) && Cap(e) && !a_.tokens[e].in_quote) {
      auto name = ParseRight(e, s, /*inverted=*/true);
      if (name && name->type == MentionType::kName && name->span.begin == a_.tokens[e].span.begin) {
        if (name->role.empty()) {
          name->role = w_.substr(a_.tokens[k + 1].span.begin, a_.tokens[e - 1].span.end - a_.tokens[k + 1].span.begin);
        }
        name->span.begin = a_.tokens[k].span.begin;
        return name;
      }
    }
    if (e < SentEnd(s) && IsWord(e) && !PrepositionAt(e) && !In(kRelativeOpeners, e)) return std::nullopt;
    const size_t head = e - 1;
    const std::string& low = Low(head);
    auto m = MentionFromRange(k, head);
    if (!m) return m;
    const bool plural = InWord(kPluralHeads, low) || (low.size() > 3 && low.back() == 's');
    const bool definite_one = !plural && In(kDefiniteDeterminers, k);
    // ("“…,” said the admiral": a head no list knows that can be a role,
    // UnlistedRoleHead, refers back as "the historian" does.)
    if (definite_one && !PersonLike(low) && !UnlistedRoleHead(k, head)) return std::nullopt;
    m->type = definite_one ? MentionType::kAnaphor : MentionType::kDescription;
    m->unlisted = definite_one;
    m->head = low;
    m->plural = plural;
    return m;
  }

  // A noun phrase whose head is in no list, as the subject that opens its
  // clause: "Abortion rights advocates said", "Her campaign workers said",
  // "Les enquêteurs ont déclaré". The phrase runs left from the plain word
  // at `j` over plain words, capitalized words and numbers to a determiner,
  // and must start the sentence or follow a comma or a clause opener
  // ("but", "while", "that"), so that the object of an earlier verb ("…
  // fight the ruling, advocates said" aside) is not taken for a subject.
  // A plain word (IsPlainModifier), or one capitalized only because it
  // opens the sentence ("Companies say", "Proponents of the bill say"): the
  // article writes it capitalized nowhere else and no name holds it.
  bool PlainAt(size_t k) const {
    if (IsPlainModifier(k)) return true;
    if (!IsWord(k) || !Cap(k) || !SentenceInitial(k) || a_.tokens[k].in_quote) return false;
    if (RegisteredNameAt(k) || CapitalizedInside(k)) return false;
    const std::string& low = Low(k);
    return !InWord(kDeterminers, low) && !InWord(kFunctionWords, low) && !InWord(kPronouns, low) &&
           !InWord(kCopulas, low) && !InWord(kTimeWords, low) && !InWord(kCueAdverbs, low) &&
           !InWord(kCueAuxiliaries, low) && !InWord(kRelativeOpeners, low) && !InWord(kClauseOpeners, low) &&
           !Has(interjected_words_, k) && pack_.cue_index.find(low) == pack_.cue_index.end();
  }

  // Whether the plain word at `k` can head a noun phrase of people: not an
  // adverb ("recently"), not a participle cue.
  bool UnlistedHeadAt(size_t k) const {
    if (!PlainAt(k) || In(kParticipleCues, k)) return false;
    const std::string& low = Low(k);
    return !(low.size() > 3 && low.compare(low.size() - 2, 2, "ly") == 0);
  }

  // The first token of the noun phrase whose head is at `j`: its
  // determiner and modifiers, at most four words back.
  size_t UnlistedPhraseStart(size_t j, int s) const {
    const size_t first = SentFirst(s);
    size_t b = j;
    for (int guard = 0; guard < 4 && b > first; ++guard) {
      size_t k = b - 1;
      if (!IsWord(k) || a_.tokens[k].in_quote) break;
      if (In(kDeterminers, k)) {
        b = k;
        break;
      }
      if (PlainAt(k) || (Cap(k) && !SentenceInitialFunction(k)) || a_.tokens[k].type == TokenType::kNumber) {
        b = k;
        continue;
      }
      break;
    }
    return b;
  }

  // "The admiral said", "the city treasurer said": whether the definite
  // phrase [b, head] may name a person by a role or trade no list knows.
  // It opens with a word of role-determiners ("the": "that bond" points at
  // a thing just mentioned); its head is a lower-case word, no gerund
  // ("the borrowing") and before no gerund ("The online posting is"),
  // neither a time word ("the day", "the week") nor one of the pack's
  // non-source-heads ("the fact", "the rally"); the words between are
  // words, none of them a time word.
  bool UnlistedRoleHead(size_t b, size_t head) const {
    if (head <= b || !IsWord(head) || Cap(head) || a_.tokens[head].in_quote ||
        a_.tokens[head].type == TokenType::kNumber || !HasWord(role_determiners_, Low(b)) || Participle(head) ||
        (head + 1 < a_.tokens.size() && IsWord(head + 1) && Participle(head + 1))) {
      return false;
    }
    const std::string& low = Low(head);
    if (low.size() < 3 || HasWord(non_source_heads_, low) || InWord(kTimeWords, low)) return false;
    for (size_t t = b + 1; t < head; ++t) {
      if (!IsWord(t) || a_.tokens[t].in_quote || InWord(kTimeWords, Low(t))) return false;
    }
    return true;
  }

  // `speech`: the phrase stands before a verb of speech with what was said
  // after it or around it; there a definite phrase whose head no list
  // knows is a person by role (UnlistedRoleHead) with no quote before it.
  std::optional<Mention> UnlistedSubject(size_t j, int s, bool after_quote = false, bool speech = false) const {
    const size_t first = SentFirst(s);
    // "those surveyed say", "Those polled said": a demonstrative and a
    // past participle stand for the people a survey asked.
    if (j > first && LowIs(j - 1, "those") && IsWord(j) && !Cap(j) && !a_.tokens[j].in_quote &&
        Low(j).size() > 4 && Low(j).compare(Low(j).size() - 2, 2, "ed") == 0 &&
        !(j + 1 < SentEnd(s) && IsWord(j + 1) && Participle(j + 1)) &&  // "Those included asking …": a verb
        (j - 1 == first || IsComma(j - 2) || In(kClauseOpeners, j - 2))) {
      auto m = MentionFromRange(j - 1, j);
      if (m) {
        m->type = MentionType::kDescription;
        m->head = "those";
        m->plural = true;
      }
      return m;
    }
    // "Those over 60 say", "those under 30 said", "Those 65 and older say":
    // a demonstrative and an age stand for the people of that age.
    {
      size_t d = SIZE_MAX;
      auto number = [&](size_t t) { return a_.tokens[t].type == TokenType::kNumber && !a_.tokens[t].in_quote; };
      const std::string& lj = Low(j);
      if (j >= first + 2 && number(j) && (LowIs(j - 1, "over") || LowIs(j - 1, "under"))) {
        d = j - 2;
      } else if (j >= first + 3 && (lj == "older" || lj == "younger" || lj == "over") &&
                 (LowIs(j - 1, "and") || LowIs(j - 1, "or")) && number(j - 2)) {
        d = j - 3;
      }
      if (d != SIZE_MAX && LowIs(d, "those") && !a_.tokens[d].in_quote &&
          (d == first || IsComma(d - 1) || In(kClauseOpeners, d - 1))) {
        auto m = MentionFromRange(d, j);
        if (m) {
          m->type = MentionType::kDescription;
          m->head = "those";
          m->plural = true;
        }
        return m;
      }
    }
    if (!UnlistedHeadAt(j)) return std::nullopt;
    size_t head = j;
    size_t b = UnlistedPhraseStart(j, s);
    // "Some advocates for stem cell research said", "Proponents of the
    // bill say": a plural head with a prepositional postmodifier (list
    // postmodifier-openers); the head is the noun before the preposition.
    for (int level = 0; level < 2; ++level) {
      if (b < first + 2 || !In(kPostmodifierOpeners, b - 1) || !IsWord(b - 1) || Cap(b - 1)) break;
      const size_t h = b - 2;
      if (!UnlistedHeadAt(h) && !(IsHead(h) && !Cap(h))) break;
      const std::string& hl = Low(h);
      if (!(InWord(kPluralHeads, hl) || (hl.size() > 3 && hl.back() == 's'))) break;
      head = h;
      b = UnlistedPhraseStart(h, s);
    }
    const std::string& low = Low(head);
    const bool quote_before = QuoteEndsBefore(b);
    if (after_quote && !quote_before) return std::nullopt;
    // ("Politicians and even some engineers say": the second of two
    // conjuncts; ShowCoordinatedSource shows both.)
    const bool second_conjunct = b > first + 1 && (Has(noun_coordinators_, b - 1) ||
                                                   (In(kCueAdverbs, b - 1) && Has(noun_coordinators_, b - 2)));
    // ("Even the board's fiercest hawks say": a focusing adverb that opens
    // the sentence is no part of the phrase.)
    const bool focused = b == first + 1 && (LowIs(first, "even") || LowIs(first, "only")) && !a_.tokens[first].in_quote;
    bool opens_clause =
        b == first || IsComma(b - 1) || In(kClauseOpeners, b - 1) || quote_before || second_conjunct || focused;
    if (!opens_clause) return std::nullopt;
    const bool plural = InWord(kPluralHeads, low) || (low.size() > 3 && low.back() == 's');
    // "Williams says": a lone capitalized word in -s before a verb of
    // speech in the singular ("says", "adds") is no plural noun but a
    // surname the article names nowhere else.
    if (plural && b == j && Cap(j) && !InWord(kPluralHeads, low) && j + 1 < SentEnd(s) && IsWord(j + 1) &&
        !Cap(j + 1) && !a_.tokens[j + 1].in_quote) {
      const std::string& verb = Low(j + 1);
      if (verb.size() > 3 && verb.back() == 's' && verb[verb.size() - 2] != 's' &&
          pack_.cue_index.find(verb) != pack_.cue_index.end() && !InWord(kCopulas, verb) &&
          !InWord(kCueAuxiliaries, verb)) {
        auto m = MentionFromRange(j, j);
        if (m) {
          m->type = MentionType::kName;
          m->name = std::string(Tok(j));
          m->head = low;
        }
        return m;
      }
    }
    const bool definite_one = !plural && In(kDefiniteDeterminers, b);
    // "so far assure", "failure and success point to": a bare singular
    // noun with no determiner is a mass noun or an adverb, not a speaker.
    if (!plural && !In(kDeterminers, b) && (!Cap(b) || PlainAt(b)) && a_.tokens[b].type != TokenType::kNumber) {
      return std::nullopt;
    }
    // "President Lee spent the day discussing …", "As Ana Ruiz began
    // tweeting …": a bare singular lower-case word right after a capitalized
    // word inside the sentence is the verb after a name, not a noun the name
    // modifies.
    // The name alone is the subject ("President Lee"). (Not after a
    // possessive, "Lee's research", nor a run with lower-case words, "Lee's
    // new tax form".)
    bool name_run = !plural && !In(kDeterminers, b) && head == j && j > b && !SentenceInitial(j - 1) && !Cap(j) &&
                    !PersonWord(low);
    for (size_t t = b; t < j && name_run; ++t) {
      name_run = IsWord(t) && Cap(t) && !a_.tokens[t].in_quote && !EndsWithPossessive(Tok(t));
    }
    if (name_run) return const_cast<Attributor*>(this)->ClassifyCapRun(b, j);
    // "The historian said", "The detour adds": one unlisted thing or person
    // named by a definite article refers back to something the reader
    // knows, and nothing here can tell which; no source is better than a
    // wrong one. Right after a quote it is the speaker, a person named
    // before: “…,” the 43-year-old said.
    // Elsewhere only when a person the article named before holds a role
    // of that word: "Agnes Corrie, a historian at the University of
    // Kellin, said …. The historian said …".
    // Before a verb of speech, any such phrase whose head can be a role
    // ("The admiral said", "The treasurer said the budget …") is a person
    // by role: someone named before with that word in a role, else an
    // unnamed source described by it (Mention::by_role).
    bool by_role = false;
    if (definite_one && (!PersonLike(low) || (!quote_before && !RoleHolderBefore(low, b)))) {
      if (!speech || head != j || !UnlistedRoleHead(b, head)) return std::nullopt;
      // (Right after a quote it is the quote's speaker, as "the historian".)
      by_role = !quote_before;
    }
    auto m = MentionFromRange(b, j);
    if (!m) return m;
    m->type = definite_one ? MentionType::kAnaphor : MentionType::kDescription;
    m->unlisted = definite_one;
    m->by_role = by_role;
    m->head = low;
    m->plural = plural;
    // Tied to someone named: "the water board’s own engineers", "Sanders
    // campaign aides".
    for (size_t k = b; k < j; ++k) {
      if (EndsWithPossessive(Tok(k)) || (Cap(k) && !SentenceInitial(k)) || In(kAffiliationNouns, k)) m->described = true;
    }
    return m;
  }

  // The person the article last named with the lower-case title `word`
  // before token `before`: "мэр Заречинска Виктор Лапин" (the title, up to
  // two words of its complement, then a two-word name closing the capitalized
  // run). -1 when there is none within 4,000 tokens.
  int TitledPersonBefore(const std::string& word, size_t before) {
    const size_t floor = before > 4000 ? before - 4000 : 0;
    for (size_t k = before; k-- > floor;) {
      if (a_.tokens[k].in_quote || !IsWord(k) || Cap(k) || Low(k) != word) continue;
      size_t t = k + 1;
      while (t < a_.tokens.size() && t < k + 3 && IsWord(t) && !Cap(t) && !In(kFunctionWords, t)) ++t;
      if (t >= a_.tokens.size() || !IsWord(t) || !Cap(t) || a_.tokens[t].in_quote) continue;
      const int s = a_.tokens[t].sentence;
      const size_t run_end = CapRunEnd(t, SentEnd(s));
      if (run_end < t + 2) continue;
      auto named = ClassifyCapRun(run_end - 2, run_end);
      if (!named || named->type != MentionType::kName || named->name.empty()) continue;
      return EnsurePerson(named->name, Text(k, run_end - 3));
    }
    return -1;
  }

  // The first name of the registry after byte `pos`, and the byte where the
  // sentence `sentences` after pos's own ends (names from there on are out
  // of reach).
  std::pair<std::vector<RegisteredName>::iterator, size_t> NamesAfter(size_t pos, int sentences) {
    const int s = SentenceOf(pos);
    const int last = std::min(s + sentences, static_cast<int>(a_.sentences.size()) - 1);
    const size_t limit = a_.sentences[static_cast<size_t>(last)].span.end;
    auto it = std::upper_bound(registry_.begin(), registry_.end(), pos,
                               [](size_t p, const RegisteredName& n) { return p < n.position; });
    return {it, limit};
  }

  // The person the next three sentences after byte `pos` name with the
  // role noun `word` in apposition ("the foreign minister, Ana Ruiz,",
  // "Ana Ruiz, the country's minister,"), or -1.
  // "Ann Lee, a retired admiral, spoke … The admiral said": the person
  // named last before `pos` with `word` in an appositive after the name
  // (a determiner opening it, at most six words to its closing comma or
  // the sentence's end); -1 when there is none within 20,000 bytes.
  int ApposedPersonBefore(const std::string& word, size_t pos) {
    auto it = std::lower_bound(registry_.begin(), registry_.end(), pos,
                               [](const RegisteredName& n, size_t p) { return n.position < p; });
    while (it != registry_.begin()) {
      --it;
      if (it->position + 20000 < pos) break;
      if (it->tokens.size() < 2 || it->organization) continue;
      const size_t t = TokenStartingAt(it->position);
      if (t >= a_.tokens.size()) continue;
      const int ts = a_.tokens[t].sentence;
      const size_t name_end = t + it->tokens.size();
      if (name_end + 2 >= SentEnd(ts) || !IsComma(name_end) || !In(kDeterminers, name_end + 1)) continue;
      for (size_t k = name_end + 2; k < SentEnd(ts) && k < name_end + 8 && !IsComma(k); ++k) {
        if (!IsWord(k) || a_.tokens[k].in_quote || Cap(k)) break;
        if (Low(k) != word) continue;
        if (a_.tokens[k].span.end > pos) break;
        if (k + 1 < SentEnd(ts) && IsWord(k + 1)) break;  // "an admiral who …": the head closes it
        std::string r = Text(name_end + 1, k);
        const std::string canonical = CanonicalName(it->name, it->position, &r);
        return EnsurePerson(canonical, r);
      }
    }
    return -1;
  }

  // The words of a definite description that a role given to a named
  // person must have for the description to be that person: its words,
  // lower-case, less determiners and function words ("retired",
  // "neurosurgeon" of "the retired neurosurgeon"; "former", "secretary",
  // "state" of "The former secretary of state").
  std::vector<std::string> DescriptionWords(const Mention& m) const {
    std::vector<std::string> words;
    for (size_t t = TokenStartingAt(m.span.begin); t < a_.tokens.size() && a_.tokens[t].span.end <= m.span.end; ++t) {
      if (!IsWord(t) || In(kDeterminers, t) || In(kFunctionWords, t)) continue;
      words.push_back(Low(t));
    }
    return words;
  }

  // What the article gives the person whose name opens the capitalized
  // run at token `t` as a description: the title written in the run or
  // right before it in lower case, ending in a person noun ("Former
  // Secretary of State Hillary Clinton", "retired neurosurgeon Ben
  // Carson"), and an apposition after the name opened by a determiner, or
  // by a relative opener and a copula before one ("Carson, a retired
  // neurosurgeon,", "…, who is a retired neurosurgeon,"), up to its closing
  // comma. `words` lower-case; `role` the apposition's text, else the
  // title's.
  struct GivenDescription {
    std::vector<std::string> words;
    std::string role;
  };
  GivenDescription DescriptionGivenAt(size_t t) const {
    GivenDescription g;
    if (t >= a_.tokens.size()) return g;
    const int s = a_.tokens[t].sentence;
    const size_t first = SentFirst(s), end = SentEnd(s);
    const size_t run_end = CapRunEnd(t, end);
    if (run_end <= t) return g;
    size_t title = t;
    if (t > first && IsWord(t - 1) && !Cap(t - 1) && !a_.tokens[t - 1].in_quote &&
        (In(kRoleNouns, t - 1) || In(kPersonHeads, t - 1) || In(kTitles, t - 1))) {
      // (Modifiers and nouns of a role before it: "retired", "Republican
      // presidential"; "The crowd cheered retired neurosurgeon …" stops
      // at "cheered".)
      for (size_t k = t; k-- > first && k + 4 >= t;) {
        if (!IsWord(k) || a_.tokens[k].in_quote || In(kDeterminers, k)) break;
        if (!Cap(k) && !In(kModifiers, k) && !In(kAffiliationNouns, k) && !In(kRoleNouns, k) &&
            !In(kPersonHeads, k) && !In(kTitles, k)) {
          break;
        }
        title = k;
      }
    }
    for (size_t k = title; k < t; ++k) g.words.push_back(Low(k));
    // (Of the run only its title, never the name: "the South Carolina
    // primary" is no description of "South Carolina".)
    const std::string run_role = SplitName(t, run_end).role;
    {
      const std::string key = Key(run_role);
      for (size_t b = 0; b < key.size();) {
        size_t e = key.find(' ', b);
        if (e == std::string::npos) e = key.size();
        if (e > b) g.words.push_back(key.substr(b, e - b));
        b = e + 1;
      }
    }
    if (title < t) {
      g.role = Text(title, t - 1);
      if (!run_role.empty()) g.role += " " + run_role;
    } else {
      g.role = run_role;
    }
    size_t k = run_end;
    if (k + 2 >= end || !IsComma(k)) return g;
    ++k;
    if (In(kRelativeOpeners, k) && In(kCopulas, k + 1)) k += 2;
    if (k >= end) return g;
    if (!In(kDeterminers, k)) {
      // (Or with no determiner, when a lower-case modifier or role noun
      // opens it: "Hillary Clinton, former secretary of state,", "…, who
      // was secretary of state,".)
      if (!IsWord(k) || Cap(k) || a_.tokens[k].in_quote ||
          !(In(kModifiers, k) || In(kRoleNouns, k) || In(kPersonHeads, k) || In(kTitles, k))) {
        return g;
      }
      const size_t opener = k;
      for (const size_t limit = k + 9; k < end && k < limit; ++k) {
        if (!IsWord(k) || a_.tokens[k].in_quote) break;
        g.words.push_back(Low(k));
      }
      if (k > opener) g.role = Text(opener, k - 1);
      return g;
    }
    const size_t opener = k;
    for (const size_t limit = k + 10; ++k < end && k < limit;) {
      if (!IsWord(k) || a_.tokens[k].in_quote) break;
      g.words.push_back(Low(k));
    }
    if (k > opener + 1) g.role = Text(opener, k - 1);
    return g;
  }

  // Whether the registered name `name` is a place ("South Carolina",
  // "Concord, New Hampshire" run on into a name): its last one to three
  // words are in the list places or place-qualifiers.
  bool Place(const std::string& name) const {
    const std::string key = Key(name);
    const WordSet& qualifiers = place_qualifiers_;
    size_t from = key.size();
    for (int words = 0; words < 3 && from != std::string::npos && from > 0; ++words) {
      from = key.rfind(' ', from - 1);
      const std::string_view tail = std::string_view(key).substr(from == std::string::npos ? 0 : from + 1);
      if (InWord(kPlaces, tail) || qualifiers.count(tail) > 0) return true;
    }
    return false;
  }

  // "Carson, a retired neurosurgeon, … The retired neurosurgeon said",
  // "Former Secretary of State Hillary Clinton … The former secretary of
  // state said": the person a definite description `m` (singular, opened
  // by a word of role-determiners) refers to, or -1. The person mentioned
  // last before `pos` with a description (DescriptionGivenAt) that has
  // every word of `m` but determiners and function words; else, when the
  // head is no anonymous-source noun ("the official" may be anyone), the
  // one person of the article given a description with the head.
  int DescribedPersonBefore(const Mention& m, size_t pos) {
    const size_t b = TokenStartingAt(m.span.begin);
    if (m.plural || m.head.empty() || b >= a_.tokens.size() || !HasWord(role_determiners_, Low(b))) return -1;
    const std::vector<std::string> wanted = DescriptionWords(m);
    if (wanted.empty()) return -1;
    // (A word of the description is also given by a word list
    // role-synonyms pairs with it: "the senator" after "Sen. Bernie
    // Sanders", "the governor" after "Gov. Ann Lee".)
    auto has = [&](const std::vector<std::string>& words, const std::string& w) {
      if (std::find(words.begin(), words.end(), w) != words.end()) return true;
      for (const auto& entry : role_synonyms_) {
        const size_t colon = entry.find(':');
        if (colon != w.size() || entry.compare(0, colon, w) != 0) continue;
        std::string_view other = std::string_view(entry).substr(colon + 1);
        if (!other.empty() && other.back() == '.') other.remove_suffix(1);
        for (const auto& given : words) {
          std::string_view g = given;
          if (!g.empty() && g.back() == '.') g.remove_suffix(1);
          if (!g.empty() && g == other) return true;
        }
      }
      return false;
    };
    const bool head_alone = !InWord(kAnonymousHeads, m.head);
    // ("Ann Lee, a union organizer, … were greeted by an organizer. The
    // organizer said": a noun brought in with an indefinite determiner in
    // the sentences just before is that newcomer, unless the person was
    // named there too.)
    const bool introduced = IntroducedIndefinite(m.head, pos);
    const size_t from = a_.tokens[SentFirst(std::max(0, SentenceOf(pos) - 3))].span.begin;
    auto near = [&](const std::string& canonical) {
      if (!introduced) return true;
      const size_t space = canonical.rfind(' ');
      const std::string surname = canonical.substr(space == std::string::npos ? 0 : space + 1);
      const size_t at = w_.find(surname, from);
      return at != std::string::npos && at < pos;
    };
    auto found = [&](const std::string& canonical, const std::string& role) {
      if (!near(canonical) || Place(canonical)) return -1;
      const int idx = EnsurePerson(canonical, role);
      AddRole(idx, role);
      return idx;
    };
    std::string by_head, by_head_role, latest_head, latest_head_role;
    bool several = false;
    auto it = std::lower_bound(person_mentions_.begin(), person_mentions_.end(), pos,
                               [](const auto& pm, size_t p) { return pm.first < p; });
    while (it != person_mentions_.begin()) {
      --it;
      if (it->first + 20000 < pos) break;
      const GivenDescription given = DescriptionGivenAt(TokenStartingAt(it->first));
      if (given.words.empty()) continue;
      bool all = true;
      for (const auto& w : wanted) all = all && has(given.words, w);
      if (all) return found(it->second, given.role);
      if (!head_alone || !has(given.words, m.head)) continue;
      if (!by_head.empty() && by_head != it->second) several = true;
      if (by_head.empty()) by_head_role = given.role;
      by_head = it->second;
      if (latest_head.empty()) {
        latest_head = it->second;
        latest_head_role = given.role;
      }
    }
    // ("Sen. Bernie Sanders … Sen. Claire McCaskill … the senator said":
    // the bare office noun, with no word that might set one holder apart,
    // is the one of them named last.)
    if (!latest_head.empty() && (!several || wanted.size() == 1)) return found(latest_head, latest_head_role);
    // ("Donald Trump … The billionaire businessman said", "the Democratic
    // frontrunner": an epithet the article gave nobody, with a head of the
    // list epithet-heads and nothing after the head, is the one person
    // named in this sentence or the three before.)
    if (by_head.empty() && HasWord(epithet_heads_, m.head) && !introduced) {
      const size_t last = TokenStartingAt(m.span.end - m.head.size());
      if (last < a_.tokens.size() && a_.tokens[last].span.end == m.span.end && Low(last) == m.head) {
        const int epithet = EpithetPersonBefore(pos);
        if (epithet >= 0) return epithet;
      }
    }
    return -1;
  }

  // The person an epithet at byte `pos` refers to (DescribedPersonBefore):
  // the one person named in its sentence or the three before; -1 when
  // nobody or more than one person was named there ("Clinton blasted Trump
  // … The Democratic presidential candidate said" may be either, and the
  // list knows no party).
  int EpithetPersonBefore(size_t pos) {
    const int here = SentenceOf(pos);
    const size_t from = a_.tokens[SentFirst(std::max(0, here - 3))].span.begin;
    std::string who;
    auto it = std::lower_bound(person_mentions_.begin(), person_mentions_.end(), pos,
                               [](const auto& pm, size_t p) { return pm.first < p; });
    while (it != person_mentions_.begin()) {
      --it;
      if (it->first < from) break;
      if (Place(it->second) || DisagreeingName(it->second)) continue;
      std::string role;
      const std::string canonical = CanonicalName(it->second, it->first, &role);
      if (!who.empty() && who != canonical) return -1;
      who = canonical;
    }
    if (who.empty()) return -1;
    return EnsurePerson(who, std::string());
  }

  // A definite epithet: a word of role-determiners, premodifiers (none
  // a determiner, number, function word or possessive: "the prime
  // minister's spokesman" is somebody's) and a person, role or epithet
  // head, nothing after it but "of" and a word of list title-complements
  // ("the former secretary of state"); "the billionaire", a head of list
  // epithet-heads, needs no premodifier. Its capitalized premodifiers
  // (a party, a place), lower case, into `modifiers`; its head into
  // `head_out`. Only where the list party-words is (English).
  bool DefiniteEpithet(const Mention& m, std::vector<std::string>* modifiers, std::string* head_out = nullptr) const {
    if (m.plural || m.head.empty() || party_words_.empty()) return false;
    const size_t b = TokenStartingAt(m.span.begin);
    if (b >= a_.tokens.size() || !HasWord(role_determiners_, Low(b))) return false;
    size_t e = b;
    while (e + 1 < a_.tokens.size() && a_.tokens[e + 1].span.end <= m.span.end) ++e;
    size_t h = e;
    if (e >= b + 4 && LowIs(e - 1, "of") && HasWord(title_complements_, Low(e))) h = e - 2;
    // (The head of "the former secretary of state" is "secretary", whichever
    // word the mention was given as its head.)
    if (h <= b || (Low(h) != m.head && !(h < e && Low(e) == m.head))) return false;
    const std::string& head = Low(h);
    if (h < b + 2 && !HasWord(epithet_heads_, head)) return false;
    if (InWord(kAnonymousHeads, head) || InWord(kOrganizationHeads, head) || InWord(kKinHeads, head) ||
        InWord(kPluralHeads, head) || IsAge(head)) {
      return false;
    }
    if (!InWord(kPersonHeads, head) && !InWord(kRoleNouns, head) && !HasWord(epithet_heads_, head)) return false;
    // ("The homeless woman": a noun of gender alone (list gender-words),
    // no office and no epithet, is more often somebody new.)
    if (WordGender(head) != 0 && !InWord(kRoleNouns, head) && !HasWord(epithet_heads_, head)) return false;
    for (size_t k = b + 1; k < h; ++k) {
      if (!IsWord(k) || a_.tokens[k].in_quote || In(kDeterminers, k) || In(kNumbers, k) ||
          In(kFunctionWords, k) || EndsWithPossessive(Tok(k))) {
        return false;
      }
      // ("the Christie supporter", "the Lincoln actor": a word of a
      // person's name, not a place's, makes it somebody tied to that
      // person.)
      if (Cap(k) && PartyOf(Low(k)) == 0 && !In(kPlaces, k) && !HasWord(place_qualifiers_, Low(k)) &&
          names_with_token_.find(std::string_view(Tok(k))) != names_with_token_.end()) {
        return false;
      }
      // (Only a capitalized one may name a party or a place: "the
      // self-described democratic socialist" is of no party.)
      if (Cap(k)) modifiers->push_back(Low(k));
    }
    if (head_out) *head_out = head;
    return true;
  }

  char PartyOf(std::string_view w) const {
    for (const auto& entry : party_words_) {
      const size_t colon = entry.find(':');
      if (colon != std::string::npos && colon + 1 < entry.size() && std::string_view(entry).substr(0, colon) == w) {
        return entry[colon + 1];
      }
    }
    return 0;
  }

  // Whether a person known by the role words `words` (lower case) and
  // `gender` ('f', 'm' or 0) may be the one a definite epithet with head
  // `head` and premodifiers `modifiers` describes: not of the other gender
  // than a gendered head ("the businesswoman"); for an office noun, not
  // known by another office only ("Gov. Ann Lee" is not "the Florida
  // senator"; a role with the noun or a word of role-synonyms for it
  // agrees); not of another party (list party-words: "the Republican
  // senator" is not "Ann Lee, a Democrat") nor from another place (lists
  // places, place-qualifiers: "the Vermont senator" is not "Florida Sen.
  // Ann Lee") than a premodifier says.
  bool EpithetFits(const std::string& head, const std::vector<std::string>& modifiers,
                   const std::vector<std::string>& words, char gender) const {
    const char noun_gender = WordGender(head);
    if (noun_gender != 0 && gender != 0 && noun_gender != gender) return false;
    auto has = [&](std::string_view w) { return std::find(words.begin(), words.end(), w) != words.end(); };
    if (InWord(kRoleNouns, head) && PartyOf(head) == 0 && !words.empty()) {
      bool office = has(head);
      for (const auto& entry : role_synonyms_) {
        const size_t colon = entry.find(':');
        if (colon != head.size() || entry.compare(0, colon, head) != 0) continue;
        office = office || has(std::string_view(entry).substr(colon + 1));
      }
      bool other_office = false;
      // (A party is no office: "Ann Lee, a Democrat,".)
      for (const auto& w : words) {
        other_office = other_office || ((InWord(kRoleNouns, w) || InWord(kTitles, w)) && PartyOf(w) == 0);
      }
      if (!office && other_office) return false;
    }
    auto place = [&](std::string_view w) { return InWord(kPlaces, w) || HasWord(place_qualifiers_, w); };
    for (const auto& mod : modifiers) {
      const char p = PartyOf(mod);
      const bool at = place(mod);
      bool same = false, other = false;
      for (const auto& w : words) {
        if (p != 0) {
          const char q = PartyOf(w);
          same = same || q == p;
          other = other || (q != 0 && q != p);
        }
      }
      // (A place of an office: "Texas governor", "senator from Vermont";
      // not "third in many Iowa polls".)
      for (size_t i = 0; at && i < words.size(); ++i) {
        if (words[i] == mod) same = true;
        if (words[i] == mod || !place(words[i])) continue;
        const bool office = (i + 1 < words.size() && (InWord(kRoleNouns, words[i + 1]) || InWord(kTitles, words[i + 1]))) ||
                            (i > 0 && (words[i - 1] == "from" || words[i - 1] == "of"));
        other = other || office;
      }
      if (other && !same) return false;
    }
    return true;
  }

  // The lower-case words of `text` into `out`.
  static void RoleWords(const std::string& text, std::vector<std::string>* out) {
    const std::string key = Key(text);
    for (size_t i = 0; i < key.size();) {
      size_t j = key.find(' ', i);
      if (j == std::string::npos) j = key.size();
      std::string w = key.substr(i, j - i);
      while (!w.empty() && (w.back() == ',' || w.back() == ';')) w.pop_back();
      if (!w.empty()) out->push_back(std::move(w));
      i = j + 1;
    }
  }

  // What is known of the person `canonical` before byte `pos`, as role
  // words (lower case): the roles on record and what the article gave the
  // person where named (DescriptionGivenAt: "Ann Lee, a Democrat,",
  // "former Texas governor Rick Perry").
  std::vector<std::string> KnownWords(const std::string& canonical, size_t pos) const {
    std::vector<std::string> words;
    if (const auto known = by_key_.find("P:" + canonical); known != by_key_.end()) {
      for (const auto& r : r_.sources[static_cast<size_t>(known->second)].roles) RoleWords(r, &words);
    }
    for (const auto& [at, name] : person_mentions_) {  // (in text order)
      if (at >= pos) break;
      if (name != canonical) continue;
      const GivenDescription given = DescriptionGivenAt(TokenStartingAt(at));
      words.insert(words.end(), given.words.begin(), given.words.end());
    }
    return words;
  }

  // Whether the definite epithet `m` may describe source `idx`
  // (EpithetFits on KnownWords); true for what is no definite epithet.
  bool EpithetMayBe(const Mention& m, int idx) const {
    std::vector<std::string> modifiers;
    std::string head;
    if (idx < 0 || r_.sources[static_cast<size_t>(idx)].kind != SourceKind::kNamed ||
        !DefiniteEpithet(m, &modifiers, &head)) {
      return true;
    }
    const Source& src = r_.sources[static_cast<size_t>(idx)];
    const std::vector<std::string> words = KnownWords(src.name, m.span.begin);
    return EpithetFits(head, modifiers, words, SourceGender(idx));
  }

  bool RegisteredPerson(const std::string& canonical) const {
    if (!registry_names_.count(canonical)) return false;
    for (const auto& n : registry_) {
      if (n.name == canonical && n.organization) return false;
    }
    return true;
  }

  // Whether named source `idx` is a person as far as one can tell: a
  // name of two words or more, no organisation's, with a given name of
  // list given-names, a gender known or a role ("Daily Caller" cited as
  // named is none).
  bool PersonLike(int idx) const {
    const Source& src = r_.sources[static_cast<size_t>(idx)];
    if (src.kind != SourceKind::kNamed || src.name.find(' ') == std::string::npos) return false;
    for (const auto& n : registry_) {
      if (n.name == src.name && n.organization) return false;
    }
    return !src.roles.empty() || SourceGender(idx) != 0;
  }

  // The index of the block holding byte `pos` (the one before it between
  // blocks).
  size_t BlockAt(size_t pos) const {
    auto it = std::upper_bound(a_.blocks.begin(), a_.blocks.end(), pos,
                               [](size_t p, const Block& b) { return p < b.span.begin; });
    return it == a_.blocks.begin() ? 0 : static_cast<size_t>(it - a_.blocks.begin()) - 1;
  }

  // The gender list given-names gives the first word of `name`, 0 if none.
  char GivenNameGender(const std::string& name) const {
    return GenderIn(pack_.given_gender, Key(std::string_view(name).substr(0, name.find(' '))));
  }

  // "Mr. Trump took on Hillary Clinton … after the Democratic front-runner
  // had said": binding Principle C. A definite epithet (DefiniteEpithet,
  // head `head`, premodifiers `modifiers`) that opens a clause of list
  // subordinators cannot refer to the subject of the main clause before
  // it. When exactly two people are named in its sentence before it, the
  // first the sentence's subject (SentenceSubject) and nothing between that
  // subject and the clause opening another clause (no cue, complementizer,
  // relative, coordinator or other subordinator), the epithet is the other
  // one, if nothing known of them contradicts it (EpithetFits). -1
  // otherwise: no guess.
  int EpithetOtherThanSubject(const Mention& m, const std::string& head, const std::vector<std::string>& modifiers) {
    const size_t b = TokenStartingAt(m.span.begin);
    if (b >= a_.tokens.size() || b == 0) return -1;
    const int here = a_.tokens[b].sentence;
    const size_t sub = b - 1;
    if (sub < SentFirst(here) + 3 || !IsWord(sub) || a_.tokens[sub].in_quote || !Has(subordinators_, sub)) return -1;
    // ("as" and "if" open no adjunct of time or cause for certain: "as the
    // front-runner" may be a role, "if" a condition of what was said.)
    if (LowIs(sub, "as") || LowIs(sub, "if")) return -1;
    std::vector<std::pair<size_t, std::string>> named;  // (first position, canonical name)
    auto it = std::lower_bound(person_mentions_.begin(), person_mentions_.end(), a_.tokens[SentFirst(here)].span.begin,
                               [](const auto& pm, size_t p) { return pm.first < p; });
    for (; it != person_mentions_.end() && it->first < a_.tokens[sub].span.begin; ++it) {
      if (Place(it->second) || DisagreeingName(it->second)) return -1;
      std::string role;
      const std::string canonical = CanonicalName(it->second, it->first, &role);
      bool seen = false;
      for (const auto& [at, name] : named) seen = seen || name == canonical;
      if (!seen) named.emplace_back(it->first, canonical);
    }
    if (named.size() != 2) return -1;
    auto subject = SentenceSubject(here, sub);
    if (!subject || subject->type != MentionType::kName || subject->span.begin > named[0].first ||
        subject->span.end <= named[0].first || subject->span.end > named[1].first) {
      return -1;
    }
    // One clause from the subject to the subordinator.
    for (size_t t = TokenStartingAt(subject->span.end); t < sub; ++t) {
      if (a_.tokens[t].in_quote || IsPunct(t, ";") || IsPunct(t, ":") || IsDash(t)) return -1;
      if (!IsWord(t)) continue;
      if (CueStartsAt(t) || In(kComplementizers, t) || In(kRelativeOpeners, t) || In(kVerbCoordinators, t) ||
          LowIs(t, "or") || Has(subordinators_, t)) {
        return -1;
      }
    }
    const std::string& other = named[1].second;
    const auto known = by_key_.find("P:" + other);
    const bool source = known != by_key_.end();
    if (source ? !PersonLike(known->second) : !RegisteredPerson(other)) return -1;
    std::vector<std::string> words = KnownWords(other, m.span.begin);
    char gender = source ? SourceGender(known->second) : GivenNameGender(other);
    for (const auto& w : words) gender = gender != 0 ? gender : WordGender(w);
    if (!EpithetFits(head, modifiers, words, gender)) return -1;
    return EnsurePerson(other, std::string());
  }

  int EpithetNamedBefore(const Mention& m, size_t pos) {
    std::vector<std::string> modifiers;
    std::string head;
    modifiers.clear();
    if (!DefiniteEpithet(m, &modifiers, &head)) return -1;
    const int here = SentenceOf(pos);
    // (A person named before it in its own sentence: "Clinton leads
    // Sanders by 271 delegates, but the self-described democratic
    // socialist …" is the other one, or one of them; no guess.)
    {
      auto it = std::lower_bound(person_mentions_.begin(), person_mentions_.end(), m.span.begin,
                                 [](const auto& pm, size_t p) { return pm.first < p; });
      if (it != person_mentions_.begin() && SentenceOf((it - 1)->first) == here) {
        return EpithetOtherThanSubject(m, head, modifiers);
      }
    }
    // (A head noun the article gave people, "Ben Carson, a retired
    // neurosurgeon,", is DescribedPersonBefore's to resolve: one of
    // them, or nobody named when it may be either.)
    for (const auto& [at, name] : person_mentions_) {
      if (at >= m.span.begin) break;
      const GivenDescription given = DescriptionGivenAt(TokenStartingAt(at));
      if (std::find(given.words.begin(), given.words.end(), head) != given.words.end()) return -1;
    }
    int tried = 0;
    const size_t this_block = BlockAt(pos);
    for (int s = here - 1; s >= 0 && s + 6 >= here && tried < 3; --s) {
      const size_t first = SentFirst(s), end = SentEnd(s);
      if (end <= first + 1) continue;
      // (In its paragraph or the two before, no headline between: an
      // "In brief" column's stories are about different people.)
      const size_t block = BlockAt(a_.tokens[first].span.begin);
      if (block + 2 < this_block) break;
      bool headline = false;
      for (size_t k = block + 1; k <= this_block && k < a_.blocks.size(); ++k) {
        headline = headline || a_.blocks[k].kind == BlockKind::kHeadline;
      }
      if (headline || a_.blocks.empty() || a_.blocks[block].kind == BlockKind::kHeadline || TitleCased(s)) break;
      // ("Donald Trump plans to …, Ben Carson said Monday. The retired
      // neurosurgeon told …": a person cited in the sentence is the one
      // it is about, not the subject of what was said.)
      int cited = -1;
      size_t cited_at = 0;
      for (const auto& [idx, at] : last_person_at_) {
        if (at >= a_.tokens[first].span.begin && at < a_.tokens[end - 1].span.end && at >= cited_at &&
            PersonLike(idx)) {
          cited = idx;
          cited_at = at;
        }
      }
      if (cited >= 0) {
        ++tried;
        if (EpithetMayBe(m, cited)) return cited;
        continue;
      }
      if (a_.tokens[first].in_quote || a_.tokens[first + 1].in_quote) continue;
      auto subject = SentenceSubject(s, end - 1);
      if (!subject || subject->type != MentionType::kName || subject->name.empty()) continue;
      std::string role = subject->role;
      const std::string canonical = CanonicalName(subject->name, subject->span.begin, &role);
      if (Place(canonical) || DisagreeingName(canonical)) continue;
      const auto known = by_key_.find("P:" + canonical);
      const bool source = known != by_key_.end();
      if (!source && !RegisteredPerson(canonical)) continue;
      char gender = source ? SourceGender(known->second) : 0;
      const char given_gender = GivenNameGender(canonical);
      if (source ? !PersonLike(known->second) : (given_gender == 0 && role.empty())) continue;
      ++tried;
      std::vector<std::string> words = KnownWords(canonical, m.span.begin);
      RoleWords(role, &words);
      if (!source) {
        gender = given_gender;
        for (const auto& w : words) gender = gender != 0 ? gender : WordGender(w);
      }
      if (!EpithetFits(head, modifiers, words, gender)) continue;
      return EnsurePerson(canonical, role);
    }
    return -1;
  }

  int ApposedPersonAfter(const std::string& word, size_t pos) {
    auto [it, limit] = NamesAfter(pos, 3);
    for (; it != registry_.end() && it->position < limit; ++it) {
      if (it->tokens.size() < 2 || it->organization) continue;
      const size_t t = TokenStartingAt(it->position);
      if (t >= a_.tokens.size()) continue;
      const int ts = a_.tokens[t].sentence;
      bool titled = false;
      size_t role_b = t, role_e = t;
      // Before the name: "minister, Ana Ruiz".
      if (t >= 2 && IsComma(t - 1) && IsWord(t - 2) && Low(t - 2) == word && a_.tokens[t - 2].sentence == ts) {
        titled = true;
        role_e = t - 1;
        role_b = t - 2;
        while (role_b > SentFirst(ts) && role_b + 4 > t && IsWord(role_b - 1) && !Cap(role_b - 1) &&
               !In(kDeterminers, role_b - 1)) {
          --role_b;
        }
      }
      // After it: "Ana Ruiz, the country's minister,".
      const size_t name_end = t + it->tokens.size();
      if (!titled && name_end < SentEnd(ts) && IsComma(name_end)) {
        for (size_t k = name_end + 1; k < SentEnd(ts) && k < name_end + 7 && !IsComma(k); ++k) {
          if (IsWord(k) && Low(k) == word) {
            titled = true;
            role_b = name_end + 1;
            role_e = k + 1;
            break;
          }
        }
      }
      if (!titled) continue;
      std::string r = Text(role_b, role_e - 1);
      const std::string canonical = CanonicalName(it->name, it->position, &r);
      return EnsurePerson(canonical, r);
    }
    return -1;
  }

  // Cataphora: "The mayor blasted the plan. “…,” said Mayor Ann Lee." The
  // person named with the title `word` ("Mayor Ann Lee", "mayor Ann Lee")
  // after byte `pos`, in its sentence or the next two, or -1. A described
  // mention with nobody before it is that person, not an unnamed source.
  int TitledPersonAfter(const std::string& word, size_t pos) {
    auto [it, limit] = NamesAfter(pos, 2);
    for (; it != registry_.end() && it->position < limit; ++it) {
      if (it->tokens.size() < 2) continue;
      bool titled = false;
      const std::string role = Key(it->role);
      for (size_t b = 0; b < role.size() && !titled;) {
        size_t e = role.find(' ', b);
        if (e == std::string::npos) e = role.size();
        titled = role.compare(b, e - b, word) == 0;
        b = e + 1;
      }
      const size_t t = TokenStartingAt(it->position);
      if (!titled && t > 0 && t < a_.tokens.size() && IsWord(t - 1) && Low(t - 1) == word) titled = true;
      if (!titled) continue;
      std::string r = it->role.empty() ? std::string(Tok(t - 1)) : it->role;
      const std::string canonical = CanonicalName(it->name, it->position, &r);
      return EnsurePerson(canonical, r);
    }
    return -1;
  }

  // Whether the article gave a person named before token `before` the role
  // `word`: in apposition ("Agnes Corrie, a historian at the University of
  // Kellin, said") or as a title before the name ("historian Agnes
  // Corrie"). Looks back at most 4,000 tokens, so that a long article of
  // such sentences stays linear.
  bool RoleHolderBefore(const std::string& word, size_t before) const {
    const size_t floor = before > 4000 ? before - 4000 : 0;
    for (size_t k = before; k-- > floor;) {
      if (a_.tokens[k].in_quote || !IsWord(k) || Low(k) != word) continue;
      if (k + 1 < a_.tokens.size() && IsWord(k + 1) && Cap(k + 1) && !a_.tokens[k + 1].in_quote) return true;
      for (size_t d = k, guard = 0; d > 0 && guard < 4; --d, ++guard) {
        const size_t t = d - 1;
        if (!IsWord(t)) break;
        if (In(kDeterminers, t)) {
          if (!In(kDefiniteDeterminers, t) && t >= 2 && IsComma(t - 1) && IsWord(t - 2) && Cap(t - 2)) return true;
          break;
        }
      }
    }
    return false;
  }

  // Looks left from `from` for a head noun whose postmodifier runs to `end`.
  // Whether `opener` opens a postmodifier of the noun `head` before it: a
  // word of postmodifier-openers, or "to" after a noun of a person ("an aide
  // to Ben Hart", "advisers to the senator"; elsewhere "to" is mostly an
  // infinitive's, so it is in no list of openers).
  bool OpensPostmodifier(size_t head, size_t opener) const {
    if (In(kPostmodifierOpeners, opener)) return true;
    // (The word after "to" opens a noun phrase: a name or a determiner, not
    // an infinitive's verb: "asked members to make", "a pollster to".)
    const size_t next = opener + 1;
    return LowIs(opener, "to") && IsWord(head) && !a_.tokens[head].in_quote &&
           (In(kAnonymousHeads, head) || In(kRoleNouns, head) || In(kPersonHeads, head)) && next < a_.tokens.size() &&
           IsWord(next) && !a_.tokens[next].in_quote && a_.tokens[next].sentence == a_.tokens[opener].sentence &&
           ((Cap(next) && !In(kFunctionWords, next)) || In(kDeterminers, next));
  }

  std::optional<Mention> FindHeadLeft(size_t from, size_t end, int s) {
    size_t guard = 14;
    for (size_t h = from; h > SentFirst(s) && guard-- > 0; --h) {
      size_t k = h - 1;
      if (a_.tokens[k].in_quote || (IsComma(k) && !In(kRelativeOpeners, k + 1))) break;
      if (IsHead(k) && k + 1 <= end && OpensPostmodifier(k, k + 1)) {
        size_t b = PremodifiersStart(k, s);
        return ClassifyDescription(b, k, end);
      }
    }
    return std::nullopt;
  }

  // "источник, близкий к правительству", "una fuente, cercana a la
  // investigación,": a postmodifier set off by a comma and opened by a word
  // of comma-postmodifiers. `comma` is the comma after the head noun; returns
  // the postmodifier's last token (before the closing comma, the sentence's
  // end or a quote), or npos when there is none.
  size_t CommaPostmodifierEnd(size_t comma, int s) const {
    if (comma + 2 >= SentEnd(s) || !IsComma(comma) || !IsWord(comma + 1) || a_.tokens[comma + 1].in_quote ||
        !Has(comma_postmodifiers_, comma + 1)) {
      return std::string::npos;
    }
    size_t last = std::string::npos;
    for (size_t t = comma + 2; t < SentEnd(s) && t <= comma + 12; ++t) {
      if (a_.tokens[t].in_quote || IsComma(t) || IsDash(t) || !IsWord(t)) break;
      last = t;
    }
    return last;
  }

  std::string Text(size_t first, size_t last) const {
    if (first > last) return {};
    return w_.substr(a_.tokens[first].span.begin,
                     a_.tokens[last].span.end - a_.tokens[first].span.begin);
  }

  std::optional<Mention> ClassifyCapRun(size_t b, size_t end) {
    // "Informierte Kreise", "Gut unterrichtete Quellen": where every noun is
    // capitalized (orthography nouns-capitalized), a run ending in an
    // unnamed source's head noun is a description, not a name.
    if (nouns_capitalized_ && end > b && end - b <= 4 && InWord(kAnonymousHeads, HeadKey(end - 1))) {
      return ClassifyDescription(b, end - 1, end - 1);
    }
    // "Jane Doe, PhD, an economist, said": a degree set off by a comma
    // after a name (list name-suffixes) names nobody.
    if (b > 0 && IsComma(b - 1) && PostNominalAt(b, end)) return std::nullopt;
    auto m = MentionFromRange(b, end - 1);
    if (!m) return m;
    size_t first = b;
    if (LowIs(first, "the") && first + 1 < end) ++first;
    RegisteredName n = SplitName(first, end);
    // "Jennifer Epstein of Bloomberg News said": a person's name of two or
    // three words, an affiliation preposition and an organisation's name
    // read as one organisation's name: the person is the run before the
    // preposition, the rest her affiliation (as in an apposition, "…, David
    // Woodard of Clemson University, said").
    // (Not in an apposition after a description, "Another pollster, David
    // Woodard of Clemson University, said", which joins the description and
    // the affiliation into one role: "pollster of Clemson University".)
    const bool after_comma = b > 0 && IsComma(b - 1) && !a_.tokens[b - 1].in_quote;
    if (n.organization && a_.language == "en" && first == b && !after_comma) {
      for (size_t t = first + 2; t <= first + 3 && t + 1 < end; ++t) {
        if (!IsWord(t) || Cap(t) || !In(kAffiliationPrepositions, t) || !Cap(t + 1)) continue;
        const RegisteredName person = SplitName(first, t);
        if (person.organization || person.tokens.size() < 2 || !person.role.empty() ||
            !SplitName(t + 1, end).organization) {
          break;
        }
        auto named = ClassifyCapRun(first, t);
        if (named && named->type == MentionType::kName) {
          named->role = named->role.empty() ? Text(t, end - 1) : named->role + " " + Text(t, end - 1);
          named->span.end = a_.tokens[end - 1].span.end;
          return named;
        }
        break;
      }
    }
    if (n.organization || n.tokens.empty()) {
      m->type = MentionType::kOrganization;
      m->name = Text(first, end - 1);
      m->name = StripPossessive(m->name);
      return m;
    }
    // A lone title ("the President") refers to whoever holds it.
    m->type = MentionType::kName;
    m->name = n.name;
    m->role = n.role;
    return m;
  }

  // Whether a name (one the article's registry holds, or a capitalized
  // word inside a sentence that is no time word or place) stands before
  // token `pos` in its sentence or the three before it: the antecedent a
  // possessive pronoun at `pos` can refer to.
  bool NamedShortlyBefore(size_t pos) const {
    const int s = a_.tokens[pos].sentence;
    for (size_t k = SentFirst(std::max(0, s - 3)); k < pos; ++k) {
      if (!IsWord(k) || !Cap(k)) continue;
      if (RegisteredNameAt(k)) return true;
      if (!SentenceInitial(k) && !In(kDeterminers, k) && !Has(possessive_pronouns_, k) &&
          !In(kPronounsSubject, k) && !StrippedIn(kTimeWords, k) && !StrippedIn(kPlaces, k))
        return true;
    }
    return false;
  }

  // Whether a noun of an organisation (list organization-heads), outside
  // quotes, stands before `pos` in its sentence or the one before.
  bool OrganizationShortlyBefore(size_t pos) const {
    const int s = a_.tokens[pos].sentence;
    for (size_t k = SentFirst(std::max(0, s - 1)); k < pos; ++k) {
      if (IsWord(k) && !a_.tokens[k].in_quote && In(kOrganizationHeads, k)) return true;
    }
    return false;
  }

  std::optional<Mention> ClassifyDescription(size_t b, size_t head, size_t end) {
    auto m = MentionFromRange(b, end);
    if (!m) return m;
    std::string h = HeadKey(head);
    m->head = h;
    m->plural = InWord(kPluralHeads, h);
    if (IsCompoundHead(head)) m->described = true;
    if (InWord(kDocumentHeads, h)) {
      m->type = MentionType::kDocument;
      m->name = Text(b, end);
      return m;
    }
    bool definite = In(kDefiniteDeterminers, b) && b == head - 1;
    bool one_of = b + 3 <= head && LowIs(b + 1, "of") && In(kDefiniteDeterminers, b + 2) && b + 3 == head;
    if (InWord(kOrganizationHeads, h) && !InWord(kAnonymousHeads, h)) {
      m->type = MentionType::kOrganization;
      m->name = Text(b, end);
      return m;
    }
    // "his grieving relatives", "Relatives": the family of the person the
    // article is about, named after that person ("Kesby family").
    if (InWord(kKinHeads, h) && end == head && !(head > b && Cap(head - 1))) {
      m->type = MentionType::kName;
      m->head = "family";
      m->name.clear();  // resolved later from the last person named
      return m;
    }
    // "the Kesby family": a named group. ("A Latino family", "an Irish
    // family": an indefinite determiner or a capitalized adjective of
    // list modifiers, a demonym, describes a family and names none.)
    if (InWord(kGroupHeads, h) && head > b && Cap(head - 1) && end == head && !In(kModifiers, head - 1) &&
        !(In(kDeterminers, b) && !In(kDefiniteDeterminers, b))) {
      m->type = MentionType::kName;
      size_t nb = In(kDeterminers, b) ? b + 1 : b;
      m->name = Text(nb, head);
      return m;
    }
    // "The same minister", "le même ministre", "esos mismos técnicos",
    // "Derselbe Minister": a definite determiner and a word of list
    // same-words before the head (or one word that holds both) refer back
    // as the definite phrase does.
    const bool same = end == head && !same_words_.empty() &&
                      ((b + 2 == head && In(kDefiniteDeterminers, b) && HasWord(same_words_, Low(b + 1))) ||
                       (b + 1 == head && HasWord(same_words_, Low(b))));
    if ((definite || one_of || same) && end == head) {
      m->type = MentionType::kAnaphor;
      return m;
    }
    // "the US president", "the former consultant": a role that refers back.
    // ("one senior Conservative MP" is no reference back: "one" counts.)
    if (In(kDefiniteDeterminers, b) && !In(kNumbers, b) && end == head && InWord(kRoleNouns, h) &&
        !InWord(kAnonymousHeads, h)) {
      m->type = MentionType::kAnaphor;
      return m;
    }
    m->type = MentionType::kDescription;
    // Specificity (design §4): tied to an organisation, government or side.
    for (size_t k = b; k <= end; ++k) {
      if (k == head) continue;
      const std::string& low = Low(k);
      // A word capitalized only because it opens the sentence ("Informierte
      // Kreise") ties the source to nothing.
      // (Where every noun is capitalized, a noun after an article inside
      // the premodifiers, "Eine mit der Sache vertraute Person", is a
      // participle's complement, no side unless a list knows it.)
      const bool complement_noun = nouns_capitalized_ && k > b + 1 && In(kDeterminers, k - 1);
      // ("SEIU chief says …", "NATO chief warns": an acronym opening the
      // sentence, before a head in lower case, is a body's name however
      // rarely the article repeats it; fixb36.)
      const bool opening_acronym = SentenceInitial(k) && IsAsciiAcronym(Tok(k)) && !Cap(head);
      if (k < head && ((Cap(k) && !SentenceInitialFunction(k) && !In(kDeterminers, k) && !complement_noun &&
                        (!SentenceInitial(k) || CapitalizedInside(k) || opening_acronym)) ||
                       InWord(kAffiliationNouns, low))) {
        m->described = true;
      }
      // "Sanders's top advisers said", "Clinton's allies say" opening the
      // sentence: a capitalized possessive is a named side there too, unless
      // it is a word any sentence may open with ("Today's", "Everyone's").
      // ("Sanders’ aides said": the bare apostrophe glued to a word in -s is
      // its possessive, a token of its own.)
      const bool bare_possessive = k + 1 < head && (Tok(k + 1) == "'" || Tok(k + 1) == "\xE2\x80\x99") &&
                                   a_.tokens[k].span.end == a_.tokens[k + 1].span.begin && Low(k).size() > 2 &&
                                   Low(k).back() == 's';
      if (k < head && Cap(k) && (EndsWithPossessive(Tok(k)) || bare_possessive) && !StrippedIn(kFunctionWords, k) &&
          !StrippedIn(kTimeWords, k) && !StrippedIn(kPronouns, k) && !StrippedIn(kDeterminers, k)) {
        m->described = true;
      }
      // "The company’s chief executive": an organisation noun with a
      // possessive ending is an affiliation too.
      if (k < head && EndsWithPossessive(Tok(k)) && StrippedIn(kAffiliationNouns, k)) m->described = true;
      // A postnominal affiliation adjective: "fuentes oficiales".
      if (k == head + 1 && InWord(kAffiliationNouns, low)) m->described = true;
    }
    // "Her lawyer said", "his running mate said": a possessive pronoun
    // whose person or organisation was named just before ties the source to
    // that named side (design §4), as "Hale’s lawyer" does.
    if (!m->described && b < head && Has(possessive_pronouns_, b) && NamedShortlyBefore(b)) m->described = true;
    // "The company said it would appeal. Its lawyers said …": "its" whose
    // organisation (a noun of list organization-heads) stands in the
    // sentence or the one before, as "The company’s lawyers" does.
    if (!m->described && b + 1 == head && a_.language == "en" && LowIs(b, "its") && OrganizationShortlyBefore(b)) {
      m->described = true;
    }
    if (end > head) {
      // Postmodifier: an affiliation preposition followed by a name or an
      // organisation noun ("officials in Beijing", "a spokesman for the ministry").
      // ("источник, близкий к правительству": the opener after a comma.)
      const size_t op = IsComma(head + 1) && head + 2 <= end ? head + 2 : head + 1;
      std::string opener = Low(op);
      bool affiliation = InWord(kAffiliationPrepositions, opener);
      if (opener == "close" && op + 1 <= end && LowIs(op + 1, "to")) affiliation = true;
      // "aides to Ben Hart": whose aides they are is their affiliation.
      if (op == head + 1 && opener == "to" && OpensPostmodifier(head, op)) affiliation = true;
      if (affiliation) {
        // "The wife of the finance minister", "an aide to the minister": a
        // definite office (a role noun or title after a definite
        // determiner) is described (T2), and so is a person tied to it
        // (fixb32); "an aide to a senator" stays vague.
        const bool definite_complement = op + 1 <= end && In(kDefiniteDeterminers, op + 1);
        for (size_t k = op + 1; k <= end && k <= op + 4; ++k) {
          if ((Cap(k) && !In(kDeterminers, k)) || In(kAffiliationNouns, k) ||
              In(kOrganizationHeads, k) || StrippedIn(kAffiliationNouns, k) ||
              (definite_complement && k > op + 1 && (In(kRoleNouns, k) || In(kTitles, k)))) {
            m->described = true;
            break;
          }
        }
      }
    }
    // ("Democrats said": a party's members; list party-heads.)
    if (InWord(kSpecificHeads, h) || HasWord(party_heads_, h)) m->described = true;
    return m;
  }

  // The source noun phrase starting at token `i`, looking right.
  // `inverted`: the phrase follows its verb and the content stood before
  // ("…, said Dante Scala, a professor …."), so an apposition running to
  // the sentence's end is the source's.
  // "former secretary of state Hillary Clinton", "the minister of health
  // Ann Roe": a description `m` whose role noun (a role noun, title or
  // person head) has a complement opened by an affiliation preposition (list
  // affiliation-prepositions) in lower case, then a name of two words or
  // more that ends the phrase, is that person; the words before the name
  // are the role. nullopt when `m` does not read so.
  // "la segretaria del Pd Elly Schlein", "el ministro de Economía Carlos
  // Cuerpo", "der Bundesminister der Finanzen Christian Lindner", "le
  // ministre de l’Intérieur Gérald Darmanin": outside English, a role noun
  // or title, an affiliation preposition, one capitalized word naming the
  // body (or the elided word that holds both: "dell'Economia"), then a
  // capitalized run of two words or more closing the phrase. The source is
  // the person named; the words before the name are the role. (English
  // keeps "a spokesman for Sen. Ann Lee" whole: there the body is a person.)
  std::optional<Mention> NameAfterCapitalizedComplement(const Mention& m) {
    if (a_.language == "en" || m.type != MentionType::kDescription || m.head.empty()) return std::nullopt;
    const size_t b = TokenStartingAt(m.span.begin);
    const size_t end = TokenStartingAt(m.span.end);
    if (b >= end || end > a_.tokens.size()) return std::nullopt;
    size_t head = b;
    while (head < end && Low(head) != m.head && HeadKey(head) != m.head) ++head;
    if (head + 4 > end) return std::nullopt;
    if (!InWord(kRoleNouns, m.head) && !InWord(kTitles, m.head) && !InWord(kPersonHeads, m.head) &&
        !InWord(kAnonymousHeads, m.head)) {
      return std::nullopt;
    }
    size_t c = head + 1;
    if (In(kAffiliationPrepositions, c) && !Cap(c)) {
      ++c;
    } else if (!ElidedCapital(c)) {
      return std::nullopt;
    }
    if (c + 3 > end || !IsWord(c) || !Cap(c) || a_.tokens[c].in_quote || In(kTitles, c) || In(kRoleNouns, c) ||
        In(kHonorifics, c) || StrippedIn(kHonorifics, c) || In(kPersonHeads, c)) {
      return std::nullopt;
    }
    // The run ends at the phrase's end or before a lower-case word opening
    // an adjunct ("… Elly Schlein durante una conferenza stampa", "…
    // Christian Lindner am Mittwoch"), which is no part of the source.
    size_t run = c + 1;
    while (run < end && IsWord(run) && Cap(run) && !ElidedCapital(run) && !a_.tokens[run].in_quote &&
           !IsAcronym(run) && (!In(kTitles, run) || (run > c + 2 && SurnameParticle(run - 1)))) {
      ++run;
    }
    if (run < end && (run < c + 3 || !IsWord(run) || Cap(run) || a_.tokens[run].in_quote)) return std::nullopt;
    const size_t name = ComplementNameStart(c, run);
    if (run < name + 2) return std::nullopt;
    for (size_t u = c + 1; u < name; ++u) {
      if (In(kTitles, u) || In(kRoleNouns, u) || In(kHonorifics, u) || In(kPersonHeads, u)) return std::nullopt;
    }
    auto named = ClassifyCapRun(name, run);
    if (!named || named->type != MentionType::kName || named->name.empty()) return std::nullopt;
    named->role = Text(In(kDeterminers, b) ? b + 1 : b, name - 1);
    named->span.begin = a_.tokens[b].span.begin;
    return named;
  }

  std::optional<Mention> NameAfterRoleComplement(const Mention& m) {
    if (auto named = NameAfterCapitalizedComplement(m)) return named;
    if (m.type != MentionType::kDescription || m.head.empty()) return std::nullopt;
    const size_t b = TokenStartingAt(m.span.begin);
    const size_t end = TokenStartingAt(m.span.end);
    if (b >= end || end > a_.tokens.size()) return std::nullopt;
    size_t head = b;
    while (head < end && Low(head) != m.head) ++head;
    if (head + 5 > end || !In(kAffiliationPrepositions, head + 1) || Cap(head + 1)) return std::nullopt;
    if (!InWord(kRoleNouns, m.head) && !InWord(kTitles, m.head) && !InWord(kPersonHeads, m.head)) return std::nullopt;
    size_t t = end;
    while (t > head + 2 && IsWord(t - 1) && Cap(t - 1) && !a_.tokens[t - 1].in_quote) --t;
    if (t >= end || t < head + 3 || end - t < 2) return std::nullopt;
    for (size_t u = head + 2; u < t; ++u) {
      if (!IsWord(u) || Cap(u) || a_.tokens[u].in_quote) return std::nullopt;
    }
    auto named = ClassifyCapRun(t, end);
    if (!named || named->type != MentionType::kName || named->name.empty()) return std::nullopt;
    named->role = Text(In(kDeterminers, b) ? b + 1 : b, t - 1);
    named->span.begin = a_.tokens[b].span.begin;
    return named;
  }

  // "Harvard University economist Jane Roe", "former Obama adviser David
  // Axelrod", "Republican political consultant Chris Russell": from token
  // `b`, words up to a capitalized run ending at `run_end`, then one to
  // three lower-case words of which the last is a person's role noun or
  // head, then a name that closes the phrase. The source is the person; the
  // words before the name are the role. nullopt when the words do not read
  // so.
  std::optional<Mention> RolePremodifiedName(size_t b, size_t run_end, int s) {
    const size_t end = SentEnd(s);
    size_t t = run_end;
    size_t last_role = SIZE_MAX;
    size_t limit = run_end + 3;
    while (t < end && t < limit && IsWord(t) && !Cap(t) && !a_.tokens[t].in_quote && !In(kDeterminers, t) &&
           !In(kPronouns, t) && !In(kTimeWords, t) && !CueStartsAt(t)) {
      // "said Harbor Gazette contributor and ferry historian Tom Reyes": two
      // roles of one person joined by "and" before the name.
      if (LowIs(t, "and") && last_role == t - 1 && limit == run_end + 3) {
        limit = t + 4;
        ++t;
        continue;
      }
      if (In(kFunctionWords, t) || In(kClauseOpeners, t)) break;
      // (After "and", a person's noun known by its ending too: "historian".)
      if (PersonNounAt(t) || (limit != run_end + 3 && PersonLike(Low(t)))) last_role = t;
      ++t;
    }
    if (t == run_end || last_role != t - 1 || t >= end || !IsWord(t) || !Cap(t) || a_.tokens[t].in_quote) {
      return std::nullopt;
    }
    const size_t name_end = CapRunEnd(t, end);
    if (name_end < t + 2 && !registry_names_.count(std::string(Tok(t)))) return std::nullopt;  // "… economist Roe"
    auto named = ClassifyCapRun(t, name_end);
    if (!named || named->type != MentionType::kName || named->name.empty()) return std::nullopt;
    std::string role = Text(b, t - 1);
    if (!named->role.empty()) role += " " + named->role;
    named->role = role;
    named->span.begin = a_.tokens[b].span.begin;
    return named;
  }

  // "Court sources consulted by this newspaper said", "Fuentes judiciales
  // consultadas por este periódico indicaron": the phrase `m` read before
  // the cue is the agent (after a word of list agent-prepositions) of a
  // participle that modifies an unnamed source's head. The source is that
  // head's phrase; PolNeAR's span runs over the participle phrase.
  std::optional<Mention> AgentPhraseSubject(const Mention& m, int s) {
    if (m.type == MentionType::kPronoun || agent_prepositions_.empty()) return std::nullopt;
    const size_t b = TokenStartingAt(m.span.begin);
    if (b < SentFirst(s) + 3 || b >= SentEnd(s) || a_.tokens[b - 1].in_quote || !Has(agent_prepositions_, b - 1)) {
      return std::nullopt;
    }
    const size_t participle = b - 2;
    if (!IsWord(participle) || Cap(participle) || a_.tokens[participle].in_quote || IsHead(participle) ||
        In(kFunctionWords, participle) || In(kDeterminers, participle)) {
      return std::nullopt;
    }
    auto head = ParseLeftOnce(participle - 1, s);
    if (!head || (head->type != MentionType::kDescription && head->type != MentionType::kAnaphor &&
                  head->type != MentionType::kDocument) ||
        head->span.end != a_.tokens[participle - 1].span.end) {
      return std::nullopt;
    }
    head->span.end = m.span.end;
    // ("A statement released by the ministry": the document's name is
    // the whole phrase, as its source span is.)
    if (head->type == MentionType::kDocument) head->name = w_.substr(head->span.begin, head->span.size());
    return head;
  }

  // Whether a copula at `k` opens a predicate ("está sacando documentos"),
  // not a role ("is a professor", "now director of …", "also a GOP
  // hopeful"; list copulas also holds the adverbs a role clause drops).
  // ("The plan, first reported by the Post, has not been approved, said an
  // official": a segment opened by a finite auxiliary or modal of list
  // cue-auxiliaries, "has", "will", "did", is the clause's predicate, not
  // an apposition; "been", "being", "not" and "never" are no finite verb.)
  bool FiniteAuxiliaryAt(size_t k) const {
    if (!IsWord(k) || !In(kCueAuxiliaries, k)) return false;
    const std::string& w = Low(k);
    return w != "be" && w != "been" && w != "being" && w != "not" && w != "never" && w != "n't";
  }

  bool PredicateOpensAt(size_t k) const {
    if (!In(kCopulas, k) || k + 1 >= a_.tokens.size()) return false;
    const size_t n = k + 1;
    return IsWord(n) && !Cap(n) && !a_.tokens[n].in_quote && !In(kDeterminers, n) && !In(kCopulas, n) &&
           !In(kModifiers, n) && !IsRoleStart(n) && !IsHead(n);
  }

  // An organisation's noun, not one that can also name a person's job
  // ("the broadcaster David Dimbleby"): "agency", "Agentur",
  // "Nachrichtenagentur", "агентство". Lower-case, except where every noun
  // is capitalized.
  bool OrganizationNounAt(size_t t) const {
    // (Capitalized at a sentence's start too: "Газета «Ведомости» сообщила".)
    if (!IsWord(t) || a_.tokens[t].in_quote || (Cap(t) && !nouns_capitalized_ && !SentenceInitial(t))) return false;
    if (!InWord(kOrganizationHeads, Low(t)) && !InWord(kOrganizationHeads, HeadKey(t))) return false;
    return !In(kRoleNouns, t) && !In(kPersonHeads, t) && !In(kTitles, t) && !In(kAnonymousHeads, t);
  }

  // "the news agency Meridian Wire", "The Danish newspaper Politiken",
  // "die Agentur Meridian Wire", "агентство Интерфакс": an organisation's
  // noun in close apposition with its name. The source is the organisation
  // named, whatever the name looks like, and PolNeAR's source span runs
  // over the noun phrase and the name.
  // A name read leftwards: the organisation's noun right before the name.
  void OrganizationBeforeName(Mention& m, int s) const {
    if ((m.type != MentionType::kName && m.type != MentionType::kOrganization) || m.name.empty()) return;
    const std::string_view first_word = std::string_view(m.name).substr(0, m.name.find(' '));
    size_t t = TokenStartingAt(m.span.begin);
    while (t < SentEnd(s) && a_.tokens[t].span.end <= m.span.end && Tok(t) != first_word) ++t;
    if (t >= SentEnd(s) || a_.tokens[t].span.end > m.span.end || t <= SentFirst(s)) return;
    if (!OrganizationNounAt(t - 1)) return;
    m.type = MentionType::kOrganization;
    if (!m.role.empty() && m.role.find(std::string(Tok(t - 1))) != std::string::npos) m.role.clear();
    m.span.begin = std::min(m.span.begin, a_.tokens[PremodifiersStart(t - 1, s)].span.begin);
  }

  // "газета «Ведомости»", "агентство «Интерфакс»": an organisation's name in
  // quote marks right after its noun. The quote that opens at token `k` (or,
  // with `closing`, ends at it) when it is short (at most four words),
  // capitalized and no speech (no comma, period, "!" or "?" at its end).
  const QuoteSpan* QuotedNameAt(size_t k, bool closing = false) const {
    if (k >= a_.tokens.size() || !a_.tokens[k].in_quote) return nullptr;
    const auto& qs = a_.quote_spans;
    const QuoteSpan* q = nullptr;
    if (closing) {
      const size_t at = a_.tokens[k].span.end;
      auto it = std::upper_bound(qs.begin(), qs.end(), at, [](size_t x, const QuoteSpan& qq) { return x < qq.outer.begin; });
      if (it != qs.begin() && (it - 1)->outer.end == at) q = &*(it - 1);
    } else {
      const size_t at = a_.tokens[k].span.begin;
      auto it = std::lower_bound(qs.begin(), qs.end(), at,
                                 [](const QuoteSpan& qq, size_t pos) { return qq.outer.begin < pos; });
      if (it != qs.end() && it->outer.begin == at) q = &*it;
    }
    if (!q || q->level != 1 || q->inner.size() == 0) return nullptr;
    std::string_view text(w_.data() + q->inner.begin, q->inner.size());
    if (CountWords(text, 5) > 4) return nullptr;
    for (char c : {',', '.', '!', '?'}) {
      if (text.back() == c) return nullptr;
    }
    int32_t off = 0;
    UChar32 first;
    U8_NEXT(text.data(), off, static_cast<int32_t>(text.size()), first);
    return first >= 0 && u_isupper(first) ? q : nullptr;
  }

  // A noun phrase read rightwards that ends in the organisation's noun: the
  // name after it. Where every noun is capitalized, only a name that closes
  // the clause ("teilte die Behörde Journalisten mit" names nobody).
  void OrganizationNameAfter(Mention& m, int s) const {
    if (m.type != MentionType::kOrganization && m.type != MentionType::kDescription) return;
    size_t e = TokenStartingAt(m.span.begin);
    while (e + 1 < SentEnd(s) && a_.tokens[e + 1].span.end <= m.span.end) ++e;
    if (a_.tokens[e].span.end != m.span.end || !OrganizationNounAt(e)) return;
    const size_t t = e + 1;
    if (const QuoteSpan* q = t < SentEnd(s) ? QuotedNameAt(t) : nullptr) {
      m.type = MentionType::kOrganization;
      m.name = w_.substr(q->inner.begin, q->inner.size());
      m.span.end = q->outer.end;
      return;
    }
    // A name may open with its own article: "le quotidien Le Monde", "la
    // cadena El País" (a capitalized article before a capitalized word).
    const bool article_name = t + 1 < SentEnd(s) && IsWord(t) && Cap(t) && In(kDeterminers, t) &&
                              IsWord(t + 1) && Cap(t + 1) && !a_.tokens[t + 1].in_quote;
    if (t >= SentEnd(s) || !IsWord(t) || !Cap(t) || a_.tokens[t].in_quote || (In(kDeterminers, t) && !article_name) ||
        In(kTimeWords, t) || Has(months_, t) || (IsHead(t) && !article_name) || In(kPronouns, t)) {
      return;
    }
    const size_t run_end = CapRunEnd(t, SentEnd(s));
    for (size_t k = t; k < run_end; ++k) {
      if (In(kTimeWords, k) || (nouns_capitalized_ && IsHead(k))) return;
    }
    // ("a chapter of the group Fiorina addressed": after a preposition, a
    // relative clause with no pronoun; the name is its subject.)
    const size_t b = TokenStartingAt(m.span.begin);
    const bool after_preposition = b > SentFirst(s) && IsWord(b - 1) && PrepositionAt(b - 1);
    if (run_end < SentEnd(s) && IsWord(run_end)) {
      if (nouns_capitalized_ || a_.tokens[run_end].in_quote) return;
      if (after_preposition && !In(kFunctionWords, run_end) && !In(kTimeWords, run_end) &&
          !In(kClauseOpeners, run_end) && !In(kRelativeOpeners, run_end) && !Participle(run_end)) {
        return;
      }
    }
    m.type = MentionType::kOrganization;
    m.name = StripPossessive(Text(t, run_end - 1));
    m.span.end = a_.tokens[run_end - 1].span.end;
  }

  // «Ведомости», „Spiegel“, « Le Monde »: a quote of one to three words,
  // the first capitalized and each capitalized, an article or a particle
  // (lists determiners, name-connectors), with no punctuation inside, that
  // stands right next to a cue (after it, or before it over one
  // determiner: "сообщили «Ведомости»", "der „Spiegel“ berichtete",
  // "Selon « Le Monde »", "a rapporté « Le Monde »") names an outlet: a
  // title, no speech, and the cue's source. The quote's index in
  // a_.quote_spans, or -1.
  int OutletTitleQuote(const QuoteSpan& q) const {
    if (a_.language == "en" || q.inner.size() < 2 || q.inner.size() > 60) return -1;
    const size_t first = TokenStartingAt(q.inner.begin);
    if (first >= a_.tokens.size() || first == 0) return -1;
    size_t words = 0, last = first;
    for (size_t t = first; t < a_.tokens.size() && a_.tokens[t].span.begin < q.inner.end; ++t) {
      if (!IsWord(t) || Cjk(t)) return -1;
      if (!Cap(t) && !In(kDeterminers, t) && !In(kNameConnectors, t)) return -1;
      if (++words > 3) return -1;
      last = t;
    }
    if (words == 0 || !Cap(first)) return -1;
    const int s = a_.tokens[first].sentence;
    // The tokens before the opening mark and after the closing one.
    size_t before = first;
    while (before > SentFirst(s) && a_.tokens[before - 1].span.end > q.outer.begin) --before;
    size_t after = last + 1;
    while (after < SentEnd(s) && a_.tokens[after].span.begin < q.outer.end) ++after;
    bool cue_next = after < SentEnd(s) && CueStartsAt(after);
    if (!cue_next && before > SentFirst(s)) {
      size_t p = before - 1;
      if (IsWord(p) && In(kDefiniteDeterminers, p) && !Cap(p) && p > SentFirst(s)) {
        // "der „Spiegel“ berichtete" is the cue after; "berichtete der
        // „Spiegel“" the cue before.
        --p;
      }
      // ("spricht von einem «Luxusprojekt»": a word the cue's preposition
      // or an indefinite article governs is what is spoken of.)
      const bool object = IsWord(p) && (In(kDeterminers, p) || PrepositionAt(p)) && !CueStartsAt(p);
      for (size_t k = p + 1; !object && k-- > SentFirst(s) && k + 3 > p;) {
        if (!IsWord(k) || a_.tokens[k].in_quote) break;
        if (CueStartsAt(k)) {
          cue_next = true;
          break;
        }
      }
    }
    if (!cue_next) return -1;
    for (size_t k = 0; k < a_.quote_spans.size(); ++k) {
      if (a_.quote_spans[k].outer.begin == q.outer.begin) return static_cast<int>(k);
    }
    return -1;
  }

  // The outlet a quote of OutletTitleQuote names, as an organisation
  // mention over the marks (and a determiner right before them), when one
  // opens at token `i` (its opening mark or that determiner) or, with
  // `left`, closes at token `i`.
  std::optional<Mention> OutletTitleMention(size_t i, int s, bool left) const {
    if (a_.language == "en" || i < SentFirst(s) || i >= SentEnd(s)) return std::nullopt;
    const Span at = a_.tokens[i].span;
    for (const auto& q : a_.quote_spans) {
      const bool hit = left ? q.outer.end == at.end
                            : (q.outer.begin == at.begin ||
                               (IsWord(i) && In(kDeterminers, i) && i + 1 < SentEnd(s) &&
                                q.outer.begin == a_.tokens[i + 1].span.begin));
      if (!hit || OutletTitleQuote(q) < 0) continue;
      Mention m;
      size_t b = q.outer.begin;
      if (!left && IsWord(i) && In(kDeterminers, i)) b = at.begin;
      if (left) {
        const size_t open = TokenStartingAt(q.outer.begin);
        if (open > SentFirst(s) && open < a_.tokens.size() && IsWord(open - 1) && In(kDeterminers, open - 1) &&
            !Cap(open - 1)) {
          b = a_.tokens[open - 1].span.begin;
        }
      }
      m.span = Span{b, q.outer.end};
      m.type = MentionType::kOrganization;
      m.name = w_.substr(q.inner.begin, q.inner.size());
      while (!m.name.empty() && m.name.back() == ' ') m.name.pop_back();
      while (!m.name.empty() && m.name.front() == ' ') m.name.erase(0, 1);
      // ("« Le Monde »": no-break spaces inside French marks.)
      for (const std::string_view nb : {std::string_view("\xC2\xA0"), std::string_view("\xE2\x80\xAF")}) {
        while (m.name.size() >= nb.size() && m.name.compare(0, nb.size(), nb) == 0) m.name.erase(0, nb.size());
        while (m.name.size() >= nb.size() && m.name.compare(m.name.size() - nb.size(), nb.size(), nb) == 0) {
          m.name.erase(m.name.size() - nb.size());
        }
      }
      return m;
    }
    return std::nullopt;
  }

  std::optional<Mention> ParseRight(size_t i, int s, bool inverted = false) {
    if (auto outlet = OutletTitleMention(i, s, false)) return outlet;
    auto m = ParseRightOnce(i, s, inverted);
    if (m) SignedDocument(*m, i, s);
    if (m) EndBeforeCitation(*m, i, s);
    if (m) OrganizationNameAfter(*m, s);
    if (m && inverted) RelativeClauseAfterInvertedSource(*m, s);
    return m;
  }

  // "— Source: Harbor Authority annual report" on a signature line: a
  // name with at most two lower-case words and a document head (list
  // document-heads) after it, ending the line, is that document.
  void SignedDocument(Mention& m, size_t i, int s) {
    if (m.type != MentionType::kOrganization && m.type != MentionType::kName) return;
    if (!AfterSignatureDash(i)) return;
    // "— Source: Eurostat": one capitalized word after a source label
    // (list source-labels) names an organisation or an office; a person
    // signs with a full name ("— Source: Ines Varga").
    if (m.type == MentionType::kName && i >= 2 && IsWord(i - 2) && Has(source_labels_, i - 2) &&
        m.span.begin == a_.tokens[i].span.begin && m.span.end == a_.tokens[i].span.end &&
        (i + 1 >= SentEnd(s) || !IsWord(i + 1))) {
      m.type = MentionType::kOrganization;
      m.role.clear();
      return;
    }
    const size_t e = TokenStartingAt(m.span.end);
    for (size_t k = e; k < SentEnd(s) && k < e + 3; ++k) {
      if (!IsWord(k) || Cap(k) || a_.tokens[k].in_quote) return;
      if (!In(kDocumentHeads, k)) continue;
      if (k + 1 < SentEnd(s) && !(Tok(k + 1) == "." && k + 2 >= SentEnd(s))) return;
      m.type = MentionType::kDocument;
      m.head = Low(k);
      m.span.end = a_.tokens[k].span.end;
      m.name = Text(TokenStartingAt(m.span.begin), k);
      m.role.clear();
      return;
    }
  }

  // "berichtete die Zeitung Der Leuchtturm unter Berufung auf zwei Beamte":
  // a phrase after its cue ends before a citation word (list
  // citation-words) and the preposition before it; what it cites is a
  // source of its own (FindCitedSources), not a postmodifier of the
  // citer's name. Outside English, where such a phrase takes prepositional
  // postmodifiers with no comma before the citation.
  void EndBeforeCitation(Mention& m, size_t i, int s) const {
    if (a_.language == "en" || m.type == MentionType::kPronoun) return;
    for (size_t t = i + 1; t < SentEnd(s) && a_.tokens[t].span.begin < m.span.end; ++t) {
      if (!IsWord(t) || a_.tokens[t].in_quote || !In(kCitationWords, t)) continue;
      size_t e = t - 1;
      if (e > i && IsWord(e) && !Cap(e) && !In(kDeterminers, e)) --e;  // "unter"
      while (e > i && !IsWord(e)) --e;
      if (!IsWord(e) || a_.tokens[e].span.end <= m.span.begin) return;
      const std::string old = w_.substr(m.span.begin, m.span.size());
      m.span.end = a_.tokens[e].span.end;
      const size_t kept = m.span.size();
      if (const size_t at = old.find(m.name); !m.name.empty() && at != std::string::npos) {
        m.name = at < kept ? old.substr(at, std::min(m.name.size(), kept - at)) : std::string();
        while (!m.name.empty() && m.name.back() == ' ') m.name.pop_back();
      }
      if (m.type == MentionType::kDescription && Key(old).find(m.head) != std::string::npos &&
          Key(w_.substr(m.span.begin, m.span.size())).find(m.head) == std::string::npos) {
        m.head = HeadKey(e);
      }
      return;
    }
  }

  // "according to the Daily Star": in a capitalized run of two words or
  // more after "the", a last word that is only a singular noun of a person
  // (list person-heads; no title, role, office epithet or unnamed-source
  // head), after words no list knows, is part of a name, not the head of a
  // description ("the Democratic Nominee" keeps its head). So is the one
  // capitalized word after "the" in running text ("The Advocate had
  // chided", "according to the Advocate"), not in a headline or a title-cased
  // sentence, where every word has its capital ("The Candidate Speaks").
  bool OutletNameHead(size_t t, size_t first, size_t run) const {
    if (t + 1 != run || t < first || !InWord(kPersonHeads, Low(t)) || Low(t).back() == 's') return false;
    if (InWord(kTitles, Low(t)) || InWord(kRoleNouns, Low(t)) || InWord(kAnonymousHeads, Low(t)) ||
        Has(epithet_heads_, t)) {
      return false;
    }
    if (t == first) {
      const int s = a_.tokens[t].sentence;
      const Block& blk = a_.blocks[static_cast<size_t>(a_.sentences[static_cast<size_t>(s)].block)];
      if (a_.language != "en" || blk.kind == BlockKind::kHeadline || TitleCased(s)) return false;
    }
    for (size_t k = first; k < t; ++k) {
      if (!IsWord(k) || IsHead(k) || In(kModifiers, k) || In(kAffiliationNouns, k) || In(kFunctionWords, k)) return false;
    }
    return true;
  }

  std::optional<Mention> ParseRightOnce(size_t i, int s, bool inverted) {
    if (i >= SentEnd(s) || a_.tokens[i].in_quote || !IsWord(i)) return std::nullopt;
    if (a_.language == "ru") {
      if (auto g = GenitiveAffiliateRightRu(i, s)) return g;
    }
    // "assure d’abord un conseiller de la mairie": after an inverted cue,
    // an adverb of the cue (list cue-adverbs) before a determiner or a name
    // is the cue's; it had opened the source's name.
    if (inverted && In(kCueAdverbs, i) && !Cap(i) && i + 1 < SentEnd(s) && IsWord(i + 1) &&
        !a_.tokens[i + 1].in_quote && (In(kDeterminers, i + 1) || Cap(i + 1))) {
      return ParseRightOnce(i + 1, s, inverted);
    }
    const std::string& low = Low(i);
    // "He’s comparing the plans … and says": a subject pronoun with "is" or
    // "has" glued to it is that pronoun, not a possessive opening a noun
    // phrase (which had run on to "and").
    if (EndsWithPossessive(Tok(i))) {
      const std::string_view bare = WithoutPossessive(Tok(i));
      const std::string key = Key(bare);
      if (InWord(kPronounsSubject, key)) {
        auto m = MentionFromRange(i, i);
        m->span.end = m->span.begin + bare.size();
        m->type = MentionType::kPronoun;
        m->head = key;
        m->plural = InWord(kPronounsPlural, key);
        return m;
      }
    }
    if (InWord(kPronouns, low)) {
      auto m = MentionFromRange(i, i);
      m->type = MentionType::kPronoun;
      m->head = low;
      m->plural = InWord(kPronounsPlural, low);
      return m;
    }
    // "“…,” said one.", "“…,” said one of them.", "…, said others.": after
    // an inverted cue, a quantifier alone (or with "of them") and nothing
    // after it is the source, as before the cue (ParseLeftOnce).
    if (inverted && !Cap(i) &&
        (HasWord(group_member_words_, low) || InWord(kStandaloneSources, low) || In(kNumbers, i))) {
      size_t e = i;
      if (i + 2 < SentEnd(s) && LowIs(i + 1, "of") && IsWord(i + 2) && !a_.tokens[i + 2].in_quote &&
          HasWord(group_member_pronouns_, Low(i + 2))) {
        e = i + 2;
      }
      const bool member = e > i || HasWord(group_member_words_, low);
      if ((e > i || !In(kNumbers, i) || member) && (e + 1 >= SentEnd(s) || !IsWord(e + 1))) {
        auto m = MentionFromRange(i, e);
        if (m) {
          m->type = MentionType::kDescription;
          m->head = low;
          m->plural = !HasWord(group_member_words_, low) && low != "one";
          m->member = member;
        }
        return m;
      }
    }
    // "former Sen. Evan Bayh", "retired Army Lt. Gen. Mick Bednarek": role
    // modifiers before a capitalized run that names a person.
    std::optional<Mention> modified_name;
    size_t modified_end = i;
    if (!Cap(i) && In(kModifiers, i)) {
      size_t k = i;
      while (k < SentEnd(s) && k < i + 3 && IsWord(k) && !Cap(k) && (In(kModifiers, k) || In(kDeterminers, k))) ++k;
      if (k < SentEnd(s) && IsWord(k) && Cap(k) && !a_.tokens[k].in_quote) {
        size_t run_end = CapRunEnd(k, SentEnd(s));
        // "former Obama adviser David Axelrod": the run is the role's.
        if (auto premodified = RolePremodifiedName(i, run_end, s)) return premodified;
        auto named = ClassifyCapRun(k, run_end);
        if (named && named->type == MentionType::kName && !named->name.empty() &&
            (run_end >= SentEnd(s) || !IsWord(run_end) || !Cap(run_end))) {
          named->role = Text(i, k - 1) + (named->role.empty() ? "" : " " + named->role);
          named->span.begin = a_.tokens[i].span.begin;
          modified_name = named;
          modified_end = run_end;
        }
      }
    }
    std::optional<Mention> m;
    size_t end = i;
    size_t cap_end = Cap(i) && !In(kDeterminers, i) ? CapRunEnd(i, SentEnd(s)) : i;
    // "Had I known, …", "Using Ted Cruz as a foil, …": a condition or a
    // participle clause opens the sentence; no noun phrase starts here.
    if (cap_end > i + 1 && SentenceInitial(i) && (Has(condition_inverters_, i) || OpeningParticiple(i))) {
      return std::nullopt;
    }
    // "the Washington Free Beacon", "The Hill": a name after the article.
    bool outlet_name = false;  // its last word a person noun (OutletNameHead)
    if (cap_end == i && LowIs(i, "the") && i + 1 < SentEnd(s) && IsWord(i + 1) && Cap(i + 1) &&
        !a_.tokens[i + 1].in_quote &&
        (!IsHead(i + 1) || OutletNameHead(i + 1, i + 1, CapRunEnd(i + 1, SentEnd(s))))) {
      size_t run = CapRunEnd(i + 1, SentEnd(s));
      bool head_after = run < SentEnd(s) && IsWord(run) && !Cap(run) && IsHead(run);
      bool head_inside = false;
      for (size_t t = i + 1; t < run; ++t) {
        if (IsHead(t) && OutletNameHead(t, i + 1, run)) outlet_name = true;
        else head_inside = head_inside || IsHead(t);
      }
      if (!head_after && !head_inside) cap_end = run;
      else outlet_name = false;
    }
    bool cap_premodifier = cap_end > i && cap_end < SentEnd(s) && IsWord(cap_end) &&
                           !Cap(cap_end) && In(kAnonymousHeads, cap_end);
    // "American military officials", "Pentagon defense officials": listed
    // modifiers between the capitalized words and the unnamed-source head.
    if (!cap_premodifier && cap_end > i && cap_end < SentEnd(s)) {
      size_t t = cap_end;
      while (t < SentEnd(s) && t < cap_end + 3 && IsWord(t) && !Cap(t) && !a_.tokens[t].in_quote &&
             (In(kModifiers, t) || IsPlainModifier(t)) && !In(kAnonymousHeads, t)) {
        ++t;
      }
      cap_premodifier = t > cap_end && t < SentEnd(s) && IsWord(t) && !Cap(t) && !a_.tokens[t].in_quote &&
                        In(kAnonymousHeads, t);
    }
    // "Black voters have formed …, supporting", "according to Democratic
    // and independent analysts": one capitalized word that a list knows as
    // a modifier or an affiliation (lists modifiers, affiliation-nouns)
    // before a lower-case head noun, with "and" or "or" and other
    // modifiers between, is that head's premodifier, not a name.
    if (!cap_premodifier && cap_end == i + 1 && cap_end < SentEnd(s) && (In(kModifiers, i) || In(kAffiliationNouns, i))) {
      size_t t = cap_end;
      while (t < SentEnd(s) && t < cap_end + 4 && IsWord(t) && !Cap(t) && !a_.tokens[t].in_quote && !IsHead(t) &&
             (LowIs(t, "and") || LowIs(t, "or") || In(kModifiers, t) || In(kAffiliationNouns, t) || IsPlainModifier(t))) {
        ++t;
      }
      cap_premodifier = t < SentEnd(s) && IsWord(t) && !Cap(t) && !a_.tokens[t].in_quote && IsHead(t) &&
                        (t == cap_end || Low(t - 1) != "and");
    }
    // A capitalized noun alone that is an unnamed-source head (German
    // "Regierungskreise", "Sicherheitskreisen") is a description, not a name.
    // At a sentence's start too ("Officials at the Treasury …"), unless the
    // article names someone so.
    bool lone_anonymous_head = cap_end == i + 1 && InWord(kAnonymousHeads, HeadKey(i)) &&
                               (i > SentFirst(s) || !registry_names_.count(std::string(Tok(i))));
    // "said Okonjo’s deputy, Sam Hill": a capitalized run ending in a
    // possessive, then a lower-case head noun of a person, is a determiner
    // of that noun, not the source's name. (Not before a noun only of
    // organisations or documents: "Rennick’s office disputes" stays
    // Rennick's, as the office speaks for him.)
    const bool possessive_run = cap_end > i && cap_end < SentEnd(s) && EndsWithPossessive(Tok(cap_end - 1)) &&
                                IsWord(cap_end) && !Cap(cap_end) && !a_.tokens[cap_end].in_quote &&
                                PersonNounAt(cap_end);
    if (modified_name) {
      m = modified_name;
      end = modified_end;
    } else if (cap_end > i && !cap_premodifier && !lone_anonymous_head && !possessive_run) {
      // "said Harvard University economist Jane Roe": an organisation or a
      // side before a role noun and a name is the person's role.
      if (auto premodified = RolePremodifiedName(i, cap_end, s)) return premodified;
      end = NameEnd(i, cap_end);  // "said Ruiz Thursday"
      m = ClassifyCapRun(i, end);
      // ("according to the Daily Star": an outlet, no person.)
      if (m && outlet_name && end == cap_end && m->type == MentionType::kName) m->type = MentionType::kOrganization;
      // ("The Advocate had chided": its one word a person noun, read as the
      // head of a description; an outlet too.)
      if (m && outlet_name && end == cap_end && cap_end == i + 2 && m->type == MentionType::kDescription) {
        m->type = MentionType::kOrganization;
        m->name = Text(i + 1, i + 1);
        m->plural = false;
        m->described = false;
      }
      // "said C. Stewart Verdon Jr., a former official": the suffix's
      // period is the name's, and the apposition after it gives the role.
      if (m && m->type == MentionType::kName && end == cap_end && end + 1 < SentEnd(s) && IsPunct(end, ".") &&
          a_.tokens[end - 1].span.end == a_.tokens[end].span.begin && Has(name_suffixes_, end - 1) &&
          IsComma(end + 1)) {
        m->span.end = a_.tokens[end].span.end;
        ++end;
      }
    } else {
      // Determiner, premodifiers, head, postmodifier up to a comma or the end.
      // (A possessive run is the determiner: "Mr. Ruiz’s deputy".)
      size_t k = possessive_run ? cap_end : i;
      size_t head = SIZE_MAX;
      size_t adjective = 0;  // 1 when a postnominal adjective follows the head
      size_t guard = 16;
      // ("two U.S. officials": an abbreviation's periods, each glued to its
      // capital letter, are inside the phrase.)
      auto abbreviation_period = [&](size_t t) {
        if (t <= i || t + 1 >= SentEnd(s) || !IsPunct(t, ".") || !IsWord(t - 1) || !IsWord(t + 1) ||
            a_.tokens[t - 1].span.end != a_.tokens[t].span.begin || Tok(t - 1).size() > 4) {
          return false;
        }
        for (char ch : Tok(t - 1)) {
          if (!(ch >= 'A' && ch <= 'Z') && ch != '.') return false;
        }
        return true;
      };
      // (Nor is a slash glued between capitals: "a CNN/ORC poll".)
      while (k < SentEnd(s) && guard-- > 0 && (IsWord(k) || abbreviation_period(k) || (k > i && SlashCompoundAt(k))) &&
             !a_.tokens[k].in_quote) {
        // ("a Vell Times/Harbor News survey": a head before the slash is a
        // sponsor's name; the head comes after it.)
        if (!IsWord(k) && SlashCompoundAt(k)) {
          if (head == k - 1) head = SIZE_MAX;
          ++k;
          continue;
        }
        // "said one beekeeper who requested anonymity because he feared
        // retaliation from the mayor's office": a clause about the
        // source's anonymity ends the search for a head; a noun inside it
        // ("office") is not the source's. Before it, a determiner and one
        // to three plain words make a phrase whose head no list knows.
        if (head == SIZE_MAX && k > i && AnonymityClauseLast(k, s, SentEnd(s), /*stop_at_cues=*/true) != SIZE_MAX) {
          bool plain = In(kDeterminers, i) && k - i >= 2 && k - i <= 4;
          for (size_t t = i + 1; plain && t < k; ++t) plain = IsPlainModifier(t);
          if (plain) head = k - 1;
          break;
        }
        if (IsHead(k) && head == SIZE_MAX) head = k;
        // A compound noun: "the court filing", "a campaign spokesman".
        // Not a capitalized organisation after a lower-case head ("представитель МИД").
        // (Not in a language of genitive postmodifiers, where the noun after a
        // person's head is its complement: "представитель министерства".)
        if (head != SIZE_MAX && k == head + 1 && IsHead(k) && (!Cap(k) || Cap(head)) &&
            !(genitive_postmodifiers_ && !Cap(k) && PersonNounAt(head))) {
          head = k;
        }
        // A postnominal adjective ("le directeur général de …", "el
        // portavoz oficial,"): one plain word, then a postmodifier or a comma.
        // Only where adjectives follow nouns (orthography
        // adjectives-after-nouns): in English the word is a verb ("The mayor
        // began with the crisis, saying …").
        if (adjectives_after_nouns_ && head != SIZE_MAX && k == head + 1 && adjective == 0 && IsPlainModifier(k) &&
            !IsHead(k) &&
            k + 1 < SentEnd(s) && (IsComma(k + 1) || In(kPostmodifierOpeners, k + 1))) {
          adjective = 1;
          ++k;
          if (IsComma(k)) break;
          continue;
        }
        if (head != SIZE_MAX && k > head + adjective && !In(kPostmodifierOpeners, head + 1 + adjective)) {
          // Coordination: "City Hall aides and council allies".
          size_t c = k;
          if (LowIs(c, "and") || LowIs(c, "or")) {
            size_t next = SIZE_MAX;
            for (size_t t = c + 1; t < SentEnd(s) && t <= c + 4 && IsWord(t); ++t) {
              if (In(kAnonymousHeads, t)) {
                next = t;
                break;
              }
            }
            if (next != SIZE_MAX) {
              head = next;
              k = next + 1;
              continue;
            }
          }
          break;
        }
        // Where every noun is capitalized, a postmodifier ends before a
        // lower-case word that is no article, preposition or adjective of
        // a noun after it: the verb ("Laut einem Sprecher des Ministeriums
        // ist der Plan gescheitert").
        // ("der Mitarbeiter aus der Abteilung 4B.": a number or label right
        // after a capitalized noun, closing the clause, is that noun's, as
        // in "an official from Unit 4B"; fixb36.)
        const bool closing_label = a_.tokens[k].type == TokenType::kNumber && Cap(k - 1) && IsWord(k - 1) &&
                                   !a_.tokens[k].in_quote && (k + 1 >= SentEnd(s) || !IsWord(k + 1));
        if (nouns_capitalized_ && head != SIZE_MAX && k > head + 1 + adjective && !Cap(k) && !In(kDeterminers, k) &&
            !PrepositionAt(k) && !In(kPostmodifierOpeners, k) && !closing_label &&
            !(k + 1 < SentEnd(s) && IsWord(k + 1) && Cap(k + 1) && !a_.tokens[k + 1].in_quote)) {
          break;
        }
        ++k;
      }
      // "— рассказала мать третьеклассника Анна Кирсанова.", "— a déclaré la
      // voisine de l’accusé, Anne Roy.": after an inverted cue, lower-case
      // words no list knows, then a name that closes the clause. The source
      // is the person named, the words before it their role.
      if (head == SIZE_MAX && inverted) {
        size_t t = i;
        // ("kritisierte der Oppositionsführer Karl Braun": right after the
        // cue, an article that is also a relative word is the article.)
        if (!Cap(i) && In(kDeterminers, i) && In(kRelativeOpeners, i)) ++t;
        while (t < SentEnd(s) && t < i + 5 && IsWord(t) && !Cap(t) && !a_.tokens[t].in_quote &&
               !In(kClauseOpeners, t) && !In(kRelativeOpeners, t) && !In(kPronouns, t) && !In(kVerbCoordinators, t)) {
          ++t;
        }
        if (t > i && t < SentEnd(s) && IsComma(t) && t + 1 < SentEnd(s)) ++t;  // "la voisine, Anne Roy"
        if (t > i && t < SentEnd(s) && IsWord(t) && Cap(t) && !a_.tokens[t].in_quote && !In(kDeterminers, t)) {
          const size_t run_end = CapRunEnd(t, SentEnd(s));
          const bool closed = run_end >= SentEnd(s) || !IsWord(run_end);
          auto named = closed && run_end >= t + 2 ? ClassifyCapRun(t, run_end) : std::nullopt;
          if (named && named->type == MentionType::kName && !named->name.empty()) {
            size_t rb = In(kDeterminers, i) ? i + 1 : i;
            size_t re = IsComma(t - 1) ? t - 2 : t - 1;
            const std::string before = Text(rb, re);
            named->role = before.empty() ? named->role : before + (named->role.empty() ? "" : " " + named->role);
            named->span.begin = a_.tokens[i].span.begin;
            return named;
          }
        }
      }
      if (head == SIZE_MAX) return std::nullopt;
      // "По словам представителя компании, …", "заявил представитель
      // министерства", "по словам пресс-секретаря министерства Елены
      // Ворониной, …": in a language of genitive postmodifiers, one to
      // three lower-case words after a person's head noun, closing the
      // clause (a comma, a dash or the sentence's end follows) or followed
      // by a capitalized run that does, are its complement. A run of two or
      // more capitalized words there is the person's name.
      size_t genitive_name = SIZE_MAX, genitive_name_end = SIZE_MAX;
      if (genitive_postmodifiers_ && k == head + 1 + adjective && k < SentEnd(s) && IsWord(k) && !Cap(k) &&
          !a_.tokens[k].in_quote && PersonNounAt(head)) {
        size_t t = k;
        while (t < SentEnd(s) && t < k + 3 && IsWord(t) && !Cap(t) && !a_.tokens[t].in_quote &&
               !In(kFunctionWords, t) && !In(kClauseOpeners, t) && !In(kRelativeOpeners, t) && !In(kPronouns, t) &&
               !In(kNumbers, t) && !In(kTimeWords, t) && !CueStartsAt(t) && !In(kCueAdverbs, t)) {
          ++t;
        }
        size_t close = t;
        if (t > k && t < SentEnd(s) && IsWord(t) && Cap(t) && !a_.tokens[t].in_quote) close = CapRunEnd(t, SentEnd(s));
        const bool closed = close >= SentEnd(s) || (!IsWord(close) && !a_.tokens[close].in_quote);
        if (t > k && closed) {
          if (close >= t + 2) {
            genitive_name = t;
            genitive_name_end = close;
          }
          k = t;
        }
      }
      end = k;
      if (k == head + 1 + adjective) {
        const size_t pe = CommaPostmodifierEnd(k, s);
        if (pe != std::string::npos) end = pe + 1;
      }
      m = ClassifyDescription(i, head, end - 1);
      if (m) {
        if (auto named = NameAfterRoleComplement(*m)) m = named;
      }
      if (m && genitive_name != SIZE_MAX) {
        auto named = ClassifyCapRun(genitive_name, genitive_name_end);
        if (named && named->type == MentionType::kName && !named->name.empty()) {
          const size_t rb = In(kDeterminers, i) ? i + 1 : i;
          named->role = Text(rb, genitive_name - 1);
          named->span.begin = a_.tokens[i].span.begin;
          m = named;
          end = genitive_name_end;
        }
      }
      // A role noun followed by the name it describes: "el ministro Juan
      // Pérez", "министр Иван Петров", "the group's chairman Ali Khan". The
      // source is the person named, the role noun phrase their role.
      // "заявила депутат городской думы Ольга Серебрякова", "заявил
      // генеральный директор холдинга Андрей Кравец": after an inverted
      // cue, up to three lower-case words (a genitive complement) may stand
      // between the role noun and the name that ends the clause.
      if (m && inverted && k == head + 1 && k < SentEnd(s) && IsWord(k) && !Cap(k) && !a_.tokens[k].in_quote &&
          (InWord(kRoleNouns, Low(head)) || InWord(kTitles, Low(head)) || InWord(kPersonHeads, Low(head)))) {
        size_t t = k;
        while (t < SentEnd(s) && t < k + 3 && IsWord(t) && !Cap(t) && !a_.tokens[t].in_quote &&
               !InWord(kFunctionWords, Low(t)) && !In(kClauseOpeners, t) && !In(kRelativeOpeners, t)) {
          ++t;
        }
        if (t > k && t < SentEnd(s) && IsWord(t) && Cap(t) && !a_.tokens[t].in_quote && !In(kDeterminers, t)) {
          size_t run_end = CapRunEnd(t, SentEnd(s));
          bool closed = run_end >= SentEnd(s) || !IsWord(run_end);
          auto named = closed ? ClassifyCapRun(t, run_end) : std::nullopt;
          if (named && named->type == MentionType::kName) {
            size_t rb = In(kDeterminers, i) ? i + 1 : i;
            named->role = Text(rb, t - 1);
            named->span.begin = a_.tokens[i].span.begin;
            m = named;
            end = run_end;
          }
        }
      }
      // "считает профессор Высшей школы финансов Павел Ермолин": in a
      // language of genitive postmodifiers, a genitive mixing capitalized
      // and lower-case words (an institution's name) may stand there too;
      // the name is the two-word run that closes the clause.
      if (m && m->type != MentionType::kName && inverted && genitive_postmodifiers_ && k == head + 1 &&
          k < SentEnd(s) && IsWord(k) && !a_.tokens[k].in_quote &&
          (InWord(kRoleNouns, Low(head)) || InWord(kTitles, Low(head)) || InWord(kPersonHeads, Low(head)))) {
        size_t t = k;
        bool lower = false;
        while (t < SentEnd(s) && t < k + 7 && IsWord(t) && !a_.tokens[t].in_quote && !InWord(kFunctionWords, Low(t)) &&
               !In(kClauseOpeners, t) && !In(kRelativeOpeners, t)) {
          if (!Cap(t)) lower = true;
          ++t;
        }
        const bool closes = t >= SentEnd(s) || !IsWord(t);
        if (lower && closes && t >= k + 3 && Cap(t - 1) && Cap(t - 2)) {
          auto named = ClassifyCapRun(t - 2, t);
          if (named && named->type == MentionType::kName) {
            size_t rb = In(kDeterminers, i) ? i + 1 : i;
            named->role = Text(rb, t - 3);
            named->span.begin = a_.tokens[i].span.begin;
            m = named;
            end = t;
          }
        }
      }
      // "sagte deren Bezirksleiter Sven Okonkwo": after an inverted cue a
      // relative word is a possessive determiner, not a clause's opener.
      // "said council member Joanna Ngata", "said party official Tim Ode":
      // after an inverted cue, a singular unnamed-source noun (list
      // anonymous-heads, not plural-heads) before a name that closes the
      // clause is the named person's title too.
      const bool titled_member = inverted && k == head + 1 && k < SentEnd(s) && IsWord(k) && Cap(k) &&
                                 !Cap(head) && InWord(kAnonymousHeads, HeadKey(head)) &&
                                 !InWord(kPluralHeads, HeadKey(head)) && !InWord(kOrganizationHeads, HeadKey(head)) &&
                                 !In(kTimeWords, k) && !Has(months_, k) && [&] {
                                   const size_t re = CapRunEnd(k, SentEnd(s));
                                   return re >= SentEnd(s) || !IsWord(re);
                                 }();
      if (m && m->type != MentionType::kName && k == head + 1 && k < SentEnd(s) && IsWord(k) && Cap(k) &&
          !a_.tokens[k].in_quote && !In(kDeterminers, k) && !In(kClauseOpeners, i) &&
          (inverted || !In(kRelativeOpeners, i)) &&
          (In(kRoleNouns, head) || In(kTitles, head) || In(kPersonHeads, head) || titled_member ||
           (IsCompoundHead(head) && (InWord(kRoleNouns, HeadKey(head)) || InWord(kTitles, HeadKey(head)) ||
                                     InWord(kPersonHeads, HeadKey(head)))))) {
        size_t run_end = CapRunEnd(k, SentEnd(s));
        std::optional<Mention> named;
        size_t name_first = k;
        if (ElidedCapital(k)) {
          // "ha detto il ministro dell’Interno, Carlo Ferri": an article or a
          // preposition elided onto a capitalized word is the role's
          // complement ("dell’Interno" had been the named source); the name
          // is in apposition after the comma, or the two words that close
          // the clause.
          const size_t nf = run_end + 1;
          if (run_end == k + 1 && nf < SentEnd(s) && IsComma(run_end) && IsWord(nf) && Cap(nf) &&
              !ElidedCapital(nf) && !a_.tokens[nf].in_quote) {
            const size_t ne = CapRunEnd(nf, SentEnd(s));
            if (ne >= SentEnd(s) || !IsWord(ne)) {
              named = ClassifyCapRun(nf, ne);
              name_first = nf;
              run_end = ne;
            }
          } else if (run_end >= k + 3 && (run_end >= SentEnd(s) || !IsWord(run_end))) {
            named = ClassifyCapRun(run_end - 2, run_end);
            name_first = run_end - 2;
          }
          if (named && named->type == MentionType::kName) {
            size_t rb = In(kDeterminers, i) ? i + 1 : i;
            size_t re = name_first - 1;
            if (IsComma(re)) --re;
            named->role = Text(rb, re);
            named->span.begin = a_.tokens[i].span.begin;
            m = named;
            end = run_end;
          }
          named.reset();
        } else {
          named = ClassifyCapRun(k, run_end);
        }
        // "представитель МИД Ардании Ирина Сельдова": an organisation and
        // then the person; after an inverted cue, the run's last two words
        // are the name when they make one.
        if (named && named->type == MentionType::kOrganization && inverted && run_end >= k + 3 &&
            (run_end >= SentEnd(s) || !IsWord(run_end))) {
          auto person = ClassifyCapRun(run_end - 2, run_end);
          if (person && person->type == MentionType::kName) {
            named = person;
            name_first = run_end - 2;
          }
        }
        if (named && named->type == MentionType::kName) {
          size_t rb = In(kDeterminers, i) ? i + 1 : i;
          named->role = name_first > k ? Text(rb, name_first - 1) : Text(rb, head);
          named->span.begin = a_.tokens[i].span.begin;
          m = named;
          end = run_end;
        }
      }
    }
    if (!m) return m;
    // "a déclaré le directeur général de Solvaris, Bertrand Lemaire,", "said
    // the company's chief executive, Ann Lee.": a role noun phrase with the
    // person's name in apposition. The source is the person.
    if ((m->type == MentionType::kDescription || m->type == MentionType::kAnaphor) && end + 1 < SentEnd(s) &&
        IsComma(end) && Cap(end + 1) && !a_.tokens[end + 1].in_quote && !IsHead(end + 1) &&
        (InWord(kRoleNouns, m->head) || InWord(kPersonHeads, m->head) || InWord(kTitles, m->head) ||
         // "said Harbor Union's chief negotiator, Sam Hill": one unnamed-
         // source noun ("negotiator", "official") in apposition with a name.
         (InWord(kAnonymousHeads, m->head) && !m->plural))) {
      size_t run_end = CapRunEnd(end + 1, SentEnd(s));
      bool closed = run_end >= SentEnd(s) || !IsWord(run_end);
      auto named = closed ? ClassifyCapRun(end + 1, run_end) : std::nullopt;
      if (named && named->type == MentionType::kName) {
        size_t rb = In(kDeterminers, i) ? i + 1 : i;
        named->role = Text(rb, end - 1);
        named->span.begin = a_.tokens[i].span.begin;
        return named;
      }
    }
    // Role from an appositive or relative clause: ", an adviser to …", ", who is …".
    // Not a participle cue ("said Ana Ruiz, adding that …").
    if (end + 1 < SentEnd(s) && IsComma(end) && (m->type == MentionType::kName) && !CueStartsAt(end + 1)) {
      size_t r = end + 1;
      size_t re = r;
      // (An abbreviation's period glued to its word with a word after it,
      // "who served as the chief U.S. envoy", "worked for Wisconsin Gov.
      // Scott Walker", ends nothing: the apposition had been cut there.)
      auto abbreviation = [&](size_t t) {
        return Tok(t) == "." && t > r && t + 1 < SentEnd(s) && IsWord(t + 1) && !a_.tokens[t + 1].in_quote &&
               a_.tokens[t - 1].span.end == a_.tokens[t].span.begin;
      };
      while (re < SentEnd(s) && !IsComma(re) && !a_.tokens[re].in_quote &&
             !(a_.tokens[re].type == TokenType::kPunct && ((Tok(re) == "." && !abbreviation(re)) || Tok(re) == ";"))) {
        ++re;
      }
      if (re > r) {
        std::string role = RoleText(r, re);
        // An apposition that ends the sentence ("said Dante Scala, a
        // political science professor at …."): PolNeAR puts it in the
        // source mention even when no clean role can be read from it.
        bool ends_sentence = inverted && !In(kVerbCoordinators, r) && !In(kClauseOpeners, r) && !In(kPronouns, r) &&
                             (re >= SentEnd(s) || (Tok(re) == "." && re + 1 >= SentEnd(s)) ||
                              (IsWord(re - 1) && a_.tokens[re].in_quote));
        // "— Tom Hale, union steward": on a signature line the words after
        // the name's comma are the role, whatever their head noun.
        if (role.empty() && (re >= SentEnd(s) || (Tok(re) == "." && re + 1 >= SentEnd(s))) && AfterSignatureDash(i)) {
          size_t k = r;
          if (k + 1 < re && (LowIs(k, "a") || LowIs(k, "an") || LowIs(k, "the"))) ++k;
          role = Text(k, re - 1);
        }
        // "said Ana Ruiz, a crane operator.": an indefinite noun phrase in
        // apposition that ends the sentence after an inverted cue is the
        // role, whatever its noun (no list knows every trade).
        if (role.empty() && ends_sentence && r + 1 < re && (LowIs(r, "a") || LowIs(r, "an")) &&
            IndefiniteRolePhrase(r + 1, re)) {
          role = Text(r + 1, re - 1);
        }
        if (!role.empty() || ends_sentence) {
          if (!role.empty()) m->role = role;
          // PolNeAR: the apposition is part of the source mention.
          size_t last = re - 1;
          while (last > r && !IsWord(last)) --last;
          m->span.end = a_.tokens[last].span.end;
        }
      }
    }
    return m;
  }

  // Whether a cue of speech starts at `t`: one whose tone is not
  // non-speech and that is no stance verb (list cues-object).
  bool SpeechCueStartsAt(size_t t) const {
    for (const auto& p : pending_) {
      if (p.cue.first == t && p.cue.entry->tone != CueTone::kNonSpeech && !In(kCuesObject, p.cue.last)) return true;
    }
    return false;
  }

  // "said Dorothy Poynter, who grew up with Ali in the neighborhood. “…”",
  // "said the designer, who works for another brand", "said Hany Farid,
  // chairman of the department, who co-developed the system": after an
  // inverted cue (English), a relative clause ("who", "whom", "whose",
  // "which") after a named or described source, or after the apposition
  // that its mention took, is part of the mention (PolNeAR: subordinate
  // clauses that identify the source). The clause runs to the sentence's
  // end, a quote, a dash, a semicolon or a colon, or a comma (taken along
  // when a quote opens after it, as a parenthetical comma). A clause that
  // holds a cue of speech of its own ("who added that …") stays out:
  // PolNeAR marks its relative pronoun as that cue's source; a stance
  // ("who endorsed Mr. Rubio", list cues-object) or a non-speech cue ("who
  // wants a commission") does not keep it out.
  void RelativeClauseAfterInvertedSource(Mention& m, int s) const {
    if (a_.language != "en" || (m.type != MentionType::kName && m.type != MentionType::kDescription)) return;
    const size_t end = SentEnd(s);
    const size_t c = TokenStartingAt(m.span.end);
    if (c + 2 >= end || !IsComma(c) || a_.tokens[c].span.begin != m.span.end) return;
    const size_t r = c + 1;
    if (!IsWord(r) || a_.tokens[r].in_quote ||
        !(Has(person_relatives_, r) || Has(thing_relatives_, r) || LowIs(r, "whose"))) {
      return;
    }
    size_t u = r + 1;
    for (; u < end; ++u) {
      if (a_.tokens[u].in_quote || IsComma(u) || IsDash(u) || Tok(u) == ";" || Tok(u) == ":") break;
      if (CueStartsAt(u) && SpeechCueStartsAt(u)) return;
    }
    size_t last = u - 1;
    while (last > r && !IsWord(last)) --last;
    if (last <= r) return;
    if (u < end && IsComma(u) && u + 1 < end && a_.tokens[u + 1].in_quote) last = u;
    m.span.end = a_.tokens[last].span.end;
  }

  // Whether tokens [k, e) after an indefinite article read as a noun
  // phrase: words only (a hyphen inside a word allowed), the first in
  // lower case, no copula, auxiliary, pronoun, relative word or cue, at
  // most eight words.
  bool IndefiniteRolePhrase(size_t k, size_t e) const {
    if (k >= e || e - k > 8 || !IsWord(k) || Cap(k)) return false;
    for (size_t t = k; t < e; ++t) {
      if (a_.tokens[t].in_quote) return false;
      if (!IsWord(t)) {
        if (Tok(t) == "-" && t > k && t + 1 < e && a_.tokens[t - 1].span.end == a_.tokens[t].span.begin) continue;
        return false;
      }
      if (In(kCopulas, t) || In(kCueAuxiliaries, t) || In(kPronouns, t) || In(kRelativeOpeners, t) || CueStartsAt(t)) {
        return false;
      }
    }
    return true;
  }

  // Cleans an appositive into a role: drops "who is (now)", the article.
  // The role a relative clause after a source gives, tokens [b, e) with
  // the relative word at `b`: "who is the council treasurer" gives
  // "council treasurer", and so does "who is now also the council
  // treasurer" (adverbs of cue-adverbs around the verb "be"); "who chairs
  // the budget committee" (list role-verbs) gives the clause as written. A
  // clause that tells an act or a state gives none: "who voted against the
  // plan", "who also campaigned in Ohio", "who is running for mayor". (The
  // copulas list holds "also", "now" and "currently" for appositions, "Ana
  // Lee, also a teacher,"; in a relative clause they are adverbs.)
  std::string RelativeClauseRole(size_t b, size_t e) const {
    size_t r = b + 1;
    if (r < e && Has(role_verbs_, r)) return Text(b, e - 1);
    // (Adverbs, not auxiliaries: "who has been active in politics" tells
    // a state.)
    auto adverbs = [&] {
      while (r < e && IsWord(r) && !a_.tokens[r].in_quote && In(kCueAdverbs, r) && !In(kCueAuxiliaries, r)) ++r;
    };
    adverbs();
    if (r >= e || !In(kCopulas, r) || In(kCueAdverbs, r)) return {};
    ++r;
    adverbs();
    // A noun phrase after "be": a determiner, a role word or a capital
    // ("the council treasurer", "chairman of …", "Ohio's treasurer"); not
    // an adjective, a participle or a number ("active in politics",
    // "running for mayor", "83").
    if (r < e && In(kDeterminers, r)) return r + 1 < e ? Text(r + 1, e - 1) : std::string();
    if (r >= e || !IsWord(r) || (!IsRoleStart(r) && !Cap(r))) return {};
    return Text(r, e - 1);
  }

  std::string RoleText(size_t r, size_t re) const {
    std::vector<std::string> parts;
    size_t k = r;
    // "said Omar Reyes, who runs a bakery nearby": a relative clause of a
    // position held (list role-verbs) is the role as written, as before a
    // cue.
    if (k + 1 < re && In(kRelativeOpeners, k) && Has(role_verbs_, k + 1)) return Text(r, re - 1);
    if (k < re && In(kRelativeOpeners, k)) {
      ++k;
      while (k < re && (In(kCopulas, k) || In(kCueAdverbs, k))) ++k;
    }
    if (k < re && (LowIs(k, "a") || LowIs(k, "an") || LowIs(k, "the"))) ++k;
    if (k >= re) return {};
    // A role begins with a noun or an adjective, not a verb phrase; a
    // capitalized start ("Ardmore County director of roads") needs a role word.
    if (Cap(k) && !IsRoleStart(k)) {
      bool has_role_word = false;
      for (size_t t = k; t < re; ++t) {
        if (!Cap(t) && (In(kRoleNouns, t) || In(kAnonymousHeads, t))) has_role_word = true;
      }
      if (!has_role_word) return {};
    }
    // "a port director", "a farmer": a lower-case start whose noun phrase
    // (up to four words, before any function word) ends in a person's noun.
    if (!Cap(k) && !IsRoleStart(k) && !In(kModifiers, k)) {
      // The noun must close the phrase or be followed by a preposition or a
      // relative word; "the men were wearing …" is a clause, not a role.
      bool person = false;
      for (size_t t = k; t < re && t < k + 4 && IsWord(t) && !In(kFunctionWords, t) && !person; ++t) {
        person = !Cap(t) && PersonNounAt(t) &&
                 (t + 1 >= re || (PrepositionAt(t + 1) && !In(kCopulas, t + 1) && !In(kCueAuxiliaries, t + 1)) ||
                  In(kRelativeOpeners, t + 1));
      }
      if (!person) return {};
    }
    return Text(k, re - 1);
  }

  bool IsRoleStart(size_t k) const {
    return In(kRoleNouns, k) || In(kTitles, k) || In(kModifiers, k) || In(kAnonymousHeads, k);
  }

  // The first token after the time phrases, place phrases ("in
  // Velmarstadt") and cue adverbs that start at `k`; `k` when there are none.
  size_t SkipAdverbialsRight(size_t k, size_t end) const {
    for (int rounds = 0; rounds < 4 && k < end; ++rounds) {
      if (!IsWord(k) || a_.tokens[k].in_quote) break;
      size_t e = TimePhraseEnd(k, end);
      if (e != std::string::npos) {
        k = e + 1;
        continue;
      }
      if (In(kCueAdverbs, k)) {
        ++k;
        continue;
      }
      // A preposition and a place name: a capitalized run that is no head noun.
      if ((In(kTimeOpeners, k) || In(kAffiliationPrepositions, k)) && k + 1 < end && Cap(k + 1) &&
          !a_.tokens[k + 1].in_quote && !IsHead(k + 1) && !In(kDeterminers, k + 1)) {
        size_t run = CapRunEnd(k + 1, end);
        if (run > k + 1 && run <= k + 4) {
          k = run;
          continue;
        }
      }
      break;
    }
    return k;
  }

  // The source after a prepositional phrase that opens at `k` ("a la
  // salida del tribunal | la portavoz", "de son côté | Marc Dufresnoy");
  // nullopt when `k` opens no such phrase or no name or description follows.
  std::optional<Mention> SourceAfterPrepositionalPhrase(size_t k, int s) {
    const size_t end = SentEnd(s);
    if (k >= end || !IsWord(k) || a_.tokens[k].in_quote || !In(kFunctionWords, k) ||
        (In(kDeterminers, k) && !In(kAffiliationPrepositions, k)) ||
        In(kPronouns, k) || In(kClauseOpeners, k)) {
      return std::nullopt;
    }
    for (size_t t = k + 2; t < end && t <= k + 8; ++t) {
      if (!IsWord(t) || a_.tokens[t].in_quote || In(kClauseOpeners, t)) return std::nullopt;
      const size_t before = t - 1;
      const bool after_noun = IsWord(before) && !In(kFunctionWords, before) && !In(kDeterminers, before) &&
                              !In(kAffiliationPrepositions, before);
      // "del", "du", "della": a preposition and article in one word goes on
      // with the phrase.
      // A bare anonymous head may open it ("fonte oficial do Ministério").
      if (!after_noun || !(In(kDeterminers, t) || Cap(t) || In(kAnonymousHeads, t)) ||
          In(kAffiliationPrepositions, t)) {
        continue;
      }
      auto m = ParseRight(t, s, /*inverted=*/true);
      if (m && (m->type == MentionType::kName || m->type == MentionType::kDescription ||
                m->type == MentionType::kAnaphor)) {
        return m;
      }
    }
    return std::nullopt;
  }

  // Whether the words from `k` to the end of the clause (a punctuation mark
  // or the sentence's end, at most three words) are an addressee: they open
  // with a word of addressee-words, of addressee-prepositions, a determiner
  // or an elided addressee ("all’Ansa"), and hold no clause opener, pronoun,
  // cue or quote.
  bool AddresseeClosesClause(size_t k, int s) const {
    const size_t end = SentEnd(s);
    if (k >= end || !IsWord(k) || a_.tokens[k].in_quote) return false;
    if (!Has(addressee_words_, k) && !Has(addressee_prepositions_, k) && !In(kDeterminers, k) &&
        !ElidedAddressee(k)) {
      return false;
    }
    size_t t = k;
    while (t < end && IsWord(t)) {
      if (t >= k + 3 || a_.tokens[t].in_quote || In(kClauseOpeners, t) || (t > k && In(kRelativeOpeners, t)) ||
          (t > k && In(kPronouns, t)) || CueStartsAt(t)) {
        return false;
      }
      ++t;
    }
    return t >= end || !a_.tokens[t].in_quote;
  }

  // The subject after an addressee that opens at `k`, right after an
  // inverted cue: a phrase opened by a word of addressee-prepositions ("a
  // Efe", "à la presse", "ai giornalisti", "à imprensa") runs to the first
  // determiner or capitalized word after one of its nouns; a word of
  // addressee-words ("журналистам", "ТАСС") is the addressee alone. A
  // pronoun is no such subject.
  std::optional<Mention> SourceAfterAddressee(size_t k, int s) {
    const size_t end = SentEnd(s);
    if (k + 1 >= end || !IsWord(k)) return std::nullopt;
    std::optional<Mention> m;
    if (Has(addressee_words_, k)) {
      // "заявил журналистам в понедельник Иван Коротков": a time phrase
      // after the addressee is the cue's too, no role of the subject.
      size_t from = k + 1;
      if (const size_t te = TimePhraseEnd(from, end); te != std::string::npos && te + 1 < end) from = te + 1;
      if (IsWord(from) && !a_.tokens[from].in_quote) m = ParseRight(from, s, /*inverted=*/true);
    } else if (Has(addressee_prepositions_, k)) {
      for (size_t t = k + 2; t < end && t <= k + 6; ++t) {
        if (!IsWord(t) || a_.tokens[t].in_quote || In(kClauseOpeners, t)) return std::nullopt;
        const size_t before = t - 1;
        const bool after_noun = !In(kFunctionWords, before) && !In(kDeterminers, before) &&
                                !In(kAffiliationPrepositions, before) && !Has(addressee_prepositions_, before);
        if (!after_noun || !(In(kDeterminers, t) || Cap(t)) || In(kAffiliationPrepositions, t)) continue;
        m = ParseRight(t, s, /*inverted=*/true);
        break;
      }
    }
    if (m && m->type != MentionType::kName && m->type != MentionType::kDescription &&
        m->type != MentionType::kAnaphor && m->type != MentionType::kOrganization) {
      m.reset();
    }
    return m;
  }
  // "Am Montag sagte Minister Jens Bauer, …", "Im Interview sagte Bauer,
  // …": in German a sentence opened by a preposition of list
  // inversion-prepositions has that phrase before its verb (a subject never
  // starts with a preposition), so the subject follows the verb (verb-second
  // order). The cue must come within eight words of the sentence's start,
  // with no comma, quote, dash or subject pronoun before it.
  bool FrontedPhraseBefore(const CueHit& c, int s) const {
    if (inversion_prepositions_.empty()) return false;
    const size_t sf = SentFirst(s);
    if (c.first <= sf + 1 || c.first > sf + 8 || !IsWord(sf) || a_.tokens[sf].in_quote ||
        !Has(inversion_prepositions_, sf)) {
      return false;
    }
    for (size_t k = sf + 1; k < c.first; ++k) {
      if (!IsWord(k) || a_.tokens[k].in_quote || In(kPronounsSubject, k)) return false;
    }
    // "Im Ministerium hieß es, …": an impersonal "es" (a function word that
    // is no subject pronoun or determiner) after the verb, or ending the cue
    // ("hieß es" is one), leaves the fronted phrase as the source.
    for (size_t k = c.first + 1; k <= c.last + 1 && k < SentEnd(s); ++k) {
      if (IsWord(k) && In(kFunctionWords, k) && !In(kPronounsSubject, k) && !In(kDeterminers, k)) return false;
    }
    return true;
  }


  // The first token of a phrase of list back-reference-openers ("об
  // этом", "das", "así lo", "lo", "è quanto", "foi o que") that opens the
  // sentence of cue `c` and ends right before it, with nothing but that
  // phrase before the cue; SIZE_MAX when there is none. Entries are
  // lower-case words separated by spaces.
  size_t BackReferenceOpener(const CueHit& c) const {
    if (c.entry == nullptr || c.entry->source_follows) return SIZE_MAX;
    return BackReferenceBefore(c.first, c.sentence) ? SentFirst(c.sentence) : SIZE_MAX;
  }
  // Whether the words from sentence `s`'s start up to token `i` (at most
  // four) are a phrase of list back-reference-openers.
  bool BackReferenceBefore(size_t i, int s) const {
    if (QuoteBackReferenceBefore(i, s)) return true;
    const size_t first = SentFirst(s);
    if (back_reference_openers_.empty() || i <= first || i > first + 4) return false;
    std::string phrase;
    for (size_t t = first; t < i; ++t) {
      if (!IsWord(t) || a_.tokens[t].in_quote) return false;
      if (!phrase.empty()) phrase += ' ';
      phrase += Low(t);
    }
    return HasWord(back_reference_openers_, phrase);
  }

  // "“…”, lo confirmó la portavoz", "« … », les a démentis le ministre",
  // "«…», — это опроверг министр": between the comma (or dash) after a
  // quote that opens the sentence and cue word `i`, one word of list
  // quote-back-references (an object pronoun, or "это") or a phrase of
  // back-reference-openers ("así lo") stands for the quote, the cue's
  // object; the subject follows the cue, as after "Así lo afirmó".
  bool QuoteBackReferenceBefore(size_t i, int s) const {
    const size_t first = SentFirst(s);
    if (i < first + 2 || i > first + 200) return false;
    // ("« … », l'a confirmé la porte-parole": the pronoun elided and glued
    // to the auxiliary, French and Italian.)
    const std::string& w = Low(i);
    const bool glued =
        (a_.language == "fr" || a_.language == "it") && (w.rfind("l'", 0) == 0 || w.rfind("l\xE2\x80\x99", 0) == 0);
    size_t k = i;
    if (!glued) {
      while (k > first && IsWord(k - 1) && !a_.tokens[k - 1].in_quote && i - k < 3) --k;
      if (k == i || k == first) return false;
      std::string phrase;
      for (size_t t = k; t < i; ++t) {
        if (!phrase.empty()) phrase += ' ';
        phrase += Low(t);
      }
      if (!(k + 1 == i && HasWord(quote_back_references_, phrase)) && !HasWord(back_reference_openers_, phrase)) {
        return false;
      }
    }
    // Only a comma or a dash between the quote and the phrase, at least one.
    size_t b = k;
    while (b > first && !IsWord(b - 1) && !a_.tokens[b - 1].in_quote && (IsComma(b - 1) || IsDash(b - 1))) --b;
    const size_t at = a_.tokens[b].span.begin;
    const auto& qs = a_.quote_spans;
    auto it =
        std::upper_bound(qs.begin(), qs.end(), at, [](size_t x, const QuoteSpan& q) { return x < q.outer.begin; });
    while (it != qs.begin()) {
      const QuoteSpan& q = *--it;
      if (q.level != 1) continue;
      if (q.outer.end > at) return false;
      for (size_t x = q.outer.end; x < at; ++x) {
        if (w_[x] != ' ') return false;
      }
      // ("“…,” lo confirmó": the comma inside the marks.)
      return q.inner.size() > 0 && StartsSentence(q) && (b < k || w_[q.inner.end - 1] == ',');
    }
    return false;
  }

  // Whether CJK cue `c` stands with a quote in its sentence and no subject
  // written before it: "そのうえで、「…」と強調した。", "随后强调：“…”". Outside
  // the quotes, no topic particle (list topic-particles: は, が, も) stands
  // before the cue; in a sentence with no hiragana there (Chinese), only
  // cue adverbs, time words, dates and verb coordinators do.
  bool ZeroSubjectCjk(const CueHit& c) const {
    const int s = c.sentence;
    bool quote = false;
    for (size_t t = SentFirst(s); t < SentEnd(s) && !quote; ++t) quote = a_.tokens[t].in_quote;
    if (!quote) return false;
    bool kana = false, other = false;
    for (size_t t = SentFirst(s); t < c.first; ++t) {
      if (a_.tokens[t].in_quote || !IsWord(t)) continue;
      if (InWord(kTopicParticles, std::string(Tok(t)))) return false;
      if (CjkHiragana(t)) {
        kana = true;
      } else if (!(In(kCueAdverbs, t) || In(kTimeWords, t) || IsCjkDate(t) || IsCjkDateUnit(t) ||
                   In(kVerbCoordinators, t))) {
        other = true;
      }
    }
    return kana || !other;
  }

  // "„…“, teilte der Sprecher mit.": the particle of a separable verb
  // after its subject closes the verb; the source ends before it ("der
  // Sprecher", not "der Sprecher mit").
  void ClipSourceAtParticle(PendingAttribution& p) {
    const CueHit& c = p.cue;
    if (c.particle == SIZE_MAX || !p.mention || c.particle == 0 || c.particle >= a_.tokens.size()) return;
    Mention& m = *p.mention;
    const Span particle = a_.tokens[c.particle].span;
    if (m.span.begin >= particle.begin || m.span.end <= particle.begin) return;
    size_t last = c.particle - 1;
    if (a_.tokens[last].span.end <= m.span.begin) return;
    // A description is read again over its words left ("der Sprecher mit"
    // had been described by its postmodifier "mit").
    const size_t b = TokenStartingAt(m.span.begin);
    if (m.type == MentionType::kDescription && b < last) {
      size_t h = last;
      for (size_t t = b; t <= last; ++t) {
        if (Low(t) == m.head) h = t;
      }
      // (Its type may change: "der Sprecher" alone refers back.)
      if (auto again = ClassifyDescription(b, h, last)) {
        again->source = m.source;
        m = *again;
        return;
      }
    }
    const std::string old_text(w_.substr(m.span.begin, m.span.size()));
    m.span.end = a_.tokens[last].span.end;
    if (m.name == old_text) m.name = std::string(w_.substr(m.span.begin, m.span.size()));
  }

  void FindSource(PendingAttribution& p) {
    const CueHit& c = p.cue;
    int s = c.sentence;
    // "Her reason: “…”": the colon reading gave the source already.
    if (c.entry == &colon_cue_ && p.mention) return;
    if (c.entry == &poll_cue_) return;  // FindPollAttributions gave the poll
    if (OpenerGerundSource(p)) return;
    if (Cjk(c.first)) {
      bool zh_adverbs_only = false;  // only Chinese cue adverbs before the cue
      if (c.entry->source_follows) {
        p.mention = ParseRightCjk(c.last + 1, s);
      } else if (c.first > SentFirst(s) && Tok(c.first) == "\xE3\x81\xA8" &&  // と
                 !a_.tokens[c.first - 1].in_quote && IsWord(c.first - 1)) {
        // "複数の政府関係者は、計画は中止されたと述べた": what stands before
        // the quotative と is what was said, not a noun phrase; the source is
        // a phrase a topic particle marks before it that the lists know
        // (else there is none: the last character had been a named source).
        // A phrase whose particle a comma follows opens the sentence as its
        // subject; the others may be in what was said ("計画は").
        p.mention = TopicSubjectCjk(c.first - 1, s, /*known_only=*/true, /*comma_after=*/true);
        if (!p.mention) p.mention = TopicSubjectCjk(c.first - 1, s, /*known_only=*/true);
        if (p.mention && p.mention->type == MentionType::kDocument) p.mention.reset();
      } else if (c.first > SentFirst(s)) {
        // "她还说", "王丽华同时指出", "同时指出：“…”": Chinese adverbs of the
        // cue (list cue-adverbs; no kana, so not Japanese) stand between the
        // subject and the verb; the subject ends before them, and with only
        // adverbs before the cue none is written (a zero subject, below).
        // (A CJK word may span several tokens: the entries are matched on
        // the text that ends at the cue.)
        size_t e = c.first - 1;
        bool adverbs_only = false;
        for (int guard = 0; guard < 3 && IsWord(e) && !a_.tokens[e].in_quote && Cjk(e) && !CjkHiragana(e); ++guard) {
          const size_t from = a_.tokens[SentFirst(s)].span.begin;
          std::string entry;
          if (!EndsWithEntry(std::string(w_.substr(from, a_.tokens[e].span.end - from)), "cue-adverbs", &entry)) break;
          const size_t start = a_.tokens[e].span.end - entry.size();
          size_t b = e;
          while (b > SentFirst(s) && a_.tokens[b].span.begin > start) --b;
          if (a_.tokens[b].span.begin != start) break;
          if (b == SentFirst(s)) {
            adverbs_only = true;
            break;
          }
          e = b - 1;
        }
        // "また「…」とも語った": a Japanese adverb (list cue-adverbs) alone
        // before the quote is no subject either.
        if (!adverbs_only) {
          size_t q = c.first - 1;
          while (q > SentFirst(s) && a_.tokens[q].in_quote) --q;
          if (q < c.first - 1 && !a_.tokens[q].in_quote) {
            std::string before(w_.substr(a_.tokens[SentFirst(s)].span.begin,
                                         a_.tokens[q].span.end - a_.tokens[SentFirst(s)].span.begin));
            static const std::string kComma = "\xE3\x80\x81";  // 、
            if (before.size() > kComma.size() && before.compare(before.size() - kComma.size(), kComma.size(), kComma) == 0) {
              before.resize(before.size() - kComma.size());
            }
            adverbs_only = HasWord(pack_.Words("cue-adverbs"), before);
          }
        }
        zh_adverbs_only = adverbs_only;
        if (!adverbs_only) p.mention = ParseLeftCjk(e, s);
        // "達瑟方面則矢口否認，並稱 …": a cue joined to an earlier verb
        // shares the subject that opens the sentence.
        if (!p.mention && In(kVerbCoordinators, c.first - 1) && c.first - 1 > SentFirst(s)) {
          auto subject = ParseRightCjk(SentFirst(s), s);
          if (subject && subject->span.end <= a_.tokens[c.first - 1].span.begin &&
              subject->type != MentionType::kPronoun) {
            p.mention = subject;
          }
        }
      }
      if (!p.mention && !c.entry->source_follows && (ZeroSubjectCjk(c) || (zh_adverbs_only && QuoteInSentence(s)))) {
        p.zero_subject = true;
      }
      return;
    }
    // "HALVORSEN: …" in a transcript: a surname in capitals before the
    // colon is the person the article names in full (FindColonAttributions).
    if (c.entry == &colon_cue_ && c.first == SentFirst(s) + 1) {
      const std::string name = TitleCaseOfCapitals(Tok(SentFirst(s)));
      if (name != Tok(SentFirst(s)) && surnames_.count(name) > 0) {
        p.mention = MentionFromRange(SentFirst(s), SentFirst(s));
        if (p.mention) {
          p.mention->type = MentionType::kName;
          p.mention->name = name;
        }
        return;
      }
    }
    if (QuestionPassive(c)) {
      p.question_passive = true;
      if (c.last + 2 < SentEnd(s) && LowIs(c.last + 1, "by")) p.mention = ParseRight(c.last + 2, s);
      return;
    }
    // "As reported by the Kestrel Times, …", "as first noted by Lee": a
    // participle after a subordinator, with its agent; the source is the
    // agent, the content the clause the subordinate phrase is set against.
    {
      size_t b = c.first;
      while (b > SentFirst(s) && IsWord(b - 1) && In(kCueAdverbs, b - 1)) --b;
      if (b > SentFirst(s) && IsWord(b - 1) && !a_.tokens[b - 1].in_quote && Has(subordinators_, b - 1) &&
          (b - 1 == SentFirst(s) || IsComma(b - 2)) && c.last + 2 < SentEnd(s) &&
          Has(agent_prepositions_, c.last + 1) && !a_.tokens[c.last + 1].in_quote) {
        p.mention = ParseRight(c.last + 2, s);
        if (p.mention) return;
      }
    }
    // ("It was reported that …": an impersonal "it" is read below.)
    // "It appears that …", "it would seem": an impersonal "it" before a
    // hedge stands for nobody, as before a passive cue.
    if (Hedge(c)) {
      const size_t g = SpeechPassive(c);
      if (g > SentFirst(s) && IsWord(g - 1) && !a_.tokens[g - 1].in_quote && In(kPronounsNeuter, g - 1)) {
        p.mention = MentionFromRange(g - 1, g - 1);
        if (p.mention) {
          p.mention->type = MentionType::kPronoun;
          p.mention->head = Low(g - 1);
          p.expletive = true;
          return;
        }
      }
    }
    if (const size_t g = SpeechPassive(c);
        g != SIZE_MAX && !(g > SentFirst(s) && IsWord(g - 1) && In(kPronounsNeuter, g - 1))) {
      // The subject: a noun phrase or pronoun ending right before the
      // verb group, or a relative pronoun ("which is expected to draw").
      // After a coordinator (list verb-coordinators) the subject is the
      // first verb's, and the cue stands with no source and its content.
      if (g > SentFirst(s) + 1 && IsWord(g - 1) && !a_.tokens[g - 1].in_quote && In(kVerbCoordinators, g - 1) &&
          !Cap(g - 1) && c.last + 1 < SentEnd(s) && !Has(agent_prepositions_, c.last + 1)) {
        p.coordinated_passive = true;
        return;
      }
      if (g > SentFirst(s) && IsWord(g - 1) && !a_.tokens[g - 1].in_quote) {
        size_t first = SIZE_MAX;
        if (In(kRelativeOpeners, g - 1)) {
          first = g - 1;
        } else if (auto m = ParseLeft(g - 1, s); m && m->span.end == a_.tokens[g - 1].span.end) {
          first = TokenStartingAt(m->span.begin);
        } else {
          // A phrase no list knows ("The plan was announced").
          first = std::min(first, UnlistedSubjectBefore(g, s));
        }
        if (first < g) {
          p.passive_first = static_cast<uint32_t>(first);
          // (A hedging adverb's verb group before it is the content's.)
          p.passive_end = static_cast<uint32_t>(HedgeAdverb(c) ? c.first : g);
        }
      } else if (g > SentFirst(s) + 3 && IsComma(g - 1) && !a_.tokens[g - 1].in_quote) {
        // "The ferry plan, however, seems unlikely to pass", "The board, led
        // by Ana Ruiz, is expected to vote": a phrase set off by commas
        // between the subject and the verb group. The subject is the noun
        // phrase before the first comma; a parenthetical word or phrase
        // ("however", "in a hangar", an appositive) is content with it, up
        // to its closing comma, a
        // relative or participle clause or a time phrase ("who hosts …",
        // "led by …", "until recently") is not, as PolNeAR marks them.
        size_t open = SIZE_MAX;
        for (size_t k = g - 2; k > SentFirst(s) && g - 1 - k <= 14; --k) {
          if (a_.tokens[k].in_quote || (!IsWord(k) && !IsComma(k) && a_.tokens[k].type != TokenType::kNumber)) break;
          if (IsComma(k)) {
            open = k;
            break;
          }
        }
        if (open != SIZE_MAX && open + 1 < g - 1 && IsWord(open - 1) && !a_.tokens[open - 1].in_quote &&
            IsWord(open + 1)) {
          size_t first = SIZE_MAX;
          if (auto m = ParseLeft(open - 1, s); m && m->span.end == a_.tokens[open - 1].span.end) {
            first = TokenStartingAt(m->span.begin);
          } else {
            // A phrase no list knows ("The ferry plan, however,").
            first = UnlistedSubjectBefore(open, s);
          }
          if (first < open && first >= SentFirst(s)) {
            const size_t o = open + 1;
            const bool clause = !Has(interjected_words_, o) &&
                                (In(kRelativeOpeners, o) || Participle(o) || EndsWithParticiple(Low(o)) ||
                                 Has(subordinators_, o) || In(kTimeWords, o) ||
                                 TimePhraseEnd(o, SentEnd(s)) != std::string::npos);
            p.passive_first = static_cast<uint32_t>(first);
            p.passive_end = static_cast<uint32_t>(clause ? open : g);
          }
        }
      }
      // The agent: "was first reported by MSNBC".
      size_t k = c.last + 1;
      if (k + 1 < SentEnd(s) && Has(agent_prepositions_, k) && !a_.tokens[k].in_quote) {
        p.mention = ParseRight(k + 1, s);
      } else if (const size_t by = Hedge(c) ? SIZE_MAX : AgentAfterAdjunct(k, s); by != SIZE_MAX) {
        p.mention = ParseRight(by + 1, s);
      }
      return;
    }
    if (c.entry->source_follows) {
      size_t from = c.last + 1;
      // "según consta en el informe", "según figura en el contrato": a verb
      // of record (list source-after-verbs) and its preposition stand
      // between the cue and the source.
      if (from + 1 < SentEnd(s) && IsWord(from) && !a_.tokens[from].in_quote && Has(source_after_verbs_, from)) {
        ++from;
        if (from + 1 < SentEnd(s) && IsWord(from) && In(kFunctionWords, from) && !In(kDeterminers, from)) ++from;
      }
      // "secondo quanto riferito da persone …", "según lo informado por
      // fuentes …": a neuter pronoun (list source-after-pronouns), a
      // participle and an agent preposition (agent-prepositions) stand
      // between the cue and the source; they had opened its name.
      if (from + 3 < SentEnd(s) && IsWord(from) && !a_.tokens[from].in_quote && Has(source_after_pronouns_, from) &&
          IsWord(from + 1) && !Cap(from + 1) && !a_.tokens[from + 1].in_quote && !IsHead(from + 1) &&
          Has(agent_prepositions_, from + 2) && !a_.tokens[from + 2].in_quote && IsWord(from + 3)) {
        from += 3;
      }
      if (OwnReportingAt(c.last + 1, s) || OwnReportingAt(from, s)) {
        p.own_reporting = true;
        return;
      }
      if (from < SentEnd(s)) p.mention = ParseRight(from, s);
      // "По словам министра сельского хозяйства Дмитрия Патрушева, …": a
      // role noun, its genitive complement and the name that closes the
      // phrase, read as after an inverted verb; the source is the person.
      // (The span ends at the comma: "according to Variety, Trump …" names
      // no source "Variety, Trump …".)
      if (p.mention && p.mention->type == MentionType::kDescription) {
        auto named = ParseRight(from, s, /*inverted=*/true);
        if (named && named->type == MentionType::kName) {
          size_t t = from;
          while (t < SentEnd(s) && !IsComma(t) && a_.tokens[t].span.end < named->span.end) ++t;
          if (t < SentEnd(s) && IsComma(t) && t > from) named->span.end = a_.tokens[t - 1].span.end;
          p.mention = named;
        }
      }
      if (!p.mention && from < SentEnd(s)) p.mention = UnlistedSourceAfter(from, s);
      if (!p.mention && from < SentEnd(s)) p.mention = CitedPhraseAfter(from, s);
      // "according to the magazine “Kell Weekly”": the title after the
      // noun names the source, and is part of it.
      if (p.mention) {
        const size_t next = TokenStartingAt(p.mention->span.end + 1);
        if (const size_t title = WorkTitleEndAt(next); title != std::string::npos && title < SentEnd(s)) {
          const auto& qs = a_.quote_spans;
          auto it = std::lower_bound(qs.begin(), qs.end(), a_.tokens[next].span.begin,
                                     [](const QuoteSpan& q, size_t pos) { return q.outer.begin < pos; });
          if (it != qs.end() && it->outer.begin == p.mention->span.end + 1) {
            p.mention->span.end = it->outer.end;
            if (!p.mention->name.empty()) p.mention->name = w_.substr(p.mention->span.begin, p.mention->span.size());
          }
        }
      }
      if (p.mention) ExtendCitedToClauseEnd(*p.mention, c, s);
      return;
    }
    // "De source gouvernementale, on indique …", "Desde la dirección del
    // partido indicaron …": a phrase opening the sentence with a preposition
    // of origin (list source-prepositions) names the source of a cue whose
    // subject is impersonal or not written.
    if (c.first > SentFirst(s) + 1 && Has(source_prepositions_, SentFirst(s))) {
      // The phrase ends before the comma, "on" or clitic in front of the cue.
      size_t e = c.first;
      while (e > SentFirst(s) + 1 && (IsComma(e - 1) || Has(impersonal_subjects_, e - 1) || Has(object_clitics_, e - 1))) {
        --e;
      }
      auto m = e > SentFirst(s) + 1 ? ParseRight(SentFirst(s) + 1, s) : std::nullopt;
      if (m && m->type != MentionType::kPronoun && m->type != MentionType::kName &&
          m->span.begin == a_.tokens[SentFirst(s) + 1].span.begin && m->span.end >= a_.tokens[e - 1].span.end) {
        if (m->span.end != a_.tokens[e - 1].span.end) {
          m->span.end = a_.tokens[e - 1].span.end;  // a phrase the parse ran on into the verb
          if (!m->name.empty()) m->name = w_.substr(m->span.begin, m->span.size());
        }
        p.mention = m;
        return;
      }
    }
    // Verb-second order (German): after a fronted adverb or object ("So
    // äußerte sich am Samstag ein Sprecher", "Das sagte gestern die
    // Ministerin") the subject follows the verb.
    bool verb_second = (c.first == SentFirst(s) + 1 && In(kInversionOpeners, SentFirst(s))) || FrontedPhraseBefore(c, s);
    // "Об этом заявил министр", "Así lo afirmó la ministra", "Lo ha detto
    // il ministro": the phrase refers back to what was said before; the
    // subject follows the verb.
    if (BackReferenceOpener(c) != SIZE_MAX) {
      p.back_reference = true;
      verb_second = true;
    }
    if (c.first > SentFirst(s) && !verb_second) {
      size_t j = c.first - 1;
      bool suffix_period = false;
      // "Joseph Biden Jr. said": the suffix's period belongs to the name.
      if (j > SentFirst(s) + 1 && IsPunct(j, ".") && IsWord(j - 1) && Cap(j - 1) &&
          a_.tokens[j - 1].span.end == a_.tokens[j].span.begin && Has(name_suffixes_, j - 1)) {
        --j;
        suffix_period = true;
      }
      // "La ministra nos dijo", "Il ministro ci ha detto": an object clitic
      // between the subject and the verb is in neither.
      if (j > SentFirst(s) + 1 && Has(object_clitics_, j) && IsWord(j - 1) && !a_.tokens[j - 1].in_quote &&
          !In(kDeterminers, j - 1) && !In(kPronouns, j - 1) && !In(kPronounsSubject, j - 1) &&
          !In(kVerbCoordinators, j - 1) && !In(kComplementizers, j - 1) && !In(kAffiliationPrepositions, j - 1)) {
        --j;
      } else if (j > SentFirst(s) + 2 && Has(object_clitics_, j) && IsComma(j - 1) && !a_.tokens[j - 1].in_quote &&
                 CommaClosesRelativeClause(j - 1, s)) {
        // "Un alto cargo, que pidió el anonimato, lo desmintió": the comma
        // closes a relative clause about the subject.
        --j;
      }
      // "Mi hanno detto", "Me dijo": an object clitic with no subject before
      // it; the verb's subject is not written.
      const bool clitic_only = Has(object_clitics_, j) && (j == SentFirst(s) || !IsWord(j - 1) ||
                                                           a_.tokens[j - 1].in_quote || In(kVerbCoordinators, j - 1));
      // "Газета «Ведомости» сообщила": the organisation's noun and its name
      // in quote marks.
      if (const QuoteSpan* q = QuotedNameAt(j, /*closing=*/true)) {
        const size_t open = TokenStartingAt(q->outer.begin);
        if (open > SentFirst(s) && open < j && OrganizationNounAt(open - 1)) {
          auto m = ParseLeft(open - 1, s);
          if (m && (m->type == MentionType::kOrganization || m->type == MentionType::kDescription) &&
              m->span.end == a_.tokens[open - 1].span.end) {
            m->type = MentionType::kOrganization;
            m->name = w_.substr(q->inner.begin, q->inner.size());
            m->span.end = q->outer.end;
            p.mention = m;
            return;
          }
        }
      }
      // "attacked the White House by urging …", "accused the moderators of
      // asking …": a participle cue right after a lower-case preposition
      // has no subject that ends with the preposition. After a gerund
      // opener ("by", "without") it shares the sentence's subject (below).
      // After a word of gerund-prepositions ("of", "for") the phrase before
      // it may be the participle's subject ("mocked Trump for calling"),
      // but its words are then reported inside the main verb's content,
      // which PolNeAR never nests; it gets no subject of its own.
      // (After a subordinator, "while adding", the phrase is parsed as before
      // and DropSourcesEndingInSubordinator drops the attribution.)
      const bool after_preposition = IsWord(j) && !Cap(j) && !a_.tokens[j].in_quote && Participle(c.first) &&
                                     (In(kGerundOpeners, j) || Has(gerund_prepositions_, j)) &&
                                     !Has(subordinators_, j);
      if (after_preposition) {
        // no subject before the cue
      } else if (!clitic_only && !(a_.tokens[j].in_quote) &&
                 !(IsComma(j) && j > SentFirst(s) && a_.tokens[j - 1].in_quote)) {
        // "led some councillors to argue": the object of the verb of
        // causing, and no more, is the source (CausedInfinitiveObject).
        if (LowIs(c.first, "to") && c.last > c.first) {
          if (const size_t ob = CausedInfinitiveObject(c.first + 1, c.last + 1, s); ob != SIZE_MAX) {
            auto m = ParseLeft(j, s);
            if (!m || m->span.begin != a_.tokens[ob].span.begin || m->span.end != a_.tokens[j].span.end) {
              m = MentionFromRange(ob, j);
              if (m) {
                m->type = MentionType::kDescription;
                m->head = Low(j);
                m->plural = Low(j).size() > 3 && Low(j).back() == 's';
              }
            }
            p.mention = m;
            return;
          }
        }
        p.mention = ParseLeft(j, s);
        if (p.mention && suffix_period && p.mention->span.end == a_.tokens[j].span.end) {
          p.mention->span.end = a_.tokens[j + 1].span.end;
        }
        if (p.mention) {
          if (auto outer = OuterOfPhrase(*p.mention, s)) p.mention = outer;
        }
        // "Republican activists clamoring to block the nominee say": a noun
        // phrase right after an infinitive ("to block") or a participle is
        // that verb's object, not the cue's subject.
        // (But "leaving many to wonder": the object of a verb of causing
        // is the source of the cue after it, CausedInfinitiveObject.)
        const bool caused = LowIs(c.first, "to") && c.last > c.first &&
                            CausedInfinitiveObject(c.first + 1, c.last + 1, s) != SIZE_MAX;
        if (p.mention && p.mention->type != MentionType::kPronoun && !caused) {
          const size_t mb = TokenStartingAt(p.mention->span.begin);
          if (mb > SentFirst(s) + 2 && IsWord(mb - 1) && !Cap(mb - 1) && !IsHead(mb - 1) &&
              (Participle(mb - 1) || (LowIs(mb - 2, "to") && IsPlainModifier(mb - 1)))) {
            p.mention.reset();
          }
          // "Residents who have long opposed the tower say": the object of
          // a relative clause's own verb.
          if (p.mention && mb > SentFirst(s) + 1 && cue_ends_[mb - 1]) {
            size_t cf = mb - 1;
            while (cf > SentFirst(s) && in_cue_[cf - 1] && !cue_ends_[cf - 1]) --cf;
            if (RelativeClauseVerb(cf, SentFirst(s))) p.mention.reset();
          }
        }
        // "A man who prayed at the mosque said", "A notice posted on the
        // site said", "72 percent of voters in a recent poll said": a phrase
        // after a preposition is the object inside the subject's
        // postmodifier; the subject is the whole phrase, read as a
        // restrictively modified one.
        if (p.mention && p.mention->type != MentionType::kPronoun && SubjectActs(c)) {
          const size_t mb = TokenStartingAt(p.mention->span.begin);
          if (mb > SentFirst(s) + 1 && IsWord(mb - 1) && !a_.tokens[mb - 1].in_quote && PrepositionAt(mb - 1) &&
              !Participle(c.first)) {
            auto whole = RestrictivelyModifiedSubject(j, s);
            if (whole && whole->span.begin < p.mention->span.begin) p.mention = whole;
          }
        }
        if (!p.mention && SubjectActs(c)) p.mention = RespondentsSubject(j, s);
        if (!p.mention && SubjectActs(c)) p.mention = RestrictivelyModifiedSubject(j, s);
        // "It is widely believed that …", "It was reported that …": an
        // impersonal "it" before a passive cue stands for nobody; the claim
        // has no source.
        if (p.mention) {
          bool passive = In(kCopulas, c.first);
          for (size_t t = TokenStartingAt(p.mention->span.end); t < c.first && !passive; ++t) passive = In(kCopulas, t);
          if (passive && p.mention->type == MentionType::kPronoun && InWord(kPronounsNeuter, p.mention->head)) {
            p.expletive = true;
            return;
          }
        }
        // A subject whose head noun no list knows, before a verb of
        // speech in the active voice followed by what was said (a clause,
        // a pronoun, a noun phrase): "Abortion rights advocates said the
        // ruling …". Not before a verb of belief or a passive ("The
        // decision is expected"), where a thing is as likely as a person,
        // nor before a preposition ("… warned about the design").
        // ("Other leaders said on Thursday that …": a time phrase after
        // the verb is the verb's.)
        size_t said_next = c.last + 1;
        if (said_next < SentEnd(s)) {
          const size_t time_end = TimePhraseEnd(said_next, SentEnd(s));
          if (time_end != std::string::npos && time_end + 1 < SentEnd(s)) said_next = time_end + 1;
          const size_t manner_end = MannerPhraseEnd(said_next, SentEnd(s));  // "said in a statement that"
          if (manner_end != std::string::npos && manner_end + 1 < SentEnd(s)) said_next = manner_end + 1;
        }
        if (!p.mention && SubjectActs(c) && !In(kDocumentCues, c.first) &&
            !InWord(kContinuationCues, CueKey(c)) && said_next < SentEnd(s) &&
            (!PrepositionAt(said_next) || QuoteIntroducedAt(said_next) ||
             // "Both leaders pledged to retain …": an infinitive, not a
             // preposition's object.
             (LowIs(said_next, "to") && said_next + 1 < SentEnd(s) && IsPlainModifier(said_next + 1)))) {
          const size_t k = SkipLeft(j, s);
          bool passive = In(kCopulas, c.first);
          for (size_t t = k + 1; t < c.first; ++t) passive = passive || BeFormAt(t);
          // "Full-blown capitalists are saying …", "Puerto Rico has been
          // warning …": a form of "be" before the present participle of the
          // verb of speech makes a progressive, which is active (as
          // SpeechPassive reads it).
          if (passive && a_.language == "en" && !In(kCopulas, c.first) && Participle(c.first)) passive = false;
          if (!passive) p.mention = UnlistedSubject(k, s, /*after_quote=*/false, /*speech=*/true);
          // "The justice, who has been in a scuffle with Trump, said": a
          // relative clause set off by commas between such a subject and
          // its verb; the subject is the phrase before the clause, as for a
          // listed head ("The mayor, who is 83, said").
          if (!passive && !p.mention) {
            const size_t open = RelativeClauseOpenBefore(k, s);
            if (open != SIZE_MAX) p.mention = UnlistedSubject(open - 1, s, /*after_quote=*/false, /*speech=*/true);
          }
          if (!passive && !p.mention) p.mention = SubjectBeforeExamples(k, s);
        } else if (!p.mention && SubjectActs(c)) {
          // “…,” the 43-year-old asked: right after a quote, the phrase
          // before a verb of speech is the speaker whatever follows the verb.
          p.mention = UnlistedSubject(SkipLeft(j, s), s, /*after_quote=*/true, /*speech=*/true);
          // "The rent is too high, the tenants say.", "The cause, dock
          // workers and their unions say, is the pay": a reporting clause
          // set off by a comma before it and ending the sentence or closed
          // by a comma; what was said is around it.
          if (!p.mention && !In(kDocumentCues, c.first) && !InWord(kContinuationCues, CueKey(c))) {
            p.mention = ReportingClauseSubject(c, j, s);
          }
        }
      }
    }
    if (p.mention) return;
    // "a-t-il déclaré lundi soir devant le conseil": a subject pronoun glued
    // into the cue is the source; nothing after the cue is.
    p.mention = GluedSubjectPronoun(c);
    if (p.mention) return;
    // Inverted: “…,” said Wu; or a participle after a comma: "…, saying".
    bool after_quote_or_comma = verb_second || c.first == SentFirst(s) ||
                                (c.first > SentFirst(s) && (IsComma(c.first - 1) || a_.tokens[c.first - 1].in_quote ||
                                                            IsDash(c.first - 1)));
    if (after_quote_or_comma && !verb_second && CommaBeforeCue(c)) {
      if (auto subject = AppositiveSubjectBefore(c)) {
        p.mention = std::move(subject);
        return;
      }
    }
    // A participle ("…, hoping for …", "…, saying …") never has its source
    // after it.
    const std::string& core = Low(c.first);
    bool participle = core.size() > 4 && core.compare(core.size() - 3, 3, "ing") == 0;
    // A function word after the cue ("said in …", "said so") opens no
    // source; but the packs also list there the head nouns that are only
    // capitalized at a sentence's start (ru "министр", de "Sprecher"), and
    // those do: "«…», — сказал министр Иван Петров".
    if (after_quote_or_comma && c.last + 1 < SentEnd(s) && !participle &&
        !In(kClauseOpeners, c.last + 1)) {  // "said that …" opens the content
      const size_t next = c.last + 1;
      bool function_word = In(kFunctionWords, next) && !In(kDeterminers, next) &&
                           !In(kPronouns, next) && !IsHead(next);
      // "«…», ha detto all’Ansa.": an addressee glued to its elided
      // preposition opens no source; a subject may follow it.
      if (ElidedAddressee(next)) {
        function_word = true;
        if (!p.mention && next + 1 < SentEnd(s) && IsWord(next + 1) && !a_.tokens[next + 1].in_quote) {
          p.mention = ParseRight(next + 1, s, /*inverted=*/true);
          if (p.mention && p.mention->type == MentionType::kPronoun) p.mention.reset();
        }
      }
      // "…, dijo a Efe la portavoz", "a déclaré à la presse le maire",
      // "сообщил ТАСС директор порта": the addressee between the inverted
      // verb and its subject is neither.
      if (!p.mention && !a_.tokens[next].in_quote) p.mention = SourceAfterAddressee(next, s);
      // "a assuré de son côté Marc Dufresnoy", "ha detto dal canto suo il
      // sindaco", "afirmou por sua vez a ministra": a phrase of list
      // inverted-cue-asides between the inverted verb and its subject is
      // neither (it had been read as the subject's role).
      if (!p.mention && !a_.tokens[next].in_quote) {
        if (const size_t n = PhraseStartingAt(inverted_cue_asides_, next, s);
            n > 0 && next + n < SentEnd(s) && IsWord(next + n) && !a_.tokens[next + n].in_quote &&
            (In(kDeterminers, next + n) || Cap(next + n) || IsHead(next + n))) {
          p.mention = ParseRight(next + n, s, /*inverted=*/true);
          if (p.mention && p.mention->type == MentionType::kPronoun) p.mention.reset();
        }
      }
      // "a déclaré jeudi soir le maire": the time phrase is the cue's.
      size_t time_end = TimePhraseEnd(next, SentEnd(s));
      if (!function_word && time_end != std::string::npos && time_end + 1 < SentEnd(s) && IsWord(time_end + 1) &&
          (In(kDeterminers, time_end + 1) || IsHead(time_end + 1))) {
        p.mention = ParseRight(time_end + 1, s, /*inverted=*/true);
        if (p.mention && p.mention->type == MentionType::kPronoun) p.mention.reset();
      }
      if (!function_word && !p.mention) {
        p.mention = ParseRight(next, s, /*inverted=*/true);
        if (p.mention && p.mention->type == MentionType::kPronoun) {
          // "told him"; "…, saying he would run": the pronoun opens the
          // content. Only "“…,” said he." ends with its pronoun.
          size_t after = next + 1;
          bool ends = after >= SentEnd(s) || !IsWord(after) || after == c.particle;  // "gab er zu."
          // "— сказал он журналистам.", "sagte sie der Zeitung.", "dijo él a
          // la prensa.": outside English, an addressee that closes the clause
          // after the subject pronoun.
          if (!ends && a_.language != "en") ends = AddresseeClosesClause(after, s);
          if (!InWord(kPronounsSubject, p.mention->head) || !ends) p.mention.reset();
        }
      }
      // “How big is that wall?” asked the boy: after a quote, the phrase
      // after a verb of speech is the speaker, listed head or not.
      if (!p.mention && !function_word && QuoteEndsBefore(c.first, /*speech_marked=*/false) &&
          c.entry->tone != CueTone::kNonSpeech) {
        p.mention = UnlistedSpeakerAfter(next, s);
        if (p.mention) RelativeClauseAfterInvertedSource(*p.mention, s);
      }
      // "dijo ayer el ministro", "sagte am Samstag in Velmarstadt ein
      // Sprecher": time and place phrases between the verb and its subject.
      if (!p.mention) {
        size_t k = SkipAdverbialsRight(next, SentEnd(s));
        if (k > next && k < SentEnd(s)) {
          p.mention = ParseRight(k, s, /*inverted=*/true);
          if (p.mention && p.mention->type == MentionType::kPronoun) p.mention.reset();
        }
      }
      // "«…», dijo a la salida del tribunal la portavoz …", "«…», a assuré
      // de son côté Marc Dufresnoy": after a quote, a prepositional phrase
      // between the verb and its subject. The subject starts at the first
      // determiner or capitalized word that follows a noun of that phrase.
      // Also after a comma: "…, confirmou ao Diário do Litoral fonte oficial
      // do Ministério".
      // There (the comma may also close an apposition of a subject the parse
      // missed: "Comey Jr., the director …, said at a news conference in New
      // York") only an unnamed source with an anonymous head counts.
      if (!p.mention && c.entry->tone != CueTone::kNonSpeech) {
        if (QuoteEndsBefore(c.first, /*speech_marked=*/false, /*opens_sentence=*/false)) {
          p.mention = SourceAfterPrepositionalPhrase(next, s);
        } else if (c.first > SentFirst(s) && IsComma(c.first - 1)) {
          p.mention = SourceAfterPrepositionalPhrase(next, s);
          if (p.mention && !(p.mention->type == MentionType::kDescription && InWord(kAnonymousHeads, p.mention->head))) {
            p.mention.reset();
          }
        }
      }
    }
    // ("“…,” adding, “…”": the comma may be written inside the quote that
    // closes right before the participle.)
    // (The closing mark may be two tokens, as in "''".)
    bool comma_in_closing_quote = false;
    if (c.first > SentFirst(s) + 1 && ClosingMarkAt(c.first - 1)) {
      size_t m = c.first - 1;
      if (m > SentFirst(s) + 1 && a_.tokens[m - 1].in_quote && !IsWord(m - 1) && !IsComma(m - 1) &&
          a_.tokens[m - 1].span.end == a_.tokens[m].span.begin) {
        --m;
      }
      comma_in_closing_quote = IsComma(m - 1) && a_.tokens[m - 1].in_quote;
    }
    if (!p.mention && c.first > SentFirst(s) &&
        (IsComma(c.first - 1) || In(kGerundOpeners, c.first - 1) || comma_in_closing_quote) &&
        (participle || In(kParticipleCues, c.first))) {
      p.inherit_sentence_source = true;
      p.participle_after_quote = comma_in_closing_quote;
      // "Mr. Obama revised his plans, saying …": with no cue before it in
      // the sentence, the participle's subject is the sentence's subject.
      auto subject = SentenceSubject(s, c.first - 1, /*unlisted_role=*/true);
      p.sentence_subject = subject ? std::make_unique<Mention>(std::move(*subject)) : nullptr;
      if (p.sentence_subject &&
          (first_cue_end_[static_cast<size_t>(s)] >= c.first || EarlierCuesSubordinate(s, c.first, *p.sentence_subject))) {
        p.mention = *p.sentence_subject;
        p.inherit_sentence_source = false;
      }
    }
    if (!p.mention && !p.inherit_sentence_source) CoordinatedSubject(p);
    if (!p.mention && InWord(kContinuationCues, CueKey(c))) p.continuation = true;
    if (!p.mention && !p.inherit_sentence_source && !p.continuation && !p.own_reporting) MarkNullSubject(p);
  }

  // "Joan Hale, the county clerk, praised Tom Bell": a cue right after a
  // comma that no quote closes, in English, and with no agent ("by") after
  // it. Its subject may stand before an apposition that the comma closes
  // (AppositiveSubjectBefore); the phrase after the verb is then its object,
  // not an inverted source.
  bool CommaBeforeCue(const CueHit& c) const {
    const int s = c.sentence;
    if (a_.language != "en" || c.first <= SentFirst(s) + 1) return false;
    const size_t m = c.first - 1;
    if (a_.tokens[m].in_quote || !(IsComma(m) || IsDash(m))) return false;
    if (a_.tokens[m - 1].in_quote || ClosingMarkAt(m - 1)) return false;
    // "deemed insufficient by Democrats": an agent after the verb is the
    // passive's source.
    if (c.last + 1 < SentEnd(s) && Has(agent_prepositions_, c.last + 1)) return false;
    return true;
  }

  // "The noise grew as Patti Davis, Ronald Reagan’s daughter, attacked
  // Trump": the subject of a cue right after a comma that closes an
  // apposition or a relative clause (opened by the comma before it, with
  // no quote, dash or cue inside) is the phrase before that clause, and
  // the source span runs to the closing comma (PolNeAR). nullopt when the
  // clause has no such shape or nothing before it parses as a source.
  std::optional<Mention> AppositiveSubjectBefore(const CueHit& c) {
    const int s = c.sentence;
    const size_t first = SentFirst(s), m = c.first - 1;
    if (!IsComma(m) || m < first + 3) return std::nullopt;
    // ("…, calling him …": a participle takes the sentence's subject.)
    const std::string& verb = Low(c.first);
    if (verb.size() > 4 && verb.compare(verb.size() - 3, 3, "ing") == 0) return std::nullopt;
    size_t open = SIZE_MAX;
    for (size_t k = m - 1; k > first && m - k < 40; --k) {
      if (a_.tokens[k].in_quote || IsDash(k) || cue_starts_[k]) return std::nullopt;
      if (IsComma(k)) {
        open = k;
        break;
      }
    }
    if (open == SIZE_MAX || open + 1 >= m || open < first + 1 || !IsWord(open + 1) || !IsWord(open - 1)) {
      return std::nullopt;
    }
    // (A single capitalized word is read as a place: "Benghazi, Libya,".)
    if (open + 2 == m && Cap(open + 1)) return std::nullopt;
    // The clause: a relative one ("who …"), or a noun phrase that fills
    // it ("a Clinton supporter", "Ronald Reagan’s daughter"), not a place
    // ("Burke County, Georgia,") nor a clause of its own ("Salem, Trump
    // went after Bush,").
    const size_t o = open + 1;
    if (Has(interjected_words_, o) || In(kClauseOpeners, o) || Has(subordinators_, o) || In(kPlaces, o)) {
      return std::nullopt;
    }
    std::optional<Mention> named_aside;
    if (!In(kRelativeOpeners, o)) {
      if (!In(kDeterminers, o) && !Cap(o) && !IsRoleStart(o)) return std::nullopt;
      auto aside = ParseRight(o, s);
      if (!aside || aside->span.begin != a_.tokens[o].span.begin || aside->span.end < a_.tokens[m - 1].span.end ||
          aside->type == MentionType::kOrganization) {
        return std::nullopt;
      }
      if (aside->type == MentionType::kName) named_aside = aside;
    }
    auto subject = ParseLeft(open - 1, s);
    if (!subject || subject->span.end != a_.tokens[open - 1].span.end || subject->type == MentionType::kPronoun ||
        subject->type == MentionType::kDocument) {
      return std::nullopt;
    }
    // "The head of the PAC backing former Gov. Jeb Bush, Mike Murphy,
    // praised": a name set off after a name that ends a longer phrase (a
    // word before it that opens no clause) is the speaker, and the name
    // before it only the end of his description; not this reading.
    if (named_aside && subject->type == MentionType::kName && Cap(open - 1)) {
      const size_t start = TokenStartingAt(subject->span.begin);
      if (start > first && IsWord(start - 1) && !a_.tokens[start - 1].in_quote && !In(kClauseOpeners, start - 1) &&
          !Has(subordinators_, start - 1) && !In(kVerbCoordinators, start - 1) && !In(kComplementizers, start - 1) &&
          !In(kRelativeOpeners, start - 1) && !LowIs(start - 1, "and") && !LowIs(start - 1, "or")) {
        return std::nullopt;
      }
    }
    subject->span.end = a_.tokens[m].span.end;
    // The apposition of a name is its role ("Ronald Reagan’s daughter").
    if (subject->type == MentionType::kName && subject->role.empty() && !In(kRelativeOpeners, o)) {
      subject->role = w_.substr(a_.tokens[o].span.begin, a_.tokens[m - 1].span.end - a_.tokens[o].span.begin);
    }
    return subject;
  }

  // The comma that opens a relative clause (list person-relatives or
  // thing-relatives, or "whose") closed by the comma at `k`, with no quote,
  // dash or other comma inside and a word before it, in English; SIZE_MAX
  // when there is none.
  size_t RelativeClauseOpenBefore(size_t k, int s) const {
    const size_t first = SentFirst(s);
    if (a_.language != "en" || k <= first + 2 || k >= SentEnd(s) || a_.tokens[k].in_quote || !IsComma(k)) {
      return SIZE_MAX;
    }
    for (size_t o = k - 1; o > first && k - o < 40; --o) {
      if (a_.tokens[o].in_quote || IsDash(o)) return SIZE_MAX;
      if (!IsComma(o)) continue;
      if (o + 1 >= k || !IsWord(o - 1) || a_.tokens[o - 1].in_quote) return SIZE_MAX;
      const size_t r = o + 1;
      if (!(Has(person_relatives_, r) || Has(thing_relatives_, r) || LowIs(r, "whose"))) return SIZE_MAX;
      return o;
    }
    return SIZE_MAX;
  }

  // "Some hawks, like Ruiz and Okafor, say", "Older tenants, including the
  // Lees, said": examples set off by commas after an unlisted head; the
  // comma at `k` closes them. The source is the head's phrase (the names
  // are examples, not the source); PolNeAR's span runs to the comma.
  std::optional<Mention> SubjectBeforeExamples(size_t k, int s) const {
    const size_t first = SentFirst(s);
    if (k >= SentEnd(s) || !IsComma(k) || a_.tokens[k].in_quote) return std::nullopt;
    size_t o = k;
    while (o > first && k - o < 14) {
      --o;
      if (a_.tokens[o].in_quote || IsDash(o) || Tok(o) == ";" || Tok(o) == ":" || CueStartsAt(o)) return std::nullopt;
      if (IsComma(o)) break;
    }
    if (!IsComma(o) || o < first + 1 || o + 2 >= k) return std::nullopt;
    const std::string& w = Low(o + 1);
    if (w != "like" && w != "including" && !(w == "such" && LowIs(o + 2, "as"))) return std::nullopt;
    auto m = UnlistedSubject(o - 1, s);
    if (!m || m->type == MentionType::kPronoun || m->type == MentionType::kAnaphor) return std::nullopt;
    m->span.end = a_.tokens[k].span.end;
    return m;
  }

  // The unlisted subject of a reporting clause that stands after what was
  // said, or in its middle: a comma before the subject (before the first of
  // two conjuncts), and after the cue the sentence's end or a comma. `j`
  // is the token before the cue.
  std::optional<Mention> ReportingClauseSubject(const CueHit& c, size_t j, int s) const {
    const size_t first = SentFirst(s);
    // "…, the palace staff said on Tuesday.", "…, the crew said Monday in
    // an interview.": a time or manner phrase after the cue is the cue's,
    // and the clause closes after it.
    size_t next = c.last + 1;
    for (int guard = 0; guard < 2 && next < SentEnd(s); ++guard) {
      size_t e = TimePhraseEnd(next, SentEnd(s));
      if (e == std::string::npos) e = MannerPhraseEnd(next, SentEnd(s));
      if (e == std::string::npos) break;
      next = e + 1;
    }
    const bool closes = next >= SentEnd(s) || IsComma(next) ||
                        (!IsWord(next) && !a_.tokens[next].in_quote && (Tok(next) == "." || Tok(next) == ";"));
    if (!closes) return std::nullopt;
    // Not a passive ("the details were discussed."); and after a comma the
    // clause goes on, not a prepositional phrase ("Lee and his firms have
    // advised, in no order, …" is a verb and its object).
    const size_t k = SkipLeft(j, s);
    for (size_t t = k + 1; t <= c.first; ++t) {
      if (In(kCopulas, t)) return std::nullopt;
    }
    if (next + 1 < SentEnd(s) && IsComma(next) && PrepositionAt(next + 1)) return std::nullopt;
    auto m = UnlistedSubject(k, s, /*after_quote=*/false, /*speech=*/true);
    if (!m || m->type == MentionType::kPronoun) return std::nullopt;
    size_t b = TokenStartingAt(m->span.begin);
    // "dock workers and their unions": past the first conjunct.
    if (b > first + 2 && Has(noun_coordinators_, b - 1) && !a_.tokens[b - 1].in_quote) {
      size_t t = b - 1;
      for (int guard = 0; guard < 4 && t > first + 1 && IsWord(t - 1) && !a_.tokens[t - 1].in_quote &&
                          (PlainAt(t - 1) || In(kDeterminers, t - 1) || (Cap(t - 1) && !SentenceInitial(t - 1)));
           ++guard) {
        --t;
      }
      if (t < b - 1) b = t;
    }
    if (b <= first + 1 || !IsComma(b - 1) || a_.tokens[b - 1].in_quote) return std::nullopt;
    return m;
  }

  // "Renata Szabo and her family released a statement after Len Halvorsen
  // announced his retirement, saying …": every cue of the sentence before
  // `before` stands in a subordinate clause (opened by a word of list
  // subordinators after the sentence's subject), so a participle after
  // them belongs to the main clause.
  bool EarlierCuesSubordinate(int s, size_t before, const Mention& subject) const {
    if (subordinators_.empty()) return false;
    size_t first_cue = SIZE_MAX;
    for (size_t k = SentFirst(s); k < before; ++k) {
      if (cue_starts_[k]) {
        first_cue = k;
        break;
      }
    }
    if (first_cue == SIZE_MAX) return false;
    for (size_t k = SentFirst(s); k < first_cue; ++k) {
      if (a_.tokens[k].span.begin < subject.span.end || a_.tokens[k].in_quote) continue;
      if (Has(subordinators_, k)) return true;
    }
    return false;
  }

  // "Rubio thanked Miami and said it was great to be home": a cue
  // coordinated with an earlier verb shares its subject. An earlier cue in
  // the sentence lends its source; otherwise the noun phrase that opens the
  // sentence is the source.
  void CoordinatedSubject(PendingAttribution& p) {
    const CueHit& c = p.cue;
    const int s = c.sentence;
    if (c.entry->source_follows || c.first <= SentFirst(s) + 1) return;
    size_t conj = c.first - 1;
    // ("…, then says": "then" is a coordinator, not the cue's adverb.)
    while (conj > SentFirst(s) && VerbGroupWord(conj) && !In(kVerbCoordinators, conj)) --conj;
    // "…, but in a later interview said", "and on Tuesday told": a time or
    // manner phrase between the coordinator and the verb.
    if (!In(kVerbCoordinators, conj)) conj = CoordinatorBeforeAdverbial(conj, s);
    if (!In(kVerbCoordinators, conj) || a_.tokens[conj].in_quote) return;
    // "The mayor praised Tom Bell, who came out and endorsed the plan": the
    // first verb's subject is a relative pronoun (list relative-openers)
    // opening a clause set off by a comma; the cue shares that subject, as
    // a cue right after the pronoun does, not the sentence's. A comma, a
    // quote or a cue between them closes the clause first.
    for (size_t r = conj; r > SentFirst(s) + 1 && conj - r < 12;) {
      --r;
      if (!IsWord(r) || a_.tokens[r].in_quote || cue_starts_[r] || In(kVerbCoordinators, r)) break;
      if (!In(kRelativeOpeners, r) || !IsComma(r - 1)) continue;
      auto relative = ParseLeft(r, s);
      if (relative && relative->type == MentionType::kPronoun && TokenStartingAt(relative->span.begin) == r) {
        p.mention = std::move(relative);
        return;
      }
      break;
    }
    // "…, and when Rubio thanked Miami and said …", "…, but he kept calm and
    // replied": the first verb stands in a clause of its own after the
    // sentence's start; its subject is the cue's.
    if (auto clause = ClauseSubject(s, conj)) {
      p.mention = std::move(clause);
      return;
    }
    // An earlier cue in the sentence (the cue itself ends after `conj`).
    if (first_cue_end_[static_cast<size_t>(s)] < conj) {
      p.inherit_sentence_source = true;
      // Should no earlier attribution of the sentence have a source ("X
      // started the debate saying …, but said …"), the sentence's subject.
      // Not for a participle ("…, calling them … and bragging about …"), nor
      // when a complementizer (list complementizers) after the earlier cue
      // may open what it reports ("did not mention that Rubio broke ranks
      // and supported …"); nor a possessive ("Mr. Trump's temperament").
      bool reported = false;
      for (size_t t = first_cue_end_[static_cast<size_t>(s)] + 1; t < conj && !reported; ++t) {
        reported = IsWord(t) && In(kComplementizers, t);
      }
      if (!Participle(c.first) && !reported) {
        auto subject = SentenceSubject(s, conj);
        if (subject && !EndsWithPossessive(w_.substr(subject->span.begin, subject->span.size()))) {
          p.sentence_subject = std::make_unique<Mention>(std::move(*subject));
        }
      }
      return;
    }
    p.mention = SentenceSubject(s, conj);
  }

  // The coordinator (list verb-coordinators) before a time or manner phrase
  // that ends at `e`, the token before a cue's verb group: "but in a later
  // interview | said", "and on Tuesday | said". `e` itself when there is
  // none.
  size_t CoordinatorBeforeAdverbial(size_t e, int s) const {
    const size_t first = SentFirst(s);
    for (size_t t = e; t > first && e - t < 10;) {
      --t;
      if (!IsWord(t) || a_.tokens[t].in_quote || in_cue_[t]) return e;
      if (!In(kVerbCoordinators, t)) continue;
      size_t k = t + 1;
      for (int rounds = 0; rounds < 4 && k <= e; ++rounds) {
        if (const size_t m = MannerPhraseEnd(k, e + 1); m != std::string::npos) {
          k = m + 1;
          continue;
        }
        const size_t a = SkipAdverbialsRight(k, e + 1);
        if (a == k) break;
        k = a;
      }
      return k == e + 1 ? t : e;
    }
    return e;
  }

  // The subject of the clause that holds the verb a cue at `conj` + 1 is
  // coordinated with, when that clause is not the sentence's main one: it
  // opens after a comma, colon, semicolon or dash with a coordinator or a
  // subordinator (lists verb-coordinators, subordinators), or at the
  // sentence's start with a subordinator, and holds no quote or cue before
  // `conj`. "Some in the crowd booed, and when Rubio thanked Miami and said
  // …", "He was asked about it, but he kept calm and replied …". The
  // subject is a noun phrase right after the opener, ending before a
  // lower-case word (its verb).
  std::optional<Mention> ClauseSubject(int s, size_t conj) {
    const size_t first = SentFirst(s);
    size_t start = SIZE_MAX;
    bool boundary = false;
    for (size_t t = conj; t > first && conj - t < 20;) {
      --t;
      // "…,” but he kept calm and replied": a quote ends before the clause.
      if (a_.tokens[t].in_quote && IsWord(t + 1) && In(kVerbCoordinators, t + 1) && t + 1 < conj) {
        start = t + 1;
        boundary = true;
        break;
      }
      if (a_.tokens[t].in_quote || cue_starts_[t]) return std::nullopt;
      if (IsComma(t) || IsDash(t) || Tok(t) == ";" || Tok(t) == ":") {
        start = t + 1;
        boundary = true;
        break;
      }
      if (t == first) start = first;
    }
    if (start == SIZE_MAX || start >= conj) return std::nullopt;
    size_t k = start;
    bool opened = false;
    if (boundary && IsWord(k) && In(kVerbCoordinators, k)) {
      ++k;
      opened = true;
    }
    if (k < conj && IsWord(k) && Has(subordinators_, k)) {
      ++k;
      opened = true;
    }
    if (!opened || k + 1 >= conj) return std::nullopt;
    auto m = ParseRight(k, s);
    if (!m || m->span.begin != a_.tokens[k].span.begin || m->span.end > a_.tokens[conj].span.begin) {
      return std::nullopt;
    }
    if (m->type == MentionType::kPronoun && !InWord(kPronounsSubject, m->head)) return std::nullopt;
    const size_t verb = TokenStartingAt(m->span.end);
    if (verb >= conj || !IsWord(verb) || Cap(verb) || a_.tokens[verb].in_quote || In(kFunctionWords, verb)) {
      return std::nullopt;
    }
    return m;
  }

  // The end (one past) of a description opening at `b` whose head is
  // followed by a postmodifier, taking after the preposition only a
  // determiner, modifiers and one capitalized run or head noun, and one
  // further "of" phrase ("Fuentes del Ministerio de Hacienda", "officials at
  // the Treasury"). SIZE_MAX when the phrase does not have that shape or
  // leaves no word before `limit`.
  size_t ShortPostmodifierEnd(size_t b, size_t limit) const {
    size_t k = b;
    while (k < limit && k < b + 6 && IsWord(k) && !(IsHead(k) && k + 1 < limit && In(kPostmodifierOpeners, k + 1))) ++k;
    if (k >= limit || !IsWord(k) || !IsHead(k)) return SIZE_MAX;
    size_t e = k + 1;
    for (int phrase = 0; phrase < 2 && e < limit && In(kPostmodifierOpeners, e); ++phrase) {
      size_t t = e + 1;
      while (t < limit && IsWord(t) && !Cap(t) && (In(kDeterminers, t) || In(kModifiers, t))) ++t;
      if (t >= limit || !IsWord(t) || a_.tokens[t].in_quote) return phrase > 0 ? e : SIZE_MAX;
      if (Cap(t)) {
        t = CapRunEnd(t, limit);
      } else if (IsHead(t)) {
        ++t;
      } else {
        return phrase > 0 ? e : SIZE_MAX;
      }
      e = t;
    }
    size_t after = e;
    while (after < limit && !IsWord(after)) ++after;
    return after < limit ? e : SIZE_MAX;
  }

  // "he’s (not) predicting", "they’ve said": a pronoun with its clitic
  // auxiliary in one token; the source is the pronoun. The apostrophe may
  // be straight or curly.
  bool PronounWithClitic(size_t j) const {
    if (!IsWord(j)) return false;
    // (Built by appending: GCC 12 at -O3 warns falsely of an overlapping
    // copy in std::string::replace here.)
    const std::string& low = Low(j);
    std::string straight;
    straight.reserve(low.size());
    for (size_t at = 0; at < low.size();) {
      if (low.compare(at, 3, "\xE2\x80\x99") == 0) {
        straight += '\'';
        at += 3;
      } else {
        straight += low[at++];
      }
    }
    size_t apos = straight.find('\'');
    return apos != std::string::npos && apos > 0 && InWord(kPronouns, straight.substr(0, apos)) &&
           InWord(kClitics, straight.substr(apos));
  }

  // The pronoun of such a token, as a mention (nullopt when it has none).
  std::optional<Mention> PronounCliticMention(size_t j) const {
    Mention m;
    const Span& t = a_.tokens[j].span;
    size_t len = std::min(Tok(j).find('\''), Tok(j).find("\xE2\x80\x99"));
    if (len == std::string_view::npos || len == 0) return std::nullopt;
    m.span = {t.begin, t.begin + len};
    m.type = MentionType::kPronoun;
    const std::string& low = Low(j);
    const size_t curly = low.find("\xE2\x80\x99");
    m.head = low.substr(0, std::min(low.find('\''), curly));
    m.plural = InWord(kPronounsPlural, m.head);
    return m;
  }

  // The first token after a dateline that opens a sentence at token `b`
  // ("KITTERING BAY -- Kittering Bay Gulls owner …", "PHILADELPHIA (CWS) —
  // Rep. Evelyn Pryor …"): words ending in one in capitals (or a
  // parenthesis) before a dash within the first ten tokens, before `limit`;
  // `b` itself when there is none.
  size_t AfterDateline(size_t b, size_t limit) const {
    for (size_t k = b + 1; k < limit && k < b + 10; ++k) {
      if (a_.tokens[k].in_quote) break;
      // "--" may come as two hyphen tokens.
      const bool double_hyphen = Tok(k) == "-" && k + 1 < limit && Tok(k + 1) == "-" &&
                                 a_.tokens[k].span.end == a_.tokens[k + 1].span.begin;
      if (IsDash(k) || double_hyphen) {
        if (IsAcronym(k - 1) || Tok(k - 1) == ")") return k + (double_hyphen ? 2 : 1);
        break;
      }
    }
    return b;
  }

  // The noun phrase that opens sentence `s` as the subject of a verb before
  // token `limit`: "Rubio thanked Miami and said …", "Mr. Obama revised his
  // plans in October, saying …". The phrase must end before `limit` and be
  // followed by more words (its verb).
  // `unlisted_role`: for a participle cue ("…, saying"), a definite phrase
  // whose head no list knows may be the subject (UnlistedRoleSubjectRight).
  std::optional<Mention> SentenceSubject(int s, size_t limit, bool unlisted_role = false) {
    size_t b = AfterDateline(SentFirst(s), limit);
    if (b < limit && In(kVerbCoordinators, b)) ++b;  // "And the mayor …"
    if (b < limit && IsComma(b)) ++b;
    // "He’s comparing the rules to … and says": a subject pronoun and its
    // clitic auxiliary in one token.
    if (b + 1 < limit && PronounWithClitic(b)) {
      auto m = PronounCliticMention(b);
      if (m && InWord(kPronounsSubject, m->head)) return m;
      return std::nullopt;
    }
    // "In June, House Republicans issued …", "Earlier Wednesday, Schilling
    // appeared …", "After the results were in, Jeff Weaver appeared …": an
    // opening adverbial phrase or clause ends at its comma; no comma before
    // the verb, no subject.
    if (b < limit && IsWord(b) && !In(kDeterminers, b) && !In(kPronouns, b) && !IsHead(b) &&
        (PrepositionAt(b) || In(kTimeOpeners, b) || In(kClauseOpeners, b))) {
      size_t comma = b + 1;
      while (comma < limit && comma < b + 20 && !IsComma(comma) && !a_.tokens[comma].in_quote) ++comma;
      if (comma >= limit || comma >= b + 20 || !IsComma(comma)) return std::nullopt;
      b = comma + 1;
    }
    // "Instead, she told …", "Speaking at a town hall, Trump went after Bush,
    // calling him …", "Hours later, Trump …": a capitalized word that the
    // article capitalizes nowhere but at a sentence's start is no name; the
    // subject comes after the phrase it opens.
    // ("Following Sanders' loss, Clinton …": a participle opening the
    // sentence, OpeningParticiple, opens such a phrase before a name too.)
    if (!nouns_capitalized_ && b < limit && IsWord(b) && Cap(b) && b + 1 < limit &&
        (IsComma(b + 1) || (IsWord(b + 1) && !Cap(b + 1) && !IsHead(b + 1)) || OpeningParticiple(b)) &&
        !In(kPronouns, b) &&
        !In(kDeterminers, b) && !IsHead(b) && !registry_names_.count(std::string(Tok(b))) && !CapitalizedInside(b)) {
      const size_t opener = b;
      size_t comma = b + 1;
      while (comma < limit && comma < b + 20 && !IsComma(comma) && !a_.tokens[comma].in_quote) ++comma;
      if (comma >= limit || comma >= b + 20 || !IsComma(comma)) return std::nullopt;
      b = comma + 1;
      // "Speaking at a town hall in Portsmouth, New Hampshire, Trump …": a
      // place set off by commas still belongs to the opening phrase.
      const size_t run = b < limit && Cap(b) ? CapRunEnd(b, limit) : b;
      if (run > b && run + 1 < limit && IsComma(run) && comma - 1 > opener && Cap(comma - 1)) b = run + 1;
    }
    auto m = ParseRight(b, s);
    // "Tracy Martin, Trayvon's father, issued a statement …, saying": a
    // name and its apposition between commas; the apposition gives the
    // role, and the phrase runs to the closing comma (as read leftwards
    // from a cue right after it).
    if (m && m->type == MentionType::kName) {
      size_t comma = TokenStartingAt(m->span.end);
      if (comma < limit && IsComma(comma)) {
        size_t close = comma + 1;
        while (close < limit && close < comma + 12 && !IsComma(close) && !a_.tokens[close].in_quote) ++close;
        if (close < limit && IsComma(close)) {
          auto apposed = ApposedSourceLeft(close, s);
          if (apposed && apposed->type == MentionType::kName && apposed->span.begin == m->span.begin) m = apposed;
        }
      }
    }
    if (!m) m = UnlistedPluralSubjectRight(b, limit);
    if (!m && unlisted_role) m = UnlistedRoleSubjectRight(b, limit, s);
    // "Officials at the Treasury played down the delay and said": a
    // description's postmodifier runs on to a comma; before a verb it ends
    // with the noun phrase after its preposition.
    // A sentence-initial head read alone ("Officials") takes its
    // postmodifier the same way.
    if (m && m->type == MentionType::kDescription) {
      // ("Officials at the port spoke briefly, noting": a postmodifier run on
      // up to the comma that is `limit` holds the verb too.)
      const bool overran = m->span.end >= a_.tokens[limit].span.begin;
      const size_t next = overran ? limit : TokenStartingAt(m->span.end);
      if (overran || (next < limit && In(kPostmodifierOpeners, next))) {
        size_t e = ShortPostmodifierEnd(b, limit);
        if (e != SIZE_MAX && (overran || a_.tokens[e - 1].span.end > m->span.end)) {
          m->span.end = a_.tokens[e - 1].span.end;
        } else if (overran) {
          return std::nullopt;
        }
      }
    }
    if (!m || m->span.end > a_.tokens[limit].span.begin) return std::nullopt;
    if (m->type == MentionType::kPronoun && !InWord(kPronounsSubject, m->head)) return std::nullopt;
    // "Rovers captain Lee Brannigan": a name before a role noun and a name
    // is the role's premodifier; the phrase ends with the second name, as
    // read leftwards from it.
    size_t k = TokenStartingAt(m->span.end);
    if (k + 1 < limit && IsWord(k) && !Cap(k) && (In(kRoleNouns, k) || In(kPersonHeads, k) || In(kTitles, k)) &&
        IsWord(k + 1) && Cap(k + 1)) {
      size_t e = CapRunEnd(k + 1, limit);
      auto whole = ParseLeft(e - 1, s);
      if (whole && whole->span.begin >= m->span.begin) m = whole;  // its premodifiers are added later
    }
    // Followed by a verb, not run on into the sentence ("The plan's author
    // and …"): some words, then the limit.
    size_t after = TokenStartingAt(m->span.end);
    // "Renata Szabo and her family released a statement …, saying": a
    // coordinated subject. As when read leftwards from a cue right after it,
    // the source is the conjunct next to the verb, and ShowCoordinatedSource
    // shows both.
    if (after + 1 < limit && Has(noun_coordinators_, after) && !a_.tokens[after].in_quote) {
      auto second = ParseRight(after + 1, s);
      if (second && second->span.end <= a_.tokens[limit].span.begin && second->type != MentionType::kPronoun) {
        const size_t verb = TokenStartingAt(second->span.end);
        if (verb < limit && IsWord(verb) && !Cap(verb) && !a_.tokens[verb].in_quote) return second;
      }
    }
    while (after < limit && !IsWord(after)) ++after;
    if (after >= limit) return std::nullopt;
    return m;
  }

  // A lower-case word ending in -ing that no list takes for a function word.
  // "asked about the deaths of …", "charged with fraud": a segment [b, e)
  // opened by a lower-case word in -ed that is no head noun or modifier,
  // followed by a preposition or a determiner, is a participle clause, not
  // a role ("retired teacher" is one).
  bool PastParticipleClause(size_t b, size_t e) const {
    if (b + 1 >= e || !IsWord(b) || Cap(b) || !IsWord(b + 1)) return false;
    const std::string& w = Low(b);
    if (w.size() <= 4 || w.compare(w.size() - 2, 2, "ed") != 0) return false;
    if (IsHead(b) || In(kModifiers, b) || In(kTitles, b)) return false;
    return PrepositionAt(b + 1) || In(kDeterminers, b + 1);
  }

  // Whether the comma at `c` closes a clause that a comma and a relative
  // pronoun (list relative-openers: "que", "who", "che") opened earlier in
  // sentence `s`, after a word: "Un alto cargo, que pidió el anonimato,".
  bool CommaClosesRelativeClause(size_t c, int s) const {
    for (size_t k = c; k > SentFirst(s) + 1; --k) {
      const size_t open = k - 1;
      if (!IsComma(open) || a_.tokens[open].in_quote) continue;
      return open + 1 < c && In(kRelativeOpeners, open + 1) && IsWord(open - 1) && !a_.tokens[open - 1].in_quote;
    }
    return false;
  }

  // Whether token `i` is an object pronoun elided and glued to the next
  // word ("l'a", "l’ha": French and Italian, whose object-clitics list "le"
  // or "lo") after a word that ends a noun phrase, as ObjectCliticBeforeCue
  // asks of an object pronoun standing apart: "Le ministre l'a démenti".
  bool ElidedObjectBeforeCue(size_t i) const {
    if (a_.language != "fr" && a_.language != "it") return false;
    const std::string& w = Low(i);
    if (w.rfind("l'", 0) != 0 && w.rfind("l\xE2\x80\x99", 0) != 0) return false;
    const int s = a_.tokens[i].sentence;
    if (i < SentFirst(s) + 1 || a_.tokens[i].in_quote) return false;
    const size_t b = i - 1;
    if (a_.tokens[b].in_quote) return false;
    if (IsComma(b) || IsDash(b))
      return (IsComma(b) && CommaClosesRelativeClause(b, s)) || QuoteBackReferenceBefore(i, s);
    return IsWord(b) && !In(kDeterminers, b) && !In(kPronouns, b) && !In(kAffiliationPrepositions, b) &&
           !In(kVerbCoordinators, b) && !In(kComplementizers, b) && !pack_.cue_index.count(Low(b));
  }

  // "Un alto cargo lo desmintió", "Il ministro lo ha smentito": an object
  // pronoun written before the verb (list object-clitics) that is also an
  // article, between a subject and cue word `i`. It is no determiner of a
  // noun use ("lo dicho", "según lo informado", "de la declaración"): the
  // word before it ends a noun phrase (a word that is no determiner,
  // pronoun, preposition, conjunction or cue) or is a comma ("Un alto
  // cargo, que pidió el anonimato, lo desmintió"), and the cue word is not
  // a participle standing alone ("dicho", "expresado", "detto": Spanish,
  // Portuguese and Italian participle endings; after an auxiliary, "lo ha
  // dicho", the cue is finite).
  bool ObjectCliticBeforeCue(size_t i, int s) const {
    if (i < SentFirst(s) + 2 || !Has(object_clitics_, i - 1) || a_.tokens[i - 1].in_quote) return false;
    const size_t b = i - 2;
    if (a_.tokens[b].in_quote) return false;
    if (!IsComma(b) && (!IsWord(b) || In(kDeterminers, b) || In(kPronouns, b) || In(kAffiliationPrepositions, b) ||
                        In(kVerbCoordinators, b) || In(kComplementizers, b) || pack_.cue_index.count(Low(b)))) {
      return false;
    }
    const std::string& w = Low(i);
    for (const char* ending : {"ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "cho", "cha", "chos", "chas",
                               "ato", "ata", "uto", "uta", "ito", "etto", "etta"}) {
      const size_t n = std::char_traits<char>::length(ending);
      if (w.size() > n + 2 && w.compare(w.size() - n, n, ending) == 0) return false;
    }
    return true;
  }

  bool Participle(size_t k) const {
    const std::string& w = Low(k);
    return w.size() > 5 && w.compare(w.size() - 3, 3, "ing") == 0 && !In(kFunctionWords, k) && !In(kTimeWords, k);
  }

  // "Besides attacking the plan, Mr. Trump asserted …", "Despite praising
  // the deal, Lee warned …": a participle cue right after a preposition
  // that opens the sentence (list gerund-openers) heads an adverbial clause
  // whose subject is the main clause's; the preposition is no source, and
  // the cue gets none of its own (the main clause's cue has the subject, as
  // "After criticizing the budget, the mayor said" always had). True when
  // the cue opens such a clause.
  bool OpenerGerundSource(const PendingAttribution& p) const {
    const CueHit& c = p.cue;
    const size_t first = SentFirst(c.sentence);
    return c.first == first + 1 && !a_.tokens[first].in_quote && In(kGerundOpeners, first) && Participle(c.first);
  }

  // "Voters polled said", "Democrats surveyed say", "Economists surveyed
  // by the bank said": a bare plural noun that opens its clause, then a
  // word of list poll-respondents (and the pollster after "by" or "for"),
  // right before the cue. The noun is read as it would be before the cue
  // ("Democrats" described, "Voters" vague); the span runs over the
  // participle, and the resolver makes it the poll once one is spoken of.
  std::optional<Mention> RespondentsSubject(size_t j, int s) {
    const size_t first = SentFirst(s);
    if (poll_respondents_.empty() || j <= first || j >= SentEnd(s)) return std::nullopt;
    const size_t span_last = j;
    j = SkipLeft(j, s);  // "Voters surveyed on Monday said"
    if (j <= first) return std::nullopt;
    size_t r = j;
    // "… polled by CNN": back over a short capitalized run after "by"/"for".
    {
      size_t k = j;
      while (k > first && IsWord(k) && Cap(k) && !a_.tokens[k].in_quote && j - k < 4) --k;
      if (k < j && k > first + 1 && (LowIs(k, "by") || LowIs(k, "for")) && Has(poll_respondents_, k - 1)) r = k - 1;
    }
    if (!IsWord(r) || a_.tokens[r].in_quote || Cap(r) || !Has(poll_respondents_, r) || LowIs(r, "respondents")) {
      return std::nullopt;
    }
    const size_t h = r - 1;
    if (h < first || !IsWord(h) || a_.tokens[h].in_quote || In(kDeterminers, h) || In(kPronouns, h)) return std::nullopt;
    const std::string& hl = Low(h);
    if (!(InWord(kPluralHeads, hl) || (hl.size() > 3 && hl.back() == 's' && hl[hl.size() - 2] != 's'))) {
      return std::nullopt;
    }
    auto m = ParseLeftOnce(h, s);
    if (!m || m->span.end != a_.tokens[h].span.end ||
        (m->type != MentionType::kDescription && m->type != MentionType::kName)) {
      m = UnlistedSubject(h, s);
    }
    if (!m || m->span.end != a_.tokens[h].span.end || m->type == MentionType::kPronoun) return std::nullopt;
    const size_t b = TokenStartingAt(m->span.begin);
    if (b != first && !IsComma(b - 1) && !In(kClauseOpeners, b - 1) && !QuoteEndsBefore(b)) return std::nullopt;
    // ("Voters" at the sentence's start is no name.)
    if (m->type == MentionType::kName) {
      if (b != h) return std::nullopt;
      m->type = MentionType::kDescription;
      m->name.clear();
    }
    m->plural = true;
    if (m->head.empty()) m->head = hl;
    if (HasWord(party_heads_, hl)) m->described = true;
    m->span.end = a_.tokens[span_last].span.end;
    return m;
  }

  // A document's head written in lower case at `k` ("statement", "email",
  // "post"; list document-heads), not in a quote, that is no verb: not
  // right after a pronoun, an auxiliary or "to" ("they post", "to post").
  bool DocumentHeadAt(size_t k) const {
    if (!IsWord(k) || a_.tokens[k].in_quote || !In(kDocumentHeads, k) || (Cap(k) && !SentenceInitial(k))) return false;
    if (k == 0 || !IsWord(k - 1)) return true;
    return !(In(kPronouns, k - 1) || In(kCueAuxiliaries, k - 1) || Has(modals_, k - 1) || LowIs(k - 1, "to") ||
             In(kCopulas, k - 1));
  }

  // A subject with a restrictive postmodifier that runs up to its cue, the
  // last token of which is `j`: a relative clause ("The state officials
  // whose laws were struck down say", "Supporters who packed the hall
  // said"), a participle clause ("Republican activists clamoring to block
  // the nominee say") or a relative clause without its pronoun ("Several
  // people I have spoken with said"). The postmodifier has no comma, quote
  // or cue and at most twelve words; the noun phrase before it starts its
  // clause. PolNeAR's source span covers the whole.
  std::optional<Mention> RestrictivelyModifiedSubject(size_t j, int s) {
    const size_t first = SentFirst(s);
    // "He’s comparing the plans to … and says": a conjunction before the
    // cue joins two verbs; what comes before is no postmodifier.
    if (In(kVerbCoordinators, j) || Has(noun_coordinators_, j)) return std::nullopt;
    // "A tenant who lived on the top floor and who did not want to be named
    // said": a second relative clause asking for anonymity follows the
    // postmodifier; the phrase is read without it and its span runs over it.
    const size_t span_last = j;
    if (const size_t r = AnonymityClauseEndingAt(j, s);
        r != SIZE_MAX && r >= first + 3 && In(kRelativeOpeners, r) && LowIs(r - 1, "and")) {
      j = r - 2;
    }
    size_t window = j;  // twelve words from here back
    // (A document's postmodifier is read only before a finite cue: "…
    // posts about ISIS include one last week saying" has a verb of its own.)
    const bool finite_cue = j + 1 < SentEnd(s) && !(IsWord(j + 1) && Participle(j + 1));
    bool plain_tail = true;
    for (size_t k = j; k > first && window - k < 12; --k) {
      if (!IsWord(k) || a_.tokens[k].in_quote || IsComma(k)) return std::nullopt;
      // "A man who prayed at the mosque and who asked …": a second relative
      // clause joined by "and"; the first one is read with twelve words of
      // its own.
      if (k > first + 2 && In(kRelativeOpeners, k) && !LowIs(k, "that") && Has(noun_coordinators_, k - 1) &&
          In(kRelativeOpeners, k - 2) == false) {
        window = k - 2;
        k -= 1;
        continue;
      }
      // A cue inside the postmodifier ends it, unless it is the relative
      // clause's own verb ("others who want to ban it said").
      if (k != j && CueStartsAt(k) && !RelativeClauseVerb(k, first)) return std::nullopt;
      const bool relative = In(kRelativeOpeners, k) && !LowIs(k, "that");
      // ("A notice posted on the site said": a past participle's clause.)
      const bool participle =
          !Cap(k) && (Participle(k) || (k < j && Has(modifier_participles_, k) &&
                                        (PrepositionAt(k + 1) || In(kTimeWords, k + 1))));
      const bool contact = In(kPronouns, k) && !In(kPronounsObject, k) && !In(kPronounsNeuter, k) && k < j;
      // (No time word or "-ly" adverb after a preposition: "the report on
      // Wednesday for the first time cited" has an adverbial, not a
      // postmodifier.)
      if (In(kTimeWords, k) || SuffixAdverbAt(k)) plain_tail = false;
      // "The last man to run the port says": an infinitive's clause.
      const bool infinitive = LowIs(k, "to") && k < j && IsPlainModifier(k + 1);
      // "An email sent to staff said", "A memo leaked to reporters said": a
      // past participle after a document's head (DocumentHeadAt) opens
      // its postmodifier, listed or not ("-ed", or list
      // modifier-participles) and whatever follows it.
      const bool document_participle =
          finite_cue && !Cap(k) && k < j && k > first && DocumentHeadAt(k - 1) &&
          (Has(modifier_participles_, k) || (Low(k).size() > 4 && Low(k).ends_with("ed") && LowIs(k + 1, "by")));
      // "A post on the minister's Facebook page said", "A letter from the
      // union said": a preposition after a document's head opens its
      // postmodifier (list affiliation-prepositions, and "on", "about", "to").
      const bool document_preposition =
          finite_cue && plain_tail && !Cap(k) && k < j && k > first && DocumentHeadAt(k - 1) &&
          (In(kAffiliationPrepositions, k) || LowIs(k, "on") || LowIs(k, "about") || LowIs(k, "to") ||
           LowIs(k, "by"));
      if (!relative && !participle && !contact && !infinitive && !document_participle && !document_preposition) continue;
      // "some House conservatives who have vehemently opposed": the cue is
      // the relative clause's own verb; the relative pronoun is its source
      // (PolNeAR), as ParseLeft reads it.
      if (relative) {
        if (OnlyVerbGroupAfter(k, j)) return LowIs(k, "who") ? ParseLeftOnce(k, s) : std::nullopt;
      }
      const size_t e = k - 1;
      if (e < first || !IsWord(e) || a_.tokens[e].in_quote) continue;
      std::optional<Mention> np;
      if (DocumentHeadAt(e)) {
        // ("The statement released by Fox News said": a document's phrase,
        // its determiner and modifiers, whatever determiner it has.)
        np = MentionFromRange(UnlistedPhraseStart(e, s), e);
        if (np) {
          np->type = MentionType::kDocument;
          np->head = Low(e);
          np->name = w_.substr(np->span.begin, a_.tokens[span_last].span.end - np->span.begin);
          np->plural = np->head.size() > 3 && np->head.back() == 's';
        }
      } else if (IsHead(e) && !In(kDocumentHeads, e)) {
        np = ParseLeftOnce(e, s);
        if (np && np->span.end != a_.tokens[e].span.end) np.reset();
      }
      if (!np) np = UnlistedSubject(e, s);
      if (!np || np->type == MentionType::kPronoun || np->type == MentionType::kAnaphor) continue;
      // A contact clause follows a plural or described noun only: "people I
      // have spoken with", not "the plan we said".
      if (contact && !np->plural) continue;
      // An infinitive's clause follows a person ("the first woman to lead
      // the board"), not a thing ("the bid to host the games").
      if (infinitive && !relative && !participle && !contact && !(IsHead(e) && PersonNounAt(e))) continue;
      const size_t nb = TokenStartingAt(np->span.begin);
      if (nb != first && !IsComma(nb - 1) && !In(kClauseOpeners, nb - 1) && !In(kVerbCoordinators, nb - 1) &&
          !QuoteEndsBefore(nb)) {
        continue;
      }
      np->span.end = a_.tokens[span_last].span.end;
      return np;
    }
    return std::nullopt;
  }

  // "The departments declined to provide any documentation, saying …": a
  // plural noun phrase no list knows (a determiner, at most two modifiers,
  // a head ending in -s) opening the clause, when the next word reads as a
  // finite verb (ends in -ed, or is a copula or auxiliary). Tokens from `b`,
  // before `limit`.
  std::optional<Mention> UnlistedPluralSubjectRight(size_t b, size_t limit) const {
    if (b >= limit || !In(kDeterminers, b) || In(kStandaloneSources, b)) return std::nullopt;
    // Not when a cue stands between ("The files were gone, the station
    // reported, citing …": the phrase is the content's subject).
    for (size_t t = b; t < limit; ++t) {
      if (CueStartsAt(t)) return std::nullopt;
    }
    for (size_t h = b + 1; h < limit && h <= b + 3; ++h) {
      if (!IsWord(h) || a_.tokens[h].in_quote || (!PlainAt(h) && !(Cap(h) && h + 1 < limit && !Cap(h + 1)))) {
        return std::nullopt;
      }
      const std::string& hl = Low(h);
      const bool plural = hl.size() > 3 && hl.back() == 's' && hl[hl.size() - 2] != 's' && !Cap(h);
      if (!plural || h + 1 >= limit || !IsWord(h + 1) || Cap(h + 1)) continue;
      const std::string& v = Low(h + 1);
      const bool verb = (v.size() > 4 && v.compare(v.size() - 2, 2, "ed") == 0) || In(kCopulas, h + 1) ||
                        In(kCueAuxiliaries, h + 1);
      if (!verb) continue;
      auto m = MentionFromRange(b, h);
      if (!m) return m;
      m->type = MentionType::kDescription;
      m->head = hl;
      m->plural = true;
      return m;
    }
    return std::nullopt;
  }

  // "The justice sounded off on Trump, saying …", "The retired
  // neurosurgeon has provided no details, saying …": a definite phrase
  // whose head no list knows (UnlistedRoleHead: "the", at most three words
  // before a lower-case head) opening the clause, when the next word reads
  // as a finite verb (ends in -ed, or is a copula or auxiliary). The phrase
  // is read as it would be before a verb of speech. Tokens from `b`, before
  // `limit`; English only.
  std::optional<Mention> UnlistedRoleSubjectRight(size_t b, size_t limit, int s) {
    if (a_.language != "en" || b >= limit || !In(kDeterminers, b) || !HasWord(role_determiners_, Low(b))) {
      return std::nullopt;
    }
    for (size_t t = b; t < limit; ++t) {
      if (CueStartsAt(t)) return std::nullopt;
    }
    for (size_t h = b + 1; h < limit && h <= b + 4; ++h) {
      if (!IsWord(h) || a_.tokens[h].in_quote) return std::nullopt;
      if (Cap(h) || h + 1 >= limit || !IsWord(h + 1) || Cap(h + 1) || a_.tokens[h + 1].in_quote) continue;
      const std::string& v = Low(h + 1);
      const bool verb = (v.size() > 4 && v.compare(v.size() - 2, 2, "ed") == 0 && !Has(modifier_participles_, h + 1)) ||
                        In(kCopulas, h + 1) || In(kCueAuxiliaries, h + 1);
      if (!verb) {
        if (In(kFunctionWords, h + 1) || PrepositionAt(h + 1)) return std::nullopt;
        continue;
      }
      if (!UnlistedRoleHead(b, h)) return std::nullopt;
      auto whole = [&](const std::optional<Mention>& m) {
        return m && m->span.begin == a_.tokens[b].span.begin && m->span.end == a_.tokens[h].span.end;
      };
      auto m = ParseLeft(h, s);
      if (!whole(m)) m = UnlistedSubject(h, s, /*after_quote=*/false, /*speech=*/true);
      if (whole(m)) return m;
      return std::nullopt;
    }
    return std::nullopt;
  }

  // "A new poll of likely voters, conducted by two firms, shows …", "The
  // polling that was done before the primary showed …", "Their experience
  // shows that …": a thing as the subject of a verb of evidence (list
  // document-cues) that no list reading took, or of which it took only the
  // object inside a postmodifier ("likely voters"). The subject is the
  // whole phrase that opens the clause, postmodifiers included, as PolNeAR
  // marks it; its head, the last word before the first postmodifier, is a
  // lower-case noun no list of people knows, no time word, no pronoun.
  // Typed a document, so the cue is kept. English word order only.
  void ThingSubjectOfDocumentCue(PendingAttribution& p) const {
    const CueHit& c = p.cue;
    if (a_.language != "en" || c.first != c.last || !In(kDocumentCues, c.first) || Participle(c.first)) return;
    // (A relative word before the cue may have been read as a pronoun.)
    const bool relative_word = c.first > SentFirst(c.sentence) + 1 &&
                               (Low(c.first - 1) == "that" || Low(c.first - 1) == "which") &&
                               !a_.tokens[c.first - 1].in_quote;
    if (p.mention && (p.mention->type == MentionType::kDocument || p.mention->type == MentionType::kOrganization ||
                      p.mention->type == MentionType::kName ||
                      (p.mention->type == MentionType::kPronoun &&
                       !(relative_word && p.mention->span.begin == a_.tokens[c.first - 1].span.begin)))) {
      return;
    }
    if (p.passive_end != 0 || p.question_passive || p.expletive || p.own_reporting || p.coordinated_passive) return;
    const int s = c.sentence;
    const size_t first = SentFirst(s);
    const size_t end = SentEnd(s);
    // What follows is what the thing shows: a word, not "showed up".
    if (c.last + 1 >= end || !IsWord(c.last + 1) || a_.tokens[c.last + 1].in_quote) return;
    const std::string& next = Low(c.last + 1);
    if (next == "up" || next == "off" || next == "out" || next == "in" || next == "on") return;
    // ("the award show is …": a noun before a verb.)
    if (In(kCopulas, c.last + 1) || In(kCueAuxiliaries, c.last + 1) || Has(modals_, c.last + 1)) return;
    if (c.first <= first || a_.tokens[c.first - 1].in_quote) return;
    // The cue heads its verb group: "helped found", "could find", "to show"
    // are another verb's complement or a verb group of their own.
    {
      const size_t v = c.first - 1;
      if (IsWord(v) && (In(kCopulas, v) || In(kCueAuxiliaries, v) || Has(modals_, v) || Has(negations_, v) ||
                        LowIs(v, "to") || In(kVerbCoordinators, v) || Has(noun_coordinators_, v) ||
                        (!Cap(v) && EndsWithParticiple(Low(v)) && !In(kModifiers, v)))) {
        return;
      }
    }
    // "a new poll that shows …", "the video, which showed …": a relative
    // word is the source as written (PolNeAR), standing for the thing
    // before it, which is the source resolved (as "who" is for a person).
    if (const size_t r = c.first - 1; relative_word) {
      size_t a = r - 1;
      if (LowIs(r, "which") && IsComma(a) && a > first) --a;
      if (!IsWord(a) || a_.tokens[a].in_quote || in_cue_[a] || (Cap(a) && !SentenceInitial(a))) return;
      const std::string& head = Low(a);
      if (head.size() < 3 || In(kTimeWords, a) || In(kFunctionWords, a) || In(kPronouns, a) ||
          In(kDeterminers, a) || EndsWithPossessive(Tok(a)) || !IsPlainModifier(a) ||
          (PersonWord(head) && !In(kDocumentHeads, a) && !InWord(kTitleNouns, head))) {
        return;
      }
      auto m = MentionFromRange(UnlistedPhraseStart(a, s), a);
      if (!m) return;
      m->type = MentionType::kDocument;
      m->head = head;
      m->name = w_.substr(m->span.begin, m->span.size());
      m->plural = head.size() > 3 && head.back() == 's';
      p.mention = m;
      p.shown_source_span = a_.tokens[r].span;
      return;
    }
    // The farthest start: back over words, and over a phrase set off by
    // commas right before the cue whose first word is a participle ("…,
    // conducted by two firms,"), to the sentence's start, a comma, a
    // quote or another cue.
    size_t b0 = c.first;
    for (size_t guard = 0; b0 > first && guard < 20; ++guard) {
      const size_t k = b0 - 1;
      if (a_.tokens[k].in_quote || in_cue_[k]) break;
      if (IsComma(k)) {
        if (k + 1 != c.first || k <= first) break;
        size_t o = k;
        while (o > first && !IsComma(o - 1) && k - o < 12) --o;
        if (o <= first + 1 || !IsComma(o - 1) || o >= k) return;
        const std::string& w = Low(o);
        const bool aside = IsWord(o) && !Cap(o) &&
                           ((w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0) || Participle(o) ||
                            Has(modifier_participles_, o));
        if (!aside) return;
        b0 = o - 1;  // the opening comma, read past below
        continue;
      }
      if (!IsWord(k) && a_.tokens[k].type != TokenType::kNumber) break;
      b0 = k;
    }
    if (b0 < c.first && IsComma(b0)) ++b0;
    // A start is b0 or the word after a clause opener, complementizer,
    // subordinator or coordinator in the stretch; the earliest whose phrase
    // reads as a thing with only postmodifiers up to the cue wins.
    for (size_t b = b0; b < c.first; ++b) {
      if (b > b0) {
        const size_t o = b - 1;
        if (!(In(kClauseOpeners, o) || In(kComplementizers, o) || Has(subordinators_, o) ||
              In(kVerbCoordinators, o) || Has(noun_coordinators_, o))) {
          continue;
        }
      }
      if (!IsWord(b) || IsComma(b)) continue;
      // The noun group: a determiner or possessive, modifiers, the head.
      size_t t = b;
      if (In(kDeterminers, t) || Has(possessive_pronouns_, t)) ++t;
      size_t h = SIZE_MAX;
      for (; t < c.first; ++t) {
        if (!IsWord(t) && a_.tokens[t].type != TokenType::kNumber) break;
        if (h != SIZE_MAX && (PrepositionAt(t) || In(kRelativeOpeners, t) || Has(place_adverbs_, t))) break;
        // A participle after the head opens its clause: "getting …",
        // "credited to …", "released this week" (a past participle only
        // before a preposition or a time word: "Ruiz helped found" is none).
        if (h != SIZE_MAX && !Cap(t) && t + 1 < c.first &&
            (Participle(t) ||
             ((Has(modifier_participles_, t) || EndsWithParticiple(Low(t))) && !In(kModifiers, t) &&
              (PrepositionAt(t + 1) || In(kTimeWords, t + 1))))) {
          break;
        }
        if (In(kCopulas, t) || In(kCueAuxiliaries, t) || In(kFunctionWords, t) || In(kPronouns, t) ||
            In(kClauseOpeners, t) || In(kDeterminers, t) || In(kTimeWords, t) || Has(modals_, t) ||
            (!Cap(t) && EndsWithParticiple(Low(t)) && !In(kModifiers, t) && t + 1 == c.first)) {
          h = SIZE_MAX;
          break;
        }
        h = t;
      }
      if (h == SIZE_MAX) continue;
      // What follows the head: the cue, or a postmodifier with no verb
      // group or coordinator of its own before a relative word.
      bool ok = true;
      if (t < c.first) {
        // (A relative clause has one verb group: "The lead that Lee had
        // was small when polls were taken" is a sentence.)
        bool relative = false;
        int verbs = 0;
        for (size_t u = t; u < c.first && ok; ++u) {
          if (!IsWord(u) && !IsComma(u) && a_.tokens[u].type != TokenType::kNumber) ok = false;
          if (relative && (In(kCopulas, u) || In(kCueAuxiliaries, u) || Has(modals_, u)) && ++verbs > 1) ok = false;
          if (In(kRelativeOpeners, u)) relative = true;
          if (!relative && (In(kCopulas, u) || In(kCueAuxiliaries, u) || In(kVerbCoordinators, u) ||
                            Has(noun_coordinators_, u) || In(kComplementizers, u) || Has(modals_, u))) {
            ok = false;
          }
        }
      }
      if (!ok) continue;
      const std::string& head = Low(h);
      const bool plural = head.size() > 3 && head.back() == 's';
      if ((Cap(h) && !SentenceInitial(h)) || In(kTimeWords, h) || head.size() < 3 ||
          (PersonWord(head) && !In(kDocumentHeads, h) && !InWord(kTitleNouns, head)) ||
          EndsWithPossessive(Tok(h))) {
        return;
      }
      // ("Research shows": a bare singular word is a mass noun the list
      // readings handle, or no noun at all.)
      if (h == b && !plural && !In(kDocumentHeads, h)) return;
      size_t last = c.first - 1;
      if (IsComma(last)) --last;
      auto m = MentionFromRange(b, last);
      if (!m) return;
      m->type = MentionType::kDocument;
      m->head = head;
      m->name = w_.substr(m->span.begin, m->span.size());
      m->plural = plural;
      p.mention = m;
      return;
    }
  }

  // The noun a relative "that" or "which" at `r` stands for, when it is a
  // thing ("an ad that urges", "the report, which concluded"): the word
  // right before it ("which" may follow a comma), a lower-case word no list
  // of function words, pronouns, determiners, time words or cues holds, no
  // participle, "-ly" adverb or possessive, and no person (people take
  // "who"; groups and organisations may take "that"). SIZE_MAX otherwise.
  size_t RelativeThingAntecedent(size_t r, int s) const {
    const size_t first = SentFirst(s);
    if (r <= first || a_.tokens[r].in_quote || !(LowIs(r, "that") || LowIs(r, "which"))) return SIZE_MAX;
    size_t a = r - 1;
    if (LowIs(r, "which") && IsComma(a) && a > first) {
      --a;
      // "Monsanto, which opposed the bill", "The National Rifle
      // Association, which has endorsed …": a name before ", which" is an
      // organisation's or a place's (people take "who").
      if (IsWord(a) && !a_.tokens[a].in_quote && Cap(a) && !SentenceInitialFunction(a) && !In(kPronouns, a) &&
          !In(kFunctionWords, a) && !EndsWithPossessive(Tok(a))) {
        return a;
      }
    }
    if (!IsWord(a) || a_.tokens[a].in_quote || !IsPlainModifier(a) || Participle(a) || SuffixAdverbAt(a)) {
      return SIZE_MAX;
    }
    const std::string& head = Low(a);
    if ((head.size() < 3 && !In(kDocumentHeads, a)) || EndsWithParticiple(head) || In(kTimeWords, a) ||
        In(kFunctionWords, a) ||
        In(kPronouns, a) || In(kDeterminers, a) || EndsWithPossessive(Tok(a))) {
      return SIZE_MAX;
    }
    for (const std::string& f : {head, head.size() > 3 && head.back() == 's' ? head.substr(0, head.size() - 1) : head}) {
      if (InWord(kPersonHeads, f) || InWord(kRoleNouns, f) || InWord(kAnonymousHeads, f) || InWord(kKinHeads, f)) {
        return SIZE_MAX;
      }
    }
    return a;
  }

  // "a new ad that urges voters to …", "a super PAC that backed Rubio",
  // "water bottles that said, “…”", "the report, which concluded that …":
  // a cue verb whose subject is a relative "that" or "which" after a thing.
  // PolNeAR marks the relative word as the source as written (as it marks
  // "who" for a person), and the thing before it is the source resolved
  // (typed a document, as ThingSubjectOfDocumentCue types it for the verbs
  // of evidence). Between the relative word and the cue only a verb group
  // without a copula ("that has long backed"; "that was claimed by" is a
  // passive); the word after the cue is no verb ("that support is" reads
  // "support" as a noun). Not after an earlier cue in the sentence: there
  // the relative clause is mostly inside that cue's content, where PolNeAR
  // marks no attribution. English word order only.
  void RelativeThingSubject(PendingAttribution& p) const {
    const CueHit& c = p.cue;
    if (a_.language != "en" || In(kDocumentCues, c.first) || c.entry == &colon_cue_ || c.entry == &poll_cue_) return;
    if (c.entry == nullptr || c.entry->source_follows) return;
    if (p.passive_end != 0 || p.question_passive || p.expletive || p.own_reporting || p.coordinated_passive) return;
    const int s = c.sentence;
    const size_t first = SentFirst(s);
    const size_t end = SentEnd(s);
    if (c.first <= first + 1 || a_.tokens[c.first].in_quote) return;
    // Back over the verb group to the relative word.
    size_t r = c.first - 1;
    for (int guard = 0; guard < 4 && r > first; ++guard, --r) {
      if (!IsWord(r) || a_.tokens[r].in_quote) return;
      if (LowIs(r, "that") || LowIs(r, "which")) break;
      if (In(kCopulas, r)) return;
      if (!(In(kCueAuxiliaries, r) || Has(modals_, r) || Has(negations_, r) || In(kCueAdverbs, r) ||
            SuffixAdverbAt(r))) {
        return;
      }
    }
    if (!(LowIs(r, "that") || LowIs(r, "which")) || a_.tokens[r].in_quote || r <= first) return;
    // ("the groups that supporting …": a gerund right after "that" is none.)
    if (r + 1 == c.first && Participle(c.first)) return;
    if (first_cue_end_[static_cast<size_t>(s)] < r) return;
    // The word after the cue: no verb of the cue's own clause.
    if (c.last + 1 < end && IsWord(c.last + 1) &&
        (In(kCopulas, c.last + 1) || In(kCueAuxiliaries, c.last + 1) || Has(modals_, c.last + 1))) {
      return;
    }
    const size_t a = RelativeThingAntecedent(r, s);
    if (a == SIZE_MAX || in_cue_[a]) return;
    const std::string& head = Low(a);
    auto m = MentionFromRange(UnlistedPhraseStart(a, s), a);
    if (!m) return;
    m->type = Cap(a) ? MentionType::kOrganization : MentionType::kDocument;
    m->head = head;
    m->name = w_.substr(m->span.begin, m->span.size());
    m->plural = !Cap(a) && head.size() > 3 && head.back() == 's';
    p.mention = m;
    p.shown_source_span = a_.tokens[r].span;
  }

  // "the poll shows", "a study found": a document cue attributes only when
  // its source is a document, a figure or an organisation, or when a "that"
  // clause follows the verb. Otherwise the cue is dropped.
  // Returns true when the cue was dropped.
  bool KeepDocumentCue(PendingAttribution& p) const {
    const CueHit& c = p.cue;
    if (c.first != c.last || !In(kDocumentCues, c.first)) return false;
    const int s = c.sentence;
    bool that_clause = c.last + 1 < SentEnd(s) && LowIs(c.last + 1, "that");
    // "his weekly radio show": a compound noun (list document-cue-compounds), no cue.
    const bool compound = c.first > SentFirst(s) && IsWord(c.first - 1) &&
                          document_cue_compounds_.count(Low(c.first - 1) + " " + Low(c.first)) > 0;
    if (compound) that_clause = false;
    bool document = !compound && p.mention && (p.mention->type == MentionType::kDocument ||
                                  p.mention->type == MentionType::kOrganization);
    if (document || that_clause) return false;
    // "“…,” it read.": "it" right after a quote of speech is the sign or
    // letter that bears the words; a person reads nothing out of it.
    const bool quote_it = c.first > SentFirst(s) && LowIs(c.first - 1, "it") && c.first + 1 <= SentEnd(s) &&
                          (c.first + 1 == SentEnd(s) || !IsWord(c.first + 1)) && QuoteEndsBefore(c.first - 1);
    if (!compound && quote_it) return false;
    p.mention.reset();
    p.inherit_sentence_source = false;
    p.null_subject = false;
    p.continuation = false;
    return true;
  }

  // "A spokesman declined to comment", "Lee refused to say whether …": a
  // verb of refusing (list refusal-cues) is a cue only before "to" and a
  // verb; "Sales declined" and "refused the offer" report nothing. Scoring
  // counts a refusal nowhere (AttributionFacts::refusal).
  // Returns true when the cue was dropped.
  // Likewise a verb of seeming (list hedge-cues) is a cue only before what
  // it hedges (Hedge): "She appeared on television" reports nothing.
  bool DropRefusalCue(PendingAttribution& p) const {
    const CueHit& c = p.cue;
    if (Has(hedge_cues_, c.last)) {
      if (Hedge(c)) return false;
    } else if (c.first != c.last && HasWord(refusal_cues_, CueKey(c))) {
      // "did not respond to a request for comment": a refusal of two words
      // is one only when negated, and only before what was not answered.
      const size_t e = SentEnd(c.sentence);
      if (NegatedBefore(c.first) && c.last + 1 < e && IsWord(c.last + 1) && !a_.tokens[c.last + 1].in_quote) {
        return false;
      }
    } else {
      if (!Has(refusal_cues_, c.last)) return false;
      const size_t e = SentEnd(c.sentence);
      if (c.last + 2 < e && LowIs(c.last + 1, "to") && IsWord(c.last + 2) && !a_.tokens[c.last + 1].in_quote) return false;
    }
    p.mention.reset();
    p.inherit_sentence_source = false;
    p.null_subject = false;
    p.continuation = false;
    return true;
  }

  // Whether a negation (list negations) stands before token k, with at most
  // two adverbs of the cue's verb group (list cue-adverbs: "did not
  // immediately", "has not yet") between.
  bool NegatedBefore(size_t k) const {
    for (size_t n = 0; n < 3 && k > 0; ++n) {
      --k;
      if (!IsWord(k) || a_.tokens[k].in_quote) return false;
      if (Has(negations_, k)) return true;
      if (!In(kCueAdverbs, k) && !LowIs(k, "yet")) return false;
    }
    return false;
  }

  // Whether a refusal (list refusal-cues) starts at token `k` of a cue whose
  // last token is `last`: one word ("declined") or two ("respond to", read
  // as scoring reads it: AttributionFacts::refusal).
  bool RefusalAt(size_t k, size_t last) const {
    if (Has(refusal_cues_, k)) return true;
    return k < last && k + 1 < a_.tokens.size() && IsWord(k) && IsWord(k + 1) &&
           HasWord(refusal_cues_, Low(k) + " " + Low(k + 1));
  }

  // The first token of a subject no list knows that ends before token `end`
  // ("The plan was announced", "The ferry plan, however,"): the words back
  // to the clause's start, at most eight and none a verb of its own,
  // opening with a determiner. SIZE_MAX when there is none.
  size_t UnlistedSubjectBefore(size_t end, int s) const {
    size_t b = end;
    while (b > SentFirst(s) && end - b < 8 && IsWord(b - 1) && !a_.tokens[b - 1].in_quote &&
           !In(kClauseOpeners, b - 1) && !In(kComplementizers, b - 1) && !In(kCopulas, b - 1) &&
           !In(kCueAuxiliaries, b - 1) && !cue_ends_[b - 1]) {
      --b;
    }
    // ("Mr. Ruiz’s budget": an honorific's period glued to it opens the run.)
    const bool possessive = b < end && PossessiveNameOpens(b, end);
    if (possessive && b >= SentFirst(s) + 2 && IsPunct(b - 1, ".") && IsWord(b - 2) &&
        a_.tokens[b - 2].span.end == a_.tokens[b - 1].span.begin &&
        (In(kHonorifics, b - 2) || StrippedIn(kHonorifics, b - 2))) {
      b -= 2;
    }
    const bool opens =
        b == SentFirst(s) || IsComma(b - 1) || In(kClauseOpeners, b - 1) || In(kComplementizers, b - 1);
    return b < end && opens && (In(kDeterminers, b) || possessive) ? b : SIZE_MAX;
  }

  // Whether a capitalized possessive run opens the phrase from token `b` to
  // before `end`, as its determiner, with a noun after it: "Hale’s style",
  // "Mr. Ruiz’s new plan" (English only: "’s" marks no possessive
  // elsewhere).
  bool PossessiveNameOpens(size_t b, size_t end) const {
    if (a_.language != "en" || !Cap(b)) return false;
    for (size_t t = b; t + 1 < end && t < b + 4; ++t) {
      if (a_.tokens[t].in_quote) return false;
      const std::string_view w = Tok(t);
      if (w == "\xE2\x80\x99s" || w == "'s" || EndsWithPossessive(w)) return IsWord(t + 1) && !Cap(t + 1);
      if (!Cap(t) && !IsPunct(t, ".")) return false;
    }
    return false;
  }

  // Whether the cue's subject is someone acting: a verb of speech, or of
  // refusing ("The departments declined to provide …") or intending ("The
  // harbor board plans to …"), not of belief, whose subject a thing is as
  // likely to be.
  bool SubjectActs(const CueHit& c) const {
    return c.entry->tone != CueTone::kNonSpeech || Has(refusal_cues_, c.last) ||
           (c.last > c.first && RefusalAt(c.last - 1, c.last)) || IntentCue(c);
  }

  // Whether token k ends a verb of intent (list intent-cues): one word
  // ("plans", "decided") or the last of two ("would like").
  // Asked several times for the same cue token (FindCues, SubjectActs,
  // Emit, DropSilentSources): the answer is kept per token.
  bool IntentWordAt(size_t k) const {
    if (intent_word_at_.size() != a_.tokens.size()) intent_word_at_.assign(a_.tokens.size(), -1);
    int8_t& known = intent_word_at_[k];
    if (known < 0) {
      bool at = Has(intent_cues_, k);
      if (!at && k > 0 && IsWord(k - 1)) {
        scratch_pair_.assign(Low(k - 1));
        scratch_pair_ += ' ';
        scratch_pair_ += Low(k);
        at = HasWord(intent_cues_, scratch_pair_);
      }
      known = at ? 1 : 0;
    }
    return known == 1;
  }
  bool IntentCue(const CueHit& c) const { return IntentWordAt(c.last); }

  // "The harbor board plans to close the office", "Lee decided not to run",
  // "Hale would like to see it repealed": a verb of intent (list
  // intent-cues) is a cue only before "to" and a lower-case word that is
  // no determiner or number (the infinitive, its content), and not as a
  // noun after a determiner, a possessive or a preposition ("Lee's plan to
  // …", "with plans to …"; nominal intents are NominalStances'). "The
  // council plans a new park" and "offered a defense" report no intent.
  bool IntentBeforeInfinitive(const CueHit& c) const {
    const size_t e = SentEnd(c.sentence);
    size_t n = c.last + 1;
    if (n < e && IsWord(n) && Has(negations_, n)) ++n;  // "decided not to run" (list negations)
    if (n + 1 >= e || !IsWord(n) || !LowIs(n, "to") || a_.tokens[n].in_quote) return false;
    const size_t v = n + 1;
    if (!IsWord(v) || a_.tokens[v].in_quote || Cap(v) || In(kDeterminers, v) || In(kNumbers, v)) return false;
    if (c.first > SentFirst(c.sentence)) {
      const size_t b = c.first - 1;
      if (EndsWithPossessive(Tok(b)) || IsPunct(b, "\xE2\x80\x99") || IsPunct(b, "'")) return false;
      if (IsWord(b) && ((In(kDeterminers, b) && !In(kRelativeOpeners, b)) || PrepositionAt(b))) return false;
      // "The city has plans to build": after "has" a form in -s is a noun.
      if (IsWord(b) && In(kCueAuxiliaries, b) && Low(c.last).back() == 's') return false;
    }
    return true;
  }

  // The cue's words as one lower-case key ("et de poursuivre").
  std::string CueKey(const CueHit& c) const {
    std::string key;
    for (size_t k = c.first; k <= c.last; ++k) {
      if (!key.empty()) key += ' ';
      key += Low(k);
    }
    return key;
  }

  // French puts the subject pronoun after the verb with a hyphen: "dit-il",
  // "a-t-elle ajouté", "estiment-ils". The pronoun, part of a cue token, is
  // the source; its span is the pronoun's bytes inside the token.
  std::optional<Mention> GluedSubjectPronoun(const CueHit& c) const {
    for (size_t k = c.first; k <= c.last; ++k) {
      std::string_view tok = Tok(k);
      size_t dash = tok.rfind('-');
      if (dash == std::string_view::npos || dash == 0 || dash + 1 >= tok.size()) continue;
      const std::string& low = Low(k);
      size_t ldash = low.rfind('-');
      if (ldash == std::string::npos) continue;
      std::string pron = low.substr(ldash + 1);
      if (!InWord(kPronounsSubject, pron) || !InWord(kPronouns, pron)) continue;
      Mention m;
      m.span = {a_.tokens[k].span.begin + dash + 1, a_.tokens[k].span.end};
      m.type = MentionType::kPronoun;
      m.head = pron;
      m.plural = InWord(kPronounsPlural, pron);
      return m;
    }
    return std::nullopt;
  }

  // Spanish, Italian and Portuguese leave the subject pronoun out ("declaró
  // hace pocos días", "ha aggiunto"); the verb's ending gives its number.
  // A pack turns this on with its null-subject-plural-endings list (the
  // endings of third-person plural verb forms). Only a finite cue that opens
  // its clause: after a quote, punctuation, the sentence's start, or a word
  // from null-subject-openers (conjunctions, clitic object pronouns).
  void MarkNullSubject(PendingAttribution& p) const {
    const auto& plural_endings = pack_.List("null-subject-plural-endings");
    if (plural_endings.empty()) return;
    const CueHit& c = p.cue;
    const int s = c.sentence;
    if (In(kParticipleCues, c.first)) return;
    const std::string& first = Low(c.first);
    if (first.size() > 4 && first.compare(first.size() - 3, 3, "ndo") == 0) return;  // gerund
    size_t j = c.first;
    while (j > SentFirst(s) && IsWord(j - 1) && !a_.tokens[j - 1].in_quote &&
           (In(kNullSubjectOpeners, j - 1) || In(kCueAdverbs, j - 1))) {
      --j;
    }
    bool opens = j == SentFirst(s) || !IsWord(j - 1) || a_.tokens[j - 1].in_quote ||
                 In(kNullSubjectOpeners, j - 1);
    if (!opens) return;
    p.null_subject = true;
    for (const auto& ending : plural_endings) {
      if (first.size() > ending.size() && first.compare(first.size() - ending.size(), ending.size(), ending) == 0) {
        p.null_subject_plural = true;
      }
    }
  }


  // The token whose span starts at byte `offset` (tokens are in text order).
  size_t TokenStartingAt(size_t offset) const {
    return static_cast<size_t>(std::lower_bound(a_.tokens.begin(), a_.tokens.end(), offset,
                                                [](const Token& x, size_t o) { return x.span.begin < o; }) -
                               a_.tokens.begin());
  }

  // A word that may stand in the premodifier of a name: "Presumptive
  // Democratic presidential nominee", "Sanders campaign manager", "Mr.".
  bool NamePremodifier(size_t k) const {
    // "Breitbart News’ Michael Patrick Leahy": a bare possessive mark glued
    // to a capitalized word.
    if (k > 0 && (IsPunct(k, "\xE2\x80\x99") || IsPunct(k, "'")) && IsWord(k - 1) && Cap(k - 1) &&
        a_.tokens[k - 1].span.end == a_.tokens[k].span.begin && !a_.tokens[k].in_quote) {
      return true;
    }
    if (!IsWord(k) || a_.tokens[k].in_quote) return false;
    // "Then Trump said", "Wednesday Trump said", "On Dec. 3 Trump said".
    if (SentenceOpenerOnly(k) || PartOfDate(k)) return false;
    const std::string& low = Low(k);
    if (pack_.cue_index.count(low)) return false;
    if (Cap(k)) return !SentenceInitialFunction(k) || InWord(kTitles, Tok(k));
    // ("…, where Harry Reid said", "whereas Ana Ruiz said": a word that
    // opens a clause, list clause-openers, is none.)
    if (In(kClauseOpeners, k)) return false;
    return InWord(kRoleNouns, low) || InWord(kPersonHeads, low) || InWord(kModifiers, low) ||
           InWord(kOrganizationHeads, low) || IsPlainModifier(k);
  }

  // A preposition ("despite", "in", "at"): a function word that opens no
  // clause and is no pronoun, determiner or adverb.
  bool PrepositionOpener(size_t k) const {
    return IsWord(k) && !a_.tokens[k].in_quote && In(kFunctionWords, k) && !In(kClauseOpeners, k) &&
           !In(kPronouns, k) && !In(kDeterminers, k) && !In(kCueAdverbs, k) && !Has(interjected_words_, k);
  }

  // PolNeAR takes a name's honorific, titles and role premodifiers into the
  // source ("Mr. Trump", "GOP presidential nominee Donald Trump"): extend a
  // named source leftwards over them when they open the noun phrase.
  void ExtendNamePremodifiers(PendingAttribution& p) {
    if (!p.mention || p.mention->type != MentionType::kName || Cjk(p.cue.first)) return;
    const int s = p.cue.sentence;
    const size_t sb = SentFirst(s);
    size_t b = TokenStartingAt(p.mention->span.begin);
    if (b >= a_.tokens.size() || b <= sb) return;
    // "la portavoz …, Nerea Goikoetxea": a phrase that opens with its
    // determiner has no premodifiers before it.
    if (In(kDeterminers, b)) return;
    size_t nb = b;
    // "Mr." / "Sen." as "Mr" + "." tokens.
    if (nb >= sb + 2 && Tok(nb - 1) == "." && a_.tokens[nb - 2].span.end == a_.tokens[nb - 1].span.begin &&
        (InWord(kHonorifics, Tok(nb - 2)) || InWord(kTitles, std::string(Tok(nb - 2)) + ".") ||
         InWord(kTitles, Tok(nb - 2)))) {
      nb -= 2;
    }
    size_t guard = 6;
    while (nb > sb && guard-- > 0 && NamePremodifier(nb - 1)) --nb;
    if (nb == b) return;
    // Only a whole noun phrase: it starts the sentence or follows
    // punctuation, a determiner or a clause opener.
    if (nb > sb) {
      size_t before = nb - 1;
      if (In(kDeterminers, before) && !In(kStandaloneSources, before)) {
        // "Despite the delays Ana Ruiz said": a determiner after a
        // preposition opens the preposition's object, not the source.
        if (before > sb && PrepositionOpener(before - 1)) return;
        nb = before;
      } else if (IsWord(before) && !In(kClauseOpeners, before) && !In(kFunctionWords, before) &&
                 !SentenceOpenerOnly(before) && !PartOfDate(before)) {
        return;
      }
    }
    p.mention->span.begin = a_.tokens[nb].span.begin;
    // "Board chair Lorraine Whitlock", "Council leader Ana Ruiz": words
    // with a role noun or a title before the name are the person's role.
    if (p.mention->role.empty()) {
      size_t rb = nb;
      while (rb < b && In(kDeterminers, rb)) ++rb;
      bool role_word = false;
      for (size_t t = rb; t < b; ++t) {
        role_word = role_word || In(kRoleNouns, t) || In(kTitles, t) || In(kPersonHeads, t);
      }
      // "La periodista Marta Quiroga dijo": where adjectives follow their
      // nouns, one lower-case word between the article and the name is a
      // noun in apposition, the person's role, listed or not.
      if (!role_word && adjectives_after_nouns_ && rb > nb && rb + 1 == b && !Cap(rb) && !In(kModifiers, rb)) {
        role_word = true;
      }
      if (role_word && rb < b) p.mention->role = Text(rb, b - 1);
    }
  }

  // "Sen. Chris Murphy (D-Conn.) said", "said Florida Gov. Rick Scott (R)":
  // a short parenthesis right after a name (a party and state, an
  // expansion) is part of the source's words, as PolNeAR marks them.
  void ExtendNameParenthesis(PendingAttribution& p) {
    if (!p.mention || Cjk(p.cue.first)) return;
    if (p.mention->type != MentionType::kName && p.mention->type != MentionType::kOrganization) return;
    const int s = p.cue.sentence;
    const size_t open = TokenStartingAt(p.mention->span.end);
    if (open + 2 >= SentEnd(s) || Tok(open) != "(" || a_.tokens[open].in_quote) return;
    size_t close = open + 1;
    while (close < SentEnd(s) && close < open + 10 && Tok(close) != ")" && !a_.tokens[close].in_quote &&
           !in_cue_[close] && Tok(close) != "(") {
      ++close;
    }
    if (close >= SentEnd(s) || Tok(close) != ")" || close == open + 1) return;
    // ("Senate Minority Leader Harry M. Reid (D-Nev.) said": a name after a
    // role that opens with an organisation's word is read as one
    // organisation; a party tag still shows it is a person's.)
    if (p.mention->type == MentionType::kOrganization && !PartyTag(open, close + 1)) return;
    p.mention->span.end = a_.tokens[close].span.end;
  }

  // "…,'' said Ann Bell of the Harbor Institute." ; "says Ted Ruiz of
  // consulting firm Vantix, a …": a named source after its cue carries its
  // affiliation, a phrase opened by "of", "with" or "from" (of list
  // affiliation-prepositions) that holds a capitalized word.
  // PolNeAR's source span runs over it (identifying modifiers belong to the
  // source; tuning part: a name after its cue with "of" and a capitalized
  // phrase is in the gold span 28 times, left out never), to the end of the
  // sentence or to a comma, where an apposition may follow. Not before a
  // time ("said Ruiz of Iowa on Monday"), a clause or a quote. English
  // only: other languages' lists hold genitive prepositions.
  void ExtendAffiliationRight(PendingAttribution& p) {
    if (a_.language != "en" || p.cue.entry->source_follows) return;
    const int s = p.cue.sentence;
    const size_t prep = TokenStartingAt(p.mention->span.end);
    if (prep + 1 >= SentEnd(s) || !IsWord(prep) || a_.tokens[prep].in_quote ||
        a_.tokens[prep].span.begin == p.mention->span.end || !In(kAffiliationPrepositions, prep)) {
      return;
    }
    // ("wrote Ben Cole in The Ledger": "in" and "at" give the medium or the
    // place of saying, not who the source is.)
    const std::string& by = Low(prep);
    if (by != "of" && by != "with" && by != "from") return;
    size_t last = SIZE_MAX, t = prep + 1;
    bool capital = false;
    for (; t < SentEnd(s); ++t) {
      if (a_.tokens[t].in_quote || cue_starts_[t] || IsComma(t)) break;
      if (!IsWord(t)) {
        if (TitlePeriod(t) || InitialPeriod(t) || AbbreviationPeriod(t)) continue;
        break;
      }
      // ("accused Ruiz of exploiting the rules": a gerund with its object
      // after the preposition is what was said; "of consulting firm Vantix"
      // is no gerund.)
      const bool gerund = t == prep + 1 && Participle(t) && !Cap(t) && t + 1 < SentEnd(s) &&
                          (In(kDeterminers, t + 1) || In(kPronouns, t + 1));
      if (In(kTimeWords, t) || In(kTimeOpeners, t) || In(kRelativeOpeners, t) || In(kComplementizers, t) ||
          In(kPronouns, t) || gerund ||
          (In(kVerbCoordinators, t) && !(t + 1 < SentEnd(s) && Cap(t + 1)))) {
        return;
      }
      capital = capital || Cap(t);
      last = t;
    }
    if (!capital || last == SIZE_MAX) return;
    // The phrase closes the sentence (only marks after it) or a comma ends it.
    if (t < SentEnd(s) && !IsComma(t)) {
      for (size_t u = t; u < SentEnd(s); ++u) {
        if (IsWord(u) || a_.tokens[u].in_quote) return;
      }
    }
    if (IsComma(t) && a_.tokens[t].in_quote) return;
    p.mention->span.end = a_.tokens[last].span.end;
  }

  // PolNeAR's source span runs over a name's appositions when the name
  // follows its cue ("…,” said David Magel, 53, who lives in the Chicago
  // suburbs." ; "says Evan Tracey, a Republican media consultant with
  // National Media."): extend a named source after its cue to the end of
  // its sentence, or to the comma before a quote or another cue. The
  // apposition must open with an age, a determiner, a relative pronoun or a
  // role word, never a preposition or a time ("said Ruiz, on Monday").
  // "…,” said Peter Rice, chairman of the harbor board, in an interview",
  // "said Jim Bopp, a member of the committee, “and …”": a named
  // source after its cue (English) whose mention already holds its
  // apposition, followed by the comma at `comma` and more of the sentence,
  // takes that comma: the two commas set the apposition off, and PolNeAR
  // keeps a parenthetical pair's closing comma in the source (tune: 16
  // times, left out 5). Not before a relative clause, which
  // RelativeClauseAfterInvertedSource reads or leaves to its own cue, nor
  // before a cue (", noting that …": that cue's attribution reads the span
  // with the comma, and two attributions never share one source span), nor
  // after a cue whose source opens the sentence's clause ("According to
  // Ann Lee, a planner, the pier …").
  bool ClosingCommaOfApposition(const PendingAttribution& p, size_t comma) const {
    if (a_.language != "en" || p.cue.entry->source_follows) return false;
    const int s = p.cue.sentence;
    const size_t k = comma + 1;
    if (k >= SentEnd(s) || (IsWord(k) && In(kRelativeOpeners, k)) || cue_starts_[k]) return false;
    // The sentence goes on with a word or a quote after the comma.
    if (!IsWord(k) && !a_.tokens[k].in_quote) return false;
    const size_t b = TokenStartingAt(p.mention->span.begin);
    for (size_t t = b + 1; t < comma; ++t) {
      if (IsComma(t) && !a_.tokens[t].in_quote) return true;
    }
    return false;
  }

  void ExtendAppositionRight(PendingAttribution& p) {
    if (!p.mention || p.mention->type != MentionType::kName || Cjk(p.cue.first)) return;
    const int s = p.cue.sentence;
    if (p.mention->span.begin < a_.tokens[p.cue.last].span.end) return;  // the source comes first
    ExtendAffiliationRight(p);
    const size_t comma = TokenStartingAt(p.mention->span.end);
    if (comma + 1 >= SentEnd(s) || !IsComma(comma) || a_.tokens[comma].span.begin != p.mention->span.end) return;
    const size_t k = comma + 1;
    // (Where no apposition of its own follows, the closing comma of the one
    // the mention holds: ClosingCommaOfApposition.)
    auto closing_comma = [&] {
      if (ClosingCommaOfApposition(p, comma)) p.mention->span.end = a_.tokens[comma].span.end;
    };
    if (!IsWord(k) || a_.tokens[k].in_quote || cue_starts_[k] || In(kTimeWords, k) || In(kTimeOpeners, k)) {
      closing_comma();
      return;
    }
    const bool lower_opens = a_.tokens[k].type == TokenType::kNumber || In(kDeterminers, k) ||
                             In(kRelativeOpeners, k) || (IsRoleStart(k) && !Cap(k));
    const bool opens = lower_opens || (Cap(k) && !In(kPronouns, k));
    if (!opens || (PrepositionAt(k) && !In(kDeterminers, k))) {
      closing_comma();
      return;
    }
    // "According to Dennis Ross, another former envoy, the trouble was …":
    // before its clause a source-after cue's apposition is one phrase, up to
    // its comma; a capitalized word after the comma opens that clause.
    const bool one_phrase = p.cue.entry->source_follows;
    if (one_phrase && !lower_opens) return;
    size_t last = k;  // last word of the apposition
    size_t last_comma = SIZE_MAX;
    size_t t = k;
    for (; t < SentEnd(s); ++t) {
      if (a_.tokens[t].in_quote) break;
      // ("According to F.A.A. records, the jet has flown … since March 16,
      // 2016": a verb group or a cue makes the words after the comma the
      // clause the cue attributes, not an apposition.)
      if (one_phrase && IsWord(t) && (In(kCueAuxiliaries, t) || cue_starts_[t])) return;
      // A cue after a comma ("…, adding that …") ends it; a verb of speech
      // inside a relative clause ("who helped found the group") does not.
      if (cue_starts_[t] && t > k && IsComma(t - 1)) break;
      if (IsComma(t)) {
        if (one_phrase) break;
        // "…, one of the stars, and the crowd cheered": the sentence goes
        // on with a clause of its own; no apposition can be told apart.
        if (t + 1 < SentEnd(s) && IsWord(t + 1) &&
            (In(kVerbCoordinators, t + 1) || In(kClauseOpeners, t + 1) || In(kPronouns, t + 1))) {
          return;
        }
        last_comma = t;
        // "…, via email", "…, on the union's Facebook page": a closing
        // prepositional phrase belongs to the cue; "…, 24, from Manchester"
        // (an affiliation preposition) still to the source.
        if (t + 1 < SentEnd(s) && IsWord(t + 1) && PrepositionAt(t + 1) && !In(kDeterminers, t + 1) &&
            !In(kRelativeOpeners, t + 1) && !In(kAffiliationPrepositions, t + 1)) {
          break;
        }
      } else if (IsWord(t)) {
        last = t;
      }
    }
    size_t end = last;
    if (one_phrase) {
      // The phrase must close with a comma before the clause it opens
      // ("According to The Federalist, the men were …" has no apposition).
      if (t >= SentEnd(s) || !IsComma(t)) return;
    } else if (t < SentEnd(s)) {
      // A quote, another cue or a closing phrase: the apposition ends with
      // the comma before it.
      if (last_comma == SIZE_MAX || last_comma <= k) return;
      end = last_comma;
    }
    p.mention->span.end = a_.tokens[end].span.end;
  }

  // "Ana Ruiz, who said last week that the pier was safe, also argued …": a
  // relative clause set off by commas (list relative-openers) after a
  // source (before its cue or after it: "said Ann Bell, who noted …"), that
  // holds a cue of its own, is that cue's
  // attribution. PolNeAR gives a token one label, so the first source as
  // shown ends before the clause's comma (after an apposition, with its
  // comma: "Ann Bell, a teacher from Dover, who said …"). Returns `src`
  // trimmed so, or unchanged.
  Span WithoutReportingRelativeClause(Span src, const PendingAttribution& p) const {
    const size_t cue_begin = a_.tokens[p.cue.group_first].span.begin;
    if (src.begin <= cue_begin && src.end > cue_begin) return src;
    const size_t b = TokenStartingAt(src.begin);
    if (b >= a_.tokens.size()) return src;
    size_t e = b;
    while (e + 1 < a_.tokens.size() && a_.tokens[e + 1].span.end <= src.end) ++e;
    for (size_t t = b + 1; t + 2 <= e; ++t) {
      if (!IsComma(t) || a_.tokens[t].in_quote || !IsWord(t + 1) || !In(kRelativeOpeners, t + 1)) continue;
      bool own_cue = false;
      for (size_t u = t + 2; u <= e && !own_cue; ++u) own_cue = cue_starts_[u] && !a_.tokens[u].in_quote;
      if (!own_cue) continue;
      bool apposition = false;
      for (size_t u = b + 1; u < t && !apposition; ++u) apposition = IsComma(u);
      return Span{src.begin, a_.tokens[apposition ? t : t - 1].span.end};
    }
    return src;
  }

  // "said a person familiar with the matter who spoke on condition of
  // anonymity because the talks are private", "A senior aide, speaking on
  // condition of anonymity, said": a clause that asks for anonymity or gives
  // its reason (AnonymityClauseLast) is evidence about the source, not part
  // of its name. The mention (the name, the anonymous-source phrase) ends
  // before it; the source as shown runs over it, as PolNeAR marks it, and the
  // content starts after it. Unnamed sources only.
  // "said Mr. Ekovich, who noted that …", "Beck, who said …, added": a
  // relative clause whose verb is a cue of speech reports something of its own
  // (PolNeAR marks it as an attribution whose source is the relative
  // pronoun), so it is not part of the source before it (guidelines:
  // "Jeremy, who supports Sanders, says"). The source ends before the
  // relative pronoun and its comma. Not an anonymity clause
  // (TrimAnonymityClause shows those).
  void TrimCueRelativeClause(PendingAttribution& p) {
    if (!p.mention || p.shown_source_span || Cjk(p.cue.first)) return;
    Mention& m = *p.mention;
    if (m.type == MentionType::kPronoun) return;
    const int s = p.cue.sentence;
    const size_t b = TokenStartingAt(m.span.begin);
    for (size_t t = b + 1; t < SentEnd(s) && a_.tokens[t].span.end <= m.span.end; ++t) {
      if (!In(kRelativeOpeners, t) || LowIs(t, "that") || a_.tokens[t].in_quote) continue;
      // Without a comma only after a name's apposition: a restrictive clause
      // identifies an unnamed source ("the groups who wrote to her say").
      if (!IsComma(t - 1) && m.type != MentionType::kName) continue;
      size_t v = t + 1;
      while (v < SentEnd(s) && v < t + 4 && IsWord(v) && (In(kCueAuxiliaries, v) || In(kCueAdverbs, v))) ++v;
      if (v >= SentEnd(s) || (v >= p.cue.first && v <= p.cue.last) || Has(role_verbs_, v)) continue;
      // A cue of speech: a stance or belief ("who has endorsed Cruz", "who
      // supports Clinton") helps to identify the source and stays in it, as
      // a role verb does ("who advised Obama").
      bool speech = false;
      for (const auto& q : pending_) speech = speech || (q.cue.first == v && q.cue.entry->tone != CueTone::kNonSpeech);
      if (!speech) continue;
      size_t ne = t - 1;
      while (ne > b && !IsWord(ne)) --ne;
      if (!IsWord(ne)) return;
      m.span.end = a_.tokens[ne].span.end;
      return;
    }
  }

  void TrimAnonymityClause(PendingAttribution& p) {
    if (!p.mention || Cjk(p.cue.first)) return;
    Mention& m = *p.mention;
    if (m.type != MentionType::kDescription && m.type != MentionType::kAnaphor) return;
    const int s = p.cue.sentence;
    const size_t b = TokenStartingAt(m.span.begin);
    if (b >= SentEnd(s)) return;
    size_t e = b;
    while (e + 1 < SentEnd(s) && a_.tokens[e + 1].span.end <= m.span.end) ++e;
    const bool after_cue = m.span.begin >= a_.tokens[p.cue.last].span.end;
    if (!after_cue && p.cue.group_first <= e) return;
    const size_t limit = after_cue ? SentEnd(s) : p.cue.group_first;
    const size_t shown_begin = p.shown_source_span ? p.shown_source_span->begin : m.span.begin;
    // Inside the mention, after its head.
    for (size_t t = b + 1; t <= e; ++t) {
      if (!IsWord(t) || (!IsWord(t - 1) && !IsComma(t - 1))) continue;
      const size_t last = AnonymityClauseLast(t, s, limit, /*stop_at_cues=*/true);
      if (last == SIZE_MAX) continue;
      size_t ne = t - 1;
      // ("… on the top floor and who did not want to be named": nor the
      // conjunction before a second relative clause.)
      while (ne > b && (!IsWord(ne) || (In(kVerbCoordinators, ne) && In(kRelativeOpeners, ne + 1)))) --ne;
      p.shown_source_span = Span{shown_begin, std::max(m.span.end, a_.tokens[last].span.end)};
      m.span.end = a_.tokens[ne].span.end;
      return;
    }
    // Right after it: "said two officials, who spoke on condition of
    // anonymity …". Before the cue only a clause without commas ("A person
    // … who spoke on condition of anonymity said"): PolNeAR's annotators
    // left one set off by commas out of the source span four times in six.
    // An aside right before the cue ("A senior aide on condition of
    // anonymity said") belongs to neither source nor cue (anonymity-asides).
    size_t k = e + 1;
    if (k < limit && IsComma(k)) {
      if (!after_cue) return;
      ++k;
    }
    if (!after_cue && AnonymityAsideStartingAt(k, s) > 0) return;
    const size_t last = AnonymityClauseLast(k, s, limit, /*stop_at_cues=*/true);
    if (last == SIZE_MAX) return;
    // Before the cue the clause must reach it.
    if (!after_cue) {
      for (size_t t = last + 1; t < p.cue.group_first; ++t) {
        if (!IsComma(t)) return;
      }
    }
    p.shown_source_span = Span{shown_begin, a_.tokens[last].span.end};
  }

  // "Mr. Peck and Mr. Mahaney said", "Friends, lobbyists and former foes
  // say", "Both Bolton and Gorka argued": a source before its cue joined
  // by a noun coordinator (list noun-coordinators) to noun phrases before
  // it, the first opening the clause. PolNeAR's source span covers the
  // whole coordination; it is shown so, and the source stays the phrase
  // next to the cue.
  void ShowCoordinatedSource(PendingAttribution& p) {
    // (Noted for JoinCoordinatedSource once the span is shown; not after
    // "or", "Rubio or Ben Carson": one of them, no joint speakers.)
    auto note = [&](std::vector<Mention> conjuncts, size_t coordinator) {
      static const std::unordered_set<std::string> kDisjunctions = {"or", "oder", "o", "ou", "u", "nor"};
      if (kDisjunctions.count(Low(coordinator)) > 0) return;
      if (p.shown_source_span && p.mention) {
        coordinations_[{p.shown_source_span->begin, p.mention->span.begin}] = std::move(conjuncts);
      }
    };
    if (!p.mention || Cjk(p.cue.first)) return;
    const int s = p.cue.sentence;
    const size_t first = SentFirst(s);
    if (p.mention->span.end > a_.tokens[p.cue.first].span.begin) {  // the source comes after
      InvertedCoordinatedSource(p, note);
      return;
    }
    const size_t b = TokenStartingAt(p.mention->span.begin);
    // "and even some engineers": one adverb may stand between.
    const size_t join = b >= first + 3 && In(kCueAdverbs, b - 1) && !a_.tokens[b - 1].in_quote ? b - 2 : b - 1;
    if (b < first + 2 || b >= SentEnd(s) || !Has(noun_coordinators_, join) || a_.tokens[join].in_quote) return;
    // Two conjuncts only: a comma before the first one more often closes an
    // opening phrase ("Among Republicans, Trump and Cruz") than a list.
    // "Sens. Rand Paul (Ky.) and Marco Rubio (Fla.) debated": a first
    // conjunct closed by a short parenthesis, a party or state tag, is read
    // up to its name and takes the tag along (PolNeAR keeps such tags in
    // the source span).
    size_t left_end = join - 1;
    if (Tok(join - 1) == ")" && !a_.tokens[join - 1].in_quote && join >= first + 4) {
      size_t o = join - 2;
      while (o > first + 1 && join - o < 8 && Tok(o) != "(" && Tok(o) != ")" && !IsComma(o)) --o;
      if (Tok(o) == "(" && IsWord(o - 1) && !a_.tokens[o - 1].in_quote) left_end = o - 1;
    }
    if (!IsWord(left_end) || a_.tokens[left_end].in_quote) return;
    auto left = ParseLeft(left_end, s);
    // "Scholz and Macron said", "Trump and Ryan issued a statement": a
    // bare capitalized word opening the sentence before a named conjunct
    // is a name too, though the article writes it nowhere else (English).
    if (!left && a_.language == "en" && left_end == first && join == first + 1 && IsWord(first) && Cap(first) &&
        p.mention->type == MentionType::kName && !In(kDeterminers, first) && !In(kFunctionWords, first) &&
        !In(kPronouns, first) && !In(kTimeWords, first) && !In(kClauseOpeners, first) && !PrepositionAt(first) &&
        !Has(subordinators_, first)) {
      left = MentionFromRange(first, first);
      if (left) left->type = MentionType::kName;
    }
    if (left && left_end != join - 1) {
      if (left->span.end != a_.tokens[left_end].span.end ||
          (left->type != MentionType::kName && left->type != MentionType::kOrganization)) {
        return;
      }
      left->span.end = a_.tokens[join - 1].span.end;
    }
    // "Her directors and advisers", "Many environmental groups and climate
    // experts", "five past and current employees": a lower-case noun of
    // people or groups, or an adjective shared with the noun after "and",
    // that no mention reading takes alone; the first conjunct runs back
    // over its premodifiers (English).
    if (!left && a_.language == "en" && IsWord(join - 1) && !a_.tokens[join - 1].in_quote &&
        (!Cap(join - 1) || SentenceInitial(join - 1)) && !In(kPronouns, join - 1) &&
        (IsHead(join - 1) ||
         (IsPlainModifier(join - 1) && IsPlainModifier(b) && p.mention->span.end > a_.tokens[b].span.end))) {
      const size_t fb = PremodifiersStart(join - 1, s);
      left = MentionFromRange(fb, join - 1);
    }
    if (!left || left->span.end != a_.tokens[join - 1].span.end) return;
    size_t lb = TokenStartingAt(left->span.begin);
    for (size_t t = lb; t <= left_end; ++t) {
      if (!IsWord(t) && !TitlePeriod(t) && !InitialPeriod(t)) return;  // one plain phrase
    }
    if (lb >= join) return;
    // "Ben Carson, Ted Cruz and Rand Paul have attacked it", "Ms. Toretti,
    // Mrs. Rao and other bundlers said": a list of names set off by commas
    // before the last two conjuncts, when every member is a name and the
    // list opens its clause (not "Among Republicans, Trump and Cruz").
    if (left->type == MentionType::kName) {
      size_t list_b = lb;
      std::vector<Mention> members{*left};
      while (list_b >= first + 2 && IsComma(list_b - 1) && !a_.tokens[list_b - 1].in_quote && IsWord(list_b - 2)) {
        // "Ruiz, Hale and others said": a word that opens the sentence, is
        // in no list and is written nowhere in lower case, before a comma
        // and a name of the list, is a surname too (English). ("Overall,
        // Hale and others", "Meanwhile, Hale and Ruiz": words the lists or
        // the text know otherwise.)
        if (list_b - 2 == first && BareSurnameOpening(first)) {
          auto surname = MentionFromRange(first, first);
          if (surname) {
            surname->type = MentionType::kName;
            surname->name = std::string(Tok(first));
            members.insert(members.begin(), *surname);
            list_b = first;
          }
          break;
        }
        auto prev = ParseLeft(list_b - 2, s);
        if (!prev || prev->type != MentionType::kName || prev->span.end != a_.tokens[list_b - 2].span.end) break;
        const size_t pb = TokenStartingAt(prev->span.begin);
        // (A sentence's first word only when the text capitalizes it
        // elsewhere: "Among Democrats, Lee and Barr" is no list.)
        if (pb >= list_b - 1 || PrepositionAt(pb) || In(kFunctionWords, pb) || In(kTimeWords, pb) ||
            (SentenceInitial(pb) && !CapitalizedInBody(pb))) {
          break;
        }
        bool plain = true;
        for (size_t t = pb; t + 1 < list_b && plain; ++t) plain = IsWord(t) || TitlePeriod(t) || InitialPeriod(t);
        if (!plain) break;
        list_b = pb;
        members.insert(members.begin(), *prev);
      }
      if (list_b < lb && (list_b == first || In(kClauseOpeners, list_b - 1) || In(kComplementizers, list_b - 1))) {
        p.shown_source_span = Span{a_.tokens[list_b].span.begin, p.mention->span.end};
        note(std::move(members), join);
        return;
      }
    }
    // The coordination must open its clause ("Both …" counts).
    if (lb == first + 1 && In(kDeterminers, first)) lb = first;
    // (After a closing quote, a colon, a semicolon or a dash too: "“…,”
    // Ana Lee and Tom Bell wrote", "her record: She and her husband
    // supported"; English.)
    auto opens_at = [&](size_t t) {
      return t == first || IsComma(t - 1) || In(kClauseOpeners, t - 1) || In(kComplementizers, t - 1) ||
             (a_.language == "en" && !IsWord(t - 1) && !IsPunct(t - 1, ".") && Tok(t - 1) != ")" &&
              (a_.tokens[t - 1].in_quote || Tok(t - 1) == ":" || Tok(t - 1) == ";" || IsDash(t - 1) ||
               ClosingMarkAt(t - 1)));
    };
    // "Presidential hopefuls Ana Quill and Tom Bell said": a lower-case
    // head noun of people right before the first name is the role of both
    // (the cue's name took it not: "Tom Bell"); the coordination opens
    // with its premodifiers.
    if (!opens_at(lb) && left->type == MentionType::kName && lb > first + 1 && IsWord(lb - 1) && !Cap(lb - 1) &&
        !a_.tokens[lb - 1].in_quote && IsHead(lb - 1) && In(kPluralHeads, lb - 1) && !In(kOrganizationHeads, lb - 1) &&
        !In(kDocumentHeads, lb - 1)) {
      const size_t rb = PremodifiersStart(lb - 1, s);
      if (rb < lb - 1 && opens_at(rb)) {
        // (The role of every member: JointSourceRoles gives it to each.)
        if (left->role.empty()) left->role = Text(rb, lb - 1);
        lb = rb;
      }
    }
    if (!opens_at(lb)) return;
    p.shown_source_span = Span{a_.tokens[lb].span.begin, p.mention->span.end};
    // "Ministers from Tarn and Vell said", "Officials of Quillon and Mera
    // say": the names after "and" join the object of the description's
    // preposition (list affiliation-prepositions), so the source is the
    // whole description, not the last name.
    if (left->type == MentionType::kDescription && a_.language == "en" &&
        (p.mention->type == MentionType::kName || p.mention->type == MentionType::kOrganization)) {
      size_t prep = SIZE_MAX;
      for (size_t t = TokenStartingAt(left->span.begin) + 1; t + 1 < join; ++t) {
        if (In(kAffiliationPrepositions, t) && !a_.tokens[t].in_quote) prep = t;
      }
      bool names = prep != SIZE_MAX;
      for (size_t t = prep + 1; names && t < join; ++t) names = Cap(t) || TitlePeriod(t) || InitialPeriod(t);
      for (size_t t = b; names && t < SentEnd(s) && a_.tokens[t].span.end <= p.mention->span.end; ++t) {
        names = Cap(t) || TitlePeriod(t) || InitialPeriod(t);
      }
      if (names) {
        Mention whole = *left;
        whole.span = Span{left->span.begin, p.mention->span.end};
        p.mention = whole;
        return;
      }
    }
    note({*left}, join);
  }

  // "…, said Rennick and Marchetti.", "said Mayor Ana Ruiz and Councillor
  // Tom Hale, who …": a name after its cue joined by a noun coordinator to
  // another name that ends the clause (a period, comma, semicolon or the
  // sentence's end after it) are joint speakers, shown as one span and
  // noted for JoinCoordinatedSource as the coordination before a cue is.
  template <typename Note>
  void InvertedCoordinatedSource(PendingAttribution& p, Note& note) {
    if (p.mention->type != MentionType::kName || p.shown_source_span) return;
    const int s = p.cue.sentence;
    const size_t end = SentEnd(s);
    if (a_.tokens[p.cue.last].span.end > p.mention->span.begin) return;
    size_t last = TokenStartingAt(p.mention->span.begin);
    while (last + 1 < end && a_.tokens[last + 1].span.end <= p.mention->span.end) ++last;
    if (a_.tokens[last].span.end != p.mention->span.end) return;
    const size_t join = last + 1;
    if (join + 1 >= end || !Has(noun_coordinators_, join) || a_.tokens[join].in_quote || LowIs(join, "or") ||
        LowIs(join, "nor")) {
      return;
    }
    if (!IsWord(last) || !Cap(last) || !IsWord(join + 1) || !Cap(join + 1) || a_.tokens[join + 1].in_quote) return;
    auto right = ParseRightOnce(join + 1, s, /*inverted=*/true);
    if (!right || right->type != MentionType::kName || TokenStartingAt(right->span.begin) != join + 1) return;
    size_t after = join + 1;
    while (after < end && a_.tokens[after].span.end <= right->span.end) ++after;
    if (a_.tokens[after - 1].span.end != right->span.end) return;
    if (after < end && !IsComma(after) && !IsPunct(after, ".") && Tok(after) != ";") return;
    p.shown_source_span = Span{p.mention->span.begin, right->span.end};
    note(std::vector<Mention>{*right}, join);
  }

  // Whether the capitalized word at `t`, which opens its sentence, may be a
  // surname no one introduced: English, outside quotes, in no word list
  // ("Instead" is in interjected-words), not an adverb in "-ly", and
  // written nowhere in the text in lower case.
  bool BareSurnameOpening(size_t t) const {
    if (a_.language != "en" || !IsWord(t) || !Cap(t) || a_.tokens[t].in_quote || bits_[t] != 0 || IsAcronym(t) ||
        Has(interjected_words_, t) || Has(subordinators_, t) || SentenceOpenerOnly(t)) {
      return false;
    }
    const std::string& low = Low(t);
    if (low.size() < 2 || (low.size() > 3 && low.compare(low.size() - 2, 2, "ly") == 0)) return false;
    for (size_t k = 0; k < a_.tokens.size(); ++k) {
      if (k != t && IsWord(k) && !Cap(k) && Low(k) == low) return false;
    }
    return true;
  }

  // "Ana Ruiz and Tom Hale said", "Ruiz, Hale and others said": names
  // coordinated as the shown source of a cue are joint speakers, one
  // source whose canonical name holds the names joined with " and "
  // (design §3), a closing description included ("… and others"). The
  // names keep their own sources for later mentions ("Hale said"). At
  // least two names: "Trump and other Republicans" keeps the phrase next
  // to the cue, "Her directors and advisers" is one unnamed source.
  void JoinCoordinatedSource(size_t pi) {
    PendingAttribution& p = pending_[pi];
    if (!p.mention || p.source < 0 || !p.shown_source_span) return;
    const auto it = coordinations_.find({p.shown_source_span->begin, p.mention->span.begin});
    if (it == coordinations_.end()) return;
    std::vector<std::string> parts;
    std::vector<int> members;
    std::vector<std::pair<std::string, std::string>> member_roles;
    size_t names = 0;
    // (Not a name with an organisation's head or a place in it, "Islamic
    // State", "Ohio and Pennsylvania": those are no joint speakers.)
    auto organisation_word = [&](const std::string& name) {
      if (OrganizationName(name)) return true;
      for (size_t b = 0; b < name.size();) {
        size_t e = name.find(' ', b);
        if (e == std::string::npos) e = name.size();
        const std::string_view word = std::string_view(name).substr(b, e - b);
        if ((KeyBits(word) & (uint64_t{1} << kOrganizationHeads | uint64_t{1} << kPlaces)) != 0 ||
            place_qualifiers_.count(Key(word)) > 0) {
          return true;
        }
        b = e + 1;
      }
      return false;
    };
    auto add = [&](std::string part) {
      if (part.empty() || std::find(parts.begin(), parts.end(), part) != parts.end()) return false;
      parts.push_back(std::move(part));
      return true;
    };
    // (A family, "Mara Lind and her family", is read as the "Lind family":
    // no joint speakers with the person it is named after.)
    if (p.mention->head == "family") return;
    // ("said Rennick and Marchetti": the cue's own name comes first.)
    const bool own_first = !it->second.empty() && it->second.front().span.begin > p.mention->span.begin;
    const Source& own = r_.sources[static_cast<size_t>(p.source)];
    if (own_first) {
      if (p.mention->type != MentionType::kName || own.kind != SourceKind::kNamed || organisation_word(own.name) ||
          !add(own.name)) {
        return;
      }
      members.push_back(p.source);
      member_roles.emplace_back(own.name, p.mention->role);
      ++names;
    }
    for (const Mention& c : it->second) {
      if (c.type != MentionType::kName || c.head == "family") return;
      std::string role;
      const std::string name = c.name.empty() ? std::string(w_.substr(c.span.begin, c.span.size())) : c.name;
      const std::string canonical = CanonicalName(name, c.span.begin, &role);
      if (organisation_word(canonical) || !add(canonical)) return;
      if (const auto known = by_key_.find("P:" + parts.back()); known != by_key_.end()) members.push_back(known->second);
      member_roles.emplace_back(canonical, !c.role.empty() ? c.role : role);
      ++names;
    }
    if (own_first) {
      // (Joined above.)
    } else if (p.mention->type == MentionType::kName && own.kind == SourceKind::kNamed) {
      if (organisation_word(own.name) || !add(own.name)) return;
      members.push_back(p.source);
      member_roles.emplace_back(own.name, p.mention->role);
      ++names;
    } else if (p.mention->type == MentionType::kDescription && own.kind == SourceKind::kAnonymous) {
      if (!add(std::string(w_.substr(p.mention->span.begin, p.mention->span.size())))) return;
      member_roles.emplace_back("", "");  // an unnamed member: no role makes the joint T5
    } else {
      return;
    }
    std::string joint = parts[0];
    for (size_t k = 1; k < parts.size(); ++k) joint += " and " + parts[k];
    // "Labour Minister Tobias Rennick and an aide said": one name and an
    // unnamed member make a joint source as transparent as the unnamed one
    // (its kind, specificity and reason), named after both. Its head is
    // none, so that a later "the aide" refers to the aide alone.
    if (names == 1 && !own_first && p.mention->type == MentionType::kDescription &&
        (own.kind == SourceKind::kAnonymous || own.kind == SourceKind::kDescribed) && parts.size() == 2) {
      Source js = own;
      js.id = static_cast<int>(r_.sources.size()) + 1;
      js.name = joint;
      js.mentions = js.quotes = js.attributions = 0;
      js.plural = true;
      r_.sources.push_back(js);
      source_heads_.push_back(std::string());
      p.source = static_cast<int>(r_.sources.size()) - 1;
      return;
    }
    if (names < 2) return;
    p.source = EnsurePerson(joint, "");
    if (joint_members_.count(p.source) == 0) joint_members_[p.source] = std::move(member_roles);
    for (const int member : members) {
      auto& joints = joints_of_[member];
      if (std::find(joints.begin(), joints.end(), p.source) == joints.end()) joints.push_back(p.source);
    }
  }

  // Tokens [from, …] that form a time phrase ("Tuesday", "on Tuesday",
  // "earlier this week", "Monday night", "earlier in the evening"); returns
  // the last one, or npos. (A determiner only after an opener: "the
  // evening" alone may be what was debated.)
  size_t TimePhraseEnd(size_t from, size_t end) const {
    size_t k = from;
    while (k < end && IsWord(k) && In(kTimeOpeners, k)) ++k;
    if (k > from && k + 1 < end && IsWord(k) && In(kDefiniteDeterminers, k) && In(kTimeWords, k + 1)) ++k;
    size_t last = std::string::npos;
    while (k < end && IsWord(k) && !a_.tokens[k].in_quote && In(kTimeWords, k)) last = k++;
    return last;
  }

  // "in a statement", "in an interview on Fox", "during a telephone
  // interview": a preposition from cue-manner-openers, then up to four words
  // ending in a noun from cue-manner-nouns. Returns the last token, or npos.
  size_t MannerPhraseEnd(size_t from, size_t end) const {
    if (from >= end || !IsWord(from) || !In(kCueMannerOpeners, from)) return std::string::npos;
    // "said on “Face the Nation” that …"
    if (const size_t title = WorkTitleEndAt(from + 1); title != std::string::npos && title < end) return title;
    size_t last = std::string::npos;
    for (size_t k = from + 1; k < end && k <= from + 5; ++k) {
      if (!IsWord(k) || a_.tokens[k].in_quote) break;
      if (In(kCueMannerNouns, k)) last = k;
      else if (last != std::string::npos) break;
    }
    return last;
  }

  // A prepositional phrase at `prep` after a cue that is no object of it but
  // an adjunct: the content is elsewhere. Either the sentence opens with a
  // quote before the cue ("“…,” she joked with reporters"), or the phrase
  // runs into "that" or a colon ("insisted on television that …", "wrote on
  // his blog: …") or into a comma and a quote ("asks at the school, “…”").
  bool AdjunctBeforeContent(size_t sb, size_t cue_first, size_t prep, size_t se) const {
    for (size_t k = sb; k < cue_first && k <= sb + 1; ++k) {
      if (a_.tokens[k].in_quote) return true;
    }
    for (size_t k = prep + 1; k < se && k <= prep + 12; ++k) {
      if (Tok(k) == ":") return true;
      if (a_.tokens[k].in_quote) return false;
      if (IsWord(k)) {
        if (k > prep + 1 && In(kComplementizers, k)) return true;
        continue;
      }
      if (IsComma(k)) return k + 2 < se && a_.tokens[k + 2].in_quote;
      return false;
    }
    return false;
  }

  void ExtendCueGroup(PendingAttribution& p) {
    CueHit& c = p.cue;
    c.group_first = c.first;
    c.group_last = c.last;
    c.report_last = c.last;
    if (Cjk(c.first) || c.entry == &poll_cue_) return;  // a preposition has no verb group
    // ("is reportedly spending": the verb group around a hedging adverb is
    // the content's, as PolNeAR marks it; the cue is the adverb alone.)
    if (HedgeAdverb(c)) return;
    const int s = c.sentence;
    const size_t sb = SentFirst(s), se = SentEnd(s);
    // Left: "has", "also", "did not", "has repeatedly" …, never into the source.
    size_t left_limit = p.mention && p.mention->span.end <= a_.tokens[c.first].span.begin ? p.mention->span.end : 0;
    size_t k = c.first;
    while (k > sb) {
      size_t j = k - 1;
      if (!IsWord(j) || a_.tokens[j].in_quote || a_.tokens[j].span.begin < left_limit) break;
      if (!VerbGroupWord(j)) break;
      // ("whoever the next president is should know": a finite auxiliary
      // before a modal ends another clause; list modals.)
      if (Has(modals_, k) && !Has(modals_, j) && In(kCueAuxiliaries, j)) break;
      k = j;
    }
    // The group starts with a word of its own, never with a bare adverb that
    // opens the sentence ("Also, …").
    c.group_first = k;
    // Right: time and manner phrases, never over the source ("said Wu").
    size_t right_limit = p.mention && p.mention->span.begin >= a_.tokens[c.last].span.end ? p.mention->span.begin : SIZE_MAX;
    size_t last = c.last;
    // "spoke about Iran", "agreed with the ruling", "weighed in on the
    // race", "cautioned against haste": a preposition or particle (list
    // cue-prepositions) that links the verb to its object, the content,
    // belongs to the verb group (PolNeAR's guidelines, "Keep the verb group
    // together"). Not after a verb of cues-without-preposition ("said of the
    // plan", "said at the rally"), nor where it opens a time or manner
    // phrase ("wrote on Twitter", "spoke on Tuesday"). (A question's
    // "asked about" keeps it even after a quote: "“…,” he said, asked
    // about the delay".)
    if (last + 1 < se && IsWord(last + 1) && !a_.tokens[last + 1].in_quote && !Has(cues_without_preposition_, last) &&
        a_.tokens[last + 1].span.begin < right_limit && Has(cue_prepositions_, last + 1) &&
        TimePhraseEnd(last + 1, se) == std::string::npos && MannerPhraseEnd(last + 1, se) == std::string::npos &&
        (p.question_passive || !AdjunctBeforeContent(sb, c.first, last + 1, se))) {
      ++last;
    }
    // "said repeatedly", "replied dryly:", "said recently that …": a manner
    // adverb known by its ending right after the cue word(s) belongs to the
    // cue as reported (PolNeAR's tuning part: about 30 of 36), when the
    // clause ends or the content opens right after it (not "said nearly
    // half …", where the adverb is the content's).
    if (last == c.last && last + 1 < se && a_.tokens[last + 1].span.begin < right_limit && SuffixAdverbAt(last + 1)) {
      const size_t n = last + 2;
      const bool closes = n >= se || IsComma(n) || Tok(n) == "." || Tok(n) == ":" || a_.tokens[n].in_quote ||
                          (IsWord(n) && In(kComplementizers, n));
      if (closes) ++last;
    }
    size_t report = last;
    for (int rounds = 0; rounds < 3; ++rounds) {
      size_t from = last + 1;
      if (from >= se || a_.tokens[from].span.begin >= right_limit) break;
      size_t e = TimePhraseEnd(from, se);
      bool manner = false;
      if (e == std::string::npos) {
        e = MannerPhraseEnd(from, se);
        manner = true;
      }
      if (e == std::string::npos || a_.tokens[e].span.end > right_limit) break;
      // "“…,” she said Tuesday.": a time phrase right after the cue that
      // closes the sentence, with no content after it, is part of the cue as
      // reported (PolNeAR's tuning part: 25 of 35 such weekday and adverb
      // tails; before "that" it is left out as often as not).
      if (!manner && rounds == 0 && report == last && e == from && (e + 1 == se || (e + 2 == se && IsPunct(e + 1, "."))))
        report = e;
      last = e;
      // "said in a statement": a manner phrase whose noun is listed in
      // cue-manner-nouns-reported is part of the cue as reported, with any
      // time phrase before it ("said Friday in a statement").
      if (manner && Has(cue_manner_nouns_reported_, e)) report = e;
      // "said on a media call set up by unions that …", "said at a forum
      // hosted by the chamber that …": a participle phrase modifying the
      // manner phrase's noun, up to "that", is the adjunct's too.
      if (manner) {
        size_t t = last + 1;
        const size_t part = t;
        if (t < se && IsWord(t) && !a_.tokens[t].in_quote && !Cap(t) &&
            (EndsWithParticiple(Low(t)) || LowIs(t, "set") || LowIs(t, "held") || LowIs(t, "run"))) {
          ++t;
          if (t < se && IsWord(t) && (LowIs(t, "up") || LowIs(t, "out"))) ++t;
          if (t < se && IsWord(t) && Has(agent_prepositions_, t)) {
            size_t u = t + 1;
            while (u < se && u <= t + 6 && IsWord(u) && !a_.tokens[u].in_quote && !In(kComplementizers, u)) ++u;
            if (u > t + 1 && u < se && LowIs(u, "that") && part > c.last && a_.tokens[u - 1].span.end <= right_limit) {
              last = u - 1;
            }
          }
        }
      }
    }
    // "said:" — the colon that introduces the content belongs to the cue.
    if (last + 1 < se && Tok(last + 1) == ":" && a_.tokens[last + 1].span.begin < right_limit) {
      if (report == last) ++report;
      ++last;
    }
    // The particle closes the verb group, over any source between.
    // The cue as reported takes the particle too unless the source stands
    // between ("räumte der Sprecher ein": the cue is "räumte").
    if (c.particle != SIZE_MAX && c.particle > last) {
      bool source_between = p.mention && p.mention->span.begin >= a_.tokens[c.last].span.end &&
                            p.mention->span.end <= a_.tokens[c.particle].span.begin;
      if (!source_between) report = c.particle;
      last = c.particle;
    }
    c.group_last = last;
    c.report_last = report;
    ReportCueBegin(p);
  }

  // The cue word(s) a quote shows: "fügte … hinzu" with a subject between
  // a German separable verb and its particle is "fügte hinzu" (the
  // attribution's cue span, one span that overlaps no source, stays the
  // verb: "fügte").
  std::string QuoteCueText(const CueHit& c) const {
    std::string text = Text(c.first, c.last);
    if (c.particle != SIZE_MAX && c.particle > c.last && c.particle < a_.tokens.size() &&
        a_.tokens[c.particle].span.begin > a_.tokens[c.last].span.end &&
        (c.report_last < c.particle)) {
      text += ' ';
      text += Tok(c.particle);
    }
    return text;
  }

  // Where the cue as reported begins, when earlier than its verb group.
  void ReportCueBegin(PendingAttribution& p) {
    CueHit& c = p.cue;
    c.report_lead = 0;
    const int s = c.sentence;
    const size_t sb = SentFirst(s);
    if (c.group_first <= sb) return;
    const size_t j = c.group_first - 1;
    // "He’s not saying", "they’ve said", "I’d add": a pronoun and its clitic
    // auxiliary in one token (list clitics). The auxiliary is of the cue's
    // verb group (PolNeAR's guidelines, "Keep the verb group together"), so
    // the cue begins at the apostrophe; the pronoun is the source.
    if (!a_.tokens[j].in_quote && PronounWithClitic(j)) {
      if (auto m = PronounCliticMention(j)) {
        c.report_lead = static_cast<uint32_t>(a_.tokens[c.group_first].span.begin - m->span.end);
        return;
      }
    }
    // "issued a statement saying", "released a new radio ad calling": a
    // participle cue right after a noun of list artifact-nouns, the object
    // of a verb of list artifact-verbs ("put out", "issued") with a
    // determiner and at most two words between. PolNeAR's guidelines ("Choose
    // the sentient source") put the artifact in the cue: the cue runs from the
    // verb, and its subject stays the source.
    //
    // Also with a time phrase between the artifact and the participle ("a
    // statement Wednesday saying", "a letter this week urging", "a report
    // this month charging", "a statement Wednesday evening, saying"), with
    // adverbs before the participle ("a letter strongly disputing"), and
    // with the auxiliaries and adverbs of the verb's own group in the cue
    // ("has published a letter", "also sent a tweet").
    if (c.first != c.last || !Low(c.first).ends_with("ing")) return;
    for (size_t g = c.group_first; g < c.first; ++g) {
      if (!SuffixAdverbAt(g)) return;  // no auxiliary: "was saying" is no artifact's cue
    }
    size_t a = ArtifactBeforeTime(j, sb);
    if (!IsWord(a) || a_.tokens[a].in_quote || !Has(artifact_nouns_, a)) return;
    for (size_t d = a; d-- > sb && d + 3 >= a;) {
      if (!IsWord(d) || a_.tokens[d].in_quote) return;
      if (!In(kDeterminers, d)) continue;
      if (d == sb) return;
      size_t v = d - 1;
      if (!IsWord(v) || a_.tokens[v].in_quote) return;
      if (!Has(artifact_verbs_, v)) {
        if (v == sb || !IsWord(v - 1) || !HasWord(artifact_verbs_, Low(v - 1) + " " + Low(v))) return;
        --v;
      }
      // "has published", "also sent": the verb's own group.
      while (v > sb + 1 && IsWord(v - 1) && !a_.tokens[v - 1].in_quote && VerbGroupWord(v - 1)) --v;
      // The source is the verb's subject. When the artifact was read as the
      // source ("a statement"), the subject before the verb takes its place.
      if (p.mention && p.mention->span.begin < a_.tokens[c.first].span.begin &&
          p.mention->span.end > a_.tokens[v].span.begin) {
        if (p.mention->span.begin < a_.tokens[v].span.end || v == sb || !IsWord(v - 1) || a_.tokens[v - 1].in_quote) return;
        auto subject = ParseLeft(v - 1, s);
        if (!subject || subject->span.end != a_.tokens[v - 1].span.end) return;
        p.mention = *subject;
        p.shown_source_span.reset();
        ShowCoordinatedSource(p);  // "Trump and Ryan issued a statement describing"
      }
      c.report_lead = static_cast<uint32_t>(a_.tokens[c.group_first].span.begin - a_.tokens[v].span.begin);
      return;
    }
  }

  // The artifact noun before the participle at `j` + 1 ("a statement
  // Wednesday saying" gives "statement"): `j` itself, or the word before a
  // time phrase that ends at `j` (words of list time-words, with "this",
  // "last", "early", "late" or "on" before one, and a comma after the
  // phrase), not before `sb`; `j` when no time phrase ends there.
  size_t ArtifactBeforeTime(size_t j, size_t sb) const {
    size_t a = j;
    if (a > sb && IsComma(a) && IsWord(a - 1) && In(kTimeWords, a - 1)) --a;
    size_t words = 0;
    while (a > sb && words < 3 && IsWord(a) && !a_.tokens[a].in_quote &&
           (In(kTimeWords, a) ||
            (words > 0 && In(kTimeWords, a + 1) &&
             (LowIs(a, "this") || LowIs(a, "last") || LowIs(a, "early") || LowIs(a, "late") || LowIs(a, "on"))))) {
      --a;
      ++words;
    }
    return words > 0 ? a : j;
  }

  // ------------------------------------------------------------ resolution
  // Whether a poll was spoken of by sentence `s` (in it or any sentence
  // before): a word of list poll-heads ("poll", "survey") outside quotes.
  // The first such sentence is found once per article.
  bool PollMentionedBy(int s) {
    if (first_poll_sentence_ == -2) {
      first_poll_sentence_ = -1;
      for (size_t t = 0; t < a_.tokens.size(); ++t) {
        if (IsWord(t) && !a_.tokens[t].in_quote && In(kPollHeads, t)) {
          first_poll_sentence_ = a_.tokens[t].sentence;
          break;
        }
      }
    }
    return first_poll_sentence_ >= 0 && s >= first_poll_sentence_;
  }

  // Whether mention `m` names a poll's respondents: at most four words
  // ending in a word of list poll-respondents ("respondents", "those
  // polled", "the voters surveyed").
  // The phrase may go on to name the poll or its pollster ("Those polled
  // by CNN", "Republicans surveyed for Gallup", "respondents in the Gallup
  // poll": "by" or "for" and a capitalized word, or "in" and a phrase with
  // a word of list poll-heads, to its end): then it speaks of the poll
  // itself, and `names_poll` is set.
  bool PollRespondents(const Mention& m, bool* names_poll = nullptr) const {
    if (names_poll) *names_poll = false;
    if (poll_respondents_.empty()) return false;
    const size_t b = TokenStartingAt(m.span.begin);
    size_t last = SIZE_MAX, words = 0;
    for (size_t t = b; t < a_.tokens.size() && a_.tokens[t].span.end <= m.span.end; ++t) {
      if (!IsWord(t) || a_.tokens[t].in_quote) return false;
      last = t;
      if (Has(poll_respondents_, t) && words < 4 && t + 2 < a_.tokens.size() &&
          a_.tokens[t + 2].span.end <= m.span.end && IsWord(t + 1) && !Cap(t + 1)) {
        // The rest of the phrase names the poll or its pollster.
        bool pollster = (LowIs(t + 1, "by") || LowIs(t + 1, "for")) && IsWord(t + 2) && Cap(t + 2);
        bool poll = false;
        for (size_t u = t + 2; u < a_.tokens.size() && a_.tokens[u].span.end <= m.span.end; ++u) {
          if (a_.tokens[u].in_quote) return false;
          if (IsWord(u) && In(kPollHeads, u)) poll = true;
        }
        if (pollster || (poll && (LowIs(t + 1, "in") || LowIs(t + 1, "by") || LowIs(t + 1, "for")))) {
          if (names_poll) *names_poll = true;
          return true;
        }
      }
      if (++words > 4) return false;
    }
    return last != SIZE_MAX && Has(poll_respondents_, last);
  }

  int NewSource(const Mention& m, SourceKind kind, const std::string& name) {
    // A mention a phrase rule of role `anonymous` covers (a newsroom's own
    // euphemism for an unnamed source: "a well-placed figure") is an
    // unnamed source, whatever its head: described when the mention ties it
    // to a side or an office, vague otherwise.
    if (kind != SourceKind::kDescribed && kind != SourceKind::kAnonymous && InAnonymousPhrase(m.span)) {
      kind = SourceKind::kAnonymous;
    }
    Source src;
    src.id = static_cast<int>(r_.sources.size()) + 1;
    src.name = name;
    src.kind = kind;
    src.plural = m.plural;
    if (kind == SourceKind::kDescribed || kind == SourceKind::kAnonymous) {
      src.specificity = m.described ? Specificity::kDescribed : Specificity::kVague;
    }
    r_.sources.push_back(src);
    source_heads_.push_back(m.head);
    if ((kind == SourceKind::kDescribed || kind == SourceKind::kAnonymous) && m.span.size() > 0 &&
        !a_.sentences.empty() && HeadlineSentence(SentenceOf(m.span.begin))) {
      headline_sources_.insert(static_cast<int>(r_.sources.size()) - 1);
    }
    return static_cast<int>(r_.sources.size()) - 1;
  }

  // "Ana Ruiz, visibly angry, said": an adverb with an ending of list
  // adverb-suffixes and at most one word after it, no person's noun
  // (PersonWord), is how the speaker was, not a role.
  bool StateNotRole(const std::string& role) const {
    if (adverb_suffixes_.empty()) return false;
    std::vector<std::string> words;
    for (size_t at = 0; at < role.size();) {
      const size_t sp = role.find(' ', at);
      const size_t e = sp == std::string::npos ? role.size() : sp;
      if (e > at) words.push_back(Key(role.substr(at, e - at)));
      at = e + 1;
    }
    if (words.empty() || words.size() > 2) return false;
    const std::string& first = words.front();
    bool ending = false;
    for (const auto& suffix : adverb_suffixes_) {
      ending = ending || (first.size() > suffix.size() + 3 && first.ends_with(suffix));
    }
    if (!ending || PersonWord(first) || InWord(kTitles, first) || InWord(kModifiers, first)) return false;
    return words.size() == 1 || !PersonWord(words.back());
  }

  void AddRole(int idx, const std::string& given_role) {
    if (idx < 0 || given_role.empty()) return;
    // "L’ambassadrice", "l’ex-ministre": the role without its elided
    // article, as "La ministre" gives "ministre".
    const std::string role = WithoutElidedArticle(given_role);
    if (role.empty()) return;
    // "Zimmerman, 32, said": an age set off by commas (AP style) is no role.
    if (std::all_of(role.begin(), role.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) return;
    if (StateNotRole(role)) return;
    Source& s = r_.sources[static_cast<size_t>(idx)];
    // "a labour economist at …" and "labour economist at …" are one role,
    // shown without the determiner, as a role after an inverted cue is.
    const std::string_view key = RoleWithoutDeterminer(role);
    auto known = std::find_if(s.roles.begin(), s.roles.end(),
                              [&](const std::string& r) { return RoleWithoutDeterminer(r) == key; });
    if (known == s.roles.end()) {
      s.roles.push_back(role);
    } else if (role.size() < known->size()) {
      if (s.role == *known) s.role = role;
      *known = role;
    }
    if (s.role.empty()) s.role = role;
  }

  // `role` less an elided article of list elided-articles glued to its
  // first word before a lower-case letter ("L’ambassadrice" → "ambassadrice").
  std::string WithoutElidedArticle(const std::string& role) const {
    if (elided_articles_.empty()) return role;
    for (size_t p = 1; p < role.size() && p <= 5; ++p) {
      size_t len = 0;
      if (role[p] == '\'') len = 1;
      else if (role.compare(p, 3, "\xE2\x80\x99") == 0) len = 3;
      if (len == 0) {
        const char ch = role[p];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))) return role;
        continue;
      }
      if (p + len >= role.size()) return role;
      int32_t at = static_cast<int32_t>(p + len);
      UChar32 next;
      U8_NEXT(role.data(), at, static_cast<int32_t>(role.size()), next);
      if (next < 0 || !u_islower(next)) return role;
      if (!elided_articles_.count(Key(role.substr(0, p + len)))) return role;
      return role.substr(p + len);
    }
    return role;
  }

  // A role phrase less a determiner that opens it (lists determiners and
  // definite-determiners): "a", "the", "un", "der", …
  std::string_view RoleWithoutDeterminer(std::string_view role) const {
    const size_t sp = role.find(' ');
    if (sp == std::string_view::npos || sp + 1 >= role.size()) return role;
    const std::string first = LowerUtf8(role.substr(0, sp));
    if (HasWord(determiners_, first) || HasWord(definite_determiners_, first)) return role.substr(sp + 1);
    return role;
  }

  // The agent of a passive cue with a short adjunct between the participle
  // and "by": "was endorsed the day before by X", "was supported Friday by
  // X", "was recommended for the job by X", "was first reported last week
  // by X". From token k (right after the cue), up to six words with no
  // punctuation, quote, clause opener, complementizer, coordinator or
  // subordinator, then an agent preposition (agent-prepositions) before a
  // word that is no gerund ("by saying" is a means) and no time word ("by
  // Friday" is a deadline). Returns the preposition's token, SIZE_MAX when
  // there is none.
  size_t AgentAfterAdjunct(size_t k, int s) const {
    if (agent_prepositions_.empty()) return SIZE_MAX;
    // "was described as “dead on arrival” by Senator Mark Hale", "was
    // called “a waste” by …": ("as" and) the words the cue reports in quote
    // marks, then the agent (fixb35).
    if (const size_t m = k < SentEnd(s) && LowIs(k, "as") && !a_.tokens[k].in_quote ? k + 1 : k; m + 1 < SentEnd(s)) {
      const size_t open = m > 0 ? a_.tokens[m - 1].span.end : 0;
      auto q = std::lower_bound(a_.quote_spans.begin(), a_.quote_spans.end(), open,
                                [](const QuoteSpan& x, size_t o) { return x.outer.begin < o; });
      if (q != a_.quote_spans.end() && q->level == 1 && q->outer.begin <= open + 1 &&
          q->outer.begin == a_.tokens[m].span.begin) {
        const size_t t = TokenStartingAt(q->outer.end);
        if (t + 1 < SentEnd(s) && IsWord(t) && !a_.tokens[t].in_quote && Has(agent_prepositions_, t) &&
            IsWord(t + 1) && !a_.tokens[t + 1].in_quote && Cap(t + 1) && !In(kTimeWords, t + 1)) {
          return t;
        }
      }
    }
    for (size_t t = k; t < SentEnd(s) && t <= k + 6; ++t) {
      if (!IsWord(t) || a_.tokens[t].in_quote) return SIZE_MAX;
      if (Has(agent_prepositions_, t)) {
        if (t == k || t + 1 >= SentEnd(s) || !IsWord(t + 1) || a_.tokens[t + 1].in_quote) return SIZE_MAX;
        const std::string& agent = Low(t + 1);
        if (agent.size() > 4 && agent.compare(agent.size() - 3, 3, "ing") == 0) return SIZE_MAX;
        if (In(kTimeWords, t + 1)) return SIZE_MAX;
        return t;
      }
      if (t == k + 6) return SIZE_MAX;
      if (In(kClauseOpeners, t) || In(kRelativeOpeners, t) || In(kComplementizers, t) ||
          In(kVerbCoordinators, t) || Has(subordinators_, t) || LowIs(t, "and") || LowIs(t, "or") ||
          LowIs(t, "but")) {
        return SIZE_MAX;
      }
    }
    return SIZE_MAX;
  }

  // A cue in the passive: a form of "be" (list copulas) in its verb group
  // before the participle, as in "was announced", "is widely expected",
  // "were told", "has been reported". Not a participle of the subject's
  // own state of mind (list cue-states: "officials are worried that",
  // "he is convinced that"), where the subject holds the view. PolNeAR
  // marks no source before such a cue: the subject is part of the content.
  // Returns the first token of its verb group, SIZE_MAX when the cue is
  // not in the passive.
  size_t SpeechPassive(const CueHit& c) const {
    if (NamingCue(c)) return NamingPassive(c);
    if (Hedge(c)) {
      // "The figures appear to be wrong", "He seemed rattled": the
      // writer's hedge reads as a passive cue with no agent: its subject
      // is the first part of the content, and there is no source.
      size_t k = c.first;
      while (k > SentFirst(c.sentence) && IsWord(k - 1) && !a_.tokens[k - 1].in_quote && VerbGroupWord(k - 1)) --k;
      return k;
    }
    if (!IsWord(c.last) || cue_states_.empty() || Has(cue_states_, c.last) || In(kCopulas, c.last)) return SIZE_MAX;
    // ("is stressing", "was telling": the progressive is active.)
    const std::string& core = Low(c.last);
    if (core.size() < 4 || core.compare(core.size() - 3, 3, "ing") == 0) return SIZE_MAX;
    const size_t sb = SentFirst(c.sentence);
    bool be = false;
    size_t k = c.first;
    while (k > sb) {
      const size_t j = k - 1;
      if (!IsWord(j) || a_.tokens[j].in_quote || !VerbGroupWord(j)) break;
      be = be || (In(kCopulas, j) && In(kCueAuxiliaries, j));
      k = j;
    }
    return be ? k : SIZE_MAX;
  }

  // Whether the cue is a verb of naming or perceiving with "as" (list
  // naming-cues: "known as", "seen as", "regarded as").
  bool NamingCue(const CueHit& c) const {
    return !naming_cues_.empty() && c.first != c.last && HasWord(naming_cues_, CueKey(c));
  }

  // "The union is widely regarded as …", "Manafort is not known as …",
  // "she’s seen as …": a naming cue (list naming-cues) is one only in the
  // passive, a form of "be" in its verb group ("better" and "best" may
  // stand there: "is better known as"), and not after "to" ("seeks to be
  // seen as") or a relative pronoun ("a lab that was known as …", "who is
  // seen as"; "what is known as" stays). PolNeAR marks no source there: the
  // subject is the content's first part, the name or view after "as" the
  // rest. Returns the first token of the verb group, SIZE_MAX when there
  // is no such passive.
  size_t NamingPassive(const CueHit& c) const {
    const size_t sb = SentFirst(c.sentence);
    bool be = false;
    size_t k = c.first;
    while (k > sb) {
      const size_t j = k - 1;
      if (!IsWord(j) || a_.tokens[j].in_quote) break;
      const std::string_view w = Tok(j);
      const bool clitic = w == "\xE2\x80\x99s" || w == "'s";
      if (!clitic && !VerbGroupWord(j) && !Has(negations_, j) && !LowIs(j, "better") && !LowIs(j, "best")) break;
      be = be || clitic || BeFormAt(j);
      k = j;
    }
    if (!be || k == c.first) return SIZE_MAX;
    if (k > sb && IsWord(k - 1) && (LowIs(k - 1, "to") || In(kRelativeOpeners, k - 1))) return SIZE_MAX;
    // ("Lee, whose third place was widely seen as …": a relative clause.)
    for (size_t j = k, n = 0; j > sb && n < 8 && IsWord(j - 1); --j, ++n) {
      if (LowIs(j - 1, "who") || LowIs(j - 1, "whose") || LowIs(j - 1, "which")) return SIZE_MAX;
    }
    return k;
  }

  // A hedging adverb of list hedge-cues ("The fund is reportedly spending
  // $2 million"): the writer passes on what others report, with no source;
  // PolNeAR marks the adverb alone as the cue and the clause around it,
  // auxiliaries included, as the content.
  bool HedgeAdverb(const CueHit& c) const {
    if (c.first != c.last || !Has(hedge_cues_, c.last)) return false;
    const std::string& w = Low(c.last);
    return w.size() > 4 && w.compare(w.size() - 2, 2, "ly") == 0;
  }

  // A verb of seeming (list hedge-cues) before what it hedges: "to" and a
  // word, "that", "as if", or a plain word ("seemed rattled", "appeared
  // accurate"); not a preposition, a time word or a quote ("appeared on
  // television", "appeared Monday").
  bool Hedge(const CueHit& c) const {
    if (c.first != c.last || !Has(hedge_cues_, c.last)) return false;
    const size_t n = c.last + 1, e = SentEnd(c.sentence);
    if (n >= e || !IsWord(n) || a_.tokens[n].in_quote) return false;
    // A hedging adverb is none before a cue word ("Lee reportedly said":
    // it belongs to that cue's verb group, list cue-adverbs), nor with no
    // word before it (", reportedly winning over delegates": a participle
    // clause with no subject of its own).
    if (HedgeAdverb(c) && (((bits_[n] >> kCueFirstWordBit) & 1) || c.first == SentFirst(c.sentence) ||
                           !IsWord(c.first - 1))) {
      return false;
    }
    if (LowIs(n, "to")) return n + 1 < e && IsWord(n + 1) && !a_.tokens[n + 1].in_quote;
    if (In(kComplementizers, n) || LowIs(n, "as")) return true;
    return !PrepositionAt(n) && !In(kTimeWords, n) && !In(kDeterminers, n) && !In(kFunctionWords, n) && !Cap(n) &&
           TimePhraseEnd(n, e) == std::string::npos;
  }

  // A verb of asking (list question-cues) at `i`, in the passive (a form
  // of "be" in its verb group), before "to" at `j` and a verb: "was asked
  // to name", "have also been asked to rank". Not "asked not to be named",
  // "was asked to be …" nor "was not asked to speak": no question is put
  // there.
  bool PassiveAskedTo(size_t i, size_t j, int s) const {
    if (j != i + 1 || !Has(question_cues_, i) || !LowIs(j, "to") || a_.tokens[j].in_quote) return false;
    const size_t v = j + 1;
    if (v >= SentEnd(s) || !IsWord(v) || a_.tokens[v].in_quote || Cap(v) || In(kCueAuxiliaries, v) ||
        Has(negations_, v) || In(kFunctionWords, v)) {
      return false;
    }
    bool be = false;
    for (size_t k = i; k > SentFirst(s);) {
      --k;
      if (!IsWord(k) || a_.tokens[k].in_quote) break;
      // "was not asked to speak": nothing was asked.
      if (Has(negations_, k)) return false;
      if (!VerbGroupWord(k)) break;
      be = be || BeFormAt(k);
    }
    return be;
  }

  // Whether token `m` closes a quote whose last sentence ends with a period
  // ("… for fees.” Asked if …"): what follows starts a sentence of the
  // writer's, not a tag after a quoted question ("“…?” Asked the boy").
  bool QuoteClosedByPeriod(size_t m) const {
    if (!ClosingMarkAt(m)) return false;
    size_t k = m;
    while (k > 0 && !IsWord(k) && a_.tokens[k].in_quote && !IsPunct(k, ".")) --k;
    return k < m && IsPunct(k, ".") && !AbbreviationPeriod(k);
  }

  // "When asked whether …", "Asked by a reporter if …": a question cue
  // (list question-cues) in the passive, opening its sentence or a clause.
  bool QuestionPassive(const CueHit& c) const {
    if (!Has(question_cues_, c.first)) return false;
    const int s = c.sentence;
    // "Asked …" opening a sentence; not "“…?” asked the boy", which the
    // segmenter may start a sentence with.
    // (A quote closing the paragraph before is no such quote.)
    if (c.first == SentFirst(s)) {
      return Cap(c.first) && (c.first == 0 || !a_.tokens[c.first - 1].in_quote ||
                              a_.sentences[static_cast<size_t>(a_.tokens[c.first - 1].sentence)].block !=
                                  a_.sentences[static_cast<size_t>(s)].block ||
                              QuoteClosedByPeriod(c.first - 1));
    }
    size_t b = c.first - 1;
    // "“It has been long,” he said, asked about the delay": a participle
    // after a comma, with the question after it (list question-openers).
    if (IsComma(b) && !a_.tokens[b].in_quote && c.last + 1 < SentEnd(s) && !a_.tokens[c.last + 1].in_quote &&
        Has(question_openers_, c.last + 1) && !Cap(c.last + 1)) {
      return true;
    }
    return IsWord(b) && !a_.tokens[b].in_quote && In(kClauseOpeners, b) && !In(kVerbCoordinators, b) &&
           !In(kComplementizers, b);
  }

  // Whether document mention `m` is reports nobody names (English): it ends
  // in "reports", and every word before is of list vague-report-words, in
  // lower case unless it opens the sentence ("reports", "news reports",
  // "Media reports", "multiple reports"; not "the reports", "fundraising
  // reports", "Reuters reports" or "reports in the Courier").
  bool UnspecifiedReports(const Mention& m) const {
    if (a_.language != "en") return false;
    const size_t b = TokenStartingAt(m.span.begin);
    size_t e = b;
    while (e + 1 < a_.tokens.size() && a_.tokens[e + 1].span.end <= m.span.end) ++e;
    if (b >= a_.tokens.size() || a_.tokens[e].span.end != m.span.end || !LowIs(e, "reports")) return false;
    for (size_t t = b; t < e; ++t) {
      if (!IsWord(t) || a_.tokens[t].in_quote || !vague_report_words_.count(Low(t))) return false;
      if (Cap(t) && t != SentFirst(a_.tokens[t].sentence)) return false;
    }
    return !a_.tokens[e].in_quote;
  }

  // A singular unnamed source that is one person: its head is a person or
  // role noun or an anonymous head ("a senior official", "un enquêteur",
  // "a source close to the talks"), not a group or an institution.
  bool UnnamedPerson(const Mention& m) const {
    if (m.plural || m.head.empty()) return false;
    if (InWord(kAnonymousHeads, m.head)) return true;
    if (!InWord(kPersonHeads, m.head) && !InWord(kRoleNouns, m.head)) return false;
    const size_t b = TokenStartingAt(m.span.begin);
    // ("The county sheriff said …": a definite office one person holds,
    // list sole-offices, that nobody named holds is that one person.)
    if (b < a_.tokens.size() && In(kDefiniteDeterminers, b) && !MentionOffice(m).empty()) return true;
    if (b >= a_.tokens.size() || !In(kDeterminers, b) || In(kDefiniteDeterminers, b)) return false;
    // "Willie Minor, an African-American actor in Dallas, …": an
    // apposition to a name describes that person.
    return !(b >= 2 && IsPunct(b - 1, ",") && IsWord(b - 2) && Cap(b - 2));
  }

  // The source of the nearest attribution before pending_[pi] in its
  // sentence when that source is one unnamed person (a singular description
  // headed by a person noun, a role noun or an anonymous head); -1 else.
  int UnnamedPersonEarlierInSentence(size_t pi) const {
    const PendingAttribution& p = pending_[pi];
    for (size_t k = pi; k-- > 0;) {
      const PendingAttribution& q = pending_[k];
      if (q.cue.sentence != p.cue.sentence) break;
      if (q.source < 0) continue;
      if (!q.mention || q.mention->plural || q.mention->head.empty() ||
          (q.mention->type != MentionType::kDescription && q.mention->type != MentionType::kAnaphor)) {
        return -1;
      }
      const SourceKind kind = r_.sources[static_cast<size_t>(q.source)].kind;
      if (kind != SourceKind::kDescribed && kind != SourceKind::kAnonymous) return -1;
      const std::string& h = q.mention->head;
      const bool person = InWord(kAnonymousHeads, h) || InWord(kPersonHeads, h) || InWord(kRoleNouns, h);
      return person ? q.source : -1;
    }
    return -1;
  }

  // LastPerson among the people the pronoun being resolved can stand for.
  int LastPersonNotDisagreeing(size_t pos) const {
    int best = -1;
    size_t best_pos = 0;
    for (const auto& [idx, at] : last_person_at_) {
      if (disagreeing_.count(idx) || joint_members_.count(idx)) continue;
      if (at <= pos && (best < 0 || at >= best_pos)) {
        best = idx;
        best_pos = at;
      }
    }
    return best;
  }

  // (Both for one person, never several joined: no joint source; fixa36.)
  int LastPerson(size_t pos) const {
    int best = -1;
    size_t best_pos = 0;
    for (const auto& [idx, at] : last_person_at_) {
      if (joint_members_.count(idx)) continue;
      if (at <= pos && (best < 0 || at >= best_pos)) {
        best = idx;
        best_pos = at;
      }
    }
    return best;
  }

  void Resolve(size_t pi) {
    PendingAttribution& p = pending_[pi];
    if (!p.mention) {
      if (p.continuation) {
        for (size_t k = pi; k-- > 0;) {
          // "…, assure un conseiller, selon la rubrique X. Et de poursuivre":
          // the speaker goes on, not the publication that reported him.
          if (pending_[k].cue.entry->source_follows) continue;
          if (pending_[k].source >= 0) {
            p.source = pending_[k].source;
            break;
          }
        }
        return;
      }
      if (p.zero_subject) {
        // "山田太郎首相は…と述べた。そのうえで、「…」と強調した。": the speaker
        // of the sentence before goes on, as "he added" says in English;
        // with no attribution there the quote stays unattributed.
        for (size_t k = pi; k-- > 0;) {
          if (pending_[k].cue.sentence + 1 < p.cue.sentence) break;
          if (pending_[k].source >= 0) {
            p.source = pending_[k].source;
            break;
          }
        }
        return;
      }
      if (p.null_subject) {
        size_t pos = a_.tokens[p.cue.first].span.begin;
        if (p.null_subject_plural) {
          for (size_t k = r_.sources.size(); k-- > 0;) {
            if (r_.sources[k].plural) {
              p.source = static_cast<int>(k);
              break;
            }
          }
        } else {
          p.source = PronounAntecedent(pos, /*from_subject=*/true);
          p.null_subject_unresolved = p.source < 0;
          if (p.source >= 0 && r_.sources[static_cast<size_t>(p.source)].kind == SourceKind::kNamed) {
            if (note_persons_) last_person_at_[p.source] = pos;
          } else if (p.source >= 0 && note_persons_ && unnamed_person_at_.count(p.source)) {
            unnamed_person_at_[p.source] = pos;  // an unnamed person speaking on
          }
        }
        return;
      }
      if (p.inherit_sentence_source) {
        // The source of the nearest earlier attribution in the same sentence.
        for (size_t k = pi; k-- > 0;) {
          if (pending_[k].cue.sentence != p.cue.sentence) break;
          if (pending_[k].source >= 0) {
            p.source = pending_[k].source;
            if (pending_[k].mention) p.shared_source_span = pending_[k].mention->span;
            else p.shared_source_span = pending_[k].shared_source_span;
            break;
          }
        }
        // None has one: the sentence's subject.
        if (p.source < 0 && p.sentence_subject) {
          p.mention = *p.sentence_subject;
          p.inherit_sentence_source = false;
          // ("Trump and Ryan issued a statement describing …": the subject
          // is shown whole, as for a cue right after it.)
          ShowCoordinatedSource(p);
          Resolve(pi);
        }
      }
      return;
    }
    Mention& m = *p.mention;
    size_t pos = m.span.begin;
    if ((m.type == MentionType::kOrganization && UnnamedOrganization(m)) ||
        (m.type == MentionType::kName && UnnamedAcronym(m))) {
      m.type = MentionType::kDescription;
      m.described = true;
    }
    // "Kanal Neun teilte mit" after "des Privatsenders Kanal Neun": a name
    // the article gives an organisation is that organisation wherever it
    // recurs, not a person of the same name.
    if (m.type == MentionType::kName && m.role.empty() && !m.name.empty() && OrganizationName(m.name)) {
      m.type = MentionType::kOrganization;
    }
    // A description that ends in a possessive or a negated auxiliary names
    // nobody: a cue read past the phrase's end ("the party leadership's
    // repeated refusal", "no one’s talking", "I shouldn't say"). No source
    // rather than a bogus anonymous one. (A phrase ending in a relative word
    // or a preposition, "the union, which endorsed", "60 percent voted in
    // favor of", keeps its attribution but is listed as no anonymous
    // source: PhraseEndsInNoun.)
    if ((m.type == MentionType::kDescription || m.type == MentionType::kAnaphor) && EndsInPossessive(m.span)) {
      p.mention.reset();
      return;
    }
    // "Some analyses suggest", "The vote returns indicate", "a field test
    // indicated": a thing as the subject of a cue a thing takes as readily
    // as a person is a record, as "a study suggests" is; no anonymous source.
    if (ThingSubjectOfEvidenceCue(p.cue, m) || NamesNoPerson(m)) {
      m.type = MentionType::kDocument;
      m.name = w_.substr(m.span.begin, m.span.size());
      m.described = false;
    }
    // "No official has confirmed", "Nobody in the cabinet has said", "None
    // of the candidates": a subject that denies anyone spoke cites nobody
    // (list negated-subjects). The attribution keeps its source span, as
    // PolNeAR marks it, but has no source; score leaves it uncounted
    // (fixa36).
    if (m.type != MentionType::kName && NegatedSubject(p)) {
      p.source = -1;
      return;
    }
    switch (m.type) {
      case MentionType::kName: {
        if (m.name.empty() && m.head == "family") {
          // A family named after the last person mentioned.
          int person = PronounAntecedent(pos);
          if (person < 0) {
            m.type = MentionType::kDescription;
            m.source = NewSource(m, SourceKind::kAnonymous, w_.substr(m.span.begin, m.span.size()));
            break;
          }
          std::string full = r_.sources[static_cast<size_t>(person)].name;
          size_t sp = full.rfind(' ');
          // "the Kesby family said … Relatives said": the last named is
          // the family itself ("family family" had been a source).
          const std::string last_word = Key(sp == std::string::npos ? full : full.substr(sp + 1));
          if (InWord(kGroupHeads, last_word) || InWord(kKinHeads, last_word)) {
            m.name = full;
            m.source = person;
            break;
          }
          m.name = (sp == std::string::npos ? full : full.substr(sp + 1)) + " family";
          auto it = by_key_.find("P:" + m.name);
          int idx = it != by_key_.end() ? it->second : NewSource(m, SourceKind::kNamed, m.name);
          by_key_["P:" + m.name] = idx;
          m.source = idx;
          break;
        }
        // "said Ahmed, not his real name": a pseudonym the text declares
        // (list pseudonym-markers, in the role or just after the name) names
        // nobody; the source is anonymous.
        if (DeclaredPseudonym(m)) {
          m.type = MentionType::kDescription;
          std::string key = "A:" + Key(w_.substr(m.span.begin, m.span.size()));
          auto found = by_key_.find(key);
          int idx = found != by_key_.end()
                        ? found->second
                        : NewSource(m, SourceKind::kAnonymous, w_.substr(m.span.begin, m.span.size()));
          by_key_[key] = idx;
          m.source = idx;
          break;
        }
        // "the TRLF said" after "the Tenants Rights Legal Fund": an acronym
        // is the organisation or the name its letters stand for; with none
        // in the article it is still an organisation's (people are not
        // written as acronyms; a word of a person's name in capitals, as a
        // transcript writes "TAPPER:", is that person's).
        if (const size_t t = TokenStartingAt(m.span.begin);
            IsAsciiAcronym(m.name) && m.name.size() >= 3 && t < a_.tokens.size() &&
            names_with_token_.find(std::string_view(m.name)) == names_with_token_.end()) {
          std::string expansion;
          const int spelled = AcronymSource(m.name, pos, &expansion);
          if (spelled >= 0) {
            m.source = spelled;
            break;
          }
          m.type = MentionType::kOrganization;
          m.name = expansion.empty() ? m.name : expansion;
          std::string key = "O:" + Key(m.name);
          auto found = by_key_.find(key);
          int idx = found != by_key_.end() ? found->second : NewSource(m, SourceKind::kOrganization, m.name);
          by_key_[key] = idx;
          AddRole(idx, m.role);
          m.source = idx;
          break;
        }
        std::string role = m.role;
        std::string canonical = CanonicalName(m.name, pos, &role);
        // "the Szabos": a family named by its surname in the plural.
        if (canonical == m.name && m.name.find(' ') == std::string::npos && m.name.size() > 3 &&
            m.name.back() == 's') {
          std::string stem = m.name.substr(0, m.name.size() - 1);
          if (names_with_token_.count(stem)) {
            canonical = stem + " family";
            role.clear();
          }
        }
        if (!by_key_.count("P:" + canonical)) {
          if (const int full = CjkFullNameSource(canonical); full >= 0) {
            canonical = r_.sources[static_cast<size_t>(full)].name;  // "佐藤氏": 佐藤恒治
          }
        }
        auto it = by_key_.find("P:" + canonical);
        // ("Radiovisión Austral informó" after "la emisora Radiovisión
        // Austral": a name an organisation source has already is that
        // organisation, not a person of the same name.)
        if (it == by_key_.end() && m.role.empty()) {
          if (auto org = by_key_.find("O:" + Key(canonical)); org != by_key_.end()) {
            m.source = org->second;
            break;
          }
        }
        int idx = it != by_key_.end() ? it->second : NewSource(m, SourceKind::kNamed, canonical);
        by_key_["P:" + canonical] = idx;
        AddRole(idx, m.role);
        if (m.role.empty()) AddRole(idx, role);
        if (note_persons_) last_person_at_[idx] = pos;
        m.source = idx;
        break;
      }
      case MentionType::kOrganization: {
        std::string key = "O:" + Key(m.name);
        auto it = by_key_.find(key);
        // The same name read as a person's earlier, with no role: it was
        // this organisation all along.
        if (it == by_key_.end()) {
          if (auto person = by_key_.find("P:" + m.name); person != by_key_.end()) {
            Source& src = r_.sources[static_cast<size_t>(person->second)];
            if (src.roles.empty() && src.kind == SourceKind::kNamed) {
              src.kind = SourceKind::kOrganization;
              last_person_at_.erase(person->second);
              by_key_[key] = person->second;
              it = by_key_.find(key);
            }
          }
        }
        // "Norvale Foods admitted …. The company said …": a definite
        // organisation noun with no name of its own ("the company", "la
        // empresa") refers back to the organisation cited last by name.
        if (it == by_key_.end()) {
          const int named = NamedOrganizationBefore(m);
          if (named >= 0) {
            m.source = named;
            break;
          }
        }
        int idx = it != by_key_.end() ? it->second : NewSource(m, SourceKind::kOrganization, m.name);
        by_key_[key] = idx;
        // "Ostrava Mills’s largest client, the retailer Dina Holm, said": a
        // role an apposition gives the organisation.
        AddRole(idx, m.role);
        m.source = idx;
        break;
      }
      case MentionType::kDocument: {
        // "Most of the voters say …", "Forty percent said …" in an article
        // that has spoken of no poll by then: a share of people no poll
        // stands behind is an unnamed group, not a document. After "a new
        // poll", "the survey", it is the poll's (a document, as before).
        if (m.share && !PollMentionedBy(SentenceOf(m.span.begin))) {
          m.type = MentionType::kDescription;
          for (size_t t = TokenStartingAt(m.span.begin); t < a_.tokens.size() && a_.tokens[t].span.begin < m.span.end;
               ++t) {
            if (IsWord(t) && HasWord(party_heads_, Low(t))) m.described = true;
          }
          std::string key = "A:" + Key(m.name);
          auto found = by_key_.find(key);
          int idx = found != by_key_.end()
                        ? found->second
                        : NewSource(m, m.described ? SourceKind::kDescribed : SourceKind::kAnonymous, m.name);
          by_key_[key] = idx;
          m.source = idx;
          break;
        }
        // "According to reports, …", "Reports say …", "news reports said":
        // reports nobody names are no document a reader can check, but a
        // vague unnamed source (T1), as "sources say" is.
        if (UnspecifiedReports(m)) {
          m.type = MentionType::kDescription;
          m.described = false;
          m.plural = true;
          const std::string phrase = w_.substr(m.span.begin, m.span.size());
          std::string key = "A:" + Key(phrase);
          auto found = by_key_.find(key);
          int idx = found != by_key_.end() ? found->second : NewSource(m, SourceKind::kAnonymous, phrase);
          by_key_[key] = idx;
          m.source = idx;
          unnamed_mentioned_at_[idx] = pos;
          break;
        }
        std::string key = "D:" + Key(m.name);
        auto it = by_key_.find(key);
        int idx = it != by_key_.end() ? it->second : NewSource(m, SourceKind::kDocument, m.name);
        by_key_[key] = idx;
        m.source = idx;
        break;
      }
      case MentionType::kPronoun: {
        // "I", "we", "you" outside quotes: the writer or the reader; never
        // resolved to a person of the article.
        if (InWord(kPronounsUnresolved, m.head) || p.expletive) break;
        if (InWord(kPronounsNeuter, m.head)) {
          // "It could also agree …": a thing or an organisation, never a
          // person; the last organisation or document source, if any.
          for (size_t k = r_.sources.size(); k-- > 0;) {
            const SourceKind kind = r_.sources[k].kind;
            if (kind == SourceKind::kOrganization || kind == SourceKind::kDocument) {
              m.source = static_cast<int>(k);
              break;
            }
          }
          if (m.source < 0 && !m.plural && p.cue.entry->tone != CueTone::kNonSpeech) m.source = DocumentNounBefore(m);
        } else if (m.plural) {
          // "Rennick and union president Delia Marchetti have not met since
          // they agreed …": two people joined as the sentence's subject.
          m.source = JointAntecedent(pos);
          // Or in the sentence before, across a paragraph break too: "Ana
          // Ruiz and Tom Hale said …. “…,” they said." (fixa36).
          if (m.source < 0) m.source = JointAntecedent(pos, 1, /*subject=*/true);
          // Else "they": the last plural source.
          for (size_t k = r_.sources.size(); m.source < 0 && k-- > 0;) {
            if (r_.sources[k].plural) {
              m.source = static_cast<int>(k);
              break;
            }
          }
          if (m.source < 0) m.source = PluralSubjectBefore(pos);
        } else {
          m.source = GenderedAntecedent(pos, m.head, /*from_subject=*/true);
          // "He has declared Cruz to be “anointed”", "She said Ruiz would
          // win": a person named after the cue in the pronoun's own
          // sentence is the verb's object or in its clause, never the one
          // the pronoun stands for.
          if (m.source >= 0 && NamedAfterCue(p.cue, m.source)) {
            m.source = GenderedAntecedent(pos, m.head, /*from_subject=*/true, /*exclude=*/m.source);
          }
          // "The head of the union is worried about …, because she thinks
          // he can win": with nobody else to stand for, "she" is the one
          // unnamed person who is the source of a cue before it in its own
          // sentence (fixb36).
          if (m.source < 0) m.source = UnnamedPersonEarlierInSentence(pi);
        }
        if (m.source >= 0 && note_persons_) {
          if (r_.sources[static_cast<size_t>(m.source)].kind == SourceKind::kNamed) {
            last_person_at_[m.source] = pos;
          } else if (unnamed_person_at_.count(m.source)) {
            unnamed_person_at_[m.source] = pos;
          }
        }
        break;
      }
      case MentionType::kAnaphor: {
        // "The sheriff said", "the head coach said": an office one person
        // holds (list sole-offices) is a person the text gives that office,
        // never just whoever was named last (HoldsOffice); else it is its
        // own unnamed source, described by the office.
        bool former = false;
        const std::string sole_office = MentionOffice(m, &former);
        auto not_holder = [&](int idx) {
          return !sole_office.empty() && idx >= 0 && r_.sources[static_cast<size_t>(idx)].kind == SourceKind::kNamed &&
                 !HoldsOffice(idx, sole_office, former, pos);
        };
        m.source = ResolveAnaphor(m);
        if (not_holder(m.source)) m.source = -1;
        // ("Indiana governor endorses Cruz" … "Gov. Mike Pence said" … "the
        // governor said": an unnamed office a headline brought in loses to
        // the person the body names in it; so does one mentioned before the
        // person was named in it: "The judge said … Judge Ann Berman …
        // the judge said".)
        if (!sole_office.empty() && m.source >= 0 &&
            r_.sources[static_cast<size_t>(m.source)].kind != SourceKind::kNamed) {
          size_t named_at = 0;
          const auto last = unnamed_mentioned_at_.find(m.source);
          if (const int holder = OfficeHolderBefore(m, sole_office, former, pos, &named_at);
              holder >= 0 &&
              (HeadlineSource(m.source) || last == unnamed_mentioned_at_.end() || named_at > last->second)) {
            m.source = holder;
          }
        }
        if (m.source >= 0) unnamed_mentioned_at_[m.source] = pos;
        if (m.source >= 0 && note_persons_ && unnamed_person_at_.count(m.source)) unnamed_person_at_[m.source] = pos;
        // "“…,” McCain said. The longtime senator said …": an unnamed
        // antecedent that was itself a definite epithet nobody could be
        // found for ("The freshman senator", paragraphs before) loses to a
        // person named since.
        if (m.source >= 0 && epithet_at_.count(m.source) && !m.plural) {
          const int named = PronounAntecedent(pos);
          if (named >= 0 && r_.sources[static_cast<size_t>(named)].kind == SourceKind::kNamed &&
              last_person_at_.count(named) && last_person_at_[named] > epithet_at_[m.source] &&
              (!m.by_role || RoleAgrees(named, m.head, /*strict=*/true))) {
            m.source = named;
          }
        }
        if (m.source >= 0 && epithet_at_.count(m.source)) epithet_at_[m.source] = pos;
        if (m.source < 0 && Cjk(TokenStartingAt(m.span.begin))) m.source = CjkTitleHolder(m.head, pos);
        // "the candidate", "the Florida senator": a definite role or person
        // noun with no unnamed antecedent refers to the person last named,
        // never to an anonymous source.
        if (m.source < 0 && !m.plural && !InWord(kAnonymousHeads, m.head) &&
            (InWord(kPersonHeads, m.head) || InWord(kRoleNouns, m.head) || m.unlisted)) {
          m.source = PronounAntecedent(pos);
          // ("The sheriff said …. The nurse said": an unnamed person who
          // spoke before is no antecedent of a noun of another head; one
          // of the same head was ResolveAnaphor's.)
          if (m.source >= 0 && r_.sources[static_cast<size_t>(m.source)].kind != SourceKind::kNamed) m.source = -1;
          // ("Ben Hart … The woman said": a gendered noun (list
          // gender-words) is not a person known to be of the other gender.)
          if (m.source >= 0) {
            const char noun = WordGender(m.head), known = SourceGender(m.source);
            if (noun != 0 && known != 0 && noun != known) m.source = -1;
          }
          // ("Senator Maria Lopez … The mayor said": an office the person is
          // known to hold another of is somebody else's.)
          if (m.source >= 0 && InWord(kRoleNouns, m.head) && !HoldsRole(m.source, m.head)) m.source = -1;
          // ("Tom Baker, president of the union … The mayor said": an office
          // noun is a person whose roles on record have it, or a word of
          // list role-synonyms for it ("the senator": "Sen."); someone known
          // by other roles is somebody else.)
          if (m.source >= 0 && InWord(kRoleNouns, m.head) && !RoleAgrees(m.source, m.head)) m.source = -1;
          // ("“…,” said the 46-year-old": a description in no list, an age
          // or a trade, is a person described so before ("Ann Lee, 46,",
          // "the historian Ann Lee") or one named in this sentence or the
          // one before, never whoever was named last paragraphs ago.
          if (m.source >= 0 && m.unlisted && !InWord(kPersonHeads, m.head) && !InWord(kRoleNouns, m.head) &&
              !RoleHasWord(m.source, m.head)) {
            const int aged = AgedPerson(m.head, pos);
            if (aged >= 0 || !NamedNear(m.source, pos)) m.source = aged;
          }
          // ("Jane Roe, the city auditor, … The auditor said": with no quote
          // before it, a person by role is one named with that word in a
          // role or before the name, never just whoever was named last.)
          if (m.source >= 0 && m.by_role && !RoleAgrees(m.source, m.head, /*strict=*/true)) m.source = -1;
          // ("…, were greeted by an organizer. “…,” the organizer told
          // them": a noun the text brought in with an indefinite article
          // in the sentences just before is that unnamed person.)
          if (m.source >= 0 && !InWord(kRoleNouns, m.head) && !RoleHasWord(m.source, m.head) &&
              IntroducedIndefinite(m.head, pos)) {
            m.source = -1;
          }
          // ("Ann Lee, a Democrat, … the Republican senator said": a
          // definite epithet is nobody known by another party, place or
          // office (EpithetMayBe).)
          if (m.source >= 0 && !EpithetMayBe(m, m.source)) m.source = -1;
          if (not_holder(m.source)) m.source = -1;
        }
        // "…, said the clinical director, Ana Pimentel. The official
        // admitted …": an unnamed-source noun right after a person named
        // with a role (in the sentence before, nobody named since) is that
        // person; farther away it may be anyone and stays unnamed.
        // Only a noun one uses for any holder of an office (list
        // office-epithets: "the official") or one the person's role has
        // ("the aide" after "an aide to the mayor"): "“…,” the employee
        // said" after "The budget director, Omar Reyes," is somebody else.
        if (m.source < 0) m.source = EpithetForNamedBefore(m, pos);
        if (m.source < 0 && !m.plural && InWord(kAnonymousHeads, m.head)) {
          const int named = PronounAntecedent(pos);
          if (named >= 0 && r_.sources[static_cast<size_t>(named)].kind == SourceKind::kNamed &&
              !r_.sources[static_cast<size_t>(named)].roles.empty() && last_person_at_.count(named) &&
              (!InWord(kRoleNouns, m.head) || HoldsRole(named, m.head)) &&
              (HasWord(office_epithets_, m.head) || RoleHasWord(named, m.head))) {
            const int here = SentenceOf(pos), there = SentenceOf(last_person_at_[named]);
            if (there == here || there + 1 == here) m.source = named;
          }
        }
        // ("Carson, a retired neurosurgeon, … The neurosurgeon said": a
        // description the article gave a named person is that person.)
        if (m.source < 0) m.source = DescribedPersonBefore(m, pos);
        if (m.source < 0 && m.by_role) m.source = ApposedPersonBefore(m.head, pos);
        if (m.source < 0 && !m.plural && InWord(kRoleNouns, m.head)) m.source = TitledPersonAfter(m.head, pos);
        // ("Ann Lee, a Democrat, … the Republican senator said": whoever
        // was found, a definite epithet is nobody known by another party,
        // place or office (EpithetMayBe); it is the person named last who
        // may be so described (EpithetNamedBefore), else nobody named.)
        if (m.source >= 0 && !EpithetMayBe(m, m.source)) m.source = -1;
        if (m.source < 0) m.source = EpithetNamedBefore(m, pos);
        if (not_holder(m.source)) m.source = -1;
        if (m.source < 0 && !sole_office.empty()) m.source = OfficeHolderBefore(m, sole_office, former, pos);
        if (m.source < 0 && !sole_office.empty() && !former && sole_office.find(' ') == std::string::npos) {
          m.source = TitledPersonAfter(sole_office, pos);
        }
        if (m.source < 0 && sole_office.empty()) {
          if (const int earlier = UnnamedSubjectBefore(m); earlier >= 0) {
            m.source = earlier;
            unnamed_mentioned_at_[earlier] = pos;
          }
        }
        if (m.source < 0) {
          // Nobody to refer to: an unnamed source. "the minister", an office
          // held by one identifiable person, is described; "the official" (no
          // role noun) stays vague.
          m.type = MentionType::kDescription;
          // So is a person by role ("the admiral said"), unless an age, and
          // an office of list sole-offices ("the sheriff").
          const bool office = !m.plural && (InWord(kRoleNouns, m.head) || (m.by_role && !IsAge(m.head)) ||
                                            !sole_office.empty());
          if (office) m.described = true;
          // "The Democrats said" is tied to the party as "Democrats said"
          // is (list party-heads; design §4: described).
          if (HasWord(party_heads_, m.head)) m.described = true;
          m.source = NewSource(m, m.described ? SourceKind::kDescribed : SourceKind::kAnonymous,
                               w_.substr(m.span.begin, m.span.size()));
          epithet_at_[m.source] = pos;
          // "The sheriff said the bridge was closed. “…,” he said.": one
          // unnamed person who speaks, office-holder or not ("the official"),
          // is what a following "he" refers to (UnnamedPerson).
          if (note_persons_ && !m.plural && !Has(question_cues_, p.cue.first)) unnamed_person_at_[m.source] = pos;
        }
        break;
      }
      case MentionType::kDescription: {
        // "Ann Lee … met union leader Tom Hale on Monday. Both said …": the
        // two people named in this sentence or the one before.
        if (const size_t b = TokenStartingAt(m.span.begin);
            b < a_.tokens.size() && LowIs(b, "both") && a_.tokens[b].span.end == m.span.end) {
          if (const int both = BothAntecedent(pos); both >= 0) {
            m.type = MentionType::kName;
            m.source = both;
            break;
          }
        }
        // "Those polled said", "Respondents say", "the voters surveyed":
        // once a poll has been spoken of, its respondents are the poll, a
        // document, as a share of them is ("Most of those surveyed").
        bool names_poll = false;
        if (m.plural && PollRespondents(m, &names_poll) && (names_poll || PollMentionedBy(SentenceOf(m.span.begin)))) {
          m.type = MentionType::kDocument;
          const std::string name = w_.substr(m.span.begin, m.span.size());
          std::string key = "D:" + Key(name);
          auto it = by_key_.find(key);
          int idx = it != by_key_.end() ? it->second : NewSource(m, SourceKind::kDocument, name);
          by_key_[key] = idx;
          m.source = idx;
          break;
        }
        // "Xi and Trump haven’t spoken since both leaders pledged …": "both"
        // or "the two" and a plural noun after two people joined as the
        // sentence's subject are those two.
        if (m.plural) {
          const size_t b = TokenStartingAt(m.span.begin);
          const bool pair = b < a_.tokens.size() &&
                            (LowIs(b, "both") || (b + 1 < a_.tokens.size() && In(kDefiniteDeterminers, b) &&
                                                  LowIs(b + 1, "two")));
          // "German Ortega and his brother Freddy Ortega wrote the play.
          // … the brothers noted": a definite plural kin noun (list
          // kin-heads) is the two people just joined, in this sentence or
          // the one before.
          const bool kin = !pair && b + 1 < a_.tokens.size() && In(kDefiniteDeterminers, b) &&
                           m.head.size() > 3 && m.head.back() == 's' &&
                           InWord(kKinHeads, m.head.substr(0, m.head.size() - 1));
          if (pair || kin) {
            int joint = JointAntecedent(pos, kin ? 1 : 0);
            // "… the Democratic socialist have taken aim at one another, both
            // candidates acknowledging …": with no pair joined before it,
            // "both" and a plural noun of persons are the two people named
            // from the sentence before on, as "Both" alone is.
            if (joint < 0 && pair && LowIs(b, "both")) {
              const size_t last = TokenStartingAt(m.span.end) - 1;
              if (last > b && last < a_.tokens.size() && PersonNounAt(last)) joint = BothAntecedent(pos);
            }
            if (joint >= 0) {
              m.source = joint;
              break;
            }
          }
        }
        // "Мэр повторял": a language without articles (orthography
        // no-articles) writes "the mayor" as the bare role noun, which
        // refers to the person named before in that role ("мэр Заречинска
        // Виктор Лапин").
        // "…, — сказал собеседник": a bare source noun (list
        // bare-source-heads) is the unnamed source cited before, as "the
        // source" is where articles are written.
        if (no_articles_ && !m.plural && m.span.size() == m.head.size() && HasWord(bare_source_heads_, m.head)) {
          const int idx = ResolveAnaphor(m);
          if (idx >= 0 && r_.sources[static_cast<size_t>(idx)].kind != SourceKind::kNamed) {
            m.source = idx;
            break;
          }
        }
        // "«…», — отметил депутат" after "Глава комитета Игорь Савельев
        // раскритиковал планы", "sagte die SPD-Politikerin in Berlin": an
        // epithet (list office-epithets) is the person just named with a
        // role (EpithetForNamedBefore).
        {
          if (const int idx = EpithetForNamedBefore(m, pos); idx >= 0) {
            m.source = idx;
            break;
          }
        }
        if (no_articles_ && !m.plural && m.span.size() == m.head.size() && InWord(kRoleNouns, m.head)) {
          int idx = ResolveAnaphor(m);
          if (idx < 0 || r_.sources[static_cast<size_t>(idx)].kind != SourceKind::kNamed) {
            idx = TitledPersonBefore(m.head, TokenStartingAt(m.span.begin));
          }
          if (idx < 0) idx = TitledPersonAfter(m.head, pos);
          if (idx >= 0 && r_.sources[static_cast<size_t>(idx)].kind == SourceKind::kNamed) {
            m.source = idx;
            break;
          }
        }
        // "Minister: Talks will resume": a bare role noun before a headline's
        // colon is the headline's shorthand for the person the story names
        // in that role ("the foreign minister, Ana Ruiz, said"); with nobody
        // so named it is still a source described by its office (T2), not a
        // vague anonymous one.
        // So is a bare office before a headline's verb, with nothing but
        // capitalized words before it: "Indiana governor endorses Cruz"
        // is the governor the story names ("Gov. Mike Pence said").
        if (((p.cue.entry == &colon_cue_ && TokenStartingAt(m.span.begin) + 1 == p.cue.first) ||
             BareHeadlineOffice(m)) &&
            !m.plural && HeadlineSentence(p.cue.sentence) && InWord(kRoleNouns, m.head)) {
          int idx = TitledPersonAfter(m.head, pos);
          // ("Indiana governor …" then "Gov. Mike Pence": a word list
          // role-synonyms pairs with the noun is its title too.)
          for (const auto& entry : role_synonyms_) {
            const size_t colon = entry.find(':');
            if (idx >= 0 || colon != m.head.size() || entry.compare(0, colon, m.head) != 0) continue;
            idx = TitledPersonAfter(entry.substr(colon + 1), pos);
          }
          if (idx < 0) idx = ApposedPersonAfter(m.head, pos);
          // ("DNC chair dismisses …" is "Democratic National Committee Chair
          // Debbie Wasserman Schultz", not an RNC chair: an abbreviation in
          // capitals before the office must be the initials of the
          // capitalized words of one of the person's roles; fixb35.)
          if (idx >= 0 && !AbbreviationAgrees(m, idx)) idx = -1;
          if (idx >= 0 && r_.sources[static_cast<size_t>(idx)].kind == SourceKind::kNamed) {
            m.source = idx;
            break;
          }
          m.described = true;
        }
        // "Carson, a retired neurosurgeon, … The retired neurosurgeon
        // said", "Former Secretary of State Hillary Clinton … The former
        // secretary of state said": a definite description the article gave
        // a named person is that person, not an unnamed source.
        // ("the prime minister", "the attorney general": an office of list
        // sole-offices is only a person the text gives that office.)
        bool former = false;
        const std::string sole_office = MentionOffice(m, &former);
        auto holder_or_other = [&](int idx) {
          return sole_office.empty() || HoldsOffice(idx, sole_office, former, pos);
        };
        if (const int described = DescribedPersonBefore(m, pos);
            described >= 0 && EpithetMayBe(m, described) && holder_or_other(described)) {
          m.source = described;
          break;
        }
        if (const int epithet = EpithetNamedBefore(m, pos); epithet >= 0 && holder_or_other(epithet)) {
          m.source = epithet;
          break;
        }
        if (!sole_office.empty()) {
          if (const int holder = OfficeHolderBefore(m, sole_office, former, pos); holder >= 0) {
            m.source = holder;
            break;
          }
          // Nobody named holds it: one identifiable person's post,
          // described (T2), not a vague source.
          m.described = true;
        }
        // "Nurses at the clinic, speaking on condition of anonymity, said …
        // One nurse said …": one of an unnamed group cited just before, as
        // "one of the nurses" is (MemberOfGroup).
        if (const int group = m.member ? GroupOfMember(m, pos) : MemberOfGroup(m, pos); group >= 0) {
          groups_with_member_.insert(group);
          m.source = group;
          unnamed_mentioned_at_[group] = pos;
          break;
        }
        std::string phrase = w_.substr(m.span.begin, m.span.size());
        // "卡斯蘭官員們" and "卡斯蘭官員": a plural suffix (list
        // plural-suffixes) makes no other source.
        std::string_view keyed = phrase;
        for (const auto& suffix : plural_suffixes_) {
          if (keyed.size() > suffix.size() && keyed.substr(keyed.size() - suffix.size()) == suffix) {
            keyed.remove_suffix(suffix.size());
            break;
          }
        }
        std::string key = "A:" + Key(keyed);
        auto it = by_key_.find(key);
        int idx = it != by_key_.end()
                      ? it->second
                      : NewSource(m, m.described ? SourceKind::kDescribed : SourceKind::kAnonymous, phrase);
        by_key_[key] = idx;
        m.source = idx;
        unnamed_mentioned_at_[idx] = pos;
        // "A senior official, who asked not to be named, said …. “…,” he
        // said.": one unnamed person who speaks is what a following "he" or
        // a null subject ("«…», dijo") refers to, as a named one would be.
        // Not a definite description ("the Republican candidate" is most
        // often an epithet of someone named) and not a question's asker.
        if (note_persons_ && UnnamedPerson(m) && !Has(question_cues_, p.cue.first)) unnamed_person_at_[idx] = pos;
        break;
      }
    }
    p.source = m.source;
    JoinCoordinatedSource(pi);
  }

  // Whether the source mention of `p` opens with a word of list
  // negated-subjects ("No official", "None of the candidates"), or follows
  // one and its preposition ("Nobody in the cabinet", "No one at the
  // ministry"), which the shown span then takes in.
  bool NegatedSubject(PendingAttribution& p) {
    const Span shown = p.shown_source_span ? *p.shown_source_span : p.mention->span;
    const size_t b = TokenStartingAt(shown.begin);
    if (b >= a_.tokens.size() || a_.tokens[b].in_quote) return false;
    // (The word opens its phrase: "the vote no campaign" is a campaign.)
    auto opens = [&](size_t k) {
      return k == 0 || a_.tokens[k - 1].sentence != a_.tokens[k].sentence || !IsWord(k - 1) ||
             Has(noun_coordinators_, k - 1) || In(kComplementizers, k - 1) || Has(subordinators_, k - 1);
    };
    if (Has(negated_subjects_, b)) {
      if (!opens(b)) return false;
      // ("None of them said": the group cited before, as "Two of them" is;
      // tests/own27_test.cc.)
      if (b + 2 < a_.tokens.size() && LowIs(b + 1, "of") &&
          (LowIs(b + 2, "them") || LowIs(b + 2, "us") || LowIs(b + 2, "those") || LowIs(b + 2, "these"))) {
        return false;
      }
      // ("No. 2 official", "no doubt": a word, then more than a number sign.)
      return b + 1 < a_.tokens.size() && IsWord(b + 1) && a_.tokens[b + 1].sentence == a_.tokens[b].sentence;
    }
    // "Nobody in", "No one at", "none of": the pronoun and a preposition
    // right before the mention, in its sentence.
    if (b < 2 || !IsWord(b - 1) || !PrepositionAt(b - 1) || a_.tokens[b - 1].in_quote) return false;
    size_t k = b - 2;
    if (!IsWord(k) || a_.tokens[k].in_quote || a_.tokens[k].sentence != a_.tokens[b].sentence) return false;
    if (LowIs(k, "one") && k > 0 && LowIs(k - 1, "no") && a_.tokens[k - 1].sentence == a_.tokens[b].sentence) {
      --k;
    } else if (!LowIs(k, "nobody") && !LowIs(k, "none")) {
      return false;
    }
    if (!Has(negated_subjects_, k) || !opens(k)) return false;
    p.shown_source_span = Span{a_.tokens[k].span.begin, shown.end};
    return true;
  }

  // "Nurses at the clinic, speaking on condition of anonymity, said ….
  // One nurse said …", "Another nurse said": "one" or "another" right before
  // a singular head noun, nothing else, is a member of the unnamed plural
  // source cited in this sentence or the three before whose head is that
  // noun's plural (the noun and "s" or "es", or a pair of list head-pairs).
  // ("Another nurse" only once "one nurse" was of the group.) The member
  // is that group's source, with its description and its reason for
  // anonymity, as "one of the nurses" is. -1 when there is none.
  int MemberOfGroup(const Mention& m, size_t pos) const {
    const size_t b = TokenStartingAt(m.span.begin);
    if (m.plural || m.head.empty() || b + 1 >= a_.tokens.size() || a_.tokens[b + 1].span.end != m.span.end ||
        Low(b + 1) != m.head || (!LowIs(b, "one") && !LowIs(b, "another"))) {
      return -1;
    }
    // ("Sources said …. “…,” said another source": "another" alone brings
    // in someone new; only after "one" of the group it is a second member.)
    const bool another = LowIs(b, "another");
    auto plural_of = [&](const std::string& h) {
      if (h == m.head + "s" || h == m.head + "es") return true;
      for (const auto& entry : pack_.List("head-pairs")) {
        const size_t colon = entry.find(':');
        if (colon != std::string::npos && entry.compare(0, colon, m.head) == 0 && colon == m.head.size() &&
            entry.compare(colon + 1, std::string::npos, h) == 0) {
          return true;
        }
      }
      return false;
    };
    return LatestUnnamedGroup(pos, another,
                              [&](int idx) { return plural_of(source_heads_[static_cast<size_t>(idx)]); });
  }

  // The unnamed plural source (anonymous or described) mentioned last
  // before `pos`, in its sentence or the three before, that `fits`; with
  // `another`, only a group one of whose members spoke already
  // (groups_with_member_). -1 when there is none.
  template <typename Fits>
  int LatestUnnamedGroup(size_t pos, bool another, Fits&& fits) const {
    const int here = SentenceOf(pos);
    int found = -1;
    size_t found_at = 0;
    for (const auto& [idx, at] : unnamed_mentioned_at_) {
      const Source& s = r_.sources[static_cast<size_t>(idx)];
      if ((s.kind != SourceKind::kAnonymous && s.kind != SourceKind::kDescribed) || !s.plural || at >= pos ||
          SentenceOf(at) + 3 < here || (another && !groups_with_member_.count(idx)) || !fits(idx)) {
        continue;
      }
      if (found < 0 || at > found_at) {
        found = idx;
        found_at = at;
      }
    }
    return found;
  }

  // "Two aides disputed the account. One said …", "“…,” one of them
  // said", "Each of them added": a quantifier standing alone for members
  // of a group (Mention::member) refers to the unnamed plural source cited
  // last in this sentence or the three before, whatever its head; "another"
  // only once "one" of that group spoke ("Sources said …. Another said" is
  // someone new). -1 when there is none.
  int GroupOfMember(const Mention& m, size_t pos) const {
    return LatestUnnamedGroup(pos, m.head == "another", [](int) { return true; });
  }

  // "A major bank said", "one hedge fund said": an organisation noun in
  // lower case after an indefinite determiner (list determiners, less
  // definite-determiners and possessive-pronouns) names no organisation; it
  // is an unnamed source tied to one (T2), as "a bank official" is. Not "One
  // America News" (capitalized after the determiner).
  // Whether the phrase `sp` ends in a word that can close a noun phrase:
  // not a possessive with no noun after it ("the leadership's"), a relative
  // word ("which", "who"), an auxiliary or negated one ("shouldn't"), nor a
  // preposition or conjunction ("voted in"). Determiners, pronouns, numbers
  // and listed heads that stand alone ("Some", "someone", "the two", Italian
  // "dossier", a function word there too) do.
  // Whether the phrase `sp` ends in a possessive with no noun after it
  // ("the leadership's", "no one’s") or a negated auxiliary ("I shouldn't").
  bool EndsInPossessive(const Span& sp) const {
    size_t last = SIZE_MAX;
    for (size_t t = TokenStartingAt(sp.begin); t < a_.tokens.size() && a_.tokens[t].span.end <= sp.end; ++t) {
      if (IsWord(t)) last = t;
    }
    if (last == SIZE_MAX || a_.tokens[last].in_quote || Cjk(last)) return false;
    const std::string_view tok = Tok(last);
    const std::string& low = Low(last);
    return (EndsWithPossessive(tok) && tok.size() > 4) ||
           (low.size() > 3 && (low.compare(low.size() - 3, 3, "n't") == 0 ||
                               (low.size() > 5 && low.compare(low.size() - 5, 5, "n\xE2\x80\x99t") == 0)));
  }

  bool PhraseEndsInNoun(const Span& sp) const {
    size_t last = SIZE_MAX;
    for (size_t t = TokenStartingAt(sp.begin); t < a_.tokens.size() && a_.tokens[t].span.end <= sp.end; ++t) {
      if (IsWord(t)) last = t;
    }
    if (last == SIZE_MAX || a_.tokens[last].in_quote || Cjk(last)) return true;
    const std::string_view tok = Tok(last);
    if (EndsWithPossessive(tok) && tok.size() > 4) return false;
    const std::string& low = Low(last);
    if (low.size() > 3 && (low.compare(low.size() - 3, 3, "n't") == 0 ||
                           (low.size() > 5 && low.compare(low.size() - 5, 5, "n\xE2\x80\x99t") == 0))) {
      return false;
    }
    if (In(kRelativeOpeners, last) || In(kComplementizers, last) || In(kCopulas, last) || In(kCueAuxiliaries, last)) {
      return false;
    }
    return !(In(kFunctionWords, last) && !In(kDeterminers, last) && !In(kPronouns, last) && !In(kNumbers, last) &&
             !IsHead(last) && !In(kStandaloneSources, last));
  }

  // Whether the lower-case noun `h` can name people: it, or its singular
  // ("-s", "-es", "-ies", "spokesmen"), is in a list of people's heads or
  // has a person's ending (list person-suffixes).
  bool PersonWord(const std::string& h) const {
    std::vector<std::string> forms{h};
    if (h.size() > 3 && h.back() == 's') forms.push_back(h.substr(0, h.size() - 1));
    if (h.size() > 4 && h.compare(h.size() - 2, 2, "es") == 0) forms.push_back(h.substr(0, h.size() - 2));
    if (h.size() > 4 && h.compare(h.size() - 3, 3, "ies") == 0) forms.push_back(h.substr(0, h.size() - 3) + "y");
    if (h.size() > 3 && h.compare(h.size() - 3, 3, "men") == 0) forms.push_back(h.substr(0, h.size() - 3) + "man");
    for (const auto& f : forms) {
      if (InWord(kAnonymousHeads, f) || InWord(kRoleNouns, f) || InWord(kPersonHeads, f) || InWord(kGroupHeads, f) ||
          InWord(kKinHeads, f) || InWord(kOrganizationHeads, f) || InWord(kPluralHeads, f) ||
          InWord(kStandaloneSources, f) || InWord(kTitleNouns, f) || HasWord(party_heads_, f) || PersonLike(f)) {
        return true;
      }
    }
    return false;
  }

  // Whether the description `m` names a thing as the subject of a cue a
  // thing takes as readily as a person (list evidence-cues: "suggests",
  // "indicated", "points to"): its head, written in lower case, is in no
  // list of people and has no ending of one (list person-suffixes).
  bool ThingSubjectOfEvidenceCue(const CueHit& c, const Mention& m) const {
    // (Not a phrase tied to someone named, "Lee's research": left as it is.)
    if (m.type != MentionType::kDescription || m.share || m.described || m.head.size() < 3) return false;
    bool evidence = false;
    for (size_t k = c.first; k <= c.last && !evidence; ++k) {
      std::string key;
      for (size_t t = k; t <= c.last; ++t) key += (t == k ? "" : " ") + Low(t);
      evidence = HasWord(evidence_cues_, key);
    }
    if (!evidence) return false;
    const std::string& h = m.head;
    if (PersonWord(h)) return false;
    // The head as written: a lower-case word ("a super PAC" is a name's).
    for (size_t t = TokenStartingAt(m.span.begin); t < a_.tokens.size() && a_.tokens[t].span.end <= m.span.end; ++t) {
      if (IsWord(t) && Low(t) == h) return !Cap(t) || SentenceInitial(t);
    }
    return false;
  }

  // Whether the description `m` names a thing, not a person or group of
  // people: an unnamed source must be one ("A look at Lee's airplanes and
  // helicopters suggests", "a six-pointed star likened to", "the
  // discussion centered on"). Its head, written in lower case, is in no
  // list of people or organisations and has no person's ending (list
  // person-suffixes; PersonWord), and is no number, pronoun or quantifier
  // standing for people. Only where the pack lists person-heads (English).
  bool NamesNoPerson(const Mention& m) const {
    // (A thing tied to someone by a possessive, "His campaign's plan",
    // "Clinton's statement", is still a thing: the owner is no speaker.)
    if (m.type != MentionType::kDescription || m.share || m.member || m.head.size() < 3) return false;
    if (pack_.List("person-heads").empty() || PersonWord(m.head)) return false;
    // (A phrase with a name or a number in it, "Clinton herself", "three
    // of them", "48 percent", is left as it is: a count is most often of
    // people. But a capitalized possessive before the head is its owner,
    // and after a document's head ("A statement released on Tuesday by
    // the ministry") a name or a number is its author or its date.)
    size_t head = SIZE_MAX;
    for (size_t t = TokenStartingAt(m.span.begin); t < a_.tokens.size() && a_.tokens[t].span.end <= m.span.end; ++t) {
      // (The head of a document, or a head a past participle of list
      // modifier-participles follows: "A notice issued on Friday by …".)
      const bool postmodified = head != SIZE_MAX && !Cap(head) &&
                                (In(kDocumentHeads, head) || (head + 1 == t && Has(modifier_participles_, t)));
      if (postmodified) break;
      if (!IsWord(t)) continue;
      const std::string& low = Low(t);
      const size_t hyphen = low.find('-');
      const bool owner = Cap(t) && EndsWithPossessive(Tok(t)) && low != m.head;
      if ((Cap(t) && !SentenceInitial(t) && !owner) || In(kNumbers, t) || In(kQuantityHeads, t) ||
          (hyphen != std::string::npos && InWord(kNumbers, low.substr(0, hyphen))) ||
          std::any_of(Tok(t).begin(), Tok(t).end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
        return false;
      }
      if (Low(t) == m.head) head = t;
    }
    if (head == SIZE_MAX || a_.tokens[head].in_quote || Cap(head)) return false;
    // "Clinton herself", "the company itself": a reflexive after the one meant.
    if (m.head.ends_with("self") || m.head.ends_with("selves")) return false;
    return !In(kFunctionWords, head) && !In(kDeterminers, head) && !In(kPronouns, head) && !In(kNumbers, head) &&
           !In(kStandaloneSources, head) && !HasWord(group_member_words_, m.head);
  }

  bool UnnamedOrganization(const Mention& m) const {
    const size_t b = TokenStartingAt(m.span.begin);
    if (b + 1 >= a_.tokens.size() || a_.tokens[b].span.end >= m.span.end) return false;
    const std::string& first = Low(b);
    if (!HasWord(determiners_, first) || HasWord(definite_determiners_, first) ||
        HasWord(possessive_pronouns_, first)) {
      return false;
    }
    // Only the determiner, at most two modifiers and the organisation noun
    // ("a notice posted on the county's website" is a document).
    size_t last = b;
    for (size_t t = b + 1; t < a_.tokens.size() && a_.tokens[t].span.end <= m.span.end; ++t) {
      if (!IsWord(t) || Cap(t) || t > b + 3) return false;
      last = t;
    }
    return last > b && In(kOrganizationHeads, last);
  }

  // "An anti-Trump PAC said", "a conservative PAC said": an indefinite
  // determiner (as in UnnamedOrganization) before words that end in an
  // acronym, with no other capitalized word, names nobody; the acronym is a kind of body ("a PAC")
  // or the side one belongs to, so the source is unnamed and tied to one
  // (T2), as "a GOP operative" is.
  bool UnnamedAcronym(const Mention& m) const {
    const size_t b = TokenStartingAt(m.span.begin);
    if (b + 1 >= a_.tokens.size() || a_.tokens[b].span.end >= m.span.end) return false;
    const std::string& first = Low(b);
    if (!HasWord(determiners_, first) || HasWord(definite_determiners_, first) ||
        HasWord(possessive_pronouns_, first) || In(kNumbers, b)) {
      return false;
    }
    auto acronym = [&](size_t t) { return IsAsciiAcronym(Tok(t)); };
    size_t last = b;
    for (size_t t = b + 1; t < a_.tokens.size() && a_.tokens[t].span.end <= m.span.end; ++t) {
      if (t > b + 4) return false;
      if (IsWord(t) && Cap(t) && !acronym(t)) return false;
      last = t;
    }
    return last > b && IsWord(last) && acronym(last);
  }

  // Two to six ASCII capitals and nothing else ("TRLF", "ACLU").
  static bool IsAsciiAcronym(std::string_view w) {
    if (w.size() < 2 || w.size() > 6) return false;
    for (char ch : w) {
      if (ch < 'A' || ch > 'Z') return false;
    }
    return true;
  }

  // The capital initials of a name's words, hyphenated parts each counting
  // ("Anti-Defamation League": "ADL"); lower-case words ("of", "for") and a
  // leading "The" give none.
  static std::string Initials(std::string_view name) {
    std::string out;
    bool word_start = true;
    for (size_t i = 0; i < name.size(); ++i) {
      const char ch = name[i];
      if (ch == ' ' || ch == '-') {
        word_start = true;
        continue;
      }
      if (word_start && ch >= 'A' && ch <= 'Z' && !(out.empty() && name.substr(i, 4) == "The ")) out += ch;
      word_start = false;
    }
    return out;
  }

  // The source an acronym before `pos` stands for: an organisation or named
  // source whose initials are its letters, or -1. With none, `expansion`
  // gets the last capitalized run before `pos` outside quotes whose
  // initials they are ("the Tenants Rights Legal Fund (TRLF) sued"), or
  // stays empty.
  int AcronymSource(const std::string& acronym, size_t pos, std::string* expansion) const {
    int cut_short = -1;
    for (size_t k = r_.sources.size(); k-- > 0;) {
      const Source& src = r_.sources[k];
      if ((src.kind == SourceKind::kOrganization || src.kind == SourceKind::kNamed) && src.name != acronym) {
        const std::string initials = Initials(src.name);
        if (initials == acronym) return static_cast<int>(k);
        // "The Tenants Rights Legal … the TRLF said": an organisation
        // written once without its last word ("Fund") is the acronym's when
        // no source spells it in full (three initials at least, one letter
        // short, the organisation only: people are not written as acronyms).
        if (cut_short < 0 && src.kind == SourceKind::kOrganization && initials.size() >= 3 &&
            initials.size() + 1 == acronym.size() && acronym.compare(0, initials.size(), initials) == 0) {
          cut_short = static_cast<int>(k);
        }
      }
    }
    if (cut_short >= 0) return cut_short;
    for (size_t i = 0; i < a_.tokens.size() && a_.tokens[i].span.begin < pos; ++i) {
      if (!IsWord(i) || !Cap(i) || a_.tokens[i].in_quote || (i > 0 && IsWord(i - 1) && Cap(i - 1))) continue;
      const size_t end = CapRunEnd(i, static_cast<size_t>(SentEnd(a_.tokens[i].sentence)));
      if (end < i + 2) continue;
      const std::string run = Text(LowIs(i, "the") ? i + 1 : i, end - 1);
      if (Initials(run) == acronym) *expansion = StripPossessive(run);
    }
    return -1;
  }

  // For an organisation mention that is a definite determiner and a lower-
  // case organisation noun only ("The company", "la empresa"): the last
  // organisation source cited by a capitalized name, or -1.
  int NamedOrganizationBefore(const Mention& m) const {
    const size_t b = TokenStartingAt(m.span.begin);
    if (b + 1 >= a_.tokens.size() || !In(kDefiniteDeterminers, b) || a_.tokens[b + 1].span.end != m.span.end ||
        Cap(b + 1) || !In(kOrganizationHeads, b + 1)) {
      return -1;
    }
    for (size_t k = r_.sources.size(); k-- > 0;) {
      const Source& src = r_.sources[k];
      if (src.kind != SourceKind::kOrganization || src.name.empty()) continue;
      // A bare acronym says nothing of what kind of body it names ("BFMTV
      // reported …; the airline said"): not "the company" of a later line.
      if (IsAsciiAcronym(src.name)) continue;
      // Named: its first letter after any article is a capital.
      std::string_view name = src.name;
      const size_t sp = name.find(' ');
      if (sp != std::string_view::npos && InWord(kDefiniteDeterminers, Key(name.substr(0, sp)))) {
        name.remove_prefix(sp + 1);
      }
      if (!name.empty() && std::isupper(static_cast<unsigned char>(name[0]))) return static_cast<int>(k);
      if (!name.empty() && static_cast<unsigned char>(name[0]) >= 0x80) {
        // Non-ASCII first letter: capitalized when its lower-case key differs.
        const std::string first = std::string(name.substr(0, name.find(' ')));
        if (Key(first) != first) return static_cast<int>(k);
      }
    }
    return -1;
  }

  // Whether the text declares the name of mention `m` a pseudonym: an entry
  // of list pseudonym-markers in its role, or within 40 bytes after it
  // ("Ahmed, not his real name,", "Ana (a pseudonym)").
  bool DeclaredPseudonym(const Mention& m) const {
    const auto& markers = pack_.List("pseudonym-markers");
    if (markers.empty()) return false;
    std::string near = Key(m.role);
    const size_t end = std::min(w_.size(), m.span.end + 40);
    near += " " + Key(w_.substr(m.span.begin, end - m.span.begin));
    for (const auto& marker : markers) {
      if (near.find(marker) != std::string::npos) return true;
    }
    return false;
  }

  // "大森健一首相は … 首相は「…」と述べた", "海港市長許文彬 … 市長表示": the
  // person named with the title `title` nearest before `pos` (Chinese puts
  // the title before the name, Japanese after it), or -1.
  int CjkTitleHolder(const std::string& title, size_t pos) {
    if (title.empty() || pos == 0) return -1;
    for (size_t at = w_.rfind(title, pos - 1); at != std::string::npos;
         at = at == 0 ? std::string::npos : w_.rfind(title, at - 1)) {
      const size_t t = TokenStartingAt(at);
      if (t >= a_.tokens.size() || a_.tokens[t].span.begin != at || !Cjk(t) || a_.tokens[t].in_quote) continue;
      const size_t last = CjkTokenEndingAt(t, at + title.size());
      if (last == SIZE_MAX) continue;
      const int s = a_.tokens[t].sentence;
      size_t b = t, e = last;
      for (size_t guard = 16; b > SentFirst(s) && guard-- > 0 && !CjkBoundary(b - 1) &&
                              !InWord(kTopicParticles, std::string(Tok(b - 1)));) {
        --b;
      }
      for (size_t guard = 6; e + 1 < SentEnd(s) && guard-- > 0 && !CjkBoundary(e + 1) && !CueStartsAt(e + 1) &&
                             !IsCjkDate(e + 1) && !InWord(kTimeWords, Low(e + 1)) &&
                             !InWord(kTopicParticles, std::string(Tok(e + 1)));) {
        ++e;
      }
      auto m = ClassifyCjk(b, e);
      if (!m || m->type != MentionType::kName || m->name.empty() || m->role.find(title) == std::string::npos) continue;
      return EnsurePerson(m->name, m->role);
    }
    return -1;
  }

  // "sagte die SPD-Politikerin" after "Bundesinnenministerin Katrin Wolters
  // hat … angekündigt", "— отметил депутат" after "Глава комитета Игорь
  // Савельев раскритиковал": a noun of list office-epithets that is no
  // anonymous-source noun where articles are written (those are handled
  // with the office-epithets rule below: "the official") is the person named with a role in this sentence
  // or the one before, nobody named since, unless a gendered noun (list
  // gender-words) disagrees with what is known of that person. -1 else.
  int EpithetForNamedBefore(const Mention& m, size_t pos) {
    if (m.plural || !HasWord(office_epithets_, m.head) || (!no_articles_ && InWord(kAnonymousHeads, m.head))) {
      return -1;
    }
    // Definite ("die SPD-Politikerin in Berlin") where articles are
    // written, bare ("депутат") where they are not.
    const size_t b = TokenStartingAt(m.span.begin);
    if (b >= a_.tokens.size()) return -1;
    if (no_articles_ ? m.span.size() != m.head.size() : !In(kDefiniteDeterminers, b)) return -1;
    const int here = SentenceOf(pos);
    auto near = [&](size_t at) {
      const int there = SentenceOf(at);
      return there == here || there + 1 == here;
    };
    auto agrees = [&](int idx) {
      const char noun = WordGender(m.head), known = SourceGender(idx);
      return noun == 0 || known == 0 || noun == known;
    };
    // The person cited last, with roles on record.
    const int named = PronounAntecedent(pos);
    const bool cited = named >= 0 && r_.sources[static_cast<size_t>(named)].kind == SourceKind::kNamed &&
                       last_person_at_.count(named);
    // Else the person named last before the noun, with a role written at
    // the name ("Bundesinnenministerin Katrin Wolters hat … angekündigt").
    const RegisteredName* reg = nullptr;
    for (const auto& n : registry_) {
      if (n.position >= m.span.begin) break;
      if (!n.organization && n.tokens.size() >= 2) reg = &n;
    }
    std::string role;
    std::string canonical;
    if (reg && (!cited || reg->position > last_person_at_[named]) && near(reg->position)) {
      role = reg->role;
      canonical = CanonicalName(reg->name, reg->position, &role);
      // (A role noun opening the sentence, right before the name, is kept
      // out of the name's run: "Ministerin Laura Brandt hat …".)
      const size_t t = TokenStartingAt(reg->position);
      if (role.empty() && t > 0 && t < a_.tokens.size() && IsWord(t - 1) &&
          a_.tokens[t - 1].sentence == a_.tokens[t].sentence &&
          (In(kRoleNouns, t - 1) || In(kTitles, t - 1) || (nouns_capitalized_ && InWord(kRoleNouns, HeadKey(t - 1))))) {
        role = std::string(Tok(t - 1));
      }
    }
    if (!role.empty()) {
      // ("der SPD-Politiker" is not "Ministerin Anna Roth".)
      const char noun = WordGender(m.head);
      if (noun != 0) {
        std::string key = Key(role);
        for (char& c : key) {
          if (c == ',') c = ' ';
        }
        size_t wb = 0;
        while (wb < key.size()) {
          size_t we = key.find(' ', wb);
          if (we == std::string::npos) we = key.size();
          if (const char g = WordGender(std::string_view(key).substr(wb, we - wb)); g != 0 && g != noun) return -1;
          wb = we + 1;
        }
      }
      return EnsurePerson(canonical, role);
    }
    if (!cited || r_.sources[static_cast<size_t>(named)].roles.empty() || !near(last_person_at_[named])) return -1;
    // (Somebody else named since, with no role written, stands between.)
    if (!canonical.empty() && canonical != r_.sources[static_cast<size_t>(named)].name &&
        reg->position > last_person_at_[named]) {
      return -1;
    }
    return agrees(named) ? named : -1;
  }

  // "Two Tarnish officials involved in the negotiations gave a different
  // account. The plan was dropped, the officials said.": a definite unnamed
  // description (head in anonymous-heads) with no source to refer to is the
  // indefinite phrase with the same head that opens one of the two
  // sentences before, with no cue of its own; that phrase becomes the
  // source (listed where it stands, so its access and side are read
  // there) and the anaphor refers to it. -1 when there is none.
  int UnnamedSubjectBefore(const Mention& m) {
    if (m.head.empty() || !InWord(kAnonymousHeads, m.head)) return -1;
    const size_t b = TokenStartingAt(m.span.begin);
    if (b >= a_.tokens.size() || !In(kDefiniteDeterminers, b)) return -1;
    const int here = a_.tokens[b].sentence;
    for (int s = here - 1; s >= 0 && s >= here - 2; --s) {
      const size_t sb = SentFirst(s), se = SentEnd(s);
      if (sb >= se || a_.tokens[sb].in_quote || !IsWord(sb) || In(kDefiniteDeterminers, sb)) continue;
      if (static_cast<size_t>(s) < pending_by_sentence_.size() && !pending_by_sentence_[static_cast<size_t>(s)].empty()) {
        continue;
      }
      for (size_t h = sb; h < se && h < sb + 6 && IsWord(h) && !a_.tokens[h].in_quote; ++h) {
        if (HeadKey(h) != m.head) continue;
        auto earlier = ParseLeft(h, s);
        if (!earlier || earlier->type != MentionType::kDescription || earlier->span.begin != a_.tokens[sb].span.begin ||
            earlier->head != m.head) {
          break;
        }
        const std::string phrase = w_.substr(earlier->span.begin, earlier->span.size());
        const std::string key = "A:" + Key(phrase);
        auto it = by_key_.find(key);
        const int idx = it != by_key_.end() ? it->second
                                            : NewSource(*earlier, earlier->described ? SourceKind::kDescribed
                                                                                     : SourceKind::kAnonymous,
                                                        phrase);
        by_key_[key] = idx;
        ListUnnamedMention(*earlier, idx);
        return idx;
      }
    }
    return -1;
  }

  // "the person" -> the last unnamed source with a compatible head noun;
  // "the former consultant" -> the named source whose role has that noun.
  int ResolveAnaphor(const Mention& m) {
    std::string head = m.head;
    std::string singular = head;
    // List head-pairs ("one:many") is read once per anaphor, as views: the
    // heads that agree with `head` are its own and those of the pairs
    // whose singular is its singular (an entry with no colon is both).
    const std::vector<std::string>& pairs = pack_.List("head-pairs");
    for (const std::string& entry : pairs) {
      const size_t colon = entry.find(':');
      if (colon == std::string::npos) continue;
      const std::string_view one = std::string_view(entry).substr(0, colon);
      const std::string_view many = std::string_view(entry).substr(colon + 1);
      if (head == many || head == one) singular = one;
    }
    std::vector<std::string_view> agreeing;
    for (const std::string& entry : pairs) {
      const size_t colon = entry.find(':');
      const std::string_view one = std::string_view(entry).substr(0, colon);
      const std::string_view many = colon == std::string::npos ? std::string_view(entry)
                                                               : std::string_view(entry).substr(colon + 1);
      if (singular != one) continue;
      agreeing.push_back(one);
      agreeing.push_back(many);
    }
    auto compatible = [&](const std::string& h) {
      return h == head || std::find(agreeing.begin(), agreeing.end(), h) != agreeing.end();
    };
    // A compound ("der Ministeriumssprecher") refers back only to a source
    // tied to the same institution ("ein Sprecher des Innenministeriums").
    std::string stem;
    {
      std::string text = Key(w_.substr(m.span.begin, m.span.size()));
      size_t sp = text.rfind(' ');
      std::string last = sp == std::string::npos ? text : text.substr(sp + 1);
      if (last.size() > head.size() + 2 && last.compare(last.size() - head.size(), head.size(), head) == 0) {
        stem = last.substr(0, last.size() - head.size());
        if (stem.size() > 4 && stem.back() == 's') stem.pop_back();  // German linking s
      }
    }
    // Of the unnamed sources that agree, the one mentioned last before the
    // anaphor ("… according to a person familiar with the matter. …, the
    // person said" is that person, though another person familiar with
    // something else was first cited later in the article); with no
    // mention on record, the one the article brought in last.
    auto latest = [&](auto&& agrees) {
      int found = -1;
      size_t found_at = 0;
      for (size_t k = r_.sources.size(); k-- > 0;) {
        const Source& s = r_.sources[k];
        if ((s.kind != SourceKind::kAnonymous && s.kind != SourceKind::kDescribed) || !agrees(k)) continue;
        auto it = unnamed_mentioned_at_.find(static_cast<int>(k));
        const size_t at = it != unnamed_mentioned_at_.end() && it->second < m.span.begin ? it->second : 0;
        if (found < 0 || at > found_at) {
          found = static_cast<int>(k);
          found_at = at;
        }
      }
      return found;
    };
    if (const int found = latest([&](size_t k) {
          return compatible(source_heads_[k]) && (stem.empty() || Key(r_.sources[k].name).find(stem) != std::string::npos);
        });
        found >= 0) {
      return found;
    }
    // "the sources said, requesting anonymity …" after "people familiar with
    // the matter said": a bare plural source noun (list bare-source-heads)
    // with no antecedent of its own head refers to the last plural unnamed
    // source.
    // In the singular too: "The source said" after "a person familiar with
    // the talks said" is that person.
    // So is a noun that says only that the source is a person (list
    // generic-person-heads): "a source close to the senator said …. The
    // person said", "That person added".
    if (HasWord(bare_source_heads_, head) || HasWord(generic_person_heads_, head)) {
      if (const int found = latest([&](size_t k) { return r_.sources[k].plural == m.plural; }); found >= 0) return found;
    }
    // A role noun: a named source with that word in a role, or a person the
    // article introduced with that title.
    int best = -1;
    if (InWord(kRoleNouns, head) || m.unlisted) {
      const RegisteredName* reg = nullptr;
      for (const auto& n : registry_) {
        if (n.position < m.span.begin && Key(n.role).find(head) != std::string::npos) reg = &n;
      }
      if (reg) {
        std::string role = reg->role;
        std::string canonical = CanonicalName(reg->name, reg->position, &role);
        int idx = EnsurePerson(canonical, role);
        for (const auto& [i, at] : last_person_at_) {
          const Source& s = r_.sources[static_cast<size_t>(i)];
          for (const auto& rl : s.roles) {
            if (Key(rl).find(head) != std::string::npos && at > reg->position) idx = i;
          }
        }
        return idx;
      }
    }
    for (const auto& [idx, at] : last_person_at_) {
      const Source& s = r_.sources[static_cast<size_t>(idx)];
      for (const auto& role : s.roles) {
        if (Key(role).find(head) != std::string::npos) {
          if (best < 0 || at > last_person_at_[best]) best = idx;
        }
      }
    }
    return best;
  }

  // Whether a role of source `idx` has the word `head` ("aide" in "an aide
  // to the mayor"; not "director" in "directorate").
  bool RoleHasWord(int idx, const std::string& head) const {
    for (const auto& role : r_.sources[static_cast<size_t>(idx)].roles) {
      const std::string key = Key(role);
      for (size_t at = key.find(head); at != std::string::npos; at = key.find(head, at + 1)) {
        const size_t end = at + head.size();
        const bool starts = at == 0 || key[at - 1] == ' ';
        const bool ends = end == key.size() || key[end] == ' ' || key[end] == ',';
        if (starts && ends) return true;
      }
    }
    return false;
  }

  // Whether source `idx`, named with roles, has the office noun `head` in
  // one of them (RoleHasWord) or a word list role-synonyms gives for it
  // ("governor:gov."); a source with no role on record agrees.
  // With `strict`, only a named source agrees, and one with no role on
  // record only by the word before its name.
  bool RoleAgrees(int idx, const std::string& head, bool strict = false) const {
    const Source& src = r_.sources[static_cast<size_t>(idx)];
    if (strict && src.kind != SourceKind::kNamed) return false;
    if (RoleHasWord(idx, head)) return true;
    if (!strict && (src.kind != SourceKind::kNamed || src.roles.empty())) return true;
    for (const auto& entry : role_synonyms_) {
      const size_t colon = entry.find(':');
      if (colon == std::string::npos || entry.compare(0, colon, head) != 0 || colon != head.size()) continue;
      if (RoleHasWord(idx, entry.substr(colon + 1))) return true;
    }
    // "O deputado estadual Caetano Ribas Leme, líder da oposição": the
    // noun written in the few words before the name is a role too.
    for (size_t at = w_.find(src.name); at != std::string::npos; at = w_.find(src.name, at + 1)) {
      const size_t from = at > 40 ? at - 40 : 0;
      std::string before(1, ' ');
      before += Key(w_.substr(from, at - from));
      std::string word(1, ' ');
      word += head;
      word += ' ';
      if (before.find(word) != std::string::npos) return true;
    }
    return false;
  }

  // "the 46-year-old": the person named just before ", 46," or "a
  // 46-year-old" earlier in the text; -1 for any other description.
  static bool IsAge(const std::string& head) {
    size_t digits = 0;
    while (digits < head.size() && std::isdigit(static_cast<unsigned char>(head[digits]))) ++digits;
    return digits > 0 && head.compare(digits, std::string::npos, "-year-old") == 0;
  }

  // Whether named source `idx` (its surname) was written in the sentence of
  // `pos` or the two before ("Fennell, who took over …, said …. “…,” the former keeper
  // said").
  bool NamedNear(int idx, size_t pos) const {
    const Source& src = r_.sources[static_cast<size_t>(idx)];
    const int here = SentenceOf(pos);
    if (src.kind != SourceKind::kNamed || src.name.empty()) return false;
    const size_t space = src.name.rfind(' ');
    const std::string surname = src.name.substr(space == std::string::npos ? 0 : space + 1);
    const size_t from = a_.tokens[SentFirst(std::max(0, here - 2))].span.begin;  // (a quote may be a sentence of its own)
    const size_t at = w_.find(surname, from);
    return at != std::string::npos && at < pos;
  }

  int AgedPerson(const std::string& head, size_t pos) {
    if (!IsAge(head)) return -1;
    const std::string age = head.substr(0, head.find('-'));
    int found = -1;
    for (const std::string& form : {", " + age + ",", " " + head}) {
      for (size_t at = w_.find(form); at != std::string::npos && at < pos; at = w_.find(form, at + 1)) {
        // The nearest person mention before, in the same sentence.
        auto it = std::lower_bound(person_mentions_.begin(), person_mentions_.end(), at,
                                   [](const auto& pm, size_t p) { return pm.first < p; });
        if (it == person_mentions_.begin() || SentenceOf((it - 1)->first) != SentenceOf(at)) continue;
        std::string role;
        CanonicalName((it - 1)->second, at, &role);
        found = EnsurePerson((it - 1)->second, role);
      }
    }
    return found;
  }

  // Whether the noun `head` came with an indefinite determiner ("an
  // organizer") in this sentence or the three before `pos`.
  bool IntroducedIndefinite(const std::string& head, size_t pos) const {
    const int here = SentenceOf(pos);
    const size_t from = SentFirst(std::max(0, here - 3));
    for (size_t t = std::min(TokenStartingAt(pos), a_.tokens.size()); t-- > from;) {
      if (a_.tokens[t].in_quote || Low(t) != head) continue;
      for (size_t d = t; d-- > from && d + 3 >= t;) {
        if (!IsWord(d)) break;
        const std::string& w = Low(d);
        if (HasWord(definite_determiners_, w) || HasWord(possessive_pronouns_, w)) break;
        if (HasWord(determiners_, w)) return true;
      }
    }
    return false;
  }

  // Whether source `idx` may hold the office `head` names: unless every
  // role on record is one other office in a word ("Senator Maria Lopez" is
  // not "the mayor"). A longer role may well include it ("líder da
  // oposição na Assembleia" is also "o deputado").
  bool HoldsRole(int idx, const std::string& head) const {
    const Source& src = r_.sources[static_cast<size_t>(idx)];
    if (src.roles.empty()) return true;
    for (const auto& role : src.roles) {
      const std::string key = Key(role);
      if (key.find(head) != std::string::npos || key.find(' ') != std::string::npos) return true;
      if (!InWord(kRoleNouns, key) && !InWord(kTitles, key)) return true;
    }
    return false;
  }

  // "the sheriff", "the head coach", "the city's police chief", "the
  // former Florida governor", "the chairman of the board": the office of
  // list sole-offices (its longest phrase of up to four words) that a
  // singular mention opened by a definite determiner or a possessive ends
  // in, or that "of" follows; no preposition, determiner or other function
  // word between the opening and the office ("the chief of staff to the
  // president" is no president). Empty for any other mention. `former`
  // says whether "former" stands before the office.
  std::string MentionOffice(const Mention& m, bool* former = nullptr) const {
    if (former) *former = false;
    if (m.plural || sole_offices_.empty()) return {};
    const size_t b = TokenStartingAt(m.span.begin);
    if (b >= a_.tokens.size() || a_.tokens[b].in_quote) return {};
    size_t e = b;
    while (e + 1 < a_.tokens.size() && a_.tokens[e + 1].span.end <= m.span.end) ++e;
    const bool possessive = IsWord(b) && EndsWithPossessive(Tok(b)) && !In(kPronouns, b);
    if (!In(kDefiniteDeterminers, b) && !possessive) return {};
    for (size_t i = possessive ? b : b + 1; i <= e; ++i) {
      if (!IsWord(i)) return {};
      std::string phrase;
      size_t best = SIZE_MAX;
      std::string office;
      for (size_t j = i; j <= e && j < i + 4; ++j) {
        if (!IsWord(j)) break;
        if (j > i) phrase += ' ';
        phrase += Low(j);
        if (sole_offices_.count(phrase) && (j == e || (LowIs(j + 1, "of") && j + 2 <= e))) {
          best = j;
          office = phrase;
        }
      }
      if (best != SIZE_MAX) {
        if (former) {
          for (size_t k = b; k < i; ++k) *former = *former || LowIs(k, "former");
        }
        return office;
      }
      if (i > b && (In(kDeterminers, i) || In(kFunctionWords, i) || a_.tokens[i].in_quote)) return {};
    }
    return {};
  }

  // Where the role words `words` (KnownWords) give the office `office`
  // (MentionOffice): its head word ("sheriff", "coach" of "head coach",
  // "chief" of "police chief" and "chief of police") or a word list
  // role-synonyms pairs with it ("governor:gov."), not as part of another
  // office of list sole-offices ("vice president" is no president). Sets
  // `plain` for such a word with no "former" in the three words before it,
  // `was` for one with it. `last_only`: only the last word counts.
  void OfficeWords(const std::vector<std::string>& words, const std::string& office, bool* plain, bool* was,
                   bool last_only = false) const {
    const size_t of = office.find(" of ");
    std::string head = office.substr(0, of);
    if (const size_t sp = head.rfind(' '); sp != std::string::npos) head = head.substr(sp + 1);
    std::vector<std::string> forms{head};
    for (const auto& entry : role_synonyms_) {
      const size_t colon = entry.find(':');
      if (colon == head.size() && entry.compare(0, colon, head) == 0) forms.push_back(entry.substr(colon + 1));
    }
    for (size_t i = last_only && !words.empty() ? words.size() - 1 : 0; i < words.size(); ++i) {
      std::string w = words[i];
      while (!w.empty() && (w.back() == ',' || w.back() == ';')) w.pop_back();
      bool match = false;
      for (const auto& f : forms) match = match || w == f;
      if (!match) continue;
      if (i > 0) {
        const std::string pair = words[i - 1] + " " + head;
        if (pair != office && sole_offices_.count(pair) && office.find(pair) == std::string::npos) continue;
      }
      if (OfficeWordOfAnother(words, i, office)) continue;
      bool former = false;
      for (size_t k = i >= 3 ? i - 3 : 0; k < i; ++k) former = former || words[k] == "former";
      (former ? *was : *plain) = true;
    }
  }

  // Whether the office word `words[i]` names another post than `office`
  // or somebody else's: after the office's own words before its head ("police"
  // of "police chief") and `sole-office-modifiers` words, a word of list
  // office-subordinates ("Tom Hale, the deputy sheriff", "the assistant
  // coach") makes it another office, and a preposition with a determiner
  // before the office ("an aide to the mayor", "a spokesman for the
  // governor", "who ran for mayor") makes it the office of someone else.
  bool OfficeWordOfAnother(const std::vector<std::string>& words, size_t i, const std::string& office) const {
    const size_t of = office.find(" of ");
    const std::string name = office.substr(0, of);
    std::vector<std::string> own;
    for (size_t b = 0; b < name.size();) {
      size_t e = name.find(' ', b);
      if (e == std::string::npos) e = name.size();
      own.push_back(name.substr(b, e - b));
      b = e + 1;
    }
    size_t k = i;
    // (The office's words before its head, written before the head.)
    for (size_t o = own.size() - 1; o > 0 && k > 0 && words[k - 1] == own[o - 1]; --o) --k;
    while (k > 0 && sole_office_modifiers_.count(words[k - 1])) --k;
    if (k == 0) return false;
    if (office_subordinates_.count(words[k - 1])) return true;
    auto preposition = [&](const std::string& w) { return w == "to" || InWord(kAffiliationPrepositions, w); };
    if (k >= 2 && InWord(kDeterminers, words[k - 1]) && preposition(words[k - 2])) return true;
    return preposition(words[k - 1]) && words[k - 1] != "of";
  }

  // The same over the text: the office's word right before the name
  // `canonical` or its surname anywhere, quotes included ("“Gov. Christie,
  // blink twice”", "Judge Berman"), with the two words before it for
  // "vice president" and "former Florida Gov.".
  // The text never changes, so each name and office is looked up once per
  // article (OfficeHolderBefore asks about every person named in the 20,000
  // bytes before a mention, for each office mention and twice for "former").
  void TitledInText(const std::string& canonical, const std::string& office, bool* plain, bool* was) const {
    auto [it, fresh] = titled_in_text_.try_emplace(std::make_pair(canonical, office), false, false);
    if (fresh) TitledInTextScan(canonical, office, &it->second.first, &it->second.second);
    *plain = *plain || it->second.first;
    *was = *was || it->second.second;
  }

  // TitledInText without the memo: sets `plain` or `was` (never clears them).
  void TitledInTextScan(const std::string& canonical, const std::string& office, bool* plain, bool* was) const {
    const size_t space = canonical.rfind(' ');
    const std::string surname = canonical.substr(space == std::string::npos ? 0 : space + 1);
    if (surname.size() < 2) return;
    for (const std::string& name : {canonical, surname}) {
      for (size_t at = w_.find(name); at != std::string::npos; at = w_.find(name, at + 1)) {
        const size_t end = at + name.size();
        if (end < w_.size() && std::isalpha(static_cast<unsigned char>(w_[end]))) continue;
        if (at == 0 || w_[at - 1] != ' ') continue;
        const size_t from = at > 40 ? at - 40 : 0;
        std::vector<std::string> words;
        RoleWords(w_.substr(from, at - from), &words);
        if (words.size() > 3) words.erase(words.begin(), words.end() - 3);
        // ("“Gov. Christie": the quote mark is no part of the title.)
        for (auto& w : words) {
          while (!w.empty() && !std::isalnum(static_cast<unsigned char>(w[0]))) w.erase(0, 1);
        }
        OfficeWords(words, office, plain, was, /*last_only=*/true);
      }
    }
  }

  // Whether the person `canonical` holds the office `office` as far as the
  // text says before byte `pos` (their roles and what the article gave them
  // where named, KnownWords) or anywhere by a title (TitledInText). A
  // mention with `former` ("the former president") takes a holder called
  // former or one called by the title alone ("President Clinton"; with
  // `need_former`, only the first); one without takes only a holder never
  // called former ("the governor" is not "former Florida Gov. Jeb Bush").
  bool HoldsOfficeByName(const std::string& canonical, const std::string& office, bool former, size_t pos,
                         bool need_former = false) const {
    bool plain = false, was = false;
    OfficeWords(KnownWords(canonical, pos), office, &plain, &was);
    TitledInText(canonical, office, &plain, &was);
    if (former) return need_former ? was : plain || was;
    return plain && !was;
  }

  // HoldsOfficeByName for named source `idx`.
  bool HoldsOffice(int idx, const std::string& office, bool former, size_t pos) const {
    const Source& src = r_.sources[static_cast<size_t>(idx)];
    if (src.kind != SourceKind::kNamed) return false;
    return HoldsOfficeByName(src.name, office, former, pos);
  }

  // The person named last before byte `pos` (within 20,000 bytes) who holds
  // the office of the mention `m` (MentionOffice, HoldsOffice), and whom
  // its premodifiers do not rule out (EpithetFits: "the Ohio governor" is
  // not "New Jersey Gov. Chris Christie"); -1 when nobody is. `named_at`:
  // where that person was named.
  int OfficeHolderBefore(const Mention& m, const std::string& office, bool former, size_t pos,
                         size_t* named_at = nullptr) {
    std::vector<std::string> modifiers;
    std::string head;
    const bool epithet = DefiniteEpithet(m, &modifiers, &head);
    // (For "the former president", first one the text calls former.)
    for (const bool need_former : {true, false}) {
      if (need_former && !former) continue;
      std::set<std::string_view> seen;  // (each person once: KnownWords reads every mention)
      auto it = std::lower_bound(person_mentions_.begin(), person_mentions_.end(), pos,
                                 [](const auto& pm, size_t p) { return pm.first < p; });
      while (it != person_mentions_.begin()) {
        --it;
        if (it->first + 20000 < pos) break;
        if (!seen.insert(it->second).second) continue;
        if (Place(it->second) || OrganizationName(it->second)) continue;
        if (!HoldsOfficeByName(it->second, office, former, pos, need_former)) continue;
        const std::vector<std::string> words = KnownWords(it->second, pos);
        if (epithet) {
          const auto known = by_key_.find("P:" + it->second);
          const char gender = known != by_key_.end() ? SourceGender(known->second) : GivenNameGender(it->second);
          if (!EpithetFits(head, modifiers, words, gender)) continue;
        }
        if (named_at) *named_at = it->first;
        return EnsurePerson(it->second, std::string());
      }
    }
    return -1;
  }

  // Whether every word in capitals of two to five letters in `m` ("DNC")
  // is the initials of capitalized words in a role of source `idx`
  // ("Democratic National Committee Chair"); true when `m` has none.
  bool AbbreviationAgrees(const Mention& m, int idx) const {
    const Source& src = r_.sources[static_cast<size_t>(idx)];
    for (size_t k = TokenStartingAt(m.span.begin); k < a_.tokens.size() && a_.tokens[k].span.end <= m.span.end; ++k) {
      const std::string_view w = Tok(k);
      if (!IsWord(k) || w.size() < 2 || w.size() > 5 ||
          !std::all_of(w.begin(), w.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; })) {
        continue;
      }
      bool found = false;
      for (const auto& role : src.roles) {
        std::string initials;
        for (size_t b = 0; b < role.size();) {
          size_t e = role.find(' ', b);
          if (e == std::string::npos) e = role.size();
          if (e > b && role[b] >= 'A' && role[b] <= 'Z') initials += role[b];
          b = e + 1;
        }
        found = found || initials.find(w) != std::string::npos;
      }
      if (!found) return false;
    }
    return true;
  }

  // Whether `m` is a bare office in a headline: a lower-case word of list
  // sole-offices closing the mention, after nothing but capitalized words
  // ("Indiana governor", "Mayor" opening the line), no determiner.
  bool BareHeadlineOffice(const Mention& m) const {
    if (m.plural || !sole_offices_.count(m.head)) return false;
    const size_t b = TokenStartingAt(m.span.begin);
    size_t e = b;
    while (e + 1 < a_.tokens.size() && a_.tokens[e + 1].span.end <= m.span.end) ++e;
    if (b >= a_.tokens.size() || Low(e) != m.head || !HeadlineSentence(a_.tokens[b].sentence)) return false;
    for (size_t k = b; k < e; ++k) {
      if (!IsWord(k) || !Cap(k) || In(kDeterminers, k) || a_.tokens[k].in_quote) return false;
    }
    return true;
  }

  // Whether source `idx` is unnamed and was brought in by a headline
  // ("Indiana governor endorses Cruz"): such a mention does not outrank a
  // person the body names in the office.
  bool HeadlineSource(int idx) const { return headline_sources_.count(idx) > 0; }

  // --------------------------------------------------------------- quotes
  int SentenceOf(size_t pos) const {
    auto it = std::upper_bound(a_.sentences.begin(), a_.sentences.end(), pos,
                               [](size_t p, const Sentence& s) { return p < s.span.begin; });
    if (it == a_.sentences.begin()) return 0;
    return static_cast<int>(it - a_.sentences.begin()) - 1;
  }

  // Whether a quote overlaps sentence `s`.
  bool QuoteInSentence(int s) const {
    const Span& sp = a_.sentences[static_cast<size_t>(s)].span;
    for (const QuoteSpan& q : a_.quote_spans) {
      if (q.outer.begin < sp.end && q.outer.end > sp.begin) return true;
    }
    return false;
  }

  // A quote that names a programme, a publication or a work: capitalized
  // and right after an organisation's possessive or a title noun ("told
  // NBC’s “Today”", "on CNN’s “State of the Union”", "the book “…”"). It
  // is nobody's words, so no cue takes it.
  // "a book called “Low Tide”", "his memoir, “American Dreams,”": a title
  // noun (list title-nouns), then "called", "named" or "dubbed" or a comma,
  // then a quote that opens with a capital, in one sentence. Over the tune
  // gold such a quote is a Content of its own once in 21 (an ad's title
  // after "titled,", left to the old reading): the quote names the work, it
  // is nobody's speech.
  bool TitleNounFrame(const QuoteSpan& q, size_t before) const {
    if (before == 0 || a_.tokens[before].in_quote || a_.tokens[before].span.end + 1 != q.outer.begin ||
        w_[a_.tokens[before].span.end] != ' ' || a_.tokens[before].sentence != SentenceOf(q.outer.begin)) {
      return false;
    }
    const std::string_view link = Tok(before);
    const bool comma = link == ",";
    if (!comma && !(IsWord(before) && (Low(before) == "called" || Low(before) == "named" || Low(before) == "dubbed"))) {
      return false;
    }
    const size_t noun = before - 1;
    if (!IsWord(noun) || a_.tokens[noun].in_quote || a_.tokens[noun].sentence != a_.tokens[before].sentence ||
        !In(kTitleNouns, noun)) {
      return false;
    }
    // ("an ad titled, “Scam.”": the comma after a participle sets off its
    // object, which the gold once takes as the ad's words.)
    if (comma && (a_.tokens[noun].span.end != a_.tokens[before].span.begin || Low(noun) == "titled" ||
                  Low(noun) == "entitled")) {
      return false;
    }
    int32_t k = 0;
    UChar32 first;
    U8_NEXT(w_.data() + q.inner.begin, k, static_cast<int32_t>(q.inner.size()), first);
    if (first < 0 || !u_isupper(first)) return false;
    // "On the show, “We will win,” Lee said.": speech closed by a comma (or
    // ! or ?) with a cue within four words after it is speech, unless it is
    // in title case ("memoir, “American Dreams,” says").
    if (comma) {
      std::string_view text(w_.data() + q.inner.begin, q.inner.size());
      while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
      if (!text.empty() && (text.back() == ',' || text.back() == '!' || text.back() == '?') &&
          !IsTitleCase(text.substr(0, text.size() - 1))) {
        const size_t after = TokenStartingAt(q.outer.end);
        if (after < a_.tokens.size()) {
          const int s = a_.tokens[after].sentence;
          for (size_t pi : pending_by_sentence_[static_cast<size_t>(s)]) {
            if (pending_[pi].cue.first >= after && pending_[pi].cue.first < after + 4) return false;
          }
        }
      }
    }
    return true;
  }

  bool NamesAWork(const QuoteSpan& q) const {
    const size_t at = TokenStartingAt(q.outer.begin);
    if (at == 0 || at >= a_.tokens.size()) return false;
    const size_t before = at - 1;
    if (TitleNounFrame(q, before)) return true;
    if (!IsWord(before) || a_.tokens[before].in_quote || a_.tokens[before].span.end + 1 != q.outer.begin ||
        w_[a_.tokens[before].span.end] != ' ' || a_.tokens[before].sentence != SentenceOf(q.outer.begin)) {
      return false;
    }
    int32_t k = 0;
    UChar32 first;
    U8_NEXT(w_.data() + q.inner.begin, k, static_cast<int32_t>(q.inner.size()), first);
    if (first < 0 || !u_isupper(first)) return false;
    if ((Cap(before) && EndsWithPossessive(Tok(before))) || In(kTitleNouns, before)) return true;
    std::string_view text(w_.data() + q.inner.begin, q.inner.size());
    while (!text.empty() && (text.back() == ' ' || text.back() == '.')) text.remove_suffix(1);
    const bool speech_end = text.empty() || text.back() == ',' || text.back() == '!' || text.back() == '?';
    // "the magazine “Time”", "des Magazins „Der Spiegel“", "газете
    // «Ведомости»": a few capitalized words right after the noun of a
    // publication or an organisation name it; the noun is no speaker.
    if (InWord(kOrganizationHeads, HeadKey(before)) && !speech_end &&
        CountWords(text, 6) <= 5) {
      return true;
    }
    // "said on “Meet the Press.”", "told “Fox News Sunday” that …": a few
    // capitalized words right after a preposition of the channel (list
    // cue-manner-openers) or a verb of telling someone (cues-addressee) name
    // the programme or paper, not words of the speaker. Speech that runs on
    // to a comma inside the marks is still speech.
    if (!In(kCueMannerOpeners, before) && !In(kCuesAddressee, before)) return false;
    return !speech_end && CountWords(text, 6) <= 5;
  }

  // The last token of the quote that opens at token `k` when that quote
  // names a work (NamesAWork), else npos: "on “Meet the Press”" is a
  // phrase of the cue, "told “Fox News Sunday”" an addressee.
  size_t WorkTitleEndAt(size_t k) const {
    if (k >= a_.tokens.size() || !a_.tokens[k].in_quote) return std::string::npos;
    const auto& qs = a_.quote_spans;
    const size_t at = a_.tokens[k].span.begin;
    auto it = std::lower_bound(qs.begin(), qs.end(), at,
                               [](const QuoteSpan& q, size_t pos) { return q.outer.begin < pos; });
    if (it == qs.end() || it->outer.begin != at || it->level != 1 || !NamesAWork(*it)) return std::string::npos;
    size_t e = k;
    while (e + 1 < a_.tokens.size() && a_.tokens[e + 1].span.end <= it->outer.end) ++e;
    return e;
  }

  // Whether cue `p`, after a quote ending at byte `quote_end` in its
  // sentence, stands in a clause that a subordinator (list subordinators)
  // opens right after the quote, and has words reported after it in that
  // sentence: "“ooooh, whoooa” when Clinton accused him of lying".
  bool SubordinateCueAfterQuote(size_t quote_end, const PendingAttribution& p) const {
    size_t k = TokenStartingAt(quote_end);
    while (k < p.cue.first && (IsComma(k) || (!IsWord(k) && !a_.tokens[k].in_quote))) ++k;
    if (k >= p.cue.first || !IsWord(k) || a_.tokens[k].in_quote || !Has(subordinators_, k)) return false;
    const size_t after = p.cue.group_last + 1;
    return after < SentEnd(p.cue.sentence) && IsWord(after) && !a_.tokens[after].in_quote;
  }

  // "''We are refugees,'' Ms. Alawee said. ''We are not terrorists.'' Mr.
  // Zahed said: ''…''": whether quote `qi`, opening its sentence right after
  // an attributed quote of its paragraph, goes on with that quote rather than
  // being the words of cue `p` in the sentence after it, because `p` (its
  // source written before it) reports words of its own: a quote or a
  // complementizer (list complementizers) after it in its sentence, or a
  // colon ending that sentence ("He added, ''…''", "Greene added that …").
  bool ContinuesBeforeOwnReport(size_t qi, const PendingAttribution& p) const {
    const auto& qs = a_.quote_spans;
    if (!p.mention || p.mention->span.end > a_.tokens[p.cue.first].span.begin) return false;
    size_t k = qi;
    while (k-- > 0 && qs[k].level != 1) {
    }
    if (k >= qi || qs[k].block != qs[qi].block || (quote_attr_[k] < 0 && quote_source_[k] < 0)) return false;
    const int cs = p.cue.sentence;
    if (EndsWithColon(cs)) return true;
    for (size_t t = p.cue.group_last + 1; t < SentEnd(cs); ++t) {
      if (a_.tokens[t].in_quote || (IsWord(t) && In(kComplementizers, t))) return true;
    }
    return false;
  }

  // "“…,” said Ana Lee, author of “Open Harbors.”", "“…,” Lee told the
  // hosts of ''Morning Show,''": whether quote `q`, after cue `p` in its
  // sentence, stands inside the cue's own tag, when `p` already took the
  // quote that opens the sentence before it: a determiner, preposition or
  // conjunction of the writer's stands right before its mark (a quote set
  // off by a comma or a colon, or right after the cue, goes on with what was
  // said). Such a
  // quote is a title, a name or a phrase of the tag, not more of the words
  // (PolNeAR tuning part: such a Content ends before it 18 times, never
  // after it). Not after a complementizer, which opens reported words.
  bool QuoteInsideOwnTag(const PendingAttribution& p, const QuoteSpan& q) const {
    if (p.quotes.empty()) return false;
    const QuoteSpan& first = a_.quote_spans[p.quotes.front()];
    if (first.outer.end > a_.tokens[p.cue.first].span.begin || !StartsSentence(first) ||
        SentenceOf(first.outer.begin) != p.cue.sentence) {
      return false;
    }
    const size_t mark = TokenStartingAt(q.outer.begin);
    if (mark >= a_.tokens.size() || mark == 0 || mark <= p.cue.group_last + 1) return false;
    const size_t before = mark - 1;
    if (!IsWord(before) || a_.tokens[before].in_quote) return false;
    // The word before the mark ties the quote into a phrase: a determiner,
    // a preposition or a conjunction ("author of “…”", "the “…” hat", "and
    // “…” people"), not a pronoun.
    if (!In(kDeterminers, before) && !(In(kFunctionWords, before) && !In(kPronouns, before))) return false;
    // "“…,” the members wrote in a letter, that the agency “may have …”": a
    // complementizer after the cue opens a clause that reports more.
    for (size_t t = p.cue.group_last + 1; t < mark; ++t) {
      if (IsWord(t) && In(kComplementizers, t)) return false;
    }
    return true;
  }

  // The dash cue signing a quotation set as a block (no marks), on the line
  // under its last paragraph ("> — Ana Ruiz, mayor", a <figcaption>), or -1.
  int SignatureUnder(size_t qi) const {
    const auto& qs = a_.quote_spans;
    auto unmarked = [&](size_t k) {
      return qs[k].level == 1 && qs[k].inner.begin == qs[k].outer.begin && qs[k].inner.end == qs[k].outer.end;
    };
    if (!unmarked(qi) && !MarkedBlockQuotation(qs[qi])) return -1;
    size_t last = qi;
    for (size_t k = qi + 1; k < qs.size(); ++k) {
      if (qs[k].level != 1) continue;
      if (!unmarked(k) || !qs[k].continues) break;
      last = k;
    }
    const int nb = NextTextBlock(qs[last].block);
    if (nb < 0) return -1;
    const size_t t = TokenStartingAt(a_.blocks[static_cast<size_t>(nb)].span.begin);
    if (t >= a_.tokens.size() || a_.tokens[t].span.begin >= a_.blocks[static_cast<size_t>(nb)].span.end) return -1;
    for (size_t pi : pending_by_sentence_[static_cast<size_t>(a_.tokens[t].sentence)]) {
      const PendingAttribution& p = pending_[pi];
      if (p.cue.entry == &dash_cue_ && p.cue.first == t && (p.source >= 0 || p.mention)) return static_cast<int>(pi);
    }
    return -1;
  }

  void AssignQuotes() {
    const auto& qs = a_.quote_spans;
    quote_attr_.assign(qs.size(), -1);
    quote_source_.assign(qs.size(), -1);
    for (size_t qi = 0; qi < qs.size(); ++qi) {
      const QuoteSpan& q = qs[qi];
      if (q.level != 1 || NamesAWork(q)) continue;
      if (const int signer = SignatureUnder(qi); signer >= 0) {
        quote_attr_[qi] = signer;
        quote_source_[qi] = pending_[static_cast<size_t>(signer)].source;
        pending_[static_cast<size_t>(signer)].quotes.push_back(qi);
        continue;
      }
      int s_open = SentenceOf(q.outer.begin);
      int s_close = SentenceOf(q.outer.end > 0 ? q.outer.end - 1 : 0);
      // Window: between the neighbouring top-level quotes of the block (the
      // top-level quotes are disjoint and in text order).
      size_t win_b = a_.blocks[static_cast<size_t>(q.block)].span.begin;
      size_t win_e = a_.blocks[static_cast<size_t>(q.block)].span.end;
      for (size_t k = qi; k-- > 0;) {
        if (qs[k].level != 1) continue;
        if (qs[k].block == q.block && qs[k].outer.end <= q.outer.begin) win_b = std::max(win_b, qs[k].outer.end);
        break;
      }
      for (size_t k = qi + 1; k < qs.size(); ++k) {
        if (qs[k].level != 1) continue;
        if (qs[k].block == q.block && qs[k].outer.begin >= q.outer.end) win_e = std::min(win_e, qs[k].outer.begin);
        break;
      }
      int best = -1;
      size_t best_dist = SIZE_MAX;
      bool best_after = false;
      // The cues of the sentences around the quote that lie in the window
      // (each sentence's cues are in text order: a binary search, so that a
      // long sentence of many quotes and cues stays linear).
      const bool opens_sentence = StartsSentence(q);
      int clause_subject = -1;  // a person whose clause holds the quote (ClauseSubjectBetween)
      std::vector<size_t> candidates;
      for (int cs = std::max(0, s_open - 1); cs <= s_close + 1 && cs < static_cast<int>(a_.sentences.size()); ++cs) {
        const auto& in_sentence = pending_by_sentence_[static_cast<size_t>(cs)];
        auto from = std::lower_bound(in_sentence.begin(), in_sentence.end(), win_b, [this](size_t pi, size_t at) {
          return a_.tokens[pending_[pi].cue.first].span.begin < at;
        });
        for (auto it = from; it != in_sentence.end() && a_.tokens[pending_[*it].cue.first].span.begin < win_e; ++it) {
          if (!pending_[*it].question_passive) candidates.push_back(*it);  // a question takes no quote
        }
      }
      for (size_t pi : candidates) {
        const PendingAttribution& p = pending_[pi];
        if (p.source < 0 && !p.mention) continue;
        // A quote inside the source's own phrase ("according to the “Harbor
        // Link” plan") is a title in it, not words the source said.
        if (p.mention && q.outer.begin >= p.mention->span.begin && q.outer.end <= p.mention->span.end) continue;
        size_t cb = a_.tokens[p.cue.first].span.begin;
        size_t ce = a_.tokens[p.cue.last].span.end;
        if (cb < win_b || ce > win_e) continue;
        bool after = cb >= q.outer.end;
        if (after && p.participle_after_quote) continue;
        int cs = p.cue.sentence;
        bool same = cs >= s_open && cs <= s_close;
        // “…policy.” Wu said. — the sentence right after, starting at the
        // quote; not for a quote inside a writer's sentence ("X claimed the
        // campaign was “in free fall.” Her spokesman, Ben Adair, said …").
        bool next_adjacent = after && cs == s_close + 1 && p.mention && opens_sentence &&
                             Between(q.outer.end, std::min(p.mention->span.begin, cb)) &&
                             !ContinuesBeforeOwnReport(qi, p);
        // X said: “…” — the sentence before, ending with a colon.
        bool colon_before = !after && cs == s_open - 1 && EndsWithColon(cs);
        if (!same && !next_adjacent && !colon_before) continue;
        // "… unable to muster more than “ooooh, whoooa” when Clinton accused
        // him of an …": a cue in a subordinate clause opened right after the
        // quote, with words of its own reported after it, reports those
        // words, not the quote.
        if (after && same && SubordinateCueAfterQuote(q.outer.end, p)) continue;
        if (!after && same && QuoteInsideOwnTag(p, q)) continue;
        if (!after && same) {
          const int other = ClauseSubjectBetween(cs, ce, q.outer.begin);
          if (other >= 0) {
            clause_subject = other;
            continue;
          }
        }
        size_t dist = after ? cb - q.outer.end : q.outer.begin - ce;
        // A speech cue wins over a cue of belief or intention ("… told a rally
        // that her members wanted “…”").
        if (p.cue.entry->tone == CueTone::kNonSpeech) dist += 100000;
        // Prefer a cue after the quote only when it is right there (“…,” said X,
        // “…,” X said); one after words of the writer's own ("… “is not
        // ideal,” but said …") loses to a cue before the quote.
        if (after && same) {
          size_t lead = cb;
          if (p.mention && p.mention->span.begin >= q.outer.end) lead = std::min(lead, p.mention->span.begin);
          if (WordsBetween(q.outer.end, lead)) dist += 50000;
        }
        if (best < 0 || dist < best_dist) {
          best = static_cast<int>(pi);
          best_dist = dist;
          best_after = after;
        }
      }
      (void)best_after;
      // "L’élue Claire Montrésor s’est félicitée de l’enquête :" ending its
      // paragraph, and the quote opening the next one: the colon's cue.
      if (best < 0 && s_open > 0 && StartsBlock(q)) {
        const int ps = s_open - 1;
        const int pblock = a_.sentences[static_cast<size_t>(ps)].block;
        // "Or, as the harbor master, Victor Hale, observed," ending its
        // paragraph: a comma right after the cue leads in the same way.
        const bool lead_comma = pblock != q.block && IsNextBlock(pblock, q.block) && EndsWithComma(ps);
        if (lead_comma) {
          for (size_t pi : pending_by_sentence_[static_cast<size_t>(ps)]) {
            const PendingAttribution& p = pending_[pi];
            if (!(p.source >= 0 || p.mention) || p.question_passive || !p.quotes.empty()) continue;
            if (p.cue.report_last + 2 == SentEnd(ps) && IsPunct(p.cue.report_last + 1, ",")) {
              best = static_cast<int>(pi);
            }
          }
        }
        if (!lead_comma && pblock != q.block && IsNextBlock(pblock, q.block) && EndsWithColon(ps)) {
          for (size_t pi : pending_by_sentence_[static_cast<size_t>(ps)]) {
            const PendingAttribution& p = pending_[pi];
            if (!(p.source >= 0 || p.mention) || p.question_passive || !p.quotes.empty()) continue;
            // The colon right after the cue, or after a short complement of
            // it with no quote ("s’est félicitée de l’ouverture de l’enquête :").
            if (p.cue.report_last + 1 < a_.tokens.size() && IsPunct(p.cue.report_last, ":")) {
              best = static_cast<int>(pi);
              continue;
            }
            const size_t end = SentEnd(ps);
            size_t colon = end;
            while (colon > p.cue.last + 1 && !IsPunct(colon - 1, ":")) --colon;
            if (colon <= p.cue.last + 1 || colon - 1 > p.cue.last + 9) continue;
            bool plain = true;
            for (size_t t = p.cue.last + 1; t + 1 < colon && plain; ++t) {
              plain = !a_.tokens[t].in_quote && !CueStartsAt(t) && !IsPunct(t, ".");
            }
            if (plain) best = static_cast<int>(pi);
          }
        }
      }
      if (best >= 0 && clause_subject >= 0 && !best_after) best = -1;  // the clause's subject wins over a cue before it
      if (best < 0 && clause_subject >= 0) {
        quote_source_[qi] = clause_subject;
        clause_subject_of_.insert(qi);
      }
      if (best >= 0) {
        quote_attr_[qi] = best;
        quote_source_[qi] = pending_[static_cast<size_t>(best)].source;
        pending_[static_cast<size_t>(best)].quotes.push_back(qi);
      }
    }
    // "«…». Así lo explicó la ministra.", a <blockquote> and then "Das
    // sagte der Präsident …": a cue opened by a back-reference phrase
    // reports the quote that opens the sentence before it and runs up to
    // the phrase, when no cue took that quote.
    for (size_t pi = 0; pi < pending_.size(); ++pi) {
      PendingAttribution& p = pending_[pi];
      if (!p.back_reference || !p.quotes.empty() || (p.source < 0 && !p.mention)) continue;
      const size_t back = SentFirst(p.cue.sentence);
      const size_t opener = a_.tokens[back].span.begin;
      auto it = std::lower_bound(qs.begin(), qs.end(), opener,
                                 [](const QuoteSpan& q, size_t pos) { return q.outer.begin < pos; });
      size_t qi = static_cast<size_t>(it - qs.begin());
      while (qi-- > 0 && qs[qi].level != 1) {
      }
      if (qi >= qs.size() || quote_attr_[qi] >= 0 || NamesAWork(qs[qi]) || !StartsSentence(qs[qi]) ||
          qs[qi].outer.end > opener) {
        continue;
      }
      bool plain = true;
      for (size_t t = TokenStartingAt(qs[qi].outer.end); t < back && plain; ++t) {
        plain = !IsWord(t) && !a_.tokens[t].in_quote;
      }
      if (!plain) continue;
      quote_attr_[qi] = static_cast<int>(pi);
      quote_source_[qi] = p.source;
      p.quotes.push_back(qi);
    }
    // "X a répondu que « … », mais que « … »", "X said that “…” and that
    // “…”": a quote in a second reported clause, joined to the clause of an
    // attributed quote before it in the sentence, has the same attribution.
    for (size_t qi = 1; qi < qs.size(); ++qi) {
      if (qs[qi].level != 1 || quote_attr_[qi] >= 0 || quote_source_[qi] >= 0) continue;
      size_t k = qi;
      while (k-- > 0 && qs[k].level != 1) {
      }
      if (k >= qi || qs[k].level != 1 || quote_attr_[k] < 0 || qs[k].block != qs[qi].block) continue;
      if (SentenceOf(qs[k].outer.begin) != SentenceOf(qs[qi].outer.begin)) continue;
      const PendingAttribution& p = pending_[static_cast<size_t>(quote_attr_[k])];
      if (a_.tokens[p.cue.last].span.end > qs[k].outer.begin) continue;  // the cue must come before both
      if (SecondReportedClause(qs[k].outer.end, qs[qi].outer.begin)) {
        quote_attr_[qi] = quote_attr_[k];
        quote_source_[qi] = p.source;
        pending_[static_cast<size_t>(quote_attr_[k])].quotes.push_back(qi);
      }
    }
    // "… guarda el "segundo informante" ni "si afecta …", informó la
    // emisora": quotes before the one an inverted cue took, in the same
    // sentence with no other cue between, are in the same content.
    for (size_t qi = qs.size(); qi-- > 0;) {
      if (qs[qi].level != 1 || quote_attr_[qi] >= 0 || quote_source_[qi] >= 0) continue;
      size_t k = qi + 1;
      while (k < qs.size() && qs[k].level != 1) ++k;
      if (k >= qs.size() || quote_attr_[k] < 0 || qs[k].block != qs[qi].block) continue;
      const int s = SentenceOf(qs[qi].outer.begin);
      if (SentenceOf(qs[k].outer.begin) != s) continue;
      const PendingAttribution& p = pending_[static_cast<size_t>(quote_attr_[k])];
      if (p.cue.sentence != s || a_.tokens[p.cue.first].span.begin < qs[k].outer.end) continue;
      // Near the cue only (a chain of quotes in one long sentence would
      // otherwise be scanned once per quote).
      const size_t from = TokenStartingAt(qs[qi].outer.end);
      if (p.cue.first > from + 200) continue;
      bool other_cue = false;
      for (size_t t = from; t < p.cue.first && !other_cue; ++t) other_cue = cue_starts_[t];
      if (other_cue) continue;
      quote_attr_[qi] = quote_attr_[k];
      quote_source_[qi] = p.source;
      pending_[static_cast<size_t>(quote_attr_[k])].quotes.push_back(qi);
    }
    // Continuations: a quote with no cue after an attributed quote of the same
    // paragraph, or opening a paragraph right after one, takes its speaker.
    int last_attributed = -1;
    int last_block = -1;
    int last_opening = -1;  // the last attributed quote that opens its sentence
    for (size_t qi = 0; qi < qs.size(); ++qi) {
      const QuoteSpan& q = qs[qi];
      if (q.level != 1 || NamesAWork(q)) continue;
      if (quote_source_[qi] >= 0) {
        last_attributed = static_cast<int>(qi);
        last_block = q.block;
        if (StartsSentence(q)) last_opening = static_cast<int>(qi);
        continue;
      }
      if (last_attributed < 0) continue;
      // "“…,” Governor Tom Reyes said. ¶ “…,” she told a radio station.":
      // a quote whose own cue has a gendered pronoun that could not stand
      // for the last speaker is not that speaker's (fu29).
      if (quote_attr_[qi] >= 0) {
        const PendingAttribution& own = pending_[static_cast<size_t>(quote_attr_[qi])];
        const char g = own.mention && own.mention->type == MentionType::kPronoun ? WordGender(own.mention->head) : 0;
        const char known = g ? SourceGender(quote_source_[static_cast<size_t>(last_attributed)]) : 0;
        if (known && known != g) {
          last_attributed = -1;  // someone else has the floor: later quotes do not go back past it
          continue;
        }
      }
      // "''Revenues are up,'' said Mr. Ekovich, who noted that prices had
      // ''cratered.'' ''Things are moving …''": a quote opening its sentence
      // goes on with the quote that opened the sentence before, not with a
      // fragment the same speaker's clause quoted later in that sentence.
      if (last_opening >= 0 && last_opening != last_attributed && StartsSentence(q)) {
        const QuoteSpan& fragment = qs[static_cast<size_t>(last_attributed)];
        const QuoteSpan& opening = qs[static_cast<size_t>(last_opening)];
        if (opening.block == q.block && fragment.block == q.block && !StartsSentence(fragment) &&
            (SentenceOf(fragment.outer.begin) == SentenceOf(opening.outer.begin) ||
             SentenceOf(fragment.outer.begin) == SentenceOf(opening.outer.end - 1)) &&
            quote_source_[static_cast<size_t>(last_attributed)] == quote_source_[static_cast<size_t>(last_opening)]) {
          last_attributed = last_opening;
        }
      }
      const QuoteSpan& prev = qs[static_cast<size_t>(last_attributed)];
      // Only a quote that opens its own sentence continues an earlier one; a
      // fragment inside the writer's sentence belongs to that sentence. A
      // connective before it ("But “…”", "Instead, “…”") opens no sentence
      // of the writer's.
      bool same_block = q.block == prev.block &&
                        (StartsSentence(q) || FollowsFinishedQuote(prev, q) || OpensAfterResumer(q) ||
                         OpensAfterFrontedClause(q));
      // (Not a quote cut off with the page: its own attribution may have
      // been cut with it, and a speaker is never guessed.)
      bool opens_next_block = IsNextBlock(prev.block, q.block) && StartsBlock(q) &&
                              LastTopQuoteOfBlock(last_attributed) && !q.cut_off;
      bool chained = q.continues && IsNextBlock(prev.block, q.block);
      if (same_block || opens_next_block || chained) {
        if (same_block && OtherSourceBetween(prev.outer.end, q.outer.begin, quote_source_[static_cast<size_t>(last_attributed)],
                                             quote_attr_[static_cast<size_t>(last_attributed)])) {
          continue;
        }
        // "…stay “united,” but Rennick … called the strike “reckless”".
        if (same_block && SentenceOf(prev.outer.begin) == SentenceOf(q.outer.begin)) {
          const int other = ClauseSubjectBetween(SentenceOf(q.outer.begin), prev.outer.end, q.outer.begin);
          if (other >= 0 && other != quote_source_[static_cast<size_t>(last_attributed)]) {
            quote_source_[qi] = other;
            clause_subject_of_.insert(qi);
            last_attributed = static_cast<int>(qi);
            last_block = q.block;
            continue;
          }
        }
        quote_source_[qi] = quote_source_[static_cast<size_t>(last_attributed)];
        continuation_of_[qi] = last_attributed;
        last_attributed = static_cast<int>(qi);
        last_block = q.block;
      }
    }
    (void)last_block;
    // Backwards along a multi-paragraph quote: an earlier paragraph of it
    // takes the speaker named in a later one.
    for (size_t qi = qs.size(); qi-- > 0;) {
      if (!qs[qi].continues || quote_source_[qi] < 0) continue;
      // The previous paragraph's unclosed quote.
      for (size_t k = qi; k-- > 0;) {
        if (qs[k].level != 1) continue;
        if (qs[k].block != qs[qi].block && qs[k].unclosed && quote_source_[k] < 0) {
          quote_source_[k] = quote_source_[qi];
          continuation_of_[k] = static_cast<int>(qi);
        }
        break;
      }
    }
    // Words quoted again inside an attributed quote (a headline quote, a
    // lede fragment of a later statement) belong to that quote's speaker.
    // Each quote's key, made once however many quotes look at it.
    std::vector<std::optional<std::string>> inner_keys(qs.size());
    auto inner_key = [&](size_t q) -> const std::string& {
      if (!inner_keys[q]) inner_keys[q] = Key(std::string_view(w_).substr(qs[q].inner.begin, qs[q].inner.size()));
      return *inner_keys[q];
    };
    for (size_t qi = 0; qi < qs.size(); ++qi) {
      if (qs[qi].level != 1 || quote_source_[qi] >= 0) continue;
      std::string needle = inner_key(qi);
      while (!needle.empty() && (needle.back() == '.' || needle.back() == ',')) needle.pop_back();
      if (needle.size() < 6) continue;
      // A headline may quote the body's words exactly (a direct quote there,
      // not a name in marks); elsewhere the same words twice are a repeat,
      // not an echo of a longer quote.
      const bool headline = a_.blocks[static_cast<size_t>(qs[qi].block)].kind == BlockKind::kHeadline;
      // Bounded: the nearest 64 attributed quotes on either side, among the
      // nearest 1,024 quotes.
      size_t looked = 0;
      for (size_t d = 1; d < qs.size() && d <= 1024 && looked < 128; ++d) {
        bool in_range = false;
        size_t k = SIZE_MAX;
        for (int side = 0; side < 2 && k == SIZE_MAX; ++side) {
          size_t cand = side == 0 ? qi + d : qi - d;
          if (side == 0 ? qi + d >= qs.size() : d > qi) continue;
          in_range = true;
          if (quote_source_[cand] >= 0 && (qs[cand].inner.size() > needle.size() ||
                                            (headline && qs[cand].inner.size() == needle.size() &&
                                             KindOfQuote(qs[cand], true) == QuoteKind::kDirect))) {
            ++looked;
            if (inner_key(cand).find(needle) != std::string::npos) k = cand;
          }
        }
        if (!in_range) break;
        if (k != SIZE_MAX) {
          quote_source_[qi] = quote_source_[k];
          echo_of_.insert(qi);
          break;
        }
      }
    }
    // A quoted fragment in a sentence whose subject is a known person.
    for (size_t qi = 0; qi < qs.size(); ++qi) {
      if (qs[qi].level != 1 || quote_source_[qi] >= 0) continue;
      // A coordinated clause of another person after the sentence's last cue
      // ("…, but Rennick used a radio interview to call the strike “reckless”").
      {
        const int s = SentenceOf(qs[qi].outer.begin);
        size_t from = a_.sentences[static_cast<size_t>(s)].span.begin;
        for (size_t pi : pending_by_sentence_[static_cast<size_t>(s)]) {
          if (a_.tokens[pending_[pi].cue.last].span.end <= qs[qi].outer.begin) from = a_.tokens[pending_[pi].cue.last].span.end;
        }
        // Only after a cue of the sentence: a sentence opening "But Cruz
        // would not comment on an order “to protect …”" has one clause.
        const int other = from == a_.sentences[static_cast<size_t>(s)].span.begin
                              ? -1
                              : ClauseSubjectBetween(s, from, qs[qi].outer.begin);
        if (other >= 0) {
          quote_source_[qi] = other;
          clause_subject_of_.insert(qi);
          continue;
        }
      }
      // German indirect speech: a sentence in the subjunctive of reported
      // speech with no cue of its own ("Kanal Neun habe Aussagen von X
      // „deutlich zu weit ausgelegt“.") goes on with what the sentence
      // before it reported, and so does a fragment it quotes.
      {
        const int reporter = ReportedSpeechSource(SentenceOf(qs[qi].outer.begin));
        if (reporter >= 0) {
          quote_source_[qi] = reporter;
          clause_subject_of_.insert(qi);
          continue;
        }
      }
      int person = PersonBefore(qs[qi]);
      if (person >= 0) {
        quote_source_[qi] = person;
        subject_of_.insert(qi);
      }
    }
    // "“I will not resign,” I said. “I have done nothing wrong.”": a quote left
    // with no speaker after one whose cue has a source the article does not
    // resolve (the writer's "I", a "they" with no antecedent) goes on with
    // that quote's words, as a continuation does: same content, no speaker.
    for (size_t qi = 1; qi < qs.size(); ++qi) {
      const QuoteSpan& q = qs[qi];
      if (q.level != 1 || quote_source_[qi] >= 0 || quote_attr_[qi] >= 0 || NamesAWork(q)) continue;
      size_t k = qi;
      while (k-- > 0 && qs[k].level != 1) {
      }
      if (k >= qi || qs[k].level != 1 || quote_source_[k] >= 0) continue;
      int attr = quote_attr_[k];
      if (attr < 0) {
        auto it = unresolved_continuation_.find(static_cast<int>(k));
        if (it == unresolved_continuation_.end()) continue;
        attr = it->second;
      }
      const QuoteSpan& prev = qs[k];
      const bool same_block =
          q.block == prev.block && (StartsSentence(q) || FollowsFinishedQuote(prev, q) || OpensAfterResumer(q));
      const bool next_block = IsNextBlock(prev.block, q.block) && StartsBlock(q) &&
                              LastTopQuoteOfBlock(static_cast<int>(k)) && QuoteParagraphGoesOn(k, qi);
      if (!same_block && !next_block) continue;
      // No other cue between them.
      bool other_cue = false;
      for (auto it = std::lower_bound(pending_.begin(), pending_.end(), prev.outer.end,
                                      [this](const PendingAttribution& p, size_t at) {
                                        return a_.tokens[p.cue.first].span.begin < at;
                                      });
           it != pending_.end() && a_.tokens[it->cue.first].span.begin < q.outer.begin && !other_cue; ++it) {
        other_cue = it - pending_.begin() != attr;
      }
      if (!other_cue) unresolved_continuation_[static_cast<int>(qi)] = attr;
    }
  }

  // The source a sentence in reported speech continues: sentence `s` has no
  // cue, a word of reported-speech-markers outside quotes, and the sentence
  // before it (in the same or the previous paragraph) an attribution with a
  // source. -1 otherwise.
  int ReportedSpeechSource(int s) const {
    if (reported_speech_markers_.empty() || s <= 0 || !pending_by_sentence_[static_cast<size_t>(s)].empty()) return -1;
    bool marker = false;
    for (size_t t = SentFirst(s); t < SentEnd(s) && !marker; ++t) {
      marker = !a_.tokens[t].in_quote && IsWord(t) && Has(reported_speech_markers_, t);
    }
    if (!marker) return -1;
    const int prev = s - 1;
    if (!IsNextBlock(a_.sentences[static_cast<size_t>(prev)].block, a_.sentences[static_cast<size_t>(s)].block) &&
        a_.sentences[static_cast<size_t>(prev)].block != a_.sentences[static_cast<size_t>(s)].block) {
      return -1;
    }
    int source = -1;
    for (size_t pi : pending_by_sentence_[static_cast<size_t>(prev)]) {
      if (pending_[pi].source >= 0) source = pending_[pi].source;
    }
    return source;
  }

  // Whether [from, to) holds ", and that …" / ", mais que …": a coordinator
  // and a complementizer opening a second reported clause, with no cue.
  bool SecondReportedClause(size_t from, size_t to) const {
    size_t t = TokenStartingAt(from);
    bool coordinator = false;
    for (; t < a_.tokens.size() && a_.tokens[t].span.end <= to; ++t) {
      if (cue_starts_[t]) return false;
      if (!IsWord(t)) continue;
      if (In(kVerbCoordinators, t)) {
        coordinator = true;
        continue;
      }
      if (!coordinator) return false;
      const std::string& low = Low(t);
      if (InWord(kComplementizers, low)) return true;
      // An elided complementizer glued to the next word ("qu'il").
      size_t apos = low.find('\'');
      return apos != std::string::npos && InWord(kComplementizers, low.substr(0, apos + 1));
    }
    return false;
  }

  // Whether sentence `s` ends with a comma (a paragraph cut after a lead-in:
  // "As Victor Hale observed,").
  bool EndsWithComma(int s) const {
    Span sp = a_.sentences[static_cast<size_t>(s)].span;
    size_t e = sp.end;
    while (e > sp.begin && (w_[e - 1] == ' ' || w_[e - 1] == '\n')) --e;
    return e > sp.begin && w_[e - 1] == ',';
  }

  bool EndsWithColon(int s) const {
    Span sp = a_.sentences[static_cast<size_t>(s)].span;
    size_t e = sp.end;
    while (e > sp.begin && (w_[e - 1] == ' ')) --e;
    return e > sp.begin && w_[e - 1] == ':';
  }

  // A word (letter or digit) between two offsets, outside quotes.
  bool WordsBetween(size_t b, size_t e) const {
    for (size_t k = b; k < e; ++k) {
      unsigned char c = static_cast<unsigned char>(w_[k]);
      if (std::isalnum(c) || c >= 0x80) {
        if (c >= 0x80) {
          // Quote marks and dashes are not words.
          UChar32 cp;
          int32_t i = static_cast<int32_t>(k);
          U8_NEXT(w_.data(), i, static_cast<int32_t>(e), cp);
          if (cp >= 0 && u_isalnum(cp)) return true;
          k = static_cast<size_t>(i) - 1;
          continue;
        }
        return true;
      }
    }
    return false;
  }

  // Only spaces and commas/dashes between two offsets.
  bool Between(size_t b, size_t e) const {
    if (e < b) return false;
    for (size_t k = b; k < e; ++k) {
      char c = w_[k];
      if (c != ' ' && c != ',' ) return false;
    }
    return true;
  }

  bool IsNextBlock(int b1, int b2) const {
    if (b2 <= b1) return false;
    for (int k = b1 + 1; k < b2; ++k) {
      if (!a_.blocks[static_cast<size_t>(k)].masked) return false;
    }
    return true;
  }

  // 「……冬天。」「我們不會坐視不管。」: a quote right after one that ended
  // its sentence inside the marks (nothing but spaces between) opens a
  // sentence of its own, whatever the sentence segmenter made of it.
  bool FollowsFinishedQuote(const QuoteSpan& prev, const QuoteSpan& q) const {
    if (prev.outer.end > q.outer.begin) return false;
    for (size_t b = prev.outer.end; b < q.outer.begin; ++b) {
      if (w_[b] != ' ') return false;
    }
    std::string_view inner(w_.data() + prev.inner.begin, prev.inner.size());
    for (std::string_view end : {".", "!", "?", "\xE3\x80\x82", "\xEF\xBC\x81", "\xEF\xBC\x9F"}) {
      if (inner.size() >= end.size() && inner.substr(inner.size() - end.size()) == end) return true;
    }
    return false;
  }

  // Whether the quote `q` of attribution `p` stands after words of the
  // writer's own in the attribution's sentence and before its source and
  // cue ("The ferry program “is gaining traction,” Ana Lee said", "No Child
  // Left Behind was “very assertive,” according to …"): the words before
  // the mark run into it (no colon, dash or parenthesis right before it, a
  // comma only as below), hold no other quote and no cue, and only a comma
  // stands between the quote and the attribution. PolNeAR's content then
  // starts with the writer's words (tuning part: about 50 times to a
  // handful). The clause may go on past the quote into the writer's words
  // it runs on into ("had “put a crack” in the plan, she said";
  // QuoteRunOnEnd), up to that comma; and a fronted phrase set off by a
  // comma may stand right before the mark ("In past campaigns, “we …,” she
  // said"). Tuning part (contstart36): the run-on 10 times to none, the
  // comma 14 times to 2. Returns where the clause ends (0 when the quote is
  // not set that way).
  size_t LeadInBeforeQuote(const PendingAttribution& p, const QuoteSpan& q) const {
    const int s = p.cue.sentence;
    if (SentenceOf(q.outer.begin) != s || StartsSentence(q)) return 0;
    size_t att_b = a_.tokens[p.cue.group_first].span.begin;
    if (p.mention) att_b = std::min(att_b, p.mention->span.begin);
    if (q.outer.end > att_b) return 0;
    const size_t mark = TokenStartingAt(q.outer.begin);
    const size_t sb = SentFirst(s);
    if (mark >= a_.tokens.size() || mark <= sb) return 0;
    // (Or a fronted phrase set off by a comma: "In past campaigns, “we
    // could reach the voters,” she said".)
    const size_t before = mark > sb + 2 && IsComma(mark - 1) && !a_.tokens[mark - 1].in_quote ? mark - 2 : mark - 1;
    if (!IsWord(before) || a_.tokens[before].in_quote) return 0;
    for (size_t t = sb; t < mark; ++t) {
      if (a_.tokens[t].in_quote || cue_starts_[t] || IsDash(t) || Tok(t) == ";" || Tok(t) == ":" ||
          Tok(t) == "(" || Tok(t) == ")") {
        return 0;
      }
    }
    if (Between(q.outer.end, att_b)) return q.outer.end;
    // The writer's words the quote runs on into, up to that comma.
    const size_t run_on = QuoteRunOnEnd(q, &p);
    if (run_on > q.outer.end && Between(run_on, att_b)) return run_on;
    return 0;
  }

  bool StartsSentence(const QuoteSpan& q) const {
    int s = SentenceOf(q.outer.begin);
    size_t b = a_.sentences[static_cast<size_t>(s)].span.begin;
    while (b < q.outer.begin && w_[b] == ' ') ++b;
    return b == q.outer.begin;
  }

  // "''It's an enormous moment,'' said Steve Schmidt. Now, ''it's very
  // difficult …''": a quote right after a single word of list
  // quote-resumers (and a comma) opening its sentence, outside quotes.
  bool OpensAfterResumer(const QuoteSpan& q) const {
    if (quote_resumers_.empty()) return false;
    const int s = SentenceOf(q.outer.begin);
    const size_t t = SentFirst(s);
    if (t + 1 >= SentEnd(s) || !IsWord(t) || a_.tokens[t].in_quote || !Has(quote_resumers_, t)) return false;
    const size_t n = IsComma(t + 1) ? t + 2 : t + 1;
    return n < SentEnd(s) && a_.tokens[n].in_quote && a_.tokens[n].span.begin == q.outer.begin;
  }

  // "Unless rivals quit the race, “it is very difficult to see how he is
  // stopped.”": the writer's fronted adverbial clause (a word of list
  // subordinators, then at most twelve tokens with no quote and no cue, then
  // a comma) before a quote that goes on in lower case: the quote is the
  // sentence's main clause, the speaker's words going on.
  bool OpensAfterFrontedClause(const QuoteSpan& q) const {
    if (subordinators_.empty() || cue_starts_.size() != a_.tokens.size()) return false;
    const int s = SentenceOf(q.outer.begin);
    const size_t t = SentFirst(s);
    if (t + 2 >= SentEnd(s) || !IsWord(t) || a_.tokens[t].in_quote || !Has(subordinators_, t)) return false;
    for (size_t k = t + 1; k < SentEnd(s) && k <= t + 13; ++k) {
      if (a_.tokens[k].in_quote || cue_starts_[k]) return false;
      if (!IsComma(k)) continue;
      const size_t n = k + 1;
      if (n >= SentEnd(s) || !a_.tokens[n].in_quote || a_.tokens[n].span.begin != q.outer.begin) return false;
      int32_t i = 0;
      UChar32 c = -1;
      const std::string_view inner = std::string_view(w_).substr(q.inner.begin, q.inner.size());
      U8_NEXT(inner.data(), i, static_cast<int32_t>(inner.size()), c);
      return c >= 0 && u_islower(c);
    }
    return false;
  }

  bool StartsBlock(const QuoteSpan& q) const {
    size_t b = a_.blocks[static_cast<size_t>(q.block)].span.begin;
    while (b < q.outer.begin && w_[b] == ' ') ++b;
    return b == q.outer.begin;
  }

  // Whether quote `qi`, opening the paragraph after quote `prev`'s, goes on
  // with what `prev` said: `prev`'s sentence ends its paragraph (no words of
  // the writer's after it) and nothing but quotes follows `qi` in its own.
  // Whether quote `q` opens its block: nothing but spaces before its mark.
  bool QuoteOpensItsBlock(const QuoteSpan& q) const {
    const Span b = a_.blocks[static_cast<size_t>(q.block)].span;
    if (q.outer.begin < b.begin) return false;
    for (size_t k = b.begin; k < q.outer.begin; ++k) {
      if (w_[k] != ' ' && w_[k] != '\t') return false;
    }
    return true;
  }

  // The index of the first block after `block` with text that boilerplate
  // removal left, or -1.
  int NextTextBlock(int block) const {
    for (size_t b = static_cast<size_t>(block) + 1; b < a_.blocks.size(); ++b) {
      const Block& blk = a_.blocks[b];
      if (blk.masked) continue;
      for (size_t k = blk.span.begin; k < blk.span.end && k < w_.size(); ++k) {
        if (w_[k] != ' ' && w_[k] != '\t') return static_cast<int>(b);
      }
    }
    return -1;
  }

  // "Trump issued the following statement:" / “Our prayers are …”: quote
  // `qi` opens its paragraph, and the paragraph before it (the last one with
  // text) ends with a colon after a word that is no label of a line
  // ("Related:", "Watch:"; list colon-labels) and opens no quote it leaves
  // open. PolNeAR marks such a block as content (9 of the 10 on the tuning
  // part that no cue takes; the tenth is marked with its lead-in).
  bool QuotedBlockAfterColon(size_t qi) const {
    const QuoteSpan& q = a_.quote_spans[qi];
    int prev = -1;
    for (int b = q.block - 1; b >= 0; --b) {
      const Block& blk = a_.blocks[static_cast<size_t>(b)];
      if (blk.masked) continue;
      if (WordsBetween(blk.span.begin, blk.span.end)) {
        prev = b;
        break;
      }
    }
    if (prev < 0 || NextTextBlock(prev) != q.block) return false;
    const Block& pb = a_.blocks[static_cast<size_t>(prev)];
    if (pb.kind == BlockKind::kHeadline) return false;
    size_t e = std::min(pb.span.end, w_.size());
    while (e > pb.span.begin && (w_[e - 1] == ' ' || w_[e - 1] == '\t')) --e;
    if (e <= pb.span.begin || w_[e - 1] != ':') return false;
    // The word before the colon.
    size_t colon = TokenStartingAt(e - 1);
    if (colon == 0 || colon >= a_.tokens.size() || !IsWord(colon - 1)) return false;
    if (In(kColonLabels, colon - 1)) return false;
    // A quote of that paragraph running to its end goes on into this one.
    // (The quotes are in text order: only those back to that paragraph.)
    for (size_t k = qi; k-- > 0 && a_.quote_spans[k].block >= prev;) {
      const QuoteSpan& o = a_.quote_spans[k];
      if (o.block == prev && o.level == 1 && o.outer.end >= e) return false;
    }
    return true;
  }

  // “We have to be a lot tougher.” as a paragraph of its own: quote `qi`
  // opens its paragraph and closes it (only a full stop may follow the
  // mark), and no cue took it. PolNeAR marks such a quote (19 of the 29 on
  // the tuning part that we left out were marked, 11 of them from the quote
  // on; most of the others are "Related:" labels, headings in capitals and
  // pasted excerpts); at least four words, with a lower-case letter, so
  // that a label, a slogan or a heading in capitals is no content.
  bool QuoteIsItsParagraph(size_t qi) const {
    const QuoteSpan& q = a_.quote_spans[qi];
    if (q.level != 1 || !QuoteOpensItsBlock(q)) return false;
    const Block& blk = a_.blocks[static_cast<size_t>(q.block)];
    if (blk.masked || blk.kind == BlockKind::kHeadline) return false;
    if (!QuoteClosesItsBlock(q)) return false;
    // In double marks: a line in single ones ('A quiet town.') is a
    // subheading quoting someone.
    if (!SpeechLikeInDoubleMarks(q)) return false;
    // Under a paragraph that ends with a colon, QuotedBlockAfterColon
    // decides ("Related:" and other labels of a line take no content).
    for (int b = q.block - 1; b >= 0; --b) {
      const Block& pb = a_.blocks[static_cast<size_t>(b)];
      if (pb.masked) continue;
      if (!WordsBetween(pb.span.begin, pb.span.end)) continue;
      size_t pe = std::min(pb.span.end, w_.size());
      while (pe > pb.span.begin && (w_[pe - 1] == ' ' || w_[pe - 1] == '\t')) --pe;
      return !(pe > pb.span.begin && w_[pe - 1] == ':');
    }
    return true;
  }

  // "the board was conclusive in its findings: “Further discussion is
  // unnecessary.”", "Then, the laugh line: ''…''": quote `qi`, in double
  // marks, follows a colon inside its paragraph and closes the paragraph
  // (only a full stop may follow the mark), and no cue took it. PolNeAR
  // marks such a quote as content (all 11 of those on the tuning part with
  // no predicted content over them, 8 from the opening mark); at least
  // four words with a lower-case letter, as for QuoteIsItsParagraph, so
  // that a slogan ("one message: “Dump Trump.”") stays a title.
  bool QuoteAfterColonEndsParagraph(size_t qi) const {
    const QuoteSpan& q = a_.quote_spans[qi];
    if (q.level != 1 || QuoteOpensItsBlock(q)) return false;
    // Left open at the paragraph's end, its closing mark lost ("… - More
    // from the report: “Today numerous …"): not when the next paragraph
    // reopens it (a quote that runs on).
    if (q.unclosed) {
      size_t n = qi + 1;
      while (n < a_.quote_spans.size() && a_.quote_spans[n].level != 1) ++n;
      if (n < a_.quote_spans.size() && a_.quote_spans[n].continues) return false;
    }
    const Block& blk = a_.blocks[static_cast<size_t>(q.block)];
    if (blk.masked || blk.kind == BlockKind::kHeadline) return false;
    if (!QuoteClosesItsBlock(q)) return false;
    size_t before = q.outer.begin;
    while (before > blk.span.begin && (w_[before - 1] == ' ' || w_[before - 1] == '\t')) --before;
    if (before <= blk.span.begin || w_[before - 1] != ':') return false;
    // The word before the colon: no label of a line ("Related:").
    const size_t colon = TokenStartingAt(before - 1);
    if (colon == 0 || colon >= a_.tokens.size() || !IsWord(colon - 1) || In(kColonLabels, colon - 1)) return false;
    return SpeechLikeInDoubleMarks(q);
  }

  // Whether quote `q` ends its block: only spaces and full stops after its
  // closing mark.
  bool QuoteClosesItsBlock(const QuoteSpan& q) const {
    const Block& blk = a_.blocks[static_cast<size_t>(q.block)];
    size_t e = std::min(blk.span.end, w_.size());
    while (e > q.outer.end && (w_[e - 1] == ' ' || w_[e - 1] == '\t' || w_[e - 1] == '.')) --e;
    return e == q.outer.end;
  }

  // Whether quote `q` reads as speech set off on its own: in double marks
  // (single ones set off a subheading or a slogan), at least four words and
  // a lower-case letter (not "Dump Trump." or a title in capitals).
  bool SpeechLikeInDoubleMarks(const QuoteSpan& q) const {
    if (q.open_mark == "'" || q.open_mark == "\xE2\x80\x98" || q.open_mark == "\xE2\x80\x9A" ||
        q.open_mark == "\xE2\x80\xB9") {
      return false;
    }
    size_t words = 0;
    bool lower = false;
    for (size_t t = TokenStartingAt(q.inner.begin); t < a_.tokens.size() && a_.tokens[t].span.begin < q.inner.end;
         ++t) {
      if (!IsWord(t)) continue;
      ++words;
      for (char c : Tok(t)) lower = lower || (c >= 'a' && c <= 'z');
    }
    return words >= 4 && lower;
  }

  bool QuoteParagraphGoesOn(size_t prev, size_t qi) const {
    const auto& qs = a_.quote_spans;
    const QuoteSpan& p = qs[prev];
    const QuoteSpan& q = qs[qi];
    const Span pb = a_.blocks[static_cast<size_t>(p.block)].span;
    const int ps = SentenceOf(p.outer.end > 0 ? p.outer.end - 1 : 0);
    size_t ps_end = std::max(p.outer.end, a_.sentences[static_cast<size_t>(ps)].span.end);
    // "“…!” Ruiz said.": the cue's sentence when it follows the quote.
    if (quote_attr_[prev] >= 0) {
      const int cs = pending_[static_cast<size_t>(quote_attr_[prev])].cue.sentence;
      const Span cspan = a_.sentences[static_cast<size_t>(cs)].span;
      if (a_.sentences[static_cast<size_t>(cs)].block == p.block && cspan.end > ps_end) ps_end = cspan.end;
    }
    if (ps_end < pb.end && WordsBetween(ps_end, pb.end)) return false;
    size_t next = a_.blocks[static_cast<size_t>(q.block)].span.end;
    for (size_t k = qi + 1; k < qs.size() && qs[k].block == q.block; ++k) {
      if (qs[k].level == 1) {
        next = qs[k].outer.begin;
        break;
      }
    }
    if (WordsBetween(q.outer.end, next)) return false;
    // A subheading quoting someone in single marks ('A quiet town.') under
    // a quote in double ones, or a label ("Related:"), goes on with nothing.
    auto single = [](const std::string& mark) {
      return mark == "'" || mark == "\xE2\x80\x98" || mark == "\xE2\x80\x99" || mark == "\xE2\x80\x9A" ||
             mark == "\xE2\x80\xB9" || mark == "\xE2\x80\xBA";
    };
    if (single(p.open_mark) != single(q.open_mark)) return false;
    size_t e = q.inner.end;
    while (e > q.inner.begin && w_[e - 1] == ' ') --e;
    return e > q.inner.begin && w_[e - 1] != ':';
  }

  // "wrote on her blog on Monday: “…”", "said to the dockworkers, “…”",
  // "replied flatly: “…”": the writer's words between a cue (ending at
  // `cue_end`) and quote `q` that end with a colon or a comma right before
  // the opening mark say where, how or to whom the words were said; they
  // are no clause of the content, which is the quote alone (PolNeAR). Not
  // when a complementizer opens a reported clause there ("said that the
  // ferry was slow: “…”" keeps its clause), nor past another cue or quote.
  bool FrameBeforeQuote(size_t cue_end, const QuoteSpan& q) const {
    const size_t open = TokenStartingAt(q.outer.begin);
    if (open == 0 || open >= a_.tokens.size()) return false;
    size_t p = open - 1;
    if (a_.tokens[p].in_quote || !(IsComma(p) || Tok(p) == ":")) return false;
    const size_t first = TokenStartingAt(cue_end);
    for (size_t t = first; t < p; ++t) {
      if (a_.tokens[t].in_quote || In(kComplementizers, t) || CueStartsAt(t)) return false;
    }
    // A quote that opens in lower case goes on with the writer's clause
    // ("said, if the port closes, “nobody will stay”").
    if (!QuoteOpensCapitalized(q)) return false;
    // Before a colon, only a phrase of place, manner or addressee ("on her
    // blog", "flatly", "to the crowd"): "posted a photo with one line: “…”"
    // gives the object the quote completes.
    if (Tok(p) == ":" && first < p &&
        !(PrepositionAt(first) || In(kCueAdverbs, first) || AdverbSuffixOf(Low(first)) || In(kPronounsObject, first))) {
      return false;
    }
    return true;
  }

  // Whether the writer's sentence runs on through quote `q`: its words end
  // with no punctuation of their own inside the marks and a word follows
  // the closing one (Tom Beck said “it makes me angry” every time …),
  // unlike “We will see,” when asked … .
  // With `comma_before_adjunct`, a comma may end the quoted words when a
  // subordinator or a preposition follows the marks (“…,” since most of the
  // cases …, said X): the quote opens a sentence whose source comes later.
  bool QuoteRunsOnInClause(const QuoteSpan& q, bool comma_before_adjunct = false) const {
    size_t e = q.inner.end;
    while (e > q.inner.begin && w_[e - 1] == ' ') --e;
    if (e == q.inner.begin) return false;
    int32_t i = static_cast<int32_t>(e);
    UChar32 last;
    U8_PREV(w_.data(), static_cast<int32_t>(q.inner.begin), i, last);
    const bool comma = last == ',';
    if (last < 0 || (!u_isalnum(last) && !(comma && comma_before_adjunct))) return false;
    size_t k = q.outer.end;
    while (k < w_.size() && w_[k] == ' ') ++k;
    if (k >= w_.size()) return false;
    int32_t j = static_cast<int32_t>(k);
    UChar32 next;
    U8_NEXT(w_.data(), j, static_cast<int32_t>(w_.size()), next);
    if (next < 0 || !u_isalnum(next)) return false;
    if (!comma) return true;
    const size_t t = TokenStartingAt(k);
    return t < a_.tokens.size() && a_.tokens[t].span.begin == k && IsWord(t) && !Cap(t) &&
           (Has(subordinators_, t) || PrepositionAt(t));
  }

  // "“They have no choice” but to lead the advertising, says Tom Reed",
  // "acknowledged “it will be hard to win” if he keeps losing": a quote
  // that runs on into the writer's words of its clause (QuoteRunsOnInClause)
  // where no clause content took it. PolNeAR's content is the quote and
  // those words, up to the end of the sentence, the source or cue of `p`
  // after the quote, or a dash, parenthesis, colon, semicolon or another
  // quote. Returns the byte where that content ends (the quote's own end
  // when nothing runs on).
  // With no `p` (a quote that goes on with the one before), the same, and
  // the words stop also at any cue or its source after the quote.
  size_t QuoteRunOnEnd(const QuoteSpan& q, const PendingAttribution* p) const {
    if (q.level != 1 || !QuoteRunsOnInClause(q)) return q.outer.end;
    const size_t t = TokenStartingAt(q.outer.end);
    if (t == 0 || t >= a_.tokens.size() || a_.tokens[t].sentence != a_.tokens[t - 1].sentence) return q.outer.end;
    const size_t sentence_end = SentEnd(a_.tokens[t].sentence);
    // A time phrase right after the quote ("“…” on Friday") is the frame's.
    if (In(kTimeWords, t) || TimePhraseEnd(t, sentence_end) != std::string::npos) return q.outer.end;
    // Where the words may end: the source or cue of `p` after the quote.
    size_t stop = sentence_end;
    if (p && p->cue.group_first >= t) stop = std::min(stop, p->cue.group_first);
    if (p && p->mention && p->mention->span.begin >= q.outer.end) {
      stop = std::min(stop, TokenStartingAt(p->mention->span.begin));
    }
    // Another cue or its source after the quote, or another quote, before
    // that end: the words are a clause of their own, or the quote a
    // modifier inside one ("the “Leave” campaign won"); they stay out.
    size_t other = sentence_end;
    for (size_t pi : pending_by_sentence_[static_cast<size_t>(a_.tokens[t].sentence)]) {
      const PendingAttribution& c = pending_[pi];
      if (p && &c == p) continue;
      if (c.cue.group_first >= t) other = std::min(other, c.cue.group_first);
      if (c.mention && c.mention->span.begin >= q.outer.end) other = std::min(other, TokenStartingAt(c.mention->span.begin));
    }
    size_t last = std::string::npos, words = 0;
    for (size_t k = t; k < stop; ++k) {
      if (k >= other || a_.tokens[k].in_quote) return q.outer.end;
      const std::string_view tok = Tok(k);
      if (IsDash(k) || (!IsWord(k) && (tok == "(" || tok == ")" || tok == ":" || tok == ";" || tok == "[" ||
                                       (!tok.empty() && tok[0] == '-')))) {
        break;
      }
      if (IsWord(k)) {
        last = k;
        ++words;
      }
    }
    // One word is a noun the quote modifies ("the “…” promise"); words that
    // end on a conjunction, a complementizer, a subordinator, a preposition
    // or a determiner ("… and", "… that") are cut off mid-clause by the
    // source: both stay out.
    if (last == std::string::npos || words < 2) return q.outer.end;
    const std::string low = Low(last);
    if (low == "and" || low == "or" || low == "but" || low == "nor" || In(kComplementizers, last) ||
        Has(subordinators_, last) || PrepositionAt(last) || In(kDeterminers, last)) {
      return q.outer.end;
    }
    return std::max(q.outer.end, a_.tokens[last].span.end);
  }

  bool LastTopQuoteOfBlock(int qi) const {
    const auto& qs = a_.quote_spans;
    for (size_t k = static_cast<size_t>(qi) + 1; k < qs.size(); ++k) {
      if (qs[k].block != qs[static_cast<size_t>(qi)].block) break;
      if (qs[k].level == 1) return false;
    }
    // And no other attribution cue after it in its block (pending_ is in
    // text order of its cues here).
    size_t end = a_.blocks[static_cast<size_t>(qs[static_cast<size_t>(qi)].block)].span.end;
    size_t after = qs[static_cast<size_t>(qi)].outer.end;
    auto it = std::upper_bound(pending_.begin(), pending_.end(), after, [this](size_t at, const PendingAttribution& p) {
      return at < a_.tokens[p.cue.first].span.begin;
    });
    for (; it != pending_.end() && a_.tokens[it->cue.first].span.begin < end; ++it) {
      if (it->source >= 0 && it->source != quote_source_[static_cast<size_t>(qi)]) return false;
    }
    return true;
  }

  // Whether an attribution to another source stands between two offsets.
  // One in the sentence of `attributing` (the attribution of the quote
  // before), after its cue, is part of that sentence ("the family wrote in
  // a note the club posted"), not a new speaker.
  bool OtherSourceBetween(size_t b, size_t e, int source, int attributing = -1) const {
    // pending_ is in text order of its cues.
    auto it = std::lower_bound(pending_.begin(), pending_.end(), b, [this](const PendingAttribution& p, size_t at) {
      return a_.tokens[p.cue.first].span.begin < at;
    });
    for (; it != pending_.end() && a_.tokens[it->cue.first].span.begin < e; ++it) {
      if (attributing >= 0) {
        const PendingAttribution& a = pending_[static_cast<size_t>(attributing)];
        if (it->cue.sentence == a.cue.sentence && it->cue.first > a.cue.last) continue;
      }
      if (it->source >= 0 && it->source != source) return true;
    }
    return false;
  }

  // "Marchetti has urged members to stay “united”, but Rennick used a radio
  // interview to call the strike “reckless”": a coordinator ("but", "yet")
  // between a cue and a quote, right before a person the article knows,
  // opens a clause of that person's. Returns the person (a source index), or
  // -1 when [from, to) holds no such clause.
  int ClauseSubjectBetween(int s, size_t from, size_t to) {
    const auto& runs = PersonRuns(s);
    auto run = std::lower_bound(runs.begin(), runs.end(), from,
                                [](const PersonRun& r, size_t at) { return r.begin < at; });
    for (; run != runs.end() && run->begin < to; ++run) {
      size_t t = TokenStartingAt(run->begin);
      if (t == 0) continue;
      size_t k = t - 1;
      if (IsComma(k) && k > 0) --k;
      if (!IsWord(k) || a_.tokens[k].in_quote || !In(kVerbCoordinators, k) || LowIs(k, "and") ||
          a_.tokens[k].span.begin < from) {
        continue;
      }
      return RunSource(*run);
    }
    return -1;
  }

  // The person named nearest before the quote in its sentence, when the
  // sentence has a cue word (brand, accuse, told …) or the quote is a fragment.
  int PersonBefore(const QuoteSpan& q) {
    int s = SentenceOf(q.outer.begin);
    // The speaker is the subject of the nearest cue word before the quote
    // ("Wang … to brand tariffs as “evil” and accuse Trump of “two-faced
    // acts”": Wang, not Trump); with no cue, the nearest person before it.
    size_t limit = q.outer.begin;
    const auto& cues = pending_by_sentence_[static_cast<size_t>(s)];  // in text order
    auto cue = std::lower_bound(cues.begin(), cues.end(), q.outer.begin, [this](size_t pi, size_t at) {
      return a_.tokens[pending_[pi].cue.first].span.begin < at;
    });
    if (cue != cues.begin()) limit = a_.tokens[pending_[*(cue - 1)].cue.first].span.begin;
    // The nearest person run of the sentence that starts before the limit.
    const auto& runs = PersonRuns(s);
    auto run = std::lower_bound(runs.begin(), runs.end(), limit,
                                 [](const PersonRun& r, size_t at) { return r.begin < at; });
    if (run == runs.begin()) return -1;
    --run;
    return RunSource(*run);
  }

  // A capitalized run of a sentence that names a person the article knows:
  // already a source, or a registered name.
  struct PersonRun {
    size_t begin;  // byte offset of the run's first token
    std::string canonical, role;
    bool organization = false;  // an organisation's name (OrganizationName)
  };

  // The sentence's person runs in text order, computed once per sentence
  // (PersonBefore asks for every quote of it: per quote, the scan was
  // quadratic in a long sentence of many quotes).
  const std::vector<PersonRun>& PersonRuns(int s) {
    if (person_runs_.empty()) person_runs_.resize(a_.sentences.size());
    auto& slot = person_runs_[static_cast<size_t>(s)];
    if (slot) return *slot;
    slot.emplace();
    for (size_t i = SentFirst(s); i < SentEnd(s); ++i) {
      if (a_.tokens[i].in_quote || !IsWord(i)) continue;
      if (Cap(i) && !SentenceInitialFunction(i)) {
        size_t j = CapRunEnd(i, SentEnd(s));
        RegisteredName n = SplitName(i, j);
        if (!n.organization && !n.tokens.empty()) {
          std::string role;
          std::string canonical = CanonicalName(n.name, a_.tokens[i].span.begin, &role);
          if (OrganizationName(canonical) && n.role.empty()) {
            slot->push_back({a_.tokens[i].span.begin, std::move(canonical), std::string(), true});
          } else if (by_key_.count("P:" + canonical) || registry_names_.count(canonical)) {
            slot->push_back({a_.tokens[i].span.begin, std::move(canonical), std::move(role)});
          }
        } else if (n.organization && !n.tokens.empty() && OrganizationName(n.name)) {
          // An organisation speaks where a person does ("Kanal Neun habe
          // … „…“", "Globex Corp. called the ruling “a setback”").
          slot->push_back({a_.tokens[i].span.begin, n.name, std::string(), true});
        }
        i = std::max(j, i + 1) - 1;
      }
    }
    return *slot;
  }

  // Whether `name` names an organisation of the article
  // (organization_names_) and nobody the article gives a role or title
  // under that name ("Ministerin Dina Holm").
  bool OrganizationName(const std::string& name) const {
    if (organization_names_.count(name) == 0) return false;
    if (registry_names_.count(name) == 0) return true;
    for (const auto& n : registry_) {
      if (n.name == name && !n.organization && !n.role.empty()) return false;
    }
    return true;
  }

  // The organisation source named `name`, made when there is none yet.
  int EnsureOrganization(const std::string& name) {
    const std::string key = "O:" + Key(name);
    auto it = by_key_.find(key);
    if (it != by_key_.end()) return it->second;
    Mention m;
    m.type = MentionType::kOrganization;
    m.name = name;
    const int idx = NewSource(m, SourceKind::kOrganization, name);
    by_key_[key] = idx;
    return idx;
  }

  // The source of a speaker run (PersonRuns): the person, or the organisation.
  int RunSource(const PersonRun& run) {
    if (run.organization) return EnsureOrganization(run.canonical);
    auto it = by_key_.find("P:" + run.canonical);
    return it != by_key_.end() ? it->second : EnsurePerson(run.canonical, run.role);
  }

  // "佐藤氏" after "佐藤恒治社長": Chinese and Japanese write a name with
  // no space, so a surname shares no word with the full name (and no
  // capitalized run registers either). A name of two to four characters
  // that opens a longer named source's name, by up to three characters, is
  // that person (the last such source made), as "Da said" is Da Wei. The
  // source's index, or -1.
  int CjkFullNameSource(const std::string& name) const {
    if ((a_.language != "ja" && a_.language != "zh") || name.size() < 6 || name.size() > 12 ||
        name.find(' ') != std::string::npos || static_cast<unsigned char>(name[0]) < 0xE3) {
      return -1;
    }
    int best = -1;
    for (const auto& [key, idx] : by_key_) {
      if (key.size() <= 2 + name.size() || key.size() > 2 + name.size() + 9 || key.compare(0, 2, "P:") != 0 ||
          key.compare(2, name.size(), name) != 0) {
        continue;
      }
      best = std::max(best, idx);
    }
    return best;
  }

  int EnsurePerson(const std::string& canonical, const std::string& role) {
    auto it = by_key_.find("P:" + canonical);
    if (it != by_key_.end()) return it->second;
    if (const int full = CjkFullNameSource(canonical); full >= 0) {
      by_key_["P:" + canonical] = full;
      AddRole(full, role);
      return full;
    }
    Mention m;
    int idx = NewSource(m, SourceKind::kNamed, canonical);
    by_key_["P:" + canonical] = idx;
    AddRole(idx, role);
    return idx;
  }

  // ------------------------------------------------------------------ emit
  Location Loc(Span s) const {
    Location l;
    l.span = s;
    return l;
  }

  TextRef Ref(Span s) const { return TextRef{Loc(s), a_.text.substr(s.begin, s.size())}; }

  SourceKind KindOf(int source) const {
    if (source < 0) return SourceKind::kUnattributed;
    return r_.sources[static_cast<size_t>(source)].kind;
  }

  // After "told": an object pronoun, a name or a short noun phrase, then the
  // content; "that" within reach marks where the content starts.
  size_t SkipAddressee(size_t k, size_t last) const {
    // "told “Fox News Sunday” that …": a programme is the addressee.
    if (const size_t title = WorkTitleEndAt(k); title != std::string::npos && title < last) return title + 1;
    // ("told a packed hall in Fairview, Ohio, on Monday that …": a place
    // qualifier's commas stand between capitalized words.)
    for (size_t t = k; t <= last && t < k + 16; ++t) {
      if (a_.tokens[t].in_quote) break;
      // (", that": a place set off by commas ends right before "that":
      // "told supporters in Columbus, Ohio, that …".)
      if (IsComma(t) && !(t > k && Cap(t - 1) && t + 1 <= last &&
                          (Cap(t + 1) || PrepositionAt(t + 1) || LowIs(t + 1, "that")))) {
        break;
      }
      if (LowIs(t, "that")) return t;
      if (t > k && (CueStartsAt(t) || In(kRelativeOpeners, t) || In(kCueAuxiliaries, t))) break;
    }
    if (In(kPronounsObject, k)) return k + 1;
    if (Cap(k) && !a_.tokens[k].in_quote) {
      size_t e = CapRunEnd(k, last + 1);
      if (e > k && e <= last) return e;
    }
    if (LowIs(k, "reporters")) return k + 1;
    if (const size_t clause = AddresseeBeforeSubject(k, last); clause != std::string::npos) return clause;
    return k;
  }

  // "told the crowd he was …", "assured voters he’d …", "told his audience,
  // they …": an addressee phrase with no verb, clause or quote of its own
  // that runs into a clause opened by a subject pronoun (list
  // pronouns-subject, "I", "we") is neither cue nor content; the content
  // starts at the pronoun (PolNeAR, tuning part: 35 times to none). Returns
  // the pronoun's token, or npos.
  size_t AddresseeBeforeSubject(size_t k, size_t last) const {
    auto subject = [&](size_t t) {
      return IsWord(t) && !a_.tokens[t].in_quote &&
             (In(kPronounsSubject, t) || LowIs(t, "i") || LowIs(t, "we"));
    };
    auto stop = [&](size_t t) {
      const std::string& w = Low(t);
      return a_.tokens[t].in_quote || CueStartsAt(t) || In(kClauseOpeners, t) || In(kRelativeOpeners, t) ||
             Has(question_openers_, t) || In(kCueAuxiliaries, t) || In(kPronounsObject, t) || w == "to" ||
             w == "of" || w == "it" || w == "you";
    };
    if (!IsWord(k) || subject(k) || stop(k)) return std::string::npos;
    for (size_t t = k + 1; t <= last && t <= k + 10; ++t) {
      if (subject(t)) return t < last ? t : std::string::npos;
      if (IsComma(t)) {
        if (t + 1 <= last && subject(t + 1)) continue;
        return std::string::npos;
      }
      if (!IsWord(t) && !In(kClitics, t)) return std::string::npos;
      if (IsWord(t) && stop(t)) return std::string::npos;
    }
    return std::string::npos;
  }

  // "praised Ruiz for decades", "criticized the plan in an interview",
  // "thanked her after the vote": a time phrase that ends the object, a
  // manner phrase, a subordinate clause or "via …" after the object of a
  // stance verb is the writer's frame, not what the verb reports.
  bool ObjectAdjunctAt(size_t t, size_t last, bool complement) const {
    if (In(kDeterminers, t - 1)) return false;
    const std::string& low = Low(t);
    // A time phrase only where a bare object ends ("praised the firefighters
    // on Tuesday", not "criticized him on Monday over his stance"; after a
    // complement PolNeAR keeps it: "criticized X for his remarks on Tuesday").
    if (const size_t e = TimePhraseEnd(t, last + 1);
        !complement && e != std::string::npos &&
        (e == last || !IsWord(e + 1) || In(kObjectEnders, e + 1) || In(kCueMannerOpeners, e + 1))) {
      return true;
    }
    if (MannerPhraseEnd(t, last + 1) != std::string::npos) return true;
    // ("dismissed the claim as …", "accused him of …, even if …" keep theirs.)
    if ((Has(subordinators_, t) || low == "despite") && low != "as" && low != "if" && !LowIs(t - 1, "so") &&
        !LowIs(t - 1, "such") && !LowIs(t - 1, "even")) {
      return true;
    }
    if (t + 1 <= last && low == "via" && !a_.tokens[t + 1].in_quote) return true;
    if (t + 1 <= last && low == "for" &&
        (LowIs(t + 1, "decades") || LowIs(t + 1, "years") || LowIs(t + 1, "months"))) {
      return true;
    }
    return false;
  }

  // Whether the coordinator at `t` inside a stance verb's object joins a
  // second conjunct of that object: a word follows (or a quote), and no cue
  // starts before the next punctuation ("… and said", "… and has since
  // called", "… and opposed the deal by calling for …" end the object, and
  // so does a noun of stance-noun-cues or intent-noun-cues); neither a
  // pronoun that opens a clause of its own ("… and he left"), nor a clause
  // opener or subordinator ("… and because …").
  bool CoordinatesObject(size_t t, size_t last) const {
    if (t + 1 > last || (!IsWord(t + 1) && !a_.tokens[t + 1].in_quote)) return false;
    // ("… and counter-accused her": the source's next predicate.)
    if (LowIs(t, "and") && CoordinatedPredicateAt(t + 1, last)) return false;
    if (!a_.tokens[t + 1].in_quote &&
        (In(kPronouns, t + 1) || In(kClauseOpeners, t + 1) || Has(subordinators_, t + 1))) {
      return false;
    }
    for (size_t u = t + 1; u <= last; ++u) {
      if (!IsWord(u) && !a_.tokens[u].in_quote) break;
      if (CueStartsAt(u)) return false;
      // ("… and his promise to build a wall": a stance noun of its own.)
      if (u + 1 <= last && IsWord(u + 1) &&
          (StanceNounCueAt(u) ||
           (Has(intent_noun_cues_, u) && LowIs(u + 1, "to")))) {
        return false;
      }
    }
    return true;
  }

  // The object noun phrase of a stance verb starting at `k`: a pronoun, a
  // name, or a phrase up to a preposition, comma, time word or quote.
  size_t ObjectEnd(size_t k, size_t last) const {
    if (a_.tokens[k].in_quote || !IsWord(k) || LowIs(k, "that")) return std::string::npos;
    size_t e = k;
    bool complement = false;  // past a preposition ("for his remarks")
    for (size_t t = k; t <= last && t < k + 40; ++t) {
      if (a_.tokens[t].in_quote) { e = t; continue; }
      if (!IsWord(t)) { if (IsComma(t) || IsDash(t) || Tok(t) == ";") break; continue; }
      const std::string& low = Low(t);
      if (t > k && ObjectAdjunctAt(t, last, complement)) break;
      complement = complement || (t > k && PrepositionAt(t));
      if (t > k && (InWord(kObjectEnders, low))) {
        // "criticized the council for its delay and for its silence": a
        // conjunction before the preposition of an earlier complement
        // joins a second complement of the same verb.
        bool same_preposition = false;
        if (Has(noun_coordinators_, t) && t + 1 <= last && IsWord(t + 1) && PrepositionAt(t + 1)) {
          for (size_t u = k + 1; u < t && !same_preposition; ++u) same_preposition = Low(u) == Low(t + 1);
        }
        // "criticized Lee for accepting donations and speaking fees",
        // "accused him of lying and cheating": a coordinator with no cue
        // after it (within its next few words, auxiliaries and adverbs
        // included) joins a second conjunct of the same object; PolNeAR
        // keeps both (tuning part). "… and said …", "… and he said …" end it.
        if (!same_preposition && Has(noun_coordinators_, t) && CoordinatesObject(t, last)) same_preposition = true;
        if (!same_preposition) break;
      }
      e = t;
    }
    return e;
  }

  // Whether the comma at `comma` closes a place qualifier opened by a comma
  // after token `from` ("Washington, D.C.,", "Tampa, Fla.,").
  bool ClosesPlaceQualifier(size_t comma, size_t from) const {
    size_t b = comma;
    while (b > from + 1 && comma - b < 4 && !IsComma(b - 1)) --b;
    if (b <= from + 1 || !IsComma(b - 1) || b == comma) return false;
    const std::string key = PhraseKey(b, comma);
    return !key.empty() && place_qualifiers_.count(key) > 0;
  }

  // A cue inside a subordinate clause that opens the sentence ("While Ruiz
  // said that the plan would fail, the council voted for it"): the content
  // ends at the comma that closes the clause, before the main clause.
  size_t FrontedClauseEnd(const PendingAttribution& p, size_t k, size_t last) const {
    const int s = p.cue.sentence;
    size_t t0 = SentFirst(s);
    while (t0 < p.cue.group_first && !IsWord(t0)) ++t0;
    if (t0 < p.cue.group_first && In(kVerbCoordinators, t0)) ++t0;
    if (t0 < p.cue.group_first && LowIs(t0, "even")) ++t0;
    if (t0 >= p.cue.group_first || a_.tokens[t0].in_quote || !Has(subordinators_, t0)) return last;
    for (size_t t = t0 + 1; t < p.cue.group_first; ++t) {
      if (IsComma(t) || a_.tokens[t].in_quote) return last;
    }
    for (size_t u = k + 1; u < last; ++u) {
      if (a_.tokens[u].in_quote || !IsComma(u)) continue;
      if (a_.tokens[u].span.end >= a_.tokens[u + 1].span.begin) continue;  // "$41,000"
      if (ClosesPlaceQualifier(u, k)) continue;
      if (In(kRelativeOpeners, u + 1) || In(kVerbCoordinators, u + 1)) continue;
      size_t e = u - 1;
      while (e > k && !IsWord(e) && !a_.tokens[e].in_quote) --e;
      return e;
    }
    return last;
  }

  // The last token of a quote that opens at token `t` and reads as a title:
  // at most five words, the first capitalized, no sentence punctuation
  // inside ("Morning Tide", "Meet the Press"); else npos.
  size_t ShortTitleEndAt(size_t t) const {
    if (t == 0 || a_.tokens[t - 1].in_quote) return std::string::npos;
    size_t e = t, words = 0;
    bool first_cap = false;
    while (e < a_.tokens.size() && a_.tokens[e].in_quote) {
      if (IsWord(e)) {
        if (words == 0) first_cap = Cap(e);
        ++words;
      } else if (Tok(e) == "." || Tok(e) == "?" || Tok(e) == "!" || IsComma(e)) {
        return std::string::npos;
      }
      ++e;
    }
    if (words == 0 || words > 5 || !first_cap) return std::string::npos;
    return e - 1;
  }

  // "asked Ruiz whether …", "asking the students if …", "asked the mayor
  // about …" (list cues-question-addressee): the person asked, an object
  // pronoun, a run of capitalized words or a short phrase opened by a
  // determiner or a possessive, is neither cue nor content; the content
  // starts at the word of list question-openers after it (PolNeAR, tuning
  // part: 29 times to 2). Not before an infinitive ("asked the council to
  // vote"), not across a comma, a quote or a cue, and not past a noun of
  // the question itself ("asked a question about …").
  size_t SkipQuestionAddressee(size_t k, size_t last) const {
    if (!IsWord(k) || a_.tokens[k].in_quote || Has(question_openers_, k)) return k;
    // ("asked workers if …", "asked 30 voters who …", "asked former
    // Governor Ruiz whether …": a bare plural, a number or "former" opens
    // the phrase too; a long phrase before its question word is still the
    // addressee: "asked the two-term Democratic governor of the state if".)
    const std::string& first = Low(k);
    const bool plural = first.size() > 3 && first.back() == 's' && first != "questions" && !PrepositionAt(k) &&
                        !AdverbSuffixOf(first) && !CueStartsAt(k) &&
                        !In(kCueAdverbs, k) && !In(kCueAuxiliaries, k) && !In(kPronouns, k);
    const bool opener = In(kPronounsObject, k) || Cap(k) || In(kDeterminers, k) || Has(possessive_pronouns_, k) ||
                        plural || a_.tokens[k].type == TokenType::kNumber || first == "former";
    if (!opener) return k;
    for (size_t t = k + 1; t < last && t <= k + 8; ++t) {
      if (!IsWord(t) || a_.tokens[t].in_quote || CueStartsAt(t)) return k;
      if (Has(question_openers_, t) && !Cap(t)) return t;
      const std::string& w = Low(t);
      if (w == "question" || w == "questions" || w == "that" || w == "to" || In(kClauseOpeners, t) ||
          In(kRelativeOpeners, t)) {
        return k;
      }
    }
    return k;
  }

  // "said at a town hall in Fairview on Monday that …", "expressed concern
  // that …": words with no verb of their own between the cue and "that"
  // (an adjunct opened by a preposition, an adverb, or a noun of list
  // stance-nouns) are neither cue nor content; the content starts at "that".
  size_t ThatAfterAdjunct(size_t k, size_t last) const {
    if (!IsWord(k) || a_.tokens[k].in_quote || LowIs(k, "that")) return k;
    static const std::set<std::string, std::less<>> kPrepositions = {
        "at", "in", "on", "to", "with", "for", "from", "by", "during", "via", "through", "over",
        "after", "before", "among", "amid", "under", "without", "per", "following", "since"};
    const std::string& low = Low(k);
    const bool adjunct = kPrepositions.count(low) || In(kTimeWords, k) || Has(interjected_words_, k) ||
                         In(kCueAdverbs, k) || AdverbSuffixOf(low);
    size_t noun = k;
    if (!adjunct && LowIs(k, "the") && k + 1 <= last) noun = k + 1;
    const bool stance = !adjunct && Has(stance_nouns_, noun) && noun + 1 <= last && LowIs(noun + 1, "that");
    if (!adjunct && !stance) return k;
    // "to address the concern that …": "to" before a verb is no preposition;
    // before a name or a determiner it is ("told it to the IRS that …").
    if (low == "to" && (k + 1 > last || !(Cap(k + 1) || In(kDeterminers, k + 1)))) return k;
    for (size_t t = k + 1; t < last && t <= k + 12; ++t) {
      // "on Channel 4's “Morning Tide” on Sunday that …": a short title in
      // quote marks, capitalized, is part of the adjunct.
      if (a_.tokens[t].in_quote) {
        const size_t e = ShortTitleEndAt(t);
        if (e == std::string::npos) return k;
        t = e;
        continue;
      }
      if (CueStartsAt(t) || IsDash(t) || Tok(t) == ";" || Tok(t) == ":") return k;
      if (LowIs(t, "that")) return t;
      if (In(kClauseOpeners, t) || In(kRelativeOpeners, t) || In(kComplementizers, t)) return k;
    }
    return k;
  }

  // Whether a comma outside quotes stands in [from, last].
  // Whether a cue outside quotes starts between tokens `from` and `last`.
  bool CueBetween(size_t from, size_t last) const {
    for (size_t t = from; t <= last; ++t) {
      if (cue_starts_[t] && !a_.tokens[t].in_quote) return true;
    }
    return false;
  }

  bool CommaAfter(size_t from, size_t last) const {
    for (size_t t = from; t <= last; ++t) {
      if (IsComma(t) && !a_.tokens[t].in_quote) return true;
    }
    return false;
  }

  // "…, a claim that the council disputes", "… against Mr. Lee, the former
  // mayor": a noun phrase after the comma at `comma`, opened by a
  // determiner (list appositive-openers) and running to the content's end
  // `last` with no comma of its own, glosses the clause or the name before
  // it; the writer's words, not the source's (PolNeAR). `k` is the
  // content's first token.
  bool FinalAppositiveAt(size_t comma, size_t k, size_t last) const {
    if (!IsComma(comma) || a_.tokens[comma].in_quote || comma + 2 > last || comma == 0) return false;
    // Not after a phrase that opens the content ("that despite the vote,
    // the plan stands", "in the end, the plan stands", "when, or if, the
    // vote comes"): the comma closes that phrase. One comma only.
    size_t b = k;
    if (b < comma && In(kComplementizers, b)) ++b;
    if (b < comma && !a_.tokens[b].in_quote && (PrepositionAt(b) || Has(subordinators_, b))) return false;
    for (size_t t = k; t < comma; ++t) {
      if (IsComma(t) && !a_.tokens[t].in_quote) return false;
    }
    const size_t d = comma + 1;
    if (a_.tokens[d].in_quote || !Has(appositive_openers_, d)) return false;
    if (a_.tokens[comma].span.end >= a_.tokens[d].span.begin) return false;  // "$41,000"
    if (!IsWord(comma - 1) && !a_.tokens[comma - 1].in_quote) return false;
    // The phrase runs to the end: no comma, no coordination ("Israel, the
    // tax and the border" is a list), and no auxiliary or copula before a
    // relative clause opens (", the council will vote" is a clause of its
    // own after a fronted phrase).
    bool relative = false;
    for (size_t t = d + 1; t <= last; ++t) {
      if (a_.tokens[t].in_quote) continue;
      if (IsComma(t) || Tok(t) == ";" || Tok(t) == ":" || IsDash(t) || Has(noun_coordinators_, t)) return false;
      relative = relative || In(kRelativeOpeners, t) || In(kComplementizers, t) || PrepositionAt(t);
      if (!relative && (In(kCueAuxiliaries, t) || In(kCopulas, t))) return false;
    }
    return true;
  }

  // Whether token `m` is the closing mark of a quote: a mark inside the
  // quote whose next token is outside it.
  bool ClosingMarkAt(size_t m) const {
    return m < a_.tokens.size() && a_.tokens[m].in_quote && !IsWord(m) && !IsComma(m) &&
           (m + 1 >= a_.tokens.size() || !a_.tokens[m + 1].in_quote) && m > 0 &&
           a_.tokens[m - 1].span.end == a_.tokens[m].span.begin;
  }

  // Whether an attribution of its own opens right after the clause break at
  // token `c` (a comma, or the quote mark closing a comma written inside
  // it), within `last`: a cue there (", according to the report", ",
  // adding that …"), or a short subject and its cue (", the Times
  // reported", ", Mr. Daley said"); not after a coordinator or a
  // preposition.
  bool AttributionAfterComma(size_t c, size_t last) const {
    if (c + 1 > last || a_.tokens[c + 1].in_quote) return false;
    // ("“right to be angry,” but also hungry for what she calls …",
    // "“… that bill,” including provisions he said …": a coordinator or a
    // preposition goes on with what was said.)
    if (In(kVerbCoordinators, c + 1) || Has(noun_coordinators_, c + 1)) return false;
    if (CueStartsAt(c + 1)) return true;
    if ((PrepositionAt(c + 1) && !Cap(c + 1)) || prepositional_participles_.count(Low(c + 1))) return false;
    for (size_t u = c + 2; u <= last && u <= c + 7; ++u) {
      if ((!IsWord(u - 1) && !AbbreviationPeriod(u - 1)) || a_.tokens[u - 1].in_quote) break;
      if (cue_starts_[u]) return true;
    }
    return false;
  }

  // "Many Republicans have said they will not attend the convention and
  // others have said …", "One in three said … and one in four said …":
  // whether "and" or "but" at `t` (no comma before it, inside a content
  // that starts at `k` and ends at `last`) opens a clause of its own: a
  // subject of one to four words (no verb, quote, comma, preposition or
  // relative word) and then a cue that starts there (its auxiliary
  // included). The word before the coordinator is no capitalized word, so
  // that "Jones and Brown said" stays one subject. English only.
  bool CoordinatedReportingClauseAt(size_t t, size_t k, size_t last) const {
    if (a_.language != "en" || t <= k + 1 || t + 2 > last || a_.tokens[t].in_quote) return false;
    if (!(LowIs(t, "and") || LowIs(t, "but")) || Cap(t)) return false;
    if (!IsWord(t - 1) || Cap(t - 1) || a_.tokens[t - 1].in_quote) return false;
    // The first clause is one: four tokens or more, or an infinitive ("to
    // comment and Senate aides later said"); "his focus groups and other
    // research show" is a subject of two conjuncts.
    if (t - k < 4 && !LowIs(k, "to")) return false;
    for (size_t u = t + 1; u <= last && u <= t + 5; ++u) {
      if (!IsWord(u) || a_.tokens[u].in_quote) return false;
      if (u > t + 1 && cue_starts_[u]) {
        if (Participle(u)) return false;  // "… and polls showing": a participle, no clause
        // ("others have said": the cue's auxiliaries and adverbs are no
        // part of the subject.)
        size_t sb = u;
        while (sb > t + 1 && (In(kCueAuxiliaries, sb - 1) || In(kCueAdverbs, sb - 1))) --sb;
        if (sb == t + 1) return false;
        // The subject: words, not a verb group or a clause of its own.
        for (size_t v = t + 1; v < sb; ++v) {
          if (In(kCopulas, v) || In(kCueAuxiliaries, v) || In(kComplementizers, v) || In(kRelativeOpeners, v) ||
              (PrepositionAt(v) && !LowIs(v, "of") && !LowIs(v, "in")) || Participle(v)) {
            return false;
          }
        }
        return true;
      }
      if (cue_starts_[u]) return false;
    }
    return false;
  }

  // The finite form of an English verb, for the agreement between a cue and
  // a verb coordinated after its content: past ("said", "-ed", list
  // past-forms), third person present ("says"), a plain form ("tell",
  // "want", and "are", "have", "do"), a participle in -ing, or a modal.
  enum class VerbForm { kNone, kPast, kThird, kBase, kIng, kModal };
  VerbForm FiniteFormAt(size_t u) const {
    const std::string& w = Low(u);
    if (Has(modals_, u)) return VerbForm::kModal;
    static const std::array<const char*, 10> kThirdAux = {"is",     "has",    "does",    "isn't", "hasn't",
                                                          "doesn't", "isn’t", "hasn’t", "doesn’t", "’s"};
    static const std::array<const char*, 12> kPastAux = {"was",    "were",   "had",     "did",     "wasn't", "weren't",
                                                         "hadn't", "didn't", "wasn’t", "weren’t", "hadn’t", "didn’t"};
    static const std::array<const char*, 9> kBaseAux = {"are",     "have",  "do",     "am",   "aren't",
                                                        "haven't", "don't", "aren’t", "don’t"};
    for (const char* a : kThirdAux) if (w == a) return VerbForm::kThird;
    for (const char* a : kPastAux) if (w == a) return VerbForm::kPast;
    for (const char* a : kBaseAux) if (w == a) return VerbForm::kBase;
    if (Has(past_forms_, u)) return VerbForm::kPast;
    if (Participle(u)) return VerbForm::kIng;
    if (w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0) return VerbForm::kPast;
    if (w.size() > 2 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u' &&
        w[w.size() - 2] != 'i') {
      return VerbForm::kThird;
    }
    return VerbForm::kBase;
  }
  // The form of a cue's verb when it is a simple finite one: "said",
  // "criticized", "says" (not "has said", "will say", "did not say",
  // "saying" or "say", whose subject a coordinated verb may share in
  // several forms). English.
  VerbForm CueVerbForm(const PendingAttribution& p) const {
    if (a_.language != "en" || !IsWord(p.cue.first) || a_.tokens[p.cue.first].in_quote) return VerbForm::kNone;
    for (size_t t = p.cue.group_first; t < p.cue.first; ++t) {
      if (IsWord(t) && (In(kCueAuxiliaries, t) || Has(modals_, t))) return VerbForm::kNone;
    }
    const VerbForm f = FiniteFormAt(p.cue.first);
    return f == VerbForm::kPast || f == VerbForm::kThird ? f : VerbForm::kNone;
  }
  // "Bush says Obama is acting unlawfully and showing disregard …", "Kasich
  // says he'd sit Putin down and tell him …", "Lee said the group is
  // nonpartisan and supports candidates …": a verb after the coordinator
  // at `t` (no comma before it; adverbs may come first) whose form does
  // not agree with the cue's ("says … and tell", "said … and supports",
  // "says … and asked", "said … and will") is no second predicate of the
  // source, but goes on with the content's own clause (PolNeAR keeps it in
  // the content: on the tuning part 22 times to 3 where the engine had
  // ended the content before the coordinator). `cue` is CueVerbForm.
  bool CoordinatedVerbDisagrees(VerbForm cue, size_t k, size_t t, size_t last) const {
    if (cue == VerbForm::kNone || t == 0 || t <= k || !IsWord(t - 1) || a_.tokens[t].in_quote) return false;
    if (!LowIs(t, "and") && !LowIs(t, "but")) return false;
    // What the content holds before the coordinator: a relative clause
    // ("the member, who has gained stature and is expected to …"), whose
    // verb the coordinated one may follow while a cue of its own opens
    // there, leaves the content as it was; so does a perfect ("adds that
    // she has released her returns and called on …": "called" may share
    // "has" or the cue's subject). A verb in -ing goes on only with one
    // in -ing before it ("is acting unlawfully and showing disregard").
    bool perfect = false, ing = false;
    for (size_t u = k; u < t; ++u) {
      if (!IsWord(u) || a_.tokens[u].in_quote) continue;
      if (LowIs(u, "who") || LowIs(u, "which") || LowIs(u, "whom") || LowIs(u, "whose")) return false;
      perfect = perfect || LowIs(u, "has") || LowIs(u, "have") || LowIs(u, "had");
      ing = ing || (Participle(u) && !cue_starts_[u]);
    }
    size_t u = t + 1;
    while (u < last && u <= t + 3 && IsWord(u) && !a_.tokens[u].in_quote && In(kCueAdverbs, u) &&
           !In(kCueAuxiliaries, u) && !Has(modals_, u)) {
      ++u;
    }
    if (u > last || !IsWord(u) || a_.tokens[u].in_quote || Cap(u)) return false;
    const VerbForm v = FiniteFormAt(u);
    // (A plain or -s word is read as a verb only when a cue starts with it
    // or it is an auxiliary: "and support for his charity" is no verb.)
    if ((v == VerbForm::kBase || v == VerbForm::kThird) && !cue_starts_[u] && !In(kCueAuxiliaries, u)) return false;
    if (v == VerbForm::kIng && !ing) return false;
    if (cue == VerbForm::kThird && v == VerbForm::kPast && perfect) return false;
    if (cue == VerbForm::kPast) return v != VerbForm::kPast;
    return v != VerbForm::kThird;
  }

  // Where an indirect content ends: before a dash, a coordinated cue of the
  // same source ("… and questioned how …") or a participle clause after a
  // comma ("…, leading to …").
  size_t ContentEnd(size_t k, size_t last, VerbForm cue_form = VerbForm::kNone) const {
    for (size_t t = k + 1; t <= last; ++t) {
      // "… in a “burn bag,” the Times reported", "… “only one strong
      // conservative,” adding that …": a comma written inside the closing
      // quote mark ends the clause as one outside it would, when an
      // attribution of its own follows the mark. The content keeps the
      // comma and the mark, as PolNeAR writes it.
      if (a_.tokens[t].in_quote) {
        if (IsComma(t) && t + 2 <= last && ClosingMarkAt(t + 1) && !a_.tokens[t + 2].in_quote &&
            AttributionAfterComma(t + 1, last)) {
          return t + 1;
        }
        continue;
      }
      std::string_view tok = Tok(t);
      auto stop_before = [&](size_t at) {
        size_t e = at - 1;
        while (e > k && (IsComma(e) || !IsWord(e)) && !a_.tokens[e].in_quote) --e;
        return e;
      };
      // A dash: "… four towns — including Fairview and Kellin", "the levy
      // — a charge first set in 1990 — would rise": an aside
      // between two dashes, or an elaboration after one, goes on with what
      // was said (PolNeAR keeps it in the content). The content stops at a
      // dash only before a remark of the writer's (list
      // dash-remark-openers: "— but …", "— even as …"), before the writer's
      // gloss, or before a clause with a cue of its own ("— which, Lee
      // said, …").
      if (IsDash(t)) {
        size_t close = std::string::npos;
        for (size_t u = t + 1; u <= last; ++u) {
          if (a_.tokens[u].in_quote) continue;
          if (Tok(u) == ";") break;
          if (IsDash(u)) { close = u; break; }
        }
        if (close != std::string::npos && close < last && close > t + 1) {
          t = close;
          continue;
        }
        // ("— a figure the council disputes": a noun phrase opened by a
        // determiner of list appositive-openers glosses the clause, as after
        // a comma.)
        if (t + 1 > last || a_.tokens[t + 1].in_quote || Has(dash_remark_openers_, t + 1) ||
            Has(appositive_openers_, t + 1)) {
          return stop_before(t);
        }
        for (size_t u = t + 1; u <= last; ++u) {
          if (!a_.tokens[u].in_quote && cue_starts_[u]) return stop_before(t);
        }
        continue;
      }
      // A semicolon joins a sentence of its own.
      if (tok == ";") return stop_before(t);
      // "…, some critics fear …": a subject and a cue of their own after a comma.
      // ("Washington, D.C., had expressed interest": a comma that closes a
      // place's qualifier, list place-qualifiers, ends no clause.)
      if (IsComma(t) && t + 1 <= last && a_.tokens[t].span.end < a_.tokens[t + 1].span.begin &&  // not "$41,000"
          !ClosesPlaceQualifier(t, k)) {
        // (The period of a title's abbreviation, "Mr. Daley said", is
        // part of the subject.)
        for (size_t u = t + 2; u <= last && u <= t + 7; ++u) {
          if ((!IsWord(u - 1) && !AbbreviationPeriod(u - 1)) || a_.tokens[u - 1].in_quote) break;
          if (cue_starts_[u]) return stop_before(t);
        }
      }
      if ((LowIs(t, "and") || LowIs(t, "but")) && t + 1 <= last && WholeCueEntryAt(t + 1, last) &&
          !a_.tokens[t + 1].in_quote && !CoordinatedVerbDisagrees(cue_form, k, t, last)) {
        return stop_before(t);
      }
      // "… they will not attend the convention and others have said …": a
      // coordinated clause with a subject and a cue of its own (English).
      if (CoordinatedReportingClauseAt(t, k, last)) return stop_before(t);
      // "… did not mention his rivals but did note that …", "… describes
      // himself as a moderate and has said that …": the coordinated cue's
      // verb group opens with auxiliaries or adverbs (lists cue-auxiliaries,
      // cue-adverbs); a cue found after them ends the content the same way.
      if (In(kVerbCoordinators, t) && !a_.tokens[t].in_quote && !Cap(t) &&
          !CoordinatedVerbDisagrees(cue_form, k, t, last)) {
        size_t u = t + 1;
        while (u <= last && u <= t + 3 && IsWord(u) && !a_.tokens[u].in_quote && !cue_starts_[u] &&
               (In(kCueAuxiliaries, u) || In(kCueAdverbs, u))) {
          ++u;
        }
        if (u > t + 1 && u <= last && cue_starts_[u] && !a_.tokens[u].in_quote) return stop_before(t);
        // The cue's own group may start at the auxiliary ("has said").
        if (t + 1 <= last && cue_starts_[t + 1] && In(kCueAuxiliaries, t + 1)) return stop_before(t);
      }
      // "…, support Ruiz over Beck, who lost": a relative clause on a name
      // that closes the content is the writer's background (PolNeAR; a
      // relative clause with a comma after it is left in, and ", which"
      // PolNeAR marks both ways).
      if (IsComma(t) && t + 1 <= last && LowIs(t + 1, "who") && !a_.tokens[t + 1].in_quote &&
          Cap(t - 1) && !CommaAfter(t + 2, last)) {
        return stop_before(t);
      }
      // "… called for a review of the visa program, which allows …": a
      // relative clause opened after a comma by a word of list
      // comma-background-openers and running to the content's end is the
      // writer's background, not what was said (PolNeAR guidelines, "be
      // conservative"; tuning part: cut 106 times, kept 64). One closed by
      // a comma ("the criticism, which is outlined in a report, is fair
      // game") is part of a longer clause and stays in.
      if (IsComma(t) && t + 1 <= last && Has(comma_background_openers_, t + 1) && !a_.tokens[t + 1].in_quote &&
          !CueBetween(t + 2, last)) {
        return stop_before(t);
      }
      // "… would win Iowa, but the turnout was low": a clause of its own,
      // opened after a comma by a word of list comma-remark-openers and a
      // subject (a pronoun, a determiner or a capitalized word), is the
      // writer's remark (PolNeAR, tuning part: cut 28 times, kept 3). A
      // predicate with no subject of its own (", but wants smarter deals",
      // ", but not women") goes on with what was said.
      if (IsComma(t) && t + 2 <= last && Has(comma_remark_openers_, t + 1) && !a_.tokens[t + 1].in_quote &&
          IsWord(t + 2) && !a_.tokens[t + 2].in_quote &&
          (In(kPronouns, t + 2) || In(kDeterminers, t + 2) || Cap(t + 2))) {
        return stop_before(t);
      }
      // "…, according to the people" or "…, officials said": another attribution.
      if (IsComma(t) && t + 1 <= last && CueStartsAt(t + 1)) return stop_before(t);
      if (FinalAppositiveAt(t, k, last)) return stop_before(t);
      if (IsComma(t) && t + 1 <= last && !a_.tokens[t + 1].in_quote && !Cap(t + 1)) {
        const std::string& nx = Low(t + 1);
        if (nx.size() > 5 && nx.compare(nx.size() - 3, 3, "ing") == 0 && !InWord(kFunctionWords, nx) &&
            !prepositional_participles_.count(nx)) {
          return stop_before(t);
        }
      }
    }
    return last;
  }

  // A four-digit year, 1900 to 2099 ("in 2008").
  bool YearAt(size_t t) const {
    const std::string_view w = Tok(t);
    return w.size() == 4 && (w.substr(0, 2) == "19" || w.substr(0, 2) == "20") &&
           std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
  }

  // Whether an adjunct of the attribution event opens at token `t` and the
  // content ends with it: a time phrase ("on Thursday night", "in 2008",
  // "last month") that runs to `last` or into another such adjunct, a
  // manner phrase ("in an interview", "during a speech"), "for" and a
  // document noun ("for this story"), or a subordinate clause ("after the
  // vote", "while …").
  bool TrailingAdjunctAt(size_t t, size_t last) const {
    if (a_.tokens[t].in_quote || !IsWord(t) || In(kDeterminers, t - 1) || PrepositionAt(t - 1)) return false;
    size_t e = TimePhraseEnd(t, last + 1);
    if (e == std::string::npos && In(kTimeOpeners, t) && t + 1 <= last && YearAt(t + 1)) e = t + 1;
    // ("his speech on Thursday": the time of an event the noun names.)
    if (e != std::string::npos && !In(kCueMannerNouns, t - 1)) {
      if (e + 1 <= last && YearAt(e + 1)) ++e;
      if (e == last || !IsWord(e + 1) || TrailingAdjunctAt(e + 1, last)) return true;
    }
    // ("on a video of the encounter": the noun's complement goes on.)
    if (const size_t m = MannerPhraseEnd(t, last + 1); m != std::string::npos && !(m < last && LowIs(m + 1, "of"))) {
      return true;
    }
    if (LowIs(t, "for") && t + 2 <= last && In(kDeterminers, t + 1) && In(kDocumentHeads, t + 2) &&
        t + 2 == last) {
      return true;
    }
    return false;
  }

  // "announced the deal on Monday", "declined to comment for this story",
  // "addressed voters in an email", "pledged to act after the vote": an
  // object noun phrase or an infinitive phrase as content ends before an
  // adjunct of the attribution event that closes the sentence (PolNeAR
  // marks it outside the content). Not in a clause ("said the vote was
  // held in an interview room"), where a subject pronoun, an auxiliary, a
  // copula or "that" comes first. English.
  // Whether a second predicate of the source opens at token `u`, right
  // after "and": "… and cast himself as …" is no verb this test knows, but
  // "… and has repeatedly characterized him", "… and embraced his
  // argument", "… and she did her best" are: an auxiliary or copula, a
  // subject pronoun, a short subject and an auxiliary or modal ("… and the
  // board could not …"), or a lower-case word in -ed before what an object or
  // a complement opens with: a determiner, pronoun, number, preposition,
  // particle ("walked out"), capitalized word or punctuation (not "and
  // advanced cellulosic fuels", an adjective before its noun). Up to two
  // adverbs may come first ("and later moved"). English.
  bool CoordinatedPredicateAt(size_t u, size_t last) const {
    for (size_t n = 0; n < 2 && u <= last && IsWord(u) && !a_.tokens[u].in_quote && In(kCueAdverbs, u) &&
                       !In(kCueAuxiliaries, u);
         ++n) {
      ++u;
    }
    if (u > last || !IsWord(u) || a_.tokens[u].in_quote) return false;
    // "… and the board has since …", "… and Senate aides later said": a
    // short subject of its own, then an auxiliary or a modal.
    // (Not "… and that they could …", a second content clause, nor "… and
    // Lee to do the same".)
    if ((In(kDeterminers, u) || Cap(u)) && !In(kComplementizers, u)) {
      for (size_t v = u + 1; v <= last && v <= u + 4; ++v) {
        if (!IsWord(v) || a_.tokens[v].in_quote || LowIs(v, "to") || PrepositionAt(v)) break;
        if ((In(kCueAuxiliaries, v) || Has(modals_, v)) && !LowIs(v, "not") && !LowIs(v, "never") &&
            !LowIs(v, "be") && !LowIs(v, "been") && !LowIs(v, "being")) {
          return true;
        }
        if (In(kCueAdverbs, v)) continue;
        if (!Cap(v) && !In(kDeterminers, v) && v > u + 2) break;
      }
    }
    if (Cap(u)) return false;
    if (In(kPronounsSubject, u)) return true;
    if (In(kCueAuxiliaries, u) || In(kCopulas, u)) {
      return !LowIs(u, "not") && !LowIs(u, "never") && !LowIs(u, "be") && !LowIs(u, "been") && !LowIs(u, "being");
    }
    const std::string& w = Low(u);
    if (w.size() < 5 || w.compare(w.size() - 2, 2, "ed") != 0) return false;
    const size_t v = u + 1;
    return v > last || !IsWord(v) || a_.tokens[v].in_quote || Cap(v) || In(kDeterminers, v) || In(kPronouns, v) ||
           In(kPronounsObject, v) || PrepositionAt(v) || LowIs(v, "to") || LowIs(v, "into") || In(kCueAdverbs, v) ||
           LowIs(v, "out") || LowIs(v, "up") || LowIs(v, "down") || LowIs(v, "off") || LowIs(v, "back") ||
           In(kNumbers, v) || std::isdigit(static_cast<unsigned char>(Tok(v)[0]));
  }

  // "has railed against the cartel and cast himself as …", "denied the
  // charges and counter-accused her", "vowed to keep it legal and
  // celebrated the ruling": an object noun phrase or an infinitive phrase
  // as content ends before "and" (a comma allowed before it) when a second
  // predicate of the source follows; PolNeAR marks what the source did
  // next outside the content. Not in a clause ("said he voted for Lee and
  // wrote in Paul"), where a subject pronoun, an auxiliary, a copula, a
  // modal or a complementizer comes first. English.
  static constexpr size_t kMaxCoordinatedObjectWords = 12;
  size_t CoordinatedPredicateTrim(size_t k, size_t last, VerbForm cue_form = VerbForm::kNone) const {
    if (!TrimmableObjectStart(k, last)) return last;
    const bool infinitive = LowIs(k, "to");
    size_t words = 0;
    for (size_t t = k; t <= last; ++t) {
      if (EndsObjectScan(t)) return last;
      if (!IsWord(t)) continue;
      if (t > k && LowIs(t, "and") && CoordinatedPredicateAt(t + 1, last) &&
          !CoordinatedVerbDisagrees(cue_form, k, t, last)) {
        size_t e = t - 1;
        while (e > k && (!IsWord(e) || IsComma(e)) && !a_.tokens[e].in_quote) --e;
        return e;
      }
      // (An infinitive's own verb group may hold any of these: "to be".)
      if (!infinitive && MarksClause(t)) return last;
      if (++words > kMaxCoordinatedObjectWords) return last;
    }
    return last;
  }

  // Whether some cue entry is written out in full from word `t` on (its
  // words in order, within `last`): the first word of "walked back" or
  // "took a shot at" alone ("she visited the harbor and walked to the
  // pier") is no cue.
  bool WholeCueEntryAt(size_t t, size_t last) const {
    auto it = pack_.cue_index.find(Low(t));
    if (it == pack_.cue_index.end()) return false;
    for (const size_t ci : it->second) {
      const CueEntry& cue = pack_.cues[ci];
      size_t k = 1;
      while (k < cue.words.size() && t + k <= last && IsWord(t + k) && Low(t + k) == cue.words[k]) ++k;
      if (k == cue.words.size()) return true;
    }
    return false;
  }

  // Shared by the two trims of an object content above and below: whether
  // the content opening at token `k` may be trimmed at all (English, a word
  // outside a quote, no complementizer, and no clause opened by a pronoun:
  // "it raised $15 million in January").
  bool TrimmableObjectStart(size_t k, size_t last) const {
    if (a_.language != "en" || a_.tokens[k].in_quote || !IsWord(k) || In(kComplementizers, k)) return false;
    return !((LowIs(k, "it") || LowIs(k, "we") || LowIs(k, "i") || LowIs(k, "you")) && k + 1 <= last &&
             IsWord(k + 1) && !In(kDeterminers, k + 1));
  }
  // Whether scanning an object content stops at token `t`: a quote, or a
  // semicolon, dash or colon.
  bool EndsObjectScan(size_t t) const {
    return a_.tokens[t].in_quote || (!IsWord(t) && (Tok(t) == ";" || IsDash(t) || Tok(t) == ":"));
  }
  // Whether word `t` shows a clause rather than an object phrase: an
  // auxiliary, copula, subject pronoun, complementizer, relative opener or
  // modal.
  bool MarksClause(size_t t) const {
    return In(kCueAuxiliaries, t) || In(kCopulas, t) || In(kPronounsSubject, t) || In(kComplementizers, t) ||
           In(kRelativeOpeners, t) || Has(modals_, t);
  }

  static constexpr size_t kMaxTrimmedObjectWords = 7;
  size_t TrailingAdjunctTrim(size_t k, size_t last) const {
    if (!TrimmableObjectStart(k, last) || LowIs(k, "to")) return last;
    size_t words = 0;
    for (size_t t = k; t <= last; ++t) {
      if (EndsObjectScan(t)) return last;
      if (!IsWord(t)) continue;
      if (MarksClause(t)) return last;
      // A short phrase only: a long one is more often a clause.
      if (++words > kMaxTrimmedObjectWords) return last;
      if (t > k && TrailingAdjunctAt(t, last)) {
        size_t e = t - 1;
        while (e > k && !IsWord(e) && !a_.tokens[e].in_quote) --e;
        return e;
      }
    }
    return last;
  }

  // The last token of an indirect content that runs from token `first` to
  // `e`, with the mark written right after `e` when it belongs to the
  // content's last word (PolNeAR): the parenthesis that closes one opened
  // in the content ("than the tanker line (TLX)"), a percent sign
  // ("reached 39%"), or the period of an initialism ending the sentence
  // ("shipped from the U.S."). `end` is the end of the sentence's tokens.
  size_t WithClosingMark(size_t first, size_t e, size_t end) const {
    const size_t n = e + 1;
    if (n >= end || a_.tokens[n].in_quote || a_.tokens[e].in_quote || IsWord(n) ||
        a_.tokens[e].span.end != a_.tokens[n].span.begin) {
      return e;
    }
    const std::string_view mark = Tok(n);
    if (mark == ")") {
      int open = 0;
      for (size_t t = first; t <= e; ++t) {
        if (a_.tokens[t].in_quote || IsWord(t)) continue;
        if (Tok(t) == "(") ++open;
        if (Tok(t) == ")") --open;
      }
      return open > 0 ? n : e;
    }
    if (mark == "%") return n;
    // ("U.S", "p.m" with its last period apart; not "$27.16".)
    const std::string_view word = Tok(e);
    if (mark == "." && IsWord(e) && word.find('.') != std::string_view::npos &&
        std::isalpha(static_cast<unsigned char>(word.back()))) {
      return n;
    }
    return e;
  }

  // Content of an indirect attribution: the clause after the cue, or the
  // sentence before the source.
  std::optional<Span> IndirectContent(const PendingAttribution& p) const {
    int s = p.cue.sentence;
    size_t sb = SentFirst(s), se = SentEnd(s);
    if (se <= sb) return std::nullopt;
    size_t last = se - 1;
    while (last > sb && !IsWord(last) && !a_.tokens[last].in_quote) --last;
    size_t src_b = p.mention ? p.mention->span.begin : a_.tokens[p.cue.group_first].span.begin;
    size_t src_e = p.mention ? SourceEnd(p) : a_.tokens[p.cue.group_last].span.end;
    size_t att_b = std::min(src_b, a_.tokens[p.cue.group_first].span.begin);
    size_t att_e = std::max(src_e, a_.tokens[p.cue.group_last].span.end);
    // "…, according to X": the content comes before the cue, unless the cue
    // opens the sentence ("According to X, …").
    if (p.cue.entry->source_follows && p.cue.group_first > sb) {
      size_t ce = p.cue.group_first - 1;
      // "L'accord est mort, a rapporté le quotidien Le Phare, citant deux
      // responsables": a citation word's content is that of the one who
      // cites, before that attribution's source and cue, not the citer's
      // attribution with it.
      if (IsWord(p.cue.group_first) && In(kCitationWords, p.cue.group_first)) {
        // (pending_ is sorted by cue start: only this sentence's cues before
        // the citation word are read.)
        auto from = std::lower_bound(pending_.begin(), pending_.end(), sb + 1,
                                     [](const PendingAttribution& x, size_t at) { return x.cue.first < at; });
        for (auto it = from; it != pending_.end() && it->cue.first < p.cue.group_first; ++it) {
          const PendingAttribution& o = *it;
          if (&o == &p || o.cue.sentence != s || o.cue.group_first <= sb || o.cue.group_first >= p.cue.group_first) {
            continue;
          }
          const size_t f = AttributionFirstToken(o);
          if (f > sb + 1 && f <= ce) ce = f - 1;
        }
      }
      while (ce > sb && (IsComma(ce) || !IsWord(ce)) && !a_.tokens[ce].in_quote) --ce;
      if (ce > sb) {
        const size_t cb = ContentStartBefore(sb, ce);
        return Span{a_.tokens[cb].span.begin, a_.tokens[WithClosingMark(cb, ce, se)].span.end};
      }
      return std::nullopt;
    }
    // "…, said the agency, citing officials": an inverted source after a
    // comma; the content is before the cue, whatever follows the source.
    const bool inverted = p.mention && p.mention->span.begin >= a_.tokens[p.cue.last].span.end &&
                          p.cue.group_first > sb + 1 && IsComma(p.cue.group_first - 1) &&
                          !In(kCuesObject, p.cue.last) && !In(kCuesAddressee, p.cue.last);
    // After: "X said (that) …"
    size_t k = inverted ? se : p.cue.group_last + 1;
    while (k < se && a_.tokens[k].span.begin < att_e) ++k;
    // "In a poll last month, Cruz led": the poll's phrase runs to its comma.
    if (p.cue.entry == &poll_cue_) {
      while (k < se && !IsComma(k)) ++k;
    }
    // PolNeAR: the complementizer "that" belongs to the content.
    const bool comma_after_cue = k < se && IsComma(k);
    if (comma_after_cue) ++k;
    // "…, Obama said Tuesday, according to a pool report": a citation
    // after the comma is no content; what was said comes before. (With
    // nothing before — "Politico reported, according to sources, Clinton
    // tried …" — the clause after the citation is the content.)
    // The same for a citation word ("…, the station reported, citing a
    // senior official": the claim comes before, the cited one is no content).
    const bool citation_after = comma_after_cue && k < se && (CitationCueAt(k) || (IsWord(k) && In(kCitationWords, k))) &&
                                att_b > a_.tokens[sb].span.begin;
    // "…, Brafman noted; the government had …": a semicolon right after
    // the cue ends the attribution's sentence as a period would; the
    // content is the clause before the source.
    const bool semicolon_after = k < se && Tok(k) == ";" && !inverted;
    // "others who want to ban it said …": the relative clause's content
    // ends before the main clause's cue.
    // (The source as written: a "who" resolved to the phrase before it
    // keeps its word as the shown span.)
    const size_t written = p.shown_source_span ? TokenStartingAt(p.shown_source_span->begin)
                           : p.mention       ? TokenStartingAt(p.mention->span.begin)
                                             : SIZE_MAX;
    const bool relative_source = written < a_.tokens.size() && In(kRelativeOpeners, written) &&
                                 !LowIs(written, "that") &&
                                 (p.shown_source_span ? p.shown_source_span->size() : p.mention->span.size()) ==
                                     a_.tokens[written].span.size();
    if (relative_source) {
      for (size_t u = k + 1; u <= last; ++u) {
        // Not past a clause of the content's own ("who say that the firm
        // has agreed", "who opposed X, and unions who said").
        if (!IsWord(u) || a_.tokens[u].in_quote || In(kClauseOpeners, u) || In(kRelativeOpeners, u)) break;
        if (!cue_starts_[u] || !relative_subject_cue_[u]) continue;
        size_t e = u - 1;
        while (e > k && !IsWord(e)) --e;
        if (e > k) last = e;
        break;
      }
    }
    const std::string& core = Low(p.cue.last);
    // "told reporters that …", "told POLITICO he would …": the addressee is
    // neither cue nor content.
    if (k <= last && InWord(kCuesAddressee, core)) {
      k = SkipAddressee(k, last);
      // "telling them, “…”", "told the crowd: “…”": a comma or colon after
      // the addressee introduces the quote, which is the content.
      for (size_t t = k; t < last && t < k + 8; ++t) {
        if (a_.tokens[t].in_quote || CueStartsAt(t) || LowIs(t, "that")) break;
        if (IsComma(t) || Tok(t) == ":") {
          if (a_.tokens[t + 1].in_quote) k = t + 1;
          break;
        }
      }
    }
    // "criticized Trump for …", "endorsed her": the object is the content.
    if (k <= last && InWord(kCuesObject, core)) {
      size_t e = ObjectEnd(k, last);
      if (e != std::string::npos) return Span{a_.tokens[k].span.begin, a_.tokens[WithClosingMark(k, e, se)].span.end};
    }
    if (k <= last && Has(cues_question_addressee_, p.cue.last)) k = SkipQuestionAddressee(k, last);
    if (k <= last && !inverted) k = ThatAfterAdjunct(k, last);
    if (k <= last && a_.tokens[k].span.begin >= att_e && last > k && !semicolon_after && !citation_after) {
      const VerbForm cue_form = CueVerbForm(p);
      last = ContentEnd(k, last, cue_form);
      if (!comma_after_cue) last = FrontedClauseEnd(p, k, last);
      // (Not after a verb whose content is a clause without "that": "said
      // the war began in 1988"; list clause-cues.)
      if (!Has(clause_cues_, p.cue.last)) last = TrailingAdjunctTrim(k, last);
      if (!Has(clause_cues_, p.cue.last)) last = CoordinatedPredicateTrim(k, last, cue_form);
      return Span{a_.tokens[k].span.begin, a_.tokens[WithClosingMark(k, last, se)].span.end};
    }
    // Before: "…, X said."
    size_t e = sb;
    while (e < se && a_.tokens[e].span.end <= att_b) ++e;
    // ("… because the investigation is continuing": a clause that runs into
    // its subject with no comma, quote mark or dash between them is one
    // sentence; what comes before is no content of its reporting clause.)
    if (e > sb + 1 && IsWord(e - 1) && !a_.tokens[e - 1].in_quote && !p.shown_source_span && e < se &&
        a_.tokens[e].span.begin == att_b && att_b == src_b && !(Has(subordinators_, e - 1) && IsComma(e - 2))) {
      return std::nullopt;
    }
    if (e > sb + 1) {
      size_t ce = e - 1;
      // ("…, as the Kestrel Times reported": the subordinator opens the
      // attribution's own clause.)
      if (ce > sb + 1 && IsWord(ce) && !a_.tokens[ce].in_quote && Has(subordinators_, ce) && IsComma(ce - 1)) --ce;
      while (ce > sb && IsComma(ce)) --ce;
      const size_t cb = ContentStartBefore(AfterParentheticalAttribution(sb, ce), ce);
      // "Asked whether it had been hard, Daley said no.": the question
      // before the answer is the asker's attribution, not the answer's.
      for (size_t t = cb; t <= ce && t < cb + 2; ++t) {
        if (Has(question_cues_, t) && !a_.tokens[t].in_quote && (t == sb || In(kClauseOpeners, t - 1))) {
          return std::nullopt;
        }
      }
      return Span{a_.tokens[cb].span.begin, a_.tokens[WithClosingMark(cb, ce, se)].span.end};
    }
    return std::nullopt;
  }

  // The first token of a content that runs from the sentence's start `sb`
  // to `ce`, before its source and cue: a conjunction opening the sentence
  // ("But he fell to 10 percent, the poll found") and a sentence adverb set
  // off by a comma ("Meanwhile, …", "Nationally, …"; list
  // interjected-words, or an adverb by its suffix) link the sentence to the
  // one before; PolNeAR leaves them out of the content.
  bool AdverbSuffixOf(const std::string& w) const {
    for (const auto& suffix : adverb_suffixes_) {
      if (w.size() > suffix.size() + 3 && w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0) return true;
    }
    return false;
  }

  size_t ContentStartBefore(size_t sb, size_t ce) const {
    // "MEXICO CITY - The rise of …, she said": a dateline before the
    // content is no part of it (PolNeAR starts after the dash).
    size_t b = AfterDateline(sb, ce);
    if (b + 2 <= ce && IsWord(b) && !a_.tokens[b].in_quote && In(kVerbCoordinators, b) && !IsComma(b + 1)) ++b;
    if (b + 3 <= ce && IsWord(b) && !a_.tokens[b].in_quote && IsComma(b + 1) &&
        (Has(interjected_words_, b) || AdverbSuffixOf(Low(b)))) {
      b += 2;
    }
    return b;
  }

  // "In a statement on Monday, Lee said, “We will appeal.”": a quote that
  // opens with a capital letter after a source set off by commas is a
  // sentence of its own; the writer's words before the source frame it and
  // are not its first fragment ("No change, he said, “hides what it is”"
  // keeps its lead-in). PolNeAR marks the quote alone 28 times to 11 on the
  // tuning part.
  bool QuoteOpensCapitalized(const QuoteSpan& q) const {
    for (size_t t = TokenStartingAt(q.inner.begin); t < a_.tokens.size() && a_.tokens[t].span.begin < q.inner.end;
         ++t) {
      if (IsWord(t)) return Cap(t) && !ElidedCapital(t);
    }
    return false;
  }

  // "said Joseph R. Biden Jr.", "a senior official of the U.S.": a source
  // that ends the sentence with "Jr", "Sr" or a capitalized abbreviation
  // with inner periods (list abbreviations) keeps the period, which is both
  // the abbreviation's and the sentence's, as PolNeAR does (on the tuning
  // part "Jr." 4 times to 1, inner periods 9 to 1). Only before a space, a line
  // end, a closing quote mark or the end of the text.
  Span WithClosingAbbreviationPeriod(Span span) const {
    const std::string& t = a_.text;
    if (span.end == 0 || span.end >= t.size() || t[span.end] != '.' || span.end - span.begin < 2) return span;
    if (span.end + 1 < t.size()) {
      const unsigned char n = static_cast<unsigned char>(t[span.end + 1]);
      const bool closing_quote =
          n == '"' || n == '\'' || (n == 0xE2 && t.compare(span.end + 1, 3, "\xE2\x80\x9D") == 0) ||
          (n == 0xE2 && t.compare(span.end + 1, 3, "\xE2\x80\x99") == 0);
      if (n != ' ' && n != '\n' && n != '\r' && n != '\t' && !closing_quote) return span;
    }
    size_t b = span.end;
    while (b > span.begin) {
      const unsigned char c = static_cast<unsigned char>(t[b - 1]);
      if (!(std::isalnum(c) || c == '.' || c == '-')) break;
      --b;
    }
    if (b == span.end || !std::isupper(static_cast<unsigned char>(t[b]))) return span;
    std::string word;
    for (size_t k = b; k < span.end; ++k) word += static_cast<char>(std::tolower(static_cast<unsigned char>(t[k])));
    // (Only a generational suffix or an abbreviation with inner periods:
    // gold leaves a state's period out as often as it keeps it, "Fresno,
    // Calif" and "Alexandria, Va" against "Meridian, Ind.", and "R-S.C"
    // keeps none.)
    if (word.find('-') != std::string::npos || !HasWord(abbreviations_, word)) return span;
    if (word != "jr" && word != "sr" && word.find('.') == std::string::npos) return span;
    return Span{span.begin, span.end + 1};
  }

  // Where the source's words as shown end (its mention, or the anonymity
  // clause after it: TrimAnonymityClause).
  static size_t SourceEnd(const PendingAttribution& p) {
    return std::max(p.mention->span.end, p.shown_source_span ? p.shown_source_span->end : 0);
  }

  // The first token of an attribution's source and cue together.
  size_t AttributionFirstToken(const PendingAttribution& p) const {
    size_t fb = p.cue.group_first;
    if (p.mention) fb = std::min(fb, TokenStartingAt(p.mention->span.begin));
    return fb;
  }

  // Whether the word `r`, right before an attribution's source, is a
  // relative pronoun standing in the reported words ("the levy which she
  // called …", "what he said was …"): one of relative-openers other than a
  // complementizer ("who", "which"), one of content-relatives ("what",
  // "whom") not after a preposition ("to whom he said"; a word of
  // free-relatives, "what", after one too), or "that" when
  // the words after the cue (from `t0`) open with a verb, so that the pronoun
  // is their subject ("a rule that she said was unfair", "a plan that he
  // said lowered fares"). PolNeAR's content then has the pronoun as its first
  // fragment (tuning part: which 53 times of 55, who and whom 19 of 24, what
  // 23 of 30, that before a verb 11 of 13).
  bool RelativeBeforeSource(size_t r, size_t t0) const {
    if (!IsWord(r) || a_.tokens[r].in_quote) return false;
    if (In(kRelativeOpeners, r) && !In(kComplementizers, r)) return true;
    if (Has(free_relatives_, r)) return true;
    if (r > 0 && IsWord(r - 1) && PrepositionAt(r - 1)) return false;
    if (Has(content_relatives_, r)) return true;
    if (!In(kComplementizers, r) || !In(kRelativeOpeners, r) || !IsWord(t0) || a_.tokens[t0].in_quote || Cap(t0)) {
      return false;
    }
    const std::string& w = Low(t0);
    return In(kCueAuxiliaries, t0) ||
           (w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0 && !In(kFunctionWords, t0));
  }

  // A source and cue set off by commas inside the clause they report: "The
  // talks, she said, had stalled", "When the vote came, he added, nobody
  // spoke". PolNeAR's content is that clause on both sides of the
  // attribution, as two fragments; a relative pronoun before the source
  // ("a rule which he argued helps nobody") is the first fragment too.
  // Fills `parts` (the fragment before, then the one after unless a quote
  // gives it or what follows the closing comma is a clause of its own: "…,
  // he said, adding that …") and returns true; false when the attribution
  // is not set in its clause that way. The fragment before must be the
  // writer's words from the sentence's start, with no quote and no cue.
  // The comma before an attribution that closes sentence `se`'s clause
  // after token `from` (", she added.", ", the person said Tuesday."): a
  // comma, at most six words of source, then a cue and at most three
  // words; SIZE_MAX when the sentence ends otherwise.
  size_t ClosingAttributionAfter(size_t from, size_t se) const {
    size_t end = se;
    while (end > from && !IsWord(end - 1)) --end;
    for (size_t t = end; t-- > from + 1;) {
      if (!IsWord(t) || a_.tokens[t].in_quote) return SIZE_MAX;
      if (end - t > 4 || !CueStartsAt(t)) continue;
      for (size_t c = t; c-- > from && t - c <= 7;) {
        if (IsComma(c)) return c + 1 < t ? c : SIZE_MAX;
        if (!IsWord(c) || a_.tokens[c].in_quote) return SIZE_MAX;
      }
      return SIZE_MAX;
    }
    return SIZE_MAX;
  }

  // The first token of a content that ends at `ce` before its own source
  // and cue, from sentence start `sb`, after an attribution set off by
  // commas before it (the last cue before `ce` only) ("The plan is dead, Lee said, and it will not come
  // back, she added": "and it will not come back"; ContentStartBefore then
  // leaves out the conjunction).
  size_t AfterParentheticalAttribution(size_t sb, size_t ce) const {
    for (size_t t = ce; t > sb + 1; --t) {
      if (a_.tokens[t].in_quote || !CueStartsAt(t)) continue;
      // (Set off on both sides: a comma, at most seven words of source,
      // the cue, at most three words and a comma.)
      size_t o = t;
      while (o > sb && t - o <= 7 && IsWord(o - 1) && !a_.tokens[o - 1].in_quote) --o;
      if (o <= sb || o == t || !IsComma(o - 1)) return sb;
      size_t c = t + 1;
      while (c < ce && c <= t + 3 && IsWord(c) && !a_.tokens[c].in_quote) ++c;
      if (c < ce && IsComma(c)) return c + 1;
      return sb;
    }
    return sb;
  }

  // The first token of a noun phrase ending at `h` (from sentence start
  // `sb`) that a relative clause with no pronoun follows ("a probe …", "the
  // only regret …", "exactly the kind of liberal jurist …"): `h` is a
  // lower-case word that no list of function words holds, and at most five
  // such words lead back to a determiner, which opens the phrase. SIZE_MAX
  // when the words before `h` are no such phrase. English.
  size_t ZeroRelativeHeadStart(size_t sb, size_t h) const {
    auto plain = [&](size_t t) {
      return IsWord(t) && !a_.tokens[t].in_quote && !Cap(t) && !In(kFunctionWords, t) && !In(kDeterminers, t) &&
             !In(kPronouns, t) && !In(kPronounsObject, t) && !PrepositionAt(t) && !In(kCueAuxiliaries, t) &&
             !In(kCopulas, t) && !Has(modals_, t) && !In(kCueAdverbs, t) && !In(kNumbers, t) &&
             !std::isdigit(static_cast<unsigned char>(Tok(t)[0]));
    };
    if (a_.language != "en" || !plain(h) || CueStartsAt(h)) return SIZE_MAX;
    for (size_t t = h; t-- > sb && h - t <= 6;) {
      if (IsWord(t) && !a_.tokens[t].in_quote && In(kDeterminers, t)) return t;
      // ("the only regret", "exactly the kind of …" has "of": no.)
      if (!plain(t) && !(IsWord(t) && !a_.tokens[t].in_quote && !Cap(t) && In(kCueAdverbs, t))) return SIZE_MAX;
    }
    return SIZE_MAX;
  }

  bool ParentheticalContent(const PendingAttribution& p, std::vector<Span>* parts) const {
    const int s = p.cue.sentence;
    const size_t sb = SentFirst(s), se = SentEnd(s);
    const size_t fb = AttributionFirstToken(p);
    if (fb <= sb || fb >= se) return false;
    size_t att_e = a_.tokens[p.cue.group_last].span.end;
    if (p.mention) att_e = std::max(att_e, SourceEnd(p));
    size_t t0 = fb;
    while (t0 < se && a_.tokens[t0].span.begin < att_e) ++t0;
    if (t0 >= se) return false;
    // "a rule which he argued helps nobody": the relative pronoun, then the
    // clause right after the cue; also a quote there ("a levy which she
    // called “a tax on ferries”") and the pronouns RelativeBeforeSource takes.
    const bool quote_at_t0 = a_.tokens[t0].in_quote && (t0 == 0 || !a_.tokens[t0 - 1].in_quote);
    if (fb > sb && RelativeBeforeSource(fb - 1, t0) &&
        (quote_at_t0 || (IsWord(t0) && !a_.tokens[t0].in_quote && !Cap(t0))) && !CueStartsAt(t0)) {
      auto after = IndirectContent(p);
      if (!after || after->begin != a_.tokens[t0].span.begin) return false;
      parts->push_back(a_.tokens[fb - 1].span);
      parts->push_back(*after);
      return true;
    }
    // "a probe the agency said was ongoing", "The only regret he
    // acknowledged was …": a noun phrase right before the source with no
    // relative pronoun is the subject of the words after the cue when they
    // open with an auxiliary, a copula or a modal, a verb group with no
    // subject of its own; PolNeAR's content has the noun phrase as its
    // first fragment.
    if (fb > sb && IsWord(t0) && !a_.tokens[t0].in_quote && !Cap(t0) &&
        (In(kCueAuxiliaries, t0) || In(kCopulas, t0) || Has(modals_, t0)) && !CueStartsAt(t0)) {
      const size_t hb = ZeroRelativeHeadStart(sb, fb - 1);
      if (hb != SIZE_MAX) {
        auto after = IndirectContent(p);
        if (!after || after->begin != a_.tokens[t0].span.begin) return false;
        parts->push_back(Span{a_.tokens[hb].span.begin, a_.tokens[fb - 1].span.end});
        parts->push_back(*after);
        return true;
      }
    }
    if (fb < sb + 2 || !IsComma(fb - 1)) return false;
    // The comma closing the attribution: right after it, or after a short
    // phrase of time or place ("he said in an interview, …").
    size_t close = SIZE_MAX;
    if (IsComma(t0)) {
      close = t0;
    } else if (IsWord(t0) && !a_.tokens[t0].in_quote && (PrepositionAt(t0) || In(kTimeWords, t0))) {
      for (size_t t = t0 + 1; t < se && t < t0 + 8; ++t) {
        if (a_.tokens[t].in_quote || CueStartsAt(t)) break;
        if (IsComma(t)) {
          close = t;
          break;
        }
        if (!IsWord(t)) break;
      }
    }
    if (close == SIZE_MAX || close + 1 >= se) return false;
    // Before: the writer's words from the sentence's start.
    size_t le = fb - 1;
    while (le > sb && (IsComma(le) || !IsWord(le))) --le;
    bool word = false;
    for (size_t t = sb; t <= le; ++t) {
      if (a_.tokens[t].in_quote || CueStartsAt(t)) return false;
      word = word || IsWord(t);
    }
    if (!word || !IsWord(sb)) return false;
    parts->push_back(Span{a_.tokens[sb].span.begin, a_.tokens[le].span.end});
    // After: the rest of the clause, unless a participle or another cue
    // opens a clause of its own there, or a quote is the rest.
    const size_t k = close + 1;
    if (a_.tokens[k].in_quote || !IsWord(k) || CueStartsAt(k) || (!Cap(k) && Participle(k))) return true;
    // ("…, said Rita Vale, the head of the institute, which tracks …", "…,
    // according to Crowdpac, a crowdfunding site", "…, say some Democrats,
    // who cringe …": a relative clause or a noun phrase opened by "a" or
    // "an" after the attribution's closing comma tells about the source or
    // the claim; PolNeAR's content is the words before the attribution. A
    // share goes on with the clause: "…, according to the poll, a number of
    // voters are …".)
    if (!Cap(k) && (LowIs(k, "who") || LowIs(k, "which") || LowIs(k, "whose") ||
                    ((LowIs(k, "a") || LowIs(k, "an")) && !(k + 2 < se && LowIs(k + 2, "of"))))) {
      return true;
    }
    size_t last = se - 1;
    while (last > k && !IsWord(last) && !a_.tokens[last].in_quote) --last;
    if (last <= k) return true;
    // ("The plan is dead, Lee said, and it will not come back, she added.":
    // the rest is the content of the attribution that closes the sentence.)
    if (ClosingAttributionAfter(k, se) != SIZE_MAX) return true;
    last = ContentEnd(k, last);
    parts->push_back(Span{a_.tokens[k].span.begin, a_.tokens[last].span.end});
    return true;
  }

  // Lists an unnamed source's mention that has no attribution of its own
  // (cited, or the subject of a request for anonymity) in anonymous_sources:
  // as source `idx`, or as the source of its phrase (made when new).
  void ListUnnamedMention(Mention m, int idx, size_t citation = SIZE_MAX) {
    if (idx < 0) {
      std::string phrase = w_.substr(m.span.begin, m.span.size());
      std::string key = "A:" + Key(phrase);
      auto it = by_key_.find(key);
      idx = it != by_key_.end() ? it->second
                                : NewSource(m, m.described ? SourceKind::kDescribed : SourceKind::kAnonymous, phrase);
      by_key_[key] = idx;
    }
    ++r_.sources[static_cast<size_t>(idx)].mentions;
    m.source = idx;
    cited_.push_back(std::move(m));
    cited_by_.push_back(citation);
  }

  // Unnamed sources a writer or an outlet cites without giving them words
  // ("…, citing two officials familiar with the talks", "Citing a “reliable
  // source familiar with the plans,” GadgetLoop reports …", "unter Berufung
  // auf gut unterrichtete Kreise"): each is an anonymous source of the
  // article (design §3, anonymous_sources), though the attribution's source
  // stays the one who cites. Named people and organisations cited are left
  // to the attributions.
  void FindCitedSources() {
    for (size_t i = 0; i < a_.tokens.size(); ++i) {
      if (!IsWord(i) || !In(kCitationWords, i)) continue;
      // Inside a quote, a report the speaker quotes ("«…, сообщило агентство,
      // сославшись на источник, близкий к правительству»"): the source it
      // cites is an anonymous source of the article too, but the claim is
      // the speaker's to report, so it makes no attribution of its own.
      const bool quoted = a_.tokens[i].in_quote;
      const int s = a_.tokens[i].sentence;
      std::optional<Mention> m = CitedObject(i + 1, s, quoted);
      // Verb-final: "sich in seinem Bericht auf „…“ berufen".
      for (size_t k = i; !m && !quoted && k-- > SentFirst(s) && k + 8 > i;) {
        if (!IsWord(k) || a_.tokens[k].in_quote) continue;
        if (Has(citation_links_, k)) m = CitedObject(k + 1, s);
      }
      // Only a phrase headed by an unnamed-source noun: "citing officials",
      // not "citing the attack as a wake-up call".
      if (!m || m->type != MentionType::kDescription || !InWord(kAnonymousHeads, m->head)) continue;
      // Its head within the first four words ("another anonymous source"), not
      // deep in a clause ("a law that makes it a felony for someone"); and no
      // negation right before the citation word ("never cited a source").
      // (A capitalized modifier names the body, "a senior Interior Ministry
      // official", and does not count.)
      size_t t = TokenStartingAt(m->span.begin), words = 0;
      while (t < a_.tokens.size() && a_.tokens[t].span.begin < m->span.end && HeadKey(t) != m->head) {
        words += IsWord(t) && !Cap(t);
        ++t;
      }
      if (words >= 3) continue;
      if ((i > SentFirst(s) && Has(negations_, i - 1)) || (i > SentFirst(s) + 1 && Has(negations_, i - 2))) continue;
      ListUnnamedMention(*m, -1, quoted ? SIZE_MAX : i);
    }
  }

  // The same for languages written with spaces: an unnamed source that is
  // the subject of a sentence asking for anonymity, with no cue of its own
  // ("Every source for this article asked not to be named."). Only an
  // indefinite description: a definite one ("The person spoke on condition
  // of anonymity …") refers back and its reason reaches its antecedent
  // already.
  void FindAnonymitySubjects() {
    for (size_t si = 0; si < a_.sentences.size(); ++si) {
      const int s = static_cast<int>(si);
      if (SentFirst(s) + 2 >= SentEnd(s) || Cjk(SentFirst(s)) || a_.tokens[SentFirst(s)].in_quote) continue;
      if (si < pending_by_sentence_.size() && !pending_by_sentence_[si].empty()) continue;
      const Span sent = a_.sentences[si].span;
      size_t first_hit = SIZE_MAX;
      for (PhraseRole role : {PhraseRole::kRequest}) {
        for (const auto& h : FindPhrases(a_, sent, role)) first_hit = std::min(first_hit, h.span.begin);
      }
      if (first_hit == SIZE_MAX) continue;
      size_t limit = SentFirst(s);
      while (limit < SentEnd(s) && a_.tokens[limit].span.end <= first_hit) ++limit;
      if (limit <= SentFirst(s) + 1 || limit >= SentEnd(s)) continue;
      // The phrase right before the request's verb, opening the sentence.
      auto m = ParseLeft(limit - 1, s);
      if (m && m->span.begin != a_.tokens[SentFirst(s)].span.begin) continue;
      if (!m || m->type != MentionType::kDescription || !InWord(kAnonymousHeads, m->head)) continue;
      const size_t b = TokenStartingAt(m->span.begin);
      if (b >= a_.tokens.size() || In(kDefiniteDeterminers, b)) continue;
      ListUnnamedMention(*m, -1);
    }
  }

  // Chinese and Japanese: an unnamed source that opens a clause of a sentence
  // asking for anonymity or giving a reason for it, with no cue of its own
  // ("这名工作人员因未获授权对外发言而要求匿名", "由於事涉機密情報,這些官員在
  // 要求匿名的前提下接受了採訪"): the phrase starts with a determiner and
  // ends in an unnamed-source head. It is listed in anonymous_sources; an
  // anaphor ("这名工作人员") is the earlier unnamed source with its head, so
  // the reason in its sentence is that source's.
  void FindCjkAnonymitySubjects() {
    for (size_t si = 0; si < a_.sentences.size(); ++si) {
      const int s = static_cast<int>(si);
      if (SentFirst(s) >= SentEnd(s) || !Cjk(SentFirst(s))) continue;
      const Span sent = a_.sentences[si].span;
      size_t last_hit = 0;
      for (PhraseRole role : {PhraseRole::kRequest, PhraseRole::kReason, PhraseRole::kBoilerplateReason}) {
        for (const auto& h : FindPhrases(a_, sent, role)) last_hit = std::max(last_hit, h.span.end);
      }
      if (last_hit == 0) continue;
      const size_t first_hit = last_hit;  // phrases start before the request or reason ends
      for (size_t c = SentFirst(s); c < SentEnd(s) && a_.tokens[c].span.end <= first_hit; ++c) {
        if (c > SentFirst(s) && !IsComma(c - 1)) continue;
        if (!Cjk(c) || a_.tokens[c].in_quote) continue;
        const std::string rest = w_.substr(a_.tokens[c].span.begin, 16);
        if (!StartsWithEntry(rest, "determiners", nullptr) && !StartsWithEntry(rest, "definite-determiners", nullptr)) {
          continue;
        }
        size_t head_end = SIZE_MAX;
        for (size_t e = c + 1; e < SentEnd(s) && e < c + 20 && a_.tokens[e].span.end <= first_hit; ++e) {
          if (!IsWord(e) || a_.tokens[e].in_quote) break;
          std::string text = w_.substr(a_.tokens[c].span.begin, a_.tokens[e].span.end - a_.tokens[c].span.begin);
          if (EndsWithEntry(text, "anonymous-heads", nullptr)) head_end = e;
        }
        if (head_end == SIZE_MAX) continue;
        auto m = ClassifyCjk(c, head_end);
        if (!m || (m->type != MentionType::kAnaphor && m->type != MentionType::kDescription) ||
            !InWord(kAnonymousHeads, m->head)) {
          continue;
        }
        int idx = -1;
        if (m->type == MentionType::kAnaphor) {
          // The nearest earlier attribution by an unnamed source of that head.
          size_t best_at = 0;
          for (const auto& p : pending_) {
            if (!p.mention || p.source < 0 || p.mention->span.begin >= m->span.begin) continue;
            const Source& src = r_.sources[static_cast<size_t>(p.source)];
            const std::string& h = source_heads_[static_cast<size_t>(p.source)];
            if (src.kind != SourceKind::kAnonymous && src.kind != SourceKind::kDescribed) continue;
            if (h.find(m->head) == std::string::npos && m->head.find(h) == std::string::npos) continue;
            if (idx < 0 || p.mention->span.begin >= best_at) {
              idx = p.source;
              best_at = p.mention->span.begin;
            }
          }
        }
        ListUnnamedMention(*m, idx);
        break;
      }
    }
  }

  // The noun phrase a citation word takes, from token `k`: over linking
  // words ("on", "auf", "на"); a short quote ("citing a “reliable source
  // familiar with the plans”") is the phrase when an anonymous head is in it.
  // `quoted`: the citation word is inside a quote, and so is its object.
  std::optional<Mention> CitedObject(size_t k, int s, bool quoted = false) {
    const size_t se = SentEnd(s);
    for (int links = 0; links < 2 && k < se && IsWord(k) && a_.tokens[k].in_quote == quoted && Has(citation_links_, k);
         ++links) {
      ++k;
    }
    if (quoted && (k >= se || !a_.tokens[k].in_quote)) return std::nullopt;
    // "a “reliable source …”": a determiner before the quote mark.
    if (k + 1 < se && IsWord(k) && !a_.tokens[k].in_quote && In(kDeterminers, k) && a_.tokens[k + 1].in_quote) ++k;
    while (k < se && !IsWord(k) && !IsComma(k)) ++k;  // an opening mark
    if (k >= se) return std::nullopt;
    if (!a_.tokens[k].in_quote) return ParseRight(k, s);
    // Inside a quote: up to its end or a comma, at most twelve words.
    size_t head = SIZE_MAX, end = k, words = 0;
    size_t t = k;
    for (; t < se && a_.tokens[t].in_quote && !IsComma(t); ++t) {
      if (!IsWord(t)) continue;
      if (++words > 12) return std::nullopt;
      if (head == SIZE_MAX && IsHead(t) && InWord(kAnonymousHeads, HeadKey(t))) head = t;
      end = t;
    }
    if (head == SIZE_MAX || !IsWord(k)) return std::nullopt;
    // "источник, близкий к правительству" inside the quote: a postmodifier
    // set off by a comma (list comma-postmodifiers) is the phrase's too.
    if (t + 1 < se && IsComma(t) && end == head && a_.tokens[t + 1].in_quote && Has(comma_postmodifiers_, t + 1)) {
      for (size_t u = t + 1; u < se && u <= t + 12 && a_.tokens[u].in_quote && IsWord(u); ++u) end = u;
    }
    return ClassifyDescription(k, head, end);
  }

  // "The deal is dead, the Courier reported, citing two officials familiar
  // with the talks": the unnamed source cited is where the claim comes from,
  // so it is an attribution of its own (T1-T3), and the article's shares
  // count it; the attribution of the one who cites stays. Its cue is the
  // citation word, its content that of the citer's attribution in the
  // sentence (the nearest cue before the citation word, else after it; none
  // when the sentence reports nothing: "hatte sich auf … berufen"). Only
  // the first `limit` attributions (those of cues) are looked at.
  void CitedAttribution(const Mention& m, size_t citation, size_t limit) {
    const int s = a_.tokens[citation].sentence;
    const Span sent = a_.sentences[static_cast<size_t>(s)].span;
    const size_t at_word = a_.tokens[citation].span.begin;
    int before = -1, after = -1;
    for (size_t k = 0; k < limit; ++k) {
      const Attribution& c = r_.attributions[k];
      if (!c.cue || c.content.empty()) continue;
      const Span cs = c.cue->location.span;
      if (cs.begin < sent.begin || cs.begin >= sent.end) continue;
      // An attribution whose content is the cited phrase ("citing" as a cue
      // of its own) reports no claim of the source's.
      bool holds_mention = false;
      for (const auto& part : c.content) {
        holds_mention = holds_mention ||
                        (part.location.span.begin <= m.span.begin && part.location.span.end >= m.span.begin);
      }
      if (holds_mention || (c.source && c.source->location.span.begin == m.span.begin)) continue;
      if (cs.begin <= at_word) {
        if (before < 0 || cs.begin > r_.attributions[static_cast<size_t>(before)].cue->location.span.begin) {
          before = static_cast<int>(k);
        }
      } else if (after < 0) {
        after = static_cast<int>(k);
      }
    }
    const int citer = before >= 0 ? before : after;
    Source& src = r_.sources[static_cast<size_t>(m.source)];
    Attribution at;
    at.source = Ref(m.span);
    at.cue = Ref(a_.tokens[citation].span);
    at.kind = AttributionKind::kIndirect;
    at.source_id = src.id;
    cited_at_cue_.emplace(at.cue->location.span.begin, m.span.begin);
    if (citer >= 0) at.content = r_.attributions[static_cast<size_t>(citer)].content;
    const Block& blk = a_.blocks[static_cast<size_t>(a_.sentences[static_cast<size_t>(s)].block)];
    at.in_lede = blk.lede;
    at.in_headline = blk.kind == BlockKind::kHeadline;
    r_.attributions.push_back(std::move(at));
    ++src.attributions;
  }

  void Emit() {
    const auto& qs = a_.quote_spans;
    // A quote that names a work is nobody's words, whatever cue or
    // neighbouring quote reached it; nor is a nickname inside a name ("Juan
    // "Chico" Manriquez said …", fixb32).
    for (size_t qi = 0; qi < qs.size(); ++qi) {
      if (qs[qi].level != 1 || quote_source_[qi] < 0) continue;
      if (!NamesAWork(qs[qi]) && !NicknameInRun(qs[qi])) continue;
      if (quote_attr_[qi] >= 0) {
        auto& quotes = pending_[static_cast<size_t>(quote_attr_[qi])].quotes;
        quotes.erase(std::remove(quotes.begin(), quotes.end(), qi), quotes.end());
      }
      quote_attr_[qi] = -1;
      quote_source_[qi] = -1;
    }
    // Room for every attribution and quote at once. Grown one at a time,
    // each vector's last doubling held its old buffer and the new one
    // together at the stage's peak (for 200,000 quotes, 131,072 entries of
    // each copied while the audit's largest structures were live).
    // Attributions: one per cue with a source, one per unnamed source cited,
    // at most one more per quote the loop below gives one to.
    {
      size_t attributions = cited_.size();
      for (const auto& p : pending_) attributions += p.source >= 0 || p.mention || p.passive_end > 0;
      for (size_t qi = 0; qi < qs.size(); ++qi) {
        attributions += qs[qi].level == 1 && quote_attr_[qi] < 0 && quote_source_[qi] >= 0;
      }
      r_.attributions.reserve(r_.attributions.size() + attributions);
      r_.quotes.reserve(r_.quotes.size() + qs.size());
    }
    // Attributions from cues with a source.
    std::vector<int> attr_index(pending_.size(), -1);
    for (size_t pi = 0; pi < pending_.size(); ++pi) {
      const PendingAttribution& p = pending_[pi];
      // A cue with no source is an attribution only in the passive (the
      // subject is what was said) or as a question with no asker ("When
      // asked whether …", which PolNeAR marks and scoring counts nowhere:
      // AttributionFacts::question).
      // A null-subject cue no one can be the subject of is one too, like
      // "He said no." with no one for "he" to be, unless a quote is in its
      // sentence (the quote stays unattributed: one T0, not two).
      if (p.source < 0 && !p.mention && p.passive_end == 0 && !p.coordinated_passive && !p.question_passive &&
          !(p.null_subject_unresolved && p.quotes.empty() && !QuoteInSentence(p.cue.sentence))) {
        continue;
      }
      Attribution at;
      // (An impersonal "it" is no source: the claim has none.)
      if (p.mention && !p.expletive) {
        at.source = Ref(WithClosingAbbreviationPeriod(
            WithoutReportingRelativeClause(p.shown_source_span ? *p.shown_source_span : p.mention->span, p)));
      } else if (p.shared_source_span) {
        at.source = Ref(WithClosingAbbreviationPeriod(WithoutReportingRelativeClause(*p.shared_source_span, p)));
      }
      Span cue{a_.tokens[p.cue.group_first].span.begin - p.cue.report_lead, a_.tokens[p.cue.report_last].span.end};
      at.cue = Ref(cue);
      at.cue_tone = p.cue.entry->tone;
      at.source_id = p.source >= 0 ? r_.sources[static_cast<size_t>(p.source)].id : -1;
      if (!p.quotes.empty()) {
        at.kind = AttributionKind::kDirect;
        // "X said that the plan was “dead on arrival”": a quote inside the
        // reported clause; the content is the clause, quotes included
        // (PolNeAR). A quote right after the cue (“…” or : “…”) is the content.
        std::optional<Span> clause;
        const QuoteSpan& q0 = qs[p.quotes.front()];
        size_t cue_end = a_.tokens[p.cue.group_last].span.end;
        if (p.mention && p.mention->span.begin >= cue_end) cue_end = p.mention->span.end;
        if (q0.outer.begin > cue_end && SentenceOf(q0.outer.begin) == p.cue.sentence &&
            WordsBetween(cue_end, q0.outer.begin)) {
          clause = IndirectContent(p);
          // A quote that opens in the clause and runs on past its sentence
          // ("said Carson is “losing ground. Some … Iowa.”"): the clause
          // ends with the quote.
          if (clause && clause->begin < q0.outer.begin && clause->end >= q0.inner.begin && clause->end < q0.outer.end) {
            clause->end = q0.outer.end;
          }
          // The clause stopped before the quote at a boundary of its own
          // (", but is now “…”", "and expects … a “solid share”", "that
          // however …, X will be enough to “…”"): the quote, this cue's,
          // ends the writer's clause it sits in, when no cue of another
          // source comes between (PolNeAR: one content up to the
          // quote's end).
          if (clause && clause->begin < q0.outer.begin && clause->end <= q0.outer.begin &&
              !OtherSourceBetween(clause->end, q0.outer.begin, p.source) && !FrameBeforeQuote(cue_end, q0)) {
            clause->end = q0.outer.end;
          }
          if (clause && clause->end < q0.outer.end) clause.reset();
          if (clause && FrameBeforeQuote(cue_end, q0)) clause.reset();
          // "Tom Beck said “it makes me angry” every time he drives by": a quote
          // right after the cue that the writer's clause runs on from is the
          // clause's start (PolNeAR: the content is the whole clause).
        } else if (QuoteRunsOnInClause(q0) && q0.outer.begin >= cue_end && SentenceOf(q0.outer.begin) == p.cue.sentence &&
                   WordsBetween(q0.outer.end, a_.sentences[static_cast<size_t>(p.cue.sentence)].span.end)) {
          clause = IndirectContent(p);
          if (clause && clause->begin < q0.outer.begin) clause->begin = q0.outer.begin;
          if (clause && (clause->begin != q0.outer.begin || clause->end <= q0.outer.end)) clause.reset();
          // "“We are thrilled” about the ruling, said Ana Ruiz": a quote opening
          // the sentence, the writer's words after it, then the source and
          // cue: the content runs from the quote to the attribution.
        } else if (QuoteRunsOnInClause(q0, true) && a_.tokens[p.cue.first].span.begin >= q0.outer.end &&
                   SentenceOf(q0.outer.begin) == p.cue.sentence && StartsSentence(q0) &&
                   WordsBetween(q0.outer.end, std::min(a_.tokens[p.cue.group_first].span.begin,
                                                       p.mention ? p.mention->span.begin : SIZE_MAX))) {
          clause = IndirectContent(p);
          if (clause && (clause->begin != q0.outer.begin || clause->end <= q0.outer.end)) clause.reset();
        }
        // "The ferry program “is gaining traction,” Ana Lee said": the
        // writer's words that run into a quote with no colon or dash before
        // its mark (a comma only after a fronted phrase), the source and cue
        // after it, are the quote's subject; the content is the whole clause
        // up to the quote's end, or up to the words the quote runs on into.
        if (const size_t lead_end = !clause && p.quotes.size() == 1 ? LeadInBeforeQuote(p, q0) : 0; lead_end > 0) {
          clause = IndirectContent(p);
          if (clause && (clause->begin >= q0.outer.begin || clause->end != lead_end)) clause.reset();
        }
        if (clause) at.content.push_back(Ref(*clause));
        // "No change, he said, “hides what it is”": the writer's words
        // before a parenthetical source are the content's first fragment.
        std::vector<Span> parts;
        const bool lead_in = ParentheticalContent(p, &parts) && parts.front().end <= q0.outer.begin &&
                             !QuoteOpensCapitalized(q0);
        if (lead_in) at.content.push_back(Ref(parts.front()));
        bool run_on = false;
        for (size_t qi : p.quotes) {
          if (clause && qs[qi].outer.begin >= clause->begin && qs[qi].outer.end <= clause->end) continue;
          // A title in the adjunct between the cue and the clause ("said on
          // “Morning Tide” that …") is the frame's, not content.
          if (clause && qs[qi].outer.begin >= cue_end && qs[qi].outer.end <= clause->begin) continue;
          const size_t run_on_end = QuoteRunOnEnd(qs[qi], &p);
          run_on = run_on || run_on_end > qs[qi].outer.end;
          at.content.push_back(Ref(Span{qs[qi].outer.begin, run_on_end}));
        }
        if (clause || lead_in || run_on) {
          std::sort(at.content.begin(), at.content.end(), [](const TextRef& x, const TextRef& y) {
            return x.location.span.begin < y.location.span.begin;
          });
        }
      } else {
        std::vector<Span> parts;
        if (p.passive_end > 0) {
          // "Lee is expected to win": the subject, then what follows the verb.
          const Span subject{a_.tokens[p.passive_first].span.begin, a_.tokens[p.passive_end - 1].span.end};
          at.content.push_back(Ref(subject));
          // What follows the verb (and its agent) is content when it goes on
          // with the clause ("to win", "that …", "the winner"), not when it
          // is an adjunct ("announced by the mayor on Monday").
          auto content = IndirectContent(p);
          const size_t after = content ? TokenStartingAt(content->begin) : SIZE_MAX;
          const bool adjunct = after < a_.tokens.size() &&
                               ((PrepositionAt(after) && !In(kComplementizers, after) && !LowIs(after, "to")) ||
                                In(kTimeWords, after) || TimePhraseEnd(after, SentEnd(p.cue.sentence)) != std::string::npos);
          if (content && content->begin >= subject.end && !adjunct) {
            at.content.push_back(Ref(*content));
          }
        } else if (p.back_reference && p.cue.sentence > 0 &&
                   SentEnd(p.cue.sentence - 1) > SentFirst(p.cue.sentence - 1)) {
          // "… . Об этом заявил министр.": what was said is the sentence before.
          const int prev = p.cue.sentence - 1;
          size_t last = SentEnd(prev) - 1;
          while (last > SentFirst(prev) && !IsWord(last) && !a_.tokens[last].in_quote) --last;
          at.content.push_back(Ref(Span{a_.tokens[SentFirst(prev)].span.begin, a_.tokens[last].span.end}));
        } else if (ParentheticalContent(p, &parts)) {
          for (const Span& part : parts) at.content.push_back(Ref(part));
        } else if (auto content = IndirectContent(p)) {
          at.content.push_back(Ref(*content));
        }
        at.kind = AttributionKind::kIndirect;
      }
      const Block& blk = a_.blocks[static_cast<size_t>(a_.sentences[static_cast<size_t>(p.cue.sentence)].block)];
      at.in_lede = blk.lede;
      at.in_headline = blk.kind == BlockKind::kHeadline;
      attr_index[pi] = static_cast<int>(r_.attributions.size());
      r_.attributions.push_back(std::move(at));
      if (p.source >= 0) {
        Source& src = r_.sources[static_cast<size_t>(p.source)];
        ++src.attributions;
        ++src.mentions;
      }
      // Anonymous sources: every unnamed mention, anaphors included; not the
      // asker of a question or a refusing party ("Reporters asked the mayor
      // …", "these people, who declined to name the investor"), unless the
      // source has no other mention to list and informs elsewhere
      // (DropSilentSources: "A spokeswoman declined to comment, saying …").
      bool asking = false;
      for (size_t k = p.cue.first; k <= p.cue.last && k < a_.tokens.size() && !asking; ++k) {
        asking = Has(question_cues_, k) || RefusalAt(k, p.cue.last) || (k == p.cue.last && IntentWordAt(k));
      }
      if (p.mention && p.source >= 0) {
        const Source& src = r_.sources[static_cast<size_t>(p.source)];
        if ((src.kind == SourceKind::kAnonymous || src.kind == SourceKind::kDescribed) &&
            p.mention->type != MentionType::kPronoun && PhraseEndsInNoun(p.mention->span)) {
          AnonymousSource an;
          an.phrase = a_.text.substr(p.mention->span.begin, p.mention->span.size());
          an.location = Loc(p.mention->span);
          an.specificity = src.specificity.value_or(Specificity::kVague);
          an.anaphoric = p.mention->type == MentionType::kAnaphor;
          an.source_id = src.id;
          (asking ? silent_mentions_ : r_.anonymous_sources).push_back(an);
        }
      }
    }
    // Cited unnamed sources, once: a phrase that is also an attribution's
    // source is listed already (spans in the normalized text).
    std::vector<Span> listed;
    for (const auto& an : r_.anonymous_sources) listed.push_back(an.location.span);
    std::sort(listed.begin(), listed.end(), [](const Span& x, const Span& y) { return x.begin < y.begin; });
    size_t longest = 0;
    for (const Span& sp : listed) longest = std::max(longest, sp.size());
    const size_t cue_attributions = r_.attributions.size();
    for (size_t ci = 0; ci < cited_.size(); ++ci) {
      const Mention& m = cited_[ci];
      // Listed spans starting before m ends, and late enough to reach it.
      auto hi = std::lower_bound(listed.begin(), listed.end(), m.span.end,
                                 [](const Span& x, size_t at) { return x.begin < at; });
      bool overlaps = false;
      for (auto it = hi; it != listed.begin() && !overlaps;) {
        --it;
        if (it->begin + longest < m.span.begin) break;
        overlaps = it->end > m.span.begin;
      }
      if (overlaps) continue;
      const Source& src = r_.sources[static_cast<size_t>(m.source)];
      AnonymousSource an;
      an.phrase = a_.text.substr(m.span.begin, m.span.size());
      an.location = Loc(m.span);
      an.specificity = src.specificity.value_or(Specificity::kVague);
      // "因为担心报复，这些官员要求匿名": a phrase that refers back is an
      // anaphor here too (it counts in no top-phrase list).
      an.anaphoric = m.type == MentionType::kAnaphor;
      an.source_id = src.id;
      r_.anonymous_sources.push_back(an);
      if (cited_by_[ci] != SIZE_MAX) CitedAttribution(m, cited_by_[ci], cue_attributions);
    }
    // The content parts of the cue attributions made so far, per source, by
    // start, with the greatest end up to each: whether one of the source's
    // holds a quote is a binary search (held_by_content).
    std::unordered_map<int, std::vector<std::pair<size_t, size_t>>> content_parts;
    for (const auto& at : r_.attributions) {
      for (const auto& c : at.content) {
        content_parts[at.source_id].emplace_back(c.location.span.begin, c.location.span.end);
      }
    }
    for (auto& [id, parts] : content_parts) {
      std::sort(parts.begin(), parts.end());
      for (size_t i = 1; i < parts.size(); ++i) parts[i].second = std::max(parts[i].second, parts[i - 1].second);
    }
    // "Lee said the goal was not to “win big” but to “win well.”": the
    // clause content of Lee's attribution holds both quotes. A quote whose
    // speaker is found only as the subject of a cue before it (or by the
    // words it echoes) takes no attribution of its own when an attribution
    // of the same source holds it in its content already: PolNeAR marks the
    // words once (tuning part: 114 such quotes, one of them a gold content of
    // its own). Another source's content that runs over it ("Ruiz has urged
    // calm, but Lee called the strike “reckless”") takes nothing from Lee.
    auto held_by_content = [&](const Span& outer, int source_id) {
      auto found = content_parts.find(source_id);
      if (found == content_parts.end()) return false;
      const auto& parts = found->second;
      auto it = std::upper_bound(parts.begin(), parts.end(), std::make_pair(outer.begin, SIZE_MAX));
      return it != parts.begin() && std::prev(it)->second >= outer.end;
    };
    // Quotes.
    int block_attr = -1;       // the attribution of a quoted block after a colon (QuotedBlockAfterColon)
    size_t block_quote = 0;    // its last quote so far
    for (size_t qi = 0; qi < qs.size(); ++qi) {
      const QuoteSpan& q = qs[qi];
      Quote out;  // its text is filled in by Audit(), as written in the source
      out.location = Loc(q.inner);
      out.with_marks = q.outer;
      out.in_headline = a_.blocks[static_cast<size_t>(q.block)].kind == BlockKind::kHeadline;
      int src = q.level == 1 ? quote_source_[qi] : -1;
      int pa = q.level == 1 ? quote_attr_[qi] : -1;
      if (src >= 0) {
        const Source& s = r_.sources[static_cast<size_t>(src)];
        out.source_id = s.id;
        out.speaker = s.name;
        out.speaker_kind = s.kind;
      }
      // A quote with a cue whose source could not be resolved ("“We
      // stay,” she said." with nobody before it) is still speech: its kind
      // is read as for a quote with a speaker, and it is unattributed.
      out.kind = KindOfQuote(q, src >= 0 || pa >= 0);
      // A short fragment, title or scare quote (at most five words) inside
      // the writer's sentence that no cue reports, given a speaker only by
      // a person named near it or by the words it repeats ("his “Second
      // Amendment people” remark", "the public “certainly” deserves",
      // "George “Jay” Keyworth"), is no attribution: PolNeAR gives such
      // words no content of their own. One that ends its sentence ("his
      // guilty pleasure is “Football Life.”", "yelling “eminent domain!”")
      // or stands as the object of the words around it (QuoteIsObject) is
      // often the object of a cue we do not know and stays. The quote keeps
      // its speaker either way.
      const bool fragment_alone = out.kind != QuoteKind::kDirect && !QuoteEndsSentence(q) &&
                                  CountWords(std::string_view(w_).substr(q.inner.begin, q.inner.size()), 6) <= 5 &&
                                  !QuoteIsObject(q) && !QuoteBeforeCoordinatedQuote(q);
      if (pa >= 0) {
        const PendingAttribution& p = pending_[static_cast<size_t>(pa)];
        out.cue = QuoteCueText(p.cue);
        out.attribution = attr_index[static_cast<size_t>(pa)];
      } else if (src >= 0 && continuation_of_.count(static_cast<int>(qi))) {
        // A continuation: content of the same attribution when it is in the
        // same paragraph or opens the next one as the rest of what was said
        // (QuoteParagraphGoesOn: PolNeAR's content joins the paragraphs),
        // else of a new attribution with no cue of its own.
        int prev = continuation_of_[static_cast<int>(qi)];
        int prev_attr = -1;
        for (int k = prev; k >= 0;) {
          if (quote_attr_[static_cast<size_t>(k)] >= 0) {
            prev_attr = attr_index[static_cast<size_t>(quote_attr_[static_cast<size_t>(k)])];
            break;
          }
          auto it = continuation_of_.find(k);
          if (it == continuation_of_.end() || it->second == k) break;
          k = it->second;
        }
        if (prev_attr >= 0 && (qs[static_cast<size_t>(prev)].block == q.block || QuoteParagraphGoesOn(static_cast<size_t>(prev), qi))) {
          // "… in support" of the plan': the words the quote runs on into
          // are the content's too (QuoteRunOnEnd).
          r_.attributions[static_cast<size_t>(prev_attr)].content.push_back(
              Ref(Span{q.outer.begin, QuoteRunOnEnd(q, nullptr)}));
          out.attribution = prev_attr;
        } else if (!fragment_alone) {
          Attribution at;
          at.kind = AttributionKind::kDirect;
          at.content.push_back(Ref(q.outer));
          at.source_id = r_.sources[static_cast<size_t>(src)].id;
          at.in_lede = a_.blocks[static_cast<size_t>(q.block)].lede;
          out.attribution = static_cast<int>(r_.attributions.size());
          r_.attributions.push_back(std::move(at));
          ++r_.sources[static_cast<size_t>(src)].attributions;
        }
      } else if (src < 0 && unresolved_continuation_.count(static_cast<int>(qi)) &&
                 attr_index[static_cast<size_t>(unresolved_continuation_[static_cast<int>(qi)])] >= 0) {
        const int joined = attr_index[static_cast<size_t>(unresolved_continuation_[static_cast<int>(qi)])];
        r_.attributions[static_cast<size_t>(joined)].content.push_back(Ref(q.outer));
        out.attribution = joined;
      } else if (src >= 0 && (subject_of_.count(qi) || echo_of_.count(qi) || clause_subject_of_.count(qi))) {
        Attribution at;
        at.kind = AttributionKind::kDirect;
        at.content.push_back(Ref(q.outer));
        at.source_id = r_.sources[static_cast<size_t>(src)].id;
        at.in_lede = a_.blocks[static_cast<size_t>(q.block)].lede;
        // The cue: the nearest cue word before the quote in its sentence
        // (none for a clause of its own: that cue is another person's).
        if (!clause_subject_of_.count(qi))
        for (size_t pi : pending_by_sentence_[static_cast<size_t>(SentenceOf(q.outer.begin))]) {
          const PendingAttribution& p = pending_[pi];
          size_t cb = a_.tokens[p.cue.first].span.begin;
          if (cb < q.outer.begin) {
            Span cue{cb, a_.tokens[p.cue.last].span.end};
            at.cue = Ref(cue);
            out.cue = QuoteCueText(p.cue);
          }
        }
        // "said his boss was “always kind.”": the words between the cue and
        // the quote open the clause the quote ends, and the content runs
        // from the cue (ClauseBeforeQuote).
        if (at.cue) {
          size_t from = ClauseBeforeQuote(at.cue->location.span.end, q.outer.begin);
          if (from >= q.outer.begin) from = ThatClauseBeforeQuote(at.cue->location.span.end, q.outer.begin);
          size_t to = QuoteRunOnEnd(q, nullptr);
          // "said in his “last show of the season” that he would leave": a
          // quote in a phrase that opens with a preposition, followed by
          // "that", names something in an adjunct; the that-clause is the
          // cue's own, not the quote's words.
          if (to > q.outer.end && from >= q.outer.begin &&
              OpensWithPreposition(at.cue->location.span.end, q.outer.begin)) {
            const size_t t = TokenStartingAt(q.outer.end);
            if (t < a_.tokens.size() && IsWord(t) && Low(t) == "that") to = q.outer.end;
          }
          if (from < q.outer.begin || to > q.outer.end) {
            at.content.front() = Ref(Span{std::min(from, q.outer.begin), to});
          }
        }
        // (Held by a joint source's content, "Trump and Ryan issued a
        // statement describing … as a “…”", it is held for each person.)
        bool held = held_by_content(q.outer, at.source_id);
        if (const auto joints = joints_of_.find(src); !held && joints != joints_of_.end()) {
          for (const int joint : joints->second) held = held || held_by_content(q.outer, r_.sources[static_cast<size_t>(joint)].id);
        }
        if ((at.cue || !fragment_alone) && !held) {
          out.attribution = static_cast<int>(r_.attributions.size());
          r_.attributions.push_back(std::move(at));
          ++r_.sources[static_cast<size_t>(src)].attributions;
        }
      }
      if (src >= 0 && out.speech()) ++r_.sources[static_cast<size_t>(src)].quotes;
      // A quoted block under a paragraph that ends with a colon and names
      // no speaker ("Partial transcript as follows:", "Wait, it gets
      // better:"): PolNeAR's content is the block, its paragraphs joined,
      // though the speaker is left to the reader; an attribution with no
      // source and no cue holds it (T0, counted once for the block).
      if (src < 0 && pa < 0 && out.attribution < 0 && q.level == 1 && !out.in_headline && out.speech() &&
          QuoteOpensItsBlock(q)) {
        if (block_attr >= 0 && NextTextBlock(qs[block_quote].block) == q.block &&
            QuoteParagraphGoesOn(block_quote, qi)) {
          r_.attributions[static_cast<size_t>(block_attr)].content.push_back(Ref(q.outer));
          out.attribution = block_attr;
          block_quote = qi;
        } else if (QuotedBlockAfterColon(qi) || QuoteIsItsParagraph(qi)) {
          Attribution at;
          at.kind = AttributionKind::kDirect;
          at.content.push_back(Ref(q.outer));
          at.in_lede = a_.blocks[static_cast<size_t>(q.block)].lede;
          block_attr = static_cast<int>(r_.attributions.size());
          block_quote = qi;
          out.attribution = block_attr;
          r_.attributions.push_back(std::move(at));
        }
      }
      // A quote after a colon that closes its paragraph, taken by no cue
      // (QuoteAfterColonEndsParagraph): content with no cue.
      if (pa < 0 && out.attribution < 0 && q.level == 1 && !out.in_headline && out.speech() &&
          QuoteAfterColonEndsParagraph(qi)) {
        Attribution at;
        at.kind = AttributionKind::kDirect;
        at.content.push_back(Ref(q.outer));
        at.in_lede = a_.blocks[static_cast<size_t>(q.block)].lede;
        if (src >= 0) {
          at.source_id = r_.sources[static_cast<size_t>(src)].id;
          ++r_.sources[static_cast<size_t>(src)].attributions;
        }
        out.attribution = static_cast<int>(r_.attributions.size());
        r_.attributions.push_back(std::move(at));
      }
      r_.quotes.push_back(std::move(out));
    }
    JoinCoordinatedQuotes();
    RelativePronounSources();
    NominalStances();
    ContentsFromQuoteOpening();
    MergeSameCue();
    std::sort(r_.attributions.begin(), r_.attributions.end(), [](const Attribution& x, const Attribution& y) {
      auto first = [](const Attribution& a) {
        size_t b = SIZE_MAX;
        if (a.source) b = std::min(b, a.source->location.span.begin);
        if (a.cue) b = std::min(b, a.cue->location.span.begin);
        for (const auto& c : a.content) b = std::min(b, c.location.span.begin);
        return b;
      };
      return first(x) < first(y);
    });
    // Re-link quotes to the sorted attributions by content position (the
    // last attribution holding a quote's span wins).
    std::map<std::pair<size_t, size_t>, int> by_content;
    for (size_t ai = 0; ai < r_.attributions.size(); ++ai) {
      for (const auto& c : r_.attributions[ai].content) {
        by_content[{c.location.span.begin, c.location.span.end}] = static_cast<int>(ai);
      }
    }
    // A quote inside a clause content ("said the offer was “not serious”")
    // belongs to the attribution whose content holds it.
    std::vector<std::tuple<size_t, size_t, int>> spans;
    for (const auto& [key, ai] : by_content) spans.emplace_back(key.first, key.second, ai);
    for (auto& q : r_.quotes) {
      auto it = by_content.find({q.with_marks.begin, q.with_marks.end});
      if (it != by_content.end()) {
        q.attribution = it->second;
        continue;
      }
      q.attribution = -1;
      auto up = std::upper_bound(spans.begin(), spans.end(), std::make_tuple(q.with_marks.begin, SIZE_MAX, INT_MAX));
      for (int guard = 0; up != spans.begin() && guard < 8; ++guard) {
        --up;
        if (std::get<1>(*up) >= q.with_marks.end) {
          q.attribution = std::get<2>(*up);
          break;
        }
      }
    }
    std::sort(r_.anonymous_sources.begin(), r_.anonymous_sources.end(),
              [](const AnonymousSource& x, const AnonymousSource& y) {
                return x.location.span.begin < y.location.span.begin;
              });
    DropSilentSources();
  }

  // "found in 2014 that the air force is “the best in the world“", "said
  // on the show ''Morning Joe'' that ''…''", "warned that while ''…,'' the
  // attacks ''…''": where ClauseBeforeQuote keeps the content to the quote,
  // the writer's "that" between the cue and the quote opens the clause the
  // quote ends, and the content runs from it. Not after an infinitive ("to
  // bring him down with the arguments that …"), where "that" opens a relative
  // clause. Returns that "that"'s first byte, or `to` when there is none.
  // English.
  size_t ThatClauseBeforeQuote(size_t from, size_t to) const {
    if (a_.language != "en" || from >= to || to > w_.size()) return to;
    size_t k = TokenStartingAt(from);
    if (k < a_.tokens.size() && IsWord(k) && Low(k) == "to") return to;
    for (; k < a_.tokens.size() && a_.tokens[k].span.begin < to; ++k) {
      if (!a_.tokens[k].in_quote && IsWord(k) && Low(k) == "that") return a_.tokens[k].span.begin;
    }
    return to;
  }

  // Whether the words in [from, to) open with a preposition other than
  // "to" ("in his “…”", "of “…”"). English.
  bool OpensWithPreposition(size_t from, size_t to) const {
    if (a_.language != "en" || from >= to) return false;
    const size_t k = TokenStartingAt(from);
    if (k >= a_.tokens.size() || a_.tokens[k].span.begin >= to || !IsWord(k)) return false;
    static const std::array<std::string_view, 8> kOpeners = {"of", "on", "in", "at", "from", "for", "by", "with"};
    return std::find(kOpeners.begin(), kOpeners.end(), Low(k)) != kOpeners.end();
  }

  // Where the content of a quote reported by the cue that ends at `from`
  // starts, when words of the clause stand between the cue and the quote
  // at `to` ("said his boss was “always kind”", "argues that the plan will
  // “ruin us”"): the first of those words (PolNeAR's content runs from the
  // cue; tuning part: 20 quotes whose speaker is the subject of the cue
  // become exact, none is lost). Else `to`: nothing but spaces between, or words
  // that end with a comma or colon and introduce the quote ("lecturing:
  // “…”"), open with punctuation or a preposition ("chants of “…”"), or
  // hold a dash, a quote closed by a comma or the end of a sentence, or
  // end with a quote and "and" or "or". English.
  size_t ClauseBeforeQuote(size_t from, size_t to) const {
    if (a_.language != "en" || from >= to || to > w_.size()) return to;
    const std::string_view gap = std::string_view(w_).substr(from, to - from);
    const size_t b = gap.find_first_not_of(" \t");
    if (b == std::string_view::npos) return to;
    const size_t e = gap.find_last_not_of(" \t");
    const char first = gap[b], last = gap[e];
    if (first == ',' || first == ':' || first == ';' || last == ',' || last == ':') return to;
    if (gap.find('\n') != std::string_view::npos || gap.find("\xE2\x80\x94") != std::string_view::npos ||  // em dash
        gap.find("\xE2\x80\x93") != std::string_view::npos || gap.find(" - ") != std::string_view::npos ||  // en dash
        gap.find(" -- ") != std::string_view::npos) {
      return to;
    }
    // (A quote closed by a comma, "the show “Harbor Hour,” who …", is an
    // aside of its own before the clause.)
    if (gap.find(",\"") != std::string_view::npos || gap.find(",''") != std::string_view::npos ||
        gap.find(",\xE2\x80\x9D") != std::string_view::npos) {  // ,”
      return to;
    }
    for (size_t k = b; k + 1 < gap.size(); ++k) {
      const char c = gap[k];
      if ((c == '.' || c == '!' || c == '?' || c == ';') && gap[k + 1] == ' ') return to;
    }
    // ("kept repeating “Keep the boat” and “No new levy.”": a quote joined
    // to this one by "and" or "or" is one object with it, which
    // JoinCoordinatedQuotes makes one content.)
    {
      std::string_view rest = gap.substr(0, e + 1);
      for (const std::string_view coordinator : {std::string_view(" and"), std::string_view(" or")}) {
        if (rest.size() > coordinator.size() && rest.substr(rest.size() - coordinator.size()) == coordinator) {
          rest.remove_suffix(coordinator.size());
          while (!rest.empty() && (rest.back() == ' ' || rest.back() == ',')) rest.remove_suffix(1);
          if (!rest.empty() && (rest.back() == '"' || rest.back() == '\'' ||
                                (rest.size() >= 3 && rest.substr(rest.size() - 3) == "\xE2\x80\x9D"))) {  // ”
            return to;
          }
          break;
        }
      }
    }
    bool letter = false;
    for (size_t k = b; k <= e && !letter; ++k) letter = std::isalpha(static_cast<unsigned char>(gap[k])) != 0;
    if (!letter) return to;
    size_t w = b;
    while (w <= e && std::isalpha(static_cast<unsigned char>(gap[w]))) ++w;
    std::string word(gap.substr(b, w - b));
    for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    static const std::array<std::string_view, 9> kPrepositions = {"of", "on", "in", "to", "at", "from", "for", "by", "with"};
    if (std::find(kPrepositions.begin(), kPrepositions.end(), word) != kPrepositions.end()) return to;
    return from + b;
  }

  // "chanted “Send them home” and “Build the wall.”", "headlines such as
  // ''…'' and ''…''": two quotes joined by "and" or "or" (a comma allowed on
  // either side) are one object of the cue, and PolNeAR's content is one
  // span over both (53 times on the tuning part, never two). A content part
  // that ends with a quote's closing mark takes the coordinated quote after
  // it, whether it was a part of the same attribution or the first part of
  // another one with no source of its own (which goes when nothing is left
  // of it). Run after the quotes are emitted, before the attributions are
  // sorted and the quotes linked to them by position.
  // "“I know the family. I want to run,” Lee replied, according to Ford’s
  // account": a sentence break inside the quote made a content start at the
  // quote's second sentence and run on past its closing mark. Such a
  // content starts at the quote's opening mark (all 5 on the tuning part,
  // PolNeAR's content holding the whole quote each time).
  void ContentsFromQuoteOpening() {
    const auto& qs = a_.quote_spans;
    for (Attribution& at : r_.attributions) {
      for (TextRef& c : at.content) {
        const Span sp = c.location.span;
        auto it = std::upper_bound(qs.begin(), qs.end(), sp.begin,
                                   [](size_t at_, const QuoteSpan& q) { return at_ < q.outer.begin; });
        // The level-1 quote opening last before the content, if it holds
        // the content's start and closes before the content's end.
        while (it != qs.begin()) {
          --it;
          if (it->level != 1) continue;
          const Span block = a_.blocks[static_cast<size_t>(it->block)].span;
          if (it->inner.begin < sp.begin && sp.begin < it->inner.end && !it->unclosed && it->outer.end < sp.end &&
              sp.end <= block.end) {
            c = Ref(Span{it->outer.begin, sp.end});
          }
          break;
        }
      }
    }
  }

  void JoinCoordinatedQuotes() {
    const auto& qs = a_.quote_spans;
    std::unordered_map<size_t, size_t> opening;  // outer.begin -> quote (level 1)
    std::unordered_set<size_t> closing;          // outer.end of level-1 quotes
    for (size_t i = 0; i < qs.size(); ++i) {
      if (qs[i].level != 1) continue;
      opening.emplace(qs[i].outer.begin, i);
      closing.insert(qs[i].outer.end);
    }
    if (opening.size() < 2) return;
    // Where the quote coordinated with a part ending at `end` opens, or
    // SIZE_MAX: spaces, an optional comma, "and" or "or", an optional
    // comma, spaces.
    auto coordinated = [&](size_t end) -> size_t {
      const size_t k = AfterCoordinator(end);
      return k != SIZE_MAX && opening.count(k) ? k : SIZE_MAX;
    };
    std::vector<bool> gone(r_.attributions.size(), false);
    std::unordered_map<size_t, size_t> owner;  // a content part's begin -> its attribution (the first)
    for (size_t j = 0; j < r_.attributions.size(); ++j) {
      for (const auto& part : r_.attributions[j].content) owner.emplace(part.location.span.begin, j);
    }
    for (size_t i = 0; i < r_.attributions.size(); ++i) {
      if (gone[i]) continue;
      auto& content = r_.attributions[i].content;
      for (size_t c = 0; c < content.size(); ++c) {
        Span part = content[c].location.span;
        while (closing.count(part.end)) {
          const size_t at = coordinated(part.end);
          if (at == SIZE_MAX || SentenceOf(at) != SentenceOf(part.end - 1)) break;
          const QuoteSpan& next = qs[opening[at]];
          // The part that holds the next quote: one of this attribution's,
          // or the first of another one with no source of its own.
          const auto own = owner.find(at);
          if (own == owner.end() || gone[own->second]) break;
          const size_t holder = own->second;
          size_t index = SIZE_MAX;
          const auto& other = r_.attributions[holder].content;
          for (size_t k = 0; k < other.size(); ++k) {
            if (other[k].location.span.begin == at) {
              index = k;
              break;
            }
          }
          if (index == SIZE_MAX) break;
          Attribution& h = r_.attributions[holder];
          const Span taken = h.content[index].location.span;
          if (taken.end < next.outer.end) break;
          if (holder != i) {
            const Attribution& a = r_.attributions[i];
            if (index != 0 || h.kind == AttributionKind::kStance ||
                (h.source && !(a.source && a.source->location.span.begin == h.source->location.span.begin)) ||
                (h.source_id >= 0 && h.source_id != a.source_id)) {
              break;
            }
          }
          part.end = taken.end;
          owner.erase(at);
          h.content.erase(h.content.begin() + static_cast<std::ptrdiff_t>(index));
          if (holder == i && index < c) --c;
          content[c] = Ref(part);
          if (holder != i && h.content.empty()) {
            gone[holder] = true;
            if (h.source_id >= 1 && static_cast<size_t>(h.source_id) <= r_.sources.size()) {
              --r_.sources[static_cast<size_t>(h.source_id - 1)].attributions;
            }
          }
        }
      }
    }
    size_t kept = 0;
    for (size_t i = 0; i < r_.attributions.size(); ++i) {
      if (gone[i]) continue;
      if (kept != i) r_.attributions[kept] = std::move(r_.attributions[i]);
      ++kept;
    }
    r_.attributions.resize(kept);
  }

  // "Mr. Hale, who has both endorsed the levy and criticized its cost",
  // "Ines Varga, who answered the door and said she would vote": a cue
  // inside a relative clause (from "who" to the cue no comma, dash,
  // parenthesis, colon or quote) whose source was read as the clause's
  // antecedent, right before "who" (a comma or a dash between). PolNeAR
  // marks the relative pronoun as the source there, the mention as written
  // at that place, as it does for "who said"; the attribution keeps the
  // antecedent's source id (the speaker is unchanged). A clause closed
  // before the cue ("Hale, who backs the levy, said") keeps the antecedent.
  void RelativePronounSources() {
    const size_t n = a_.tokens.size();
    for (auto& at : r_.attributions) {
      if (!at.source || !at.cue) continue;
      const size_t se = at.source->location.span.end, cb = at.cue->location.span.begin;
      if (se >= cb) continue;
      size_t t = TokenStartingAt(se);
      if (t < n && (IsComma(t) || IsDash(t))) ++t;
      if (t >= n || !IsWord(t) || !LowIs(t, "who") || a_.tokens[t].in_quote || a_.tokens[t].span.end > cb) continue;
      bool inside = true;
      for (size_t u = t + 1; u < n && a_.tokens[u].span.begin < cb; ++u) {
        if (a_.tokens[u].in_quote || a_.tokens[u].sentence != a_.tokens[t].sentence ||
            (!IsWord(u) && (IsComma(u) || IsDash(u) || Tok(u) == "(" || Tok(u) == ")" || Tok(u) == ":" ||
                            Tok(u) == ";" || Tok(u) == "-"))) {
          inside = false;
          break;
        }
      }
      if (inside) at.source = Ref(a_.tokens[t].span);
    }
  }

  // "Lee's support for the bill", "his criticism of the plan", "her
  // decision to run": a noun of stance whose holder is written as a
  // possessive right before it (at most one word between: "her long support
  // for"). PolNeAR marks it as an attribution: the possessive is the source,
  // the noun with its preposition the cue (list stance-noun-cues, one noun
  // and preposition a line), what follows the content; a noun of intent
  // before an infinitive (list intent-noun-cues) is the cue alone and the
  // infinitive the content; a noun of statement or belief before a clause
  // opened by "that" (list claim-noun-cues: "his contention that …") is
  // the cue alone and the clause, "that" included, the content, up to where
  // an indirect content ends. Nothing is reported as said, so the attribution
  // is AttributionKind::kStance and sources nothing: it has no source id and
  // scoring counts it nowhere. It is taken only outside every other
  // attribution's source, cue and content (PolNeAR leaves a stance inside
  // what someone is reported to say unmarked: "He said his attacks on Trump
  // had worked"), and a possessive pronoun (list stance-holders) only where
  // no verb governs it: at the sentence's start, after punctuation, a
  // preposition or a coordinator ("threw her support behind", "stepped up
  // his attacks on" are left alone: PolNeAR's cue there runs from the verb).
  void NominalStances() {
    if (stance_noun_cues_.empty() && intent_noun_cues_.empty() && claim_noun_cues_.empty()) return;
    std::vector<std::pair<size_t, size_t>> taken;
    for (const auto& at : r_.attributions) {
      if (at.source) taken.emplace_back(at.source->location.span.begin, at.source->location.span.end);
      if (at.cue) taken.emplace_back(at.cue->location.span.begin, at.cue->location.span.end);
      for (const auto& c : at.content) taken.emplace_back(c.location.span.begin, c.location.span.end);
    }
    std::sort(taken.begin(), taken.end());
    std::vector<size_t> reach(taken.size());
    for (size_t i = 0; i < taken.size(); ++i) reach[i] = std::max(i > 0 ? reach[i - 1] : 0, taken[i].second);
    // Whether [b, e) overlaps no span taken.
    auto untaken = [&](size_t b, size_t e) {
      const size_t before = static_cast<size_t>(
          std::lower_bound(taken.begin(), taken.end(), std::make_pair(e, size_t{0})) - taken.begin());
      return before == 0 || reach[before - 1] <= b;
    };
    // A stance attribution of sentence `s`: source, cue and content spans.
    auto add_stance = [&](const Span& src, const Span& cue, const Span& content, int s) {
      Attribution at;
      at.source = Ref(src);
      at.cue = Ref(cue);
      at.content.push_back(Ref(content));
      at.kind = AttributionKind::kStance;
      const Block& blk = a_.blocks[static_cast<size_t>(a_.sentences[static_cast<size_t>(s)].block)];
      at.in_lede = blk.lede;
      at.in_headline = blk.kind == BlockKind::kHeadline;
      r_.attributions.push_back(std::move(at));
    };
    const size_t n = a_.tokens.size();
    for (size_t k = 1; k + 2 < n; ++k) {
      if (!IsWord(k) || !IsWord(k + 1) || a_.tokens[k].in_quote || a_.tokens[k + 1].in_quote) continue;
      const int s = a_.tokens[k].sentence;
      if (a_.tokens[k + 1].sentence != s || k == SentFirst(s)) continue;
      const bool infinitive = LowIs(k + 1, "to") && Has(intent_noun_cues_, k) && IsWord(k + 2) && !Cap(k + 2) &&
                              !a_.tokens[k + 2].in_quote && !In(kDeterminers, k + 2) && !Has(stance_holders_, k + 2) &&
                              !In(kNumbers, k + 2);
      // "Lee's claim that the levy is illegal", "his warning that fares
      // would rise": a noun of list claim-noun-cues before "that" and a
      // clause (not a relative "that" with its verb right after it: "the
      // claim that was rejected").
      const bool clause = !infinitive && LowIs(k + 1, "that") && Has(claim_noun_cues_, k) &&
                          (a_.tokens[k + 2].in_quote ||
                           (IsWord(k + 2) && !In(kCopulas, k + 2) && !In(kCueAuxiliaries, k + 2) &&
                            !Has(modals_, k + 2) && !In(kPronounsObject, k + 2)));
      if (!infinitive && !clause && !StanceNounCueAt(k)) continue;
      // The holder, with at most one modifier between it and the noun.
      size_t q = k - 1, cue_first = k;
      if (IsWord(q) && !Cap(q) && q > SentFirst(s) && !Has(stance_holders_, q) && !EndsWithPossessive(Tok(q)) &&
          !In(kDeterminers, q) && !In(kFunctionWords, q) && !In(kCopulas, q) && !In(kCueAuxiliaries, q)) {
        cue_first = q--;
      }
      if (!IsWord(q) || a_.tokens[q].in_quote) continue;
      size_t src_first = q;
      if (Has(stance_holders_, q)) {
        // (Checked below, as for a name.)
      } else if (Cap(q) && EndsWithPossessive(Tok(q)) && !StrippedIn(kPronouns, q) && !StrippedIn(kFunctionWords, q) &&
                 !StrippedIn(kDeterminers, q)) {
        // (Not a pronoun or a function word with a clitic: "It’s", "There’s".)
        // The capitalized run the possessive closes ("Sen. Bernie Sanders’",
        // "Mr. Cruz's"), with a definite article before it ("the NRA's").
        while (src_first > SentFirst(s) && q - src_first < 6) {
          const size_t p = src_first - 1;
          if (AbbreviationPeriod(p) && p > SentFirst(s)) {
            src_first = p - 1;
          } else if (IsWord(p) && Cap(p) && !a_.tokens[p].in_quote && !EndsWithPossessive(Tok(p))) {
            src_first = p;
          } else {
            break;
          }
        }
        // (Not "that" opening a clause: "… that Team Lee's claim …".)
        if (src_first > SentFirst(s) && Has(definite_determiners_, src_first - 1) &&
            !In(kComplementizers, src_first - 1)) {
          --src_first;
        }
      } else {
        continue;
      }
      // No verb governs the holder ("criticized Lee's decision to",
      // "threw her support behind": PolNeAR marks the verb, or nothing).
      if (src_first > SentFirst(s) && IsWord(src_first - 1) && !PrepositionAt(src_first - 1) &&
          !Has(noun_coordinators_, src_first - 1)) {
        continue;
      }
      // The content: what the preposition (or the infinitive) opens, up to
      // the end of its phrase, a verb after it, or a quote.
      const size_t b = infinitive || clause ? k + 1 : k + 2;
      const size_t last = SentEnd(s) - 1;
      if (b > last || !IsWord(b) || a_.tokens[b].in_quote) continue;
      if (clause) {
        // The clause "that" opens, up to where an indirect content ends;
        // the sentence's closing period stays out, a quote's marks in.
        size_t e = ContentEnd(b, last);
        while (e > b + 1 && !IsWord(e) && !a_.tokens[e].in_quote) --e;
        if (e <= b + 1) continue;
        const Span src{a_.tokens[src_first].span.begin, a_.tokens[q].span.end};
        const Span cue{a_.tokens[cue_first].span.begin, a_.tokens[k].span.end};
        const Span content{a_.tokens[b].span.begin, a_.tokens[e].span.end};
        if (!untaken(src.begin, content.end)) continue;
        add_stance(src, cue, content, s);
        k = e;
        continue;
      }
      size_t e = ObjectEnd(b, last);
      if (e == std::string::npos || e < b) continue;
      for (size_t t = b + 1; t <= e; ++t) {
        if (a_.tokens[t].in_quote || (IsWord(t) && (In(kCopulas, t) || In(kCueAuxiliaries, t)))) {
          e = t - 1;
          break;
        }
      }
      while (e > b && !IsWord(e)) --e;
      if (infinitive && e == b) continue;
      const Span src{a_.tokens[src_first].span.begin, a_.tokens[q].span.end};
      const Span cue{a_.tokens[cue_first].span.begin, a_.tokens[infinitive ? k : k + 1].span.end};
      const Span content{a_.tokens[b].span.begin, a_.tokens[e].span.end};
      if (!untaken(src.begin, content.end)) continue;
      add_stance(src, cue, content, s);
      k = e;
    }
  }

  // "Lee said that “harbor people” “do a fantastic job. And it is so
  // important.”": a quote that runs on past a sentence break gave its cue
  // two attributions, one per sentence, the second's content holding the
  // first's. One cue and one source make one attribution: of two with the
  // same cue span and source, the one whose contents lie within the
  // other's extent is dropped (its source mention kept when the other has
  // none). Quotes are re-linked by content afterwards; the sources' counts
  // are recounted by DropSilentSources.
  void MergeSameCue() {
    std::map<std::pair<size_t, int>, size_t> seen;  // (cue start, source id) -> attribution
    std::vector<bool> drop(r_.attributions.size(), false);
    auto extent = [](const Attribution& a) {
      Span e{SIZE_MAX, 0};
      for (const auto& c : a.content) {
        e.begin = std::min(e.begin, c.location.span.begin);
        e.end = std::max(e.end, c.location.span.end);
      }
      return e;
    };
    bool any = false;
    for (size_t i = 0; i < r_.attributions.size(); ++i) {
      Attribution& at = r_.attributions[i];
      if (!at.cue || at.source_id < 0 || at.content.empty() || at.kind == AttributionKind::kStance) continue;
      auto [it, fresh] = seen.try_emplace({at.cue->location.span.begin, at.source_id}, i);
      if (fresh) continue;
      Attribution& other = r_.attributions[it->second];
      if (other.cue->location.span.end != at.cue->location.span.end) continue;
      const Span x = extent(other), y = extent(at);
      const bool at_inside = y.begin >= x.begin && y.end <= x.end;
      const bool other_inside = x.begin >= y.begin && x.end <= y.end;
      if (!at_inside && !other_inside) continue;
      Attribution& keep = at_inside ? other : at;
      Attribution& gone = at_inside ? at : other;
      if (!keep.source && gone.source) keep.source = gone.source;
      if (keep.kind == AttributionKind::kIndirect && gone.kind != AttributionKind::kIndirect) keep.kind = gone.kind;
      drop[at_inside ? i : it->second] = true;
      it->second = at_inside ? it->second : i;
      any = true;
    }
    if (!any) return;
    size_t w = 0;
    for (size_t i = 0; i < r_.attributions.size(); ++i) {
      if (drop[i]) continue;
      if (w != i) r_.attributions[w] = std::move(r_.attributions[i]);
      ++w;
    }
    r_.attributions.resize(w);
  }

  // "The deal is dead, the Courier reported, citing two officials": the
  // Courier's own attribution at the citation word, whose content is the
  // phrase cited (PolNeAR marks it so), next to the cited source's
  // attribution at the same word (CitedAttribution). It reports no claim:
  // the claim is the Courier's "reported" and the officials' "citing"
  // (docs/scoring.md, "Cited sources").
  bool CitingAct(const Attribution& at) const {
    if (!at.cue || at.kind != AttributionKind::kIndirect) return false;
    auto it = cited_at_cue_.find(at.cue->location.span.begin);
    if (it == cited_at_cue_.end()) return false;
    for (const auto& part : at.content) {
      if (part.location.span.begin <= it->second && it->second < part.location.span.end) return true;
    }
    return false;
  }

  // Whether attribution `at` gives no information of its source's: a
  // refusal ("declined to comment"; list refusal-cues), an intention
  // ("plans to close the office"; list intent-cues), or a question put
  // by an unnamed asker or by nobody named (list question-cues). Scoring
  // reads the same lists (AttributionFacts::SourcesNothing).
  bool SourcesNothing(const Attribution& at) const {
    if (at.kind == AttributionKind::kStance) return true;  // NominalStances
    if (!at.cue) return false;
    if (CitingAct(at)) return true;
    const size_t b = TokenStartingAt(at.cue->location.span.begin);
    bool asking = false;
    for (size_t k = b; k < a_.tokens.size() && a_.tokens[k].span.begin < at.cue->location.span.end; ++k) {
      // An intention: the cue ends in a verb of intent ("plans", "would like").
      const bool last = k + 1 >= a_.tokens.size() || a_.tokens[k + 1].span.begin >= at.cue->location.span.end;
      if (RefusalAt(k, last ? k : k + 1)) return true;
      if (last && IntentWordAt(k)) return true;
      asking = asking || Has(question_cues_, k);
    }
    if (!asking) return false;
    const Source* s = r_.FindSource(at.source_id);
    return !s || (s->kind != SourceKind::kNamed && s->kind != SourceKind::kOrganization &&
                  s->kind != SourceKind::kDocument);
  }

  // A source whose every attribution sources nothing ("The ministry
  // declined to comment", "Reporters asked the mayor …") and who speaks no
  // quote is no source of the article: it is left out of sources[] and of
  // anonymous_sources (its attributions keep the mention as written, with
  // no source id), so it counts in no source total. A source that does
  // inform keeps every mention, the refusal's too ("A spokeswoman declined
  // to comment, saying …"), and counts only its informing attributions.
  // Ids are renumbered to stay 1..n.
  void DropSilentSources() {
    if (r_.sources.empty()) return;
    std::vector<bool> informs(r_.sources.size() + 1, false);
    std::vector<int> silent(r_.sources.size() + 1, 0);
    for (const auto& at : r_.attributions) {
      if (at.source_id <= 0 || static_cast<size_t>(at.source_id) > r_.sources.size()) continue;
      if (SourcesNothing(at)) {
        ++silent[static_cast<size_t>(at.source_id)];
      } else {
        informs[static_cast<size_t>(at.source_id)] = true;
      }
    }
    for (const auto& q : r_.quotes) {
      if (q.source_id > 0 && static_cast<size_t>(q.source_id) <= r_.sources.size()) informs[static_cast<size_t>(q.source_id)] = true;
    }
    std::vector<bool> listed(r_.sources.size() + 1, false);
    for (const auto& an : r_.anonymous_sources) {
      if (an.source_id > 0 && static_cast<size_t>(an.source_id) < listed.size()) listed[static_cast<size_t>(an.source_id)] = true;
    }
    // Each source's count is that of the attributions that refer to it and
    // inform (counted here, once every pass that adds or drops one is done).
    std::vector<int> informing(r_.sources.size() + 1, 0);
    for (const auto& at : r_.attributions) {
      if (at.source_id <= 0 || static_cast<size_t>(at.source_id) > r_.sources.size() || SourcesNothing(at)) continue;
      ++informing[static_cast<size_t>(at.source_id)];
    }
    for (auto& src : r_.sources) {
      const size_t id = static_cast<size_t>(src.id);
      if (id == 0 || id >= informing.size()) continue;
      src.attributions = informing[id];
      // No attribution asks or refuses. (A source that no attribution,
      // quote or anonymous mention refers to any more, its attributions
      // dropped by a later pass, is no source of the article.)
      if (silent[id] == 0 && (src.attributions > 0 || listed[id])) informs[id] = true;
    }
    bool added = false;
    for (const auto& an : silent_mentions_) {
      const size_t id = static_cast<size_t>(an.source_id);
      if (an.source_id <= 0 || id >= informs.size() || !informs[id] || listed[id]) continue;
      r_.anonymous_sources.push_back(an);
      added = true;
    }
    if (added) {
      std::sort(r_.anonymous_sources.begin(), r_.anonymous_sources.end(),
                [](const AnonymousSource& x, const AnonymousSource& y) {
                  return x.location.span.begin < y.location.span.begin;
                });
    }
    std::vector<int> new_id(r_.sources.size() + 1, -1);
    std::vector<Source> kept;
    kept.reserve(r_.sources.size());
    for (auto& src : r_.sources) {
      const size_t id = static_cast<size_t>(src.id);
      if (id == 0 || id >= informs.size() || !informs[id]) continue;
      kept.push_back(std::move(src));
      kept.back().id = static_cast<int>(kept.size());
      new_id[id] = kept.back().id;
    }
    if (kept.size() == r_.sources.size()) {
      r_.sources = std::move(kept);
      return;
    }
    auto remap = [&](int id) { return id > 0 && static_cast<size_t>(id) < new_id.size() ? new_id[static_cast<size_t>(id)] : -1; };
    for (auto& at : r_.attributions) at.source_id = remap(at.source_id);
    for (auto& q : r_.quotes) q.source_id = remap(q.source_id);
    for (auto& an : r_.anonymous_sources) an.source_id = remap(an.source_id);
    r_.sources = std::move(kept);
  }

  // Whether a quote closes its sentence: its words end with a period, a
  // question or an exclamation mark, or one of them (or the paragraph's end)
  // follows the closing mark.
  bool QuoteEndsSentence(const QuoteSpan& q) const {
    size_t e = q.inner.end;
    while (e > q.inner.begin && (w_[e - 1] == ' ' || w_[e - 1] == ',')) --e;
    if (e > q.inner.begin && (w_[e - 1] == '.' || w_[e - 1] == '!' || w_[e - 1] == '?')) return true;
    size_t k = q.outer.end;
    while (k < w_.size() && w_[k] == ' ') ++k;
    return k >= w_.size() || w_[k] == '\n' || w_[k] == '.' || w_[k] == '!' || w_[k] == '?';
  }

  // Whether a short quote inside the writer's sentence stands as the object
  // of the words around it, where PolNeAR marks it as a content though no
  // cue we know reports it: right after "of" or "against" ("an impassioned
  // defense of “New York values,”", "a broadside against “printing
  // money”"), after an "-ing" form or a verb of list document-cues set off
  // by a comma ("a hat reading, “Make Mexico Great Again”"), after a verb
  // of list artifact-verbs ("published ''Character Studies,''"), or
  // between a capitalized possessive and a lower-case noun it modifies
  // ("Romney’s “47 percent” comment"). English words; other languages have
  // none of them.
  bool QuoteIsObject(const QuoteSpan& q) const {
    const size_t k = TokenStartingAt(q.outer.begin);
    if (k == 0 || k > a_.tokens.size()) return false;
    const size_t b = k - 1;  // the token before the opening mark
    for (size_t x = a_.tokens[b].span.end; x < q.outer.begin; ++x) {
      if (w_[x] == '\n') return false;
    }
    if (IsWord(b) && (LowIs(b, "of") || LowIs(b, "against"))) return true;
    if (IsWord(b) && Has(artifact_verbs_, b)) return true;
    if (IsComma(b) && b > 0 && IsWord(b - 1) && !Cap(b - 1)) {
      const std::string& v = Low(b - 1);
      if ((v.size() > 4 && v.compare(v.size() - 3, 3, "ing") == 0) || In(kDocumentCues, b - 1)) return true;
    }
    if (IsWord(b) && Cap(b) && EndsWithPossessive(Tok(b)) && Tok(b).size() > 4) {
      const size_t a = TokenStartingAt(q.outer.end);
      if (a < a_.tokens.size() && IsWord(a) && !Cap(a) && !In(kFunctionWords, a) &&
          a_.tokens[a].sentence == a_.tokens[b].sentence) {
        return true;
      }
    }
    return false;
  }

  // The byte after "and" or "or" that follows byte `end` (spaces and a
  // comma allowed on either side of the word), or SIZE_MAX.
  size_t AfterCoordinator(size_t end) const {
    size_t k = end;
    auto spaces = [&] {
      while (k < w_.size() && w_[k] == ' ') ++k;
    };
    spaces();
    if (k < w_.size() && w_[k] == ',') ++k;
    spaces();
    size_t e = k;
    while (e < w_.size() && std::isalpha(static_cast<unsigned char>(w_[e]))) ++e;
    const std::string_view word(w_.data() + k, e - k);
    if (word != "and" && word != "or") return SIZE_MAX;
    k = e;
    spaces();
    if (k < w_.size() && w_[k] == ',') ++k;
    spaces();
    return k;
  }

  // Whether another quote is joined to quote `q` by "and" or "or" (a comma
  // allowed on either side): "shouting ''Get 'em out of here'' and ''Be
  // nice.''" is one content over both quotes (JoinCoordinatedQuotes), so
  // the first is no fragment alone.
  bool QuoteBeforeCoordinatedQuote(const QuoteSpan& q) const {
    const size_t k = AfterCoordinator(q.outer.end);
    if (k == SIZE_MAX) return false;
    for (const QuoteSpan& other : a_.quote_spans) {
      if (other.level == 1 && other.outer.begin == k) return true;
    }
    return false;
  }

  // Words of a quote: space-separated words, and for Chinese and Japanese
  // (no spaces) one word per two Han or kana characters.
  // The words of `text` (a CJK character is half a word), counted up to
  // `limit`: KindOfQuote only asks whether there are a few.
  static size_t CountWords(std::string_view text, size_t limit) {
    // ASCII letters and digits, as ICU's u_isalnum answers for them.
    static const auto* ascii_alnum = [] {
      auto* t = new bool[128];
      for (UChar32 c = 0; c < 128; ++c) t[c] = u_isalnum(c);
      return t;
    }();
    size_t words = 0, cjk = 0;
    bool in_word = false;
    int32_t i = 0, n = static_cast<int32_t>(text.size());
    while (i < n && words + (cjk + 1) / 2 < limit) {
      const unsigned char b = static_cast<unsigned char>(text[static_cast<size_t>(i)]);
      if (b < 0x80) {  // no script lookup: ASCII is never Han or kana
        ++i;
        bool space = b == ' ';
        if (!space && !in_word && ascii_alnum[b]) ++words;
        in_word = !space && ascii_alnum[b];
        continue;
      }
      UChar32 c;
      U8_NEXT(text.data(), i, n, c);
      UErrorCode err = U_ZERO_ERROR;
      UScriptCode sc = c >= 0 ? uscript_getScript(c, &err) : USCRIPT_COMMON;
      if (sc == USCRIPT_HAN || sc == USCRIPT_HIRAGANA || sc == USCRIPT_KATAKANA) {
        ++cjk;
        in_word = false;
        continue;
      }
      bool space = c == ' ';
      if (!space && !in_word && c >= 0 && u_isalnum(c)) ++words;
      in_word = !space && c >= 0 && u_isalnum(c);
    }
    return words + (cjk + 1) / 2;
  }

  // “Loud Nights in Small Towns”: a name in title case, two to eight words,
  // the first capitalized and every word of four letters or more too, except
  // a function word (“The Late Show with Stephen Colbert”); no sentence
  // inside.
  bool IsTitleCase(std::string_view text) const {
    const bool comma = text.find_last_not_of(' ') != std::string_view::npos && text[text.find_last_not_of(' ')] == ',';
    while (!text.empty() && (text.back() == ',' || text.back() == ' ')) text.remove_suffix(1);
    if (text.empty()) return false;
    size_t words = 0, capital_words = 0, long_words = 0;
    size_t i = 0;
    while (i < text.size()) {
      while (i < text.size() && text[i] == ' ') ++i;
      size_t b = i;
      while (i < text.size() && text[i] != ' ') ++i;
      if (i == b) break;
      std::string_view word = text.substr(b, i - b);
      // Past eight words the answer is no: the rest of a long quote is not read.
      if (++words > 8) return false;
      int32_t k = 0;
      UChar32 c;
      U8_NEXT(word.data(), k, static_cast<int32_t>(word.size()), c);
      if (c < 0 || !u_isalpha(c)) return false;
      bool cap = u_isupper(c);
      if (words == 1 && !cap) return false;
      const bool function_word = (KeyBits(word) & (uint64_t{1} << kFunctionWords)) != 0;
      // A word in lower case that is no function word or determiner ("But
      // Pete Wilson won,"): titles capitalize their verbs and nouns, however
      // short, so this is a sentence naming people, not a title. A word of
      // two letters ("Orange is the New Black") only in speech before its
      // tag, ending with a comma inside the marks ("Nusra is Al Qaeda,").
      if (!cap && !function_word && words > 1 && (KeyBits(word) & (uint64_t{1} << kDeterminers)) == 0 &&
          (comma || CountCodePoints(word) > 2)) {
        return false;
      }
      if (CountCodePoints(word) > 3 && (cap || !function_word)) {
        ++long_words;
        if (cap) ++capital_words;
      }
      char last = word.back();
      if (last == '.' || last == '!' || last == '?' || last == ':' || last == ';') return false;
    }
    return words >= 2 && words <= 8 && long_words >= 2 && capital_words == long_words;
  }

  // Whether quoted text ends as speech does: with a comma or a sentence's
  // end inside the marks.
  static bool EndsSpeech(std::string_view text) {
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.remove_suffix(1);
    for (std::string_view end : {",", ".", "!", "?", "\xE2\x80\xA6", "\xE3\x80\x82", "\xEF\xBC\x81",
                                 "\xEF\xBC\x9F", "\xEF\xBC\x8C"}) {
      if (text.size() >= end.size() && text.substr(text.size() - end.size()) == end) return true;
    }
    return false;
  }

  // “I think it happens,” Brandt told reporters, “but I've been wrong
  // before.”: the first part of the sentence the speech tag breaks, when `q`
  // is a later part: the quote before it in its sentence ends with a comma
  // inside its marks, and a cue and then a comma stand between the two.
  // Walks back over a chain of such parts (at most 8); nullptr: none.
  const QuoteSpan* FirstPartBeforeTag(const QuoteSpan& q) const {
    const auto& qs = a_.quote_spans;
    if (q.level != 1 || qs.empty() || &q < qs.data() || &q >= qs.data() + qs.size()) return nullptr;
    size_t qi = static_cast<size_t>(&q - qs.data());
    const QuoteSpan* part = nullptr;
    for (int steps = 0; steps < 8; ++steps) {
      size_t pi = qi;
      do {
        if (pi == 0) return part;
        --pi;
      } while (qs[pi].level != 1);
      const QuoteSpan& p = qs[pi];
      const QuoteSpan& cur = qs[qi];
      if (p.block != cur.block || SentenceOf(p.outer.begin) != SentenceOf(cur.outer.begin)) return part;
      size_t e = p.inner.end;
      while (e > p.inner.begin && w_[e - 1] == ' ') --e;
      if (e == p.inner.begin || w_[e - 1] != ',') return part;
      size_t c = cur.outer.begin;
      while (c > p.outer.end && w_[c - 1] == ' ') --c;
      if (c == p.outer.end || w_[c - 1] != ',') return part;
      bool cue = false;
      for (size_t t = TokenStartingAt(p.outer.end); t < a_.tokens.size() && a_.tokens[t].span.end <= c && !cue; ++t) {
        cue = cue_ends_[t];
      }
      if (!cue) return part;
      part = &p;
      qi = pi;
    }
    return part;
  }

  // 「必要な対策は実施する」と述べた: the quote is followed by a cue that
  // begins with the quotative particle と.
  bool QuotativeCueAfter(const QuoteSpan& q) const {
    const size_t after = TokenStartingAt(q.outer.end);
    if (after >= a_.tokens.size() || a_.tokens[after].span.begin != q.outer.end ||
        Tok(after) != "\xE3\x81\xA8") {  // と
      return false;
    }
    const int s = a_.tokens[after].sentence;
    for (size_t pi : pending_by_sentence_[static_cast<size_t>(s)]) {
      if (pending_[pi].cue.first == after) return true;
    }
    return false;
  }

  // Whether quote `q` (its words `text`) is a nickname set inside a
  // person's name: one to three words, each capitalised, no end
  // punctuation, with a capitalised word right before the opening mark and
  // right after the closing one, a space on each side ("John “Tig”
  // Tiegen"). Not speech: no one said it.
  bool NicknameInName(const QuoteSpan& q, std::string_view text) const {
    if (text.empty() || text.size() > 40) return false;
    size_t words = 0;
    for (size_t i = 0; i < text.size();) {
      while (i < text.size() && text[i] == ' ') ++i;
      const size_t b = i;
      while (i < text.size() && text[i] != ' ') ++i;
      if (i == b) break;
      if (++words > 3) return false;
      int32_t k = 0;
      UChar32 c;
      U8_NEXT(text.data() + b, k, static_cast<int32_t>(i - b), c);
      if (c < 0 || !u_isupper(c)) return false;
      const char last = text[i - 1];
      if (last == '.' || last == ',' || last == '!' || last == '?' || last == ':' || last == ';') return false;
    }
    if (words == 0) return false;
    const size_t after = TokenStartingAt(q.outer.end);
    if (after >= a_.tokens.size() || !IsWord(after) || !Cap(after) || a_.tokens[after].in_quote ||
        a_.tokens[after].span.begin != q.outer.end + 1 || w_[q.outer.end] != ' ') {
      return false;
    }
    const size_t opening = TokenStartingAt(q.outer.begin);
    if (opening == 0 || opening > a_.tokens.size()) return false;
    const size_t before = opening - 1;
    return IsWord(before) && Cap(before) && !a_.tokens[before].in_quote &&
           a_.tokens[before].span.end + 1 == q.outer.begin && w_[q.outer.begin - 1] == ' ' &&
           a_.tokens[before].sentence == a_.tokens[after].sentence;
  }

  // Whether a cue of the quote's sentence starts at the first token after
  // the closing mark.
  // Whether a cue's first word follows the quote's closing mark after a
  // comma ("„…“, sagte sie").
  bool CueAfterComma(const QuoteSpan& q) const {
    const size_t after = TokenStartingAt(q.outer.end);
    if (after + 1 >= a_.tokens.size() || !IsComma(after)) return false;
    const int s = a_.tokens[after + 1].sentence;
    for (size_t pi : pending_by_sentence_[static_cast<size_t>(s)]) {
      if (pending_[pi].cue.first == after + 1) return true;
    }
    return false;
  }

  bool CueRightAfter(const QuoteSpan& q) const {
    const size_t after = TokenStartingAt(q.outer.end);
    if (after >= a_.tokens.size()) return false;
    const int s = a_.tokens[after].sentence;
    for (size_t pi : pending_by_sentence_[static_cast<size_t>(s)]) {
      if (pending_[pi].cue.first == after) return true;
    }
    return false;
  }

  // Whether `text` is a date or a figure and nothing else: words made of
  // digits, currency signs and separators ("$5", "2024-05-01", "15%", "3.5"),
  // at least one of them, and words of the lists figure-words ("million",
  // "percent", "bn") and months ("May 1, 2024"); trailing punctuation aside.
  bool FigureAlone(std::string_view text) const {
    bool digit = false;
    size_t i = 0;
    while (i < text.size()) {
      while (i < text.size() && text[i] == ' ') ++i;
      size_t j = i;
      while (j < text.size() && text[j] != ' ') ++j;
      if (j == i) break;
      std::string_view word = text.substr(i, j - i);
      i = j;
      while (!word.empty() && std::strchr(".,;:!?", word.back()) != nullptr) word.remove_suffix(1);
      if (word.empty()) continue;
      // Digits with separators and signs, then letters the lists know ("5bn", "1990s").
      size_t k = 0;
      bool has_digit = false;
      while (k < word.size()) {
        const unsigned char c = static_cast<unsigned char>(word[k]);
        if (std::isdigit(c)) {
          has_digit = true;
          ++k;
        } else if (std::strchr("$.,:/%+-", word[k]) != nullptr) {
          ++k;
        } else if (word.compare(k, 3, "\xE2\x82\xAC") == 0) {  // €
          k += 3;
        } else if (word.compare(k, 2, "\xC2\xA3") == 0 || word.compare(k, 2, "\xC2\xA5") == 0) {  // £ ¥
          k += 2;
        } else {
          break;
        }
      }
      if (has_digit) {
        digit = true;
        if (k == word.size() || figure_words_.count(Key(word.substr(k)))) continue;
        return false;
      }
      if (k != 0) return false;
      const std::string key = Key(word);
      if (!figure_words_.count(key) && !months_.count(key)) return false;
    }
    return digit;
  }

  QuoteKind KindOfQuote(const QuoteSpan& q, bool attributed, bool follow_tag = true) const {
    std::string_view text(w_.data() + q.inner.begin, q.inner.size());
    // Titles: after a title noun ("the book “…”", "titled “…”").
    int s = SentenceOf(q.outer.begin);
    // The last token of the sentence before the quote that is outside quotes
    // (from a per-token index: a walk back over a chain of quotes was
    // quadratic).
    size_t before = SIZE_MAX;
    const size_t at = std::min(TokenStartingAt(q.outer.begin), SentEnd(s));
    if (at > SentFirst(s)) {
      const size_t k = last_outside_[at - 1];
      if (k != SIZE_MAX && k >= SentFirst(s) && a_.tokens[k].span.end <= q.outer.begin) before = k;
    }
    size_t tl;
    int32_t tk = 0;
    UChar32 tfirst;
    U8_NEXT(text.data(), tk, static_cast<int32_t>(text.size()), tfirst);
    (void)tl;
    bool upper_start = tfirst >= 0 && u_isupper(tfirst);
    if (before != SIZE_MAX && In(kTitleNouns, before) && upper_start) return QuoteKind::kTitle;
    // "a video titled, “Scam.”", "entitled: “…”": a comma or colon after a
    // participle of list title-nouns ("titled", "entitled") still opens the
    // title.
    if (before != SIZE_MAX && upper_start && before > SentFirst(s) && (IsComma(before) || Tok(before) == ":") &&
        IsWord(before - 1) && !Cap(before - 1) && !a_.tokens[before - 1].in_quote && In(kTitleNouns, before - 1) &&
        Low(before - 1).ends_with("ed")) {
      return QuoteKind::kTitle;
    }
    if (NamesAWork(q)) return QuoteKind::kTitle;  // "NBC’s “Today”
    // Chinese and Japanese: a title noun right before the mark
    // ("報告書『地域公共交通の将来像』", "题为「…」").
    if (before != SIZE_MAX && Cjk(before) && a_.tokens[before].span.end == q.outer.begin) {
      const size_t end = a_.tokens[before].span.end;
      const size_t from = std::max(a_.sentences[static_cast<size_t>(s)].span.begin, end >= 24 ? end - 24 : 0);
      if (EndsWithEntry(w_.substr(from, end - from), "title-nouns", nullptr)) return QuoteKind::kTitle;
    }
    // A date or a figure alone in marks (“2024”, “$5 million”, "15%"): no speech.
    if (FigureAlone(text)) return QuoteKind::kScare;
    // A nickname inside a name: John “Tig” Tiegen, Joaquín “El Chapo” Guzmán.
    if (NicknameInName(q, text)) return QuoteKind::kScare;
    // ("„Die Bahn ist ein Sanierungsfall“, sagte …": where every noun is
    // capitalized, a sentence looks like a title; quoted before a comma and
    // its cue it is speech.)
    if (IsTitleCase(text) && !(nouns_capitalized_ && CueAfterComma(q))) return QuoteKind::kTitle;
    if (OutletTitleQuote(q) >= 0) return QuoteKind::kTitle;  // "сообщили «Ведомости»"
    size_t words = CountWords(text, 5);  // compared with at most 4 below
    // Speech of a clause or more.
    size_t l;
    int32_t k = 0;
    UChar32 first;
    U8_NEXT(text.data(), k, static_cast<int32_t>(text.size()), first);
    (void)l;
    bool starts_upper = first >= 0 && (u_isupper(first) || u_isdigit(first) || !u_isalpha(first) ||
                                       u_charType(first) == U_OTHER_LETTER);
    bool fragment_position = false;
    if (before != SIZE_MAX && IsWord(before) && !In(kParticipleCues, before)) {
      // Inside the writer's sentence: "brand US tariffs as “evil”".
      fragment_position = !cue_ends_[before];
    }
    if (!attributed) {
      // "on “The View” and on “The Late Show with Stephen Colbert.”": a
      // name in title case inside the writer's sentence, with the
      // sentence's period inside the marks (American style), is a title.
      if (fragment_position && text.size() > 1 && text.back() == '.' &&
          IsTitleCase(text.substr(0, text.size() - 1))) {
        return QuoteKind::kTitle;
      }
      if (words <= 4 && (fragment_position || !starts_upper)) return QuoteKind::kScare;
      if (words <= 2) return QuoteKind::kScare;
      return q.continues || starts_upper ? QuoteKind::kDirect : QuoteKind::kPartial;
    }
    // Speech quoted whole before a quotative cue, whatever word stands
    // before its mark (記者会見で「…」と述べた).
    if (starts_upper && QuotativeCueAfter(q)) return QuoteKind::kDirect;
    // "“Three words here” said Ann Lee.": speech that opens its sentence
    // with the cue right after the closing mark, no comma between, is what
    // the cue reports, whole: direct however short.
    if (starts_upper && before == SIZE_MAX && CueRightAfter(q)) return QuoteKind::kDirect;
    // The speech going on after its tag, in lower case: as direct (or not)
    // as the sentence's first part.
    if (follow_tag && !starts_upper) {
      if (const QuoteSpan* first_part = FirstPartBeforeTag(q)) return KindOfQuote(*first_part, attributed, false);
    }
    if (words >= 4 && starts_upper && !fragment_position) return QuoteKind::kDirect;
    // "“We will win,” said Bob Lee", "“Fine,” he said": a short sentence
    // quoted whole (a capital, and a comma or a sentence's end inside the
    // marks) is a direct quote, not a fragment.
    if (starts_upper && !fragment_position && words >= 1 && EndsSpeech(text)) return QuoteKind::kDirect;
    // « C'est inacceptable », a réagi …; 「交渉は続ける」と語った: where the
    // comma (or the Japanese quotative と) stands outside the marks.
    if (starts_upper && !fragment_position && words >= 1) {
      const size_t after = TokenStartingAt(q.outer.end);
      if (after < a_.tokens.size() && a_.tokens[after].sentence == s &&
          (IsComma(after) || IsDash(after) || Tok(after) == "\xE3\x81\xA8")) {  // と
        return QuoteKind::kDirect;
      }
    }
    if (fragment_position || words < 4 || !starts_upper) return QuoteKind::kPartial;
    return QuoteKind::kDirect;
  }

  Analysis& a_;
  AuditResult& r_;
  const std::string& w_;
  const LanguagePack& pack_;
  std::vector<size_t> sent_first_, sent_end_;
  std::vector<RegisteredName> registry_;
  std::vector<std::pair<size_t, std::string>> person_mentions_;  // (offset, canonical), in order
  std::vector<PendingAttribution> pending_;
  // The conjuncts ShowCoordinatedSource showed before a source mention
  // ("Ana Ruiz and Tom Hale said": "Ana Ruiz"), in text order, keyed by
  // where the shown span and the mention begin (JoinCoordinatedSource).
  // Out of PendingAttribution, which few cues with a coordination would grow.
  std::map<std::pair<size_t, size_t>, std::vector<Mention>> coordinations_;
  // The joint sources a person's source is part of (JoinCoordinatedSource),
  // by source index: a quote the joint attribution's content holds is held
  // for the person too.
  std::map<int, std::vector<int>> joints_of_;
  // The members of each joint source (by source index), in order: the
  // member's canonical name and the role its conjunct gave, if any
  // (JoinCoordinatedSource, JointSource; JointSourceRoles reads them).
  std::map<int, std::vector<std::pair<std::string, std::string>>> joint_members_;
  std::vector<size_t> first_cue_end_;
  // Looked up once: HeadKey runs for every candidate head noun.
  const std::vector<std::string>& head_suffixes_;
  // The entries of list anonymity-asides as words, split once per article:
  // SkipLeft asks for them between almost every source and its cue.
  const std::vector<std::vector<std::string_view>> anonymity_asides_ = SplitWords(pack_.List("anonymity-asides"));
  // The entries of list inverted-cue-asides as words ("de son côté").
  const WordSet& inversion_prepositions_ = pack_.Words("inversion-prepositions");
  const std::vector<std::vector<std::string_view>> inverted_cue_asides_ =
      SplitWords(pack_.List("inverted-cue-asides"));
  // List role-synonyms ("governor:gov."), looked up once: role matching asks
  // it for every pair of a role noun and a named person.
  const std::vector<std::string>& role_synonyms_ = pack_.List("role-synonyms");
  const WordSet& sole_offices_ = pack_.Words("sole-offices");
  std::set<int> headline_sources_;  // unnamed sources a headline brought in
  // The entries of list own-reporting as words (OwnReportingAt).
  const std::vector<std::vector<std::string_view>> own_reporting_ = SplitWords(pack_.List("own-reporting"));
  // AnonymityPhrases, per sentence, filled when first asked.
  mutable std::vector<std::vector<Span>> anonymity_phrases_;
  mutable std::vector<bool> anonymity_phrases_done_;
  // InAnonymousPhrase: whether the pack has a phrase rule of role
  // `anonymous`, and that role's matches per sentence, filled when first asked.
  const bool has_anonymous_phrases_ =
      std::any_of(pack_.phrases.begin(), pack_.phrases.end(),
                  [](const PhraseRule& r) { return r.role == PhraseRole::kAnonymous; });
  mutable std::vector<std::optional<std::vector<Span>>> anonymous_phrases_;
  std::vector<Mention> cited_;  // FindCitedSources: unnamed sources cited, resolved
  // Per entry of cited_: the token of the citation word ("citing", "Berufung"),
  // SIZE_MAX for a subject of a request for anonymity.
  std::vector<size_t> cited_by_;
  // Per cited source's attribution (CitedAttribution): its cue's start, and
  // the start of the phrase cited (CitingAct).
  std::unordered_map<size_t, size_t> cited_at_cue_;
  // Lists read by a few constructions only, resolved once per article.
  const WordSet& separable_particles_ = pack_.Words("separable-particles");
  const WordSet& cue_insertions_ = pack_.Words("cue-insertions");
  const WordSet& addressee_prepositions_ = pack_.Words("addressee-prepositions");
  const WordSet& elided_articles_ = pack_.Words("elided-articles");
  const WordSet& back_reference_openers_ = pack_.Words("back-reference-openers");
  const WordSet& same_words_ = pack_.Words("same-words");
  const WordSet& addressee_words_ = pack_.Words("addressee-words");
  const WordSet& title_linkers_ = pack_.Words("title-linkers");  // ja "の" (ClassifyCjk)
  // SplitName asks for every capitalized run whether it names a state.
  const WordSet& place_qualifiers_ = pack_.Words("place-qualifiers");
  const WordSet& determiners_ = pack_.Words("determiners");
  const WordSet& office_epithets_ = pack_.Words("office-epithets");
  const WordSet& office_subordinates_ = pack_.Words("office-subordinates");
  const WordSet& vague_report_words_ = pack_.Words("vague-report-words");
  const WordSet& sole_office_modifiers_ = pack_.Words("sole-office-modifiers");
  const WordSet& non_source_heads_ = pack_.Words("non-source-heads");
  const WordSet& evidence_cues_ = pack_.Words("evidence-cues");
  const WordSet& party_heads_ = pack_.Words("party-heads");
  const WordSet& group_member_words_ = pack_.Words("group-member-words");
  const WordSet& generic_person_heads_ = pack_.Words("generic-person-heads");
  const WordSet& group_member_pronouns_ = pack_.Words("group-member-pronouns");
  const WordSet& epithet_heads_ = pack_.Words("epithet-heads");
  const WordSet& role_determiners_ = pack_.Words("role-determiners");
  const std::vector<std::string>& party_words_ = pack_.List("party-words");
  const WordSet& title_complements_ = pack_.Words("title-complements");
  const WordSet& definite_determiners_ = pack_.Words("definite-determiners");
  const WordSet& cue_aspect_verbs_ = pack_.Words("cue-aspect-verbs");
  const WordSet& cue_sequence_verbs_ = pack_.Words("cue-sequence-verbs");
  const WordSet& causative_verbs_ = pack_.Words("causative-verbs");
  const WordSet& source_labels_ = pack_.Words("source-labels");
  const WordSet& signature_openers_ = pack_.Words("signature-openers");
  const WordSet& citation_links_ = pack_.Words("citation-links");
  const WordSet& negations_ = pack_.Words("negations");
  const WordSet& negated_subjects_ = pack_.Words("negated-subjects");
  const WordSet& subordinators_ = pack_.Words("subordinators");
  const WordSet& quote_resumers_ = pack_.Words("quote-resumers");
  const WordSet& prepositional_participles_ = pack_.Words("prepositional-participles");
  const WordSet& stance_nouns_ = pack_.Words("stance-nouns");
  const WordSet& plural_suffixes_ = pack_.Words("plural-suffixes");
  const WordSet& adverb_suffixes_ = pack_.Words("adverb-suffixes");
  const WordSet& role_verbs_ = pack_.Words("role-verbs");
  const WordSet& person_relatives_ = pack_.Words("person-relatives");
  const WordSet& thing_relatives_ = pack_.Words("thing-relatives");
  const WordSet& modals_ = pack_.Words("modals");
  const WordSet& past_forms_ = pack_.Words("past-forms");
  const WordSet& locative_openers_ = pack_.Words("locative-openers");
  const WordSet& name_suffixes_ = pack_.Words("name-suffixes");
  const WordSet& figure_words_ = pack_.Words("figure-words");
  const WordSet& months_ = pack_.Words("months");
  const WordSet& question_cues_ = pack_.Words("question-cues");
  const WordSet& refusal_cues_ = pack_.Words("refusal-cues");
  const WordSet& hedge_cues_ = pack_.Words("hedge-cues");
  const WordSet& naming_cues_ = pack_.Words("naming-cues");
  const WordSet& intent_cues_ = pack_.Words("intent-cues");
  const WordSet& stance_noun_cues_ = pack_.Words("stance-noun-cues");
  const WordSet& intent_noun_cues_ = pack_.Words("intent-noun-cues");
  const WordSet& claim_noun_cues_ = pack_.Words("claim-noun-cues");
  const WordSet& stance_holders_ = pack_.Words("stance-holders");
  // Unnamed mentions of a question's asker or a refusing party, listed as
  // anonymous sources only if their source informs and is listed nowhere else.
  std::vector<AnonymousSource> silent_mentions_;
  const WordSet& question_openers_ = pack_.Words("question-openers");
  const WordSet& object_clitics_ = pack_.Words("object-clitics");
  const WordSet& quote_back_references_ = pack_.Words("quote-back-references");
  const WordSet& source_prepositions_ = pack_.Words("source-prepositions");
  const WordSet& gerund_prepositions_ = pack_.Words("gerund-prepositions");
  const WordSet& source_after_verbs_ = pack_.Words("source-after-verbs");
  const WordSet& source_after_pronouns_ = pack_.Words("source-after-pronouns");
  const WordSet& impersonal_subjects_ = pack_.Words("impersonal-subjects");
  const WordSet& bare_source_heads_ = pack_.Words("bare-source-heads");
  const WordSet& document_cue_compounds_ = pack_.Words("document-cue-compounds");
  const WordSet& noun_coordinators_ = pack_.Words("noun-coordinators");
  const WordSet& appositive_openers_ = pack_.Words("appositive-openers");
  const WordSet& dash_remark_openers_ = pack_.Words("dash-remark-openers");
  const WordSet& comma_remark_openers_ = pack_.Words("comma-remark-openers");
  const WordSet& comma_background_openers_ = pack_.Words("comma-background-openers");
  const WordSet& cues_question_addressee_ = pack_.Words("cues-question-addressee");
  const WordSet& content_relatives_ = pack_.Words("content-relatives");
  const WordSet& free_relatives_ = pack_.Words("free-relatives");
  const WordSet& possessive_pronouns_ = pack_.Words("possessive-pronouns");
  const WordSet& standard_heads_ = pack_.Words("standard-heads");
  const WordSet& condition_inverters_ = pack_.Words("condition-inverters");
  const WordSet& comma_postmodifiers_ = pack_.Words("comma-postmodifiers");
  const WordSet& agent_prepositions_ = pack_.Words("agent-prepositions");
  const WordSet& abbreviations_ = pack_.Words("abbreviations");
  const WordSet& cue_states_ = pack_.Words("cue-states");
  const WordSet& auxiliary_adverbs_ = pack_.Words("auxiliary-adverbs");
  const WordSet& floating_quantifiers_ = pack_.Words("floating-quantifiers");
  const WordSet& poll_prepositions_ = pack_.Words("poll-prepositions");
  const WordSet& poll_heads_ = pack_.Words("poll-heads");
  const WordSet& poll_respondents_ = pack_.Words("poll-respondents");
  const WordSet& poll_stance_cues_ = pack_.Words("poll-stance-cues");
  const WordSet& interjected_words_ = pack_.Words("interjected-words");
  const WordSet& place_adverbs_ = pack_.Words("place-adverbs");
  const WordSet& modifier_participles_ = pack_.Words("modifier-participles");
  const WordSet& oblique_particles_ = pack_.Words("oblique-particles");
  const WordSet& weekdays_ = pack_.Words("weekdays");
  const WordSet& clause_cues_ = pack_.Words("clause-cues");
  const WordSet& reported_speech_markers_ = pack_.Words("reported-speech-markers");
  const WordSet& cues_without_preposition_ = pack_.Words("cues-without-preposition");
  const WordSet& cue_prepositions_ = pack_.Words("cue-prepositions");
  const WordSet& cue_manner_nouns_reported_ = pack_.Words("cue-manner-nouns-reported");
  const WordSet& artifact_verbs_ = pack_.Words("artifact-verbs");
  const WordSet& artifact_nouns_ = pack_.Words("artifact-nouns");
  const WordSet& quote_tail_cues_ = pack_.Words("quote-tail-cues");
  // List orthography: "nouns-capitalized" (German) turns off the readings
  // that take a capitalized word at a sentence's start for no name.
  const bool nouns_capitalized_ = pack_.Words("orthography").count("nouns-capitalized") > 0;
  const bool gender_compounds_ = !pack_.List("gender-suffixes").empty();  // (WordGender)
  const bool genitive_postmodifiers_ = pack_.Words("orthography").count("genitive-postmodifiers") > 0;
  const bool case_inflected_names_ = pack_.Words("orthography").count("case-inflected-names") > 0;
  const bool no_articles_ = pack_.Words("orthography").count("no-articles") > 0;
  const bool adjectives_after_nouns_ = pack_.Words("orthography").count("adjectives-after-nouns") > 0;
  CueEntry dash_cue_;
  CueEntry tail_cue_;
  CueEntry colon_cue_;
  CueEntry poll_cue_;
  std::vector<bool> relative_subject_cue_;  // by token: a cue whose subject holds a relative clause
  std::map<std::string, int> by_key_;
  std::map<int, size_t> last_person_at_;
  std::set<int> disagreeing_;  // sources a gendered pronoun being resolved cannot stand for (GenderedAntecedent)
  std::map<int, char> gender_of_;  // 'f' or 'm': a gendered pronoun used of the source before
  // Set while GenderedAntecedent resolves a gendered pronoun ("he", "she"):
  // only such a pronoun goes back to a bare surname (PronounAntecedent).
  bool gendered_pronoun_ = false;
  // SourceGender's lookups, filled on first use: the gendered title
  // ("Mrs.") before some occurrence of a name or surname in the text (0:
  // none). (Lists gender-words and given-names are the pack's tables.)
  mutable std::unordered_map<std::string, char, StringHash, std::equal_to<>> title_gender_;
  // TitledInText's answers (plain, was) by name and office.
  mutable std::map<std::pair<std::string, std::string>, std::pair<bool, bool>> titled_in_text_;
  mutable std::string gender_key_;  // SourceGender's reused buffer for a key
  mutable std::string split_name_key_;  // SplitName's reused buffer for the name's key
  mutable std::unique_ptr<OccurrenceIndex> occurrences_;  // SourceGender's, of w_, built on first use
  mutable std::string scratch_key_;  // KeyBits' reused buffer
  // StanceNounCueAt's: what the entries of list stance-noun-cues have after
  // each of their spaces (views into the pack's list; filled on first use),
  // and the buffer a pair of words is spelled out in.
  mutable std::vector<std::string_view> stance_noun_tails_;
  mutable bool stance_noun_tails_ready_ = false;
  mutable uint64_t stance_noun_tail_lengths_ = 0;                // bit n: some tail has n bytes (n < 64)
  mutable bool stance_noun_long_tail_ = false;                    // some tail has 64 bytes or more
  mutable std::array<bool, 256> stance_noun_tail_firsts_{};      // the first bytes of the tails
  mutable std::vector<int8_t> intent_word_at_;                   // IntentWordAt per token; -1 not yet asked
  mutable std::string scratch_pair_;
  std::map<int, size_t> epithet_at_;  // unnamed sources made from a definite epithet with no antecedent: last mention
  int first_poll_sentence_ = -2;     // PollMentionedBy: -2 not looked for yet, -1 no poll in the article
  std::map<int, size_t> unnamed_mentioned_at_;  // where each unnamed source was last mentioned (ResolveAnaphor)
  std::set<int> groups_with_member_;  // unnamed groups that "one" of them spoke for (MemberOfGroup)
  std::map<int, size_t> unnamed_person_at_;  // singular unnamed persons who spoke (UnnamedPerson)
  bool note_persons_ = true;  // Resolve records persons in last_person_at_ (not for a question's asker)
  std::vector<std::string> source_heads_;
  std::vector<int> quote_attr_, quote_source_;
  std::map<int, int> continuation_of_;
  // A quote with no speaker that goes on with a quote whose cue's source is
  // unresolved: the pending attribution it joins.
  std::map<int, int> unresolved_continuation_;
  mutable std::vector<int8_t> title_cased_;  // per sentence: -1 unknown, 0, 1
  std::vector<std::string> keys_;             // per token: Key(Tok(i))
  std::vector<uint64_t> bits_;                // per token: pack_.ListBits(keys_[i])
  std::vector<uint32_t> spelling_;            // per token: the first token spelled as it is
  static constexpr size_t kNoKeyHash = SIZE_MAX;
  mutable std::vector<size_t> key_hashes_;    // by spelling_: StringHash of the key (KeyHash)
  std::vector<bool> cue_starts_;              // per token: a cue starts here
  std::vector<bool> in_cue_;                  // per token: inside a cue
  std::vector<size_t> last_outside_;          // per token: the last token at or before it outside quotes
  std::vector<bool> cue_ends_;                // per token: a cue ends here
  std::set<std::string> registry_names_;  // the names in registry_
  // The names of organisations the article writes as capitalized runs
  // (SplitName: an organisation head, an organisation noun before the
  // name), no place's and no registered person's (OrganizationName).
  std::set<std::string> organization_names_;
  mutable std::vector<bool> capitalized_inside_;  // by spelling_ (see CapitalizedInside)
  mutable bool capitalized_inside_built_ = false;
  mutable std::vector<int8_t> title_case_headline_;  // per sentence: -1 unknown, 0, 1
  mutable std::vector<bool> capitalized_in_body_;  // by spelling_ (see CapitalizedInBody)
  mutable bool capitalized_in_body_built_ = false;
  std::vector<DistinctName> names_;       // registry_'s distinct names, in order of first mention
  std::unordered_map<std::string_view, std::vector<uint32_t>> names_with_token_;  // token -> names_ indexes
  std::unordered_set<std::string_view> surnames_;  // last words of the registered names of two words or more
  std::vector<std::vector<size_t>> pending_by_sentence_;  // per sentence: indexes into pending_ (text order)
  std::set<size_t> subject_of_;
  std::vector<std::optional<std::vector<PersonRun>>> person_runs_;  // per sentence, filled by PersonRuns
  std::set<size_t> echo_of_;  // quotes that repeat words of an attributed quote
  std::set<size_t> clause_subject_of_;  // quotes in a coordinated clause of a known person
};

// Reads spans of the article as text of their own: one pass over copies of
// the text and the working text with everything outside `spans` blanked
// (offsets stay those of the article), each span a block.
AuditResult ReadSpansAlone(const Analysis& a, const std::vector<Span>& spans) {
  Analysis part;
  part.document = a.document;
  part.pack = a.pack;
  part.language = a.language;
  part.text = a.text;
  part.work.assign(a.work.size(), ' ');
  for (const Span& o : spans) {
    part.work.replace(o.begin, o.size(), a.work, o.begin, o.size());
    Block b;
    b.span = o;
    part.blocks.push_back(b);
  }
  Segment(part);
  FindQuotes(part);
  AuditResult out;
  Attributor(part, out).Run();
  return out;
}

// Adds a copy of `is` (a source of another reading) to `r`, with no
// mentions, quotes or attributions yet; returns its id. Not listed among
// the anonymous sources: an unnamed person a speaker quotes ("my doctor told
// me") is that speaker's source, not the newsroom's.
int AddSourceCopy(AuditResult& r, const Source& is) {
  Source ns = is;
  ns.id = static_cast<int>(r.sources.size()) + 1;
  ns.mentions = 0;
  ns.quotes = 0;
  ns.attributions = 0;
  r.sources.push_back(std::move(ns));
  return r.sources.back().id;
}

// The id of the last source of `r` with the name and kind of `is` (a
// source of another reading), or -1. A named source of one word there
// ("Secretary Clinton thinks …" read inside a quote, where the article's
// "Hillary Clinton" is not registered) is the one named source of `r`
// whose name ends in that word; with two such ("Bill Clinton", "Hillary
// Clinton") it is neither.
int FindSourceLike(const AuditResult& r, const Source& is) {
  int id = -1;
  for (const auto& src : r.sources) {
    if (src.name == is.name && src.kind == is.kind) id = src.id;
  }
  if (id >= 0 || is.kind != SourceKind::kNamed || is.name.empty() || is.name.find(' ') != std::string::npos) {
    return id;
  }
  const std::string tail = " " + is.name;
  int matches = 0;
  for (const auto& src : r.sources) {
    if (src.kind == SourceKind::kNamed && src.name.size() > tail.size() &&
        src.name.compare(src.name.size() - tail.size(), tail.size(), tail) == 0) {
      id = src.id;
      ++matches;
    }
  }
  return matches == 1 ? id : -1;
}

// Quote `q` of `r` takes a copy of attribution `ia` (of another reading),
// given to source `id`, which counts one more mention and attribution.
void AttachAttribution(AuditResult& r, Quote& q, const Attribution& ia, int id) {
  Source& src = r.sources[static_cast<size_t>(id - 1)];
  ++src.mentions;
  Attribution at = ia;
  at.source_id = id;
  q.attribution = static_cast<int>(r.attributions.size());
  r.attributions.push_back(std::move(at));
  ++src.attributions;
}

// A quote inside a quote that is a report carrying its own attribution:
// Seldova's "«Очередная выдумка. "Старомир будет …, сообщило агентство
// Meridian Wire, сославшись на …". …»", or “‘The ferry will close in May,
// the ministry said.’ That is not true.” The words of each inner quote still
// without a speaker are read as text of their own; a cue there whose source
// is written out (no pronoun: inside a quote it has nothing to refer back
// to) and whose content opens the quote gives the quote its speaker and its
// attribution.
void AttributeSelfAttributedQuotes(Analysis& a, AuditResult& r) {
  std::map<size_t, size_t> unattributed;  // inner begin -> index into r.quotes
  for (size_t i = 0; i < r.quotes.size(); ++i) {
    if (r.quotes[i].source_id < 0 && r.quotes[i].speech()) unattributed[r.quotes[i].location.span.begin] = i;
  }
  std::vector<Span> spans;
  for (const QuoteSpan& q : a.quote_spans) {
    if (q.level >= 2 && q.inner.size() > 0 && unattributed.count(q.inner.begin) && spans.size() < 64) {
      spans.push_back(q.inner);
    }
  }
  if (spans.empty()) return;
  AuditResult ir = ReadSpansAlone(a, spans);
  const LanguagePack& pack = *a.pack;
  const uint64_t kPronounLists = (uint64_t{1} << kPronouns) | (uint64_t{1} << kPronounsSubject);
  for (const Attribution& ia : ir.attributions) {
    if (!ia.source || !ia.cue || ia.content.empty() || ia.source_id < 1) continue;
    if ((pack.ListBits(Key(ia.source->text)) & kPronounLists) != 0) continue;
    const Span* quote = nullptr;
    for (const Span& sp : spans) {
      if (sp.begin <= ia.cue->location.span.begin && ia.cue->location.span.end <= sp.end) quote = &sp;
    }
    if (!quote || ia.source->location.span.begin < quote->begin || ia.source->location.span.end > quote->end) continue;
    // The content opens the quote: nothing but spaces and marks before it.
    bool opens = ia.content.front().location.span.begin >= quote->begin;
    for (size_t k = quote->begin; opens && k < ia.content.front().location.span.begin; ++k) {
      const char c = a.work[k];
      opens = c == ' ' || c == '"' || c == '\'' || static_cast<unsigned char>(c) >= 0x80;
    }
    if (!opens || ia.content.front().location.span.begin - quote->begin > 8) continue;
    Quote& q = r.quotes[unattributed[quote->begin]];
    if (q.source_id >= 0) continue;
    const Source& is = ir.sources[static_cast<size_t>(ia.source_id - 1)];
    int id = FindSourceLike(r, is);
    if (id < 0) id = AddSourceCopy(r, is);
    Source& src = r.sources[static_cast<size_t>(id - 1)];
    q.source_id = id;
    q.speaker = src.name;
    q.speaker_kind = src.kind;
    q.cue = ia.cue->text;
    ++src.quotes;
    AttachAttribution(r, q, ia, id);
  }
}

// Quotes inside quotes ("Meu médico olhou para mim e disse: 'Ou você para
// agora'", "La ministra nos dijo en julio: “Esta vez va en serio”"): the
// speaker of an inner quote is found by reading the outer quotes' words as
// text of their own. One more pass over copies of the text and the working
// text with everything outside those outer quotes blanked (offsets stay
// those of the article), so it costs one pass whatever the number of
// quotes; an inner quote that pass attributes takes its speaker, cue and
// attribution. Deeper levels are not read again.
// Whether the words of outer quote `oq` before inner quote `q`, within
// their sentence, hold a conditional opener (list conditional-openers: "If
// they ask ‘why now?’ we say ‘because’"): the inner quote is words the
// speaker would say, a hypothetical, not a second quote of their own.
bool HypotheticalBefore(const Analysis& a, const Quote& oq, const Quote& q) {
  const WordSet& openers = a.pack->Words("conditional-openers");
  if (openers.empty() || q.with_marks.begin <= oq.location.span.begin) return false;
  const std::string_view w(a.work);
  size_t from = oq.location.span.begin;
  for (size_t k = q.with_marks.begin; k > from; --k) {
    const char c = w[k - 1];
    if ((c == '.' || c == '?' || c == '!') && k < w.size() && w[k] == ' ') {
      // (A sentence end inside an earlier inner quote, "‘Why now?’ we
      // say", ends no sentence of the outer speaker's.)
      bool inner = false;
      for (const QuoteSpan& qs : a.quote_spans) {
        if (qs.level >= 2 && qs.outer.begin < k && k <= qs.outer.end && qs.outer.begin >= oq.location.span.begin) {
          inner = true;
          break;
        }
      }
      if (!inner) {
        from = k;
        break;
      }
    }
  }
  size_t i = from;
  while (i < q.with_marks.begin) {
    while (i < q.with_marks.begin && !std::isalpha(static_cast<unsigned char>(w[i]))) ++i;
    size_t e = i;
    while (e < q.with_marks.begin && std::isalpha(static_cast<unsigned char>(w[e]))) ++e;
    if (e > i && openers.count(Key(w.substr(i, e - i)))) return true;
    i = e;
  }
  return false;
}

void AttributeInnerQuotes(Analysis& a, AuditResult& r) {
  const auto& qs = a.quote_spans;
  // The level-1 quotes holding a level-2 one; not one holding more than 64
  // quotes (no article nests so much: text built to be hostile, which a
  // second reading would only slow down).
  std::vector<Span> outers;
  int current = -1;  // the last level-1 quote
  size_t inside = 0;  // quotes of any deeper level inside it
  bool has_inner = false;
  auto close = [&]() {
    if (current >= 0 && has_inner && inside <= 64) outers.push_back(qs[static_cast<size_t>(current)].inner);
  };
  for (size_t i = 0; i < qs.size(); ++i) {
    if (qs[i].level == 1) {
      close();
      current = static_cast<int>(i);
      inside = 0;
      has_inner = false;
      continue;
    }
    if (current < 0) continue;
    const Span outer = qs[static_cast<size_t>(current)].inner;
    if (qs[i].outer.begin < outer.begin || qs[i].outer.end > outer.end) continue;
    ++inside;
    if (qs[i].level == 2) has_inner = true;
  }
  close();
  if (outers.empty()) return;
  std::map<size_t, size_t> unattributed;  // inner begin -> index into r.quotes
  for (size_t i = 0; i < r.quotes.size(); ++i) {
    if (r.quotes[i].source_id < 0) unattributed[r.quotes[i].location.span.begin] = i;
  }
  AuditResult ir = ReadSpansAlone(a, outers);
  const LanguagePack& pack = *a.pack;
  auto listed = [&](std::string_view word, uint64_t lists) { return (pack.ListBits(Key(word)) & lists) != 0; };
  const uint64_t kHeads = (uint64_t{1} << kPersonHeads) | (uint64_t{1} << kRoleNouns) |
                          (uint64_t{1} << kAnonymousHeads) | (uint64_t{1} << kOrganizationHeads);
  const uint64_t kPronounLists = (uint64_t{1} << kPronouns) | (uint64_t{1} << kPronounsSubject);
  const WordSet& first_person = pack.Words("pronouns-first-person");
  // Where each source of the article is first written (its first mention
  // or quote): a role phrase inside a quote refers back, never forward.
  std::vector<size_t> first_at(r.sources.size(), SIZE_MAX);
  auto note = [&](int id, size_t at) {
    if (id >= 1 && static_cast<size_t>(id) <= first_at.size()) {
      first_at[static_cast<size_t>(id - 1)] = std::min(first_at[static_cast<size_t>(id - 1)], at);
    }
  };
  for (const auto& at : r.attributions) {
    if (at.source) note(at.source_id, at.source->location.span.begin);
  }
  for (const auto& q : r.quotes) note(q.source_id, q.location.span.begin);
  // The outer result's quote `q` takes the inner reading `iq`'s cue and
  // kind, and source `id` (1-based) its speaker.
  auto GiveInnerQuote = [&r](Quote& q, const Quote& iq, int id) -> Source& {
    Source& s = r.sources[static_cast<size_t>(id - 1)];
    q.source_id = id;
    q.speaker = s.name;
    q.speaker_kind = s.kind;
    q.cue = iq.cue;
    q.kind = iq.kind;
    ++s.quotes;
    return s;
  };
  // The attributed level-1 quote around an inner span, if any.
  auto outer_quote = [&](const Span& inner_span) -> const Quote* {
    const Quote* best = nullptr;
    for (const auto& oq : r.quotes) {
      if (oq.source_id < 0 || oq.location.span.begin >= inner_span.begin || oq.location.span.end < inner_span.end) continue;
      if (!best || oq.location.span.begin > best->location.span.begin) best = &oq;
    }
    return best;
  };
  for (const Quote& iq : ir.quotes) {
    auto it = unattributed.find(iq.location.span.begin);
    if (it == unattributed.end()) continue;
    // "I said to them at halftime, 'If you play like this …'" inside
    // Dunne's quote, "Wir haben gesagt: ›…‹" inside Brandes's: an inner
    // quote the speaker introduces as their own words (a first-person
    // subject, list pronouns-first-person) is that speaker's.
    if (iq.source_id < 0 && iq.speech() && !iq.cue.empty() && iq.attribution >= 0) {
      const Attribution& fa = ir.attributions[static_cast<size_t>(iq.attribution)];
      Quote& q = r.quotes[it->second];
      const Quote* oq = outer_quote(q.location.span);
      if (fa.source && first_person.count(Key(fa.source->text)) && oq && q.speech() &&
          q.location.span.end == iq.location.span.end && !HypotheticalBefore(a, *oq, q)) {
        GiveInnerQuote(q, iq, oq->source_id);
        continue;
      }
    }
    // Otherwise only a quote with its own cue and a speaker written out:
    // within a quote a pronoun has nothing to refer back to.
    if (iq.source_id < 0 || !iq.speech() || iq.cue.empty() || iq.attribution < 0) continue;
    Quote& q = r.quotes[it->second];
    // "「首相は『丁寧に説明する』と話していた」と明らかにした": a Japanese
    // inner quote in 『』 was kept as a scare quote; read alone it has its
    // own cue and speaker, and is speech.
    const bool cjk_inner = q.kind == QuoteKind::kScare && q.with_marks.size() >= 3 &&
                           a.work.compare(q.with_marks.begin, 3, "\xE3\x80\x8E") == 0;  // 『
    if (q.location.span.end != iq.location.span.end || (!q.speech() && !cjk_inner)) continue;
    const Attribution& ia = ir.attributions[static_cast<size_t>(iq.attribution)];
    if (!ia.source || ia.source->text.find(' ') == std::string::npos) {
      if (!ia.source || listed(ia.source->text, kPronounLists)) continue;
    }
    const Source& is = ir.sources[static_cast<size_t>(iq.source_id - 1)];
    if (is.kind == SourceKind::kDescribed || is.kind == SourceKind::kAnonymous) {
      // An unnamed speaker is a noun phrase with a head noun the lists know
      // ("Meu médico", "La ministra"), not words read as one ("Other
      // countries just") nor a lone pronoun ("qualcuno ha detto: “…”").
      // The head noun ends the phrase, or opens it before a genitive
      // ("замначальника управления").
      // (CJK is written without spaces: there the whole phrase is a listed
      // head or title, "首相".)
      const size_t sp = is.name.rfind(' ');
      const bool cjk_head = sp == std::string::npos && cjk_inner &&
                            listed(is.name, kHeads | (uint64_t{1} << kTitles));
      if (!cjk_head && (sp == std::string::npos || (!listed(is.name.substr(sp + 1), kHeads) &&
                                                     !listed(is.name.substr(0, is.name.find(' ')), kHeads)))) {
        continue;
      }
    }
    int id = FindSourceLike(r, is);
    // "La ministra nos dijo: “…”" inside a quote, with "La ministra de
    // Vivienda, Carmen Ibarrola" named in the article: a definite role
    // phrase is the one named source whose role has that head noun.
    if (id < 0 && is.kind != SourceKind::kNamed) {
      const size_t first_space = is.name.find(' ');
      const size_t last_space = is.name.rfind(' ');
      if (first_space != std::string::npos &&
          listed(std::string_view(is.name).substr(0, first_space), uint64_t{1} << kDefiniteDeterminers)) {
        const std::string head = Key(std::string_view(is.name).substr(last_space + 1));
        int match = -1;
        int matches = 0;
        for (const auto& s : r.sources) {
          if (s.kind != SourceKind::kNamed) continue;
          // "The governor told me, ‘…’" before "A spokeswoman for the
          // governor, Emily Hart," is not hers.
          const size_t si = static_cast<size_t>(s.id - 1);
          if (si >= first_at.size() || first_at[si] >= q.location.span.begin) continue;
          bool has = false;
          for (const auto& role : s.roles) {
            size_t at = 0;
            while (!has && at < role.size()) {
              size_t e = role.find(' ', at);
              if (e == std::string::npos) e = role.size();
              has = Key(std::string_view(role).substr(at, e - at)) == head;
              at = e + 1;
            }
          }
          if (has) {
            match = s.id;
            ++matches;
          }
        }
        if (matches == 1) id = match;
      }
    }
    if (id < 0) id = AddSourceCopy(r, is);
    GiveInnerQuote(q, iq, id);
    AttachAttribution(r, q, ia, id);
  }
}

// A quote still without a speaker that lies within the reported speech of
// an attribution with a source: “One officer said the detectives would be
// ‘livid’ if no charges follow because ‘earlier cases went ahead on less’”,
// “He called it ‘a mistake’ and ‘a betrayal’”. The content the engine read
// for that attribution holds the quote, so the quote is part of what the
// source is reported to have said and takes that source (never an
// addressee: the content never holds the object of the cue). A quote held
// by another quote is left to MarkQuotesInsideQuotes; scare quotes and
// titles are not speech and stay as they are; an attribution left out of
// the counts (a refusal, a question, a stance) gives nothing.
void AttributeQuotesInsideContent(AuditResult& r) {
  // (In O(n log n) over quotes and content spans: an article of 200,000
  // short quotes must not take quadratic time.)
  // A quote is held by another when some quote starts before it (or at it
  // and ends after it) and ends at or after its end: in (begin, -end)
  // order, the greatest end before the quotes of the same span says so.
  std::vector<size_t> order(r.quotes.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto span_of = [&](size_t i) -> const Span& { return r.quotes[i].with_marks; };
  std::sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    const Span &a = span_of(x), &b = span_of(y);
    return a.begin != b.begin ? a.begin < b.begin : (a.end != b.end ? a.end > b.end : x < y);
  });
  std::vector<bool> held(r.quotes.size(), false);
  size_t max_end_before = 0;
  bool any_before = false;
  for (size_t g = 0; g < order.size();) {
    size_t h = g;
    const Span& sg = span_of(order[g]);
    while (h < order.size() && span_of(order[h]).begin == sg.begin && span_of(order[h]).end == sg.end) ++h;
    for (size_t t = g; t < h; ++t) held[order[t]] = any_before && max_end_before >= sg.end;
    max_end_before = any_before ? std::max(max_end_before, sg.end) : sg.end;
    any_before = true;
    g = h;
  }
  // The content spans of the attributions that may give their source, by
  // their start; swept with the quotes in order of start, the smallest
  // span that holds the quote wins (the first attribution on a tie).
  struct ContentSpan {
    size_t begin, end, attribution;
  };
  std::vector<ContentSpan> spans;
  for (size_t k = 0; k < r.attributions.size(); ++k) {
    const Attribution& at = r.attributions[k];
    if (at.source_id < 1 || static_cast<size_t>(at.source_id) > r.sources.size() || !at.counted || !at.source ||
        at.kind == AttributionKind::kStance) {
      continue;
    }
    for (const TextRef& c : at.content) spans.push_back({c.location.span.begin, c.location.span.end, k});
  }
  std::sort(spans.begin(), spans.end(), [](const ContentSpan& a, const ContentSpan& b) { return a.begin < b.begin; });
  // Open spans by (size, attribution, end).
  std::set<std::tuple<size_t, size_t, size_t>> open;
  size_t next_span = 0;
  for (size_t i : order) {
    Quote& q = r.quotes[i];
    if (!q.unattributed() || q.in_headline || held[i]) continue;
    while (next_span < spans.size() && spans[next_span].begin <= q.with_marks.begin) {
      const ContentSpan& c = spans[next_span++];
      open.emplace(c.end - c.begin, c.attribution, c.end);
    }
    int best = -1;
    for (auto it = open.begin(); it != open.end();) {
      const size_t span_end = std::get<2>(*it);
      if (span_end < q.with_marks.begin) {  // ends before this quote and every later one
        it = open.erase(it);
        continue;
      }
      if (q.with_marks.end <= span_end) {
        best = static_cast<int>(std::get<1>(*it));
        break;
      }
      ++it;
    }
    if (best < 0) continue;
    const Attribution& at = r.attributions[static_cast<size_t>(best)];
    Source& s = r.sources[static_cast<size_t>(at.source_id - 1)];
    q.source_id = at.source_id;
    q.speaker = s.name;
    q.speaker_kind = s.kind;
    q.cue = at.cue ? at.cue->text : std::string();
    q.attribution = best;
    ++s.quotes;
  }
}

// A quote inside an attributed quote that is still without a speaker (“He
// told me ‘we will never sign’ and left,” Smith said): words the outer
// speaker reports as part of their own account, not an unattributed quote
// of the article. It keeps no speaker of its own and is marked as inside
// the quote of the outer speaker (of the nearest quote around it that has
// a speaker or is itself so marked).
void MarkQuotesInsideQuotes(const Analysis& a, AuditResult& r) {
  std::map<size_t, int> level;  // inner begin -> nesting level
  for (const QuoteSpan& q : a.quote_spans) level.emplace(q.inner.begin, q.level);
  constexpr size_t kLookBack = 64;  // quotes before it that may hold it
  for (size_t i = 0; i < r.quotes.size(); ++i) {
    Quote& q = r.quotes[i];
    if (q.source_id >= 0) continue;
    const auto it = level.find(q.location.span.begin);
    if (it == level.end() || it->second < 2) continue;
    for (size_t k = i; k-- > 0 && i - k <= kLookBack;) {
      const Quote& o = r.quotes[k];
      if (o.with_marks.begin > q.with_marks.begin || o.with_marks.end < q.with_marks.end) continue;
      if (o.source_id >= 0) {
        q.inside_quote_of = o.source_id;
        break;
      }
      if (o.inside_quote_of >= 0) {
        q.inside_quote_of = o.inside_quote_of;
        break;
      }
    }
  }
}

}  // namespace

std::string TokenKey(std::string_view s) { return Key(s); }

std::string TokenKeyByIcu(std::string_view s) {
  std::string out;
  UnifyApostrophes(LowerUtf8(s), &out);
  return out;
}

void Attribute(Analysis& a, AuditResult& result) {
  Attributor(a, result).Run();
  AttributeInnerQuotes(a, result);
  AttributeSelfAttributedQuotes(a, result);
  AttributeQuotesInsideContent(result);
  MarkQuotesInsideQuotes(a, result);
}

}  // namespace onrecord
