//===- WarpControlFlowOps.td - structured Python control flow -*- tablegen -*-===//
//
// Statements (if, for, while) have regions without terminators: a block may
// end with warp.break, warp.continue or warp.return, which is how Python's
// early exits are written, or simply run off its end. Expressions with lazy
// operands (the ternary, `and`, `or`) have regions that end in warp.yield.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_DIALECT_WARP_IR_WARPCONTROLFLOWOPS_TD
#define WARP_DIALECT_WARP_IR_WARPCONTROLFLOWOPS_TD

include "mlir/Interfaces/ControlFlowInterfaces.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

def Warp_IfOp : Warp_Op<"if", [
    NoTerminator, SingleBlock, RecursiveMemoryEffects]> {
  let summary = "if / elif / else";
  let description = [{
    Runs the `then` region when the condition is true (non-zero for a
    number), the `else` region otherwise. `elif` is an `else` region holding
    exactly one `warp.if`.

    ```mlir
    warp.if %c {
      warp.store %x, %a[%i] : !warp.array<f32, 1>, si32
    } else {
      warp.return
    }
    ```
  }];
  let arguments = (ins Warp_Scalar:$condition);
  let regions = (region SizedRegion<1>:$thenRegion,
                        MaxSizedRegion<1>:$elseRegion);
  let assemblyFormat = [{
    $condition `:` type($condition) $thenRegion (`else` $elseRegion^)? attr-dict
  }];
  let builders = [OpBuilder<(ins "::mlir::Value":$condition,
                                 CArg<"bool", "false">:$withElse)>];
  let skipDefaultBuilders = 1;
  let hasVerifier = 1;
}

def Warp_ForOp : Warp_Op<"for", [
    NoTerminator, SingleBlock, RecursiveMemoryEffects]> {
  let summary = "for i in range(start, stop, step)";
  let description = [{
    Python's `range` loop. The body runs for `i = start, start + step, ...`
    while `i < stop` when `step > 0`, and while `i > stop` when `step < 0`.
    The induction variable is the body's block argument; reassigning the
    Python name inside the body does not change the iteration. A step of
    zero is an error when it is a constant.

    ```mlir
    warp.for %i = %start to %stop step %step : si32 {
      ...
    }
    ```
  }];
  let arguments = (ins Warp_Int:$start, Warp_Int:$stop, Warp_Int:$step);
  let regions = (region SizedRegion<1>:$body);
  let builders = [OpBuilder<(ins "::mlir::Value":$start, "::mlir::Value":$stop,
                                 "::mlir::Value":$step)>];
  let skipDefaultBuilders = 1;
  let extraClassDeclaration = [{
    ::mlir::BlockArgument getInductionVar() {
      return getBody().front().getArgument(0);
    }
  }];
  let hasCustomAssemblyFormat = 1;
  let hasVerifier = 1;
}

def Warp_WhileOp : Warp_Op<"while", [
    NoTerminator, SingleBlock, RecursiveMemoryEffects]> {
  let summary = "while cond: body";
  let description = [{
    Evaluates the `cond` region, which ends in `warp.condition`, before each
    iteration; runs the body while it is true.

    ```mlir
    warp.while {
      %k = warp.read %kv : !warp.ref<si32>
      %c = warp.cmp lt, %k, %n : si32
      warp.condition %c : i1
    } do {
      ...
    }
    ```
  }];
  let regions = (region SizedRegion<1>:$cond, SizedRegion<1>:$body);
  let assemblyFormat = "$cond `do` $body attr-dict";
  let hasVerifier = 1;
}

def Warp_ConditionOp : Warp_Op<"condition", [
    Pure, Terminator, HasParent<"WhileOp">]> {
  let summary = "the loop condition of a warp.while";
  let description = [{
    Ends the condition region of `warp.while`; the loop goes on while the
    value is true (non-zero for a number).

    ```mlir
    warp.condition %keep_going : i1
    ```
  }];
  let arguments = (ins Warp_Scalar:$condition);
  let assemblyFormat = "$condition `:` type($condition) attr-dict";
}

def Warp_BreakOp : Warp_Op<"break", [Terminator]> {
  let summary = "break: leave the innermost loop";
  let description = [{
    Ends its block and leaves the innermost enclosing `warp.for` or
    `warp.while`. Only `warp.if` may stand between it and that loop.

    ```mlir
    warp.break
    ```
  }];
  let assemblyFormat = "attr-dict";
  let hasVerifier = 1;
}

def Warp_ContinueOp : Warp_Op<"continue", [Terminator]> {
  let summary = "continue: start the next iteration of the innermost loop";
  let description = [{
    Ends its block and goes on with the next iteration of the innermost
    enclosing `warp.for` or `warp.while`. Only `warp.if` may stand between it
    and that loop.

    ```mlir
    warp.continue
    ```
  }];
  let assemblyFormat = "attr-dict";
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Expressions with lazily evaluated operands
//===----------------------------------------------------------------------===//

def Warp_IfExpOp : Warp_Op<"ifexp", [RecursiveMemoryEffects]> {
  let summary = "the ternary `a if c else b`";
  let description = [{
    Evaluates only the region the condition selects, as Warp does; each
    region yields the value.

    ```mlir
    %r = warp.ifexp %c : i1 -> f32 {
      warp.yield %a : f32
    } else {
      warp.yield %b : f32
    }
    ```
  }];
  let arguments = (ins Warp_Scalar:$condition);
  let results = (outs Warp_Value:$result);
  let regions = (region SizedRegion<1>:$thenRegion,
                        SizedRegion<1>:$elseRegion);
  let assemblyFormat = [{
    $condition `:` type($condition) `->` qualified(type($result)) $thenRegion
    `else` $elseRegion attr-dict
  }];
  let hasVerifier = 1;
}

class Warp_ShortCircuitOp<string mnemonic, string pyOp, string skipsWhen>
    : Warp_Op<mnemonic, [RecursiveMemoryEffects]> {
  let summary = "Python `" # pyOp # "`, short-circuiting";
  let description = [{
    The region computes the right operand and runs only when the left one is
    }] # skipsWhen # [{; the result is a `wp.bool`. Operands are tested for
    truth (non-zero), as in Warp.

    ```mlir
    %r = warp.}] # mnemonic # [{ %a : i1 {
      %b = warp.cmp lt, %x, %y : f32
      warp.yield %b : i1
    }
    ```
  }];
  let arguments = (ins Warp_Scalar:$lhs);
  let results = (outs I1:$result);
  let regions = (region SizedRegion<1>:$rhsRegion);
  let assemblyFormat = "$lhs `:` type($lhs) $rhsRegion attr-dict";
  let hasVerifier = 1;
}

def Warp_AndOp : Warp_ShortCircuitOp<"and", "and", "true">;
def Warp_OrOp : Warp_ShortCircuitOp<"or", "or", "false">;

def Warp_YieldOp : Warp_Op<"yield", [
    Pure, ReturnLike, Terminator,
    ParentOneOf<["IfExpOp", "AndOp", "OrOp"]>]> {
  let summary = "the value of a lazily evaluated operand";
  let description = [{
    Ends a region of `warp.ifexp`, `warp.and` or `warp.or` with its value.

    ```mlir
    warp.yield %v : f32
    ```
  }];
  let arguments = (ins Warp_Value:$value);
  let assemblyFormat = "$value `:` qualified(type($value)) attr-dict";
}

#endif // WARP_DIALECT_WARP_IR_WARPCONTROLFLOWOPS_TD
