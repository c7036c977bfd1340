// Quote spans: marks of every supported language, apostrophes, nesting,
// continuation across paragraphs and local recovery from stray marks.
#include <catch2/catch.hpp>

#include "test_util.h"

using onrecord::AuditResult;
using onrecord::QuoteKind;
using onrecord::testing::AuditText;
using onrecord::testing::QuoteTexts;

TEST_CASE("quote marks of each language are paired", "[quotes]") {
  struct Case {
    const char* lang;
    const char* text;
    const char* quote;
  };
  const Case cases[] = {
      {"en", "“We will build it,” the mayor said.", "We will build it,"},
      {"en", "\"We will build it,\" the mayor said.", "We will build it,"},
      {"de", "„Wir bauen es“, sagte die Bürgermeisterin.", "Wir bauen es"},
      {"de", "»Wir bauen es«, sagte die Bürgermeisterin.", "Wir bauen es"},
      {"fr", "« Nous le construirons », a déclaré la maire.", "Nous le construirons"},
      {"ru", "«Мы построим его», — заявил мэр.", "Мы построим его"},
      {"zh", "市长表示：「我们会建成它。」", "我们会建成它。"},
      {"ja", "市長は『必ず建てる』と述べた。", "必ず建てる"},
      {"de", "‚Wir bauen es‘, sagte sie.", "Wir bauen es"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto r = AuditText(c.text, "t.txt", c.lang);
    REQUIRE(!r.quotes.empty());
    CHECK(r.quotes.front().text == c.quote);
  }
}

TEST_CASE("apostrophes and elisions are never quote marks", "[quotes]") {
  auto r = AuditText(
      "Trump’s team hasn’t said much since the ’90s, and rock ’n’ roll isn’t the point. "
      "“It’s a bit too much,” said Ana Ruiz, an economist.");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].text == "It’s a bit too much,");
  auto fr = AuditText("« L’État n’a rien dit », a déclaré Anne Roy, ministre de l’Intérieur.", "f.txt", "fr");
  REQUIRE(fr.quotes.size() == 1);
  CHECK(fr.quotes[0].text == "L’État n’a rien dit");
}

TEST_CASE("a quote nested inside another is its own level", "[quotes]") {
  auto r = AuditText("“She told me ‘never again’ and left,” said Ana Ruiz, a neighbour.");
  auto texts = QuoteTexts(r);
  REQUIRE(texts.size() == 2);
  CHECK(texts[0] == "She told me ‘never again’ and left,");
  CHECK(texts[1] == "never again");
}

TEST_CASE("quotes nest up to eight levels and a deeper quote is text of the one around it", "[quotes]") {
  // “w0 ‘w1 “w2 … core…”’”: each level opens with its own word.
  auto nest = [](int depth) {
    std::string open, close;
    for (int i = 0; i < depth; ++i) {
      open += std::string(i % 2 ? "\u2018" : "\u201C") + "w" + std::to_string(i) + " ";
      close.insert(0, i % 2 ? "\u2019" : "\u201D");
    }
    return "Ana Ruiz said " + open + "core" + close + ".\n";
  };
  auto eight = QuoteTexts(AuditText(nest(8)));
  REQUIRE(eight.size() == 8);
  CHECK(eight[0].rfind("w0 \u2018w1 ", 0) == 0);
  CHECK(eight[7] == "w7 core");
  auto nine = QuoteTexts(AuditText(nest(9)));
  REQUIRE(nine.size() == 8);
  // The ninth level's words and marks are text of the eighth and of every
  // level around it.
  std::string outer = eight[0];
  outer.replace(outer.find("w7 core"), 7, "w7 \u201Cw8 core\u201D");
  CHECK(nine[0] == outer);
  CHECK(nine[7] == "w7 \u201Cw8 core\u201D");
}

TEST_CASE("a stray mark is recovered inside its paragraph", "[quotes]") {
  // An unclosed mark in the first paragraph must not flip the second.
  auto r = AuditText(
      "The mayor said “the plan is dead and nobody noticed.\n\n"
      "“We are done,” said Ana Ruiz, a council member.");
  bool found = false;
  for (const auto& q : r.quotes) {
    if (q.text == "We are done,") found = true;
  }
  CHECK(found);
}

// Regression (a fresh user's scraped page): with no space after the closing
// straight mark, `test,"Katie` read as a second opening mark and the quote
// was lost; glued after a comma or a sentence's end it may close.
TEST_CASE("a closing mark glued to the next word still closes", "[quotes]") {
  auto r = AuditText("The mayor spoke on Monday.\n\n\"This is another test,\"Katie Packer said.\n");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].text == "This is another test,");
  CHECK(r.quotes[0].speaker == "Katie Packer");
  auto curly = AuditText("“We are done.”Ana Ruiz left the hall.\n\n“It is over,”said Tom Lee.\n");
  CHECK(QuoteTexts(curly) == std::vector<std::string>{"We are done.", "It is over,"});
  // After a comma with nothing open, the mark opens.
  auto opens = AuditText("The mayor said,\"We will build it.\"\n");
  CHECK(QuoteTexts(opens) == std::vector<std::string>{"We will build it."});
}

TEST_CASE("a paragraph left open and reopened continues the quote", "[quotes]") {
  auto r = AuditText(
      "Her family released a statement.\n\n"
      "“None of us can make sense of it. He loved the harbour.\n\n"
      "“He coached the under-12s,” the Kesby family said.");
  REQUIRE(r.quotes.size() == 2);
  CHECK(r.quotes[0].text == "None of us can make sense of it. He loved the harbour.");
  // The first paragraph takes the speaker named in the second.
  CHECK(r.quotes[0].speaker == r.quotes[1].speaker);
  CHECK_FALSE(r.quotes[0].speaker.empty());
}

// Regression (fu28): Spanish opens each paragraph a «…» quote runs on to
// with a closing guillemet (comillas de seguir). The » was read as a new
// opening mark: the first paragraph's quote was lost as unbalanced and the
// second ran over its own speech tag, UNATTRIBUTED.
TEST_CASE("a guillemet quote continued by » opening the next paragraph is one quote", "[quotes]") {
  auto r = AuditText(
      "El comité de vecinos se reunió el martes.\n\n"
      "«Pedimos el autobús hace tres años. Nadie contestó.\n\n"
      "»Ahora queremos una fecha», exigió la portavoz vecinal, Lucía Serrano.\n",
      "es.txt", "es");
  CHECK(QuoteTexts(r) ==
        std::vector<std::string>{"Pedimos el autobús hace tres años. Nadie contestó.", "Ahora queremos una fecha"});
  REQUIRE(r.quotes.size() == 2);
  CHECK(r.quotes[0].speaker == "Lucía Serrano");
  CHECK(r.quotes[1].speaker == "Lucía Serrano");
  bool unbalanced = false;
  for (const auto& f : r.findings) unbalanced = unbalanced || f.rule == "document.unbalanced-quote-marks";
  CHECK_FALSE(unbalanced);
  // A » spaced off from the text opens no continuation; a paragraph whose
  // quote was closed is not continued by a » after it.
  auto closed = AuditText(
      "«Pedimos el autobús», dijo Lucía Serrano.\n\n»Ahora queremos una fecha», añadió.\n", "es.txt", "es");
  CHECK(QuoteTexts(closed).front() == "Pedimos el autobús");
}

TEST_CASE("short unattributed quotes are scare quotes and titles are titles", "[quotes]") {
  auto r = AuditText("The so-called “reform” was announced in the book “Long Roads Home” last year.");
  REQUIRE(r.quotes.size() == 2);
  CHECK(r.quotes[0].kind == QuoteKind::kScare);
  CHECK(r.quotes[1].kind == QuoteKind::kTitle);
  CHECK_FALSE(r.quotes[0].speech());
}

TEST_CASE("quote offsets point at the characters between the marks", "[quotes]") {
  std::string text = "Intro line.\n“Exact words here,” said Ana Ruiz, a judge.";
  auto r = AuditText(text);
  REQUIRE(r.quotes.size() == 1);
  const auto& q = r.quotes[0];
  CHECK(text.substr(q.location.begin, q.location.end - q.location.begin) == q.text);
  CHECK(q.location.line == 2);
  CHECK(q.location.column == 2);
}

TEST_CASE("two apostrophes or two grave accents typed for a double mark pair as one", "[quotes]") {
  // Some newsroom exports write ''…'' (and ``…'') for “…”.
  auto r = AuditText("''We will win,'' Ana Ruiz said. ``Nobody doubts it,'' she added. It's Ruiz's day.");
  CHECK(QuoteTexts(r) == std::vector<std::string>{"We will win,", "Nobody doubts it,"});
  REQUIRE(r.quotes.size() == 2);
  CHECK(r.quotes[0].speaker == "Ana Ruiz");
  // A lone apostrophe is still an apostrophe.
  CHECK(AuditText("It's the mayor's plan, officials said.").quotes.empty());
}

TEST_CASE("three apostrophes after text close a single and then a doubled-apostrophe quote", "[quotes]") {
  // ''…'…''' : the inner single quotation closes first, then the outer one.
  auto r = AuditText("''Voters will not settle for 'We will fix it later,''' said Senator Ana Ruiz of Ohio.");
  CHECK(QuoteTexts(r) == std::vector<std::string>{"Voters will not settle for 'We will fix it later,'",
                                                  "We will fix it later,"});
  REQUIRE(!r.quotes.empty());
  CHECK(r.quotes[0].speaker == "Ana Ruiz");
  // Before text, three apostrophes open the double quotation and then the single one.
  r = AuditText("Ana Ruiz said: '''Later' is not a plan,'' and left.");
  CHECK(QuoteTexts(r) == std::vector<std::string>{"'Later' is not a plan,", "Later"});
}

TEST_CASE("a paragraph opening with a mark never closed after a paragraph ending in a colon is a block quotation", "[quotes]") {
  auto r = AuditText(
      "Maria Lopez spoke next.\n\nShe went on to say:\n\n"
      "\"None of them will come out and back the plan. They will not even admit it.\n\n"
      "The crowd cheered.\n");
  CHECK(QuoteTexts(r) ==
        std::vector<std::string>{"None of them will come out and back the plan. They will not even admit it."});
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "Maria Lopez");
  // Without the colon the lone mark stays a stray mark, not a quote.
  r = AuditText("Maria Lopez spoke next.\n\nShe went on.\n\n\"None of them will come out.\n\nThe crowd cheered.\n");
  CHECK(r.quotes.empty());
}

TEST_CASE("a curly opening mark closed by a straight one is a quote", "[quotes]") {
  auto r = AuditText("\xE2\x80\x9CI fundamentally disagree,\" said Mick Bednarek, a retired general.");
  CHECK(QuoteTexts(r) == std::vector<std::string>{"I fundamentally disagree,"});
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "Mick Bednarek");
  // Straight marks inside a curly quote still pair among themselves.
  r = AuditText("\xE2\x80\x9CHe told me \"no\" twice,\xE2\x80\x9D said Ana Ruiz.");
  CHECK(QuoteTexts(r) == std::vector<std::string>{"He told me \"no\" twice,", "no"});
}

TEST_CASE("the writer's words set off by dashes inside one pair of marks are no part of the quote", "[quotes]") {
  auto ru = AuditText(
      "Мост\n\n"
      "«Мы не имеем права снова переносить сроки, — сказал Громов журналистам в среду. — Люди восьмой год "
      "ездят в объезд».\n",
      "t.txt", "ru");
  CHECK(QuoteTexts(ru) == std::vector<std::string>{"Мы не имеем права снова переносить сроки,",
                                                  "Люди восьмой год ездят в объезд"});
  // Both halves are the speaker's.
  for (const auto& q : ru.quotes) CHECK(q.speaker == "Громов");
  // No cue word after the dash: one quote ("— и это главное, —" is the speaker's aside).
  auto aside = AuditText("Мост\n\n«Сроки, — и это главное, — никто не переносил», — заявил Громов.\n", "t.txt", "ru");
  CHECK(QuoteTexts(aside) == std::vector<std::string>{"Сроки, — и это главное, — никто не переносил"});
  // No dash reopening the speech: one quote.
  auto en = AuditText("Bridge\n\n\xE2\x80\x9CWe came, \xE2\x80\x94 said nothing and left.\xE2\x80\x9D Ana Ruiz said.\n");
  CHECK(QuoteTexts(en).size() == 1);
}

TEST_CASE("a double mark after a colon left open in the last paragraph is a quote cut off", "[quotes]") {
  // An article cut off mid-quote: the speech runs to the end of the text.
  auto r = AuditText(
      "Titel\n\nDie Staatssekret\xC3\xA4rin Margit Holzapfel kam zu Wort. Sie wurde mit den Worten zitiert: "
      "\xE2\x80\x9E" "Eines der Szenarien ist, dass sich Angreifer festsetzen, etwa mitten im\n",
      "t.txt", "de");
  CHECK(QuoteTexts(r) == std::vector<std::string>{"Eines der Szenarien ist, dass sich Angreifer festsetzen, etwa mitten im"});
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "Margit Holzapfel");
  // A stray opening mark with no colon before it pairs with nothing.
  CHECK(QuoteTexts(AuditText("Title\n\nThe plan \xE2\x80\x9C" "failed, the mayor said.\n")).empty());
  // After a colon in a paragraph that is not the last, with the next
  // paragraph not reopening it, the closing mark was lost: the quote runs to
  // its paragraph's end (dqr34; it paired with nothing before).
  CHECK(QuoteTexts(AuditText("Title\n\nThe mayor said: \xE2\x80\x9C" "It failed.\n\nThe council met.\n")) ==
        std::vector<std::string>{"It failed."});
}

TEST_CASE("a double mark opening the last paragraph, never closed, is a quote cut off with no speaker",
          "[quotes]") {
  // A scraped page that ends mid-quote: the quote was lost, and then it
  // took the previous paragraph's speaker, though its own attribution
  // (usually after the first sentence) was cut off with it.
  auto r = AuditText(
      "Title\n\nA harbour spokeswoman said the plan was \xE2\x80\x9C" "dead on arrival.\xE2\x80\x9D\n\n"
      "\xE2\x80\x9C" "This plan repeats\n");
  CHECK(QuoteTexts(r) == std::vector<std::string>{"dead on arrival.", "This plan repeats"});
  REQUIRE(r.quotes.size() == 2);
  CHECK(r.quotes[0].speaker == "A harbour spokeswoman");
  CHECK(r.quotes[1].speaker.empty());
  // Not a mark inside the paragraph, and not a paragraph that is not the last.
  CHECK(QuoteTexts(AuditText("Title\n\nThe plan \xE2\x80\x9C" "failed badly\n")).empty());
  CHECK(QuoteTexts(AuditText("Title\n\n\xE2\x80\x9C" "It failed\n\nThe council met.\n")).empty());
}

TEST_CASE("curly marks glued to Chinese or Japanese text pair by their glyph", "[quotes]") {
  // No spaces in CJK text: a closing mark followed by a Han character closes.
  auto zh = AuditText("标题\n\n他问：\xE2\x80\x9C服务会不会更好？\xE2\x80\x9D没有人回答。\n", "t.txt", "zh");
  CHECK(QuoteTexts(zh) == std::vector<std::string>{"服务会不会更好？"});
  auto ja = AuditText("見出し\n\n彼は\xE2\x80\x9C必ず建てる\xE2\x80\x9Dと述べた。\n", "t.txt", "ja");
  CHECK(QuoteTexts(ja) == std::vector<std::string>{"必ず建てる"});
  // Latin text keeps its flanking rules: an apostrophe inside a word is none.
  CHECK(QuoteTexts(AuditText("Title\n\nTrump\xE2\x80\x99s plan failed, the mayor said.\n")).empty());
}

TEST_CASE("a German low-9 opening mark closed by a straight one is a quote", "[quotes]") {
  // Scraped German text often keeps „ and loses “ to a typed ".
  auto r = AuditText("Titel\n\n\xE2\x80\x9E" "Wir bleiben hier\", sagte Anna Berg. Dann sagte sie: \"Wir gehen nicht.\"\n",
                     "t.txt", "de");
  CHECK(QuoteTexts(r) == std::vector<std::string>{"Wir bleiben hier", "Wir gehen nicht."});
  REQUIRE(r.quotes.size() == 2);
  CHECK(r.quotes[0].speaker == "Anna Berg");
  // Only a straight mark that can only close closes it: one that opens
  // ("sagte „Ja, \"Nein\" …“") still pairs with its own kind.
  auto nested = AuditText("Titel\n\n\xE2\x80\x9E" "Sie rief \"Halt\" und ging\xE2\x80\x9C, sagte Anna Berg.\n", "t.txt", "de");
  CHECK(QuoteTexts(nested) == std::vector<std::string>{"Sie rief \"Halt\" und ging", "Halt"});
}

TEST_CASE("a quote opened after a cue in the last paragraph and never closed runs to the paragraph's end", "[quotes]") {
  // The file ends mid-quote, inside its paragraph.
  auto r = AuditText("Title\n\nThe council met on Monday. Ana Ruiz said \xE2\x80\x9Cwe will keep the harbour open until");
  CHECK(QuoteTexts(r) == std::vector<std::string>{"we will keep the harbour open until"});
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == "Ana Ruiz");
  auto comma = AuditText("Title\n\nAna Ruiz said, \xE2\x80\x9CWe will keep the harbour open. Nobody will stop us\n");
  CHECK(QuoteTexts(comma) == std::vector<std::string>{"We will keep the harbour open. Nobody will stop us"});
  // Not after a cue, or not in the last paragraph: nothing.
  CHECK(QuoteTexts(AuditText("Title\n\nThe plan \xE2\x80\x9C" "failed badly\n")).empty());
  CHECK(QuoteTexts(AuditText("Title\n\nAna Ruiz said \xE2\x80\x9Cwe will stay\n\nThe council met.\n")).empty());
}

TEST_CASE("an unbalanced quote mark is reported where it stands", "[quotes]") {
  auto at = [](const AuditResult& r) {
    for (const auto& f : r.findings) {
      if (f.rule == "document.unbalanced-quote-marks") return std::to_string(f.location.line) + ":" + std::to_string(f.location.column);
    }
    return std::string("none");
  };
  // A mark open mid-paragraph that the quote stage does not recover.
  CHECK(at(AuditText("Title\n\nThe plan \xE2\x80\x9C" "failed badly, officials said.\n\nThe council met.\n")) == "3:10");
  // A closing mark with no opening one.
  CHECK(at(AuditText("Title\n\nThe plan failed\xE2\x80\x9D badly, officials said.\n")) == "3:16");
  // Recovered quotes point at their opening mark.
  CHECK(at(AuditText("Title\n\nAna Ruiz said \xE2\x80\x9Cwe will stay")) == "3:15");
  CHECK(at(AuditText("Title\n\n\xE2\x80\x9CWe will stay,\xE2\x80\x9D Ana Ruiz said.\n")) == "none");
}
