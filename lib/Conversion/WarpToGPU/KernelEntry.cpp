//===- KernelEntry.cpp - the gpu.func that runs a kernel body -------------===//
//
// A launch is a grid-stride loop over linear indices t < size; each t is
// unravelled row-major into Warp's launch indices (the last varies fastest)
// and the kernel body is called with them. A thread divides once, for its
// first index; the loop steps the launch indices by the unravelled stride
// with carries.
//
// Small straight-line bodies (the memory-bound kind) also get an unrolled
// loop running kIndicesPerPass indices per pass, the body inlined once per
// index. Warp promises no order between the threads of a launch, so the
// pass first runs every copy's leading loads and arithmetic, then the rest of
// each copy in turn: several loads are in flight per thread before the first
// store, as a hand-coarsened CUDA kernel would have them.
//
// Launches of two or more dimensions with such a body are coarsened along
// dimension 0 instead, when it has at least `rowsPerThread` indices: the
// grid-stride loop runs over groups of rowsPerThread consecutive values of
// index 0 (the other indices as before, so consecutive threads still take
// consecutive innermost indices) and each pass inlines the body once per
// value, loads first. Neighbouring copies then address the same elements
// when the body reads index 0 +- 1 (a stencil), and LLVM merges those loads.
//
//===----------------------------------------------------------------------===//

#include "KernelEntry.h"

#include "warp-runtime/KernelABI.h"

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
/// Launch indices run by one pass of the unrolled loop: what the runtime's
/// default grid gives each thread.
constexpr int64_t kIndicesPerPass = ::warp::runtime::kIndicesPerThread;
/// The largest body, in LLVM dialect operations, that the unrolled loop
/// repeats (an array access is about 10 per index).
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

/// Whether `body` is worth repeating in the unrolled loop.
bool isSmallStraightLine(LLVM::LLVMFuncOp body) {
  if (!body.getBody().hasOneBlock())
    return false;
  int64_t size = 0;
  bool allocates = false;
  body.walk([&](Operation *op) {
    ++size;
    // Cloned into the loop, a stack slot would be allocated every pass.
    allocates |= isa<LLVM::AllocaOp>(op);
  });
  return size <= kMaxUnrolledBodySize && !allocates;
}

/// A linear launch index and its launch indices.
struct Position {
  Value linear;
  SmallVector<Value> indices;
};

class EntryBuilder {
public:
  EntryBuilder(OpBuilder &builder, gpu::GPUFuncOp entry,
               const LoweredKernel &kernel, bool specialize)
      : builder(builder), loc(kernel.body->getLoc()), entry(entry),
        body(kernel.body), rank(kernel.rank), elementBytes(kernel.elementBytes),
        specialize(specialize), i32(builder.getI32Type()),
        i64(builder.getI64Type()) {}

  /// With `unrolled`, the unrolled loops for a small straight-line body;
  /// with `rows` > 1 as well and a rank of two or more, those coarsened
  /// along dimension 0 by `rows` when it has that many indices.
  void build(bool unrolled, int64_t rows);

private:
  Value constant(Type type, int64_t value) {
    return arith::ConstantIntOp::create(builder, loc, type, value);
  }
  /// `linear` unravelled by division (once per thread: not in the loop).
  Position unravel(Value linear);
  /// `position` advanced by the grid's thread count: the launch indices
  /// step by `strideDigits` with carries, without dividing.
  Position advance(const Position &position);
  /// The body's arguments for launch indices `indices`.
  SmallVector<Value> bodyArguments(ArrayRef<Value> indices);
  /// The body inlined for each of `positions`: every copy's operations up to
  /// its first store (or other effect), then the rest of each in turn.
  void inlineInterleaved(ArrayRef<Position> positions);
  /// A new block with a Position's arguments.
  Block *addPositionBlock(Position &arguments);
  /// Branches to a loop running `count` indices per pass from `start` while
  /// the last of them is below size; returns the position it stops at.
  Position buildLoop(const Position &start, int64_t count);
  /// Branches to the one-index loop of a 1-d launch from `start`, carrying
  /// only the 32-bit launch index.
  void buildNarrowLoop(const Position &start);
  /// Branches to the grid-stride loop over groups of `rows` values of index
  /// 0 from `start` (whose index 0 counts groups); returns the exit block.
  Block *buildCoarsenedLoop(const Position &start, int64_t rows);

  OpBuilder &builder;
  Location loc;
  gpu::GPUFuncOp entry;
  LLVM::LLVMFuncOp body;
  unsigned rank;
  ArrayRef<int64_t> elementBytes;
  bool specialize;
  Type i32, i64;
  Value stride, size, indexLimit;
  /// shape[dim] of the launch, as i32 and i64 (dim 0 is not needed).
  SmallVector<Value> extents32, extents64;
  /// The number of groups of rows the coarsened loop runs over.
  Value groupCount;
  /// The grid's thread count unravelled: what advance() adds.
  SmallVector<Value> strideDigits;
  /// The kernel's arguments as the body takes them.
  SmallVector<Value> kernelArguments;
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
  // Below shape[0] when the linear index is below size; for the stride it
  // is the step of index 0, kept modulo 2^32 like the index it is added to.
  position.indices[0] = arith::TruncIOp::create(builder, loc, i32, rest);
  return position;
}

Position EntryBuilder::advance(const Position &position) {
  Position next{arith::AddIOp::create(builder, loc, position.linear, stride),
                SmallVector<Value>(rank)};
  // Both terms are below the extent, at most 2^31 - 1: their sum (plus a
  // carry) fits 32 unsigned bits and wraps at most once.
  Value carry;
  for (int dim = rank - 1; dim >= 0; --dim) {
    Value sum = arith::AddIOp::create(builder, loc, position.indices[dim],
                                      strideDigits[dim]);
    if (carry)
      sum = arith::AddIOp::create(builder, loc, sum, carry);
    if (dim == 0) {
      next.indices[0] = sum;
      break;
    }
    Value wraps = arith::CmpIOp::create(builder, loc, arith::CmpIPredicate::uge,
                                        sum, extents32[dim]);
    next.indices[dim] = arith::SelectOp::create(
        builder, loc, wraps,
        arith::SubIOp::create(builder, loc, sum, extents32[dim]), sum);
    carry = arith::ExtUIOp::create(builder, loc, i32, wraps);
  }
  return next;
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

/// Whether `op` may run before another thread's stores: it reads memory at
/// most.
bool isLoadOrPure(Operation &op) {
  if (auto load = dyn_cast<LLVM::LoadOp>(op))
    return !load.getVolatile_() &&
           load.getOrdering() == LLVM::AtomicOrdering::not_atomic;
  return isMemoryEffectFree(&op);
}

void EntryBuilder::inlineInterleaved(ArrayRef<Position> positions) {
  Block &source = body.getBody().front();
  auto split = llvm::find_if_not(source.without_terminator(), isLoadOrPure);
  SmallVector<IRMapping> mappings(positions.size());
  for (auto [mapping, position] : llvm::zip(mappings, positions))
    mapping.map(source.getArguments(), bodyArguments(position.indices));
  for (IRMapping &mapping : mappings)
    for (Operation &op : llvm::make_range(source.begin(), split))
      builder.clone(op, mapping);
  for (IRMapping &mapping : mappings)
    for (Operation &op :
         llvm::make_range(split, source.without_terminator().end()))
      builder.clone(op, mapping);
}

Block *EntryBuilder::addPositionBlock(Position &arguments) {
  auto *block = new Block();
  entry.getBody().push_back(block);
  arguments.linear = block->addArgument(i64, loc);
  arguments.indices.clear();
  for (unsigned dim = 0; dim < rank; ++dim)
    arguments.indices.push_back(block->addArgument(i32, loc));
  return block;
}

SmallVector<Value> flatten(const Position &position) {
  SmallVector<Value> values{position.linear};
  llvm::append_range(values, position.indices);
  return values;
}

Position EntryBuilder::buildLoop(const Position &start, int64_t count) {
  Position current, stop;
  Block *header = addPositionBlock(current);
  auto *step = new Block();
  entry.getBody().push_back(step);
  Block *exit = addPositionBlock(stop);

  // The span from a pass's first index to its last, computed once.
  Value span;
  if (count > 1)
    span =
        arith::MulIOp::create(builder, loc, stride, constant(i64, count - 1));
  cf::BranchOp::create(builder, loc, header, flatten(start));

  builder.setInsertionPointToEnd(header);
  Value last = current.linear;
  if (span)
    last = arith::AddIOp::create(builder, loc, last, span);
  Value inside = arith::CmpIOp::create(builder, loc, arith::CmpIPredicate::slt,
                                       last, size);
  cf::CondBranchOp::create(builder, loc, inside, step, ValueRange{}, exit,
                           flatten(current));

  builder.setInsertionPointToEnd(step);
  SmallVector<Position> positions{current};
  for (int64_t k = 1; k < count; ++k)
    positions.push_back(advance(positions.back()));
  if (count > 1)
    inlineInterleaved(positions);
  else
    LLVM::CallOp::create(builder, loc, body, bodyArguments(current.indices));
  cf::BranchOp::create(builder, loc, header,
                       flatten(advance(positions.back())));
  builder.setInsertionPointToEnd(exit);
  return stop;
}

void EntryBuilder::buildNarrowLoop(const Position &start) {
  // In 1-d the launch index is the linear index and below shape[0], an
  // int32, so the loop needs neither the 64-bit index nor the size. The
  // stride is capped at 2^31 - 1: a larger one leaves the range at once,
  // and index + stride then stays below 2^32.
  Value extent = LLVM::ExtractValueOp::create(
      builder, loc, entry.getArgument(0), ArrayRef<int64_t>{0, 0});
  Value narrowStride = arith::TruncIOp::create(
      builder, loc, i32,
      arith::MinUIOp::create(
          builder, loc, stride,
          constant(i64, std::numeric_limits<int32_t>::max())));
  auto *header = new Block();
  Value index = header->addArgument(i32, loc);
  auto *step = new Block();
  auto *exit = new Block();
  entry.getBody().push_back(header);
  entry.getBody().push_back(step);
  entry.getBody().push_back(exit);
  cf::BranchOp::create(builder, loc, header, ValueRange{start.indices[0]});

  builder.setInsertionPointToEnd(header);
  Value inside = arith::CmpIOp::create(builder, loc, arith::CmpIPredicate::ult,
                                       index, extent);
  cf::CondBranchOp::create(builder, loc, inside, step, ValueRange{}, exit,
                           ValueRange{});
  builder.setInsertionPointToEnd(step);
  LLVM::CallOp::create(builder, loc, body, bodyArguments({index}));
  cf::BranchOp::create(
      builder, loc, header,
      ValueRange{arith::AddIOp::create(builder, loc, index, narrowStride,
                                       arith::IntegerOverflowFlags::nuw)
                     .getResult()});
  builder.setInsertionPointToEnd(exit);
}

Block *EntryBuilder::buildCoarsenedLoop(const Position &start, int64_t rows) {
  Position current, stop;
  Block *header = addPositionBlock(current);
  auto *step = new Block();
  auto *full = new Block();
  entry.getBody().push_back(step);
  entry.getBody().push_back(full);
  auto *partial = new Block();
  Value row = partial->addArgument(i32, loc);
  auto *partialStep = new Block();
  auto *latch = new Block();
  entry.getBody().push_back(partial);
  entry.getBody().push_back(partialStep);
  entry.getBody().push_back(latch);
  Block *exit = addPositionBlock(stop);
  cf::BranchOp::create(builder, loc, header, flatten(start));

  // While the group is a launch index: its rows below shape[0], the other
  // indices in range.
  builder.setInsertionPointToEnd(header);
  Value inside = arith::CmpIOp::create(builder, loc, arith::CmpIPredicate::slt,
                                       current.linear, groupCount);
  cf::CondBranchOp::create(builder, loc, inside, step, ValueRange{}, exit,
                           flatten(current));

  // The group's first row, rows * group < shape[0], and whether all of its
  // rows are below shape[0].
  auto noWrap =
      arith::IntegerOverflowFlags::nsw | arith::IntegerOverflowFlags::nuw;
  builder.setInsertionPointToEnd(step);
  Value first = arith::MulIOp::create(builder, loc, current.indices[0],
                                      constant(i32, rows), noWrap);
  Value end = arith::AddIOp::create(
      builder, loc, arith::ExtUIOp::create(builder, loc, i64, first),
      constant(i64, rows));
  Value whole = arith::CmpIOp::create(builder, loc, arith::CmpIPredicate::sle,
                                      end, extents64[0]);
  cf::CondBranchOp::create(builder, loc, whole, full, ValueRange{}, partial,
                           ValueRange{first});

  // All rows: the body once per row, every copy's loads first.
  builder.setInsertionPointToEnd(full);
  SmallVector<Position> positions;
  for (int64_t k = 0; k < rows; ++k) {
    Position position = current;
    position.indices[0] = k == 0
                              ? first
                              : arith::AddIOp::create(builder, loc, first,
                                                      constant(i32, k), noWrap)
                                    .getResult();
    positions.push_back(position);
  }
  inlineInterleaved(positions);
  cf::BranchOp::create(builder, loc, latch);

  // The last group of a ragged shape[0]: one row at a time.
  builder.setInsertionPointToEnd(partial);
  Value rowInside = arith::CmpIOp::create(
      builder, loc, arith::CmpIPredicate::slt, row, extents32[0]);
  cf::CondBranchOp::create(builder, loc, rowInside, partialStep, ValueRange{},
                           latch, ValueRange{});
  builder.setInsertionPointToEnd(partialStep);
  SmallVector<Value> indices(current.indices);
  indices[0] = row;
  LLVM::CallOp::create(builder, loc, body, bodyArguments(indices));
  cf::BranchOp::create(
      builder, loc, partial,
      ValueRange{
          arith::AddIOp::create(builder, loc, row, constant(i32, 1), noWrap)
              .getResult()});

  builder.setInsertionPointToEnd(latch);
  cf::BranchOp::create(builder, loc, header, flatten(advance(current)));
  builder.setInsertionPointToEnd(exit);
  return exit;
}

void EntryBuilder::build(bool unrolled, int64_t rows) {
  // t = blockIdx.x * blockDim.x + threadIdx.x; stride = gridDim.x * blockDim.x
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
  Value gridDim =
      asI64(gpu::GridDimOp::create(builder, loc, gpu::Dimension::x));
  Value first = arith::AddIOp::create(
      builder, loc, arith::MulIOp::create(builder, loc, blockId, blockDim),
      threadId);
  stride = arith::MulIOp::create(builder, loc, gridDim, blockDim);
  Value bounds = entry.getArgument(0);
  size =
      LLVM::ExtractValueOp::create(builder, loc, bounds, ArrayRef<int64_t>{2});
  bool coarsened = unrolled && rank >= 2 && rows > 1;
  extents32.assign(rank, Value());
  extents64.assign(rank, Value());
  for (unsigned dim = coarsened ? 0 : 1; dim < rank; ++dim) {
    int64_t position[] = {0, dim};
    extents32[dim] =
        LLVM::ExtractValueOp::create(builder, loc, bounds, position);
    extents64[dim] = arith::ExtUIOp::create(builder, loc, i64, extents32[dim]);
  }
  indexLimit = constant(i32, std::numeric_limits<int32_t>::max());
  ArrayRef<Type> types = body.getFunctionType().getParams().drop_front(rank);
  for (auto [argument, type] :
       llvm::zip(entry.getArguments().drop_front(), types))
    kernelArguments.push_back(toGeneric(builder, loc, argument, type));

  // Threads with no index stop here, before dividing by an extent that may
  // be zero.
  auto *start = new Block();
  auto *exit = new Block();
  entry.getBody().push_back(start);
  Value any = arith::CmpIOp::create(builder, loc, arith::CmpIPredicate::slt,
                                    first, size);
  cf::CondBranchOp::create(builder, loc, any, start, exit);

  builder.setInsertionPointToEnd(start);
  strideDigits = unravel(stride).indices;
  Position position = unravel(first);
  // Coarsened: the same unravelling counts groups of rows in dimension 0.
  // Otherwise, or when shape[0] has fewer rows than a group, the linear
  // loops.
  Value coarsen;
  if (coarsened) {
    Value groups =
        arith::DivUIOp::create(builder, loc,
                               arith::AddIOp::create(builder, loc, extents64[0],
                                                     constant(i64, rows - 1)),
                               constant(i64, rows));
    groupCount = groups;
    for (unsigned dim = 1; dim < rank; ++dim)
      groupCount =
          arith::MulIOp::create(builder, loc, groupCount, extents64[dim]);
    coarsen = arith::CmpIOp::create(builder, loc, arith::CmpIPredicate::sge,
                                    extents32[0], constant(i32, rows));
  }
  auto buildLoops = [&] {
    if (coarsen) {
      auto *grouped = new Block();
      auto *linear = new Block();
      entry.getBody().push_back(grouped);
      entry.getBody().push_back(linear);
      cf::CondBranchOp::create(builder, loc, coarsen, grouped, linear);
      builder.setInsertionPointToEnd(grouped);
      buildCoarsenedLoop(position, rows);
      cf::BranchOp::create(builder, loc, exit);
      builder.setInsertionPointToEnd(linear);
    }
    Position next = position;
    if (unrolled)
      next = buildLoop(next, kIndicesPerPass);
    if (rank == 1)
      buildNarrowLoop(next);
    else
      buildLoop(next, 1);
    cf::BranchOp::create(builder, loc, exit);
  };
  // When the arrays are C-contiguous, a copy of the loops with their
  // strides visible to LLVM (immediate offsets instead of run-time strides).
  ContiguousArguments contiguous;
  if (specialize)
    contiguous = specializeForContiguousArrays(builder, loc, kernelArguments,
                                               elementBytes);
  if (contiguous.test) {
    auto *fast = new Block();
    auto *general = new Block();
    entry.getBody().push_back(fast);
    entry.getBody().push_back(general);
    cf::CondBranchOp::create(builder, loc, contiguous.test, fast, general);
    SmallVector<Value> generalArguments = kernelArguments;
    builder.setInsertionPointToEnd(fast);
    kernelArguments = contiguous.arguments;
    buildLoops();
    builder.setInsertionPointToEnd(general);
    kernelArguments = generalArguments;
  }
  buildLoops();
  entry.getBody().push_back(exit);
  builder.setInsertionPointToEnd(exit);
  gpu::ReturnOp::create(builder, loc);
}

} // namespace

gpu::GPUFuncOp mlir::warp::buildKernelEntry(OpBuilder &builder,
                                            const LoweredKernel &kernel,
                                            LLVM::LLVMStructType boundsType,
                                            bool specializeContiguous,
                                            int64_t rowsPerThread) {
  LLVM::LLVMFuncOp body = kernel.body;
  SmallVector<Type> inputs{boundsType};
  for (Type input : body.getFunctionType().getParams().drop_front(kernel.rank))
    inputs.push_back(withGlobalData(input));
  auto entry = gpu::GPUFuncOp::create(builder, body.getLoc(), kernel.name,
                                      builder.getFunctionType(inputs, {}));
  entry->setAttr(gpu::GPUDialect::getKernelFuncAttrName(),
                 builder.getUnitAttr());
  EntryBuilder(builder, entry, kernel, specializeContiguous)
      .build(isSmallStraightLine(body), rowsPerThread);
  return entry;
}
