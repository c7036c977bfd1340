// onrecord_peak_rss OUT PROGRAM [ARGS…]: runs PROGRAM (a path, no PATH
// search) with ARGS, writes the peak resident memory of that process alone,
// in bytes, and a line break to the file OUT, and exits with PROGRAM's exit
// status (128 + the signal number when a signal ended it; 2 when this
// helper itself fails, with a message on standard error).
//
// Why the tests need it (test_util.h, RunCliMeasured): a test process
// starts the CLI through std::system(), which glibc runs with vfork, and the
// kernel folds the memory the test process had touched into the child's
// ru_maxrss at exec: getrusage(RUSAGE_CHILDREN) then reports the test
// process's own peak when that is the larger, such as after auditing large
// inputs in-process under AddressSanitizer. This helper is a small process
// of its own; a child it forks starts from its small address space, so
// wait4() gives the child's own peak.
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: onrecord_peak_rss OUT PROGRAM [ARGS...]\n");
    return 2;
  }
  const pid_t pid = fork();
  if (pid < 0) {
    std::perror("onrecord_peak_rss: fork");
    return 2;
  }
  if (pid == 0) {
    execv(argv[2], argv + 2);
    std::perror(argv[2]);
    _exit(127);
  }
  int status = 0;
  struct rusage usage {};
  if (wait4(pid, &status, 0, &usage) < 0) {
    std::perror("onrecord_peak_rss: wait4");
    return 2;
  }
  std::FILE* out = std::fopen(argv[1], "w");
  if (!out) {
    std::perror(argv[1]);
    return 2;
  }
  const bool written = std::fprintf(out, "%ld\n", usage.ru_maxrss * 1024L) > 0;
  if (std::fclose(out) != 0 || !written) {
    std::perror(argv[1]);
    return 2;
  }
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  return WIFSIGNALED(status) ? 128 + WTERMSIG(status) : 2;
}
