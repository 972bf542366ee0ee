module {
  warp.kernel @gen_2(%arg0: !warp.array<f16, 1> {warp.name = "a0"}, %arg1: !warp.array<si8, 1> {warp.name = "a1"}, %arg2: !warp.array<ui8, 1> {warp.name = "a2"}, %arg3: !warp.array<ui32, 1> {warp.name = "out0"}, %arg4: !warp.array<si64, 1> {warp.name = "out1"}) dims(1) {
    %acc = warp.var "acc" : !warp.ref<si32>
    %tid = warp.tid
    %0 = warp.load %arg0[%tid] : !warp.array<f16, 1>, si32
    %1 = warp.load %arg1[%tid] : !warp.array<si8, 1>, si32
    %2 = warp.load %arg2[%tid] : !warp.array<ui8, 1>, si32
    %3 = warp.constant -14 : si32
    warp.write %3, %acc : !warp.ref<si32>
    %4 = warp.constant 6 : si32
    %5 = warp.constant 0 : si32
    %6 = warp.constant 1 : si32
    warp.for %arg5 = %5 to %4 step %6 : si32 {
      %22 = warp.neg %0 : f16
      %23 = warp.constant 0 : ui8
      %24 = warp.constant 7 : ui8
      %25 = warp.clamp %2, %23, %24 : ui8
      %26 = warp.constant 0 : ui8
      %27 = warp.constant 7 : ui8
      %28 = warp.clamp %2, %26, %27 : ui8
      %29 = warp.add %25, %28 : ui8
      %30 = warp.constant 2 : si32
      %31 = warp.constant 0 : si32
      %32 = warp.constant 1 : si32
      warp.for %arg6 = %31 to %30 step %32 : si32 {
        %37 = warp.constant 16 : ui16
        %38 = warp.constant 11 : ui16
        %39 = warp.add %37, %38 : ui16
        %40 = warp.constant 9 : ui16
        %41 = warp.cmp ne, %39, %40 : ui16
        %42 = warp.or %41 : i1 {
          %45 = warp.cmp ge, %29, %29 : ui8
          warp.yield %45 : i1
        }
        warp.if %42 : i1 {
          warp.continue
        }
        %43 = warp.read %acc : !warp.ref<si32>
        %44 = warp.max %43, %arg6 : si32
        warp.write %44, %acc : !warp.ref<si32>
      }
      %33 = warp.read %acc : !warp.ref<si32>
      %34 = warp.constant 31 : si32
      %35 = warp.mod %33, %34 : si32
      %36 = warp.mul %35, %arg5 : si32
      warp.write %36, %acc : !warp.ref<si32>
    }
    %7 = warp.read %acc : !warp.ref<si32>
    %8 = warp.constant 0 : si32
    %9 = warp.constant 2147483647 : si32
    %10 = warp.clamp %7, %8, %9 : si32
    %11 = warp.cast %10 : si32 to ui32
    warp.store %11, %arg3[%tid] : !warp.array<ui32, 1>, si32
    %12 = warp.constant 0 : ui8
    %13 = warp.constant 7 : ui8
    %14 = warp.clamp %2, %12, %13 : ui8
    %15 = warp.constant 0 : ui8
    %16 = warp.constant 7 : ui8
    %17 = warp.clamp %2, %15, %16 : ui8
    %18 = warp.mul %14, %17 : ui8
    %19 = warp.constant -5 : si64
    %20 = warp.constant 8 : si64
    %21 = warp.add %19, %20 : si64
    warp.store %21, %arg4[%tid] : !warp.array<si64, 1>, si32
    warp.return
  }
}
