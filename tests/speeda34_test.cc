// Output-identical speed work of the twenty-eighth round (branch speeda34,
// docs/performance.md): the attribute stage keeps TitledInText's answer per
// name and office for the article (OfficeHolderBefore asks it about every
// person named before each office mention), and tells a verb of intent or
// of support that is no cue before it screens the sentence for the cue
// rule's exceptions.
#include <catch2/catch.hpp>

#include <string>

#include "attribute.h"
#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;
using testing::SeenAttributions;
using testing::SeenWithSource;

TEST_CASE("speeda34 an office noun asked about again resolves as the first time", "[speeda34]") {
  // Each "The governor" weighs both persons titled "Gov." again, and "The
  // former governor" asks the same names about the same office.
  const auto r = AuditText(
      "Gov. Ann Cole said the road flooded.\n\nFormer Gov. Tom Hale said the bridge was weak.\n\n"
      "Tom Reyes, a farmer, said the fields were lost.\n\nThe governor said the bridge was closed.\n\n"
      "The former governor said it was not his fault.\n\nThe governor said the bridge would open in May.\n");
  size_t governors = 0;
  for (const auto& seen : SeenAttributions(r)) {
    if (seen.source == "The governor") {
      ++governors;
      CHECK(seen.who == "Ann Cole");
    }
    if (seen.source == "The former governor") CHECK(seen.who == "Tom Hale");
  }
  CHECK(governors == 2);
  CHECK(SeenWithSource(r, "The former governor").who == "Tom Hale");
}

TEST_CASE("speeda34 a cue word ruled out by intent, support or an exception stays out in any order", "[speeda34]") {
  // "plans a new park": a verb of intent before no infinitive; "is said to
  // be": the neutral rule's exception; "most voters support": a verb of
  // support after a counted group, a cue; "support" after a name, none.
  // ("plans to say" stands alone: inside the content of a speech tag after
  // it, ", Tom Hale said", a stance cue is no attribution of its own since
  // nest53, as PolNeAR marks it.)
  const auto r = AuditText(
      "The mayor plans a new park. She is said to be popular. Most voters support the plan, a poll found. "
      "Ana Ruiz plans to say that the park will open. Lee support grew.\n");
  bool plans_park = false, said_to_be = false, support_grew = false, most_support = false, plans_to = false;
  for (const auto& seen : SeenAttributions(r)) {
    plans_park = plans_park || (seen.cue == "plans" && seen.source == "The mayor");
    said_to_be = said_to_be || seen.cue == "is said" || seen.cue == "said to be";
    support_grew = support_grew || (seen.cue == "support" && seen.source == "Lee");
    most_support = most_support || seen.cue == "support";
    plans_to = plans_to || seen.cue.find("plans") != std::string::npos;
  }
  CHECK_FALSE(plans_park);
  CHECK_FALSE(said_to_be);
  CHECK_FALSE(support_grew);
  CHECK(most_support);
  CHECK(plans_to);
}

TEST_CASE("speeda34 a key writes every curly apostrophe as a straight one, left to right", "[speeda34]") {
  // UnifyApostrophes copies the bytes between apostrophes at once.
  CHECK(TokenKey("Trump’s") == "trump's");
  CHECK(TokenKey("’Tis") == "'tis");
  CHECK(TokenKey("rock ’n’ roll’") == "rock 'n' roll'");
  CHECK(TokenKey("’’’") == "'''");
  CHECK(TokenKey("O’Neill’s “Plan” — Ça Va") == "o'neill's “plan” — ça va");
  // A dash or a left single quote shares the apostrophe's first two bytes.
  CHECK(TokenKey("‘Yes’ – no") == "‘yes' – no");
  CHECK(TokenKey("Ärger’s") == TokenKeyByIcu("Ärger’s"));
  CHECK(TokenKey("Ärger’s") == "ärger's");
}

}  // namespace
}  // namespace onrecord
