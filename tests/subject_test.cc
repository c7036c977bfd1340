// The source of a speech cue written before it: the noun phrase that is the
// verb's subject, in the shapes news sentences give it (poll shares,
// quantifiers, unlisted plural nouns with postmodifiers, appositions with
// commas inside, asides between dashes). Each case once found no source, so
// the whole attribution was lost.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::SourceOfCue;

namespace {


struct Case {
  const char* text;
  const char* cue;
  const char* source;
};

void CheckSources(const Case* begin, const Case* end) {
  for (const Case* c = begin; c != end; ++c) {
    INFO(c->text);
    auto r = AuditText(c->text);
    CHECK(SourceOfCue(r, c->cue) == c->source);
  }
}

// A sentence whose one named source is `name` with role `role`.
struct Named {
  const char* text;
  const char* name;
  const char* role;
};

// Each case's text has one named source with that name and role.
void CheckNamed(const Named* begin, const Named* end) {
  for (const Named* c = begin; c != end; ++c) {
    INFO(c->text);
    auto r = AuditText(c->text);
    const onrecord::Source* found = nullptr;
    for (const auto& src : r.sources) {
      if (src.name == c->name) found = &src;
    }
    REQUIRE(found != nullptr);
    CHECK(found->kind == onrecord::SourceKind::kNamed);
    CHECK(found->role == c->role);
    CHECK(found->level == (c->role[0] != '\0' ? 5 : 4));
  }
}

}  // namespace

TEST_CASE("poll shares and quantifiers are the source of a speech cue", "[attribute][subject]") {
  const Case cases[] = {
      {"One in five say the country is on the wrong track.", "say", "One in five"},
      {"Nearly nine out of 10 say they will need to work longer.", "say", "Nearly nine out of 10"},
      {"In the poll, about one in four said the party was hostile.", "said", "about one in four"},
      {"On taxes, 42% say they favor a cut.", "say", "42%"},
      {"Most said they were worried about the economy.", "said", "Most"},
      {"Another said he hoped the talks would resume.", "said", "Another"},
  };
  CheckSources(std::begin(cases), std::end(cases));
  // A number before a noun is still no source: "five reports" has no cue.
  auto r = AuditText("He found five reports on the desk.");
  CHECK(r.attributions.empty());
}

TEST_CASE("an unlisted plural noun phrase with a postmodifier is the source", "[attribute][subject]") {
  const Case cases[] = {
      {"Companies say the rule would raise prices.", "say", "Companies"},
      {"Some advocates for stem cell research said the plan ignored patients.", "said",
       "Some advocates for stem cell research"},
      {"Proponents of the bill say it would protect renters.", "say", "Proponents of the bill"},
      {"Proponents of the bill, however, say it would protect renters.", "say", "Proponents of the bill"},
      {"By wide margins, those surveyed say the economy is weak.", "say", "those surveyed"},
      {"Other Republican leaders said on Thursday that the vote was over.", "said", "Other Republican leaders"},
  };
  CheckSources(std::begin(cases), std::end(cases));
  // A bare singular at the sentence's start is a thing, not a speaker.
  auto r = AuditText("Research says the plan works.");
  CHECK(SourceOfCue(r, "says") != "Research");
}

TEST_CASE("a surname written after an initial elsewhere opens a sentence as a name", "[attribute][subject]") {
  auto r = AuditText("Judge James C. Okonkwo imposed a fine. Okonkwo said the ministry asked for it.");
  CHECK(SourceOfCue(r, "said") == "Okonkwo");
}

TEST_CASE("an apposition with commas of its own closes the source before the cue", "[attribute][subject]") {
  const Case cases[] = {
      {"Miriam Voss, a Tampa, Fla., teacher who organized the rally, said the turnout surprised her.", "said",
       "Miriam Voss, a Tampa, Fla., teacher who organized the rally,"},
      {"Sen. Dana Pryor, R-Ky., told reporters the bill was dead.", "told", "Sen. Dana Pryor, R-Ky.,"},
      {"Rep. Alma Ortiz (D-Calif.), who chairs the panel, said the hearing would go ahead.", "said",
       "Rep. Alma Ortiz (D-Calif.), who chairs the panel,"},
      {"Tom Hale, Sanders' campaign manager, said in a statement that the campaign raised $3 million.",
       "said in a statement", "Tom Hale, Sanders' campaign manager,"},
      {"Harry Bond, 30, of Raleigh, N.C., who was among those polled, said he was undecided.", "said",
       "Harry Bond, 30, of Raleigh, N.C., who was among those polled,"},
      {"“That is not our view,” Senate Majority Leader Mitch Carver, R-Ky., said.", "said",
       "Senate Majority Leader Mitch Carver, R-Ky.,"},
      {"Dean Joss, a 55-year-old salesman from Sumter, South Carolina, says Cruz will win.", "says",
       "Dean Joss, a 55-year-old salesman from Sumter, South Carolina,"},
      {"After the vote, the senator, a Democrat, said the bill was dead.", "said", "the senator, a Democrat,"},
  };
  CheckSources(std::begin(cases), std::end(cases));
}

TEST_CASE("a name in apposition to a description of a person is the speaker with that role",
          "[attribute][subject]") {
  auto r = AuditText("Another delegate on the state slate, Jim Poole, said he was leaning toward the senator.");
  CHECK(SourceOfCue(r, "said") == "Another delegate on the state slate, Jim Poole,");
  bool found = false;
  for (const auto& src : r.sources) {
    if (src.name != "Jim Poole") continue;
    found = true;
    CHECK(src.role == "delegate on the state slate");
    CHECK(src.kind == onrecord::SourceKind::kNamed);
  }
  CHECK(found);
  // The same with a possessive determiner: the name, not "Its chief
  // inspector", is the source.
  r = AuditText("The office said it was told late. Its chief inspector, Ruth Okonedo, claimed that the firm had waited.");
  CHECK(r.anonymous_sources.empty());
}

TEST_CASE("an aside between dashes after the source belongs to the source", "[attribute][subject]") {
  const Case cases[] = {
      {"Democrats — and some Republicans — say the bill goes too far.", "say", "Democrats — and some Republicans —"},
      {"Jason Sims — a teacher from Mount Pleasant — says he made a last-minute decision.", "says",
       "Jason Sims — a teacher from Mount Pleasant —"},
      {"On Friday, Newt Gingrich — mentioned by a magazine as the leading choice — told Fox that he was ready.", "told",
       "Newt Gingrich — mentioned by a magazine as the leading choice —"},
  };
  CheckSources(std::begin(cases), std::end(cases));
}

TEST_CASE("a participle after a comma takes the sentence's subject whatever its verb", "[attribute][subject]") {
  const Case cases[] = {
      // "began with": a verb, not an adjective after the noun as in "el
      // portavoz oficial" (orthography adjectives-after-nouns).
      {"The mayor began with the crisis, saying he was tired.", "saying", "The mayor"},
      // A plural subject no list knows, before a finite verb.
      {"The departments declined to provide any documentation, saying they cannot discuss the case.", "saying",
       "The departments"},
  };
  CheckSources(std::begin(cases), std::end(cases));
}

TEST_CASE("a subject with a restrictive postmodifier is the source, not the noun inside it",
          "[attribute][subject]") {
  const Case cases[] = {
      {"The state officials whose laws were struck down say the courts have changed.", "say",
       "The state officials whose laws were struck down"},
      {"Republican activists clamoring to block the nominee say they are in trouble.", "say",
       "Republican activists clamoring to block the nominee"},
      {"Officials who asked not to be named said the talks stalled.", "said", "Officials who asked not to be named"},
  };
  CheckSources(std::begin(cases), std::end(cases));
}

TEST_CASE("an organisation or side before a role noun and a name is the person's role", "[attribute][subject]") {
  const Named cases[] = {
      {"\"We will win,\" said Harvard University economist Jane Roe.", "Jane Roe", "Harvard University economist"},
      {"\"Not yet,\" said former Obama adviser David Axelrod.", "David Axelrod", "former Obama adviser"},
      {"\"It is over,\" said Republican political consultant Chris Russell.", "Chris Russell",
       "Republican political consultant"},
      // A person's name ends before "of"; a title keeps its period.
      {"\"Maybe,\" said Sen. Bernie Sanders of Vermont.", "Bernie Sanders", "Sen. of Vermont"},
  };
  CheckNamed(std::begin(cases), std::end(cases));
  for (const auto& c : cases) CHECK(AuditText(c.text).quotes.at(0).speaker == c.name);
}

TEST_CASE("a demonstrative before a verb in -ed is no survey's respondents", "[attribute][subject]") {
  auto r = AuditText("Those included asking the ministry to stop the shipments, the person said.");
  for (const auto& a : r.anonymous_sources) CHECK(a.phrase != "Those included");
}

TEST_CASE("a phrase inside an apposition or an adverbial between commas is not the source",
          "[attribute][subject]") {
  const Named cases[] = {
      {"Sen. Chuck Grassley, facing a tough challenge in Iowa, a swing state, said the hearings would wait.",
       "Chuck Grassley", "Sen."},
      {"Senator Sheldon Whitehouse, a Democrat from Rhode Island, in the name of curbing climate change, has "
       "proposed a carbon tax.",
       "Sheldon Whitehouse", "Senator"},
      {"Roy Blunt, after a long pause, said the party would recover.", "Roy Blunt", ""},
      {"Ted Cruz, as he has in the past, said the party would recover.", "Ted Cruz", ""},
  };
  CheckNamed(std::begin(cases), std::end(cases));
  for (const auto& c : cases) CHECK(AuditText(c.text).sources.size() == 1);
}

TEST_CASE("a definite epithet refers to the person named since, not to an older unresolved epithet",
          "[attribute][subject]") {
  const std::string text =
      "The freshman senator wants to return to the campaign trail. His allies are worried.\n\n"
      "“I wonder how,” Sen. John McCain said. The longtime senator said he rarely asks for help.";
  auto r = AuditText(text);
  int mccain = -1;
  for (const auto& s : r.sources) {
    if (s.name == "John McCain") mccain = s.id;
  }
  REQUIRE(mccain >= 0);
  bool found = false;
  for (const auto& a : r.attributions) {
    if (!a.source || a.source->text != "The longtime senator") continue;
    found = true;
    CHECK(a.source_id == mccain);
  }
  CHECK(found);
}

TEST_CASE("a name after a quote ending in a question or exclamation mark is the speaker", "[attribute][subject]") {
  // The sentence breaker ends a sentence after "?”" and "!”"; the surname
  // then opens a "sentence" and appears nowhere else, yet it is a name.
  auto r = AuditText("“Is it over?” Okafor asked. “It is not!” Lindqvist said.");
  REQUIRE(r.quotes.size() == 2);
  CHECK(r.quotes[0].speaker == "Okafor");
  CHECK(r.quotes[1].speaker == "Lindqvist");
}

TEST_CASE("the source phrase starts where a poll share or a document starts", "[attribute][subject]") {
  const Case cases[] = {
      {"Six in 10 Americans say the economy is weak.", "say", "Six in 10 Americans"},
      {"Only about 4 in 10 voters said they trusted him.", "said", "Only about 4 in 10 voters"},
      {"A study by the liberal watchdog group Public Citizen found that the fees doubled.", "found",
       "A study by the liberal watchdog group Public Citizen"},
  };
  CheckSources(std::begin(cases), std::end(cases));
}

TEST_CASE("a cue that is a relative clause's own verb has the relative pronoun as its source",
          "[attribute][subject]") {
  auto r = AuditText("Some House conservatives who have vehemently opposed the deal will vote no.");
  // The verb group keeps its auxiliary and its adverb.
  CHECK(SourceOfCue(r, "have vehemently opposed") == "who");
  // A relative clause before the cue belongs to the source.
  r = AuditText("Supporters who packed the hall said they would vote for him.");
  CHECK(SourceOfCue(r, "said") == "Supporters who packed the hall");
}

TEST_CASE("an infinitive after a cue does not stop an unlisted subject", "[attribute][subject]") {
  auto r = AuditText("Both leaders pledged to retain the channels in a phone call.");
  CHECK(SourceOfCue(r, "pledged") == "Both leaders");
}

TEST_CASE("both leaders after two people joined as the subject are those two", "[attribute][subject]") {
  auto r = AuditText(
      "Wen Bao and Tom Reyes have not spoken since both leaders pledged to retain “strategic communication "
      "channels” in a phone call, even though the president said in early February that another call would "
      "soon take place.");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "Wen Bao and Tom Reyes");
  CHECK(r.quotes[0].cue == "pledged");
}

TEST_CASE("an apposition after an inverted cue gives a role when its noun is a person's", "[attribute][subject]") {
  const Named cases[] = {
      {"\"Not yet,\" said Maria Lopez, a port director.", "Maria Lopez", "port director"},
      {"\"We had no choice,\" said Ahmed Saleh, a farmer.", "Ahmed Saleh", "farmer"},
  };
  CheckNamed(std::begin(cases), std::end(cases));
}

TEST_CASE("a name the text declares a pseudonym is an anonymous source", "[attribute][subject]") {
  auto r = AuditText("\"We had no choice,\" said Ahmed, not his real name.");
  REQUIRE(r.sources.size() == 1);
  CHECK(r.sources[0].kind == onrecord::SourceKind::kAnonymous);
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker_kind == onrecord::SourceKind::kAnonymous);
}

TEST_CASE("a participle after a coordinated sentence subject takes the whole coordination", "[attribute][subject]") {
  // As for a cue right after the subject: the conjunct next to the verb is
  // the source and the span shows both.
  auto r = AuditText("The owner, Mara Lind, spoke first. Mara Lind and her family issued a note after the pilot "
                     "retired, saying the port “will miss his voice.”");
  CHECK(SourceOfCue(r, "saying") == "Mara Lind and her family");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "Lind family");
  r = AuditText("Mara Lind and Tom Beck issued a note, saying the port would reopen.");
  CHECK(SourceOfCue(r, "saying") == "Mara Lind and Tom Beck");
}
