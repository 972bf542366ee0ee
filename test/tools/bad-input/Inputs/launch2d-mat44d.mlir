// A 2-d array of mat44d: 128 bytes an element.
warp.kernel @k2(%a: !warp.array<!warp.mat<4x4xf64>, 2>) dims(2) {
  warp.return
}
