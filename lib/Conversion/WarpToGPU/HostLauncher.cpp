//===- HostLauncher.cpp - host functions that launch kernels --------------===//
//
// The host side of a launch in upstream terms: a func.func whose
// gpu.launch_func `gpu-to-llvm` lowers to runtime calls (mgpuModuleLoad,
// mgpuLaunchKernel, ...; runtime/lib/MgpuRuntime.cpp implements them over
// the CUDA driver).
//
//===----------------------------------------------------------------------===//

#include "HostLauncher.h"

#include "warp/Conversion/WarpToLLVM/WarpToLLVM.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"

#include <limits>

using namespace mlir;
using namespace mlir::warp;

void mlir::warp::buildHostLauncher(OpBuilder &builder, gpu::GPUFuncOp entry,
                                   int64_t rows) {
  MLIRContext *context = builder.getContext();
  Location loc = entry.getLoc();
  Type i64 = builder.getI64Type();
  Type ptr = LLVM::LLVMPointerType::get(context);
  auto launcher = func::FuncOp::create(
      builder, loc, (entry.getName() + kHostLauncherSuffix).str(),
      builder.getFunctionType({ptr, i64, i64}, {}));
  Block *body = launcher.addEntryBlock();
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToEnd(body);

  // The entry's parameters hold the same bytes as the C struct's fields.
  SmallVector<Value> operands = loadKernelArguments(
      builder, loc, launcher.getArgument(0), entry.getArgumentTypes());
  Value grid = launcher.getArgument(1);
  Value block = launcher.getArgument(2);
  // block in [1, 1024]; at least the blocks the kernel needs:
  // ceil(ceil(shape[0] / rows) * (size / shape[0]) / block), at least 1 (a
  // launch needs a block), at most 2^31 - 1.
  auto clamp = [&](Value value, int64_t low, int64_t high) -> Value {
    Value lowest = arith::ConstantIntOp::create(builder, loc, i64, low);
    Value highest = arith::ConstantIntOp::create(builder, loc, i64, high);
    return arith::MinSIOp::create(
        builder, loc, arith::MaxSIOp::create(builder, loc, value, lowest),
        highest);
  };
  block = clamp(block, 1, 1024);
  Value bounds = operands.front();
  Value size =
      LLVM::ExtractValueOp::create(builder, loc, bounds, ArrayRef<int64_t>{2});
  Value threads = size;
  if (rows > 1) {
    // shape[0] is at least 1 here (clamped; a launch of size 0 needs none).
    Value rows0 = clamp(
        arith::ExtSIOp::create(
            builder, loc, i64,
            LLVM::ExtractValueOp::create(builder, loc, bounds,
                                         ArrayRef<int64_t>{0, 0})),
        1, std::numeric_limits<int32_t>::max());
    Value groups = arith::CeilDivSIOp::create(
        builder, loc, rows0,
        arith::ConstantIntOp::create(builder, loc, i64, rows));
    threads = arith::MulIOp::create(
        builder, loc, groups,
        arith::DivSIOp::create(builder, loc, size, rows0));
  }
  Value needed = arith::CeilDivSIOp::create(builder, loc, threads, block);
  grid = clamp(arith::MaxSIOp::create(builder, loc, grid, needed), 1,
               std::numeric_limits<int32_t>::max());

  auto asIndex = [&](Value value) -> Value {
    return arith::IndexCastOp::create(builder, loc, builder.getIndexType(),
                                      value);
  };
  Value indexOne = arith::ConstantIndexOp::create(builder, loc, 1);
  gpu::LaunchFuncOp::create(builder, loc, entry,
                            gpu::KernelDim3{asIndex(grid), indexOne, indexOne},
                            gpu::KernelDim3{asIndex(block), indexOne, indexOne},
                            /*dynamicSharedMemorySize=*/Value(), operands);
  func::ReturnOp::create(builder, loc);
}
