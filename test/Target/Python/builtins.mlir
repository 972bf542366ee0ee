// Every builtin op prints as `wp.NAME(...)` with the op's operands in order
// (min and max of one vector included), matrix products as `*` and `@`;
// warp-lang computes the same bits as the JIT for each.
// RUN: warp-translate --warp-to-python %s | FileCheck %s
// RUN: warp-translate --warp-to-python %s -o %t.py
// RUN: %numpy_python -m black --check --quiet %t.py
// RUN: rm -rf %t.run && %numpy_python %S/run_python.py module %warp_obj_root %t.run %s | FileCheck %s --check-prefix=EXEC
// EXEC-NOT: FAIL
// EXEC: 1 kernels in 1 modules {{.*}} black ok; 0 failed

// CHECK-LABEL: def builtins(x: float, y: float, z: float, out: wp.array(dtype=float)):
// CHECK-NEXT:      n = int(0)
// CHECK-NEXT:      n2 = int(1)
// CHECK-NEXT:      n3 = int(2)
// CHECK-NEXT:      n4 = int(3)
// CHECK-NEXT:      out[0] = wp.sin(x)
// CHECK-NEXT:      out[1] = wp.cos(x)
// CHECK-NEXT:      out[2] = wp.tan(x)
// CHECK-NEXT:      out[3] = wp.asin(x)
// CHECK-NEXT:      out[4] = wp.acos(x)
// CHECK-NEXT:      out[5] = wp.atan(x)
// CHECK-NEXT:      out[6] = wp.sinh(x)
// CHECK-NEXT:      out[7] = wp.cosh(x)
// CHECK-NEXT:      out[8] = wp.tanh(x)
// CHECK-NEXT:      out[9] = wp.sqrt(x)
// CHECK-NEXT:      out[10] = wp.cbrt(x)
// CHECK-NEXT:      out[11] = wp.exp(x)
// CHECK-NEXT:      out[12] = wp.log(x)
// CHECK-NEXT:      out[13] = wp.log2(x)
// CHECK-NEXT:      out[14] = wp.log10(x)
// CHECK-NEXT:      out[15] = wp.erf(x)
// CHECK-NEXT:      out[16] = wp.erfc(x)
// CHECK-NEXT:      out[17] = wp.degrees(x)
// CHECK-NEXT:      out[18] = wp.radians(x)
// CHECK-NEXT:      out[19] = wp.floor(x)
// CHECK-NEXT:      out[20] = wp.ceil(x)
// CHECK-NEXT:      out[21] = wp.trunc(x)
// CHECK-NEXT:      out[22] = wp.round(x)
// CHECK-NEXT:      out[23] = wp.rint(x)
// CHECK-NEXT:      out[24] = wp.frac(x)
// CHECK-NEXT:      out[25] = wp.abs(x)
// CHECK-NEXT:      out[26] = wp.sign(x)
// CHECK-NEXT:      out[27] = wp.step(x)
// CHECK-NEXT:      out[28] = wp.nonzero(x)
// CHECK-NEXT:      out[29] = wp.atan2(x, y)
// CHECK-NEXT:      out[30] = wp.copysign(x, y)
// CHECK-NEXT:      out[31] = wp.min(x, y)
// CHECK-NEXT:      out[32] = wp.max(x, y)
// CHECK-NEXT:      out[33] = wp.clamp(x, y, z)
// CHECK-NEXT:      out[34] = wp.smoothstep(y, z, x)
// CHECK-NEXT:      out[35] = wp.lerp(x, y, z)
// CHECK-NEXT:      out[36] = float(wp.isfinite(x))
// CHECK-NEXT:      out[37] = float(wp.isnan(x))
// CHECK-NEXT:      out[38] = float(wp.isinf(x))
// CHECK-NEXT:      v = wp.vec3(x, y, z)
// CHECK-NEXT:      v2 = wp.vec3(z, x, y)
// CHECK-NEXT:      out[39] = wp.dot(v, v2)
// CHECK-NEXT:      out[40] = wp.length(v)
// CHECK-NEXT:      out[41] = wp.length_sq(v)
// CHECK-NEXT:      out[42] = wp.cross(v, v2)[n2]
// CHECK-NEXT:      out[43] = wp.normalize(v)[n2]
// CHECK-NEXT:      out[44] = wp.cw_mul(v, v2)[n2]
// CHECK-NEXT:      out[45] = wp.cw_div(v, v2)[n2]
// CHECK-NEXT:      out[46] = wp.abs(v)[n2]
// CHECK-NEXT:      out[47] = wp.sign(v)[n2]
// CHECK-NEXT:      out[48] = wp.min(v, v2)[n2]
// CHECK-NEXT:      out[49] = wp.max(v, v2)[n2]
// CHECK-NEXT:      out[50] = wp.lerp(v, v2, z)[n2]
// CHECK-NEXT:      out[51] = wp.min(v)
// CHECK-NEXT:      out[52] = wp.max(v2)
// CHECK-NEXT:      m = wp.outer(v, v2)
// CHECK-NEXT:      out[53] = m[n, n2]
// CHECK-NEXT:      m2 = wp.diag(v)
// CHECK-NEXT:      out[54] = m2[n, n2]
// CHECK-NEXT:      out[55] = wp.skew(v)[n, n2]
// CHECK-NEXT:      m3 = m + m2
// CHECK-NEXT:      out[56] = wp.transpose(m3)[n, n2]
// CHECK-NEXT:      out[57] = wp.inverse(m3)[n, n2]
// CHECK-NEXT:      out[58] = wp.determinant(m3)
// CHECK-NEXT:      out[59] = wp.trace(m3)
// CHECK-NEXT:      out[60] = (m3 * v)[n3]
// CHECK-NEXT:      out[61] = (m3 @ m3)[n3, n3]
// CHECK-NEXT:      q = wp.quat_from_axis_angle(wp.normalize(v), x)
// CHECK-NEXT:      out[62] = wp.quat_rotate(q, v2)[n]
// CHECK-NEXT:      out[63] = wp.quat_inverse(q)[n2]
// CHECK-NEXT:      xform = wp.transform(v2, q)
// CHECK-NEXT:      out[64] = wp.transform_point(xform, v)[n3]
// CHECK-NEXT:      out[65] = wp.transform_vector(xform, v)[n3]
// CHECK-NEXT:      out[66] = wp.transform_get_translation(xform)[n3]
// CHECK-NEXT:      out[67] = wp.transform_get_rotation(xform)[n4]
// CHECK-NEXT:      out[68] = wp.where(x < y, x, z)
warp.kernel @builtins(%x: f32 {warp.name = "x"}, %y: f32 {warp.name = "y"}, %z: f32 {warp.name = "z"}, %out: !warp.array<f32, 1> {warp.name = "out"}) dims(1) attributes {warp.gen = {arrays = [{dtype = f32, name = "x", range = [0.25, 0.75], role = "input", shape = []}, {dtype = f32, name = "y", range = [0.25, 0.75], role = "input", shape = []}, {dtype = f32, name = "z", range = [1.0, 2.0], role = "input", shape = []}, {dtype = f32, name = "out", role = "output", shape = [69]}], launch_dims = [1]}} {
  %k0 = warp.constant 0 : si32
  %k1 = warp.constant 1 : si32
  %k2 = warp.constant 2 : si32
  %k3 = warp.constant 3 : si32
  %sin = warp.sin %x : f32
  %i0 = warp.constant 0 : si32
  warp.store %sin, %out[%i0] : !warp.array<f32, 1>, si32
  %cos = warp.cos %x : f32
  %i1 = warp.constant 1 : si32
  warp.store %cos, %out[%i1] : !warp.array<f32, 1>, si32
  %tan = warp.tan %x : f32
  %i2 = warp.constant 2 : si32
  warp.store %tan, %out[%i2] : !warp.array<f32, 1>, si32
  %asin = warp.asin %x : f32
  %i3 = warp.constant 3 : si32
  warp.store %asin, %out[%i3] : !warp.array<f32, 1>, si32
  %acos = warp.acos %x : f32
  %i4 = warp.constant 4 : si32
  warp.store %acos, %out[%i4] : !warp.array<f32, 1>, si32
  %atan = warp.atan %x : f32
  %i5 = warp.constant 5 : si32
  warp.store %atan, %out[%i5] : !warp.array<f32, 1>, si32
  %sinh = warp.sinh %x : f32
  %i6 = warp.constant 6 : si32
  warp.store %sinh, %out[%i6] : !warp.array<f32, 1>, si32
  %cosh = warp.cosh %x : f32
  %i7 = warp.constant 7 : si32
  warp.store %cosh, %out[%i7] : !warp.array<f32, 1>, si32
  %tanh = warp.tanh %x : f32
  %i8 = warp.constant 8 : si32
  warp.store %tanh, %out[%i8] : !warp.array<f32, 1>, si32
  %sqrt = warp.sqrt %x : f32
  %i9 = warp.constant 9 : si32
  warp.store %sqrt, %out[%i9] : !warp.array<f32, 1>, si32
  %cbrt = warp.cbrt %x : f32
  %i10 = warp.constant 10 : si32
  warp.store %cbrt, %out[%i10] : !warp.array<f32, 1>, si32
  %exp = warp.exp %x : f32
  %i11 = warp.constant 11 : si32
  warp.store %exp, %out[%i11] : !warp.array<f32, 1>, si32
  %log = warp.log %x : f32
  %i12 = warp.constant 12 : si32
  warp.store %log, %out[%i12] : !warp.array<f32, 1>, si32
  %log2 = warp.log2 %x : f32
  %i13 = warp.constant 13 : si32
  warp.store %log2, %out[%i13] : !warp.array<f32, 1>, si32
  %log10 = warp.log10 %x : f32
  %i14 = warp.constant 14 : si32
  warp.store %log10, %out[%i14] : !warp.array<f32, 1>, si32
  %erf = warp.erf %x : f32
  %i15 = warp.constant 15 : si32
  warp.store %erf, %out[%i15] : !warp.array<f32, 1>, si32
  %erfc = warp.erfc %x : f32
  %i16 = warp.constant 16 : si32
  warp.store %erfc, %out[%i16] : !warp.array<f32, 1>, si32
  %degrees = warp.degrees %x : f32
  %i17 = warp.constant 17 : si32
  warp.store %degrees, %out[%i17] : !warp.array<f32, 1>, si32
  %radians = warp.radians %x : f32
  %i18 = warp.constant 18 : si32
  warp.store %radians, %out[%i18] : !warp.array<f32, 1>, si32
  %floor = warp.floor %x : f32
  %i19 = warp.constant 19 : si32
  warp.store %floor, %out[%i19] : !warp.array<f32, 1>, si32
  %ceil = warp.ceil %x : f32
  %i20 = warp.constant 20 : si32
  warp.store %ceil, %out[%i20] : !warp.array<f32, 1>, si32
  %trunc = warp.trunc %x : f32
  %i21 = warp.constant 21 : si32
  warp.store %trunc, %out[%i21] : !warp.array<f32, 1>, si32
  %round = warp.round %x : f32
  %i22 = warp.constant 22 : si32
  warp.store %round, %out[%i22] : !warp.array<f32, 1>, si32
  %rint = warp.rint %x : f32
  %i23 = warp.constant 23 : si32
  warp.store %rint, %out[%i23] : !warp.array<f32, 1>, si32
  %frac = warp.frac %x : f32
  %i24 = warp.constant 24 : si32
  warp.store %frac, %out[%i24] : !warp.array<f32, 1>, si32
  %abs = warp.abs %x : f32
  %i25 = warp.constant 25 : si32
  warp.store %abs, %out[%i25] : !warp.array<f32, 1>, si32
  %sign = warp.sign %x : f32
  %i26 = warp.constant 26 : si32
  warp.store %sign, %out[%i26] : !warp.array<f32, 1>, si32
  %step = warp.step %x : f32
  %i27 = warp.constant 27 : si32
  warp.store %step, %out[%i27] : !warp.array<f32, 1>, si32
  %nonzero = warp.nonzero %x : f32
  %i28 = warp.constant 28 : si32
  warp.store %nonzero, %out[%i28] : !warp.array<f32, 1>, si32
  %atan2 = warp.atan2 %x, %y : f32
  %i29 = warp.constant 29 : si32
  warp.store %atan2, %out[%i29] : !warp.array<f32, 1>, si32
  %copysign = warp.copysign %x, %y : f32
  %i30 = warp.constant 30 : si32
  warp.store %copysign, %out[%i30] : !warp.array<f32, 1>, si32
  %min = warp.min %x, %y : f32
  %i31 = warp.constant 31 : si32
  warp.store %min, %out[%i31] : !warp.array<f32, 1>, si32
  %max = warp.max %x, %y : f32
  %i32 = warp.constant 32 : si32
  warp.store %max, %out[%i32] : !warp.array<f32, 1>, si32
  %clamp = warp.clamp %x, %y, %z : f32
  %i33 = warp.constant 33 : si32
  warp.store %clamp, %out[%i33] : !warp.array<f32, 1>, si32
  %smoothstep = warp.smoothstep %y, %z, %x : f32
  %i34 = warp.constant 34 : si32
  warp.store %smoothstep, %out[%i34] : !warp.array<f32, 1>, si32
  %lerp = warp.lerp %x, %y, %z : f32
  %i35 = warp.constant 35 : si32
  warp.store %lerp, %out[%i35] : !warp.array<f32, 1>, si32
  %isfinite = warp.isfinite %x : f32
  %isfinitef = warp.cast %isfinite : i1 to f32
  %i36 = warp.constant 36 : si32
  warp.store %isfinitef, %out[%i36] : !warp.array<f32, 1>, si32
  %isnan = warp.isnan %x : f32
  %isnanf = warp.cast %isnan : i1 to f32
  %i37 = warp.constant 37 : si32
  warp.store %isnanf, %out[%i37] : !warp.array<f32, 1>, si32
  %isinf = warp.isinf %x : f32
  %isinff = warp.cast %isinf : i1 to f32
  %i38 = warp.constant 38 : si32
  warp.store %isinff, %out[%i38] : !warp.array<f32, 1>, si32
  %v = warp.vec %x, %y, %z : !warp.vec<3xf32>
  %w = warp.vec %z, %x, %y : !warp.vec<3xf32>
  %dot = warp.dot %v, %w : !warp.vec<3xf32>
  %i39 = warp.constant 39 : si32
  warp.store %dot, %out[%i39] : !warp.array<f32, 1>, si32
  %length = warp.length %v : !warp.vec<3xf32>
  %i40 = warp.constant 40 : si32
  warp.store %length, %out[%i40] : !warp.array<f32, 1>, si32
  %length_sq = warp.length_sq %v : !warp.vec<3xf32>
  %i41 = warp.constant 41 : si32
  warp.store %length_sq, %out[%i41] : !warp.array<f32, 1>, si32
  %cross = warp.cross %v, %w : !warp.vec<3xf32>
  %crosse = warp.extract %cross[%k1] : !warp.vec<3xf32>, si32
  %i42 = warp.constant 42 : si32
  warp.store %crosse, %out[%i42] : !warp.array<f32, 1>, si32
  %normalize = warp.normalize %v : !warp.vec<3xf32>
  %normalizee = warp.extract %normalize[%k1] : !warp.vec<3xf32>, si32
  %i43 = warp.constant 43 : si32
  warp.store %normalizee, %out[%i43] : !warp.array<f32, 1>, si32
  %cw_mul = warp.cw_mul %v, %w : !warp.vec<3xf32>
  %cw_mule = warp.extract %cw_mul[%k1] : !warp.vec<3xf32>, si32
  %i44 = warp.constant 44 : si32
  warp.store %cw_mule, %out[%i44] : !warp.array<f32, 1>, si32
  %cw_div = warp.cw_div %v, %w : !warp.vec<3xf32>
  %cw_dive = warp.extract %cw_div[%k1] : !warp.vec<3xf32>, si32
  %i45 = warp.constant 45 : si32
  warp.store %cw_dive, %out[%i45] : !warp.array<f32, 1>, si32
  %vabs = warp.abs %v : !warp.vec<3xf32>
  %vabse = warp.extract %vabs[%k1] : !warp.vec<3xf32>, si32
  %i46 = warp.constant 46 : si32
  warp.store %vabse, %out[%i46] : !warp.array<f32, 1>, si32
  %vsign = warp.sign %v : !warp.vec<3xf32>
  %vsigne = warp.extract %vsign[%k1] : !warp.vec<3xf32>, si32
  %i47 = warp.constant 47 : si32
  warp.store %vsigne, %out[%i47] : !warp.array<f32, 1>, si32
  %vmin = warp.min %v, %w : !warp.vec<3xf32>
  %vmine = warp.extract %vmin[%k1] : !warp.vec<3xf32>, si32
  %i48 = warp.constant 48 : si32
  warp.store %vmine, %out[%i48] : !warp.array<f32, 1>, si32
  %vmax = warp.max %v, %w : !warp.vec<3xf32>
  %vmaxe = warp.extract %vmax[%k1] : !warp.vec<3xf32>, si32
  %i49 = warp.constant 49 : si32
  warp.store %vmaxe, %out[%i49] : !warp.array<f32, 1>, si32
  %vlerp = warp.lerp %v, %w, %z : !warp.vec<3xf32>
  %vlerpe = warp.extract %vlerp[%k1] : !warp.vec<3xf32>, si32
  %i50 = warp.constant 50 : si32
  warp.store %vlerpe, %out[%i50] : !warp.array<f32, 1>, si32
  %rmin = warp.min %v : !warp.vec<3xf32>
  %i51 = warp.constant 51 : si32
  warp.store %rmin, %out[%i51] : !warp.array<f32, 1>, si32
  %rmax = warp.max %w : !warp.vec<3xf32>
  %i52 = warp.constant 52 : si32
  warp.store %rmax, %out[%i52] : !warp.array<f32, 1>, si32
  %outer = warp.outer %v, %w : !warp.vec<3xf32>, !warp.vec<3xf32> -> !warp.mat<3x3xf32>
  %outere = warp.extract %outer[%k0, %k1] : !warp.mat<3x3xf32>, si32, si32
  %i53 = warp.constant 53 : si32
  warp.store %outere, %out[%i53] : !warp.array<f32, 1>, si32
  %diag = warp.diag %v : !warp.vec<3xf32>
  %diage = warp.extract %diag[%k0, %k1] : !warp.mat<3x3xf32>, si32, si32
  %i54 = warp.constant 54 : si32
  warp.store %diage, %out[%i54] : !warp.array<f32, 1>, si32
  %skew = warp.skew %v : !warp.vec<3xf32>
  %skewe = warp.extract %skew[%k0, %k1] : !warp.mat<3x3xf32>, si32, si32
  %i55 = warp.constant 55 : si32
  warp.store %skewe, %out[%i55] : !warp.array<f32, 1>, si32
  %m = warp.add %outer, %diag : !warp.mat<3x3xf32>
  %transpose = warp.transpose %m : !warp.mat<3x3xf32>
  %transposee = warp.extract %transpose[%k0, %k1] : !warp.mat<3x3xf32>, si32, si32
  %i56 = warp.constant 56 : si32
  warp.store %transposee, %out[%i56] : !warp.array<f32, 1>, si32
  %inverse = warp.inverse %m : !warp.mat<3x3xf32>
  %inversee = warp.extract %inverse[%k0, %k1] : !warp.mat<3x3xf32>, si32, si32
  %i57 = warp.constant 57 : si32
  warp.store %inversee, %out[%i57] : !warp.array<f32, 1>, si32
  %determinant = warp.determinant %m : !warp.mat<3x3xf32>
  %i58 = warp.constant 58 : si32
  warp.store %determinant, %out[%i58] : !warp.array<f32, 1>, si32
  %trace = warp.trace %m : !warp.mat<3x3xf32>
  %i59 = warp.constant 59 : si32
  warp.store %trace, %out[%i59] : !warp.array<f32, 1>, si32
  %mv = warp.mul %m, %v : (!warp.mat<3x3xf32>, !warp.vec<3xf32>) -> !warp.vec<3xf32>
  %mve = warp.extract %mv[%k2] : !warp.vec<3xf32>, si32
  %i60 = warp.constant 60 : si32
  warp.store %mve, %out[%i60] : !warp.array<f32, 1>, si32
  %mm = warp.matmul %m, %m : !warp.mat<3x3xf32>
  %mme = warp.extract %mm[%k2, %k2] : !warp.mat<3x3xf32>, si32, si32
  %i61 = warp.constant 61 : si32
  warp.store %mme, %out[%i61] : !warp.array<f32, 1>, si32
  %axis = warp.normalize %v : !warp.vec<3xf32>
  %q = warp.quat_from_axis_angle %axis, %x : !warp.vec<3xf32>
  %quat_rotate = warp.quat_rotate %q, %w : !warp.quat<f32>
  %quat_rotatee = warp.extract %quat_rotate[%k0] : !warp.vec<3xf32>, si32
  %i62 = warp.constant 62 : si32
  warp.store %quat_rotatee, %out[%i62] : !warp.array<f32, 1>, si32
  %qinv = warp.quat_inverse %q : !warp.quat<f32>
  %qinve = warp.extract %qinv[%k1] : !warp.quat<f32>, si32
  %i63 = warp.constant 63 : si32
  warp.store %qinve, %out[%i63] : !warp.array<f32, 1>, si32
  %t = warp.transform %w, %q : !warp.transform<f32>
  %transform_point = warp.transform_point %t, %v : !warp.transform<f32>
  %transform_pointe = warp.extract %transform_point[%k2] : !warp.vec<3xf32>, si32
  %i64 = warp.constant 64 : si32
  warp.store %transform_pointe, %out[%i64] : !warp.array<f32, 1>, si32
  %transform_vector = warp.transform_vector %t, %v : !warp.transform<f32>
  %transform_vectore = warp.extract %transform_vector[%k2] : !warp.vec<3xf32>, si32
  %i65 = warp.constant 65 : si32
  warp.store %transform_vectore, %out[%i65] : !warp.array<f32, 1>, si32
  %transform_get_translation = warp.transform_get_translation %t : !warp.transform<f32>
  %transform_get_translatione = warp.extract %transform_get_translation[%k2] : !warp.vec<3xf32>, si32
  %i66 = warp.constant 66 : si32
  warp.store %transform_get_translatione, %out[%i66] : !warp.array<f32, 1>, si32
  %rot = warp.transform_get_rotation %t : !warp.transform<f32>
  %rote = warp.extract %rot[%k3] : !warp.quat<f32>, si32
  %i67 = warp.constant 67 : si32
  warp.store %rote, %out[%i67] : !warp.array<f32, 1>, si32
  %lt = warp.cmp lt, %x, %y : f32
  %where = warp.where %lt, %x, %z : i1, f32
  %i68 = warp.constant 68 : si32
  warp.store %where, %out[%i68] : !warp.array<f32, 1>, si32
  warp.return
}
