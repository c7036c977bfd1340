#include "sha256.h"

// libcrypto's own SHA-256 functions, not the EVP interface: EVP's first
// digest initialises OpenSSL 3 whole (reads openssl.cnf, starts the default
// provider, fetches the method), about 5.9 M instructions and 2 to 3 ms of
// CPU in a process that hashes nothing else (perf52). These functions are
// deprecated in 3.0 but call the same block routine (with the same CPU
// dispatch, SHA-NI where there is one), so every digest is the same.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>

namespace onrecord {

Sha256::Sha256() : ctx_(new SHA256_CTX) { SHA256_Init(static_cast<SHA256_CTX*>(ctx_)); }

Sha256::~Sha256() { delete static_cast<SHA256_CTX*>(ctx_); }

void Sha256::Update(std::string_view bytes) {
  SHA256_Update(static_cast<SHA256_CTX*>(ctx_), bytes.data(), bytes.size());
}

std::string Sha256::Hex() {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256_Final(digest, static_cast<SHA256_CTX*>(ctx_));
  static const char* kHex = "0123456789abcdef";
  std::string out;
  out.reserve(SHA256_DIGEST_LENGTH * 2);
  for (unsigned char byte : digest) {
    out.push_back(kHex[byte >> 4]);
    out.push_back(kHex[byte & 15]);
  }
  return out;
}

std::string Sha256Hex(std::string_view bytes) {
  Sha256 h;
  h.Update(bytes);
  return h.Hex();
}

}  // namespace onrecord
