// int_hash.py in the warp dialect.
warp.kernel @int_hash(%seed: !warp.array<ui32, 1>, %out: !warp.array<ui32, 1>) dims(1) {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c64 = warp.constant 64 : si32
  %u0 = warp.constant 0 : ui32
  %s15 = warp.constant 15 : ui32
  %s16 = warp.constant 16 : ui32
  %m1 = warp.constant 2146121005 : ui32
  %m2 = warp.constant 2221713035 : ui32
  %lo = warp.constant 255 : ui32
  %gold = warp.constant 2654435769 : ui32
  %h0 = warp.load %seed[%i] : !warp.array<ui32, 1>, si32
  %h = warp.var "h" : !warp.ref<ui32>
  %acc = warp.var "acc" : !warp.ref<ui32>
  warp.write %h0, %h : !warp.ref<ui32>
  warp.write %u0, %acc : !warp.ref<ui32>
  warp.for %k = %c0 to %c64 step %c1 : si32 {
    %hv = warp.read %h : !warp.ref<ui32>
    %a1 = warp.shr %hv, %s16 : ui32
    %h1 = warp.bit_xor %hv, %a1 : ui32
    %h2 = warp.mul %h1, %m1 : ui32
    %a3 = warp.shr %h2, %s15 : ui32
    %h3 = warp.bit_xor %h2, %a3 : ui32
    %h4 = warp.mul %h3, %m2 : ui32
    %a5 = warp.shr %h4, %s16 : ui32
    %h5 = warp.bit_xor %h4, %a5 : ui32
    %av = warp.read %acc : !warp.ref<ui32>
    %low = warp.bit_and %h5, %lo : ui32
    %an = warp.add %av, %low : ui32
    warp.write %an, %acc : !warp.ref<ui32>
    %h6 = warp.add %h5, %gold : ui32
    warp.write %h6, %h : !warp.ref<ui32>
  }
  %af = warp.read %acc : !warp.ref<ui32>
  %hf = warp.read %h : !warp.ref<ui32>
  %r = warp.bit_xor %af, %hf : ui32
  warp.store %r, %out[%i] : !warp.array<ui32, 1>, si32
  warp.return
}
