//===- WarpMathOps.td - Warp's scalar math builtins --------*- tablegen -*-===//
//
// wp.sin, wp.clamp, wp.isnan, ...: one op per builtin, named as in Warp.
// Warp 1.19 (warp/_src/builtins.py) gives most of them scalar overloads only;
// the few that also take vectors (abs, sign, min, max, lerp, isnan, isinf,
// isfinite) say so. Warp never promotes: every operand has the result's type.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_DIALECT_WARP_IR_WARPMATHOPS_TD
#define WARP_DIALECT_WARP_IR_WARPMATHOPS_TD

include "mlir/Interfaces/SideEffectInterfaces.td"

//===----------------------------------------------------------------------===//
// Operand kinds shared by the builtins (math, composite and struct files)
//===----------------------------------------------------------------------===//

def Warp_NumericOrVec
    : Type<CPred<"::mlir::warp::isWarpNumeric($_self) || "
                 "::llvm::isa<::mlir::warp::VecType>($_self)">,
           "Warp number or vector">;
def Warp_FloatVec
    : Type<And<[Warp_AnyVec.predicate,
                CPred<"::mlir::warp::hasWarpFloatElements($_self)">]>,
           "vector of floats">;
def Warp_FloatMat
    : Type<And<[Warp_AnyMat.predicate,
                CPred<"::mlir::warp::hasWarpFloatElements($_self)">]>,
           "matrix of floats">;
def Warp_Vec3 : Type<CPred<"::mlir::warp::isWarpVecOfLength($_self, 3)">,
                     "vector of length 3">;
def Warp_FloatVec3
    : Type<And<[Warp_Vec3.predicate,
                CPred<"::mlir::warp::hasWarpFloatElements($_self)">]>,
           "vector of 3 floats">;
def Warp_VecOrMat : AnyTypeOf<[Warp_AnyVec, Warp_AnyMat]>;
def Warp_VecOrQuat : AnyTypeOf<[Warp_AnyVec, Warp_AnyQuat]>;
def Warp_FloatVecOrQuat : AnyTypeOf<[Warp_FloatVec, Warp_AnyQuat]>;
// What wp.isnan, wp.isinf and wp.isfinite accept (not transforms).
def Warp_FloatOrFloatVecMatQuat
    : AnyTypeOf<[Warp_Float, Warp_FloatVec, Warp_FloatMat, Warp_AnyQuat]>;
// What wp.lerp accepts.
def Warp_FloatOrFloatComposite
    : Type<CPred<"::mlir::warp::hasWarpFloatElements($_self)">,
           "Warp float, or vector, matrix, quaternion or transform of floats">;

//===----------------------------------------------------------------------===//
// Op classes
//===----------------------------------------------------------------------===//

// A builtin whose operands and result all have one type. The assembly prints
// that type once; the verifier names both types when they differ.
class Warp_UniformOp<string mnemonic, list<Trait> traits = []>
    : Warp_Op<mnemonic, !listconcat(traits, [Pure])> {
  let hasVerifier = 1;
  let extraClassDefinition = [{
    ::llvm::LogicalResult $cppClass::verify() {
      return ::mlir::warp::verifySameTypeOperands(getOperation());
    }
  }];
}

// `%y = warp.<mnemonic> %x : T`.
class Warp_UnaryMathOp<string mnemonic, Type type, string exampleType,
                       string brief, string doc>
    : Warp_UniformOp<mnemonic> {
  let summary = brief;
  let description = doc # "\n\n```mlir\n%y = warp." # mnemonic # " %x : "
                    # exampleType # "\n```";
  let arguments = (ins type:$x);
  let results = (outs type:$result);
  let assemblyFormat = [{
    $x attr-dict `:` custom<UniformType>(type($x), type($result))
  }];
}

// wp.sin and its kin: a float scalar in, the same type out.
class Warp_FloatUnaryOp<string mnemonic, string brief, string doc = "">
    : Warp_UnaryMathOp<mnemonic, Warp_Float, "f32",
                       "`wp." # mnemonic # "`: " # brief,
                       !if(!empty(doc), "", doc # "\n\n") #
                       "Takes a float scalar (f16, f32, f64); Warp has no "
                       "vector overload.">;

// `%z = warp.<mnemonic> %a, %b : T`.
class Warp_BinaryMathOp<string mnemonic, Type type, string exampleType,
                        string brief, string doc>
    : Warp_UniformOp<mnemonic> {
  let summary = brief;
  let description = doc # "\n\n```mlir\n%z = warp." # mnemonic
                    # " %a, %b : " # exampleType # "\n```";
  let arguments = (ins type:$lhs, type:$rhs);
  let results = (outs type:$result);
  let assemblyFormat = [{
    $lhs `,` $rhs attr-dict `:`
    custom<UniformType>(type($lhs), type($rhs), type($result))
  }];
}

// wp.isnan and its kin: true or false for a float or a float composite.
class Warp_FloatPredicateOp<string mnemonic, string brief, string doc>
    : Warp_Op<mnemonic, [Pure]> {
  let summary = "`wp." # mnemonic # "`: " # brief;
  let description = doc # "\n\n```mlir\n%b = warp." # mnemonic
                    # " %v : !warp.vec<3xf32>\n```";
  let arguments = (ins Warp_FloatOrFloatVecMatQuat:$x);
  let results = (outs I1:$result);
  let assemblyFormat = "$x attr-dict `:` qualified(type($x))";
}

// wp.min / wp.max: elementwise on two numbers or two vectors, or the
// reduction of one vector.
class Warp_MinMaxOp<string mnemonic, string which, string cFunc>
    : Warp_Op<mnemonic, [Pure]> {
  let summary = "`wp." # mnemonic # "`: the " # which # " of two values, or of "
                # "a vector's elements";
  let description = [{
    With two operands of one type, a Warp number or vector, the elementwise
    }] # which # [{; with one vector operand, its }] # which # [{ element.
    Floats follow C `}] # cFunc # [{`: a NaN operand is ignored unless both
    are NaN. Integers compare with their signedness.

    ```mlir
    %c = warp.}] # mnemonic # [{ %a, %b : f32
    ```
  }];
  let arguments = (ins Warp_NumericOrVec:$lhs,
                       Optional<Warp_NumericOrVec>:$rhs);
  let results = (outs Warp_NumericOrVec:$result);
  let hasCustomAssemblyFormat = 1;
  let hasVerifier = 1;
  let hasFolder = 1;
  let extraClassDefinition = [{
    ::mlir::ParseResult $cppClass::parse(::mlir::OpAsmParser &parser,
                                         ::mlir::OperationState &result) {
      return ::mlir::warp::parseMinMax(parser, result);
    }
    void $cppClass::print(::mlir::OpAsmPrinter &printer) {
      ::mlir::warp::printMinMax(printer, getOperation());
    }
    ::llvm::LogicalResult $cppClass::verify() {
      return ::mlir::warp::verifyMinMax(getOperation());
    }
  }];
}

//===----------------------------------------------------------------------===//
// Float functions (scalar only)
//===----------------------------------------------------------------------===//

def Warp_SinOp : Warp_FloatUnaryOp<"sin", "sine (radians)">;
def Warp_CosOp : Warp_FloatUnaryOp<"cos", "cosine (radians)">;
def Warp_TanOp : Warp_FloatUnaryOp<"tan", "tangent (radians)">;
def Warp_AsinOp : Warp_FloatUnaryOp<"asin", "arcsine (radians)",
    "The input is clamped to [-1, 1] first, so it never yields NaN for a "
    "non-NaN input.">;
def Warp_AcosOp : Warp_FloatUnaryOp<"acos", "arccosine (radians)",
    "The input is clamped to [-1, 1] first, so it never yields NaN for a "
    "non-NaN input.">;
def Warp_AtanOp : Warp_FloatUnaryOp<"atan", "arctangent (radians)">;
// sinh, cosh and log10 of a constant fold as the C++ compiler behind
// warp-lang's CPU kernels folds their libm calls (WarpMathOps.cpp).
def Warp_SinhOp : Warp_FloatUnaryOp<"sinh", "hyperbolic sine"> {
  let hasFolder = 1;
}
def Warp_CoshOp : Warp_FloatUnaryOp<"cosh", "hyperbolic cosine"> {
  let hasFolder = 1;
}
def Warp_TanhOp : Warp_FloatUnaryOp<"tanh", "hyperbolic tangent">;
def Warp_SqrtOp : Warp_FloatUnaryOp<"sqrt", "square root">;
def Warp_CbrtOp : Warp_FloatUnaryOp<"cbrt", "cube root">;
def Warp_ExpOp : Warp_FloatUnaryOp<"exp", "e raised to x">;
def Warp_LogOp : Warp_FloatUnaryOp<"log", "natural logarithm">;
def Warp_Log2Op : Warp_FloatUnaryOp<"log2", "base-2 logarithm">;
def Warp_Log10Op : Warp_FloatUnaryOp<"log10", "base-10 logarithm"> {
  let hasFolder = 1;
}
def Warp_ErfOp : Warp_FloatUnaryOp<"erf", "the error function">;
def Warp_ErfcOp : Warp_FloatUnaryOp<"erfc", "the complementary error function">;
def Warp_DegreesOp : Warp_FloatUnaryOp<"degrees", "radians to degrees",
    "`x * (180 / pi)`, multiplied in f64 (Warp's constant is a double) and rounded back to the float type.">;
def Warp_RadiansOp : Warp_FloatUnaryOp<"radians", "degrees to radians",
    "`x * (pi / 180)`, multiplied in f64 (Warp's constant is a double) and rounded back to the float type.">;
def Warp_FloorOp : Warp_FloatUnaryOp<"floor", "round toward negative infinity">;
def Warp_CeilOp : Warp_FloatUnaryOp<"ceil", "round toward positive infinity">;
def Warp_TruncOp : Warp_FloatUnaryOp<"trunc", "round toward zero",
    "Keeps the sign: `trunc(-0.5)` is `-0.0`.">;
def Warp_RoundOp : Warp_FloatUnaryOp<"round",
    "round to nearest, halfway cases away from zero",
    "C `round`: `round(2.5)` is 3, `round(-2.5)` is -3 (compare `warp.rint`).">;
def Warp_RintOp : Warp_FloatUnaryOp<"rint",
    "round to nearest, halfway cases to even",
    "C `rint` in the default rounding mode: `rint(2.5)` is 2, `rint(3.5)` is 4 "
    "(numpy.rint; compare `warp.round`).">;
def Warp_FracOp : Warp_FloatUnaryOp<"frac", "the fractional part",
    "`x - trunc(x)`: it has the sign of x, so `frac(-1.25)` is -0.25.">;

def Warp_Atan2Op : Warp_BinaryMathOp<"atan2", Warp_Float, "f32",
    "`wp.atan2(y, x)`: the angle of the point (x, y)", [{
    `lhs` is `y` and `rhs` is `x`, as in C `atan2(y, x)`; the result is in
    radians, in [-pi, pi]. Float scalars only.
  }]>;
def Warp_CopysignOp : Warp_BinaryMathOp<"copysign", Warp_Float, "f32",
    "`wp.copysign(x, y)`: the magnitude of x with the sign of y", [{
    C `copysign`: `lhs` gives the magnitude, `rhs` the sign bit (so -0.0
    counts as negative). Float scalars only.
  }]>;

//===----------------------------------------------------------------------===//
// Number functions (integers and floats)
//===----------------------------------------------------------------------===//

def Warp_AbsOp : Warp_UnaryMathOp<"abs", Warp_NumericOrVec, "si32",
    "`wp.abs`: absolute value", [{
    A Warp number, or a vector elementwise. Unsigned integers are returned
    unchanged; the most negative signed integer wraps to itself, as in C.
  }]> {
  let hasFolder = 1;
}
def Warp_SignOp : Warp_UnaryMathOp<"sign", Warp_NumericOrVec, "f32",
    "`wp.sign`: -1 for negative values, 1 otherwise", [{
    `x < 0 ? -1 : 1` in x's type: zero, -0.0 and NaN all give 1, and every
    unsigned integer gives 1. A Warp number, or a vector elementwise.
  }]> {
  let hasFolder = 1;
}
def Warp_StepOp : Warp_UnaryMathOp<"step", Warp_Numeric, "f32",
    "`wp.step`: 1 for negative values, 0 otherwise", [{
    `x < 0 ? 1 : 0` in x's type. Note the direction: this is not GLSL's
    `step(edge, x)`; `step(0.0)` is 0 and `step(-1.0)` is 1, and an unsigned
    integer always gives 0. Scalars only.
  }]> {
  let hasFolder = 1;
}
def Warp_NonzeroOp : Warp_UnaryMathOp<"nonzero", Warp_Numeric, "f32",
    "`wp.nonzero`: 1 for non-zero values, 0 for zero", [{
    `x == 0 ? 0 : 1` in x's type: -0.0 gives 0, NaN gives 1. Scalars only.
  }]> {
  let hasFolder = 1;
}

def Warp_MinOp : Warp_MinMaxOp<"min", "minimum", "fmin">;
def Warp_MaxOp : Warp_MinMaxOp<"max", "maximum", "fmax">;

def Warp_ClampOp : Warp_UniformOp<"clamp"> {
  let summary = "`wp.clamp(x, low, high)`: x limited to [low, high]";
  let description = [{
    The value comes first: `min(max(low, x), high)` with Warp's `min` and
    `max`. So when `low > high` the result is `high`, and a NaN `x` gives
    `min(low, high)` for floats. Warp numbers only, all three of one type.

    ```mlir
    %c = warp.clamp %x, %low, %high : f32
    ```
  }];
  let arguments = (ins Warp_Numeric:$x, Warp_Numeric:$low, Warp_Numeric:$high);
  let results = (outs Warp_Numeric:$result);
  let assemblyFormat = [{
    $x `,` $low `,` $high attr-dict `:`
    custom<UniformType>(type($x), type($low), type($high), type($result))
  }];
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// Interpolation
//===----------------------------------------------------------------------===//

def Warp_LerpOp : Warp_Op<"lerp", [
    Pure, AllTypesMatch<["a", "b", "result"]>,
    TypesMatchWith<"t is the element type of a", "a", "t",
                   "::mlir::warp::getElementTypeOr($_self)">]> {
  let summary = "`wp.lerp(a, b, t)`: linear interpolation a*(1-t) + b*t";
  let description = [{
    `a * (1 - t) + b * t`, computed in that form. `a` and `b` are one type:
    a float, or a vector, matrix, quaternion or transform of floats
    (elementwise); `t` is always a scalar of their element type.

    ```mlir
    %v = warp.lerp %a, %b, %t : !warp.vec<3xf32>
    ```
  }];
  let arguments = (ins Warp_FloatOrFloatComposite:$a,
                       Warp_FloatOrFloatComposite:$b, Warp_Float:$t);
  let results = (outs Warp_FloatOrFloatComposite:$result);
  let assemblyFormat = "$a `,` $b `,` $t attr-dict `:` qualified(type($a))";
}

def Warp_SmoothstepOp : Warp_UniformOp<"smoothstep"> {
  let summary = "`wp.smoothstep(edge0, edge1, x)`: cubic Hermite step";
  let description = [{
    The edges come first and the value last (GLSL order):
    `t = clamp((x - edge0) / (edge1 - edge0), 0, 1)`, then `t * t * (3 - 2t)`.
    The result is in [0, 1]. Float scalars only, all three of one type.

    ```mlir
    %s = warp.smoothstep %edge0, %edge1, %x : f32
    ```
  }];
  let arguments = (ins Warp_Float:$edge0, Warp_Float:$edge1, Warp_Float:$x);
  let results = (outs Warp_Float:$result);
  let assemblyFormat = [{
    $edge0 `,` $edge1 `,` $x attr-dict `:`
    custom<UniformType>(type($edge0), type($edge1), type($x), type($result))
  }];
}

//===----------------------------------------------------------------------===//
// Classification
//===----------------------------------------------------------------------===//

def Warp_IsfiniteOp : Warp_FloatPredicateOp<"isfinite",
    "true when every element is finite", [{
    A float, or a vector, matrix or quaternion of floats: true when no
    element is infinite or NaN. Warp has no integer or transform overload.
  }]>;
def Warp_IsnanOp : Warp_FloatPredicateOp<"isnan",
    "true when any element is NaN", [{
    A float, or a vector, matrix or quaternion of floats: true when some
    element is NaN. Warp has no integer or transform overload.
  }]>;
def Warp_IsinfOp : Warp_FloatPredicateOp<"isinf",
    "true when any element is infinite", [{
    A float, or a vector, matrix or quaternion of floats: true when some
    element is positive or negative infinity. Warp has no integer or
    transform overload.
  }]>;

#endif // WARP_DIALECT_WARP_IR_WARPMATHOPS_TD
