// Every builtin of the math, composite and struct families parses, verifies
// and round-trips, in custom and generic form.
// RUN: warp-opt %s | FileCheck %s
// RUN: warp-opt %s | warp-opt | FileCheck %s
// RUN: warp-opt %s --mlir-print-op-generic | warp-opt | FileCheck %s
// RUN: warp-opt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

// CHECK-LABEL: warp.kernel @builtins(
// CHECK-SAME: %[[X:[^:]*]]: f32, %[[Y:[^:]*]]: f32, %[[Z:[^:]*]]: f32, %[[N:[^:]*]]: si32, %[[U:[^:]*]]: ui8, %[[C:[^:]*]]: i1, %[[V:[^:]*]]: !warp.vec<3xf32>, %[[VI:[^:]*]]: !warp.vec<3xsi32>, %[[V2:[^:]*]]: !warp.vec<2xf32>, %[[M:[^:]*]]: !warp.mat<3x3xf32>, %[[M23:[^:]*]]: !warp.mat<2x3xf32>, %[[Q:[^:]*]]: !warp.quat<f32>, %[[T:[^:]*]]: !warp.transform<f32>, %[[P:[^:]*]]: !Particle) {
// CHECK-NEXT: %{{.*}} = warp.sin %[[X]] : f32
// CHECK-NEXT: %{{.*}} = warp.cos %[[X]] : f32
// CHECK-NEXT: %{{.*}} = warp.tan %[[X]] : f32
// CHECK-NEXT: %{{.*}} = warp.asin %[[X]] : f32
// CHECK-NEXT: %{{.*}} = warp.acos %[[X]] : f32
// CHECK-NEXT: %{{.*}} = warp.atan %[[X]] : f32
// CHECK-NEXT: %{{.*}} = warp.sinh %[[X]] : f32
// CHECK-NEXT: %{{.*}} = warp.cosh %[[X]] : f32
// CHECK-NEXT: %{{.*}} = warp.tanh %[[X]] : f32
// CHECK-NEXT: %{{.*}} = warp.sqrt %[[X]] : f32
// CHECK-NEXT: %{{.*}} = warp.cbrt %[[X]] : f32
// CHECK-NEXT: %{{.*}} = warp.exp %[[X]] : f32
// CHECK-NEXT: %{{.*}} = warp.log %[[X]] : f32
// CHECK-NEXT: %{{.*}} = warp.log2 %[[X]] : f32
// CHECK-NEXT: %{{.*}} = warp.log10 %[[X]] : f32
// CHECK-NEXT: %{{.*}} = warp.erf %[[X]] : f32
// CHECK-NEXT: %{{.*}} = warp.erfc %[[X]] : f32
// CHECK-NEXT: %{{.*}} = warp.degrees %[[X]] : f32
// CHECK-NEXT: %{{.*}} = warp.radians %[[X]] : f32
// CHECK-NEXT: %{{.*}} = warp.floor %[[X]] : f32
// CHECK-NEXT: %{{.*}} = warp.ceil %[[X]] : f32
// CHECK-NEXT: %{{.*}} = warp.trunc %[[X]] : f32
// CHECK-NEXT: %{{.*}} = warp.round %[[X]] : f32
// CHECK-NEXT: %{{.*}} = warp.rint %[[X]] : f32
// CHECK-NEXT: %{{.*}} = warp.frac %[[X]] : f32
// CHECK-NEXT: %{{.*}} = warp.atan2 %[[Y]], %[[X]] : f32
// CHECK-NEXT: %{{.*}} = warp.copysign %[[X]], %[[Y]] : f32
// CHECK-NEXT: %{{.*}} = warp.abs %[[N]] : si32
// CHECK-NEXT: %{{.*}} = warp.abs %[[V]] : !warp.vec<3xf32>
// CHECK-NEXT: %{{.*}} = warp.sign %[[X]] : f32
// CHECK-NEXT: %{{.*}} = warp.sign %[[VI]] : !warp.vec<3xsi32>
// CHECK-NEXT: %{{.*}} = warp.step %[[N]] : si32
// CHECK-NEXT: %{{.*}} = warp.nonzero %[[U]] : ui8
// CHECK-NEXT: %{{.*}} = warp.min %[[X]], %[[Y]] : f32
// CHECK-NEXT: %{{.*}} = warp.max %[[V]], %[[V]] : !warp.vec<3xf32>
// CHECK-NEXT: %{{.*}} = warp.min %[[VI]] : !warp.vec<3xsi32>
// CHECK-NEXT: %{{.*}} = warp.max %[[V]] : !warp.vec<3xf32>
// CHECK-NEXT: %{{.*}} = warp.clamp %[[X]], %[[Y]], %[[Z]] : f32
// CHECK-NEXT: %{{.*}} = warp.lerp %[[X]], %[[Y]], %[[Z]] : f32
// CHECK-NEXT: %{{.*}} = warp.lerp %[[Q]], %[[Q]], %[[X]] : !warp.quat<f32>
// CHECK-NEXT: %{{.*}} = warp.smoothstep %[[X]], %[[Y]], %[[Z]] : f32
// CHECK-NEXT: %{{.*}} = warp.isfinite %[[X]] : f32
// CHECK-NEXT: %{{.*}} = warp.isnan %[[M]] : !warp.mat<3x3xf32>
// CHECK-NEXT: %{{.*}} = warp.isinf %[[Q]] : !warp.quat<f32>
// CHECK-NEXT: %{{.*}} = warp.vec %[[X]], %[[Y]], %[[Z]] : !warp.vec<3xf32>
// CHECK-NEXT: %{{.*}} = warp.vec %[[X]] : !warp.vec<3xf32>
// CHECK-NEXT: %{{.*}} = warp.mat %[[X]], %[[Y]], %[[Z]], %[[X]] : !warp.mat<2x2xf32>
// CHECK-NEXT: %{{.*}} = warp.matrix_from_rows %[[V]], %[[V]] : !warp.mat<2x3xf32>
// CHECK-NEXT: %{{.*}} = warp.matrix_from_cols %[[V]], %[[V]] : !warp.mat<3x2xf32>
// CHECK-NEXT: %{{.*}} = warp.quat %[[X]], %[[Y]], %[[Z]], %[[X]] : !warp.quat<f32>
// CHECK-NEXT: %{{.*}} = warp.transform %[[V]], %[[Q]] : !warp.transform<f32>
// CHECK-NEXT: %{{.*}} = warp.identity : !warp.mat<3x3xsi32>
// CHECK-NEXT: %{{.*}} = warp.identity : !warp.quat<f64>
// CHECK-NEXT: %{{.*}} = warp.identity : !warp.transform<f32>
// CHECK-NEXT: %{{.*}} = warp.extract %[[V]][%[[N]]] : !warp.vec<3xf32>, si32
// CHECK-NEXT: %{{.*}} = warp.extract %[[M]][%[[N]], %[[U]]] : !warp.mat<3x3xf32>, si32, ui8
// CHECK-NEXT: %{{.*}} = warp.extract %[[M23]][%[[N]]] : !warp.mat<2x3xf32>, si32
// CHECK-NEXT: %{{.*}} = warp.extract %[[Q]][%[[N]]] : !warp.quat<f32>, si32
// CHECK-NEXT: %{{.*}} = warp.extract %[[T]][%[[N]]] : !warp.transform<f32>, si32
// CHECK-NEXT: %{{.*}} = warp.insert %[[X]] into %[[V]][%[[N]]] : !warp.vec<3xf32>, si32
// CHECK-NEXT: %{{.*}} = warp.insert %[[X]] into %[[M]][%[[N]], %[[N]]] : !warp.mat<3x3xf32>, si32, si32
// CHECK-NEXT: %{{.*}} = warp.insert %[[V]] into %[[M23]][%[[N]]] : !warp.mat<2x3xf32>, si32
// CHECK-NEXT: %{{.*}} = warp.dot %[[V]], %[[V]] : !warp.vec<3xf32>
// CHECK-NEXT: %{{.*}} = warp.dot %[[Q]], %[[Q]] : !warp.quat<f32>
// CHECK-NEXT: %{{.*}} = warp.cross %[[VI]], %[[VI]] : !warp.vec<3xsi32>
// CHECK-NEXT: %{{.*}} = warp.length %[[V]] : !warp.vec<3xf32>
// CHECK-NEXT: %{{.*}} = warp.length_sq %[[VI]] : !warp.vec<3xsi32>
// CHECK-NEXT: %{{.*}} = warp.normalize %[[Q]] : !warp.quat<f32>
// CHECK-NEXT: %{{.*}} = warp.outer %[[V]], %[[V2]] : !warp.vec<3xf32>, !warp.vec<2xf32> -> !warp.mat<3x2xf32>
// CHECK-NEXT: %{{.*}} = warp.transpose %[[M23]] : !warp.mat<2x3xf32>
// CHECK-NEXT: %{{.*}} = warp.determinant %[[M]] : !warp.mat<3x3xf32>
// CHECK-NEXT: %{{.*}} = warp.inverse %[[M]] : !warp.mat<3x3xf32>
// CHECK-NEXT: %{{.*}} = warp.trace %[[M]] : !warp.mat<3x3xf32>
// CHECK-NEXT: %{{.*}} = warp.diag %[[V2]] : !warp.vec<2xf32>
// CHECK-NEXT: %{{.*}} = warp.skew %[[V]] : !warp.vec<3xf32>
// CHECK-NEXT: %{{.*}} = warp.cw_mul %[[M]], %[[M]] : !warp.mat<3x3xf32>
// CHECK-NEXT: %{{.*}} = warp.cw_div %[[VI]], %[[VI]] : !warp.vec<3xsi32>
// CHECK-NEXT: %{{.*}} = warp.where %[[C]], %[[V]], %[[V]] : i1, !warp.vec<3xf32>
// CHECK-NEXT: %{{.*}} = warp.where %[[N]], %[[P]], %[[P]] : si32, !Particle
// CHECK-NEXT: %{{.*}} = warp.quat_from_axis_angle %[[V]], %[[X]] : !warp.vec<3xf32>
// CHECK-NEXT: %{{.*}} = warp.quat_rotate %[[Q]], %[[V]] : !warp.quat<f32>
// CHECK-NEXT: %{{.*}} = warp.quat_inverse %[[Q]] : !warp.quat<f32>
// CHECK-NEXT: %{{.*}} = warp.transform_point %[[T]], %[[V]] : !warp.transform<f32>
// CHECK-NEXT: %[[ID44:.*]] = warp.identity : !warp.mat<4x4xf32>
// CHECK-NEXT: %{{.*}} = warp.transform_point %[[ID44]], %[[V]] : !warp.mat<4x4xf32>
// CHECK-NEXT: %{{.*}} = warp.transform_vector %[[T]], %[[V]] : !warp.transform<f32>
// CHECK-NEXT: %{{.*}} = warp.transform_get_translation %[[T]] : !warp.transform<f32>
// CHECK-NEXT: %{{.*}} = warp.transform_get_rotation %[[T]] : !warp.transform<f32>
// CHECK-NEXT: %{{.*}} = warp.struct %[[V]], %[[X]] : !Particle
// CHECK-NEXT: %{{.*}} = warp.getfield %[[P]]["mass"] : !Particle
// CHECK-NEXT: %{{.*}} = warp.setfield %[[P]]["pos"] = %[[V]] : !Particle
// CHECK-NEXT: warp.return
// GENERIC: "warp.sin"(%{{.*}}) : (f32) -> f32
// GENERIC-NEXT: "warp.cos"(%{{.*}}) : (f32) -> f32
// GENERIC-NEXT: "warp.tan"(%{{.*}}) : (f32) -> f32
// GENERIC-NEXT: "warp.asin"(%{{.*}}) : (f32) -> f32
// GENERIC-NEXT: "warp.acos"(%{{.*}}) : (f32) -> f32
// GENERIC-NEXT: "warp.atan"(%{{.*}}) : (f32) -> f32
// GENERIC-NEXT: "warp.sinh"(%{{.*}}) : (f32) -> f32
// GENERIC-NEXT: "warp.cosh"(%{{.*}}) : (f32) -> f32
// GENERIC-NEXT: "warp.tanh"(%{{.*}}) : (f32) -> f32
// GENERIC-NEXT: "warp.sqrt"(%{{.*}}) : (f32) -> f32
// GENERIC-NEXT: "warp.cbrt"(%{{.*}}) : (f32) -> f32
// GENERIC-NEXT: "warp.exp"(%{{.*}}) : (f32) -> f32
// GENERIC-NEXT: "warp.log"(%{{.*}}) : (f32) -> f32
// GENERIC-NEXT: "warp.log2"(%{{.*}}) : (f32) -> f32
// GENERIC-NEXT: "warp.log10"(%{{.*}}) : (f32) -> f32
// GENERIC-NEXT: "warp.erf"(%{{.*}}) : (f32) -> f32
// GENERIC-NEXT: "warp.erfc"(%{{.*}}) : (f32) -> f32
// GENERIC-NEXT: "warp.degrees"(%{{.*}}) : (f32) -> f32
// GENERIC-NEXT: "warp.radians"(%{{.*}}) : (f32) -> f32
// GENERIC-NEXT: "warp.floor"(%{{.*}}) : (f32) -> f32
// GENERIC-NEXT: "warp.ceil"(%{{.*}}) : (f32) -> f32
// GENERIC-NEXT: "warp.trunc"(%{{.*}}) : (f32) -> f32
// GENERIC-NEXT: "warp.round"(%{{.*}}) : (f32) -> f32
// GENERIC-NEXT: "warp.rint"(%{{.*}}) : (f32) -> f32
// GENERIC-NEXT: "warp.frac"(%{{.*}}) : (f32) -> f32
// GENERIC-NEXT: "warp.atan2"(%{{.*}}, %{{.*}}) : (f32, f32) -> f32
// GENERIC-NEXT: "warp.copysign"(%{{.*}}, %{{.*}}) : (f32, f32) -> f32
// GENERIC-NEXT: "warp.abs"(%{{.*}}) : (si32) -> si32
// GENERIC-NEXT: "warp.abs"(%{{.*}}) : (!warp.vec<3xf32>) -> !warp.vec<3xf32>
// GENERIC-NEXT: "warp.sign"(%{{.*}}) : (f32) -> f32
// GENERIC-NEXT: "warp.sign"(%{{.*}}) : (!warp.vec<3xsi32>) -> !warp.vec<3xsi32>
// GENERIC-NEXT: "warp.step"(%{{.*}}) : (si32) -> si32
// GENERIC-NEXT: "warp.nonzero"(%{{.*}}) : (ui8) -> ui8
// GENERIC-NEXT: "warp.min"(%{{.*}}, %{{.*}}) : (f32, f32) -> f32
// GENERIC-NEXT: "warp.max"(%{{.*}}, %{{.*}}) : (!warp.vec<3xf32>, !warp.vec<3xf32>) -> !warp.vec<3xf32>
// GENERIC-NEXT: "warp.min"(%{{.*}}) : (!warp.vec<3xsi32>) -> si32
// GENERIC-NEXT: "warp.max"(%{{.*}}) : (!warp.vec<3xf32>) -> f32
// GENERIC-NEXT: "warp.clamp"(%{{.*}}, %{{.*}}, %{{.*}}) : (f32, f32, f32) -> f32
// GENERIC-NEXT: "warp.lerp"(%{{.*}}, %{{.*}}, %{{.*}}) : (f32, f32, f32) -> f32
// GENERIC-NEXT: "warp.lerp"(%{{.*}}, %{{.*}}, %{{.*}}) : (!warp.quat<f32>, !warp.quat<f32>, f32) -> !warp.quat<f32>
// GENERIC-NEXT: "warp.smoothstep"(%{{.*}}, %{{.*}}, %{{.*}}) : (f32, f32, f32) -> f32
// GENERIC-NEXT: "warp.isfinite"(%{{.*}}) : (f32) -> i1
// GENERIC-NEXT: "warp.isnan"(%{{.*}}) : (!warp.mat<3x3xf32>) -> i1
// GENERIC-NEXT: "warp.isinf"(%{{.*}}) : (!warp.quat<f32>) -> i1
// GENERIC-NEXT: "warp.vec"(%{{.*}}, %{{.*}}, %{{.*}}) : (f32, f32, f32) -> !warp.vec<3xf32>
// GENERIC-NEXT: "warp.vec"(%{{.*}}) : (f32) -> !warp.vec<3xf32>
// GENERIC-NEXT: "warp.mat"(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}) : (f32, f32, f32, f32) -> !warp.mat<2x2xf32>
// GENERIC-NEXT: "warp.matrix_from_rows"(%{{.*}}, %{{.*}}) : (!warp.vec<3xf32>, !warp.vec<3xf32>) -> !warp.mat<2x3xf32>
// GENERIC-NEXT: "warp.matrix_from_cols"(%{{.*}}, %{{.*}}) : (!warp.vec<3xf32>, !warp.vec<3xf32>) -> !warp.mat<3x2xf32>
// GENERIC-NEXT: "warp.quat"(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}) : (f32, f32, f32, f32) -> !warp.quat<f32>
// GENERIC-NEXT: "warp.transform"(%{{.*}}, %{{.*}}) : (!warp.vec<3xf32>, !warp.quat<f32>) -> !warp.transform<f32>
// GENERIC-NEXT: "warp.identity"() : () -> !warp.mat<3x3xsi32>
// GENERIC-NEXT: "warp.identity"() : () -> !warp.quat<f64>
// GENERIC-NEXT: "warp.identity"() : () -> !warp.transform<f32>
// GENERIC-NEXT: "warp.extract"(%{{.*}}, %{{.*}}) : (!warp.vec<3xf32>, si32) -> f32
// GENERIC-NEXT: "warp.extract"(%{{.*}}, %{{.*}}, %{{.*}}) : (!warp.mat<3x3xf32>, si32, ui8) -> f32
// GENERIC-NEXT: "warp.extract"(%{{.*}}, %{{.*}}) : (!warp.mat<2x3xf32>, si32) -> !warp.vec<3xf32>
// GENERIC-NEXT: "warp.extract"(%{{.*}}, %{{.*}}) : (!warp.quat<f32>, si32) -> f32
// GENERIC-NEXT: "warp.extract"(%{{.*}}, %{{.*}}) : (!warp.transform<f32>, si32) -> f32
// GENERIC-NEXT: "warp.insert"(%{{.*}}, %{{.*}}, %{{.*}}) : (f32, !warp.vec<3xf32>, si32) -> !warp.vec<3xf32>
// GENERIC-NEXT: "warp.insert"(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}) : (f32, !warp.mat<3x3xf32>, si32, si32) -> !warp.mat<3x3xf32>
// GENERIC-NEXT: "warp.insert"(%{{.*}}, %{{.*}}, %{{.*}}) : (!warp.vec<3xf32>, !warp.mat<2x3xf32>, si32) -> !warp.mat<2x3xf32>
// GENERIC-NEXT: "warp.dot"(%{{.*}}, %{{.*}}) : (!warp.vec<3xf32>, !warp.vec<3xf32>) -> f32
// GENERIC-NEXT: "warp.dot"(%{{.*}}, %{{.*}}) : (!warp.quat<f32>, !warp.quat<f32>) -> f32
// GENERIC-NEXT: "warp.cross"(%{{.*}}, %{{.*}}) : (!warp.vec<3xsi32>, !warp.vec<3xsi32>) -> !warp.vec<3xsi32>
// GENERIC-NEXT: "warp.length"(%{{.*}}) : (!warp.vec<3xf32>) -> f32
// GENERIC-NEXT: "warp.length_sq"(%{{.*}}) : (!warp.vec<3xsi32>) -> si32
// GENERIC-NEXT: "warp.normalize"(%{{.*}}) : (!warp.quat<f32>) -> !warp.quat<f32>
// GENERIC-NEXT: "warp.outer"(%{{.*}}, %{{.*}}) : (!warp.vec<3xf32>, !warp.vec<2xf32>) -> !warp.mat<3x2xf32>
// GENERIC-NEXT: "warp.transpose"(%{{.*}}) : (!warp.mat<2x3xf32>) -> !warp.mat<3x2xf32>
// GENERIC-NEXT: "warp.determinant"(%{{.*}}) : (!warp.mat<3x3xf32>) -> f32
// GENERIC-NEXT: "warp.inverse"(%{{.*}}) : (!warp.mat<3x3xf32>) -> !warp.mat<3x3xf32>
// GENERIC-NEXT: "warp.trace"(%{{.*}}) : (!warp.mat<3x3xf32>) -> f32
// GENERIC-NEXT: "warp.diag"(%{{.*}}) : (!warp.vec<2xf32>) -> !warp.mat<2x2xf32>
// GENERIC-NEXT: "warp.skew"(%{{.*}}) : (!warp.vec<3xf32>) -> !warp.mat<3x3xf32>
// GENERIC-NEXT: "warp.cw_mul"(%{{.*}}, %{{.*}}) : (!warp.mat<3x3xf32>, !warp.mat<3x3xf32>) -> !warp.mat<3x3xf32>
// GENERIC-NEXT: "warp.cw_div"(%{{.*}}, %{{.*}}) : (!warp.vec<3xsi32>, !warp.vec<3xsi32>) -> !warp.vec<3xsi32>
// GENERIC-NEXT: "warp.where"(%{{.*}}, %{{.*}}, %{{.*}}) : (i1, !warp.vec<3xf32>, !warp.vec<3xf32>) -> !warp.vec<3xf32>
// GENERIC-NEXT: "warp.where"(%{{.*}}, %{{.*}}, %{{.*}}) : (si32, !Particle, !Particle) -> !Particle
// GENERIC-NEXT: "warp.quat_from_axis_angle"(%{{.*}}, %{{.*}}) : (!warp.vec<3xf32>, f32) -> !warp.quat<f32>
// GENERIC-NEXT: "warp.quat_rotate"(%{{.*}}, %{{.*}}) : (!warp.quat<f32>, !warp.vec<3xf32>) -> !warp.vec<3xf32>
// GENERIC-NEXT: "warp.quat_inverse"(%{{.*}}) : (!warp.quat<f32>) -> !warp.quat<f32>
// GENERIC-NEXT: "warp.transform_point"(%{{.*}}, %{{.*}}) : (!warp.transform<f32>, !warp.vec<3xf32>) -> !warp.vec<3xf32>
// GENERIC-NEXT: "warp.identity"() : () -> !warp.mat<4x4xf32>
// GENERIC-NEXT: "warp.transform_point"(%{{.*}}, %{{.*}}) : (!warp.mat<4x4xf32>, !warp.vec<3xf32>) -> !warp.vec<3xf32>
// GENERIC-NEXT: "warp.transform_vector"(%{{.*}}, %{{.*}}) : (!warp.transform<f32>, !warp.vec<3xf32>) -> !warp.vec<3xf32>
// GENERIC-NEXT: "warp.transform_get_translation"(%{{.*}}) : (!warp.transform<f32>) -> !warp.vec<3xf32>
// GENERIC-NEXT: "warp.transform_get_rotation"(%{{.*}}) : (!warp.transform<f32>) -> !warp.quat<f32>
// GENERIC-NEXT: "warp.struct"(%{{.*}}, %{{.*}}) : (!warp.vec<3xf32>, f32) -> !Particle
// GENERIC-NEXT: "warp.getfield"(%{{.*}}) <{field = "mass"}> : (!Particle) -> f32
// GENERIC-NEXT: "warp.setfield"(%{{.*}}, %{{.*}}) <{field = "pos"}> : (!Particle, !warp.vec<3xf32>) -> !Particle
// GENERIC-NEXT: "warp.return"() : () -> ()
!P = !warp.struct<Particle {pos: !warp.vec<3xf32>, mass: f32}>
warp.kernel @builtins(%x: f32, %y: f32, %z: f32, %n: si32, %u: ui8, %c: i1,
                      %v: !warp.vec<3xf32>, %vi: !warp.vec<3xsi32>, %v2: !warp.vec<2xf32>,
                      %m: !warp.mat<3x3xf32>, %m23: !warp.mat<2x3xf32>,
                      %q: !warp.quat<f32>, %t: !warp.transform<f32>, %p: !P) {
  %sin = warp.sin %x : f32
  %cos = warp.cos %x : f32
  %tan = warp.tan %x : f32
  %asin = warp.asin %x : f32
  %acos = warp.acos %x : f32
  %atan = warp.atan %x : f32
  %sinh = warp.sinh %x : f32
  %cosh = warp.cosh %x : f32
  %tanh = warp.tanh %x : f32
  %sqrt = warp.sqrt %x : f32
  %cbrt = warp.cbrt %x : f32
  %exp = warp.exp %x : f32
  %log = warp.log %x : f32
  %log2 = warp.log2 %x : f32
  %log10 = warp.log10 %x : f32
  %erf = warp.erf %x : f32
  %erfc = warp.erfc %x : f32
  %deg = warp.degrees %x : f32
  %rad = warp.radians %x : f32
  %floor = warp.floor %x : f32
  %ceil = warp.ceil %x : f32
  %trunc = warp.trunc %x : f32
  %round = warp.round %x : f32
  %rint = warp.rint %x : f32
  %frac = warp.frac %x : f32
  %atan2 = warp.atan2 %y, %x : f32
  %copysign = warp.copysign %x, %y : f32
  %abs = warp.abs %n : si32
  %absv = warp.abs %v : !warp.vec<3xf32>
  %sign = warp.sign %x : f32
  %signv = warp.sign %vi : !warp.vec<3xsi32>
  %step = warp.step %n : si32
  %nonzero = warp.nonzero %u : ui8
  %min = warp.min %x, %y : f32
  %max = warp.max %v, %v : !warp.vec<3xf32>
  %minr = warp.min %vi : !warp.vec<3xsi32>
  %maxr = warp.max %v : !warp.vec<3xf32>
  %clamp = warp.clamp %x, %y, %z : f32
  %lerp = warp.lerp %x, %y, %z : f32
  %lerpq = warp.lerp %q, %q, %x : !warp.quat<f32>
  %smooth = warp.smoothstep %x, %y, %z : f32
  %isfinite = warp.isfinite %x : f32
  %isnan = warp.isnan %m : !warp.mat<3x3xf32>
  %isinf = warp.isinf %q : !warp.quat<f32>
  %vec = warp.vec %x, %y, %z : !warp.vec<3xf32>
  %fill = warp.vec %x : !warp.vec<3xf32>
  %mat = warp.mat %x, %y, %z, %x : !warp.mat<2x2xf32>
  %rows = warp.matrix_from_rows %v, %v : !warp.mat<2x3xf32>
  %cols = warp.matrix_from_cols %v, %v : !warp.mat<3x2xf32>
  %quat = warp.quat %x, %y, %z, %x : !warp.quat<f32>
  %xf = warp.transform %v, %q : !warp.transform<f32>
  %idm = warp.identity : !warp.mat<3x3xsi32>
  %idq = warp.identity : !warp.quat<f64>
  %idt = warp.identity : !warp.transform<f32>
  %e = warp.extract %v[%n] : !warp.vec<3xf32>, si32
  %mij = warp.extract %m[%n, %u] : !warp.mat<3x3xf32>, si32, ui8
  %row = warp.extract %m23[%n] : !warp.mat<2x3xf32>, si32
  %qi = warp.extract %q[%n] : !warp.quat<f32>, si32
  %ti = warp.extract %t[%n] : !warp.transform<f32>, si32
  %v1 = warp.insert %x into %v[%n] : !warp.vec<3xf32>, si32
  %m1 = warp.insert %x into %m[%n, %n] : !warp.mat<3x3xf32>, si32, si32
  %m2 = warp.insert %v into %m23[%n] : !warp.mat<2x3xf32>, si32
  %dot = warp.dot %v, %v : !warp.vec<3xf32>
  %dotq = warp.dot %q, %q : !warp.quat<f32>
  %cross = warp.cross %vi, %vi : !warp.vec<3xsi32>
  %len = warp.length %v : !warp.vec<3xf32>
  %lensq = warp.length_sq %vi : !warp.vec<3xsi32>
  %norm = warp.normalize %q : !warp.quat<f32>
  %outer = warp.outer %v, %v2 : !warp.vec<3xf32>, !warp.vec<2xf32> -> !warp.mat<3x2xf32>
  %tr = warp.transpose %m23 : !warp.mat<2x3xf32>
  %det = warp.determinant %m : !warp.mat<3x3xf32>
  %inv = warp.inverse %m : !warp.mat<3x3xf32>
  %trace = warp.trace %m : !warp.mat<3x3xf32>
  %diag = warp.diag %v2 : !warp.vec<2xf32>
  %skew = warp.skew %v : !warp.vec<3xf32>
  %cwm = warp.cw_mul %m, %m : !warp.mat<3x3xf32>
  %cwd = warp.cw_div %vi, %vi : !warp.vec<3xsi32>
  %where = warp.where %c, %v, %v : i1, !warp.vec<3xf32>
  %wherei = warp.where %n, %p, %p : si32, !P
  %qaa = warp.quat_from_axis_angle %v, %x : !warp.vec<3xf32>
  %qrot = warp.quat_rotate %q, %v : !warp.quat<f32>
  %qinv = warp.quat_inverse %q : !warp.quat<f32>
  %tp = warp.transform_point %t, %v : !warp.transform<f32>
  %idm44 = warp.identity : !warp.mat<4x4xf32>
  %tpm = warp.transform_point %idm44, %v : !warp.mat<4x4xf32>
  %tv = warp.transform_vector %t, %v : !warp.transform<f32>
  %tgt = warp.transform_get_translation %t : !warp.transform<f32>
  %tgr = warp.transform_get_rotation %t : !warp.transform<f32>
  %s = warp.struct %v, %x : !P
  %mass = warp.getfield %p["mass"] : !P
  %p2 = warp.setfield %p["pos"] = %v : !P
  warp.return
}

// The builtins spelled as operators or casts: wp.pow (`**`), wp.mul on
// quaternions and transforms, and the scalar and vector casts.
// CHECK-LABEL: warp.func @operator_builtins(
// CHECK-NEXT: %{{.*}} = warp.pow %{{.*}}, %{{.*}} : f32
// CHECK-NEXT: %{{.*}} = warp.mul %{{.*}}, %{{.*}} : !warp.quat<f32>
// CHECK-NEXT: %{{.*}} = warp.mul %{{.*}}, %{{.*}} : !warp.transform<f32>
// CHECK-NEXT: %{{.*}} = warp.cast %{{.*}} : f32 to si32
// CHECK-NEXT: %{{.*}} = warp.cast %{{.*}} : si32 to f64
// CHECK-NEXT: %{{.*}} = warp.cast %{{.*}} : f32 to i1
// CHECK-NEXT: %{{.*}} = warp.cast %{{.*}} : !warp.vec<3xf32> to !warp.vec<3xf64>
// GENERIC-LABEL: sym_name = "operator_builtins"
// GENERIC: "warp.pow"(%{{.*}}, %{{.*}}) : (f32, f32) -> f32
// GENERIC: "warp.mul"(%{{.*}}, %{{.*}}) : (!warp.quat<f32>, !warp.quat<f32>) -> !warp.quat<f32>
// GENERIC: "warp.cast"(%{{.*}}) : (!warp.vec<3xf32>) -> !warp.vec<3xf64>
warp.func @operator_builtins(%x: f32, %n: si32, %q: !warp.quat<f32>, %t: !warp.transform<f32>, %v: !warp.vec<3xf32>) {
  %p = warp.pow %x, %x : f32
  %qq = warp.mul %q, %q : !warp.quat<f32>
  %tt = warp.mul %t, %t : !warp.transform<f32>
  %i = warp.cast %x : f32 to si32
  %d = warp.cast %n : si32 to f64
  %b = warp.cast %x : f32 to i1
  %vd = warp.cast %v : !warp.vec<3xf32> to !warp.vec<3xf64>
  warp.return
}
