module {
  warp.kernel @gen_7(%arg0: !warp.array<ui16, 1> {warp.name = "a0"}, %arg1: !warp.array<f16, 1> {warp.name = "out0"}, %arg2: !warp.array<si32, 1> {warp.name = "out1"}) dims(1) {
    %acc = warp.var "acc" : !warp.ref<ui16>
    %tid = warp.tid
    %0 = warp.load %arg0[%tid] : !warp.array<ui16, 1>, si32
    warp.write %0, %acc : !warp.ref<ui16>
    %1 = warp.constant 8 : si32
    %2 = warp.constant 0 : si32
    %3 = warp.constant 1 : si32
    warp.for %arg3 = %2 to %1 step %3 : si32 {
      %12 = warp.neg %arg3 : si32
      %13 = warp.constant 0 : ui16
      %14 = warp.constant 100 : ui16
      %15 = warp.clamp %0, %13, %14 : ui16
      %16 = warp.constant 0 : ui16
      %17 = warp.constant 100 : ui16
      %18 = warp.clamp %0, %16, %17 : ui16
      %19 = warp.add %15, %18 : ui16
      %20 = warp.constant 1 : si32
      %21 = warp.constant 1 : si32
      warp.for %arg4 = %arg3 to %20 step %21 : si32 {
        %31 = warp.constant 3.687500e+00 : f16
        %32 = warp.constant 3.750000e-01 : f16
        %33 = warp.constant 0 : ui16
        %34 = warp.mul %0, %33 : ui16
        %35 = warp.constant 3 : ui16
        %36 = warp.cmp le, %34, %35 : ui16
        %37 = warp.where %36, %31, %32 : i1, f16
        warp.store %37, %arg1[%tid] : !warp.array<f16, 1>, si32
        %38 = warp.constant 15 : ui32
        %39 = warp.cast %0 : ui16 to ui32
        %40 = warp.mul %38, %39 : ui32
        %41 = warp.read %acc : !warp.ref<ui16>
        %42 = warp.max %41, %0 : ui16
        warp.write %42, %acc : !warp.ref<ui16>
      }
      %22 = warp.constant 0 : si32
      %23 = warp.constant 65535 : si32
      %24 = warp.clamp %12, %22, %23 : si32
      %25 = warp.cast %24 : si32 to ui16
      %26 = warp.read %acc : !warp.ref<ui16>
      %27 = warp.constant 0 : ui16
      %28 = warp.constant 30 : ui16
      %29 = warp.clamp %26, %27, %28 : ui16
      %30 = warp.mul %29, %25 : ui16
      warp.write %30, %acc : !warp.ref<ui16>
    }
    %4 = warp.read %acc : !warp.ref<ui16>
    %5 = warp.constant 0 : ui16
    %6 = warp.constant 500 : ui16
    %7 = warp.clamp %4, %5, %6 : ui16
    %8 = warp.cast %7 : ui16 to f16
    warp.store %8, %arg1[%tid] : !warp.array<f16, 1>, si32
    %9 = warp.constant 6 : si32
    %10 = warp.constant -8 : si32
    %11 = warp.add %9, %10 : si32
    warp.store %11, %arg2[%tid] : !warp.array<si32, 1>, si32
    warp.return
  }
}
