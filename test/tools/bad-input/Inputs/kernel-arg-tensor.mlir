// A kernel parameter of a type Warp does not have.
warp.kernel @k(%a: tensor<4xf32>) dims(1) {
  warp.return
}
