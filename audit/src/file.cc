#include "onrecord/file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace onrecord {

Result<int> OpenRegularFile(const std::string& path, const std::string& shown_in) {
  const std::string& shown = shown_in.empty() ? path : shown_in;
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    const int e = errno;
    if (e == ENOENT || e == ENOTDIR) return Status::Error("no such file", shown);
    if (e == EISDIR) return Status::Error("is a directory", shown);
    if (e == ENXIO) return Status::Error("not a regular file", shown);  // a socket
    return Status::Error(std::string("cannot read file: ") + std::strerror(e), shown);
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    const int e = errno;
    ::close(fd);
    return Status::Error(std::string("cannot read file: ") + std::strerror(e), shown);
  }
  if (!S_ISREG(st.st_mode)) {
    ::close(fd);
    return Status::Error(S_ISDIR(st.st_mode) ? "is a directory" : "not a regular file", shown);
  }
  int flags = ::fcntl(fd, F_GETFL);
  if (flags >= 0) ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  return fd;
}

Result<std::string> ReadRegularFile(const std::string& path, const std::string& shown) {
  auto fd = OpenRegularFile(path, shown);
  if (!fd.ok()) return fd.status();
  std::string out;
  char buf[65536];
  while (true) {
    ssize_t n = ::read(*fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int e = errno;
      ::close(*fd);
      return Status::Error(std::string("cannot read file: ") + std::strerror(e),
                           shown.empty() ? path : shown);
    }
    if (n == 0) break;
    out.append(buf, static_cast<size_t>(n));
  }
  ::close(*fd);
  return out;
}

}  // namespace onrecord
