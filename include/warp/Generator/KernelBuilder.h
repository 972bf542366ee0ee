//===- KernelBuilder.h - emit warp ops while tracking ranges ----*- C++ -*-===//
//
// Builds one kernel (and its helper functions) in its own module. Every value
// it creates carries a Range; the `try*` helpers emit an op only when the
// result's range proves it UB-free, and the guard helpers rewrite an operand
// so that it becomes safe (a non-zero divisor, a value inside a math
// function's domain, a value inside a variable's invariant range). The
// random expression and statement generators (Expressions.cpp) and the
// strategies are written on top of it.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_GENERATOR_KERNELBUILDER_H
#define WARP_GENERATOR_KERNELBUILDER_H

#include "warp/Dialect/Warp/IR/WarpOps.h"
#include "warp/Generator/Random.h"
#include "warp/Generator/ValueRanges.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"

#include <string>
#include <vector>

namespace mlir::warp::gen {

/// Swarm-testing features: each kernel draws its own subset, which decides
/// what the filler code may use.
enum Feature : unsigned {
  FeatIntDiv,      // integer /, //, %
  FeatFloatDiv,    // float / and fmod
  FeatBitwise,     // & | ^ ~ << >>
  FeatMath,        // transcendental functions
  FeatMinMax,      // min, max, clamp, abs, sign
  FeatSelect,      // where, ternary
  FeatBranches,    // if / else statements
  FeatVars,        // local variables
  FeatCasts,       // scalar conversions
  FeatNeighbors,   // loads at offset indices
  FeatEarlyReturn, // return from inside an if
  FeatCount
};
llvm::StringRef featureName(unsigned feature);
llvm::StringRef featureDescription(unsigned feature);

/// What every kernel of a run shares (from the options).
struct GenConfig {
  /// Scalar element types arrays and arithmetic may use.
  llvm::SmallVector<Type> dtypes;
  unsigned size = 60;
  unsigned loopDepth = 2;
  uint32_t forcedOn = 0, forcedOff = 0;

  bool allows(Type t) const { return llvm::is_contained(dtypes, t); }
  llvm::SmallVector<Type> floatTypes() const;
  llvm::SmallVector<Type> intTypes() const;
};

struct Val {
  Value v;
  Range r;
  explicit operator bool() const { return static_cast<bool>(v); }
  Type type() const { return v.getType(); }
};

enum class Role { Input, Output, Accumulator, ZeroAccumulator };
llvm::StringRef roleName(Role role);

struct ArrayDecl {
  std::string name;
  Type dtype;
  unsigned rank;
  llvm::SmallVector<int64_t, 4> shape;
  Role role;
  /// Declared element range (inputs and accumulators).
  Range range;
  Value arg;
  bool stored = false;
};

struct VarInfo {
  Value ref;
  Type type;
  /// Invariant range: every write is coerced into it.
  Range range;
};

class KernelBuilder {
public:
  KernelBuilder(MLIRContext *ctx, Rng &rng, const GenConfig &config,
                uint32_t features, llvm::ArrayRef<int64_t> launchDims);

  MLIRContext *ctx;
  Rng &rng;
  const GenConfig &config;
  uint32_t features;
  llvm::SmallVector<int64_t, 4> launchDims;
  OpBuilder b;
  Location loc;
  OwningOpRef<ModuleOp> module;
  KernelOp kernel;
  llvm::SmallVector<ArrayDecl> arrays;
  llvm::SmallVector<Value, 4> tids;
  /// Symbol names of generated warp.funcs with their signature info.
  struct FuncInfo {
    std::string name;
    llvm::SmallVector<Type> params;
    llvm::SmallVector<Range> paramRanges;
    Type result;
    Range resultRange;
  };
  std::vector<FuncInfo> funcs;
  std::string kernelName;
  bool inputsLoaded = false;
  /// Scratch for strategies that keep per-kernel state between declare()
  /// and emit() (strategies themselves are shared by every thread).
  llvm::SmallVector<const void *> strategyState;
  /// Extra provenance (e.g. the parts of a combined kernel).
  llvm::SmallVector<std::string> notes;

  bool has(Feature f) const { return features & (1u << f); }
  unsigned launchRank() const { return launchDims.size(); }

  //===--- Declaration and structure ------------------------------------===//
  /// Declares an array parameter; rank 0 means the launch rank. Its shape is
  /// the launch dims (rank-1 arrays in a wider launch take the first
  /// extent). Returns its index in `arrays`.
  unsigned addArray(llvm::StringRef prefix, Type dtype, Role role,
                    unsigned rank = 0);
  /// The declared input range of an element type (compatible with
  /// warp-run's seeded inputs: floats in [-1, 1], signed ints in
  /// [-100, 100], unsigned in [0, 200]).
  static Range defaultInputRange(Type elementType);
  /// Creates the kernel op, its entry block and `warp.tid`.
  void begin(llvm::StringRef name);
  /// Stores a value into every output that has none yet, and returns.
  void finish();
  /// Ops created so far (kernel and helper functions).
  unsigned opCount() const { return numOps; }
  void countOp() { ++numOps; }

  //===--- Value pool
  //------------------------------------------------------===//
  void pushScope();
  void popScope();
  void addToPool(const Val &v);
  /// A random pool value of `type`, or a null Val.
  Val pickFromPool(Type type);
  bool poolHas(Type type) const;
  /// The type of a random pool value (loads put one there in every kernel).
  Type randomPoolType();

  //===--- Leaves
  //----------------------------------------------------------===//
  Val constInt(Type type, int64_t value);
  Val constFloat(Type type, double value);
  /// A random constant of `type` (small: ints in [-16, 16] clipped to the
  /// type, floats dyadic in [-4, 4]).
  Val randomConstant(Type type);
  Val index(unsigned dim);
  /// `(tid[dim] + offset) % shape(array, dim)`: in bounds whatever the
  /// launch, since the divisor is the array's own extent.
  Val neighborIndex(unsigned array, unsigned dim, int64_t offset);
  Val load(unsigned array, bool neighbor = false);
  void store(unsigned array, Val v);

  //===--- Generic emission (callers proved safety) ----------------------===//
  template <typename OpTy, typename... Args>
  Val emit(Type type, Range r, Args &&...args) {
    // The TypeRange form exists for every ODS op with results.
    auto op = OpTy::create(b, loc, TypeRange(ArrayRef<Type>(type)),
                           std::forward<Args>(args)...);
    return {op->getResult(0), r};
  }
  Val cmp(CmpPredicate pred, Val a, Val c);

  //===--- Safe arithmetic: null Val when the op could be unsafe ----------===//
  Val tryAdd(Val a, Val c);
  Val trySub(Val a, Val c);
  Val tryMul(Val a, Val c);
  Val tryDiv(Val a, Val c);
  Val tryFloorDiv(Val a, Val c);
  Val tryMod(Val a, Val c);
  Val tryNeg(Val a);
  Val tryAbs(Val a);
  Val tryBitAnd(Val a, Val c);
  Val tryBitOr(Val a, Val c);
  Val tryBitXor(Val a, Val c);
  Val tryBitNot(Val a);
  Val tryShl(Val a, Val s);
  Val tryShr(Val a, Val s);
  Val min(Val a, Val c);
  Val max(Val a, Val c);
  /// A scalar conversion; null when the value may not fit.
  Val tryCast(Val a, Type to);

  //===--- Guards
  //-----------------------------------------------------------===//
  /// `clamp(a, lo, hi)` (no op when a is already inside).
  Val clampTo(Val a, double lo, double hi);
  /// A value provably away from zero: ints never 0, floats |x| >= 0.5.
  Val nonZero(Val a);
  /// A small shift amount: `s & (width - 1)`, at most `maxShift`.
  Val shiftAmount(Val s, unsigned maxShift);
  /// Brings an int or float value into [-m, m] (ints: `% (m + 1)`, floats:
  /// clamp).
  Val shrink(Val a, double m);
  /// A float math function applied to a value forced into its domain and
  /// into a range where the result is bounded; `name` is the op mnemonic.
  Val mathUnary(llvm::StringRef name, Val a);
  static llvm::ArrayRef<llvm::StringRef> mathUnaryNames();
  /// Converts `a` to `to`, guarding the range first (clamp / shrink) so the
  /// conversion is exact-enough and defined.
  Val convert(Val a, Type to);

  //===--- Variables and control flow ------------------------------------===//
  VarInfo declareVar(llvm::StringRef name, Val init, Range invariant);
  Val readVar(const VarInfo &var);
  void writeVar(const VarInfo &var, Val v);
  void emitIf(Val cond, llvm::function_ref<void()> thenFn,
              llvm::function_ref<void()> elseFn = nullptr);
  /// `for iv in range(start, stop, step)`: stop is a value whose range bounds
  /// the trip count; `body` gets the induction variable (its range known).
  void emitFor(Val start, Val stop, int64_t step,
               llvm::function_ref<void(Val)> body);
  /// `while k < bound` with k a counter incremented first thing in the body,
  /// so `continue` cannot skip it; `body` gets the counter's value.
  void emitWhile(int64_t bound, llvm::function_ref<void(Val)> body);
  /// Ends the current block with `warp.break` / `continue` / `return`.
  void emitBreak();
  void emitContinue();
  void emitReturn(llvm::ArrayRef<Value> values = {});
  unsigned loopDepth = 0;
  unsigned ifDepth = 0;
  /// Ops left to the current fillTo target (sizes statements).
  unsigned remaining = 1000;
  /// Inside a warp.func (no tid, no arrays).
  bool inFunction = false;

  //===--- Functions
  //---------------------------------------------------------===//
  /// Creates `warp.func @name(params) -> result` before the kernel; `body`
  /// runs with the parameters in a fresh pool and returns the value to
  /// return (coerced to `result`).
  unsigned defineFunc(llvm::ArrayRef<Type> params,
                      llvm::ArrayRef<Range> paramRanges, Type result,
                      llvm::function_ref<Val(llvm::ArrayRef<Val>)> body);
  /// Calls function `func`, clamping the arguments into its parameter ranges.
  Val call(unsigned func, llvm::ArrayRef<Val> args);

  //===--- Random code (Expressions.cpp) --------------------------------===//
  /// A random expression of `type` of nesting at most `depth`.
  Val genExpr(Type type, unsigned depth);
  Val genIntExpr(Type type, unsigned depth);
  Val genFloatExpr(Type type, unsigned depth);
  /// `where(cond, a, e)` with a fresh expression e (int and float alike).
  Val genSelect(Type type, Val a, unsigned depth);
  /// A fresh expression of another random type converted to `type`, or `a`.
  Val genCast(Type type, Val a, unsigned depth);
  /// A random i1 condition.
  Val genCond();
  /// A random statement: a new value, a variable update, an if, a store.
  void genStatement();
  /// Emits statements until `target` ops exist.
  void fillTo(unsigned target);
  /// A random allowed scalar type (floats or ints only when asked).
  Type randomType(bool wantFloat, bool wantInt);
  /// A value of `type`: from the pool, or a constant.
  Val leaf(Type type);

private:
  unsigned numOps = 0;
  std::vector<Val> pool;
  llvm::SmallVector<size_t> scopes;
  std::vector<VarInfo> vars;
  llvm::SmallVector<size_t> varScopes;
  struct Counter;
  std::unique_ptr<OpBuilder::Listener> listener;
  friend struct Counter;

public:
  /// Variables visible here.
  std::vector<VarInfo> &visibleVars() { return vars; }
};

} // namespace mlir::warp::gen

#endif // WARP_GENERATOR_KERNELBUILDER_H
