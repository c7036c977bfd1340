// Twenty-ninth round (recallb35, issue #4, PolNeAR recall): a cue right
// after a comma that closes an apposition or a relative clause takes the
// phrase before that clause as its subject, the closing comma in the source
// span (PolNeAR), and the apposition of a name as its role; the phrase after
// the verb is its object, not an inverted source.
#include <catch2/catch.hpp>
#include <string>

#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;
using testing::SeenWithCue;

struct Case {
  const char* text;
  const char* cue;
  const char* source;
};

}  // namespace

TEST_CASE("recallb35 the subject before an apposition, not the object after the verb", "[recallb35]") {
  const Case cases[] = {
      // After a subordinator: the object had been the source ("the mayor").
      {"The protest grew louder on Sunday as Mara Lind, Tom Hale’s daughter, attacked the mayor for his remarks.\n",
       "attacked", "Mara Lind, Tom Hale’s daughter,"},
      // A given name no list knows: the object had been the source.
      {"Joh Varga, Ohio Secretary of State, voiced his disapproval of the ruling.\n", "voiced",
       "Joh Varga, Ohio Secretary of State,"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const auto a = SeenWithCue(AuditText(c.text), c.cue);
    CHECK(a.source == c.source);
  }
  // The apposition is the name's role: named with a role (T5).
  const auto a = SeenWithCue(AuditText(cases[0].text), "attacked");
  CHECK(a.who == "Mara Lind");
  CHECK(a.level == 5);
}

TEST_CASE("recallb35 guards: inversions, places and clauses keep their reading", "[recallb35]") {
  const Case cases[] = {
      // An inverted source after what was said keeps its reading.
      {"The levy will pass, said Tom Bell.\n", "said", "Tom Bell"},
      {"The levy will pass, the mayor believes, said Tom Bell, a clerk.\n", "said", "Tom Bell, a clerk"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(SeenWithCue(AuditText(c.text), c.cue).source == c.source);
  }
  // A place after a comma is no apposition, and a clause after a comma
  // ("Salem, Tom Bell praised …,") is no subject's aside.
  for (const char* text : {"Ada Voss of Burke County, Georgia, knows the mayor in a way few others do.\n",
                           "In Salem, Tom Bell praised the mayor, thanked the crowd and left.\n"}) {
    CAPTURE(text);
    const auto r = AuditText(text);
    for (const auto& a : r.attributions) {
      if (a.source) {
        CHECK(a.source->text != "Ada Voss of Burke County, Georgia,");
        CHECK(a.source->text.find("Salem") == std::string::npos);
      }
    }
  }
}

}  // namespace onrecord
