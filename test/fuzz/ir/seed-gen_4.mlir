module {
  warp.kernel @gen_4(%arg0: !warp.array<ui8, 1> {warp.name = "a0"}, %arg1: !warp.array<si8, 1> {warp.name = "out0"}, %arg2: !warp.array<!warp.vec<3xf32>, 1> {warp.name = "v0"}, %arg3: !warp.array<!warp.vec<3xf32>, 1> {warp.name = "v1"}, %arg4: !warp.array<!warp.vec<3xf32>, 1> {warp.name = "vout0"}) dims(1) {
    %tid = warp.tid
    %0 = warp.load %arg0[%tid] : !warp.array<ui8, 1>, si32
    %1 = warp.constant 3 : si32
    %2 = warp.add %tid, %1 : si32
    %3 = warp.shape %arg0[0] : !warp.array<ui8, 1>
    %4 = warp.mod %2, %3 : si32
    %5 = warp.load %arg0[%4] : !warp.array<ui8, 1>, si32
    %6 = warp.load %arg2[%tid] : !warp.array<!warp.vec<3xf32>, 1>, si32
    %7 = warp.constant 1 : si32
    %8 = warp.add %tid, %7 : si32
    %9 = warp.shape %arg3[0] : !warp.array<!warp.vec<3xf32>, 1>
    %10 = warp.mod %8, %9 : si32
    %11 = warp.load %arg3[%10] : !warp.array<!warp.vec<3xf32>, 1>, si32
    %12 = warp.cast %0 : ui8 to f32
    %13 = warp.constant -4.000000e+00 : f32
    %14 = warp.constant 4.000000e+00 : f32
    %15 = warp.clamp %12, %13, %14 : f32
    %16 = warp.cast %0 : ui8 to f32
    %17 = warp.constant -4.000000e+00 : f32
    %18 = warp.constant 4.000000e+00 : f32
    %19 = warp.clamp %16, %17, %18 : f32
    %20 = warp.cast %0 : ui8 to f32
    %21 = warp.constant -4.000000e+00 : f32
    %22 = warp.constant 4.000000e+00 : f32
    %23 = warp.clamp %20, %21, %22 : f32
    %24 = warp.vec %15, %19, %23 : !warp.vec<3xf32>
    %25 = warp.constant -3.562500e+00 : f32
    %26 = warp.constant 0.000000e+00 : f32
    %27 = warp.constant 1.000000e+00 : f32
    %28 = warp.clamp %25, %26, %27 : f32
    %29 = warp.lerp %11, %11, %28 : !warp.vec<3xf32>
    %30 = warp.cw_mul %24, %11 : !warp.vec<3xf32>
    %31 = warp.cast %0 : ui8 to f32
    %32 = warp.constant -4.000000e+00 : f32
    %33 = warp.constant 4.000000e+00 : f32
    %34 = warp.clamp %31, %32, %33 : f32
    %35 = warp.constant 0.000000e+00 : f32
    %36 = warp.constant 1.000000e+00 : f32
    %37 = warp.clamp %34, %35, %36 : f32
    %38 = warp.lerp %11, %24, %37 : !warp.vec<3xf32>
    %39 = warp.constant 3.000000e+00 : f32
    %40 = warp.constant 0.000000e+00 : f32
    %41 = warp.constant 1.000000e+00 : f32
    %42 = warp.clamp %39, %40, %41 : f32
    %43 = warp.lerp %11, %11, %42 : !warp.vec<3xf32>
    %44 = warp.sub %30, %6 : !warp.vec<3xf32>
    warp.store %44, %arg4[%tid] : !warp.array<!warp.vec<3xf32>, 1>, si32
    %45 = warp.length_sq %44 : !warp.vec<3xf32>
    %46 = warp.constant 0 : si8
    %47 = warp.constant 10 : si8
    %48 = warp.constant 2.062500e+00 : f32
    %49 = warp.add %45, %48 : f32
    %50 = warp.cmp ne, %49, %45 : f32
    %51 = warp.or %50 : i1 {
      %53 = warp.constant -3.437500e+00 : f32
      %54 = warp.cmp gt, %45, %53 : f32
      warp.yield %54 : i1
    }
    %52 = warp.where %51, %46, %47 : i1, si8
    warp.store %52, %arg1[%tid] : !warp.array<si8, 1>, si32
    warp.return
  }
}
