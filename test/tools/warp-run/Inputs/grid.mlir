// Writes 100 * i + j + k at every launch index (i, j), naming its parameters.
warp.kernel @grid(%out: !warp.array<si32, 2> {warp.name = "out"},
                  %k: si32 {warp.name = "k"}) dims(2) {
  %i, %j = warp.tid
  %c100 = warp.constant 100 : si32
  %i100 = warp.mul %i, %c100 : si32
  %ij = warp.add %i100, %j : si32
  %r = warp.add %ij, %k : si32
  warp.store %r, %out[%i, %j] : !warp.array<si32, 2>, si32, si32
  warp.return
}
