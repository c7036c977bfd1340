// SHA-256 through OpenSSL's libcrypto (internal).
#ifndef ONRECORD_SHA256_H_
#define ONRECORD_SHA256_H_

#include <string>
#include <string_view>

namespace onrecord {

// Incremental SHA-256; Hex() finishes and returns 64 lower-case hex digits.
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;
  void Update(std::string_view bytes);
  std::string Hex();

 private:
  void* ctx_;
};

std::string Sha256Hex(std::string_view bytes);

}  // namespace onrecord

#endif  // ONRECORD_SHA256_H_
