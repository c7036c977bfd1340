// Source kinds and transparency levels a standards editor would call wrong
// (forty-sixth round, kind54; sentences of our own).
//
// - A cue that gives something its name ("is known as", "is called", "is
//   dubbed"; list name-giving-cues) with no source resolved reported no
//   claim, yet counted as a claim with no source (T0) in the transparency
//   index: "The company is known as Acme." alone scored 0.00. It now stays
//   an attribution (PolNeAR marks the passive ones) counted nowhere.
// - "according to a senior Senate Democratic official": a capitalized run
//   of bodies and parties before a lower-case noun of an unnamed person
//   (list anonymous-heads) was read as an organisation (T4); it is that
//   person, described (T2).
// - "De acuerdo con la Cámara de Comercio …", "Segundo a administração
//   hospitalar …": organisation nouns missing from es and pt
//   organization-heads made documents of bodies.
// - "a senior Senate Democratic official" (a person) and "Federal Election Commission
//   filings" (a record) were organisations; "A worker at the plant" and
//   "un député de la majorité" vague (T1); "his agents" a document.
#include <catch2/catch.hpp>
#include <string>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::AttributionKind;
using onrecord::SourceKind;
using onrecord::testing::AuditText;
using onrecord::testing::FindAttributionByCue;
using onrecord::testing::SourceNamed;

TEST_CASE("kind54: a naming cue with no source counts nowhere", "[kind54]") {
  struct Case {
    const char* text;
    const char* cue;
  };
  const Case cases[] = {
      {"The bakery is known as Crumb Hall.\n", "is known as"},
      {"The new ferry is called the Gull.\n", "is called"},
      {"The tunnel project was dubbed the Long Dig.\n", "was dubbed"},
      {"The old mill is referred to as the Works.\n", "is referred to as"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const auto r = AuditText(c.text);
    const auto* a = FindAttributionByCue(r, c.cue);
    REQUIRE(a != nullptr);  // the attribution stays, as PolNeAR marks it
    CHECK_FALSE(a->counted);
    CHECK(a->level == 0);
    CHECK_FALSE(r.score.has_transparency_index());
    CHECK(r.score.attributions == 0);
  }
}

TEST_CASE("kind54: a naming cue neither lowers nor raises the index beside a sourced claim", "[kind54]") {
  const auto alone = AuditText("Mara Quist said the bakery will open a second shop in May.\n");
  const auto named = AuditText(
      "Mara Quist said the bakery will open a second shop in May.\n\nThe bakery is known as Crumb Hall.\n");
  REQUIRE(alone.score.has_transparency_index());
  REQUIRE(named.score.has_transparency_index());
  CHECK(named.score.transparency_index == Approx(alone.score.transparency_index));
  CHECK(named.score.attributions == alone.score.attributions);
}

TEST_CASE("kind54: guards: a perceiving cue and a naming cue with a source still count", "[kind54]") {
  // "widely regarded as": a claim nobody is named for, still T0 and counted.
  const auto regarded = AuditText("The toll is widely regarded as a tax on commuters.\n");
  const auto* a = FindAttributionByCue(regarded, "is widely regarded as");
  REQUIRE(a != nullptr);
  CHECK(a->counted);
  CHECK(regarded.score.has_transparency_index());
  // A source who calls something a name is a source like any other.
  const auto called = AuditText("Councillor Edda Brun called the toll a tax on commuters.\n");
  const auto* b = FindAttributionByCue(called, "called");
  REQUIRE(b != nullptr);
  CHECK(b->counted);
  CHECK(b->level >= 4);
}

TEST_CASE("kind54: a party official of a chamber is a described person, not the chamber", "[kind54]") {
  struct Case {
    const char* text;
    const char* source;
  };
  const Case cases[] = {
      {"According to a senior Senate Democratic official, the vote will slip to Friday.\n",
       "a senior Senate Democratic official"},
      {"According to a House Democratic aide, the vote will slip to Friday.\n", "a House Democratic aide"},
      {"The vote will slip to Friday, according to a Senate Democratic official.\n",
       "a Senate Democratic official"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const auto r = AuditText(c.text);
    const auto* s = SourceNamed(r, c.source);
    REQUIRE(s != nullptr);
    CHECK(s->kind == SourceKind::kDescribed);
    CHECK(s->level == 2);
  }
}

TEST_CASE("kind54: guards: a body named by a capitalized run stays an organisation", "[kind54]") {
  struct Case {
    const char* text;
    const char* source;
  };
  const Case cases[] = {
      {"According to the Senate Ethics Committee, the vote will slip to Friday.\n", "the Senate Ethics Committee"},
      {"The House Democratic Caucus said the vote will slip to Friday.\n", "House Democratic Caucus"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const auto r = AuditText(c.text);
    const auto* s = SourceNamed(r, c.source);
    REQUIRE(s != nullptr);
    CHECK(s->kind == SourceKind::kOrganization);
    CHECK(s->level == 4);
  }
}

TEST_CASE("kind54: a chamber or a hospital administration is an organisation, not a document", "[kind54]") {
  struct Case {
    const char* text;
    const char* lang;
  };
  const Case cases[] = {
      {"De acuerdo con la Cámara de Comercio de Villa Ríos, la huelga cuesta dos millones al día.\n", "es"},
      {"Segundo a administração hospitalar, as consultas serão retomadas em março.\n", "pt"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const auto r = AuditText(c.text, "test.txt", c.lang);
    REQUIRE(r.sources.size() == 1);
    CHECK(r.sources[0].kind == SourceKind::kOrganization);
    CHECK(r.sources[0].level == 4);
  }
}

TEST_CASE("kind54: guards: a report stays a document", "[kind54]") {
  const auto es = AuditText("Según un informe de la Cámara de Comercio, la huelga cuesta dos millones al día.\n",
                            "test.txt", "es");
  REQUIRE_FALSE(es.sources.empty());
  CHECK(es.sources[0].kind == SourceKind::kDocument);
}

TEST_CASE("kind54: a body's noun before a person noun is people, before a record noun a document", "[kind54]") {
  // ("The committee chairmen wrote" keeps its earlier reading: a definite
  // plural may refer back to people named before, main42_test.)
  const auto filings = AuditText("The toll rose by a third, according to Federal Election Commission filings.\n");
  const auto* f = SourceNamed(filings, "Federal Election Commission filings");
  REQUIRE(f != nullptr);
  CHECK(f->kind == SourceKind::kDocument);
  CHECK(f->level == 4);
}

TEST_CASE("kind54: a workplace or a majority is an affiliation, agents are people", "[kind54]") {
  const auto plant = AuditText("A worker at the plant said the results were ignored.\n");
  const auto* w = SourceNamed(plant, "A worker at the plant");
  REQUIRE(w != nullptr);
  CHECK(w->kind == SourceKind::kDescribed);
  CHECK(w->level == 2);
  const auto fr = AuditText("\u00ab Ce texte est injuste \u00bb, a dit un d\u00e9put\u00e9 de la majorit\u00e9.\n", "test.txt", "fr");
  const auto* d = SourceNamed(fr, "un d\u00e9put\u00e9 de la majorit\u00e9");
  REQUIRE(d != nullptr);
  CHECK(d->kind == SourceKind::kDescribed);
  CHECK(d->level == 2);
  // "his agents" found nothing as a record would: no document source.
  const auto agents = AuditText(
      "Some of the files were marked secret, the director said; his agents found them during the inquiry.\n");
  CHECK(SourceNamed(agents, "his agents") == nullptr);
  CHECK(SourceNamed(agents, "the director") != nullptr);
}
