//===- CpuJit.cpp - warp kernels as host object code, run in process ------===//

#include "warp/Execution/CpuJit.h"

#include "warp/Conversion/WarpToCPU/WarpToCPU.h"
#include "warp/Pipelines/Pipelines.h"

#include "mlir/ExecutionEngine/OptUtils.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Target/LLVMIR/Export.h"

#include "llvm/ExecutionEngine/Orc/ExecutionUtils.h"
#include "llvm/ExecutionEngine/Orc/JITTargetMachineBuilder.h"
#include "llvm/ExecutionEngine/Orc/LLJIT.h"
#include "llvm/ExecutionEngine/Orc/RTDyldObjectLinkingLayer.h"
#include "llvm/ExecutionEngine/SectionMemoryManager.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/TargetParser/Host.h"

#include <mutex>

using namespace mlir;
using namespace mlir::warp;

/// The native target is registered once per process, whoever asks first.
static void initializeNativeTarget() {
  static std::once_flag once;
  std::call_once(once, [] {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
  });
}

/// What object code is compiled for and linked by: the host, at `optLevel`.
static llvm::Expected<llvm::orc::JITTargetMachineBuilder>
hostMachineBuilder(unsigned optLevel) {
  initializeNativeTarget();
  auto builder = llvm::orc::JITTargetMachineBuilder::detectHost();
  if (!builder)
    return builder.takeError();
  static const llvm::CodeGenOptLevel levels[] = {
      llvm::CodeGenOptLevel::None, llvm::CodeGenOptLevel::Less,
      llvm::CodeGenOptLevel::Default, llvm::CodeGenOptLevel::Aggressive};
  builder->setCodeGenOptLevel(levels[std::min(optLevel, 3u)]);
  return builder;
}

/// `module`, already lowered by warp-to-llvm, translated to LLVM IR.
static std::unique_ptr<llvm::Module>
translateLowered(ModuleOp module, llvm::LLVMContext &llvmContext) {
  std::unique_ptr<llvm::Module> llvmModule =
      translateModuleToLLVMIR(module, llvmContext);
  if (!llvmModule) {
    emitError(module.getLoc(), "the module did not translate to LLVM IR");
    return nullptr;
  }
  // libm calls (sinf, ...) through the GOT rather than PLT stubs: one
  // indirect jump fewer per call, as warp-lang's CPU kernels are built.
  llvmModule->setRtLibUseGOT();
  return llvmModule;
}

/// `module` lowered by warp-to-llvm and translated to LLVM IR.
static std::unique_ptr<llvm::Module>
lowerToLLVMIR(ModuleOp module, bool checkBounds,
              llvm::LLVMContext &llvmContext) {
  PassManager pm(module.getContext());
  buildWarpToLLVMPipeline(pm, checkBounds);
  if (failed(pm.run(module)))
    return nullptr;
  return translateLowered(module, llvmContext);
}

LogicalResult mlir::warp::printLoweredLLVMIR(ModuleOp module,
                                             std::string &llvmIR) {
  llvm::LLVMContext llvmContext;
  std::unique_ptr<llvm::Module> llvmModule =
      translateLowered(module, llvmContext);
  if (!llvmModule)
    return failure();
  llvm::raw_string_ostream os(llvmIR);
  llvmModule->print(os, nullptr);
  return success();
}

LogicalResult mlir::warp::translateToCpuLLVMIR(ModuleOp module,
                                               std::string &llvmIR,
                                               bool checkBounds) {
  PassManager pm(module.getContext());
  buildWarpToLLVMPipeline(pm, checkBounds);
  if (failed(pm.run(module)))
    return failure();
  return printLoweredLLVMIR(module, llvmIR);
}

LogicalResult mlir::warp::compileToCpuObject(ModuleOp module,
                                             const CpuCompileOptions &options,
                                             std::string &object) {
  auto fail = [&](llvm::Error error) {
    emitError(module.getLoc(), "compiling for the host CPU failed: ")
        << llvm::toString(std::move(error));
    return failure();
  };
  llvm::LLVMContext llvmContext;
  std::unique_ptr<llvm::Module> llvmModule =
      lowerToLLVMIR(module, options.checkBounds, llvmContext);
  if (!llvmModule)
    return failure();

  auto machineBuilder = hostMachineBuilder(options.optLevel);
  if (!machineBuilder)
    return fail(machineBuilder.takeError());
  auto machine = machineBuilder->createTargetMachine();
  if (!machine)
    return fail(machine.takeError());
  llvmModule->setDataLayout((*machine)->createDataLayout());
  llvmModule->setTargetTriple((*machine)->getTargetTriple());

  auto optimize = makeOptimizingTransformer(options.optLevel, /*sizeLevel=*/0,
                                            machine->get());
  if (llvm::Error error = optimize(llvmModule.get()))
    return fail(std::move(error));

  llvm::SmallVector<char, 0> buffer;
  llvm::raw_svector_ostream os(buffer);
  llvm::legacy::PassManager codegen;
  if ((*machine)->addPassesToEmitFile(codegen, os, nullptr,
                                      llvm::CodeGenFileType::ObjectFile)) {
    emitError(module.getLoc(), "the host target cannot emit object files");
    return failure();
  }
  codegen.run(*llvmModule);
  object.assign(buffer.begin(), buffer.end());
  return success();
}

std::string mlir::warp::hostCpuDescription() {
  std::string description =
      llvm::sys::getProcessTriple() + " " + llvm::sys::getHostCPUName().str();
  llvm::StringMap<bool> features = llvm::sys::getHostCPUFeatures();
  // Sorted, so that the text is the same in every process.
  std::vector<std::string> enabled;
  for (const auto &feature : features)
    if (feature.second)
      enabled.push_back("+" + feature.first().str());
  llvm::sort(enabled);
  for (const std::string &feature : enabled)
    description += " " + feature;
  return description;
}

CpuJitModule::CpuJitModule(std::unique_ptr<llvm::orc::LLJIT> jit)
    : jit(std::move(jit)) {}

CpuJitModule::~CpuJitModule() = default;

llvm::Expected<std::unique_ptr<CpuJitModule>>
CpuJitModule::load(StringRef object,
                   ArrayRef<std::pair<StringRef, void *>> symbols) {
  auto machineBuilder = hostMachineBuilder(/*optLevel=*/3);
  if (!machineBuilder)
    return machineBuilder.takeError();
  // RuntimeDyld gives calls into the process (libm) stubs wherever the
  // object's code lands, as MLIR's ExecutionEngine links.
  auto jit =
      llvm::orc::LLJITBuilder()
          .setJITTargetMachineBuilder(std::move(*machineBuilder))
          .setObjectLinkingLayerCreator(
              [](llvm::orc::ExecutionSession &session)
                  -> llvm::Expected<std::unique_ptr<llvm::orc::ObjectLayer>> {
                return std::make_unique<llvm::orc::RTDyldObjectLinkingLayer>(
                    session, [](const llvm::MemoryBuffer &) {
                      return std::make_unique<llvm::SectionMemoryManager>();
                    });
              })
          .create();
  if (!jit)
    return jit.takeError();

  llvm::orc::JITDylib &library = (*jit)->getMainJITDylib();
  if (!symbols.empty()) {
    llvm::orc::SymbolMap map;
    for (auto [name, address] : symbols)
      map[(*jit)->mangleAndIntern(name)] = {
          llvm::orc::ExecutorAddr::fromPtr(address),
          llvm::JITSymbolFlags::Exported};
    if (llvm::Error error =
            library.define(llvm::orc::absoluteSymbols(std::move(map))))
      return std::move(error);
  }
  auto process = llvm::orc::DynamicLibrarySearchGenerator::GetForCurrentProcess(
      (*jit)->getDataLayout().getGlobalPrefix());
  if (!process)
    return process.takeError();
  library.addGenerator(std::move(*process));

  if (llvm::Error error = (*jit)->addObjectFile(
          llvm::MemoryBuffer::getMemBufferCopy(object, "warp-kernels.o")))
    return std::move(error);
  return std::unique_ptr<CpuJitModule>(new CpuJitModule(std::move(*jit)));
}

llvm::Expected<CpuEntry> CpuJitModule::lookupEntry(StringRef kernel) {
  std::string entry = (kernel + kCpuEntrySuffix).str();
  auto address = jit->lookup(entry);
  if (!address)
    return address.takeError();
  return address->toPtr<CpuEntry>();
}
