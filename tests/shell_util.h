// Shell helper for the tests that drive scripts/ (scripts/build, scripts/test).
// Kept out of test_util.h so that only the tests which run scripts include it.
#pragma once

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "test_util.h"

namespace onrecord::testing {

// Runs `script` with bash, its output and errors into `log`; returns the exit
// status, or -1 when bash did not exit normally (killed by a signal).
inline int Sh(const std::string& script, const std::filesystem::path& log) {
  const std::string cmd = "bash -c " + ShellQuote(script) + " > " + ShellQuote(log.string()) + " 2>&1";
  const int status = std::system(cmd.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace onrecord::testing
