// Faults of the twenty-second round (multicue28): a word between the parts
// of a cue, or between an inverted cue and its subject, lost the
// attribution; and a cue that refers back to the sentence before ("Об этом
// заявил …", "Das sagte …", "Así lo afirmó …") was missed. Every sentence
// here is invented.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "test_util.h"

namespace onrecord {
namespace {

using testing::AuditText;
using testing::SeenWithCue;
using testing::SpeakerOf;

// "a également déclaré", "ha inoltre dichiarato": an adverb between the
// auxiliary and the participle broke the compound cue, and the whole
// attribution was lost (list cue-insertions).
TEST_CASE("an adverb inside a compound cue keeps the cue in French and Italian", "[multicue28]") {
  {
    auto r = AuditText("La ministre de la Culture, Odile Ferrand, a également déclaré que le musée rouvrirait en juin.\n",
                       "t.txt", "fr");
    auto a = SeenWithCue(r, "a également déclaré");
    CHECK(a.who == "Odile Ferrand");
    CHECK(a.content == std::vector<std::string>{"que le musée rouvrirait en juin"});
  }
  {
    auto r = AuditText("Le préfet du Finistère, Marc Dutilleul, a toutefois reconnu que la route restait fermée.\n",
                       "t.txt", "fr");
    CHECK(SeenWithCue(r, "a toutefois reconnu").who == "Marc Dutilleul");
  }
  {
    auto r = AuditText("Il ministro dei Trasporti, Sergio Valli, ha inoltre dichiarato che il ponte sarà chiuso a maggio.\n",
                       "t.txt", "it");
    CHECK(SeenWithCue(r, "ha inoltre dichiarato").who == "Sergio Valli");
  }
}

// "Воронина также сообщила, что …": a surname standing alone before an
// adverb and its verb was read as no name, and the attribution was lost.
TEST_CASE("a lone surname before an adverb and its cue is the source", "[multicue28]") {
  {
    auto r = AuditText("Петров также заявил, что мост закроют в мае.\n", "t.txt", "ru");
    auto a = SeenWithCue(r, "также заявил");
    CHECK(a.source == "Петров");
  }
  {
    auto r = AuditText("Lima porém disse que a ponte será fechada em maio.\n", "t.txt", "pt");
    CHECK(SeenWithCue(r, "porém disse").source == "Lima");
  }
}

// "…, dijo a Efe la portavoz …": the addressee between the inverted verb
// and its subject had taken the subject's place (or hidden it).
TEST_CASE("an addressee between an inverted cue and its subject is neither", "[multicue28]") {
  struct Case {
    const char* lang;
    const char* text;
    const char* cue;
    const char* who;
  };
  const std::vector<Case> cases = {
      {"es", "El puerto seguirá cerrado hasta el lunes, dijo a Efe el director del puerto, Javier Soto.\n", "dijo",
       "Javier Soto"},
      {"es", "Las obras terminarán en marzo, explicó al diario la concejala de Urbanismo, Marta Gil.\n", "explicó",
       "Marta Gil"},
      {"it", "La strada resterà chiusa fino a lunedì, ha detto ai giornalisti il prefetto Luca Neri.\n", "ha detto",
       "Luca Neri"},
      {"pt", "O porto continuará fechado até segunda-feira, disse à imprensa o diretor do porto, João Reis.\n", "disse",
       "João Reis"},
      {"fr", "Le port restera fermé jusqu'à lundi, a déclaré à la presse le directeur du port, Yann Morvan.\n",
       "a déclaré", "Yann Morvan"},
      {"ru", "Порт будет закрыт до понедельника, сообщил журналистам директор порта Олег Смирнов.\n", "сообщил",
       "Олег Смирнов"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto r = AuditText(c.text, "t.txt", c.lang);
    CHECK(SeenWithCue(r, c.cue).who == c.who);
  }
}

// "Об этом заявил министр …", "Das sagte …", "Así lo afirmó …": the cue
// reports the sentence before; the subject follows the cue (list
// back-reference-openers).
TEST_CASE("a cue referring back reports the sentence before", "[multicue28]") {
  struct Case {
    const char* lang;
    const char* text;
    const char* cue;
    const char* who;
    const char* content;
  };
  const std::vector<Case> cases = {
      {"ru", "Мост будет закрыт на три месяца с мая. Об этом заявил министр транспорта Андрей Соколов.\n", "заявил",
       "Андрей Соколов", "Мост будет закрыт на три месяца с мая"},
      {"de", "Die Brücke wird ab Mai drei Monate gesperrt. Das sagte Verkehrsminister Jens Hallmann am Dienstag.\n",
       "sagte", "Jens Hallmann", "Die Brücke wird ab Mai drei Monate gesperrt"},
      {"es", "El puerto seguirá cerrado por el temporal. Así lo afirmó la ministra de Transportes, Elena Prieto.\n",
       "afirmó", "Elena Prieto", "El puerto seguirá cerrado por el temporal"},
      {"it", "Il ponte sarà chiuso per tre mesi. Lo ha detto il ministro dei Trasporti, Sergio Valli.\n", "ha detto",
       "Sergio Valli", "Il ponte sarà chiuso per tre mesi"},
      {"pt", "O porto continuará fechado por causa da tempestade. Foi o que disse o diretor do porto, João Reis.\n",
       "disse", "João Reis", "O porto continuará fechado por causa da tempestade"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto r = AuditText(c.text, "t.txt", c.lang);
    auto a = SeenWithCue(r, c.cue);
    CHECK(a.who == c.who);
    CHECK(a.content == std::vector<std::string>{c.content});
  }
}

// "«…». Así lo explicó …": the quote before had been a scare quote or had
// no speaker.
TEST_CASE("a quote before a cue referring back is that source's", "[multicue28]") {
  CHECK(SpeakerOf(AuditText("«No hay otra opción». Así lo explicó el director del puerto, Javier Soto.\n", "t.txt",
                            "es"),
                  "No hay otra opción") == "Javier Soto");
  CHECK(SpeakerOf(AuditText("«Ремонт неизбежен». Об этом сообщил губернатор Иван Петров.\n", "t.txt", "ru"),
                  "Ремонт неизбежен") == "Иван Петров");
  CHECK(SpeakerOf(AuditText("„Wir haben keine andere Wahl.“ Das sagte der Bürgermeister von Celle, Tobias Krug.\n",
                            "t.txt", "de"),
                  "Wir haben keine andere Wahl") == "Tobias Krug");
  // In HTML, a quote set as a <blockquote> and the paragraph after it.
  CHECK(SpeakerOf(AuditText("<html lang=\"de\"><body><article><p>Die Stadt plant eine neue Brücke.</p>"
                            "<blockquote><p>„Wir haben keine andere Wahl. Die Brücke ist zu alt.“</p></blockquote>"
                            "<p>Das sagte der Bürgermeister von Celle, Tobias Krug, dem Kurier.</p>"
                            "</article></body></html>\n",
                            "t.html", "de"),
                  "Wir haben keine andere Wahl") == "Tobias Krug");
}

}  // namespace
}  // namespace onrecord
