// Transparency faults of the nineteenth round (fu25): unnamed people read
// as a named person, or a named person given another person's words.
#include <catch2/catch.hpp>

#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;
using testing::SourceNamed;

const Source* SourceById(const AuditResult& r, int id) {
  for (const auto& s : r.sources) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

// The source of the first attribution whose source mention is `text`.
const Source* SourceOfMention(const AuditResult& r, const std::string& text) {
  for (const auto& a : r.attributions) {
    if (a.source && a.source->text == text) return SourceById(r, a.source_id);
  }
  return nullptr;
}

// "Supporters of Ben Hart said" opening a sentence was one capitalized run,
// a name: the article's Ben Hart became "Supporters of Ben Hart" (T4), and
// his own quote was printed under that name.
TEST_CASE("a plural people noun opening a sentence before of and a name is a described source", "[fu25]") {
  auto r = AuditText(
      "Bridge opens\n\nMayor Ben Hart opened the bridge on Monday. \"This is a great day,\" Hart said.\n\n"
      "Supporters of Ben Hart said the bridge was overdue.\n");
  const Source* hart = SourceNamed(r, "Ben Hart");
  REQUIRE(hart != nullptr);
  CHECK(hart->kind == SourceKind::kNamed);
  CHECK(hart->role == "Mayor");
  const Source* supporters = SourceOfMention(r, "Supporters of Ben Hart");
  REQUIRE(supporters != nullptr);
  CHECK(supporters->id != hart->id);
  CHECK(supporters->kind == SourceKind::kDescribed);
  CHECK(supporters->level == 2);
  // The same with a body in the name: members of a legislature.
  auto members = AuditText("Vote delayed\n\nMembers of Congress said the vote would be delayed.\n");
  const Source* m = SourceOfMention(members, "Members of Congress");
  REQUIRE(m != nullptr);
  CHECK(m->kind == SourceKind::kDescribed);
  // A word the article capitalizes inside a sentence too is a name's.
  auto org = AuditText(
      "Green groups\n\nThe group Friends of Ben Hart met on Monday. Friends of Ben Hart said the bridge was "
      "overdue.\n");
  CHECK(SourceNamed(org, "Friends of Ben Hart") != nullptr);
}

// "An aide to a senator said": the look back from the cue stopped at "a
// senator", so the source was the senator, not the aide.
TEST_CASE("an aide to a senator is the aide, whatever the determiner after to", "[fu25]") {
  for (const std::string sentence : {"An aide to a senator said the vote would be delayed.",
                                     "An aide to the senator said the vote would be delayed."}) {
    INFO(sentence);
    auto r = AuditText("Vote delayed\n\n" + sentence + "\n");
    REQUIRE(r.attributions.size() == 1);
    REQUIRE(r.attributions[0].source.has_value());
    CHECK(r.attributions[0].source->text.rfind("An aide to", 0) == 0);
    const Source* s = SourceById(r, r.attributions[0].source_id);
    REQUIRE(s != nullptr);
    // Tied to a definite office the aide is described (fixb32); to "a
    // senator", vague.
    const bool definite = sentence.find("the senator") != std::string::npos;
    CHECK(s->kind == (definite ? SourceKind::kDescribed : SourceKind::kAnonymous));
  }
}

// "Ben Hart … The woman said": a definite person noun with no unnamed
// antecedent went to the last person named, whatever the gender the noun
// and the person's given name carry.
TEST_CASE("a gendered person noun is not the last named person of the other gender", "[fu25]") {
  const std::string opening =
      "Bridge opens\n\nBen Hart opened the bridge on Monday. \"This is a great day,\" Hart said.\n\n";
  auto woman = AuditText(opening + "The woman said the race was tight.\n");
  const Source* w = SourceOfMention(woman, "The woman");
  REQUIRE(w != nullptr);
  CHECK(w->name != "Ben Hart");
  CHECK(w->kind == SourceKind::kAnonymous);
  // The same noun after a woman named before is that woman.
  auto ann = AuditText(
      "Bridge opens\n\nAnn Hart opened the bridge on Monday. \"This is a great day,\" Hart said.\n\n"
      "The woman said the race was tight.\n");
  const Source* a = SourceOfMention(ann, "The woman");
  REQUIRE(a != nullptr);
  CHECK(a->name == "Ann Hart");
}

// "Most of the voters said", "About 40 percent of Republicans said" in an
// article that speaks of no poll: every share of people was a named
// document (T4), so a claim with nobody behind it raised the article's
// named share. With no poll spoken of by then it is an unnamed group.
TEST_CASE("a share of people with no poll spoken of is an unnamed group", "[fu25]") {
  auto r = AuditText(
      "Voters weigh the levy\n\nThe county held its vote on the school levy in March. "
      "Most of the voters said taxes were too high. About 40 percent of Republicans said the levy was fair.\n");
  const auto most = testing::SeenWithSource(r, "Most of the voters");
  REQUIRE(most.source == "Most of the voters");
  CHECK(most.kind == SourceKind::kAnonymous);
  CHECK(most.level == 1);
  // A party's share is tied to the party (design: described).
  const auto party = testing::SeenWithSource(r, "About 40 percent of Republicans");
  REQUIRE(party.source == "About 40 percent of Republicans");
  CHECK(party.kind == SourceKind::kDescribed);
  CHECK(party.level == 2);
}

TEST_CASE("a share after the article speaks of a poll stays the poll's document", "[fu25]") {
  for (const std::string text :
       {"Ferry fares\n\nThe harbour board asked residents about the ferry, a new survey shows. Thirty-one percent "
        "said the fares were too high.\n",
        "Ferry fares\n\nA poll of 900 residents was published on Monday.\n\nThirty-one percent said the fares "
        "were too high.\n"}) {
    INFO(text);
    auto r = AuditText(text);
    const auto share = testing::SeenWithSource(r, "Thirty-one percent");
    REQUIRE(share.source == "Thirty-one percent");
    CHECK(share.kind == SourceKind::kDocument);
    CHECK(share.level == 4);
  }
}

// "The TRLF said": an acronym was a named person (T4), a second source
// beside the organisation it stands for, and a pronoun antecedent.
TEST_CASE("an acronym is the organisation its letters spell, or an organisation of its own", "[fu25]") {
  auto r = AuditText(
      "Court ruling\n\nThe Tenants Rights Legal Fund said the ruling was fair. \"We are pleased,\" the TRLF "
      "said.\n\nLawyers for the Anti-Defamation League argued the case. \"This is a good day,\" the ADL said.\n\n"
      "\"We will appeal,\" QXRT said.\n");
  const Source* fund = SourceNamed(r, "Tenants Rights Legal Fund");
  REQUIRE(fund != nullptr);
  CHECK(fund->kind == SourceKind::kOrganization);
  CHECK(fund->quotes == 1);
  CHECK(SourceNamed(r, "TRLF") == nullptr);
  // Spelled out in a sentence that cites nobody; hyphenated words count.
  const Source* league = SourceNamed(r, "Anti-Defamation League");
  REQUIRE(league != nullptr);
  CHECK(league->kind == SourceKind::kOrganization);
  const Source* bare = SourceNamed(r, "QXRT");
  REQUIRE(bare != nullptr);
  CHECK(bare->kind == SourceKind::kOrganization);
  // A transcript's speaker label in capitals is the person.
  auto t = AuditText(
      "Interview\n\nJake Tapper spoke to the senator on Sunday.\n\nTAPPER: Will you run?\n\n\"I will not,\" "
      "the senator said. \"Never,\" TAPPER said.\n");
  const Source* tapper = SourceNamed(t, "Jake Tapper");
  REQUIRE(tapper != nullptr);
  CHECK(tapper->kind == SourceKind::kNamed);
}

// "The Tenants Rights Legal Fund, which brought the suit, said" was a
// person of that name, and "which brought the suit" its role.
TEST_CASE("a capitalized run before a which clause is an organisation with no role", "[fu25]") {
  auto r = AuditText(
      "Court ruling\n\nThe Pelham Housing Authority, which runs the program, said it would appeal.\n");
  const Source* s = SourceNamed(r, "Pelham Housing Authority");
  REQUIRE(s != nullptr);
  CHECK(s->kind == SourceKind::kOrganization);
  CHECK(s->role.empty());
  auto p = AuditText("Court ruling\n\nMaria Vance, which brought the suit, said the ruling was fair.\n");
  const Source* v = SourceNamed(p, "Maria Vance");
  REQUIRE(v != nullptr);
  CHECK(v->kind == SourceKind::kOrganization);
}

// "The port operator, Dunmore Terminals, did not respond to requests for
// comment" was listed as a named source (T5, "role: port operator"):
// scoring knew the two-word refusal, the source list only one-word ones;
// and "Terminals" named no organisation.
TEST_CASE("a source whose only attribution is a two-word refusal is not listed", "[fu25]") {
  auto r = AuditText(
      "Port strike\n\nThe strike entered its third week, union leaders said. The port operator, Harlan "
      "Terminals, did not respond to requests for comment.\n");
  CHECK(SourceNamed(r, "Harlan Terminals") == nullptr);
  bool refusal_seen = false;
  for (const auto& a : r.attributions) {
    if (a.cue && a.cue->text == "did not respond to") {
      refusal_seen = true;
      CHECK(a.source_id == -1);
    }
  }
  CHECK(refusal_seen);
  // Informing, the same company is an organisation.
  auto o = AuditText("Port strike\n\nHarlan Terminals said the strike would cost millions.\n");
  const Source* s = SourceNamed(o, "Harlan Terminals");
  REQUIRE(s != nullptr);
  CHECK(s->kind == SourceKind::kOrganization);
}

const Finding* FindingOf(const AuditResult& r, const std::string& rule) {
  for (const auto& f : r.findings) {
    if (f.rule == rule) return &f;
  }
  return nullptr;
}

// Every loaded-cue finding read "Loaded cue verb; "said" is neutral": in
// `check --format line` the editor could not tell which verb to change.
TEST_CASE("a cue finding names the cue it is about", "[fu25]") {
  auto r = AuditText("Budget\n\nMayor Ana Ruiz claimed the budget was balanced.\n");
  const Finding* f = FindingOf(r, "attribution.loaded-cue");
  REQUIRE(f != nullptr);
  CHECK(f->message.find("\u201cclaimed\u201d") != std::string::npos);
}

// An unpaired closing mark opening a paragraph ("” … then surely …") was
// reported at 1:1, the article's start, not where it is.
TEST_CASE("unbalanced quote marks are reported at the unpaired mark", "[fu25]") {
  auto r = AuditText(
      "Budget\n\nThe mayor spoke on Monday.\n\n\u201d \u2026 then surely the council can wait,\u201d the "
      "mayor said.\n");
  const Finding* f = FindingOf(r, "document.unbalanced-quote-marks");
  REQUIRE(f != nullptr);
  CHECK(f->location.line == 5);
  CHECK(f->location.column == 1);
}

// "…, yet it is still less than half of what researchers say they need":
// the share phrase ran over "what", so "less than half of what
// researchers" was an anonymous source (and a phrase in compare's list).
TEST_CASE("a share phrase does not run over a free relative's what", "[fu25]") {
  auto r = AuditText(
      "Funding\n\nCongress boosted funding in 2016, yet it is still less than half of what researchers say "
      "they need every year.\n");
  CHECK(testing::SourceOfCue(r, "say") == "researchers");
  // A share of people a relative clause describes is still one.
  auto w = AuditText(
      "Poll\n\nA new poll was released on Monday. Some 27 percent of those who named a candidate said they could "
      "change their mind.\n");
  CHECK(testing::SourceOfCue(w, "said") == "Some 27 percent of those who named a candidate");
}

// "des Privatsenders Kanal Neun": the genitive noun before the name was
// read as a title, so the broadcaster was a person with the role
// "Privatsenders" (T5).
TEST_CASE("a German organisation noun before a name is no role of a person", "[fu25]") {
  auto r = AuditText(
      "Bericht\n\nAnlass war ein Beitrag in der Nachrichtensendung des Privatsenders Kanal Neun.\n\n"
      "Kanal Neun hatte sich in seinem Bericht auf \u201egut unterrichtete Kreise\u201c berufen.\n",
      "de.txt", "de");
  const Source* s = SourceNamed(r, "Kanal Neun");
  REQUIRE(s != nullptr);
  CHECK(s->role.empty());
  CHECK(s->level == 4);
  // A role noun there is still a role.
  auto p = AuditText(
      "Bericht\n\nDer Konzernsprecher Jan Ott sagte, der Bericht sei falsch.\n", "de.txt", "de");
  const Source* o = SourceNamed(p, "Jan Ott");
  REQUIRE(o != nullptr);
  CHECK(o->role == "Konzernsprecher");
}

// "la emisora Radiovisión Austral" and then "de acuerdo con Radiovisión
// Austral": the same name was an organisation and a person, two sources.
TEST_CASE("a name an organisation source has is that organisation wherever it recurs", "[fu25]") {
  auto r = AuditText(
      "Informe\n\nLas autoridades sospechan que alguien filtra documentos, inform\u00f3 la emisora Radiovisi\u00f3n "
      "Austral citando a un alto funcionario.\n\nLa pista, de acuerdo con Radiovisi\u00f3n Austral, es un reportaje "
      "publicado el lunes.\n",
      "es.txt", "es");
  int with_name = 0;
  for (const auto& s : r.sources) {
    if (s.name != "Radiovisi\u00f3n Austral") continue;
    ++with_name;
    CHECK(s.kind == SourceKind::kOrganization);
    CHECK(s.attributions == 2);
  }
  CHECK(with_name == 1);
}

// "un alto funcionario del Ministerio del Interior que pidió quedar en el
// anonimato": the request ("quedar en el anonimato") was in no list, so
// the clause stayed in the source's name, and as a subject it made an
// organisation "del Ministerio del Interior que pidió …".
TEST_CASE("a request to remain anonymous is no part of the source's name", "[fu25]") {
  auto r = AuditText(
      "Informe\n\nUn alto funcionario del Ministerio del Interior que pidi\u00f3 quedar en el anonimato dijo que el "
      "caso sigue abierto.\n",
      "es.txt", "es");
  REQUIRE(r.sources.size() == 1);
  CHECK(r.sources[0].name == "Un alto funcionario del Ministerio del Interior");
  CHECK(r.sources[0].kind == SourceKind::kDescribed);
}

// "Schon am Donnerstag hatte das Innenministerium eingeräumt, dass …": the
// German cue lists had few participles, so the pluperfect of most cues
// found nothing (the ministry, a named source, was missed).
TEST_CASE("German cues in the perfect and pluperfect are cues", "[fu25]") {
  auto r = AuditText(
      "Bericht\n\nSchon am Donnerstag hatte das Innenministerium einger\u00e4umt, dass es Hinweise gebe.\n\n"
      "Der Verband hat angek\u00fcndigt, dass er klagen werde.\n",
      "de.txt", "de");
  CHECK(testing::AttributionWithCue(r, "einger\u00e4umt").source == "das Innenministerium");
  CHECK(testing::AttributionWithCue(r, "angek\u00fcndigt").source == "Der Verband");
}

// "… whoever the next president is should know about it first hand": the
// cue's verb group ran back over "is", the free relative's verb, giving
// the cue "is should know about".
TEST_CASE("a verb group has nothing finite before its modal", "[fu25]") {
  auto r = AuditText(
      "Flood\n\nThe newspaper said that given the damage, whoever the next president is should know about it "
      "first hand.\n");
  for (const auto& a : r.attributions) {
    REQUIRE(a.cue.has_value());
    CHECK(a.cue->text.find("is should") == std::string::npos);
  }
  // A modal after the subject keeps its verb group.
  CHECK(testing::AttributionWithCue(r, "said").source == "The newspaper");
  auto m = AuditText("Flood\n\nThe mayor would have said the damage was small.\n");
  CHECK(testing::AttributionWithCue(m, "said").cue == "would have said");
}

}  // namespace
}  // namespace onrecord
