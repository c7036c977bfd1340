// Conjugators for cue lemma lists (see conjugate.h and docs/rules.md).
#include "conjugate.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <unordered_set>

namespace onrecord {

namespace {

using Forms = std::vector<std::string>;

// Third-person forms of one verb. Each slot may hold spelling variants.
struct Parts {
  Forms pres3s, pres3p, imp3s, imp3p, past3s, past3p, fut3s, fut3p, cond3s, cond3p, pp;
  Forms pluperfect3s;  // Portuguese simple pluperfect (dissera)
};

bool Ends(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}
std::string Cut(std::string_view s, size_t n) { return std::string(s.substr(0, s.size() - n)); }
Forms Suffixed(const Forms& stems, std::string_view suffix) {
  Forms out;
  for (const auto& s : stems) out.push_back(s + std::string(suffix));
  return out;
}
bool AsciiVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }
bool AsciiLetter(char c) { return c >= 'a' && c <= 'z'; }

// ----------------------------------------------------------------- French

// Stems of a regular -er verb before a mute e (present, future): "relève",
// "répète", "rappelle", "emploie"; the first is the usual spelling.
Forms FrMuteStems(const std::string& stem, bool* future_keeps_infinitive) {
  *future_keeps_infinitive = false;
  if (Ends(stem, "oy") || Ends(stem, "uy")) return {Cut(stem, 1) + "i"};
  if (Ends(stem, "ay")) return {Cut(stem, 1) + "i", stem};
  size_t c = 0;
  while (c < stem.size() && AsciiLetter(stem[stem.size() - 1 - c]) && !AsciiVowel(stem[stem.size() - 1 - c])) ++c;
  if (c == 0 || c == stem.size()) return {stem};
  std::string_view before(stem.data(), stem.size() - c);
  std::string tail = stem.substr(stem.size() - c);
  if (Ends(before, "é")) {  // répéter: répète, répétera or répètera
    *future_keeps_infinitive = true;
    return {Cut(before, 2) + "è" + tail};
  }
  if (c == 1 && Ends(before, "e") && before.size() >= 2 && !AsciiVowel(before[before.size() - 2])) {
    if ((tail == "l" && Ends(stem, "appel")) || (tail == "t" && Ends(stem, "jet"))) return {stem + tail};
    return {Cut(before, 1) + "è" + tail};  // relever: relève; marteler: martèle
  }
  return {stem};
}

const char* const kFrIrregularIr[] = {"enir", "vrir", "frir", "llir", "courir", "quérir", "mourir", "fuir",
                                      "dormir", "mentir", "sentir", "partir", "sortir", "servir", "vêtir"};

void DeriveFr(const std::string& inf, Parts* p) {
  if (Ends(inf, "er") && inf.size() > 2 && inf != "aller") {
    std::string stem = Cut(inf, 2);
    std::string soft = stem;  // before a or o
    if (Ends(stem, "c")) soft = Cut(stem, 1) + "ç";
    if (Ends(stem, "g")) soft = stem + "e";
    bool both = false;
    Forms mute = FrMuteStems(stem, &both);
    p->pres3s = Suffixed(mute, "e");
    p->pres3p = Suffixed(mute, "ent");
    p->imp3s = {soft + "ait"};
    p->past3s = {soft + "a"};
    p->past3p = {stem + "èrent"};
    Forms fut = mute.front() == stem ? Forms{inf} : Suffixed(mute, "er");
    if (both) fut.insert(fut.begin(), inf);
    p->fut3s = Suffixed(fut, "a");
    p->pp = {stem + "é"};
    return;
  }
  if (Ends(inf, "ir") && inf.size() > 2) {
    for (const char* e : kFrIrregularIr) {
      if (Ends(inf, e)) return;
    }
    std::string s = Cut(inf, 2);  // finir: finit, finissent
    p->pres3s = {s + "it"};
    p->pres3p = {s + "issent"};
    p->imp3s = {s + "issait"};
    p->past3s = {s + "it"};
    p->past3p = {s + "irent"};
    p->fut3s = {inf + "a"};
    p->pp = {s + "i"};
    return;
  }
  if (Ends(inf, "dre") && !Ends(inf, "indre") && !Ends(inf, "soudre") && !Ends(inf, "prendre")) {
    std::string s = Cut(inf, 2);  // répondre: répond, répondent
    p->pres3s = {s};
    p->pres3p = {s + "ent"};
    p->imp3s = {s + "ait"};
    p->past3s = {s + "it"};
    p->past3p = {s + "irent"};
    p->fut3s = {Cut(inf, 1) + "a"};
    p->pp = {s + "u"};
  }
}

std::optional<std::string> FrPastPlural(const std::string& sg) {
  if (Ends(sg, "ça")) return Cut(sg, 3) + "cèrent";
  if (Ends(sg, "ea") && sg.size() > 2 && sg[sg.size() - 3] == 'g') return Cut(sg, 2) + "èrent";
  if (Ends(sg, "a")) return Cut(sg, 1) + "èrent";
  if (Ends(sg, "int")) return Cut(sg, 1) + "rent";  // tint: tinrent
  if (Ends(sg, "it") || Ends(sg, "ut")) return Cut(sg, 1) + "rent";
  return std::nullopt;
}

bool FrStartsWithVowel(std::string_view w) {
  if (w.empty()) return false;
  if (AsciiVowel(w[0]) || w[0] == 'h') return true;
  for (std::string_view v : {"é", "è", "ê", "â", "î", "ô"}) {
    if (w.substr(0, v.size()) == v) return true;
  }
  return false;
}

// "dit-il", "ajoute-t-elle", "disent-ils".
Forms FrInverted(const std::string& form, bool plural) {
  if (plural) return {form + "-ils", form + "-elles"};
  bool vowel = !form.empty() && (AsciiVowel(form.back()) || Ends(form, "é"));
  std::string sep = vowel ? "-t-" : "-";
  return {form + sep + "il", form + sep + "elle", form + sep + "on"};
}

void EmitFr(const Parts& p, bool reflexive, Forms* out) {
  auto refl = [&](const std::string& f) {
    if (!reflexive) return f;
    return FrStartsWithVowel(f) ? "s'" + f : "se " + f;
  };
  for (const Forms* slot : {&p.pres3s, &p.imp3s, &p.past3s, &p.fut3s, &p.cond3s}) {
    for (const auto& f : *slot) {
      out->push_back(refl(f));
      for (const auto& inv : FrInverted(f, false)) out->push_back(refl(inv));
    }
  }
  for (const Forms* slot : {&p.pres3p, &p.imp3p, &p.past3p, &p.fut3p, &p.cond3p}) {
    for (const auto& f : *slot) {
      out->push_back(refl(f));
      for (const auto& inv : FrInverted(f, true)) out->push_back(refl(inv));
    }
  }
  for (const auto& pp : p.pp) {
    if (!reflexive) {
      for (const char* aux : {"a", "avait", "aurait"}) {
        out->push_back(std::string(aux) + " " + pp);
        for (const auto& inv : FrInverted(aux, false)) out->push_back(inv + " " + pp);
      }
      for (const char* aux : {"ont", "avaient", "auraient"}) {
        out->push_back(std::string(aux) + " " + pp);
        for (const auto& inv : FrInverted(aux, true)) out->push_back(inv + " " + pp);
      }
      continue;
    }
    // Reflexive verbs take être, and the participle agrees with the subject.
    const std::string fem = pp + "e";
    const std::string mpl = Ends(pp, "s") ? pp : pp + "s";
    const std::string fpl = pp + "es";
    for (const char* aux : {"est", "était", "serait"}) {
      const std::string a = refl(aux);
      out->push_back(a + " " + pp);
      out->push_back(a + " " + fem);
      const std::string sep = Ends(aux, "t") ? "-" : "-t-";
      out->push_back(a + sep + "il " + pp);
      out->push_back(a + sep + "elle " + fem);
      out->push_back(a + sep + "on " + pp);
    }
    for (const char* aux : {"sont", "étaient", "seraient"}) {
      const std::string a = refl(aux);
      out->push_back(a + " " + mpl);
      out->push_back(a + " " + fpl);
      out->push_back(a + "-ils " + mpl);
      out->push_back(a + "-elles " + fpl);
    }
  }
}

// ---------------------------------------------------------------- Spanish

void DeriveEs(const std::string& inf, Parts* p) {
  std::string s = Cut(inf, 2);
  if (Ends(inf, "ar")) {
    p->pres3s = {s + "a"};
    p->pres3p = {s + "an"};
    p->imp3s = {s + "aba"};
    p->past3s = {s + "ó"};
    p->past3p = {s + "aron"};
    p->pp = {s + "ado"};
  } else if (Ends(inf, "er") || Ends(inf, "ir")) {
    bool vowel = !s.empty() && AsciiVowel(s.back());  // leer: leyó, leído
    p->pres3s = {s + "e"};
    p->pres3p = {s + "en"};
    p->imp3s = {s + "ía"};
    p->past3s = {s + (vowel ? "yó" : "ió")};
    p->past3p = {s + (vowel ? "yeron" : "ieron")};
    p->pp = {s + (vowel ? "ído" : "ido")};
  } else {
    return;
  }
  p->fut3s = {inf + "á"};
}

std::optional<std::string> EsPastPlural(const std::string& sg) {
  if (Ends(sg, "yó")) return Cut(sg, 3) + "yeron";
  if (Ends(sg, "ió")) return Cut(sg, 3) + "ieron";
  if (Ends(sg, "ó")) return Cut(sg, 2) + "aron";
  if (Ends(sg, "jo")) return Cut(sg, 1) + "eron";                  // dijo: dijeron
  if (Ends(sg, "zo")) return Cut(sg, 2) + "cieron";                // hizo: hicieron
  if (Ends(sg, "o")) return Cut(sg, 1) + "ieron";                  // sostuvo: sostuvieron
  return std::nullopt;
}

void EmitSimpleAndCompound(const Parts& p, const std::vector<const char*>& aux_sg,
                           const std::vector<const char*>& aux_pl, Forms* out) {
  for (const Forms* slot : {&p.pres3s, &p.pres3p, &p.imp3s, &p.imp3p, &p.past3s, &p.past3p, &p.fut3s,
                            &p.fut3p, &p.cond3s, &p.cond3p, &p.pluperfect3s}) {
    out->insert(out->end(), slot->begin(), slot->end());
  }
  for (const auto& pp : p.pp) {
    for (const char* a : aux_sg) out->push_back(std::string(a) + " " + pp);
    for (const char* a : aux_pl) out->push_back(std::string(a) + " " + pp);
  }
}

// ---------------------------------------------------------------- Italian

void DeriveIt(const std::string& inf, Parts* p) {
  std::string s = Cut(inf, 3);
  if (s.empty()) return;
  if (Ends(inf, "are")) {
    std::string f = s;  // future stem: spiegherà, annuncerà
    if (Ends(s, "c") || Ends(s, "g")) f = s + "h";
    if (Ends(s, "ci") || Ends(s, "gi")) f = Cut(s, 1);
    p->pres3s = {s + "a"};
    p->pres3p = {s + "ano"};
    p->imp3s = {s + "ava"};
    p->past3s = {s + "ò"};
    p->past3p = {s + "arono"};
    p->fut3s = {f + "erà"};
    p->pp = {s + "ato"};
  } else if (Ends(inf, "ere")) {
    p->pres3s = {s + "e"};
    p->pres3p = {s + "ono"};
    p->imp3s = {s + "eva"};
    p->past3s = {s + "é", s + "ette"};
    p->past3p = {s + "erono", s + "ettero"};
    p->fut3s = {s + "erà"};
    p->pp = {s + "uto"};
  } else if (Ends(inf, "ire")) {
    p->pres3s = {s + "isce"};  // chiarire: chiarisce; give present= for avvertire (avverte)
    p->pres3p = {s + "iscono"};
    p->imp3s = {s + "iva"};
    p->past3s = {s + "ì"};
    p->past3p = {s + "irono"};
    p->fut3s = {s + "irà"};
    p->pp = {s + "ito"};
  }
}

std::optional<std::string> ItPastPlural(const std::string& sg) {
  if (Ends(sg, "ò")) return Cut(sg, 2) + "arono";
  if (Ends(sg, "ì")) return Cut(sg, 2) + "irono";
  if (Ends(sg, "é")) return Cut(sg, 2) + "erono";
  if (Ends(sg, "e")) return Cut(sg, 1) + "ero";  // disse: dissero; ammise: ammisero
  return std::nullopt;
}

void EmitIt(const Parts& p, bool reflexive, Forms* out) {
  if (!reflexive) {
    EmitSimpleAndCompound(p, {"ha", "aveva", "avrebbe"}, {"hanno", "avevano", "avrebbero"}, out);
    return;
  }
  Parts simple = p;
  simple.pp.clear();
  Forms plain;
  EmitSimpleAndCompound(simple, {}, {}, &plain);
  for (const auto& f : plain) out->push_back("si " + f);
  for (const auto& pp : p.pp) {
    const bool o = Ends(pp, "o");
    const std::string stem = o ? Cut(pp, 1) : pp;
    for (const char* a : {"si è", "si era", "si sarebbe"}) {
      out->push_back(std::string(a) + " " + pp);
      if (o) out->push_back(std::string(a) + " " + stem + "a");
    }
    for (const char* a : {"si sono", "si erano", "si sarebbero"}) {
      out->push_back(std::string(a) + " " + (o ? stem + "i" : pp));
      if (o) out->push_back(std::string(a) + " " + stem + "e");
    }
  }
}

// ------------------------------------------------------------- Portuguese

void DerivePt(const std::string& inf, Parts* p) {
  std::string s = Cut(inf, 2);
  if (s.empty()) return;
  if (Ends(inf, "ar")) {
    p->pres3s = {s + "a"};
    p->pres3p = {s + "am"};
    p->imp3s = {s + "ava"};
    p->past3s = {s + "ou"};
    p->past3p = {s + "aram"};
    p->pp = {s + "ado"};
  } else if (Ends(inf, "er")) {
    p->pres3s = {s + "e"};
    p->pres3p = {s + "em"};
    p->imp3s = {s + "ia"};
    p->past3s = {s + "eu"};
    p->past3p = {s + "eram"};
    p->pp = {s + "ido"};
  } else if (Ends(inf, "ir")) {
    bool vowel = AsciiVowel(s.back());  // concluir: conclui, concluía, concluído
    p->pres3s = {s + (vowel ? "i" : "e")};
    p->pres3p = {s + "em"};
    p->imp3s = {s + (vowel ? "ía" : "ia")};
    p->past3s = {s + "iu"};
    p->past3p = {s + (vowel ? "íram" : "iram")};
    p->pp = {s + (vowel ? "ído" : "ido")};
  } else {
    return;
  }
  p->fut3s = {inf + "á"};
}

std::optional<std::string> PtPastPlural(const std::string& sg) {
  if (Ends(sg, "ou")) return Cut(sg, 2) + "aram";
  if (Ends(sg, "eu")) return Cut(sg, 2) + "eram";
  if (Ends(sg, "iu")) return Cut(sg, 2) + "iram";
  return std::nullopt;
}

void EmitPt(const Parts& p, bool reflexive, Forms* out) {
  Forms plain;
  EmitSimpleAndCompound(p, {"tem", "tinha", "teria", "havia"}, {"têm", "tinham", "teriam", "haviam"}, &plain);
  if (!reflexive) {
    out->insert(out->end(), plain.begin(), plain.end());
    return;
  }
  for (const auto& f : plain) out->push_back("se " + f);  // se queixou (Brazil)
  for (const Forms* slot : {&p.pres3s, &p.pres3p, &p.imp3s, &p.imp3p, &p.past3s, &p.past3p, &p.pluperfect3s}) {
    for (const auto& f : *slot) out->push_back(f + "-se");  // queixou-se (Portugal)
  }
}

// ------------------------------------------------------------------ common

struct Lang {
  const char* code;
  const char* name;
  void (*derive)(const std::string&, Parts*);
  std::optional<std::string> (*past_plural)(const std::string&);
  const char* imperfect_plural_add;  // appended to the singular (fr: handled apart)
  const char* future_ending;         // what the future singular ends in
  const char* future_plural;
  const char* conditional;
  const char* conditional_plural;
};

const Lang kLangs[] = {
    {"fr", "French", DeriveFr, FrPastPlural, "", "a", "ont", "ait", "aient"},
    {"es", "Spanish", DeriveEs, EsPastPlural, "n", "á", "án", "ía", "ían"},
    {"it", "Italian", DeriveIt, ItPastPlural, "no", "à", "anno", "ebbe", "ebbero"},
    {"pt", "Portuguese", DerivePt, PtPastPlural, "m", "á", "ão", "ia", "iam"},
};

const Lang* FindLang(const std::string& code) {
  for (const Lang& l : kLangs) {
    if (code == l.code) return &l;
  }
  return nullptr;
}

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

struct Word {
  std::string text;
  size_t column;  // 1-based
};

// The verb of the line's first word(s), without its reflexive pronoun.
bool SplitReflexive(const Lang& lang, std::vector<Word>* words, bool* reflexive) {
  *reflexive = false;
  const std::string code = lang.code;
  Word& first = words->front();
  if (code == "fr") {
    if (first.text == "se" && words->size() > 1) {
      words->erase(words->begin());
      *reflexive = true;
    } else if (first.text.rfind("s'", 0) == 0 && first.text.size() > 2) {
      first.text = first.text.substr(2);
      first.column += 2;
      *reflexive = true;
    }
  } else if (code == "es") {
    if (Ends(first.text, "arse") || Ends(first.text, "erse") || Ends(first.text, "irse")) {
      first.text = Cut(first.text, 2);
      *reflexive = true;
    }
  } else if (code == "it") {
    if (Ends(first.text, "arsi") || Ends(first.text, "ersi") || Ends(first.text, "irsi")) {
      first.text = Cut(first.text, 2) + "e";
      *reflexive = true;
    }
  } else if (code == "pt") {
    if (Ends(first.text, "-se")) {
      first.text = Cut(first.text, 3);
      *reflexive = true;
    }
  }
  return true;
}

bool IsInfinitive(const Lang& lang, const std::string& w) {
  const std::string code = lang.code;
  if (code == "fr") return Ends(w, "er") || Ends(w, "ir") || Ends(w, "re") || Ends(w, "oir");
  if (code == "es") return Ends(w, "ar") || Ends(w, "er") || Ends(w, "ir") || Ends(w, "ír");
  if (code == "it") return Ends(w, "are") || Ends(w, "ere") || Ends(w, "ire") || Ends(w, "rre");
  return Ends(w, "ar") || Ends(w, "er") || Ends(w, "ir") || Ends(w, "or");
}

}  // namespace

bool HasConjugator(const std::string& lang) { return FindLang(lang) != nullptr; }

bool ExpandCueLemma(const std::string& code, std::string_view line, std::vector<std::string>* forms,
                    LemmaError* error) {
  const Lang* lang = FindLang(code);
  if (!lang) {
    *error = {1, "no conjugator for language '" + code + "' (cue lemma lists exist for fr, es, it, pt)"};
    return false;
  }
  // Words with their columns.
  std::vector<Word> words;
  for (size_t i = 0; i < line.size();) {
    if (line[i] == ' ' || line[i] == '\t') {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < line.size() && line[j] != ' ' && line[j] != '\t') ++j;
    words.push_back({LowerAscii(line.substr(i, j - i)), i + 1});
    i = j;
  }
  if (words.empty()) {
    *error = {1, "empty lemma line"};
    return false;
  }
  if (words.front().text.find('=') != std::string::npos) {
    *error = {words.front().column, "a lemma line starts with the infinitive, not 'key=form'"};
    return false;
  }
  bool reflexive = false;
  SplitReflexive(*lang, &words, &reflexive);
  const Word verb = words.front();
  if (!IsInfinitive(*lang, verb.text)) {
    *error = {verb.column, "'" + verb.text + "' is not a " + lang->name + " infinitive"};
    return false;
  }
  // Fixed words after the verb ("fare sapere"), then key=form pairs.
  std::string tail;
  std::map<std::string, std::pair<std::vector<std::string>, size_t>> keys;
  static const std::set<std::string> kKeys = {"present", "imperfect", "past", "future", "participle", "except"};
  std::set<std::string> except;
  for (size_t k = 1; k < words.size(); ++k) {
    const Word& w = words[k];
    size_t eq = w.text.find('=');
    if (eq == std::string::npos) {
      if (!keys.empty()) {
        *error = {w.column, "'" + w.text + "' after key=form pairs: fixed words follow the infinitive"};
        return false;
      }
      tail += " " + w.text;
      continue;
    }
    std::string key = w.text.substr(0, eq);
    if (!kKeys.count(key)) {
      *error = {w.column, "unknown key '" + key + "' (present, imperfect, past, future, participle or except)"};
      return false;
    }
    if (keys.count(key)) {
      *error = {w.column, "key '" + key + "' given twice"};
      return false;
    }
    std::vector<std::string> values;
    std::string value = w.text.substr(eq + 1);
    size_t b = 0;
    while (true) {
      size_t e = value.find(',', b);
      values.push_back(value.substr(b, e == std::string::npos ? std::string::npos : e - b));
      if (e == std::string::npos) break;
      b = e + 1;
    }
    const size_t value_column = w.column + eq + 1;
    if (key == "except") {  // forms left out: except=juge (a noun more often than a cue)
      for (size_t k2 = 0; k2 < values.size(); ++k2) {
        if (values[k2].empty()) {
          *error = {value_column, "'except=' takes forms separated by ','"};
          return false;
        }
        except.insert(values[k2]);
      }
      keys[key] = {values, value_column};
      continue;
    }
    const size_t max_values = key == "participle" || key == "future" ? 1 : 2;
    if (values.size() > max_values || std::any_of(values.begin(), values.end(), [](const std::string& v) { return v.empty(); })) {
      *error = {value_column, "'" + key + "=' takes " +
                                  (max_values == 1 ? std::string("one form") : std::string("a singular form and optionally ',plural'"))};
      return false;
    }
    if (key == "present" && values.size() != 2) {
      *error = {value_column, "'present=' takes the singular and the plural: present=3sg,3pl"};
      return false;
    }
    keys[key] = {values, value_column};
  }
  Parts p;
  lang->derive(verb.text, &p);
  const std::string code_s = lang->code;
  for (const auto& [key, entry] : keys) {
    const auto& [v, column] = entry;
    if (key == "present") {
      p.pres3s = {v[0]};
      p.pres3p = {v[1]};
    } else if (key == "imperfect") {
      p.imp3s = {v[0]};
      p.imp3p.clear();
      if (v.size() == 2) p.imp3p = {v[1]};
    } else if (key == "past") {
      p.past3s = {v[0]};
      p.past3p.clear();
      if (v.size() == 2) {
        p.past3p = {v[1]};
      } else if (auto pl = lang->past_plural(v[0])) {
        p.past3p = {*pl};
      } else {
        *error = {column, "cannot derive the plural of past '" + v[0] + "': write past=" + v[0] + ",plural"};
        return false;
      }
    } else if (key == "future") {
      if (!Ends(v[0], lang->future_ending)) {
        *error = {column, "future '" + v[0] + "' does not end in '" + lang->future_ending + "'"};
        return false;
      }
      p.fut3s = {v[0]};
    } else if (key == "participle") {
      p.pp = {v[0]};
    }
  }
  // Whatever the regular rules and the keys left empty makes the verb irregular.
  std::vector<std::string> missing;
  if (p.pres3s.empty()) missing.push_back("present=");
  if (p.imp3s.empty()) missing.push_back("imperfect=");
  if (p.past3s.empty()) missing.push_back("past=");
  if (p.fut3s.empty()) missing.push_back("future=");
  if (p.pp.empty()) missing.push_back("participle=");
  if (!missing.empty()) {
    std::string list;
    for (const auto& m : missing) list += (list.empty() ? "" : " ") + m;
    *error = {verb.column, "'" + verb.text + "' is not a regular " + lang->name + " verb: give " + list};
    return false;
  }
  // Plurals and the conditional from the forms above.
  if (p.imp3p.empty()) {
    for (const auto& f : p.imp3s) {
      p.imp3p.push_back(code_s == "fr" && Ends(f, "ait") ? Cut(f, 1) + "ent" : f + lang->imperfect_plural_add);
    }
  }
  if (p.past3p.empty()) {
    for (const auto& f : p.past3s) {
      if (auto pl = lang->past_plural(f)) p.past3p.push_back(*pl);
    }
  }
  const size_t fe = std::string_view(lang->future_ending).size();
  for (const auto& f : p.fut3s) {
    std::string stem = Cut(f, fe);
    p.fut3p.push_back(stem + lang->future_plural);
    p.cond3s.push_back(stem + lang->conditional);
    p.cond3p.push_back(stem + lang->conditional_plural);
  }
  if (code_s == "pt") {
    for (const auto& f : p.past3p) {
      if (Ends(f, "m")) p.pluperfect3s.push_back(Cut(f, 1));  // disseram: dissera
    }
  }
  Forms out;
  if (code_s == "fr") EmitFr(p, reflexive, &out);
  else if (code_s == "es") {
    Forms plain;
    EmitSimpleAndCompound(p, {"ha", "había", "habría"}, {"han", "habían", "habrían"}, &plain);
    for (const auto& f : plain) out.push_back(reflexive ? "se " + f : f);
  } else if (code_s == "it") EmitIt(p, reflexive, &out);
  else EmitPt(p, reflexive, &out);
  // Each form once, in the order made, the fixed words after it. The fixed
  // words are the same for every form, so a form is a repeat exactly when
  // it was made before without them: `seen` holds views of `out`, which is
  // not changed from here on (a hash set: 16 to 56 forms a line, 289 lines
  // in today's lemma lists, every one conjugated at load).
  std::unordered_set<std::string_view> seen;
  seen.reserve(out.size());
  for (const std::string& f : out) {
    if (!except.empty() && except.count(f)) continue;
    if (seen.insert(f).second) forms->push_back(f + tail);
  }
  return true;
}

}  // namespace onrecord
