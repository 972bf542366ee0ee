module {
  warp.kernel @gen_1(%arg0: !warp.array<f32, 1> {warp.name = "a0"}, %arg1: !warp.array<ui16, 1> {warp.name = "a1"}, %arg2: !warp.array<ui32, 1> {warp.name = "a2"}, %arg3: !warp.array<f32, 1> {warp.name = "out0"}, %arg4: !warp.array<!warp.vec<3xf32>, 1> {warp.name = "v0"}, %arg5: !warp.array<!warp.vec<3xf32>, 1> {warp.name = "v1"}, %arg6: !warp.array<!warp.vec<3xf32>, 1> {warp.name = "vout0"}) dims(1) {
    %tid = warp.tid
    %0 = warp.load %arg0[%tid] : !warp.array<f32, 1>, si32
    %1 = warp.load %arg1[%tid] : !warp.array<ui16, 1>, si32
    %2 = warp.constant 3 : si32
    %3 = warp.add %tid, %2 : si32
    %4 = warp.shape %arg1[0] : !warp.array<ui16, 1>
    %5 = warp.mod %3, %4 : si32
    %6 = warp.load %arg1[%5] : !warp.array<ui16, 1>, si32
    %7 = warp.load %arg2[%tid] : !warp.array<ui32, 1>, si32
    %8 = warp.load %arg4[%tid] : !warp.array<!warp.vec<3xf32>, 1>, si32
    %9 = warp.load %arg5[%tid] : !warp.array<!warp.vec<3xf32>, 1>, si32
    %10 = warp.constant 3.000000e+00 : f32
    %11 = warp.cast %7 : ui32 to f32
    %12 = warp.constant -4.000000e+00 : f32
    %13 = warp.constant 4.000000e+00 : f32
    %14 = warp.clamp %11, %12, %13 : f32
    %15 = warp.cast %7 : ui32 to f32
    %16 = warp.constant -4.000000e+00 : f32
    %17 = warp.constant 4.000000e+00 : f32
    %18 = warp.clamp %15, %16, %17 : f32
    %19 = warp.vec %10, %14, %18 : !warp.vec<3xf32>
    %20 = warp.dot %19, %9 : !warp.vec<3xf32>
    %21 = warp.length %19 : !warp.vec<3xf32>
    %22 = warp.constant -4.000000e+00 : f32
    %23 = warp.constant 4.000000e+00 : f32
    %24 = warp.clamp %21, %22, %23 : f32
    %25 = warp.mul %8, %24 : (!warp.vec<3xf32>, f32) -> !warp.vec<3xf32>
    %26 = warp.length %8 : !warp.vec<3xf32>
    %27 = warp.add %9, %9 : !warp.vec<3xf32>
    warp.store %27, %arg6[%tid] : !warp.array<!warp.vec<3xf32>, 1>, si32
    %28 = warp.length_sq %27 : !warp.vec<3xf32>
    %29 = warp.mul %21, %21 : f32
    %30 = warp.constant -6.400000e+01 : f32
    %31 = warp.constant 6.400000e+01 : f32
    %32 = warp.clamp %28, %30, %31 : f32
    %33 = warp.abs %32 : f32
    %34 = warp.constant 5.000000e-01 : f32
    %35 = warp.add %33, %34 : f32
    %36 = warp.constant -1.600000e+01 : f32
    %37 = warp.constant 1.600000e+01 : f32
    %38 = warp.clamp %29, %36, %37 : f32
    warp.store %29, %arg3[%tid] : !warp.array<f32, 1>, si32
    %39 = warp.constant 8 : ui32
    %40 = warp.constant 1 : ui32
    %41 = warp.max %7, %40 : ui32
    %42 = warp.mod %39, %41 : ui32
    %43 = warp.sub %0, %26 : f32
    warp.store %43, %arg3[%tid] : !warp.array<f32, 1>, si32
    %44 = warp.sub %0, %20 : f32
    %45 = warp.constant -6.400000e+01 : f32
    %46 = warp.constant 6.400000e+01 : f32
    %47 = warp.clamp %28, %45, %46 : f32
    %48 = warp.abs %47 : f32
    %49 = warp.constant 5.000000e-01 : f32
    %50 = warp.add %48, %49 : f32
    warp.return
  }
}
