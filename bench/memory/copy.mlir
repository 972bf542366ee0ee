// dst[i] = src[i]: reads and writes 4 bytes per index.
warp.kernel @copy(%src: !warp.array<f32, 1>, %dst: !warp.array<f32, 1>) dims(1) {
  %i = warp.tid
  %x = warp.load %src[%i] : !warp.array<f32, 1>, si32
  warp.store %x, %dst[%i] : !warp.array<f32, 1>, si32
  warp.return
}
