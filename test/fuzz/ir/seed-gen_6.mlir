module {
  warp.kernel @gen_6(%arg0: !warp.array<ui8, 1> {warp.name = "a0"}, %arg1: !warp.array<ui8, 1> {warp.name = "a1"}, %arg2: !warp.array<si8, 1> {warp.name = "a2"}, %arg3: !warp.array<ui16, 1> {warp.name = "out0"}, %arg4: !warp.array<ui64, 1> {warp.name = "out1"}) dims(1) {
    %acc = warp.var "acc" : !warp.ref<ui8>
    %tid = warp.tid
    %0 = warp.load %arg0[%tid] : !warp.array<ui8, 1>, si32
    %1 = warp.constant 3 : si32
    %2 = warp.add %tid, %1 : si32
    %3 = warp.shape %arg0[0] : !warp.array<ui8, 1>
    %4 = warp.mod %2, %3 : si32
    %5 = warp.load %arg0[%4] : !warp.array<ui8, 1>, si32
    %6 = warp.load %arg1[%tid] : !warp.array<ui8, 1>, si32
    %7 = warp.load %arg2[%tid] : !warp.array<si8, 1>, si32
    warp.write %0, %acc : !warp.ref<ui8>
    %8 = warp.constant 6 : si32
    %9 = warp.constant 0 : si32
    %10 = warp.constant 1 : si32
    warp.for %arg5 = %9 to %8 step %10 : si32 {
      %17 = warp.constant 3 : si32
      %18 = warp.abs %17 : si32
      %19 = warp.read %acc : !warp.ref<ui8>
      %20 = warp.constant 1 : ui8
      %21 = warp.max %5, %20 : ui8
      warp.write %5, %acc : !warp.ref<ui8>
      %22 = warp.constant 0 : si32
      %23 = warp.constant 1 : si32
      warp.for %arg6 = %22 to %18 step %23 : si32 {
        %30 = warp.constant 8 : si8
        %31 = warp.mod %7, %30 : si8
        %32 = warp.constant 8 : si8
        %33 = warp.mod %7, %32 : si8
        %34 = warp.sub %31, %33 : si8
        %35 = warp.mul %arg5, %18 : si32
        %36 = warp.read %acc : !warp.ref<ui8>
        warp.write %5, %acc : !warp.ref<ui8>
        %37 = warp.read %acc : !warp.ref<ui8>
        %38 = warp.constant 12 : ui8
        %39 = warp.min %38, %36 : ui8
        warp.write %39, %acc : !warp.ref<ui8>
        %40 = warp.read %acc : !warp.ref<ui8>
        %41 = warp.max %40, %19 : ui8
        warp.write %41, %acc : !warp.ref<ui8>
      }
      %24 = warp.constant 1 : ui8
      %25 = warp.max %0, %24 : ui8
      %26 = warp.read %acc : !warp.ref<ui8>
      %27 = warp.constant 0 : ui8
      %28 = warp.constant 100 : ui8
      %29 = warp.clamp %19, %27, %28 : ui8
      warp.write %19, %acc : !warp.ref<ui8>
    }
    %11 = warp.read %acc : !warp.ref<ui8>
    %12 = warp.cast %11 : ui8 to ui16
    warp.store %12, %arg3[%tid] : !warp.array<ui16, 1>, si32
    %13 = warp.constant 11 : ui64
    %14 = warp.constant 0 : ui64
    %15 = warp.constant 1 : ui64
    %16 = warp.max %14, %15 : ui64
    warp.store %13, %arg4[%tid] : !warp.array<ui64, 1>, si32
    warp.return
  }
}
