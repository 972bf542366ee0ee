//===- PythonErrors.h - failures as the package's exceptions ----*- C++ -*-===//
//
// A failure becomes warp_mlir.errors.CompileError (its message the printed
// diagnostics, then the list of (file, line, column, severity, message)) or
// warp_mlir.errors.DeviceError.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_MLIR_PYTHON_PYTHONERRORS_H
#define WARP_MLIR_PYTHON_PYTHONERRORS_H

#include "Outcome.h"

#include <nanobind/nanobind.h>

#include <string>
#include <utility>

namespace warp::python {

namespace nb = nanobind;

/// warp_mlir.errors' classes, imported when the module loads.
inline PyObject *compileErrorType = nullptr;
inline PyObject *deviceErrorType = nullptr;

/// Imports the classes and exposes them on `m` too.
inline void importErrorTypes(nb::module_ &m) {
  nb::module_ errors = nb::module_::import_("warp_mlir.errors");
  compileErrorType = errors.attr("CompileError").inc_ref().ptr();
  deviceErrorType = errors.attr("DeviceError").inc_ref().ptr();
  m.attr("CompileError") = nb::handle(compileErrorType);
  m.attr("DeviceError") = nb::handle(deviceErrorType);
}

/// Raises `failure` as `type`: a CompileError's message is the diagnostics
/// as printed, a DeviceError's their messages alone.
[[noreturn]] inline void raise(PyObject *type, Failure &failure) {
  std::string text;
  if (type == compileErrorType) {
    text = failure.text;
  } else {
    for (const Diagnostic &d : failure.diagnostics)
      text += d.message + "\n";
  }
  while (!text.empty() && text.back() == '\n')
    text.pop_back();
  nb::list diagnostics;
  for (const Diagnostic &d : failure.diagnostics)
    diagnostics.append(
        nb::make_tuple(d.file, d.line, d.column, d.severity, d.message));
  nb::object error = type == compileErrorType
                         ? nb::borrow(type)(text, diagnostics)
                         : nb::borrow(type)(text);
  PyErr_SetObject(type, error.ptr());
  throw nb::python_error();
}

/// The outcome's value, or its failure raised as `type`.
template <typename T> T take(Outcome<T> outcome, PyObject *type) {
  if (!outcome)
    raise(type, outcome.failure());
  return std::move(*outcome);
}

} // namespace warp::python

#endif // WARP_MLIR_PYTHON_PYTHONERRORS_H
