// `onrecord init [DIR]`: writes a commented starter `.onrecord.yml`.
#include <filesystem>
#include <fstream>
#include <iostream>

#include "commands.h"
#include "onrecord/printable.h"
#include "onrecord/config.h"
#include "onrecord/file.h"

namespace fs = std::filesystem;

namespace onrecord::cli {

namespace {

struct InitArgs {
  std::string dir = ".";
  bool force = false;
};

int RunInit(const InitArgs& args) {
  std::error_code ec;
  if (!fs::is_directory(args.dir, ec)) {
    std::cerr << "onrecord: " << PrintableText(args.dir) << ": "
              << (fs::exists(args.dir, ec) ? "not a directory (init writes .onrecord.yml into a folder)"
                                           : "no such directory")
              << "\n";
    return kExitError;
  }
  fs::path target = fs::path(args.dir) / kConfigFileName;
  if (fs::exists(target, ec) && !args.force) {
    std::cerr << "onrecord: " << PrintableText(target.string())
              << " already exists; use --force to overwrite it\n";
    return kExitError;
  }
  Status written = WriteFileAtomically(target.string(), StarterConfig(), "the config file");
  if (!written.ok()) {
    std::cerr << "onrecord: " << PrintableStatus(written) << "\n";
    return kExitError;
  }
  std::cerr << "onrecord: wrote " << PrintableText(target.string()) << "\n";
  return kExitOk;
}

CommandRegistration registration("init", 90, [](CLI::App& app, GlobalOptions&) {
  auto args = std::make_shared<InitArgs>();
  CLI::App* sub = app.add_subcommand("init", "Write a commented starter .onrecord.yml");
  sub->add_option("dir", args->dir, "Directory to write it in (default: the current one)");
  sub->add_flag("--force", args->force, "Overwrite an existing .onrecord.yml");
  return std::function<int()>([args] { return RunInit(*args); });
});

}  // namespace

}  // namespace onrecord::cli
