//===- WarpToCPU.cpp - warp kernels to CPU entry points -------------------===//
//
// Kernel bodies are lowered like any function; the CPU entry point adds what
// a launch means on the host: one call of the body per launch index, in
// row-major order, as nested loops (no division per index).
//
//===----------------------------------------------------------------------===//

#include "warp/Conversion/WarpToCPU/WarpToCPU.h"

#include "warp/Conversion/Passes.h"
#include "warp/Conversion/WarpToLLVM/WarpToLLVM.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Transforms/Passes.h"

namespace mlir::warp {
#define GEN_PASS_DEF_CONVERTWARPTOCPU
#include "warp/Conversion/Passes.h.inc"
} // namespace mlir::warp

using namespace mlir;
using namespace mlir::warp;

namespace {

/// Builds `for (index = 0; index < extent; ++index) inner(index)` (i32)
/// from the end of `builder`'s block, leaving the builder in the block after
/// the loop.
void buildCountedLoop(OpBuilder &builder, Location loc, Value extent,
                      function_ref<void(Value)> inner) {
  Type i32 = builder.getI32Type();
  Block *before = builder.getInsertionBlock();
  Region *region = before->getParent();
  auto *header = new Block();
  auto *step = new Block();
  auto *after = new Block();
  region->push_back(header);
  region->push_back(step);
  region->push_back(after);
  Value index = header->addArgument(i32, loc);
  Value zero = LLVM::ConstantOp::create(builder, loc, i32, 0);
  LLVM::BrOp::create(builder, loc, ValueRange{zero}, header);

  builder.setInsertionPointToEnd(header);
  Value inside = LLVM::ICmpOp::create(builder, loc, LLVM::ICmpPredicate::slt,
                                      index, extent);
  LLVM::CondBrOp::create(builder, loc, inside, step, after);

  builder.setInsertionPointToEnd(step);
  inner(index);
  Value one = LLVM::ConstantOp::create(builder, loc, i32, 1);
  Value next = LLVM::AddOp::create(builder, loc, index, one);
  LLVM::BrOp::create(builder, loc, ValueRange{next}, header);
  builder.setInsertionPointToEnd(after);
}

/// Builds `llvm.func @<name>_cpu(%args: !llvm.ptr)` running `kernel`'s body
/// over the launch. When the kernel's arrays are C-contiguous at run time,
/// it runs a copy of the loops in which their strides are visible to LLVM
/// (specializeForContiguousArrays), which lets it fold addresses and
/// vectorize.
void buildCpuEntry(OpBuilder &builder, const LoweredKernel &kernel,
                   LLVM::LLVMStructType boundsType, bool specialize) {
  MLIRContext *context = builder.getContext();
  LLVM::LLVMFuncOp body = kernel.body;
  unsigned rank = kernel.rank;
  Location loc = body.getLoc();
  Type ptr = LLVM::LLVMPointerType::get(context);
  Type i32 = builder.getI32Type();
  auto entry = LLVM::LLVMFuncOp::create(
      builder, loc, (kernel.name + kCpuEntrySuffix).str(),
      LLVM::LLVMFunctionType::get(LLVM::LLVMVoidType::get(context), {ptr}));
  Block *start = entry.addEntryBlock(builder);
  builder.setInsertionPointToEnd(start);

  ArrayRef<Type> argumentTypes =
      body.getFunctionType().getParams().drop_front(rank);
  SmallVector<Type> fields{boundsType};
  llvm::append_range(fields, argumentTypes);
  SmallVector<Value> arguments =
      loadKernelArguments(builder, loc, entry.getArgument(0), fields);
  Value bounds = arguments.front();
  arguments.erase(arguments.begin());
  SmallVector<Value> extents;
  for (unsigned dim = 0; dim < rank; ++dim) {
    int64_t position[] = {0, dim};
    extents.push_back(
        LLVM::ExtractValueOp::create(builder, loc, i32, bounds, position));
  }

  // The loops over the launch, calling the body with `callArguments`.
  auto buildLoops = [&](ArrayRef<Value> callArguments) {
    SmallVector<Value> indices;
    std::function<void(unsigned)> loopOver = [&](unsigned dim) {
      if (dim == rank) {
        SmallVector<Value> operands(indices);
        llvm::append_range(operands, callArguments);
        LLVM::CallOp::create(builder, loc, body, operands);
        return;
      }
      buildCountedLoop(builder, loc, extents[dim], [&](Value index) {
        indices.push_back(index);
        loopOver(dim + 1);
        indices.pop_back();
      });
    };
    loopOver(0);
    LLVM::ReturnOp::create(builder, loc, ValueRange{});
  };

  if (!specialize)
    return buildLoops(arguments);
  ContiguousArguments contiguous = specializeForContiguousArrays(
      builder, loc, arguments, kernel.elementBytes);
  if (!contiguous.test)
    return buildLoops(arguments);
  auto *fast = new Block();
  auto *general = new Block();
  entry.getBody().push_back(fast);
  entry.getBody().push_back(general);
  LLVM::CondBrOp::create(builder, loc, contiguous.test, fast, general);
  builder.setInsertionPointToEnd(fast);
  buildLoops(contiguous.arguments);
  builder.setInsertionPointToEnd(general);
  buildLoops(arguments);
}

struct ConvertWarpToCPUPass
    : public warp::impl::ConvertWarpToCPUBase<ConvertWarpToCPUPass> {
  using Base::Base;

  /// Builds the body lowering once: a pass manager that runs this pass over
  /// many modules then initializes its pattern sets once, not per module.
  LogicalResult initialize(MLIRContext *) override {
    lowering = OpPassManager(ModuleOp::getOperationName());
    buildWarpBodyLowering(lowering, checkBounds, /*hostMath=*/true);
    return success();
  }

  void runOnOperation() override {
    ModuleOp module = getOperation();
    if (failed(setHostDataLayout(module)))
      return signalPassFailure();
    if (failed(runPipeline(lowering, module)))
      return signalPassFailure();
    FailureOr<SmallVector<LoweredKernel>> kernels =
        prepareKernelBodies(module, {{kCpuEntrySuffix, "CPU entry"}});
    if (failed(kernels))
      return signalPassFailure();
    OpBuilder builder(&getContext());
    for (const LoweredKernel &kernel : *kernels) {
      builder.setInsertionPointAfter(kernel.body);
      buildCpuEntry(builder, kernel, getLaunchBoundsType(&getContext()),
                    specializeContiguous);
    }
  }

private:
  OpPassManager lowering{ModuleOp::getOperationName()};
};
} // namespace
