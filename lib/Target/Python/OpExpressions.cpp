//===- OpExpressions.cpp - each warp op as a Python expression ------------===//
//
// Operators print as Python operators (`+`, `//`, `**`, `@`, comparisons,
// `not`, `~`, unary `-`), builtins as `wp.NAME(...)` in the op's operand
// order, constructors and casts as calls of the type (`wp.vec3(x, y, z)`,
// `float(i)`, `Particle(pos, mass)`), element access as subscripts and
// attributes (`a[i, j]`, `v[0]`, `a.shape[1]`, `p.mass`), lazy operands as
// `a if c else b`, `a and b`, `a or b`.
//
//===----------------------------------------------------------------------===//

#include "FunctionEmitter.h"

#include "PythonLiterals.h"

#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::warp;
using namespace mlir::warp::python;

std::string FunctionEmitter::typeName(Type type) {
  return module.types.spell(type);
}

/// The attribute of a literal: a warp.constant, or the zero of a scalar.
static TypedAttr literalAttr(Value value) {
  Operation *def = value.getDefiningOp();
  if (auto constant = dyn_cast<ConstantOp>(def))
    return cast<TypedAttr>(constant.getValue());
  Type type = value.getType();
  if (isa<FloatType>(type))
    return FloatAttr::get(type, 0.0);
  return IntegerAttr::get(type, 0);
}

ExprPtr FunctionEmitter::operand(Value value) {
  ExprPtr expr = spellOperand(value);
  expr->knownBool = value.getType().isInteger(1);
  return expr;
}

ExprPtr FunctionEmitter::spellOperand(Value value) {
  auto it = disposition.find(value);
  Disposition fate = it == disposition.end() ? Disposition::Named : it->second;
  switch (fate) {
  case Disposition::Literal: {
    if (!typedLiterals.contains(value))
      return literalExpr(literalAttr(value), /*forVariable=*/false);
    // Made where it is evaluated, as a computed value is: a line too long
    // may bind it first.
    ExprPtr expr = literalExpr(literalAttr(value), /*forVariable=*/true);
    expr->hoistable = true;
    expr->hint = hintFor(value);
    return expr;
  }
  case Disposition::Inline:
    return inlined(value);
  case Disposition::VarRead: {
    auto read = value.getDefiningOp<ReadOp>();
    ExprPtr name = Expr::atom(varNames[read.getRef().getDefiningOp()]);
    name->impure = true;
    return name;
  }
  case Disposition::Named:
  case Disposition::Dead:
  case Disposition::ChainLink:
    break;
  }
  auto name = valueNames.find(value);
  if (name != valueNames.end())
    return Expr::atom(name->second);
  // Every value is decided before it is used; this keeps a slip visible.
  Operation *owner = value.getDefiningOp()
                         ? value.getDefiningOp()
                         : value.getParentBlock()->getParentOp();
  fail(owner, "internal error: a value is used before it was printed");
  return Expr::atom("_");
}

ExprPtr FunctionEmitter::inlined(Value value) {
  ExprPtr expr = expressionOf(value.getDefiningOp());
  const Effects &tree = trees[value];
  expr->hoistable = true;
  expr->impure = tree.impure();
  expr->effectful = tree.effectful;
  expr->hint = hintFor(value);
  expr->knownBool = value.getType().isInteger(1);
  return expr;
}

bool FunctionEmitter::mayBeWarpConstant(Value value) {
  if (auto arg = dyn_cast<BlockArgument>(value)) {
    // warp-lang unrolls a range() of constant bounds: the loop variable is
    // a compile-time constant in each copy of the body.
    auto loop = dyn_cast<ForOp>(arg.getOwner()->getParentOp());
    return loop && arg == loop.getInductionVar() &&
           llvm::all_of(loop->getOperands(),
                        [&](Value bound) { return mayBeWarpConstant(bound); });
  }
  Disposition fate = disposition.lookup(value);
  if (fate == Disposition::Literal)
    return true;
  Operation *def = value.getDefiningOp();
  // Variables are never assigned a constant (see asVariableValue).
  if (fate == Disposition::VarRead)
    return false;
  // `-3` is a constant to warp-lang; a conditional expression with a
  // constant condition is the branch it picks.
  if (isa<NegOp>(def) ||
      (isa<CastOp>(def) && def->getOperand(0).getType() == value.getType()))
    return mayBeWarpConstant(def->getOperand(0));
  if (auto ifExp = dyn_cast<IfExpOp>(def))
    return mayBeWarpConstant(ifExp.getCondition());
  return false;
}

ExprPtr FunctionEmitter::nonConstant(Value value) {
  ExprPtr expr = operand(value);
  if (expr->kind != Expr::Kind::Atom || !mayBeWarpConstant(value) ||
      disposition.lookup(value) == Disposition::Literal)
    return expr;
  return throughConstructor(value, std::move(expr));
}

ExprPtr FunctionEmitter::throughConstructor(Value value, ExprPtr expr) {
  SmallVector<ExprPtr> args;
  args.push_back(std::move(expr));
  ExprPtr call = Expr::call(typeName(value.getType()), std::move(args));
  call->knownBool = value.getType().isInteger(1);
  return call;
}

ExprPtr FunctionEmitter::valueForVariable(Value value) {
  if (disposition.lookup(value) == Disposition::Literal)
    return literalExpr(literalAttr(value), /*forVariable=*/true);
  return asVariableValue(value, operand(value));
}

ExprPtr FunctionEmitter::asVariableValue(Value value, ExprPtr expr) {
  // A local that warp-lang holds as a constant cannot change in a dynamic
  // loop: what may be one is assigned through its type's constructor.
  if (expr->kind == Expr::Kind::Call || !mayBeWarpConstant(value))
    return expr;
  return throughConstructor(value, std::move(expr));
}

ExprPtr FunctionEmitter::zeroOf(Type type, Location loc, bool forVariable) {
  if (!spellScalarType(type).empty()) {
    TypedAttr zero = isa<FloatType>(type)
                         ? TypedAttr(FloatAttr::get(type, 0.0))
                         : TypedAttr(IntegerAttr::get(type, 0));
    return literalExpr(zero, forVariable);
  }
  if (isa<ArrayType>(type)) {
    emitError(loc) << "the null array (the zero value of " << type
                   << ") has no spelling in Warp's Python";
    failed = true;
    return nullptr;
  }
  return Expr::call(typeName(type), {});
}

/// Python's spelling of a comparison predicate.
static StringRef comparisonOperator(CmpPredicate predicate) {
  switch (predicate) {
  case CmpPredicate::eq:
    return "==";
  case CmpPredicate::ne:
    return "!=";
  case CmpPredicate::lt:
    return "<";
  case CmpPredicate::le:
    return "<=";
  case CmpPredicate::gt:
    return ">";
  case CmpPredicate::ge:
    return ">=";
  }
  llvm_unreachable("unknown predicate");
}

/// The Python operator of a binary operator op, or empty.
static StringRef binaryOperator(Operation *op) {
  return TypeSwitch<Operation *, StringRef>(op)
      .Case<AddOp>([](auto) { return "+"; })
      .Case<SubOp>([](auto) { return "-"; })
      .Case<MulOp>([](auto) { return "*"; })
      .Case<DivOp>([](auto) { return "/"; })
      .Case<FloorDivOp>([](auto) { return "//"; })
      .Case<ModOp>([](auto) { return "%"; })
      .Case<PowOp>([](auto) { return "**"; })
      .Case<MatmulOp>([](auto) { return "@"; })
      .Case<BitAndOp>([](auto) { return "&"; })
      .Case<BitOrOp>([](auto) { return "|"; })
      .Case<BitXorOp>([](auto) { return "^"; })
      .Case<ShlOp>([](auto) { return "<<"; })
      .Case<ShrOp>([](auto) { return ">>"; })
      .Default([](auto) { return ""; });
}

/// The ops that print as `wp.<mnemonic>(operands...)`, in operand order.
static bool isBuiltinCall(StringRef mnemonic) {
  static const llvm::StringSet<> builtins = {"abs",
                                             "acos",
                                             "asin",
                                             "atan",
                                             "atan2",
                                             "cbrt",
                                             "ceil",
                                             "clamp",
                                             "copysign",
                                             "cos",
                                             "cosh",
                                             "cross",
                                             "cw_div",
                                             "cw_mul",
                                             "degrees",
                                             "determinant",
                                             "diag",
                                             "dot",
                                             "erf",
                                             "erfc",
                                             "exp",
                                             "floor",
                                             "frac",
                                             "inverse",
                                             "isfinite",
                                             "isinf",
                                             "isnan",
                                             "length",
                                             "length_sq",
                                             "lerp",
                                             "log",
                                             "log10",
                                             "log2",
                                             "matrix_from_cols",
                                             "matrix_from_rows",
                                             "max",
                                             "min",
                                             "nonzero",
                                             "normalize",
                                             "outer",
                                             "quat_from_axis_angle",
                                             "quat_inverse",
                                             "quat_rotate",
                                             "radians",
                                             "rint",
                                             "round",
                                             "sign",
                                             "sin",
                                             "sinh",
                                             "skew",
                                             "smoothstep",
                                             "sqrt",
                                             "step",
                                             "tan",
                                             "tanh",
                                             "trace",
                                             "transform_get_rotation",
                                             "transform_get_translation",
                                             "transform_point",
                                             "transform_vector",
                                             "transpose",
                                             "trunc",
                                             "where"};
  return builtins.contains(mnemonic);
}

ExprPtr FunctionEmitter::expressionOf(Operation *op) {
  auto operandsOf = [&](ValueRange values) {
    SmallVector<ExprPtr> exprs;
    for (Value value : values)
      exprs.push_back(operand(value));
    return exprs;
  };
  auto callOf = [&](std::string callee, ValueRange values) {
    return Expr::call(std::move(callee), operandsOf(values));
  };
  auto subscriptOf = [&](Value base, ValueRange indices) {
    return Expr::subscript(operand(base), operandsOf(indices));
  };

  if (StringRef op2 = binaryOperator(op); !op2.empty())
    return Expr::binary(op2, operand(op->getOperand(0)),
                        operand(op->getOperand(1)));
  StringRef mnemonic = op->getName().stripDialect();
  if (isBuiltinCall(mnemonic))
    return callOf(("wp." + mnemonic).str(), op->getOperands());

  return TypeSwitch<Operation *, ExprPtr>(op)
      .Case<ConstantOp>([&](ConstantOp constant) {
        return literalExpr(cast<TypedAttr>(constant.getValue()), false);
      })
      .Case<NegOp>([&](NegOp neg) {
        return Expr::unary("-", operand(neg.getOperand()));
      })
      .Case<BitNotOp>([&](BitNotOp bitNot) {
        return Expr::unary("~", operand(bitNot.getOperand()));
      })
      .Case<NotOp>([&](NotOp notOp) {
        return Expr::unary("not", operand(notOp.getOperand()));
      })
      .Case<CmpOp>([&](CmpOp cmp) {
        return Expr::compare(comparisonOperator(cmp.getPredicate()),
                             operand(cmp.getLhs()), operand(cmp.getRhs()));
      })
      .Case<CastOp>([&](CastOp cast) {
        // A cast to the same type is printed too (`bool(c)`): the frontend
        // makes the same warp.cast again.
        Value input = cast.getInput();
        Type type = cast.getType();
        SmallVector<ExprPtr> args;
        // warp-lang turns the variable of a constant passed by name to
        // wp.int64 / wp.uint64 / wp.float64 into the 64-bit value itself,
        // changing the name's type: such a name is passed as a copy (a
        // cast to its own type is that copy already).
        if ((type.isSignedInteger(64) || type.isUnsignedInteger(64) ||
             type.isF64()) &&
            input.getType() != type)
          args.push_back(nonConstant(input));
        else
          args.push_back(operand(input));
        return Expr::call(typeName(type), std::move(args));
      })
      .Case<ZeroOp>([&](ZeroOp zero) {
        ExprPtr expr = zeroOf(zero.getType(), zero.getLoc(), false);
        return expr ? std::move(expr) : Expr::atom("None");
      })
      .Case<IdentityOp>([&](IdentityOp identity) {
        Type type = identity.getType();
        SmallVector<std::pair<std::string, ExprPtr>> keywords;
        if (auto mat = dyn_cast<MatType>(type)) {
          keywords.emplace_back("n", Expr::atom(std::to_string(mat.getRows())));
          keywords.emplace_back("dtype",
                                Expr::atom(typeName(mat.getElementType())));
          return Expr::call("wp.identity", {}, std::move(keywords));
        }
        // Warp's quaternion and transform identities default to float32.
        Type element = getWarpElementType(type);
        if (!element.isF32())
          keywords.emplace_back("dtype", Expr::atom(typeName(element)));
        return Expr::call(isa<QuatType>(type) ? "wp.quat_identity"
                                              : "wp.transform_identity",
                          {}, std::move(keywords));
      })
      .Case<VecOp, MatOp, QuatOp, TransformOp, StructOp>([&](Operation *ctor) {
        return callOf(typeName(ctor->getResult(0).getType()),
                      ctor->getOperands());
      })
      .Case<ExtractOp>([&](ExtractOp extract) {
        return subscriptOf(extract.getBase(), extract.getIndices());
      })
      .Case<GetFieldOp>([&](GetFieldOp field) {
        return Expr::attribute(operand(field.getInput()),
                               pythonFieldName(field.getField()));
      })
      .Case<LoadOp>([&](LoadOp load) {
        return subscriptOf(load.getArray(), load.getIndices());
      })
      .Case<ViewOp>([&](ViewOp view) {
        return subscriptOf(view.getArray(), view.getIndices());
      })
      .Case<ShapeOp>([&](ShapeOp shape) {
        SmallVector<ExprPtr> dim;
        dim.push_back(Expr::atom(std::to_string(shape.getDim())));
        return Expr::subscript(
            Expr::attribute(operand(shape.getArray()), "shape"),
            std::move(dim));
      })
      .Case<AtomicOp>([&](AtomicOp atomic) {
        SmallVector<ExprPtr> args = operandsOf(atomic.getArray());
        for (Value index : atomic.getIndices())
          args.push_back(operand(index));
        args.push_back(operand(atomic.getValue()));
        return Expr::call(
            ("wp.atomic_" + stringifyAtomicKind(atomic.getKind())).str(),
            std::move(args));
      })
      .Case<AtomicCasOp>([&](AtomicCasOp cas) {
        SmallVector<ExprPtr> args = operandsOf(cas.getArray());
        for (Value index : cas.getIndices())
          args.push_back(operand(index));
        args.push_back(operand(cas.getCompare()));
        args.push_back(operand(cas.getValue()));
        return Expr::call("wp.atomic_cas", std::move(args));
      })
      .Case<CallOp>([&](CallOp call) {
        return callOf(module.functions.lookup(call.getCallee()),
                      call.getOperands());
      })
      .Case<IfExpOp>([&](IfExpOp ifExp) {
        auto yieldOf = [&](Region &region) {
          return operand(
              cast<YieldOp>(region.front().getTerminator()).getValue());
        };
        return Expr::ifExp(operand(ifExp.getCondition()),
                           yieldOf(ifExp.getThenRegion()),
                           yieldOf(ifExp.getElseRegion()));
      })
      .Case<AndOp, OrOp>([&](Operation *logical) {
        Region &region = logical->getRegion(0);
        return Expr::boolOp(
            isa<AndOp>(logical) ? "and" : "or", operand(logical->getOperand(0)),
            operand(cast<YieldOp>(region.front().getTerminator()).getValue()));
      })
      .Default([&](Operation *other) {
        fail(other, "'" + other->getName().getStringRef() +
                        "' has no spelling in Warp's Python");
        return Expr::atom("_");
      });
}
