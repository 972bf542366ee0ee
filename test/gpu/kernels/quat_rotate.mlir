// quat_rotate.py in the warp dialect.
warp.kernel @quat_rotate(%q: !warp.array<!warp.quat<f32>, 1>, %v: !warp.array<!warp.vec<3xf32>, 1>,
                         %angle: !warp.array<f32, 1>,
                         %rotated: !warp.array<!warp.vec<3xf32>, 2>,
                         %built: !warp.array<!warp.quat<f32>, 1>) dims(1) {
  %i = warp.tid
  %r = warp.load %q[%i] : !warp.array<!warp.quat<f32>, 1>, si32
  %x = warp.load %v[%i] : !warp.array<!warp.vec<3xf32>, 1>, si32
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %rx = warp.quat_rotate %r, %x : !warp.quat<f32>
  warp.store %rx, %rotated[%i, %c0] : !warp.array<!warp.vec<3xf32>, 2>, si32, si32
  %ri = warp.quat_inverse %r : !warp.quat<f32>
  %rix = warp.quat_rotate %ri, %x : !warp.quat<f32>
  warp.store %rix, %rotated[%i, %c1] : !warp.array<!warp.vec<3xf32>, 2>, si32, si32
  %zero = warp.constant 0.000000e+00 : f32
  %ay = warp.constant 6.000000e-01 : f32
  %az = warp.constant 8.000000e-01 : f32
  %axis = warp.vec %zero, %ay, %az : !warp.vec<3xf32>
  %t = warp.load %angle[%i] : !warp.array<f32, 1>, si32
  %b = warp.quat_from_axis_angle %axis, %t : !warp.vec<3xf32>
  warp.store %b, %built[%i] : !warp.array<!warp.quat<f32>, 1>, si32
  warp.return
}
