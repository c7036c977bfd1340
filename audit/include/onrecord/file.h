// Opening input files without blocking on what is not a file.
//
// Every input the tool reads by name (articles, the config, rule and list
// files, gold files, metadata tables) goes through OpenRegularFile: the file
// is opened with O_NONBLOCK, so that a named pipe (FIFO) or a device with no
// writer cannot make the open wait forever, then fstat-ed, and anything but a
// regular file is refused ("not a regular file", "is a directory").
//
// Thread-safety: free functions without shared state.
#ifndef ONRECORD_FILE_H_
#define ONRECORD_FILE_H_

#include <string>
#include <string_view>

#include "onrecord/status.h"

namespace onrecord {

// A file descriptor open for reading on a regular file (blocking mode
// restored), or why there is none: "no such file", "is a directory", "not a
// regular file", "cannot read file: …". Errors name `shown` (default: path).
// The caller closes the descriptor.
Result<int> OpenRegularFile(const std::string& path, const std::string& shown = {});

// The whole content of the regular file `path`, read as OpenRegularFile opens it.
Result<std::string> ReadRegularFile(const std::string& path, const std::string& shown = {});

// Writes `bytes` to `path` so that nothing half-written is ever left there:
// into a new temporary file in the same directory, renamed over `path` once
// complete (a symbolic link at `path` is written through, to its target).
// On failure the temporary file is removed, `path` is as it was, and the
// error is "cannot write <what>: <the system's reason>" naming `path`.
// A `path` that is a device, a pipe or a socket ("/dev/null", a FIFO) is
// written into directly, never replaced; a pipe with no reader is an error
// (ENXIO), not a wait. Not thread-safe for one `path`.
Status WriteFileAtomically(const std::string& path, std::string_view bytes, const std::string& what);

}  // namespace onrecord

#endif  // ONRECORD_FILE_H_
