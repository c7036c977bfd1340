// Output-identical speed work of the forty-fourth round (branch perf52,
// docs/performance.md): Sha256 calls libcrypto's SHA-256 functions instead
// of the EVP interface, so a process no longer initialises OpenSSL 3 whole
// for its first digest. The digests are what the rules hash, each
// article's sha256 and a finding's fingerprint are made of; these cases pin
// them to the published SHA-256 values and to one another (pieces against
// the whole, two hashers at once). They hold on the base too (the change
// keeps every digest).
#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "sha256.h"

using namespace onrecord;

TEST_CASE("perf52: SHA-256 of the standard's short messages", "[perf52]") {
  CHECK(Sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(Sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  // 56 bytes: the padding needs a second block.
  CHECK(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST_CASE("perf52: SHA-256 of a million bytes given in uneven pieces", "[perf52]") {
  Sha256 h;
  const std::string piece(977, 'a');  // not a multiple of the 64-byte block
  size_t given = 0;
  while (given + piece.size() <= 1000000) {
    h.Update(piece);
    given += piece.size();
  }
  h.Update(std::string(1000000 - given, 'a'));
  CHECK(h.Hex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("perf52: a digest does not depend on where the bytes are cut", "[perf52]") {
  // A NUL byte inside, as the rules hash puts one after each path.
  const std::string text = std::string("The harbor board voted on Tuesday, a spokeswoman said, and the ferry fares will rise in May.") +
                           std::string(1, '\0') + "en/cue/neutral.yml";
  const std::string whole = "777322fd6a9e19937ef84b812b5aaa48385139cc73c072a79f44023509fbebd7";
  REQUIRE(Sha256Hex(text) == whole);
  for (size_t cut = 0; cut <= text.size(); ++cut) {
    Sha256 h;
    h.Update(std::string_view(text).substr(0, cut));
    h.Update(std::string_view());
    h.Update(std::string_view(text).substr(cut));
    INFO("cut at " << cut);
    CHECK(h.Hex() == whole);
  }
}

TEST_CASE("perf52: two hashers at once keep their own state", "[perf52]") {
  Sha256 first, second;
  first.Update("ab");
  second.Update("abcdbcdecdefdefgefghfghighijhijk");
  first.Update("c");
  second.Update("ijkljklmklmnlmnomnopnopq");
  CHECK(first.Hex() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(second.Hex() == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}
