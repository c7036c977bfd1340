// ScopedEnv: an environment variable set for the processes a test starts
// (RunCli's children), removed again when the test's scope ends. One copy
// for the tests that had their own (fixe37, left44, rob45, store26).
#pragma once

#include <cstdlib>
#include <string>

namespace onrecord::testing {

class ScopedEnv {
 public:
  ScopedEnv(const char* name, const std::string& value) : name_(name) { ::setenv(name, value.c_str(), 1); }
  ~ScopedEnv() { ::unsetenv(name_); }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* name_;
};

}  // namespace onrecord::testing
