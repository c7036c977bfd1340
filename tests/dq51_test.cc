// Direct quotes (forty-third round, branch dq51): a quoted sentence that
// goes on after its speech tag ("“…,” he said, that …").
#include <string>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AuditText;
using onrecord::testing::AttributionBySourceAndCue;
using onrecord::testing::ContentJoined;

namespace {

// The content parts of the attribution with `source` and `cue`, joined with
// " | ", or "<missing>".
std::string ContentOf(const std::string& text, const std::string& source, const std::string& cue) {
  auto r = AuditText(text);
  const onrecord::Attribution* a = AttributionBySourceAndCue(r, source, cue);
  return a ? ContentJoined(*a) : "<missing>";
}

}  // namespace

TEST_CASE("dq51: a that-clause after the speech tag finishes the quote", "[dq51]") {
  CHECK(ContentOf("Ferry service resumes in the bay.\n\n"
                  "\"It is simply our bad luck,\" Mara Okafor said, that both storms hit the harbor in one week.\n",
                  "Mara Okafor", "said") ==
        "\"It is simply our bad luck,\" | that both storms hit the harbor in one week");
  CHECK(ContentOf("Ferry service resumes in the bay.\n\n"
                  "“It is simply our bad luck,” he said, that both storms hit the harbor in one week.\n",
                  "he", "said") == "“It is simply our bad luck,” | that both storms hit the harbor in one week");
}

TEST_CASE("dq51: a modal after the speech tag finishes the quote", "[dq51]") {
  CHECK(ContentOf("Ferry service resumes in the bay.\n\n"
                  "“Only a harbor pilot,” Lena Ruiz said, would steer a ferry through that fog at night.\n",
                  "Lena Ruiz", "said") == "“Only a harbor pilot,” | would steer a ferry through that fog at night");
}

TEST_CASE("dq51: the tail stops at a dash or a semicolon", "[dq51]") {
  CHECK(ContentOf("Ferry service resumes in the bay.\n\n"
                  "\"It is simply our bad luck,\" Mara Okafor said, that both storms hit the harbor; the fleet "
                  "stayed in port.\n",
                  "Mara Okafor", "said") == "\"It is simply our bad luck,\" | that both storms hit the harbor");
}

// Guards: what follows the tag is the writer's, or the quote is finished.
TEST_CASE("dq51: a participle, other words or a finished quote keep the tail out", "[dq51]") {
  const std::string lead = "Ferry service resumes in the bay.\n\n";
  // A participle after the tag opens a statement of its own ("…, noting …").
  CHECK(ContentOf(lead + "\"It is simply our bad luck,\" Mara Okafor said, noting the storms hit the harbor in one week.\n",
                  "Mara Okafor", "said") == "\"It is simply our bad luck,\"");
  // Words of the writer's that do not open with "that" or a modal.
  CHECK(ContentOf(lead + "\"It is simply our bad luck,\" Mara Okafor said, standing on the pier in the rain.\n",
                  "Mara Okafor", "said") == "\"It is simply our bad luck,\"");
  // A quote that ends on a full stop is a finished sentence.
  CHECK(ContentOf(lead + "\"It is simply our bad luck.\" Mara Okafor said that both storms hit the harbor in one week.\n",
                  "Mara Okafor", "said") == "\"It is simply our bad luck.\"");
  // A quote after the tag is joined as before, with no words of the writer's.
  CHECK(ContentOf(lead + "\"It is simply our bad luck,\" Mara Okafor said, \"and both storms hit the harbor.\"\n",
                  "Mara Okafor", "said") == "\"It is simply our bad luck,\" | \"and both storms hit the harbor.\"");
}
