//===- WarpToGPU.cpp - warp kernels to gpu.module entry points ------------===//
//
// Kernel bodies are lowered like any function; the GPU entry point
// (KernelEntry.cpp) only adds what a launch means on the device.
//
//===----------------------------------------------------------------------===//

#include "warp/Conversion/WarpToGPU/WarpToGPU.h"

#include "HostLauncher.h"
#include "KernelEntry.h"

#include "warp/Conversion/Passes.h"
#include "warp/Conversion/WarpToLLVM/WarpToLLVM.h"
#include "warp-runtime/KernelABI.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Dominance.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/TypeUtilities.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Transforms/Passes.h"

namespace mlir::warp {
#define GEN_PASS_DEF_CONVERTWARPTOGPU
#include "warp/Conversion/Passes.h.inc"
} // namespace mlir::warp

using namespace mlir;
using namespace mlir::warp;

namespace {

/// math.sqrt would become libdevice's __nv_sqrtf, which LLVM's NVVMReflect
/// resolves to sqrt.approx; Warp's CUDA is compiled with IEEE square roots
/// (-prec-sqrt=true), so call the round-to-nearest intrinsic directly.
void useIEEESquareRoots(gpu::GPUModuleOp gpuModule) {
  gpuModule.walk([](math::SqrtOp sqrt) {
    Type type = sqrt.getType();
    if (!type.isF32() && !type.isF64())
      return;
    OpBuilder builder(sqrt);
    StringAttr intrinsic = builder.getStringAttr(
        type.isF32() ? "llvm.nvvm.sqrt.rn.f" : "llvm.nvvm.sqrt.rn.d");
    auto call = LLVM::CallIntrinsicOp::create(builder, sqrt.getLoc(), type,
                                              intrinsic, sqrt.getOperand());
    sqrt.replaceAllUsesWith(call.getResults());
    sqrt.erase();
  });
}

/// On an H100 (ptxas 13) abs.s16 of -32768 followed by cvt.s64.s16 gives
/// +32768, where Warp wraps to -32768. LLVM narrows every 32-bit abs idiom
/// of a sign-extended value back to abs.s16, so 8- and 16-bit abs runs
/// abs.s32 as inline PTX on the widened value and truncates.
void widenNarrowAbs(gpu::GPUModuleOp gpuModule) {
  gpuModule.walk([](math::AbsIOp abs) {
    auto type = dyn_cast<IntegerType>(abs.getType());
    if (!type || type.getWidth() >= 32)
      return;
    OpBuilder builder(abs);
    Location loc = abs.getLoc();
    Type i32 = builder.getI32Type();
    Value wide = arith::ExtSIOp::create(builder, loc, i32, abs.getOperand());
    auto absolute = LLVM::InlineAsmOp::create(
        builder, loc, i32, ValueRange{wide},
        builder.getStringAttr("abs.s32 $0, $1;"), builder.getStringAttr("=r,r"),
        /*has_side_effects=*/nullptr, /*is_align_stack=*/nullptr,
        LLVM::TailCallKindAttr(), /*asm_dialect=*/nullptr,
        /*operand_attrs=*/nullptr);
    abs.replaceAllUsesWith(
        arith::TruncIOp::create(builder, loc, type, absolute.getResult(0))
            .getResult());
    abs.erase();
  });
}

/// The blocks of the natural loop of the back edge from `latch` to `header`.
llvm::SmallPtrSet<Block *, 8> naturalLoop(Block *header, Block *latch) {
  llvm::SmallPtrSet<Block *, 8> blocks{header};
  SmallVector<Block *> worklist{latch};
  while (!worklist.empty()) {
    Block *block = worklist.pop_back_val();
    if (blocks.insert(block).second)
      llvm::append_range(worklist, block->getPredecessors());
  }
  return blocks;
}

/// The values `predecessor`'s terminator passes to `block`'s arguments, or
/// none when it branches there more than once or not as a branch.
std::optional<OperandRange> forwardedTo(Block *predecessor, Block *block) {
  auto branch = dyn_cast<BranchOpInterface>(predecessor->getTerminator());
  if (!branch)
    return std::nullopt;
  std::optional<OperandRange> operands;
  for (auto [index, successor] : llvm::enumerate(branch->getSuccessors())) {
    if (successor != block)
      continue;
    SuccessorOperands forwarded = branch.getSuccessorOperands(index);
    if (operands || forwarded.getProducedOperandCount() != 0)
      return std::nullopt;
    operands = forwarded.getForwardedOperands();
  }
  return operands;
}

/// The trip count of the loop `blocks` headed by `header` when it is a
/// compile-time constant of at most `limit` trips: the header tests
/// `iv pred C`, `iv` one of its arguments that starts at a constant and
/// steps by a constant on every back edge (what convert-warp-to-cf makes of
/// a warp.for with constant bounds).
std::optional<int64_t>
constantTripCount(Block *header, const llvm::SmallPtrSet<Block *, 8> &blocks,
                  int64_t limit) {
  auto exitTest = dyn_cast<LLVM::CondBrOp>(header->getTerminator());
  if (!exitTest)
    return std::nullopt;
  bool staysOnTrue = blocks.contains(exitTest.getTrueDest());
  if (staysOnTrue == blocks.contains(exitTest.getFalseDest()))
    return std::nullopt;
  Value condition = exitTest.getCondition();
  Value lhs, rhs;
  std::optional<arith::CmpIPredicate> predicate;
  if (auto cmp = condition.getDefiningOp<arith::CmpIOp>()) {
    predicate = cmp.getPredicate();
    lhs = cmp.getLhs();
    rhs = cmp.getRhs();
  } else if (auto cmp = condition.getDefiningOp<LLVM::ICmpOp>()) {
    predicate = arith::symbolizeCmpIPredicate(
        LLVM::stringifyICmpPredicate(cmp.getPredicate()));
    lhs = cmp.getLhs();
    rhs = cmp.getRhs();
  }
  auto iv = dyn_cast_or_null<BlockArgument>(lhs);
  APInt bound;
  if (!predicate || !iv || iv.getOwner() != header ||
      !matchPattern(rhs, m_ConstantInt(&bound)))
    return std::nullopt;
  std::optional<APInt> start, step;
  for (Block *predecessor : header->getPredecessors()) {
    std::optional<OperandRange> operands = forwardedTo(predecessor, header);
    if (!operands)
      return std::nullopt;
    Value incoming = (*operands)[iv.getArgNumber()];
    APInt value;
    if (!blocks.contains(predecessor)) {
      if (!matchPattern(incoming, m_ConstantInt(&value)) ||
          (start && *start != value))
        return std::nullopt;
      start = value;
      continue;
    }
    Operation *add = incoming.getDefiningOp();
    if (!add || !isa<arith::AddIOp, LLVM::AddOp>(add) ||
        add->getOperand(0) != iv ||
        !matchPattern(add->getOperand(1), m_ConstantInt(&value)) ||
        (step && *step != value))
      return std::nullopt;
    step = value;
  }
  if (!start || !step || start->getBitWidth() != bound.getBitWidth())
    return std::nullopt;
  APInt current = *start;
  for (int64_t trips = 0; trips <= limit; ++trips) {
    if (arith::applyCmpPredicate(*predicate, current, bound) != staysOnTrue)
      return trips;
    current += *step;
  }
  return std::nullopt;
}

/// A rough size of `op` in instructions once NVPTX has lowered it: the math
/// functions are libdevice code, a division a Newton iteration.
int64_t estimatedSize(Operation *op) {
  if (isa<math::SqrtOp, math::AbsFOp, math::AbsIOp, math::FmaOp,
          math::CopySignOp>(op))
    return 2;
  if (op->getDialect() && op->getDialect()->getNamespace() == "math")
    return 40;
  if (isa<arith::DivFOp, arith::RemFOp, arith::DivSIOp, arith::DivUIOp,
          arith::RemSIOp, arith::RemUIOp, LLVM::FDivOp, LLVM::SDivOp,
          LLVM::UDivOp, LLVM::SRemOp, LLVM::URemOp>(op))
    return 10;
  if (isa<LLVM::CallOp, LLVM::CallIntrinsicOp>(op))
    return 40;
  if (isMemoryEffectFree(op) && op->getNumResults() == 1 &&
      (matchPattern(op->getResult(0), m_Constant()) ||
       isa<LLVM::ExtractValueOp, LLVM::InsertValueOp>(op)))
    return 0;
  return 1;
}

/// The unrolled size (estimatedSize) up to which a loop with a run-time trip
/// count is unrolled by more than 4 (8 or 16).
constexpr int64_t kSmallLoopSize = 256;

/// Annotates the back edge of every loop of the kernels and functions for
/// LLVM's unroller. A loop with a constant trip count whose fully unrolled
/// size stays within `fullUnrollBudget` instructions (estimatedSize) is
/// unrolled fully, as nvcc unrolls such loops. Every other loop is unrolled
/// by 4, as nvcc does: NVPTX's own heuristics never partially unroll a body
/// costing 75 or more (a square root and a reciprocal suffice), so such loops
/// kept one load in flight per trip. A small loop with a run-time trip count
/// (newton_poly's Horner loop) is unrolled by 8 or 16: LLVM marks unrolled
/// loops `nounroll` for ptxas, which unrolls nvcc's 4-way unrolled loops by
/// another 4. docs/performance.md has the measurements.
void requestLoopUnrolling(gpu::GPUModuleOp gpuModule,
                          int64_t fullUnrollBudget) {
  MLIRContext *context = gpuModule.getContext();
  Builder b(context);
  auto annotation = [&](LLVM::LoopUnrollAttr unroll) {
    return LLVM::LoopAnnotationAttr::get(context, {}, {}, {}, unroll, {}, {},
                                         {}, {}, {}, {}, {}, {}, {}, {}, {});
  };
  auto fully = annotation(LLVM::LoopUnrollAttr::get(
      context, {}, {}, {}, b.getBoolAttr(true), {}, {}, {}));
  gpuModule.walk([&](LLVM::LLVMFuncOp function) {
    if (function.isExternal())
      return;
    DominanceInfo dominance(function);
    SmallVector<std::pair<Operation *, Block *>> backEdges;
    function.walk([&](Operation *op) {
      if (!isa<LLVM::BrOp, LLVM::CondBrOp>(op))
        return;
      for (Block *successor : op->getSuccessors())
        if (dominance.dominates(successor, op->getBlock())) {
          backEdges.push_back({op, successor});
          break;
        }
    });
    for (auto [branch, header] : backEdges) {
      Operation *branchOp = branch;
      llvm::SmallPtrSet<Block *, 8> blocks =
          naturalLoop(header, branch->getBlock());
      bool nested = llvm::any_of(backEdges, [&](auto edge) {
        return edge.first != branchOp && blocks.contains(edge.second);
      });
      int64_t size = 0;
      for (Block *block : blocks)
        for (Operation &op : *block)
          size += estimatedSize(&op);
      std::optional<int64_t> trips;
      if (!nested && fullUnrollBudget > 0)
        trips = constantTripCount(
            header, blocks, fullUnrollBudget / std::max<int64_t>(size, 1));
      LLVM::LoopAnnotationAttr unroll = fully;
      if (!trips) {
        // Small bodies by up to 16, as far as kSmallLoopSize allows.
        int64_t count = 4;
        while (count < 16 && 2 * count * size <= kSmallLoopSize)
          count *= 2;
        unroll = annotation(LLVM::LoopUnrollAttr::get(
            context, {}, b.getI32IntegerAttr(count), {}, {}, {}, {}, {}));
      }
      if (auto br = dyn_cast<LLVM::BrOp>(branch))
        br.setLoopAnnotationAttr(unroll);
      else
        cast<LLVM::CondBrOp>(branch).setLoopAnnotationAttr(unroll);
    }
  });
}

/// Whether some loop of `function` loads or stores memory (an array: the
/// body's locals are registers by now).
bool hasLoopWithMemoryAccess(LLVM::LLVMFuncOp function) {
  if (function.isExternal())
    return false;
  DominanceInfo dominance(function);
  bool found = false;
  function.walk([&](Operation *op) {
    if (found || !isa<LLVM::BrOp, LLVM::CondBrOp>(op))
      return;
    for (Block *successor : op->getSuccessors()) {
      if (!dominance.dominates(successor, op->getBlock()))
        continue;
      for (Block *block : naturalLoop(successor, op->getBlock()))
        for (Operation &inner : *block)
          found |= isa<LLVM::LoadOp, LLVM::StoreOp>(inner);
    }
  });
  return found;
}

/// Marks float arithmetic as contractible, so that LLVM may fuse a multiply
/// and an add into an fma (warp-lang's fuse_fp).
void allowContraction(gpu::GPUModuleOp gpuModule) {
  gpuModule.walk([](Operation *op) {
    // Only float arithmetic rounds; selects and the like also carry flags.
    if (op->getNumResults() != 1 ||
        !isa<FloatType>(getElementTypeOrSelf(op->getResult(0).getType())))
      return;
    if (auto arith = dyn_cast<arith::ArithFastMathInterface>(op)) {
      auto flags = arith.getFastMathFlagsAttr();
      auto contracted =
          (flags ? flags.getValue() : arith::FastMathFlags::none) |
          arith::FastMathFlags::contract;
      op->setAttr(arith.getFastMathAttrName(),
                  arith::FastMathFlagsAttr::get(op->getContext(), contracted));
    } else if (auto llvmOp = dyn_cast<LLVM::FastmathFlagsInterface>(op)) {
      auto contracted =
          llvmOp.getFastmathAttr().getValue() | LLVM::FastmathFlags::contract;
      op->setAttr(llvmOp.getFastmathAttrName(),
                  LLVM::FastmathFlagsAttr::get(op->getContext(), contracted));
    }
  });
}

/// `kernel`'s rows per thread as the constant the runtime reads to size the
/// launch (docs/abi.md, "GPU launch").
void declareRowsPerThread(OpBuilder &builder, const LoweredKernel &kernel,
                          int64_t rows) {
  std::string name = kernel.name + ::warp::runtime::kRowsPerThreadSuffix;
  constexpr unsigned kConstantAddressSpace = 4;
  LLVM::GlobalOp::create(builder, kernel.body->getLoc(), builder.getI32Type(),
                         /*isConstant=*/true, LLVM::Linkage::External, name,
                         builder.getI32IntegerAttr(rows), /*alignment=*/4,
                         kConstantAddressSpace);
}

struct ConvertWarpToGPUPass
    : public mlir::warp::impl::ConvertWarpToGPUBase<ConvertWarpToGPUPass> {
  using Base::Base;
  /// Builds the body lowering once: a pass manager that runs this pass over
  /// many modules then initializes its pattern sets once, not per module.
  LogicalResult initialize(MLIRContext *) override {
    lowering = OpPassManager(ModuleOp::getOperationName());
    buildWarpBodyLowering(lowering);
    return success();
  }

  void runOnOperation() override {
    ModuleOp module = getOperation();
    const std::string &contiguousMode = specializeContiguous;
    if (contiguousMode != "true" && contiguousMode != "false" &&
        contiguousMode != "auto") {
      module.emitError("specialize-contiguous must be true, false or auto, "
                       "not '")
          << contiguousMode << "'";
      return signalPassFailure();
    }
    // The host side (k_launch) reads the argument struct with host layout.
    if (hostLaunchers && failed(setHostDataLayout(module)))
      return signalPassFailure();
    if (failed(runPipeline(lowering, module)))
      return signalPassFailure();
    FailureOr<SmallVector<LoweredKernel>> kernels =
        prepareKernelBodies(
            module, {{kHostLauncherSuffix, "host launcher"},
                     {::warp::runtime::kRowsPerThreadSuffix, "launch size"},
                     {::warp::runtime::kContiguousEntrySuffix,
                      "entry for contiguous arrays"}});
    if (failed(kernels))
      return signalPassFailure();

    MLIRContext *context = &getContext();
    OpBuilder builder(context);
    builder.setInsertionPointToEnd(module.getBody());
    auto gpuModule =
        gpu::GPUModuleOp::create(builder, module.getLoc(), kGpuModuleName);
    module->setAttr(gpu::GPUDialect::getContainerModuleAttrName(),
                    builder.getUnitAttr());
    for (auto function :
         llvm::make_early_inc_range(module.getOps<LLVM::LLVMFuncOp>()))
      function->moveBefore(gpuModule.getBody(), gpuModule.getBody()->end());
    // Before the entries copy the bodies' loops.
    requestLoopUnrolling(gpuModule, fullUnrollBudget);
    for (const LoweredKernel &kernel : *kernels) {
      builder.setInsertionPointToEnd(gpuModule.getBody());
      bool specialize =
          contiguousMode == "true" ||
          (contiguousMode == "auto" && hasLoopWithMemoryAccess(kernel.body));
      int64_t rows = mlir::warp::rowsPerThread(kernel, rowsPerThread);
      declareRowsPerThread(builder, kernel, rows);
      LLVM::LLVMStructType bounds = getLaunchBoundsType(context);
      gpu::GPUFuncOp entry = buildKernelEntry(
          builder, kernel, kernel.name, bounds,
          specialize ? EntryArrays::AnyTestingContiguous : EntryArrays::Any,
          rows);
      // The entry the runtime launches when the arrays are C-contiguous, as
      // its own are: the stride test and the general copy cost a kernel
      // that never runs them about 2 % (docs/performance.md).
      if (specialize && llvm::any_of(kernel.elementBytes,
                                     [](int64_t bytes) { return bytes > 0; })) {
        buildKernelEntry(builder, kernel,
                         kernel.name + ::warp::runtime::kContiguousEntrySuffix,
                         bounds, EntryArrays::Contiguous, rows);
      }
      if (hostLaunchers) {
        builder.setInsertionPoint(gpuModule);
        buildHostLauncher(builder, entry, rows);
      }
    }
    useIEEESquareRoots(gpuModule);
    widenNarrowAbs(gpuModule);
    if (fuseFp)
      allowContraction(gpuModule);
  }

private:
  OpPassManager lowering{ModuleOp::getOperationName()};
};
} // namespace
