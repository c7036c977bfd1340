// Helpers shared by the tests that stop an ingest midway (store26, fu30).
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>

#include "test_util.h"

namespace onrecord::testing {

// `count` short articles, s0.txt … in `dir`, each with one quote and ten
// paragraphs of narration: enough work for an ingest to be stopped midway.
inline void WriteManyArticles(const std::filesystem::path& dir, int count) {
  for (int i = 0; i < count; ++i) {
    std::string text = "Report " + std::to_string(i) + ".\n\n\"We will win item " + std::to_string(i) +
                       ",\" Mayor Ana Ruiz said.\n\n";
    for (int p = 0; p < 10; ++p) text += "The council met on day " + std::to_string(p + i) + " and reviewed the contract.\n\n";
    WriteFile(dir / ("s" + std::to_string(i) + ".txt"), text);
  }
}

// Waits until `path` exists, for at most a minute (`ingest` installs its
// signal handlers before it opens the database, so a signal sent once the
// file exists is handled).
inline void WaitUntilExists(const std::filesystem::path& path) {
  for (int waited = 0; waited < 60000 && !std::filesystem::exists(path); waited += 10) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
}

}  // namespace onrecord::testing
