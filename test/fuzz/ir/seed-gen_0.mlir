module {
  warp.kernel @gen_0(%arg0: !warp.array<si64, 1> {warp.name = "a0"}, %arg1: !warp.array<f32, 1> {warp.name = "out0"}, %arg2: !warp.array<f64, 1> {warp.name = "out1"}) dims(1) {
    %acc = warp.var "acc" : !warp.ref<si64>
    %tid = warp.tid
    %0 = warp.load %arg0[%tid] : !warp.array<si64, 1>, si32
    warp.write %0, %acc : !warp.ref<si64>
    %1 = warp.constant 5 : si32
    %2 = warp.constant 0 : si32
    %3 = warp.constant 1 : si32
    warp.for %arg3 = %2 to %1 step %3 : si32 {
      %9 = warp.mul %arg3, %arg3 : si32
      %10 = warp.constant -11 : si16
      %11 = warp.abs %10 : si16
      %12 = warp.constant -8 : si32
      %13 = warp.constant 15 : si32
      %14 = warp.mul %12, %13 : si32
      %15 = warp.constant 0 : si32
      %16 = warp.constant 6 : si32
      %17 = warp.clamp %9, %15, %16 : si32
      %18 = warp.constant 1 : si32
      warp.for %arg4 = %arg3 to %17 step %18 : si32 {
        %27 = warp.mul %0, %0 : si64
        %28 = warp.cmp eq, %27, %0 : si64
        warp.if %28 : i1 {
          warp.continue
        }
        %29 = warp.constant 3.750000e-01 : f16
        %30 = warp.constant 8.125000e-01 : f16
        %31 = warp.sub %29, %30 : f16
        %32 = warp.add %0, %0 : si64
        %33 = warp.constant -14 : si16
        %34 = warp.min %33, %11 : si16
        %35 = warp.constant 12 : ui16
        %36 = warp.constant 14 : ui16
        %37 = warp.add %35, %36 : ui16
        %38 = warp.read %acc : !warp.ref<si64>
        %39 = warp.constant 101 : si64
        %40 = warp.mod %32, %39 : si64
        %41 = warp.add %38, %40 : si64
        %42 = warp.constant -10000 : si64
        %43 = warp.constant 10000 : si64
        %44 = warp.clamp %41, %42, %43 : si64
        warp.write %44, %acc : !warp.ref<si64>
      }
      %19 = warp.constant -3 : si64
      %20 = warp.sub %19, %0 : si64
      %21 = warp.read %acc : !warp.ref<si64>
      %22 = warp.constant 31 : si64
      %23 = warp.mod %21, %22 : si64
      %24 = warp.constant 31 : si64
      %25 = warp.mod %20, %24 : si64
      %26 = warp.mul %23, %25 : si64
      warp.write %26, %acc : !warp.ref<si64>
    }
    %4 = warp.read %acc : !warp.ref<si64>
    %5 = warp.cast %4 : si64 to f32
    warp.store %5, %arg1[%tid] : !warp.array<f32, 1>, si32
    %6 = warp.constant 3.812500e+00 : f64
    %7 = warp.constant -1.687500e+00 : f64
    %8 = warp.sub %6, %7 : f64
    warp.store %8, %arg2[%tid] : !warp.array<f64, 1>, si32
    warp.return
  }
}
