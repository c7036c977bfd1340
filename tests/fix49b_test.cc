// Faults fresh users found in real articles, second part (forty-first
// round, branch fix49b): a subject whose head noun comes before a
// participle clause ("Lawyers defending the company said", "The officials
// overseeing the count said") is the whole phrase, not the participle's
// object, with or without a determiner before the head.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "attribution_util.h"
#include "test_util.h"

using onrecord::testing::AttributionLines;

TEST_CASE("fix49b: a bare head noun before a participle clause is the source with the clause", "[fix49b]") {
  CHECK(AttributionLines("Lawyers defending the ferry company said the toll would be appealed.") ==
        std::vector<std::string>{"Lawyers defending the ferry company | said | the toll would be appealed"});
  CHECK(AttributionLines("Officials overseeing the count said the results would come on Friday.") ==
        std::vector<std::string>{"Officials overseeing the count | said | the results would come on Friday"});
  CHECK(AttributionLines("Workers defending the union said the strike would go on.") ==
        std::vector<std::string>{"Workers defending the union | said | the strike would go on"});
}

TEST_CASE("fix49b: a definite head noun before a participle clause is the source with the clause", "[fix49b]") {
  CHECK(AttributionLines("The lawyers defending the harbor board said the levy was lawful.") ==
        std::vector<std::string>{"The lawyers defending the harbor board | said | the levy was lawful"});
  CHECK(AttributionLines("The officials overseeing the count said the results would come on Friday.") ==
        std::vector<std::string>{"The officials overseeing the count | said | the results would come on Friday"});
}

// Guards: readings that must not change.
TEST_CASE("fix49b: a participle clause whose object names no source keeps its reading", "[fix49b]") {
  CHECK(AttributionLines("Residents living near the pier said the ferries were loud.") ==
        std::vector<std::string>{"Residents living near the pier | said | the ferries were loud"});
  CHECK(AttributionLines("The lawyers representing the family said the case would settle.") ==
        std::vector<std::string>{"The lawyers representing the family | said | the case would settle"});
}
