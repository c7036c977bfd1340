// Wrong or junk sources a fresh user found auditing real articles (issue
// #4): each case is a kind of fault, written with sentences of our own.
#include <string>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::FindAttributionByCue;
using onrecord::testing::SourceOfCue;

namespace {

const onrecord::Quote* QuoteOf(const onrecord::AuditResult& r, const std::string& text) {
  for (const auto& q : r.quotes) {
    if (q.text.compare(0, text.size(), text) == 0) return &q;
  }
  return nullptr;
}

// The content of the attribution whose cue is `cue`, its parts joined by " | ".
std::string ContentOf(const onrecord::AuditResult& r, const std::string& cue) {
  const auto* a = FindAttributionByCue(r, cue);
  if (a == nullptr) return "<no attribution>";
  std::string out;
  for (const auto& part : a->content) out += (out.empty() ? "" : " | ") + part.text;
  return out;
}

}  // namespace

TEST_CASE("a capitalized quote after on or told names a programme", "[attribute][junk]") {
  // No possessive before the title ("on “Meet the Press”", "told “Fox
  // News Sunday”"): the quote had been the speaker's partial quote or the
  // content of "told".
  auto r = AuditText(
      "Talks\n\nSenator Ana Ruiz spoke on Sunday. “We will not give way,” Ruiz said on “Morning in Kell.” "
      "She did not say more.\n");
  const auto* show = QuoteOf(r, "Morning in Kell");
  REQUIRE(show != nullptr);
  CHECK(show->kind == onrecord::QuoteKind::kTitle);
  CHECK(show->speaker.empty());
  const auto* speech = QuoteOf(r, "We will not give way");
  REQUIRE(speech != nullptr);
  CHECK(speech->speaker == "Ana Ruiz");
  CHECK(ContentOf(r, "said") == "“We will not give way,”");

  r = AuditText("Talks\n\nGovernor Tom Hale told “Kell Evening Report” that the ferry would run in May.\n");
  REQUIRE(QuoteOf(r, "Kell Evening Report") != nullptr);
  CHECK(QuoteOf(r, "Kell Evening Report")->kind == onrecord::QuoteKind::kTitle);
  CHECK(QuoteOf(r, "Kell Evening Report")->speaker.empty());
  CHECK(SourceOfCue(r, "told") == "Governor Tom Hale");
  CHECK(ContentOf(r, "told") == "that the ferry would run in May");

  r = AuditText("Talks\n\nTom Hale said on “Kell Evening Report” that the ferry would run in May.\n");
  REQUIRE(QuoteOf(r, "Kell Evening Report") != nullptr);
  CHECK(QuoteOf(r, "Kell Evening Report")->kind == onrecord::QuoteKind::kTitle);
  CHECK(ContentOf(r, "said") == "that the ferry would run in May");

  // A quote of speech after "told" is still speech.
  r = AuditText("Talks\n\nTom Hale told reporters: “We will run the ferry in May, whatever it costs.”\n");
  REQUIRE(QuoteOf(r, "We will run") != nullptr);
  CHECK(QuoteOf(r, "We will run")->speaker == "Tom Hale");
}

TEST_CASE("a clause after a name and its apposition is no part of the apposition", "[attribute][junk]") {
  // "X, Y's father, issued a statement Thursday, saying …": the segment
  // after the apposition opens with the sentence's verb and its object; it
  // had been read as a second apposition, and the participle's source was
  // the unnamed "Y's father, issued a statement Thursday,".
  auto r = AuditText("Talks\n\nAna Ruiz, Tomas's mother, issued a statement Friday, saying the school had failed him.\n");
  REQUIRE(r.sources.size() == 1);
  CHECK(r.sources[0].name == "Ana Ruiz");
  CHECK(r.sources[0].kind == onrecord::SourceKind::kNamed);
  CHECK(r.sources[0].role == "Tomas's mother");
  CHECK(SourceOfCue(r, "saying").find("issued") == std::string::npos);
  // A participle in the passive after the apposition is still part of it.
  r = AuditText("Talks\n\nTom Hale, the harbour master, appointed by the council in May, said the port would reopen.\n");
  CHECK(SourceOfCue(r, "said") == "Tom Hale, the harbour master, appointed by the council in May,");
}

TEST_CASE("a title after a capitalized word before a personal name is the role", "[attribute][junk]") {
  // "Police Chief Ann Ruiz": "Police" is an organisation word, and "Chief"
  // no title of list titles, so the whole run had been an organisation.
  auto r = AuditText("Talks\n\nPolice Chief Ana Ruiz said the road would reopen on Monday.\n");
  REQUIRE(r.sources.size() == 1);
  CHECK(r.sources[0].kind == onrecord::SourceKind::kNamed);
  CHECK(r.sources[0].name == "Ana Ruiz");
  CHECK(r.sources[0].role == "Police Chief");
  r = AuditText("Talks\n\nFire Department Spokesman Tom Hale said the blaze was out.\n");
  REQUIRE(r.sources.size() == 1);
  CHECK(r.sources[0].name == "Tom Hale");
  CHECK(r.sources[0].kind == onrecord::SourceKind::kNamed);
  // An organisation whose name ends in such a word stays one.
  r = AuditText("Talks\n\nThe Police Chiefs Association said the law was unclear.\n");
  REQUIRE(r.sources.size() == 1);
  CHECK(r.sources[0].kind == onrecord::SourceKind::kOrganization);
}

TEST_CASE("words that open a sentence but no name are no part of a source's name", "[attribute][junk]") {
  // An auxiliary that opens a condition ("Had I", "Had Ruiz") and a
  // participle capitalized only at a sentence's start ("Using Tom Hale")
  // had made registered names of two words, which pronouns then took.
  auto r = AuditText(
      "Talks\n\nHad Ruiz won the vote, the council would have agreed. Ana Ruiz said the count was fair. "
      "She said she would appeal.\n");
  for (const auto& s : r.sources) {
    INFO(s.name);
    CHECK(s.name.find("Had") == std::string::npos);
  }
  CHECK(SourceOfCue(r, "said") == "Ana Ruiz");
  r = AuditText(
      "Talks\n\nHad I known, I would have stayed home. My sister said so at the time. She said it again on "
      "Monday.\n");
  for (const auto& s : r.sources) {
    INFO(s.name);
    CHECK(s.name != "Had I");
  }
  r = AuditText(
      "Talks\n\nUsing Tom Hale as a foil, the mayor spoke for an hour. Tom Hale said the speech was unfair.\n");
  for (const auto& s : r.sources) {
    INFO(s.name);
    CHECK(s.name.find("Using") == std::string::npos);
  }
}

TEST_CASE("a source is a noun phrase, never a clause the parse ran over", "[attribute][junk]") {
  // "He’s comparing … and says": "He’s" had been read as a possessive
  // opening a noun phrase that ran on to "and".
  auto r = AuditText(
      "Talks\n\nBo Lenn spoke on Monday. He’s comparing the new plans to the old ones and says they will fail.\n");
  for (const auto& s : r.sources) {
    INFO(s.name);
    CHECK(s.name.find("comparing") == std::string::npos);
  }
  // An auxiliary outside a relative clause: the words hold a verb of their
  // own (here "alleged" had been a cue, and all before it its source).
  r = AuditText("Talks\n\nThe Department of Water has misled the public about alleged fraud at a major contractor, "
                "Kell Pipes.\n");
  for (const auto& s : r.sources) {
    INFO(s.name);
    CHECK(s.name.find("misled") == std::string::npos);
  }
  // A relative clause may hold one.
  r = AuditText("Talks\n\nResidents who have lived near the plant for years said the leaks were old.\n");
  CHECK(SourceOfCue(r, "said") == "Residents who have lived near the plant for years");
}

TEST_CASE("kin of a family already named are that family, not a family of its own", "[attribute][junk]") {
  // "Relatives said" after "the Ruiz family said": the last named was the
  // family, and its last word made a source "family family".
  auto r = AuditText(
      "Talks\n\n“He was a kind man,” the Ruiz family said in a statement.\n\n"
      "Relatives said the funeral would be on Friday.\n");
  for (const auto& s : r.sources) {
    INFO(s.name);
    CHECK(s.name.find("family family") == std::string::npos);
  }
  CHECK(r.sources.size() == 1);
}

TEST_CASE("a pronoun never stands for a person named after its verb in its own sentence", "[attribute][junk]") {
  // "He has declared Cruz to be “anointed”": "He" had gone to the person
  // named last before it (here after "for"), who is also the verb's
  // object, and so the object became the speaker of the quoted word.
  auto r = AuditText(
      "Talks\n\nThe radio host Bo Lenn has filled his speeches for Tom Hale with talk of faith. He has declared "
      "Hale to be “anointed” by the town.\n");
  const auto* q = QuoteOf(r, "anointed");
  REQUIRE(q != nullptr);
  CHECK(q->speaker != "Tom Hale");
  CHECK(q->speaker == "Bo Lenn");
  r = AuditText("Talks\n\nTom Hale lost the vote on Monday. In the hall, he said Hale would run again.\n");
  const auto* said = FindAttributionByCue(r, "said");
  REQUIRE(said != nullptr);
  CHECK(said->source_id < 0);
  // Named in the sentence before the pronoun, the person is its antecedent.
  r = AuditText(
      "Talks\n\nSenator Ana Ruiz spoke in Kell on Monday. She has declared Tom Hale to be “untouchable” in the "
      "party.\n");
  REQUIRE(QuoteOf(r, "untouchable") != nullptr);
  CHECK(QuoteOf(r, "untouchable")->speaker == "Ana Ruiz");
}

TEST_CASE("content spans at a semicolon, inside a place's commas and over coordinated phrases", "[attribute][junk]") {
  // A semicolon right after the cue: the reported clause is before the
  // source, as after a period; the content had started with the semicolon.
  auto r = AuditText("Talks\n\nThe defence had no case to answer, Ana Ruiz noted; the council had dropped two charges.\n");
  CHECK(ContentOf(r, "noted") == "The defence had no case to answer");
  // "Washington, D.C., had …": the comma after a place's state closes the
  // place, not the content (the verb after it has no subject of its own).
  r = AuditText("Talks\n\nAna Ruiz claimed that the museum in Washington, D.C., had expressed interest in the letters.\n");
  CHECK(ContentOf(r, "claimed") == "that the museum in Washington, D.C., had expressed interest in the letters");
  // "for X and for Y": "and" before the same preposition joins two
  // complements of the verb.
  r = AuditText("Talks\n\nAna Ruiz criticized the council for its delay and for its silence on the budget.\n");
  CHECK(ContentOf(r, "criticized") == "the council for its delay and for its silence on the budget");
}

TEST_CASE("a short capitalized quote after a publication's noun names it", "[attribute][junk]") {
  // „Der Spiegel“ after "des Magazins", «Ведомости» after "газете": the
  // name of a paper, not words of its own, and the noun before it is no
  // speaker.
  struct Case {
    const char* lang;
    const char* text;
    const char* title;
  };
  const Case cases[] = {
      {"en", "Talks\n\nThe plans failed, Ana Ruiz told the magazine \xE2\x80\x9CKell Weekly\xE2\x80\x9D.\n\n"
             "According to the magazine \xE2\x80\x9CKell Weekly\xE2\x80\x9D, the plan failed.\n",
       "Kell Weekly"},
      {"de", "Titel\n\nEin Redakteur des Magazins \xE2\x80\x9E" "Kasteler Blatt\xE2\x80\x9C best\xC3\xA4tigte den Bericht.\n",
       "Kasteler Blatt"},
      {"es", "Titular\n\nLos planes fracasaron, dijo Ana Ruiz a la revista \xC2\xAB" "Costanera\xC2\xBB.\n",
       "Costanera"},
      {"ru", "Заголовок\n\nПланы провалились, рассказал Иван Петров газете \xC2\xAB" "Вести Севера\xC2\xBB.\n",
       "Вести Севера"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto r = AuditText(c.text, "t.txt", c.lang);
    bool seen = false;
    for (const auto& q : r.quotes) {
      if (q.text != c.title) continue;
      seen = true;
      CHECK(q.kind == onrecord::QuoteKind::kTitle);
      CHECK(q.speaker.empty());
    }
    CHECK(seen);
    for (const auto& s : r.sources) {
      CHECK(s.name != "the magazine");
      CHECK(s.name != "Magazins");
    }
  }
  // After a source-after cue the title is part of the source.
  auto according = AuditText(cases[0].text);
  CHECK(SourceOfCue(according, "According to") == "the magazine \xE2\x80\x9CKell Weekly\xE2\x80\x9D");
  // Speech after such a noun is still speech.
  auto speech = AuditText("Talks\n\nAna Ruiz told the magazine \xE2\x80\x9CWe will not sign it,\xE2\x80\x9D on Monday.\n");
  REQUIRE(QuoteOf(speech, "We will not sign it") != nullptr);
  CHECK(QuoteOf(speech, "We will not sign it")->speaker == "Ana Ruiz");
}

TEST_CASE("a title-case headline's capitalized words are no person's name", "[attribute][junk]") {
  // The headline's run of capitals had become the name of the person the
  // body names ("Ana Ruiz Isn't Too Impressed By The Harbour Plan", role
  // Mayor, next to "Ana Ruiz").
  auto r = AuditText(
      "Ana Ruiz Isn't Too Impressed By The Harbour Plan\n\n"
      "Mayor Ana Ruiz on Monday criticized the harbour plan, saying it would close two piers.\n\n"
      "\xE2\x80\x9CIt is a bad plan,\xE2\x80\x9D Ruiz said.\n");
  REQUIRE_FALSE(r.sources.empty());
  for (const auto& s : r.sources) CHECK(s.name == "Ana Ruiz");
  // A cue in the headline still makes a speaker, with no headline words in the name.
  auto cue = AuditText("Mayor Tom Hale Says Harbour Plan Is Dead\n\nThe council met on Monday.\n");
  REQUIRE(cue.sources.size() == 1);
  CHECK(cue.sources[0].name == "Tom Hale");
}

TEST_CASE("a verb after a source-after cue is no source", "[attribute][junk]") {
  // "según consta en el informe": the record is the source, not "consta".
  auto r = AuditText("Titular\n\nEl puerto cerrar\xC3\xA1 en marzo, seg\xC3\xBAn consta en el informe anual.\n", "t.txt", "es");
  CHECK(SourceOfCue(r, "según") == "el informe");
  r = AuditText("Titular\n\nLa obra costar\xC3\xA1 diez millones, seg\xC3\xBAn figura en el contrato.\n", "t.txt", "es");
  CHECK(SourceOfCue(r, "según") == "el contrato");
  for (const auto& s : r.sources) CHECK(s.name != "figura");
  // A verb of saying the same way: "según informó la agencia".
  r = AuditText("Titular\n\nEl puerto cerrar\xC3\xA1 en marzo, seg\xC3\xBAn inform\xC3\xB3 la agencia.\n", "t.txt", "es");
  CHECK(SourceOfCue(r, "según") == "la agencia");
}
