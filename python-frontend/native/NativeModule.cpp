//===- NativeModule.cpp - warp_mlir._native, the Python bindings ----------===//
//
// Thin nanobind bindings over the native core (ParsedModule, Translate,
// Compile, CpuModule, CudaLauncher): Python strings and bytes in, Python
// strings, bytes and exceptions out. A failure with MLIR diagnostics raises
// CompileError, whose `diagnostics` list each one's file, line, column,
// severity and message; a CUDA failure raises DeviceError.
//
//===----------------------------------------------------------------------===//

#include "Compile.h"
#include "CpuModule.h"
#include "CudaBindings.h"
#include "KernelSignature.h"
#include "ParsedModule.h"
#include "PythonErrors.h"
#include "Translate.h"

#include "warp/Dialect/Warp/IR/WarpOps.h"
#include "warp/Execution/CpuJit.h"

#include "llvm/Config/llvm-config.h"

#include <nanobind/nanobind.h>
#include <nanobind/stl/pair.h>
#include <nanobind/stl/shared_ptr.h>
#include <nanobind/stl/string.h>
#include <nanobind/stl/vector.h>

#include <cstring>

namespace nb = nanobind;
using namespace nb::literals;
using namespace warp::python;

static std::unique_ptr<ParsedModule> parse(const std::string &text,
                                           const std::string &filename) {
  return take(ParsedModule::parse(text, filename), compileErrorType);
}

/// `info` as a dict: kind, scalar, shape, and by kind name and fields
/// (struct), ndim and dtype (array); text is the MLIR spelling.
static nb::dict typeDict(const TypeInfo &info) {
  nb::dict type;
  type["kind"] = info.kind;
  type["scalar"] = info.scalar;
  nb::list shape;
  for (int64_t extent : info.shape)
    shape.append(extent);
  type["shape"] = nb::tuple(shape);
  type["text"] = info.text;
  if (info.kind == "struct") {
    type["name"] = info.name;
    nb::list fields;
    for (size_t i = 0; i < info.children.size(); ++i)
      fields.append(
          nb::make_tuple(info.fieldNames[i], typeDict(info.children[i])));
    type["fields"] = fields;
  } else if (info.kind == "array") {
    type["ndim"] = info.ndim;
    type["dtype"] = typeDict(info.children.front());
  }
  return type;
}

/// A CPU kernel's entry point, with the module that holds its code.
struct CpuKernel {
  std::shared_ptr<CpuModule> module;
  mlir::warp::CpuEntry entry;
  std::string name;

  /// Runs the kernel on `args`, the bytes of its argument struct.
  void launch(nb::bytes args) {
    // The entry reads the struct at its C alignment: copy into 8-byte words.
    size_t size = args.size();
    uint64_t small[64];
    std::vector<uint64_t> large;
    uint64_t *aligned = small;
    if (size > sizeof(small)) {
      large.resize((size + 7) / 8);
      aligned = large.data();
    }
    std::memcpy(aligned, args.c_str(), size);
    nb::gil_scoped_release release;
    entry(aligned);
  }
};

NB_MODULE(_native, m) {
  m.doc() = "warp-mlir's compiler and launchers (C++), under warp_mlir";

  importErrorTypes(m);

  m.def("llvm_version", [] { return std::string(LLVM_VERSION_STRING); });
  m.def("host_cpu", &mlir::warp::hostCpuDescription,
        "The host CPU's triple, name and features (CPU code targets it).");
  m.def("targets", &targetNames, "The targets translate() knows.");
  m.def("compile_count", &compilationCount,
        "How many compilations (CPU object code or PTX) ran in this process.");

  m.def(
      "data_address",
      [](nb::handle array) -> uintptr_t {
        // The buffer protocol's address of the first element: what an array
        // descriptor's data pointer holds (NumPy's __array_interface__ would
        // build a dict on every launch).
        Py_buffer view;
        if (PyObject_GetBuffer(array.ptr(), &view, PyBUF_STRIDED_RO) != 0)
          throw nb::python_error();
        auto address = reinterpret_cast<uintptr_t>(view.buf);
        PyBuffer_Release(&view);
        return address;
      },
      "array"_a, "The address of an array's first element (buffer protocol).");

  m.def(
      "verify",
      [](const std::string &text, const std::string &filename) {
        parse(text, filename);
      },
      "text"_a, "filename"_a = "<string>",
      "Parses and verifies warp IR; raises CompileError.");

  m.def(
      "kernels",
      [](const std::string &text, const std::string &filename) {
        std::unique_ptr<ParsedModule> parsed = parse(text, filename);
        std::vector<std::string> names;
        for (auto kernel : parsed->module().getOps<mlir::warp::KernelOp>())
          names.push_back(kernel.getSymName().str());
        return names;
      },
      "text"_a, "filename"_a = "<string>", "The kernels' names, in order.");

  m.def(
      "describe_kernel",
      [](const std::string &text, const std::string &filename,
         const std::string &kernel) {
        std::unique_ptr<ParsedModule> parsed = parse(text, filename);
        mlir::warp::KernelOp op =
            take(parsed->findKernel(kernel), compileErrorType);
        KernelInfo info = take(describeKernel(op), compileErrorType);
        nb::dict result;
        result["name"] = info.name;
        result["launch_dims"] =
            info.launchDims ? nb::cast(*info.launchDims) : nb::none();
        nb::list parameters;
        for (const ParameterInfo &parameter : info.parameters)
          parameters.append(
              nb::make_tuple(parameter.name, typeDict(parameter.type)));
        result["parameters"] = parameters;
        return result;
      },
      "text"_a, "filename"_a = "<string>", "kernel"_a = "",
      "Kernel `kernel`'s (or the only kernel's) name, launch_dims and "
      "parameters: (name, type dict) each.");

  m.def(
      "translate",
      [](const std::string &text, const std::string &filename,
         const std::string &target, const std::string &kernel,
         const std::string &chip, bool fuseFp) {
        std::unique_ptr<ParsedModule> parsed = parse(text, filename);
        if (!kernel.empty())
          take(parsed->keepOnlyKernel(kernel), compileErrorType);
        TranslateOptions options;
        options.chip = chip;
        options.fuseFp = fuseFp;
        Outcome<std::string> output = [&] {
          nb::gil_scoped_release release;
          return translate(*parsed, target, options);
        }();
        return take(std::move(output), compileErrorType);
      },
      "text"_a, "filename"_a, "target"_a, "kernel"_a = "", "chip"_a = "sm_90",
      "fuse_fp"_a = true,
      "The module (or kernel `kernel` and the functions it calls) as "
      "`target` text: mlir, ptx, llvm, cpp, cuda or python.");

  m.def(
      "compile_cpu",
      [](const std::string &text, const std::string &filename,
         unsigned optLevel) {
        std::unique_ptr<ParsedModule> parsed = parse(text, filename);
        Outcome<std::string> object = [&] {
          nb::gil_scoped_release release;
          return compileCpuObject(*parsed, optLevel);
        }();
        std::string bytes = take(std::move(object), compileErrorType);
        return nb::bytes(bytes.data(), bytes.size());
      },
      "text"_a, "filename"_a = "<string>", "opt_level"_a = 3,
      "Every kernel compiled for the host CPU: an object file's bytes.");

  m.def(
      "compile_ptx",
      [](const std::string &text, const std::string &filename,
         const std::string &chip, bool fuseFp) {
        std::unique_ptr<ParsedModule> parsed = parse(text, filename);
        TranslateOptions options;
        options.chip = chip;
        options.fuseFp = fuseFp;
        Outcome<std::string> ptx = [&] {
          nb::gil_scoped_release release;
          return compilePTX(*parsed, options);
        }();
        return take(std::move(ptx), compileErrorType);
      },
      "text"_a, "filename"_a = "<string>", "chip"_a = "sm_90",
      "fuse_fp"_a = true, "Every kernel compiled to PTX text.");

  nb::class_<CpuModule>(m, "CpuModule",
                        "Host object code linked into this process.")
      .def(
          "kernel",
          [](std::shared_ptr<CpuModule> module, const std::string &name) {
            mlir::warp::CpuEntry entry =
                take(module->entry(name), compileErrorType);
            return CpuKernel{module, entry, name};
          },
          "name"_a, "Kernel `name`'s entry point.");

  m.def(
      "load_cpu",
      [](nb::bytes object) {
        return take(CpuModule::load(std::string(object.c_str(), object.size())),
                    compileErrorType);
      },
      "object"_a, "Links an object file from compile_cpu into the process.");

  nb::class_<CpuKernel>(m, "CpuKernel", "A kernel's CPU entry point.")
      .def_ro("name", &CpuKernel::name)
      .def("launch", &CpuKernel::launch, "args"_a,
           "Runs the kernel once over its launch: `args` holds the launch "
           "bounds and the arguments as one C struct (docs/abi.md).");

  bindCuda(m);
}
