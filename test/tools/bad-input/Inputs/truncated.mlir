// A file cut short in the middle of a kernel.
warp.kernel @k(%a: !warp.array<f32, 1>) dims(1) {
  %i = warp.tid
