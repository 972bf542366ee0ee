//===- CudaBindings.cpp - CudaKernel, load_cuda, cuda_device --------------===//

#include "CudaBindings.h"

#include "CudaLauncher.h"
#include "PythonErrors.h"

#include <nanobind/stl/shared_ptr.h>
#include <nanobind/stl/string.h>
#include <nanobind/stl/tuple.h>
#include <nanobind/stl/vector.h>

namespace nb = nanobind;
using namespace nb::literals;

namespace warp::python {

void bindCuda(nb::module_ &m) {
  m.def(
      "cuda_device",
      [] { return take(cudaDeviceDescription(), deviceErrorType); },
      "GPU 0's name and compute capability; raises DeviceError without a "
      "CUDA driver or GPU.");

  nb::class_<CudaKernel>(m, "CudaKernel", "A kernel loaded on GPU 0.")
      .def(
          "launch",
          [](CudaKernel &kernel, std::vector<nb::bytes> parameters,
             std::vector<std::tuple<size_t, size_t, uintptr_t, size_t, size_t>>
                 arrays,
             int64_t size, unsigned block) {
            std::vector<std::string> bytes;
            for (nb::bytes &parameter : parameters)
              bytes.emplace_back(parameter.c_str(), parameter.size());
            std::vector<DeviceArray> deviceArrays;
            for (auto [parameter, offset, host, count, dataOffset] : arrays)
              deviceArrays.push_back({parameter, offset,
                                      reinterpret_cast<void *>(host), count,
                                      dataOffset});
            Outcome<bool> launched = [&] {
              nb::gil_scoped_release release;
              return kernel.launch(std::move(bytes), deviceArrays, size, block);
            }();
            take(std::move(launched), deviceErrorType);
          },
          "parameters"_a, "arrays"_a, "size"_a, "block"_a = 256,
          "Runs the kernel: `parameters` holds each parameter's bytes (the "
          "launch bounds first); `arrays` (parameter, offset, host address, "
          "bytes, data offset) each, host memory copied to the device and "
          "back, its device address written into the parameter at offset.");

  m.def(
      "load_cuda",
      [](const std::string &ptx, const std::string &name) {
        return take(CudaKernel::load(ptx, name), deviceErrorType);
      },
      "ptx"_a, "name"_a,
      "Kernel `name` of `ptx`, loaded on GPU 0; raises DeviceError without "
      "a CUDA driver or GPU.");
}

} // namespace warp::python
