//===- WarpArithOps.td - Python arithmetic operators -------*- tablegen -*-===//
//
// `+ - * / // % ** @` and unary `-` with Warp's overloads
// (warp/_src/builtins.py, "Operators") and Warp's C++ semantics
// (warp/native/builtin.h, vec.h, mat.h, quat.h, spatial.h).
//
//===----------------------------------------------------------------------===//

#ifndef WARP_DIALECT_WARP_IR_WARPARITHOPS_TD
#define WARP_DIALECT_WARP_IR_WARPARITHOPS_TD

include "mlir/Interfaces/SideEffectInterfaces.td"

def Warp_OperatorOperand
    : Type<CPred<"::mlir::warp::isWarpOperatorOperand($_self)">,
           "Warp scalar, vector, matrix, quaternion or transform">;

// A binary Python operator. Which operand combinations Warp accepts is data
// (`sameType`, `scaled`: operand_kind masks; `linearAlgebra`: mat*vec,
// vec*mat, mat*mat), checked by one shared verifier that also computes the
// result type. Warp never promotes implicitly: `si32 + f32` is an error.
class Warp_BinaryOperatorOp<string mnemonic, string pyOp, string sameType,
                            string scaled, string linearAlgebra,
                            string elements, list<Trait> traits = []>
    : Warp_Op<mnemonic, !listconcat(traits, [Pure])> {
  let arguments = (ins Warp_OperatorOperand:$lhs, Warp_OperatorOperand:$rhs);
  let results = (outs Warp_OperatorOperand:$result);
  let assemblyFormat = [{
    $lhs `,` $rhs attr-dict `:` custom<OperatorTypes>(type($lhs), type($rhs),
                                                      type($result))
  }];
  let hasVerifier = 1;
  let hasFolder = 1;
  let extraClassDeclaration = [{
    /// The operand combinations Warp accepts for this operator.
    static ::mlir::warp::OperatorRules getRules() {
      using namespace ::mlir::warp::operand_kind;
      return {"}] # pyOp # [{", }] # sameType # [{, }] # scaled # [{,
              }] # linearAlgebra # [{,
              ::mlir::warp::ElementClass::}] # elements # [{};
    }
  }];
  let extraClassDefinition = [{
    ::llvm::LogicalResult $cppClass::verify() {
      return ::mlir::warp::verifyBinaryOperator(getOperation(), getRules());
    }
  }];
}

// An elementwise operator on two scalars of one type and nothing else.
class Warp_ScalarBinaryOp<string mnemonic, string pyOp, string elements,
                          list<Trait> traits = []>
    : Warp_BinaryOperatorOp<mnemonic, pyOp, "Scalar", "0", "false", elements,
                            traits>;

def Warp_AddOp : Warp_BinaryOperatorOp<"add", "+",
    "Scalar | Vec | Mat | Quat | Transform", "0", "false", "Numeric",
    [Commutative]> {
  let summary = "Python `+`";
  let description = [{
    `a + b` on two values of one type: Warp numbers, or vectors, matrices,
    quaternions or transforms (componentwise). Integers wrap at their width
    (Warp's C++ computes narrow integers in `int` and truncates; 32- and
    64-bit signed overflow is undefined in C++ and wraps on the backends, so
    folding picks the wrapped value); floats round to nearest in their own
    precision. There is no `vec + scalar`.

    ```mlir
    %c = warp.add %a, %b : !warp.vec<3xf32>
    ```
  }];
}

def Warp_SubOp : Warp_BinaryOperatorOp<"sub", "-",
    "Scalar | Vec | Mat | Quat | Transform", "0", "false", "Numeric"> {
  let summary = "Python binary `-`";
  let description = [{
    `a - b` with the same operands as `+`; integers wrap.

    ```mlir
    %c = warp.sub %a, %b : si32
    ```
  }];
}

def Warp_MulOp : Warp_BinaryOperatorOp<"mul", "*", "Scalar | Quat | Transform",
    "Vec | Mat | Quat | Transform", "true", "Numeric"> {
  let summary = "Python `*`";
  let description = [{
    Warp's `mul` overloads: two numbers of one type; a vector, matrix,
    quaternion or transform scaled by its element type on either side
    (`v * s`, `s * m`); the Hamilton product of two quaternions; composition
    of two transforms (apply `b`, then `a`); and linear algebra:
    `mat<RxK> * vec<K> -> vec<R>`, `vec<R> * mat<RxC> -> vec<C>`,
    `mat<RxK> * mat<KxC> -> mat<RxC>`. There is no `vec * vec` (that is
    `wp.cw_mul` or `wp.dot`), no `quat * vec` and no `transform * vec`.
    Not commutative: matrix and quaternion products depend on order.

    ```mlir
    %w = warp.mul %m, %v : (!warp.mat<3x3xf32>, !warp.vec<3xf32>) -> !warp.vec<3xf32>
    ```
  }];
}

def Warp_MatmulOp : Warp_BinaryOperatorOp<"matmul", "@",
    "Scalar | Quat | Transform", "Vec | Mat | Quat | Transform", "true",
    "Numeric"> {
  let summary = "Python `@`";
  let description = [{
    Warp maps `@` to the same builtin as `*` (`codegen.py`:
    `builtin_operators[ast.MatMult] = "mul"`), so `a @ b` accepts and
    computes exactly what `warp.mul` does, `2.0 @ v` included; the op exists
    so that Python prints back as written.

    ```mlir
    %c = warp.matmul %a, %b : !warp.mat<3x3xf32>
    ```
  }];
}

def Warp_DivOp : Warp_BinaryOperatorOp<"div", "/", "Scalar", "Vec | Mat | Quat",
    "false", "Numeric"> {
  let summary = "Python `/`";
  let description = [{
    `a / b` on two numbers of one type, or a vector, matrix or quaternion and
    its element type on either side (`v / s` divides each component by `s`,
    `s / v` divides `s` by each component). There is no `vec / vec` and no
    transform division. Integer division truncates toward zero (C++ `/`);
    dividing by zero, or the minimum value by -1 at 32 or 64 bits, is
    undefined behaviour (the CPU backend traps). Floats follow IEEE 754:
    `x / 0.0` is an infinity or NaN.

    ```mlir
    %q = warp.div %v, %s : (!warp.vec<3xf32>, f32) -> !warp.vec<3xf32>
    ```
  }];
}

def Warp_FloorDivOp : Warp_ScalarBinaryOp<"floordiv", "//", "Numeric"> {
  let summary = "Python `//`";
  let description = [{
    Floor division on two scalars of one type (Warp has no vector `//`).
    Signed integers round toward negative infinity (`-7 // 2 == -4`),
    unsigned integers divide; a zero divisor is undefined behaviour. Floats
    compute `floor(a / b)` with the quotient rounded in the operand type
    first.

    ```mlir
    %q = warp.floordiv %a, %b : si32
    ```
  }];
}

def Warp_ModOp : Warp_BinaryOperatorOp<"mod", "%", "Scalar | Vec", "0", "false",
    "Numeric"> {
  let summary = "Python `%`";
  let description = [{
    Remainder of truncated division, unlike Python's `%`: the result takes
    the sign of the dividend (`-7 % 2 == -1`, `7 % -2 == 1`). Integers use
    C++ `%` (a zero divisor is undefined behaviour); floats use `fmod`
    (`-7.0 % 2.0 == -1.0`, `x % 0.0` is NaN). Two scalars or two vectors of
    one type; no matrices and no `vec % scalar`.

    ```mlir
    %r = warp.mod %a, %b : si32
    ```
  }];
}

def Warp_PowOp : Warp_ScalarBinaryOp<"pow", "**", "Float"> {
  let summary = "Python `**` and `wp.pow`";
  let description = [{
    `a ** b` and `wp.pow(a, b)`: two floats of one type (C `pow`/`powf`; f16
    computes in f32). Warp has no integer `**` (`2 ** 3` on `int` operands is
    a type error) and no vector `**`. Not folded: `pow` is not correctly
    rounded on every backend.

    ```mlir
    %p = warp.pow %x, %y : f32
    ```
  }];
  let hasFolder = 0;
}

def Warp_NegOp : Warp_Op<"neg", [Pure, AllTypesMatch<["operand", "result"]>]> {
  let summary = "Python unary `-`";
  let description = [{
    Negates a number, vector, matrix or quaternion (not a bool, not a
    transform). On scalars Warp computes `T(0) - x`, so `-x` of a float
    zero is `+0.0` whatever the sign of `x`, and unsigned integers wrap
    (`-ui32(1) == 4294967295`); vectors, matrices and quaternions flip
    each component's sign (`-vec3(0.0)` is `(-0.0, -0.0, -0.0)`).

    ```mlir
    %n = warp.neg %x : f32
    ```
  }];
  let arguments = (ins Warp_OperatorOperand:$operand);
  let results = (outs Warp_OperatorOperand:$result);
  let assemblyFormat = "$operand attr-dict `:` type($operand)";
  let hasVerifier = 1;
  let hasFolder = 1;
}

#endif // WARP_DIALECT_WARP_IR_WARPARITHOPS_TD
