module {
  warp.kernel @gen_3(%arg0: !warp.array<ui64, 1> {warp.name = "a0"}, %arg1: !warp.array<si8, 1> {warp.name = "out0"}, %arg2: !warp.array<ui32, 1> {warp.name = "out1"}, %arg3: !warp.array<!warp.vec<3xf32>, 1> {warp.name = "v0"}, %arg4: !warp.array<!warp.vec<3xf32>, 1> {warp.name = "v1"}, %arg5: !warp.array<!warp.vec<3xf32>, 1> {warp.name = "vout0"}) dims(1) {
    %tid = warp.tid
    %0 = warp.load %arg0[%tid] : !warp.array<ui64, 1>, si32
    %1 = warp.load %arg3[%tid] : !warp.array<!warp.vec<3xf32>, 1>, si32
    %2 = warp.load %arg4[%tid] : !warp.array<!warp.vec<3xf32>, 1>, si32
    %3 = warp.cast %0 : ui64 to f32
    %4 = warp.constant -4.000000e+00 : f32
    %5 = warp.constant 4.000000e+00 : f32
    %6 = warp.clamp %3, %4, %5 : f32
    %7 = warp.constant -1.300000e+01 : f32
    %8 = warp.constant -4.000000e+00 : f32
    %9 = warp.constant 4.000000e+00 : f32
    %10 = warp.clamp %7, %8, %9 : f32
    %11 = warp.cast %0 : ui64 to f32
    %12 = warp.constant -4.000000e+00 : f32
    %13 = warp.constant 4.000000e+00 : f32
    %14 = warp.clamp %11, %12, %13 : f32
    %15 = warp.vec %6, %10, %14 : !warp.vec<3xf32>
    %16 = warp.normalize %15 : !warp.vec<3xf32>
    %17 = warp.add %2, %16 : !warp.vec<3xf32>
    %18 = warp.constant 1.100000e+01 : f32
    %19 = warp.constant -4.000000e+00 : f32
    %20 = warp.constant 4.000000e+00 : f32
    %21 = warp.clamp %18, %19, %20 : f32
    %22 = warp.mul %2, %21 : (!warp.vec<3xf32>, f32) -> !warp.vec<3xf32>
    %23 = warp.cw_mul %16, %22 : !warp.vec<3xf32>
    %24 = warp.cross %1, %2 : !warp.vec<3xf32>
    warp.store %24, %arg5[%tid] : !warp.array<!warp.vec<3xf32>, 1>, si32
    %25 = warp.length_sq %24 : !warp.vec<3xf32>
    %26 = warp.neg %25 : f32
    %27 = warp.atan2 %25, %25 : f32
    %28 = warp.sub %26, %27 : f32
    %29 = warp.mul %0, %0 : ui64
    %30 = warp.add %0, %29 : ui64
    %31 = warp.add %0, %30 : ui64
    %32 = warp.constant 0 : ui64
    %33 = warp.constant 100 : ui64
    %34 = warp.clamp %0, %32, %33 : ui64
    %35 = warp.constant 0 : ui64
    %36 = warp.constant 100 : ui64
    %37 = warp.clamp %0, %35, %36 : ui64
    %38 = warp.add %34, %37 : ui64
    %39 = warp.mul %31, %38 : ui64
    %40 = warp.sub %25, %28 : f32
    %41 = warp.add %28, %28 : f32
    %42 = warp.add %30, %0 : ui64
    %43 = warp.constant -4 : si8
    warp.store %43, %arg1[%tid] : !warp.array<si8, 1>, si32
    %44 = warp.constant 15 : ui32
    warp.store %44, %arg2[%tid] : !warp.array<ui32, 1>, si32
    warp.return
  }
}
