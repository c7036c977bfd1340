// Quote conventions beyond paired marks (dialogue dashes, block quotations),
// the kind of a quote split by its speech tag or closed by a quotative
// particle, and findings about quote styles and datelines (the eighth
// round's fresh-user report).
#include <catch2/catch.hpp>

#include "findings_util.h"
#include "test_util.h"

using onrecord::AuditResult;
using onrecord::QuoteKind;
using onrecord::testing::HasFinding;
using onrecord::testing::AuditText;
using onrecord::testing::QuoteTexts;

TEST_CASE("a paragraph opening with a dialogue dash is speech up to its speech tag", "[quotes][dialogue]") {
  // Spanish raya: the dash before the cue closes the speech, the one after
  // the tag reopens it.
  auto es = AuditText("—No firmaremos este convenio —aseguró la alcaldesa de Villaseca, Marta Ibáñez—. "
                      "Los vecinos merecen otra cosa.\n",
                      "es.txt", "es");
  CHECK(QuoteTexts(es) == std::vector<std::string>{"No firmaremos este convenio", "Los vecinos merecen otra cosa."});
  for (const auto& q : es.quotes) {
    CHECK(q.speaker == "Marta Ibáñez");
    CHECK(q.kind == QuoteKind::kDirect);
  }
  // French tiret: the tag follows a comma.
  auto fr = AuditText("— Nous ne reculerons pas, a affirmé la ministre Claire Vasseur.\n", "fr.txt", "fr");
  REQUIRE(fr.quotes.size() == 1);
  CHECK(fr.quotes[0].text == "Nous ne reculerons pas,");
  CHECK(fr.quotes[0].speaker == "Claire Vasseur");
  // Russian: a comma, then the dash before the tag, and a dash after it.
  auto ru = AuditText("— Мы не отступим, — заявил мэр Олег Карпов. — Работы начнутся весной.\n", "ru.txt", "ru");
  CHECK(QuoteTexts(ru) == std::vector<std::string>{"Мы не отступим,", "Работы начнутся весной."});
  for (const auto& q : ru.quotes) CHECK(q.speaker == "Олег Карпов");
  // A quote in marks inside the speech is one level deeper, part of it.
  auto nested = AuditText("—No firmaremos el «convenio de la vergüenza» —aseguró la alcaldesa Marta Ibáñez.\n",
                          "es.txt", "es");
  CHECK(QuoteTexts(nested) == std::vector<std::string>{"No firmaremos el «convenio de la vergüenza»",
                                                        "convenio de la vergüenza"});
  // Portuguese: without a dash after the tag, what follows is the writer's.
  auto pt = AuditText("— Não vamos desistir — disse o prefeito Rui Tavares. Depois saiu da sala.\n", "pt.txt", "pt");
  CHECK(QuoteTexts(pt) == std::vector<std::string>{"Não vamos desistir"});
}

TEST_CASE("a dash that opens no paragraph, or opens one with no speech tag, is no quote", "[quotes][dialogue]") {
  // A dash inside ordinary prose.
  CHECK(AuditText("El plan —aprobado en marzo— costará dos millones, informó el ayuntamiento.\n", "es.txt", "es")
            .quotes.empty());
  // A dash opening a list item with no cue.
  CHECK(AuditText("— Tres nuevas líneas de autobús.\n\n— Un carril bici en la avenida.\n", "es.txt", "es")
            .quotes.empty());
  // English press does not write dialogue dashes.
  CHECK(AuditText("— We will not back down, said Mayor Tom Ellery.\n").quotes.empty());
}

TEST_CASE("a block quotation without marks is a quote, and a run of them goes on as one", "[quotes][html]") {
  auto r = AuditText(
      "<html lang=\"en\"><body><p>The harbour master, Ruth Okafor, wrote to the council on Friday.</p>\n"
      "<blockquote><p>The pier cannot take another winter like the last one.</p>"
      "<p>I ask the council to close it now.</p></blockquote>\n"
      "<p>The council has not replied.</p></body></html>\n",
      "page.html");
  REQUIRE(r.quotes.size() == 2);
  CHECK(r.quotes[0].text == "The pier cannot take another winter like the last one.");
  CHECK(r.quotes[1].text == "I ask the council to close it now.");
  CHECK(r.quotes[0].kind == QuoteKind::kDirect);
  // Introduced by a cue before a colon, it is that speaker's.
  auto said = AuditText(
      "<html lang=\"en\"><body><p>The harbour master, Ruth Okafor, said on Friday:</p>\n"
      "<blockquote><p>The pier cannot take another winter.</p></blockquote></body></html>\n",
      "page.html");
  REQUIRE(said.quotes.size() == 1);
  CHECK(said.quotes[0].speaker == "Ruth Okafor");
  // A block quotation with marks of its own is read by its marks.
  auto marked = AuditText(
      "<html lang=\"en\"><body><blockquote><p>“We are ready,” said Ruth Okafor.</p></blockquote></body></html>\n",
      "page.html");
  CHECK(QuoteTexts(marked) == std::vector<std::string>{"We are ready,"});
}

TEST_CASE("the part of a quote after its speech tag is as direct as the part before", "[quotes][kind]") {
  auto r = AuditText("“The repairs are overdue,” Linda Marsh told the board, “but we have the money now.”\n");
  REQUIRE(r.quotes.size() == 2);
  CHECK(r.quotes[0].kind == QuoteKind::kDirect);
  CHECK(r.quotes[1].text == "but we have the money now.");
  CHECK(r.quotes[1].kind == QuoteKind::kDirect);
  CHECK_FALSE(HasFinding(r, "attribution.partial-quote"));
  // A fragment after the tag of a fragment stays a fragment.
  auto frag = AuditText("Linda Marsh called the plan “overdue,” she told the board, “and underfunded.”\n");
  REQUIRE(frag.quotes.size() == 2);
  CHECK(frag.quotes[1].kind == QuoteKind::kPartial);
}

TEST_CASE("a Japanese quote closed by the quotative と and its cue is a whole quote", "[quotes][kind][ja]") {
  auto r = AuditText("佐藤花子市長は定例会見で「来年度から無償化を始める」と述べた。\n", "ja.txt", "ja");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].kind == QuoteKind::kDirect);
  CHECK_FALSE(HasFinding(r, "attribution.partial-quote"));
}

TEST_CASE("a quote split at the writer's words or opened by a dash has no quote style of its own", "[quotes][findings]") {
  auto ru = AuditText("«Это наша ошибка, — признал глава района Игорь Белов. — Мы её исправим».\n", "ru.txt", "ru");
  REQUIRE(ru.quotes.size() == 2);
  CHECK_FALSE(HasFinding(ru, "document.mixed-quote-styles"));
  // Two styles of marks are still two styles.
  auto mixed = AuditText("«Это наша ошибка», — признал Игорь Белов.\n\n“Мы её исправим”, — добавил он.\n", "ru.txt", "ru");
  CHECK(HasFinding(mixed, "document.mixed-quote-styles"));
}

TEST_CASE("a US dateline with a state names its wire service", "[clean][dateline]") {
  for (const char* text : {"SALEM, Ore. (AP) — The state Senate passed the budget on Tuesday.\n",
                           "BOISE, Idaho (AP) — The state Senate passed the budget on Tuesday.\n",
                           "DENVER (AP) — The state Senate passed the budget on Tuesday.\n"}) {
    INFO(text);
    auto r = AuditText(text);
    REQUIRE(r.metadata.dateline_wire.has_value());
    CHECK(*r.metadata.dateline_wire == "AP");
  }
  // A sentence that merely holds a parenthesis is no dateline.
  CHECK_FALSE(AuditText("The Senate, Ore. said (AP) — no.\n").metadata.dateline_wire.has_value());
}
