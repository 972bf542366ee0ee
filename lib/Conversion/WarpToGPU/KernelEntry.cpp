//===- KernelEntry.cpp - the gpu.func that runs a kernel body -------------===//
//
// A launch runs one unit of work per thread, with no loop (docs/abi.md, "GPU
// launch"): thread t < units unravels t row-major into Warp's launch indices
// (the last varies fastest) and runs the kernel body there. The runtime
// launches at least as many threads as there are units; the others return.
//
// Small straight-line bodies (the memory-bound kind) run R launch indices
// per thread instead (rowsPerThread), the body inlined once per index. Warp
// promises no order between the threads of a launch, so the thread first
// runs every copy's leading loads and arithmetic, then the rest of each copy
// in turn: several loads are in flight per thread before the first store, as
// a hand-coarsened CUDA kernel would have them. In one dimension thread t
// runs t, t + N, ..., t + (R-1)N, N the launch's thread count, so that
// consecutive threads take consecutive indices; in more, R consecutive
// values of index 0 at the same inner indices. Neighbouring copies then
// address the same elements when the body reads index 0 +- 1 (a stencil),
// and LLVM merges those loads.
//
// Every copy of the body is inlined here rather than called, so that LLVM
// cannot merge the copy specialized for contiguous arrays with the general
// one (it sinks two calls that differ only in their arguments into one).
//
//===----------------------------------------------------------------------===//

#include "KernelEntry.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include <limits>

using namespace mlir;
using namespace mlir::warp;

namespace {

/// NVVM's global memory.
constexpr unsigned kGlobalAddressSpace = 1;
/// The launch indices a thread of a 1-d launch runs for a small
/// straight-line body: four loads in flight per thread reach the copy
/// bandwidth (docs/performance.md), five are slower.
constexpr int64_t kIndicesPerThread1d = 4;
/// The largest body, in LLVM dialect operations, that a thread runs several
/// indices of (an array access is about 10 per index).
constexpr int64_t kMaxUnrolledBodySize = 256;

/// `type` with every array's data pointer in the global address space.
/// Array data always lives in global memory, but the kernel body addresses it
/// through generic pointers; declaring the entry's parameters global lets
/// LLVM's address-space inference turn the body's loads and stores into
/// ld.global/st.global. The bits are the same (docs/abi.md is unchanged).
Type withGlobalData(Type type) {
  MLIRContext *context = type.getContext();
  if (isa<LLVM::LLVMPointerType>(type))
    return LLVM::LLVMPointerType::get(context, kGlobalAddressSpace);
  auto structType = dyn_cast<LLVM::LLVMStructType>(type);
  if (!structType)
    return type;
  SmallVector<Type> fields;
  for (Type field : structType.getBody())
    fields.push_back(withGlobalData(field));
  return LLVM::LLVMStructType::getLiteral(context, fields);
}

/// `value` of type withGlobalData(`type`) as a value of `type`: global data
/// pointers become generic again.
Value toGeneric(OpBuilder &builder, Location loc, Value value, Type type) {
  if (value.getType() == type)
    return value;
  if (isa<LLVM::LLVMPointerType>(type))
    return LLVM::AddrSpaceCastOp::create(builder, loc, type, value);
  auto structType = cast<LLVM::LLVMStructType>(type);
  Value result = LLVM::PoisonOp::create(builder, loc, type);
  for (auto [position, field] : llvm::enumerate(structType.getBody())) {
    Value part = LLVM::ExtractValueOp::create(builder, loc, value, position);
    result = LLVM::InsertValueOp::create(
        builder, loc, result, toGeneric(builder, loc, part, field), position);
  }
  return result;
}

/// Whether `body` is worth repeating for several indices per thread.
bool isSmallStraightLine(LLVM::LLVMFuncOp body) {
  if (!body.getBody().hasOneBlock())
    return false;
  int64_t size = 0;
  bool allocates = false;
  body.walk([&](Operation *op) {
    ++size;
    // Cloned after the entry block, a stack slot would be dynamic.
    allocates |= isa<LLVM::AllocaOp>(op);
  });
  return size <= kMaxUnrolledBodySize && !allocates;
}

/// Erases the pure operations that compute `value` and nothing else.
void eraseUnused(Value value) {
  Operation *op = value.getDefiningOp();
  if (!op || !op->use_empty() || !isMemoryEffectFree(op))
    return;
  SmallVector<Value> operands(op->getOperands());
  op->erase();
  for (Value operand : operands)
    eraseUnused(operand);
}

/// A launch index as the entry computes it: the linear index of a thread's
/// unit and the launch indices it unravels to.
struct Position {
  Value linear;
  SmallVector<Value> indices;
};

class EntryBuilder {
public:
  EntryBuilder(OpBuilder &builder, gpu::GPUFuncOp entry,
               const LoweredKernel &kernel, EntryArrays arrays)
      : builder(builder), loc(kernel.body->getLoc()), entry(entry),
        body(kernel.body), rank(kernel.rank), elementBytes(kernel.elementBytes),
        arrays(arrays), i32(builder.getI32Type()), i64(builder.getI64Type()) {}

  /// The entry running `rows` launch indices per thread (1: one).
  void build(int64_t rows);

private:
  Value constant(Type type, int64_t value) {
    return arith::ConstantIntOp::create(builder, loc, type, value);
  }
  /// `linear` unravelled row-major over the launch's extents; index 0 is
  /// whatever is left, so for a unit of rows it counts groups of rows.
  Position unravel(Value linear);
  /// The body's arguments for launch indices `indices`.
  SmallVector<Value> bodyArguments(ArrayRef<Value> indices);
  /// The body inlined for launch indices `indices` at the end of the
  /// current block, whatever its control flow; continues in a new block.
  void inlineBody(ArrayRef<Value> indices);
  /// The body inlined for each of `positions`: every copy's operations up to
  /// its first store (or other effect), then the rest of each in turn.
  void inlineInterleaved(ArrayRef<SmallVector<Value>> positions);
  /// One thread's work from its first position `start`.
  void buildWork(const Position &start, int64_t rows);

  OpBuilder &builder;
  Location loc;
  gpu::GPUFuncOp entry;
  LLVM::LLVMFuncOp body;
  unsigned rank;
  ArrayRef<int64_t> elementBytes;
  EntryArrays arrays;
  Type i32, i64;
  /// The launch's thread count (only for rows of a 1-d launch), its size,
  /// and the bound every launch index is below.
  Value threads, size, indexLimit;
  /// shape[dim] of the launch, as i64.
  SmallVector<Value> extents64;
  /// The kernel's arguments as the body takes them.
  SmallVector<Value> kernelArguments;
  /// Where every thread ends.
  Block *exit = nullptr;
};

Position EntryBuilder::unravel(Value linear) {
  // Every quantity is non-negative: unsigned division is cheaper.
  Position position{linear, SmallVector<Value>(rank)};
  Value rest = linear;
  for (int dim = rank - 1; dim > 0; --dim) {
    position.indices[dim] = arith::TruncIOp::create(
        builder, loc, i32,
        arith::RemUIOp::create(builder, loc, rest, extents64[dim]));
    rest = arith::DivUIOp::create(builder, loc, rest, extents64[dim]);
  }
  position.indices[0] = arith::TruncIOp::create(builder, loc, i32, rest);
  return position;
}

SmallVector<Value> EntryBuilder::bodyArguments(ArrayRef<Value> indices) {
  // A launch index is below its extent, an int32: in [0, INT32_MAX). Saying
  // so lets LLVM drop the negative-index wrap of accesses at `tid + c`.
  for (Value index : indices)
    LLVM::AssumeOp::create(builder, loc,
                           arith::CmpIOp::create(builder, loc,
                                                 arith::CmpIPredicate::ult,
                                                 index, indexLimit));
  SmallVector<Value> arguments(indices);
  llvm::append_range(arguments, kernelArguments);
  return arguments;
}

void EntryBuilder::inlineBody(ArrayRef<Value> indices) {
  Region &source = body.getBody();
  Region &target = entry.getBody();
  Block *entryBlock = &target.front();
  IRMapping mapping;
  mapping.map(source.getArguments(), bodyArguments(indices));
  auto *continuation = new Block();
  Block *lastBefore = &target.back();
  source.cloneInto(&target, target.end(), mapping);
  Block *clonedEntry = mapping.lookup(&source.front());
  cf::BranchOp::create(builder, loc, clonedEntry);
  for (Block &block :
       llvm::make_range(std::next(lastBefore->getIterator()), target.end())) {
    Operation *terminator = block.getTerminator();
    if (!isa<LLVM::ReturnOp>(terminator))
      continue;
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPoint(terminator);
    cf::BranchOp::create(builder, terminator->getLoc(), continuation);
    terminator->erase();
  }
  // A stack slot outside the entry block is allocated dynamically and never
  // promoted to registers; LLVM's inliner moves fixed-size ones up too.
  for (auto alloca :
       llvm::make_early_inc_range(clonedEntry->getOps<LLVM::AllocaOp>())) {
    Operation *count = alloca.getArraySize().getDefiningOp();
    if (!count || !count->hasTrait<OpTrait::ConstantLike>())
      continue;
    count->moveBefore(entryBlock, entryBlock->begin());
    alloca->moveAfter(count);
  }
  target.push_back(continuation);
  builder.setInsertionPointToEnd(continuation);
}

/// Whether `op` may run before another thread's stores: it reads memory at
/// most.
bool isLoadOrPure(Operation &op) {
  if (auto load = dyn_cast<LLVM::LoadOp>(op))
    return !load.getVolatile_() &&
           load.getOrdering() == LLVM::AtomicOrdering::not_atomic;
  return isMemoryEffectFree(&op);
}

void EntryBuilder::inlineInterleaved(ArrayRef<SmallVector<Value>> positions) {
  Block &source = body.getBody().front();
  auto split = llvm::find_if_not(source.without_terminator(), isLoadOrPure);
  SmallVector<IRMapping> mappings(positions.size());
  for (auto [mapping, indices] : llvm::zip(mappings, positions))
    mapping.map(source.getArguments(), bodyArguments(indices));
  for (IRMapping &mapping : mappings)
    for (Operation &op : llvm::make_range(source.begin(), split))
      builder.clone(op, mapping);
  for (IRMapping &mapping : mappings)
    for (Operation &op :
         llvm::make_range(split, source.without_terminator().end()))
      builder.clone(op, mapping);
}

void EntryBuilder::buildWork(const Position &start, int64_t rows) {
  if (rows == 1) {
    inlineBody(start.indices);
    cf::BranchOp::create(builder, loc, exit);
    return;
  }
  // The thread's indices are `first + k * step` in one coordinate, below
  // `limit`: in one dimension the linear index stepping by the launch's
  // thread count N (consecutive threads take consecutive indices); in more,
  // index 0 from rows * g, g the group that index 0 counts (below
  // ceil(shape[0] / rows), so the first row is below shape[0]).
  auto noWrap =
      arith::IntegerOverflowFlags::nsw | arith::IntegerOverflowFlags::nuw;
  // In 64 bits, so that no sum wraps: below size + rows * N < 2^31 + 2^45.
  Value first, step, limit;
  if (rank == 1) {
    first = start.linear;
    step = threads;
    limit = size;
  } else {
    first = arith::MulIOp::create(
        builder, loc, arith::ExtUIOp::create(builder, loc, i64, start.indices[0]),
        constant(i64, rows), noWrap);
    step = constant(i64, 1);
    limit = extents64[0];
  }
  auto indicesAt = [&](Value coordinate) {
    SmallVector<Value> indices(start.indices);
    indices[0] = arith::TruncIOp::create(builder, loc, i32, coordinate);
    return indices;
  };
  auto advance = [&](Value coordinate) -> Value {
    return arith::AddIOp::create(builder, loc, coordinate, step, noWrap);
  };
  SmallVector<SmallVector<Value>> positions;
  Value last = first;
  for (int64_t k = 0; k < rows; ++k) {
    if (k > 0)
      last = advance(last);
    positions.push_back(indicesAt(last));
  }
  Value whole = arith::CmpIOp::create(builder, loc, arith::CmpIPredicate::slt,
                                      last, limit);
  auto *all = new Block();
  auto *some = new Block();
  Value coordinate = some->addArgument(first.getType(), loc);
  entry.getBody().push_back(all);
  entry.getBody().push_back(some);
  cf::CondBranchOp::create(builder, loc, whole, all, ValueRange{}, some,
                           ValueRange{first});
  builder.setInsertionPointToEnd(all);
  inlineInterleaved(positions);
  cf::BranchOp::create(builder, loc, exit);

  // At the end of the launch, one index at a time while in range.
  builder.setInsertionPointToEnd(some);
  LLVM::CallOp::create(builder, loc, body,
                       bodyArguments(indicesAt(coordinate)));
  Value next = advance(coordinate);
  Value inside = arith::CmpIOp::create(builder, loc, arith::CmpIPredicate::slt,
                                       next, limit);
  cf::CondBranchOp::create(builder, loc, inside, some, ValueRange{next}, exit,
                           ValueRange{});
}

void EntryBuilder::build(int64_t rows) {
  // t = blockIdx.x * blockDim.x + threadIdx.x; N = gridDim.x * blockDim.x
  builder.setInsertionPointToEnd(&entry.getBody().front());
  auto asI64 = [&](Value index) {
    return arith::IndexCastOp::create(builder, loc, i64, index);
  };
  Value threadId =
      asI64(gpu::ThreadIdOp::create(builder, loc, gpu::Dimension::x));
  Value blockId =
      asI64(gpu::BlockIdOp::create(builder, loc, gpu::Dimension::x));
  Value blockDim =
      asI64(gpu::BlockDimOp::create(builder, loc, gpu::Dimension::x));
  Value first = arith::AddIOp::create(
      builder, loc, arith::MulIOp::create(builder, loc, blockId, blockDim),
      threadId);
  Value bounds = entry.getArgument(0);
  size =
      LLVM::ExtractValueOp::create(builder, loc, bounds, ArrayRef<int64_t>{2});
  extents64.assign(rank, Value());
  for (unsigned dim = 0; dim < rank; ++dim) {
    int64_t position[] = {0, dim};
    extents64[dim] = arith::ExtUIOp::create(
        builder, loc, i64,
        LLVM::ExtractValueOp::create(builder, loc, bounds, position));
  }
  indexLimit = constant(i32, std::numeric_limits<int32_t>::max());
  ArrayRef<Type> types = body.getFunctionType().getParams().drop_front(rank);
  for (auto [argument, type] :
       llvm::zip(entry.getArguments().drop_front(), types))
    kernelArguments.push_back(toGeneric(builder, loc, argument, type));

  // The units of work: launch indices, or in more than one dimension with
  // rows > 1, groups of rows.
  Value units = size;
  if (rows > 1 && rank == 1) {
    Value gridDim =
        asI64(gpu::GridDimOp::create(builder, loc, gpu::Dimension::x));
    threads = arith::MulIOp::create(builder, loc, gridDim, blockDim);
  } else if (rows > 1) {
    units = arith::DivUIOp::create(
        builder, loc,
        arith::AddIOp::create(builder, loc, extents64[0],
                              constant(i64, rows - 1)),
        constant(i64, rows));
    for (unsigned dim = 1; dim < rank; ++dim)
      units = arith::MulIOp::create(builder, loc, units, extents64[dim]);
  }

  // Threads with no unit stop here, before dividing by an extent that may
  // be zero.
  auto *start = new Block();
  exit = new Block();
  entry.getBody().push_back(start);
  Value any = arith::CmpIOp::create(builder, loc, arith::CmpIPredicate::slt,
                                    first, units);
  cf::CondBranchOp::create(builder, loc, any, start, exit);

  builder.setInsertionPointToEnd(start);
  Position position = unravel(first);
  // When the arrays are C-contiguous, a copy of the work with their strides
  // visible to LLVM (immediate offsets instead of run-time strides): chosen
  // by a test, or the only copy of an entry for contiguous arrays.
  ContiguousArguments contiguous;
  if (arrays != EntryArrays::Any)
    contiguous = specializeForContiguousArrays(builder, loc, kernelArguments,
                                               elementBytes);
  if (contiguous.test && arrays == EntryArrays::Contiguous) {
    kernelArguments = contiguous.arguments;
    eraseUnused(contiguous.test);
  } else if (contiguous.test) {
    auto *fast = new Block();
    auto *general = new Block();
    entry.getBody().push_back(fast);
    entry.getBody().push_back(general);
    cf::CondBranchOp::create(builder, loc, contiguous.test, fast, general);
    SmallVector<Value> generalArguments = kernelArguments;
    builder.setInsertionPointToEnd(fast);
    kernelArguments = contiguous.arguments;
    buildWork(position, rows);
    builder.setInsertionPointToEnd(general);
    kernelArguments = generalArguments;
  }
  buildWork(position, rows);
  entry.getBody().push_back(exit);
  builder.setInsertionPointToEnd(exit);
  gpu::ReturnOp::create(builder, loc);
}

} // namespace

int64_t mlir::warp::rowsPerThread(const LoweredKernel &kernel,
                                  int64_t rowsForSmallBodies) {
  if (!isSmallStraightLine(kernel.body))
    return 1;
  return kernel.rank == 1 ? kIndicesPerThread1d
                          : std::max<int64_t>(rowsForSmallBodies, 1);
}

gpu::GPUFuncOp mlir::warp::buildKernelEntry(OpBuilder &builder,
                                            const LoweredKernel &kernel,
                                            StringRef name,
                                            LLVM::LLVMStructType boundsType,
                                            EntryArrays arrays, int64_t rows) {
  LLVM::LLVMFuncOp body = kernel.body;
  SmallVector<Type> inputs{boundsType};
  for (Type input : body.getFunctionType().getParams().drop_front(kernel.rank))
    inputs.push_back(withGlobalData(input));
  auto entry = gpu::GPUFuncOp::create(builder, body.getLoc(), name,
                                      builder.getFunctionType(inputs, {}));
  // Later entries follow this one, not its body.
  OpBuilder::InsertionGuard guard(builder);
  entry->setAttr(gpu::GPUDialect::getKernelFuncAttrName(),
                 builder.getUnitAttr());
  EntryBuilder(builder, entry, kernel, arrays).build(rows);
  return entry;
}
