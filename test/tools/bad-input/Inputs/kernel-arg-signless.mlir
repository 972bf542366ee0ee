// A signless integer: Warp's integers are si32, ui32, ...
warp.kernel @k(%a: i32) dims(1) {
  warp.return
}
