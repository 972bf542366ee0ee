// A kernel calling warp.funcs (one with a loop-carried variable and early
// returns from the top and from inside the loop, one void function storing
// through an array argument with an early return) runs through the CPU
// entry; the warp.func stays an exported function that C can call directly
// with its scalar arguments. The values are those warp-lang 1.19.0 gives
// on the CPU (Inputs/func_call_reference.py prints the same lines).
// RUN: warp-translate --warp-to-llvmir %s -o %t.ll
// RUN: FileCheck %s --check-prefix=IR < %t.ll
// RUN: clang-22 -O1 -w %t.ll %S/Inputs/func_call_driver.c -lm -o %t.exe
// RUN: %t.exe | FileCheck %s --match-full-lines

// IR-DAG: define float @horner(float %{{.*}}, i32 %{{.*}}) {
// IR-DAG: define void @put({ ptr, [1 x i32], [1 x i64] } %{{.*}}, i32 %{{.*}}, float %{{.*}}) {
// IR-DAG: define internal void @funcs_body(
// IR-DAG: define void @funcs_cpu(ptr %{{.*}}) {

// CHECK:      out: 1 0 2 10 14.125 123 10.8641996 12
// CHECK-NEXT: direct: 11 61.5 -1 2.453125
// CHECK-EMPTY:

warp.func @horner(%x: f32, %n: si32) -> f32 {
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %neg = warp.cmp lt, %n, %c0 : si32
  warp.if %neg : i1 {
    %m1 = warp.constant -1.000000e+00 : f32
    warp.return %m1 : f32
  }
  %acc = warp.var "acc" : !warp.ref<f32>
  %zero = warp.constant 0.000000e+00 : f32
  warp.write %zero, %acc : !warp.ref<f32>
  %n1 = warp.add %n, %c1 : si32
  warp.for %k = %c0 to %n1 step %c1 : si32 {
    %av = warp.read %acc : !warp.ref<f32>
    %ax = warp.mul %av, %x : f32
    %kf = warp.cast %k : si32 to f32
    %an = warp.add %ax, %kf : f32
    warp.write %an, %acc : !warp.ref<f32>
    %hundred = warp.constant 1.000000e+02 : f32
    %big = warp.cmp gt, %an, %hundred : f32
    warp.if %big : i1 {
      %half = warp.constant 5.000000e-01 : f32
      %h = warp.mul %an, %half : f32
      warp.return %h : f32
    }
  }
  %r = warp.read %acc : !warp.ref<f32>
  warp.return %r : f32
}

warp.func @put(%out: !warp.array<f32, 1>, %i: si32, %v: f32) {
  %zero = warp.constant 0.000000e+00 : f32
  %neg = warp.cmp lt, %v, %zero : f32
  warp.if %neg : i1 {
    %nv = warp.neg %v : f32
    warp.store %nv, %out[%i] : !warp.array<f32, 1>, si32
    warp.return
  }
  %two = warp.constant 2.000000e+00 : f32
  %v2 = warp.mul %v, %two : f32
  warp.store %v2, %out[%i] : !warp.array<f32, 1>, si32
  warp.return
}

warp.kernel @funcs(%x: !warp.array<f32, 1>, %out: !warp.array<f32, 1>) dims(1) {
  %i = warp.tid
  %c1 = warp.constant 1 : si32
  %xi = warp.load %x[%i] : !warp.array<f32, 1>, si32
  %n = warp.sub %i, %c1 : si32
  %v = warp.call @horner(%xi, %n) : (f32, si32) -> f32
  warp.call @put(%out, %i, %v) : (!warp.array<f32, 1>, si32, f32) -> ()
  warp.return
}
