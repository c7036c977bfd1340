// Status and Result<T>: how the onrecord library reports failure.
//
// The library never throws across its public headers, never prints and never
// exits. A function that can fail returns a Status (or a Result<T> carrying a
// value on success). A Status may name the place of the problem: a path and a
// 1-based line and column (column counted in Unicode code points), which the
// CLI prints as "path:line:column: message".
//
// Thread-safety: values; safe to copy between threads.
#ifndef ONRECORD_STATUS_H_
#define ONRECORD_STATUS_H_

#include <optional>
#include <string>
#include <utility>

namespace onrecord {

class Status {
 public:
  Status() = default;  // OK
  static Status Ok() { return Status(); }
  // An error with a message and, optionally, where it is (line/column 0 = unknown).
  static Status Error(std::string message, std::string path = {}, int line = 0,
                      int column = 0) {
    Status s;
    s.ok_ = false;
    s.message_ = std::move(message);
    s.path_ = std::move(path);
    s.line_ = line;
    s.column_ = column;
    return s;
  }

  bool ok() const { return ok_; }
  const std::string& message() const { return message_; }
  const std::string& path() const { return path_; }
  int line() const { return line_; }
  int column() const { return column_; }

  // "path:line:column: message", leaving out the parts that are unknown.
  std::string ToString() const {
    if (ok_) return "ok";
    std::string out;
    if (!path_.empty()) {
      out += path_;
      if (line_ > 0) {
        out += ":" + std::to_string(line_);
        if (column_ > 0) out += ":" + std::to_string(column_);
      }
      out += ": ";
    }
    return out + message_;
  }

 private:
  bool ok_ = true;
  std::string message_;
  std::string path_;
  int line_ = 0;
  int column_ = 0;
};

// A value or the Status that explains why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT
  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace onrecord

#endif  // ONRECORD_STATUS_H_
