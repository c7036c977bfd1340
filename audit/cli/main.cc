// onrecord: the command-line tool. Commands register themselves (commands.h).
#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <csignal>
#include <cstdint>
#include <cstdlib>
#include <glob.h>

#include <filesystem>
#include <iostream>
#include <set>
#include <streambuf>
#include <tuple>

#include "commands.h"
#include "onrecord/printable.h"
#include "onrecord/audit.h"
#include "onrecord/text.h"

namespace fs = std::filesystem;

namespace onrecord::cli {

std::vector<RegisteredCommand>& Registry() {
  static std::vector<RegisteredCommand> commands;
  return commands;
}

CommandRegistration::CommandRegistration(const char* name, int order, CommandSetup setup) {
  Registry().push_back({name, order, std::move(setup)});
}

std::shared_ptr<const RuleSet> LoadRulesOrReport(const GlobalOptions& global) {
  std::string dir = global.rules_dir.empty() ? RuleSet::DefaultDirectory(global.argv0) : global.rules_dir;
  auto rules = RuleSet::Load(dir);
  if (!rules.ok()) {
    std::cerr << "onrecord: " << PrintableStatus(rules.status()) << "\n";
    return nullptr;
  }
  return rules.value();
}

std::string LanguageWithoutRulesWarning(const AuditResult& result, const std::string& shown) {
  std::string out;
  for (const auto& f : result.findings) {
    if (f.rule == "input.language-without-rules" || f.rule == "input.language-mismatch") {
      std::string where = shown;
      // A JSON record's declared language: at its value (file:line:column).
      if (result.metadata.language_line > 0) {
        where += ":" + std::to_string(result.metadata.language_line) + ":" +
                 std::to_string(result.metadata.language_column);
      } else if (result.record) {
        where += " record " + std::to_string(*result.record);
      }
      out += "onrecord: warning: " + where + ": " + f.message + "\n";
    }
  }
  return out;
}

namespace {

// Standard output's stream buffer, passing everything on to the one it
// replaces and keeping the errno of the first write that failed: a failed
// write mid-run sets the stream's error flag, and by the last flush the
// OS's reason ("No space left on device") is gone from errno (in45).
class ErrnoKeepingBuffer : public std::streambuf {
 public:
  explicit ErrnoKeepingBuffer(std::streambuf* to) : to_(to) {}
  int first_errno() const { return first_errno_; }

 protected:
  int_type overflow(int_type c) override {
    if (traits_type::eq_int_type(c, traits_type::eof())) return sync() == 0 ? traits_type::not_eof(c) : c;
    errno = 0;
    const int_type r = to_->sputc(traits_type::to_char_type(c));
    if (traits_type::eq_int_type(r, traits_type::eof())) Keep();
    return r;
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    errno = 0;
    const std::streamsize written = to_->sputn(s, n);
    if (written < n) Keep();
    return written;
  }
  int sync() override {
    errno = 0;
    const int r = to_->pubsync();
    if (r != 0) Keep();
    return r;
  }

 private:
  void Keep() {
    if (first_errno_ == 0 && errno != 0) first_errno_ = errno;
  }
  std::streambuf* to_;
  int first_errno_ = 0;
};

ErrnoKeepingBuffer* g_stdout_buffer = nullptr;

}  // namespace

int FinishStandardOutput(int exit_code) {
  errno = 0;
  std::cout.flush();
  const bool stream_failed = std::cout.fail();
  const bool flush_failed = std::fflush(stdout) != 0 || std::ferror(stdout) != 0;
  if (!stream_failed && !flush_failed) return exit_code;
  // The reason is known when this last flush failed; a write that failed
  // earlier left only the stream's error flag.
  int e = errno;
  if (e == 0 && g_stdout_buffer != nullptr) e = g_stdout_buffer->first_errno();
  std::cerr << "onrecord: cannot write to standard output: "
            << (e != 0 ? std::strerror(e) : "a write failed, so the output is incomplete") << "\n";
  return kExitError;
}

std::string WarningLines(const std::vector<Status>& warnings) {
  std::string out;
  for (const auto& w : warnings) out += "onrecord: warning: " + PrintableStatus(w) + "\n";
  return out;
}

CLI::Validator ByteSize() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        const std::string raw = value;
        const std::string what = "'" + raw + "' is not a size above zero (bytes, or with a unit: 512KiB, 16MiB)";
        // AsSizeValue reads "-5" as a huge unsigned number: refuse signs first.
        if (raw.find_first_of("-+") != std::string::npos) return what;
        std::string err = CLI::AsSizeValue(false)(value);
        std::uint64_t bytes = 0;
        if (!err.empty() || value.empty() || value.find_first_not_of("0123456789") != std::string::npos ||
            !CLI::detail::lexical_cast(value, bytes) || bytes == 0) {
          value = raw;
          return what;
        }
        return std::string();
      },
      "SIZE");
}

CLI::Validator WholeNumber() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        if (value.empty() || value.size() > 18 || value.find_first_not_of("0123456789") != std::string::npos ||
            (value.size() > 1 && value[0] == '0')) {
          return "'" + value + "' is not a whole number (decimal digits, such as 4)";
        }
        return std::string();
      },
      "");
}

CLI::Validator FiniteNumber() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        char* end = nullptr;
        const double d = value.empty() ? 0.0 : std::strtod(value.c_str(), &end);
        if (value.empty() || end != value.c_str() + value.size() || !std::isfinite(d) ||
            value.find_first_of("xXpP") != std::string::npos) {
          return "'" + value + "' is not a number (such as 0.85)";
        }
        return std::string();
      },
      "");
}

namespace {

bool HasGlobChars(const std::string& s) { return s.find_first_of("*?[") != std::string::npos; }

bool IsArticleFile(const fs::path& p) {
  static const std::set<std::string> kExt = {".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl", ".ndjson"};
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return kExt.count(ext) > 0;
}

// A project's own files that sit beside articles in a folder: README.md,
// LICENSE.txt, CHANGELOG.md, CONTRIBUTING.md and the like. The name up to
// its first '.' is compared, ignoring case ("readme.de.md" too, but not
// "license-plates.md"); names an article could have ("changes",
// "security") are not on the list.
bool IsProjectFile(const fs::path& p) {
  static const std::set<std::string> kNames = {"readme",    "license",      "licence",        "copying",
                                               "changelog", "contributing", "code_of_conduct"};
  std::string stem = p.filename().string();
  stem = stem.substr(0, stem.find('.'));
  std::transform(stem.begin(), stem.end(), stem.begin(), [](unsigned char c) { return std::tolower(c); });
  return kNames.count(stem) > 0;
}

// A gold annotation file, as `onrecord eval` finds them (docs/accuracy.md):
// a `.json` file in a folder named `gold` ("corpus/gold/en_001.json", the
// gold of "corpus/en_001.txt"), or one whose name ends in `.gold.json`.
bool IsGoldFile(const fs::path& p) {
  auto lower = [](std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
  };
  const std::string name = lower(p.filename().string());
  if (name.size() <= 5 || name.compare(name.size() - 5, 5, ".json") != 0) return false;
  return lower(p.parent_path().filename().string()) == "gold" ||
         (name.size() > 10 && name.compare(name.size() - 10, 10, ".gold.json") == 0);
}

// The files a folder walk leaves out, by kind (each reported in one note),
// and the folders named like article files that it walked into.
struct Skipped {
  std::vector<std::string> project;
  std::vector<std::string> gold;
  std::vector<std::string> article_named_dirs;  // "in/story.txt/"
  size_t article_named_files = 0;               // the article files taken from them
};

void Walk(const fs::path& dir, std::set<std::string>& visited, std::vector<std::string>& out,
          Skipped* skipped, std::vector<std::string>* errors) {
  std::error_code ec;
  fs::path canonical = fs::canonical(dir, ec);
  if (ec) {
    errors->push_back(PrintableText(dir.string()) + ": cannot read directory: " + ec.message());
    return;
  }
  if (!visited.insert(canonical.string()).second) {
    // A link back into a folder already walked loses nothing (its files are
    // taken once, from the first path): a warning, not an input error, so
    // a harmless link does not change the exit status (audit, check,
    // clean and ingest alike).
    std::cerr << "onrecord: warning: " << PrintableText(dir.string())
              << ": directory loop through a symbolic link, skipped (its files are taken once)\n";
    return;
  }
  std::vector<fs::path> entries;
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
    entries.push_back(it->path());
  }
  if (ec) errors->push_back(PrintableText(dir.string()) + ": cannot read directory: " + ec.message());
  std::sort(entries.begin(), entries.end());
  for (const auto& e : entries) {
    std::string name = e.filename().string();
    if (!name.empty() && name[0] == '.') continue;
    const fs::file_status st = fs::status(e, ec);
    if (ec == std::errc::too_many_symbolic_link_levels) {
      // A loop of file links (a.txt -> b.txt -> a.txt) holds no article: in a
      // walk it is skipped with a warning, like a directory loop. Named on the
      // command line it stays an error (the loader's "Too many levels of
      // symbolic links"): the user asked for that file.
      if (IsArticleFile(e)) {
        std::cerr << "onrecord: warning: " << PrintableText(e.string()) << ": symbolic link loop, skipped\n";
      }
      continue;
    }
    if (fs::is_directory(st)) {
      // A folder named like an article ("story.txt/", a scraper's or an
      // export's folder per story) is walked like any folder, never read as
      // an article; a warning says so, so that neither its name nor its
      // files go unnoticed.
      const size_t before = out.size();
      Walk(e, visited, out, skipped, errors);
      if (IsArticleFile(e)) {
        skipped->article_named_dirs.push_back(e.string() + "/");
        skipped->article_named_files += out.size() - before;
      }
    } else if (IsArticleFile(e) && IsProjectFile(e)) {
      skipped->project.push_back(e.string());
    } else if (IsGoldFile(e)) {
      skipped->gold.push_back(e.string());
    } else if (IsArticleFile(e) && (fs::is_regular_file(st) || !fs::exists(st))) {
      // A named pipe, socket or device is not an article: it is skipped,
      // never opened (an open of a pipe would wait for a writer). A broken
      // symbolic link stays, for the loader to report.
      out.push_back(e.string());
    }
  }
}

}  // namespace

namespace {

// ExpandPaths without the note: walked folders' project files go to `skipped`.
void ExpandInto(const std::vector<std::string>& inputs, std::vector<std::string>* out, Skipped* skipped,
                std::vector<std::string>* errors) {
  for (const auto& in : inputs) {
    if (in == "-") {
      out->push_back(in);
      continue;
    }
    std::error_code ec;
    if (!fs::exists(in, ec) && HasGlobChars(in)) {
      glob_t g{};
      if (glob(in.c_str(), 0, nullptr, &g) == 0) {
        for (size_t i = 0; i < g.gl_pathc; ++i) ExpandInto({g.gl_pathv[i]}, out, skipped, errors);
      } else {
        errors->push_back(PrintableText(in) + ": no file matches the pattern");
      }
      globfree(&g);
      continue;
    }
    if (fs::is_directory(in, ec)) {
      std::set<std::string> visited;
      const size_t before = out->size(), errors_before = errors->size();
      Walk(in, visited, *out, skipped, errors);
      // A folder with no article in it is a wrong path, never a run that
      // audits or ingests nothing and passes.
      if (out->size() == before && errors->size() == errors_before) {
        errors->push_back(PrintableText(in) +
                          ": no article files in this folder (files ending .txt .md .markdown .html .htm .json "
                          ".jsonl .ndjson are read)");
      }
      continue;
    }
    out->push_back(in);  // a missing file is reported by the loader
  }
}

}  // namespace

std::vector<std::string> ExpandPaths(const std::vector<std::string>& inputs, std::vector<std::string>* errors) {
  std::vector<std::string> expanded;
  Skipped skipped;
  ExpandInto(inputs, &expanded, &skipped, errors);
  // Each file once, as first given: the same file by two paths (relative
  // and absolute, through a link, in a folder and named again) would be
  // audited twice and give every finding twice. Standard input can be read
  // only once: '-' again is an error.
  std::vector<std::string> out;
  std::set<std::string> seen;
  bool stdin_taken = false;
  for (auto& path : expanded) {
    if (path == "-") {
      if (stdin_taken) {
        errors->push_back("-: standard input is given more than once (it can be read only once)");
        continue;
      }
      stdin_taken = true;
      out.push_back(std::move(path));
      continue;
    }
    std::error_code ec;
    fs::path key = fs::absolute(path, ec);
    fs::path canonical = fs::weakly_canonical(key, ec);
    if (!ec) key = canonical;
    if (seen.insert(key.lexically_normal().string()).second) out.push_back(std::move(path));
  }
  for (const auto& [files, one, many] :
       {std::tuple{&skipped.project, "project file", "project files"},
        std::tuple{&skipped.gold, "gold annotation file", "gold annotation files"}}) {
    if (files->empty()) continue;
    std::string names;
    for (size_t i = 0; i < files->size() && i < 3; ++i) {
      names += (i ? ", " : "") + fs::path((*files)[i]).filename().string();
    }
    if (files->size() > 3) names += ", …";
    std::cerr << "onrecord: skipped " << Counted(files->size(), one, many) << " while walking folders (" << names
              << "); name a file to take it\n";
  }
  if (const auto& dirs = skipped.article_named_dirs; !dirs.empty()) {
    std::string names;
    for (size_t i = 0; i < dirs.size() && i < 3; ++i) names += (i ? ", " : "") + dirs[i];
    if (dirs.size() > 3) names += ", …";
    const size_t n = skipped.article_named_files;
    std::cerr << "onrecord: warning: " << names << ": "
              << (dirs.size() == 1 ? std::string("a folder named like an article file is")
                                   : std::to_string(dirs.size()) + " folders named like article files are")
              << " walked as " << (dirs.size() == 1 ? "a folder" : "folders") << ", not read as "
              << (dirs.size() == 1 ? "an article" : "articles") << ": "
              << (n == 0 ? std::string("no article file in ") + (dirs.size() == 1 ? "it" : "them") + " was taken"
                         : Counted(n, "article file", "article files") + " in " + (dirs.size() == 1 ? "it" : "them") +
                               (n == 1 ? " is" : " are") + " taken")
              << "\n";
  }
  return out;
}

std::string NoRecordsWarning(const std::string& shown, bool results) {
  return "onrecord: warning: " + shown + ": no " + (results ? "result lines" : "JSONL records") +
         ": the input is empty or holds only blank lines, so nothing was read from it\n";
}

}  // namespace onrecord::cli

int main(int argc, char** argv) {
  using namespace onrecord::cli;
  // A file-size limit (ulimit -f) makes a write fail with EFBIG, reported
  // with the file's name, instead of killing the process mid-write.
  std::signal(SIGXFSZ, SIG_IGN);
  // Never destroyed: std::cout is flushed by the standard library's own
  // static destructor at exit, after a function-local static here would be
  // gone (AddressSanitizer: a SEGV in std::ios_base::Init::~Init()).
  static ErrnoKeepingBuffer* const stdout_buffer = new ErrnoKeepingBuffer(std::cout.rdbuf());
  std::cout.rdbuf(stdout_buffer);
  g_stdout_buffer = stdout_buffer;
  CLI::App app{"onrecord: audits how news articles attribute quotes and claims, and how transparently."};
  app.set_version_flag("--version", std::string("onrecord ") + onrecord::ToolVersion());
  app.require_subcommand(1);
  GlobalOptions global;
  global.argv0 = argv[0];
  app.add_option("--rules", global.rules_dir, "Rules directory (default: the installed rules)")
      ->check(CLI::ExistingDirectory);
  // `onrecord audit --rules DIR FILE` works as well as `onrecord --rules DIR audit FILE`.
  app.fallthrough();
  auto& registry = Registry();
  std::sort(registry.begin(), registry.end(),
            [](const RegisteredCommand& a, const RegisteredCommand& b) { return a.order < b.order; });
  std::vector<std::pair<CLI::App*, std::function<int()>>> runs;
  for (auto& cmd : registry) {
    std::function<int()> run;
    CLI::App* sub = nullptr;
    // Each command adds its own sub-app and returns how to run it.
    auto before = app.get_subcommands({}).size();
    run = cmd.setup(app, global);
    auto subs = app.get_subcommands({});
    if (subs.size() > before) sub = subs.back();
    runs.emplace_back(sub, std::move(run));
  }
  // "onrecord frobnicate": the first word that is no option (nor the value
  // of --rules) names the command; CLI11 alone says only that one is needed.
  for (int i = 1; i < argc; ++i) {
    const std::string word = argv[i];
    if (word == "--rules") {
      ++i;
      continue;
    }
    if (word.empty() || word[0] == '-') continue;
    const auto subs = app.get_subcommands({});
    if (std::none_of(subs.begin(), subs.end(), [&](const CLI::App* sub) { return sub->check_name(word); })) {
      std::string names;
      for (const auto* sub : subs) names += (names.empty() ? "" : ", ") + sub->get_name();
      std::cerr << "onrecord: unknown command '" << onrecord::PrintableText(word) << "' (the commands are " << names
                << "); run with --help for more information\n";
      return kExitError;
    }
    break;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version are "errors" that succeed: CLI11 prints them.
    if (e.get_exit_code() == 0) return FinishStandardOutput(app.exit(e) == 0 ? 0 : kExitError);
    // A usage error names the program, as every other error does.
    std::cerr << "onrecord: " << onrecord::PrintableText(e.what()) << "; run with --help for more information\n";
    return FinishStandardOutput(kExitError);
  }
  for (auto& [sub, run] : runs) {
    if (sub && sub->parsed()) return FinishStandardOutput(run());
  }
  return kExitError;
}
