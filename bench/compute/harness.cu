//===- harness.cu - The compute-heavy benchmark ---------------------------===//
//
// For every kernel of bench/compute/kernels, on the same device buffers:
//
//   ours        NAME.ptx from warp-translate --warp-to-ptx, JIT-compiled by
//               the driver (cuModuleLoadDataEx) and launched per docs/abi.md
//               (NAME__contiguous when the PTX has it, as the runtime does)
//   warp-nvcc   warp-lang's generated CUDA for NAME.py, compiled by nvcc -O3
//               into this program, launched with warp's ABI
//               (launch_bounds_t, array_t) like warp-lang does
//   warp-nvrtc  the cubin warp-lang itself builds for NAME.py with NVRTC
//               (Module._compile, sm_90), loaded with cuModuleLoadData
//   hand        kernels/NAME.cu, CUDA C++ by hand, compiled by nvcc -O3
//   diagnostics PTX derived from ours (edited, or built with an LLVM
//               option), listed in DIR/ptx_variants.txt as LABEL SUFFIX and
//               read from DIR/NAME.SUFFIX.ptx; see run.py DIAGNOSTICS
//
// All launches use 256 threads per block and one thread per index. Each
// variant's outputs are checked against the hand-written kernel's; then
// every variant is launched `--repeat` times, round-robin, each launch
// between two CUDA events on the default stream; the best and the (lower)
// median time are printed.
//
// Usage: compute-bench --dir DIR [--repeat N] [--only NAME]
//   DIR holds NAME.ptx and NAME.warp_nvrtc.cubin (run.py prepare writes it).
//
//===----------------------------------------------------------------------===//

#include "bench.h"

#include <cuda.h>
#include <cuda_runtime.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#define KERNELS(X)                                                             \
  X(math_chain)                                                                \
  X(vec3_geom)                                                                 \
  X(mat33_solve)                                                               \
  X(newton_poly)                                                               \
  X(nbody)                                                                     \
  X(int_hash)

#define DECLARE(NAME)                                                          \
  extern "C" void hand_##NAME(const BenchArg *, int, int);                     \
  extern "C" const void *hand_##NAME##_kernel(void);                           \
  extern "C" int warp_##NAME##_params(const BenchArg *, int, void *, void **); \
  extern "C" const void *warp_##NAME##_kernel(void);                           \
  extern "C" const char *warp_##NAME##_entry(void);
KERNELS(DECLARE)

namespace {

constexpr int kBlock = 256;

enum class Fill { Uniform, Seed, Coef };

struct ArgSpec {
  const char *name;
  int comps;      // 32-bit scalars per element
  bool isUint;    // ui32 instead of f32
  bool output;
  int n;          // 0: the launch size
  Fill fill;
  float lo, hi;   // Uniform
};

struct KernelSpec {
  const char *name;
  int n;             // launch size: threads, one per index
  std::vector<ArgSpec> args;
  double rtol;       // per element: |x - ref| <= rtol*|ref| + atol*max|ref|
  double atol;
  HandLaunch hand;
  const void *handKernel;
  WarpParams warpParams;
  const void *warpKernel;
  const char *warpEntry;
};

std::vector<KernelSpec> kernelSpecs() {
  std::vector<KernelSpec> specs;
  auto add = [&](KernelSpec spec) { specs.push_back(std::move(spec)); };
#define SPEC(NAME, N, RTOL, ATOL, ...)                                         \
  add(KernelSpec{#NAME, N, __VA_ARGS__, RTOL, ATOL, hand_##NAME,               \
                 hand_##NAME##_kernel(),                                      \
                 warp_##NAME##_params, warp_##NAME##_kernel(),                \
                 warp_##NAME##_entry()})
  SPEC(math_chain, 1 << 22, 1e-5, 1e-5,
       {{"a", 1, false, false, 0, Fill::Uniform, -4.0f, 4.0f},
        {"b", 1, false, false, 0, Fill::Uniform, 0.1f, 3.0f},
        {"out", 1, false, true, 0, Fill::Uniform, 0, 0}});
  SPEC(vec3_geom, 1 << 22, 1e-4, 1e-4,
       {{"a", 3, false, false, 0, Fill::Uniform, -1.0f, 1.0f},
        {"b", 3, false, false, 0, Fill::Uniform, -1.0f, 1.0f},
        {"out_v", 3, false, true, 0, Fill::Uniform, 0, 0},
        {"out_s", 1, false, true, 0, Fill::Uniform, 0, 0}});
  SPEC(mat33_solve, 1 << 21, 1e-5, 1e-5,
       {{"ms", 9, false, false, 0, Fill::Uniform, -0.3f, 0.3f},
        {"xs", 3, false, false, 0, Fill::Uniform, -1.0f, 1.0f},
        {"out", 3, false, true, 0, Fill::Uniform, 0, 0},
        {"dets", 1, false, true, 0, Fill::Uniform, 0, 0}});
  SPEC(newton_poly, 1 << 22, 1e-5, 1e-5,
       {{"xs", 1, false, false, 0, Fill::Uniform, 0.5f, 8.0f},
        {"coef", 1, false, false, 16, Fill::Coef, 0, 0},
        {"out", 1, false, true, 0, Fill::Uniform, 0, 0}});
  SPEC(nbody, 1 << 20, 1e-4, 1e-5,
       {{"pos", 3, false, false, 0, Fill::Uniform, -1.0f, 1.0f},
        {"src", 3, false, false, 256, Fill::Uniform, -1.0f, 1.0f},
        {"mass", 1, false, false, 256, Fill::Uniform, 0.002f, 0.006f},
        {"acc_out", 3, false, true, 0, Fill::Uniform, 0, 0}});
  SPEC(int_hash, 1 << 24, 0.0, 0.0,
       {{"seed", 1, true, false, 0, Fill::Seed, 0, 0},
        {"out", 1, true, true, 0, Fill::Seed, 0, 0}});
#undef SPEC
  return specs;
}

// splitmix64: deterministic inputs, the same on every machine.
uint64_t mix(uint64_t x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

std::vector<uint32_t> makeInput(const ArgSpec &arg, size_t elements,
                                uint64_t stream) {
  size_t words = elements * arg.comps;
  std::vector<uint32_t> out(words);
  for (size_t w = 0; w < words; ++w) {
    uint64_t r = mix(stream * 0x100000000ull + w);
    if (arg.fill == Fill::Seed) {
      out[w] = uint32_t(r);
    } else if (arg.fill == Fill::Coef) {
      // Horner coefficients of exp's Taylor series, highest power first.
      double f = 1.0;
      for (size_t k = 2; k <= words - 1 - w; ++k)
        f *= double(k);
      float c = float(1.0 / f);
      std::memcpy(&out[w], &c, 4);
    } else {
      float u = float((r >> 40) * 0x1.0p-24); // [0, 1), 24 bits
      float v = arg.lo + (arg.hi - arg.lo) * u;
      std::memcpy(&out[w], &v, 4);
    }
  }
  return out;
}

#define CU(call)                                                               \
  do {                                                                         \
    CUresult status_ = (call);                                                 \
    if (status_ != CUDA_SUCCESS) {                                             \
      const char *text_ = nullptr;                                             \
      cuGetErrorString(status_, &text_);                                       \
      std::fprintf(stderr, "%s:%d: %s: %s\n", __FILE__, __LINE__, #call,       \
                   text_ ? text_ : "?");                                       \
      std::exit(1);                                                            \
    }                                                                          \
  } while (0)
#define RT(call)                                                               \
  do {                                                                         \
    cudaError_t status_ = (call);                                              \
    if (status_ != cudaSuccess) {                                              \
      std::fprintf(stderr, "%s:%d: %s: %s\n", __FILE__, __LINE__, #call,       \
                   cudaGetErrorString(status_));                               \
      std::exit(1);                                                            \
    }                                                                          \
  } while (0)

bool readFile(const std::string &path, std::string &out) {
  std::ifstream file(path, std::ios::binary);
  if (!file)
    return false;
  std::ostringstream text;
  text << file.rdbuf();
  out = text.str();
  return true;
}

// The bytes of one parameter, kept 8-byte aligned.
struct ParamBlock {
  std::vector<std::vector<uint64_t>> storage;
  std::vector<void *> pointers;
  void add(const void *bytes, size_t size) {
    storage.emplace_back((size + 7) / 8, 0);
    std::memcpy(storage.back().data(), bytes, size);
  }
  void **finish() {
    pointers.clear();
    for (auto &words : storage)
      pointers.push_back(words.data());
    return pointers.data();
  }
};

// docs/abi.md: launch bounds, then per array {data, int32 shape[1],
// int64 strides[1]} (24 bytes for one dimension).
struct AbiBounds {
  int32_t shape[4];
  int32_t ndim;
  int64_t size;
};
struct AbiArray1 {
  void *data;
  int32_t shape[1];
  int64_t strides[1];
};
static_assert(sizeof(AbiBounds) == 32 && sizeof(AbiArray1) == 24, "ABI");

// Checks the parameter count and sizes of `func` against `expected`.
bool checkParams(CUfunction func, const std::vector<size_t> &expected,
                 const char *what) {
  for (size_t i = 0; i <= expected.size(); ++i) {
    size_t offset = 0, size = 0;
    CUresult status = cuFuncGetParamInfo(func, i, &offset, &size);
    if (i == expected.size()) {
      if (status == CUDA_SUCCESS) {
        std::printf("error: %s takes more than %zu parameters\n", what,
                    expected.size());
        return false;
      }
      return true;
    }
    if (status != CUDA_SUCCESS && i == 0) {
      std::printf("warning: %s: cuFuncGetParamInfo failed (%d); parameters "
                  "not checked\n", what, int(status));
      return true;
    }
    if (status != CUDA_SUCCESS) {
      std::printf("error: %s: no parameter %zu\n", what, i);
      return false;
    }
    if (size != expected[i]) {
      std::printf("error: %s: parameter %zu is %zu bytes, expected %zu\n",
                  what, i, size, expected[i]);
      return false;
    }
  }
  return true;
}

struct Variant {
  std::string name;
  bool ok = false;
  std::string why;
  int regs = -1; // registers per thread of the loaded kernel
  // Launch on the default stream.
  std::function<void()> launch;
};

struct Check {
  bool ok = true;
  double maxAbs = 0, maxRel = 0, worst = 0; // worst: error / tolerance
  size_t mismatches = 0;
};

Check compare(const KernelSpec &spec, const std::vector<std::vector<uint32_t>> &got,
              const std::vector<std::vector<uint32_t>> &ref) {
  Check check;
  for (size_t a = 0; a < got.size(); ++a) {
    const ArgSpec &arg = spec.args[a];
    if (!arg.output)
      continue;
    if (arg.isUint) {
      for (size_t w = 0; w < got[a].size(); ++w)
        if (got[a][w] != ref[a][w])
          ++check.mismatches;
      continue;
    }
    const float *x = reinterpret_cast<const float *>(got[a].data());
    const float *r = reinterpret_cast<const float *>(ref[a].data());
    double scale = 0;
    for (size_t w = 0; w < ref[a].size(); ++w)
      if (std::isfinite(r[w]))
        scale = std::max(scale, double(std::fabs(r[w])));
    for (size_t w = 0; w < got[a].size(); ++w) {
      if (std::isnan(x[w]) && std::isnan(r[w]))
        continue;
      double diff = std::fabs(double(x[w]) - double(r[w]));
      if (!(diff == diff) || std::isinf(diff)) {
        ++check.mismatches;
        continue;
      }
      double tol = spec.rtol * std::fabs(double(r[w])) + spec.atol * scale;
      check.maxAbs = std::max(check.maxAbs, diff);
      if (r[w] != 0)
        check.maxRel = std::max(check.maxRel, diff / std::fabs(double(r[w])));
      double ratio = diff == 0 ? 0 : tol == 0 ? INFINITY : diff / tol;
      check.worst = std::max(check.worst, ratio);
      if (diff > tol)
        ++check.mismatches;
    }
  }
  check.ok = check.mismatches == 0;
  return check;
}

} // namespace

int main(int argc, char **argv) {
  std::string dir = ".", only;
  int repeat = 30;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--dir" && i + 1 < argc)
      dir = argv[++i];
    else if (a == "--repeat" && i + 1 < argc)
      repeat = std::max(1, std::atoi(argv[++i]));
    else if (a == "--only" && i + 1 < argc)
      only = argv[++i];
    else {
      std::fprintf(stderr,
                   "usage: compute-bench --dir DIR [--repeat N] [--only NAME]\n");
      return 2;
    }
  }

  // The runtime API's primary context, shared with the driver API.
  RT(cudaSetDevice(0));
  RT(cudaFree(nullptr));
  CU(cuInit(0));
  CUdevice device;
  CU(cuDeviceGet(&device, 0));
  CUcontext context;
  CU(cuDevicePrimaryCtxRetain(&context, device));
  CU(cuCtxSetCurrent(context));
  char deviceName[256] = {};
  CU(cuDeviceGetName(deviceName, sizeof(deviceName), device));
  int sms = 0, clockKHz = 0, driver = 0, major = 0, minor = 0;
  cuDeviceGetAttribute(&sms, CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT, device);
  cuDeviceGetAttribute(&clockKHz, CU_DEVICE_ATTRIBUTE_CLOCK_RATE, device);
  cuDeviceGetAttribute(&major, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR, device);
  cuDeviceGetAttribute(&minor, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR, device);
  cuDriverGetVersion(&driver);
  std::printf("device: %s, sm_%d%d, %d SMs, %d MHz max clock, driver API %d\n",
              deviceName, major, minor, sms, clockKHz / 1000, driver);

  // Diagnostic variants of our PTX, if any.
  std::vector<std::pair<std::string, std::string>> diagnostics;
  {
    std::ifstream list(dir + "/ptx_variants.txt");
    std::string label, suffix;
    while (list >> label >> suffix)
      diagnostics.emplace_back(label, suffix);
  }

  int failures = 0;
  for (const KernelSpec &spec : kernelSpecs()) {
    if (!only.empty() && only != spec.name)
      continue;
    std::printf("\n== %s: %d threads\n", spec.name, spec.n);
    std::fflush(stdout);

    // Inputs and outputs, one device buffer each.
    std::vector<BenchArg> args;
    std::vector<size_t> bytes;
    std::vector<std::vector<uint32_t>> inputs;
    for (size_t a = 0; a < spec.args.size(); ++a) {
      const ArgSpec &arg = spec.args[a];
      int n = arg.n ? arg.n : spec.n;
      size_t size = size_t(n) * arg.comps * 4;
      void *data = nullptr;
      RT(cudaMalloc(&data, size));
      if (!arg.output) {
        std::vector<uint32_t> host = makeInput(arg, size_t(n), 1000 * a + 17);
        RT(cudaMemcpy(data, host.data(), size, cudaMemcpyHostToDevice));
      }
      args.push_back(BenchArg{data, n, arg.comps * 4});
      bytes.push_back(size);
    }
    int grid = (spec.n + kBlock - 1) / kBlock;

    std::vector<Variant> variants(4 + diagnostics.size());
    variants[0].name = "ours";
    variants[1].name = "warp-nvcc";
    variants[2].name = "warp-nvrtc";
    variants[3].name = "hand";
    std::vector<size_t> ptxVariants = {0};
    for (size_t d = 0; d < diagnostics.size(); ++d) {
      variants[4 + d].name = diagnostics[d].first;
      ptxVariants.push_back(4 + d);
    }

    // ours: the PTX, per docs/abi.md; the diagnostics: PTX derived from it
    // (DIR/ptx_variants.txt: LABEL SUFFIX, the file NAME.SUFFIX.ptx), on
    // the same parameters.
    std::vector<ParamBlock> blocks(variants.size());
    for (size_t k : ptxVariants) {
      Variant &v = variants[k];
      std::string ptx;
      std::string path = dir + "/" + spec.name +
                         (k ? "." + diagnostics[k - 4].second + ".ptx" : ".ptx");
      CUmodule module;
      CUfunction func;
      char log[8192] = {};
      CUjit_option options[] = {CU_JIT_ERROR_LOG_BUFFER,
                                CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES};
      void *values[] = {log, (void *)(uintptr_t)sizeof(log)};
      if (!readFile(path, ptx)) {
        v.why = "cannot read " + path;
      } else if (cuModuleLoadDataEx(&module, ptx.c_str(), 2, options,
                                    values) != CUDA_SUCCESS) {
        v.why = std::string("cuModuleLoadDataEx failed: ") + log;
      } else if (cuModuleGetFunction(
                     &func, module,
                     (std::string(spec.name) + "__contiguous").c_str()) !=
                     CUDA_SUCCESS &&
                 cuModuleGetFunction(&func, module, spec.name) !=
                     CUDA_SUCCESS) {
        // As the runtime launches it (the arrays here are contiguous): the
        // kernel's entry for contiguous arrays when it has one (docs/abi.md).
        v.why = "no kernel in the PTX";
      } else {
        AbiBounds bounds = {{spec.n, 1, 1, 1}, 1, spec.n};
        ParamBlock &params = blocks[k];
        params.add(&bounds, sizeof(bounds));
        std::vector<size_t> sizes = {sizeof(AbiBounds)};
        for (const BenchArg &arg : args) {
          AbiArray1 desc = {arg.data, {arg.n}, {arg.elemBytes}};
          params.add(&desc, sizeof(desc));
          sizes.push_back(sizeof(AbiArray1));
        }
        void **pointers = params.finish();
        if (checkParams(func, sizes, v.name.c_str())) {
          v.ok = true;
          cuFuncGetAttribute(&v.regs, CU_FUNC_ATTRIBUTE_NUM_REGS, func);
          v.launch = [=] {
            CU(cuLaunchKernel(func, grid, 1, 1, kBlock, 1, 1, 0, nullptr,
                              pointers, nullptr));
          };
        } else {
          v.why = "parameter mismatch";
        }
      }
    }
    // warp-lang: the same parameter values for the nvcc and NVRTC builds.
    alignas(16) static unsigned char warpStorage[4096];
    void *warpPointers[16];
    int warpCount = spec.warpParams(args.data(), spec.n, warpStorage,
                                    warpPointers);
    {
      Variant &v = variants[1];
      const void *kernel = spec.warpKernel;
      v.ok = true;
      cudaFuncAttributes attributes;
      if (cudaFuncGetAttributes(&attributes, kernel) == cudaSuccess)
        v.regs = attributes.numRegs;
      v.launch = [=]() {
        void *pointers[16];
        std::memcpy(pointers, warpPointers, sizeof(pointers));
        RT(cudaLaunchKernel(kernel, dim3(grid), dim3(kBlock), pointers, 0,
                            nullptr));
      };
    }
    {
      Variant &v = variants[2];
      std::string cubin;
      std::string path = dir + "/" + spec.name + ".warp_nvrtc.cubin";
      CUmodule module;
      CUfunction func;
      CUresult status;
      if (!readFile(path, cubin)) {
        v.why = "cannot read " + path;
      } else if ((status = cuModuleLoadData(&module, cubin.data())) !=
                 CUDA_SUCCESS) {
        const char *text = nullptr;
        cuGetErrorString(status, &text);
        v.why = std::string("cuModuleLoadData failed: ") + (text ? text : "?");
      } else if (cuModuleGetFunction(&func, module, spec.warpEntry) !=
                 CUDA_SUCCESS) {
        v.why = std::string("no kernel ") + spec.warpEntry + " in the cubin";
      } else {
        std::vector<size_t> sizes;
        // The sizes of the nvcc build's parameters, read the same way.
        CUfunction nvccFunc;
        if (cudaGetFuncBySymbol(&nvccFunc, spec.warpKernel) == cudaSuccess) {
          for (int i = 0; i < warpCount; ++i) {
            size_t offset = 0, size = 0;
            if (cuFuncGetParamInfo(nvccFunc, i, &offset, &size) == CUDA_SUCCESS)
              sizes.push_back(size);
          }
        }
        if (int(sizes.size()) == warpCount &&
            checkParams(func, sizes, "warp-nvrtc")) {
          v.ok = true;
          cuFuncGetAttribute(&v.regs, CU_FUNC_ATTRIBUTE_NUM_REGS, func);
          v.launch = [=]() {
            void *pointers[16];
            std::memcpy(pointers, warpPointers, sizeof(pointers));
            CU(cuLaunchKernel(func, grid, 1, 1, kBlock, 1, 1, 0, nullptr,
                              pointers, nullptr));
          };
        } else {
          v.why = "parameter mismatch";
        }
      }
    }
    {
      Variant &v = variants[3];
      v.ok = true;
      HandLaunch hand = spec.hand;
      cudaFuncAttributes attributes;
      if (cudaFuncGetAttributes(&attributes, spec.handKernel) == cudaSuccess)
        v.regs = attributes.numRegs;
      std::vector<BenchArg> handArgs = args;
      int n = spec.n;
      v.launch = [=]() { hand(handArgs.data(), n, kBlock); };
    }

    // One launch each (the warm-up), outputs read back and compared.
    std::vector<std::vector<std::vector<uint32_t>>> results(variants.size());
    for (size_t k = 0; k < variants.size(); ++k) {
      Variant &v = variants[k];
      if (!v.ok) {
        std::printf("variant: %s %s unavailable: %s\n", spec.name,
                    v.name.c_str(), v.why.c_str());
        continue;
      }
      for (size_t a = 0; a < args.size(); ++a)
        if (spec.args[a].output)
          RT(cudaMemset(args[a].data, 0xFF, bytes[a])); // NaN / ~0
      v.launch();
      RT(cudaGetLastError());
      RT(cudaDeviceSynchronize());
      results[k].resize(args.size());
      for (size_t a = 0; a < args.size(); ++a) {
        if (!spec.args[a].output)
          continue;
        results[k][a].resize(bytes[a] / 4);
        RT(cudaMemcpy(results[k][a].data(), args[a].data, bytes[a],
                      cudaMemcpyDeviceToHost));
      }
    }
    const size_t ref = 3; // hand
    for (size_t k = 0; k < variants.size(); ++k) {
      if (!variants[k].ok || k == ref)
        continue;
      Check check = compare(spec, results[k], results[ref]);
      std::printf("check: %s %s vs hand: %s mismatches=%zu max_abs=%.3g "
                  "max_rel=%.3g worst_over_tol=%.3g (rtol=%g atol=%g*max|ref|)\n",
                  spec.name, variants[k].name.c_str(),
                  check.ok ? "ok" : "MISMATCH", check.mismatches, check.maxAbs,
                  check.maxRel, check.worst, spec.rtol, spec.atol);
      if (!check.ok)
        ++failures;
    }

    // A second warm-up, then the timed launches, round-robin.
    for (Variant &v : variants)
      if (v.ok)
        v.launch();
    RT(cudaDeviceSynchronize());
    std::vector<std::vector<cudaEvent_t>> starts(variants.size()),
        stops(variants.size());
    for (size_t k = 0; k < variants.size(); ++k) {
      if (!variants[k].ok)
        continue;
      starts[k].resize(repeat);
      stops[k].resize(repeat);
      for (int r = 0; r < repeat; ++r) {
        RT(cudaEventCreate(&starts[k][r]));
        RT(cudaEventCreate(&stops[k][r]));
      }
    }
    for (int r = 0; r < repeat; ++r)
      for (size_t k = 0; k < variants.size(); ++k) {
        if (!variants[k].ok)
          continue;
        RT(cudaEventRecord(starts[k][r], nullptr));
        variants[k].launch();
        RT(cudaEventRecord(stops[k][r], nullptr));
      }
    RT(cudaGetLastError());
    RT(cudaDeviceSynchronize());
    for (size_t k = 0; k < variants.size(); ++k) {
      if (!variants[k].ok)
        continue;
      std::vector<float> times;
      for (int r = 0; r < repeat; ++r) {
        float ms = 0;
        RT(cudaEventElapsedTime(&ms, starts[k][r], stops[k][r]));
        times.push_back(ms);
        RT(cudaEventDestroy(starts[k][r]));
        RT(cudaEventDestroy(stops[k][r]));
      }
      std::sort(times.begin(), times.end());
      std::printf("timing: %s %s repeat=%d best_ms=%.4f median_ms=%.4f "
                  "regs=%d\n",
                  spec.name, variants[k].name.c_str(), repeat, times.front(),
                  times[(times.size() - 1) / 2], variants[k].regs);
    }
    std::fflush(stdout);
    for (BenchArg &arg : args)
      RT(cudaFree(arg.data));
  }
  std::printf("\ndone: %d check failure(s)\n", failures);
  return failures ? 1 : 0;
}
