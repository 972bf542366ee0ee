//===- Outcome.h - a value or the failure that prevented it -----*- C++ -*-===//
//
// Plain C++ (no MLIR), so that the CUDA launcher builds without LLVM.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_MLIR_PYTHON_OUTCOME_H
#define WARP_MLIR_PYTHON_OUTCOME_H

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace warp::python {

/// One diagnostic: where (file, 1-based line and column; 0 when unknown),
/// how bad ("error", "warning", "note", "remark") and what.
struct Diagnostic {
  std::string file;
  unsigned line = 0;
  unsigned column = 0;
  std::string severity;
  std::string message;
};

/// A failure: its diagnostics, in order, and their printed text.
struct Failure {
  std::vector<Diagnostic> diagnostics;
  std::string text;
};

/// What each native operation returns: its value, or the failure with its
/// diagnostics. The Python bindings turn a failure into an exception.
template <typename T> class [[nodiscard]] Outcome {
public:
  Outcome(T value) : state(std::move(value)) {}
  Outcome(Failure failure) : state(std::move(failure)) {}

  explicit operator bool() const { return state.index() == 0; }
  T &operator*() { return std::get<0>(state); }
  T *operator->() { return &std::get<0>(state); }
  Failure &failure() { return std::get<1>(state); }

private:
  std::variant<T, Failure> state;
};

/// A failure of one error without a location.
inline Failure plainFailure(const std::string &message) {
  Failure failure;
  Diagnostic error;
  error.severity = "error";
  error.message = message;
  failure.diagnostics.push_back(error);
  failure.text = "error: " + message + "\n";
  return failure;
}

} // namespace warp::python

#endif // WARP_MLIR_PYTHON_OUTCOME_H
