//===- warp-translate.cpp - warp IR to target text ------------------------===//
//
// mlir-translate with warp's translations: `--warp-to-ptx` prints the PTX
// (or, with --cubin, the cubin) of every kernel in the module;
// `--warp-to-llvmir` the LLVM IR of their CPU entry points; `--warp-to-cpp`
// and `--warp-to-cuda` their C++ and CUDA C++ source; `--warp-to-python` the
// module as Warp Python source (lib/Target/Python).
//
//===----------------------------------------------------------------------===//

#include "warp/InitAllWarp.h"

#include "warp/Dialect/Warp/IR/WarpOps.h"
#include "warp/Target/Python/WarpToPython.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Target/Cpp/CppEmitter.h"
#include "mlir/Target/LLVMIR/Dialect/All.h"
#include "mlir/Target/LLVMIR/Export.h"
#include "mlir/Tools/mlir-translate/MlirTranslateMain.h"

#include "mlir/InitAllTranslations.h"
#include "mlir/Tools/mlir-translate/Translation.h"

#include "OutputErrors.h"

using namespace mlir;

static llvm::cl::OptionCategory ptxCategory("warp-to-ptx options");
static llvm::cl::opt<std::string> ptxChip("chip", llvm::cl::init("sm_90"),
                                          llvm::cl::desc("SM architecture"),
                                          llvm::cl::cat(ptxCategory));
static llvm::cl::opt<std::string> ptxFeatures("features",
                                              llvm::cl::init("+ptx80"),
                                              llvm::cl::desc("PTX ISA version"),
                                              llvm::cl::cat(ptxCategory));
static llvm::cl::opt<unsigned>
    ptxOptLevel("opt-level", llvm::cl::init(3),
                llvm::cl::desc("LLVM optimization level"),
                llvm::cl::cat(ptxCategory));

static llvm::cl::opt<bool> ptxFuseFp(
    "fuse-fp", llvm::cl::init(true),
    llvm::cl::desc("Let float multiply-adds fuse into fma (warp-lang's "
                   "fuse_fp; false rounds every operation, as on the CPU)"),
    llvm::cl::cat(ptxCategory));
static llvm::cl::opt<bool>
    ptxCubin("cubin",
             llvm::cl::desc("Print the cubin ptxas assembles from the PTX "
                            "instead of the PTX"),
             llvm::cl::cat(ptxCategory));
static llvm::cl::opt<std::string>
    ptxCudaPath("cuda-path", llvm::cl::init(WARP_DEFAULT_CUDA_PATH),
                llvm::cl::desc("CUDA toolkit whose ptxas --cubin runs"),
                llvm::cl::cat(ptxCategory));

static void registerTranslationDialects(DialectRegistry &registry) {
  warp::registerPipelineDialects(registry);
}

/// `op` as a module holding at least one kernel, or null after an error.
static ModuleOp kernelModule(Operation *op) {
  auto module = dyn_cast<ModuleOp>(op);
  if (!module) {
    op->emitError("expected a builtin.module");
    return nullptr;
  }
  if (module.getOps<warp::KernelOp>().empty()) {
    emitError(module.getLoc(), "the module has no warp.kernel to compile");
    return nullptr;
  }
  return module;
}

/// Runs warp-to-ptx on the module and prints the PTX (or cubin) it produced.
static LogicalResult translateToPTX(Operation *op, raw_ostream &output) {
  ModuleOp module = kernelModule(op);
  if (!module)
    return failure();
  warp::WarpToPTXOptions options;
  options.chip = ptxChip;
  options.features = ptxFeatures;
  options.optLevel = ptxOptLevel;
  options.fuseFp = ptxFuseFp;
  options.hostLaunchers = false; // only the device code is printed
  options.format = ptxCubin ? "bin" : "isa";
  options.cudaPath = ptxCudaPath;
  PassManager pm(op->getContext());
  warp::buildWarpToPTXPipeline(pm, options);
  if (failed(pm.run(module)))
    return failure();
  module.walk([&](gpu::BinaryOp binary) {
    for (Attribute object : binary.getObjects())
      output << cast<gpu::ObjectAttr>(object).getObject().getValue();
  });
  return success();
}

/// Runs warp-to-llvm on the module and prints the LLVM IR of its CPU entry
/// points.
static LogicalResult translateToLLVMIR(Operation *op, raw_ostream &output) {
  ModuleOp module = kernelModule(op);
  if (!module)
    return failure();
  PassManager pm(op->getContext());
  warp::buildWarpToLLVMPipeline(pm);
  if (failed(pm.run(module)))
    return failure();
  llvm::LLVMContext llvmContext;
  std::unique_ptr<llvm::Module> llvmModule =
      translateModuleToLLVMIR(module, llvmContext);
  if (!llvmModule)
    return failure();
  // convert-warp-to-cpu gave the module the host's triple and data layout.
  // libm calls (sinf, ...) through the GOT rather than PLT stubs: one
  // indirect jump fewer per call, which math-heavy kernels feel (as
  // warp-lang's CPU kernels are built).
  llvmModule->setRtLibUseGOT();
  llvmModule->print(output, nullptr);
  return success();
}

/// Runs warp-to-cpp or warp-to-cuda on the module and prints the source,
/// every variable declared at the top of its function (the emitter needs
/// that for functions of several blocks; Warp's own code reads so too).
static LogicalResult translateToSource(Operation *op, raw_ostream &output,
                                       bool cuda) {
  ModuleOp module = kernelModule(op);
  if (!module)
    return failure();
  PassManager pm(op->getContext());
  warp::buildWarpToSourcePipeline(pm, cuda);
  if (failed(pm.run(module)))
    return failure();
  return emitc::translateToCpp(module, output,
                               /*declareVariablesAtTop=*/true);
}

int main(int argc, char **argv) {
  mlir::warp::tools::reportOutputWriteErrors("warp-translate", argc, argv);
  // Every upstream translation too (--mlir-to-llvmir for host code, ...).
  registerAllTranslations();
  TranslateFromMLIRRegistration ptx(
      "warp-to-ptx", "compile warp kernels to PTX text (--cubin: a cubin)",
      translateToPTX, registerTranslationDialects);
  TranslateFromMLIRRegistration llvmir(
      "warp-to-llvmir",
      "compile warp kernels to LLVM IR with CPU entry points (k_cpu)",
      translateToLLVMIR, registerTranslationDialects);
  TranslateFromMLIRRegistration cpp(
      "warp-to-cpp",
      "compile warp kernels to C++ source in Warp's CPU style (k_cpu)",
      [](Operation *op, raw_ostream &output) {
        return translateToSource(op, output, /*cuda=*/false);
      },
      registerTranslationDialects);
  TranslateFromMLIRRegistration cuda(
      "warp-to-cuda",
      "compile warp kernels to CUDA C++ source (__global__ entry points)",
      [](Operation *op, raw_ostream &output) {
        return translateToSource(op, output, /*cuda=*/true);
      },
      registerTranslationDialects);
  warp::registerWarpToPythonTranslation();
  return failed(mlirTranslateMain(argc, argv, "warp-mlir translation driver"));
}
