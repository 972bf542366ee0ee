//===- WarpToCF.cpp - kernels and functions to func.func + cf -------------===//
//
// Structured ops are lowered innermost first. When a loop is lowered, every
// warp.break and warp.continue left in its blocks is its own: loops nested in
// it were lowered before it and have already replaced theirs. warp.return is
// replaced last, once the whole body is a CFG.
//
//===----------------------------------------------------------------------===//

#include "warp/Conversion/WarpToCF/WarpToCF.h"

#include "warp/Dialect/Warp/IR/WarpOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Matchers.h"
#include "llvm/ADT/TypeSwitch.h"

namespace mlir::warp {
#define GEN_PASS_DEF_CONVERTWARPTOCF
#include "warp/Conversion/Passes.h.inc"
} // namespace mlir::warp

using namespace mlir;
using namespace mlir::warp;

/// Bytes of a value of `type` in docs/abi.md's layout, or 0 for a struct
/// (whose C layout this pass has no need for).
static int64_t valueBytes(Type type) {
  if (auto vec = dyn_cast<VecType>(type))
    return vec.getLength() * valueBytes(vec.getElementType());
  if (auto mat = dyn_cast<MatType>(type))
    return mat.getRows() * mat.getCols() * valueBytes(mat.getElementType());
  if (auto quat = dyn_cast<QuatType>(type))
    return 4 * valueBytes(quat.getElementType());
  if (auto transform = dyn_cast<TransformType>(type))
    return 7 * valueBytes(transform.getElementType());
  if (type.isIntOrFloat())
    return std::max<int64_t>(1, type.getIntOrFloatBitWidth() / 8);
  return 0;
}

static constexpr StringLiteral kPythonNameAttr = "warp.py_name";

namespace {
/// Lowers the structured control flow of one function body to branches.
class StructuredToCFG {
public:
  explicit StructuredToCFG(MLIRContext *context) : builder(context) {}

  void run(func::FuncOp func) {
    SmallVector<Operation *> structured;
    func.walk<WalkOrder::PostOrder>([&](Operation *op) {
      if (isa<IfOp, ForOp, WhileOp, IfExpOp, AndOp, OrOp>(op))
        structured.push_back(op);
    });
    for (Operation *op : structured) {
      TypeSwitch<Operation *>(op)
          .Case([&](IfOp ifOp) { lowerIf(ifOp); })
          .Case([&](ForOp forOp) { lowerFor(forOp); })
          .Case([&](WhileOp whileOp) { lowerWhile(whileOp); })
          .Case([&](IfExpOp ifExp) { lowerIfExp(ifExp); })
          .Case([&](AndOp andOp) { lowerShortCircuit(andOp, /*isAnd=*/true); })
          .Case([&](OrOp orOp) { lowerShortCircuit(orOp, /*isAnd=*/false); });
    }
    func.walk([&](ReturnOp ret) {
      builder.setInsertionPoint(ret);
      func::ReturnOp::create(builder, ret.getLoc(), ret.getOperands());
      ret.erase();
    });
  }

private:
  /// Splits the block after `op`; the new block receives what followed it.
  Block *splitAfter(Operation *op) {
    return op->getBlock()->splitBlock(std::next(op->getIterator()));
  }

  /// Moves the blocks of `region` before `dest` and returns them.
  SmallVector<Block *> inlineBefore(Region &region, Block *dest) {
    SmallVector<Block *> blocks =
        llvm::map_to_vector(region, [](Block &block) { return &block; });
    dest->getParent()->getBlocks().splice(dest->getIterator(),
                                          region.getBlocks());
    return blocks;
  }

  static bool hasTerminator(Block *block) {
    return !block->empty() && block->back().hasTrait<OpTrait::IsTerminator>();
  }

  /// A statement region's blocks that run off their end continue at `next`.
  void branchFallthroughs(ArrayRef<Block *> blocks, Block *next, Location loc) {
    for (Block *block : blocks) {
      if (hasTerminator(block))
        continue;
      builder.setInsertionPointToEnd(block);
      cf::BranchOp::create(builder, loc, next);
    }
  }

  /// Replaces the terminators of type `OpTy` ending `blocks` with a branch.
  template <typename OpTy>
  void replaceExits(ArrayRef<Block *> blocks, Block *target) {
    for (Block *block : blocks) {
      if (!hasTerminator(block) || !isa<OpTy>(block->back()))
        continue;
      Operation *exit = &block->back();
      builder.setInsertionPoint(exit);
      cf::BranchOp::create(builder, exit->getLoc(), target);
      exit->erase();
    }
  }

  /// Python truth: conditions may be any Warp scalar.
  Value truth(Value value, Location loc) {
    if (value.getType().isSignlessInteger(1))
      return value;
    return CastOp::create(builder, loc, builder.getI1Type(), value);
  }

  void lowerIf(IfOp op) {
    Location loc = op.getLoc();
    Block *after = splitAfter(op);
    SmallVector<Block *> thenBlocks = inlineBefore(op.getThenRegion(), after);
    branchFallthroughs(thenBlocks, after, loc);
    Block *elseEntry = after;
    if (!op.getElseRegion().empty()) {
      SmallVector<Block *> elseBlocks = inlineBefore(op.getElseRegion(), after);
      branchFallthroughs(elseBlocks, after, loc);
      elseEntry = elseBlocks.front();
    }
    builder.setInsertionPoint(op);
    cf::CondBranchOp::create(builder, loc, truth(op.getCondition(), loc),
                             thenBlocks.front(), elseEntry);
    op.erase();
  }

  /// range(start, stop, step): the header tests `i < stop` for a positive
  /// step and `i > stop` for a negative one, choosing at run time when the
  /// step is not a constant.
  void lowerFor(ForOp op) {
    Location loc = op.getLoc();
    Type type = op.getStart().getType();
    Block *after = splitAfter(op);
    Region *parent = after->getParent();

    auto *header = new Block();
    BlockArgument iv = header->addArgument(type, loc);
    parent->getBlocks().insert(after->getIterator(), header);
    Block *bodyEntry = &op.getBody().front();
    bodyEntry->getArgument(0).replaceAllUsesWith(iv);
    bodyEntry->eraseArgument(0);
    SmallVector<Block *> body = inlineBefore(op.getBody(), after);
    auto *latch = new Block();
    parent->getBlocks().insert(after->getIterator(), latch);

    builder.setInsertionPoint(op);
    cf::BranchOp::create(builder, loc, header, ValueRange{op.getStart()});

    builder.setInsertionPointToEnd(header);
    Value inRange = rangeTest(op, iv, loc);
    cf::CondBranchOp::create(builder, loc, inRange, bodyEntry, after);

    builder.setInsertionPointToEnd(latch);
    Value next = AddOp::create(builder, loc, type, iv, op.getStep());
    cf::BranchOp::create(builder, loc, header, ValueRange{next});

    replaceExits<BreakOp>(body, after);
    replaceExits<ContinueOp>(body, latch);
    branchFallthroughs(body, latch, loc);
    op.erase();
  }

  Value rangeTest(ForOp op, Value iv, Location loc) {
    auto compare = [&](CmpPredicate predicate) {
      return CmpOp::create(builder, loc, predicate, iv, op.getStop());
    };
    APInt step;
    if (matchPattern(op.getStep(), m_ConstantInt(&step)))
      return step.isNegative() ? compare(CmpPredicate::gt)
                               : compare(CmpPredicate::lt);
    Value zero = ZeroOp::create(builder, loc, op.getStep().getType());
    Value ascending =
        CmpOp::create(builder, loc, CmpPredicate::gt, op.getStep(), zero);
    return WhereOp::create(builder, loc, builder.getI1Type(), ascending,
                           compare(CmpPredicate::lt),
                           compare(CmpPredicate::gt));
  }

  void lowerWhile(WhileOp op) {
    Location loc = op.getLoc();
    Block *after = splitAfter(op);
    SmallVector<Block *> cond = inlineBefore(op.getCond(), after);
    SmallVector<Block *> body = inlineBefore(op.getBody(), after);

    builder.setInsertionPoint(op);
    cf::BranchOp::create(builder, loc, cond.front());
    for (Block *block : cond) {
      auto condition = dyn_cast<ConditionOp>(block->back());
      if (!condition)
        continue;
      builder.setInsertionPoint(condition);
      cf::CondBranchOp::create(builder, condition.getLoc(),
                               truth(condition.getCondition(), loc),
                               body.front(), after);
      condition.erase();
    }
    replaceExits<BreakOp>(body, after);
    replaceExits<ContinueOp>(body, cond.front());
    branchFallthroughs(body, cond.front(), loc);
    op.erase();
  }

  /// The regions' warp.yield values flow into the block after the op.
  void branchYields(ArrayRef<Block *> blocks, Block *after,
                    bool convertToTruth) {
    for (Block *block : blocks) {
      auto yield = dyn_cast<YieldOp>(block->back());
      if (!yield)
        continue;
      builder.setInsertionPoint(yield);
      Value value = yield.getValue();
      if (convertToTruth)
        value = truth(value, yield.getLoc());
      cf::BranchOp::create(builder, yield.getLoc(), after, ValueRange{value});
      yield.erase();
    }
  }

  void lowerIfExp(IfExpOp op) {
    Location loc = op.getLoc();
    Block *after = splitAfter(op);
    op.getResult().replaceAllUsesWith(
        after->addArgument(op.getResult().getType(), loc));
    SmallVector<Block *> thenBlocks = inlineBefore(op.getThenRegion(), after);
    SmallVector<Block *> elseBlocks = inlineBefore(op.getElseRegion(), after);
    branchYields(thenBlocks, after, /*convertToTruth=*/false);
    branchYields(elseBlocks, after, /*convertToTruth=*/false);
    builder.setInsertionPoint(op);
    cf::CondBranchOp::create(builder, loc, truth(op.getCondition(), loc),
                             thenBlocks.front(), elseBlocks.front());
    op.erase();
  }

  /// `a and b` evaluates b only when a is true; `a or b` only when a is false.
  void lowerShortCircuit(Operation *op, bool isAnd) {
    Location loc = op->getLoc();
    Block *after = splitAfter(op);
    op->getResult(0).replaceAllUsesWith(
        after->addArgument(builder.getI1Type(), loc));
    SmallVector<Block *> rhs = inlineBefore(op->getRegion(0), after);
    branchYields(rhs, after, /*convertToTruth=*/true);

    builder.setInsertionPoint(op);
    Value lhs = truth(op->getOperand(0), loc);
    Value decided =
        ConstantOp::create(builder, loc, builder.getBoolAttr(!isAnd));
    if (isAnd)
      cf::CondBranchOp::create(builder, loc, lhs, rhs.front(), ValueRange{},
                               after, ValueRange{decided});
    else
      cf::CondBranchOp::create(builder, loc, lhs, after, ValueRange{decided},
                               rhs.front(), ValueRange{});
    op->erase();
  }

  OpBuilder builder;
};

struct ConvertWarpToCFPass
    : public warp::impl::ConvertWarpToCFBase<ConvertWarpToCFPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    OpBuilder builder(&getContext());
    SmallVector<func::FuncOp> lowered;

    for (KernelOp kernel :
         llvm::make_early_inc_range(module.getOps<KernelOp>())) {
      FailureOr<func::FuncOp> func = outlineKernel(kernel, builder);
      if (failed(func))
        return signalPassFailure();
      lowered.push_back(*func);
    }
    for (FuncOp function : llvm::make_early_inc_range(module.getOps<FuncOp>()))
      lowered.push_back(convertFunction(function, builder));
    module.walk([&](CallOp call) {
      builder.setInsertionPoint(call);
      auto replacement =
          func::CallOp::create(builder, call.getLoc(), call.getCalleeAttr(),
                               call.getResultTypes(), call.getOperands());
      call.replaceAllUsesWith(replacement.getResults());
      call.erase();
    });

    StructuredToCFG lowering(&getContext());
    for (func::FuncOp func : lowered)
      lowering.run(func);
  }

  /// The launch rank: `dims(N)`, or the arity every warp.tid agrees on.
  static FailureOr<unsigned> launchRank(KernelOp kernel) {
    if (std::optional<uint32_t> dims = kernel.getLaunchDims())
      return *dims;
    std::optional<unsigned> rank;
    WalkResult walk = kernel.walk([&](TidOp tid) {
      unsigned arity = tid.getNumResults();
      if (rank && *rank != arity) {
        tid.emitOpError("yields ")
            << arity << " indices but another warp.tid in kernel @"
            << kernel.getSymName() << " yields " << *rank
            << "; declare the launch rank with dims(N)";
        return WalkResult::interrupt();
      }
      rank = arity;
      return WalkResult::advance();
    });
    if (walk.wasInterrupted())
      return failure();
    return rank.value_or(1);
  }

  static FailureOr<func::FuncOp> outlineKernel(KernelOp kernel,
                                               OpBuilder &builder) {
    FailureOr<unsigned> rank = launchRank(kernel);
    if (failed(rank))
      return failure();
    Type si32 = builder.getIntegerType(32, /*isSigned=*/true);
    SmallVector<Type> inputs(*rank, si32);
    llvm::append_range(inputs, kernel.getArgumentTypes());

    builder.setInsertionPoint(kernel);
    auto func =
        func::FuncOp::create(builder, kernel.getLoc(), kernel.getSymName(),
                             builder.getFunctionType(inputs, {}));
    func->setAttr(kKernelAttr, builder.getUnitAttr());
    func->setAttr(kLaunchDimsAttr, builder.getI32IntegerAttr(*rank));
    SmallVector<int64_t> elementBytes;
    for (Type type : kernel.getArgumentTypes()) {
      auto array = dyn_cast<ArrayType>(type);
      elementBytes.push_back(array ? valueBytes(array.getDtype()) : 0);
    }
    func->setAttr(kElementBytesAttr,
                  builder.getDenseI64ArrayAttr(elementBytes));
    if (ArrayAttr argAttrs = kernel.getArgAttrsAttr()) {
      SmallVector<Attribute> shifted(*rank, builder.getDictionaryAttr({}));
      llvm::append_range(shifted, argAttrs);
      func.setArgAttrsAttr(builder.getArrayAttr(shifted));
    }
    func.getBody().takeBody(kernel.getBody());
    Block &entry = func.getBody().front();
    for (unsigned dim = 0; dim < *rank; ++dim)
      entry.insertArgument(dim, si32, kernel.getLoc());
    func.walk([&](TidOp tid) {
      for (auto [index, result] : llvm::enumerate(tid.getResults()))
        result.replaceAllUsesWith(entry.getArgument(index));
      tid.erase();
    });
    kernel.erase();
    return func;
  }

  static func::FuncOp convertFunction(FuncOp function, OpBuilder &builder) {
    builder.setInsertionPoint(function);
    auto func =
        func::FuncOp::create(builder, function.getLoc(), function.getSymName(),
                             function.getFunctionType());
    if (std::optional<StringRef> pyName = function.getPyName())
      func->setAttr(kPythonNameAttr, builder.getStringAttr(*pyName));
    if (std::optional<StringRef> visibility = function.getSymVisibility())
      func.setSymVisibility(*visibility);
    if (ArrayAttr argAttrs = function.getArgAttrsAttr())
      func.setArgAttrsAttr(argAttrs);
    func.getBody().takeBody(function.getBody());
    function.erase();
    return func;
  }
};
} // namespace
