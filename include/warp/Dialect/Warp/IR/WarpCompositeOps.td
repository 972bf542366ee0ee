//===- WarpCompositeOps.td - vectors, matrices, ... -------*- tablegen -*-===//
//
// Construction, element access (value semantics: warp.insert returns the
// updated value) and the linear-algebra builtins of Warp 1.19. Operand kinds
// and the uniform-type op class come from WarpMathOps.td.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_DIALECT_WARP_IR_WARPCOMPOSITEOPS_TD
#define WARP_DIALECT_WARP_IR_WARPCOMPOSITEOPS_TD

include "mlir/Interfaces/SideEffectInterfaces.td"

def Warp_Indexable : AnyTypeOf<[Warp_AnyVec, Warp_AnyMat, Warp_AnyQuat,
                                Warp_AnyTransform]>;
// A square matrix of `min` to `max` rows.
class Warp_SquareMatOf<Type base, int min, int max, string summary>
    : Type<And<[base.predicate,
                CPred<"::mlir::warp::isSquareWarpMat($_self, " # min # ", "
                      # max # ")">]>,
           summary>;
def Warp_SquareMat : Warp_SquareMatOf<Warp_AnyMat, 1, 16, "square matrix">;
def Warp_FloatMat44 : Warp_SquareMatOf<Warp_FloatMat, 4, 4,
                                       "4x4 matrix of floats">;
// wp.where's condition: a bool, an integer (non-zero is true) or an array
// (non-null is true). Floats are rejected by Warp.
def Warp_WhereCondition : AnyTypeOf<[Warp_Bool, Warp_Int, Warp_AnyArray]>;

//===----------------------------------------------------------------------===//
// Construction
//===----------------------------------------------------------------------===//

// `%r = warp.<mnemonic> %a, %b, ... : ResultType`: the type built fixes every
// operand type, and each op says which through expectedOperandTypes.
class Warp_ConstructorOp<string mnemonic, list<Trait> traits = []>
    : Warp_Op<mnemonic, !listconcat(traits, [Pure])> {
  let hasCustomAssemblyFormat = 1;
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    /// The operand types building `resultType` from `count` operands takes;
    /// fails through `emitError` when it cannot be built from `count`.
    static ::llvm::LogicalResult expectedOperandTypes(
        ::mlir::Type resultType, unsigned count,
        ::llvm::SmallVectorImpl<::mlir::Type> &operandTypes,
        ::llvm::function_ref<::mlir::InFlightDiagnostic()> emitError);
  }];
  let extraClassDefinition = [{
    ::mlir::ParseResult $cppClass::parse(::mlir::OpAsmParser &parser,
                                         ::mlir::OperationState &result) {
      return ::mlir::warp::parseConstructor(parser, result,
                                            expectedOperandTypes);
    }
    void $cppClass::print(::mlir::OpAsmPrinter &printer) {
      ::mlir::warp::printConstructor(printer, getOperation());
    }
    ::llvm::LogicalResult $cppClass::verify() {
      return ::mlir::warp::verifyConstructor(getOperation(),
                                             expectedOperandTypes);
    }
  }];
}

def Warp_VecOp : Warp_ConstructorOp<"vec"> {
  let summary = "`wp.vec3(x, y, z)`, `wp.vec3(s)`: build a vector";
  let description = [{
    One operand per element, or a single operand that fills every element
    (`wp.vec3(s)`). Operands have the vector's element type: Warp checks
    that runtime values match (`wp.vec3d(x)` of an f32 `x` is an error) and
    converts only literals, which the frontend types before building this
    op. The zero vector `wp.vec3()` is `warp.zero`.

    ```mlir
    %v = warp.vec %x, %y, %z : !warp.vec<3xf32>
    ```
  }];
  let arguments = (ins Variadic<Warp_Numeric>:$elements);
  let results = (outs Warp_AnyVec:$result);
}

def Warp_MatOp : Warp_ConstructorOp<"mat"> {
  let summary = "`wp.mat22(a, b, c, d)`, `wp.mat22(s)`: build a matrix";
  let description = [{
    rows x cols operands in row-major order, or one operand that fills every
    element. Warp 1.19 rejects vectors here (`wp.mat33(r0, r1, r2)` is a
    TypeError); rows and columns are `warp.matrix_from_rows` and
    `warp.matrix_from_cols`. The zero matrix `wp.mat22()` is `warp.zero`.

    ```mlir
    %m = warp.mat %a, %b, %c, %d : !warp.mat<2x2xf32>
    ```
  }];
  let arguments = (ins Variadic<Warp_Numeric>:$elements);
  let results = (outs Warp_AnyMat:$result);
}

def Warp_MatrixFromRowsOp : Warp_ConstructorOp<"matrix_from_rows"> {
  let summary = "`wp.matrix_from_rows(r0, r1, ...)`: a matrix from row vectors";
  let description = [{
    One vector of `cols` elements per row.

    ```mlir
    %m = warp.matrix_from_rows %r0, %r1 : !warp.mat<2x3xf32>
    ```
  }];
  let arguments = (ins Variadic<Warp_AnyVec>:$vectors);
  let results = (outs Warp_AnyMat:$result);
}

def Warp_MatrixFromColsOp : Warp_ConstructorOp<"matrix_from_cols"> {
  let summary = "`wp.matrix_from_cols(c0, c1, ...)`: a matrix from column "
                "vectors";
  let description = [{
    One vector of `rows` elements per column.

    ```mlir
    %m = warp.matrix_from_cols %c0, %c1 : !warp.mat<3x2xf32>
    ```
  }];
  let arguments = (ins Variadic<Warp_AnyVec>:$vectors);
  let results = (outs Warp_AnyMat:$result);
}

def Warp_QuatOp : Warp_ConstructorOp<"quat"> {
  let summary = "`wp.quat(x, y, z, w)`: build a quaternion";
  let description = [{
    The components in Warp's storage order: the vector part x, y, z, then
    the real part w. `wp.quat()` is all zeros (`warp.zero`); the identity
    (0, 0, 0, 1) is `warp.identity`.

    ```mlir
    %q = warp.quat %x, %y, %z, %w : !warp.quat<f32>
    ```
  }];
  let arguments = (ins Warp_Float:$x, Warp_Float:$y, Warp_Float:$z,
                       Warp_Float:$w);
  let results = (outs Warp_AnyQuat:$result);
}

def Warp_TransformOp : Warp_ConstructorOp<"transform"> {
  let summary = "`wp.transform(p, q)`: build a rigid transform";
  let description = [{
    A translation `p` (a 3-vector) and a rotation `q` (a quaternion) of one
    float type. Indexing a transform reads p.x, p.y, p.z, q.x, q.y, q.z,
    q.w as elements 0 to 6.

    ```mlir
    %t = warp.transform %p, %q : !warp.transform<f32>
    ```
  }];
  let arguments = (ins Warp_FloatVec3:$p, Warp_AnyQuat:$q);
  let results = (outs Warp_AnyTransform:$result);
}

def Warp_IdentityOp : Warp_Op<"identity", [Pure]> {
  let summary = "`wp.identity`, `wp.quat_identity`, `wp.transform_identity`";
  let description = [{
    The identity of a square matrix (`wp.identity(n, dtype)`: ones on the
    diagonal, any Warp number type), a quaternion (0, 0, 0, 1) or a transform
    (zero translation, identity rotation).

    ```mlir
    %m = warp.identity : !warp.mat<3x3xf32>
    ```
  }];
  let results = (outs AnyTypeOf<[Warp_SquareMat, Warp_AnyQuat,
                                 Warp_AnyTransform]>:$result);
  let assemblyFormat = "attr-dict `:` qualified(type($result))";
}

//===----------------------------------------------------------------------===//
// Element access
//===----------------------------------------------------------------------===//

def Warp_ExtractOp : Warp_Op<"extract", [Pure]> {
  let summary = "`v[i]`, `m[i, j]`, `m[i]`, `q[i]`, `t[i]`: read an element";
  let description = [{
    Indices are runtime Warp integers, as Python allows. A vector,
    quaternion (x, y, z, w) or transform (p.x .. q.w, 0 to 6) takes one
    index and yields a scalar; a matrix takes two for an element, or one for
    a row (a vector of `cols` elements). Negative indices count from the end
    as in Python: valid indices are -n to n - 1, and anything else is
    undefined (Warp only asserts in debug builds).

    ```mlir
    %x = warp.extract %v[%i] : !warp.vec<3xf32>, si32
    ```
  }];
  let arguments = (ins Warp_Indexable:$base, Variadic<Warp_Index>:$indices);
  let results = (outs Warp_NumericOrVec:$result);
  let assemblyFormat = [{
    $base `[` $indices `]` attr-dict `:`
    custom<IndexedTypes>(type($base), type($indices), type($result))
  }];
  let hasVerifier = 1;
  let hasFolder = 1;
  let hasCanonicalizer = 1;
}

def Warp_InsertOp : Warp_Op<"insert", [
    Pure, AllTypesMatch<["base", "result"]>]> {
  let summary = "`v[i] = x`, `m[i, j] = x`, `m[i] = row`: the value with an "
                "element replaced";
  let description = [{
    Value semantics: the result is `base` with the element (or row) at the
    indices replaced by `value`; the frontend assigns it back to the Python
    variable. Indexing follows `warp.extract`.

    ```mlir
    %w = warp.insert %x into %v[%i] : !warp.vec<3xf32>, si32
    ```
  }];
  let arguments = (ins Warp_NumericOrVec:$value, Warp_Indexable:$base,
                       Variadic<Warp_Index>:$indices);
  let results = (outs Warp_Indexable:$result);
  let assemblyFormat = [{
    $value `into` $base `[` $indices `]` attr-dict `:`
    custom<IndexedTypes>(type($base), type($indices), type($value))
  }];
  let hasVerifier = 1;
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// Vector and matrix builtins
//===----------------------------------------------------------------------===//

// `%r = warp.<mnemonic> %x : OperandType` where the result type follows from
// the operand type by `rule`.
class Warp_DerivedUnaryOp<string mnemonic, Type operandType, Type resultType,
                          string ruleSummary, string rule>
    : Warp_Op<mnemonic, [Pure, TypesMatchWith<ruleSummary, "x", "result",
                                              rule>]> {
  let arguments = (ins operandType:$x);
  let results = (outs resultType:$result);
  let assemblyFormat = "$x attr-dict `:` qualified(type($x))";
}

class Warp_ReduceToElementOp<string mnemonic, Type operandType>
    : Warp_DerivedUnaryOp<mnemonic, operandType, Warp_Numeric,
                          "result is the element type of the operand",
                          "::mlir::warp::getElementTypeOr($_self)">;

def Warp_DotOp : Warp_Op<"dot", [
    Pure, Commutative, AllTypesMatch<["lhs", "rhs"]>,
    TypesMatchWith<"result is the element type of the operands", "lhs",
                   "result", "::mlir::warp::getElementTypeOr($_self)">]> {
  let summary = "`wp.dot(a, b)`: the dot product";
  let description = [{
    Two vectors of one type (integer or float elements), or two
    quaternions; the result is their element type.

    ```mlir
    %d = warp.dot %a, %b : !warp.vec<3xf32>
    ```
  }];
  let arguments = (ins Warp_VecOrQuat:$lhs, Warp_VecOrQuat:$rhs);
  let results = (outs Warp_Numeric:$result);
  let assemblyFormat = "$lhs `,` $rhs attr-dict `:` qualified(type($lhs))";
}

def Warp_CrossOp : Warp_BinaryMathOp<"cross", Warp_Vec3, "!warp.vec<3xf32>",
    "`wp.cross(a, b)`: the cross product of two 3-vectors",
    "Integer or float elements, both operands of one type.">;

def Warp_OuterOp : Warp_Op<"outer", [Pure]> {
  let summary = "`wp.outer(a, b)`: the outer product a * b^T";
  let description = [{
    Vectors of lengths m and n with one element type give the m x n matrix
    `a[i] * b[j]`.

    ```mlir
    %m = warp.outer %a, %b : !warp.vec<3xf32>, !warp.vec<2xf32> -> !warp.mat<3x2xf32>
    ```
  }];
  let arguments = (ins Warp_AnyVec:$lhs, Warp_AnyVec:$rhs);
  let results = (outs Warp_AnyMat:$result);
  let assemblyFormat = [{
    $lhs `,` $rhs attr-dict `:` qualified(type($lhs)) `,` qualified(type($rhs))
    `->` qualified(type($result))
  }];
  let hasVerifier = 1;
}

def Warp_LengthOp : Warp_ReduceToElementOp<"length", Warp_FloatVecOrQuat> {
  let summary = "`wp.length(a)`: the Euclidean length";
  let description = [{
    `sqrt(dot(a, a))` of a float vector or a quaternion. Warp has no integer
    overload (use `warp.length_sq`).

    ```mlir
    %l = warp.length %v : !warp.vec<3xf32>
    ```
  }];
}

def Warp_LengthSqOp : Warp_ReduceToElementOp<"length_sq", Warp_VecOrQuat> {
  let summary = "`wp.length_sq(a)`: the squared length";
  let description = [{
    `dot(a, a)` of a vector (integer or float elements) or a quaternion.

    ```mlir
    %l = warp.length_sq %v : !warp.vec<3xsi32>
    ```
  }];
}

def Warp_NormalizeOp : Warp_UnaryMathOp<"normalize", Warp_FloatVecOrQuat,
    "!warp.vec<3xf32>", "`wp.normalize(a)`: a scaled to unit length", [{
    A float vector or a quaternion divided by its length. A zero-length
    vector gives the zero vector; a zero-length quaternion gives the
    identity (0, 0, 0, 1).
  }]>;

def Warp_TransposeOp : Warp_DerivedUnaryOp<"transpose", Warp_AnyMat,
    Warp_AnyMat, "result is the transposed operand type",
    "::mlir::warp::getTransposeTypeOr($_self)"> {
  let summary = "`wp.transpose(m)`: the transposed matrix";
  let description = [{
    An r x c matrix of any Warp number type gives the c x r matrix.

    ```mlir
    %t = warp.transpose %m : !warp.mat<2x3xf32>
    ```
  }];
  let hasFolder = 1;
}

// wp.determinant and wp.inverse exist for 2x2, 3x3 and 4x4 float matrices.
def Warp_InvertibleMat : Warp_SquareMatOf<Warp_FloatMat, 2, 4,
                                          "2x2, 3x3 or 4x4 matrix of floats">;

def Warp_DeterminantOp : Warp_ReduceToElementOp<"determinant",
                                                Warp_InvertibleMat> {
  let summary = "`wp.determinant(m)`: the determinant";
  let description = [{
    Of a 2x2, 3x3 or 4x4 float matrix, the only shapes Warp implements.

    ```mlir
    %d = warp.determinant %m : !warp.mat<3x3xf32>
    ```
  }];
}

def Warp_InverseOp : Warp_UnaryMathOp<"inverse", Warp_InvertibleMat,
    "!warp.mat<3x3xf32>", "`wp.inverse(m)`: the matrix inverse", [{
    Of a 2x2, 3x3 or 4x4 float matrix, the only shapes Warp implements. A
    singular matrix gives an unspecified result.
  }]>;

def Warp_TraceOp : Warp_ReduceToElementOp<"trace", Warp_SquareMat> {
  let summary = "`wp.trace(m)`: the sum of the diagonal";
  let description = [{
    Of a square matrix of any Warp number type.

    ```mlir
    %s = warp.trace %m : !warp.mat<3x3xf32>
    ```
  }];
}

def Warp_DiagOp : Warp_DerivedUnaryOp<"diag", Warp_AnyVec, Warp_SquareMat,
    "result is the square matrix of the vector's length",
    "::mlir::warp::getDiagTypeOr($_self)"> {
  let summary = "`wp.diag(v)`: the diagonal matrix of a vector";
  let description = [{
    A vector of length n gives the n x n matrix with v on the diagonal and
    zeros elsewhere.

    ```mlir
    %m = warp.diag %v : !warp.vec<3xf32>
    ```
  }];
}

def Warp_SkewOp : Warp_DerivedUnaryOp<"skew", Warp_Vec3, Warp_SquareMat,
    "result is the 3x3 matrix of the vector's element type",
    "::mlir::warp::getSkewTypeOr($_self)"> {
  let summary = "`wp.skew(v)`: the cross-product matrix of a 3-vector";
  let description = [{
    The skew-symmetric matrix S with `S * u == cross(v, u)`:
    `[[0, -z, y], [z, 0, -x], [-y, x, 0]]`.

    ```mlir
    %m = warp.skew %v : !warp.vec<3xf32>
    ```
  }];
}

def Warp_CwMulOp : Warp_BinaryMathOp<"cw_mul", Warp_VecOrMat,
    "!warp.vec<3xf32>", "`wp.cw_mul(a, b)`: the elementwise product",
    "Two vectors or two matrices of one type.">;
def Warp_CwDivOp : Warp_BinaryMathOp<"cw_div", Warp_VecOrMat,
    "!warp.vec<3xf32>", "`wp.cw_div(a, b)`: the elementwise quotient",
    "Two vectors or two matrices of one type; each element divides as Warp's "
    "scalar `/` does.">;

def Warp_WhereOp : Warp_Op<"where", [Pure]> {
  let summary = "`wp.where(cond, a, b)`: a if cond else b, both evaluated";
  let description = [{
    An eager select: both values are computed before the choice (the lazy
    Python `a if c else b` is `warp.ifexp`). `cond` is a bool, an integer
    (non-zero is true) or an array (non-null is true); Warp rejects float
    conditions. The two values have one type, any Warp value.

    ```mlir
    %r = warp.where %c, %a, %b : i1, !warp.vec<3xf32>
    ```
  }];
  let arguments = (ins Warp_WhereCondition:$condition, Warp_Value:$trueValue,
                       Warp_Value:$falseValue);
  let results = (outs Warp_Value:$result);
  let assemblyFormat = [{
    $condition `,` $trueValue `,` $falseValue attr-dict `:`
    qualified(type($condition)) `,`
    custom<UniformType>(type($trueValue), type($falseValue), type($result))
  }];
  let hasVerifier = 1;
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// Quaternion and transform builtins
//===----------------------------------------------------------------------===//

def Warp_QuatFromAxisAngleOp : Warp_Op<"quat_from_axis_angle", [
    Pure,
    TypesMatchWith<"angle is the axis' element type", "axis", "angle",
                   "::mlir::warp::getElementTypeOr($_self)">,
    TypesMatchWith<"result is the quaternion of the axis' element type",
                   "axis", "result", "::mlir::warp::getQuatTypeOr($_self)">]> {
  let summary = "`wp.quat_from_axis_angle(axis, angle)`: a rotation "
                "quaternion";
  let description = [{
    The rotation by `angle` radians about `axis` (right-handed), which should
    have unit length: `(axis * sin(angle / 2), cos(angle / 2))`.

    ```mlir
    %q = warp.quat_from_axis_angle %axis, %angle : !warp.vec<3xf32>
    ```
  }];
  let arguments = (ins Warp_FloatVec3:$axis, Warp_Float:$angle);
  let results = (outs Warp_AnyQuat:$result);
  let assemblyFormat = "$axis `,` $angle attr-dict `:` qualified(type($axis))";
}

def Warp_QuatRotateOp : Warp_Op<"quat_rotate", [
    Pure,
    TypesMatchWith<"vec is the 3-vector of the quaternion's element type",
                   "quat", "vec", "::mlir::warp::getVec3TypeOr($_self)">,
    TypesMatchWith<"result is the 3-vector of the quaternion's element type",
                   "quat", "result", "::mlir::warp::getVec3TypeOr($_self)">]> {
  let summary = "`wp.quat_rotate(q, v)`: rotate a 3-vector by a quaternion";
  let description = [{
    `q * v * q^-1` for a unit quaternion `q`.

    ```mlir
    %r = warp.quat_rotate %q, %v : !warp.quat<f32>
    ```
  }];
  let arguments = (ins Warp_AnyQuat:$quat, Warp_FloatVec3:$vec);
  let results = (outs Warp_FloatVec3:$result);
  let assemblyFormat = "$quat `,` $vec attr-dict `:` qualified(type($quat))";
}

def Warp_QuatInverseOp : Warp_UnaryMathOp<"quat_inverse", Warp_AnyQuat,
    "!warp.quat<f32>", "`wp.quat_inverse(q)`: the conjugate quaternion", [{
    `(-x, -y, -z, w)`: the inverse of a unit quaternion. It is not divided by
    `length_sq(q)`.
  }]>;

// wp.transform_point and wp.transform_vector: a transform or a 4x4 matrix
// applied to a 3-vector of the same element type.
class Warp_TransformApplyOp<string mnemonic, string brief, string doc>
    : Warp_Op<mnemonic, [
        Pure,
        TypesMatchWith<"vec is the 3-vector of the transform's element type",
                       "xform", "vec", "::mlir::warp::getVec3TypeOr($_self)">,
        TypesMatchWith<"result is the 3-vector of the transform's element type",
                       "xform", "result",
                       "::mlir::warp::getVec3TypeOr($_self)">]> {
  let summary = "`wp." # mnemonic # "`: " # brief;
  let description = doc # "\n\n```mlir\n%r = warp." # mnemonic
                    # " %t, %v : !warp.transform<f32>\n```";
  let arguments = (ins AnyTypeOf<[Warp_AnyTransform, Warp_FloatMat44]>:$xform,
                       Warp_FloatVec3:$vec);
  let results = (outs Warp_FloatVec3:$result);
  let assemblyFormat = "$xform `,` $vec attr-dict `:` qualified(type($xform))";
}

def Warp_TransformPointOp : Warp_TransformApplyOp<"transform_point",
    "apply a transform to a point", [{
    With a transform: `quat_rotate(q, v) + p`. With a 4x4 matrix M (column
    vector convention): the first three components of `M * (v, 1)`, with no
    perspective divide.
  }]>;

def Warp_TransformVectorOp : Warp_TransformApplyOp<"transform_vector",
    "apply a transform to a direction", [{
    The rotation only: `quat_rotate(q, v)` for a transform, the upper-left
    3x3 block times v for a 4x4 matrix.
  }]>;

def Warp_TransformGetTranslationOp : Warp_DerivedUnaryOp<
    "transform_get_translation", Warp_AnyTransform, Warp_FloatVec3,
    "result is the 3-vector of the transform's element type",
    "::mlir::warp::getVec3TypeOr($_self)"> {
  let summary = "`wp.transform_get_translation(t)`: the translation p";
  let description = [{
    ```mlir
    %p = warp.transform_get_translation %t : !warp.transform<f32>
    ```
  }];
}

def Warp_TransformGetRotationOp : Warp_DerivedUnaryOp<
    "transform_get_rotation", Warp_AnyTransform, Warp_AnyQuat,
    "result is the quaternion of the transform's element type",
    "::mlir::warp::getQuatTypeOr($_self)"> {
  let summary = "`wp.transform_get_rotation(t)`: the rotation q";
  let description = [{
    As stored, not normalized.

    ```mlir
    %q = warp.transform_get_rotation %t : !warp.transform<f32>
    ```
  }];
}

#endif // WARP_DIALECT_WARP_IR_WARPCOMPOSITEOPS_TD
