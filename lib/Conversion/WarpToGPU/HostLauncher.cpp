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

void mlir::warp::buildHostLauncher(OpBuilder &builder, gpu::GPUFuncOp entry) {
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
  // block in [1, 1024]; grid 0: ceil(size / block) blocks; any grid in
  // [1, 2^31 - 1] (the kernel loops, so fewer blocks are still correct).
  auto clamp = [&](Value value, int64_t low, int64_t high) -> Value {
    Value lowest = arith::ConstantIntOp::create(builder, loc, i64, low);
    Value highest = arith::ConstantIntOp::create(builder, loc, i64, high);
    return arith::MinSIOp::create(
        builder, loc, arith::MaxSIOp::create(builder, loc, value, lowest),
        highest);
  };
  block = clamp(block, 1, 1024);
  Value size = LLVM::ExtractValueOp::create(builder, loc, operands.front(),
                                            ArrayRef<int64_t>{2});
  Value zero = arith::ConstantIntOp::create(builder, loc, i64, 0);
  Value oneEach = arith::CeilDivSIOp::create(builder, loc, size, block);
  Value unset =
      arith::CmpIOp::create(builder, loc, arith::CmpIPredicate::eq, grid, zero);
  grid = clamp(arith::SelectOp::create(builder, loc, unset, oneEach, grid), 1,
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
