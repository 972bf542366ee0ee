//===- MemoryToLLVM.cpp - arrays, atomics and slots to LLVM ---------------===//
//
// Arrays are descriptors `{ptr data, [N x i32] shape, [N x i64] strides}`
// (docs/abi.md); an element's address is data + sum(index * stride) bytes,
// where a negative signed index first has the extent added, as in Warp.
// With bounds checks (the check-bounds options), each index is then passed
// to `warp_check_index(index, extent, dim)`, which the host provides (warp-run
// --check-bounds: it reports the index and exits).
//
//===----------------------------------------------------------------------===//

#include "warp/Conversion/WarpToLLVM/WarpToLLVM.h"

#include "warp/Conversion/WarpToLLVM/Elementwise.h"
#include "warp/Dialect/Warp/IR/WarpOps.h"

#include "mlir/Conversion/LLVMCommon/Pattern.h"
#include "mlir/Dialect/LLVMIR/FunctionCallUtils.h"
#include "mlir/Interfaces/FunctionInterfaces.h"

using namespace mlir;
using namespace mlir::warp;

namespace {

/// Calls `warp_check_index(index, extent, dim)` (declared on first use).
void checkIndex(OpBuilder &builder, Operation *op, Value index, Value extent,
                int64_t dim) {
  Location loc = op->getLoc();
  Type i64 = builder.getI64Type(), i32 = builder.getI32Type();
  FailureOr<LLVM::LLVMFuncOp> check = LLVM::lookupOrCreateFn(
      builder, op->getParentOfType<ModuleOp>(), kCheckIndexFunction,
      {i64, i64, i32}, LLVM::LLVMVoidType::get(builder.getContext()));
  if (failed(check))
    return;
  Value dimension = LLVM::ConstantOp::create(builder, loc, i32, dim);
  LLVM::CallOp::create(builder, loc, *check,
                       ValueRange{index, extent, dimension});
}

/// The address of the element of `descriptor` selected by the leading
/// `indices` (converted values; `warpIndices` give their signedness) of
/// `op`, each checked against its extent when `checkBounds` is set.
Value elementAddress(OpBuilder &builder, Operation *op, Value descriptor,
                     ValueRange warpIndices, ValueRange indices,
                     bool checkBounds) {
  Location loc = op->getLoc();
  Type i64 = builder.getI64Type();
  Value offset; // the sum of index * stride over the dimensions so far
  for (auto [dim, pair] : llvm::enumerate(llvm::zip(warpIndices, indices))) {
    auto [warpIndex, index] = pair;
    bool isSigned = cast<IntegerType>(warpIndex.getType()).isSigned();
    Value wide = index;
    if (index.getType() != i64)
      wide = isSigned ? Value(LLVM::SExtOp::create(builder, loc, i64, index))
                      : Value(LLVM::ZExtOp::create(builder, loc, i64, index));
    int64_t position[] = {1, static_cast<int64_t>(dim)};
    Value extent;
    if (isSigned || checkBounds)
      extent = LLVM::SExtOp::create(
          builder, loc, i64,
          LLVM::ExtractValueOp::create(builder, loc, descriptor, position));
    if (isSigned) {
      Value zero = LLVM::ConstantOp::create(builder, loc, i64, 0);
      Value negative = LLVM::ICmpOp::create(
          builder, loc, LLVM::ICmpPredicate::slt, wide, zero);
      Value wrapped = LLVM::AddOp::create(builder, loc, wide, extent);
      wide = LLVM::SelectOp::create(builder, loc, negative, wrapped, wide);
    }
    if (checkBounds)
      checkIndex(builder, op, wide, extent, dim);
    position[0] = 2;
    Value stride =
        LLVM::ExtractValueOp::create(builder, loc, descriptor, position);
    Value term = LLVM::MulOp::create(builder, loc, wide, stride);
    offset = offset ? LLVM::AddOp::create(builder, loc, offset, term) : term;
  }
  if (!offset)
    offset = LLVM::ConstantOp::create(builder, loc, i64, 0);
  Value data = LLVM::ExtractValueOp::create(builder, loc, descriptor, 0);
  return LLVM::GEPOp::create(builder, loc, data.getType(), builder.getI8Type(),
                             data, ValueRange{offset});
}

/// The lowering of an op that addresses array elements by its indices.
template <typename OpTy>
struct IndexedLowering : public ConvertOpToLLVMPattern<OpTy> {
  IndexedLowering(const LLVMTypeConverter &converter, bool checkBounds)
      : ConvertOpToLLVMPattern<OpTy>(converter), checkBounds(checkBounds) {}

  Value elementAddressOf(OpBuilder &builder, OpTy op, Value descriptor,
                         ValueRange indices) const {
    return elementAddress(builder, op, descriptor, op.getIndices(), indices,
                          checkBounds);
  }

  bool checkBounds;
};

/// The address of scalar `component` of the element at `address`: vectors
/// and matrices are contiguous scalars of type `scalar`.
Value componentAddress(OpBuilder &builder, Location loc, Value address,
                       Type scalar, unsigned component, unsigned count) {
  if (count == 1)
    return address;
  return LLVM::GEPOp::create(
      builder, loc, address.getType(), scalar, address,
      ArrayRef<LLVM::GEPArg>{static_cast<int32_t>(component)});
}

struct LoadLowering : IndexedLowering<LoadOp> {
  using IndexedLowering::IndexedLowering;
  LogicalResult
  matchAndRewrite(LoadOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value address = elementAddressOf(rewriter, op, adaptor.getArray(),
                                     adaptor.getIndices());
    Type type = getTypeConverter()->convertType(op.getType());
    rewriter.replaceOpWithNewOp<LLVM::LoadOp>(op, type, address);
    return success();
  }
};

struct StoreLowering : IndexedLowering<StoreOp> {
  using IndexedLowering::IndexedLowering;
  LogicalResult
  matchAndRewrite(StoreOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value address = elementAddressOf(rewriter, op, adaptor.getArray(),
                                     adaptor.getIndices());
    rewriter.replaceOpWithNewOp<LLVM::StoreOp>(op, adaptor.getValue(), address);
    return success();
  }
};

/// The sub-array keeps the trailing extents and strides.
struct ViewLowering : IndexedLowering<ViewOp> {
  using IndexedLowering::IndexedLowering;
  LogicalResult
  matchAndRewrite(ViewOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value source = adaptor.getArray();
    Value address =
        elementAddressOf(rewriter, op, source, adaptor.getIndices());
    Type type = getTypeConverter()->convertType(op.getType());
    Value view = LLVM::PoisonOp::create(rewriter, loc, type);
    view = LLVM::InsertValueOp::create(rewriter, loc, view, address,
                                       ArrayRef<int64_t>{0});
    int64_t dropped = op.getIndices().size();
    for (int64_t dim = 0; dim < op.getType().getNdim(); ++dim) {
      for (int64_t field : {1, 2}) {
        int64_t from[] = {field, dim + dropped}, to[] = {field, dim};
        Value part = LLVM::ExtractValueOp::create(rewriter, loc, source, from);
        view = LLVM::InsertValueOp::create(rewriter, loc, view, part, to);
      }
    }
    rewriter.replaceOp(op, view);
    return success();
  }
};

struct ShapeLowering : ConvertOpToLLVMPattern<ShapeOp> {
  using ConvertOpToLLVMPattern::ConvertOpToLLVMPattern;
  LogicalResult
  matchAndRewrite(ShapeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    int64_t position[] = {1, op.getDim()};
    rewriter.replaceOpWithNewOp<LLVM::ExtractValueOp>(op, adaptor.getArray(),
                                                      position);
    return success();
  }
};

/// The LLVM read-modify-write for one scalar of Warp type `element`.
LLVM::AtomicBinOp atomicBinOp(AtomicKind kind, Type element) {
  bool isFloat = isWarpFloat(element);
  bool isUnsigned =
      isa<IntegerType>(element) && cast<IntegerType>(element).isUnsigned();
  switch (kind) {
  case AtomicKind::add:
    return isFloat ? LLVM::AtomicBinOp::fadd : LLVM::AtomicBinOp::add;
  case AtomicKind::sub:
    return isFloat ? LLVM::AtomicBinOp::fsub : LLVM::AtomicBinOp::sub;
  case AtomicKind::min:
    return isFloat      ? LLVM::AtomicBinOp::fmin
           : isUnsigned ? LLVM::AtomicBinOp::umin
                        : LLVM::AtomicBinOp::min;
  case AtomicKind::max:
    return isFloat      ? LLVM::AtomicBinOp::fmax
           : isUnsigned ? LLVM::AtomicBinOp::umax
                        : LLVM::AtomicBinOp::max;
  case AtomicKind::and_:
    return LLVM::AtomicBinOp::_and;
  case AtomicKind::or_:
    return LLVM::AtomicBinOp::_or;
  case AtomicKind::xor_:
    return LLVM::AtomicBinOp::_xor;
  case AtomicKind::exch:
    return LLVM::AtomicBinOp::xchg;
  }
  llvm_unreachable("unknown atomic kind");
}

/// Vectors and matrices are updated one component at a time, as in Warp.
struct AtomicLowering : IndexedLowering<AtomicOp> {
  using IndexedLowering::IndexedLowering;
  LogicalResult
  matchAndRewrite(AtomicOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value address = elementAddressOf(rewriter, op, adaptor.getArray(),
                                     adaptor.getIndices());
    Type element = getWarpElementType(op.getType());
    LLVM::AtomicBinOp binOp = atomicBinOp(op.getKind(), element);
    SmallVector<Value> values =
        extractScalars(rewriter, loc, adaptor.getValue());
    SmallVector<Value> old;
    for (auto [component, value] : llvm::enumerate(values)) {
      Value slot = componentAddress(rewriter, loc, address, value.getType(),
                                    component, values.size());
      old.push_back(LLVM::AtomicRMWOp::create(rewriter, loc, binOp, slot, value,
                                              LLVM::AtomicOrdering::monotonic));
    }
    Type type = getTypeConverter()->convertType(op.getType());
    rewriter.replaceOp(op, packScalars(rewriter, loc, type, old));
    return success();
  }
};

/// cmpxchg takes integers: floats are compared and swapped by their bits,
/// as CUDA's atomicCAS on floats does.
struct AtomicCasLowering : IndexedLowering<AtomicCasOp> {
  using IndexedLowering::IndexedLowering;
  LogicalResult
  matchAndRewrite(AtomicCasOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value address = elementAddressOf(rewriter, op, adaptor.getArray(),
                                     adaptor.getIndices());
    SmallVector<Value> compares =
        extractScalars(rewriter, loc, adaptor.getCompare());
    SmallVector<Value> values =
        extractScalars(rewriter, loc, adaptor.getValue());
    SmallVector<Value> old;
    for (unsigned component = 0; component < values.size(); ++component) {
      Type scalar = values[component].getType();
      Type bits = rewriter.getIntegerType(scalar.getIntOrFloatBitWidth());
      auto asBits = [&](Value value) -> Value {
        return scalar == bits
                   ? value
                   : LLVM::BitcastOp::create(rewriter, loc, bits, value);
      };
      Value slot = componentAddress(rewriter, loc, address, scalar, component,
                                    values.size());
      auto exchange = LLVM::AtomicCmpXchgOp::create(
          rewriter, loc, slot, asBits(compares[component]),
          asBits(values[component]), LLVM::AtomicOrdering::monotonic,
          LLVM::AtomicOrdering::monotonic);
      Value previous = LLVM::ExtractValueOp::create(rewriter, loc, exchange, 0);
      if (scalar != bits)
        previous = LLVM::BitcastOp::create(rewriter, loc, scalar, previous);
      old.push_back(previous);
    }
    Type type = getTypeConverter()->convertType(op.getType());
    rewriter.replaceOp(op, packScalars(rewriter, loc, type, old));
    return success();
  }
};

/// Slots that mem2reg could not promote become stack slots in the entry
/// block, which LLVM's SROA promotes later.
struct VarLowering : ConvertOpToLLVMPattern<VarOp> {
  using ConvertOpToLLVMPattern::ConvertOpToLLVMPattern;
  LogicalResult
  matchAndRewrite(VarOp op, OpAdaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Type element =
        getTypeConverter()->convertType(op.getType().getElementType());
    OpBuilder::InsertionGuard guard(rewriter);
    auto function = op->getParentOfType<FunctionOpInterface>();
    rewriter.setInsertionPointToStart(&function.getFunctionBody().front());
    Value one =
        LLVM::ConstantOp::create(rewriter, loc, rewriter.getI64Type(), 1);
    Value slot = LLVM::AllocaOp::create(
        rewriter, loc, LLVM::LLVMPointerType::get(getContext()), element, one);
    rewriter.replaceOp(op, slot);
    return success();
  }
};

struct ReadLowering : ConvertOpToLLVMPattern<ReadOp> {
  using ConvertOpToLLVMPattern::ConvertOpToLLVMPattern;
  LogicalResult
  matchAndRewrite(ReadOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type type = getTypeConverter()->convertType(op.getType());
    rewriter.replaceOpWithNewOp<LLVM::LoadOp>(op, type, adaptor.getRef());
    return success();
  }
};

struct WriteLowering : ConvertOpToLLVMPattern<WriteOp> {
  using ConvertOpToLLVMPattern::ConvertOpToLLVMPattern;
  LogicalResult
  matchAndRewrite(WriteOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOpWithNewOp<LLVM::StoreOp>(op, adaptor.getValue(),
                                               adaptor.getRef());
    return success();
  }
};

} // namespace

void mlir::warp::populateWarpMemoryToLLVMPatterns(
    const LLVMTypeConverter &converter, RewritePatternSet &patterns,
    bool checkBounds) {
  patterns.add<LoadLowering, StoreLowering, ViewLowering, AtomicLowering,
               AtomicCasLowering>(converter, checkBounds);
  patterns.add<ShapeLowering, VarLowering, ReadLowering, WriteLowering>(
      converter);
}
