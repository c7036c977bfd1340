#include "onrecord/file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>

namespace onrecord {

Result<int> OpenRegularFile(const std::string& path, const std::string& shown_in) {
  const std::string& shown = shown_in.empty() ? path : shown_in;
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    const int e = errno;
    if (e == ENOENT) {
      // A symbolic link whose target is missing: say so, not "no such file".
      struct stat lst {};
      if (::lstat(path.c_str(), &lst) == 0 && S_ISLNK(lst.st_mode)) {
        std::string to(PATH_MAX, '\0');
        ssize_t n = ::readlink(path.c_str(), to.data(), to.size());
        to.resize(n > 0 ? static_cast<size_t>(n) : 0);
        return Status::Error("dangling symbolic link (its target '" + to + "' does not exist)", shown);
      }
    }
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

namespace onrecord {

Status WriteFileAtomically(const std::string& path, std::string_view bytes, const std::string& what) {
  auto fail = [&](int e) {
    return Status::Error("cannot write " + what + ": " + std::strerror(e), path);
  };
  // Through a symbolic link to its target, so that the link stays a link.
  std::string target = path;
  char resolved[PATH_MAX];
  struct stat lst {};
  if (::lstat(path.c_str(), &lst) == 0 && S_ISLNK(lst.st_mode)) {
    if (!::realpath(path.c_str(), resolved)) return fail(errno);
    target = resolved;
  }
  struct stat st {};
  if (::stat(target.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) return fail(EISDIR);
  // A device, a pipe or a socket ("/dev/null", "/dev/stdout", a FIFO) is
  // written into, never replaced by a regular file. A pipe with no reader
  // is an error, not a wait.
  if (::stat(target.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    int out = ::open(target.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
    if (out < 0) return fail(errno);
    const int flags = ::fcntl(out, F_GETFL);
    if (flags >= 0) ::fcntl(out, F_SETFL, flags & ~O_NONBLOCK);
    size_t sent = 0;
    while (sent < bytes.size()) {
      ssize_t n = ::write(out, bytes.data() + sent, bytes.size() - sent);
      if (n < 0) {
        if (errno == EINTR) continue;
        const int e = errno;
        ::close(out);
        return fail(e);
      }
      sent += static_cast<size_t>(n);
    }
    if (::close(out) != 0) return fail(errno);
    return Status::Ok();
  }
  const size_t slash = target.rfind('/');
  const std::string dir = slash == std::string::npos ? "." : target.substr(0, slash + 1);
  const std::string base = slash == std::string::npos ? target : target.substr(slash + 1);
  std::string tmp = (slash == std::string::npos ? std::string() : dir) + "." + base + ".onrecord-XXXXXX";
  int fd = ::mkstemp(tmp.data());
  if (fd < 0) return fail(errno);
  auto abandon = [&](int e) {
    ::close(fd);
    ::unlink(tmp.c_str());
    return fail(e);
  };
  // The mode a new file would get (mkstemp makes it 0600), or the old file's.
  mode_t mode = 0666;
  if (::stat(target.c_str(), &st) == 0) {
    mode = st.st_mode & 07777;
  } else {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    mode &= ~mask;
  }
  if (::fchmod(fd, mode) != 0) return abandon(errno);
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return abandon(errno);
    }
    done += static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0 && errno != EINVAL) return abandon(errno);
  if (::close(fd) != 0) {
    const int e = errno;
    ::unlink(tmp.c_str());
    return fail(e);
  }
  if (::rename(tmp.c_str(), target.c_str()) != 0) {
    const int e = errno;
    ::unlink(tmp.c_str());
    return fail(e);
  }
  return Status::Ok();
}

}  // namespace onrecord
