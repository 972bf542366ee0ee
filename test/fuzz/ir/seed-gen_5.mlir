module {
  warp.kernel @gen_5(%arg0: !warp.array<ui16, 1> {warp.name = "a0"}, %arg1: !warp.array<ui8, 1> {warp.name = "a1"}, %arg2: !warp.array<f32, 1> {warp.name = "a2"}, %arg3: !warp.array<si32, 1> {warp.name = "out0"}, %arg4: !warp.array<f64, 1> {warp.name = "out1"}) dims(1) {
    %acc = warp.var "acc" : !warp.ref<ui16>
    %tid = warp.tid
    %0 = warp.load %arg0[%tid] : !warp.array<ui16, 1>, si32
    %1 = warp.constant 3 : si32
    %2 = warp.add %tid, %1 : si32
    %3 = warp.shape %arg0[0] : !warp.array<ui16, 1>
    %4 = warp.mod %2, %3 : si32
    %5 = warp.load %arg0[%4] : !warp.array<ui16, 1>, si32
    %6 = warp.load %arg1[%tid] : !warp.array<ui8, 1>, si32
    %7 = warp.load %arg2[%tid] : !warp.array<f32, 1>, si32
    warp.write %5, %acc : !warp.ref<ui16>
    %8 = warp.constant 4 : si32
    %9 = warp.constant 0 : si32
    %10 = warp.constant 1 : si32
    warp.for %arg5 = %9 to %8 step %10 : si32 {
      %20 = warp.cmp lt, %6, %6 : ui8
      warp.if %20 : i1 {
        warp.break
      }
      %21 = warp.abs %7 : f32
      %22 = warp.constant -3.875000e+00 : f32
      %23 = warp.mul %21, %22 : f32
      %24 = warp.cmp gt, %23, %7 : f32
      warp.if %24 : i1 {
        %27 = warp.read %acc : !warp.ref<ui16>
        %28 = warp.max %5, %27 : ui16
        warp.write %28, %acc : !warp.ref<ui16>
      } else {
        %27 = warp.constant 0 : ui16
        %28 = warp.constant 100 : ui16
        %29 = warp.clamp %5, %27, %28 : ui16
        %30 = warp.constant 0 : ui16
        %31 = warp.constant 100 : ui16
        %32 = warp.clamp %0, %30, %31 : ui16
        %33 = warp.add %29, %32 : ui16
      }
      %25 = warp.read %acc : !warp.ref<ui16>
      %26 = warp.max %25, %0 : ui16
      warp.write %26, %acc : !warp.ref<ui16>
    }
    %11 = warp.read %acc : !warp.ref<ui16>
    %12 = warp.cast %11 : ui16 to si32
    warp.store %12, %arg3[%tid] : !warp.array<si32, 1>, si32
    %13 = warp.constant 5 : ui16
    %14 = warp.constant 12 : ui16
    %15 = warp.add %13, %14 : ui16
    %16 = warp.constant 0 : ui8
    %17 = warp.sub %6, %16 : ui8
    %18 = warp.constant -1.812500e+00 : f64
    %19 = warp.erfc %18 : f64
    warp.store %19, %arg4[%tid] : !warp.array<f64, 1>, si32
    warp.return
  }
}
