// Vectors, matrices, quaternions and transforms: Warp's names (wp.vec3,
// wp.vec3d, wp.vec2i, wp.mat33, wp.quat, wp.transform), module-level
// aliases for the shapes Warp has no name for (vec5f, mat32f, mat22i),
// constructors and casts as calls of the type, element reads as
// subscripts, and element assignment (`v[i] = x`, `m[i, j] = x`,
// `m[i] = row`) for a value read from a variable, updated and written back.
// RUN: warp-translate --warp-to-python %s | FileCheck %s
// RUN: warp-translate --warp-to-python %s -o %t.py
// RUN: %numpy_python -m black --check --quiet %t.py
// RUN: rm -rf %t.run && %numpy_python %S/run_python.py module %warp_obj_root %t.run %s | FileCheck %s --check-prefix=EXEC
// EXEC-NOT: FAIL
// EXEC: 2 kernels in 1 modules {{.*}} black ok; 0 failed

// CHECK:       import warp as wp
// CHECK-EMPTY:
// CHECK-NEXT:  vec5f = wp.types.vector(length=5, dtype=float)
// CHECK-NEXT:  mat32f = wp.types.matrix(shape=(3, 2), dtype=float)
// CHECK-NEXT:  mat22i = wp.types.matrix(shape=(2, 2), dtype=int)
// CHECK-EMPTY:
// CHECK-EMPTY:
// CHECK-NEXT:  @wp.kernel

// CHECK-LABEL: def build(
// CHECK-NEXT:      x: float,
// CHECK-NEXT:      fives: wp.array(dtype=vec5f),
// CHECK-NEXT:      tall: wp.array(dtype=mat32f),
// CHECK-NEXT:      vecs: wp.array(dtype=wp.vec3d),
// CHECK-NEXT:      ints: wp.array(dtype=mat22i),
// CHECK-NEXT:      quats: wp.array(dtype=wp.quat),
// CHECK-NEXT:      xforms: wp.array(dtype=wp.transform),
// CHECK-NEXT:      out: wp.array(dtype=float),
// CHECK-NEXT:  ):
// CHECK-NEXT:      tid = wp.tid()
// CHECK-NEXT:      x2 = float(0.0)
// CHECK-NEXT:      x3 = float(1.0)
// CHECK-NEXT:      x4 = float(2.0)
// CHECK-NEXT:      x5 = float(3.0)
// CHECK-NEXT:      n = int(0)
// CHECK-NEXT:      n2 = int(1)
// CHECK-NEXT:      n3 = int(6)
// CHECK-NEXT:      fives[tid] = vec5f(x, x3, x4, x5, x)
// CHECK-NEXT:      tall[tid] = mat32f(x, x2, x2, x, x3, x4)
// CHECK-NEXT:      vecs[tid] = wp.vec3d(wp.vec3(x))
// CHECK-NEXT:      ints[tid] = wp.identity(n=2, dtype=int)
// CHECK-NEXT:      q = wp.quat_identity()
// CHECK-NEXT:      quats[tid] = q * wp.quat(x2, x2, x, x3)
// CHECK-NEXT:      xforms[tid] = wp.transform(wp.vec3(), q)
// CHECK-NEXT:      v = wp.vec2(x, x3)
// CHECK-NEXT:      v2 = wp.vec2(x4, x)
// CHECK-NEXT:      m = wp.matrix_from_rows(v, v2)
// The element reads come before the sums in the IR: each is bound to a name
// so that the sum does not reorder them.
// CHECK-NEXT:      m2 = wp.matrix_from_cols(v, v2)
// CHECK-NEXT:      x6 = m[n, n2]
// CHECK-NEXT:      x7 = m2[n, n2]
// CHECK-NEXT:      x8 = wp.transform_identity()[n3]
// CHECK-NEXT:      x9 = m[n2][n]
// CHECK-NEXT:      out[tid] = x6 + x7 + x8 + x9
warp.kernel @build(%x: f32 {warp.name = "x"}, %fives: !warp.array<!warp.vec<5xf32>, 1> {warp.name = "fives"}, %tall: !warp.array<!warp.mat<3x2xf32>, 1> {warp.name = "tall"}, %vecs: !warp.array<!warp.vec<3xf64>, 1> {warp.name = "vecs"}, %ints: !warp.array<!warp.mat<2x2xsi32>, 1> {warp.name = "ints"}, %quats: !warp.array<!warp.quat<f32>, 1> {warp.name = "quats"}, %xforms: !warp.array<!warp.transform<f32>, 1> {warp.name = "xforms"}, %out: !warp.array<f32, 1> {warp.name = "out"}) dims(1) attributes {warp.gen = {arrays = [{dtype = f32, name = "x", range = [-1.0, 1.0], role = "input", shape = []}, {dtype = !warp.vec<5xf32>, name = "fives", role = "output", shape = [2]}, {dtype = !warp.mat<3x2xf32>, name = "tall", role = "output", shape = [2]}, {dtype = !warp.vec<3xf64>, name = "vecs", role = "output", shape = [2]}, {dtype = !warp.mat<2x2xsi32>, name = "ints", role = "output", shape = [2]}, {dtype = !warp.quat<f32>, name = "quats", role = "output", shape = [2]}, {dtype = !warp.transform<f32>, name = "xforms", role = "output", shape = [2]}, {dtype = f32, name = "out", role = "output", shape = [2]}], launch_dims = [2]}} {
  %i = warp.tid
  %zero = warp.constant 0.0 : f32
  %one = warp.constant 1.0 : f32
  %two = warp.constant 2.0 : f32
  %three = warp.constant 3.0 : f32
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c6 = warp.constant 6 : si32
  %v5 = warp.vec %x, %one, %two, %three, %x : !warp.vec<5xf32>
  warp.store %v5, %fives[%i] : !warp.array<!warp.vec<5xf32>, 1>, si32
  %m32 = warp.mat %x, %zero, %zero, %x, %one, %two : !warp.mat<3x2xf32>
  warp.store %m32, %tall[%i] : !warp.array<!warp.mat<3x2xf32>, 1>, si32
  %v3 = warp.vec %x : !warp.vec<3xf32>
  %v3d = warp.cast %v3 : !warp.vec<3xf32> to !warp.vec<3xf64>
  warp.store %v3d, %vecs[%i] : !warp.array<!warp.vec<3xf64>, 1>, si32
  %id = warp.identity : !warp.mat<2x2xsi32>
  warp.store %id, %ints[%i] : !warp.array<!warp.mat<2x2xsi32>, 1>, si32
  %qi = warp.identity : !warp.quat<f32>
  %q = warp.quat %zero, %zero, %x, %one : !warp.quat<f32>
  %qq = warp.mul %qi, %q : !warp.quat<f32>
  warp.store %qq, %quats[%i] : !warp.array<!warp.quat<f32>, 1>, si32
  %p = warp.zero : !warp.vec<3xf32>
  %t = warp.transform %p, %qi : !warp.transform<f32>
  warp.store %t, %xforms[%i] : !warp.array<!warp.transform<f32>, 1>, si32
  %r0 = warp.vec %x, %one : !warp.vec<2xf32>
  %r1 = warp.vec %two, %x : !warp.vec<2xf32>
  %m = warp.matrix_from_rows %r0, %r1 : !warp.mat<2x2xf32>
  %mc = warp.matrix_from_cols %r0, %r1 : !warp.mat<2x2xf32>
  %e1 = warp.extract %m[%c0, %c1] : !warp.mat<2x2xf32>, si32, si32
  %e2 = warp.extract %mc[%c0, %c1] : !warp.mat<2x2xf32>, si32, si32
  %ti = warp.identity : !warp.transform<f32>
  %e3 = warp.extract %ti[%c6] : !warp.transform<f32>, si32
  %row = warp.extract %m[%c1] : !warp.mat<2x2xf32>, si32
  %e4 = warp.extract %row[%c0] : !warp.vec<2xf32>, si32
  %s1 = warp.add %e1, %e2 : f32
  %s2 = warp.add %s1, %e3 : f32
  %s3 = warp.add %s2, %e4 : f32
  warp.store %s3, %out[%i] : !warp.array<f32, 1>, si32
  warp.return
}

// CHECK-LABEL: def assign(
// CHECK:           n = int(0)
// CHECK-NEXT:      n2 = int(1)
// CHECK-NEXT:      n3 = int(2)
// CHECK-NEXT:      v = vecs[tid]
// CHECK-NEXT:      v[n] = x
// CHECK-NEXT:      v[n3] = v[n2] + x
// CHECK-NEXT:      m = wp.mat22()
// CHECK-NEXT:      for i in range(n3):
// CHECK-NEXT:          m[i, i] = float(i) + x
// CHECK-NEXT:          v2 = wp.vec2(x, v[i])
// CHECK-NEXT:          m[n2 - i] = v2
// CHECK-NEXT:      vecs[tid] = v
// CHECK-NEXT:      out[tid] = wp.determinant(m)
warp.kernel @assign(%x: f32 {warp.name = "x"}, %vecs: !warp.array<!warp.vec<3xf32>, 1> {warp.name = "vecs"}, %out: !warp.array<f32, 1> {warp.name = "out"}) dims(1) attributes {warp.gen = {arrays = [{dtype = f32, name = "x", range = [-1.0, 1.0], role = "input", shape = []}, {dtype = !warp.vec<3xf32>, name = "vecs", range = [-1.0, 1.0], role = "input", shape = [8]}, {dtype = f32, name = "out", role = "output", shape = [8]}], launch_dims = [8]}} {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c2 = warp.constant 2 : si32
  %v = warp.var "v" : !warp.ref<!warp.vec<3xf32>>
  %loaded = warp.load %vecs[%i] : !warp.array<!warp.vec<3xf32>, 1>, si32
  warp.write %loaded, %v : !warp.ref<!warp.vec<3xf32>>
  %v0 = warp.read %v : !warp.ref<!warp.vec<3xf32>>
  %v1 = warp.insert %x into %v0[%c0] : !warp.vec<3xf32>, si32
  warp.write %v1, %v : !warp.ref<!warp.vec<3xf32>>
  %v2 = warp.read %v : !warp.ref<!warp.vec<3xf32>>
  %e = warp.extract %v2[%c1] : !warp.vec<3xf32>, si32
  %ex = warp.add %e, %x : f32
  %v3 = warp.insert %ex into %v2[%c2] : !warp.vec<3xf32>, si32
  warp.write %v3, %v : !warp.ref<!warp.vec<3xf32>>
  %m = warp.var "m" : !warp.ref<!warp.mat<2x2xf32>>
  %mz = warp.zero : !warp.mat<2x2xf32>
  warp.write %mz, %m : !warp.ref<!warp.mat<2x2xf32>>
  warp.for %k = %c0 to %c2 step %c1 : si32 {
    %m0 = warp.read %m : !warp.ref<!warp.mat<2x2xf32>>
    %kf = warp.cast %k : si32 to f32
    %d = warp.add %kf, %x : f32
    %m1 = warp.insert %d into %m0[%k, %k] : !warp.mat<2x2xf32>, si32, si32
    warp.write %m1, %m : !warp.ref<!warp.mat<2x2xf32>>
    %m2 = warp.read %m : !warp.ref<!warp.mat<2x2xf32>>
    %vk = warp.read %v : !warp.ref<!warp.vec<3xf32>>
    %ek = warp.extract %vk[%k] : !warp.vec<3xf32>, si32
    %row = warp.vec %x, %ek : !warp.vec<2xf32>
    %other = warp.sub %c1, %k : si32
    %m3 = warp.insert %row into %m2[%other] : !warp.mat<2x2xf32>, si32
    warp.write %m3, %m : !warp.ref<!warp.mat<2x2xf32>>
  }
  %vf = warp.read %v : !warp.ref<!warp.vec<3xf32>>
  warp.store %vf, %vecs[%i] : !warp.array<!warp.vec<3xf32>, 1>, si32
  %mf = warp.read %m : !warp.ref<!warp.mat<2x2xf32>>
  %det = warp.determinant %mf : !warp.mat<2x2xf32>
  warp.store %det, %out[%i] : !warp.array<f32, 1>, si32
  warp.return
}
