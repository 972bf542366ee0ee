//===- Status.h - Failures reported as values -------------------*- C++ -*-===//
//
// The runtime is plain C++ with no LLVM, so that its tools run on GPU
// machines that have only a C++ runtime and the CUDA driver. It never throws
// or aborts: every failure is a Status carrying a message.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_RUNTIME_STATUS_H
#define WARP_RUNTIME_STATUS_H

#include <cassert>
#include <optional>
#include <string>
#include <utility>

namespace warp::runtime {

/// Success, or a message saying what failed and why.
class [[nodiscard]] Status {
public:
  static Status success() { return Status(); }
  static Status failure(std::string message) {
    return Status(std::move(message));
  }

  bool failed() const { return isFailure; }
  /// What failed; empty on success.
  const std::string &message() const { return text; }

private:
  Status() = default;
  explicit Status(std::string message)
      : isFailure(true), text(std::move(message)) {}

  bool isFailure = false;
  std::string text;
};

/// A T, or the failure that prevented it.
template <typename T> class [[nodiscard]] Result {
public:
  Result(T value) : value(std::move(value)) {}
  /// `failure` must have failed.
  Result(Status failure) : status(std::move(failure)) {
    assert(status.failed() && "a Result without a value needs a failure");
  }

  explicit operator bool() const { return value.has_value(); }
  T &operator*() { return *value; }
  const T &operator*() const { return *value; }
  T *operator->() { return &*value; }
  const T *operator->() const { return &*value; }

  /// The failure; only meaningful when there is no value.
  const Status &error() const { return status; }
  const std::string &message() const { return status.message(); }

private:
  std::optional<T> value;
  Status status = Status::success();
};

} // namespace warp::runtime

#endif // WARP_RUNTIME_STATUS_H
