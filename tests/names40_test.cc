// Name spans and Title Case text (thirty-fourth round, branch names40,
// issue #4): a title-case headline's capitals read against the names the
// article gives, a cue adverb opening an imperative ("Just ask him"), an
// organisation's name with "of" before ", which", two groups joined by
// "and" as one source, "Dean" as a given name, "Convention" as an
// organisation's word.
#include <string>

#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::testing::AnyCue;
using onrecord::testing::AuditText;
using onrecord::testing::SeenWithCue;
using onrecord::testing::SourceNamed;
using onrecord::testing::SpeakerOf;

namespace {
const char kHead[] = "Harbor board weighs a ferry merger.\n\n";

bool AnySourceNameHas(const onrecord::AuditResult& r, const std::string& part) {
  for (const auto& s : r.sources) {
    if (s.name.find(part) != std::string::npos) return true;
  }
  return false;
}
}  // namespace

TEST_CASE("names40: a title-case headline run that ends in a function word names nobody", "[names40]") {
  auto r = AuditText(
      "Coach Pays A Heavy Price For Backing Stadium Plan\n\n"
      "Former coach Tom Hale said he had lost bookings because of the plan.\n");
  CHECK_FALSE(AnySourceNameHas(r, "Price"));
  CHECK(SeenWithCue(r, "said").who == "Tom Hale");
}

TEST_CASE("names40: a title-case headline name is cut to the name the article gives", "[names40]") {
  auto r1 = AuditText(
      "Look How Ana Ruiz Just Fired Back At Critics\n\n"
      "Ana Ruiz, the harbor commissioner, answered her critics on Monday.\n");
  CHECK(SourceNamed(r1, "Look How Ana Ruiz") == nullptr);
  CHECK(SeenWithCue(r1, "Just Fired Back At").who == "Ana Ruiz");
  auto r2 = AuditText(
      "Offensive Things Tom Hale Has Said About Ferries\n\n"
      "Tom Hale, the harbor commissioner, has said many things about ferries.\n");
  CHECK(SeenWithCue(r2, "Has Said About").who == "Tom Hale");
}

TEST_CASE("names40: guard: headlines fixc39 broke keep their reading", "[names40]") {
  // A title before a name the body does not repeat.
  auto r1 = AuditText(
      "Pope Francis Calls for Peace in Syria\n\n"
      "The pontiff spoke to pilgrims on Sunday. He said the fighting must stop.\n");
  CHECK(SeenWithCue(r1, "Calls for").source == "Pope Francis");
  CHECK(SeenWithCue(r1, "Calls for").who == "Francis");
  // A person described in the headline and named in the body: no
  // anonymous source, and not the person the description mentions.
  auto r2 = AuditText(
      "Top Aide Says Mayor Will Not Run Again\n\n"
      "Tom Hale, the mayor's chief of staff, said on Monday that the mayor would retire.\n");
  CHECK(r2.anonymous_sources.empty());
  CHECK(SeenWithCue(r2, "Says").source == "Top Aide");
  auto r3 = AuditText(
      "Former Clinton Pollster Says Race Is Close\n\n"
      "Mark Penn, who once polled for the Clintons, said the race was close.\n");
  CHECK(r3.anonymous_sources.empty());
  CHECK(SeenWithCue(r3, "Says").source == "Former Clinton Pollster");
  CHECK(SeenWithCue(r3, "Says").who != "Clinton");
  auto r4 = AuditText(
      "Actor Who Backed Ted Cruz Calls Debate Rigged\n\n"
      "The actor Jon Voigt, who endorsed Ted Cruz last year, said the debate was rigged.\n");
  CHECK(SeenWithCue(r4, "Calls").who != "Ted Cruz");
  // One word before a known name, or an acronym, is kept.
  auto r5 = AuditText(
      "Hacker Guccifer: Server Was Easy To Enter\n\n"
      "Guccifer said in an interview that the server was easy to enter.\n");
  CHECK(SeenWithCue(r5, ":").source == "Hacker Guccifer");
  auto r6 = AuditText(
      "NY Post: Ana Ruiz Is No Different Than Her Rivals\n\n"
      "The Post wrote on Monday that Ana Ruiz had broken her promises.\n");
  CHECK(SeenWithCue(r6, ":").source == "NY Post");
}

TEST_CASE("names40: a cue adverb opening an imperative is no name", "[names40]") {
  // (The word is capitalized inside a sentence too, in a song's title, so
  // it looked like a name the article gives.)
  auto r1 = AuditText(std::string(kHead) +
                      "In Just Like Home, Ana Lee sings, “Never change a thing.” With Tom Hale, there is "
                      "little chance of change. Just ask him. “You think I am going to change?” he said at a "
                      "news conference. “I am not changing.”\n");
  CHECK_FALSE(AnyCue(r1, "ask"));
  CHECK(SpeakerOf(r1, "You think") != "Just");
  auto r2 = AuditText(std::string(kHead) +
                      "In Simply Home, Ana Lee sings, “Never change a thing.” Tom Hale will not give up. "
                      "Simply ask him.\n");
  CHECK_FALSE(AnyCue(r2, "ask"));
}

TEST_CASE("names40: an organisation's name with a connector before ', which' is whole", "[names40]") {
  auto r1 = AuditText(std::string(kHead) +
                      "Stocks fell on news from the Bank of Japan, which did not announce new stimulus.\n");
  CHECK(SeenWithCue(r1, "did not announce").who == "Bank of Japan");
  auto r2 = AuditText(std::string(kHead) +
                      "Fees went up at the University of Texas, which said costs had grown.\n");
  CHECK(SeenWithCue(r2, "said").who == "University of Texas");
  auto r3 = AuditText(std::string(kHead) +
                      "Shares rose after a report from the Department of Energy, which said the plant was safe.\n");
  CHECK(SeenWithCue(r3, "said").who == "Department of Energy");
  // (Guard: a name with no connector reads as before.)
  auto r4 = AuditText(std::string(kHead) + "Traders waited for the Federal Reserve, which said nothing new.\n");
  CHECK(SeenWithCue(r4, "said").who == "the Federal Reserve");
}

TEST_CASE("names40: two groups joined by 'and' are one source", "[names40]") {
  auto r1 = AuditText(std::string(kHead) + "Both Democrats and Republicans have argued that the bill is too costly.\n");
  CHECK(SeenWithCue(r1, "have argued").source == "Both Democrats and Republicans");
  CHECK(SeenWithCue(r1, "have argued").who == "Democrats and Republicans");
  auto r2 = AuditText(std::string(kHead) + "Her advisers and allies say she will run again.\n");
  CHECK(SeenWithCue(r2, "say").who == "Her advisers and allies");
  // (Guard: two people stay joint speakers.)
  auto r3 = AuditText(std::string(kHead) + "Ana Ruiz and Tom Hale said the bill was too costly.\n");
  CHECK(SeenWithCue(r3, "said").who == "Ana Ruiz and Tom Hale");
}

TEST_CASE("names40: 'Dean' before a surname is a given name, unless the surname has another", "[names40]") {
  auto r1 = AuditText(std::string(kHead) + "Dean Baker, an economist, said the figures were weak.\n");
  REQUIRE(SourceNamed(r1, "Dean Baker") != nullptr);
  CHECK(SourceNamed(r1, "Dean Baker")->role == "an economist");
  // (Guards: the dean of a school named in full before; a given name after the title.)
  auto r2 = AuditText(std::string(kHead) +
                      "Vikram Marsh runs the law school. Dean Marsh said the fees would rise.\n");
  CHECK(SourceNamed(r2, "Dean Marsh") == nullptr);
  CHECK(SeenWithCue(r2, "said").who == "Vikram Marsh");
  auto r3 = AuditText(std::string(kHead) + "Dean Ana Ruiz said the fees would rise.\n");
  REQUIRE(SourceNamed(r3, "Ana Ruiz") != nullptr);
  CHECK(SourceNamed(r3, "Ana Ruiz")->role == "Dean");
}

TEST_CASE("names40: a national convention is an organisation, not a person 'Convention'", "[names40]") {
  auto r = AuditText(std::string(kHead) +
                     "The Democratic National Convention said in a statement that the vote was fair.\n");
  CHECK(SourceNamed(r, "Convention") == nullptr);
  CHECK(SeenWithCue(r, "said in a statement").kind == onrecord::SourceKind::kOrganization);
  CHECK(SeenWithCue(r, "said in a statement").who != "Convention");
}
