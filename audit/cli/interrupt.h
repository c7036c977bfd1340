// SIGINT and SIGTERM as a request to stop cleanly, for the commands that
// write a database (`ingest`, `audit --db`): the handler only records the
// signal; the command stops at its next safe point, says what it kept, and
// exits 128 + the signal's number (130, 143).
#ifndef ONRECORD_CLI_INTERRUPT_H_
#define ONRECORD_CLI_INTERRUPT_H_

#include <signal.h>

#include <atomic>

namespace onrecord::cli {

// The signal that interrupted the command (SIGINT, SIGTERM), else 0. Written
// by the handler: a lock-free atomic is async-signal-safe.
inline std::atomic<int> g_interrupted{0};
static_assert(std::atomic<int>::is_always_lock_free);

extern "C" inline void OnInterrupt(int signal_number) { g_interrupted.store(signal_number); }

// While alive: SIGINT and SIGTERM set g_interrupted (once; the next one has
// its default action again, so a second Ctrl-C ends the process at once).
class InterruptHandler {
 public:
  InterruptHandler() {
    g_interrupted = 0;
    struct sigaction action {};
    action.sa_handler = OnInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND;
    sigaction(SIGINT, &action, &old_int_);
    sigaction(SIGTERM, &action, &old_term_);
  }
  ~InterruptHandler() {
    sigaction(SIGINT, &old_int_, nullptr);
    sigaction(SIGTERM, &old_term_, nullptr);
  }
  InterruptHandler(const InterruptHandler&) = delete;
  InterruptHandler& operator=(const InterruptHandler&) = delete;

 private:
  struct sigaction old_int_ {};
  struct sigaction old_term_ {};
};

inline const char* InterruptName(int signal_number) { return signal_number == SIGINT ? "SIGINT" : "SIGTERM"; }

}  // namespace onrecord::cli

#endif  // ONRECORD_CLI_INTERRUPT_H_
